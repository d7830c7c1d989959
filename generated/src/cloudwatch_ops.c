/*
 * cloudwatch_ops.c - operations of CloudWatch: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * cloudwatch_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/cloudwatch.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__CLOUDWATCH_TABLES
#define AWSC__CLOUDWATCH_TABLES

/* The endpoint rule set of cloudwatch: a part of the service's tables. */
struct awsc__cloudwatch_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[24];
    struct awsc_ep_expr exprs[38];
    uint16_t args[48];
    struct awsc_ep_endpoint endpoints[5];
    char strings[492];
};
/* The service, its operations and every shape, member and name of
 * CloudWatch, in one object. */
struct awsc__cloudwatch_tables {
    struct awsc_service service;
    struct awsc_operation operations[50];
    awsc_ref op_errors[115];
    awsc_ref service_errors[18];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__cloudwatch_pagers pagers; /* <awsc/cloudwatch.h> */
#endif
    struct awsc__cloudwatch_rules rules;
    struct awsc_structure_shape structures[158];
    struct awsc_collection_shape collections[59];
    struct awsc_enum_shape enums[16];
    struct awsc_shape scalars[123];
    struct awsc_shape_traits traits[101];
    struct awsc_member members[529];
    uint16_t by_wire_name[529];
    struct awsc_range ranges[84];
    char strings[6799];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[6424];
#endif
};
extern const struct awsc__cloudwatch_tables awsc__cloudwatch_tables AWSC__HIDDEN;
#endif

int awsc_cloudwatch_associate_dataset_kms_key(struct awsc_client *client,
                                              const struct awsc_cloudwatch_associate_dataset_kms_key_input *input,
                                              struct awsc_cloudwatch_associate_dataset_kms_key_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[0], input, output, err);
}

static void associate_dataset_kms_key_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_associate_dataset_kms_key_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_associate_dataset_kms_key_async(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_associate_dataset_kms_key_input *input,
                                                    awsc_cloudwatch_associate_dataset_kms_key_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[0], input, associate_dataset_kms_key_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_delete_alarm_mute_rule(struct awsc_client *client,
                                           const struct awsc_cloudwatch_delete_alarm_mute_rule_input *input,
                                           struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[1], input, NULL, err);
}

static void delete_alarm_mute_rule_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_delete_alarm_mute_rule_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_delete_alarm_mute_rule_async(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_delete_alarm_mute_rule_input *input,
                                                 awsc_cloudwatch_delete_alarm_mute_rule_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[1], input, delete_alarm_mute_rule_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_delete_alarms(struct awsc_client *client,
                                  const struct awsc_cloudwatch_delete_alarms_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[2], input, NULL, err);
}

static void delete_alarms_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_delete_alarms_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_delete_alarms_async(struct awsc_client *client,
                                        const struct awsc_cloudwatch_delete_alarms_input *input,
                                        awsc_cloudwatch_delete_alarms_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[2], input, delete_alarms_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_delete_anomaly_detector(struct awsc_client *client,
                                            const struct awsc_cloudwatch_delete_anomaly_detector_input *input,
                                            struct awsc_cloudwatch_delete_anomaly_detector_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[3], input, output, err);
}

static void delete_anomaly_detector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_delete_anomaly_detector_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_delete_anomaly_detector_async(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_delete_anomaly_detector_input *input,
                                                  awsc_cloudwatch_delete_anomaly_detector_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[3], input, delete_anomaly_detector_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_delete_dashboards(struct awsc_client *client,
                                      const struct awsc_cloudwatch_delete_dashboards_input *input,
                                      struct awsc_cloudwatch_delete_dashboards_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[4], input, output, err);
}

static void delete_dashboards_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_delete_dashboards_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_delete_dashboards_async(struct awsc_client *client,
                                            const struct awsc_cloudwatch_delete_dashboards_input *input,
                                            awsc_cloudwatch_delete_dashboards_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[4], input, delete_dashboards_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_delete_insight_rules(struct awsc_client *client,
                                         const struct awsc_cloudwatch_delete_insight_rules_input *input,
                                         struct awsc_cloudwatch_delete_insight_rules_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[5], input, output, err);
}

