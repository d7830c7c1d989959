/*
 * awsc/cloudwatch.h - Amazon CloudWatch (CloudWatch, API 2010-08-01).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_CLOUDWATCH_H
#define AWSC_CLOUDWATCH_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_cloudwatch_service() to awsc_client_new(), or use
 * awsc_cloudwatch_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_cloudwatch_service(void);

static inline int awsc_cloudwatch_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_cloudwatch_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* ActionsSuppressedBy: members of this type are strings; parse them with
 * awsc_cloudwatch_actions_suppressed_by_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_ACTIONS_SUPPRESSED_BY_UNKNOWN. */
enum awsc_cloudwatch_actions_suppressed_by {
    AWSC_CLOUDWATCH_ACTIONS_SUPPRESSED_BY_UNKNOWN = 0,
    AWSC_CLOUDWATCH_ACTIONS_SUPPRESSED_BY_WAIT_PERIOD = 1, /* WaitPeriod */
    AWSC_CLOUDWATCH_ACTIONS_SUPPRESSED_BY_EXTENSION_PERIOD = 2, /* ExtensionPeriod */
    AWSC_CLOUDWATCH_ACTIONS_SUPPRESSED_BY_ALARM = 3 /* Alarm */
};
AWSC_API enum awsc_cloudwatch_actions_suppressed_by awsc_cloudwatch_actions_suppressed_by_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_actions_suppressed_by_str(enum awsc_cloudwatch_actions_suppressed_by value);

/* AlarmMuteRuleStatus: members of this type are strings; parse them with
 * awsc_cloudwatch_alarm_mute_rule_status_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_ALARM_MUTE_RULE_STATUS_UNKNOWN. */
enum awsc_cloudwatch_alarm_mute_rule_status {
    AWSC_CLOUDWATCH_ALARM_MUTE_RULE_STATUS_UNKNOWN = 0,
    AWSC_CLOUDWATCH_ALARM_MUTE_RULE_STATUS_SCHEDULED = 1, /* SCHEDULED */
    AWSC_CLOUDWATCH_ALARM_MUTE_RULE_STATUS_ACTIVE = 2, /* ACTIVE */
    AWSC_CLOUDWATCH_ALARM_MUTE_RULE_STATUS_EXPIRED = 3 /* EXPIRED */
};
AWSC_API enum awsc_cloudwatch_alarm_mute_rule_status awsc_cloudwatch_alarm_mute_rule_status_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_alarm_mute_rule_status_str(enum awsc_cloudwatch_alarm_mute_rule_status value);

/* AlarmType: members of this type are strings; parse them with
 * awsc_cloudwatch_alarm_type_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_ALARM_TYPE_UNKNOWN. */
enum awsc_cloudwatch_alarm_type {
    AWSC_CLOUDWATCH_ALARM_TYPE_UNKNOWN = 0,
    AWSC_CLOUDWATCH_ALARM_TYPE_COMPOSITE_ALARM = 1, /* CompositeAlarm */
    AWSC_CLOUDWATCH_ALARM_TYPE_METRIC_ALARM = 2, /* MetricAlarm */
    AWSC_CLOUDWATCH_ALARM_TYPE_LOG_ALARM = 3 /* LogAlarm */
};
AWSC_API enum awsc_cloudwatch_alarm_type awsc_cloudwatch_alarm_type_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_alarm_type_str(enum awsc_cloudwatch_alarm_type value);

/* AnomalyDetectorStateValue: members of this type are strings; parse them with
 * awsc_cloudwatch_anomaly_detector_state_value_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_ANOMALY_DETECTOR_STATE_VALUE_UNKNOWN. */
enum awsc_cloudwatch_anomaly_detector_state_value {
    AWSC_CLOUDWATCH_ANOMALY_DETECTOR_STATE_VALUE_UNKNOWN = 0,
    AWSC_CLOUDWATCH_ANOMALY_DETECTOR_STATE_VALUE_PENDING_TRAINING = 1, /* PENDING_TRAINING */
    AWSC_CLOUDWATCH_ANOMALY_DETECTOR_STATE_VALUE_TRAINED_INSUFFICIENT_DATA = 2, /* TRAINED_INSUFFICIENT_DATA */
    AWSC_CLOUDWATCH_ANOMALY_DETECTOR_STATE_VALUE_TRAINED = 3 /* TRAINED */
};
AWSC_API enum awsc_cloudwatch_anomaly_detector_state_value awsc_cloudwatch_anomaly_detector_state_value_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_anomaly_detector_state_value_str(enum awsc_cloudwatch_anomaly_detector_state_value value);

/* AnomalyDetectorType: members of this type are strings; parse them with
 * awsc_cloudwatch_anomaly_detector_type_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_ANOMALY_DETECTOR_TYPE_UNKNOWN. */
enum awsc_cloudwatch_anomaly_detector_type {
    AWSC_CLOUDWATCH_ANOMALY_DETECTOR_TYPE_UNKNOWN = 0,
    AWSC_CLOUDWATCH_ANOMALY_DETECTOR_TYPE_SINGLE_METRIC = 1, /* SINGLE_METRIC */
    AWSC_CLOUDWATCH_ANOMALY_DETECTOR_TYPE_METRIC_MATH = 2 /* METRIC_MATH */
};
AWSC_API enum awsc_cloudwatch_anomaly_detector_type awsc_cloudwatch_anomaly_detector_type_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_anomaly_detector_type_str(enum awsc_cloudwatch_anomaly_detector_type value);

/* ComparisonOperator: members of this type are strings; parse them with
 * awsc_cloudwatch_comparison_operator_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_COMPARISON_OPERATOR_UNKNOWN. */
enum awsc_cloudwatch_comparison_operator {
    AWSC_CLOUDWATCH_COMPARISON_OPERATOR_UNKNOWN = 0,
    AWSC_CLOUDWATCH_COMPARISON_OPERATOR_GREATER_THAN_OR_EQUAL_TO_THRESHOLD = 1, /* GreaterThanOrEqualToThreshold */
    AWSC_CLOUDWATCH_COMPARISON_OPERATOR_GREATER_THAN_THRESHOLD = 2, /* GreaterThanThreshold */
    AWSC_CLOUDWATCH_COMPARISON_OPERATOR_LESS_THAN_THRESHOLD = 3, /* LessThanThreshold */
    AWSC_CLOUDWATCH_COMPARISON_OPERATOR_LESS_THAN_OR_EQUAL_TO_THRESHOLD = 4, /* LessThanOrEqualToThreshold */
    AWSC_CLOUDWATCH_COMPARISON_OPERATOR_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD = 5, /* LessThanLowerOrGreaterThanUpperThreshold */
    AWSC_CLOUDWATCH_COMPARISON_OPERATOR_LESS_THAN_LOWER_THRESHOLD = 6, /* LessThanLowerThreshold */
    AWSC_CLOUDWATCH_COMPARISON_OPERATOR_GREATER_THAN_UPPER_THRESHOLD = 7 /* GreaterThanUpperThreshold */
};
AWSC_API enum awsc_cloudwatch_comparison_operator awsc_cloudwatch_comparison_operator_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_comparison_operator_str(enum awsc_cloudwatch_comparison_operator value);

/* EvaluationState: members of this type are strings; parse them with
 * awsc_cloudwatch_evaluation_state_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_EVALUATION_STATE_UNKNOWN. */
enum awsc_cloudwatch_evaluation_state {
    AWSC_CLOUDWATCH_EVALUATION_STATE_UNKNOWN = 0,
    AWSC_CLOUDWATCH_EVALUATION_STATE_PARTIAL_DATA = 1, /* PARTIAL_DATA */
    AWSC_CLOUDWATCH_EVALUATION_STATE_EVALUATION_FAILURE = 2, /* EVALUATION_FAILURE */
    AWSC_CLOUDWATCH_EVALUATION_STATE_EVALUATION_ERROR = 3 /* EVALUATION_ERROR */
};
AWSC_API enum awsc_cloudwatch_evaluation_state awsc_cloudwatch_evaluation_state_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_evaluation_state_str(enum awsc_cloudwatch_evaluation_state value);

/* HistoryItemType: members of this type are strings; parse them with
 * awsc_cloudwatch_history_item_type_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_HISTORY_ITEM_TYPE_UNKNOWN. */
enum awsc_cloudwatch_history_item_type {
    AWSC_CLOUDWATCH_HISTORY_ITEM_TYPE_UNKNOWN = 0,
    AWSC_CLOUDWATCH_HISTORY_ITEM_TYPE_CONFIGURATION_UPDATE = 1, /* ConfigurationUpdate */
    AWSC_CLOUDWATCH_HISTORY_ITEM_TYPE_STATE_UPDATE = 2, /* StateUpdate */
    AWSC_CLOUDWATCH_HISTORY_ITEM_TYPE_ACTION = 3, /* Action */
    AWSC_CLOUDWATCH_HISTORY_ITEM_TYPE_ALARM_CONTRIBUTOR_STATE_UPDATE = 4, /* AlarmContributorStateUpdate */
    AWSC_CLOUDWATCH_HISTORY_ITEM_TYPE_ALARM_CONTRIBUTOR_ACTION = 5 /* AlarmContributorAction */
};
AWSC_API enum awsc_cloudwatch_history_item_type awsc_cloudwatch_history_item_type_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_history_item_type_str(enum awsc_cloudwatch_history_item_type value);

/* MetricStreamOutputFormat: members of this type are strings; parse them with
 * awsc_cloudwatch_metric_stream_output_format_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_METRIC_STREAM_OUTPUT_FORMAT_UNKNOWN. */
enum awsc_cloudwatch_metric_stream_output_format {
    AWSC_CLOUDWATCH_METRIC_STREAM_OUTPUT_FORMAT_UNKNOWN = 0,
    AWSC_CLOUDWATCH_METRIC_STREAM_OUTPUT_FORMAT_JSON = 1, /* json */
    AWSC_CLOUDWATCH_METRIC_STREAM_OUTPUT_FORMAT_OPENTELEMETRY0_7 = 2, /* opentelemetry0.7 */
    AWSC_CLOUDWATCH_METRIC_STREAM_OUTPUT_FORMAT_OPENTELEMETRY1_0 = 3 /* opentelemetry1.0 */
};
AWSC_API enum awsc_cloudwatch_metric_stream_output_format awsc_cloudwatch_metric_stream_output_format_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_metric_stream_output_format_str(enum awsc_cloudwatch_metric_stream_output_format value);

/* OTelEnrichmentStatus: members of this type are strings; parse them with
 * awsc_cloudwatch_o_tel_enrichment_status_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_OTEL_ENRICHMENT_STATUS_UNKNOWN. */
enum awsc_cloudwatch_o_tel_enrichment_status {
    AWSC_CLOUDWATCH_OTEL_ENRICHMENT_STATUS_UNKNOWN = 0,
    AWSC_CLOUDWATCH_OTEL_ENRICHMENT_STATUS_RUNNING = 1, /* Running */
    AWSC_CLOUDWATCH_OTEL_ENRICHMENT_STATUS_STOPPED = 2 /* Stopped */
};
AWSC_API enum awsc_cloudwatch_o_tel_enrichment_status awsc_cloudwatch_o_tel_enrichment_status_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_o_tel_enrichment_status_str(enum awsc_cloudwatch_o_tel_enrichment_status value);

/* RecentlyActive: members of this type are strings; parse them with
 * awsc_cloudwatch_recently_active_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_RECENTLY_ACTIVE_UNKNOWN. */
enum awsc_cloudwatch_recently_active {
    AWSC_CLOUDWATCH_RECENTLY_ACTIVE_UNKNOWN = 0,
    AWSC_CLOUDWATCH_RECENTLY_ACTIVE_PT3_H = 1 /* PT3H */
};
AWSC_API enum awsc_cloudwatch_recently_active awsc_cloudwatch_recently_active_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_recently_active_str(enum awsc_cloudwatch_recently_active value);

/* ScanBy: members of this type are strings; parse them with
 * awsc_cloudwatch_scan_by_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_SCAN_BY_UNKNOWN. */
enum awsc_cloudwatch_scan_by {
    AWSC_CLOUDWATCH_SCAN_BY_UNKNOWN = 0,
    AWSC_CLOUDWATCH_SCAN_BY_TIMESTAMP_DESCENDING = 1, /* TimestampDescending */
    AWSC_CLOUDWATCH_SCAN_BY_TIMESTAMP_ASCENDING = 2 /* TimestampAscending */
};
AWSC_API enum awsc_cloudwatch_scan_by awsc_cloudwatch_scan_by_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_scan_by_str(enum awsc_cloudwatch_scan_by value);

/* StandardUnit: members of this type are strings; parse them with
 * awsc_cloudwatch_standard_unit_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_STANDARD_UNIT_UNKNOWN. */
enum awsc_cloudwatch_standard_unit {
    AWSC_CLOUDWATCH_STANDARD_UNIT_UNKNOWN = 0,
    AWSC_CLOUDWATCH_STANDARD_UNIT_SECONDS = 1, /* Seconds */
    AWSC_CLOUDWATCH_STANDARD_UNIT_MICROSECONDS = 2, /* Microseconds */
    AWSC_CLOUDWATCH_STANDARD_UNIT_MILLISECONDS = 3, /* Milliseconds */
    AWSC_CLOUDWATCH_STANDARD_UNIT_BYTES = 4, /* Bytes */
    AWSC_CLOUDWATCH_STANDARD_UNIT_KILOBYTES = 5, /* Kilobytes */
    AWSC_CLOUDWATCH_STANDARD_UNIT_MEGABYTES = 6, /* Megabytes */
    AWSC_CLOUDWATCH_STANDARD_UNIT_GIGABYTES = 7, /* Gigabytes */
    AWSC_CLOUDWATCH_STANDARD_UNIT_TERABYTES = 8, /* Terabytes */
    AWSC_CLOUDWATCH_STANDARD_UNIT_BITS = 9, /* Bits */
    AWSC_CLOUDWATCH_STANDARD_UNIT_KILOBITS = 10, /* Kilobits */
    AWSC_CLOUDWATCH_STANDARD_UNIT_MEGABITS = 11, /* Megabits */
    AWSC_CLOUDWATCH_STANDARD_UNIT_GIGABITS = 12, /* Gigabits */
    AWSC_CLOUDWATCH_STANDARD_UNIT_TERABITS = 13, /* Terabits */
    AWSC_CLOUDWATCH_STANDARD_UNIT_PERCENT = 14, /* Percent */
    AWSC_CLOUDWATCH_STANDARD_UNIT_COUNT = 15, /* Count */
    AWSC_CLOUDWATCH_STANDARD_UNIT_BYTES_SECOND = 16, /* Bytes/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_KILOBYTES_SECOND = 17, /* Kilobytes/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_MEGABYTES_SECOND = 18, /* Megabytes/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_GIGABYTES_SECOND = 19, /* Gigabytes/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_TERABYTES_SECOND = 20, /* Terabytes/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_BITS_SECOND = 21, /* Bits/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_KILOBITS_SECOND = 22, /* Kilobits/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_MEGABITS_SECOND = 23, /* Megabits/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_GIGABITS_SECOND = 24, /* Gigabits/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_TERABITS_SECOND = 25, /* Terabits/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_COUNT_SECOND = 26, /* Count/Second */
    AWSC_CLOUDWATCH_STANDARD_UNIT_NONE = 27 /* None */
};
AWSC_API enum awsc_cloudwatch_standard_unit awsc_cloudwatch_standard_unit_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_standard_unit_str(enum awsc_cloudwatch_standard_unit value);

/* StateValue: members of this type are strings; parse them with
 * awsc_cloudwatch_state_value_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_STATE_VALUE_UNKNOWN. */
enum awsc_cloudwatch_state_value {
    AWSC_CLOUDWATCH_STATE_VALUE_UNKNOWN = 0,
    AWSC_CLOUDWATCH_STATE_VALUE_OK = 1, /* OK */
    AWSC_CLOUDWATCH_STATE_VALUE_ALARM = 2, /* ALARM */
    AWSC_CLOUDWATCH_STATE_VALUE_INSUFFICIENT_DATA = 3 /* INSUFFICIENT_DATA */
};
AWSC_API enum awsc_cloudwatch_state_value awsc_cloudwatch_state_value_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_state_value_str(enum awsc_cloudwatch_state_value value);

/* Statistic: members of this type are strings; parse them with
 * awsc_cloudwatch_statistic_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_STATISTIC_UNKNOWN. */
enum awsc_cloudwatch_statistic {
    AWSC_CLOUDWATCH_STATISTIC_UNKNOWN = 0,
    AWSC_CLOUDWATCH_STATISTIC_SAMPLE_COUNT = 1, /* SampleCount */
    AWSC_CLOUDWATCH_STATISTIC_AVERAGE = 2, /* Average */
    AWSC_CLOUDWATCH_STATISTIC_SUM = 3, /* Sum */
    AWSC_CLOUDWATCH_STATISTIC_MINIMUM = 4, /* Minimum */
    AWSC_CLOUDWATCH_STATISTIC_MAXIMUM = 5 /* Maximum */
};
AWSC_API enum awsc_cloudwatch_statistic awsc_cloudwatch_statistic_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_statistic_str(enum awsc_cloudwatch_statistic value);

/* StatusCode: members of this type are strings; parse them with
 * awsc_cloudwatch_status_code_parse(). Values newer than this model parse as
 * AWSC_CLOUDWATCH_STATUS_CODE_UNKNOWN. */
enum awsc_cloudwatch_status_code {
    AWSC_CLOUDWATCH_STATUS_CODE_UNKNOWN = 0,
    AWSC_CLOUDWATCH_STATUS_CODE_COMPLETE = 1, /* Complete */
    AWSC_CLOUDWATCH_STATUS_CODE_INTERNAL_ERROR = 2, /* InternalError */
    AWSC_CLOUDWATCH_STATUS_CODE_PARTIAL_DATA = 3, /* PartialData */
    AWSC_CLOUDWATCH_STATUS_CODE_FORBIDDEN = 4 /* Forbidden */
};
AWSC_API enum awsc_cloudwatch_status_code awsc_cloudwatch_status_code_parse(const char *value);
AWSC_API const char *awsc_cloudwatch_status_code_str(enum awsc_cloudwatch_status_code value);

/* ----------------------------------------------------------- structures */

struct awsc_cloudwatch_alarm_contributor;
struct awsc_cloudwatch_alarm_history_item;
struct awsc_cloudwatch_alarm_mute_rule_summary;
struct awsc_cloudwatch_alarm_prom_ql_criteria;
struct awsc_cloudwatch_anomaly_detector;
struct awsc_cloudwatch_anomaly_detector_configuration;
struct awsc_cloudwatch_associate_dataset_kms_key_input;
struct awsc_cloudwatch_associate_dataset_kms_key_output;
struct awsc_cloudwatch_composite_alarm;
struct awsc_cloudwatch_concurrent_modification_exception;
struct awsc_cloudwatch_conflict_exception;
struct awsc_cloudwatch_dashboard_entry;
struct awsc_cloudwatch_dashboard_invalid_input_error;
struct awsc_cloudwatch_dashboard_not_found_error;
struct awsc_cloudwatch_dashboard_validation_message;
struct awsc_cloudwatch_datapoint;
struct awsc_cloudwatch_delete_alarm_mute_rule_input;
struct awsc_cloudwatch_delete_alarms_input;
struct awsc_cloudwatch_delete_anomaly_detector_input;
struct awsc_cloudwatch_delete_anomaly_detector_output;
struct awsc_cloudwatch_delete_dashboards_input;
struct awsc_cloudwatch_delete_dashboards_output;
struct awsc_cloudwatch_delete_insight_rules_input;
struct awsc_cloudwatch_delete_insight_rules_output;
struct awsc_cloudwatch_delete_metric_stream_input;
struct awsc_cloudwatch_delete_metric_stream_output;
struct awsc_cloudwatch_describe_alarm_contributors_input;
struct awsc_cloudwatch_describe_alarm_contributors_output;
struct awsc_cloudwatch_describe_alarm_history_input;
struct awsc_cloudwatch_describe_alarm_history_output;
struct awsc_cloudwatch_describe_alarms_for_metric_input;
struct awsc_cloudwatch_describe_alarms_for_metric_output;
struct awsc_cloudwatch_describe_alarms_input;
struct awsc_cloudwatch_describe_alarms_output;
struct awsc_cloudwatch_describe_anomaly_detectors_input;
struct awsc_cloudwatch_describe_anomaly_detectors_output;
struct awsc_cloudwatch_describe_insight_rules_input;
struct awsc_cloudwatch_describe_insight_rules_output;
struct awsc_cloudwatch_dimension;
struct awsc_cloudwatch_dimension_filter;
struct awsc_cloudwatch_disable_alarm_actions_input;
struct awsc_cloudwatch_disable_insight_rules_input;
struct awsc_cloudwatch_disable_insight_rules_output;
struct awsc_cloudwatch_disassociate_dataset_kms_key_input;
struct awsc_cloudwatch_disassociate_dataset_kms_key_output;
struct awsc_cloudwatch_enable_alarm_actions_input;
struct awsc_cloudwatch_enable_insight_rules_input;
struct awsc_cloudwatch_enable_insight_rules_output;
struct awsc_cloudwatch_entity;
struct awsc_cloudwatch_entity_metric_data;
struct awsc_cloudwatch_evaluation_criteria;
struct awsc_cloudwatch_evaluation_window;
struct awsc_cloudwatch_get_alarm_mute_rule_input;
struct awsc_cloudwatch_get_alarm_mute_rule_output;
struct awsc_cloudwatch_get_dashboard_input;
struct awsc_cloudwatch_get_dashboard_output;
struct awsc_cloudwatch_get_dataset_input;
struct awsc_cloudwatch_get_dataset_output;
struct awsc_cloudwatch_get_insight_rule_report_input;
struct awsc_cloudwatch_get_insight_rule_report_output;
struct awsc_cloudwatch_get_metric_data_input;
struct awsc_cloudwatch_get_metric_data_output;
struct awsc_cloudwatch_get_metric_statistics_input;
struct awsc_cloudwatch_get_metric_statistics_output;
struct awsc_cloudwatch_get_metric_stream_input;
struct awsc_cloudwatch_get_metric_stream_output;
struct awsc_cloudwatch_get_metric_widget_image_input;
struct awsc_cloudwatch_get_metric_widget_image_output;
struct awsc_cloudwatch_get_o_tel_enrichment_input;
struct awsc_cloudwatch_get_o_tel_enrichment_output;
struct awsc_cloudwatch_insight_rule;
struct awsc_cloudwatch_insight_rule_contributor;
struct awsc_cloudwatch_insight_rule_contributor_datapoint;
struct awsc_cloudwatch_insight_rule_metric_datapoint;
struct awsc_cloudwatch_internal_service_fault;
struct awsc_cloudwatch_invalid_format_fault;
struct awsc_cloudwatch_invalid_next_token;
struct awsc_cloudwatch_invalid_parameter_combination_exception;
struct awsc_cloudwatch_invalid_parameter_value_exception;
struct awsc_cloudwatch_kms_access_denied_exception;
struct awsc_cloudwatch_kms_key_disabled_exception;
struct awsc_cloudwatch_kms_key_not_found_exception;
struct awsc_cloudwatch_label_options;
struct awsc_cloudwatch_limit_exceeded_exception;
struct awsc_cloudwatch_limit_exceeded_fault;
struct awsc_cloudwatch_list_alarm_mute_rules_input;
struct awsc_cloudwatch_list_alarm_mute_rules_output;
struct awsc_cloudwatch_list_dashboards_input;
struct awsc_cloudwatch_list_dashboards_output;
struct awsc_cloudwatch_list_managed_insight_rules_input;
struct awsc_cloudwatch_list_managed_insight_rules_output;
struct awsc_cloudwatch_list_metric_streams_input;
struct awsc_cloudwatch_list_metric_streams_output;
struct awsc_cloudwatch_list_metrics_input;
struct awsc_cloudwatch_list_metrics_output;
struct awsc_cloudwatch_list_tags_for_resource_input;
struct awsc_cloudwatch_list_tags_for_resource_output;
struct awsc_cloudwatch_log_alarm;
struct awsc_cloudwatch_managed_rule;
struct awsc_cloudwatch_managed_rule_description;
struct awsc_cloudwatch_managed_rule_state;
struct awsc_cloudwatch_message_data;
struct awsc_cloudwatch_metric;
struct awsc_cloudwatch_metric_alarm;
struct awsc_cloudwatch_metric_characteristics;
struct awsc_cloudwatch_metric_data_query;
struct awsc_cloudwatch_metric_data_result;
struct awsc_cloudwatch_metric_datum;
struct awsc_cloudwatch_metric_math_anomaly_detector;
struct awsc_cloudwatch_metric_stat;
struct awsc_cloudwatch_metric_stream_entry;
struct awsc_cloudwatch_metric_stream_filter;
struct awsc_cloudwatch_metric_stream_statistics_configuration;
struct awsc_cloudwatch_metric_stream_statistics_metric;
struct awsc_cloudwatch_missing_required_parameter_exception;
struct awsc_cloudwatch_mute_targets;
struct awsc_cloudwatch_partial_failure;
struct awsc_cloudwatch_put_alarm_mute_rule_input;
struct awsc_cloudwatch_put_anomaly_detector_input;
struct awsc_cloudwatch_put_anomaly_detector_output;
struct awsc_cloudwatch_put_composite_alarm_input;
struct awsc_cloudwatch_put_dashboard_input;
struct awsc_cloudwatch_put_dashboard_output;
struct awsc_cloudwatch_put_insight_rule_input;
struct awsc_cloudwatch_put_insight_rule_output;
struct awsc_cloudwatch_put_log_alarm_input;
struct awsc_cloudwatch_put_managed_insight_rules_input;
struct awsc_cloudwatch_put_managed_insight_rules_output;
struct awsc_cloudwatch_put_metric_alarm_input;
struct awsc_cloudwatch_put_metric_data_input;
struct awsc_cloudwatch_put_metric_stream_input;
struct awsc_cloudwatch_put_metric_stream_output;
struct awsc_cloudwatch_range;
struct awsc_cloudwatch_resource_conflict;
struct awsc_cloudwatch_resource_not_found;
struct awsc_cloudwatch_resource_not_found_exception;
struct awsc_cloudwatch_rule;
struct awsc_cloudwatch_schedule;
struct awsc_cloudwatch_schedule_configuration;
struct awsc_cloudwatch_scheduled_query_configuration;
struct awsc_cloudwatch_set_alarm_state_input;
struct awsc_cloudwatch_single_metric_anomaly_detector;
struct awsc_cloudwatch_sliding_window;
struct awsc_cloudwatch_start_metric_streams_input;
struct awsc_cloudwatch_start_metric_streams_output;
struct awsc_cloudwatch_start_o_tel_enrichment_input;
struct awsc_cloudwatch_start_o_tel_enrichment_output;
struct awsc_cloudwatch_statistic_set;
struct awsc_cloudwatch_stop_metric_streams_input;
struct awsc_cloudwatch_stop_metric_streams_output;
struct awsc_cloudwatch_stop_o_tel_enrichment_input;
struct awsc_cloudwatch_stop_o_tel_enrichment_output;
struct awsc_cloudwatch_tag;
struct awsc_cloudwatch_tag_resource_input;
struct awsc_cloudwatch_tag_resource_output;
struct awsc_cloudwatch_untag_resource_input;
struct awsc_cloudwatch_untag_resource_output;
struct awsc_cloudwatch_wall_clock_window;
struct awsc_cloudwatch_entity_attributes_map_entry;
struct awsc_cloudwatch_datapoint_value_map_entry;

