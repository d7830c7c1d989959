/*
 * bedrock_runtime_ops.c - operations of Bedrock Runtime: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * bedrock_runtime_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/bedrock-runtime.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__BEDROCK_RUNTIME_TABLES
#define AWSC__BEDROCK_RUNTIME_TABLES

/* The endpoint rule set of bedrock-runtime: a part of the service's tables. */
struct awsc__bedrock_runtime_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[26];
    struct awsc_ep_expr exprs[32];
    uint16_t args[36];
    struct awsc_ep_endpoint endpoints[5];
    char strings[496];
};
/* The service, its operations and every shape, member and name of
 * Bedrock Runtime, in one object. */
struct awsc__bedrock_runtime_tables {
    struct awsc_service service;
    struct awsc_operation operations[11];
    awsc_ref op_errors[84];
    awsc_ref service_errors[12];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__bedrock_runtime_pagers pagers; /* <awsc/bedrock-runtime.h> */
#endif
    struct awsc__bedrock_runtime_rules rules;
    struct awsc_structure_shape structures[193];
    struct awsc_collection_shape collections[51];
    struct awsc_enum_shape enums[45];
    struct awsc_shape scalars[104];
    struct awsc_shape_traits traits[103];
    struct awsc_member members[536];
    uint16_t by_wire_name[536];
    struct awsc_range ranges[89];
    char strings[5936];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[10034];
#endif
};
extern const struct awsc__bedrock_runtime_tables awsc__bedrock_runtime_tables AWSC__HIDDEN;
#endif

int awsc_bedrock_runtime_apply_guardrail(struct awsc_client *client,
                                         const struct awsc_bedrock_runtime_apply_guardrail_input *input,
                                         struct awsc_bedrock_runtime_apply_guardrail_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__bedrock_runtime_tables.operations[0], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__bedrock_runtime_tables.operations[0], input, apply_guardrail_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_converse(struct awsc_client *client,
                                  const struct awsc_bedrock_runtime_converse_input *input,
                                  struct awsc_bedrock_runtime_converse_response **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__bedrock_runtime_tables.operations[1], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__bedrock_runtime_tables.operations[1], input, converse_done, (awsc_fn *)cb, user_data, err);
}

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
    int status = awsc_call_events_typed(client, &awsc__bedrock_runtime_tables.operations[2], input, converse_stream_event, (awsc_fn *)on_event, user_data, &out, err);
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
    return awsc_call_events_async_typed(client, &awsc__bedrock_runtime_tables.operations[2], input, converse_stream_event, (awsc_fn *)on_event, converse_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_count_tokens(struct awsc_client *client,
                                      const struct awsc_bedrock_runtime_count_tokens_request *input,
                                      struct awsc_bedrock_runtime_count_tokens_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__bedrock_runtime_tables.operations[3], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__bedrock_runtime_tables.operations[3], input, count_tokens_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_get_async_invoke(struct awsc_client *client,
                                          const struct awsc_bedrock_runtime_get_async_invoke_input *input,
                                          struct awsc_bedrock_runtime_get_async_invoke_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__bedrock_runtime_tables.operations[4], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__bedrock_runtime_tables.operations[4], input, get_async_invoke_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_invoke_guardrail_checks(struct awsc_client *client,
                                                 const struct awsc_bedrock_runtime_invoke_guardrail_checks_input *input,
                                                 struct awsc_bedrock_runtime_invoke_guardrail_checks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__bedrock_runtime_tables.operations[5], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__bedrock_runtime_tables.operations[5], input, invoke_guardrail_checks_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_invoke_model(struct awsc_client *client,
                                      const struct awsc_bedrock_runtime_invoke_model_input *input,
                                      struct awsc_bedrock_runtime_invoke_model_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__bedrock_runtime_tables.operations[6], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__bedrock_runtime_tables.operations[6], input, invoke_model_done, (awsc_fn *)cb, user_data, err);
}

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
    int status = awsc_call_events_typed(client, &awsc__bedrock_runtime_tables.operations[7], input, invoke_model_with_bidirectional_stream_event, (awsc_fn *)on_event, user_data, &out, err);
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
    return awsc_call_events_async_typed(client, &awsc__bedrock_runtime_tables.operations[7], input, invoke_model_with_bidirectional_stream_event, (awsc_fn *)on_event, invoke_model_with_bidirectional_stream_done, (awsc_fn *)cb, user_data, err);
}

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
    int status = awsc_call_events_typed(client, &awsc__bedrock_runtime_tables.operations[8], input, invoke_model_with_response_stream_event, (awsc_fn *)on_event, user_data, &out, err);
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
    return awsc_call_events_async_typed(client, &awsc__bedrock_runtime_tables.operations[8], input, invoke_model_with_response_stream_event, (awsc_fn *)on_event, invoke_model_with_response_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_list_async_invokes(struct awsc_client *client,
                                            const struct awsc_bedrock_runtime_list_async_invokes_input *input,
                                            struct awsc_bedrock_runtime_list_async_invokes_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__bedrock_runtime_tables.operations[9], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__bedrock_runtime_tables.operations[9], input, list_async_invokes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_start_async_invoke(struct awsc_client *client,
                                            const struct awsc_bedrock_runtime_start_async_invoke_input *input,
                                            struct awsc_bedrock_runtime_start_async_invoke_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__bedrock_runtime_tables.operations[10], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__bedrock_runtime_tables.operations[10], input, start_async_invoke_done, (awsc_fn *)cb, user_data, err);
}
