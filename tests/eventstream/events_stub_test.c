/*
 * Event-stream calls through the generated typed API, against the stub
 * transport: events delivered in order (sync and async), the output
 * beside them, the callback stopping the stream, a modeled exception, an
 * error message, a stream cut off (retried only while no event has been
 * delivered), the operations refused (an event stream called without an
 * event callback, a request event stream), a client destroyed with a
 * stream in flight, and every allocation of a whole stream failing in
 * turn (no crash, no leak under ASan and valgrind).
 *
 * The frames are encoded here, from the framing specification.
 */
#include <awsc/bedrock-runtime.h>
#include <awsc/s3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

static int failures;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)
#define CHECK_CONTAINS(hay, needle)                                                        \
    do {                                                                                   \
        const char *h_ = (hay);                                                            \
        if (!h_ || !strstr(h_, (needle))) {                                                \
            fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__, __LINE__, \
                    h_ ? h_ : "(null)", (needle));                                         \
            failures++;                                                                    \
        }                                                                                  \
    } while (0)

/* ------------------------------------------------------------- frames */

static void put32(struct awsc_buf *b, uint32_t v)
{
    uint8_t x[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    awsc__buf_append(b, x, 4);
}

static void put_header(struct awsc_buf *h, const char *name, const char *value)
{
    size_t n = strlen(name), v = strlen(value);
    uint8_t len = (uint8_t)n, type = 7, vl[2] = {(uint8_t)(v >> 8), (uint8_t)v};
    awsc__buf_append(h, &len, 1);
    awsc__buf_append(h, name, n);
    awsc__buf_append(h, &type, 1);
    awsc__buf_append(h, vl, 2);
    awsc__buf_append(h, value, v);
}

/* A message with string headers (name, value, name, value, ..., NULL). */
static void message(struct awsc_buf *out, const char *payload, ...)
{
    struct awsc_buf h = AWSC_BUF_INIT;
    va_list ap;
    va_start(ap, payload);
    const char *name;
    while ((name = va_arg(ap, const char *)) != NULL)
        put_header(&h, name, va_arg(ap, const char *));
    va_end(ap);
    size_t plen = strlen(payload), start = out->len;
    put32(out, (uint32_t)(16 + h.len + plen));
    put32(out, (uint32_t)h.len);
    put32(out, awsc__crc32_update(0, out->data + start, 8));
    awsc__buf_append(out, h.data ? h.data : "", h.len);
    awsc__buf_append(out, payload, plen);
    put32(out, awsc__crc32_update(0, out->data + start, out->len - start));
    awsc__buf_clean_up(&h);
}

static void event(struct awsc_buf *out, const char *type, const char *payload)
{
    message(out, payload, ":message-type", "event", ":event-type", type, ":content-type",
            "application/json", (const char *)NULL);
}

/* The ConverseStream of these tests: 5 events, "Hello, world". */
static void converse_stream(struct awsc_buf *b)
{
    event(b, "messageStart", "{\"role\":\"assistant\"}");
    event(b, "contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hello\"}}");
    event(b, "contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\", world\"}}");
    event(b, "messageStop", "{\"stopReason\":\"end_turn\"}");
    event(b, "metadata",
          "{\"usage\":{\"inputTokens\":2,\"outputTokens\":3,\"totalTokens\":5},"
          "\"metrics\":{\"latencyMs\":7}}");
}

static const char *STREAM_HEADERS = "Content-Type: application/vnd.amazon.eventstream\r\n"
                                    "x-amzn-RequestId: es-req-1\r\n";

static void push_stream(struct awsc_stub *stub, const struct awsc_buf *b, size_t truncate_at)
{
    struct awsc_stub_response r = {200,  STREAM_HEADERS, (const uint8_t *)b->data, b->len, 0,
                                   NULL, truncate_at};
    CHECK(awsc_stub_push(stub, &r) == AWSC_OK);
}

/* ------------------------------------------------------------ clients */

static const struct awsc_credentials CREDS = {"AKIDEXAMPLE", "secret-key-for-tests", NULL};

static struct awsc_client *client_for(const struct awsc_service *svc, struct awsc_stub *stub)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "http://127.0.0.1:1";
    cfg.credentials = &CREDS;
    cfg.transport = awsc_stub_transport(stub);
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(svc, &cfg, &c, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        exit(1);
    }
    return c;
}

