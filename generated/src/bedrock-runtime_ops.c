/*
 * bedrock_runtime_ops.c - operations of Bedrock Runtime: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/bedrock-runtime.h>
#include <awsc/shape.h>

#ifndef AWSC__BEDROCK_RUNTIME_TABLES
#define AWSC__BEDROCK_RUNTIME_TABLES
/* Every shape, member and name of Bedrock Runtime in one object (bedrock_runtime_shapes.c). */
struct awsc__bedrock_runtime_tables {
    struct awsc_shape shapes[393];
    struct awsc_member members[536];
    uint16_t by_wire_name[536];
    struct awsc_range ranges[89];
    char strings[15329];
};
extern const struct awsc__bedrock_runtime_tables awsc__bedrock_runtime_tables;
#endif
extern const struct awsc_ruleset awsc__bedrock_runtime_ruleset;
static const struct awsc_shape *const op_ApplyGuardrail_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[321],
    &awsc__bedrock_runtime_tables.shapes[332],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_ApplyGuardrail = {
    .name = "ApplyGuardrail",
    .http_method = "POST",
    .request_uri = "/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply",
    .input = &awsc__bedrock_runtime_tables.shapes[4],
    .output = &awsc__bedrock_runtime_tables.shapes[5],
    .errors = op_ApplyGuardrail_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

int awsc_bedrock_runtime_apply_guardrail(struct awsc_client *client,
                                         const struct awsc_bedrock_runtime_apply_guardrail_input *input,
                                         struct awsc_bedrock_runtime_apply_guardrail_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ApplyGuardrail, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void apply_guardrail_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_apply_guardrail_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_apply_guardrail_async(struct awsc_client *client,
                                               const struct awsc_bedrock_runtime_apply_guardrail_input *input,
                                               awsc_bedrock_runtime_apply_guardrail_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ApplyGuardrail, input, apply_guardrail_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_Converse_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[292],
    &awsc__bedrock_runtime_tables.shapes[294],
    &awsc__bedrock_runtime_tables.shapes[297],
    &awsc__bedrock_runtime_tables.shapes[321],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_Converse = {
    .name = "Converse",
    .http_method = "POST",
    .request_uri = "/model/{modelId}/converse",
    .input = &awsc__bedrock_runtime_tables.shapes[56],
    .output = &awsc__bedrock_runtime_tables.shapes[59],
    .errors = op_Converse_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

int awsc_bedrock_runtime_converse(struct awsc_client *client,
                                  const struct awsc_bedrock_runtime_converse_input *input,
                                  struct awsc_bedrock_runtime_converse_response **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_Converse, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void converse_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_converse_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_converse_async(struct awsc_client *client,
                                        const struct awsc_bedrock_runtime_converse_input *input,
                                        awsc_bedrock_runtime_converse_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_Converse, input, converse_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ConverseStream_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[292],
    &awsc__bedrock_runtime_tables.shapes[294],
    &awsc__bedrock_runtime_tables.shapes[297],
    &awsc__bedrock_runtime_tables.shapes[321],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_ConverseStream = {
    .name = "ConverseStream",
    .http_method = "POST",
    .request_uri = "/model/{modelId}/converse-stream",
    .input = &awsc__bedrock_runtime_tables.shapes[63],
    .output = &awsc__bedrock_runtime_tables.shapes[66],
    .errors = op_ConverseStream_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

static int converse_stream_event(awsc_fn *on_event, void *user_data, const void *event)
{
    return ((awsc_bedrock_runtime_converse_stream_event_cb *)on_event)(user_data, event);
}

int awsc_bedrock_runtime_converse_stream(struct awsc_client *client,
                                         const struct awsc_bedrock_runtime_converse_stream_input *input,
                                         awsc_bedrock_runtime_converse_stream_event_cb *on_event,
                                         void *user_data,
                                         struct awsc_bedrock_runtime_converse_stream_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call_events_typed(client, &op_ConverseStream, input, converse_stream_event, (awsc_fn *)on_event, user_data, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void converse_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_converse_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_converse_stream_async(struct awsc_client *client,
                                               const struct awsc_bedrock_runtime_converse_stream_input *input,
                                               awsc_bedrock_runtime_converse_stream_event_cb *on_event,
                                               awsc_bedrock_runtime_converse_stream_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_events_async_typed(client, &op_ConverseStream, input, converse_stream_event, (awsc_fn *)on_event, converse_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CountTokens_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[321],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_CountTokens = {
    .name = "CountTokens",
    .http_method = "POST",
    .request_uri = "/model/{modelId}/count-tokens",
    .input = &awsc__bedrock_runtime_tables.shapes[71],
    .output = &awsc__bedrock_runtime_tables.shapes[72],
    .errors = op_CountTokens_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

int awsc_bedrock_runtime_count_tokens(struct awsc_client *client,
                                      const struct awsc_bedrock_runtime_count_tokens_request *input,
                                      struct awsc_bedrock_runtime_count_tokens_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CountTokens, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void count_tokens_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_count_tokens_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_count_tokens_async(struct awsc_client *client,
                                            const struct awsc_bedrock_runtime_count_tokens_request *input,
                                            awsc_bedrock_runtime_count_tokens_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CountTokens, input, count_tokens_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAsyncInvoke_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_GetAsyncInvoke = {
    .name = "GetAsyncInvoke",
    .http_method = "GET",
    .request_uri = "/async-invoke/{invocationArn}",
    .input = &awsc__bedrock_runtime_tables.shapes[95],
    .output = &awsc__bedrock_runtime_tables.shapes[96],
    .errors = op_GetAsyncInvoke_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

int awsc_bedrock_runtime_get_async_invoke(struct awsc_client *client,
                                          const struct awsc_bedrock_runtime_get_async_invoke_input *input,
                                          struct awsc_bedrock_runtime_get_async_invoke_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAsyncInvoke, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_async_invoke_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_get_async_invoke_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_get_async_invoke_async(struct awsc_client *client,
                                                const struct awsc_bedrock_runtime_get_async_invoke_input *input,
                                                awsc_bedrock_runtime_get_async_invoke_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetAsyncInvoke, input, get_async_invoke_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_InvokeGuardrailChecks_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_InvokeGuardrailChecks = {
    .name = "InvokeGuardrailChecks",
    .http_method = "POST",
    .request_uri = "/guardrail-checks/invoke",
    .input = &awsc__bedrock_runtime_tables.shapes[268],
    .output = &awsc__bedrock_runtime_tables.shapes[269],
    .errors = op_InvokeGuardrailChecks_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

int awsc_bedrock_runtime_invoke_guardrail_checks(struct awsc_client *client,
                                                 const struct awsc_bedrock_runtime_invoke_guardrail_checks_input *input,
                                                 struct awsc_bedrock_runtime_invoke_guardrail_checks_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_InvokeGuardrailChecks, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void invoke_guardrail_checks_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_invoke_guardrail_checks_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_invoke_guardrail_checks_async(struct awsc_client *client,
                                                       const struct awsc_bedrock_runtime_invoke_guardrail_checks_input *input,
                                                       awsc_bedrock_runtime_invoke_guardrail_checks_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_InvokeGuardrailChecks, input, invoke_guardrail_checks_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_InvokeModel_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[292],
    &awsc__bedrock_runtime_tables.shapes[294],
    &awsc__bedrock_runtime_tables.shapes[297],
    &awsc__bedrock_runtime_tables.shapes[321],
    &awsc__bedrock_runtime_tables.shapes[332],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_InvokeModel = {
    .name = "InvokeModel",
    .http_method = "POST",
    .request_uri = "/model/{modelId}/invoke",
    .input = &awsc__bedrock_runtime_tables.shapes[271],
    .output = &awsc__bedrock_runtime_tables.shapes[272],
    .errors = op_InvokeModel_errors,
    .error_count = 10,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

int awsc_bedrock_runtime_invoke_model(struct awsc_client *client,
                                      const struct awsc_bedrock_runtime_invoke_model_input *input,
                                      struct awsc_bedrock_runtime_invoke_model_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_InvokeModel, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void invoke_model_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_invoke_model_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_invoke_model_async(struct awsc_client *client,
                                            const struct awsc_bedrock_runtime_invoke_model_input *input,
                                            awsc_bedrock_runtime_invoke_model_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_InvokeModel, input, invoke_model_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_InvokeModelWithBidirectionalStream_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[292],
    &awsc__bedrock_runtime_tables.shapes[294],
    &awsc__bedrock_runtime_tables.shapes[296],
    &awsc__bedrock_runtime_tables.shapes[297],
    &awsc__bedrock_runtime_tables.shapes[321],
    &awsc__bedrock_runtime_tables.shapes[332],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_InvokeModelWithBidirectionalStream = {
    .name = "InvokeModelWithBidirectionalStream",
    .http_method = "POST",
    .request_uri = "/model/{modelId}/invoke-with-bidirectional-stream",
    .input = &awsc__bedrock_runtime_tables.shapes[276],
    .output = &awsc__bedrock_runtime_tables.shapes[277],
    .errors = op_InvokeModelWithBidirectionalStream_errors,
    .error_count = 11,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

static int invoke_model_with_bidirectional_stream_event(awsc_fn *on_event, void *user_data, const void *event)
{
    return ((awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event_cb *)on_event)(user_data, event);
}

int awsc_bedrock_runtime_invoke_model_with_bidirectional_stream(struct awsc_client *client,
                                                                const struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request *input,
                                                                awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event_cb *on_event,
                                                                void *user_data,
                                                                struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output **output,
                                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call_events_typed(client, &op_InvokeModelWithBidirectionalStream, input, invoke_model_with_bidirectional_stream_event, (awsc_fn *)on_event, user_data, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void invoke_model_with_bidirectional_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_async(struct awsc_client *client,
                                                                      const struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request *input,
                                                                      awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event_cb *on_event,
                                                                      awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_call_events_async_typed(client, &op_InvokeModelWithBidirectionalStream, input, invoke_model_with_bidirectional_stream_event, (awsc_fn *)on_event, invoke_model_with_bidirectional_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_InvokeModelWithResponseStream_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[292],
    &awsc__bedrock_runtime_tables.shapes[294],
    &awsc__bedrock_runtime_tables.shapes[296],
    &awsc__bedrock_runtime_tables.shapes[297],
    &awsc__bedrock_runtime_tables.shapes[321],
    &awsc__bedrock_runtime_tables.shapes[332],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_InvokeModelWithResponseStream = {
    .name = "InvokeModelWithResponseStream",
    .http_method = "POST",
    .request_uri = "/model/{modelId}/invoke-with-response-stream",
    .input = &awsc__bedrock_runtime_tables.shapes[278],
    .output = &awsc__bedrock_runtime_tables.shapes[279],
    .errors = op_InvokeModelWithResponseStream_errors,
    .error_count = 11,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

static int invoke_model_with_response_stream_event(awsc_fn *on_event, void *user_data, const void *event)
{
    return ((awsc_bedrock_runtime_invoke_model_with_response_stream_event_cb *)on_event)(user_data, event);
}

int awsc_bedrock_runtime_invoke_model_with_response_stream(struct awsc_client *client,
                                                           const struct awsc_bedrock_runtime_invoke_model_with_response_stream_input *input,
                                                           awsc_bedrock_runtime_invoke_model_with_response_stream_event_cb *on_event,
                                                           void *user_data,
                                                           struct awsc_bedrock_runtime_invoke_model_with_response_stream_output **output,
                                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call_events_typed(client, &op_InvokeModelWithResponseStream, input, invoke_model_with_response_stream_event, (awsc_fn *)on_event, user_data, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void invoke_model_with_response_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_invoke_model_with_response_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_invoke_model_with_response_stream_async(struct awsc_client *client,
                                                                 const struct awsc_bedrock_runtime_invoke_model_with_response_stream_input *input,
                                                                 awsc_bedrock_runtime_invoke_model_with_response_stream_event_cb *on_event,
                                                                 awsc_bedrock_runtime_invoke_model_with_response_stream_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_call_events_async_typed(client, &op_InvokeModelWithResponseStream, input, invoke_model_with_response_stream_event, (awsc_fn *)on_event, invoke_model_with_response_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAsyncInvokes_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_ListAsyncInvokes = {
    .name = "ListAsyncInvokes",
    .http_method = "GET",
    .request_uri = "/async-invoke",
    .input = &awsc__bedrock_runtime_tables.shapes[283],
    .output = &awsc__bedrock_runtime_tables.shapes[284],
    .errors = op_ListAsyncInvokes_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

int awsc_bedrock_runtime_list_async_invokes(struct awsc_client *client,
                                            const struct awsc_bedrock_runtime_list_async_invokes_input *input,
                                            struct awsc_bedrock_runtime_list_async_invokes_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAsyncInvokes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_async_invokes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_list_async_invokes_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_list_async_invokes_async(struct awsc_client *client,
                                                  const struct awsc_bedrock_runtime_list_async_invokes_input *input,
                                                  awsc_bedrock_runtime_list_async_invokes_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListAsyncInvokes, input, list_async_invokes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartAsyncInvoke_errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[44],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[321],
    &awsc__bedrock_runtime_tables.shapes[332],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

static const struct awsc_operation op_StartAsyncInvoke = {
    .name = "StartAsyncInvoke",
    .http_method = "POST",
    .request_uri = "/async-invoke",
    .input = &awsc__bedrock_runtime_tables.shapes[339],
    .output = &awsc__bedrock_runtime_tables.shapes[340],
    .errors = op_StartAsyncInvoke_errors,
    .error_count = 8,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_bedrock_runtime_service,
};

int awsc_bedrock_runtime_start_async_invoke(struct awsc_client *client,
                                            const struct awsc_bedrock_runtime_start_async_invoke_input *input,
                                            struct awsc_bedrock_runtime_start_async_invoke_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartAsyncInvoke, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void start_async_invoke_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_start_async_invoke_cb *)cb)(user_data, status, output, err);
}

int awsc_bedrock_runtime_start_async_invoke_async(struct awsc_client *client,
                                                  const struct awsc_bedrock_runtime_start_async_invoke_input *input,
                                                  awsc_bedrock_runtime_start_async_invoke_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StartAsyncInvoke, input, start_async_invoke_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_ApplyGuardrail,
    &op_Converse,
    &op_ConverseStream,
    &op_CountTokens,
    &op_GetAsyncInvoke,
    &op_InvokeGuardrailChecks,
    &op_InvokeModel,
    &op_InvokeModelWithBidirectionalStream,
    &op_InvokeModelWithResponseStream,
    &op_ListAsyncInvokes,
    &op_StartAsyncInvoke,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__bedrock_runtime_tables.shapes[0],
    &awsc__bedrock_runtime_tables.shapes[44],
    &awsc__bedrock_runtime_tables.shapes[266],
    &awsc__bedrock_runtime_tables.shapes[292],
    &awsc__bedrock_runtime_tables.shapes[294],
    &awsc__bedrock_runtime_tables.shapes[296],
    &awsc__bedrock_runtime_tables.shapes[297],
    &awsc__bedrock_runtime_tables.shapes[321],
    &awsc__bedrock_runtime_tables.shapes[332],
    &awsc__bedrock_runtime_tables.shapes[335],
    &awsc__bedrock_runtime_tables.shapes[353],
    &awsc__bedrock_runtime_tables.shapes[387],
};

const struct awsc_service awsc_bedrock_runtime_service = {
    .name = "bedrock-runtime",
    .service_id = "Bedrock Runtime",
    .full_name = "Amazon Bedrock Runtime",
    .api_version = "2023-09-30",
    .endpoint_prefix = "bedrock-runtime",
    .signing_name = "bedrock",
    .target_prefix = NULL,
    .json_version = NULL,
    .xml_namespace = NULL,
    .env_name = "BEDROCK_RUNTIME",
    .protocol = AWSC_PROTO_REST_JSON,
    .operations = operations,
    .operation_count = 11,
    .errors = errors,
    .error_count = 12,
    .flags = 0,
    .ruleset = &awsc__bedrock_runtime_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__bedrock_runtime_pagers.paginators,
    .paginator_count = 1,
#endif
};
