/*
 * dynamodb_shapes.c - shape descriptors of DynamoDB.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/dynamodb.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_dynamodb_attribute_definitions, count) == offsetof(struct awsc_list_view, count), "AttributeDefinitions");
_Static_assert(offsetof(struct awsc_dynamodb_attribute_name_list, count) == offsetof(struct awsc_list_view, count), "AttributeNameList");
_Static_assert(offsetof(struct awsc_dynamodb_attribute_value_list, count) == offsetof(struct awsc_list_view, count), "AttributeValueList");
_Static_assert(offsetof(struct awsc_dynamodb_auto_scaling_policy_description_list, count) == offsetof(struct awsc_list_view, count), "AutoScalingPolicyDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_backup_summaries, count) == offsetof(struct awsc_list_view, count), "BackupSummaries");
_Static_assert(offsetof(struct awsc_dynamodb_binary_set_attribute_value, count) == offsetof(struct awsc_list_view, count), "BinarySetAttributeValue");
_Static_assert(offsetof(struct awsc_dynamodb_cancellation_reason_list, count) == offsetof(struct awsc_list_view, count), "CancellationReasonList");
_Static_assert(offsetof(struct awsc_dynamodb_consumed_capacity_multiple, count) == offsetof(struct awsc_list_view, count), "ConsumedCapacityMultiple");
_Static_assert(offsetof(struct awsc_dynamodb_contributor_insights_summaries, count) == offsetof(struct awsc_list_view, count), "ContributorInsightsSummaries");
_Static_assert(offsetof(struct awsc_dynamodb_endpoints, count) == offsetof(struct awsc_list_view, count), "Endpoints");
_Static_assert(offsetof(struct awsc_dynamodb_export_summaries, count) == offsetof(struct awsc_list_view, count), "ExportSummaries");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update_list, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexAutoScalingUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_index_description_list, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_index_list, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexList");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_index_update_list, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_indexes, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexes");
_Static_assert(offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update_list, count) == offsetof(struct awsc_list_view, count), "GlobalTableGlobalSecondaryIndexSettingsUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_global_table_list, count) == offsetof(struct awsc_list_view, count), "GlobalTableList");
_Static_assert(offsetof(struct awsc_dynamodb_global_table_witness_description_list, count) == offsetof(struct awsc_list_view, count), "GlobalTableWitnessDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_global_table_witness_group_update_list, count) == offsetof(struct awsc_list_view, count), "GlobalTableWitnessGroupUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_import_summary_list, count) == offsetof(struct awsc_list_view, count), "ImportSummaryList");
_Static_assert(offsetof(struct awsc_dynamodb_item_collection_metrics_multiple, count) == offsetof(struct awsc_list_view, count), "ItemCollectionMetricsMultiple");
_Static_assert(offsetof(struct awsc_dynamodb_item_collection_size_estimate_range, count) == offsetof(struct awsc_list_view, count), "ItemCollectionSizeEstimateRange");
_Static_assert(offsetof(struct awsc_dynamodb_item_list, count) == offsetof(struct awsc_list_view, count), "ItemList");
_Static_assert(offsetof(struct awsc_dynamodb_item_response_list, count) == offsetof(struct awsc_list_view, count), "ItemResponseList");
_Static_assert(offsetof(struct awsc_dynamodb_key_schema, count) == offsetof(struct awsc_list_view, count), "KeySchema");
_Static_assert(offsetof(struct awsc_dynamodb_kinesis_data_stream_destinations, count) == offsetof(struct awsc_list_view, count), "KinesisDataStreamDestinations");
_Static_assert(offsetof(struct awsc_dynamodb_local_secondary_index_description_list, count) == offsetof(struct awsc_list_view, count), "LocalSecondaryIndexDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_local_secondary_index_list, count) == offsetof(struct awsc_list_view, count), "LocalSecondaryIndexList");
_Static_assert(offsetof(struct awsc_dynamodb_local_secondary_indexes, count) == offsetof(struct awsc_list_view, count), "LocalSecondaryIndexes");
_Static_assert(offsetof(struct awsc_dynamodb_parameterized_statements, count) == offsetof(struct awsc_list_view, count), "ParameterizedStatements");
_Static_assert(offsetof(struct awsc_dynamodb_parti_ql_batch_request, count) == offsetof(struct awsc_list_view, count), "PartiQLBatchRequest");
_Static_assert(offsetof(struct awsc_dynamodb_parti_ql_batch_response, count) == offsetof(struct awsc_list_view, count), "PartiQLBatchResponse");
_Static_assert(offsetof(struct awsc_dynamodb_replica_auto_scaling_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaAutoScalingDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_auto_scaling_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaAutoScalingUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexAutoScalingUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexSettingsDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexSettingsUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_list, count) == offsetof(struct awsc_list_view, count), "ReplicaList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_settings_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaSettingsDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_settings_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaSettingsUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replication_group_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicationGroupUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_search_result_list, count) == offsetof(struct awsc_list_view, count), "SearchResultList");
_Static_assert(offsetof(struct awsc_dynamodb_search_schema, count) == offsetof(struct awsc_list_view, count), "SearchSchema");
_Static_assert(offsetof(struct awsc_dynamodb_tag_list, count) == offsetof(struct awsc_list_view, count), "TagList");
_Static_assert(offsetof(struct awsc_dynamodb_throttling_reason_list, count) == offsetof(struct awsc_list_view, count), "ThrottlingReasonList");
_Static_assert(offsetof(struct awsc_dynamodb_transact_get_item_list, count) == offsetof(struct awsc_list_view, count), "TransactGetItemList");
_Static_assert(offsetof(struct awsc_dynamodb_transact_write_item_list, count) == offsetof(struct awsc_list_view, count), "TransactWriteItemList");
_Static_assert(offsetof(struct awsc_dynamodb_vector_index_description_list, count) == offsetof(struct awsc_list_view, count), "VectorIndexDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_vector_index_list, count) == offsetof(struct awsc_list_view, count), "VectorIndexList");
_Static_assert(offsetof(struct awsc_dynamodb_vector_index_update_list, count) == offsetof(struct awsc_list_view, count), "VectorIndexUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_vector_indexes, count) == offsetof(struct awsc_list_view, count), "VectorIndexes");
_Static_assert(offsetof(struct awsc_dynamodb_write_requests, count) == offsetof(struct awsc_list_view, count), "WriteRequests");
_Static_assert(offsetof(struct awsc_dynamodb_attribute_map, count) == offsetof(struct awsc_map_view, count), "AttributeMap");
_Static_assert(offsetof(struct awsc_dynamodb_attribute_updates, count) == offsetof(struct awsc_map_view, count), "AttributeUpdates");
_Static_assert(offsetof(struct awsc_dynamodb_batch_get_request_map, count) == offsetof(struct awsc_map_view, count), "BatchGetRequestMap");
_Static_assert(offsetof(struct awsc_dynamodb_batch_get_response_map, count) == offsetof(struct awsc_map_view, count), "BatchGetResponseMap");
_Static_assert(offsetof(struct awsc_dynamodb_batch_write_item_request_map, count) == offsetof(struct awsc_map_view, count), "BatchWriteItemRequestMap");
_Static_assert(offsetof(struct awsc_dynamodb_expected_attribute_map, count) == offsetof(struct awsc_map_view, count), "ExpectedAttributeMap");
_Static_assert(offsetof(struct awsc_dynamodb_expression_attribute_name_map, count) == offsetof(struct awsc_map_view, count), "ExpressionAttributeNameMap");
_Static_assert(offsetof(struct awsc_dynamodb_filter_condition_map, count) == offsetof(struct awsc_map_view, count), "FilterConditionMap");
_Static_assert(offsetof(struct awsc_dynamodb_item_collection_metrics_per_table, count) == offsetof(struct awsc_map_view, count), "ItemCollectionMetricsPerTable");
_Static_assert(offsetof(struct awsc_dynamodb_secondary_indexes_capacity_map, count) == offsetof(struct awsc_map_view, count), "SecondaryIndexesCapacityMap");
_Static_assert(offsetof(struct awsc_dynamodb_vector_indexes_capacity_map, count) == offsetof(struct awsc_map_view, count), "VectorIndexesCapacityMap");

static const struct awsc_shape s_ApproximateCreationDateTimePrecision;
static const struct awsc_shape s_ArchivalReason;
static const struct awsc_shape s_ArchivalSummary;
static const struct awsc_shape s_AttributeAction;
static const struct awsc_shape s_AttributeDefinition;
static const struct awsc_shape s_AttributeDefinitions;
static const struct awsc_shape s_AttributeMap;
static const struct awsc_shape s_AttributeName;
static const struct awsc_shape s_AttributeNameList;
static const struct awsc_shape s_AttributeUpdates;
static const struct awsc_shape s_AttributeValue;
static const struct awsc_shape s_AttributeValueList;
static const struct awsc_shape s_AttributeValueUpdate;
static const struct awsc_shape s_AutoScalingPolicyDescription;
static const struct awsc_shape s_AutoScalingPolicyDescriptionList;
static const struct awsc_shape s_AutoScalingPolicyName;
static const struct awsc_shape s_AutoScalingPolicyUpdate;
static const struct awsc_shape s_AutoScalingRoleArn;
static const struct awsc_shape s_AutoScalingSettingsDescription;
static const struct awsc_shape s_AutoScalingSettingsUpdate;
static const struct awsc_shape s_AutoScalingTargetTrackingScalingPolicyConfigurationDescription;
static const struct awsc_shape s_AutoScalingTargetTrackingScalingPolicyConfigurationUpdate;
static const struct awsc_shape s_AvailabilityErrorMessage;
static const struct awsc_shape s_Backfilling;
static const struct awsc_shape s_BackupArn;
static const struct awsc_shape s_BackupCreationDateTime;
static const struct awsc_shape s_BackupDescription;
static const struct awsc_shape s_BackupDetails;
extern const struct awsc_shape awsc__dynamodb_BackupInUseException;
static const struct awsc_shape s_BackupName;
extern const struct awsc_shape awsc__dynamodb_BackupNotFoundException;
static const struct awsc_shape s_BackupSizeBytes;
static const struct awsc_shape s_BackupStatus;
static const struct awsc_shape s_BackupSummaries;
static const struct awsc_shape s_BackupSummary;
static const struct awsc_shape s_BackupType;
static const struct awsc_shape s_BackupTypeFilter;
static const struct awsc_shape s_BackupsInputLimit;
extern const struct awsc_shape awsc__dynamodb_BatchExecuteStatementInput;
extern const struct awsc_shape awsc__dynamodb_BatchExecuteStatementOutput;
extern const struct awsc_shape awsc__dynamodb_BatchGetItemInput;
extern const struct awsc_shape awsc__dynamodb_BatchGetItemOutput;
static const struct awsc_shape s_BatchGetRequestMap;
static const struct awsc_shape s_BatchGetResponseMap;
static const struct awsc_shape s_BatchStatementError;
static const struct awsc_shape s_BatchStatementErrorCodeEnum;
static const struct awsc_shape s_BatchStatementRequest;
static const struct awsc_shape s_BatchStatementResponse;
extern const struct awsc_shape awsc__dynamodb_BatchWriteItemInput;
extern const struct awsc_shape awsc__dynamodb_BatchWriteItemOutput;
static const struct awsc_shape s_BatchWriteItemRequestMap;
static const struct awsc_shape s_BilledSizeBytes;
static const struct awsc_shape s_BillingMode;
static const struct awsc_shape s_BillingModeSummary;
static const struct awsc_shape s_BinaryAttributeValue;
static const struct awsc_shape s_BinarySetAttributeValue;
static const struct awsc_shape s_BooleanAttributeValue;
static const struct awsc_shape s_BooleanObject;
static const struct awsc_shape s_CancellationReason;
static const struct awsc_shape s_CancellationReasonList;
static const struct awsc_shape s_Capacity;
static const struct awsc_shape s_ClientRequestToken;
static const struct awsc_shape s_ClientToken;
static const struct awsc_shape s_CloudWatchLogGroupArn;
static const struct awsc_shape s_Code;
static const struct awsc_shape s_ComparisonOperator;
static const struct awsc_shape s_Condition;
static const struct awsc_shape s_ConditionCheck;
static const struct awsc_shape s_ConditionExpression;
extern const struct awsc_shape awsc__dynamodb_ConditionalCheckFailedException;
static const struct awsc_shape s_ConditionalOperator;
static const struct awsc_shape s_ConfirmRemoveSelfResourceAccess;
static const struct awsc_shape s_ConsistentRead;
static const struct awsc_shape s_ConsumedCapacity;
static const struct awsc_shape s_ConsumedCapacityMultiple;
static const struct awsc_shape s_ConsumedCapacityUnits;
static const struct awsc_shape s_ContinuousBackupsDescription;
static const struct awsc_shape s_ContinuousBackupsStatus;
extern const struct awsc_shape awsc__dynamodb_ContinuousBackupsUnavailableException;
static const struct awsc_shape s_ContributorInsightsAction;
static const struct awsc_shape s_ContributorInsightsMode;
static const struct awsc_shape s_ContributorInsightsRule;
static const struct awsc_shape s_ContributorInsightsRuleList;
static const struct awsc_shape s_ContributorInsightsStatus;
static const struct awsc_shape s_ContributorInsightsSummaries;
static const struct awsc_shape s_ContributorInsightsSummary;
extern const struct awsc_shape awsc__dynamodb_CreateBackupInput;
extern const struct awsc_shape awsc__dynamodb_CreateBackupOutput;
static const struct awsc_shape s_CreateGlobalSecondaryIndexAction;
extern const struct awsc_shape awsc__dynamodb_CreateGlobalTableInput;
extern const struct awsc_shape awsc__dynamodb_CreateGlobalTableOutput;
static const struct awsc_shape s_CreateGlobalTableWitnessGroupMemberAction;
static const struct awsc_shape s_CreateReplicaAction;
static const struct awsc_shape s_CreateReplicationGroupMemberAction;
extern const struct awsc_shape awsc__dynamodb_CreateTableInput;
extern const struct awsc_shape awsc__dynamodb_CreateTableOutput;
static const struct awsc_shape s_CreateVectorIndexAction;
static const struct awsc_shape s_CsvDelimiter;
static const struct awsc_shape s_CsvHeader;
static const struct awsc_shape s_CsvHeaderList;
static const struct awsc_shape s_CsvOptions;
static const struct awsc_shape s_Date;
static const struct awsc_shape s_Delete;
extern const struct awsc_shape awsc__dynamodb_DeleteBackupInput;
extern const struct awsc_shape awsc__dynamodb_DeleteBackupOutput;
static const struct awsc_shape s_DeleteGlobalSecondaryIndexAction;
static const struct awsc_shape s_DeleteGlobalTableWitnessGroupMemberAction;
extern const struct awsc_shape awsc__dynamodb_DeleteItemInput;
extern const struct awsc_shape awsc__dynamodb_DeleteItemOutput;
static const struct awsc_shape s_DeleteReplicaAction;
static const struct awsc_shape s_DeleteReplicationGroupMemberAction;
static const struct awsc_shape s_DeleteRequest;
extern const struct awsc_shape awsc__dynamodb_DeleteResourcePolicyInput;
extern const struct awsc_shape awsc__dynamodb_DeleteResourcePolicyOutput;
extern const struct awsc_shape awsc__dynamodb_DeleteTableInput;
extern const struct awsc_shape awsc__dynamodb_DeleteTableOutput;
static const struct awsc_shape s_DeleteVectorIndexAction;
static const struct awsc_shape s_DeletionProtectionEnabled;
extern const struct awsc_shape awsc__dynamodb_DescribeBackupInput;
extern const struct awsc_shape awsc__dynamodb_DescribeBackupOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeContinuousBackupsInput;
extern const struct awsc_shape awsc__dynamodb_DescribeContinuousBackupsOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeContributorInsightsInput;
extern const struct awsc_shape awsc__dynamodb_DescribeContributorInsightsOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeEndpointsRequest;
extern const struct awsc_shape awsc__dynamodb_DescribeEndpointsResponse;
extern const struct awsc_shape awsc__dynamodb_DescribeExportInput;
extern const struct awsc_shape awsc__dynamodb_DescribeExportOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeGlobalTableInput;
extern const struct awsc_shape awsc__dynamodb_DescribeGlobalTableOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeGlobalTableSettingsInput;
extern const struct awsc_shape awsc__dynamodb_DescribeGlobalTableSettingsOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeImportInput;
extern const struct awsc_shape awsc__dynamodb_DescribeImportOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeKinesisStreamingDestinationInput;
extern const struct awsc_shape awsc__dynamodb_DescribeKinesisStreamingDestinationOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeLimitsInput;
extern const struct awsc_shape awsc__dynamodb_DescribeLimitsOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeTableInput;
extern const struct awsc_shape awsc__dynamodb_DescribeTableOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeTableReplicaAutoScalingInput;
extern const struct awsc_shape awsc__dynamodb_DescribeTableReplicaAutoScalingOutput;
extern const struct awsc_shape awsc__dynamodb_DescribeTimeToLiveInput;
extern const struct awsc_shape awsc__dynamodb_DescribeTimeToLiveOutput;
static const struct awsc_shape s_DestinationStatus;
static const struct awsc_shape s_DoubleObject;
extern const struct awsc_shape awsc__dynamodb_DuplicateItemException;
static const struct awsc_shape s_EnableKinesisStreamingConfiguration;
static const struct awsc_shape s_Endpoint;
static const struct awsc_shape s_Endpoints;
static const struct awsc_shape s_ErrorCount;
static const struct awsc_shape s_ErrorMessage;
static const struct awsc_shape s_ExceptionDescription;
static const struct awsc_shape s_ExceptionName;
extern const struct awsc_shape awsc__dynamodb_ExecuteStatementInput;
extern const struct awsc_shape awsc__dynamodb_ExecuteStatementOutput;
extern const struct awsc_shape awsc__dynamodb_ExecuteTransactionInput;
extern const struct awsc_shape awsc__dynamodb_ExecuteTransactionOutput;
static const struct awsc_shape s_ExpectedAttributeMap;
static const struct awsc_shape s_ExpectedAttributeValue;
static const struct awsc_shape s_ExportArn;
extern const struct awsc_shape awsc__dynamodb_ExportConflictException;
static const struct awsc_shape s_ExportDescription;
static const struct awsc_shape s_ExportEndTime;
static const struct awsc_shape s_ExportFormat;
static const struct awsc_shape s_ExportFromTime;
static const struct awsc_shape s_ExportManifest;
static const struct awsc_shape s_ExportNextToken;
extern const struct awsc_shape awsc__dynamodb_ExportNotFoundException;
static const struct awsc_shape s_ExportStartTime;
static const struct awsc_shape s_ExportStatus;
static const struct awsc_shape s_ExportSummaries;
static const struct awsc_shape s_ExportSummary;
extern const struct awsc_shape awsc__dynamodb_ExportTableToPointInTimeInput;
extern const struct awsc_shape awsc__dynamodb_ExportTableToPointInTimeOutput;
static const struct awsc_shape s_ExportTime;
static const struct awsc_shape s_ExportToTime;
static const struct awsc_shape s_ExportType;
static const struct awsc_shape s_ExportViewType;
static const struct awsc_shape s_ExpressionAttributeNameMap;
static const struct awsc_shape s_ExpressionAttributeNameVariable;
static const struct awsc_shape s_ExpressionAttributeValueMap;
static const struct awsc_shape s_ExpressionAttributeValueVariable;
static const struct awsc_shape s_FailureCode;
static const struct awsc_shape s_FailureException;
static const struct awsc_shape s_FailureMessage;
static const struct awsc_shape s_FilterConditionMap;
static const struct awsc_shape s_Get;
extern const struct awsc_shape awsc__dynamodb_GetItemInput;
extern const struct awsc_shape awsc__dynamodb_GetItemOutput;
extern const struct awsc_shape awsc__dynamodb_GetResourcePolicyInput;
extern const struct awsc_shape awsc__dynamodb_GetResourcePolicyOutput;
static const struct awsc_shape s_GlobalSecondaryIndex;
static const struct awsc_shape s_GlobalSecondaryIndexAutoScalingUpdate;
static const struct awsc_shape s_GlobalSecondaryIndexAutoScalingUpdateList;
static const struct awsc_shape s_GlobalSecondaryIndexDescription;
static const struct awsc_shape s_GlobalSecondaryIndexDescriptionList;
static const struct awsc_shape s_GlobalSecondaryIndexInfo;
static const struct awsc_shape s_GlobalSecondaryIndexList;
static const struct awsc_shape s_GlobalSecondaryIndexUpdate;
static const struct awsc_shape s_GlobalSecondaryIndexUpdateList;
static const struct awsc_shape s_GlobalSecondaryIndexWarmThroughputDescription;
static const struct awsc_shape s_GlobalSecondaryIndexes;
static const struct awsc_shape s_GlobalTable;
extern const struct awsc_shape awsc__dynamodb_GlobalTableAlreadyExistsException;
static const struct awsc_shape s_GlobalTableArnString;
static const struct awsc_shape s_GlobalTableDescription;
static const struct awsc_shape s_GlobalTableGlobalSecondaryIndexSettingsUpdate;
static const struct awsc_shape s_GlobalTableGlobalSecondaryIndexSettingsUpdateList;
static const struct awsc_shape s_GlobalTableList;
extern const struct awsc_shape awsc__dynamodb_GlobalTableNotFoundException;
static const struct awsc_shape s_GlobalTableSettingsReplicationMode;
static const struct awsc_shape s_GlobalTableStatus;
static const struct awsc_shape s_GlobalTableWitnessDescription;
static const struct awsc_shape s_GlobalTableWitnessDescriptionList;
static const struct awsc_shape s_GlobalTableWitnessGroupUpdate;
static const struct awsc_shape s_GlobalTableWitnessGroupUpdateList;
extern const struct awsc_shape awsc__dynamodb_IdempotentParameterMismatchException;
static const struct awsc_shape s_ImportArn;
extern const struct awsc_shape awsc__dynamodb_ImportConflictException;
static const struct awsc_shape s_ImportEndTime;
static const struct awsc_shape s_ImportNextToken;
extern const struct awsc_shape awsc__dynamodb_ImportNotFoundException;
static const struct awsc_shape s_ImportStartTime;
static const struct awsc_shape s_ImportStatus;
static const struct awsc_shape s_ImportSummary;
static const struct awsc_shape s_ImportSummaryList;
static const struct awsc_shape s_ImportTableDescription;
extern const struct awsc_shape awsc__dynamodb_ImportTableInput;
extern const struct awsc_shape awsc__dynamodb_ImportTableOutput;
static const struct awsc_shape s_ImportedItemCount;
static const struct awsc_shape s_IncrementalExportSpecification;
static const struct awsc_shape s_IndexName;
extern const struct awsc_shape awsc__dynamodb_IndexNotFoundException;
static const struct awsc_shape s_IndexStatus;
static const struct awsc_shape s_InputCompressionType;
static const struct awsc_shape s_InputFormat;
static const struct awsc_shape s_InputFormatOptions;
static const struct awsc_shape s_Integer;
static const struct awsc_shape s_IntegerObject;
extern const struct awsc_shape awsc__dynamodb_InternalServerError;
extern const struct awsc_shape awsc__dynamodb_InvalidExportTimeException;
extern const struct awsc_shape awsc__dynamodb_InvalidRestoreTimeException;
static const struct awsc_shape s_ItemCollectionKeyAttributeMap;
static const struct awsc_shape s_ItemCollectionMetrics;
static const struct awsc_shape s_ItemCollectionMetricsMultiple;
static const struct awsc_shape s_ItemCollectionMetricsPerTable;
static const struct awsc_shape s_ItemCollectionSizeEstimateBound;
static const struct awsc_shape s_ItemCollectionSizeEstimateRange;
extern const struct awsc_shape awsc__dynamodb_ItemCollectionSizeLimitExceededException;
static const struct awsc_shape s_ItemCount;
static const struct awsc_shape s_ItemList;
static const struct awsc_shape s_ItemResponse;
static const struct awsc_shape s_ItemResponseList;
static const struct awsc_shape s_KMSMasterKeyArn;
static const struct awsc_shape s_KMSMasterKeyId;
static const struct awsc_shape s_Key;
static const struct awsc_shape s_KeyConditions;
static const struct awsc_shape s_KeyExpression;
static const struct awsc_shape s_KeyList;
static const struct awsc_shape s_KeySchema;
static const struct awsc_shape s_KeySchemaAttributeName;
static const struct awsc_shape s_KeySchemaElement;
static const struct awsc_shape s_KeyType;
static const struct awsc_shape s_KeysAndAttributes;
static const struct awsc_shape s_KinesisDataStreamDestination;
static const struct awsc_shape s_KinesisDataStreamDestinations;
extern const struct awsc_shape awsc__dynamodb_KinesisStreamingDestinationInput;
extern const struct awsc_shape awsc__dynamodb_KinesisStreamingDestinationOutput;
static const struct awsc_shape s_LastUpdateDateTime;
extern const struct awsc_shape awsc__dynamodb_LimitExceededException;
static const struct awsc_shape s_ListAttributeValue;
extern const struct awsc_shape awsc__dynamodb_ListBackupsInput;
extern const struct awsc_shape awsc__dynamodb_ListBackupsOutput;
extern const struct awsc_shape awsc__dynamodb_ListContributorInsightsInput;
static const struct awsc_shape s_ListContributorInsightsLimit;
extern const struct awsc_shape awsc__dynamodb_ListContributorInsightsOutput;
extern const struct awsc_shape awsc__dynamodb_ListExportsInput;
static const struct awsc_shape s_ListExportsMaxLimit;
extern const struct awsc_shape awsc__dynamodb_ListExportsOutput;
extern const struct awsc_shape awsc__dynamodb_ListGlobalTablesInput;
extern const struct awsc_shape awsc__dynamodb_ListGlobalTablesOutput;
extern const struct awsc_shape awsc__dynamodb_ListImportsInput;
static const struct awsc_shape s_ListImportsMaxLimit;
extern const struct awsc_shape awsc__dynamodb_ListImportsOutput;
extern const struct awsc_shape awsc__dynamodb_ListTablesInput;
static const struct awsc_shape s_ListTablesInputLimit;
extern const struct awsc_shape awsc__dynamodb_ListTablesOutput;
extern const struct awsc_shape awsc__dynamodb_ListTagsOfResourceInput;
extern const struct awsc_shape awsc__dynamodb_ListTagsOfResourceOutput;
static const struct awsc_shape s_LocalSecondaryIndex;
static const struct awsc_shape s_LocalSecondaryIndexDescription;
static const struct awsc_shape s_LocalSecondaryIndexDescriptionList;
static const struct awsc_shape s_LocalSecondaryIndexInfo;
static const struct awsc_shape s_LocalSecondaryIndexList;
static const struct awsc_shape s_LocalSecondaryIndexes;
static const struct awsc_shape s_Long;
static const struct awsc_shape s_LongObject;
static const struct awsc_shape s_MapAttributeValue;
static const struct awsc_shape s_MultiRegionConsistency;
static const struct awsc_shape s_NextTokenString;
static const struct awsc_shape s_NonKeyAttributeName;
static const struct awsc_shape s_NonKeyAttributeNameList;
static const struct awsc_shape s_NonNegativeLongObject;
static const struct awsc_shape s_NullAttributeValue;
static const struct awsc_shape s_NumberAttributeValue;
static const struct awsc_shape s_NumberSetAttributeValue;
static const struct awsc_shape s_OnDemandThroughput;
static const struct awsc_shape s_OnDemandThroughputOverride;
static const struct awsc_shape s_ParameterizedStatement;
static const struct awsc_shape s_ParameterizedStatements;
static const struct awsc_shape s_PartiQLBatchRequest;
static const struct awsc_shape s_PartiQLBatchResponse;
static const struct awsc_shape s_PartiQLNextToken;
static const struct awsc_shape s_PartiQLStatement;
static const struct awsc_shape s_PointInTimeRecoveryDescription;
static const struct awsc_shape s_PointInTimeRecoverySpecification;
static const struct awsc_shape s_PointInTimeRecoveryStatus;
extern const struct awsc_shape awsc__dynamodb_PointInTimeRecoveryUnavailableException;
extern const struct awsc_shape awsc__dynamodb_PolicyNotFoundException;
static const struct awsc_shape s_PolicyRevisionId;
static const struct awsc_shape s_PositiveIntegerObject;
static const struct awsc_shape s_PositiveLongObject;
static const struct awsc_shape s_PreparedStatementParameters;
static const struct awsc_shape s_ProcessedItemCount;
static const struct awsc_shape s_Projection;
static const struct awsc_shape s_ProjectionExpression;
static const struct awsc_shape s_ProjectionType;
static const struct awsc_shape s_ProvisionedThroughput;
static const struct awsc_shape s_ProvisionedThroughputDescription;
extern const struct awsc_shape awsc__dynamodb_ProvisionedThroughputExceededException;
static const struct awsc_shape s_ProvisionedThroughputOverride;
static const struct awsc_shape s_Put;
extern const struct awsc_shape awsc__dynamodb_PutItemInput;
static const struct awsc_shape s_PutItemInputAttributeMap;
extern const struct awsc_shape awsc__dynamodb_PutItemOutput;
static const struct awsc_shape s_PutRequest;
extern const struct awsc_shape awsc__dynamodb_PutResourcePolicyInput;
extern const struct awsc_shape awsc__dynamodb_PutResourcePolicyOutput;
extern const struct awsc_shape awsc__dynamodb_QueryInput;
extern const struct awsc_shape awsc__dynamodb_QueryOutput;
static const struct awsc_shape s_Reason;
static const struct awsc_shape s_RecoveryPeriodInDays;
static const struct awsc_shape s_RegionName;
static const struct awsc_shape s_Replica;
extern const struct awsc_shape awsc__dynamodb_ReplicaAlreadyExistsException;
static const struct awsc_shape s_ReplicaAutoScalingDescription;
static const struct awsc_shape s_ReplicaAutoScalingDescriptionList;
static const struct awsc_shape s_ReplicaAutoScalingUpdate;
static const struct awsc_shape s_ReplicaAutoScalingUpdateList;
static const struct awsc_shape s_ReplicaDescription;
static const struct awsc_shape s_ReplicaDescriptionList;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndex;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexAutoScalingDescription;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexAutoScalingDescriptionList;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexAutoScalingUpdate;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexAutoScalingUpdateList;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexDescription;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexDescriptionList;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexList;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexSettingsDescription;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexSettingsDescriptionList;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexSettingsUpdate;
static const struct awsc_shape s_ReplicaGlobalSecondaryIndexSettingsUpdateList;
static const struct awsc_shape s_ReplicaList;
extern const struct awsc_shape awsc__dynamodb_ReplicaNotFoundException;
static const struct awsc_shape s_ReplicaSettingsDescription;
static const struct awsc_shape s_ReplicaSettingsDescriptionList;
static const struct awsc_shape s_ReplicaSettingsUpdate;
static const struct awsc_shape s_ReplicaSettingsUpdateList;
static const struct awsc_shape s_ReplicaStatus;
static const struct awsc_shape s_ReplicaStatusDescription;
static const struct awsc_shape s_ReplicaStatusPercentProgress;
static const struct awsc_shape s_ReplicaUpdate;
static const struct awsc_shape s_ReplicaUpdateList;
extern const struct awsc_shape awsc__dynamodb_ReplicatedWriteConflictException;
static const struct awsc_shape s_ReplicationGroupUpdate;
static const struct awsc_shape s_ReplicationGroupUpdateList;
extern const struct awsc_shape awsc__dynamodb_RequestLimitExceeded;
static const struct awsc_shape s_Resource;
static const struct awsc_shape s_ResourceArnString;
extern const struct awsc_shape awsc__dynamodb_ResourceInUseException;
extern const struct awsc_shape awsc__dynamodb_ResourceNotFoundException;
static const struct awsc_shape s_ResourcePolicy;
static const struct awsc_shape s_RestoreInProgress;
static const struct awsc_shape s_RestoreSummary;
extern const struct awsc_shape awsc__dynamodb_RestoreTableFromBackupInput;
extern const struct awsc_shape awsc__dynamodb_RestoreTableFromBackupOutput;
extern const struct awsc_shape awsc__dynamodb_RestoreTableToPointInTimeInput;
extern const struct awsc_shape awsc__dynamodb_RestoreTableToPointInTimeOutput;
static const struct awsc_shape s_ReturnConsumedCapacity;
static const struct awsc_shape s_ReturnItemCollectionMetrics;
static const struct awsc_shape s_ReturnValue;
static const struct awsc_shape s_ReturnValuesOnConditionCheckFailure;
static const struct awsc_shape s_S3Bucket;
static const struct awsc_shape s_S3BucketOwner;
static const struct awsc_shape s_S3BucketSource;
static const struct awsc_shape s_S3Prefix;
static const struct awsc_shape s_S3SseAlgorithm;
static const struct awsc_shape s_S3SseKmsKeyId;
static const struct awsc_shape s_SSEDescription;
static const struct awsc_shape s_SSEEnabled;
static const struct awsc_shape s_SSESpecification;
static const struct awsc_shape s_SSEStatus;
static const struct awsc_shape s_SSEType;
static const struct awsc_shape s_ScalarAttributeType;
extern const struct awsc_shape awsc__dynamodb_ScanInput;
extern const struct awsc_shape awsc__dynamodb_ScanOutput;
static const struct awsc_shape s_ScanSegment;
static const struct awsc_shape s_ScanTotalSegments;
static const struct awsc_shape s_ScoreNumber;
static const struct awsc_shape s_SearchResultItem;
static const struct awsc_shape s_SearchResultList;
static const struct awsc_shape s_SearchSchema;
static const struct awsc_shape s_SearchSchemaElement;
static const struct awsc_shape s_SearchSchemaElementType;
static const struct awsc_shape s_SearchVectorList;
extern const struct awsc_shape awsc__dynamodb_SearchVectorsInput;
extern const struct awsc_shape awsc__dynamodb_SearchVectorsOutput;
static const struct awsc_shape s_SecondaryIndexesCapacityMap;
static const struct awsc_shape s_Select;
static const struct awsc_shape s_SourceTableDetails;
static const struct awsc_shape s_SourceTableFeatureDetails;
static const struct awsc_shape s_StreamArn;
static const struct awsc_shape s_StreamEnabled;
static const struct awsc_shape s_StreamSpecification;
static const struct awsc_shape s_StreamViewType;
static const struct awsc_shape s_String;
static const struct awsc_shape s_StringAttributeValue;
static const struct awsc_shape s_StringSetAttributeValue;
extern const struct awsc_shape awsc__dynamodb_TableAlreadyExistsException;
static const struct awsc_shape s_TableArn;
static const struct awsc_shape s_TableAutoScalingDescription;
static const struct awsc_shape s_TableClass;
static const struct awsc_shape s_TableClassSummary;
static const struct awsc_shape s_TableCreationDateTime;
static const struct awsc_shape s_TableCreationParameters;
static const struct awsc_shape s_TableDescription;
static const struct awsc_shape s_TableId;
extern const struct awsc_shape awsc__dynamodb_TableInUseException;
static const struct awsc_shape s_TableName;
static const struct awsc_shape s_TableNameList;
extern const struct awsc_shape awsc__dynamodb_TableNotFoundException;
static const struct awsc_shape s_TableStatus;
static const struct awsc_shape s_TableWarmThroughputDescription;
static const struct awsc_shape s_Tag;
static const struct awsc_shape s_TagKeyList;
static const struct awsc_shape s_TagKeyString;
static const struct awsc_shape s_TagList;
extern const struct awsc_shape awsc__dynamodb_TagResourceInput;
static const struct awsc_shape s_TagValueString;
extern const struct awsc_shape awsc__dynamodb_ThrottlingException;
static const struct awsc_shape s_ThrottlingReason;
static const struct awsc_shape s_ThrottlingReasonList;
static const struct awsc_shape s_TimeRangeLowerBound;
static const struct awsc_shape s_TimeRangeUpperBound;
static const struct awsc_shape s_TimeToLiveAttributeName;
static const struct awsc_shape s_TimeToLiveDescription;
static const struct awsc_shape s_TimeToLiveEnabled;
static const struct awsc_shape s_TimeToLiveSpecification;
static const struct awsc_shape s_TimeToLiveStatus;
static const struct awsc_shape s_TopKInteger;
static const struct awsc_shape s_TransactGetItem;
static const struct awsc_shape s_TransactGetItemList;
extern const struct awsc_shape awsc__dynamodb_TransactGetItemsInput;
extern const struct awsc_shape awsc__dynamodb_TransactGetItemsOutput;
static const struct awsc_shape s_TransactWriteItem;
static const struct awsc_shape s_TransactWriteItemList;
extern const struct awsc_shape awsc__dynamodb_TransactWriteItemsInput;
extern const struct awsc_shape awsc__dynamodb_TransactWriteItemsOutput;
extern const struct awsc_shape awsc__dynamodb_TransactionCanceledException;
extern const struct awsc_shape awsc__dynamodb_TransactionConflictException;
extern const struct awsc_shape awsc__dynamodb_TransactionInProgressException;
extern const struct awsc_shape awsc__dynamodb_UntagResourceInput;
static const struct awsc_shape s_Update;
extern const struct awsc_shape awsc__dynamodb_UpdateContinuousBackupsInput;
extern const struct awsc_shape awsc__dynamodb_UpdateContinuousBackupsOutput;
extern const struct awsc_shape awsc__dynamodb_UpdateContributorInsightsInput;
extern const struct awsc_shape awsc__dynamodb_UpdateContributorInsightsOutput;
static const struct awsc_shape s_UpdateExpression;
static const struct awsc_shape s_UpdateGlobalSecondaryIndexAction;
extern const struct awsc_shape awsc__dynamodb_UpdateGlobalTableInput;
extern const struct awsc_shape awsc__dynamodb_UpdateGlobalTableOutput;
extern const struct awsc_shape awsc__dynamodb_UpdateGlobalTableSettingsInput;
extern const struct awsc_shape awsc__dynamodb_UpdateGlobalTableSettingsOutput;
extern const struct awsc_shape awsc__dynamodb_UpdateItemInput;
extern const struct awsc_shape awsc__dynamodb_UpdateItemOutput;
static const struct awsc_shape s_UpdateKinesisStreamingConfiguration;
extern const struct awsc_shape awsc__dynamodb_UpdateKinesisStreamingDestinationInput;
extern const struct awsc_shape awsc__dynamodb_UpdateKinesisStreamingDestinationOutput;
static const struct awsc_shape s_UpdateReplicationGroupMemberAction;
extern const struct awsc_shape awsc__dynamodb_UpdateTableInput;
extern const struct awsc_shape awsc__dynamodb_UpdateTableOutput;
extern const struct awsc_shape awsc__dynamodb_UpdateTableReplicaAutoScalingInput;
extern const struct awsc_shape awsc__dynamodb_UpdateTableReplicaAutoScalingOutput;
extern const struct awsc_shape awsc__dynamodb_UpdateTimeToLiveInput;
extern const struct awsc_shape awsc__dynamodb_UpdateTimeToLiveOutput;
static const struct awsc_shape s_VectorAttributeDefinition;
static const struct awsc_shape s_VectorAttributeName;
static const struct awsc_shape s_VectorCapacity;
static const struct awsc_shape s_VectorDistanceFunction;
static const struct awsc_shape s_VectorIndex;
static const struct awsc_shape s_VectorIndexDescription;
static const struct awsc_shape s_VectorIndexDescriptionList;
static const struct awsc_shape s_VectorIndexInfo;
static const struct awsc_shape s_VectorIndexList;
static const struct awsc_shape s_VectorIndexUpdate;
static const struct awsc_shape s_VectorIndexUpdateList;
static const struct awsc_shape s_VectorIndexes;
static const struct awsc_shape s_VectorIndexesCapacityMap;
static const struct awsc_shape s_WarmThroughput;
static const struct awsc_shape s_WitnessStatus;
static const struct awsc_shape s_WriteRequest;
static const struct awsc_shape s_WriteRequests;

/* one after the other, each ending with its NUL */
static const char s_ApproximateCreationDateTimePrecision_values[] =
    "MILLISECOND\0"
    "MICROSECOND\0";

