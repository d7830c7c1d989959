/*
 * cloudwatch_shapes.c - shape descriptors of CloudWatch.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/cloudwatch.h>
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

static const struct awsc_shape s_AccountId;
static const struct awsc_shape s_ActionLogLineCount;
static const struct awsc_shape s_ActionLogLineRoleArn;
static const struct awsc_shape s_ActionPrefix;
static const struct awsc_shape s_ActionsEnabled;
static const struct awsc_shape s_ActionsSuppressedBy;
static const struct awsc_shape s_ActionsSuppressedReason;
static const struct awsc_shape s_AggregationExpression;
static const struct awsc_shape s_AlarmArn;
static const struct awsc_shape s_AlarmContributor;
static const struct awsc_shape s_AlarmContributors;
static const struct awsc_shape s_AlarmDescription;
static const struct awsc_shape s_AlarmHistoryItem;
static const struct awsc_shape s_AlarmHistoryItems;
static const struct awsc_shape s_AlarmMuteRuleStatus;
static const struct awsc_shape s_AlarmMuteRuleStatuses;
static const struct awsc_shape s_AlarmMuteRuleSummaries;
static const struct awsc_shape s_AlarmMuteRuleSummary;
static const struct awsc_shape s_AlarmName;
static const struct awsc_shape s_AlarmNamePrefix;
static const struct awsc_shape s_AlarmNames;
static const struct awsc_shape s_AlarmPromQLCriteria;
static const struct awsc_shape s_AlarmRule;
static const struct awsc_shape s_AlarmType;
static const struct awsc_shape s_AlarmTypes;
static const struct awsc_shape s_AmazonResourceName;
static const struct awsc_shape s_AnomalyDetector;
static const struct awsc_shape s_AnomalyDetectorConfiguration;
static const struct awsc_shape s_AnomalyDetectorExcludedTimeRanges;
static const struct awsc_shape s_AnomalyDetectorId;
static const struct awsc_shape s_AnomalyDetectorIds;
static const struct awsc_shape s_AnomalyDetectorMetricStat;
static const struct awsc_shape s_AnomalyDetectorMetricTimezone;
static const struct awsc_shape s_AnomalyDetectorStateValue;
static const struct awsc_shape s_AnomalyDetectorType;
static const struct awsc_shape s_AnomalyDetectorTypes;
static const struct awsc_shape s_AnomalyDetectors;
static const struct awsc_shape s_Arn;
extern const struct awsc_shape awsc__cloudwatch_AssociateDatasetKmsKeyInput;
extern const struct awsc_shape awsc__cloudwatch_AssociateDatasetKmsKeyOutput;
static const struct awsc_shape s_AttributeName;
static const struct awsc_shape s_AttributeValue;
static const struct awsc_shape s_AwsQueryErrorMessage;
static const struct awsc_shape s_BatchFailures;
static const struct awsc_shape s_ComparisonOperator;
static const struct awsc_shape s_CompositeAlarm;
static const struct awsc_shape s_CompositeAlarms;
extern const struct awsc_shape awsc__cloudwatch_ConcurrentModificationException;
extern const struct awsc_shape awsc__cloudwatch_ConflictException;
static const struct awsc_shape s_ContributorAttributes;
static const struct awsc_shape s_ContributorId;
static const struct awsc_shape s_Counts;
static const struct awsc_shape s_DashboardArn;
static const struct awsc_shape s_DashboardBody;
static const struct awsc_shape s_DashboardEntries;
static const struct awsc_shape s_DashboardEntry;
static const struct awsc_shape s_DashboardErrorMessage;
extern const struct awsc_shape awsc__cloudwatch_DashboardInvalidInputError;
static const struct awsc_shape s_DashboardName;
static const struct awsc_shape s_DashboardNamePrefix;
static const struct awsc_shape s_DashboardNames;
extern const struct awsc_shape awsc__cloudwatch_DashboardNotFoundError;
static const struct awsc_shape s_DashboardValidationMessage;
static const struct awsc_shape s_DashboardValidationMessages;
static const struct awsc_shape s_DataPath;
static const struct awsc_shape s_Datapoint;
static const struct awsc_shape s_DatapointValue;
static const struct awsc_shape s_DatapointValueMap;
static const struct awsc_shape s_DatapointValues;
static const struct awsc_shape s_Datapoints;
static const struct awsc_shape s_DatapointsToAlarm;
static const struct awsc_shape s_DatasetArn;
static const struct awsc_shape s_DatasetId;
static const struct awsc_shape s_DatasetIdentifier;
extern const struct awsc_shape awsc__cloudwatch_DeleteAlarmMuteRuleInput;
extern const struct awsc_shape awsc__cloudwatch_DeleteAlarmsInput;
extern const struct awsc_shape awsc__cloudwatch_DeleteAnomalyDetectorInput;
extern const struct awsc_shape awsc__cloudwatch_DeleteAnomalyDetectorOutput;
extern const struct awsc_shape awsc__cloudwatch_DeleteDashboardsInput;
extern const struct awsc_shape awsc__cloudwatch_DeleteDashboardsOutput;
extern const struct awsc_shape awsc__cloudwatch_DeleteInsightRulesInput;
extern const struct awsc_shape awsc__cloudwatch_DeleteInsightRulesOutput;
extern const struct awsc_shape awsc__cloudwatch_DeleteMetricStreamInput;
extern const struct awsc_shape awsc__cloudwatch_DeleteMetricStreamOutput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAlarmContributorsInput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAlarmContributorsOutput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAlarmHistoryInput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAlarmHistoryOutput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAlarmsForMetricInput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAlarmsForMetricOutput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAlarmsInput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAlarmsOutput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAnomalyDetectorsInput;
extern const struct awsc_shape awsc__cloudwatch_DescribeAnomalyDetectorsOutput;
extern const struct awsc_shape awsc__cloudwatch_DescribeInsightRulesInput;
extern const struct awsc_shape awsc__cloudwatch_DescribeInsightRulesOutput;
static const struct awsc_shape s_Dimension;
static const struct awsc_shape s_DimensionFilter;
static const struct awsc_shape s_DimensionFilters;
static const struct awsc_shape s_DimensionName;
static const struct awsc_shape s_DimensionValue;
static const struct awsc_shape s_Dimensions;
extern const struct awsc_shape awsc__cloudwatch_DisableAlarmActionsInput;
extern const struct awsc_shape awsc__cloudwatch_DisableInsightRulesInput;
extern const struct awsc_shape awsc__cloudwatch_DisableInsightRulesOutput;
extern const struct awsc_shape awsc__cloudwatch_DisassociateDatasetKmsKeyInput;
extern const struct awsc_shape awsc__cloudwatch_DisassociateDatasetKmsKeyOutput;
static const struct awsc_shape s_Duration;
extern const struct awsc_shape awsc__cloudwatch_EnableAlarmActionsInput;
extern const struct awsc_shape awsc__cloudwatch_EnableInsightRulesInput;
extern const struct awsc_shape awsc__cloudwatch_EnableInsightRulesOutput;
static const struct awsc_shape s_EndTimeOffset;
static const struct awsc_shape s_Entity;
static const struct awsc_shape s_EntityAttributesMap;
static const struct awsc_shape s_EntityAttributesMapKeyString;
static const struct awsc_shape s_EntityAttributesMapValueString;
static const struct awsc_shape s_EntityKeyAttributesMap;
static const struct awsc_shape s_EntityKeyAttributesMapKeyString;
static const struct awsc_shape s_EntityKeyAttributesMapValueString;
static const struct awsc_shape s_EntityMetricData;
static const struct awsc_shape s_EntityMetricDataList;
static const struct awsc_shape s_ErrorMessage;
static const struct awsc_shape s_EvaluateLowSampleCountPercentile;
static const struct awsc_shape s_EvaluationCriteria;
static const struct awsc_shape s_EvaluationInterval;
static const struct awsc_shape s_EvaluationPeriods;
static const struct awsc_shape s_EvaluationState;
static const struct awsc_shape s_EvaluationWindow;
static const struct awsc_shape s_ExceptionType;
static const struct awsc_shape s_Expression;
static const struct awsc_shape s_ExtendedStatistic;
static const struct awsc_shape s_ExtendedStatistics;
static const struct awsc_shape s_FailureCode;
static const struct awsc_shape s_FailureDescription;
static const struct awsc_shape s_FailureResource;
static const struct awsc_shape s_FaultDescription;
extern const struct awsc_shape awsc__cloudwatch_GetAlarmMuteRuleInput;
extern const struct awsc_shape awsc__cloudwatch_GetAlarmMuteRuleOutput;
extern const struct awsc_shape awsc__cloudwatch_GetDashboardInput;
extern const struct awsc_shape awsc__cloudwatch_GetDashboardOutput;
extern const struct awsc_shape awsc__cloudwatch_GetDatasetInput;
extern const struct awsc_shape awsc__cloudwatch_GetDatasetOutput;
extern const struct awsc_shape awsc__cloudwatch_GetInsightRuleReportInput;
extern const struct awsc_shape awsc__cloudwatch_GetInsightRuleReportOutput;
extern const struct awsc_shape awsc__cloudwatch_GetMetricDataInput;
static const struct awsc_shape s_GetMetricDataLabelTimezone;
static const struct awsc_shape s_GetMetricDataMaxDatapoints;
extern const struct awsc_shape awsc__cloudwatch_GetMetricDataOutput;
extern const struct awsc_shape awsc__cloudwatch_GetMetricStatisticsInput;
extern const struct awsc_shape awsc__cloudwatch_GetMetricStatisticsOutput;
extern const struct awsc_shape awsc__cloudwatch_GetMetricStreamInput;
extern const struct awsc_shape awsc__cloudwatch_GetMetricStreamOutput;
extern const struct awsc_shape awsc__cloudwatch_GetMetricWidgetImageInput;
extern const struct awsc_shape awsc__cloudwatch_GetMetricWidgetImageOutput;
extern const struct awsc_shape awsc__cloudwatch_GetOTelEnrichmentInput;
extern const struct awsc_shape awsc__cloudwatch_GetOTelEnrichmentOutput;
static const struct awsc_shape s_HistoryData;
static const struct awsc_shape s_HistoryItemType;
static const struct awsc_shape s_HistorySummary;
static const struct awsc_shape s_IncludeLinkedAccounts;
static const struct awsc_shape s_IncludeLinkedAccountsMetrics;
static const struct awsc_shape s_InsightRule;
static const struct awsc_shape s_InsightRuleAggregationStatistic;
static const struct awsc_shape s_InsightRuleContributor;
static const struct awsc_shape s_InsightRuleContributorDatapoint;
static const struct awsc_shape s_InsightRuleContributorDatapoints;
static const struct awsc_shape s_InsightRuleContributorKey;
static const struct awsc_shape s_InsightRuleContributorKeyLabel;
static const struct awsc_shape s_InsightRuleContributorKeyLabels;
static const struct awsc_shape s_InsightRuleContributorKeys;
static const struct awsc_shape s_InsightRuleContributors;
static const struct awsc_shape s_InsightRuleDefinition;
static const struct awsc_shape s_InsightRuleIsManaged;
static const struct awsc_shape s_InsightRuleMaxResults;
static const struct awsc_shape s_InsightRuleMetricDatapoint;
static const struct awsc_shape s_InsightRuleMetricDatapoints;
static const struct awsc_shape s_InsightRuleMetricList;
static const struct awsc_shape s_InsightRuleMetricName;
static const struct awsc_shape s_InsightRuleName;
static const struct awsc_shape s_InsightRuleNames;
static const struct awsc_shape s_InsightRuleOnTransformedLogs;
static const struct awsc_shape s_InsightRuleOrderBy;
static const struct awsc_shape s_InsightRuleSchema;
static const struct awsc_shape s_InsightRuleState;
static const struct awsc_shape s_InsightRuleUnboundDouble;
static const struct awsc_shape s_InsightRuleUnboundInteger;
static const struct awsc_shape s_InsightRuleUnboundLong;
static const struct awsc_shape s_InsightRules;
extern const struct awsc_shape awsc__cloudwatch_InternalServiceFault;
extern const struct awsc_shape awsc__cloudwatch_InvalidFormatFault;
extern const struct awsc_shape awsc__cloudwatch_InvalidNextToken;
extern const struct awsc_shape awsc__cloudwatch_InvalidParameterCombinationException;
extern const struct awsc_shape awsc__cloudwatch_InvalidParameterValueException;
extern const struct awsc_shape awsc__cloudwatch_KmsAccessDeniedException;
static const struct awsc_shape s_KmsKeyArn;
extern const struct awsc_shape awsc__cloudwatch_KmsKeyDisabledException;
extern const struct awsc_shape awsc__cloudwatch_KmsKeyNotFoundException;
static const struct awsc_shape s_LabelOptions;
static const struct awsc_shape s_LastModified;
extern const struct awsc_shape awsc__cloudwatch_LimitExceededException;
extern const struct awsc_shape awsc__cloudwatch_LimitExceededFault;
extern const struct awsc_shape awsc__cloudwatch_ListAlarmMuteRulesInput;
extern const struct awsc_shape awsc__cloudwatch_ListAlarmMuteRulesOutput;
extern const struct awsc_shape awsc__cloudwatch_ListDashboardsInput;
extern const struct awsc_shape awsc__cloudwatch_ListDashboardsOutput;
extern const struct awsc_shape awsc__cloudwatch_ListManagedInsightRulesInput;
extern const struct awsc_shape awsc__cloudwatch_ListManagedInsightRulesOutput;
extern const struct awsc_shape awsc__cloudwatch_ListMetricStreamsInput;
static const struct awsc_shape s_ListMetricStreamsMaxResults;
extern const struct awsc_shape awsc__cloudwatch_ListMetricStreamsOutput;
extern const struct awsc_shape awsc__cloudwatch_ListMetricsInput;
extern const struct awsc_shape awsc__cloudwatch_ListMetricsOutput;
extern const struct awsc_shape awsc__cloudwatch_ListTagsForResourceInput;
extern const struct awsc_shape awsc__cloudwatch_ListTagsForResourceOutput;
static const struct awsc_shape s_LogAlarm;
static const struct awsc_shape s_LogAlarms;
static const struct awsc_shape s_LogGroupIdentifiers;
static const struct awsc_shape s_ManagedRule;
static const struct awsc_shape s_ManagedRuleDescription;
static const struct awsc_shape s_ManagedRuleDescriptions;
static const struct awsc_shape s_ManagedRuleState;
static const struct awsc_shape s_ManagedRules;
static const struct awsc_shape s_MaxRecords;
static const struct awsc_shape s_MaxReturnedResultsCount;
static const struct awsc_shape s_Message;
static const struct awsc_shape s_MessageData;
static const struct awsc_shape s_MessageDataCode;
static const struct awsc_shape s_MessageDataValue;
static const struct awsc_shape s_Metric;
static const struct awsc_shape s_MetricAlarm;
static const struct awsc_shape s_MetricAlarms;
static const struct awsc_shape s_MetricCharacteristics;
static const struct awsc_shape s_MetricData;
static const struct awsc_shape s_MetricDataQueries;
static const struct awsc_shape s_MetricDataQuery;
static const struct awsc_shape s_MetricDataResult;
static const struct awsc_shape s_MetricDataResultMessages;
static const struct awsc_shape s_MetricDataResults;
static const struct awsc_shape s_MetricDatum;
static const struct awsc_shape s_MetricExpression;
static const struct awsc_shape s_MetricId;
static const struct awsc_shape s_MetricLabel;
static const struct awsc_shape s_MetricMathAnomalyDetector;
static const struct awsc_shape s_MetricName;
static const struct awsc_shape s_MetricStat;
static const struct awsc_shape s_MetricStreamEntries;
static const struct awsc_shape s_MetricStreamEntry;
static const struct awsc_shape s_MetricStreamFilter;
static const struct awsc_shape s_MetricStreamFilterMetricNames;
static const struct awsc_shape s_MetricStreamFilters;
static const struct awsc_shape s_MetricStreamName;
static const struct awsc_shape s_MetricStreamNames;
static const struct awsc_shape s_MetricStreamOutputFormat;
static const struct awsc_shape s_MetricStreamState;
static const struct awsc_shape s_MetricStreamStatistic;
static const struct awsc_shape s_MetricStreamStatisticsAdditionalStatistics;
static const struct awsc_shape s_MetricStreamStatisticsConfiguration;
static const struct awsc_shape s_MetricStreamStatisticsConfigurations;
static const struct awsc_shape s_MetricStreamStatisticsIncludeMetrics;
static const struct awsc_shape s_MetricStreamStatisticsMetric;
static const struct awsc_shape s_MetricWidget;
static const struct awsc_shape s_MetricWidgetImage;
static const struct awsc_shape s_Metrics;
extern const struct awsc_shape awsc__cloudwatch_MissingRequiredParameterException;
static const struct awsc_shape s_MuteTargetAlarmNameList;
static const struct awsc_shape s_MuteTargets;
static const struct awsc_shape s_MuteType;
static const struct awsc_shape s_Name;
static const struct awsc_shape s_Namespace;
static const struct awsc_shape s_NextToken;
static const struct awsc_shape s_OTelEnrichmentStatus;
static const struct awsc_shape s_OutputFormat;
static const struct awsc_shape s_OwningAccounts;
static const struct awsc_shape s_PartialFailure;
static const struct awsc_shape s_PendingPeriod;
static const struct awsc_shape s_Period;
static const struct awsc_shape s_PeriodicSpikes;
extern const struct awsc_shape awsc__cloudwatch_PutAlarmMuteRuleInput;
extern const struct awsc_shape awsc__cloudwatch_PutAnomalyDetectorInput;
extern const struct awsc_shape awsc__cloudwatch_PutAnomalyDetectorOutput;
extern const struct awsc_shape awsc__cloudwatch_PutCompositeAlarmInput;
extern const struct awsc_shape awsc__cloudwatch_PutDashboardInput;
extern const struct awsc_shape awsc__cloudwatch_PutDashboardOutput;
extern const struct awsc_shape awsc__cloudwatch_PutInsightRuleInput;
extern const struct awsc_shape awsc__cloudwatch_PutInsightRuleOutput;
extern const struct awsc_shape awsc__cloudwatch_PutLogAlarmInput;
extern const struct awsc_shape awsc__cloudwatch_PutManagedInsightRulesInput;
extern const struct awsc_shape awsc__cloudwatch_PutManagedInsightRulesOutput;
extern const struct awsc_shape awsc__cloudwatch_PutMetricAlarmInput;
extern const struct awsc_shape awsc__cloudwatch_PutMetricDataInput;
extern const struct awsc_shape awsc__cloudwatch_PutMetricStreamInput;
extern const struct awsc_shape awsc__cloudwatch_PutMetricStreamOutput;
static const struct awsc_shape s_Query;
static const struct awsc_shape s_QueryResultsToAlarm;
static const struct awsc_shape s_QueryResultsToEvaluate;
static const struct awsc_shape s_QueryString;
static const struct awsc_shape s_Range;
static const struct awsc_shape s_RecentlyActive;
static const struct awsc_shape s_RecoveryPeriod;
extern const struct awsc_shape awsc__cloudwatch_ResourceConflict;
static const struct awsc_shape s_ResourceId;
static const struct awsc_shape s_ResourceList;
static const struct awsc_shape s_ResourceName;
extern const struct awsc_shape awsc__cloudwatch_ResourceNotFound;
extern const struct awsc_shape awsc__cloudwatch_ResourceNotFoundException;
static const struct awsc_shape s_ResourceType;
static const struct awsc_shape s_ReturnData;
static const struct awsc_shape s_Rule;
static const struct awsc_shape s_ScanBy;
static const struct awsc_shape s_Schedule;
static const struct awsc_shape s_ScheduleConfiguration;
static const struct awsc_shape s_ScheduleExpression;
static const struct awsc_shape s_ScheduledQueryConfiguration;
extern const struct awsc_shape awsc__cloudwatch_SetAlarmStateInput;
static const struct awsc_shape s_SingleMetricAnomalyDetector;
static const struct awsc_shape s_Size;
static const struct awsc_shape s_SlidingWindow;
static const struct awsc_shape s_StandardUnit;
extern const struct awsc_shape awsc__cloudwatch_StartMetricStreamsInput;
extern const struct awsc_shape awsc__cloudwatch_StartMetricStreamsOutput;
extern const struct awsc_shape awsc__cloudwatch_StartOTelEnrichmentInput;
extern const struct awsc_shape awsc__cloudwatch_StartOTelEnrichmentOutput;
static const struct awsc_shape s_StartTimeOffset;
static const struct awsc_shape s_Stat;
static const struct awsc_shape s_StateReason;
static const struct awsc_shape s_StateReasonData;
static const struct awsc_shape s_StateValue;
static const struct awsc_shape s_Statistic;
static const struct awsc_shape s_StatisticSet;
static const struct awsc_shape s_Statistics;
static const struct awsc_shape s_StatusCode;
extern const struct awsc_shape awsc__cloudwatch_StopMetricStreamsInput;
extern const struct awsc_shape awsc__cloudwatch_StopMetricStreamsOutput;
extern const struct awsc_shape awsc__cloudwatch_StopOTelEnrichmentInput;
extern const struct awsc_shape awsc__cloudwatch_StopOTelEnrichmentOutput;
static const struct awsc_shape s_StorageResolution;
static const struct awsc_shape s_StrictEntityValidation;
static const struct awsc_shape s_String;
static const struct awsc_shape s_SuppressorPeriod;
static const struct awsc_shape s_Tag;
static const struct awsc_shape s_TagKey;
static const struct awsc_shape s_TagKeyList;
static const struct awsc_shape s_TagList;
extern const struct awsc_shape awsc__cloudwatch_TagResourceInput;
extern const struct awsc_shape awsc__cloudwatch_TagResourceOutput;
static const struct awsc_shape s_TagValue;
static const struct awsc_shape s_TemplateName;
static const struct awsc_shape s_Threshold;
static const struct awsc_shape s_Timestamp;
static const struct awsc_shape s_Timestamps;
static const struct awsc_shape s_Timezone;
static const struct awsc_shape s_TreatMissingData;
extern const struct awsc_shape awsc__cloudwatch_UntagResourceInput;
extern const struct awsc_shape awsc__cloudwatch_UntagResourceOutput;
static const struct awsc_shape s_Values;
static const struct awsc_shape s_WallClockWindow;

/* one after the other, each ending with its NUL */
static const char s_ActionsSuppressedBy_values[] =
    "WaitPeriod\0"
    "ExtensionPeriod\0"
    "Alarm\0";

