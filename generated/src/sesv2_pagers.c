/*
 * sesv2_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of SESv2, whose
 * descriptors are in sesv2_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/sesv2.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__SESV2_TABLES
#define AWSC__SESV2_TABLES

/* The endpoint rule set of sesv2: a part of the service's tables. */
struct awsc__sesv2_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[5];
    uint16_t slots[6];
    struct awsc_ep_rule rules[36];
    struct awsc_ep_expr exprs[54];
    uint16_t args[67];
    struct awsc_ep_endpoint endpoints[10];
    struct awsc_ep_prop props[7];
    char strings[704];
};
/* The service, its operations and every shape, member and name of
 * SESv2, in one object. */
struct awsc__sesv2_tables {
    struct awsc_service service;
    struct awsc_operation operations[112];
    awsc_ref op_errors[374];
    awsc_ref service_errors[13];
    struct awsc_endpoint_context_param context_params[1];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sesv2_pagers pagers; /* <awsc/sesv2.h> */
#endif
    struct awsc__sesv2_rules rules;
    struct awsc_structure_shape structures[351];
    struct awsc_collection_shape collections[68];
    struct awsc_enum_shape enums[53];
    struct awsc_shape scalars[117];
    struct awsc_shape_traits traits[59];
    struct awsc_member members[799];
    uint16_t by_wire_name[799];
    struct awsc_range ranges[46];
    char strings[14918];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[13304];
#endif
};
extern const struct awsc__sesv2_tables awsc__sesv2_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (sesv2_tables.c). */
#define PAGERS awsc__sesv2_tables.pagers

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
