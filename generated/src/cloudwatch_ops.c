/*
 * cloudwatch_ops.c - operations of CloudWatch: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/cloudwatch.h>
#include <awsc/shape.h>

#ifndef AWSC__CLOUDWATCH_TABLES
#define AWSC__CLOUDWATCH_TABLES
/* Every shape, member and name of CloudWatch in one object (cloudwatch_shapes.c). */
struct awsc__cloudwatch_tables {
    struct awsc_shape shapes[356];
    struct awsc_member members[529];
    uint16_t by_wire_name[529];
    struct awsc_range ranges[84];
    char strings[9249];
};
extern const struct awsc__cloudwatch_tables awsc__cloudwatch_tables;
#endif
extern const struct awsc_ruleset awsc__cloudwatch_ruleset;
static const struct awsc_shape *const op_AssociateDatasetKmsKey_errors[] = {
    &awsc__cloudwatch_tables.shapes[48],
    &awsc__cloudwatch_tables.shapes[193],
    &awsc__cloudwatch_tables.shapes[195],
    &awsc__cloudwatch_tables.shapes[196],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_AssociateDatasetKmsKey = {
    .name = "AssociateDatasetKmsKey",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[38],
    .output = &awsc__cloudwatch_tables.shapes[39],
    .errors = op_AssociateDatasetKmsKey_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "AssociateDatasetKmsKeyResult",
};

int awsc_cloudwatch_associate_dataset_kms_key(struct awsc_client *client,
                                              const struct awsc_cloudwatch_associate_dataset_kms_key_input *input,
                                              struct awsc_cloudwatch_associate_dataset_kms_key_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AssociateDatasetKmsKey, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_AssociateDatasetKmsKey, input, associate_dataset_kms_key_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_DeleteAlarmMuteRule = {
    .name = "DeleteAlarmMuteRule",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[74],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_delete_alarm_mute_rule(struct awsc_client *client,
                                           const struct awsc_cloudwatch_delete_alarm_mute_rule_input *input,
                                           struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteAlarmMuteRule, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DeleteAlarmMuteRule, input, delete_alarm_mute_rule_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteAlarms_errors[] = {
    &awsc__cloudwatch_tables.shapes[299],
    &awsc__cloudwatch_tables.shapes[303],
};

static const struct awsc_operation op_DeleteAlarms = {
    .name = "DeleteAlarms",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[75],
    .output = NULL,
    .errors = op_DeleteAlarms_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_delete_alarms(struct awsc_client *client,
                                  const struct awsc_cloudwatch_delete_alarms_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteAlarms, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DeleteAlarms, input, delete_alarms_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteAnomalyDetector_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[191],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_DeleteAnomalyDetector = {
    .name = "DeleteAnomalyDetector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[76],
    .output = &awsc__cloudwatch_tables.shapes[77],
    .errors = op_DeleteAnomalyDetector_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DeleteAnomalyDetectorResult",
};

int awsc_cloudwatch_delete_anomaly_detector(struct awsc_client *client,
                                            const struct awsc_cloudwatch_delete_anomaly_detector_input *input,
                                            struct awsc_cloudwatch_delete_anomaly_detector_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteAnomalyDetector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteAnomalyDetector, input, delete_anomaly_detector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteDashboards_errors[] = {
    &awsc__cloudwatch_tables.shapes[48],
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
};

static const struct awsc_operation op_DeleteDashboards = {
    .name = "DeleteDashboards",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[78],
    .output = &awsc__cloudwatch_tables.shapes[79],
    .errors = op_DeleteDashboards_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DeleteDashboardsResult",
};

int awsc_cloudwatch_delete_dashboards(struct awsc_client *client,
                                      const struct awsc_cloudwatch_delete_dashboards_input *input,
                                      struct awsc_cloudwatch_delete_dashboards_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteDashboards, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteDashboards, input, delete_dashboards_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteInsightRules_errors[] = {
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_DeleteInsightRules = {
    .name = "DeleteInsightRules",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[80],
    .output = &awsc__cloudwatch_tables.shapes[81],
    .errors = op_DeleteInsightRules_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DeleteInsightRulesResult",
};

int awsc_cloudwatch_delete_insight_rules(struct awsc_client *client,
                                         const struct awsc_cloudwatch_delete_insight_rules_input *input,
                                         struct awsc_cloudwatch_delete_insight_rules_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteInsightRules, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteInsightRules, input, delete_insight_rules_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteMetricStream_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_DeleteMetricStream = {
    .name = "DeleteMetricStream",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[82],
    .output = &awsc__cloudwatch_tables.shapes[83],
    .errors = op_DeleteMetricStream_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DeleteMetricStreamResult",
};

int awsc_cloudwatch_delete_metric_stream(struct awsc_client *client,
                                         const struct awsc_cloudwatch_delete_metric_stream_input *input,
                                         struct awsc_cloudwatch_delete_metric_stream_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteMetricStream, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteMetricStream, input, delete_metric_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAlarmContributors_errors[] = {
    &awsc__cloudwatch_tables.shapes[190],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_DescribeAlarmContributors = {
    .name = "DescribeAlarmContributors",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[84],
    .output = &awsc__cloudwatch_tables.shapes[85],
    .errors = op_DescribeAlarmContributors_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DescribeAlarmContributorsResult",
};

int awsc_cloudwatch_describe_alarm_contributors(struct awsc_client *client,
                                                const struct awsc_cloudwatch_describe_alarm_contributors_input *input,
                                                struct awsc_cloudwatch_describe_alarm_contributors_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAlarmContributors, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAlarmContributors, input, describe_alarm_contributors_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAlarmHistory_errors[] = {
    &awsc__cloudwatch_tables.shapes[190],
};

static const struct awsc_operation op_DescribeAlarmHistory = {
    .name = "DescribeAlarmHistory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[86],
    .output = &awsc__cloudwatch_tables.shapes[87],
    .errors = op_DescribeAlarmHistory_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DescribeAlarmHistoryResult",
};

int awsc_cloudwatch_describe_alarm_history(struct awsc_client *client,
                                           const struct awsc_cloudwatch_describe_alarm_history_input *input,
                                           struct awsc_cloudwatch_describe_alarm_history_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAlarmHistory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAlarmHistory, input, describe_alarm_history_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAlarms_errors[] = {
    &awsc__cloudwatch_tables.shapes[190],
};

static const struct awsc_operation op_DescribeAlarms = {
    .name = "DescribeAlarms",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[90],
    .output = &awsc__cloudwatch_tables.shapes[91],
    .errors = op_DescribeAlarms_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DescribeAlarmsResult",
};

int awsc_cloudwatch_describe_alarms(struct awsc_client *client,
                                    const struct awsc_cloudwatch_describe_alarms_input *input,
                                    struct awsc_cloudwatch_describe_alarms_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAlarms, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAlarms, input, describe_alarms_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_DescribeAlarmsForMetric = {
    .name = "DescribeAlarmsForMetric",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[88],
    .output = &awsc__cloudwatch_tables.shapes[89],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DescribeAlarmsForMetricResult",
};

int awsc_cloudwatch_describe_alarms_for_metric(struct awsc_client *client,
                                               const struct awsc_cloudwatch_describe_alarms_for_metric_input *input,
                                               struct awsc_cloudwatch_describe_alarms_for_metric_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAlarmsForMetric, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAlarmsForMetric, input, describe_alarms_for_metric_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAnomalyDetectors_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[190],
    &awsc__cloudwatch_tables.shapes[191],
    &awsc__cloudwatch_tables.shapes[192],
};

static const struct awsc_operation op_DescribeAnomalyDetectors = {
    .name = "DescribeAnomalyDetectors",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[92],
    .output = &awsc__cloudwatch_tables.shapes[93],
    .errors = op_DescribeAnomalyDetectors_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DescribeAnomalyDetectorsResult",
};

int awsc_cloudwatch_describe_anomaly_detectors(struct awsc_client *client,
                                               const struct awsc_cloudwatch_describe_anomaly_detectors_input *input,
                                               struct awsc_cloudwatch_describe_anomaly_detectors_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAnomalyDetectors, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAnomalyDetectors, input, describe_anomaly_detectors_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInsightRules_errors[] = {
    &awsc__cloudwatch_tables.shapes[190],
};

static const struct awsc_operation op_DescribeInsightRules = {
    .name = "DescribeInsightRules",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[94],
    .output = &awsc__cloudwatch_tables.shapes[95],
    .errors = op_DescribeInsightRules_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DescribeInsightRulesResult",
};

int awsc_cloudwatch_describe_insight_rules(struct awsc_client *client,
                                           const struct awsc_cloudwatch_describe_insight_rules_input *input,
                                           struct awsc_cloudwatch_describe_insight_rules_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInsightRules, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeInsightRules, input, describe_insight_rules_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_DisableAlarmActions = {
    .name = "DisableAlarmActions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[102],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_disable_alarm_actions(struct awsc_client *client,
                                          const struct awsc_cloudwatch_disable_alarm_actions_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &op_DisableAlarmActions, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DisableAlarmActions, input, disable_alarm_actions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DisableInsightRules_errors[] = {
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_DisableInsightRules = {
    .name = "DisableInsightRules",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[103],
    .output = &awsc__cloudwatch_tables.shapes[104],
    .errors = op_DisableInsightRules_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DisableInsightRulesResult",
};

int awsc_cloudwatch_disable_insight_rules(struct awsc_client *client,
                                          const struct awsc_cloudwatch_disable_insight_rules_input *input,
                                          struct awsc_cloudwatch_disable_insight_rules_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DisableInsightRules, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DisableInsightRules, input, disable_insight_rules_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DisassociateDatasetKmsKey_errors[] = {
    &awsc__cloudwatch_tables.shapes[48],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_DisassociateDatasetKmsKey = {
    .name = "DisassociateDatasetKmsKey",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[105],
    .output = &awsc__cloudwatch_tables.shapes[106],
    .errors = op_DisassociateDatasetKmsKey_errors,
    .error_count = 2,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "DisassociateDatasetKmsKeyResult",
};

int awsc_cloudwatch_disassociate_dataset_kms_key(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_disassociate_dataset_kms_key_input *input,
                                                 struct awsc_cloudwatch_disassociate_dataset_kms_key_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DisassociateDatasetKmsKey, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DisassociateDatasetKmsKey, input, disassociate_dataset_kms_key_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_EnableAlarmActions = {
    .name = "EnableAlarmActions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[108],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_enable_alarm_actions(struct awsc_client *client,
                                         const struct awsc_cloudwatch_enable_alarm_actions_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &op_EnableAlarmActions, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_EnableAlarmActions, input, enable_alarm_actions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_EnableInsightRules_errors[] = {
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[199],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_EnableInsightRules = {
    .name = "EnableInsightRules",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[109],
    .output = &awsc__cloudwatch_tables.shapes[110],
    .errors = op_EnableInsightRules_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "EnableInsightRulesResult",
};

int awsc_cloudwatch_enable_insight_rules(struct awsc_client *client,
                                         const struct awsc_cloudwatch_enable_insight_rules_input *input,
                                         struct awsc_cloudwatch_enable_insight_rules_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_EnableInsightRules, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_EnableInsightRules, input, enable_insight_rules_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAlarmMuteRule_errors[] = {
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_GetAlarmMuteRule = {
    .name = "GetAlarmMuteRule",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[136],
    .output = &awsc__cloudwatch_tables.shapes[137],
    .errors = op_GetAlarmMuteRule_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "GetAlarmMuteRuleResult",
};

int awsc_cloudwatch_get_alarm_mute_rule(struct awsc_client *client,
                                        const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                        struct awsc_cloudwatch_get_alarm_mute_rule_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAlarmMuteRule, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetAlarmMuteRule, input, get_alarm_mute_rule_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDashboard_errors[] = {
    &awsc__cloudwatch_tables.shapes[61],
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
};

static const struct awsc_operation op_GetDashboard = {
    .name = "GetDashboard",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[138],
    .output = &awsc__cloudwatch_tables.shapes[139],
    .errors = op_GetDashboard_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "GetDashboardResult",
};

int awsc_cloudwatch_get_dashboard(struct awsc_client *client,
                                  const struct awsc_cloudwatch_get_dashboard_input *input,
                                  struct awsc_cloudwatch_get_dashboard_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDashboard, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetDashboard, input, get_dashboard_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDataset_errors[] = {
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_GetDataset = {
    .name = "GetDataset",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[140],
    .output = &awsc__cloudwatch_tables.shapes[141],
    .errors = op_GetDataset_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "GetDatasetResult",
};

int awsc_cloudwatch_get_dataset(struct awsc_client *client,
                                const struct awsc_cloudwatch_get_dataset_input *input,
                                struct awsc_cloudwatch_get_dataset_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDataset, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetDataset, input, get_dataset_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetInsightRuleReport_errors[] = {
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_GetInsightRuleReport = {
    .name = "GetInsightRuleReport",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[142],
    .output = &awsc__cloudwatch_tables.shapes[143],
    .errors = op_GetInsightRuleReport_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "GetInsightRuleReportResult",
};

int awsc_cloudwatch_get_insight_rule_report(struct awsc_client *client,
                                            const struct awsc_cloudwatch_get_insight_rule_report_input *input,
                                            struct awsc_cloudwatch_get_insight_rule_report_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetInsightRuleReport, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetInsightRuleReport, input, get_insight_rule_report_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMetricData_errors[] = {
    &awsc__cloudwatch_tables.shapes[190],
};

static const struct awsc_operation op_GetMetricData = {
    .name = "GetMetricData",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[144],
    .output = &awsc__cloudwatch_tables.shapes[147],
    .errors = op_GetMetricData_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "GetMetricDataResult",
};

int awsc_cloudwatch_get_metric_data(struct awsc_client *client,
                                    const struct awsc_cloudwatch_get_metric_data_input *input,
                                    struct awsc_cloudwatch_get_metric_data_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMetricData, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetMetricData, input, get_metric_data_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMetricStatistics_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[191],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_GetMetricStatistics = {
    .name = "GetMetricStatistics",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[148],
    .output = &awsc__cloudwatch_tables.shapes[149],
    .errors = op_GetMetricStatistics_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "GetMetricStatisticsResult",
};

int awsc_cloudwatch_get_metric_statistics(struct awsc_client *client,
                                          const struct awsc_cloudwatch_get_metric_statistics_input *input,
                                          struct awsc_cloudwatch_get_metric_statistics_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMetricStatistics, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetMetricStatistics, input, get_metric_statistics_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMetricStream_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[191],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_GetMetricStream = {
    .name = "GetMetricStream",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[150],
    .output = &awsc__cloudwatch_tables.shapes[151],
    .errors = op_GetMetricStream_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "GetMetricStreamResult",
};

int awsc_cloudwatch_get_metric_stream(struct awsc_client *client,
                                      const struct awsc_cloudwatch_get_metric_stream_input *input,
                                      struct awsc_cloudwatch_get_metric_stream_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMetricStream, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetMetricStream, input, get_metric_stream_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_GetMetricWidgetImage = {
    .name = "GetMetricWidgetImage",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[152],
    .output = &awsc__cloudwatch_tables.shapes[153],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "GetMetricWidgetImageResult",
};

int awsc_cloudwatch_get_metric_widget_image(struct awsc_client *client,
                                            const struct awsc_cloudwatch_get_metric_widget_image_input *input,
                                            struct awsc_cloudwatch_get_metric_widget_image_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMetricWidgetImage, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetMetricWidgetImage, input, get_metric_widget_image_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_GetOTelEnrichment = {
    .name = "GetOTelEnrichment",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[154],
    .output = &awsc__cloudwatch_tables.shapes[155],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "GetOTelEnrichmentResult",
};

int awsc_cloudwatch_get_o_tel_enrichment(struct awsc_client *client,
                                         const struct awsc_cloudwatch_get_o_tel_enrichment_input *input,
                                         struct awsc_cloudwatch_get_o_tel_enrichment_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOTelEnrichment, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetOTelEnrichment, input, get_o_tel_enrichment_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAlarmMuteRules_errors[] = {
    &awsc__cloudwatch_tables.shapes[190],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_ListAlarmMuteRules = {
    .name = "ListAlarmMuteRules",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[201],
    .output = &awsc__cloudwatch_tables.shapes[202],
    .errors = op_ListAlarmMuteRules_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "ListAlarmMuteRulesResult",
};

int awsc_cloudwatch_list_alarm_mute_rules(struct awsc_client *client,
                                          const struct awsc_cloudwatch_list_alarm_mute_rules_input *input,
                                          struct awsc_cloudwatch_list_alarm_mute_rules_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAlarmMuteRules, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListAlarmMuteRules, input, list_alarm_mute_rules_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDashboards_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
};

static const struct awsc_operation op_ListDashboards = {
    .name = "ListDashboards",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[203],
    .output = &awsc__cloudwatch_tables.shapes[204],
    .errors = op_ListDashboards_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "ListDashboardsResult",
};

int awsc_cloudwatch_list_dashboards(struct awsc_client *client,
                                    const struct awsc_cloudwatch_list_dashboards_input *input,
                                    struct awsc_cloudwatch_list_dashboards_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDashboards, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListDashboards, input, list_dashboards_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListManagedInsightRules_errors[] = {
    &awsc__cloudwatch_tables.shapes[190],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_ListManagedInsightRules = {
    .name = "ListManagedInsightRules",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[205],
    .output = &awsc__cloudwatch_tables.shapes[206],
    .errors = op_ListManagedInsightRules_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "ListManagedInsightRulesResult",
};

int awsc_cloudwatch_list_managed_insight_rules(struct awsc_client *client,
                                               const struct awsc_cloudwatch_list_managed_insight_rules_input *input,
                                               struct awsc_cloudwatch_list_managed_insight_rules_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListManagedInsightRules, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListManagedInsightRules, input, list_managed_insight_rules_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListMetricStreams_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[190],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_ListMetricStreams = {
    .name = "ListMetricStreams",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[207],
    .output = &awsc__cloudwatch_tables.shapes[209],
    .errors = op_ListMetricStreams_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "ListMetricStreamsResult",
};

int awsc_cloudwatch_list_metric_streams(struct awsc_client *client,
                                        const struct awsc_cloudwatch_list_metric_streams_input *input,
                                        struct awsc_cloudwatch_list_metric_streams_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListMetricStreams, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListMetricStreams, input, list_metric_streams_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListMetrics_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
};

static const struct awsc_operation op_ListMetrics = {
    .name = "ListMetrics",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[210],
    .output = &awsc__cloudwatch_tables.shapes[211],
    .errors = op_ListMetrics_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "ListMetricsResult",
};

int awsc_cloudwatch_list_metrics(struct awsc_client *client,
                                 const struct awsc_cloudwatch_list_metrics_input *input,
                                 struct awsc_cloudwatch_list_metrics_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListMetrics, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListMetrics, input, list_metrics_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTagsForResource_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_ListTagsForResource = {
    .name = "ListTagsForResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[212],
    .output = &awsc__cloudwatch_tables.shapes[213],
    .errors = op_ListTagsForResource_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "ListTagsForResourceResult",
};

int awsc_cloudwatch_list_tags_for_resource(struct awsc_client *client,
                                           const struct awsc_cloudwatch_list_tags_for_resource_input *input,
                                           struct awsc_cloudwatch_list_tags_for_resource_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTagsForResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListTagsForResource, input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutAlarmMuteRule_errors[] = {
    &awsc__cloudwatch_tables.shapes[200],
};

static const struct awsc_operation op_PutAlarmMuteRule = {
    .name = "PutAlarmMuteRule",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[277],
    .output = NULL,
    .errors = op_PutAlarmMuteRule_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_put_alarm_mute_rule(struct awsc_client *client,
                                        const struct awsc_cloudwatch_put_alarm_mute_rule_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &op_PutAlarmMuteRule, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_PutAlarmMuteRule, input, put_alarm_mute_rule_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutAnomalyDetector_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[191],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[199],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_PutAnomalyDetector = {
    .name = "PutAnomalyDetector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[278],
    .output = &awsc__cloudwatch_tables.shapes[279],
    .errors = op_PutAnomalyDetector_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "PutAnomalyDetectorResult",
};

int awsc_cloudwatch_put_anomaly_detector(struct awsc_client *client,
                                         const struct awsc_cloudwatch_put_anomaly_detector_input *input,
                                         struct awsc_cloudwatch_put_anomaly_detector_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutAnomalyDetector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutAnomalyDetector, input, put_anomaly_detector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutCompositeAlarm_errors[] = {
    &awsc__cloudwatch_tables.shapes[200],
};

static const struct awsc_operation op_PutCompositeAlarm = {
    .name = "PutCompositeAlarm",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[280],
    .output = NULL,
    .errors = op_PutCompositeAlarm_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_put_composite_alarm(struct awsc_client *client,
                                        const struct awsc_cloudwatch_put_composite_alarm_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &op_PutCompositeAlarm, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_PutCompositeAlarm, input, put_composite_alarm_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutDashboard_errors[] = {
    &awsc__cloudwatch_tables.shapes[48],
    &awsc__cloudwatch_tables.shapes[57],
    &awsc__cloudwatch_tables.shapes[188],
};

static const struct awsc_operation op_PutDashboard = {
    .name = "PutDashboard",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[281],
    .output = &awsc__cloudwatch_tables.shapes[282],
    .errors = op_PutDashboard_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "PutDashboardResult",
};

int awsc_cloudwatch_put_dashboard(struct awsc_client *client,
                                  const struct awsc_cloudwatch_put_dashboard_input *input,
                                  struct awsc_cloudwatch_put_dashboard_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutDashboard, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutDashboard, input, put_dashboard_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutInsightRule_errors[] = {
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[199],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_PutInsightRule = {
    .name = "PutInsightRule",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[283],
    .output = &awsc__cloudwatch_tables.shapes[284],
    .errors = op_PutInsightRule_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "PutInsightRuleResult",
};

int awsc_cloudwatch_put_insight_rule(struct awsc_client *client,
                                     const struct awsc_cloudwatch_put_insight_rule_input *input,
                                     struct awsc_cloudwatch_put_insight_rule_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutInsightRule, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutInsightRule, input, put_insight_rule_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutLogAlarm_errors[] = {
    &awsc__cloudwatch_tables.shapes[200],
    &awsc__cloudwatch_tables.shapes[299],
};

static const struct awsc_operation op_PutLogAlarm = {
    .name = "PutLogAlarm",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[285],
    .output = NULL,
    .errors = op_PutLogAlarm_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_put_log_alarm(struct awsc_client *client,
                                  const struct awsc_cloudwatch_put_log_alarm_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_PutLogAlarm, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_PutLogAlarm, input, put_log_alarm_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutManagedInsightRules_errors[] = {
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_PutManagedInsightRules = {
    .name = "PutManagedInsightRules",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[286],
    .output = &awsc__cloudwatch_tables.shapes[287],
    .errors = op_PutManagedInsightRules_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "PutManagedInsightRulesResult",
};

int awsc_cloudwatch_put_managed_insight_rules(struct awsc_client *client,
                                              const struct awsc_cloudwatch_put_managed_insight_rules_input *input,
                                              struct awsc_cloudwatch_put_managed_insight_rules_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutManagedInsightRules, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutManagedInsightRules, input, put_managed_insight_rules_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutMetricAlarm_errors[] = {
    &awsc__cloudwatch_tables.shapes[200],
};

static const struct awsc_operation op_PutMetricAlarm = {
    .name = "PutMetricAlarm",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[288],
    .output = NULL,
    .errors = op_PutMetricAlarm_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_put_metric_alarm(struct awsc_client *client,
                                     const struct awsc_cloudwatch_put_metric_alarm_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &op_PutMetricAlarm, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_PutMetricAlarm, input, put_metric_alarm_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutMetricData_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[191],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_PutMetricData = {
    .name = "PutMetricData",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[289],
    .output = NULL,
    .errors = op_PutMetricData_errors,
    .error_count = 4,
    .flags = AWSC_OF_COMPRESS_GZIP,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_put_metric_data(struct awsc_client *client,
                                    const struct awsc_cloudwatch_put_metric_data_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_PutMetricData, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_PutMetricData, input, put_metric_data_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutMetricStream_errors[] = {
    &awsc__cloudwatch_tables.shapes[47],
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[191],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_PutMetricStream = {
    .name = "PutMetricStream",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[290],
    .output = &awsc__cloudwatch_tables.shapes[291],
    .errors = op_PutMetricStream_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "PutMetricStreamResult",
};

int awsc_cloudwatch_put_metric_stream(struct awsc_client *client,
                                      const struct awsc_cloudwatch_put_metric_stream_input *input,
                                      struct awsc_cloudwatch_put_metric_stream_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutMetricStream, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutMetricStream, input, put_metric_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SetAlarmState_errors[] = {
    &awsc__cloudwatch_tables.shapes[189],
    &awsc__cloudwatch_tables.shapes[303],
};

static const struct awsc_operation op_SetAlarmState = {
    .name = "SetAlarmState",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[313],
    .output = NULL,
    .errors = op_SetAlarmState_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
};

int awsc_cloudwatch_set_alarm_state(struct awsc_client *client,
                                    const struct awsc_cloudwatch_set_alarm_state_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_SetAlarmState, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_SetAlarmState, input, set_alarm_state_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartMetricStreams_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_StartMetricStreams = {
    .name = "StartMetricStreams",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[318],
    .output = &awsc__cloudwatch_tables.shapes[319],
    .errors = op_StartMetricStreams_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "StartMetricStreamsResult",
};

int awsc_cloudwatch_start_metric_streams(struct awsc_client *client,
                                         const struct awsc_cloudwatch_start_metric_streams_input *input,
                                         struct awsc_cloudwatch_start_metric_streams_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartMetricStreams, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StartMetricStreams, input, start_metric_streams_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_StartOTelEnrichment = {
    .name = "StartOTelEnrichment",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[320],
    .output = &awsc__cloudwatch_tables.shapes[321],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "StartOTelEnrichmentResult",
};

int awsc_cloudwatch_start_o_tel_enrichment(struct awsc_client *client,
                                           const struct awsc_cloudwatch_start_o_tel_enrichment_input *input,
                                           struct awsc_cloudwatch_start_o_tel_enrichment_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartOTelEnrichment, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StartOTelEnrichment, input, start_o_tel_enrichment_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StopMetricStreams_errors[] = {
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[263],
};

static const struct awsc_operation op_StopMetricStreams = {
    .name = "StopMetricStreams",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[331],
    .output = &awsc__cloudwatch_tables.shapes[332],
    .errors = op_StopMetricStreams_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "StopMetricStreamsResult",
};

int awsc_cloudwatch_stop_metric_streams(struct awsc_client *client,
                                        const struct awsc_cloudwatch_stop_metric_streams_input *input,
                                        struct awsc_cloudwatch_stop_metric_streams_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StopMetricStreams, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StopMetricStreams, input, stop_metric_streams_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_StopOTelEnrichment = {
    .name = "StopOTelEnrichment",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[333],
    .output = &awsc__cloudwatch_tables.shapes[334],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "StopOTelEnrichmentResult",
};

int awsc_cloudwatch_stop_o_tel_enrichment(struct awsc_client *client,
                                          const struct awsc_cloudwatch_stop_o_tel_enrichment_input *input,
                                          struct awsc_cloudwatch_stop_o_tel_enrichment_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StopOTelEnrichment, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StopOTelEnrichment, input, stop_o_tel_enrichment_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagResource_errors[] = {
    &awsc__cloudwatch_tables.shapes[47],
    &awsc__cloudwatch_tables.shapes[48],
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_TagResource = {
    .name = "TagResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[343],
    .output = &awsc__cloudwatch_tables.shapes[344],
    .errors = op_TagResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "TagResourceResult",
};

int awsc_cloudwatch_tag_resource(struct awsc_client *client,
                                 const struct awsc_cloudwatch_tag_resource_input *input,
                                 struct awsc_cloudwatch_tag_resource_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_TagResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_TagResource, input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagResource_errors[] = {
    &awsc__cloudwatch_tables.shapes[47],
    &awsc__cloudwatch_tables.shapes[48],
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[304],
};

static const struct awsc_operation op_UntagResource = {
    .name = "UntagResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__cloudwatch_tables.shapes[352],
    .output = &awsc__cloudwatch_tables.shapes[353],
    .errors = op_UntagResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_cloudwatch_service,
    .result_wrapper = "UntagResourceResult",
};

int awsc_cloudwatch_untag_resource(struct awsc_client *client,
                                   const struct awsc_cloudwatch_untag_resource_input *input,
                                   struct awsc_cloudwatch_untag_resource_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UntagResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UntagResource, input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AssociateDatasetKmsKey,
    &op_DeleteAlarmMuteRule,
    &op_DeleteAlarms,
    &op_DeleteAnomalyDetector,
    &op_DeleteDashboards,
    &op_DeleteInsightRules,
    &op_DeleteMetricStream,
    &op_DescribeAlarmContributors,
    &op_DescribeAlarmHistory,
    &op_DescribeAlarms,
    &op_DescribeAlarmsForMetric,
    &op_DescribeAnomalyDetectors,
    &op_DescribeInsightRules,
    &op_DisableAlarmActions,
    &op_DisableInsightRules,
    &op_DisassociateDatasetKmsKey,
    &op_EnableAlarmActions,
    &op_EnableInsightRules,
    &op_GetAlarmMuteRule,
    &op_GetDashboard,
    &op_GetDataset,
    &op_GetInsightRuleReport,
    &op_GetMetricData,
    &op_GetMetricStatistics,
    &op_GetMetricStream,
    &op_GetMetricWidgetImage,
    &op_GetOTelEnrichment,
    &op_ListAlarmMuteRules,
    &op_ListDashboards,
    &op_ListManagedInsightRules,
    &op_ListMetricStreams,
    &op_ListMetrics,
    &op_ListTagsForResource,
    &op_PutAlarmMuteRule,
    &op_PutAnomalyDetector,
    &op_PutCompositeAlarm,
    &op_PutDashboard,
    &op_PutInsightRule,
    &op_PutLogAlarm,
    &op_PutManagedInsightRules,
    &op_PutMetricAlarm,
    &op_PutMetricData,
    &op_PutMetricStream,
    &op_SetAlarmState,
    &op_StartMetricStreams,
    &op_StartOTelEnrichment,
    &op_StopMetricStreams,
    &op_StopOTelEnrichment,
    &op_TagResource,
    &op_UntagResource,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__cloudwatch_tables.shapes[47],
    &awsc__cloudwatch_tables.shapes[48],
    &awsc__cloudwatch_tables.shapes[188],
    &awsc__cloudwatch_tables.shapes[189],
    &awsc__cloudwatch_tables.shapes[190],
    &awsc__cloudwatch_tables.shapes[191],
    &awsc__cloudwatch_tables.shapes[57],
    &awsc__cloudwatch_tables.shapes[192],
    &awsc__cloudwatch_tables.shapes[193],
    &awsc__cloudwatch_tables.shapes[195],
    &awsc__cloudwatch_tables.shapes[196],
    &awsc__cloudwatch_tables.shapes[200],
    &awsc__cloudwatch_tables.shapes[199],
    &awsc__cloudwatch_tables.shapes[263],
    &awsc__cloudwatch_tables.shapes[299],
    &awsc__cloudwatch_tables.shapes[61],
    &awsc__cloudwatch_tables.shapes[303],
    &awsc__cloudwatch_tables.shapes[304],
};

const struct awsc_service awsc_cloudwatch_service = {
    .name = "cloudwatch",
    .service_id = "CloudWatch",
    .full_name = "Amazon CloudWatch",
    .api_version = "2010-08-01",
    .endpoint_prefix = "monitoring",
    .signing_name = "monitoring",
    .target_prefix = "GraniteServiceVersion20100801",
    .json_version = "1.0",
    .xml_namespace = "http://monitoring.amazonaws.com/doc/2010-08-01/",
    .env_name = "CLOUDWATCH",
    .protocol = AWSC_PROTO_JSON,
    .operations = operations,
    .operation_count = 50,
    .errors = errors,
    .error_count = 18,
    .flags = AWSC_SVC_QUERY_COMPATIBLE,
    .ruleset = &awsc__cloudwatch_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__cloudwatch_pagers.paginators,
    .paginator_count = 7,
#endif
#if AWSC_WITH_WAITERS
    .waiters = awsc__cloudwatch_pagers.waiters,
    .waiter_count = 4,
#endif
};
