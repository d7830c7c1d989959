/*
 * bedrock_runtime_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of Bedrock Runtime, whose
 * descriptors are in bedrock_runtime_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/bedrock-runtime.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__BEDROCK_RUNTIME_TABLES
#define AWSC__BEDROCK_RUNTIME_TABLES

/* The endpoint rule set of bedrock-runtime: a part of the service's tables. */
struct awsc__bedrock_runtime_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[26];
    struct awsc_ep_expr exprs[32];
    uint16_t args[36];
    struct awsc_ep_endpoint endpoints[5];
    char strings[496];
};
/* The service, its operations and every shape, member and name of
 * Bedrock Runtime, in one object. */
struct awsc__bedrock_runtime_tables {
    struct awsc_service service;
    struct awsc_operation operations[11];
    awsc_ref op_errors[84];
    awsc_ref service_errors[12];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__bedrock_runtime_pagers pagers; /* <awsc/bedrock-runtime.h> */
#endif
    struct awsc__bedrock_runtime_rules rules;
    struct awsc_structure_shape structures[193];
    struct awsc_collection_shape collections[51];
    struct awsc_enum_shape enums[45];
    struct awsc_shape scalars[104];
    struct awsc_shape_traits traits[103];
    struct awsc_member members[536];
    uint16_t by_wire_name[536];
    struct awsc_range ranges[89];
    char strings[5936];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[10034];
#endif
};
extern const struct awsc__bedrock_runtime_tables awsc__bedrock_runtime_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (bedrock_runtime_tables.c). */
#define PAGERS awsc__bedrock_runtime_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_bedrock_runtime_list_async_invokes_paginate(struct awsc_client *client,
                                                     const struct awsc_bedrock_runtime_list_async_invokes_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_page(struct awsc_pager *pager,
                                                      struct awsc_bedrock_runtime_list_async_invokes_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_list_async_invokes_cb *)cb)(user_data, status, page, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_page_async(struct awsc_pager *pager,
                                                            awsc_bedrock_runtime_list_async_invokes_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_item(struct awsc_pager *pager,
                                                      const struct awsc_bedrock_runtime_async_invoke_summary **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_list_async_invokes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_item_async(struct awsc_pager *pager,
                                                            awsc_bedrock_runtime_list_async_invokes_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_list_async_invokes_collect(struct awsc_pager *pager,
                                                    struct awsc_bedrock_runtime_list_async_invokes_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
