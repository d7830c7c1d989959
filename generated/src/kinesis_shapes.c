/*
 * kinesis_shapes.c - shape descriptors of Kinesis.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/kinesis.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_kinesis_child_shard_list, count) == offsetof(struct awsc_list_view, count), "ChildShardList");
_Static_assert(offsetof(struct awsc_kinesis_consumer_list, count) == offsetof(struct awsc_list_view, count), "ConsumerList");
_Static_assert(offsetof(struct awsc_kinesis_enhanced_monitoring_list, count) == offsetof(struct awsc_list_view, count), "EnhancedMonitoringList");
_Static_assert(offsetof(struct awsc_kinesis_metrics_name_list, count) == offsetof(struct awsc_list_view, count), "MetricsNameList");
_Static_assert(offsetof(struct awsc_kinesis_put_records_request_entry_list, count) == offsetof(struct awsc_list_view, count), "PutRecordsRequestEntryList");
_Static_assert(offsetof(struct awsc_kinesis_put_records_result_entry_list, count) == offsetof(struct awsc_list_view, count), "PutRecordsResultEntryList");
_Static_assert(offsetof(struct awsc_kinesis_record_list, count) == offsetof(struct awsc_list_view, count), "RecordList");
_Static_assert(offsetof(struct awsc_kinesis_shard_list, count) == offsetof(struct awsc_list_view, count), "ShardList");
_Static_assert(offsetof(struct awsc_kinesis_stream_summary_list, count) == offsetof(struct awsc_list_view, count), "StreamSummaryList");
_Static_assert(offsetof(struct awsc_kinesis_tag_list, count) == offsetof(struct awsc_list_view, count), "TagList");
_Static_assert(offsetof(struct awsc_kinesis_tag_map, count) == offsetof(struct awsc_map_view, count), "TagMap");

extern const struct awsc_shape awsc__kinesis_AccessDeniedException;
extern const struct awsc_shape awsc__kinesis_AddTagsToStreamInput;
static const struct awsc_shape s_BooleanObject;
static const struct awsc_shape s_ChildShard;
static const struct awsc_shape s_ChildShardList;
static const struct awsc_shape s_Consumer;
static const struct awsc_shape s_ConsumerARN;
static const struct awsc_shape s_ConsumerCountObject;
static const struct awsc_shape s_ConsumerDescription;
static const struct awsc_shape s_ConsumerList;
static const struct awsc_shape s_ConsumerName;
static const struct awsc_shape s_ConsumerStatus;
extern const struct awsc_shape awsc__kinesis_CreateStreamInput;
static const struct awsc_shape s_Data;
extern const struct awsc_shape awsc__kinesis_DecreaseStreamRetentionPeriodInput;
extern const struct awsc_shape awsc__kinesis_DeleteResourcePolicyInput;
extern const struct awsc_shape awsc__kinesis_DeleteStreamInput;
extern const struct awsc_shape awsc__kinesis_DeregisterStreamConsumerInput;
extern const struct awsc_shape awsc__kinesis_DescribeAccountSettingsInput;
extern const struct awsc_shape awsc__kinesis_DescribeAccountSettingsOutput;
extern const struct awsc_shape awsc__kinesis_DescribeLimitsInput;
extern const struct awsc_shape awsc__kinesis_DescribeLimitsOutput;
extern const struct awsc_shape awsc__kinesis_DescribeStreamConsumerInput;
extern const struct awsc_shape awsc__kinesis_DescribeStreamConsumerOutput;
extern const struct awsc_shape awsc__kinesis_DescribeStreamInput;
static const struct awsc_shape s_DescribeStreamInputLimit;
extern const struct awsc_shape awsc__kinesis_DescribeStreamOutput;
extern const struct awsc_shape awsc__kinesis_DescribeStreamSummaryInput;
extern const struct awsc_shape awsc__kinesis_DescribeStreamSummaryOutput;
extern const struct awsc_shape awsc__kinesis_DisableEnhancedMonitoringInput;
extern const struct awsc_shape awsc__kinesis_EnableEnhancedMonitoringInput;
static const struct awsc_shape s_EncryptionType;
static const struct awsc_shape s_EnhancedMetrics;
static const struct awsc_shape s_EnhancedMonitoringList;
extern const struct awsc_shape awsc__kinesis_EnhancedMonitoringOutput;
static const struct awsc_shape s_ErrorCode;
static const struct awsc_shape s_ErrorMessage;
extern const struct awsc_shape awsc__kinesis_ExpiredIteratorException;
extern const struct awsc_shape awsc__kinesis_ExpiredNextTokenException;
extern const struct awsc_shape awsc__kinesis_GetRecordsInput;
static const struct awsc_shape s_GetRecordsInputLimit;
extern const struct awsc_shape awsc__kinesis_GetRecordsOutput;
extern const struct awsc_shape awsc__kinesis_GetResourcePolicyInput;
extern const struct awsc_shape awsc__kinesis_GetResourcePolicyOutput;
extern const struct awsc_shape awsc__kinesis_GetShardIteratorInput;
extern const struct awsc_shape awsc__kinesis_GetShardIteratorOutput;
static const struct awsc_shape s_HashKey;
static const struct awsc_shape s_HashKeyRange;
extern const struct awsc_shape awsc__kinesis_IncreaseStreamRetentionPeriodInput;
extern const struct awsc_shape awsc__kinesis_InternalFailureException;
extern const struct awsc_shape awsc__kinesis_InvalidArgumentException;
extern const struct awsc_shape awsc__kinesis_KMSAccessDeniedException;
extern const struct awsc_shape awsc__kinesis_KMSDisabledException;
extern const struct awsc_shape awsc__kinesis_KMSInvalidStateException;
extern const struct awsc_shape awsc__kinesis_KMSNotFoundException;
extern const struct awsc_shape awsc__kinesis_KMSOptInRequired;
extern const struct awsc_shape awsc__kinesis_KMSThrottlingException;
static const struct awsc_shape s_KeyId;
extern const struct awsc_shape awsc__kinesis_LimitExceededException;
extern const struct awsc_shape awsc__kinesis_ListShardsInput;
static const struct awsc_shape s_ListShardsInputLimit;
extern const struct awsc_shape awsc__kinesis_ListShardsOutput;
extern const struct awsc_shape awsc__kinesis_ListStreamConsumersInput;
static const struct awsc_shape s_ListStreamConsumersInputLimit;
extern const struct awsc_shape awsc__kinesis_ListStreamConsumersOutput;
extern const struct awsc_shape awsc__kinesis_ListStreamsInput;
static const struct awsc_shape s_ListStreamsInputLimit;
extern const struct awsc_shape awsc__kinesis_ListStreamsOutput;
extern const struct awsc_shape awsc__kinesis_ListTagsForResourceInput;
extern const struct awsc_shape awsc__kinesis_ListTagsForResourceOutput;
extern const struct awsc_shape awsc__kinesis_ListTagsForStreamInput;
static const struct awsc_shape s_ListTagsForStreamInputLimit;
extern const struct awsc_shape awsc__kinesis_ListTagsForStreamOutput;
static const struct awsc_shape s_MaxRecordSizeInKiB;
extern const struct awsc_shape awsc__kinesis_MergeShardsInput;
static const struct awsc_shape s_MetricsName;
static const struct awsc_shape s_MetricsNameList;
static const struct awsc_shape s_MillisBehindLatest;
static const struct awsc_shape s_MinimumThroughputBillingCommitmentInput;
static const struct awsc_shape s_MinimumThroughputBillingCommitmentInputStatus;
static const struct awsc_shape s_MinimumThroughputBillingCommitmentOutput;
static const struct awsc_shape s_MinimumThroughputBillingCommitmentOutputStatus;
static const struct awsc_shape s_NaturalIntegerObject;
static const struct awsc_shape s_NextToken;
static const struct awsc_shape s_OnDemandStreamCountLimitObject;
static const struct awsc_shape s_OnDemandStreamCountObject;
static const struct awsc_shape s_PartitionKey;
static const struct awsc_shape s_Policy;
static const struct awsc_shape s_PositiveIntegerObject;
extern const struct awsc_shape awsc__kinesis_ProvisionedThroughputExceededException;
extern const struct awsc_shape awsc__kinesis_PutRecordInput;
extern const struct awsc_shape awsc__kinesis_PutRecordOutput;
extern const struct awsc_shape awsc__kinesis_PutRecordsInput;
extern const struct awsc_shape awsc__kinesis_PutRecordsOutput;
static const struct awsc_shape s_PutRecordsRequestEntry;
static const struct awsc_shape s_PutRecordsRequestEntryList;
static const struct awsc_shape s_PutRecordsResultEntry;
static const struct awsc_shape s_PutRecordsResultEntryList;
extern const struct awsc_shape awsc__kinesis_PutResourcePolicyInput;
static const struct awsc_shape s_Record;
static const struct awsc_shape s_RecordList;
extern const struct awsc_shape awsc__kinesis_RegisterStreamConsumerInput;
extern const struct awsc_shape awsc__kinesis_RegisterStreamConsumerOutput;
extern const struct awsc_shape awsc__kinesis_RemoveTagsFromStreamInput;
static const struct awsc_shape s_ResourceARN;
extern const struct awsc_shape awsc__kinesis_ResourceInUseException;
extern const struct awsc_shape awsc__kinesis_ResourceNotFoundException;
static const struct awsc_shape s_RetentionPeriodHours;
static const struct awsc_shape s_ScalingType;
static const struct awsc_shape s_SequenceNumber;
static const struct awsc_shape s_SequenceNumberRange;
static const struct awsc_shape s_Shard;
static const struct awsc_shape s_ShardCountObject;
static const struct awsc_shape s_ShardFilter;
static const struct awsc_shape s_ShardFilterType;
static const struct awsc_shape s_ShardId;
static const struct awsc_shape s_ShardIdList;
static const struct awsc_shape s_ShardIterator;
static const struct awsc_shape s_ShardIteratorType;
static const struct awsc_shape s_ShardList;
extern const struct awsc_shape awsc__kinesis_SplitShardInput;
extern const struct awsc_shape awsc__kinesis_StartStreamEncryptionInput;
static const struct awsc_shape s_StartingPosition;
extern const struct awsc_shape awsc__kinesis_StopStreamEncryptionInput;
static const struct awsc_shape s_StreamARN;
static const struct awsc_shape s_StreamDescription;
static const struct awsc_shape s_StreamDescriptionSummary;
static const struct awsc_shape s_StreamId;
static const struct awsc_shape s_StreamMode;
static const struct awsc_shape s_StreamModeDetails;
static const struct awsc_shape s_StreamName;
static const struct awsc_shape s_StreamNameList;
static const struct awsc_shape s_StreamStatus;
static const struct awsc_shape s_StreamSummary;
static const struct awsc_shape s_StreamSummaryList;
static const struct awsc_shape s_SubscribeToShardEvent;
static const struct awsc_shape s_SubscribeToShardEventStream;
extern const struct awsc_shape awsc__kinesis_SubscribeToShardInput;
extern const struct awsc_shape awsc__kinesis_SubscribeToShardOutput;
static const struct awsc_shape s_Tag;
static const struct awsc_shape s_TagKey;
static const struct awsc_shape s_TagKeyList;
static const struct awsc_shape s_TagList;
static const struct awsc_shape s_TagMap;
extern const struct awsc_shape awsc__kinesis_TagResourceInput;
static const struct awsc_shape s_TagValue;
static const struct awsc_shape s_Timestamp;
extern const struct awsc_shape awsc__kinesis_UntagResourceInput;
extern const struct awsc_shape awsc__kinesis_UpdateAccountSettingsInput;
extern const struct awsc_shape awsc__kinesis_UpdateAccountSettingsOutput;
extern const struct awsc_shape awsc__kinesis_UpdateMaxRecordSizeInput;
extern const struct awsc_shape awsc__kinesis_UpdateShardCountInput;
extern const struct awsc_shape awsc__kinesis_UpdateShardCountOutput;
extern const struct awsc_shape awsc__kinesis_UpdateStreamModeInput;
extern const struct awsc_shape awsc__kinesis_UpdateStreamWarmThroughputInput;
extern const struct awsc_shape awsc__kinesis_UpdateStreamWarmThroughputOutput;
extern const struct awsc_shape awsc__kinesis_ValidationException;
static const struct awsc_shape s_WarmThroughputObject;

/* one after the other, each ending with its NUL */
static const char s_ConsumerStatus_values[] =
    "CREATING\0"
    "DELETING\0"
    "ACTIVE\0";

