/*
 * kinesis_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of Kinesis, whose
 * descriptors are in kinesis_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/kinesis.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__KINESIS_TABLES
#define AWSC__KINESIS_TABLES

/* The endpoint rule set of kinesis: a part of the service's tables. */
struct awsc__kinesis_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[9];
    uint16_t slots[22];
    struct awsc_ep_rule rules[109];
    struct awsc_ep_expr exprs[165];
    uint16_t args[348];
    struct awsc_ep_endpoint endpoints[22];
    char strings[1394];
};
/* The service, its operations and every shape, member and name of
 * Kinesis, in one object. */
struct awsc__kinesis_tables {
    struct awsc_service service;
    struct awsc_operation operations[39];
    awsc_ref op_errors[205];
    awsc_ref service_errors[16];
    struct awsc_endpoint_static_param static_params[2];
    struct awsc_endpoint_context_param context_params[25];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__kinesis_pagers pagers; /* <awsc/kinesis.h> */
#endif
    struct awsc__kinesis_rules rules;
    struct awsc_structure_shape structures[98];
    struct awsc_collection_shape collections[14];
    struct awsc_enum_shape enums[10];
    struct awsc_shape scalars[36];
    struct awsc_shape_traits traits[50];
    struct awsc_member members[308];
    uint16_t by_wire_name[308];
    struct awsc_range ranges[34];
    char strings[3193];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[2796];
#endif
};
extern const struct awsc__kinesis_tables awsc__kinesis_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (kinesis_tables.c). */
#define PAGERS awsc__kinesis_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_kinesis_describe_stream_paginate(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_stream_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_kinesis_describe_stream_next_page(struct awsc_pager *pager,
                                           struct awsc_kinesis_describe_stream_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_cb *)cb)(user_data, status, page, err);
}

int awsc_kinesis_describe_stream_next_page_async(struct awsc_pager *pager,
                                                 awsc_kinesis_describe_stream_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_stream_next_item(struct awsc_pager *pager,
                                           const struct awsc_kinesis_shard **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_item_cb *)cb)(user_data, status, item, err);
}

int awsc_kinesis_describe_stream_next_item_async(struct awsc_pager *pager,
                                                 awsc_kinesis_describe_stream_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_stream_collect(struct awsc_pager *pager,
                                         struct awsc_kinesis_describe_stream_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_kinesis_list_shards_paginate(struct awsc_client *client,
                                      const struct awsc_kinesis_list_shards_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_kinesis_list_shards_next_page(struct awsc_pager *pager,
                                       struct awsc_kinesis_list_shards_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_kinesis_list_shards_cb *)cb)(user_data, status, page, err);
}

int awsc_kinesis_list_shards_next_page_async(struct awsc_pager *pager,
                                             awsc_kinesis_list_shards_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_shards_next_item(struct awsc_pager *pager,
                                       const struct awsc_kinesis_shard **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_kinesis_list_shards_item_cb *)cb)(user_data, status, item, err);
}

int awsc_kinesis_list_shards_next_item_async(struct awsc_pager *pager,
                                             awsc_kinesis_list_shards_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_shards_collect(struct awsc_pager *pager,
                                     struct awsc_kinesis_list_shards_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_kinesis_list_stream_consumers_paginate(struct awsc_client *client,
                                                const struct awsc_kinesis_list_stream_consumers_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_kinesis_list_stream_consumers_next_page(struct awsc_pager *pager,
                                                 struct awsc_kinesis_list_stream_consumers_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_kinesis_list_stream_consumers_cb *)cb)(user_data, status, page, err);
}

int awsc_kinesis_list_stream_consumers_next_page_async(struct awsc_pager *pager,
                                                       awsc_kinesis_list_stream_consumers_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_stream_consumers_next_item(struct awsc_pager *pager,
                                                 const struct awsc_kinesis_consumer **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_kinesis_list_stream_consumers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_kinesis_list_stream_consumers_next_item_async(struct awsc_pager *pager,
                                                       awsc_kinesis_list_stream_consumers_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_stream_consumers_collect(struct awsc_pager *pager,
                                               struct awsc_kinesis_list_stream_consumers_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_kinesis_list_streams_paginate(struct awsc_client *client,
                                       const struct awsc_kinesis_list_streams_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_kinesis_list_streams_next_page(struct awsc_pager *pager,
                                        struct awsc_kinesis_list_streams_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_kinesis_list_streams_cb *)cb)(user_data, status, page, err);
}

int awsc_kinesis_list_streams_next_page_async(struct awsc_pager *pager,
                                              awsc_kinesis_list_streams_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_streams_next_item(struct awsc_pager *pager,
                                        const char **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], true, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_kinesis_list_streams_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_kinesis_list_streams_next_item_async(struct awsc_pager *pager,
                                              awsc_kinesis_list_streams_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_streams_collect(struct awsc_pager *pager,
                                      struct awsc_kinesis_list_streams_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_kinesis_wait_stream_exists(struct awsc_client *client,
                                    const struct awsc_kinesis_describe_stream_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_kinesis_wait_stream_exists_async(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_stream_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_kinesis_wait_stream_not_exists(struct awsc_client *client,
                                        const struct awsc_kinesis_describe_stream_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_kinesis_wait_stream_not_exists_async(struct awsc_client *client,
                                              const struct awsc_kinesis_describe_stream_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