enum awsc_dynamodb_approximate_creation_date_time_precision awsc_dynamodb_approximate_creation_date_time_precision_parse(const char *value)
{
    return (enum awsc_dynamodb_approximate_creation_date_time_precision)awsc_enum_parse(s_ApproximateCreationDateTimePrecision_values, 2, value);
}

const char *awsc_dynamodb_approximate_creation_date_time_precision_str(enum awsc_dynamodb_approximate_creation_date_time_precision value)
{
    return awsc_enum_str(s_ApproximateCreationDateTimePrecision_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AttributeAction_values[] =
    "ADD\0"
    "PUT\0"
    "DELETE\0";

enum awsc_dynamodb_attribute_action awsc_dynamodb_attribute_action_parse(const char *value)
{
    return (enum awsc_dynamodb_attribute_action)awsc_enum_parse(s_AttributeAction_values, 3, value);
}

const char *awsc_dynamodb_attribute_action_str(enum awsc_dynamodb_attribute_action value)
{
    return awsc_enum_str(s_AttributeAction_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BackupStatus_values[] =
    "CREATING\0"
    "DELETED\0"
    "AVAILABLE\0";

enum awsc_dynamodb_backup_status awsc_dynamodb_backup_status_parse(const char *value)
{
    return (enum awsc_dynamodb_backup_status)awsc_enum_parse(s_BackupStatus_values, 3, value);
}

const char *awsc_dynamodb_backup_status_str(enum awsc_dynamodb_backup_status value)
{
    return awsc_enum_str(s_BackupStatus_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BackupType_values[] =
    "USER\0"
    "SYSTEM\0"
    "AWS_BACKUP\0";

enum awsc_dynamodb_backup_type awsc_dynamodb_backup_type_parse(const char *value)
{
    return (enum awsc_dynamodb_backup_type)awsc_enum_parse(s_BackupType_values, 3, value);
}

const char *awsc_dynamodb_backup_type_str(enum awsc_dynamodb_backup_type value)
{
    return awsc_enum_str(s_BackupType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BackupTypeFilter_values[] =
    "USER\0"
    "SYSTEM\0"
    "AWS_BACKUP\0"
    "ALL\0";

enum awsc_dynamodb_backup_type_filter awsc_dynamodb_backup_type_filter_parse(const char *value)
{
    return (enum awsc_dynamodb_backup_type_filter)awsc_enum_parse(s_BackupTypeFilter_values, 4, value);
}

const char *awsc_dynamodb_backup_type_filter_str(enum awsc_dynamodb_backup_type_filter value)
{
    return awsc_enum_str(s_BackupTypeFilter_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BatchStatementErrorCodeEnum_values[] =
    "ConditionalCheckFailed\0"
    "ItemCollectionSizeLimitExceeded\0"
    "RequestLimitExceeded\0"
    "ValidationError\0"
    "ProvisionedThroughputExceeded\0"
    "TransactionConflict\0"
    "ThrottlingError\0"
    "InternalServerError\0"
    "ResourceNotFound\0"
    "AccessDenied\0"
    "DuplicateItem\0";

enum awsc_dynamodb_batch_statement_error_code_enum awsc_dynamodb_batch_statement_error_code_enum_parse(const char *value)
{
    return (enum awsc_dynamodb_batch_statement_error_code_enum)awsc_enum_parse(s_BatchStatementErrorCodeEnum_values, 11, value);
}

const char *awsc_dynamodb_batch_statement_error_code_enum_str(enum awsc_dynamodb_batch_statement_error_code_enum value)
{
    return awsc_enum_str(s_BatchStatementErrorCodeEnum_values, 11, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BillingMode_values[] =
    "PROVISIONED\0"
    "PAY_PER_REQUEST\0";

enum awsc_dynamodb_billing_mode awsc_dynamodb_billing_mode_parse(const char *value)
{
    return (enum awsc_dynamodb_billing_mode)awsc_enum_parse(s_BillingMode_values, 2, value);
}

const char *awsc_dynamodb_billing_mode_str(enum awsc_dynamodb_billing_mode value)
{
    return awsc_enum_str(s_BillingMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ComparisonOperator_values[] =
    "EQ\0"
    "NE\0"
    "IN\0"
    "LE\0"
    "LT\0"
    "GE\0"
    "GT\0"
    "BETWEEN\0"
    "NOT_NULL\0"
    "NULL\0"
    "CONTAINS\0"
    "NOT_CONTAINS\0"
    "BEGINS_WITH\0";

enum awsc_dynamodb_comparison_operator awsc_dynamodb_comparison_operator_parse(const char *value)
{
    return (enum awsc_dynamodb_comparison_operator)awsc_enum_parse(s_ComparisonOperator_values, 13, value);
}

const char *awsc_dynamodb_comparison_operator_str(enum awsc_dynamodb_comparison_operator value)
{
    return awsc_enum_str(s_ComparisonOperator_values, 13, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ConditionalOperator_values[] =
    "AND\0"
    "OR\0";

enum awsc_dynamodb_conditional_operator awsc_dynamodb_conditional_operator_parse(const char *value)
{
    return (enum awsc_dynamodb_conditional_operator)awsc_enum_parse(s_ConditionalOperator_values, 2, value);
}

const char *awsc_dynamodb_conditional_operator_str(enum awsc_dynamodb_conditional_operator value)
{
    return awsc_enum_str(s_ConditionalOperator_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ContinuousBackupsStatus_values[] =
    "ENABLED\0"
    "DISABLED\0";

enum awsc_dynamodb_continuous_backups_status awsc_dynamodb_continuous_backups_status_parse(const char *value)
{
    return (enum awsc_dynamodb_continuous_backups_status)awsc_enum_parse(s_ContinuousBackupsStatus_values, 2, value);
}

const char *awsc_dynamodb_continuous_backups_status_str(enum awsc_dynamodb_continuous_backups_status value)
{
    return awsc_enum_str(s_ContinuousBackupsStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ContributorInsightsAction_values[] =
    "ENABLE\0"
    "DISABLE\0";

enum awsc_dynamodb_contributor_insights_action awsc_dynamodb_contributor_insights_action_parse(const char *value)
{
    return (enum awsc_dynamodb_contributor_insights_action)awsc_enum_parse(s_ContributorInsightsAction_values, 2, value);
}

const char *awsc_dynamodb_contributor_insights_action_str(enum awsc_dynamodb_contributor_insights_action value)
{
    return awsc_enum_str(s_ContributorInsightsAction_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ContributorInsightsMode_values[] =
    "ACCESSED_AND_THROTTLED_KEYS\0"
    "THROTTLED_KEYS\0";

enum awsc_dynamodb_contributor_insights_mode awsc_dynamodb_contributor_insights_mode_parse(const char *value)
{
    return (enum awsc_dynamodb_contributor_insights_mode)awsc_enum_parse(s_ContributorInsightsMode_values, 2, value);
}

const char *awsc_dynamodb_contributor_insights_mode_str(enum awsc_dynamodb_contributor_insights_mode value)
{
    return awsc_enum_str(s_ContributorInsightsMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ContributorInsightsStatus_values[] =
    "ENABLING\0"
    "ENABLED\0"
    "DISABLING\0"
    "DISABLED\0"
    "FAILED\0";

enum awsc_dynamodb_contributor_insights_status awsc_dynamodb_contributor_insights_status_parse(const char *value)
{
    return (enum awsc_dynamodb_contributor_insights_status)awsc_enum_parse(s_ContributorInsightsStatus_values, 5, value);
}

const char *awsc_dynamodb_contributor_insights_status_str(enum awsc_dynamodb_contributor_insights_status value)
{
    return awsc_enum_str(s_ContributorInsightsStatus_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DestinationStatus_values[] =
    "ENABLING\0"
    "ACTIVE\0"
    "DISABLING\0"
    "DISABLED\0"
    "ENABLE_FAILED\0"
    "UPDATING\0";

enum awsc_dynamodb_destination_status awsc_dynamodb_destination_status_parse(const char *value)
{
    return (enum awsc_dynamodb_destination_status)awsc_enum_parse(s_DestinationStatus_values, 6, value);
}

const char *awsc_dynamodb_destination_status_str(enum awsc_dynamodb_destination_status value)
{
    return awsc_enum_str(s_DestinationStatus_values, 6, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExportFormat_values[] =
    "DYNAMODB_JSON\0"
    "ION\0";

enum awsc_dynamodb_export_format awsc_dynamodb_export_format_parse(const char *value)
{
    return (enum awsc_dynamodb_export_format)awsc_enum_parse(s_ExportFormat_values, 2, value);
}

const char *awsc_dynamodb_export_format_str(enum awsc_dynamodb_export_format value)
{
    return awsc_enum_str(s_ExportFormat_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExportStatus_values[] =
    "IN_PROGRESS\0"
    "COMPLETED\0"
    "FAILED\0";

enum awsc_dynamodb_export_status awsc_dynamodb_export_status_parse(const char *value)
{
    return (enum awsc_dynamodb_export_status)awsc_enum_parse(s_ExportStatus_values, 3, value);
}

const char *awsc_dynamodb_export_status_str(enum awsc_dynamodb_export_status value)
{
    return awsc_enum_str(s_ExportStatus_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExportType_values[] =
    "FULL_EXPORT\0"
    "INCREMENTAL_EXPORT\0";

enum awsc_dynamodb_export_type awsc_dynamodb_export_type_parse(const char *value)
{
    return (enum awsc_dynamodb_export_type)awsc_enum_parse(s_ExportType_values, 2, value);
}

const char *awsc_dynamodb_export_type_str(enum awsc_dynamodb_export_type value)
{
    return awsc_enum_str(s_ExportType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExportViewType_values[] =
    "NEW_IMAGE\0"
    "NEW_AND_OLD_IMAGES\0";

enum awsc_dynamodb_export_view_type awsc_dynamodb_export_view_type_parse(const char *value)
{
    return (enum awsc_dynamodb_export_view_type)awsc_enum_parse(s_ExportViewType_values, 2, value);
}

const char *awsc_dynamodb_export_view_type_str(enum awsc_dynamodb_export_view_type value)
{
    return awsc_enum_str(s_ExportViewType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GlobalTableSettingsReplicationMode_values[] =
    "ENABLED\0"
    "DISABLED\0"
    "ENABLED_WITH_OVERRIDES\0";

enum awsc_dynamodb_global_table_settings_replication_mode awsc_dynamodb_global_table_settings_replication_mode_parse(const char *value)
{
    return (enum awsc_dynamodb_global_table_settings_replication_mode)awsc_enum_parse(s_GlobalTableSettingsReplicationMode_values, 3, value);
}

const char *awsc_dynamodb_global_table_settings_replication_mode_str(enum awsc_dynamodb_global_table_settings_replication_mode value)
{
    return awsc_enum_str(s_GlobalTableSettingsReplicationMode_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GlobalTableStatus_values[] =
    "CREATING\0"
    "ACTIVE\0"
    "DELETING\0"
    "UPDATING\0";

enum awsc_dynamodb_global_table_status awsc_dynamodb_global_table_status_parse(const char *value)
{
    return (enum awsc_dynamodb_global_table_status)awsc_enum_parse(s_GlobalTableStatus_values, 4, value);
}

const char *awsc_dynamodb_global_table_status_str(enum awsc_dynamodb_global_table_status value)
{
    return awsc_enum_str(s_GlobalTableStatus_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ImportStatus_values[] =
    "IN_PROGRESS\0"
    "COMPLETED\0"
    "CANCELLING\0"
    "CANCELLED\0"
    "FAILED\0";

enum awsc_dynamodb_import_status awsc_dynamodb_import_status_parse(const char *value)
{
    return (enum awsc_dynamodb_import_status)awsc_enum_parse(s_ImportStatus_values, 5, value);
}

const char *awsc_dynamodb_import_status_str(enum awsc_dynamodb_import_status value)
{
    return awsc_enum_str(s_ImportStatus_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_IndexStatus_values[] =
    "CREATING\0"
    "UPDATING\0"
    "DELETING\0"
    "ACTIVE\0";

enum awsc_dynamodb_index_status awsc_dynamodb_index_status_parse(const char *value)
{
    return (enum awsc_dynamodb_index_status)awsc_enum_parse(s_IndexStatus_values, 4, value);
}

const char *awsc_dynamodb_index_status_str(enum awsc_dynamodb_index_status value)
{
    return awsc_enum_str(s_IndexStatus_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InputCompressionType_values[] =
    "GZIP\0"
    "ZSTD\0"
    "NONE\0";

enum awsc_dynamodb_input_compression_type awsc_dynamodb_input_compression_type_parse(const char *value)
{
    return (enum awsc_dynamodb_input_compression_type)awsc_enum_parse(s_InputCompressionType_values, 3, value);
}

const char *awsc_dynamodb_input_compression_type_str(enum awsc_dynamodb_input_compression_type value)
{
    return awsc_enum_str(s_InputCompressionType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InputFormat_values[] =
    "DYNAMODB_JSON\0"
    "ION\0"
    "CSV\0";

enum awsc_dynamodb_input_format awsc_dynamodb_input_format_parse(const char *value)
{
    return (enum awsc_dynamodb_input_format)awsc_enum_parse(s_InputFormat_values, 3, value);
}

const char *awsc_dynamodb_input_format_str(enum awsc_dynamodb_input_format value)
{
    return awsc_enum_str(s_InputFormat_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_KeyType_values[] =
    "HASH\0"
    "RANGE\0";

enum awsc_dynamodb_key_type awsc_dynamodb_key_type_parse(const char *value)
{
    return (enum awsc_dynamodb_key_type)awsc_enum_parse(s_KeyType_values, 2, value);
}

const char *awsc_dynamodb_key_type_str(enum awsc_dynamodb_key_type value)
{
    return awsc_enum_str(s_KeyType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MultiRegionConsistency_values[] =
    "EVENTUAL\0"
    "STRONG\0";

enum awsc_dynamodb_multi_region_consistency awsc_dynamodb_multi_region_consistency_parse(const char *value)
{
    return (enum awsc_dynamodb_multi_region_consistency)awsc_enum_parse(s_MultiRegionConsistency_values, 2, value);
}

const char *awsc_dynamodb_multi_region_consistency_str(enum awsc_dynamodb_multi_region_consistency value)
{
    return awsc_enum_str(s_MultiRegionConsistency_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PointInTimeRecoveryStatus_values[] =
    "ENABLED\0"
    "DISABLED\0";

enum awsc_dynamodb_point_in_time_recovery_status awsc_dynamodb_point_in_time_recovery_status_parse(const char *value)
{
    return (enum awsc_dynamodb_point_in_time_recovery_status)awsc_enum_parse(s_PointInTimeRecoveryStatus_values, 2, value);
}

const char *awsc_dynamodb_point_in_time_recovery_status_str(enum awsc_dynamodb_point_in_time_recovery_status value)
{
    return awsc_enum_str(s_PointInTimeRecoveryStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ProjectionType_values[] =
    "ALL\0"
    "KEYS_ONLY\0"
    "INCLUDE\0";

enum awsc_dynamodb_projection_type awsc_dynamodb_projection_type_parse(const char *value)
{
    return (enum awsc_dynamodb_projection_type)awsc_enum_parse(s_ProjectionType_values, 3, value);
}

const char *awsc_dynamodb_projection_type_str(enum awsc_dynamodb_projection_type value)
{
    return awsc_enum_str(s_ProjectionType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReplicaStatus_values[] =
    "CREATING\0"
    "CREATION_FAILED\0"
    "UPDATING\0"
    "DELETING\0"
    "ACTIVE\0"
    "REGION_DISABLED\0"
    "INACCESSIBLE_ENCRYPTION_CREDENTIALS\0"
    "ARCHIVING\0"
    "ARCHIVED\0"
    "REPLICATION_NOT_AUTHORIZED\0";

enum awsc_dynamodb_replica_status awsc_dynamodb_replica_status_parse(const char *value)
{
    return (enum awsc_dynamodb_replica_status)awsc_enum_parse(s_ReplicaStatus_values, 10, value);
}

const char *awsc_dynamodb_replica_status_str(enum awsc_dynamodb_replica_status value)
{
    return awsc_enum_str(s_ReplicaStatus_values, 10, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReturnConsumedCapacity_values[] =
    "INDEXES\0"
    "TOTAL\0"
    "NONE\0";

enum awsc_dynamodb_return_consumed_capacity awsc_dynamodb_return_consumed_capacity_parse(const char *value)
{
    return (enum awsc_dynamodb_return_consumed_capacity)awsc_enum_parse(s_ReturnConsumedCapacity_values, 3, value);
}

const char *awsc_dynamodb_return_consumed_capacity_str(enum awsc_dynamodb_return_consumed_capacity value)
{
    return awsc_enum_str(s_ReturnConsumedCapacity_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReturnItemCollectionMetrics_values[] =
    "SIZE\0"
    "NONE\0";

enum awsc_dynamodb_return_item_collection_metrics awsc_dynamodb_return_item_collection_metrics_parse(const char *value)
{
    return (enum awsc_dynamodb_return_item_collection_metrics)awsc_enum_parse(s_ReturnItemCollectionMetrics_values, 2, value);
}

const char *awsc_dynamodb_return_item_collection_metrics_str(enum awsc_dynamodb_return_item_collection_metrics value)
{
    return awsc_enum_str(s_ReturnItemCollectionMetrics_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReturnValue_values[] =
    "NONE\0"
    "ALL_OLD\0"
    "UPDATED_OLD\0"
    "ALL_NEW\0"
    "UPDATED_NEW\0";

enum awsc_dynamodb_return_value awsc_dynamodb_return_value_parse(const char *value)
{
    return (enum awsc_dynamodb_return_value)awsc_enum_parse(s_ReturnValue_values, 5, value);
}

const char *awsc_dynamodb_return_value_str(enum awsc_dynamodb_return_value value)
{
    return awsc_enum_str(s_ReturnValue_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReturnValuesOnConditionCheckFailure_values[] =
    "ALL_OLD\0"
    "NONE\0";

enum awsc_dynamodb_return_values_on_condition_check_failure awsc_dynamodb_return_values_on_condition_check_failure_parse(const char *value)
{
    return (enum awsc_dynamodb_return_values_on_condition_check_failure)awsc_enum_parse(s_ReturnValuesOnConditionCheckFailure_values, 2, value);
}

const char *awsc_dynamodb_return_values_on_condition_check_failure_str(enum awsc_dynamodb_return_values_on_condition_check_failure value)
{
    return awsc_enum_str(s_ReturnValuesOnConditionCheckFailure_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_S3SseAlgorithm_values[] =
    "AES256\0"
    "KMS\0";

enum awsc_dynamodb_s3_sse_algorithm awsc_dynamodb_s3_sse_algorithm_parse(const char *value)
{
    return (enum awsc_dynamodb_s3_sse_algorithm)awsc_enum_parse(s_S3SseAlgorithm_values, 2, value);
}

const char *awsc_dynamodb_s3_sse_algorithm_str(enum awsc_dynamodb_s3_sse_algorithm value)
{
    return awsc_enum_str(s_S3SseAlgorithm_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SSEStatus_values[] =
    "ENABLING\0"
    "ENABLED\0"
    "DISABLING\0"
    "DISABLED\0"
    "UPDATING\0";

enum awsc_dynamodb_sse_status awsc_dynamodb_sse_status_parse(const char *value)
{
    return (enum awsc_dynamodb_sse_status)awsc_enum_parse(s_SSEStatus_values, 5, value);
}

const char *awsc_dynamodb_sse_status_str(enum awsc_dynamodb_sse_status value)
{
    return awsc_enum_str(s_SSEStatus_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SSEType_values[] =
    "AES256\0"
    "KMS\0";

enum awsc_dynamodb_sse_type awsc_dynamodb_sse_type_parse(const char *value)
{
    return (enum awsc_dynamodb_sse_type)awsc_enum_parse(s_SSEType_values, 2, value);
}

const char *awsc_dynamodb_sse_type_str(enum awsc_dynamodb_sse_type value)
{
    return awsc_enum_str(s_SSEType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ScalarAttributeType_values[] =
    "S\0"
    "N\0"
    "B\0";

enum awsc_dynamodb_scalar_attribute_type awsc_dynamodb_scalar_attribute_type_parse(const char *value)
{
    return (enum awsc_dynamodb_scalar_attribute_type)awsc_enum_parse(s_ScalarAttributeType_values, 3, value);
}

const char *awsc_dynamodb_scalar_attribute_type_str(enum awsc_dynamodb_scalar_attribute_type value)
{
    return awsc_enum_str(s_ScalarAttributeType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SearchSchemaElementType_values[] =
    "HASH\0"
    "INLINE_FILTER\0";

enum awsc_dynamodb_search_schema_element_type awsc_dynamodb_search_schema_element_type_parse(const char *value)
{
    return (enum awsc_dynamodb_search_schema_element_type)awsc_enum_parse(s_SearchSchemaElementType_values, 2, value);
}

const char *awsc_dynamodb_search_schema_element_type_str(enum awsc_dynamodb_search_schema_element_type value)
{
    return awsc_enum_str(s_SearchSchemaElementType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Select_values[] =
    "ALL_ATTRIBUTES\0"
    "ALL_PROJECTED_ATTRIBUTES\0"
    "SPECIFIC_ATTRIBUTES\0"
    "COUNT\0";

enum awsc_dynamodb_select awsc_dynamodb_select_parse(const char *value)
{
    return (enum awsc_dynamodb_select)awsc_enum_parse(s_Select_values, 4, value);
}

const char *awsc_dynamodb_select_str(enum awsc_dynamodb_select value)
{
    return awsc_enum_str(s_Select_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StreamViewType_values[] =
    "NEW_IMAGE\0"
    "OLD_IMAGE\0"
    "NEW_AND_OLD_IMAGES\0"
    "KEYS_ONLY\0";

enum awsc_dynamodb_stream_view_type awsc_dynamodb_stream_view_type_parse(const char *value)
{
    return (enum awsc_dynamodb_stream_view_type)awsc_enum_parse(s_StreamViewType_values, 4, value);
}

const char *awsc_dynamodb_stream_view_type_str(enum awsc_dynamodb_stream_view_type value)
{
    return awsc_enum_str(s_StreamViewType_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TableClass_values[] =
    "STANDARD\0"
    "STANDARD_INFREQUENT_ACCESS\0";

enum awsc_dynamodb_table_class awsc_dynamodb_table_class_parse(const char *value)
{
    return (enum awsc_dynamodb_table_class)awsc_enum_parse(s_TableClass_values, 2, value);
}

const char *awsc_dynamodb_table_class_str(enum awsc_dynamodb_table_class value)
{
    return awsc_enum_str(s_TableClass_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TableStatus_values[] =
    "CREATING\0"
    "UPDATING\0"
    "DELETING\0"
    "ACTIVE\0"
    "INACCESSIBLE_ENCRYPTION_CREDENTIALS\0"
    "ARCHIVING\0"
    "ARCHIVED\0"
    "REPLICATION_NOT_AUTHORIZED\0";

enum awsc_dynamodb_table_status awsc_dynamodb_table_status_parse(const char *value)
{
    return (enum awsc_dynamodb_table_status)awsc_enum_parse(s_TableStatus_values, 8, value);
}

const char *awsc_dynamodb_table_status_str(enum awsc_dynamodb_table_status value)
{
    return awsc_enum_str(s_TableStatus_values, 8, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TimeToLiveStatus_values[] =
    "ENABLING\0"
    "DISABLING\0"
    "ENABLED\0"
    "DISABLED\0";

enum awsc_dynamodb_time_to_live_status awsc_dynamodb_time_to_live_status_parse(const char *value)
{
    return (enum awsc_dynamodb_time_to_live_status)awsc_enum_parse(s_TimeToLiveStatus_values, 4, value);
}

const char *awsc_dynamodb_time_to_live_status_str(enum awsc_dynamodb_time_to_live_status value)
{
    return awsc_enum_str(s_TimeToLiveStatus_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_VectorDistanceFunction_values[] =
    "COSINE\0"
    "DOT_PRODUCT\0"
    "EUCLIDEAN\0";

enum awsc_dynamodb_vector_distance_function awsc_dynamodb_vector_distance_function_parse(const char *value)
{
    return (enum awsc_dynamodb_vector_distance_function)awsc_enum_parse(s_VectorDistanceFunction_values, 3, value);
}

const char *awsc_dynamodb_vector_distance_function_str(enum awsc_dynamodb_vector_distance_function value)
{
    return awsc_enum_str(s_VectorDistanceFunction_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_WitnessStatus_values[] =
    "CREATING\0"
    "DELETING\0"
    "ACTIVE\0";

enum awsc_dynamodb_witness_status awsc_dynamodb_witness_status_parse(const char *value)
{
    return (enum awsc_dynamodb_witness_status)awsc_enum_parse(s_WitnessStatus_values, 3, value);
}

const char *awsc_dynamodb_witness_status_str(enum awsc_dynamodb_witness_status value)
{
    return awsc_enum_str(s_WitnessStatus_values, 3, (int)value);
}

static const struct awsc_range s_AttributeName_range = { false, true, 0, 65535 };
static const struct awsc_range s_AttributeNameList_range = { true, false, 1, 0 };
static const struct awsc_range s_AutoScalingPolicyName_range = { true, true, 1, 256 };
static const struct awsc_range s_AutoScalingRoleArn_range = { true, true, 1, 1600 };
static const struct awsc_range s_BackupArn_range = { true, true, 37, 1024 };
static const struct awsc_range s_BackupName_range = { true, true, 3, 255 };
static const struct awsc_range s_BackupSizeBytes_range = { true, false, 0, 0 };
static const struct awsc_range s_BackupsInputLimit_range = { true, true, 1, 100 };
static const struct awsc_range s_BatchGetRequestMap_range = { true, true, 1, 100 };
static const struct awsc_range s_BatchWriteItemRequestMap_range = { true, true, 1, 25 };
static const struct awsc_range s_BilledSizeBytes_range = { true, false, 0, 0 };
static const struct awsc_range s_CancellationReasonList_range = { true, true, 1, 100 };
static const struct awsc_range s_ClientRequestToken_range = { true, true, 1, 36 };
static const struct awsc_range s_CloudWatchLogGroupArn_range = { true, true, 1, 1024 };
static const struct awsc_range s_CsvDelimiter_range = { true, true, 1, 1 };
static const struct awsc_range s_CsvHeader_range = { true, true, 1, 65536 };
static const struct awsc_range s_CsvHeaderList_range = { true, true, 1, 255 };
static const struct awsc_range s_ErrorCount_range = { true, false, 0, 0 };
static const struct awsc_range s_ExportArn_range = { true, true, 37, 1024 };
static const struct awsc_range s_GlobalSecondaryIndexAutoScalingUpdateList_range = { true, false, 1, 0 };
static const struct awsc_range s_GlobalTableGlobalSecondaryIndexSettingsUpdateList_range = { true, true, 1, 20 };
static const struct awsc_range s_GlobalTableWitnessGroupUpdateList_range = { true, true, 1, 1 };
static const struct awsc_range s_ImportArn_range = { true, true, 37, 1024 };
static const struct awsc_range s_ImportNextToken_range = { true, true, 112, 1024 };
static const struct awsc_range s_ImportedItemCount_range = { true, false, 0, 0 };
static const struct awsc_range s_IndexName_range = { true, true, 3, 255 };
static const struct awsc_range s_ItemCount_range = { true, false, 0, 0 };
static const struct awsc_range s_ItemResponseList_range = { true, true, 1, 100 };
static const struct awsc_range s_KeyList_range = { true, true, 1, 100 };
static const struct awsc_range s_KeySchema_range = { true, false, 1, 0 };
static const struct awsc_range s_KeySchemaAttributeName_range = { true, true, 1, 255 };
static const struct awsc_range s_ListContributorInsightsLimit_range = { false, true, 0, 100 };
static const struct awsc_range s_ListExportsMaxLimit_range = { true, true, 1, 25 };
static const struct awsc_range s_ListImportsMaxLimit_range = { true, true, 1, 25 };
static const struct awsc_range s_ListTablesInputLimit_range = { true, true, 1, 100 };
static const struct awsc_range s_NonKeyAttributeName_range = { true, true, 1, 255 };
static const struct awsc_range s_NonKeyAttributeNameList_range = { true, true, 1, 20 };
static const struct awsc_range s_NonNegativeLongObject_range = { true, false, 0, 0 };
static const struct awsc_range s_ParameterizedStatements_range = { true, true, 1, 100 };
static const struct awsc_range s_PartiQLBatchRequest_range = { true, true, 1, 25 };
static const struct awsc_range s_PartiQLNextToken_range = { true, true, 1, 32768 };
static const struct awsc_range s_PartiQLStatement_range = { true, true, 1, 8192 };
static const struct awsc_range s_PolicyRevisionId_range = { true, true, 1, 255 };
static const struct awsc_range s_PositiveIntegerObject_range = { true, false, 1, 0 };
static const struct awsc_range s_PositiveLongObject_range = { true, false, 1, 0 };
static const struct awsc_range s_PreparedStatementParameters_range = { true, false, 1, 0 };
static const struct awsc_range s_ProcessedItemCount_range = { true, false, 0, 0 };
static const struct awsc_range s_RecoveryPeriodInDays_range = { true, true, 1, 35 };
static const struct awsc_range s_ReplicaAutoScalingUpdateList_range = { true, false, 1, 0 };
static const struct awsc_range s_ReplicaGlobalSecondaryIndexList_range = { true, false, 1, 0 };
static const struct awsc_range s_ReplicaGlobalSecondaryIndexSettingsUpdateList_range = { true, true, 1, 20 };
static const struct awsc_range s_ReplicaSettingsUpdateList_range = { true, true, 1, 50 };
static const struct awsc_range s_ReplicationGroupUpdateList_range = { true, false, 1, 0 };
static const struct awsc_range s_ResourceArnString_range = { true, true, 1, 1283 };
static const struct awsc_range s_S3Bucket_range = { false, true, 0, 255 };
static const struct awsc_range s_S3Prefix_range = { false, true, 0, 1024 };
static const struct awsc_range s_S3SseKmsKeyId_range = { true, true, 1, 2048 };
static const struct awsc_range s_ScanSegment_range = { true, true, 0, 999999 };
static const struct awsc_range s_ScanTotalSegments_range = { true, true, 1, 1000000 };
static const struct awsc_range s_SearchSchema_range = { true, false, 1, 0 };
static const struct awsc_range s_SearchVectorList_range = { true, true, 1, 4096 };
static const struct awsc_range s_StreamArn_range = { true, true, 37, 1024 };
static const struct awsc_range s_TableArn_range = { true, true, 1, 1024 };
static const struct awsc_range s_TableName_range = { true, true, 3, 255 };
static const struct awsc_range s_TagKeyString_range = { true, true, 1, 128 };
static const struct awsc_range s_TagValueString_range = { true, true, 0, 256 };
static const struct awsc_range s_TimeToLiveAttributeName_range = { true, true, 1, 255 };
static const struct awsc_range s_TopKInteger_range = { true, false, 1, 0 };
static const struct awsc_range s_TransactGetItemList_range = { true, true, 1, 100 };
static const struct awsc_range s_TransactWriteItemList_range = { true, true, 1, 100 };
static const struct awsc_range s_VectorAttributeName_range = { true, true, 1, 255 };
static const struct awsc_range s_WriteRequests_range = { true, true, 1, 25 };

static const struct awsc_member s_ArchivalSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ArchivalDateTime", &s_Date, offsetof(struct awsc_dynamodb_archival_summary, archival_date_time), offsetof(struct awsc_dynamodb_archival_summary, has_archival_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ArchivalReason", &s_ArchivalReason, offsetof(struct awsc_dynamodb_archival_summary, archival_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ArchivalBackupArn", &s_BackupArn, offsetof(struct awsc_dynamodb_archival_summary, archival_backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ArchivalSummary_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_AttributeDefinition_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttributeName", &s_KeySchemaAttributeName, offsetof(struct awsc_dynamodb_attribute_definition, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeType", &s_ScalarAttributeType, offsetof(struct awsc_dynamodb_attribute_definition, attribute_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AttributeDefinition_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_AttributeValue_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S", &s_StringAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, s), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"N", &s_NumberAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, n), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"B", &s_BinaryAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, b), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SS", &s_StringSetAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, ss), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NS", &s_NumberSetAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, ns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BS", &s_BinarySetAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, bs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"M", &s_MapAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, m), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"L", &s_ListAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, l), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NULL", &s_NullAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, null), offsetof(struct awsc_dynamodb_attribute_value, has_null), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BOOL", &s_BooleanAttributeValue, offsetof(struct awsc_dynamodb_attribute_value, bool_), offsetof(struct awsc_dynamodb_attribute_value, has_bool), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AttributeValue_by_wire_name[] = { 2, 9, 5, 7, 6, 1, 4, 8, 0, 3 };

static const struct awsc_member s_AttributeValueUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Value", &s_AttributeValue, offsetof(struct awsc_dynamodb_attribute_value_update, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Action", &s_AttributeAction, offsetof(struct awsc_dynamodb_attribute_value_update, action), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AttributeValueUpdate_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_AutoScalingPolicyDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyName", &s_AutoScalingPolicyName, offsetof(struct awsc_dynamodb_auto_scaling_policy_description, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetTrackingScalingPolicyConfiguration", &s_AutoScalingTargetTrackingScalingPolicyConfigurationDescription, offsetof(struct awsc_dynamodb_auto_scaling_policy_description, target_tracking_scaling_policy_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AutoScalingPolicyDescription_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_AutoScalingPolicyUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyName", &s_AutoScalingPolicyName, offsetof(struct awsc_dynamodb_auto_scaling_policy_update, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetTrackingScalingPolicyConfiguration", &s_AutoScalingTargetTrackingScalingPolicyConfigurationUpdate, offsetof(struct awsc_dynamodb_auto_scaling_policy_update, target_tracking_scaling_policy_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AutoScalingPolicyUpdate_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_AutoScalingSettingsDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MinimumUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_auto_scaling_settings_description, minimum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, has_minimum_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_auto_scaling_settings_description, maximum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, has_maximum_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AutoScalingDisabled", &s_BooleanObject, offsetof(struct awsc_dynamodb_auto_scaling_settings_description, auto_scaling_disabled), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, has_auto_scaling_disabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AutoScalingRoleArn", &s_String, offsetof(struct awsc_dynamodb_auto_scaling_settings_description, auto_scaling_role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingPolicies", &s_AutoScalingPolicyDescriptionList, offsetof(struct awsc_dynamodb_auto_scaling_settings_description, scaling_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AutoScalingSettingsDescription_by_wire_name[] = { 2, 3, 1, 0, 4 };

static const struct awsc_member s_AutoScalingSettingsUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MinimumUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_auto_scaling_settings_update, minimum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, has_minimum_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_auto_scaling_settings_update, maximum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, has_maximum_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AutoScalingDisabled", &s_BooleanObject, offsetof(struct awsc_dynamodb_auto_scaling_settings_update, auto_scaling_disabled), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, has_auto_scaling_disabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AutoScalingRoleArn", &s_AutoScalingRoleArn, offsetof(struct awsc_dynamodb_auto_scaling_settings_update, auto_scaling_role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingPolicyUpdate", &s_AutoScalingPolicyUpdate, offsetof(struct awsc_dynamodb_auto_scaling_settings_update, scaling_policy_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AutoScalingSettingsUpdate_by_wire_name[] = { 2, 3, 1, 0, 4 };

static const struct awsc_member s_AutoScalingTargetTrackingScalingPolicyConfigurationDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DisableScaleIn", &s_BooleanObject, offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, disable_scale_in), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, has_disable_scale_in), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScaleInCooldown", &s_IntegerObject, offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, scale_in_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, has_scale_in_cooldown), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScaleOutCooldown", &s_IntegerObject, offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, scale_out_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, has_scale_out_cooldown), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetValue", &s_DoubleObject, offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, target_value), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, has_target_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AutoScalingTargetTrackingScalingPolicyConfigurationDescription_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member s_AutoScalingTargetTrackingScalingPolicyConfigurationUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DisableScaleIn", &s_BooleanObject, offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, disable_scale_in), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, has_disable_scale_in), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScaleInCooldown", &s_IntegerObject, offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, scale_in_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, has_scale_in_cooldown), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScaleOutCooldown", &s_IntegerObject, offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, scale_out_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, has_scale_out_cooldown), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetValue", &s_DoubleObject, offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, target_value), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, has_target_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AutoScalingTargetTrackingScalingPolicyConfigurationUpdate_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member s_BackupDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BackupDetails", &s_BackupDetails, offsetof(struct awsc_dynamodb_backup_description, backup_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceTableDetails", &s_SourceTableDetails, offsetof(struct awsc_dynamodb_backup_description, source_table_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceTableFeatureDetails", &s_SourceTableFeatureDetails, offsetof(struct awsc_dynamodb_backup_description, source_table_feature_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BackupDescription_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_BackupDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BackupArn", &s_BackupArn, offsetof(struct awsc_dynamodb_backup_details, backup_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupName", &s_BackupName, offsetof(struct awsc_dynamodb_backup_details, backup_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupSizeBytes", &s_BackupSizeBytes, offsetof(struct awsc_dynamodb_backup_details, backup_size_bytes), offsetof(struct awsc_dynamodb_backup_details, has_backup_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupStatus", &s_BackupStatus, offsetof(struct awsc_dynamodb_backup_details, backup_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupType", &s_BackupType, offsetof(struct awsc_dynamodb_backup_details, backup_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupCreationDateTime", &s_BackupCreationDateTime, offsetof(struct awsc_dynamodb_backup_details, backup_creation_date_time), offsetof(struct awsc_dynamodb_backup_details, has_backup_creation_date_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupExpiryDateTime", &s_Date, offsetof(struct awsc_dynamodb_backup_details, backup_expiry_date_time), offsetof(struct awsc_dynamodb_backup_details, has_backup_expiry_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BackupDetails_by_wire_name[] = { 0, 5, 6, 1, 2, 3, 4 };

static const struct awsc_member awsc__dynamodb_BackupInUseException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_backup_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_BackupInUseException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_BackupNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_backup_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_BackupNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_BackupSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_backup_summary, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableId", &s_TableId, offsetof(struct awsc_dynamodb_backup_summary, table_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_TableArn, offsetof(struct awsc_dynamodb_backup_summary, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupArn", &s_BackupArn, offsetof(struct awsc_dynamodb_backup_summary, backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupName", &s_BackupName, offsetof(struct awsc_dynamodb_backup_summary, backup_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupCreationDateTime", &s_BackupCreationDateTime, offsetof(struct awsc_dynamodb_backup_summary, backup_creation_date_time), offsetof(struct awsc_dynamodb_backup_summary, has_backup_creation_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupExpiryDateTime", &s_Date, offsetof(struct awsc_dynamodb_backup_summary, backup_expiry_date_time), offsetof(struct awsc_dynamodb_backup_summary, has_backup_expiry_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupStatus", &s_BackupStatus, offsetof(struct awsc_dynamodb_backup_summary, backup_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupType", &s_BackupType, offsetof(struct awsc_dynamodb_backup_summary, backup_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupSizeBytes", &s_BackupSizeBytes, offsetof(struct awsc_dynamodb_backup_summary, backup_size_bytes), offsetof(struct awsc_dynamodb_backup_summary, has_backup_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BackupSummary_by_wire_name[] = { 3, 5, 6, 4, 9, 7, 8, 2, 1, 0 };

static const struct awsc_member awsc__dynamodb_BatchExecuteStatementInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Statements", &s_PartiQLBatchRequest, offsetof(struct awsc_dynamodb_batch_execute_statement_input, statements), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_batch_execute_statement_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_BatchExecuteStatementInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_BatchExecuteStatementOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Responses", &s_PartiQLBatchResponse, offsetof(struct awsc_dynamodb_batch_execute_statement_output, responses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacityMultiple, offsetof(struct awsc_dynamodb_batch_execute_statement_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_BatchExecuteStatementOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_BatchGetItemInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestItems", &s_BatchGetRequestMap, offsetof(struct awsc_dynamodb_batch_get_item_input, request_items), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_batch_get_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_BatchGetItemInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_BatchGetItemOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Responses", &s_BatchGetResponseMap, offsetof(struct awsc_dynamodb_batch_get_item_output, responses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UnprocessedKeys", &s_BatchGetRequestMap, offsetof(struct awsc_dynamodb_batch_get_item_output, unprocessed_keys), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacityMultiple, offsetof(struct awsc_dynamodb_batch_get_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_BatchGetItemOutput_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_BatchStatementError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Code", &s_BatchStatementErrorCodeEnum, offsetof(struct awsc_dynamodb_batch_statement_error, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_dynamodb_batch_statement_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Item", &s_AttributeMap, offsetof(struct awsc_dynamodb_batch_statement_error, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BatchStatementError_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_BatchStatementRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Statement", &s_PartiQLStatement, offsetof(struct awsc_dynamodb_batch_statement_request, statement), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Parameters", &s_PreparedStatementParameters, offsetof(struct awsc_dynamodb_batch_statement_request, parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsistentRead", &s_ConsistentRead, offsetof(struct awsc_dynamodb_batch_statement_request, consistent_read), offsetof(struct awsc_dynamodb_batch_statement_request, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_batch_statement_request, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BatchStatementRequest_by_wire_name[] = { 2, 1, 3, 0 };

static const struct awsc_member s_BatchStatementResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_BatchStatementError, offsetof(struct awsc_dynamodb_batch_statement_response, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_batch_statement_response, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Item", &s_AttributeMap, offsetof(struct awsc_dynamodb_batch_statement_response, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BatchStatementResponse_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__dynamodb_BatchWriteItemInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestItems", &s_BatchWriteItemRequestMap, offsetof(struct awsc_dynamodb_batch_write_item_input, request_items), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_batch_write_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnItemCollectionMetrics", &s_ReturnItemCollectionMetrics, offsetof(struct awsc_dynamodb_batch_write_item_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_BatchWriteItemInput_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__dynamodb_BatchWriteItemOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UnprocessedItems", &s_BatchWriteItemRequestMap, offsetof(struct awsc_dynamodb_batch_write_item_output, unprocessed_items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCollectionMetrics", &s_ItemCollectionMetricsPerTable, offsetof(struct awsc_dynamodb_batch_write_item_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacityMultiple, offsetof(struct awsc_dynamodb_batch_write_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_BatchWriteItemOutput_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_BillingModeSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BillingMode", &s_BillingMode, offsetof(struct awsc_dynamodb_billing_mode_summary, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateToPayPerRequestDateTime", &s_Date, offsetof(struct awsc_dynamodb_billing_mode_summary, last_update_to_pay_per_request_date_time), offsetof(struct awsc_dynamodb_billing_mode_summary, has_last_update_to_pay_per_request_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BillingModeSummary_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_CancellationReason_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Item", &s_AttributeMap, offsetof(struct awsc_dynamodb_cancellation_reason, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Code", &s_Code, offsetof(struct awsc_dynamodb_cancellation_reason, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_cancellation_reason, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CancellationReason_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_Capacity_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReadCapacityUnits", &s_ConsumedCapacityUnits, offsetof(struct awsc_dynamodb_capacity, read_capacity_units), offsetof(struct awsc_dynamodb_capacity, has_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WriteCapacityUnits", &s_ConsumedCapacityUnits, offsetof(struct awsc_dynamodb_capacity, write_capacity_units), offsetof(struct awsc_dynamodb_capacity, has_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CapacityUnits", &s_ConsumedCapacityUnits, offsetof(struct awsc_dynamodb_capacity, capacity_units), offsetof(struct awsc_dynamodb_capacity, has_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Capacity_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_Condition_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttributeValueList", &s_AttributeValueList, offsetof(struct awsc_dynamodb_condition, attribute_value_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ComparisonOperator", &s_ComparisonOperator, offsetof(struct awsc_dynamodb_condition, comparison_operator), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Condition_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ConditionCheck_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_Key, offsetof(struct awsc_dynamodb_condition_check, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_condition_check, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionExpression", &s_ConditionExpression, offsetof(struct awsc_dynamodb_condition_check, condition_expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_condition_check, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_condition_check, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_condition_check, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConditionCheck_by_wire_name[] = { 2, 3, 4, 0, 5, 1 };

static const struct awsc_member awsc__dynamodb_ConditionalCheckFailedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_conditional_check_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Item", &s_AttributeMap, offsetof(struct awsc_dynamodb_conditional_check_failed_exception, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ConditionalCheckFailedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ConsumedCapacity_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_consumed_capacity, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CapacityUnits", &s_ConsumedCapacityUnits, offsetof(struct awsc_dynamodb_consumed_capacity, capacity_units), offsetof(struct awsc_dynamodb_consumed_capacity, has_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReadCapacityUnits", &s_ConsumedCapacityUnits, offsetof(struct awsc_dynamodb_consumed_capacity, read_capacity_units), offsetof(struct awsc_dynamodb_consumed_capacity, has_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WriteCapacityUnits", &s_ConsumedCapacityUnits, offsetof(struct awsc_dynamodb_consumed_capacity, write_capacity_units), offsetof(struct awsc_dynamodb_consumed_capacity, has_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Table", &s_Capacity, offsetof(struct awsc_dynamodb_consumed_capacity, table), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LocalSecondaryIndexes", &s_SecondaryIndexesCapacityMap, offsetof(struct awsc_dynamodb_consumed_capacity, local_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexes", &s_SecondaryIndexesCapacityMap, offsetof(struct awsc_dynamodb_consumed_capacity, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorIndexes", &s_VectorIndexesCapacityMap, offsetof(struct awsc_dynamodb_consumed_capacity, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConsumedCapacity_by_wire_name[] = { 1, 6, 5, 2, 4, 0, 7, 3 };

static const struct awsc_member s_ContinuousBackupsDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContinuousBackupsStatus", &s_ContinuousBackupsStatus, offsetof(struct awsc_dynamodb_continuous_backups_description, continuous_backups_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PointInTimeRecoveryDescription", &s_PointInTimeRecoveryDescription, offsetof(struct awsc_dynamodb_continuous_backups_description, point_in_time_recovery_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContinuousBackupsDescription_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ContinuousBackupsUnavailableException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_continuous_backups_unavailable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ContinuousBackupsUnavailableException_by_wire_name[] = { 0 };

static const struct awsc_member s_ContributorInsightsSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_contributor_insights_summary, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_contributor_insights_summary, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorInsightsStatus", &s_ContributorInsightsStatus, offsetof(struct awsc_dynamodb_contributor_insights_summary, contributor_insights_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorInsightsMode", &s_ContributorInsightsMode, offsetof(struct awsc_dynamodb_contributor_insights_summary, contributor_insights_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContributorInsightsSummary_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member awsc__dynamodb_CreateBackupInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_create_backup_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupName", &s_BackupName, offsetof(struct awsc_dynamodb_create_backup_input, backup_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_CreateBackupInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_CreateBackupOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BackupDetails", &s_BackupDetails, offsetof(struct awsc_dynamodb_create_backup_output, backup_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_CreateBackupOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_CreateGlobalSecondaryIndexAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_WarmThroughput, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CreateGlobalSecondaryIndexAction_by_wire_name[] = { 0, 1, 4, 2, 3, 5 };

static const struct awsc_member awsc__dynamodb_CreateGlobalTableInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_create_global_table_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicationGroup", &s_ReplicaList, offsetof(struct awsc_dynamodb_create_global_table_input, replication_group), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_CreateGlobalTableInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_CreateGlobalTableOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableDescription", &s_GlobalTableDescription, offsetof(struct awsc_dynamodb_create_global_table_output, global_table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_CreateGlobalTableOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_CreateGlobalTableWitnessGroupMemberAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_create_global_table_witness_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CreateGlobalTableWitnessGroupMemberAction_by_wire_name[] = { 0 };

static const struct awsc_member s_CreateReplicaAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_create_replica_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CreateReplicaAction_by_wire_name[] = { 0 };

static const struct awsc_member s_CreateReplicationGroupMemberAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_create_replication_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSMasterKeyId", &s_KMSMasterKeyId, offsetof(struct awsc_dynamodb_create_replication_group_member_action, kms_master_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughputOverride", &s_ProvisionedThroughputOverride, offsetof(struct awsc_dynamodb_create_replication_group_member_action, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughputOverride", &s_OnDemandThroughputOverride, offsetof(struct awsc_dynamodb_create_replication_group_member_action, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexes", &s_ReplicaGlobalSecondaryIndexList, offsetof(struct awsc_dynamodb_create_replication_group_member_action, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableClassOverride", &s_TableClass, offsetof(struct awsc_dynamodb_create_replication_group_member_action, table_class_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CreateReplicationGroupMemberAction_by_wire_name[] = { 4, 1, 3, 2, 0, 5 };

static const struct awsc_member awsc__dynamodb_CreateTableInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttributeDefinitions", &s_AttributeDefinitions, offsetof(struct awsc_dynamodb_create_table_input, attribute_definitions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_create_table_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_create_table_input, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LocalSecondaryIndexes", &s_LocalSecondaryIndexList, offsetof(struct awsc_dynamodb_create_table_input, local_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexes", &s_GlobalSecondaryIndexList, offsetof(struct awsc_dynamodb_create_table_input, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BillingMode", &s_BillingMode, offsetof(struct awsc_dynamodb_create_table_input, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_create_table_input, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamSpecification", &s_StreamSpecification, offsetof(struct awsc_dynamodb_create_table_input, stream_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSESpecification", &s_SSESpecification, offsetof(struct awsc_dynamodb_create_table_input, sse_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_dynamodb_create_table_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableClass", &s_TableClass, offsetof(struct awsc_dynamodb_create_table_input, table_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeletionProtectionEnabled", &s_DeletionProtectionEnabled, offsetof(struct awsc_dynamodb_create_table_input, deletion_protection_enabled), offsetof(struct awsc_dynamodb_create_table_input, has_deletion_protection_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_WarmThroughput, offsetof(struct awsc_dynamodb_create_table_input, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourcePolicy", &s_ResourcePolicy, offsetof(struct awsc_dynamodb_create_table_input, resource_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_create_table_input, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableSourceArn", &s_TableArn, offsetof(struct awsc_dynamodb_create_table_input, global_table_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableSettingsReplicationMode", &s_GlobalTableSettingsReplicationMode, offsetof(struct awsc_dynamodb_create_table_input, global_table_settings_replication_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorIndexes", &s_VectorIndexList, offsetof(struct awsc_dynamodb_create_table_input, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_CreateTableInput_by_wire_name[] = { 0, 5, 11, 4, 16, 15, 2, 3, 14, 6, 13, 8, 7, 10, 1, 9, 17, 12 };

static const struct awsc_member awsc__dynamodb_CreateTableOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableDescription", &s_TableDescription, offsetof(struct awsc_dynamodb_create_table_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_CreateTableOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_CreateVectorIndexAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_create_vector_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorAttribute", &s_VectorAttributeDefinition, offsetof(struct awsc_dynamodb_create_vector_index_action, vector_attribute), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SearchSchema", &s_SearchSchema, offsetof(struct awsc_dynamodb_create_vector_index_action, search_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_create_vector_index_action, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_create_vector_index_action, dimensions), offsetof(struct awsc_dynamodb_create_vector_index_action, has_dimensions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DistanceFunction", &s_VectorDistanceFunction, offsetof(struct awsc_dynamodb_create_vector_index_action, distance_function), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CreateVectorIndexAction_by_wire_name[] = { 4, 5, 0, 3, 2, 1 };

static const struct awsc_member s_CsvOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Delimiter", &s_CsvDelimiter, offsetof(struct awsc_dynamodb_csv_options, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HeaderList", &s_CsvHeaderList, offsetof(struct awsc_dynamodb_csv_options, header_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CsvOptions_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Delete_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_Key, offsetof(struct awsc_dynamodb_delete, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_delete, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionExpression", &s_ConditionExpression, offsetof(struct awsc_dynamodb_delete, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_delete, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_delete, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_delete, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Delete_by_wire_name[] = { 2, 3, 4, 0, 5, 1 };

static const struct awsc_member awsc__dynamodb_DeleteBackupInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BackupArn", &s_BackupArn, offsetof(struct awsc_dynamodb_delete_backup_input, backup_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DeleteBackupInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DeleteBackupOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BackupDescription", &s_BackupDescription, offsetof(struct awsc_dynamodb_delete_backup_output, backup_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DeleteBackupOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_DeleteGlobalSecondaryIndexAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_delete_global_secondary_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteGlobalSecondaryIndexAction_by_wire_name[] = { 0 };

static const struct awsc_member s_DeleteGlobalTableWitnessGroupMemberAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_delete_global_table_witness_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteGlobalTableWitnessGroupMemberAction_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DeleteItemInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_delete_item_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_Key, offsetof(struct awsc_dynamodb_delete_item_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expected", &s_ExpectedAttributeMap, offsetof(struct awsc_dynamodb_delete_item_input, expected), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionalOperator", &s_ConditionalOperator, offsetof(struct awsc_dynamodb_delete_item_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValues", &s_ReturnValue, offsetof(struct awsc_dynamodb_delete_item_input, return_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_delete_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnItemCollectionMetrics", &s_ReturnItemCollectionMetrics, offsetof(struct awsc_dynamodb_delete_item_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionExpression", &s_ConditionExpression, offsetof(struct awsc_dynamodb_delete_item_input, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_delete_item_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_delete_item_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_delete_item_input, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DeleteItemInput_by_wire_name[] = { 7, 3, 2, 8, 9, 1, 5, 6, 4, 10, 0 };

static const struct awsc_member awsc__dynamodb_DeleteItemOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attributes", &s_AttributeMap, offsetof(struct awsc_dynamodb_delete_item_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacity, offsetof(struct awsc_dynamodb_delete_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCollectionMetrics", &s_ItemCollectionMetrics, offsetof(struct awsc_dynamodb_delete_item_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DeleteItemOutput_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_DeleteReplicaAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_delete_replica_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteReplicaAction_by_wire_name[] = { 0 };

static const struct awsc_member s_DeleteReplicationGroupMemberAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_delete_replication_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteReplicationGroupMemberAction_by_wire_name[] = { 0 };

static const struct awsc_member s_DeleteRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_Key, offsetof(struct awsc_dynamodb_delete_request, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DeleteResourcePolicyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_ResourceArnString, offsetof(struct awsc_dynamodb_delete_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedRevisionId", &s_PolicyRevisionId, offsetof(struct awsc_dynamodb_delete_resource_policy_input, expected_revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DeleteResourcePolicyInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_DeleteResourcePolicyOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RevisionId", &s_PolicyRevisionId, offsetof(struct awsc_dynamodb_delete_resource_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DeleteResourcePolicyOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DeleteTableInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_delete_table_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DeleteTableInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DeleteTableOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableDescription", &s_TableDescription, offsetof(struct awsc_dynamodb_delete_table_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DeleteTableOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_DeleteVectorIndexAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_delete_vector_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteVectorIndexAction_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeBackupInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BackupArn", &s_BackupArn, offsetof(struct awsc_dynamodb_describe_backup_input, backup_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeBackupInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeBackupOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BackupDescription", &s_BackupDescription, offsetof(struct awsc_dynamodb_describe_backup_output, backup_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeBackupOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeContinuousBackupsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_describe_continuous_backups_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeContinuousBackupsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeContinuousBackupsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContinuousBackupsDescription", &s_ContinuousBackupsDescription, offsetof(struct awsc_dynamodb_describe_continuous_backups_output, continuous_backups_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeContinuousBackupsOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeContributorInsightsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_describe_contributor_insights_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_describe_contributor_insights_input, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeContributorInsightsInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_DescribeContributorInsightsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorInsightsRuleList", &s_ContributorInsightsRuleList, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, contributor_insights_rule_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorInsightsStatus", &s_ContributorInsightsStatus, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, contributor_insights_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateDateTime", &s_LastUpdateDateTime, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, last_update_date_time), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, has_last_update_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureException", &s_FailureException, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, failure_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorInsightsMode", &s_ContributorInsightsMode, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, contributor_insights_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeContributorInsightsOutput_by_wire_name[] = { 6, 2, 3, 5, 1, 4, 0 };

static const struct awsc_member awsc__dynamodb_DescribeEndpointsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Endpoints", &s_Endpoints, offsetof(struct awsc_dynamodb_describe_endpoints_output, endpoints), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeEndpointsResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeExportInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExportArn", &s_ExportArn, offsetof(struct awsc_dynamodb_describe_export_input, export_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeExportInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeExportOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExportDescription", &s_ExportDescription, offsetof(struct awsc_dynamodb_describe_export_output, export_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeExportOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeGlobalTableInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_describe_global_table_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeGlobalTableInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeGlobalTableOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableDescription", &s_GlobalTableDescription, offsetof(struct awsc_dynamodb_describe_global_table_output, global_table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeGlobalTableOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeGlobalTableSettingsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_describe_global_table_settings_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeGlobalTableSettingsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeGlobalTableSettingsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_describe_global_table_settings_output, global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaSettings", &s_ReplicaSettingsDescriptionList, offsetof(struct awsc_dynamodb_describe_global_table_settings_output, replica_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeGlobalTableSettingsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_DescribeImportInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImportArn", &s_ImportArn, offsetof(struct awsc_dynamodb_describe_import_input, import_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeImportInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeImportOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImportTableDescription", &s_ImportTableDescription, offsetof(struct awsc_dynamodb_describe_import_output, import_table_description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeImportOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeKinesisStreamingDestinationInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_describe_kinesis_streaming_destination_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeKinesisStreamingDestinationInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeKinesisStreamingDestinationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_describe_kinesis_streaming_destination_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KinesisDataStreamDestinations", &s_KinesisDataStreamDestinations, offsetof(struct awsc_dynamodb_describe_kinesis_streaming_destination_output, kinesis_data_stream_destinations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeKinesisStreamingDestinationOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_DescribeLimitsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccountMaxReadCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_describe_limits_output, account_max_read_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, has_account_max_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccountMaxWriteCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_describe_limits_output, account_max_write_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, has_account_max_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableMaxReadCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_describe_limits_output, table_max_read_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, has_table_max_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableMaxWriteCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_describe_limits_output, table_max_write_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, has_table_max_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeLimitsOutput_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__dynamodb_DescribeTableInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_describe_table_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeTableInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeTableOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Table", &s_TableDescription, offsetof(struct awsc_dynamodb_describe_table_output, table), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeTableOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeTableReplicaAutoScalingInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_describe_table_replica_auto_scaling_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeTableReplicaAutoScalingInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeTableReplicaAutoScalingOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableAutoScalingDescription", &s_TableAutoScalingDescription, offsetof(struct awsc_dynamodb_describe_table_replica_auto_scaling_output, table_auto_scaling_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeTableReplicaAutoScalingOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeTimeToLiveInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_describe_time_to_live_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeTimeToLiveInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DescribeTimeToLiveOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TimeToLiveDescription", &s_TimeToLiveDescription, offsetof(struct awsc_dynamodb_describe_time_to_live_output, time_to_live_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DescribeTimeToLiveOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_DuplicateItemException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_duplicate_item_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_DuplicateItemException_by_wire_name[] = { 0 };

static const struct awsc_member s_EnableKinesisStreamingConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ApproximateCreationDateTimePrecision", &s_ApproximateCreationDateTimePrecision, offsetof(struct awsc_dynamodb_enable_kinesis_streaming_configuration, approximate_creation_date_time_precision), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EnableKinesisStreamingConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_Endpoint_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Address", &s_String, offsetof(struct awsc_dynamodb_endpoint, address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CachePeriodInMinutes", &s_Long, offsetof(struct awsc_dynamodb_endpoint, cache_period_in_minutes), offsetof(struct awsc_dynamodb_endpoint, has_cache_period_in_minutes), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Endpoint_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ExecuteStatementInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Statement", &s_PartiQLStatement, offsetof(struct awsc_dynamodb_execute_statement_input, statement), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Parameters", &s_PreparedStatementParameters, offsetof(struct awsc_dynamodb_execute_statement_input, parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsistentRead", &s_ConsistentRead, offsetof(struct awsc_dynamodb_execute_statement_input, consistent_read), offsetof(struct awsc_dynamodb_execute_statement_input, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_PartiQLNextToken, offsetof(struct awsc_dynamodb_execute_statement_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_execute_statement_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Limit", &s_PositiveIntegerObject, offsetof(struct awsc_dynamodb_execute_statement_input, limit), offsetof(struct awsc_dynamodb_execute_statement_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_execute_statement_input, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ExecuteStatementInput_by_wire_name[] = { 2, 5, 3, 1, 4, 6, 0 };

static const struct awsc_member awsc__dynamodb_ExecuteStatementOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Items", &s_ItemList, offsetof(struct awsc_dynamodb_execute_statement_output, items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_PartiQLNextToken, offsetof(struct awsc_dynamodb_execute_statement_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacity, offsetof(struct awsc_dynamodb_execute_statement_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastEvaluatedKey", &s_Key, offsetof(struct awsc_dynamodb_execute_statement_output, last_evaluated_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ExecuteStatementOutput_by_wire_name[] = { 2, 0, 3, 1 };

static const struct awsc_member awsc__dynamodb_ExecuteTransactionInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TransactStatements", &s_ParameterizedStatements, offsetof(struct awsc_dynamodb_execute_transaction_input, transact_statements), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientRequestToken", &s_ClientRequestToken, offsetof(struct awsc_dynamodb_execute_transaction_input, client_request_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_execute_transaction_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ExecuteTransactionInput_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__dynamodb_ExecuteTransactionOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Responses", &s_ItemResponseList, offsetof(struct awsc_dynamodb_execute_transaction_output, responses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacityMultiple, offsetof(struct awsc_dynamodb_execute_transaction_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ExecuteTransactionOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ExpectedAttributeValue_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Value", &s_AttributeValue, offsetof(struct awsc_dynamodb_expected_attribute_value, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Exists", &s_BooleanObject, offsetof(struct awsc_dynamodb_expected_attribute_value, exists), offsetof(struct awsc_dynamodb_expected_attribute_value, has_exists), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ComparisonOperator", &s_ComparisonOperator, offsetof(struct awsc_dynamodb_expected_attribute_value, comparison_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeValueList", &s_AttributeValueList, offsetof(struct awsc_dynamodb_expected_attribute_value, attribute_value_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExpectedAttributeValue_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member awsc__dynamodb_ExportConflictException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_export_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ExportConflictException_by_wire_name[] = { 0 };

static const struct awsc_member s_ExportDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExportArn", &s_ExportArn, offsetof(struct awsc_dynamodb_export_description, export_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportStatus", &s_ExportStatus, offsetof(struct awsc_dynamodb_export_description, export_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTime", &s_ExportStartTime, offsetof(struct awsc_dynamodb_export_description, start_time), offsetof(struct awsc_dynamodb_export_description, has_start_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTime", &s_ExportEndTime, offsetof(struct awsc_dynamodb_export_description, end_time), offsetof(struct awsc_dynamodb_export_description, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportManifest", &s_ExportManifest, offsetof(struct awsc_dynamodb_export_description, export_manifest), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_TableArn, offsetof(struct awsc_dynamodb_export_description, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableId", &s_TableId, offsetof(struct awsc_dynamodb_export_description, table_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportTime", &s_ExportTime, offsetof(struct awsc_dynamodb_export_description, export_time), offsetof(struct awsc_dynamodb_export_description, has_export_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientToken", &s_ClientToken, offsetof(struct awsc_dynamodb_export_description, client_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Bucket", &s_S3Bucket, offsetof(struct awsc_dynamodb_export_description, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3BucketOwner", &s_S3BucketOwner, offsetof(struct awsc_dynamodb_export_description, s3_bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Prefix", &s_S3Prefix, offsetof(struct awsc_dynamodb_export_description, s3_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3SseAlgorithm", &s_S3SseAlgorithm, offsetof(struct awsc_dynamodb_export_description, s3_sse_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3SseKmsKeyId", &s_S3SseKmsKeyId, offsetof(struct awsc_dynamodb_export_description, s3_sse_kms_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureCode", &s_FailureCode, offsetof(struct awsc_dynamodb_export_description, failure_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureMessage", &s_FailureMessage, offsetof(struct awsc_dynamodb_export_description, failure_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportFormat", &s_ExportFormat, offsetof(struct awsc_dynamodb_export_description, export_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BilledSizeBytes", &s_BilledSizeBytes, offsetof(struct awsc_dynamodb_export_description, billed_size_bytes), offsetof(struct awsc_dynamodb_export_description, has_billed_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCount", &s_ItemCount, offsetof(struct awsc_dynamodb_export_description, item_count), offsetof(struct awsc_dynamodb_export_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportType", &s_ExportType, offsetof(struct awsc_dynamodb_export_description, export_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IncrementalExportSpecification", &s_IncrementalExportSpecification, offsetof(struct awsc_dynamodb_export_description, incremental_export_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExportDescription_by_wire_name[] = { 17, 8, 3, 0, 16, 4, 1, 7, 19, 14, 15, 20, 18, 9, 10, 11, 12, 13, 2, 5, 6 };

static const struct awsc_member awsc__dynamodb_ExportNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_export_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ExportNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_ExportSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExportArn", &s_ExportArn, offsetof(struct awsc_dynamodb_export_summary, export_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportStatus", &s_ExportStatus, offsetof(struct awsc_dynamodb_export_summary, export_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportType", &s_ExportType, offsetof(struct awsc_dynamodb_export_summary, export_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExportSummary_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__dynamodb_ExportTableToPointInTimeInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableArn", &s_TableArn, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, table_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportTime", &s_ExportTime, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, export_time), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, has_export_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientToken", &s_ClientToken, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, client_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Bucket", &s_S3Bucket, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3BucketOwner", &s_S3BucketOwner, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Prefix", &s_S3Prefix, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3SseAlgorithm", &s_S3SseAlgorithm, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_sse_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3SseKmsKeyId", &s_S3SseKmsKeyId, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_sse_kms_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportFormat", &s_ExportFormat, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, export_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportType", &s_ExportType, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, export_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IncrementalExportSpecification", &s_IncrementalExportSpecification, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, incremental_export_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ExportTableToPointInTimeInput_by_wire_name[] = { 2, 8, 1, 9, 10, 3, 4, 5, 6, 7, 0 };

static const struct awsc_member awsc__dynamodb_ExportTableToPointInTimeOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExportDescription", &s_ExportDescription, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_output, export_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ExportTableToPointInTimeOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_FailureException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExceptionName", &s_ExceptionName, offsetof(struct awsc_dynamodb_failure_exception, exception_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExceptionDescription", &s_ExceptionDescription, offsetof(struct awsc_dynamodb_failure_exception, exception_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FailureException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Get_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_Key, offsetof(struct awsc_dynamodb_get, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_get, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProjectionExpression", &s_ProjectionExpression, offsetof(struct awsc_dynamodb_get, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_get, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Get_by_wire_name[] = { 3, 0, 2, 1 };

static const struct awsc_member awsc__dynamodb_GetItemInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_get_item_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_Key, offsetof(struct awsc_dynamodb_get_item_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributesToGet", &s_AttributeNameList, offsetof(struct awsc_dynamodb_get_item_input, attributes_to_get), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsistentRead", &s_ConsistentRead, offsetof(struct awsc_dynamodb_get_item_input, consistent_read), offsetof(struct awsc_dynamodb_get_item_input, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_get_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProjectionExpression", &s_ProjectionExpression, offsetof(struct awsc_dynamodb_get_item_input, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_get_item_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_GetItemInput_by_wire_name[] = { 2, 3, 6, 1, 5, 4, 0 };

static const struct awsc_member awsc__dynamodb_GetItemOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Item", &s_AttributeMap, offsetof(struct awsc_dynamodb_get_item_output, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacity, offsetof(struct awsc_dynamodb_get_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_GetItemOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_GetResourcePolicyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_ResourceArnString, offsetof(struct awsc_dynamodb_get_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_GetResourcePolicyInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_GetResourcePolicyOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Policy", &s_ResourcePolicy, offsetof(struct awsc_dynamodb_get_resource_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_PolicyRevisionId, offsetof(struct awsc_dynamodb_get_resource_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_GetResourcePolicyOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GlobalSecondaryIndex_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_global_secondary_index, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_global_secondary_index, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_global_secondary_index, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_global_secondary_index, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_global_secondary_index, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_WarmThroughput, offsetof(struct awsc_dynamodb_global_secondary_index, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalSecondaryIndex_by_wire_name[] = { 0, 1, 4, 2, 3, 5 };

static const struct awsc_member s_GlobalSecondaryIndexAutoScalingUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedWriteCapacityAutoScalingUpdate", &s_AutoScalingSettingsUpdate, offsetof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update, provisioned_write_capacity_auto_scaling_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalSecondaryIndexAutoScalingUpdate_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GlobalSecondaryIndexDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_global_secondary_index_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_global_secondary_index_description, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_global_secondary_index_description, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexStatus", &s_IndexStatus, offsetof(struct awsc_dynamodb_global_secondary_index_description, index_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Backfilling", &s_Backfilling, offsetof(struct awsc_dynamodb_global_secondary_index_description, backfilling), offsetof(struct awsc_dynamodb_global_secondary_index_description, has_backfilling), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughputDescription, offsetof(struct awsc_dynamodb_global_secondary_index_description, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexSizeBytes", &s_LongObject, offsetof(struct awsc_dynamodb_global_secondary_index_description, index_size_bytes), offsetof(struct awsc_dynamodb_global_secondary_index_description, has_index_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCount", &s_LongObject, offsetof(struct awsc_dynamodb_global_secondary_index_description, item_count), offsetof(struct awsc_dynamodb_global_secondary_index_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexArn", &s_String, offsetof(struct awsc_dynamodb_global_secondary_index_description, index_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_global_secondary_index_description, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_GlobalSecondaryIndexWarmThroughputDescription, offsetof(struct awsc_dynamodb_global_secondary_index_description, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalSecondaryIndexDescription_by_wire_name[] = { 4, 8, 0, 6, 3, 7, 1, 9, 2, 5, 10 };

static const struct awsc_member s_GlobalSecondaryIndexInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_global_secondary_index_info, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_global_secondary_index_info, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_global_secondary_index_info, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_global_secondary_index_info, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_global_secondary_index_info, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalSecondaryIndexInfo_by_wire_name[] = { 0, 1, 4, 2, 3 };

static const struct awsc_member s_GlobalSecondaryIndexUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Update", &s_UpdateGlobalSecondaryIndexAction, offsetof(struct awsc_dynamodb_global_secondary_index_update, update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Create", &s_CreateGlobalSecondaryIndexAction, offsetof(struct awsc_dynamodb_global_secondary_index_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delete", &s_DeleteGlobalSecondaryIndexAction, offsetof(struct awsc_dynamodb_global_secondary_index_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalSecondaryIndexUpdate_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_GlobalSecondaryIndexWarmThroughputDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReadUnitsPerSecond", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, read_units_per_second), offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, has_read_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WriteUnitsPerSecond", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, write_units_per_second), offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, has_write_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_IndexStatus, offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalSecondaryIndexWarmThroughputDescription_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_GlobalTable_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_global_table, global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicationGroup", &s_ReplicaList, offsetof(struct awsc_dynamodb_global_table, replication_group), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalTable_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_GlobalTableAlreadyExistsException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_global_table_already_exists_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_GlobalTableAlreadyExistsException_by_wire_name[] = { 0 };

static const struct awsc_member s_GlobalTableDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReplicationGroup", &s_ReplicaDescriptionList, offsetof(struct awsc_dynamodb_global_table_description, replication_group), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableArn", &s_GlobalTableArnString, offsetof(struct awsc_dynamodb_global_table_description, global_table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreationDateTime", &s_Date, offsetof(struct awsc_dynamodb_global_table_description, creation_date_time), offsetof(struct awsc_dynamodb_global_table_description, has_creation_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableStatus", &s_GlobalTableStatus, offsetof(struct awsc_dynamodb_global_table_description, global_table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_global_table_description, global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalTableDescription_by_wire_name[] = { 2, 1, 4, 3, 0 };

static const struct awsc_member s_GlobalTableGlobalSecondaryIndexSettingsUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedWriteCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, has_provisioned_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedWriteCapacityAutoScalingSettingsUpdate", &s_AutoScalingSettingsUpdate, offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, provisioned_write_capacity_auto_scaling_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalTableGlobalSecondaryIndexSettingsUpdate_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__dynamodb_GlobalTableNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_global_table_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_GlobalTableNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_GlobalTableWitnessDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_global_table_witness_description, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WitnessStatus", &s_WitnessStatus, offsetof(struct awsc_dynamodb_global_table_witness_description, witness_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalTableWitnessDescription_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GlobalTableWitnessGroupUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Create", &s_CreateGlobalTableWitnessGroupMemberAction, offsetof(struct awsc_dynamodb_global_table_witness_group_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delete", &s_DeleteGlobalTableWitnessGroupMemberAction, offsetof(struct awsc_dynamodb_global_table_witness_group_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlobalTableWitnessGroupUpdate_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_IdempotentParameterMismatchException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_idempotent_parameter_mismatch_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_IdempotentParameterMismatchException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_ImportConflictException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_import_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ImportConflictException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_ImportNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_import_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ImportNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_ImportSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImportArn", &s_ImportArn, offsetof(struct awsc_dynamodb_import_summary, import_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImportStatus", &s_ImportStatus, offsetof(struct awsc_dynamodb_import_summary, import_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_TableArn, offsetof(struct awsc_dynamodb_import_summary, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3BucketSource", &s_S3BucketSource, offsetof(struct awsc_dynamodb_import_summary, s3_bucket_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CloudWatchLogGroupArn", &s_CloudWatchLogGroupArn, offsetof(struct awsc_dynamodb_import_summary, cloud_watch_log_group_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InputFormat", &s_InputFormat, offsetof(struct awsc_dynamodb_import_summary, input_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTime", &s_ImportStartTime, offsetof(struct awsc_dynamodb_import_summary, start_time), offsetof(struct awsc_dynamodb_import_summary, has_start_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTime", &s_ImportEndTime, offsetof(struct awsc_dynamodb_import_summary, end_time), offsetof(struct awsc_dynamodb_import_summary, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImportSummary_by_wire_name[] = { 4, 7, 0, 1, 5, 3, 6, 2 };

static const struct awsc_member s_ImportTableDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImportArn", &s_ImportArn, offsetof(struct awsc_dynamodb_import_table_description, import_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImportStatus", &s_ImportStatus, offsetof(struct awsc_dynamodb_import_table_description, import_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_TableArn, offsetof(struct awsc_dynamodb_import_table_description, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableId", &s_TableId, offsetof(struct awsc_dynamodb_import_table_description, table_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientToken", &s_ClientToken, offsetof(struct awsc_dynamodb_import_table_description, client_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3BucketSource", &s_S3BucketSource, offsetof(struct awsc_dynamodb_import_table_description, s3_bucket_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorCount", &s_ErrorCount, offsetof(struct awsc_dynamodb_import_table_description, error_count), offsetof(struct awsc_dynamodb_import_table_description, has_error_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CloudWatchLogGroupArn", &s_CloudWatchLogGroupArn, offsetof(struct awsc_dynamodb_import_table_description, cloud_watch_log_group_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InputFormat", &s_InputFormat, offsetof(struct awsc_dynamodb_import_table_description, input_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InputFormatOptions", &s_InputFormatOptions, offsetof(struct awsc_dynamodb_import_table_description, input_format_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InputCompressionType", &s_InputCompressionType, offsetof(struct awsc_dynamodb_import_table_description, input_compression_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableCreationParameters", &s_TableCreationParameters, offsetof(struct awsc_dynamodb_import_table_description, table_creation_parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTime", &s_ImportStartTime, offsetof(struct awsc_dynamodb_import_table_description, start_time), offsetof(struct awsc_dynamodb_import_table_description, has_start_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTime", &s_ImportEndTime, offsetof(struct awsc_dynamodb_import_table_description, end_time), offsetof(struct awsc_dynamodb_import_table_description, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProcessedSizeBytes", &s_LongObject, offsetof(struct awsc_dynamodb_import_table_description, processed_size_bytes), offsetof(struct awsc_dynamodb_import_table_description, has_processed_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProcessedItemCount", &s_ProcessedItemCount, offsetof(struct awsc_dynamodb_import_table_description, processed_item_count), offsetof(struct awsc_dynamodb_import_table_description, has_processed_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImportedItemCount", &s_ImportedItemCount, offsetof(struct awsc_dynamodb_import_table_description, imported_item_count), offsetof(struct awsc_dynamodb_import_table_description, has_imported_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureCode", &s_FailureCode, offsetof(struct awsc_dynamodb_import_table_description, failure_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureMessage", &s_FailureMessage, offsetof(struct awsc_dynamodb_import_table_description, failure_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImportTableDescription_by_wire_name[] = { 4, 7, 13, 6, 17, 18, 0, 1, 16, 10, 8, 9, 15, 14, 5, 12, 2, 11, 3 };

static const struct awsc_member awsc__dynamodb_ImportTableInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ClientToken", &s_ClientToken, offsetof(struct awsc_dynamodb_import_table_input, client_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3BucketSource", &s_S3BucketSource, offsetof(struct awsc_dynamodb_import_table_input, s3_bucket_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InputFormat", &s_InputFormat, offsetof(struct awsc_dynamodb_import_table_input, input_format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InputFormatOptions", &s_InputFormatOptions, offsetof(struct awsc_dynamodb_import_table_input, input_format_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InputCompressionType", &s_InputCompressionType, offsetof(struct awsc_dynamodb_import_table_input, input_compression_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableCreationParameters", &s_TableCreationParameters, offsetof(struct awsc_dynamodb_import_table_input, table_creation_parameters), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ImportTableInput_by_wire_name[] = { 0, 4, 2, 3, 1, 5 };

static const struct awsc_member awsc__dynamodb_ImportTableOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImportTableDescription", &s_ImportTableDescription, offsetof(struct awsc_dynamodb_import_table_output, import_table_description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ImportTableOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_IncrementalExportSpecification_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExportFromTime", &s_ExportFromTime, offsetof(struct awsc_dynamodb_incremental_export_specification, export_from_time), offsetof(struct awsc_dynamodb_incremental_export_specification, has_export_from_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportToTime", &s_ExportToTime, offsetof(struct awsc_dynamodb_incremental_export_specification, export_to_time), offsetof(struct awsc_dynamodb_incremental_export_specification, has_export_to_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportViewType", &s_ExportViewType, offsetof(struct awsc_dynamodb_incremental_export_specification, export_view_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_IncrementalExportSpecification_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__dynamodb_IndexNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_index_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_IndexNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_InputFormatOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Csv", &s_CsvOptions, offsetof(struct awsc_dynamodb_input_format_options, csv), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InputFormatOptions_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_InternalServerError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_internal_server_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_InternalServerError_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_InvalidExportTimeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_invalid_export_time_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_InvalidExportTimeException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_InvalidRestoreTimeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_invalid_restore_time_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_InvalidRestoreTimeException_by_wire_name[] = { 0 };

static const struct awsc_member s_ItemCollectionMetrics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ItemCollectionKey", &s_ItemCollectionKeyAttributeMap, offsetof(struct awsc_dynamodb_item_collection_metrics, item_collection_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SizeEstimateRangeGB", &s_ItemCollectionSizeEstimateRange, offsetof(struct awsc_dynamodb_item_collection_metrics, size_estimate_range_gb), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ItemCollectionMetrics_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ItemCollectionSizeLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_item_collection_size_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ItemCollectionSizeLimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member s_ItemResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Item", &s_AttributeMap, offsetof(struct awsc_dynamodb_item_response, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ItemResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_KeySchemaElement_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttributeName", &s_KeySchemaAttributeName, offsetof(struct awsc_dynamodb_key_schema_element, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyType", &s_KeyType, offsetof(struct awsc_dynamodb_key_schema_element, key_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_KeySchemaElement_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_KeysAndAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Keys", &s_KeyList, offsetof(struct awsc_dynamodb_keys_and_attributes, keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributesToGet", &s_AttributeNameList, offsetof(struct awsc_dynamodb_keys_and_attributes, attributes_to_get), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsistentRead", &s_ConsistentRead, offsetof(struct awsc_dynamodb_keys_and_attributes, consistent_read), offsetof(struct awsc_dynamodb_keys_and_attributes, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProjectionExpression", &s_ProjectionExpression, offsetof(struct awsc_dynamodb_keys_and_attributes, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_keys_and_attributes, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_KeysAndAttributes_by_wire_name[] = { 1, 2, 4, 0, 3 };

static const struct awsc_member s_KinesisDataStreamDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamArn", &s_StreamArn, offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationStatus", &s_DestinationStatus, offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, destination_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationStatusDescription", &s_String, offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, destination_status_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApproximateCreationDateTimePrecision", &s_ApproximateCreationDateTimePrecision, offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, approximate_creation_date_time_precision), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_KinesisDataStreamDestination_by_wire_name[] = { 3, 1, 2, 0 };

static const struct awsc_member awsc__dynamodb_KinesisStreamingDestinationInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamArn", &s_StreamArn, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnableKinesisStreamingConfiguration", &s_EnableKinesisStreamingConfiguration, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_input, enable_kinesis_streaming_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_KinesisStreamingDestinationInput_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__dynamodb_KinesisStreamingDestinationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamArn", &s_StreamArn, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationStatus", &s_DestinationStatus, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, destination_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnableKinesisStreamingConfiguration", &s_EnableKinesisStreamingConfiguration, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, enable_kinesis_streaming_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_KinesisStreamingDestinationOutput_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member awsc__dynamodb_LimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_LimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_ListBackupsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_list_backups_input, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Limit", &s_BackupsInputLimit, offsetof(struct awsc_dynamodb_list_backups_input, limit), offsetof(struct awsc_dynamodb_list_backups_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TimeRangeLowerBound", &s_TimeRangeLowerBound, offsetof(struct awsc_dynamodb_list_backups_input, time_range_lower_bound), offsetof(struct awsc_dynamodb_list_backups_input, has_time_range_lower_bound), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TimeRangeUpperBound", &s_TimeRangeUpperBound, offsetof(struct awsc_dynamodb_list_backups_input, time_range_upper_bound), offsetof(struct awsc_dynamodb_list_backups_input, has_time_range_upper_bound), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExclusiveStartBackupArn", &s_BackupArn, offsetof(struct awsc_dynamodb_list_backups_input, exclusive_start_backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupType", &s_BackupTypeFilter, offsetof(struct awsc_dynamodb_list_backups_input, backup_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListBackupsInput_by_wire_name[] = { 5, 4, 1, 0, 2, 3 };

static const struct awsc_member awsc__dynamodb_ListBackupsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BackupSummaries", &s_BackupSummaries, offsetof(struct awsc_dynamodb_list_backups_output, backup_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastEvaluatedBackupArn", &s_BackupArn, offsetof(struct awsc_dynamodb_list_backups_output, last_evaluated_backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListBackupsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ListContributorInsightsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_list_contributor_insights_input, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextTokenString, offsetof(struct awsc_dynamodb_list_contributor_insights_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_ListContributorInsightsLimit, offsetof(struct awsc_dynamodb_list_contributor_insights_input, max_results), offsetof(struct awsc_dynamodb_list_contributor_insights_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListContributorInsightsInput_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__dynamodb_ListContributorInsightsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContributorInsightsSummaries", &s_ContributorInsightsSummaries, offsetof(struct awsc_dynamodb_list_contributor_insights_output, contributor_insights_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextTokenString, offsetof(struct awsc_dynamodb_list_contributor_insights_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListContributorInsightsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ListExportsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableArn", &s_TableArn, offsetof(struct awsc_dynamodb_list_exports_input, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_ListExportsMaxLimit, offsetof(struct awsc_dynamodb_list_exports_input, max_results), offsetof(struct awsc_dynamodb_list_exports_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_ExportNextToken, offsetof(struct awsc_dynamodb_list_exports_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListExportsInput_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__dynamodb_ListExportsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExportSummaries", &s_ExportSummaries, offsetof(struct awsc_dynamodb_list_exports_output, export_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_ExportNextToken, offsetof(struct awsc_dynamodb_list_exports_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListExportsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ListGlobalTablesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExclusiveStartGlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_list_global_tables_input, exclusive_start_global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Limit", &s_PositiveIntegerObject, offsetof(struct awsc_dynamodb_list_global_tables_input, limit), offsetof(struct awsc_dynamodb_list_global_tables_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_list_global_tables_input, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListGlobalTablesInput_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__dynamodb_ListGlobalTablesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTables", &s_GlobalTableList, offsetof(struct awsc_dynamodb_list_global_tables_output, global_tables), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastEvaluatedGlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_list_global_tables_output, last_evaluated_global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListGlobalTablesOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ListImportsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableArn", &s_TableArn, offsetof(struct awsc_dynamodb_list_imports_input, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_ListImportsMaxLimit, offsetof(struct awsc_dynamodb_list_imports_input, page_size), offsetof(struct awsc_dynamodb_list_imports_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_ImportNextToken, offsetof(struct awsc_dynamodb_list_imports_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListImportsInput_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__dynamodb_ListImportsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImportSummaryList", &s_ImportSummaryList, offsetof(struct awsc_dynamodb_list_imports_output, import_summary_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_ImportNextToken, offsetof(struct awsc_dynamodb_list_imports_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListImportsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ListTablesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExclusiveStartTableName", &s_TableName, offsetof(struct awsc_dynamodb_list_tables_input, exclusive_start_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Limit", &s_ListTablesInputLimit, offsetof(struct awsc_dynamodb_list_tables_input, limit), offsetof(struct awsc_dynamodb_list_tables_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListTablesInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ListTablesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableNames", &s_TableNameList, offsetof(struct awsc_dynamodb_list_tables_output, table_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastEvaluatedTableName", &s_TableName, offsetof(struct awsc_dynamodb_list_tables_output, last_evaluated_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListTablesOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_ListTagsOfResourceInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_ResourceArnString, offsetof(struct awsc_dynamodb_list_tags_of_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextTokenString, offsetof(struct awsc_dynamodb_list_tags_of_resource_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListTagsOfResourceInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_ListTagsOfResourceOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_TagList, offsetof(struct awsc_dynamodb_list_tags_of_resource_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextTokenString, offsetof(struct awsc_dynamodb_list_tags_of_resource_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ListTagsOfResourceOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_LocalSecondaryIndex_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_local_secondary_index, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_local_secondary_index, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_local_secondary_index, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LocalSecondaryIndex_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_LocalSecondaryIndexDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_local_secondary_index_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_local_secondary_index_description, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_local_secondary_index_description, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexSizeBytes", &s_LongObject, offsetof(struct awsc_dynamodb_local_secondary_index_description, index_size_bytes), offsetof(struct awsc_dynamodb_local_secondary_index_description, has_index_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCount", &s_LongObject, offsetof(struct awsc_dynamodb_local_secondary_index_description, item_count), offsetof(struct awsc_dynamodb_local_secondary_index_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexArn", &s_String, offsetof(struct awsc_dynamodb_local_secondary_index_description, index_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LocalSecondaryIndexDescription_by_wire_name[] = { 5, 0, 3, 4, 1, 2 };

static const struct awsc_member s_LocalSecondaryIndexInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_local_secondary_index_info, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_local_secondary_index_info, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_local_secondary_index_info, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LocalSecondaryIndexInfo_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_OnDemandThroughput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MaxReadRequestUnits", &s_LongObject, offsetof(struct awsc_dynamodb_on_demand_throughput, max_read_request_units), offsetof(struct awsc_dynamodb_on_demand_throughput, has_max_read_request_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxWriteRequestUnits", &s_LongObject, offsetof(struct awsc_dynamodb_on_demand_throughput, max_write_request_units), offsetof(struct awsc_dynamodb_on_demand_throughput, has_max_write_request_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OnDemandThroughput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_OnDemandThroughputOverride_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MaxReadRequestUnits", &s_LongObject, offsetof(struct awsc_dynamodb_on_demand_throughput_override, max_read_request_units), offsetof(struct awsc_dynamodb_on_demand_throughput_override, has_max_read_request_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OnDemandThroughputOverride_by_wire_name[] = { 0 };

static const struct awsc_member s_ParameterizedStatement_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Statement", &s_PartiQLStatement, offsetof(struct awsc_dynamodb_parameterized_statement, statement), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Parameters", &s_PreparedStatementParameters, offsetof(struct awsc_dynamodb_parameterized_statement, parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_parameterized_statement, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ParameterizedStatement_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_PointInTimeRecoveryDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PointInTimeRecoveryStatus", &s_PointInTimeRecoveryStatus, offsetof(struct awsc_dynamodb_point_in_time_recovery_description, point_in_time_recovery_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RecoveryPeriodInDays", &s_RecoveryPeriodInDays, offsetof(struct awsc_dynamodb_point_in_time_recovery_description, recovery_period_in_days), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, has_recovery_period_in_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EarliestRestorableDateTime", &s_Date, offsetof(struct awsc_dynamodb_point_in_time_recovery_description, earliest_restorable_date_time), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, has_earliest_restorable_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LatestRestorableDateTime", &s_Date, offsetof(struct awsc_dynamodb_point_in_time_recovery_description, latest_restorable_date_time), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, has_latest_restorable_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PointInTimeRecoveryDescription_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_PointInTimeRecoverySpecification_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PointInTimeRecoveryEnabled", &s_BooleanObject, offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, point_in_time_recovery_enabled), offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, has_point_in_time_recovery_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RecoveryPeriodInDays", &s_RecoveryPeriodInDays, offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, recovery_period_in_days), offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, has_recovery_period_in_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PointInTimeRecoverySpecification_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_PointInTimeRecoveryUnavailableException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_point_in_time_recovery_unavailable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_PointInTimeRecoveryUnavailableException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_PolicyNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_policy_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_PolicyNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_Projection_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ProjectionType", &s_ProjectionType, offsetof(struct awsc_dynamodb_projection, projection_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NonKeyAttributes", &s_NonKeyAttributeNameList, offsetof(struct awsc_dynamodb_projection, non_key_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Projection_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ProvisionedThroughput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReadCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_provisioned_throughput, read_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput, has_read_capacity_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WriteCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_provisioned_throughput, write_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput, has_write_capacity_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ProvisionedThroughput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ProvisionedThroughputDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LastIncreaseDateTime", &s_Date, offsetof(struct awsc_dynamodb_provisioned_throughput_description, last_increase_date_time), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_last_increase_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastDecreaseDateTime", &s_Date, offsetof(struct awsc_dynamodb_provisioned_throughput_description, last_decrease_date_time), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_last_decrease_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NumberOfDecreasesToday", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_provisioned_throughput_description, number_of_decreases_today), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_number_of_decreases_today), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReadCapacityUnits", &s_NonNegativeLongObject, offsetof(struct awsc_dynamodb_provisioned_throughput_description, read_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WriteCapacityUnits", &s_NonNegativeLongObject, offsetof(struct awsc_dynamodb_provisioned_throughput_description, write_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ProvisionedThroughputDescription_by_wire_name[] = { 1, 0, 2, 3, 4 };

static const struct awsc_member awsc__dynamodb_ProvisionedThroughputExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_provisioned_throughput_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ThrottlingReasons", &s_ThrottlingReasonList, offsetof(struct awsc_dynamodb_provisioned_throughput_exceeded_exception, throttling_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ProvisionedThroughputExceededException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ProvisionedThroughputOverride_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReadCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_provisioned_throughput_override, read_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput_override, has_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ProvisionedThroughputOverride_by_wire_name[] = { 0 };

static const struct awsc_member s_Put_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Item", &s_PutItemInputAttributeMap, offsetof(struct awsc_dynamodb_put, item), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_put, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionExpression", &s_ConditionExpression, offsetof(struct awsc_dynamodb_put, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_put, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_put, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_put, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Put_by_wire_name[] = { 2, 3, 4, 0, 5, 1 };

static const struct awsc_member awsc__dynamodb_PutItemInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_put_item_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Item", &s_PutItemInputAttributeMap, offsetof(struct awsc_dynamodb_put_item_input, item), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expected", &s_ExpectedAttributeMap, offsetof(struct awsc_dynamodb_put_item_input, expected), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValues", &s_ReturnValue, offsetof(struct awsc_dynamodb_put_item_input, return_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_put_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnItemCollectionMetrics", &s_ReturnItemCollectionMetrics, offsetof(struct awsc_dynamodb_put_item_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionalOperator", &s_ConditionalOperator, offsetof(struct awsc_dynamodb_put_item_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionExpression", &s_ConditionExpression, offsetof(struct awsc_dynamodb_put_item_input, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_put_item_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_put_item_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_put_item_input, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_PutItemInput_by_wire_name[] = { 7, 6, 2, 8, 9, 1, 4, 5, 3, 10, 0 };

static const struct awsc_member awsc__dynamodb_PutItemOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attributes", &s_AttributeMap, offsetof(struct awsc_dynamodb_put_item_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacity, offsetof(struct awsc_dynamodb_put_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCollectionMetrics", &s_ItemCollectionMetrics, offsetof(struct awsc_dynamodb_put_item_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_PutItemOutput_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_PutRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Item", &s_PutItemInputAttributeMap, offsetof(struct awsc_dynamodb_put_request, item), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PutRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_PutResourcePolicyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_ResourceArnString, offsetof(struct awsc_dynamodb_put_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_ResourcePolicy, offsetof(struct awsc_dynamodb_put_resource_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedRevisionId", &s_PolicyRevisionId, offsetof(struct awsc_dynamodb_put_resource_policy_input, expected_revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConfirmRemoveSelfResourceAccess", &s_ConfirmRemoveSelfResourceAccess, offsetof(struct awsc_dynamodb_put_resource_policy_input, confirm_remove_self_resource_access), offsetof(struct awsc_dynamodb_put_resource_policy_input, has_confirm_remove_self_resource_access), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_PutResourcePolicyInput_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member awsc__dynamodb_PutResourcePolicyOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RevisionId", &s_PolicyRevisionId, offsetof(struct awsc_dynamodb_put_resource_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_PutResourcePolicyOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_QueryInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_query_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_query_input, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Select", &s_Select, offsetof(struct awsc_dynamodb_query_input, select), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributesToGet", &s_AttributeNameList, offsetof(struct awsc_dynamodb_query_input, attributes_to_get), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Limit", &s_PositiveIntegerObject, offsetof(struct awsc_dynamodb_query_input, limit), offsetof(struct awsc_dynamodb_query_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsistentRead", &s_ConsistentRead, offsetof(struct awsc_dynamodb_query_input, consistent_read), offsetof(struct awsc_dynamodb_query_input, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyConditions", &s_KeyConditions, offsetof(struct awsc_dynamodb_query_input, key_conditions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueryFilter", &s_FilterConditionMap, offsetof(struct awsc_dynamodb_query_input, query_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionalOperator", &s_ConditionalOperator, offsetof(struct awsc_dynamodb_query_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScanIndexForward", &s_BooleanObject, offsetof(struct awsc_dynamodb_query_input, scan_index_forward), offsetof(struct awsc_dynamodb_query_input, has_scan_index_forward), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExclusiveStartKey", &s_Key, offsetof(struct awsc_dynamodb_query_input, exclusive_start_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_query_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProjectionExpression", &s_ProjectionExpression, offsetof(struct awsc_dynamodb_query_input, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FilterExpression", &s_ConditionExpression, offsetof(struct awsc_dynamodb_query_input, filter_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyConditionExpression", &s_KeyExpression, offsetof(struct awsc_dynamodb_query_input, key_condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_query_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_query_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_QueryInput_by_wire_name[] = { 3, 8, 5, 10, 15, 16, 13, 1, 14, 6, 4, 12, 7, 11, 9, 2, 0 };

static const struct awsc_member awsc__dynamodb_QueryOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Items", &s_ItemList, offsetof(struct awsc_dynamodb_query_output, items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Count", &s_Integer, offsetof(struct awsc_dynamodb_query_output, count), offsetof(struct awsc_dynamodb_query_output, has_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScannedCount", &s_Integer, offsetof(struct awsc_dynamodb_query_output, scanned_count), offsetof(struct awsc_dynamodb_query_output, has_scanned_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastEvaluatedKey", &s_Key, offsetof(struct awsc_dynamodb_query_output, last_evaluated_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacity, offsetof(struct awsc_dynamodb_query_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_QueryOutput_by_wire_name[] = { 4, 1, 0, 3, 2 };

static const struct awsc_member s_Replica_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_replica, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Replica_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_ReplicaAlreadyExistsException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_replica_already_exists_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ReplicaAlreadyExistsException_by_wire_name[] = { 0 };

static const struct awsc_member s_ReplicaAutoScalingDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexes", &s_ReplicaGlobalSecondaryIndexAutoScalingDescriptionList, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaProvisionedReadCapacityAutoScalingSettings", &s_AutoScalingSettingsDescription, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, replica_provisioned_read_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaProvisionedWriteCapacityAutoScalingSettings", &s_AutoScalingSettingsDescription, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, replica_provisioned_write_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaStatus", &s_ReplicaStatus, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, replica_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaAutoScalingDescription_by_wire_name[] = { 1, 0, 2, 3, 4 };

static const struct awsc_member s_ReplicaAutoScalingUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_replica_auto_scaling_update, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaGlobalSecondaryIndexUpdates", &s_ReplicaGlobalSecondaryIndexAutoScalingUpdateList, offsetof(struct awsc_dynamodb_replica_auto_scaling_update, replica_global_secondary_index_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaProvisionedReadCapacityAutoScalingUpdate", &s_AutoScalingSettingsUpdate, offsetof(struct awsc_dynamodb_replica_auto_scaling_update, replica_provisioned_read_capacity_auto_scaling_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaAutoScalingUpdate_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_ReplicaDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_replica_description, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaStatus", &s_ReplicaStatus, offsetof(struct awsc_dynamodb_replica_description, replica_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaArn", &s_String, offsetof(struct awsc_dynamodb_replica_description, replica_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaStatusDescription", &s_ReplicaStatusDescription, offsetof(struct awsc_dynamodb_replica_description, replica_status_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaStatusPercentProgress", &s_ReplicaStatusPercentProgress, offsetof(struct awsc_dynamodb_replica_description, replica_status_percent_progress), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSMasterKeyId", &s_KMSMasterKeyId, offsetof(struct awsc_dynamodb_replica_description, kms_master_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughputOverride", &s_ProvisionedThroughputOverride, offsetof(struct awsc_dynamodb_replica_description, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughputOverride", &s_OnDemandThroughputOverride, offsetof(struct awsc_dynamodb_replica_description, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_TableWarmThroughputDescription, offsetof(struct awsc_dynamodb_replica_description, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexes", &s_ReplicaGlobalSecondaryIndexDescriptionList, offsetof(struct awsc_dynamodb_replica_description, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaInaccessibleDateTime", &s_Date, offsetof(struct awsc_dynamodb_replica_description, replica_inaccessible_date_time), offsetof(struct awsc_dynamodb_replica_description, has_replica_inaccessible_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaTableClassSummary", &s_TableClassSummary, offsetof(struct awsc_dynamodb_replica_description, replica_table_class_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableSettingsReplicationMode", &s_GlobalTableSettingsReplicationMode, offsetof(struct awsc_dynamodb_replica_description, global_table_settings_replication_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaDescription_by_wire_name[] = { 9, 12, 5, 7, 6, 0, 2, 10, 1, 3, 4, 11, 8 };

static const struct awsc_member s_ReplicaGlobalSecondaryIndex_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_replica_global_secondary_index, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughputOverride", &s_ProvisionedThroughputOverride, offsetof(struct awsc_dynamodb_replica_global_secondary_index, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughputOverride", &s_OnDemandThroughputOverride, offsetof(struct awsc_dynamodb_replica_global_secondary_index, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaGlobalSecondaryIndex_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_ReplicaGlobalSecondaryIndexAutoScalingDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexStatus", &s_IndexStatus, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, index_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedReadCapacityAutoScalingSettings", &s_AutoScalingSettingsDescription, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, provisioned_read_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedWriteCapacityAutoScalingSettings", &s_AutoScalingSettingsDescription, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, provisioned_write_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaGlobalSecondaryIndexAutoScalingDescription_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member s_ReplicaGlobalSecondaryIndexAutoScalingUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedReadCapacityAutoScalingUpdate", &s_AutoScalingSettingsUpdate, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update, provisioned_read_capacity_auto_scaling_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaGlobalSecondaryIndexAutoScalingUpdate_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ReplicaGlobalSecondaryIndexDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughputOverride", &s_ProvisionedThroughputOverride, offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughputOverride", &s_OnDemandThroughputOverride, offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_GlobalSecondaryIndexWarmThroughputDescription, offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaGlobalSecondaryIndexDescription_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member s_ReplicaGlobalSecondaryIndexSettingsDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexStatus", &s_IndexStatus, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, index_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedReadCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, has_provisioned_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedReadCapacityAutoScalingSettings", &s_AutoScalingSettingsDescription, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_read_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedWriteCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, has_provisioned_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedWriteCapacityAutoScalingSettings", &s_AutoScalingSettingsDescription, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_write_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaGlobalSecondaryIndexSettingsDescription_by_wire_name[] = { 0, 1, 3, 2, 5, 4 };

static const struct awsc_member s_ReplicaGlobalSecondaryIndexSettingsUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedReadCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, has_provisioned_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedReadCapacityAutoScalingSettingsUpdate", &s_AutoScalingSettingsUpdate, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, provisioned_read_capacity_auto_scaling_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaGlobalSecondaryIndexSettingsUpdate_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__dynamodb_ReplicaNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_replica_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ReplicaNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_ReplicaSettingsDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_replica_settings_description, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaStatus", &s_ReplicaStatus, offsetof(struct awsc_dynamodb_replica_settings_description, replica_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaBillingModeSummary", &s_BillingModeSummary, offsetof(struct awsc_dynamodb_replica_settings_description, replica_billing_mode_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaProvisionedReadCapacityUnits", &s_NonNegativeLongObject, offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_settings_description, has_replica_provisioned_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaProvisionedReadCapacityAutoScalingSettings", &s_AutoScalingSettingsDescription, offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_read_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaProvisionedWriteCapacityUnits", &s_NonNegativeLongObject, offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_replica_settings_description, has_replica_provisioned_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaProvisionedWriteCapacityAutoScalingSettings", &s_AutoScalingSettingsDescription, offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_write_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaGlobalSecondaryIndexSettings", &s_ReplicaGlobalSecondaryIndexSettingsDescriptionList, offsetof(struct awsc_dynamodb_replica_settings_description, replica_global_secondary_index_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaTableClassSummary", &s_TableClassSummary, offsetof(struct awsc_dynamodb_replica_settings_description, replica_table_class_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaSettingsDescription_by_wire_name[] = { 0, 2, 7, 4, 3, 6, 5, 1, 8 };

static const struct awsc_member s_ReplicaSettingsUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_replica_settings_update, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaProvisionedReadCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_replica_settings_update, replica_provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_settings_update, has_replica_provisioned_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate", &s_AutoScalingSettingsUpdate, offsetof(struct awsc_dynamodb_replica_settings_update, replica_provisioned_read_capacity_auto_scaling_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaGlobalSecondaryIndexSettingsUpdate", &s_ReplicaGlobalSecondaryIndexSettingsUpdateList, offsetof(struct awsc_dynamodb_replica_settings_update, replica_global_secondary_index_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaTableClass", &s_TableClass, offsetof(struct awsc_dynamodb_replica_settings_update, replica_table_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaSettingsUpdate_by_wire_name[] = { 0, 3, 2, 1, 4 };

static const struct awsc_member s_ReplicaUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Create", &s_CreateReplicaAction, offsetof(struct awsc_dynamodb_replica_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delete", &s_DeleteReplicaAction, offsetof(struct awsc_dynamodb_replica_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaUpdate_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ReplicatedWriteConflictException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_replicated_write_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ReplicatedWriteConflictException_by_wire_name[] = { 0 };

static const struct awsc_member s_ReplicationGroupUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Create", &s_CreateReplicationGroupMemberAction, offsetof(struct awsc_dynamodb_replication_group_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Update", &s_UpdateReplicationGroupMemberAction, offsetof(struct awsc_dynamodb_replication_group_update, update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delete", &s_DeleteReplicationGroupMemberAction, offsetof(struct awsc_dynamodb_replication_group_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicationGroupUpdate_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__dynamodb_RequestLimitExceeded_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_request_limit_exceeded, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ThrottlingReasons", &s_ThrottlingReasonList, offsetof(struct awsc_dynamodb_request_limit_exceeded, throttling_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_RequestLimitExceeded_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_ResourceInUseException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_resource_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ResourceInUseException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_ResourceNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ResourceNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_RestoreSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SourceBackupArn", &s_BackupArn, offsetof(struct awsc_dynamodb_restore_summary, source_backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceTableArn", &s_TableArn, offsetof(struct awsc_dynamodb_restore_summary, source_table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RestoreDateTime", &s_Date, offsetof(struct awsc_dynamodb_restore_summary, restore_date_time), offsetof(struct awsc_dynamodb_restore_summary, has_restore_date_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RestoreInProgress", &s_RestoreInProgress, offsetof(struct awsc_dynamodb_restore_summary, restore_in_progress), offsetof(struct awsc_dynamodb_restore_summary, has_restore_in_progress), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RestoreSummary_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member awsc__dynamodb_RestoreTableFromBackupInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TargetTableName", &s_TableName, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, target_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BackupArn", &s_BackupArn, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, backup_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BillingModeOverride", &s_BillingMode, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, billing_mode_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexOverride", &s_GlobalSecondaryIndexList, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, global_secondary_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LocalSecondaryIndexOverride", &s_LocalSecondaryIndexList, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, local_secondary_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughputOverride", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughputOverride", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSESpecificationOverride", &s_SSESpecification, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, sse_specification_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorIndexOverride", &s_VectorIndexList, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, vector_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_RestoreTableFromBackupInput_by_wire_name[] = { 1, 2, 3, 4, 6, 5, 7, 0, 8 };

static const struct awsc_member awsc__dynamodb_RestoreTableFromBackupOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableDescription", &s_TableDescription, offsetof(struct awsc_dynamodb_restore_table_from_backup_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_RestoreTableFromBackupOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_RestoreTableToPointInTimeInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SourceTableArn", &s_TableArn, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, source_table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceTableName", &s_TableName, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, source_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetTableName", &s_TableName, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, target_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UseLatestRestorableTime", &s_BooleanObject, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, use_latest_restorable_time), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, has_use_latest_restorable_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RestoreDateTime", &s_Date, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, restore_date_time), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, has_restore_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BillingModeOverride", &s_BillingMode, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, billing_mode_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexOverride", &s_GlobalSecondaryIndexList, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, global_secondary_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LocalSecondaryIndexOverride", &s_LocalSecondaryIndexList, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, local_secondary_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughputOverride", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughputOverride", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSESpecificationOverride", &s_SSESpecification, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, sse_specification_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorIndexOverride", &s_VectorIndexList, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, vector_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_RestoreTableToPointInTimeInput_by_wire_name[] = { 5, 6, 7, 9, 8, 4, 10, 0, 1, 2, 3, 11 };

static const struct awsc_member awsc__dynamodb_RestoreTableToPointInTimeOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableDescription", &s_TableDescription, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_RestoreTableToPointInTimeOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_S3BucketSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S3BucketOwner", &s_S3BucketOwner, offsetof(struct awsc_dynamodb_s3_bucket_source, s3_bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Bucket", &s_S3Bucket, offsetof(struct awsc_dynamodb_s3_bucket_source, s3_bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3KeyPrefix", &s_S3Prefix, offsetof(struct awsc_dynamodb_s3_bucket_source, s3_key_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_S3BucketSource_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_SSEDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_SSEStatus, offsetof(struct awsc_dynamodb_sse_description, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSEType", &s_SSEType, offsetof(struct awsc_dynamodb_sse_description, sse_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSMasterKeyArn", &s_KMSMasterKeyArn, offsetof(struct awsc_dynamodb_sse_description, kms_master_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InaccessibleEncryptionDateTime", &s_Date, offsetof(struct awsc_dynamodb_sse_description, inaccessible_encryption_date_time), offsetof(struct awsc_dynamodb_sse_description, has_inaccessible_encryption_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SSEDescription_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member s_SSESpecification_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Enabled", &s_SSEEnabled, offsetof(struct awsc_dynamodb_sse_specification, enabled), offsetof(struct awsc_dynamodb_sse_specification, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSEType", &s_SSEType, offsetof(struct awsc_dynamodb_sse_specification, sse_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSMasterKeyId", &s_KMSMasterKeyId, offsetof(struct awsc_dynamodb_sse_specification, kms_master_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SSESpecification_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__dynamodb_ScanInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_scan_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_scan_input, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributesToGet", &s_AttributeNameList, offsetof(struct awsc_dynamodb_scan_input, attributes_to_get), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Limit", &s_PositiveIntegerObject, offsetof(struct awsc_dynamodb_scan_input, limit), offsetof(struct awsc_dynamodb_scan_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Select", &s_Select, offsetof(struct awsc_dynamodb_scan_input, select), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScanFilter", &s_FilterConditionMap, offsetof(struct awsc_dynamodb_scan_input, scan_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionalOperator", &s_ConditionalOperator, offsetof(struct awsc_dynamodb_scan_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExclusiveStartKey", &s_Key, offsetof(struct awsc_dynamodb_scan_input, exclusive_start_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_scan_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TotalSegments", &s_ScanTotalSegments, offsetof(struct awsc_dynamodb_scan_input, total_segments), offsetof(struct awsc_dynamodb_scan_input, has_total_segments), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Segment", &s_ScanSegment, offsetof(struct awsc_dynamodb_scan_input, segment), offsetof(struct awsc_dynamodb_scan_input, has_segment), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProjectionExpression", &s_ProjectionExpression, offsetof(struct awsc_dynamodb_scan_input, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FilterExpression", &s_ConditionExpression, offsetof(struct awsc_dynamodb_scan_input, filter_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_scan_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_scan_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsistentRead", &s_ConsistentRead, offsetof(struct awsc_dynamodb_scan_input, consistent_read), offsetof(struct awsc_dynamodb_scan_input, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ScanInput_by_wire_name[] = { 2, 6, 15, 7, 13, 14, 12, 1, 3, 11, 8, 5, 10, 4, 0, 9 };

static const struct awsc_member awsc__dynamodb_ScanOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Items", &s_ItemList, offsetof(struct awsc_dynamodb_scan_output, items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Count", &s_Integer, offsetof(struct awsc_dynamodb_scan_output, count), offsetof(struct awsc_dynamodb_scan_output, has_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScannedCount", &s_Integer, offsetof(struct awsc_dynamodb_scan_output, scanned_count), offsetof(struct awsc_dynamodb_scan_output, has_scanned_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastEvaluatedKey", &s_Key, offsetof(struct awsc_dynamodb_scan_output, last_evaluated_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacity, offsetof(struct awsc_dynamodb_scan_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ScanOutput_by_wire_name[] = { 4, 1, 0, 3, 2 };

static const struct awsc_member s_SearchResultItem_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Item", &s_AttributeMap, offsetof(struct awsc_dynamodb_search_result_item, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Score", &s_ScoreNumber, offsetof(struct awsc_dynamodb_search_result_item, score), offsetof(struct awsc_dynamodb_search_result_item, has_score), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SearchResultItem_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_SearchSchemaElement_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttributeName", &s_AttributeName, offsetof(struct awsc_dynamodb_search_schema_element, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SearchSchemaElementType", &s_SearchSchemaElementType, offsetof(struct awsc_dynamodb_search_schema_element, search_schema_element_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SearchSchemaElement_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_SearchVectorsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_search_vectors_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_search_vectors_input, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_search_vectors_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_search_vectors_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_search_vectors_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProjectionExpression", &s_ProjectionExpression, offsetof(struct awsc_dynamodb_search_vectors_input, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SearchVector", &s_SearchVectorList, offsetof(struct awsc_dynamodb_search_vectors_input, search_vector), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SearchConditionExpression", &s_String, offsetof(struct awsc_dynamodb_search_vectors_input, search_condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopK", &s_TopKInteger, offsetof(struct awsc_dynamodb_search_vectors_input, top_k), offsetof(struct awsc_dynamodb_search_vectors_input, has_top_k), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_SearchVectorsInput_by_wire_name[] = { 3, 4, 1, 5, 2, 7, 6, 0, 8 };

static const struct awsc_member awsc__dynamodb_SearchVectorsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsumedCapacity", &s_VectorCapacity, offsetof(struct awsc_dynamodb_search_vectors_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SearchResults", &s_SearchResultList, offsetof(struct awsc_dynamodb_search_vectors_output, search_results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_SearchVectorsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_SourceTableDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_source_table_details, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableId", &s_TableId, offsetof(struct awsc_dynamodb_source_table_details, table_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_TableArn, offsetof(struct awsc_dynamodb_source_table_details, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableSizeBytes", &s_LongObject, offsetof(struct awsc_dynamodb_source_table_details, table_size_bytes), offsetof(struct awsc_dynamodb_source_table_details, has_table_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_source_table_details, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableCreationDateTime", &s_TableCreationDateTime, offsetof(struct awsc_dynamodb_source_table_details, table_creation_date_time), offsetof(struct awsc_dynamodb_source_table_details, has_table_creation_date_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_source_table_details, provisioned_throughput), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_source_table_details, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCount", &s_ItemCount, offsetof(struct awsc_dynamodb_source_table_details, item_count), offsetof(struct awsc_dynamodb_source_table_details, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BillingMode", &s_BillingMode, offsetof(struct awsc_dynamodb_source_table_details, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SourceTableDetails_by_wire_name[] = { 9, 8, 4, 7, 6, 2, 5, 1, 0, 3 };

static const struct awsc_member s_SourceTableFeatureDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LocalSecondaryIndexes", &s_LocalSecondaryIndexes, offsetof(struct awsc_dynamodb_source_table_feature_details, local_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexes", &s_GlobalSecondaryIndexes, offsetof(struct awsc_dynamodb_source_table_feature_details, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamDescription", &s_StreamSpecification, offsetof(struct awsc_dynamodb_source_table_feature_details, stream_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TimeToLiveDescription", &s_TimeToLiveDescription, offsetof(struct awsc_dynamodb_source_table_feature_details, time_to_live_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSEDescription", &s_SSEDescription, offsetof(struct awsc_dynamodb_source_table_feature_details, sse_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorIndexes", &s_VectorIndexes, offsetof(struct awsc_dynamodb_source_table_feature_details, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SourceTableFeatureDetails_by_wire_name[] = { 1, 0, 4, 2, 3, 5 };

static const struct awsc_member s_StreamSpecification_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamEnabled", &s_StreamEnabled, offsetof(struct awsc_dynamodb_stream_specification, stream_enabled), offsetof(struct awsc_dynamodb_stream_specification, has_stream_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamViewType", &s_StreamViewType, offsetof(struct awsc_dynamodb_stream_specification, stream_view_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StreamSpecification_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_TableAlreadyExistsException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_table_already_exists_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TableAlreadyExistsException_by_wire_name[] = { 0 };

static const struct awsc_member s_TableAutoScalingDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_table_auto_scaling_description, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableStatus", &s_TableStatus, offsetof(struct awsc_dynamodb_table_auto_scaling_description, table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Replicas", &s_ReplicaAutoScalingDescriptionList, offsetof(struct awsc_dynamodb_table_auto_scaling_description, replicas), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TableAutoScalingDescription_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_TableClassSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableClass", &s_TableClass, offsetof(struct awsc_dynamodb_table_class_summary, table_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateDateTime", &s_Date, offsetof(struct awsc_dynamodb_table_class_summary, last_update_date_time), offsetof(struct awsc_dynamodb_table_class_summary, has_last_update_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TableClassSummary_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_TableCreationParameters_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_table_creation_parameters, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeDefinitions", &s_AttributeDefinitions, offsetof(struct awsc_dynamodb_table_creation_parameters, attribute_definitions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_table_creation_parameters, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BillingMode", &s_BillingMode, offsetof(struct awsc_dynamodb_table_creation_parameters, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_table_creation_parameters, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_table_creation_parameters, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSESpecification", &s_SSESpecification, offsetof(struct awsc_dynamodb_table_creation_parameters, sse_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexes", &s_GlobalSecondaryIndexList, offsetof(struct awsc_dynamodb_table_creation_parameters, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorIndexes", &s_VectorIndexList, offsetof(struct awsc_dynamodb_table_creation_parameters, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TableCreationParameters_by_wire_name[] = { 1, 3, 7, 2, 5, 4, 6, 0, 8 };

static const struct awsc_member s_TableDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttributeDefinitions", &s_AttributeDefinitions, offsetof(struct awsc_dynamodb_table_description, attribute_definitions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_table_description, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeySchema", &s_KeySchema, offsetof(struct awsc_dynamodb_table_description, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableStatus", &s_TableStatus, offsetof(struct awsc_dynamodb_table_description, table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreationDateTime", &s_Date, offsetof(struct awsc_dynamodb_table_description, creation_date_time), offsetof(struct awsc_dynamodb_table_description, has_creation_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughputDescription, offsetof(struct awsc_dynamodb_table_description, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableSizeBytes", &s_LongObject, offsetof(struct awsc_dynamodb_table_description, table_size_bytes), offsetof(struct awsc_dynamodb_table_description, has_table_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCount", &s_LongObject, offsetof(struct awsc_dynamodb_table_description, item_count), offsetof(struct awsc_dynamodb_table_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_String, offsetof(struct awsc_dynamodb_table_description, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableId", &s_TableId, offsetof(struct awsc_dynamodb_table_description, table_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BillingModeSummary", &s_BillingModeSummary, offsetof(struct awsc_dynamodb_table_description, billing_mode_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LocalSecondaryIndexes", &s_LocalSecondaryIndexDescriptionList, offsetof(struct awsc_dynamodb_table_description, local_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexes", &s_GlobalSecondaryIndexDescriptionList, offsetof(struct awsc_dynamodb_table_description, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamSpecification", &s_StreamSpecification, offsetof(struct awsc_dynamodb_table_description, stream_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LatestStreamLabel", &s_String, offsetof(struct awsc_dynamodb_table_description, latest_stream_label), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LatestStreamArn", &s_StreamArn, offsetof(struct awsc_dynamodb_table_description, latest_stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableVersion", &s_String, offsetof(struct awsc_dynamodb_table_description, global_table_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Replicas", &s_ReplicaDescriptionList, offsetof(struct awsc_dynamodb_table_description, replicas), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableWitnesses", &s_GlobalTableWitnessDescriptionList, offsetof(struct awsc_dynamodb_table_description, global_table_witnesses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableSettingsReplicationMode", &s_GlobalTableSettingsReplicationMode, offsetof(struct awsc_dynamodb_table_description, global_table_settings_replication_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RestoreSummary", &s_RestoreSummary, offsetof(struct awsc_dynamodb_table_description, restore_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSEDescription", &s_SSEDescription, offsetof(struct awsc_dynamodb_table_description, sse_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ArchivalSummary", &s_ArchivalSummary, offsetof(struct awsc_dynamodb_table_description, archival_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableClassSummary", &s_TableClassSummary, offsetof(struct awsc_dynamodb_table_description, table_class_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeletionProtectionEnabled", &s_DeletionProtectionEnabled, offsetof(struct awsc_dynamodb_table_description, deletion_protection_enabled), offsetof(struct awsc_dynamodb_table_description, has_deletion_protection_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_table_description, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_TableWarmThroughputDescription, offsetof(struct awsc_dynamodb_table_description, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MultiRegionConsistency", &s_MultiRegionConsistency, offsetof(struct awsc_dynamodb_table_description, multi_region_consistency), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorIndexes", &s_VectorIndexDescriptionList, offsetof(struct awsc_dynamodb_table_description, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TableDescription_by_wire_name[] = { 22, 0, 10, 4, 24, 12, 19, 16, 18, 7, 2, 15, 14, 11, 27, 25, 5, 17, 20, 21, 13, 8, 23, 9, 1, 6, 3, 28, 26 };

static const struct awsc_member awsc__dynamodb_TableInUseException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_table_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TableInUseException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_TableNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_table_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TableNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_TableWarmThroughputDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReadUnitsPerSecond", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_table_warm_throughput_description, read_units_per_second), offsetof(struct awsc_dynamodb_table_warm_throughput_description, has_read_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WriteUnitsPerSecond", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_table_warm_throughput_description, write_units_per_second), offsetof(struct awsc_dynamodb_table_warm_throughput_description, has_write_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_TableStatus, offsetof(struct awsc_dynamodb_table_warm_throughput_description, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TableWarmThroughputDescription_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_TagKeyString, offsetof(struct awsc_dynamodb_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_TagValueString, offsetof(struct awsc_dynamodb_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_TagResourceInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_ResourceArnString, offsetof(struct awsc_dynamodb_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_dynamodb_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TagResourceInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_ThrottlingException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_AvailabilityErrorMessage, offsetof(struct awsc_dynamodb_throttling_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"throttlingReasons", &s_ThrottlingReasonList, offsetof(struct awsc_dynamodb_throttling_exception, throttling_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_ThrottlingException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ThrottlingReason_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"reason", &s_Reason, offsetof(struct awsc_dynamodb_throttling_reason, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"resource", &s_Resource, offsetof(struct awsc_dynamodb_throttling_reason, resource), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ThrottlingReason_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_TimeToLiveDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TimeToLiveStatus", &s_TimeToLiveStatus, offsetof(struct awsc_dynamodb_time_to_live_description, time_to_live_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeName", &s_TimeToLiveAttributeName, offsetof(struct awsc_dynamodb_time_to_live_description, attribute_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TimeToLiveDescription_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_TimeToLiveSpecification_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Enabled", &s_TimeToLiveEnabled, offsetof(struct awsc_dynamodb_time_to_live_specification, enabled), offsetof(struct awsc_dynamodb_time_to_live_specification, has_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeName", &s_TimeToLiveAttributeName, offsetof(struct awsc_dynamodb_time_to_live_specification, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TimeToLiveSpecification_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_TransactGetItem_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Get", &s_Get, offsetof(struct awsc_dynamodb_transact_get_item, get), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TransactGetItem_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_TransactGetItemsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TransactItems", &s_TransactGetItemList, offsetof(struct awsc_dynamodb_transact_get_items_input, transact_items), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_transact_get_items_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TransactGetItemsInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_TransactGetItemsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsumedCapacity", &s_ConsumedCapacityMultiple, offsetof(struct awsc_dynamodb_transact_get_items_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Responses", &s_ItemResponseList, offsetof(struct awsc_dynamodb_transact_get_items_output, responses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TransactGetItemsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_TransactWriteItem_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConditionCheck", &s_ConditionCheck, offsetof(struct awsc_dynamodb_transact_write_item, condition_check), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Put", &s_Put, offsetof(struct awsc_dynamodb_transact_write_item, put), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delete", &s_Delete, offsetof(struct awsc_dynamodb_transact_write_item, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Update", &s_Update, offsetof(struct awsc_dynamodb_transact_write_item, update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TransactWriteItem_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__dynamodb_TransactWriteItemsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TransactItems", &s_TransactWriteItemList, offsetof(struct awsc_dynamodb_transact_write_items_input, transact_items), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_transact_write_items_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnItemCollectionMetrics", &s_ReturnItemCollectionMetrics, offsetof(struct awsc_dynamodb_transact_write_items_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientRequestToken", &s_ClientRequestToken, offsetof(struct awsc_dynamodb_transact_write_items_input, client_request_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TransactWriteItemsInput_by_wire_name[] = { 3, 1, 2, 0 };

static const struct awsc_member awsc__dynamodb_TransactWriteItemsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsumedCapacity", &s_ConsumedCapacityMultiple, offsetof(struct awsc_dynamodb_transact_write_items_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCollectionMetrics", &s_ItemCollectionMetricsPerTable, offsetof(struct awsc_dynamodb_transact_write_items_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TransactWriteItemsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_TransactionCanceledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_transaction_canceled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CancellationReasons", &s_CancellationReasonList, offsetof(struct awsc_dynamodb_transaction_canceled_exception, cancellation_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TransactionCanceledException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_TransactionConflictException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_transaction_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TransactionConflictException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_TransactionInProgressException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_ErrorMessage, offsetof(struct awsc_dynamodb_transaction_in_progress_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_TransactionInProgressException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_UntagResourceInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_ResourceArnString, offsetof(struct awsc_dynamodb_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_TagKeyList, offsetof(struct awsc_dynamodb_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UntagResourceInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Update_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_Key, offsetof(struct awsc_dynamodb_update, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UpdateExpression", &s_UpdateExpression, offsetof(struct awsc_dynamodb_update, update_expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_update, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionExpression", &s_ConditionExpression, offsetof(struct awsc_dynamodb_update, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_update, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_update, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_update, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Update_by_wire_name[] = { 3, 4, 5, 0, 6, 2, 1 };

static const struct awsc_member awsc__dynamodb_UpdateContinuousBackupsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_update_continuous_backups_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PointInTimeRecoverySpecification", &s_PointInTimeRecoverySpecification, offsetof(struct awsc_dynamodb_update_continuous_backups_input, point_in_time_recovery_specification), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateContinuousBackupsInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__dynamodb_UpdateContinuousBackupsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContinuousBackupsDescription", &s_ContinuousBackupsDescription, offsetof(struct awsc_dynamodb_update_continuous_backups_output, continuous_backups_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateContinuousBackupsOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_UpdateContributorInsightsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_update_contributor_insights_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_update_contributor_insights_input, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorInsightsAction", &s_ContributorInsightsAction, offsetof(struct awsc_dynamodb_update_contributor_insights_input, contributor_insights_action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorInsightsMode", &s_ContributorInsightsMode, offsetof(struct awsc_dynamodb_update_contributor_insights_input, contributor_insights_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateContributorInsightsInput_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member awsc__dynamodb_UpdateContributorInsightsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_update_contributor_insights_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_update_contributor_insights_output, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorInsightsStatus", &s_ContributorInsightsStatus, offsetof(struct awsc_dynamodb_update_contributor_insights_output, contributor_insights_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContributorInsightsMode", &s_ContributorInsightsMode, offsetof(struct awsc_dynamodb_update_contributor_insights_output, contributor_insights_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateContributorInsightsOutput_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member s_UpdateGlobalSecondaryIndexAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_update_global_secondary_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_update_global_secondary_index_action, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_update_global_secondary_index_action, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_WarmThroughput, offsetof(struct awsc_dynamodb_update_global_secondary_index_action, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_UpdateGlobalSecondaryIndexAction_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__dynamodb_UpdateGlobalTableInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_update_global_table_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaUpdates", &s_ReplicaUpdateList, offsetof(struct awsc_dynamodb_update_global_table_input, replica_updates), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateGlobalTableInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_UpdateGlobalTableOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableDescription", &s_GlobalTableDescription, offsetof(struct awsc_dynamodb_update_global_table_output, global_table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateGlobalTableOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_UpdateGlobalTableSettingsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableBillingMode", &s_BillingMode, offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableProvisionedWriteCapacityUnits", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_update_global_table_settings_input, has_global_table_provisioned_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate", &s_AutoScalingSettingsUpdate, offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_provisioned_write_capacity_auto_scaling_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableGlobalSecondaryIndexSettingsUpdate", &s_GlobalTableGlobalSecondaryIndexSettingsUpdateList, offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_global_secondary_index_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaSettingsUpdate", &s_ReplicaSettingsUpdateList, offsetof(struct awsc_dynamodb_update_global_table_settings_input, replica_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateGlobalTableSettingsInput_by_wire_name[] = { 1, 4, 0, 3, 2, 5 };

static const struct awsc_member awsc__dynamodb_UpdateGlobalTableSettingsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalTableName", &s_TableName, offsetof(struct awsc_dynamodb_update_global_table_settings_output, global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaSettings", &s_ReplicaSettingsDescriptionList, offsetof(struct awsc_dynamodb_update_global_table_settings_output, replica_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateGlobalTableSettingsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_UpdateItemInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_update_item_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_Key, offsetof(struct awsc_dynamodb_update_item_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeUpdates", &s_AttributeUpdates, offsetof(struct awsc_dynamodb_update_item_input, attribute_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expected", &s_ExpectedAttributeMap, offsetof(struct awsc_dynamodb_update_item_input, expected), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionalOperator", &s_ConditionalOperator, offsetof(struct awsc_dynamodb_update_item_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValues", &s_ReturnValue, offsetof(struct awsc_dynamodb_update_item_input, return_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnConsumedCapacity", &s_ReturnConsumedCapacity, offsetof(struct awsc_dynamodb_update_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnItemCollectionMetrics", &s_ReturnItemCollectionMetrics, offsetof(struct awsc_dynamodb_update_item_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UpdateExpression", &s_UpdateExpression, offsetof(struct awsc_dynamodb_update_item_input, update_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConditionExpression", &s_ConditionExpression, offsetof(struct awsc_dynamodb_update_item_input, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeNames", &s_ExpressionAttributeNameMap, offsetof(struct awsc_dynamodb_update_item_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionAttributeValues", &s_ExpressionAttributeValueMap, offsetof(struct awsc_dynamodb_update_item_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnValuesOnConditionCheckFailure", &s_ReturnValuesOnConditionCheckFailure, offsetof(struct awsc_dynamodb_update_item_input, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateItemInput_by_wire_name[] = { 2, 9, 4, 3, 10, 11, 1, 6, 7, 5, 12, 0, 8 };

static const struct awsc_member awsc__dynamodb_UpdateItemOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attributes", &s_AttributeMap, offsetof(struct awsc_dynamodb_update_item_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumedCapacity", &s_ConsumedCapacity, offsetof(struct awsc_dynamodb_update_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCollectionMetrics", &s_ItemCollectionMetrics, offsetof(struct awsc_dynamodb_update_item_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateItemOutput_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_UpdateKinesisStreamingConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ApproximateCreationDateTimePrecision", &s_ApproximateCreationDateTimePrecision, offsetof(struct awsc_dynamodb_update_kinesis_streaming_configuration, approximate_creation_date_time_precision), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_UpdateKinesisStreamingConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_UpdateKinesisStreamingDestinationInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamArn", &s_StreamArn, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UpdateKinesisStreamingConfiguration", &s_UpdateKinesisStreamingConfiguration, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_input, update_kinesis_streaming_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateKinesisStreamingDestinationInput_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__dynamodb_UpdateKinesisStreamingDestinationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableName, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamArn", &s_StreamArn, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationStatus", &s_DestinationStatus, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, destination_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UpdateKinesisStreamingConfiguration", &s_UpdateKinesisStreamingConfiguration, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, update_kinesis_streaming_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateKinesisStreamingDestinationOutput_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member s_UpdateReplicationGroupMemberAction_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RegionName", &s_RegionName, offsetof(struct awsc_dynamodb_update_replication_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSMasterKeyId", &s_KMSMasterKeyId, offsetof(struct awsc_dynamodb_update_replication_group_member_action, kms_master_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughputOverride", &s_ProvisionedThroughputOverride, offsetof(struct awsc_dynamodb_update_replication_group_member_action, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughputOverride", &s_OnDemandThroughputOverride, offsetof(struct awsc_dynamodb_update_replication_group_member_action, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexes", &s_ReplicaGlobalSecondaryIndexList, offsetof(struct awsc_dynamodb_update_replication_group_member_action, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableClassOverride", &s_TableClass, offsetof(struct awsc_dynamodb_update_replication_group_member_action, table_class_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_UpdateReplicationGroupMemberAction_by_wire_name[] = { 4, 1, 3, 2, 0, 5 };

static const struct awsc_member awsc__dynamodb_UpdateTableInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttributeDefinitions", &s_AttributeDefinitions, offsetof(struct awsc_dynamodb_update_table_input, attribute_definitions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_update_table_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BillingMode", &s_BillingMode, offsetof(struct awsc_dynamodb_update_table_input, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedThroughput", &s_ProvisionedThroughput, offsetof(struct awsc_dynamodb_update_table_input, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalSecondaryIndexUpdates", &s_GlobalSecondaryIndexUpdateList, offsetof(struct awsc_dynamodb_update_table_input, global_secondary_index_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamSpecification", &s_StreamSpecification, offsetof(struct awsc_dynamodb_update_table_input, stream_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSESpecification", &s_SSESpecification, offsetof(struct awsc_dynamodb_update_table_input, sse_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaUpdates", &s_ReplicationGroupUpdateList, offsetof(struct awsc_dynamodb_update_table_input, replica_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableClass", &s_TableClass, offsetof(struct awsc_dynamodb_update_table_input, table_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeletionProtectionEnabled", &s_DeletionProtectionEnabled, offsetof(struct awsc_dynamodb_update_table_input, deletion_protection_enabled), offsetof(struct awsc_dynamodb_update_table_input, has_deletion_protection_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MultiRegionConsistency", &s_MultiRegionConsistency, offsetof(struct awsc_dynamodb_update_table_input, multi_region_consistency), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableWitnessUpdates", &s_GlobalTableWitnessGroupUpdateList, offsetof(struct awsc_dynamodb_update_table_input, global_table_witness_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandThroughput", &s_OnDemandThroughput, offsetof(struct awsc_dynamodb_update_table_input, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_WarmThroughput, offsetof(struct awsc_dynamodb_update_table_input, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlobalTableSettingsReplicationMode", &s_GlobalTableSettingsReplicationMode, offsetof(struct awsc_dynamodb_update_table_input, global_table_settings_replication_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorIndexUpdates", &s_VectorIndexUpdateList, offsetof(struct awsc_dynamodb_update_table_input, vector_index_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateTableInput_by_wire_name[] = { 0, 2, 9, 4, 14, 11, 10, 12, 3, 7, 6, 5, 8, 1, 15, 13 };

static const struct awsc_member awsc__dynamodb_UpdateTableOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableDescription", &s_TableDescription, offsetof(struct awsc_dynamodb_update_table_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateTableOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_UpdateTableReplicaAutoScalingInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalSecondaryIndexUpdates", &s_GlobalSecondaryIndexAutoScalingUpdateList, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, global_secondary_index_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedWriteCapacityAutoScalingUpdate", &s_AutoScalingSettingsUpdate, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, provisioned_write_capacity_auto_scaling_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaUpdates", &s_ReplicaAutoScalingUpdateList, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, replica_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateTableReplicaAutoScalingInput_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__dynamodb_UpdateTableReplicaAutoScalingOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableAutoScalingDescription", &s_TableAutoScalingDescription, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_output, table_auto_scaling_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateTableReplicaAutoScalingOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__dynamodb_UpdateTimeToLiveInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableName", &s_TableArn, offsetof(struct awsc_dynamodb_update_time_to_live_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TimeToLiveSpecification", &s_TimeToLiveSpecification, offsetof(struct awsc_dynamodb_update_time_to_live_input, time_to_live_specification), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateTimeToLiveInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__dynamodb_UpdateTimeToLiveOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TimeToLiveSpecification", &s_TimeToLiveSpecification, offsetof(struct awsc_dynamodb_update_time_to_live_output, time_to_live_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__dynamodb_UpdateTimeToLiveOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_VectorAttributeDefinition_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttributeName", &s_VectorAttributeName, offsetof(struct awsc_dynamodb_vector_attribute_definition, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VectorAttributeDefinition_by_wire_name[] = { 0 };

static const struct awsc_member s_VectorCapacity_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"VectorSearchRequestBytes", &s_ConsumedCapacityUnits, offsetof(struct awsc_dynamodb_vector_capacity, vector_search_request_bytes), offsetof(struct awsc_dynamodb_vector_capacity, has_vector_search_request_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorWriteRequestBytes", &s_ConsumedCapacityUnits, offsetof(struct awsc_dynamodb_vector_capacity, vector_write_request_bytes), offsetof(struct awsc_dynamodb_vector_capacity, has_vector_write_request_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VectorCapacity_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_VectorIndex_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_vector_index, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorAttribute", &s_VectorAttributeDefinition, offsetof(struct awsc_dynamodb_vector_index, vector_attribute), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SearchSchema", &s_SearchSchema, offsetof(struct awsc_dynamodb_vector_index, search_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_vector_index, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_vector_index, dimensions), offsetof(struct awsc_dynamodb_vector_index, has_dimensions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DistanceFunction", &s_VectorDistanceFunction, offsetof(struct awsc_dynamodb_vector_index, distance_function), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VectorIndex_by_wire_name[] = { 4, 5, 0, 3, 2, 1 };

static const struct awsc_member s_VectorIndexDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_vector_index_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SearchSchema", &s_SearchSchema, offsetof(struct awsc_dynamodb_vector_index_description, search_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_vector_index_description, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorAttribute", &s_VectorAttributeDefinition, offsetof(struct awsc_dynamodb_vector_index_description, vector_attribute), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_vector_index_description, dimensions), offsetof(struct awsc_dynamodb_vector_index_description, has_dimensions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DistanceFunction", &s_VectorDistanceFunction, offsetof(struct awsc_dynamodb_vector_index_description, distance_function), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexStatus", &s_IndexStatus, offsetof(struct awsc_dynamodb_vector_index_description, index_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Backfilling", &s_Backfilling, offsetof(struct awsc_dynamodb_vector_index_description, backfilling), offsetof(struct awsc_dynamodb_vector_index_description, has_backfilling), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexSizeBytes", &s_LongObject, offsetof(struct awsc_dynamodb_vector_index_description, index_size_bytes), offsetof(struct awsc_dynamodb_vector_index_description, has_index_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ItemCount", &s_LongObject, offsetof(struct awsc_dynamodb_vector_index_description, item_count), offsetof(struct awsc_dynamodb_vector_index_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexArn", &s_String, offsetof(struct awsc_dynamodb_vector_index_description, index_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VectorIndexDescription_by_wire_name[] = { 7, 4, 5, 10, 0, 8, 6, 9, 2, 1, 3 };

static const struct awsc_member s_VectorIndexInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IndexName", &s_IndexName, offsetof(struct awsc_dynamodb_vector_index_info, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VectorAttribute", &s_VectorAttributeDefinition, offsetof(struct awsc_dynamodb_vector_index_info, vector_attribute), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SearchSchema", &s_SearchSchema, offsetof(struct awsc_dynamodb_vector_index_info, search_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Projection", &s_Projection, offsetof(struct awsc_dynamodb_vector_index_info, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_PositiveLongObject, offsetof(struct awsc_dynamodb_vector_index_info, dimensions), offsetof(struct awsc_dynamodb_vector_index_info, has_dimensions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DistanceFunction", &s_VectorDistanceFunction, offsetof(struct awsc_dynamodb_vector_index_info, distance_function), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VectorIndexInfo_by_wire_name[] = { 4, 5, 0, 3, 2, 1 };

static const struct awsc_member s_VectorIndexUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Create", &s_CreateVectorIndexAction, offsetof(struct awsc_dynamodb_vector_index_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delete", &s_DeleteVectorIndexAction, offsetof(struct awsc_dynamodb_vector_index_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VectorIndexUpdate_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_WarmThroughput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReadUnitsPerSecond", &s_LongObject, offsetof(struct awsc_dynamodb_warm_throughput, read_units_per_second), offsetof(struct awsc_dynamodb_warm_throughput, has_read_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WriteUnitsPerSecond", &s_LongObject, offsetof(struct awsc_dynamodb_warm_throughput, write_units_per_second), offsetof(struct awsc_dynamodb_warm_throughput, has_write_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WarmThroughput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_WriteRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PutRequest", &s_PutRequest, offsetof(struct awsc_dynamodb_write_request, put_request), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeleteRequest", &s_DeleteRequest, offsetof(struct awsc_dynamodb_write_request, delete_request), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WriteRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_shape s_ApproximateCreationDateTimePrecision = {
    .name = "ApproximateCreationDateTimePrecision",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ApproximateCreationDateTimePrecision_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ArchivalReason = {
    .name = "ArchivalReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ArchivalSummary = {
    .name = "ArchivalSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_archival_summary),
    .members = s_ArchivalSummary_members,
    .member_count = 3,
    .by_wire_name = s_ArchivalSummary_by_wire_name,
};

static const struct awsc_shape s_AttributeAction = {
    .name = "AttributeAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AttributeAction_values,
    .enum_count = 3,
};

static const struct awsc_shape s_AttributeDefinition = {
    .name = "AttributeDefinition",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_attribute_definition),
    .members = s_AttributeDefinition_members,
    .member_count = 2,
    .by_wire_name = s_AttributeDefinition_by_wire_name,
};

static const struct awsc_shape s_AttributeDefinitions = {
    .name = "AttributeDefinitions",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_definitions),
    .item = &s_AttributeDefinition,
};

static const struct awsc_shape s_AttributeMap = {
    .name = "AttributeMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_attribute_map),
    .item = &s_AttributeValue,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
};

static const struct awsc_shape s_AttributeName = {
    .name = "AttributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AttributeName_range,
};

static const struct awsc_shape s_AttributeNameList = {
    .name = "AttributeNameList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_name_list),
    .range = &s_AttributeNameList_range,
    .item = &s_AttributeName,
};

static const struct awsc_shape s_AttributeUpdates = {
    .name = "AttributeUpdates",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_attribute_updates),
    .item = &s_AttributeValueUpdate,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_dynamodb_attribute_updates_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_attribute_updates_entry),
};

static const struct awsc_shape s_AttributeValue = {
    .name = "AttributeValue",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_attribute_value),
    .members = s_AttributeValue_members,
    .member_count = 10,
    .by_wire_name = s_AttributeValue_by_wire_name,
};

static const struct awsc_shape s_AttributeValueList = {
    .name = "AttributeValueList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_value_list),
    .item = &s_AttributeValue,
};

static const struct awsc_shape s_AttributeValueUpdate = {
    .name = "AttributeValueUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_attribute_value_update),
    .members = s_AttributeValueUpdate_members,
    .member_count = 2,
    .by_wire_name = s_AttributeValueUpdate_by_wire_name,
};

static const struct awsc_shape s_AutoScalingPolicyDescription = {
    .name = "AutoScalingPolicyDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_auto_scaling_policy_description),
    .members = s_AutoScalingPolicyDescription_members,
    .member_count = 2,
    .by_wire_name = s_AutoScalingPolicyDescription_by_wire_name,
};

static const struct awsc_shape s_AutoScalingPolicyDescriptionList = {
    .name = "AutoScalingPolicyDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_auto_scaling_policy_description_list),
    .item = &s_AutoScalingPolicyDescription,
};

static const struct awsc_shape s_AutoScalingPolicyName = {
    .name = "AutoScalingPolicyName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AutoScalingPolicyName_range,
};

static const struct awsc_shape s_AutoScalingPolicyUpdate = {
    .name = "AutoScalingPolicyUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_auto_scaling_policy_update),
    .members = s_AutoScalingPolicyUpdate_members,
    .member_count = 2,
    .by_wire_name = s_AutoScalingPolicyUpdate_by_wire_name,
};

static const struct awsc_shape s_AutoScalingRoleArn = {
    .name = "AutoScalingRoleArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AutoScalingRoleArn_range,
};

static const struct awsc_shape s_AutoScalingSettingsDescription = {
    .name = "AutoScalingSettingsDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_auto_scaling_settings_description),
    .members = s_AutoScalingSettingsDescription_members,
    .member_count = 5,
    .by_wire_name = s_AutoScalingSettingsDescription_by_wire_name,
};

static const struct awsc_shape s_AutoScalingSettingsUpdate = {
    .name = "AutoScalingSettingsUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_auto_scaling_settings_update),
    .members = s_AutoScalingSettingsUpdate_members,
    .member_count = 5,
    .by_wire_name = s_AutoScalingSettingsUpdate_by_wire_name,
};

static const struct awsc_shape s_AutoScalingTargetTrackingScalingPolicyConfigurationDescription = {
    .name = "AutoScalingTargetTrackingScalingPolicyConfigurationDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description),
    .members = s_AutoScalingTargetTrackingScalingPolicyConfigurationDescription_members,
    .member_count = 4,
    .by_wire_name = s_AutoScalingTargetTrackingScalingPolicyConfigurationDescription_by_wire_name,
};

static const struct awsc_shape s_AutoScalingTargetTrackingScalingPolicyConfigurationUpdate = {
    .name = "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update),
    .members = s_AutoScalingTargetTrackingScalingPolicyConfigurationUpdate_members,
    .member_count = 4,
    .by_wire_name = s_AutoScalingTargetTrackingScalingPolicyConfigurationUpdate_by_wire_name,
};

static const struct awsc_shape s_AvailabilityErrorMessage = {
    .name = "AvailabilityErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Backfilling = {
    .name = "Backfilling",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_BackupArn = {
    .name = "BackupArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_BackupArn_range,
};

static const struct awsc_shape s_BackupCreationDateTime = {
    .name = "BackupCreationDateTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_BackupDescription = {
    .name = "BackupDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_backup_description),
    .members = s_BackupDescription_members,
    .member_count = 3,
    .by_wire_name = s_BackupDescription_by_wire_name,
};

static const struct awsc_shape s_BackupDetails = {
    .name = "BackupDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_backup_details),
    .members = s_BackupDetails_members,
    .member_count = 7,
    .by_wire_name = s_BackupDetails_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_BackupInUseException = {
    .name = "BackupInUseException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_backup_in_use_exception),
    .members = awsc__dynamodb_BackupInUseException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_BackupInUseException_by_wire_name,
    .error_code = "BackupInUseException",
    .http_status = 0,
};

static const struct awsc_shape s_BackupName = {
    .name = "BackupName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_BackupName_range,
};

const struct awsc_shape awsc__dynamodb_BackupNotFoundException = {
    .name = "BackupNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_backup_not_found_exception),
    .members = awsc__dynamodb_BackupNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_BackupNotFoundException_by_wire_name,
    .error_code = "BackupNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_BackupSizeBytes = {
    .name = "BackupSizeBytes",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_BackupSizeBytes_range,
};

static const struct awsc_shape s_BackupStatus = {
    .name = "BackupStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BackupStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_BackupSummaries = {
    .name = "BackupSummaries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_backup_summaries),
    .item = &s_BackupSummary,
};

static const struct awsc_shape s_BackupSummary = {
    .name = "BackupSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_backup_summary),
    .members = s_BackupSummary_members,
    .member_count = 10,
    .by_wire_name = s_BackupSummary_by_wire_name,
};

static const struct awsc_shape s_BackupType = {
    .name = "BackupType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BackupType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_BackupTypeFilter = {
    .name = "BackupTypeFilter",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BackupTypeFilter_values,
    .enum_count = 4,
};

static const struct awsc_shape s_BackupsInputLimit = {
    .name = "BackupsInputLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_BackupsInputLimit_range,
};

const struct awsc_shape awsc__dynamodb_BatchExecuteStatementInput = {
    .name = "BatchExecuteStatementInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_batch_execute_statement_input),
    .members = awsc__dynamodb_BatchExecuteStatementInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_BatchExecuteStatementInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_BatchExecuteStatementOutput = {
    .name = "BatchExecuteStatementOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_batch_execute_statement_output),
    .members = awsc__dynamodb_BatchExecuteStatementOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_BatchExecuteStatementOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_BatchGetItemInput = {
    .name = "BatchGetItemInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_batch_get_item_input),
    .members = awsc__dynamodb_BatchGetItemInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_BatchGetItemInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_BatchGetItemOutput = {
    .name = "BatchGetItemOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_batch_get_item_output),
    .members = awsc__dynamodb_BatchGetItemOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_BatchGetItemOutput_by_wire_name,
};

static const struct awsc_shape s_BatchGetRequestMap = {
    .name = "BatchGetRequestMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_batch_get_request_map),
    .range = &s_BatchGetRequestMap_range,
    .item = &s_KeysAndAttributes,
    .key = &s_TableArn,
    .value_offset = offsetof(struct awsc_dynamodb_batch_get_request_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_batch_get_request_map_entry),
};

static const struct awsc_shape s_BatchGetResponseMap = {
    .name = "BatchGetResponseMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_batch_get_response_map),
    .item = &s_ItemList,
    .key = &s_TableArn,
    .value_offset = offsetof(struct awsc_dynamodb_batch_get_response_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_batch_get_response_map_entry),
};

static const struct awsc_shape s_BatchStatementError = {
    .name = "BatchStatementError",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_batch_statement_error),
    .members = s_BatchStatementError_members,
    .member_count = 3,
    .by_wire_name = s_BatchStatementError_by_wire_name,
};

static const struct awsc_shape s_BatchStatementErrorCodeEnum = {
    .name = "BatchStatementErrorCodeEnum",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BatchStatementErrorCodeEnum_values,
    .enum_count = 11,
};

static const struct awsc_shape s_BatchStatementRequest = {
    .name = "BatchStatementRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_batch_statement_request),
    .members = s_BatchStatementRequest_members,
    .member_count = 4,
    .by_wire_name = s_BatchStatementRequest_by_wire_name,
};

static const struct awsc_shape s_BatchStatementResponse = {
    .name = "BatchStatementResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_batch_statement_response),
    .members = s_BatchStatementResponse_members,
    .member_count = 3,
    .by_wire_name = s_BatchStatementResponse_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_BatchWriteItemInput = {
    .name = "BatchWriteItemInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_batch_write_item_input),
    .members = awsc__dynamodb_BatchWriteItemInput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_BatchWriteItemInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_BatchWriteItemOutput = {
    .name = "BatchWriteItemOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_batch_write_item_output),
    .members = awsc__dynamodb_BatchWriteItemOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_BatchWriteItemOutput_by_wire_name,
};

static const struct awsc_shape s_BatchWriteItemRequestMap = {
    .name = "BatchWriteItemRequestMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_batch_write_item_request_map),
    .range = &s_BatchWriteItemRequestMap_range,
    .item = &s_WriteRequests,
    .key = &s_TableArn,
    .value_offset = offsetof(struct awsc_dynamodb_batch_write_item_request_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_batch_write_item_request_map_entry),
};

static const struct awsc_shape s_BilledSizeBytes = {
    .name = "BilledSizeBytes",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_BilledSizeBytes_range,
};

static const struct awsc_shape s_BillingMode = {
    .name = "BillingMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BillingMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_BillingModeSummary = {
    .name = "BillingModeSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_billing_mode_summary),
    .members = s_BillingModeSummary_members,
    .member_count = 2,
    .by_wire_name = s_BillingModeSummary_by_wire_name,
};

static const struct awsc_shape s_BinaryAttributeValue = {
    .name = "BinaryAttributeValue",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_BinarySetAttributeValue = {
    .name = "BinarySetAttributeValue",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_binary_set_attribute_value),
    .item = &s_BinaryAttributeValue,
};

static const struct awsc_shape s_BooleanAttributeValue = {
    .name = "BooleanAttributeValue",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_BooleanObject = {
    .name = "BooleanObject",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_CancellationReason = {
    .name = "CancellationReason",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_cancellation_reason),
    .members = s_CancellationReason_members,
    .member_count = 3,
    .by_wire_name = s_CancellationReason_by_wire_name,
};

static const struct awsc_shape s_CancellationReasonList = {
    .name = "CancellationReasonList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_cancellation_reason_list),
    .range = &s_CancellationReasonList_range,
    .item = &s_CancellationReason,
};

static const struct awsc_shape s_Capacity = {
    .name = "Capacity",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_capacity),
    .members = s_Capacity_members,
    .member_count = 3,
    .by_wire_name = s_Capacity_by_wire_name,
};

static const struct awsc_shape s_ClientRequestToken = {
    .name = "ClientRequestToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ClientRequestToken_range,
};

static const struct awsc_shape s_ClientToken = {
    .name = "ClientToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CloudWatchLogGroupArn = {
    .name = "CloudWatchLogGroupArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CloudWatchLogGroupArn_range,
};

static const struct awsc_shape s_Code = {
    .name = "Code",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ComparisonOperator = {
    .name = "ComparisonOperator",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ComparisonOperator_values,
    .enum_count = 13,
};

static const struct awsc_shape s_Condition = {
    .name = "Condition",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_condition),
    .members = s_Condition_members,
    .member_count = 2,
    .by_wire_name = s_Condition_by_wire_name,
};

static const struct awsc_shape s_ConditionCheck = {
    .name = "ConditionCheck",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_condition_check),
    .members = s_ConditionCheck_members,
    .member_count = 6,
    .by_wire_name = s_ConditionCheck_by_wire_name,
};

static const struct awsc_shape s_ConditionExpression = {
    .name = "ConditionExpression",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__dynamodb_ConditionalCheckFailedException = {
    .name = "ConditionalCheckFailedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_conditional_check_failed_exception),
    .members = awsc__dynamodb_ConditionalCheckFailedException_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ConditionalCheckFailedException_by_wire_name,
    .error_code = "ConditionalCheckFailedException",
    .http_status = 0,
};

static const struct awsc_shape s_ConditionalOperator = {
    .name = "ConditionalOperator",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ConditionalOperator_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ConfirmRemoveSelfResourceAccess = {
    .name = "ConfirmRemoveSelfResourceAccess",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_ConsistentRead = {
    .name = "ConsistentRead",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_ConsumedCapacity = {
    .name = "ConsumedCapacity",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_consumed_capacity),
    .members = s_ConsumedCapacity_members,
    .member_count = 8,
    .by_wire_name = s_ConsumedCapacity_by_wire_name,
};

static const struct awsc_shape s_ConsumedCapacityMultiple = {
    .name = "ConsumedCapacityMultiple",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_consumed_capacity_multiple),
    .item = &s_ConsumedCapacity,
};

static const struct awsc_shape s_ConsumedCapacityUnits = {
    .name = "ConsumedCapacityUnits",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_ContinuousBackupsDescription = {
    .name = "ContinuousBackupsDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_continuous_backups_description),
    .members = s_ContinuousBackupsDescription_members,
    .member_count = 2,
    .by_wire_name = s_ContinuousBackupsDescription_by_wire_name,
};

static const struct awsc_shape s_ContinuousBackupsStatus = {
    .name = "ContinuousBackupsStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ContinuousBackupsStatus_values,
    .enum_count = 2,
};

const struct awsc_shape awsc__dynamodb_ContinuousBackupsUnavailableException = {
    .name = "ContinuousBackupsUnavailableException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_continuous_backups_unavailable_exception),
    .members = awsc__dynamodb_ContinuousBackupsUnavailableException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ContinuousBackupsUnavailableException_by_wire_name,
    .error_code = "ContinuousBackupsUnavailableException",
    .http_status = 0,
};

static const struct awsc_shape s_ContributorInsightsAction = {
    .name = "ContributorInsightsAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ContributorInsightsAction_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ContributorInsightsMode = {
    .name = "ContributorInsightsMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ContributorInsightsMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ContributorInsightsRule = {
    .name = "ContributorInsightsRule",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ContributorInsightsRuleList = {
    .name = "ContributorInsightsRuleList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_name_list),
    .item = &s_ContributorInsightsRule,
};

static const struct awsc_shape s_ContributorInsightsStatus = {
    .name = "ContributorInsightsStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ContributorInsightsStatus_values,
    .enum_count = 5,
};

static const struct awsc_shape s_ContributorInsightsSummaries = {
    .name = "ContributorInsightsSummaries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_contributor_insights_summaries),
    .item = &s_ContributorInsightsSummary,
};

static const struct awsc_shape s_ContributorInsightsSummary = {
    .name = "ContributorInsightsSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_contributor_insights_summary),
    .members = s_ContributorInsightsSummary_members,
    .member_count = 4,
    .by_wire_name = s_ContributorInsightsSummary_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_CreateBackupInput = {
    .name = "CreateBackupInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_backup_input),
    .members = awsc__dynamodb_CreateBackupInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_CreateBackupInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_CreateBackupOutput = {
    .name = "CreateBackupOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_backup_output),
    .members = awsc__dynamodb_CreateBackupOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_CreateBackupOutput_by_wire_name,
};

static const struct awsc_shape s_CreateGlobalSecondaryIndexAction = {
    .name = "CreateGlobalSecondaryIndexAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_global_secondary_index_action),
    .members = s_CreateGlobalSecondaryIndexAction_members,
    .member_count = 6,
    .by_wire_name = s_CreateGlobalSecondaryIndexAction_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_CreateGlobalTableInput = {
    .name = "CreateGlobalTableInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_global_table_input),
    .members = awsc__dynamodb_CreateGlobalTableInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_CreateGlobalTableInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_CreateGlobalTableOutput = {
    .name = "CreateGlobalTableOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_global_table_output),
    .members = awsc__dynamodb_CreateGlobalTableOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_CreateGlobalTableOutput_by_wire_name,
};

static const struct awsc_shape s_CreateGlobalTableWitnessGroupMemberAction = {
    .name = "CreateGlobalTableWitnessGroupMemberAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_global_table_witness_group_member_action),
    .members = s_CreateGlobalTableWitnessGroupMemberAction_members,
    .member_count = 1,
    .by_wire_name = s_CreateGlobalTableWitnessGroupMemberAction_by_wire_name,
};

static const struct awsc_shape s_CreateReplicaAction = {
    .name = "CreateReplicaAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_replica_action),
    .members = s_CreateReplicaAction_members,
    .member_count = 1,
    .by_wire_name = s_CreateReplicaAction_by_wire_name,
};

static const struct awsc_shape s_CreateReplicationGroupMemberAction = {
    .name = "CreateReplicationGroupMemberAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_replication_group_member_action),
    .members = s_CreateReplicationGroupMemberAction_members,
    .member_count = 6,
    .by_wire_name = s_CreateReplicationGroupMemberAction_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_CreateTableInput = {
    .name = "CreateTableInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_table_input),
    .members = awsc__dynamodb_CreateTableInput_members,
    .member_count = 18,
    .by_wire_name = awsc__dynamodb_CreateTableInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_CreateTableOutput = {
    .name = "CreateTableOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_table_output),
    .members = awsc__dynamodb_CreateTableOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_CreateTableOutput_by_wire_name,
};

static const struct awsc_shape s_CreateVectorIndexAction = {
    .name = "CreateVectorIndexAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_create_vector_index_action),
    .members = s_CreateVectorIndexAction_members,
    .member_count = 6,
    .by_wire_name = s_CreateVectorIndexAction_by_wire_name,
};

static const struct awsc_shape s_CsvDelimiter = {
    .name = "CsvDelimiter",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CsvDelimiter_range,
};

static const struct awsc_shape s_CsvHeader = {
    .name = "CsvHeader",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CsvHeader_range,
};

static const struct awsc_shape s_CsvHeaderList = {
    .name = "CsvHeaderList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_name_list),
    .range = &s_CsvHeaderList_range,
    .item = &s_CsvHeader,
};

static const struct awsc_shape s_CsvOptions = {
    .name = "CsvOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_csv_options),
    .members = s_CsvOptions_members,
    .member_count = 2,
    .by_wire_name = s_CsvOptions_by_wire_name,
};

static const struct awsc_shape s_Date = {
    .name = "Date",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_Delete = {
    .name = "Delete",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete),
    .members = s_Delete_members,
    .member_count = 6,
    .by_wire_name = s_Delete_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DeleteBackupInput = {
    .name = "DeleteBackupInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_backup_input),
    .members = awsc__dynamodb_DeleteBackupInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DeleteBackupInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DeleteBackupOutput = {
    .name = "DeleteBackupOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_backup_output),
    .members = awsc__dynamodb_DeleteBackupOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DeleteBackupOutput_by_wire_name,
};

static const struct awsc_shape s_DeleteGlobalSecondaryIndexAction = {
    .name = "DeleteGlobalSecondaryIndexAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_global_secondary_index_action),
    .members = s_DeleteGlobalSecondaryIndexAction_members,
    .member_count = 1,
    .by_wire_name = s_DeleteGlobalSecondaryIndexAction_by_wire_name,
};

static const struct awsc_shape s_DeleteGlobalTableWitnessGroupMemberAction = {
    .name = "DeleteGlobalTableWitnessGroupMemberAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_global_table_witness_group_member_action),
    .members = s_DeleteGlobalTableWitnessGroupMemberAction_members,
    .member_count = 1,
    .by_wire_name = s_DeleteGlobalTableWitnessGroupMemberAction_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DeleteItemInput = {
    .name = "DeleteItemInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_item_input),
    .members = awsc__dynamodb_DeleteItemInput_members,
    .member_count = 11,
    .by_wire_name = awsc__dynamodb_DeleteItemInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DeleteItemOutput = {
    .name = "DeleteItemOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_item_output),
    .members = awsc__dynamodb_DeleteItemOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_DeleteItemOutput_by_wire_name,
};

static const struct awsc_shape s_DeleteReplicaAction = {
    .name = "DeleteReplicaAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_replica_action),
    .members = s_DeleteReplicaAction_members,
    .member_count = 1,
    .by_wire_name = s_DeleteReplicaAction_by_wire_name,
};

static const struct awsc_shape s_DeleteReplicationGroupMemberAction = {
    .name = "DeleteReplicationGroupMemberAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_replication_group_member_action),
    .members = s_DeleteReplicationGroupMemberAction_members,
    .member_count = 1,
    .by_wire_name = s_DeleteReplicationGroupMemberAction_by_wire_name,
};

static const struct awsc_shape s_DeleteRequest = {
    .name = "DeleteRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_request),
    .members = s_DeleteRequest_members,
    .member_count = 1,
    .by_wire_name = s_DeleteRequest_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DeleteResourcePolicyInput = {
    .name = "DeleteResourcePolicyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_resource_policy_input),
    .members = awsc__dynamodb_DeleteResourcePolicyInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_DeleteResourcePolicyInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DeleteResourcePolicyOutput = {
    .name = "DeleteResourcePolicyOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_resource_policy_output),
    .members = awsc__dynamodb_DeleteResourcePolicyOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DeleteResourcePolicyOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DeleteTableInput = {
    .name = "DeleteTableInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_table_input),
    .members = awsc__dynamodb_DeleteTableInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DeleteTableInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DeleteTableOutput = {
    .name = "DeleteTableOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_table_output),
    .members = awsc__dynamodb_DeleteTableOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DeleteTableOutput_by_wire_name,
};

static const struct awsc_shape s_DeleteVectorIndexAction = {
    .name = "DeleteVectorIndexAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_delete_vector_index_action),
    .members = s_DeleteVectorIndexAction_members,
    .member_count = 1,
    .by_wire_name = s_DeleteVectorIndexAction_by_wire_name,
};

static const struct awsc_shape s_DeletionProtectionEnabled = {
    .name = "DeletionProtectionEnabled",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

const struct awsc_shape awsc__dynamodb_DescribeBackupInput = {
    .name = "DescribeBackupInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_backup_input),
    .members = awsc__dynamodb_DescribeBackupInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeBackupInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeBackupOutput = {
    .name = "DescribeBackupOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_backup_output),
    .members = awsc__dynamodb_DescribeBackupOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeBackupOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeContinuousBackupsInput = {
    .name = "DescribeContinuousBackupsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_continuous_backups_input),
    .members = awsc__dynamodb_DescribeContinuousBackupsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeContinuousBackupsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeContinuousBackupsOutput = {
    .name = "DescribeContinuousBackupsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_continuous_backups_output),
    .members = awsc__dynamodb_DescribeContinuousBackupsOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeContinuousBackupsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeContributorInsightsInput = {
    .name = "DescribeContributorInsightsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_contributor_insights_input),
    .members = awsc__dynamodb_DescribeContributorInsightsInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_DescribeContributorInsightsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeContributorInsightsOutput = {
    .name = "DescribeContributorInsightsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_contributor_insights_output),
    .members = awsc__dynamodb_DescribeContributorInsightsOutput_members,
    .member_count = 7,
    .by_wire_name = awsc__dynamodb_DescribeContributorInsightsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeEndpointsRequest = {
    .name = "DescribeEndpointsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_endpoints_input),
};

const struct awsc_shape awsc__dynamodb_DescribeEndpointsResponse = {
    .name = "DescribeEndpointsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_endpoints_output),
    .members = awsc__dynamodb_DescribeEndpointsResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeEndpointsResponse_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeExportInput = {
    .name = "DescribeExportInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_export_input),
    .members = awsc__dynamodb_DescribeExportInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeExportInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeExportOutput = {
    .name = "DescribeExportOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_export_output),
    .members = awsc__dynamodb_DescribeExportOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeExportOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeGlobalTableInput = {
    .name = "DescribeGlobalTableInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_global_table_input),
    .members = awsc__dynamodb_DescribeGlobalTableInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeGlobalTableInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeGlobalTableOutput = {
    .name = "DescribeGlobalTableOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_global_table_output),
    .members = awsc__dynamodb_DescribeGlobalTableOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeGlobalTableOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeGlobalTableSettingsInput = {
    .name = "DescribeGlobalTableSettingsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_global_table_settings_input),
    .members = awsc__dynamodb_DescribeGlobalTableSettingsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeGlobalTableSettingsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeGlobalTableSettingsOutput = {
    .name = "DescribeGlobalTableSettingsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_global_table_settings_output),
    .members = awsc__dynamodb_DescribeGlobalTableSettingsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_DescribeGlobalTableSettingsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeImportInput = {
    .name = "DescribeImportInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_import_input),
    .members = awsc__dynamodb_DescribeImportInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeImportInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeImportOutput = {
    .name = "DescribeImportOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_import_output),
    .members = awsc__dynamodb_DescribeImportOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeImportOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeKinesisStreamingDestinationInput = {
    .name = "DescribeKinesisStreamingDestinationInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_kinesis_streaming_destination_input),
    .members = awsc__dynamodb_DescribeKinesisStreamingDestinationInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeKinesisStreamingDestinationInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeKinesisStreamingDestinationOutput = {
    .name = "DescribeKinesisStreamingDestinationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_kinesis_streaming_destination_output),
    .members = awsc__dynamodb_DescribeKinesisStreamingDestinationOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_DescribeKinesisStreamingDestinationOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeLimitsInput = {
    .name = "DescribeLimitsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_limits_input),
};

const struct awsc_shape awsc__dynamodb_DescribeLimitsOutput = {
    .name = "DescribeLimitsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_limits_output),
    .members = awsc__dynamodb_DescribeLimitsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__dynamodb_DescribeLimitsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeTableInput = {
    .name = "DescribeTableInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_table_input),
    .members = awsc__dynamodb_DescribeTableInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeTableInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeTableOutput = {
    .name = "DescribeTableOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_table_output),
    .members = awsc__dynamodb_DescribeTableOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeTableOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeTableReplicaAutoScalingInput = {
    .name = "DescribeTableReplicaAutoScalingInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_table_replica_auto_scaling_input),
    .members = awsc__dynamodb_DescribeTableReplicaAutoScalingInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeTableReplicaAutoScalingInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeTableReplicaAutoScalingOutput = {
    .name = "DescribeTableReplicaAutoScalingOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_table_replica_auto_scaling_output),
    .members = awsc__dynamodb_DescribeTableReplicaAutoScalingOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeTableReplicaAutoScalingOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeTimeToLiveInput = {
    .name = "DescribeTimeToLiveInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_time_to_live_input),
    .members = awsc__dynamodb_DescribeTimeToLiveInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeTimeToLiveInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_DescribeTimeToLiveOutput = {
    .name = "DescribeTimeToLiveOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_describe_time_to_live_output),
    .members = awsc__dynamodb_DescribeTimeToLiveOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DescribeTimeToLiveOutput_by_wire_name,
};

static const struct awsc_shape s_DestinationStatus = {
    .name = "DestinationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DestinationStatus_values,
    .enum_count = 6,
};

static const struct awsc_shape s_DoubleObject = {
    .name = "DoubleObject",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

const struct awsc_shape awsc__dynamodb_DuplicateItemException = {
    .name = "DuplicateItemException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_duplicate_item_exception),
    .members = awsc__dynamodb_DuplicateItemException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_DuplicateItemException_by_wire_name,
    .error_code = "DuplicateItemException",
    .http_status = 0,
};

static const struct awsc_shape s_EnableKinesisStreamingConfiguration = {
    .name = "EnableKinesisStreamingConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_enable_kinesis_streaming_configuration),
    .members = s_EnableKinesisStreamingConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_EnableKinesisStreamingConfiguration_by_wire_name,
};

static const struct awsc_shape s_Endpoint = {
    .name = "Endpoint",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_endpoint),
    .members = s_Endpoint_members,
    .member_count = 2,
    .by_wire_name = s_Endpoint_by_wire_name,
};

static const struct awsc_shape s_Endpoints = {
    .name = "Endpoints",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_endpoints),
    .item = &s_Endpoint,
};

static const struct awsc_shape s_ErrorCount = {
    .name = "ErrorCount",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_ErrorCount_range,
};

static const struct awsc_shape s_ErrorMessage = {
    .name = "ErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExceptionDescription = {
    .name = "ExceptionDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExceptionName = {
    .name = "ExceptionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__dynamodb_ExecuteStatementInput = {
    .name = "ExecuteStatementInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_execute_statement_input),
    .members = awsc__dynamodb_ExecuteStatementInput_members,
    .member_count = 7,
    .by_wire_name = awsc__dynamodb_ExecuteStatementInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ExecuteStatementOutput = {
    .name = "ExecuteStatementOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_execute_statement_output),
    .members = awsc__dynamodb_ExecuteStatementOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__dynamodb_ExecuteStatementOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ExecuteTransactionInput = {
    .name = "ExecuteTransactionInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_execute_transaction_input),
    .members = awsc__dynamodb_ExecuteTransactionInput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_ExecuteTransactionInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ExecuteTransactionOutput = {
    .name = "ExecuteTransactionOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_execute_transaction_output),
    .members = awsc__dynamodb_ExecuteTransactionOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ExecuteTransactionOutput_by_wire_name,
};

static const struct awsc_shape s_ExpectedAttributeMap = {
    .name = "ExpectedAttributeMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_expected_attribute_map),
    .item = &s_ExpectedAttributeValue,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_dynamodb_expected_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_expected_attribute_map_entry),
};

static const struct awsc_shape s_ExpectedAttributeValue = {
    .name = "ExpectedAttributeValue",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_expected_attribute_value),
    .members = s_ExpectedAttributeValue_members,
    .member_count = 4,
    .by_wire_name = s_ExpectedAttributeValue_by_wire_name,
};

static const struct awsc_shape s_ExportArn = {
    .name = "ExportArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ExportArn_range,
};

const struct awsc_shape awsc__dynamodb_ExportConflictException = {
    .name = "ExportConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_export_conflict_exception),
    .members = awsc__dynamodb_ExportConflictException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ExportConflictException_by_wire_name,
    .error_code = "ExportConflictException",
    .http_status = 0,
};

static const struct awsc_shape s_ExportDescription = {
    .name = "ExportDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_export_description),
    .members = s_ExportDescription_members,
    .member_count = 21,
    .by_wire_name = s_ExportDescription_by_wire_name,
};

static const struct awsc_shape s_ExportEndTime = {
    .name = "ExportEndTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ExportFormat = {
    .name = "ExportFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExportFormat_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ExportFromTime = {
    .name = "ExportFromTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ExportManifest = {
    .name = "ExportManifest",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExportNextToken = {
    .name = "ExportNextToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__dynamodb_ExportNotFoundException = {
    .name = "ExportNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_export_not_found_exception),
    .members = awsc__dynamodb_ExportNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ExportNotFoundException_by_wire_name,
    .error_code = "ExportNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_ExportStartTime = {
    .name = "ExportStartTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ExportStatus = {
    .name = "ExportStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExportStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_ExportSummaries = {
    .name = "ExportSummaries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_export_summaries),
    .item = &s_ExportSummary,
};

static const struct awsc_shape s_ExportSummary = {
    .name = "ExportSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_export_summary),
    .members = s_ExportSummary_members,
    .member_count = 3,
    .by_wire_name = s_ExportSummary_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ExportTableToPointInTimeInput = {
    .name = "ExportTableToPointInTimeInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_export_table_to_point_in_time_input),
    .members = awsc__dynamodb_ExportTableToPointInTimeInput_members,
    .member_count = 11,
    .by_wire_name = awsc__dynamodb_ExportTableToPointInTimeInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ExportTableToPointInTimeOutput = {
    .name = "ExportTableToPointInTimeOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_export_table_to_point_in_time_output),
    .members = awsc__dynamodb_ExportTableToPointInTimeOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ExportTableToPointInTimeOutput_by_wire_name,
};

static const struct awsc_shape s_ExportTime = {
    .name = "ExportTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ExportToTime = {
    .name = "ExportToTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ExportType = {
    .name = "ExportType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExportType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ExportViewType = {
    .name = "ExportViewType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExportViewType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ExpressionAttributeNameMap = {
    .name = "ExpressionAttributeNameMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_expression_attribute_name_map),
    .item = &s_AttributeName,
    .key = &s_ExpressionAttributeNameVariable,
    .value_offset = offsetof(struct awsc_dynamodb_expression_attribute_name_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_expression_attribute_name_map_entry),
};

static const struct awsc_shape s_ExpressionAttributeNameVariable = {
    .name = "ExpressionAttributeNameVariable",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExpressionAttributeValueMap = {
    .name = "ExpressionAttributeValueMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_attribute_map),
    .item = &s_AttributeValue,
    .key = &s_ExpressionAttributeValueVariable,
    .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
};

static const struct awsc_shape s_ExpressionAttributeValueVariable = {
    .name = "ExpressionAttributeValueVariable",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FailureCode = {
    .name = "FailureCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FailureException = {
    .name = "FailureException",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_failure_exception),
    .members = s_FailureException_members,
    .member_count = 2,
    .by_wire_name = s_FailureException_by_wire_name,
};

static const struct awsc_shape s_FailureMessage = {
    .name = "FailureMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FilterConditionMap = {
    .name = "FilterConditionMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_filter_condition_map),
    .item = &s_Condition,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_dynamodb_filter_condition_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_filter_condition_map_entry),
};

static const struct awsc_shape s_Get = {
    .name = "Get",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_get),
    .members = s_Get_members,
    .member_count = 4,
    .by_wire_name = s_Get_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_GetItemInput = {
    .name = "GetItemInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_get_item_input),
    .members = awsc__dynamodb_GetItemInput_members,
    .member_count = 7,
    .by_wire_name = awsc__dynamodb_GetItemInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_GetItemOutput = {
    .name = "GetItemOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_get_item_output),
    .members = awsc__dynamodb_GetItemOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_GetItemOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_GetResourcePolicyInput = {
    .name = "GetResourcePolicyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_get_resource_policy_input),
    .members = awsc__dynamodb_GetResourcePolicyInput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_GetResourcePolicyInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_GetResourcePolicyOutput = {
    .name = "GetResourcePolicyOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_get_resource_policy_output),
    .members = awsc__dynamodb_GetResourcePolicyOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_GetResourcePolicyOutput_by_wire_name,
};

static const struct awsc_shape s_GlobalSecondaryIndex = {
    .name = "GlobalSecondaryIndex",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index),
    .members = s_GlobalSecondaryIndex_members,
    .member_count = 6,
    .by_wire_name = s_GlobalSecondaryIndex_by_wire_name,
};

static const struct awsc_shape s_GlobalSecondaryIndexAutoScalingUpdate = {
    .name = "GlobalSecondaryIndexAutoScalingUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update),
    .members = s_GlobalSecondaryIndexAutoScalingUpdate_members,
    .member_count = 2,
    .by_wire_name = s_GlobalSecondaryIndexAutoScalingUpdate_by_wire_name,
};

static const struct awsc_shape s_GlobalSecondaryIndexAutoScalingUpdateList = {
    .name = "GlobalSecondaryIndexAutoScalingUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update_list),
    .range = &s_GlobalSecondaryIndexAutoScalingUpdateList_range,
    .item = &s_GlobalSecondaryIndexAutoScalingUpdate,
};

static const struct awsc_shape s_GlobalSecondaryIndexDescription = {
    .name = "GlobalSecondaryIndexDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index_description),
    .members = s_GlobalSecondaryIndexDescription_members,
    .member_count = 11,
    .by_wire_name = s_GlobalSecondaryIndexDescription_by_wire_name,
};

static const struct awsc_shape s_GlobalSecondaryIndexDescriptionList = {
    .name = "GlobalSecondaryIndexDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index_description_list),
    .item = &s_GlobalSecondaryIndexDescription,
};

static const struct awsc_shape s_GlobalSecondaryIndexInfo = {
    .name = "GlobalSecondaryIndexInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index_info),
    .members = s_GlobalSecondaryIndexInfo_members,
    .member_count = 5,
    .by_wire_name = s_GlobalSecondaryIndexInfo_by_wire_name,
};

static const struct awsc_shape s_GlobalSecondaryIndexList = {
    .name = "GlobalSecondaryIndexList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index_list),
    .item = &s_GlobalSecondaryIndex,
};

static const struct awsc_shape s_GlobalSecondaryIndexUpdate = {
    .name = "GlobalSecondaryIndexUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index_update),
    .members = s_GlobalSecondaryIndexUpdate_members,
    .member_count = 3,
    .by_wire_name = s_GlobalSecondaryIndexUpdate_by_wire_name,
};

static const struct awsc_shape s_GlobalSecondaryIndexUpdateList = {
    .name = "GlobalSecondaryIndexUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index_update_list),
    .item = &s_GlobalSecondaryIndexUpdate,
};

static const struct awsc_shape s_GlobalSecondaryIndexWarmThroughputDescription = {
    .name = "GlobalSecondaryIndexWarmThroughputDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description),
    .members = s_GlobalSecondaryIndexWarmThroughputDescription_members,
    .member_count = 3,
    .by_wire_name = s_GlobalSecondaryIndexWarmThroughputDescription_by_wire_name,
};

static const struct awsc_shape s_GlobalSecondaryIndexes = {
    .name = "GlobalSecondaryIndexes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_global_secondary_indexes),
    .item = &s_GlobalSecondaryIndexInfo,
};

static const struct awsc_shape s_GlobalTable = {
    .name = "GlobalTable",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_table),
    .members = s_GlobalTable_members,
    .member_count = 2,
    .by_wire_name = s_GlobalTable_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_GlobalTableAlreadyExistsException = {
    .name = "GlobalTableAlreadyExistsException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_global_table_already_exists_exception),
    .members = awsc__dynamodb_GlobalTableAlreadyExistsException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_GlobalTableAlreadyExistsException_by_wire_name,
    .error_code = "GlobalTableAlreadyExistsException",
    .http_status = 0,
};

static const struct awsc_shape s_GlobalTableArnString = {
    .name = "GlobalTableArnString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_GlobalTableDescription = {
    .name = "GlobalTableDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_table_description),
    .members = s_GlobalTableDescription_members,
    .member_count = 5,
    .by_wire_name = s_GlobalTableDescription_by_wire_name,
};

static const struct awsc_shape s_GlobalTableGlobalSecondaryIndexSettingsUpdate = {
    .name = "GlobalTableGlobalSecondaryIndexSettingsUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update),
    .members = s_GlobalTableGlobalSecondaryIndexSettingsUpdate_members,
    .member_count = 3,
    .by_wire_name = s_GlobalTableGlobalSecondaryIndexSettingsUpdate_by_wire_name,
};

static const struct awsc_shape s_GlobalTableGlobalSecondaryIndexSettingsUpdateList = {
    .name = "GlobalTableGlobalSecondaryIndexSettingsUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update_list),
    .range = &s_GlobalTableGlobalSecondaryIndexSettingsUpdateList_range,
    .item = &s_GlobalTableGlobalSecondaryIndexSettingsUpdate,
};

static const struct awsc_shape s_GlobalTableList = {
    .name = "GlobalTableList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_global_table_list),
    .item = &s_GlobalTable,
};

const struct awsc_shape awsc__dynamodb_GlobalTableNotFoundException = {
    .name = "GlobalTableNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_global_table_not_found_exception),
    .members = awsc__dynamodb_GlobalTableNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_GlobalTableNotFoundException_by_wire_name,
    .error_code = "GlobalTableNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_GlobalTableSettingsReplicationMode = {
    .name = "GlobalTableSettingsReplicationMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GlobalTableSettingsReplicationMode_values,
    .enum_count = 3,
};

static const struct awsc_shape s_GlobalTableStatus = {
    .name = "GlobalTableStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GlobalTableStatus_values,
    .enum_count = 4,
};

static const struct awsc_shape s_GlobalTableWitnessDescription = {
    .name = "GlobalTableWitnessDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_table_witness_description),
    .members = s_GlobalTableWitnessDescription_members,
    .member_count = 2,
    .by_wire_name = s_GlobalTableWitnessDescription_by_wire_name,
};

static const struct awsc_shape s_GlobalTableWitnessDescriptionList = {
    .name = "GlobalTableWitnessDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_global_table_witness_description_list),
    .item = &s_GlobalTableWitnessDescription,
};

static const struct awsc_shape s_GlobalTableWitnessGroupUpdate = {
    .name = "GlobalTableWitnessGroupUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_global_table_witness_group_update),
    .members = s_GlobalTableWitnessGroupUpdate_members,
    .member_count = 2,
    .by_wire_name = s_GlobalTableWitnessGroupUpdate_by_wire_name,
};

static const struct awsc_shape s_GlobalTableWitnessGroupUpdateList = {
    .name = "GlobalTableWitnessGroupUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_global_table_witness_group_update_list),
    .range = &s_GlobalTableWitnessGroupUpdateList_range,
    .item = &s_GlobalTableWitnessGroupUpdate,
};

const struct awsc_shape awsc__dynamodb_IdempotentParameterMismatchException = {
    .name = "IdempotentParameterMismatchException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_idempotent_parameter_mismatch_exception),
    .members = awsc__dynamodb_IdempotentParameterMismatchException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_IdempotentParameterMismatchException_by_wire_name,
    .error_code = "IdempotentParameterMismatchException",
    .http_status = 0,
};

static const struct awsc_shape s_ImportArn = {
    .name = "ImportArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ImportArn_range,
};

const struct awsc_shape awsc__dynamodb_ImportConflictException = {
    .name = "ImportConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_import_conflict_exception),
    .members = awsc__dynamodb_ImportConflictException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ImportConflictException_by_wire_name,
    .error_code = "ImportConflictException",
    .http_status = 0,
};

static const struct awsc_shape s_ImportEndTime = {
    .name = "ImportEndTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ImportNextToken = {
    .name = "ImportNextToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ImportNextToken_range,
};

const struct awsc_shape awsc__dynamodb_ImportNotFoundException = {
    .name = "ImportNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_import_not_found_exception),
    .members = awsc__dynamodb_ImportNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ImportNotFoundException_by_wire_name,
    .error_code = "ImportNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_ImportStartTime = {
    .name = "ImportStartTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ImportStatus = {
    .name = "ImportStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ImportStatus_values,
    .enum_count = 5,
};

static const struct awsc_shape s_ImportSummary = {
    .name = "ImportSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_import_summary),
    .members = s_ImportSummary_members,
    .member_count = 8,
    .by_wire_name = s_ImportSummary_by_wire_name,
};

static const struct awsc_shape s_ImportSummaryList = {
    .name = "ImportSummaryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_import_summary_list),
    .item = &s_ImportSummary,
};

static const struct awsc_shape s_ImportTableDescription = {
    .name = "ImportTableDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_import_table_description),
    .members = s_ImportTableDescription_members,
    .member_count = 19,
    .by_wire_name = s_ImportTableDescription_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ImportTableInput = {
    .name = "ImportTableInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_import_table_input),
    .members = awsc__dynamodb_ImportTableInput_members,
    .member_count = 6,
    .by_wire_name = awsc__dynamodb_ImportTableInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ImportTableOutput = {
    .name = "ImportTableOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_import_table_output),
    .members = awsc__dynamodb_ImportTableOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ImportTableOutput_by_wire_name,
};

static const struct awsc_shape s_ImportedItemCount = {
    .name = "ImportedItemCount",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_ImportedItemCount_range,
};

static const struct awsc_shape s_IncrementalExportSpecification = {
    .name = "IncrementalExportSpecification",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_incremental_export_specification),
    .members = s_IncrementalExportSpecification_members,
    .member_count = 3,
    .by_wire_name = s_IncrementalExportSpecification_by_wire_name,
};

static const struct awsc_shape s_IndexName = {
    .name = "IndexName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_IndexName_range,
};

const struct awsc_shape awsc__dynamodb_IndexNotFoundException = {
    .name = "IndexNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_index_not_found_exception),
    .members = awsc__dynamodb_IndexNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_IndexNotFoundException_by_wire_name,
    .error_code = "IndexNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_IndexStatus = {
    .name = "IndexStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_IndexStatus_values,
    .enum_count = 4,
};

static const struct awsc_shape s_InputCompressionType = {
    .name = "InputCompressionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InputCompressionType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_InputFormat = {
    .name = "InputFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InputFormat_values,
    .enum_count = 3,
};

static const struct awsc_shape s_InputFormatOptions = {
    .name = "InputFormatOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_input_format_options),
    .members = s_InputFormatOptions_members,
    .member_count = 1,
    .by_wire_name = s_InputFormatOptions_by_wire_name,
};

static const struct awsc_shape s_Integer = {
    .name = "Integer",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_IntegerObject = {
    .name = "IntegerObject",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__dynamodb_InternalServerError = {
    .name = "InternalServerError",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_internal_server_error),
    .members = awsc__dynamodb_InternalServerError_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_InternalServerError_by_wire_name,
    .error_code = "InternalServerError",
    .http_status = 0,
};

const struct awsc_shape awsc__dynamodb_InvalidExportTimeException = {
    .name = "InvalidExportTimeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_invalid_export_time_exception),
    .members = awsc__dynamodb_InvalidExportTimeException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_InvalidExportTimeException_by_wire_name,
    .error_code = "InvalidExportTimeException",
    .http_status = 0,
};

const struct awsc_shape awsc__dynamodb_InvalidRestoreTimeException = {
    .name = "InvalidRestoreTimeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_invalid_restore_time_exception),
    .members = awsc__dynamodb_InvalidRestoreTimeException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_InvalidRestoreTimeException_by_wire_name,
    .error_code = "InvalidRestoreTimeException",
    .http_status = 0,
};

static const struct awsc_shape s_ItemCollectionKeyAttributeMap = {
    .name = "ItemCollectionKeyAttributeMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_attribute_map),
    .item = &s_AttributeValue,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
};

static const struct awsc_shape s_ItemCollectionMetrics = {
    .name = "ItemCollectionMetrics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_item_collection_metrics),
    .members = s_ItemCollectionMetrics_members,
    .member_count = 2,
    .by_wire_name = s_ItemCollectionMetrics_by_wire_name,
};

static const struct awsc_shape s_ItemCollectionMetricsMultiple = {
    .name = "ItemCollectionMetricsMultiple",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_item_collection_metrics_multiple),
    .item = &s_ItemCollectionMetrics,
};

static const struct awsc_shape s_ItemCollectionMetricsPerTable = {
    .name = "ItemCollectionMetricsPerTable",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_item_collection_metrics_per_table),
    .item = &s_ItemCollectionMetricsMultiple,
    .key = &s_TableArn,
    .value_offset = offsetof(struct awsc_dynamodb_item_collection_metrics_per_table_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_item_collection_metrics_per_table_entry),
};

static const struct awsc_shape s_ItemCollectionSizeEstimateBound = {
    .name = "ItemCollectionSizeEstimateBound",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_ItemCollectionSizeEstimateRange = {
    .name = "ItemCollectionSizeEstimateRange",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_item_collection_size_estimate_range),
    .item = &s_ItemCollectionSizeEstimateBound,
};

const struct awsc_shape awsc__dynamodb_ItemCollectionSizeLimitExceededException = {
    .name = "ItemCollectionSizeLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_item_collection_size_limit_exceeded_exception),
    .members = awsc__dynamodb_ItemCollectionSizeLimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ItemCollectionSizeLimitExceededException_by_wire_name,
    .error_code = "ItemCollectionSizeLimitExceededException",
    .http_status = 0,
};

static const struct awsc_shape s_ItemCount = {
    .name = "ItemCount",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_ItemCount_range,
};

static const struct awsc_shape s_ItemList = {
    .name = "ItemList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_item_list),
    .item = &s_AttributeMap,
};

static const struct awsc_shape s_ItemResponse = {
    .name = "ItemResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_item_response),
    .members = s_ItemResponse_members,
    .member_count = 1,
    .by_wire_name = s_ItemResponse_by_wire_name,
};

static const struct awsc_shape s_ItemResponseList = {
    .name = "ItemResponseList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_item_response_list),
    .range = &s_ItemResponseList_range,
    .item = &s_ItemResponse,
};

static const struct awsc_shape s_KMSMasterKeyArn = {
    .name = "KMSMasterKeyArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_KMSMasterKeyId = {
    .name = "KMSMasterKeyId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Key = {
    .name = "Key",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_attribute_map),
    .item = &s_AttributeValue,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
};

static const struct awsc_shape s_KeyConditions = {
    .name = "KeyConditions",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_filter_condition_map),
    .item = &s_Condition,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_dynamodb_filter_condition_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_filter_condition_map_entry),
};

static const struct awsc_shape s_KeyExpression = {
    .name = "KeyExpression",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_KeyList = {
    .name = "KeyList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_item_list),
    .range = &s_KeyList_range,
    .item = &s_Key,
};

static const struct awsc_shape s_KeySchema = {
    .name = "KeySchema",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_key_schema),
    .range = &s_KeySchema_range,
    .item = &s_KeySchemaElement,
};

static const struct awsc_shape s_KeySchemaAttributeName = {
    .name = "KeySchemaAttributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_KeySchemaAttributeName_range,
};

static const struct awsc_shape s_KeySchemaElement = {
    .name = "KeySchemaElement",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_key_schema_element),
    .members = s_KeySchemaElement_members,
    .member_count = 2,
    .by_wire_name = s_KeySchemaElement_by_wire_name,
};

static const struct awsc_shape s_KeyType = {
    .name = "KeyType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_KeyType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_KeysAndAttributes = {
    .name = "KeysAndAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_keys_and_attributes),
    .members = s_KeysAndAttributes_members,
    .member_count = 5,
    .by_wire_name = s_KeysAndAttributes_by_wire_name,
};

static const struct awsc_shape s_KinesisDataStreamDestination = {
    .name = "KinesisDataStreamDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_kinesis_data_stream_destination),
    .members = s_KinesisDataStreamDestination_members,
    .member_count = 4,
    .by_wire_name = s_KinesisDataStreamDestination_by_wire_name,
};

static const struct awsc_shape s_KinesisDataStreamDestinations = {
    .name = "KinesisDataStreamDestinations",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_kinesis_data_stream_destinations),
    .item = &s_KinesisDataStreamDestination,
};

const struct awsc_shape awsc__dynamodb_KinesisStreamingDestinationInput = {
    .name = "KinesisStreamingDestinationInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_kinesis_streaming_destination_input),
    .members = awsc__dynamodb_KinesisStreamingDestinationInput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_KinesisStreamingDestinationInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_KinesisStreamingDestinationOutput = {
    .name = "KinesisStreamingDestinationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_kinesis_streaming_destination_output),
    .members = awsc__dynamodb_KinesisStreamingDestinationOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__dynamodb_KinesisStreamingDestinationOutput_by_wire_name,
};

static const struct awsc_shape s_LastUpdateDateTime = {
    .name = "LastUpdateDateTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

const struct awsc_shape awsc__dynamodb_LimitExceededException = {
    .name = "LimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_limit_exceeded_exception),
    .members = awsc__dynamodb_LimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_LimitExceededException_by_wire_name,
    .error_code = "LimitExceededException",
    .http_status = 0,
};

static const struct awsc_shape s_ListAttributeValue = {
    .name = "ListAttributeValue",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_value_list),
    .item = &s_AttributeValue,
};

const struct awsc_shape awsc__dynamodb_ListBackupsInput = {
    .name = "ListBackupsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_backups_input),
    .members = awsc__dynamodb_ListBackupsInput_members,
    .member_count = 6,
    .by_wire_name = awsc__dynamodb_ListBackupsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ListBackupsOutput = {
    .name = "ListBackupsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_backups_output),
    .members = awsc__dynamodb_ListBackupsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ListBackupsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ListContributorInsightsInput = {
    .name = "ListContributorInsightsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_contributor_insights_input),
    .members = awsc__dynamodb_ListContributorInsightsInput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_ListContributorInsightsInput_by_wire_name,
};

static const struct awsc_shape s_ListContributorInsightsLimit = {
    .name = "ListContributorInsightsLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ListContributorInsightsLimit_range,
};

const struct awsc_shape awsc__dynamodb_ListContributorInsightsOutput = {
    .name = "ListContributorInsightsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_contributor_insights_output),
    .members = awsc__dynamodb_ListContributorInsightsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ListContributorInsightsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ListExportsInput = {
    .name = "ListExportsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_exports_input),
    .members = awsc__dynamodb_ListExportsInput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_ListExportsInput_by_wire_name,
};

static const struct awsc_shape s_ListExportsMaxLimit = {
    .name = "ListExportsMaxLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ListExportsMaxLimit_range,
};

const struct awsc_shape awsc__dynamodb_ListExportsOutput = {
    .name = "ListExportsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_exports_output),
    .members = awsc__dynamodb_ListExportsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ListExportsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ListGlobalTablesInput = {
    .name = "ListGlobalTablesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_global_tables_input),
    .members = awsc__dynamodb_ListGlobalTablesInput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_ListGlobalTablesInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ListGlobalTablesOutput = {
    .name = "ListGlobalTablesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_global_tables_output),
    .members = awsc__dynamodb_ListGlobalTablesOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ListGlobalTablesOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ListImportsInput = {
    .name = "ListImportsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_imports_input),
    .members = awsc__dynamodb_ListImportsInput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_ListImportsInput_by_wire_name,
};

static const struct awsc_shape s_ListImportsMaxLimit = {
    .name = "ListImportsMaxLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ListImportsMaxLimit_range,
};

const struct awsc_shape awsc__dynamodb_ListImportsOutput = {
    .name = "ListImportsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_imports_output),
    .members = awsc__dynamodb_ListImportsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ListImportsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ListTablesInput = {
    .name = "ListTablesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_tables_input),
    .members = awsc__dynamodb_ListTablesInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ListTablesInput_by_wire_name,
};

static const struct awsc_shape s_ListTablesInputLimit = {
    .name = "ListTablesInputLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ListTablesInputLimit_range,
};

const struct awsc_shape awsc__dynamodb_ListTablesOutput = {
    .name = "ListTablesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_tables_output),
    .members = awsc__dynamodb_ListTablesOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ListTablesOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ListTagsOfResourceInput = {
    .name = "ListTagsOfResourceInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_tags_of_resource_input),
    .members = awsc__dynamodb_ListTagsOfResourceInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ListTagsOfResourceInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ListTagsOfResourceOutput = {
    .name = "ListTagsOfResourceOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_list_tags_of_resource_output),
    .members = awsc__dynamodb_ListTagsOfResourceOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ListTagsOfResourceOutput_by_wire_name,
};

static const struct awsc_shape s_LocalSecondaryIndex = {
    .name = "LocalSecondaryIndex",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_local_secondary_index),
    .members = s_LocalSecondaryIndex_members,
    .member_count = 3,
    .by_wire_name = s_LocalSecondaryIndex_by_wire_name,
};

static const struct awsc_shape s_LocalSecondaryIndexDescription = {
    .name = "LocalSecondaryIndexDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_local_secondary_index_description),
    .members = s_LocalSecondaryIndexDescription_members,
    .member_count = 6,
    .by_wire_name = s_LocalSecondaryIndexDescription_by_wire_name,
};

static const struct awsc_shape s_LocalSecondaryIndexDescriptionList = {
    .name = "LocalSecondaryIndexDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_local_secondary_index_description_list),
    .item = &s_LocalSecondaryIndexDescription,
};

static const struct awsc_shape s_LocalSecondaryIndexInfo = {
    .name = "LocalSecondaryIndexInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_local_secondary_index_info),
    .members = s_LocalSecondaryIndexInfo_members,
    .member_count = 3,
    .by_wire_name = s_LocalSecondaryIndexInfo_by_wire_name,
};

static const struct awsc_shape s_LocalSecondaryIndexList = {
    .name = "LocalSecondaryIndexList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_local_secondary_index_list),
    .item = &s_LocalSecondaryIndex,
};

static const struct awsc_shape s_LocalSecondaryIndexes = {
    .name = "LocalSecondaryIndexes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_local_secondary_indexes),
    .item = &s_LocalSecondaryIndexInfo,
};

static const struct awsc_shape s_Long = {
    .name = "Long",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_LongObject = {
    .name = "LongObject",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_MapAttributeValue = {
    .name = "MapAttributeValue",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_attribute_map),
    .item = &s_AttributeValue,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
};

static const struct awsc_shape s_MultiRegionConsistency = {
    .name = "MultiRegionConsistency",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MultiRegionConsistency_values,
    .enum_count = 2,
};

static const struct awsc_shape s_NextTokenString = {
    .name = "NextTokenString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_NonKeyAttributeName = {
    .name = "NonKeyAttributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_NonKeyAttributeName_range,
};

static const struct awsc_shape s_NonKeyAttributeNameList = {
    .name = "NonKeyAttributeNameList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_name_list),
    .range = &s_NonKeyAttributeNameList_range,
    .item = &s_NonKeyAttributeName,
};

static const struct awsc_shape s_NonNegativeLongObject = {
    .name = "NonNegativeLongObject",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_NonNegativeLongObject_range,
};

static const struct awsc_shape s_NullAttributeValue = {
    .name = "NullAttributeValue",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_NumberAttributeValue = {
    .name = "NumberAttributeValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_NumberSetAttributeValue = {
    .name = "NumberSetAttributeValue",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_name_list),
    .item = &s_NumberAttributeValue,
};

static const struct awsc_shape s_OnDemandThroughput = {
    .name = "OnDemandThroughput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_on_demand_throughput),
    .members = s_OnDemandThroughput_members,
    .member_count = 2,
    .by_wire_name = s_OnDemandThroughput_by_wire_name,
};

static const struct awsc_shape s_OnDemandThroughputOverride = {
    .name = "OnDemandThroughputOverride",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_on_demand_throughput_override),
    .members = s_OnDemandThroughputOverride_members,
    .member_count = 1,
    .by_wire_name = s_OnDemandThroughputOverride_by_wire_name,
};

static const struct awsc_shape s_ParameterizedStatement = {
    .name = "ParameterizedStatement",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_parameterized_statement),
    .members = s_ParameterizedStatement_members,
    .member_count = 3,
    .by_wire_name = s_ParameterizedStatement_by_wire_name,
};

static const struct awsc_shape s_ParameterizedStatements = {
    .name = "ParameterizedStatements",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_parameterized_statements),
    .range = &s_ParameterizedStatements_range,
    .item = &s_ParameterizedStatement,
};

static const struct awsc_shape s_PartiQLBatchRequest = {
    .name = "PartiQLBatchRequest",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_parti_ql_batch_request),
    .range = &s_PartiQLBatchRequest_range,
    .item = &s_BatchStatementRequest,
};

static const struct awsc_shape s_PartiQLBatchResponse = {
    .name = "PartiQLBatchResponse",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_parti_ql_batch_response),
    .item = &s_BatchStatementResponse,
};

static const struct awsc_shape s_PartiQLNextToken = {
    .name = "PartiQLNextToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_PartiQLNextToken_range,
};

static const struct awsc_shape s_PartiQLStatement = {
    .name = "PartiQLStatement",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_PartiQLStatement_range,
};

static const struct awsc_shape s_PointInTimeRecoveryDescription = {
    .name = "PointInTimeRecoveryDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_point_in_time_recovery_description),
    .members = s_PointInTimeRecoveryDescription_members,
    .member_count = 4,
    .by_wire_name = s_PointInTimeRecoveryDescription_by_wire_name,
};

static const struct awsc_shape s_PointInTimeRecoverySpecification = {
    .name = "PointInTimeRecoverySpecification",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_point_in_time_recovery_specification),
    .members = s_PointInTimeRecoverySpecification_members,
    .member_count = 2,
    .by_wire_name = s_PointInTimeRecoverySpecification_by_wire_name,
};

static const struct awsc_shape s_PointInTimeRecoveryStatus = {
    .name = "PointInTimeRecoveryStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PointInTimeRecoveryStatus_values,
    .enum_count = 2,
};

const struct awsc_shape awsc__dynamodb_PointInTimeRecoveryUnavailableException = {
    .name = "PointInTimeRecoveryUnavailableException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_point_in_time_recovery_unavailable_exception),
    .members = awsc__dynamodb_PointInTimeRecoveryUnavailableException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_PointInTimeRecoveryUnavailableException_by_wire_name,
    .error_code = "PointInTimeRecoveryUnavailableException",
    .http_status = 0,
};

const struct awsc_shape awsc__dynamodb_PolicyNotFoundException = {
    .name = "PolicyNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_policy_not_found_exception),
    .members = awsc__dynamodb_PolicyNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_PolicyNotFoundException_by_wire_name,
    .error_code = "PolicyNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_PolicyRevisionId = {
    .name = "PolicyRevisionId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_PolicyRevisionId_range,
};

static const struct awsc_shape s_PositiveIntegerObject = {
    .name = "PositiveIntegerObject",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_PositiveIntegerObject_range,
};

static const struct awsc_shape s_PositiveLongObject = {
    .name = "PositiveLongObject",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_PositiveLongObject_range,
};

static const struct awsc_shape s_PreparedStatementParameters = {
    .name = "PreparedStatementParameters",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_value_list),
    .range = &s_PreparedStatementParameters_range,
    .item = &s_AttributeValue,
};

static const struct awsc_shape s_ProcessedItemCount = {
    .name = "ProcessedItemCount",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_ProcessedItemCount_range,
};

static const struct awsc_shape s_Projection = {
    .name = "Projection",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_projection),
    .members = s_Projection_members,
    .member_count = 2,
    .by_wire_name = s_Projection_by_wire_name,
};

static const struct awsc_shape s_ProjectionExpression = {
    .name = "ProjectionExpression",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ProjectionType = {
    .name = "ProjectionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ProjectionType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_ProvisionedThroughput = {
    .name = "ProvisionedThroughput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_provisioned_throughput),
    .members = s_ProvisionedThroughput_members,
    .member_count = 2,
    .by_wire_name = s_ProvisionedThroughput_by_wire_name,
};

static const struct awsc_shape s_ProvisionedThroughputDescription = {
    .name = "ProvisionedThroughputDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_provisioned_throughput_description),
    .members = s_ProvisionedThroughputDescription_members,
    .member_count = 5,
    .by_wire_name = s_ProvisionedThroughputDescription_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ProvisionedThroughputExceededException = {
    .name = "ProvisionedThroughputExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_provisioned_throughput_exceeded_exception),
    .members = awsc__dynamodb_ProvisionedThroughputExceededException_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ProvisionedThroughputExceededException_by_wire_name,
    .error_code = "ProvisionedThroughputExceededException",
    .http_status = 0,
};

static const struct awsc_shape s_ProvisionedThroughputOverride = {
    .name = "ProvisionedThroughputOverride",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_provisioned_throughput_override),
    .members = s_ProvisionedThroughputOverride_members,
    .member_count = 1,
    .by_wire_name = s_ProvisionedThroughputOverride_by_wire_name,
};

static const struct awsc_shape s_Put = {
    .name = "Put",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_put),
    .members = s_Put_members,
    .member_count = 6,
    .by_wire_name = s_Put_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_PutItemInput = {
    .name = "PutItemInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_put_item_input),
    .members = awsc__dynamodb_PutItemInput_members,
    .member_count = 11,
    .by_wire_name = awsc__dynamodb_PutItemInput_by_wire_name,
};

static const struct awsc_shape s_PutItemInputAttributeMap = {
    .name = "PutItemInputAttributeMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_attribute_map),
    .item = &s_AttributeValue,
    .key = &s_AttributeName,
    .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
};

const struct awsc_shape awsc__dynamodb_PutItemOutput = {
    .name = "PutItemOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_put_item_output),
    .members = awsc__dynamodb_PutItemOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_PutItemOutput_by_wire_name,
};

static const struct awsc_shape s_PutRequest = {
    .name = "PutRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_put_request),
    .members = s_PutRequest_members,
    .member_count = 1,
    .by_wire_name = s_PutRequest_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_PutResourcePolicyInput = {
    .name = "PutResourcePolicyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_put_resource_policy_input),
    .members = awsc__dynamodb_PutResourcePolicyInput_members,
    .member_count = 4,
    .by_wire_name = awsc__dynamodb_PutResourcePolicyInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_PutResourcePolicyOutput = {
    .name = "PutResourcePolicyOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_put_resource_policy_output),
    .members = awsc__dynamodb_PutResourcePolicyOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_PutResourcePolicyOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_QueryInput = {
    .name = "QueryInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_query_input),
    .members = awsc__dynamodb_QueryInput_members,
    .member_count = 17,
    .by_wire_name = awsc__dynamodb_QueryInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_QueryOutput = {
    .name = "QueryOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_query_output),
    .members = awsc__dynamodb_QueryOutput_members,
    .member_count = 5,
    .by_wire_name = awsc__dynamodb_QueryOutput_by_wire_name,
};

static const struct awsc_shape s_Reason = {
    .name = "Reason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RecoveryPeriodInDays = {
    .name = "RecoveryPeriodInDays",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_RecoveryPeriodInDays_range,
};

static const struct awsc_shape s_RegionName = {
    .name = "RegionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Replica = {
    .name = "Replica",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica),
    .members = s_Replica_members,
    .member_count = 1,
    .by_wire_name = s_Replica_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ReplicaAlreadyExistsException = {
    .name = "ReplicaAlreadyExistsException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_replica_already_exists_exception),
    .members = awsc__dynamodb_ReplicaAlreadyExistsException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ReplicaAlreadyExistsException_by_wire_name,
    .error_code = "ReplicaAlreadyExistsException",
    .http_status = 0,
};

static const struct awsc_shape s_ReplicaAutoScalingDescription = {
    .name = "ReplicaAutoScalingDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_description),
    .members = s_ReplicaAutoScalingDescription_members,
    .member_count = 5,
    .by_wire_name = s_ReplicaAutoScalingDescription_by_wire_name,
};

static const struct awsc_shape s_ReplicaAutoScalingDescriptionList = {
    .name = "ReplicaAutoScalingDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_description_list),
    .item = &s_ReplicaAutoScalingDescription,
};

static const struct awsc_shape s_ReplicaAutoScalingUpdate = {
    .name = "ReplicaAutoScalingUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_update),
    .members = s_ReplicaAutoScalingUpdate_members,
    .member_count = 3,
    .by_wire_name = s_ReplicaAutoScalingUpdate_by_wire_name,
};

static const struct awsc_shape s_ReplicaAutoScalingUpdateList = {
    .name = "ReplicaAutoScalingUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_update_list),
    .range = &s_ReplicaAutoScalingUpdateList_range,
    .item = &s_ReplicaAutoScalingUpdate,
};

static const struct awsc_shape s_ReplicaDescription = {
    .name = "ReplicaDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_description),
    .members = s_ReplicaDescription_members,
    .member_count = 13,
    .by_wire_name = s_ReplicaDescription_by_wire_name,
};

static const struct awsc_shape s_ReplicaDescriptionList = {
    .name = "ReplicaDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_description_list),
    .item = &s_ReplicaDescription,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndex = {
    .name = "ReplicaGlobalSecondaryIndex",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index),
    .members = s_ReplicaGlobalSecondaryIndex_members,
    .member_count = 3,
    .by_wire_name = s_ReplicaGlobalSecondaryIndex_by_wire_name,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexAutoScalingDescription = {
    .name = "ReplicaGlobalSecondaryIndexAutoScalingDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description),
    .members = s_ReplicaGlobalSecondaryIndexAutoScalingDescription_members,
    .member_count = 4,
    .by_wire_name = s_ReplicaGlobalSecondaryIndexAutoScalingDescription_by_wire_name,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexAutoScalingDescriptionList = {
    .name = "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description_list),
    .item = &s_ReplicaGlobalSecondaryIndexAutoScalingDescription,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexAutoScalingUpdate = {
    .name = "ReplicaGlobalSecondaryIndexAutoScalingUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update),
    .members = s_ReplicaGlobalSecondaryIndexAutoScalingUpdate_members,
    .member_count = 2,
    .by_wire_name = s_ReplicaGlobalSecondaryIndexAutoScalingUpdate_by_wire_name,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexAutoScalingUpdateList = {
    .name = "ReplicaGlobalSecondaryIndexAutoScalingUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update_list),
    .item = &s_ReplicaGlobalSecondaryIndexAutoScalingUpdate,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexDescription = {
    .name = "ReplicaGlobalSecondaryIndexDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_description),
    .members = s_ReplicaGlobalSecondaryIndexDescription_members,
    .member_count = 4,
    .by_wire_name = s_ReplicaGlobalSecondaryIndexDescription_by_wire_name,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexDescriptionList = {
    .name = "ReplicaGlobalSecondaryIndexDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_description_list),
    .item = &s_ReplicaGlobalSecondaryIndexDescription,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexList = {
    .name = "ReplicaGlobalSecondaryIndexList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_list),
    .range = &s_ReplicaGlobalSecondaryIndexList_range,
    .item = &s_ReplicaGlobalSecondaryIndex,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexSettingsDescription = {
    .name = "ReplicaGlobalSecondaryIndexSettingsDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_description),
    .members = s_ReplicaGlobalSecondaryIndexSettingsDescription_members,
    .member_count = 6,
    .by_wire_name = s_ReplicaGlobalSecondaryIndexSettingsDescription_by_wire_name,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexSettingsDescriptionList = {
    .name = "ReplicaGlobalSecondaryIndexSettingsDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_description_list),
    .item = &s_ReplicaGlobalSecondaryIndexSettingsDescription,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexSettingsUpdate = {
    .name = "ReplicaGlobalSecondaryIndexSettingsUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_update),
    .members = s_ReplicaGlobalSecondaryIndexSettingsUpdate_members,
    .member_count = 3,
    .by_wire_name = s_ReplicaGlobalSecondaryIndexSettingsUpdate_by_wire_name,
};

static const struct awsc_shape s_ReplicaGlobalSecondaryIndexSettingsUpdateList = {
    .name = "ReplicaGlobalSecondaryIndexSettingsUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_update_list),
    .range = &s_ReplicaGlobalSecondaryIndexSettingsUpdateList_range,
    .item = &s_ReplicaGlobalSecondaryIndexSettingsUpdate,
};

static const struct awsc_shape s_ReplicaList = {
    .name = "ReplicaList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_list),
    .item = &s_Replica,
};

const struct awsc_shape awsc__dynamodb_ReplicaNotFoundException = {
    .name = "ReplicaNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_replica_not_found_exception),
    .members = awsc__dynamodb_ReplicaNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ReplicaNotFoundException_by_wire_name,
    .error_code = "ReplicaNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_ReplicaSettingsDescription = {
    .name = "ReplicaSettingsDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_settings_description),
    .members = s_ReplicaSettingsDescription_members,
    .member_count = 9,
    .by_wire_name = s_ReplicaSettingsDescription_by_wire_name,
};

static const struct awsc_shape s_ReplicaSettingsDescriptionList = {
    .name = "ReplicaSettingsDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_settings_description_list),
    .item = &s_ReplicaSettingsDescription,
};

static const struct awsc_shape s_ReplicaSettingsUpdate = {
    .name = "ReplicaSettingsUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_settings_update),
    .members = s_ReplicaSettingsUpdate_members,
    .member_count = 5,
    .by_wire_name = s_ReplicaSettingsUpdate_by_wire_name,
};

static const struct awsc_shape s_ReplicaSettingsUpdateList = {
    .name = "ReplicaSettingsUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_settings_update_list),
    .range = &s_ReplicaSettingsUpdateList_range,
    .item = &s_ReplicaSettingsUpdate,
};

static const struct awsc_shape s_ReplicaStatus = {
    .name = "ReplicaStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReplicaStatus_values,
    .enum_count = 10,
};

static const struct awsc_shape s_ReplicaStatusDescription = {
    .name = "ReplicaStatusDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReplicaStatusPercentProgress = {
    .name = "ReplicaStatusPercentProgress",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReplicaUpdate = {
    .name = "ReplicaUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replica_update),
    .members = s_ReplicaUpdate_members,
    .member_count = 2,
    .by_wire_name = s_ReplicaUpdate_by_wire_name,
};

static const struct awsc_shape s_ReplicaUpdateList = {
    .name = "ReplicaUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replica_update_list),
    .item = &s_ReplicaUpdate,
};

const struct awsc_shape awsc__dynamodb_ReplicatedWriteConflictException = {
    .name = "ReplicatedWriteConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_RETRYABLE,
    .size = sizeof(struct awsc_dynamodb_replicated_write_conflict_exception),
    .members = awsc__dynamodb_ReplicatedWriteConflictException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ReplicatedWriteConflictException_by_wire_name,
    .error_code = "ReplicatedWriteConflictException",
    .http_status = 0,
};

static const struct awsc_shape s_ReplicationGroupUpdate = {
    .name = "ReplicationGroupUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_replication_group_update),
    .members = s_ReplicationGroupUpdate_members,
    .member_count = 3,
    .by_wire_name = s_ReplicationGroupUpdate_by_wire_name,
};

static const struct awsc_shape s_ReplicationGroupUpdateList = {
    .name = "ReplicationGroupUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_replication_group_update_list),
    .range = &s_ReplicationGroupUpdateList_range,
    .item = &s_ReplicationGroupUpdate,
};

const struct awsc_shape awsc__dynamodb_RequestLimitExceeded = {
    .name = "RequestLimitExceeded",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_request_limit_exceeded),
    .members = awsc__dynamodb_RequestLimitExceeded_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_RequestLimitExceeded_by_wire_name,
    .error_code = "RequestLimitExceeded",
    .http_status = 0,
};

static const struct awsc_shape s_Resource = {
    .name = "Resource",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ResourceArnString = {
    .name = "ResourceArnString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ResourceArnString_range,
};

const struct awsc_shape awsc__dynamodb_ResourceInUseException = {
    .name = "ResourceInUseException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_resource_in_use_exception),
    .members = awsc__dynamodb_ResourceInUseException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ResourceInUseException_by_wire_name,
    .error_code = "ResourceInUseException",
    .http_status = 0,
};

const struct awsc_shape awsc__dynamodb_ResourceNotFoundException = {
    .name = "ResourceNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_resource_not_found_exception),
    .members = awsc__dynamodb_ResourceNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_ResourceNotFoundException_by_wire_name,
    .error_code = "ResourceNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_ResourcePolicy = {
    .name = "ResourcePolicy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RestoreInProgress = {
    .name = "RestoreInProgress",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_RestoreSummary = {
    .name = "RestoreSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_restore_summary),
    .members = s_RestoreSummary_members,
    .member_count = 4,
    .by_wire_name = s_RestoreSummary_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_RestoreTableFromBackupInput = {
    .name = "RestoreTableFromBackupInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_restore_table_from_backup_input),
    .members = awsc__dynamodb_RestoreTableFromBackupInput_members,
    .member_count = 9,
    .by_wire_name = awsc__dynamodb_RestoreTableFromBackupInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_RestoreTableFromBackupOutput = {
    .name = "RestoreTableFromBackupOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_restore_table_from_backup_output),
    .members = awsc__dynamodb_RestoreTableFromBackupOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_RestoreTableFromBackupOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_RestoreTableToPointInTimeInput = {
    .name = "RestoreTableToPointInTimeInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_restore_table_to_point_in_time_input),
    .members = awsc__dynamodb_RestoreTableToPointInTimeInput_members,
    .member_count = 12,
    .by_wire_name = awsc__dynamodb_RestoreTableToPointInTimeInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_RestoreTableToPointInTimeOutput = {
    .name = "RestoreTableToPointInTimeOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_restore_table_to_point_in_time_output),
    .members = awsc__dynamodb_RestoreTableToPointInTimeOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_RestoreTableToPointInTimeOutput_by_wire_name,
};

static const struct awsc_shape s_ReturnConsumedCapacity = {
    .name = "ReturnConsumedCapacity",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReturnConsumedCapacity_values,
    .enum_count = 3,
};

static const struct awsc_shape s_ReturnItemCollectionMetrics = {
    .name = "ReturnItemCollectionMetrics",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReturnItemCollectionMetrics_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ReturnValue = {
    .name = "ReturnValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReturnValue_values,
    .enum_count = 5,
};

static const struct awsc_shape s_ReturnValuesOnConditionCheckFailure = {
    .name = "ReturnValuesOnConditionCheckFailure",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReturnValuesOnConditionCheckFailure_values,
    .enum_count = 2,
};

static const struct awsc_shape s_S3Bucket = {
    .name = "S3Bucket",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3Bucket_range,
};

static const struct awsc_shape s_S3BucketOwner = {
    .name = "S3BucketOwner",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_S3BucketSource = {
    .name = "S3BucketSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_s3_bucket_source),
    .members = s_S3BucketSource_members,
    .member_count = 3,
    .by_wire_name = s_S3BucketSource_by_wire_name,
};

static const struct awsc_shape s_S3Prefix = {
    .name = "S3Prefix",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3Prefix_range,
};

static const struct awsc_shape s_S3SseAlgorithm = {
    .name = "S3SseAlgorithm",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_S3SseAlgorithm_values,
    .enum_count = 2,
};

static const struct awsc_shape s_S3SseKmsKeyId = {
    .name = "S3SseKmsKeyId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3SseKmsKeyId_range,
};

static const struct awsc_shape s_SSEDescription = {
    .name = "SSEDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_sse_description),
    .members = s_SSEDescription_members,
    .member_count = 4,
    .by_wire_name = s_SSEDescription_by_wire_name,
};

static const struct awsc_shape s_SSEEnabled = {
    .name = "SSEEnabled",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_SSESpecification = {
    .name = "SSESpecification",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_sse_specification),
    .members = s_SSESpecification_members,
    .member_count = 3,
    .by_wire_name = s_SSESpecification_by_wire_name,
};

static const struct awsc_shape s_SSEStatus = {
    .name = "SSEStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SSEStatus_values,
    .enum_count = 5,
};

static const struct awsc_shape s_SSEType = {
    .name = "SSEType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SSEType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ScalarAttributeType = {
    .name = "ScalarAttributeType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ScalarAttributeType_values,
    .enum_count = 3,
};

const struct awsc_shape awsc__dynamodb_ScanInput = {
    .name = "ScanInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_scan_input),
    .members = awsc__dynamodb_ScanInput_members,
    .member_count = 16,
    .by_wire_name = awsc__dynamodb_ScanInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_ScanOutput = {
    .name = "ScanOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_scan_output),
    .members = awsc__dynamodb_ScanOutput_members,
    .member_count = 5,
    .by_wire_name = awsc__dynamodb_ScanOutput_by_wire_name,
};

static const struct awsc_shape s_ScanSegment = {
    .name = "ScanSegment",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ScanSegment_range,
};

static const struct awsc_shape s_ScanTotalSegments = {
    .name = "ScanTotalSegments",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ScanTotalSegments_range,
};

static const struct awsc_shape s_ScoreNumber = {
    .name = "ScoreNumber",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_SearchResultItem = {
    .name = "SearchResultItem",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_search_result_item),
    .members = s_SearchResultItem_members,
    .member_count = 2,
    .by_wire_name = s_SearchResultItem_by_wire_name,
};

static const struct awsc_shape s_SearchResultList = {
    .name = "SearchResultList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_search_result_list),
    .item = &s_SearchResultItem,
};

static const struct awsc_shape s_SearchSchema = {
    .name = "SearchSchema",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_search_schema),
    .range = &s_SearchSchema_range,
    .item = &s_SearchSchemaElement,
};

static const struct awsc_shape s_SearchSchemaElement = {
    .name = "SearchSchemaElement",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_search_schema_element),
    .members = s_SearchSchemaElement_members,
    .member_count = 2,
    .by_wire_name = s_SearchSchemaElement_by_wire_name,
};

static const struct awsc_shape s_SearchSchemaElementType = {
    .name = "SearchSchemaElementType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SearchSchemaElementType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_SearchVectorList = {
    .name = "SearchVectorList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_value_list),
    .range = &s_SearchVectorList_range,
    .item = &s_AttributeValue,
};

const struct awsc_shape awsc__dynamodb_SearchVectorsInput = {
    .name = "SearchVectorsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_search_vectors_input),
    .members = awsc__dynamodb_SearchVectorsInput_members,
    .member_count = 9,
    .by_wire_name = awsc__dynamodb_SearchVectorsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_SearchVectorsOutput = {
    .name = "SearchVectorsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_search_vectors_output),
    .members = awsc__dynamodb_SearchVectorsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_SearchVectorsOutput_by_wire_name,
};

static const struct awsc_shape s_SecondaryIndexesCapacityMap = {
    .name = "SecondaryIndexesCapacityMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_secondary_indexes_capacity_map),
    .item = &s_Capacity,
    .key = &s_IndexName,
    .value_offset = offsetof(struct awsc_dynamodb_secondary_indexes_capacity_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_secondary_indexes_capacity_map_entry),
};

static const struct awsc_shape s_Select = {
    .name = "Select",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Select_values,
    .enum_count = 4,
};

static const struct awsc_shape s_SourceTableDetails = {
    .name = "SourceTableDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_source_table_details),
    .members = s_SourceTableDetails_members,
    .member_count = 10,
    .by_wire_name = s_SourceTableDetails_by_wire_name,
};

static const struct awsc_shape s_SourceTableFeatureDetails = {
    .name = "SourceTableFeatureDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_source_table_feature_details),
    .members = s_SourceTableFeatureDetails_members,
    .member_count = 6,
    .by_wire_name = s_SourceTableFeatureDetails_by_wire_name,
};

static const struct awsc_shape s_StreamArn = {
    .name = "StreamArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_StreamArn_range,
};

static const struct awsc_shape s_StreamEnabled = {
    .name = "StreamEnabled",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_StreamSpecification = {
    .name = "StreamSpecification",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_stream_specification),
    .members = s_StreamSpecification_members,
    .member_count = 2,
    .by_wire_name = s_StreamSpecification_by_wire_name,
};

static const struct awsc_shape s_StreamViewType = {
    .name = "StreamViewType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StreamViewType_values,
    .enum_count = 4,
};

static const struct awsc_shape s_String = {
    .name = "String",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_StringAttributeValue = {
    .name = "StringAttributeValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_StringSetAttributeValue = {
    .name = "StringSetAttributeValue",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_name_list),
    .item = &s_StringAttributeValue,
};

const struct awsc_shape awsc__dynamodb_TableAlreadyExistsException = {
    .name = "TableAlreadyExistsException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_table_already_exists_exception),
    .members = awsc__dynamodb_TableAlreadyExistsException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_TableAlreadyExistsException_by_wire_name,
    .error_code = "TableAlreadyExistsException",
    .http_status = 0,
};

static const struct awsc_shape s_TableArn = {
    .name = "TableArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TableArn_range,
};

static const struct awsc_shape s_TableAutoScalingDescription = {
    .name = "TableAutoScalingDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_table_auto_scaling_description),
    .members = s_TableAutoScalingDescription_members,
    .member_count = 3,
    .by_wire_name = s_TableAutoScalingDescription_by_wire_name,
};

static const struct awsc_shape s_TableClass = {
    .name = "TableClass",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TableClass_values,
    .enum_count = 2,
};

static const struct awsc_shape s_TableClassSummary = {
    .name = "TableClassSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_table_class_summary),
    .members = s_TableClassSummary_members,
    .member_count = 2,
    .by_wire_name = s_TableClassSummary_by_wire_name,
};

static const struct awsc_shape s_TableCreationDateTime = {
    .name = "TableCreationDateTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_TableCreationParameters = {
    .name = "TableCreationParameters",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_table_creation_parameters),
    .members = s_TableCreationParameters_members,
    .member_count = 9,
    .by_wire_name = s_TableCreationParameters_by_wire_name,
};

static const struct awsc_shape s_TableDescription = {
    .name = "TableDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_table_description),
    .members = s_TableDescription_members,
    .member_count = 29,
    .by_wire_name = s_TableDescription_by_wire_name,
};

static const struct awsc_shape s_TableId = {
    .name = "TableId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__dynamodb_TableInUseException = {
    .name = "TableInUseException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_table_in_use_exception),
    .members = awsc__dynamodb_TableInUseException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_TableInUseException_by_wire_name,
    .error_code = "TableInUseException",
    .http_status = 0,
};

static const struct awsc_shape s_TableName = {
    .name = "TableName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TableName_range,
};

static const struct awsc_shape s_TableNameList = {
    .name = "TableNameList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_name_list),
    .item = &s_TableName,
};

const struct awsc_shape awsc__dynamodb_TableNotFoundException = {
    .name = "TableNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_table_not_found_exception),
    .members = awsc__dynamodb_TableNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_TableNotFoundException_by_wire_name,
    .error_code = "TableNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_TableStatus = {
    .name = "TableStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TableStatus_values,
    .enum_count = 8,
};

static const struct awsc_shape s_TableWarmThroughputDescription = {
    .name = "TableWarmThroughputDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_table_warm_throughput_description),
    .members = s_TableWarmThroughputDescription_members,
    .member_count = 3,
    .by_wire_name = s_TableWarmThroughputDescription_by_wire_name,
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_tag),
    .members = s_Tag_members,
    .member_count = 2,
    .by_wire_name = s_Tag_by_wire_name,
};

static const struct awsc_shape s_TagKeyList = {
    .name = "TagKeyList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_attribute_name_list),
    .item = &s_TagKeyString,
};

static const struct awsc_shape s_TagKeyString = {
    .name = "TagKeyString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagKeyString_range,
};

static const struct awsc_shape s_TagList = {
    .name = "TagList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_tag_list),
    .item = &s_Tag,
};

const struct awsc_shape awsc__dynamodb_TagResourceInput = {
    .name = "TagResourceInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_tag_resource_input),
    .members = awsc__dynamodb_TagResourceInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_TagResourceInput_by_wire_name,
};

static const struct awsc_shape s_TagValueString = {
    .name = "TagValueString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagValueString_range,
};

const struct awsc_shape awsc__dynamodb_ThrottlingException = {
    .name = "ThrottlingException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_throttling_exception),
    .members = awsc__dynamodb_ThrottlingException_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_ThrottlingException_by_wire_name,
    .error_code = "ThrottlingException",
    .http_status = 0,
};

static const struct awsc_shape s_ThrottlingReason = {
    .name = "ThrottlingReason",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_throttling_reason),
    .members = s_ThrottlingReason_members,
    .member_count = 2,
    .by_wire_name = s_ThrottlingReason_by_wire_name,
};

static const struct awsc_shape s_ThrottlingReasonList = {
    .name = "ThrottlingReasonList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_throttling_reason_list),
    .item = &s_ThrottlingReason,
};

static const struct awsc_shape s_TimeRangeLowerBound = {
    .name = "TimeRangeLowerBound",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_TimeRangeUpperBound = {
    .name = "TimeRangeUpperBound",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_TimeToLiveAttributeName = {
    .name = "TimeToLiveAttributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TimeToLiveAttributeName_range,
};

static const struct awsc_shape s_TimeToLiveDescription = {
    .name = "TimeToLiveDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_time_to_live_description),
    .members = s_TimeToLiveDescription_members,
    .member_count = 2,
    .by_wire_name = s_TimeToLiveDescription_by_wire_name,
};

static const struct awsc_shape s_TimeToLiveEnabled = {
    .name = "TimeToLiveEnabled",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_TimeToLiveSpecification = {
    .name = "TimeToLiveSpecification",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_time_to_live_specification),
    .members = s_TimeToLiveSpecification_members,
    .member_count = 2,
    .by_wire_name = s_TimeToLiveSpecification_by_wire_name,
};

static const struct awsc_shape s_TimeToLiveStatus = {
    .name = "TimeToLiveStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TimeToLiveStatus_values,
    .enum_count = 4,
};

static const struct awsc_shape s_TopKInteger = {
    .name = "TopKInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_TopKInteger_range,
};

static const struct awsc_shape s_TransactGetItem = {
    .name = "TransactGetItem",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_transact_get_item),
    .members = s_TransactGetItem_members,
    .member_count = 1,
    .by_wire_name = s_TransactGetItem_by_wire_name,
};

static const struct awsc_shape s_TransactGetItemList = {
    .name = "TransactGetItemList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_transact_get_item_list),
    .range = &s_TransactGetItemList_range,
    .item = &s_TransactGetItem,
};

const struct awsc_shape awsc__dynamodb_TransactGetItemsInput = {
    .name = "TransactGetItemsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_transact_get_items_input),
    .members = awsc__dynamodb_TransactGetItemsInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_TransactGetItemsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_TransactGetItemsOutput = {
    .name = "TransactGetItemsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_transact_get_items_output),
    .members = awsc__dynamodb_TransactGetItemsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_TransactGetItemsOutput_by_wire_name,
};

static const struct awsc_shape s_TransactWriteItem = {
    .name = "TransactWriteItem",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_transact_write_item),
    .members = s_TransactWriteItem_members,
    .member_count = 4,
    .by_wire_name = s_TransactWriteItem_by_wire_name,
};

static const struct awsc_shape s_TransactWriteItemList = {
    .name = "TransactWriteItemList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_transact_write_item_list),
    .range = &s_TransactWriteItemList_range,
    .item = &s_TransactWriteItem,
};

const struct awsc_shape awsc__dynamodb_TransactWriteItemsInput = {
    .name = "TransactWriteItemsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_transact_write_items_input),
    .members = awsc__dynamodb_TransactWriteItemsInput_members,
    .member_count = 4,
    .by_wire_name = awsc__dynamodb_TransactWriteItemsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_TransactWriteItemsOutput = {
    .name = "TransactWriteItemsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_transact_write_items_output),
    .members = awsc__dynamodb_TransactWriteItemsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_TransactWriteItemsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_TransactionCanceledException = {
    .name = "TransactionCanceledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_transaction_canceled_exception),
    .members = awsc__dynamodb_TransactionCanceledException_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_TransactionCanceledException_by_wire_name,
    .error_code = "TransactionCanceledException",
    .http_status = 0,
};

const struct awsc_shape awsc__dynamodb_TransactionConflictException = {
    .name = "TransactionConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_transaction_conflict_exception),
    .members = awsc__dynamodb_TransactionConflictException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_TransactionConflictException_by_wire_name,
    .error_code = "TransactionConflictException",
    .http_status = 0,
};

const struct awsc_shape awsc__dynamodb_TransactionInProgressException = {
    .name = "TransactionInProgressException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_dynamodb_transaction_in_progress_exception),
    .members = awsc__dynamodb_TransactionInProgressException_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_TransactionInProgressException_by_wire_name,
    .error_code = "TransactionInProgressException",
    .http_status = 0,
};

const struct awsc_shape awsc__dynamodb_UntagResourceInput = {
    .name = "UntagResourceInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_untag_resource_input),
    .members = awsc__dynamodb_UntagResourceInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_UntagResourceInput_by_wire_name,
};

static const struct awsc_shape s_Update = {
    .name = "Update",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update),
    .members = s_Update_members,
    .member_count = 7,
    .by_wire_name = s_Update_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateContinuousBackupsInput = {
    .name = "UpdateContinuousBackupsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_continuous_backups_input),
    .members = awsc__dynamodb_UpdateContinuousBackupsInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_UpdateContinuousBackupsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateContinuousBackupsOutput = {
    .name = "UpdateContinuousBackupsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_continuous_backups_output),
    .members = awsc__dynamodb_UpdateContinuousBackupsOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_UpdateContinuousBackupsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateContributorInsightsInput = {
    .name = "UpdateContributorInsightsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_contributor_insights_input),
    .members = awsc__dynamodb_UpdateContributorInsightsInput_members,
    .member_count = 4,
    .by_wire_name = awsc__dynamodb_UpdateContributorInsightsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateContributorInsightsOutput = {
    .name = "UpdateContributorInsightsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_contributor_insights_output),
    .members = awsc__dynamodb_UpdateContributorInsightsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__dynamodb_UpdateContributorInsightsOutput_by_wire_name,
};

static const struct awsc_shape s_UpdateExpression = {
    .name = "UpdateExpression",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_UpdateGlobalSecondaryIndexAction = {
    .name = "UpdateGlobalSecondaryIndexAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_global_secondary_index_action),
    .members = s_UpdateGlobalSecondaryIndexAction_members,
    .member_count = 4,
    .by_wire_name = s_UpdateGlobalSecondaryIndexAction_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateGlobalTableInput = {
    .name = "UpdateGlobalTableInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_global_table_input),
    .members = awsc__dynamodb_UpdateGlobalTableInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_UpdateGlobalTableInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateGlobalTableOutput = {
    .name = "UpdateGlobalTableOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_global_table_output),
    .members = awsc__dynamodb_UpdateGlobalTableOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_UpdateGlobalTableOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateGlobalTableSettingsInput = {
    .name = "UpdateGlobalTableSettingsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_global_table_settings_input),
    .members = awsc__dynamodb_UpdateGlobalTableSettingsInput_members,
    .member_count = 6,
    .by_wire_name = awsc__dynamodb_UpdateGlobalTableSettingsInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateGlobalTableSettingsOutput = {
    .name = "UpdateGlobalTableSettingsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_global_table_settings_output),
    .members = awsc__dynamodb_UpdateGlobalTableSettingsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_UpdateGlobalTableSettingsOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateItemInput = {
    .name = "UpdateItemInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_item_input),
    .members = awsc__dynamodb_UpdateItemInput_members,
    .member_count = 13,
    .by_wire_name = awsc__dynamodb_UpdateItemInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateItemOutput = {
    .name = "UpdateItemOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_item_output),
    .members = awsc__dynamodb_UpdateItemOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_UpdateItemOutput_by_wire_name,
};

static const struct awsc_shape s_UpdateKinesisStreamingConfiguration = {
    .name = "UpdateKinesisStreamingConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_kinesis_streaming_configuration),
    .members = s_UpdateKinesisStreamingConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_UpdateKinesisStreamingConfiguration_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateKinesisStreamingDestinationInput = {
    .name = "UpdateKinesisStreamingDestinationInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_kinesis_streaming_destination_input),
    .members = awsc__dynamodb_UpdateKinesisStreamingDestinationInput_members,
    .member_count = 3,
    .by_wire_name = awsc__dynamodb_UpdateKinesisStreamingDestinationInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateKinesisStreamingDestinationOutput = {
    .name = "UpdateKinesisStreamingDestinationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_kinesis_streaming_destination_output),
    .members = awsc__dynamodb_UpdateKinesisStreamingDestinationOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__dynamodb_UpdateKinesisStreamingDestinationOutput_by_wire_name,
};

static const struct awsc_shape s_UpdateReplicationGroupMemberAction = {
    .name = "UpdateReplicationGroupMemberAction",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_replication_group_member_action),
    .members = s_UpdateReplicationGroupMemberAction_members,
    .member_count = 6,
    .by_wire_name = s_UpdateReplicationGroupMemberAction_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateTableInput = {
    .name = "UpdateTableInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_table_input),
    .members = awsc__dynamodb_UpdateTableInput_members,
    .member_count = 16,
    .by_wire_name = awsc__dynamodb_UpdateTableInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateTableOutput = {
    .name = "UpdateTableOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_table_output),
    .members = awsc__dynamodb_UpdateTableOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_UpdateTableOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateTableReplicaAutoScalingInput = {
    .name = "UpdateTableReplicaAutoScalingInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_table_replica_auto_scaling_input),
    .members = awsc__dynamodb_UpdateTableReplicaAutoScalingInput_members,
    .member_count = 4,
    .by_wire_name = awsc__dynamodb_UpdateTableReplicaAutoScalingInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateTableReplicaAutoScalingOutput = {
    .name = "UpdateTableReplicaAutoScalingOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_table_replica_auto_scaling_output),
    .members = awsc__dynamodb_UpdateTableReplicaAutoScalingOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_UpdateTableReplicaAutoScalingOutput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateTimeToLiveInput = {
    .name = "UpdateTimeToLiveInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_time_to_live_input),
    .members = awsc__dynamodb_UpdateTimeToLiveInput_members,
    .member_count = 2,
    .by_wire_name = awsc__dynamodb_UpdateTimeToLiveInput_by_wire_name,
};

const struct awsc_shape awsc__dynamodb_UpdateTimeToLiveOutput = {
    .name = "UpdateTimeToLiveOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_update_time_to_live_output),
    .members = awsc__dynamodb_UpdateTimeToLiveOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__dynamodb_UpdateTimeToLiveOutput_by_wire_name,
};

static const struct awsc_shape s_VectorAttributeDefinition = {
    .name = "VectorAttributeDefinition",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_vector_attribute_definition),
    .members = s_VectorAttributeDefinition_members,
    .member_count = 1,
    .by_wire_name = s_VectorAttributeDefinition_by_wire_name,
};

static const struct awsc_shape s_VectorAttributeName = {
    .name = "VectorAttributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_VectorAttributeName_range,
};

static const struct awsc_shape s_VectorCapacity = {
    .name = "VectorCapacity",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_vector_capacity),
    .members = s_VectorCapacity_members,
    .member_count = 2,
    .by_wire_name = s_VectorCapacity_by_wire_name,
};

static const struct awsc_shape s_VectorDistanceFunction = {
    .name = "VectorDistanceFunction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_VectorDistanceFunction_values,
    .enum_count = 3,
};

static const struct awsc_shape s_VectorIndex = {
    .name = "VectorIndex",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_vector_index),
    .members = s_VectorIndex_members,
    .member_count = 6,
    .by_wire_name = s_VectorIndex_by_wire_name,
};

static const struct awsc_shape s_VectorIndexDescription = {
    .name = "VectorIndexDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_vector_index_description),
    .members = s_VectorIndexDescription_members,
    .member_count = 11,
    .by_wire_name = s_VectorIndexDescription_by_wire_name,
};

static const struct awsc_shape s_VectorIndexDescriptionList = {
    .name = "VectorIndexDescriptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_vector_index_description_list),
    .item = &s_VectorIndexDescription,
};

static const struct awsc_shape s_VectorIndexInfo = {
    .name = "VectorIndexInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_vector_index_info),
    .members = s_VectorIndexInfo_members,
    .member_count = 6,
    .by_wire_name = s_VectorIndexInfo_by_wire_name,
};

static const struct awsc_shape s_VectorIndexList = {
    .name = "VectorIndexList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_vector_index_list),
    .item = &s_VectorIndex,
};

static const struct awsc_shape s_VectorIndexUpdate = {
    .name = "VectorIndexUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_vector_index_update),
    .members = s_VectorIndexUpdate_members,
    .member_count = 2,
    .by_wire_name = s_VectorIndexUpdate_by_wire_name,
};

static const struct awsc_shape s_VectorIndexUpdateList = {
    .name = "VectorIndexUpdateList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_vector_index_update_list),
    .item = &s_VectorIndexUpdate,
};

static const struct awsc_shape s_VectorIndexes = {
    .name = "VectorIndexes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_vector_indexes),
    .item = &s_VectorIndexInfo,
};

static const struct awsc_shape s_VectorIndexesCapacityMap = {
    .name = "VectorIndexesCapacityMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_dynamodb_vector_indexes_capacity_map),
    .item = &s_VectorCapacity,
    .key = &s_IndexName,
    .value_offset = offsetof(struct awsc_dynamodb_vector_indexes_capacity_map_entry, value),
    .entry_size = sizeof(struct awsc_dynamodb_vector_indexes_capacity_map_entry),
};

static const struct awsc_shape s_WarmThroughput = {
    .name = "WarmThroughput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_warm_throughput),
    .members = s_WarmThroughput_members,
    .member_count = 2,
    .by_wire_name = s_WarmThroughput_by_wire_name,
};

static const struct awsc_shape s_WitnessStatus = {
    .name = "WitnessStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_WitnessStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_WriteRequest = {
    .name = "WriteRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_dynamodb_write_request),
    .members = s_WriteRequest_members,
    .member_count = 2,
    .by_wire_name = s_WriteRequest_by_wire_name,
};

static const struct awsc_shape s_WriteRequests = {
    .name = "WriteRequests",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_dynamodb_write_requests),
    .range = &s_WriteRequests_range,
    .item = &s_WriteRequest,
};
