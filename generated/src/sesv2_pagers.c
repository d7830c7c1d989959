/*
 * sesv2_pagers.c - paginators and waiters of SESv2: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/sesv2.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__sesv2_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__sesv2_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListMultiRegionEndpoints */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 66,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* ListReputationEntities */
            .name_ref = PREF(paginators[1].name_ref, strings[25]),
            .operation = 68,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
        [2] = { /* ListResourceTenants */
            .name_ref = PREF(paginators[2].name_ref, strings[48]),
            .operation = 69,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [3] = { /* ListTenantResources */
            .name_ref = PREF(paginators[3].name_ref, strings[68]),
            .operation = 72,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[7]),
            .result_key_count = 1,
        },
        [4] = { /* ListTenants */
            .name_ref = PREF(paginators[4].name_ref, strings[88]),
            .operation = 73,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[9]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        0, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        0, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextToken */
        PREF(expr_refs[1], exprs[1]), /* MultiRegionEndpoints */
        PREF(expr_refs[2], exprs[0]), /* NextToken */
        PREF(expr_refs[3], exprs[2]), /* ReputationEntities */
        PREF(expr_refs[4], exprs[0]), /* NextToken */
        PREF(expr_refs[5], exprs[3]), /* ResourceTenants */
        PREF(expr_refs[6], exprs[0]), /* NextToken */
        PREF(expr_refs[7], exprs[4]), /* TenantResources */
        PREF(expr_refs[8], exprs[0]), /* NextToken */
        PREF(expr_refs[9], exprs[5]), /* Tenants */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[100]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[110]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* MultiRegionEndpoints */
        {.text_ref = PREF(exprs[2].text_ref, strings[131]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* ReputationEntities */
        {.text_ref = PREF(exprs[3].text_ref, strings[150]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* ResourceTenants */
        {.text_ref = PREF(exprs[4].text_ref, strings[166]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* TenantResources */
        {.text_ref = PREF(exprs[5].text_ref, strings[182]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* Tenants */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[100])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[110])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[131])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[3].string_ref, strings[150])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[4].string_ref, strings[166])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[182])},
    },
    .strings =
        /*      0 */ "ListMultiRegionEndpoints\0"
        /*     25 */ "ListReputationEntities\0"
        /*     48 */ "ListResourceTenants\0"
        /*     68 */ "ListTenantResources\0"
        /*     88 */ "ListTenants\0"
        /*    100 */ "NextToken\0"
        /*    110 */ "MultiRegionEndpoints\0"
        /*    131 */ "ReputationEntities\0"
        /*    150 */ "ResourceTenants\0"
        /*    166 */ "TenantResources\0"
        /*    182 */ "Tenants",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_sesv2_list_multi_region_endpoints_paginate(struct awsc_client *client,
                                                    const struct awsc_sesv2_list_multi_region_endpoints_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_sesv2_list_multi_region_endpoints_next_page(struct awsc_pager *pager,
                                                     struct awsc_sesv2_list_multi_region_endpoints_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sesv2_list_multi_region_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_sesv2_list_multi_region_endpoints_next_page_async(struct awsc_pager *pager,
                                                           awsc_sesv2_list_multi_region_endpoints_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_multi_region_endpoints_next_item(struct awsc_pager *pager,
                                                     const struct awsc_sesv2_multi_region_endpoint **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sesv2_list_multi_region_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sesv2_list_multi_region_endpoints_next_item_async(struct awsc_pager *pager,
                                                           awsc_sesv2_list_multi_region_endpoints_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_multi_region_endpoints_collect(struct awsc_pager *pager,
                                                   struct awsc_sesv2_list_multi_region_endpoints_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_sesv2_list_reputation_entities_paginate(struct awsc_client *client,
                                                 const struct awsc_sesv2_list_reputation_entities_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_sesv2_list_reputation_entities_next_page(struct awsc_pager *pager,
                                                  struct awsc_sesv2_list_reputation_entities_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sesv2_list_reputation_entities_cb *)cb)(user_data, status, page, err);
}

int awsc_sesv2_list_reputation_entities_next_page_async(struct awsc_pager *pager,
                                                        awsc_sesv2_list_reputation_entities_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_reputation_entities_next_item(struct awsc_pager *pager,
                                                  const struct awsc_sesv2_reputation_entity **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sesv2_list_reputation_entities_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sesv2_list_reputation_entities_next_item_async(struct awsc_pager *pager,
                                                        awsc_sesv2_list_reputation_entities_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_reputation_entities_collect(struct awsc_pager *pager,
                                                struct awsc_sesv2_list_reputation_entities_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_sesv2_list_resource_tenants_paginate(struct awsc_client *client,
                                              const struct awsc_sesv2_list_resource_tenants_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_sesv2_list_resource_tenants_next_page(struct awsc_pager *pager,
                                               struct awsc_sesv2_list_resource_tenants_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sesv2_list_resource_tenants_cb *)cb)(user_data, status, page, err);
}

int awsc_sesv2_list_resource_tenants_next_page_async(struct awsc_pager *pager,
                                                     awsc_sesv2_list_resource_tenants_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_resource_tenants_next_item(struct awsc_pager *pager,
                                               const struct awsc_sesv2_resource_tenant_metadata **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sesv2_list_resource_tenants_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sesv2_list_resource_tenants_next_item_async(struct awsc_pager *pager,
                                                     awsc_sesv2_list_resource_tenants_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_resource_tenants_collect(struct awsc_pager *pager,
                                             struct awsc_sesv2_list_resource_tenants_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_sesv2_list_tenant_resources_paginate(struct awsc_client *client,
                                              const struct awsc_sesv2_list_tenant_resources_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_sesv2_list_tenant_resources_next_page(struct awsc_pager *pager,
                                               struct awsc_sesv2_list_tenant_resources_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sesv2_list_tenant_resources_cb *)cb)(user_data, status, page, err);
}

int awsc_sesv2_list_tenant_resources_next_page_async(struct awsc_pager *pager,
                                                     awsc_sesv2_list_tenant_resources_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenant_resources_next_item(struct awsc_pager *pager,
                                               const struct awsc_sesv2_tenant_resource **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sesv2_list_tenant_resources_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sesv2_list_tenant_resources_next_item_async(struct awsc_pager *pager,
                                                     awsc_sesv2_list_tenant_resources_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenant_resources_collect(struct awsc_pager *pager,
                                             struct awsc_sesv2_list_tenant_resources_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_sesv2_list_tenants_paginate(struct awsc_client *client,
                                     const struct awsc_sesv2_list_tenants_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_sesv2_list_tenants_next_page(struct awsc_pager *pager,
                                      struct awsc_sesv2_list_tenants_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sesv2_list_tenants_cb *)cb)(user_data, status, page, err);
}

int awsc_sesv2_list_tenants_next_page_async(struct awsc_pager *pager,
                                            awsc_sesv2_list_tenants_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenants_next_item(struct awsc_pager *pager,
                                      const struct awsc_sesv2_tenant_info **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sesv2_list_tenants_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sesv2_list_tenants_next_item_async(struct awsc_pager *pager,
                                            awsc_sesv2_list_tenants_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenants_collect(struct awsc_pager *pager,
                                    struct awsc_sesv2_list_tenants_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