struct seen {
    int events;
    int deltas;
    char text[128];
    char stop_reason[32];
    long long total_tokens;
    int stop_after; /* 0: never */
    /* async completion */
    int done;
    int status;
    bool had_output;
    char code[64];
};

static int on_converse(void *ud, const struct awsc_bedrock_runtime_converse_stream_event *ev)
{
    struct seen *s = ud;
    s->events++;
    int set = !!ev->message_start + !!ev->content_block_delta + !!ev->content_block_start +
              !!ev->content_block_stop + !!ev->message_stop + !!ev->metadata;
    CHECK(set == 1); /* one member per event */
    if (ev->content_block_delta && ev->content_block_delta->delta &&
        ev->content_block_delta->delta->text) {
        s->deltas++;
        strncat(s->text, ev->content_block_delta->delta->text,
                sizeof s->text - strlen(s->text) - 1);
    }
    if (ev->message_stop && ev->message_stop->stop_reason)
        snprintf(s->stop_reason, sizeof s->stop_reason, "%s", ev->message_stop->stop_reason);
    if (ev->metadata && ev->metadata->usage && ev->metadata->usage->has_total_tokens)
        s->total_tokens = ev->metadata->usage->total_tokens;
    return s->stop_after && s->events >= s->stop_after;
}

static void converse_done(void *ud, int status,
                          struct awsc_bedrock_runtime_converse_stream_output *output,
                          struct awsc_error *err)
{
    struct seen *s = ud;
    s->done++;
    s->status = status;
    s->had_output = output != NULL;
    if (err && err->code)
        snprintf(s->code, sizeof s->code, "%s", err->code);
    awsc_output_free(output);
    awsc_error_clean_up(err);
}

static struct awsc_bedrock_runtime_content_block g_block = {.text = "Say hello"};
static struct awsc_bedrock_runtime_message g_message = {.role = "user", .content = {&g_block, 1}};
static const struct awsc_bedrock_runtime_converse_stream_input CONVERSE_IN = {
    .model_id = "anthropic.claude-test", .messages = {&g_message, 1}};

/* ---------------------------------------------------------------- tests */

static void test_sync_and_async(struct awsc_stub *stub)
{
    struct awsc_client *c = client_for(awsc_bedrock_runtime_service(), stub);
    struct awsc_buf b = AWSC_BUF_INIT;
    converse_stream(&b);

    /* sync */
    push_stream(stub, &b, 0);
    struct seen s = {0};
    struct awsc_bedrock_runtime_converse_stream_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_converse, &s, &out, &err);
    CHECK(rc == AWSC_OK);
    CHECK(s.events == 5 && s.deltas == 2);
    CHECK(strcmp(s.text, "Hello, world") == 0);
    CHECK(strcmp(s.stop_reason, "end_turn") == 0);
    CHECK(s.total_tokens == 5);
    CHECK(out && out->stream == NULL);
    CHECK(out && strcmp(awsc_output_request_id(out), "es-req-1") == 0);
    CHECK(awsc_stub_request_count(stub) == 1);
    const struct awsc_stub_request *req = awsc_stub_request(stub, 0);
    CHECK_CONTAINS(req->url, "/model/anthropic.claude-test/converse-stream");
    awsc_output_free(out);
    awsc_stub_clear_requests(stub);

    /* async: three at once, one user_data each */
    struct seen a[3] = {{0}, {0}, {0}};
    for (int i = 0; i < 3; i++) {
        push_stream(stub, &b, 0);
        CHECK(awsc_bedrock_runtime_converse_stream_async(c, &CONVERSE_IN, on_converse,
                                                         converse_done, &a[i], &err) == AWSC_OK);
        CHECK(a[i].done == 0); /* never from inside the submitting call */
    }
    CHECK(awsc_client_run(c) == AWSC_OK);
    for (int i = 0; i < 3; i++) {
        CHECK(a[i].done == 1 && a[i].status == AWSC_OK && a[i].had_output);
        CHECK(a[i].events == 5 && strcmp(a[i].text, "Hello, world") == 0);
    }

    /* the callback stops the stream: sync and async */
    push_stream(stub, &b, 0);
    struct seen st = {.stop_after = 2};
    out = NULL;
    rc = awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_converse, &st, &out, &err);
    CHECK(rc == AWSC_E_CANCELLED && st.events == 2 && out == NULL);
    CHECK_CONTAINS(err.message, "stopped the ConverseStream event stream after 2 events");
    awsc_error_clean_up(&err);
    push_stream(stub, &b, 0);
    struct seen sa = {.stop_after = 1};
    CHECK(awsc_bedrock_runtime_converse_stream_async(c, &CONVERSE_IN, on_converse, converse_done,
                                                     &sa, &err) == AWSC_OK);
    CHECK(awsc_client_run(c) == AWSC_OK);
    CHECK(sa.done == 1 && sa.status == AWSC_E_CANCELLED && sa.events == 1 && !sa.had_output);

    awsc_stub_clear_requests(stub);
    awsc__buf_clean_up(&b);
    awsc_client_destroy(c);
}

