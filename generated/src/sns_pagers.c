/*
 * sns_pagers.c - paginators and waiters of SNS: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/sns.h>

/* The service's tables object (sns_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__sns_tables awsc__sns_tables;
#define SERVICE ((const struct awsc_service *)&awsc__sns_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextToken"},
};
static const struct awsc_jmespath jp_0 = {"NextToken", jp_0_nodes, 1};
#endif

/* Endpoints */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Endpoints"},
};
static const struct awsc_jmespath jp_1 = {"Endpoints", jp_1_nodes, 1};
#endif

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NextToken"},
};
static const struct awsc_jmespath jp_2 = {"NextToken", jp_2_nodes, 1};
#endif

/* PhoneNumbers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "PhoneNumbers"},
};
static const struct awsc_jmespath jp_3 = {"PhoneNumbers", jp_3_nodes, 1};
#endif

/* nextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "nextToken"},
};
static const struct awsc_jmespath jp_4 = {"nextToken", jp_4_nodes, 1};
#endif

/* phoneNumbers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "phoneNumbers"},
};
static const struct awsc_jmespath jp_5 = {"phoneNumbers", jp_5_nodes, 1};
#endif

/* PlatformApplications */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "PlatformApplications"},
};
static const struct awsc_jmespath jp_6 = {"PlatformApplications", jp_6_nodes, 1};
#endif

/* PhoneNumbers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "PhoneNumbers"},
};
static const struct awsc_jmespath jp_7 = {"PhoneNumbers", jp_7_nodes, 1};
#endif

/* Subscriptions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Subscriptions"},
};
static const struct awsc_jmespath jp_8 = {"Subscriptions", jp_8_nodes, 1};
#endif

/* Topics */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Topics"},
};
static const struct awsc_jmespath jp_9 = {"Topics", jp_9_nodes, 1};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* ListEndpointsByPlatformApplication */
static const uint16_t pg_0_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};

/* ListOriginationNumbers */
static const uint16_t pg_1_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_2};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_3};

/* ListPhoneNumbersOptedOut */
static const uint16_t pg_2_input_tokens[] = {
    0, /* nextToken */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_4};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_5};

/* ListPlatformApplications */
static const uint16_t pg_3_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_6};

/* ListSMSSandboxPhoneNumbers */
static const uint16_t pg_4_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_4_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_4_result_keys[] = {&jp_7};

/* ListSubscriptions */
static const uint16_t pg_5_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_5_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_5_result_keys[] = {&jp_8};

/* ListSubscriptionsByTopic */
static const uint16_t pg_6_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_6_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_6_result_keys[] = {&jp_8};

/* ListTopics */
static const uint16_t pg_7_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_7_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_7_result_keys[] = {&jp_9};

const struct awsc_paginator awsc_sns_paginators[8] = {
    {
        .name = "ListEndpointsByPlatformApplication",
        .service = SERVICE,
        .operation = 18, /* ListEndpointsByPlatformApplication */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListOriginationNumbers",
        .service = SERVICE,
        .operation = 19, /* ListOriginationNumbers */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListPhoneNumbersOptedOut",
        .service = SERVICE,
        .operation = 20, /* ListPhoneNumbersOptedOut */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_2_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListPlatformApplications",
        .service = SERVICE,
        .operation = 21, /* ListPlatformApplications */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_3_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListSMSSandboxPhoneNumbers",
        .service = SERVICE,
        .operation = 22, /* ListSMSSandboxPhoneNumbers */
        .input_tokens = pg_4_input_tokens,
        .output_tokens = pg_4_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_4_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListSubscriptions",
        .service = SERVICE,
        .operation = 23, /* ListSubscriptions */
        .input_tokens = pg_5_input_tokens,
        .output_tokens = pg_5_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_5_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListSubscriptionsByTopic",
        .service = SERVICE,
        .operation = 24, /* ListSubscriptionsByTopic */
        .input_tokens = pg_6_input_tokens,
        .output_tokens = pg_6_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_6_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListTopics",
        .service = SERVICE,
        .operation = 26, /* ListTopics */
        .input_tokens = pg_7_input_tokens,
        .output_tokens = pg_7_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_7_result_keys,
        .result_key_count = 1,
    },
};