enum awsc_cloudwatch_actions_suppressed_by awsc_cloudwatch_actions_suppressed_by_parse(const char *value)
{
    return (enum awsc_cloudwatch_actions_suppressed_by)awsc_enum_parse(s_ActionsSuppressedBy_values, 3, value);
}

const char *awsc_cloudwatch_actions_suppressed_by_str(enum awsc_cloudwatch_actions_suppressed_by value)
{
    return awsc_enum_str(s_ActionsSuppressedBy_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AlarmMuteRuleStatus_values[] =
    "SCHEDULED\0"
    "ACTIVE\0"
    "EXPIRED\0";

enum awsc_cloudwatch_alarm_mute_rule_status awsc_cloudwatch_alarm_mute_rule_status_parse(const char *value)
{
    return (enum awsc_cloudwatch_alarm_mute_rule_status)awsc_enum_parse(s_AlarmMuteRuleStatus_values, 3, value);
}

const char *awsc_cloudwatch_alarm_mute_rule_status_str(enum awsc_cloudwatch_alarm_mute_rule_status value)
{
    return awsc_enum_str(s_AlarmMuteRuleStatus_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AlarmType_values[] =
    "CompositeAlarm\0"
    "MetricAlarm\0"
    "LogAlarm\0";

enum awsc_cloudwatch_alarm_type awsc_cloudwatch_alarm_type_parse(const char *value)
{
    return (enum awsc_cloudwatch_alarm_type)awsc_enum_parse(s_AlarmType_values, 3, value);
}

const char *awsc_cloudwatch_alarm_type_str(enum awsc_cloudwatch_alarm_type value)
{
    return awsc_enum_str(s_AlarmType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AnomalyDetectorStateValue_values[] =
    "PENDING_TRAINING\0"
    "TRAINED_INSUFFICIENT_DATA\0"
    "TRAINED\0";

enum awsc_cloudwatch_anomaly_detector_state_value awsc_cloudwatch_anomaly_detector_state_value_parse(const char *value)
{
    return (enum awsc_cloudwatch_anomaly_detector_state_value)awsc_enum_parse(s_AnomalyDetectorStateValue_values, 3, value);
}

const char *awsc_cloudwatch_anomaly_detector_state_value_str(enum awsc_cloudwatch_anomaly_detector_state_value value)
{
    return awsc_enum_str(s_AnomalyDetectorStateValue_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AnomalyDetectorType_values[] =
    "SINGLE_METRIC\0"
    "METRIC_MATH\0";

enum awsc_cloudwatch_anomaly_detector_type awsc_cloudwatch_anomaly_detector_type_parse(const char *value)
{
    return (enum awsc_cloudwatch_anomaly_detector_type)awsc_enum_parse(s_AnomalyDetectorType_values, 2, value);
}

const char *awsc_cloudwatch_anomaly_detector_type_str(enum awsc_cloudwatch_anomaly_detector_type value)
{
    return awsc_enum_str(s_AnomalyDetectorType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ComparisonOperator_values[] =
    "GreaterThanOrEqualToThreshold\0"
    "GreaterThanThreshold\0"
    "LessThanThreshold\0"
    "LessThanOrEqualToThreshold\0"
    "LessThanLowerOrGreaterThanUpperThreshold\0"
    "LessThanLowerThreshold\0"
    "GreaterThanUpperThreshold\0";

enum awsc_cloudwatch_comparison_operator awsc_cloudwatch_comparison_operator_parse(const char *value)
{
    return (enum awsc_cloudwatch_comparison_operator)awsc_enum_parse(s_ComparisonOperator_values, 7, value);
}

const char *awsc_cloudwatch_comparison_operator_str(enum awsc_cloudwatch_comparison_operator value)
{
    return awsc_enum_str(s_ComparisonOperator_values, 7, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EvaluationState_values[] =
    "PARTIAL_DATA\0"
    "EVALUATION_FAILURE\0"
    "EVALUATION_ERROR\0";

enum awsc_cloudwatch_evaluation_state awsc_cloudwatch_evaluation_state_parse(const char *value)
{
    return (enum awsc_cloudwatch_evaluation_state)awsc_enum_parse(s_EvaluationState_values, 3, value);
}

const char *awsc_cloudwatch_evaluation_state_str(enum awsc_cloudwatch_evaluation_state value)
{
    return awsc_enum_str(s_EvaluationState_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_HistoryItemType_values[] =
    "ConfigurationUpdate\0"
    "StateUpdate\0"
    "Action\0"
    "AlarmContributorStateUpdate\0"
    "AlarmContributorAction\0";

enum awsc_cloudwatch_history_item_type awsc_cloudwatch_history_item_type_parse(const char *value)
{
    return (enum awsc_cloudwatch_history_item_type)awsc_enum_parse(s_HistoryItemType_values, 5, value);
}

const char *awsc_cloudwatch_history_item_type_str(enum awsc_cloudwatch_history_item_type value)
{
    return awsc_enum_str(s_HistoryItemType_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MetricStreamOutputFormat_values[] =
    "json\0"
    "opentelemetry0.7\0"
    "opentelemetry1.0\0";

enum awsc_cloudwatch_metric_stream_output_format awsc_cloudwatch_metric_stream_output_format_parse(const char *value)
{
    return (enum awsc_cloudwatch_metric_stream_output_format)awsc_enum_parse(s_MetricStreamOutputFormat_values, 3, value);
}

const char *awsc_cloudwatch_metric_stream_output_format_str(enum awsc_cloudwatch_metric_stream_output_format value)
{
    return awsc_enum_str(s_MetricStreamOutputFormat_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_OTelEnrichmentStatus_values[] =
    "Running\0"
    "Stopped\0";

enum awsc_cloudwatch_o_tel_enrichment_status awsc_cloudwatch_o_tel_enrichment_status_parse(const char *value)
{
    return (enum awsc_cloudwatch_o_tel_enrichment_status)awsc_enum_parse(s_OTelEnrichmentStatus_values, 2, value);
}

const char *awsc_cloudwatch_o_tel_enrichment_status_str(enum awsc_cloudwatch_o_tel_enrichment_status value)
{
    return awsc_enum_str(s_OTelEnrichmentStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_RecentlyActive_values[] =
    "PT3H\0";

enum awsc_cloudwatch_recently_active awsc_cloudwatch_recently_active_parse(const char *value)
{
    return (enum awsc_cloudwatch_recently_active)awsc_enum_parse(s_RecentlyActive_values, 1, value);
}

const char *awsc_cloudwatch_recently_active_str(enum awsc_cloudwatch_recently_active value)
{
    return awsc_enum_str(s_RecentlyActive_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ScanBy_values[] =
    "TimestampDescending\0"
    "TimestampAscending\0";

enum awsc_cloudwatch_scan_by awsc_cloudwatch_scan_by_parse(const char *value)
{
    return (enum awsc_cloudwatch_scan_by)awsc_enum_parse(s_ScanBy_values, 2, value);
}

const char *awsc_cloudwatch_scan_by_str(enum awsc_cloudwatch_scan_by value)
{
    return awsc_enum_str(s_ScanBy_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StandardUnit_values[] =
    "Seconds\0"
    "Microseconds\0"
    "Milliseconds\0"
    "Bytes\0"
    "Kilobytes\0"
    "Megabytes\0"
    "Gigabytes\0"
    "Terabytes\0"
    "Bits\0"
    "Kilobits\0"
    "Megabits\0"
    "Gigabits\0"
    "Terabits\0"
    "Percent\0"
    "Count\0"
    "Bytes/Second\0"
    "Kilobytes/Second\0"
    "Megabytes/Second\0"
    "Gigabytes/Second\0"
    "Terabytes/Second\0"
    "Bits/Second\0"
    "Kilobits/Second\0"
    "Megabits/Second\0"
    "Gigabits/Second\0"
    "Terabits/Second\0"
    "Count/Second\0"
    "None\0";

enum awsc_cloudwatch_standard_unit awsc_cloudwatch_standard_unit_parse(const char *value)
{
    return (enum awsc_cloudwatch_standard_unit)awsc_enum_parse(s_StandardUnit_values, 27, value);
}

const char *awsc_cloudwatch_standard_unit_str(enum awsc_cloudwatch_standard_unit value)
{
    return awsc_enum_str(s_StandardUnit_values, 27, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StateValue_values[] =
    "OK\0"
    "ALARM\0"
    "INSUFFICIENT_DATA\0";

enum awsc_cloudwatch_state_value awsc_cloudwatch_state_value_parse(const char *value)
{
    return (enum awsc_cloudwatch_state_value)awsc_enum_parse(s_StateValue_values, 3, value);
}

const char *awsc_cloudwatch_state_value_str(enum awsc_cloudwatch_state_value value)
{
    return awsc_enum_str(s_StateValue_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Statistic_values[] =
    "SampleCount\0"
    "Average\0"
    "Sum\0"
    "Minimum\0"
    "Maximum\0";

enum awsc_cloudwatch_statistic awsc_cloudwatch_statistic_parse(const char *value)
{
    return (enum awsc_cloudwatch_statistic)awsc_enum_parse(s_Statistic_values, 5, value);
}

const char *awsc_cloudwatch_statistic_str(enum awsc_cloudwatch_statistic value)
{
    return awsc_enum_str(s_Statistic_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StatusCode_values[] =
    "Complete\0"
    "InternalError\0"
    "PartialData\0"
    "Forbidden\0";

enum awsc_cloudwatch_status_code awsc_cloudwatch_status_code_parse(const char *value)
{
    return (enum awsc_cloudwatch_status_code)awsc_enum_parse(s_StatusCode_values, 4, value);
}

const char *awsc_cloudwatch_status_code_str(enum awsc_cloudwatch_status_code value)
{
    return awsc_enum_str(s_StatusCode_values, 4, (int)value);
}

static const struct awsc_range s_AccountId_range = { true, true, 1, 255 };
static const struct awsc_range s_ActionPrefix_range = { true, true, 1, 1024 };
static const struct awsc_range s_ActionsSuppressedReason_range = { true, true, 0, 1024 };
static const struct awsc_range s_AggregationExpression_range = { true, true, 1, 2048 };
static const struct awsc_range s_AlarmArn_range = { true, true, 1, 1600 };
static const struct awsc_range s_AlarmDescription_range = { true, true, 0, 1024 };
static const struct awsc_range s_AlarmName_range = { true, true, 1, 255 };
static const struct awsc_range s_AlarmNamePrefix_range = { true, true, 1, 255 };
static const struct awsc_range s_AlarmNames_range = { false, true, 0, 100 };
static const struct awsc_range s_AlarmRule_range = { true, true, 1, 10240 };
static const struct awsc_range s_AmazonResourceName_range = { true, true, 1, 1024 };
static const struct awsc_range s_AnomalyDetectorId_range = { true, true, 1, 128 };
static const struct awsc_range s_AnomalyDetectorIds_range = { false, true, 0, 50 };
static const struct awsc_range s_AnomalyDetectorMetricStat_range = { false, true, 0, 50 };
static const struct awsc_range s_AnomalyDetectorMetricTimezone_range = { false, true, 0, 50 };
static const struct awsc_range s_AnomalyDetectorTypes_range = { false, true, 0, 2 };
static const struct awsc_range s_Arn_range = { true, true, 1, 1600 };
static const struct awsc_range s_AttributeName_range = { true, true, 1, 255 };
static const struct awsc_range s_AttributeValue_range = { true, true, 1, 1024 };
static const struct awsc_range s_ContributorAttributes_range = { true, true, 0, 150 };
static const struct awsc_range s_ContributorId_range = { true, true, 1, 16 };
static const struct awsc_range s_DatapointsToAlarm_range = { true, false, 1, 0 };
static const struct awsc_range s_DatasetArn_range = { true, true, 1, 2048 };
static const struct awsc_range s_DatasetId_range = { true, true, 7, 7 };
static const struct awsc_range s_DatasetIdentifier_range = { true, true, 1, 2048 };
static const struct awsc_range s_DimensionFilters_range = { false, true, 0, 10 };
static const struct awsc_range s_DimensionName_range = { true, true, 1, 255 };
static const struct awsc_range s_DimensionValue_range = { true, true, 1, 1024 };
static const struct awsc_range s_Dimensions_range = { false, true, 0, 30 };
static const struct awsc_range s_Duration_range = { true, true, 1, 50 };
static const struct awsc_range s_EndTimeOffset_range = { true, true, 0, 2592000 };
static const struct awsc_range s_EntityAttributesMap_range = { true, true, 0, 10 };
static const struct awsc_range s_EntityAttributesMapKeyString_range = { true, true, 1, 256 };
static const struct awsc_range s_EntityAttributesMapValueString_range = { true, true, 1, 2048 };
static const struct awsc_range s_EntityKeyAttributesMap_range = { true, true, 2, 4 };
static const struct awsc_range s_EntityKeyAttributesMapKeyString_range = { true, true, 1, 32 };
static const struct awsc_range s_EntityKeyAttributesMapValueString_range = { true, true, 1, 2048 };
static const struct awsc_range s_ErrorMessage_range = { true, true, 1, 255 };
static const struct awsc_range s_EvaluateLowSampleCountPercentile_range = { true, true, 1, 255 };
static const struct awsc_range s_EvaluationInterval_range = { true, true, 10, 3600 };
static const struct awsc_range s_EvaluationPeriods_range = { true, false, 1, 0 };
static const struct awsc_range s_Expression_range = { true, true, 1, 256 };
static const struct awsc_range s_ExtendedStatistics_range = { true, true, 1, 10 };
static const struct awsc_range s_HistoryData_range = { true, true, 1, 4095 };
static const struct awsc_range s_HistorySummary_range = { true, true, 1, 255 };
static const struct awsc_range s_InsightRuleDefinition_range = { true, true, 1, 8192 };
static const struct awsc_range s_InsightRuleMaxResults_range = { true, true, 1, 500 };
static const struct awsc_range s_InsightRuleMetricName_range = { true, true, 1, 32 };
static const struct awsc_range s_InsightRuleName_range = { true, true, 1, 128 };
static const struct awsc_range s_InsightRuleOrderBy_range = { true, true, 1, 32 };
static const struct awsc_range s_InsightRuleState_range = { true, true, 1, 32 };
static const struct awsc_range s_KmsKeyArn_range = { true, true, 20, 2048 };
static const struct awsc_range s_ListMetricStreamsMaxResults_range = { true, true, 1, 500 };
static const struct awsc_range s_LogGroupIdentifiers_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxRecords_range = { true, true, 1, 100 };
static const struct awsc_range s_MaxReturnedResultsCount_range = { true, false, 1, 0 };
static const struct awsc_range s_MetricExpression_range = { true, true, 1, 2048 };
static const struct awsc_range s_MetricId_range = { true, true, 1, 255 };
static const struct awsc_range s_MetricName_range = { true, true, 1, 255 };
static const struct awsc_range s_MetricStreamName_range = { true, true, 1, 255 };
static const struct awsc_range s_MetricStreamOutputFormat_range = { true, true, 1, 255 };
static const struct awsc_range s_MuteTargetAlarmNameList_range = { false, true, 0, 100 };
static const struct awsc_range s_Name_range = { true, true, 1, 255 };
static const struct awsc_range s_Namespace_range = { true, true, 1, 255 };
static const struct awsc_range s_PendingPeriod_range = { true, true, 0, 86400 };
static const struct awsc_range s_Period_range = { true, false, 1, 0 };
static const struct awsc_range s_Query_range = { true, true, 1, 10000 };
static const struct awsc_range s_QueryResultsToAlarm_range = { true, false, 1, 0 };
static const struct awsc_range s_QueryResultsToEvaluate_range = { true, false, 1, 0 };
static const struct awsc_range s_QueryString_range = { true, true, 0, 10000 };
static const struct awsc_range s_RecoveryPeriod_range = { true, true, 0, 86400 };
static const struct awsc_range s_ResourceList_range = { false, true, 0, 5 };
static const struct awsc_range s_ResourceName_range = { true, true, 1, 1024 };
static const struct awsc_range s_ScheduleExpression_range = { true, true, 1, 256 };
static const struct awsc_range s_StartTimeOffset_range = { true, true, 1, 2592000 };
static const struct awsc_range s_StateReason_range = { true, true, 0, 1023 };
static const struct awsc_range s_StateReasonData_range = { true, true, 0, 4000 };
static const struct awsc_range s_Statistics_range = { true, true, 1, 5 };
static const struct awsc_range s_StorageResolution_range = { true, false, 1, 0 };
static const struct awsc_range s_TagKey_range = { true, true, 1, 128 };
static const struct awsc_range s_TagValue_range = { true, true, 0, 256 };
static const struct awsc_range s_TemplateName_range = { true, true, 1, 128 };
static const struct awsc_range s_Timezone_range = { true, true, 1, 50 };
static const struct awsc_range s_TreatMissingData_range = { true, true, 1, 255 };

static const struct awsc_member s_AlarmContributor_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContributorId", &s_ContributorId, offsetof(struct awsc_cloudwatch_alarm_contributor, contributor_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorAttributes", &s_ContributorAttributes, offsetof(struct awsc_cloudwatch_alarm_contributor, contributor_attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReason", &s_StateReason, offsetof(struct awsc_cloudwatch_alarm_contributor, state_reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateTransitionedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_alarm_contributor, state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_alarm_contributor, has_state_transitioned_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AlarmContributor_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member s_AlarmHistoryItem_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmContributorId", &s_ContributorId, offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_contributor_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmType", &s_AlarmType, offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_alarm_history_item, timestamp), offsetof(struct awsc_cloudwatch_alarm_history_item, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HistoryItemType", &s_HistoryItemType, offsetof(struct awsc_cloudwatch_alarm_history_item, history_item_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HistorySummary", &s_HistorySummary, offsetof(struct awsc_cloudwatch_alarm_history_item, history_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HistoryData", &s_HistoryData, offsetof(struct awsc_cloudwatch_alarm_history_item, history_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmContributorAttributes", &s_ContributorAttributes, offsetof(struct awsc_cloudwatch_alarm_history_item, alarm_contributor_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AlarmHistoryItem_by_wire_name[] = { 7, 1, 0, 2, 6, 4, 5, 3 };

static const struct awsc_member s_AlarmMuteRuleSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmMuteRuleArn", &s_Arn, offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, alarm_mute_rule_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpireDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, expire_date), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, has_expire_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_AlarmMuteRuleStatus, offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MuteType", &s_MuteType, offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, mute_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, last_updated_timestamp), offsetof(struct awsc_cloudwatch_alarm_mute_rule_summary, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AlarmMuteRuleSummary_by_wire_name[] = { 0, 1, 4, 3, 2 };

static const struct awsc_member s_AlarmPromQLCriteria_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Query", &s_Query, offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, query), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PendingPeriod", &s_PendingPeriod, offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, pending_period), offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, has_pending_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RecoveryPeriod", &s_RecoveryPeriod, offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, recovery_period), offsetof(struct awsc_cloudwatch_alarm_prom_ql_criteria, has_recovery_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AlarmPromQLCriteria_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_AnomalyDetector_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AnomalyDetectorId", &s_AnomalyDetectorId, offsetof(struct awsc_cloudwatch_anomaly_detector, anomaly_detector_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_anomaly_detector, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_anomaly_detector, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_anomaly_detector, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Stat", &s_AnomalyDetectorMetricStat, offsetof(struct awsc_cloudwatch_anomaly_detector, stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Configuration", &s_AnomalyDetectorConfiguration, offsetof(struct awsc_cloudwatch_anomaly_detector, configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateValue", &s_AnomalyDetectorStateValue, offsetof(struct awsc_cloudwatch_anomaly_detector, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricCharacteristics", &s_MetricCharacteristics, offsetof(struct awsc_cloudwatch_anomaly_detector, metric_characteristics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SingleMetricAnomalyDetector", &s_SingleMetricAnomalyDetector, offsetof(struct awsc_cloudwatch_anomaly_detector, single_metric_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricMathAnomalyDetector", &s_MetricMathAnomalyDetector, offsetof(struct awsc_cloudwatch_anomaly_detector, metric_math_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnomalyDetector_by_wire_name[] = { 0, 5, 3, 7, 9, 2, 1, 8, 4, 6 };

static const struct awsc_member s_AnomalyDetectorConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExcludedTimeRanges", &s_AnomalyDetectorExcludedTimeRanges, offsetof(struct awsc_cloudwatch_anomaly_detector_configuration, excluded_time_ranges), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricTimezone", &s_AnomalyDetectorMetricTimezone, offsetof(struct awsc_cloudwatch_anomaly_detector_configuration, metric_timezone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnomalyDetectorConfiguration_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_AssociateDatasetKmsKeyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DatasetIdentifier", &s_DatasetIdentifier, offsetof(struct awsc_cloudwatch_associate_dataset_kms_key_input, dataset_identifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KmsKeyArn", &s_KmsKeyArn, offsetof(struct awsc_cloudwatch_associate_dataset_kms_key_input, kms_key_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_AssociateDatasetKmsKeyInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_CompositeAlarm_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ActionsEnabled", &s_ActionsEnabled, offsetof(struct awsc_cloudwatch_composite_alarm, actions_enabled), offsetof(struct awsc_cloudwatch_composite_alarm, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmArn", &s_AlarmArn, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmConfigurationUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_configuration_updated_timestamp), offsetof(struct awsc_cloudwatch_composite_alarm, has_alarm_configuration_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmDescription", &s_AlarmDescription, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmRule", &s_AlarmRule, offsetof(struct awsc_cloudwatch_composite_alarm, alarm_rule), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InsufficientDataActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_composite_alarm, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OKActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_composite_alarm, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReason", &s_StateReason, offsetof(struct awsc_cloudwatch_composite_alarm, state_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReasonData", &s_StateReasonData, offsetof(struct awsc_cloudwatch_composite_alarm, state_reason_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_composite_alarm, state_updated_timestamp), offsetof(struct awsc_cloudwatch_composite_alarm, has_state_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateValue", &s_StateValue, offsetof(struct awsc_cloudwatch_composite_alarm, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateTransitionedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_composite_alarm, state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_composite_alarm, has_state_transitioned_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsSuppressedBy", &s_ActionsSuppressedBy, offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressed_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsSuppressedReason", &s_ActionsSuppressedReason, offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressed_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsSuppressor", &s_AlarmArn, offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressor), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsSuppressorWaitPeriod", &s_SuppressorPeriod, offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressor_wait_period), offsetof(struct awsc_cloudwatch_composite_alarm, has_actions_suppressor_wait_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsSuppressorExtensionPeriod", &s_SuppressorPeriod, offsetof(struct awsc_cloudwatch_composite_alarm, actions_suppressor_extension_period), offsetof(struct awsc_cloudwatch_composite_alarm, has_actions_suppressor_extension_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CompositeAlarm_by_wire_name[] = { 0, 14, 15, 16, 18, 17, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 11, 12 };

static const struct awsc_member awsc__cloudwatch_ConflictException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_ErrorMessage, offsetof(struct awsc_cloudwatch_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ConflictException_by_wire_name[] = { 0 };

static const struct awsc_member s_DashboardEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardName", &s_DashboardName, offsetof(struct awsc_cloudwatch_dashboard_entry, dashboard_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DashboardArn", &s_DashboardArn, offsetof(struct awsc_cloudwatch_dashboard_entry, dashboard_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_LastModified, offsetof(struct awsc_cloudwatch_dashboard_entry, last_modified), offsetof(struct awsc_cloudwatch_dashboard_entry, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Size", &s_Size, offsetof(struct awsc_cloudwatch_dashboard_entry, size), offsetof(struct awsc_cloudwatch_dashboard_entry, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DashboardEntry_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member awsc__cloudwatch_DashboardInvalidInputError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_DashboardErrorMessage, offsetof(struct awsc_cloudwatch_dashboard_invalid_input_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"dashboardValidationMessages", &s_DashboardValidationMessages, offsetof(struct awsc_cloudwatch_dashboard_invalid_input_error, dashboard_validation_messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DashboardInvalidInputError_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__cloudwatch_DashboardNotFoundError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_DashboardErrorMessage, offsetof(struct awsc_cloudwatch_dashboard_not_found_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DashboardNotFoundError_by_wire_name[] = { 0 };

static const struct awsc_member s_DashboardValidationMessage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DataPath", &s_DataPath, offsetof(struct awsc_cloudwatch_dashboard_validation_message, data_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_Message, offsetof(struct awsc_cloudwatch_dashboard_validation_message, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DashboardValidationMessage_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Datapoint_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Timestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_datapoint, timestamp), offsetof(struct awsc_cloudwatch_datapoint, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SampleCount", &s_DatapointValue, offsetof(struct awsc_cloudwatch_datapoint, sample_count), offsetof(struct awsc_cloudwatch_datapoint, has_sample_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Average", &s_DatapointValue, offsetof(struct awsc_cloudwatch_datapoint, average), offsetof(struct awsc_cloudwatch_datapoint, has_average), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Sum", &s_DatapointValue, offsetof(struct awsc_cloudwatch_datapoint, sum), offsetof(struct awsc_cloudwatch_datapoint, has_sum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Minimum", &s_DatapointValue, offsetof(struct awsc_cloudwatch_datapoint, minimum), offsetof(struct awsc_cloudwatch_datapoint, has_minimum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Maximum", &s_DatapointValue, offsetof(struct awsc_cloudwatch_datapoint, maximum), offsetof(struct awsc_cloudwatch_datapoint, has_maximum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Unit", &s_StandardUnit, offsetof(struct awsc_cloudwatch_datapoint, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExtendedStatistics", &s_DatapointValueMap, offsetof(struct awsc_cloudwatch_datapoint, extended_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Datapoint_by_wire_name[] = { 2, 7, 5, 4, 1, 3, 0, 6 };

static const struct awsc_member awsc__cloudwatch_DeleteAlarmMuteRuleInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmMuteRuleName", &s_Name, offsetof(struct awsc_cloudwatch_delete_alarm_mute_rule_input, alarm_mute_rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DeleteAlarmMuteRuleInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DeleteAlarmsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmNames", &s_AlarmNames, offsetof(struct awsc_cloudwatch_delete_alarms_input, alarm_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DeleteAlarmsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DeleteAnomalyDetectorInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AnomalyDetectorId", &s_AnomalyDetectorId, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, anomaly_detector_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Stat", &s_AnomalyDetectorMetricStat, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SingleMetricAnomalyDetector", &s_SingleMetricAnomalyDetector, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, single_metric_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricMathAnomalyDetector", &s_MetricMathAnomalyDetector, offsetof(struct awsc_cloudwatch_delete_anomaly_detector_input, metric_math_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DeleteAnomalyDetectorInput_by_wire_name[] = { 0, 3, 6, 2, 1, 5, 4 };

static const struct awsc_member awsc__cloudwatch_DeleteDashboardsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardNames", &s_DashboardNames, offsetof(struct awsc_cloudwatch_delete_dashboards_input, dashboard_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DeleteDashboardsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DeleteInsightRulesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RuleNames", &s_InsightRuleNames, offsetof(struct awsc_cloudwatch_delete_insight_rules_input, rule_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DeleteInsightRulesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DeleteInsightRulesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Failures", &s_BatchFailures, offsetof(struct awsc_cloudwatch_delete_insight_rules_output, failures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DeleteInsightRulesOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DeleteMetricStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_MetricStreamName, offsetof(struct awsc_cloudwatch_delete_metric_stream_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DeleteMetricStreamInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DescribeAlarmContributorsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_describe_alarm_contributors_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_alarm_contributors_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAlarmContributorsInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_DescribeAlarmContributorsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmContributors", &s_AlarmContributors, offsetof(struct awsc_cloudwatch_describe_alarm_contributors_output, alarm_contributors), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_alarm_contributors_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAlarmContributorsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_DescribeAlarmHistoryInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmContributorId", &s_ContributorId, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, alarm_contributor_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmTypes", &s_AlarmTypes, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, alarm_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HistoryItemType", &s_HistoryItemType, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, history_item_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, start_date), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, has_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, end_date), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, has_end_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxRecords", &s_MaxRecords, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, max_records), offsetof(struct awsc_cloudwatch_describe_alarm_history_input, has_max_records), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScanBy", &s_ScanBy, offsetof(struct awsc_cloudwatch_describe_alarm_history_input, scan_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAlarmHistoryInput_by_wire_name[] = { 1, 0, 2, 5, 3, 6, 7, 8, 4 };

static const struct awsc_member awsc__cloudwatch_DescribeAlarmHistoryOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmHistoryItems", &s_AlarmHistoryItems, offsetof(struct awsc_cloudwatch_describe_alarm_history_output, alarm_history_items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_alarm_history_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAlarmHistoryOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_DescribeAlarmsForMetricInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, metric_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Statistic", &s_Statistic, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExtendedStatistic", &s_ExtendedStatistic, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, extended_statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Period", &s_Period, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, period), offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, has_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Unit", &s_StandardUnit, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_input, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAlarmsForMetricInput_by_wire_name[] = { 4, 3, 0, 1, 5, 2, 6 };

static const struct awsc_member awsc__cloudwatch_DescribeAlarmsForMetricOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricAlarms", &s_MetricAlarms, offsetof(struct awsc_cloudwatch_describe_alarms_for_metric_output, metric_alarms), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAlarmsForMetricOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DescribeAlarmsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmNames", &s_AlarmNames, offsetof(struct awsc_cloudwatch_describe_alarms_input, alarm_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmNamePrefix", &s_AlarmNamePrefix, offsetof(struct awsc_cloudwatch_describe_alarms_input, alarm_name_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmTypes", &s_AlarmTypes, offsetof(struct awsc_cloudwatch_describe_alarms_input, alarm_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChildrenOfAlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_describe_alarms_input, children_of_alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ParentsOfAlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_describe_alarms_input, parents_of_alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateValue", &s_StateValue, offsetof(struct awsc_cloudwatch_describe_alarms_input, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionPrefix", &s_ActionPrefix, offsetof(struct awsc_cloudwatch_describe_alarms_input, action_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxRecords", &s_MaxRecords, offsetof(struct awsc_cloudwatch_describe_alarms_input, max_records), offsetof(struct awsc_cloudwatch_describe_alarms_input, has_max_records), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_alarms_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAlarmsInput_by_wire_name[] = { 6, 1, 0, 2, 3, 7, 8, 4, 5 };

static const struct awsc_member awsc__cloudwatch_DescribeAlarmsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CompositeAlarms", &s_CompositeAlarms, offsetof(struct awsc_cloudwatch_describe_alarms_output, composite_alarms), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricAlarms", &s_MetricAlarms, offsetof(struct awsc_cloudwatch_describe_alarms_output, metric_alarms), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LogAlarms", &s_LogAlarms, offsetof(struct awsc_cloudwatch_describe_alarms_output, log_alarms), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_alarms_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAlarmsOutput_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__cloudwatch_DescribeAnomalyDetectorsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AnomalyDetectorIds", &s_AnomalyDetectorIds, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, anomaly_detector_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_MaxReturnedResultsCount, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, max_results), offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AnomalyDetectorTypes", &s_AnomalyDetectorTypes, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_input, anomaly_detector_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAnomalyDetectorsInput_by_wire_name[] = { 0, 6, 5, 2, 4, 3, 1 };

static const struct awsc_member awsc__cloudwatch_DescribeAnomalyDetectorsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AnomalyDetectors", &s_AnomalyDetectors, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_output, anomaly_detectors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_anomaly_detectors_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeAnomalyDetectorsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_DescribeInsightRulesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_insight_rules_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_InsightRuleMaxResults, offsetof(struct awsc_cloudwatch_describe_insight_rules_input, max_results), offsetof(struct awsc_cloudwatch_describe_insight_rules_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeInsightRulesInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__cloudwatch_DescribeInsightRulesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_describe_insight_rules_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InsightRules", &s_InsightRules, offsetof(struct awsc_cloudwatch_describe_insight_rules_output, insight_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DescribeInsightRulesOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Dimension_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_DimensionName, offsetof(struct awsc_cloudwatch_dimension, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_DimensionValue, offsetof(struct awsc_cloudwatch_dimension, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Dimension_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_DimensionFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_DimensionName, offsetof(struct awsc_cloudwatch_dimension_filter, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_DimensionValue, offsetof(struct awsc_cloudwatch_dimension_filter, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DimensionFilter_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_DisableAlarmActionsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmNames", &s_AlarmNames, offsetof(struct awsc_cloudwatch_disable_alarm_actions_input, alarm_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DisableAlarmActionsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DisableInsightRulesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RuleNames", &s_InsightRuleNames, offsetof(struct awsc_cloudwatch_disable_insight_rules_input, rule_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DisableInsightRulesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DisableInsightRulesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Failures", &s_BatchFailures, offsetof(struct awsc_cloudwatch_disable_insight_rules_output, failures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DisableInsightRulesOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_DisassociateDatasetKmsKeyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DatasetIdentifier", &s_DatasetIdentifier, offsetof(struct awsc_cloudwatch_disassociate_dataset_kms_key_input, dataset_identifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_DisassociateDatasetKmsKeyInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_EnableAlarmActionsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmNames", &s_AlarmNames, offsetof(struct awsc_cloudwatch_enable_alarm_actions_input, alarm_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_EnableAlarmActionsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_EnableInsightRulesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RuleNames", &s_InsightRuleNames, offsetof(struct awsc_cloudwatch_enable_insight_rules_input, rule_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_EnableInsightRulesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_EnableInsightRulesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Failures", &s_BatchFailures, offsetof(struct awsc_cloudwatch_enable_insight_rules_output, failures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_EnableInsightRulesOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_Entity_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"KeyAttributes", &s_EntityKeyAttributesMap, offsetof(struct awsc_cloudwatch_entity, key_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_EntityAttributesMap, offsetof(struct awsc_cloudwatch_entity, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Entity_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_EntityMetricData_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Entity", &s_Entity, offsetof(struct awsc_cloudwatch_entity_metric_data, entity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricData", &s_MetricData, offsetof(struct awsc_cloudwatch_entity_metric_data, metric_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EntityMetricData_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_EvaluationCriteria_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PromQLCriteria", &s_AlarmPromQLCriteria, offsetof(struct awsc_cloudwatch_evaluation_criteria, prom_ql_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EvaluationCriteria_by_wire_name[] = { 0 };

static const struct awsc_member s_EvaluationWindow_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"WallClockWindow", &s_WallClockWindow, offsetof(struct awsc_cloudwatch_evaluation_window, wall_clock_window), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SlidingWindow", &s_SlidingWindow, offsetof(struct awsc_cloudwatch_evaluation_window, sliding_window), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EvaluationWindow_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__cloudwatch_GetAlarmMuteRuleInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmMuteRuleName", &s_Name, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_input, alarm_mute_rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetAlarmMuteRuleInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_GetAlarmMuteRuleOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_Name, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmMuteRuleArn", &s_Arn, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, alarm_mute_rule_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_AlarmDescription, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Rule", &s_Rule, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, rule), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MuteTargets", &s_MuteTargets, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, mute_targets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, start_date), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, has_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpireDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, expire_date), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, has_expire_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_AlarmMuteRuleStatus, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, last_updated_timestamp), offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MuteType", &s_MuteType, offsetof(struct awsc_cloudwatch_get_alarm_mute_rule_output, mute_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetAlarmMuteRuleOutput_by_wire_name[] = { 1, 2, 6, 8, 4, 9, 0, 3, 5, 7 };

static const struct awsc_member awsc__cloudwatch_GetDashboardInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardName", &s_DashboardName, offsetof(struct awsc_cloudwatch_get_dashboard_input, dashboard_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetDashboardInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_GetDashboardOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardArn", &s_DashboardArn, offsetof(struct awsc_cloudwatch_get_dashboard_output, dashboard_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DashboardBody", &s_DashboardBody, offsetof(struct awsc_cloudwatch_get_dashboard_output, dashboard_body), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DashboardName", &s_DashboardName, offsetof(struct awsc_cloudwatch_get_dashboard_output, dashboard_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetDashboardOutput_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__cloudwatch_GetDatasetInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DatasetIdentifier", &s_DatasetIdentifier, offsetof(struct awsc_cloudwatch_get_dataset_input, dataset_identifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetDatasetInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_GetDatasetOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DatasetId", &s_DatasetId, offsetof(struct awsc_cloudwatch_get_dataset_output, dataset_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_DatasetArn, offsetof(struct awsc_cloudwatch_get_dataset_output, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KmsKeyArn", &s_KmsKeyArn, offsetof(struct awsc_cloudwatch_get_dataset_output, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetDatasetOutput_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__cloudwatch_GetInsightRuleReportInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RuleName", &s_InsightRuleName, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTime", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, start_time), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, has_start_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTime", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, end_time), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, has_end_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Period", &s_Period, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, period), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, has_period), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxContributorCount", &s_InsightRuleUnboundInteger, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, max_contributor_count), offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, has_max_contributor_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Metrics", &s_InsightRuleMetricList, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OrderBy", &s_InsightRuleOrderBy, offsetof(struct awsc_cloudwatch_get_insight_rule_report_input, order_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetInsightRuleReportInput_by_wire_name[] = { 2, 4, 5, 6, 3, 0, 1 };

static const struct awsc_member awsc__cloudwatch_GetInsightRuleReportOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"KeyLabels", &s_InsightRuleContributorKeyLabels, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, key_labels), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AggregationStatistic", &s_InsightRuleAggregationStatistic, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, aggregation_statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AggregateValue", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, aggregate_value), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, has_aggregate_value), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApproximateUniqueCount", &s_InsightRuleUnboundLong, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, approximate_unique_count), offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, has_approximate_unique_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Contributors", &s_InsightRuleContributors, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, contributors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricDatapoints", &s_InsightRuleMetricDatapoints, offsetof(struct awsc_cloudwatch_get_insight_rule_report_output, metric_datapoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetInsightRuleReportOutput_by_wire_name[] = { 2, 1, 3, 4, 0, 5 };

static const struct awsc_member awsc__cloudwatch_GetMetricDataInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricDataQueries", &s_MetricDataQueries, offsetof(struct awsc_cloudwatch_get_metric_data_input, metric_data_queries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTime", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_metric_data_input, start_time), offsetof(struct awsc_cloudwatch_get_metric_data_input, has_start_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTime", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_metric_data_input, end_time), offsetof(struct awsc_cloudwatch_get_metric_data_input, has_end_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_get_metric_data_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScanBy", &s_ScanBy, offsetof(struct awsc_cloudwatch_get_metric_data_input, scan_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxDatapoints", &s_GetMetricDataMaxDatapoints, offsetof(struct awsc_cloudwatch_get_metric_data_input, max_datapoints), offsetof(struct awsc_cloudwatch_get_metric_data_input, has_max_datapoints), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LabelOptions", &s_LabelOptions, offsetof(struct awsc_cloudwatch_get_metric_data_input, label_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetMetricDataInput_by_wire_name[] = { 2, 6, 5, 0, 3, 4, 1 };

static const struct awsc_member awsc__cloudwatch_GetMetricDataOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricDataResults", &s_MetricDataResults, offsetof(struct awsc_cloudwatch_get_metric_data_output, metric_data_results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_get_metric_data_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Messages", &s_MetricDataResultMessages, offsetof(struct awsc_cloudwatch_get_metric_data_output, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetMetricDataOutput_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__cloudwatch_GetMetricStatisticsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, metric_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTime", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, start_time), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, has_start_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTime", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, end_time), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, has_end_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Period", &s_Period, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, period), offsetof(struct awsc_cloudwatch_get_metric_statistics_input, has_period), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Statistics", &s_Statistics, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExtendedStatistics", &s_ExtendedStatistics, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, extended_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Unit", &s_StandardUnit, offsetof(struct awsc_cloudwatch_get_metric_statistics_input, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetMetricStatisticsInput_by_wire_name[] = { 2, 4, 7, 1, 0, 5, 3, 6, 8 };

static const struct awsc_member awsc__cloudwatch_GetMetricStatisticsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Label", &s_MetricLabel, offsetof(struct awsc_cloudwatch_get_metric_statistics_output, label), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Datapoints", &s_Datapoints, offsetof(struct awsc_cloudwatch_get_metric_statistics_output, datapoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetMetricStatisticsOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__cloudwatch_GetMetricStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_MetricStreamName, offsetof(struct awsc_cloudwatch_get_metric_stream_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetMetricStreamInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_GetMetricStreamOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_get_metric_stream_output, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_MetricStreamName, offsetof(struct awsc_cloudwatch_get_metric_stream_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IncludeFilters", &s_MetricStreamFilters, offsetof(struct awsc_cloudwatch_get_metric_stream_output, include_filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExcludeFilters", &s_MetricStreamFilters, offsetof(struct awsc_cloudwatch_get_metric_stream_output, exclude_filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FirehoseArn", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_get_metric_stream_output, firehose_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleArn", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_get_metric_stream_output, role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"State", &s_MetricStreamState, offsetof(struct awsc_cloudwatch_get_metric_stream_output, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreationDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_metric_stream_output, creation_date), offsetof(struct awsc_cloudwatch_get_metric_stream_output, has_creation_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_get_metric_stream_output, last_update_date), offsetof(struct awsc_cloudwatch_get_metric_stream_output, has_last_update_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OutputFormat", &s_MetricStreamOutputFormat, offsetof(struct awsc_cloudwatch_get_metric_stream_output, output_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StatisticsConfigurations", &s_MetricStreamStatisticsConfigurations, offsetof(struct awsc_cloudwatch_get_metric_stream_output, statistics_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IncludeLinkedAccountsMetrics", &s_IncludeLinkedAccountsMetrics, offsetof(struct awsc_cloudwatch_get_metric_stream_output, include_linked_accounts_metrics), offsetof(struct awsc_cloudwatch_get_metric_stream_output, has_include_linked_accounts_metrics), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetMetricStreamOutput_by_wire_name[] = { 0, 7, 3, 4, 2, 11, 8, 1, 9, 5, 6, 10 };

static const struct awsc_member awsc__cloudwatch_GetMetricWidgetImageInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricWidget", &s_MetricWidget, offsetof(struct awsc_cloudwatch_get_metric_widget_image_input, metric_widget), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OutputFormat", &s_OutputFormat, offsetof(struct awsc_cloudwatch_get_metric_widget_image_input, output_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetMetricWidgetImageInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_GetMetricWidgetImageOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricWidgetImage", &s_MetricWidgetImage, offsetof(struct awsc_cloudwatch_get_metric_widget_image_output, metric_widget_image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetMetricWidgetImageOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_GetOTelEnrichmentOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_OTelEnrichmentStatus, offsetof(struct awsc_cloudwatch_get_o_tel_enrichment_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_GetOTelEnrichmentOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_InsightRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_InsightRuleName, offsetof(struct awsc_cloudwatch_insight_rule, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"State", &s_InsightRuleState, offsetof(struct awsc_cloudwatch_insight_rule, state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Schema", &s_InsightRuleSchema, offsetof(struct awsc_cloudwatch_insight_rule, schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Definition", &s_InsightRuleDefinition, offsetof(struct awsc_cloudwatch_insight_rule, definition), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ManagedRule", &s_InsightRuleIsManaged, offsetof(struct awsc_cloudwatch_insight_rule, managed_rule), offsetof(struct awsc_cloudwatch_insight_rule, has_managed_rule), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApplyOnTransformedLogs", &s_InsightRuleOnTransformedLogs, offsetof(struct awsc_cloudwatch_insight_rule, apply_on_transformed_logs), offsetof(struct awsc_cloudwatch_insight_rule, has_apply_on_transformed_logs), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InsightRule_by_wire_name[] = { 5, 3, 4, 0, 2, 1 };

static const struct awsc_member s_InsightRuleContributor_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Keys", &s_InsightRuleContributorKeys, offsetof(struct awsc_cloudwatch_insight_rule_contributor, keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApproximateAggregateValue", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_insight_rule_contributor, approximate_aggregate_value), offsetof(struct awsc_cloudwatch_insight_rule_contributor, has_approximate_aggregate_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Datapoints", &s_InsightRuleContributorDatapoints, offsetof(struct awsc_cloudwatch_insight_rule_contributor, datapoints), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InsightRuleContributor_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_InsightRuleContributorDatapoint_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Timestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, timestamp), offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, has_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApproximateValue", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, approximate_value), offsetof(struct awsc_cloudwatch_insight_rule_contributor_datapoint, has_approximate_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InsightRuleContributorDatapoint_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_InsightRuleMetricDatapoint_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Timestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, timestamp), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UniqueContributors", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, unique_contributors), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_unique_contributors), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxContributorValue", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, max_contributor_value), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_max_contributor_value), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SampleCount", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, sample_count), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_sample_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Average", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, average), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_average), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Sum", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, sum), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_sum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Minimum", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, minimum), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_minimum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Maximum", &s_InsightRuleUnboundDouble, offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, maximum), offsetof(struct awsc_cloudwatch_insight_rule_metric_datapoint, has_maximum), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InsightRuleMetricDatapoint_by_wire_name[] = { 4, 2, 7, 6, 3, 5, 0, 1 };

static const struct awsc_member awsc__cloudwatch_InternalServiceFault_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_FaultDescription, offsetof(struct awsc_cloudwatch_internal_service_fault, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_InternalServiceFault_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_InvalidFormatFault_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_cloudwatch_invalid_format_fault, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_InvalidFormatFault_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_InvalidNextToken_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_cloudwatch_invalid_next_token, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_InvalidNextToken_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_InvalidParameterCombinationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_AwsQueryErrorMessage, offsetof(struct awsc_cloudwatch_invalid_parameter_combination_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_InvalidParameterCombinationException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_InvalidParameterValueException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_AwsQueryErrorMessage, offsetof(struct awsc_cloudwatch_invalid_parameter_value_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_InvalidParameterValueException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_KmsAccessDeniedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_String, offsetof(struct awsc_cloudwatch_kms_access_denied_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_KmsAccessDeniedException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_KmsKeyDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_String, offsetof(struct awsc_cloudwatch_kms_key_disabled_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_KmsKeyDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_KmsKeyNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_String, offsetof(struct awsc_cloudwatch_kms_key_not_found_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_KmsKeyNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_LabelOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Timezone", &s_GetMetricDataLabelTimezone, offsetof(struct awsc_cloudwatch_label_options, timezone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LabelOptions_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_LimitExceededFault_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_cloudwatch_limit_exceeded_fault, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_LimitExceededFault_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_ListAlarmMuteRulesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmName", &s_Name, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Statuses", &s_AlarmMuteRuleStatuses, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, statuses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxRecords", &s_MaxRecords, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, max_records), offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, has_max_records), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListAlarmMuteRulesInput_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__cloudwatch_ListAlarmMuteRulesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmMuteRuleSummaries", &s_AlarmMuteRuleSummaries, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_output, alarm_mute_rule_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_alarm_mute_rules_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListAlarmMuteRulesOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_ListDashboardsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardNamePrefix", &s_DashboardNamePrefix, offsetof(struct awsc_cloudwatch_list_dashboards_input, dashboard_name_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_dashboards_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListDashboardsInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_ListDashboardsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardEntries", &s_DashboardEntries, offsetof(struct awsc_cloudwatch_list_dashboards_output, dashboard_entries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_dashboards_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListDashboardsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_ListManagedInsightRulesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceARN", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_InsightRuleMaxResults, offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, max_results), offsetof(struct awsc_cloudwatch_list_managed_insight_rules_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListManagedInsightRulesInput_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__cloudwatch_ListManagedInsightRulesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ManagedRules", &s_ManagedRuleDescriptions, offsetof(struct awsc_cloudwatch_list_managed_insight_rules_output, managed_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_managed_insight_rules_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListManagedInsightRulesOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_ListMetricStreamsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_metric_streams_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_ListMetricStreamsMaxResults, offsetof(struct awsc_cloudwatch_list_metric_streams_input, max_results), offsetof(struct awsc_cloudwatch_list_metric_streams_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListMetricStreamsInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__cloudwatch_ListMetricStreamsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_metric_streams_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Entries", &s_MetricStreamEntries, offsetof(struct awsc_cloudwatch_list_metric_streams_output, entries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListMetricStreamsOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__cloudwatch_ListMetricsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_list_metrics_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_list_metrics_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_DimensionFilters, offsetof(struct awsc_cloudwatch_list_metrics_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_metrics_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RecentlyActive", &s_RecentlyActive, offsetof(struct awsc_cloudwatch_list_metrics_input, recently_active), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IncludeLinkedAccounts", &s_IncludeLinkedAccounts, offsetof(struct awsc_cloudwatch_list_metrics_input, include_linked_accounts), offsetof(struct awsc_cloudwatch_list_metrics_input, has_include_linked_accounts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OwningAccount", &s_AccountId, offsetof(struct awsc_cloudwatch_list_metrics_input, owning_account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListMetricsInput_by_wire_name[] = { 2, 5, 1, 0, 3, 6, 4 };

static const struct awsc_member awsc__cloudwatch_ListMetricsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Metrics", &s_Metrics, offsetof(struct awsc_cloudwatch_list_metrics_output, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_cloudwatch_list_metrics_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OwningAccounts", &s_OwningAccounts, offsetof(struct awsc_cloudwatch_list_metrics_output, owning_accounts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListMetricsOutput_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__cloudwatch_ListTagsForResourceInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceARN", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_list_tags_for_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListTagsForResourceInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_ListTagsForResourceOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_list_tags_for_resource_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ListTagsForResourceOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_LogAlarm_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_log_alarm, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmArn", &s_AlarmArn, offsetof(struct awsc_cloudwatch_log_alarm, alarm_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmDescription", &s_AlarmDescription, offsetof(struct awsc_cloudwatch_log_alarm, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmConfigurationUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_log_alarm, alarm_configuration_updated_timestamp), offsetof(struct awsc_cloudwatch_log_alarm, has_alarm_configuration_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsEnabled", &s_ActionsEnabled, offsetof(struct awsc_cloudwatch_log_alarm, actions_enabled), offsetof(struct awsc_cloudwatch_log_alarm, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OKActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_log_alarm, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_log_alarm, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InsufficientDataActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_log_alarm, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateValue", &s_StateValue, offsetof(struct awsc_cloudwatch_log_alarm, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReason", &s_StateReason, offsetof(struct awsc_cloudwatch_log_alarm, state_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReasonData", &s_StateReasonData, offsetof(struct awsc_cloudwatch_log_alarm, state_reason_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_log_alarm, state_updated_timestamp), offsetof(struct awsc_cloudwatch_log_alarm, has_state_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScheduledQueryConfiguration", &s_ScheduledQueryConfiguration, offsetof(struct awsc_cloudwatch_log_alarm, scheduled_query_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueryResultsToEvaluate", &s_QueryResultsToEvaluate, offsetof(struct awsc_cloudwatch_log_alarm, query_results_to_evaluate), offsetof(struct awsc_cloudwatch_log_alarm, has_query_results_to_evaluate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueryResultsToAlarm", &s_QueryResultsToAlarm, offsetof(struct awsc_cloudwatch_log_alarm, query_results_to_alarm), offsetof(struct awsc_cloudwatch_log_alarm, has_query_results_to_alarm), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Threshold", &s_Threshold, offsetof(struct awsc_cloudwatch_log_alarm, threshold), offsetof(struct awsc_cloudwatch_log_alarm, has_threshold), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ComparisonOperator", &s_ComparisonOperator, offsetof(struct awsc_cloudwatch_log_alarm, comparison_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TreatMissingData", &s_TreatMissingData, offsetof(struct awsc_cloudwatch_log_alarm, treat_missing_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateTransitionedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_log_alarm, state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_log_alarm, has_state_transitioned_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationState", &s_EvaluationState, offsetof(struct awsc_cloudwatch_log_alarm, evaluation_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionLogLineCount", &s_ActionLogLineCount, offsetof(struct awsc_cloudwatch_log_alarm, action_log_line_count), offsetof(struct awsc_cloudwatch_log_alarm, has_action_log_line_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionLogLineRoleArn", &s_ActionLogLineRoleArn, offsetof(struct awsc_cloudwatch_log_alarm, action_log_line_role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LogAlarm_by_wire_name[] = { 20, 21, 4, 6, 1, 3, 2, 0, 16, 19, 7, 5, 14, 13, 12, 9, 10, 18, 11, 8, 15, 17 };

static const struct awsc_member s_ManagedRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_TemplateName, offsetof(struct awsc_cloudwatch_managed_rule, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceARN", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_managed_rule, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_managed_rule, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ManagedRule_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_ManagedRuleDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_TemplateName, offsetof(struct awsc_cloudwatch_managed_rule_description, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceARN", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_managed_rule_description, resource_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RuleState", &s_ManagedRuleState, offsetof(struct awsc_cloudwatch_managed_rule_description, rule_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ManagedRuleDescription_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_ManagedRuleState_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RuleName", &s_InsightRuleName, offsetof(struct awsc_cloudwatch_managed_rule_state, rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"State", &s_InsightRuleState, offsetof(struct awsc_cloudwatch_managed_rule_state, state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ManagedRuleState_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_MessageData_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Code", &s_MessageDataCode, offsetof(struct awsc_cloudwatch_message_data, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_MessageDataValue, offsetof(struct awsc_cloudwatch_message_data, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageData_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Metric_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_metric, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_metric, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_metric, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Metric_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_MetricAlarm_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_metric_alarm, alarm_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmArn", &s_AlarmArn, offsetof(struct awsc_cloudwatch_metric_alarm, alarm_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmDescription", &s_AlarmDescription, offsetof(struct awsc_cloudwatch_metric_alarm, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmConfigurationUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_metric_alarm, alarm_configuration_updated_timestamp), offsetof(struct awsc_cloudwatch_metric_alarm, has_alarm_configuration_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsEnabled", &s_ActionsEnabled, offsetof(struct awsc_cloudwatch_metric_alarm, actions_enabled), offsetof(struct awsc_cloudwatch_metric_alarm, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OKActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_metric_alarm, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_metric_alarm, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InsufficientDataActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_metric_alarm, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateValue", &s_StateValue, offsetof(struct awsc_cloudwatch_metric_alarm, state_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReason", &s_StateReason, offsetof(struct awsc_cloudwatch_metric_alarm, state_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReasonData", &s_StateReasonData, offsetof(struct awsc_cloudwatch_metric_alarm, state_reason_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_metric_alarm, state_updated_timestamp), offsetof(struct awsc_cloudwatch_metric_alarm, has_state_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_metric_alarm, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_metric_alarm, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Statistic", &s_Statistic, offsetof(struct awsc_cloudwatch_metric_alarm, statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExtendedStatistic", &s_ExtendedStatistic, offsetof(struct awsc_cloudwatch_metric_alarm, extended_statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_metric_alarm, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Period", &s_Period, offsetof(struct awsc_cloudwatch_metric_alarm, period), offsetof(struct awsc_cloudwatch_metric_alarm, has_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Unit", &s_StandardUnit, offsetof(struct awsc_cloudwatch_metric_alarm, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationPeriods", &s_EvaluationPeriods, offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_periods), offsetof(struct awsc_cloudwatch_metric_alarm, has_evaluation_periods), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DatapointsToAlarm", &s_DatapointsToAlarm, offsetof(struct awsc_cloudwatch_metric_alarm, datapoints_to_alarm), offsetof(struct awsc_cloudwatch_metric_alarm, has_datapoints_to_alarm), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Threshold", &s_Threshold, offsetof(struct awsc_cloudwatch_metric_alarm, threshold), offsetof(struct awsc_cloudwatch_metric_alarm, has_threshold), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ComparisonOperator", &s_ComparisonOperator, offsetof(struct awsc_cloudwatch_metric_alarm, comparison_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TreatMissingData", &s_TreatMissingData, offsetof(struct awsc_cloudwatch_metric_alarm, treat_missing_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluateLowSampleCountPercentile", &s_EvaluateLowSampleCountPercentile, offsetof(struct awsc_cloudwatch_metric_alarm, evaluate_low_sample_count_percentile), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Metrics", &s_MetricDataQueries, offsetof(struct awsc_cloudwatch_metric_alarm, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ThresholdMetricId", &s_MetricId, offsetof(struct awsc_cloudwatch_metric_alarm, threshold_metric_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationState", &s_EvaluationState, offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateTransitionedTimestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_metric_alarm, state_transitioned_timestamp), offsetof(struct awsc_cloudwatch_metric_alarm, has_state_transitioned_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationWindow", &s_EvaluationWindow, offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_window), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationCriteria", &s_EvaluationCriteria, offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationInterval", &s_EvaluationInterval, offsetof(struct awsc_cloudwatch_metric_alarm, evaluation_interval), offsetof(struct awsc_cloudwatch_metric_alarm, has_evaluation_interval), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricAlarm_by_wire_name[] = { 4, 6, 1, 3, 2, 0, 22, 20, 16, 24, 30, 31, 19, 27, 29, 15, 7, 12, 25, 13, 5, 17, 9, 10, 28, 11, 8, 14, 21, 26, 23, 18 };

static const struct awsc_member s_MetricCharacteristics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PeriodicSpikes", &s_PeriodicSpikes, offsetof(struct awsc_cloudwatch_metric_characteristics, periodic_spikes), offsetof(struct awsc_cloudwatch_metric_characteristics, has_periodic_spikes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricCharacteristics_by_wire_name[] = { 0 };

static const struct awsc_member s_MetricDataQuery_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_MetricId, offsetof(struct awsc_cloudwatch_metric_data_query, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricStat", &s_MetricStat, offsetof(struct awsc_cloudwatch_metric_data_query, metric_stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expression", &s_MetricExpression, offsetof(struct awsc_cloudwatch_metric_data_query, expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Label", &s_MetricLabel, offsetof(struct awsc_cloudwatch_metric_data_query, label), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnData", &s_ReturnData, offsetof(struct awsc_cloudwatch_metric_data_query, return_data), offsetof(struct awsc_cloudwatch_metric_data_query, has_return_data), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Period", &s_Period, offsetof(struct awsc_cloudwatch_metric_data_query, period), offsetof(struct awsc_cloudwatch_metric_data_query, has_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccountId", &s_AccountId, offsetof(struct awsc_cloudwatch_metric_data_query, account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricDataQuery_by_wire_name[] = { 6, 2, 0, 3, 1, 5, 4 };

static const struct awsc_member s_MetricDataResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_MetricId, offsetof(struct awsc_cloudwatch_metric_data_result, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Label", &s_MetricLabel, offsetof(struct awsc_cloudwatch_metric_data_result, label), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timestamps", &s_Timestamps, offsetof(struct awsc_cloudwatch_metric_data_result, timestamps), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Values", &s_DatapointValues, offsetof(struct awsc_cloudwatch_metric_data_result, values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StatusCode", &s_StatusCode, offsetof(struct awsc_cloudwatch_metric_data_result, status_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Messages", &s_MetricDataResultMessages, offsetof(struct awsc_cloudwatch_metric_data_result, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricDataResult_by_wire_name[] = { 0, 1, 5, 4, 2, 3 };

static const struct awsc_member s_MetricDatum_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_metric_datum, metric_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_metric_datum, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timestamp", &s_Timestamp, offsetof(struct awsc_cloudwatch_metric_datum, timestamp), offsetof(struct awsc_cloudwatch_metric_datum, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_DatapointValue, offsetof(struct awsc_cloudwatch_metric_datum, value), offsetof(struct awsc_cloudwatch_metric_datum, has_value), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StatisticValues", &s_StatisticSet, offsetof(struct awsc_cloudwatch_metric_datum, statistic_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Values", &s_Values, offsetof(struct awsc_cloudwatch_metric_datum, values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Counts", &s_Counts, offsetof(struct awsc_cloudwatch_metric_datum, counts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Unit", &s_StandardUnit, offsetof(struct awsc_cloudwatch_metric_datum, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageResolution", &s_StorageResolution, offsetof(struct awsc_cloudwatch_metric_datum, storage_resolution), offsetof(struct awsc_cloudwatch_metric_datum, has_storage_resolution), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricDatum_by_wire_name[] = { 6, 1, 0, 4, 8, 2, 7, 3, 5 };

static const struct awsc_member s_MetricMathAnomalyDetector_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricDataQueries", &s_MetricDataQueries, offsetof(struct awsc_cloudwatch_metric_math_anomaly_detector, metric_data_queries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricMathAnomalyDetector_by_wire_name[] = { 0 };

static const struct awsc_member s_MetricStat_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Metric", &s_Metric, offsetof(struct awsc_cloudwatch_metric_stat, metric), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Period", &s_Period, offsetof(struct awsc_cloudwatch_metric_stat, period), offsetof(struct awsc_cloudwatch_metric_stat, has_period), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Stat", &s_Stat, offsetof(struct awsc_cloudwatch_metric_stat, stat), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Unit", &s_StandardUnit, offsetof(struct awsc_cloudwatch_metric_stat, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricStat_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member s_MetricStreamEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_metric_stream_entry, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreationDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_metric_stream_entry, creation_date), offsetof(struct awsc_cloudwatch_metric_stream_entry, has_creation_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_metric_stream_entry, last_update_date), offsetof(struct awsc_cloudwatch_metric_stream_entry, has_last_update_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_MetricStreamName, offsetof(struct awsc_cloudwatch_metric_stream_entry, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FirehoseArn", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_metric_stream_entry, firehose_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"State", &s_MetricStreamState, offsetof(struct awsc_cloudwatch_metric_stream_entry, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OutputFormat", &s_MetricStreamOutputFormat, offsetof(struct awsc_cloudwatch_metric_stream_entry, output_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricStreamEntry_by_wire_name[] = { 0, 1, 4, 2, 3, 6, 5 };

static const struct awsc_member s_MetricStreamFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_metric_stream_filter, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricNames", &s_MetricStreamFilterMetricNames, offsetof(struct awsc_cloudwatch_metric_stream_filter, metric_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricStreamFilter_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_MetricStreamStatisticsConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IncludeMetrics", &s_MetricStreamStatisticsIncludeMetrics, offsetof(struct awsc_cloudwatch_metric_stream_statistics_configuration, include_metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AdditionalStatistics", &s_MetricStreamStatisticsAdditionalStatistics, offsetof(struct awsc_cloudwatch_metric_stream_statistics_configuration, additional_statistics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricStreamStatisticsConfiguration_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_MetricStreamStatisticsMetric_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_metric_stream_statistics_metric, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_metric_stream_statistics_metric, metric_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricStreamStatisticsMetric_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__cloudwatch_MissingRequiredParameterException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_AwsQueryErrorMessage, offsetof(struct awsc_cloudwatch_missing_required_parameter_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_MissingRequiredParameterException_by_wire_name[] = { 0 };

static const struct awsc_member s_MuteTargets_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmNames", &s_MuteTargetAlarmNameList, offsetof(struct awsc_cloudwatch_mute_targets, alarm_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MuteTargets_by_wire_name[] = { 0 };

static const struct awsc_member s_PartialFailure_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FailureResource", &s_FailureResource, offsetof(struct awsc_cloudwatch_partial_failure, failure_resource), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExceptionType", &s_ExceptionType, offsetof(struct awsc_cloudwatch_partial_failure, exception_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureCode", &s_FailureCode, offsetof(struct awsc_cloudwatch_partial_failure, failure_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureDescription", &s_FailureDescription, offsetof(struct awsc_cloudwatch_partial_failure, failure_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PartialFailure_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member awsc__cloudwatch_PutAlarmMuteRuleInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_Name, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_AlarmDescription, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Rule", &s_Rule, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, rule), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MuteTargets", &s_MuteTargets, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, mute_targets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, start_date), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, has_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpireDate", &s_Timestamp, offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, expire_date), offsetof(struct awsc_cloudwatch_put_alarm_mute_rule_input, has_expire_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutAlarmMuteRuleInput_by_wire_name[] = { 1, 6, 3, 0, 2, 5, 4 };

static const struct awsc_member awsc__cloudwatch_PutAnomalyDetectorInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Stat", &s_AnomalyDetectorMetricStat, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Configuration", &s_AnomalyDetectorConfiguration, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricCharacteristics", &s_MetricCharacteristics, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, metric_characteristics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SingleMetricAnomalyDetector", &s_SingleMetricAnomalyDetector, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, single_metric_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricMathAnomalyDetector", &s_MetricMathAnomalyDetector, offsetof(struct awsc_cloudwatch_put_anomaly_detector_input, metric_math_anomaly_detector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutAnomalyDetectorInput_by_wire_name[] = { 4, 2, 5, 7, 1, 0, 6, 3 };

static const struct awsc_member awsc__cloudwatch_PutAnomalyDetectorOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AnomalyDetectorId", &s_AnomalyDetectorId, offsetof(struct awsc_cloudwatch_put_anomaly_detector_output, anomaly_detector_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutAnomalyDetectorOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_PutCompositeAlarmInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ActionsEnabled", &s_ActionsEnabled, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_enabled), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmDescription", &s_AlarmDescription, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmRule", &s_AlarmRule, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, alarm_rule), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InsufficientDataActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OKActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsSuppressor", &s_AlarmArn, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsSuppressorWaitPeriod", &s_SuppressorPeriod, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor_wait_period), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, has_actions_suppressor_wait_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsSuppressorExtensionPeriod", &s_SuppressorPeriod, offsetof(struct awsc_cloudwatch_put_composite_alarm_input, actions_suppressor_extension_period), offsetof(struct awsc_cloudwatch_put_composite_alarm_input, has_actions_suppressor_extension_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutCompositeAlarmInput_by_wire_name[] = { 0, 8, 10, 9, 1, 2, 3, 4, 5, 6, 7 };

static const struct awsc_member awsc__cloudwatch_PutDashboardInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardName", &s_DashboardName, offsetof(struct awsc_cloudwatch_put_dashboard_input, dashboard_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DashboardBody", &s_DashboardBody, offsetof(struct awsc_cloudwatch_put_dashboard_input, dashboard_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_put_dashboard_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutDashboardInput_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__cloudwatch_PutDashboardOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardValidationMessages", &s_DashboardValidationMessages, offsetof(struct awsc_cloudwatch_put_dashboard_output, dashboard_validation_messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutDashboardOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_PutInsightRuleInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RuleName", &s_InsightRuleName, offsetof(struct awsc_cloudwatch_put_insight_rule_input, rule_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RuleState", &s_InsightRuleState, offsetof(struct awsc_cloudwatch_put_insight_rule_input, rule_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RuleDefinition", &s_InsightRuleDefinition, offsetof(struct awsc_cloudwatch_put_insight_rule_input, rule_definition), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_put_insight_rule_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApplyOnTransformedLogs", &s_InsightRuleOnTransformedLogs, offsetof(struct awsc_cloudwatch_put_insight_rule_input, apply_on_transformed_logs), offsetof(struct awsc_cloudwatch_put_insight_rule_input, has_apply_on_transformed_logs), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutInsightRuleInput_by_wire_name[] = { 4, 2, 0, 1, 3 };

static const struct awsc_member awsc__cloudwatch_PutLogAlarmInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_put_log_alarm_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmDescription", &s_AlarmDescription, offsetof(struct awsc_cloudwatch_put_log_alarm_input, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScheduledQueryConfiguration", &s_ScheduledQueryConfiguration, offsetof(struct awsc_cloudwatch_put_log_alarm_input, scheduled_query_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionLogLineCount", &s_ActionLogLineCount, offsetof(struct awsc_cloudwatch_put_log_alarm_input, action_log_line_count), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_action_log_line_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionLogLineRoleArn", &s_ActionLogLineRoleArn, offsetof(struct awsc_cloudwatch_put_log_alarm_input, action_log_line_role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsEnabled", &s_ActionsEnabled, offsetof(struct awsc_cloudwatch_put_log_alarm_input, actions_enabled), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OKActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_put_log_alarm_input, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_put_log_alarm_input, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InsufficientDataActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_put_log_alarm_input, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueryResultsToEvaluate", &s_QueryResultsToEvaluate, offsetof(struct awsc_cloudwatch_put_log_alarm_input, query_results_to_evaluate), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_query_results_to_evaluate), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueryResultsToAlarm", &s_QueryResultsToAlarm, offsetof(struct awsc_cloudwatch_put_log_alarm_input, query_results_to_alarm), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_query_results_to_alarm), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Threshold", &s_Threshold, offsetof(struct awsc_cloudwatch_put_log_alarm_input, threshold), offsetof(struct awsc_cloudwatch_put_log_alarm_input, has_threshold), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ComparisonOperator", &s_ComparisonOperator, offsetof(struct awsc_cloudwatch_put_log_alarm_input, comparison_operator), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TreatMissingData", &s_TreatMissingData, offsetof(struct awsc_cloudwatch_put_log_alarm_input, treat_missing_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_put_log_alarm_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutLogAlarmInput_by_wire_name[] = { 3, 4, 5, 7, 1, 0, 12, 8, 6, 10, 9, 2, 14, 11, 13 };

static const struct awsc_member awsc__cloudwatch_PutManagedInsightRulesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ManagedRules", &s_ManagedRules, offsetof(struct awsc_cloudwatch_put_managed_insight_rules_input, managed_rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutManagedInsightRulesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_PutManagedInsightRulesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Failures", &s_BatchFailures, offsetof(struct awsc_cloudwatch_put_managed_insight_rules_output, failures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutManagedInsightRulesOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_PutMetricAlarmInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmDescription", &s_AlarmDescription, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, alarm_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionsEnabled", &s_ActionsEnabled, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, actions_enabled), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_actions_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OKActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, ok_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AlarmActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, alarm_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InsufficientDataActions", &s_ResourceList, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, insufficient_data_actions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Statistic", &s_Statistic, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExtendedStatistic", &s_ExtendedStatistic, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, extended_statistic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Period", &s_Period, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, period), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_period), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Unit", &s_StandardUnit, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, unit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationPeriods", &s_EvaluationPeriods, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_periods), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_evaluation_periods), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DatapointsToAlarm", &s_DatapointsToAlarm, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, datapoints_to_alarm), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_datapoints_to_alarm), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Threshold", &s_Threshold, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, threshold), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_threshold), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ComparisonOperator", &s_ComparisonOperator, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, comparison_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TreatMissingData", &s_TreatMissingData, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, treat_missing_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluateLowSampleCountPercentile", &s_EvaluateLowSampleCountPercentile, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluate_low_sample_count_percentile), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Metrics", &s_MetricDataQueries, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ThresholdMetricId", &s_MetricId, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, threshold_metric_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationWindow", &s_EvaluationWindow, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_window), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationCriteria", &s_EvaluationCriteria, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvaluationInterval", &s_EvaluationInterval, offsetof(struct awsc_cloudwatch_put_metric_alarm_input, evaluation_interval), offsetof(struct awsc_cloudwatch_put_metric_alarm_input, has_evaluation_interval), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutMetricAlarmInput_by_wire_name[] = { 2, 4, 1, 0, 16, 14, 10, 18, 23, 24, 13, 22, 9, 5, 6, 19, 7, 3, 11, 8, 20, 15, 21, 17, 12 };

static const struct awsc_member awsc__cloudwatch_PutMetricDataInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_put_metric_data_input, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricData", &s_MetricData, offsetof(struct awsc_cloudwatch_put_metric_data_input, metric_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EntityMetricData", &s_EntityMetricDataList, offsetof(struct awsc_cloudwatch_put_metric_data_input, entity_metric_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StrictEntityValidation", &s_StrictEntityValidation, offsetof(struct awsc_cloudwatch_put_metric_data_input, strict_entity_validation), offsetof(struct awsc_cloudwatch_put_metric_data_input, has_strict_entity_validation), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutMetricDataInput_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member awsc__cloudwatch_PutMetricStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_MetricStreamName, offsetof(struct awsc_cloudwatch_put_metric_stream_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IncludeFilters", &s_MetricStreamFilters, offsetof(struct awsc_cloudwatch_put_metric_stream_input, include_filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExcludeFilters", &s_MetricStreamFilters, offsetof(struct awsc_cloudwatch_put_metric_stream_input, exclude_filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FirehoseArn", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_put_metric_stream_input, firehose_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleArn", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_put_metric_stream_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OutputFormat", &s_MetricStreamOutputFormat, offsetof(struct awsc_cloudwatch_put_metric_stream_input, output_format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_put_metric_stream_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StatisticsConfigurations", &s_MetricStreamStatisticsConfigurations, offsetof(struct awsc_cloudwatch_put_metric_stream_input, statistics_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IncludeLinkedAccountsMetrics", &s_IncludeLinkedAccountsMetrics, offsetof(struct awsc_cloudwatch_put_metric_stream_input, include_linked_accounts_metrics), offsetof(struct awsc_cloudwatch_put_metric_stream_input, has_include_linked_accounts_metrics), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutMetricStreamInput_by_wire_name[] = { 2, 3, 1, 8, 0, 5, 4, 7, 6 };

static const struct awsc_member awsc__cloudwatch_PutMetricStreamOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_put_metric_stream_output, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_PutMetricStreamOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_Range_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StartTime", &s_Timestamp, offsetof(struct awsc_cloudwatch_range, start_time), offsetof(struct awsc_cloudwatch_range, has_start_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTime", &s_Timestamp, offsetof(struct awsc_cloudwatch_range, end_time), offsetof(struct awsc_cloudwatch_range, has_end_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Range_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__cloudwatch_ResourceConflict_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_cloudwatch_resource_conflict, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ResourceConflict_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_ResourceNotFound_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_cloudwatch_resource_not_found, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ResourceNotFound_by_wire_name[] = { 0 };

static const struct awsc_member awsc__cloudwatch_ResourceNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceType", &s_ResourceType, offsetof(struct awsc_cloudwatch_resource_not_found_exception, resource_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceId", &s_ResourceId, offsetof(struct awsc_cloudwatch_resource_not_found_exception, resource_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_ResourceNotFoundException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Rule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Schedule", &s_Schedule, offsetof(struct awsc_cloudwatch_rule, schedule), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Rule_by_wire_name[] = { 0 };

static const struct awsc_member s_Schedule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Expression", &s_Expression, offsetof(struct awsc_cloudwatch_schedule, expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Duration", &s_Duration, offsetof(struct awsc_cloudwatch_schedule, duration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timezone", &s_Timezone, offsetof(struct awsc_cloudwatch_schedule, timezone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Schedule_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_ScheduleConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ScheduleExpression", &s_ScheduleExpression, offsetof(struct awsc_cloudwatch_schedule_configuration, schedule_expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTimeOffset", &s_StartTimeOffset, offsetof(struct awsc_cloudwatch_schedule_configuration, start_time_offset), offsetof(struct awsc_cloudwatch_schedule_configuration, has_start_time_offset), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTimeOffset", &s_EndTimeOffset, offsetof(struct awsc_cloudwatch_schedule_configuration, end_time_offset), offsetof(struct awsc_cloudwatch_schedule_configuration, has_end_time_offset), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ScheduleConfiguration_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_ScheduledQueryConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueryString", &s_QueryString, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, query_string), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LogGroupIdentifiers", &s_LogGroupIdentifiers, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, log_group_identifiers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueryARN", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, query_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScheduledQueryRoleARN", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, scheduled_query_role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScheduleConfiguration", &s_ScheduleConfiguration, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, schedule_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AggregationExpression", &s_AggregationExpression, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, aggregation_expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_scheduled_query_configuration, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ScheduledQueryConfiguration_by_wire_name[] = { 5, 1, 2, 0, 4, 3, 6 };

static const struct awsc_member awsc__cloudwatch_SetAlarmStateInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AlarmName", &s_AlarmName, offsetof(struct awsc_cloudwatch_set_alarm_state_input, alarm_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateValue", &s_StateValue, offsetof(struct awsc_cloudwatch_set_alarm_state_input, state_value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReason", &s_StateReason, offsetof(struct awsc_cloudwatch_set_alarm_state_input, state_reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReasonData", &s_StateReasonData, offsetof(struct awsc_cloudwatch_set_alarm_state_input, state_reason_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_SetAlarmStateInput_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member s_SingleMetricAnomalyDetector_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccountId", &s_AccountId, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Namespace", &s_Namespace, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, namespace_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricName", &s_MetricName, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, metric_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Stat", &s_AnomalyDetectorMetricStat, offsetof(struct awsc_cloudwatch_single_metric_anomaly_detector, stat), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SingleMetricAnomalyDetector_by_wire_name[] = { 0, 3, 2, 1, 4 };

static const struct awsc_member awsc__cloudwatch_StartMetricStreamsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Names", &s_MetricStreamNames, offsetof(struct awsc_cloudwatch_start_metric_streams_input, names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_StartMetricStreamsInput_by_wire_name[] = { 0 };

static const struct awsc_member s_StatisticSet_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SampleCount", &s_DatapointValue, offsetof(struct awsc_cloudwatch_statistic_set, sample_count), offsetof(struct awsc_cloudwatch_statistic_set, has_sample_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Sum", &s_DatapointValue, offsetof(struct awsc_cloudwatch_statistic_set, sum), offsetof(struct awsc_cloudwatch_statistic_set, has_sum), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Minimum", &s_DatapointValue, offsetof(struct awsc_cloudwatch_statistic_set, minimum), offsetof(struct awsc_cloudwatch_statistic_set, has_minimum), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Maximum", &s_DatapointValue, offsetof(struct awsc_cloudwatch_statistic_set, maximum), offsetof(struct awsc_cloudwatch_statistic_set, has_maximum), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StatisticSet_by_wire_name[] = { 3, 2, 0, 1 };

static const struct awsc_member awsc__cloudwatch_StopMetricStreamsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Names", &s_MetricStreamNames, offsetof(struct awsc_cloudwatch_stop_metric_streams_input, names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_StopMetricStreamsInput_by_wire_name[] = { 0 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_TagKey, offsetof(struct awsc_cloudwatch_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_TagValue, offsetof(struct awsc_cloudwatch_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_TagResourceInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceARN", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_cloudwatch_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_TagResourceInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__cloudwatch_UntagResourceInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceARN", &s_AmazonResourceName, offsetof(struct awsc_cloudwatch_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_TagKeyList, offsetof(struct awsc_cloudwatch_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__cloudwatch_UntagResourceInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_WallClockWindow_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Timezone", &s_Timezone, offsetof(struct awsc_cloudwatch_wall_clock_window, timezone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WallClockWindow_by_wire_name[] = { 0 };

static const struct awsc_shape s_AccountId = {
    .name = "AccountId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AccountId_range,
};

static const struct awsc_shape s_ActionLogLineCount = {
    .name = "ActionLogLineCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_ActionLogLineRoleArn = {
    .name = "ActionLogLineRoleArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ActionPrefix = {
    .name = "ActionPrefix",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ActionPrefix_range,
};

static const struct awsc_shape s_ActionsEnabled = {
    .name = "ActionsEnabled",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_ActionsSuppressedBy = {
    .name = "ActionsSuppressedBy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ActionsSuppressedBy_values,
    .enum_count = 3,
};

static const struct awsc_shape s_ActionsSuppressedReason = {
    .name = "ActionsSuppressedReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ActionsSuppressedReason_range,
};

static const struct awsc_shape s_AggregationExpression = {
    .name = "AggregationExpression",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AggregationExpression_range,
};

static const struct awsc_shape s_AlarmArn = {
    .name = "AlarmArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AlarmArn_range,
};

static const struct awsc_shape s_AlarmContributor = {
    .name = "AlarmContributor",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_alarm_contributor),
    .members = s_AlarmContributor_members,
    .member_count = 4,
    .by_wire_name = s_AlarmContributor_by_wire_name,
};

static const struct awsc_shape s_AlarmContributors = {
    .name = "AlarmContributors",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_alarm_contributors),
    .item = &s_AlarmContributor,
};

static const struct awsc_shape s_AlarmDescription = {
    .name = "AlarmDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AlarmDescription_range,
};

static const struct awsc_shape s_AlarmHistoryItem = {
    .name = "AlarmHistoryItem",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_alarm_history_item),
    .members = s_AlarmHistoryItem_members,
    .member_count = 8,
    .by_wire_name = s_AlarmHistoryItem_by_wire_name,
};

static const struct awsc_shape s_AlarmHistoryItems = {
    .name = "AlarmHistoryItems",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_alarm_history_items),
    .item = &s_AlarmHistoryItem,
};

static const struct awsc_shape s_AlarmMuteRuleStatus = {
    .name = "AlarmMuteRuleStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AlarmMuteRuleStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_AlarmMuteRuleStatuses = {
    .name = "AlarmMuteRuleStatuses",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_AlarmMuteRuleStatus,
};

static const struct awsc_shape s_AlarmMuteRuleSummaries = {
    .name = "AlarmMuteRuleSummaries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_alarm_mute_rule_summaries),
    .item = &s_AlarmMuteRuleSummary,
};

static const struct awsc_shape s_AlarmMuteRuleSummary = {
    .name = "AlarmMuteRuleSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_alarm_mute_rule_summary),
    .members = s_AlarmMuteRuleSummary_members,
    .member_count = 5,
    .by_wire_name = s_AlarmMuteRuleSummary_by_wire_name,
};

static const struct awsc_shape s_AlarmName = {
    .name = "AlarmName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AlarmName_range,
};

static const struct awsc_shape s_AlarmNamePrefix = {
    .name = "AlarmNamePrefix",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AlarmNamePrefix_range,
};

static const struct awsc_shape s_AlarmNames = {
    .name = "AlarmNames",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .range = &s_AlarmNames_range,
    .item = &s_AlarmName,
};

static const struct awsc_shape s_AlarmPromQLCriteria = {
    .name = "AlarmPromQLCriteria",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_alarm_prom_ql_criteria),
    .members = s_AlarmPromQLCriteria_members,
    .member_count = 3,
    .by_wire_name = s_AlarmPromQLCriteria_by_wire_name,
};

static const struct awsc_shape s_AlarmRule = {
    .name = "AlarmRule",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AlarmRule_range,
};

static const struct awsc_shape s_AlarmType = {
    .name = "AlarmType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AlarmType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_AlarmTypes = {
    .name = "AlarmTypes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_AlarmType,
};

static const struct awsc_shape s_AmazonResourceName = {
    .name = "AmazonResourceName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AmazonResourceName_range,
};

static const struct awsc_shape s_AnomalyDetector = {
    .name = "AnomalyDetector",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_anomaly_detector),
    .members = s_AnomalyDetector_members,
    .member_count = 10,
    .by_wire_name = s_AnomalyDetector_by_wire_name,
};

static const struct awsc_shape s_AnomalyDetectorConfiguration = {
    .name = "AnomalyDetectorConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_anomaly_detector_configuration),
    .members = s_AnomalyDetectorConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_AnomalyDetectorConfiguration_by_wire_name,
};

static const struct awsc_shape s_AnomalyDetectorExcludedTimeRanges = {
    .name = "AnomalyDetectorExcludedTimeRanges",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_anomaly_detector_excluded_time_ranges),
    .item = &s_Range,
};

static const struct awsc_shape s_AnomalyDetectorId = {
    .name = "AnomalyDetectorId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AnomalyDetectorId_range,
};

static const struct awsc_shape s_AnomalyDetectorIds = {
    .name = "AnomalyDetectorIds",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .range = &s_AnomalyDetectorIds_range,
    .item = &s_AnomalyDetectorId,
};

static const struct awsc_shape s_AnomalyDetectorMetricStat = {
    .name = "AnomalyDetectorMetricStat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AnomalyDetectorMetricStat_range,
};

static const struct awsc_shape s_AnomalyDetectorMetricTimezone = {
    .name = "AnomalyDetectorMetricTimezone",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AnomalyDetectorMetricTimezone_range,
};

static const struct awsc_shape s_AnomalyDetectorStateValue = {
    .name = "AnomalyDetectorStateValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AnomalyDetectorStateValue_values,
    .enum_count = 3,
};

static const struct awsc_shape s_AnomalyDetectorType = {
    .name = "AnomalyDetectorType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AnomalyDetectorType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_AnomalyDetectorTypes = {
    .name = "AnomalyDetectorTypes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .range = &s_AnomalyDetectorTypes_range,
    .item = &s_AnomalyDetectorType,
};

static const struct awsc_shape s_AnomalyDetectors = {
    .name = "AnomalyDetectors",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_anomaly_detectors),
    .item = &s_AnomalyDetector,
};

static const struct awsc_shape s_Arn = {
    .name = "Arn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Arn_range,
};

const struct awsc_shape awsc__cloudwatch_AssociateDatasetKmsKeyInput = {
    .name = "AssociateDatasetKmsKeyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_associate_dataset_kms_key_input),
    .members = awsc__cloudwatch_AssociateDatasetKmsKeyInput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_AssociateDatasetKmsKeyInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_AssociateDatasetKmsKeyOutput = {
    .name = "AssociateDatasetKmsKeyOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_associate_dataset_kms_key_output),
};

static const struct awsc_shape s_AttributeName = {
    .name = "AttributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AttributeName_range,
};

static const struct awsc_shape s_AttributeValue = {
    .name = "AttributeValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AttributeValue_range,
};

static const struct awsc_shape s_AwsQueryErrorMessage = {
    .name = "AwsQueryErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_BatchFailures = {
    .name = "BatchFailures",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_batch_failures),
    .item = &s_PartialFailure,
};

static const struct awsc_shape s_ComparisonOperator = {
    .name = "ComparisonOperator",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ComparisonOperator_values,
    .enum_count = 7,
};

static const struct awsc_shape s_CompositeAlarm = {
    .name = "CompositeAlarm",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_composite_alarm),
    .members = s_CompositeAlarm_members,
    .member_count = 19,
    .by_wire_name = s_CompositeAlarm_by_wire_name,
};

static const struct awsc_shape s_CompositeAlarms = {
    .name = "CompositeAlarms",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_composite_alarms),
    .item = &s_CompositeAlarm,
};

const struct awsc_shape awsc__cloudwatch_ConcurrentModificationException = {
    .name = "ConcurrentModificationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_concurrent_modification_exception),
    .error_code = "ConcurrentModificationException",
    .http_status = 429,
};

const struct awsc_shape awsc__cloudwatch_ConflictException = {
    .name = "ConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_cloudwatch_conflict_exception),
    .members = awsc__cloudwatch_ConflictException_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_ConflictException_by_wire_name,
    .error_code = "ConflictException",
    .http_status = 409,
};

static const struct awsc_shape s_ContributorAttributes = {
    .name = "ContributorAttributes",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_cloudwatch_entity_attributes_map),
    .range = &s_ContributorAttributes_range,
    .item = &s_AttributeValue,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_cloudwatch_entity_attributes_map_entry, value),
    .entry_size = sizeof(struct awsc_cloudwatch_entity_attributes_map_entry),
};

static const struct awsc_shape s_ContributorId = {
    .name = "ContributorId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ContributorId_range,
};

static const struct awsc_shape s_Counts = {
    .name = "Counts",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_counts),
    .item = &s_DatapointValue,
};

static const struct awsc_shape s_DashboardArn = {
    .name = "DashboardArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DashboardBody = {
    .name = "DashboardBody",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DashboardEntries = {
    .name = "DashboardEntries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_dashboard_entries),
    .item = &s_DashboardEntry,
};

static const struct awsc_shape s_DashboardEntry = {
    .name = "DashboardEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_dashboard_entry),
    .members = s_DashboardEntry_members,
    .member_count = 4,
    .by_wire_name = s_DashboardEntry_by_wire_name,
};

static const struct awsc_shape s_DashboardErrorMessage = {
    .name = "DashboardErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__cloudwatch_DashboardInvalidInputError = {
    .name = "DashboardInvalidInputError",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_dashboard_invalid_input_error),
    .members = awsc__cloudwatch_DashboardInvalidInputError_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_DashboardInvalidInputError_by_wire_name,
    .error_code = "InvalidParameterInput",
    .http_status = 400,
};

static const struct awsc_shape s_DashboardName = {
    .name = "DashboardName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DashboardNamePrefix = {
    .name = "DashboardNamePrefix",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DashboardNames = {
    .name = "DashboardNames",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_DashboardName,
};

const struct awsc_shape awsc__cloudwatch_DashboardNotFoundError = {
    .name = "DashboardNotFoundError",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_dashboard_not_found_error),
    .members = awsc__cloudwatch_DashboardNotFoundError_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DashboardNotFoundError_by_wire_name,
    .error_code = "ResourceNotFound",
    .http_status = 404,
};

static const struct awsc_shape s_DashboardValidationMessage = {
    .name = "DashboardValidationMessage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_dashboard_validation_message),
    .members = s_DashboardValidationMessage_members,
    .member_count = 2,
    .by_wire_name = s_DashboardValidationMessage_by_wire_name,
};

static const struct awsc_shape s_DashboardValidationMessages = {
    .name = "DashboardValidationMessages",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_dashboard_validation_messages),
    .item = &s_DashboardValidationMessage,
};

static const struct awsc_shape s_DataPath = {
    .name = "DataPath",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Datapoint = {
    .name = "Datapoint",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_datapoint),
    .members = s_Datapoint_members,
    .member_count = 8,
    .by_wire_name = s_Datapoint_by_wire_name,
};

static const struct awsc_shape s_DatapointValue = {
    .name = "DatapointValue",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_DatapointValueMap = {
    .name = "DatapointValueMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_cloudwatch_datapoint_value_map),
    .item = &s_DatapointValue,
    .key = &s_ExtendedStatistic,
    .value_offset = offsetof(struct awsc_cloudwatch_datapoint_value_map_entry, value),
    .entry_size = sizeof(struct awsc_cloudwatch_datapoint_value_map_entry),
};

static const struct awsc_shape s_DatapointValues = {
    .name = "DatapointValues",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_counts),
    .item = &s_DatapointValue,
};

static const struct awsc_shape s_Datapoints = {
    .name = "Datapoints",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_datapoints),
    .item = &s_Datapoint,
};

static const struct awsc_shape s_DatapointsToAlarm = {
    .name = "DatapointsToAlarm",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DatapointsToAlarm_range,
};

static const struct awsc_shape s_DatasetArn = {
    .name = "DatasetArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DatasetArn_range,
};

static const struct awsc_shape s_DatasetId = {
    .name = "DatasetId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DatasetId_range,
};

static const struct awsc_shape s_DatasetIdentifier = {
    .name = "DatasetIdentifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DatasetIdentifier_range,
};

const struct awsc_shape awsc__cloudwatch_DeleteAlarmMuteRuleInput = {
    .name = "DeleteAlarmMuteRuleInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_alarm_mute_rule_input),
    .members = awsc__cloudwatch_DeleteAlarmMuteRuleInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DeleteAlarmMuteRuleInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DeleteAlarmsInput = {
    .name = "DeleteAlarmsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_alarms_input),
    .members = awsc__cloudwatch_DeleteAlarmsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DeleteAlarmsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DeleteAnomalyDetectorInput = {
    .name = "DeleteAnomalyDetectorInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_anomaly_detector_input),
    .members = awsc__cloudwatch_DeleteAnomalyDetectorInput_members,
    .member_count = 7,
    .by_wire_name = awsc__cloudwatch_DeleteAnomalyDetectorInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DeleteAnomalyDetectorOutput = {
    .name = "DeleteAnomalyDetectorOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_anomaly_detector_output),
};

const struct awsc_shape awsc__cloudwatch_DeleteDashboardsInput = {
    .name = "DeleteDashboardsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_dashboards_input),
    .members = awsc__cloudwatch_DeleteDashboardsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DeleteDashboardsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DeleteDashboardsOutput = {
    .name = "DeleteDashboardsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_dashboards_output),
};

const struct awsc_shape awsc__cloudwatch_DeleteInsightRulesInput = {
    .name = "DeleteInsightRulesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_insight_rules_input),
    .members = awsc__cloudwatch_DeleteInsightRulesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DeleteInsightRulesInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DeleteInsightRulesOutput = {
    .name = "DeleteInsightRulesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_insight_rules_output),
    .members = awsc__cloudwatch_DeleteInsightRulesOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DeleteInsightRulesOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DeleteMetricStreamInput = {
    .name = "DeleteMetricStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_metric_stream_input),
    .members = awsc__cloudwatch_DeleteMetricStreamInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DeleteMetricStreamInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DeleteMetricStreamOutput = {
    .name = "DeleteMetricStreamOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_delete_metric_stream_output),
};

const struct awsc_shape awsc__cloudwatch_DescribeAlarmContributorsInput = {
    .name = "DescribeAlarmContributorsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_alarm_contributors_input),
    .members = awsc__cloudwatch_DescribeAlarmContributorsInput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_DescribeAlarmContributorsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeAlarmContributorsOutput = {
    .name = "DescribeAlarmContributorsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_alarm_contributors_output),
    .members = awsc__cloudwatch_DescribeAlarmContributorsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_DescribeAlarmContributorsOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeAlarmHistoryInput = {
    .name = "DescribeAlarmHistoryInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_alarm_history_input),
    .members = awsc__cloudwatch_DescribeAlarmHistoryInput_members,
    .member_count = 9,
    .by_wire_name = awsc__cloudwatch_DescribeAlarmHistoryInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeAlarmHistoryOutput = {
    .name = "DescribeAlarmHistoryOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_alarm_history_output),
    .members = awsc__cloudwatch_DescribeAlarmHistoryOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_DescribeAlarmHistoryOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeAlarmsForMetricInput = {
    .name = "DescribeAlarmsForMetricInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_alarms_for_metric_input),
    .members = awsc__cloudwatch_DescribeAlarmsForMetricInput_members,
    .member_count = 7,
    .by_wire_name = awsc__cloudwatch_DescribeAlarmsForMetricInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeAlarmsForMetricOutput = {
    .name = "DescribeAlarmsForMetricOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_alarms_for_metric_output),
    .members = awsc__cloudwatch_DescribeAlarmsForMetricOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DescribeAlarmsForMetricOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeAlarmsInput = {
    .name = "DescribeAlarmsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_alarms_input),
    .members = awsc__cloudwatch_DescribeAlarmsInput_members,
    .member_count = 9,
    .by_wire_name = awsc__cloudwatch_DescribeAlarmsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeAlarmsOutput = {
    .name = "DescribeAlarmsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_alarms_output),
    .members = awsc__cloudwatch_DescribeAlarmsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__cloudwatch_DescribeAlarmsOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeAnomalyDetectorsInput = {
    .name = "DescribeAnomalyDetectorsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_anomaly_detectors_input),
    .members = awsc__cloudwatch_DescribeAnomalyDetectorsInput_members,
    .member_count = 7,
    .by_wire_name = awsc__cloudwatch_DescribeAnomalyDetectorsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeAnomalyDetectorsOutput = {
    .name = "DescribeAnomalyDetectorsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_anomaly_detectors_output),
    .members = awsc__cloudwatch_DescribeAnomalyDetectorsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_DescribeAnomalyDetectorsOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeInsightRulesInput = {
    .name = "DescribeInsightRulesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_insight_rules_input),
    .members = awsc__cloudwatch_DescribeInsightRulesInput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_DescribeInsightRulesInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DescribeInsightRulesOutput = {
    .name = "DescribeInsightRulesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_describe_insight_rules_output),
    .members = awsc__cloudwatch_DescribeInsightRulesOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_DescribeInsightRulesOutput_by_wire_name,
};

static const struct awsc_shape s_Dimension = {
    .name = "Dimension",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_dimension),
    .members = s_Dimension_members,
    .member_count = 2,
    .by_wire_name = s_Dimension_by_wire_name,
};

static const struct awsc_shape s_DimensionFilter = {
    .name = "DimensionFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_dimension_filter),
    .members = s_DimensionFilter_members,
    .member_count = 2,
    .by_wire_name = s_DimensionFilter_by_wire_name,
};

static const struct awsc_shape s_DimensionFilters = {
    .name = "DimensionFilters",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_dimension_filters),
    .range = &s_DimensionFilters_range,
    .item = &s_DimensionFilter,
};

static const struct awsc_shape s_DimensionName = {
    .name = "DimensionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DimensionName_range,
};

static const struct awsc_shape s_DimensionValue = {
    .name = "DimensionValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DimensionValue_range,
};

static const struct awsc_shape s_Dimensions = {
    .name = "Dimensions",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_dimensions),
    .range = &s_Dimensions_range,
    .item = &s_Dimension,
};

const struct awsc_shape awsc__cloudwatch_DisableAlarmActionsInput = {
    .name = "DisableAlarmActionsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_disable_alarm_actions_input),
    .members = awsc__cloudwatch_DisableAlarmActionsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DisableAlarmActionsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DisableInsightRulesInput = {
    .name = "DisableInsightRulesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_disable_insight_rules_input),
    .members = awsc__cloudwatch_DisableInsightRulesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DisableInsightRulesInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DisableInsightRulesOutput = {
    .name = "DisableInsightRulesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_disable_insight_rules_output),
    .members = awsc__cloudwatch_DisableInsightRulesOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DisableInsightRulesOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DisassociateDatasetKmsKeyInput = {
    .name = "DisassociateDatasetKmsKeyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_disassociate_dataset_kms_key_input),
    .members = awsc__cloudwatch_DisassociateDatasetKmsKeyInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_DisassociateDatasetKmsKeyInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_DisassociateDatasetKmsKeyOutput = {
    .name = "DisassociateDatasetKmsKeyOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_disassociate_dataset_kms_key_output),
};

static const struct awsc_shape s_Duration = {
    .name = "Duration",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Duration_range,
};

const struct awsc_shape awsc__cloudwatch_EnableAlarmActionsInput = {
    .name = "EnableAlarmActionsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_enable_alarm_actions_input),
    .members = awsc__cloudwatch_EnableAlarmActionsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_EnableAlarmActionsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_EnableInsightRulesInput = {
    .name = "EnableInsightRulesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_enable_insight_rules_input),
    .members = awsc__cloudwatch_EnableInsightRulesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_EnableInsightRulesInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_EnableInsightRulesOutput = {
    .name = "EnableInsightRulesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_enable_insight_rules_output),
    .members = awsc__cloudwatch_EnableInsightRulesOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_EnableInsightRulesOutput_by_wire_name,
};

static const struct awsc_shape s_EndTimeOffset = {
    .name = "EndTimeOffset",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_EndTimeOffset_range,
};

static const struct awsc_shape s_Entity = {
    .name = "Entity",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_entity),
    .members = s_Entity_members,
    .member_count = 2,
    .by_wire_name = s_Entity_by_wire_name,
};

static const struct awsc_shape s_EntityAttributesMap = {
    .name = "EntityAttributesMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_cloudwatch_entity_attributes_map),
    .range = &s_EntityAttributesMap_range,
    .item = &s_EntityAttributesMapValueString,
    .key = &s_EntityAttributesMapKeyString,
    .value_offset = offsetof(struct awsc_cloudwatch_entity_attributes_map_entry, value),
    .entry_size = sizeof(struct awsc_cloudwatch_entity_attributes_map_entry),
};

static const struct awsc_shape s_EntityAttributesMapKeyString = {
    .name = "EntityAttributesMapKeyString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EntityAttributesMapKeyString_range,
};

static const struct awsc_shape s_EntityAttributesMapValueString = {
    .name = "EntityAttributesMapValueString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EntityAttributesMapValueString_range,
};

static const struct awsc_shape s_EntityKeyAttributesMap = {
    .name = "EntityKeyAttributesMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_cloudwatch_entity_attributes_map),
    .range = &s_EntityKeyAttributesMap_range,
    .item = &s_EntityKeyAttributesMapValueString,
    .key = &s_EntityKeyAttributesMapKeyString,
    .value_offset = offsetof(struct awsc_cloudwatch_entity_attributes_map_entry, value),
    .entry_size = sizeof(struct awsc_cloudwatch_entity_attributes_map_entry),
};

static const struct awsc_shape s_EntityKeyAttributesMapKeyString = {
    .name = "EntityKeyAttributesMapKeyString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EntityKeyAttributesMapKeyString_range,
};

static const struct awsc_shape s_EntityKeyAttributesMapValueString = {
    .name = "EntityKeyAttributesMapValueString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EntityKeyAttributesMapValueString_range,
};

static const struct awsc_shape s_EntityMetricData = {
    .name = "EntityMetricData",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_entity_metric_data),
    .members = s_EntityMetricData_members,
    .member_count = 2,
    .by_wire_name = s_EntityMetricData_by_wire_name,
};

static const struct awsc_shape s_EntityMetricDataList = {
    .name = "EntityMetricDataList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_entity_metric_data_list),
    .item = &s_EntityMetricData,
};

static const struct awsc_shape s_ErrorMessage = {
    .name = "ErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ErrorMessage_range,
};

static const struct awsc_shape s_EvaluateLowSampleCountPercentile = {
    .name = "EvaluateLowSampleCountPercentile",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EvaluateLowSampleCountPercentile_range,
};

static const struct awsc_shape s_EvaluationCriteria = {
    .name = "EvaluationCriteria",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_cloudwatch_evaluation_criteria),
    .members = s_EvaluationCriteria_members,
    .member_count = 1,
    .by_wire_name = s_EvaluationCriteria_by_wire_name,
};

static const struct awsc_shape s_EvaluationInterval = {
    .name = "EvaluationInterval",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_EvaluationInterval_range,
};

static const struct awsc_shape s_EvaluationPeriods = {
    .name = "EvaluationPeriods",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_EvaluationPeriods_range,
};

static const struct awsc_shape s_EvaluationState = {
    .name = "EvaluationState",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EvaluationState_values,
    .enum_count = 3,
};

static const struct awsc_shape s_EvaluationWindow = {
    .name = "EvaluationWindow",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_cloudwatch_evaluation_window),
    .members = s_EvaluationWindow_members,
    .member_count = 2,
    .by_wire_name = s_EvaluationWindow_by_wire_name,
};

static const struct awsc_shape s_ExceptionType = {
    .name = "ExceptionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Expression = {
    .name = "Expression",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Expression_range,
};

static const struct awsc_shape s_ExtendedStatistic = {
    .name = "ExtendedStatistic",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExtendedStatistics = {
    .name = "ExtendedStatistics",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .range = &s_ExtendedStatistics_range,
    .item = &s_ExtendedStatistic,
};

static const struct awsc_shape s_FailureCode = {
    .name = "FailureCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FailureDescription = {
    .name = "FailureDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FailureResource = {
    .name = "FailureResource",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FaultDescription = {
    .name = "FaultDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__cloudwatch_GetAlarmMuteRuleInput = {
    .name = "GetAlarmMuteRuleInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_alarm_mute_rule_input),
    .members = awsc__cloudwatch_GetAlarmMuteRuleInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_GetAlarmMuteRuleInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetAlarmMuteRuleOutput = {
    .name = "GetAlarmMuteRuleOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_alarm_mute_rule_output),
    .members = awsc__cloudwatch_GetAlarmMuteRuleOutput_members,
    .member_count = 10,
    .by_wire_name = awsc__cloudwatch_GetAlarmMuteRuleOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetDashboardInput = {
    .name = "GetDashboardInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_dashboard_input),
    .members = awsc__cloudwatch_GetDashboardInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_GetDashboardInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetDashboardOutput = {
    .name = "GetDashboardOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_dashboard_output),
    .members = awsc__cloudwatch_GetDashboardOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__cloudwatch_GetDashboardOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetDatasetInput = {
    .name = "GetDatasetInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_dataset_input),
    .members = awsc__cloudwatch_GetDatasetInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_GetDatasetInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetDatasetOutput = {
    .name = "GetDatasetOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_dataset_output),
    .members = awsc__cloudwatch_GetDatasetOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__cloudwatch_GetDatasetOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetInsightRuleReportInput = {
    .name = "GetInsightRuleReportInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_insight_rule_report_input),
    .members = awsc__cloudwatch_GetInsightRuleReportInput_members,
    .member_count = 7,
    .by_wire_name = awsc__cloudwatch_GetInsightRuleReportInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetInsightRuleReportOutput = {
    .name = "GetInsightRuleReportOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_insight_rule_report_output),
    .members = awsc__cloudwatch_GetInsightRuleReportOutput_members,
    .member_count = 6,
    .by_wire_name = awsc__cloudwatch_GetInsightRuleReportOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetMetricDataInput = {
    .name = "GetMetricDataInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_metric_data_input),
    .members = awsc__cloudwatch_GetMetricDataInput_members,
    .member_count = 7,
    .by_wire_name = awsc__cloudwatch_GetMetricDataInput_by_wire_name,
};

static const struct awsc_shape s_GetMetricDataLabelTimezone = {
    .name = "GetMetricDataLabelTimezone",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_GetMetricDataMaxDatapoints = {
    .name = "GetMetricDataMaxDatapoints",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__cloudwatch_GetMetricDataOutput = {
    .name = "GetMetricDataOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_metric_data_output),
    .members = awsc__cloudwatch_GetMetricDataOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__cloudwatch_GetMetricDataOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetMetricStatisticsInput = {
    .name = "GetMetricStatisticsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_metric_statistics_input),
    .members = awsc__cloudwatch_GetMetricStatisticsInput_members,
    .member_count = 9,
    .by_wire_name = awsc__cloudwatch_GetMetricStatisticsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetMetricStatisticsOutput = {
    .name = "GetMetricStatisticsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_metric_statistics_output),
    .members = awsc__cloudwatch_GetMetricStatisticsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_GetMetricStatisticsOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetMetricStreamInput = {
    .name = "GetMetricStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_metric_stream_input),
    .members = awsc__cloudwatch_GetMetricStreamInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_GetMetricStreamInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetMetricStreamOutput = {
    .name = "GetMetricStreamOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_metric_stream_output),
    .members = awsc__cloudwatch_GetMetricStreamOutput_members,
    .member_count = 12,
    .by_wire_name = awsc__cloudwatch_GetMetricStreamOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetMetricWidgetImageInput = {
    .name = "GetMetricWidgetImageInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_metric_widget_image_input),
    .members = awsc__cloudwatch_GetMetricWidgetImageInput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_GetMetricWidgetImageInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetMetricWidgetImageOutput = {
    .name = "GetMetricWidgetImageOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_metric_widget_image_output),
    .members = awsc__cloudwatch_GetMetricWidgetImageOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_GetMetricWidgetImageOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_GetOTelEnrichmentInput = {
    .name = "GetOTelEnrichmentInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_o_tel_enrichment_input),
};

const struct awsc_shape awsc__cloudwatch_GetOTelEnrichmentOutput = {
    .name = "GetOTelEnrichmentOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_get_o_tel_enrichment_output),
    .members = awsc__cloudwatch_GetOTelEnrichmentOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_GetOTelEnrichmentOutput_by_wire_name,
};

static const struct awsc_shape s_HistoryData = {
    .name = "HistoryData",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_HistoryData_range,
};

static const struct awsc_shape s_HistoryItemType = {
    .name = "HistoryItemType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_HistoryItemType_values,
    .enum_count = 5,
};

static const struct awsc_shape s_HistorySummary = {
    .name = "HistorySummary",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_HistorySummary_range,
};

static const struct awsc_shape s_IncludeLinkedAccounts = {
    .name = "IncludeLinkedAccounts",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_IncludeLinkedAccountsMetrics = {
    .name = "IncludeLinkedAccountsMetrics",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_InsightRule = {
    .name = "InsightRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_insight_rule),
    .members = s_InsightRule_members,
    .member_count = 6,
    .by_wire_name = s_InsightRule_by_wire_name,
};

static const struct awsc_shape s_InsightRuleAggregationStatistic = {
    .name = "InsightRuleAggregationStatistic",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_InsightRuleContributor = {
    .name = "InsightRuleContributor",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_insight_rule_contributor),
    .members = s_InsightRuleContributor_members,
    .member_count = 3,
    .by_wire_name = s_InsightRuleContributor_by_wire_name,
};

static const struct awsc_shape s_InsightRuleContributorDatapoint = {
    .name = "InsightRuleContributorDatapoint",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_insight_rule_contributor_datapoint),
    .members = s_InsightRuleContributorDatapoint_members,
    .member_count = 2,
    .by_wire_name = s_InsightRuleContributorDatapoint_by_wire_name,
};

static const struct awsc_shape s_InsightRuleContributorDatapoints = {
    .name = "InsightRuleContributorDatapoints",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_insight_rule_contributor_datapoints),
    .item = &s_InsightRuleContributorDatapoint,
};

static const struct awsc_shape s_InsightRuleContributorKey = {
    .name = "InsightRuleContributorKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_InsightRuleContributorKeyLabel = {
    .name = "InsightRuleContributorKeyLabel",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_InsightRuleContributorKeyLabels = {
    .name = "InsightRuleContributorKeyLabels",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_InsightRuleContributorKeyLabel,
};

static const struct awsc_shape s_InsightRuleContributorKeys = {
    .name = "InsightRuleContributorKeys",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_InsightRuleContributorKey,
};

static const struct awsc_shape s_InsightRuleContributors = {
    .name = "InsightRuleContributors",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_insight_rule_contributors),
    .item = &s_InsightRuleContributor,
};

static const struct awsc_shape s_InsightRuleDefinition = {
    .name = "InsightRuleDefinition",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_InsightRuleDefinition_range,
};

static const struct awsc_shape s_InsightRuleIsManaged = {
    .name = "InsightRuleIsManaged",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_InsightRuleMaxResults = {
    .name = "InsightRuleMaxResults",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_InsightRuleMaxResults_range,
};

static const struct awsc_shape s_InsightRuleMetricDatapoint = {
    .name = "InsightRuleMetricDatapoint",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_insight_rule_metric_datapoint),
    .members = s_InsightRuleMetricDatapoint_members,
    .member_count = 8,
    .by_wire_name = s_InsightRuleMetricDatapoint_by_wire_name,
};

static const struct awsc_shape s_InsightRuleMetricDatapoints = {
    .name = "InsightRuleMetricDatapoints",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_insight_rule_metric_datapoints),
    .item = &s_InsightRuleMetricDatapoint,
};

static const struct awsc_shape s_InsightRuleMetricList = {
    .name = "InsightRuleMetricList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_InsightRuleMetricName,
};

static const struct awsc_shape s_InsightRuleMetricName = {
    .name = "InsightRuleMetricName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_InsightRuleMetricName_range,
};

static const struct awsc_shape s_InsightRuleName = {
    .name = "InsightRuleName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_InsightRuleName_range,
};

static const struct awsc_shape s_InsightRuleNames = {
    .name = "InsightRuleNames",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_InsightRuleName,
};

static const struct awsc_shape s_InsightRuleOnTransformedLogs = {
    .name = "InsightRuleOnTransformedLogs",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_InsightRuleOrderBy = {
    .name = "InsightRuleOrderBy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_InsightRuleOrderBy_range,
};

static const struct awsc_shape s_InsightRuleSchema = {
    .name = "InsightRuleSchema",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_InsightRuleState = {
    .name = "InsightRuleState",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_InsightRuleState_range,
};

static const struct awsc_shape s_InsightRuleUnboundDouble = {
    .name = "InsightRuleUnboundDouble",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_InsightRuleUnboundInteger = {
    .name = "InsightRuleUnboundInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_InsightRuleUnboundLong = {
    .name = "InsightRuleUnboundLong",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_InsightRules = {
    .name = "InsightRules",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_insight_rules),
    .item = &s_InsightRule,
};

const struct awsc_shape awsc__cloudwatch_InternalServiceFault = {
    .name = "InternalServiceFault",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_cloudwatch_internal_service_fault),
    .members = awsc__cloudwatch_InternalServiceFault_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_InternalServiceFault_by_wire_name,
    .error_code = "InternalServiceError",
    .http_status = 500,
};

const struct awsc_shape awsc__cloudwatch_InvalidFormatFault = {
    .name = "InvalidFormatFault",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_invalid_format_fault),
    .members = awsc__cloudwatch_InvalidFormatFault_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_InvalidFormatFault_by_wire_name,
    .error_code = "InvalidFormat",
    .http_status = 400,
};

const struct awsc_shape awsc__cloudwatch_InvalidNextToken = {
    .name = "InvalidNextToken",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_invalid_next_token),
    .members = awsc__cloudwatch_InvalidNextToken_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_InvalidNextToken_by_wire_name,
    .error_code = "InvalidNextToken",
    .http_status = 400,
};

const struct awsc_shape awsc__cloudwatch_InvalidParameterCombinationException = {
    .name = "InvalidParameterCombinationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_invalid_parameter_combination_exception),
    .members = awsc__cloudwatch_InvalidParameterCombinationException_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_InvalidParameterCombinationException_by_wire_name,
    .error_code = "InvalidParameterCombination",
    .http_status = 400,
};

const struct awsc_shape awsc__cloudwatch_InvalidParameterValueException = {
    .name = "InvalidParameterValueException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_invalid_parameter_value_exception),
    .members = awsc__cloudwatch_InvalidParameterValueException_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_InvalidParameterValueException_by_wire_name,
    .error_code = "InvalidParameterValue",
    .http_status = 400,
};

const struct awsc_shape awsc__cloudwatch_KmsAccessDeniedException = {
    .name = "KmsAccessDeniedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_cloudwatch_kms_access_denied_exception),
    .members = awsc__cloudwatch_KmsAccessDeniedException_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_KmsAccessDeniedException_by_wire_name,
    .error_code = "KmsAccessDeniedException",
    .http_status = 0,
};

static const struct awsc_shape s_KmsKeyArn = {
    .name = "KmsKeyArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_KmsKeyArn_range,
};

const struct awsc_shape awsc__cloudwatch_KmsKeyDisabledException = {
    .name = "KmsKeyDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_cloudwatch_kms_key_disabled_exception),
    .members = awsc__cloudwatch_KmsKeyDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_KmsKeyDisabledException_by_wire_name,
    .error_code = "KmsKeyDisabledException",
    .http_status = 0,
};

const struct awsc_shape awsc__cloudwatch_KmsKeyNotFoundException = {
    .name = "KmsKeyNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_cloudwatch_kms_key_not_found_exception),
    .members = awsc__cloudwatch_KmsKeyNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_KmsKeyNotFoundException_by_wire_name,
    .error_code = "KmsKeyNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_LabelOptions = {
    .name = "LabelOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_label_options),
    .members = s_LabelOptions_members,
    .member_count = 1,
    .by_wire_name = s_LabelOptions_by_wire_name,
};

static const struct awsc_shape s_LastModified = {
    .name = "LastModified",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

const struct awsc_shape awsc__cloudwatch_LimitExceededException = {
    .name = "LimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_limit_exceeded_exception),
    .error_code = "LimitExceededException",
    .http_status = 400,
};

const struct awsc_shape awsc__cloudwatch_LimitExceededFault = {
    .name = "LimitExceededFault",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_limit_exceeded_fault),
    .members = awsc__cloudwatch_LimitExceededFault_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_LimitExceededFault_by_wire_name,
    .error_code = "LimitExceeded",
    .http_status = 400,
};

const struct awsc_shape awsc__cloudwatch_ListAlarmMuteRulesInput = {
    .name = "ListAlarmMuteRulesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_alarm_mute_rules_input),
    .members = awsc__cloudwatch_ListAlarmMuteRulesInput_members,
    .member_count = 4,
    .by_wire_name = awsc__cloudwatch_ListAlarmMuteRulesInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListAlarmMuteRulesOutput = {
    .name = "ListAlarmMuteRulesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_alarm_mute_rules_output),
    .members = awsc__cloudwatch_ListAlarmMuteRulesOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_ListAlarmMuteRulesOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListDashboardsInput = {
    .name = "ListDashboardsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_dashboards_input),
    .members = awsc__cloudwatch_ListDashboardsInput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_ListDashboardsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListDashboardsOutput = {
    .name = "ListDashboardsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_dashboards_output),
    .members = awsc__cloudwatch_ListDashboardsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_ListDashboardsOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListManagedInsightRulesInput = {
    .name = "ListManagedInsightRulesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_managed_insight_rules_input),
    .members = awsc__cloudwatch_ListManagedInsightRulesInput_members,
    .member_count = 3,
    .by_wire_name = awsc__cloudwatch_ListManagedInsightRulesInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListManagedInsightRulesOutput = {
    .name = "ListManagedInsightRulesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_managed_insight_rules_output),
    .members = awsc__cloudwatch_ListManagedInsightRulesOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_ListManagedInsightRulesOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListMetricStreamsInput = {
    .name = "ListMetricStreamsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_metric_streams_input),
    .members = awsc__cloudwatch_ListMetricStreamsInput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_ListMetricStreamsInput_by_wire_name,
};

static const struct awsc_shape s_ListMetricStreamsMaxResults = {
    .name = "ListMetricStreamsMaxResults",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ListMetricStreamsMaxResults_range,
};

const struct awsc_shape awsc__cloudwatch_ListMetricStreamsOutput = {
    .name = "ListMetricStreamsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_metric_streams_output),
    .members = awsc__cloudwatch_ListMetricStreamsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_ListMetricStreamsOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListMetricsInput = {
    .name = "ListMetricsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_metrics_input),
    .members = awsc__cloudwatch_ListMetricsInput_members,
    .member_count = 7,
    .by_wire_name = awsc__cloudwatch_ListMetricsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListMetricsOutput = {
    .name = "ListMetricsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_metrics_output),
    .members = awsc__cloudwatch_ListMetricsOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__cloudwatch_ListMetricsOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListTagsForResourceInput = {
    .name = "ListTagsForResourceInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_tags_for_resource_input),
    .members = awsc__cloudwatch_ListTagsForResourceInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_ListTagsForResourceInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_ListTagsForResourceOutput = {
    .name = "ListTagsForResourceOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_list_tags_for_resource_output),
    .members = awsc__cloudwatch_ListTagsForResourceOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_ListTagsForResourceOutput_by_wire_name,
};

static const struct awsc_shape s_LogAlarm = {
    .name = "LogAlarm",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_log_alarm),
    .members = s_LogAlarm_members,
    .member_count = 22,
    .by_wire_name = s_LogAlarm_by_wire_name,
};

static const struct awsc_shape s_LogAlarms = {
    .name = "LogAlarms",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_log_alarms),
    .item = &s_LogAlarm,
};

static const struct awsc_shape s_LogGroupIdentifiers = {
    .name = "LogGroupIdentifiers",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .range = &s_LogGroupIdentifiers_range,
    .item = &s_AmazonResourceName,
};

static const struct awsc_shape s_ManagedRule = {
    .name = "ManagedRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_managed_rule),
    .members = s_ManagedRule_members,
    .member_count = 3,
    .by_wire_name = s_ManagedRule_by_wire_name,
};

static const struct awsc_shape s_ManagedRuleDescription = {
    .name = "ManagedRuleDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_managed_rule_description),
    .members = s_ManagedRuleDescription_members,
    .member_count = 3,
    .by_wire_name = s_ManagedRuleDescription_by_wire_name,
};

static const struct awsc_shape s_ManagedRuleDescriptions = {
    .name = "ManagedRuleDescriptions",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_managed_rule_descriptions),
    .item = &s_ManagedRuleDescription,
};

static const struct awsc_shape s_ManagedRuleState = {
    .name = "ManagedRuleState",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_managed_rule_state),
    .members = s_ManagedRuleState_members,
    .member_count = 2,
    .by_wire_name = s_ManagedRuleState_by_wire_name,
};

static const struct awsc_shape s_ManagedRules = {
    .name = "ManagedRules",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_managed_rules),
    .item = &s_ManagedRule,
};

static const struct awsc_shape s_MaxRecords = {
    .name = "MaxRecords",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxRecords_range,
};

static const struct awsc_shape s_MaxReturnedResultsCount = {
    .name = "MaxReturnedResultsCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxReturnedResultsCount_range,
};

static const struct awsc_shape s_Message = {
    .name = "Message",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MessageData = {
    .name = "MessageData",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_message_data),
    .members = s_MessageData_members,
    .member_count = 2,
    .by_wire_name = s_MessageData_by_wire_name,
};

static const struct awsc_shape s_MessageDataCode = {
    .name = "MessageDataCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MessageDataValue = {
    .name = "MessageDataValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Metric = {
    .name = "Metric",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric),
    .members = s_Metric_members,
    .member_count = 3,
    .by_wire_name = s_Metric_by_wire_name,
};

static const struct awsc_shape s_MetricAlarm = {
    .name = "MetricAlarm",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_alarm),
    .members = s_MetricAlarm_members,
    .member_count = 32,
    .by_wire_name = s_MetricAlarm_by_wire_name,
};

static const struct awsc_shape s_MetricAlarms = {
    .name = "MetricAlarms",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metric_alarms),
    .item = &s_MetricAlarm,
};

static const struct awsc_shape s_MetricCharacteristics = {
    .name = "MetricCharacteristics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_characteristics),
    .members = s_MetricCharacteristics_members,
    .member_count = 1,
    .by_wire_name = s_MetricCharacteristics_by_wire_name,
};

static const struct awsc_shape s_MetricData = {
    .name = "MetricData",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metric_data),
    .item = &s_MetricDatum,
};

static const struct awsc_shape s_MetricDataQueries = {
    .name = "MetricDataQueries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metric_data_queries),
    .item = &s_MetricDataQuery,
};

static const struct awsc_shape s_MetricDataQuery = {
    .name = "MetricDataQuery",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_data_query),
    .members = s_MetricDataQuery_members,
    .member_count = 7,
    .by_wire_name = s_MetricDataQuery_by_wire_name,
};

static const struct awsc_shape s_MetricDataResult = {
    .name = "MetricDataResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_data_result),
    .members = s_MetricDataResult_members,
    .member_count = 6,
    .by_wire_name = s_MetricDataResult_by_wire_name,
};

static const struct awsc_shape s_MetricDataResultMessages = {
    .name = "MetricDataResultMessages",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metric_data_result_messages),
    .item = &s_MessageData,
};

static const struct awsc_shape s_MetricDataResults = {
    .name = "MetricDataResults",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metric_data_results),
    .item = &s_MetricDataResult,
};

static const struct awsc_shape s_MetricDatum = {
    .name = "MetricDatum",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_datum),
    .members = s_MetricDatum_members,
    .member_count = 9,
    .by_wire_name = s_MetricDatum_by_wire_name,
};

static const struct awsc_shape s_MetricExpression = {
    .name = "MetricExpression",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_MetricExpression_range,
};

static const struct awsc_shape s_MetricId = {
    .name = "MetricId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_MetricId_range,
};

static const struct awsc_shape s_MetricLabel = {
    .name = "MetricLabel",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MetricMathAnomalyDetector = {
    .name = "MetricMathAnomalyDetector",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_math_anomaly_detector),
    .members = s_MetricMathAnomalyDetector_members,
    .member_count = 1,
    .by_wire_name = s_MetricMathAnomalyDetector_by_wire_name,
};

static const struct awsc_shape s_MetricName = {
    .name = "MetricName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_MetricName_range,
};

static const struct awsc_shape s_MetricStat = {
    .name = "MetricStat",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_stat),
    .members = s_MetricStat_members,
    .member_count = 4,
    .by_wire_name = s_MetricStat_by_wire_name,
};

static const struct awsc_shape s_MetricStreamEntries = {
    .name = "MetricStreamEntries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metric_stream_entries),
    .item = &s_MetricStreamEntry,
};

static const struct awsc_shape s_MetricStreamEntry = {
    .name = "MetricStreamEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_stream_entry),
    .members = s_MetricStreamEntry_members,
    .member_count = 7,
    .by_wire_name = s_MetricStreamEntry_by_wire_name,
};

static const struct awsc_shape s_MetricStreamFilter = {
    .name = "MetricStreamFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_stream_filter),
    .members = s_MetricStreamFilter_members,
    .member_count = 2,
    .by_wire_name = s_MetricStreamFilter_by_wire_name,
};

static const struct awsc_shape s_MetricStreamFilterMetricNames = {
    .name = "MetricStreamFilterMetricNames",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_MetricName,
};

static const struct awsc_shape s_MetricStreamFilters = {
    .name = "MetricStreamFilters",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metric_stream_filters),
    .item = &s_MetricStreamFilter,
};

static const struct awsc_shape s_MetricStreamName = {
    .name = "MetricStreamName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_MetricStreamName_range,
};

static const struct awsc_shape s_MetricStreamNames = {
    .name = "MetricStreamNames",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_MetricStreamName,
};

static const struct awsc_shape s_MetricStreamOutputFormat = {
    .name = "MetricStreamOutputFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_MetricStreamOutputFormat_range,
    .enum_values = s_MetricStreamOutputFormat_values,
    .enum_count = 3,
};

static const struct awsc_shape s_MetricStreamState = {
    .name = "MetricStreamState",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MetricStreamStatistic = {
    .name = "MetricStreamStatistic",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MetricStreamStatisticsAdditionalStatistics = {
    .name = "MetricStreamStatisticsAdditionalStatistics",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_MetricStreamStatistic,
};

static const struct awsc_shape s_MetricStreamStatisticsConfiguration = {
    .name = "MetricStreamStatisticsConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_configuration),
    .members = s_MetricStreamStatisticsConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_MetricStreamStatisticsConfiguration_by_wire_name,
};

static const struct awsc_shape s_MetricStreamStatisticsConfigurations = {
    .name = "MetricStreamStatisticsConfigurations",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_configurations),
    .item = &s_MetricStreamStatisticsConfiguration,
};

static const struct awsc_shape s_MetricStreamStatisticsIncludeMetrics = {
    .name = "MetricStreamStatisticsIncludeMetrics",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_include_metrics),
    .item = &s_MetricStreamStatisticsMetric,
};

static const struct awsc_shape s_MetricStreamStatisticsMetric = {
    .name = "MetricStreamStatisticsMetric",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_metric_stream_statistics_metric),
    .members = s_MetricStreamStatisticsMetric_members,
    .member_count = 2,
    .by_wire_name = s_MetricStreamStatisticsMetric_by_wire_name,
};

static const struct awsc_shape s_MetricWidget = {
    .name = "MetricWidget",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MetricWidgetImage = {
    .name = "MetricWidgetImage",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_Metrics = {
    .name = "Metrics",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_metrics),
    .item = &s_Metric,
};

const struct awsc_shape awsc__cloudwatch_MissingRequiredParameterException = {
    .name = "MissingRequiredParameterException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_missing_required_parameter_exception),
    .members = awsc__cloudwatch_MissingRequiredParameterException_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_MissingRequiredParameterException_by_wire_name,
    .error_code = "MissingParameter",
    .http_status = 400,
};

static const struct awsc_shape s_MuteTargetAlarmNameList = {
    .name = "MuteTargetAlarmNameList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .range = &s_MuteTargetAlarmNameList_range,
    .item = &s_Name,
};

static const struct awsc_shape s_MuteTargets = {
    .name = "MuteTargets",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_mute_targets),
    .members = s_MuteTargets_members,
    .member_count = 1,
    .by_wire_name = s_MuteTargets_by_wire_name,
};

static const struct awsc_shape s_MuteType = {
    .name = "MuteType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Name = {
    .name = "Name",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Name_range,
};

static const struct awsc_shape s_Namespace = {
    .name = "Namespace",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Namespace_range,
};

static const struct awsc_shape s_NextToken = {
    .name = "NextToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_OTelEnrichmentStatus = {
    .name = "OTelEnrichmentStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_OTelEnrichmentStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_OutputFormat = {
    .name = "OutputFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_OwningAccounts = {
    .name = "OwningAccounts",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_AccountId,
};

static const struct awsc_shape s_PartialFailure = {
    .name = "PartialFailure",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_partial_failure),
    .members = s_PartialFailure_members,
    .member_count = 4,
    .by_wire_name = s_PartialFailure_by_wire_name,
};

static const struct awsc_shape s_PendingPeriod = {
    .name = "PendingPeriod",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_PendingPeriod_range,
};

static const struct awsc_shape s_Period = {
    .name = "Period",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_Period_range,
};

static const struct awsc_shape s_PeriodicSpikes = {
    .name = "PeriodicSpikes",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

const struct awsc_shape awsc__cloudwatch_PutAlarmMuteRuleInput = {
    .name = "PutAlarmMuteRuleInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_alarm_mute_rule_input),
    .members = awsc__cloudwatch_PutAlarmMuteRuleInput_members,
    .member_count = 7,
    .by_wire_name = awsc__cloudwatch_PutAlarmMuteRuleInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutAnomalyDetectorInput = {
    .name = "PutAnomalyDetectorInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_anomaly_detector_input),
    .members = awsc__cloudwatch_PutAnomalyDetectorInput_members,
    .member_count = 8,
    .by_wire_name = awsc__cloudwatch_PutAnomalyDetectorInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutAnomalyDetectorOutput = {
    .name = "PutAnomalyDetectorOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_anomaly_detector_output),
    .members = awsc__cloudwatch_PutAnomalyDetectorOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_PutAnomalyDetectorOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutCompositeAlarmInput = {
    .name = "PutCompositeAlarmInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_composite_alarm_input),
    .members = awsc__cloudwatch_PutCompositeAlarmInput_members,
    .member_count = 11,
    .by_wire_name = awsc__cloudwatch_PutCompositeAlarmInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutDashboardInput = {
    .name = "PutDashboardInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_dashboard_input),
    .members = awsc__cloudwatch_PutDashboardInput_members,
    .member_count = 3,
    .by_wire_name = awsc__cloudwatch_PutDashboardInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutDashboardOutput = {
    .name = "PutDashboardOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_dashboard_output),
    .members = awsc__cloudwatch_PutDashboardOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_PutDashboardOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutInsightRuleInput = {
    .name = "PutInsightRuleInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_insight_rule_input),
    .members = awsc__cloudwatch_PutInsightRuleInput_members,
    .member_count = 5,
    .by_wire_name = awsc__cloudwatch_PutInsightRuleInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutInsightRuleOutput = {
    .name = "PutInsightRuleOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_insight_rule_output),
};

const struct awsc_shape awsc__cloudwatch_PutLogAlarmInput = {
    .name = "PutLogAlarmInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_log_alarm_input),
    .members = awsc__cloudwatch_PutLogAlarmInput_members,
    .member_count = 15,
    .by_wire_name = awsc__cloudwatch_PutLogAlarmInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutManagedInsightRulesInput = {
    .name = "PutManagedInsightRulesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_managed_insight_rules_input),
    .members = awsc__cloudwatch_PutManagedInsightRulesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_PutManagedInsightRulesInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutManagedInsightRulesOutput = {
    .name = "PutManagedInsightRulesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_managed_insight_rules_output),
    .members = awsc__cloudwatch_PutManagedInsightRulesOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_PutManagedInsightRulesOutput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutMetricAlarmInput = {
    .name = "PutMetricAlarmInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_metric_alarm_input),
    .members = awsc__cloudwatch_PutMetricAlarmInput_members,
    .member_count = 25,
    .by_wire_name = awsc__cloudwatch_PutMetricAlarmInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutMetricDataInput = {
    .name = "PutMetricDataInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_metric_data_input),
    .members = awsc__cloudwatch_PutMetricDataInput_members,
    .member_count = 4,
    .by_wire_name = awsc__cloudwatch_PutMetricDataInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutMetricStreamInput = {
    .name = "PutMetricStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_metric_stream_input),
    .members = awsc__cloudwatch_PutMetricStreamInput_members,
    .member_count = 9,
    .by_wire_name = awsc__cloudwatch_PutMetricStreamInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_PutMetricStreamOutput = {
    .name = "PutMetricStreamOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_put_metric_stream_output),
    .members = awsc__cloudwatch_PutMetricStreamOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_PutMetricStreamOutput_by_wire_name,
};

static const struct awsc_shape s_Query = {
    .name = "Query",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Query_range,
};

static const struct awsc_shape s_QueryResultsToAlarm = {
    .name = "QueryResultsToAlarm",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_QueryResultsToAlarm_range,
};

static const struct awsc_shape s_QueryResultsToEvaluate = {
    .name = "QueryResultsToEvaluate",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_QueryResultsToEvaluate_range,
};

static const struct awsc_shape s_QueryString = {
    .name = "QueryString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_QueryString_range,
};

static const struct awsc_shape s_Range = {
    .name = "Range",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_range),
    .members = s_Range_members,
    .member_count = 2,
    .by_wire_name = s_Range_by_wire_name,
};

static const struct awsc_shape s_RecentlyActive = {
    .name = "RecentlyActive",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_RecentlyActive_values,
    .enum_count = 1,
};

static const struct awsc_shape s_RecoveryPeriod = {
    .name = "RecoveryPeriod",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_RecoveryPeriod_range,
};

const struct awsc_shape awsc__cloudwatch_ResourceConflict = {
    .name = "ResourceConflict",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_resource_conflict),
    .members = awsc__cloudwatch_ResourceConflict_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_ResourceConflict_by_wire_name,
    .error_code = "ResourceConflict",
    .http_status = 409,
};

static const struct awsc_shape s_ResourceId = {
    .name = "ResourceId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ResourceList = {
    .name = "ResourceList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .range = &s_ResourceList_range,
    .item = &s_ResourceName,
};

static const struct awsc_shape s_ResourceName = {
    .name = "ResourceName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ResourceName_range,
};

const struct awsc_shape awsc__cloudwatch_ResourceNotFound = {
    .name = "ResourceNotFound",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_resource_not_found),
    .members = awsc__cloudwatch_ResourceNotFound_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_ResourceNotFound_by_wire_name,
    .error_code = "ResourceNotFound",
    .http_status = 404,
};

const struct awsc_shape awsc__cloudwatch_ResourceNotFoundException = {
    .name = "ResourceNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_cloudwatch_resource_not_found_exception),
    .members = awsc__cloudwatch_ResourceNotFoundException_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_ResourceNotFoundException_by_wire_name,
    .error_code = "ResourceNotFoundException",
    .http_status = 404,
};

static const struct awsc_shape s_ResourceType = {
    .name = "ResourceType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReturnData = {
    .name = "ReturnData",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_Rule = {
    .name = "Rule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_rule),
    .members = s_Rule_members,
    .member_count = 1,
    .by_wire_name = s_Rule_by_wire_name,
};

static const struct awsc_shape s_ScanBy = {
    .name = "ScanBy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ScanBy_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Schedule = {
    .name = "Schedule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_schedule),
    .members = s_Schedule_members,
    .member_count = 3,
    .by_wire_name = s_Schedule_by_wire_name,
};

static const struct awsc_shape s_ScheduleConfiguration = {
    .name = "ScheduleConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_schedule_configuration),
    .members = s_ScheduleConfiguration_members,
    .member_count = 3,
    .by_wire_name = s_ScheduleConfiguration_by_wire_name,
};

static const struct awsc_shape s_ScheduleExpression = {
    .name = "ScheduleExpression",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ScheduleExpression_range,
};

static const struct awsc_shape s_ScheduledQueryConfiguration = {
    .name = "ScheduledQueryConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_scheduled_query_configuration),
    .members = s_ScheduledQueryConfiguration_members,
    .member_count = 7,
    .by_wire_name = s_ScheduledQueryConfiguration_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_SetAlarmStateInput = {
    .name = "SetAlarmStateInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_set_alarm_state_input),
    .members = awsc__cloudwatch_SetAlarmStateInput_members,
    .member_count = 4,
    .by_wire_name = awsc__cloudwatch_SetAlarmStateInput_by_wire_name,
};

static const struct awsc_shape s_SingleMetricAnomalyDetector = {
    .name = "SingleMetricAnomalyDetector",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_single_metric_anomaly_detector),
    .members = s_SingleMetricAnomalyDetector_members,
    .member_count = 5,
    .by_wire_name = s_SingleMetricAnomalyDetector_by_wire_name,
};

static const struct awsc_shape s_Size = {
    .name = "Size",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_SlidingWindow = {
    .name = "SlidingWindow",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_sliding_window),
};

static const struct awsc_shape s_StandardUnit = {
    .name = "StandardUnit",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StandardUnit_values,
    .enum_count = 27,
};

const struct awsc_shape awsc__cloudwatch_StartMetricStreamsInput = {
    .name = "StartMetricStreamsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_start_metric_streams_input),
    .members = awsc__cloudwatch_StartMetricStreamsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_StartMetricStreamsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_StartMetricStreamsOutput = {
    .name = "StartMetricStreamsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_start_metric_streams_output),
};

const struct awsc_shape awsc__cloudwatch_StartOTelEnrichmentInput = {
    .name = "StartOTelEnrichmentInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_start_o_tel_enrichment_input),
};

const struct awsc_shape awsc__cloudwatch_StartOTelEnrichmentOutput = {
    .name = "StartOTelEnrichmentOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_start_o_tel_enrichment_output),
};

static const struct awsc_shape s_StartTimeOffset = {
    .name = "StartTimeOffset",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_StartTimeOffset_range,
};

static const struct awsc_shape s_Stat = {
    .name = "Stat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_StateReason = {
    .name = "StateReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_StateReason_range,
};

static const struct awsc_shape s_StateReasonData = {
    .name = "StateReasonData",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_StateReasonData_range,
};

static const struct awsc_shape s_StateValue = {
    .name = "StateValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StateValue_values,
    .enum_count = 3,
};

static const struct awsc_shape s_Statistic = {
    .name = "Statistic",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Statistic_values,
    .enum_count = 5,
};

static const struct awsc_shape s_StatisticSet = {
    .name = "StatisticSet",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_statistic_set),
    .members = s_StatisticSet_members,
    .member_count = 4,
    .by_wire_name = s_StatisticSet_by_wire_name,
};

static const struct awsc_shape s_Statistics = {
    .name = "Statistics",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .range = &s_Statistics_range,
    .item = &s_Statistic,
};

static const struct awsc_shape s_StatusCode = {
    .name = "StatusCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StatusCode_values,
    .enum_count = 4,
};

const struct awsc_shape awsc__cloudwatch_StopMetricStreamsInput = {
    .name = "StopMetricStreamsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_stop_metric_streams_input),
    .members = awsc__cloudwatch_StopMetricStreamsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__cloudwatch_StopMetricStreamsInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_StopMetricStreamsOutput = {
    .name = "StopMetricStreamsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_stop_metric_streams_output),
};

const struct awsc_shape awsc__cloudwatch_StopOTelEnrichmentInput = {
    .name = "StopOTelEnrichmentInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_stop_o_tel_enrichment_input),
};

const struct awsc_shape awsc__cloudwatch_StopOTelEnrichmentOutput = {
    .name = "StopOTelEnrichmentOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_stop_o_tel_enrichment_output),
};

static const struct awsc_shape s_StorageResolution = {
    .name = "StorageResolution",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_StorageResolution_range,
};

static const struct awsc_shape s_StrictEntityValidation = {
    .name = "StrictEntityValidation",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_String = {
    .name = "String",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SuppressorPeriod = {
    .name = "SuppressorPeriod",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_tag),
    .members = s_Tag_members,
    .member_count = 2,
    .by_wire_name = s_Tag_by_wire_name,
};

static const struct awsc_shape s_TagKey = {
    .name = "TagKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagKey_range,
};

static const struct awsc_shape s_TagKeyList = {
    .name = "TagKeyList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_resource_list),
    .item = &s_TagKey,
};

static const struct awsc_shape s_TagList = {
    .name = "TagList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_tag_list),
    .item = &s_Tag,
};

const struct awsc_shape awsc__cloudwatch_TagResourceInput = {
    .name = "TagResourceInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_tag_resource_input),
    .members = awsc__cloudwatch_TagResourceInput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_TagResourceInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_TagResourceOutput = {
    .name = "TagResourceOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_tag_resource_output),
};

static const struct awsc_shape s_TagValue = {
    .name = "TagValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagValue_range,
};

static const struct awsc_shape s_TemplateName = {
    .name = "TemplateName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TemplateName_range,
};

static const struct awsc_shape s_Threshold = {
    .name = "Threshold",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_Timestamp = {
    .name = "Timestamp",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_Timestamps = {
    .name = "Timestamps",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_timestamps),
    .item = &s_Timestamp,
};

static const struct awsc_shape s_Timezone = {
    .name = "Timezone",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Timezone_range,
};

static const struct awsc_shape s_TreatMissingData = {
    .name = "TreatMissingData",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TreatMissingData_range,
};

const struct awsc_shape awsc__cloudwatch_UntagResourceInput = {
    .name = "UntagResourceInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_untag_resource_input),
    .members = awsc__cloudwatch_UntagResourceInput_members,
    .member_count = 2,
    .by_wire_name = awsc__cloudwatch_UntagResourceInput_by_wire_name,
};

const struct awsc_shape awsc__cloudwatch_UntagResourceOutput = {
    .name = "UntagResourceOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_untag_resource_output),
};

static const struct awsc_shape s_Values = {
    .name = "Values",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_cloudwatch_counts),
    .item = &s_DatapointValue,
};

static const struct awsc_shape s_WallClockWindow = {
    .name = "WallClockWindow",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_cloudwatch_wall_clock_window),
    .members = s_WallClockWindow_members,
    .member_count = 1,
    .by_wire_name = s_WallClockWindow_by_wire_name,
};
