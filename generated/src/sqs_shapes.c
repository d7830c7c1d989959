/*
 * sqs_shapes.c - shape descriptors of SQS.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/sqs.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_sqs_string_list, count) == offsetof(struct awsc_list_view, count), "StringList");
_Static_assert(offsetof(struct awsc_sqs_batch_result_error_entry_list, count) == offsetof(struct awsc_list_view, count), "BatchResultErrorEntryList");
_Static_assert(offsetof(struct awsc_sqs_binary_list, count) == offsetof(struct awsc_list_view, count), "BinaryList");
_Static_assert(offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry_list, count) == offsetof(struct awsc_list_view, count), "ChangeMessageVisibilityBatchRequestEntryList");
_Static_assert(offsetof(struct awsc_sqs_change_message_visibility_batch_result_entry_list, count) == offsetof(struct awsc_list_view, count), "ChangeMessageVisibilityBatchResultEntryList");
_Static_assert(offsetof(struct awsc_sqs_delete_message_batch_request_entry_list, count) == offsetof(struct awsc_list_view, count), "DeleteMessageBatchRequestEntryList");
_Static_assert(offsetof(struct awsc_sqs_delete_message_batch_result_entry_list, count) == offsetof(struct awsc_list_view, count), "DeleteMessageBatchResultEntryList");
_Static_assert(offsetof(struct awsc_sqs_list_message_move_tasks_result_entry_list, count) == offsetof(struct awsc_list_view, count), "ListMessageMoveTasksResultEntryList");
_Static_assert(offsetof(struct awsc_sqs_message_list, count) == offsetof(struct awsc_list_view, count), "MessageList");
_Static_assert(offsetof(struct awsc_sqs_send_message_batch_request_entry_list, count) == offsetof(struct awsc_list_view, count), "SendMessageBatchRequestEntryList");
_Static_assert(offsetof(struct awsc_sqs_send_message_batch_result_entry_list, count) == offsetof(struct awsc_list_view, count), "SendMessageBatchResultEntryList");
_Static_assert(offsetof(struct awsc_sqs_message_body_attribute_map, count) == offsetof(struct awsc_map_view, count), "MessageBodyAttributeMap");
_Static_assert(offsetof(struct awsc_sqs_message_body_system_attribute_map, count) == offsetof(struct awsc_map_view, count), "MessageBodySystemAttributeMap");
_Static_assert(offsetof(struct awsc_sqs_tag_map, count) == offsetof(struct awsc_map_view, count), "TagMap");

static const struct awsc_shape s_AWSAccountIdList;
static const struct awsc_shape s_ActionNameList;
extern const struct awsc_shape awsc__sqs_AddPermissionRequest;
static const struct awsc_shape s_AttributeNameList;
extern const struct awsc_shape awsc__sqs_BatchEntryIdsNotDistinct;
extern const struct awsc_shape awsc__sqs_BatchRequestTooLong;
static const struct awsc_shape s_BatchResultErrorEntry;
static const struct awsc_shape s_BatchResultErrorEntryList;
static const struct awsc_shape s_Binary;
static const struct awsc_shape s_BinaryList;
static const struct awsc_shape s_Boolean;
static const struct awsc_shape s_BoxedInteger;
extern const struct awsc_shape awsc__sqs_CancelMessageMoveTaskRequest;
extern const struct awsc_shape awsc__sqs_CancelMessageMoveTaskResult;
extern const struct awsc_shape awsc__sqs_ChangeMessageVisibilityBatchRequest;
static const struct awsc_shape s_ChangeMessageVisibilityBatchRequestEntry;
static const struct awsc_shape s_ChangeMessageVisibilityBatchRequestEntryList;
extern const struct awsc_shape awsc__sqs_ChangeMessageVisibilityBatchResult;
static const struct awsc_shape s_ChangeMessageVisibilityBatchResultEntry;
static const struct awsc_shape s_ChangeMessageVisibilityBatchResultEntryList;
extern const struct awsc_shape awsc__sqs_ChangeMessageVisibilityRequest;
extern const struct awsc_shape awsc__sqs_CreateQueueRequest;
extern const struct awsc_shape awsc__sqs_CreateQueueResult;
extern const struct awsc_shape awsc__sqs_DeleteMessageBatchRequest;
static const struct awsc_shape s_DeleteMessageBatchRequestEntry;
static const struct awsc_shape s_DeleteMessageBatchRequestEntryList;
extern const struct awsc_shape awsc__sqs_DeleteMessageBatchResult;
static const struct awsc_shape s_DeleteMessageBatchResultEntry;
static const struct awsc_shape s_DeleteMessageBatchResultEntryList;
extern const struct awsc_shape awsc__sqs_DeleteMessageRequest;
extern const struct awsc_shape awsc__sqs_DeleteQueueRequest;
extern const struct awsc_shape awsc__sqs_EmptyBatchRequest;
static const struct awsc_shape s_ExceptionMessage;
extern const struct awsc_shape awsc__sqs_GetQueueAttributesRequest;
extern const struct awsc_shape awsc__sqs_GetQueueAttributesResult;
extern const struct awsc_shape awsc__sqs_GetQueueUrlRequest;
extern const struct awsc_shape awsc__sqs_GetQueueUrlResult;
extern const struct awsc_shape awsc__sqs_InvalidAddress;
extern const struct awsc_shape awsc__sqs_InvalidAttributeName;
extern const struct awsc_shape awsc__sqs_InvalidAttributeValue;
extern const struct awsc_shape awsc__sqs_InvalidBatchEntryId;
extern const struct awsc_shape awsc__sqs_InvalidIdFormat;
extern const struct awsc_shape awsc__sqs_InvalidMessageContents;
extern const struct awsc_shape awsc__sqs_InvalidSecurity;
extern const struct awsc_shape awsc__sqs_KmsAccessDenied;
extern const struct awsc_shape awsc__sqs_KmsDisabled;
extern const struct awsc_shape awsc__sqs_KmsInvalidKeyUsage;
extern const struct awsc_shape awsc__sqs_KmsInvalidState;
extern const struct awsc_shape awsc__sqs_KmsNotFound;
extern const struct awsc_shape awsc__sqs_KmsOptInRequired;
extern const struct awsc_shape awsc__sqs_KmsThrottled;
extern const struct awsc_shape awsc__sqs_ListDeadLetterSourceQueuesRequest;
extern const struct awsc_shape awsc__sqs_ListDeadLetterSourceQueuesResult;
extern const struct awsc_shape awsc__sqs_ListMessageMoveTasksRequest;
extern const struct awsc_shape awsc__sqs_ListMessageMoveTasksResult;
static const struct awsc_shape s_ListMessageMoveTasksResultEntry;
static const struct awsc_shape s_ListMessageMoveTasksResultEntryList;
extern const struct awsc_shape awsc__sqs_ListQueueTagsRequest;
extern const struct awsc_shape awsc__sqs_ListQueueTagsResult;
extern const struct awsc_shape awsc__sqs_ListQueuesRequest;
extern const struct awsc_shape awsc__sqs_ListQueuesResult;
static const struct awsc_shape s_Long;
static const struct awsc_shape s_Message;
static const struct awsc_shape s_MessageAttributeName;
static const struct awsc_shape s_MessageAttributeNameList;
static const struct awsc_shape s_MessageAttributeValue;
static const struct awsc_shape s_MessageBodyAttributeMap;
static const struct awsc_shape s_MessageBodySystemAttributeMap;
static const struct awsc_shape s_MessageList;
extern const struct awsc_shape awsc__sqs_MessageNotInflight;
static const struct awsc_shape s_MessageSystemAttributeList;
static const struct awsc_shape s_MessageSystemAttributeMap;
static const struct awsc_shape s_MessageSystemAttributeName;
static const struct awsc_shape s_MessageSystemAttributeNameForSends;
static const struct awsc_shape s_MessageSystemAttributeValue;
static const struct awsc_shape s_NullableInteger;
static const struct awsc_shape s_NullableLong;
extern const struct awsc_shape awsc__sqs_OverLimit;
extern const struct awsc_shape awsc__sqs_PurgeQueueInProgress;
extern const struct awsc_shape awsc__sqs_PurgeQueueRequest;
static const struct awsc_shape s_QueueAttributeMap;
static const struct awsc_shape s_QueueAttributeName;
extern const struct awsc_shape awsc__sqs_QueueDeletedRecently;
extern const struct awsc_shape awsc__sqs_QueueDoesNotExist;
extern const struct awsc_shape awsc__sqs_QueueNameExists;
static const struct awsc_shape s_QueueUrlList;
extern const struct awsc_shape awsc__sqs_ReceiptHandleIsInvalid;
extern const struct awsc_shape awsc__sqs_ReceiveMessageRequest;
extern const struct awsc_shape awsc__sqs_ReceiveMessageResult;
extern const struct awsc_shape awsc__sqs_RemovePermissionRequest;
extern const struct awsc_shape awsc__sqs_RequestThrottled;
extern const struct awsc_shape awsc__sqs_ResourceNotFoundException;
extern const struct awsc_shape awsc__sqs_SendMessageBatchRequest;
static const struct awsc_shape s_SendMessageBatchRequestEntry;
static const struct awsc_shape s_SendMessageBatchRequestEntryList;
extern const struct awsc_shape awsc__sqs_SendMessageBatchResult;
static const struct awsc_shape s_SendMessageBatchResultEntry;
static const struct awsc_shape s_SendMessageBatchResultEntryList;
extern const struct awsc_shape awsc__sqs_SendMessageRequest;
extern const struct awsc_shape awsc__sqs_SendMessageResult;
extern const struct awsc_shape awsc__sqs_SetQueueAttributesRequest;
extern const struct awsc_shape awsc__sqs_StartMessageMoveTaskRequest;
extern const struct awsc_shape awsc__sqs_StartMessageMoveTaskResult;
static const struct awsc_shape s_String;
static const struct awsc_shape s_StringList;
static const struct awsc_shape s_TagKey;
static const struct awsc_shape s_TagKeyList;
static const struct awsc_shape s_TagMap;
extern const struct awsc_shape awsc__sqs_TagQueueRequest;
static const struct awsc_shape s_TagValue;
static const struct awsc_shape s_Token;
extern const struct awsc_shape awsc__sqs_TooManyEntriesInBatchRequest;
extern const struct awsc_shape awsc__sqs_UnsupportedOperation;
extern const struct awsc_shape awsc__sqs_UntagQueueRequest;

/* one after the other, each ending with its NUL */
static const char s_MessageSystemAttributeName_values[] =
    "All\0"
    "SenderId\0"
    "SentTimestamp\0"
    "ApproximateReceiveCount\0"
    "ApproximateFirstReceiveTimestamp\0"
    "SequenceNumber\0"
    "MessageDeduplicationId\0"
    "MessageGroupId\0"
    "AWSTraceHeader\0"
    "DeadLetterQueueSourceArn\0";