static void delete_insight_rules_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_delete_insight_rules_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_delete_insight_rules_async(struct awsc_client *client,
                                               const struct awsc_cloudwatch_delete_insight_rules_input *input,
                                               awsc_cloudwatch_delete_insight_rules_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[5], input, delete_insight_rules_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_delete_metric_stream(struct awsc_client *client,
                                         const struct awsc_cloudwatch_delete_metric_stream_input *input,
                                         struct awsc_cloudwatch_delete_metric_stream_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[6], input, output, err);
}

static void delete_metric_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_delete_metric_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_delete_metric_stream_async(struct awsc_client *client,
                                               const struct awsc_cloudwatch_delete_metric_stream_input *input,
                                               awsc_cloudwatch_delete_metric_stream_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[6], input, delete_metric_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarm_contributors(struct awsc_client *client,
                                                const struct awsc_cloudwatch_describe_alarm_contributors_input *input,
                                                struct awsc_cloudwatch_describe_alarm_contributors_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[7], input, output, err);
}

static void describe_alarm_contributors_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_alarm_contributors_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_describe_alarm_contributors_async(struct awsc_client *client,
                                                      const struct awsc_cloudwatch_describe_alarm_contributors_input *input,
                                                      awsc_cloudwatch_describe_alarm_contributors_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[7], input, describe_alarm_contributors_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarm_history(struct awsc_client *client,
                                           const struct awsc_cloudwatch_describe_alarm_history_input *input,
                                           struct awsc_cloudwatch_describe_alarm_history_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[8], input, output, err);
}

static void describe_alarm_history_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_alarm_history_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_describe_alarm_history_async(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_describe_alarm_history_input *input,
                                                 awsc_cloudwatch_describe_alarm_history_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[8], input, describe_alarm_history_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarms(struct awsc_client *client,
                                    const struct awsc_cloudwatch_describe_alarms_input *input,
                                    struct awsc_cloudwatch_describe_alarms_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[9], input, output, err);
}

static void describe_alarms_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_alarms_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_describe_alarms_async(struct awsc_client *client,
                                          const struct awsc_cloudwatch_describe_alarms_input *input,
                                          awsc_cloudwatch_describe_alarms_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[9], input, describe_alarms_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarms_for_metric(struct awsc_client *client,
                                               const struct awsc_cloudwatch_describe_alarms_for_metric_input *input,
                                               struct awsc_cloudwatch_describe_alarms_for_metric_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[10], input, output, err);
}

static void describe_alarms_for_metric_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_alarms_for_metric_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_describe_alarms_for_metric_async(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_describe_alarms_for_metric_input *input,
                                                     awsc_cloudwatch_describe_alarms_for_metric_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[10], input, describe_alarms_for_metric_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_anomaly_detectors(struct awsc_client *client,
                                               const struct awsc_cloudwatch_describe_anomaly_detectors_input *input,
                                               struct awsc_cloudwatch_describe_anomaly_detectors_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[11], input, output, err);
}

static void describe_anomaly_detectors_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_anomaly_detectors_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_async(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_describe_anomaly_detectors_input *input,
                                                     awsc_cloudwatch_describe_anomaly_detectors_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[11], input, describe_anomaly_detectors_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_insight_rules(struct awsc_client *client,
                                           const struct awsc_cloudwatch_describe_insight_rules_input *input,
                                           struct awsc_cloudwatch_describe_insight_rules_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[12], input, output, err);
}

static void describe_insight_rules_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_insight_rules_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_describe_insight_rules_async(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_describe_insight_rules_input *input,
                                                 awsc_cloudwatch_describe_insight_rules_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[12], input, describe_insight_rules_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_disable_alarm_actions(struct awsc_client *client,
                                          const struct awsc_cloudwatch_disable_alarm_actions_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[13], input, NULL, err);
}

static void disable_alarm_actions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_disable_alarm_actions_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_disable_alarm_actions_async(struct awsc_client *client,
                                                const struct awsc_cloudwatch_disable_alarm_actions_input *input,
                                                awsc_cloudwatch_disable_alarm_actions_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[13], input, disable_alarm_actions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_disable_insight_rules(struct awsc_client *client,
                                          const struct awsc_cloudwatch_disable_insight_rules_input *input,
                                          struct awsc_cloudwatch_disable_insight_rules_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[14], input, output, err);
}

