/*
 * sqs_ops.c - operations of SQS: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sqs.h>
#include <awsc/shape.h>

extern const struct awsc_shape awsc__sqs_AddPermissionRequest;
extern const struct awsc_shape awsc__sqs_BatchEntryIdsNotDistinct;
extern const struct awsc_shape awsc__sqs_BatchRequestTooLong;
extern const struct awsc_shape awsc__sqs_CancelMessageMoveTaskRequest;
extern const struct awsc_shape awsc__sqs_CancelMessageMoveTaskResult;
extern const struct awsc_shape awsc__sqs_ChangeMessageVisibilityBatchRequest;
extern const struct awsc_shape awsc__sqs_ChangeMessageVisibilityBatchResult;
extern const struct awsc_shape awsc__sqs_ChangeMessageVisibilityRequest;
extern const struct awsc_shape awsc__sqs_CreateQueueRequest;
extern const struct awsc_shape awsc__sqs_CreateQueueResult;
extern const struct awsc_shape awsc__sqs_DeleteMessageBatchRequest;
extern const struct awsc_shape awsc__sqs_DeleteMessageBatchResult;
extern const struct awsc_shape awsc__sqs_DeleteMessageRequest;
extern const struct awsc_shape awsc__sqs_DeleteQueueRequest;
extern const struct awsc_shape awsc__sqs_EmptyBatchRequest;
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
extern const struct awsc_shape awsc__sqs_ListQueueTagsRequest;
extern const struct awsc_shape awsc__sqs_ListQueueTagsResult;
extern const struct awsc_shape awsc__sqs_ListQueuesRequest;
extern const struct awsc_shape awsc__sqs_ListQueuesResult;
extern const struct awsc_shape awsc__sqs_MessageNotInflight;
extern const struct awsc_shape awsc__sqs_OverLimit;
extern const struct awsc_shape awsc__sqs_PurgeQueueInProgress;
extern const struct awsc_shape awsc__sqs_PurgeQueueRequest;
extern const struct awsc_shape awsc__sqs_QueueDeletedRecently;
extern const struct awsc_shape awsc__sqs_QueueDoesNotExist;
extern const struct awsc_shape awsc__sqs_QueueNameExists;
extern const struct awsc_shape awsc__sqs_ReceiptHandleIsInvalid;
extern const struct awsc_shape awsc__sqs_ReceiveMessageRequest;
extern const struct awsc_shape awsc__sqs_ReceiveMessageResult;
extern const struct awsc_shape awsc__sqs_RemovePermissionRequest;
extern const struct awsc_shape awsc__sqs_RequestThrottled;
extern const struct awsc_shape awsc__sqs_ResourceNotFoundException;
extern const struct awsc_shape awsc__sqs_SendMessageBatchRequest;
extern const struct awsc_shape awsc__sqs_SendMessageBatchResult;
extern const struct awsc_shape awsc__sqs_SendMessageRequest;
extern const struct awsc_shape awsc__sqs_SendMessageResult;
extern const struct awsc_shape awsc__sqs_SetQueueAttributesRequest;
extern const struct awsc_shape awsc__sqs_StartMessageMoveTaskRequest;
extern const struct awsc_shape awsc__sqs_StartMessageMoveTaskResult;
extern const struct awsc_shape awsc__sqs_TagQueueRequest;
extern const struct awsc_shape awsc__sqs_TooManyEntriesInBatchRequest;
extern const struct awsc_shape awsc__sqs_UnsupportedOperation;
extern const struct awsc_shape awsc__sqs_UntagQueueRequest;

extern const struct awsc_ruleset awsc__sqs_ruleset;
static const struct awsc_shape *const op_AddPermission_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_OverLimit,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_AddPermission = {
    .name = "AddPermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_AddPermissionRequest,
    .output = NULL,
    .errors = op_AddPermission_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_add_permission(struct awsc_client *client,
                            const struct awsc_sqs_add_permission_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &op_AddPermission, input, NULL, err);
}

static void add_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_add_permission_cb *)cb)(user_data, status, err);
}

int awsc_sqs_add_permission_async(struct awsc_client *client,
                                  const struct awsc_sqs_add_permission_input *input,
                                  awsc_sqs_add_permission_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AddPermission, input, add_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CancelMessageMoveTask_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_ResourceNotFoundException,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_CancelMessageMoveTask = {
    .name = "CancelMessageMoveTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_CancelMessageMoveTaskRequest,
    .output = &awsc__sqs_CancelMessageMoveTaskResult,
    .errors = op_CancelMessageMoveTask_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_cancel_message_move_task(struct awsc_client *client,
                                      const struct awsc_sqs_cancel_message_move_task_input *input,
                                      struct awsc_sqs_cancel_message_move_task_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CancelMessageMoveTask, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void cancel_message_move_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_cancel_message_move_task_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_cancel_message_move_task_async(struct awsc_client *client,
                                            const struct awsc_sqs_cancel_message_move_task_input *input,
                                            awsc_sqs_cancel_message_move_task_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CancelMessageMoveTask, input, cancel_message_move_task_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ChangeMessageVisibility_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_MessageNotInflight,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_ReceiptHandleIsInvalid,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_ChangeMessageVisibility = {
    .name = "ChangeMessageVisibility",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_ChangeMessageVisibilityRequest,
    .output = NULL,
    .errors = op_ChangeMessageVisibility_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_change_message_visibility(struct awsc_client *client,
                                       const struct awsc_sqs_change_message_visibility_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_ChangeMessageVisibility, input, NULL, err);
}

static void change_message_visibility_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_change_message_visibility_cb *)cb)(user_data, status, err);
}

int awsc_sqs_change_message_visibility_async(struct awsc_client *client,
                                             const struct awsc_sqs_change_message_visibility_input *input,
                                             awsc_sqs_change_message_visibility_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ChangeMessageVisibility, input, change_message_visibility_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ChangeMessageVisibilityBatch_errors[] = {
    &awsc__sqs_BatchEntryIdsNotDistinct,
    &awsc__sqs_EmptyBatchRequest,
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidBatchEntryId,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_TooManyEntriesInBatchRequest,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_ChangeMessageVisibilityBatch = {
    .name = "ChangeMessageVisibilityBatch",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_ChangeMessageVisibilityBatchRequest,
    .output = &awsc__sqs_ChangeMessageVisibilityBatchResult,
    .errors = op_ChangeMessageVisibilityBatch_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_change_message_visibility_batch(struct awsc_client *client,
                                             const struct awsc_sqs_change_message_visibility_batch_input *input,
                                             struct awsc_sqs_change_message_visibility_batch_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ChangeMessageVisibilityBatch, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void change_message_visibility_batch_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_change_message_visibility_batch_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_change_message_visibility_batch_async(struct awsc_client *client,
                                                   const struct awsc_sqs_change_message_visibility_batch_input *input,
                                                   awsc_sqs_change_message_visibility_batch_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ChangeMessageVisibilityBatch, input, change_message_visibility_batch_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateQueue_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidAttributeName,
    &awsc__sqs_InvalidAttributeValue,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDeletedRecently,
    &awsc__sqs_QueueNameExists,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_CreateQueue = {
    .name = "CreateQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_CreateQueueRequest,
    .output = &awsc__sqs_CreateQueueResult,
    .errors = op_CreateQueue_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_create_queue(struct awsc_client *client,
                          const struct awsc_sqs_create_queue_input *input,
                          struct awsc_sqs_create_queue_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateQueue, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_create_queue_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_create_queue_async(struct awsc_client *client,
                                const struct awsc_sqs_create_queue_input *input,
                                awsc_sqs_create_queue_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateQueue, input, create_queue_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteMessage_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidIdFormat,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_ReceiptHandleIsInvalid,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_DeleteMessage = {
    .name = "DeleteMessage",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_DeleteMessageRequest,
    .output = NULL,
    .errors = op_DeleteMessage_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_delete_message(struct awsc_client *client,
                            const struct awsc_sqs_delete_message_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteMessage, input, NULL, err);
}

static void delete_message_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_delete_message_cb *)cb)(user_data, status, err);
}

int awsc_sqs_delete_message_async(struct awsc_client *client,
                                  const struct awsc_sqs_delete_message_input *input,
                                  awsc_sqs_delete_message_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteMessage, input, delete_message_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteMessageBatch_errors[] = {
    &awsc__sqs_BatchEntryIdsNotDistinct,
    &awsc__sqs_EmptyBatchRequest,
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidBatchEntryId,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_TooManyEntriesInBatchRequest,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_DeleteMessageBatch = {
    .name = "DeleteMessageBatch",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_DeleteMessageBatchRequest,
    .output = &awsc__sqs_DeleteMessageBatchResult,
    .errors = op_DeleteMessageBatch_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_delete_message_batch(struct awsc_client *client,
                                  const struct awsc_sqs_delete_message_batch_input *input,
                                  struct awsc_sqs_delete_message_batch_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteMessageBatch, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_message_batch_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_delete_message_batch_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_delete_message_batch_async(struct awsc_client *client,
                                        const struct awsc_sqs_delete_message_batch_input *input,
                                        awsc_sqs_delete_message_batch_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteMessageBatch, input, delete_message_batch_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteQueue_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_DeleteQueue = {
    .name = "DeleteQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_DeleteQueueRequest,
    .output = NULL,
    .errors = op_DeleteQueue_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_delete_queue(struct awsc_client *client,
                          const struct awsc_sqs_delete_queue_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteQueue, input, NULL, err);
}

static void delete_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_delete_queue_cb *)cb)(user_data, status, err);
}

int awsc_sqs_delete_queue_async(struct awsc_client *client,
                                const struct awsc_sqs_delete_queue_input *input,
                                awsc_sqs_delete_queue_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteQueue, input, delete_queue_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetQueueAttributes_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidAttributeName,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_GetQueueAttributes = {
    .name = "GetQueueAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_GetQueueAttributesRequest,
    .output = &awsc__sqs_GetQueueAttributesResult,
    .errors = op_GetQueueAttributes_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_get_queue_attributes(struct awsc_client *client,
                                  const struct awsc_sqs_get_queue_attributes_input *input,
                                  struct awsc_sqs_get_queue_attributes_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetQueueAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_queue_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_get_queue_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_get_queue_attributes_async(struct awsc_client *client,
                                        const struct awsc_sqs_get_queue_attributes_input *input,
                                        awsc_sqs_get_queue_attributes_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetQueueAttributes, input, get_queue_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetQueueUrl_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_GetQueueUrl = {
    .name = "GetQueueUrl",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_GetQueueUrlRequest,
    .output = &awsc__sqs_GetQueueUrlResult,
    .errors = op_GetQueueUrl_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_get_queue_url(struct awsc_client *client,
                           const struct awsc_sqs_get_queue_url_input *input,
                           struct awsc_sqs_get_queue_url_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetQueueUrl, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_queue_url_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_get_queue_url_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_get_queue_url_async(struct awsc_client *client,
                                 const struct awsc_sqs_get_queue_url_input *input,
                                 awsc_sqs_get_queue_url_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetQueueUrl, input, get_queue_url_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDeadLetterSourceQueues_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_ListDeadLetterSourceQueues = {
    .name = "ListDeadLetterSourceQueues",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_ListDeadLetterSourceQueuesRequest,
    .output = &awsc__sqs_ListDeadLetterSourceQueuesResult,
    .errors = op_ListDeadLetterSourceQueues_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_list_dead_letter_source_queues(struct awsc_client *client,
                                            const struct awsc_sqs_list_dead_letter_source_queues_input *input,
                                            struct awsc_sqs_list_dead_letter_source_queues_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDeadLetterSourceQueues, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_dead_letter_source_queues_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_list_dead_letter_source_queues_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_list_dead_letter_source_queues_async(struct awsc_client *client,
                                                  const struct awsc_sqs_list_dead_letter_source_queues_input *input,
                                                  awsc_sqs_list_dead_letter_source_queues_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListDeadLetterSourceQueues, input, list_dead_letter_source_queues_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListMessageMoveTasks_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_ResourceNotFoundException,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_ListMessageMoveTasks = {
    .name = "ListMessageMoveTasks",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_ListMessageMoveTasksRequest,
    .output = &awsc__sqs_ListMessageMoveTasksResult,
    .errors = op_ListMessageMoveTasks_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_list_message_move_tasks(struct awsc_client *client,
                                     const struct awsc_sqs_list_message_move_tasks_input *input,
                                     struct awsc_sqs_list_message_move_tasks_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListMessageMoveTasks, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_message_move_tasks_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_list_message_move_tasks_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_list_message_move_tasks_async(struct awsc_client *client,
                                           const struct awsc_sqs_list_message_move_tasks_input *input,
                                           awsc_sqs_list_message_move_tasks_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListMessageMoveTasks, input, list_message_move_tasks_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListQueueTags_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_ListQueueTags = {
    .name = "ListQueueTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_ListQueueTagsRequest,
    .output = &awsc__sqs_ListQueueTagsResult,
    .errors = op_ListQueueTags_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_list_queue_tags(struct awsc_client *client,
                             const struct awsc_sqs_list_queue_tags_input *input,
                             struct awsc_sqs_list_queue_tags_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListQueueTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_queue_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_list_queue_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_list_queue_tags_async(struct awsc_client *client,
                                   const struct awsc_sqs_list_queue_tags_input *input,
                                   awsc_sqs_list_queue_tags_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListQueueTags, input, list_queue_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListQueues_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_ListQueues = {
    .name = "ListQueues",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_ListQueuesRequest,
    .output = &awsc__sqs_ListQueuesResult,
    .errors = op_ListQueues_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_list_queues(struct awsc_client *client,
                         const struct awsc_sqs_list_queues_input *input,
                         struct awsc_sqs_list_queues_output **output,
                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListQueues, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_queues_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_list_queues_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_list_queues_async(struct awsc_client *client,
                               const struct awsc_sqs_list_queues_input *input,
                               awsc_sqs_list_queues_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListQueues, input, list_queues_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PurgeQueue_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_PurgeQueueInProgress,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_PurgeQueue = {
    .name = "PurgeQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_PurgeQueueRequest,
    .output = NULL,
    .errors = op_PurgeQueue_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_purge_queue(struct awsc_client *client,
                         const struct awsc_sqs_purge_queue_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &op_PurgeQueue, input, NULL, err);
}

static void purge_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_purge_queue_cb *)cb)(user_data, status, err);
}

int awsc_sqs_purge_queue_async(struct awsc_client *client,
                               const struct awsc_sqs_purge_queue_input *input,
                               awsc_sqs_purge_queue_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PurgeQueue, input, purge_queue_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ReceiveMessage_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_KmsAccessDenied,
    &awsc__sqs_KmsDisabled,
    &awsc__sqs_KmsInvalidKeyUsage,
    &awsc__sqs_KmsInvalidState,
    &awsc__sqs_KmsNotFound,
    &awsc__sqs_KmsOptInRequired,
    &awsc__sqs_KmsThrottled,
    &awsc__sqs_OverLimit,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_ReceiveMessage = {
    .name = "ReceiveMessage",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_ReceiveMessageRequest,
    .output = &awsc__sqs_ReceiveMessageResult,
    .errors = op_ReceiveMessage_errors,
    .error_count = 13,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_receive_message(struct awsc_client *client,
                             const struct awsc_sqs_receive_message_input *input,
                             struct awsc_sqs_receive_message_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ReceiveMessage, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void receive_message_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_receive_message_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_receive_message_async(struct awsc_client *client,
                                   const struct awsc_sqs_receive_message_input *input,
                                   awsc_sqs_receive_message_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ReceiveMessage, input, receive_message_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemovePermission_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_RemovePermission = {
    .name = "RemovePermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_RemovePermissionRequest,
    .output = NULL,
    .errors = op_RemovePermission_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_remove_permission(struct awsc_client *client,
                               const struct awsc_sqs_remove_permission_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_RemovePermission, input, NULL, err);
}

static void remove_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_remove_permission_cb *)cb)(user_data, status, err);
}

int awsc_sqs_remove_permission_async(struct awsc_client *client,
                                     const struct awsc_sqs_remove_permission_input *input,
                                     awsc_sqs_remove_permission_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RemovePermission, input, remove_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendMessage_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidMessageContents,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_KmsAccessDenied,
    &awsc__sqs_KmsDisabled,
    &awsc__sqs_KmsInvalidKeyUsage,
    &awsc__sqs_KmsInvalidState,
    &awsc__sqs_KmsNotFound,
    &awsc__sqs_KmsOptInRequired,
    &awsc__sqs_KmsThrottled,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_SendMessage = {
    .name = "SendMessage",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_SendMessageRequest,
    .output = &awsc__sqs_SendMessageResult,
    .errors = op_SendMessage_errors,
    .error_count = 13,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_send_message(struct awsc_client *client,
                          const struct awsc_sqs_send_message_input *input,
                          struct awsc_sqs_send_message_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendMessage, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void send_message_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_send_message_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_send_message_async(struct awsc_client *client,
                                const struct awsc_sqs_send_message_input *input,
                                awsc_sqs_send_message_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SendMessage, input, send_message_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendMessageBatch_errors[] = {
    &awsc__sqs_BatchEntryIdsNotDistinct,
    &awsc__sqs_BatchRequestTooLong,
    &awsc__sqs_EmptyBatchRequest,
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidBatchEntryId,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_KmsAccessDenied,
    &awsc__sqs_KmsDisabled,
    &awsc__sqs_KmsInvalidKeyUsage,
    &awsc__sqs_KmsInvalidState,
    &awsc__sqs_KmsNotFound,
    &awsc__sqs_KmsOptInRequired,
    &awsc__sqs_KmsThrottled,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_TooManyEntriesInBatchRequest,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_SendMessageBatch = {
    .name = "SendMessageBatch",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_SendMessageBatchRequest,
    .output = &awsc__sqs_SendMessageBatchResult,
    .errors = op_SendMessageBatch_errors,
    .error_count = 17,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_send_message_batch(struct awsc_client *client,
                                const struct awsc_sqs_send_message_batch_input *input,
                                struct awsc_sqs_send_message_batch_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendMessageBatch, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void send_message_batch_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_send_message_batch_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_send_message_batch_async(struct awsc_client *client,
                                      const struct awsc_sqs_send_message_batch_input *input,
                                      awsc_sqs_send_message_batch_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SendMessageBatch, input, send_message_batch_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SetQueueAttributes_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidAttributeName,
    &awsc__sqs_InvalidAttributeValue,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_OverLimit,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_SetQueueAttributes = {
    .name = "SetQueueAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_SetQueueAttributesRequest,
    .output = NULL,
    .errors = op_SetQueueAttributes_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_set_queue_attributes(struct awsc_client *client,
                                  const struct awsc_sqs_set_queue_attributes_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_SetQueueAttributes, input, NULL, err);
}

static void set_queue_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_set_queue_attributes_cb *)cb)(user_data, status, err);
}

int awsc_sqs_set_queue_attributes_async(struct awsc_client *client,
                                        const struct awsc_sqs_set_queue_attributes_input *input,
                                        awsc_sqs_set_queue_attributes_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SetQueueAttributes, input, set_queue_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartMessageMoveTask_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_ResourceNotFoundException,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_StartMessageMoveTask = {
    .name = "StartMessageMoveTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_StartMessageMoveTaskRequest,
    .output = &awsc__sqs_StartMessageMoveTaskResult,
    .errors = op_StartMessageMoveTask_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_start_message_move_task(struct awsc_client *client,
                                     const struct awsc_sqs_start_message_move_task_input *input,
                                     struct awsc_sqs_start_message_move_task_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartMessageMoveTask, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void start_message_move_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_start_message_move_task_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_start_message_move_task_async(struct awsc_client *client,
                                           const struct awsc_sqs_start_message_move_task_input *input,
                                           awsc_sqs_start_message_move_task_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StartMessageMoveTask, input, start_message_move_task_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagQueue_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_TagQueue = {
    .name = "TagQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_TagQueueRequest,
    .output = NULL,
    .errors = op_TagQueue_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_tag_queue(struct awsc_client *client,
                       const struct awsc_sqs_tag_queue_input *input,
                       struct awsc_error *err)
{
    return awsc_call(client, &op_TagQueue, input, NULL, err);
}

static void tag_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_tag_queue_cb *)cb)(user_data, status, err);
}

int awsc_sqs_tag_queue_async(struct awsc_client *client,
                             const struct awsc_sqs_tag_queue_input *input,
                             awsc_sqs_tag_queue_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagQueue, input, tag_queue_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagQueue_errors[] = {
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_UnsupportedOperation,
};

static const struct awsc_operation op_UntagQueue = {
    .name = "UntagQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_UntagQueueRequest,
    .output = NULL,
    .errors = op_UntagQueue_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sqs_service,
};

int awsc_sqs_untag_queue(struct awsc_client *client,
                         const struct awsc_sqs_untag_queue_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &op_UntagQueue, input, NULL, err);
}

static void untag_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_untag_queue_cb *)cb)(user_data, status, err);
}

int awsc_sqs_untag_queue_async(struct awsc_client *client,
                               const struct awsc_sqs_untag_queue_input *input,
                               awsc_sqs_untag_queue_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagQueue, input, untag_queue_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AddPermission,
    &op_CancelMessageMoveTask,
    &op_ChangeMessageVisibility,
    &op_ChangeMessageVisibilityBatch,
    &op_CreateQueue,
    &op_DeleteMessage,
    &op_DeleteMessageBatch,
    &op_DeleteQueue,
    &op_GetQueueAttributes,
    &op_GetQueueUrl,
    &op_ListDeadLetterSourceQueues,
    &op_ListMessageMoveTasks,
    &op_ListQueueTags,
    &op_ListQueues,
    &op_PurgeQueue,
    &op_ReceiveMessage,
    &op_RemovePermission,
    &op_SendMessage,
    &op_SendMessageBatch,
    &op_SetQueueAttributes,
    &op_StartMessageMoveTask,
    &op_TagQueue,
    &op_UntagQueue,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__sqs_BatchEntryIdsNotDistinct,
    &awsc__sqs_BatchRequestTooLong,
    &awsc__sqs_EmptyBatchRequest,
    &awsc__sqs_InvalidAddress,
    &awsc__sqs_InvalidAttributeName,
    &awsc__sqs_InvalidAttributeValue,
    &awsc__sqs_InvalidBatchEntryId,
    &awsc__sqs_InvalidIdFormat,
    &awsc__sqs_InvalidMessageContents,
    &awsc__sqs_InvalidSecurity,
    &awsc__sqs_KmsAccessDenied,
    &awsc__sqs_KmsDisabled,
    &awsc__sqs_KmsInvalidKeyUsage,
    &awsc__sqs_KmsInvalidState,
    &awsc__sqs_KmsNotFound,
    &awsc__sqs_KmsOptInRequired,
    &awsc__sqs_KmsThrottled,
    &awsc__sqs_MessageNotInflight,
    &awsc__sqs_OverLimit,
    &awsc__sqs_PurgeQueueInProgress,
    &awsc__sqs_QueueDeletedRecently,
    &awsc__sqs_QueueDoesNotExist,
    &awsc__sqs_QueueNameExists,
    &awsc__sqs_ReceiptHandleIsInvalid,
    &awsc__sqs_RequestThrottled,
    &awsc__sqs_ResourceNotFoundException,
    &awsc__sqs_TooManyEntriesInBatchRequest,
    &awsc__sqs_UnsupportedOperation,
};

const struct awsc_service awsc_sqs_service = {
    .name = "sqs",
    .service_id = "SQS",
    .full_name = "Amazon Simple Queue Service",
    .api_version = "2012-11-05",
    .endpoint_prefix = "sqs",
    .signing_name = "sqs",
    .target_prefix = "AmazonSQS",
    .json_version = "1.0",
    .xml_namespace = NULL,
    .env_name = "SQS",
    .protocol = AWSC_PROTO_JSON,
    .operations = operations,
    .operation_count = 23,
    .errors = errors,
    .error_count = 28,
    .flags = AWSC_SVC_ERROR_SHAPE_BY_TYPE | AWSC_SVC_QUERY_COMPATIBLE,
    .ruleset = &awsc__sqs_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc_sqs_paginators,
    .paginator_count = 2,
#endif
};