/* AlarmContributors: a list of AlarmContributor. */
struct awsc_cloudwatch_alarm_contributors {
    struct awsc_cloudwatch_alarm_contributor *items;
    size_t count;
};

/* AlarmHistoryItems: a list of AlarmHistoryItem. */
struct awsc_cloudwatch_alarm_history_items {
    struct awsc_cloudwatch_alarm_history_item *items;
    size_t count;
};

/*
 * ResourceList: a list of ResourceName.
 * Also the type of AlarmMuteRuleStatuses, AlarmNames, AlarmTypes,
 * AnomalyDetectorIds, AnomalyDetectorTypes, DashboardNames,
 * ExtendedStatistics, InsightRuleContributorKeyLabels,
 * InsightRuleContributorKeys, InsightRuleMetricList, InsightRuleNames,
 * LogGroupIdentifiers, MetricStreamFilterMetricNames, MetricStreamNames,
 * MetricStreamStatisticsAdditionalStatistics, MuteTargetAlarmNameList,
 * OwningAccounts, Statistics, TagKeyList.
 */
struct awsc_cloudwatch_resource_list {
    const char **items;
    size_t count;
};

/* AlarmMuteRuleSummaries: a list of AlarmMuteRuleSummary. */
struct awsc_cloudwatch_alarm_mute_rule_summaries {
    struct awsc_cloudwatch_alarm_mute_rule_summary *items;
    size_t count;
};

/* AnomalyDetectorExcludedTimeRanges: a list of Range. */
struct awsc_cloudwatch_anomaly_detector_excluded_time_ranges {
    struct awsc_cloudwatch_range *items;
    size_t count;
};

/* AnomalyDetectors: a list of AnomalyDetector. */
struct awsc_cloudwatch_anomaly_detectors {
    struct awsc_cloudwatch_anomaly_detector *items;
    size_t count;
};

/* BatchFailures: a list of PartialFailure. */
struct awsc_cloudwatch_batch_failures {
    struct awsc_cloudwatch_partial_failure *items;
    size_t count;
};

/* CompositeAlarms: a list of CompositeAlarm. */
struct awsc_cloudwatch_composite_alarms {
    struct awsc_cloudwatch_composite_alarm *items;
    size_t count;
};

/*
 * Counts: a list of DatapointValue.
 * Also the type of DatapointValues, Values.
 */
struct awsc_cloudwatch_counts {
    double *items;
    size_t count;
};

/* DashboardEntries: a list of DashboardEntry. */
struct awsc_cloudwatch_dashboard_entries {
    struct awsc_cloudwatch_dashboard_entry *items;
    size_t count;
};

/* DashboardValidationMessages: a list of DashboardValidationMessage. */
struct awsc_cloudwatch_dashboard_validation_messages {
    struct awsc_cloudwatch_dashboard_validation_message *items;
    size_t count;
};

/* Datapoints: a list of Datapoint. */
struct awsc_cloudwatch_datapoints {
    struct awsc_cloudwatch_datapoint *items;
    size_t count;
};

/* DimensionFilters: a list of DimensionFilter. */
struct awsc_cloudwatch_dimension_filters {
    struct awsc_cloudwatch_dimension_filter *items;
    size_t count;
};

/* Dimensions: a list of Dimension. */
struct awsc_cloudwatch_dimensions {
    struct awsc_cloudwatch_dimension *items;
    size_t count;
};

/* EntityMetricDataList: a list of EntityMetricData. */
struct awsc_cloudwatch_entity_metric_data_list {
    struct awsc_cloudwatch_entity_metric_data *items;
    size_t count;
};

/* InsightRuleContributorDatapoints: a list of InsightRuleContributorDatapoint. */
struct awsc_cloudwatch_insight_rule_contributor_datapoints {
    struct awsc_cloudwatch_insight_rule_contributor_datapoint *items;
    size_t count;
};

/* InsightRuleContributors: a list of InsightRuleContributor. */
struct awsc_cloudwatch_insight_rule_contributors {
    struct awsc_cloudwatch_insight_rule_contributor *items;
    size_t count;
};

/* InsightRuleMetricDatapoints: a list of InsightRuleMetricDatapoint. */
struct awsc_cloudwatch_insight_rule_metric_datapoints {
    struct awsc_cloudwatch_insight_rule_metric_datapoint *items;
    size_t count;
};

/* InsightRules: a list of InsightRule. */
struct awsc_cloudwatch_insight_rules {
    struct awsc_cloudwatch_insight_rule *items;
    size_t count;
};

/* LogAlarms: a list of LogAlarm. */
struct awsc_cloudwatch_log_alarms {
    struct awsc_cloudwatch_log_alarm *items;
    size_t count;
};

/* ManagedRuleDescriptions: a list of ManagedRuleDescription. */
struct awsc_cloudwatch_managed_rule_descriptions {
    struct awsc_cloudwatch_managed_rule_description *items;
    size_t count;
};

/* ManagedRules: a list of ManagedRule. */
struct awsc_cloudwatch_managed_rules {
    struct awsc_cloudwatch_managed_rule *items;
    size_t count;
};

/* MetricAlarms: a list of MetricAlarm. */
struct awsc_cloudwatch_metric_alarms {
    struct awsc_cloudwatch_metric_alarm *items;
    size_t count;
};

/* MetricData: a list of MetricDatum. */
struct awsc_cloudwatch_metric_data {
    struct awsc_cloudwatch_metric_datum *items;
    size_t count;
};

/* MetricDataQueries: a list of MetricDataQuery. */
struct awsc_cloudwatch_metric_data_queries {
    struct awsc_cloudwatch_metric_data_query *items;
    size_t count;
};

/* MetricDataResultMessages: a list of MessageData. */
struct awsc_cloudwatch_metric_data_result_messages {
    struct awsc_cloudwatch_message_data *items;
    size_t count;
};

/* MetricDataResults: a list of MetricDataResult. */
struct awsc_cloudwatch_metric_data_results {
    struct awsc_cloudwatch_metric_data_result *items;
    size_t count;
};

/* MetricStreamEntries: a list of MetricStreamEntry. */
struct awsc_cloudwatch_metric_stream_entries {
    struct awsc_cloudwatch_metric_stream_entry *items;
    size_t count;
};

/* MetricStreamFilters: a list of MetricStreamFilter. */
struct awsc_cloudwatch_metric_stream_filters {
    struct awsc_cloudwatch_metric_stream_filter *items;
    size_t count;
};

/* MetricStreamStatisticsConfigurations: a list of MetricStreamStatisticsConfiguration. */
struct awsc_cloudwatch_metric_stream_statistics_configurations {
    struct awsc_cloudwatch_metric_stream_statistics_configuration *items;
    size_t count;
};

/* MetricStreamStatisticsIncludeMetrics: a list of MetricStreamStatisticsMetric. */
struct awsc_cloudwatch_metric_stream_statistics_include_metrics {
    struct awsc_cloudwatch_metric_stream_statistics_metric *items;
    size_t count;
};

/* Metrics: a list of Metric. */
struct awsc_cloudwatch_metrics {
    struct awsc_cloudwatch_metric *items;
    size_t count;
};

/* TagList: a list of Tag. */
struct awsc_cloudwatch_tag_list {
    struct awsc_cloudwatch_tag *items;
    size_t count;
};

/* Timestamps: a list of Timestamp. */
struct awsc_cloudwatch_timestamps {
    struct awsc_timestamp *items;
    size_t count;
};

/*
 * EntityAttributesMap: a map from EntityAttributesMapKeyString to EntityAttributesMapValueString.
 * Also the type of ContributorAttributes, EntityKeyAttributesMap.
 */
struct awsc_cloudwatch_entity_attributes_map {
    struct awsc_cloudwatch_entity_attributes_map_entry *entries;
    size_t count;
};

/* DatapointValueMap: a map from ExtendedStatistic to DatapointValue. */
struct awsc_cloudwatch_datapoint_value_map {
    struct awsc_cloudwatch_datapoint_value_map_entry *entries;
    size_t count;
};

/*
 * Represents an individual contributor to a multi-timeseries alarm, containing
 * information about a specific time series and its contribution to the alarm's
 * state.
 */
struct awsc_cloudwatch_alarm_contributor {
    /* ContributorId: The unique identifier for this alarm contributor. Required. */
    const char *contributor_id;
    /* ContributorAttributes: A map of attributes that describe the contributor,
     * such as metric dimensions and other identifying characteristics. Required. */
    struct awsc_cloudwatch_entity_attributes_map contributor_attributes;
    /* StateReason: An explanation for the contributor's current state, providing
     * context about why it is in its current condition. Required. */
    const char *state_reason;
    /* StateTransitionedTimestamp: The timestamp when the contributor last
     * transitioned to its current state. */
    bool has_state_transitioned_timestamp;
    struct awsc_timestamp state_transitioned_timestamp;
};

/*
 * Represents the history of a specific alarm.
 */
struct awsc_cloudwatch_alarm_history_item {
    /* AlarmName: The descriptive name for the alarm. */
    const char *alarm_name;
    /* AlarmContributorId: The unique identifier of the alarm contributor
     * associated with this history item, if applicable. */
    const char *alarm_contributor_id;
    /* AlarmType: The type of alarm, either metric alarm or composite alarm. One of
     * enum awsc_cloudwatch_alarm_type's values (as its string). */
    const char *alarm_type;
    /* Timestamp: The time stamp for the alarm history item. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
    /* HistoryItemType: The type of alarm history item. One of enum
     * awsc_cloudwatch_history_item_type's values (as its string). */
    const char *history_item_type;
    /* HistorySummary: A summary of the alarm history, in text format. */
    const char *history_summary;
    /* HistoryData: Data about the alarm, in JSON format. */
    const char *history_data;
    /* AlarmContributorAttributes: A map of attributes that describe the alarm
     * contributor associated with this history item, providing context about the
     * contributor's characteristics at the time of the event. */
    struct awsc_cloudwatch_entity_attributes_map alarm_contributor_attributes;
};

/*
 * Summary information about an alarm mute rule, including its name, status,
 * and configuration details.
 */
