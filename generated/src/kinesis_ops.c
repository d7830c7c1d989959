/*
 * kinesis_ops.c - operations of Kinesis: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/kinesis.h>
#include <awsc/shape.h>
#include <awsc/endpoint.h>

#ifndef AWSC__KINESIS_TABLES
#define AWSC__KINESIS_TABLES
/* Every shape, member and name of Kinesis in one object (kinesis_shapes.c). */
struct awsc__kinesis_tables {
    struct awsc_shape shapes[158];
    struct awsc_member members[308];
    uint16_t by_wire_name[308];
    struct awsc_range ranges[34];
    char strings[4669];
};
extern const struct awsc__kinesis_tables awsc__kinesis_tables;
#endif
extern const struct awsc_ruleset awsc__kinesis_ruleset;
static const struct awsc_shape *const op_AddTagsToStream_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_AddTagsToStream_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_AddTagsToStream_context_params[] = {
    {"StreamARN", "StreamARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_AddTagsToStream = {
    .name = "AddTagsToStream",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[1],
    .output = NULL,
    .errors = op_AddTagsToStream_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_AddTagsToStream_static_params,
    .static_param_count = 1,
    .context_params = op_AddTagsToStream_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_add_tags_to_stream(struct awsc_client *client,
                                    const struct awsc_kinesis_add_tags_to_stream_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_AddTagsToStream, input, NULL, err);
}

static void add_tags_to_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_add_tags_to_stream_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_add_tags_to_stream_async(struct awsc_client *client,
                                          const struct awsc_kinesis_add_tags_to_stream_input *input,
                                          awsc_kinesis_add_tags_to_stream_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AddTagsToStream, input, add_tags_to_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateStream_errors[] = {
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[156],
};

static const struct awsc_operation op_CreateStream = {
    .name = "CreateStream",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[12],
    .output = NULL,
    .errors = op_CreateStream_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
};

int awsc_kinesis_create_stream(struct awsc_client *client,
                               const struct awsc_kinesis_create_stream_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_CreateStream, input, NULL, err);
}

static void create_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_create_stream_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_create_stream_async(struct awsc_client *client,
                                     const struct awsc_kinesis_create_stream_input *input,
                                     awsc_kinesis_create_stream_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateStream, input, create_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DecreaseStreamRetentionPeriod_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_DecreaseStreamRetentionPeriod_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_DecreaseStreamRetentionPeriod_context_params[] = {
    {"StreamARN", "StreamARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_DecreaseStreamRetentionPeriod = {
    .name = "DecreaseStreamRetentionPeriod",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[14],
    .output = NULL,
    .errors = op_DecreaseStreamRetentionPeriod_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_DecreaseStreamRetentionPeriod_static_params,
    .static_param_count = 1,
    .context_params = op_DecreaseStreamRetentionPeriod_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_decrease_stream_retention_period(struct awsc_client *client,
                                                  const struct awsc_kinesis_decrease_stream_retention_period_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &op_DecreaseStreamRetentionPeriod, input, NULL, err);
}

static void decrease_stream_retention_period_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_decrease_stream_retention_period_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_decrease_stream_retention_period_async(struct awsc_client *client,
                                                        const struct awsc_kinesis_decrease_stream_retention_period_input *input,
                                                        awsc_kinesis_decrease_stream_retention_period_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DecreaseStreamRetentionPeriod, input, decrease_stream_retention_period_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteResourcePolicy_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_DeleteResourcePolicy_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteResourcePolicy_context_params[] = {
    {"ResourceARN", "ResourceARN", 0, NULL},
    {"StreamId", "StreamId", 1, NULL},
};

static const struct awsc_operation op_DeleteResourcePolicy = {
    .name = "DeleteResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[15],
    .output = NULL,
    .errors = op_DeleteResourcePolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_DeleteResourcePolicy_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteResourcePolicy_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_delete_resource_policy(struct awsc_client *client,
                                        const struct awsc_kinesis_delete_resource_policy_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteResourcePolicy, input, NULL, err);
}

static void delete_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_delete_resource_policy_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_delete_resource_policy_async(struct awsc_client *client,
                                              const struct awsc_kinesis_delete_resource_policy_input *input,
                                              awsc_kinesis_delete_resource_policy_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteResourcePolicy, input, delete_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteStream_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_DeleteStream_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteStream_context_params[] = {
    {"StreamARN", "StreamARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_DeleteStream = {
    .name = "DeleteStream",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[16],
    .output = NULL,
    .errors = op_DeleteStream_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_DeleteStream_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteStream_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_delete_stream(struct awsc_client *client,
                               const struct awsc_kinesis_delete_stream_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteStream, input, NULL, err);
}

static void delete_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_delete_stream_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_delete_stream_async(struct awsc_client *client,
                                     const struct awsc_kinesis_delete_stream_input *input,
                                     awsc_kinesis_delete_stream_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteStream, input, delete_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeregisterStreamConsumer_errors[] = {
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_DeregisterStreamConsumer_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeregisterStreamConsumer_context_params[] = {
    {"StreamARN", "StreamARN", 0, NULL},
    {"ConsumerARN", "ConsumerARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_DeregisterStreamConsumer = {
    .name = "DeregisterStreamConsumer",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[17],
    .output = NULL,
    .errors = op_DeregisterStreamConsumer_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_DeregisterStreamConsumer_static_params,
    .static_param_count = 1,
    .context_params = op_DeregisterStreamConsumer_context_params,
    .context_param_count = 3,
};

int awsc_kinesis_deregister_stream_consumer(struct awsc_client *client,
                                            const struct awsc_kinesis_deregister_stream_consumer_input *input,
                                            struct awsc_error *err)
{
    return awsc_call(client, &op_DeregisterStreamConsumer, input, NULL, err);
}

static void deregister_stream_consumer_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_deregister_stream_consumer_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_deregister_stream_consumer_async(struct awsc_client *client,
                                                  const struct awsc_kinesis_deregister_stream_consumer_input *input,
                                                  awsc_kinesis_deregister_stream_consumer_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeregisterStreamConsumer, input, deregister_stream_consumer_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAccountSettings_errors[] = {
    &awsc__kinesis_tables.shapes[58],
};

static const struct awsc_operation op_DescribeAccountSettings = {
    .name = "DescribeAccountSettings",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[18],
    .output = &awsc__kinesis_tables.shapes[19],
    .errors = op_DescribeAccountSettings_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
};

int awsc_kinesis_describe_account_settings(struct awsc_client *client,
                                           const struct awsc_kinesis_describe_account_settings_input *input,
                                           struct awsc_kinesis_describe_account_settings_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAccountSettings, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_account_settings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_account_settings_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_account_settings_async(struct awsc_client *client,
                                                 const struct awsc_kinesis_describe_account_settings_input *input,
                                                 awsc_kinesis_describe_account_settings_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeAccountSettings, input, describe_account_settings_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeLimits_errors[] = {
    &awsc__kinesis_tables.shapes[58],
};

static const struct awsc_operation op_DescribeLimits = {
    .name = "DescribeLimits",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[20],
    .output = &awsc__kinesis_tables.shapes[21],
    .errors = op_DescribeLimits_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
};

int awsc_kinesis_describe_limits(struct awsc_client *client,
                                 const struct awsc_kinesis_describe_limits_input *input,
                                 struct awsc_kinesis_describe_limits_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeLimits, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_limits_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_limits_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_limits_async(struct awsc_client *client,
                                       const struct awsc_kinesis_describe_limits_input *input,
                                       awsc_kinesis_describe_limits_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeLimits, input, describe_limits_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeStream_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_DescribeStream_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_DescribeStream_context_params[] = {
    {"StreamARN", "StreamARN", 3, NULL},
    {"StreamId", "StreamId", 4, NULL},
};

static const struct awsc_operation op_DescribeStream = {
    .name = "DescribeStream",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[24],
    .output = &awsc__kinesis_tables.shapes[26],
    .errors = op_DescribeStream_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_DescribeStream_static_params,
    .static_param_count = 1,
    .context_params = op_DescribeStream_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_describe_stream(struct awsc_client *client,
                                 const struct awsc_kinesis_describe_stream_input *input,
                                 struct awsc_kinesis_describe_stream_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeStream, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_stream_async(struct awsc_client *client,
                                       const struct awsc_kinesis_describe_stream_input *input,
                                       awsc_kinesis_describe_stream_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeStream, input, describe_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeStreamConsumer_errors[] = {
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_DescribeStreamConsumer_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_DescribeStreamConsumer_context_params[] = {
    {"StreamARN", "StreamARN", 0, NULL},
    {"ConsumerARN", "ConsumerARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_DescribeStreamConsumer = {
    .name = "DescribeStreamConsumer",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[22],
    .output = &awsc__kinesis_tables.shapes[23],
    .errors = op_DescribeStreamConsumer_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_DescribeStreamConsumer_static_params,
    .static_param_count = 1,
    .context_params = op_DescribeStreamConsumer_context_params,
    .context_param_count = 3,
};

int awsc_kinesis_describe_stream_consumer(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_stream_consumer_input *input,
                                          struct awsc_kinesis_describe_stream_consumer_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeStreamConsumer, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_stream_consumer_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_consumer_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_stream_consumer_async(struct awsc_client *client,
                                                const struct awsc_kinesis_describe_stream_consumer_input *input,
                                                awsc_kinesis_describe_stream_consumer_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeStreamConsumer, input, describe_stream_consumer_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeStreamSummary_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_DescribeStreamSummary_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_DescribeStreamSummary_context_params[] = {
    {"StreamARN", "StreamARN", 1, NULL},
    {"StreamId", "StreamId", 2, NULL},
};

static const struct awsc_operation op_DescribeStreamSummary = {
    .name = "DescribeStreamSummary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[27],
    .output = &awsc__kinesis_tables.shapes[28],
    .errors = op_DescribeStreamSummary_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_DescribeStreamSummary_static_params,
    .static_param_count = 1,
    .context_params = op_DescribeStreamSummary_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_describe_stream_summary(struct awsc_client *client,
                                         const struct awsc_kinesis_describe_stream_summary_input *input,
                                         struct awsc_kinesis_describe_stream_summary_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeStreamSummary, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_stream_summary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_summary_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_describe_stream_summary_async(struct awsc_client *client,
                                               const struct awsc_kinesis_describe_stream_summary_input *input,
                                               awsc_kinesis_describe_stream_summary_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeStreamSummary, input, describe_stream_summary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DisableEnhancedMonitoring_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_DisableEnhancedMonitoring_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_DisableEnhancedMonitoring_context_params[] = {
    {"StreamARN", "StreamARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_DisableEnhancedMonitoring = {
    .name = "DisableEnhancedMonitoring",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[29],
    .output = &awsc__kinesis_tables.shapes[34],
    .errors = op_DisableEnhancedMonitoring_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_DisableEnhancedMonitoring_static_params,
    .static_param_count = 1,
    .context_params = op_DisableEnhancedMonitoring_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_disable_enhanced_monitoring(struct awsc_client *client,
                                             const struct awsc_kinesis_disable_enhanced_monitoring_input *input,
                                             struct awsc_kinesis_enhanced_monitoring_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DisableEnhancedMonitoring, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void disable_enhanced_monitoring_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_disable_enhanced_monitoring_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_disable_enhanced_monitoring_async(struct awsc_client *client,
                                                   const struct awsc_kinesis_disable_enhanced_monitoring_input *input,
                                                   awsc_kinesis_disable_enhanced_monitoring_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DisableEnhancedMonitoring, input, disable_enhanced_monitoring_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_EnableEnhancedMonitoring_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_EnableEnhancedMonitoring_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_EnableEnhancedMonitoring_context_params[] = {
    {"StreamARN", "StreamARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_EnableEnhancedMonitoring = {
    .name = "EnableEnhancedMonitoring",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[30],
    .output = &awsc__kinesis_tables.shapes[34],
    .errors = op_EnableEnhancedMonitoring_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_EnableEnhancedMonitoring_static_params,
    .static_param_count = 1,
    .context_params = op_EnableEnhancedMonitoring_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_enable_enhanced_monitoring(struct awsc_client *client,
                                            const struct awsc_kinesis_enable_enhanced_monitoring_input *input,
                                            struct awsc_kinesis_enhanced_monitoring_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_EnableEnhancedMonitoring, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void enable_enhanced_monitoring_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_enable_enhanced_monitoring_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_enable_enhanced_monitoring_async(struct awsc_client *client,
                                                  const struct awsc_kinesis_enable_enhanced_monitoring_input *input,
                                                  awsc_kinesis_enable_enhanced_monitoring_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_EnableEnhancedMonitoring, input, enable_enhanced_monitoring_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetRecords_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[37],
    &awsc__kinesis_tables.shapes[49],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[51],
    &awsc__kinesis_tables.shapes[52],
    &awsc__kinesis_tables.shapes[53],
    &awsc__kinesis_tables.shapes[54],
    &awsc__kinesis_tables.shapes[55],
    &awsc__kinesis_tables.shapes[56],
    &awsc__kinesis_tables.shapes[89],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_GetRecords_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "data", NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetRecords_context_params[] = {
    {"StreamARN", "StreamARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_GetRecords = {
    .name = "GetRecords",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[39],
    .output = &awsc__kinesis_tables.shapes[41],
    .errors = op_GetRecords_errors,
    .error_count = 12,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_GetRecords_static_params,
    .static_param_count = 1,
    .context_params = op_GetRecords_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_get_records(struct awsc_client *client,
                             const struct awsc_kinesis_get_records_input *input,
                             struct awsc_kinesis_get_records_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetRecords, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_records_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_get_records_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_get_records_async(struct awsc_client *client,
                                   const struct awsc_kinesis_get_records_input *input,
                                   awsc_kinesis_get_records_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetRecords, input, get_records_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetResourcePolicy_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_GetResourcePolicy_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetResourcePolicy_context_params[] = {
    {"ResourceARN", "ResourceARN", 0, NULL},
    {"StreamId", "StreamId", 1, NULL},
};

static const struct awsc_operation op_GetResourcePolicy = {
    .name = "GetResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[42],
    .output = &awsc__kinesis_tables.shapes[43],
    .errors = op_GetResourcePolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_GetResourcePolicy_static_params,
    .static_param_count = 1,
    .context_params = op_GetResourcePolicy_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_get_resource_policy(struct awsc_client *client,
                                     const struct awsc_kinesis_get_resource_policy_input *input,
                                     struct awsc_kinesis_get_resource_policy_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetResourcePolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_get_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_get_resource_policy_async(struct awsc_client *client,
                                           const struct awsc_kinesis_get_resource_policy_input *input,
                                           awsc_kinesis_get_resource_policy_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetResourcePolicy, input, get_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetShardIterator_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[49],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[89],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_GetShardIterator_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "data", NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetShardIterator_context_params[] = {
    {"StreamARN", "StreamARN", 5, NULL},
    {"StreamId", "StreamId", 6, NULL},
};

static const struct awsc_operation op_GetShardIterator = {
    .name = "GetShardIterator",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[44],
    .output = &awsc__kinesis_tables.shapes[45],
    .errors = op_GetShardIterator_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_GetShardIterator_static_params,
    .static_param_count = 1,
    .context_params = op_GetShardIterator_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_get_shard_iterator(struct awsc_client *client,
                                    const struct awsc_kinesis_get_shard_iterator_input *input,
                                    struct awsc_kinesis_get_shard_iterator_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetShardIterator, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_shard_iterator_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_get_shard_iterator_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_get_shard_iterator_async(struct awsc_client *client,
                                          const struct awsc_kinesis_get_shard_iterator_input *input,
                                          awsc_kinesis_get_shard_iterator_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetShardIterator, input, get_shard_iterator_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_IncreaseStreamRetentionPeriod_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_IncreaseStreamRetentionPeriod_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_IncreaseStreamRetentionPeriod_context_params[] = {
    {"StreamARN", "StreamARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_IncreaseStreamRetentionPeriod = {
    .name = "IncreaseStreamRetentionPeriod",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[48],
    .output = NULL,
    .errors = op_IncreaseStreamRetentionPeriod_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_IncreaseStreamRetentionPeriod_static_params,
    .static_param_count = 1,
    .context_params = op_IncreaseStreamRetentionPeriod_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_increase_stream_retention_period(struct awsc_client *client,
                                                  const struct awsc_kinesis_increase_stream_retention_period_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &op_IncreaseStreamRetentionPeriod, input, NULL, err);
}

static void increase_stream_retention_period_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_increase_stream_retention_period_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_increase_stream_retention_period_async(struct awsc_client *client,
                                                        const struct awsc_kinesis_increase_stream_retention_period_input *input,
                                                        awsc_kinesis_increase_stream_retention_period_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_IncreaseStreamRetentionPeriod, input, increase_stream_retention_period_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListShards_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[38],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_ListShards_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_ListShards_context_params[] = {
    {"StreamARN", "StreamARN", 6, NULL},
    {"StreamId", "StreamId", 7, NULL},
};

static const struct awsc_operation op_ListShards = {
    .name = "ListShards",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[59],
    .output = &awsc__kinesis_tables.shapes[61],
    .errors = op_ListShards_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_ListShards_static_params,
    .static_param_count = 1,
    .context_params = op_ListShards_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_list_shards(struct awsc_client *client,
                             const struct awsc_kinesis_list_shards_input *input,
                             struct awsc_kinesis_list_shards_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListShards, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_shards_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_shards_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_shards_async(struct awsc_client *client,
                                   const struct awsc_kinesis_list_shards_input *input,
                                   awsc_kinesis_list_shards_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListShards, input, list_shards_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListStreamConsumers_errors[] = {
    &awsc__kinesis_tables.shapes[38],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_ListStreamConsumers_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_ListStreamConsumers_context_params[] = {
    {"StreamARN", "StreamARN", 0, NULL},
    {"StreamId", "StreamId", 4, NULL},
};

static const struct awsc_operation op_ListStreamConsumers = {
    .name = "ListStreamConsumers",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[62],
    .output = &awsc__kinesis_tables.shapes[64],
    .errors = op_ListStreamConsumers_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_ListStreamConsumers_static_params,
    .static_param_count = 1,
    .context_params = op_ListStreamConsumers_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_list_stream_consumers(struct awsc_client *client,
                                       const struct awsc_kinesis_list_stream_consumers_input *input,
                                       struct awsc_kinesis_list_stream_consumers_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListStreamConsumers, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_stream_consumers_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_stream_consumers_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_stream_consumers_async(struct awsc_client *client,
                                             const struct awsc_kinesis_list_stream_consumers_input *input,
                                             awsc_kinesis_list_stream_consumers_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListStreamConsumers, input, list_stream_consumers_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListStreams_errors[] = {
    &awsc__kinesis_tables.shapes[38],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
};

static const struct awsc_operation op_ListStreams = {
    .name = "ListStreams",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[65],
    .output = &awsc__kinesis_tables.shapes[67],
    .errors = op_ListStreams_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
};

int awsc_kinesis_list_streams(struct awsc_client *client,
                              const struct awsc_kinesis_list_streams_input *input,
                              struct awsc_kinesis_list_streams_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListStreams, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_streams_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_streams_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_streams_async(struct awsc_client *client,
                                    const struct awsc_kinesis_list_streams_input *input,
                                    awsc_kinesis_list_streams_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListStreams, input, list_streams_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTagsForResource_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_ListTagsForResource_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_ListTagsForResource_context_params[] = {
    {"ResourceARN", "ResourceARN", 0, NULL},
    {"StreamId", "StreamId", 1, NULL},
};

static const struct awsc_operation op_ListTagsForResource = {
    .name = "ListTagsForResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[68],
    .output = &awsc__kinesis_tables.shapes[69],
    .errors = op_ListTagsForResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_ListTagsForResource_static_params,
    .static_param_count = 1,
    .context_params = op_ListTagsForResource_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_list_tags_for_resource(struct awsc_client *client,
                                        const struct awsc_kinesis_list_tags_for_resource_input *input,
                                        struct awsc_kinesis_list_tags_for_resource_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTagsForResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_tags_for_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_tags_for_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_tags_for_resource_async(struct awsc_client *client,
                                              const struct awsc_kinesis_list_tags_for_resource_input *input,
                                              awsc_kinesis_list_tags_for_resource_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTagsForResource, input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTagsForStream_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_ListTagsForStream_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_ListTagsForStream_context_params[] = {
    {"StreamARN", "StreamARN", 3, NULL},
    {"StreamId", "StreamId", 4, NULL},
};

static const struct awsc_operation op_ListTagsForStream = {
    .name = "ListTagsForStream",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[70],
    .output = &awsc__kinesis_tables.shapes[72],
    .errors = op_ListTagsForStream_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_ListTagsForStream_static_params,
    .static_param_count = 1,
    .context_params = op_ListTagsForStream_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_list_tags_for_stream(struct awsc_client *client,
                                      const struct awsc_kinesis_list_tags_for_stream_input *input,
                                      struct awsc_kinesis_list_tags_for_stream_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTagsForStream, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_tags_for_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_list_tags_for_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_list_tags_for_stream_async(struct awsc_client *client,
                                            const struct awsc_kinesis_list_tags_for_stream_input *input,
                                            awsc_kinesis_list_tags_for_stream_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTagsForStream, input, list_tags_for_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_MergeShards_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
    &awsc__kinesis_tables.shapes[156],
};
static const struct awsc_endpoint_param op_MergeShards_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_MergeShards_context_params[] = {
    {"StreamARN", "StreamARN", 3, NULL},
    {"StreamId", "StreamId", 4, NULL},
};

static const struct awsc_operation op_MergeShards = {
    .name = "MergeShards",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[74],
    .output = NULL,
    .errors = op_MergeShards_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_MergeShards_static_params,
    .static_param_count = 1,
    .context_params = op_MergeShards_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_merge_shards(struct awsc_client *client,
                              const struct awsc_kinesis_merge_shards_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &op_MergeShards, input, NULL, err);
}

static void merge_shards_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_merge_shards_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_merge_shards_async(struct awsc_client *client,
                                    const struct awsc_kinesis_merge_shards_input *input,
                                    awsc_kinesis_merge_shards_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_MergeShards, input, merge_shards_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutRecord_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[49],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[51],
    &awsc__kinesis_tables.shapes[52],
    &awsc__kinesis_tables.shapes[53],
    &awsc__kinesis_tables.shapes[54],
    &awsc__kinesis_tables.shapes[55],
    &awsc__kinesis_tables.shapes[56],
    &awsc__kinesis_tables.shapes[89],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_PutRecord_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "data", NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutRecord_context_params[] = {
    {"StreamARN", "StreamARN", 5, NULL},
    {"StreamId", "StreamId", 6, NULL},
};

static const struct awsc_operation op_PutRecord = {
    .name = "PutRecord",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[90],
    .output = &awsc__kinesis_tables.shapes[91],
    .errors = op_PutRecord_errors,
    .error_count = 11,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_PutRecord_static_params,
    .static_param_count = 1,
    .context_params = op_PutRecord_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_put_record(struct awsc_client *client,
                            const struct awsc_kinesis_put_record_input *input,
                            struct awsc_kinesis_put_record_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutRecord, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_record_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_put_record_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_put_record_async(struct awsc_client *client,
                                  const struct awsc_kinesis_put_record_input *input,
                                  awsc_kinesis_put_record_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutRecord, input, put_record_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutRecords_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[49],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[51],
    &awsc__kinesis_tables.shapes[52],
    &awsc__kinesis_tables.shapes[53],
    &awsc__kinesis_tables.shapes[54],
    &awsc__kinesis_tables.shapes[55],
    &awsc__kinesis_tables.shapes[56],
    &awsc__kinesis_tables.shapes[89],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_PutRecords_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "data", NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutRecords_context_params[] = {
    {"StreamARN", "StreamARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_PutRecords = {
    .name = "PutRecords",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[92],
    .output = &awsc__kinesis_tables.shapes[93],
    .errors = op_PutRecords_errors,
    .error_count = 11,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_PutRecords_static_params,
    .static_param_count = 1,
    .context_params = op_PutRecords_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_put_records(struct awsc_client *client,
                             const struct awsc_kinesis_put_records_input *input,
                             struct awsc_kinesis_put_records_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutRecords, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_records_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_put_records_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_put_records_async(struct awsc_client *client,
                                   const struct awsc_kinesis_put_records_input *input,
                                   awsc_kinesis_put_records_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutRecords, input, put_records_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutResourcePolicy_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_PutResourcePolicy_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutResourcePolicy_context_params[] = {
    {"ResourceARN", "ResourceARN", 0, NULL},
    {"StreamId", "StreamId", 1, NULL},
};

static const struct awsc_operation op_PutResourcePolicy = {
    .name = "PutResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[98],
    .output = NULL,
    .errors = op_PutResourcePolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_PutResourcePolicy_static_params,
    .static_param_count = 1,
    .context_params = op_PutResourcePolicy_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_put_resource_policy(struct awsc_client *client,
                                     const struct awsc_kinesis_put_resource_policy_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &op_PutResourcePolicy, input, NULL, err);
}

static void put_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_put_resource_policy_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_put_resource_policy_async(struct awsc_client *client,
                                           const struct awsc_kinesis_put_resource_policy_input *input,
                                           awsc_kinesis_put_resource_policy_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutResourcePolicy, input, put_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RegisterStreamConsumer_errors[] = {
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_RegisterStreamConsumer_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_RegisterStreamConsumer_context_params[] = {
    {"StreamARN", "StreamARN", 0, NULL},
    {"StreamId", "StreamId", 2, NULL},
};

static const struct awsc_operation op_RegisterStreamConsumer = {
    .name = "RegisterStreamConsumer",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[101],
    .output = &awsc__kinesis_tables.shapes[102],
    .errors = op_RegisterStreamConsumer_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_RegisterStreamConsumer_static_params,
    .static_param_count = 1,
    .context_params = op_RegisterStreamConsumer_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_register_stream_consumer(struct awsc_client *client,
                                          const struct awsc_kinesis_register_stream_consumer_input *input,
                                          struct awsc_kinesis_register_stream_consumer_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RegisterStreamConsumer, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void register_stream_consumer_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_register_stream_consumer_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_register_stream_consumer_async(struct awsc_client *client,
                                                const struct awsc_kinesis_register_stream_consumer_input *input,
                                                awsc_kinesis_register_stream_consumer_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RegisterStreamConsumer, input, register_stream_consumer_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemoveTagsFromStream_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_RemoveTagsFromStream_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_RemoveTagsFromStream_context_params[] = {
    {"StreamARN", "StreamARN", 2, NULL},
    {"StreamId", "StreamId", 3, NULL},
};

static const struct awsc_operation op_RemoveTagsFromStream = {
    .name = "RemoveTagsFromStream",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[103],
    .output = NULL,
    .errors = op_RemoveTagsFromStream_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_RemoveTagsFromStream_static_params,
    .static_param_count = 1,
    .context_params = op_RemoveTagsFromStream_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_remove_tags_from_stream(struct awsc_client *client,
                                         const struct awsc_kinesis_remove_tags_from_stream_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &op_RemoveTagsFromStream, input, NULL, err);
}

static void remove_tags_from_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_remove_tags_from_stream_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_remove_tags_from_stream_async(struct awsc_client *client,
                                               const struct awsc_kinesis_remove_tags_from_stream_input *input,
                                               awsc_kinesis_remove_tags_from_stream_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RemoveTagsFromStream, input, remove_tags_from_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SplitShard_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
    &awsc__kinesis_tables.shapes[156],
};
static const struct awsc_endpoint_param op_SplitShard_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_SplitShard_context_params[] = {
    {"StreamARN", "StreamARN", 3, NULL},
    {"StreamId", "StreamId", 4, NULL},
};

static const struct awsc_operation op_SplitShard = {
    .name = "SplitShard",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[120],
    .output = NULL,
    .errors = op_SplitShard_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_SplitShard_static_params,
    .static_param_count = 1,
    .context_params = op_SplitShard_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_split_shard(struct awsc_client *client,
                             const struct awsc_kinesis_split_shard_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &op_SplitShard, input, NULL, err);
}

static void split_shard_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_split_shard_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_split_shard_async(struct awsc_client *client,
                                   const struct awsc_kinesis_split_shard_input *input,
                                   awsc_kinesis_split_shard_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SplitShard, input, split_shard_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartStreamEncryption_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[51],
    &awsc__kinesis_tables.shapes[52],
    &awsc__kinesis_tables.shapes[53],
    &awsc__kinesis_tables.shapes[54],
    &awsc__kinesis_tables.shapes[55],
    &awsc__kinesis_tables.shapes[56],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_StartStreamEncryption_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_StartStreamEncryption_context_params[] = {
    {"StreamARN", "StreamARN", 3, NULL},
    {"StreamId", "StreamId", 4, NULL},
};

static const struct awsc_operation op_StartStreamEncryption = {
    .name = "StartStreamEncryption",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[121],
    .output = NULL,
    .errors = op_StartStreamEncryption_errors,
    .error_count = 11,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_StartStreamEncryption_static_params,
    .static_param_count = 1,
    .context_params = op_StartStreamEncryption_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_start_stream_encryption(struct awsc_client *client,
                                         const struct awsc_kinesis_start_stream_encryption_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &op_StartStreamEncryption, input, NULL, err);
}

static void start_stream_encryption_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_start_stream_encryption_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_start_stream_encryption_async(struct awsc_client *client,
                                               const struct awsc_kinesis_start_stream_encryption_input *input,
                                               awsc_kinesis_start_stream_encryption_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StartStreamEncryption, input, start_stream_encryption_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StopStreamEncryption_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_StopStreamEncryption_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_StopStreamEncryption_context_params[] = {
    {"StreamARN", "StreamARN", 3, NULL},
    {"StreamId", "StreamId", 4, NULL},
};

static const struct awsc_operation op_StopStreamEncryption = {
    .name = "StopStreamEncryption",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[123],
    .output = NULL,
    .errors = op_StopStreamEncryption_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_StopStreamEncryption_static_params,
    .static_param_count = 1,
    .context_params = op_StopStreamEncryption_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_stop_stream_encryption(struct awsc_client *client,
                                        const struct awsc_kinesis_stop_stream_encryption_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &op_StopStreamEncryption, input, NULL, err);
}

static void stop_stream_encryption_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_stop_stream_encryption_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_stop_stream_encryption_async(struct awsc_client *client,
                                              const struct awsc_kinesis_stop_stream_encryption_input *input,
                                              awsc_kinesis_stop_stream_encryption_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StopStreamEncryption, input, stop_stream_encryption_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SubscribeToShard_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_SubscribeToShard_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "data", NULL, 0},
};
static const struct awsc_endpoint_context_param op_SubscribeToShard_context_params[] = {
    {"ConsumerARN", "ConsumerARN", 0, NULL},
    {"StreamId", "StreamId", 1, NULL},
};

static const struct awsc_operation op_SubscribeToShard = {
    .name = "SubscribeToShard",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[137],
    .output = &awsc__kinesis_tables.shapes[138],
    .errors = op_SubscribeToShard_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_SubscribeToShard_static_params,
    .static_param_count = 1,
    .context_params = op_SubscribeToShard_context_params,
    .context_param_count = 2,
};

static int subscribe_to_shard_event(awsc_fn *on_event, void *user_data, const void *event)
{
    return ((awsc_kinesis_subscribe_to_shard_event_cb *)on_event)(user_data, event);
}

int awsc_kinesis_subscribe_to_shard(struct awsc_client *client,
                                    const struct awsc_kinesis_subscribe_to_shard_input *input,
                                    awsc_kinesis_subscribe_to_shard_event_cb *on_event,
                                    void *user_data,
                                    struct awsc_kinesis_subscribe_to_shard_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call_events_typed(client, &op_SubscribeToShard, input, subscribe_to_shard_event, (awsc_fn *)on_event, user_data, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void subscribe_to_shard_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_subscribe_to_shard_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_subscribe_to_shard_async(struct awsc_client *client,
                                          const struct awsc_kinesis_subscribe_to_shard_input *input,
                                          awsc_kinesis_subscribe_to_shard_event_cb *on_event,
                                          awsc_kinesis_subscribe_to_shard_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_events_async_typed(client, &op_SubscribeToShard, input, subscribe_to_shard_event, (awsc_fn *)on_event, subscribe_to_shard_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagResource_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_TagResource_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_TagResource_context_params[] = {
    {"ResourceARN", "ResourceARN", 1, NULL},
    {"StreamId", "StreamId", 2, NULL},
};

static const struct awsc_operation op_TagResource = {
    .name = "TagResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[144],
    .output = NULL,
    .errors = op_TagResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_TagResource_static_params,
    .static_param_count = 1,
    .context_params = op_TagResource_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_tag_resource(struct awsc_client *client,
                              const struct awsc_kinesis_tag_resource_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &op_TagResource, input, NULL, err);
}

static void tag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_tag_resource_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_tag_resource_async(struct awsc_client *client,
                                    const struct awsc_kinesis_tag_resource_input *input,
                                    awsc_kinesis_tag_resource_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagResource, input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagResource_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
};
static const struct awsc_endpoint_param op_UntagResource_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_UntagResource_context_params[] = {
    {"ResourceARN", "ResourceARN", 1, NULL},
    {"StreamId", "StreamId", 2, NULL},
};

static const struct awsc_operation op_UntagResource = {
    .name = "UntagResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[147],
    .output = NULL,
    .errors = op_UntagResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_UntagResource_static_params,
    .static_param_count = 1,
    .context_params = op_UntagResource_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_untag_resource(struct awsc_client *client,
                                const struct awsc_kinesis_untag_resource_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &op_UntagResource, input, NULL, err);
}

static void untag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_untag_resource_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_untag_resource_async(struct awsc_client *client,
                                      const struct awsc_kinesis_untag_resource_input *input,
                                      awsc_kinesis_untag_resource_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagResource, input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateAccountSettings_errors[] = {
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[156],
};

static const struct awsc_operation op_UpdateAccountSettings = {
    .name = "UpdateAccountSettings",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[148],
    .output = &awsc__kinesis_tables.shapes[149],
    .errors = op_UpdateAccountSettings_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
};

int awsc_kinesis_update_account_settings(struct awsc_client *client,
                                         const struct awsc_kinesis_update_account_settings_input *input,
                                         struct awsc_kinesis_update_account_settings_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateAccountSettings, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_account_settings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_update_account_settings_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_update_account_settings_async(struct awsc_client *client,
                                               const struct awsc_kinesis_update_account_settings_input *input,
                                               awsc_kinesis_update_account_settings_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateAccountSettings, input, update_account_settings_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateMaxRecordSize_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
    &awsc__kinesis_tables.shapes[156],
};
static const struct awsc_endpoint_param op_UpdateMaxRecordSize_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_UpdateMaxRecordSize_context_params[] = {
    {"StreamARN", "StreamARN", 0, NULL},
    {"StreamId", "StreamId", 1, NULL},
};

static const struct awsc_operation op_UpdateMaxRecordSize = {
    .name = "UpdateMaxRecordSize",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[150],
    .output = NULL,
    .errors = op_UpdateMaxRecordSize_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_UpdateMaxRecordSize_static_params,
    .static_param_count = 1,
    .context_params = op_UpdateMaxRecordSize_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_update_max_record_size(struct awsc_client *client,
                                        const struct awsc_kinesis_update_max_record_size_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateMaxRecordSize, input, NULL, err);
}

static void update_max_record_size_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_update_max_record_size_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_update_max_record_size_async(struct awsc_client *client,
                                              const struct awsc_kinesis_update_max_record_size_input *input,
                                              awsc_kinesis_update_max_record_size_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateMaxRecordSize, input, update_max_record_size_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateShardCount_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
    &awsc__kinesis_tables.shapes[156],
};
static const struct awsc_endpoint_param op_UpdateShardCount_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_UpdateShardCount_context_params[] = {
    {"StreamARN", "StreamARN", 3, NULL},
    {"StreamId", "StreamId", 4, NULL},
};

static const struct awsc_operation op_UpdateShardCount = {
    .name = "UpdateShardCount",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[151],
    .output = &awsc__kinesis_tables.shapes[152],
    .errors = op_UpdateShardCount_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_UpdateShardCount_static_params,
    .static_param_count = 1,
    .context_params = op_UpdateShardCount_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_update_shard_count(struct awsc_client *client,
                                    const struct awsc_kinesis_update_shard_count_input *input,
                                    struct awsc_kinesis_update_shard_count_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateShardCount, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_shard_count_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_update_shard_count_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_update_shard_count_async(struct awsc_client *client,
                                          const struct awsc_kinesis_update_shard_count_input *input,
                                          awsc_kinesis_update_shard_count_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateShardCount, input, update_shard_count_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateStreamMode_errors[] = {
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
    &awsc__kinesis_tables.shapes[156],
};
static const struct awsc_endpoint_param op_UpdateStreamMode_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_UpdateStreamMode_context_params[] = {
    {"StreamARN", "StreamARN", 0, NULL},
    {"StreamId", "StreamId", 1, NULL},
};

static const struct awsc_operation op_UpdateStreamMode = {
    .name = "UpdateStreamMode",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[153],
    .output = NULL,
    .errors = op_UpdateStreamMode_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_UpdateStreamMode_static_params,
    .static_param_count = 1,
    .context_params = op_UpdateStreamMode_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_update_stream_mode(struct awsc_client *client,
                                    const struct awsc_kinesis_update_stream_mode_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateStreamMode, input, NULL, err);
}

static void update_stream_mode_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_kinesis_update_stream_mode_cb *)cb)(user_data, status, err);
}

int awsc_kinesis_update_stream_mode_async(struct awsc_client *client,
                                          const struct awsc_kinesis_update_stream_mode_input *input,
                                          awsc_kinesis_update_stream_mode_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateStreamMode, input, update_stream_mode_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateStreamWarmThroughput_errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
    &awsc__kinesis_tables.shapes[156],
};
static const struct awsc_endpoint_param op_UpdateStreamWarmThroughput_static_params[] = {
    {"OperationType", AWSC_EP_PARAM_STRING, false, "control", NULL, 0},
};
static const struct awsc_endpoint_context_param op_UpdateStreamWarmThroughput_context_params[] = {
    {"StreamARN", "StreamARN", 0, NULL},
    {"StreamId", "StreamId", 2, NULL},
};

static const struct awsc_operation op_UpdateStreamWarmThroughput = {
    .name = "UpdateStreamWarmThroughput",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__kinesis_tables.shapes[154],
    .output = &awsc__kinesis_tables.shapes[155],
    .errors = op_UpdateStreamWarmThroughput_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_kinesis_service,
    .static_params = op_UpdateStreamWarmThroughput_static_params,
    .static_param_count = 1,
    .context_params = op_UpdateStreamWarmThroughput_context_params,
    .context_param_count = 2,
};

int awsc_kinesis_update_stream_warm_throughput(struct awsc_client *client,
                                               const struct awsc_kinesis_update_stream_warm_throughput_input *input,
                                               struct awsc_kinesis_update_stream_warm_throughput_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateStreamWarmThroughput, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_stream_warm_throughput_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_kinesis_update_stream_warm_throughput_cb *)cb)(user_data, status, output, err);
}

int awsc_kinesis_update_stream_warm_throughput_async(struct awsc_client *client,
                                                     const struct awsc_kinesis_update_stream_warm_throughput_input *input,
                                                     awsc_kinesis_update_stream_warm_throughput_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateStreamWarmThroughput, input, update_stream_warm_throughput_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AddTagsToStream,
    &op_CreateStream,
    &op_DecreaseStreamRetentionPeriod,
    &op_DeleteResourcePolicy,
    &op_DeleteStream,
    &op_DeregisterStreamConsumer,
    &op_DescribeAccountSettings,
    &op_DescribeLimits,
    &op_DescribeStream,
    &op_DescribeStreamConsumer,
    &op_DescribeStreamSummary,
    &op_DisableEnhancedMonitoring,
    &op_EnableEnhancedMonitoring,
    &op_GetRecords,
    &op_GetResourcePolicy,
    &op_GetShardIterator,
    &op_IncreaseStreamRetentionPeriod,
    &op_ListShards,
    &op_ListStreamConsumers,
    &op_ListStreams,
    &op_ListTagsForResource,
    &op_ListTagsForStream,
    &op_MergeShards,
    &op_PutRecord,
    &op_PutRecords,
    &op_PutResourcePolicy,
    &op_RegisterStreamConsumer,
    &op_RemoveTagsFromStream,
    &op_SplitShard,
    &op_StartStreamEncryption,
    &op_StopStreamEncryption,
    &op_SubscribeToShard,
    &op_TagResource,
    &op_UntagResource,
    &op_UpdateAccountSettings,
    &op_UpdateMaxRecordSize,
    &op_UpdateShardCount,
    &op_UpdateStreamMode,
    &op_UpdateStreamWarmThroughput,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__kinesis_tables.shapes[0],
    &awsc__kinesis_tables.shapes[37],
    &awsc__kinesis_tables.shapes[38],
    &awsc__kinesis_tables.shapes[49],
    &awsc__kinesis_tables.shapes[50],
    &awsc__kinesis_tables.shapes[51],
    &awsc__kinesis_tables.shapes[52],
    &awsc__kinesis_tables.shapes[53],
    &awsc__kinesis_tables.shapes[54],
    &awsc__kinesis_tables.shapes[55],
    &awsc__kinesis_tables.shapes[56],
    &awsc__kinesis_tables.shapes[58],
    &awsc__kinesis_tables.shapes[89],
    &awsc__kinesis_tables.shapes[105],
    &awsc__kinesis_tables.shapes[106],
    &awsc__kinesis_tables.shapes[156],
};

const struct awsc_service awsc_kinesis_service = {
    .name = "kinesis",
    .service_id = "Kinesis",
    .full_name = "Amazon Kinesis",
    .api_version = "2013-12-02",
    .endpoint_prefix = "kinesis",
    .signing_name = "kinesis",
    .target_prefix = "Kinesis_20131202",
    .json_version = "1.1",
    .xml_namespace = NULL,
    .env_name = "KINESIS",
    .protocol = AWSC_PROTO_JSON,
    .operations = operations,
    .operation_count = 39,
    .errors = errors,
    .error_count = 16,
    .flags = 0,
    .ruleset = &awsc__kinesis_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__kinesis_pagers.paginators,
    .paginator_count = 4,
#endif
#if AWSC_WITH_WAITERS
    .waiters = awsc__kinesis_pagers.waiters,
    .waiter_count = 2,
#endif
};
