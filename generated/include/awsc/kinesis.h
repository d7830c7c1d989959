/*
 * awsc/kinesis.h - Amazon Kinesis (Kinesis, API 2013-12-02).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_KINESIS_H
#define AWSC_KINESIS_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_kinesis_service() to awsc_client_new(), or use
 * awsc_kinesis_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_kinesis_service(void);

static inline int awsc_kinesis_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_kinesis_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* ConsumerStatus: members of this type are strings; parse them with
 * awsc_kinesis_consumer_status_parse(). Values newer than this model parse as
 * AWSC_KINESIS_CONSUMER_STATUS_UNKNOWN. */
enum awsc_kinesis_consumer_status {
    AWSC_KINESIS_CONSUMER_STATUS_UNKNOWN = 0,
    AWSC_KINESIS_CONSUMER_STATUS_CREATING = 1, /* CREATING */
    AWSC_KINESIS_CONSUMER_STATUS_DELETING = 2, /* DELETING */
    AWSC_KINESIS_CONSUMER_STATUS_ACTIVE = 3 /* ACTIVE */
};
AWSC_API enum awsc_kinesis_consumer_status awsc_kinesis_consumer_status_parse(const char *value);
AWSC_API const char *awsc_kinesis_consumer_status_str(enum awsc_kinesis_consumer_status value);

/* EncryptionType: members of this type are strings; parse them with
 * awsc_kinesis_encryption_type_parse(). Values newer than this model parse as
 * AWSC_KINESIS_ENCRYPTION_TYPE_UNKNOWN. */
enum awsc_kinesis_encryption_type {
    AWSC_KINESIS_ENCRYPTION_TYPE_UNKNOWN = 0,
    AWSC_KINESIS_ENCRYPTION_TYPE_NONE = 1, /* NONE */
    AWSC_KINESIS_ENCRYPTION_TYPE_KMS = 2 /* KMS */
};
AWSC_API enum awsc_kinesis_encryption_type awsc_kinesis_encryption_type_parse(const char *value);
AWSC_API const char *awsc_kinesis_encryption_type_str(enum awsc_kinesis_encryption_type value);

/* MetricsName: members of this type are strings; parse them with
 * awsc_kinesis_metrics_name_parse(). Values newer than this model parse as
 * AWSC_KINESIS_METRICS_NAME_UNKNOWN. */
enum awsc_kinesis_metrics_name {
    AWSC_KINESIS_METRICS_NAME_UNKNOWN = 0,
    AWSC_KINESIS_METRICS_NAME_INCOMING_BYTES = 1, /* IncomingBytes */
    AWSC_KINESIS_METRICS_NAME_INCOMING_RECORDS = 2, /* IncomingRecords */
    AWSC_KINESIS_METRICS_NAME_OUTGOING_BYTES = 3, /* OutgoingBytes */
    AWSC_KINESIS_METRICS_NAME_OUTGOING_RECORDS = 4, /* OutgoingRecords */
    AWSC_KINESIS_METRICS_NAME_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED = 5, /* WriteProvisionedThroughputExceeded */
    AWSC_KINESIS_METRICS_NAME_READ_PROVISIONED_THROUGHPUT_EXCEEDED = 6, /* ReadProvisionedThroughputExceeded */
    AWSC_KINESIS_METRICS_NAME_ITERATOR_AGE_MILLISECONDS = 7, /* IteratorAgeMilliseconds */
    AWSC_KINESIS_METRICS_NAME_ALL = 8 /* ALL */
};
AWSC_API enum awsc_kinesis_metrics_name awsc_kinesis_metrics_name_parse(const char *value);
AWSC_API const char *awsc_kinesis_metrics_name_str(enum awsc_kinesis_metrics_name value);

/* MinimumThroughputBillingCommitmentInputStatus: members of this type are strings; parse them with
 * awsc_kinesis_minimum_throughput_billing_commitment_input_status_parse(). Values newer than this model parse as
 * AWSC_KINESIS_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT_STATUS_UNKNOWN. */
enum awsc_kinesis_minimum_throughput_billing_commitment_input_status {
    AWSC_KINESIS_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT_STATUS_UNKNOWN = 0,
    AWSC_KINESIS_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT_STATUS_ENABLED = 1, /* ENABLED */
    AWSC_KINESIS_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT_STATUS_DISABLED = 2 /* DISABLED */
};
AWSC_API enum awsc_kinesis_minimum_throughput_billing_commitment_input_status awsc_kinesis_minimum_throughput_billing_commitment_input_status_parse(const char *value);
AWSC_API const char *awsc_kinesis_minimum_throughput_billing_commitment_input_status_str(enum awsc_kinesis_minimum_throughput_billing_commitment_input_status value);

/* MinimumThroughputBillingCommitmentOutputStatus: members of this type are strings; parse them with
 * awsc_kinesis_minimum_throughput_billing_commitment_output_status_parse(). Values newer than this model parse as
 * AWSC_KINESIS_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT_STATUS_UNKNOWN. */
enum awsc_kinesis_minimum_throughput_billing_commitment_output_status {
    AWSC_KINESIS_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT_STATUS_UNKNOWN = 0,
    AWSC_KINESIS_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT_STATUS_ENABLED = 1, /* ENABLED */
    AWSC_KINESIS_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT_STATUS_DISABLED = 2, /* DISABLED */
    AWSC_KINESIS_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT_STATUS_ENABLED_UNTIL_EARLIEST_ALLOWED_END = 3 /* ENABLED_UNTIL_EARLIEST_ALLOWED_END */
};
AWSC_API enum awsc_kinesis_minimum_throughput_billing_commitment_output_status awsc_kinesis_minimum_throughput_billing_commitment_output_status_parse(const char *value);
AWSC_API const char *awsc_kinesis_minimum_throughput_billing_commitment_output_status_str(enum awsc_kinesis_minimum_throughput_billing_commitment_output_status value);

/* ScalingType: members of this type are strings; parse them with
 * awsc_kinesis_scaling_type_parse(). Values newer than this model parse as
 * AWSC_KINESIS_SCALING_TYPE_UNKNOWN. */
enum awsc_kinesis_scaling_type {
    AWSC_KINESIS_SCALING_TYPE_UNKNOWN = 0,
    AWSC_KINESIS_SCALING_TYPE_UNIFORM_SCALING = 1 /* UNIFORM_SCALING */
};
AWSC_API enum awsc_kinesis_scaling_type awsc_kinesis_scaling_type_parse(const char *value);
AWSC_API const char *awsc_kinesis_scaling_type_str(enum awsc_kinesis_scaling_type value);

/* ShardFilterType: members of this type are strings; parse them with
 * awsc_kinesis_shard_filter_type_parse(). Values newer than this model parse as
 * AWSC_KINESIS_SHARD_FILTER_TYPE_UNKNOWN. */
enum awsc_kinesis_shard_filter_type {
    AWSC_KINESIS_SHARD_FILTER_TYPE_UNKNOWN = 0,
    AWSC_KINESIS_SHARD_FILTER_TYPE_AFTER_SHARD_ID = 1, /* AFTER_SHARD_ID */
    AWSC_KINESIS_SHARD_FILTER_TYPE_AT_TRIM_HORIZON = 2, /* AT_TRIM_HORIZON */
    AWSC_KINESIS_SHARD_FILTER_TYPE_FROM_TRIM_HORIZON = 3, /* FROM_TRIM_HORIZON */
    AWSC_KINESIS_SHARD_FILTER_TYPE_AT_LATEST = 4, /* AT_LATEST */
    AWSC_KINESIS_SHARD_FILTER_TYPE_AT_TIMESTAMP = 5, /* AT_TIMESTAMP */
    AWSC_KINESIS_SHARD_FILTER_TYPE_FROM_TIMESTAMP = 6 /* FROM_TIMESTAMP */
};
AWSC_API enum awsc_kinesis_shard_filter_type awsc_kinesis_shard_filter_type_parse(const char *value);
AWSC_API const char *awsc_kinesis_shard_filter_type_str(enum awsc_kinesis_shard_filter_type value);

/* ShardIteratorType: members of this type are strings; parse them with
 * awsc_kinesis_shard_iterator_type_parse(). Values newer than this model parse as
 * AWSC_KINESIS_SHARD_ITERATOR_TYPE_UNKNOWN. */
enum awsc_kinesis_shard_iterator_type {
    AWSC_KINESIS_SHARD_ITERATOR_TYPE_UNKNOWN = 0,
    AWSC_KINESIS_SHARD_ITERATOR_TYPE_AT_SEQUENCE_NUMBER = 1, /* AT_SEQUENCE_NUMBER */
    AWSC_KINESIS_SHARD_ITERATOR_TYPE_AFTER_SEQUENCE_NUMBER = 2, /* AFTER_SEQUENCE_NUMBER */
    AWSC_KINESIS_SHARD_ITERATOR_TYPE_TRIM_HORIZON = 3, /* TRIM_HORIZON */
    AWSC_KINESIS_SHARD_ITERATOR_TYPE_LATEST = 4, /* LATEST */
    AWSC_KINESIS_SHARD_ITERATOR_TYPE_AT_TIMESTAMP = 5 /* AT_TIMESTAMP */
};
AWSC_API enum awsc_kinesis_shard_iterator_type awsc_kinesis_shard_iterator_type_parse(const char *value);
AWSC_API const char *awsc_kinesis_shard_iterator_type_str(enum awsc_kinesis_shard_iterator_type value);

/* StreamMode: members of this type are strings; parse them with
 * awsc_kinesis_stream_mode_parse(). Values newer than this model parse as
 * AWSC_KINESIS_STREAM_MODE_UNKNOWN. */
enum awsc_kinesis_stream_mode {
    AWSC_KINESIS_STREAM_MODE_UNKNOWN = 0,
    AWSC_KINESIS_STREAM_MODE_PROVISIONED = 1, /* PROVISIONED */
    AWSC_KINESIS_STREAM_MODE_ON_DEMAND = 2 /* ON_DEMAND */
};
AWSC_API enum awsc_kinesis_stream_mode awsc_kinesis_stream_mode_parse(const char *value);
AWSC_API const char *awsc_kinesis_stream_mode_str(enum awsc_kinesis_stream_mode value);

/* StreamStatus: members of this type are strings; parse them with
 * awsc_kinesis_stream_status_parse(). Values newer than this model parse as
 * AWSC_KINESIS_STREAM_STATUS_UNKNOWN. */
enum awsc_kinesis_stream_status {
    AWSC_KINESIS_STREAM_STATUS_UNKNOWN = 0,
    AWSC_KINESIS_STREAM_STATUS_CREATING = 1, /* CREATING */
    AWSC_KINESIS_STREAM_STATUS_DELETING = 2, /* DELETING */
    AWSC_KINESIS_STREAM_STATUS_ACTIVE = 3, /* ACTIVE */
    AWSC_KINESIS_STREAM_STATUS_UPDATING = 4 /* UPDATING */
};
AWSC_API enum awsc_kinesis_stream_status awsc_kinesis_stream_status_parse(const char *value);
AWSC_API const char *awsc_kinesis_stream_status_str(enum awsc_kinesis_stream_status value);

/* ----------------------------------------------------------- structures */