static void test_errors(struct awsc_stub *stub)
{
    struct awsc_client *c = client_for(awsc_bedrock_runtime_service(), stub);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_bedrock_runtime_converse_stream_output *out = NULL;

    /* a modeled exception after two events */
    struct awsc_buf b = AWSC_BUF_INIT;
    event(&b, "messageStart", "{\"role\":\"assistant\"}");
    event(&b, "contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hi\"}}");
    message(&b, "{\"message\":\"model broke\",\"originalStatusCode\":503}", ":message-type",
            "exception", ":exception-type", "modelStreamErrorException", ":content-type",
            "application/json", (const char *)NULL);
    event(&b, "messageStop", "{\"stopReason\":\"end_turn\"}");
    push_stream(stub, &b, 0);
    struct seen s = {0};
    int rc = awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_converse, &s, &out, &err);
    CHECK(rc == AWSC_E_SERVICE && s.events == 2 && out == NULL);
    CHECK(awsc_error_is(&err, AWSC_BEDROCK_RUNTIME_ERR_MODEL_STREAM_ERROR_EXCEPTION));
    CHECK(err.message && strcmp(err.message, "model broke") == 0);
    CHECK(err.http_status == 200 && err.request_id && strcmp(err.request_id, "es-req-1") == 0);
    CHECK(err.operation && strcmp(err.operation, "ConverseStream") == 0);
    const struct awsc_bedrock_runtime_model_stream_error_exception *x = err.data;
    CHECK(x && x->has_original_status_code && x->original_status_code == 503);
    CHECK(awsc_stub_pending_responses(stub) == 0);
    awsc_error_clean_up(&err);
    awsc__buf_reset(&b);

    /* an error message */
    event(&b, "messageStart", "{\"role\":\"assistant\"}");
    message(&b, "", ":message-type", "error", ":error-code", "InternalFailure", ":error-message",
            "try again", (const char *)NULL);
    push_stream(stub, &b, 0);
    memset(&s, 0, sizeof s);
    rc = awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_converse, &s, &out, &err);
    CHECK(rc == AWSC_E_SERVICE && s.events == 1);
    CHECK(awsc_error_is(&err, "InternalFailure") && strcmp(err.message, "try again") == 0);
    CHECK(err.shape == NULL);
    awsc_error_clean_up(&err);

    /* cut off in the middle of the second message, after an event: not
     * retried (the event is delivered), the queued second response stays */
    awsc__buf_reset(&b);
    converse_stream(&b);
    const uint8_t *p = (const uint8_t *)b.data;
    size_t first = (size_t)p[0] << 24 | (size_t)p[1] << 16 | (size_t)p[2] << 8 | p[3];
    push_stream(stub, &b, first + 10);
    push_stream(stub, &b, 0);
    memset(&s, 0, sizeof s);
    rc = awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_converse, &s, &out, &err);
    CHECK(rc == AWSC_E_TRANSPORT && s.events == 1);
    CHECK_CONTAINS(err.message, "the ConverseStream event stream broke off after 1 event");
    CHECK(awsc_stub_pending_responses(stub) == 1);
    awsc_error_clean_up(&err);
    /* cut off before any event: retried, and the retry streams it all */
    awsc_stub_clear_requests(stub);
    while (awsc_stub_pending_responses(stub)) {
        struct seen drain = {0};
        awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_converse, &drain, NULL, &err);
        awsc_error_clean_up(&err);
    }
    awsc_stub_clear_requests(stub);
    push_stream(stub, &b, 20);
    push_stream(stub, &b, 0);
    memset(&s, 0, sizeof s);
    rc = awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_converse, &s, &out, &err);
    CHECK(rc == AWSC_OK && s.events == 5 && awsc_stub_request_count(stub) == 2);
    awsc_output_free(out);
    out = NULL;

    /* a corrupted message CRC */
    awsc__buf_reset(&b);
    converse_stream(&b);
    b.data[b.len - 1] ^= 1;
    push_stream(stub, &b, 0);
    memset(&s, 0, sizeof s);
    rc = awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_converse, &s, &out, &err);
    CHECK(rc == AWSC_E_CHECKSUM && s.events == 4);
    CHECK_CONTAINS(err.message, "message CRC32 does not match");
    awsc_error_clean_up(&err);

    /* the generic calls refuse the wrong kind of operation; a request
     * event stream is refused before anything is sent */
    awsc_stub_clear_requests(stub);
    const struct awsc_operation *op =
        awsc_service_operation(awsc_bedrock_runtime_service(), "ConverseStream");
    void *generic = NULL;
    CHECK(awsc_call(c, op, &CONVERSE_IN, &generic, &err) == AWSC_E_INVALID_ARG);
    CHECK_CONTAINS(err.message, "answers with an event stream");
    awsc_error_clean_up(&err);
    CHECK(awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, NULL, NULL, &out, &err) ==
          AWSC_E_INVALID_ARG);
    awsc_error_clean_up(&err);
    const struct awsc_operation *plain =
        awsc_service_operation(awsc_bedrock_runtime_service(), "Converse");
    struct awsc_bedrock_runtime_converse_input cin = {.model_id = "m", .messages = {&g_message, 1}};
    CHECK(awsc_call_events(c, plain, &cin, (awsc_event_cb *)(void (*)(void))on_converse, &s,
                           &generic, &err) == AWSC_E_INVALID_ARG);
    CHECK_CONTAINS(err.message, "does not answer with an event stream");
    awsc_error_clean_up(&err);
    struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request bin = {.model_id =
                                                                                          "m"};
    struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output *bout = NULL;
    CHECK(awsc_bedrock_runtime_invoke_model_with_bidirectional_stream(c, &bin, NULL, NULL, &bout,
                                                                      &err) == AWSC_E_UNSUPPORTED);
    CHECK_CONTAINS(err.message, "bidirectional event streams are not supported");
    awsc_error_clean_up(&err);
    CHECK(awsc_stub_request_count(stub) == 0);

    awsc__buf_clean_up(&b);
    awsc_client_destroy(c);
}