static void disable_insight_rules_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_disable_insight_rules_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_disable_insight_rules_async(struct awsc_client *client,
                                                const struct awsc_cloudwatch_disable_insight_rules_input *input,
                                                awsc_cloudwatch_disable_insight_rules_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[14], input, disable_insight_rules_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_disassociate_dataset_kms_key(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_disassociate_dataset_kms_key_input *input,
                                                 struct awsc_cloudwatch_disassociate_dataset_kms_key_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[15], input, output, err);
}

static void disassociate_dataset_kms_key_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_disassociate_dataset_kms_key_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_disassociate_dataset_kms_key_async(struct awsc_client *client,
                                                       const struct awsc_cloudwatch_disassociate_dataset_kms_key_input *input,
                                                       awsc_cloudwatch_disassociate_dataset_kms_key_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[15], input, disassociate_dataset_kms_key_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_enable_alarm_actions(struct awsc_client *client,
                                         const struct awsc_cloudwatch_enable_alarm_actions_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[16], input, NULL, err);
}

static void enable_alarm_actions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_enable_alarm_actions_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_enable_alarm_actions_async(struct awsc_client *client,
                                               const struct awsc_cloudwatch_enable_alarm_actions_input *input,
                                               awsc_cloudwatch_enable_alarm_actions_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[16], input, enable_alarm_actions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_enable_insight_rules(struct awsc_client *client,
                                         const struct awsc_cloudwatch_enable_insight_rules_input *input,
                                         struct awsc_cloudwatch_enable_insight_rules_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[17], input, output, err);
}

static void enable_insight_rules_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_enable_insight_rules_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_enable_insight_rules_async(struct awsc_client *client,
                                               const struct awsc_cloudwatch_enable_insight_rules_input *input,
                                               awsc_cloudwatch_enable_insight_rules_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[17], input, enable_insight_rules_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_alarm_mute_rule(struct awsc_client *client,
                                        const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                        struct awsc_cloudwatch_get_alarm_mute_rule_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[18], input, output, err);
}

static void get_alarm_mute_rule_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_alarm_mute_rule_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_get_alarm_mute_rule_async(struct awsc_client *client,
                                              const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                              awsc_cloudwatch_get_alarm_mute_rule_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[18], input, get_alarm_mute_rule_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_dashboard(struct awsc_client *client,
                                  const struct awsc_cloudwatch_get_dashboard_input *input,
                                  struct awsc_cloudwatch_get_dashboard_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[19], input, output, err);
}

static void get_dashboard_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_dashboard_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_get_dashboard_async(struct awsc_client *client,
                                        const struct awsc_cloudwatch_get_dashboard_input *input,
                                        awsc_cloudwatch_get_dashboard_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[19], input, get_dashboard_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_dataset(struct awsc_client *client,
                                const struct awsc_cloudwatch_get_dataset_input *input,
                                struct awsc_cloudwatch_get_dataset_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[20], input, output, err);
}

static void get_dataset_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_dataset_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_get_dataset_async(struct awsc_client *client,
                                      const struct awsc_cloudwatch_get_dataset_input *input,
                                      awsc_cloudwatch_get_dataset_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[20], input, get_dataset_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_insight_rule_report(struct awsc_client *client,
                                            const struct awsc_cloudwatch_get_insight_rule_report_input *input,
                                            struct awsc_cloudwatch_get_insight_rule_report_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[21], input, output, err);
}

static void get_insight_rule_report_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_insight_rule_report_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_get_insight_rule_report_async(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_get_insight_rule_report_input *input,
                                                  awsc_cloudwatch_get_insight_rule_report_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[21], input, get_insight_rule_report_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_metric_data(struct awsc_client *client,
                                    const struct awsc_cloudwatch_get_metric_data_input *input,
                                    struct awsc_cloudwatch_get_metric_data_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[22], input, output, err);
}

static void get_metric_data_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_metric_data_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_get_metric_data_async(struct awsc_client *client,
                                          const struct awsc_cloudwatch_get_metric_data_input *input,
                                          awsc_cloudwatch_get_metric_data_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[22], input, get_metric_data_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_metric_statistics(struct awsc_client *client,
                                          const struct awsc_cloudwatch_get_metric_statistics_input *input,
                                          struct awsc_cloudwatch_get_metric_statistics_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[23], input, output, err);
}

