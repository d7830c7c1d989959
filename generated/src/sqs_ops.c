/*
 * sqs_ops.c - operations of SQS: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sqs.h>
#include <awsc/shape.h>

#ifndef AWSC__SQS_TABLES
#define AWSC__SQS_TABLES
/* Every shape, member and name of SQS in one object (sqs_shapes.c). */
struct awsc__sqs_tables {
    struct awsc_shape shapes[114];
    struct awsc_member members[159];
    uint16_t by_wire_name[159];
    char strings[3934];
};
extern const struct awsc__sqs_tables awsc__sqs_tables;
#endif
extern const struct awsc_ruleset awsc__sqs_ruleset;
static const struct awsc_shape *const op_AddPermission_errors[] = {
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[77],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_AddPermission = {
    .name = "AddPermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[2],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[91],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_CancelMessageMoveTask = {
    .name = "CancelMessageMoveTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[12],
    .output = &awsc__sqs_tables.shapes[13],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[69],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[86],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_ChangeMessageVisibility = {
    .name = "ChangeMessageVisibility",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[20],
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
    &awsc__sqs_tables.shapes[4],
    &awsc__sqs_tables.shapes[31],
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[40],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[111],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_ChangeMessageVisibilityBatch = {
    .name = "ChangeMessageVisibilityBatch",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[14],
    .output = &awsc__sqs_tables.shapes[17],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[38],
    &awsc__sqs_tables.shapes[39],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[82],
    &awsc__sqs_tables.shapes[84],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_CreateQueue = {
    .name = "CreateQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[21],
    .output = &awsc__sqs_tables.shapes[22],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[41],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[86],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_DeleteMessage = {
    .name = "DeleteMessage",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[29],
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
    &awsc__sqs_tables.shapes[4],
    &awsc__sqs_tables.shapes[31],
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[40],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[111],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_DeleteMessageBatch = {
    .name = "DeleteMessageBatch",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[23],
    .output = &awsc__sqs_tables.shapes[26],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_DeleteQueue = {
    .name = "DeleteQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[30],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[38],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_GetQueueAttributes = {
    .name = "GetQueueAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[33],
    .output = &awsc__sqs_tables.shapes[34],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_GetQueueUrl = {
    .name = "GetQueueUrl",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[35],
    .output = &awsc__sqs_tables.shapes[36],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_ListDeadLetterSourceQueues = {
    .name = "ListDeadLetterSourceQueues",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[51],
    .output = &awsc__sqs_tables.shapes[52],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[91],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_ListMessageMoveTasks = {
    .name = "ListMessageMoveTasks",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[53],
    .output = &awsc__sqs_tables.shapes[54],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_ListQueueTags = {
    .name = "ListQueueTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[57],
    .output = &awsc__sqs_tables.shapes[58],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_ListQueues = {
    .name = "ListQueues",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[59],
    .output = &awsc__sqs_tables.shapes[60],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[78],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_PurgeQueue = {
    .name = "PurgeQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[79],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[44],
    &awsc__sqs_tables.shapes[45],
    &awsc__sqs_tables.shapes[46],
    &awsc__sqs_tables.shapes[47],
    &awsc__sqs_tables.shapes[48],
    &awsc__sqs_tables.shapes[49],
    &awsc__sqs_tables.shapes[50],
    &awsc__sqs_tables.shapes[77],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_ReceiveMessage = {
    .name = "ReceiveMessage",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[87],
    .output = &awsc__sqs_tables.shapes[88],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_RemovePermission = {
    .name = "RemovePermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[89],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[42],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[44],
    &awsc__sqs_tables.shapes[45],
    &awsc__sqs_tables.shapes[46],
    &awsc__sqs_tables.shapes[47],
    &awsc__sqs_tables.shapes[48],
    &awsc__sqs_tables.shapes[49],
    &awsc__sqs_tables.shapes[50],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_SendMessage = {
    .name = "SendMessage",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[98],
    .output = &awsc__sqs_tables.shapes[99],
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
    &awsc__sqs_tables.shapes[4],
    &awsc__sqs_tables.shapes[5],
    &awsc__sqs_tables.shapes[31],
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[40],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[44],
    &awsc__sqs_tables.shapes[45],
    &awsc__sqs_tables.shapes[46],
    &awsc__sqs_tables.shapes[47],
    &awsc__sqs_tables.shapes[48],
    &awsc__sqs_tables.shapes[49],
    &awsc__sqs_tables.shapes[50],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[111],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_SendMessageBatch = {
    .name = "SendMessageBatch",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[92],
    .output = &awsc__sqs_tables.shapes[95],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[38],
    &awsc__sqs_tables.shapes[39],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[77],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_SetQueueAttributes = {
    .name = "SetQueueAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[100],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[91],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_StartMessageMoveTask = {
    .name = "StartMessageMoveTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[101],
    .output = &awsc__sqs_tables.shapes[102],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_TagQueue = {
    .name = "TagQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[108],
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
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[112],
};

static const struct awsc_operation op_UntagQueue = {
    .name = "UntagQueue",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sqs_tables.shapes[113],
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
    &awsc__sqs_tables.shapes[4],
    &awsc__sqs_tables.shapes[5],
    &awsc__sqs_tables.shapes[31],
    &awsc__sqs_tables.shapes[37],
    &awsc__sqs_tables.shapes[38],
    &awsc__sqs_tables.shapes[39],
    &awsc__sqs_tables.shapes[40],
    &awsc__sqs_tables.shapes[41],
    &awsc__sqs_tables.shapes[42],
    &awsc__sqs_tables.shapes[43],
    &awsc__sqs_tables.shapes[44],
    &awsc__sqs_tables.shapes[45],
    &awsc__sqs_tables.shapes[46],
    &awsc__sqs_tables.shapes[47],
    &awsc__sqs_tables.shapes[48],
    &awsc__sqs_tables.shapes[49],
    &awsc__sqs_tables.shapes[50],
    &awsc__sqs_tables.shapes[69],
    &awsc__sqs_tables.shapes[77],
    &awsc__sqs_tables.shapes[78],
    &awsc__sqs_tables.shapes[82],
    &awsc__sqs_tables.shapes[83],
    &awsc__sqs_tables.shapes[84],
    &awsc__sqs_tables.shapes[86],
    &awsc__sqs_tables.shapes[90],
    &awsc__sqs_tables.shapes[91],
    &awsc__sqs_tables.shapes[111],
    &awsc__sqs_tables.shapes[112],
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
    .paginators = awsc__sqs_pagers.paginators,
    .paginator_count = 2,
#endif
};