/* A sync call made from inside an event callback, on the transport that
 * runs the callback: refused with AWSC_E_BUSY before anything is sent;
 * the stream goes on. */
struct reenter {
    struct awsc_client *client;
    int events;
    int inner_status;
    char inner_message[256];
};

static int on_reenter(void *ud, const struct awsc_bedrock_runtime_converse_stream_event *ev)
{
    (void)ev;
    struct reenter *r = ud;
    if (++r->events == 2) {
        struct seen inner = {0};
        struct awsc_error err = AWSC_ERROR_INIT;
        r->inner_status = awsc_bedrock_runtime_converse_stream(r->client, &CONVERSE_IN, on_converse,
                                                               &inner, NULL, &err);
        snprintf(r->inner_message, sizeof r->inner_message, "%s", err.message ? err.message : "");
        awsc_error_clean_up(&err);
    }
    return 0;
}

static void test_sync_call_inside_callback(struct awsc_stub *stub)
{
    struct awsc_client *c = client_for(awsc_bedrock_runtime_service(), stub);
    struct awsc_buf b = AWSC_BUF_INIT;
    converse_stream(&b);
    push_stream(stub, &b, 0);
    struct reenter r = {c, 0, 0, ""};
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_reenter, &r, NULL, &err);
    CHECK(rc == AWSC_OK && r.events == 5);
    CHECK(r.inner_status == AWSC_E_BUSY);
    CHECK_CONTAINS(r.inner_message, "inside a callback");
    CHECK(awsc_stub_request_count(stub) == 1);
    awsc_error_clean_up(&err);
    awsc_stub_clear_requests(stub);
    awsc__buf_clean_up(&b);
    awsc_client_destroy(c);
}

