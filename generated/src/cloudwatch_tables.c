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
/* MREF(i, target): a reference of members[i] (AWSC_MEMBER_REF). */
#define MREF(i, target) AWSC_MEMBER_REF(T.members[i], T.target)
/* SHAPE_NAME(field, target): a shape's name, which a build without shape
 * names (AWSC_WITH_SHAPE_NAMES 0) leaves out with the names' pool. */
#if AWSC_WITH_SHAPE_NAMES
#define SHAPE_NAME(field, target) REF(field, target)
#else
#define SHAPE_NAME(field, target) 0
#endif
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
        .name_ref = REF(service.name_ref, strings[6644]),
        .service_id_ref = REF(service.service_id_ref, strings[6655]),
        .full_name_ref = REF(service.full_name_ref, strings[6666]),
        .api_version_ref = REF(service.api_version_ref, strings[6684]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[6695]),
        .signing_name_ref = REF(service.signing_name_ref, strings[6695]),
        .target_prefix_ref = REF(service.target_prefix_ref, strings[6706]),
        .json_version_ref = REF(service.json_version_ref, strings[6736]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[6740]),
        .env_name_ref = REF(service.env_name_ref, strings[6788]),
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
            .name_ref = REF(operations[0].name_ref, strings[4747]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[0].input_ref, structures[6].shape),
            .output_ref = REF(operations[0].output_ref, structures[7].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .result_wrapper_ref = REF(operations[0].result_wrapper_ref, strings[4777]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* DeleteAlarmMuteRule */
            .name_ref = REF(operations[1].name_ref, strings[4806]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[1].input_ref, structures[16].shape),
            .service_ref = REF(operations[1].service_ref, service),
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* DeleteAlarms */
            .name_ref = REF(operations[2].name_ref, strings[4826]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[2].input_ref, structures[17].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[5]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* DeleteAnomalyDetector */
            .name_ref = REF(operations[3].name_ref, strings[4839]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[3].input_ref, structures[18].shape),
            .output_ref = REF(operations[3].output_ref, structures[19].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[7]),
            .service_ref = REF(operations[3].service_ref, service),
            .result_wrapper_ref = REF(operations[3].result_wrapper_ref, strings[4861]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* DeleteDashboards */
            .name_ref = REF(operations[4].name_ref, strings[4889]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[4].input_ref, structures[20].shape),
            .output_ref = REF(operations[4].output_ref, structures[21].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[12]),
            .service_ref = REF(operations[4].service_ref, service),
            .result_wrapper_ref = REF(operations[4].result_wrapper_ref, strings[4906]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* DeleteInsightRules */
            .name_ref = REF(operations[5].name_ref, strings[4929]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[5].input_ref, structures[22].shape),
            .output_ref = REF(operations[5].output_ref, structures[23].shape),
            .errors_ref = REF(operations[5].errors_ref, op_errors[15]),
            .service_ref = REF(operations[5].service_ref, service),
            .result_wrapper_ref = REF(operations[5].result_wrapper_ref, strings[4948]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* DeleteMetricStream */
            .name_ref = REF(operations[6].name_ref, strings[4973]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[6].input_ref, structures[24].shape),
            .output_ref = REF(operations[6].output_ref, structures[25].shape),
            .errors_ref = REF(operations[6].errors_ref, op_errors[17]),
            .service_ref = REF(operations[6].service_ref, service),
            .result_wrapper_ref = REF(operations[6].result_wrapper_ref, strings[4992]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* DescribeAlarmContributors */
            .name_ref = REF(operations[7].name_ref, strings[5017]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[7].input_ref, structures[26].shape),
            .output_ref = REF(operations[7].output_ref, structures[27].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[20]),
            .service_ref = REF(operations[7].service_ref, service),
            .result_wrapper_ref = REF(operations[7].result_wrapper_ref, strings[5043]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* DescribeAlarmHistory */
            .name_ref = REF(operations[8].name_ref, strings[5075]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[8].input_ref, structures[28].shape),
            .output_ref = REF(operations[8].output_ref, structures[29].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[22]),
            .service_ref = REF(operations[8].service_ref, service),
            .result_wrapper_ref = REF(operations[8].result_wrapper_ref, strings[5096]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* DescribeAlarms */
            .name_ref = REF(operations[9].name_ref, strings[5123]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[9].input_ref, structures[32].shape),
            .output_ref = REF(operations[9].output_ref, structures[33].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[23]),
            .service_ref = REF(operations[9].service_ref, service),
            .result_wrapper_ref = REF(operations[9].result_wrapper_ref, strings[5138]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* DescribeAlarmsForMetric */
            .name_ref = REF(operations[10].name_ref, strings[5159]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[10].input_ref, structures[30].shape),
            .output_ref = REF(operations[10].output_ref, structures[31].shape),
            .service_ref = REF(operations[10].service_ref, service),
            .result_wrapper_ref = REF(operations[10].result_wrapper_ref, strings[5183]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* DescribeAnomalyDetectors */
            .name_ref = REF(operations[11].name_ref, strings[5213]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[11].input_ref, structures[34].shape),
            .output_ref = REF(operations[11].output_ref, structures[35].shape),
            .errors_ref = REF(operations[11].errors_ref, op_errors[24]),
            .service_ref = REF(operations[11].service_ref, service),
            .result_wrapper_ref = REF(operations[11].result_wrapper_ref, strings[5238]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* DescribeInsightRules */
            .name_ref = REF(operations[12].name_ref, strings[5269]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[12].input_ref, structures[36].shape),
            .output_ref = REF(operations[12].output_ref, structures[37].shape),
            .errors_ref = REF(operations[12].errors_ref, op_errors[28]),
            .service_ref = REF(operations[12].service_ref, service),
            .result_wrapper_ref = REF(operations[12].result_wrapper_ref, strings[5290]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* DisableAlarmActions */
            .name_ref = REF(operations[13].name_ref, strings[5317]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[13].input_ref, structures[40].shape),
            .service_ref = REF(operations[13].service_ref, service),
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* DisableInsightRules */
            .name_ref = REF(operations[14].name_ref, strings[5337]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[14].input_ref, structures[41].shape),
            .output_ref = REF(operations[14].output_ref, structures[42].shape),
            .errors_ref = REF(operations[14].errors_ref, op_errors[29]),
            .service_ref = REF(operations[14].service_ref, service),
            .result_wrapper_ref = REF(operations[14].result_wrapper_ref, strings[5357]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* DisassociateDatasetKmsKey */
            .name_ref = REF(operations[15].name_ref, strings[5383]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[15].input_ref, structures[43].shape),
            .output_ref = REF(operations[15].output_ref, structures[44].shape),
            .errors_ref = REF(operations[15].errors_ref, op_errors[31]),
            .service_ref = REF(operations[15].service_ref, service),
            .result_wrapper_ref = REF(operations[15].result_wrapper_ref, strings[5409]),
            .error_count = 2,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* EnableAlarmActions */
            .name_ref = REF(operations[16].name_ref, strings[5441]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[16].input_ref, structures[45].shape),
            .service_ref = REF(operations[16].service_ref, service),
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* EnableInsightRules */
            .name_ref = REF(operations[17].name_ref, strings[5460]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[17].input_ref, structures[46].shape),
            .output_ref = REF(operations[17].output_ref, structures[47].shape),
            .errors_ref = REF(operations[17].errors_ref, op_errors[33]),
            .service_ref = REF(operations[17].service_ref, service),
            .result_wrapper_ref = REF(operations[17].result_wrapper_ref, strings[5479]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* GetAlarmMuteRule */
            .name_ref = REF(operations[18].name_ref, strings[5504]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[18].input_ref, structures[52].shape),
            .output_ref = REF(operations[18].output_ref, structures[53].shape),
            .errors_ref = REF(operations[18].errors_ref, op_errors[36]),
            .service_ref = REF(operations[18].service_ref, service),
            .result_wrapper_ref = REF(operations[18].result_wrapper_ref, strings[5521]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* GetDashboard */
            .name_ref = REF(operations[19].name_ref, strings[5544]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[19].input_ref, structures[54].shape),
            .output_ref = REF(operations[19].output_ref, structures[55].shape),
            .errors_ref = REF(operations[19].errors_ref, op_errors[37]),
            .service_ref = REF(operations[19].service_ref, service),
            .result_wrapper_ref = REF(operations[19].result_wrapper_ref, strings[5557]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* GetDataset */
            .name_ref = REF(operations[20].name_ref, strings[5576]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[20].input_ref, structures[56].shape),
            .output_ref = REF(operations[20].output_ref, structures[57].shape),
            .errors_ref = REF(operations[20].errors_ref, op_errors[40]),
            .service_ref = REF(operations[20].service_ref, service),
            .result_wrapper_ref = REF(operations[20].result_wrapper_ref, strings[5587]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* GetInsightRuleReport */
            .name_ref = REF(operations[21].name_ref, strings[5604]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[21].input_ref, structures[58].shape),
            .output_ref = REF(operations[21].output_ref, structures[59].shape),
            .errors_ref = REF(operations[21].errors_ref, op_errors[41]),
            .service_ref = REF(operations[21].service_ref, service),
            .result_wrapper_ref = REF(operations[21].result_wrapper_ref, strings[5625]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* GetMetricData */
            .name_ref = REF(operations[22].name_ref, strings[5652]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[22].input_ref, structures[60].shape),
            .output_ref = REF(operations[22].output_ref, structures[61].shape),
            .errors_ref = REF(operations[22].errors_ref, op_errors[44]),
            .service_ref = REF(operations[22].service_ref, service),
            .result_wrapper_ref = REF(operations[22].result_wrapper_ref, strings[5666]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* GetMetricStatistics */
            .name_ref = REF(operations[23].name_ref, strings[5686]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[23].input_ref, structures[62].shape),
            .output_ref = REF(operations[23].output_ref, structures[63].shape),
            .errors_ref = REF(operations[23].errors_ref, op_errors[45]),
            .service_ref = REF(operations[23].service_ref, service),
            .result_wrapper_ref = REF(operations[23].result_wrapper_ref, strings[5706]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* GetMetricStream */
            .name_ref = REF(operations[24].name_ref, strings[5732]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[24].input_ref, structures[64].shape),
            .output_ref = REF(operations[24].output_ref, structures[65].shape),
            .errors_ref = REF(operations[24].errors_ref, op_errors[49]),
            .service_ref = REF(operations[24].service_ref, service),
            .result_wrapper_ref = REF(operations[24].result_wrapper_ref, strings[5748]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* GetMetricWidgetImage */
            .name_ref = REF(operations[25].name_ref, strings[5770]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[25].input_ref, structures[66].shape),
            .output_ref = REF(operations[25].output_ref, structures[67].shape),
            .service_ref = REF(operations[25].service_ref, service),
            .result_wrapper_ref = REF(operations[25].result_wrapper_ref, strings[5791]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* GetOTelEnrichment */
            .name_ref = REF(operations[26].name_ref, strings[5818]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[26].input_ref, structures[68].shape),
            .output_ref = REF(operations[26].output_ref, structures[69].shape),
            .service_ref = REF(operations[26].service_ref, service),
            .result_wrapper_ref = REF(operations[26].result_wrapper_ref, strings[5836]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* ListAlarmMuteRules */
            .name_ref = REF(operations[27].name_ref, strings[5860]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[27].input_ref, structures[85].shape),
            .output_ref = REF(operations[27].output_ref, structures[86].shape),
            .errors_ref = REF(operations[27].errors_ref, op_errors[54]),
            .service_ref = REF(operations[27].service_ref, service),
            .result_wrapper_ref = REF(operations[27].result_wrapper_ref, strings[5879]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* ListDashboards */
            .name_ref = REF(operations[28].name_ref, strings[5904]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[28].input_ref, structures[87].shape),
            .output_ref = REF(operations[28].output_ref, structures[88].shape),
            .errors_ref = REF(operations[28].errors_ref, op_errors[56]),
            .service_ref = REF(operations[28].service_ref, service),
            .result_wrapper_ref = REF(operations[28].result_wrapper_ref, strings[5919]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* ListManagedInsightRules */
            .name_ref = REF(operations[29].name_ref, strings[5940]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[29].input_ref, structures[89].shape),
            .output_ref = REF(operations[29].output_ref, structures[90].shape),
            .errors_ref = REF(operations[29].errors_ref, op_errors[58]),
            .service_ref = REF(operations[29].service_ref, service),
            .result_wrapper_ref = REF(operations[29].result_wrapper_ref, strings[5964]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* ListMetricStreams */
            .name_ref = REF(operations[30].name_ref, strings[5994]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[30].input_ref, structures[91].shape),
            .output_ref = REF(operations[30].output_ref, structures[92].shape),
            .errors_ref = REF(operations[30].errors_ref, op_errors[61]),
            .service_ref = REF(operations[30].service_ref, service),
            .result_wrapper_ref = REF(operations[30].result_wrapper_ref, strings[6012]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* ListMetrics */
            .name_ref = REF(operations[31].name_ref, strings[6036]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[31].input_ref, structures[93].shape),
            .output_ref = REF(operations[31].output_ref, structures[94].shape),
            .errors_ref = REF(operations[31].errors_ref, op_errors[65]),
            .service_ref = REF(operations[31].service_ref, service),
            .result_wrapper_ref = REF(operations[31].result_wrapper_ref, strings[6048]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* ListTagsForResource */
            .name_ref = REF(operations[32].name_ref, strings[6066]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[32].input_ref, structures[95].shape),
            .output_ref = REF(operations[32].output_ref, structures[96].shape),
            .errors_ref = REF(operations[32].errors_ref, op_errors[67]),
            .service_ref = REF(operations[32].service_ref, service),
            .result_wrapper_ref = REF(operations[32].result_wrapper_ref, strings[6086]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* PutAlarmMuteRule */
            .name_ref = REF(operations[33].name_ref, strings[6112]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[33].input_ref, structures[117].shape),
            .errors_ref = REF(operations[33].errors_ref, op_errors[70]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* PutAnomalyDetector */
            .name_ref = REF(operations[34].name_ref, strings[6129]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[34].input_ref, structures[118].shape),
            .output_ref = REF(operations[34].output_ref, structures[119].shape),
            .errors_ref = REF(operations[34].errors_ref, op_errors[71]),
            .service_ref = REF(operations[34].service_ref, service),
            .result_wrapper_ref = REF(operations[34].result_wrapper_ref, strings[6148]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* PutCompositeAlarm */
            .name_ref = REF(operations[35].name_ref, strings[6173]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[35].input_ref, structures[120].shape),
            .errors_ref = REF(operations[35].errors_ref, op_errors[76]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* PutDashboard */
            .name_ref = REF(operations[36].name_ref, strings[6191]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[36].input_ref, structures[121].shape),
            .output_ref = REF(operations[36].output_ref, structures[122].shape),
            .errors_ref = REF(operations[36].errors_ref, op_errors[77]),
            .service_ref = REF(operations[36].service_ref, service),
            .result_wrapper_ref = REF(operations[36].result_wrapper_ref, strings[6204]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* PutInsightRule */
            .name_ref = REF(operations[37].name_ref, strings[6223]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[37].input_ref, structures[123].shape),
            .output_ref = REF(operations[37].output_ref, structures[124].shape),
            .errors_ref = REF(operations[37].errors_ref, op_errors[80]),
            .service_ref = REF(operations[37].service_ref, service),
            .result_wrapper_ref = REF(operations[37].result_wrapper_ref, strings[6238]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* PutLogAlarm */
            .name_ref = REF(operations[38].name_ref, strings[6259]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[38].input_ref, structures[125].shape),
            .errors_ref = REF(operations[38].errors_ref, op_errors[83]),
            .service_ref = REF(operations[38].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* PutManagedInsightRules */
            .name_ref = REF(operations[39].name_ref, strings[6271]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[39].input_ref, structures[126].shape),
            .output_ref = REF(operations[39].output_ref, structures[127].shape),
            .errors_ref = REF(operations[39].errors_ref, op_errors[85]),
            .service_ref = REF(operations[39].service_ref, service),
            .result_wrapper_ref = REF(operations[39].result_wrapper_ref, strings[6294]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* PutMetricAlarm */
            .name_ref = REF(operations[40].name_ref, strings[6323]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[40].input_ref, structures[128].shape),
            .errors_ref = REF(operations[40].errors_ref, op_errors[87]),
            .service_ref = REF(operations[40].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* PutMetricData */
            .name_ref = REF(operations[41].name_ref, strings[6338]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[41].input_ref, structures[129].shape),
            .errors_ref = REF(operations[41].errors_ref, op_errors[88]),
            .service_ref = REF(operations[41].service_ref, service),
            .error_count = 4,
            .flags = AWSC_OF_COMPRESS_GZIP,
            .auth = AWSC_AUTH_SIGV4,
        },
        [42] = { /* PutMetricStream */
            .name_ref = REF(operations[42].name_ref, strings[6352]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[42].input_ref, structures[130].shape),
            .output_ref = REF(operations[42].output_ref, structures[131].shape),
            .errors_ref = REF(operations[42].errors_ref, op_errors[92]),
            .service_ref = REF(operations[42].service_ref, service),
            .result_wrapper_ref = REF(operations[42].result_wrapper_ref, strings[6368]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [43] = { /* SetAlarmState */
            .name_ref = REF(operations[43].name_ref, strings[6390]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[43].input_ref, structures[140].shape),
            .errors_ref = REF(operations[43].errors_ref, op_errors[97]),
            .service_ref = REF(operations[43].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [44] = { /* StartMetricStreams */
            .name_ref = REF(operations[44].name_ref, strings[6404]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[44].input_ref, structures[143].shape),
            .output_ref = REF(operations[44].output_ref, structures[144].shape),
            .errors_ref = REF(operations[44].errors_ref, op_errors[99]),
            .service_ref = REF(operations[44].service_ref, service),
            .result_wrapper_ref = REF(operations[44].result_wrapper_ref, strings[6423]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [45] = { /* StartOTelEnrichment */
            .name_ref = REF(operations[45].name_ref, strings[6448]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[45].input_ref, structures[145].shape),
            .output_ref = REF(operations[45].output_ref, structures[146].shape),
            .service_ref = REF(operations[45].service_ref, service),
            .result_wrapper_ref = REF(operations[45].result_wrapper_ref, strings[6468]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [46] = { /* StopMetricStreams */
            .name_ref = REF(operations[46].name_ref, strings[6494]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[46].input_ref, structures[148].shape),
            .output_ref = REF(operations[46].output_ref, structures[149].shape),
            .errors_ref = REF(operations[46].errors_ref, op_errors[102]),
            .service_ref = REF(operations[46].service_ref, service),
            .result_wrapper_ref = REF(operations[46].result_wrapper_ref, strings[6512]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [47] = { /* StopOTelEnrichment */
            .name_ref = REF(operations[47].name_ref, strings[6536]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[47].input_ref, structures[150].shape),
            .output_ref = REF(operations[47].output_ref, structures[151].shape),
            .service_ref = REF(operations[47].service_ref, service),
            .result_wrapper_ref = REF(operations[47].result_wrapper_ref, strings[6555]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [48] = { /* TagResource */
            .name_ref = REF(operations[48].name_ref, strings[6580]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[48].input_ref, structures[153].shape),
            .output_ref = REF(operations[48].output_ref, structures[154].shape),
            .errors_ref = REF(operations[48].errors_ref, op_errors[105]),
            .service_ref = REF(operations[48].service_ref, service),
            .result_wrapper_ref = REF(operations[48].result_wrapper_ref, strings[6592]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [49] = { /* UntagResource */
            .name_ref = REF(operations[49].name_ref, strings[6610]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[4770]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[4775]),
            .input_ref = REF(operations[49].input_ref, structures[155].shape),
            .output_ref = REF(operations[49].output_ref, structures[156].shape),
            .errors_ref = REF(operations[49].errors_ref, op_errors[110]),
            .service_ref = REF(operations[49].service_ref, service),
            .result_wrapper_ref = REF(operations[49].result_wrapper_ref, strings[6624]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[10].shape),
        REF(op_errors[1], structures[79].shape),
        REF(op_errors[2], structures[80].shape),
        REF(op_errors[3], structures[81].shape),
        REF(op_errors[4], structures[135].shape),
        REF(op_errors[5], structures[133].shape),
        REF(op_errors[6], structures[134].shape),
        REF(op_errors[7], structures[74].shape),
        REF(op_errors[8], structures[77].shape),
        REF(op_errors[9], structures[78].shape),
        REF(op_errors[10], structures[114].shape),
        REF(op_errors[11], structures[135].shape),
        REF(op_errors[12], structures[10].shape),
        REF(op_errors[13], structures[74].shape),
        REF(op_errors[14], structures[78].shape),
        REF(op_errors[15], structures[78].shape),
        REF(op_errors[16], structures[114].shape),
        REF(op_errors[17], structures[74].shape),
        REF(op_errors[18], structures[78].shape),
        REF(op_errors[19], structures[114].shape),
        REF(op_errors[20], structures[76].shape),
        REF(op_errors[21], structures[135].shape),
        REF(op_errors[22], structures[76].shape),
        REF(op_errors[23], structures[76].shape),
        REF(op_errors[24], structures[74].shape),
        REF(op_errors[25], structures[76].shape),
        REF(op_errors[26], structures[77].shape),
        REF(op_errors[27], structures[78].shape),
        REF(op_errors[28], structures[76].shape),
        REF(op_errors[29], structures[78].shape),
        REF(op_errors[30], structures[114].shape),
        REF(op_errors[31], structures[10].shape),
        REF(op_errors[32], structures[135].shape),
        REF(op_errors[33], structures[78].shape),
        REF(op_errors[34], structures[83].shape),
        REF(op_errors[35], structures[114].shape),
        REF(op_errors[36], structures[135].shape),
        REF(op_errors[37], structures[13].shape),
        REF(op_errors[38], structures[74].shape),
        REF(op_errors[39], structures[78].shape),
        REF(op_errors[40], structures[135].shape),
        REF(op_errors[41], structures[78].shape),
        REF(op_errors[42], structures[114].shape),
        REF(op_errors[43], structures[135].shape),
        REF(op_errors[44], structures[76].shape),
        REF(op_errors[45], structures[74].shape),
        REF(op_errors[46], structures[77].shape),
        REF(op_errors[47], structures[78].shape),
        REF(op_errors[48], structures[114].shape),
        REF(op_errors[49], structures[74].shape),
        REF(op_errors[50], structures[77].shape),
        REF(op_errors[51], structures[78].shape),
        REF(op_errors[52], structures[114].shape),
        REF(op_errors[53], structures[135].shape),
        REF(op_errors[54], structures[76].shape),
        REF(op_errors[55], structures[135].shape),
        REF(op_errors[56], structures[74].shape),
        REF(op_errors[57], structures[78].shape),
        REF(op_errors[58], structures[76].shape),
        REF(op_errors[59], structures[78].shape),
        REF(op_errors[60], structures[114].shape),
        REF(op_errors[61], structures[74].shape),
        REF(op_errors[62], structures[76].shape),
        REF(op_errors[63], structures[78].shape),
        REF(op_errors[64], structures[114].shape),
        REF(op_errors[65], structures[74].shape),
        REF(op_errors[66], structures[78].shape),
        REF(op_errors[67], structures[74].shape),
        REF(op_errors[68], structures[78].shape),
        REF(op_errors[69], structures[135].shape),
        REF(op_errors[70], structures[84].shape),
        REF(op_errors[71], structures[74].shape),
        REF(op_errors[72], structures[77].shape),
        REF(op_errors[73], structures[78].shape),
        REF(op_errors[74], structures[83].shape),
        REF(op_errors[75], structures[114].shape),
        REF(op_errors[76], structures[84].shape),
        REF(op_errors[77], structures[10].shape),
        REF(op_errors[78], structures[12].shape),
        REF(op_errors[79], structures[74].shape),
        REF(op_errors[80], structures[78].shape),
        REF(op_errors[81], structures[83].shape),
        REF(op_errors[82], structures[114].shape),
        REF(op_errors[83], structures[84].shape),
        REF(op_errors[84], structures[133].shape),
        REF(op_errors[85], structures[78].shape),
        REF(op_errors[86], structures[114].shape),
        REF(op_errors[87], structures[84].shape),
        REF(op_errors[88], structures[74].shape),
        REF(op_errors[89], structures[77].shape),
        REF(op_errors[90], structures[78].shape),
        REF(op_errors[91], structures[114].shape),
        REF(op_errors[92], structures[9].shape),
        REF(op_errors[93], structures[74].shape),
        REF(op_errors[94], structures[77].shape),
        REF(op_errors[95], structures[78].shape),
        REF(op_errors[96], structures[114].shape),
        REF(op_errors[97], structures[75].shape),
        REF(op_errors[98], structures[134].shape),
        REF(op_errors[99], structures[74].shape),
        REF(op_errors[100], structures[78].shape),
        REF(op_errors[101], structures[114].shape),
        REF(op_errors[102], structures[74].shape),
        REF(op_errors[103], structures[78].shape),
        REF(op_errors[104], structures[114].shape),
        REF(op_errors[105], structures[9].shape),
        REF(op_errors[106], structures[10].shape),
        REF(op_errors[107], structures[74].shape),
        REF(op_errors[108], structures[78].shape),
        REF(op_errors[109], structures[135].shape),
        REF(op_errors[110], structures[9].shape),
        REF(op_errors[111], structures[10].shape),
        REF(op_errors[112], structures[74].shape),
        REF(op_errors[113], structures[78].shape),
        REF(op_errors[114], structures[135].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[9].shape),
        REF(service_errors[1], structures[10].shape),
        REF(service_errors[2], structures[74].shape),
        REF(service_errors[3], structures[75].shape),
        REF(service_errors[4], structures[76].shape),
        REF(service_errors[5], structures[77].shape),
        REF(service_errors[6], structures[12].shape),
        REF(service_errors[7], structures[78].shape),
        REF(service_errors[8], structures[79].shape),
        REF(service_errors[9], structures[80].shape),
        REF(service_errors[10], structures[81].shape),
        REF(service_errors[11], structures[84].shape),
        REF(service_errors[12], structures[83].shape),
        REF(service_errors[13], structures[114].shape),
        REF(service_errors[14], structures[133].shape),
        REF(service_errors[15], structures[13].shape),
        REF(service_errors[16], structures[134].shape),
        REF(service_errors[17], structures[135].shape),
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
    .structures = {
        [0] = { /* AlarmContributor */
            .shape = {
                .name_ref = SHAPE_NAME(structures[0].shape.name_ref, shape_names[153]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_alarm_contributor),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .by_wire_name_ref = REF(structures[0].by_wire_name_ref, by_wire_name[0]),
            .member_count = 4,
        },
        [1] = { /* AlarmHistoryItem */
            .shape = {
                .name_ref = SHAPE_NAME(structures[1].shape.name_ref, shape_names[205]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_alarm_history_item),
            },
            .members_ref = REF(structures[1].members_ref, members[4]),
            .by_wire_name_ref = REF(structures[1].by_wire_name_ref, by_wire_name[4]),
            .member_count = 8,
        },
        [2] = { /* AlarmMuteRuleSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[2].shape.name_ref, shape_names[305]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_alarm_mute_rule_summary),
            },
            .members_ref = REF(structures[2].members_ref, members[12]),
            .by_wire_name_ref = REF(structures[2].by_wire_name_ref, by_wire_name[12]),
            .member_count = 5,
        },
        [3] = { /* AlarmPromQLCriteria */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[363]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_alarm_prom_ql_criteria),
            },
            .members_ref = REF(structures[3].members_ref, members[17]),
            .by_wire_name_ref = REF(structures[3].by_wire_name_ref, by_wire_name[17]),
            .member_count = 3,
        },
        [4] = { /* AnomalyDetector */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[433]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_anomaly_detector),
            },
            .members_ref = REF(structures[4].members_ref, members[20]),
            .by_wire_name_ref = REF(structures[4].by_wire_name_ref, by_wire_name[20]),
            .member_count = 10,
        },
        [5] = { /* AnomalyDetectorConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[5].shape.name_ref, shape_names[449]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_anomaly_detector_configuration),
            },
            .members_ref = REF(structures[5].members_ref, members[30]),
            .by_wire_name_ref = REF(structures[5].by_wire_name_ref, by_wire_name[30]),
            .member_count = 2,
        },
        [6] = { /* AssociateDatasetKmsKeyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[693]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_associate_dataset_kms_key_input),
            },
            .members_ref = REF(structures[6].members_ref, members[32]),
            .by_wire_name_ref = REF(structures[6].by_wire_name_ref, by_wire_name[32]),
            .member_count = 2,
        },
        [7] = { /* AssociateDatasetKmsKeyOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[7].shape.name_ref, shape_names[721]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_associate_dataset_kms_key_output),
            },
        },
        [8] = { /* CompositeAlarm */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[833]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_composite_alarm),
            },
            .members_ref = REF(structures[8].members_ref, members[34]),
            .by_wire_name_ref = REF(structures[8].by_wire_name_ref, by_wire_name[34]),
            .member_count = 19,
        },
        [9] = { /* ConcurrentModificationException */
            .shape = {
                .name_ref = REF(structures[9].shape.name_ref, strings[1163]),
                .traits_ref = REF(structures[9].shape.traits_ref, traits[19]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_concurrent_modification_exception),
            },
        },
        [10] = { /* ConflictException */
            .shape = {
                .name_ref = REF(structures[10].shape.name_ref, strings[1195]),
                .traits_ref = REF(structures[10].shape.traits_ref, traits[20]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_cloudwatch_conflict_exception),
            },
            .members_ref = REF(structures[10].members_ref, members[53]),
            .by_wire_name_ref = REF(structures[10].by_wire_name_ref, by_wire_name[53]),
            .member_count = 1,
        },
        [11] = { /* DashboardEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[951]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_dashboard_entry),
            },
            .members_ref = REF(structures[11].members_ref, members[54]),
            .by_wire_name_ref = REF(structures[11].by_wire_name_ref, by_wire_name[54]),
            .member_count = 4,
        },
        [12] = { /* DashboardInvalidInputError */
            .shape = {
                .name_ref = REF(structures[12].shape.name_ref, strings[1266]),
                .traits_ref = REF(structures[12].shape.traits_ref, traits[23]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_dashboard_invalid_input_error),
            },
            .members_ref = REF(structures[12].members_ref, members[58]),
            .by_wire_name_ref = REF(structures[12].by_wire_name_ref, by_wire_name[58]),
            .member_count = 2,
        },
        [13] = { /* DashboardNotFoundError */
            .shape = {
                .name_ref = REF(structures[13].shape.name_ref, strings[1351]),
                .traits_ref = REF(structures[13].shape.traits_ref, traits[24]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_dashboard_not_found_error),
            },
            .members_ref = REF(structures[13].members_ref, members[60]),
            .by_wire_name_ref = REF(structures[13].by_wire_name_ref, by_wire_name[60]),
            .member_count = 1,
        },
        [14] = { /* DashboardValidationMessage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[1037]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_dashboard_validation_message),
            },
            .members_ref = REF(structures[14].members_ref, members[61]),
            .by_wire_name_ref = REF(structures[14].by_wire_name_ref, by_wire_name[61]),
            .member_count = 2,
        },
        [15] = { /* Datapoint */
            .shape = {
                .name_ref = SHAPE_NAME(structures[15].shape.name_ref, shape_names[1101]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_datapoint),
            },
            .members_ref = REF(structures[15].members_ref, members[63]),
            .by_wire_name_ref = REF(structures[15].by_wire_name_ref, by_wire_name[63]),
            .member_count = 8,
        },
        [16] = { /* DeleteAlarmMuteRuleInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[1228]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_alarm_mute_rule_input),
            },
            .members_ref = REF(structures[16].members_ref, members[71]),
            .by_wire_name_ref = REF(structures[16].by_wire_name_ref, by_wire_name[71]),
            .member_count = 1,
        },
        [17] = { /* DeleteAlarmsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[17].shape.name_ref, shape_names[1253]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_alarms_input),
            },
            .members_ref = REF(structures[17].members_ref, members[72]),
            .by_wire_name_ref = REF(structures[17].by_wire_name_ref, by_wire_name[72]),
            .member_count = 1,
        },
        [18] = { /* DeleteAnomalyDetectorInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[1271]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_anomaly_detector_input),
            },
            .members_ref = REF(structures[18].members_ref, members[73]),
            .by_wire_name_ref = REF(structures[18].by_wire_name_ref, by_wire_name[73]),
            .member_count = 7,
        },
        [19] = { /* DeleteAnomalyDetectorOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[19].shape.name_ref, shape_names[1298]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_anomaly_detector_output),
            },
        },
        [20] = { /* DeleteDashboardsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[20].shape.name_ref, shape_names[1326]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_dashboards_input),
            },
            .members_ref = REF(structures[20].members_ref, members[80]),
            .by_wire_name_ref = REF(structures[20].by_wire_name_ref, by_wire_name[80]),
            .member_count = 1,
        },
        [21] = { /* DeleteDashboardsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[21].shape.name_ref, shape_names[1348]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_dashboards_output),
            },
        },
        [22] = { /* DeleteInsightRulesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[1371]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_insight_rules_input),
            },
            .members_ref = REF(structures[22].members_ref, members[81]),
            .by_wire_name_ref = REF(structures[22].by_wire_name_ref, by_wire_name[81]),
            .member_count = 1,
        },
        [23] = { /* DeleteInsightRulesOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[23].shape.name_ref, shape_names[1395]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_insight_rules_output),
            },
            .members_ref = REF(structures[23].members_ref, members[82]),
            .by_wire_name_ref = REF(structures[23].by_wire_name_ref, by_wire_name[82]),
            .member_count = 1,
        },
        [24] = { /* DeleteMetricStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[24].shape.name_ref, shape_names[1420]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_metric_stream_input),
            },
            .members_ref = REF(structures[24].members_ref, members[83]),
            .by_wire_name_ref = REF(structures[24].by_wire_name_ref, by_wire_name[83]),
            .member_count = 1,
        },
        [25] = { /* DeleteMetricStreamOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[25].shape.name_ref, shape_names[1444]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_delete_metric_stream_output),
            },
        },
        [26] = { /* DescribeAlarmContributorsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[26].shape.name_ref, shape_names[1469]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_alarm_contributors_input),
            },
            .members_ref = REF(structures[26].members_ref, members[84]),
            .by_wire_name_ref = REF(structures[26].by_wire_name_ref, by_wire_name[84]),
            .member_count = 2,
        },
        [27] = { /* DescribeAlarmContributorsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[27].shape.name_ref, shape_names[1500]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_alarm_contributors_output),
            },
            .members_ref = REF(structures[27].members_ref, members[86]),
            .by_wire_name_ref = REF(structures[27].by_wire_name_ref, by_wire_name[86]),
            .member_count = 2,
        },
        [28] = { /* DescribeAlarmHistoryInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[28].shape.name_ref, shape_names[1532]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_alarm_history_input),
            },
            .members_ref = REF(structures[28].members_ref, members[88]),
            .by_wire_name_ref = REF(structures[28].by_wire_name_ref, by_wire_name[88]),
            .member_count = 9,
        },
        [29] = { /* DescribeAlarmHistoryOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[29].shape.name_ref, shape_names[1558]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_alarm_history_output),
            },
            .members_ref = REF(structures[29].members_ref, members[97]),
            .by_wire_name_ref = REF(structures[29].by_wire_name_ref, by_wire_name[97]),
            .member_count = 2,
        },
        [30] = { /* DescribeAlarmsForMetricInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[30].shape.name_ref, shape_names[1585]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_alarms_for_metric_input),
            },
            .members_ref = REF(structures[30].members_ref, members[99]),
            .by_wire_name_ref = REF(structures[30].by_wire_name_ref, by_wire_name[99]),
            .member_count = 7,
        },
        [31] = { /* DescribeAlarmsForMetricOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[31].shape.name_ref, shape_names[1614]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_alarms_for_metric_output),
            },
            .members_ref = REF(structures[31].members_ref, members[106]),
            .by_wire_name_ref = REF(structures[31].by_wire_name_ref, by_wire_name[106]),
            .member_count = 1,
        },
        [32] = { /* DescribeAlarmsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[32].shape.name_ref, shape_names[1644]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_alarms_input),
            },
            .members_ref = REF(structures[32].members_ref, members[107]),
            .by_wire_name_ref = REF(structures[32].by_wire_name_ref, by_wire_name[107]),
            .member_count = 9,
        },
        [33] = { /* DescribeAlarmsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[33].shape.name_ref, shape_names[1664]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_alarms_output),
            },
            .members_ref = REF(structures[33].members_ref, members[116]),
            .by_wire_name_ref = REF(structures[33].by_wire_name_ref, by_wire_name[116]),
            .member_count = 4,
        },
        [34] = { /* DescribeAnomalyDetectorsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[34].shape.name_ref, shape_names[1685]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_anomaly_detectors_input),
            },
            .members_ref = REF(structures[34].members_ref, members[120]),
            .by_wire_name_ref = REF(structures[34].by_wire_name_ref, by_wire_name[120]),
            .member_count = 7,
        },
        [35] = { /* DescribeAnomalyDetectorsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[35].shape.name_ref, shape_names[1715]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_anomaly_detectors_output),
            },
            .members_ref = REF(structures[35].members_ref, members[127]),
            .by_wire_name_ref = REF(structures[35].by_wire_name_ref, by_wire_name[127]),
            .member_count = 2,
        },
        [36] = { /* DescribeInsightRulesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[36].shape.name_ref, shape_names[1746]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_insight_rules_input),
            },
            .members_ref = REF(structures[36].members_ref, members[129]),
            .by_wire_name_ref = REF(structures[36].by_wire_name_ref, by_wire_name[129]),
            .member_count = 2,
        },
        [37] = { /* DescribeInsightRulesOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[37].shape.name_ref, shape_names[1772]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_describe_insight_rules_output),
            },
            .members_ref = REF(structures[37].members_ref, members[131]),
            .by_wire_name_ref = REF(structures[37].by_wire_name_ref, by_wire_name[131]),
            .member_count = 2,
        },
        [38] = { /* Dimension */
            .shape = {
                .name_ref = SHAPE_NAME(structures[38].shape.name_ref, shape_names[1799]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_dimension),
            },
            .members_ref = REF(structures[38].members_ref, members[133]),
            .by_wire_name_ref = REF(structures[38].by_wire_name_ref, by_wire_name[133]),
            .member_count = 2,
        },
        [39] = { /* DimensionFilter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[39].shape.name_ref, shape_names[1809]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_dimension_filter),
            },
            .members_ref = REF(structures[39].members_ref, members[135]),
            .by_wire_name_ref = REF(structures[39].by_wire_name_ref, by_wire_name[135]),
            .member_count = 2,
        },
        [40] = { /* DisableAlarmActionsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[40].shape.name_ref, shape_names[1882]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_disable_alarm_actions_input),
            },
            .members_ref = REF(structures[40].members_ref, members[137]),
            .by_wire_name_ref = REF(structures[40].by_wire_name_ref, by_wire_name[137]),
            .member_count = 1,
        },
        [41] = { /* DisableInsightRulesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[41].shape.name_ref, shape_names[1907]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_disable_insight_rules_input),
            },
            .members_ref = REF(structures[41].members_ref, members[138]),
            .by_wire_name_ref = REF(structures[41].by_wire_name_ref, by_wire_name[138]),
            .member_count = 1,
        },
        [42] = { /* DisableInsightRulesOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[42].shape.name_ref, shape_names[1932]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_disable_insight_rules_output),
            },
            .members_ref = REF(structures[42].members_ref, members[139]),
            .by_wire_name_ref = REF(structures[42].by_wire_name_ref, by_wire_name[139]),
            .member_count = 1,
        },
        [43] = { /* DisassociateDatasetKmsKeyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[43].shape.name_ref, shape_names[1958]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_disassociate_dataset_kms_key_input),
            },
            .members_ref = REF(structures[43].members_ref, members[140]),
            .by_wire_name_ref = REF(structures[43].by_wire_name_ref, by_wire_name[140]),
            .member_count = 1,
        },
        [44] = { /* DisassociateDatasetKmsKeyOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[44].shape.name_ref, shape_names[1989]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_disassociate_dataset_kms_key_output),
            },
        },
        [45] = { /* EnableAlarmActionsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[45].shape.name_ref, shape_names[2030]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_enable_alarm_actions_input),
            },
            .members_ref = REF(structures[45].members_ref, members[141]),
            .by_wire_name_ref = REF(structures[45].by_wire_name_ref, by_wire_name[141]),
            .member_count = 1,
        },
        [46] = { /* EnableInsightRulesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[46].shape.name_ref, shape_names[2054]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_enable_insight_rules_input),
            },
            .members_ref = REF(structures[46].members_ref, members[142]),
            .by_wire_name_ref = REF(structures[46].by_wire_name_ref, by_wire_name[142]),
            .member_count = 1,
        },
        [47] = { /* EnableInsightRulesOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[47].shape.name_ref, shape_names[2078]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_enable_insight_rules_output),
            },
            .members_ref = REF(structures[47].members_ref, members[143]),
            .by_wire_name_ref = REF(structures[47].by_wire_name_ref, by_wire_name[143]),
            .member_count = 1,
        },
        [48] = { /* Entity */
            .shape = {
                .name_ref = SHAPE_NAME(structures[48].shape.name_ref, shape_names[2117]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_entity),
            },
            .members_ref = REF(structures[48].members_ref, members[144]),
            .by_wire_name_ref = REF(structures[48].by_wire_name_ref, by_wire_name[144]),
            .member_count = 2,
        },
        [49] = { /* EntityMetricData */
            .shape = {
                .name_ref = SHAPE_NAME(structures[49].shape.name_ref, shape_names[2293]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_entity_metric_data),
            },
            .members_ref = REF(structures[49].members_ref, members[146]),
            .by_wire_name_ref = REF(structures[49].by_wire_name_ref, by_wire_name[146]),
            .member_count = 2,
        },
        [50] = { /* EvaluationCriteria */
            .shape = {
                .name_ref = SHAPE_NAME(structures[50].shape.name_ref, shape_names[2377]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_cloudwatch_evaluation_criteria),
            },
            .members_ref = REF(structures[50].members_ref, members[148]),
            .by_wire_name_ref = REF(structures[50].by_wire_name_ref, by_wire_name[148]),
            .member_count = 1,
        },
        [51] = { /* EvaluationWindow */
            .shape = {
                .name_ref = SHAPE_NAME(structures[51].shape.name_ref, shape_names[2449]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_cloudwatch_evaluation_window),
            },
            .members_ref = REF(structures[51].members_ref, members[149]),
            .by_wire_name_ref = REF(structures[51].by_wire_name_ref, by_wire_name[149]),
            .member_count = 2,
        },
        [52] = { /* GetAlarmMuteRuleInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[52].shape.name_ref, shape_names[2592]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_alarm_mute_rule_input),
            },
            .members_ref = REF(structures[52].members_ref, members[151]),
            .by_wire_name_ref = REF(structures[52].by_wire_name_ref, by_wire_name[151]),
            .member_count = 1,
        },
        [53] = { /* GetAlarmMuteRuleOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[53].shape.name_ref, shape_names[2614]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_alarm_mute_rule_output),
            },
            .members_ref = REF(structures[53].members_ref, members[152]),
            .by_wire_name_ref = REF(structures[53].by_wire_name_ref, by_wire_name[152]),
            .member_count = 10,
        },
        [54] = { /* GetDashboardInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[54].shape.name_ref, shape_names[2637]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_dashboard_input),
            },
            .members_ref = REF(structures[54].members_ref, members[162]),
            .by_wire_name_ref = REF(structures[54].by_wire_name_ref, by_wire_name[162]),
            .member_count = 1,
        },
        [55] = { /* GetDashboardOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[55].shape.name_ref, shape_names[2655]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_dashboard_output),
            },
            .members_ref = REF(structures[55].members_ref, members[163]),
            .by_wire_name_ref = REF(structures[55].by_wire_name_ref, by_wire_name[163]),
            .member_count = 3,
        },
        [56] = { /* GetDatasetInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[56].shape.name_ref, shape_names[2674]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_dataset_input),
            },
            .members_ref = REF(structures[56].members_ref, members[166]),
            .by_wire_name_ref = REF(structures[56].by_wire_name_ref, by_wire_name[166]),
            .member_count = 1,
        },
        [57] = { /* GetDatasetOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[57].shape.name_ref, shape_names[2690]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_dataset_output),
            },
            .members_ref = REF(structures[57].members_ref, members[167]),
            .by_wire_name_ref = REF(structures[57].by_wire_name_ref, by_wire_name[167]),
            .member_count = 3,
        },
        [58] = { /* GetInsightRuleReportInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[58].shape.name_ref, shape_names[2707]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_insight_rule_report_input),
            },
            .members_ref = REF(structures[58].members_ref, members[170]),
            .by_wire_name_ref = REF(structures[58].by_wire_name_ref, by_wire_name[170]),
            .member_count = 7,
        },
        [59] = { /* GetInsightRuleReportOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[59].shape.name_ref, shape_names[2733]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_insight_rule_report_output),
            },
            .members_ref = REF(structures[59].members_ref, members[177]),
            .by_wire_name_ref = REF(structures[59].by_wire_name_ref, by_wire_name[177]),
            .member_count = 6,
        },
        [60] = { /* GetMetricDataInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[60].shape.name_ref, shape_names[2760]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_metric_data_input),
            },
            .members_ref = REF(structures[60].members_ref, members[183]),
            .by_wire_name_ref = REF(structures[60].by_wire_name_ref, by_wire_name[183]),
            .member_count = 7,
        },
        [61] = { /* GetMetricDataOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[61].shape.name_ref, shape_names[2833]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_metric_data_output),
            },
            .members_ref = REF(structures[61].members_ref, members[190]),
            .by_wire_name_ref = REF(structures[61].by_wire_name_ref, by_wire_name[190]),
            .member_count = 3,
        },
        [62] = { /* GetMetricStatisticsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[62].shape.name_ref, shape_names[2853]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_metric_statistics_input),
            },
            .members_ref = REF(structures[62].members_ref, members[193]),
            .by_wire_name_ref = REF(structures[62].by_wire_name_ref, by_wire_name[193]),
            .member_count = 9,
        },
        [63] = { /* GetMetricStatisticsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[63].shape.name_ref, shape_names[2878]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_metric_statistics_output),
            },
            .members_ref = REF(structures[63].members_ref, members[202]),
            .by_wire_name_ref = REF(structures[63].by_wire_name_ref, by_wire_name[202]),
            .member_count = 2,
        },
        [64] = { /* GetMetricStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[64].shape.name_ref, shape_names[2904]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_metric_stream_input),
            },
            .members_ref = REF(structures[64].members_ref, members[204]),
            .by_wire_name_ref = REF(structures[64].by_wire_name_ref, by_wire_name[204]),
            .member_count = 1,
        },
        [65] = { /* GetMetricStreamOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[65].shape.name_ref, shape_names[2925]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_metric_stream_output),
            },
            .members_ref = REF(structures[65].members_ref, members[205]),
            .by_wire_name_ref = REF(structures[65].by_wire_name_ref, by_wire_name[205]),
            .member_count = 12,
        },
        [66] = { /* GetMetricWidgetImageInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[66].shape.name_ref, shape_names[2947]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_metric_widget_image_input),
            },
            .members_ref = REF(structures[66].members_ref, members[217]),
            .by_wire_name_ref = REF(structures[66].by_wire_name_ref, by_wire_name[217]),
            .member_count = 2,
        },
        [67] = { /* GetMetricWidgetImageOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[67].shape.name_ref, shape_names[2973]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_metric_widget_image_output),
            },
            .members_ref = REF(structures[67].members_ref, members[219]),
            .by_wire_name_ref = REF(structures[67].by_wire_name_ref, by_wire_name[219]),
            .member_count = 1,
        },
        [68] = { /* GetOTelEnrichmentInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[68].shape.name_ref, shape_names[3000]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_o_tel_enrichment_input),
            },
        },
        [69] = { /* GetOTelEnrichmentOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[69].shape.name_ref, shape_names[3023]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_get_o_tel_enrichment_output),
            },
            .members_ref = REF(structures[69].members_ref, members[220]),
            .by_wire_name_ref = REF(structures[69].by_wire_name_ref, by_wire_name[220]),
            .member_count = 1,
        },
        [70] = { /* InsightRule */
            .shape = {
                .name_ref = SHAPE_NAME(structures[70].shape.name_ref, shape_names[3141]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_insight_rule),
            },
            .members_ref = REF(structures[70].members_ref, members[221]),
            .by_wire_name_ref = REF(structures[70].by_wire_name_ref, by_wire_name[221]),
            .member_count = 6,
        },
        [71] = { /* InsightRuleContributor */
            .shape = {
                .name_ref = SHAPE_NAME(structures[71].shape.name_ref, shape_names[3185]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_insight_rule_contributor),
            },
            .members_ref = REF(structures[71].members_ref, members[227]),
            .by_wire_name_ref = REF(structures[71].by_wire_name_ref, by_wire_name[227]),
            .member_count = 3,
        },
        [72] = { /* InsightRuleContributorDatapoint */
            .shape = {
                .name_ref = SHAPE_NAME(structures[72].shape.name_ref, shape_names[3208]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_insight_rule_contributor_datapoint),
            },
            .members_ref = REF(structures[72].members_ref, members[230]),
            .by_wire_name_ref = REF(structures[72].by_wire_name_ref, by_wire_name[230]),
            .member_count = 2,
        },
        [73] = { /* InsightRuleMetricDatapoint */
            .shape = {
                .name_ref = SHAPE_NAME(structures[73].shape.name_ref, shape_names[3478]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_insight_rule_metric_datapoint),
            },
            .members_ref = REF(structures[73].members_ref, members[232]),
            .by_wire_name_ref = REF(structures[73].by_wire_name_ref, by_wire_name[232]),
            .member_count = 8,
        },
        [74] = { /* InternalServiceFault */
            .shape = {
                .name_ref = REF(structures[74].shape.name_ref, strings[2722]),
                .traits_ref = REF(structures[74].shape.traits_ref, traits[55]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_cloudwatch_internal_service_fault),
            },
            .members_ref = REF(structures[74].members_ref, members[240]),
            .by_wire_name_ref = REF(structures[74].by_wire_name_ref, by_wire_name[240]),
            .member_count = 1,
        },
        [75] = { /* InvalidFormatFault */
            .shape = {
                .name_ref = REF(structures[75].shape.name_ref, strings[2764]),
                .traits_ref = REF(structures[75].shape.traits_ref, traits[56]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_invalid_format_fault),
            },
            .members_ref = REF(structures[75].members_ref, members[241]),
            .by_wire_name_ref = REF(structures[75].by_wire_name_ref, by_wire_name[241]),
            .member_count = 1,
        },
        [76] = { /* InvalidNextToken */
            .shape = {
                .name_ref = REF(structures[76].shape.name_ref, strings[2797]),
                .traits_ref = REF(structures[76].shape.traits_ref, traits[57]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_invalid_next_token),
            },
            .members_ref = REF(structures[76].members_ref, members[242]),
            .by_wire_name_ref = REF(structures[76].by_wire_name_ref, by_wire_name[242]),
            .member_count = 1,
        },
        [77] = { /* InvalidParameterCombinationException */
            .shape = {
                .name_ref = REF(structures[77].shape.name_ref, strings[2814]),
                .traits_ref = REF(structures[77].shape.traits_ref, traits[58]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_invalid_parameter_combination_exception),
            },
            .members_ref = REF(structures[77].members_ref, members[243]),
            .by_wire_name_ref = REF(structures[77].by_wire_name_ref, by_wire_name[243]),
            .member_count = 1,
        },
        [78] = { /* InvalidParameterValueException */
            .shape = {
                .name_ref = REF(structures[78].shape.name_ref, strings[2879]),
                .traits_ref = REF(structures[78].shape.traits_ref, traits[59]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_invalid_parameter_value_exception),
            },
            .members_ref = REF(structures[78].members_ref, members[244]),
            .by_wire_name_ref = REF(structures[78].by_wire_name_ref, by_wire_name[244]),
            .member_count = 1,
        },
        [79] = { /* KmsAccessDeniedException */
            .shape = {
                .name_ref = REF(structures[79].shape.name_ref, strings[2932]),
                .traits_ref = REF(structures[79].shape.traits_ref, traits[60]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_cloudwatch_kms_access_denied_exception),
            },
            .members_ref = REF(structures[79].members_ref, members[245]),
            .by_wire_name_ref = REF(structures[79].by_wire_name_ref, by_wire_name[245]),
            .member_count = 1,
        },
        [80] = { /* KmsKeyDisabledException */
            .shape = {
                .name_ref = REF(structures[80].shape.name_ref, strings[2957]),
                .traits_ref = REF(structures[80].shape.traits_ref, traits[62]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_cloudwatch_kms_key_disabled_exception),
            },
            .members_ref = REF(structures[80].members_ref, members[246]),
            .by_wire_name_ref = REF(structures[80].by_wire_name_ref, by_wire_name[246]),
            .member_count = 1,
        },
        [81] = { /* KmsKeyNotFoundException */
            .shape = {
                .name_ref = REF(structures[81].shape.name_ref, strings[2981]),
                .traits_ref = REF(structures[81].shape.traits_ref, traits[63]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_cloudwatch_kms_key_not_found_exception),
            },
            .members_ref = REF(structures[81].members_ref, members[247]),
            .by_wire_name_ref = REF(structures[81].by_wire_name_ref, by_wire_name[247]),
            .member_count = 1,
        },
        [82] = { /* LabelOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[82].shape.name_ref, shape_names[3790]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_label_options),
            },
            .members_ref = REF(structures[82].members_ref, members[248]),
            .by_wire_name_ref = REF(structures[82].by_wire_name_ref, by_wire_name[248]),
            .member_count = 1,
        },
        [83] = { /* LimitExceededException */
            .shape = {
                .name_ref = REF(structures[83].shape.name_ref, strings[3014]),
                .traits_ref = REF(structures[83].shape.traits_ref, traits[64]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_limit_exceeded_exception),
            },
        },
        [84] = { /* LimitExceededFault */
            .shape = {
                .name_ref = REF(structures[84].shape.name_ref, strings[3037]),
                .traits_ref = REF(structures[84].shape.traits_ref, traits[65]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_limit_exceeded_fault),
            },
            .members_ref = REF(structures[84].members_ref, members[249]),
            .by_wire_name_ref = REF(structures[84].by_wire_name_ref, by_wire_name[249]),
            .member_count = 1,
        },
        [85] = { /* ListAlarmMuteRulesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[85].shape.name_ref, shape_names[3816]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_alarm_mute_rules_input),
            },
            .members_ref = REF(structures[85].members_ref, members[250]),
            .by_wire_name_ref = REF(structures[85].by_wire_name_ref, by_wire_name[250]),
            .member_count = 4,
        },
        [86] = { /* ListAlarmMuteRulesOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[86].shape.name_ref, shape_names[3840]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_alarm_mute_rules_output),
            },
            .members_ref = REF(structures[86].members_ref, members[254]),
            .by_wire_name_ref = REF(structures[86].by_wire_name_ref, by_wire_name[254]),
            .member_count = 2,
        },
        [87] = { /* ListDashboardsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[87].shape.name_ref, shape_names[3865]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_dashboards_input),
            },
            .members_ref = REF(structures[87].members_ref, members[256]),
            .by_wire_name_ref = REF(structures[87].by_wire_name_ref, by_wire_name[256]),
            .member_count = 2,
        },
        [88] = { /* ListDashboardsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[88].shape.name_ref, shape_names[3885]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_dashboards_output),
            },
            .members_ref = REF(structures[88].members_ref, members[258]),
            .by_wire_name_ref = REF(structures[88].by_wire_name_ref, by_wire_name[258]),
            .member_count = 2,
        },
        [89] = { /* ListManagedInsightRulesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[89].shape.name_ref, shape_names[3906]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_managed_insight_rules_input),
            },
            .members_ref = REF(structures[89].members_ref, members[260]),
            .by_wire_name_ref = REF(structures[89].by_wire_name_ref, by_wire_name[260]),
            .member_count = 3,
        },
        [90] = { /* ListManagedInsightRulesOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[90].shape.name_ref, shape_names[3935]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_managed_insight_rules_output),
            },
            .members_ref = REF(structures[90].members_ref, members[263]),
            .by_wire_name_ref = REF(structures[90].by_wire_name_ref, by_wire_name[263]),
            .member_count = 2,
        },
        [91] = { /* ListMetricStreamsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[91].shape.name_ref, shape_names[3965]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_metric_streams_input),
            },
            .members_ref = REF(structures[91].members_ref, members[265]),
            .by_wire_name_ref = REF(structures[91].by_wire_name_ref, by_wire_name[265]),
            .member_count = 2,
        },
        [92] = { /* ListMetricStreamsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[92].shape.name_ref, shape_names[4016]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_metric_streams_output),
            },
            .members_ref = REF(structures[92].members_ref, members[267]),
            .by_wire_name_ref = REF(structures[92].by_wire_name_ref, by_wire_name[267]),
            .member_count = 2,
        },
        [93] = { /* ListMetricsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[93].shape.name_ref, shape_names[4040]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_metrics_input),
            },
            .members_ref = REF(structures[93].members_ref, members[269]),
            .by_wire_name_ref = REF(structures[93].by_wire_name_ref, by_wire_name[269]),
            .member_count = 7,
        },
        [94] = { /* ListMetricsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[94].shape.name_ref, shape_names[4057]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_metrics_output),
            },
            .members_ref = REF(structures[94].members_ref, members[276]),
            .by_wire_name_ref = REF(structures[94].by_wire_name_ref, by_wire_name[276]),
            .member_count = 3,
        },
        [95] = { /* ListTagsForResourceInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[95].shape.name_ref, shape_names[4075]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_tags_for_resource_input),
            },
            .members_ref = REF(structures[95].members_ref, members[279]),
            .by_wire_name_ref = REF(structures[95].by_wire_name_ref, by_wire_name[279]),
            .member_count = 1,
        },
        [96] = { /* ListTagsForResourceOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[96].shape.name_ref, shape_names[4100]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_list_tags_for_resource_output),
            },
            .members_ref = REF(structures[96].members_ref, members[280]),
            .by_wire_name_ref = REF(structures[96].by_wire_name_ref, by_wire_name[280]),
            .member_count = 1,
        },
        [97] = { /* LogAlarm */
            .shape = {
                .name_ref = SHAPE_NAME(structures[97].shape.name_ref, shape_names[4126]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_log_alarm),
            },
            .members_ref = REF(structures[97].members_ref, members[281]),
            .by_wire_name_ref = REF(structures[97].by_wire_name_ref, by_wire_name[281]),
            .member_count = 22,
        },
        [98] = { /* ManagedRule */
            .shape = {
                .name_ref = SHAPE_NAME(structures[98].shape.name_ref, shape_names[4165]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_managed_rule),
            },
            .members_ref = REF(structures[98].members_ref, members[303]),
            .by_wire_name_ref = REF(structures[98].by_wire_name_ref, by_wire_name[303]),
            .member_count = 3,
        },
        [99] = { /* ManagedRuleDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[99].shape.name_ref, shape_names[4177]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_managed_rule_description),
            },
            .members_ref = REF(structures[99].members_ref, members[306]),
            .by_wire_name_ref = REF(structures[99].by_wire_name_ref, by_wire_name[306]),
            .member_count = 3,
        },
        [100] = { /* ManagedRuleState */
            .shape = {
                .name_ref = SHAPE_NAME(structures[100].shape.name_ref, shape_names[4224]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_managed_rule_state),
            },
            .members_ref = REF(structures[100].members_ref, members[309]),
            .by_wire_name_ref = REF(structures[100].by_wire_name_ref, by_wire_name[309]),
            .member_count = 2,
        },
        [101] = { /* MessageData */
            .shape = {
                .name_ref = SHAPE_NAME(structures[101].shape.name_ref, shape_names[4297]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_message_data),
            },
            .members_ref = REF(structures[101].members_ref, members[311]),
            .by_wire_name_ref = REF(structures[101].by_wire_name_ref, by_wire_name[311]),
            .member_count = 2,
        },
        [102] = { /* Metric */
            .shape = {
                .name_ref = SHAPE_NAME(structures[102].shape.name_ref, shape_names[4342]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric),
            },
            .members_ref = REF(structures[102].members_ref, members[313]),
            .by_wire_name_ref = REF(structures[102].by_wire_name_ref, by_wire_name[313]),
            .member_count = 3,
        },
        [103] = { /* MetricAlarm */
            .shape = {
                .name_ref = SHAPE_NAME(structures[103].shape.name_ref, shape_names[4349]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_alarm),
            },
            .members_ref = REF(structures[103].members_ref, members[316]),
            .by_wire_name_ref = REF(structures[103].by_wire_name_ref, by_wire_name[316]),
            .member_count = 32,
        },
        [104] = { /* MetricCharacteristics */
            .shape = {
                .name_ref = SHAPE_NAME(structures[104].shape.name_ref, shape_names[4374]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_characteristics),
            },
            .members_ref = REF(structures[104].members_ref, members[348]),
            .by_wire_name_ref = REF(structures[104].by_wire_name_ref, by_wire_name[348]),
            .member_count = 1,
        },
        [105] = { /* MetricDataQuery */
            .shape = {
                .name_ref = SHAPE_NAME(structures[105].shape.name_ref, shape_names[4425]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_data_query),
            },
            .members_ref = REF(structures[105].members_ref, members[349]),
            .by_wire_name_ref = REF(structures[105].by_wire_name_ref, by_wire_name[349]),
            .member_count = 7,
        },
        [106] = { /* MetricDataResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[106].shape.name_ref, shape_names[4441]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_data_result),
            },
            .members_ref = REF(structures[106].members_ref, members[356]),
            .by_wire_name_ref = REF(structures[106].by_wire_name_ref, by_wire_name[356]),
            .member_count = 6,
        },
        [107] = { /* MetricDatum */
            .shape = {
                .name_ref = SHAPE_NAME(structures[107].shape.name_ref, shape_names[4501]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_datum),
            },
            .members_ref = REF(structures[107].members_ref, members[362]),
            .by_wire_name_ref = REF(structures[107].by_wire_name_ref, by_wire_name[362]),
            .member_count = 9,
        },
        [108] = { /* MetricMathAnomalyDetector */
            .shape = {
                .name_ref = SHAPE_NAME(structures[108].shape.name_ref, shape_names[4551]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_math_anomaly_detector),
            },
            .members_ref = REF(structures[108].members_ref, members[371]),
            .by_wire_name_ref = REF(structures[108].by_wire_name_ref, by_wire_name[371]),
            .member_count = 1,
        },
        [109] = { /* MetricStat */
            .shape = {
                .name_ref = SHAPE_NAME(structures[109].shape.name_ref, shape_names[4588]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_stat),
            },
            .members_ref = REF(structures[109].members_ref, members[372]),
            .by_wire_name_ref = REF(structures[109].by_wire_name_ref, by_wire_name[372]),
            .member_count = 4,
        },
        [110] = { /* MetricStreamEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[110].shape.name_ref, shape_names[4619]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_stream_entry),
            },
            .members_ref = REF(structures[110].members_ref, members[376]),
            .by_wire_name_ref = REF(structures[110].by_wire_name_ref, by_wire_name[376]),
            .member_count = 7,
        },
        [111] = { /* MetricStreamFilter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[111].shape.name_ref, shape_names[4637]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_stream_filter),
            },
            .members_ref = REF(structures[111].members_ref, members[383]),
            .by_wire_name_ref = REF(structures[111].by_wire_name_ref, by_wire_name[383]),
            .member_count = 2,
        },
        [112] = { /* MetricStreamStatisticsConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[112].shape.name_ref, shape_names[4849]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_configuration),
            },
            .members_ref = REF(structures[112].members_ref, members[385]),
            .by_wire_name_ref = REF(structures[112].by_wire_name_ref, by_wire_name[385]),
            .member_count = 2,
        },
        [113] = { /* MetricStreamStatisticsMetric */
            .shape = {
                .name_ref = SHAPE_NAME(structures[113].shape.name_ref, shape_names[4959]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_metric),
            },
            .members_ref = REF(structures[113].members_ref, members[387]),
            .by_wire_name_ref = REF(structures[113].by_wire_name_ref, by_wire_name[387]),
            .member_count = 2,
        },
        [114] = { /* MissingRequiredParameterException */
            .shape = {
                .name_ref = REF(structures[114].shape.name_ref, strings[3811]),
                .traits_ref = REF(structures[114].shape.traits_ref, traits[75]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_missing_required_parameter_exception),
            },
            .members_ref = REF(structures[114].members_ref, members[389]),
            .by_wire_name_ref = REF(structures[114].by_wire_name_ref, by_wire_name[389]),
            .member_count = 1,
        },
        [115] = { /* MuteTargets */
            .shape = {
                .name_ref = SHAPE_NAME(structures[115].shape.name_ref, shape_names[5051]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_mute_targets),
            },
            .members_ref = REF(structures[115].members_ref, members[390]),
            .by_wire_name_ref = REF(structures[115].by_wire_name_ref, by_wire_name[390]),
            .member_count = 1,
        },
        [116] = { /* PartialFailure */
            .shape = {
                .name_ref = SHAPE_NAME(structures[116].shape.name_ref, shape_names[5146]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_partial_failure),
            },
            .members_ref = REF(structures[116].members_ref, members[391]),
            .by_wire_name_ref = REF(structures[116].by_wire_name_ref, by_wire_name[391]),
            .member_count = 4,
        },
        [117] = { /* PutAlarmMuteRuleInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[117].shape.name_ref, shape_names[5197]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_alarm_mute_rule_input),
            },
            .members_ref = REF(structures[117].members_ref, members[395]),
            .by_wire_name_ref = REF(structures[117].by_wire_name_ref, by_wire_name[395]),
            .member_count = 7,
        },
        [118] = { /* PutAnomalyDetectorInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[118].shape.name_ref, shape_names[5219]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_anomaly_detector_input),
            },
            .members_ref = REF(structures[118].members_ref, members[402]),
            .by_wire_name_ref = REF(structures[118].by_wire_name_ref, by_wire_name[402]),
            .member_count = 8,
        },
        [119] = { /* PutAnomalyDetectorOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[119].shape.name_ref, shape_names[5243]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_anomaly_detector_output),
            },
            .members_ref = REF(structures[119].members_ref, members[410]),
            .by_wire_name_ref = REF(structures[119].by_wire_name_ref, by_wire_name[410]),
            .member_count = 1,
        },
        [120] = { /* PutCompositeAlarmInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[120].shape.name_ref, shape_names[5268]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_composite_alarm_input),
            },
            .members_ref = REF(structures[120].members_ref, members[411]),
            .by_wire_name_ref = REF(structures[120].by_wire_name_ref, by_wire_name[411]),
            .member_count = 11,
        },
        [121] = { /* PutDashboardInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[121].shape.name_ref, shape_names[5291]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_dashboard_input),
            },
            .members_ref = REF(structures[121].members_ref, members[422]),
            .by_wire_name_ref = REF(structures[121].by_wire_name_ref, by_wire_name[422]),
            .member_count = 3,
        },
        [122] = { /* PutDashboardOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[122].shape.name_ref, shape_names[5309]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_dashboard_output),
            },
            .members_ref = REF(structures[122].members_ref, members[425]),
            .by_wire_name_ref = REF(structures[122].by_wire_name_ref, by_wire_name[425]),
            .member_count = 1,
        },
        [123] = { /* PutInsightRuleInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[123].shape.name_ref, shape_names[5328]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_insight_rule_input),
            },
            .members_ref = REF(structures[123].members_ref, members[426]),
            .by_wire_name_ref = REF(structures[123].by_wire_name_ref, by_wire_name[426]),
            .member_count = 5,
        },
        [124] = { /* PutInsightRuleOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[124].shape.name_ref, shape_names[5348]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_insight_rule_output),
            },
        },
        [125] = { /* PutLogAlarmInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[125].shape.name_ref, shape_names[5369]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_log_alarm_input),
            },
            .members_ref = REF(structures[125].members_ref, members[431]),
            .by_wire_name_ref = REF(structures[125].by_wire_name_ref, by_wire_name[431]),
            .member_count = 15,
        },
        [126] = { /* PutManagedInsightRulesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[126].shape.name_ref, shape_names[5386]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_managed_insight_rules_input),
            },
            .members_ref = REF(structures[126].members_ref, members[446]),
            .by_wire_name_ref = REF(structures[126].by_wire_name_ref, by_wire_name[446]),
            .member_count = 1,
        },
        [127] = { /* PutManagedInsightRulesOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[127].shape.name_ref, shape_names[5414]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_managed_insight_rules_output),
            },
            .members_ref = REF(structures[127].members_ref, members[447]),
            .by_wire_name_ref = REF(structures[127].by_wire_name_ref, by_wire_name[447]),
            .member_count = 1,
        },
        [128] = { /* PutMetricAlarmInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[128].shape.name_ref, shape_names[5443]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_metric_alarm_input),
            },
            .members_ref = REF(structures[128].members_ref, members[448]),
            .by_wire_name_ref = REF(structures[128].by_wire_name_ref, by_wire_name[448]),
            .member_count = 25,
        },
        [129] = { /* PutMetricDataInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[129].shape.name_ref, shape_names[5463]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_metric_data_input),
            },
            .members_ref = REF(structures[129].members_ref, members[473]),
            .by_wire_name_ref = REF(structures[129].by_wire_name_ref, by_wire_name[473]),
            .member_count = 4,
        },
        [130] = { /* PutMetricStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[130].shape.name_ref, shape_names[5482]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_metric_stream_input),
            },
            .members_ref = REF(structures[130].members_ref, members[477]),
            .by_wire_name_ref = REF(structures[130].by_wire_name_ref, by_wire_name[477]),
            .member_count = 9,
        },
        [131] = { /* PutMetricStreamOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[131].shape.name_ref, shape_names[5503]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_put_metric_stream_output),
            },
            .members_ref = REF(structures[131].members_ref, members[486]),
            .by_wire_name_ref = REF(structures[131].by_wire_name_ref, by_wire_name[486]),
            .member_count = 1,
        },
        [132] = { /* Range */
            .shape = {
                .name_ref = SHAPE_NAME(structures[132].shape.name_ref, shape_names[5586]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_range),
            },
            .members_ref = REF(structures[132].members_ref, members[487]),
            .by_wire_name_ref = REF(structures[132].by_wire_name_ref, by_wire_name[487]),
            .member_count = 2,
        },
        [133] = { /* ResourceConflict */
            .shape = {
                .name_ref = REF(structures[133].shape.name_ref, strings[4027]),
                .traits_ref = REF(structures[133].shape.traits_ref, traits[86]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_resource_conflict),
            },
            .members_ref = REF(structures[133].members_ref, members[489]),
            .by_wire_name_ref = REF(structures[133].by_wire_name_ref, by_wire_name[489]),
            .member_count = 1,
        },
        [134] = { /* ResourceNotFound */
            .shape = {
                .name_ref = REF(structures[134].shape.name_ref, strings[1374]),
                .traits_ref = REF(structures[134].shape.traits_ref, traits[24]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_resource_not_found),
            },
            .members_ref = REF(structures[134].members_ref, members[490]),
            .by_wire_name_ref = REF(structures[134].by_wire_name_ref, by_wire_name[490]),
            .member_count = 1,
        },
        [135] = { /* ResourceNotFoundException */
            .shape = {
                .name_ref = REF(structures[135].shape.name_ref, strings[4044]),
                .traits_ref = REF(structures[135].shape.traits_ref, traits[89]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_cloudwatch_resource_not_found_exception),
            },
            .members_ref = REF(structures[135].members_ref, members[491]),
            .by_wire_name_ref = REF(structures[135].by_wire_name_ref, by_wire_name[491]),
            .member_count = 2,
        },
        [136] = { /* Rule */
            .shape = {
                .name_ref = SHAPE_NAME(structures[136].shape.name_ref, shape_names[5683]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_rule),
            },
            .members_ref = REF(structures[136].members_ref, members[493]),
            .by_wire_name_ref = REF(structures[136].by_wire_name_ref, by_wire_name[493]),
            .member_count = 1,
        },
        [137] = { /* Schedule */
            .shape = {
                .name_ref = SHAPE_NAME(structures[137].shape.name_ref, shape_names[5695]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_schedule),
            },
            .members_ref = REF(structures[137].members_ref, members[494]),
            .by_wire_name_ref = REF(structures[137].by_wire_name_ref, by_wire_name[494]),
            .member_count = 3,
        },
        [138] = { /* ScheduleConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[138].shape.name_ref, shape_names[5704]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_schedule_configuration),
            },
            .members_ref = REF(structures[138].members_ref, members[497]),
            .by_wire_name_ref = REF(structures[138].by_wire_name_ref, by_wire_name[497]),
            .member_count = 3,
        },
        [139] = { /* ScheduledQueryConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[139].shape.name_ref, shape_names[5745]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_scheduled_query_configuration),
            },
            .members_ref = REF(structures[139].members_ref, members[500]),
            .by_wire_name_ref = REF(structures[139].by_wire_name_ref, by_wire_name[500]),
            .member_count = 7,
        },
        [140] = { /* SetAlarmStateInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[140].shape.name_ref, shape_names[5773]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_set_alarm_state_input),
            },
            .members_ref = REF(structures[140].members_ref, members[507]),
            .by_wire_name_ref = REF(structures[140].by_wire_name_ref, by_wire_name[507]),
            .member_count = 4,
        },
        [141] = { /* SingleMetricAnomalyDetector */
            .shape = {
                .name_ref = SHAPE_NAME(structures[141].shape.name_ref, shape_names[5792]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_single_metric_anomaly_detector),
            },
            .members_ref = REF(structures[141].members_ref, members[511]),
            .by_wire_name_ref = REF(structures[141].by_wire_name_ref, by_wire_name[511]),
            .member_count = 5,
        },
        [142] = { /* SlidingWindow */
            .shape = {
                .name_ref = SHAPE_NAME(structures[142].shape.name_ref, shape_names[5825]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_sliding_window),
            },
        },
        [143] = { /* StartMetricStreamsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[143].shape.name_ref, shape_names[5852]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_start_metric_streams_input),
            },
            .members_ref = REF(structures[143].members_ref, members[516]),
            .by_wire_name_ref = REF(structures[143].by_wire_name_ref, by_wire_name[516]),
            .member_count = 1,
        },
        [144] = { /* StartMetricStreamsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[144].shape.name_ref, shape_names[5876]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_start_metric_streams_output),
            },
        },
        [145] = { /* StartOTelEnrichmentInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[145].shape.name_ref, shape_names[5901]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_start_o_tel_enrichment_input),
            },
        },
        [146] = { /* StartOTelEnrichmentOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[146].shape.name_ref, shape_names[5926]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_start_o_tel_enrichment_output),
            },
        },
        [147] = { /* StatisticSet */
            .shape = {
                .name_ref = SHAPE_NAME(structures[147].shape.name_ref, shape_names[6022]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_statistic_set),
            },
            .members_ref = REF(structures[147].members_ref, members[517]),
            .by_wire_name_ref = REF(structures[147].by_wire_name_ref, by_wire_name[517]),
            .member_count = 4,
        },
        [148] = { /* StopMetricStreamsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[148].shape.name_ref, shape_names[6057]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_stop_metric_streams_input),
            },
            .members_ref = REF(structures[148].members_ref, members[521]),
            .by_wire_name_ref = REF(structures[148].by_wire_name_ref, by_wire_name[521]),
            .member_count = 1,
        },
        [149] = { /* StopMetricStreamsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[149].shape.name_ref, shape_names[6080]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_stop_metric_streams_output),
            },
        },
        [150] = { /* StopOTelEnrichmentInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[150].shape.name_ref, shape_names[6104]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_stop_o_tel_enrichment_input),
            },
        },
        [151] = { /* StopOTelEnrichmentOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[151].shape.name_ref, shape_names[6128]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_stop_o_tel_enrichment_output),
            },
        },
        [152] = { /* Tag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[152].shape.name_ref, shape_names[6218]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_tag),
            },
            .members_ref = REF(structures[152].members_ref, members[522]),
            .by_wire_name_ref = REF(structures[152].by_wire_name_ref, by_wire_name[522]),
            .member_count = 2,
        },
        [153] = { /* TagResourceInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[153].shape.name_ref, shape_names[6248]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_tag_resource_input),
            },
            .members_ref = REF(structures[153].members_ref, members[524]),
            .by_wire_name_ref = REF(structures[153].by_wire_name_ref, by_wire_name[524]),
            .member_count = 2,
        },
        [154] = { /* TagResourceOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[154].shape.name_ref, shape_names[6265]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_tag_resource_output),
            },
        },
        [155] = { /* UntagResourceInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[155].shape.name_ref, shape_names[6362]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_untag_resource_input),
            },
            .members_ref = REF(structures[155].members_ref, members[526]),
            .by_wire_name_ref = REF(structures[155].by_wire_name_ref, by_wire_name[526]),
            .member_count = 2,
        },
        [156] = { /* UntagResourceOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[156].shape.name_ref, shape_names[6381]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_untag_resource_output),
            },
        },
        [157] = { /* WallClockWindow */
            .shape = {
                .name_ref = SHAPE_NAME(structures[157].shape.name_ref, shape_names[6408]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_cloudwatch_wall_clock_window),
            },
            .members_ref = REF(structures[157].members_ref, members[528]),
            .by_wire_name_ref = REF(structures[157].by_wire_name_ref, by_wire_name[528]),
            .member_count = 1,
        },
    },
    .collections = {
        [0] = { /* AlarmContributors */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[170]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_alarm_contributors),
            },
            .item_ref = REF(collections[0].item_ref, structures[0].shape),
        },
        [1] = { /* AlarmHistoryItems */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[222]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_alarm_history_items),
            },
            .item_ref = REF(collections[1].item_ref, structures[1].shape),
        },
        [2] = { /* AlarmMuteRuleStatuses */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[260]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[2].item_ref, enums[1].shape),
        },
        [3] = { /* AlarmMuteRuleSummaries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[282]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_alarm_mute_rule_summaries),
            },
            .item_ref = REF(collections[3].item_ref, structures[2].shape),
        },
        [4] = { /* AlarmNames */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[352]),
                .traits_ref = REF(collections[4].shape.traits_ref, traits[8]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[4].item_ref, scalars[9]),
        },
        [5] = { /* AlarmTypes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[5].shape.name_ref, shape_names[403]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[5].item_ref, enums[2].shape),
        },
        [6] = { /* AnomalyDetectorExcludedTimeRanges */
            .shape = {
                .name_ref = SHAPE_NAME(collections[6].shape.name_ref, shape_names[478]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_anomaly_detector_excluded_time_ranges),
            },
            .item_ref = REF(collections[6].item_ref, structures[132].shape),
        },
        [7] = { /* AnomalyDetectorIds */
            .shape = {
                .name_ref = SHAPE_NAME(collections[7].shape.name_ref, shape_names[530]),
                .traits_ref = REF(collections[7].shape.traits_ref, traits[12]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[7].item_ref, scalars[13]),
        },
        [8] = { /* AnomalyDetectorTypes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[8].shape.name_ref, shape_names[651]),
                .traits_ref = REF(collections[8].shape.traits_ref, traits[15]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[8].item_ref, enums[4].shape),
        },
        [9] = { /* AnomalyDetectors */
            .shape = {
                .name_ref = SHAPE_NAME(collections[9].shape.name_ref, shape_names[672]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_anomaly_detectors),
            },
            .item_ref = REF(collections[9].item_ref, structures[4].shape),
        },
        [10] = { /* BatchFailures */
            .shape = {
                .name_ref = SHAPE_NAME(collections[10].shape.name_ref, shape_names[800]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_batch_failures),
            },
            .item_ref = REF(collections[10].item_ref, structures[116].shape),
        },
        [11] = { /* CompositeAlarms */
            .shape = {
                .name_ref = SHAPE_NAME(collections[11].shape.name_ref, shape_names[848]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_composite_alarms),
            },
            .item_ref = REF(collections[11].item_ref, structures[8].shape),
        },
        [12] = { /* ContributorAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[12].shape.name_ref, shape_names[864]),
                .traits_ref = REF(collections[12].shape.traits_ref, traits[21]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_cloudwatch_entity_attributes_map),
            },
            .item_ref = REF(collections[12].item_ref, scalars[18]),
            .key_ref = REF(collections[12].key_ref, scalars[17]),
            .value_offset = offsetof(struct awsc_cloudwatch_entity_attributes_map_entry, value),
            .entry_size = sizeof(struct awsc_cloudwatch_entity_attributes_map_entry),
        },
        [13] = { /* Counts */
            .shape = {
                .name_ref = SHAPE_NAME(collections[13].shape.name_ref, shape_names[900]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_counts),
            },
            .item_ref = REF(collections[13].item_ref, scalars[27]),
        },
        [14] = { /* DashboardEntries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[14].shape.name_ref, shape_names[934]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_dashboard_entries),
            },
            .item_ref = REF(collections[14].item_ref, structures[11].shape),
        },
        [15] = { /* DashboardNames */
            .shape = {
                .name_ref = SHAPE_NAME(collections[15].shape.name_ref, shape_names[1022]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[15].item_ref, scalars[24]),
        },
        [16] = { /* DashboardValidationMessages */
            .shape = {
                .name_ref = SHAPE_NAME(collections[16].shape.name_ref, shape_names[1064]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_dashboard_validation_messages),
            },
            .item_ref = REF(collections[16].item_ref, structures[14].shape),
        },
        [17] = { /* DatapointValueMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[17].shape.name_ref, shape_names[1126]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_cloudwatch_datapoint_value_map),
            },
            .item_ref = REF(collections[17].item_ref, scalars[27]),
            .key_ref = REF(collections[17].key_ref, scalars[46]),
            .value_offset = offsetof(struct awsc_cloudwatch_datapoint_value_map_entry, value),
            .entry_size = sizeof(struct awsc_cloudwatch_datapoint_value_map_entry),
        },
        [18] = { /* DatapointValues */
            .shape = {
                .name_ref = SHAPE_NAME(collections[18].shape.name_ref, shape_names[1144]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_counts),
            },
            .item_ref = REF(collections[18].item_ref, scalars[27]),
        },
        [19] = { /* Datapoints */
            .shape = {
                .name_ref = SHAPE_NAME(collections[19].shape.name_ref, shape_names[1160]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_datapoints),
            },
            .item_ref = REF(collections[19].item_ref, structures[15].shape),
        },
        [20] = { /* DimensionFilters */
            .shape = {
                .name_ref = SHAPE_NAME(collections[20].shape.name_ref, shape_names[1825]),
                .traits_ref = REF(collections[20].shape.traits_ref, traits[29]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_dimension_filters),
            },
            .item_ref = REF(collections[20].item_ref, structures[39].shape),
        },
        [21] = { /* Dimensions */
            .shape = {
                .name_ref = SHAPE_NAME(collections[21].shape.name_ref, shape_names[1871]),
                .traits_ref = REF(collections[21].shape.traits_ref, traits[32]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_dimensions),
            },
            .item_ref = REF(collections[21].item_ref, structures[38].shape),
        },
        [22] = { /* EntityAttributesMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[22].shape.name_ref, shape_names[2124]),
                .traits_ref = REF(collections[22].shape.traits_ref, traits[35]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_cloudwatch_entity_attributes_map),
            },
            .item_ref = REF(collections[22].item_ref, scalars[37]),
            .key_ref = REF(collections[22].key_ref, scalars[36]),
            .value_offset = offsetof(struct awsc_cloudwatch_entity_attributes_map_entry, value),
            .entry_size = sizeof(struct awsc_cloudwatch_entity_attributes_map_entry),
        },
        [23] = { /* EntityKeyAttributesMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[23].shape.name_ref, shape_names[2204]),
                .traits_ref = REF(collections[23].shape.traits_ref, traits[38]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_cloudwatch_entity_attributes_map),
            },
            .item_ref = REF(collections[23].item_ref, scalars[39]),
            .key_ref = REF(collections[23].key_ref, scalars[38]),
            .value_offset = offsetof(struct awsc_cloudwatch_entity_attributes_map_entry, value),
            .entry_size = sizeof(struct awsc_cloudwatch_entity_attributes_map_entry),
        },
        [24] = { /* EntityMetricDataList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[24].shape.name_ref, shape_names[2310]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_entity_metric_data_list),
            },
            .item_ref = REF(collections[24].item_ref, structures[49].shape),
        },
        [25] = { /* ExtendedStatistics */
            .shape = {
                .name_ref = SHAPE_NAME(collections[25].shape.name_ref, shape_names[2509]),
                .traits_ref = REF(collections[25].shape.traits_ref, traits[46]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[25].item_ref, scalars[46]),
        },
        [26] = { /* InsightRuleContributorDatapoints */
            .shape = {
                .name_ref = SHAPE_NAME(collections[26].shape.name_ref, shape_names[3240]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_insight_rule_contributor_datapoints),
            },
            .item_ref = REF(collections[26].item_ref, structures[72].shape),
        },
        [27] = { /* InsightRuleContributorKeyLabels */
            .shape = {
                .name_ref = SHAPE_NAME(collections[27].shape.name_ref, shape_names[3330]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[27].item_ref, scalars[59]),
        },
        [28] = { /* InsightRuleContributorKeys */
            .shape = {
                .name_ref = SHAPE_NAME(collections[28].shape.name_ref, shape_names[3362]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[28].item_ref, scalars[58]),
        },
        [29] = { /* InsightRuleContributors */
            .shape = {
                .name_ref = SHAPE_NAME(collections[29].shape.name_ref, shape_names[3389]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_insight_rule_contributors),
            },
            .item_ref = REF(collections[29].item_ref, structures[71].shape),
        },
        [30] = { /* InsightRuleMetricDatapoints */
            .shape = {
                .name_ref = SHAPE_NAME(collections[30].shape.name_ref, shape_names[3505]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_insight_rule_metric_datapoints),
            },
            .item_ref = REF(collections[30].item_ref, structures[73].shape),
        },
        [31] = { /* InsightRuleMetricList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[31].shape.name_ref, shape_names[3533]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[31].item_ref, scalars[63]),
        },
        [32] = { /* InsightRuleNames */
            .shape = {
                .name_ref = SHAPE_NAME(collections[32].shape.name_ref, shape_names[3593]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[32].item_ref, scalars[64]),
        },
        [33] = { /* InsightRules */
            .shape = {
                .name_ref = SHAPE_NAME(collections[33].shape.name_ref, shape_names[3767]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_insight_rules),
            },
            .item_ref = REF(collections[33].item_ref, structures[70].shape),
        },
        [34] = { /* LogAlarms */
            .shape = {
                .name_ref = SHAPE_NAME(collections[34].shape.name_ref, shape_names[4135]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_log_alarms),
            },
            .item_ref = REF(collections[34].item_ref, structures[97].shape),
        },
        [35] = { /* LogGroupIdentifiers */
            .shape = {
                .name_ref = SHAPE_NAME(collections[35].shape.name_ref, shape_names[4145]),
                .traits_ref = REF(collections[35].shape.traits_ref, traits[67]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[35].item_ref, scalars[12]),
        },
        [36] = { /* ManagedRuleDescriptions */
            .shape = {
                .name_ref = SHAPE_NAME(collections[36].shape.name_ref, shape_names[4200]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_managed_rule_descriptions),
            },
            .item_ref = REF(collections[36].item_ref, structures[99].shape),
        },
        [37] = { /* ManagedRules */
            .shape = {
                .name_ref = SHAPE_NAME(collections[37].shape.name_ref, shape_names[4241]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_managed_rules),
            },
            .item_ref = REF(collections[37].item_ref, structures[98].shape),
        },
        [38] = { /* MetricAlarms */
            .shape = {
                .name_ref = SHAPE_NAME(collections[38].shape.name_ref, shape_names[4361]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metric_alarms),
            },
            .item_ref = REF(collections[38].item_ref, structures[103].shape),
        },
        [39] = { /* MetricData */
            .shape = {
                .name_ref = SHAPE_NAME(collections[39].shape.name_ref, shape_names[4396]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metric_data),
            },
            .item_ref = REF(collections[39].item_ref, structures[107].shape),
        },
        [40] = { /* MetricDataQueries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[40].shape.name_ref, shape_names[4407]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metric_data_queries),
            },
            .item_ref = REF(collections[40].item_ref, structures[105].shape),
        },
        [41] = { /* MetricDataResultMessages */
            .shape = {
                .name_ref = SHAPE_NAME(collections[41].shape.name_ref, shape_names[4458]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metric_data_result_messages),
            },
            .item_ref = REF(collections[41].item_ref, structures[101].shape),
        },
        [42] = { /* MetricDataResults */
            .shape = {
                .name_ref = SHAPE_NAME(collections[42].shape.name_ref, shape_names[4483]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metric_data_results),
            },
            .item_ref = REF(collections[42].item_ref, structures[106].shape),
        },
        [43] = { /* MetricStreamEntries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[43].shape.name_ref, shape_names[4599]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metric_stream_entries),
            },
            .item_ref = REF(collections[43].item_ref, structures[110].shape),
        },
        [44] = { /* MetricStreamFilterMetricNames */
            .shape = {
                .name_ref = SHAPE_NAME(collections[44].shape.name_ref, shape_names[4656]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[44].item_ref, scalars[83]),
        },
        [45] = { /* MetricStreamFilters */
            .shape = {
                .name_ref = SHAPE_NAME(collections[45].shape.name_ref, shape_names[4686]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metric_stream_filters),
            },
            .item_ref = REF(collections[45].item_ref, structures[111].shape),
        },
        [46] = { /* MetricStreamNames */
            .shape = {
                .name_ref = SHAPE_NAME(collections[46].shape.name_ref, shape_names[4723]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[46].item_ref, scalars[84]),
        },
        [47] = { /* MetricStreamStatisticsAdditionalStatistics */
            .shape = {
                .name_ref = SHAPE_NAME(collections[47].shape.name_ref, shape_names[4806]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[47].item_ref, scalars[86]),
        },
        [48] = { /* MetricStreamStatisticsConfigurations */
            .shape = {
                .name_ref = SHAPE_NAME(collections[48].shape.name_ref, shape_names[4885]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_configurations),
            },
            .item_ref = REF(collections[48].item_ref, structures[112].shape),
        },
        [49] = { /* MetricStreamStatisticsIncludeMetrics */
            .shape = {
                .name_ref = SHAPE_NAME(collections[49].shape.name_ref, shape_names[4922]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_include_metrics),
            },
            .item_ref = REF(collections[49].item_ref, structures[113].shape),
        },
        [50] = { /* Metrics */
            .shape = {
                .name_ref = SHAPE_NAME(collections[50].shape.name_ref, shape_names[5019]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_metrics),
            },
            .item_ref = REF(collections[50].item_ref, structures[102].shape),
        },
        [51] = { /* MuteTargetAlarmNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[51].shape.name_ref, shape_names[5027]),
                .traits_ref = REF(collections[51].shape.traits_ref, traits[76]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[51].item_ref, scalars[90]),
        },
        [52] = { /* OwningAccounts */
            .shape = {
                .name_ref = SHAPE_NAME(collections[52].shape.name_ref, shape_names[5131]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[52].item_ref, scalars[0]),
        },
        [53] = { /* ResourceList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[53].shape.name_ref, shape_names[5633]),
                .traits_ref = REF(collections[53].shape.traits_ref, traits[87]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[53].item_ref, scalars[103]),
        },
        [54] = { /* Statistics */
            .shape = {
                .name_ref = SHAPE_NAME(collections[54].shape.name_ref, shape_names[6035]),
                .traits_ref = REF(collections[54].shape.traits_ref, traits[94]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[54].item_ref, enums[14].shape),
        },
        [55] = { /* TagKeyList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[55].shape.name_ref, shape_names[6229]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_resource_list),
            },
            .item_ref = REF(collections[55].item_ref, scalars[116]),
        },
        [56] = { /* TagList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[56].shape.name_ref, shape_names[6240]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_tag_list),
            },
            .item_ref = REF(collections[56].item_ref, structures[152].shape),
        },
        [57] = { /* Timestamps */
            .shape = {
                .name_ref = SHAPE_NAME(collections[57].shape.name_ref, shape_names[6325]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_timestamps),
            },
            .item_ref = REF(collections[57].item_ref, scalars[120]),
        },
        [58] = { /* Values */
            .shape = {
                .name_ref = SHAPE_NAME(collections[58].shape.name_ref, shape_names[6401]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_cloudwatch_counts),
            },
            .item_ref = REF(collections[58].item_ref, scalars[27]),
        },
    },
    .enums = {
        [0] = { /* ActionsSuppressedBy */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[78]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[0]),
            .enum_count = 3,
        },
        [1] = { /* AlarmMuteRuleStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[240]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[227]),
            .enum_count = 3,
        },
        [2] = { /* AlarmType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[2].shape.name_ref, shape_names[393]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[2].enum_values_ref, strings[352]),
            .enum_count = 3,
        },
        [3] = { /* AnomalyDetectorStateValue */
            .shape = {
                .name_ref = SHAPE_NAME(enums[3].shape.name_ref, shape_names[605]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[3].enum_values_ref, strings[578]),
            .enum_count = 3,
        },
        [4] = { /* AnomalyDetectorType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[4].shape.name_ref, shape_names[631]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[4].enum_values_ref, strings[629]),
            .enum_count = 2,
        },
        [5] = { /* ComparisonOperator */
            .shape = {
                .name_ref = SHAPE_NAME(enums[5].shape.name_ref, shape_names[814]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[5].enum_values_ref, strings[683]),
            .enum_count = 7,
        },
        [6] = { /* EvaluationState */
            .shape = {
                .name_ref = SHAPE_NAME(enums[6].shape.name_ref, shape_names[2433]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[6].enum_values_ref, strings[1912]),
            .enum_count = 3,
        },
        [7] = { /* HistoryItemType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[7].shape.name_ref, shape_names[3059]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[7].enum_values_ref, strings[2492]),
            .enum_count = 5,
        },
        [8] = { /* MetricStreamOutputFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[8].shape.name_ref, shape_names[4741]),
                .traits_ref = REF(enums[8].shape.traits_ref, traits[74]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[8].enum_values_ref, strings[3736]),
            .enum_count = 3,
        },
        [9] = { /* OTelEnrichmentStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[9].shape.name_ref, shape_names[5097]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[9].enum_values_ref, strings[3862]),
            .enum_count = 2,
        },
        [10] = { /* RecentlyActive */
            .shape = {
                .name_ref = SHAPE_NAME(enums[10].shape.name_ref, shape_names[5592]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[10].enum_values_ref, strings[4022]),
            .enum_count = 1,
        },
        [11] = { /* ScanBy */
            .shape = {
                .name_ref = SHAPE_NAME(enums[11].shape.name_ref, shape_names[5688]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[11].enum_values_ref, strings[4103]),
            .enum_count = 2,
        },
        [12] = { /* StandardUnit */
            .shape = {
                .name_ref = SHAPE_NAME(enums[12].shape.name_ref, shape_names[5839]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[12].enum_values_ref, strings[4307]),
            .enum_count = 27,
        },
        [13] = { /* StateValue */
            .shape = {
                .name_ref = SHAPE_NAME(enums[13].shape.name_ref, shape_names[6001]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[13].enum_values_ref, strings[4623]),
            .enum_count = 3,
        },
        [14] = { /* Statistic */
            .shape = {
                .name_ref = SHAPE_NAME(enums[14].shape.name_ref, shape_names[6012]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[14].enum_values_ref, strings[4650]),
            .enum_count = 5,
        },
        [15] = { /* StatusCode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[15].shape.name_ref, shape_names[6046]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[15].enum_values_ref, strings[4690]),
            .enum_count = 4,
        },
    },
    .scalars = {
        [0] = { /* AccountId */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[0]),
            .traits_ref = REF(scalars[0].traits_ref, traits[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* ActionLogLineCount */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[10]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [2] = { /* ActionLogLineRoleArn */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[29]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* ActionPrefix */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[50]),
            .traits_ref = REF(scalars[3].traits_ref, traits[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* ActionsEnabled */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[63]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [5] = { /* ActionsSuppressedReason */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[98]),
            .traits_ref = REF(scalars[5].traits_ref, traits[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* AggregationExpression */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[122]),
            .traits_ref = REF(scalars[6].traits_ref, traits[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* AlarmArn */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[144]),
            .traits_ref = REF(scalars[7].traits_ref, traits[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* AlarmDescription */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[188]),
            .traits_ref = REF(scalars[8].traits_ref, traits[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [9] = { /* AlarmName */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[326]),
            .traits_ref = REF(scalars[9].traits_ref, traits[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* AlarmNamePrefix */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[336]),
            .traits_ref = REF(scalars[10].traits_ref, traits[7]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* AlarmRule */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[383]),
            .traits_ref = REF(scalars[11].traits_ref, traits[9]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* AmazonResourceName */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[414]),
            .traits_ref = REF(scalars[12].traits_ref, traits[10]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* AnomalyDetectorId */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[512]),
            .traits_ref = REF(scalars[13].traits_ref, traits[11]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [14] = { /* AnomalyDetectorMetricStat */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[549]),
            .traits_ref = REF(scalars[14].traits_ref, traits[13]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [15] = { /* AnomalyDetectorMetricTimezone */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[575]),
            .traits_ref = REF(scalars[15].traits_ref, traits[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* Arn */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[689]),
            .traits_ref = REF(scalars[16].traits_ref, traits[16]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [17] = { /* AttributeName */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[750]),
            .traits_ref = REF(scalars[17].traits_ref, traits[17]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [18] = { /* AttributeValue */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[764]),
            .traits_ref = REF(scalars[18].traits_ref, traits[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* AwsQueryErrorMessage */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[779]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [20] = { /* ContributorId */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[886]),
            .traits_ref = REF(scalars[20].traits_ref, traits[22]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* DashboardArn */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[907]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [22] = { /* DashboardBody */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[920]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* DashboardErrorMessage */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[966]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [24] = { /* DashboardName */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[988]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* DashboardNamePrefix */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[1002]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [26] = { /* DataPath */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[1092]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* DatapointValue */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[1111]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [28] = { /* DatapointsToAlarm */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[1171]),
            .traits_ref = REF(scalars[28].traits_ref, traits[25]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [29] = { /* DatasetArn */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[1189]),
            .traits_ref = REF(scalars[29].traits_ref, traits[26]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* DatasetId */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[1200]),
            .traits_ref = REF(scalars[30].traits_ref, traits[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [31] = { /* DatasetIdentifier */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[1210]),
            .traits_ref = REF(scalars[31].traits_ref, traits[28]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [32] = { /* DimensionName */
            .name_ref = SHAPE_NAME(scalars[32].name_ref, shape_names[1842]),
            .traits_ref = REF(scalars[32].traits_ref, traits[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* DimensionValue */
            .name_ref = SHAPE_NAME(scalars[33].name_ref, shape_names[1856]),
            .traits_ref = REF(scalars[33].traits_ref, traits[31]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [34] = { /* Duration */
            .name_ref = SHAPE_NAME(scalars[34].name_ref, shape_names[2021]),
            .traits_ref = REF(scalars[34].traits_ref, traits[33]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [35] = { /* EndTimeOffset */
            .name_ref = SHAPE_NAME(scalars[35].name_ref, shape_names[2103]),
            .traits_ref = REF(scalars[35].traits_ref, traits[34]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [36] = { /* EntityAttributesMapKeyString */
            .name_ref = SHAPE_NAME(scalars[36].name_ref, shape_names[2144]),
            .traits_ref = REF(scalars[36].traits_ref, traits[36]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [37] = { /* EntityAttributesMapValueString */
            .name_ref = SHAPE_NAME(scalars[37].name_ref, shape_names[2173]),
            .traits_ref = REF(scalars[37].traits_ref, traits[37]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [38] = { /* EntityKeyAttributesMapKeyString */
            .name_ref = SHAPE_NAME(scalars[38].name_ref, shape_names[2227]),
            .traits_ref = REF(scalars[38].traits_ref, traits[39]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [39] = { /* EntityKeyAttributesMapValueString */
            .name_ref = SHAPE_NAME(scalars[39].name_ref, shape_names[2259]),
            .traits_ref = REF(scalars[39].traits_ref, traits[40]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [40] = { /* ErrorMessage */
            .name_ref = SHAPE_NAME(scalars[40].name_ref, shape_names[2331]),
            .traits_ref = REF(scalars[40].traits_ref, traits[41]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [41] = { /* EvaluateLowSampleCountPercentile */
            .name_ref = SHAPE_NAME(scalars[41].name_ref, shape_names[2344]),
            .traits_ref = REF(scalars[41].traits_ref, traits[42]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [42] = { /* EvaluationInterval */
            .name_ref = SHAPE_NAME(scalars[42].name_ref, shape_names[2396]),
            .traits_ref = REF(scalars[42].traits_ref, traits[43]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [43] = { /* EvaluationPeriods */
            .name_ref = SHAPE_NAME(scalars[43].name_ref, shape_names[2415]),
            .traits_ref = REF(scalars[43].traits_ref, traits[44]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [44] = { /* ExceptionType */
            .name_ref = SHAPE_NAME(scalars[44].name_ref, shape_names[2466]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [45] = { /* Expression */
            .name_ref = SHAPE_NAME(scalars[45].name_ref, shape_names[2480]),
            .traits_ref = REF(scalars[45].traits_ref, traits[45]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [46] = { /* ExtendedStatistic */
            .name_ref = SHAPE_NAME(scalars[46].name_ref, shape_names[2491]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* FailureCode */
            .name_ref = SHAPE_NAME(scalars[47].name_ref, shape_names[2528]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [48] = { /* FailureDescription */
            .name_ref = SHAPE_NAME(scalars[48].name_ref, shape_names[2540]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [49] = { /* FailureResource */
            .name_ref = SHAPE_NAME(scalars[49].name_ref, shape_names[2559]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [50] = { /* FaultDescription */
            .name_ref = SHAPE_NAME(scalars[50].name_ref, shape_names[2575]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [51] = { /* GetMetricDataLabelTimezone */
            .name_ref = SHAPE_NAME(scalars[51].name_ref, shape_names[2779]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [52] = { /* GetMetricDataMaxDatapoints */
            .name_ref = SHAPE_NAME(scalars[52].name_ref, shape_names[2806]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [53] = { /* HistoryData */
            .name_ref = SHAPE_NAME(scalars[53].name_ref, shape_names[3047]),
            .traits_ref = REF(scalars[53].traits_ref, traits[47]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [54] = { /* HistorySummary */
            .name_ref = SHAPE_NAME(scalars[54].name_ref, shape_names[3075]),
            .traits_ref = REF(scalars[54].traits_ref, traits[48]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [55] = { /* IncludeLinkedAccounts */
            .name_ref = SHAPE_NAME(scalars[55].name_ref, shape_names[3090]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [56] = { /* IncludeLinkedAccountsMetrics */
            .name_ref = SHAPE_NAME(scalars[56].name_ref, shape_names[3112]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [57] = { /* InsightRuleAggregationStatistic */
            .name_ref = SHAPE_NAME(scalars[57].name_ref, shape_names[3153]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [58] = { /* InsightRuleContributorKey */
            .name_ref = SHAPE_NAME(scalars[58].name_ref, shape_names[3273]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [59] = { /* InsightRuleContributorKeyLabel */
            .name_ref = SHAPE_NAME(scalars[59].name_ref, shape_names[3299]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [60] = { /* InsightRuleDefinition */
            .name_ref = SHAPE_NAME(scalars[60].name_ref, shape_names[3413]),
            .traits_ref = REF(scalars[60].traits_ref, traits[49]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [61] = { /* InsightRuleIsManaged */
            .name_ref = SHAPE_NAME(scalars[61].name_ref, shape_names[3435]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [62] = { /* InsightRuleMaxResults */
            .name_ref = SHAPE_NAME(scalars[62].name_ref, shape_names[3456]),
            .traits_ref = REF(scalars[62].traits_ref, traits[50]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [63] = { /* InsightRuleMetricName */
            .name_ref = SHAPE_NAME(scalars[63].name_ref, shape_names[3555]),
            .traits_ref = REF(scalars[63].traits_ref, traits[51]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [64] = { /* InsightRuleName */
            .name_ref = SHAPE_NAME(scalars[64].name_ref, shape_names[3577]),
            .traits_ref = REF(scalars[64].traits_ref, traits[52]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [65] = { /* InsightRuleOnTransformedLogs */
            .name_ref = SHAPE_NAME(scalars[65].name_ref, shape_names[3610]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [66] = { /* InsightRuleOrderBy */
            .name_ref = SHAPE_NAME(scalars[66].name_ref, shape_names[3639]),
            .traits_ref = REF(scalars[66].traits_ref, traits[53]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [67] = { /* InsightRuleSchema */
            .name_ref = SHAPE_NAME(scalars[67].name_ref, shape_names[3658]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [68] = { /* InsightRuleState */
            .name_ref = SHAPE_NAME(scalars[68].name_ref, shape_names[3676]),
            .traits_ref = REF(scalars[68].traits_ref, traits[54]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [69] = { /* InsightRuleUnboundDouble */
            .name_ref = SHAPE_NAME(scalars[69].name_ref, shape_names[3693]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [70] = { /* InsightRuleUnboundInteger */
            .name_ref = SHAPE_NAME(scalars[70].name_ref, shape_names[3718]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [71] = { /* InsightRuleUnboundLong */
            .name_ref = SHAPE_NAME(scalars[71].name_ref, shape_names[3744]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [72] = { /* KmsKeyArn */
            .name_ref = SHAPE_NAME(scalars[72].name_ref, shape_names[3780]),
            .traits_ref = REF(scalars[72].traits_ref, traits[61]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [73] = { /* LastModified */
            .name_ref = SHAPE_NAME(scalars[73].name_ref, shape_names[3803]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [74] = { /* ListMetricStreamsMaxResults */
            .name_ref = SHAPE_NAME(scalars[74].name_ref, shape_names[3988]),
            .traits_ref = REF(scalars[74].traits_ref, traits[66]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [75] = { /* MaxRecords */
            .name_ref = SHAPE_NAME(scalars[75].name_ref, shape_names[4254]),
            .traits_ref = REF(scalars[75].traits_ref, traits[68]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [76] = { /* MaxReturnedResultsCount */
            .name_ref = SHAPE_NAME(scalars[76].name_ref, shape_names[4265]),
            .traits_ref = REF(scalars[76].traits_ref, traits[69]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [77] = { /* Message */
            .name_ref = SHAPE_NAME(scalars[77].name_ref, shape_names[4289]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [78] = { /* MessageDataCode */
            .name_ref = SHAPE_NAME(scalars[78].name_ref, shape_names[4309]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [79] = { /* MessageDataValue */
            .name_ref = SHAPE_NAME(scalars[79].name_ref, shape_names[4325]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [80] = { /* MetricExpression */
            .name_ref = SHAPE_NAME(scalars[80].name_ref, shape_names[4513]),
            .traits_ref = REF(scalars[80].traits_ref, traits[70]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [81] = { /* MetricId */
            .name_ref = SHAPE_NAME(scalars[81].name_ref, shape_names[4530]),
            .traits_ref = REF(scalars[81].traits_ref, traits[71]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [82] = { /* MetricLabel */
            .name_ref = SHAPE_NAME(scalars[82].name_ref, shape_names[4539]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [83] = { /* MetricName */
            .name_ref = SHAPE_NAME(scalars[83].name_ref, shape_names[4577]),
            .traits_ref = REF(scalars[83].traits_ref, traits[72]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [84] = { /* MetricStreamName */
            .name_ref = SHAPE_NAME(scalars[84].name_ref, shape_names[4706]),
            .traits_ref = REF(scalars[84].traits_ref, traits[73]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [85] = { /* MetricStreamState */
            .name_ref = SHAPE_NAME(scalars[85].name_ref, shape_names[4766]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [86] = { /* MetricStreamStatistic */
            .name_ref = SHAPE_NAME(scalars[86].name_ref, shape_names[4784]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [87] = { /* MetricWidget */
            .name_ref = SHAPE_NAME(scalars[87].name_ref, shape_names[4988]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [88] = { /* MetricWidgetImage */
            .name_ref = SHAPE_NAME(scalars[88].name_ref, shape_names[5001]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [89] = { /* MuteType */
            .name_ref = SHAPE_NAME(scalars[89].name_ref, shape_names[5063]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [90] = { /* Name */
            .name_ref = SHAPE_NAME(scalars[90].name_ref, shape_names[5072]),
            .traits_ref = REF(scalars[90].traits_ref, traits[77]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [91] = { /* Namespace */
            .name_ref = SHAPE_NAME(scalars[91].name_ref, shape_names[5077]),
            .traits_ref = REF(scalars[91].traits_ref, traits[78]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [92] = { /* NextToken */
            .name_ref = SHAPE_NAME(scalars[92].name_ref, shape_names[5087]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [93] = { /* OutputFormat */
            .name_ref = SHAPE_NAME(scalars[93].name_ref, shape_names[5118]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [94] = { /* PendingPeriod */
            .name_ref = SHAPE_NAME(scalars[94].name_ref, shape_names[5161]),
            .traits_ref = REF(scalars[94].traits_ref, traits[79]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [95] = { /* Period */
            .name_ref = SHAPE_NAME(scalars[95].name_ref, shape_names[5175]),
            .traits_ref = REF(scalars[95].traits_ref, traits[80]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [96] = { /* PeriodicSpikes */
            .name_ref = SHAPE_NAME(scalars[96].name_ref, shape_names[5182]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [97] = { /* Query */
            .name_ref = SHAPE_NAME(scalars[97].name_ref, shape_names[5525]),
            .traits_ref = REF(scalars[97].traits_ref, traits[81]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [98] = { /* QueryResultsToAlarm */
            .name_ref = SHAPE_NAME(scalars[98].name_ref, shape_names[5531]),
            .traits_ref = REF(scalars[98].traits_ref, traits[82]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [99] = { /* QueryResultsToEvaluate */
            .name_ref = SHAPE_NAME(scalars[99].name_ref, shape_names[5551]),
            .traits_ref = REF(scalars[99].traits_ref, traits[83]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [100] = { /* QueryString */
            .name_ref = SHAPE_NAME(scalars[100].name_ref, shape_names[5574]),
            .traits_ref = REF(scalars[100].traits_ref, traits[84]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [101] = { /* RecoveryPeriod */
            .name_ref = SHAPE_NAME(scalars[101].name_ref, shape_names[5607]),
            .traits_ref = REF(scalars[101].traits_ref, traits[85]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [102] = { /* ResourceId */
            .name_ref = SHAPE_NAME(scalars[102].name_ref, shape_names[5622]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [103] = { /* ResourceName */
            .name_ref = SHAPE_NAME(scalars[103].name_ref, shape_names[5646]),
            .traits_ref = REF(scalars[103].traits_ref, traits[88]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [104] = { /* ResourceType */
            .name_ref = SHAPE_NAME(scalars[104].name_ref, shape_names[5659]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [105] = { /* ReturnData */
            .name_ref = SHAPE_NAME(scalars[105].name_ref, shape_names[5672]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [106] = { /* ScheduleExpression */
            .name_ref = SHAPE_NAME(scalars[106].name_ref, shape_names[5726]),
            .traits_ref = REF(scalars[106].traits_ref, traits[90]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [107] = { /* Size */
            .name_ref = SHAPE_NAME(scalars[107].name_ref, shape_names[5820]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [108] = { /* StartTimeOffset */
            .name_ref = SHAPE_NAME(scalars[108].name_ref, shape_names[5952]),
            .traits_ref = REF(scalars[108].traits_ref, traits[91]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [109] = { /* Stat */
            .name_ref = SHAPE_NAME(scalars[109].name_ref, shape_names[5968]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [110] = { /* StateReason */
            .name_ref = SHAPE_NAME(scalars[110].name_ref, shape_names[5973]),
            .traits_ref = REF(scalars[110].traits_ref, traits[92]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [111] = { /* StateReasonData */
            .name_ref = SHAPE_NAME(scalars[111].name_ref, shape_names[5985]),
            .traits_ref = REF(scalars[111].traits_ref, traits[93]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [112] = { /* StorageResolution */
            .name_ref = SHAPE_NAME(scalars[112].name_ref, shape_names[6153]),
            .traits_ref = REF(scalars[112].traits_ref, traits[95]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [113] = { /* StrictEntityValidation */
            .name_ref = SHAPE_NAME(scalars[113].name_ref, shape_names[6171]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [114] = { /* String */
            .name_ref = SHAPE_NAME(scalars[114].name_ref, shape_names[6194]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [115] = { /* SuppressorPeriod */
            .name_ref = SHAPE_NAME(scalars[115].name_ref, shape_names[6201]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [116] = { /* TagKey */
            .name_ref = SHAPE_NAME(scalars[116].name_ref, shape_names[6222]),
            .traits_ref = REF(scalars[116].traits_ref, traits[96]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [117] = { /* TagValue */
            .name_ref = SHAPE_NAME(scalars[117].name_ref, shape_names[6283]),
            .traits_ref = REF(scalars[117].traits_ref, traits[97]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [118] = { /* TemplateName */
            .name_ref = SHAPE_NAME(scalars[118].name_ref, shape_names[6292]),
            .traits_ref = REF(scalars[118].traits_ref, traits[98]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [119] = { /* Threshold */
            .name_ref = SHAPE_NAME(scalars[119].name_ref, shape_names[6305]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [120] = { /* Timestamp */
            .name_ref = SHAPE_NAME(scalars[120].name_ref, shape_names[6315]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [121] = { /* Timezone */
            .name_ref = SHAPE_NAME(scalars[121].name_ref, shape_names[6336]),
            .traits_ref = REF(scalars[121].traits_ref, traits[99]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [122] = { /* TreatMissingData */
            .name_ref = SHAPE_NAME(scalars[122].name_ref, shape_names[6345]),
            .traits_ref = REF(scalars[122].traits_ref, traits[100]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* AccountId */
            .range_ref = REF(traits[0].range_ref, ranges[0]),
        },
        [1] = { /* ActionPrefix */
            .range_ref = REF(traits[1].range_ref, ranges[1]),
        },
        [2] = { /* ActionsSuppressedReason */
            .range_ref = REF(traits[2].range_ref, ranges[2]),
        },
        [3] = { /* AggregationExpression */
            .range_ref = REF(traits[3].range_ref, ranges[3]),
        },
        [4] = { /* AlarmArn */
            .range_ref = REF(traits[4].range_ref, ranges[4]),
        },
        [5] = { /* AlarmDescription */
            .range_ref = REF(traits[5].range_ref, ranges[5]),
        },
        [6] = { /* AlarmName */
            .range_ref = REF(traits[6].range_ref, ranges[6]),
        },
        [7] = { /* AlarmNamePrefix */
            .range_ref = REF(traits[7].range_ref, ranges[7]),
        },
        [8] = { /* AlarmNames */
            .range_ref = REF(traits[8].range_ref, ranges[8]),
        },
        [9] = { /* AlarmRule */
            .range_ref = REF(traits[9].range_ref, ranges[9]),
        },
        [10] = { /* AmazonResourceName */
            .range_ref = REF(traits[10].range_ref, ranges[10]),
        },
        [11] = { /* AnomalyDetectorId */
            .range_ref = REF(traits[11].range_ref, ranges[11]),
        },
        [12] = { /* AnomalyDetectorIds */
            .range_ref = REF(traits[12].range_ref, ranges[12]),
        },
        [13] = { /* AnomalyDetectorMetricStat */
            .range_ref = REF(traits[13].range_ref, ranges[13]),
        },
        [14] = { /* AnomalyDetectorMetricTimezone */
            .range_ref = REF(traits[14].range_ref, ranges[14]),
        },
        [15] = { /* AnomalyDetectorTypes */
            .range_ref = REF(traits[15].range_ref, ranges[15]),
        },
        [16] = { /* Arn */
            .range_ref = REF(traits[16].range_ref, ranges[16]),
        },
        [17] = { /* AttributeName */
            .range_ref = REF(traits[17].range_ref, ranges[17]),
        },
        [18] = { /* AttributeValue */
            .range_ref = REF(traits[18].range_ref, ranges[18]),
        },
        [19] = { /* ConcurrentModificationException */
            .error_code_ref = REF(traits[19].error_code_ref, strings[1163]),
            .http_status = 429,
        },
        [20] = { /* ConflictException */
            .error_code_ref = REF(traits[20].error_code_ref, strings[1195]),
            .http_status = 409,
        },
        [21] = { /* ContributorAttributes */
            .range_ref = REF(traits[21].range_ref, ranges[19]),
        },
        [22] = { /* ContributorId */
            .range_ref = REF(traits[22].range_ref, ranges[20]),
        },
        [23] = { /* DashboardInvalidInputError */
            .error_code_ref = REF(traits[23].error_code_ref, strings[1329]),
            .http_status = 400,
        },
        [24] = { /* DashboardNotFoundError, ResourceNotFound */
            .error_code_ref = REF(traits[24].error_code_ref, strings[1374]),
            .http_status = 404,
        },
        [25] = { /* DatapointsToAlarm */
            .range_ref = REF(traits[25].range_ref, ranges[21]),
        },
        [26] = { /* DatasetArn */
            .range_ref = REF(traits[26].range_ref, ranges[22]),
        },
        [27] = { /* DatasetId */
            .range_ref = REF(traits[27].range_ref, ranges[23]),
        },
        [28] = { /* DatasetIdentifier */
            .range_ref = REF(traits[28].range_ref, ranges[24]),
        },
        [29] = { /* DimensionFilters */
            .range_ref = REF(traits[29].range_ref, ranges[25]),
        },
        [30] = { /* DimensionName */
            .range_ref = REF(traits[30].range_ref, ranges[26]),
        },
        [31] = { /* DimensionValue */
            .range_ref = REF(traits[31].range_ref, ranges[27]),
        },
        [32] = { /* Dimensions */
            .range_ref = REF(traits[32].range_ref, ranges[28]),
        },
        [33] = { /* Duration */
            .range_ref = REF(traits[33].range_ref, ranges[29]),
        },
        [34] = { /* EndTimeOffset */
            .range_ref = REF(traits[34].range_ref, ranges[30]),
        },
        [35] = { /* EntityAttributesMap */
            .range_ref = REF(traits[35].range_ref, ranges[31]),
        },
        [36] = { /* EntityAttributesMapKeyString */
            .range_ref = REF(traits[36].range_ref, ranges[32]),
        },
        [37] = { /* EntityAttributesMapValueString */
            .range_ref = REF(traits[37].range_ref, ranges[33]),
        },
        [38] = { /* EntityKeyAttributesMap */
            .range_ref = REF(traits[38].range_ref, ranges[34]),
        },
        [39] = { /* EntityKeyAttributesMapKeyString */
            .range_ref = REF(traits[39].range_ref, ranges[35]),
        },
        [40] = { /* EntityKeyAttributesMapValueString */
            .range_ref = REF(traits[40].range_ref, ranges[36]),
        },
        [41] = { /* ErrorMessage */
            .range_ref = REF(traits[41].range_ref, ranges[37]),
        },
        [42] = { /* EvaluateLowSampleCountPercentile */
            .range_ref = REF(traits[42].range_ref, ranges[38]),
        },
        [43] = { /* EvaluationInterval */
            .range_ref = REF(traits[43].range_ref, ranges[39]),
        },
        [44] = { /* EvaluationPeriods */
            .range_ref = REF(traits[44].range_ref, ranges[40]),
        },
        [45] = { /* Expression */
            .range_ref = REF(traits[45].range_ref, ranges[41]),
        },
        [46] = { /* ExtendedStatistics */
            .range_ref = REF(traits[46].range_ref, ranges[42]),
        },
        [47] = { /* HistoryData */
            .range_ref = REF(traits[47].range_ref, ranges[43]),
        },
        [48] = { /* HistorySummary */
            .range_ref = REF(traits[48].range_ref, ranges[44]),
        },
        [49] = { /* InsightRuleDefinition */
            .range_ref = REF(traits[49].range_ref, ranges[45]),
        },
        [50] = { /* InsightRuleMaxResults */
            .range_ref = REF(traits[50].range_ref, ranges[46]),
        },
        [51] = { /* InsightRuleMetricName */
            .range_ref = REF(traits[51].range_ref, ranges[47]),
        },
        [52] = { /* InsightRuleName */
            .range_ref = REF(traits[52].range_ref, ranges[48]),
        },
        [53] = { /* InsightRuleOrderBy */
            .range_ref = REF(traits[53].range_ref, ranges[49]),
        },
        [54] = { /* InsightRuleState */
            .range_ref = REF(traits[54].range_ref, ranges[50]),
        },
        [55] = { /* InternalServiceFault */
            .error_code_ref = REF(traits[55].error_code_ref, strings[2743]),
            .http_status = 500,
        },
        [56] = { /* InvalidFormatFault */
            .error_code_ref = REF(traits[56].error_code_ref, strings[2783]),
            .http_status = 400,
        },
        [57] = { /* InvalidNextToken */
            .error_code_ref = REF(traits[57].error_code_ref, strings[2797]),
            .http_status = 400,
        },
        [58] = { /* InvalidParameterCombinationException */
            .error_code_ref = REF(traits[58].error_code_ref, strings[2851]),
            .http_status = 400,
        },
        [59] = { /* InvalidParameterValueException */
            .error_code_ref = REF(traits[59].error_code_ref, strings[2910]),
            .http_status = 400,
        },
        [60] = { /* KmsAccessDeniedException */
            .error_code_ref = REF(traits[60].error_code_ref, strings[2932]),
        },
        [61] = { /* KmsKeyArn */
            .range_ref = REF(traits[61].range_ref, ranges[51]),
        },
        [62] = { /* KmsKeyDisabledException */
            .error_code_ref = REF(traits[62].error_code_ref, strings[2957]),
        },
        [63] = { /* KmsKeyNotFoundException */
            .error_code_ref = REF(traits[63].error_code_ref, strings[2981]),
        },
        [64] = { /* LimitExceededException */
            .error_code_ref = REF(traits[64].error_code_ref, strings[3014]),
            .http_status = 400,
        },
        [65] = { /* LimitExceededFault */
            .error_code_ref = REF(traits[65].error_code_ref, strings[3056]),
            .http_status = 400,
        },
        [66] = { /* ListMetricStreamsMaxResults */
            .range_ref = REF(traits[66].range_ref, ranges[52]),
        },
        [67] = { /* LogGroupIdentifiers */
            .range_ref = REF(traits[67].range_ref, ranges[53]),
        },
        [68] = { /* MaxRecords */
            .range_ref = REF(traits[68].range_ref, ranges[54]),
        },
        [69] = { /* MaxReturnedResultsCount */
            .range_ref = REF(traits[69].range_ref, ranges[55]),
        },
        [70] = { /* MetricExpression */
            .range_ref = REF(traits[70].range_ref, ranges[56]),
        },
        [71] = { /* MetricId */
            .range_ref = REF(traits[71].range_ref, ranges[57]),
        },
        [72] = { /* MetricName */
            .range_ref = REF(traits[72].range_ref, ranges[58]),
        },
        [73] = { /* MetricStreamName */
            .range_ref = REF(traits[73].range_ref, ranges[59]),
        },
        [74] = { /* MetricStreamOutputFormat */
            .range_ref = REF(traits[74].range_ref, ranges[60]),
        },
        [75] = { /* MissingRequiredParameterException */
            .error_code_ref = REF(traits[75].error_code_ref, strings[3845]),
            .http_status = 400,
        },
        [76] = { /* MuteTargetAlarmNameList */
            .range_ref = REF(traits[76].range_ref, ranges[61]),
        },
        [77] = { /* Name */
            .range_ref = REF(traits[77].range_ref, ranges[62]),
        },
        [78] = { /* Namespace */
            .range_ref = REF(traits[78].range_ref, ranges[63]),
        },
        [79] = { /* PendingPeriod */
            .range_ref = REF(traits[79].range_ref, ranges[64]),
        },
        [80] = { /* Period */
            .range_ref = REF(traits[80].range_ref, ranges[65]),
        },
        [81] = { /* Query */
            .range_ref = REF(traits[81].range_ref, ranges[66]),
        },
        [82] = { /* QueryResultsToAlarm */
            .range_ref = REF(traits[82].range_ref, ranges[67]),
        },
        [83] = { /* QueryResultsToEvaluate */
            .range_ref = REF(traits[83].range_ref, ranges[68]),
        },
        [84] = { /* QueryString */
            .range_ref = REF(traits[84].range_ref, ranges[69]),
        },
        [85] = { /* RecoveryPeriod */
            .range_ref = REF(traits[85].range_ref, ranges[70]),
        },
        [86] = { /* ResourceConflict */
            .error_code_ref = REF(traits[86].error_code_ref, strings[4027]),
            .http_status = 409,
        },
        [87] = { /* ResourceList */
            .range_ref = REF(traits[87].range_ref, ranges[71]),
        },
        [88] = { /* ResourceName */
            .range_ref = REF(traits[88].range_ref, ranges[72]),
        },
        [89] = { /* ResourceNotFoundException */
            .error_code_ref = REF(traits[89].error_code_ref, strings[4044]),
            .http_status = 404,
        },
        [90] = { /* ScheduleExpression */
            .range_ref = REF(traits[90].range_ref, ranges[73]),
        },
        [91] = { /* StartTimeOffset */
            .range_ref = REF(traits[91].range_ref, ranges[74]),
        },
        [92] = { /* StateReason */
            .range_ref = REF(traits[92].range_ref, ranges[75]),
        },
        [93] = { /* StateReasonData */
            .range_ref = REF(traits[93].range_ref, ranges[76]),
        },
        [94] = { /* Statistics */
            .range_ref = REF(traits[94].range_ref, ranges[77]),
        },
        [95] = { /* StorageResolution */
            .range_ref = REF(traits[95].range_ref, ranges[78]),
        },
        [96] = { /* TagKey */
            .range_ref = REF(traits[96].range_ref, ranges[79]),
        },
        [97] = { /* TagValue */
            .range_ref = REF(traits[97].range_ref, ranges[80]),
        },
        [98] = { /* TemplateName */
            .range_ref = REF(traits[98].range_ref, ranges[81]),
        },
        [99] = { /* Timezone */
            .range_ref = REF(traits[99].range_ref, ranges[82]),
        },
        [100] = { /* TreatMissingData */
            .range_ref = REF(traits[100].range_ref, ranges[83]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[33]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[20]), 0, offsetof(struct awsc_cloudwatch_alarm_contributor, contributor_id), AWSC_MF_REQUIRED}, /* AlarmContributor.ContributorId: ContributorId */
        [1] = {MREF(1, strings[47]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, collections[12].shape), 0, offsetof(struct awsc_cloudwatch_alarm_contributor, contributor_attributes), AWSC_MF_REQUIRED}, /* AlarmContributor.ContributorAttributes: ContributorAttributes */
        [2] = {MREF(2, strings[69]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, scalars[110]), 0, offsetof(struct awsc_cloudwatch_alarm_contributor, state_reason), AWSC_MF_REQUIRED}, /* AlarmContributor.StateReason: StateReason */
        [3] = {MREF(3, strings[81]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_alarm_contributor, state_transitioned_timestamp, has_state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_alarm_contributor, state_transitioned_timestamp), 0}, /* AlarmContributor.StateTransitionedTimestamp: Timestamp */
        [4] = {MREF(4, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[9]), 0, offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_name), 0}, /* AlarmHistoryItem.AlarmName: AlarmName */
        [5] = {MREF(5, strings[118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, scalars[20]), 0, offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_contributor_id), 0}, /* AlarmHistoryItem.AlarmContributorId: ContributorId */
        [6] = {MREF(6, strings[137]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, enums[2].shape), 0, offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_type), 0}, /* AlarmHistoryItem.AlarmType: AlarmType */
        [7] = {MREF(7, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_alarm_history_item, timestamp, has_timestamp), offsetof(struct awsc_cloudwatch_alarm_history_item, timestamp), 0}, /* AlarmHistoryItem.Timestamp: Timestamp */
        [8] = {MREF(8, strings[157]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, enums[7].shape), 0, offsetof(struct awsc_cloudwatch_alarm_history_item, history_item_type), 0}, /* AlarmHistoryItem.HistoryItemType: HistoryItemType */
        [9] = {MREF(9, strings[173]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[54]), 0, offsetof(struct awsc_cloudwatch_alarm_history_item, history_summary), 0}, /* AlarmHistoryItem.HistorySummary: HistorySummary */
        [10] = {MREF(10, strings[188]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[53]), 0, offsetof(struct awsc_cloudwatch_alarm_history_item, history_data), 0}, /* AlarmHistoryItem.HistoryData: HistoryData */
        [11] = {MREF(11, strings[200]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, collections[12].shape), 0, offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_contributor_attributes), 0}, /* AlarmHistoryItem.AlarmContributorAttributes: ContributorAttributes */
        [12] = {MREF(12, strings[252]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, scalars[16]), 0, offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, alarm_mute_rule_arn), 0}, /* AlarmMuteRuleSummary.AlarmMuteRuleArn: Arn */
        [13] = {MREF(13, strings[269]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_alarm_mute_rule_summary, expire_date, has_expire_date), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, expire_date), 0}, /* AlarmMuteRuleSummary.ExpireDate: Timestamp */
        [14] = {MREF(14, strings[280]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, enums[1].shape), 0, offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, status), 0}, /* AlarmMuteRuleSummary.Status: AlarmMuteRuleStatus */
        [15] = {MREF(15, strings[287]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, scalars[89]), 0, offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, mute_type), 0}, /* AlarmMuteRuleSummary.MuteType: MuteType */
        [16] = {MREF(16, strings[296]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_alarm_mute_rule_summary, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, last_updated_timestamp), 0}, /* AlarmMuteRuleSummary.LastUpdatedTimestamp: Timestamp */
        [17] = {MREF(17, strings[317]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, scalars[97]), 0, offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, query), AWSC_MF_REQUIRED}, /* AlarmPromQLCriteria.Query: Query */
        [18] = {MREF(18, strings[323]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[94]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_alarm_prom_ql_criteria, pending_period, has_pending_period), offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, pending_period), 0}, /* AlarmPromQLCriteria.PendingPeriod: PendingPeriod */
        [19] = {MREF(19, strings[337]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[101]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_alarm_prom_ql_criteria, recovery_period, has_recovery_period), offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, recovery_period), 0}, /* AlarmPromQLCriteria.RecoveryPeriod: RecoveryPeriod */
        [20] = {MREF(20, strings[388]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, scalars[13]), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, anomaly_detector_id), 0}, /* AnomalyDetector.AnomalyDetectorId: AnomalyDetectorId */
        [21] = {MREF(21, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, scalars[91]), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, namespace_), 0}, /* AnomalyDetector.Namespace: Namespace */
        [22] = {MREF(22, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[83]), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, metric_name), 0}, /* AnomalyDetector.MetricName: MetricName */
        [23] = {MREF(23, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, dimensions), 0}, /* AnomalyDetector.Dimensions: Dimensions */
        [24] = {MREF(24, strings[438]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[14]), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, stat), 0}, /* AnomalyDetector.Stat: AnomalyDetectorMetricStat */
        [25] = {MREF(25, strings[443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, structures[5].shape), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, configuration), 0}, /* AnomalyDetector.Configuration: AnomalyDetectorConfiguration */
        [26] = {MREF(26, strings[457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, enums[3].shape), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, state_value), 0}, /* AnomalyDetector.StateValue: AnomalyDetectorStateValue */
        [27] = {MREF(27, strings[468]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, structures[104].shape), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, metric_characteristics), 0}, /* AnomalyDetector.MetricCharacteristics: MetricCharacteristics */
        [28] = {MREF(28, strings[490]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, structures[141].shape), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, single_metric_anomaly_detector), 0}, /* AnomalyDetector.SingleMetricAnomalyDetector: SingleMetricAnomalyDetector */
        [29] = {MREF(29, strings[518]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, structures[108].shape), 0, offsetof(struct awsc_cloudwatch_anomaly_detector, metric_math_anomaly_detector), 0}, /* AnomalyDetector.MetricMathAnomalyDetector: MetricMathAnomalyDetector */
        [30] = {MREF(30, strings[544]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, collections[6].shape), 0, offsetof(struct awsc_cloudwatch_anomaly_detector_configuration, excluded_time_ranges), 0}, /* AnomalyDetectorConfiguration.ExcludedTimeRanges: AnomalyDetectorExcludedTimeRanges */
        [31] = {MREF(31, strings[563]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, scalars[15]), 0, offsetof(struct awsc_cloudwatch_anomaly_detector_configuration, metric_timezone), 0}, /* AnomalyDetectorConfiguration.MetricTimezone: AnomalyDetectorMetricTimezone */
        [32] = {MREF(32, strings[655]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, scalars[31]), 0, offsetof(struct awsc_cloudwatch_associate_dataset_kms_key_input, dataset_identifier), AWSC_MF_REQUIRED}, /* AssociateDatasetKmsKeyInput.DatasetIdentifier: DatasetIdentifier */
        [33] = {MREF(33, strings[673]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[72]), 0, offsetof(struct awsc_cloudwatch_associate_dataset_kms_key_input, kms_key_arn), AWSC_MF_REQUIRED}, /* AssociateDatasetKmsKeyInput.KmsKeyArn: KmsKeyArn */
        [34] = {MREF(34, strings[869]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[4]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_composite_alarm, actions_enabled, has_actions_enabled), offsetof(struct awsc_cloudwatch_composite_alarm, actions_enabled), 0}, /* CompositeAlarm.ActionsEnabled: ActionsEnabled */
        [35] = {MREF(35, strings[884]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_actions), 0}, /* CompositeAlarm.AlarmActions: ResourceList */
        [36] = {MREF(36, strings[897]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[7]), 0, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_arn), 0}, /* CompositeAlarm.AlarmArn: AlarmArn */
        [37] = {MREF(37, strings[906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_composite_alarm, alarm_configuration_updated_timestamp, has_alarm_configuration_updated_timestamp), offsetof(struct awsc_cloudwatch_composite_alarm, alarm_configuration_updated_timestamp), 0}, /* CompositeAlarm.AlarmConfigurationUpdatedTimestamp: Timestamp */
        [38] = {MREF(38, strings[941]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[8]), 0, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_description), 0}, /* CompositeAlarm.AlarmDescription: AlarmDescription */
        [39] = {MREF(39, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, scalars[9]), 0, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_name), 0}, /* CompositeAlarm.AlarmName: AlarmName */
        [40] = {MREF(40, strings[958]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, scalars[11]), 0, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_rule), 0}, /* CompositeAlarm.AlarmRule: AlarmRule */
        [41] = {MREF(41, strings[968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_composite_alarm, insufficient_data_actions), 0}, /* CompositeAlarm.InsufficientDataActions: ResourceList */
        [42] = {MREF(42, strings[992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_composite_alarm, ok_actions), 0}, /* CompositeAlarm.OKActions: ResourceList */
        [43] = {MREF(43, strings[69]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, scalars[110]), 0, offsetof(struct awsc_cloudwatch_composite_alarm, state_reason), 0}, /* CompositeAlarm.StateReason: StateReason */
        [44] = {MREF(44, strings[1002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[111]), 0, offsetof(struct awsc_cloudwatch_composite_alarm, state_reason_data), 0}, /* CompositeAlarm.StateReasonData: StateReasonData */
        [45] = {MREF(45, strings[1018]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_composite_alarm, state_updated_timestamp, has_state_updated_timestamp), offsetof(struct awsc_cloudwatch_composite_alarm, state_updated_timestamp), 0}, /* CompositeAlarm.StateUpdatedTimestamp: Timestamp */
        [46] = {MREF(46, strings[457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, enums[13].shape), 0, offsetof(struct awsc_cloudwatch_composite_alarm, state_value), 0}, /* CompositeAlarm.StateValue: StateValue */
        [47] = {MREF(47, strings[81]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_composite_alarm, state_transitioned_timestamp, has_state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_composite_alarm, state_transitioned_timestamp), 0}, /* CompositeAlarm.StateTransitionedTimestamp: Timestamp */
        [48] = {MREF(48, strings[1040]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, enums[0].shape), 0, offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressed_by), 0}, /* CompositeAlarm.ActionsSuppressedBy: ActionsSuppressedBy */
        [49] = {MREF(49, strings[1060]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, scalars[5]), 0, offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressed_reason), 0}, /* CompositeAlarm.ActionsSuppressedReason: ActionsSuppressedReason */
        [50] = {MREF(50, strings[1084]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, scalars[7]), 0, offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressor), 0}, /* CompositeAlarm.ActionsSuppressor: AlarmArn */
        [51] = {MREF(51, strings[1102]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[115]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_composite_alarm, actions_suppressor_wait_period, has_actions_suppressor_wait_period), offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressor_wait_period), 0}, /* CompositeAlarm.ActionsSuppressorWaitPeriod: SuppressorPeriod */
        [52] = {MREF(52, strings[1130]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[115]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_composite_alarm, actions_suppressor_extension_period, has_actions_suppressor_extension_period), offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressor_extension_period), 0}, /* CompositeAlarm.ActionsSuppressorExtensionPeriod: SuppressorPeriod */
        [53] = {MREF(53, strings[1213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, scalars[40]), 0, offsetof(struct awsc_cloudwatch_conflict_exception, message), 0}, /* ConflictException.Message: ErrorMessage */
        [54] = {MREF(54, strings[1221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, scalars[24]), 0, offsetof(struct awsc_cloudwatch_dashboard_entry, dashboard_name), 0}, /* DashboardEntry.DashboardName: DashboardName */
        [55] = {MREF(55, strings[1235]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, scalars[21]), 0, offsetof(struct awsc_cloudwatch_dashboard_entry, dashboard_arn), 0}, /* DashboardEntry.DashboardArn: DashboardArn */
        [56] = {MREF(56, strings[1248]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, scalars[73]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_dashboard_entry, last_modified, has_last_modified), offsetof(struct awsc_cloudwatch_dashboard_entry, last_modified), 0}, /* DashboardEntry.LastModified: LastModified */
        [57] = {MREF(57, strings[1261]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(57, scalars[107]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_dashboard_entry, size, has_size), offsetof(struct awsc_cloudwatch_dashboard_entry, size), 0}, /* DashboardEntry.Size: Size */
        [58] = {MREF(58, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, scalars[23]), 0, offsetof(struct awsc_cloudwatch_dashboard_invalid_input_error, message), 0}, /* DashboardInvalidInputError.message: DashboardErrorMessage */
        [59] = {MREF(59, strings[1301]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, collections[16].shape), 0, offsetof(struct awsc_cloudwatch_dashboard_invalid_input_error, dashboard_validation_messages), 0}, /* DashboardInvalidInputError.dashboardValidationMessages: DashboardValidationMessages */
        [60] = {MREF(60, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, scalars[23]), 0, offsetof(struct awsc_cloudwatch_dashboard_not_found_error, message), 0}, /* DashboardNotFoundError.message: DashboardErrorMessage */
        [61] = {MREF(61, strings[1391]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, scalars[26]), 0, offsetof(struct awsc_cloudwatch_dashboard_validation_message, data_path), 0}, /* DashboardValidationMessage.DataPath: DataPath */
        [62] = {MREF(62, strings[1213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, scalars[77]), 0, offsetof(struct awsc_cloudwatch_dashboard_validation_message, message), 0}, /* DashboardValidationMessage.Message: Message */
        [63] = {MREF(63, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_datapoint, timestamp, has_timestamp), offsetof(struct awsc_cloudwatch_datapoint, timestamp), 0}, /* Datapoint.Timestamp: Timestamp */
        [64] = {MREF(64, strings[1400]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_datapoint, sample_count, has_sample_count), offsetof(struct awsc_cloudwatch_datapoint, sample_count), 0}, /* Datapoint.SampleCount: DatapointValue */
        [65] = {MREF(65, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_datapoint, average, has_average), offsetof(struct awsc_cloudwatch_datapoint, average), 0}, /* Datapoint.Average: DatapointValue */
        [66] = {MREF(66, strings[1420]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_datapoint, sum, has_sum), offsetof(struct awsc_cloudwatch_datapoint, sum), 0}, /* Datapoint.Sum: DatapointValue */
        [67] = {MREF(67, strings[1424]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_datapoint, minimum, has_minimum), offsetof(struct awsc_cloudwatch_datapoint, minimum), 0}, /* Datapoint.Minimum: DatapointValue */
        [68] = {MREF(68, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_datapoint, maximum, has_maximum), offsetof(struct awsc_cloudwatch_datapoint, maximum), 0}, /* Datapoint.Maximum: DatapointValue */
        [69] = {MREF(69, strings[1440]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, enums[12].shape), 0, offsetof(struct awsc_cloudwatch_datapoint, unit), 0}, /* Datapoint.Unit: StandardUnit */
        [70] = {MREF(70, strings[1445]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, collections[17].shape), 0, offsetof(struct awsc_cloudwatch_datapoint, extended_statistics), 0}, /* Datapoint.ExtendedStatistics: DatapointValueMap */
        [71] = {MREF(71, strings[1464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, scalars[90]), 0, offsetof(struct awsc_cloudwatch_delete_alarm_mute_rule_input, alarm_mute_rule_name), AWSC_MF_REQUIRED}, /* DeleteAlarmMuteRuleInput.AlarmMuteRuleName: Name */
        [72] = {MREF(72, strings[1482]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, collections[4].shape), 0, offsetof(struct awsc_cloudwatch_delete_alarms_input, alarm_names), AWSC_MF_REQUIRED}, /* DeleteAlarmsInput.AlarmNames: AlarmNames */
        [73] = {MREF(73, strings[388]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(73, scalars[13]), 0, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, anomaly_detector_id), 0}, /* DeleteAnomalyDetectorInput.AnomalyDetectorId: AnomalyDetectorId */
        [74] = {MREF(74, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, scalars[91]), 0, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, namespace_), 0}, /* DeleteAnomalyDetectorInput.Namespace: Namespace */
        [75] = {MREF(75, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, scalars[83]), 0, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, metric_name), 0}, /* DeleteAnomalyDetectorInput.MetricName: MetricName */
        [76] = {MREF(76, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, dimensions), 0}, /* DeleteAnomalyDetectorInput.Dimensions: Dimensions */
        [77] = {MREF(77, strings[438]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, scalars[14]), 0, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, stat), 0}, /* DeleteAnomalyDetectorInput.Stat: AnomalyDetectorMetricStat */
        [78] = {MREF(78, strings[490]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, structures[141].shape), 0, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, single_metric_anomaly_detector), 0}, /* DeleteAnomalyDetectorInput.SingleMetricAnomalyDetector: SingleMetricAnomalyDetector */
        [79] = {MREF(79, strings[518]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, structures[108].shape), 0, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, metric_math_anomaly_detector), 0}, /* DeleteAnomalyDetectorInput.MetricMathAnomalyDetector: MetricMathAnomalyDetector */
        [80] = {MREF(80, strings[1493]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, collections[15].shape), 0, offsetof(struct awsc_cloudwatch_delete_dashboards_input, dashboard_names), AWSC_MF_REQUIRED}, /* DeleteDashboardsInput.DashboardNames: DashboardNames */
        [81] = {MREF(81, strings[1508]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, collections[32].shape), 0, offsetof(struct awsc_cloudwatch_delete_insight_rules_input, rule_names), AWSC_MF_REQUIRED}, /* DeleteInsightRulesInput.RuleNames: InsightRuleNames */
        [82] = {MREF(82, strings[1518]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, collections[10].shape), 0, offsetof(struct awsc_cloudwatch_delete_insight_rules_output, failures), 0}, /* DeleteInsightRulesOutput.Failures: BatchFailures */
        [83] = {MREF(83, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, scalars[84]), 0, offsetof(struct awsc_cloudwatch_delete_metric_stream_input, name), AWSC_MF_REQUIRED}, /* DeleteMetricStreamInput.Name: MetricStreamName */
        [84] = {MREF(84, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, scalars[9]), 0, offsetof(struct awsc_cloudwatch_describe_alarm_contributors_input, alarm_name), AWSC_MF_REQUIRED}, /* DescribeAlarmContributorsInput.AlarmName: AlarmName */
        [85] = {MREF(85, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_alarm_contributors_input, next_token), 0}, /* DescribeAlarmContributorsInput.NextToken: NextToken */
        [86] = {MREF(86, strings[1542]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, collections[0].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarm_contributors_output, alarm_contributors), AWSC_MF_REQUIRED}, /* DescribeAlarmContributorsOutput.AlarmContributors: AlarmContributors */
        [87] = {MREF(87, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_alarm_contributors_output, next_token), 0}, /* DescribeAlarmContributorsOutput.NextToken: NextToken */
        [88] = {MREF(88, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, scalars[9]), 0, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, alarm_name), 0}, /* DescribeAlarmHistoryInput.AlarmName: AlarmName */
        [89] = {MREF(89, strings[118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(89, scalars[20]), 0, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, alarm_contributor_id), 0}, /* DescribeAlarmHistoryInput.AlarmContributorId: ContributorId */
        [90] = {MREF(90, strings[1560]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, collections[5].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, alarm_types), 0}, /* DescribeAlarmHistoryInput.AlarmTypes: AlarmTypes */
        [91] = {MREF(91, strings[157]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(91, enums[7].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, history_item_type), 0}, /* DescribeAlarmHistoryInput.HistoryItemType: HistoryItemType */
        [92] = {MREF(92, strings[1571]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_describe_alarm_history_input, start_date, has_start_date), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, start_date), 0}, /* DescribeAlarmHistoryInput.StartDate: Timestamp */
        [93] = {MREF(93, strings[1581]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_describe_alarm_history_input, end_date, has_end_date), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, end_date), 0}, /* DescribeAlarmHistoryInput.EndDate: Timestamp */
        [94] = {MREF(94, strings[1589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(94, scalars[75]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_describe_alarm_history_input, max_records, has_max_records), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, max_records), 0}, /* DescribeAlarmHistoryInput.MaxRecords: MaxRecords */
        [95] = {MREF(95, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(95, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, next_token), 0}, /* DescribeAlarmHistoryInput.NextToken: NextToken */
        [96] = {MREF(96, strings[1600]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, enums[11].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, scan_by), 0}, /* DescribeAlarmHistoryInput.ScanBy: ScanBy */
        [97] = {MREF(97, strings[1607]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, collections[1].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarm_history_output, alarm_history_items), 0}, /* DescribeAlarmHistoryOutput.AlarmHistoryItems: AlarmHistoryItems */
        [98] = {MREF(98, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_alarm_history_output, next_token), 0}, /* DescribeAlarmHistoryOutput.NextToken: NextToken */
        [99] = {MREF(99, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, scalars[83]), 0, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, metric_name), AWSC_MF_REQUIRED}, /* DescribeAlarmsForMetricInput.MetricName: MetricName */
        [100] = {MREF(100, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, scalars[91]), 0, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, namespace_), AWSC_MF_REQUIRED}, /* DescribeAlarmsForMetricInput.Namespace: Namespace */
        [101] = {MREF(101, strings[1625]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, enums[14].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, statistic), 0}, /* DescribeAlarmsForMetricInput.Statistic: Statistic */
        [102] = {MREF(102, strings[1635]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, scalars[46]), 0, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, extended_statistic), 0}, /* DescribeAlarmsForMetricInput.ExtendedStatistic: ExtendedStatistic */
        [103] = {MREF(103, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, dimensions), 0}, /* DescribeAlarmsForMetricInput.Dimensions: Dimensions */
        [104] = {MREF(104, strings[1653]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(104, scalars[95]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_describe_alarms_for_metric_input, period, has_period), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, period), 0}, /* DescribeAlarmsForMetricInput.Period: Period */
        [105] = {MREF(105, strings[1440]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(105, enums[12].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, unit), 0}, /* DescribeAlarmsForMetricInput.Unit: StandardUnit */
        [106] = {MREF(106, strings[1660]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(106, collections[38].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_output, metric_alarms), 0}, /* DescribeAlarmsForMetricOutput.MetricAlarms: MetricAlarms */
        [107] = {MREF(107, strings[1482]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(107, collections[4].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_input, alarm_names), 0}, /* DescribeAlarmsInput.AlarmNames: AlarmNames */
        [108] = {MREF(108, strings[1673]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(108, scalars[10]), 0, offsetof(struct awsc_cloudwatch_describe_alarms_input, alarm_name_prefix), 0}, /* DescribeAlarmsInput.AlarmNamePrefix: AlarmNamePrefix */
        [109] = {MREF(109, strings[1560]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(109, collections[5].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_input, alarm_types), 0}, /* DescribeAlarmsInput.AlarmTypes: AlarmTypes */
        [110] = {MREF(110, strings[1689]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(110, scalars[9]), 0, offsetof(struct awsc_cloudwatch_describe_alarms_input, children_of_alarm_name), 0}, /* DescribeAlarmsInput.ChildrenOfAlarmName: AlarmName */
        [111] = {MREF(111, strings[1709]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(111, scalars[9]), 0, offsetof(struct awsc_cloudwatch_describe_alarms_input, parents_of_alarm_name), 0}, /* DescribeAlarmsInput.ParentsOfAlarmName: AlarmName */
        [112] = {MREF(112, strings[457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(112, enums[13].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_input, state_value), 0}, /* DescribeAlarmsInput.StateValue: StateValue */
        [113] = {MREF(113, strings[1728]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(113, scalars[3]), 0, offsetof(struct awsc_cloudwatch_describe_alarms_input, action_prefix), 0}, /* DescribeAlarmsInput.ActionPrefix: ActionPrefix */
        [114] = {MREF(114, strings[1589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(114, scalars[75]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_describe_alarms_input, max_records, has_max_records), offsetof(struct awsc_cloudwatch_describe_alarms_input, max_records), 0}, /* DescribeAlarmsInput.MaxRecords: MaxRecords */
        [115] = {MREF(115, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(115, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_alarms_input, next_token), 0}, /* DescribeAlarmsInput.NextToken: NextToken */
        [116] = {MREF(116, strings[1741]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(116, collections[11].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_output, composite_alarms), 0}, /* DescribeAlarmsOutput.CompositeAlarms: CompositeAlarms */
        [117] = {MREF(117, strings[1660]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(117, collections[38].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_output, metric_alarms), 0}, /* DescribeAlarmsOutput.MetricAlarms: MetricAlarms */
        [118] = {MREF(118, strings[1757]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(118, collections[34].shape), 0, offsetof(struct awsc_cloudwatch_describe_alarms_output, log_alarms), 0}, /* DescribeAlarmsOutput.LogAlarms: LogAlarms */
        [119] = {MREF(119, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(119, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_alarms_output, next_token), 0}, /* DescribeAlarmsOutput.NextToken: NextToken */
        [120] = {MREF(120, strings[1767]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(120, collections[7].shape), 0, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, anomaly_detector_ids), 0}, /* DescribeAnomalyDetectorsInput.AnomalyDetectorIds: AnomalyDetectorIds */
        [121] = {MREF(121, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(121, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, next_token), 0}, /* DescribeAnomalyDetectorsInput.NextToken: NextToken */
        [122] = {MREF(122, strings[1786]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(122, scalars[76]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_describe_anomaly_detectors_input, max_results, has_max_results), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, max_results), 0}, /* DescribeAnomalyDetectorsInput.MaxResults: MaxReturnedResultsCount */
        [123] = {MREF(123, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(123, scalars[91]), 0, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, namespace_), 0}, /* DescribeAnomalyDetectorsInput.Namespace: Namespace */
        [124] = {MREF(124, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(124, scalars[83]), 0, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, metric_name), 0}, /* DescribeAnomalyDetectorsInput.MetricName: MetricName */
        [125] = {MREF(125, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(125, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, dimensions), 0}, /* DescribeAnomalyDetectorsInput.Dimensions: Dimensions */
        [126] = {MREF(126, strings[1797]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(126, collections[8].shape), 0, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, anomaly_detector_types), 0}, /* DescribeAnomalyDetectorsInput.AnomalyDetectorTypes: AnomalyDetectorTypes */
        [127] = {MREF(127, strings[1818]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(127, collections[9].shape), 0, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_output, anomaly_detectors), 0}, /* DescribeAnomalyDetectorsOutput.AnomalyDetectors: AnomalyDetectors */
        [128] = {MREF(128, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(128, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_output, next_token), 0}, /* DescribeAnomalyDetectorsOutput.NextToken: NextToken */
        [129] = {MREF(129, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(129, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_insight_rules_input, next_token), 0}, /* DescribeInsightRulesInput.NextToken: NextToken */
        [130] = {MREF(130, strings[1786]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(130, scalars[62]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_describe_insight_rules_input, max_results, has_max_results), offsetof(struct awsc_cloudwatch_describe_insight_rules_input, max_results), 0}, /* DescribeInsightRulesInput.MaxResults: InsightRuleMaxResults */
        [131] = {MREF(131, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(131, scalars[92]), 0, offsetof(struct awsc_cloudwatch_describe_insight_rules_output, next_token), 0}, /* DescribeInsightRulesOutput.NextToken: NextToken */
        [132] = {MREF(132, strings[1835]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(132, collections[33].shape), 0, offsetof(struct awsc_cloudwatch_describe_insight_rules_output, insight_rules), 0}, /* DescribeInsightRulesOutput.InsightRules: InsightRules */
        [133] = {MREF(133, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(133, scalars[32]), 0, offsetof(struct awsc_cloudwatch_dimension, name), AWSC_MF_REQUIRED}, /* Dimension.Name: DimensionName */
        [134] = {MREF(134, strings[1848]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(134, scalars[33]), 0, offsetof(struct awsc_cloudwatch_dimension, value), AWSC_MF_REQUIRED}, /* Dimension.Value: DimensionValue */
        [135] = {MREF(135, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(135, scalars[32]), 0, offsetof(struct awsc_cloudwatch_dimension_filter, name), AWSC_MF_REQUIRED}, /* DimensionFilter.Name: DimensionName */
        [136] = {MREF(136, strings[1848]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(136, scalars[33]), 0, offsetof(struct awsc_cloudwatch_dimension_filter, value), 0}, /* DimensionFilter.Value: DimensionValue */
        [137] = {MREF(137, strings[1482]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(137, collections[4].shape), 0, offsetof(struct awsc_cloudwatch_disable_alarm_actions_input, alarm_names), AWSC_MF_REQUIRED}, /* DisableAlarmActionsInput.AlarmNames: AlarmNames */
        [138] = {MREF(138, strings[1508]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(138, collections[32].shape), 0, offsetof(struct awsc_cloudwatch_disable_insight_rules_input, rule_names), AWSC_MF_REQUIRED}, /* DisableInsightRulesInput.RuleNames: InsightRuleNames */
        [139] = {MREF(139, strings[1518]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(139, collections[10].shape), 0, offsetof(struct awsc_cloudwatch_disable_insight_rules_output, failures), 0}, /* DisableInsightRulesOutput.Failures: BatchFailures */
        [140] = {MREF(140, strings[655]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(140, scalars[31]), 0, offsetof(struct awsc_cloudwatch_disassociate_dataset_kms_key_input, dataset_identifier), AWSC_MF_REQUIRED}, /* DisassociateDatasetKmsKeyInput.DatasetIdentifier: DatasetIdentifier */
        [141] = {MREF(141, strings[1482]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(141, collections[4].shape), 0, offsetof(struct awsc_cloudwatch_enable_alarm_actions_input, alarm_names), AWSC_MF_REQUIRED}, /* EnableAlarmActionsInput.AlarmNames: AlarmNames */
        [142] = {MREF(142, strings[1508]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(142, collections[32].shape), 0, offsetof(struct awsc_cloudwatch_enable_insight_rules_input, rule_names), AWSC_MF_REQUIRED}, /* EnableInsightRulesInput.RuleNames: InsightRuleNames */
        [143] = {MREF(143, strings[1518]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(143, collections[10].shape), 0, offsetof(struct awsc_cloudwatch_enable_insight_rules_output, failures), 0}, /* EnableInsightRulesOutput.Failures: BatchFailures */
        [144] = {MREF(144, strings[1854]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(144, collections[23].shape), 0, offsetof(struct awsc_cloudwatch_entity, key_attributes), 0}, /* Entity.KeyAttributes: EntityKeyAttributesMap */
        [145] = {MREF(145, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(145, collections[22].shape), 0, offsetof(struct awsc_cloudwatch_entity, attributes), 0}, /* Entity.Attributes: EntityAttributesMap */
        [146] = {MREF(146, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(146, structures[48].shape), 0, offsetof(struct awsc_cloudwatch_entity_metric_data, entity), 0}, /* EntityMetricData.Entity: Entity */
        [147] = {MREF(147, strings[1886]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(147, collections[39].shape), 0, offsetof(struct awsc_cloudwatch_entity_metric_data, metric_data), 0}, /* EntityMetricData.MetricData: MetricData */
        [148] = {MREF(148, strings[1897]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(148, structures[3].shape), 0, offsetof(struct awsc_cloudwatch_evaluation_criteria, prom_ql_criteria), 0}, /* EvaluationCriteria.PromQLCriteria: AlarmPromQLCriteria */
        [149] = {MREF(149, strings[1961]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(149, structures[157].shape), 0, offsetof(struct awsc_cloudwatch_evaluation_window, wall_clock_window), 0}, /* EvaluationWindow.WallClockWindow: WallClockWindow */
        [150] = {MREF(150, strings[1977]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(150, structures[142].shape), 0, offsetof(struct awsc_cloudwatch_evaluation_window, sliding_window), 0}, /* EvaluationWindow.SlidingWindow: SlidingWindow */
        [151] = {MREF(151, strings[1464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(151, scalars[90]), 0, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_input, alarm_mute_rule_name), AWSC_MF_REQUIRED}, /* GetAlarmMuteRuleInput.AlarmMuteRuleName: Name */
        [152] = {MREF(152, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(152, scalars[90]), 0, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, name), 0}, /* GetAlarmMuteRuleOutput.Name: Name */
        [153] = {MREF(153, strings[252]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(153, scalars[16]), 0, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, alarm_mute_rule_arn), 0}, /* GetAlarmMuteRuleOutput.AlarmMuteRuleArn: Arn */
        [154] = {MREF(154, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(154, scalars[8]), 0, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, description), 0}, /* GetAlarmMuteRuleOutput.Description: AlarmDescription */
        [155] = {MREF(155, strings[2003]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(155, structures[136].shape), 0, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, rule), 0}, /* GetAlarmMuteRuleOutput.Rule: Rule */
        [156] = {MREF(156, strings[2008]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(156, structures[115].shape), 0, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, mute_targets), 0}, /* GetAlarmMuteRuleOutput.MuteTargets: MuteTargets */
        [157] = {MREF(157, strings[1571]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(157, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_alarm_mute_rule_output, start_date, has_start_date), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, start_date), 0}, /* GetAlarmMuteRuleOutput.StartDate: Timestamp */
        [158] = {MREF(158, strings[269]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(158, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_alarm_mute_rule_output, expire_date, has_expire_date), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, expire_date), 0}, /* GetAlarmMuteRuleOutput.ExpireDate: Timestamp */
        [159] = {MREF(159, strings[280]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(159, enums[1].shape), 0, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, status), 0}, /* GetAlarmMuteRuleOutput.Status: AlarmMuteRuleStatus */
        [160] = {MREF(160, strings[296]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(160, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_alarm_mute_rule_output, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, last_updated_timestamp), 0}, /* GetAlarmMuteRuleOutput.LastUpdatedTimestamp: Timestamp */
        [161] = {MREF(161, strings[287]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(161, scalars[89]), 0, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, mute_type), 0}, /* GetAlarmMuteRuleOutput.MuteType: MuteType */
        [162] = {MREF(162, strings[1221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(162, scalars[24]), 0, offsetof(struct awsc_cloudwatch_get_dashboard_input, dashboard_name), AWSC_MF_REQUIRED}, /* GetDashboardInput.DashboardName: DashboardName */
        [163] = {MREF(163, strings[1235]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(163, scalars[21]), 0, offsetof(struct awsc_cloudwatch_get_dashboard_output, dashboard_arn), 0}, /* GetDashboardOutput.DashboardArn: DashboardArn */
        [164] = {MREF(164, strings[2020]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(164, scalars[22]), 0, offsetof(struct awsc_cloudwatch_get_dashboard_output, dashboard_body), 0}, /* GetDashboardOutput.DashboardBody: DashboardBody */
        [165] = {MREF(165, strings[1221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(165, scalars[24]), 0, offsetof(struct awsc_cloudwatch_get_dashboard_output, dashboard_name), 0}, /* GetDashboardOutput.DashboardName: DashboardName */
        [166] = {MREF(166, strings[655]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(166, scalars[31]), 0, offsetof(struct awsc_cloudwatch_get_dataset_input, dataset_identifier), AWSC_MF_REQUIRED}, /* GetDatasetInput.DatasetIdentifier: DatasetIdentifier */
        [167] = {MREF(167, strings[2034]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(167, scalars[30]), 0, offsetof(struct awsc_cloudwatch_get_dataset_output, dataset_id), AWSC_MF_REQUIRED}, /* GetDatasetOutput.DatasetId: DatasetId */
        [168] = {MREF(168, strings[2044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(168, scalars[29]), 0, offsetof(struct awsc_cloudwatch_get_dataset_output, arn), AWSC_MF_REQUIRED}, /* GetDatasetOutput.Arn: DatasetArn */
        [169] = {MREF(169, strings[673]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(169, scalars[72]), 0, offsetof(struct awsc_cloudwatch_get_dataset_output, kms_key_arn), 0}, /* GetDatasetOutput.KmsKeyArn: KmsKeyArn */
        [170] = {MREF(170, strings[2048]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(170, scalars[64]), 0, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, rule_name), AWSC_MF_REQUIRED}, /* GetInsightRuleReportInput.RuleName: InsightRuleName */
        [171] = {MREF(171, strings[2057]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(171, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_insight_rule_report_input, start_time, has_start_time), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, start_time), AWSC_MF_REQUIRED}, /* GetInsightRuleReportInput.StartTime: Timestamp */
        [172] = {MREF(172, strings[2067]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(172, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_insight_rule_report_input, end_time, has_end_time), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, end_time), AWSC_MF_REQUIRED}, /* GetInsightRuleReportInput.EndTime: Timestamp */
        [173] = {MREF(173, strings[1653]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(173, scalars[95]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_insight_rule_report_input, period, has_period), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, period), AWSC_MF_REQUIRED}, /* GetInsightRuleReportInput.Period: Period */
        [174] = {MREF(174, strings[2075]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(174, scalars[70]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_insight_rule_report_input, max_contributor_count, has_max_contributor_count), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, max_contributor_count), 0}, /* GetInsightRuleReportInput.MaxContributorCount: InsightRuleUnboundInteger */
        [175] = {MREF(175, strings[2095]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(175, collections[31].shape), 0, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, metrics), 0}, /* GetInsightRuleReportInput.Metrics: InsightRuleMetricList */
        [176] = {MREF(176, strings[2103]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(176, scalars[66]), 0, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, order_by), 0}, /* GetInsightRuleReportInput.OrderBy: InsightRuleOrderBy */
        [177] = {MREF(177, strings[2111]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(177, collections[27].shape), 0, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, key_labels), 0}, /* GetInsightRuleReportOutput.KeyLabels: InsightRuleContributorKeyLabels */
        [178] = {MREF(178, strings[2121]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(178, scalars[57]), 0, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, aggregation_statistic), 0}, /* GetInsightRuleReportOutput.AggregationStatistic: InsightRuleAggregationStatistic */
        [179] = {MREF(179, strings[2142]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(179, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_insight_rule_report_output, aggregate_value, has_aggregate_value), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, aggregate_value), 0}, /* GetInsightRuleReportOutput.AggregateValue: InsightRuleUnboundDouble */
        [180] = {MREF(180, strings[2157]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(180, scalars[71]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_insight_rule_report_output, approximate_unique_count, has_approximate_unique_count), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, approximate_unique_count), 0}, /* GetInsightRuleReportOutput.ApproximateUniqueCount: InsightRuleUnboundLong */
        [181] = {MREF(181, strings[2180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(181, collections[29].shape), 0, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, contributors), 0}, /* GetInsightRuleReportOutput.Contributors: InsightRuleContributors */
        [182] = {MREF(182, strings[2193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(182, collections[30].shape), 0, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, metric_datapoints), 0}, /* GetInsightRuleReportOutput.MetricDatapoints: InsightRuleMetricDatapoints */
        [183] = {MREF(183, strings[2210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(183, collections[40].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_data_input, metric_data_queries), AWSC_MF_REQUIRED}, /* GetMetricDataInput.MetricDataQueries: MetricDataQueries */
        [184] = {MREF(184, strings[2057]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(184, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_metric_data_input, start_time, has_start_time), offsetof(struct awsc_cloudwatch_get_metric_data_input, start_time), AWSC_MF_REQUIRED}, /* GetMetricDataInput.StartTime: Timestamp */
        [185] = {MREF(185, strings[2067]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(185, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_metric_data_input, end_time, has_end_time), offsetof(struct awsc_cloudwatch_get_metric_data_input, end_time), AWSC_MF_REQUIRED}, /* GetMetricDataInput.EndTime: Timestamp */
        [186] = {MREF(186, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(186, scalars[92]), 0, offsetof(struct awsc_cloudwatch_get_metric_data_input, next_token), 0}, /* GetMetricDataInput.NextToken: NextToken */
        [187] = {MREF(187, strings[1600]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(187, enums[11].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_data_input, scan_by), 0}, /* GetMetricDataInput.ScanBy: ScanBy */
        [188] = {MREF(188, strings[2228]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(188, scalars[52]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_metric_data_input, max_datapoints, has_max_datapoints), offsetof(struct awsc_cloudwatch_get_metric_data_input, max_datapoints), 0}, /* GetMetricDataInput.MaxDatapoints: GetMetricDataMaxDatapoints */
        [189] = {MREF(189, strings[2242]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(189, structures[82].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_data_input, label_options), 0}, /* GetMetricDataInput.LabelOptions: LabelOptions */
        [190] = {MREF(190, strings[2255]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(190, collections[42].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_data_output, metric_data_results), 0}, /* GetMetricDataOutput.MetricDataResults: MetricDataResults */
        [191] = {MREF(191, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(191, scalars[92]), 0, offsetof(struct awsc_cloudwatch_get_metric_data_output, next_token), 0}, /* GetMetricDataOutput.NextToken: NextToken */
        [192] = {MREF(192, strings[2273]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(192, collections[41].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_data_output, messages), 0}, /* GetMetricDataOutput.Messages: MetricDataResultMessages */
        [193] = {MREF(193, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(193, scalars[91]), 0, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, namespace_), AWSC_MF_REQUIRED}, /* GetMetricStatisticsInput.Namespace: Namespace */
        [194] = {MREF(194, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(194, scalars[83]), 0, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, metric_name), AWSC_MF_REQUIRED}, /* GetMetricStatisticsInput.MetricName: MetricName */
        [195] = {MREF(195, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(195, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, dimensions), 0}, /* GetMetricStatisticsInput.Dimensions: Dimensions */
        [196] = {MREF(196, strings[2057]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(196, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_metric_statistics_input, start_time, has_start_time), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, start_time), AWSC_MF_REQUIRED}, /* GetMetricStatisticsInput.StartTime: Timestamp */
        [197] = {MREF(197, strings[2067]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(197, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_metric_statistics_input, end_time, has_end_time), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, end_time), AWSC_MF_REQUIRED}, /* GetMetricStatisticsInput.EndTime: Timestamp */
        [198] = {MREF(198, strings[1653]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(198, scalars[95]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_metric_statistics_input, period, has_period), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, period), AWSC_MF_REQUIRED}, /* GetMetricStatisticsInput.Period: Period */
        [199] = {MREF(199, strings[2282]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(199, collections[54].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, statistics), 0}, /* GetMetricStatisticsInput.Statistics: Statistics */
        [200] = {MREF(200, strings[1445]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(200, collections[25].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, extended_statistics), 0}, /* GetMetricStatisticsInput.ExtendedStatistics: ExtendedStatistics */
        [201] = {MREF(201, strings[1440]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(201, enums[12].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, unit), 0}, /* GetMetricStatisticsInput.Unit: StandardUnit */
        [202] = {MREF(202, strings[2293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(202, scalars[82]), 0, offsetof(struct awsc_cloudwatch_get_metric_statistics_output, label), 0}, /* GetMetricStatisticsOutput.Label: MetricLabel */
        [203] = {MREF(203, strings[2299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(203, collections[19].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_statistics_output, datapoints), 0}, /* GetMetricStatisticsOutput.Datapoints: Datapoints */
        [204] = {MREF(204, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(204, scalars[84]), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_input, name), AWSC_MF_REQUIRED}, /* GetMetricStreamInput.Name: MetricStreamName */
        [205] = {MREF(205, strings[2044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(205, scalars[12]), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_output, arn), 0}, /* GetMetricStreamOutput.Arn: AmazonResourceName */
        [206] = {MREF(206, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(206, scalars[84]), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_output, name), 0}, /* GetMetricStreamOutput.Name: MetricStreamName */
        [207] = {MREF(207, strings[2310]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(207, collections[45].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_output, include_filters), 0}, /* GetMetricStreamOutput.IncludeFilters: MetricStreamFilters */
        [208] = {MREF(208, strings[2325]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(208, collections[45].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_output, exclude_filters), 0}, /* GetMetricStreamOutput.ExcludeFilters: MetricStreamFilters */
        [209] = {MREF(209, strings[2340]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(209, scalars[12]), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_output, firehose_arn), 0}, /* GetMetricStreamOutput.FirehoseArn: AmazonResourceName */
        [210] = {MREF(210, strings[2352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(210, scalars[12]), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_output, role_arn), 0}, /* GetMetricStreamOutput.RoleArn: AmazonResourceName */
        [211] = {MREF(211, strings[2360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(211, scalars[85]), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_output, state), 0}, /* GetMetricStreamOutput.State: MetricStreamState */
        [212] = {MREF(212, strings[2366]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(212, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_metric_stream_output, creation_date, has_creation_date), offsetof(struct awsc_cloudwatch_get_metric_stream_output, creation_date), 0}, /* GetMetricStreamOutput.CreationDate: Timestamp */
        [213] = {MREF(213, strings[2379]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(213, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_metric_stream_output, last_update_date, has_last_update_date), offsetof(struct awsc_cloudwatch_get_metric_stream_output, last_update_date), 0}, /* GetMetricStreamOutput.LastUpdateDate: Timestamp */
        [214] = {MREF(214, strings[2394]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(214, enums[8].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_output, output_format), 0}, /* GetMetricStreamOutput.OutputFormat: MetricStreamOutputFormat */
        [215] = {MREF(215, strings[2407]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(215, collections[48].shape), 0, offsetof(struct awsc_cloudwatch_get_metric_stream_output, statistics_configurations), 0}, /* GetMetricStreamOutput.StatisticsConfigurations: MetricStreamStatisticsConfigurations */
        [216] = {MREF(216, strings[2432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(216, scalars[56]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_get_metric_stream_output, include_linked_accounts_metrics, has_include_linked_accounts_metrics), offsetof(struct awsc_cloudwatch_get_metric_stream_output, include_linked_accounts_metrics), 0}, /* GetMetricStreamOutput.IncludeLinkedAccountsMetrics: IncludeLinkedAccountsMetrics */
        [217] = {MREF(217, strings[2461]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(217, scalars[87]), 0, offsetof(struct awsc_cloudwatch_get_metric_widget_image_input, metric_widget), AWSC_MF_REQUIRED}, /* GetMetricWidgetImageInput.MetricWidget: MetricWidget */
        [218] = {MREF(218, strings[2394]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(218, scalars[93]), 0, offsetof(struct awsc_cloudwatch_get_metric_widget_image_input, output_format), 0}, /* GetMetricWidgetImageInput.OutputFormat: OutputFormat */
        [219] = {MREF(219, strings[2474]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(219, scalars[88]), 0, offsetof(struct awsc_cloudwatch_get_metric_widget_image_output, metric_widget_image), 0}, /* GetMetricWidgetImageOutput.MetricWidgetImage: MetricWidgetImage */
        [220] = {MREF(220, strings[280]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(220, enums[9].shape), 0, offsetof(struct awsc_cloudwatch_get_o_tel_enrichment_output, status), AWSC_MF_REQUIRED}, /* GetOTelEnrichmentOutput.Status: OTelEnrichmentStatus */
        [221] = {MREF(221, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(221, scalars[64]), 0, offsetof(struct awsc_cloudwatch_insight_rule, name), AWSC_MF_REQUIRED}, /* InsightRule.Name: InsightRuleName */
        [222] = {MREF(222, strings[2360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(222, scalars[68]), 0, offsetof(struct awsc_cloudwatch_insight_rule, state), AWSC_MF_REQUIRED}, /* InsightRule.State: InsightRuleState */
        [223] = {MREF(223, strings[2582]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(223, scalars[67]), 0, offsetof(struct awsc_cloudwatch_insight_rule, schema), AWSC_MF_REQUIRED}, /* InsightRule.Schema: InsightRuleSchema */
        [224] = {MREF(224, strings[2589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(224, scalars[60]), 0, offsetof(struct awsc_cloudwatch_insight_rule, definition), AWSC_MF_REQUIRED}, /* InsightRule.Definition: InsightRuleDefinition */
        [225] = {MREF(225, strings[2600]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(225, scalars[61]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule, managed_rule, has_managed_rule), offsetof(struct awsc_cloudwatch_insight_rule, managed_rule), 0}, /* InsightRule.ManagedRule: InsightRuleIsManaged */
        [226] = {MREF(226, strings[2612]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(226, scalars[65]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule, apply_on_transformed_logs, has_apply_on_transformed_logs), offsetof(struct awsc_cloudwatch_insight_rule, apply_on_transformed_logs), 0}, /* InsightRule.ApplyOnTransformedLogs: InsightRuleOnTransformedLogs */
        [227] = {MREF(227, strings[2635]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(227, collections[28].shape), 0, offsetof(struct awsc_cloudwatch_insight_rule_contributor, keys), AWSC_MF_REQUIRED}, /* InsightRuleContributor.Keys: InsightRuleContributorKeys */
        [228] = {MREF(228, strings[2640]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(228, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_contributor, approximate_aggregate_value, has_approximate_aggregate_value), offsetof(struct awsc_cloudwatch_insight_rule_contributor, approximate_aggregate_value), AWSC_MF_REQUIRED}, /* InsightRuleContributor.ApproximateAggregateValue: InsightRuleUnboundDouble */
        [229] = {MREF(229, strings[2299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(229, collections[26].shape), 0, offsetof(struct awsc_cloudwatch_insight_rule_contributor, datapoints), AWSC_MF_REQUIRED}, /* InsightRuleContributor.Datapoints: InsightRuleContributorDatapoints */
        [230] = {MREF(230, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(230, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_contributor_datapoint, timestamp, has_timestamp), offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, timestamp), AWSC_MF_REQUIRED}, /* InsightRuleContributorDatapoint.Timestamp: Timestamp */
        [231] = {MREF(231, strings[2666]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(231, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_contributor_datapoint, approximate_value, has_approximate_value), offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, approximate_value), AWSC_MF_REQUIRED}, /* InsightRuleContributorDatapoint.ApproximateValue: InsightRuleUnboundDouble */
        [232] = {MREF(232, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(232, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_metric_datapoint, timestamp, has_timestamp), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, timestamp), AWSC_MF_REQUIRED}, /* InsightRuleMetricDatapoint.Timestamp: Timestamp */
        [233] = {MREF(233, strings[2683]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(233, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_metric_datapoint, unique_contributors, has_unique_contributors), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, unique_contributors), 0}, /* InsightRuleMetricDatapoint.UniqueContributors: InsightRuleUnboundDouble */
        [234] = {MREF(234, strings[2702]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(234, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_metric_datapoint, max_contributor_value, has_max_contributor_value), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, max_contributor_value), 0}, /* InsightRuleMetricDatapoint.MaxContributorValue: InsightRuleUnboundDouble */
        [235] = {MREF(235, strings[1400]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(235, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_metric_datapoint, sample_count, has_sample_count), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, sample_count), 0}, /* InsightRuleMetricDatapoint.SampleCount: InsightRuleUnboundDouble */
        [236] = {MREF(236, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(236, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_metric_datapoint, average, has_average), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, average), 0}, /* InsightRuleMetricDatapoint.Average: InsightRuleUnboundDouble */
        [237] = {MREF(237, strings[1420]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(237, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_metric_datapoint, sum, has_sum), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, sum), 0}, /* InsightRuleMetricDatapoint.Sum: InsightRuleUnboundDouble */
        [238] = {MREF(238, strings[1424]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(238, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_metric_datapoint, minimum, has_minimum), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, minimum), 0}, /* InsightRuleMetricDatapoint.Minimum: InsightRuleUnboundDouble */
        [239] = {MREF(239, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(239, scalars[69]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_insight_rule_metric_datapoint, maximum, has_maximum), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, maximum), 0}, /* InsightRuleMetricDatapoint.Maximum: InsightRuleUnboundDouble */
        [240] = {MREF(240, strings[1213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(240, scalars[50]), 0, offsetof(struct awsc_cloudwatch_internal_service_fault, message), 0}, /* InternalServiceFault.Message: FaultDescription */
        [241] = {MREF(241, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(241, scalars[40]), 0, offsetof(struct awsc_cloudwatch_invalid_format_fault, message), 0}, /* InvalidFormatFault.message: ErrorMessage */
        [242] = {MREF(242, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(242, scalars[40]), 0, offsetof(struct awsc_cloudwatch_invalid_next_token, message), 0}, /* InvalidNextToken.message: ErrorMessage */
        [243] = {MREF(243, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(243, scalars[19]), 0, offsetof(struct awsc_cloudwatch_invalid_parameter_combination_exception, message), 0}, /* InvalidParameterCombinationException.message: AwsQueryErrorMessage */
        [244] = {MREF(244, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(244, scalars[19]), 0, offsetof(struct awsc_cloudwatch_invalid_parameter_value_exception, message), 0}, /* InvalidParameterValueException.message: AwsQueryErrorMessage */
        [245] = {MREF(245, strings[1213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(245, scalars[114]), 0, offsetof(struct awsc_cloudwatch_kms_access_denied_exception, message), AWSC_MF_REQUIRED}, /* KmsAccessDeniedException.Message: String */
        [246] = {MREF(246, strings[1213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(246, scalars[114]), 0, offsetof(struct awsc_cloudwatch_kms_key_disabled_exception, message), AWSC_MF_REQUIRED}, /* KmsKeyDisabledException.Message: String */
        [247] = {MREF(247, strings[1213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(247, scalars[114]), 0, offsetof(struct awsc_cloudwatch_kms_key_not_found_exception, message), AWSC_MF_REQUIRED}, /* KmsKeyNotFoundException.Message: String */
        [248] = {MREF(248, strings[3005]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(248, scalars[51]), 0, offsetof(struct awsc_cloudwatch_label_options, timezone), 0}, /* LabelOptions.Timezone: GetMetricDataLabelTimezone */
        [249] = {MREF(249, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(249, scalars[40]), 0, offsetof(struct awsc_cloudwatch_limit_exceeded_fault, message), 0}, /* LimitExceededFault.message: ErrorMessage */
        [250] = {MREF(250, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(250, scalars[90]), 0, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, alarm_name), 0}, /* ListAlarmMuteRulesInput.AlarmName: Name */
        [251] = {MREF(251, strings[3070]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(251, collections[2].shape), 0, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, statuses), 0}, /* ListAlarmMuteRulesInput.Statuses: AlarmMuteRuleStatuses */
        [252] = {MREF(252, strings[1589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(252, scalars[75]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_list_alarm_mute_rules_input, max_records, has_max_records), offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, max_records), 0}, /* ListAlarmMuteRulesInput.MaxRecords: MaxRecords */
        [253] = {MREF(253, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(253, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, next_token), 0}, /* ListAlarmMuteRulesInput.NextToken: NextToken */
        [254] = {MREF(254, strings[3079]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(254, collections[3].shape), 0, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_output, alarm_mute_rule_summaries), 0}, /* ListAlarmMuteRulesOutput.AlarmMuteRuleSummaries: AlarmMuteRuleSummaries */
        [255] = {MREF(255, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(255, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_output, next_token), 0}, /* ListAlarmMuteRulesOutput.NextToken: NextToken */
        [256] = {MREF(256, strings[3102]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(256, scalars[25]), 0, offsetof(struct awsc_cloudwatch_list_dashboards_input, dashboard_name_prefix), 0}, /* ListDashboardsInput.DashboardNamePrefix: DashboardNamePrefix */
        [257] = {MREF(257, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(257, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_dashboards_input, next_token), 0}, /* ListDashboardsInput.NextToken: NextToken */
        [258] = {MREF(258, strings[3122]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(258, collections[14].shape), 0, offsetof(struct awsc_cloudwatch_list_dashboards_output, dashboard_entries), 0}, /* ListDashboardsOutput.DashboardEntries: DashboardEntries */
        [259] = {MREF(259, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(259, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_dashboards_output, next_token), 0}, /* ListDashboardsOutput.NextToken: NextToken */
        [260] = {MREF(260, strings[3139]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(260, scalars[12]), 0, offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, resource_arn), AWSC_MF_REQUIRED}, /* ListManagedInsightRulesInput.ResourceARN: AmazonResourceName */
        [261] = {MREF(261, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(261, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, next_token), 0}, /* ListManagedInsightRulesInput.NextToken: NextToken */
        [262] = {MREF(262, strings[1786]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(262, scalars[62]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_list_managed_insight_rules_input, max_results, has_max_results), offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, max_results), 0}, /* ListManagedInsightRulesInput.MaxResults: InsightRuleMaxResults */
        [263] = {MREF(263, strings[3151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(263, collections[36].shape), 0, offsetof(struct awsc_cloudwatch_list_managed_insight_rules_output, managed_rules), 0}, /* ListManagedInsightRulesOutput.ManagedRules: ManagedRuleDescriptions */
        [264] = {MREF(264, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(264, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_managed_insight_rules_output, next_token), 0}, /* ListManagedInsightRulesOutput.NextToken: NextToken */
        [265] = {MREF(265, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(265, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_metric_streams_input, next_token), 0}, /* ListMetricStreamsInput.NextToken: NextToken */
        [266] = {MREF(266, strings[1786]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(266, scalars[74]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_list_metric_streams_input, max_results, has_max_results), offsetof(struct awsc_cloudwatch_list_metric_streams_input, max_results), 0}, /* ListMetricStreamsInput.MaxResults: ListMetricStreamsMaxResults */
        [267] = {MREF(267, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(267, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_metric_streams_output, next_token), 0}, /* ListMetricStreamsOutput.NextToken: NextToken */
        [268] = {MREF(268, strings[3164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(268, collections[43].shape), 0, offsetof(struct awsc_cloudwatch_list_metric_streams_output, entries), 0}, /* ListMetricStreamsOutput.Entries: MetricStreamEntries */
        [269] = {MREF(269, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(269, scalars[91]), 0, offsetof(struct awsc_cloudwatch_list_metrics_input, namespace_), 0}, /* ListMetricsInput.Namespace: Namespace */
        [270] = {MREF(270, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(270, scalars[83]), 0, offsetof(struct awsc_cloudwatch_list_metrics_input, metric_name), 0}, /* ListMetricsInput.MetricName: MetricName */
        [271] = {MREF(271, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(271, collections[20].shape), 0, offsetof(struct awsc_cloudwatch_list_metrics_input, dimensions), 0}, /* ListMetricsInput.Dimensions: DimensionFilters */
        [272] = {MREF(272, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(272, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_metrics_input, next_token), 0}, /* ListMetricsInput.NextToken: NextToken */
        [273] = {MREF(273, strings[3172]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(273, enums[10].shape), 0, offsetof(struct awsc_cloudwatch_list_metrics_input, recently_active), 0}, /* ListMetricsInput.RecentlyActive: RecentlyActive */
        [274] = {MREF(274, strings[3187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(274, scalars[55]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_list_metrics_input, include_linked_accounts, has_include_linked_accounts), offsetof(struct awsc_cloudwatch_list_metrics_input, include_linked_accounts), 0}, /* ListMetricsInput.IncludeLinkedAccounts: IncludeLinkedAccounts */
        [275] = {MREF(275, strings[3209]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(275, scalars[0]), 0, offsetof(struct awsc_cloudwatch_list_metrics_input, owning_account), 0}, /* ListMetricsInput.OwningAccount: AccountId */
        [276] = {MREF(276, strings[2095]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(276, collections[50].shape), 0, offsetof(struct awsc_cloudwatch_list_metrics_output, metrics), 0}, /* ListMetricsOutput.Metrics: Metrics */
        [277] = {MREF(277, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(277, scalars[92]), 0, offsetof(struct awsc_cloudwatch_list_metrics_output, next_token), 0}, /* ListMetricsOutput.NextToken: NextToken */
        [278] = {MREF(278, strings[3223]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(278, collections[52].shape), 0, offsetof(struct awsc_cloudwatch_list_metrics_output, owning_accounts), 0}, /* ListMetricsOutput.OwningAccounts: OwningAccounts */
        [279] = {MREF(279, strings[3139]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(279, scalars[12]), 0, offsetof(struct awsc_cloudwatch_list_tags_for_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* ListTagsForResourceInput.ResourceARN: AmazonResourceName */
        [280] = {MREF(280, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(280, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_list_tags_for_resource_output, tags), 0}, /* ListTagsForResourceOutput.Tags: TagList */
        [281] = {MREF(281, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(281, scalars[9]), 0, offsetof(struct awsc_cloudwatch_log_alarm, alarm_name), 0}, /* LogAlarm.AlarmName: AlarmName */
        [282] = {MREF(282, strings[897]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(282, scalars[7]), 0, offsetof(struct awsc_cloudwatch_log_alarm, alarm_arn), 0}, /* LogAlarm.AlarmArn: AlarmArn */
        [283] = {MREF(283, strings[941]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(283, scalars[8]), 0, offsetof(struct awsc_cloudwatch_log_alarm, alarm_description), 0}, /* LogAlarm.AlarmDescription: AlarmDescription */
        [284] = {MREF(284, strings[906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(284, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_log_alarm, alarm_configuration_updated_timestamp, has_alarm_configuration_updated_timestamp), offsetof(struct awsc_cloudwatch_log_alarm, alarm_configuration_updated_timestamp), 0}, /* LogAlarm.AlarmConfigurationUpdatedTimestamp: Timestamp */
        [285] = {MREF(285, strings[869]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(285, scalars[4]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_log_alarm, actions_enabled, has_actions_enabled), offsetof(struct awsc_cloudwatch_log_alarm, actions_enabled), 0}, /* LogAlarm.ActionsEnabled: ActionsEnabled */
        [286] = {MREF(286, strings[992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(286, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_log_alarm, ok_actions), 0}, /* LogAlarm.OKActions: ResourceList */
        [287] = {MREF(287, strings[884]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(287, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_log_alarm, alarm_actions), 0}, /* LogAlarm.AlarmActions: ResourceList */
        [288] = {MREF(288, strings[968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(288, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_log_alarm, insufficient_data_actions), 0}, /* LogAlarm.InsufficientDataActions: ResourceList */
        [289] = {MREF(289, strings[457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(289, enums[13].shape), 0, offsetof(struct awsc_cloudwatch_log_alarm, state_value), 0}, /* LogAlarm.StateValue: StateValue */
        [290] = {MREF(290, strings[69]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(290, scalars[110]), 0, offsetof(struct awsc_cloudwatch_log_alarm, state_reason), 0}, /* LogAlarm.StateReason: StateReason */
        [291] = {MREF(291, strings[1002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(291, scalars[111]), 0, offsetof(struct awsc_cloudwatch_log_alarm, state_reason_data), 0}, /* LogAlarm.StateReasonData: StateReasonData */
        [292] = {MREF(292, strings[1018]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(292, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_log_alarm, state_updated_timestamp, has_state_updated_timestamp), offsetof(struct awsc_cloudwatch_log_alarm, state_updated_timestamp), 0}, /* LogAlarm.StateUpdatedTimestamp: Timestamp */
        [293] = {MREF(293, strings[3243]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(293, structures[139].shape), 0, offsetof(struct awsc_cloudwatch_log_alarm, scheduled_query_configuration), 0}, /* LogAlarm.ScheduledQueryConfiguration: ScheduledQueryConfiguration */
        [294] = {MREF(294, strings[3271]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(294, scalars[99]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_log_alarm, query_results_to_evaluate, has_query_results_to_evaluate), offsetof(struct awsc_cloudwatch_log_alarm, query_results_to_evaluate), 0}, /* LogAlarm.QueryResultsToEvaluate: QueryResultsToEvaluate */
        [295] = {MREF(295, strings[3294]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(295, scalars[98]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_log_alarm, query_results_to_alarm, has_query_results_to_alarm), offsetof(struct awsc_cloudwatch_log_alarm, query_results_to_alarm), 0}, /* LogAlarm.QueryResultsToAlarm: QueryResultsToAlarm */
        [296] = {MREF(296, strings[3314]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(296, scalars[119]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_log_alarm, threshold, has_threshold), offsetof(struct awsc_cloudwatch_log_alarm, threshold), 0}, /* LogAlarm.Threshold: Threshold */
        [297] = {MREF(297, strings[3324]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(297, enums[5].shape), 0, offsetof(struct awsc_cloudwatch_log_alarm, comparison_operator), 0}, /* LogAlarm.ComparisonOperator: ComparisonOperator */
        [298] = {MREF(298, strings[3343]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(298, scalars[122]), 0, offsetof(struct awsc_cloudwatch_log_alarm, treat_missing_data), 0}, /* LogAlarm.TreatMissingData: TreatMissingData */
        [299] = {MREF(299, strings[81]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(299, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_log_alarm, state_transitioned_timestamp, has_state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_log_alarm, state_transitioned_timestamp), 0}, /* LogAlarm.StateTransitionedTimestamp: Timestamp */
        [300] = {MREF(300, strings[3360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(300, enums[6].shape), 0, offsetof(struct awsc_cloudwatch_log_alarm, evaluation_state), 0}, /* LogAlarm.EvaluationState: EvaluationState */
        [301] = {MREF(301, strings[3376]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(301, scalars[1]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_log_alarm, action_log_line_count, has_action_log_line_count), offsetof(struct awsc_cloudwatch_log_alarm, action_log_line_count), 0}, /* LogAlarm.ActionLogLineCount: ActionLogLineCount */
        [302] = {MREF(302, strings[3395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(302, scalars[2]), 0, offsetof(struct awsc_cloudwatch_log_alarm, action_log_line_role_arn), 0}, /* LogAlarm.ActionLogLineRoleArn: ActionLogLineRoleArn */
        [303] = {MREF(303, strings[3416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(303, scalars[118]), 0, offsetof(struct awsc_cloudwatch_managed_rule, template_name), AWSC_MF_REQUIRED}, /* ManagedRule.TemplateName: TemplateName */
        [304] = {MREF(304, strings[3139]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(304, scalars[12]), 0, offsetof(struct awsc_cloudwatch_managed_rule, resource_arn), AWSC_MF_REQUIRED}, /* ManagedRule.ResourceARN: AmazonResourceName */
        [305] = {MREF(305, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(305, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_managed_rule, tags), 0}, /* ManagedRule.Tags: TagList */
        [306] = {MREF(306, strings[3416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(306, scalars[118]), 0, offsetof(struct awsc_cloudwatch_managed_rule_description, template_name), 0}, /* ManagedRuleDescription.TemplateName: TemplateName */
        [307] = {MREF(307, strings[3139]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(307, scalars[12]), 0, offsetof(struct awsc_cloudwatch_managed_rule_description, resource_arn), 0}, /* ManagedRuleDescription.ResourceARN: AmazonResourceName */
        [308] = {MREF(308, strings[3429]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(308, structures[100].shape), 0, offsetof(struct awsc_cloudwatch_managed_rule_description, rule_state), 0}, /* ManagedRuleDescription.RuleState: ManagedRuleState */
        [309] = {MREF(309, strings[2048]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(309, scalars[64]), 0, offsetof(struct awsc_cloudwatch_managed_rule_state, rule_name), AWSC_MF_REQUIRED}, /* ManagedRuleState.RuleName: InsightRuleName */
        [310] = {MREF(310, strings[2360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(310, scalars[68]), 0, offsetof(struct awsc_cloudwatch_managed_rule_state, state), AWSC_MF_REQUIRED}, /* ManagedRuleState.State: InsightRuleState */
        [311] = {MREF(311, strings[3439]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(311, scalars[78]), 0, offsetof(struct awsc_cloudwatch_message_data, code), 0}, /* MessageData.Code: MessageDataCode */
        [312] = {MREF(312, strings[1848]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(312, scalars[79]), 0, offsetof(struct awsc_cloudwatch_message_data, value), 0}, /* MessageData.Value: MessageDataValue */
        [313] = {MREF(313, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(313, scalars[91]), 0, offsetof(struct awsc_cloudwatch_metric, namespace_), 0}, /* Metric.Namespace: Namespace */
        [314] = {MREF(314, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(314, scalars[83]), 0, offsetof(struct awsc_cloudwatch_metric, metric_name), 0}, /* Metric.MetricName: MetricName */
        [315] = {MREF(315, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(315, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_metric, dimensions), 0}, /* Metric.Dimensions: Dimensions */
        [316] = {MREF(316, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(316, scalars[9]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, alarm_name), 0}, /* MetricAlarm.AlarmName: AlarmName */
        [317] = {MREF(317, strings[897]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(317, scalars[7]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, alarm_arn), 0}, /* MetricAlarm.AlarmArn: AlarmArn */
        [318] = {MREF(318, strings[941]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(318, scalars[8]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, alarm_description), 0}, /* MetricAlarm.AlarmDescription: AlarmDescription */
        [319] = {MREF(319, strings[906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(319, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_alarm, alarm_configuration_updated_timestamp, has_alarm_configuration_updated_timestamp), offsetof(struct awsc_cloudwatch_metric_alarm, alarm_configuration_updated_timestamp), 0}, /* MetricAlarm.AlarmConfigurationUpdatedTimestamp: Timestamp */
        [320] = {MREF(320, strings[869]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(320, scalars[4]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_alarm, actions_enabled, has_actions_enabled), offsetof(struct awsc_cloudwatch_metric_alarm, actions_enabled), 0}, /* MetricAlarm.ActionsEnabled: ActionsEnabled */
        [321] = {MREF(321, strings[992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(321, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, ok_actions), 0}, /* MetricAlarm.OKActions: ResourceList */
        [322] = {MREF(322, strings[884]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(322, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, alarm_actions), 0}, /* MetricAlarm.AlarmActions: ResourceList */
        [323] = {MREF(323, strings[968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(323, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, insufficient_data_actions), 0}, /* MetricAlarm.InsufficientDataActions: ResourceList */
        [324] = {MREF(324, strings[457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(324, enums[13].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, state_value), 0}, /* MetricAlarm.StateValue: StateValue */
        [325] = {MREF(325, strings[69]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(325, scalars[110]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, state_reason), 0}, /* MetricAlarm.StateReason: StateReason */
        [326] = {MREF(326, strings[1002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(326, scalars[111]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, state_reason_data), 0}, /* MetricAlarm.StateReasonData: StateReasonData */
        [327] = {MREF(327, strings[1018]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(327, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_alarm, state_updated_timestamp, has_state_updated_timestamp), offsetof(struct awsc_cloudwatch_metric_alarm, state_updated_timestamp), 0}, /* MetricAlarm.StateUpdatedTimestamp: Timestamp */
        [328] = {MREF(328, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(328, scalars[83]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, metric_name), 0}, /* MetricAlarm.MetricName: MetricName */
        [329] = {MREF(329, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(329, scalars[91]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, namespace_), 0}, /* MetricAlarm.Namespace: Namespace */
        [330] = {MREF(330, strings[1625]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(330, enums[14].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, statistic), 0}, /* MetricAlarm.Statistic: Statistic */
        [331] = {MREF(331, strings[1635]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(331, scalars[46]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, extended_statistic), 0}, /* MetricAlarm.ExtendedStatistic: ExtendedStatistic */
        [332] = {MREF(332, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(332, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, dimensions), 0}, /* MetricAlarm.Dimensions: Dimensions */
        [333] = {MREF(333, strings[1653]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(333, scalars[95]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_alarm, period, has_period), offsetof(struct awsc_cloudwatch_metric_alarm, period), 0}, /* MetricAlarm.Period: Period */
        [334] = {MREF(334, strings[1440]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(334, enums[12].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, unit), 0}, /* MetricAlarm.Unit: StandardUnit */
        [335] = {MREF(335, strings[3444]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(335, scalars[43]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_alarm, evaluation_periods, has_evaluation_periods), offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_periods), 0}, /* MetricAlarm.EvaluationPeriods: EvaluationPeriods */
        [336] = {MREF(336, strings[3462]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(336, scalars[28]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_alarm, datapoints_to_alarm, has_datapoints_to_alarm), offsetof(struct awsc_cloudwatch_metric_alarm, datapoints_to_alarm), 0}, /* MetricAlarm.DatapointsToAlarm: DatapointsToAlarm */
        [337] = {MREF(337, strings[3314]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(337, scalars[119]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_alarm, threshold, has_threshold), offsetof(struct awsc_cloudwatch_metric_alarm, threshold), 0}, /* MetricAlarm.Threshold: Threshold */
        [338] = {MREF(338, strings[3324]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(338, enums[5].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, comparison_operator), 0}, /* MetricAlarm.ComparisonOperator: ComparisonOperator */
        [339] = {MREF(339, strings[3343]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(339, scalars[122]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, treat_missing_data), 0}, /* MetricAlarm.TreatMissingData: TreatMissingData */
        [340] = {MREF(340, strings[3480]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(340, scalars[41]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, evaluate_low_sample_count_percentile), 0}, /* MetricAlarm.EvaluateLowSampleCountPercentile: EvaluateLowSampleCountPercentile */
        [341] = {MREF(341, strings[2095]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(341, collections[40].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, metrics), 0}, /* MetricAlarm.Metrics: MetricDataQueries */
        [342] = {MREF(342, strings[3513]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(342, scalars[81]), 0, offsetof(struct awsc_cloudwatch_metric_alarm, threshold_metric_id), 0}, /* MetricAlarm.ThresholdMetricId: MetricId */
        [343] = {MREF(343, strings[3360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(343, enums[6].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_state), 0}, /* MetricAlarm.EvaluationState: EvaluationState */
        [344] = {MREF(344, strings[81]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(344, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_alarm, state_transitioned_timestamp, has_state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_metric_alarm, state_transitioned_timestamp), 0}, /* MetricAlarm.StateTransitionedTimestamp: Timestamp */
        [345] = {MREF(345, strings[3531]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(345, structures[51].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_window), 0}, /* MetricAlarm.EvaluationWindow: EvaluationWindow */
        [346] = {MREF(346, strings[3548]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(346, structures[50].shape), 0, offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_criteria), 0}, /* MetricAlarm.EvaluationCriteria: EvaluationCriteria */
        [347] = {MREF(347, strings[3567]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(347, scalars[42]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_alarm, evaluation_interval, has_evaluation_interval), offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_interval), 0}, /* MetricAlarm.EvaluationInterval: EvaluationInterval */
        [348] = {MREF(348, strings[3586]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(348, scalars[96]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_characteristics, periodic_spikes, has_periodic_spikes), offsetof(struct awsc_cloudwatch_metric_characteristics, periodic_spikes), 0}, /* MetricCharacteristics.PeriodicSpikes: PeriodicSpikes */
        [349] = {MREF(349, strings[3601]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(349, scalars[81]), 0, offsetof(struct awsc_cloudwatch_metric_data_query, id), AWSC_MF_REQUIRED}, /* MetricDataQuery.Id: MetricId */
        [350] = {MREF(350, strings[3604]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(350, structures[109].shape), 0, offsetof(struct awsc_cloudwatch_metric_data_query, metric_stat), 0}, /* MetricDataQuery.MetricStat: MetricStat */
        [351] = {MREF(351, strings[3615]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(351, scalars[80]), 0, offsetof(struct awsc_cloudwatch_metric_data_query, expression), 0}, /* MetricDataQuery.Expression: MetricExpression */
        [352] = {MREF(352, strings[2293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(352, scalars[82]), 0, offsetof(struct awsc_cloudwatch_metric_data_query, label), 0}, /* MetricDataQuery.Label: MetricLabel */
        [353] = {MREF(353, strings[3626]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(353, scalars[105]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_data_query, return_data, has_return_data), offsetof(struct awsc_cloudwatch_metric_data_query, return_data), 0}, /* MetricDataQuery.ReturnData: ReturnData */
        [354] = {MREF(354, strings[1653]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(354, scalars[95]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_data_query, period, has_period), offsetof(struct awsc_cloudwatch_metric_data_query, period), 0}, /* MetricDataQuery.Period: Period */
        [355] = {MREF(355, strings[3637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(355, scalars[0]), 0, offsetof(struct awsc_cloudwatch_metric_data_query, account_id), 0}, /* MetricDataQuery.AccountId: AccountId */
        [356] = {MREF(356, strings[3601]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(356, scalars[81]), 0, offsetof(struct awsc_cloudwatch_metric_data_result, id), 0}, /* MetricDataResult.Id: MetricId */
        [357] = {MREF(357, strings[2293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(357, scalars[82]), 0, offsetof(struct awsc_cloudwatch_metric_data_result, label), 0}, /* MetricDataResult.Label: MetricLabel */
        [358] = {MREF(358, strings[3647]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(358, collections[57].shape), 0, offsetof(struct awsc_cloudwatch_metric_data_result, timestamps), 0}, /* MetricDataResult.Timestamps: Timestamps */
        [359] = {MREF(359, strings[3658]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(359, collections[18].shape), 0, offsetof(struct awsc_cloudwatch_metric_data_result, values), 0}, /* MetricDataResult.Values: DatapointValues */
        [360] = {MREF(360, strings[3665]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(360, enums[15].shape), 0, offsetof(struct awsc_cloudwatch_metric_data_result, status_code), 0}, /* MetricDataResult.StatusCode: StatusCode */
        [361] = {MREF(361, strings[2273]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(361, collections[41].shape), 0, offsetof(struct awsc_cloudwatch_metric_data_result, messages), 0}, /* MetricDataResult.Messages: MetricDataResultMessages */
        [362] = {MREF(362, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(362, scalars[83]), 0, offsetof(struct awsc_cloudwatch_metric_datum, metric_name), AWSC_MF_REQUIRED}, /* MetricDatum.MetricName: MetricName */
        [363] = {MREF(363, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(363, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_metric_datum, dimensions), 0}, /* MetricDatum.Dimensions: Dimensions */
        [364] = {MREF(364, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(364, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_datum, timestamp, has_timestamp), offsetof(struct awsc_cloudwatch_metric_datum, timestamp), 0}, /* MetricDatum.Timestamp: Timestamp */
        [365] = {MREF(365, strings[1848]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(365, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_datum, value, has_value), offsetof(struct awsc_cloudwatch_metric_datum, value), 0}, /* MetricDatum.Value: DatapointValue */
        [366] = {MREF(366, strings[3676]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(366, structures[147].shape), 0, offsetof(struct awsc_cloudwatch_metric_datum, statistic_values), 0}, /* MetricDatum.StatisticValues: StatisticSet */
        [367] = {MREF(367, strings[3658]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(367, collections[58].shape), 0, offsetof(struct awsc_cloudwatch_metric_datum, values), 0}, /* MetricDatum.Values: Values */
        [368] = {MREF(368, strings[3692]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(368, collections[13].shape), 0, offsetof(struct awsc_cloudwatch_metric_datum, counts), 0}, /* MetricDatum.Counts: Counts */
        [369] = {MREF(369, strings[1440]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(369, enums[12].shape), 0, offsetof(struct awsc_cloudwatch_metric_datum, unit), 0}, /* MetricDatum.Unit: StandardUnit */
        [370] = {MREF(370, strings[3699]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(370, scalars[112]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_datum, storage_resolution, has_storage_resolution), offsetof(struct awsc_cloudwatch_metric_datum, storage_resolution), 0}, /* MetricDatum.StorageResolution: StorageResolution */
        [371] = {MREF(371, strings[2210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(371, collections[40].shape), 0, offsetof(struct awsc_cloudwatch_metric_math_anomaly_detector, metric_data_queries), 0}, /* MetricMathAnomalyDetector.MetricDataQueries: MetricDataQueries */
        [372] = {MREF(372, strings[3717]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(372, structures[102].shape), 0, offsetof(struct awsc_cloudwatch_metric_stat, metric), AWSC_MF_REQUIRED}, /* MetricStat.Metric: Metric */
        [373] = {MREF(373, strings[1653]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(373, scalars[95]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_stat, period, has_period), offsetof(struct awsc_cloudwatch_metric_stat, period), AWSC_MF_REQUIRED}, /* MetricStat.Period: Period */
        [374] = {MREF(374, strings[438]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(374, scalars[109]), 0, offsetof(struct awsc_cloudwatch_metric_stat, stat), AWSC_MF_REQUIRED}, /* MetricStat.Stat: Stat */
        [375] = {MREF(375, strings[1440]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(375, enums[12].shape), 0, offsetof(struct awsc_cloudwatch_metric_stat, unit), 0}, /* MetricStat.Unit: StandardUnit */
        [376] = {MREF(376, strings[2044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(376, scalars[12]), 0, offsetof(struct awsc_cloudwatch_metric_stream_entry, arn), 0}, /* MetricStreamEntry.Arn: AmazonResourceName */
        [377] = {MREF(377, strings[2366]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(377, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_stream_entry, creation_date, has_creation_date), offsetof(struct awsc_cloudwatch_metric_stream_entry, creation_date), 0}, /* MetricStreamEntry.CreationDate: Timestamp */
        [378] = {MREF(378, strings[2379]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(378, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_metric_stream_entry, last_update_date, has_last_update_date), offsetof(struct awsc_cloudwatch_metric_stream_entry, last_update_date), 0}, /* MetricStreamEntry.LastUpdateDate: Timestamp */
        [379] = {MREF(379, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(379, scalars[84]), 0, offsetof(struct awsc_cloudwatch_metric_stream_entry, name), 0}, /* MetricStreamEntry.Name: MetricStreamName */
        [380] = {MREF(380, strings[2340]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(380, scalars[12]), 0, offsetof(struct awsc_cloudwatch_metric_stream_entry, firehose_arn), 0}, /* MetricStreamEntry.FirehoseArn: AmazonResourceName */
        [381] = {MREF(381, strings[2360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(381, scalars[85]), 0, offsetof(struct awsc_cloudwatch_metric_stream_entry, state), 0}, /* MetricStreamEntry.State: MetricStreamState */
        [382] = {MREF(382, strings[2394]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(382, enums[8].shape), 0, offsetof(struct awsc_cloudwatch_metric_stream_entry, output_format), 0}, /* MetricStreamEntry.OutputFormat: MetricStreamOutputFormat */
        [383] = {MREF(383, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(383, scalars[91]), 0, offsetof(struct awsc_cloudwatch_metric_stream_filter, namespace_), 0}, /* MetricStreamFilter.Namespace: Namespace */
        [384] = {MREF(384, strings[3724]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(384, collections[44].shape), 0, offsetof(struct awsc_cloudwatch_metric_stream_filter, metric_names), 0}, /* MetricStreamFilter.MetricNames: MetricStreamFilterMetricNames */
        [385] = {MREF(385, strings[3775]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(385, collections[49].shape), 0, offsetof(struct awsc_cloudwatch_metric_stream_statistics_configuration, include_metrics), AWSC_MF_REQUIRED}, /* MetricStreamStatisticsConfiguration.IncludeMetrics: MetricStreamStatisticsIncludeMetrics */
        [386] = {MREF(386, strings[3790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(386, collections[47].shape), 0, offsetof(struct awsc_cloudwatch_metric_stream_statistics_configuration, additional_statistics), AWSC_MF_REQUIRED}, /* MetricStreamStatisticsConfiguration.AdditionalStatistics: MetricStreamStatisticsAdditionalStatistics */
        [387] = {MREF(387, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(387, scalars[91]), 0, offsetof(struct awsc_cloudwatch_metric_stream_statistics_metric, namespace_), AWSC_MF_REQUIRED}, /* MetricStreamStatisticsMetric.Namespace: Namespace */
        [388] = {MREF(388, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(388, scalars[83]), 0, offsetof(struct awsc_cloudwatch_metric_stream_statistics_metric, metric_name), AWSC_MF_REQUIRED}, /* MetricStreamStatisticsMetric.MetricName: MetricName */
        [389] = {MREF(389, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(389, scalars[19]), 0, offsetof(struct awsc_cloudwatch_missing_required_parameter_exception, message), 0}, /* MissingRequiredParameterException.message: AwsQueryErrorMessage */
        [390] = {MREF(390, strings[1482]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(390, collections[51].shape), 0, offsetof(struct awsc_cloudwatch_mute_targets, alarm_names), AWSC_MF_REQUIRED}, /* MuteTargets.AlarmNames: MuteTargetAlarmNameList */
        [391] = {MREF(391, strings[3878]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(391, scalars[49]), 0, offsetof(struct awsc_cloudwatch_partial_failure, failure_resource), 0}, /* PartialFailure.FailureResource: FailureResource */
        [392] = {MREF(392, strings[3894]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(392, scalars[44]), 0, offsetof(struct awsc_cloudwatch_partial_failure, exception_type), 0}, /* PartialFailure.ExceptionType: ExceptionType */
        [393] = {MREF(393, strings[3908]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(393, scalars[47]), 0, offsetof(struct awsc_cloudwatch_partial_failure, failure_code), 0}, /* PartialFailure.FailureCode: FailureCode */
        [394] = {MREF(394, strings[3920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(394, scalars[48]), 0, offsetof(struct awsc_cloudwatch_partial_failure, failure_description), 0}, /* PartialFailure.FailureDescription: FailureDescription */
        [395] = {MREF(395, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(395, scalars[90]), 0, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, name), AWSC_MF_REQUIRED}, /* PutAlarmMuteRuleInput.Name: Name */
        [396] = {MREF(396, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(396, scalars[8]), 0, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, description), 0}, /* PutAlarmMuteRuleInput.Description: AlarmDescription */
        [397] = {MREF(397, strings[2003]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(397, structures[136].shape), 0, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, rule), AWSC_MF_REQUIRED}, /* PutAlarmMuteRuleInput.Rule: Rule */
        [398] = {MREF(398, strings[2008]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(398, structures[115].shape), 0, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, mute_targets), 0}, /* PutAlarmMuteRuleInput.MuteTargets: MuteTargets */
        [399] = {MREF(399, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(399, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, tags), 0}, /* PutAlarmMuteRuleInput.Tags: TagList */
        [400] = {MREF(400, strings[1571]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(400, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_alarm_mute_rule_input, start_date, has_start_date), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, start_date), 0}, /* PutAlarmMuteRuleInput.StartDate: Timestamp */
        [401] = {MREF(401, strings[269]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(401, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_alarm_mute_rule_input, expire_date, has_expire_date), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, expire_date), 0}, /* PutAlarmMuteRuleInput.ExpireDate: Timestamp */
        [402] = {MREF(402, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(402, scalars[91]), 0, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, namespace_), 0}, /* PutAnomalyDetectorInput.Namespace: Namespace */
        [403] = {MREF(403, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(403, scalars[83]), 0, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, metric_name), 0}, /* PutAnomalyDetectorInput.MetricName: MetricName */
        [404] = {MREF(404, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(404, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, dimensions), 0}, /* PutAnomalyDetectorInput.Dimensions: Dimensions */
        [405] = {MREF(405, strings[438]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(405, scalars[14]), 0, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, stat), 0}, /* PutAnomalyDetectorInput.Stat: AnomalyDetectorMetricStat */
        [406] = {MREF(406, strings[443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(406, structures[5].shape), 0, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, configuration), 0}, /* PutAnomalyDetectorInput.Configuration: AnomalyDetectorConfiguration */
        [407] = {MREF(407, strings[468]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(407, structures[104].shape), 0, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, metric_characteristics), 0}, /* PutAnomalyDetectorInput.MetricCharacteristics: MetricCharacteristics */
        [408] = {MREF(408, strings[490]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(408, structures[141].shape), 0, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, single_metric_anomaly_detector), 0}, /* PutAnomalyDetectorInput.SingleMetricAnomalyDetector: SingleMetricAnomalyDetector */
        [409] = {MREF(409, strings[518]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(409, structures[108].shape), 0, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, metric_math_anomaly_detector), 0}, /* PutAnomalyDetectorInput.MetricMathAnomalyDetector: MetricMathAnomalyDetector */
        [410] = {MREF(410, strings[388]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(410, scalars[13]), 0, offsetof(struct awsc_cloudwatch_put_anomaly_detector_output, anomaly_detector_id), 0}, /* PutAnomalyDetectorOutput.AnomalyDetectorId: AnomalyDetectorId */
        [411] = {MREF(411, strings[869]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(411, scalars[4]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_composite_alarm_input, actions_enabled, has_actions_enabled), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_enabled), 0}, /* PutCompositeAlarmInput.ActionsEnabled: ActionsEnabled */
        [412] = {MREF(412, strings[884]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(412, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_actions), 0}, /* PutCompositeAlarmInput.AlarmActions: ResourceList */
        [413] = {MREF(413, strings[941]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(413, scalars[8]), 0, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_description), 0}, /* PutCompositeAlarmInput.AlarmDescription: AlarmDescription */
        [414] = {MREF(414, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(414, scalars[9]), 0, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_name), AWSC_MF_REQUIRED}, /* PutCompositeAlarmInput.AlarmName: AlarmName */
        [415] = {MREF(415, strings[958]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(415, scalars[11]), 0, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_rule), AWSC_MF_REQUIRED}, /* PutCompositeAlarmInput.AlarmRule: AlarmRule */
        [416] = {MREF(416, strings[968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(416, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, insufficient_data_actions), 0}, /* PutCompositeAlarmInput.InsufficientDataActions: ResourceList */
        [417] = {MREF(417, strings[992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(417, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, ok_actions), 0}, /* PutCompositeAlarmInput.OKActions: ResourceList */
        [418] = {MREF(418, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(418, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, tags), 0}, /* PutCompositeAlarmInput.Tags: TagList */
        [419] = {MREF(419, strings[1084]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(419, scalars[7]), 0, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor), 0}, /* PutCompositeAlarmInput.ActionsSuppressor: AlarmArn */
        [420] = {MREF(420, strings[1102]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(420, scalars[115]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor_wait_period, has_actions_suppressor_wait_period), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor_wait_period), 0}, /* PutCompositeAlarmInput.ActionsSuppressorWaitPeriod: SuppressorPeriod */
        [421] = {MREF(421, strings[1130]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(421, scalars[115]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor_extension_period, has_actions_suppressor_extension_period), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor_extension_period), 0}, /* PutCompositeAlarmInput.ActionsSuppressorExtensionPeriod: SuppressorPeriod */
        [422] = {MREF(422, strings[1221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(422, scalars[24]), 0, offsetof(struct awsc_cloudwatch_put_dashboard_input, dashboard_name), AWSC_MF_REQUIRED}, /* PutDashboardInput.DashboardName: DashboardName */
        [423] = {MREF(423, strings[2020]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(423, scalars[22]), 0, offsetof(struct awsc_cloudwatch_put_dashboard_input, dashboard_body), AWSC_MF_REQUIRED}, /* PutDashboardInput.DashboardBody: DashboardBody */
        [424] = {MREF(424, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(424, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_put_dashboard_input, tags), 0}, /* PutDashboardInput.Tags: TagList */
        [425] = {MREF(425, strings[3939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(425, collections[16].shape), 0, offsetof(struct awsc_cloudwatch_put_dashboard_output, dashboard_validation_messages), 0}, /* PutDashboardOutput.DashboardValidationMessages: DashboardValidationMessages */
        [426] = {MREF(426, strings[2048]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(426, scalars[64]), 0, offsetof(struct awsc_cloudwatch_put_insight_rule_input, rule_name), AWSC_MF_REQUIRED}, /* PutInsightRuleInput.RuleName: InsightRuleName */
        [427] = {MREF(427, strings[3429]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(427, scalars[68]), 0, offsetof(struct awsc_cloudwatch_put_insight_rule_input, rule_state), 0}, /* PutInsightRuleInput.RuleState: InsightRuleState */
        [428] = {MREF(428, strings[3967]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(428, scalars[60]), 0, offsetof(struct awsc_cloudwatch_put_insight_rule_input, rule_definition), AWSC_MF_REQUIRED}, /* PutInsightRuleInput.RuleDefinition: InsightRuleDefinition */
        [429] = {MREF(429, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(429, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_put_insight_rule_input, tags), 0}, /* PutInsightRuleInput.Tags: TagList */
        [430] = {MREF(430, strings[2612]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(430, scalars[65]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_insight_rule_input, apply_on_transformed_logs, has_apply_on_transformed_logs), offsetof(struct awsc_cloudwatch_put_insight_rule_input, apply_on_transformed_logs), 0}, /* PutInsightRuleInput.ApplyOnTransformedLogs: InsightRuleOnTransformedLogs */
        [431] = {MREF(431, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(431, scalars[9]), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, alarm_name), AWSC_MF_REQUIRED}, /* PutLogAlarmInput.AlarmName: AlarmName */
        [432] = {MREF(432, strings[941]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(432, scalars[8]), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, alarm_description), 0}, /* PutLogAlarmInput.AlarmDescription: AlarmDescription */
        [433] = {MREF(433, strings[3243]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(433, structures[139].shape), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, scheduled_query_configuration), AWSC_MF_REQUIRED}, /* PutLogAlarmInput.ScheduledQueryConfiguration: ScheduledQueryConfiguration */
        [434] = {MREF(434, strings[3376]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(434, scalars[1]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_log_alarm_input, action_log_line_count, has_action_log_line_count), offsetof(struct awsc_cloudwatch_put_log_alarm_input, action_log_line_count), 0}, /* PutLogAlarmInput.ActionLogLineCount: ActionLogLineCount */
        [435] = {MREF(435, strings[3395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(435, scalars[2]), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, action_log_line_role_arn), 0}, /* PutLogAlarmInput.ActionLogLineRoleArn: ActionLogLineRoleArn */
        [436] = {MREF(436, strings[869]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(436, scalars[4]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_log_alarm_input, actions_enabled, has_actions_enabled), offsetof(struct awsc_cloudwatch_put_log_alarm_input, actions_enabled), 0}, /* PutLogAlarmInput.ActionsEnabled: ActionsEnabled */
        [437] = {MREF(437, strings[992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(437, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, ok_actions), 0}, /* PutLogAlarmInput.OKActions: ResourceList */
        [438] = {MREF(438, strings[884]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(438, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, alarm_actions), 0}, /* PutLogAlarmInput.AlarmActions: ResourceList */
        [439] = {MREF(439, strings[968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(439, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, insufficient_data_actions), 0}, /* PutLogAlarmInput.InsufficientDataActions: ResourceList */
        [440] = {MREF(440, strings[3271]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(440, scalars[99]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_log_alarm_input, query_results_to_evaluate, has_query_results_to_evaluate), offsetof(struct awsc_cloudwatch_put_log_alarm_input, query_results_to_evaluate), AWSC_MF_REQUIRED}, /* PutLogAlarmInput.QueryResultsToEvaluate: QueryResultsToEvaluate */
        [441] = {MREF(441, strings[3294]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(441, scalars[98]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_log_alarm_input, query_results_to_alarm, has_query_results_to_alarm), offsetof(struct awsc_cloudwatch_put_log_alarm_input, query_results_to_alarm), AWSC_MF_REQUIRED}, /* PutLogAlarmInput.QueryResultsToAlarm: QueryResultsToAlarm */
        [442] = {MREF(442, strings[3314]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(442, scalars[119]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_log_alarm_input, threshold, has_threshold), offsetof(struct awsc_cloudwatch_put_log_alarm_input, threshold), AWSC_MF_REQUIRED}, /* PutLogAlarmInput.Threshold: Threshold */
        [443] = {MREF(443, strings[3324]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(443, enums[5].shape), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, comparison_operator), AWSC_MF_REQUIRED}, /* PutLogAlarmInput.ComparisonOperator: ComparisonOperator */
        [444] = {MREF(444, strings[3343]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(444, scalars[122]), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, treat_missing_data), 0}, /* PutLogAlarmInput.TreatMissingData: TreatMissingData */
        [445] = {MREF(445, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(445, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_put_log_alarm_input, tags), 0}, /* PutLogAlarmInput.Tags: TagList */
        [446] = {MREF(446, strings[3151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(446, collections[37].shape), 0, offsetof(struct awsc_cloudwatch_put_managed_insight_rules_input, managed_rules), AWSC_MF_REQUIRED}, /* PutManagedInsightRulesInput.ManagedRules: ManagedRules */
        [447] = {MREF(447, strings[1518]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(447, collections[10].shape), 0, offsetof(struct awsc_cloudwatch_put_managed_insight_rules_output, failures), 0}, /* PutManagedInsightRulesOutput.Failures: BatchFailures */
        [448] = {MREF(448, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(448, scalars[9]), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, alarm_name), AWSC_MF_REQUIRED}, /* PutMetricAlarmInput.AlarmName: AlarmName */
        [449] = {MREF(449, strings[941]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(449, scalars[8]), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, alarm_description), 0}, /* PutMetricAlarmInput.AlarmDescription: AlarmDescription */
        [450] = {MREF(450, strings[869]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(450, scalars[4]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_metric_alarm_input, actions_enabled, has_actions_enabled), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, actions_enabled), 0}, /* PutMetricAlarmInput.ActionsEnabled: ActionsEnabled */
        [451] = {MREF(451, strings[992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(451, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, ok_actions), 0}, /* PutMetricAlarmInput.OKActions: ResourceList */
        [452] = {MREF(452, strings[884]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(452, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, alarm_actions), 0}, /* PutMetricAlarmInput.AlarmActions: ResourceList */
        [453] = {MREF(453, strings[968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(453, collections[53].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, insufficient_data_actions), 0}, /* PutMetricAlarmInput.InsufficientDataActions: ResourceList */
        [454] = {MREF(454, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(454, scalars[83]), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, metric_name), 0}, /* PutMetricAlarmInput.MetricName: MetricName */
        [455] = {MREF(455, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(455, scalars[91]), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, namespace_), 0}, /* PutMetricAlarmInput.Namespace: Namespace */
        [456] = {MREF(456, strings[1625]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(456, enums[14].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, statistic), 0}, /* PutMetricAlarmInput.Statistic: Statistic */
        [457] = {MREF(457, strings[1635]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(457, scalars[46]), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, extended_statistic), 0}, /* PutMetricAlarmInput.ExtendedStatistic: ExtendedStatistic */
        [458] = {MREF(458, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(458, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, dimensions), 0}, /* PutMetricAlarmInput.Dimensions: Dimensions */
        [459] = {MREF(459, strings[1653]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(459, scalars[95]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_metric_alarm_input, period, has_period), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, period), 0}, /* PutMetricAlarmInput.Period: Period */
        [460] = {MREF(460, strings[1440]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(460, enums[12].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, unit), 0}, /* PutMetricAlarmInput.Unit: StandardUnit */
        [461] = {MREF(461, strings[3444]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(461, scalars[43]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_periods, has_evaluation_periods), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_periods), 0}, /* PutMetricAlarmInput.EvaluationPeriods: EvaluationPeriods */
        [462] = {MREF(462, strings[3462]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(462, scalars[28]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_metric_alarm_input, datapoints_to_alarm, has_datapoints_to_alarm), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, datapoints_to_alarm), 0}, /* PutMetricAlarmInput.DatapointsToAlarm: DatapointsToAlarm */
        [463] = {MREF(463, strings[3314]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(463, scalars[119]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_metric_alarm_input, threshold, has_threshold), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, threshold), 0}, /* PutMetricAlarmInput.Threshold: Threshold */
        [464] = {MREF(464, strings[3324]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(464, enums[5].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, comparison_operator), 0}, /* PutMetricAlarmInput.ComparisonOperator: ComparisonOperator */
        [465] = {MREF(465, strings[3343]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(465, scalars[122]), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, treat_missing_data), 0}, /* PutMetricAlarmInput.TreatMissingData: TreatMissingData */
        [466] = {MREF(466, strings[3480]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(466, scalars[41]), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluate_low_sample_count_percentile), 0}, /* PutMetricAlarmInput.EvaluateLowSampleCountPercentile: EvaluateLowSampleCountPercentile */
        [467] = {MREF(467, strings[2095]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(467, collections[40].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, metrics), 0}, /* PutMetricAlarmInput.Metrics: MetricDataQueries */
        [468] = {MREF(468, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(468, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, tags), 0}, /* PutMetricAlarmInput.Tags: TagList */
        [469] = {MREF(469, strings[3513]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(469, scalars[81]), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, threshold_metric_id), 0}, /* PutMetricAlarmInput.ThresholdMetricId: MetricId */
        [470] = {MREF(470, strings[3531]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(470, structures[51].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_window), 0}, /* PutMetricAlarmInput.EvaluationWindow: EvaluationWindow */
        [471] = {MREF(471, strings[3548]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(471, structures[50].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_criteria), 0}, /* PutMetricAlarmInput.EvaluationCriteria: EvaluationCriteria */
        [472] = {MREF(472, strings[3567]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(472, scalars[42]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_interval, has_evaluation_interval), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_interval), 0}, /* PutMetricAlarmInput.EvaluationInterval: EvaluationInterval */
        [473] = {MREF(473, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(473, scalars[91]), 0, offsetof(struct awsc_cloudwatch_put_metric_data_input, namespace_), AWSC_MF_REQUIRED}, /* PutMetricDataInput.Namespace: Namespace */
        [474] = {MREF(474, strings[1886]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(474, collections[39].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_data_input, metric_data), 0}, /* PutMetricDataInput.MetricData: MetricData */
        [475] = {MREF(475, strings[3982]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(475, collections[24].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_data_input, entity_metric_data), 0}, /* PutMetricDataInput.EntityMetricData: EntityMetricDataList */
        [476] = {MREF(476, strings[3999]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(476, scalars[113]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_metric_data_input, strict_entity_validation, has_strict_entity_validation), offsetof(struct awsc_cloudwatch_put_metric_data_input, strict_entity_validation), 0}, /* PutMetricDataInput.StrictEntityValidation: StrictEntityValidation */
        [477] = {MREF(477, strings[1527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(477, scalars[84]), 0, offsetof(struct awsc_cloudwatch_put_metric_stream_input, name), AWSC_MF_REQUIRED}, /* PutMetricStreamInput.Name: MetricStreamName */
        [478] = {MREF(478, strings[2310]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(478, collections[45].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_stream_input, include_filters), 0}, /* PutMetricStreamInput.IncludeFilters: MetricStreamFilters */
        [479] = {MREF(479, strings[2325]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(479, collections[45].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_stream_input, exclude_filters), 0}, /* PutMetricStreamInput.ExcludeFilters: MetricStreamFilters */
        [480] = {MREF(480, strings[2340]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(480, scalars[12]), 0, offsetof(struct awsc_cloudwatch_put_metric_stream_input, firehose_arn), AWSC_MF_REQUIRED}, /* PutMetricStreamInput.FirehoseArn: AmazonResourceName */
        [481] = {MREF(481, strings[2352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(481, scalars[12]), 0, offsetof(struct awsc_cloudwatch_put_metric_stream_input, role_arn), AWSC_MF_REQUIRED}, /* PutMetricStreamInput.RoleArn: AmazonResourceName */
        [482] = {MREF(482, strings[2394]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(482, enums[8].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_stream_input, output_format), AWSC_MF_REQUIRED}, /* PutMetricStreamInput.OutputFormat: MetricStreamOutputFormat */
        [483] = {MREF(483, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(483, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_stream_input, tags), 0}, /* PutMetricStreamInput.Tags: TagList */
        [484] = {MREF(484, strings[2407]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(484, collections[48].shape), 0, offsetof(struct awsc_cloudwatch_put_metric_stream_input, statistics_configurations), 0}, /* PutMetricStreamInput.StatisticsConfigurations: MetricStreamStatisticsConfigurations */
        [485] = {MREF(485, strings[2432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(485, scalars[56]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_put_metric_stream_input, include_linked_accounts_metrics, has_include_linked_accounts_metrics), offsetof(struct awsc_cloudwatch_put_metric_stream_input, include_linked_accounts_metrics), 0}, /* PutMetricStreamInput.IncludeLinkedAccountsMetrics: IncludeLinkedAccountsMetrics */
        [486] = {MREF(486, strings[2044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(486, scalars[12]), 0, offsetof(struct awsc_cloudwatch_put_metric_stream_output, arn), 0}, /* PutMetricStreamOutput.Arn: AmazonResourceName */
        [487] = {MREF(487, strings[2057]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(487, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_range, start_time, has_start_time), offsetof(struct awsc_cloudwatch_range, start_time), AWSC_MF_REQUIRED}, /* Range.StartTime: Timestamp */
        [488] = {MREF(488, strings[2067]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(488, scalars[120]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_range, end_time, has_end_time), offsetof(struct awsc_cloudwatch_range, end_time), AWSC_MF_REQUIRED}, /* Range.EndTime: Timestamp */
        [489] = {MREF(489, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(489, scalars[40]), 0, offsetof(struct awsc_cloudwatch_resource_conflict, message), 0}, /* ResourceConflict.message: ErrorMessage */
        [490] = {MREF(490, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(490, scalars[40]), 0, offsetof(struct awsc_cloudwatch_resource_not_found, message), 0}, /* ResourceNotFound.message: ErrorMessage */
        [491] = {MREF(491, strings[4070]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(491, scalars[104]), 0, offsetof(struct awsc_cloudwatch_resource_not_found_exception, resource_type), 0}, /* ResourceNotFoundException.ResourceType: ResourceType */
        [492] = {MREF(492, strings[4083]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(492, scalars[102]), 0, offsetof(struct awsc_cloudwatch_resource_not_found_exception, resource_id), 0}, /* ResourceNotFoundException.ResourceId: ResourceId */
        [493] = {MREF(493, strings[4094]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(493, structures[137].shape), 0, offsetof(struct awsc_cloudwatch_rule, schedule), AWSC_MF_REQUIRED}, /* Rule.Schedule: Schedule */
        [494] = {MREF(494, strings[3615]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(494, scalars[45]), 0, offsetof(struct awsc_cloudwatch_schedule, expression), AWSC_MF_REQUIRED}, /* Schedule.Expression: Expression */
        [495] = {MREF(495, strings[4142]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(495, scalars[34]), 0, offsetof(struct awsc_cloudwatch_schedule, duration), AWSC_MF_REQUIRED}, /* Schedule.Duration: Duration */
        [496] = {MREF(496, strings[3005]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(496, scalars[121]), 0, offsetof(struct awsc_cloudwatch_schedule, timezone), 0}, /* Schedule.Timezone: Timezone */
        [497] = {MREF(497, strings[4151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(497, scalars[106]), 0, offsetof(struct awsc_cloudwatch_schedule_configuration, schedule_expression), AWSC_MF_REQUIRED}, /* ScheduleConfiguration.ScheduleExpression: ScheduleExpression */
        [498] = {MREF(498, strings[4170]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(498, scalars[108]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_schedule_configuration, start_time_offset, has_start_time_offset), offsetof(struct awsc_cloudwatch_schedule_configuration, start_time_offset), AWSC_MF_REQUIRED}, /* ScheduleConfiguration.StartTimeOffset: StartTimeOffset */
        [499] = {MREF(499, strings[4186]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(499, scalars[35]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_schedule_configuration, end_time_offset, has_end_time_offset), offsetof(struct awsc_cloudwatch_schedule_configuration, end_time_offset), 0}, /* ScheduleConfiguration.EndTimeOffset: EndTimeOffset */
        [500] = {MREF(500, strings[4200]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(500, scalars[100]), 0, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, query_string), AWSC_MF_REQUIRED}, /* ScheduledQueryConfiguration.QueryString: QueryString */
        [501] = {MREF(501, strings[4212]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(501, collections[35].shape), 0, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, log_group_identifiers), 0}, /* ScheduledQueryConfiguration.LogGroupIdentifiers: LogGroupIdentifiers */
        [502] = {MREF(502, strings[4232]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(502, scalars[12]), 0, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, query_arn), 0}, /* ScheduledQueryConfiguration.QueryARN: AmazonResourceName */
        [503] = {MREF(503, strings[4241]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(503, scalars[12]), 0, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, scheduled_query_role_arn), AWSC_MF_REQUIRED}, /* ScheduledQueryConfiguration.ScheduledQueryRoleARN: AmazonResourceName */
        [504] = {MREF(504, strings[4263]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(504, structures[138].shape), 0, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, schedule_configuration), AWSC_MF_REQUIRED}, /* ScheduledQueryConfiguration.ScheduleConfiguration: ScheduleConfiguration */
        [505] = {MREF(505, strings[4285]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(505, scalars[6]), 0, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, aggregation_expression), AWSC_MF_REQUIRED}, /* ScheduledQueryConfiguration.AggregationExpression: AggregationExpression */
        [506] = {MREF(506, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(506, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, tags), 0}, /* ScheduledQueryConfiguration.Tags: TagList */
        [507] = {MREF(507, strings[108]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(507, scalars[9]), 0, offsetof(struct awsc_cloudwatch_set_alarm_state_input, alarm_name), AWSC_MF_REQUIRED}, /* SetAlarmStateInput.AlarmName: AlarmName */
        [508] = {MREF(508, strings[457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(508, enums[13].shape), 0, offsetof(struct awsc_cloudwatch_set_alarm_state_input, state_value), AWSC_MF_REQUIRED}, /* SetAlarmStateInput.StateValue: StateValue */
        [509] = {MREF(509, strings[69]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(509, scalars[110]), 0, offsetof(struct awsc_cloudwatch_set_alarm_state_input, state_reason), AWSC_MF_REQUIRED}, /* SetAlarmStateInput.StateReason: StateReason */
        [510] = {MREF(510, strings[1002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(510, scalars[111]), 0, offsetof(struct awsc_cloudwatch_set_alarm_state_input, state_reason_data), 0}, /* SetAlarmStateInput.StateReasonData: StateReasonData */
        [511] = {MREF(511, strings[3637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(511, scalars[0]), 0, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, account_id), 0}, /* SingleMetricAnomalyDetector.AccountId: AccountId */
        [512] = {MREF(512, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(512, scalars[91]), 0, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, namespace_), 0}, /* SingleMetricAnomalyDetector.Namespace: Namespace */
        [513] = {MREF(513, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(513, scalars[83]), 0, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, metric_name), 0}, /* SingleMetricAnomalyDetector.MetricName: MetricName */
        [514] = {MREF(514, strings[427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(514, collections[21].shape), 0, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, dimensions), 0}, /* SingleMetricAnomalyDetector.Dimensions: Dimensions */
        [515] = {MREF(515, strings[438]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(515, scalars[14]), 0, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, stat), 0}, /* SingleMetricAnomalyDetector.Stat: AnomalyDetectorMetricStat */
        [516] = {MREF(516, strings[4617]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(516, collections[46].shape), 0, offsetof(struct awsc_cloudwatch_start_metric_streams_input, names), AWSC_MF_REQUIRED}, /* StartMetricStreamsInput.Names: MetricStreamNames */
        [517] = {MREF(517, strings[1400]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(517, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_statistic_set, sample_count, has_sample_count), offsetof(struct awsc_cloudwatch_statistic_set, sample_count), AWSC_MF_REQUIRED}, /* StatisticSet.SampleCount: DatapointValue */
        [518] = {MREF(518, strings[1420]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(518, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_statistic_set, sum, has_sum), offsetof(struct awsc_cloudwatch_statistic_set, sum), AWSC_MF_REQUIRED}, /* StatisticSet.Sum: DatapointValue */
        [519] = {MREF(519, strings[1424]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(519, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_statistic_set, minimum, has_minimum), offsetof(struct awsc_cloudwatch_statistic_set, minimum), AWSC_MF_REQUIRED}, /* StatisticSet.Minimum: DatapointValue */
        [520] = {MREF(520, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(520, scalars[27]), AWSC_MEMBER_HAS(struct awsc_cloudwatch_statistic_set, maximum, has_maximum), offsetof(struct awsc_cloudwatch_statistic_set, maximum), AWSC_MF_REQUIRED}, /* StatisticSet.Maximum: DatapointValue */
        [521] = {MREF(521, strings[4617]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(521, collections[46].shape), 0, offsetof(struct awsc_cloudwatch_stop_metric_streams_input, names), AWSC_MF_REQUIRED}, /* StopMetricStreamsInput.Names: MetricStreamNames */
        [522] = {MREF(522, strings[4735]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(522, scalars[116]), 0, offsetof(struct awsc_cloudwatch_tag, key), AWSC_MF_REQUIRED}, /* Tag.Key: TagKey */
        [523] = {MREF(523, strings[1848]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(523, scalars[117]), 0, offsetof(struct awsc_cloudwatch_tag, value), AWSC_MF_REQUIRED}, /* Tag.Value: TagValue */
        [524] = {MREF(524, strings[3139]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(524, scalars[12]), 0, offsetof(struct awsc_cloudwatch_tag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* TagResourceInput.ResourceARN: AmazonResourceName */
        [525] = {MREF(525, strings[3238]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(525, collections[56].shape), 0, offsetof(struct awsc_cloudwatch_tag_resource_input, tags), AWSC_MF_REQUIRED}, /* TagResourceInput.Tags: TagList */
        [526] = {MREF(526, strings[3139]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(526, scalars[12]), 0, offsetof(struct awsc_cloudwatch_untag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* UntagResourceInput.ResourceARN: AmazonResourceName */
        [527] = {MREF(527, strings[4739]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(527, collections[55].shape), 0, offsetof(struct awsc_cloudwatch_untag_resource_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagResourceInput.TagKeys: TagKeyList */
        [528] = {MREF(528, strings[3005]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(528, scalars[121]), 0, offsetof(struct awsc_cloudwatch_wall_clock_window, timezone), 0}, /* WallClockWindow.Timezone: Timezone */
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
        /*      0 */ "WaitPeriod\0" "ExtensionPeriod\0" "Alarm\0"
        /*     33 */ "ContributorId\0"
        /*     47 */ "ContributorAttributes\0"
        /*     69 */ "StateReason\0"
        /*     81 */ "StateTransitionedTimestamp\0"
        /*    108 */ "AlarmName\0"
        /*    118 */ "AlarmContributorId\0"
        /*    137 */ "AlarmType\0"
        /*    147 */ "Timestamp\0"
        /*    157 */ "HistoryItemType\0"
        /*    173 */ "HistorySummary\0"
        /*    188 */ "HistoryData\0"
        /*    200 */ "AlarmContributorAttributes\0"
        /*    227 */ "SCHEDULED\0" "ACTIVE\0" "EXPIRED\0"
        /*    252 */ "AlarmMuteRuleArn\0"
        /*    269 */ "ExpireDate\0"
        /*    280 */ "Status\0"
        /*    287 */ "MuteType\0"
        /*    296 */ "LastUpdatedTimestamp\0"
        /*    317 */ "Query\0"
        /*    323 */ "PendingPeriod\0"
        /*    337 */ "RecoveryPeriod\0"
        /*    352 */ "CompositeAlarm\0" "MetricAlarm\0" "LogAlarm\0"
        /*    388 */ "AnomalyDetectorId\0"
        /*    406 */ "Namespace\0"
        /*    416 */ "MetricName\0"
        /*    427 */ "Dimensions\0"
        /*    438 */ "Stat\0"
        /*    443 */ "Configuration\0"
        /*    457 */ "StateValue\0"
        /*    468 */ "MetricCharacteristics\0"
        /*    490 */ "SingleMetricAnomalyDetector\0"
        /*    518 */ "MetricMathAnomalyDetector\0"
        /*    544 */ "ExcludedTimeRanges\0"
        /*    563 */ "MetricTimezone\0"
        /*    578 */ "PENDING_TRAINING\0" "TRAINED_INSUFFICIENT_DATA\0" "TRAINED\0"
        /*    629 */ "SINGLE_METRIC\0" "METRIC_MATH\0"
        /*    655 */ "DatasetIdentifier\0"
        /*    673 */ "KmsKeyArn\0"
        /*    683 */ "GreaterThanOrEqualToThreshold\0" "GreaterThanThreshold\0" "LessThanThreshold\0" "LessThanOrEqualToThreshold\0" "LessThanLowerOrGreaterThanUpperThreshold\0" "LessThanLowerThreshold\0" "GreaterThanUpperThreshold\0"
        /*    869 */ "ActionsEnabled\0"
        /*    884 */ "AlarmActions\0"
        /*    897 */ "AlarmArn\0"
        /*    906 */ "AlarmConfigurationUpdatedTimestamp\0"
        /*    941 */ "AlarmDescription\0"
        /*    958 */ "AlarmRule\0"
        /*    968 */ "InsufficientDataActions\0"
        /*    992 */ "OKActions\0"
        /*   1002 */ "StateReasonData\0"
        /*   1018 */ "StateUpdatedTimestamp\0"
        /*   1040 */ "ActionsSuppressedBy\0"
        /*   1060 */ "ActionsSuppressedReason\0"
        /*   1084 */ "ActionsSuppressor\0"
        /*   1102 */ "ActionsSuppressorWaitPeriod\0"
        /*   1130 */ "ActionsSuppressorExtensionPeriod\0"
        /*   1163 */ "ConcurrentModificationException\0"
        /*   1195 */ "ConflictException\0"
        /*   1213 */ "Message\0"
        /*   1221 */ "DashboardName\0"
        /*   1235 */ "DashboardArn\0"
        /*   1248 */ "LastModified\0"
        /*   1261 */ "Size\0"
        /*   1266 */ "DashboardInvalidInputError\0"
        /*   1293 */ "message\0"
        /*   1301 */ "dashboardValidationMessages\0"
        /*   1329 */ "InvalidParameterInput\0"
        /*   1351 */ "DashboardNotFoundError\0"
        /*   1374 */ "ResourceNotFound\0"
        /*   1391 */ "DataPath\0"
        /*   1400 */ "SampleCount\0"
        /*   1412 */ "Average\0"
        /*   1420 */ "Sum\0"
        /*   1424 */ "Minimum\0"
        /*   1432 */ "Maximum\0"
        /*   1440 */ "Unit\0"
        /*   1445 */ "ExtendedStatistics\0"
        /*   1464 */ "AlarmMuteRuleName\0"
        /*   1482 */ "AlarmNames\0"
        /*   1493 */ "DashboardNames\0"
        /*   1508 */ "RuleNames\0"
        /*   1518 */ "Failures\0"
        /*   1527 */ "Name\0"
        /*   1532 */ "NextToken\0"
        /*   1542 */ "AlarmContributors\0"
        /*   1560 */ "AlarmTypes\0"
        /*   1571 */ "StartDate\0"
        /*   1581 */ "EndDate\0"
        /*   1589 */ "MaxRecords\0"
        /*   1600 */ "ScanBy\0"
        /*   1607 */ "AlarmHistoryItems\0"
        /*   1625 */ "Statistic\0"
        /*   1635 */ "ExtendedStatistic\0"
        /*   1653 */ "Period\0"
        /*   1660 */ "MetricAlarms\0"
        /*   1673 */ "AlarmNamePrefix\0"
        /*   1689 */ "ChildrenOfAlarmName\0"
        /*   1709 */ "ParentsOfAlarmName\0"
        /*   1728 */ "ActionPrefix\0"
        /*   1741 */ "CompositeAlarms\0"
        /*   1757 */ "LogAlarms\0"
        /*   1767 */ "AnomalyDetectorIds\0"
        /*   1786 */ "MaxResults\0"
        /*   1797 */ "AnomalyDetectorTypes\0"
        /*   1818 */ "AnomalyDetectors\0"
        /*   1835 */ "InsightRules\0"
        /*   1848 */ "Value\0"
        /*   1854 */ "KeyAttributes\0"
        /*   1868 */ "Attributes\0"
        /*   1879 */ "Entity\0"
        /*   1886 */ "MetricData\0"
        /*   1897 */ "PromQLCriteria\0"
        /*   1912 */ "PARTIAL_DATA\0" "EVALUATION_FAILURE\0" "EVALUATION_ERROR\0"
        /*   1961 */ "WallClockWindow\0"
        /*   1977 */ "SlidingWindow\0"
        /*   1991 */ "Description\0"
        /*   2003 */ "Rule\0"
        /*   2008 */ "MuteTargets\0"
        /*   2020 */ "DashboardBody\0"
        /*   2034 */ "DatasetId\0"
        /*   2044 */ "Arn\0"
        /*   2048 */ "RuleName\0"
        /*   2057 */ "StartTime\0"
        /*   2067 */ "EndTime\0"
        /*   2075 */ "MaxContributorCount\0"
        /*   2095 */ "Metrics\0"
        /*   2103 */ "OrderBy\0"
        /*   2111 */ "KeyLabels\0"
        /*   2121 */ "AggregationStatistic\0"
        /*   2142 */ "AggregateValue\0"
        /*   2157 */ "ApproximateUniqueCount\0"
        /*   2180 */ "Contributors\0"
        /*   2193 */ "MetricDatapoints\0"
        /*   2210 */ "MetricDataQueries\0"
        /*   2228 */ "MaxDatapoints\0"
        /*   2242 */ "LabelOptions\0"
        /*   2255 */ "MetricDataResults\0"
        /*   2273 */ "Messages\0"
        /*   2282 */ "Statistics\0"
        /*   2293 */ "Label\0"
        /*   2299 */ "Datapoints\0"
        /*   2310 */ "IncludeFilters\0"
        /*   2325 */ "ExcludeFilters\0"
        /*   2340 */ "FirehoseArn\0"
        /*   2352 */ "RoleArn\0"
        /*   2360 */ "State\0"
        /*   2366 */ "CreationDate\0"
        /*   2379 */ "LastUpdateDate\0"
        /*   2394 */ "OutputFormat\0"
        /*   2407 */ "StatisticsConfigurations\0"
        /*   2432 */ "IncludeLinkedAccountsMetrics\0"
        /*   2461 */ "MetricWidget\0"
        /*   2474 */ "MetricWidgetImage\0"
        /*   2492 */ "ConfigurationUpdate\0" "StateUpdate\0" "Action\0" "AlarmContributorStateUpdate\0" "AlarmContributorAction\0"
        /*   2582 */ "Schema\0"
        /*   2589 */ "Definition\0"
        /*   2600 */ "ManagedRule\0"
        /*   2612 */ "ApplyOnTransformedLogs\0"
        /*   2635 */ "Keys\0"
        /*   2640 */ "ApproximateAggregateValue\0"
        /*   2666 */ "ApproximateValue\0"
        /*   2683 */ "UniqueContributors\0"
        /*   2702 */ "MaxContributorValue\0"
        /*   2722 */ "InternalServiceFault\0"
        /*   2743 */ "InternalServiceError\0"
        /*   2764 */ "InvalidFormatFault\0"
        /*   2783 */ "InvalidFormat\0"
        /*   2797 */ "InvalidNextToken\0"
        /*   2814 */ "InvalidParameterCombinationException\0"
        /*   2851 */ "InvalidParameterCombination\0"
        /*   2879 */ "InvalidParameterValueException\0"
        /*   2910 */ "InvalidParameterValue\0"
        /*   2932 */ "KmsAccessDeniedException\0"
        /*   2957 */ "KmsKeyDisabledException\0"
        /*   2981 */ "KmsKeyNotFoundException\0"
        /*   3005 */ "Timezone\0"
        /*   3014 */ "LimitExceededException\0"
        /*   3037 */ "LimitExceededFault\0"
        /*   3056 */ "LimitExceeded\0"
        /*   3070 */ "Statuses\0"
        /*   3079 */ "AlarmMuteRuleSummaries\0"
        /*   3102 */ "DashboardNamePrefix\0"
        /*   3122 */ "DashboardEntries\0"
        /*   3139 */ "ResourceARN\0"
        /*   3151 */ "ManagedRules\0"
        /*   3164 */ "Entries\0"
        /*   3172 */ "RecentlyActive\0"
        /*   3187 */ "IncludeLinkedAccounts\0"
        /*   3209 */ "OwningAccount\0"
        /*   3223 */ "OwningAccounts\0"
        /*   3238 */ "Tags\0"
        /*   3243 */ "ScheduledQueryConfiguration\0"
        /*   3271 */ "QueryResultsToEvaluate\0"
        /*   3294 */ "QueryResultsToAlarm\0"
        /*   3314 */ "Threshold\0"
        /*   3324 */ "ComparisonOperator\0"
        /*   3343 */ "TreatMissingData\0"
        /*   3360 */ "EvaluationState\0"
        /*   3376 */ "ActionLogLineCount\0"
        /*   3395 */ "ActionLogLineRoleArn\0"
        /*   3416 */ "TemplateName\0"
        /*   3429 */ "RuleState\0"
        /*   3439 */ "Code\0"
        /*   3444 */ "EvaluationPeriods\0"
        /*   3462 */ "DatapointsToAlarm\0"
        /*   3480 */ "EvaluateLowSampleCountPercentile\0"
        /*   3513 */ "ThresholdMetricId\0"
        /*   3531 */ "EvaluationWindow\0"
        /*   3548 */ "EvaluationCriteria\0"
        /*   3567 */ "EvaluationInterval\0"
        /*   3586 */ "PeriodicSpikes\0"
        /*   3601 */ "Id\0"
        /*   3604 */ "MetricStat\0"
        /*   3615 */ "Expression\0"
        /*   3626 */ "ReturnData\0"
        /*   3637 */ "AccountId\0"
        /*   3647 */ "Timestamps\0"
        /*   3658 */ "Values\0"
        /*   3665 */ "StatusCode\0"
        /*   3676 */ "StatisticValues\0"
        /*   3692 */ "Counts\0"
        /*   3699 */ "StorageResolution\0"
        /*   3717 */ "Metric\0"
        /*   3724 */ "MetricNames\0"
        /*   3736 */ "json\0" "opentelemetry0.7\0" "opentelemetry1.0\0"
        /*   3775 */ "IncludeMetrics\0"
        /*   3790 */ "AdditionalStatistics\0"
        /*   3811 */ "MissingRequiredParameterException\0"
        /*   3845 */ "MissingParameter\0"
        /*   3862 */ "Running\0" "Stopped\0"
        /*   3878 */ "FailureResource\0"
        /*   3894 */ "ExceptionType\0"
        /*   3908 */ "FailureCode\0"
        /*   3920 */ "FailureDescription\0"
        /*   3939 */ "DashboardValidationMessages\0"
        /*   3967 */ "RuleDefinition\0"
        /*   3982 */ "EntityMetricData\0"
        /*   3999 */ "StrictEntityValidation\0"
        /*   4022 */ "PT3H\0"
        /*   4027 */ "ResourceConflict\0"
        /*   4044 */ "ResourceNotFoundException\0"
        /*   4070 */ "ResourceType\0"
        /*   4083 */ "ResourceId\0"
        /*   4094 */ "Schedule\0"
        /*   4103 */ "TimestampDescending\0" "TimestampAscending\0"
        /*   4142 */ "Duration\0"
        /*   4151 */ "ScheduleExpression\0"
        /*   4170 */ "StartTimeOffset\0"
        /*   4186 */ "EndTimeOffset\0"
        /*   4200 */ "QueryString\0"
        /*   4212 */ "LogGroupIdentifiers\0"
        /*   4232 */ "QueryARN\0"
        /*   4241 */ "ScheduledQueryRoleARN\0"
        /*   4263 */ "ScheduleConfiguration\0"
        /*   4285 */ "AggregationExpression\0"
        /*   4307 */ "Seconds\0" "Microseconds\0" "Milliseconds\0" "Bytes\0" "Kilobytes\0" "Megabytes\0" "Gigabytes\0" "Terabytes\0" "Bits\0" "Kilobits\0" "Megabits\0" "Gigabits\0" "Terabits\0" "Percent\0" "Count\0" "Bytes/Second\0" "Kilobytes/Second\0" "Megabytes/Second\0" "Gigabytes/Second\0" "Terabytes/Second\0" "Bits/Second\0" "Kilobits/Second\0" "Megabits/Second\0" "Gigabits/Second\0" "Terabits/Second\0" "Count/Second\0" "None\0"
        /*   4617 */ "Names\0"
        /*   4623 */ "OK\0" "ALARM\0" "INSUFFICIENT_DATA\0"
        /*   4650 */ "SampleCount\0" "Average\0" "Sum\0" "Minimum\0" "Maximum\0"
        /*   4690 */ "Complete\0" "InternalError\0" "PartialData\0" "Forbidden\0"
        /*   4735 */ "Key\0"
        /*   4739 */ "TagKeys\0"
        /*   4747 */ "AssociateDatasetKmsKey\0"
        /*   4770 */ "POST\0"
        /*   4775 */ "/\0"
        /*   4777 */ "AssociateDatasetKmsKeyResult\0"
        /*   4806 */ "DeleteAlarmMuteRule\0"
        /*   4826 */ "DeleteAlarms\0"
        /*   4839 */ "DeleteAnomalyDetector\0"
        /*   4861 */ "DeleteAnomalyDetectorResult\0"
        /*   4889 */ "DeleteDashboards\0"
        /*   4906 */ "DeleteDashboardsResult\0"
        /*   4929 */ "DeleteInsightRules\0"
        /*   4948 */ "DeleteInsightRulesResult\0"
        /*   4973 */ "DeleteMetricStream\0"
        /*   4992 */ "DeleteMetricStreamResult\0"
        /*   5017 */ "DescribeAlarmContributors\0"
        /*   5043 */ "DescribeAlarmContributorsResult\0"
        /*   5075 */ "DescribeAlarmHistory\0"
        /*   5096 */ "DescribeAlarmHistoryResult\0"
        /*   5123 */ "DescribeAlarms\0"
        /*   5138 */ "DescribeAlarmsResult\0"
        /*   5159 */ "DescribeAlarmsForMetric\0"
        /*   5183 */ "DescribeAlarmsForMetricResult\0"
        /*   5213 */ "DescribeAnomalyDetectors\0"
        /*   5238 */ "DescribeAnomalyDetectorsResult\0"
        /*   5269 */ "DescribeInsightRules\0"
        /*   5290 */ "DescribeInsightRulesResult\0"
        /*   5317 */ "DisableAlarmActions\0"
        /*   5337 */ "DisableInsightRules\0"
        /*   5357 */ "DisableInsightRulesResult\0"
        /*   5383 */ "DisassociateDatasetKmsKey\0"
        /*   5409 */ "DisassociateDatasetKmsKeyResult\0"
        /*   5441 */ "EnableAlarmActions\0"
        /*   5460 */ "EnableInsightRules\0"
        /*   5479 */ "EnableInsightRulesResult\0"
        /*   5504 */ "GetAlarmMuteRule\0"
        /*   5521 */ "GetAlarmMuteRuleResult\0"
        /*   5544 */ "GetDashboard\0"
        /*   5557 */ "GetDashboardResult\0"
        /*   5576 */ "GetDataset\0"
        /*   5587 */ "GetDatasetResult\0"
        /*   5604 */ "GetInsightRuleReport\0"
        /*   5625 */ "GetInsightRuleReportResult\0"
        /*   5652 */ "GetMetricData\0"
        /*   5666 */ "GetMetricDataResult\0"
        /*   5686 */ "GetMetricStatistics\0"
        /*   5706 */ "GetMetricStatisticsResult\0"
        /*   5732 */ "GetMetricStream\0"
        /*   5748 */ "GetMetricStreamResult\0"
        /*   5770 */ "GetMetricWidgetImage\0"
        /*   5791 */ "GetMetricWidgetImageResult\0"
        /*   5818 */ "GetOTelEnrichment\0"
        /*   5836 */ "GetOTelEnrichmentResult\0"
        /*   5860 */ "ListAlarmMuteRules\0"
        /*   5879 */ "ListAlarmMuteRulesResult\0"
        /*   5904 */ "ListDashboards\0"
        /*   5919 */ "ListDashboardsResult\0"
        /*   5940 */ "ListManagedInsightRules\0"
        /*   5964 */ "ListManagedInsightRulesResult\0"
        /*   5994 */ "ListMetricStreams\0"
        /*   6012 */ "ListMetricStreamsResult\0"
        /*   6036 */ "ListMetrics\0"
        /*   6048 */ "ListMetricsResult\0"
        /*   6066 */ "ListTagsForResource\0"
        /*   6086 */ "ListTagsForResourceResult\0"
        /*   6112 */ "PutAlarmMuteRule\0"
        /*   6129 */ "PutAnomalyDetector\0"
        /*   6148 */ "PutAnomalyDetectorResult\0"
        /*   6173 */ "PutCompositeAlarm\0"
        /*   6191 */ "PutDashboard\0"
        /*   6204 */ "PutDashboardResult\0"
        /*   6223 */ "PutInsightRule\0"
        /*   6238 */ "PutInsightRuleResult\0"
        /*   6259 */ "PutLogAlarm\0"
        /*   6271 */ "PutManagedInsightRules\0"
        /*   6294 */ "PutManagedInsightRulesResult\0"
        /*   6323 */ "PutMetricAlarm\0"
        /*   6338 */ "PutMetricData\0"
        /*   6352 */ "PutMetricStream\0"
        /*   6368 */ "PutMetricStreamResult\0"
        /*   6390 */ "SetAlarmState\0"
        /*   6404 */ "StartMetricStreams\0"
        /*   6423 */ "StartMetricStreamsResult\0"
        /*   6448 */ "StartOTelEnrichment\0"
        /*   6468 */ "StartOTelEnrichmentResult\0"
        /*   6494 */ "StopMetricStreams\0"
        /*   6512 */ "StopMetricStreamsResult\0"
        /*   6536 */ "StopOTelEnrichment\0"
        /*   6555 */ "StopOTelEnrichmentResult\0"
        /*   6580 */ "TagResource\0"
        /*   6592 */ "TagResourceResult\0"
        /*   6610 */ "UntagResource\0"
        /*   6624 */ "UntagResourceResult\0"
        /*   6644 */ "cloudwatch\0"
        /*   6655 */ "CloudWatch\0"
        /*   6666 */ "Amazon CloudWatch\0"
        /*   6684 */ "2010-08-01\0"
        /*   6695 */ "monitoring\0"
        /*   6706 */ "GraniteServiceVersion20100801\0"
        /*   6736 */ "1.0\0"
        /*   6740 */ "http://monitoring.amazonaws.com/doc/2010-08-01/\0"
        /*   6788 */ "CLOUDWATCH",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AccountId\0"
        /*     10 */ "ActionLogLineCount\0"
        /*     29 */ "ActionLogLineRoleArn\0"
        /*     50 */ "ActionPrefix\0"
        /*     63 */ "ActionsEnabled\0"
        /*     78 */ "ActionsSuppressedBy\0"
        /*     98 */ "ActionsSuppressedReason\0"
        /*    122 */ "AggregationExpression\0"
        /*    144 */ "AlarmArn\0"
        /*    153 */ "AlarmContributor\0"
        /*    170 */ "AlarmContributors\0"
        /*    188 */ "AlarmDescription\0"
        /*    205 */ "AlarmHistoryItem\0"
        /*    222 */ "AlarmHistoryItems\0"
        /*    240 */ "AlarmMuteRuleStatus\0"
        /*    260 */ "AlarmMuteRuleStatuses\0"
        /*    282 */ "AlarmMuteRuleSummaries\0"
        /*    305 */ "AlarmMuteRuleSummary\0"
        /*    326 */ "AlarmName\0"
        /*    336 */ "AlarmNamePrefix\0"
        /*    352 */ "AlarmNames\0"
        /*    363 */ "AlarmPromQLCriteria\0"
        /*    383 */ "AlarmRule\0"
        /*    393 */ "AlarmType\0"
        /*    403 */ "AlarmTypes\0"
        /*    414 */ "AmazonResourceName\0"
        /*    433 */ "AnomalyDetector\0"
        /*    449 */ "AnomalyDetectorConfiguration\0"
        /*    478 */ "AnomalyDetectorExcludedTimeRanges\0"
        /*    512 */ "AnomalyDetectorId\0"
        /*    530 */ "AnomalyDetectorIds\0"
        /*    549 */ "AnomalyDetectorMetricStat\0"
        /*    575 */ "AnomalyDetectorMetricTimezone\0"
        /*    605 */ "AnomalyDetectorStateValue\0"
        /*    631 */ "AnomalyDetectorType\0"
        /*    651 */ "AnomalyDetectorTypes\0"
        /*    672 */ "AnomalyDetectors\0"
        /*    689 */ "Arn\0"
        /*    693 */ "AssociateDatasetKmsKeyInput\0"
        /*    721 */ "AssociateDatasetKmsKeyOutput\0"
        /*    750 */ "AttributeName\0"
        /*    764 */ "AttributeValue\0"
        /*    779 */ "AwsQueryErrorMessage\0"
        /*    800 */ "BatchFailures\0"
        /*    814 */ "ComparisonOperator\0"
        /*    833 */ "CompositeAlarm\0"
        /*    848 */ "CompositeAlarms\0"
        /*    864 */ "ContributorAttributes\0"
        /*    886 */ "ContributorId\0"
        /*    900 */ "Counts\0"
        /*    907 */ "DashboardArn\0"
        /*    920 */ "DashboardBody\0"
        /*    934 */ "DashboardEntries\0"
        /*    951 */ "DashboardEntry\0"
        /*    966 */ "DashboardErrorMessage\0"
        /*    988 */ "DashboardName\0"
        /*   1002 */ "DashboardNamePrefix\0"
        /*   1022 */ "DashboardNames\0"
        /*   1037 */ "DashboardValidationMessage\0"
        /*   1064 */ "DashboardValidationMessages\0"
        /*   1092 */ "DataPath\0"
        /*   1101 */ "Datapoint\0"
        /*   1111 */ "DatapointValue\0"
        /*   1126 */ "DatapointValueMap\0"
        /*   1144 */ "DatapointValues\0"
        /*   1160 */ "Datapoints\0"
        /*   1171 */ "DatapointsToAlarm\0"
        /*   1189 */ "DatasetArn\0"
        /*   1200 */ "DatasetId\0"
        /*   1210 */ "DatasetIdentifier\0"
        /*   1228 */ "DeleteAlarmMuteRuleInput\0"
        /*   1253 */ "DeleteAlarmsInput\0"
        /*   1271 */ "DeleteAnomalyDetectorInput\0"
        /*   1298 */ "DeleteAnomalyDetectorOutput\0"
        /*   1326 */ "DeleteDashboardsInput\0"
        /*   1348 */ "DeleteDashboardsOutput\0"
        /*   1371 */ "DeleteInsightRulesInput\0"
        /*   1395 */ "DeleteInsightRulesOutput\0"
        /*   1420 */ "DeleteMetricStreamInput\0"
        /*   1444 */ "DeleteMetricStreamOutput\0"
        /*   1469 */ "DescribeAlarmContributorsInput\0"
        /*   1500 */ "DescribeAlarmContributorsOutput\0"
        /*   1532 */ "DescribeAlarmHistoryInput\0"
        /*   1558 */ "DescribeAlarmHistoryOutput\0"
        /*   1585 */ "DescribeAlarmsForMetricInput\0"
        /*   1614 */ "DescribeAlarmsForMetricOutput\0"
        /*   1644 */ "DescribeAlarmsInput\0"
        /*   1664 */ "DescribeAlarmsOutput\0"
        /*   1685 */ "DescribeAnomalyDetectorsInput\0"
        /*   1715 */ "DescribeAnomalyDetectorsOutput\0"
        /*   1746 */ "DescribeInsightRulesInput\0"
        /*   1772 */ "DescribeInsightRulesOutput\0"
        /*   1799 */ "Dimension\0"
        /*   1809 */ "DimensionFilter\0"
        /*   1825 */ "DimensionFilters\0"
        /*   1842 */ "DimensionName\0"
        /*   1856 */ "DimensionValue\0"
        /*   1871 */ "Dimensions\0"
        /*   1882 */ "DisableAlarmActionsInput\0"
        /*   1907 */ "DisableInsightRulesInput\0"
        /*   1932 */ "DisableInsightRulesOutput\0"
        /*   1958 */ "DisassociateDatasetKmsKeyInput\0"
        /*   1989 */ "DisassociateDatasetKmsKeyOutput\0"
        /*   2021 */ "Duration\0"
        /*   2030 */ "EnableAlarmActionsInput\0"
        /*   2054 */ "EnableInsightRulesInput\0"
        /*   2078 */ "EnableInsightRulesOutput\0"
        /*   2103 */ "EndTimeOffset\0"
        /*   2117 */ "Entity\0"
        /*   2124 */ "EntityAttributesMap\0"
        /*   2144 */ "EntityAttributesMapKeyString\0"
        /*   2173 */ "EntityAttributesMapValueString\0"
        /*   2204 */ "EntityKeyAttributesMap\0"
        /*   2227 */ "EntityKeyAttributesMapKeyString\0"
        /*   2259 */ "EntityKeyAttributesMapValueString\0"
        /*   2293 */ "EntityMetricData\0"
        /*   2310 */ "EntityMetricDataList\0"
        /*   2331 */ "ErrorMessage\0"
        /*   2344 */ "EvaluateLowSampleCountPercentile\0"
        /*   2377 */ "EvaluationCriteria\0"
        /*   2396 */ "EvaluationInterval\0"
        /*   2415 */ "EvaluationPeriods\0"
        /*   2433 */ "EvaluationState\0"
        /*   2449 */ "EvaluationWindow\0"
        /*   2466 */ "ExceptionType\0"
        /*   2480 */ "Expression\0"
        /*   2491 */ "ExtendedStatistic\0"
        /*   2509 */ "ExtendedStatistics\0"
        /*   2528 */ "FailureCode\0"
        /*   2540 */ "FailureDescription\0"
        /*   2559 */ "FailureResource\0"
        /*   2575 */ "FaultDescription\0"
        /*   2592 */ "GetAlarmMuteRuleInput\0"
        /*   2614 */ "GetAlarmMuteRuleOutput\0"
        /*   2637 */ "GetDashboardInput\0"
        /*   2655 */ "GetDashboardOutput\0"
        /*   2674 */ "GetDatasetInput\0"
        /*   2690 */ "GetDatasetOutput\0"
        /*   2707 */ "GetInsightRuleReportInput\0"
        /*   2733 */ "GetInsightRuleReportOutput\0"
        /*   2760 */ "GetMetricDataInput\0"
        /*   2779 */ "GetMetricDataLabelTimezone\0"
        /*   2806 */ "GetMetricDataMaxDatapoints\0"
        /*   2833 */ "GetMetricDataOutput\0"
        /*   2853 */ "GetMetricStatisticsInput\0"
        /*   2878 */ "GetMetricStatisticsOutput\0"
        /*   2904 */ "GetMetricStreamInput\0"
        /*   2925 */ "GetMetricStreamOutput\0"
        /*   2947 */ "GetMetricWidgetImageInput\0"
        /*   2973 */ "GetMetricWidgetImageOutput\0"
        /*   3000 */ "GetOTelEnrichmentInput\0"
        /*   3023 */ "GetOTelEnrichmentOutput\0"
        /*   3047 */ "HistoryData\0"
        /*   3059 */ "HistoryItemType\0"
        /*   3075 */ "HistorySummary\0"
        /*   3090 */ "IncludeLinkedAccounts\0"
        /*   3112 */ "IncludeLinkedAccountsMetrics\0"
        /*   3141 */ "InsightRule\0"
        /*   3153 */ "InsightRuleAggregationStatistic\0"
        /*   3185 */ "InsightRuleContributor\0"
        /*   3208 */ "InsightRuleContributorDatapoint\0"
        /*   3240 */ "InsightRuleContributorDatapoints\0"
        /*   3273 */ "InsightRuleContributorKey\0"
        /*   3299 */ "InsightRuleContributorKeyLabel\0"
        /*   3330 */ "InsightRuleContributorKeyLabels\0"
        /*   3362 */ "InsightRuleContributorKeys\0"
        /*   3389 */ "InsightRuleContributors\0"
        /*   3413 */ "InsightRuleDefinition\0"
        /*   3435 */ "InsightRuleIsManaged\0"
        /*   3456 */ "InsightRuleMaxResults\0"
        /*   3478 */ "InsightRuleMetricDatapoint\0"
        /*   3505 */ "InsightRuleMetricDatapoints\0"
        /*   3533 */ "InsightRuleMetricList\0"
        /*   3555 */ "InsightRuleMetricName\0"
        /*   3577 */ "InsightRuleName\0"
        /*   3593 */ "InsightRuleNames\0"
        /*   3610 */ "InsightRuleOnTransformedLogs\0"
        /*   3639 */ "InsightRuleOrderBy\0"
        /*   3658 */ "InsightRuleSchema\0"
        /*   3676 */ "InsightRuleState\0"
        /*   3693 */ "InsightRuleUnboundDouble\0"
        /*   3718 */ "InsightRuleUnboundInteger\0"
        /*   3744 */ "InsightRuleUnboundLong\0"
        /*   3767 */ "InsightRules\0"
        /*   3780 */ "KmsKeyArn\0"
        /*   3790 */ "LabelOptions\0"
        /*   3803 */ "LastModified\0"
        /*   3816 */ "ListAlarmMuteRulesInput\0"
        /*   3840 */ "ListAlarmMuteRulesOutput\0"
        /*   3865 */ "ListDashboardsInput\0"
        /*   3885 */ "ListDashboardsOutput\0"
        /*   3906 */ "ListManagedInsightRulesInput\0"
        /*   3935 */ "ListManagedInsightRulesOutput\0"
        /*   3965 */ "ListMetricStreamsInput\0"
        /*   3988 */ "ListMetricStreamsMaxResults\0"
        /*   4016 */ "ListMetricStreamsOutput\0"
        /*   4040 */ "ListMetricsInput\0"
        /*   4057 */ "ListMetricsOutput\0"
        /*   4075 */ "ListTagsForResourceInput\0"
        /*   4100 */ "ListTagsForResourceOutput\0"
        /*   4126 */ "LogAlarm\0"
        /*   4135 */ "LogAlarms\0"
        /*   4145 */ "LogGroupIdentifiers\0"
        /*   4165 */ "ManagedRule\0"
        /*   4177 */ "ManagedRuleDescription\0"
        /*   4200 */ "ManagedRuleDescriptions\0"
        /*   4224 */ "ManagedRuleState\0"
        /*   4241 */ "ManagedRules\0"
        /*   4254 */ "MaxRecords\0"
        /*   4265 */ "MaxReturnedResultsCount\0"
        /*   4289 */ "Message\0"
        /*   4297 */ "MessageData\0"
        /*   4309 */ "MessageDataCode\0"
        /*   4325 */ "MessageDataValue\0"
        /*   4342 */ "Metric\0"
        /*   4349 */ "MetricAlarm\0"
        /*   4361 */ "MetricAlarms\0"
        /*   4374 */ "MetricCharacteristics\0"
        /*   4396 */ "MetricData\0"
        /*   4407 */ "MetricDataQueries\0"
        /*   4425 */ "MetricDataQuery\0"
        /*   4441 */ "MetricDataResult\0"
        /*   4458 */ "MetricDataResultMessages\0"
        /*   4483 */ "MetricDataResults\0"
        /*   4501 */ "MetricDatum\0"
        /*   4513 */ "MetricExpression\0"
        /*   4530 */ "MetricId\0"
        /*   4539 */ "MetricLabel\0"
        /*   4551 */ "MetricMathAnomalyDetector\0"
        /*   4577 */ "MetricName\0"
        /*   4588 */ "MetricStat\0"
        /*   4599 */ "MetricStreamEntries\0"
        /*   4619 */ "MetricStreamEntry\0"
        /*   4637 */ "MetricStreamFilter\0"
        /*   4656 */ "MetricStreamFilterMetricNames\0"
        /*   4686 */ "MetricStreamFilters\0"
        /*   4706 */ "MetricStreamName\0"
        /*   4723 */ "MetricStreamNames\0"
        /*   4741 */ "MetricStreamOutputFormat\0"
        /*   4766 */ "MetricStreamState\0"
        /*   4784 */ "MetricStreamStatistic\0"
        /*   4806 */ "MetricStreamStatisticsAdditionalStatistics\0"
        /*   4849 */ "MetricStreamStatisticsConfiguration\0"
        /*   4885 */ "MetricStreamStatisticsConfigurations\0"
        /*   4922 */ "MetricStreamStatisticsIncludeMetrics\0"
        /*   4959 */ "MetricStreamStatisticsMetric\0"
        /*   4988 */ "MetricWidget\0"
        /*   5001 */ "MetricWidgetImage\0"
        /*   5019 */ "Metrics\0"
        /*   5027 */ "MuteTargetAlarmNameList\0"
        /*   5051 */ "MuteTargets\0"
        /*   5063 */ "MuteType\0"
        /*   5072 */ "Name\0"
        /*   5077 */ "Namespace\0"
        /*   5087 */ "NextToken\0"
        /*   5097 */ "OTelEnrichmentStatus\0"
        /*   5118 */ "OutputFormat\0"
        /*   5131 */ "OwningAccounts\0"
        /*   5146 */ "PartialFailure\0"
        /*   5161 */ "PendingPeriod\0"
        /*   5175 */ "Period\0"
        /*   5182 */ "PeriodicSpikes\0"
        /*   5197 */ "PutAlarmMuteRuleInput\0"
        /*   5219 */ "PutAnomalyDetectorInput\0"
        /*   5243 */ "PutAnomalyDetectorOutput\0"
        /*   5268 */ "PutCompositeAlarmInput\0"
        /*   5291 */ "PutDashboardInput\0"
        /*   5309 */ "PutDashboardOutput\0"
        /*   5328 */ "PutInsightRuleInput\0"
        /*   5348 */ "PutInsightRuleOutput\0"
        /*   5369 */ "PutLogAlarmInput\0"
        /*   5386 */ "PutManagedInsightRulesInput\0"
        /*   5414 */ "PutManagedInsightRulesOutput\0"
        /*   5443 */ "PutMetricAlarmInput\0"
        /*   5463 */ "PutMetricDataInput\0"
        /*   5482 */ "PutMetricStreamInput\0"
        /*   5503 */ "PutMetricStreamOutput\0"
        /*   5525 */ "Query\0"
        /*   5531 */ "QueryResultsToAlarm\0"
        /*   5551 */ "QueryResultsToEvaluate\0"
        /*   5574 */ "QueryString\0"
        /*   5586 */ "Range\0"
        /*   5592 */ "RecentlyActive\0"
        /*   5607 */ "RecoveryPeriod\0"
        /*   5622 */ "ResourceId\0"
        /*   5633 */ "ResourceList\0"
        /*   5646 */ "ResourceName\0"
        /*   5659 */ "ResourceType\0"
        /*   5672 */ "ReturnData\0"
        /*   5683 */ "Rule\0"
        /*   5688 */ "ScanBy\0"
        /*   5695 */ "Schedule\0"
        /*   5704 */ "ScheduleConfiguration\0"
        /*   5726 */ "ScheduleExpression\0"
        /*   5745 */ "ScheduledQueryConfiguration\0"
        /*   5773 */ "SetAlarmStateInput\0"
        /*   5792 */ "SingleMetricAnomalyDetector\0"
        /*   5820 */ "Size\0"
        /*   5825 */ "SlidingWindow\0"
        /*   5839 */ "StandardUnit\0"
        /*   5852 */ "StartMetricStreamsInput\0"
        /*   5876 */ "StartMetricStreamsOutput\0"
        /*   5901 */ "StartOTelEnrichmentInput\0"
        /*   5926 */ "StartOTelEnrichmentOutput\0"
        /*   5952 */ "StartTimeOffset\0"
        /*   5968 */ "Stat\0"
        /*   5973 */ "StateReason\0"
        /*   5985 */ "StateReasonData\0"
        /*   6001 */ "StateValue\0"
        /*   6012 */ "Statistic\0"
        /*   6022 */ "StatisticSet\0"
        /*   6035 */ "Statistics\0"
        /*   6046 */ "StatusCode\0"
        /*   6057 */ "StopMetricStreamsInput\0"
        /*   6080 */ "StopMetricStreamsOutput\0"
        /*   6104 */ "StopOTelEnrichmentInput\0"
        /*   6128 */ "StopOTelEnrichmentOutput\0"
        /*   6153 */ "StorageResolution\0"
        /*   6171 */ "StrictEntityValidation\0"
        /*   6194 */ "String\0"
        /*   6201 */ "SuppressorPeriod\0"
        /*   6218 */ "Tag\0"
        /*   6222 */ "TagKey\0"
        /*   6229 */ "TagKeyList\0"
        /*   6240 */ "TagList\0"
        /*   6248 */ "TagResourceInput\0"
        /*   6265 */ "TagResourceOutput\0"
        /*   6283 */ "TagValue\0"
        /*   6292 */ "TemplateName\0"
        /*   6305 */ "Threshold\0"
        /*   6315 */ "Timestamp\0"
        /*   6325 */ "Timestamps\0"
        /*   6336 */ "Timezone\0"
        /*   6345 */ "TreatMissingData\0"
        /*   6362 */ "UntagResourceInput\0"
        /*   6381 */ "UntagResourceOutput\0"
        /*   6401 */ "Values\0"
        /*   6408 */ "WallClockWindow",
#endif
};

/* The descriptor programs use (<awsc/cloudwatch.h>): the one in the tables. */
const struct awsc_service *awsc_cloudwatch_service(void)
{
    return &T.service;
}

enum awsc_cloudwatch_actions_suppressed_by awsc_cloudwatch_actions_suppressed_by_parse(const char *value)
{
    return (enum awsc_cloudwatch_actions_suppressed_by)awsc_enum_parse(&T.strings[0], 3, value);
}

const char *awsc_cloudwatch_actions_suppressed_by_str(enum awsc_cloudwatch_actions_suppressed_by value)
{
    return awsc_enum_str(&T.strings[0], 3, (int)value);
}

enum awsc_cloudwatch_alarm_mute_rule_status awsc_cloudwatch_alarm_mute_rule_status_parse(const char *value)
{
    return (enum awsc_cloudwatch_alarm_mute_rule_status)awsc_enum_parse(&T.strings[227], 3, value);
}

const char *awsc_cloudwatch_alarm_mute_rule_status_str(enum awsc_cloudwatch_alarm_mute_rule_status value)
{
    return awsc_enum_str(&T.strings[227], 3, (int)value);
}

enum awsc_cloudwatch_alarm_type awsc_cloudwatch_alarm_type_parse(const char *value)
{
    return (enum awsc_cloudwatch_alarm_type)awsc_enum_parse(&T.strings[352], 3, value);
}

const char *awsc_cloudwatch_alarm_type_str(enum awsc_cloudwatch_alarm_type value)
{
    return awsc_enum_str(&T.strings[352], 3, (int)value);
}

enum awsc_cloudwatch_anomaly_detector_state_value awsc_cloudwatch_anomaly_detector_state_value_parse(const char *value)
{
    return (enum awsc_cloudwatch_anomaly_detector_state_value)awsc_enum_parse(&T.strings[578], 3, value);
}

const char *awsc_cloudwatch_anomaly_detector_state_value_str(enum awsc_cloudwatch_anomaly_detector_state_value value)
{
    return awsc_enum_str(&T.strings[578], 3, (int)value);
}

enum awsc_cloudwatch_anomaly_detector_type awsc_cloudwatch_anomaly_detector_type_parse(const char *value)
{
    return (enum awsc_cloudwatch_anomaly_detector_type)awsc_enum_parse(&T.strings[629], 2, value);
}

const char *awsc_cloudwatch_anomaly_detector_type_str(enum awsc_cloudwatch_anomaly_detector_type value)
{
    return awsc_enum_str(&T.strings[629], 2, (int)value);
}

enum awsc_cloudwatch_comparison_operator awsc_cloudwatch_comparison_operator_parse(const char *value)
{
    return (enum awsc_cloudwatch_comparison_operator)awsc_enum_parse(&T.strings[683], 7, value);
}

const char *awsc_cloudwatch_comparison_operator_str(enum awsc_cloudwatch_comparison_operator value)
{
    return awsc_enum_str(&T.strings[683], 7, (int)value);
}

enum awsc_cloudwatch_evaluation_state awsc_cloudwatch_evaluation_state_parse(const char *value)
{
    return (enum awsc_cloudwatch_evaluation_state)awsc_enum_parse(&T.strings[1912], 3, value);
}

const char *awsc_cloudwatch_evaluation_state_str(enum awsc_cloudwatch_evaluation_state value)
{
    return awsc_enum_str(&T.strings[1912], 3, (int)value);
}

enum awsc_cloudwatch_history_item_type awsc_cloudwatch_history_item_type_parse(const char *value)
{
    return (enum awsc_cloudwatch_history_item_type)awsc_enum_parse(&T.strings[2492], 5, value);
}

const char *awsc_cloudwatch_history_item_type_str(enum awsc_cloudwatch_history_item_type value)
{
    return awsc_enum_str(&T.strings[2492], 5, (int)value);
}

enum awsc_cloudwatch_metric_stream_output_format awsc_cloudwatch_metric_stream_output_format_parse(const char *value)
{
    return (enum awsc_cloudwatch_metric_stream_output_format)awsc_enum_parse(&T.strings[3736], 3, value);
}

const char *awsc_cloudwatch_metric_stream_output_format_str(enum awsc_cloudwatch_metric_stream_output_format value)
{
    return awsc_enum_str(&T.strings[3736], 3, (int)value);
}

enum awsc_cloudwatch_o_tel_enrichment_status awsc_cloudwatch_o_tel_enrichment_status_parse(const char *value)
{
    return (enum awsc_cloudwatch_o_tel_enrichment_status)awsc_enum_parse(&T.strings[3862], 2, value);
}

const char *awsc_cloudwatch_o_tel_enrichment_status_str(enum awsc_cloudwatch_o_tel_enrichment_status value)
{
    return awsc_enum_str(&T.strings[3862], 2, (int)value);
}

enum awsc_cloudwatch_recently_active awsc_cloudwatch_recently_active_parse(const char *value)
{
    return (enum awsc_cloudwatch_recently_active)awsc_enum_parse(&T.strings[4022], 1, value);
}

const char *awsc_cloudwatch_recently_active_str(enum awsc_cloudwatch_recently_active value)
{
    return awsc_enum_str(&T.strings[4022], 1, (int)value);
}

enum awsc_cloudwatch_scan_by awsc_cloudwatch_scan_by_parse(const char *value)
{
    return (enum awsc_cloudwatch_scan_by)awsc_enum_parse(&T.strings[4103], 2, value);
}

const char *awsc_cloudwatch_scan_by_str(enum awsc_cloudwatch_scan_by value)
{
    return awsc_enum_str(&T.strings[4103], 2, (int)value);
}

enum awsc_cloudwatch_standard_unit awsc_cloudwatch_standard_unit_parse(const char *value)
{
    return (enum awsc_cloudwatch_standard_unit)awsc_enum_parse(&T.strings[4307], 27, value);
}

const char *awsc_cloudwatch_standard_unit_str(enum awsc_cloudwatch_standard_unit value)
{
    return awsc_enum_str(&T.strings[4307], 27, (int)value);
}

enum awsc_cloudwatch_state_value awsc_cloudwatch_state_value_parse(const char *value)
{
    return (enum awsc_cloudwatch_state_value)awsc_enum_parse(&T.strings[4623], 3, value);
}

const char *awsc_cloudwatch_state_value_str(enum awsc_cloudwatch_state_value value)
{
    return awsc_enum_str(&T.strings[4623], 3, (int)value);
}

enum awsc_cloudwatch_statistic awsc_cloudwatch_statistic_parse(const char *value)
{
    return (enum awsc_cloudwatch_statistic)awsc_enum_parse(&T.strings[4650], 5, value);
}

const char *awsc_cloudwatch_statistic_str(enum awsc_cloudwatch_statistic value)
{
    return awsc_enum_str(&T.strings[4650], 5, (int)value);
}

enum awsc_cloudwatch_status_code awsc_cloudwatch_status_code_parse(const char *value)
{
    return (enum awsc_cloudwatch_status_code)awsc_enum_parse(&T.strings[4690], 4, value);
}

const char *awsc_cloudwatch_status_code_str(enum awsc_cloudwatch_status_code value)
{
    return awsc_enum_str(&T.strings[4690], 4, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
