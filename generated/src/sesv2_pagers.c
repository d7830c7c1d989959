/*
 * sesv2_pagers.c - paginators and waiters of SESv2: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/sesv2.h>

/* The service's tables object (sesv2_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__sesv2_tables awsc__sesv2_tables;
#define SERVICE ((const struct awsc_service *)&awsc__sesv2_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextToken"},
};
static const struct awsc_jmespath jp_0 = {"NextToken", jp_0_nodes, 1};
#endif

/* MultiRegionEndpoints */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MultiRegionEndpoints"},
};
static const struct awsc_jmespath jp_1 = {"MultiRegionEndpoints", jp_1_nodes, 1};
#endif

/* ReputationEntities */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ReputationEntities"},
};
static const struct awsc_jmespath jp_2 = {"ReputationEntities", jp_2_nodes, 1};
#endif

/* ResourceTenants */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ResourceTenants"},
};
static const struct awsc_jmespath jp_3 = {"ResourceTenants", jp_3_nodes, 1};
#endif

/* TenantResources */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TenantResources"},
};
static const struct awsc_jmespath jp_4 = {"TenantResources", jp_4_nodes, 1};
#endif

/* Tenants */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Tenants"},
};
static const struct awsc_jmespath jp_5 = {"Tenants", jp_5_nodes, 1};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* ListMultiRegionEndpoints */
static const uint16_t pg_0_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};

/* ListReputationEntities */
static const uint16_t pg_1_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_2};

/* ListResourceTenants */
static const uint16_t pg_2_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_3};

/* ListTenantResources */
static const uint16_t pg_3_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_4};

/* ListTenants */
static const uint16_t pg_4_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_4_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_4_result_keys[] = {&jp_5};

const struct awsc_paginator awsc_sesv2_paginators[5] = {
    {
        .name = "ListMultiRegionEndpoints",
        .service = SERVICE,
        .operation = 66, /* ListMultiRegionEndpoints */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListReputationEntities",
        .service = SERVICE,
        .operation = 68, /* ListReputationEntities */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListResourceTenants",
        .service = SERVICE,
        .operation = 69, /* ListResourceTenants */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_2_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListTenantResources",
        .service = SERVICE,
        .operation = 72, /* ListTenantResources */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_3_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListTenants",
        .service = SERVICE,
        .operation = 73, /* ListTenants */
        .input_tokens = pg_4_input_tokens,
        .output_tokens = pg_4_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_4_result_keys,
        .result_key_count = 1,
    },
};

int awsc_sesv2_list_multi_region_endpoints_paginate(struct awsc_client *client,
                                                    const struct awsc_sesv2_list_multi_region_endpoints_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sesv2_paginators[0], input, options, pager, err);
}

int awsc_sesv2_list_multi_region_endpoints_next_page(struct awsc_pager *pager,
                                                     struct awsc_sesv2_list_multi_region_endpoints_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sesv2_paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sesv2_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_multi_region_endpoints_next_item(struct awsc_pager *pager,
                                                     const struct awsc_sesv2_multi_region_endpoint **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sesv2_paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sesv2_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_multi_region_endpoints_collect(struct awsc_pager *pager,
                                                   struct awsc_sesv2_list_multi_region_endpoints_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sesv2_paginators[0], output, err);
}

int awsc_sesv2_list_reputation_entities_paginate(struct awsc_client *client,
                                                 const struct awsc_sesv2_list_reputation_entities_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sesv2_paginators[1], input, options, pager, err);
}

int awsc_sesv2_list_reputation_entities_next_page(struct awsc_pager *pager,
                                                  struct awsc_sesv2_list_reputation_entities_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sesv2_paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sesv2_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_reputation_entities_next_item(struct awsc_pager *pager,
                                                  const struct awsc_sesv2_reputation_entity **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sesv2_paginators[1], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sesv2_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_reputation_entities_collect(struct awsc_pager *pager,
                                                struct awsc_sesv2_list_reputation_entities_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sesv2_paginators[1], output, err);
}

int awsc_sesv2_list_resource_tenants_paginate(struct awsc_client *client,
                                              const struct awsc_sesv2_list_resource_tenants_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sesv2_paginators[2], input, options, pager, err);
}

int awsc_sesv2_list_resource_tenants_next_page(struct awsc_pager *pager,
                                               struct awsc_sesv2_list_resource_tenants_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sesv2_paginators[2], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sesv2_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_resource_tenants_next_item(struct awsc_pager *pager,
                                               const struct awsc_sesv2_resource_tenant_metadata **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sesv2_paginators[2], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sesv2_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_resource_tenants_collect(struct awsc_pager *pager,
                                             struct awsc_sesv2_list_resource_tenants_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sesv2_paginators[2], output, err);
}

int awsc_sesv2_list_tenant_resources_paginate(struct awsc_client *client,
                                              const struct awsc_sesv2_list_tenant_resources_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sesv2_paginators[3], input, options, pager, err);
}

int awsc_sesv2_list_tenant_resources_next_page(struct awsc_pager *pager,
                                               struct awsc_sesv2_list_tenant_resources_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sesv2_paginators[3], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sesv2_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenant_resources_next_item(struct awsc_pager *pager,
                                               const struct awsc_sesv2_tenant_resource **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sesv2_paginators[3], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sesv2_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenant_resources_collect(struct awsc_pager *pager,
                                             struct awsc_sesv2_list_tenant_resources_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sesv2_paginators[3], output, err);
}

int awsc_sesv2_list_tenants_paginate(struct awsc_client *client,
                                     const struct awsc_sesv2_list_tenants_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sesv2_paginators[4], input, options, pager, err);
}

int awsc_sesv2_list_tenants_next_page(struct awsc_pager *pager,
                                      struct awsc_sesv2_list_tenants_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sesv2_paginators[4], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_sesv2_paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenants_next_item(struct awsc_pager *pager,
                                      const struct awsc_sesv2_tenant_info **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sesv2_paginators[4], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_sesv2_paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenants_collect(struct awsc_pager *pager,
                                    struct awsc_sesv2_list_tenants_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sesv2_paginators[4], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
#undef SERVICE
