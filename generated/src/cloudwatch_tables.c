/*
 * cloudwatch_tables.c - the service descriptor, operations and shapes of
 * CloudWatch.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/cloudwatch.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_cloudwatch_alarm_contributors, count) == offsetof(struct awsc_list_view, count), "AlarmContributors");
_Static_assert(offsetof(struct awsc_cloudwatch_alarm_history_items, count) == offsetof(struct awsc_list_view, count), "AlarmHistoryItems");
_Static_assert(offsetof(struct awsc_cloudwatch_resource_list, count) == offsetof(struct awsc_list_view, count), "ResourceList");
_Static_assert(offsetof(struct awsc_cloudwatch_alarm_mute_rule_summaries, count) == offsetof(struct awsc_list_view, count), "AlarmMuteRuleSummaries");
_Static_assert(offsetof(struct awsc_cloudwatch_anomaly_detector_excluded_time_ranges, count) == offsetof(struct awsc_list_view, count), "AnomalyDetectorExcludedTimeRanges");
_Static_assert(offsetof(struct awsc_cloudwatch_anomaly_detectors, count) == offsetof(struct awsc_list_view, count), "AnomalyDetectors");
_Static_assert(offsetof(struct awsc_cloudwatch_batch_failures, count) == offsetof(struct awsc_list_view, count), "BatchFailures");
_Static_assert(offsetof(struct awsc_cloudwatch_composite_alarms, count) == offsetof(struct awsc_list_view, count), "CompositeAlarms");
_Static_assert(offsetof(struct awsc_cloudwatch_counts, count) == offsetof(struct awsc_list_view, count), "Counts");
_Static_assert(offsetof(struct awsc_cloudwatch_dashboard_entries, count) == offsetof(struct awsc_list_view, count), "DashboardEntries");
_Static_assert(offsetof(struct awsc_cloudwatch_dashboard_validation_messages, count) == offsetof(struct awsc_list_view, count), "DashboardValidationMessages");
_Static_assert(offsetof(struct awsc_cloudwatch_datapoints, count) == offsetof(struct awsc_list_view, count), "Datapoints");
_Static_assert(offsetof(struct awsc_cloudwatch_dimension_filters, count) == offsetof(struct awsc_list_view, count), "DimensionFilters");
_Static_assert(offsetof(struct awsc_cloudwatch_dimensions, count) == offsetof(struct awsc_list_view, count), "Dimensions");
_Static_assert(offsetof(struct awsc_cloudwatch_entity_metric_data_list, count) == offsetof(struct awsc_list_view, count), "EntityMetricDataList");
_Static_assert(offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoints, count) == offsetof(struct awsc_list_view, count), "InsightRuleContributorDatapoints");
_Static_assert(offsetof(struct awsc_cloudwatch_insight_rule_contributors, count) == offsetof(struct awsc_list_view, count), "InsightRuleContributors");
_Static_assert(offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoints, count) == offsetof(struct awsc_list_view, count), "InsightRuleMetricDatapoints");
_Static_assert(offsetof(struct awsc_cloudwatch_insight_rules, count) == offsetof(struct awsc_list_view, count), "InsightRules");
_Static_assert(offsetof(struct awsc_cloudwatch_log_alarms, count) == offsetof(struct awsc_list_view, count), "LogAlarms");
_Static_assert(offsetof(struct awsc_cloudwatch_managed_rule_descriptions, count) == offsetof(struct awsc_list_view, count), "ManagedRuleDescriptions");
_Static_assert(offsetof(struct awsc_cloudwatch_managed_rules, count) == offsetof(struct awsc_list_view, count), "ManagedRules");
_Static_assert(offsetof(struct awsc_cloudwatch_metric_alarms, count) == offsetof(struct awsc_list_view, count), "MetricAlarms");
_Static_assert(offsetof(struct awsc_cloudwatch_metric_data, count) == offsetof(struct awsc_list_view, count), "MetricData");
_Static_assert(offsetof(struct awsc_cloudwatch_metric_data_queries, count) == offsetof(struct awsc_list_view, count), "MetricDataQueries");
_Static_assert(offsetof(struct awsc_cloudwatch_metric_data_result_messages, count) == offsetof(struct awsc_list_view, count), "MetricDataResultMessages");
_Static_assert(offsetof(struct awsc_cloudwatch_metric_data_results, count) == offsetof(struct awsc_list_view, count), "MetricDataResults");
_Static_assert(offsetof(struct awsc_cloudwatch_metric_stream_entries, count) == offsetof(struct awsc_list_view, count), "MetricStreamEntries");
_Static_assert(offsetof(struct awsc_cloudwatch_metric_stream_filters, count) == offsetof(struct awsc_list_view, count), "MetricStreamFilters");
_Static_assert(offsetof(struct awsc_cloudwatch_metric_stream_statistics_configurations, count) == offsetof(struct awsc_list_view, count), "MetricStreamStatisticsConfigurations");
_Static_assert(offsetof(struct awsc_cloudwatch_metric_stream_statistics_include_metrics, count) == offsetof(struct awsc_list_view, count), "MetricStreamStatisticsIncludeMetrics");
_Static_assert(offsetof(struct awsc_cloudwatch_metrics, count) == offsetof(struct awsc_list_view, count), "Metrics");
_Static_assert(offsetof(struct awsc_cloudwatch_tag_list, count) == offsetof(struct awsc_list_view, count), "TagList");
_Static_assert(offsetof(struct awsc_cloudwatch_timestamps, count) == offsetof(struct awsc_list_view, count), "Timestamps");
_Static_assert(offsetof(struct awsc_cloudwatch_entity_attributes_map, count) == offsetof(struct awsc_map_view, count), "EntityAttributesMap");
_Static_assert(offsetof(struct awsc_cloudwatch_datapoint_value_map, count) == offsetof(struct awsc_map_view, count), "DatapointValueMap");

/*
 * The tables: the service, its operations and every shape, member and
 * name of CloudWatch in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__cloudwatch_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
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
    struct awsc_shape shapes[356];
    struct awsc_member members[529];
    uint16_t by_wire_name[529];
    struct awsc_range ranges[84];
    char strings[11301];
};
extern const struct awsc__cloudwatch_tables awsc__cloudwatch_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
/* PREF(field, target): a reference inside the paginators' and waiters'
 * part of the tables. */
#define PAGERS T.pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)