enum awsc_kinesis_consumer_status awsc_kinesis_consumer_status_parse(const char *value)
{
    return (enum awsc_kinesis_consumer_status)awsc_enum_parse(s_ConsumerStatus_values, 3, value);
}

const char *awsc_kinesis_consumer_status_str(enum awsc_kinesis_consumer_status value)
{
    return awsc_enum_str(s_ConsumerStatus_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EncryptionType_values[] =
    "NONE\0"
    "KMS\0";

enum awsc_kinesis_encryption_type awsc_kinesis_encryption_type_parse(const char *value)
{
    return (enum awsc_kinesis_encryption_type)awsc_enum_parse(s_EncryptionType_values, 2, value);
}

const char *awsc_kinesis_encryption_type_str(enum awsc_kinesis_encryption_type value)
{
    return awsc_enum_str(s_EncryptionType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MetricsName_values[] =
    "IncomingBytes\0"
    "IncomingRecords\0"
    "OutgoingBytes\0"
    "OutgoingRecords\0"
    "WriteProvisionedThroughputExceeded\0"
    "ReadProvisionedThroughputExceeded\0"
    "IteratorAgeMilliseconds\0"
    "ALL\0";

enum awsc_kinesis_metrics_name awsc_kinesis_metrics_name_parse(const char *value)
{
    return (enum awsc_kinesis_metrics_name)awsc_enum_parse(s_MetricsName_values, 8, value);
}

const char *awsc_kinesis_metrics_name_str(enum awsc_kinesis_metrics_name value)
{
    return awsc_enum_str(s_MetricsName_values, 8, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MinimumThroughputBillingCommitmentInputStatus_values[] =
    "ENABLED\0"
    "DISABLED\0";

enum awsc_kinesis_minimum_throughput_billing_commitment_input_status awsc_kinesis_minimum_throughput_billing_commitment_input_status_parse(const char *value)
{
    return (enum awsc_kinesis_minimum_throughput_billing_commitment_input_status)awsc_enum_parse(s_MinimumThroughputBillingCommitmentInputStatus_values, 2, value);
}

const char *awsc_kinesis_minimum_throughput_billing_commitment_input_status_str(enum awsc_kinesis_minimum_throughput_billing_commitment_input_status value)
{
    return awsc_enum_str(s_MinimumThroughputBillingCommitmentInputStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MinimumThroughputBillingCommitmentOutputStatus_values[] =
    "ENABLED\0"
    "DISABLED\0"
    "ENABLED_UNTIL_EARLIEST_ALLOWED_END\0";

enum awsc_kinesis_minimum_throughput_billing_commitment_output_status awsc_kinesis_minimum_throughput_billing_commitment_output_status_parse(const char *value)
{
    return (enum awsc_kinesis_minimum_throughput_billing_commitment_output_status)awsc_enum_parse(s_MinimumThroughputBillingCommitmentOutputStatus_values, 3, value);
}

const char *awsc_kinesis_minimum_throughput_billing_commitment_output_status_str(enum awsc_kinesis_minimum_throughput_billing_commitment_output_status value)
{
    return awsc_enum_str(s_MinimumThroughputBillingCommitmentOutputStatus_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ScalingType_values[] =
    "UNIFORM_SCALING\0";

enum awsc_kinesis_scaling_type awsc_kinesis_scaling_type_parse(const char *value)
{
    return (enum awsc_kinesis_scaling_type)awsc_enum_parse(s_ScalingType_values, 1, value);
}

const char *awsc_kinesis_scaling_type_str(enum awsc_kinesis_scaling_type value)
{
    return awsc_enum_str(s_ScalingType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ShardFilterType_values[] =
    "AFTER_SHARD_ID\0"
    "AT_TRIM_HORIZON\0"
    "FROM_TRIM_HORIZON\0"
    "AT_LATEST\0"
    "AT_TIMESTAMP\0"
    "FROM_TIMESTAMP\0";

enum awsc_kinesis_shard_filter_type awsc_kinesis_shard_filter_type_parse(const char *value)
{
    return (enum awsc_kinesis_shard_filter_type)awsc_enum_parse(s_ShardFilterType_values, 6, value);
}

const char *awsc_kinesis_shard_filter_type_str(enum awsc_kinesis_shard_filter_type value)
{
    return awsc_enum_str(s_ShardFilterType_values, 6, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ShardIteratorType_values[] =
    "AT_SEQUENCE_NUMBER\0"
    "AFTER_SEQUENCE_NUMBER\0"
    "TRIM_HORIZON\0"
    "LATEST\0"
    "AT_TIMESTAMP\0";

enum awsc_kinesis_shard_iterator_type awsc_kinesis_shard_iterator_type_parse(const char *value)
{
    return (enum awsc_kinesis_shard_iterator_type)awsc_enum_parse(s_ShardIteratorType_values, 5, value);
}

const char *awsc_kinesis_shard_iterator_type_str(enum awsc_kinesis_shard_iterator_type value)
{
    return awsc_enum_str(s_ShardIteratorType_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StreamMode_values[] =
    "PROVISIONED\0"
    "ON_DEMAND\0";

enum awsc_kinesis_stream_mode awsc_kinesis_stream_mode_parse(const char *value)
{
    return (enum awsc_kinesis_stream_mode)awsc_enum_parse(s_StreamMode_values, 2, value);
}

const char *awsc_kinesis_stream_mode_str(enum awsc_kinesis_stream_mode value)
{
    return awsc_enum_str(s_StreamMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StreamStatus_values[] =
    "CREATING\0"
    "DELETING\0"
    "ACTIVE\0"
    "UPDATING\0";

enum awsc_kinesis_stream_status awsc_kinesis_stream_status_parse(const char *value)
{
    return (enum awsc_kinesis_stream_status)awsc_enum_parse(s_StreamStatus_values, 4, value);
}

const char *awsc_kinesis_stream_status_str(enum awsc_kinesis_stream_status value)
{
    return awsc_enum_str(s_StreamStatus_values, 4, (int)value);
}

static const struct awsc_range s_ConsumerARN_range = { true, true, 1, 2048 };
static const struct awsc_range s_ConsumerCountObject_range = { true, true, 0, 1000000 };
static const struct awsc_range s_ConsumerName_range = { true, true, 1, 128 };
static const struct awsc_range s_Data_range = { true, true, 0, 10485760 };
static const struct awsc_range s_DescribeStreamInputLimit_range = { true, true, 1, 10000 };
static const struct awsc_range s_GetRecordsInputLimit_range = { true, true, 1, 10000 };
static const struct awsc_range s_KeyId_range = { true, true, 1, 2048 };
static const struct awsc_range s_ListShardsInputLimit_range = { true, true, 1, 10000 };
static const struct awsc_range s_ListStreamConsumersInputLimit_range = { true, true, 1, 10000 };
static const struct awsc_range s_ListStreamsInputLimit_range = { true, true, 1, 10000 };
static const struct awsc_range s_ListTagsForStreamInputLimit_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxRecordSizeInKiB_range = { true, true, 1024, 10240 };
static const struct awsc_range s_MetricsNameList_range = { true, true, 1, 7 };
static const struct awsc_range s_MillisBehindLatest_range = { true, false, 0, 0 };
static const struct awsc_range s_NaturalIntegerObject_range = { true, false, 0, 0 };
static const struct awsc_range s_NextToken_range = { true, true, 1, 1048576 };
static const struct awsc_range s_OnDemandStreamCountLimitObject_range = { true, true, 0, 1000000 };
static const struct awsc_range s_OnDemandStreamCountObject_range = { true, true, 0, 1000000 };
static const struct awsc_range s_PartitionKey_range = { true, true, 1, 256 };
static const struct awsc_range s_PositiveIntegerObject_range = { true, false, 1, 0 };
static const struct awsc_range s_PutRecordsRequestEntryList_range = { true, true, 1, 500 };
static const struct awsc_range s_PutRecordsResultEntryList_range = { true, true, 1, 500 };
static const struct awsc_range s_ResourceARN_range = { true, true, 1, 2048 };
static const struct awsc_range s_ShardCountObject_range = { true, true, 0, 1000000 };
static const struct awsc_range s_ShardId_range = { true, true, 1, 128 };
static const struct awsc_range s_ShardIterator_range = { true, true, 1, 512 };
static const struct awsc_range s_StreamARN_range = { true, true, 1, 2048 };
static const struct awsc_range s_StreamId_range = { true, true, 1, 24 };
static const struct awsc_range s_StreamName_range = { true, true, 1, 128 };
static const struct awsc_range s_TagKey_range = { true, true, 1, 128 };
static const struct awsc_range s_TagKeyList_range = { true, true, 1, 50 };
static const struct awsc_range s_TagList_range = { true, true, 0, 200 };
static const struct awsc_range s_TagMap_range = { true, true, 1, 200 };
static const struct awsc_range s_TagValue_range = { true, true, 0, 256 };

static const struct awsc_member awsc__kinesis_AccessDeniedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_AccessDeniedException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_AddTagsToStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_add_tags_to_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagMap, offsetof(struct awsc_kinesis_add_tags_to_stream_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_add_tags_to_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_add_tags_to_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_AddTagsToStreamInput_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_ChildShard_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ShardId", &s_ShardId, offsetof(struct awsc_kinesis_child_shard, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ParentShards", &s_ShardIdList, offsetof(struct awsc_kinesis_child_shard, parent_shards), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HashKeyRange", &s_HashKeyRange, offsetof(struct awsc_kinesis_child_shard, hash_key_range), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChildShard_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_Consumer_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsumerName", &s_ConsumerName, offsetof(struct awsc_kinesis_consumer, consumer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerARN", &s_ConsumerARN, offsetof(struct awsc_kinesis_consumer, consumer_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerStatus", &s_ConsumerStatus, offsetof(struct awsc_kinesis_consumer, consumer_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerCreationTimestamp", &s_Timestamp, offsetof(struct awsc_kinesis_consumer, consumer_creation_timestamp), offsetof(struct awsc_kinesis_consumer, has_consumer_creation_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Consumer_by_wire_name[] = { 1, 3, 0, 2 };

static const struct awsc_member s_ConsumerDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsumerName", &s_ConsumerName, offsetof(struct awsc_kinesis_consumer_description, consumer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerARN", &s_ConsumerARN, offsetof(struct awsc_kinesis_consumer_description, consumer_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerStatus", &s_ConsumerStatus, offsetof(struct awsc_kinesis_consumer_description, consumer_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerCreationTimestamp", &s_Timestamp, offsetof(struct awsc_kinesis_consumer_description, consumer_creation_timestamp), offsetof(struct awsc_kinesis_consumer_description, has_consumer_creation_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_consumer_description, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConsumerDescription_by_wire_name[] = { 1, 3, 0, 2, 4 };

static const struct awsc_member awsc__kinesis_CreateStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_create_stream_input, stream_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardCount", &s_PositiveIntegerObject, offsetof(struct awsc_kinesis_create_stream_input, shard_count), offsetof(struct awsc_kinesis_create_stream_input, has_shard_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamModeDetails", &s_StreamModeDetails, offsetof(struct awsc_kinesis_create_stream_input, stream_mode_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagMap, offsetof(struct awsc_kinesis_create_stream_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughputMiBps", &s_NaturalIntegerObject, offsetof(struct awsc_kinesis_create_stream_input, warm_throughput_mi_bps), offsetof(struct awsc_kinesis_create_stream_input, has_warm_throughput_mi_bps), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxRecordSizeInKiB", &s_MaxRecordSizeInKiB, offsetof(struct awsc_kinesis_create_stream_input, max_record_size_in_ki_b), offsetof(struct awsc_kinesis_create_stream_input, has_max_record_size_in_ki_b), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_CreateStreamInput_by_wire_name[] = { 5, 1, 2, 0, 3, 4 };

static const struct awsc_member awsc__kinesis_DecreaseStreamRetentionPeriodInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RetentionPeriodHours", &s_RetentionPeriodHours, offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, retention_period_hours), offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, has_retention_period_hours), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DecreaseStreamRetentionPeriodInput_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member awsc__kinesis_DeleteResourcePolicyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceARN", &s_ResourceARN, offsetof(struct awsc_kinesis_delete_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_delete_resource_policy_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DeleteResourcePolicyInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__kinesis_DeleteStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_delete_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnforceConsumerDeletion", &s_BooleanObject, offsetof(struct awsc_kinesis_delete_stream_input, enforce_consumer_deletion), offsetof(struct awsc_kinesis_delete_stream_input, has_enforce_consumer_deletion), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_delete_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_delete_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DeleteStreamInput_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member awsc__kinesis_DeregisterStreamConsumerInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_deregister_stream_consumer_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerName", &s_ConsumerName, offsetof(struct awsc_kinesis_deregister_stream_consumer_input, consumer_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerARN", &s_ConsumerARN, offsetof(struct awsc_kinesis_deregister_stream_consumer_input, consumer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_deregister_stream_consumer_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DeregisterStreamConsumerInput_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member awsc__kinesis_DescribeAccountSettingsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MinimumThroughputBillingCommitment", &s_MinimumThroughputBillingCommitmentOutput, offsetof(struct awsc_kinesis_describe_account_settings_output, minimum_throughput_billing_commitment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DescribeAccountSettingsOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_DescribeLimitsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ShardLimit", &s_ShardCountObject, offsetof(struct awsc_kinesis_describe_limits_output, shard_limit), offsetof(struct awsc_kinesis_describe_limits_output, has_shard_limit), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OpenShardCount", &s_ShardCountObject, offsetof(struct awsc_kinesis_describe_limits_output, open_shard_count), offsetof(struct awsc_kinesis_describe_limits_output, has_open_shard_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandStreamCount", &s_OnDemandStreamCountObject, offsetof(struct awsc_kinesis_describe_limits_output, on_demand_stream_count), offsetof(struct awsc_kinesis_describe_limits_output, has_on_demand_stream_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnDemandStreamCountLimit", &s_OnDemandStreamCountLimitObject, offsetof(struct awsc_kinesis_describe_limits_output, on_demand_stream_count_limit), offsetof(struct awsc_kinesis_describe_limits_output, has_on_demand_stream_count_limit), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DescribeLimitsOutput_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member awsc__kinesis_DescribeStreamConsumerInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_describe_stream_consumer_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerName", &s_ConsumerName, offsetof(struct awsc_kinesis_describe_stream_consumer_input, consumer_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerARN", &s_ConsumerARN, offsetof(struct awsc_kinesis_describe_stream_consumer_input, consumer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_describe_stream_consumer_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DescribeStreamConsumerInput_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member awsc__kinesis_DescribeStreamConsumerOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsumerDescription", &s_ConsumerDescription, offsetof(struct awsc_kinesis_describe_stream_consumer_output, consumer_description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DescribeStreamConsumerOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_DescribeStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_describe_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Limit", &s_DescribeStreamInputLimit, offsetof(struct awsc_kinesis_describe_stream_input, limit), offsetof(struct awsc_kinesis_describe_stream_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExclusiveStartShardId", &s_ShardId, offsetof(struct awsc_kinesis_describe_stream_input, exclusive_start_shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_describe_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_describe_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DescribeStreamInput_by_wire_name[] = { 2, 1, 3, 4, 0 };

static const struct awsc_member awsc__kinesis_DescribeStreamOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamDescription", &s_StreamDescription, offsetof(struct awsc_kinesis_describe_stream_output, stream_description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DescribeStreamOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_DescribeStreamSummaryInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_describe_stream_summary_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_describe_stream_summary_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_describe_stream_summary_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DescribeStreamSummaryInput_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__kinesis_DescribeStreamSummaryOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamDescriptionSummary", &s_StreamDescriptionSummary, offsetof(struct awsc_kinesis_describe_stream_summary_output, stream_description_summary), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DescribeStreamSummaryOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_DisableEnhancedMonitoringInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardLevelMetrics", &s_MetricsNameList, offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, shard_level_metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_DisableEnhancedMonitoringInput_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member awsc__kinesis_EnableEnhancedMonitoringInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardLevelMetrics", &s_MetricsNameList, offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, shard_level_metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_EnableEnhancedMonitoringInput_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member s_EnhancedMetrics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ShardLevelMetrics", &s_MetricsNameList, offsetof(struct awsc_kinesis_enhanced_metrics, shard_level_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EnhancedMetrics_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_EnhancedMonitoringOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_enhanced_monitoring_output, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CurrentShardLevelMetrics", &s_MetricsNameList, offsetof(struct awsc_kinesis_enhanced_monitoring_output, current_shard_level_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DesiredShardLevelMetrics", &s_MetricsNameList, offsetof(struct awsc_kinesis_enhanced_monitoring_output, desired_shard_level_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_enhanced_monitoring_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_EnhancedMonitoringOutput_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member awsc__kinesis_ExpiredIteratorException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_expired_iterator_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ExpiredIteratorException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_ExpiredNextTokenException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_expired_next_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ExpiredNextTokenException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_GetRecordsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ShardIterator", &s_ShardIterator, offsetof(struct awsc_kinesis_get_records_input, shard_iterator), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Limit", &s_GetRecordsInputLimit, offsetof(struct awsc_kinesis_get_records_input, limit), offsetof(struct awsc_kinesis_get_records_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_get_records_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_get_records_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_GetRecordsInput_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member awsc__kinesis_GetRecordsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Records", &s_RecordList, offsetof(struct awsc_kinesis_get_records_output, records), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextShardIterator", &s_ShardIterator, offsetof(struct awsc_kinesis_get_records_output, next_shard_iterator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MillisBehindLatest", &s_MillisBehindLatest, offsetof(struct awsc_kinesis_get_records_output, millis_behind_latest), offsetof(struct awsc_kinesis_get_records_output, has_millis_behind_latest), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChildShards", &s_ChildShardList, offsetof(struct awsc_kinesis_get_records_output, child_shards), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_GetRecordsOutput_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member awsc__kinesis_GetResourcePolicyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceARN", &s_ResourceARN, offsetof(struct awsc_kinesis_get_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_get_resource_policy_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_GetResourcePolicyInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__kinesis_GetResourcePolicyOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Policy", &s_Policy, offsetof(struct awsc_kinesis_get_resource_policy_output, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_GetResourcePolicyOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_GetShardIteratorInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_get_shard_iterator_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardId", &s_ShardId, offsetof(struct awsc_kinesis_get_shard_iterator_input, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardIteratorType", &s_ShardIteratorType, offsetof(struct awsc_kinesis_get_shard_iterator_input, shard_iterator_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartingSequenceNumber", &s_SequenceNumber, offsetof(struct awsc_kinesis_get_shard_iterator_input, starting_sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timestamp", &s_Timestamp, offsetof(struct awsc_kinesis_get_shard_iterator_input, timestamp), offsetof(struct awsc_kinesis_get_shard_iterator_input, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_get_shard_iterator_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_get_shard_iterator_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_GetShardIteratorInput_by_wire_name[] = { 1, 2, 3, 5, 6, 0, 4 };

static const struct awsc_member awsc__kinesis_GetShardIteratorOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ShardIterator", &s_ShardIterator, offsetof(struct awsc_kinesis_get_shard_iterator_output, shard_iterator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_GetShardIteratorOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_HashKeyRange_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StartingHashKey", &s_HashKey, offsetof(struct awsc_kinesis_hash_key_range, starting_hash_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndingHashKey", &s_HashKey, offsetof(struct awsc_kinesis_hash_key_range, ending_hash_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_HashKeyRange_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__kinesis_IncreaseStreamRetentionPeriodInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_increase_stream_retention_period_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RetentionPeriodHours", &s_RetentionPeriodHours, offsetof(struct awsc_kinesis_increase_stream_retention_period_input, retention_period_hours), offsetof(struct awsc_kinesis_increase_stream_retention_period_input, has_retention_period_hours), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_increase_stream_retention_period_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_increase_stream_retention_period_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_IncreaseStreamRetentionPeriodInput_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member awsc__kinesis_InternalFailureException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_internal_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_InternalFailureException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_InvalidArgumentException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_invalid_argument_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_InvalidArgumentException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_KMSAccessDeniedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_kms_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_KMSAccessDeniedException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_KMSDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_kms_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_KMSDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_KMSInvalidStateException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_kms_invalid_state_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_KMSInvalidStateException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_KMSNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_kms_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_KMSNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_KMSOptInRequired_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_kms_opt_in_required, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_KMSOptInRequired_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_KMSThrottlingException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_kms_throttling_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_KMSThrottlingException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_LimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_LimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_ListShardsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_list_shards_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_kinesis_list_shards_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExclusiveStartShardId", &s_ShardId, offsetof(struct awsc_kinesis_list_shards_input, exclusive_start_shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_ListShardsInputLimit, offsetof(struct awsc_kinesis_list_shards_input, max_results), offsetof(struct awsc_kinesis_list_shards_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamCreationTimestamp", &s_Timestamp, offsetof(struct awsc_kinesis_list_shards_input, stream_creation_timestamp), offsetof(struct awsc_kinesis_list_shards_input, has_stream_creation_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardFilter", &s_ShardFilter, offsetof(struct awsc_kinesis_list_shards_input, shard_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_list_shards_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_list_shards_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListShardsInput_by_wire_name[] = { 2, 3, 1, 5, 6, 4, 7, 0 };

static const struct awsc_member awsc__kinesis_ListShardsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Shards", &s_ShardList, offsetof(struct awsc_kinesis_list_shards_output, shards), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_kinesis_list_shards_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListShardsOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__kinesis_ListStreamConsumersInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_list_stream_consumers_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_kinesis_list_stream_consumers_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_ListStreamConsumersInputLimit, offsetof(struct awsc_kinesis_list_stream_consumers_input, max_results), offsetof(struct awsc_kinesis_list_stream_consumers_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamCreationTimestamp", &s_Timestamp, offsetof(struct awsc_kinesis_list_stream_consumers_input, stream_creation_timestamp), offsetof(struct awsc_kinesis_list_stream_consumers_input, has_stream_creation_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_list_stream_consumers_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListStreamConsumersInput_by_wire_name[] = { 2, 1, 0, 3, 4 };

static const struct awsc_member awsc__kinesis_ListStreamConsumersOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Consumers", &s_ConsumerList, offsetof(struct awsc_kinesis_list_stream_consumers_output, consumers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_kinesis_list_stream_consumers_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListStreamConsumersOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__kinesis_ListStreamsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Limit", &s_ListStreamsInputLimit, offsetof(struct awsc_kinesis_list_streams_input, limit), offsetof(struct awsc_kinesis_list_streams_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExclusiveStartStreamName", &s_StreamName, offsetof(struct awsc_kinesis_list_streams_input, exclusive_start_stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_kinesis_list_streams_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListStreamsInput_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__kinesis_ListStreamsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamNames", &s_StreamNameList, offsetof(struct awsc_kinesis_list_streams_output, stream_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HasMoreStreams", &s_BooleanObject, offsetof(struct awsc_kinesis_list_streams_output, has_more_streams), offsetof(struct awsc_kinesis_list_streams_output, has_has_more_streams), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_kinesis_list_streams_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamSummaries", &s_StreamSummaryList, offsetof(struct awsc_kinesis_list_streams_output, stream_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListStreamsOutput_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member awsc__kinesis_ListTagsForResourceInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceARN", &s_ResourceARN, offsetof(struct awsc_kinesis_list_tags_for_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_list_tags_for_resource_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListTagsForResourceInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__kinesis_ListTagsForResourceOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_TagList, offsetof(struct awsc_kinesis_list_tags_for_resource_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListTagsForResourceOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_ListTagsForStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_list_tags_for_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExclusiveStartTagKey", &s_TagKey, offsetof(struct awsc_kinesis_list_tags_for_stream_input, exclusive_start_tag_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Limit", &s_ListTagsForStreamInputLimit, offsetof(struct awsc_kinesis_list_tags_for_stream_input, limit), offsetof(struct awsc_kinesis_list_tags_for_stream_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_list_tags_for_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_list_tags_for_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListTagsForStreamInput_by_wire_name[] = { 1, 2, 3, 4, 0 };

static const struct awsc_member awsc__kinesis_ListTagsForStreamOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_TagList, offsetof(struct awsc_kinesis_list_tags_for_stream_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HasMoreTags", &s_BooleanObject, offsetof(struct awsc_kinesis_list_tags_for_stream_output, has_more_tags), offsetof(struct awsc_kinesis_list_tags_for_stream_output, has_has_more_tags), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ListTagsForStreamOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__kinesis_MergeShardsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_merge_shards_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardToMerge", &s_ShardId, offsetof(struct awsc_kinesis_merge_shards_input, shard_to_merge), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AdjacentShardToMerge", &s_ShardId, offsetof(struct awsc_kinesis_merge_shards_input, adjacent_shard_to_merge), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_merge_shards_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_merge_shards_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_MergeShardsInput_by_wire_name[] = { 2, 1, 3, 4, 0 };

static const struct awsc_member s_MinimumThroughputBillingCommitmentInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_MinimumThroughputBillingCommitmentInputStatus, offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MinimumThroughputBillingCommitmentInput_by_wire_name[] = { 0 };

static const struct awsc_member s_MinimumThroughputBillingCommitmentOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_MinimumThroughputBillingCommitmentOutputStatus, offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartedAt", &s_Timestamp, offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, started_at), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, has_started_at), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndedAt", &s_Timestamp, offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, ended_at), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, has_ended_at), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EarliestAllowedEndAt", &s_Timestamp, offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, earliest_allowed_end_at), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, has_earliest_allowed_end_at), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MinimumThroughputBillingCommitmentOutput_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member awsc__kinesis_ProvisionedThroughputExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_provisioned_throughput_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ProvisionedThroughputExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_PutRecordInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_put_record_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Data", &s_Data, offsetof(struct awsc_kinesis_put_record_input, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PartitionKey", &s_PartitionKey, offsetof(struct awsc_kinesis_put_record_input, partition_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExplicitHashKey", &s_HashKey, offsetof(struct awsc_kinesis_put_record_input, explicit_hash_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SequenceNumberForOrdering", &s_SequenceNumber, offsetof(struct awsc_kinesis_put_record_input, sequence_number_for_ordering), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_put_record_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_put_record_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_PutRecordInput_by_wire_name[] = { 1, 3, 2, 4, 5, 6, 0 };

static const struct awsc_member awsc__kinesis_PutRecordOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ShardId", &s_ShardId, offsetof(struct awsc_kinesis_put_record_output, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SequenceNumber", &s_SequenceNumber, offsetof(struct awsc_kinesis_put_record_output, sequence_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionType", &s_EncryptionType, offsetof(struct awsc_kinesis_put_record_output, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_PutRecordOutput_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__kinesis_PutRecordsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Records", &s_PutRecordsRequestEntryList, offsetof(struct awsc_kinesis_put_records_input, records), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_put_records_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_put_records_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_put_records_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_PutRecordsInput_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__kinesis_PutRecordsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FailedRecordCount", &s_PositiveIntegerObject, offsetof(struct awsc_kinesis_put_records_output, failed_record_count), offsetof(struct awsc_kinesis_put_records_output, has_failed_record_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Records", &s_PutRecordsResultEntryList, offsetof(struct awsc_kinesis_put_records_output, records), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionType", &s_EncryptionType, offsetof(struct awsc_kinesis_put_records_output, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_PutRecordsOutput_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_PutRecordsRequestEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Data", &s_Data, offsetof(struct awsc_kinesis_put_records_request_entry, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExplicitHashKey", &s_HashKey, offsetof(struct awsc_kinesis_put_records_request_entry, explicit_hash_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PartitionKey", &s_PartitionKey, offsetof(struct awsc_kinesis_put_records_request_entry, partition_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PutRecordsRequestEntry_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_PutRecordsResultEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SequenceNumber", &s_SequenceNumber, offsetof(struct awsc_kinesis_put_records_result_entry, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardId", &s_ShardId, offsetof(struct awsc_kinesis_put_records_result_entry, shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorCode", &s_ErrorCode, offsetof(struct awsc_kinesis_put_records_result_entry, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorMessage", &s_ErrorMessage, offsetof(struct awsc_kinesis_put_records_result_entry, error_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PutRecordsResultEntry_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member awsc__kinesis_PutResourcePolicyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceARN", &s_ResourceARN, offsetof(struct awsc_kinesis_put_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_put_resource_policy_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_Policy, offsetof(struct awsc_kinesis_put_resource_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_PutResourcePolicyInput_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_Record_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SequenceNumber", &s_SequenceNumber, offsetof(struct awsc_kinesis_record, sequence_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApproximateArrivalTimestamp", &s_Timestamp, offsetof(struct awsc_kinesis_record, approximate_arrival_timestamp), offsetof(struct awsc_kinesis_record, has_approximate_arrival_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Data", &s_Data, offsetof(struct awsc_kinesis_record, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PartitionKey", &s_PartitionKey, offsetof(struct awsc_kinesis_record, partition_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionType", &s_EncryptionType, offsetof(struct awsc_kinesis_record, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Record_by_wire_name[] = { 1, 2, 4, 3, 0 };

static const struct awsc_member awsc__kinesis_RegisterStreamConsumerInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_register_stream_consumer_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerName", &s_ConsumerName, offsetof(struct awsc_kinesis_register_stream_consumer_input, consumer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_register_stream_consumer_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagMap, offsetof(struct awsc_kinesis_register_stream_consumer_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_RegisterStreamConsumerInput_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member awsc__kinesis_RegisterStreamConsumerOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Consumer", &s_Consumer, offsetof(struct awsc_kinesis_register_stream_consumer_output, consumer), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_RegisterStreamConsumerOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_RemoveTagsFromStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_remove_tags_from_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_TagKeyList, offsetof(struct awsc_kinesis_remove_tags_from_stream_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_remove_tags_from_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_remove_tags_from_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_RemoveTagsFromStreamInput_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member awsc__kinesis_ResourceInUseException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_resource_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ResourceInUseException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_ResourceNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ResourceNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_SequenceNumberRange_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StartingSequenceNumber", &s_SequenceNumber, offsetof(struct awsc_kinesis_sequence_number_range, starting_sequence_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndingSequenceNumber", &s_SequenceNumber, offsetof(struct awsc_kinesis_sequence_number_range, ending_sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SequenceNumberRange_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Shard_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ShardId", &s_ShardId, offsetof(struct awsc_kinesis_shard, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ParentShardId", &s_ShardId, offsetof(struct awsc_kinesis_shard, parent_shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AdjacentParentShardId", &s_ShardId, offsetof(struct awsc_kinesis_shard, adjacent_parent_shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HashKeyRange", &s_HashKeyRange, offsetof(struct awsc_kinesis_shard, hash_key_range), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SequenceNumberRange", &s_SequenceNumberRange, offsetof(struct awsc_kinesis_shard, sequence_number_range), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Shard_by_wire_name[] = { 2, 3, 1, 4, 0 };

static const struct awsc_member s_ShardFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_ShardFilterType, offsetof(struct awsc_kinesis_shard_filter, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardId", &s_ShardId, offsetof(struct awsc_kinesis_shard_filter, shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timestamp", &s_Timestamp, offsetof(struct awsc_kinesis_shard_filter, timestamp), offsetof(struct awsc_kinesis_shard_filter, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ShardFilter_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__kinesis_SplitShardInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_split_shard_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardToSplit", &s_ShardId, offsetof(struct awsc_kinesis_split_shard_input, shard_to_split), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewStartingHashKey", &s_HashKey, offsetof(struct awsc_kinesis_split_shard_input, new_starting_hash_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_split_shard_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_split_shard_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_SplitShardInput_by_wire_name[] = { 2, 1, 3, 4, 0 };

static const struct awsc_member awsc__kinesis_StartStreamEncryptionInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_start_stream_encryption_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionType", &s_EncryptionType, offsetof(struct awsc_kinesis_start_stream_encryption_input, encryption_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyId", &s_KeyId, offsetof(struct awsc_kinesis_start_stream_encryption_input, key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_start_stream_encryption_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_start_stream_encryption_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_StartStreamEncryptionInput_by_wire_name[] = { 1, 2, 3, 4, 0 };

static const struct awsc_member s_StartingPosition_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_ShardIteratorType, offsetof(struct awsc_kinesis_starting_position, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SequenceNumber", &s_SequenceNumber, offsetof(struct awsc_kinesis_starting_position, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timestamp", &s_Timestamp, offsetof(struct awsc_kinesis_starting_position, timestamp), offsetof(struct awsc_kinesis_starting_position, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StartingPosition_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__kinesis_StopStreamEncryptionInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_stop_stream_encryption_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionType", &s_EncryptionType, offsetof(struct awsc_kinesis_stop_stream_encryption_input, encryption_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyId", &s_KeyId, offsetof(struct awsc_kinesis_stop_stream_encryption_input, key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_stop_stream_encryption_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_stop_stream_encryption_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_StopStreamEncryptionInput_by_wire_name[] = { 1, 2, 3, 4, 0 };

static const struct awsc_member s_StreamDescription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_stream_description, stream_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_stream_description, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamStatus", &s_StreamStatus, offsetof(struct awsc_kinesis_stream_description, stream_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamModeDetails", &s_StreamModeDetails, offsetof(struct awsc_kinesis_stream_description, stream_mode_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Shards", &s_ShardList, offsetof(struct awsc_kinesis_stream_description, shards), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HasMoreShards", &s_BooleanObject, offsetof(struct awsc_kinesis_stream_description, has_more_shards), offsetof(struct awsc_kinesis_stream_description, has_has_more_shards), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RetentionPeriodHours", &s_RetentionPeriodHours, offsetof(struct awsc_kinesis_stream_description, retention_period_hours), offsetof(struct awsc_kinesis_stream_description, has_retention_period_hours), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamCreationTimestamp", &s_Timestamp, offsetof(struct awsc_kinesis_stream_description, stream_creation_timestamp), offsetof(struct awsc_kinesis_stream_description, has_stream_creation_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnhancedMonitoring", &s_EnhancedMonitoringList, offsetof(struct awsc_kinesis_stream_description, enhanced_monitoring), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionType", &s_EncryptionType, offsetof(struct awsc_kinesis_stream_description, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyId", &s_KeyId, offsetof(struct awsc_kinesis_stream_description, key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StreamDescription_by_wire_name[] = { 9, 8, 5, 10, 6, 4, 1, 7, 3, 0, 2 };

static const struct awsc_member s_StreamDescriptionSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_stream_description_summary, stream_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_stream_description_summary, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_stream_description_summary, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamStatus", &s_StreamStatus, offsetof(struct awsc_kinesis_stream_description_summary, stream_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamModeDetails", &s_StreamModeDetails, offsetof(struct awsc_kinesis_stream_description_summary, stream_mode_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RetentionPeriodHours", &s_RetentionPeriodHours, offsetof(struct awsc_kinesis_stream_description_summary, retention_period_hours), offsetof(struct awsc_kinesis_stream_description_summary, has_retention_period_hours), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamCreationTimestamp", &s_Timestamp, offsetof(struct awsc_kinesis_stream_description_summary, stream_creation_timestamp), offsetof(struct awsc_kinesis_stream_description_summary, has_stream_creation_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnhancedMonitoring", &s_EnhancedMonitoringList, offsetof(struct awsc_kinesis_stream_description_summary, enhanced_monitoring), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionType", &s_EncryptionType, offsetof(struct awsc_kinesis_stream_description_summary, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyId", &s_KeyId, offsetof(struct awsc_kinesis_stream_description_summary, key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OpenShardCount", &s_ShardCountObject, offsetof(struct awsc_kinesis_stream_description_summary, open_shard_count), offsetof(struct awsc_kinesis_stream_description_summary, has_open_shard_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConsumerCount", &s_ConsumerCountObject, offsetof(struct awsc_kinesis_stream_description_summary, consumer_count), offsetof(struct awsc_kinesis_stream_description_summary, has_consumer_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_WarmThroughputObject, offsetof(struct awsc_kinesis_stream_description_summary, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxRecordSizeInKiB", &s_MaxRecordSizeInKiB, offsetof(struct awsc_kinesis_stream_description_summary, max_record_size_in_ki_b), offsetof(struct awsc_kinesis_stream_description_summary, has_max_record_size_in_ki_b), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StreamDescriptionSummary_by_wire_name[] = { 11, 8, 7, 9, 13, 10, 5, 1, 6, 2, 4, 0, 3, 12 };

static const struct awsc_member s_StreamModeDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamMode", &s_StreamMode, offsetof(struct awsc_kinesis_stream_mode_details, stream_mode), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StreamModeDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_StreamSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_stream_summary, stream_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_stream_summary, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamStatus", &s_StreamStatus, offsetof(struct awsc_kinesis_stream_summary, stream_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamModeDetails", &s_StreamModeDetails, offsetof(struct awsc_kinesis_stream_summary, stream_mode_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamCreationTimestamp", &s_Timestamp, offsetof(struct awsc_kinesis_stream_summary, stream_creation_timestamp), offsetof(struct awsc_kinesis_stream_summary, has_stream_creation_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StreamSummary_by_wire_name[] = { 1, 4, 3, 0, 2 };

static const struct awsc_member s_SubscribeToShardEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Records", &s_RecordList, offsetof(struct awsc_kinesis_subscribe_to_shard_event, records), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContinuationSequenceNumber", &s_SequenceNumber, offsetof(struct awsc_kinesis_subscribe_to_shard_event, continuation_sequence_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MillisBehindLatest", &s_MillisBehindLatest, offsetof(struct awsc_kinesis_subscribe_to_shard_event, millis_behind_latest), offsetof(struct awsc_kinesis_subscribe_to_shard_event, has_millis_behind_latest), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChildShards", &s_ChildShardList, offsetof(struct awsc_kinesis_subscribe_to_shard_event, child_shards), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SubscribeToShardEvent_by_wire_name[] = { 3, 1, 2, 0 };

static const struct awsc_member s_SubscribeToShardEventStream_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubscribeToShardEvent", &s_SubscribeToShardEvent, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, subscribe_to_shard_event), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceNotFoundException", &awsc__kinesis_ResourceNotFoundException, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, resource_not_found_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceInUseException", &awsc__kinesis_ResourceInUseException, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, resource_in_use_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSDisabledException", &awsc__kinesis_KMSDisabledException, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_disabled_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSInvalidStateException", &awsc__kinesis_KMSInvalidStateException, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_invalid_state_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSAccessDeniedException", &awsc__kinesis_KMSAccessDeniedException, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_access_denied_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSNotFoundException", &awsc__kinesis_KMSNotFoundException, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_not_found_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSOptInRequired", &awsc__kinesis_KMSOptInRequired, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_opt_in_required), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSThrottlingException", &awsc__kinesis_KMSThrottlingException, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_throttling_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InternalFailureException", &awsc__kinesis_InternalFailureException, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, internal_failure_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SubscribeToShardEventStream_by_wire_name[] = { 9, 5, 3, 4, 6, 7, 8, 2, 1, 0 };

static const struct awsc_member awsc__kinesis_SubscribeToShardInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsumerARN", &s_ConsumerARN, offsetof(struct awsc_kinesis_subscribe_to_shard_input, consumer_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_subscribe_to_shard_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ShardId", &s_ShardId, offsetof(struct awsc_kinesis_subscribe_to_shard_input, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartingPosition", &s_StartingPosition, offsetof(struct awsc_kinesis_subscribe_to_shard_input, starting_position), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_SubscribeToShardInput_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__kinesis_SubscribeToShardOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EventStream", &s_SubscribeToShardEventStream, offsetof(struct awsc_kinesis_subscribe_to_shard_output, event_stream), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_SubscribeToShardOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_TagKey, offsetof(struct awsc_kinesis_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_TagValue, offsetof(struct awsc_kinesis_tag, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__kinesis_TagResourceInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_TagMap, offsetof(struct awsc_kinesis_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceARN", &s_ResourceARN, offsetof(struct awsc_kinesis_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_tag_resource_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_TagResourceInput_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__kinesis_UntagResourceInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TagKeys", &s_TagKeyList, offsetof(struct awsc_kinesis_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceARN", &s_ResourceARN, offsetof(struct awsc_kinesis_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_untag_resource_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_UntagResourceInput_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__kinesis_UpdateAccountSettingsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MinimumThroughputBillingCommitment", &s_MinimumThroughputBillingCommitmentInput, offsetof(struct awsc_kinesis_update_account_settings_input, minimum_throughput_billing_commitment), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_UpdateAccountSettingsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_UpdateAccountSettingsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MinimumThroughputBillingCommitment", &s_MinimumThroughputBillingCommitmentOutput, offsetof(struct awsc_kinesis_update_account_settings_output, minimum_throughput_billing_commitment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_UpdateAccountSettingsOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__kinesis_UpdateMaxRecordSizeInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_update_max_record_size_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_update_max_record_size_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxRecordSizeInKiB", &s_MaxRecordSizeInKiB, offsetof(struct awsc_kinesis_update_max_record_size_input, max_record_size_in_ki_b), offsetof(struct awsc_kinesis_update_max_record_size_input, has_max_record_size_in_ki_b), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_UpdateMaxRecordSizeInput_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__kinesis_UpdateShardCountInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_update_shard_count_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetShardCount", &s_PositiveIntegerObject, offsetof(struct awsc_kinesis_update_shard_count_input, target_shard_count), offsetof(struct awsc_kinesis_update_shard_count_input, has_target_shard_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingType", &s_ScalingType, offsetof(struct awsc_kinesis_update_shard_count_input, scaling_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_update_shard_count_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_update_shard_count_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_UpdateShardCountInput_by_wire_name[] = { 2, 3, 4, 0, 1 };

static const struct awsc_member awsc__kinesis_UpdateShardCountOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_update_shard_count_output, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CurrentShardCount", &s_PositiveIntegerObject, offsetof(struct awsc_kinesis_update_shard_count_output, current_shard_count), offsetof(struct awsc_kinesis_update_shard_count_output, has_current_shard_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetShardCount", &s_PositiveIntegerObject, offsetof(struct awsc_kinesis_update_shard_count_output, target_shard_count), offsetof(struct awsc_kinesis_update_shard_count_output, has_target_shard_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_update_shard_count_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_UpdateShardCountOutput_by_wire_name[] = { 1, 3, 0, 2 };

static const struct awsc_member awsc__kinesis_UpdateStreamModeInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_update_stream_mode_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_update_stream_mode_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamModeDetails", &s_StreamModeDetails, offsetof(struct awsc_kinesis_update_stream_mode_input, stream_mode_details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughputMiBps", &s_NaturalIntegerObject, offsetof(struct awsc_kinesis_update_stream_mode_input, warm_throughput_mi_bps), offsetof(struct awsc_kinesis_update_stream_mode_input, has_warm_throughput_mi_bps), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_UpdateStreamModeInput_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__kinesis_UpdateStreamWarmThroughputInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamId", &s_StreamId, offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughputMiBps", &s_NaturalIntegerObject, offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, warm_throughput_mi_bps), offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, has_warm_throughput_mi_bps), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_UpdateStreamWarmThroughputInput_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__kinesis_UpdateStreamWarmThroughputOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StreamARN", &s_StreamARN, offsetof(struct awsc_kinesis_update_stream_warm_throughput_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StreamName", &s_StreamName, offsetof(struct awsc_kinesis_update_stream_warm_throughput_output, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmThroughput", &s_WarmThroughputObject, offsetof(struct awsc_kinesis_update_stream_warm_throughput_output, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_UpdateStreamWarmThroughputOutput_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__kinesis_ValidationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorMessage, offsetof(struct awsc_kinesis_validation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__kinesis_ValidationException_by_wire_name[] = { 0 };

static const struct awsc_member s_WarmThroughputObject_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TargetMiBps", &s_NaturalIntegerObject, offsetof(struct awsc_kinesis_warm_throughput_object, target_mi_bps), offsetof(struct awsc_kinesis_warm_throughput_object, has_target_mi_bps), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CurrentMiBps", &s_NaturalIntegerObject, offsetof(struct awsc_kinesis_warm_throughput_object, current_mi_bps), offsetof(struct awsc_kinesis_warm_throughput_object, has_current_mi_bps), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WarmThroughputObject_by_wire_name[] = { 1, 0 };

const struct awsc_shape awsc__kinesis_AccessDeniedException = {
    .name = "AccessDeniedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_access_denied_exception),
    .members = awsc__kinesis_AccessDeniedException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_AccessDeniedException_by_wire_name,
    .error_code = "AccessDeniedException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_AddTagsToStreamInput = {
    .name = "AddTagsToStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_add_tags_to_stream_input),
    .members = awsc__kinesis_AddTagsToStreamInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_AddTagsToStreamInput_by_wire_name,
};

static const struct awsc_shape s_BooleanObject = {
    .name = "BooleanObject",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_ChildShard = {
    .name = "ChildShard",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_child_shard),
    .members = s_ChildShard_members,
    .member_count = 3,
    .by_wire_name = s_ChildShard_by_wire_name,
};

static const struct awsc_shape s_ChildShardList = {
    .name = "ChildShardList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_child_shard_list),
    .item = &s_ChildShard,
};

static const struct awsc_shape s_Consumer = {
    .name = "Consumer",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_consumer),
    .members = s_Consumer_members,
    .member_count = 4,
    .by_wire_name = s_Consumer_by_wire_name,
};

static const struct awsc_shape s_ConsumerARN = {
    .name = "ConsumerARN",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ConsumerARN_range,
};

static const struct awsc_shape s_ConsumerCountObject = {
    .name = "ConsumerCountObject",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ConsumerCountObject_range,
};

static const struct awsc_shape s_ConsumerDescription = {
    .name = "ConsumerDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_consumer_description),
    .members = s_ConsumerDescription_members,
    .member_count = 5,
    .by_wire_name = s_ConsumerDescription_by_wire_name,
};

static const struct awsc_shape s_ConsumerList = {
    .name = "ConsumerList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_consumer_list),
    .item = &s_Consumer,
};

static const struct awsc_shape s_ConsumerName = {
    .name = "ConsumerName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ConsumerName_range,
};

static const struct awsc_shape s_ConsumerStatus = {
    .name = "ConsumerStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ConsumerStatus_values,
    .enum_count = 3,
};

const struct awsc_shape awsc__kinesis_CreateStreamInput = {
    .name = "CreateStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_create_stream_input),
    .members = awsc__kinesis_CreateStreamInput_members,
    .member_count = 6,
    .by_wire_name = awsc__kinesis_CreateStreamInput_by_wire_name,
};

static const struct awsc_shape s_Data = {
    .name = "Data",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
    .range = &s_Data_range,
};

const struct awsc_shape awsc__kinesis_DecreaseStreamRetentionPeriodInput = {
    .name = "DecreaseStreamRetentionPeriodInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_decrease_stream_retention_period_input),
    .members = awsc__kinesis_DecreaseStreamRetentionPeriodInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_DecreaseStreamRetentionPeriodInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DeleteResourcePolicyInput = {
    .name = "DeleteResourcePolicyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_delete_resource_policy_input),
    .members = awsc__kinesis_DeleteResourcePolicyInput_members,
    .member_count = 2,
    .by_wire_name = awsc__kinesis_DeleteResourcePolicyInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DeleteStreamInput = {
    .name = "DeleteStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_delete_stream_input),
    .members = awsc__kinesis_DeleteStreamInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_DeleteStreamInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DeregisterStreamConsumerInput = {
    .name = "DeregisterStreamConsumerInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_deregister_stream_consumer_input),
    .members = awsc__kinesis_DeregisterStreamConsumerInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_DeregisterStreamConsumerInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DescribeAccountSettingsInput = {
    .name = "DescribeAccountSettingsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_account_settings_input),
};

const struct awsc_shape awsc__kinesis_DescribeAccountSettingsOutput = {
    .name = "DescribeAccountSettingsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_account_settings_output),
    .members = awsc__kinesis_DescribeAccountSettingsOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_DescribeAccountSettingsOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DescribeLimitsInput = {
    .name = "DescribeLimitsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_limits_input),
};

const struct awsc_shape awsc__kinesis_DescribeLimitsOutput = {
    .name = "DescribeLimitsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_limits_output),
    .members = awsc__kinesis_DescribeLimitsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_DescribeLimitsOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DescribeStreamConsumerInput = {
    .name = "DescribeStreamConsumerInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_stream_consumer_input),
    .members = awsc__kinesis_DescribeStreamConsumerInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_DescribeStreamConsumerInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DescribeStreamConsumerOutput = {
    .name = "DescribeStreamConsumerOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_stream_consumer_output),
    .members = awsc__kinesis_DescribeStreamConsumerOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_DescribeStreamConsumerOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DescribeStreamInput = {
    .name = "DescribeStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_stream_input),
    .members = awsc__kinesis_DescribeStreamInput_members,
    .member_count = 5,
    .by_wire_name = awsc__kinesis_DescribeStreamInput_by_wire_name,
};

static const struct awsc_shape s_DescribeStreamInputLimit = {
    .name = "DescribeStreamInputLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DescribeStreamInputLimit_range,
};

const struct awsc_shape awsc__kinesis_DescribeStreamOutput = {
    .name = "DescribeStreamOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_stream_output),
    .members = awsc__kinesis_DescribeStreamOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_DescribeStreamOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DescribeStreamSummaryInput = {
    .name = "DescribeStreamSummaryInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_stream_summary_input),
    .members = awsc__kinesis_DescribeStreamSummaryInput_members,
    .member_count = 3,
    .by_wire_name = awsc__kinesis_DescribeStreamSummaryInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DescribeStreamSummaryOutput = {
    .name = "DescribeStreamSummaryOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_describe_stream_summary_output),
    .members = awsc__kinesis_DescribeStreamSummaryOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_DescribeStreamSummaryOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_DisableEnhancedMonitoringInput = {
    .name = "DisableEnhancedMonitoringInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_disable_enhanced_monitoring_input),
    .members = awsc__kinesis_DisableEnhancedMonitoringInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_DisableEnhancedMonitoringInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_EnableEnhancedMonitoringInput = {
    .name = "EnableEnhancedMonitoringInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_enable_enhanced_monitoring_input),
    .members = awsc__kinesis_EnableEnhancedMonitoringInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_EnableEnhancedMonitoringInput_by_wire_name,
};

static const struct awsc_shape s_EncryptionType = {
    .name = "EncryptionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EncryptionType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_EnhancedMetrics = {
    .name = "EnhancedMetrics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_enhanced_metrics),
    .members = s_EnhancedMetrics_members,
    .member_count = 1,
    .by_wire_name = s_EnhancedMetrics_by_wire_name,
};

static const struct awsc_shape s_EnhancedMonitoringList = {
    .name = "EnhancedMonitoringList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_enhanced_monitoring_list),
    .item = &s_EnhancedMetrics,
};

const struct awsc_shape awsc__kinesis_EnhancedMonitoringOutput = {
    .name = "EnhancedMonitoringOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_enhanced_monitoring_output),
    .members = awsc__kinesis_EnhancedMonitoringOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_EnhancedMonitoringOutput_by_wire_name,
};

static const struct awsc_shape s_ErrorCode = {
    .name = "ErrorCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ErrorMessage = {
    .name = "ErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__kinesis_ExpiredIteratorException = {
    .name = "ExpiredIteratorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_expired_iterator_exception),
    .members = awsc__kinesis_ExpiredIteratorException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_ExpiredIteratorException_by_wire_name,
    .error_code = "ExpiredIteratorException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_ExpiredNextTokenException = {
    .name = "ExpiredNextTokenException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_expired_next_token_exception),
    .members = awsc__kinesis_ExpiredNextTokenException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_ExpiredNextTokenException_by_wire_name,
    .error_code = "ExpiredNextTokenException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_GetRecordsInput = {
    .name = "GetRecordsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_get_records_input),
    .members = awsc__kinesis_GetRecordsInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_GetRecordsInput_by_wire_name,
};

static const struct awsc_shape s_GetRecordsInputLimit = {
    .name = "GetRecordsInputLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_GetRecordsInputLimit_range,
};

const struct awsc_shape awsc__kinesis_GetRecordsOutput = {
    .name = "GetRecordsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_get_records_output),
    .members = awsc__kinesis_GetRecordsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_GetRecordsOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_GetResourcePolicyInput = {
    .name = "GetResourcePolicyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_get_resource_policy_input),
    .members = awsc__kinesis_GetResourcePolicyInput_members,
    .member_count = 2,
    .by_wire_name = awsc__kinesis_GetResourcePolicyInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_GetResourcePolicyOutput = {
    .name = "GetResourcePolicyOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_get_resource_policy_output),
    .members = awsc__kinesis_GetResourcePolicyOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_GetResourcePolicyOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_GetShardIteratorInput = {
    .name = "GetShardIteratorInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_get_shard_iterator_input),
    .members = awsc__kinesis_GetShardIteratorInput_members,
    .member_count = 7,
    .by_wire_name = awsc__kinesis_GetShardIteratorInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_GetShardIteratorOutput = {
    .name = "GetShardIteratorOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_get_shard_iterator_output),
    .members = awsc__kinesis_GetShardIteratorOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_GetShardIteratorOutput_by_wire_name,
};

static const struct awsc_shape s_HashKey = {
    .name = "HashKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_HashKeyRange = {
    .name = "HashKeyRange",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_hash_key_range),
    .members = s_HashKeyRange_members,
    .member_count = 2,
    .by_wire_name = s_HashKeyRange_by_wire_name,
};

const struct awsc_shape awsc__kinesis_IncreaseStreamRetentionPeriodInput = {
    .name = "IncreaseStreamRetentionPeriodInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_increase_stream_retention_period_input),
    .members = awsc__kinesis_IncreaseStreamRetentionPeriodInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_IncreaseStreamRetentionPeriodInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_InternalFailureException = {
    .name = "InternalFailureException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_internal_failure_exception),
    .members = awsc__kinesis_InternalFailureException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_InternalFailureException_by_wire_name,
    .error_code = "InternalFailureException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_InvalidArgumentException = {
    .name = "InvalidArgumentException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_invalid_argument_exception),
    .members = awsc__kinesis_InvalidArgumentException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_InvalidArgumentException_by_wire_name,
    .error_code = "InvalidArgumentException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_KMSAccessDeniedException = {
    .name = "KMSAccessDeniedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_kms_access_denied_exception),
    .members = awsc__kinesis_KMSAccessDeniedException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_KMSAccessDeniedException_by_wire_name,
    .error_code = "KMSAccessDeniedException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_KMSDisabledException = {
    .name = "KMSDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_kms_disabled_exception),
    .members = awsc__kinesis_KMSDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_KMSDisabledException_by_wire_name,
    .error_code = "KMSDisabledException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_KMSInvalidStateException = {
    .name = "KMSInvalidStateException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_kms_invalid_state_exception),
    .members = awsc__kinesis_KMSInvalidStateException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_KMSInvalidStateException_by_wire_name,
    .error_code = "KMSInvalidStateException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_KMSNotFoundException = {
    .name = "KMSNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_kms_not_found_exception),
    .members = awsc__kinesis_KMSNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_KMSNotFoundException_by_wire_name,
    .error_code = "KMSNotFoundException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_KMSOptInRequired = {
    .name = "KMSOptInRequired",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_kms_opt_in_required),
    .members = awsc__kinesis_KMSOptInRequired_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_KMSOptInRequired_by_wire_name,
    .error_code = "KMSOptInRequired",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_KMSThrottlingException = {
    .name = "KMSThrottlingException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_kms_throttling_exception),
    .members = awsc__kinesis_KMSThrottlingException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_KMSThrottlingException_by_wire_name,
    .error_code = "KMSThrottlingException",
    .http_status = 0,
};

static const struct awsc_shape s_KeyId = {
    .name = "KeyId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_KeyId_range,
};

const struct awsc_shape awsc__kinesis_LimitExceededException = {
    .name = "LimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_limit_exceeded_exception),
    .members = awsc__kinesis_LimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_LimitExceededException_by_wire_name,
    .error_code = "LimitExceededException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_ListShardsInput = {
    .name = "ListShardsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_shards_input),
    .members = awsc__kinesis_ListShardsInput_members,
    .member_count = 8,
    .by_wire_name = awsc__kinesis_ListShardsInput_by_wire_name,
};

static const struct awsc_shape s_ListShardsInputLimit = {
    .name = "ListShardsInputLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ListShardsInputLimit_range,
};

const struct awsc_shape awsc__kinesis_ListShardsOutput = {
    .name = "ListShardsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_shards_output),
    .members = awsc__kinesis_ListShardsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__kinesis_ListShardsOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_ListStreamConsumersInput = {
    .name = "ListStreamConsumersInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_stream_consumers_input),
    .members = awsc__kinesis_ListStreamConsumersInput_members,
    .member_count = 5,
    .by_wire_name = awsc__kinesis_ListStreamConsumersInput_by_wire_name,
};

static const struct awsc_shape s_ListStreamConsumersInputLimit = {
    .name = "ListStreamConsumersInputLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ListStreamConsumersInputLimit_range,
};

const struct awsc_shape awsc__kinesis_ListStreamConsumersOutput = {
    .name = "ListStreamConsumersOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_stream_consumers_output),
    .members = awsc__kinesis_ListStreamConsumersOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__kinesis_ListStreamConsumersOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_ListStreamsInput = {
    .name = "ListStreamsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_streams_input),
    .members = awsc__kinesis_ListStreamsInput_members,
    .member_count = 3,
    .by_wire_name = awsc__kinesis_ListStreamsInput_by_wire_name,
};

static const struct awsc_shape s_ListStreamsInputLimit = {
    .name = "ListStreamsInputLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ListStreamsInputLimit_range,
};

const struct awsc_shape awsc__kinesis_ListStreamsOutput = {
    .name = "ListStreamsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_streams_output),
    .members = awsc__kinesis_ListStreamsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_ListStreamsOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_ListTagsForResourceInput = {
    .name = "ListTagsForResourceInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_tags_for_resource_input),
    .members = awsc__kinesis_ListTagsForResourceInput_members,
    .member_count = 2,
    .by_wire_name = awsc__kinesis_ListTagsForResourceInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_ListTagsForResourceOutput = {
    .name = "ListTagsForResourceOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_tags_for_resource_output),
    .members = awsc__kinesis_ListTagsForResourceOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_ListTagsForResourceOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_ListTagsForStreamInput = {
    .name = "ListTagsForStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_tags_for_stream_input),
    .members = awsc__kinesis_ListTagsForStreamInput_members,
    .member_count = 5,
    .by_wire_name = awsc__kinesis_ListTagsForStreamInput_by_wire_name,
};

static const struct awsc_shape s_ListTagsForStreamInputLimit = {
    .name = "ListTagsForStreamInputLimit",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ListTagsForStreamInputLimit_range,
};

const struct awsc_shape awsc__kinesis_ListTagsForStreamOutput = {
    .name = "ListTagsForStreamOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_list_tags_for_stream_output),
    .members = awsc__kinesis_ListTagsForStreamOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__kinesis_ListTagsForStreamOutput_by_wire_name,
};

static const struct awsc_shape s_MaxRecordSizeInKiB = {
    .name = "MaxRecordSizeInKiB",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxRecordSizeInKiB_range,
};

const struct awsc_shape awsc__kinesis_MergeShardsInput = {
    .name = "MergeShardsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_merge_shards_input),
    .members = awsc__kinesis_MergeShardsInput_members,
    .member_count = 5,
    .by_wire_name = awsc__kinesis_MergeShardsInput_by_wire_name,
};

static const struct awsc_shape s_MetricsName = {
    .name = "MetricsName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MetricsName_values,
    .enum_count = 8,
};

static const struct awsc_shape s_MetricsNameList = {
    .name = "MetricsNameList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_metrics_name_list),
    .range = &s_MetricsNameList_range,
    .item = &s_MetricsName,
};

static const struct awsc_shape s_MillisBehindLatest = {
    .name = "MillisBehindLatest",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_MillisBehindLatest_range,
};

static const struct awsc_shape s_MinimumThroughputBillingCommitmentInput = {
    .name = "MinimumThroughputBillingCommitmentInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_minimum_throughput_billing_commitment_input),
    .members = s_MinimumThroughputBillingCommitmentInput_members,
    .member_count = 1,
    .by_wire_name = s_MinimumThroughputBillingCommitmentInput_by_wire_name,
};

static const struct awsc_shape s_MinimumThroughputBillingCommitmentInputStatus = {
    .name = "MinimumThroughputBillingCommitmentInputStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MinimumThroughputBillingCommitmentInputStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_MinimumThroughputBillingCommitmentOutput = {
    .name = "MinimumThroughputBillingCommitmentOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_minimum_throughput_billing_commitment_output),
    .members = s_MinimumThroughputBillingCommitmentOutput_members,
    .member_count = 4,
    .by_wire_name = s_MinimumThroughputBillingCommitmentOutput_by_wire_name,
};

static const struct awsc_shape s_MinimumThroughputBillingCommitmentOutputStatus = {
    .name = "MinimumThroughputBillingCommitmentOutputStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MinimumThroughputBillingCommitmentOutputStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_NaturalIntegerObject = {
    .name = "NaturalIntegerObject",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_NaturalIntegerObject_range,
};

static const struct awsc_shape s_NextToken = {
    .name = "NextToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_NextToken_range,
};

static const struct awsc_shape s_OnDemandStreamCountLimitObject = {
    .name = "OnDemandStreamCountLimitObject",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_OnDemandStreamCountLimitObject_range,
};

static const struct awsc_shape s_OnDemandStreamCountObject = {
    .name = "OnDemandStreamCountObject",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_OnDemandStreamCountObject_range,
};

static const struct awsc_shape s_PartitionKey = {
    .name = "PartitionKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_PartitionKey_range,
};

static const struct awsc_shape s_Policy = {
    .name = "Policy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_PositiveIntegerObject = {
    .name = "PositiveIntegerObject",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_PositiveIntegerObject_range,
};

const struct awsc_shape awsc__kinesis_ProvisionedThroughputExceededException = {
    .name = "ProvisionedThroughputExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_provisioned_throughput_exceeded_exception),
    .members = awsc__kinesis_ProvisionedThroughputExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_ProvisionedThroughputExceededException_by_wire_name,
    .error_code = "ProvisionedThroughputExceededException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_PutRecordInput = {
    .name = "PutRecordInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_put_record_input),
    .members = awsc__kinesis_PutRecordInput_members,
    .member_count = 7,
    .by_wire_name = awsc__kinesis_PutRecordInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_PutRecordOutput = {
    .name = "PutRecordOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_put_record_output),
    .members = awsc__kinesis_PutRecordOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__kinesis_PutRecordOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_PutRecordsInput = {
    .name = "PutRecordsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_put_records_input),
    .members = awsc__kinesis_PutRecordsInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_PutRecordsInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_PutRecordsOutput = {
    .name = "PutRecordsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_put_records_output),
    .members = awsc__kinesis_PutRecordsOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__kinesis_PutRecordsOutput_by_wire_name,
};

static const struct awsc_shape s_PutRecordsRequestEntry = {
    .name = "PutRecordsRequestEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_put_records_request_entry),
    .members = s_PutRecordsRequestEntry_members,
    .member_count = 3,
    .by_wire_name = s_PutRecordsRequestEntry_by_wire_name,
};

static const struct awsc_shape s_PutRecordsRequestEntryList = {
    .name = "PutRecordsRequestEntryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_put_records_request_entry_list),
    .range = &s_PutRecordsRequestEntryList_range,
    .item = &s_PutRecordsRequestEntry,
};

static const struct awsc_shape s_PutRecordsResultEntry = {
    .name = "PutRecordsResultEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_put_records_result_entry),
    .members = s_PutRecordsResultEntry_members,
    .member_count = 4,
    .by_wire_name = s_PutRecordsResultEntry_by_wire_name,
};

static const struct awsc_shape s_PutRecordsResultEntryList = {
    .name = "PutRecordsResultEntryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_put_records_result_entry_list),
    .range = &s_PutRecordsResultEntryList_range,
    .item = &s_PutRecordsResultEntry,
};

const struct awsc_shape awsc__kinesis_PutResourcePolicyInput = {
    .name = "PutResourcePolicyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_put_resource_policy_input),
    .members = awsc__kinesis_PutResourcePolicyInput_members,
    .member_count = 3,
    .by_wire_name = awsc__kinesis_PutResourcePolicyInput_by_wire_name,
};

static const struct awsc_shape s_Record = {
    .name = "Record",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_record),
    .members = s_Record_members,
    .member_count = 5,
    .by_wire_name = s_Record_by_wire_name,
};

static const struct awsc_shape s_RecordList = {
    .name = "RecordList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_record_list),
    .item = &s_Record,
};

const struct awsc_shape awsc__kinesis_RegisterStreamConsumerInput = {
    .name = "RegisterStreamConsumerInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_register_stream_consumer_input),
    .members = awsc__kinesis_RegisterStreamConsumerInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_RegisterStreamConsumerInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_RegisterStreamConsumerOutput = {
    .name = "RegisterStreamConsumerOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_register_stream_consumer_output),
    .members = awsc__kinesis_RegisterStreamConsumerOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_RegisterStreamConsumerOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_RemoveTagsFromStreamInput = {
    .name = "RemoveTagsFromStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_remove_tags_from_stream_input),
    .members = awsc__kinesis_RemoveTagsFromStreamInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_RemoveTagsFromStreamInput_by_wire_name,
};

static const struct awsc_shape s_ResourceARN = {
    .name = "ResourceARN",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ResourceARN_range,
};

const struct awsc_shape awsc__kinesis_ResourceInUseException = {
    .name = "ResourceInUseException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_resource_in_use_exception),
    .members = awsc__kinesis_ResourceInUseException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_ResourceInUseException_by_wire_name,
    .error_code = "ResourceInUseException",
    .http_status = 0,
};

const struct awsc_shape awsc__kinesis_ResourceNotFoundException = {
    .name = "ResourceNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_resource_not_found_exception),
    .members = awsc__kinesis_ResourceNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_ResourceNotFoundException_by_wire_name,
    .error_code = "ResourceNotFoundException",
    .http_status = 0,
};

static const struct awsc_shape s_RetentionPeriodHours = {
    .name = "RetentionPeriodHours",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_ScalingType = {
    .name = "ScalingType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ScalingType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_SequenceNumber = {
    .name = "SequenceNumber",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SequenceNumberRange = {
    .name = "SequenceNumberRange",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_sequence_number_range),
    .members = s_SequenceNumberRange_members,
    .member_count = 2,
    .by_wire_name = s_SequenceNumberRange_by_wire_name,
};

static const struct awsc_shape s_Shard = {
    .name = "Shard",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_shard),
    .members = s_Shard_members,
    .member_count = 5,
    .by_wire_name = s_Shard_by_wire_name,
};

static const struct awsc_shape s_ShardCountObject = {
    .name = "ShardCountObject",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ShardCountObject_range,
};

static const struct awsc_shape s_ShardFilter = {
    .name = "ShardFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_shard_filter),
    .members = s_ShardFilter_members,
    .member_count = 3,
    .by_wire_name = s_ShardFilter_by_wire_name,
};

static const struct awsc_shape s_ShardFilterType = {
    .name = "ShardFilterType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ShardFilterType_values,
    .enum_count = 6,
};

static const struct awsc_shape s_ShardId = {
    .name = "ShardId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ShardId_range,
};

static const struct awsc_shape s_ShardIdList = {
    .name = "ShardIdList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_metrics_name_list),
    .item = &s_ShardId,
};

static const struct awsc_shape s_ShardIterator = {
    .name = "ShardIterator",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ShardIterator_range,
};

static const struct awsc_shape s_ShardIteratorType = {
    .name = "ShardIteratorType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ShardIteratorType_values,
    .enum_count = 5,
};

static const struct awsc_shape s_ShardList = {
    .name = "ShardList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_shard_list),
    .item = &s_Shard,
};

const struct awsc_shape awsc__kinesis_SplitShardInput = {
    .name = "SplitShardInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_split_shard_input),
    .members = awsc__kinesis_SplitShardInput_members,
    .member_count = 5,
    .by_wire_name = awsc__kinesis_SplitShardInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_StartStreamEncryptionInput = {
    .name = "StartStreamEncryptionInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_start_stream_encryption_input),
    .members = awsc__kinesis_StartStreamEncryptionInput_members,
    .member_count = 5,
    .by_wire_name = awsc__kinesis_StartStreamEncryptionInput_by_wire_name,
};

static const struct awsc_shape s_StartingPosition = {
    .name = "StartingPosition",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_starting_position),
    .members = s_StartingPosition_members,
    .member_count = 3,
    .by_wire_name = s_StartingPosition_by_wire_name,
};

const struct awsc_shape awsc__kinesis_StopStreamEncryptionInput = {
    .name = "StopStreamEncryptionInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_stop_stream_encryption_input),
    .members = awsc__kinesis_StopStreamEncryptionInput_members,
    .member_count = 5,
    .by_wire_name = awsc__kinesis_StopStreamEncryptionInput_by_wire_name,
};

static const struct awsc_shape s_StreamARN = {
    .name = "StreamARN",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_StreamARN_range,
};

static const struct awsc_shape s_StreamDescription = {
    .name = "StreamDescription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_stream_description),
    .members = s_StreamDescription_members,
    .member_count = 11,
    .by_wire_name = s_StreamDescription_by_wire_name,
};

static const struct awsc_shape s_StreamDescriptionSummary = {
    .name = "StreamDescriptionSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_stream_description_summary),
    .members = s_StreamDescriptionSummary_members,
    .member_count = 14,
    .by_wire_name = s_StreamDescriptionSummary_by_wire_name,
};

static const struct awsc_shape s_StreamId = {
    .name = "StreamId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_StreamId_range,
};

static const struct awsc_shape s_StreamMode = {
    .name = "StreamMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StreamMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_StreamModeDetails = {
    .name = "StreamModeDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_stream_mode_details),
    .members = s_StreamModeDetails_members,
    .member_count = 1,
    .by_wire_name = s_StreamModeDetails_by_wire_name,
};

static const struct awsc_shape s_StreamName = {
    .name = "StreamName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_StreamName_range,
};

static const struct awsc_shape s_StreamNameList = {
    .name = "StreamNameList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_metrics_name_list),
    .item = &s_StreamName,
};

static const struct awsc_shape s_StreamStatus = {
    .name = "StreamStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StreamStatus_values,
    .enum_count = 4,
};

static const struct awsc_shape s_StreamSummary = {
    .name = "StreamSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_stream_summary),
    .members = s_StreamSummary_members,
    .member_count = 5,
    .by_wire_name = s_StreamSummary_by_wire_name,
};

static const struct awsc_shape s_StreamSummaryList = {
    .name = "StreamSummaryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_stream_summary_list),
    .item = &s_StreamSummary,
};

static const struct awsc_shape s_SubscribeToShardEvent = {
    .name = "SubscribeToShardEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_kinesis_subscribe_to_shard_event),
    .members = s_SubscribeToShardEvent_members,
    .member_count = 4,
    .by_wire_name = s_SubscribeToShardEvent_by_wire_name,
};

static const struct awsc_shape s_SubscribeToShardEventStream = {
    .name = "SubscribeToShardEventStream",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENTSTREAM,
    .size = sizeof(struct awsc_kinesis_subscribe_to_shard_event_stream),
    .members = s_SubscribeToShardEventStream_members,
    .member_count = 10,
    .by_wire_name = s_SubscribeToShardEventStream_by_wire_name,
};

const struct awsc_shape awsc__kinesis_SubscribeToShardInput = {
    .name = "SubscribeToShardInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_subscribe_to_shard_input),
    .members = awsc__kinesis_SubscribeToShardInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_SubscribeToShardInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_SubscribeToShardOutput = {
    .name = "SubscribeToShardOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_subscribe_to_shard_output),
    .members = awsc__kinesis_SubscribeToShardOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_SubscribeToShardOutput_by_wire_name,
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_tag),
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
    .size = sizeof(struct awsc_kinesis_metrics_name_list),
    .range = &s_TagKeyList_range,
    .item = &s_TagKey,
};

static const struct awsc_shape s_TagList = {
    .name = "TagList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_kinesis_tag_list),
    .range = &s_TagList_range,
    .item = &s_Tag,
};

static const struct awsc_shape s_TagMap = {
    .name = "TagMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_kinesis_tag_map),
    .range = &s_TagMap_range,
    .item = &s_TagValue,
    .key = &s_TagKey,
    .value_offset = offsetof(struct awsc_kinesis_tag_map_entry, value),
    .entry_size = sizeof(struct awsc_kinesis_tag_map_entry),
};

const struct awsc_shape awsc__kinesis_TagResourceInput = {
    .name = "TagResourceInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_tag_resource_input),
    .members = awsc__kinesis_TagResourceInput_members,
    .member_count = 3,
    .by_wire_name = awsc__kinesis_TagResourceInput_by_wire_name,
};

static const struct awsc_shape s_TagValue = {
    .name = "TagValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagValue_range,
};

static const struct awsc_shape s_Timestamp = {
    .name = "Timestamp",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

const struct awsc_shape awsc__kinesis_UntagResourceInput = {
    .name = "UntagResourceInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_untag_resource_input),
    .members = awsc__kinesis_UntagResourceInput_members,
    .member_count = 3,
    .by_wire_name = awsc__kinesis_UntagResourceInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_UpdateAccountSettingsInput = {
    .name = "UpdateAccountSettingsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_update_account_settings_input),
    .members = awsc__kinesis_UpdateAccountSettingsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_UpdateAccountSettingsInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_UpdateAccountSettingsOutput = {
    .name = "UpdateAccountSettingsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_update_account_settings_output),
    .members = awsc__kinesis_UpdateAccountSettingsOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_UpdateAccountSettingsOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_UpdateMaxRecordSizeInput = {
    .name = "UpdateMaxRecordSizeInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_update_max_record_size_input),
    .members = awsc__kinesis_UpdateMaxRecordSizeInput_members,
    .member_count = 3,
    .by_wire_name = awsc__kinesis_UpdateMaxRecordSizeInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_UpdateShardCountInput = {
    .name = "UpdateShardCountInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_update_shard_count_input),
    .members = awsc__kinesis_UpdateShardCountInput_members,
    .member_count = 5,
    .by_wire_name = awsc__kinesis_UpdateShardCountInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_UpdateShardCountOutput = {
    .name = "UpdateShardCountOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_update_shard_count_output),
    .members = awsc__kinesis_UpdateShardCountOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_UpdateShardCountOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_UpdateStreamModeInput = {
    .name = "UpdateStreamModeInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_update_stream_mode_input),
    .members = awsc__kinesis_UpdateStreamModeInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_UpdateStreamModeInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_UpdateStreamWarmThroughputInput = {
    .name = "UpdateStreamWarmThroughputInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_update_stream_warm_throughput_input),
    .members = awsc__kinesis_UpdateStreamWarmThroughputInput_members,
    .member_count = 4,
    .by_wire_name = awsc__kinesis_UpdateStreamWarmThroughputInput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_UpdateStreamWarmThroughputOutput = {
    .name = "UpdateStreamWarmThroughputOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_update_stream_warm_throughput_output),
    .members = awsc__kinesis_UpdateStreamWarmThroughputOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__kinesis_UpdateStreamWarmThroughputOutput_by_wire_name,
};

const struct awsc_shape awsc__kinesis_ValidationException = {
    .name = "ValidationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_kinesis_validation_exception),
    .members = awsc__kinesis_ValidationException_members,
    .member_count = 1,
    .by_wire_name = awsc__kinesis_ValidationException_by_wire_name,
    .error_code = "ValidationException",
    .http_status = 0,
};

static const struct awsc_shape s_WarmThroughputObject = {
    .name = "WarmThroughputObject",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_kinesis_warm_throughput_object),
    .members = s_WarmThroughputObject_members,
    .member_count = 2,
    .by_wire_name = s_WarmThroughputObject_by_wire_name,
};
