/*
 * Bedrock ConverseStream: ask a model a question and print its answer as
 * it streams in, then why it stopped and the tokens it took.
 *
 *   bedrock_converse_stream [MODEL_ID] [QUESTION]
 *
 * Each event reaches on_event as soon as it has arrived: the text deltas
 * are printed at once. The call returns when the stream ends.
 */
#include <awsc/bedrock-runtime.h>

#include <stdio.h>
#include <string.h>

struct answer {
    int deltas;
    char stop_reason[64];
    long long input_tokens, output_tokens;
    long long latency_ms;
};

static int on_event(void *user_data, const struct awsc_bedrock_runtime_converse_stream_event *event)
{
    struct answer *a = user_data;
    if (event->message_start) {
        printf("[%s]\n", event->message_start->role);
    } else if (event->content_block_delta && event->content_block_delta->delta &&
               event->content_block_delta->delta->text) {
        /* a piece of the answer: print it as it comes */
        fputs(event->content_block_delta->delta->text, stdout);
        fflush(stdout);
        a->deltas++;
    } else if (event->message_stop) {
        snprintf(a->stop_reason, sizeof a->stop_reason, "%s", event->message_stop->stop_reason);
    } else if (event->metadata) {
        const struct awsc_bedrock_runtime_token_usage *u = event->metadata->usage;
        if (u) {
            a->input_tokens = u->input_tokens;
            a->output_tokens = u->output_tokens;
        }
        if (event->metadata->metrics)
            a->latency_ms = event->metadata->metrics->latency_ms;
    }
    return 0; /* go on; non-zero would stop the stream */
}

int main(int argc, char **argv)
{
    const char *model = argc > 1 ? argv[1] : "anthropic.claude-3-haiku-20240307-v1:0";
    const char *question = argc > 2 ? argv[2] : "Say hello to the world, in a few words.";

    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_bedrock_runtime_client_new(NULL, &client, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        awsc_error_clean_up(&err);
        return 1;
    }

    struct awsc_bedrock_runtime_content_block content = {.text = question};
    struct awsc_bedrock_runtime_message message = {.role = "user", .content = {&content, 1}};
    struct awsc_bedrock_runtime_inference_configuration inference = {.has_max_tokens = true,
                                                                     .max_tokens = 200};
    struct awsc_bedrock_runtime_converse_stream_input in = {
        .model_id = model,
        .messages = {&message, 1},
        .inference_config = &inference,
    };
    struct answer a = {0};
    struct awsc_bedrock_runtime_converse_stream_output *out = NULL;
    int status = awsc_bedrock_runtime_converse_stream(client, &in, on_event, &a, &out, &err);
    if (status != AWSC_OK) {
        fprintf(stderr, "\nConverseStream: %s%s%s\n", err.code ? err.code : "",
                err.code ? ": " : "", err.message);
        awsc_error_clean_up(&err);
        awsc_client_destroy(client);
        return 1;
    }
    printf("\n");
    printf("stop reason: %s\n", a.stop_reason);
    printf("tokens: %lld in, %lld out; %d pieces in %lld ms\n", a.input_tokens, a.output_tokens,
           a.deltas, a.latency_ms);
    awsc_output_free(out);
    awsc_client_destroy(client);
    return 0;
}