static void get_metric_statistics_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_metric_statistics_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_get_metric_statistics_async(struct awsc_client *client,
                                                const struct awsc_cloudwatch_get_metric_statistics_input *input,
                                                awsc_cloudwatch_get_metric_statistics_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[23], input, get_metric_statistics_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_metric_stream(struct awsc_client *client,
                                      const struct awsc_cloudwatch_get_metric_stream_input *input,
                                      struct awsc_cloudwatch_get_metric_stream_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[24], input, output, err);
}

static void get_metric_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_metric_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_get_metric_stream_async(struct awsc_client *client,
                                            const struct awsc_cloudwatch_get_metric_stream_input *input,
                                            awsc_cloudwatch_get_metric_stream_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[24], input, get_metric_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_metric_widget_image(struct awsc_client *client,
                                            const struct awsc_cloudwatch_get_metric_widget_image_input *input,
                                            struct awsc_cloudwatch_get_metric_widget_image_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[25], input, output, err);
}

static void get_metric_widget_image_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_metric_widget_image_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_get_metric_widget_image_async(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_get_metric_widget_image_input *input,
                                                  awsc_cloudwatch_get_metric_widget_image_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[25], input, get_metric_widget_image_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_o_tel_enrichment(struct awsc_client *client,
                                         const struct awsc_cloudwatch_get_o_tel_enrichment_input *input,
                                         struct awsc_cloudwatch_get_o_tel_enrichment_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[26], input, output, err);
}

static void get_o_tel_enrichment_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_o_tel_enrichment_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_get_o_tel_enrichment_async(struct awsc_client *client,
                                               const struct awsc_cloudwatch_get_o_tel_enrichment_input *input,
                                               awsc_cloudwatch_get_o_tel_enrichment_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[26], input, get_o_tel_enrichment_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_alarm_mute_rules(struct awsc_client *client,
                                          const struct awsc_cloudwatch_list_alarm_mute_rules_input *input,
                                          struct awsc_cloudwatch_list_alarm_mute_rules_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[27], input, output, err);
}

static void list_alarm_mute_rules_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_alarm_mute_rules_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_async(struct awsc_client *client,
                                                const struct awsc_cloudwatch_list_alarm_mute_rules_input *input,
                                                awsc_cloudwatch_list_alarm_mute_rules_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[27], input, list_alarm_mute_rules_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_dashboards(struct awsc_client *client,
                                    const struct awsc_cloudwatch_list_dashboards_input *input,
                                    struct awsc_cloudwatch_list_dashboards_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[28], input, output, err);
}

static void list_dashboards_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_dashboards_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_list_dashboards_async(struct awsc_client *client,
                                          const struct awsc_cloudwatch_list_dashboards_input *input,
                                          awsc_cloudwatch_list_dashboards_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[28], input, list_dashboards_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_managed_insight_rules(struct awsc_client *client,
                                               const struct awsc_cloudwatch_list_managed_insight_rules_input *input,
                                               struct awsc_cloudwatch_list_managed_insight_rules_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[29], input, output, err);
}

static void list_managed_insight_rules_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_managed_insight_rules_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_list_managed_insight_rules_async(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_list_managed_insight_rules_input *input,
                                                     awsc_cloudwatch_list_managed_insight_rules_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[29], input, list_managed_insight_rules_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_metric_streams(struct awsc_client *client,
                                        const struct awsc_cloudwatch_list_metric_streams_input *input,
                                        struct awsc_cloudwatch_list_metric_streams_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[30], input, output, err);
}

static void list_metric_streams_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_metric_streams_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_list_metric_streams_async(struct awsc_client *client,
                                              const struct awsc_cloudwatch_list_metric_streams_input *input,
                                              awsc_cloudwatch_list_metric_streams_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[30], input, list_metric_streams_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_metrics(struct awsc_client *client,
                                 const struct awsc_cloudwatch_list_metrics_input *input,
                                 struct awsc_cloudwatch_list_metrics_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[31], input, output, err);
}

static void list_metrics_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_metrics_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_list_metrics_async(struct awsc_client *client,
                                       const struct awsc_cloudwatch_list_metrics_input *input,
                                       awsc_cloudwatch_list_metrics_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[31], input, list_metrics_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_tags_for_resource(struct awsc_client *client,
                                           const struct awsc_cloudwatch_list_tags_for_resource_input *input,
                                           struct awsc_cloudwatch_list_tags_for_resource_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[32], input, output, err);
}