struct awsc_cloudwatch_alarm_mute_rule_summary {
    /* AlarmMuteRuleArn: The Amazon Resource Name (ARN) of the alarm mute rule. */
    const char *alarm_mute_rule_arn;
    /* ExpireDate: The date and time when the mute rule expires and is no longer
     * evaluated. This field is only present if an expiration date was configured. */
    bool has_expire_date;
    struct awsc_timestamp expire_date;
    /* Status: The current status of the alarm mute rule. Valid values are
     * SCHEDULED , ACTIVE , or EXPIRED . One of enum
     * awsc_cloudwatch_alarm_mute_rule_status's values (as its string). */
    const char *status;
    /* MuteType: Indicates whether the mute rule is one-time or recurring. Valid
     * values are ONE_TIME or RECURRING . */
    const char *mute_type;
    /* LastUpdatedTimestamp: The date and time when the mute rule was last updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
};

/*
 * Contains the configuration that determines how a PromQL alarm evaluates its
 * contributors, including the query to run and the durations that define when
 * contributors transition between states.
 */
struct awsc_cloudwatch_alarm_prom_ql_criteria {
    /* Query: The PromQL query that the alarm evaluates. The query must return a
     * result of vector type. Each entry in the vector result represents an alarm
     * contributor. Required. */
    const char *query;
    /* PendingPeriod: The duration, in seconds, that a contributor must be
     * continuously breaching before it transitions to the ALARM state. */
    bool has_pending_period;
    int32_t pending_period;
    /* RecoveryPeriod: The duration, in seconds, that a contributor must
     * continuously not be breaching before it transitions back to the OK state. */
    bool has_recovery_period;
    int32_t recovery_period;
};

/*
 * An anomaly detection model associated with a particular CloudWatch metric,
 * statistic, or metric math expression. You can use the model to display a
 * band of expected, normal values when the metric is graphed.
 */
struct awsc_cloudwatch_anomaly_detector {
    /* AnomalyDetectorId: The unique identifier of the anomaly detector. The
     * identifier does not restrict access to a specific anomaly detector in an IAM
     * policy. */
    const char *anomaly_detector_id;
    /* Namespace: The namespace of the metric associated with the anomaly detection
     * model. */
    const char *namespace_;
    /* MetricName: The name of the metric associated with the anomaly detection
     * model. */
    const char *metric_name;
    /* Dimensions: The metric dimensions associated with the anomaly detection
     * model. */
    struct awsc_cloudwatch_dimensions dimensions;
    /* Stat: The statistic associated with the anomaly detection model. */
    const char *stat;
    /* Configuration: The configuration specifies details about how the anomaly
     * detection model is to be trained, including time ranges to exclude from use
     * for training the model, and the time zone to use for the metric. */
    struct awsc_cloudwatch_anomaly_detector_configuration *configuration;
    /* StateValue: The current status of the anomaly detector's training. One of
     * enum awsc_cloudwatch_anomaly_detector_state_value's values (as its string). */
    const char *state_value;
    /* MetricCharacteristics: This object includes parameters that you can use to
     * provide information about your metric to CloudWatch to help it build more
     * accurate anomaly detection models. */
    struct awsc_cloudwatch_metric_characteristics *metric_characteristics;
    /* SingleMetricAnomalyDetector: The CloudWatch metric and statistic for this
     * anomaly detector. */
    struct awsc_cloudwatch_single_metric_anomaly_detector *single_metric_anomaly_detector;
    /* MetricMathAnomalyDetector: The CloudWatch metric math expression for this
     * anomaly detector. */
    struct awsc_cloudwatch_metric_math_anomaly_detector *metric_math_anomaly_detector;
};

/*
 * The configuration specifies details about how the anomaly detection model is
 * to be trained, including time ranges to exclude from use for training the
 * model and the time zone to use for the metric.
 */
struct awsc_cloudwatch_anomaly_detector_configuration {
    /* ExcludedTimeRanges: An array of time ranges to exclude from use when the
     * anomaly detection model is trained. */
    struct awsc_cloudwatch_anomaly_detector_excluded_time_ranges excluded_time_ranges;
    /* MetricTimezone: The time zone to use for the metric. This is useful to
     * enable the model to automatically account for daylight savings time changes
     * if the metric is sensitive to such time changes. */
    const char *metric_timezone;
};

/* AssociateDatasetKmsKeyInput */
struct awsc_cloudwatch_associate_dataset_kms_key_input {
    /* DatasetIdentifier: Specifies the identifier of the dataset that you want to
     * associate the KMS key with. Required. */
    const char *dataset_identifier;
    /* KmsKeyArn: Specifies the Amazon Resource Name (ARN) of the customer managed
     * KMS key to associate with the dataset. Required. */
    const char *kms_key_arn;
};

/* AssociateDatasetKmsKeyOutput */
struct awsc_cloudwatch_associate_dataset_kms_key_output {
    char unused_; /* no members */
};

/*
 * The details about a composite alarm.
 */
struct awsc_cloudwatch_composite_alarm {
    /* ActionsEnabled: Indicates whether actions should be executed during any
     * changes to the alarm state. */
    bool has_actions_enabled;
    bool actions_enabled;
    /* AlarmActions: The actions to execute when this alarm transitions to the
     * ALARM state from any other state. Each action is specified as an Amazon
     * Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list alarm_actions;
    /* AlarmArn: The Amazon Resource Name (ARN) of the alarm. */
    const char *alarm_arn;
    /* AlarmConfigurationUpdatedTimestamp: The time stamp of the last update to the
     * alarm configuration. */
    bool has_alarm_configuration_updated_timestamp;
    struct awsc_timestamp alarm_configuration_updated_timestamp;
    /* AlarmDescription: The description of the alarm. */
    const char *alarm_description;
    /* AlarmName: The name of the alarm. */
    const char *alarm_name;
    /* AlarmRule: The rule that this alarm uses to evaluate its alarm state. */
    const char *alarm_rule;
    /* InsufficientDataActions: The actions to execute when this alarm transitions
     * to the INSUFFICIENT_DATA state from any other state. Each action is
     * specified as an Amazon Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list insufficient_data_actions;
    /* OKActions: The actions to execute when this alarm transitions to the OK
     * state from any other state. Each action is specified as an Amazon Resource
     * Name (ARN). */
    struct awsc_cloudwatch_resource_list ok_actions;
    /* StateReason: An explanation for the alarm state, in text format. */
    const char *state_reason;
    /* StateReasonData: An explanation for the alarm state, in JSON format. */
    const char *state_reason_data;
    /* StateUpdatedTimestamp: Tracks the timestamp of any state update, even if
     * StateValue doesn't change. */
    bool has_state_updated_timestamp;
    struct awsc_timestamp state_updated_timestamp;
    /* StateValue: The state value for the alarm. One of enum
     * awsc_cloudwatch_state_value's values (as its string). */
    const char *state_value;
    /* StateTransitionedTimestamp: The timestamp of the last change to the alarm's
     * StateValue . */
    bool has_state_transitioned_timestamp;
    struct awsc_timestamp state_transitioned_timestamp;
    /* ActionsSuppressedBy: When the value is ALARM , it means that the actions are
     * suppressed because the suppressor alarm is in ALARM When the value is
     * WaitPeriod , it means that the actions are suppressed because the ... One of
     * enum awsc_cloudwatch_actions_suppressed_by's values (as its string). */
    const char *actions_suppressed_by;
    /* ActionsSuppressedReason: Captures the reason for action suppression. */
    const char *actions_suppressed_reason;
    /* ActionsSuppressor: Actions will be suppressed if the suppressor alarm is in
     * the ALARM state. ActionsSuppressor can be an AlarmName or an Amazon Resource
     * Name (ARN) from an existing alarm. */
    const char *actions_suppressor;
    /* ActionsSuppressorWaitPeriod: The maximum time in seconds that the composite
     * alarm waits for the suppressor alarm to go into the ALARM state. After this
     * time, the composite alarm performs its actions. */
    bool has_actions_suppressor_wait_period;
    int32_t actions_suppressor_wait_period;
    /* ActionsSuppressorExtensionPeriod: The maximum time in seconds that the
     * composite alarm waits after suppressor alarm goes out of the ALARM state.
     * After this time, the composite alarm performs its actions. */
    bool has_actions_suppressor_extension_period;
    int32_t actions_suppressor_extension_period;
};

/*
 * More than one process tried to modify a resource at the same time.
 */
struct awsc_cloudwatch_concurrent_modification_exception {
    char unused_; /* no members */
};

/*
 * This operation attempted to create a resource that already exists.
 */
struct awsc_cloudwatch_conflict_exception {
    /* Message: */
    const char *message;
};

/*
 * Represents a specific dashboard.
 */
struct awsc_cloudwatch_dashboard_entry {
    /* DashboardName: The name of the dashboard. */
    const char *dashboard_name;
    /* DashboardArn: The Amazon Resource Name (ARN) of the dashboard. */
    const char *dashboard_arn;
    /* LastModified: The time stamp of when the dashboard was last modified, either
     * by an API call or through the console. This number is expressed as the
     * number of milliseconds since Jan 1, 1970 00:00:00 UTC. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* Size: The size of the dashboard, in bytes. */
    bool has_size;
    int64_t size;
};

/*
 * Some part of the dashboard data is invalid.
 */
struct awsc_cloudwatch_dashboard_invalid_input_error {
    /* message: */
    const char *message;
    /* dashboardValidationMessages: */
    struct awsc_cloudwatch_dashboard_validation_messages dashboard_validation_messages;
};

/*
 * The specified dashboard does not exist.
 */
struct awsc_cloudwatch_dashboard_not_found_error {
    /* message: */
    const char *message;
};

/*
 * An error or warning for the operation.
 */
struct awsc_cloudwatch_dashboard_validation_message {
    /* DataPath: The data path related to the message. */
    const char *data_path;
    /* Message: A message describing the error or warning. */
    const char *message;
};

/*
 * Encapsulates the statistical data that CloudWatch computes from metric data.
 */
struct awsc_cloudwatch_datapoint {
    /* Timestamp: The time stamp used for the data point. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
    /* SampleCount: The number of metric values that contributed to the aggregate
     * value of this data point. */
    bool has_sample_count;
    double sample_count;
    /* Average: The average of the metric values that correspond to the data point. */
    bool has_average;
    double average;
    /* Sum: The sum of the metric values for the data point. */
    bool has_sum;
    double sum;
    /* Minimum: The minimum metric value for the data point. */
    bool has_minimum;
    double minimum;
    /* Maximum: The maximum metric value for the data point. */
    bool has_maximum;
    double maximum;
    /* Unit: The standard unit for the data point. One of enum
     * awsc_cloudwatch_standard_unit's values (as its string). */
    const char *unit;
    /* ExtendedStatistics: The percentile statistic for the data point. */
    struct awsc_cloudwatch_datapoint_value_map extended_statistics;
};

/* DeleteAlarmMuteRuleInput */
struct awsc_cloudwatch_delete_alarm_mute_rule_input {
    /* AlarmMuteRuleName: The name of the alarm mute rule to delete. Required. */
    const char *alarm_mute_rule_name;
};

/* DeleteAlarmsInput */
struct awsc_cloudwatch_delete_alarms_input {
    /* AlarmNames: The alarms to be deleted. Do not enclose the alarm names in
     * quote marks. Required. */
    struct awsc_cloudwatch_resource_list alarm_names;
};

/* DeleteAnomalyDetectorInput */
struct awsc_cloudwatch_delete_anomaly_detector_input {
    /* AnomalyDetectorId: Specifies the unique identifier of the anomaly detector
     * to delete. If you specify this parameter, you do not need to specify a
     * metric to identify the detector. */
    const char *anomaly_detector_id;
    /* Namespace: The namespace associated with the anomaly detection model to
     * delete. */
    const char *namespace_;
    /* MetricName: The metric name associated with the anomaly detection model to
     * delete. */
    const char *metric_name;
    /* Dimensions: The metric dimensions associated with the anomaly detection
     * model to delete. */
    struct awsc_cloudwatch_dimensions dimensions;
    /* Stat: The statistic associated with the anomaly detection model to delete. */
    const char *stat;
    /* SingleMetricAnomalyDetector: A single metric anomaly detector to be deleted. */
    struct awsc_cloudwatch_single_metric_anomaly_detector *single_metric_anomaly_detector;
    /* MetricMathAnomalyDetector: The metric math anomaly detector to be deleted. */
    struct awsc_cloudwatch_metric_math_anomaly_detector *metric_math_anomaly_detector;
};

/* DeleteAnomalyDetectorOutput */
struct awsc_cloudwatch_delete_anomaly_detector_output {
    char unused_; /* no members */
};

/* DeleteDashboardsInput */
struct awsc_cloudwatch_delete_dashboards_input {
    /* DashboardNames: The dashboards to be deleted. This parameter is required.
     * Required. */
    struct awsc_cloudwatch_resource_list dashboard_names;
};

/* DeleteDashboardsOutput */
struct awsc_cloudwatch_delete_dashboards_output {
    char unused_; /* no members */
};

/* DeleteInsightRulesInput */
struct awsc_cloudwatch_delete_insight_rules_input {
    /* RuleNames: An array of the rule names to delete. If you need to find out the
     * names of your rules, use DescribeInsightRules . Required. */
    struct awsc_cloudwatch_resource_list rule_names;
};

/* DeleteInsightRulesOutput */
struct awsc_cloudwatch_delete_insight_rules_output {
    /* Failures: An array listing the rules that could not be deleted. You cannot
     * delete built-in rules. */
    struct awsc_cloudwatch_batch_failures failures;
};

/* DeleteMetricStreamInput */
struct awsc_cloudwatch_delete_metric_stream_input {
    /* Name: The name of the metric stream to delete. Required. */
    const char *name;
};

/* DeleteMetricStreamOutput */
struct awsc_cloudwatch_delete_metric_stream_output {
    char unused_; /* no members */
};

/* DescribeAlarmContributorsInput */
struct awsc_cloudwatch_describe_alarm_contributors_input {
    /* AlarmName: The name of the alarm for which to retrieve contributor
     * information. Required. */
    const char *alarm_name;
    /* NextToken: The token returned by a previous call to indicate that there is
     * more data available. */
    const char *next_token;
};

/* DescribeAlarmContributorsOutput */
struct awsc_cloudwatch_describe_alarm_contributors_output {
    /* AlarmContributors: A list of alarm contributors that provide details about
     * the individual time series contributing to the alarm's state. Required. */
    struct awsc_cloudwatch_alarm_contributors alarm_contributors;
    /* NextToken: The token that marks the start of the next batch of returned
     * results. */
    const char *next_token;
};

/* DescribeAlarmHistoryInput */
struct awsc_cloudwatch_describe_alarm_history_input {
    /* AlarmName: The name of the alarm. */
    const char *alarm_name;
    /* AlarmContributorId: The unique identifier of a specific alarm contributor to
     * filter the alarm history results. */
    const char *alarm_contributor_id;
    /* AlarmTypes: Use this parameter to specify whether you want the operation to
     * return metric alarms, composite alarms, or log alarms. If you omit this
     * parameter, only metric alarms are returned. */
    struct awsc_cloudwatch_resource_list alarm_types;
    /* HistoryItemType: The type of alarm histories to retrieve. One of enum
     * awsc_cloudwatch_history_item_type's values (as its string). */
    const char *history_item_type;
    /* StartDate: The starting date to retrieve alarm history. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* EndDate: The ending date to retrieve alarm history. */
    bool has_end_date;
    struct awsc_timestamp end_date;
    /* MaxRecords: The maximum number of alarm history records to retrieve. */
    bool has_max_records;
    int32_t max_records;
    /* NextToken: The token returned by a previous call to indicate that there is
     * more data available. */
    const char *next_token;
    /* ScanBy: Specified whether to return the newest or oldest alarm history
     * first. One of enum awsc_cloudwatch_scan_by's values (as its string). */
    const char *scan_by;
};

/* DescribeAlarmHistoryOutput */
struct awsc_cloudwatch_describe_alarm_history_output {
    /* AlarmHistoryItems: The alarm histories, in JSON format. */
    struct awsc_cloudwatch_alarm_history_items alarm_history_items;
    /* NextToken: The token that marks the start of the next batch of returned
     * results. */
    const char *next_token;
};

/* DescribeAlarmsForMetricInput */
struct awsc_cloudwatch_describe_alarms_for_metric_input {
    /* MetricName: The name of the metric. Required. */
    const char *metric_name;
    /* Namespace: The namespace of the metric. Required. */
    const char *namespace_;
    /* Statistic: The statistic for the metric, other than percentiles. For
     * percentile statistics, use ExtendedStatistics . One of enum
     * awsc_cloudwatch_statistic's values (as its string). */
    const char *statistic;
    /* ExtendedStatistic: The percentile statistic for the metric. Specify a value
     * between p0.0 and p100. */
    const char *extended_statistic;
    /* Dimensions: The dimensions associated with the metric. If the metric has any
     * associated dimensions, you must specify them in order for the call to
     * succeed. */
    struct awsc_cloudwatch_dimensions dimensions;
    /* Period: The period, in seconds, over which the statistic is applied. */
    bool has_period;
    int32_t period;
    /* Unit: The unit for the metric. One of enum awsc_cloudwatch_standard_unit's
     * values (as its string). */
    const char *unit;
};

/* DescribeAlarmsForMetricOutput */
struct awsc_cloudwatch_describe_alarms_for_metric_output {
    /* MetricAlarms: The information for each alarm with the specified metric. */
    struct awsc_cloudwatch_metric_alarms metric_alarms;
};

/* DescribeAlarmsInput */
struct awsc_cloudwatch_describe_alarms_input {
    /* AlarmNames: The names of the alarms to retrieve information about. */
    struct awsc_cloudwatch_resource_list alarm_names;
    /* AlarmNamePrefix: An alarm name prefix. If you specify this parameter, you
     * receive information about all alarms that have names that start with this
     * prefix. */
    const char *alarm_name_prefix;
    /* AlarmTypes: Use this parameter to specify whether you want the operation to
     * return metric alarms, composite alarms, or log alarms. */
    struct awsc_cloudwatch_resource_list alarm_types;
    /* ChildrenOfAlarmName: If you use this parameter and specify the name of a
     * composite alarm, the operation returns information about the "children"
     * alarms of the alarm you specify. */
    const char *children_of_alarm_name;
    /* ParentsOfAlarmName: If you use this parameter and specify the name of a
     * metric or composite alarm, the operation returns information about the
     * "parent" alarms of the alarm you specify. */
    const char *parents_of_alarm_name;
    /* StateValue: Specify this parameter to receive information only about alarms
     * that are currently in the state that you specify. One of enum
     * awsc_cloudwatch_state_value's values (as its string). */
    const char *state_value;
    /* ActionPrefix: Use this parameter to filter the results of the operation to
     * only those alarms that use a certain alarm action. */
    const char *action_prefix;
    /* MaxRecords: The maximum number of alarm descriptions to retrieve. */
    bool has_max_records;
    int32_t max_records;
    /* NextToken: The token returned by a previous call to indicate that there is
     * more data available. */
    const char *next_token;
};

/* DescribeAlarmsOutput */
struct awsc_cloudwatch_describe_alarms_output {
    /* CompositeAlarms: The information about any composite alarms returned by the
     * operation. */
    struct awsc_cloudwatch_composite_alarms composite_alarms;
    /* MetricAlarms: The information about any metric alarms returned by the
     * operation. */
    struct awsc_cloudwatch_metric_alarms metric_alarms;
    /* LogAlarms: The information about any log alarms returned by the operation. */
    struct awsc_cloudwatch_log_alarms log_alarms;
    /* NextToken: The token that marks the start of the next batch of returned
     * results. */
    const char *next_token;
};

/* DescribeAnomalyDetectorsInput */
struct awsc_cloudwatch_describe_anomaly_detectors_input {
    /* AnomalyDetectorIds: Specifies the unique identifiers of the anomaly
     * detectors to describe. You can specify up to 50 identifiers. */
    struct awsc_cloudwatch_resource_list anomaly_detector_ids;
    /* NextToken: Use the token returned by the previous operation to request the
     * next page of results. */
    const char *next_token;
    /* MaxResults: The maximum number of results to return in one operation. The
     * maximum value that you can specify is 100. */
    bool has_max_results;
    int32_t max_results;
    /* Namespace: Limits the results to only the anomaly detection models that are
     * associated with the specified namespace. */
    const char *namespace_;
    /* MetricName: Limits the results to only the anomaly detection models that are
     * associated with the specified metric name. */
    const char *metric_name;
    /* Dimensions: Limits the results to only the anomaly detection models that are
     * associated with the specified metric dimensions. */
    struct awsc_cloudwatch_dimensions dimensions;
    /* AnomalyDetectorTypes: The anomaly detector types to request when using
     * DescribeAnomalyDetectorsInput . If empty, defaults to SINGLE_METRIC . */
    struct awsc_cloudwatch_resource_list anomaly_detector_types;
};

/* DescribeAnomalyDetectorsOutput */
struct awsc_cloudwatch_describe_anomaly_detectors_output {
    /* AnomalyDetectors: The list of anomaly detection models returned by the
     * operation. */
    struct awsc_cloudwatch_anomaly_detectors anomaly_detectors;
    /* NextToken: A token that you can use in a subsequent operation to retrieve
     * the next set of results. */
    const char *next_token;
};

/* DescribeInsightRulesInput */
struct awsc_cloudwatch_describe_insight_rules_input {
    /* NextToken: Include this value, if it was returned by the previous operation,
     * to get the next set of rules. */
    const char *next_token;
    /* MaxResults: The maximum number of results to return in one operation. If you
     * omit this parameter, the default of 500 is used. */
    bool has_max_results;
    int32_t max_results;
};

/* DescribeInsightRulesOutput */
struct awsc_cloudwatch_describe_insight_rules_output {
    /* NextToken: If this parameter is present, it is a token that marks the start
     * of the next batch of returned results. */
    const char *next_token;
    /* InsightRules: The rules returned by the operation. */
    struct awsc_cloudwatch_insight_rules insight_rules;
};

/*
 * A dimension is a name/value pair that is part of the identity of a metric.
 * Because dimensions are part of the unique identifier for a metric, whenever
 * you add a unique name/value pair to one of your metrics, you are creating a
 * new variation of that metric.
 */
struct awsc_cloudwatch_dimension {
    /* Name: The name of the dimension. Dimension names must contain only ASCII
     * characters, must include at least one non-whitespace character, and cannot
     * start with a colon ( : ). Required. */
    const char *name;
    /* Value: The value of the dimension. Dimension values must contain only ASCII
     * characters and must include at least one non-whitespace character. Required. */
    const char *value;
};

/*
 * Represents filters for a dimension.
 */
struct awsc_cloudwatch_dimension_filter {
    /* Name: The dimension name to be matched. Required. */
    const char *name;
    /* Value: The value of the dimension to be matched. */
    const char *value;
};

/* DisableAlarmActionsInput */
struct awsc_cloudwatch_disable_alarm_actions_input {
    /* AlarmNames: The names of the alarms. Required. */
    struct awsc_cloudwatch_resource_list alarm_names;
};

/* DisableInsightRulesInput */
struct awsc_cloudwatch_disable_insight_rules_input {
    /* RuleNames: An array of the rule names to disable. If you need to find out
     * the names of your rules, use DescribeInsightRules . Required. */
    struct awsc_cloudwatch_resource_list rule_names;
};

/* DisableInsightRulesOutput */
struct awsc_cloudwatch_disable_insight_rules_output {
    /* Failures: An array listing the rules that could not be disabled. You cannot
     * disable built-in rules. */
    struct awsc_cloudwatch_batch_failures failures;
};

/* DisassociateDatasetKmsKeyInput */
struct awsc_cloudwatch_disassociate_dataset_kms_key_input {
    /* DatasetIdentifier: Specifies the identifier of the dataset from which to
     * remove the KMS key association. Required. */
    const char *dataset_identifier;
};

/* DisassociateDatasetKmsKeyOutput */
struct awsc_cloudwatch_disassociate_dataset_kms_key_output {
    char unused_; /* no members */
};

/* EnableAlarmActionsInput */
struct awsc_cloudwatch_enable_alarm_actions_input {
    /* AlarmNames: The names of the alarms. Required. */
    struct awsc_cloudwatch_resource_list alarm_names;
};

/* EnableInsightRulesInput */
struct awsc_cloudwatch_enable_insight_rules_input {
    /* RuleNames: An array of the rule names to enable. If you need to find out the
     * names of your rules, use DescribeInsightRules . Required. */
    struct awsc_cloudwatch_resource_list rule_names;
};

/* EnableInsightRulesOutput */
struct awsc_cloudwatch_enable_insight_rules_output {
    /* Failures: An array listing the rules that could not be enabled. You cannot
     * disable or enable built-in rules. */
    struct awsc_cloudwatch_batch_failures failures;
};

/*
 * An entity associated with metrics, to allow for finding related telemetry.
 * An entity is typically a resource or service within your system. For
 * example, metrics from an Amazon EC2 instance could be associated with that
 * instance as the entity.
 */
struct awsc_cloudwatch_entity {
    /* KeyAttributes: The attributes of the entity which identify the specific
     * entity, as a list of key-value pairs. Entities with the same KeyAttributes
     * are considered to be the same entity. */
    struct awsc_cloudwatch_entity_attributes_map key_attributes;
    /* Attributes: Additional attributes of the entity that are not used to specify
     * the identity of the entity. A list of key-value pairs. */
    struct awsc_cloudwatch_entity_attributes_map attributes;
};

/*
 * A set of metrics that are associated with an entity, such as a specific
 * service or resource. Contains the entity and the list of metric data
 * associated with it.
 */
struct awsc_cloudwatch_entity_metric_data {
    /* Entity: The entity associated with the metrics. */
    struct awsc_cloudwatch_entity *entity;
    /* MetricData: The metric data. */
    struct awsc_cloudwatch_metric_data metric_data;
};

/*
 * The evaluation criteria for an alarm. This is a union type that currently
 * supports PromQLCriteria .
 */
struct awsc_cloudwatch_evaluation_criteria {
    /* PromQLCriteria: The PromQL criteria for the alarm evaluation. */
    struct awsc_cloudwatch_alarm_prom_ql_criteria *prom_ql_criteria;
};

/*
 * The evaluation window that an alarm uses to select the range of metric data
 * that it evaluates each time it runs. This is a union type. Set exactly one
 * of its members, SlidingWindow or WallClockWindow . If you don't set
 * EvaluationWindow , the alarm uses a SlidingWindow by default.
 */
struct awsc_cloudwatch_evaluation_window {
    /* WallClockWindow: A wall clock window, which aligns the evaluated range to
     * fixed clock boundaries that match the alarm's period, such as the top of the
     * hour, midnight, or the start of the calendar week. */
    struct awsc_cloudwatch_wall_clock_window *wall_clock_window;
    /* SlidingWindow: A sliding window, which advances each time the alarm is
     * evaluated, forming a rolling time window. This is the default evaluation
     * window. */
    struct awsc_cloudwatch_sliding_window *sliding_window;
};

/* GetAlarmMuteRuleInput */
struct awsc_cloudwatch_get_alarm_mute_rule_input {
    /* AlarmMuteRuleName: The name of the alarm mute rule to retrieve. Required. */
    const char *alarm_mute_rule_name;
};

/* GetAlarmMuteRuleOutput */
struct awsc_cloudwatch_get_alarm_mute_rule_output {
    /* Name: The name of the alarm mute rule. */
    const char *name;
    /* AlarmMuteRuleArn: The Amazon Resource Name (ARN) of the alarm mute rule. */
    const char *alarm_mute_rule_arn;
    /* Description: The description of the alarm mute rule. */
    const char *description;
    /* Rule: The configuration that defines when and how long alarms are muted. */
    struct awsc_cloudwatch_rule *rule;
    /* MuteTargets: Specifies which alarms this rule applies to. */
    struct awsc_cloudwatch_mute_targets *mute_targets;
    /* StartDate: The date and time when the mute rule becomes active. If not set,
     * the rule is active immediately. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* ExpireDate: The date and time when the mute rule expires and is no longer
     * evaluated. */
    bool has_expire_date;
    struct awsc_timestamp expire_date;
    /* Status: The current status of the alarm mute rule. Valid values are
     * SCHEDULED , ACTIVE , or EXPIRED . One of enum
     * awsc_cloudwatch_alarm_mute_rule_status's values (as its string). */
    const char *status;
    /* LastUpdatedTimestamp: The date and time when the mute rule was last updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
    /* MuteType: Indicates whether the mute rule is one-time or recurring. Valid
     * values are ONE_TIME or RECURRING . */
    const char *mute_type;
};

/* GetDashboardInput */
struct awsc_cloudwatch_get_dashboard_input {
    /* DashboardName: The name of the dashboard to be described. Required. */
    const char *dashboard_name;
};

/* GetDashboardOutput */
struct awsc_cloudwatch_get_dashboard_output {
    /* DashboardArn: The Amazon Resource Name (ARN) of the dashboard. */
    const char *dashboard_arn;
    /* DashboardBody: The detailed information about the dashboard, including what
     * widgets are included and their location on the dashboard. */
    const char *dashboard_body;
    /* DashboardName: The name of the dashboard. */
    const char *dashboard_name;
};

/* GetDatasetInput */
struct awsc_cloudwatch_get_dataset_input {
    /* DatasetIdentifier: Specifies the identifier of the dataset to retrieve. For
     * the default dataset, you can specify either default or the full dataset
     * Amazon Resource Name (ARN) in the format arn:aws:cloudwatch: Region : ...
     * Required. */
    const char *dataset_identifier;
};

/* GetDatasetOutput */
struct awsc_cloudwatch_get_dataset_output {
    /* DatasetId: Returns the identifier of the dataset. Required. */
    const char *dataset_id;
    /* Arn: Returns the Amazon Resource Name (ARN) of the dataset, in the format
     * arn:aws:cloudwatch: Region : account-id :dataset/ dataset-id . Required. */
    const char *arn;
    /* KmsKeyArn: Returns the Amazon Resource Name (ARN) of the customer managed
     * Amazon Web Services KMS key that is currently associated with the dataset,
     * if any. */
    const char *kms_key_arn;
};

/* GetInsightRuleReportInput */
struct awsc_cloudwatch_get_insight_rule_report_input {
    /* RuleName: The name of the rule that you want to see data from. Required. */
    const char *rule_name;
    /* StartTime: The start time of the data to use in the report. When used in a
     * raw HTTP Query API, it is formatted as yyyy-MM-dd'T'HH:mm:ss . For example,
     * 2019-07-01T23:59:59 . Required. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The end time of the data to use in the report. When used in a raw
     * HTTP Query API, it is formatted as yyyy-MM-dd'T'HH:mm:ss . For example,
     * 2019-07-01T23:59:59 . Required. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* Period: The period, in seconds, to use for the statistics in the
     * InsightRuleMetricDatapoint results. Required. */
    bool has_period;
    int32_t period;
    /* MaxContributorCount: The maximum number of contributors to include in the
     * report. The range is 1 to 100. If you omit this, the default of 10 is used. */
    bool has_max_contributor_count;
    int32_t max_contributor_count;
    /* Metrics: Specifies which metrics to use for aggregation of contributor
     * values for the report. */
    struct awsc_cloudwatch_resource_list metrics;
    /* OrderBy: Determines what statistic to use to rank the contributors. Valid
     * values are Sum and Maximum . */
    const char *order_by;
};

/* GetInsightRuleReportOutput */
struct awsc_cloudwatch_get_insight_rule_report_output {
    /* KeyLabels: An array of the strings used as the keys for this rule. The keys
     * are the dimensions used to classify contributors. */
    struct awsc_cloudwatch_resource_list key_labels;
    /* AggregationStatistic: Specifies whether this rule aggregates contributor
     * data by COUNT or SUM. */
    const char *aggregation_statistic;
    /* AggregateValue: The sum of the values from all individual contributors that
     * match the rule. */
    bool has_aggregate_value;
    double aggregate_value;
    /* ApproximateUniqueCount: An approximate count of the unique contributors
     * found by this rule in this time period. */
    bool has_approximate_unique_count;
    int64_t approximate_unique_count;
    /* Contributors: An array of the unique contributors found by this rule in this
     * time period. If the rule contains multiple keys, each combination of values
     * for the keys counts as a unique contributor. */
    struct awsc_cloudwatch_insight_rule_contributors contributors;
    /* MetricDatapoints: A time series of metric data points that matches the time
     * period in the rule request. */
    struct awsc_cloudwatch_insight_rule_metric_datapoints metric_datapoints;
};

/* GetMetricDataInput */
struct awsc_cloudwatch_get_metric_data_input {
    /* MetricDataQueries: The metric queries to be returned. A single GetMetricData
     * call can include as many as 500 MetricDataQuery structures. Required. */
    struct awsc_cloudwatch_metric_data_queries metric_data_queries;
    /* StartTime: The time stamp indicating the earliest data to be returned.
     * Required. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time stamp indicating the latest data to be returned. Required. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* NextToken: Include this value, if it was returned by the previous
     * GetMetricData operation, to get the next set of data points. */
    const char *next_token;
    /* ScanBy: The order in which data points should be returned.
     * TimestampDescending returns the newest data first and paginates when the
     * MaxDatapoints limit is reached. One of enum awsc_cloudwatch_scan_by's values
     * (as its string). */
    const char *scan_by;
    /* MaxDatapoints: The maximum number of data points the request should return
     * before paginating. If you omit this, the default of 100,800 is used. */
    bool has_max_datapoints;
    int32_t max_datapoints;
    /* LabelOptions: This structure includes the Timezone parameter, which you can
     * use to specify your time zone so that the labels of returned data display
     * the correct time for your time zone. */
    struct awsc_cloudwatch_label_options *label_options;
};

/* GetMetricDataOutput */
struct awsc_cloudwatch_get_metric_data_output {
    /* MetricDataResults: The metrics that are returned, including the metric name,
     * namespace, and dimensions. */
    struct awsc_cloudwatch_metric_data_results metric_data_results;
    /* NextToken: A token that marks the next batch of returned results. */
    const char *next_token;
    /* Messages: Contains a message about this GetMetricData operation, if the
     * operation results in such a message. An example of a message that might be
     * returned is Maximum number of allowed metrics exceeded . */
    struct awsc_cloudwatch_metric_data_result_messages messages;
};

/* GetMetricStatisticsInput */
struct awsc_cloudwatch_get_metric_statistics_input {
    /* Namespace: The namespace of the metric, with or without spaces. Required. */
    const char *namespace_;
    /* MetricName: The name of the metric, with or without spaces. Required. */
    const char *metric_name;
    /* Dimensions: The dimensions. If the metric contains multiple dimensions, you
     * must include a value for each dimension. CloudWatch treats each unique
     * combination of dimensions as a separate metric. */
    struct awsc_cloudwatch_dimensions dimensions;
    /* StartTime: The time stamp that determines the first data point to return.
     * Start times are evaluated relative to the time that CloudWatch receives the
     * request. Required. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time stamp that determines the last data point to return.
     * Required. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* Period: The granularity, in seconds, of the returned data points. For
     * metrics with regular resolution, a period can be as short as one minute (60
     * seconds) and must be a multiple of 60. Required. */
    bool has_period;
    int32_t period;
    /* Statistics: The metric statistics, other than percentile. For percentile
     * statistics, use ExtendedStatistics . */
    struct awsc_cloudwatch_resource_list statistics;
    /* ExtendedStatistics: The percentile statistics. Specify values between p0.0
     * and p100. When calling GetMetricStatistics , you must specify either
     * Statistics or ExtendedStatistics , but not both. */
    struct awsc_cloudwatch_resource_list extended_statistics;
    /* Unit: The unit for a given metric. If you omit Unit , all data that was
     * collected with any unit is returned, along with the corresponding units that
     * were specified when the data was reported to CloudWatch. One of enum
     * awsc_cloudwatch_standard_unit's values (as its string). */
    const char *unit;
};

/* GetMetricStatisticsOutput */
struct awsc_cloudwatch_get_metric_statistics_output {
    /* Label: A label for the specified metric. */
    const char *label;
    /* Datapoints: The data points for the specified metric. */
    struct awsc_cloudwatch_datapoints datapoints;
};

/* GetMetricStreamInput */
struct awsc_cloudwatch_get_metric_stream_input {
    /* Name: The name of the metric stream to retrieve information about. Required. */
    const char *name;
};

/* GetMetricStreamOutput */
struct awsc_cloudwatch_get_metric_stream_output {
    /* Arn: The ARN of the metric stream. */
    const char *arn;
    /* Name: The name of the metric stream. */
    const char *name;
    /* IncludeFilters: If this array of metric namespaces is present, then these
     * namespaces are the only metric namespaces that are streamed by this metric
     * stream. */
    struct awsc_cloudwatch_metric_stream_filters include_filters;
    /* ExcludeFilters: If this array of metric namespaces is present, then these
     * namespaces are the only metric namespaces that are not streamed by this
     * metric stream. */
    struct awsc_cloudwatch_metric_stream_filters exclude_filters;
    /* FirehoseArn: The ARN of the Amazon Kinesis Data Firehose delivery stream
     * that is used by this metric stream. */
    const char *firehose_arn;
    /* RoleArn: The ARN of the IAM role that is used by this metric stream. */
    const char *role_arn;
    /* State: The state of the metric stream. The possible values are running and
     * stopped . */
    const char *state;
    /* CreationDate: The date that the metric stream was created. */
    bool has_creation_date;
    struct awsc_timestamp creation_date;
    /* LastUpdateDate: The date of the most recent update to the metric stream's
     * configuration. */
    bool has_last_update_date;
    struct awsc_timestamp last_update_date;
    /* OutputFormat: The output format for the stream. Valid values are json ,
     * opentelemetry1.0 , and opentelemetry0.7 . For more information about metric
     * stream output formats, see Metric streams output formats . One of enum
     * awsc_cloudwatch_metric_stream_output_format's values (as its string). */
    const char *output_format;
    /* StatisticsConfigurations: Each entry in this array displays information
     * about one or more metrics that include additional statistics in the metric
     * stream. */
    struct awsc_cloudwatch_metric_stream_statistics_configurations statistics_configurations;
    /* IncludeLinkedAccountsMetrics: If this is true and this metric stream is in a
     * monitoring account, then the stream includes metrics from source accounts
     * that the monitoring account is linked to. */
    bool has_include_linked_accounts_metrics;
    bool include_linked_accounts_metrics;
};

/* GetMetricWidgetImageInput */
struct awsc_cloudwatch_get_metric_widget_image_input {
    /* MetricWidget: A JSON string that defines the bitmap graph to be retrieved.
     * The string includes the metrics to include in the graph, statistics,
     * annotations, title, axis limits, and so on. Required. */
    const char *metric_widget;
    /* OutputFormat: The format of the resulting image. Only PNG images are
     * supported. */
    const char *output_format;
};

/* GetMetricWidgetImageOutput */
struct awsc_cloudwatch_get_metric_widget_image_output {
    /* MetricWidgetImage: The image of the graph, in the output format specified.
     * The output is base64-encoded. */
    struct awsc_blob metric_widget_image;
};

/* GetOTelEnrichmentInput */
struct awsc_cloudwatch_get_o_tel_enrichment_input {
    char unused_; /* no members */
};

/* GetOTelEnrichmentOutput */
struct awsc_cloudwatch_get_o_tel_enrichment_output {
    /* Status: The status of OTel enrichment for the account. Valid values are
     * Running (enrichment is enabled) and Stopped (enrichment is disabled).
     * Required. One of enum awsc_cloudwatch_o_tel_enrichment_status's values (as
     * its string). */
    const char *status;
};

/*
 * This structure contains the definition for a Contributor Insights rule. For
 * more information about this rule, see Using Constributor Insights to analyze
 * high-cardinality data in the Amazon CloudWatch User Guide .
 */
struct awsc_cloudwatch_insight_rule {
    /* Name: The name of the rule. Required. */
    const char *name;
    /* State: Indicates whether the rule is enabled or disabled. Required. */
    const char *state;
    /* Schema: For rules that you create, this is always {"Name":
     * "CloudWatchLogRule", "Version": 1} . For managed rules, this is {"Name":
     * "ServiceLogRule", "Version": 1} Required. */
    const char *schema;
    /* Definition: The definition of the rule, as a JSON object. The definition
     * contains the keywords used to define contributors, the value to aggregate on
     * if this rule returns a sum instead of a count, and the ... Required. */
    const char *definition;
    /* ManagedRule: An optional built-in rule that Amazon Web Services manages. */
    bool has_managed_rule;
    bool managed_rule;
    /* ApplyOnTransformedLogs: Displays whether the rule is evaluated on the
     * transformed versions of logs, for log groups that have Log transformation
     * enabled. */
    bool has_apply_on_transformed_logs;
    bool apply_on_transformed_logs;
};

/*
 * One of the unique contributors found by a Contributor Insights rule. If the
 * rule contains multiple keys, then a unique contributor is a unique
 * combination of values from all the keys in the rule.
 */
struct awsc_cloudwatch_insight_rule_contributor {
    /* Keys: One of the log entry field keywords that is used to define
     * contributors for this rule. Required. */
    struct awsc_cloudwatch_resource_list keys;
    /* ApproximateAggregateValue: An approximation of the aggregate value that
     * comes from this contributor. Required. */
    bool has_approximate_aggregate_value;
    double approximate_aggregate_value;
    /* Datapoints: An array of the data points where this contributor is present.
     * Only the data points when this contributor appeared are included in the
     * array. Required. */
    struct awsc_cloudwatch_insight_rule_contributor_datapoints datapoints;
};

/*
 * One data point related to one contributor.
 */
struct awsc_cloudwatch_insight_rule_contributor_datapoint {
    /* Timestamp: The timestamp of the data point. Required. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
    /* ApproximateValue: The approximate value that this contributor added during
     * this timestamp. Required. */
    bool has_approximate_value;
    double approximate_value;
};

/*
 * One data point from the metric time series returned in a Contributor
 * Insights rule report.
 */
struct awsc_cloudwatch_insight_rule_metric_datapoint {
    /* Timestamp: The timestamp of the data point. Required. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
    /* UniqueContributors: The number of unique contributors who published data
     * during this timestamp. */
    bool has_unique_contributors;
    double unique_contributors;
    /* MaxContributorValue: The maximum value provided by one contributor during
     * this timestamp. Each timestamp is evaluated separately, so the identity of
     * the max contributor could be different for each timestamp. */
    bool has_max_contributor_value;
    double max_contributor_value;
    /* SampleCount: The number of occurrences that matched the rule during this
     * data point. */
    bool has_sample_count;
    double sample_count;
    /* Average: The average value from all contributors during the time period
     * represented by that data point. */
    bool has_average;
    double average;
    /* Sum: The sum of the values from all contributors during the time period
     * represented by that data point. */
    bool has_sum;
    double sum;
    /* Minimum: The minimum value from a single contributor during the time period
     * represented by that data point. */
    bool has_minimum;
    double minimum;
    /* Maximum: The maximum value from a single occurence from a single contributor
     * during the time period represented by that data point. */
    bool has_maximum;
    double maximum;
};

/*
 * Request processing has failed due to some unknown error, exception, or
 * failure.
 */
struct awsc_cloudwatch_internal_service_fault {
    /* Message: */
    const char *message;
};

/*
 * Data was not syntactically valid JSON.
 */
struct awsc_cloudwatch_invalid_format_fault {
    /* message: */
    const char *message;
};

/*
 * The next token specified is invalid.
 */
struct awsc_cloudwatch_invalid_next_token {
    /* message: */
    const char *message;
};

/*
 * Parameters were used together that cannot be used together.
 */
struct awsc_cloudwatch_invalid_parameter_combination_exception {
    /* message: */
    const char *message;
};

/*
 * The value of an input parameter is bad or out-of-range.
 */
struct awsc_cloudwatch_invalid_parameter_value_exception {
    /* message: */
    const char *message;
};

/*
 * The operation was denied because either the calling principal lacks the
 * required Amazon Web Services Key Management Service (Amazon Web Services
 * KMS) permission on the key, or the key policy does not grant Amazon
 * CloudWatch the permissions it needs to use the key.
 */
struct awsc_cloudwatch_kms_access_denied_exception {
    /* Message:  Required. */
    const char *message;
};

/*
 * The specified Amazon Web Services Key Management Service (Amazon Web
 * Services KMS) key is disabled or pending deletion. Re-enable the key (or
 * restore it, if it is pending deletion) and retry the operation.
 */
struct awsc_cloudwatch_kms_key_disabled_exception {
    /* Message:  Required. */
    const char *message;
};

/*
 * The specified Amazon Web Services Key Management Service (Amazon Web
 * Services KMS) key could not be found. Verify that the key Amazon Resource
 * Name (ARN) is correct, that the key exists, and that it is in the same
 * Amazon Web Services Region as the resource.
 */
struct awsc_cloudwatch_kms_key_not_found_exception {
    /* Message:  Required. */
    const char *message;
};

/*
 * This structure includes the Timezone parameter, which you can use to specify
 * your time zone so that the labels that are associated with returned metrics
 * display the correct time for your time zone.
 */
struct awsc_cloudwatch_label_options {
    /* Timezone: The time zone to use for metric data return in this operation. The
     * format is + or - followed by four digits. */
    const char *timezone;
};

/*
 * The operation exceeded one or more limits.
 */
struct awsc_cloudwatch_limit_exceeded_exception {
    char unused_; /* no members */
};

/*
 * The quota for alarms for this customer has already been reached.
 */
struct awsc_cloudwatch_limit_exceeded_fault {
    /* message: */
    const char *message;
};

/* ListAlarmMuteRulesInput */
struct awsc_cloudwatch_list_alarm_mute_rules_input {
    /* AlarmName: Filter results to show only mute rules that target the specified
     * alarm name. */
    const char *alarm_name;
    /* Statuses: Filter results to show only mute rules with the specified
     * statuses. Valid values are SCHEDULED , ACTIVE , or EXPIRED . */
    struct awsc_cloudwatch_resource_list statuses;
    /* MaxRecords: The maximum number of mute rules to return in one call. The
     * default is 50. */
    bool has_max_records;
    int32_t max_records;
    /* NextToken: The token returned from a previous call to indicate where to
     * continue retrieving results. */
    const char *next_token;
};

/* ListAlarmMuteRulesOutput */
struct awsc_cloudwatch_list_alarm_mute_rules_output {
    /* AlarmMuteRuleSummaries: A list of alarm mute rule summaries. */
    struct awsc_cloudwatch_alarm_mute_rule_summaries alarm_mute_rule_summaries;
    /* NextToken: The token to use when requesting the next set of results. If this
     * field is absent, there are no more results to retrieve. */
    const char *next_token;
};

/* ListDashboardsInput */
struct awsc_cloudwatch_list_dashboards_input {
    /* DashboardNamePrefix: If you specify this parameter, only the dashboards with
     * names starting with the specified string are listed. The maximum length is
     * 255, and valid characters are A-Z, a-z, 0-9, ".", "-", and "_". */
    const char *dashboard_name_prefix;
    /* NextToken: The token returned by a previous call to indicate that there is
     * more data available. */
    const char *next_token;
};

/* ListDashboardsOutput */
struct awsc_cloudwatch_list_dashboards_output {
    /* DashboardEntries: The list of matching dashboards. */
    struct awsc_cloudwatch_dashboard_entries dashboard_entries;
    /* NextToken: The token that marks the start of the next batch of returned
     * results. */
    const char *next_token;
};

/* ListManagedInsightRulesInput */
struct awsc_cloudwatch_list_managed_insight_rules_input {
    /* ResourceARN: The ARN of an Amazon Web Services resource that has managed
     * Contributor Insights rules. Required. */
    const char *resource_arn;
    /* NextToken: Include this value to get the next set of rules if the value was
     * returned by the previous operation. */
    const char *next_token;
    /* MaxResults: The maximum number of results to return in one operation. If you
     * omit this parameter, the default number is used. The default number is 100 . */
    bool has_max_results;
    int32_t max_results;
};

/* ListManagedInsightRulesOutput */
struct awsc_cloudwatch_list_managed_insight_rules_output {
    /* ManagedRules: The managed rules that are available for the specified Amazon
     * Web Services resource. */
    struct awsc_cloudwatch_managed_rule_descriptions managed_rules;
    /* NextToken: Include this value to get the next set of rules if the value was
     * returned by the previous operation. */
    const char *next_token;
};

/* ListMetricStreamsInput */
struct awsc_cloudwatch_list_metric_streams_input {
    /* NextToken: Include this value, if it was returned by the previous call, to
     * get the next set of metric streams. */
    const char *next_token;
    /* MaxResults: The maximum number of results to return in one operation. */
    bool has_max_results;
    int32_t max_results;
};

/* ListMetricStreamsOutput */
struct awsc_cloudwatch_list_metric_streams_output {
    /* NextToken: The token that marks the start of the next batch of returned
     * results. You can use this token in a subsequent operation to get the next
     * batch of results. */
    const char *next_token;
    /* Entries: The array of metric stream information. */
    struct awsc_cloudwatch_metric_stream_entries entries;
};

/* ListMetricsInput */
struct awsc_cloudwatch_list_metrics_input {
    /* Namespace: The metric namespace to filter against. Only the namespace that
     * matches exactly will be returned. */
    const char *namespace_;
    /* MetricName: The name of the metric to filter against. Only the metrics with
     * names that match exactly will be returned. */
    const char *metric_name;
    /* Dimensions: The dimensions to filter against. Only the dimension with names
     * that match exactly will be returned. */
    struct awsc_cloudwatch_dimension_filters dimensions;
    /* NextToken: The token returned by a previous call to indicate that there is
     * more data available. */
    const char *next_token;
    /* RecentlyActive: To filter the results to show only metrics that have had
     * data points published in the past three hours, specify this parameter with a
     * value of PT3H . This is the only valid value for this parameter. One of enum
     * awsc_cloudwatch_recently_active's values (as its string). */
    const char *recently_active;
    /* IncludeLinkedAccounts: If you are using this operation in a monitoring
     * account, specify true to include metrics from source accounts in the
     * returned data. */
    bool has_include_linked_accounts;
    bool include_linked_accounts;
    /* OwningAccount: When you use this operation in a monitoring account, use this
     * field to return metrics only from one source account. */
    const char *owning_account;
};

/* ListMetricsOutput */
struct awsc_cloudwatch_list_metrics_output {
    /* Metrics: The metrics that match your request. */
    struct awsc_cloudwatch_metrics metrics;
    /* NextToken: The token that marks the start of the next batch of returned
     * results. */
    const char *next_token;
    /* OwningAccounts: If you are using this operation in a monitoring account,
     * this array contains the account IDs of the source accounts where the metrics
     * in the returned data are from. */
    struct awsc_cloudwatch_resource_list owning_accounts;
};

/* ListTagsForResourceInput */
struct awsc_cloudwatch_list_tags_for_resource_input {
    /* ResourceARN: The ARN of the CloudWatch resource that you want to view tags
     * for. Required. */
    const char *resource_arn;
};

/* ListTagsForResourceOutput */
struct awsc_cloudwatch_list_tags_for_resource_output {
    /* Tags: The list of tag keys and values associated with the resource you
     * specified. */
    struct awsc_cloudwatch_tag_list tags;
};

/*
 * The details about a log alarm.
 */
struct awsc_cloudwatch_log_alarm {
    /* AlarmName: The name of the alarm. */
    const char *alarm_name;
    /* AlarmArn: The Amazon Resource Name (ARN) of the alarm. */
    const char *alarm_arn;
    /* AlarmDescription: The description of the alarm. */
    const char *alarm_description;
    /* AlarmConfigurationUpdatedTimestamp: The time stamp of the last update to the
     * alarm configuration. */
    bool has_alarm_configuration_updated_timestamp;
    struct awsc_timestamp alarm_configuration_updated_timestamp;
    /* ActionsEnabled: Indicates whether actions should be executed during any
     * changes to the alarm state. */
    bool has_actions_enabled;
    bool actions_enabled;
    /* OKActions: The actions to execute when this alarm transitions to the OK
     * state from any other state. Each action is specified as an Amazon Resource
     * Name (ARN). */
    struct awsc_cloudwatch_resource_list ok_actions;
    /* AlarmActions: The actions to execute when this alarm transitions to the
     * ALARM state from any other state. Each action is specified as an Amazon
     * Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list alarm_actions;
    /* InsufficientDataActions: The actions to execute when this alarm transitions
     * to the INSUFFICIENT_DATA state from any other state. Each action is
     * specified as an Amazon Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list insufficient_data_actions;
    /* StateValue: The state value for the alarm. One of enum
     * awsc_cloudwatch_state_value's values (as its string). */
    const char *state_value;
    /* StateReason: An explanation for the alarm state, in text format. */
    const char *state_reason;
    /* StateReasonData: An explanation for the alarm state, in JSON format. */
    const char *state_reason_data;
    /* StateUpdatedTimestamp: The time stamp of the last update to the value of
     * either the StateValue or EvaluationState parameters. */
    bool has_state_updated_timestamp;
    struct awsc_timestamp state_updated_timestamp;
    /* ScheduledQueryConfiguration: The configuration of the underlying CloudWatch
     * Logs scheduled query, including the query string, log groups, schedule,
     * aggregation expression, and the ARN of the managed scheduled query. */
    struct awsc_cloudwatch_scheduled_query_configuration *scheduled_query_configuration;
    /* QueryResultsToEvaluate: The number of most recent scheduled query results
     * that the alarm evaluates against the threshold (the N in M-of-N evaluation). */
    bool has_query_results_to_evaluate;
    int32_t query_results_to_evaluate;
    /* QueryResultsToAlarm: The number of query results, out of the most recent
     * QueryResultsToEvaluate results, that must breach the threshold to trigger
     * the alarm to transition to ALARM (the M in M-of-N evaluation). */
    bool has_query_results_to_alarm;
    int32_t query_results_to_alarm;
    /* Threshold: The value to compare with the aggregated query result. */
    bool has_threshold;
    double threshold;
    /* ComparisonOperator: The arithmetic operation to use when comparing the
     * aggregated query result and the threshold. The aggregated query result is
     * used as the first operand. One of enum awsc_cloudwatch_comparison_operator's
     * values (as its string). */
    const char *comparison_operator;
    /* TreatMissingData: How this alarm handles missing data points. Valid values
     * are breaching , notBreaching , ignore , and missing . */
    const char *treat_missing_data;
    /* StateTransitionedTimestamp: The date and time that the alarm's StateValue
     * most recently changed. */
    bool has_state_transitioned_timestamp;
    struct awsc_timestamp state_transitioned_timestamp;
    /* EvaluationState: If the value of this field is EVALUATION_ERROR , it
     * indicates configuration errors in the alarm setup that require review and
     * correction. Refer to the StateReason field of the alarm for more details.
     * One of enum awsc_cloudwatch_evaluation_state's values (as its string). */
    const char *evaluation_state;
    /* ActionLogLineCount: The number of log lines from the most recent scheduled
     * query execution that are included in alarm action notifications. Valid range
     * is 0 through 50. A value of 0 means no log lines are included. */
    bool has_action_log_line_count;
    int32_t action_log_line_count;
    /* ActionLogLineRoleArn: The Amazon Resource Name (ARN) of the IAM role that
     * CloudWatch assumes to retrieve log events for inclusion in alarm action
     * notifications. Set when ActionLogLineCount is greater than 0. */
    const char *action_log_line_role_arn;
};

/*
 * Contains the information that's required to enable a managed Contributor
 * Insights rule for an Amazon Web Services resource.
 */
struct awsc_cloudwatch_managed_rule {
    /* TemplateName: The template name for the managed Contributor Insights rule,
     * as returned by ListManagedInsightRules . Required. */
    const char *template_name;
    /* ResourceARN: The ARN of an Amazon Web Services resource that has managed
     * Contributor Insights rules. Required. */
    const char *resource_arn;
    /* Tags: A list of key-value pairs that you can associate with a managed
     * Contributor Insights rule. You can associate as many as 50 tags with a rule.
     * Tags can help you organize and categorize your resources. */
    struct awsc_cloudwatch_tag_list tags;
};

/*
 * Contains information about managed Contributor Insights rules, as returned
 * by ListManagedInsightRules .
 */
struct awsc_cloudwatch_managed_rule_description {
    /* TemplateName: The template name for the managed rule. Used to enable managed
     * rules using PutManagedInsightRules . */
    const char *template_name;
    /* ResourceARN: If a managed rule is enabled, this is the ARN for the related
     * Amazon Web Services resource. */
    const char *resource_arn;
    /* RuleState: Describes the state of a managed rule. If present, it contains
     * information about the Contributor Insights rule that contains information
     * about the related Amazon Web Services resource. */
    struct awsc_cloudwatch_managed_rule_state *rule_state;
};

/*
 * The status of a managed Contributor Insights rule.
 */
struct awsc_cloudwatch_managed_rule_state {
    /* RuleName: The name of the Contributor Insights rule that contains data for
     * the specified Amazon Web Services resource. Required. */
    const char *rule_name;
    /* State: Indicates whether the rule is enabled or disabled. Required. */
    const char *state;
};

/*
 * A message returned by the GetMetricData API, including a code and a
 * description.
 */
struct awsc_cloudwatch_message_data {
    /* Code: The error code or status code associated with the message. */
    const char *code;
    /* Value: The message text. */
    const char *value;
};

/*
 * Represents a specific metric.
 */
struct awsc_cloudwatch_metric {
    /* Namespace: The namespace of the metric. */
    const char *namespace_;
    /* MetricName: The name of the metric. This is a required field. */
    const char *metric_name;
    /* Dimensions: The dimensions for the metric. */
    struct awsc_cloudwatch_dimensions dimensions;
};

/*
 * The details about a metric alarm.
 */
struct awsc_cloudwatch_metric_alarm {
    /* AlarmName: The name of the alarm. */
    const char *alarm_name;
    /* AlarmArn: The Amazon Resource Name (ARN) of the alarm. */
    const char *alarm_arn;
    /* AlarmDescription: The description of the alarm. */
    const char *alarm_description;
    /* AlarmConfigurationUpdatedTimestamp: The time stamp of the last update to the
     * alarm configuration. */
    bool has_alarm_configuration_updated_timestamp;
    struct awsc_timestamp alarm_configuration_updated_timestamp;
    /* ActionsEnabled: Indicates whether actions should be executed during any
     * changes to the alarm state. */
    bool has_actions_enabled;
    bool actions_enabled;
    /* OKActions: The actions to execute when this alarm transitions to the OK
     * state from any other state. Each action is specified as an Amazon Resource
     * Name (ARN). */
    struct awsc_cloudwatch_resource_list ok_actions;
    /* AlarmActions: The actions to execute when this alarm transitions to the
     * ALARM state from any other state. Each action is specified as an Amazon
     * Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list alarm_actions;
    /* InsufficientDataActions: The actions to execute when this alarm transitions
     * to the INSUFFICIENT_DATA state from any other state. Each action is
     * specified as an Amazon Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list insufficient_data_actions;
    /* StateValue: The state value for the alarm. One of enum
     * awsc_cloudwatch_state_value's values (as its string). */
    const char *state_value;
    /* StateReason: An explanation for the alarm state, in text format. */
    const char *state_reason;
    /* StateReasonData: An explanation for the alarm state, in JSON format. */
    const char *state_reason_data;
    /* StateUpdatedTimestamp: The time stamp of the last update to the value of
     * either the StateValue or EvaluationState parameters. */
    bool has_state_updated_timestamp;
    struct awsc_timestamp state_updated_timestamp;
    /* MetricName: The name of the metric associated with the alarm, if this is an
     * alarm based on a single metric. */
    const char *metric_name;
    /* Namespace: The namespace of the metric associated with the alarm. */
    const char *namespace_;
    /* Statistic: The statistic for the metric associated with the alarm, other
     * than percentile. For percentile statistics, use ExtendedStatistic . One of
     * enum awsc_cloudwatch_statistic's values (as its string). */
    const char *statistic;
    /* ExtendedStatistic: The percentile statistic for the metric associated with
     * the alarm. Specify a value between p0.0 and p100. */
    const char *extended_statistic;
    /* Dimensions: The dimensions for the metric associated with the alarm. */
    struct awsc_cloudwatch_dimensions dimensions;
    /* Period: The period, in seconds, over which the statistic is applied. */
    bool has_period;
    int32_t period;
    /* Unit: The unit of the metric associated with the alarm. One of enum
     * awsc_cloudwatch_standard_unit's values (as its string). */
    const char *unit;
    /* EvaluationPeriods: The number of periods over which data is compared to the
     * specified threshold. */
    bool has_evaluation_periods;
    int32_t evaluation_periods;
    /* DatapointsToAlarm: The number of data points that must be breaching to
     * trigger the alarm. */
    bool has_datapoints_to_alarm;
    int32_t datapoints_to_alarm;
    /* Threshold: The value to compare with the specified statistic. */
    bool has_threshold;
    double threshold;
    /* ComparisonOperator: The arithmetic operation to use when comparing the
     * specified statistic and threshold. The specified statistic value is used as
     * the first operand. One of enum awsc_cloudwatch_comparison_operator's values
     * (as its string). */
    const char *comparison_operator;
    /* TreatMissingData: Sets how this alarm is to handle missing data points. The
     * valid values are breaching , notBreaching , ignore , and missing . */
    const char *treat_missing_data;
    /* EvaluateLowSampleCountPercentile: Used only for alarms based on percentiles.
     * If ignore , the alarm state does not change during periods with too few data
     * points to be statistically significant. */
    const char *evaluate_low_sample_count_percentile;
    /* Metrics: An array of MetricDataQuery structures, used in an alarm based on a
     * metric math expression. Each structure either retrieves a metric or performs
     * a math expression. */
    struct awsc_cloudwatch_metric_data_queries metrics;
    /* ThresholdMetricId: In an alarm based on an anomaly detection model, this is
     * the ID of the ANOMALY_DETECTION_BAND function used as the threshold for the
     * alarm. */
    const char *threshold_metric_id;
    /* EvaluationState: If the value of this field is PARTIAL_DATA , it indicates
     * that not all the available data was able to be retrieved due to quota
     * limitations. One of enum awsc_cloudwatch_evaluation_state's values (as its
     * string). */
    const char *evaluation_state;
    /* StateTransitionedTimestamp: The date and time that the alarm's StateValue
     * most recently changed. */
    bool has_state_transitioned_timestamp;
    struct awsc_timestamp state_transitioned_timestamp;
    /* EvaluationWindow: The evaluation window that the alarm uses to select the
     * range of metric data that it evaluates. This is either a sliding window or a
     * wall clock window. */
    struct awsc_cloudwatch_evaluation_window *evaluation_window;
    /* EvaluationCriteria: The evaluation criteria for the alarm. */
    struct awsc_cloudwatch_evaluation_criteria *evaluation_criteria;
    /* EvaluationInterval: The frequency, in seconds, at which the alarm is
     * evaluated. */
    bool has_evaluation_interval;
    int32_t evaluation_interval;
};

/*
 * This object includes parameters that you can use to provide information to
 * CloudWatch to help it build more accurate anomaly detection models.
 */
struct awsc_cloudwatch_metric_characteristics {
    /* PeriodicSpikes: Set this parameter to true if values for this metric
     * consistently include spikes that should not be considered to be anomalies. */
    bool has_periodic_spikes;
    bool periodic_spikes;
};

/*
 * This structure is used in both GetMetricData and PutMetricAlarm . The
 * supported use of this structure is different for those two operations.
 */
struct awsc_cloudwatch_metric_data_query {
    /* Id: A short name used to tie this object to the results in the response.
     * This name must be unique within a single call to GetMetricData . Required. */
    const char *id;
    /* MetricStat: The metric to be returned, along with statistics, period, and
     * units. Use this parameter only if this object is retrieving a metric and not
     * performing a math expression on returned data. */
    struct awsc_cloudwatch_metric_stat *metric_stat;
    /* Expression: This field can contain either a Metrics Insights query, or a
     * metric math expression to be performed on the returned data. */
    const char *expression;
    /* Label: A human-readable label for this metric or expression. This is
     * especially useful if this is an expression, so that you know what the value
     * represents. */
    const char *label;
    /* ReturnData: When used in GetMetricData , this option indicates whether to
     * return the timestamps and raw data values of this metric. */
    bool has_return_data;
    bool return_data;
    /* Period: The granularity, in seconds, of the returned data points. For
     * metrics with regular resolution, a period can be as short as one minute (60
     * seconds) and must be a multiple of 60. */
    bool has_period;
    int32_t period;
    /* AccountId: The ID of the account where the metrics are located. */
    const char *account_id;
};

/*
 * A GetMetricData call returns an array of MetricDataResult structures. Each
 * of these structures includes the data points for that metric, along with the
 * timestamps of those data points and other identifying information.
 */
struct awsc_cloudwatch_metric_data_result {
    /* Id: The short name you specified to represent this metric. */
    const char *id;
    /* Label: The human-readable label associated with the data. */
    const char *label;
    /* Timestamps: The timestamps for the data points, formatted in Unix timestamp
     * format. The number of timestamps always matches the number of values and the
     * value for Timestamps[x] is Values[x]. */
    struct awsc_cloudwatch_timestamps timestamps;
    /* Values: The data points for the metric corresponding to Timestamps . The
     * number of values always matches the number of timestamps and the timestamp
     * for Values[x] is Timestamps[x]. */
    struct awsc_cloudwatch_counts values;
    /* StatusCode: The status of the returned data. Complete indicates that all
     * data points in the requested time range were returned. PartialData means
     * that an incomplete set of data points were returned. One of enum
     * awsc_cloudwatch_status_code's values (as its string). */
    const char *status_code;
    /* Messages: A list of messages with additional information about the data
     * returned. */
    struct awsc_cloudwatch_metric_data_result_messages messages;
};

/*
 * Encapsulates the information sent to either create a metric or add new
 * values to be aggregated into an existing metric.
 */
struct awsc_cloudwatch_metric_datum {
    /* MetricName: The name of the metric. Required. */
    const char *metric_name;
    /* Dimensions: The dimensions associated with the metric. */
    struct awsc_cloudwatch_dimensions dimensions;
    /* Timestamp: The time the metric data was received, expressed as the number of
     * milliseconds since Jan 1, 1970 00:00:00 UTC. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
    /* Value: The value for the metric. Although the parameter accepts numbers of
     * type Double, CloudWatch rejects values that are either too small or too
     * large. Values must be in the range of -2^360 to 2^360. */
    bool has_value;
    double value;
    /* StatisticValues: The statistical values for the metric. */
    struct awsc_cloudwatch_statistic_set *statistic_values;
    /* Values: Array of numbers representing the values for the metric during the
     * period. */
    struct awsc_cloudwatch_counts values;
    /* Counts: Array of numbers that is used along with the Values array. Each
     * number in the Count array is the number of times the corresponding value in
     * the Values array occurred during the period. */
    struct awsc_cloudwatch_counts counts;
    /* Unit: When you are using a Put operation, this defines what unit you want to
     * use when storing the metric. One of enum awsc_cloudwatch_standard_unit's
     * values (as its string). */
    const char *unit;
    /* StorageResolution: Valid values are 1 and 60. Setting this to 1 specifies
     * this metric as a high-resolution metric, so that CloudWatch stores the
     * metric with sub-minute resolution down to one second. */
    bool has_storage_resolution;
    int32_t storage_resolution;
};

/*
 * Indicates the CloudWatch math expression that provides the time series the
 * anomaly detector uses as input. The designated math expression must return a
 * single time series.
 */
struct awsc_cloudwatch_metric_math_anomaly_detector {
    /* MetricDataQueries: An array of metric data query structures that enables you
     * to create an anomaly detector based on the result of a metric math
     * expression. */
    struct awsc_cloudwatch_metric_data_queries metric_data_queries;
};

/*
 * This structure defines the metric to be returned, along with the statistics,
 * period, and units.
 */
struct awsc_cloudwatch_metric_stat {
    /* Metric: The metric to return, including the metric name, namespace, and
     * dimensions. Required. */
    struct awsc_cloudwatch_metric *metric;
    /* Period: The granularity, in seconds, of the returned data points. For
     * metrics with regular resolution, a period can be as short as one minute (60
     * seconds) and must be a multiple of 60. Required. */
    bool has_period;
    int32_t period;
    /* Stat: The statistic to return. It can include any CloudWatch statistic or
     * extended statistic. Required. */
    const char *stat;
    /* Unit: When you are using a Put operation, this defines what unit you want to
     * use when storing the metric. One of enum awsc_cloudwatch_standard_unit's
     * values (as its string). */
    const char *unit;
};

/*
 * This structure contains the configuration information about one metric
 * stream.
 */
struct awsc_cloudwatch_metric_stream_entry {
    /* Arn: The ARN of the metric stream. */
    const char *arn;
    /* CreationDate: The date that the metric stream was originally created. */
    bool has_creation_date;
    struct awsc_timestamp creation_date;
    /* LastUpdateDate: The date that the configuration of this metric stream was
     * most recently updated. */
    bool has_last_update_date;
    struct awsc_timestamp last_update_date;
    /* Name: The name of the metric stream. */
    const char *name;
    /* FirehoseArn: The ARN of the Kinesis Firehose devlivery stream that is used
     * for this metric stream. */
    const char *firehose_arn;
    /* State: The current state of this stream. Valid values are running and
     * stopped . */
    const char *state;
    /* OutputFormat: The output format of this metric stream. Valid values are json
     * , opentelemetry1.0 , and opentelemetry0.7 . One of enum
     * awsc_cloudwatch_metric_stream_output_format's values (as its string). */
    const char *output_format;
};

/*
 * This structure contains a metric namespace and optionally, a list of metric
 * names, to either include in a metric stream or exclude from a metric stream.
 */
struct awsc_cloudwatch_metric_stream_filter {
    /* Namespace: The name of the metric namespace for this filter. */
    const char *namespace_;
    /* MetricNames: The names of the metrics to either include or exclude from the
     * metric stream. */
    struct awsc_cloudwatch_resource_list metric_names;
};

/*
 * By default, a metric stream always sends the MAX , MIN , SUM , and
 * SAMPLECOUNT statistics for each metric that is streamed. This structure
 * contains information for one metric that includes additional statistics in
 * the stream.
 */
struct awsc_cloudwatch_metric_stream_statistics_configuration {
    /* IncludeMetrics: An array of metric name and namespace pairs that stream the
     * additional statistics listed in the value of the AdditionalStatistics
     * parameter. There can be as many as 100 pairs in the array. Required. */
    struct awsc_cloudwatch_metric_stream_statistics_include_metrics include_metrics;
    /* AdditionalStatistics: The list of additional statistics that are to be
     * streamed for the metrics listed in the IncludeMetrics array in this
     * structure. This list can include as many as 20 statistics. Required. */
    struct awsc_cloudwatch_resource_list additional_statistics;
};

/*
 * This object contains the information for one metric that is to be streamed
 * with additional statistics.
 */
struct awsc_cloudwatch_metric_stream_statistics_metric {
    /* Namespace: The namespace of the metric. Required. */
    const char *namespace_;
    /* MetricName: The name of the metric. Required. */
    const char *metric_name;
};

/*
 * An input parameter that is required is missing.
 */
struct awsc_cloudwatch_missing_required_parameter_exception {
    /* message: */
    const char *message;
};

/*
 * Specifies which alarms an alarm mute rule applies to.
 */
struct awsc_cloudwatch_mute_targets {
    /* AlarmNames: The list of alarm names that this mute rule targets. You can
     * specify up to 100 alarm names. Required. */
    struct awsc_cloudwatch_resource_list alarm_names;
};

/*
 * This array is empty if the API operation was successful for all the rules
 * specified in the request. If the operation could not process one of the
 * rules, the following data is returned for each of those rules.
 */
struct awsc_cloudwatch_partial_failure {
    /* FailureResource: The specified rule that could not be deleted. */
    const char *failure_resource;
    /* ExceptionType: The type of error. */
    const char *exception_type;
    /* FailureCode: The code of the error. */
    const char *failure_code;
    /* FailureDescription: A description of the error. */
    const char *failure_description;
};

/* PutAlarmMuteRuleInput */
struct awsc_cloudwatch_put_alarm_mute_rule_input {
    /* Name: The name of the alarm mute rule. This name must be unique within your
     * Amazon Web Services account and region. Required. */
    const char *name;
    /* Description: A description of the alarm mute rule that helps you identify
     * its purpose. */
    const char *description;
    /* Rule: The configuration that defines when and how long alarms should be
     * muted. Required. */
    struct awsc_cloudwatch_rule *rule;
    /* MuteTargets: Specifies which alarms this rule applies to. */
    struct awsc_cloudwatch_mute_targets *mute_targets;
    /* Tags: A list of key-value pairs to associate with the alarm mute rule. You
     * can use tags to categorize and manage your mute rules. */
    struct awsc_cloudwatch_tag_list tags;
    /* StartDate: The date and time after which the mute rule takes effect,
     * specified as a timestamp in ISO 8601 format (for example,
     * 2026-04-15T08:00:00Z ). */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* ExpireDate: The date and time when the mute rule expires and is no longer
     * evaluated, specified as a timestamp in ISO 8601 format (for example,
     * 2026-12-31T23:59:59Z ). */
    bool has_expire_date;
    struct awsc_timestamp expire_date;
};

/* PutAnomalyDetectorInput */
struct awsc_cloudwatch_put_anomaly_detector_input {
    /* Namespace: The namespace of the metric to create the anomaly detection model
     * for. */
    const char *namespace_;
    /* MetricName: The name of the metric to create the anomaly detection model
     * for. */
    const char *metric_name;
    /* Dimensions: The metric dimensions to create the anomaly detection model for. */
    struct awsc_cloudwatch_dimensions dimensions;
    /* Stat: The statistic to use for the metric and the anomaly detection model. */
    const char *stat;
    /* Configuration: The configuration specifies details about how the anomaly
     * detection model is to be trained, including time ranges to exclude when
     * training and updating the model. */
    struct awsc_cloudwatch_anomaly_detector_configuration *configuration;
    /* MetricCharacteristics: Use this object to include parameters to provide
     * information about your metric to CloudWatch to help it build more accurate
     * anomaly detection models. */
    struct awsc_cloudwatch_metric_characteristics *metric_characteristics;
    /* SingleMetricAnomalyDetector: A single metric anomaly detector to be created. */
    struct awsc_cloudwatch_single_metric_anomaly_detector *single_metric_anomaly_detector;
    /* MetricMathAnomalyDetector: The metric math anomaly detector to be created. */
    struct awsc_cloudwatch_metric_math_anomaly_detector *metric_math_anomaly_detector;
};

/* PutAnomalyDetectorOutput */
struct awsc_cloudwatch_put_anomaly_detector_output {
    /* AnomalyDetectorId: The unique identifier of the anomaly detector that you
     * created or updated. */
    const char *anomaly_detector_id;
};

/* PutCompositeAlarmInput */
struct awsc_cloudwatch_put_composite_alarm_input {
    /* ActionsEnabled: Indicates whether actions should be executed during any
     * changes to the alarm state of the composite alarm. The default is TRUE . */
    bool has_actions_enabled;
    bool actions_enabled;
    /* AlarmActions: The actions to execute when this alarm transitions to the
     * ALARM state from any other state. Each action is specified as an Amazon
     * Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list alarm_actions;
    /* AlarmDescription: The description for the composite alarm. */
    const char *alarm_description;
    /* AlarmName: The name for the composite alarm. This name must be unique within
     * the Region. Required. */
    const char *alarm_name;
    /* AlarmRule: An expression that specifies which other alarms are to be
     * evaluated to determine this composite alarm's state. Required. */
    const char *alarm_rule;
    /* InsufficientDataActions: The actions to execute when this alarm transitions
     * to the INSUFFICIENT_DATA state from any other state. Each action is
     * specified as an Amazon Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list insufficient_data_actions;
    /* OKActions: The actions to execute when this alarm transitions to an OK state
     * from any other state. Each action is specified as an Amazon Resource Name
     * (ARN). */
    struct awsc_cloudwatch_resource_list ok_actions;
    /* Tags: A list of key-value pairs to associate with the alarm. You can
     * associate as many as 50 tags with an alarm. */
    struct awsc_cloudwatch_tag_list tags;
    /* ActionsSuppressor: Actions will be suppressed if the suppressor alarm is in
     * the ALARM state. ActionsSuppressor can be an AlarmName or an Amazon Resource
     * Name (ARN) from an existing alarm. */
    const char *actions_suppressor;
    /* ActionsSuppressorWaitPeriod: The maximum time in seconds that the composite
     * alarm waits for the suppressor alarm to go into the ALARM state. After this
     * time, the composite alarm performs its actions. */
    bool has_actions_suppressor_wait_period;
    int32_t actions_suppressor_wait_period;
    /* ActionsSuppressorExtensionPeriod: The maximum time in seconds that the
     * composite alarm waits after suppressor alarm goes out of the ALARM state.
     * After this time, the composite alarm performs its actions. */
    bool has_actions_suppressor_extension_period;
    int32_t actions_suppressor_extension_period;
};

/* PutDashboardInput */
struct awsc_cloudwatch_put_dashboard_input {
    /* DashboardName: The name of the dashboard. If a dashboard with this name
     * already exists, this call modifies that dashboard, replacing its current
     * contents. Otherwise, a new dashboard is created. Required. */
    const char *dashboard_name;
    /* DashboardBody: The detailed information about the dashboard in JSON format,
     * including the widgets to include and their location on the dashboard. This
     * parameter is required. Required. */
    const char *dashboard_body;
    /* Tags: A list of key-value pairs to associate with the dashboard. You can
     * associate as many as 50 tags with a dashboard. */
    struct awsc_cloudwatch_tag_list tags;
};

/* PutDashboardOutput */
struct awsc_cloudwatch_put_dashboard_output {
    /* DashboardValidationMessages: If the input for PutDashboard was correct and
     * the dashboard was successfully created or modified, this result is empty. */
    struct awsc_cloudwatch_dashboard_validation_messages dashboard_validation_messages;
};

/* PutInsightRuleInput */
struct awsc_cloudwatch_put_insight_rule_input {
    /* RuleName: A unique name for the rule. Required. */
    const char *rule_name;
    /* RuleState: The state of the rule. Valid values are ENABLED and DISABLED. */
    const char *rule_state;
    /* RuleDefinition: The definition of the rule, as a JSON object. For details on
     * the valid syntax, see Contributor Insights Rule Syntax . Required. */
    const char *rule_definition;
    /* Tags: A list of key-value pairs to associate with the Contributor Insights
     * rule. You can associate as many as 50 tags with a rule. */
    struct awsc_cloudwatch_tag_list tags;
    /* ApplyOnTransformedLogs: Specify true to have this rule evaluate log events
     * after they have been transformed by Log transformation . */
    bool has_apply_on_transformed_logs;
    bool apply_on_transformed_logs;
};

/* PutInsightRuleOutput */
struct awsc_cloudwatch_put_insight_rule_output {
    char unused_; /* no members */
};

/* PutLogAlarmInput */
struct awsc_cloudwatch_put_log_alarm_input {
    /* AlarmName: The name for the alarm. This name must be unique within the
     * Amazon Web Services account and Region. Required. */
    const char *alarm_name;
    /* AlarmDescription: The description for the alarm. */
    const char *alarm_description;
    /* ScheduledQueryConfiguration: The configuration of the underlying CloudWatch
     * Logs scheduled query that this alarm evaluates, including the query string,
     * log groups, schedule, and aggregation expression. Required. */
    struct awsc_cloudwatch_scheduled_query_configuration *scheduled_query_configuration;
    /* ActionLogLineCount: The number of log lines from the most recent scheduled
     * query execution to include in alarm action notifications. Valid range is 0
     * through 50. The default is 0, which means no log lines are included. */
    bool has_action_log_line_count;
    int32_t action_log_line_count;
    /* ActionLogLineRoleArn: The Amazon Resource Name (ARN) of an IAM role that
     * CloudWatch assumes to retrieve log events for inclusion in alarm action
     * notifications. Required when ActionLogLineCount is greater than 0. */
    const char *action_log_line_role_arn;
    /* ActionsEnabled: Indicates whether actions should be executed during any
     * changes to the alarm state. The default is true . */
    bool has_actions_enabled;
    bool actions_enabled;
    /* OKActions: The actions to execute when this alarm transitions to the OK
     * state from any other state. Each action is specified as an Amazon Resource
     * Name (ARN). */
    struct awsc_cloudwatch_resource_list ok_actions;
    /* AlarmActions: The actions to execute when this alarm transitions to the
     * ALARM state from any other state. Each action is specified as an Amazon
     * Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list alarm_actions;
    /* InsufficientDataActions: The actions to execute when this alarm transitions
     * to the INSUFFICIENT_DATA state from any other state. Each action is
     * specified as an Amazon Resource Name (ARN). */
    struct awsc_cloudwatch_resource_list insufficient_data_actions;
    /* QueryResultsToEvaluate: The number of most recent scheduled query results to
     * evaluate against the threshold (the N in M-of-N evaluation). Valid range is
     * 1 through 100. Required. */
    bool has_query_results_to_evaluate;
    int32_t query_results_to_evaluate;
    /* QueryResultsToAlarm: The number of query results, out of the most recent
     * QueryResultsToEvaluate results, that must breach the threshold to trigger
     * the alarm to transition to ALARM (the M in M-of-N evaluation). Required. */
    bool has_query_results_to_alarm;
    int32_t query_results_to_alarm;
    /* Threshold: The value to compare with the aggregated query result. Required. */
    bool has_threshold;
    double threshold;
    /* ComparisonOperator: The arithmetic operation to use when comparing the
     * aggregated query result and the threshold. The aggregated query result is
     * used as the first operand. Required. One of enum
     * awsc_cloudwatch_comparison_operator's values (as its string). */
    const char *comparison_operator;
    /* TreatMissingData: Sets how this alarm is to handle missing data points.
     * Valid values are breaching , notBreaching , ignore , and missing . If this
     * parameter is omitted, the default behavior of missing is used. */
    const char *treat_missing_data;
    /* Tags: A list of key-value pairs to associate with the alarm. You can use
     * tags to categorize and manage your alarms. */
    struct awsc_cloudwatch_tag_list tags;
};

/* PutManagedInsightRulesInput */
struct awsc_cloudwatch_put_managed_insight_rules_input {
    /* ManagedRules: A list of ManagedRules to enable. Required. */
    struct awsc_cloudwatch_managed_rules managed_rules;
};

/* PutManagedInsightRulesOutput */
struct awsc_cloudwatch_put_managed_insight_rules_output {
    /* Failures: An array that lists the rules that could not be enabled. */
    struct awsc_cloudwatch_batch_failures failures;
};

/* PutMetricAlarmInput */
struct awsc_cloudwatch_put_metric_alarm_input {
    /* AlarmName: The name for the alarm. This name must be unique within the
     * Region. Required. */
    const char *alarm_name;
    /* AlarmDescription: The description for the alarm. */
    const char *alarm_description;
    /* ActionsEnabled: Indicates whether actions should be executed during any
     * changes to the alarm state. The default is TRUE . */
    bool has_actions_enabled;
    bool actions_enabled;
    /* OKActions: The actions to execute when this alarm transitions to an OK state
     * from any other state. Each action is specified as an Amazon Resource Name
     * (ARN). Valid values: */
    struct awsc_cloudwatch_resource_list ok_actions;
    /* AlarmActions: The actions to execute when this alarm transitions to the
     * ALARM state from any other state. Each action is specified as an Amazon
     * Resource Name (ARN). Valid values: */
    struct awsc_cloudwatch_resource_list alarm_actions;
    /* InsufficientDataActions: The actions to execute when this alarm transitions
     * to the INSUFFICIENT_DATA state from any other state. Each action is
     * specified as an Amazon Resource Name (ARN). Valid values: */
    struct awsc_cloudwatch_resource_list insufficient_data_actions;
    /* MetricName: The name for the metric associated with the alarm. For each
     * PutMetricAlarm operation, you must specify either MetricName , a Metrics
     * array, or an EvaluationCriteria . */
    const char *metric_name;
    /* Namespace: The namespace for the metric associated specified in MetricName . */
    const char *namespace_;
    /* Statistic: The statistic for the metric specified in MetricName , other than
     * percentile. For percentile statistics, use ExtendedStatistic . One of enum
     * awsc_cloudwatch_statistic's values (as its string). */
    const char *statistic;
    /* ExtendedStatistic: The extended statistic for the metric specified in
     * MetricName . When you call PutMetricAlarm and specify a MetricName , you
     * must specify either Statistic or ExtendedStatistic but not both. */
    const char *extended_statistic;
    /* Dimensions: The dimensions for the metric specified in MetricName . */
    struct awsc_cloudwatch_dimensions dimensions;
    /* Period: The length, in seconds, used each time the metric specified in
     * MetricName is evaluated. Valid values are 10, 20, 30, and any multiple of
     * 60. */
    bool has_period;
    int32_t period;
    /* Unit: The unit of measure for the statistic. For example, the units for the
     * Amazon EC2 NetworkIn metric are Bytes because NetworkIn tracks the number of
     * bytes that an instance receives on all network ... One of enum
     * awsc_cloudwatch_standard_unit's values (as its string). */
    const char *unit;
    /* EvaluationPeriods: The number of periods over which data is compared to the
     * specified threshold. */
    bool has_evaluation_periods;
    int32_t evaluation_periods;
    /* DatapointsToAlarm: The number of data points that must be breaching to
     * trigger the alarm. This is used only if you are setting an "M out of N"
     * alarm. In that case, this value is the M. */
    bool has_datapoints_to_alarm;
    int32_t datapoints_to_alarm;
    /* Threshold: The value against which the specified statistic is compared. */
    bool has_threshold;
    double threshold;
    /* ComparisonOperator: The arithmetic operation to use when comparing the
     * specified statistic and threshold. The specified statistic value is used as
     * the first operand. One of enum awsc_cloudwatch_comparison_operator's values
     * (as its string). */
    const char *comparison_operator;
    /* TreatMissingData: Sets how this alarm is to handle missing data points. If
     * TreatMissingData is omitted, the default behavior of missing is used. */
    const char *treat_missing_data;
    /* EvaluateLowSampleCountPercentile: Used only for alarms based on percentiles.
     * If you specify ignore , the alarm state does not change during periods with
     * too few data points to be statistically significant. */
    const char *evaluate_low_sample_count_percentile;
    /* Metrics: An array of MetricDataQuery structures that enable you to create an
     * alarm based on the result of a metric math expression. */
    struct awsc_cloudwatch_metric_data_queries metrics;
    /* Tags: A list of key-value pairs to associate with the alarm. You can
     * associate as many as 50 tags with an alarm. */
    struct awsc_cloudwatch_tag_list tags;
    /* ThresholdMetricId: If this is an alarm based on an anomaly detection model,
     * make this value match the ID of the ANOMALY_DETECTION_BAND function. */
    const char *threshold_metric_id;
    /* EvaluationWindow: The evaluation window that the alarm uses to select the
     * range of metric data that it evaluates. Specify either a sliding window or a
     * wall clock window. */
    struct awsc_cloudwatch_evaluation_window *evaluation_window;
    /* EvaluationCriteria: The evaluation criteria for the alarm. For each
     * PutMetricAlarm operation, you must specify either MetricName , a Metrics
     * array, or an EvaluationCriteria . */
    struct awsc_cloudwatch_evaluation_criteria *evaluation_criteria;
    /* EvaluationInterval: The frequency, in seconds, at which the alarm is
     * evaluated. Valid values are 10, 20, 30, and any multiple of 60. */
    bool has_evaluation_interval;
    int32_t evaluation_interval;
};

/* PutMetricDataInput */
struct awsc_cloudwatch_put_metric_data_input {
    /* Namespace: The namespace for the metric data. You can use ASCII characters
     * for the namespace, except for control characters which are not supported.
     * Required. */
    const char *namespace_;
    /* MetricData: The data for the metrics. Use this parameter if your metrics do
     * not contain associated entities. The array can include no more than 1000
     * metrics per call. */
    struct awsc_cloudwatch_metric_data metric_data;
    /* EntityMetricData: Data for metrics that contain associated entity
     * information. You can include up to two EntityMetricData objects, each of
     * which can contain a single Entity and associated metrics. */
    struct awsc_cloudwatch_entity_metric_data_list entity_metric_data;
    /* StrictEntityValidation: Whether to accept valid metric data when an invalid
     * entity is sent. When set to true : Any validation error (for entity or
     * metric data) will fail the entire request, and no data will be ingested. */
    bool has_strict_entity_validation;
    bool strict_entity_validation;
};

/* PutMetricStreamInput */
struct awsc_cloudwatch_put_metric_stream_input {
    /* Name: If you are creating a new metric stream, this is the name for the new
     * stream. The name must be different than the names of other metric streams in
     * this account and Region. Required. */
    const char *name;
    /* IncludeFilters: If you specify this parameter, the stream sends only the
     * metrics from the metric namespaces that you specify here. */
    struct awsc_cloudwatch_metric_stream_filters include_filters;
    /* ExcludeFilters: If you specify this parameter, the stream sends metrics from
     * all metric namespaces except for the namespaces that you specify here. */
    struct awsc_cloudwatch_metric_stream_filters exclude_filters;
    /* FirehoseArn: The ARN of the Amazon Kinesis Data Firehose delivery stream to
     * use for this metric stream. Required. */
    const char *firehose_arn;
    /* RoleArn: The ARN of an IAM role that this metric stream will use to access
     * Amazon Kinesis Data Firehose resources. This IAM role must already exist and
     * must be in the same account as the metric stream. Required. */
    const char *role_arn;
    /* OutputFormat: The output format for the stream. Valid values are json ,
     * opentelemetry1.0 , and opentelemetry0.7 . For more information about metric
     * stream output formats, see Metric streams output formats . Required. One of
     * enum awsc_cloudwatch_metric_stream_output_format's values (as its string). */
    const char *output_format;
    /* Tags: A list of key-value pairs to associate with the metric stream. You can
     * associate as many as 50 tags with a metric stream. */
    struct awsc_cloudwatch_tag_list tags;
    /* StatisticsConfigurations: By default, a metric stream always sends the MAX ,
     * MIN , SUM , and SAMPLECOUNT statistics for each metric that is streamed. */
    struct awsc_cloudwatch_metric_stream_statistics_configurations statistics_configurations;
    /* IncludeLinkedAccountsMetrics: If you are creating a metric stream in a
     * monitoring account, specify true to include metrics from source accounts in
     * the metric stream. */
    bool has_include_linked_accounts_metrics;
    bool include_linked_accounts_metrics;
};

/* PutMetricStreamOutput */
struct awsc_cloudwatch_put_metric_stream_output {
    /* Arn: The ARN of the metric stream. */
    const char *arn;
};

/*
 * Specifies one range of days or times to exclude from use for training an
 * anomaly detection model.
 */
struct awsc_cloudwatch_range {
    /* StartTime: The start time of the range to exclude. The format is
     * yyyy-MM-dd'T'HH:mm:ss . For example, 2019-07-01T23:59:59 . Required. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The end time of the range to exclude. The format is
     * yyyy-MM-dd'T'HH:mm:ss . For example, 2019-07-01T23:59:59 . Required. */
    bool has_end_time;
    struct awsc_timestamp end_time;
};

/*
 * The operation could not be completed because the request conflicts with the
 * current state of the alarm or its underlying scheduled query resource.
 */
struct awsc_cloudwatch_resource_conflict {
    /* message: */
    const char *message;
};

/*
 * The named resource does not exist.
 */
struct awsc_cloudwatch_resource_not_found {
    /* message: */
    const char *message;
};

/*
 * The named resource does not exist.
 */
struct awsc_cloudwatch_resource_not_found_exception {
    /* ResourceType: */
    const char *resource_type;
    /* ResourceId: */
    const char *resource_id;
};

/*
 * Defines the schedule configuration for an alarm mute rule.
 */
struct awsc_cloudwatch_rule {
    /* Schedule: The schedule configuration that defines when the mute rule
     * activates and how long it remains active. Required. */
    struct awsc_cloudwatch_schedule *schedule;
};

/*
 * Specifies when and how long an alarm mute rule is active.
 */
struct awsc_cloudwatch_schedule {
    /* Expression: The schedule expression that defines when the mute rule
     * activates. The expression must be between 1 and 256 characters in length.
     * Required. */
    const char *expression;
    /* Duration: The length of time that alarms remain muted when the schedule
     * activates. The duration must be between 1 and 50 characters in length.
     * Required. */
    const char *duration;
    /* Timezone: The time zone to use when evaluating the schedule expression. The
     * time zone must be between 1 and 50 characters in length. */
    const char *timezone;
};

/*
 * Contains the schedule expression and time-range offsets that define when a
 * scheduled query runs and what time range each execution covers.
 */
struct awsc_cloudwatch_schedule_configuration {
    /* ScheduleExpression: The schedule expression that defines how often the
     * underlying CloudWatch Logs scheduled query runs. Specify a rate()
     * expression, for example rate(5 minutes) . Required. */
    const char *schedule_expression;
    /* StartTimeOffset: The offset, in seconds, before the scheduled execution time
     * at which the query time range begins. Required. */
    bool has_start_time_offset;
    int64_t start_time_offset;
    /* EndTimeOffset: The offset, in seconds, before the scheduled execution time
     * at which the query time range ends. Must be non-negative and less than
     * StartTimeOffset . The default is 0. */
    bool has_end_time_offset;
    int64_t end_time_offset;
};

/*
 * The configuration of the CloudWatch Logs scheduled query that backs a log
 * alarm.
 */
struct awsc_cloudwatch_scheduled_query_configuration {
    /* QueryString: The CloudWatch Logs query to execute on each scheduled run.
     * Length constraints: maximum of 10,000 characters. Required. */
    const char *query_string;
    /* LogGroupIdentifiers: The log groups to query. Each entry can be a log group
     * name or ARN. Use the ARN form when querying log groups in a different
     * account (for example, when running cross-account queries from a monitoring
     * ... */
    struct awsc_cloudwatch_resource_list log_group_identifiers;
    /* QueryARN: The Amazon Resource Name (ARN) of the CloudWatch Logs scheduled
     * query that the alarm uses. This field is populated in DescribeAlarms
     * responses. */
    const char *query_arn;
    /* ScheduledQueryRoleARN: The Amazon Resource Name (ARN) of the IAM role that
     * CloudWatch assumes when executing the scheduled query against the configured
     * log groups. Required. */
    const char *scheduled_query_role_arn;
    /* ScheduleConfiguration: The schedule and time-range offset configuration for
     * the underlying scheduled query. Required. */
    struct awsc_cloudwatch_schedule_configuration *schedule_configuration;
    /* AggregationExpression: The expression that defines how to aggregate query
     * results into one or more scalar values for alarm evaluation. For example,
     * count(*) or avg(latency) by host | sort desc . Required. */
    const char *aggregation_expression;
    /* Tags: A list of key-value pairs to associate with the underlying scheduled
     * query resource. */
    struct awsc_cloudwatch_tag_list tags;
};

/* SetAlarmStateInput */
struct awsc_cloudwatch_set_alarm_state_input {
    /* AlarmName: The name of the alarm. Required. */
    const char *alarm_name;
    /* StateValue: The value of the state. Required. One of enum
     * awsc_cloudwatch_state_value's values (as its string). */
    const char *state_value;
    /* StateReason: The reason that this alarm is set to this specific state, in
     * text format. Required. */
    const char *state_reason;
    /* StateReasonData: The reason that this alarm is set to this specific state,
     * in JSON format. */
    const char *state_reason_data;
};

/*
 * Designates the CloudWatch metric and statistic that provides the time series
 * the anomaly detector uses as input. If you have enabled unified
 * cross-account observability, and this account is a monitoring account, the
 * metric can be in the same account or a source account.
 */
struct awsc_cloudwatch_single_metric_anomaly_detector {
    /* AccountId: If the CloudWatch metric that provides the time series that the
     * anomaly detector uses as input is in another account, specify that account
     * ID here. */
    const char *account_id;
    /* Namespace: The namespace of the metric to create the anomaly detection model
     * for. */
    const char *namespace_;
    /* MetricName: The name of the metric to create the anomaly detection model
     * for. */
    const char *metric_name;
    /* Dimensions: The metric dimensions to create the anomaly detection model for. */
    struct awsc_cloudwatch_dimensions dimensions;
    /* Stat: The statistic to use for the metric and anomaly detection model. */
    const char *stat;
};

/*
 * An evaluation window that advances each time the alarm is evaluated, forming
 * a rolling time window. This is the default evaluation window. A sliding
 * window has no additional configuration options.
 */
struct awsc_cloudwatch_sliding_window {
    char unused_; /* no members */
};

/* StartMetricStreamsInput */
struct awsc_cloudwatch_start_metric_streams_input {
    /* Names: The array of the names of metric streams to start streaming.
     * Required. */
    struct awsc_cloudwatch_resource_list names;
};

/* StartMetricStreamsOutput */
struct awsc_cloudwatch_start_metric_streams_output {
    char unused_; /* no members */
};

/* StartOTelEnrichmentInput */
struct awsc_cloudwatch_start_o_tel_enrichment_input {
    char unused_; /* no members */
};

/* StartOTelEnrichmentOutput */
struct awsc_cloudwatch_start_o_tel_enrichment_output {
    char unused_; /* no members */
};

/*
 * Represents a set of statistics that describes a specific metric.
 */
struct awsc_cloudwatch_statistic_set {
    /* SampleCount: The number of samples used for the statistic set. Required. */
    bool has_sample_count;
    double sample_count;
    /* Sum: The sum of values for the sample set. Required. */
    bool has_sum;
    double sum;
    /* Minimum: The minimum value of the sample set. Required. */
    bool has_minimum;
    double minimum;
    /* Maximum: The maximum value of the sample set. Required. */
    bool has_maximum;
    double maximum;
};

/* StopMetricStreamsInput */
struct awsc_cloudwatch_stop_metric_streams_input {
    /* Names: The array of the names of metric streams to stop streaming. Required. */
    struct awsc_cloudwatch_resource_list names;
};

/* StopMetricStreamsOutput */
struct awsc_cloudwatch_stop_metric_streams_output {
    char unused_; /* no members */
};

/* StopOTelEnrichmentInput */
struct awsc_cloudwatch_stop_o_tel_enrichment_input {
    char unused_; /* no members */
};

/* StopOTelEnrichmentOutput */
struct awsc_cloudwatch_stop_o_tel_enrichment_output {
    char unused_; /* no members */
};

/*
 * A key-value pair associated with a CloudWatch resource.
 */
struct awsc_cloudwatch_tag {
    /* Key: A string that you can use to assign a value. The combination of tag
     * keys and values can help you organize and categorize your resources.
     * Required. */
    const char *key;
    /* Value: The value for the specified tag key. Required. */
    const char *value;
};

/* TagResourceInput */
struct awsc_cloudwatch_tag_resource_input {
    /* ResourceARN: The ARN of the CloudWatch resource that you're adding tags to.
     * Required. */
    const char *resource_arn;
    /* Tags: The list of key-value pairs to associate with the alarm. Required. */
    struct awsc_cloudwatch_tag_list tags;
};

/* TagResourceOutput */
struct awsc_cloudwatch_tag_resource_output {
    char unused_; /* no members */
};

/* UntagResourceInput */
struct awsc_cloudwatch_untag_resource_input {
    /* ResourceARN: The ARN of the CloudWatch resource that you're removing tags
     * from. Required. */
    const char *resource_arn;
    /* TagKeys: The list of tag keys to remove from the resource. Required. */
    struct awsc_cloudwatch_resource_list tag_keys;
};

/* UntagResourceOutput */
struct awsc_cloudwatch_untag_resource_output {
    char unused_; /* no members */
};

/*
 * An evaluation window that aligns the evaluated range to fixed clock
 * boundaries that match the alarm's period, such as the top of the hour,
 * midnight, or the start of the calendar week, optionally in a specific time
 * zone.
 */
struct awsc_cloudwatch_wall_clock_window {
    /* Timezone: The time zone to use when the alarm aligns the evaluation window
     * to clock boundaries. */
    const char *timezone;
};

struct awsc_cloudwatch_entity_attributes_map_entry {
    const char *key;
    const char *value;
};

struct awsc_cloudwatch_datapoint_value_map_entry {
    const char *key;
    double value;
};

/* ----------------------------------------------------------- operations */

/*
 * AssociateDatasetKmsKey
 * Associates an Amazon Web Services Key Management Service (Amazon Web
 * Services KMS) customer managed key with the specified dataset. After this
 * operation completes, all data published to the dataset is encrypted at rest
 * using the specified KMS key.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_CONFLICT_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_KMS_ACCESS_DENIED_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_KMS_KEY_DISABLED_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_KMS_KEY_NOT_FOUND_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_associate_dataset_kms_key(struct awsc_client *client,
                                                       const struct awsc_cloudwatch_associate_dataset_kms_key_input *input,
                                                       struct awsc_cloudwatch_associate_dataset_kms_key_output **output,
                                                       struct awsc_error *err);
typedef void awsc_cloudwatch_associate_dataset_kms_key_cb(void *user_data,
                                                          int status,
                                                          struct awsc_cloudwatch_associate_dataset_kms_key_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_cloudwatch_associate_dataset_kms_key_async(struct awsc_client *client,
                                                             const struct awsc_cloudwatch_associate_dataset_kms_key_input *input,
                                                             awsc_cloudwatch_associate_dataset_kms_key_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * DeleteAlarmMuteRule
 * Deletes a specific alarm mute rule. When you delete a mute rule, any alarms
 * that are currently being muted by that rule are immediately unmuted. If
 * those alarms are in an ALARM state, their configured actions will trigger.
 * This operation is idempotent.
 */
AWSC_API int awsc_cloudwatch_delete_alarm_mute_rule(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_delete_alarm_mute_rule_input *input,
                                                    struct awsc_error *err);
typedef void awsc_cloudwatch_delete_alarm_mute_rule_cb(void *user_data,
                                                       int status,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_delete_alarm_mute_rule_async(struct awsc_client *client,
                                                          const struct awsc_cloudwatch_delete_alarm_mute_rule_input *input,
                                                          awsc_cloudwatch_delete_alarm_mute_rule_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * DeleteAlarms
 * Deletes the specified alarms. You can delete up to 100 alarms in one
 * operation. However, this total can include no more than one composite alarm.
 * For example, you could delete 99 metric alarms and one composite alarms with
 * one operation, but you can't delete two composite alarms with one operation.
 * Errors: AWSC_CLOUDWATCH_ERR_RESOURCE_CONFLICT,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND
 */
AWSC_API int awsc_cloudwatch_delete_alarms(struct awsc_client *client,
                                           const struct awsc_cloudwatch_delete_alarms_input *input,
                                           struct awsc_error *err);
typedef void awsc_cloudwatch_delete_alarms_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_cloudwatch_delete_alarms_async(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_delete_alarms_input *input,
                                                 awsc_cloudwatch_delete_alarms_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DeleteAnomalyDetector
 * Deletes the specified anomaly detection model from your account. For more
 * information about how to delete an anomaly detection model, see Deleting an
 * anomaly detection model in the CloudWatch User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_COMBINATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_delete_anomaly_detector(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_delete_anomaly_detector_input *input,
                                                     struct awsc_cloudwatch_delete_anomaly_detector_output **output,
                                                     struct awsc_error *err);
typedef void awsc_cloudwatch_delete_anomaly_detector_cb(void *user_data,
                                                        int status,
                                                        struct awsc_cloudwatch_delete_anomaly_detector_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_cloudwatch_delete_anomaly_detector_async(struct awsc_client *client,
                                                           const struct awsc_cloudwatch_delete_anomaly_detector_input *input,
                                                           awsc_cloudwatch_delete_anomaly_detector_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * DeleteDashboards
 * Deletes all dashboards that you specify. You can specify up to 100
 * dashboards to delete. If there is an error during this call, the operation
 * attempts to delete as many dashboards as possible.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_CONFLICT_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_delete_dashboards(struct awsc_client *client,
                                               const struct awsc_cloudwatch_delete_dashboards_input *input,
                                               struct awsc_cloudwatch_delete_dashboards_output **output,
                                               struct awsc_error *err);
typedef void awsc_cloudwatch_delete_dashboards_cb(void *user_data,
                                                  int status,
                                                  struct awsc_cloudwatch_delete_dashboards_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_cloudwatch_delete_dashboards_async(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_delete_dashboards_input *input,
                                                     awsc_cloudwatch_delete_dashboards_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * DeleteInsightRules
 * Permanently deletes the specified Contributor Insights rules.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_delete_insight_rules(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_delete_insight_rules_input *input,
                                                  struct awsc_cloudwatch_delete_insight_rules_output **output,
                                                  struct awsc_error *err);
typedef void awsc_cloudwatch_delete_insight_rules_cb(void *user_data,
                                                     int status,
                                                     struct awsc_cloudwatch_delete_insight_rules_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_delete_insight_rules_async(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_delete_insight_rules_input *input,
                                                        awsc_cloudwatch_delete_insight_rules_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * DeleteMetricStream
 * Permanently deletes the metric stream that you specify.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_delete_metric_stream(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_delete_metric_stream_input *input,
                                                  struct awsc_cloudwatch_delete_metric_stream_output **output,
                                                  struct awsc_error *err);
typedef void awsc_cloudwatch_delete_metric_stream_cb(void *user_data,
                                                     int status,
                                                     struct awsc_cloudwatch_delete_metric_stream_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_delete_metric_stream_async(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_delete_metric_stream_input *input,
                                                        awsc_cloudwatch_delete_metric_stream_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * DescribeAlarmContributors
 * Returns the information of the current alarm contributors that are in ALARM
 * state. This operation returns details about the individual time series that
 * contribute to the alarm's state.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_describe_alarm_contributors(struct awsc_client *client,
                                                         const struct awsc_cloudwatch_describe_alarm_contributors_input *input,
                                                         struct awsc_cloudwatch_describe_alarm_contributors_output **output,
                                                         struct awsc_error *err);
typedef void awsc_cloudwatch_describe_alarm_contributors_cb(void *user_data,
                                                            int status,
                                                            struct awsc_cloudwatch_describe_alarm_contributors_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarm_contributors_async(struct awsc_client *client,
                                                               const struct awsc_cloudwatch_describe_alarm_contributors_input *input,
                                                               awsc_cloudwatch_describe_alarm_contributors_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * DescribeAlarmHistory
 * Retrieves the history for the specified alarm. You can filter the results by
 * date range or item type. If an alarm name is not specified, the histories
 * for either all metric alarms or all composite alarms are returned.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_cloudwatch_describe_alarm_history(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_describe_alarm_history_input *input,
                                                    struct awsc_cloudwatch_describe_alarm_history_output **output,
                                                    struct awsc_error *err);
typedef void awsc_cloudwatch_describe_alarm_history_cb(void *user_data,
                                                       int status,
                                                       struct awsc_cloudwatch_describe_alarm_history_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarm_history_async(struct awsc_client *client,
                                                          const struct awsc_cloudwatch_describe_alarm_history_input *input,
                                                          awsc_cloudwatch_describe_alarm_history_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * DescribeAlarms
 * Retrieves the specified alarms. You can filter the results by specifying a
 * prefix for the alarm name, the alarm state, or a prefix for any action.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_cloudwatch_describe_alarms(struct awsc_client *client,
                                             const struct awsc_cloudwatch_describe_alarms_input *input,
                                             struct awsc_cloudwatch_describe_alarms_output **output,
                                             struct awsc_error *err);
typedef void awsc_cloudwatch_describe_alarms_cb(void *user_data,
                                                int status,
                                                struct awsc_cloudwatch_describe_alarms_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarms_async(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_describe_alarms_input *input,
                                                   awsc_cloudwatch_describe_alarms_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * DescribeAlarmsForMetric
 * Retrieves the alarms for the specified metric. To filter the results,
 * specify a statistic, period, or unit.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_cloudwatch_describe_alarms_for_metric(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_describe_alarms_for_metric_input *input,
                                                        struct awsc_cloudwatch_describe_alarms_for_metric_output **output,
                                                        struct awsc_error *err);
typedef void awsc_cloudwatch_describe_alarms_for_metric_cb(void *user_data,
                                                           int status,
                                                           struct awsc_cloudwatch_describe_alarms_for_metric_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarms_for_metric_async(struct awsc_client *client,
                                                              const struct awsc_cloudwatch_describe_alarms_for_metric_input *input,
                                                              awsc_cloudwatch_describe_alarms_for_metric_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * DescribeAnomalyDetectors
 * Lists the anomaly detection models that you have created in your account.
 * For single metric anomaly detectors, you can list all of the models in your
 * account or filter the results to only the models that are related to a
 * certain namespace, metric name, or metric dimension.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_COMBINATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_describe_anomaly_detectors(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_describe_anomaly_detectors_input *input,
                                                        struct awsc_cloudwatch_describe_anomaly_detectors_output **output,
                                                        struct awsc_error *err);
typedef void awsc_cloudwatch_describe_anomaly_detectors_cb(void *user_data,
                                                           int status,
                                                           struct awsc_cloudwatch_describe_anomaly_detectors_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_anomaly_detectors_async(struct awsc_client *client,
                                                              const struct awsc_cloudwatch_describe_anomaly_detectors_input *input,
                                                              awsc_cloudwatch_describe_anomaly_detectors_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * DescribeInsightRules
 * Returns a list of all the Contributor Insights rules in your account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_cloudwatch_describe_insight_rules(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_describe_insight_rules_input *input,
                                                    struct awsc_cloudwatch_describe_insight_rules_output **output,
                                                    struct awsc_error *err);
typedef void awsc_cloudwatch_describe_insight_rules_cb(void *user_data,
                                                       int status,
                                                       struct awsc_cloudwatch_describe_insight_rules_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_insight_rules_async(struct awsc_client *client,
                                                          const struct awsc_cloudwatch_describe_insight_rules_input *input,
                                                          awsc_cloudwatch_describe_insight_rules_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * DisableAlarmActions
 * Disables the actions for the specified alarms. When an alarm's actions are
 * disabled, the alarm actions do not execute when the alarm state changes.
 */
AWSC_API int awsc_cloudwatch_disable_alarm_actions(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_disable_alarm_actions_input *input,
                                                   struct awsc_error *err);
typedef void awsc_cloudwatch_disable_alarm_actions_cb(void *user_data,
                                                      int status,
                                                      struct awsc_error *err);
AWSC_API int awsc_cloudwatch_disable_alarm_actions_async(struct awsc_client *client,
                                                         const struct awsc_cloudwatch_disable_alarm_actions_input *input,
                                                         awsc_cloudwatch_disable_alarm_actions_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * DisableInsightRules
 * Disables the specified Contributor Insights rules. When rules are disabled,
 * they do not analyze log groups and do not incur costs.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_disable_insight_rules(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_disable_insight_rules_input *input,
                                                   struct awsc_cloudwatch_disable_insight_rules_output **output,
                                                   struct awsc_error *err);
typedef void awsc_cloudwatch_disable_insight_rules_cb(void *user_data,
                                                      int status,
                                                      struct awsc_cloudwatch_disable_insight_rules_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_cloudwatch_disable_insight_rules_async(struct awsc_client *client,
                                                         const struct awsc_cloudwatch_disable_insight_rules_input *input,
                                                         awsc_cloudwatch_disable_insight_rules_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * DisassociateDatasetKmsKey
 * Removes the customer managed Amazon Web Services Key Management Service
 * (Amazon Web Services KMS) key association from the specified dataset. After
 * this operation completes, data that you publish to the dataset is encrypted
 * at rest using an Amazon Web Services owned key managed by Amazon CloudWatch.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_CONFLICT_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_disassociate_dataset_kms_key(struct awsc_client *client,
                                                          const struct awsc_cloudwatch_disassociate_dataset_kms_key_input *input,
                                                          struct awsc_cloudwatch_disassociate_dataset_kms_key_output **output,
                                                          struct awsc_error *err);
typedef void awsc_cloudwatch_disassociate_dataset_kms_key_cb(void *user_data,
                                                             int status,
                                                             struct awsc_cloudwatch_disassociate_dataset_kms_key_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_cloudwatch_disassociate_dataset_kms_key_async(struct awsc_client *client,
                                                                const struct awsc_cloudwatch_disassociate_dataset_kms_key_input *input,
                                                                awsc_cloudwatch_disassociate_dataset_kms_key_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * EnableAlarmActions
 * Enables the actions for the specified alarms.
 */
AWSC_API int awsc_cloudwatch_enable_alarm_actions(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_enable_alarm_actions_input *input,
                                                  struct awsc_error *err);
typedef void awsc_cloudwatch_enable_alarm_actions_cb(void *user_data,
                                                     int status,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_enable_alarm_actions_async(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_enable_alarm_actions_input *input,
                                                        awsc_cloudwatch_enable_alarm_actions_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * EnableInsightRules
 * Enables the specified Contributor Insights rules. When rules are enabled,
 * they immediately begin analyzing log data.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_enable_insight_rules(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_enable_insight_rules_input *input,
                                                  struct awsc_cloudwatch_enable_insight_rules_output **output,
                                                  struct awsc_error *err);
typedef void awsc_cloudwatch_enable_insight_rules_cb(void *user_data,
                                                     int status,
                                                     struct awsc_cloudwatch_enable_insight_rules_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_enable_insight_rules_async(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_enable_insight_rules_input *input,
                                                        awsc_cloudwatch_enable_insight_rules_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * GetAlarmMuteRule
 * Retrieves details for a specific alarm mute rule.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_get_alarm_mute_rule(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                                 struct awsc_cloudwatch_get_alarm_mute_rule_output **output,
                                                 struct awsc_error *err);
typedef void awsc_cloudwatch_get_alarm_mute_rule_cb(void *user_data,
                                                    int status,
                                                    struct awsc_cloudwatch_get_alarm_mute_rule_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_alarm_mute_rule_async(struct awsc_client *client,
                                                       const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                                       awsc_cloudwatch_get_alarm_mute_rule_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * GetDashboard
 * Displays the details of the dashboard that you specify.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_DASHBOARD_NOT_FOUND_ERROR,
 *   AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_get_dashboard(struct awsc_client *client,
                                           const struct awsc_cloudwatch_get_dashboard_input *input,
                                           struct awsc_cloudwatch_get_dashboard_output **output,
                                           struct awsc_error *err);
typedef void awsc_cloudwatch_get_dashboard_cb(void *user_data,
                                              int status,
                                              struct awsc_cloudwatch_get_dashboard_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_dashboard_async(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_get_dashboard_input *input,
                                                 awsc_cloudwatch_get_dashboard_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetDataset
 * Returns information about the specified dataset. This includes its
 * identifier, Amazon Resource Name (ARN), and any customer managed Amazon Web
 * Services Key Management Service (Amazon Web Services KMS) key that is
 * currently associated with it.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_get_dataset(struct awsc_client *client,
                                         const struct awsc_cloudwatch_get_dataset_input *input,
                                         struct awsc_cloudwatch_get_dataset_output **output,
                                         struct awsc_error *err);
typedef void awsc_cloudwatch_get_dataset_cb(void *user_data,
                                            int status,
                                            struct awsc_cloudwatch_get_dataset_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_dataset_async(struct awsc_client *client,
                                               const struct awsc_cloudwatch_get_dataset_input *input,
                                               awsc_cloudwatch_get_dataset_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * GetInsightRuleReport
 * This operation returns the time series data collected by a Contributor
 * Insights rule. The data includes the identity and number of contributors to
 * the log group.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_get_insight_rule_report(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_get_insight_rule_report_input *input,
                                                     struct awsc_cloudwatch_get_insight_rule_report_output **output,
                                                     struct awsc_error *err);
typedef void awsc_cloudwatch_get_insight_rule_report_cb(void *user_data,
                                                        int status,
                                                        struct awsc_cloudwatch_get_insight_rule_report_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_insight_rule_report_async(struct awsc_client *client,
                                                           const struct awsc_cloudwatch_get_insight_rule_report_input *input,
                                                           awsc_cloudwatch_get_insight_rule_report_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * GetMetricData
 * You can use the GetMetricData API to retrieve CloudWatch metric values. The
 * operation can also include a CloudWatch Metrics Insights query, and one or
 * more metric math functions.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_cloudwatch_get_metric_data(struct awsc_client *client,
                                             const struct awsc_cloudwatch_get_metric_data_input *input,
                                             struct awsc_cloudwatch_get_metric_data_output **output,
                                             struct awsc_error *err);
typedef void awsc_cloudwatch_get_metric_data_cb(void *user_data,
                                                int status,
                                                struct awsc_cloudwatch_get_metric_data_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_metric_data_async(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_get_metric_data_input *input,
                                                   awsc_cloudwatch_get_metric_data_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * GetMetricStatistics
 * Gets statistics for the specified metric.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_COMBINATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_get_metric_statistics(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_get_metric_statistics_input *input,
                                                   struct awsc_cloudwatch_get_metric_statistics_output **output,
                                                   struct awsc_error *err);
typedef void awsc_cloudwatch_get_metric_statistics_cb(void *user_data,
                                                      int status,
                                                      struct awsc_cloudwatch_get_metric_statistics_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_metric_statistics_async(struct awsc_client *client,
                                                         const struct awsc_cloudwatch_get_metric_statistics_input *input,
                                                         awsc_cloudwatch_get_metric_statistics_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * GetMetricStream
 * Returns information about the metric stream that you specify.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_COMBINATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_get_metric_stream(struct awsc_client *client,
                                               const struct awsc_cloudwatch_get_metric_stream_input *input,
                                               struct awsc_cloudwatch_get_metric_stream_output **output,
                                               struct awsc_error *err);
typedef void awsc_cloudwatch_get_metric_stream_cb(void *user_data,
                                                  int status,
                                                  struct awsc_cloudwatch_get_metric_stream_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_metric_stream_async(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_get_metric_stream_input *input,
                                                     awsc_cloudwatch_get_metric_stream_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * GetMetricWidgetImage
 * You can use the GetMetricWidgetImage API to retrieve a snapshot graph of one
 * or more Amazon CloudWatch metrics as a bitmap image. You can then embed this
 * image into your services and products, such as wiki pages, reports, and
 * documents.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_cloudwatch_get_metric_widget_image(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_get_metric_widget_image_input *input,
                                                     struct awsc_cloudwatch_get_metric_widget_image_output **output,
                                                     struct awsc_error *err);
typedef void awsc_cloudwatch_get_metric_widget_image_cb(void *user_data,
                                                        int status,
                                                        struct awsc_cloudwatch_get_metric_widget_image_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_metric_widget_image_async(struct awsc_client *client,
                                                           const struct awsc_cloudwatch_get_metric_widget_image_input *input,
                                                           awsc_cloudwatch_get_metric_widget_image_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * GetOTelEnrichment
 * Returns the current status of vended metric enrichment for the account,
 * including whether CloudWatch vended metrics are enriched with resource ARN
 * and resource tag labels and queryable using PromQL. For the list of
 * supported resources, see Supported Amazon Web Services infrastructure
 * metrics .
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_cloudwatch_get_o_tel_enrichment(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_get_o_tel_enrichment_input *input,
                                                  struct awsc_cloudwatch_get_o_tel_enrichment_output **output,
                                                  struct awsc_error *err);
typedef void awsc_cloudwatch_get_o_tel_enrichment_cb(void *user_data,
                                                     int status,
                                                     struct awsc_cloudwatch_get_o_tel_enrichment_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_o_tel_enrichment_async(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_get_o_tel_enrichment_input *input,
                                                        awsc_cloudwatch_get_o_tel_enrichment_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * ListAlarmMuteRules
 * Lists alarm mute rules in your Amazon Web Services account and region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_list_alarm_mute_rules(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_list_alarm_mute_rules_input *input,
                                                   struct awsc_cloudwatch_list_alarm_mute_rules_output **output,
                                                   struct awsc_error *err);
typedef void awsc_cloudwatch_list_alarm_mute_rules_cb(void *user_data,
                                                      int status,
                                                      struct awsc_cloudwatch_list_alarm_mute_rules_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_alarm_mute_rules_async(struct awsc_client *client,
                                                         const struct awsc_cloudwatch_list_alarm_mute_rules_input *input,
                                                         awsc_cloudwatch_list_alarm_mute_rules_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * ListDashboards
 * Returns a list of the dashboards for your account. If you include
 * DashboardNamePrefix , only those dashboards with names starting with the
 * prefix are listed. Otherwise, all dashboards in your account are listed.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_list_dashboards(struct awsc_client *client,
                                             const struct awsc_cloudwatch_list_dashboards_input *input,
                                             struct awsc_cloudwatch_list_dashboards_output **output,
                                             struct awsc_error *err);
typedef void awsc_cloudwatch_list_dashboards_cb(void *user_data,
                                                int status,
                                                struct awsc_cloudwatch_list_dashboards_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_dashboards_async(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_list_dashboards_input *input,
                                                   awsc_cloudwatch_list_dashboards_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ListManagedInsightRules
 * Returns a list that contains the number of managed Contributor Insights
 * rules in your account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_list_managed_insight_rules(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_list_managed_insight_rules_input *input,
                                                        struct awsc_cloudwatch_list_managed_insight_rules_output **output,
                                                        struct awsc_error *err);
typedef void awsc_cloudwatch_list_managed_insight_rules_cb(void *user_data,
                                                           int status,
                                                           struct awsc_cloudwatch_list_managed_insight_rules_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_managed_insight_rules_async(struct awsc_client *client,
                                                              const struct awsc_cloudwatch_list_managed_insight_rules_input *input,
                                                              awsc_cloudwatch_list_managed_insight_rules_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * ListMetricStreams
 * Returns a list of metric streams in this account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_list_metric_streams(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_list_metric_streams_input *input,
                                                 struct awsc_cloudwatch_list_metric_streams_output **output,
                                                 struct awsc_error *err);
typedef void awsc_cloudwatch_list_metric_streams_cb(void *user_data,
                                                    int status,
                                                    struct awsc_cloudwatch_list_metric_streams_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_metric_streams_async(struct awsc_client *client,
                                                       const struct awsc_cloudwatch_list_metric_streams_input *input,
                                                       awsc_cloudwatch_list_metric_streams_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * ListMetrics
 * List the specified metrics. You can use the returned metrics with
 * GetMetricData or GetMetricStatistics to get statistical data.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_list_metrics(struct awsc_client *client,
                                          const struct awsc_cloudwatch_list_metrics_input *input,
                                          struct awsc_cloudwatch_list_metrics_output **output,
                                          struct awsc_error *err);
typedef void awsc_cloudwatch_list_metrics_cb(void *user_data,
                                             int status,
                                             struct awsc_cloudwatch_list_metrics_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_metrics_async(struct awsc_client *client,
                                                const struct awsc_cloudwatch_list_metrics_input *input,
                                                awsc_cloudwatch_list_metrics_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * ListTagsForResource
 * Displays the tags associated with a CloudWatch resource. Currently, alarms,
 * dashboards, metric streams and Contributor Insights rules support tagging.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_list_tags_for_resource(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_list_tags_for_resource_input *input,
                                                    struct awsc_cloudwatch_list_tags_for_resource_output **output,
                                                    struct awsc_error *err);
typedef void awsc_cloudwatch_list_tags_for_resource_cb(void *user_data,
                                                       int status,
                                                       struct awsc_cloudwatch_list_tags_for_resource_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_tags_for_resource_async(struct awsc_client *client,
                                                          const struct awsc_cloudwatch_list_tags_for_resource_input *input,
                                                          awsc_cloudwatch_list_tags_for_resource_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * PutAlarmMuteRule
 * Creates or updates an alarm mute rule.
 * Errors: AWSC_CLOUDWATCH_ERR_LIMIT_EXCEEDED_FAULT
 */
AWSC_API int awsc_cloudwatch_put_alarm_mute_rule(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_put_alarm_mute_rule_input *input,
                                                 struct awsc_error *err);
typedef void awsc_cloudwatch_put_alarm_mute_rule_cb(void *user_data,
                                                    int status,
                                                    struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_alarm_mute_rule_async(struct awsc_client *client,
                                                       const struct awsc_cloudwatch_put_alarm_mute_rule_input *input,
                                                       awsc_cloudwatch_put_alarm_mute_rule_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * PutAnomalyDetector
 * Creates an anomaly detection model for a CloudWatch metric. You can use the
 * model to display a band of expected normal values when the metric is
 * graphed.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_COMBINATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_put_anomaly_detector(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_put_anomaly_detector_input *input,
                                                  struct awsc_cloudwatch_put_anomaly_detector_output **output,
                                                  struct awsc_error *err);
typedef void awsc_cloudwatch_put_anomaly_detector_cb(void *user_data,
                                                     int status,
                                                     struct awsc_cloudwatch_put_anomaly_detector_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_anomaly_detector_async(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_put_anomaly_detector_input *input,
                                                        awsc_cloudwatch_put_anomaly_detector_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * PutCompositeAlarm
 * Creates or updates a composite alarm . When you create a composite alarm,
 * you specify a rule expression for the alarm that takes into account the
 * alarm states of other alarms that you have created. The composite alarm goes
 * into ALARM state only if all conditions of the rule are met.
 * Errors: AWSC_CLOUDWATCH_ERR_LIMIT_EXCEEDED_FAULT
 */
AWSC_API int awsc_cloudwatch_put_composite_alarm(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_put_composite_alarm_input *input,
                                                 struct awsc_error *err);
typedef void awsc_cloudwatch_put_composite_alarm_cb(void *user_data,
                                                    int status,
                                                    struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_composite_alarm_async(struct awsc_client *client,
                                                       const struct awsc_cloudwatch_put_composite_alarm_input *input,
                                                       awsc_cloudwatch_put_composite_alarm_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * PutDashboard
 * Creates a dashboard if it does not already exist, or updates an existing
 * dashboard. If you update a dashboard, the entire contents are replaced with
 * what you specify here.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_CONFLICT_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_DASHBOARD_INVALID_INPUT_ERROR,
 *   AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT
 */
AWSC_API int awsc_cloudwatch_put_dashboard(struct awsc_client *client,
                                           const struct awsc_cloudwatch_put_dashboard_input *input,
                                           struct awsc_cloudwatch_put_dashboard_output **output,
                                           struct awsc_error *err);
typedef void awsc_cloudwatch_put_dashboard_cb(void *user_data,
                                              int status,
                                              struct awsc_cloudwatch_put_dashboard_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_dashboard_async(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_put_dashboard_input *input,
                                                 awsc_cloudwatch_put_dashboard_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * PutInsightRule
 * Creates a Contributor Insights rule. Rules evaluate log events in a
 * CloudWatch Logs log group, enabling you to find contributor data for the log
 * events in that log group. For more information, see Using Contributor
 * Insights to Analyze High-Cardinality Data .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_put_insight_rule(struct awsc_client *client,
                                              const struct awsc_cloudwatch_put_insight_rule_input *input,
                                              struct awsc_cloudwatch_put_insight_rule_output **output,
                                              struct awsc_error *err);
typedef void awsc_cloudwatch_put_insight_rule_cb(void *user_data,
                                                 int status,
                                                 struct awsc_cloudwatch_put_insight_rule_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_insight_rule_async(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_put_insight_rule_input *input,
                                                    awsc_cloudwatch_put_insight_rule_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * PutLogAlarm
 * Creates or updates a log alarm. A log alarm evaluates the results of a
 * CloudWatch Logs scheduled query against the configured threshold and
 * comparison operator to determine its state.
 * Errors: AWSC_CLOUDWATCH_ERR_LIMIT_EXCEEDED_FAULT,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_CONFLICT
 */
AWSC_API int awsc_cloudwatch_put_log_alarm(struct awsc_client *client,
                                           const struct awsc_cloudwatch_put_log_alarm_input *input,
                                           struct awsc_error *err);
typedef void awsc_cloudwatch_put_log_alarm_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_log_alarm_async(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_put_log_alarm_input *input,
                                                 awsc_cloudwatch_put_log_alarm_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * PutManagedInsightRules
 * Creates a managed Contributor Insights rule for a specified Amazon Web
 * Services resource. When you enable a managed rule, you create a Contributor
 * Insights rule that collects data from Amazon Web Services services. You
 * cannot edit these rules with PutInsightRule .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_put_managed_insight_rules(struct awsc_client *client,
                                                       const struct awsc_cloudwatch_put_managed_insight_rules_input *input,
                                                       struct awsc_cloudwatch_put_managed_insight_rules_output **output,
                                                       struct awsc_error *err);
typedef void awsc_cloudwatch_put_managed_insight_rules_cb(void *user_data,
                                                          int status,
                                                          struct awsc_cloudwatch_put_managed_insight_rules_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_managed_insight_rules_async(struct awsc_client *client,
                                                             const struct awsc_cloudwatch_put_managed_insight_rules_input *input,
                                                             awsc_cloudwatch_put_managed_insight_rules_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * PutMetricAlarm
 * Creates or updates an alarm and associates it with the specified metric,
 * metric math expression, anomaly detection model, Metrics Insights query, or
 * PromQL query. For more information about using a Metrics Insights query for
 * an alarm, see Create alarms on Metrics Insights queries .
 * Errors: AWSC_CLOUDWATCH_ERR_LIMIT_EXCEEDED_FAULT
 */
AWSC_API int awsc_cloudwatch_put_metric_alarm(struct awsc_client *client,
                                              const struct awsc_cloudwatch_put_metric_alarm_input *input,
                                              struct awsc_error *err);
typedef void awsc_cloudwatch_put_metric_alarm_cb(void *user_data,
                                                 int status,
                                                 struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_metric_alarm_async(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_put_metric_alarm_input *input,
                                                    awsc_cloudwatch_put_metric_alarm_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * PutMetricData
 * Publishes metric data to Amazon CloudWatch. CloudWatch associates the data
 * with the specified metric. If the specified metric does not exist,
 * CloudWatch creates the metric. When CloudWatch creates a metric, it can take
 * up to fifteen minutes for the metric to appear in calls to ListMetrics .
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_COMBINATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_put_metric_data(struct awsc_client *client,
                                             const struct awsc_cloudwatch_put_metric_data_input *input,
                                             struct awsc_error *err);
typedef void awsc_cloudwatch_put_metric_data_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_metric_data_async(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_put_metric_data_input *input,
                                                   awsc_cloudwatch_put_metric_data_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * PutMetricStream
 * Creates or updates a metric stream. Metric streams can automatically stream
 * CloudWatch metrics to Amazon Web Services destinations, including Amazon S3,
 * and to many third-party solutions.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_COMBINATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_put_metric_stream(struct awsc_client *client,
                                               const struct awsc_cloudwatch_put_metric_stream_input *input,
                                               struct awsc_cloudwatch_put_metric_stream_output **output,
                                               struct awsc_error *err);
typedef void awsc_cloudwatch_put_metric_stream_cb(void *user_data,
                                                  int status,
                                                  struct awsc_cloudwatch_put_metric_stream_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_cloudwatch_put_metric_stream_async(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_put_metric_stream_input *input,
                                                     awsc_cloudwatch_put_metric_stream_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * SetAlarmState
 * Temporarily sets the state of an alarm for testing purposes. When the
 * updated state differs from the previous value, the action configured for the
 * appropriate state is invoked.
 * Errors: AWSC_CLOUDWATCH_ERR_INVALID_FORMAT_FAULT,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND
 */
AWSC_API int awsc_cloudwatch_set_alarm_state(struct awsc_client *client,
                                             const struct awsc_cloudwatch_set_alarm_state_input *input,
                                             struct awsc_error *err);
typedef void awsc_cloudwatch_set_alarm_state_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_cloudwatch_set_alarm_state_async(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_set_alarm_state_input *input,
                                                   awsc_cloudwatch_set_alarm_state_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * StartMetricStreams
 * Starts the streaming of metrics for one or more of your metric streams.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_start_metric_streams(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_start_metric_streams_input *input,
                                                  struct awsc_cloudwatch_start_metric_streams_output **output,
                                                  struct awsc_error *err);
typedef void awsc_cloudwatch_start_metric_streams_cb(void *user_data,
                                                     int status,
                                                     struct awsc_cloudwatch_start_metric_streams_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_start_metric_streams_async(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_start_metric_streams_input *input,
                                                        awsc_cloudwatch_start_metric_streams_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * StartOTelEnrichment
 * Enables enrichment and PromQL access for CloudWatch vended metrics for
 * supported Amazon Web Services resources in the account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_cloudwatch_start_o_tel_enrichment(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_start_o_tel_enrichment_input *input,
                                                    struct awsc_cloudwatch_start_o_tel_enrichment_output **output,
                                                    struct awsc_error *err);
typedef void awsc_cloudwatch_start_o_tel_enrichment_cb(void *user_data,
                                                       int status,
                                                       struct awsc_cloudwatch_start_o_tel_enrichment_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_start_o_tel_enrichment_async(struct awsc_client *client,
                                                          const struct awsc_cloudwatch_start_o_tel_enrichment_input *input,
                                                          awsc_cloudwatch_start_o_tel_enrichment_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * StopMetricStreams
 * Stops the streaming of metrics for one or more of your metric streams.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_stop_metric_streams(struct awsc_client *client,
                                                 const struct awsc_cloudwatch_stop_metric_streams_input *input,
                                                 struct awsc_cloudwatch_stop_metric_streams_output **output,
                                                 struct awsc_error *err);
typedef void awsc_cloudwatch_stop_metric_streams_cb(void *user_data,
                                                    int status,
                                                    struct awsc_cloudwatch_stop_metric_streams_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_cloudwatch_stop_metric_streams_async(struct awsc_client *client,
                                                       const struct awsc_cloudwatch_stop_metric_streams_input *input,
                                                       awsc_cloudwatch_stop_metric_streams_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * StopOTelEnrichment
 * Disables enrichment and PromQL access for CloudWatch vended metrics for
 * supported Amazon Web Services resources in the account. After disabling,
 * these metrics are no longer enriched with resource ARN and resource tag
 * labels, and cannot be queried using PromQL.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_cloudwatch_stop_o_tel_enrichment(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_stop_o_tel_enrichment_input *input,
                                                   struct awsc_cloudwatch_stop_o_tel_enrichment_output **output,
                                                   struct awsc_error *err);
typedef void awsc_cloudwatch_stop_o_tel_enrichment_cb(void *user_data,
                                                      int status,
                                                      struct awsc_cloudwatch_stop_o_tel_enrichment_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_cloudwatch_stop_o_tel_enrichment_async(struct awsc_client *client,
                                                         const struct awsc_cloudwatch_stop_o_tel_enrichment_input *input,
                                                         awsc_cloudwatch_stop_o_tel_enrichment_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * TagResource
 * Assigns one or more tags (key-value pairs) to the specified CloudWatch
 * resource. Currently, the only CloudWatch resources that can be tagged are
 * alarms, dashboards, metric streams and Contributor Insights rules.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_CONFLICT_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_tag_resource(struct awsc_client *client,
                                          const struct awsc_cloudwatch_tag_resource_input *input,
                                          struct awsc_cloudwatch_tag_resource_output **output,
                                          struct awsc_error *err);
typedef void awsc_cloudwatch_tag_resource_cb(void *user_data,
                                             int status,
                                             struct awsc_cloudwatch_tag_resource_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_cloudwatch_tag_resource_async(struct awsc_client *client,
                                                const struct awsc_cloudwatch_tag_resource_input *input,
                                                awsc_cloudwatch_tag_resource_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * UntagResource
 * Removes one or more tags from the specified resource. Currently, alarms,
 * dashboards, metric streams and Contributor Insights rules support tagging.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CLOUDWATCH_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_CONFLICT_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT,
 *   AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_cloudwatch_untag_resource(struct awsc_client *client,
                                            const struct awsc_cloudwatch_untag_resource_input *input,
                                            struct awsc_cloudwatch_untag_resource_output **output,
                                            struct awsc_error *err);
typedef void awsc_cloudwatch_untag_resource_cb(void *user_data,
                                               int status,
                                               struct awsc_cloudwatch_untag_resource_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_cloudwatch_untag_resource_async(struct awsc_client *client,
                                                  const struct awsc_cloudwatch_untag_resource_input *input,
                                                  awsc_cloudwatch_untag_resource_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of CloudWatch, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (cloudwatch_tables.c). */
struct awsc__cloudwatch_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[7];
    uint16_t input_tokens[7];
    awsc_ref expr_refs[18];
#endif
#if AWSC_WITH_WAITERS
    struct awsc_waiter waiters[4];
    struct awsc_waiter_acceptor acceptors[5];
#endif
    struct awsc_jmespath exprs[16];
    struct awsc_jmespath_node nodes[34];
    char strings[450];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_cloudwatch_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* DescribeAlarmHistory: tokens NextToken; results AlarmHistoryItems. */
AWSC_API int awsc_cloudwatch_describe_alarm_history_paginate(struct awsc_client *client,
                                                             const struct awsc_cloudwatch_describe_alarm_history_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarm_history_next_page(struct awsc_pager *pager,
                                                              struct awsc_cloudwatch_describe_alarm_history_output **page,
                                                              struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarm_history_next_page_async(struct awsc_pager *pager,
                                                                    awsc_cloudwatch_describe_alarm_history_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);
typedef void awsc_cloudwatch_describe_alarm_history_item_cb(void *user_data,
                                                            int status,
                                                            const struct awsc_cloudwatch_alarm_history_item *item,
                                                            struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarm_history_next_item(struct awsc_pager *pager,
                                                              const struct awsc_cloudwatch_alarm_history_item **item,
                                                              struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarm_history_next_item_async(struct awsc_pager *pager,
                                                                    awsc_cloudwatch_describe_alarm_history_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarm_history_collect(struct awsc_pager *pager,
                                                            struct awsc_cloudwatch_describe_alarm_history_output **output,
                                                            struct awsc_error *err);

/* DescribeAlarms: tokens NextToken; results MetricAlarms, CompositeAlarms, LogAlarms. */
AWSC_API int awsc_cloudwatch_describe_alarms_paginate(struct awsc_client *client,
                                                      const struct awsc_cloudwatch_describe_alarms_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarms_next_page(struct awsc_pager *pager,
                                                       struct awsc_cloudwatch_describe_alarms_output **page,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarms_next_page_async(struct awsc_pager *pager,
                                                             awsc_cloudwatch_describe_alarms_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
typedef void awsc_cloudwatch_describe_alarms_item_cb(void *user_data,
                                                     int status,
                                                     const struct awsc_cloudwatch_metric_alarm *item,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarms_next_item(struct awsc_pager *pager,
                                                       const struct awsc_cloudwatch_metric_alarm **item,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarms_next_item_async(struct awsc_pager *pager,
                                                             awsc_cloudwatch_describe_alarms_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_alarms_collect(struct awsc_pager *pager,
                                                     struct awsc_cloudwatch_describe_alarms_output **output,
                                                     struct awsc_error *err);

/* DescribeAnomalyDetectors: tokens NextToken; results AnomalyDetectors. */
AWSC_API int awsc_cloudwatch_describe_anomaly_detectors_paginate(struct awsc_client *client,
                                                                 const struct awsc_cloudwatch_describe_anomaly_detectors_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_anomaly_detectors_next_page(struct awsc_pager *pager,
                                                                  struct awsc_cloudwatch_describe_anomaly_detectors_output **page,
                                                                  struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_anomaly_detectors_next_page_async(struct awsc_pager *pager,
                                                                        awsc_cloudwatch_describe_anomaly_detectors_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);
typedef void awsc_cloudwatch_describe_anomaly_detectors_item_cb(void *user_data,
                                                                int status,
                                                                const struct awsc_cloudwatch_anomaly_detector *item,
                                                                struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_anomaly_detectors_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_cloudwatch_anomaly_detector **item,
                                                                  struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_anomaly_detectors_next_item_async(struct awsc_pager *pager,
                                                                        awsc_cloudwatch_describe_anomaly_detectors_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);
AWSC_API int awsc_cloudwatch_describe_anomaly_detectors_collect(struct awsc_pager *pager,
                                                                struct awsc_cloudwatch_describe_anomaly_detectors_output **output,
                                                                struct awsc_error *err);

/* GetMetricData: tokens NextToken; results MetricDataResults, Messages. */
AWSC_API int awsc_cloudwatch_get_metric_data_paginate(struct awsc_client *client,
                                                      const struct awsc_cloudwatch_get_metric_data_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_metric_data_next_page(struct awsc_pager *pager,
                                                       struct awsc_cloudwatch_get_metric_data_output **page,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_metric_data_next_page_async(struct awsc_pager *pager,
                                                             awsc_cloudwatch_get_metric_data_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
typedef void awsc_cloudwatch_get_metric_data_item_cb(void *user_data,
                                                     int status,
                                                     const struct awsc_cloudwatch_metric_data_result *item,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_metric_data_next_item(struct awsc_pager *pager,
                                                       const struct awsc_cloudwatch_metric_data_result **item,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_metric_data_next_item_async(struct awsc_pager *pager,
                                                             awsc_cloudwatch_get_metric_data_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
AWSC_API int awsc_cloudwatch_get_metric_data_collect(struct awsc_pager *pager,
                                                     struct awsc_cloudwatch_get_metric_data_output **output,
                                                     struct awsc_error *err);

/* ListAlarmMuteRules: tokens NextToken; results AlarmMuteRuleSummaries. */
AWSC_API int awsc_cloudwatch_list_alarm_mute_rules_paginate(struct awsc_client *client,
                                                            const struct awsc_cloudwatch_list_alarm_mute_rules_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_alarm_mute_rules_next_page(struct awsc_pager *pager,
                                                             struct awsc_cloudwatch_list_alarm_mute_rules_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_alarm_mute_rules_next_page_async(struct awsc_pager *pager,
                                                                   awsc_cloudwatch_list_alarm_mute_rules_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_cloudwatch_list_alarm_mute_rules_item_cb(void *user_data,
                                                           int status,
                                                           const struct awsc_cloudwatch_alarm_mute_rule_summary *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_alarm_mute_rules_next_item(struct awsc_pager *pager,
                                                             const struct awsc_cloudwatch_alarm_mute_rule_summary **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_alarm_mute_rules_next_item_async(struct awsc_pager *pager,
                                                                   awsc_cloudwatch_list_alarm_mute_rules_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_alarm_mute_rules_collect(struct awsc_pager *pager,
                                                           struct awsc_cloudwatch_list_alarm_mute_rules_output **output,
                                                           struct awsc_error *err);

/* ListDashboards: tokens NextToken; results DashboardEntries. */
AWSC_API int awsc_cloudwatch_list_dashboards_paginate(struct awsc_client *client,
                                                      const struct awsc_cloudwatch_list_dashboards_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_dashboards_next_page(struct awsc_pager *pager,
                                                       struct awsc_cloudwatch_list_dashboards_output **page,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_dashboards_next_page_async(struct awsc_pager *pager,
                                                             awsc_cloudwatch_list_dashboards_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
typedef void awsc_cloudwatch_list_dashboards_item_cb(void *user_data,
                                                     int status,
                                                     const struct awsc_cloudwatch_dashboard_entry *item,
                                                     struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_dashboards_next_item(struct awsc_pager *pager,
                                                       const struct awsc_cloudwatch_dashboard_entry **item,
                                                       struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_dashboards_next_item_async(struct awsc_pager *pager,
                                                             awsc_cloudwatch_list_dashboards_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_dashboards_collect(struct awsc_pager *pager,
                                                     struct awsc_cloudwatch_list_dashboards_output **output,
                                                     struct awsc_error *err);

/* ListMetrics: tokens NextToken; results Metrics, OwningAccounts. */
AWSC_API int awsc_cloudwatch_list_metrics_paginate(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_list_metrics_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_metrics_next_page(struct awsc_pager *pager,
                                                    struct awsc_cloudwatch_list_metrics_output **page,
                                                    struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_metrics_next_page_async(struct awsc_pager *pager,
                                                          awsc_cloudwatch_list_metrics_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
typedef void awsc_cloudwatch_list_metrics_item_cb(void *user_data,
                                                  int status,
                                                  const struct awsc_cloudwatch_metric *item,
                                                  struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_metrics_next_item(struct awsc_pager *pager,
                                                    const struct awsc_cloudwatch_metric **item,
                                                    struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_metrics_next_item_async(struct awsc_pager *pager,
                                                          awsc_cloudwatch_list_metrics_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
AWSC_API int awsc_cloudwatch_list_metrics_collect(struct awsc_pager *pager,
                                                  struct awsc_cloudwatch_list_metrics_output **output,
                                                  struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* -------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* The waiters, sorted by name: awsc_cloudwatch_service's. Each calls
 * its operation until an acceptor ends the wait (see <awsc/wait.h>);
 * options may be NULL for the model's delay and attempts. */

/*
 * AlarmExists: calls DescribeAlarms every 5 s, at most 40 times.
 */
AWSC_API int awsc_cloudwatch_wait_alarm_exists(struct awsc_client *client,
                                               const struct awsc_cloudwatch_describe_alarms_input *input,
                                               const struct awsc_wait_options *options,
                                               struct awsc_error *err);
AWSC_API int awsc_cloudwatch_wait_alarm_exists_async(struct awsc_client *client,
                                                     const struct awsc_cloudwatch_describe_alarms_input *input,
                                                     const struct awsc_wait_options *options,
                                                     awsc_wait_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * AlarmMuteRuleExists: calls GetAlarmMuteRule every 5 s, at most 40 times.
 */
AWSC_API int awsc_cloudwatch_wait_alarm_mute_rule_exists(struct awsc_client *client,
                                                         const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                                         const struct awsc_wait_options *options,
                                                         struct awsc_error *err);
AWSC_API int awsc_cloudwatch_wait_alarm_mute_rule_exists_async(struct awsc_client *client,
                                                               const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                                               const struct awsc_wait_options *options,
                                                               awsc_wait_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * CompositeAlarmExists: calls DescribeAlarms every 5 s, at most 40 times.
 */
AWSC_API int awsc_cloudwatch_wait_composite_alarm_exists(struct awsc_client *client,
                                                         const struct awsc_cloudwatch_describe_alarms_input *input,
                                                         const struct awsc_wait_options *options,
                                                         struct awsc_error *err);
AWSC_API int awsc_cloudwatch_wait_composite_alarm_exists_async(struct awsc_client *client,
                                                               const struct awsc_cloudwatch_describe_alarms_input *input,
                                                               const struct awsc_wait_options *options,
                                                               awsc_wait_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * LogAlarmExists: calls DescribeAlarms every 5 s, at most 40 times.
 */
AWSC_API int awsc_cloudwatch_wait_log_alarm_exists(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_describe_alarms_input *input,
                                                   const struct awsc_wait_options *options,
                                                   struct awsc_error *err);
AWSC_API int awsc_cloudwatch_wait_log_alarm_exists_async(struct awsc_client *client,
                                                         const struct awsc_cloudwatch_describe_alarms_input *input,
                                                         const struct awsc_wait_options *options,
                                                         awsc_wait_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
#endif /* AWSC_WITH_WAITERS */

/* --------------------------------------------------------------- errors */

#define AWSC_CLOUDWATCH_ERR_CONCURRENT_MODIFICATION_EXCEPTION "ConcurrentModificationException"
#define AWSC_CLOUDWATCH_ERR_CONFLICT_EXCEPTION "ConflictException"
#define AWSC_CLOUDWATCH_ERR_INTERNAL_SERVICE_FAULT "InternalServiceError"
#define AWSC_CLOUDWATCH_ERR_INVALID_FORMAT_FAULT "InvalidFormat"
#define AWSC_CLOUDWATCH_ERR_INVALID_NEXT_TOKEN "InvalidNextToken"
#define AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_COMBINATION_EXCEPTION "InvalidParameterCombination"
#define AWSC_CLOUDWATCH_ERR_DASHBOARD_INVALID_INPUT_ERROR "InvalidParameterInput"
#define AWSC_CLOUDWATCH_ERR_INVALID_PARAMETER_VALUE_EXCEPTION "InvalidParameterValue"
#define AWSC_CLOUDWATCH_ERR_KMS_ACCESS_DENIED_EXCEPTION "KmsAccessDeniedException"
#define AWSC_CLOUDWATCH_ERR_KMS_KEY_DISABLED_EXCEPTION "KmsKeyDisabledException"
#define AWSC_CLOUDWATCH_ERR_KMS_KEY_NOT_FOUND_EXCEPTION "KmsKeyNotFoundException"
#define AWSC_CLOUDWATCH_ERR_LIMIT_EXCEEDED_FAULT "LimitExceeded"
#define AWSC_CLOUDWATCH_ERR_LIMIT_EXCEEDED_EXCEPTION "LimitExceededException"
#define AWSC_CLOUDWATCH_ERR_MISSING_REQUIRED_PARAMETER_EXCEPTION "MissingParameter"
#define AWSC_CLOUDWATCH_ERR_RESOURCE_CONFLICT "ResourceConflict"
#define AWSC_CLOUDWATCH_ERR_DASHBOARD_NOT_FOUND_ERROR "ResourceNotFound"
#define AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND "ResourceNotFound"
#define AWSC_CLOUDWATCH_ERR_RESOURCE_NOT_FOUND_EXCEPTION "ResourceNotFoundException"

#ifdef __cplusplus
}
#endif
#endif