const struct awsc__cloudwatch_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[11146]),
        .service_id_ref = REF(service.service_id_ref, strings[11157]),
        .full_name_ref = REF(service.full_name_ref, strings[11168]),
        .api_version_ref = REF(service.api_version_ref, strings[11186]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[11197]),
        .signing_name_ref = REF(service.signing_name_ref, strings[11197]),
        .target_prefix_ref = REF(service.target_prefix_ref, strings[11208]),
        .json_version_ref = REF(service.json_version_ref, strings[11238]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[11242]),
        .env_name_ref = REF(service.env_name_ref, strings[11290]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_JSON,
        .operation_count = 50,
        .error_count = 18,
        .flags = AWSC_SVC_QUERY_COMPATIBLE,
#if AWSC_WITH_PAGINATORS
        .paginator_count = 7,
#endif
#if AWSC_WITH_WAITERS
        .waiter_count = 4,
#endif
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
#if AWSC_WITH_PAGINATORS
        .paginators_ref = REF(service.paginators_ref, pagers.paginators[0]),
#endif
#if AWSC_WITH_WAITERS
        .waiters_ref = REF(service.waiters_ref, pagers.waiters[0]),
#endif
    },
    /* sorted by name */
    .operations = {
        [0] = { /* AssociateDatasetKmsKey */
            .name_ref = REF(operations[0].name_ref, strings[9249]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[0].input_ref, shapes[38]),
            .output_ref = REF(operations[0].output_ref, shapes[39]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .result_wrapper_ref = REF(operations[0].result_wrapper_ref, strings[9279]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* DeleteAlarmMuteRule */
            .name_ref = REF(operations[1].name_ref, strings[9308]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[1].input_ref, shapes[74]),
            .service_ref = REF(operations[1].service_ref, service),
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* DeleteAlarms */
            .name_ref = REF(operations[2].name_ref, strings[9328]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[2].input_ref, shapes[75]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[5]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* DeleteAnomalyDetector */
            .name_ref = REF(operations[3].name_ref, strings[9341]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[3].input_ref, shapes[76]),
            .output_ref = REF(operations[3].output_ref, shapes[77]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[7]),
            .service_ref = REF(operations[3].service_ref, service),
            .result_wrapper_ref = REF(operations[3].result_wrapper_ref, strings[9363]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* DeleteDashboards */
            .name_ref = REF(operations[4].name_ref, strings[9391]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[4].input_ref, shapes[78]),
            .output_ref = REF(operations[4].output_ref, shapes[79]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[12]),
            .service_ref = REF(operations[4].service_ref, service),
            .result_wrapper_ref = REF(operations[4].result_wrapper_ref, strings[9408]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* DeleteInsightRules */
            .name_ref = REF(operations[5].name_ref, strings[9431]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[5].input_ref, shapes[80]),
            .output_ref = REF(operations[5].output_ref, shapes[81]),
            .errors_ref = REF(operations[5].errors_ref, op_errors[15]),
            .service_ref = REF(operations[5].service_ref, service),
            .result_wrapper_ref = REF(operations[5].result_wrapper_ref, strings[9450]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* DeleteMetricStream */
            .name_ref = REF(operations[6].name_ref, strings[9475]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[6].input_ref, shapes[82]),
            .output_ref = REF(operations[6].output_ref, shapes[83]),
            .errors_ref = REF(operations[6].errors_ref, op_errors[17]),
            .service_ref = REF(operations[6].service_ref, service),
            .result_wrapper_ref = REF(operations[6].result_wrapper_ref, strings[9494]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* DescribeAlarmContributors */
            .name_ref = REF(operations[7].name_ref, strings[9519]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[7].input_ref, shapes[84]),
            .output_ref = REF(operations[7].output_ref, shapes[85]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[20]),
            .service_ref = REF(operations[7].service_ref, service),
            .result_wrapper_ref = REF(operations[7].result_wrapper_ref, strings[9545]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* DescribeAlarmHistory */
            .name_ref = REF(operations[8].name_ref, strings[9577]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[8].input_ref, shapes[86]),
            .output_ref = REF(operations[8].output_ref, shapes[87]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[22]),
            .service_ref = REF(operations[8].service_ref, service),
            .result_wrapper_ref = REF(operations[8].result_wrapper_ref, strings[9598]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* DescribeAlarms */
            .name_ref = REF(operations[9].name_ref, strings[9625]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[9].input_ref, shapes[90]),
            .output_ref = REF(operations[9].output_ref, shapes[91]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[23]),
            .service_ref = REF(operations[9].service_ref, service),
            .result_wrapper_ref = REF(operations[9].result_wrapper_ref, strings[9640]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* DescribeAlarmsForMetric */
            .name_ref = REF(operations[10].name_ref, strings[9661]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[10].input_ref, shapes[88]),
            .output_ref = REF(operations[10].output_ref, shapes[89]),
            .service_ref = REF(operations[10].service_ref, service),
            .result_wrapper_ref = REF(operations[10].result_wrapper_ref, strings[9685]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* DescribeAnomalyDetectors */
            .name_ref = REF(operations[11].name_ref, strings[9715]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[11].input_ref, shapes[92]),
            .output_ref = REF(operations[11].output_ref, shapes[93]),
            .errors_ref = REF(operations[11].errors_ref, op_errors[24]),
            .service_ref = REF(operations[11].service_ref, service),
            .result_wrapper_ref = REF(operations[11].result_wrapper_ref, strings[9740]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* DescribeInsightRules */
            .name_ref = REF(operations[12].name_ref, strings[9771]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[12].input_ref, shapes[94]),
            .output_ref = REF(operations[12].output_ref, shapes[95]),
            .errors_ref = REF(operations[12].errors_ref, op_errors[28]),
            .service_ref = REF(operations[12].service_ref, service),
            .result_wrapper_ref = REF(operations[12].result_wrapper_ref, strings[9792]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* DisableAlarmActions */
            .name_ref = REF(operations[13].name_ref, strings[9819]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[13].input_ref, shapes[102]),
            .service_ref = REF(operations[13].service_ref, service),
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* DisableInsightRules */
            .name_ref = REF(operations[14].name_ref, strings[9839]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[14].input_ref, shapes[103]),
            .output_ref = REF(operations[14].output_ref, shapes[104]),
            .errors_ref = REF(operations[14].errors_ref, op_errors[29]),
            .service_ref = REF(operations[14].service_ref, service),
            .result_wrapper_ref = REF(operations[14].result_wrapper_ref, strings[9859]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* DisassociateDatasetKmsKey */
            .name_ref = REF(operations[15].name_ref, strings[9885]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[15].input_ref, shapes[105]),
            .output_ref = REF(operations[15].output_ref, shapes[106]),
            .errors_ref = REF(operations[15].errors_ref, op_errors[31]),
            .service_ref = REF(operations[15].service_ref, service),
            .result_wrapper_ref = REF(operations[15].result_wrapper_ref, strings[9911]),
            .error_count = 2,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* EnableAlarmActions */
            .name_ref = REF(operations[16].name_ref, strings[9943]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[16].input_ref, shapes[108]),
            .service_ref = REF(operations[16].service_ref, service),
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* EnableInsightRules */
            .name_ref = REF(operations[17].name_ref, strings[9962]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[17].input_ref, shapes[109]),
            .output_ref = REF(operations[17].output_ref, shapes[110]),
            .errors_ref = REF(operations[17].errors_ref, op_errors[33]),
            .service_ref = REF(operations[17].service_ref, service),
            .result_wrapper_ref = REF(operations[17].result_wrapper_ref, strings[9981]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* GetAlarmMuteRule */
            .name_ref = REF(operations[18].name_ref, strings[10006]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[18].input_ref, shapes[136]),
            .output_ref = REF(operations[18].output_ref, shapes[137]),
            .errors_ref = REF(operations[18].errors_ref, op_errors[36]),
            .service_ref = REF(operations[18].service_ref, service),
            .result_wrapper_ref = REF(operations[18].result_wrapper_ref, strings[10023]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* GetDashboard */
            .name_ref = REF(operations[19].name_ref, strings[10046]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[19].input_ref, shapes[138]),
            .output_ref = REF(operations[19].output_ref, shapes[139]),
            .errors_ref = REF(operations[19].errors_ref, op_errors[37]),
            .service_ref = REF(operations[19].service_ref, service),
            .result_wrapper_ref = REF(operations[19].result_wrapper_ref, strings[10059]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* GetDataset */
            .name_ref = REF(operations[20].name_ref, strings[10078]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[20].input_ref, shapes[140]),
            .output_ref = REF(operations[20].output_ref, shapes[141]),
            .errors_ref = REF(operations[20].errors_ref, op_errors[40]),
            .service_ref = REF(operations[20].service_ref, service),
            .result_wrapper_ref = REF(operations[20].result_wrapper_ref, strings[10089]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* GetInsightRuleReport */
            .name_ref = REF(operations[21].name_ref, strings[10106]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[21].input_ref, shapes[142]),
            .output_ref = REF(operations[21].output_ref, shapes[143]),
            .errors_ref = REF(operations[21].errors_ref, op_errors[41]),
            .service_ref = REF(operations[21].service_ref, service),
            .result_wrapper_ref = REF(operations[21].result_wrapper_ref, strings[10127]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* GetMetricData */
            .name_ref = REF(operations[22].name_ref, strings[10154]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[22].input_ref, shapes[144]),
            .output_ref = REF(operations[22].output_ref, shapes[147]),
            .errors_ref = REF(operations[22].errors_ref, op_errors[44]),
            .service_ref = REF(operations[22].service_ref, service),
            .result_wrapper_ref = REF(operations[22].result_wrapper_ref, strings[10168]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* GetMetricStatistics */
            .name_ref = REF(operations[23].name_ref, strings[10188]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[23].input_ref, shapes[148]),
            .output_ref = REF(operations[23].output_ref, shapes[149]),
            .errors_ref = REF(operations[23].errors_ref, op_errors[45]),
            .service_ref = REF(operations[23].service_ref, service),
            .result_wrapper_ref = REF(operations[23].result_wrapper_ref, strings[10208]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* GetMetricStream */
            .name_ref = REF(operations[24].name_ref, strings[10234]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[24].input_ref, shapes[150]),
            .output_ref = REF(operations[24].output_ref, shapes[151]),
            .errors_ref = REF(operations[24].errors_ref, op_errors[49]),
            .service_ref = REF(operations[24].service_ref, service),
            .result_wrapper_ref = REF(operations[24].result_wrapper_ref, strings[10250]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* GetMetricWidgetImage */
            .name_ref = REF(operations[25].name_ref, strings[10272]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[25].input_ref, shapes[152]),
            .output_ref = REF(operations[25].output_ref, shapes[153]),
            .service_ref = REF(operations[25].service_ref, service),
            .result_wrapper_ref = REF(operations[25].result_wrapper_ref, strings[10293]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* GetOTelEnrichment */
            .name_ref = REF(operations[26].name_ref, strings[10320]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[26].input_ref, shapes[154]),
            .output_ref = REF(operations[26].output_ref, shapes[155]),
            .service_ref = REF(operations[26].service_ref, service),
            .result_wrapper_ref = REF(operations[26].result_wrapper_ref, strings[10338]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* ListAlarmMuteRules */
            .name_ref = REF(operations[27].name_ref, strings[10362]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[27].input_ref, shapes[201]),
            .output_ref = REF(operations[27].output_ref, shapes[202]),
            .errors_ref = REF(operations[27].errors_ref, op_errors[54]),
            .service_ref = REF(operations[27].service_ref, service),
            .result_wrapper_ref = REF(operations[27].result_wrapper_ref, strings[10381]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* ListDashboards */
            .name_ref = REF(operations[28].name_ref, strings[10406]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[28].input_ref, shapes[203]),
            .output_ref = REF(operations[28].output_ref, shapes[204]),
            .errors_ref = REF(operations[28].errors_ref, op_errors[56]),
            .service_ref = REF(operations[28].service_ref, service),
            .result_wrapper_ref = REF(operations[28].result_wrapper_ref, strings[10421]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* ListManagedInsightRules */
            .name_ref = REF(operations[29].name_ref, strings[10442]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[29].input_ref, shapes[205]),
            .output_ref = REF(operations[29].output_ref, shapes[206]),
            .errors_ref = REF(operations[29].errors_ref, op_errors[58]),
            .service_ref = REF(operations[29].service_ref, service),
            .result_wrapper_ref = REF(operations[29].result_wrapper_ref, strings[10466]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* ListMetricStreams */
            .name_ref = REF(operations[30].name_ref, strings[10496]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[30].input_ref, shapes[207]),
            .output_ref = REF(operations[30].output_ref, shapes[209]),
            .errors_ref = REF(operations[30].errors_ref, op_errors[61]),
            .service_ref = REF(operations[30].service_ref, service),
            .result_wrapper_ref = REF(operations[30].result_wrapper_ref, strings[10514]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* ListMetrics */
            .name_ref = REF(operations[31].name_ref, strings[10538]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[31].input_ref, shapes[210]),
            .output_ref = REF(operations[31].output_ref, shapes[211]),
            .errors_ref = REF(operations[31].errors_ref, op_errors[65]),
            .service_ref = REF(operations[31].service_ref, service),
            .result_wrapper_ref = REF(operations[31].result_wrapper_ref, strings[10550]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* ListTagsForResource */
            .name_ref = REF(operations[32].name_ref, strings[10568]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[32].input_ref, shapes[212]),
            .output_ref = REF(operations[32].output_ref, shapes[213]),
            .errors_ref = REF(operations[32].errors_ref, op_errors[67]),
            .service_ref = REF(operations[32].service_ref, service),
            .result_wrapper_ref = REF(operations[32].result_wrapper_ref, strings[10588]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* PutAlarmMuteRule */
            .name_ref = REF(operations[33].name_ref, strings[10614]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[33].input_ref, shapes[277]),
            .errors_ref = REF(operations[33].errors_ref, op_errors[70]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* PutAnomalyDetector */
            .name_ref = REF(operations[34].name_ref, strings[10631]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[34].input_ref, shapes[278]),
            .output_ref = REF(operations[34].output_ref, shapes[279]),
            .errors_ref = REF(operations[34].errors_ref, op_errors[71]),
            .service_ref = REF(operations[34].service_ref, service),
            .result_wrapper_ref = REF(operations[34].result_wrapper_ref, strings[10650]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* PutCompositeAlarm */
            .name_ref = REF(operations[35].name_ref, strings[10675]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[35].input_ref, shapes[280]),
            .errors_ref = REF(operations[35].errors_ref, op_errors[76]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* PutDashboard */
            .name_ref = REF(operations[36].name_ref, strings[10693]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[36].input_ref, shapes[281]),
            .output_ref = REF(operations[36].output_ref, shapes[282]),
            .errors_ref = REF(operations[36].errors_ref, op_errors[77]),
            .service_ref = REF(operations[36].service_ref, service),
            .result_wrapper_ref = REF(operations[36].result_wrapper_ref, strings[10706]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* PutInsightRule */
            .name_ref = REF(operations[37].name_ref, strings[10725]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[37].input_ref, shapes[283]),
            .output_ref = REF(operations[37].output_ref, shapes[284]),
            .errors_ref = REF(operations[37].errors_ref, op_errors[80]),
            .service_ref = REF(operations[37].service_ref, service),
            .result_wrapper_ref = REF(operations[37].result_wrapper_ref, strings[10740]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* PutLogAlarm */
            .name_ref = REF(operations[38].name_ref, strings[10761]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[38].input_ref, shapes[285]),
            .errors_ref = REF(operations[38].errors_ref, op_errors[83]),
            .service_ref = REF(operations[38].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* PutManagedInsightRules */
            .name_ref = REF(operations[39].name_ref, strings[10773]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[39].input_ref, shapes[286]),
            .output_ref = REF(operations[39].output_ref, shapes[287]),
            .errors_ref = REF(operations[39].errors_ref, op_errors[85]),
            .service_ref = REF(operations[39].service_ref, service),
            .result_wrapper_ref = REF(operations[39].result_wrapper_ref, strings[10796]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* PutMetricAlarm */
            .name_ref = REF(operations[40].name_ref, strings[10825]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[40].input_ref, shapes[288]),
            .errors_ref = REF(operations[40].errors_ref, op_errors[87]),
            .service_ref = REF(operations[40].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* PutMetricData */
            .name_ref = REF(operations[41].name_ref, strings[10840]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[41].input_ref, shapes[289]),
            .errors_ref = REF(operations[41].errors_ref, op_errors[88]),
            .service_ref = REF(operations[41].service_ref, service),
            .error_count = 4,
            .flags = AWSC_OF_COMPRESS_GZIP,
            .auth = AWSC_AUTH_SIGV4,
        },
        [42] = { /* PutMetricStream */
            .name_ref = REF(operations[42].name_ref, strings[10854]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[42].input_ref, shapes[290]),
            .output_ref = REF(operations[42].output_ref, shapes[291]),
            .errors_ref = REF(operations[42].errors_ref, op_errors[92]),
            .service_ref = REF(operations[42].service_ref, service),
            .result_wrapper_ref = REF(operations[42].result_wrapper_ref, strings[10870]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [43] = { /* SetAlarmState */
            .name_ref = REF(operations[43].name_ref, strings[10892]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[43].input_ref, shapes[313]),
            .errors_ref = REF(operations[43].errors_ref, op_errors[97]),
            .service_ref = REF(operations[43].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [44] = { /* StartMetricStreams */
            .name_ref = REF(operations[44].name_ref, strings[10906]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[44].input_ref, shapes[318]),
            .output_ref = REF(operations[44].output_ref, shapes[319]),
            .errors_ref = REF(operations[44].errors_ref, op_errors[99]),
            .service_ref = REF(operations[44].service_ref, service),
            .result_wrapper_ref = REF(operations[44].result_wrapper_ref, strings[10925]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [45] = { /* StartOTelEnrichment */
            .name_ref = REF(operations[45].name_ref, strings[10950]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[45].input_ref, shapes[320]),
            .output_ref = REF(operations[45].output_ref, shapes[321]),
            .service_ref = REF(operations[45].service_ref, service),
            .result_wrapper_ref = REF(operations[45].result_wrapper_ref, strings[10970]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [46] = { /* StopMetricStreams */
            .name_ref = REF(operations[46].name_ref, strings[10996]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[46].input_ref, shapes[331]),
            .output_ref = REF(operations[46].output_ref, shapes[332]),
            .errors_ref = REF(operations[46].errors_ref, op_errors[102]),
            .service_ref = REF(operations[46].service_ref, service),
            .result_wrapper_ref = REF(operations[46].result_wrapper_ref, strings[11014]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [47] = { /* StopOTelEnrichment */
            .name_ref = REF(operations[47].name_ref, strings[11038]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[47].input_ref, shapes[333]),
            .output_ref = REF(operations[47].output_ref, shapes[334]),
            .service_ref = REF(operations[47].service_ref, service),
            .result_wrapper_ref = REF(operations[47].result_wrapper_ref, strings[11057]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [48] = { /* TagResource */
            .name_ref = REF(operations[48].name_ref, strings[11082]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[48].input_ref, shapes[343]),
            .output_ref = REF(operations[48].output_ref, shapes[344]),
            .errors_ref = REF(operations[48].errors_ref, op_errors[105]),
            .service_ref = REF(operations[48].service_ref, service),
            .result_wrapper_ref = REF(operations[48].result_wrapper_ref, strings[11094]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [49] = { /* UntagResource */
            .name_ref = REF(operations[49].name_ref, strings[11112]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[9272]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[9277]),
            .input_ref = REF(operations[49].input_ref, shapes[352]),
            .output_ref = REF(operations[49].output_ref, shapes[353]),
            .errors_ref = REF(operations[49].errors_ref, op_errors[110]),
            .service_ref = REF(operations[49].service_ref, service),
            .result_wrapper_ref = REF(operations[49].result_wrapper_ref, strings[11126]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[48]),
        REF(op_errors[1], shapes[193]),
        REF(op_errors[2], shapes[195]),
        REF(op_errors[3], shapes[196]),
        REF(op_errors[4], shapes[304]),
        REF(op_errors[5], shapes[299]),
        REF(op_errors[6], shapes[303]),
        REF(op_errors[7], shapes[188]),
        REF(op_errors[8], shapes[191]),
        REF(op_errors[9], shapes[192]),
        REF(op_errors[10], shapes[263]),
        REF(op_errors[11], shapes[304]),
        REF(op_errors[12], shapes[48]),
        REF(op_errors[13], shapes[188]),
        REF(op_errors[14], shapes[192]),
        REF(op_errors[15], shapes[192]),
        REF(op_errors[16], shapes[263]),
        REF(op_errors[17], shapes[188]),
        REF(op_errors[18], shapes[192]),
        REF(op_errors[19], shapes[263]),
        REF(op_errors[20], shapes[190]),
        REF(op_errors[21], shapes[304]),
        REF(op_errors[22], shapes[190]),
        REF(op_errors[23], shapes[190]),
        REF(op_errors[24], shapes[188]),
        REF(op_errors[25], shapes[190]),
        REF(op_errors[26], shapes[191]),
        REF(op_errors[27], shapes[192]),
        REF(op_errors[28], shapes[190]),
        REF(op_errors[29], shapes[192]),
        REF(op_errors[30], shapes[263]),
        REF(op_errors[31], shapes[48]),
        REF(op_errors[32], shapes[304]),
        REF(op_errors[33], shapes[192]),
        REF(op_errors[34], shapes[199]),
        REF(op_errors[35], shapes[263]),
        REF(op_errors[36], shapes[304]),
        REF(op_errors[37], shapes[61]),
        REF(op_errors[38], shapes[188]),
        REF(op_errors[39], shapes[192]),
        REF(op_errors[40], shapes[304]),
        REF(op_errors[41], shapes[192]),
        REF(op_errors[42], shapes[263]),
        REF(op_errors[43], shapes[304]),
        REF(op_errors[44], shapes[190]),
        REF(op_errors[45], shapes[188]),
        REF(op_errors[46], shapes[191]),
        REF(op_errors[47], shapes[192]),
        REF(op_errors[48], shapes[263]),
        REF(op_errors[49], shapes[188]),
        REF(op_errors[50], shapes[191]),
        REF(op_errors[51], shapes[192]),
        REF(op_errors[52], shapes[263]),
        REF(op_errors[53], shapes[304]),
        REF(op_errors[54], shapes[190]),
        REF(op_errors[55], shapes[304]),
        REF(op_errors[56], shapes[188]),
        REF(op_errors[57], shapes[192]),
        REF(op_errors[58], shapes[190]),
        REF(op_errors[59], shapes[192]),
        REF(op_errors[60], shapes[263]),
        REF(op_errors[61], shapes[188]),
        REF(op_errors[62], shapes[190]),
        REF(op_errors[63], shapes[192]),
        REF(op_errors[64], shapes[263]),
        REF(op_errors[65], shapes[188]),
        REF(op_errors[66], shapes[192]),
        REF(op_errors[67], shapes[188]),
        REF(op_errors[68], shapes[192]),
        REF(op_errors[69], shapes[304]),
        REF(op_errors[70], shapes[200]),
        REF(op_errors[71], shapes[188]),
        REF(op_errors[72], shapes[191]),
        REF(op_errors[73], shapes[192]),
        REF(op_errors[74], shapes[199]),
        REF(op_errors[75], shapes[263]),
        REF(op_errors[76], shapes[200]),
        REF(op_errors[77], shapes[48]),
        REF(op_errors[78], shapes[57]),
        REF(op_errors[79], shapes[188]),
        REF(op_errors[80], shapes[192]),
        REF(op_errors[81], shapes[199]),
        REF(op_errors[82], shapes[263]),
        REF(op_errors[83], shapes[200]),
        REF(op_errors[84], shapes[299]),
        REF(op_errors[85], shapes[192]),
        REF(op_errors[86], shapes[263]),
        REF(op_errors[87], shapes[200]),
        REF(op_errors[88], shapes[188]),
        REF(op_errors[89], shapes[191]),
        REF(op_errors[90], shapes[192]),
        REF(op_errors[91], shapes[263]),
        REF(op_errors[92], shapes[47]),
        REF(op_errors[93], shapes[188]),
        REF(op_errors[94], shapes[191]),
        REF(op_errors[95], shapes[192]),
        REF(op_errors[96], shapes[263]),
        REF(op_errors[97], shapes[189]),
        REF(op_errors[98], shapes[303]),
        REF(op_errors[99], shapes[188]),
        REF(op_errors[100], shapes[192]),
        REF(op_errors[101], shapes[263]),
        REF(op_errors[102], shapes[188]),
        REF(op_errors[103], shapes[192]),
        REF(op_errors[104], shapes[263]),
        REF(op_errors[105], shapes[47]),
        REF(op_errors[106], shapes[48]),
        REF(op_errors[107], shapes[188]),
        REF(op_errors[108], shapes[192]),
        REF(op_errors[109], shapes[304]),
        REF(op_errors[110], shapes[47]),
        REF(op_errors[111], shapes[48]),
        REF(op_errors[112], shapes[188]),
        REF(op_errors[113], shapes[192]),
        REF(op_errors[114], shapes[304]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[47]),
        REF(service_errors[1], shapes[48]),
        REF(service_errors[2], shapes[188]),
        REF(service_errors[3], shapes[189]),
        REF(service_errors[4], shapes[190]),
        REF(service_errors[5], shapes[191]),
        REF(service_errors[6], shapes[57]),
        REF(service_errors[7], shapes[192]),
        REF(service_errors[8], shapes[193]),
        REF(service_errors[9], shapes[195]),
        REF(service_errors[10], shapes[196]),
        REF(service_errors[11], shapes[200]),
        REF(service_errors[12], shapes[199]),
        REF(service_errors[13], shapes[263]),
        REF(service_errors[14], shapes[299]),
        REF(service_errors[15], shapes[61]),
        REF(service_errors[16], shapes[303]),
        REF(service_errors[17], shapes[304]),
    },
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    .pagers = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* DescribeAlarmHistory */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 8,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 6,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* DescribeAlarms */
            .name_ref = PREF(paginators[1].name_ref, strings[21]),
            .operation = 9,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 7,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 3,
        },
        [2] = { /* DescribeAnomalyDetectors */
            .name_ref = PREF(paginators[2].name_ref, strings[36]),
            .operation = 11,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[7]),
            .result_key_count = 1,
        },
        [3] = { /* GetMetricData */
            .name_ref = PREF(paginators[3].name_ref, strings[61]),
            .operation = 22,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[9]),
            .result_key_count = 2,
        },
        [4] = { /* ListAlarmMuteRules */
            .name_ref = PREF(paginators[4].name_ref, strings[75]),
            .operation = 27,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[11]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[12]),
            .result_key_count = 1,
        },
        [5] = { /* ListDashboards */
            .name_ref = PREF(paginators[5].name_ref, strings[94]),
            .operation = 28,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[13]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[14]),
            .result_key_count = 1,
        },
        [6] = { /* ListMetrics */
            .name_ref = PREF(paginators[6].name_ref, strings[109]),
            .operation = 31,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[6]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[15]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[16]),
            .result_key_count = 2,
        },
    },
    .input_tokens = {
        7, /* NextToken */
        8, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextToken */
        PREF(expr_refs[1], exprs[1]), /* AlarmHistoryItems */
        PREF(expr_refs[2], exprs[2]), /* NextToken */
        PREF(expr_refs[3], exprs[3]), /* MetricAlarms */
        PREF(expr_refs[4], exprs[4]), /* CompositeAlarms */
        PREF(expr_refs[5], exprs[5]), /* LogAlarms */
        PREF(expr_refs[6], exprs[0]), /* NextToken */
        PREF(expr_refs[7], exprs[6]), /* AnomalyDetectors */
        PREF(expr_refs[8], exprs[0]), /* NextToken */
        PREF(expr_refs[9], exprs[7]), /* MetricDataResults */
        PREF(expr_refs[10], exprs[8]), /* Messages */
        PREF(expr_refs[11], exprs[0]), /* NextToken */
        PREF(expr_refs[12], exprs[9]), /* AlarmMuteRuleSummaries */
        PREF(expr_refs[13], exprs[0]), /* NextToken */
        PREF(expr_refs[14], exprs[10]), /* DashboardEntries */
        PREF(expr_refs[15], exprs[0]), /* NextToken */
        PREF(expr_refs[16], exprs[11]), /* Metrics */
        PREF(expr_refs[17], exprs[12]), /* OwningAccounts */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* AlarmExists */
            .name_ref = PREF(waiters[0].name_ref, strings[121]),
            .operation = 9,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 1,
        },
        [1] = { /* AlarmMuteRuleExists */
            .name_ref = PREF(waiters[1].name_ref, strings[133]),
            .operation = 18,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[1]),
            .acceptor_count = 2,
        },
        [2] = { /* CompositeAlarmExists */
            .name_ref = PREF(waiters[2].name_ref, strings[153]),
            .operation = 9,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[2].acceptors_ref, acceptors[3]),
            .acceptor_count = 1,
        },
        [3] = { /* LogAlarmExists */
            .name_ref = PREF(waiters[3].name_ref, strings[174]),
            .operation = 9,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[3].acceptors_ref, acceptors[4]),
            .acceptor_count = 1,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[0].argument_ref, exprs[13]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* AlarmExists: path success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* AlarmMuteRuleExists: status success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}}, /* AlarmMuteRuleExists: status retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[3].argument_ref, exprs[14]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* CompositeAlarmExists: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[4].argument_ref, exprs[15]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* LogAlarmExists: path success */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[189]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[199]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* AlarmHistoryItems */
        {.text_ref = PREF(exprs[2].text_ref, strings[189]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[3].text_ref, strings[217]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* MetricAlarms */
        {.text_ref = PREF(exprs[4].text_ref, strings[230]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* CompositeAlarms */
        {.text_ref = PREF(exprs[5].text_ref, strings[246]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* LogAlarms */
        {.text_ref = PREF(exprs[6].text_ref, strings[256]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* AnomalyDetectors */
        {.text_ref = PREF(exprs[7].text_ref, strings[273]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* MetricDataResults */
        {.text_ref = PREF(exprs[8].text_ref, strings[291]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* Messages */
        {.text_ref = PREF(exprs[9].text_ref, strings[300]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* AlarmMuteRuleSummaries */
        {.text_ref = PREF(exprs[10].text_ref, strings[323]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* DashboardEntries */
        {.text_ref = PREF(exprs[11].text_ref, strings[340]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* Metrics */
        {.text_ref = PREF(exprs[12].text_ref, strings[348]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 1}, /* OwningAccounts */
        {.text_ref = PREF(exprs[13].text_ref, strings[363]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[13]), .node_count = 7}, /* length(MetricAlarms[]) > `0` */
        {.text_ref = PREF(exprs[14].text_ref, strings[392]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[20]), .node_count = 7}, /* length(CompositeAlarms[]) > `0` */
        {.text_ref = PREF(exprs[15].text_ref, strings[424]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[27]), .node_count = 7}, /* length(LogAlarms[]) > `0` */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[199])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[2].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[3].string_ref, strings[217])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[4].string_ref, strings[230])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[5].string_ref, strings[246])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[6].string_ref, strings[256])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[273])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[8].string_ref, strings[291])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[9].string_ref, strings[300])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[10].string_ref, strings[323])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[11].string_ref, strings[340])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[12].string_ref, strings[348])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[13].string_ref, strings[217])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[20].string_ref, strings[230])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[27].string_ref, strings[246])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
    },
    .strings =
        /*      0 */ "DescribeAlarmHistory\0"
        /*     21 */ "DescribeAlarms\0"
        /*     36 */ "DescribeAnomalyDetectors\0"
        /*     61 */ "GetMetricData\0"
        /*     75 */ "ListAlarmMuteRules\0"
        /*     94 */ "ListDashboards\0"
        /*    109 */ "ListMetrics\0"
        /*    121 */ "AlarmExists\0"
        /*    133 */ "AlarmMuteRuleExists\0"
        /*    153 */ "CompositeAlarmExists\0"
        /*    174 */ "LogAlarmExists\0"
        /*    189 */ "NextToken\0"
        /*    199 */ "AlarmHistoryItems\0"
        /*    217 */ "MetricAlarms\0"
        /*    230 */ "CompositeAlarms\0"
        /*    246 */ "LogAlarms\0"
        /*    256 */ "AnomalyDetectors\0"
        /*    273 */ "MetricDataResults\0"
        /*    291 */ "Messages\0"
        /*    300 */ "AlarmMuteRuleSummaries\0"
        /*    323 */ "DashboardEntries\0"
        /*    340 */ "Metrics\0"
        /*    348 */ "OwningAccounts\0"
        /*    363 */ "length(MetricAlarms[]) > `0`\0"
        /*    392 */ "length(CompositeAlarms[]) > `0`\0"
        /*    424 */ "length(LogAlarms[]) > `0`",
    },
#endif
    .rules = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* cloudwatch */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 2,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {11, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {24, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {32, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {485, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        11, /* 0: UseDualStack */
        24, /* 1: UseFIPS */
        32, /* 2: Endpoint */
        485, /* 3: Region */
        178, /* 4: PartitionResult */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(1, 1, 4, 2), /* isSet(Endpoint) */
        /* 1 */ AWSC_EP_TREE(0, 0, 22, 2), /* always */
        /* 2 */ AWSC_EP_ERROR(1, 7, 8), /* booleanEquals(UseDualStack, true) */
        /* 3 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 4 */ AWSC_EP_ERROR(1, 4, 5), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_TREE(0, 0, 2, 2), /* always */
        /* 6 */ AWSC_EP_ENDPOINT(0, 0, 3), /* always */
        /* 7 */ AWSC_EP_TREE(2, 33, 6, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 8 */ AWSC_EP_ERROR(0, 0, 31), /* always */
        /* 9 */ AWSC_EP_ENDPOINT(0, 0, 4), /* always */
        /* 10 */ AWSC_EP_TREE(1, 39, 9, 1), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 11 */ AWSC_EP_ERROR(0, 0, 34), /* always */
        /* 12 */ AWSC_EP_ENDPOINT(0, 0, 2), /* always */
        /* 13 */ AWSC_EP_TREE(1, 34, 12, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 14 */ AWSC_EP_ERROR(0, 0, 36), /* always */
        /* 15 */ AWSC_EP_ENDPOINT(3, 15, 1), /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, true) && bo ... */
        /* 16 */ AWSC_EP_ENDPOINT(3, 22, 2), /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, true) && bo ... */
        /* 17 */ AWSC_EP_TREE(2, 23, 7, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 18 */ AWSC_EP_TREE(2, 16, 10, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 19 */ AWSC_EP_TREE(2, 46, 13, 2), /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 20 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 21 */ AWSC_EP_TREE(1, 10, 15, 6), /* PartitionResult = aws.partition(Region) */
        /* 22 */ AWSC_EP_TREE(1, 9, 21, 1), /* isSet(Region) */
        /* 23 */ AWSC_EP_ERROR(0, 0, 37), /* always */
    },
    /* Expressions. S(at) is a string, A(obj, attribute) getAttr and
     * AI(obj, attribute, index) getAttr "[index]", V(slot) a variable,
     * T(n, first) a template of n parts from args, F(fn, n, first) a call,
     * SET(slot, expr) a condition assigning its value. */
    .exprs = {
        /* 0 */ AWSC_EP_V(2), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(1), /* UseFIPS */
        /* 3 */ AWSC_EP_B(1), /* true */
        /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 2), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_S(41, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(0), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(107, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(3), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 8), /* isSet(Region) */
        /* 11 */ AWSC_EP_F(PARTITION, 1, 8), /* aws.partition(Region) */
        /* 12 */ AWSC_EP_SET(4, 11), /* PartitionResult = aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, NAME), /* PartitionResult#name */
        /* 15 */ AWSC_EP_S(194, 10), /* "aws-us-gov" */
        /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 11), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 17 */ AWSC_EP_B(0), /* false */
        /* 18 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 13), /* booleanEquals(UseDualStack, false) */
        /* 19 */ AWSC_EP_S(205, 19), /* "https://monitoring." */
        /* 20 */ AWSC_EP_S(223, 1), /* "." */
        /* 21 */ AWSC_EP_A(13, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 22 */ AWSC_EP_T(4, 18), /* "https://monitoring.{Region}.{PartitionResult#dnsSuffix}" */
        /* 23 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 24 */ AWSC_EP_T(4, 25), /* "https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 25 */ AWSC_EP_A(13, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 26 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 29), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 27 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 28 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 31), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 29 */ AWSC_EP_S(225, 24), /* "https://monitoring-fips." */
        /* 30 */ AWSC_EP_T(4, 35), /* "https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 31 */ AWSC_EP_S(250, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 32 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 30), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 33 */ AWSC_EP_T(4, 40), /* "https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 34 */ AWSC_EP_S(330, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 35 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 44), /* booleanEquals(UseFIPS, false) */
        /* 36 */ AWSC_EP_S(387, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 37 */ AWSC_EP_S(454, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 1, 2, 3, 4, 6, 3, 7, 9, 10, 12, 14, 15, 6, 17, 16,
        4, 18, 19, 9, 20, 21, 16, 4, 7, 19, 9, 20, 23, 3, 25, 3,
        27, 26, 28, 29, 9, 20, 23, 32, 29, 9, 20, 21, 2, 17, 35, 7,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {22, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://monitoring.{Region}.{PartitionResult#dnsSuffix}" */
        /* 2 */ {24, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 3 */ {30, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 4 */ {33, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "cloudwatch\0"
        /*    11 */ "UseDualStack\0"
        /*    24 */ "UseFIPS\0"
        /*    32 */ "Endpoint\0"
        /*    41 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   107 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   178 */ "PartitionResult\0"
        /*   194 */ "aws-us-gov\0"
        /*   205 */ "https://monitoring.\0"
        /*   225 */ "https://monitoring-fips.\0"
        /*   250 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   330 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   387 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   454 */ "Invalid Configuration: Missing Region",
    },
    .shapes = {
        [0] = { /* AccountId */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .range_ref = REF(shapes[0].range_ref, ranges[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* ActionLogLineCount */
            .name_ref = REF(shapes[1].name_ref, strings[10]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [2] = { /* ActionLogLineRoleArn */
            .name_ref = REF(shapes[2].name_ref, strings[29]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* ActionPrefix */
            .name_ref = REF(shapes[3].name_ref, strings[50]),
            .range_ref = REF(shapes[3].range_ref, ranges[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* ActionsEnabled */
            .name_ref = REF(shapes[4].name_ref, strings[63]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [5] = { /* ActionsSuppressedBy */
            .name_ref = REF(shapes[5].name_ref, strings[78]),
            .u.string.enum_values_ref = REF(shapes[5].u.string.enum_values_ref, strings[98]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [6] = { /* ActionsSuppressedReason */
            .name_ref = REF(shapes[6].name_ref, strings[131]),
            .range_ref = REF(shapes[6].range_ref, ranges[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* AggregationExpression */
            .name_ref = REF(shapes[7].name_ref, strings[155]),
            .range_ref = REF(shapes[7].range_ref, ranges[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* AlarmArn */
            .name_ref = REF(shapes[8].name_ref, strings[177]),
            .range_ref = REF(shapes[8].range_ref, ranges[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [9] = { /* AlarmContributor */
            .name_ref = REF(shapes[9].name_ref, strings[186]),
            .u.structure.members_ref = REF(shapes[9].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[9].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_alarm_contributor),
            .u.structure.member_count = 4,
        },
        [10] = { /* AlarmContributors */
            .name_ref = REF(shapes[10].name_ref, strings[278]),
            .u.collection.item_ref = REF(shapes[10].u.collection.item_ref, shapes[9]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_alarm_contributors),
        },
        [11] = { /* AlarmDescription */
            .name_ref = REF(shapes[11].name_ref, strings[296]),
            .range_ref = REF(shapes[11].range_ref, ranges[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* AlarmHistoryItem */
            .name_ref = REF(shapes[12].name_ref, strings[313]),
            .u.structure.members_ref = REF(shapes[12].u.structure.members_ref, members[4]),
            .u.structure.by_wire_name_ref = REF(shapes[12].u.structure.by_wire_name_ref, by_wire_name[4]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_alarm_history_item),
            .u.structure.member_count = 8,
        },
        [13] = { /* AlarmHistoryItems */
            .name_ref = REF(shapes[13].name_ref, strings[449]),
            .u.collection.item_ref = REF(shapes[13].u.collection.item_ref, shapes[12]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_alarm_history_items),
        },
        [14] = { /* AlarmMuteRuleStatus */
            .name_ref = REF(shapes[14].name_ref, strings[467]),
            .u.string.enum_values_ref = REF(shapes[14].u.string.enum_values_ref, strings[487]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [15] = { /* AlarmMuteRuleStatuses */
            .name_ref = REF(shapes[15].name_ref, strings[512]),
            .u.collection.item_ref = REF(shapes[15].u.collection.item_ref, shapes[14]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [16] = { /* AlarmMuteRuleSummaries */
            .name_ref = REF(shapes[16].name_ref, strings[534]),
            .u.collection.item_ref = REF(shapes[16].u.collection.item_ref, shapes[17]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_alarm_mute_rule_summaries),
        },
        [17] = { /* AlarmMuteRuleSummary */
            .name_ref = REF(shapes[17].name_ref, strings[557]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[12]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[12]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_alarm_mute_rule_summary),
            .u.structure.member_count = 5,
        },
        [18] = { /* AlarmName */
            .name_ref = REF(shapes[18].name_ref, strings[330]),
            .range_ref = REF(shapes[18].range_ref, ranges[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* AlarmNamePrefix */
            .name_ref = REF(shapes[19].name_ref, strings[643]),
            .range_ref = REF(shapes[19].range_ref, ranges[7]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [20] = { /* AlarmNames */
            .name_ref = REF(shapes[20].name_ref, strings[659]),
            .range_ref = REF(shapes[20].range_ref, ranges[8]),
            .u.collection.item_ref = REF(shapes[20].u.collection.item_ref, shapes[18]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [21] = { /* AlarmPromQLCriteria */
            .name_ref = REF(shapes[21].name_ref, strings[670]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[17]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[17]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_alarm_prom_ql_criteria),
            .u.structure.member_count = 3,
        },
        [22] = { /* AlarmRule */
            .name_ref = REF(shapes[22].name_ref, strings[725]),
            .range_ref = REF(shapes[22].range_ref, ranges[9]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* AlarmType */
            .name_ref = REF(shapes[23].name_ref, strings[359]),
            .u.string.enum_values_ref = REF(shapes[23].u.string.enum_values_ref, strings[735]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [24] = { /* AlarmTypes */
            .name_ref = REF(shapes[24].name_ref, strings[771]),
            .u.collection.item_ref = REF(shapes[24].u.collection.item_ref, shapes[23]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [25] = { /* AmazonResourceName */
            .name_ref = REF(shapes[25].name_ref, strings[782]),
            .range_ref = REF(shapes[25].range_ref, ranges[10]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [26] = { /* AnomalyDetector */
            .name_ref = REF(shapes[26].name_ref, strings[801]),
            .u.structure.members_ref = REF(shapes[26].u.structure.members_ref, members[20]),
            .u.structure.by_wire_name_ref = REF(shapes[26].u.structure.by_wire_name_ref, by_wire_name[20]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_anomaly_detector),
            .u.structure.member_count = 10,
        },
        [27] = { /* AnomalyDetectorConfiguration */
            .name_ref = REF(shapes[27].name_ref, strings[973]),
            .u.structure.members_ref = REF(shapes[27].u.structure.members_ref, members[30]),
            .u.structure.by_wire_name_ref = REF(shapes[27].u.structure.by_wire_name_ref, by_wire_name[30]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_anomaly_detector_configuration),
            .u.structure.member_count = 2,
        },
        [28] = { /* AnomalyDetectorExcludedTimeRanges */
            .name_ref = REF(shapes[28].name_ref, strings[1036]),
            .u.collection.item_ref = REF(shapes[28].u.collection.item_ref, shapes[296]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_anomaly_detector_excluded_time_ranges),
        },
        [29] = { /* AnomalyDetectorId */
            .name_ref = REF(shapes[29].name_ref, strings[817]),
            .range_ref = REF(shapes[29].range_ref, ranges[11]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* AnomalyDetectorIds */
            .name_ref = REF(shapes[30].name_ref, strings[1070]),
            .range_ref = REF(shapes[30].range_ref, ranges[12]),
            .u.collection.item_ref = REF(shapes[30].u.collection.item_ref, shapes[29]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [31] = { /* AnomalyDetectorMetricStat */
            .name_ref = REF(shapes[31].name_ref, strings[1089]),
            .range_ref = REF(shapes[31].range_ref, ranges[13]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [32] = { /* AnomalyDetectorMetricTimezone */
            .name_ref = REF(shapes[32].name_ref, strings[1115]),
            .range_ref = REF(shapes[32].range_ref, ranges[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* AnomalyDetectorStateValue */
            .name_ref = REF(shapes[33].name_ref, strings[1145]),
            .u.string.enum_values_ref = REF(shapes[33].u.string.enum_values_ref, strings[1171]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [34] = { /* AnomalyDetectorType */
            .name_ref = REF(shapes[34].name_ref, strings[1222]),
            .u.string.enum_values_ref = REF(shapes[34].u.string.enum_values_ref, strings[1242]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [35] = { /* AnomalyDetectorTypes */
            .name_ref = REF(shapes[35].name_ref, strings[1268]),
            .range_ref = REF(shapes[35].range_ref, ranges[15]),
            .u.collection.item_ref = REF(shapes[35].u.collection.item_ref, shapes[34]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [36] = { /* AnomalyDetectors */
            .name_ref = REF(shapes[36].name_ref, strings[1289]),
            .u.collection.item_ref = REF(shapes[36].u.collection.item_ref, shapes[26]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_anomaly_detectors),
        },
        [37] = { /* Arn */
            .name_ref = REF(shapes[37].name_ref, strings[1306]),
            .range_ref = REF(shapes[37].range_ref, ranges[16]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [38] = { /* AssociateDatasetKmsKeyInput */
            .name_ref = REF(shapes[38].name_ref, strings[1310]),
            .u.structure.members_ref = REF(shapes[38].u.structure.members_ref, members[32]),
            .u.structure.by_wire_name_ref = REF(shapes[38].u.structure.by_wire_name_ref, by_wire_name[32]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_associate_dataset_kms_key_input),
            .u.structure.member_count = 2,
        },
        [39] = { /* AssociateDatasetKmsKeyOutput */
            .name_ref = REF(shapes[39].name_ref, strings[1366]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_associate_dataset_kms_key_output),
        },
        [40] = { /* AttributeName */
            .name_ref = REF(shapes[40].name_ref, strings[1395]),
            .range_ref = REF(shapes[40].range_ref, ranges[17]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [41] = { /* AttributeValue */
            .name_ref = REF(shapes[41].name_ref, strings[1409]),
            .range_ref = REF(shapes[41].range_ref, ranges[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [42] = { /* AwsQueryErrorMessage */
            .name_ref = REF(shapes[42].name_ref, strings[1424]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [43] = { /* BatchFailures */
            .name_ref = REF(shapes[43].name_ref, strings[1445]),
            .u.collection.item_ref = REF(shapes[43].u.collection.item_ref, shapes[273]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_batch_failures),
        },
        [44] = { /* ComparisonOperator */
            .name_ref = REF(shapes[44].name_ref, strings[1459]),
            .u.string.enum_values_ref = REF(shapes[44].u.string.enum_values_ref, strings[1478]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 7,
        },
        [45] = { /* CompositeAlarm */
            .name_ref = REF(shapes[45].name_ref, strings[1664]),
            .u.structure.members_ref = REF(shapes[45].u.structure.members_ref, members[34]),
            .u.structure.by_wire_name_ref = REF(shapes[45].u.structure.by_wire_name_ref, by_wire_name[34]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_composite_alarm),
            .u.structure.member_count = 19,
        },
        [46] = { /* CompositeAlarms */
            .name_ref = REF(shapes[46].name_ref, strings[1878]),
            .u.collection.item_ref = REF(shapes[46].u.collection.item_ref, shapes[45]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_composite_alarms),
        },
        [47] = { /* ConcurrentModificationException */
            .name_ref = REF(shapes[47].name_ref, strings[1894]),
            .u.structure.error_code_ref = REF(shapes[47].u.structure.error_code_ref, strings[1894]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_concurrent_modification_exception),
            .u.structure.http_status = 429,
        },
        [48] = { /* ConflictException */
            .name_ref = REF(shapes[48].name_ref, strings[1926]),
            .u.structure.members_ref = REF(shapes[48].u.structure.members_ref, members[53]),
            .u.structure.by_wire_name_ref = REF(shapes[48].u.structure.by_wire_name_ref, by_wire_name[53]),
            .u.structure.error_code_ref = REF(shapes[48].u.structure.error_code_ref, strings[1926]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_cloudwatch_conflict_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [49] = { /* ContributorAttributes */
            .name_ref = REF(shapes[49].name_ref, strings[217]),
            .range_ref = REF(shapes[49].range_ref, ranges[19]),
            .u.collection.item_ref = REF(shapes[49].u.collection.item_ref, shapes[41]),
            .u.collection.key_ref = REF(shapes[49].u.collection.key_ref, shapes[40]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_cloudwatch_entity_attributes_map),
            .u.collection.value_offset = offsetof(struct awsc_cloudwatch_entity_attributes_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_cloudwatch_entity_attributes_map_entry),
        },
        [50] = { /* ContributorId */
            .name_ref = REF(shapes[50].name_ref, strings[203]),
            .range_ref = REF(shapes[50].range_ref, ranges[20]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [51] = { /* Counts */
            .name_ref = REF(shapes[51].name_ref, strings[1952]),
            .u.collection.item_ref = REF(shapes[51].u.collection.item_ref, shapes[66]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_counts),
        },
        [52] = { /* DashboardArn */
            .name_ref = REF(shapes[52].name_ref, strings[1959]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [53] = { /* DashboardBody */
            .name_ref = REF(shapes[53].name_ref, strings[1972]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [54] = { /* DashboardEntries */
            .name_ref = REF(shapes[54].name_ref, strings[1986]),
            .u.collection.item_ref = REF(shapes[54].u.collection.item_ref, shapes[55]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_dashboard_entries),
        },
        [55] = { /* DashboardEntry */
            .name_ref = REF(shapes[55].name_ref, strings[2003]),
            .u.structure.members_ref = REF(shapes[55].u.structure.members_ref, members[54]),
            .u.structure.by_wire_name_ref = REF(shapes[55].u.structure.by_wire_name_ref, by_wire_name[54]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_dashboard_entry),
            .u.structure.member_count = 4,
        },
        [56] = { /* DashboardErrorMessage */
            .name_ref = REF(shapes[56].name_ref, strings[2050]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [57] = { /* DashboardInvalidInputError */
            .name_ref = REF(shapes[57].name_ref, strings[2072]),
            .u.structure.members_ref = REF(shapes[57].u.structure.members_ref, members[58]),
            .u.structure.by_wire_name_ref = REF(shapes[57].u.structure.by_wire_name_ref, by_wire_name[58]),
            .u.structure.error_code_ref = REF(shapes[57].u.structure.error_code_ref, strings[2135]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_dashboard_invalid_input_error),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [58] = { /* DashboardName */
            .name_ref = REF(shapes[58].name_ref, strings[2018]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [59] = { /* DashboardNamePrefix */
            .name_ref = REF(shapes[59].name_ref, strings[2157]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [60] = { /* DashboardNames */
            .name_ref = REF(shapes[60].name_ref, strings[2177]),
            .u.collection.item_ref = REF(shapes[60].u.collection.item_ref, shapes[58]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [61] = { /* DashboardNotFoundError */
            .name_ref = REF(shapes[61].name_ref, strings[2192]),
            .u.structure.members_ref = REF(shapes[61].u.structure.members_ref, members[60]),
            .u.structure.by_wire_name_ref = REF(shapes[61].u.structure.by_wire_name_ref, by_wire_name[60]),
            .u.structure.error_code_ref = REF(shapes[61].u.structure.error_code_ref, strings[2215]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_dashboard_not_found_error),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [62] = { /* DashboardValidationMessage */
            .name_ref = REF(shapes[62].name_ref, strings[2232]),
            .u.structure.members_ref = REF(shapes[62].u.structure.members_ref, members[61]),
            .u.structure.by_wire_name_ref = REF(shapes[62].u.structure.by_wire_name_ref, by_wire_name[61]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_dashboard_validation_message),
            .u.structure.member_count = 2,
        },
        [63] = { /* DashboardValidationMessages */
            .name_ref = REF(shapes[63].name_ref, strings[2268]),
            .u.collection.item_ref = REF(shapes[63].u.collection.item_ref, shapes[62]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_dashboard_validation_messages),
        },
        [64] = { /* DataPath */
            .name_ref = REF(shapes[64].name_ref, strings[2259]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [65] = { /* Datapoint */
            .name_ref = REF(shapes[65].name_ref, strings[2296]),
            .u.structure.members_ref = REF(shapes[65].u.structure.members_ref, members[63]),
            .u.structure.by_wire_name_ref = REF(shapes[65].u.structure.by_wire_name_ref, by_wire_name[63]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_datapoint),
            .u.structure.member_count = 8,
        },
        [66] = { /* DatapointValue */
            .name_ref = REF(shapes[66].name_ref, strings[2370]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [67] = { /* DatapointValueMap */
            .name_ref = REF(shapes[67].name_ref, strings[2385]),
            .u.collection.item_ref = REF(shapes[67].u.collection.item_ref, shapes[66]),
            .u.collection.key_ref = REF(shapes[67].u.collection.key_ref, shapes[130]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_cloudwatch_datapoint_value_map),
            .u.collection.value_offset = offsetof(struct awsc_cloudwatch_datapoint_value_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_cloudwatch_datapoint_value_map_entry),
        },
        [68] = { /* DatapointValues */
            .name_ref = REF(shapes[68].name_ref, strings[2403]),
            .u.collection.item_ref = REF(shapes[68].u.collection.item_ref, shapes[66]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_counts),
        },
        [69] = { /* Datapoints */
            .name_ref = REF(shapes[69].name_ref, strings[2419]),
            .u.collection.item_ref = REF(shapes[69].u.collection.item_ref, shapes[65]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_datapoints),
        },
        [70] = { /* DatapointsToAlarm */
            .name_ref = REF(shapes[70].name_ref, strings[2430]),
            .range_ref = REF(shapes[70].range_ref, ranges[21]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [71] = { /* DatasetArn */
            .name_ref = REF(shapes[71].name_ref, strings[2448]),
            .range_ref = REF(shapes[71].range_ref, ranges[22]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [72] = { /* DatasetId */
            .name_ref = REF(shapes[72].name_ref, strings[2459]),
            .range_ref = REF(shapes[72].range_ref, ranges[23]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [73] = { /* DatasetIdentifier */
            .name_ref = REF(shapes[73].name_ref, strings[1338]),
            .range_ref = REF(shapes[73].range_ref, ranges[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [74] = { /* DeleteAlarmMuteRuleInput */
            .name_ref = REF(shapes[74].name_ref, strings[2469]),
            .u.structure.members_ref = REF(shapes[74].u.structure.members_ref, members[71]),
            .u.structure.by_wire_name_ref = REF(shapes[74].u.structure.by_wire_name_ref, by_wire_name[71]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_alarm_mute_rule_input),
            .u.structure.member_count = 1,
        },
        [75] = { /* DeleteAlarmsInput */
            .name_ref = REF(shapes[75].name_ref, strings[2512]),
            .u.structure.members_ref = REF(shapes[75].u.structure.members_ref, members[72]),
            .u.structure.by_wire_name_ref = REF(shapes[75].u.structure.by_wire_name_ref, by_wire_name[72]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_alarms_input),
            .u.structure.member_count = 1,
        },
        [76] = { /* DeleteAnomalyDetectorInput */
            .name_ref = REF(shapes[76].name_ref, strings[2530]),
            .u.structure.members_ref = REF(shapes[76].u.structure.members_ref, members[73]),
            .u.structure.by_wire_name_ref = REF(shapes[76].u.structure.by_wire_name_ref, by_wire_name[73]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_anomaly_detector_input),
            .u.structure.member_count = 7,
        },
        [77] = { /* DeleteAnomalyDetectorOutput */
            .name_ref = REF(shapes[77].name_ref, strings[2557]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_anomaly_detector_output),
        },
        [78] = { /* DeleteDashboardsInput */
            .name_ref = REF(shapes[78].name_ref, strings[2585]),
            .u.structure.members_ref = REF(shapes[78].u.structure.members_ref, members[80]),
            .u.structure.by_wire_name_ref = REF(shapes[78].u.structure.by_wire_name_ref, by_wire_name[80]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_dashboards_input),
            .u.structure.member_count = 1,
        },
        [79] = { /* DeleteDashboardsOutput */
            .name_ref = REF(shapes[79].name_ref, strings[2607]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_dashboards_output),
        },
        [80] = { /* DeleteInsightRulesInput */
            .name_ref = REF(shapes[80].name_ref, strings[2630]),
            .u.structure.members_ref = REF(shapes[80].u.structure.members_ref, members[81]),
            .u.structure.by_wire_name_ref = REF(shapes[80].u.structure.by_wire_name_ref, by_wire_name[81]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_insight_rules_input),
            .u.structure.member_count = 1,
        },
        [81] = { /* DeleteInsightRulesOutput */
            .name_ref = REF(shapes[81].name_ref, strings[2664]),
            .u.structure.members_ref = REF(shapes[81].u.structure.members_ref, members[82]),
            .u.structure.by_wire_name_ref = REF(shapes[81].u.structure.by_wire_name_ref, by_wire_name[82]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_insight_rules_output),
            .u.structure.member_count = 1,
        },
        [82] = { /* DeleteMetricStreamInput */
            .name_ref = REF(shapes[82].name_ref, strings[2698]),
            .u.structure.members_ref = REF(shapes[82].u.structure.members_ref, members[83]),
            .u.structure.by_wire_name_ref = REF(shapes[82].u.structure.by_wire_name_ref, by_wire_name[83]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_metric_stream_input),
            .u.structure.member_count = 1,
        },
        [83] = { /* DeleteMetricStreamOutput */
            .name_ref = REF(shapes[83].name_ref, strings[2727]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_delete_metric_stream_output),
        },
        [84] = { /* DescribeAlarmContributorsInput */
            .name_ref = REF(shapes[84].name_ref, strings[2752]),
            .u.structure.members_ref = REF(shapes[84].u.structure.members_ref, members[84]),
            .u.structure.by_wire_name_ref = REF(shapes[84].u.structure.by_wire_name_ref, by_wire_name[84]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_alarm_contributors_input),
            .u.structure.member_count = 2,
        },
        [85] = { /* DescribeAlarmContributorsOutput */
            .name_ref = REF(shapes[85].name_ref, strings[2793]),
            .u.structure.members_ref = REF(shapes[85].u.structure.members_ref, members[86]),
            .u.structure.by_wire_name_ref = REF(shapes[85].u.structure.by_wire_name_ref, by_wire_name[86]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_alarm_contributors_output),
            .u.structure.member_count = 2,
        },
        [86] = { /* DescribeAlarmHistoryInput */
            .name_ref = REF(shapes[86].name_ref, strings[2825]),
            .u.structure.members_ref = REF(shapes[86].u.structure.members_ref, members[88]),
            .u.structure.by_wire_name_ref = REF(shapes[86].u.structure.by_wire_name_ref, by_wire_name[88]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_alarm_history_input),
            .u.structure.member_count = 9,
        },
        [87] = { /* DescribeAlarmHistoryOutput */
            .name_ref = REF(shapes[87].name_ref, strings[2887]),
            .u.structure.members_ref = REF(shapes[87].u.structure.members_ref, members[97]),
            .u.structure.by_wire_name_ref = REF(shapes[87].u.structure.by_wire_name_ref, by_wire_name[97]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_alarm_history_output),
            .u.structure.member_count = 2,
        },
        [88] = { /* DescribeAlarmsForMetricInput */
            .name_ref = REF(shapes[88].name_ref, strings[2914]),
            .u.structure.members_ref = REF(shapes[88].u.structure.members_ref, members[99]),
            .u.structure.by_wire_name_ref = REF(shapes[88].u.structure.by_wire_name_ref, by_wire_name[99]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_alarms_for_metric_input),
            .u.structure.member_count = 7,
        },
        [89] = { /* DescribeAlarmsForMetricOutput */
            .name_ref = REF(shapes[89].name_ref, strings[2978]),
            .u.structure.members_ref = REF(shapes[89].u.structure.members_ref, members[106]),
            .u.structure.by_wire_name_ref = REF(shapes[89].u.structure.by_wire_name_ref, by_wire_name[106]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_alarms_for_metric_output),
            .u.structure.member_count = 1,
        },
        [90] = { /* DescribeAlarmsInput */
            .name_ref = REF(shapes[90].name_ref, strings[3021]),
            .u.structure.members_ref = REF(shapes[90].u.structure.members_ref, members[107]),
            .u.structure.by_wire_name_ref = REF(shapes[90].u.structure.by_wire_name_ref, by_wire_name[107]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_alarms_input),
            .u.structure.member_count = 9,
        },
        [91] = { /* DescribeAlarmsOutput */
            .name_ref = REF(shapes[91].name_ref, strings[3080]),
            .u.structure.members_ref = REF(shapes[91].u.structure.members_ref, members[116]),
            .u.structure.by_wire_name_ref = REF(shapes[91].u.structure.by_wire_name_ref, by_wire_name[116]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_alarms_output),
            .u.structure.member_count = 4,
        },
        [92] = { /* DescribeAnomalyDetectorsInput */
            .name_ref = REF(shapes[92].name_ref, strings[3111]),
            .u.structure.members_ref = REF(shapes[92].u.structure.members_ref, members[120]),
            .u.structure.by_wire_name_ref = REF(shapes[92].u.structure.by_wire_name_ref, by_wire_name[120]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_anomaly_detectors_input),
            .u.structure.member_count = 7,
        },
        [93] = { /* DescribeAnomalyDetectorsOutput */
            .name_ref = REF(shapes[93].name_ref, strings[3152]),
            .u.structure.members_ref = REF(shapes[93].u.structure.members_ref, members[127]),
            .u.structure.by_wire_name_ref = REF(shapes[93].u.structure.by_wire_name_ref, by_wire_name[127]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_anomaly_detectors_output),
            .u.structure.member_count = 2,
        },
        [94] = { /* DescribeInsightRulesInput */
            .name_ref = REF(shapes[94].name_ref, strings[3183]),
            .u.structure.members_ref = REF(shapes[94].u.structure.members_ref, members[129]),
            .u.structure.by_wire_name_ref = REF(shapes[94].u.structure.by_wire_name_ref, by_wire_name[129]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_insight_rules_input),
            .u.structure.member_count = 2,
        },
        [95] = { /* DescribeInsightRulesOutput */
            .name_ref = REF(shapes[95].name_ref, strings[3209]),
            .u.structure.members_ref = REF(shapes[95].u.structure.members_ref, members[131]),
            .u.structure.by_wire_name_ref = REF(shapes[95].u.structure.by_wire_name_ref, by_wire_name[131]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_describe_insight_rules_output),
            .u.structure.member_count = 2,
        },
        [96] = { /* Dimension */
            .name_ref = REF(shapes[96].name_ref, strings[3249]),
            .u.structure.members_ref = REF(shapes[96].u.structure.members_ref, members[133]),
            .u.structure.by_wire_name_ref = REF(shapes[96].u.structure.by_wire_name_ref, by_wire_name[133]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_dimension),
            .u.structure.member_count = 2,
        },
        [97] = { /* DimensionFilter */
            .name_ref = REF(shapes[97].name_ref, strings[3265]),
            .u.structure.members_ref = REF(shapes[97].u.structure.members_ref, members[135]),
            .u.structure.by_wire_name_ref = REF(shapes[97].u.structure.by_wire_name_ref, by_wire_name[135]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_dimension_filter),
            .u.structure.member_count = 2,
        },
        [98] = { /* DimensionFilters */
            .name_ref = REF(shapes[98].name_ref, strings[3281]),
            .range_ref = REF(shapes[98].range_ref, ranges[25]),
            .u.collection.item_ref = REF(shapes[98].u.collection.item_ref, shapes[97]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_dimension_filters),
        },
        [99] = { /* DimensionName */
            .name_ref = REF(shapes[99].name_ref, strings[3298]),
            .range_ref = REF(shapes[99].range_ref, ranges[26]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [100] = { /* DimensionValue */
            .name_ref = REF(shapes[100].name_ref, strings[3312]),
            .range_ref = REF(shapes[100].range_ref, ranges[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [101] = { /* Dimensions */
            .name_ref = REF(shapes[101].name_ref, strings[856]),
            .range_ref = REF(shapes[101].range_ref, ranges[28]),
            .u.collection.item_ref = REF(shapes[101].u.collection.item_ref, shapes[96]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_dimensions),
        },
        [102] = { /* DisableAlarmActionsInput */
            .name_ref = REF(shapes[102].name_ref, strings[3327]),
            .u.structure.members_ref = REF(shapes[102].u.structure.members_ref, members[137]),
            .u.structure.by_wire_name_ref = REF(shapes[102].u.structure.by_wire_name_ref, by_wire_name[137]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_disable_alarm_actions_input),
            .u.structure.member_count = 1,
        },
        [103] = { /* DisableInsightRulesInput */
            .name_ref = REF(shapes[103].name_ref, strings[3352]),
            .u.structure.members_ref = REF(shapes[103].u.structure.members_ref, members[138]),
            .u.structure.by_wire_name_ref = REF(shapes[103].u.structure.by_wire_name_ref, by_wire_name[138]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_disable_insight_rules_input),
            .u.structure.member_count = 1,
        },
        [104] = { /* DisableInsightRulesOutput */
            .name_ref = REF(shapes[104].name_ref, strings[3377]),
            .u.structure.members_ref = REF(shapes[104].u.structure.members_ref, members[139]),
            .u.structure.by_wire_name_ref = REF(shapes[104].u.structure.by_wire_name_ref, by_wire_name[139]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_disable_insight_rules_output),
            .u.structure.member_count = 1,
        },
        [105] = { /* DisassociateDatasetKmsKeyInput */
            .name_ref = REF(shapes[105].name_ref, strings[3403]),
            .u.structure.members_ref = REF(shapes[105].u.structure.members_ref, members[140]),
            .u.structure.by_wire_name_ref = REF(shapes[105].u.structure.by_wire_name_ref, by_wire_name[140]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_disassociate_dataset_kms_key_input),
            .u.structure.member_count = 1,
        },
        [106] = { /* DisassociateDatasetKmsKeyOutput */
            .name_ref = REF(shapes[106].name_ref, strings[3434]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_disassociate_dataset_kms_key_output),
        },
        [107] = { /* Duration */
            .name_ref = REF(shapes[107].name_ref, strings[3466]),
            .range_ref = REF(shapes[107].range_ref, ranges[29]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [108] = { /* EnableAlarmActionsInput */
            .name_ref = REF(shapes[108].name_ref, strings[3475]),
            .u.structure.members_ref = REF(shapes[108].u.structure.members_ref, members[141]),
            .u.structure.by_wire_name_ref = REF(shapes[108].u.structure.by_wire_name_ref, by_wire_name[141]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_enable_alarm_actions_input),
            .u.structure.member_count = 1,
        },
        [109] = { /* EnableInsightRulesInput */
            .name_ref = REF(shapes[109].name_ref, strings[3499]),
            .u.structure.members_ref = REF(shapes[109].u.structure.members_ref, members[142]),
            .u.structure.by_wire_name_ref = REF(shapes[109].u.structure.by_wire_name_ref, by_wire_name[142]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_enable_insight_rules_input),
            .u.structure.member_count = 1,
        },
        [110] = { /* EnableInsightRulesOutput */
            .name_ref = REF(shapes[110].name_ref, strings[3523]),
            .u.structure.members_ref = REF(shapes[110].u.structure.members_ref, members[143]),
            .u.structure.by_wire_name_ref = REF(shapes[110].u.structure.by_wire_name_ref, by_wire_name[143]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_enable_insight_rules_output),
            .u.structure.member_count = 1,
        },
        [111] = { /* EndTimeOffset */
            .name_ref = REF(shapes[111].name_ref, strings[3548]),
            .range_ref = REF(shapes[111].range_ref, ranges[30]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [112] = { /* Entity */
            .name_ref = REF(shapes[112].name_ref, strings[3562]),
            .u.structure.members_ref = REF(shapes[112].u.structure.members_ref, members[144]),
            .u.structure.by_wire_name_ref = REF(shapes[112].u.structure.by_wire_name_ref, by_wire_name[144]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_entity),
            .u.structure.member_count = 2,
        },
        [113] = { /* EntityAttributesMap */
            .name_ref = REF(shapes[113].name_ref, strings[3594]),
            .range_ref = REF(shapes[113].range_ref, ranges[31]),
            .u.collection.item_ref = REF(shapes[113].u.collection.item_ref, shapes[115]),
            .u.collection.key_ref = REF(shapes[113].u.collection.key_ref, shapes[114]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_cloudwatch_entity_attributes_map),
            .u.collection.value_offset = offsetof(struct awsc_cloudwatch_entity_attributes_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_cloudwatch_entity_attributes_map_entry),
        },
        [114] = { /* EntityAttributesMapKeyString */
            .name_ref = REF(shapes[114].name_ref, strings[3614]),
            .range_ref = REF(shapes[114].range_ref, ranges[32]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [115] = { /* EntityAttributesMapValueString */
            .name_ref = REF(shapes[115].name_ref, strings[3643]),
            .range_ref = REF(shapes[115].range_ref, ranges[33]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [116] = { /* EntityKeyAttributesMap */
            .name_ref = REF(shapes[116].name_ref, strings[3674]),
            .range_ref = REF(shapes[116].range_ref, ranges[34]),
            .u.collection.item_ref = REF(shapes[116].u.collection.item_ref, shapes[118]),
            .u.collection.key_ref = REF(shapes[116].u.collection.key_ref, shapes[117]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_cloudwatch_entity_attributes_map),
            .u.collection.value_offset = offsetof(struct awsc_cloudwatch_entity_attributes_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_cloudwatch_entity_attributes_map_entry),
        },
        [117] = { /* EntityKeyAttributesMapKeyString */
            .name_ref = REF(shapes[117].name_ref, strings[3697]),
            .range_ref = REF(shapes[117].range_ref, ranges[35]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [118] = { /* EntityKeyAttributesMapValueString */
            .name_ref = REF(shapes[118].name_ref, strings[3729]),
            .range_ref = REF(shapes[118].range_ref, ranges[36]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [119] = { /* EntityMetricData */
            .name_ref = REF(shapes[119].name_ref, strings[3763]),
            .u.structure.members_ref = REF(shapes[119].u.structure.members_ref, members[146]),
            .u.structure.by_wire_name_ref = REF(shapes[119].u.structure.by_wire_name_ref, by_wire_name[146]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_entity_metric_data),
            .u.structure.member_count = 2,
        },
        [120] = { /* EntityMetricDataList */
            .name_ref = REF(shapes[120].name_ref, strings[3791]),
            .u.collection.item_ref = REF(shapes[120].u.collection.item_ref, shapes[119]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_entity_metric_data_list),
        },
        [121] = { /* ErrorMessage */
            .name_ref = REF(shapes[121].name_ref, strings[3812]),
            .range_ref = REF(shapes[121].range_ref, ranges[37]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [122] = { /* EvaluateLowSampleCountPercentile */
            .name_ref = REF(shapes[122].name_ref, strings[3825]),
            .range_ref = REF(shapes[122].range_ref, ranges[38]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [123] = { /* EvaluationCriteria */
            .name_ref = REF(shapes[123].name_ref, strings[3858]),
            .u.structure.members_ref = REF(shapes[123].u.structure.members_ref, members[148]),
            .u.structure.by_wire_name_ref = REF(shapes[123].u.structure.by_wire_name_ref, by_wire_name[148]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_cloudwatch_evaluation_criteria),
            .u.structure.member_count = 1,
        },
        [124] = { /* EvaluationInterval */
            .name_ref = REF(shapes[124].name_ref, strings[3892]),
            .range_ref = REF(shapes[124].range_ref, ranges[39]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [125] = { /* EvaluationPeriods */
            .name_ref = REF(shapes[125].name_ref, strings[3911]),
            .range_ref = REF(shapes[125].range_ref, ranges[40]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [126] = { /* EvaluationState */
            .name_ref = REF(shapes[126].name_ref, strings[3929]),
            .u.string.enum_values_ref = REF(shapes[126].u.string.enum_values_ref, strings[3945]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [127] = { /* EvaluationWindow */
            .name_ref = REF(shapes[127].name_ref, strings[3994]),
            .u.structure.members_ref = REF(shapes[127].u.structure.members_ref, members[149]),
            .u.structure.by_wire_name_ref = REF(shapes[127].u.structure.by_wire_name_ref, by_wire_name[149]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_cloudwatch_evaluation_window),
            .u.structure.member_count = 2,
        },
        [128] = { /* ExceptionType */
            .name_ref = REF(shapes[128].name_ref, strings[4041]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [129] = { /* Expression */
            .name_ref = REF(shapes[129].name_ref, strings[4055]),
            .range_ref = REF(shapes[129].range_ref, ranges[41]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [130] = { /* ExtendedStatistic */
            .name_ref = REF(shapes[130].name_ref, strings[2953]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [131] = { /* ExtendedStatistics */
            .name_ref = REF(shapes[131].name_ref, strings[2351]),
            .range_ref = REF(shapes[131].range_ref, ranges[42]),
            .u.collection.item_ref = REF(shapes[131].u.collection.item_ref, shapes[130]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [132] = { /* FailureCode */
            .name_ref = REF(shapes[132].name_ref, strings[4066]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [133] = { /* FailureDescription */
            .name_ref = REF(shapes[133].name_ref, strings[4078]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [134] = { /* FailureResource */
            .name_ref = REF(shapes[134].name_ref, strings[4097]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [135] = { /* FaultDescription */
            .name_ref = REF(shapes[135].name_ref, strings[4113]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [136] = { /* GetAlarmMuteRuleInput */
            .name_ref = REF(shapes[136].name_ref, strings[4130]),
            .u.structure.members_ref = REF(shapes[136].u.structure.members_ref, members[151]),
            .u.structure.by_wire_name_ref = REF(shapes[136].u.structure.by_wire_name_ref, by_wire_name[151]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_alarm_mute_rule_input),
            .u.structure.member_count = 1,
        },
        [137] = { /* GetAlarmMuteRuleOutput */
            .name_ref = REF(shapes[137].name_ref, strings[4152]),
            .u.structure.members_ref = REF(shapes[137].u.structure.members_ref, members[152]),
            .u.structure.by_wire_name_ref = REF(shapes[137].u.structure.by_wire_name_ref, by_wire_name[152]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_alarm_mute_rule_output),
            .u.structure.member_count = 10,
        },
        [138] = { /* GetDashboardInput */
            .name_ref = REF(shapes[138].name_ref, strings[4204]),
            .u.structure.members_ref = REF(shapes[138].u.structure.members_ref, members[162]),
            .u.structure.by_wire_name_ref = REF(shapes[138].u.structure.by_wire_name_ref, by_wire_name[162]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_dashboard_input),
            .u.structure.member_count = 1,
        },
        [139] = { /* GetDashboardOutput */
            .name_ref = REF(shapes[139].name_ref, strings[4222]),
            .u.structure.members_ref = REF(shapes[139].u.structure.members_ref, members[163]),
            .u.structure.by_wire_name_ref = REF(shapes[139].u.structure.by_wire_name_ref, by_wire_name[163]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_dashboard_output),
            .u.structure.member_count = 3,
        },
        [140] = { /* GetDatasetInput */
            .name_ref = REF(shapes[140].name_ref, strings[4241]),
            .u.structure.members_ref = REF(shapes[140].u.structure.members_ref, members[166]),
            .u.structure.by_wire_name_ref = REF(shapes[140].u.structure.by_wire_name_ref, by_wire_name[166]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_dataset_input),
            .u.structure.member_count = 1,
        },
        [141] = { /* GetDatasetOutput */
            .name_ref = REF(shapes[141].name_ref, strings[4257]),
            .u.structure.members_ref = REF(shapes[141].u.structure.members_ref, members[167]),
            .u.structure.by_wire_name_ref = REF(shapes[141].u.structure.by_wire_name_ref, by_wire_name[167]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_dataset_output),
            .u.structure.member_count = 3,
        },
        [142] = { /* GetInsightRuleReportInput */
            .name_ref = REF(shapes[142].name_ref, strings[4274]),
            .u.structure.members_ref = REF(shapes[142].u.structure.members_ref, members[170]),
            .u.structure.by_wire_name_ref = REF(shapes[142].u.structure.by_wire_name_ref, by_wire_name[170]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_insight_rule_report_input),
            .u.structure.member_count = 7,
        },
        [143] = { /* GetInsightRuleReportOutput */
            .name_ref = REF(shapes[143].name_ref, strings[4363]),
            .u.structure.members_ref = REF(shapes[143].u.structure.members_ref, members[177]),
            .u.structure.by_wire_name_ref = REF(shapes[143].u.structure.by_wire_name_ref, by_wire_name[177]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_insight_rule_report_output),
            .u.structure.member_count = 6,
        },
        [144] = { /* GetMetricDataInput */
            .name_ref = REF(shapes[144].name_ref, strings[4489]),
            .u.structure.members_ref = REF(shapes[144].u.structure.members_ref, members[183]),
            .u.structure.by_wire_name_ref = REF(shapes[144].u.structure.by_wire_name_ref, by_wire_name[183]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_metric_data_input),
            .u.structure.member_count = 7,
        },
        [145] = { /* GetMetricDataLabelTimezone */
            .name_ref = REF(shapes[145].name_ref, strings[4553]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [146] = { /* GetMetricDataMaxDatapoints */
            .name_ref = REF(shapes[146].name_ref, strings[4580]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [147] = { /* GetMetricDataOutput */
            .name_ref = REF(shapes[147].name_ref, strings[4607]),
            .u.structure.members_ref = REF(shapes[147].u.structure.members_ref, members[190]),
            .u.structure.by_wire_name_ref = REF(shapes[147].u.structure.by_wire_name_ref, by_wire_name[190]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_metric_data_output),
            .u.structure.member_count = 3,
        },
        [148] = { /* GetMetricStatisticsInput */
            .name_ref = REF(shapes[148].name_ref, strings[4654]),
            .u.structure.members_ref = REF(shapes[148].u.structure.members_ref, members[193]),
            .u.structure.by_wire_name_ref = REF(shapes[148].u.structure.by_wire_name_ref, by_wire_name[193]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_metric_statistics_input),
            .u.structure.member_count = 9,
        },
        [149] = { /* GetMetricStatisticsOutput */
            .name_ref = REF(shapes[149].name_ref, strings[4690]),
            .u.structure.members_ref = REF(shapes[149].u.structure.members_ref, members[202]),
            .u.structure.by_wire_name_ref = REF(shapes[149].u.structure.by_wire_name_ref, by_wire_name[202]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_metric_statistics_output),
            .u.structure.member_count = 2,
        },
        [150] = { /* GetMetricStreamInput */
            .name_ref = REF(shapes[150].name_ref, strings[4722]),
            .u.structure.members_ref = REF(shapes[150].u.structure.members_ref, members[204]),
            .u.structure.by_wire_name_ref = REF(shapes[150].u.structure.by_wire_name_ref, by_wire_name[204]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_metric_stream_input),
            .u.structure.member_count = 1,
        },
        [151] = { /* GetMetricStreamOutput */
            .name_ref = REF(shapes[151].name_ref, strings[4743]),
            .u.structure.members_ref = REF(shapes[151].u.structure.members_ref, members[205]),
            .u.structure.by_wire_name_ref = REF(shapes[151].u.structure.by_wire_name_ref, by_wire_name[205]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_metric_stream_output),
            .u.structure.member_count = 12,
        },
        [152] = { /* GetMetricWidgetImageInput */
            .name_ref = REF(shapes[152].name_ref, strings[4916]),
            .u.structure.members_ref = REF(shapes[152].u.structure.members_ref, members[217]),
            .u.structure.by_wire_name_ref = REF(shapes[152].u.structure.by_wire_name_ref, by_wire_name[217]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_metric_widget_image_input),
            .u.structure.member_count = 2,
        },
        [153] = { /* GetMetricWidgetImageOutput */
            .name_ref = REF(shapes[153].name_ref, strings[4955]),
            .u.structure.members_ref = REF(shapes[153].u.structure.members_ref, members[219]),
            .u.structure.by_wire_name_ref = REF(shapes[153].u.structure.by_wire_name_ref, by_wire_name[219]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_metric_widget_image_output),
            .u.structure.member_count = 1,
        },
        [154] = { /* GetOTelEnrichmentInput */
            .name_ref = REF(shapes[154].name_ref, strings[5000]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_o_tel_enrichment_input),
        },
        [155] = { /* GetOTelEnrichmentOutput */
            .name_ref = REF(shapes[155].name_ref, strings[5023]),
            .u.structure.members_ref = REF(shapes[155].u.structure.members_ref, members[220]),
            .u.structure.by_wire_name_ref = REF(shapes[155].u.structure.by_wire_name_ref, by_wire_name[220]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_get_o_tel_enrichment_output),
            .u.structure.member_count = 1,
        },
        [156] = { /* HistoryData */
            .name_ref = REF(shapes[156].name_ref, strings[410]),
            .range_ref = REF(shapes[156].range_ref, ranges[43]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [157] = { /* HistoryItemType */
            .name_ref = REF(shapes[157].name_ref, strings[379]),
            .u.string.enum_values_ref = REF(shapes[157].u.string.enum_values_ref, strings[5047]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [158] = { /* HistorySummary */
            .name_ref = REF(shapes[158].name_ref, strings[395]),
            .range_ref = REF(shapes[158].range_ref, ranges[44]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [159] = { /* IncludeLinkedAccounts */
            .name_ref = REF(shapes[159].name_ref, strings[5137]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [160] = { /* IncludeLinkedAccountsMetrics */
            .name_ref = REF(shapes[160].name_ref, strings[4887]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [161] = { /* InsightRule */
            .name_ref = REF(shapes[161].name_ref, strings[5159]),
            .u.structure.members_ref = REF(shapes[161].u.structure.members_ref, members[221]),
            .u.structure.by_wire_name_ref = REF(shapes[161].u.structure.by_wire_name_ref, by_wire_name[221]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_insight_rule),
            .u.structure.member_count = 6,
        },
        [162] = { /* InsightRuleAggregationStatistic */
            .name_ref = REF(shapes[162].name_ref, strings[5224]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [163] = { /* InsightRuleContributor */
            .name_ref = REF(shapes[163].name_ref, strings[5256]),
            .u.structure.members_ref = REF(shapes[163].u.structure.members_ref, members[227]),
            .u.structure.by_wire_name_ref = REF(shapes[163].u.structure.by_wire_name_ref, by_wire_name[227]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_insight_rule_contributor),
            .u.structure.member_count = 3,
        },
        [164] = { /* InsightRuleContributorDatapoint */
            .name_ref = REF(shapes[164].name_ref, strings[5310]),
            .u.structure.members_ref = REF(shapes[164].u.structure.members_ref, members[230]),
            .u.structure.by_wire_name_ref = REF(shapes[164].u.structure.by_wire_name_ref, by_wire_name[230]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_insight_rule_contributor_datapoint),
            .u.structure.member_count = 2,
        },
        [165] = { /* InsightRuleContributorDatapoints */
            .name_ref = REF(shapes[165].name_ref, strings[5359]),
            .u.collection.item_ref = REF(shapes[165].u.collection.item_ref, shapes[164]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_insight_rule_contributor_datapoints),
        },
        [166] = { /* InsightRuleContributorKey */
            .name_ref = REF(shapes[166].name_ref, strings[5392]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [167] = { /* InsightRuleContributorKeyLabel */
            .name_ref = REF(shapes[167].name_ref, strings[5418]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [168] = { /* InsightRuleContributorKeyLabels */
            .name_ref = REF(shapes[168].name_ref, strings[5449]),
            .u.collection.item_ref = REF(shapes[168].u.collection.item_ref, shapes[167]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [169] = { /* InsightRuleContributorKeys */
            .name_ref = REF(shapes[169].name_ref, strings[5481]),
            .u.collection.item_ref = REF(shapes[169].u.collection.item_ref, shapes[166]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [170] = { /* InsightRuleContributors */
            .name_ref = REF(shapes[170].name_ref, strings[5508]),
            .u.collection.item_ref = REF(shapes[170].u.collection.item_ref, shapes[163]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_insight_rule_contributors),
        },
        [171] = { /* InsightRuleDefinition */
            .name_ref = REF(shapes[171].name_ref, strings[5532]),
            .range_ref = REF(shapes[171].range_ref, ranges[45]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [172] = { /* InsightRuleIsManaged */
            .name_ref = REF(shapes[172].name_ref, strings[5554]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [173] = { /* InsightRuleMaxResults */
            .name_ref = REF(shapes[173].name_ref, strings[5575]),
            .range_ref = REF(shapes[173].range_ref, ranges[46]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [174] = { /* InsightRuleMetricDatapoint */
            .name_ref = REF(shapes[174].name_ref, strings[5597]),
            .u.structure.members_ref = REF(shapes[174].u.structure.members_ref, members[232]),
            .u.structure.by_wire_name_ref = REF(shapes[174].u.structure.by_wire_name_ref, by_wire_name[232]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_insight_rule_metric_datapoint),
            .u.structure.member_count = 8,
        },
        [175] = { /* InsightRuleMetricDatapoints */
            .name_ref = REF(shapes[175].name_ref, strings[5663]),
            .u.collection.item_ref = REF(shapes[175].u.collection.item_ref, shapes[174]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_insight_rule_metric_datapoints),
        },
        [176] = { /* InsightRuleMetricList */
            .name_ref = REF(shapes[176].name_ref, strings[5691]),
            .u.collection.item_ref = REF(shapes[176].u.collection.item_ref, shapes[177]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [177] = { /* InsightRuleMetricName */
            .name_ref = REF(shapes[177].name_ref, strings[5713]),
            .range_ref = REF(shapes[177].range_ref, ranges[47]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [178] = { /* InsightRuleName */
            .name_ref = REF(shapes[178].name_ref, strings[5735]),
            .range_ref = REF(shapes[178].range_ref, ranges[48]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [179] = { /* InsightRuleNames */
            .name_ref = REF(shapes[179].name_ref, strings[5751]),
            .u.collection.item_ref = REF(shapes[179].u.collection.item_ref, shapes[178]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [180] = { /* InsightRuleOnTransformedLogs */
            .name_ref = REF(shapes[180].name_ref, strings[5768]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [181] = { /* InsightRuleOrderBy */
            .name_ref = REF(shapes[181].name_ref, strings[5797]),
            .range_ref = REF(shapes[181].range_ref, ranges[49]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [182] = { /* InsightRuleSchema */
            .name_ref = REF(shapes[182].name_ref, strings[5816]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [183] = { /* InsightRuleState */
            .name_ref = REF(shapes[183].name_ref, strings[5834]),
            .range_ref = REF(shapes[183].range_ref, ranges[50]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [184] = { /* InsightRuleUnboundDouble */
            .name_ref = REF(shapes[184].name_ref, strings[5851]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [185] = { /* InsightRuleUnboundInteger */
            .name_ref = REF(shapes[185].name_ref, strings[5876]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [186] = { /* InsightRuleUnboundLong */
            .name_ref = REF(shapes[186].name_ref, strings[5902]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [187] = { /* InsightRules */
            .name_ref = REF(shapes[187].name_ref, strings[3236]),
            .u.collection.item_ref = REF(shapes[187].u.collection.item_ref, shapes[161]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_insight_rules),
        },
        [188] = { /* InternalServiceFault */
            .name_ref = REF(shapes[188].name_ref, strings[5925]),
            .u.structure.members_ref = REF(shapes[188].u.structure.members_ref, members[240]),
            .u.structure.by_wire_name_ref = REF(shapes[188].u.structure.by_wire_name_ref, by_wire_name[240]),
            .u.structure.error_code_ref = REF(shapes[188].u.structure.error_code_ref, strings[5946]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_cloudwatch_internal_service_fault),
            .u.structure.member_count = 1,
            .u.structure.http_status = 500,
        },
        [189] = { /* InvalidFormatFault */
            .name_ref = REF(shapes[189].name_ref, strings[5967]),
            .u.structure.members_ref = REF(shapes[189].u.structure.members_ref, members[241]),
            .u.structure.by_wire_name_ref = REF(shapes[189].u.structure.by_wire_name_ref, by_wire_name[241]),
            .u.structure.error_code_ref = REF(shapes[189].u.structure.error_code_ref, strings[5986]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_invalid_format_fault),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [190] = { /* InvalidNextToken */
            .name_ref = REF(shapes[190].name_ref, strings[6000]),
            .u.structure.members_ref = REF(shapes[190].u.structure.members_ref, members[242]),
            .u.structure.by_wire_name_ref = REF(shapes[190].u.structure.by_wire_name_ref, by_wire_name[242]),
            .u.structure.error_code_ref = REF(shapes[190].u.structure.error_code_ref, strings[6000]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_invalid_next_token),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [191] = { /* InvalidParameterCombinationException */
            .name_ref = REF(shapes[191].name_ref, strings[6017]),
            .u.structure.members_ref = REF(shapes[191].u.structure.members_ref, members[243]),
            .u.structure.by_wire_name_ref = REF(shapes[191].u.structure.by_wire_name_ref, by_wire_name[243]),
            .u.structure.error_code_ref = REF(shapes[191].u.structure.error_code_ref, strings[6054]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_invalid_parameter_combination_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [192] = { /* InvalidParameterValueException */
            .name_ref = REF(shapes[192].name_ref, strings[6082]),
            .u.structure.members_ref = REF(shapes[192].u.structure.members_ref, members[244]),
            .u.structure.by_wire_name_ref = REF(shapes[192].u.structure.by_wire_name_ref, by_wire_name[244]),
            .u.structure.error_code_ref = REF(shapes[192].u.structure.error_code_ref, strings[6113]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_invalid_parameter_value_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [193] = { /* KmsAccessDeniedException */
            .name_ref = REF(shapes[193].name_ref, strings[6135]),
            .u.structure.members_ref = REF(shapes[193].u.structure.members_ref, members[245]),
            .u.structure.by_wire_name_ref = REF(shapes[193].u.structure.by_wire_name_ref, by_wire_name[245]),
            .u.structure.error_code_ref = REF(shapes[193].u.structure.error_code_ref, strings[6135]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_cloudwatch_kms_access_denied_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [194] = { /* KmsKeyArn */
            .name_ref = REF(shapes[194].name_ref, strings[1356]),
            .range_ref = REF(shapes[194].range_ref, ranges[51]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [195] = { /* KmsKeyDisabledException */
            .name_ref = REF(shapes[195].name_ref, strings[6160]),
            .u.structure.members_ref = REF(shapes[195].u.structure.members_ref, members[246]),
            .u.structure.by_wire_name_ref = REF(shapes[195].u.structure.by_wire_name_ref, by_wire_name[246]),
            .u.structure.error_code_ref = REF(shapes[195].u.structure.error_code_ref, strings[6160]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_cloudwatch_kms_key_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [196] = { /* KmsKeyNotFoundException */
            .name_ref = REF(shapes[196].name_ref, strings[6184]),
            .u.structure.members_ref = REF(shapes[196].u.structure.members_ref, members[247]),
            .u.structure.by_wire_name_ref = REF(shapes[196].u.structure.by_wire_name_ref, by_wire_name[247]),
            .u.structure.error_code_ref = REF(shapes[196].u.structure.error_code_ref, strings[6184]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_cloudwatch_kms_key_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [197] = { /* LabelOptions */
            .name_ref = REF(shapes[197].name_ref, strings[4540]),
            .u.structure.members_ref = REF(shapes[197].u.structure.members_ref, members[248]),
            .u.structure.by_wire_name_ref = REF(shapes[197].u.structure.by_wire_name_ref, by_wire_name[248]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_label_options),
            .u.structure.member_count = 1,
        },
        [198] = { /* LastModified */
            .name_ref = REF(shapes[198].name_ref, strings[2032]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [199] = { /* LimitExceededException */
            .name_ref = REF(shapes[199].name_ref, strings[6217]),
            .u.structure.error_code_ref = REF(shapes[199].u.structure.error_code_ref, strings[6217]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_limit_exceeded_exception),
            .u.structure.http_status = 400,
        },
        [200] = { /* LimitExceededFault */
            .name_ref = REF(shapes[200].name_ref, strings[6240]),
            .u.structure.members_ref = REF(shapes[200].u.structure.members_ref, members[249]),
            .u.structure.by_wire_name_ref = REF(shapes[200].u.structure.by_wire_name_ref, by_wire_name[249]),
            .u.structure.error_code_ref = REF(shapes[200].u.structure.error_code_ref, strings[6259]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_limit_exceeded_fault),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [201] = { /* ListAlarmMuteRulesInput */
            .name_ref = REF(shapes[201].name_ref, strings[6273]),
            .u.structure.members_ref = REF(shapes[201].u.structure.members_ref, members[250]),
            .u.structure.by_wire_name_ref = REF(shapes[201].u.structure.by_wire_name_ref, by_wire_name[250]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_alarm_mute_rules_input),
            .u.structure.member_count = 4,
        },
        [202] = { /* ListAlarmMuteRulesOutput */
            .name_ref = REF(shapes[202].name_ref, strings[6306]),
            .u.structure.members_ref = REF(shapes[202].u.structure.members_ref, members[254]),
            .u.structure.by_wire_name_ref = REF(shapes[202].u.structure.by_wire_name_ref, by_wire_name[254]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_alarm_mute_rules_output),
            .u.structure.member_count = 2,
        },
        [203] = { /* ListDashboardsInput */
            .name_ref = REF(shapes[203].name_ref, strings[6331]),
            .u.structure.members_ref = REF(shapes[203].u.structure.members_ref, members[256]),
            .u.structure.by_wire_name_ref = REF(shapes[203].u.structure.by_wire_name_ref, by_wire_name[256]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_dashboards_input),
            .u.structure.member_count = 2,
        },
        [204] = { /* ListDashboardsOutput */
            .name_ref = REF(shapes[204].name_ref, strings[6351]),
            .u.structure.members_ref = REF(shapes[204].u.structure.members_ref, members[258]),
            .u.structure.by_wire_name_ref = REF(shapes[204].u.structure.by_wire_name_ref, by_wire_name[258]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_dashboards_output),
            .u.structure.member_count = 2,
        },
        [205] = { /* ListManagedInsightRulesInput */
            .name_ref = REF(shapes[205].name_ref, strings[6372]),
            .u.structure.members_ref = REF(shapes[205].u.structure.members_ref, members[260]),
            .u.structure.by_wire_name_ref = REF(shapes[205].u.structure.by_wire_name_ref, by_wire_name[260]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_managed_insight_rules_input),
            .u.structure.member_count = 3,
        },
        [206] = { /* ListManagedInsightRulesOutput */
            .name_ref = REF(shapes[206].name_ref, strings[6413]),
            .u.structure.members_ref = REF(shapes[206].u.structure.members_ref, members[263]),
            .u.structure.by_wire_name_ref = REF(shapes[206].u.structure.by_wire_name_ref, by_wire_name[263]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_managed_insight_rules_output),
            .u.structure.member_count = 2,
        },
        [207] = { /* ListMetricStreamsInput */
            .name_ref = REF(shapes[207].name_ref, strings[6456]),
            .u.structure.members_ref = REF(shapes[207].u.structure.members_ref, members[265]),
            .u.structure.by_wire_name_ref = REF(shapes[207].u.structure.by_wire_name_ref, by_wire_name[265]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_metric_streams_input),
            .u.structure.member_count = 2,
        },
        [208] = { /* ListMetricStreamsMaxResults */
            .name_ref = REF(shapes[208].name_ref, strings[6479]),
            .range_ref = REF(shapes[208].range_ref, ranges[52]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [209] = { /* ListMetricStreamsOutput */
            .name_ref = REF(shapes[209].name_ref, strings[6507]),
            .u.structure.members_ref = REF(shapes[209].u.structure.members_ref, members[267]),
            .u.structure.by_wire_name_ref = REF(shapes[209].u.structure.by_wire_name_ref, by_wire_name[267]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_metric_streams_output),
            .u.structure.member_count = 2,
        },
        [210] = { /* ListMetricsInput */
            .name_ref = REF(shapes[210].name_ref, strings[6539]),
            .u.structure.members_ref = REF(shapes[210].u.structure.members_ref, members[269]),
            .u.structure.by_wire_name_ref = REF(shapes[210].u.structure.by_wire_name_ref, by_wire_name[269]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_metrics_input),
            .u.structure.member_count = 7,
        },
        [211] = { /* ListMetricsOutput */
            .name_ref = REF(shapes[211].name_ref, strings[6585]),
            .u.structure.members_ref = REF(shapes[211].u.structure.members_ref, members[276]),
            .u.structure.by_wire_name_ref = REF(shapes[211].u.structure.by_wire_name_ref, by_wire_name[276]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_metrics_output),
            .u.structure.member_count = 3,
        },
        [212] = { /* ListTagsForResourceInput */
            .name_ref = REF(shapes[212].name_ref, strings[6618]),
            .u.structure.members_ref = REF(shapes[212].u.structure.members_ref, members[279]),
            .u.structure.by_wire_name_ref = REF(shapes[212].u.structure.by_wire_name_ref, by_wire_name[279]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_tags_for_resource_input),
            .u.structure.member_count = 1,
        },
        [213] = { /* ListTagsForResourceOutput */
            .name_ref = REF(shapes[213].name_ref, strings[6643]),
            .u.structure.members_ref = REF(shapes[213].u.structure.members_ref, members[280]),
            .u.structure.by_wire_name_ref = REF(shapes[213].u.structure.by_wire_name_ref, by_wire_name[280]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_list_tags_for_resource_output),
            .u.structure.member_count = 1,
        },
        [214] = { /* LogAlarm */
            .name_ref = REF(shapes[214].name_ref, strings[6674]),
            .u.structure.members_ref = REF(shapes[214].u.structure.members_ref, members[281]),
            .u.structure.by_wire_name_ref = REF(shapes[214].u.structure.by_wire_name_ref, by_wire_name[281]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_log_alarm),
            .u.structure.member_count = 22,
        },
        [215] = { /* LogAlarms */
            .name_ref = REF(shapes[215].name_ref, strings[3101]),
            .u.collection.item_ref = REF(shapes[215].u.collection.item_ref, shapes[214]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_log_alarms),
        },
        [216] = { /* LogGroupIdentifiers */
            .name_ref = REF(shapes[216].name_ref, strings[6781]),
            .range_ref = REF(shapes[216].range_ref, ranges[53]),
            .u.collection.item_ref = REF(shapes[216].u.collection.item_ref, shapes[25]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [217] = { /* ManagedRule */
            .name_ref = REF(shapes[217].name_ref, strings[5189]),
            .u.structure.members_ref = REF(shapes[217].u.structure.members_ref, members[303]),
            .u.structure.by_wire_name_ref = REF(shapes[217].u.structure.by_wire_name_ref, by_wire_name[303]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_managed_rule),
            .u.structure.member_count = 3,
        },
        [218] = { /* ManagedRuleDescription */
            .name_ref = REF(shapes[218].name_ref, strings[6814]),
            .u.structure.members_ref = REF(shapes[218].u.structure.members_ref, members[306]),
            .u.structure.by_wire_name_ref = REF(shapes[218].u.structure.by_wire_name_ref, by_wire_name[306]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_managed_rule_description),
            .u.structure.member_count = 3,
        },
        [219] = { /* ManagedRuleDescriptions */
            .name_ref = REF(shapes[219].name_ref, strings[6847]),
            .u.collection.item_ref = REF(shapes[219].u.collection.item_ref, shapes[218]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_managed_rule_descriptions),
        },
        [220] = { /* ManagedRuleState */
            .name_ref = REF(shapes[220].name_ref, strings[6871]),
            .u.structure.members_ref = REF(shapes[220].u.structure.members_ref, members[309]),
            .u.structure.by_wire_name_ref = REF(shapes[220].u.structure.by_wire_name_ref, by_wire_name[309]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_managed_rule_state),
            .u.structure.member_count = 2,
        },
        [221] = { /* ManagedRules */
            .name_ref = REF(shapes[221].name_ref, strings[6443]),
            .u.collection.item_ref = REF(shapes[221].u.collection.item_ref, shapes[217]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_managed_rules),
        },
        [222] = { /* MaxRecords */
            .name_ref = REF(shapes[222].name_ref, strings[2869]),
            .range_ref = REF(shapes[222].range_ref, ranges[54]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [223] = { /* MaxReturnedResultsCount */
            .name_ref = REF(shapes[223].name_ref, strings[6888]),
            .range_ref = REF(shapes[223].range_ref, ranges[55]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [224] = { /* Message */
            .name_ref = REF(shapes[224].name_ref, strings[1944]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [225] = { /* MessageData */
            .name_ref = REF(shapes[225].name_ref, strings[6912]),
            .u.structure.members_ref = REF(shapes[225].u.structure.members_ref, members[311]),
            .u.structure.by_wire_name_ref = REF(shapes[225].u.structure.by_wire_name_ref, by_wire_name[311]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_message_data),
            .u.structure.member_count = 2,
        },
        [226] = { /* MessageDataCode */
            .name_ref = REF(shapes[226].name_ref, strings[6929]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [227] = { /* MessageDataValue */
            .name_ref = REF(shapes[227].name_ref, strings[6945]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [228] = { /* Metric */
            .name_ref = REF(shapes[228].name_ref, strings[6962]),
            .u.structure.members_ref = REF(shapes[228].u.structure.members_ref, members[313]),
            .u.structure.by_wire_name_ref = REF(shapes[228].u.structure.by_wire_name_ref, by_wire_name[313]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric),
            .u.structure.member_count = 3,
        },
        [229] = { /* MetricAlarm */
            .name_ref = REF(shapes[229].name_ref, strings[6969]),
            .u.structure.members_ref = REF(shapes[229].u.structure.members_ref, members[316]),
            .u.structure.by_wire_name_ref = REF(shapes[229].u.structure.by_wire_name_ref, by_wire_name[316]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_alarm),
            .u.structure.member_count = 32,
        },
        [230] = { /* MetricAlarms */
            .name_ref = REF(shapes[230].name_ref, strings[3008]),
            .u.collection.item_ref = REF(shapes[230].u.collection.item_ref, shapes[229]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metric_alarms),
        },
        [231] = { /* MetricCharacteristics */
            .name_ref = REF(shapes[231].name_ref, strings[897]),
            .u.structure.members_ref = REF(shapes[231].u.structure.members_ref, members[348]),
            .u.structure.by_wire_name_ref = REF(shapes[231].u.structure.by_wire_name_ref, by_wire_name[348]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_characteristics),
            .u.structure.member_count = 1,
        },
        [232] = { /* MetricData */
            .name_ref = REF(shapes[232].name_ref, strings[3780]),
            .u.collection.item_ref = REF(shapes[232].u.collection.item_ref, shapes[238]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metric_data),
        },
        [233] = { /* MetricDataQueries */
            .name_ref = REF(shapes[233].name_ref, strings[4508]),
            .u.collection.item_ref = REF(shapes[233].u.collection.item_ref, shapes[234]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metric_data_queries),
        },
        [234] = { /* MetricDataQuery */
            .name_ref = REF(shapes[234].name_ref, strings[7014]),
            .u.structure.members_ref = REF(shapes[234].u.structure.members_ref, members[349]),
            .u.structure.by_wire_name_ref = REF(shapes[234].u.structure.by_wire_name_ref, by_wire_name[349]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_data_query),
            .u.structure.member_count = 7,
        },
        [235] = { /* MetricDataResult */
            .name_ref = REF(shapes[235].name_ref, strings[7055]),
            .u.structure.members_ref = REF(shapes[235].u.structure.members_ref, members[356]),
            .u.structure.by_wire_name_ref = REF(shapes[235].u.structure.by_wire_name_ref, by_wire_name[356]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_data_result),
            .u.structure.member_count = 6,
        },
        [236] = { /* MetricDataResultMessages */
            .name_ref = REF(shapes[236].name_ref, strings[7101]),
            .u.collection.item_ref = REF(shapes[236].u.collection.item_ref, shapes[225]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metric_data_result_messages),
        },
        [237] = { /* MetricDataResults */
            .name_ref = REF(shapes[237].name_ref, strings[4627]),
            .u.collection.item_ref = REF(shapes[237].u.collection.item_ref, shapes[235]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metric_data_results),
        },
        [238] = { /* MetricDatum */
            .name_ref = REF(shapes[238].name_ref, strings[7126]),
            .u.structure.members_ref = REF(shapes[238].u.structure.members_ref, members[362]),
            .u.structure.by_wire_name_ref = REF(shapes[238].u.structure.by_wire_name_ref, by_wire_name[362]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_datum),
            .u.structure.member_count = 9,
        },
        [239] = { /* MetricExpression */
            .name_ref = REF(shapes[239].name_ref, strings[7172]),
            .range_ref = REF(shapes[239].range_ref, ranges[56]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [240] = { /* MetricId */
            .name_ref = REF(shapes[240].name_ref, strings[7189]),
            .range_ref = REF(shapes[240].range_ref, ranges[57]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [241] = { /* MetricLabel */
            .name_ref = REF(shapes[241].name_ref, strings[7198]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [242] = { /* MetricMathAnomalyDetector */
            .name_ref = REF(shapes[242].name_ref, strings[947]),
            .u.structure.members_ref = REF(shapes[242].u.structure.members_ref, members[371]),
            .u.structure.by_wire_name_ref = REF(shapes[242].u.structure.by_wire_name_ref, by_wire_name[371]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_math_anomaly_detector),
            .u.structure.member_count = 1,
        },
        [243] = { /* MetricName */
            .name_ref = REF(shapes[243].name_ref, strings[845]),
            .range_ref = REF(shapes[243].range_ref, ranges[58]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [244] = { /* MetricStat */
            .name_ref = REF(shapes[244].name_ref, strings[7033]),
            .u.structure.members_ref = REF(shapes[244].u.structure.members_ref, members[372]),
            .u.structure.by_wire_name_ref = REF(shapes[244].u.structure.by_wire_name_ref, by_wire_name[372]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_stat),
            .u.structure.member_count = 4,
        },
        [245] = { /* MetricStreamEntries */
            .name_ref = REF(shapes[245].name_ref, strings[7210]),
            .u.collection.item_ref = REF(shapes[245].u.collection.item_ref, shapes[246]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metric_stream_entries),
        },
        [246] = { /* MetricStreamEntry */
            .name_ref = REF(shapes[246].name_ref, strings[7230]),
            .u.structure.members_ref = REF(shapes[246].u.structure.members_ref, members[376]),
            .u.structure.by_wire_name_ref = REF(shapes[246].u.structure.by_wire_name_ref, by_wire_name[376]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_stream_entry),
            .u.structure.member_count = 7,
        },
        [247] = { /* MetricStreamFilter */
            .name_ref = REF(shapes[247].name_ref, strings[7248]),
            .u.structure.members_ref = REF(shapes[247].u.structure.members_ref, members[383]),
            .u.structure.by_wire_name_ref = REF(shapes[247].u.structure.by_wire_name_ref, by_wire_name[383]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_stream_filter),
            .u.structure.member_count = 2,
        },
        [248] = { /* MetricStreamFilterMetricNames */
            .name_ref = REF(shapes[248].name_ref, strings[7279]),
            .u.collection.item_ref = REF(shapes[248].u.collection.item_ref, shapes[243]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [249] = { /* MetricStreamFilters */
            .name_ref = REF(shapes[249].name_ref, strings[7309]),
            .u.collection.item_ref = REF(shapes[249].u.collection.item_ref, shapes[247]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metric_stream_filters),
        },
        [250] = { /* MetricStreamName */
            .name_ref = REF(shapes[250].name_ref, strings[7329]),
            .range_ref = REF(shapes[250].range_ref, ranges[59]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [251] = { /* MetricStreamNames */
            .name_ref = REF(shapes[251].name_ref, strings[7346]),
            .u.collection.item_ref = REF(shapes[251].u.collection.item_ref, shapes[250]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [252] = { /* MetricStreamOutputFormat */
            .name_ref = REF(shapes[252].name_ref, strings[7364]),
            .range_ref = REF(shapes[252].range_ref, ranges[60]),
            .u.string.enum_values_ref = REF(shapes[252].u.string.enum_values_ref, strings[7389]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [253] = { /* MetricStreamState */
            .name_ref = REF(shapes[253].name_ref, strings[7428]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [254] = { /* MetricStreamStatistic */
            .name_ref = REF(shapes[254].name_ref, strings[7446]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [255] = { /* MetricStreamStatisticsAdditionalStatistics */
            .name_ref = REF(shapes[255].name_ref, strings[7468]),
            .u.collection.item_ref = REF(shapes[255].u.collection.item_ref, shapes[254]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [256] = { /* MetricStreamStatisticsConfiguration */
            .name_ref = REF(shapes[256].name_ref, strings[7511]),
            .u.structure.members_ref = REF(shapes[256].u.structure.members_ref, members[385]),
            .u.structure.by_wire_name_ref = REF(shapes[256].u.structure.by_wire_name_ref, by_wire_name[385]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_configuration),
            .u.structure.member_count = 2,
        },
        [257] = { /* MetricStreamStatisticsConfigurations */
            .name_ref = REF(shapes[257].name_ref, strings[7583]),
            .u.collection.item_ref = REF(shapes[257].u.collection.item_ref, shapes[256]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_configurations),
        },
        [258] = { /* MetricStreamStatisticsIncludeMetrics */
            .name_ref = REF(shapes[258].name_ref, strings[7620]),
            .u.collection.item_ref = REF(shapes[258].u.collection.item_ref, shapes[259]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_include_metrics),
        },
        [259] = { /* MetricStreamStatisticsMetric */
            .name_ref = REF(shapes[259].name_ref, strings[7657]),
            .u.structure.members_ref = REF(shapes[259].u.structure.members_ref, members[387]),
            .u.structure.by_wire_name_ref = REF(shapes[259].u.structure.by_wire_name_ref, by_wire_name[387]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_metric),
            .u.structure.member_count = 2,
        },
        [260] = { /* MetricWidget */
            .name_ref = REF(shapes[260].name_ref, strings[4942]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [261] = { /* MetricWidgetImage */
            .name_ref = REF(shapes[261].name_ref, strings[4982]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [262] = { /* Metrics */
            .name_ref = REF(shapes[262].name_ref, strings[4347]),
            .u.collection.item_ref = REF(shapes[262].u.collection.item_ref, shapes[228]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_metrics),
        },
        [263] = { /* MissingRequiredParameterException */
            .name_ref = REF(shapes[263].name_ref, strings[7686]),
            .u.structure.members_ref = REF(shapes[263].u.structure.members_ref, members[389]),
            .u.structure.by_wire_name_ref = REF(shapes[263].u.structure.by_wire_name_ref, by_wire_name[389]),
            .u.structure.error_code_ref = REF(shapes[263].u.structure.error_code_ref, strings[7720]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_missing_required_parameter_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [264] = { /* MuteTargetAlarmNameList */
            .name_ref = REF(shapes[264].name_ref, strings[7737]),
            .range_ref = REF(shapes[264].range_ref, ranges[61]),
            .u.collection.item_ref = REF(shapes[264].u.collection.item_ref, shapes[267]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [265] = { /* MuteTargets */
            .name_ref = REF(shapes[265].name_ref, strings[4192]),
            .u.structure.members_ref = REF(shapes[265].u.structure.members_ref, members[390]),
            .u.structure.by_wire_name_ref = REF(shapes[265].u.structure.by_wire_name_ref, by_wire_name[390]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_mute_targets),
            .u.structure.member_count = 1,
        },
        [266] = { /* MuteType */
            .name_ref = REF(shapes[266].name_ref, strings[613]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [267] = { /* Name */
            .name_ref = REF(shapes[267].name_ref, strings[2722]),
            .range_ref = REF(shapes[267].range_ref, ranges[62]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [268] = { /* Namespace */
            .name_ref = REF(shapes[268].name_ref, strings[835]),
            .range_ref = REF(shapes[268].range_ref, ranges[63]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [269] = { /* NextToken */
            .name_ref = REF(shapes[269].name_ref, strings[2783]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [270] = { /* OTelEnrichmentStatus */
            .name_ref = REF(shapes[270].name_ref, strings[7761]),
            .u.string.enum_values_ref = REF(shapes[270].u.string.enum_values_ref, strings[7782]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [271] = { /* OutputFormat */
            .name_ref = REF(shapes[271].name_ref, strings[4849]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [272] = { /* OwningAccounts */
            .name_ref = REF(shapes[272].name_ref, strings[6603]),
            .u.collection.item_ref = REF(shapes[272].u.collection.item_ref, shapes[0]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [273] = { /* PartialFailure */
            .name_ref = REF(shapes[273].name_ref, strings[7798]),
            .u.structure.members_ref = REF(shapes[273].u.structure.members_ref, members[391]),
            .u.structure.by_wire_name_ref = REF(shapes[273].u.structure.by_wire_name_ref, by_wire_name[391]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_partial_failure),
            .u.structure.member_count = 4,
        },
        [274] = { /* PendingPeriod */
            .name_ref = REF(shapes[274].name_ref, strings[696]),
            .range_ref = REF(shapes[274].range_ref, ranges[64]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [275] = { /* Period */
            .name_ref = REF(shapes[275].name_ref, strings[2971]),
            .range_ref = REF(shapes[275].range_ref, ranges[65]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [276] = { /* PeriodicSpikes */
            .name_ref = REF(shapes[276].name_ref, strings[6999]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [277] = { /* PutAlarmMuteRuleInput */
            .name_ref = REF(shapes[277].name_ref, strings[7813]),
            .u.structure.members_ref = REF(shapes[277].u.structure.members_ref, members[395]),
            .u.structure.by_wire_name_ref = REF(shapes[277].u.structure.by_wire_name_ref, by_wire_name[395]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_alarm_mute_rule_input),
            .u.structure.member_count = 7,
        },
        [278] = { /* PutAnomalyDetectorInput */
            .name_ref = REF(shapes[278].name_ref, strings[7835]),
            .u.structure.members_ref = REF(shapes[278].u.structure.members_ref, members[402]),
            .u.structure.by_wire_name_ref = REF(shapes[278].u.structure.by_wire_name_ref, by_wire_name[402]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_anomaly_detector_input),
            .u.structure.member_count = 8,
        },
        [279] = { /* PutAnomalyDetectorOutput */
            .name_ref = REF(shapes[279].name_ref, strings[7859]),
            .u.structure.members_ref = REF(shapes[279].u.structure.members_ref, members[410]),
            .u.structure.by_wire_name_ref = REF(shapes[279].u.structure.by_wire_name_ref, by_wire_name[410]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_anomaly_detector_output),
            .u.structure.member_count = 1,
        },
        [280] = { /* PutCompositeAlarmInput */
            .name_ref = REF(shapes[280].name_ref, strings[7884]),
            .u.structure.members_ref = REF(shapes[280].u.structure.members_ref, members[411]),
            .u.structure.by_wire_name_ref = REF(shapes[280].u.structure.by_wire_name_ref, by_wire_name[411]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_composite_alarm_input),
            .u.structure.member_count = 11,
        },
        [281] = { /* PutDashboardInput */
            .name_ref = REF(shapes[281].name_ref, strings[7907]),
            .u.structure.members_ref = REF(shapes[281].u.structure.members_ref, members[422]),
            .u.structure.by_wire_name_ref = REF(shapes[281].u.structure.by_wire_name_ref, by_wire_name[422]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_dashboard_input),
            .u.structure.member_count = 3,
        },
        [282] = { /* PutDashboardOutput */
            .name_ref = REF(shapes[282].name_ref, strings[7925]),
            .u.structure.members_ref = REF(shapes[282].u.structure.members_ref, members[425]),
            .u.structure.by_wire_name_ref = REF(shapes[282].u.structure.by_wire_name_ref, by_wire_name[425]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_dashboard_output),
            .u.structure.member_count = 1,
        },
        [283] = { /* PutInsightRuleInput */
            .name_ref = REF(shapes[283].name_ref, strings[7944]),
            .u.structure.members_ref = REF(shapes[283].u.structure.members_ref, members[426]),
            .u.structure.by_wire_name_ref = REF(shapes[283].u.structure.by_wire_name_ref, by_wire_name[426]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_insight_rule_input),
            .u.structure.member_count = 5,
        },
        [284] = { /* PutInsightRuleOutput */
            .name_ref = REF(shapes[284].name_ref, strings[7979]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_insight_rule_output),
        },
        [285] = { /* PutLogAlarmInput */
            .name_ref = REF(shapes[285].name_ref, strings[8000]),
            .u.structure.members_ref = REF(shapes[285].u.structure.members_ref, members[431]),
            .u.structure.by_wire_name_ref = REF(shapes[285].u.structure.by_wire_name_ref, by_wire_name[431]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_log_alarm_input),
            .u.structure.member_count = 15,
        },
        [286] = { /* PutManagedInsightRulesInput */
            .name_ref = REF(shapes[286].name_ref, strings[8017]),
            .u.structure.members_ref = REF(shapes[286].u.structure.members_ref, members[446]),
            .u.structure.by_wire_name_ref = REF(shapes[286].u.structure.by_wire_name_ref, by_wire_name[446]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_managed_insight_rules_input),
            .u.structure.member_count = 1,
        },
        [287] = { /* PutManagedInsightRulesOutput */
            .name_ref = REF(shapes[287].name_ref, strings[8045]),
            .u.structure.members_ref = REF(shapes[287].u.structure.members_ref, members[447]),
            .u.structure.by_wire_name_ref = REF(shapes[287].u.structure.by_wire_name_ref, by_wire_name[447]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_managed_insight_rules_output),
            .u.structure.member_count = 1,
        },
        [288] = { /* PutMetricAlarmInput */
            .name_ref = REF(shapes[288].name_ref, strings[8074]),
            .u.structure.members_ref = REF(shapes[288].u.structure.members_ref, members[448]),
            .u.structure.by_wire_name_ref = REF(shapes[288].u.structure.by_wire_name_ref, by_wire_name[448]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_metric_alarm_input),
            .u.structure.member_count = 25,
        },
        [289] = { /* PutMetricDataInput */
            .name_ref = REF(shapes[289].name_ref, strings[8094]),
            .u.structure.members_ref = REF(shapes[289].u.structure.members_ref, members[473]),
            .u.structure.by_wire_name_ref = REF(shapes[289].u.structure.by_wire_name_ref, by_wire_name[473]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_metric_data_input),
            .u.structure.member_count = 4,
        },
        [290] = { /* PutMetricStreamInput */
            .name_ref = REF(shapes[290].name_ref, strings[8136]),
            .u.structure.members_ref = REF(shapes[290].u.structure.members_ref, members[477]),
            .u.structure.by_wire_name_ref = REF(shapes[290].u.structure.by_wire_name_ref, by_wire_name[477]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_metric_stream_input),
            .u.structure.member_count = 9,
        },
        [291] = { /* PutMetricStreamOutput */
            .name_ref = REF(shapes[291].name_ref, strings[8157]),
            .u.structure.members_ref = REF(shapes[291].u.structure.members_ref, members[486]),
            .u.structure.by_wire_name_ref = REF(shapes[291].u.structure.by_wire_name_ref, by_wire_name[486]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_put_metric_stream_output),
            .u.structure.member_count = 1,
        },
        [292] = { /* Query */
            .name_ref = REF(shapes[292].name_ref, strings[690]),
            .range_ref = REF(shapes[292].range_ref, ranges[66]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [293] = { /* QueryResultsToAlarm */
            .name_ref = REF(shapes[293].name_ref, strings[6734]),
            .range_ref = REF(shapes[293].range_ref, ranges[67]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [294] = { /* QueryResultsToEvaluate */
            .name_ref = REF(shapes[294].name_ref, strings[6711]),
            .range_ref = REF(shapes[294].range_ref, ranges[68]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [295] = { /* QueryString */
            .name_ref = REF(shapes[295].name_ref, strings[8179]),
            .range_ref = REF(shapes[295].range_ref, ranges[69]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [296] = { /* Range */
            .name_ref = REF(shapes[296].name_ref, strings[8191]),
            .u.structure.members_ref = REF(shapes[296].u.structure.members_ref, members[487]),
            .u.structure.by_wire_name_ref = REF(shapes[296].u.structure.by_wire_name_ref, by_wire_name[487]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_range),
            .u.structure.member_count = 2,
        },
        [297] = { /* RecentlyActive */
            .name_ref = REF(shapes[297].name_ref, strings[6556]),
            .u.string.enum_values_ref = REF(shapes[297].u.string.enum_values_ref, strings[8197]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [298] = { /* RecoveryPeriod */
            .name_ref = REF(shapes[298].name_ref, strings[710]),
            .range_ref = REF(shapes[298].range_ref, ranges[70]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [299] = { /* ResourceConflict */
            .name_ref = REF(shapes[299].name_ref, strings[8202]),
            .u.structure.members_ref = REF(shapes[299].u.structure.members_ref, members[489]),
            .u.structure.by_wire_name_ref = REF(shapes[299].u.structure.by_wire_name_ref, by_wire_name[489]),
            .u.structure.error_code_ref = REF(shapes[299].u.structure.error_code_ref, strings[8202]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_resource_conflict),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [300] = { /* ResourceId */
            .name_ref = REF(shapes[300].name_ref, strings[8219]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [301] = { /* ResourceList */
            .name_ref = REF(shapes[301].name_ref, strings[8230]),
            .range_ref = REF(shapes[301].range_ref, ranges[71]),
            .u.collection.item_ref = REF(shapes[301].u.collection.item_ref, shapes[302]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [302] = { /* ResourceName */
            .name_ref = REF(shapes[302].name_ref, strings[8243]),
            .range_ref = REF(shapes[302].range_ref, ranges[72]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [303] = { /* ResourceNotFound */
            .name_ref = REF(shapes[303].name_ref, strings[2215]),
            .u.structure.members_ref = REF(shapes[303].u.structure.members_ref, members[490]),
            .u.structure.by_wire_name_ref = REF(shapes[303].u.structure.by_wire_name_ref, by_wire_name[490]),
            .u.structure.error_code_ref = REF(shapes[303].u.structure.error_code_ref, strings[2215]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_resource_not_found),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [304] = { /* ResourceNotFoundException */
            .name_ref = REF(shapes[304].name_ref, strings[8256]),
            .u.structure.members_ref = REF(shapes[304].u.structure.members_ref, members[491]),
            .u.structure.by_wire_name_ref = REF(shapes[304].u.structure.by_wire_name_ref, by_wire_name[491]),
            .u.structure.error_code_ref = REF(shapes[304].u.structure.error_code_ref, strings[8256]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_cloudwatch_resource_not_found_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 404,
        },
        [305] = { /* ResourceType */
            .name_ref = REF(shapes[305].name_ref, strings[8282]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [306] = { /* ReturnData */
            .name_ref = REF(shapes[306].name_ref, strings[7044]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [307] = { /* Rule */
            .name_ref = REF(shapes[307].name_ref, strings[4187]),
            .u.structure.members_ref = REF(shapes[307].u.structure.members_ref, members[493]),
            .u.structure.by_wire_name_ref = REF(shapes[307].u.structure.by_wire_name_ref, by_wire_name[493]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_rule),
            .u.structure.member_count = 1,
        },
        [308] = { /* ScanBy */
            .name_ref = REF(shapes[308].name_ref, strings[2880]),
            .u.string.enum_values_ref = REF(shapes[308].u.string.enum_values_ref, strings[8304]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [309] = { /* Schedule */
            .name_ref = REF(shapes[309].name_ref, strings[8295]),
            .u.structure.members_ref = REF(shapes[309].u.structure.members_ref, members[494]),
            .u.structure.by_wire_name_ref = REF(shapes[309].u.structure.by_wire_name_ref, by_wire_name[494]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_schedule),
            .u.structure.member_count = 3,
        },
        [310] = { /* ScheduleConfiguration */
            .name_ref = REF(shapes[310].name_ref, strings[8343]),
            .u.structure.members_ref = REF(shapes[310].u.structure.members_ref, members[497]),
            .u.structure.by_wire_name_ref = REF(shapes[310].u.structure.by_wire_name_ref, by_wire_name[497]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_schedule_configuration),
            .u.structure.member_count = 3,
        },
        [311] = { /* ScheduleExpression */
            .name_ref = REF(shapes[311].name_ref, strings[8365]),
            .range_ref = REF(shapes[311].range_ref, ranges[73]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [312] = { /* ScheduledQueryConfiguration */
            .name_ref = REF(shapes[312].name_ref, strings[6683]),
            .u.structure.members_ref = REF(shapes[312].u.structure.members_ref, members[500]),
            .u.structure.by_wire_name_ref = REF(shapes[312].u.structure.by_wire_name_ref, by_wire_name[500]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_scheduled_query_configuration),
            .u.structure.member_count = 7,
        },
        [313] = { /* SetAlarmStateInput */
            .name_ref = REF(shapes[313].name_ref, strings[8431]),
            .u.structure.members_ref = REF(shapes[313].u.structure.members_ref, members[507]),
            .u.structure.by_wire_name_ref = REF(shapes[313].u.structure.by_wire_name_ref, by_wire_name[507]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_set_alarm_state_input),
            .u.structure.member_count = 4,
        },
        [314] = { /* SingleMetricAnomalyDetector */
            .name_ref = REF(shapes[314].name_ref, strings[919]),
            .u.structure.members_ref = REF(shapes[314].u.structure.members_ref, members[511]),
            .u.structure.by_wire_name_ref = REF(shapes[314].u.structure.by_wire_name_ref, by_wire_name[511]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_single_metric_anomaly_detector),
            .u.structure.member_count = 5,
        },
        [315] = { /* Size */
            .name_ref = REF(shapes[315].name_ref, strings[2045]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [316] = { /* SlidingWindow */
            .name_ref = REF(shapes[316].name_ref, strings[4027]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_sliding_window),
        },
        [317] = { /* StandardUnit */
            .name_ref = REF(shapes[317].name_ref, strings[8450]),
            .u.string.enum_values_ref = REF(shapes[317].u.string.enum_values_ref, strings[8463]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 27,
        },
        [318] = { /* StartMetricStreamsInput */
            .name_ref = REF(shapes[318].name_ref, strings[8773]),
            .u.structure.members_ref = REF(shapes[318].u.structure.members_ref, members[516]),
            .u.structure.by_wire_name_ref = REF(shapes[318].u.structure.by_wire_name_ref, by_wire_name[516]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_start_metric_streams_input),
            .u.structure.member_count = 1,
        },
        [319] = { /* StartMetricStreamsOutput */
            .name_ref = REF(shapes[319].name_ref, strings[8803]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_start_metric_streams_output),
        },
        [320] = { /* StartOTelEnrichmentInput */
            .name_ref = REF(shapes[320].name_ref, strings[8828]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_start_o_tel_enrichment_input),
        },
        [321] = { /* StartOTelEnrichmentOutput */
            .name_ref = REF(shapes[321].name_ref, strings[8853]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_start_o_tel_enrichment_output),
        },
        [322] = { /* StartTimeOffset */
            .name_ref = REF(shapes[322].name_ref, strings[8384]),
            .range_ref = REF(shapes[322].range_ref, ranges[74]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [323] = { /* Stat */
            .name_ref = REF(shapes[323].name_ref, strings[867]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [324] = { /* StateReason */
            .name_ref = REF(shapes[324].name_ref, strings[239]),
            .range_ref = REF(shapes[324].range_ref, ranges[75]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [325] = { /* StateReasonData */
            .name_ref = REF(shapes[325].name_ref, strings[1761]),
            .range_ref = REF(shapes[325].range_ref, ranges[76]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [326] = { /* StateValue */
            .name_ref = REF(shapes[326].name_ref, strings[886]),
            .u.string.enum_values_ref = REF(shapes[326].u.string.enum_values_ref, strings[8879]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [327] = { /* Statistic */
            .name_ref = REF(shapes[327].name_ref, strings[2943]),
            .u.string.enum_values_ref = REF(shapes[327].u.string.enum_values_ref, strings[8906]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [328] = { /* StatisticSet */
            .name_ref = REF(shapes[328].name_ref, strings[8946]),
            .u.structure.members_ref = REF(shapes[328].u.structure.members_ref, members[517]),
            .u.structure.by_wire_name_ref = REF(shapes[328].u.structure.by_wire_name_ref, by_wire_name[517]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_statistic_set),
            .u.structure.member_count = 4,
        },
        [329] = { /* Statistics */
            .name_ref = REF(shapes[329].name_ref, strings[4679]),
            .range_ref = REF(shapes[329].range_ref, ranges[77]),
            .u.collection.item_ref = REF(shapes[329].u.collection.item_ref, shapes[327]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [330] = { /* StatusCode */
            .name_ref = REF(shapes[330].name_ref, strings[7090]),
            .u.string.enum_values_ref = REF(shapes[330].u.string.enum_values_ref, strings[8959]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [331] = { /* StopMetricStreamsInput */
            .name_ref = REF(shapes[331].name_ref, strings[9004]),
            .u.structure.members_ref = REF(shapes[331].u.structure.members_ref, members[521]),
            .u.structure.by_wire_name_ref = REF(shapes[331].u.structure.by_wire_name_ref, by_wire_name[521]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_stop_metric_streams_input),
            .u.structure.member_count = 1,
        },
        [332] = { /* StopMetricStreamsOutput */
            .name_ref = REF(shapes[332].name_ref, strings[9027]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_stop_metric_streams_output),
        },
        [333] = { /* StopOTelEnrichmentInput */
            .name_ref = REF(shapes[333].name_ref, strings[9051]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_stop_o_tel_enrichment_input),
        },
        [334] = { /* StopOTelEnrichmentOutput */
            .name_ref = REF(shapes[334].name_ref, strings[9075]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_stop_o_tel_enrichment_output),
        },
        [335] = { /* StorageResolution */
            .name_ref = REF(shapes[335].name_ref, strings[7154]),
            .range_ref = REF(shapes[335].range_ref, ranges[78]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [336] = { /* StrictEntityValidation */
            .name_ref = REF(shapes[336].name_ref, strings[8113]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [337] = { /* String */
            .name_ref = REF(shapes[337].name_ref, strings[9100]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [338] = { /* SuppressorPeriod */
            .name_ref = REF(shapes[338].name_ref, strings[9107]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [339] = { /* Tag */
            .name_ref = REF(shapes[339].name_ref, strings[9124]),
            .u.structure.members_ref = REF(shapes[339].u.structure.members_ref, members[522]),
            .u.structure.by_wire_name_ref = REF(shapes[339].u.structure.by_wire_name_ref, by_wire_name[522]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_tag),
            .u.structure.member_count = 2,
        },
        [340] = { /* TagKey */
            .name_ref = REF(shapes[340].name_ref, strings[9132]),
            .range_ref = REF(shapes[340].range_ref, ranges[79]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [341] = { /* TagKeyList */
            .name_ref = REF(shapes[341].name_ref, strings[9139]),
            .u.collection.item_ref = REF(shapes[341].u.collection.item_ref, shapes[340]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_resource_list),
        },
        [342] = { /* TagList */
            .name_ref = REF(shapes[342].name_ref, strings[9150]),
            .u.collection.item_ref = REF(shapes[342].u.collection.item_ref, shapes[339]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_tag_list),
        },
        [343] = { /* TagResourceInput */
            .name_ref = REF(shapes[343].name_ref, strings[9158]),
            .u.structure.members_ref = REF(shapes[343].u.structure.members_ref, members[524]),
            .u.structure.by_wire_name_ref = REF(shapes[343].u.structure.by_wire_name_ref, by_wire_name[524]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_tag_resource_input),
            .u.structure.member_count = 2,
        },
        [344] = { /* TagResourceOutput */
            .name_ref = REF(shapes[344].name_ref, strings[9175]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_tag_resource_output),
        },
        [345] = { /* TagValue */
            .name_ref = REF(shapes[345].name_ref, strings[9193]),
            .range_ref = REF(shapes[345].range_ref, ranges[80]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [346] = { /* TemplateName */
            .name_ref = REF(shapes[346].name_ref, strings[6801]),
            .range_ref = REF(shapes[346].range_ref, ranges[81]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [347] = { /* Threshold */
            .name_ref = REF(shapes[347].name_ref, strings[6754]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [348] = { /* Timestamp */
            .name_ref = REF(shapes[348].name_ref, strings[369]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [349] = { /* Timestamps */
            .name_ref = REF(shapes[349].name_ref, strings[7072]),
            .u.collection.item_ref = REF(shapes[349].u.collection.item_ref, shapes[348]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_timestamps),
        },
        [350] = { /* Timezone */
            .name_ref = REF(shapes[350].name_ref, strings[6208]),
            .range_ref = REF(shapes[350].range_ref, ranges[82]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [351] = { /* TreatMissingData */
            .name_ref = REF(shapes[351].name_ref, strings[6764]),
            .range_ref = REF(shapes[351].range_ref, ranges[83]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [352] = { /* UntagResourceInput */
            .name_ref = REF(shapes[352].name_ref, strings[9202]),
            .u.structure.members_ref = REF(shapes[352].u.structure.members_ref, members[526]),
            .u.structure.by_wire_name_ref = REF(shapes[352].u.structure.by_wire_name_ref, by_wire_name[526]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_untag_resource_input),
            .u.structure.member_count = 2,
        },
        [353] = { /* UntagResourceOutput */
            .name_ref = REF(shapes[353].name_ref, strings[9229]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_untag_resource_output),
        },
        [354] = { /* Values */
            .name_ref = REF(shapes[354].name_ref, strings[7083]),
            .u.collection.item_ref = REF(shapes[354].u.collection.item_ref, shapes[66]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_cloudwatch_counts),
        },
        [355] = { /* WallClockWindow */
            .name_ref = REF(shapes[355].name_ref, strings[4011]),
            .u.structure.members_ref = REF(shapes[355].u.structure.members_ref, members[528]),
            .u.structure.by_wire_name_ref = REF(shapes[355].u.structure.by_wire_name_ref, by_wire_name[528]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_cloudwatch_wall_clock_window),
            .u.structure.member_count = 1,
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[203]), REF(members[0].shape_ref, shapes[50]), offsetof(struct awsc_cloudwatch_alarm_contributor, contributor_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmContributor.ContributorId: ContributorId */
        [1] = {REF(members[1].name_ref, strings[217]), REF(members[1].shape_ref, shapes[49]), offsetof(struct awsc_cloudwatch_alarm_contributor, contributor_attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmContributor.ContributorAttributes: ContributorAttributes */
        [2] = {REF(members[2].name_ref, strings[239]), REF(members[2].shape_ref, shapes[324]), offsetof(struct awsc_cloudwatch_alarm_contributor, state_reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmContributor.StateReason: StateReason */
        [3] = {REF(members[3].name_ref, strings[251]), REF(members[3].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_alarm_contributor, state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_alarm_contributor, has_state_transitioned_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmContributor.StateTransitionedTimestamp: Timestamp */
        [4] = {REF(members[4].name_ref, strings[330]), REF(members[4].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmHistoryItem.AlarmName: AlarmName */
        [5] = {REF(members[5].name_ref, strings[340]), REF(members[5].shape_ref, shapes[50]), offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_contributor_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmHistoryItem.AlarmContributorId: ContributorId */
        [6] = {REF(members[6].name_ref, strings[359]), REF(members[6].shape_ref, shapes[23]), offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmHistoryItem.AlarmType: AlarmType */
        [7] = {REF(members[7].name_ref, strings[369]), REF(members[7].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_alarm_history_item, timestamp), offsetof(struct awsc_cloudwatch_alarm_history_item, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmHistoryItem.Timestamp: Timestamp */
        [8] = {REF(members[8].name_ref, strings[379]), REF(members[8].shape_ref, shapes[157]), offsetof(struct awsc_cloudwatch_alarm_history_item, history_item_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmHistoryItem.HistoryItemType: HistoryItemType */
        [9] = {REF(members[9].name_ref, strings[395]), REF(members[9].shape_ref, shapes[158]), offsetof(struct awsc_cloudwatch_alarm_history_item, history_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmHistoryItem.HistorySummary: HistorySummary */
        [10] = {REF(members[10].name_ref, strings[410]), REF(members[10].shape_ref, shapes[156]), offsetof(struct awsc_cloudwatch_alarm_history_item, history_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmHistoryItem.HistoryData: HistoryData */
        [11] = {REF(members[11].name_ref, strings[422]), REF(members[11].shape_ref, shapes[49]), offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_contributor_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmHistoryItem.AlarmContributorAttributes: ContributorAttributes */
        [12] = {REF(members[12].name_ref, strings[578]), REF(members[12].shape_ref, shapes[37]), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, alarm_mute_rule_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmMuteRuleSummary.AlarmMuteRuleArn: Arn */
        [13] = {REF(members[13].name_ref, strings[595]), REF(members[13].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, expire_date), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, has_expire_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmMuteRuleSummary.ExpireDate: Timestamp */
        [14] = {REF(members[14].name_ref, strings[606]), REF(members[14].shape_ref, shapes[14]), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmMuteRuleSummary.Status: AlarmMuteRuleStatus */
        [15] = {REF(members[15].name_ref, strings[613]), REF(members[15].shape_ref, shapes[266]), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, mute_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmMuteRuleSummary.MuteType: MuteType */
        [16] = {REF(members[16].name_ref, strings[622]), REF(members[16].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, last_updated_timestamp), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmMuteRuleSummary.LastUpdatedTimestamp: Timestamp */
        [17] = {REF(members[17].name_ref, strings[690]), REF(members[17].shape_ref, shapes[292]), offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, query), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmPromQLCriteria.Query: Query */
        [18] = {REF(members[18].name_ref, strings[696]), REF(members[18].shape_ref, shapes[274]), offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, pending_period), offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, has_pending_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmPromQLCriteria.PendingPeriod: PendingPeriod */
        [19] = {REF(members[19].name_ref, strings[710]), REF(members[19].shape_ref, shapes[298]), offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, recovery_period), offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, has_recovery_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AlarmPromQLCriteria.RecoveryPeriod: RecoveryPeriod */
        [20] = {REF(members[20].name_ref, strings[817]), REF(members[20].shape_ref, shapes[29]), offsetof(struct awsc_cloudwatch_anomaly_detector, anomaly_detector_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.AnomalyDetectorId: AnomalyDetectorId */
        [21] = {REF(members[21].name_ref, strings[835]), REF(members[21].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_anomaly_detector, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.Namespace: Namespace */
        [22] = {REF(members[22].name_ref, strings[845]), REF(members[22].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_anomaly_detector, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.MetricName: MetricName */
        [23] = {REF(members[23].name_ref, strings[856]), REF(members[23].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_anomaly_detector, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.Dimensions: Dimensions */
        [24] = {REF(members[24].name_ref, strings[867]), REF(members[24].shape_ref, shapes[31]), offsetof(struct awsc_cloudwatch_anomaly_detector, stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.Stat: AnomalyDetectorMetricStat */
        [25] = {REF(members[25].name_ref, strings[872]), REF(members[25].shape_ref, shapes[27]), offsetof(struct awsc_cloudwatch_anomaly_detector, configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.Configuration: AnomalyDetectorConfiguration */
        [26] = {REF(members[26].name_ref, strings[886]), REF(members[26].shape_ref, shapes[33]), offsetof(struct awsc_cloudwatch_anomaly_detector, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.StateValue: AnomalyDetectorStateValue */
        [27] = {REF(members[27].name_ref, strings[897]), REF(members[27].shape_ref, shapes[231]), offsetof(struct awsc_cloudwatch_anomaly_detector, metric_characteristics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.MetricCharacteristics: MetricCharacteristics */
        [28] = {REF(members[28].name_ref, strings[919]), REF(members[28].shape_ref, shapes[314]), offsetof(struct awsc_cloudwatch_anomaly_detector, single_metric_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.SingleMetricAnomalyDetector: SingleMetricAnomalyDetector */
        [29] = {REF(members[29].name_ref, strings[947]), REF(members[29].shape_ref, shapes[242]), offsetof(struct awsc_cloudwatch_anomaly_detector, metric_math_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetector.MetricMathAnomalyDetector: MetricMathAnomalyDetector */
        [30] = {REF(members[30].name_ref, strings[1002]), REF(members[30].shape_ref, shapes[28]), offsetof(struct awsc_cloudwatch_anomaly_detector_configuration, excluded_time_ranges), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetectorConfiguration.ExcludedTimeRanges: AnomalyDetectorExcludedTimeRanges */
        [31] = {REF(members[31].name_ref, strings[1021]), REF(members[31].shape_ref, shapes[32]), offsetof(struct awsc_cloudwatch_anomaly_detector_configuration, metric_timezone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnomalyDetectorConfiguration.MetricTimezone: AnomalyDetectorMetricTimezone */
        [32] = {REF(members[32].name_ref, strings[1338]), REF(members[32].shape_ref, shapes[73]), offsetof(struct awsc_cloudwatch_associate_dataset_kms_key_input, dataset_identifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssociateDatasetKmsKeyInput.DatasetIdentifier: DatasetIdentifier */
        [33] = {REF(members[33].name_ref, strings[1356]), REF(members[33].shape_ref, shapes[194]), offsetof(struct awsc_cloudwatch_associate_dataset_kms_key_input, kms_key_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssociateDatasetKmsKeyInput.KmsKeyArn: KmsKeyArn */
        [34] = {REF(members[34].name_ref, strings[63]), REF(members[34].shape_ref, shapes[4]), offsetof(struct awsc_cloudwatch_composite_alarm, actions_enabled), offsetof(struct awsc_cloudwatch_composite_alarm, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.ActionsEnabled: ActionsEnabled */
        [35] = {REF(members[35].name_ref, strings[1679]), REF(members[35].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_composite_alarm, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.AlarmActions: ResourceList */
        [36] = {REF(members[36].name_ref, strings[177]), REF(members[36].shape_ref, shapes[8]), offsetof(struct awsc_cloudwatch_composite_alarm, alarm_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.AlarmArn: AlarmArn */
        [37] = {REF(members[37].name_ref, strings[1692]), REF(members[37].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_composite_alarm, alarm_configuration_updated_timestamp), offsetof(struct awsc_cloudwatch_composite_alarm, has_alarm_configuration_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.AlarmConfigurationUpdatedTimestamp: Timestamp */
        [38] = {REF(members[38].name_ref, strings[296]), REF(members[38].shape_ref, shapes[11]), offsetof(struct awsc_cloudwatch_composite_alarm, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.AlarmDescription: AlarmDescription */
        [39] = {REF(members[39].name_ref, strings[330]), REF(members[39].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_composite_alarm, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.AlarmName: AlarmName */
        [40] = {REF(members[40].name_ref, strings[725]), REF(members[40].shape_ref, shapes[22]), offsetof(struct awsc_cloudwatch_composite_alarm, alarm_rule), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.AlarmRule: AlarmRule */
        [41] = {REF(members[41].name_ref, strings[1727]), REF(members[41].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_composite_alarm, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.InsufficientDataActions: ResourceList */
        [42] = {REF(members[42].name_ref, strings[1751]), REF(members[42].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_composite_alarm, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.OKActions: ResourceList */
        [43] = {REF(members[43].name_ref, strings[239]), REF(members[43].shape_ref, shapes[324]), offsetof(struct awsc_cloudwatch_composite_alarm, state_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.StateReason: StateReason */
        [44] = {REF(members[44].name_ref, strings[1761]), REF(members[44].shape_ref, shapes[325]), offsetof(struct awsc_cloudwatch_composite_alarm, state_reason_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.StateReasonData: StateReasonData */
        [45] = {REF(members[45].name_ref, strings[1777]), REF(members[45].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_composite_alarm, state_updated_timestamp), offsetof(struct awsc_cloudwatch_composite_alarm, has_state_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.StateUpdatedTimestamp: Timestamp */
        [46] = {REF(members[46].name_ref, strings[886]), REF(members[46].shape_ref, shapes[326]), offsetof(struct awsc_cloudwatch_composite_alarm, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.StateValue: StateValue */
        [47] = {REF(members[47].name_ref, strings[251]), REF(members[47].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_composite_alarm, state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_composite_alarm, has_state_transitioned_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.StateTransitionedTimestamp: Timestamp */
        [48] = {REF(members[48].name_ref, strings[78]), REF(members[48].shape_ref, shapes[5]), offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressed_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.ActionsSuppressedBy: ActionsSuppressedBy */
        [49] = {REF(members[49].name_ref, strings[131]), REF(members[49].shape_ref, shapes[6]), offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressed_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.ActionsSuppressedReason: ActionsSuppressedReason */
        [50] = {REF(members[50].name_ref, strings[1799]), REF(members[50].shape_ref, shapes[8]), offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressor), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.ActionsSuppressor: AlarmArn */
        [51] = {REF(members[51].name_ref, strings[1817]), REF(members[51].shape_ref, shapes[338]), offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressor_wait_period), offsetof(struct awsc_cloudwatch_composite_alarm, has_actions_suppressor_wait_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.ActionsSuppressorWaitPeriod: SuppressorPeriod */
        [52] = {REF(members[52].name_ref, strings[1845]), REF(members[52].shape_ref, shapes[338]), offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressor_extension_period), offsetof(struct awsc_cloudwatch_composite_alarm, has_actions_suppressor_extension_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompositeAlarm.ActionsSuppressorExtensionPeriod: SuppressorPeriod */
        [53] = {REF(members[53].name_ref, strings[1944]), REF(members[53].shape_ref, shapes[121]), offsetof(struct awsc_cloudwatch_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConflictException.Message: ErrorMessage */
        [54] = {REF(members[54].name_ref, strings[2018]), REF(members[54].shape_ref, shapes[58]), offsetof(struct awsc_cloudwatch_dashboard_entry, dashboard_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardEntry.DashboardName: DashboardName */
        [55] = {REF(members[55].name_ref, strings[1959]), REF(members[55].shape_ref, shapes[52]), offsetof(struct awsc_cloudwatch_dashboard_entry, dashboard_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardEntry.DashboardArn: DashboardArn */
        [56] = {REF(members[56].name_ref, strings[2032]), REF(members[56].shape_ref, shapes[198]), offsetof(struct awsc_cloudwatch_dashboard_entry, last_modified), offsetof(struct awsc_cloudwatch_dashboard_entry, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardEntry.LastModified: LastModified */
        [57] = {REF(members[57].name_ref, strings[2045]), REF(members[57].shape_ref, shapes[315]), offsetof(struct awsc_cloudwatch_dashboard_entry, size), offsetof(struct awsc_cloudwatch_dashboard_entry, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardEntry.Size: Size */
        [58] = {REF(members[58].name_ref, strings[2099]), REF(members[58].shape_ref, shapes[56]), offsetof(struct awsc_cloudwatch_dashboard_invalid_input_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardInvalidInputError.message: DashboardErrorMessage */
        [59] = {REF(members[59].name_ref, strings[2107]), REF(members[59].shape_ref, shapes[63]), offsetof(struct awsc_cloudwatch_dashboard_invalid_input_error, dashboard_validation_messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardInvalidInputError.dashboardValidationMessages: DashboardValidationMessages */
        [60] = {REF(members[60].name_ref, strings[2099]), REF(members[60].shape_ref, shapes[56]), offsetof(struct awsc_cloudwatch_dashboard_not_found_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardNotFoundError.message: DashboardErrorMessage */
        [61] = {REF(members[61].name_ref, strings[2259]), REF(members[61].shape_ref, shapes[64]), offsetof(struct awsc_cloudwatch_dashboard_validation_message, data_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardValidationMessage.DataPath: DataPath */
        [62] = {REF(members[62].name_ref, strings[1944]), REF(members[62].shape_ref, shapes[224]), offsetof(struct awsc_cloudwatch_dashboard_validation_message, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardValidationMessage.Message: Message */
        [63] = {REF(members[63].name_ref, strings[369]), REF(members[63].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_datapoint, timestamp), offsetof(struct awsc_cloudwatch_datapoint, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Datapoint.Timestamp: Timestamp */
        [64] = {REF(members[64].name_ref, strings[2306]), REF(members[64].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_datapoint, sample_count), offsetof(struct awsc_cloudwatch_datapoint, has_sample_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Datapoint.SampleCount: DatapointValue */
        [65] = {REF(members[65].name_ref, strings[2318]), REF(members[65].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_datapoint, average), offsetof(struct awsc_cloudwatch_datapoint, has_average), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Datapoint.Average: DatapointValue */
        [66] = {REF(members[66].name_ref, strings[2326]), REF(members[66].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_datapoint, sum), offsetof(struct awsc_cloudwatch_datapoint, has_sum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Datapoint.Sum: DatapointValue */
        [67] = {REF(members[67].name_ref, strings[2330]), REF(members[67].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_datapoint, minimum), offsetof(struct awsc_cloudwatch_datapoint, has_minimum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Datapoint.Minimum: DatapointValue */
        [68] = {REF(members[68].name_ref, strings[2338]), REF(members[68].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_datapoint, maximum), offsetof(struct awsc_cloudwatch_datapoint, has_maximum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Datapoint.Maximum: DatapointValue */
        [69] = {REF(members[69].name_ref, strings[2346]), REF(members[69].shape_ref, shapes[317]), offsetof(struct awsc_cloudwatch_datapoint, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Datapoint.Unit: StandardUnit */
        [70] = {REF(members[70].name_ref, strings[2351]), REF(members[70].shape_ref, shapes[67]), offsetof(struct awsc_cloudwatch_datapoint, extended_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Datapoint.ExtendedStatistics: DatapointValueMap */
        [71] = {REF(members[71].name_ref, strings[2494]), REF(members[71].shape_ref, shapes[267]), offsetof(struct awsc_cloudwatch_delete_alarm_mute_rule_input, alarm_mute_rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAlarmMuteRuleInput.AlarmMuteRuleName: Name */
        [72] = {REF(members[72].name_ref, strings[659]), REF(members[72].shape_ref, shapes[20]), offsetof(struct awsc_cloudwatch_delete_alarms_input, alarm_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAlarmsInput.AlarmNames: AlarmNames */
        [73] = {REF(members[73].name_ref, strings[817]), REF(members[73].shape_ref, shapes[29]), offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, anomaly_detector_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAnomalyDetectorInput.AnomalyDetectorId: AnomalyDetectorId */
        [74] = {REF(members[74].name_ref, strings[835]), REF(members[74].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAnomalyDetectorInput.Namespace: Namespace */
        [75] = {REF(members[75].name_ref, strings[845]), REF(members[75].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAnomalyDetectorInput.MetricName: MetricName */
        [76] = {REF(members[76].name_ref, strings[856]), REF(members[76].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAnomalyDetectorInput.Dimensions: Dimensions */
        [77] = {REF(members[77].name_ref, strings[867]), REF(members[77].shape_ref, shapes[31]), offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAnomalyDetectorInput.Stat: AnomalyDetectorMetricStat */
        [78] = {REF(members[78].name_ref, strings[919]), REF(members[78].shape_ref, shapes[314]), offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, single_metric_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAnomalyDetectorInput.SingleMetricAnomalyDetector: SingleMetricAnomalyDetector */
        [79] = {REF(members[79].name_ref, strings[947]), REF(members[79].shape_ref, shapes[242]), offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, metric_math_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAnomalyDetectorInput.MetricMathAnomalyDetector: MetricMathAnomalyDetector */
        [80] = {REF(members[80].name_ref, strings[2177]), REF(members[80].shape_ref, shapes[60]), offsetof(struct awsc_cloudwatch_delete_dashboards_input, dashboard_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteDashboardsInput.DashboardNames: DashboardNames */
        [81] = {REF(members[81].name_ref, strings[2654]), REF(members[81].shape_ref, shapes[179]), offsetof(struct awsc_cloudwatch_delete_insight_rules_input, rule_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteInsightRulesInput.RuleNames: InsightRuleNames */
        [82] = {REF(members[82].name_ref, strings[2689]), REF(members[82].shape_ref, shapes[43]), offsetof(struct awsc_cloudwatch_delete_insight_rules_output, failures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteInsightRulesOutput.Failures: BatchFailures */
        [83] = {REF(members[83].name_ref, strings[2722]), REF(members[83].shape_ref, shapes[250]), offsetof(struct awsc_cloudwatch_delete_metric_stream_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMetricStreamInput.Name: MetricStreamName */
        [84] = {REF(members[84].name_ref, strings[330]), REF(members[84].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_describe_alarm_contributors_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmContributorsInput.AlarmName: AlarmName */
        [85] = {REF(members[85].name_ref, strings[2783]), REF(members[85].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_alarm_contributors_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmContributorsInput.NextToken: NextToken */
        [86] = {REF(members[86].name_ref, strings[278]), REF(members[86].shape_ref, shapes[10]), offsetof(struct awsc_cloudwatch_describe_alarm_contributors_output, alarm_contributors), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmContributorsOutput.AlarmContributors: AlarmContributors */
        [87] = {REF(members[87].name_ref, strings[2783]), REF(members[87].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_alarm_contributors_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmContributorsOutput.NextToken: NextToken */
        [88] = {REF(members[88].name_ref, strings[330]), REF(members[88].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryInput.AlarmName: AlarmName */
        [89] = {REF(members[89].name_ref, strings[340]), REF(members[89].shape_ref, shapes[50]), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, alarm_contributor_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryInput.AlarmContributorId: ContributorId */
        [90] = {REF(members[90].name_ref, strings[771]), REF(members[90].shape_ref, shapes[24]), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, alarm_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryInput.AlarmTypes: AlarmTypes */
        [91] = {REF(members[91].name_ref, strings[379]), REF(members[91].shape_ref, shapes[157]), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, history_item_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryInput.HistoryItemType: HistoryItemType */
        [92] = {REF(members[92].name_ref, strings[2851]), REF(members[92].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, start_date), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, has_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryInput.StartDate: Timestamp */
        [93] = {REF(members[93].name_ref, strings[2861]), REF(members[93].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, end_date), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, has_end_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryInput.EndDate: Timestamp */
        [94] = {REF(members[94].name_ref, strings[2869]), REF(members[94].shape_ref, shapes[222]), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, max_records), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, has_max_records), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryInput.MaxRecords: MaxRecords */
        [95] = {REF(members[95].name_ref, strings[2783]), REF(members[95].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryInput.NextToken: NextToken */
        [96] = {REF(members[96].name_ref, strings[2880]), REF(members[96].shape_ref, shapes[308]), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, scan_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryInput.ScanBy: ScanBy */
        [97] = {REF(members[97].name_ref, strings[449]), REF(members[97].shape_ref, shapes[13]), offsetof(struct awsc_cloudwatch_describe_alarm_history_output, alarm_history_items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryOutput.AlarmHistoryItems: AlarmHistoryItems */
        [98] = {REF(members[98].name_ref, strings[2783]), REF(members[98].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_alarm_history_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmHistoryOutput.NextToken: NextToken */
        [99] = {REF(members[99].name_ref, strings[845]), REF(members[99].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, metric_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsForMetricInput.MetricName: MetricName */
        [100] = {REF(members[100].name_ref, strings[835]), REF(members[100].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsForMetricInput.Namespace: Namespace */
        [101] = {REF(members[101].name_ref, strings[2943]), REF(members[101].shape_ref, shapes[327]), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsForMetricInput.Statistic: Statistic */
        [102] = {REF(members[102].name_ref, strings[2953]), REF(members[102].shape_ref, shapes[130]), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, extended_statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsForMetricInput.ExtendedStatistic: ExtendedStatistic */
        [103] = {REF(members[103].name_ref, strings[856]), REF(members[103].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsForMetricInput.Dimensions: Dimensions */
        [104] = {REF(members[104].name_ref, strings[2971]), REF(members[104].shape_ref, shapes[275]), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, period), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, has_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsForMetricInput.Period: Period */
        [105] = {REF(members[105].name_ref, strings[2346]), REF(members[105].shape_ref, shapes[317]), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsForMetricInput.Unit: StandardUnit */
        [106] = {REF(members[106].name_ref, strings[3008]), REF(members[106].shape_ref, shapes[230]), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_output, metric_alarms), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsForMetricOutput.MetricAlarms: MetricAlarms */
        [107] = {REF(members[107].name_ref, strings[659]), REF(members[107].shape_ref, shapes[20]), offsetof(struct awsc_cloudwatch_describe_alarms_input, alarm_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsInput.AlarmNames: AlarmNames */
        [108] = {REF(members[108].name_ref, strings[643]), REF(members[108].shape_ref, shapes[19]), offsetof(struct awsc_cloudwatch_describe_alarms_input, alarm_name_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsInput.AlarmNamePrefix: AlarmNamePrefix */
        [109] = {REF(members[109].name_ref, strings[771]), REF(members[109].shape_ref, shapes[24]), offsetof(struct awsc_cloudwatch_describe_alarms_input, alarm_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsInput.AlarmTypes: AlarmTypes */
        [110] = {REF(members[110].name_ref, strings[3041]), REF(members[110].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_describe_alarms_input, children_of_alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsInput.ChildrenOfAlarmName: AlarmName */
        [111] = {REF(members[111].name_ref, strings[3061]), REF(members[111].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_describe_alarms_input, parents_of_alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsInput.ParentsOfAlarmName: AlarmName */
        [112] = {REF(members[112].name_ref, strings[886]), REF(members[112].shape_ref, shapes[326]), offsetof(struct awsc_cloudwatch_describe_alarms_input, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsInput.StateValue: StateValue */
        [113] = {REF(members[113].name_ref, strings[50]), REF(members[113].shape_ref, shapes[3]), offsetof(struct awsc_cloudwatch_describe_alarms_input, action_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsInput.ActionPrefix: ActionPrefix */
        [114] = {REF(members[114].name_ref, strings[2869]), REF(members[114].shape_ref, shapes[222]), offsetof(struct awsc_cloudwatch_describe_alarms_input, max_records), offsetof(struct awsc_cloudwatch_describe_alarms_input, has_max_records), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsInput.MaxRecords: MaxRecords */
        [115] = {REF(members[115].name_ref, strings[2783]), REF(members[115].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_alarms_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsInput.NextToken: NextToken */
        [116] = {REF(members[116].name_ref, strings[1878]), REF(members[116].shape_ref, shapes[46]), offsetof(struct awsc_cloudwatch_describe_alarms_output, composite_alarms), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsOutput.CompositeAlarms: CompositeAlarms */
        [117] = {REF(members[117].name_ref, strings[3008]), REF(members[117].shape_ref, shapes[230]), offsetof(struct awsc_cloudwatch_describe_alarms_output, metric_alarms), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsOutput.MetricAlarms: MetricAlarms */
        [118] = {REF(members[118].name_ref, strings[3101]), REF(members[118].shape_ref, shapes[215]), offsetof(struct awsc_cloudwatch_describe_alarms_output, log_alarms), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsOutput.LogAlarms: LogAlarms */
        [119] = {REF(members[119].name_ref, strings[2783]), REF(members[119].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_alarms_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAlarmsOutput.NextToken: NextToken */
        [120] = {REF(members[120].name_ref, strings[1070]), REF(members[120].shape_ref, shapes[30]), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, anomaly_detector_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAnomalyDetectorsInput.AnomalyDetectorIds: AnomalyDetectorIds */
        [121] = {REF(members[121].name_ref, strings[2783]), REF(members[121].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAnomalyDetectorsInput.NextToken: NextToken */
        [122] = {REF(members[122].name_ref, strings[3141]), REF(members[122].shape_ref, shapes[223]), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, max_results), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAnomalyDetectorsInput.MaxResults: MaxReturnedResultsCount */
        [123] = {REF(members[123].name_ref, strings[835]), REF(members[123].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAnomalyDetectorsInput.Namespace: Namespace */
        [124] = {REF(members[124].name_ref, strings[845]), REF(members[124].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAnomalyDetectorsInput.MetricName: MetricName */
        [125] = {REF(members[125].name_ref, strings[856]), REF(members[125].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAnomalyDetectorsInput.Dimensions: Dimensions */
        [126] = {REF(members[126].name_ref, strings[1268]), REF(members[126].shape_ref, shapes[35]), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, anomaly_detector_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAnomalyDetectorsInput.AnomalyDetectorTypes: AnomalyDetectorTypes */
        [127] = {REF(members[127].name_ref, strings[1289]), REF(members[127].shape_ref, shapes[36]), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_output, anomaly_detectors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAnomalyDetectorsOutput.AnomalyDetectors: AnomalyDetectors */
        [128] = {REF(members[128].name_ref, strings[2783]), REF(members[128].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAnomalyDetectorsOutput.NextToken: NextToken */
        [129] = {REF(members[129].name_ref, strings[2783]), REF(members[129].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_insight_rules_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeInsightRulesInput.NextToken: NextToken */
        [130] = {REF(members[130].name_ref, strings[3141]), REF(members[130].shape_ref, shapes[173]), offsetof(struct awsc_cloudwatch_describe_insight_rules_input, max_results), offsetof(struct awsc_cloudwatch_describe_insight_rules_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeInsightRulesInput.MaxResults: InsightRuleMaxResults */
        [131] = {REF(members[131].name_ref, strings[2783]), REF(members[131].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_describe_insight_rules_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeInsightRulesOutput.NextToken: NextToken */
        [132] = {REF(members[132].name_ref, strings[3236]), REF(members[132].shape_ref, shapes[187]), offsetof(struct awsc_cloudwatch_describe_insight_rules_output, insight_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeInsightRulesOutput.InsightRules: InsightRules */
        [133] = {REF(members[133].name_ref, strings[2722]), REF(members[133].shape_ref, shapes[99]), offsetof(struct awsc_cloudwatch_dimension, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Dimension.Name: DimensionName */
        [134] = {REF(members[134].name_ref, strings[3259]), REF(members[134].shape_ref, shapes[100]), offsetof(struct awsc_cloudwatch_dimension, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Dimension.Value: DimensionValue */
        [135] = {REF(members[135].name_ref, strings[2722]), REF(members[135].shape_ref, shapes[99]), offsetof(struct awsc_cloudwatch_dimension_filter, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DimensionFilter.Name: DimensionName */
        [136] = {REF(members[136].name_ref, strings[3259]), REF(members[136].shape_ref, shapes[100]), offsetof(struct awsc_cloudwatch_dimension_filter, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DimensionFilter.Value: DimensionValue */
        [137] = {REF(members[137].name_ref, strings[659]), REF(members[137].shape_ref, shapes[20]), offsetof(struct awsc_cloudwatch_disable_alarm_actions_input, alarm_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableAlarmActionsInput.AlarmNames: AlarmNames */
        [138] = {REF(members[138].name_ref, strings[2654]), REF(members[138].shape_ref, shapes[179]), offsetof(struct awsc_cloudwatch_disable_insight_rules_input, rule_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableInsightRulesInput.RuleNames: InsightRuleNames */
        [139] = {REF(members[139].name_ref, strings[2689]), REF(members[139].shape_ref, shapes[43]), offsetof(struct awsc_cloudwatch_disable_insight_rules_output, failures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableInsightRulesOutput.Failures: BatchFailures */
        [140] = {REF(members[140].name_ref, strings[1338]), REF(members[140].shape_ref, shapes[73]), offsetof(struct awsc_cloudwatch_disassociate_dataset_kms_key_input, dataset_identifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisassociateDatasetKmsKeyInput.DatasetIdentifier: DatasetIdentifier */
        [141] = {REF(members[141].name_ref, strings[659]), REF(members[141].shape_ref, shapes[20]), offsetof(struct awsc_cloudwatch_enable_alarm_actions_input, alarm_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableAlarmActionsInput.AlarmNames: AlarmNames */
        [142] = {REF(members[142].name_ref, strings[2654]), REF(members[142].shape_ref, shapes[179]), offsetof(struct awsc_cloudwatch_enable_insight_rules_input, rule_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableInsightRulesInput.RuleNames: InsightRuleNames */
        [143] = {REF(members[143].name_ref, strings[2689]), REF(members[143].shape_ref, shapes[43]), offsetof(struct awsc_cloudwatch_enable_insight_rules_output, failures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableInsightRulesOutput.Failures: BatchFailures */
        [144] = {REF(members[144].name_ref, strings[3569]), REF(members[144].shape_ref, shapes[116]), offsetof(struct awsc_cloudwatch_entity, key_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Entity.KeyAttributes: EntityKeyAttributesMap */
        [145] = {REF(members[145].name_ref, strings[3583]), REF(members[145].shape_ref, shapes[113]), offsetof(struct awsc_cloudwatch_entity, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Entity.Attributes: EntityAttributesMap */
        [146] = {REF(members[146].name_ref, strings[3562]), REF(members[146].shape_ref, shapes[112]), offsetof(struct awsc_cloudwatch_entity_metric_data, entity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityMetricData.Entity: Entity */
        [147] = {REF(members[147].name_ref, strings[3780]), REF(members[147].shape_ref, shapes[232]), offsetof(struct awsc_cloudwatch_entity_metric_data, metric_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityMetricData.MetricData: MetricData */
        [148] = {REF(members[148].name_ref, strings[3877]), REF(members[148].shape_ref, shapes[21]), offsetof(struct awsc_cloudwatch_evaluation_criteria, prom_ql_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationCriteria.PromQLCriteria: AlarmPromQLCriteria */
        [149] = {REF(members[149].name_ref, strings[4011]), REF(members[149].shape_ref, shapes[355]), offsetof(struct awsc_cloudwatch_evaluation_window, wall_clock_window), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationWindow.WallClockWindow: WallClockWindow */
        [150] = {REF(members[150].name_ref, strings[4027]), REF(members[150].shape_ref, shapes[316]), offsetof(struct awsc_cloudwatch_evaluation_window, sliding_window), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationWindow.SlidingWindow: SlidingWindow */
        [151] = {REF(members[151].name_ref, strings[2494]), REF(members[151].shape_ref, shapes[267]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_input, alarm_mute_rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleInput.AlarmMuteRuleName: Name */
        [152] = {REF(members[152].name_ref, strings[2722]), REF(members[152].shape_ref, shapes[267]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.Name: Name */
        [153] = {REF(members[153].name_ref, strings[578]), REF(members[153].shape_ref, shapes[37]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, alarm_mute_rule_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.AlarmMuteRuleArn: Arn */
        [154] = {REF(members[154].name_ref, strings[4175]), REF(members[154].shape_ref, shapes[11]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.Description: AlarmDescription */
        [155] = {REF(members[155].name_ref, strings[4187]), REF(members[155].shape_ref, shapes[307]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, rule), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.Rule: Rule */
        [156] = {REF(members[156].name_ref, strings[4192]), REF(members[156].shape_ref, shapes[265]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, mute_targets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.MuteTargets: MuteTargets */
        [157] = {REF(members[157].name_ref, strings[2851]), REF(members[157].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, start_date), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, has_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.StartDate: Timestamp */
        [158] = {REF(members[158].name_ref, strings[595]), REF(members[158].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, expire_date), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, has_expire_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.ExpireDate: Timestamp */
        [159] = {REF(members[159].name_ref, strings[606]), REF(members[159].shape_ref, shapes[14]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.Status: AlarmMuteRuleStatus */
        [160] = {REF(members[160].name_ref, strings[622]), REF(members[160].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, last_updated_timestamp), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.LastUpdatedTimestamp: Timestamp */
        [161] = {REF(members[161].name_ref, strings[613]), REF(members[161].shape_ref, shapes[266]), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, mute_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAlarmMuteRuleOutput.MuteType: MuteType */
        [162] = {REF(members[162].name_ref, strings[2018]), REF(members[162].shape_ref, shapes[58]), offsetof(struct awsc_cloudwatch_get_dashboard_input, dashboard_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDashboardInput.DashboardName: DashboardName */
        [163] = {REF(members[163].name_ref, strings[1959]), REF(members[163].shape_ref, shapes[52]), offsetof(struct awsc_cloudwatch_get_dashboard_output, dashboard_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDashboardOutput.DashboardArn: DashboardArn */
        [164] = {REF(members[164].name_ref, strings[1972]), REF(members[164].shape_ref, shapes[53]), offsetof(struct awsc_cloudwatch_get_dashboard_output, dashboard_body), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDashboardOutput.DashboardBody: DashboardBody */
        [165] = {REF(members[165].name_ref, strings[2018]), REF(members[165].shape_ref, shapes[58]), offsetof(struct awsc_cloudwatch_get_dashboard_output, dashboard_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDashboardOutput.DashboardName: DashboardName */
        [166] = {REF(members[166].name_ref, strings[1338]), REF(members[166].shape_ref, shapes[73]), offsetof(struct awsc_cloudwatch_get_dataset_input, dataset_identifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDatasetInput.DatasetIdentifier: DatasetIdentifier */
        [167] = {REF(members[167].name_ref, strings[2459]), REF(members[167].shape_ref, shapes[72]), offsetof(struct awsc_cloudwatch_get_dataset_output, dataset_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDatasetOutput.DatasetId: DatasetId */
        [168] = {REF(members[168].name_ref, strings[1306]), REF(members[168].shape_ref, shapes[71]), offsetof(struct awsc_cloudwatch_get_dataset_output, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDatasetOutput.Arn: DatasetArn */
        [169] = {REF(members[169].name_ref, strings[1356]), REF(members[169].shape_ref, shapes[194]), offsetof(struct awsc_cloudwatch_get_dataset_output, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDatasetOutput.KmsKeyArn: KmsKeyArn */
        [170] = {REF(members[170].name_ref, strings[4300]), REF(members[170].shape_ref, shapes[178]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportInput.RuleName: InsightRuleName */
        [171] = {REF(members[171].name_ref, strings[4309]), REF(members[171].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, start_time), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, has_start_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportInput.StartTime: Timestamp */
        [172] = {REF(members[172].name_ref, strings[4319]), REF(members[172].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, end_time), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, has_end_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportInput.EndTime: Timestamp */
        [173] = {REF(members[173].name_ref, strings[2971]), REF(members[173].shape_ref, shapes[275]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, period), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, has_period), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportInput.Period: Period */
        [174] = {REF(members[174].name_ref, strings[4327]), REF(members[174].shape_ref, shapes[185]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, max_contributor_count), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, has_max_contributor_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportInput.MaxContributorCount: InsightRuleUnboundInteger */
        [175] = {REF(members[175].name_ref, strings[4347]), REF(members[175].shape_ref, shapes[176]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportInput.Metrics: InsightRuleMetricList */
        [176] = {REF(members[176].name_ref, strings[4355]), REF(members[176].shape_ref, shapes[181]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, order_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportInput.OrderBy: InsightRuleOrderBy */
        [177] = {REF(members[177].name_ref, strings[4390]), REF(members[177].shape_ref, shapes[168]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, key_labels), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportOutput.KeyLabels: InsightRuleContributorKeyLabels */
        [178] = {REF(members[178].name_ref, strings[4400]), REF(members[178].shape_ref, shapes[162]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, aggregation_statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportOutput.AggregationStatistic: InsightRuleAggregationStatistic */
        [179] = {REF(members[179].name_ref, strings[4421]), REF(members[179].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, aggregate_value), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, has_aggregate_value), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportOutput.AggregateValue: InsightRuleUnboundDouble */
        [180] = {REF(members[180].name_ref, strings[4436]), REF(members[180].shape_ref, shapes[186]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, approximate_unique_count), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, has_approximate_unique_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportOutput.ApproximateUniqueCount: InsightRuleUnboundLong */
        [181] = {REF(members[181].name_ref, strings[4459]), REF(members[181].shape_ref, shapes[170]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, contributors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportOutput.Contributors: InsightRuleContributors */
        [182] = {REF(members[182].name_ref, strings[4472]), REF(members[182].shape_ref, shapes[175]), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, metric_datapoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInsightRuleReportOutput.MetricDatapoints: InsightRuleMetricDatapoints */
        [183] = {REF(members[183].name_ref, strings[4508]), REF(members[183].shape_ref, shapes[233]), offsetof(struct awsc_cloudwatch_get_metric_data_input, metric_data_queries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataInput.MetricDataQueries: MetricDataQueries */
        [184] = {REF(members[184].name_ref, strings[4309]), REF(members[184].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_metric_data_input, start_time), offsetof(struct awsc_cloudwatch_get_metric_data_input, has_start_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataInput.StartTime: Timestamp */
        [185] = {REF(members[185].name_ref, strings[4319]), REF(members[185].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_metric_data_input, end_time), offsetof(struct awsc_cloudwatch_get_metric_data_input, has_end_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataInput.EndTime: Timestamp */
        [186] = {REF(members[186].name_ref, strings[2783]), REF(members[186].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_get_metric_data_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataInput.NextToken: NextToken */
        [187] = {REF(members[187].name_ref, strings[2880]), REF(members[187].shape_ref, shapes[308]), offsetof(struct awsc_cloudwatch_get_metric_data_input, scan_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataInput.ScanBy: ScanBy */
        [188] = {REF(members[188].name_ref, strings[4526]), REF(members[188].shape_ref, shapes[146]), offsetof(struct awsc_cloudwatch_get_metric_data_input, max_datapoints), offsetof(struct awsc_cloudwatch_get_metric_data_input, has_max_datapoints), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataInput.MaxDatapoints: GetMetricDataMaxDatapoints */
        [189] = {REF(members[189].name_ref, strings[4540]), REF(members[189].shape_ref, shapes[197]), offsetof(struct awsc_cloudwatch_get_metric_data_input, label_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataInput.LabelOptions: LabelOptions */
        [190] = {REF(members[190].name_ref, strings[4627]), REF(members[190].shape_ref, shapes[237]), offsetof(struct awsc_cloudwatch_get_metric_data_output, metric_data_results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataOutput.MetricDataResults: MetricDataResults */
        [191] = {REF(members[191].name_ref, strings[2783]), REF(members[191].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_get_metric_data_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataOutput.NextToken: NextToken */
        [192] = {REF(members[192].name_ref, strings[4645]), REF(members[192].shape_ref, shapes[236]), offsetof(struct awsc_cloudwatch_get_metric_data_output, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricDataOutput.Messages: MetricDataResultMessages */
        [193] = {REF(members[193].name_ref, strings[835]), REF(members[193].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsInput.Namespace: Namespace */
        [194] = {REF(members[194].name_ref, strings[845]), REF(members[194].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, metric_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsInput.MetricName: MetricName */
        [195] = {REF(members[195].name_ref, strings[856]), REF(members[195].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsInput.Dimensions: Dimensions */
        [196] = {REF(members[196].name_ref, strings[4309]), REF(members[196].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, start_time), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, has_start_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsInput.StartTime: Timestamp */
        [197] = {REF(members[197].name_ref, strings[4319]), REF(members[197].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, end_time), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, has_end_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsInput.EndTime: Timestamp */
        [198] = {REF(members[198].name_ref, strings[2971]), REF(members[198].shape_ref, shapes[275]), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, period), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, has_period), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsInput.Period: Period */
        [199] = {REF(members[199].name_ref, strings[4679]), REF(members[199].shape_ref, shapes[329]), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsInput.Statistics: Statistics */
        [200] = {REF(members[200].name_ref, strings[2351]), REF(members[200].shape_ref, shapes[131]), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, extended_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsInput.ExtendedStatistics: ExtendedStatistics */
        [201] = {REF(members[201].name_ref, strings[2346]), REF(members[201].shape_ref, shapes[317]), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsInput.Unit: StandardUnit */
        [202] = {REF(members[202].name_ref, strings[4716]), REF(members[202].shape_ref, shapes[241]), offsetof(struct awsc_cloudwatch_get_metric_statistics_output, label), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsOutput.Label: MetricLabel */
        [203] = {REF(members[203].name_ref, strings[2419]), REF(members[203].shape_ref, shapes[69]), offsetof(struct awsc_cloudwatch_get_metric_statistics_output, datapoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStatisticsOutput.Datapoints: Datapoints */
        [204] = {REF(members[204].name_ref, strings[2722]), REF(members[204].shape_ref, shapes[250]), offsetof(struct awsc_cloudwatch_get_metric_stream_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamInput.Name: MetricStreamName */
        [205] = {REF(members[205].name_ref, strings[1306]), REF(members[205].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.Arn: AmazonResourceName */
        [206] = {REF(members[206].name_ref, strings[2722]), REF(members[206].shape_ref, shapes[250]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.Name: MetricStreamName */
        [207] = {REF(members[207].name_ref, strings[4765]), REF(members[207].shape_ref, shapes[249]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, include_filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.IncludeFilters: MetricStreamFilters */
        [208] = {REF(members[208].name_ref, strings[4780]), REF(members[208].shape_ref, shapes[249]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, exclude_filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.ExcludeFilters: MetricStreamFilters */
        [209] = {REF(members[209].name_ref, strings[4795]), REF(members[209].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, firehose_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.FirehoseArn: AmazonResourceName */
        [210] = {REF(members[210].name_ref, strings[4807]), REF(members[210].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.RoleArn: AmazonResourceName */
        [211] = {REF(members[211].name_ref, strings[4815]), REF(members[211].shape_ref, shapes[253]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.State: MetricStreamState */
        [212] = {REF(members[212].name_ref, strings[4821]), REF(members[212].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, creation_date), offsetof(struct awsc_cloudwatch_get_metric_stream_output, has_creation_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.CreationDate: Timestamp */
        [213] = {REF(members[213].name_ref, strings[4834]), REF(members[213].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, last_update_date), offsetof(struct awsc_cloudwatch_get_metric_stream_output, has_last_update_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.LastUpdateDate: Timestamp */
        [214] = {REF(members[214].name_ref, strings[4849]), REF(members[214].shape_ref, shapes[252]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, output_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.OutputFormat: MetricStreamOutputFormat */
        [215] = {REF(members[215].name_ref, strings[4862]), REF(members[215].shape_ref, shapes[257]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, statistics_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.StatisticsConfigurations: MetricStreamStatisticsConfigurations */
        [216] = {REF(members[216].name_ref, strings[4887]), REF(members[216].shape_ref, shapes[160]), offsetof(struct awsc_cloudwatch_get_metric_stream_output, include_linked_accounts_metrics), offsetof(struct awsc_cloudwatch_get_metric_stream_output, has_include_linked_accounts_metrics), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricStreamOutput.IncludeLinkedAccountsMetrics: IncludeLinkedAccountsMetrics */
        [217] = {REF(members[217].name_ref, strings[4942]), REF(members[217].shape_ref, shapes[260]), offsetof(struct awsc_cloudwatch_get_metric_widget_image_input, metric_widget), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricWidgetImageInput.MetricWidget: MetricWidget */
        [218] = {REF(members[218].name_ref, strings[4849]), REF(members[218].shape_ref, shapes[271]), offsetof(struct awsc_cloudwatch_get_metric_widget_image_input, output_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricWidgetImageInput.OutputFormat: OutputFormat */
        [219] = {REF(members[219].name_ref, strings[4982]), REF(members[219].shape_ref, shapes[261]), offsetof(struct awsc_cloudwatch_get_metric_widget_image_output, metric_widget_image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMetricWidgetImageOutput.MetricWidgetImage: MetricWidgetImage */
        [220] = {REF(members[220].name_ref, strings[606]), REF(members[220].shape_ref, shapes[270]), offsetof(struct awsc_cloudwatch_get_o_tel_enrichment_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOTelEnrichmentOutput.Status: OTelEnrichmentStatus */
        [221] = {REF(members[221].name_ref, strings[2722]), REF(members[221].shape_ref, shapes[178]), offsetof(struct awsc_cloudwatch_insight_rule, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRule.Name: InsightRuleName */
        [222] = {REF(members[222].name_ref, strings[4815]), REF(members[222].shape_ref, shapes[183]), offsetof(struct awsc_cloudwatch_insight_rule, state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRule.State: InsightRuleState */
        [223] = {REF(members[223].name_ref, strings[5171]), REF(members[223].shape_ref, shapes[182]), offsetof(struct awsc_cloudwatch_insight_rule, schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRule.Schema: InsightRuleSchema */
        [224] = {REF(members[224].name_ref, strings[5178]), REF(members[224].shape_ref, shapes[171]), offsetof(struct awsc_cloudwatch_insight_rule, definition), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRule.Definition: InsightRuleDefinition */
        [225] = {REF(members[225].name_ref, strings[5189]), REF(members[225].shape_ref, shapes[172]), offsetof(struct awsc_cloudwatch_insight_rule, managed_rule), offsetof(struct awsc_cloudwatch_insight_rule, has_managed_rule), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRule.ManagedRule: InsightRuleIsManaged */
        [226] = {REF(members[226].name_ref, strings[5201]), REF(members[226].shape_ref, shapes[180]), offsetof(struct awsc_cloudwatch_insight_rule, apply_on_transformed_logs), offsetof(struct awsc_cloudwatch_insight_rule, has_apply_on_transformed_logs), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRule.ApplyOnTransformedLogs: InsightRuleOnTransformedLogs */
        [227] = {REF(members[227].name_ref, strings[5279]), REF(members[227].shape_ref, shapes[169]), offsetof(struct awsc_cloudwatch_insight_rule_contributor, keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleContributor.Keys: InsightRuleContributorKeys */
        [228] = {REF(members[228].name_ref, strings[5284]), REF(members[228].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_insight_rule_contributor, approximate_aggregate_value), offsetof(struct awsc_cloudwatch_insight_rule_contributor, has_approximate_aggregate_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleContributor.ApproximateAggregateValue: InsightRuleUnboundDouble */
        [229] = {REF(members[229].name_ref, strings[2419]), REF(members[229].shape_ref, shapes[165]), offsetof(struct awsc_cloudwatch_insight_rule_contributor, datapoints), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleContributor.Datapoints: InsightRuleContributorDatapoints */
        [230] = {REF(members[230].name_ref, strings[369]), REF(members[230].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, timestamp), offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, has_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleContributorDatapoint.Timestamp: Timestamp */
        [231] = {REF(members[231].name_ref, strings[5342]), REF(members[231].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, approximate_value), offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, has_approximate_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleContributorDatapoint.ApproximateValue: InsightRuleUnboundDouble */
        [232] = {REF(members[232].name_ref, strings[369]), REF(members[232].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, timestamp), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleMetricDatapoint.Timestamp: Timestamp */
        [233] = {REF(members[233].name_ref, strings[5624]), REF(members[233].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, unique_contributors), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_unique_contributors), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleMetricDatapoint.UniqueContributors: InsightRuleUnboundDouble */
        [234] = {REF(members[234].name_ref, strings[5643]), REF(members[234].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, max_contributor_value), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_max_contributor_value), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleMetricDatapoint.MaxContributorValue: InsightRuleUnboundDouble */
        [235] = {REF(members[235].name_ref, strings[2306]), REF(members[235].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, sample_count), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_sample_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleMetricDatapoint.SampleCount: InsightRuleUnboundDouble */
        [236] = {REF(members[236].name_ref, strings[2318]), REF(members[236].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, average), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_average), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleMetricDatapoint.Average: InsightRuleUnboundDouble */
        [237] = {REF(members[237].name_ref, strings[2326]), REF(members[237].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, sum), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_sum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleMetricDatapoint.Sum: InsightRuleUnboundDouble */
        [238] = {REF(members[238].name_ref, strings[2330]), REF(members[238].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, minimum), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_minimum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleMetricDatapoint.Minimum: InsightRuleUnboundDouble */
        [239] = {REF(members[239].name_ref, strings[2338]), REF(members[239].shape_ref, shapes[184]), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, maximum), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_maximum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightRuleMetricDatapoint.Maximum: InsightRuleUnboundDouble */
        [240] = {REF(members[240].name_ref, strings[1944]), REF(members[240].shape_ref, shapes[135]), offsetof(struct awsc_cloudwatch_internal_service_fault, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InternalServiceFault.Message: FaultDescription */
        [241] = {REF(members[241].name_ref, strings[2099]), REF(members[241].shape_ref, shapes[121]), offsetof(struct awsc_cloudwatch_invalid_format_fault, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidFormatFault.message: ErrorMessage */
        [242] = {REF(members[242].name_ref, strings[2099]), REF(members[242].shape_ref, shapes[121]), offsetof(struct awsc_cloudwatch_invalid_next_token, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidNextToken.message: ErrorMessage */
        [243] = {REF(members[243].name_ref, strings[2099]), REF(members[243].shape_ref, shapes[42]), offsetof(struct awsc_cloudwatch_invalid_parameter_combination_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidParameterCombinationException.message: AwsQueryErrorMessage */
        [244] = {REF(members[244].name_ref, strings[2099]), REF(members[244].shape_ref, shapes[42]), offsetof(struct awsc_cloudwatch_invalid_parameter_value_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidParameterValueException.message: AwsQueryErrorMessage */
        [245] = {REF(members[245].name_ref, strings[1944]), REF(members[245].shape_ref, shapes[337]), offsetof(struct awsc_cloudwatch_kms_access_denied_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsAccessDeniedException.Message: String */
        [246] = {REF(members[246].name_ref, strings[1944]), REF(members[246].shape_ref, shapes[337]), offsetof(struct awsc_cloudwatch_kms_key_disabled_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsKeyDisabledException.Message: String */
        [247] = {REF(members[247].name_ref, strings[1944]), REF(members[247].shape_ref, shapes[337]), offsetof(struct awsc_cloudwatch_kms_key_not_found_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsKeyNotFoundException.Message: String */
        [248] = {REF(members[248].name_ref, strings[6208]), REF(members[248].shape_ref, shapes[145]), offsetof(struct awsc_cloudwatch_label_options, timezone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LabelOptions.Timezone: GetMetricDataLabelTimezone */
        [249] = {REF(members[249].name_ref, strings[2099]), REF(members[249].shape_ref, shapes[121]), offsetof(struct awsc_cloudwatch_limit_exceeded_fault, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LimitExceededFault.message: ErrorMessage */
        [250] = {REF(members[250].name_ref, strings[330]), REF(members[250].shape_ref, shapes[267]), offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAlarmMuteRulesInput.AlarmName: Name */
        [251] = {REF(members[251].name_ref, strings[6297]), REF(members[251].shape_ref, shapes[15]), offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, statuses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAlarmMuteRulesInput.Statuses: AlarmMuteRuleStatuses */
        [252] = {REF(members[252].name_ref, strings[2869]), REF(members[252].shape_ref, shapes[222]), offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, max_records), offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, has_max_records), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAlarmMuteRulesInput.MaxRecords: MaxRecords */
        [253] = {REF(members[253].name_ref, strings[2783]), REF(members[253].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAlarmMuteRulesInput.NextToken: NextToken */
        [254] = {REF(members[254].name_ref, strings[534]), REF(members[254].shape_ref, shapes[16]), offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_output, alarm_mute_rule_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAlarmMuteRulesOutput.AlarmMuteRuleSummaries: AlarmMuteRuleSummaries */
        [255] = {REF(members[255].name_ref, strings[2783]), REF(members[255].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAlarmMuteRulesOutput.NextToken: NextToken */
        [256] = {REF(members[256].name_ref, strings[2157]), REF(members[256].shape_ref, shapes[59]), offsetof(struct awsc_cloudwatch_list_dashboards_input, dashboard_name_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDashboardsInput.DashboardNamePrefix: DashboardNamePrefix */
        [257] = {REF(members[257].name_ref, strings[2783]), REF(members[257].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_dashboards_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDashboardsInput.NextToken: NextToken */
        [258] = {REF(members[258].name_ref, strings[1986]), REF(members[258].shape_ref, shapes[54]), offsetof(struct awsc_cloudwatch_list_dashboards_output, dashboard_entries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDashboardsOutput.DashboardEntries: DashboardEntries */
        [259] = {REF(members[259].name_ref, strings[2783]), REF(members[259].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_dashboards_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDashboardsOutput.NextToken: NextToken */
        [260] = {REF(members[260].name_ref, strings[6401]), REF(members[260].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListManagedInsightRulesInput.ResourceARN: AmazonResourceName */
        [261] = {REF(members[261].name_ref, strings[2783]), REF(members[261].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListManagedInsightRulesInput.NextToken: NextToken */
        [262] = {REF(members[262].name_ref, strings[3141]), REF(members[262].shape_ref, shapes[173]), offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, max_results), offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListManagedInsightRulesInput.MaxResults: InsightRuleMaxResults */
        [263] = {REF(members[263].name_ref, strings[6443]), REF(members[263].shape_ref, shapes[219]), offsetof(struct awsc_cloudwatch_list_managed_insight_rules_output, managed_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListManagedInsightRulesOutput.ManagedRules: ManagedRuleDescriptions */
        [264] = {REF(members[264].name_ref, strings[2783]), REF(members[264].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_managed_insight_rules_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListManagedInsightRulesOutput.NextToken: NextToken */
        [265] = {REF(members[265].name_ref, strings[2783]), REF(members[265].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_metric_streams_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricStreamsInput.NextToken: NextToken */
        [266] = {REF(members[266].name_ref, strings[3141]), REF(members[266].shape_ref, shapes[208]), offsetof(struct awsc_cloudwatch_list_metric_streams_input, max_results), offsetof(struct awsc_cloudwatch_list_metric_streams_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricStreamsInput.MaxResults: ListMetricStreamsMaxResults */
        [267] = {REF(members[267].name_ref, strings[2783]), REF(members[267].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_metric_streams_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricStreamsOutput.NextToken: NextToken */
        [268] = {REF(members[268].name_ref, strings[6531]), REF(members[268].shape_ref, shapes[245]), offsetof(struct awsc_cloudwatch_list_metric_streams_output, entries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricStreamsOutput.Entries: MetricStreamEntries */
        [269] = {REF(members[269].name_ref, strings[835]), REF(members[269].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_list_metrics_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsInput.Namespace: Namespace */
        [270] = {REF(members[270].name_ref, strings[845]), REF(members[270].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_list_metrics_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsInput.MetricName: MetricName */
        [271] = {REF(members[271].name_ref, strings[856]), REF(members[271].shape_ref, shapes[98]), offsetof(struct awsc_cloudwatch_list_metrics_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsInput.Dimensions: DimensionFilters */
        [272] = {REF(members[272].name_ref, strings[2783]), REF(members[272].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_metrics_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsInput.NextToken: NextToken */
        [273] = {REF(members[273].name_ref, strings[6556]), REF(members[273].shape_ref, shapes[297]), offsetof(struct awsc_cloudwatch_list_metrics_input, recently_active), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsInput.RecentlyActive: RecentlyActive */
        [274] = {REF(members[274].name_ref, strings[5137]), REF(members[274].shape_ref, shapes[159]), offsetof(struct awsc_cloudwatch_list_metrics_input, include_linked_accounts), offsetof(struct awsc_cloudwatch_list_metrics_input, has_include_linked_accounts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsInput.IncludeLinkedAccounts: IncludeLinkedAccounts */
        [275] = {REF(members[275].name_ref, strings[6571]), REF(members[275].shape_ref, shapes[0]), offsetof(struct awsc_cloudwatch_list_metrics_input, owning_account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsInput.OwningAccount: AccountId */
        [276] = {REF(members[276].name_ref, strings[4347]), REF(members[276].shape_ref, shapes[262]), offsetof(struct awsc_cloudwatch_list_metrics_output, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsOutput.Metrics: Metrics */
        [277] = {REF(members[277].name_ref, strings[2783]), REF(members[277].shape_ref, shapes[269]), offsetof(struct awsc_cloudwatch_list_metrics_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsOutput.NextToken: NextToken */
        [278] = {REF(members[278].name_ref, strings[6603]), REF(members[278].shape_ref, shapes[272]), offsetof(struct awsc_cloudwatch_list_metrics_output, owning_accounts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMetricsOutput.OwningAccounts: OwningAccounts */
        [279] = {REF(members[279].name_ref, strings[6401]), REF(members[279].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_list_tags_for_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForResourceInput.ResourceARN: AmazonResourceName */
        [280] = {REF(members[280].name_ref, strings[6669]), REF(members[280].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_list_tags_for_resource_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForResourceOutput.Tags: TagList */
        [281] = {REF(members[281].name_ref, strings[330]), REF(members[281].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_log_alarm, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.AlarmName: AlarmName */
        [282] = {REF(members[282].name_ref, strings[177]), REF(members[282].shape_ref, shapes[8]), offsetof(struct awsc_cloudwatch_log_alarm, alarm_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.AlarmArn: AlarmArn */
        [283] = {REF(members[283].name_ref, strings[296]), REF(members[283].shape_ref, shapes[11]), offsetof(struct awsc_cloudwatch_log_alarm, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.AlarmDescription: AlarmDescription */
        [284] = {REF(members[284].name_ref, strings[1692]), REF(members[284].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_log_alarm, alarm_configuration_updated_timestamp), offsetof(struct awsc_cloudwatch_log_alarm, has_alarm_configuration_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.AlarmConfigurationUpdatedTimestamp: Timestamp */
        [285] = {REF(members[285].name_ref, strings[63]), REF(members[285].shape_ref, shapes[4]), offsetof(struct awsc_cloudwatch_log_alarm, actions_enabled), offsetof(struct awsc_cloudwatch_log_alarm, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.ActionsEnabled: ActionsEnabled */
        [286] = {REF(members[286].name_ref, strings[1751]), REF(members[286].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_log_alarm, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.OKActions: ResourceList */
        [287] = {REF(members[287].name_ref, strings[1679]), REF(members[287].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_log_alarm, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.AlarmActions: ResourceList */
        [288] = {REF(members[288].name_ref, strings[1727]), REF(members[288].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_log_alarm, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.InsufficientDataActions: ResourceList */
        [289] = {REF(members[289].name_ref, strings[886]), REF(members[289].shape_ref, shapes[326]), offsetof(struct awsc_cloudwatch_log_alarm, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.StateValue: StateValue */
        [290] = {REF(members[290].name_ref, strings[239]), REF(members[290].shape_ref, shapes[324]), offsetof(struct awsc_cloudwatch_log_alarm, state_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.StateReason: StateReason */
        [291] = {REF(members[291].name_ref, strings[1761]), REF(members[291].shape_ref, shapes[325]), offsetof(struct awsc_cloudwatch_log_alarm, state_reason_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.StateReasonData: StateReasonData */
        [292] = {REF(members[292].name_ref, strings[1777]), REF(members[292].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_log_alarm, state_updated_timestamp), offsetof(struct awsc_cloudwatch_log_alarm, has_state_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.StateUpdatedTimestamp: Timestamp */
        [293] = {REF(members[293].name_ref, strings[6683]), REF(members[293].shape_ref, shapes[312]), offsetof(struct awsc_cloudwatch_log_alarm, scheduled_query_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.ScheduledQueryConfiguration: ScheduledQueryConfiguration */
        [294] = {REF(members[294].name_ref, strings[6711]), REF(members[294].shape_ref, shapes[294]), offsetof(struct awsc_cloudwatch_log_alarm, query_results_to_evaluate), offsetof(struct awsc_cloudwatch_log_alarm, has_query_results_to_evaluate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.QueryResultsToEvaluate: QueryResultsToEvaluate */
        [295] = {REF(members[295].name_ref, strings[6734]), REF(members[295].shape_ref, shapes[293]), offsetof(struct awsc_cloudwatch_log_alarm, query_results_to_alarm), offsetof(struct awsc_cloudwatch_log_alarm, has_query_results_to_alarm), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.QueryResultsToAlarm: QueryResultsToAlarm */
        [296] = {REF(members[296].name_ref, strings[6754]), REF(members[296].shape_ref, shapes[347]), offsetof(struct awsc_cloudwatch_log_alarm, threshold), offsetof(struct awsc_cloudwatch_log_alarm, has_threshold), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.Threshold: Threshold */
        [297] = {REF(members[297].name_ref, strings[1459]), REF(members[297].shape_ref, shapes[44]), offsetof(struct awsc_cloudwatch_log_alarm, comparison_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.ComparisonOperator: ComparisonOperator */
        [298] = {REF(members[298].name_ref, strings[6764]), REF(members[298].shape_ref, shapes[351]), offsetof(struct awsc_cloudwatch_log_alarm, treat_missing_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.TreatMissingData: TreatMissingData */
        [299] = {REF(members[299].name_ref, strings[251]), REF(members[299].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_log_alarm, state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_log_alarm, has_state_transitioned_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.StateTransitionedTimestamp: Timestamp */
        [300] = {REF(members[300].name_ref, strings[3929]), REF(members[300].shape_ref, shapes[126]), offsetof(struct awsc_cloudwatch_log_alarm, evaluation_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.EvaluationState: EvaluationState */
        [301] = {REF(members[301].name_ref, strings[10]), REF(members[301].shape_ref, shapes[1]), offsetof(struct awsc_cloudwatch_log_alarm, action_log_line_count), offsetof(struct awsc_cloudwatch_log_alarm, has_action_log_line_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.ActionLogLineCount: ActionLogLineCount */
        [302] = {REF(members[302].name_ref, strings[29]), REF(members[302].shape_ref, shapes[2]), offsetof(struct awsc_cloudwatch_log_alarm, action_log_line_role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LogAlarm.ActionLogLineRoleArn: ActionLogLineRoleArn */
        [303] = {REF(members[303].name_ref, strings[6801]), REF(members[303].shape_ref, shapes[346]), offsetof(struct awsc_cloudwatch_managed_rule, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedRule.TemplateName: TemplateName */
        [304] = {REF(members[304].name_ref, strings[6401]), REF(members[304].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_managed_rule, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedRule.ResourceARN: AmazonResourceName */
        [305] = {REF(members[305].name_ref, strings[6669]), REF(members[305].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_managed_rule, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedRule.Tags: TagList */
        [306] = {REF(members[306].name_ref, strings[6801]), REF(members[306].shape_ref, shapes[346]), offsetof(struct awsc_cloudwatch_managed_rule_description, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedRuleDescription.TemplateName: TemplateName */
        [307] = {REF(members[307].name_ref, strings[6401]), REF(members[307].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_managed_rule_description, resource_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedRuleDescription.ResourceARN: AmazonResourceName */
        [308] = {REF(members[308].name_ref, strings[6837]), REF(members[308].shape_ref, shapes[220]), offsetof(struct awsc_cloudwatch_managed_rule_description, rule_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedRuleDescription.RuleState: ManagedRuleState */
        [309] = {REF(members[309].name_ref, strings[4300]), REF(members[309].shape_ref, shapes[178]), offsetof(struct awsc_cloudwatch_managed_rule_state, rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedRuleState.RuleName: InsightRuleName */
        [310] = {REF(members[310].name_ref, strings[4815]), REF(members[310].shape_ref, shapes[183]), offsetof(struct awsc_cloudwatch_managed_rule_state, state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedRuleState.State: InsightRuleState */
        [311] = {REF(members[311].name_ref, strings[6924]), REF(members[311].shape_ref, shapes[226]), offsetof(struct awsc_cloudwatch_message_data, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageData.Code: MessageDataCode */
        [312] = {REF(members[312].name_ref, strings[3259]), REF(members[312].shape_ref, shapes[227]), offsetof(struct awsc_cloudwatch_message_data, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageData.Value: MessageDataValue */
        [313] = {REF(members[313].name_ref, strings[835]), REF(members[313].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_metric, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Metric.Namespace: Namespace */
        [314] = {REF(members[314].name_ref, strings[845]), REF(members[314].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_metric, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Metric.MetricName: MetricName */
        [315] = {REF(members[315].name_ref, strings[856]), REF(members[315].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_metric, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Metric.Dimensions: Dimensions */
        [316] = {REF(members[316].name_ref, strings[330]), REF(members[316].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_metric_alarm, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.AlarmName: AlarmName */
        [317] = {REF(members[317].name_ref, strings[177]), REF(members[317].shape_ref, shapes[8]), offsetof(struct awsc_cloudwatch_metric_alarm, alarm_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.AlarmArn: AlarmArn */
        [318] = {REF(members[318].name_ref, strings[296]), REF(members[318].shape_ref, shapes[11]), offsetof(struct awsc_cloudwatch_metric_alarm, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.AlarmDescription: AlarmDescription */
        [319] = {REF(members[319].name_ref, strings[1692]), REF(members[319].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_metric_alarm, alarm_configuration_updated_timestamp), offsetof(struct awsc_cloudwatch_metric_alarm, has_alarm_configuration_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.AlarmConfigurationUpdatedTimestamp: Timestamp */
        [320] = {REF(members[320].name_ref, strings[63]), REF(members[320].shape_ref, shapes[4]), offsetof(struct awsc_cloudwatch_metric_alarm, actions_enabled), offsetof(struct awsc_cloudwatch_metric_alarm, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.ActionsEnabled: ActionsEnabled */
        [321] = {REF(members[321].name_ref, strings[1751]), REF(members[321].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_metric_alarm, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.OKActions: ResourceList */
        [322] = {REF(members[322].name_ref, strings[1679]), REF(members[322].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_metric_alarm, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.AlarmActions: ResourceList */
        [323] = {REF(members[323].name_ref, strings[1727]), REF(members[323].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_metric_alarm, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.InsufficientDataActions: ResourceList */
        [324] = {REF(members[324].name_ref, strings[886]), REF(members[324].shape_ref, shapes[326]), offsetof(struct awsc_cloudwatch_metric_alarm, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.StateValue: StateValue */
        [325] = {REF(members[325].name_ref, strings[239]), REF(members[325].shape_ref, shapes[324]), offsetof(struct awsc_cloudwatch_metric_alarm, state_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.StateReason: StateReason */
        [326] = {REF(members[326].name_ref, strings[1761]), REF(members[326].shape_ref, shapes[325]), offsetof(struct awsc_cloudwatch_metric_alarm, state_reason_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.StateReasonData: StateReasonData */
        [327] = {REF(members[327].name_ref, strings[1777]), REF(members[327].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_metric_alarm, state_updated_timestamp), offsetof(struct awsc_cloudwatch_metric_alarm, has_state_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.StateUpdatedTimestamp: Timestamp */
        [328] = {REF(members[328].name_ref, strings[845]), REF(members[328].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_metric_alarm, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.MetricName: MetricName */
        [329] = {REF(members[329].name_ref, strings[835]), REF(members[329].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_metric_alarm, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.Namespace: Namespace */
        [330] = {REF(members[330].name_ref, strings[2943]), REF(members[330].shape_ref, shapes[327]), offsetof(struct awsc_cloudwatch_metric_alarm, statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.Statistic: Statistic */
        [331] = {REF(members[331].name_ref, strings[2953]), REF(members[331].shape_ref, shapes[130]), offsetof(struct awsc_cloudwatch_metric_alarm, extended_statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.ExtendedStatistic: ExtendedStatistic */
        [332] = {REF(members[332].name_ref, strings[856]), REF(members[332].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_metric_alarm, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.Dimensions: Dimensions */
        [333] = {REF(members[333].name_ref, strings[2971]), REF(members[333].shape_ref, shapes[275]), offsetof(struct awsc_cloudwatch_metric_alarm, period), offsetof(struct awsc_cloudwatch_metric_alarm, has_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.Period: Period */
        [334] = {REF(members[334].name_ref, strings[2346]), REF(members[334].shape_ref, shapes[317]), offsetof(struct awsc_cloudwatch_metric_alarm, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.Unit: StandardUnit */
        [335] = {REF(members[335].name_ref, strings[3911]), REF(members[335].shape_ref, shapes[125]), offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_periods), offsetof(struct awsc_cloudwatch_metric_alarm, has_evaluation_periods), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.EvaluationPeriods: EvaluationPeriods */
        [336] = {REF(members[336].name_ref, strings[2430]), REF(members[336].shape_ref, shapes[70]), offsetof(struct awsc_cloudwatch_metric_alarm, datapoints_to_alarm), offsetof(struct awsc_cloudwatch_metric_alarm, has_datapoints_to_alarm), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.DatapointsToAlarm: DatapointsToAlarm */
        [337] = {REF(members[337].name_ref, strings[6754]), REF(members[337].shape_ref, shapes[347]), offsetof(struct awsc_cloudwatch_metric_alarm, threshold), offsetof(struct awsc_cloudwatch_metric_alarm, has_threshold), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.Threshold: Threshold */
        [338] = {REF(members[338].name_ref, strings[1459]), REF(members[338].shape_ref, shapes[44]), offsetof(struct awsc_cloudwatch_metric_alarm, comparison_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.ComparisonOperator: ComparisonOperator */
        [339] = {REF(members[339].name_ref, strings[6764]), REF(members[339].shape_ref, shapes[351]), offsetof(struct awsc_cloudwatch_metric_alarm, treat_missing_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.TreatMissingData: TreatMissingData */
        [340] = {REF(members[340].name_ref, strings[3825]), REF(members[340].shape_ref, shapes[122]), offsetof(struct awsc_cloudwatch_metric_alarm, evaluate_low_sample_count_percentile), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.EvaluateLowSampleCountPercentile: EvaluateLowSampleCountPercentile */
        [341] = {REF(members[341].name_ref, strings[4347]), REF(members[341].shape_ref, shapes[233]), offsetof(struct awsc_cloudwatch_metric_alarm, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.Metrics: MetricDataQueries */
        [342] = {REF(members[342].name_ref, strings[6981]), REF(members[342].shape_ref, shapes[240]), offsetof(struct awsc_cloudwatch_metric_alarm, threshold_metric_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.ThresholdMetricId: MetricId */
        [343] = {REF(members[343].name_ref, strings[3929]), REF(members[343].shape_ref, shapes[126]), offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.EvaluationState: EvaluationState */
        [344] = {REF(members[344].name_ref, strings[251]), REF(members[344].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_metric_alarm, state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_metric_alarm, has_state_transitioned_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.StateTransitionedTimestamp: Timestamp */
        [345] = {REF(members[345].name_ref, strings[3994]), REF(members[345].shape_ref, shapes[127]), offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_window), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.EvaluationWindow: EvaluationWindow */
        [346] = {REF(members[346].name_ref, strings[3858]), REF(members[346].shape_ref, shapes[123]), offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.EvaluationCriteria: EvaluationCriteria */
        [347] = {REF(members[347].name_ref, strings[3892]), REF(members[347].shape_ref, shapes[124]), offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_interval), offsetof(struct awsc_cloudwatch_metric_alarm, has_evaluation_interval), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricAlarm.EvaluationInterval: EvaluationInterval */
        [348] = {REF(members[348].name_ref, strings[6999]), REF(members[348].shape_ref, shapes[276]), offsetof(struct awsc_cloudwatch_metric_characteristics, periodic_spikes), offsetof(struct awsc_cloudwatch_metric_characteristics, has_periodic_spikes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricCharacteristics.PeriodicSpikes: PeriodicSpikes */
        [349] = {REF(members[349].name_ref, strings[7030]), REF(members[349].shape_ref, shapes[240]), offsetof(struct awsc_cloudwatch_metric_data_query, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataQuery.Id: MetricId */
        [350] = {REF(members[350].name_ref, strings[7033]), REF(members[350].shape_ref, shapes[244]), offsetof(struct awsc_cloudwatch_metric_data_query, metric_stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataQuery.MetricStat: MetricStat */
        [351] = {REF(members[351].name_ref, strings[4055]), REF(members[351].shape_ref, shapes[239]), offsetof(struct awsc_cloudwatch_metric_data_query, expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataQuery.Expression: MetricExpression */
        [352] = {REF(members[352].name_ref, strings[4716]), REF(members[352].shape_ref, shapes[241]), offsetof(struct awsc_cloudwatch_metric_data_query, label), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataQuery.Label: MetricLabel */
        [353] = {REF(members[353].name_ref, strings[7044]), REF(members[353].shape_ref, shapes[306]), offsetof(struct awsc_cloudwatch_metric_data_query, return_data), offsetof(struct awsc_cloudwatch_metric_data_query, has_return_data), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataQuery.ReturnData: ReturnData */
        [354] = {REF(members[354].name_ref, strings[2971]), REF(members[354].shape_ref, shapes[275]), offsetof(struct awsc_cloudwatch_metric_data_query, period), offsetof(struct awsc_cloudwatch_metric_data_query, has_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataQuery.Period: Period */
        [355] = {REF(members[355].name_ref, strings[0]), REF(members[355].shape_ref, shapes[0]), offsetof(struct awsc_cloudwatch_metric_data_query, account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataQuery.AccountId: AccountId */
        [356] = {REF(members[356].name_ref, strings[7030]), REF(members[356].shape_ref, shapes[240]), offsetof(struct awsc_cloudwatch_metric_data_result, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataResult.Id: MetricId */
        [357] = {REF(members[357].name_ref, strings[4716]), REF(members[357].shape_ref, shapes[241]), offsetof(struct awsc_cloudwatch_metric_data_result, label), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataResult.Label: MetricLabel */
        [358] = {REF(members[358].name_ref, strings[7072]), REF(members[358].shape_ref, shapes[349]), offsetof(struct awsc_cloudwatch_metric_data_result, timestamps), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataResult.Timestamps: Timestamps */
        [359] = {REF(members[359].name_ref, strings[7083]), REF(members[359].shape_ref, shapes[68]), offsetof(struct awsc_cloudwatch_metric_data_result, values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataResult.Values: DatapointValues */
        [360] = {REF(members[360].name_ref, strings[7090]), REF(members[360].shape_ref, shapes[330]), offsetof(struct awsc_cloudwatch_metric_data_result, status_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataResult.StatusCode: StatusCode */
        [361] = {REF(members[361].name_ref, strings[4645]), REF(members[361].shape_ref, shapes[236]), offsetof(struct awsc_cloudwatch_metric_data_result, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataResult.Messages: MetricDataResultMessages */
        [362] = {REF(members[362].name_ref, strings[845]), REF(members[362].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_metric_datum, metric_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDatum.MetricName: MetricName */
        [363] = {REF(members[363].name_ref, strings[856]), REF(members[363].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_metric_datum, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDatum.Dimensions: Dimensions */
        [364] = {REF(members[364].name_ref, strings[369]), REF(members[364].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_metric_datum, timestamp), offsetof(struct awsc_cloudwatch_metric_datum, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDatum.Timestamp: Timestamp */
        [365] = {REF(members[365].name_ref, strings[3259]), REF(members[365].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_metric_datum, value), offsetof(struct awsc_cloudwatch_metric_datum, has_value), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDatum.Value: DatapointValue */
        [366] = {REF(members[366].name_ref, strings[7138]), REF(members[366].shape_ref, shapes[328]), offsetof(struct awsc_cloudwatch_metric_datum, statistic_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDatum.StatisticValues: StatisticSet */
        [367] = {REF(members[367].name_ref, strings[7083]), REF(members[367].shape_ref, shapes[354]), offsetof(struct awsc_cloudwatch_metric_datum, values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDatum.Values: Values */
        [368] = {REF(members[368].name_ref, strings[1952]), REF(members[368].shape_ref, shapes[51]), offsetof(struct awsc_cloudwatch_metric_datum, counts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDatum.Counts: Counts */
        [369] = {REF(members[369].name_ref, strings[2346]), REF(members[369].shape_ref, shapes[317]), offsetof(struct awsc_cloudwatch_metric_datum, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDatum.Unit: StandardUnit */
        [370] = {REF(members[370].name_ref, strings[7154]), REF(members[370].shape_ref, shapes[335]), offsetof(struct awsc_cloudwatch_metric_datum, storage_resolution), offsetof(struct awsc_cloudwatch_metric_datum, has_storage_resolution), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDatum.StorageResolution: StorageResolution */
        [371] = {REF(members[371].name_ref, strings[4508]), REF(members[371].shape_ref, shapes[233]), offsetof(struct awsc_cloudwatch_metric_math_anomaly_detector, metric_data_queries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricMathAnomalyDetector.MetricDataQueries: MetricDataQueries */
        [372] = {REF(members[372].name_ref, strings[6962]), REF(members[372].shape_ref, shapes[228]), offsetof(struct awsc_cloudwatch_metric_stat, metric), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStat.Metric: Metric */
        [373] = {REF(members[373].name_ref, strings[2971]), REF(members[373].shape_ref, shapes[275]), offsetof(struct awsc_cloudwatch_metric_stat, period), offsetof(struct awsc_cloudwatch_metric_stat, has_period), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStat.Period: Period */
        [374] = {REF(members[374].name_ref, strings[867]), REF(members[374].shape_ref, shapes[323]), offsetof(struct awsc_cloudwatch_metric_stat, stat), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStat.Stat: Stat */
        [375] = {REF(members[375].name_ref, strings[2346]), REF(members[375].shape_ref, shapes[317]), offsetof(struct awsc_cloudwatch_metric_stat, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStat.Unit: StandardUnit */
        [376] = {REF(members[376].name_ref, strings[1306]), REF(members[376].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_metric_stream_entry, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamEntry.Arn: AmazonResourceName */
        [377] = {REF(members[377].name_ref, strings[4821]), REF(members[377].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_metric_stream_entry, creation_date), offsetof(struct awsc_cloudwatch_metric_stream_entry, has_creation_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamEntry.CreationDate: Timestamp */
        [378] = {REF(members[378].name_ref, strings[4834]), REF(members[378].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_metric_stream_entry, last_update_date), offsetof(struct awsc_cloudwatch_metric_stream_entry, has_last_update_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamEntry.LastUpdateDate: Timestamp */
        [379] = {REF(members[379].name_ref, strings[2722]), REF(members[379].shape_ref, shapes[250]), offsetof(struct awsc_cloudwatch_metric_stream_entry, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamEntry.Name: MetricStreamName */
        [380] = {REF(members[380].name_ref, strings[4795]), REF(members[380].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_metric_stream_entry, firehose_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamEntry.FirehoseArn: AmazonResourceName */
        [381] = {REF(members[381].name_ref, strings[4815]), REF(members[381].shape_ref, shapes[253]), offsetof(struct awsc_cloudwatch_metric_stream_entry, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamEntry.State: MetricStreamState */
        [382] = {REF(members[382].name_ref, strings[4849]), REF(members[382].shape_ref, shapes[252]), offsetof(struct awsc_cloudwatch_metric_stream_entry, output_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamEntry.OutputFormat: MetricStreamOutputFormat */
        [383] = {REF(members[383].name_ref, strings[835]), REF(members[383].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_metric_stream_filter, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamFilter.Namespace: Namespace */
        [384] = {REF(members[384].name_ref, strings[7267]), REF(members[384].shape_ref, shapes[248]), offsetof(struct awsc_cloudwatch_metric_stream_filter, metric_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamFilter.MetricNames: MetricStreamFilterMetricNames */
        [385] = {REF(members[385].name_ref, strings[7547]), REF(members[385].shape_ref, shapes[258]), offsetof(struct awsc_cloudwatch_metric_stream_statistics_configuration, include_metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamStatisticsConfiguration.IncludeMetrics: MetricStreamStatisticsIncludeMetrics */
        [386] = {REF(members[386].name_ref, strings[7562]), REF(members[386].shape_ref, shapes[255]), offsetof(struct awsc_cloudwatch_metric_stream_statistics_configuration, additional_statistics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamStatisticsConfiguration.AdditionalStatistics: MetricStreamStatisticsAdditionalStatistics */
        [387] = {REF(members[387].name_ref, strings[835]), REF(members[387].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_metric_stream_statistics_metric, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamStatisticsMetric.Namespace: Namespace */
        [388] = {REF(members[388].name_ref, strings[845]), REF(members[388].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_metric_stream_statistics_metric, metric_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricStreamStatisticsMetric.MetricName: MetricName */
        [389] = {REF(members[389].name_ref, strings[2099]), REF(members[389].shape_ref, shapes[42]), offsetof(struct awsc_cloudwatch_missing_required_parameter_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MissingRequiredParameterException.message: AwsQueryErrorMessage */
        [390] = {REF(members[390].name_ref, strings[659]), REF(members[390].shape_ref, shapes[264]), offsetof(struct awsc_cloudwatch_mute_targets, alarm_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MuteTargets.AlarmNames: MuteTargetAlarmNameList */
        [391] = {REF(members[391].name_ref, strings[4097]), REF(members[391].shape_ref, shapes[134]), offsetof(struct awsc_cloudwatch_partial_failure, failure_resource), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PartialFailure.FailureResource: FailureResource */
        [392] = {REF(members[392].name_ref, strings[4041]), REF(members[392].shape_ref, shapes[128]), offsetof(struct awsc_cloudwatch_partial_failure, exception_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PartialFailure.ExceptionType: ExceptionType */
        [393] = {REF(members[393].name_ref, strings[4066]), REF(members[393].shape_ref, shapes[132]), offsetof(struct awsc_cloudwatch_partial_failure, failure_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PartialFailure.FailureCode: FailureCode */
        [394] = {REF(members[394].name_ref, strings[4078]), REF(members[394].shape_ref, shapes[133]), offsetof(struct awsc_cloudwatch_partial_failure, failure_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PartialFailure.FailureDescription: FailureDescription */
        [395] = {REF(members[395].name_ref, strings[2722]), REF(members[395].shape_ref, shapes[267]), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAlarmMuteRuleInput.Name: Name */
        [396] = {REF(members[396].name_ref, strings[4175]), REF(members[396].shape_ref, shapes[11]), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAlarmMuteRuleInput.Description: AlarmDescription */
        [397] = {REF(members[397].name_ref, strings[4187]), REF(members[397].shape_ref, shapes[307]), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, rule), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAlarmMuteRuleInput.Rule: Rule */
        [398] = {REF(members[398].name_ref, strings[4192]), REF(members[398].shape_ref, shapes[265]), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, mute_targets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAlarmMuteRuleInput.MuteTargets: MuteTargets */
        [399] = {REF(members[399].name_ref, strings[6669]), REF(members[399].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAlarmMuteRuleInput.Tags: TagList */
        [400] = {REF(members[400].name_ref, strings[2851]), REF(members[400].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, start_date), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, has_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAlarmMuteRuleInput.StartDate: Timestamp */
        [401] = {REF(members[401].name_ref, strings[595]), REF(members[401].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, expire_date), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, has_expire_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAlarmMuteRuleInput.ExpireDate: Timestamp */
        [402] = {REF(members[402].name_ref, strings[835]), REF(members[402].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAnomalyDetectorInput.Namespace: Namespace */
        [403] = {REF(members[403].name_ref, strings[845]), REF(members[403].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAnomalyDetectorInput.MetricName: MetricName */
        [404] = {REF(members[404].name_ref, strings[856]), REF(members[404].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAnomalyDetectorInput.Dimensions: Dimensions */
        [405] = {REF(members[405].name_ref, strings[867]), REF(members[405].shape_ref, shapes[31]), offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAnomalyDetectorInput.Stat: AnomalyDetectorMetricStat */
        [406] = {REF(members[406].name_ref, strings[872]), REF(members[406].shape_ref, shapes[27]), offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAnomalyDetectorInput.Configuration: AnomalyDetectorConfiguration */
        [407] = {REF(members[407].name_ref, strings[897]), REF(members[407].shape_ref, shapes[231]), offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, metric_characteristics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAnomalyDetectorInput.MetricCharacteristics: MetricCharacteristics */
        [408] = {REF(members[408].name_ref, strings[919]), REF(members[408].shape_ref, shapes[314]), offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, single_metric_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAnomalyDetectorInput.SingleMetricAnomalyDetector: SingleMetricAnomalyDetector */
        [409] = {REF(members[409].name_ref, strings[947]), REF(members[409].shape_ref, shapes[242]), offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, metric_math_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAnomalyDetectorInput.MetricMathAnomalyDetector: MetricMathAnomalyDetector */
        [410] = {REF(members[410].name_ref, strings[817]), REF(members[410].shape_ref, shapes[29]), offsetof(struct awsc_cloudwatch_put_anomaly_detector_output, anomaly_detector_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAnomalyDetectorOutput.AnomalyDetectorId: AnomalyDetectorId */
        [411] = {REF(members[411].name_ref, strings[63]), REF(members[411].shape_ref, shapes[4]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_enabled), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.ActionsEnabled: ActionsEnabled */
        [412] = {REF(members[412].name_ref, strings[1679]), REF(members[412].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.AlarmActions: ResourceList */
        [413] = {REF(members[413].name_ref, strings[296]), REF(members[413].shape_ref, shapes[11]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.AlarmDescription: AlarmDescription */
        [414] = {REF(members[414].name_ref, strings[330]), REF(members[414].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.AlarmName: AlarmName */
        [415] = {REF(members[415].name_ref, strings[725]), REF(members[415].shape_ref, shapes[22]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_rule), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.AlarmRule: AlarmRule */
        [416] = {REF(members[416].name_ref, strings[1727]), REF(members[416].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.InsufficientDataActions: ResourceList */
        [417] = {REF(members[417].name_ref, strings[1751]), REF(members[417].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.OKActions: ResourceList */
        [418] = {REF(members[418].name_ref, strings[6669]), REF(members[418].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.Tags: TagList */
        [419] = {REF(members[419].name_ref, strings[1799]), REF(members[419].shape_ref, shapes[8]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.ActionsSuppressor: AlarmArn */
        [420] = {REF(members[420].name_ref, strings[1817]), REF(members[420].shape_ref, shapes[338]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor_wait_period), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, has_actions_suppressor_wait_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.ActionsSuppressorWaitPeriod: SuppressorPeriod */
        [421] = {REF(members[421].name_ref, strings[1845]), REF(members[421].shape_ref, shapes[338]), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor_extension_period), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, has_actions_suppressor_extension_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutCompositeAlarmInput.ActionsSuppressorExtensionPeriod: SuppressorPeriod */
        [422] = {REF(members[422].name_ref, strings[2018]), REF(members[422].shape_ref, shapes[58]), offsetof(struct awsc_cloudwatch_put_dashboard_input, dashboard_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDashboardInput.DashboardName: DashboardName */
        [423] = {REF(members[423].name_ref, strings[1972]), REF(members[423].shape_ref, shapes[53]), offsetof(struct awsc_cloudwatch_put_dashboard_input, dashboard_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDashboardInput.DashboardBody: DashboardBody */
        [424] = {REF(members[424].name_ref, strings[6669]), REF(members[424].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_put_dashboard_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDashboardInput.Tags: TagList */
        [425] = {REF(members[425].name_ref, strings[2268]), REF(members[425].shape_ref, shapes[63]), offsetof(struct awsc_cloudwatch_put_dashboard_output, dashboard_validation_messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDashboardOutput.DashboardValidationMessages: DashboardValidationMessages */
        [426] = {REF(members[426].name_ref, strings[4300]), REF(members[426].shape_ref, shapes[178]), offsetof(struct awsc_cloudwatch_put_insight_rule_input, rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutInsightRuleInput.RuleName: InsightRuleName */
        [427] = {REF(members[427].name_ref, strings[6837]), REF(members[427].shape_ref, shapes[183]), offsetof(struct awsc_cloudwatch_put_insight_rule_input, rule_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutInsightRuleInput.RuleState: InsightRuleState */
        [428] = {REF(members[428].name_ref, strings[7964]), REF(members[428].shape_ref, shapes[171]), offsetof(struct awsc_cloudwatch_put_insight_rule_input, rule_definition), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutInsightRuleInput.RuleDefinition: InsightRuleDefinition */
        [429] = {REF(members[429].name_ref, strings[6669]), REF(members[429].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_put_insight_rule_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutInsightRuleInput.Tags: TagList */
        [430] = {REF(members[430].name_ref, strings[5201]), REF(members[430].shape_ref, shapes[180]), offsetof(struct awsc_cloudwatch_put_insight_rule_input, apply_on_transformed_logs), offsetof(struct awsc_cloudwatch_put_insight_rule_input, has_apply_on_transformed_logs), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutInsightRuleInput.ApplyOnTransformedLogs: InsightRuleOnTransformedLogs */
        [431] = {REF(members[431].name_ref, strings[330]), REF(members[431].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.AlarmName: AlarmName */
        [432] = {REF(members[432].name_ref, strings[296]), REF(members[432].shape_ref, shapes[11]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.AlarmDescription: AlarmDescription */
        [433] = {REF(members[433].name_ref, strings[6683]), REF(members[433].shape_ref, shapes[312]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, scheduled_query_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.ScheduledQueryConfiguration: ScheduledQueryConfiguration */
        [434] = {REF(members[434].name_ref, strings[10]), REF(members[434].shape_ref, shapes[1]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, action_log_line_count), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_action_log_line_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.ActionLogLineCount: ActionLogLineCount */
        [435] = {REF(members[435].name_ref, strings[29]), REF(members[435].shape_ref, shapes[2]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, action_log_line_role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.ActionLogLineRoleArn: ActionLogLineRoleArn */
        [436] = {REF(members[436].name_ref, strings[63]), REF(members[436].shape_ref, shapes[4]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, actions_enabled), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.ActionsEnabled: ActionsEnabled */
        [437] = {REF(members[437].name_ref, strings[1751]), REF(members[437].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.OKActions: ResourceList */
        [438] = {REF(members[438].name_ref, strings[1679]), REF(members[438].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.AlarmActions: ResourceList */
        [439] = {REF(members[439].name_ref, strings[1727]), REF(members[439].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.InsufficientDataActions: ResourceList */
        [440] = {REF(members[440].name_ref, strings[6711]), REF(members[440].shape_ref, shapes[294]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, query_results_to_evaluate), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_query_results_to_evaluate), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.QueryResultsToEvaluate: QueryResultsToEvaluate */
        [441] = {REF(members[441].name_ref, strings[6734]), REF(members[441].shape_ref, shapes[293]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, query_results_to_alarm), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_query_results_to_alarm), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.QueryResultsToAlarm: QueryResultsToAlarm */
        [442] = {REF(members[442].name_ref, strings[6754]), REF(members[442].shape_ref, shapes[347]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, threshold), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_threshold), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.Threshold: Threshold */
        [443] = {REF(members[443].name_ref, strings[1459]), REF(members[443].shape_ref, shapes[44]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, comparison_operator), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.ComparisonOperator: ComparisonOperator */
        [444] = {REF(members[444].name_ref, strings[6764]), REF(members[444].shape_ref, shapes[351]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, treat_missing_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.TreatMissingData: TreatMissingData */
        [445] = {REF(members[445].name_ref, strings[6669]), REF(members[445].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_put_log_alarm_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutLogAlarmInput.Tags: TagList */
        [446] = {REF(members[446].name_ref, strings[6443]), REF(members[446].shape_ref, shapes[221]), offsetof(struct awsc_cloudwatch_put_managed_insight_rules_input, managed_rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutManagedInsightRulesInput.ManagedRules: ManagedRules */
        [447] = {REF(members[447].name_ref, strings[2689]), REF(members[447].shape_ref, shapes[43]), offsetof(struct awsc_cloudwatch_put_managed_insight_rules_output, failures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutManagedInsightRulesOutput.Failures: BatchFailures */
        [448] = {REF(members[448].name_ref, strings[330]), REF(members[448].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.AlarmName: AlarmName */
        [449] = {REF(members[449].name_ref, strings[296]), REF(members[449].shape_ref, shapes[11]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.AlarmDescription: AlarmDescription */
        [450] = {REF(members[450].name_ref, strings[63]), REF(members[450].shape_ref, shapes[4]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, actions_enabled), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.ActionsEnabled: ActionsEnabled */
        [451] = {REF(members[451].name_ref, strings[1751]), REF(members[451].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.OKActions: ResourceList */
        [452] = {REF(members[452].name_ref, strings[1679]), REF(members[452].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.AlarmActions: ResourceList */
        [453] = {REF(members[453].name_ref, strings[1727]), REF(members[453].shape_ref, shapes[301]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.InsufficientDataActions: ResourceList */
        [454] = {REF(members[454].name_ref, strings[845]), REF(members[454].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.MetricName: MetricName */
        [455] = {REF(members[455].name_ref, strings[835]), REF(members[455].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.Namespace: Namespace */
        [456] = {REF(members[456].name_ref, strings[2943]), REF(members[456].shape_ref, shapes[327]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.Statistic: Statistic */
        [457] = {REF(members[457].name_ref, strings[2953]), REF(members[457].shape_ref, shapes[130]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, extended_statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.ExtendedStatistic: ExtendedStatistic */
        [458] = {REF(members[458].name_ref, strings[856]), REF(members[458].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.Dimensions: Dimensions */
        [459] = {REF(members[459].name_ref, strings[2971]), REF(members[459].shape_ref, shapes[275]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, period), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.Period: Period */
        [460] = {REF(members[460].name_ref, strings[2346]), REF(members[460].shape_ref, shapes[317]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.Unit: StandardUnit */
        [461] = {REF(members[461].name_ref, strings[3911]), REF(members[461].shape_ref, shapes[125]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_periods), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_evaluation_periods), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.EvaluationPeriods: EvaluationPeriods */
        [462] = {REF(members[462].name_ref, strings[2430]), REF(members[462].shape_ref, shapes[70]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, datapoints_to_alarm), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_datapoints_to_alarm), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.DatapointsToAlarm: DatapointsToAlarm */
        [463] = {REF(members[463].name_ref, strings[6754]), REF(members[463].shape_ref, shapes[347]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, threshold), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_threshold), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.Threshold: Threshold */
        [464] = {REF(members[464].name_ref, strings[1459]), REF(members[464].shape_ref, shapes[44]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, comparison_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.ComparisonOperator: ComparisonOperator */
        [465] = {REF(members[465].name_ref, strings[6764]), REF(members[465].shape_ref, shapes[351]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, treat_missing_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.TreatMissingData: TreatMissingData */
        [466] = {REF(members[466].name_ref, strings[3825]), REF(members[466].shape_ref, shapes[122]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluate_low_sample_count_percentile), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.EvaluateLowSampleCountPercentile: EvaluateLowSampleCountPercentile */
        [467] = {REF(members[467].name_ref, strings[4347]), REF(members[467].shape_ref, shapes[233]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.Metrics: MetricDataQueries */
        [468] = {REF(members[468].name_ref, strings[6669]), REF(members[468].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.Tags: TagList */
        [469] = {REF(members[469].name_ref, strings[6981]), REF(members[469].shape_ref, shapes[240]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, threshold_metric_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.ThresholdMetricId: MetricId */
        [470] = {REF(members[470].name_ref, strings[3994]), REF(members[470].shape_ref, shapes[127]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_window), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.EvaluationWindow: EvaluationWindow */
        [471] = {REF(members[471].name_ref, strings[3858]), REF(members[471].shape_ref, shapes[123]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.EvaluationCriteria: EvaluationCriteria */
        [472] = {REF(members[472].name_ref, strings[3892]), REF(members[472].shape_ref, shapes[124]), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_interval), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_evaluation_interval), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricAlarmInput.EvaluationInterval: EvaluationInterval */
        [473] = {REF(members[473].name_ref, strings[835]), REF(members[473].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_put_metric_data_input, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricDataInput.Namespace: Namespace */
        [474] = {REF(members[474].name_ref, strings[3780]), REF(members[474].shape_ref, shapes[232]), offsetof(struct awsc_cloudwatch_put_metric_data_input, metric_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricDataInput.MetricData: MetricData */
        [475] = {REF(members[475].name_ref, strings[3763]), REF(members[475].shape_ref, shapes[120]), offsetof(struct awsc_cloudwatch_put_metric_data_input, entity_metric_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricDataInput.EntityMetricData: EntityMetricDataList */
        [476] = {REF(members[476].name_ref, strings[8113]), REF(members[476].shape_ref, shapes[336]), offsetof(struct awsc_cloudwatch_put_metric_data_input, strict_entity_validation), offsetof(struct awsc_cloudwatch_put_metric_data_input, has_strict_entity_validation), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricDataInput.StrictEntityValidation: StrictEntityValidation */
        [477] = {REF(members[477].name_ref, strings[2722]), REF(members[477].shape_ref, shapes[250]), offsetof(struct awsc_cloudwatch_put_metric_stream_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamInput.Name: MetricStreamName */
        [478] = {REF(members[478].name_ref, strings[4765]), REF(members[478].shape_ref, shapes[249]), offsetof(struct awsc_cloudwatch_put_metric_stream_input, include_filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamInput.IncludeFilters: MetricStreamFilters */
        [479] = {REF(members[479].name_ref, strings[4780]), REF(members[479].shape_ref, shapes[249]), offsetof(struct awsc_cloudwatch_put_metric_stream_input, exclude_filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamInput.ExcludeFilters: MetricStreamFilters */
        [480] = {REF(members[480].name_ref, strings[4795]), REF(members[480].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_put_metric_stream_input, firehose_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamInput.FirehoseArn: AmazonResourceName */
        [481] = {REF(members[481].name_ref, strings[4807]), REF(members[481].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_put_metric_stream_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamInput.RoleArn: AmazonResourceName */
        [482] = {REF(members[482].name_ref, strings[4849]), REF(members[482].shape_ref, shapes[252]), offsetof(struct awsc_cloudwatch_put_metric_stream_input, output_format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamInput.OutputFormat: MetricStreamOutputFormat */
        [483] = {REF(members[483].name_ref, strings[6669]), REF(members[483].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_put_metric_stream_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamInput.Tags: TagList */
        [484] = {REF(members[484].name_ref, strings[4862]), REF(members[484].shape_ref, shapes[257]), offsetof(struct awsc_cloudwatch_put_metric_stream_input, statistics_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamInput.StatisticsConfigurations: MetricStreamStatisticsConfigurations */
        [485] = {REF(members[485].name_ref, strings[4887]), REF(members[485].shape_ref, shapes[160]), offsetof(struct awsc_cloudwatch_put_metric_stream_input, include_linked_accounts_metrics), offsetof(struct awsc_cloudwatch_put_metric_stream_input, has_include_linked_accounts_metrics), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamInput.IncludeLinkedAccountsMetrics: IncludeLinkedAccountsMetrics */
        [486] = {REF(members[486].name_ref, strings[1306]), REF(members[486].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_put_metric_stream_output, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutMetricStreamOutput.Arn: AmazonResourceName */
        [487] = {REF(members[487].name_ref, strings[4309]), REF(members[487].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_range, start_time), offsetof(struct awsc_cloudwatch_range, has_start_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Range.StartTime: Timestamp */
        [488] = {REF(members[488].name_ref, strings[4319]), REF(members[488].shape_ref, shapes[348]), offsetof(struct awsc_cloudwatch_range, end_time), offsetof(struct awsc_cloudwatch_range, has_end_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Range.EndTime: Timestamp */
        [489] = {REF(members[489].name_ref, strings[2099]), REF(members[489].shape_ref, shapes[121]), offsetof(struct awsc_cloudwatch_resource_conflict, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceConflict.message: ErrorMessage */
        [490] = {REF(members[490].name_ref, strings[2099]), REF(members[490].shape_ref, shapes[121]), offsetof(struct awsc_cloudwatch_resource_not_found, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFound.message: ErrorMessage */
        [491] = {REF(members[491].name_ref, strings[8282]), REF(members[491].shape_ref, shapes[305]), offsetof(struct awsc_cloudwatch_resource_not_found_exception, resource_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.ResourceType: ResourceType */
        [492] = {REF(members[492].name_ref, strings[8219]), REF(members[492].shape_ref, shapes[300]), offsetof(struct awsc_cloudwatch_resource_not_found_exception, resource_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.ResourceId: ResourceId */
        [493] = {REF(members[493].name_ref, strings[8295]), REF(members[493].shape_ref, shapes[309]), offsetof(struct awsc_cloudwatch_rule, schedule), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Rule.Schedule: Schedule */
        [494] = {REF(members[494].name_ref, strings[4055]), REF(members[494].shape_ref, shapes[129]), offsetof(struct awsc_cloudwatch_schedule, expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Schedule.Expression: Expression */
        [495] = {REF(members[495].name_ref, strings[3466]), REF(members[495].shape_ref, shapes[107]), offsetof(struct awsc_cloudwatch_schedule, duration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Schedule.Duration: Duration */
        [496] = {REF(members[496].name_ref, strings[6208]), REF(members[496].shape_ref, shapes[350]), offsetof(struct awsc_cloudwatch_schedule, timezone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Schedule.Timezone: Timezone */
        [497] = {REF(members[497].name_ref, strings[8365]), REF(members[497].shape_ref, shapes[311]), offsetof(struct awsc_cloudwatch_schedule_configuration, schedule_expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduleConfiguration.ScheduleExpression: ScheduleExpression */
        [498] = {REF(members[498].name_ref, strings[8384]), REF(members[498].shape_ref, shapes[322]), offsetof(struct awsc_cloudwatch_schedule_configuration, start_time_offset), offsetof(struct awsc_cloudwatch_schedule_configuration, has_start_time_offset), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduleConfiguration.StartTimeOffset: StartTimeOffset */
        [499] = {REF(members[499].name_ref, strings[3548]), REF(members[499].shape_ref, shapes[111]), offsetof(struct awsc_cloudwatch_schedule_configuration, end_time_offset), offsetof(struct awsc_cloudwatch_schedule_configuration, has_end_time_offset), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduleConfiguration.EndTimeOffset: EndTimeOffset */
        [500] = {REF(members[500].name_ref, strings[8179]), REF(members[500].shape_ref, shapes[295]), offsetof(struct awsc_cloudwatch_scheduled_query_configuration, query_string), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduledQueryConfiguration.QueryString: QueryString */
        [501] = {REF(members[501].name_ref, strings[6781]), REF(members[501].shape_ref, shapes[216]), offsetof(struct awsc_cloudwatch_scheduled_query_configuration, log_group_identifiers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduledQueryConfiguration.LogGroupIdentifiers: LogGroupIdentifiers */
        [502] = {REF(members[502].name_ref, strings[8400]), REF(members[502].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_scheduled_query_configuration, query_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduledQueryConfiguration.QueryARN: AmazonResourceName */
        [503] = {REF(members[503].name_ref, strings[8409]), REF(members[503].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_scheduled_query_configuration, scheduled_query_role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduledQueryConfiguration.ScheduledQueryRoleARN: AmazonResourceName */
        [504] = {REF(members[504].name_ref, strings[8343]), REF(members[504].shape_ref, shapes[310]), offsetof(struct awsc_cloudwatch_scheduled_query_configuration, schedule_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduledQueryConfiguration.ScheduleConfiguration: ScheduleConfiguration */
        [505] = {REF(members[505].name_ref, strings[155]), REF(members[505].shape_ref, shapes[7]), offsetof(struct awsc_cloudwatch_scheduled_query_configuration, aggregation_expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduledQueryConfiguration.AggregationExpression: AggregationExpression */
        [506] = {REF(members[506].name_ref, strings[6669]), REF(members[506].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_scheduled_query_configuration, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScheduledQueryConfiguration.Tags: TagList */
        [507] = {REF(members[507].name_ref, strings[330]), REF(members[507].shape_ref, shapes[18]), offsetof(struct awsc_cloudwatch_set_alarm_state_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetAlarmStateInput.AlarmName: AlarmName */
        [508] = {REF(members[508].name_ref, strings[886]), REF(members[508].shape_ref, shapes[326]), offsetof(struct awsc_cloudwatch_set_alarm_state_input, state_value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetAlarmStateInput.StateValue: StateValue */
        [509] = {REF(members[509].name_ref, strings[239]), REF(members[509].shape_ref, shapes[324]), offsetof(struct awsc_cloudwatch_set_alarm_state_input, state_reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetAlarmStateInput.StateReason: StateReason */
        [510] = {REF(members[510].name_ref, strings[1761]), REF(members[510].shape_ref, shapes[325]), offsetof(struct awsc_cloudwatch_set_alarm_state_input, state_reason_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetAlarmStateInput.StateReasonData: StateReasonData */
        [511] = {REF(members[511].name_ref, strings[0]), REF(members[511].shape_ref, shapes[0]), offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SingleMetricAnomalyDetector.AccountId: AccountId */
        [512] = {REF(members[512].name_ref, strings[835]), REF(members[512].shape_ref, shapes[268]), offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SingleMetricAnomalyDetector.Namespace: Namespace */
        [513] = {REF(members[513].name_ref, strings[845]), REF(members[513].shape_ref, shapes[243]), offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SingleMetricAnomalyDetector.MetricName: MetricName */
        [514] = {REF(members[514].name_ref, strings[856]), REF(members[514].shape_ref, shapes[101]), offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SingleMetricAnomalyDetector.Dimensions: Dimensions */
        [515] = {REF(members[515].name_ref, strings[867]), REF(members[515].shape_ref, shapes[31]), offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SingleMetricAnomalyDetector.Stat: AnomalyDetectorMetricStat */
        [516] = {REF(members[516].name_ref, strings[8797]), REF(members[516].shape_ref, shapes[251]), offsetof(struct awsc_cloudwatch_start_metric_streams_input, names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartMetricStreamsInput.Names: MetricStreamNames */
        [517] = {REF(members[517].name_ref, strings[2306]), REF(members[517].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_statistic_set, sample_count), offsetof(struct awsc_cloudwatch_statistic_set, has_sample_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StatisticSet.SampleCount: DatapointValue */
        [518] = {REF(members[518].name_ref, strings[2326]), REF(members[518].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_statistic_set, sum), offsetof(struct awsc_cloudwatch_statistic_set, has_sum), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StatisticSet.Sum: DatapointValue */
        [519] = {REF(members[519].name_ref, strings[2330]), REF(members[519].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_statistic_set, minimum), offsetof(struct awsc_cloudwatch_statistic_set, has_minimum), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StatisticSet.Minimum: DatapointValue */
        [520] = {REF(members[520].name_ref, strings[2338]), REF(members[520].shape_ref, shapes[66]), offsetof(struct awsc_cloudwatch_statistic_set, maximum), offsetof(struct awsc_cloudwatch_statistic_set, has_maximum), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StatisticSet.Maximum: DatapointValue */
        [521] = {REF(members[521].name_ref, strings[8797]), REF(members[521].shape_ref, shapes[251]), offsetof(struct awsc_cloudwatch_stop_metric_streams_input, names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StopMetricStreamsInput.Names: MetricStreamNames */
        [522] = {REF(members[522].name_ref, strings[9128]), REF(members[522].shape_ref, shapes[340]), offsetof(struct awsc_cloudwatch_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Key: TagKey */
        [523] = {REF(members[523].name_ref, strings[3259]), REF(members[523].shape_ref, shapes[345]), offsetof(struct awsc_cloudwatch_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Value: TagValue */
        [524] = {REF(members[524].name_ref, strings[6401]), REF(members[524].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceInput.ResourceARN: AmazonResourceName */
        [525] = {REF(members[525].name_ref, strings[6669]), REF(members[525].shape_ref, shapes[342]), offsetof(struct awsc_cloudwatch_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceInput.Tags: TagList */
        [526] = {REF(members[526].name_ref, strings[6401]), REF(members[526].shape_ref, shapes[25]), offsetof(struct awsc_cloudwatch_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagResourceInput.ResourceARN: AmazonResourceName */
        [527] = {REF(members[527].name_ref, strings[9221]), REF(members[527].shape_ref, shapes[341]), offsetof(struct awsc_cloudwatch_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagResourceInput.TagKeys: TagKeyList */
        [528] = {REF(members[528].name_ref, strings[6208]), REF(members[528].shape_ref, shapes[350]), offsetof(struct awsc_cloudwatch_wall_clock_window, timezone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WallClockWindow.Timezone: Timezone */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AlarmContributor */ 1, 0, 2, 3,
        /* [4] AlarmHistoryItem */ 7, 1, 0, 2, 6, 4, 5, 3,
        /* [12] AlarmMuteRuleSummary */ 0, 1, 4, 3, 2,
        /* [17] AlarmPromQLCriteria */ 1, 0, 2,
        /* [20] AnomalyDetector */ 0, 5, 3, 7, 9, 2, 1, 8, 4, 6,
        /* [30] AnomalyDetectorConfiguration */ 0, 1,
        /* [32] AssociateDatasetKmsKeyInput */ 0, 1,
        /* [34] CompositeAlarm */ 0, 14, 15, 16, 18, 17, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 11, 12,
        /* [53] ConflictException */ 0,
        /* [54] DashboardEntry */ 1, 0, 2, 3,
        /* [58] DashboardInvalidInputError */ 1, 0,
        /* [60] DashboardNotFoundError */ 0,
        /* [61] DashboardValidationMessage */ 0, 1,
        /* [63] Datapoint */ 2, 7, 5, 4, 1, 3, 0, 6,
        /* [71] DeleteAlarmMuteRuleInput */ 0,
        /* [72] DeleteAlarmsInput */ 0,
        /* [73] DeleteAnomalyDetectorInput */ 0, 3, 6, 2, 1, 5, 4,
        /* [80] DeleteDashboardsInput */ 0,
        /* [81] DeleteInsightRulesInput */ 0,
        /* [82] DeleteInsightRulesOutput */ 0,
        /* [83] DeleteMetricStreamInput */ 0,
        /* [84] DescribeAlarmContributorsInput */ 0, 1,
        /* [86] DescribeAlarmContributorsOutput */ 0, 1,
        /* [88] DescribeAlarmHistoryInput */ 1, 0, 2, 5, 3, 6, 7, 8, 4,
        /* [97] DescribeAlarmHistoryOutput */ 0, 1,
        /* [99] DescribeAlarmsForMetricInput */ 4, 3, 0, 1, 5, 2, 6,
        /* [106] DescribeAlarmsForMetricOutput */ 0,
        /* [107] DescribeAlarmsInput */ 6, 1, 0, 2, 3, 7, 8, 4, 5,
        /* [116] DescribeAlarmsOutput */ 0, 2, 1, 3,
        /* [120] DescribeAnomalyDetectorsInput */ 0, 6, 5, 2, 4, 3, 1,
        /* [127] DescribeAnomalyDetectorsOutput */ 0, 1,
        /* [129] DescribeInsightRulesInput */ 1, 0,
        /* [131] DescribeInsightRulesOutput */ 1, 0,
        /* [133] Dimension */ 0, 1,
        /* [135] DimensionFilter */ 0, 1,
        /* [137] DisableAlarmActionsInput */ 0,
        /* [138] DisableInsightRulesInput */ 0,
        /* [139] DisableInsightRulesOutput */ 0,
        /* [140] DisassociateDatasetKmsKeyInput */ 0,
        /* [141] EnableAlarmActionsInput */ 0,
        /* [142] EnableInsightRulesInput */ 0,
        /* [143] EnableInsightRulesOutput */ 0,
        /* [144] Entity */ 1, 0,
        /* [146] EntityMetricData */ 0, 1,
        /* [148] EvaluationCriteria */ 0,
        /* [149] EvaluationWindow */ 1, 0,
        /* [151] GetAlarmMuteRuleInput */ 0,
        /* [152] GetAlarmMuteRuleOutput */ 1, 2, 6, 8, 4, 9, 0, 3, 5, 7,
        /* [162] GetDashboardInput */ 0,
        /* [163] GetDashboardOutput */ 0, 1, 2,
        /* [166] GetDatasetInput */ 0,
        /* [167] GetDatasetOutput */ 1, 0, 2,
        /* [170] GetInsightRuleReportInput */ 2, 4, 5, 6, 3, 0, 1,
        /* [177] GetInsightRuleReportOutput */ 2, 1, 3, 4, 0, 5,
        /* [183] GetMetricDataInput */ 2, 6, 5, 0, 3, 4, 1,
        /* [190] GetMetricDataOutput */ 2, 0, 1,
        /* [193] GetMetricStatisticsInput */ 2, 4, 7, 1, 0, 5, 3, 6, 8,
        /* [202] GetMetricStatisticsOutput */ 1, 0,
        /* [204] GetMetricStreamInput */ 0,
        /* [205] GetMetricStreamOutput */ 0, 7, 3, 4, 2, 11, 8, 1, 9, 5, 6, 10,
        /* [217] GetMetricWidgetImageInput */ 0, 1,
        /* [219] GetMetricWidgetImageOutput */ 0,
        /* [220] GetOTelEnrichmentOutput */ 0,
        /* [221] InsightRule */ 5, 3, 4, 0, 2, 1,
        /* [227] InsightRuleContributor */ 1, 2, 0,
        /* [230] InsightRuleContributorDatapoint */ 1, 0,
        /* [232] InsightRuleMetricDatapoint */ 4, 2, 7, 6, 3, 5, 0, 1,
        /* [240] InternalServiceFault */ 0,
        /* [241] InvalidFormatFault */ 0,
        /* [242] InvalidNextToken */ 0,
        /* [243] InvalidParameterCombinationException */ 0,
        /* [244] InvalidParameterValueException */ 0,
        /* [245] KmsAccessDeniedException */ 0,
        /* [246] KmsKeyDisabledException */ 0,
        /* [247] KmsKeyNotFoundException */ 0,
        /* [248] LabelOptions */ 0,
        /* [249] LimitExceededFault */ 0,
        /* [250] ListAlarmMuteRulesInput */ 0, 2, 3, 1,
        /* [254] ListAlarmMuteRulesOutput */ 0, 1,
        /* [256] ListDashboardsInput */ 0, 1,
        /* [258] ListDashboardsOutput */ 0, 1,
        /* [260] ListManagedInsightRulesInput */ 2, 1, 0,
        /* [263] ListManagedInsightRulesOutput */ 0, 1,
        /* [265] ListMetricStreamsInput */ 1, 0,
        /* [267] ListMetricStreamsOutput */ 1, 0,
        /* [269] ListMetricsInput */ 2, 5, 1, 0, 3, 6, 4,
        /* [276] ListMetricsOutput */ 0, 1, 2,
        /* [279] ListTagsForResourceInput */ 0,
        /* [280] ListTagsForResourceOutput */ 0,
        /* [281] LogAlarm */ 20, 21, 4, 6, 1, 3, 2, 0, 16, 19, 7, 5, 14, 13, 12, 9, 10, 18, 11, 8, 15, 17,
        /* [303] ManagedRule */ 1, 2, 0,
        /* [306] ManagedRuleDescription */ 1, 2, 0,
        /* [309] ManagedRuleState */ 0, 1,
        /* [311] MessageData */ 0, 1,
        /* [313] Metric */ 2, 1, 0,
        /* [316] MetricAlarm */ 4, 6, 1, 3, 2, 0, 22, 20, 16, 24, 30, 31, 19, 27, 29, 15, 7, 12, 25, 13, 5, 17, 9, 10, 28, 11, 8, 14, 21, 26, 23, 18,
        /* [348] MetricCharacteristics */ 0,
        /* [349] MetricDataQuery */ 6, 2, 0, 3, 1, 5, 4,
        /* [356] MetricDataResult */ 0, 1, 5, 4, 2, 3,
        /* [362] MetricDatum */ 6, 1, 0, 4, 8, 2, 7, 3, 5,
        /* [371] MetricMathAnomalyDetector */ 0,
        /* [372] MetricStat */ 0, 1, 2, 3,
        /* [376] MetricStreamEntry */ 0, 1, 4, 2, 3, 6, 5,
        /* [383] MetricStreamFilter */ 1, 0,
        /* [385] MetricStreamStatisticsConfiguration */ 1, 0,
        /* [387] MetricStreamStatisticsMetric */ 1, 0,
        /* [389] MissingRequiredParameterException */ 0,
        /* [390] MuteTargets */ 0,
        /* [391] PartialFailure */ 1, 2, 3, 0,
        /* [395] PutAlarmMuteRuleInput */ 1, 6, 3, 0, 2, 5, 4,
        /* [402] PutAnomalyDetectorInput */ 4, 2, 5, 7, 1, 0, 6, 3,
        /* [410] PutAnomalyDetectorOutput */ 0,
        /* [411] PutCompositeAlarmInput */ 0, 8, 10, 9, 1, 2, 3, 4, 5, 6, 7,
        /* [422] PutDashboardInput */ 1, 0, 2,
        /* [425] PutDashboardOutput */ 0,
        /* [426] PutInsightRuleInput */ 4, 2, 0, 1, 3,
        /* [431] PutLogAlarmInput */ 3, 4, 5, 7, 1, 0, 12, 8, 6, 10, 9, 2, 14, 11, 13,
        /* [446] PutManagedInsightRulesInput */ 0,
        /* [447] PutManagedInsightRulesOutput */ 0,
        /* [448] PutMetricAlarmInput */ 2, 4, 1, 0, 16, 14, 10, 18, 23, 24, 13, 22, 9, 5, 6, 19, 7, 3, 11, 8, 20, 15, 21, 17, 12,
        /* [473] PutMetricDataInput */ 2, 1, 0, 3,
        /* [477] PutMetricStreamInput */ 2, 3, 1, 8, 0, 5, 4, 7, 6,
        /* [486] PutMetricStreamOutput */ 0,
        /* [487] Range */ 1, 0,
        /* [489] ResourceConflict */ 0,
        /* [490] ResourceNotFound */ 0,
        /* [491] ResourceNotFoundException */ 1, 0,
        /* [493] Rule */ 0,
        /* [494] Schedule */ 1, 0, 2,
        /* [497] ScheduleConfiguration */ 2, 0, 1,
        /* [500] ScheduledQueryConfiguration */ 5, 1, 2, 0, 4, 3, 6,
        /* [507] SetAlarmStateInput */ 0, 2, 3, 1,
        /* [511] SingleMetricAnomalyDetector */ 0, 3, 2, 1, 4,
        /* [516] StartMetricStreamsInput */ 0,
        /* [517] StatisticSet */ 3, 2, 0, 1,
        /* [521] StopMetricStreamsInput */ 0,
        /* [522] Tag */ 0, 1,
        /* [524] TagResourceInput */ 0, 1,
        /* [526] UntagResourceInput */ 0, 1,
        /* [528] WallClockWindow */ 0,
    },
    .ranges = {
        {true, true, 1, 255}, /* AccountId */
        {true, true, 1, 1024}, /* ActionPrefix */
        {true, true, 0, 1024}, /* ActionsSuppressedReason */
        {true, true, 1, 2048}, /* AggregationExpression */
        {true, true, 1, 1600}, /* AlarmArn */
        {true, true, 0, 1024}, /* AlarmDescription */
        {true, true, 1, 255}, /* AlarmName */
        {true, true, 1, 255}, /* AlarmNamePrefix */
        {false, true, 0, 100}, /* AlarmNames */
        {true, true, 1, 10240}, /* AlarmRule */
        {true, true, 1, 1024}, /* AmazonResourceName */
        {true, true, 1, 128}, /* AnomalyDetectorId */
        {false, true, 0, 50}, /* AnomalyDetectorIds */
        {false, true, 0, 50}, /* AnomalyDetectorMetricStat */
        {false, true, 0, 50}, /* AnomalyDetectorMetricTimezone */
        {false, true, 0, 2}, /* AnomalyDetectorTypes */
        {true, true, 1, 1600}, /* Arn */
        {true, true, 1, 255}, /* AttributeName */
        {true, true, 1, 1024}, /* AttributeValue */
        {true, true, 0, 150}, /* ContributorAttributes */
        {true, true, 1, 16}, /* ContributorId */
        {true, false, 1, 0}, /* DatapointsToAlarm */
        {true, true, 1, 2048}, /* DatasetArn */
        {true, true, 7, 7}, /* DatasetId */
        {true, true, 1, 2048}, /* DatasetIdentifier */
        {false, true, 0, 10}, /* DimensionFilters */
        {true, true, 1, 255}, /* DimensionName */
        {true, true, 1, 1024}, /* DimensionValue */
        {false, true, 0, 30}, /* Dimensions */
        {true, true, 1, 50}, /* Duration */
        {true, true, 0, 2592000}, /* EndTimeOffset */
        {true, true, 0, 10}, /* EntityAttributesMap */
        {true, true, 1, 256}, /* EntityAttributesMapKeyString */
        {true, true, 1, 2048}, /* EntityAttributesMapValueString */
        {true, true, 2, 4}, /* EntityKeyAttributesMap */
        {true, true, 1, 32}, /* EntityKeyAttributesMapKeyString */
        {true, true, 1, 2048}, /* EntityKeyAttributesMapValueString */
        {true, true, 1, 255}, /* ErrorMessage */
        {true, true, 1, 255}, /* EvaluateLowSampleCountPercentile */
        {true, true, 10, 3600}, /* EvaluationInterval */
        {true, false, 1, 0}, /* EvaluationPeriods */
        {true, true, 1, 256}, /* Expression */
        {true, true, 1, 10}, /* ExtendedStatistics */
        {true, true, 1, 4095}, /* HistoryData */
        {true, true, 1, 255}, /* HistorySummary */
        {true, true, 1, 8192}, /* InsightRuleDefinition */
        {true, true, 1, 500}, /* InsightRuleMaxResults */
        {true, true, 1, 32}, /* InsightRuleMetricName */
        {true, true, 1, 128}, /* InsightRuleName */
        {true, true, 1, 32}, /* InsightRuleOrderBy */
        {true, true, 1, 32}, /* InsightRuleState */
        {true, true, 20, 2048}, /* KmsKeyArn */
        {true, true, 1, 500}, /* ListMetricStreamsMaxResults */
        {true, true, 1, 50}, /* LogGroupIdentifiers */
        {true, true, 1, 100}, /* MaxRecords */
        {true, false, 1, 0}, /* MaxReturnedResultsCount */
        {true, true, 1, 2048}, /* MetricExpression */
        {true, true, 1, 255}, /* MetricId */
        {true, true, 1, 255}, /* MetricName */
        {true, true, 1, 255}, /* MetricStreamName */
        {true, true, 1, 255}, /* MetricStreamOutputFormat */
        {false, true, 0, 100}, /* MuteTargetAlarmNameList */
        {true, true, 1, 255}, /* Name */
        {true, true, 1, 255}, /* Namespace */
        {true, true, 0, 86400}, /* PendingPeriod */
        {true, false, 1, 0}, /* Period */
        {true, true, 1, 10000}, /* Query */
        {true, false, 1, 0}, /* QueryResultsToAlarm */
        {true, false, 1, 0}, /* QueryResultsToEvaluate */
        {true, true, 0, 10000}, /* QueryString */
        {true, true, 0, 86400}, /* RecoveryPeriod */
        {false, true, 0, 5}, /* ResourceList */
        {true, true, 1, 1024}, /* ResourceName */
        {true, true, 1, 256}, /* ScheduleExpression */
        {true, true, 1, 2592000}, /* StartTimeOffset */
        {true, true, 0, 1023}, /* StateReason */
        {true, true, 0, 4000}, /* StateReasonData */
        {true, true, 1, 5}, /* Statistics */
        {true, false, 1, 0}, /* StorageResolution */
        {true, true, 1, 128}, /* TagKey */
        {true, true, 0, 256}, /* TagValue */
        {true, true, 1, 128}, /* TemplateName */
        {true, true, 1, 50}, /* Timezone */
        {true, true, 1, 255}, /* TreatMissingData */
    },
    .strings =
        /*      0 */ "AccountId\0"
        /*     10 */ "ActionLogLineCount\0"
        /*     29 */ "ActionLogLineRoleArn\0"
        /*     50 */ "ActionPrefix\0"
        /*     63 */ "ActionsEnabled\0"
        /*     78 */ "ActionsSuppressedBy\0"
        /*     98 */ "WaitPeriod\0" "ExtensionPeriod\0" "Alarm\0"
        /*    131 */ "ActionsSuppressedReason\0"
        /*    155 */ "AggregationExpression\0"
        /*    177 */ "AlarmArn\0"
        /*    186 */ "AlarmContributor\0"
        /*    203 */ "ContributorId\0"
        /*    217 */ "ContributorAttributes\0"
        /*    239 */ "StateReason\0"
        /*    251 */ "StateTransitionedTimestamp\0"
        /*    278 */ "AlarmContributors\0"
        /*    296 */ "AlarmDescription\0"
        /*    313 */ "AlarmHistoryItem\0"
        /*    330 */ "AlarmName\0"
        /*    340 */ "AlarmContributorId\0"
        /*    359 */ "AlarmType\0"
        /*    369 */ "Timestamp\0"
        /*    379 */ "HistoryItemType\0"
        /*    395 */ "HistorySummary\0"
        /*    410 */ "HistoryData\0"
        /*    422 */ "AlarmContributorAttributes\0"
        /*    449 */ "AlarmHistoryItems\0"
        /*    467 */ "AlarmMuteRuleStatus\0"
        /*    487 */ "SCHEDULED\0" "ACTIVE\0" "EXPIRED\0"
        /*    512 */ "AlarmMuteRuleStatuses\0"
        /*    534 */ "AlarmMuteRuleSummaries\0"
        /*    557 */ "AlarmMuteRuleSummary\0"
        /*    578 */ "AlarmMuteRuleArn\0"
        /*    595 */ "ExpireDate\0"
        /*    606 */ "Status\0"
        /*    613 */ "MuteType\0"
        /*    622 */ "LastUpdatedTimestamp\0"
        /*    643 */ "AlarmNamePrefix\0"
        /*    659 */ "AlarmNames\0"
        /*    670 */ "AlarmPromQLCriteria\0"
        /*    690 */ "Query\0"
        /*    696 */ "PendingPeriod\0"
        /*    710 */ "RecoveryPeriod\0"
        /*    725 */ "AlarmRule\0"
        /*    735 */ "CompositeAlarm\0" "MetricAlarm\0" "LogAlarm\0"
        /*    771 */ "AlarmTypes\0"
        /*    782 */ "AmazonResourceName\0"
        /*    801 */ "AnomalyDetector\0"
        /*    817 */ "AnomalyDetectorId\0"
        /*    835 */ "Namespace\0"
        /*    845 */ "MetricName\0"
        /*    856 */ "Dimensions\0"
        /*    867 */ "Stat\0"
        /*    872 */ "Configuration\0"
        /*    886 */ "StateValue\0"
        /*    897 */ "MetricCharacteristics\0"
        /*    919 */ "SingleMetricAnomalyDetector\0"
        /*    947 */ "MetricMathAnomalyDetector\0"
        /*    973 */ "AnomalyDetectorConfiguration\0"
        /*   1002 */ "ExcludedTimeRanges\0"
        /*   1021 */ "MetricTimezone\0"
        /*   1036 */ "AnomalyDetectorExcludedTimeRanges\0"
        /*   1070 */ "AnomalyDetectorIds\0"
        /*   1089 */ "AnomalyDetectorMetricStat\0"
        /*   1115 */ "AnomalyDetectorMetricTimezone\0"
        /*   1145 */ "AnomalyDetectorStateValue\0"
        /*   1171 */ "PENDING_TRAINING\0" "TRAINED_INSUFFICIENT_DATA\0" "TRAINED\0"
        /*   1222 */ "AnomalyDetectorType\0"
        /*   1242 */ "SINGLE_METRIC\0" "METRIC_MATH\0"
        /*   1268 */ "AnomalyDetectorTypes\0"
        /*   1289 */ "AnomalyDetectors\0"
        /*   1306 */ "Arn\0"
        /*   1310 */ "AssociateDatasetKmsKeyInput\0"
        /*   1338 */ "DatasetIdentifier\0"
        /*   1356 */ "KmsKeyArn\0"
        /*   1366 */ "AssociateDatasetKmsKeyOutput\0"
        /*   1395 */ "AttributeName\0"
        /*   1409 */ "AttributeValue\0"
        /*   1424 */ "AwsQueryErrorMessage\0"
        /*   1445 */ "BatchFailures\0"
        /*   1459 */ "ComparisonOperator\0"
        /*   1478 */ "GreaterThanOrEqualToThreshold\0" "GreaterThanThreshold\0" "LessThanThreshold\0" "LessThanOrEqualToThreshold\0" "LessThanLowerOrGreaterThanUpperThreshold\0" "LessThanLowerThreshold\0" "GreaterThanUpperThreshold\0"
        /*   1664 */ "CompositeAlarm\0"
        /*   1679 */ "AlarmActions\0"
        /*   1692 */ "AlarmConfigurationUpdatedTimestamp\0"
        /*   1727 */ "InsufficientDataActions\0"
        /*   1751 */ "OKActions\0"
        /*   1761 */ "StateReasonData\0"
        /*   1777 */ "StateUpdatedTimestamp\0"
        /*   1799 */ "ActionsSuppressor\0"
        /*   1817 */ "ActionsSuppressorWaitPeriod\0"
        /*   1845 */ "ActionsSuppressorExtensionPeriod\0"
        /*   1878 */ "CompositeAlarms\0"
        /*   1894 */ "ConcurrentModificationException\0"
        /*   1926 */ "ConflictException\0"
        /*   1944 */ "Message\0"
        /*   1952 */ "Counts\0"
        /*   1959 */ "DashboardArn\0"
        /*   1972 */ "DashboardBody\0"
        /*   1986 */ "DashboardEntries\0"
        /*   2003 */ "DashboardEntry\0"
        /*   2018 */ "DashboardName\0"
        /*   2032 */ "LastModified\0"
        /*   2045 */ "Size\0"
        /*   2050 */ "DashboardErrorMessage\0"
        /*   2072 */ "DashboardInvalidInputError\0"
        /*   2099 */ "message\0"
        /*   2107 */ "dashboardValidationMessages\0"
        /*   2135 */ "InvalidParameterInput\0"
        /*   2157 */ "DashboardNamePrefix\0"
        /*   2177 */ "DashboardNames\0"
        /*   2192 */ "DashboardNotFoundError\0"
        /*   2215 */ "ResourceNotFound\0"
        /*   2232 */ "DashboardValidationMessage\0"
        /*   2259 */ "DataPath\0"
        /*   2268 */ "DashboardValidationMessages\0"
        /*   2296 */ "Datapoint\0"
        /*   2306 */ "SampleCount\0"
        /*   2318 */ "Average\0"
        /*   2326 */ "Sum\0"
        /*   2330 */ "Minimum\0"
        /*   2338 */ "Maximum\0"
        /*   2346 */ "Unit\0"
        /*   2351 */ "ExtendedStatistics\0"
        /*   2370 */ "DatapointValue\0"
        /*   2385 */ "DatapointValueMap\0"
        /*   2403 */ "DatapointValues\0"
        /*   2419 */ "Datapoints\0"
        /*   2430 */ "DatapointsToAlarm\0"
        /*   2448 */ "DatasetArn\0"
        /*   2459 */ "DatasetId\0"
        /*   2469 */ "DeleteAlarmMuteRuleInput\0"
        /*   2494 */ "AlarmMuteRuleName\0"
        /*   2512 */ "DeleteAlarmsInput\0"
        /*   2530 */ "DeleteAnomalyDetectorInput\0"
        /*   2557 */ "DeleteAnomalyDetectorOutput\0"
        /*   2585 */ "DeleteDashboardsInput\0"
        /*   2607 */ "DeleteDashboardsOutput\0"
        /*   2630 */ "DeleteInsightRulesInput\0"
        /*   2654 */ "RuleNames\0"
        /*   2664 */ "DeleteInsightRulesOutput\0"
        /*   2689 */ "Failures\0"
        /*   2698 */ "DeleteMetricStreamInput\0"
        /*   2722 */ "Name\0"
        /*   2727 */ "DeleteMetricStreamOutput\0"
        /*   2752 */ "DescribeAlarmContributorsInput\0"
        /*   2783 */ "NextToken\0"
        /*   2793 */ "DescribeAlarmContributorsOutput\0"
        /*   2825 */ "DescribeAlarmHistoryInput\0"
        /*   2851 */ "StartDate\0"
        /*   2861 */ "EndDate\0"
        /*   2869 */ "MaxRecords\0"
        /*   2880 */ "ScanBy\0"
        /*   2887 */ "DescribeAlarmHistoryOutput\0"
        /*   2914 */ "DescribeAlarmsForMetricInput\0"
        /*   2943 */ "Statistic\0"
        /*   2953 */ "ExtendedStatistic\0"
        /*   2971 */ "Period\0"
        /*   2978 */ "DescribeAlarmsForMetricOutput\0"
        /*   3008 */ "MetricAlarms\0"
        /*   3021 */ "DescribeAlarmsInput\0"
        /*   3041 */ "ChildrenOfAlarmName\0"
        /*   3061 */ "ParentsOfAlarmName\0"
        /*   3080 */ "DescribeAlarmsOutput\0"
        /*   3101 */ "LogAlarms\0"
        /*   3111 */ "DescribeAnomalyDetectorsInput\0"
        /*   3141 */ "MaxResults\0"
        /*   3152 */ "DescribeAnomalyDetectorsOutput\0"
        /*   3183 */ "DescribeInsightRulesInput\0"
        /*   3209 */ "DescribeInsightRulesOutput\0"
        /*   3236 */ "InsightRules\0"
        /*   3249 */ "Dimension\0"
        /*   3259 */ "Value\0"
        /*   3265 */ "DimensionFilter\0"
        /*   3281 */ "DimensionFilters\0"
        /*   3298 */ "DimensionName\0"
        /*   3312 */ "DimensionValue\0"
        /*   3327 */ "DisableAlarmActionsInput\0"
        /*   3352 */ "DisableInsightRulesInput\0"
        /*   3377 */ "DisableInsightRulesOutput\0"
        /*   3403 */ "DisassociateDatasetKmsKeyInput\0"
        /*   3434 */ "DisassociateDatasetKmsKeyOutput\0"
        /*   3466 */ "Duration\0"
        /*   3475 */ "EnableAlarmActionsInput\0"
        /*   3499 */ "EnableInsightRulesInput\0"
        /*   3523 */ "EnableInsightRulesOutput\0"
        /*   3548 */ "EndTimeOffset\0"
        /*   3562 */ "Entity\0"
        /*   3569 */ "KeyAttributes\0"
        /*   3583 */ "Attributes\0"
        /*   3594 */ "EntityAttributesMap\0"
        /*   3614 */ "EntityAttributesMapKeyString\0"
        /*   3643 */ "EntityAttributesMapValueString\0"
        /*   3674 */ "EntityKeyAttributesMap\0"
        /*   3697 */ "EntityKeyAttributesMapKeyString\0"
        /*   3729 */ "EntityKeyAttributesMapValueString\0"
        /*   3763 */ "EntityMetricData\0"
        /*   3780 */ "MetricData\0"
        /*   3791 */ "EntityMetricDataList\0"
        /*   3812 */ "ErrorMessage\0"
        /*   3825 */ "EvaluateLowSampleCountPercentile\0"
        /*   3858 */ "EvaluationCriteria\0"
        /*   3877 */ "PromQLCriteria\0"
        /*   3892 */ "EvaluationInterval\0"
        /*   3911 */ "EvaluationPeriods\0"
        /*   3929 */ "EvaluationState\0"
        /*   3945 */ "PARTIAL_DATA\0" "EVALUATION_FAILURE\0" "EVALUATION_ERROR\0"
        /*   3994 */ "EvaluationWindow\0"
        /*   4011 */ "WallClockWindow\0"
        /*   4027 */ "SlidingWindow\0"
        /*   4041 */ "ExceptionType\0"
        /*   4055 */ "Expression\0"
        /*   4066 */ "FailureCode\0"
        /*   4078 */ "FailureDescription\0"
        /*   4097 */ "FailureResource\0"
        /*   4113 */ "FaultDescription\0"
        /*   4130 */ "GetAlarmMuteRuleInput\0"
        /*   4152 */ "GetAlarmMuteRuleOutput\0"
        /*   4175 */ "Description\0"
        /*   4187 */ "Rule\0"
        /*   4192 */ "MuteTargets\0"
        /*   4204 */ "GetDashboardInput\0"
        /*   4222 */ "GetDashboardOutput\0"
        /*   4241 */ "GetDatasetInput\0"
        /*   4257 */ "GetDatasetOutput\0"
        /*   4274 */ "GetInsightRuleReportInput\0"
        /*   4300 */ "RuleName\0"
        /*   4309 */ "StartTime\0"
        /*   4319 */ "EndTime\0"
        /*   4327 */ "MaxContributorCount\0"
        /*   4347 */ "Metrics\0"
        /*   4355 */ "OrderBy\0"
        /*   4363 */ "GetInsightRuleReportOutput\0"
        /*   4390 */ "KeyLabels\0"
        /*   4400 */ "AggregationStatistic\0"
        /*   4421 */ "AggregateValue\0"
        /*   4436 */ "ApproximateUniqueCount\0"
        /*   4459 */ "Contributors\0"
        /*   4472 */ "MetricDatapoints\0"
        /*   4489 */ "GetMetricDataInput\0"
        /*   4508 */ "MetricDataQueries\0"
        /*   4526 */ "MaxDatapoints\0"
        /*   4540 */ "LabelOptions\0"
        /*   4553 */ "GetMetricDataLabelTimezone\0"
        /*   4580 */ "GetMetricDataMaxDatapoints\0"
        /*   4607 */ "GetMetricDataOutput\0"
        /*   4627 */ "MetricDataResults\0"
        /*   4645 */ "Messages\0"
        /*   4654 */ "GetMetricStatisticsInput\0"
        /*   4679 */ "Statistics\0"
        /*   4690 */ "GetMetricStatisticsOutput\0"
        /*   4716 */ "Label\0"
        /*   4722 */ "GetMetricStreamInput\0"
        /*   4743 */ "GetMetricStreamOutput\0"
        /*   4765 */ "IncludeFilters\0"
        /*   4780 */ "ExcludeFilters\0"
        /*   4795 */ "FirehoseArn\0"
        /*   4807 */ "RoleArn\0"
        /*   4815 */ "State\0"
        /*   4821 */ "CreationDate\0"
        /*   4834 */ "LastUpdateDate\0"
        /*   4849 */ "OutputFormat\0"
        /*   4862 */ "StatisticsConfigurations\0"
        /*   4887 */ "IncludeLinkedAccountsMetrics\0"
        /*   4916 */ "GetMetricWidgetImageInput\0"
        /*   4942 */ "MetricWidget\0"
        /*   4955 */ "GetMetricWidgetImageOutput\0"
        /*   4982 */ "MetricWidgetImage\0"
        /*   5000 */ "GetOTelEnrichmentInput\0"
        /*   5023 */ "GetOTelEnrichmentOutput\0"
        /*   5047 */ "ConfigurationUpdate\0" "StateUpdate\0" "Action\0" "AlarmContributorStateUpdate\0" "AlarmContributorAction\0"
        /*   5137 */ "IncludeLinkedAccounts\0"
        /*   5159 */ "InsightRule\0"
        /*   5171 */ "Schema\0"
        /*   5178 */ "Definition\0"
        /*   5189 */ "ManagedRule\0"
        /*   5201 */ "ApplyOnTransformedLogs\0"
        /*   5224 */ "InsightRuleAggregationStatistic\0"
        /*   5256 */ "InsightRuleContributor\0"
        /*   5279 */ "Keys\0"
        /*   5284 */ "ApproximateAggregateValue\0"
        /*   5310 */ "InsightRuleContributorDatapoint\0"
        /*   5342 */ "ApproximateValue\0"
        /*   5359 */ "InsightRuleContributorDatapoints\0"
        /*   5392 */ "InsightRuleContributorKey\0"
        /*   5418 */ "InsightRuleContributorKeyLabel\0"
        /*   5449 */ "InsightRuleContributorKeyLabels\0"
        /*   5481 */ "InsightRuleContributorKeys\0"
        /*   5508 */ "InsightRuleContributors\0"
        /*   5532 */ "InsightRuleDefinition\0"
        /*   5554 */ "InsightRuleIsManaged\0"
        /*   5575 */ "InsightRuleMaxResults\0"
        /*   5597 */ "InsightRuleMetricDatapoint\0"
        /*   5624 */ "UniqueContributors\0"
        /*   5643 */ "MaxContributorValue\0"
        /*   5663 */ "InsightRuleMetricDatapoints\0"
        /*   5691 */ "InsightRuleMetricList\0"
        /*   5713 */ "InsightRuleMetricName\0"
        /*   5735 */ "InsightRuleName\0"
        /*   5751 */ "InsightRuleNames\0"
        /*   5768 */ "InsightRuleOnTransformedLogs\0"
        /*   5797 */ "InsightRuleOrderBy\0"
        /*   5816 */ "InsightRuleSchema\0"
        /*   5834 */ "InsightRuleState\0"
        /*   5851 */ "InsightRuleUnboundDouble\0"
        /*   5876 */ "InsightRuleUnboundInteger\0"
        /*   5902 */ "InsightRuleUnboundLong\0"
        /*   5925 */ "InternalServiceFault\0"
        /*   5946 */ "InternalServiceError\0"
        /*   5967 */ "InvalidFormatFault\0"
        /*   5986 */ "InvalidFormat\0"
        /*   6000 */ "InvalidNextToken\0"
        /*   6017 */ "InvalidParameterCombinationException\0"
        /*   6054 */ "InvalidParameterCombination\0"
        /*   6082 */ "InvalidParameterValueException\0"
        /*   6113 */ "InvalidParameterValue\0"
        /*   6135 */ "KmsAccessDeniedException\0"
        /*   6160 */ "KmsKeyDisabledException\0"
        /*   6184 */ "KmsKeyNotFoundException\0"
        /*   6208 */ "Timezone\0"
        /*   6217 */ "LimitExceededException\0"
        /*   6240 */ "LimitExceededFault\0"
        /*   6259 */ "LimitExceeded\0"
        /*   6273 */ "ListAlarmMuteRulesInput\0"
        /*   6297 */ "Statuses\0"
        /*   6306 */ "ListAlarmMuteRulesOutput\0"
        /*   6331 */ "ListDashboardsInput\0"
        /*   6351 */ "ListDashboardsOutput\0"
        /*   6372 */ "ListManagedInsightRulesInput\0"
        /*   6401 */ "ResourceARN\0"
        /*   6413 */ "ListManagedInsightRulesOutput\0"
        /*   6443 */ "ManagedRules\0"
        /*   6456 */ "ListMetricStreamsInput\0"
        /*   6479 */ "ListMetricStreamsMaxResults\0"
        /*   6507 */ "ListMetricStreamsOutput\0"
        /*   6531 */ "Entries\0"
        /*   6539 */ "ListMetricsInput\0"
        /*   6556 */ "RecentlyActive\0"
        /*   6571 */ "OwningAccount\0"
        /*   6585 */ "ListMetricsOutput\0"
        /*   6603 */ "OwningAccounts\0"
        /*   6618 */ "ListTagsForResourceInput\0"
        /*   6643 */ "ListTagsForResourceOutput\0"
        /*   6669 */ "Tags\0"
        /*   6674 */ "LogAlarm\0"
        /*   6683 */ "ScheduledQueryConfiguration\0"
        /*   6711 */ "QueryResultsToEvaluate\0"
        /*   6734 */ "QueryResultsToAlarm\0"
        /*   6754 */ "Threshold\0"
        /*   6764 */ "TreatMissingData\0"
        /*   6781 */ "LogGroupIdentifiers\0"
        /*   6801 */ "TemplateName\0"
        /*   6814 */ "ManagedRuleDescription\0"
        /*   6837 */ "RuleState\0"
        /*   6847 */ "ManagedRuleDescriptions\0"
        /*   6871 */ "ManagedRuleState\0"
        /*   6888 */ "MaxReturnedResultsCount\0"
        /*   6912 */ "MessageData\0"
        /*   6924 */ "Code\0"
        /*   6929 */ "MessageDataCode\0"
        /*   6945 */ "MessageDataValue\0"
        /*   6962 */ "Metric\0"
        /*   6969 */ "MetricAlarm\0"
        /*   6981 */ "ThresholdMetricId\0"
        /*   6999 */ "PeriodicSpikes\0"
        /*   7014 */ "MetricDataQuery\0"
        /*   7030 */ "Id\0"
        /*   7033 */ "MetricStat\0"
        /*   7044 */ "ReturnData\0"
        /*   7055 */ "MetricDataResult\0"
        /*   7072 */ "Timestamps\0"
        /*   7083 */ "Values\0"
        /*   7090 */ "StatusCode\0"
        /*   7101 */ "MetricDataResultMessages\0"
        /*   7126 */ "MetricDatum\0"
        /*   7138 */ "StatisticValues\0"
        /*   7154 */ "StorageResolution\0"
        /*   7172 */ "MetricExpression\0"
        /*   7189 */ "MetricId\0"
        /*   7198 */ "MetricLabel\0"
        /*   7210 */ "MetricStreamEntries\0"
        /*   7230 */ "MetricStreamEntry\0"
        /*   7248 */ "MetricStreamFilter\0"
        /*   7267 */ "MetricNames\0"
        /*   7279 */ "MetricStreamFilterMetricNames\0"
        /*   7309 */ "MetricStreamFilters\0"
        /*   7329 */ "MetricStreamName\0"
        /*   7346 */ "MetricStreamNames\0"
        /*   7364 */ "MetricStreamOutputFormat\0"
        /*   7389 */ "json\0" "opentelemetry0.7\0" "opentelemetry1.0\0"
        /*   7428 */ "MetricStreamState\0"
        /*   7446 */ "MetricStreamStatistic\0"
        /*   7468 */ "MetricStreamStatisticsAdditionalStatistics\0"
        /*   7511 */ "MetricStreamStatisticsConfiguration\0"
        /*   7547 */ "IncludeMetrics\0"
        /*   7562 */ "AdditionalStatistics\0"
        /*   7583 */ "MetricStreamStatisticsConfigurations\0"
        /*   7620 */ "MetricStreamStatisticsIncludeMetrics\0"
        /*   7657 */ "MetricStreamStatisticsMetric\0"
        /*   7686 */ "MissingRequiredParameterException\0"
        /*   7720 */ "MissingParameter\0"
        /*   7737 */ "MuteTargetAlarmNameList\0"
        /*   7761 */ "OTelEnrichmentStatus\0"
        /*   7782 */ "Running\0" "Stopped\0"
        /*   7798 */ "PartialFailure\0"
        /*   7813 */ "PutAlarmMuteRuleInput\0"
        /*   7835 */ "PutAnomalyDetectorInput\0"
        /*   7859 */ "PutAnomalyDetectorOutput\0"
        /*   7884 */ "PutCompositeAlarmInput\0"
        /*   7907 */ "PutDashboardInput\0"
        /*   7925 */ "PutDashboardOutput\0"
        /*   7944 */ "PutInsightRuleInput\0"
        /*   7964 */ "RuleDefinition\0"
        /*   7979 */ "PutInsightRuleOutput\0"
        /*   8000 */ "PutLogAlarmInput\0"
        /*   8017 */ "PutManagedInsightRulesInput\0"
        /*   8045 */ "PutManagedInsightRulesOutput\0"
        /*   8074 */ "PutMetricAlarmInput\0"
        /*   8094 */ "PutMetricDataInput\0"
        /*   8113 */ "StrictEntityValidation\0"
        /*   8136 */ "PutMetricStreamInput\0"
        /*   8157 */ "PutMetricStreamOutput\0"
        /*   8179 */ "QueryString\0"
        /*   8191 */ "Range\0"
        /*   8197 */ "PT3H\0"
        /*   8202 */ "ResourceConflict\0"
        /*   8219 */ "ResourceId\0"
        /*   8230 */ "ResourceList\0"
        /*   8243 */ "ResourceName\0"
        /*   8256 */ "ResourceNotFoundException\0"
        /*   8282 */ "ResourceType\0"
        /*   8295 */ "Schedule\0"
        /*   8304 */ "TimestampDescending\0" "TimestampAscending\0"
        /*   8343 */ "ScheduleConfiguration\0"
        /*   8365 */ "ScheduleExpression\0"
        /*   8384 */ "StartTimeOffset\0"
        /*   8400 */ "QueryARN\0"
        /*   8409 */ "ScheduledQueryRoleARN\0"
        /*   8431 */ "SetAlarmStateInput\0"
        /*   8450 */ "StandardUnit\0"
        /*   8463 */ "Seconds\0" "Microseconds\0" "Milliseconds\0" "Bytes\0" "Kilobytes\0" "Megabytes\0" "Gigabytes\0" "Terabytes\0" "Bits\0" "Kilobits\0" "Megabits\0" "Gigabits\0" "Terabits\0" "Percent\0" "Count\0" "Bytes/Second\0" "Kilobytes/Second\0" "Megabytes/Second\0" "Gigabytes/Second\0" "Terabytes/Second\0" "Bits/Second\0" "Kilobits/Second\0" "Megabits/Second\0" "Gigabits/Second\0" "Terabits/Second\0" "Count/Second\0" "None\0"
        /*   8773 */ "StartMetricStreamsInput\0"
        /*   8797 */ "Names\0"
        /*   8803 */ "StartMetricStreamsOutput\0"
        /*   8828 */ "StartOTelEnrichmentInput\0"
        /*   8853 */ "StartOTelEnrichmentOutput\0"
        /*   8879 */ "OK\0" "ALARM\0" "INSUFFICIENT_DATA\0"
        /*   8906 */ "SampleCount\0" "Average\0" "Sum\0" "Minimum\0" "Maximum\0"
        /*   8946 */ "StatisticSet\0"
        /*   8959 */ "Complete\0" "InternalError\0" "PartialData\0" "Forbidden\0"
        /*   9004 */ "StopMetricStreamsInput\0"
        /*   9027 */ "StopMetricStreamsOutput\0"
        /*   9051 */ "StopOTelEnrichmentInput\0"
        /*   9075 */ "StopOTelEnrichmentOutput\0"
        /*   9100 */ "String\0"
        /*   9107 */ "SuppressorPeriod\0"
        /*   9124 */ "Tag\0"
        /*   9128 */ "Key\0"
        /*   9132 */ "TagKey\0"
        /*   9139 */ "TagKeyList\0"
        /*   9150 */ "TagList\0"
        /*   9158 */ "TagResourceInput\0"
        /*   9175 */ "TagResourceOutput\0"
        /*   9193 */ "TagValue\0"
        /*   9202 */ "UntagResourceInput\0"
        /*   9221 */ "TagKeys\0"
        /*   9229 */ "UntagResourceOutput\0"
        /*   9249 */ "AssociateDatasetKmsKey\0"
        /*   9272 */ "POST\0"
        /*   9277 */ "/\0"
        /*   9279 */ "AssociateDatasetKmsKeyResult\0"
        /*   9308 */ "DeleteAlarmMuteRule\0"
        /*   9328 */ "DeleteAlarms\0"
        /*   9341 */ "DeleteAnomalyDetector\0"
        /*   9363 */ "DeleteAnomalyDetectorResult\0"
        /*   9391 */ "DeleteDashboards\0"
        /*   9408 */ "DeleteDashboardsResult\0"
        /*   9431 */ "DeleteInsightRules\0"
        /*   9450 */ "DeleteInsightRulesResult\0"
        /*   9475 */ "DeleteMetricStream\0"
        /*   9494 */ "DeleteMetricStreamResult\0"
        /*   9519 */ "DescribeAlarmContributors\0"
        /*   9545 */ "DescribeAlarmContributorsResult\0"
        /*   9577 */ "DescribeAlarmHistory\0"
        /*   9598 */ "DescribeAlarmHistoryResult\0"
        /*   9625 */ "DescribeAlarms\0"
        /*   9640 */ "DescribeAlarmsResult\0"
        /*   9661 */ "DescribeAlarmsForMetric\0"
        /*   9685 */ "DescribeAlarmsForMetricResult\0"
        /*   9715 */ "DescribeAnomalyDetectors\0"
        /*   9740 */ "DescribeAnomalyDetectorsResult\0"
        /*   9771 */ "DescribeInsightRules\0"
        /*   9792 */ "DescribeInsightRulesResult\0"
        /*   9819 */ "DisableAlarmActions\0"
        /*   9839 */ "DisableInsightRules\0"
        /*   9859 */ "DisableInsightRulesResult\0"
        /*   9885 */ "DisassociateDatasetKmsKey\0"
        /*   9911 */ "DisassociateDatasetKmsKeyResult\0"
        /*   9943 */ "EnableAlarmActions\0"
        /*   9962 */ "EnableInsightRules\0"
        /*   9981 */ "EnableInsightRulesResult\0"
        /*  10006 */ "GetAlarmMuteRule\0"
        /*  10023 */ "GetAlarmMuteRuleResult\0"
        /*  10046 */ "GetDashboard\0"
        /*  10059 */ "GetDashboardResult\0"
        /*  10078 */ "GetDataset\0"
        /*  10089 */ "GetDatasetResult\0"
        /*  10106 */ "GetInsightRuleReport\0"
        /*  10127 */ "GetInsightRuleReportResult\0"
        /*  10154 */ "GetMetricData\0"
        /*  10168 */ "GetMetricDataResult\0"
        /*  10188 */ "GetMetricStatistics\0"
        /*  10208 */ "GetMetricStatisticsResult\0"
        /*  10234 */ "GetMetricStream\0"
        /*  10250 */ "GetMetricStreamResult\0"
        /*  10272 */ "GetMetricWidgetImage\0"
        /*  10293 */ "GetMetricWidgetImageResult\0"
        /*  10320 */ "GetOTelEnrichment\0"
        /*  10338 */ "GetOTelEnrichmentResult\0"
        /*  10362 */ "ListAlarmMuteRules\0"
        /*  10381 */ "ListAlarmMuteRulesResult\0"
        /*  10406 */ "ListDashboards\0"
        /*  10421 */ "ListDashboardsResult\0"
        /*  10442 */ "ListManagedInsightRules\0"
        /*  10466 */ "ListManagedInsightRulesResult\0"
        /*  10496 */ "ListMetricStreams\0"
        /*  10514 */ "ListMetricStreamsResult\0"
        /*  10538 */ "ListMetrics\0"
        /*  10550 */ "ListMetricsResult\0"
        /*  10568 */ "ListTagsForResource\0"
        /*  10588 */ "ListTagsForResourceResult\0"
        /*  10614 */ "PutAlarmMuteRule\0"
        /*  10631 */ "PutAnomalyDetector\0"
        /*  10650 */ "PutAnomalyDetectorResult\0"
        /*  10675 */ "PutCompositeAlarm\0"
        /*  10693 */ "PutDashboard\0"
        /*  10706 */ "PutDashboardResult\0"
        /*  10725 */ "PutInsightRule\0"
        /*  10740 */ "PutInsightRuleResult\0"
        /*  10761 */ "PutLogAlarm\0"
        /*  10773 */ "PutManagedInsightRules\0"
        /*  10796 */ "PutManagedInsightRulesResult\0"
        /*  10825 */ "PutMetricAlarm\0"
        /*  10840 */ "PutMetricData\0"
        /*  10854 */ "PutMetricStream\0"
        /*  10870 */ "PutMetricStreamResult\0"
        /*  10892 */ "SetAlarmState\0"
        /*  10906 */ "StartMetricStreams\0"
        /*  10925 */ "StartMetricStreamsResult\0"
        /*  10950 */ "StartOTelEnrichment\0"
        /*  10970 */ "StartOTelEnrichmentResult\0"
        /*  10996 */ "StopMetricStreams\0"
        /*  11014 */ "StopMetricStreamsResult\0"
        /*  11038 */ "StopOTelEnrichment\0"
        /*  11057 */ "StopOTelEnrichmentResult\0"
        /*  11082 */ "TagResource\0"
        /*  11094 */ "TagResourceResult\0"
        /*  11112 */ "UntagResource\0"
        /*  11126 */ "UntagResourceResult\0"
        /*  11146 */ "cloudwatch\0"
        /*  11157 */ "CloudWatch\0"
        /*  11168 */ "Amazon CloudWatch\0"
        /*  11186 */ "2010-08-01\0"
        /*  11197 */ "monitoring\0"
        /*  11208 */ "GraniteServiceVersion20100801\0"
        /*  11238 */ "1.0\0"
        /*  11242 */ "http://monitoring.amazonaws.com/doc/2010-08-01/\0"
        /*  11290 */ "CLOUDWATCH",
};

/* The descriptor programs use (<awsc/cloudwatch.h>): the one in the tables. */
const struct awsc_service *awsc_cloudwatch_service(void)
{
    return &T.service;
}

enum awsc_cloudwatch_actions_suppressed_by awsc_cloudwatch_actions_suppressed_by_parse(const char *value)
{
    return (enum awsc_cloudwatch_actions_suppressed_by)awsc_enum_parse(&T.strings[98], 3, value);
}

const char *awsc_cloudwatch_actions_suppressed_by_str(enum awsc_cloudwatch_actions_suppressed_by value)
{
    return awsc_enum_str(&T.strings[98], 3, (int)value);
}

enum awsc_cloudwatch_alarm_mute_rule_status awsc_cloudwatch_alarm_mute_rule_status_parse(const char *value)
{
    return (enum awsc_cloudwatch_alarm_mute_rule_status)awsc_enum_parse(&T.strings[487], 3, value);
}

const char *awsc_cloudwatch_alarm_mute_rule_status_str(enum awsc_cloudwatch_alarm_mute_rule_status value)
{
    return awsc_enum_str(&T.strings[487], 3, (int)value);
}

enum awsc_cloudwatch_alarm_type awsc_cloudwatch_alarm_type_parse(const char *value)
{
    return (enum awsc_cloudwatch_alarm_type)awsc_enum_parse(&T.strings[735], 3, value);
}

const char *awsc_cloudwatch_alarm_type_str(enum awsc_cloudwatch_alarm_type value)
{
    return awsc_enum_str(&T.strings[735], 3, (int)value);
}

enum awsc_cloudwatch_anomaly_detector_state_value awsc_cloudwatch_anomaly_detector_state_value_parse(const char *value)
{
    return (enum awsc_cloudwatch_anomaly_detector_state_value)awsc_enum_parse(&T.strings[1171], 3, value);
}

const char *awsc_cloudwatch_anomaly_detector_state_value_str(enum awsc_cloudwatch_anomaly_detector_state_value value)
{
    return awsc_enum_str(&T.strings[1171], 3, (int)value);
}

enum awsc_cloudwatch_anomaly_detector_type awsc_cloudwatch_anomaly_detector_type_parse(const char *value)
{
    return (enum awsc_cloudwatch_anomaly_detector_type)awsc_enum_parse(&T.strings[1242], 2, value);
}

const char *awsc_cloudwatch_anomaly_detector_type_str(enum awsc_cloudwatch_anomaly_detector_type value)
{
    return awsc_enum_str(&T.strings[1242], 2, (int)value);
}

enum awsc_cloudwatch_comparison_operator awsc_cloudwatch_comparison_operator_parse(const char *value)
{
    return (enum awsc_cloudwatch_comparison_operator)awsc_enum_parse(&T.strings[1478], 7, value);
}

const char *awsc_cloudwatch_comparison_operator_str(enum awsc_cloudwatch_comparison_operator value)
{
    return awsc_enum_str(&T.strings[1478], 7, (int)value);
}

enum awsc_cloudwatch_evaluation_state awsc_cloudwatch_evaluation_state_parse(const char *value)
{
    return (enum awsc_cloudwatch_evaluation_state)awsc_enum_parse(&T.strings[3945], 3, value);
}

const char *awsc_cloudwatch_evaluation_state_str(enum awsc_cloudwatch_evaluation_state value)
{
    return awsc_enum_str(&T.strings[3945], 3, (int)value);
}

enum awsc_cloudwatch_history_item_type awsc_cloudwatch_history_item_type_parse(const char *value)
{
    return (enum awsc_cloudwatch_history_item_type)awsc_enum_parse(&T.strings[5047], 5, value);
}

const char *awsc_cloudwatch_history_item_type_str(enum awsc_cloudwatch_history_item_type value)
{
    return awsc_enum_str(&T.strings[5047], 5, (int)value);
}

enum awsc_cloudwatch_metric_stream_output_format awsc_cloudwatch_metric_stream_output_format_parse(const char *value)
{
    return (enum awsc_cloudwatch_metric_stream_output_format)awsc_enum_parse(&T.strings[7389], 3, value);
}

const char *awsc_cloudwatch_metric_stream_output_format_str(enum awsc_cloudwatch_metric_stream_output_format value)
{
    return awsc_enum_str(&T.strings[7389], 3, (int)value);
}

enum awsc_cloudwatch_o_tel_enrichment_status awsc_cloudwatch_o_tel_enrichment_status_parse(const char *value)
{
    return (enum awsc_cloudwatch_o_tel_enrichment_status)awsc_enum_parse(&T.strings[7782], 2, value);
}

const char *awsc_cloudwatch_o_tel_enrichment_status_str(enum awsc_cloudwatch_o_tel_enrichment_status value)
{
    return awsc_enum_str(&T.strings[7782], 2, (int)value);
}

enum awsc_cloudwatch_recently_active awsc_cloudwatch_recently_active_parse(const char *value)
{
    return (enum awsc_cloudwatch_recently_active)awsc_enum_parse(&T.strings[8197], 1, value);
}

const char *awsc_cloudwatch_recently_active_str(enum awsc_cloudwatch_recently_active value)
{
    return awsc_enum_str(&T.strings[8197], 1, (int)value);
}

enum awsc_cloudwatch_scan_by awsc_cloudwatch_scan_by_parse(const char *value)
{
    return (enum awsc_cloudwatch_scan_by)awsc_enum_parse(&T.strings[8304], 2, value);
}

const char *awsc_cloudwatch_scan_by_str(enum awsc_cloudwatch_scan_by value)
{
    return awsc_enum_str(&T.strings[8304], 2, (int)value);
}

enum awsc_cloudwatch_standard_unit awsc_cloudwatch_standard_unit_parse(const char *value)
{
    return (enum awsc_cloudwatch_standard_unit)awsc_enum_parse(&T.strings[8463], 27, value);
}

const char *awsc_cloudwatch_standard_unit_str(enum awsc_cloudwatch_standard_unit value)
{
    return awsc_enum_str(&T.strings[8463], 27, (int)value);
}

enum awsc_cloudwatch_state_value awsc_cloudwatch_state_value_parse(const char *value)
{
    return (enum awsc_cloudwatch_state_value)awsc_enum_parse(&T.strings[8879], 3, value);
}

const char *awsc_cloudwatch_state_value_str(enum awsc_cloudwatch_state_value value)
{
    return awsc_enum_str(&T.strings[8879], 3, (int)value);
}

enum awsc_cloudwatch_statistic awsc_cloudwatch_statistic_parse(const char *value)
{
    return (enum awsc_cloudwatch_statistic)awsc_enum_parse(&T.strings[8906], 5, value);
}

const char *awsc_cloudwatch_statistic_str(enum awsc_cloudwatch_statistic value)
{
    return awsc_enum_str(&T.strings[8906], 5, (int)value);
}

enum awsc_cloudwatch_status_code awsc_cloudwatch_status_code_parse(const char *value)
{
    return (enum awsc_cloudwatch_status_code)awsc_enum_parse(&T.strings[8959], 4, value);
}

const char *awsc_cloudwatch_status_code_str(enum awsc_cloudwatch_status_code value)
{
    return awsc_enum_str(&T.strings[8959], 4, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef REF
#undef T