struct awsc_kinesis_access_denied_exception;
struct awsc_kinesis_add_tags_to_stream_input;
struct awsc_kinesis_child_shard;
struct awsc_kinesis_consumer;
struct awsc_kinesis_consumer_description;
struct awsc_kinesis_create_stream_input;
struct awsc_kinesis_decrease_stream_retention_period_input;
struct awsc_kinesis_delete_resource_policy_input;
struct awsc_kinesis_delete_stream_input;
struct awsc_kinesis_deregister_stream_consumer_input;
struct awsc_kinesis_describe_account_settings_input;
struct awsc_kinesis_describe_account_settings_output;
struct awsc_kinesis_describe_limits_input;
struct awsc_kinesis_describe_limits_output;
struct awsc_kinesis_describe_stream_consumer_input;
struct awsc_kinesis_describe_stream_consumer_output;
struct awsc_kinesis_describe_stream_input;
struct awsc_kinesis_describe_stream_output;
struct awsc_kinesis_describe_stream_summary_input;
struct awsc_kinesis_describe_stream_summary_output;
struct awsc_kinesis_disable_enhanced_monitoring_input;
struct awsc_kinesis_enable_enhanced_monitoring_input;
struct awsc_kinesis_enhanced_metrics;
struct awsc_kinesis_enhanced_monitoring_output;
struct awsc_kinesis_expired_iterator_exception;
struct awsc_kinesis_expired_next_token_exception;
struct awsc_kinesis_get_records_input;
struct awsc_kinesis_get_records_output;
struct awsc_kinesis_get_resource_policy_input;
struct awsc_kinesis_get_resource_policy_output;
struct awsc_kinesis_get_shard_iterator_input;
struct awsc_kinesis_get_shard_iterator_output;
struct awsc_kinesis_hash_key_range;
struct awsc_kinesis_increase_stream_retention_period_input;
struct awsc_kinesis_internal_failure_exception;
struct awsc_kinesis_invalid_argument_exception;
struct awsc_kinesis_kms_access_denied_exception;
struct awsc_kinesis_kms_disabled_exception;
struct awsc_kinesis_kms_invalid_state_exception;
struct awsc_kinesis_kms_not_found_exception;
struct awsc_kinesis_kms_opt_in_required;
struct awsc_kinesis_kms_throttling_exception;
struct awsc_kinesis_limit_exceeded_exception;
struct awsc_kinesis_list_shards_input;
struct awsc_kinesis_list_shards_output;
struct awsc_kinesis_list_stream_consumers_input;
struct awsc_kinesis_list_stream_consumers_output;
struct awsc_kinesis_list_streams_input;
struct awsc_kinesis_list_streams_output;
struct awsc_kinesis_list_tags_for_resource_input;
struct awsc_kinesis_list_tags_for_resource_output;
struct awsc_kinesis_list_tags_for_stream_input;
struct awsc_kinesis_list_tags_for_stream_output;
struct awsc_kinesis_merge_shards_input;
struct awsc_kinesis_minimum_throughput_billing_commitment_input;
struct awsc_kinesis_minimum_throughput_billing_commitment_output;
struct awsc_kinesis_provisioned_throughput_exceeded_exception;
struct awsc_kinesis_put_record_input;
struct awsc_kinesis_put_record_output;
struct awsc_kinesis_put_records_input;
struct awsc_kinesis_put_records_output;
struct awsc_kinesis_put_records_request_entry;
struct awsc_kinesis_put_records_result_entry;
struct awsc_kinesis_put_resource_policy_input;
struct awsc_kinesis_record;
struct awsc_kinesis_register_stream_consumer_input;
struct awsc_kinesis_register_stream_consumer_output;
struct awsc_kinesis_remove_tags_from_stream_input;
struct awsc_kinesis_resource_in_use_exception;
struct awsc_kinesis_resource_not_found_exception;
struct awsc_kinesis_sequence_number_range;
struct awsc_kinesis_shard;
struct awsc_kinesis_shard_filter;
struct awsc_kinesis_split_shard_input;
struct awsc_kinesis_start_stream_encryption_input;
struct awsc_kinesis_starting_position;
struct awsc_kinesis_stop_stream_encryption_input;
struct awsc_kinesis_stream_description;
struct awsc_kinesis_stream_description_summary;
struct awsc_kinesis_stream_mode_details;
struct awsc_kinesis_stream_summary;
struct awsc_kinesis_subscribe_to_shard_event;
struct awsc_kinesis_subscribe_to_shard_event_stream;
struct awsc_kinesis_subscribe_to_shard_input;
struct awsc_kinesis_subscribe_to_shard_output;
struct awsc_kinesis_tag;
struct awsc_kinesis_tag_resource_input;
struct awsc_kinesis_untag_resource_input;
struct awsc_kinesis_update_account_settings_input;
struct awsc_kinesis_update_account_settings_output;
struct awsc_kinesis_update_max_record_size_input;
struct awsc_kinesis_update_shard_count_input;
struct awsc_kinesis_update_shard_count_output;
struct awsc_kinesis_update_stream_mode_input;
struct awsc_kinesis_update_stream_warm_throughput_input;
struct awsc_kinesis_update_stream_warm_throughput_output;
struct awsc_kinesis_validation_exception;
struct awsc_kinesis_warm_throughput_object;
struct awsc_kinesis_tag_map_entry;

/* ChildShardList: a list of ChildShard. */
struct awsc_kinesis_child_shard_list {
    struct awsc_kinesis_child_shard *items;
    size_t count;
};

/* ConsumerList: a list of Consumer. */
struct awsc_kinesis_consumer_list {
    struct awsc_kinesis_consumer *items;
    size_t count;
};

/* EnhancedMonitoringList: a list of EnhancedMetrics. */
struct awsc_kinesis_enhanced_monitoring_list {
    struct awsc_kinesis_enhanced_metrics *items;
    size_t count;
};

/*
 * MetricsNameList: a list of MetricsName.
 * Also the type of ShardIdList, StreamNameList, TagKeyList.
 */
struct awsc_kinesis_metrics_name_list {
    const char **items;
    size_t count;
};

/* PutRecordsRequestEntryList: a list of PutRecordsRequestEntry. */
struct awsc_kinesis_put_records_request_entry_list {
    struct awsc_kinesis_put_records_request_entry *items;
    size_t count;
};

/* PutRecordsResultEntryList: a list of PutRecordsResultEntry. */
struct awsc_kinesis_put_records_result_entry_list {
    struct awsc_kinesis_put_records_result_entry *items;
    size_t count;
};

/* RecordList: a list of Record. */
struct awsc_kinesis_record_list {
    struct awsc_kinesis_record *items;
    size_t count;
};

/* ShardList: a list of Shard. */
struct awsc_kinesis_shard_list {
    struct awsc_kinesis_shard *items;
    size_t count;
};

/* StreamSummaryList: a list of StreamSummary. */
struct awsc_kinesis_stream_summary_list {
    struct awsc_kinesis_stream_summary *items;
    size_t count;
};

/* TagList: a list of Tag. */
struct awsc_kinesis_tag_list {
    struct awsc_kinesis_tag *items;
    size_t count;
};

/* TagMap: a map from TagKey to TagValue. */
struct awsc_kinesis_tag_map {
    struct awsc_kinesis_tag_map_entry *entries;
    size_t count;
};

/*
 * Specifies that you do not have the permissions required to perform this
 * operation.
 */
struct awsc_kinesis_access_denied_exception {
    /* message: */
    const char *message;
};

/*
 * Represents the input for AddTagsToStream .
 */
