/*
 * dynamodb_ops.c - operations of DynamoDB: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * dynamodb_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
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

int awsc_dynamodb_batch_execute_statement(struct awsc_client *client,
                                          const struct awsc_dynamodb_batch_execute_statement_input *input,
                                          struct awsc_dynamodb_batch_execute_statement_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[0], input, output, err);
}

static void batch_execute_statement_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_batch_execute_statement_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_batch_execute_statement_async(struct awsc_client *client,
                                                const struct awsc_dynamodb_batch_execute_statement_input *input,
                                                awsc_dynamodb_batch_execute_statement_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[0], input, batch_execute_statement_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_batch_get_item(struct awsc_client *client,
                                 const struct awsc_dynamodb_batch_get_item_input *input,
                                 struct awsc_dynamodb_batch_get_item_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[1], input, output, err);
}

static void batch_get_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_batch_get_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_batch_get_item_async(struct awsc_client *client,
                                       const struct awsc_dynamodb_batch_get_item_input *input,
                                       awsc_dynamodb_batch_get_item_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[1], input, batch_get_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_batch_write_item(struct awsc_client *client,
                                   const struct awsc_dynamodb_batch_write_item_input *input,
                                   struct awsc_dynamodb_batch_write_item_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[2], input, output, err);
}

static void batch_write_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_batch_write_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_batch_write_item_async(struct awsc_client *client,
                                         const struct awsc_dynamodb_batch_write_item_input *input,
                                         awsc_dynamodb_batch_write_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[2], input, batch_write_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_create_backup(struct awsc_client *client,
                                const struct awsc_dynamodb_create_backup_input *input,
                                struct awsc_dynamodb_create_backup_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[3], input, output, err);
}

static void create_backup_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_create_backup_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_create_backup_async(struct awsc_client *client,
                                      const struct awsc_dynamodb_create_backup_input *input,
                                      awsc_dynamodb_create_backup_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[3], input, create_backup_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_create_global_table(struct awsc_client *client,
                                      const struct awsc_dynamodb_create_global_table_input *input,
                                      struct awsc_dynamodb_create_global_table_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[4], input, output, err);
}

static void create_global_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_create_global_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_create_global_table_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_create_global_table_input *input,
                                            awsc_dynamodb_create_global_table_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[4], input, create_global_table_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_create_table(struct awsc_client *client,
                               const struct awsc_dynamodb_create_table_input *input,
                               struct awsc_dynamodb_create_table_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[5], input, output, err);
}

static void create_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_create_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_create_table_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_create_table_input *input,
                                     awsc_dynamodb_create_table_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[5], input, create_table_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_delete_backup(struct awsc_client *client,
                                const struct awsc_dynamodb_delete_backup_input *input,
                                struct awsc_dynamodb_delete_backup_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[6], input, output, err);
}

static void delete_backup_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_delete_backup_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_delete_backup_async(struct awsc_client *client,
                                      const struct awsc_dynamodb_delete_backup_input *input,
                                      awsc_dynamodb_delete_backup_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[6], input, delete_backup_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_delete_item(struct awsc_client *client,
                              const struct awsc_dynamodb_delete_item_input *input,
                              struct awsc_dynamodb_delete_item_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[7], input, output, err);
}

static void delete_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_delete_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_delete_item_async(struct awsc_client *client,
                                    const struct awsc_dynamodb_delete_item_input *input,
                                    awsc_dynamodb_delete_item_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[7], input, delete_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_delete_resource_policy(struct awsc_client *client,
                                         const struct awsc_dynamodb_delete_resource_policy_input *input,
                                         struct awsc_dynamodb_delete_resource_policy_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[8], input, output, err);
}

static void delete_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_delete_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_delete_resource_policy_async(struct awsc_client *client,
                                               const struct awsc_dynamodb_delete_resource_policy_input *input,
                                               awsc_dynamodb_delete_resource_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[8], input, delete_resource_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_delete_table(struct awsc_client *client,
                               const struct awsc_dynamodb_delete_table_input *input,
                               struct awsc_dynamodb_delete_table_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[9], input, output, err);
}

static void delete_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_delete_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_delete_table_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_delete_table_input *input,
                                     awsc_dynamodb_delete_table_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[9], input, delete_table_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_backup(struct awsc_client *client,
                                  const struct awsc_dynamodb_describe_backup_input *input,
                                  struct awsc_dynamodb_describe_backup_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[10], input, output, err);
}

static void describe_backup_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_backup_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_backup_async(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_backup_input *input,
                                        awsc_dynamodb_describe_backup_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[10], input, describe_backup_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_continuous_backups(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_continuous_backups_input *input,
                                              struct awsc_dynamodb_describe_continuous_backups_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[11], input, output, err);
}

static void describe_continuous_backups_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_continuous_backups_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_continuous_backups_async(struct awsc_client *client,
                                                    const struct awsc_dynamodb_describe_continuous_backups_input *input,
                                                    awsc_dynamodb_describe_continuous_backups_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[11], input, describe_continuous_backups_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_contributor_insights(struct awsc_client *client,
                                                const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                struct awsc_dynamodb_describe_contributor_insights_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[12], input, output, err);
}

static void describe_contributor_insights_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_contributor_insights_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_contributor_insights_async(struct awsc_client *client,
                                                      const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                      awsc_dynamodb_describe_contributor_insights_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[12], input, describe_contributor_insights_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_endpoints(struct awsc_client *client,
                                     const struct awsc_dynamodb_describe_endpoints_input *input,
                                     struct awsc_dynamodb_describe_endpoints_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[13], input, output, err);
}

static void describe_endpoints_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_endpoints_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_endpoints_async(struct awsc_client *client,
                                           const struct awsc_dynamodb_describe_endpoints_input *input,
                                           awsc_dynamodb_describe_endpoints_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[13], input, describe_endpoints_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_export(struct awsc_client *client,
                                  const struct awsc_dynamodb_describe_export_input *input,
                                  struct awsc_dynamodb_describe_export_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[14], input, output, err);
}

static void describe_export_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_export_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_export_async(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_export_input *input,
                                        awsc_dynamodb_describe_export_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[14], input, describe_export_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_global_table(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_global_table_input *input,
                                        struct awsc_dynamodb_describe_global_table_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[15], input, output, err);
}

static void describe_global_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_global_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_global_table_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_global_table_input *input,
                                              awsc_dynamodb_describe_global_table_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[15], input, describe_global_table_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_global_table_settings(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_global_table_settings_input *input,
                                                 struct awsc_dynamodb_describe_global_table_settings_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[16], input, output, err);
}

static void describe_global_table_settings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_global_table_settings_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_global_table_settings_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_describe_global_table_settings_input *input,
                                                       awsc_dynamodb_describe_global_table_settings_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[16], input, describe_global_table_settings_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_import(struct awsc_client *client,
                                  const struct awsc_dynamodb_describe_import_input *input,
                                  struct awsc_dynamodb_describe_import_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[17], input, output, err);
}

static void describe_import_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_import_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_import_async(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_import_input *input,
                                        awsc_dynamodb_describe_import_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[17], input, describe_import_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_kinesis_streaming_destination(struct awsc_client *client,
                                                         const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                         struct awsc_dynamodb_describe_kinesis_streaming_destination_output **output,
                                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[18], input, output, err);
}

static void describe_kinesis_streaming_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_kinesis_streaming_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_kinesis_streaming_destination_async(struct awsc_client *client,
                                                               const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                               awsc_dynamodb_describe_kinesis_streaming_destination_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[18], input, describe_kinesis_streaming_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_limits(struct awsc_client *client,
                                  const struct awsc_dynamodb_describe_limits_input *input,
                                  struct awsc_dynamodb_describe_limits_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[19], input, output, err);
}

static void describe_limits_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_limits_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_limits_async(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_limits_input *input,
                                        awsc_dynamodb_describe_limits_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[19], input, describe_limits_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_table(struct awsc_client *client,
                                 const struct awsc_dynamodb_describe_table_input *input,
                                 struct awsc_dynamodb_describe_table_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[20], input, output, err);
}

static void describe_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_table_async(struct awsc_client *client,
                                       const struct awsc_dynamodb_describe_table_input *input,
                                       awsc_dynamodb_describe_table_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[20], input, describe_table_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_table_replica_auto_scaling(struct awsc_client *client,
                                                      const struct awsc_dynamodb_describe_table_replica_auto_scaling_input *input,
                                                      struct awsc_dynamodb_describe_table_replica_auto_scaling_output **output,
                                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[21], input, output, err);
}

static void describe_table_replica_auto_scaling_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_table_replica_auto_scaling_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_table_replica_auto_scaling_async(struct awsc_client *client,
                                                            const struct awsc_dynamodb_describe_table_replica_auto_scaling_input *input,
                                                            awsc_dynamodb_describe_table_replica_auto_scaling_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[21], input, describe_table_replica_auto_scaling_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_describe_time_to_live(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_time_to_live_input *input,
                                        struct awsc_dynamodb_describe_time_to_live_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[22], input, output, err);
}

static void describe_time_to_live_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_time_to_live_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_time_to_live_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_time_to_live_input *input,
                                              awsc_dynamodb_describe_time_to_live_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[22], input, describe_time_to_live_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_disable_kinesis_streaming_destination(struct awsc_client *client,
                                                        const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                        struct awsc_dynamodb_kinesis_streaming_destination_output **output,
                                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[23], input, output, err);
}

static void disable_kinesis_streaming_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_disable_kinesis_streaming_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_disable_kinesis_streaming_destination_async(struct awsc_client *client,
                                                              const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                              awsc_dynamodb_disable_kinesis_streaming_destination_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[23], input, disable_kinesis_streaming_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_enable_kinesis_streaming_destination(struct awsc_client *client,
                                                       const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                       struct awsc_dynamodb_kinesis_streaming_destination_output **output,
                                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[24], input, output, err);
}

static void enable_kinesis_streaming_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_enable_kinesis_streaming_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_enable_kinesis_streaming_destination_async(struct awsc_client *client,
                                                             const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                             awsc_dynamodb_enable_kinesis_streaming_destination_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[24], input, enable_kinesis_streaming_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_execute_statement(struct awsc_client *client,
                                    const struct awsc_dynamodb_execute_statement_input *input,
                                    struct awsc_dynamodb_execute_statement_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[25], input, output, err);
}

static void execute_statement_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_execute_statement_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_execute_statement_async(struct awsc_client *client,
                                          const struct awsc_dynamodb_execute_statement_input *input,
                                          awsc_dynamodb_execute_statement_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[25], input, execute_statement_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_execute_transaction(struct awsc_client *client,
                                      const struct awsc_dynamodb_execute_transaction_input *input,
                                      struct awsc_dynamodb_execute_transaction_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[26], input, output, err);
}

static void execute_transaction_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_execute_transaction_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_execute_transaction_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_execute_transaction_input *input,
                                            awsc_dynamodb_execute_transaction_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[26], input, execute_transaction_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_export_table_to_point_in_time(struct awsc_client *client,
                                                const struct awsc_dynamodb_export_table_to_point_in_time_input *input,
                                                struct awsc_dynamodb_export_table_to_point_in_time_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[27], input, output, err);
}

static void export_table_to_point_in_time_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_export_table_to_point_in_time_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_export_table_to_point_in_time_async(struct awsc_client *client,
                                                      const struct awsc_dynamodb_export_table_to_point_in_time_input *input,
                                                      awsc_dynamodb_export_table_to_point_in_time_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[27], input, export_table_to_point_in_time_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_get_item(struct awsc_client *client,
                           const struct awsc_dynamodb_get_item_input *input,
                           struct awsc_dynamodb_get_item_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[28], input, output, err);
}

static void get_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_get_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_get_item_async(struct awsc_client *client,
                                 const struct awsc_dynamodb_get_item_input *input,
                                 awsc_dynamodb_get_item_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[28], input, get_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_get_resource_policy(struct awsc_client *client,
                                      const struct awsc_dynamodb_get_resource_policy_input *input,
                                      struct awsc_dynamodb_get_resource_policy_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[29], input, output, err);
}

static void get_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_get_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_get_resource_policy_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_get_resource_policy_input *input,
                                            awsc_dynamodb_get_resource_policy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[29], input, get_resource_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_import_table(struct awsc_client *client,
                               const struct awsc_dynamodb_import_table_input *input,
                               struct awsc_dynamodb_import_table_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[30], input, output, err);
}

static void import_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_import_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_import_table_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_import_table_input *input,
                                     awsc_dynamodb_import_table_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[30], input, import_table_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_backups(struct awsc_client *client,
                               const struct awsc_dynamodb_list_backups_input *input,
                               struct awsc_dynamodb_list_backups_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[31], input, output, err);
}

static void list_backups_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_backups_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_backups_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_list_backups_input *input,
                                     awsc_dynamodb_list_backups_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[31], input, list_backups_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_contributor_insights(struct awsc_client *client,
                                            const struct awsc_dynamodb_list_contributor_insights_input *input,
                                            struct awsc_dynamodb_list_contributor_insights_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[32], input, output, err);
}

static void list_contributor_insights_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_contributor_insights_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_contributor_insights_async(struct awsc_client *client,
                                                  const struct awsc_dynamodb_list_contributor_insights_input *input,
                                                  awsc_dynamodb_list_contributor_insights_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[32], input, list_contributor_insights_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_exports(struct awsc_client *client,
                               const struct awsc_dynamodb_list_exports_input *input,
                               struct awsc_dynamodb_list_exports_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[33], input, output, err);
}

static void list_exports_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_exports_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_exports_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_list_exports_input *input,
                                     awsc_dynamodb_list_exports_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[33], input, list_exports_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_global_tables(struct awsc_client *client,
                                     const struct awsc_dynamodb_list_global_tables_input *input,
                                     struct awsc_dynamodb_list_global_tables_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[34], input, output, err);
}

static void list_global_tables_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_global_tables_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_global_tables_async(struct awsc_client *client,
                                           const struct awsc_dynamodb_list_global_tables_input *input,
                                           awsc_dynamodb_list_global_tables_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[34], input, list_global_tables_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_imports(struct awsc_client *client,
                               const struct awsc_dynamodb_list_imports_input *input,
                               struct awsc_dynamodb_list_imports_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[35], input, output, err);
}

static void list_imports_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_imports_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_imports_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_list_imports_input *input,
                                     awsc_dynamodb_list_imports_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[35], input, list_imports_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tables(struct awsc_client *client,
                              const struct awsc_dynamodb_list_tables_input *input,
                              struct awsc_dynamodb_list_tables_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[36], input, output, err);
}

static void list_tables_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tables_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_tables_async(struct awsc_client *client,
                                    const struct awsc_dynamodb_list_tables_input *input,
                                    awsc_dynamodb_list_tables_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[36], input, list_tables_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tags_of_resource(struct awsc_client *client,
                                        const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                        struct awsc_dynamodb_list_tags_of_resource_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[37], input, output, err);
}

static void list_tags_of_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tags_of_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_tags_of_resource_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                              awsc_dynamodb_list_tags_of_resource_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[37], input, list_tags_of_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_put_item(struct awsc_client *client,
                           const struct awsc_dynamodb_put_item_input *input,
                           struct awsc_dynamodb_put_item_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[38], input, output, err);
}

static void put_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_put_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_put_item_async(struct awsc_client *client,
                                 const struct awsc_dynamodb_put_item_input *input,
                                 awsc_dynamodb_put_item_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[38], input, put_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_put_resource_policy(struct awsc_client *client,
                                      const struct awsc_dynamodb_put_resource_policy_input *input,
                                      struct awsc_dynamodb_put_resource_policy_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[39], input, output, err);
}

static void put_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_put_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_put_resource_policy_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_put_resource_policy_input *input,
                                            awsc_dynamodb_put_resource_policy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[39], input, put_resource_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_query(struct awsc_client *client,
                        const struct awsc_dynamodb_query_input *input,
                        struct awsc_dynamodb_query_output **output,
                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[40], input, output, err);
}

static void query_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_query_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_query_async(struct awsc_client *client,
                              const struct awsc_dynamodb_query_input *input,
                              awsc_dynamodb_query_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[40], input, query_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_restore_table_from_backup(struct awsc_client *client,
                                            const struct awsc_dynamodb_restore_table_from_backup_input *input,
                                            struct awsc_dynamodb_restore_table_from_backup_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[41], input, output, err);
}

static void restore_table_from_backup_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_restore_table_from_backup_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_restore_table_from_backup_async(struct awsc_client *client,
                                                  const struct awsc_dynamodb_restore_table_from_backup_input *input,
                                                  awsc_dynamodb_restore_table_from_backup_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[41], input, restore_table_from_backup_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_restore_table_to_point_in_time(struct awsc_client *client,
                                                 const struct awsc_dynamodb_restore_table_to_point_in_time_input *input,
                                                 struct awsc_dynamodb_restore_table_to_point_in_time_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[42], input, output, err);
}

static void restore_table_to_point_in_time_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_restore_table_to_point_in_time_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_restore_table_to_point_in_time_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_restore_table_to_point_in_time_input *input,
                                                       awsc_dynamodb_restore_table_to_point_in_time_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[42], input, restore_table_to_point_in_time_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_scan(struct awsc_client *client,
                       const struct awsc_dynamodb_scan_input *input,
                       struct awsc_dynamodb_scan_output **output,
                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[43], input, output, err);
}

static void scan_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_scan_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_scan_async(struct awsc_client *client,
                             const struct awsc_dynamodb_scan_input *input,
                             awsc_dynamodb_scan_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[43], input, scan_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_search_vectors(struct awsc_client *client,
                                 const struct awsc_dynamodb_search_vectors_input *input,
                                 struct awsc_dynamodb_search_vectors_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[44], input, output, err);
}

static void search_vectors_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_search_vectors_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_search_vectors_async(struct awsc_client *client,
                                       const struct awsc_dynamodb_search_vectors_input *input,
                                       awsc_dynamodb_search_vectors_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[44], input, search_vectors_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_tag_resource(struct awsc_client *client,
                               const struct awsc_dynamodb_tag_resource_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__dynamodb_tables.operations[45], input, NULL, err);
}

static void tag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_dynamodb_tag_resource_cb *)cb)(user_data, status, err);
}

int awsc_dynamodb_tag_resource_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_tag_resource_input *input,
                                     awsc_dynamodb_tag_resource_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[45], input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_transact_get_items(struct awsc_client *client,
                                     const struct awsc_dynamodb_transact_get_items_input *input,
                                     struct awsc_dynamodb_transact_get_items_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[46], input, output, err);
}

static void transact_get_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_transact_get_items_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_transact_get_items_async(struct awsc_client *client,
                                           const struct awsc_dynamodb_transact_get_items_input *input,
                                           awsc_dynamodb_transact_get_items_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[46], input, transact_get_items_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_transact_write_items(struct awsc_client *client,
                                       const struct awsc_dynamodb_transact_write_items_input *input,
                                       struct awsc_dynamodb_transact_write_items_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[47], input, output, err);
}

static void transact_write_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_transact_write_items_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_transact_write_items_async(struct awsc_client *client,
                                             const struct awsc_dynamodb_transact_write_items_input *input,
                                             awsc_dynamodb_transact_write_items_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[47], input, transact_write_items_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_untag_resource(struct awsc_client *client,
                                 const struct awsc_dynamodb_untag_resource_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__dynamodb_tables.operations[48], input, NULL, err);
}

static void untag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_dynamodb_untag_resource_cb *)cb)(user_data, status, err);
}

int awsc_dynamodb_untag_resource_async(struct awsc_client *client,
                                       const struct awsc_dynamodb_untag_resource_input *input,
                                       awsc_dynamodb_untag_resource_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[48], input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_update_continuous_backups(struct awsc_client *client,
                                            const struct awsc_dynamodb_update_continuous_backups_input *input,
                                            struct awsc_dynamodb_update_continuous_backups_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[49], input, output, err);
}

static void update_continuous_backups_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_continuous_backups_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_continuous_backups_async(struct awsc_client *client,
                                                  const struct awsc_dynamodb_update_continuous_backups_input *input,
                                                  awsc_dynamodb_update_continuous_backups_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[49], input, update_continuous_backups_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_update_contributor_insights(struct awsc_client *client,
                                              const struct awsc_dynamodb_update_contributor_insights_input *input,
                                              struct awsc_dynamodb_update_contributor_insights_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[50], input, output, err);
}

static void update_contributor_insights_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_contributor_insights_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_contributor_insights_async(struct awsc_client *client,
                                                    const struct awsc_dynamodb_update_contributor_insights_input *input,
                                                    awsc_dynamodb_update_contributor_insights_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[50], input, update_contributor_insights_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_update_global_table(struct awsc_client *client,
                                      const struct awsc_dynamodb_update_global_table_input *input,
                                      struct awsc_dynamodb_update_global_table_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[51], input, output, err);
}

static void update_global_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_global_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_global_table_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_update_global_table_input *input,
                                            awsc_dynamodb_update_global_table_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[51], input, update_global_table_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_update_global_table_settings(struct awsc_client *client,
                                               const struct awsc_dynamodb_update_global_table_settings_input *input,
                                               struct awsc_dynamodb_update_global_table_settings_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[52], input, output, err);
}

static void update_global_table_settings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_global_table_settings_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_global_table_settings_async(struct awsc_client *client,
                                                     const struct awsc_dynamodb_update_global_table_settings_input *input,
                                                     awsc_dynamodb_update_global_table_settings_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[52], input, update_global_table_settings_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_update_item(struct awsc_client *client,
                              const struct awsc_dynamodb_update_item_input *input,
                              struct awsc_dynamodb_update_item_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[53], input, output, err);
}

static void update_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_item_async(struct awsc_client *client,
                                    const struct awsc_dynamodb_update_item_input *input,
                                    awsc_dynamodb_update_item_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[53], input, update_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_update_kinesis_streaming_destination(struct awsc_client *client,
                                                       const struct awsc_dynamodb_update_kinesis_streaming_destination_input *input,
                                                       struct awsc_dynamodb_update_kinesis_streaming_destination_output **output,
                                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[54], input, output, err);
}

static void update_kinesis_streaming_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_kinesis_streaming_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_kinesis_streaming_destination_async(struct awsc_client *client,
                                                             const struct awsc_dynamodb_update_kinesis_streaming_destination_input *input,
                                                             awsc_dynamodb_update_kinesis_streaming_destination_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[54], input, update_kinesis_streaming_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_update_table(struct awsc_client *client,
                               const struct awsc_dynamodb_update_table_input *input,
                               struct awsc_dynamodb_update_table_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[55], input, output, err);
}

static void update_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_table_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_update_table_input *input,
                                     awsc_dynamodb_update_table_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[55], input, update_table_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_update_table_replica_auto_scaling(struct awsc_client *client,
                                                    const struct awsc_dynamodb_update_table_replica_auto_scaling_input *input,
                                                    struct awsc_dynamodb_update_table_replica_auto_scaling_output **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[56], input, output, err);
}

static void update_table_replica_auto_scaling_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_table_replica_auto_scaling_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_table_replica_auto_scaling_async(struct awsc_client *client,
                                                          const struct awsc_dynamodb_update_table_replica_auto_scaling_input *input,
                                                          awsc_dynamodb_update_table_replica_auto_scaling_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[56], input, update_table_replica_auto_scaling_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_update_time_to_live(struct awsc_client *client,
                                      const struct awsc_dynamodb_update_time_to_live_input *input,
                                      struct awsc_dynamodb_update_time_to_live_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__dynamodb_tables.operations[57], input, output, err);
}

static void update_time_to_live_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_time_to_live_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_time_to_live_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_update_time_to_live_input *input,
                                            awsc_dynamodb_update_time_to_live_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__dynamodb_tables.operations[57], input, update_time_to_live_done, (awsc_fn *)cb, user_data, err);
}
