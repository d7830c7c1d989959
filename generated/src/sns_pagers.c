/*
 * sns_pagers.c - paginators and waiters of SNS: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/sns.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__sns_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__sns_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListEndpointsByPlatformApplication */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 18,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* ListOriginationNumbers */
            .name_ref = PREF(paginators[1].name_ref, strings[35]),
            .operation = 19,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
        [2] = { /* ListPhoneNumbersOptedOut */
            .name_ref = PREF(paginators[2].name_ref, strings[58]),
            .operation = 20,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [3] = { /* ListPlatformApplications */
            .name_ref = PREF(paginators[3].name_ref, strings[83]),
            .operation = 21,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[7]),
            .result_key_count = 1,
        },
        [4] = { /* ListSMSSandboxPhoneNumbers */
            .name_ref = PREF(paginators[4].name_ref, strings[108]),
            .operation = 22,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[9]),
            .result_key_count = 1,
        },
        [5] = { /* ListSubscriptions */
            .name_ref = PREF(paginators[5].name_ref, strings[135]),
            .operation = 23,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[10]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[11]),
            .result_key_count = 1,
        },
        [6] = { /* ListSubscriptionsByTopic */
            .name_ref = PREF(paginators[6].name_ref, strings[153]),
            .operation = 24,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[6]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
        },
        [7] = { /* ListTopics */
            .name_ref = PREF(paginators[7].name_ref, strings[178]),
            .operation = 26,
            .input_tokens_ref = PREF(paginators[7].input_tokens_ref, input_tokens[7]),
            .output_tokens_ref = PREF(paginators[7].output_tokens_ref, expr_refs[14]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[7].result_keys_ref, expr_refs[15]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        1, /* NextToken */
        0, /* NextToken */
        0, /* nextToken */
        0, /* NextToken */
        0, /* NextToken */
        0, /* NextToken */
        1, /* NextToken */
        0, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextToken */
        PREF(expr_refs[1], exprs[1]), /* Endpoints */
        PREF(expr_refs[2], exprs[2]), /* NextToken */
        PREF(expr_refs[3], exprs[3]), /* PhoneNumbers */
        PREF(expr_refs[4], exprs[4]), /* nextToken */
        PREF(expr_refs[5], exprs[5]), /* phoneNumbers */
        PREF(expr_refs[6], exprs[0]), /* NextToken */
        PREF(expr_refs[7], exprs[6]), /* PlatformApplications */
        PREF(expr_refs[8], exprs[0]), /* NextToken */
        PREF(expr_refs[9], exprs[7]), /* PhoneNumbers */
        PREF(expr_refs[10], exprs[0]), /* NextToken */
        PREF(expr_refs[11], exprs[8]), /* Subscriptions */
        PREF(expr_refs[12], exprs[0]), /* NextToken */
        PREF(expr_refs[13], exprs[8]), /* Subscriptions */
        PREF(expr_refs[14], exprs[0]), /* NextToken */
        PREF(expr_refs[15], exprs[9]), /* Topics */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[189]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[199]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* Endpoints */
        {.text_ref = PREF(exprs[2].text_ref, strings[189]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[3].text_ref, strings[209]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* PhoneNumbers */
        {.text_ref = PREF(exprs[4].text_ref, strings[222]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* nextToken */
        {.text_ref = PREF(exprs[5].text_ref, strings[232]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* phoneNumbers */
        {.text_ref = PREF(exprs[6].text_ref, strings[245]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* PlatformApplications */
        {.text_ref = PREF(exprs[7].text_ref, strings[209]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* PhoneNumbers */
        {.text_ref = PREF(exprs[8].text_ref, strings[266]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* Subscriptions */
        {.text_ref = PREF(exprs[9].text_ref, strings[280]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* Topics */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[199])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[3].string_ref, strings[209])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[4].string_ref, strings[222])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[232])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[6].string_ref, strings[245])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[209])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[8].string_ref, strings[266])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[9].string_ref, strings[280])},
    },
    .strings =
        /*      0 */ "ListEndpointsByPlatformApplication\0"
        /*     35 */ "ListOriginationNumbers\0"
        /*     58 */ "ListPhoneNumbersOptedOut\0"
        /*     83 */ "ListPlatformApplications\0"
        /*    108 */ "ListSMSSandboxPhoneNumbers\0"
        /*    135 */ "ListSubscriptions\0"
        /*    153 */ "ListSubscriptionsByTopic\0"
        /*    178 */ "ListTopics\0"
        /*    189 */ "NextToken\0"
        /*    199 */ "Endpoints\0"
        /*    209 */ "PhoneNumbers\0"
        /*    222 */ "nextToken\0"
        /*    232 */ "phoneNumbers\0"
        /*    245 */ "PlatformApplications\0"
        /*    266 */ "Subscriptions\0"
        /*    280 */ "Topics",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_sns_list_endpoints_by_platform_application_paginate(struct awsc_client *client,
                                                             const struct awsc_sns_list_endpoints_by_platform_application_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_page(struct awsc_pager *pager,
                                                              struct awsc_sns_list_endpoints_by_platform_application_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_endpoints_by_platform_application_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_page_async(struct awsc_pager *pager,
                                                                    awsc_sns_list_endpoints_by_platform_application_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_item(struct awsc_pager *pager,
                                                              const struct awsc_sns_endpoint **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_endpoints_by_platform_application_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_item_async(struct awsc_pager *pager,
                                                                    awsc_sns_list_endpoints_by_platform_application_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_endpoints_by_platform_application_collect(struct awsc_pager *pager,
                                                            struct awsc_sns_list_endpoints_by_platform_application_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_sns_list_origination_numbers_paginate(struct awsc_client *client,
                                               const struct awsc_sns_list_origination_numbers_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_sns_list_origination_numbers_next_page(struct awsc_pager *pager,
                                                struct awsc_sns_list_origination_numbers_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_origination_numbers_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_origination_numbers_next_page_async(struct awsc_pager *pager,
                                                      awsc_sns_list_origination_numbers_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_origination_numbers_next_item(struct awsc_pager *pager,
                                                const struct awsc_sns_phone_number_information **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_origination_numbers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_origination_numbers_next_item_async(struct awsc_pager *pager,
                                                      awsc_sns_list_origination_numbers_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_origination_numbers_collect(struct awsc_pager *pager,
                                              struct awsc_sns_list_origination_numbers_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_sns_list_phone_numbers_opted_out_paginate(struct awsc_client *client,
                                                   const struct awsc_sns_list_phone_numbers_opted_out_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_page(struct awsc_pager *pager,
                                                    struct awsc_sns_list_phone_numbers_opted_out_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_phone_numbers_opted_out_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_page_async(struct awsc_pager *pager,
                                                          awsc_sns_list_phone_numbers_opted_out_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_item(struct awsc_pager *pager,
                                                    const char **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], true, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_phone_numbers_opted_out_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_item_async(struct awsc_pager *pager,
                                                          awsc_sns_list_phone_numbers_opted_out_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_phone_numbers_opted_out_collect(struct awsc_pager *pager,
                                                  struct awsc_sns_list_phone_numbers_opted_out_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_sns_list_platform_applications_paginate(struct awsc_client *client,
                                                 const struct awsc_sns_list_platform_applications_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_sns_list_platform_applications_next_page(struct awsc_pager *pager,
                                                  struct awsc_sns_list_platform_applications_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_platform_applications_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_platform_applications_next_page_async(struct awsc_pager *pager,
                                                        awsc_sns_list_platform_applications_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_platform_applications_next_item(struct awsc_pager *pager,
                                                  const struct awsc_sns_platform_application **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_platform_applications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_platform_applications_next_item_async(struct awsc_pager *pager,
                                                        awsc_sns_list_platform_applications_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_platform_applications_collect(struct awsc_pager *pager,
                                                struct awsc_sns_list_platform_applications_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_paginate(struct awsc_client *client,
                                                     const struct awsc_sns_list_sms_sandbox_phone_numbers_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_page(struct awsc_pager *pager,
                                                      struct awsc_sns_list_sms_sandbox_phone_numbers_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_sms_sandbox_phone_numbers_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_page_async(struct awsc_pager *pager,
                                                            awsc_sns_list_sms_sandbox_phone_numbers_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_item(struct awsc_pager *pager,
                                                      const struct awsc_sns_sms_sandbox_phone_number **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_sms_sandbox_phone_numbers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_item_async(struct awsc_pager *pager,
                                                            awsc_sns_list_sms_sandbox_phone_numbers_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_collect(struct awsc_pager *pager,
                                                    struct awsc_sns_list_sms_sandbox_phone_numbers_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_sns_list_subscriptions_paginate(struct awsc_client *client,
                                         const struct awsc_sns_list_subscriptions_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_sns_list_subscriptions_next_page(struct awsc_pager *pager,
                                          struct awsc_sns_list_subscriptions_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_subscriptions_next_page_async(struct awsc_pager *pager,
                                                awsc_sns_list_subscriptions_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_next_item(struct awsc_pager *pager,
                                          const struct awsc_sns_subscription **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_subscriptions_next_item_async(struct awsc_pager *pager,
                                                awsc_sns_list_subscriptions_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_collect(struct awsc_pager *pager,
                                        struct awsc_sns_list_subscriptions_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_sns_list_subscriptions_by_topic_paginate(struct awsc_client *client,
                                                  const struct awsc_sns_list_subscriptions_by_topic_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_sns_list_subscriptions_by_topic_next_page(struct awsc_pager *pager,
                                                   struct awsc_sns_list_subscriptions_by_topic_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_by_topic_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_subscriptions_by_topic_next_page_async(struct awsc_pager *pager,
                                                         awsc_sns_list_subscriptions_by_topic_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_by_topic_next_item(struct awsc_pager *pager,
                                                   const struct awsc_sns_subscription **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_by_topic_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_subscriptions_by_topic_next_item_async(struct awsc_pager *pager,
                                                         awsc_sns_list_subscriptions_by_topic_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_by_topic_collect(struct awsc_pager *pager,
                                                 struct awsc_sns_list_subscriptions_by_topic_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_sns_list_topics_paginate(struct awsc_client *client,
                                  const struct awsc_sns_list_topics_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_sns_list_topics_next_page(struct awsc_pager *pager,
                                   struct awsc_sns_list_topics_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_topics_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_topics_next_page_async(struct awsc_pager *pager,
                                         awsc_sns_list_topics_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_topics_next_item(struct awsc_pager *pager,
                                   const struct awsc_sns_topic **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_topics_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_topics_next_item_async(struct awsc_pager *pager,
                                         awsc_sns_list_topics_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_topics_collect(struct awsc_pager *pager,
                                 struct awsc_sns_list_topics_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
