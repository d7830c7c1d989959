/*
 * kinesis_ops.c - operations of Kinesis: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * kinesis_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
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

int awsc_kinesis_add_tags_to_stream(struct awsc_client *client,
                                    const struct awsc_kinesis_add_tags_to_stream_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[0], input, NULL, err);
}

static void add_tags_to_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_add_tags_to_stream_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_add_tags_to_stream_async(struct awsc_client *client,
                                          const struct awsc_kinesis_add_tags_to_stream_input *input,
                                          awsc_kinesis_add_tags_to_stream_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[0], input, add_tags_to_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_create_stream(struct awsc_client *client,
                               const struct awsc_kinesis_create_stream_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[1], input, NULL, err);
}

static void create_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_create_stream_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_create_stream_async(struct awsc_client *client,
                                     const struct awsc_kinesis_create_stream_input *input,
                                     awsc_kinesis_create_stream_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[1], input, create_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_decrease_stream_retention_period(struct awsc_client *client,
                                                  const struct awsc_kinesis_decrease_stream_retention_period_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[2], input, NULL, err);
}

static void decrease_stream_retention_period_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_decrease_stream_retention_period_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_decrease_stream_retention_period_async(struct awsc_client *client,
                                                        const struct awsc_kinesis_decrease_stream_retention_period_input *input,
                                                        awsc_kinesis_decrease_stream_retention_period_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[2], input, decrease_stream_retention_period_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_delete_resource_policy(struct awsc_client *client,
                                        const struct awsc_kinesis_delete_resource_policy_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[3], input, NULL, err);
}

static void delete_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_delete_resource_policy_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_delete_resource_policy_async(struct awsc_client *client,
                                              const struct awsc_kinesis_delete_resource_policy_input *input,
                                              awsc_kinesis_delete_resource_policy_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[3], input, delete_resource_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_delete_stream(struct awsc_client *client,
                               const struct awsc_kinesis_delete_stream_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[4], input, NULL, err);
}

static void delete_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_delete_stream_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_delete_stream_async(struct awsc_client *client,
                                     const struct awsc_kinesis_delete_stream_input *input,
                                     awsc_kinesis_delete_stream_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[4], input, delete_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_deregister_stream_consumer(struct awsc_client *client,
                                            const struct awsc_kinesis_deregister_stream_consumer_input *input,
                                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[5], input, NULL, err);
}

static void deregister_stream_consumer_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_deregister_stream_consumer_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_deregister_stream_consumer_async(struct awsc_client *client,
                                                  const struct awsc_kinesis_deregister_stream_consumer_input *input,
                                                  awsc_kinesis_deregister_stream_consumer_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[5], input, deregister_stream_consumer_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_account_settings(struct awsc_client *client,
                                           const struct awsc_kinesis_describe_account_settings_input *input,
                                           struct awsc_kinesis_describe_account_settings_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[6], input, output, err);
}

static void describe_account_settings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_account_settings_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_account_settings_async(struct awsc_client *client,
                                                 const struct awsc_kinesis_describe_account_settings_input *input,
                                                 awsc_kinesis_describe_account_settings_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[6], input, describe_account_settings_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_limits(struct awsc_client *client,
                                 const struct awsc_kinesis_describe_limits_input *input,
                                 struct awsc_kinesis_describe_limits_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[7], input, output, err);
}

static void describe_limits_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_limits_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_limits_async(struct awsc_client *client,
                                       const struct awsc_kinesis_describe_limits_input *input,
                                       awsc_kinesis_describe_limits_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[7], input, describe_limits_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_stream(struct awsc_client *client,
                                 const struct awsc_kinesis_describe_stream_input *input,
                                 struct awsc_kinesis_describe_stream_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[8], input, output, err);
}

static void describe_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_stream_async(struct awsc_client *client,
                                       const struct awsc_kinesis_describe_stream_input *input,
                                       awsc_kinesis_describe_stream_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[8], input, describe_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_stream_consumer(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_stream_consumer_input *input,
                                          struct awsc_kinesis_describe_stream_consumer_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[9], input, output, err);
}

static void describe_stream_consumer_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_consumer_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_stream_consumer_async(struct awsc_client *client,
                                                const struct awsc_kinesis_describe_stream_consumer_input *input,
                                                awsc_kinesis_describe_stream_consumer_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[9], input, describe_stream_consumer_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_stream_summary(struct awsc_client *client,
                                         const struct awsc_kinesis_describe_stream_summary_input *input,
                                         struct awsc_kinesis_describe_stream_summary_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[10], input, output, err);
}

static void describe_stream_summary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_summary_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_stream_summary_async(struct awsc_client *client,
                                               const struct awsc_kinesis_describe_stream_summary_input *input,
                                               awsc_kinesis_describe_stream_summary_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[10], input, describe_stream_summary_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_disable_enhanced_monitoring(struct awsc_client *client,
                                             const struct awsc_kinesis_disable_enhanced_monitoring_input *input,
                                             struct awsc_kinesis_enhanced_monitoring_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[11], input, output, err);
}

static void disable_enhanced_monitoring_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_disable_enhanced_monitoring_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_disable_enhanced_monitoring_async(struct awsc_client *client,
                                                   const struct awsc_kinesis_disable_enhanced_monitoring_input *input,
                                                   awsc_kinesis_disable_enhanced_monitoring_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[11], input, disable_enhanced_monitoring_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_enable_enhanced_monitoring(struct awsc_client *client,
                                            const struct awsc_kinesis_enable_enhanced_monitoring_input *input,
                                            struct awsc_kinesis_enhanced_monitoring_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[12], input, output, err);
}

static void enable_enhanced_monitoring_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_enable_enhanced_monitoring_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_enable_enhanced_monitoring_async(struct awsc_client *client,
                                                  const struct awsc_kinesis_enable_enhanced_monitoring_input *input,
                                                  awsc_kinesis_enable_enhanced_monitoring_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[12], input, enable_enhanced_monitoring_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_get_records(struct awsc_client *client,
                             const struct awsc_kinesis_get_records_input *input,
                             struct awsc_kinesis_get_records_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[13], input, output, err);
}

static void get_records_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_get_records_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_get_records_async(struct awsc_client *client,
                                   const struct awsc_kinesis_get_records_input *input,
                                   awsc_kinesis_get_records_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[13], input, get_records_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_get_resource_policy(struct awsc_client *client,
                                     const struct awsc_kinesis_get_resource_policy_input *input,
                                     struct awsc_kinesis_get_resource_policy_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[14], input, output, err);
}

static void get_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_get_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_get_resource_policy_async(struct awsc_client *client,
                                           const struct awsc_kinesis_get_resource_policy_input *input,
                                           awsc_kinesis_get_resource_policy_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[14], input, get_resource_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_get_shard_iterator(struct awsc_client *client,
                                    const struct awsc_kinesis_get_shard_iterator_input *input,
                                    struct awsc_kinesis_get_shard_iterator_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[15], input, output, err);
}

static void get_shard_iterator_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_get_shard_iterator_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_get_shard_iterator_async(struct awsc_client *client,
                                          const struct awsc_kinesis_get_shard_iterator_input *input,
                                          awsc_kinesis_get_shard_iterator_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[15], input, get_shard_iterator_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_increase_stream_retention_period(struct awsc_client *client,
                                                  const struct awsc_kinesis_increase_stream_retention_period_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[16], input, NULL, err);
}

static void increase_stream_retention_period_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_increase_stream_retention_period_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_increase_stream_retention_period_async(struct awsc_client *client,
                                                        const struct awsc_kinesis_increase_stream_retention_period_input *input,
                                                        awsc_kinesis_increase_stream_retention_period_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[16], input, increase_stream_retention_period_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_shards(struct awsc_client *client,
                             const struct awsc_kinesis_list_shards_input *input,
                             struct awsc_kinesis_list_shards_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[17], input, output, err);
}

static void list_shards_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_shards_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_shards_async(struct awsc_client *client,
                                   const struct awsc_kinesis_list_shards_input *input,
                                   awsc_kinesis_list_shards_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[17], input, list_shards_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_stream_consumers(struct awsc_client *client,
                                       const struct awsc_kinesis_list_stream_consumers_input *input,
                                       struct awsc_kinesis_list_stream_consumers_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[18], input, output, err);
}

static void list_stream_consumers_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_stream_consumers_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_stream_consumers_async(struct awsc_client *client,
                                             const struct awsc_kinesis_list_stream_consumers_input *input,
                                             awsc_kinesis_list_stream_consumers_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[18], input, list_stream_consumers_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_streams(struct awsc_client *client,
                              const struct awsc_kinesis_list_streams_input *input,
                              struct awsc_kinesis_list_streams_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[19], input, output, err);
}

static void list_streams_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_streams_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_streams_async(struct awsc_client *client,
                                    const struct awsc_kinesis_list_streams_input *input,
                                    awsc_kinesis_list_streams_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[19], input, list_streams_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_tags_for_resource(struct awsc_client *client,
                                        const struct awsc_kinesis_list_tags_for_resource_input *input,
                                        struct awsc_kinesis_list_tags_for_resource_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[20], input, output, err);
}

static void list_tags_for_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_tags_for_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_tags_for_resource_async(struct awsc_client *client,
                                              const struct awsc_kinesis_list_tags_for_resource_input *input,
                                              awsc_kinesis_list_tags_for_resource_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[20], input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_tags_for_stream(struct awsc_client *client,
                                      const struct awsc_kinesis_list_tags_for_stream_input *input,
                                      struct awsc_kinesis_list_tags_for_stream_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[21], input, output, err);
}

static void list_tags_for_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_tags_for_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_tags_for_stream_async(struct awsc_client *client,
                                            const struct awsc_kinesis_list_tags_for_stream_input *input,
                                            awsc_kinesis_list_tags_for_stream_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[21], input, list_tags_for_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_merge_shards(struct awsc_client *client,
                              const struct awsc_kinesis_merge_shards_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[22], input, NULL, err);
}

static void merge_shards_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_merge_shards_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_merge_shards_async(struct awsc_client *client,
                                    const struct awsc_kinesis_merge_shards_input *input,
                                    awsc_kinesis_merge_shards_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[22], input, merge_shards_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_put_record(struct awsc_client *client,
                            const struct awsc_kinesis_put_record_input *input,
                            struct awsc_kinesis_put_record_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[23], input, output, err);
}

static void put_record_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_put_record_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_put_record_async(struct awsc_client *client,
                                  const struct awsc_kinesis_put_record_input *input,
                                  awsc_kinesis_put_record_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[23], input, put_record_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_put_records(struct awsc_client *client,
                             const struct awsc_kinesis_put_records_input *input,
                             struct awsc_kinesis_put_records_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[24], input, output, err);
}

static void put_records_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_put_records_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_put_records_async(struct awsc_client *client,
                                   const struct awsc_kinesis_put_records_input *input,
                                   awsc_kinesis_put_records_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[24], input, put_records_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_put_resource_policy(struct awsc_client *client,
                                     const struct awsc_kinesis_put_resource_policy_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[25], input, NULL, err);
}

static void put_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_put_resource_policy_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_put_resource_policy_async(struct awsc_client *client,
                                           const struct awsc_kinesis_put_resource_policy_input *input,
                                           awsc_kinesis_put_resource_policy_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[25], input, put_resource_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_register_stream_consumer(struct awsc_client *client,
                                          const struct awsc_kinesis_register_stream_consumer_input *input,
                                          struct awsc_kinesis_register_stream_consumer_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[26], input, output, err);
}

static void register_stream_consumer_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_register_stream_consumer_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_register_stream_consumer_async(struct awsc_client *client,
                                                const struct awsc_kinesis_register_stream_consumer_input *input,
                                                awsc_kinesis_register_stream_consumer_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[26], input, register_stream_consumer_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_remove_tags_from_stream(struct awsc_client *client,
                                         const struct awsc_kinesis_remove_tags_from_stream_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[27], input, NULL, err);
}

static void remove_tags_from_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_remove_tags_from_stream_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_remove_tags_from_stream_async(struct awsc_client *client,
                                               const struct awsc_kinesis_remove_tags_from_stream_input *input,
                                               awsc_kinesis_remove_tags_from_stream_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[27], input, remove_tags_from_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_split_shard(struct awsc_client *client,
                             const struct awsc_kinesis_split_shard_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[28], input, NULL, err);
}

static void split_shard_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_split_shard_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_split_shard_async(struct awsc_client *client,
                                   const struct awsc_kinesis_split_shard_input *input,
                                   awsc_kinesis_split_shard_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[28], input, split_shard_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_start_stream_encryption(struct awsc_client *client,
                                         const struct awsc_kinesis_start_stream_encryption_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[29], input, NULL, err);
}

static void start_stream_encryption_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_start_stream_encryption_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_start_stream_encryption_async(struct awsc_client *client,
                                               const struct awsc_kinesis_start_stream_encryption_input *input,
                                               awsc_kinesis_start_stream_encryption_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[29], input, start_stream_encryption_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_stop_stream_encryption(struct awsc_client *client,
                                        const struct awsc_kinesis_stop_stream_encryption_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[30], input, NULL, err);
}

static void stop_stream_encryption_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_stop_stream_encryption_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_stop_stream_encryption_async(struct awsc_client *client,
                                              const struct awsc_kinesis_stop_stream_encryption_input *input,
                                              awsc_kinesis_stop_stream_encryption_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[30], input, stop_stream_encryption_done, (awsc_fn *)cb, user_data, err);
}

static int subscribe_to_shard_event(awsc_fn *on_event, void *user_data, const void *event)
{
    return ((awsc_kinesis_subscribe_to_shard_event_cb *)on_event)(user_data, event);
}

int awsc_kinesis_subscribe_to_shard(struct awsc_client *client,
                                    const struct awsc_kinesis_subscribe_to_shard_input *input,
                                    awsc_kinesis_subscribe_to_shard_event_cb *on_event,
                                    void *user_data,
                                    struct awsc_kinesis_subscribe_to_shard_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call_events_typed(client, &awsc__kinesis_tables.operations[31], input, subscribe_to_shard_event, (awsc_fn *)on_event, user_data, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void subscribe_to_shard_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_subscribe_to_shard_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_subscribe_to_shard_async(struct awsc_client *client,
                                          const struct awsc_kinesis_subscribe_to_shard_input *input,
                                          awsc_kinesis_subscribe_to_shard_event_cb *on_event,
                                          awsc_kinesis_subscribe_to_shard_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_events_async_typed(client, &awsc__kinesis_tables.operations[31], input, subscribe_to_shard_event, (awsc_fn *)on_event, subscribe_to_shard_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_tag_resource(struct awsc_client *client,
                              const struct awsc_kinesis_tag_resource_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[32], input, NULL, err);
}

static void tag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_tag_resource_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_tag_resource_async(struct awsc_client *client,
                                    const struct awsc_kinesis_tag_resource_input *input,
                                    awsc_kinesis_tag_resource_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[32], input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_untag_resource(struct awsc_client *client,
                                const struct awsc_kinesis_untag_resource_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[33], input, NULL, err);
}

static void untag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_untag_resource_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_untag_resource_async(struct awsc_client *client,
                                      const struct awsc_kinesis_untag_resource_input *input,
                                      awsc_kinesis_untag_resource_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[33], input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_update_account_settings(struct awsc_client *client,
                                         const struct awsc_kinesis_update_account_settings_input *input,
                                         struct awsc_kinesis_update_account_settings_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[34], input, output, err);
}

static void update_account_settings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_update_account_settings_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_update_account_settings_async(struct awsc_client *client,
                                               const struct awsc_kinesis_update_account_settings_input *input,
                                               awsc_kinesis_update_account_settings_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[34], input, update_account_settings_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_update_max_record_size(struct awsc_client *client,
                                        const struct awsc_kinesis_update_max_record_size_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[35], input, NULL, err);
}

static void update_max_record_size_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_update_max_record_size_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_update_max_record_size_async(struct awsc_client *client,
                                              const struct awsc_kinesis_update_max_record_size_input *input,
                                              awsc_kinesis_update_max_record_size_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[35], input, update_max_record_size_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_update_shard_count(struct awsc_client *client,
                                    const struct awsc_kinesis_update_shard_count_input *input,
                                    struct awsc_kinesis_update_shard_count_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[36], input, output, err);
}

static void update_shard_count_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_update_shard_count_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_update_shard_count_async(struct awsc_client *client,
                                          const struct awsc_kinesis_update_shard_count_input *input,
                                          awsc_kinesis_update_shard_count_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[36], input, update_shard_count_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_update_stream_mode(struct awsc_client *client,
                                    const struct awsc_kinesis_update_stream_mode_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__kinesis_tables.operations[37], input, NULL, err);
}

static void update_stream_mode_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_update_stream_mode_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_update_stream_mode_async(struct awsc_client *client,
                                          const struct awsc_kinesis_update_stream_mode_input *input,
                                          awsc_kinesis_update_stream_mode_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[37], input, update_stream_mode_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_update_stream_warm_throughput(struct awsc_client *client,
                                               const struct awsc_kinesis_update_stream_warm_throughput_input *input,
                                               struct awsc_kinesis_update_stream_warm_throughput_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__kinesis_tables.operations[38], input, output, err);
}

static void update_stream_warm_throughput_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_update_stream_warm_throughput_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_update_stream_warm_throughput_async(struct awsc_client *client,
                                                     const struct awsc_kinesis_update_stream_warm_throughput_input *input,
                                                     awsc_kinesis_update_stream_warm_throughput_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__kinesis_tables.operations[38], input, update_stream_warm_throughput_done, (awsc_fn *)cb, user_data, err);
}