/* A client destroyed with a stream in flight: its callback runs with
 * AWSC_E_CANCELLED before destroy returns. */
static void test_destroy_in_flight(struct awsc_stub *stub)
{
    struct awsc_client *c = client_for(awsc_bedrock_runtime_service(), stub);
    struct awsc_buf b = AWSC_BUF_INIT;
    converse_stream(&b);
    push_stream(stub, &b, 0);
    struct seen s = {0};
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(awsc_bedrock_runtime_converse_stream_async(c, &CONVERSE_IN, on_converse, converse_done,
                                                     &s, &err) == AWSC_OK);
    awsc_client_destroy(c);
    CHECK(s.done == 1 && s.status == AWSC_E_CANCELLED);
    while (awsc_stub_pending_responses(stub)) {
        struct awsc_client *d = client_for(awsc_bedrock_runtime_service(), stub);
        struct seen drain = {0};
        awsc_bedrock_runtime_converse_stream(d, &CONVERSE_IN, on_converse, &drain, NULL, &err);
        awsc_error_clean_up(&err);
        awsc_client_destroy(d);
    }
    awsc_stub_clear_requests(stub);
    awsc__buf_clean_up(&b);
}

struct select_seen {
    int records, stats, end;
    uint8_t bytes[64];
    size_t len;
    long long scanned;
};

static int on_select(void *ud, const struct awsc_s3_select_object_content_event *ev)
{
    struct select_seen *s = ud;
    if (ev->records) {
        s->records++;
        if (s->len + ev->records->payload.len <= sizeof s->bytes) {
            memcpy(s->bytes + s->len, ev->records->payload.data, ev->records->payload.len);
            s->len += ev->records->payload.len;
        }
    }
    if (ev->stats && ev->stats->details && ev->stats->details->has_bytes_scanned) {
        s->stats++;
        s->scanned = ev->stats->details->bytes_scanned;
    }
    if (ev->end)
        s->end++;
    return 0;
}

