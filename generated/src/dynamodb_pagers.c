/*
 * dynamodb_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of DynamoDB, whose
 * descriptors are in dynamodb_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/dynamodb.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__DYNAMODB_TABLES
#define AWSC__DYNAMODB_TABLES

/* The endpoint rule set of dynamodb: a part of the service's tables. */
struct awsc__dynamodb_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[9];
    uint16_t slots[13];
    struct awsc_ep_rule rules[66];
    struct awsc_ep_expr exprs[111];
    uint16_t args[174];
    struct awsc_ep_endpoint endpoints[18];
    struct awsc_ep_prop props[9];
    char strings[1501];
};
/* The service, its operations and every shape, member and name of
 * DynamoDB, in one object. */
struct awsc__dynamodb_tables {
    struct awsc_service service;
    struct awsc_operation operations[58];
    awsc_ref op_errors[229];
    awsc_ref service_errors[34];
    struct awsc_endpoint_static_param static_params[1];
    struct awsc_endpoint_context_param context_params[15];
    struct awsc_jmespath paths[5];
    struct awsc_jmespath_node path_nodes[33];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__dynamodb_pagers pagers; /* <awsc/dynamodb.h> */
#endif
    struct awsc__dynamodb_rules rules;
    struct awsc_structure_shape structures[270];
    struct awsc_collection_shape collections[86];
    struct awsc_enum_shape enums[45];
    struct awsc_shape scalars[113];
    struct awsc_shape_traits traits[106];
    struct awsc_member members[914];
    uint16_t by_wire_name[914];
    struct awsc_range ranges[72];
    char strings[10140];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[10285];
#endif
};
extern const struct awsc__dynamodb_tables awsc__dynamodb_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (dynamodb_tables.c). */
#define PAGERS awsc__dynamodb_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_dynamodb_list_backups_paginate(struct awsc_client *client,
                                        const struct awsc_dynamodb_list_backups_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_dynamodb_list_backups_next_page(struct awsc_pager *pager,
                                         struct awsc_dynamodb_list_backups_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_list_backups_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_list_backups_next_page_async(struct awsc_pager *pager,
                                               awsc_dynamodb_list_backups_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_backups_next_item(struct awsc_pager *pager,
                                         const struct awsc_dynamodb_backup_summary **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_list_backups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_dynamodb_list_backups_next_item_async(struct awsc_pager *pager,
                                               awsc_dynamodb_list_backups_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_backups_collect(struct awsc_pager *pager,
                                       struct awsc_dynamodb_list_backups_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_dynamodb_list_tables_paginate(struct awsc_client *client,
                                       const struct awsc_dynamodb_list_tables_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_dynamodb_list_tables_next_page(struct awsc_pager *pager,
                                        struct awsc_dynamodb_list_tables_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_list_tables_next_page_async(struct awsc_pager *pager,
                                              awsc_dynamodb_list_tables_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tables_next_item(struct awsc_pager *pager,
                                        const char **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], true, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tables_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_dynamodb_list_tables_next_item_async(struct awsc_pager *pager,
                                              awsc_dynamodb_list_tables_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tables_collect(struct awsc_pager *pager,
                                      struct awsc_dynamodb_list_tables_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_dynamodb_list_tags_of_resource_paginate(struct awsc_client *client,
                                                 const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_dynamodb_list_tags_of_resource_next_page(struct awsc_pager *pager,
                                                  struct awsc_dynamodb_list_tags_of_resource_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tags_of_resource_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_list_tags_of_resource_next_page_async(struct awsc_pager *pager,
                                                        awsc_dynamodb_list_tags_of_resource_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tags_of_resource_next_item(struct awsc_pager *pager,
                                                  const struct awsc_dynamodb_tag **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tags_of_resource_item_cb *)cb)(user_data, status, item, err);
}

int awsc_dynamodb_list_tags_of_resource_next_item_async(struct awsc_pager *pager,
                                                        awsc_dynamodb_list_tags_of_resource_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tags_of_resource_collect(struct awsc_pager *pager,
                                                struct awsc_dynamodb_list_tags_of_resource_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_dynamodb_query_paginate(struct awsc_client *client,
                                 const struct awsc_dynamodb_query_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_dynamodb_query_next_page(struct awsc_pager *pager,
                                  struct awsc_dynamodb_query_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_query_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_query_next_page_async(struct awsc_pager *pager,
                                        awsc_dynamodb_query_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_query_next_item(struct awsc_pager *pager,
                                  const struct awsc_dynamodb_attribute_map **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_query_item_cb *)cb)(user_data, status, item, err);
}

int awsc_dynamodb_query_next_item_async(struct awsc_pager *pager,
                                        awsc_dynamodb_query_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_query_collect(struct awsc_pager *pager,
                                struct awsc_dynamodb_query_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_dynamodb_scan_paginate(struct awsc_client *client,
                                const struct awsc_dynamodb_scan_input *input,
                                const struct awsc_page_options *options,
                                struct awsc_pager **pager,
                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_dynamodb_scan_next_page(struct awsc_pager *pager,
                                 struct awsc_dynamodb_scan_output **page,
                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_scan_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_scan_next_page_async(struct awsc_pager *pager,
                                       awsc_dynamodb_scan_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_scan_next_item(struct awsc_pager *pager,
                                 const struct awsc_dynamodb_attribute_map **item,
                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_scan_item_cb *)cb)(user_data, status, item, err);
}

int awsc_dynamodb_scan_next_item_async(struct awsc_pager *pager,
                                       awsc_dynamodb_scan_item_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_scan_collect(struct awsc_pager *pager,
                               struct awsc_dynamodb_scan_output **output,
                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_dynamodb_wait_contributor_insights_enabled(struct awsc_client *client,
                                                    const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                    const struct awsc_wait_options *options,
                                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_dynamodb_wait_contributor_insights_enabled_async(struct awsc_client *client,
                                                          const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                          const struct awsc_wait_options *options,
                                                          awsc_wait_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_export_completed(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_export_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_dynamodb_wait_export_completed_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_export_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_import_completed(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_import_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_dynamodb_wait_import_completed_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_import_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_kinesis_streaming_destination_active(struct awsc_client *client,
                                                            const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                            const struct awsc_wait_options *options,
                                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_dynamodb_wait_kinesis_streaming_destination_active_async(struct awsc_client *client,
                                                                  const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                                  const struct awsc_wait_options *options,
                                                                  awsc_wait_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_table_exists(struct awsc_client *client,
                                    const struct awsc_dynamodb_describe_table_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[4], input, options, err);
}

int awsc_dynamodb_wait_table_exists_async(struct awsc_client *client,
                                          const struct awsc_dynamodb_describe_table_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[4], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_table_not_exists(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_table_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[5], input, options, err);
}

int awsc_dynamodb_wait_table_not_exists_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_table_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[5], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
