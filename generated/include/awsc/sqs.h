/*
 * awsc/sqs.h - Amazon Simple Queue Service (SQS, API 2012-11-05).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_SQS_H
#define AWSC_SQS_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_sqs_service() to awsc_client_new(), or use
 * awsc_sqs_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_sqs_service(void);

static inline int awsc_sqs_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_sqs_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* MessageSystemAttributeName: members of this type are strings; parse them with
 * awsc_sqs_message_system_attribute_name_parse(). Values newer than this model parse as
 * AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_UNKNOWN. */
enum awsc_sqs_message_system_attribute_name {
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_UNKNOWN = 0,
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_ALL = 1, /* All */
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_SENDER_ID = 2, /* SenderId */
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_SENT_TIMESTAMP = 3, /* SentTimestamp */
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_APPROXIMATE_RECEIVE_COUNT = 4, /* ApproximateReceiveCount */
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_APPROXIMATE_FIRST_RECEIVE_TIMESTAMP = 5, /* ApproximateFirstReceiveTimestamp */
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_SEQUENCE_NUMBER = 6, /* SequenceNumber */
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_MESSAGE_DEDUPLICATION_ID = 7, /* MessageDeduplicationId */
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_MESSAGE_GROUP_ID = 8, /* MessageGroupId */
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_AWSTRACE_HEADER = 9, /* AWSTraceHeader */
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_DEAD_LETTER_QUEUE_SOURCE_ARN = 10 /* DeadLetterQueueSourceArn */
};
AWSC_API enum awsc_sqs_message_system_attribute_name awsc_sqs_message_system_attribute_name_parse(const char *value);
AWSC_API const char *awsc_sqs_message_system_attribute_name_str(enum awsc_sqs_message_system_attribute_name value);

/* MessageSystemAttributeNameForSends: members of this type are strings; parse them with
 * awsc_sqs_message_system_attribute_name_for_sends_parse(). Values newer than this model parse as
 * AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_FOR_SENDS_UNKNOWN. */
enum awsc_sqs_message_system_attribute_name_for_sends {
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_FOR_SENDS_UNKNOWN = 0,
    AWSC_SQS_MESSAGE_SYSTEM_ATTRIBUTE_NAME_FOR_SENDS_AWSTRACE_HEADER = 1 /* AWSTraceHeader */
};
AWSC_API enum awsc_sqs_message_system_attribute_name_for_sends awsc_sqs_message_system_attribute_name_for_sends_parse(const char *value);
AWSC_API const char *awsc_sqs_message_system_attribute_name_for_sends_str(enum awsc_sqs_message_system_attribute_name_for_sends value);

/* QueueAttributeName: members of this type are strings; parse them with
 * awsc_sqs_queue_attribute_name_parse(). Values newer than this model parse as
 * AWSC_SQS_QUEUE_ATTRIBUTE_NAME_UNKNOWN. */
enum awsc_sqs_queue_attribute_name {
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_UNKNOWN = 0,
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_ALL = 1, /* All */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_POLICY = 2, /* Policy */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_VISIBILITY_TIMEOUT = 3, /* VisibilityTimeout */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_MAXIMUM_MESSAGE_SIZE = 4, /* MaximumMessageSize */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_MESSAGE_RETENTION_PERIOD = 5, /* MessageRetentionPeriod */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_APPROXIMATE_NUMBER_OF_MESSAGES = 6, /* ApproximateNumberOfMessages */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE = 7, /* ApproximateNumberOfMessagesNotVisible */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_CREATED_TIMESTAMP = 8, /* CreatedTimestamp */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_LAST_MODIFIED_TIMESTAMP = 9, /* LastModifiedTimestamp */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_QUEUE_ARN = 10, /* QueueArn */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED = 11, /* ApproximateNumberOfMessagesDelayed */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_DELAY_SECONDS = 12, /* DelaySeconds */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_RECEIVE_MESSAGE_WAIT_TIME_SECONDS = 13, /* ReceiveMessageWaitTimeSeconds */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_REDRIVE_POLICY = 14, /* RedrivePolicy */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_FIFO_QUEUE = 15, /* FifoQueue */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_CONTENT_BASED_DEDUPLICATION = 16, /* ContentBasedDeduplication */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_KMS_MASTER_KEY_ID = 17, /* KmsMasterKeyId */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_KMS_DATA_KEY_REUSE_PERIOD_SECONDS = 18, /* KmsDataKeyReusePeriodSeconds */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_DEDUPLICATION_SCOPE = 19, /* DeduplicationScope */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_FIFO_THROUGHPUT_LIMIT = 20, /* FifoThroughputLimit */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_REDRIVE_ALLOW_POLICY = 21, /* RedriveAllowPolicy */
    AWSC_SQS_QUEUE_ATTRIBUTE_NAME_SQS_MANAGED_SSE_ENABLED = 22 /* SqsManagedSseEnabled */
};
AWSC_API enum awsc_sqs_queue_attribute_name awsc_sqs_queue_attribute_name_parse(const char *value);
AWSC_API const char *awsc_sqs_queue_attribute_name_str(enum awsc_sqs_queue_attribute_name value);

/* ----------------------------------------------------------- structures */

struct awsc_sqs_add_permission_input;
struct awsc_sqs_batch_entry_ids_not_distinct;
struct awsc_sqs_batch_request_too_long;
struct awsc_sqs_batch_result_error_entry;
struct awsc_sqs_cancel_message_move_task_input;
struct awsc_sqs_cancel_message_move_task_output;
struct awsc_sqs_change_message_visibility_batch_input;
struct awsc_sqs_change_message_visibility_batch_request_entry;
struct awsc_sqs_change_message_visibility_batch_output;
struct awsc_sqs_change_message_visibility_batch_result_entry;
struct awsc_sqs_change_message_visibility_input;
struct awsc_sqs_create_queue_input;
struct awsc_sqs_create_queue_output;
struct awsc_sqs_delete_message_batch_input;
struct awsc_sqs_delete_message_batch_request_entry;
struct awsc_sqs_delete_message_batch_output;
struct awsc_sqs_delete_message_batch_result_entry;
struct awsc_sqs_delete_message_input;
struct awsc_sqs_delete_queue_input;
struct awsc_sqs_empty_batch_request;
struct awsc_sqs_get_queue_attributes_input;
struct awsc_sqs_get_queue_attributes_output;
struct awsc_sqs_get_queue_url_input;
struct awsc_sqs_get_queue_url_output;
struct awsc_sqs_invalid_address;
struct awsc_sqs_invalid_attribute_name;
struct awsc_sqs_invalid_attribute_value;
struct awsc_sqs_invalid_batch_entry_id;
struct awsc_sqs_invalid_id_format;
struct awsc_sqs_invalid_message_contents;
struct awsc_sqs_invalid_security;
struct awsc_sqs_kms_access_denied;
struct awsc_sqs_kms_disabled;
struct awsc_sqs_kms_invalid_key_usage;
struct awsc_sqs_kms_invalid_state;
struct awsc_sqs_kms_not_found;
struct awsc_sqs_kms_opt_in_required;
struct awsc_sqs_kms_throttled;
struct awsc_sqs_list_dead_letter_source_queues_input;
struct awsc_sqs_list_dead_letter_source_queues_output;
struct awsc_sqs_list_message_move_tasks_input;
struct awsc_sqs_list_message_move_tasks_output;
struct awsc_sqs_list_message_move_tasks_result_entry;
struct awsc_sqs_list_queue_tags_input;
struct awsc_sqs_list_queue_tags_output;
struct awsc_sqs_list_queues_input;
struct awsc_sqs_list_queues_output;
struct awsc_sqs_message;
struct awsc_sqs_message_attribute_value;
struct awsc_sqs_message_not_inflight;
struct awsc_sqs_message_system_attribute_value;
struct awsc_sqs_over_limit;
struct awsc_sqs_purge_queue_in_progress;
struct awsc_sqs_purge_queue_input;
struct awsc_sqs_queue_deleted_recently;
struct awsc_sqs_queue_does_not_exist;
struct awsc_sqs_queue_name_exists;
struct awsc_sqs_receipt_handle_is_invalid;
struct awsc_sqs_receive_message_input;
struct awsc_sqs_receive_message_output;
struct awsc_sqs_remove_permission_input;
struct awsc_sqs_request_throttled;
struct awsc_sqs_resource_not_found_exception;
struct awsc_sqs_send_message_batch_input;
struct awsc_sqs_send_message_batch_request_entry;
struct awsc_sqs_send_message_batch_output;
struct awsc_sqs_send_message_batch_result_entry;
struct awsc_sqs_send_message_input;
struct awsc_sqs_send_message_output;
struct awsc_sqs_set_queue_attributes_input;
struct awsc_sqs_start_message_move_task_input;
struct awsc_sqs_start_message_move_task_output;
struct awsc_sqs_tag_queue_input;
struct awsc_sqs_too_many_entries_in_batch_request;
struct awsc_sqs_unsupported_operation;
struct awsc_sqs_untag_queue_input;
struct awsc_sqs_message_body_attribute_map_entry;
struct awsc_sqs_message_body_system_attribute_map_entry;
struct awsc_sqs_tag_map_entry;