struct awsc_kinesis_add_tags_to_stream_input {
    /* StreamName: The name of the stream. */
    const char *stream_name;
    /* Tags: A set of up to 50 key-value pairs to use to create the tags. A tag
     * consists of a required key and an optional value. You can add up to 50 tags
     * per resource. Required. */
    struct awsc_kinesis_tag_map tags;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Output parameter of the GetRecords API. The existing child shard of the
 * current shard.
 */
struct awsc_kinesis_child_shard {
    /* ShardId: The shard ID of the existing child shard of the current shard.
     * Required. */
    const char *shard_id;
    /* ParentShards: The current shard that is the parent of the existing child
     * shard. Required. */
    struct awsc_kinesis_metrics_name_list parent_shards;
    /* HashKeyRange:  Required. */
    struct awsc_kinesis_hash_key_range *hash_key_range;
};

/*
 * An object that represents the details of the consumer you registered. This
 * type of object is returned by RegisterStreamConsumer .
 */
struct awsc_kinesis_consumer {
    /* ConsumerName: The name of the consumer is something you choose when you
     * register the consumer. Required. */
    const char *consumer_name;
    /* ConsumerARN: When you register a consumer, Kinesis Data Streams generates an
     * ARN for it. You need this ARN to be able to call SubscribeToShard .
     * Required. */
    const char *consumer_arn;
    /* ConsumerStatus: A consumer can't read data while in the CREATING or DELETING
     * states. Required. One of enum awsc_kinesis_consumer_status's values (as its
     * string). */
    const char *consumer_status;
    /* ConsumerCreationTimestamp:  Required. */
    bool has_consumer_creation_timestamp;
    struct awsc_timestamp consumer_creation_timestamp;
};

/*
 * An object that represents the details of a registered consumer. This type of
 * object is returned by DescribeStreamConsumer .
 */
struct awsc_kinesis_consumer_description {
    /* ConsumerName: The name of the consumer is something you choose when you
     * register the consumer. Required. */
    const char *consumer_name;
    /* ConsumerARN: When you register a consumer, Kinesis Data Streams generates an
     * ARN for it. You need this ARN to be able to call SubscribeToShard .
     * Required. */
    const char *consumer_arn;
    /* ConsumerStatus: A consumer can't read data while in the CREATING or DELETING
     * states. Required. One of enum awsc_kinesis_consumer_status's values (as its
     * string). */
    const char *consumer_status;
    /* ConsumerCreationTimestamp:  Required. */
    bool has_consumer_creation_timestamp;
    struct awsc_timestamp consumer_creation_timestamp;
    /* StreamARN: The ARN of the stream with which you registered the consumer.
     * Required. */
    const char *stream_arn;
};

/*
 * Represents the input for CreateStream .
 */
struct awsc_kinesis_create_stream_input {
    /* StreamName: A name to identify the stream. The stream name is scoped to the
     * Amazon Web Services account used by the application that creates the stream.
     * It is also scoped by Amazon Web Services Region. Required. */
    const char *stream_name;
    /* ShardCount: The number of shards that the stream will use. The throughput of
     * the stream is a function of the number of shards; more shards are required
     * for greater provisioned throughput. */
    bool has_shard_count;
    int32_t shard_count;
    /* StreamModeDetails: Indicates the capacity mode of the data stream.
     * Currently, in Kinesis Data Streams, you can choose between an on-demand
     * capacity mode and a provisioned capacity mode for your data streams. */
    struct awsc_kinesis_stream_mode_details *stream_mode_details;
    /* Tags: A set of up to 50 key-value pairs to use to create the tags. A tag
     * consists of a required key and an optional value. */
    struct awsc_kinesis_tag_map tags;
    /* WarmThroughputMiBps: The target warm throughput in MB/s that the stream
     * should be scaled to handle. This represents the throughput capacity that
     * will be immediately available for write operations. */
    bool has_warm_throughput_mi_bps;
    int32_t warm_throughput_mi_bps;
    /* MaxRecordSizeInKiB: The maximum record size of a single record in kibibyte
     * (KiB) that you can write to, and read from a stream. */
    bool has_max_record_size_in_ki_b;
    int32_t max_record_size_in_ki_b;
};

/*
 * Represents the input for DecreaseStreamRetentionPeriod .
 */
struct awsc_kinesis_decrease_stream_retention_period_input {
    /* StreamName: The name of the stream to modify. */
    const char *stream_name;
    /* RetentionPeriodHours: The new retention period of the stream, in hours. Must
     * be less than the current retention period. Required. */
    bool has_retention_period_hours;
    int32_t retention_period_hours;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* DeleteResourcePolicyInput */
struct awsc_kinesis_delete_resource_policy_input {
    /* ResourceARN: The Amazon Resource Name (ARN) of the data stream or consumer.
     * Required. */
    const char *resource_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents the input for DeleteStream .
 */
struct awsc_kinesis_delete_stream_input {
    /* StreamName: The name of the stream to delete. */
    const char *stream_name;
    /* EnforceConsumerDeletion: If this parameter is unset ( null ) or if you set
     * it to false , and the stream has registered consumers, the call to
     * DeleteStream fails with a ResourceInUseException . */
    bool has_enforce_consumer_deletion;
    bool enforce_consumer_deletion;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* DeregisterStreamConsumerInput */
struct awsc_kinesis_deregister_stream_consumer_input {
    /* StreamARN: The ARN of the Kinesis data stream that the consumer is
     * registered with. For more information, see Amazon Resource Names (ARNs) and
     * Amazon Web Services Service Namespaces . */
    const char *stream_arn;
    /* ConsumerName: The name that you gave to the consumer. */
    const char *consumer_name;
    /* ConsumerARN: The ARN returned by Kinesis Data Streams when you registered
     * the consumer. */
    const char *consumer_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* DescribeAccountSettingsInput */
struct awsc_kinesis_describe_account_settings_input {
    char unused_; /* no members */
};

/* DescribeAccountSettingsOutput */
struct awsc_kinesis_describe_account_settings_output {
    /* MinimumThroughputBillingCommitment: The current configuration of the minimum
     * throughput billing commitment for your Amazon Web Services account. */
    struct awsc_kinesis_minimum_throughput_billing_commitment_output *minimum_throughput_billing_commitment;
};

/* DescribeLimitsInput */
struct awsc_kinesis_describe_limits_input {
    char unused_; /* no members */
};

/* DescribeLimitsOutput */
struct awsc_kinesis_describe_limits_output {
    /* ShardLimit: The maximum number of shards. Required. */
    bool has_shard_limit;
    int32_t shard_limit;
    /* OpenShardCount: The number of open shards. Required. */
    bool has_open_shard_count;
    int32_t open_shard_count;
    /* OnDemandStreamCount: Indicates the number of data streams with the on-demand
     * capacity mode. Required. */
    bool has_on_demand_stream_count;
    int32_t on_demand_stream_count;
    /* OnDemandStreamCountLimit: The maximum number of data streams with the
     * on-demand capacity mode. Required. */
    bool has_on_demand_stream_count_limit;
    int32_t on_demand_stream_count_limit;
};

/* DescribeStreamConsumerInput */
struct awsc_kinesis_describe_stream_consumer_input {
    /* StreamARN: The ARN of the Kinesis data stream that the consumer is
     * registered with. For more information, see Amazon Resource Names (ARNs) and
     * Amazon Web Services Service Namespaces . */
    const char *stream_arn;
    /* ConsumerName: The name that you gave to the consumer. */
    const char *consumer_name;
    /* ConsumerARN: The ARN returned by Kinesis Data Streams when you registered
     * the consumer. */
    const char *consumer_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* DescribeStreamConsumerOutput */
struct awsc_kinesis_describe_stream_consumer_output {
    /* ConsumerDescription: An object that represents the details of the consumer.
     * Required. */
    struct awsc_kinesis_consumer_description *consumer_description;
};

/*
 * Represents the input for DescribeStream .
 */
struct awsc_kinesis_describe_stream_input {
    /* StreamName: The name of the stream to describe. */
    const char *stream_name;
    /* Limit: The maximum number of shards to return in a single call. The default
     * value is 100. If you specify a value greater than 100, at most 100 results
     * are returned. */
    bool has_limit;
    int32_t limit;
    /* ExclusiveStartShardId: The shard ID of the shard to start with. */
    const char *exclusive_start_shard_id;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents the output for DescribeStream .
 */
struct awsc_kinesis_describe_stream_output {
    /* StreamDescription: The current status of the stream, the stream Amazon
     * Resource Name (ARN), an array of shard objects that comprise the stream, and
     * whether there are more shards available. Required. */
    struct awsc_kinesis_stream_description *stream_description;
};

/* DescribeStreamSummaryInput */
struct awsc_kinesis_describe_stream_summary_input {
    /* StreamName: The name of the stream to describe. */
    const char *stream_name;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* DescribeStreamSummaryOutput */
struct awsc_kinesis_describe_stream_summary_output {
    /* StreamDescriptionSummary: A StreamDescriptionSummary containing information
     * about the stream. Required. */
    struct awsc_kinesis_stream_description_summary *stream_description_summary;
};

/*
 * Represents the input for DisableEnhancedMonitoring .
 */
struct awsc_kinesis_disable_enhanced_monitoring_input {
    /* StreamName: The name of the Kinesis data stream for which to disable
     * enhanced monitoring. */
    const char *stream_name;
    /* ShardLevelMetrics: List of shard-level metrics to disable. Required. */
    struct awsc_kinesis_metrics_name_list shard_level_metrics;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents the input for EnableEnhancedMonitoring .
 */
struct awsc_kinesis_enable_enhanced_monitoring_input {
    /* StreamName: The name of the stream for which to enable enhanced monitoring. */
    const char *stream_name;
    /* ShardLevelMetrics: List of shard-level metrics to enable. Required. */
    struct awsc_kinesis_metrics_name_list shard_level_metrics;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents enhanced metrics types.
 */
struct awsc_kinesis_enhanced_metrics {
    /* ShardLevelMetrics: List of shard-level metrics. The following are the valid
     * shard-level metrics. The value " ALL " enhances every metric. */
    struct awsc_kinesis_metrics_name_list shard_level_metrics;
};

/*
 * Represents the output for EnableEnhancedMonitoring and
 * DisableEnhancedMonitoring .
 */
struct awsc_kinesis_enhanced_monitoring_output {
    /* StreamName: The name of the Kinesis data stream. */
    const char *stream_name;
    /* CurrentShardLevelMetrics: Represents the current state of the metrics that
     * are in the enhanced state before the operation. */
    struct awsc_kinesis_metrics_name_list current_shard_level_metrics;
    /* DesiredShardLevelMetrics: Represents the list of all the metrics that would
     * be in the enhanced state after the operation. */
    struct awsc_kinesis_metrics_name_list desired_shard_level_metrics;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
};

/*
 * The provided iterator exceeds the maximum age allowed.
 */
struct awsc_kinesis_expired_iterator_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The pagination token passed to the operation is expired.
 */
struct awsc_kinesis_expired_next_token_exception {
    /* message: */
    const char *message;
};

/*
 * Represents the input for GetRecords .
 */
struct awsc_kinesis_get_records_input {
    /* ShardIterator: The position in the shard from which you want to start
     * sequentially reading data records. A shard iterator specifies this position
     * using the sequence number of a data record in the shard. Required. */
    const char *shard_iterator;
    /* Limit: The maximum number of records to return. Specify a value of up to
     * 10,000. If you specify a value that is greater than 10,000, GetRecords
     * throws InvalidArgumentException . The default value is 10,000. */
    bool has_limit;
    int32_t limit;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents the output for GetRecords .
 */
struct awsc_kinesis_get_records_output {
    /* Records: The data records retrieved from the shard. Required. */
    struct awsc_kinesis_record_list records;
    /* NextShardIterator: The next position in the shard from which to start
     * sequentially reading data records. If set to null , the shard has been
     * closed and the requested iterator does not return any more data. */
    const char *next_shard_iterator;
    /* MillisBehindLatest: The number of milliseconds the GetRecords response is
     * from the tip of the stream, indicating how far behind current time the
     * consumer is. */
    bool has_millis_behind_latest;
    int64_t millis_behind_latest;
    /* ChildShards: The list of the current shard's child shards, returned in the
     * GetRecords API's response only when the end of the current shard is reached. */
    struct awsc_kinesis_child_shard_list child_shards;
};

/* GetResourcePolicyInput */
struct awsc_kinesis_get_resource_policy_input {
    /* ResourceARN: The Amazon Resource Name (ARN) of the data stream or consumer.
     * Required. */
    const char *resource_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* GetResourcePolicyOutput */
struct awsc_kinesis_get_resource_policy_output {
    /* Policy: Details of the resource policy. This is formatted as a JSON string.
     * Required. */
    const char *policy;
};

/*
 * Represents the input for GetShardIterator .
 */
struct awsc_kinesis_get_shard_iterator_input {
    /* StreamName: The name of the Amazon Kinesis data stream. */
    const char *stream_name;
    /* ShardId: The shard ID of the Kinesis Data Streams shard to get the iterator
     * for. Required. */
    const char *shard_id;
    /* ShardIteratorType: Determines how the shard iterator is used to start
     * reading data records from the shard. Required. One of enum
     * awsc_kinesis_shard_iterator_type's values (as its string). */
    const char *shard_iterator_type;
    /* StartingSequenceNumber: The sequence number of the data record in the shard
     * from which to start reading. Used with shard iterator type
     * AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER. */
    const char *starting_sequence_number;
    /* Timestamp: The time stamp of the data record from which to start reading.
     * Used with shard iterator type AT_TIMESTAMP. A time stamp is the Unix epoch
     * date with precision in milliseconds. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents the output for GetShardIterator .
 */
struct awsc_kinesis_get_shard_iterator_output {
    /* ShardIterator: The position in the shard from which to start reading data
     * records sequentially. A shard iterator specifies this position using the
     * sequence number of a data record in a shard. */
    const char *shard_iterator;
};

/*
 * The range of possible hash key values for the shard, which is a set of
 * ordered contiguous positive integers.
 */
struct awsc_kinesis_hash_key_range {
    /* StartingHashKey: The starting hash key of the hash key range. Required. */
    const char *starting_hash_key;
    /* EndingHashKey: The ending hash key of the hash key range. Required. */
    const char *ending_hash_key;
};

/*
 * Represents the input for IncreaseStreamRetentionPeriod .
 */
struct awsc_kinesis_increase_stream_retention_period_input {
    /* StreamName: The name of the stream to modify. */
    const char *stream_name;
    /* RetentionPeriodHours: The new retention period of the stream, in hours. Must
     * be more than the current retention period. Required. */
    bool has_retention_period_hours;
    int32_t retention_period_hours;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * The processing of the request failed because of an unknown error, exception,
 * or failure.
 */
struct awsc_kinesis_internal_failure_exception {
    /* message: */
    const char *message;
};

/*
 * A specified parameter exceeds its restrictions, is not supported, or can't
 * be used. For more information, see the returned message.
 */
struct awsc_kinesis_invalid_argument_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The ciphertext references a key that doesn't exist or that you don't have
 * access to.
 */
struct awsc_kinesis_kms_access_denied_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The request was rejected because the specified customer master key (CMK)
 * isn't enabled.
 */
struct awsc_kinesis_kms_disabled_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The request was rejected because the state of the specified resource isn't
 * valid for this request. For more information, see How Key State Affects Use
 * of a Customer Master Key in the Amazon Web Services Key Management Service
 * Developer Guide .
 */
struct awsc_kinesis_kms_invalid_state_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The request was rejected because the specified entity or resource can't be
 * found.
 */
struct awsc_kinesis_kms_not_found_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The Amazon Web Services access key ID needs a subscription for the service.
 */
struct awsc_kinesis_kms_opt_in_required {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The request was denied due to request throttling. For more information about
 * throttling, see Limits in the Amazon Web Services Key Management Service
 * Developer Guide .
 */
struct awsc_kinesis_kms_throttling_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The requested resource exceeds the maximum number allowed, or the number of
 * concurrent stream requests exceeds the maximum number allowed.
 */
struct awsc_kinesis_limit_exceeded_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/* ListShardsInput */
struct awsc_kinesis_list_shards_input {
    /* StreamName: The name of the data stream whose shards you want to list. */
    const char *stream_name;
    /* NextToken: When the number of shards in the data stream is greater than the
     * default value for the MaxResults parameter, or if you explicitly specify a
     * value for MaxResults that is less than the number of shards ... */
    const char *next_token;
    /* ExclusiveStartShardId: Specify this parameter to indicate that you want to
     * list the shards starting with the shard whose ID immediately follows
     * ExclusiveStartShardId . */
    const char *exclusive_start_shard_id;
    /* MaxResults: The maximum number of shards to return in a single call to
     * ListShards . The maximum number of shards to return in a single call. The
     * default value is 1000. */
    bool has_max_results;
    int32_t max_results;
    /* StreamCreationTimestamp: Specify this input parameter to distinguish data
     * streams that have the same name. */
    bool has_stream_creation_timestamp;
    struct awsc_timestamp stream_creation_timestamp;
    /* ShardFilter: Enables you to filter out the response of the ListShards API.
     * You can only specify one filter at a time. */
    struct awsc_kinesis_shard_filter *shard_filter;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* ListShardsOutput */
struct awsc_kinesis_list_shards_output {
    /* Shards: An array of JSON objects. Each object represents one shard and
     * specifies the IDs of the shard, the shard's parent, and the shard that's
     * adjacent to the shard's parent. */
    struct awsc_kinesis_shard_list shards;
    /* NextToken: When the number of shards in the data stream is greater than the
     * default value for the MaxResults parameter, or if you explicitly specify a
     * value for MaxResults that is less than the number of shards ... */
    const char *next_token;
};

/* ListStreamConsumersInput */
struct awsc_kinesis_list_stream_consumers_input {
    /* StreamARN: The ARN of the Kinesis data stream for which you want to list the
     * registered consumers. For more information, see Amazon Resource Names (ARNs)
     * and Amazon Web Services Service Namespaces . Required. */
    const char *stream_arn;
    /* NextToken: When the number of consumers that are registered with the data
     * stream is greater than the default value for the MaxResults parameter, or if
     * you explicitly specify a value for MaxResults that is less ... */
    const char *next_token;
    /* MaxResults: The maximum number of consumers that you want a single call of
     * ListStreamConsumers to return. The default value is 100. If you specify a
     * value greater than 100, at most 100 results are returned. */
    bool has_max_results;
    int32_t max_results;
    /* StreamCreationTimestamp: Specify this input parameter to distinguish data
     * streams that have the same name. */
    bool has_stream_creation_timestamp;
    struct awsc_timestamp stream_creation_timestamp;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* ListStreamConsumersOutput */
struct awsc_kinesis_list_stream_consumers_output {
    /* Consumers: An array of JSON objects. Each object represents one registered
     * consumer. */
    struct awsc_kinesis_consumer_list consumers;
    /* NextToken: When the number of consumers that are registered with the data
     * stream is greater than the default value for the MaxResults parameter, or if
     * you explicitly specify a value for MaxResults that is less ... */
    const char *next_token;
};

/*
 * Represents the input for ListStreams .
 */
struct awsc_kinesis_list_streams_input {
    /* Limit: The maximum number of streams to list. The default value is 100. If
     * you specify a value greater than 100, at most 100 results are returned. */
    bool has_limit;
    int32_t limit;
    /* ExclusiveStartStreamName: The name of the stream to start the list with. */
    const char *exclusive_start_stream_name;
    /* NextToken: */
    const char *next_token;
};

/*
 * Represents the output for ListStreams .
 */
struct awsc_kinesis_list_streams_output {
    /* StreamNames: The names of the streams that are associated with the Amazon
     * Web Services account making the ListStreams request. Required. */
    struct awsc_kinesis_metrics_name_list stream_names;
    /* HasMoreStreams: If set to true , there are more streams available to list.
     * Required. */
    bool has_has_more_streams;
    bool has_more_streams;
    /* NextToken: */
    const char *next_token;
    /* StreamSummaries: */
    struct awsc_kinesis_stream_summary_list stream_summaries;
};

/* ListTagsForResourceInput */
struct awsc_kinesis_list_tags_for_resource_input {
    /* ResourceARN: The Amazon Resource Name (ARN) of the Kinesis resource for
     * which to list tags. Required. */
    const char *resource_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* ListTagsForResourceOutput */
struct awsc_kinesis_list_tags_for_resource_output {
    /* Tags: An array of tags associated with the specified Kinesis resource. */
    struct awsc_kinesis_tag_list tags;
};

/*
 * Represents the input for ListTagsForStream .
 */
struct awsc_kinesis_list_tags_for_stream_input {
    /* StreamName: The name of the stream. */
    const char *stream_name;
    /* ExclusiveStartTagKey: The key to use as the starting point for the list of
     * tags. If this parameter is set, ListTagsForStream gets all tags that occur
     * after ExclusiveStartTagKey . */
    const char *exclusive_start_tag_key;
    /* Limit: The number of tags to return. If this number is less than the total
     * number of tags associated with the stream, HasMoreTags is set to true . */
    bool has_limit;
    int32_t limit;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents the output for ListTagsForStream .
 */
struct awsc_kinesis_list_tags_for_stream_output {
    /* Tags: A list of tags associated with StreamName , starting with the first
     * tag after ExclusiveStartTagKey and up to the specified Limit . Required. */
    struct awsc_kinesis_tag_list tags;
    /* HasMoreTags: If set to true , more tags are available. To request additional
     * tags, set ExclusiveStartTagKey to the key of the last tag returned.
     * Required. */
    bool has_has_more_tags;
    bool has_more_tags;
};

/*
 * Represents the input for MergeShards .
 */
struct awsc_kinesis_merge_shards_input {
    /* StreamName: The name of the stream for the merge. */
    const char *stream_name;
    /* ShardToMerge: The shard ID of the shard to combine with the adjacent shard
     * for the merge. Required. */
    const char *shard_to_merge;
    /* AdjacentShardToMerge: The shard ID of the adjacent shard for the merge.
     * Required. */
    const char *adjacent_shard_to_merge;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents the request parameters for configuring minimum throughput billing
 * commitment. Minimum throughput billing commitments provide cost savings on
 * on-demand data streams in exchange for committing to a minimum level of
 * throughput usage.
 */
struct awsc_kinesis_minimum_throughput_billing_commitment_input {
    /* Status: The desired status of the minimum throughput billing commitment.
     * Required. One of enum
     * awsc_kinesis_minimum_throughput_billing_commitment_input_status's values (as
     * its string). */
    const char *status;
};

/*
 * Represents the current status of minimum throughput billing commitment for
 * an account.
 */
struct awsc_kinesis_minimum_throughput_billing_commitment_output {
    /* Status: The current status of the minimum throughput billing commitment.
     * Required. One of enum
     * awsc_kinesis_minimum_throughput_billing_commitment_output_status's values
     * (as its string). */
    const char *status;
    /* StartedAt: The timestamp when the commitment was started. */
    bool has_started_at;
    struct awsc_timestamp started_at;
    /* EndedAt: The timestamp when the commitment was ended. */
    bool has_ended_at;
    struct awsc_timestamp ended_at;
    /* EarliestAllowedEndAt: The earliest timestamp when the commitment can be
     * ended. */
    bool has_earliest_allowed_end_at;
    struct awsc_timestamp earliest_allowed_end_at;
};

/*
 * The request rate for the stream is too high, or the requested data is too
 * large for the available throughput. Reduce the frequency or size of your
 * requests.
 */
struct awsc_kinesis_provisioned_throughput_exceeded_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * Represents the input for PutRecord .
 */
struct awsc_kinesis_put_record_input {
    /* StreamName: The name of the stream to put the data record into. */
    const char *stream_name;
    /* Data: The data blob to put into the record, which is base64-encoded when the
     * blob is serialized. Required. */
    struct awsc_blob data;
    /* PartitionKey: Determines which shard in the stream the data record is
     * assigned to. Partition keys are Unicode strings with a maximum length limit
     * of 256 characters for each key. Required. */
    const char *partition_key;
    /* ExplicitHashKey: The hash value used to explicitly determine the shard the
     * data record is assigned to by overriding the partition key hash. */
    const char *explicit_hash_key;
    /* SequenceNumberForOrdering: Guarantees strictly increasing sequence numbers,
     * for puts from the same client and to the same partition key. */
    const char *sequence_number_for_ordering;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents the output for PutRecord .
 */
struct awsc_kinesis_put_record_output {
    /* ShardId: The shard ID of the shard where the data record was placed.
     * Required. */
    const char *shard_id;
    /* SequenceNumber: The sequence number identifier that was assigned to the put
     * data record. The sequence number for the record is unique across all records
     * in the stream. Required. */
    const char *sequence_number;
    /* EncryptionType: The encryption type to use on the record. This parameter can
     * be one of the following values: NONE : Do not encrypt the records in the
     * stream. One of enum awsc_kinesis_encryption_type's values (as its string). */
    const char *encryption_type;
};

/*
 * A PutRecords request.
 */
struct awsc_kinesis_put_records_input {
    /* Records: The records associated with the request. Required. */
    struct awsc_kinesis_put_records_request_entry_list records;
    /* StreamName: The stream name associated with the request. */
    const char *stream_name;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * PutRecords results.
 */
struct awsc_kinesis_put_records_output {
    /* FailedRecordCount: The number of unsuccessfully processed records in a
     * PutRecords request. */
    bool has_failed_record_count;
    int32_t failed_record_count;
    /* Records: An array of successfully and unsuccessfully processed record
     * results. A record that is successfully added to a stream includes
     * SequenceNumber and ShardId in the result. Required. */
    struct awsc_kinesis_put_records_result_entry_list records;
    /* EncryptionType: The encryption type used on the records. This parameter can
     * be one of the following values: NONE : Do not encrypt the records. One of
     * enum awsc_kinesis_encryption_type's values (as its string). */
    const char *encryption_type;
};

/*
 * Represents the output for PutRecords .
 */
struct awsc_kinesis_put_records_request_entry {
    /* Data: The data blob to put into the record, which is base64-encoded when the
     * blob is serialized. Required. */
    struct awsc_blob data;
    /* ExplicitHashKey: The hash value used to determine explicitly the shard that
     * the data record is assigned to by overriding the partition key hash. */
    const char *explicit_hash_key;
    /* PartitionKey: Determines which shard in the stream the data record is
     * assigned to. Partition keys are Unicode strings with a maximum length limit
     * of 256 characters for each key. Required. */
    const char *partition_key;
};

/*
 * Represents the result of an individual record from a PutRecords request. A
 * record that is successfully added to a stream includes SequenceNumber and
 * ShardId in the result. A record that fails to be added to the stream
 * includes ErrorCode and ErrorMessage in the result.
 */
struct awsc_kinesis_put_records_result_entry {
    /* SequenceNumber: The sequence number for an individual record result. */
    const char *sequence_number;
    /* ShardId: The shard ID for an individual record result. */
    const char *shard_id;
    /* ErrorCode: The error code for an individual record result. ErrorCodes can be
     * either ProvisionedThroughputExceededException or InternalFailure . */
    const char *error_code;
    /* ErrorMessage: The error message for an individual record result. An
     * ErrorCode value of ProvisionedThroughputExceededException has an error
     * message that includes the account ID, stream name, and shard ID. */
    const char *error_message;
};

/* PutResourcePolicyInput */
struct awsc_kinesis_put_resource_policy_input {
    /* ResourceARN: The Amazon Resource Name (ARN) of the data stream or consumer.
     * Required. */
    const char *resource_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
    /* Policy: Details of the resource policy. It must include the identity of the
     * principal and the actions allowed on this resource. This is formatted as a
     * JSON string. Required. */
    const char *policy;
};

/*
 * The unit of data of the Kinesis data stream, which is composed of a sequence
 * number, a partition key, and a data blob.
 */
struct awsc_kinesis_record {
    /* SequenceNumber: The unique identifier of the record within its shard.
     * Required. */
    const char *sequence_number;
    /* ApproximateArrivalTimestamp: The approximate time that the record was
     * inserted into the stream. */
    bool has_approximate_arrival_timestamp;
    struct awsc_timestamp approximate_arrival_timestamp;
    /* Data: The data blob. The data in the blob is both opaque and immutable to
     * Kinesis Data Streams, which does not inspect, interpret, or change the data
     * in the blob in any way. Required. */
    struct awsc_blob data;
    /* PartitionKey: Identifies which shard in the stream the data record is
     * assigned to. Required. */
    const char *partition_key;
    /* EncryptionType: The encryption type used on the record. This parameter can
     * be one of the following values: NONE : Do not encrypt the records in the
     * stream. One of enum awsc_kinesis_encryption_type's values (as its string). */
    const char *encryption_type;
};

/* RegisterStreamConsumerInput */
struct awsc_kinesis_register_stream_consumer_input {
    /* StreamARN: The ARN of the Kinesis data stream that you want to register the
     * consumer with. For more info, see Amazon Resource Names (ARNs) and Amazon
     * Web Services Service Namespaces . Required. */
    const char *stream_arn;
    /* ConsumerName: For a given Kinesis data stream, each consumer must have a
     * unique name. However, consumer names don't have to be unique across data
     * streams. Required. */
    const char *consumer_name;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
    /* Tags: A set of up to 50 key-value pairs. A tag consists of a required key
     * and an optional value. */
    struct awsc_kinesis_tag_map tags;
};

/* RegisterStreamConsumerOutput */
struct awsc_kinesis_register_stream_consumer_output {
    /* Consumer: An object that represents the details of the consumer you
     * registered. When you register a consumer, it gets an ARN that is generated
     * by Kinesis Data Streams. Required. */
    struct awsc_kinesis_consumer *consumer;
};

/*
 * Represents the input for RemoveTagsFromStream .
 */
struct awsc_kinesis_remove_tags_from_stream_input {
    /* StreamName: The name of the stream. */
    const char *stream_name;
    /* TagKeys: A list of tag keys. Each corresponding tag is removed from the
     * stream. Required. */
    struct awsc_kinesis_metrics_name_list tag_keys;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * The resource is not available for this operation. For successful operation,
 * the resource must be in the ACTIVE state.
 */
struct awsc_kinesis_resource_in_use_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The requested resource could not be found. The stream might not be specified
 * correctly.
 */
struct awsc_kinesis_resource_not_found_exception {
    /* message: A message that provides information about the error. */
    const char *message;
};

/*
 * The range of possible sequence numbers for the shard.
 */
struct awsc_kinesis_sequence_number_range {
    /* StartingSequenceNumber: The starting sequence number for the range.
     * Required. */
    const char *starting_sequence_number;
    /* EndingSequenceNumber: The ending sequence number for the range. Shards that
     * are in the OPEN state have an ending sequence number of null . */
    const char *ending_sequence_number;
};

/*
 * A uniquely identified group of data records in a Kinesis data stream.
 */
struct awsc_kinesis_shard {
    /* ShardId: The unique identifier of the shard within the stream. Required. */
    const char *shard_id;
    /* ParentShardId: The shard ID of the shard's parent. */
    const char *parent_shard_id;
    /* AdjacentParentShardId: The shard ID of the shard adjacent to the shard's
     * parent. */
    const char *adjacent_parent_shard_id;
    /* HashKeyRange: The range of possible hash key values for the shard, which is
     * a set of ordered contiguous positive integers. Required. */
    struct awsc_kinesis_hash_key_range *hash_key_range;
    /* SequenceNumberRange: The range of possible sequence numbers for the shard.
     * Required. */
    struct awsc_kinesis_sequence_number_range *sequence_number_range;
};

/*
 * The request parameter used to filter out the response of the ListShards API.
 */
struct awsc_kinesis_shard_filter {
    /* Type: The shard type specified in the ShardFilter parameter. This is a
     * required property of the ShardFilter parameter. Required. One of enum
     * awsc_kinesis_shard_filter_type's values (as its string). */
    const char *type;
    /* ShardId: The exclusive start shardID speified in the ShardFilter parameter.
     * This property can only be used if the AFTER_SHARD_ID shard type is
     * specified. */
    const char *shard_id;
    /* Timestamp: The timestamps specified in the ShardFilter parameter. A
     * timestamp is a Unix epoch date with precision in milliseconds. For example,
     * 2016-04-04T19:58:46.480-00:00 or 1459799926.480. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
};

/*
 * Represents the input for SplitShard .
 */
struct awsc_kinesis_split_shard_input {
    /* StreamName: The name of the stream for the shard split. */
    const char *stream_name;
    /* ShardToSplit: The shard ID of the shard to split. Required. */
    const char *shard_to_split;
    /* NewStartingHashKey: A hash key value for the starting hash key of one of the
     * child shards created by the split. The hash key range for a given shard
     * constitutes a set of ordered contiguous positive integers. Required. */
    const char *new_starting_hash_key;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* StartStreamEncryptionInput */
struct awsc_kinesis_start_stream_encryption_input {
    /* StreamName: The name of the stream for which to start encrypting records. */
    const char *stream_name;
    /* EncryptionType: The encryption type to use. The only valid value is KMS .
     * Required. One of enum awsc_kinesis_encryption_type's values (as its string). */
    const char *encryption_type;
    /* KeyId: The GUID for the customer-managed Amazon Web Services KMS key to use
     * for encryption. Required. */
    const char *key_id;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * The starting position in the data stream from which to start streaming.
 */
struct awsc_kinesis_starting_position {
    /* Type: You can set the starting position to one of the following values:
     * Required. One of enum awsc_kinesis_shard_iterator_type's values (as its
     * string). */
    const char *type;
    /* SequenceNumber: The sequence number of the data record in the shard from
     * which to start streaming. To specify a sequence number, set StartingPosition
     * to AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER . */
    const char *sequence_number;
    /* Timestamp: The time stamp of the data record from which to start reading. To
     * specify a time stamp, set StartingPosition to Type AT_TIMESTAMP . A time
     * stamp is the Unix epoch date with precision in milliseconds. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
};

/* StopStreamEncryptionInput */
struct awsc_kinesis_stop_stream_encryption_input {
    /* StreamName: The name of the stream on which to stop encrypting records. */
    const char *stream_name;
    /* EncryptionType: The encryption type. The only valid value is KMS . Required.
     * One of enum awsc_kinesis_encryption_type's values (as its string). */
    const char *encryption_type;
    /* KeyId: The GUID for the customer-managed Amazon Web Services KMS key to use
     * for encryption. Required. */
    const char *key_id;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/*
 * Represents the output for DescribeStream .
 */
struct awsc_kinesis_stream_description {
    /* StreamName: The name of the stream being described. Required. */
    const char *stream_name;
    /* StreamARN: The Amazon Resource Name (ARN) for the stream being described.
     * Required. */
    const char *stream_arn;
    /* StreamStatus: The current status of the stream being described. The stream
     * status is one of the following states: CREATING - The stream is being
     * created. Required. One of enum awsc_kinesis_stream_status's values (as its
     * string). */
    const char *stream_status;
    /* StreamModeDetails: Specifies the capacity mode to which you want to set your
     * data stream. */
    struct awsc_kinesis_stream_mode_details *stream_mode_details;
    /* Shards: The shards that comprise the stream. Required. */
    struct awsc_kinesis_shard_list shards;
    /* HasMoreShards: If set to true , more shards in the stream are available to
     * describe. Required. */
    bool has_has_more_shards;
    bool has_more_shards;
    /* RetentionPeriodHours: The current retention period, in hours. Minimum value
     * of 24. Maximum value of 168. Required. */
    bool has_retention_period_hours;
    int32_t retention_period_hours;
    /* StreamCreationTimestamp: The approximate time that the stream was created.
     * Required. */
    bool has_stream_creation_timestamp;
    struct awsc_timestamp stream_creation_timestamp;
    /* EnhancedMonitoring: Represents the current enhanced monitoring settings of
     * the stream. Required. */
    struct awsc_kinesis_enhanced_monitoring_list enhanced_monitoring;
    /* EncryptionType: The server-side encryption type used on the stream. This
     * parameter can be one of the following values: NONE : Do not encrypt the
     * records in the stream. One of enum awsc_kinesis_encryption_type's values (as
     * its string). */
    const char *encryption_type;
    /* KeyId: The GUID for the customer-managed Amazon Web Services KMS key to use
     * for encryption. */
    const char *key_id;
};

/*
 * Represents the output for DescribeStreamSummary
 */
struct awsc_kinesis_stream_description_summary {
    /* StreamName: The name of the stream being described. Required. */
    const char *stream_name;
    /* StreamARN: The Amazon Resource Name (ARN) for the stream being described.
     * Required. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
    /* StreamStatus: The current status of the stream being described. The stream
     * status is one of the following states: CREATING - The stream is being
     * created. Required. One of enum awsc_kinesis_stream_status's values (as its
     * string). */
    const char *stream_status;
    /* StreamModeDetails: Specifies the capacity mode to which you want to set your
     * data stream. */
    struct awsc_kinesis_stream_mode_details *stream_mode_details;
    /* RetentionPeriodHours: The current retention period, in hours. Required. */
    bool has_retention_period_hours;
    int32_t retention_period_hours;
    /* StreamCreationTimestamp: The approximate time that the stream was created.
     * Required. */
    bool has_stream_creation_timestamp;
    struct awsc_timestamp stream_creation_timestamp;
    /* EnhancedMonitoring: Represents the current enhanced monitoring settings of
     * the stream. Required. */
    struct awsc_kinesis_enhanced_monitoring_list enhanced_monitoring;
    /* EncryptionType: The encryption type used. This value is one of the
     * following: KMS NONE One of enum awsc_kinesis_encryption_type's values (as
     * its string). */
    const char *encryption_type;
    /* KeyId: The GUID for the customer-managed Amazon Web Services KMS key to use
     * for encryption. */
    const char *key_id;
    /* OpenShardCount: The number of open shards in the stream. Required. */
    bool has_open_shard_count;
    int32_t open_shard_count;
    /* ConsumerCount: The number of enhanced fan-out consumers registered with the
     * stream. */
    bool has_consumer_count;
    int32_t consumer_count;
    /* WarmThroughput: The warm throughput in MB/s for the stream. This represents
     * the throughput capacity that will be immediately available for write
     * operations. */
    struct awsc_kinesis_warm_throughput_object *warm_throughput;
    /* MaxRecordSizeInKiB: The maximum record size of a single record in kibibyte
     * (KiB) that you can write to, and read from a stream. */
    bool has_max_record_size_in_ki_b;
    int32_t max_record_size_in_ki_b;
};

/*
 * Specifies the capacity mode to which you want to set your data stream.
 * Currently, in Kinesis Data Streams, you can choose between an on-demand
 * capacity mode and a provisioned capacity mode for your data streams.
 */
struct awsc_kinesis_stream_mode_details {
    /* StreamMode: Specifies the capacity mode to which you want to set your data
     * stream. Required. One of enum awsc_kinesis_stream_mode's values (as its
     * string). */
    const char *stream_mode;
};

/*
 * The summary of a stream.
 */
struct awsc_kinesis_stream_summary {
    /* StreamName: The name of a stream. Required. */
    const char *stream_name;
    /* StreamARN: The ARN of the stream. Required. */
    const char *stream_arn;
    /* StreamStatus: The status of the stream. Required. One of enum
     * awsc_kinesis_stream_status's values (as its string). */
    const char *stream_status;
    /* StreamModeDetails: */
    struct awsc_kinesis_stream_mode_details *stream_mode_details;
    /* StreamCreationTimestamp: The timestamp at which the stream was created. */
    bool has_stream_creation_timestamp;
    struct awsc_timestamp stream_creation_timestamp;
};

/*
 * After you call SubscribeToShard , Kinesis Data Streams sends events of this
 * type over an HTTP/2 connection to your consumer.
 */
struct awsc_kinesis_subscribe_to_shard_event {
    /* Records:  Required. */
    struct awsc_kinesis_record_list records;
    /* ContinuationSequenceNumber: Use this as SequenceNumber in the next call to
     * SubscribeToShard , with StartingPosition set to AT_SEQUENCE_NUMBER or
     * AFTER_SEQUENCE_NUMBER . Required. */
    const char *continuation_sequence_number;
    /* MillisBehindLatest: The number of milliseconds the read records are from the
     * tip of the stream, indicating how far behind current time the consumer is.
     * Required. */
    bool has_millis_behind_latest;
    int64_t millis_behind_latest;
    /* ChildShards: The list of the child shards of the current shard, returned
     * only at the end of the current shard. */
    struct awsc_kinesis_child_shard_list child_shards;
};

/*
 * This is a tagged union for all of the types of events an enhanced fan-out
 * consumer can receive over HTTP/2 after a call to SubscribeToShard .
 */
struct awsc_kinesis_subscribe_to_shard_event_stream {
    /* SubscribeToShardEvent: After you call SubscribeToShard , Kinesis Data
     * Streams sends events of this type to your consumer. Required. */
    struct awsc_kinesis_subscribe_to_shard_event *subscribe_to_shard_event;
    /* ResourceNotFoundException: */
    struct awsc_kinesis_resource_not_found_exception *resource_not_found_exception;
    /* ResourceInUseException: */
    struct awsc_kinesis_resource_in_use_exception *resource_in_use_exception;
    /* KMSDisabledException: */
    struct awsc_kinesis_kms_disabled_exception *kms_disabled_exception;
    /* KMSInvalidStateException: */
    struct awsc_kinesis_kms_invalid_state_exception *kms_invalid_state_exception;
    /* KMSAccessDeniedException: */
    struct awsc_kinesis_kms_access_denied_exception *kms_access_denied_exception;
    /* KMSNotFoundException: */
    struct awsc_kinesis_kms_not_found_exception *kms_not_found_exception;
    /* KMSOptInRequired: */
    struct awsc_kinesis_kms_opt_in_required *kms_opt_in_required;
    /* KMSThrottlingException: */
    struct awsc_kinesis_kms_throttling_exception *kms_throttling_exception;
    /* InternalFailureException: The processing of the request failed because of an
     * unknown error, exception, or failure. */
    struct awsc_kinesis_internal_failure_exception *internal_failure_exception;
};

/* SubscribeToShardInput */
struct awsc_kinesis_subscribe_to_shard_input {
    /* ConsumerARN: For this parameter, use the value you obtained when you called
     * RegisterStreamConsumer . Required. */
    const char *consumer_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
    /* ShardId: The ID of the shard you want to subscribe to. To see a list of all
     * the shards for a given stream, use ListShards . Required. */
    const char *shard_id;
    /* StartingPosition: The starting position in the data stream from which to
     * start streaming. Required. */
    struct awsc_kinesis_starting_position *starting_position;
};

/* SubscribeToShardOutput */
struct awsc_kinesis_subscribe_to_shard_output {
    /* EventStream: The event stream that your consumer can use to read records
     * from the shard. Required.
     * Not filled: each event goes to the call's event callback as it arrives. */
    struct awsc_kinesis_subscribe_to_shard_event_stream *event_stream;
};

/*
 * Metadata assigned to the stream or consumer, consisting of a key-value pair.
 */
struct awsc_kinesis_tag {
    /* Key: A unique identifier for the tag. Maximum length: 128 characters. Valid
     * characters: Unicode letters, digits, white space, _ . / = + - % @ Required. */
    const char *key;
    /* Value: An optional string, typically used to describe or define the tag.
     * Maximum length: 256 characters. Valid characters: Unicode letters, digits,
     * white space, _ . / = + - % @ */
    const char *value;
};

/* TagResourceInput */
struct awsc_kinesis_tag_resource_input {
    /* Tags: An array of tags to be added to the Kinesis resource. A tag consists
     * of a required key and an optional value. You can add up to 50 tags per
     * resource. Required. */
    struct awsc_kinesis_tag_map tags;
    /* ResourceARN: The Amazon Resource Name (ARN) of the Kinesis resource to which
     * to add tags. Required. */
    const char *resource_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* UntagResourceInput */
struct awsc_kinesis_untag_resource_input {
    /* TagKeys: A list of tag key-value pairs. Existing tags of the resource whose
     * keys are members of this list will be removed from the Kinesis resource.
     * Required. */
    struct awsc_kinesis_metrics_name_list tag_keys;
    /* ResourceARN: The Amazon Resource Name (ARN) of the Kinesis resource from
     * which to remove tags. Required. */
    const char *resource_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* UpdateAccountSettingsInput */
struct awsc_kinesis_update_account_settings_input {
    /* MinimumThroughputBillingCommitment: Specifies the minimum throughput billing
     * commitment configuration for your account. Required. */
    struct awsc_kinesis_minimum_throughput_billing_commitment_input *minimum_throughput_billing_commitment;
};

/* UpdateAccountSettingsOutput */
struct awsc_kinesis_update_account_settings_output {
    /* MinimumThroughputBillingCommitment: The updated configuration of the minimum
     * throughput billing commitment for your account. */
    struct awsc_kinesis_minimum_throughput_billing_commitment_output *minimum_throughput_billing_commitment;
};

/* UpdateMaxRecordSizeInput */
struct awsc_kinesis_update_max_record_size_input {
    /* StreamARN: The Amazon Resource Name (ARN) of the stream for the
     * MaxRecordSize update. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
    /* MaxRecordSizeInKiB: The maximum record size of a single record in KiB that
     * you can write to, and read from a stream. Specify a value between 1024 and
     * 10240 KiB (1 to 10 MiB). Required. */
    bool has_max_record_size_in_ki_b;
    int32_t max_record_size_in_ki_b;
};

/* UpdateShardCountInput */
struct awsc_kinesis_update_shard_count_input {
    /* StreamName: The name of the stream. */
    const char *stream_name;
    /* TargetShardCount: The new number of shards. This value has the following
     * default limits. By default, you cannot do the following: Set this value to
     * more than double your current shard count for a stream. Required. */
    bool has_target_shard_count;
    int32_t target_shard_count;
    /* ScalingType: The scaling type. Uniform scaling creates shards of equal size.
     * Required. One of enum awsc_kinesis_scaling_type's values (as its string). */
    const char *scaling_type;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
};

/* UpdateShardCountOutput */
struct awsc_kinesis_update_shard_count_output {
    /* StreamName: The name of the stream. */
    const char *stream_name;
    /* CurrentShardCount: The current number of shards. */
    bool has_current_shard_count;
    int32_t current_shard_count;
    /* TargetShardCount: The updated number of shards. */
    bool has_target_shard_count;
    int32_t target_shard_count;
    /* StreamARN: The ARN of the stream. */
    const char *stream_arn;
};

/* UpdateStreamModeInput */
struct awsc_kinesis_update_stream_mode_input {
    /* StreamARN: Specifies the ARN of the data stream whose capacity mode you want
     * to update. Required. */
    const char *stream_arn;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
    /* StreamModeDetails: Specifies the capacity mode to which you want to set your
     * data stream. Required. */
    struct awsc_kinesis_stream_mode_details *stream_mode_details;
    /* WarmThroughputMiBps: The target warm throughput in MB/s that the stream
     * should be scaled to handle. This represents the throughput capacity that
     * will be immediately available for write operations. */
    bool has_warm_throughput_mi_bps;
    int32_t warm_throughput_mi_bps;
};

/* UpdateStreamWarmThroughputInput */
struct awsc_kinesis_update_stream_warm_throughput_input {
    /* StreamARN: The ARN of the stream to be updated. */
    const char *stream_arn;
    /* StreamName: The name of the stream to be updated. */
    const char *stream_name;
    /* StreamId: Not Implemented. Reserved for future use. */
    const char *stream_id;
    /* WarmThroughputMiBps: The target warm throughput in MB/s that the stream
     * should be scaled to handle. This represents the throughput capacity that
     * will be immediately available for write operations. Required. */
    bool has_warm_throughput_mi_bps;
    int32_t warm_throughput_mi_bps;
};

/* UpdateStreamWarmThroughputOutput */
struct awsc_kinesis_update_stream_warm_throughput_output {
    /* StreamARN: The ARN of the stream that was updated. */
    const char *stream_arn;
    /* StreamName: The name of the stream that was updated. */
    const char *stream_name;
    /* WarmThroughput: Specifies the updated warm throughput configuration for your
     * data stream. */
    struct awsc_kinesis_warm_throughput_object *warm_throughput;
};

/*
 * Specifies that you tried to invoke this API for a data stream with the
 * on-demand capacity mode. This API is only supported for data streams with
 * the provisioned capacity mode.
 */
struct awsc_kinesis_validation_exception {
    /* message: */
    const char *message;
};

/*
 * Represents the warm throughput configuration on the stream. This is only
 * present for On-Demand Kinesis Data Streams in accounts that have
 * MinimumThroughputBillingCommitment enabled.
 */
struct awsc_kinesis_warm_throughput_object {
    /* TargetMiBps: The target warm throughput value on the stream. This indicates
     * that the stream is currently scaling towards this target value. */
    bool has_target_mi_bps;
    int32_t target_mi_bps;
    /* CurrentMiBps: The current warm throughput value on the stream. This is the
     * write throughput in MiBps that the stream is currently scaled to handle. */
    bool has_current_mi_bps;
    int32_t current_mi_bps;
};

struct awsc_kinesis_tag_map_entry {
    const char *key;
    const char *value;
};

/* ----------------------------------------------------------- operations */

/*
 * AddTagsToStream
 * Adds or updates tags for the specified Kinesis data stream. You can assign
 * up to 50 tags to a data stream. When invoking this API, you must use either
 * the StreamARN or the StreamName parameter, or both. It is recommended that
 * you use the StreamARN input parameter when you invoke this API.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_add_tags_to_stream(struct awsc_client *client,
                                             const struct awsc_kinesis_add_tags_to_stream_input *input,
                                             struct awsc_error *err);
typedef void awsc_kinesis_add_tags_to_stream_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_kinesis_add_tags_to_stream_async(struct awsc_client *client,
                                                   const struct awsc_kinesis_add_tags_to_stream_input *input,
                                                   awsc_kinesis_add_tags_to_stream_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * CreateStream
 * Creates a Kinesis data stream. A stream captures and transports data records
 * that are continuously emitted from different data sources or producers .
 * Scale-out within a stream is explicitly supported by means of shards, which
 * are uniquely identified groups of data records in a stream.
 * Errors: AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_kinesis_create_stream(struct awsc_client *client,
                                        const struct awsc_kinesis_create_stream_input *input,
                                        struct awsc_error *err);
typedef void awsc_kinesis_create_stream_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_kinesis_create_stream_async(struct awsc_client *client,
                                              const struct awsc_kinesis_create_stream_input *input,
                                              awsc_kinesis_create_stream_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DecreaseStreamRetentionPeriod
 * Decreases the Kinesis data stream's retention period, which is the length of
 * time data records are accessible after they are added to the stream. The
 * minimum value of a stream's retention period is 24 hours.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_decrease_stream_retention_period(struct awsc_client *client,
                                                           const struct awsc_kinesis_decrease_stream_retention_period_input *input,
                                                           struct awsc_error *err);
typedef void awsc_kinesis_decrease_stream_retention_period_cb(void *user_data,
                                                              int status,
                                                              struct awsc_error *err);
AWSC_API int awsc_kinesis_decrease_stream_retention_period_async(struct awsc_client *client,
                                                                 const struct awsc_kinesis_decrease_stream_retention_period_input *input,
                                                                 awsc_kinesis_decrease_stream_retention_period_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * DeleteResourcePolicy
 * Delete a policy for the specified data stream or consumer. Request patterns
 * can be one of the following: Data stream pattern:
 * arn:aws.*:kinesis:.*:\d{12}:.*stream/\S+ Consumer pattern:
 * ^(arn):aws.*:kinesis:.*:\d{12}:.*stream\/[a-zA-Z0-9_.-]+\/consumer\/[a-zA-Z0-9_.-]+:[0-9]+
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_delete_resource_policy(struct awsc_client *client,
                                                 const struct awsc_kinesis_delete_resource_policy_input *input,
                                                 struct awsc_error *err);
typedef void awsc_kinesis_delete_resource_policy_cb(void *user_data,
                                                    int status,
                                                    struct awsc_error *err);
AWSC_API int awsc_kinesis_delete_resource_policy_async(struct awsc_client *client,
                                                       const struct awsc_kinesis_delete_resource_policy_input *input,
                                                       awsc_kinesis_delete_resource_policy_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * DeleteStream
 * Deletes a Kinesis data stream and all its shards and data. You must shut
 * down any applications that are operating on the stream before you delete the
 * stream. If an application attempts to operate on a deleted stream, it
 * receives the exception ResourceNotFoundException .
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_delete_stream(struct awsc_client *client,
                                        const struct awsc_kinesis_delete_stream_input *input,
                                        struct awsc_error *err);
typedef void awsc_kinesis_delete_stream_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_kinesis_delete_stream_async(struct awsc_client *client,
                                              const struct awsc_kinesis_delete_stream_input *input,
                                              awsc_kinesis_delete_stream_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DeregisterStreamConsumer
 * To deregister a consumer, provide its ARN. Alternatively, you can provide
 * the ARN of the data stream and the name you gave the consumer when you
 * registered it. You may also provide all three parameters, as long as they
 * don't conflict with each other.
 * Errors: AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_deregister_stream_consumer(struct awsc_client *client,
                                                     const struct awsc_kinesis_deregister_stream_consumer_input *input,
                                                     struct awsc_error *err);
typedef void awsc_kinesis_deregister_stream_consumer_cb(void *user_data,
                                                        int status,
                                                        struct awsc_error *err);
AWSC_API int awsc_kinesis_deregister_stream_consumer_async(struct awsc_client *client,
                                                           const struct awsc_kinesis_deregister_stream_consumer_input *input,
                                                           awsc_kinesis_deregister_stream_consumer_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * DescribeAccountSettings
 * Describes the account-level settings for Amazon Kinesis Data Streams. This
 * operation returns information about the minimum throughput billing
 * commitments and other account-level configurations.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_kinesis_describe_account_settings(struct awsc_client *client,
                                                    const struct awsc_kinesis_describe_account_settings_input *input,
                                                    struct awsc_kinesis_describe_account_settings_output **output,
                                                    struct awsc_error *err);
typedef void awsc_kinesis_describe_account_settings_cb(void *user_data,
                                                       int status,
                                                       struct awsc_kinesis_describe_account_settings_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_account_settings_async(struct awsc_client *client,
                                                          const struct awsc_kinesis_describe_account_settings_input *input,
                                                          awsc_kinesis_describe_account_settings_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * DescribeLimits
 * Describes the shard limits and usage for the account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_kinesis_describe_limits(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_limits_input *input,
                                          struct awsc_kinesis_describe_limits_output **output,
                                          struct awsc_error *err);
typedef void awsc_kinesis_describe_limits_cb(void *user_data,
                                             int status,
                                             struct awsc_kinesis_describe_limits_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_limits_async(struct awsc_client *client,
                                                const struct awsc_kinesis_describe_limits_input *input,
                                                awsc_kinesis_describe_limits_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * DescribeStream
 * Describes the specified Kinesis data stream. This API has been revised. It's
 * highly recommended that you use the DescribeStreamSummary API to get a
 * summarized description of the specified Kinesis data stream and the
 * ListShards API to list the shards in a specified data stream and obtain
 * information ...
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_describe_stream(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_stream_input *input,
                                          struct awsc_kinesis_describe_stream_output **output,
                                          struct awsc_error *err);
typedef void awsc_kinesis_describe_stream_cb(void *user_data,
                                             int status,
                                             struct awsc_kinesis_describe_stream_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_stream_async(struct awsc_client *client,
                                                const struct awsc_kinesis_describe_stream_input *input,
                                                awsc_kinesis_describe_stream_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * DescribeStreamConsumer
 * To get the description of a registered consumer, provide the ARN of the
 * consumer. Alternatively, you can provide the ARN of the data stream and the
 * name you gave the consumer when you registered it. You may also provide all
 * three parameters, as long as they don't conflict with each other.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_describe_stream_consumer(struct awsc_client *client,
                                                   const struct awsc_kinesis_describe_stream_consumer_input *input,
                                                   struct awsc_kinesis_describe_stream_consumer_output **output,
                                                   struct awsc_error *err);
typedef void awsc_kinesis_describe_stream_consumer_cb(void *user_data,
                                                      int status,
                                                      struct awsc_kinesis_describe_stream_consumer_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_stream_consumer_async(struct awsc_client *client,
                                                         const struct awsc_kinesis_describe_stream_consumer_input *input,
                                                         awsc_kinesis_describe_stream_consumer_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * DescribeStreamSummary
 * Provides a summarized description of the specified Kinesis data stream
 * without the shard list. When invoking this API, you must use either the
 * StreamARN or the StreamName parameter, or both. It is recommended that you
 * use the StreamARN input parameter when you invoke this API.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_describe_stream_summary(struct awsc_client *client,
                                                  const struct awsc_kinesis_describe_stream_summary_input *input,
                                                  struct awsc_kinesis_describe_stream_summary_output **output,
                                                  struct awsc_error *err);
typedef void awsc_kinesis_describe_stream_summary_cb(void *user_data,
                                                     int status,
                                                     struct awsc_kinesis_describe_stream_summary_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_stream_summary_async(struct awsc_client *client,
                                                        const struct awsc_kinesis_describe_stream_summary_input *input,
                                                        awsc_kinesis_describe_stream_summary_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * DisableEnhancedMonitoring
 * Disables enhanced monitoring. When invoking this API, you must use either
 * the StreamARN or the StreamName parameter, or both. It is recommended that
 * you use the StreamARN input parameter when you invoke this API.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_disable_enhanced_monitoring(struct awsc_client *client,
                                                      const struct awsc_kinesis_disable_enhanced_monitoring_input *input,
                                                      struct awsc_kinesis_enhanced_monitoring_output **output,
                                                      struct awsc_error *err);
typedef void awsc_kinesis_disable_enhanced_monitoring_cb(void *user_data,
                                                         int status,
                                                         struct awsc_kinesis_enhanced_monitoring_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_kinesis_disable_enhanced_monitoring_async(struct awsc_client *client,
                                                            const struct awsc_kinesis_disable_enhanced_monitoring_input *input,
                                                            awsc_kinesis_disable_enhanced_monitoring_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * EnableEnhancedMonitoring
 * Enables enhanced Kinesis data stream monitoring for shard-level metrics.
 * When invoking this API, you must use either the StreamARN or the StreamName
 * parameter, or both. It is recommended that you use the StreamARN input
 * parameter when you invoke this API.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_enable_enhanced_monitoring(struct awsc_client *client,
                                                     const struct awsc_kinesis_enable_enhanced_monitoring_input *input,
                                                     struct awsc_kinesis_enhanced_monitoring_output **output,
                                                     struct awsc_error *err);
typedef void awsc_kinesis_enable_enhanced_monitoring_cb(void *user_data,
                                                        int status,
                                                        struct awsc_kinesis_enhanced_monitoring_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_kinesis_enable_enhanced_monitoring_async(struct awsc_client *client,
                                                           const struct awsc_kinesis_enable_enhanced_monitoring_input *input,
                                                           awsc_kinesis_enable_enhanced_monitoring_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * GetRecords
 * Gets data records from a Kinesis data stream's shard. When invoking this
 * API, you must use either the StreamARN or the StreamName parameter, or both.
 * It is recommended that you use the StreamARN input parameter when you invoke
 * this API. Specify a shard iterator using the ShardIterator parameter.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_EXPIRED_ITERATOR_EXCEPTION,
 *   AWSC_KINESIS_ERR_INTERNAL_FAILURE_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSOPT_IN_REQUIRED,
 *   AWSC_KINESIS_ERR_KMSTHROTTLING_EXCEPTION,
 *   AWSC_KINESIS_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_get_records(struct awsc_client *client,
                                      const struct awsc_kinesis_get_records_input *input,
                                      struct awsc_kinesis_get_records_output **output,
                                      struct awsc_error *err);
typedef void awsc_kinesis_get_records_cb(void *user_data,
                                         int status,
                                         struct awsc_kinesis_get_records_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_kinesis_get_records_async(struct awsc_client *client,
                                            const struct awsc_kinesis_get_records_input *input,
                                            awsc_kinesis_get_records_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * GetResourcePolicy
 * Returns a policy attached to the specified data stream or consumer. Request
 * patterns can be one of the following: Data stream pattern:
 * arn:aws.*:kinesis:.*:\d{12}:.*stream/\S+ Consumer pattern:
 * ^(arn):aws.*:kinesis:.*:\d{12}:.*stream\/[a-zA-Z0-9_.-]+\/consumer\/[a-zA-Z0-9_.-]+:[0-9]+
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_get_resource_policy(struct awsc_client *client,
                                              const struct awsc_kinesis_get_resource_policy_input *input,
                                              struct awsc_kinesis_get_resource_policy_output **output,
                                              struct awsc_error *err);
typedef void awsc_kinesis_get_resource_policy_cb(void *user_data,
                                                 int status,
                                                 struct awsc_kinesis_get_resource_policy_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_kinesis_get_resource_policy_async(struct awsc_client *client,
                                                    const struct awsc_kinesis_get_resource_policy_input *input,
                                                    awsc_kinesis_get_resource_policy_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * GetShardIterator
 * Gets an Amazon Kinesis shard iterator. A shard iterator expires 5 minutes
 * after it is returned to the requester. When invoking this API, you must use
 * either the StreamARN or the StreamName parameter, or both. It is recommended
 * that you use the StreamARN input parameter when you invoke this API.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INTERNAL_FAILURE_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_get_shard_iterator(struct awsc_client *client,
                                             const struct awsc_kinesis_get_shard_iterator_input *input,
                                             struct awsc_kinesis_get_shard_iterator_output **output,
                                             struct awsc_error *err);
typedef void awsc_kinesis_get_shard_iterator_cb(void *user_data,
                                                int status,
                                                struct awsc_kinesis_get_shard_iterator_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_kinesis_get_shard_iterator_async(struct awsc_client *client,
                                                   const struct awsc_kinesis_get_shard_iterator_input *input,
                                                   awsc_kinesis_get_shard_iterator_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * IncreaseStreamRetentionPeriod
 * Increases the Kinesis data stream's retention period, which is the length of
 * time data records are accessible after they are added to the stream. The
 * maximum value of a stream's retention period is 8760 hours (365 days).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_increase_stream_retention_period(struct awsc_client *client,
                                                           const struct awsc_kinesis_increase_stream_retention_period_input *input,
                                                           struct awsc_error *err);
typedef void awsc_kinesis_increase_stream_retention_period_cb(void *user_data,
                                                              int status,
                                                              struct awsc_error *err);
AWSC_API int awsc_kinesis_increase_stream_retention_period_async(struct awsc_client *client,
                                                                 const struct awsc_kinesis_increase_stream_retention_period_input *input,
                                                                 awsc_kinesis_increase_stream_retention_period_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * ListShards
 * Lists the shards in a stream and provides information about each shard. This
 * operation has a limit of 1000 transactions per second per data stream. When
 * invoking this API, you must use either the StreamARN or the StreamName
 * parameter, or both.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_EXPIRED_NEXT_TOKEN_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_list_shards(struct awsc_client *client,
                                      const struct awsc_kinesis_list_shards_input *input,
                                      struct awsc_kinesis_list_shards_output **output,
                                      struct awsc_error *err);
typedef void awsc_kinesis_list_shards_cb(void *user_data,
                                         int status,
                                         struct awsc_kinesis_list_shards_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_kinesis_list_shards_async(struct awsc_client *client,
                                            const struct awsc_kinesis_list_shards_input *input,
                                            awsc_kinesis_list_shards_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * ListStreamConsumers
 * Lists the consumers registered to receive data from a stream using enhanced
 * fan-out, and provides information about each consumer.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_EXPIRED_NEXT_TOKEN_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_list_stream_consumers(struct awsc_client *client,
                                                const struct awsc_kinesis_list_stream_consumers_input *input,
                                                struct awsc_kinesis_list_stream_consumers_output **output,
                                                struct awsc_error *err);
typedef void awsc_kinesis_list_stream_consumers_cb(void *user_data,
                                                   int status,
                                                   struct awsc_kinesis_list_stream_consumers_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_kinesis_list_stream_consumers_async(struct awsc_client *client,
                                                      const struct awsc_kinesis_list_stream_consumers_input *input,
                                                      awsc_kinesis_list_stream_consumers_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * ListStreams
 * Lists your Kinesis data streams. The number of streams may be too large to
 * return from a single call to ListStreams . You can limit the number of
 * returned streams using the Limit parameter.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_EXPIRED_NEXT_TOKEN_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_kinesis_list_streams(struct awsc_client *client,
                                       const struct awsc_kinesis_list_streams_input *input,
                                       struct awsc_kinesis_list_streams_output **output,
                                       struct awsc_error *err);
typedef void awsc_kinesis_list_streams_cb(void *user_data,
                                          int status,
                                          struct awsc_kinesis_list_streams_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_kinesis_list_streams_async(struct awsc_client *client,
                                             const struct awsc_kinesis_list_streams_input *input,
                                             awsc_kinesis_list_streams_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * ListTagsForResource
 * List all tags added to the specified Kinesis resource. Each tag is a label
 * consisting of a user-defined key and value. Tags can help you manage,
 * identify, organize, search for, and filter resources.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_list_tags_for_resource(struct awsc_client *client,
                                                 const struct awsc_kinesis_list_tags_for_resource_input *input,
                                                 struct awsc_kinesis_list_tags_for_resource_output **output,
                                                 struct awsc_error *err);
typedef void awsc_kinesis_list_tags_for_resource_cb(void *user_data,
                                                    int status,
                                                    struct awsc_kinesis_list_tags_for_resource_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_kinesis_list_tags_for_resource_async(struct awsc_client *client,
                                                       const struct awsc_kinesis_list_tags_for_resource_input *input,
                                                       awsc_kinesis_list_tags_for_resource_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * ListTagsForStream
 * Lists the tags for the specified Kinesis data stream. This operation has a
 * limit of five transactions per second per account. When invoking this API,
 * you must use either the StreamARN or the StreamName parameter, or both.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_list_tags_for_stream(struct awsc_client *client,
                                               const struct awsc_kinesis_list_tags_for_stream_input *input,
                                               struct awsc_kinesis_list_tags_for_stream_output **output,
                                               struct awsc_error *err);
typedef void awsc_kinesis_list_tags_for_stream_cb(void *user_data,
                                                  int status,
                                                  struct awsc_kinesis_list_tags_for_stream_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_kinesis_list_tags_for_stream_async(struct awsc_client *client,
                                                     const struct awsc_kinesis_list_tags_for_stream_input *input,
                                                     awsc_kinesis_list_tags_for_stream_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * MergeShards
 * Merges two adjacent shards in a Kinesis data stream and combines them into a
 * single shard to reduce the stream's capacity to ingest and transport data.
 * This API is only supported for the data streams with the provisioned
 * capacity mode.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_kinesis_merge_shards(struct awsc_client *client,
                                       const struct awsc_kinesis_merge_shards_input *input,
                                       struct awsc_error *err);
typedef void awsc_kinesis_merge_shards_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_kinesis_merge_shards_async(struct awsc_client *client,
                                             const struct awsc_kinesis_merge_shards_input *input,
                                             awsc_kinesis_merge_shards_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * PutRecord
 * Writes a single data record into an Amazon Kinesis data stream. Call
 * PutRecord to send data into the stream for real-time ingestion and
 * subsequent processing, one record at a time. Each shard can support writes
 * up to 1,000 records per second, up to a maximum data write total of 10 MiB
 * per second.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INTERNAL_FAILURE_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSOPT_IN_REQUIRED,
 *   AWSC_KINESIS_ERR_KMSTHROTTLING_EXCEPTION,
 *   AWSC_KINESIS_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_put_record(struct awsc_client *client,
                                     const struct awsc_kinesis_put_record_input *input,
                                     struct awsc_kinesis_put_record_output **output,
                                     struct awsc_error *err);
typedef void awsc_kinesis_put_record_cb(void *user_data,
                                        int status,
                                        struct awsc_kinesis_put_record_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_kinesis_put_record_async(struct awsc_client *client,
                                           const struct awsc_kinesis_put_record_input *input,
                                           awsc_kinesis_put_record_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * PutRecords
 * Writes multiple data records into a Kinesis data stream in a single call
 * (also referred to as a PutRecords request). Use this operation to send data
 * into the stream for data ingestion and processing. When invoking this API,
 * you must use either the StreamARN or the StreamName parameter, or both.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INTERNAL_FAILURE_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSOPT_IN_REQUIRED,
 *   AWSC_KINESIS_ERR_KMSTHROTTLING_EXCEPTION,
 *   AWSC_KINESIS_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_put_records(struct awsc_client *client,
                                      const struct awsc_kinesis_put_records_input *input,
                                      struct awsc_kinesis_put_records_output **output,
                                      struct awsc_error *err);
typedef void awsc_kinesis_put_records_cb(void *user_data,
                                         int status,
                                         struct awsc_kinesis_put_records_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_kinesis_put_records_async(struct awsc_client *client,
                                            const struct awsc_kinesis_put_records_input *input,
                                            awsc_kinesis_put_records_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * PutResourcePolicy
 * Attaches a resource-based policy to a data stream or registered consumer. If
 * you are using an identity other than the root user of the Amazon Web
 * Services account that owns the resource, the calling identity must have the
 * PutResourcePolicy permissions on the specified Kinesis Data Streams resource
 * ...
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_put_resource_policy(struct awsc_client *client,
                                              const struct awsc_kinesis_put_resource_policy_input *input,
                                              struct awsc_error *err);
typedef void awsc_kinesis_put_resource_policy_cb(void *user_data,
                                                 int status,
                                                 struct awsc_error *err);
AWSC_API int awsc_kinesis_put_resource_policy_async(struct awsc_client *client,
                                                    const struct awsc_kinesis_put_resource_policy_input *input,
                                                    awsc_kinesis_put_resource_policy_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * RegisterStreamConsumer
 * Registers a consumer with a Kinesis data stream. When you use this
 * operation, the consumer you register can then call SubscribeToShard to
 * receive data from the stream using enhanced fan-out, at a rate of up to 2
 * MiB per second for every shard you subscribe to.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_register_stream_consumer(struct awsc_client *client,
                                                   const struct awsc_kinesis_register_stream_consumer_input *input,
                                                   struct awsc_kinesis_register_stream_consumer_output **output,
                                                   struct awsc_error *err);
typedef void awsc_kinesis_register_stream_consumer_cb(void *user_data,
                                                      int status,
                                                      struct awsc_kinesis_register_stream_consumer_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_kinesis_register_stream_consumer_async(struct awsc_client *client,
                                                         const struct awsc_kinesis_register_stream_consumer_input *input,
                                                         awsc_kinesis_register_stream_consumer_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * RemoveTagsFromStream
 * Removes tags from the specified Kinesis data stream. Removed tags are
 * deleted and cannot be recovered after this operation successfully completes.
 * When invoking this API, you must use either the StreamARN or the StreamName
 * parameter, or both.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_remove_tags_from_stream(struct awsc_client *client,
                                                  const struct awsc_kinesis_remove_tags_from_stream_input *input,
                                                  struct awsc_error *err);
typedef void awsc_kinesis_remove_tags_from_stream_cb(void *user_data,
                                                     int status,
                                                     struct awsc_error *err);
AWSC_API int awsc_kinesis_remove_tags_from_stream_async(struct awsc_client *client,
                                                        const struct awsc_kinesis_remove_tags_from_stream_input *input,
                                                        awsc_kinesis_remove_tags_from_stream_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * SplitShard
 * Splits a shard into two new shards in the Kinesis data stream, to increase
 * the stream's capacity to ingest and transport data. SplitShard is called
 * when there is a need to increase the overall capacity of a stream because of
 * an expected increase in the volume of data records being ingested.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_kinesis_split_shard(struct awsc_client *client,
                                      const struct awsc_kinesis_split_shard_input *input,
                                      struct awsc_error *err);
typedef void awsc_kinesis_split_shard_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_kinesis_split_shard_async(struct awsc_client *client,
                                            const struct awsc_kinesis_split_shard_input *input,
                                            awsc_kinesis_split_shard_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * StartStreamEncryption
 * Enables or updates server-side encryption using an Amazon Web Services KMS
 * key for a specified stream. When invoking this API, you must use either the
 * StreamARN or the StreamName parameter, or both. It is recommended that you
 * use the StreamARN input parameter when you invoke this API.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_KMSOPT_IN_REQUIRED,
 *   AWSC_KINESIS_ERR_KMSTHROTTLING_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_start_stream_encryption(struct awsc_client *client,
                                                  const struct awsc_kinesis_start_stream_encryption_input *input,
                                                  struct awsc_error *err);
typedef void awsc_kinesis_start_stream_encryption_cb(void *user_data,
                                                     int status,
                                                     struct awsc_error *err);
AWSC_API int awsc_kinesis_start_stream_encryption_async(struct awsc_client *client,
                                                        const struct awsc_kinesis_start_stream_encryption_input *input,
                                                        awsc_kinesis_start_stream_encryption_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * StopStreamEncryption
 * Disables server-side encryption for a specified stream. When invoking this
 * API, you must use either the StreamARN or the StreamName parameter, or both.
 * It is recommended that you use the StreamARN input parameter when you invoke
 * this API. Stopping encryption is an asynchronous operation.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_stop_stream_encryption(struct awsc_client *client,
                                                 const struct awsc_kinesis_stop_stream_encryption_input *input,
                                                 struct awsc_error *err);
typedef void awsc_kinesis_stop_stream_encryption_cb(void *user_data,
                                                    int status,
                                                    struct awsc_error *err);
AWSC_API int awsc_kinesis_stop_stream_encryption_async(struct awsc_client *client,
                                                       const struct awsc_kinesis_stop_stream_encryption_input *input,
                                                       awsc_kinesis_stop_stream_encryption_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * SubscribeToShard
 * This operation establishes an HTTP/2 connection between the consumer you
 * specify in the ConsumerARN parameter and the shard you specify in the
 * ShardId parameter.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 *
 * The response is an event stream: on_event is called with each event as
 * it arrives (the member of its type set; valid until on_event returns,
 * which returns non-zero to stop the stream). The call ends when the
 * stream does; the output holds the response's other members. See
 * <awsc/eventstream.h>.
 */
typedef int awsc_kinesis_subscribe_to_shard_event_cb(void *user_data,
                                                     const struct awsc_kinesis_subscribe_to_shard_event_stream *event);
AWSC_API int awsc_kinesis_subscribe_to_shard(struct awsc_client *client,
                                             const struct awsc_kinesis_subscribe_to_shard_input *input,
                                             awsc_kinesis_subscribe_to_shard_event_cb *on_event,
                                             void *user_data,
                                             struct awsc_kinesis_subscribe_to_shard_output **output,
                                             struct awsc_error *err);
typedef void awsc_kinesis_subscribe_to_shard_cb(void *user_data,
                                                int status,
                                                struct awsc_kinesis_subscribe_to_shard_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_kinesis_subscribe_to_shard_async(struct awsc_client *client,
                                                   const struct awsc_kinesis_subscribe_to_shard_input *input,
                                                   awsc_kinesis_subscribe_to_shard_event_cb *on_event,
                                                   awsc_kinesis_subscribe_to_shard_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * TagResource
 * Adds or updates tags for the specified Kinesis resource. Each tag is a label
 * consisting of a user-defined key and value. Tags can help you manage,
 * identify, organize, search for, and filter resources. You can assign up to
 * 50 tags to a Kinesis resource.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_tag_resource(struct awsc_client *client,
                                       const struct awsc_kinesis_tag_resource_input *input,
                                       struct awsc_error *err);
typedef void awsc_kinesis_tag_resource_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_kinesis_tag_resource_async(struct awsc_client *client,
                                             const struct awsc_kinesis_tag_resource_input *input,
                                             awsc_kinesis_tag_resource_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * UntagResource
 * Removes tags from the specified Kinesis resource. Removed tags are deleted
 * and can't be recovered after this operation completes successfully.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_kinesis_untag_resource(struct awsc_client *client,
                                         const struct awsc_kinesis_untag_resource_input *input,
                                         struct awsc_error *err);
typedef void awsc_kinesis_untag_resource_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_kinesis_untag_resource_async(struct awsc_client *client,
                                               const struct awsc_kinesis_untag_resource_input *input,
                                               awsc_kinesis_untag_resource_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * UpdateAccountSettings
 * Updates the account-level settings for Amazon Kinesis Data Streams.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_kinesis_update_account_settings(struct awsc_client *client,
                                                  const struct awsc_kinesis_update_account_settings_input *input,
                                                  struct awsc_kinesis_update_account_settings_output **output,
                                                  struct awsc_error *err);
typedef void awsc_kinesis_update_account_settings_cb(void *user_data,
                                                     int status,
                                                     struct awsc_kinesis_update_account_settings_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_kinesis_update_account_settings_async(struct awsc_client *client,
                                                        const struct awsc_kinesis_update_account_settings_input *input,
                                                        awsc_kinesis_update_account_settings_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * UpdateMaxRecordSize
 * This allows you to update the MaxRecordSize of a single record that you can
 * write to, and read from a stream. You can ingest and digest single records
 * up to 10240 KiB.
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_kinesis_update_max_record_size(struct awsc_client *client,
                                                 const struct awsc_kinesis_update_max_record_size_input *input,
                                                 struct awsc_error *err);
typedef void awsc_kinesis_update_max_record_size_cb(void *user_data,
                                                    int status,
                                                    struct awsc_error *err);
AWSC_API int awsc_kinesis_update_max_record_size_async(struct awsc_client *client,
                                                       const struct awsc_kinesis_update_max_record_size_input *input,
                                                       awsc_kinesis_update_max_record_size_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * UpdateShardCount
 * Updates the shard count of the specified stream to the specified number of
 * shards. This API is only supported for the data streams with the provisioned
 * capacity mode. When invoking this API, you must use either the StreamARN or
 * the StreamName parameter, or both.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_kinesis_update_shard_count(struct awsc_client *client,
                                             const struct awsc_kinesis_update_shard_count_input *input,
                                             struct awsc_kinesis_update_shard_count_output **output,
                                             struct awsc_error *err);
typedef void awsc_kinesis_update_shard_count_cb(void *user_data,
                                                int status,
                                                struct awsc_kinesis_update_shard_count_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_kinesis_update_shard_count_async(struct awsc_client *client,
                                                   const struct awsc_kinesis_update_shard_count_input *input,
                                                   awsc_kinesis_update_shard_count_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * UpdateStreamMode
 * Updates the capacity mode of the data stream. Currently, in Kinesis Data
 * Streams, you can choose between an on-demand capacity mode and a provisioned
 * capacity mode for your data stream.
 * Errors: AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_kinesis_update_stream_mode(struct awsc_client *client,
                                             const struct awsc_kinesis_update_stream_mode_input *input,
                                             struct awsc_error *err);
typedef void awsc_kinesis_update_stream_mode_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_kinesis_update_stream_mode_async(struct awsc_client *client,
                                                   const struct awsc_kinesis_update_stream_mode_input *input,
                                                   awsc_kinesis_update_stream_mode_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * UpdateStreamWarmThroughput
 * Updates the warm throughput configuration for the specified Amazon Kinesis
 * Data Streams on-demand data stream. This operation allows you to proactively
 * scale your on-demand data stream to a specified throughput level, enabling
 * better performance for sudden traffic spikes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_KINESIS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_kinesis_update_stream_warm_throughput(struct awsc_client *client,
                                                        const struct awsc_kinesis_update_stream_warm_throughput_input *input,
                                                        struct awsc_kinesis_update_stream_warm_throughput_output **output,
                                                        struct awsc_error *err);
typedef void awsc_kinesis_update_stream_warm_throughput_cb(void *user_data,
                                                           int status,
                                                           struct awsc_kinesis_update_stream_warm_throughput_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_kinesis_update_stream_warm_throughput_async(struct awsc_client *client,
                                                              const struct awsc_kinesis_update_stream_warm_throughput_input *input,
                                                              awsc_kinesis_update_stream_warm_throughput_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of Kinesis, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (kinesis_tables.c). */
struct awsc__kinesis_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[4];
    uint16_t input_tokens[4];
    awsc_ref expr_refs[17];
#endif
#if AWSC_WITH_WAITERS
    struct awsc_waiter waiters[2];
    struct awsc_waiter_acceptor acceptors[2];
#endif
    struct awsc_jmespath exprs[18];
    struct awsc_jmespath_node nodes[44];
    char strings[706];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_kinesis_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* DescribeStream: tokens ExclusiveStartShardId; results StreamDescription.Shards. */
AWSC_API int awsc_kinesis_describe_stream_paginate(struct awsc_client *client,
                                                   const struct awsc_kinesis_describe_stream_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_stream_next_page(struct awsc_pager *pager,
                                                    struct awsc_kinesis_describe_stream_output **page,
                                                    struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_stream_next_page_async(struct awsc_pager *pager,
                                                          awsc_kinesis_describe_stream_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
typedef void awsc_kinesis_describe_stream_item_cb(void *user_data,
                                                  int status,
                                                  const struct awsc_kinesis_shard *item,
                                                  struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_stream_next_item(struct awsc_pager *pager,
                                                    const struct awsc_kinesis_shard **item,
                                                    struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_stream_next_item_async(struct awsc_pager *pager,
                                                          awsc_kinesis_describe_stream_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
AWSC_API int awsc_kinesis_describe_stream_collect(struct awsc_pager *pager,
                                                  struct awsc_kinesis_describe_stream_output **output,
                                                  struct awsc_error *err);

/* ListShards: tokens NextToken; results Shards. */
AWSC_API int awsc_kinesis_list_shards_paginate(struct awsc_client *client,
                                               const struct awsc_kinesis_list_shards_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err);
AWSC_API int awsc_kinesis_list_shards_next_page(struct awsc_pager *pager,
                                                struct awsc_kinesis_list_shards_output **page,
                                                struct awsc_error *err);
AWSC_API int awsc_kinesis_list_shards_next_page_async(struct awsc_pager *pager,
                                                      awsc_kinesis_list_shards_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);
typedef void awsc_kinesis_list_shards_item_cb(void *user_data,
                                              int status,
                                              const struct awsc_kinesis_shard *item,
                                              struct awsc_error *err);
AWSC_API int awsc_kinesis_list_shards_next_item(struct awsc_pager *pager,
                                                const struct awsc_kinesis_shard **item,
                                                struct awsc_error *err);
AWSC_API int awsc_kinesis_list_shards_next_item_async(struct awsc_pager *pager,
                                                      awsc_kinesis_list_shards_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);
AWSC_API int awsc_kinesis_list_shards_collect(struct awsc_pager *pager,
                                              struct awsc_kinesis_list_shards_output **output,
                                              struct awsc_error *err);

/* ListStreamConsumers: tokens NextToken; results Consumers. */
AWSC_API int awsc_kinesis_list_stream_consumers_paginate(struct awsc_client *client,
                                                         const struct awsc_kinesis_list_stream_consumers_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err);
AWSC_API int awsc_kinesis_list_stream_consumers_next_page(struct awsc_pager *pager,
                                                          struct awsc_kinesis_list_stream_consumers_output **page,
                                                          struct awsc_error *err);
AWSC_API int awsc_kinesis_list_stream_consumers_next_page_async(struct awsc_pager *pager,
                                                                awsc_kinesis_list_stream_consumers_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
typedef void awsc_kinesis_list_stream_consumers_item_cb(void *user_data,
                                                        int status,
                                                        const struct awsc_kinesis_consumer *item,
                                                        struct awsc_error *err);
AWSC_API int awsc_kinesis_list_stream_consumers_next_item(struct awsc_pager *pager,
                                                          const struct awsc_kinesis_consumer **item,
                                                          struct awsc_error *err);
AWSC_API int awsc_kinesis_list_stream_consumers_next_item_async(struct awsc_pager *pager,
                                                                awsc_kinesis_list_stream_consumers_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
AWSC_API int awsc_kinesis_list_stream_consumers_collect(struct awsc_pager *pager,
                                                        struct awsc_kinesis_list_stream_consumers_output **output,
                                                        struct awsc_error *err);

/* ListStreams: tokens NextToken; results StreamNames, StreamSummaries. */
AWSC_API int awsc_kinesis_list_streams_paginate(struct awsc_client *client,
                                                const struct awsc_kinesis_list_streams_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err);
AWSC_API int awsc_kinesis_list_streams_next_page(struct awsc_pager *pager,
                                                 struct awsc_kinesis_list_streams_output **page,
                                                 struct awsc_error *err);
AWSC_API int awsc_kinesis_list_streams_next_page_async(struct awsc_pager *pager,
                                                       awsc_kinesis_list_streams_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
typedef void awsc_kinesis_list_streams_item_cb(void *user_data,
                                               int status,
                                               const char *item,
                                               struct awsc_error *err);
AWSC_API int awsc_kinesis_list_streams_next_item(struct awsc_pager *pager,
                                                 const char **item,
                                                 struct awsc_error *err);
AWSC_API int awsc_kinesis_list_streams_next_item_async(struct awsc_pager *pager,
                                                       awsc_kinesis_list_streams_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
AWSC_API int awsc_kinesis_list_streams_collect(struct awsc_pager *pager,
                                               struct awsc_kinesis_list_streams_output **output,
                                               struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* -------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* The waiters, sorted by name: awsc_kinesis_service's. Each calls
 * its operation until an acceptor ends the wait (see <awsc/wait.h>);
 * options may be NULL for the model's delay and attempts. */

/*
 * StreamExists: calls DescribeStream every 10 s, at most 18 times.
 */
AWSC_API int awsc_kinesis_wait_stream_exists(struct awsc_client *client,
                                             const struct awsc_kinesis_describe_stream_input *input,
                                             const struct awsc_wait_options *options,
                                             struct awsc_error *err);
AWSC_API int awsc_kinesis_wait_stream_exists_async(struct awsc_client *client,
                                                   const struct awsc_kinesis_describe_stream_input *input,
                                                   const struct awsc_wait_options *options,
                                                   awsc_wait_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * StreamNotExists: calls DescribeStream every 10 s, at most 18 times.
 */
AWSC_API int awsc_kinesis_wait_stream_not_exists(struct awsc_client *client,
                                                 const struct awsc_kinesis_describe_stream_input *input,
                                                 const struct awsc_wait_options *options,
                                                 struct awsc_error *err);
AWSC_API int awsc_kinesis_wait_stream_not_exists_async(struct awsc_client *client,
                                                       const struct awsc_kinesis_describe_stream_input *input,
                                                       const struct awsc_wait_options *options,
                                                       awsc_wait_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
#endif /* AWSC_WITH_WAITERS */

/* --------------------------------------------------------------- errors */

#define AWSC_KINESIS_ERR_ACCESS_DENIED_EXCEPTION "AccessDeniedException"
#define AWSC_KINESIS_ERR_EXPIRED_ITERATOR_EXCEPTION "ExpiredIteratorException"
#define AWSC_KINESIS_ERR_EXPIRED_NEXT_TOKEN_EXCEPTION "ExpiredNextTokenException"
#define AWSC_KINESIS_ERR_INTERNAL_FAILURE_EXCEPTION "InternalFailureException"
#define AWSC_KINESIS_ERR_INVALID_ARGUMENT_EXCEPTION "InvalidArgumentException"
#define AWSC_KINESIS_ERR_KMSACCESS_DENIED_EXCEPTION "KMSAccessDeniedException"
#define AWSC_KINESIS_ERR_KMSDISABLED_EXCEPTION "KMSDisabledException"
#define AWSC_KINESIS_ERR_KMSINVALID_STATE_EXCEPTION "KMSInvalidStateException"
#define AWSC_KINESIS_ERR_KMSNOT_FOUND_EXCEPTION "KMSNotFoundException"
#define AWSC_KINESIS_ERR_KMSOPT_IN_REQUIRED "KMSOptInRequired"
#define AWSC_KINESIS_ERR_KMSTHROTTLING_EXCEPTION "KMSThrottlingException"
#define AWSC_KINESIS_ERR_LIMIT_EXCEEDED_EXCEPTION "LimitExceededException"
#define AWSC_KINESIS_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION "ProvisionedThroughputExceededException"
#define AWSC_KINESIS_ERR_RESOURCE_IN_USE_EXCEPTION "ResourceInUseException"
#define AWSC_KINESIS_ERR_RESOURCE_NOT_FOUND_EXCEPTION "ResourceNotFoundException"
#define AWSC_KINESIS_ERR_VALIDATION_EXCEPTION "ValidationException"

#ifdef __cplusplus
}
#endif
#endif