static void list_tags_for_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_tags_for_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_list_tags_for_resource_async(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_list_tags_for_resource_input *input,
                                                 awsc_cloudwatch_list_tags_for_resource_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[32], input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_alarm_mute_rule(struct awsc_client *client,
                                        const struct awsc_cloudwatch_put_alarm_mute_rule_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[33], input, NULL, err);
}

static void put_alarm_mute_rule_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_put_alarm_mute_rule_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_put_alarm_mute_rule_async(struct awsc_client *client,
                                              const struct awsc_cloudwatch_put_alarm_mute_rule_input *input,
                                              awsc_cloudwatch_put_alarm_mute_rule_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[33], input, put_alarm_mute_rule_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_anomaly_detector(struct awsc_client *client,
                                         const struct awsc_cloudwatch_put_anomaly_detector_input *input,
                                         struct awsc_cloudwatch_put_anomaly_detector_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[34], input, output, err);
}

static void put_anomaly_detector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_put_anomaly_detector_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_put_anomaly_detector_async(struct awsc_client *client,
                                               const struct awsc_cloudwatch_put_anomaly_detector_input *input,
                                               awsc_cloudwatch_put_anomaly_detector_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[34], input, put_anomaly_detector_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_composite_alarm(struct awsc_client *client,
                                        const struct awsc_cloudwatch_put_composite_alarm_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[35], input, NULL, err);
}

static void put_composite_alarm_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_put_composite_alarm_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_put_composite_alarm_async(struct awsc_client *client,
                                              const struct awsc_cloudwatch_put_composite_alarm_input *input,
                                              awsc_cloudwatch_put_composite_alarm_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[35], input, put_composite_alarm_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_dashboard(struct awsc_client *client,
                                  const struct awsc_cloudwatch_put_dashboard_input *input,
                                  struct awsc_cloudwatch_put_dashboard_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[36], input, output, err);
}

static void put_dashboard_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_put_dashboard_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_put_dashboard_async(struct awsc_client *client,
                                        const struct awsc_cloudwatch_put_dashboard_input *input,
                                        awsc_cloudwatch_put_dashboard_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[36], input, put_dashboard_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_insight_rule(struct awsc_client *client,
                                     const struct awsc_cloudwatch_put_insight_rule_input *input,
                                     struct awsc_cloudwatch_put_insight_rule_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[37], input, output, err);
}

static void put_insight_rule_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_put_insight_rule_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_put_insight_rule_async(struct awsc_client *client,
                                           const struct awsc_cloudwatch_put_insight_rule_input *input,
                                           awsc_cloudwatch_put_insight_rule_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[37], input, put_insight_rule_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_log_alarm(struct awsc_client *client,
                                  const struct awsc_cloudwatch_put_log_alarm_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[38], input, NULL, err);
}

static void put_log_alarm_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_put_log_alarm_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_put_log_alarm_async(struct awsc_client *client,
                                        const struct awsc_cloudwatch_put_log_alarm_input *input,
                                        awsc_cloudwatch_put_log_alarm_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[38], input, put_log_alarm_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_managed_insight_rules(struct awsc_client *client,
                                              const struct awsc_cloudwatch_put_managed_insight_rules_input *input,
                                              struct awsc_cloudwatch_put_managed_insight_rules_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[39], input, output, err);
}

static void put_managed_insight_rules_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_put_managed_insight_rules_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_put_managed_insight_rules_async(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_put_managed_insight_rules_input *input,
                                                    awsc_cloudwatch_put_managed_insight_rules_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[39], input, put_managed_insight_rules_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_metric_alarm(struct awsc_client *client,
                                     const struct awsc_cloudwatch_put_metric_alarm_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[40], input, NULL, err);
}

static void put_metric_alarm_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_put_metric_alarm_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_put_metric_alarm_async(struct awsc_client *client,
                                           const struct awsc_cloudwatch_put_metric_alarm_input *input,
                                           awsc_cloudwatch_put_metric_alarm_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[40], input, put_metric_alarm_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_metric_data(struct awsc_client *client,
                                    const struct awsc_cloudwatch_put_metric_data_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[41], input, NULL, err);
}