int awsc_sns_list_endpoints_by_platform_application_paginate(struct awsc_client *client,
                                                             const struct awsc_sns_list_endpoints_by_platform_application_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sns_paginators[0], input, options, pager, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_page(struct awsc_pager *pager,
                                                              struct awsc_sns_list_endpoints_by_platform_application_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sns_paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sns_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_item(struct awsc_pager *pager,
                                                              const struct awsc_sns_endpoint **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sns_paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sns_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_endpoints_by_platform_application_collect(struct awsc_pager *pager,
                                                            struct awsc_sns_list_endpoints_by_platform_application_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sns_paginators[0], output, err);
}

int awsc_sns_list_origination_numbers_paginate(struct awsc_client *client,
                                               const struct awsc_sns_list_origination_numbers_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sns_paginators[1], input, options, pager, err);
}

int awsc_sns_list_origination_numbers_next_page(struct awsc_pager *pager,
                                                struct awsc_sns_list_origination_numbers_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sns_paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sns_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_origination_numbers_next_item(struct awsc_pager *pager,
                                                const struct awsc_sns_phone_number_information **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sns_paginators[1], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sns_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_origination_numbers_collect(struct awsc_pager *pager,
                                              struct awsc_sns_list_origination_numbers_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sns_paginators[1], output, err);
}

int awsc_sns_list_phone_numbers_opted_out_paginate(struct awsc_client *client,
                                                   const struct awsc_sns_list_phone_numbers_opted_out_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sns_paginators[2], input, options, pager, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_page(struct awsc_pager *pager,
                                                    struct awsc_sns_list_phone_numbers_opted_out_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sns_paginators[2], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sns_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_item(struct awsc_pager *pager,
                                                    const char **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sns_paginators[2], true, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sns_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_phone_numbers_opted_out_collect(struct awsc_pager *pager,
                                                  struct awsc_sns_list_phone_numbers_opted_out_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sns_paginators[2], output, err);
}

int awsc_sns_list_platform_applications_paginate(struct awsc_client *client,
                                                 const struct awsc_sns_list_platform_applications_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sns_paginators[3], input, options, pager, err);
}

int awsc_sns_list_platform_applications_next_page(struct awsc_pager *pager,
                                                  struct awsc_sns_list_platform_applications_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sns_paginators[3], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sns_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_platform_applications_next_item(struct awsc_pager *pager,
                                                  const struct awsc_sns_platform_application **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sns_paginators[3], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sns_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_platform_applications_collect(struct awsc_pager *pager,
                                                struct awsc_sns_list_platform_applications_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sns_paginators[3], output, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_paginate(struct awsc_client *client,
                                                     const struct awsc_sns_list_sms_sandbox_phone_numbers_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sns_paginators[4], input, options, pager, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_page(struct awsc_pager *pager,
                                                      struct awsc_sns_list_sms_sandbox_phone_numbers_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sns_paginators[4], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sns_paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_item(struct awsc_pager *pager,
                                                      const struct awsc_sns_sms_sandbox_phone_number **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sns_paginators[4], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sns_paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_collect(struct awsc_pager *pager,
                                                    struct awsc_sns_list_sms_sandbox_phone_numbers_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sns_paginators[4], output, err);
}

int awsc_sns_list_subscriptions_paginate(struct awsc_client *client,
                                         const struct awsc_sns_list_subscriptions_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sns_paginators[5], input, options, pager, err);
}

int awsc_sns_list_subscriptions_next_page(struct awsc_pager *pager,
                                          struct awsc_sns_list_subscriptions_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sns_paginators[5], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sns_paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_next_item(struct awsc_pager *pager,
                                          const struct awsc_sns_subscription **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sns_paginators[5], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sns_paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_collect(struct awsc_pager *pager,
                                        struct awsc_sns_list_subscriptions_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sns_paginators[5], output, err);
}

int awsc_sns_list_subscriptions_by_topic_paginate(struct awsc_client *client,
                                                  const struct awsc_sns_list_subscriptions_by_topic_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sns_paginators[6], input, options, pager, err);
}

int awsc_sns_list_subscriptions_by_topic_next_page(struct awsc_pager *pager,
                                                   struct awsc_sns_list_subscriptions_by_topic_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sns_paginators[6], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sns_paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_by_topic_next_item(struct awsc_pager *pager,
                                                   const struct awsc_sns_subscription **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sns_paginators[6], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sns_paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_by_topic_collect(struct awsc_pager *pager,
                                                 struct awsc_sns_list_subscriptions_by_topic_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sns_paginators[6], output, err);
}

int awsc_sns_list_topics_paginate(struct awsc_client *client,
                                  const struct awsc_sns_list_topics_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sns_paginators[7], input, options, pager, err);
}

int awsc_sns_list_topics_next_page(struct awsc_pager *pager,
                                   struct awsc_sns_list_topics_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sns_paginators[7], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sns_paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_topics_next_item(struct awsc_pager *pager,
                                   const struct awsc_sns_topic **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sns_paginators[7], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sns_paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_topics_collect(struct awsc_pager *pager,
                                 struct awsc_sns_list_topics_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sns_paginators[7], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
#undef SERVICE