/*
 * StringList: a list of String.
 * Also the type of AWSAccountIdList, ActionNameList, AttributeNameList,
 * MessageAttributeNameList, MessageSystemAttributeList, QueueUrlList,
 * TagKeyList.
 */
struct awsc_sqs_string_list {
    const char **items;
    size_t count;
};

/* BatchResultErrorEntryList: a list of BatchResultErrorEntry. */
struct awsc_sqs_batch_result_error_entry_list {
    struct awsc_sqs_batch_result_error_entry *items;
    size_t count;
};

/* BinaryList: a list of Binary. */
struct awsc_sqs_binary_list {
    struct awsc_blob *items;
    size_t count;
};

/* ChangeMessageVisibilityBatchRequestEntryList: a list of ChangeMessageVisibilityBatchRequestEntry. */
struct awsc_sqs_change_message_visibility_batch_request_entry_list {
    struct awsc_sqs_change_message_visibility_batch_request_entry *items;
    size_t count;
};

/* ChangeMessageVisibilityBatchResultEntryList: a list of ChangeMessageVisibilityBatchResultEntry. */
struct awsc_sqs_change_message_visibility_batch_result_entry_list {
    struct awsc_sqs_change_message_visibility_batch_result_entry *items;
    size_t count;
};

/* DeleteMessageBatchRequestEntryList: a list of DeleteMessageBatchRequestEntry. */
struct awsc_sqs_delete_message_batch_request_entry_list {
    struct awsc_sqs_delete_message_batch_request_entry *items;
    size_t count;
};

/* DeleteMessageBatchResultEntryList: a list of DeleteMessageBatchResultEntry. */
struct awsc_sqs_delete_message_batch_result_entry_list {
    struct awsc_sqs_delete_message_batch_result_entry *items;
    size_t count;
};

/* ListMessageMoveTasksResultEntryList: a list of ListMessageMoveTasksResultEntry. */
struct awsc_sqs_list_message_move_tasks_result_entry_list {
    struct awsc_sqs_list_message_move_tasks_result_entry *items;
    size_t count;
};

/* MessageList: a list of Message. */
struct awsc_sqs_message_list {
    struct awsc_sqs_message *items;
    size_t count;
};

/* SendMessageBatchRequestEntryList: a list of SendMessageBatchRequestEntry. */
struct awsc_sqs_send_message_batch_request_entry_list {
    struct awsc_sqs_send_message_batch_request_entry *items;
    size_t count;
};

/* SendMessageBatchResultEntryList: a list of SendMessageBatchResultEntry. */
struct awsc_sqs_send_message_batch_result_entry_list {
    struct awsc_sqs_send_message_batch_result_entry *items;
    size_t count;
};

/* MessageBodyAttributeMap: a map from String to MessageAttributeValue. */
struct awsc_sqs_message_body_attribute_map {
    struct awsc_sqs_message_body_attribute_map_entry *entries;
    size_t count;
};

/* MessageBodySystemAttributeMap: a map from MessageSystemAttributeNameForSends to MessageSystemAttributeValue. */
struct awsc_sqs_message_body_system_attribute_map {
    struct awsc_sqs_message_body_system_attribute_map_entry *entries;
    size_t count;
};

/*
 * TagMap: a map from TagKey to TagValue.
 * Also the type of MessageSystemAttributeMap, QueueAttributeMap.
 */
struct awsc_sqs_tag_map {
    struct awsc_sqs_tag_map_entry *entries;
    size_t count;
};

/* AddPermissionRequest */
struct awsc_sqs_add_permission_input {
    /* QueueUrl: The URL of the Amazon SQS queue to which permissions are added.
     * Required. */
    const char *queue_url;
    /* Label: The unique identification of the permission you're setting (for
     * example, AliceSendMessage ). Maximum 80 characters. Required. */
    const char *label;
    /* AWSAccountIds: The Amazon Web Services account numbers of the principals who
     * are to receive permission. Required. */
    struct awsc_sqs_string_list aws_account_ids;
    /* Actions: The action the client wants to allow for the specified principal.
     * Valid values: the name of any action or * . Required. */
    struct awsc_sqs_string_list actions;
};

/*
 * Two or more batch entries in the request have the same Id .
 */
struct awsc_sqs_batch_entry_ids_not_distinct {
    /* message: */
    const char *message;
};

/*
 * The length of all the messages put together is more than the limit.
 */
struct awsc_sqs_batch_request_too_long {
    /* message: */
    const char *message;
};

/*
 * Gives a detailed description of the result of an action on each entry in the
 * request.
 */
struct awsc_sqs_batch_result_error_entry {
    /* Id: The Id of an entry in a batch request. Required. */
    const char *id;
    /* SenderFault: Specifies whether the error happened due to the caller of the
     * batch API action. Required. */
    bool has_sender_fault;
    bool sender_fault;
    /* Code: An error code representing why the action failed on this entry.
     * Required. */
    const char *code;
    /* Message: A message explaining why the action failed on this entry. */
    const char *message;
};

/* CancelMessageMoveTaskRequest */
struct awsc_sqs_cancel_message_move_task_input {
    /* TaskHandle: An identifier associated with a message movement task. Required. */
    const char *task_handle;
};

/* CancelMessageMoveTaskResult */
struct awsc_sqs_cancel_message_move_task_output {
    /* ApproximateNumberOfMessagesMoved: The approximate number of messages already
     * moved to the destination queue. */
    bool has_approximate_number_of_messages_moved;
    int64_t approximate_number_of_messages_moved;
};

/* ChangeMessageVisibilityBatchRequest */
struct awsc_sqs_change_message_visibility_batch_input {
    /* QueueUrl: The URL of the Amazon SQS queue whose messages' visibility is
     * changed. Required. */
    const char *queue_url;
    /* Entries: Lists the receipt handles of the messages for which the visibility
     * timeout must be changed. Required. */
    struct awsc_sqs_change_message_visibility_batch_request_entry_list entries;
};

/*
 * Encloses a receipt handle and an entry ID for each message in
 * ChangeMessageVisibilityBatch .
 */
struct awsc_sqs_change_message_visibility_batch_request_entry {
    /* Id: An identifier for this particular receipt handle used to communicate the
     * result. The Id s of a batch request need to be unique within a request.
     * Required. */
    const char *id;
    /* ReceiptHandle: A receipt handle. Required. */
    const char *receipt_handle;
    /* VisibilityTimeout: The new value (in seconds) for the message's visibility
     * timeout. */
    bool has_visibility_timeout;
    int32_t visibility_timeout;
};

/*
 * For each message in the batch, the response contains a
 * ChangeMessageVisibilityBatchResultEntry tag if the message succeeds or a
 * BatchResultErrorEntry tag if the message fails.
 */
struct awsc_sqs_change_message_visibility_batch_output {
    /* Successful: A list of ChangeMessageVisibilityBatchResultEntry items.
     * Required. */
    struct awsc_sqs_change_message_visibility_batch_result_entry_list successful;
    /* Failed: A list of BatchResultErrorEntry items. Required. */
    struct awsc_sqs_batch_result_error_entry_list failed;
};

/*
 * Encloses the Id of an entry in ChangeMessageVisibilityBatch .
 */
struct awsc_sqs_change_message_visibility_batch_result_entry {
    /* Id: Represents a message whose visibility timeout has been changed
     * successfully. Required. */
    const char *id;
};

/* ChangeMessageVisibilityRequest */
struct awsc_sqs_change_message_visibility_input {
    /* QueueUrl: The URL of the Amazon SQS queue whose message's visibility is
     * changed. Required. */
    const char *queue_url;
    /* ReceiptHandle: The receipt handle associated with the message, whose
     * visibility timeout is changed. This parameter is returned by the
     * ReceiveMessage action. Required. */
    const char *receipt_handle;
    /* VisibilityTimeout: The new value for the message's visibility timeout (in
     * seconds). Values range: 0 to 43200 . Maximum: 12 hours. Required. */
    bool has_visibility_timeout;
    int32_t visibility_timeout;
};

/* CreateQueueRequest */
struct awsc_sqs_create_queue_input {
    /* QueueName: The name of the new queue. The following limits apply to this
     * name: A queue name can have up to 80 characters. Valid values: alphanumeric
     * characters, hyphens ( - ), and underscores ( _ ). Required. */
    const char *queue_name;
    /* Attributes: A map of attributes with their corresponding values. */
    struct awsc_sqs_tag_map attributes;
    /* tags: Add cost allocation tags to the specified Amazon SQS queue. For an
     * overview, see Tagging Your Amazon SQS Queues in the Amazon SQS Developer
     * Guide . */
    struct awsc_sqs_tag_map tags;
};