enum awsc_sqs_message_system_attribute_name awsc_sqs_message_system_attribute_name_parse(const char *value)
{
    return (enum awsc_sqs_message_system_attribute_name)awsc_enum_parse(s_MessageSystemAttributeName_values, 10, value);
}

const char *awsc_sqs_message_system_attribute_name_str(enum awsc_sqs_message_system_attribute_name value)
{
    return awsc_enum_str(s_MessageSystemAttributeName_values, 10, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MessageSystemAttributeNameForSends_values[] =
    "AWSTraceHeader\0";

enum awsc_sqs_message_system_attribute_name_for_sends awsc_sqs_message_system_attribute_name_for_sends_parse(const char *value)
{
    return (enum awsc_sqs_message_system_attribute_name_for_sends)awsc_enum_parse(s_MessageSystemAttributeNameForSends_values, 1, value);
}

const char *awsc_sqs_message_system_attribute_name_for_sends_str(enum awsc_sqs_message_system_attribute_name_for_sends value)
{
    return awsc_enum_str(s_MessageSystemAttributeNameForSends_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_QueueAttributeName_values[] =
    "All\0"
    "Policy\0"
    "VisibilityTimeout\0"
    "MaximumMessageSize\0"
    "MessageRetentionPeriod\0"
    "ApproximateNumberOfMessages\0"
    "ApproximateNumberOfMessagesNotVisible\0"
    "CreatedTimestamp\0"
    "LastModifiedTimestamp\0"
    "QueueArn\0"
    "ApproximateNumberOfMessagesDelayed\0"
    "DelaySeconds\0"
    "ReceiveMessageWaitTimeSeconds\0"
    "RedrivePolicy\0"
    "FifoQueue\0"
    "ContentBasedDeduplication\0"
    "KmsMasterKeyId\0"
    "KmsDataKeyReusePeriodSeconds\0"
    "DeduplicationScope\0"
    "FifoThroughputLimit\0"
    "RedriveAllowPolicy\0"
    "SqsManagedSseEnabled\0";

enum awsc_sqs_queue_attribute_name awsc_sqs_queue_attribute_name_parse(const char *value)
{
    return (enum awsc_sqs_queue_attribute_name)awsc_enum_parse(s_QueueAttributeName_values, 22, value);
}

const char *awsc_sqs_queue_attribute_name_str(enum awsc_sqs_queue_attribute_name value)
{
    return awsc_enum_str(s_QueueAttributeName_values, 22, (int)value);
}

static const struct awsc_member awsc__sqs_AddPermissionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_add_permission_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Label", &s_String, offsetof(struct awsc_sqs_add_permission_input, label), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AWSAccountIds", &s_AWSAccountIdList, offsetof(struct awsc_sqs_add_permission_input, aws_account_ids), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Actions", &s_ActionNameList, offsetof(struct awsc_sqs_add_permission_input, actions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_AddPermissionRequest_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member awsc__sqs_BatchEntryIdsNotDistinct_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_batch_entry_ids_not_distinct, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_BatchEntryIdsNotDistinct_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_BatchRequestTooLong_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_batch_request_too_long, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_BatchRequestTooLong_by_wire_name[] = { 0 };

static const struct awsc_member s_BatchResultErrorEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sqs_batch_result_error_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SenderFault", &s_Boolean, offsetof(struct awsc_sqs_batch_result_error_entry, sender_fault), offsetof(struct awsc_sqs_batch_result_error_entry, has_sender_fault), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Code", &s_String, offsetof(struct awsc_sqs_batch_result_error_entry, code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_sqs_batch_result_error_entry, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BatchResultErrorEntry_by_wire_name[] = { 2, 0, 3, 1 };

static const struct awsc_member awsc__sqs_CancelMessageMoveTaskRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TaskHandle", &s_String, offsetof(struct awsc_sqs_cancel_message_move_task_input, task_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_CancelMessageMoveTaskRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_CancelMessageMoveTaskResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ApproximateNumberOfMessagesMoved", &s_Long, offsetof(struct awsc_sqs_cancel_message_move_task_output, approximate_number_of_messages_moved), offsetof(struct awsc_sqs_cancel_message_move_task_output, has_approximate_number_of_messages_moved), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_CancelMessageMoveTaskResult_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_ChangeMessageVisibilityBatchRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_change_message_visibility_batch_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Entries", &s_ChangeMessageVisibilityBatchRequestEntryList, offsetof(struct awsc_sqs_change_message_visibility_batch_input, entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ChangeMessageVisibilityBatchRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ChangeMessageVisibilityBatchRequestEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReceiptHandle", &s_String, offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, receipt_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VisibilityTimeout", &s_NullableInteger, offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, visibility_timeout), offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, has_visibility_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChangeMessageVisibilityBatchRequestEntry_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sqs_ChangeMessageVisibilityBatchResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Successful", &s_ChangeMessageVisibilityBatchResultEntryList, offsetof(struct awsc_sqs_change_message_visibility_batch_output, successful), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Failed", &s_BatchResultErrorEntryList, offsetof(struct awsc_sqs_change_message_visibility_batch_output, failed), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ChangeMessageVisibilityBatchResult_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ChangeMessageVisibilityBatchResultEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sqs_change_message_visibility_batch_result_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChangeMessageVisibilityBatchResultEntry_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_ChangeMessageVisibilityRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_change_message_visibility_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReceiptHandle", &s_String, offsetof(struct awsc_sqs_change_message_visibility_input, receipt_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VisibilityTimeout", &s_NullableInteger, offsetof(struct awsc_sqs_change_message_visibility_input, visibility_timeout), offsetof(struct awsc_sqs_change_message_visibility_input, has_visibility_timeout), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ChangeMessageVisibilityRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sqs_CreateQueueRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueName", &s_String, offsetof(struct awsc_sqs_create_queue_input, queue_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_QueueAttributeMap, offsetof(struct awsc_sqs_create_queue_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"tags", &s_TagMap, offsetof(struct awsc_sqs_create_queue_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_CreateQueueRequest_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__sqs_CreateQueueResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_create_queue_output, queue_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_CreateQueueResult_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_DeleteMessageBatchRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_delete_message_batch_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Entries", &s_DeleteMessageBatchRequestEntryList, offsetof(struct awsc_sqs_delete_message_batch_input, entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_DeleteMessageBatchRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_DeleteMessageBatchRequestEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sqs_delete_message_batch_request_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReceiptHandle", &s_String, offsetof(struct awsc_sqs_delete_message_batch_request_entry, receipt_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteMessageBatchRequestEntry_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sqs_DeleteMessageBatchResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Successful", &s_DeleteMessageBatchResultEntryList, offsetof(struct awsc_sqs_delete_message_batch_output, successful), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Failed", &s_BatchResultErrorEntryList, offsetof(struct awsc_sqs_delete_message_batch_output, failed), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_DeleteMessageBatchResult_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_DeleteMessageBatchResultEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sqs_delete_message_batch_result_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteMessageBatchResultEntry_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_DeleteMessageRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_delete_message_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReceiptHandle", &s_String, offsetof(struct awsc_sqs_delete_message_input, receipt_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_DeleteMessageRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sqs_DeleteQueueRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_delete_queue_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_DeleteQueueRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_EmptyBatchRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_empty_batch_request, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_EmptyBatchRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_GetQueueAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_get_queue_attributes_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeNames", &s_AttributeNameList, offsetof(struct awsc_sqs_get_queue_attributes_input, attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_GetQueueAttributesRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sqs_GetQueueAttributesResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attributes", &s_QueueAttributeMap, offsetof(struct awsc_sqs_get_queue_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_GetQueueAttributesResult_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_GetQueueUrlRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueName", &s_String, offsetof(struct awsc_sqs_get_queue_url_input, queue_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueueOwnerAWSAccountId", &s_String, offsetof(struct awsc_sqs_get_queue_url_input, queue_owner_aws_account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_GetQueueUrlRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sqs_GetQueueUrlResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_get_queue_url_output, queue_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_GetQueueUrlResult_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_InvalidAddress_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_invalid_address, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_InvalidAddress_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_InvalidAttributeName_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_invalid_attribute_name, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_InvalidAttributeName_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_InvalidAttributeValue_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_invalid_attribute_value, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_InvalidAttributeValue_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_InvalidBatchEntryId_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_invalid_batch_entry_id, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_InvalidBatchEntryId_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_InvalidMessageContents_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_invalid_message_contents, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_InvalidMessageContents_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_InvalidSecurity_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_invalid_security, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_InvalidSecurity_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_KmsAccessDenied_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_kms_access_denied, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_KmsAccessDenied_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_KmsDisabled_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_kms_disabled, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_KmsDisabled_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_KmsInvalidKeyUsage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_kms_invalid_key_usage, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_KmsInvalidKeyUsage_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_KmsInvalidState_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_kms_invalid_state, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_KmsInvalidState_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_KmsNotFound_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_kms_not_found, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_KmsNotFound_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_KmsOptInRequired_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_kms_opt_in_required, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_KmsOptInRequired_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_KmsThrottled_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_kms_throttled, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_KmsThrottled_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_ListDeadLetterSourceQueuesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_Token, offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_BoxedInteger, offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, max_results), offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ListDeadLetterSourceQueuesRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__sqs_ListDeadLetterSourceQueuesResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"queueUrls", &s_QueueUrlList, offsetof(struct awsc_sqs_list_dead_letter_source_queues_output, queue_urls), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_Token, offsetof(struct awsc_sqs_list_dead_letter_source_queues_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ListDeadLetterSourceQueuesResult_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sqs_ListMessageMoveTasksRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SourceArn", &s_String, offsetof(struct awsc_sqs_list_message_move_tasks_input, source_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_NullableInteger, offsetof(struct awsc_sqs_list_message_move_tasks_input, max_results), offsetof(struct awsc_sqs_list_message_move_tasks_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ListMessageMoveTasksRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sqs_ListMessageMoveTasksResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Results", &s_ListMessageMoveTasksResultEntryList, offsetof(struct awsc_sqs_list_message_move_tasks_output, results), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ListMessageMoveTasksResult_by_wire_name[] = { 0 };

static const struct awsc_member s_ListMessageMoveTasksResultEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TaskHandle", &s_String, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, task_handle), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_String, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceArn", &s_String, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationArn", &s_String, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, destination_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxNumberOfMessagesPerSecond", &s_NullableInteger, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, max_number_of_messages_per_second), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, has_max_number_of_messages_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApproximateNumberOfMessagesMoved", &s_Long, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, approximate_number_of_messages_moved), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, has_approximate_number_of_messages_moved), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApproximateNumberOfMessagesToMove", &s_NullableLong, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, approximate_number_of_messages_to_move), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, has_approximate_number_of_messages_to_move), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureReason", &s_String, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, failure_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartedTimestamp", &s_Long, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, started_timestamp), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, has_started_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ListMessageMoveTasksResultEntry_by_wire_name[] = { 5, 6, 3, 7, 4, 2, 8, 1, 0 };

static const struct awsc_member awsc__sqs_ListQueueTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_list_queue_tags_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ListQueueTagsRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_ListQueueTagsResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_TagMap, offsetof(struct awsc_sqs_list_queue_tags_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ListQueueTagsResult_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_ListQueuesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueNamePrefix", &s_String, offsetof(struct awsc_sqs_list_queues_input, queue_name_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_Token, offsetof(struct awsc_sqs_list_queues_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_BoxedInteger, offsetof(struct awsc_sqs_list_queues_input, max_results), offsetof(struct awsc_sqs_list_queues_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ListQueuesRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__sqs_ListQueuesResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrls", &s_QueueUrlList, offsetof(struct awsc_sqs_list_queues_output, queue_urls), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_Token, offsetof(struct awsc_sqs_list_queues_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ListQueuesResult_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Message_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MessageId", &s_String, offsetof(struct awsc_sqs_message, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReceiptHandle", &s_String, offsetof(struct awsc_sqs_message, receipt_handle), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MD5OfBody", &s_String, offsetof(struct awsc_sqs_message, md5_of_body), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Body", &s_String, offsetof(struct awsc_sqs_message, body), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_MessageSystemAttributeMap, offsetof(struct awsc_sqs_message, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MD5OfMessageAttributes", &s_String, offsetof(struct awsc_sqs_message, md5_of_message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageAttributes", &s_MessageBodyAttributeMap, offsetof(struct awsc_sqs_message, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Message_by_wire_name[] = { 4, 3, 2, 5, 6, 0, 1 };

static const struct awsc_member s_MessageAttributeValue_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StringValue", &s_String, offsetof(struct awsc_sqs_message_attribute_value, string_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BinaryValue", &s_Binary, offsetof(struct awsc_sqs_message_attribute_value, binary_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StringListValues", &s_StringList, offsetof(struct awsc_sqs_message_attribute_value, string_list_values), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BinaryListValues", &s_BinaryList, offsetof(struct awsc_sqs_message_attribute_value, binary_list_values), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DataType", &s_String, offsetof(struct awsc_sqs_message_attribute_value, data_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageAttributeValue_by_wire_name[] = { 3, 1, 4, 2, 0 };

static const struct awsc_member s_MessageSystemAttributeValue_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StringValue", &s_String, offsetof(struct awsc_sqs_message_system_attribute_value, string_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BinaryValue", &s_Binary, offsetof(struct awsc_sqs_message_system_attribute_value, binary_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StringListValues", &s_StringList, offsetof(struct awsc_sqs_message_system_attribute_value, string_list_values), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BinaryListValues", &s_BinaryList, offsetof(struct awsc_sqs_message_system_attribute_value, binary_list_values), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DataType", &s_String, offsetof(struct awsc_sqs_message_system_attribute_value, data_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageSystemAttributeValue_by_wire_name[] = { 3, 1, 4, 2, 0 };

static const struct awsc_member awsc__sqs_OverLimit_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_over_limit, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_OverLimit_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_PurgeQueueInProgress_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_purge_queue_in_progress, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_PurgeQueueInProgress_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_PurgeQueueRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_purge_queue_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_PurgeQueueRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_QueueDeletedRecently_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_queue_deleted_recently, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_QueueDeletedRecently_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_QueueDoesNotExist_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_queue_does_not_exist, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_QueueDoesNotExist_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_QueueNameExists_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_queue_name_exists, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_QueueNameExists_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_ReceiptHandleIsInvalid_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_receipt_handle_is_invalid, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ReceiptHandleIsInvalid_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_ReceiveMessageRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_receive_message_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeNames", &s_AttributeNameList, offsetof(struct awsc_sqs_receive_message_input, attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageSystemAttributeNames", &s_MessageSystemAttributeList, offsetof(struct awsc_sqs_receive_message_input, message_system_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageAttributeNames", &s_MessageAttributeNameList, offsetof(struct awsc_sqs_receive_message_input, message_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxNumberOfMessages", &s_NullableInteger, offsetof(struct awsc_sqs_receive_message_input, max_number_of_messages), offsetof(struct awsc_sqs_receive_message_input, has_max_number_of_messages), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VisibilityTimeout", &s_NullableInteger, offsetof(struct awsc_sqs_receive_message_input, visibility_timeout), offsetof(struct awsc_sqs_receive_message_input, has_visibility_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WaitTimeSeconds", &s_NullableInteger, offsetof(struct awsc_sqs_receive_message_input, wait_time_seconds), offsetof(struct awsc_sqs_receive_message_input, has_wait_time_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReceiveRequestAttemptId", &s_String, offsetof(struct awsc_sqs_receive_message_input, receive_request_attempt_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ReceiveMessageRequest_by_wire_name[] = { 1, 4, 3, 2, 0, 7, 5, 6 };

static const struct awsc_member awsc__sqs_ReceiveMessageResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Messages", &s_MessageList, offsetof(struct awsc_sqs_receive_message_output, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ReceiveMessageResult_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_RemovePermissionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_remove_permission_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Label", &s_String, offsetof(struct awsc_sqs_remove_permission_input, label), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_RemovePermissionRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sqs_RequestThrottled_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_request_throttled, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_RequestThrottled_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_ResourceNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_ResourceNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_SendMessageBatchRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_send_message_batch_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Entries", &s_SendMessageBatchRequestEntryList, offsetof(struct awsc_sqs_send_message_batch_input, entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_SendMessageBatchRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SendMessageBatchRequestEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sqs_send_message_batch_request_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageBody", &s_String, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DelaySeconds", &s_NullableInteger, offsetof(struct awsc_sqs_send_message_batch_request_entry, delay_seconds), offsetof(struct awsc_sqs_send_message_batch_request_entry, has_delay_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageAttributes", &s_MessageBodyAttributeMap, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageSystemAttributes", &s_MessageBodySystemAttributeMap, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_system_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageDeduplicationId", &s_String, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_deduplication_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageGroupId", &s_String, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SendMessageBatchRequestEntry_by_wire_name[] = { 2, 0, 3, 1, 5, 6, 4 };

static const struct awsc_member awsc__sqs_SendMessageBatchResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Successful", &s_SendMessageBatchResultEntryList, offsetof(struct awsc_sqs_send_message_batch_output, successful), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Failed", &s_BatchResultErrorEntryList, offsetof(struct awsc_sqs_send_message_batch_output, failed), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_SendMessageBatchResult_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SendMessageBatchResultEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sqs_send_message_batch_result_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageId", &s_String, offsetof(struct awsc_sqs_send_message_batch_result_entry, message_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MD5OfMessageBody", &s_String, offsetof(struct awsc_sqs_send_message_batch_result_entry, md5_of_message_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MD5OfMessageAttributes", &s_String, offsetof(struct awsc_sqs_send_message_batch_result_entry, md5_of_message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MD5OfMessageSystemAttributes", &s_String, offsetof(struct awsc_sqs_send_message_batch_result_entry, md5_of_message_system_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SequenceNumber", &s_String, offsetof(struct awsc_sqs_send_message_batch_result_entry, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SendMessageBatchResultEntry_by_wire_name[] = { 0, 3, 2, 4, 1, 5 };

static const struct awsc_member awsc__sqs_SendMessageRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_send_message_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageBody", &s_String, offsetof(struct awsc_sqs_send_message_input, message_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DelaySeconds", &s_NullableInteger, offsetof(struct awsc_sqs_send_message_input, delay_seconds), offsetof(struct awsc_sqs_send_message_input, has_delay_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageAttributes", &s_MessageBodyAttributeMap, offsetof(struct awsc_sqs_send_message_input, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageSystemAttributes", &s_MessageBodySystemAttributeMap, offsetof(struct awsc_sqs_send_message_input, message_system_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageDeduplicationId", &s_String, offsetof(struct awsc_sqs_send_message_input, message_deduplication_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageGroupId", &s_String, offsetof(struct awsc_sqs_send_message_input, message_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_SendMessageRequest_by_wire_name[] = { 2, 3, 1, 5, 6, 4, 0 };

static const struct awsc_member awsc__sqs_SendMessageResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MD5OfMessageBody", &s_String, offsetof(struct awsc_sqs_send_message_output, md5_of_message_body), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MD5OfMessageAttributes", &s_String, offsetof(struct awsc_sqs_send_message_output, md5_of_message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MD5OfMessageSystemAttributes", &s_String, offsetof(struct awsc_sqs_send_message_output, md5_of_message_system_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageId", &s_String, offsetof(struct awsc_sqs_send_message_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SequenceNumber", &s_String, offsetof(struct awsc_sqs_send_message_output, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_SendMessageResult_by_wire_name[] = { 1, 0, 2, 3, 4 };

static const struct awsc_member awsc__sqs_SetQueueAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_set_queue_attributes_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_QueueAttributeMap, offsetof(struct awsc_sqs_set_queue_attributes_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_SetQueueAttributesRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sqs_StartMessageMoveTaskRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SourceArn", &s_String, offsetof(struct awsc_sqs_start_message_move_task_input, source_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationArn", &s_String, offsetof(struct awsc_sqs_start_message_move_task_input, destination_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxNumberOfMessagesPerSecond", &s_NullableInteger, offsetof(struct awsc_sqs_start_message_move_task_input, max_number_of_messages_per_second), offsetof(struct awsc_sqs_start_message_move_task_input, has_max_number_of_messages_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_StartMessageMoveTaskRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__sqs_StartMessageMoveTaskResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TaskHandle", &s_String, offsetof(struct awsc_sqs_start_message_move_task_output, task_handle), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_StartMessageMoveTaskResult_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_TagQueueRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_tag_queue_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagMap, offsetof(struct awsc_sqs_tag_queue_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_TagQueueRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sqs_TooManyEntriesInBatchRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_too_many_entries_in_batch_request, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_TooManyEntriesInBatchRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_UnsupportedOperation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ExceptionMessage, offsetof(struct awsc_sqs_unsupported_operation, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_UnsupportedOperation_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sqs_UntagQueueRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QueueUrl", &s_String, offsetof(struct awsc_sqs_untag_queue_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_TagKeyList, offsetof(struct awsc_sqs_untag_queue_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sqs_UntagQueueRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_shape s_AWSAccountIdList = {
    .name = "AWSAccountIdList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_string_list),
    .item = &s_String,
};

static const struct awsc_shape s_ActionNameList = {
    .name = "ActionNameList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_string_list),
    .item = &s_String,
};

const struct awsc_shape awsc__sqs_AddPermissionRequest = {
    .name = "AddPermissionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_add_permission_input),
    .members = awsc__sqs_AddPermissionRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sqs_AddPermissionRequest_by_wire_name,
};

static const struct awsc_shape s_AttributeNameList = {
    .name = "AttributeNameList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_string_list),
    .item = &s_QueueAttributeName,
};

const struct awsc_shape awsc__sqs_BatchEntryIdsNotDistinct = {
    .name = "BatchEntryIdsNotDistinct",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_batch_entry_ids_not_distinct),
    .members = awsc__sqs_BatchEntryIdsNotDistinct_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_BatchEntryIdsNotDistinct_by_wire_name,
    .error_code = "BatchEntryIdsNotDistinct",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_BatchRequestTooLong = {
    .name = "BatchRequestTooLong",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_batch_request_too_long),
    .members = awsc__sqs_BatchRequestTooLong_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_BatchRequestTooLong_by_wire_name,
    .error_code = "BatchRequestTooLong",
    .http_status = 0,
};

static const struct awsc_shape s_BatchResultErrorEntry = {
    .name = "BatchResultErrorEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_batch_result_error_entry),
    .members = s_BatchResultErrorEntry_members,
    .member_count = 4,
    .by_wire_name = s_BatchResultErrorEntry_by_wire_name,
};

static const struct awsc_shape s_BatchResultErrorEntryList = {
    .name = "BatchResultErrorEntryList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_batch_result_error_entry_list),
    .item = &s_BatchResultErrorEntry,
};

static const struct awsc_shape s_Binary = {
    .name = "Binary",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_BinaryList = {
    .name = "BinaryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sqs_binary_list),
    .item = &s_Binary,
};

static const struct awsc_shape s_Boolean = {
    .name = "Boolean",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_BoxedInteger = {
    .name = "BoxedInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__sqs_CancelMessageMoveTaskRequest = {
    .name = "CancelMessageMoveTaskRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_cancel_message_move_task_input),
    .members = awsc__sqs_CancelMessageMoveTaskRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_CancelMessageMoveTaskRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_CancelMessageMoveTaskResult = {
    .name = "CancelMessageMoveTaskResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_cancel_message_move_task_output),
    .members = awsc__sqs_CancelMessageMoveTaskResult_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_CancelMessageMoveTaskResult_by_wire_name,
};

const struct awsc_shape awsc__sqs_ChangeMessageVisibilityBatchRequest = {
    .name = "ChangeMessageVisibilityBatchRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_change_message_visibility_batch_input),
    .members = awsc__sqs_ChangeMessageVisibilityBatchRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_ChangeMessageVisibilityBatchRequest_by_wire_name,
};

static const struct awsc_shape s_ChangeMessageVisibilityBatchRequestEntry = {
    .name = "ChangeMessageVisibilityBatchRequestEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_change_message_visibility_batch_request_entry),
    .members = s_ChangeMessageVisibilityBatchRequestEntry_members,
    .member_count = 3,
    .by_wire_name = s_ChangeMessageVisibilityBatchRequestEntry_by_wire_name,
};

static const struct awsc_shape s_ChangeMessageVisibilityBatchRequestEntryList = {
    .name = "ChangeMessageVisibilityBatchRequestEntryList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_change_message_visibility_batch_request_entry_list),
    .item = &s_ChangeMessageVisibilityBatchRequestEntry,
};

const struct awsc_shape awsc__sqs_ChangeMessageVisibilityBatchResult = {
    .name = "ChangeMessageVisibilityBatchResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_change_message_visibility_batch_output),
    .members = awsc__sqs_ChangeMessageVisibilityBatchResult_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_ChangeMessageVisibilityBatchResult_by_wire_name,
};

static const struct awsc_shape s_ChangeMessageVisibilityBatchResultEntry = {
    .name = "ChangeMessageVisibilityBatchResultEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_change_message_visibility_batch_result_entry),
    .members = s_ChangeMessageVisibilityBatchResultEntry_members,
    .member_count = 1,
    .by_wire_name = s_ChangeMessageVisibilityBatchResultEntry_by_wire_name,
};

static const struct awsc_shape s_ChangeMessageVisibilityBatchResultEntryList = {
    .name = "ChangeMessageVisibilityBatchResultEntryList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_change_message_visibility_batch_result_entry_list),
    .item = &s_ChangeMessageVisibilityBatchResultEntry,
};

const struct awsc_shape awsc__sqs_ChangeMessageVisibilityRequest = {
    .name = "ChangeMessageVisibilityRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_change_message_visibility_input),
    .members = awsc__sqs_ChangeMessageVisibilityRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sqs_ChangeMessageVisibilityRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_CreateQueueRequest = {
    .name = "CreateQueueRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_create_queue_input),
    .members = awsc__sqs_CreateQueueRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sqs_CreateQueueRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_CreateQueueResult = {
    .name = "CreateQueueResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_create_queue_output),
    .members = awsc__sqs_CreateQueueResult_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_CreateQueueResult_by_wire_name,
};

const struct awsc_shape awsc__sqs_DeleteMessageBatchRequest = {
    .name = "DeleteMessageBatchRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_delete_message_batch_input),
    .members = awsc__sqs_DeleteMessageBatchRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_DeleteMessageBatchRequest_by_wire_name,
};

static const struct awsc_shape s_DeleteMessageBatchRequestEntry = {
    .name = "DeleteMessageBatchRequestEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_delete_message_batch_request_entry),
    .members = s_DeleteMessageBatchRequestEntry_members,
    .member_count = 2,
    .by_wire_name = s_DeleteMessageBatchRequestEntry_by_wire_name,
};

static const struct awsc_shape s_DeleteMessageBatchRequestEntryList = {
    .name = "DeleteMessageBatchRequestEntryList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_delete_message_batch_request_entry_list),
    .item = &s_DeleteMessageBatchRequestEntry,
};

const struct awsc_shape awsc__sqs_DeleteMessageBatchResult = {
    .name = "DeleteMessageBatchResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_delete_message_batch_output),
    .members = awsc__sqs_DeleteMessageBatchResult_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_DeleteMessageBatchResult_by_wire_name,
};

static const struct awsc_shape s_DeleteMessageBatchResultEntry = {
    .name = "DeleteMessageBatchResultEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_delete_message_batch_result_entry),
    .members = s_DeleteMessageBatchResultEntry_members,
    .member_count = 1,
    .by_wire_name = s_DeleteMessageBatchResultEntry_by_wire_name,
};

static const struct awsc_shape s_DeleteMessageBatchResultEntryList = {
    .name = "DeleteMessageBatchResultEntryList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_delete_message_batch_result_entry_list),
    .item = &s_DeleteMessageBatchResultEntry,
};

const struct awsc_shape awsc__sqs_DeleteMessageRequest = {
    .name = "DeleteMessageRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_delete_message_input),
    .members = awsc__sqs_DeleteMessageRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_DeleteMessageRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_DeleteQueueRequest = {
    .name = "DeleteQueueRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_delete_queue_input),
    .members = awsc__sqs_DeleteQueueRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_DeleteQueueRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_EmptyBatchRequest = {
    .name = "EmptyBatchRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_empty_batch_request),
    .members = awsc__sqs_EmptyBatchRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_EmptyBatchRequest_by_wire_name,
    .error_code = "EmptyBatchRequest",
    .http_status = 0,
};

static const struct awsc_shape s_ExceptionMessage = {
    .name = "ExceptionMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sqs_GetQueueAttributesRequest = {
    .name = "GetQueueAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_get_queue_attributes_input),
    .members = awsc__sqs_GetQueueAttributesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_GetQueueAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_GetQueueAttributesResult = {
    .name = "GetQueueAttributesResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_get_queue_attributes_output),
    .members = awsc__sqs_GetQueueAttributesResult_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_GetQueueAttributesResult_by_wire_name,
};

const struct awsc_shape awsc__sqs_GetQueueUrlRequest = {
    .name = "GetQueueUrlRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_get_queue_url_input),
    .members = awsc__sqs_GetQueueUrlRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_GetQueueUrlRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_GetQueueUrlResult = {
    .name = "GetQueueUrlResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_get_queue_url_output),
    .members = awsc__sqs_GetQueueUrlResult_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_GetQueueUrlResult_by_wire_name,
};

const struct awsc_shape awsc__sqs_InvalidAddress = {
    .name = "InvalidAddress",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_invalid_address),
    .members = awsc__sqs_InvalidAddress_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_InvalidAddress_by_wire_name,
    .error_code = "InvalidAddress",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_InvalidAttributeName = {
    .name = "InvalidAttributeName",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_invalid_attribute_name),
    .members = awsc__sqs_InvalidAttributeName_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_InvalidAttributeName_by_wire_name,
    .error_code = "InvalidAttributeName",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_InvalidAttributeValue = {
    .name = "InvalidAttributeValue",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_invalid_attribute_value),
    .members = awsc__sqs_InvalidAttributeValue_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_InvalidAttributeValue_by_wire_name,
    .error_code = "InvalidAttributeValue",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_InvalidBatchEntryId = {
    .name = "InvalidBatchEntryId",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_invalid_batch_entry_id),
    .members = awsc__sqs_InvalidBatchEntryId_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_InvalidBatchEntryId_by_wire_name,
    .error_code = "InvalidBatchEntryId",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_InvalidIdFormat = {
    .name = "InvalidIdFormat",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_invalid_id_format),
    .error_code = "InvalidIdFormat",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_InvalidMessageContents = {
    .name = "InvalidMessageContents",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_invalid_message_contents),
    .members = awsc__sqs_InvalidMessageContents_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_InvalidMessageContents_by_wire_name,
    .error_code = "InvalidMessageContents",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_InvalidSecurity = {
    .name = "InvalidSecurity",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_invalid_security),
    .members = awsc__sqs_InvalidSecurity_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_InvalidSecurity_by_wire_name,
    .error_code = "InvalidSecurity",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_KmsAccessDenied = {
    .name = "KmsAccessDenied",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_kms_access_denied),
    .members = awsc__sqs_KmsAccessDenied_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_KmsAccessDenied_by_wire_name,
    .error_code = "KmsAccessDenied",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_KmsDisabled = {
    .name = "KmsDisabled",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_kms_disabled),
    .members = awsc__sqs_KmsDisabled_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_KmsDisabled_by_wire_name,
    .error_code = "KmsDisabled",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_KmsInvalidKeyUsage = {
    .name = "KmsInvalidKeyUsage",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_kms_invalid_key_usage),
    .members = awsc__sqs_KmsInvalidKeyUsage_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_KmsInvalidKeyUsage_by_wire_name,
    .error_code = "KmsInvalidKeyUsage",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_KmsInvalidState = {
    .name = "KmsInvalidState",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_kms_invalid_state),
    .members = awsc__sqs_KmsInvalidState_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_KmsInvalidState_by_wire_name,
    .error_code = "KmsInvalidState",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_KmsNotFound = {
    .name = "KmsNotFound",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_kms_not_found),
    .members = awsc__sqs_KmsNotFound_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_KmsNotFound_by_wire_name,
    .error_code = "KmsNotFound",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_KmsOptInRequired = {
    .name = "KmsOptInRequired",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_kms_opt_in_required),
    .members = awsc__sqs_KmsOptInRequired_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_KmsOptInRequired_by_wire_name,
    .error_code = "KmsOptInRequired",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_KmsThrottled = {
    .name = "KmsThrottled",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_kms_throttled),
    .members = awsc__sqs_KmsThrottled_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_KmsThrottled_by_wire_name,
    .error_code = "KmsThrottled",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_ListDeadLetterSourceQueuesRequest = {
    .name = "ListDeadLetterSourceQueuesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_list_dead_letter_source_queues_input),
    .members = awsc__sqs_ListDeadLetterSourceQueuesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sqs_ListDeadLetterSourceQueuesRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_ListDeadLetterSourceQueuesResult = {
    .name = "ListDeadLetterSourceQueuesResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_list_dead_letter_source_queues_output),
    .members = awsc__sqs_ListDeadLetterSourceQueuesResult_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_ListDeadLetterSourceQueuesResult_by_wire_name,
};

const struct awsc_shape awsc__sqs_ListMessageMoveTasksRequest = {
    .name = "ListMessageMoveTasksRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_list_message_move_tasks_input),
    .members = awsc__sqs_ListMessageMoveTasksRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_ListMessageMoveTasksRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_ListMessageMoveTasksResult = {
    .name = "ListMessageMoveTasksResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_list_message_move_tasks_output),
    .members = awsc__sqs_ListMessageMoveTasksResult_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_ListMessageMoveTasksResult_by_wire_name,
};

static const struct awsc_shape s_ListMessageMoveTasksResultEntry = {
    .name = "ListMessageMoveTasksResultEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_list_message_move_tasks_result_entry),
    .members = s_ListMessageMoveTasksResultEntry_members,
    .member_count = 9,
    .by_wire_name = s_ListMessageMoveTasksResultEntry_by_wire_name,
};

static const struct awsc_shape s_ListMessageMoveTasksResultEntryList = {
    .name = "ListMessageMoveTasksResultEntryList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_list_message_move_tasks_result_entry_list),
    .item = &s_ListMessageMoveTasksResultEntry,
};

const struct awsc_shape awsc__sqs_ListQueueTagsRequest = {
    .name = "ListQueueTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_list_queue_tags_input),
    .members = awsc__sqs_ListQueueTagsRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_ListQueueTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_ListQueueTagsResult = {
    .name = "ListQueueTagsResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_list_queue_tags_output),
    .members = awsc__sqs_ListQueueTagsResult_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_ListQueueTagsResult_by_wire_name,
};

const struct awsc_shape awsc__sqs_ListQueuesRequest = {
    .name = "ListQueuesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_list_queues_input),
    .members = awsc__sqs_ListQueuesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sqs_ListQueuesRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_ListQueuesResult = {
    .name = "ListQueuesResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_list_queues_output),
    .members = awsc__sqs_ListQueuesResult_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_ListQueuesResult_by_wire_name,
};

static const struct awsc_shape s_Long = {
    .name = "Long",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_Message = {
    .name = "Message",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_message),
    .members = s_Message_members,
    .member_count = 7,
    .by_wire_name = s_Message_by_wire_name,
};

static const struct awsc_shape s_MessageAttributeName = {
    .name = "MessageAttributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MessageAttributeNameList = {
    .name = "MessageAttributeNameList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_string_list),
    .item = &s_MessageAttributeName,
};

static const struct awsc_shape s_MessageAttributeValue = {
    .name = "MessageAttributeValue",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_message_attribute_value),
    .members = s_MessageAttributeValue_members,
    .member_count = 5,
    .by_wire_name = s_MessageAttributeValue_by_wire_name,
};

static const struct awsc_shape s_MessageBodyAttributeMap = {
    .name = "MessageBodyAttributeMap",
    .type = AWSC_SHAPE_MAP,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_message_body_attribute_map),
    .item = &s_MessageAttributeValue,
    .key = &s_String,
    .value_offset = offsetof(struct awsc_sqs_message_body_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_sqs_message_body_attribute_map_entry),
};

static const struct awsc_shape s_MessageBodySystemAttributeMap = {
    .name = "MessageBodySystemAttributeMap",
    .type = AWSC_SHAPE_MAP,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_message_body_system_attribute_map),
    .item = &s_MessageSystemAttributeValue,
    .key = &s_MessageSystemAttributeNameForSends,
    .value_offset = offsetof(struct awsc_sqs_message_body_system_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_sqs_message_body_system_attribute_map_entry),
};

static const struct awsc_shape s_MessageList = {
    .name = "MessageList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_message_list),
    .item = &s_Message,
};

const struct awsc_shape awsc__sqs_MessageNotInflight = {
    .name = "MessageNotInflight",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_message_not_inflight),
    .error_code = "MessageNotInflight",
    .http_status = 0,
};

static const struct awsc_shape s_MessageSystemAttributeList = {
    .name = "MessageSystemAttributeList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_string_list),
    .item = &s_MessageSystemAttributeName,
};

static const struct awsc_shape s_MessageSystemAttributeMap = {
    .name = "MessageSystemAttributeMap",
    .type = AWSC_SHAPE_MAP,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_tag_map),
    .item = &s_String,
    .key = &s_MessageSystemAttributeName,
    .value_offset = offsetof(struct awsc_sqs_tag_map_entry, value),
    .entry_size = sizeof(struct awsc_sqs_tag_map_entry),
};

static const struct awsc_shape s_MessageSystemAttributeName = {
    .name = "MessageSystemAttributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MessageSystemAttributeName_values,
    .enum_count = 10,
};

static const struct awsc_shape s_MessageSystemAttributeNameForSends = {
    .name = "MessageSystemAttributeNameForSends",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MessageSystemAttributeNameForSends_values,
    .enum_count = 1,
};

static const struct awsc_shape s_MessageSystemAttributeValue = {
    .name = "MessageSystemAttributeValue",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_message_system_attribute_value),
    .members = s_MessageSystemAttributeValue_members,
    .member_count = 5,
    .by_wire_name = s_MessageSystemAttributeValue_by_wire_name,
};

static const struct awsc_shape s_NullableInteger = {
    .name = "NullableInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_NullableLong = {
    .name = "NullableLong",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

const struct awsc_shape awsc__sqs_OverLimit = {
    .name = "OverLimit",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_over_limit),
    .members = awsc__sqs_OverLimit_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_OverLimit_by_wire_name,
    .error_code = "OverLimit",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_PurgeQueueInProgress = {
    .name = "PurgeQueueInProgress",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_purge_queue_in_progress),
    .members = awsc__sqs_PurgeQueueInProgress_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_PurgeQueueInProgress_by_wire_name,
    .error_code = "PurgeQueueInProgress",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_PurgeQueueRequest = {
    .name = "PurgeQueueRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_purge_queue_input),
    .members = awsc__sqs_PurgeQueueRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_PurgeQueueRequest_by_wire_name,
};

static const struct awsc_shape s_QueueAttributeMap = {
    .name = "QueueAttributeMap",
    .type = AWSC_SHAPE_MAP,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_tag_map),
    .item = &s_String,
    .key = &s_QueueAttributeName,
    .value_offset = offsetof(struct awsc_sqs_tag_map_entry, value),
    .entry_size = sizeof(struct awsc_sqs_tag_map_entry),
};

static const struct awsc_shape s_QueueAttributeName = {
    .name = "QueueAttributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_QueueAttributeName_values,
    .enum_count = 22,
};

const struct awsc_shape awsc__sqs_QueueDeletedRecently = {
    .name = "QueueDeletedRecently",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_queue_deleted_recently),
    .members = awsc__sqs_QueueDeletedRecently_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_QueueDeletedRecently_by_wire_name,
    .error_code = "QueueDeletedRecently",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_QueueDoesNotExist = {
    .name = "QueueDoesNotExist",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_queue_does_not_exist),
    .members = awsc__sqs_QueueDoesNotExist_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_QueueDoesNotExist_by_wire_name,
    .error_code = "QueueDoesNotExist",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_QueueNameExists = {
    .name = "QueueNameExists",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_queue_name_exists),
    .members = awsc__sqs_QueueNameExists_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_QueueNameExists_by_wire_name,
    .error_code = "QueueNameExists",
    .http_status = 0,
};

static const struct awsc_shape s_QueueUrlList = {
    .name = "QueueUrlList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_string_list),
    .item = &s_String,
};

const struct awsc_shape awsc__sqs_ReceiptHandleIsInvalid = {
    .name = "ReceiptHandleIsInvalid",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_receipt_handle_is_invalid),
    .members = awsc__sqs_ReceiptHandleIsInvalid_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_ReceiptHandleIsInvalid_by_wire_name,
    .error_code = "ReceiptHandleIsInvalid",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_ReceiveMessageRequest = {
    .name = "ReceiveMessageRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_receive_message_input),
    .members = awsc__sqs_ReceiveMessageRequest_members,
    .member_count = 8,
    .by_wire_name = awsc__sqs_ReceiveMessageRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_ReceiveMessageResult = {
    .name = "ReceiveMessageResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_receive_message_output),
    .members = awsc__sqs_ReceiveMessageResult_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_ReceiveMessageResult_by_wire_name,
};

const struct awsc_shape awsc__sqs_RemovePermissionRequest = {
    .name = "RemovePermissionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_remove_permission_input),
    .members = awsc__sqs_RemovePermissionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_RemovePermissionRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_RequestThrottled = {
    .name = "RequestThrottled",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_request_throttled),
    .members = awsc__sqs_RequestThrottled_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_RequestThrottled_by_wire_name,
    .error_code = "RequestThrottled",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_ResourceNotFoundException = {
    .name = "ResourceNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_resource_not_found_exception),
    .members = awsc__sqs_ResourceNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_ResourceNotFoundException_by_wire_name,
    .error_code = "ResourceNotFoundException",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_SendMessageBatchRequest = {
    .name = "SendMessageBatchRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_send_message_batch_input),
    .members = awsc__sqs_SendMessageBatchRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_SendMessageBatchRequest_by_wire_name,
};

static const struct awsc_shape s_SendMessageBatchRequestEntry = {
    .name = "SendMessageBatchRequestEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_send_message_batch_request_entry),
    .members = s_SendMessageBatchRequestEntry_members,
    .member_count = 7,
    .by_wire_name = s_SendMessageBatchRequestEntry_by_wire_name,
};

static const struct awsc_shape s_SendMessageBatchRequestEntryList = {
    .name = "SendMessageBatchRequestEntryList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_send_message_batch_request_entry_list),
    .item = &s_SendMessageBatchRequestEntry,
};

const struct awsc_shape awsc__sqs_SendMessageBatchResult = {
    .name = "SendMessageBatchResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_send_message_batch_output),
    .members = awsc__sqs_SendMessageBatchResult_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_SendMessageBatchResult_by_wire_name,
};

static const struct awsc_shape s_SendMessageBatchResultEntry = {
    .name = "SendMessageBatchResultEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_send_message_batch_result_entry),
    .members = s_SendMessageBatchResultEntry_members,
    .member_count = 6,
    .by_wire_name = s_SendMessageBatchResultEntry_by_wire_name,
};

static const struct awsc_shape s_SendMessageBatchResultEntryList = {
    .name = "SendMessageBatchResultEntryList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_send_message_batch_result_entry_list),
    .item = &s_SendMessageBatchResultEntry,
};

const struct awsc_shape awsc__sqs_SendMessageRequest = {
    .name = "SendMessageRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_send_message_input),
    .members = awsc__sqs_SendMessageRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__sqs_SendMessageRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_SendMessageResult = {
    .name = "SendMessageResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_send_message_output),
    .members = awsc__sqs_SendMessageResult_members,
    .member_count = 5,
    .by_wire_name = awsc__sqs_SendMessageResult_by_wire_name,
};

const struct awsc_shape awsc__sqs_SetQueueAttributesRequest = {
    .name = "SetQueueAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_set_queue_attributes_input),
    .members = awsc__sqs_SetQueueAttributesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_SetQueueAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_StartMessageMoveTaskRequest = {
    .name = "StartMessageMoveTaskRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_start_message_move_task_input),
    .members = awsc__sqs_StartMessageMoveTaskRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sqs_StartMessageMoveTaskRequest_by_wire_name,
};

const struct awsc_shape awsc__sqs_StartMessageMoveTaskResult = {
    .name = "StartMessageMoveTaskResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_start_message_move_task_output),
    .members = awsc__sqs_StartMessageMoveTaskResult_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_StartMessageMoveTaskResult_by_wire_name,
};

static const struct awsc_shape s_String = {
    .name = "String",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_StringList = {
    .name = "StringList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sqs_string_list),
    .item = &s_String,
};

static const struct awsc_shape s_TagKey = {
    .name = "TagKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_TagKeyList = {
    .name = "TagKeyList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_string_list),
    .item = &s_TagKey,
};

static const struct awsc_shape s_TagMap = {
    .name = "TagMap",
    .type = AWSC_SHAPE_MAP,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_sqs_tag_map),
    .item = &s_TagValue,
    .key = &s_TagKey,
    .value_offset = offsetof(struct awsc_sqs_tag_map_entry, value),
    .entry_size = sizeof(struct awsc_sqs_tag_map_entry),
};

const struct awsc_shape awsc__sqs_TagQueueRequest = {
    .name = "TagQueueRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_tag_queue_input),
    .members = awsc__sqs_TagQueueRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_TagQueueRequest_by_wire_name,
};

static const struct awsc_shape s_TagValue = {
    .name = "TagValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Token = {
    .name = "Token",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sqs_TooManyEntriesInBatchRequest = {
    .name = "TooManyEntriesInBatchRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_too_many_entries_in_batch_request),
    .members = awsc__sqs_TooManyEntriesInBatchRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_TooManyEntriesInBatchRequest_by_wire_name,
    .error_code = "TooManyEntriesInBatchRequest",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_UnsupportedOperation = {
    .name = "UnsupportedOperation",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sqs_unsupported_operation),
    .members = awsc__sqs_UnsupportedOperation_members,
    .member_count = 1,
    .by_wire_name = awsc__sqs_UnsupportedOperation_by_wire_name,
    .error_code = "UnsupportedOperation",
    .http_status = 0,
};

const struct awsc_shape awsc__sqs_UntagQueueRequest = {
    .name = "UntagQueueRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sqs_untag_queue_input),
    .members = awsc__sqs_UntagQueueRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sqs_UntagQueueRequest_by_wire_name,
};