static void test_s3_select(struct awsc_stub *stub)
{
    struct awsc_client *c = client_for(awsc_s3_service(), stub);
    struct awsc_buf b = AWSC_BUF_INIT;
    message(&b, "a,1\n", ":message-type", "event", ":event-type", "Records", ":content-type",
            "application/octet-stream", (const char *)NULL);
    message(&b, "b,2\n", ":message-type", "event", ":event-type", "Records", ":content-type",
            "application/octet-stream", (const char *)NULL);
    message(&b,
            "<Stats><BytesScanned>4096</BytesScanned><BytesProcessed>4096</BytesProcessed>"
            "<BytesReturned>8</BytesReturned></Stats>",
            ":message-type", "event", ":event-type", "Stats", ":content-type", "text/xml",
            (const char *)NULL);
    message(&b, "", ":message-type", "event", ":event-type", "End", (const char *)NULL);
    struct awsc_stub_response r = {.http_status = 200,
                                   .headers = "x-amz-request-id: s3-req\r\n",
                                   .body = (const uint8_t *)b.data,
                                   .body_len = b.len};
    CHECK(awsc_stub_push(stub, &r) == AWSC_OK);
    struct awsc_s3_csv_input csv_in = {0};
    struct awsc_s3_csv_output csv_out = {0};
    struct awsc_s3_input_serialization is = {.csv = &csv_in};
    struct awsc_s3_output_serialization os = {.csv = &csv_out};
    struct awsc_s3_select_object_content_input in = {.bucket = "b",
                                                     .key = "data.csv",
                                                     .expression = "SELECT * FROM S3Object",
                                                     .expression_type = "SQL",
                                                     .input_serialization = &is,
                                                     .output_serialization = &os};
    struct select_seen s = {0};
    struct awsc_s3_select_object_content_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_s3_select_object_content(c, &in, on_select, &s, &out, &err);
    if (rc != AWSC_OK)
        fprintf(stderr, "select: %s\n", err.message);
    CHECK(rc == AWSC_OK && s.records == 2 && s.stats == 1 && s.end == 1);
    CHECK(s.len == 8 && memcmp(s.bytes, "a,1\nb,2\n", 8) == 0);
    CHECK(s.scanned == 4096);
    CHECK(out && strcmp(awsc_output_request_id(out), "s3-req") == 0);
    CHECK_CONTAINS(awsc_stub_request(stub, 0)->url, "/b/data.csv?select&select-type=2");
    awsc_output_free(out);
    awsc_error_clean_up(&err);
    awsc_stub_clear_requests(stub);
    awsc__buf_clean_up(&b);
    awsc_client_destroy(c);
}

/* Every allocation of a whole stream (client, call, events) failing in
 * turn: each run ends with AWSC_OK or an error, never a crash or a leak. */
static void test_allocation_failures(struct awsc_stub *stub)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    converse_stream(&b);
    int ok = 0, failed = 0;
    for (long n = 1; n < 5000; n++) {
        struct awsc_client *c = client_for(awsc_bedrock_runtime_service(), stub);
        push_stream(stub, &b, 0);
        struct seen s = {0};
        struct awsc_bedrock_runtime_converse_stream_output *out = NULL;
        struct awsc_error err = AWSC_ERROR_INIT;
        awsc__alloc_fail_at(n);
        int rc = awsc_bedrock_runtime_converse_stream(c, &CONVERSE_IN, on_converse, &s, &out, &err);
        long used = awsc__alloc_count();
        awsc__alloc_fail_at(0);
        if (rc == AWSC_OK) {
            CHECK(out && s.events == 5);
            ok++;
        } else {
            CHECK(out == NULL && err.status == rc);
            failed++;
        }
        awsc_output_free(out);
        awsc_error_clean_up(&err);
        awsc_client_destroy(c);
        while (awsc_stub_pending_responses(stub)) {
            struct awsc_client *d = client_for(awsc_bedrock_runtime_service(), stub);
            struct seen drain = {0};
            awsc_bedrock_runtime_converse_stream(d, &CONVERSE_IN, on_converse, &drain, NULL, &err);
            awsc_error_clean_up(&err);
            awsc_client_destroy(d);
        }
        awsc_stub_clear_requests(stub);
        if (used < n)
            break; /* the n-th allocation was never reached: every one was tried */
    }
    printf("allocation failures: %d runs failed cleanly, then %d succeeded\n", failed, ok);
    CHECK(failed > 20 && ok >= 1);
    awsc__buf_clean_up(&b);
}

int main(void)
{
    unsetenv("AWS_PROFILE");
    unsetenv("AWS_ENDPOINT_URL");
    setenv("AWS_CONFIG_FILE", "/nonexistent/awsc-config", 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsc-credentials", 1);
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    test_sync_and_async(stub);
    test_errors(stub);
    test_destroy_in_flight(stub);
    test_sync_call_inside_callback(stub);
    test_s3_select(stub);
    test_allocation_failures(stub);
    awsc_stub_destroy(stub);
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