/*
 * Returns the QueueUrl attribute of the created queue.
 */
struct awsc_sqs_create_queue_output {
    /* QueueUrl: The URL of the created Amazon SQS queue. */
    const char *queue_url;
};

/* DeleteMessageBatchRequest */
struct awsc_sqs_delete_message_batch_input {
    /* QueueUrl: The URL of the Amazon SQS queue from which messages are deleted.
     * Required. */
    const char *queue_url;
    /* Entries: Lists the receipt handles for the messages to be deleted. Required. */
    struct awsc_sqs_delete_message_batch_request_entry_list entries;
};

/*
 * Encloses a receipt handle and an identifier for it.
 */
struct awsc_sqs_delete_message_batch_request_entry {
    /* Id: The identifier for this particular receipt handle. This is used to
     * communicate the result. The Id s of a batch request need to be unique within
     * a request. Required. */
    const char *id;
    /* ReceiptHandle: A receipt handle. Required. */
    const char *receipt_handle;
};

/*
 * For each message in the batch, the response contains a
 * DeleteMessageBatchResultEntry tag if the message is deleted or a
 * BatchResultErrorEntry tag if the message can't be deleted.
 */
struct awsc_sqs_delete_message_batch_output {
    /* Successful: A list of DeleteMessageBatchResultEntry items. Required. */
    struct awsc_sqs_delete_message_batch_result_entry_list successful;
    /* Failed: A list of BatchResultErrorEntry items. Required. */
    struct awsc_sqs_batch_result_error_entry_list failed;
};

/*
 * Encloses the Id of an entry in DeleteMessageBatch .
 */
struct awsc_sqs_delete_message_batch_result_entry {
    /* Id: Represents a successfully deleted message. Required. */
    const char *id;
};

/* DeleteMessageRequest */
struct awsc_sqs_delete_message_input {
    /* QueueUrl: The URL of the Amazon SQS queue from which messages are deleted.
     * Required. */
    const char *queue_url;
    /* ReceiptHandle: The receipt handle associated with the message to delete.
     * Required. */
    const char *receipt_handle;
};

/* DeleteQueueRequest */
struct awsc_sqs_delete_queue_input {
    /* QueueUrl: The URL of the Amazon SQS queue to delete. Required. */
    const char *queue_url;
};

/*
 * The batch request doesn't contain any entries.
 */
struct awsc_sqs_empty_batch_request {
    /* message: */
    const char *message;
};

/* GetQueueAttributesRequest */
struct awsc_sqs_get_queue_attributes_input {
    /* QueueUrl: The URL of the Amazon SQS queue whose attribute information is
     * retrieved. Required. */
    const char *queue_url;
    /* AttributeNames: A list of attributes for which to retrieve information. */
    struct awsc_sqs_string_list attribute_names;
};

/*
 * A list of returned queue attributes.
 */
struct awsc_sqs_get_queue_attributes_output {
    /* Attributes: A map of attributes to their respective values. */
    struct awsc_sqs_tag_map attributes;
};

/*
 * Retrieves the URL of an existing queue based on its name and, optionally,
 * the Amazon Web Services account ID.
 */
struct awsc_sqs_get_queue_url_input {
    /* QueueName: (Required) The name of the queue for which you want to fetch the
     * URL. The name can be up to 80 characters long and can include alphanumeric
     * characters, hyphens (-), and underscores (_). Required. */
    const char *queue_name;
    /* QueueOwnerAWSAccountId: (Optional) The Amazon Web Services account ID of the
     * account that created the queue. This is only required when you are
     * attempting to access a queue owned by another Amazon Web Services account. */
    const char *queue_owner_aws_account_id;
};

/*
 * For more information, see Interpreting Responses in the Amazon SQS Developer
 * Guide .
 */
struct awsc_sqs_get_queue_url_output {
    /* QueueUrl: The URL of the queue. */
    const char *queue_url;
};

/*
 * The specified ID is invalid.
 */
struct awsc_sqs_invalid_address {
    /* message: */
    const char *message;
};

/*
 * The specified attribute doesn't exist.
 */
struct awsc_sqs_invalid_attribute_name {
    /* message: */
    const char *message;
};

/*
 * A queue attribute value is invalid.
 */
struct awsc_sqs_invalid_attribute_value {
    /* message: */
    const char *message;
};

/*
 * The Id of a batch entry in a batch request doesn't abide by the
 * specification.
 */
struct awsc_sqs_invalid_batch_entry_id {
    /* message: */
    const char *message;
};

/*
 * The specified receipt handle isn't valid for the current version.
 */
struct awsc_sqs_invalid_id_format {
    char unused_; /* no members */
};

/*
 * The message contains characters outside the allowed set.
 */
struct awsc_sqs_invalid_message_contents {
    /* message: */
    const char *message;
};

/*
 * The request was not made over HTTPS or did not use SigV4 for signing.
 */
struct awsc_sqs_invalid_security {
    /* message: */
    const char *message;
};

/*
 * The caller doesn't have the required KMS access.
 */
struct awsc_sqs_kms_access_denied {
    /* message: */
    const char *message;
};

/*
 * The request was denied due to request throttling.
 */
struct awsc_sqs_kms_disabled {
    /* message: */
    const char *message;
};

/*
 * The request was rejected for one of the following reasons: The KeyUsage
 * value of the KMS key is incompatible with the API operation. The encryption
 * algorithm or signing algorithm specified for the operation is incompatible
 * with the type of key material in the KMS key (KeySpec).
 */