static void put_metric_data_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_put_metric_data_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_put_metric_data_async(struct awsc_client *client,
                                          const struct awsc_cloudwatch_put_metric_data_input *input,
                                          awsc_cloudwatch_put_metric_data_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[41], input, put_metric_data_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_put_metric_stream(struct awsc_client *client,
                                      const struct awsc_cloudwatch_put_metric_stream_input *input,
                                      struct awsc_cloudwatch_put_metric_stream_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[42], input, output, err);
}

static void put_metric_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_put_metric_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_put_metric_stream_async(struct awsc_client *client,
                                            const struct awsc_cloudwatch_put_metric_stream_input *input,
                                            awsc_cloudwatch_put_metric_stream_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[42], input, put_metric_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_set_alarm_state(struct awsc_client *client,
                                    const struct awsc_cloudwatch_set_alarm_state_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__cloudwatch_tables.operations[43], input, NULL, err);
}

static void set_alarm_state_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_cloudwatch_set_alarm_state_cb *)cb)(user_data, status, err);
}

int awsc_cloudwatch_set_alarm_state_async(struct awsc_client *client,
                                          const struct awsc_cloudwatch_set_alarm_state_input *input,
                                          awsc_cloudwatch_set_alarm_state_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[43], input, set_alarm_state_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_start_metric_streams(struct awsc_client *client,
                                         const struct awsc_cloudwatch_start_metric_streams_input *input,
                                         struct awsc_cloudwatch_start_metric_streams_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[44], input, output, err);
}

static void start_metric_streams_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_start_metric_streams_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_start_metric_streams_async(struct awsc_client *client,
                                               const struct awsc_cloudwatch_start_metric_streams_input *input,
                                               awsc_cloudwatch_start_metric_streams_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[44], input, start_metric_streams_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_start_o_tel_enrichment(struct awsc_client *client,
                                           const struct awsc_cloudwatch_start_o_tel_enrichment_input *input,
                                           struct awsc_cloudwatch_start_o_tel_enrichment_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[45], input, output, err);
}

static void start_o_tel_enrichment_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_start_o_tel_enrichment_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_start_o_tel_enrichment_async(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_start_o_tel_enrichment_input *input,
                                                 awsc_cloudwatch_start_o_tel_enrichment_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[45], input, start_o_tel_enrichment_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_stop_metric_streams(struct awsc_client *client,
                                        const struct awsc_cloudwatch_stop_metric_streams_input *input,
                                        struct awsc_cloudwatch_stop_metric_streams_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[46], input, output, err);
}

static void stop_metric_streams_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_stop_metric_streams_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_stop_metric_streams_async(struct awsc_client *client,
                                              const struct awsc_cloudwatch_stop_metric_streams_input *input,
                                              awsc_cloudwatch_stop_metric_streams_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[46], input, stop_metric_streams_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_stop_o_tel_enrichment(struct awsc_client *client,
                                          const struct awsc_cloudwatch_stop_o_tel_enrichment_input *input,
                                          struct awsc_cloudwatch_stop_o_tel_enrichment_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[47], input, output, err);
}

static void stop_o_tel_enrichment_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_stop_o_tel_enrichment_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_stop_o_tel_enrichment_async(struct awsc_client *client,
                                                const struct awsc_cloudwatch_stop_o_tel_enrichment_input *input,
                                                awsc_cloudwatch_stop_o_tel_enrichment_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[47], input, stop_o_tel_enrichment_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_tag_resource(struct awsc_client *client,
                                 const struct awsc_cloudwatch_tag_resource_input *input,
                                 struct awsc_cloudwatch_tag_resource_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[48], input, output, err);
}

static void tag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_tag_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_tag_resource_async(struct awsc_client *client,
                                       const struct awsc_cloudwatch_tag_resource_input *input,
                                       awsc_cloudwatch_tag_resource_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[48], input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_untag_resource(struct awsc_client *client,
                                   const struct awsc_cloudwatch_untag_resource_input *input,
                                   struct awsc_cloudwatch_untag_resource_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__cloudwatch_tables.operations[49], input, output, err);
}

static void untag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_cloudwatch_untag_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_cloudwatch_untag_resource_async(struct awsc_client *client,
                                         const struct awsc_cloudwatch_untag_resource_input *input,
                                         awsc_cloudwatch_untag_resource_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__cloudwatch_tables.operations[49], input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}