struct awsc_sqs_kms_invalid_key_usage {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the state of the specified resource is not
 * valid for this request.
 */
struct awsc_sqs_kms_invalid_state {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the specified entity or resource could not
 * be found.
 */
struct awsc_sqs_kms_not_found {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the specified key policy isn't
 * syntactically or semantically correct.
 */
struct awsc_sqs_kms_opt_in_required {
    /* message: */
    const char *message;
};

/*
 * Amazon Web Services KMS throttles requests for the following conditions.
 */
struct awsc_sqs_kms_throttled {
    /* message: */
    const char *message;
};

/* ListDeadLetterSourceQueuesRequest */
struct awsc_sqs_list_dead_letter_source_queues_input {
    /* QueueUrl: The URL of a dead-letter queue. Queue URLs and names are
     * case-sensitive. Required. */
    const char *queue_url;
    /* NextToken: Pagination token to request the next set of results. */
    const char *next_token;
    /* MaxResults: Maximum number of results to include in the response. Value
     * range is 1 to 1000. You must set MaxResults to receive a value for NextToken
     * in the response. */
    bool has_max_results;
    int32_t max_results;
};

/*
 * A list of your dead letter source queues.
 */
struct awsc_sqs_list_dead_letter_source_queues_output {
    /* queueUrls: A list of source queue URLs that have the RedrivePolicy queue
     * attribute configured with a dead-letter queue. Required. */
    struct awsc_sqs_string_list queue_urls;
    /* NextToken: Pagination token to include in the next request. Token value is
     * null if there are no additional results to request, or if you did not set
     * MaxResults in the request. */
    const char *next_token;
};

/* ListMessageMoveTasksRequest */
struct awsc_sqs_list_message_move_tasks_input {
    /* SourceArn: The ARN of the queue whose message movement tasks are to be
     * listed. Required. */
    const char *source_arn;
    /* MaxResults: The maximum number of results to include in the response. The
     * default is 1, which provides the most recent message movement task. The
     * upper limit is 10. */
    bool has_max_results;
    int32_t max_results;
};

/* ListMessageMoveTasksResult */
struct awsc_sqs_list_message_move_tasks_output {
    /* Results: A list of message movement tasks and their attributes. */
    struct awsc_sqs_list_message_move_tasks_result_entry_list results;
};

/*
 * Contains the details of a message movement task.
 */
struct awsc_sqs_list_message_move_tasks_result_entry {
    /* TaskHandle: An identifier associated with a message movement task. When this
     * field is returned in the response of the ListMessageMoveTasks action, it is
     * only populated for tasks that are in RUNNING status. */
    const char *task_handle;
    /* Status: The status of the message movement task. Possible values are:
     * RUNNING, COMPLETED, CANCELLING, CANCELLED, and FAILED. */
    const char *status;
    /* SourceArn: The ARN of the queue that contains the messages to be moved to
     * another queue. */
    const char *source_arn;
    /* DestinationArn: The ARN of the destination queue if it has been specified in
     * the StartMessageMoveTask request. */
    const char *destination_arn;
    /* MaxNumberOfMessagesPerSecond: The number of messages to be moved per second
     * (the message movement rate), if it has been specified in the
     * StartMessageMoveTask request. */
    bool has_max_number_of_messages_per_second;
    int32_t max_number_of_messages_per_second;
    /* ApproximateNumberOfMessagesMoved: The approximate number of messages already
     * moved to the destination queue. */
    bool has_approximate_number_of_messages_moved;
    int64_t approximate_number_of_messages_moved;
    /* ApproximateNumberOfMessagesToMove: The number of messages to be moved from
     * the source queue. This number is obtained at the time of starting the
     * message movement task and is only included after the message movement task
     * is selected to ... */
    bool has_approximate_number_of_messages_to_move;
    int64_t approximate_number_of_messages_to_move;
    /* FailureReason: The task failure reason (only included if the task status is
     * FAILED). */
    const char *failure_reason;
    /* StartedTimestamp: The timestamp of starting the message movement task. */
    bool has_started_timestamp;
    int64_t started_timestamp;
};

/* ListQueueTagsRequest */
struct awsc_sqs_list_queue_tags_input {
    /* QueueUrl: The URL of the queue. Required. */
    const char *queue_url;
};

/* ListQueueTagsResult */
struct awsc_sqs_list_queue_tags_output {
    /* Tags: The list of all tags added to the specified queue. */
    struct awsc_sqs_tag_map tags;
};

/* ListQueuesRequest */
struct awsc_sqs_list_queues_input {
    /* QueueNamePrefix: A string to use for filtering the list results. Only those
     * queues whose name begins with the specified string are returned. */
    const char *queue_name_prefix;
    /* NextToken: Pagination token to request the next set of results. */
    const char *next_token;
    /* MaxResults: Maximum number of results to include in the response. Value
     * range is 1 to 1000. You must set MaxResults to receive a value for NextToken
     * in the response. */
    bool has_max_results;
    int32_t max_results;
};

/*
 * A list of your queues.
 */
struct awsc_sqs_list_queues_output {
    /* QueueUrls: A list of queue URLs, up to 1,000 entries, or the value of
     * MaxResults that you sent in the request. */
    struct awsc_sqs_string_list queue_urls;
    /* NextToken: Pagination token to include in the next request. Token value is
     * null if there are no additional results to request, or if you did not set
     * MaxResults in the request. */
    const char *next_token;
};

/*
 * An Amazon SQS message.
 */
struct awsc_sqs_message {
    /* MessageId: A unique identifier for the message. A MessageId is considered
     * unique across all Amazon Web Services accounts for an extended period of
     * time. */
    const char *message_id;
    /* ReceiptHandle: An identifier associated with the act of receiving the
     * message. A new receipt handle is returned every time you receive a message. */
    const char *receipt_handle;
    /* MD5OfBody: An MD5 digest of the non-URL-encoded message body string. */
    const char *md5_of_body;
    /* Body: The message's contents (not URL-encoded). */
    const char *body;
    /* Attributes: A map of the attributes requested in ReceiveMessage to their
     * respective values. */
    struct awsc_sqs_tag_map attributes;
    /* MD5OfMessageAttributes: An MD5 digest of the non-URL-encoded message
     * attribute string. You can use this attribute to verify that Amazon SQS
     * received the message correctly. */
    const char *md5_of_message_attributes;
    /* MessageAttributes: Each message attribute consists of a Name , Type , and
     * Value . For more information, see Amazon SQS message attributes in the
     * Amazon SQS Developer Guide . */
    struct awsc_sqs_message_body_attribute_map message_attributes;
};

/*
 * The user-specified message attribute value. For string data types, the Value
 * attribute has the same restrictions on the content as the message body. For
 * more information, see SendMessage .
 */
struct awsc_sqs_message_attribute_value {
    /* StringValue: Strings are Unicode with UTF-8 binary encoding. For a list of
     * code values, see ASCII Printable Characters . */
    const char *string_value;
    /* BinaryValue: Binary type attributes can store any binary data, such as
     * compressed data, encrypted data, or images. */
    struct awsc_blob binary_value;
    /* StringListValues: Not implemented. Reserved for future use. */
    struct awsc_sqs_string_list string_list_values;
    /* BinaryListValues: Not implemented. Reserved for future use. */
    struct awsc_sqs_binary_list binary_list_values;
    /* DataType: Amazon SQS supports the following logical data types: String ,
     * Number , and Binary . For the Number data type, you must use StringValue .
     * Required. */
    const char *data_type;
};

/*
 * The specified message isn't in flight.
 */
struct awsc_sqs_message_not_inflight {
    char unused_; /* no members */
};

/*
 * The user-specified message system attribute value. For string data types,
 * the Value attribute has the same restrictions on the content as the message
 * body. For more information, see SendMessage .
 */
struct awsc_sqs_message_system_attribute_value {
    /* StringValue: Strings are Unicode with UTF-8 binary encoding. For a list of
     * code values, see ASCII Printable Characters . */
    const char *string_value;
    /* BinaryValue: Binary type attributes can store any binary data, such as
     * compressed data, encrypted data, or images. */
    struct awsc_blob binary_value;
    /* StringListValues: Not implemented. Reserved for future use. */
    struct awsc_sqs_string_list string_list_values;
    /* BinaryListValues: Not implemented. Reserved for future use. */
    struct awsc_sqs_binary_list binary_list_values;
    /* DataType: Amazon SQS supports the following logical data types: String ,
     * Number , and Binary . For the Number data type, you must use StringValue .
     * Required. */
    const char *data_type;
};

/*
 * The specified action violates a limit. For example, ReceiveMessage returns
 * this error if the maximum number of in flight messages is reached and
 * AddPermission returns this error if the maximum number of permissions for
 * the queue is reached.
 */
struct awsc_sqs_over_limit {
    /* message: */
    const char *message;
};

/*
 * Indicates that the specified queue previously received a PurgeQueue request
 * within the last 60 seconds (the time it can take to delete the messages in
 * the queue).
 */
struct awsc_sqs_purge_queue_in_progress {
    /* message: */
    const char *message;
};

/* PurgeQueueRequest */
struct awsc_sqs_purge_queue_input {
    /* QueueUrl: The URL of the queue from which the PurgeQueue action deletes
     * messages. Required. */
    const char *queue_url;
};

/*
 * You must wait 60 seconds after deleting a queue before you can create
 * another queue with the same name.
 */
struct awsc_sqs_queue_deleted_recently {
    /* message: */
    const char *message;
};

/*
 * Ensure that the QueueUrl is correct and that the queue has not been deleted.
 */
struct awsc_sqs_queue_does_not_exist {
    /* message: */
    const char *message;
};

/*
 * A queue with this name already exists. Amazon SQS returns this error only if
 * the request includes attributes whose values differ from those of the
 * existing queue.
 */
struct awsc_sqs_queue_name_exists {
    /* message: */
    const char *message;
};

/*
 * The specified receipt handle isn't valid.
 */
struct awsc_sqs_receipt_handle_is_invalid {
    /* message: */
    const char *message;
};

/*
 * Retrieves one or more messages from a specified queue.
 */
struct awsc_sqs_receive_message_input {
    /* QueueUrl: The URL of the Amazon SQS queue from which messages are received.
     * Required. */
    const char *queue_url;
    /* AttributeNames: This parameter has been discontinued but will be supported
     * for backward compatibility. To provide attribute names, you are encouraged
     * to use MessageSystemAttributeNames . */
    struct awsc_sqs_string_list attribute_names;
    /* MessageSystemAttributeNames: A list of attributes that need to be returned
     * along with each message. These attributes include: All – Returns all values. */
    struct awsc_sqs_string_list message_system_attribute_names;
    /* MessageAttributeNames: The name of the message attribute, where N is the
     * index. The name can contain alphanumeric characters and the underscore ( _
     * ), hyphen ( - ), and period ( . ). */
    struct awsc_sqs_string_list message_attribute_names;
    /* MaxNumberOfMessages: The maximum number of messages to return. Amazon SQS
     * never returns more messages than this value (however, fewer messages might
     * be returned). Valid values: 1 to 10. Default: 1. */
    bool has_max_number_of_messages;
    int32_t max_number_of_messages;
    /* VisibilityTimeout: The duration (in seconds) that the received messages are
     * hidden from subsequent retrieve requests after being retrieved by a
     * ReceiveMessage request. */
    bool has_visibility_timeout;
    int32_t visibility_timeout;
    /* WaitTimeSeconds: The duration (in seconds) for which the call waits for a
     * message to arrive in the queue before returning. If a message is available,
     * the call returns sooner than WaitTimeSeconds . */
    bool has_wait_time_seconds;
    int32_t wait_time_seconds;
    /* ReceiveRequestAttemptId: This parameter applies only to FIFO
     * (first-in-first-out) queues. */
    const char *receive_request_attempt_id;
};

/*
 * A list of received messages.
 */
struct awsc_sqs_receive_message_output {
    /* Messages: A list of messages. */
    struct awsc_sqs_message_list messages;
};

/* RemovePermissionRequest */
struct awsc_sqs_remove_permission_input {
    /* QueueUrl: The URL of the Amazon SQS queue from which permissions are
     * removed. Required. */
    const char *queue_url;
    /* Label: The identification of the permission to remove. This is the label
     * added using the AddPermission action. Required. */
    const char *label;
};

/*
 * The request was denied due to request throttling. Exceeds the permitted
 * request rate for the queue or for the recipient of the request. Ensure that
 * the request rate is within the Amazon SQS limits for sending messages. For
 * more information, see Amazon SQS quotas in the Amazon SQS Developer Guide .
 */
struct awsc_sqs_request_throttled {
    /* message: */
    const char *message;
};

/*
 * One or more specified resources don't exist.
 */
struct awsc_sqs_resource_not_found_exception {
    /* message: */
    const char *message;
};

/* SendMessageBatchRequest */
struct awsc_sqs_send_message_batch_input {
    /* QueueUrl: The URL of the Amazon SQS queue to which batched messages are
     * sent. Required. */
    const char *queue_url;
    /* Entries: A list of SendMessageBatchRequestEntry items. Required. */
    struct awsc_sqs_send_message_batch_request_entry_list entries;
};

/*
 * Contains the details of a single Amazon SQS message along with an Id .
 */
struct awsc_sqs_send_message_batch_request_entry {
    /* Id: An identifier for a message in this batch used to communicate the
     * result. The Id s of a batch request need to be unique within a request.
     * Required. */
    const char *id;
    /* MessageBody: The body of the message. Required. */
    const char *message_body;
    /* DelaySeconds: The length of time, in seconds, for which a specific message
     * is delayed. Valid values: 0 to 900. Maximum: 15 minutes. */
    bool has_delay_seconds;
    int32_t delay_seconds;
    /* MessageAttributes: Each message attribute consists of a Name , Type , and
     * Value . For more information, see Amazon SQS message attributes in the
     * Amazon SQS Developer Guide . */
    struct awsc_sqs_message_body_attribute_map message_attributes;
    /* MessageSystemAttributes: The message system attribute to send Each message
     * system attribute consists of a Name , Type , and Value . Currently, the only
     * supported message system attribute is AWSTraceHeader . */
    struct awsc_sqs_message_body_system_attribute_map message_system_attributes;
    /* MessageDeduplicationId: This parameter applies only to FIFO
     * (first-in-first-out) queues. */
    const char *message_deduplication_id;
    /* MessageGroupId: MessageGroupId is an attribute used in Amazon SQS FIFO
     * (First-In-First-Out) and standard queues. In FIFO queues, MessageGroupId
     * organizes messages into distinct groups. */
    const char *message_group_id;
};

/*
 * For each message in the batch, the response contains a
 * SendMessageBatchResultEntry tag if the message succeeds or a
 * BatchResultErrorEntry tag if the message fails.
 */
struct awsc_sqs_send_message_batch_output {
    /* Successful: A list of SendMessageBatchResultEntry items. Required. */
    struct awsc_sqs_send_message_batch_result_entry_list successful;
    /* Failed: A list of BatchResultErrorEntry items with error details about each
     * message that can't be enqueued. Required. */
    struct awsc_sqs_batch_result_error_entry_list failed;
};

/*
 * Encloses a MessageId for a successfully-enqueued message in a
 * SendMessageBatch .
 */
struct awsc_sqs_send_message_batch_result_entry {
    /* Id: An identifier for the message in this batch. Required. */
    const char *id;
    /* MessageId: An identifier for the message. Required. */
    const char *message_id;
    /* MD5OfMessageBody: An MD5 digest of the non-URL-encoded message body string.
     * You can use this attribute to verify that Amazon SQS received the message
     * correctly. Required. */
    const char *md5_of_message_body;
    /* MD5OfMessageAttributes: An MD5 digest of the non-URL-encoded message
     * attribute string. You can use this attribute to verify that Amazon SQS
     * received the message correctly. */
    const char *md5_of_message_attributes;
    /* MD5OfMessageSystemAttributes: An MD5 digest of the non-URL-encoded message
     * system attribute string. You can use this attribute to verify that Amazon
     * SQS received the message correctly. */
    const char *md5_of_message_system_attributes;
    /* SequenceNumber: This parameter applies only to FIFO (first-in-first-out)
     * queues. */
    const char *sequence_number;
};

/* SendMessageRequest */
struct awsc_sqs_send_message_input {
    /* QueueUrl: The URL of the Amazon SQS queue to which a message is sent.
     * Required. */
    const char *queue_url;
    /* MessageBody: The message to send. The minimum size is one character. The
     * maximum size is 1 MiB or 1,048,576 bytes A message can include only XML,
     * JSON, and unformatted text. Required. */
    const char *message_body;
    /* DelaySeconds: The length of time, in seconds, for which to delay a specific
     * message. Valid values: 0 to 900. Maximum: 15 minutes. */
    bool has_delay_seconds;
    int32_t delay_seconds;
    /* MessageAttributes: Each message attribute consists of a Name , Type , and
     * Value . For more information, see Amazon SQS message attributes in the
     * Amazon SQS Developer Guide . */
    struct awsc_sqs_message_body_attribute_map message_attributes;
    /* MessageSystemAttributes: The message system attribute to send. Each message
     * system attribute consists of a Name , Type , and Value . Currently, the only
     * supported message system attribute is AWSTraceHeader . */
    struct awsc_sqs_message_body_system_attribute_map message_system_attributes;
    /* MessageDeduplicationId: This parameter applies only to FIFO
     * (first-in-first-out) queues. */
    const char *message_deduplication_id;
    /* MessageGroupId: MessageGroupId is an attribute used in Amazon SQS FIFO
     * (First-In-First-Out) and standard queues. In FIFO queues, MessageGroupId
     * organizes messages into distinct groups. */
    const char *message_group_id;
};

/*
 * The MD5OfMessageBody and MessageId elements.
 */
struct awsc_sqs_send_message_output {
    /* MD5OfMessageBody: An MD5 digest of the non-URL-encoded message body string.
     * You can use this attribute to verify that Amazon SQS received the message
     * correctly. */
    const char *md5_of_message_body;
    /* MD5OfMessageAttributes: An MD5 digest of the non-URL-encoded message
     * attribute string. You can use this attribute to verify that Amazon SQS
     * received the message correctly. */
    const char *md5_of_message_attributes;
    /* MD5OfMessageSystemAttributes: An MD5 digest of the non-URL-encoded message
     * system attribute string. You can use this attribute to verify that Amazon
     * SQS received the message correctly. */
    const char *md5_of_message_system_attributes;
    /* MessageId: An attribute containing the MessageId of the message sent to the
     * queue. For more information, see Queue and Message Identifiers in the Amazon
     * SQS Developer Guide . */
    const char *message_id;
    /* SequenceNumber: This parameter applies only to FIFO (first-in-first-out)
     * queues. */
    const char *sequence_number;
};

/* SetQueueAttributesRequest */
struct awsc_sqs_set_queue_attributes_input {
    /* QueueUrl: The URL of the Amazon SQS queue whose attributes are set.
     * Required. */
    const char *queue_url;
    /* Attributes: A map of attributes to set. The following lists the names,
     * descriptions, and values of the special request parameters that the
     * SetQueueAttributes action uses: DelaySeconds – The length of time, in ...
     * Required. */
    struct awsc_sqs_tag_map attributes;
};

/* StartMessageMoveTaskRequest */
struct awsc_sqs_start_message_move_task_input {
    /* SourceArn: The ARN of the queue that contains the messages to be moved to
     * another queue. Currently, only ARNs of dead-letter queues (DLQs) whose
     * sources are other Amazon SQS queues are accepted. Required. */
    const char *source_arn;
    /* DestinationArn: The ARN of the queue that receives the moved messages. You
     * can use this field to specify the destination queue where you would like to
     * redrive messages. */
    const char *destination_arn;
    /* MaxNumberOfMessagesPerSecond: The number of messages to be moved per second
     * (the message movement rate). You can use this field to define a fixed
     * message movement rate. The maximum value for messages per second is 500. */
    bool has_max_number_of_messages_per_second;
    int32_t max_number_of_messages_per_second;
};

/* StartMessageMoveTaskResult */
struct awsc_sqs_start_message_move_task_output {
    /* TaskHandle: An identifier associated with a message movement task. You can
     * use this identifier to cancel a specified message movement task using the
     * CancelMessageMoveTask action. */
    const char *task_handle;
};

/* TagQueueRequest */
struct awsc_sqs_tag_queue_input {
    /* QueueUrl: The URL of the queue. Required. */
    const char *queue_url;
    /* Tags: The list of tags to be added to the specified queue. Required. */
    struct awsc_sqs_tag_map tags;
};

/*
 * The batch request contains more entries than permissible. For Amazon SQS,
 * the maximum number of entries you can include in a single SendMessageBatch ,
 * DeleteMessageBatch , or ChangeMessageVisibilityBatch request is 10.
 */
struct awsc_sqs_too_many_entries_in_batch_request {
    /* message: */
    const char *message;
};

/*
 * Error code 400. Unsupported operation.
 */
struct awsc_sqs_unsupported_operation {
    /* message: */
    const char *message;
};

/* UntagQueueRequest */
struct awsc_sqs_untag_queue_input {
    /* QueueUrl: The URL of the queue. Required. */
    const char *queue_url;
    /* TagKeys: The list of tags to be removed from the specified queue. Required. */
    struct awsc_sqs_string_list tag_keys;
};

struct awsc_sqs_message_body_attribute_map_entry {
    const char *key;
    struct awsc_sqs_message_attribute_value value;
};

struct awsc_sqs_message_body_system_attribute_map_entry {
    const char *key;
    struct awsc_sqs_message_system_attribute_value value;
};

struct awsc_sqs_tag_map_entry {
    const char *key;
    const char *value;
};

/* ----------------------------------------------------------- operations */

/*
 * AddPermission
 * Adds a permission to a queue for a specific principal . This allows sharing
 * access to the queue.
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_OVER_LIMIT, AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST,
 *   AWSC_SQS_ERR_REQUEST_THROTTLED, AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_add_permission(struct awsc_client *client,
                                     const struct awsc_sqs_add_permission_input *input,
                                     struct awsc_error *err);
typedef void awsc_sqs_add_permission_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sqs_add_permission_async(struct awsc_client *client,
                                           const struct awsc_sqs_add_permission_input *input,
                                           awsc_sqs_add_permission_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * CancelMessageMoveTask
 * Cancels a specified message movement task. A message movement can only be
 * cancelled when the current status is RUNNING. Cancelling a message movement
 * task does not revert the messages that have already been moved. It can only
 * stop the messages that have not been moved yet.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_cancel_message_move_task(struct awsc_client *client,
                                               const struct awsc_sqs_cancel_message_move_task_input *input,
                                               struct awsc_sqs_cancel_message_move_task_output **output,
                                               struct awsc_error *err);
typedef void awsc_sqs_cancel_message_move_task_cb(void *user_data,
                                                  int status,
                                                  struct awsc_sqs_cancel_message_move_task_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_sqs_cancel_message_move_task_async(struct awsc_client *client,
                                                     const struct awsc_sqs_cancel_message_move_task_input *input,
                                                     awsc_sqs_cancel_message_move_task_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * ChangeMessageVisibility
 * Changes the visibility timeout of a specified message in a queue to a new
 * value. The default visibility timeout for a message is 30 seconds. The
 * minimum is 0 seconds. The maximum is 12 hours. For more information, see
 * Visibility Timeout in the Amazon SQS Developer Guide .
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_MESSAGE_NOT_INFLIGHT, AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST,
 *   AWSC_SQS_ERR_RECEIPT_HANDLE_IS_INVALID, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_change_message_visibility(struct awsc_client *client,
                                                const struct awsc_sqs_change_message_visibility_input *input,
                                                struct awsc_error *err);
typedef void awsc_sqs_change_message_visibility_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_sqs_change_message_visibility_async(struct awsc_client *client,
                                                      const struct awsc_sqs_change_message_visibility_input *input,
                                                      awsc_sqs_change_message_visibility_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * ChangeMessageVisibilityBatch
 * Changes the visibility timeout of multiple messages. This is a batch version
 * of ChangeMessageVisibility . The result of the action on each message is
 * reported individually in the response. You can send up to 10
 * ChangeMessageVisibility requests with each ChangeMessageVisibilityBatch
 * action.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_BATCH_ENTRY_IDS_NOT_DISTINCT,
 *   AWSC_SQS_ERR_EMPTY_BATCH_REQUEST, AWSC_SQS_ERR_INVALID_ADDRESS,
 *   AWSC_SQS_ERR_INVALID_BATCH_ENTRY_ID, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_change_message_visibility_batch(struct awsc_client *client,
                                                      const struct awsc_sqs_change_message_visibility_batch_input *input,
                                                      struct awsc_sqs_change_message_visibility_batch_output **output,
                                                      struct awsc_error *err);
typedef void awsc_sqs_change_message_visibility_batch_cb(void *user_data,
                                                         int status,
                                                         struct awsc_sqs_change_message_visibility_batch_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_sqs_change_message_visibility_batch_async(struct awsc_client *client,
                                                            const struct awsc_sqs_change_message_visibility_batch_input *input,
                                                            awsc_sqs_change_message_visibility_batch_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * CreateQueue
 * Creates a new standard or FIFO queue. You can pass one or more attributes in
 * the request. Keep the following in mind: If you don't specify the FifoQueue
 * attribute, Amazon SQS creates a standard queue.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_ATTRIBUTE_NAME,
 *   AWSC_SQS_ERR_INVALID_ATTRIBUTE_VALUE, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DELETED_RECENTLY, AWSC_SQS_ERR_QUEUE_NAME_EXISTS,
 *   AWSC_SQS_ERR_REQUEST_THROTTLED, AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_create_queue(struct awsc_client *client,
                                   const struct awsc_sqs_create_queue_input *input,
                                   struct awsc_sqs_create_queue_output **output,
                                   struct awsc_error *err);
typedef void awsc_sqs_create_queue_cb(void *user_data,
                                      int status,
                                      struct awsc_sqs_create_queue_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_sqs_create_queue_async(struct awsc_client *client,
                                         const struct awsc_sqs_create_queue_input *input,
                                         awsc_sqs_create_queue_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * DeleteMessage
 * Deletes the specified message from the specified queue. To select the
 * message to delete, use the ReceiptHandle of the message ( not the MessageId
 * which you receive when you send the message).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_ID_FORMAT,
 *   AWSC_SQS_ERR_INVALID_SECURITY, AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST,
 *   AWSC_SQS_ERR_RECEIPT_HANDLE_IS_INVALID, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_delete_message(struct awsc_client *client,
                                     const struct awsc_sqs_delete_message_input *input,
                                     struct awsc_error *err);
typedef void awsc_sqs_delete_message_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sqs_delete_message_async(struct awsc_client *client,
                                           const struct awsc_sqs_delete_message_input *input,
                                           awsc_sqs_delete_message_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * DeleteMessageBatch
 * Deletes up to ten messages from the specified queue. This is a batch version
 * of DeleteMessage . The result of the action on each message is reported
 * individually in the response.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_BATCH_ENTRY_IDS_NOT_DISTINCT,
 *   AWSC_SQS_ERR_EMPTY_BATCH_REQUEST, AWSC_SQS_ERR_INVALID_ADDRESS,
 *   AWSC_SQS_ERR_INVALID_BATCH_ENTRY_ID, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_delete_message_batch(struct awsc_client *client,
                                           const struct awsc_sqs_delete_message_batch_input *input,
                                           struct awsc_sqs_delete_message_batch_output **output,
                                           struct awsc_error *err);
typedef void awsc_sqs_delete_message_batch_cb(void *user_data,
                                              int status,
                                              struct awsc_sqs_delete_message_batch_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_sqs_delete_message_batch_async(struct awsc_client *client,
                                                 const struct awsc_sqs_delete_message_batch_input *input,
                                                 awsc_sqs_delete_message_batch_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DeleteQueue
 * Deletes the queue specified by the QueueUrl , regardless of the queue's
 * contents. Be careful with the DeleteQueue action: When you delete a queue,
 * any messages in the queue are no longer available. When you delete a queue,
 * the deletion process takes up to 60 seconds.
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_delete_queue(struct awsc_client *client,
                                   const struct awsc_sqs_delete_queue_input *input,
                                   struct awsc_error *err);
typedef void awsc_sqs_delete_queue_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sqs_delete_queue_async(struct awsc_client *client,
                                         const struct awsc_sqs_delete_queue_input *input,
                                         awsc_sqs_delete_queue_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * GetQueueAttributes
 * Gets attributes for the specified queue. To determine whether a queue is
 * FIFO , you can check whether QueueName ends with the .fifo suffix.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_ATTRIBUTE_NAME,
 *   AWSC_SQS_ERR_INVALID_SECURITY, AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST,
 *   AWSC_SQS_ERR_REQUEST_THROTTLED, AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_get_queue_attributes(struct awsc_client *client,
                                           const struct awsc_sqs_get_queue_attributes_input *input,
                                           struct awsc_sqs_get_queue_attributes_output **output,
                                           struct awsc_error *err);
typedef void awsc_sqs_get_queue_attributes_cb(void *user_data,
                                              int status,
                                              struct awsc_sqs_get_queue_attributes_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_sqs_get_queue_attributes_async(struct awsc_client *client,
                                                 const struct awsc_sqs_get_queue_attributes_input *input,
                                                 awsc_sqs_get_queue_attributes_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetQueueUrl
 * The GetQueueUrl API returns the URL of an existing Amazon SQS queue. This is
 * useful when you know the queue's name but need to retrieve its URL for
 * further operations.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_get_queue_url(struct awsc_client *client,
                                    const struct awsc_sqs_get_queue_url_input *input,
                                    struct awsc_sqs_get_queue_url_output **output,
                                    struct awsc_error *err);
typedef void awsc_sqs_get_queue_url_cb(void *user_data,
                                       int status,
                                       struct awsc_sqs_get_queue_url_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_sqs_get_queue_url_async(struct awsc_client *client,
                                          const struct awsc_sqs_get_queue_url_input *input,
                                          awsc_sqs_get_queue_url_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * ListDeadLetterSourceQueues
 * Returns a list of your queues that have the RedrivePolicy queue attribute
 * configured with a dead-letter queue.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_list_dead_letter_source_queues(struct awsc_client *client,
                                                     const struct awsc_sqs_list_dead_letter_source_queues_input *input,
                                                     struct awsc_sqs_list_dead_letter_source_queues_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sqs_list_dead_letter_source_queues_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sqs_list_dead_letter_source_queues_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sqs_list_dead_letter_source_queues_async(struct awsc_client *client,
                                                           const struct awsc_sqs_list_dead_letter_source_queues_input *input,
                                                           awsc_sqs_list_dead_letter_source_queues_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * ListMessageMoveTasks
 * Gets the most recent message movement tasks (up to 10) under a specific
 * source queue. This action is currently limited to supporting message redrive
 * from dead-letter queues (DLQs) only.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_list_message_move_tasks(struct awsc_client *client,
                                              const struct awsc_sqs_list_message_move_tasks_input *input,
                                              struct awsc_sqs_list_message_move_tasks_output **output,
                                              struct awsc_error *err);
typedef void awsc_sqs_list_message_move_tasks_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sqs_list_message_move_tasks_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sqs_list_message_move_tasks_async(struct awsc_client *client,
                                                    const struct awsc_sqs_list_message_move_tasks_input *input,
                                                    awsc_sqs_list_message_move_tasks_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * ListQueueTags
 * List all cost allocation tags added to the specified Amazon SQS queue. For
 * an overview, see Tagging Your Amazon SQS Queues in the Amazon SQS Developer
 * Guide . Cross-account permissions don't apply to this action.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_list_queue_tags(struct awsc_client *client,
                                      const struct awsc_sqs_list_queue_tags_input *input,
                                      struct awsc_sqs_list_queue_tags_output **output,
                                      struct awsc_error *err);
typedef void awsc_sqs_list_queue_tags_cb(void *user_data,
                                         int status,
                                         struct awsc_sqs_list_queue_tags_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_sqs_list_queue_tags_async(struct awsc_client *client,
                                            const struct awsc_sqs_list_queue_tags_input *input,
                                            awsc_sqs_list_queue_tags_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * ListQueues
 * Returns a list of your queues in the current region. The response includes a
 * maximum of 1,000 results. If you specify a value for the optional
 * QueueNamePrefix parameter, only queues with a name that begins with the
 * specified value are returned.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_REQUEST_THROTTLED, AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_list_queues(struct awsc_client *client,
                                  const struct awsc_sqs_list_queues_input *input,
                                  struct awsc_sqs_list_queues_output **output,
                                  struct awsc_error *err);
typedef void awsc_sqs_list_queues_cb(void *user_data,
                                     int status,
                                     struct awsc_sqs_list_queues_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_sqs_list_queues_async(struct awsc_client *client,
                                        const struct awsc_sqs_list_queues_input *input,
                                        awsc_sqs_list_queues_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * PurgeQueue
 * Deletes available messages in a queue (including in-flight messages)
 * specified by the QueueURL parameter. When you use the PurgeQueue action, you
 * can't retrieve any messages deleted from a queue.
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_PURGE_QUEUE_IN_PROGRESS, AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST,
 *   AWSC_SQS_ERR_REQUEST_THROTTLED, AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_purge_queue(struct awsc_client *client,
                                  const struct awsc_sqs_purge_queue_input *input,
                                  struct awsc_error *err);
typedef void awsc_sqs_purge_queue_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sqs_purge_queue_async(struct awsc_client *client,
                                        const struct awsc_sqs_purge_queue_input *input,
                                        awsc_sqs_purge_queue_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * ReceiveMessage
 * Retrieves one or more messages (up to 10), from the specified queue. Using
 * the WaitTimeSeconds parameter enables long-poll support. For more
 * information, see Amazon SQS Long Polling in the Amazon SQS Developer Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_KMS_ACCESS_DENIED, AWSC_SQS_ERR_KMS_DISABLED,
 *   AWSC_SQS_ERR_KMS_INVALID_KEY_USAGE, AWSC_SQS_ERR_KMS_INVALID_STATE,
 *   AWSC_SQS_ERR_KMS_NOT_FOUND, AWSC_SQS_ERR_KMS_OPT_IN_REQUIRED,
 *   AWSC_SQS_ERR_KMS_THROTTLED, AWSC_SQS_ERR_OVER_LIMIT,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_receive_message(struct awsc_client *client,
                                      const struct awsc_sqs_receive_message_input *input,
                                      struct awsc_sqs_receive_message_output **output,
                                      struct awsc_error *err);
typedef void awsc_sqs_receive_message_cb(void *user_data,
                                         int status,
                                         struct awsc_sqs_receive_message_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_sqs_receive_message_async(struct awsc_client *client,
                                            const struct awsc_sqs_receive_message_input *input,
                                            awsc_sqs_receive_message_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * RemovePermission
 * Revokes any permissions in the queue policy that matches the specified Label
 * parameter. Only the owner of a queue can remove permissions from it.
 * Cross-account permissions don't apply to this action.
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_remove_permission(struct awsc_client *client,
                                        const struct awsc_sqs_remove_permission_input *input,
                                        struct awsc_error *err);
typedef void awsc_sqs_remove_permission_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sqs_remove_permission_async(struct awsc_client *client,
                                              const struct awsc_sqs_remove_permission_input *input,
                                              awsc_sqs_remove_permission_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * SendMessage
 * Delivers a message to the specified queue. A message can include only XML,
 * JSON, and unformatted text. The following Unicode characters are allowed.
 * For more information, see the W3C specification for characters .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_MESSAGE_CONTENTS,
 *   AWSC_SQS_ERR_INVALID_SECURITY, AWSC_SQS_ERR_KMS_ACCESS_DENIED,
 *   AWSC_SQS_ERR_KMS_DISABLED, AWSC_SQS_ERR_KMS_INVALID_KEY_USAGE,
 *   AWSC_SQS_ERR_KMS_INVALID_STATE, AWSC_SQS_ERR_KMS_NOT_FOUND,
 *   AWSC_SQS_ERR_KMS_OPT_IN_REQUIRED, AWSC_SQS_ERR_KMS_THROTTLED,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_send_message(struct awsc_client *client,
                                   const struct awsc_sqs_send_message_input *input,
                                   struct awsc_sqs_send_message_output **output,
                                   struct awsc_error *err);
typedef void awsc_sqs_send_message_cb(void *user_data,
                                      int status,
                                      struct awsc_sqs_send_message_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_sqs_send_message_async(struct awsc_client *client,
                                         const struct awsc_sqs_send_message_input *input,
                                         awsc_sqs_send_message_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * SendMessageBatch
 * You can use SendMessageBatch to send up to 10 messages to the specified
 * queue by assigning either identical or different values to each message (or
 * by not assigning values at all). This is a batch version of SendMessage .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_BATCH_ENTRY_IDS_NOT_DISTINCT,
 *   AWSC_SQS_ERR_BATCH_REQUEST_TOO_LONG, AWSC_SQS_ERR_EMPTY_BATCH_REQUEST,
 *   AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_BATCH_ENTRY_ID,
 *   AWSC_SQS_ERR_INVALID_SECURITY, AWSC_SQS_ERR_KMS_ACCESS_DENIED,
 *   AWSC_SQS_ERR_KMS_DISABLED, AWSC_SQS_ERR_KMS_INVALID_KEY_USAGE,
 *   AWSC_SQS_ERR_KMS_INVALID_STATE, AWSC_SQS_ERR_KMS_NOT_FOUND,
 *   AWSC_SQS_ERR_KMS_OPT_IN_REQUIRED, AWSC_SQS_ERR_KMS_THROTTLED,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_send_message_batch(struct awsc_client *client,
                                         const struct awsc_sqs_send_message_batch_input *input,
                                         struct awsc_sqs_send_message_batch_output **output,
                                         struct awsc_error *err);
typedef void awsc_sqs_send_message_batch_cb(void *user_data,
                                            int status,
                                            struct awsc_sqs_send_message_batch_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_sqs_send_message_batch_async(struct awsc_client *client,
                                               const struct awsc_sqs_send_message_batch_input *input,
                                               awsc_sqs_send_message_batch_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * SetQueueAttributes
 * Sets the value of one or more queue attributes, like a policy. When you
 * change a queue's attributes, the change can take up to 60 seconds for most
 * of the attributes to propagate throughout the Amazon SQS system.
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_ATTRIBUTE_NAME,
 *   AWSC_SQS_ERR_INVALID_ATTRIBUTE_VALUE, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_OVER_LIMIT, AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST,
 *   AWSC_SQS_ERR_REQUEST_THROTTLED, AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_set_queue_attributes(struct awsc_client *client,
                                           const struct awsc_sqs_set_queue_attributes_input *input,
                                           struct awsc_error *err);
typedef void awsc_sqs_set_queue_attributes_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sqs_set_queue_attributes_async(struct awsc_client *client,
                                                 const struct awsc_sqs_set_queue_attributes_input *input,
                                                 awsc_sqs_set_queue_attributes_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * StartMessageMoveTask
 * Starts an asynchronous task to move messages from a specified source queue
 * to a specified destination queue. This action is currently limited to
 * supporting message redrive from queues that are configured as dead-letter
 * queues (DLQs) of other Amazon SQS queues only.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_start_message_move_task(struct awsc_client *client,
                                              const struct awsc_sqs_start_message_move_task_input *input,
                                              struct awsc_sqs_start_message_move_task_output **output,
                                              struct awsc_error *err);
typedef void awsc_sqs_start_message_move_task_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sqs_start_message_move_task_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sqs_start_message_move_task_async(struct awsc_client *client,
                                                    const struct awsc_sqs_start_message_move_task_input *input,
                                                    awsc_sqs_start_message_move_task_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * TagQueue
 * Add cost allocation tags to the specified Amazon SQS queue. For an overview,
 * see Tagging Your Amazon SQS Queues in the Amazon SQS Developer Guide .
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_tag_queue(struct awsc_client *client,
                                const struct awsc_sqs_tag_queue_input *input,
                                struct awsc_error *err);
typedef void awsc_sqs_tag_queue_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sqs_tag_queue_async(struct awsc_client *client,
                                      const struct awsc_sqs_tag_queue_input *input,
                                      awsc_sqs_tag_queue_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err);

/*
 * UntagQueue
 * Remove cost allocation tags from the specified Amazon SQS queue. For an
 * overview, see Tagging Your Amazon SQS Queues in the Amazon SQS Developer
 * Guide . Cross-account permissions don't apply to this action.
 * Errors: AWSC_SQS_ERR_INVALID_ADDRESS, AWSC_SQS_ERR_INVALID_SECURITY,
 *   AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST, AWSC_SQS_ERR_REQUEST_THROTTLED,
 *   AWSC_SQS_ERR_UNSUPPORTED_OPERATION
 */
AWSC_API int awsc_sqs_untag_queue(struct awsc_client *client,
                                  const struct awsc_sqs_untag_queue_input *input,
                                  struct awsc_error *err);
typedef void awsc_sqs_untag_queue_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sqs_untag_queue_async(struct awsc_client *client,
                                        const struct awsc_sqs_untag_queue_input *input,
                                        awsc_sqs_untag_queue_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of SQS, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (sqs_tables.c). */
struct awsc__sqs_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[2];
    uint16_t input_tokens[2];
    awsc_ref expr_refs[4];
#endif
    struct awsc_jmespath exprs[3];
    struct awsc_jmespath_node nodes[3];
    char strings[68];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_sqs_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* ListDeadLetterSourceQueues: tokens NextToken; results queueUrls. */
AWSC_API int awsc_sqs_list_dead_letter_source_queues_paginate(struct awsc_client *client,
                                                              const struct awsc_sqs_list_dead_letter_source_queues_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err);
AWSC_API int awsc_sqs_list_dead_letter_source_queues_next_page(struct awsc_pager *pager,
                                                               struct awsc_sqs_list_dead_letter_source_queues_output **page,
                                                               struct awsc_error *err);
AWSC_API int awsc_sqs_list_dead_letter_source_queues_next_page_async(struct awsc_pager *pager,
                                                                     awsc_sqs_list_dead_letter_source_queues_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
typedef void awsc_sqs_list_dead_letter_source_queues_item_cb(void *user_data,
                                                             int status,
                                                             const char *item,
                                                             struct awsc_error *err);
AWSC_API int awsc_sqs_list_dead_letter_source_queues_next_item(struct awsc_pager *pager,
                                                               const char **item,
                                                               struct awsc_error *err);
AWSC_API int awsc_sqs_list_dead_letter_source_queues_next_item_async(struct awsc_pager *pager,
                                                                     awsc_sqs_list_dead_letter_source_queues_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
AWSC_API int awsc_sqs_list_dead_letter_source_queues_collect(struct awsc_pager *pager,
                                                             struct awsc_sqs_list_dead_letter_source_queues_output **output,
                                                             struct awsc_error *err);

/* ListQueues: tokens NextToken; results QueueUrls. */
AWSC_API int awsc_sqs_list_queues_paginate(struct awsc_client *client,
                                           const struct awsc_sqs_list_queues_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err);
AWSC_API int awsc_sqs_list_queues_next_page(struct awsc_pager *pager,
                                            struct awsc_sqs_list_queues_output **page,
                                            struct awsc_error *err);
AWSC_API int awsc_sqs_list_queues_next_page_async(struct awsc_pager *pager,
                                                  awsc_sqs_list_queues_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
typedef void awsc_sqs_list_queues_item_cb(void *user_data,
                                          int status,
                                          const char *item,
                                          struct awsc_error *err);
AWSC_API int awsc_sqs_list_queues_next_item(struct awsc_pager *pager,
                                            const char **item,
                                            struct awsc_error *err);
AWSC_API int awsc_sqs_list_queues_next_item_async(struct awsc_pager *pager,
                                                  awsc_sqs_list_queues_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
AWSC_API int awsc_sqs_list_queues_collect(struct awsc_pager *pager,
                                          struct awsc_sqs_list_queues_output **output,
                                          struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* --------------------------------------------------------------- errors */

#define AWSC_SQS_ERR_BATCH_ENTRY_IDS_NOT_DISTINCT "BatchEntryIdsNotDistinct"
#define AWSC_SQS_ERR_BATCH_REQUEST_TOO_LONG "BatchRequestTooLong"
#define AWSC_SQS_ERR_EMPTY_BATCH_REQUEST "EmptyBatchRequest"
#define AWSC_SQS_ERR_INVALID_ADDRESS "InvalidAddress"
#define AWSC_SQS_ERR_INVALID_ATTRIBUTE_NAME "InvalidAttributeName"
#define AWSC_SQS_ERR_INVALID_ATTRIBUTE_VALUE "InvalidAttributeValue"
#define AWSC_SQS_ERR_INVALID_BATCH_ENTRY_ID "InvalidBatchEntryId"
#define AWSC_SQS_ERR_INVALID_ID_FORMAT "InvalidIdFormat"
#define AWSC_SQS_ERR_INVALID_MESSAGE_CONTENTS "InvalidMessageContents"
#define AWSC_SQS_ERR_INVALID_SECURITY "InvalidSecurity"
#define AWSC_SQS_ERR_KMS_ACCESS_DENIED "KmsAccessDenied"
#define AWSC_SQS_ERR_KMS_DISABLED "KmsDisabled"
#define AWSC_SQS_ERR_KMS_INVALID_KEY_USAGE "KmsInvalidKeyUsage"
#define AWSC_SQS_ERR_KMS_INVALID_STATE "KmsInvalidState"
#define AWSC_SQS_ERR_KMS_NOT_FOUND "KmsNotFound"
#define AWSC_SQS_ERR_KMS_OPT_IN_REQUIRED "KmsOptInRequired"
#define AWSC_SQS_ERR_KMS_THROTTLED "KmsThrottled"
#define AWSC_SQS_ERR_MESSAGE_NOT_INFLIGHT "MessageNotInflight"
#define AWSC_SQS_ERR_OVER_LIMIT "OverLimit"
#define AWSC_SQS_ERR_PURGE_QUEUE_IN_PROGRESS "PurgeQueueInProgress"
#define AWSC_SQS_ERR_QUEUE_DELETED_RECENTLY "QueueDeletedRecently"
#define AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST "QueueDoesNotExist"
#define AWSC_SQS_ERR_QUEUE_NAME_EXISTS "QueueNameExists"
#define AWSC_SQS_ERR_RECEIPT_HANDLE_IS_INVALID "ReceiptHandleIsInvalid"
#define AWSC_SQS_ERR_REQUEST_THROTTLED "RequestThrottled"
#define AWSC_SQS_ERR_RESOURCE_NOT_FOUND_EXCEPTION "ResourceNotFoundException"
#define AWSC_SQS_ERR_TOO_MANY_ENTRIES_IN_BATCH_REQUEST "TooManyEntriesInBatchRequest"
#define AWSC_SQS_ERR_UNSUPPORTED_OPERATION "UnsupportedOperation"

#ifdef __cplusplus
}
#endif
#endif
