/*
 * The batch writer's back-off and its giving up, on the stub transport:
 *
 * - rounds that each leave one request unprocessed but process the others
 *   wait base_delay_ms each, no longer;
 * - rounds that process nothing wait base_delay_ms, then twice, four times
 *   as long ..., and after max_rounds of them the flush fails, naming the
 *   table and the requests left, with every request still queued (none
 *   dropped); a later flush, once the table takes them, writes them all.
 */
#include <awsc/dynamodb_easy.h>
#include <awsc/transport.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

static int failures;
#define CHECK(c, ...)                                       \
    do {                                                    \
        if (!(c)) {                                         \
            fprintf(stderr, "%s:%d: ", __FILE__, __LINE__); \
            fprintf(stderr, __VA_ARGS__);                   \
            fputc('\n', stderr);                            \
            failures++;                                     \
        }                                                   \
    } while (0)

/* The table: takes every request, or leaves the first of each unprocessed
 * (of those of two or more only, when partial). */
enum mode { TAKE_ALL, LEAVE_FIRST, PARTIAL };
struct table {
    enum mode mode;
    int calls;
    char body[4096];
};

/* The first item's key of a BatchWriteItem request ({"pk": {"S": "itemN"}}). */
static int first_key(const char *text, char *key, size_t cap)
{
    static const char mark[] = "\"pk\": {\"S\": \"";
    const char *p = strstr(text, mark);
    if (!p)
        return -1;
    p += sizeof mark - 1;
    size_t len = strcspn(p, "\"");
    if (len >= cap)
        return -1;
    memcpy(key, p, len);
    key[len] = 0;
    return 0;
}

static int respond(void *ud, const struct awsc_stub_request *req, struct awsc_stub_response *resp)
{
    struct table *t = ud;
    t->calls++;
    char text[8192], key[64];
    size_t n = req->body_len < sizeof text - 1 ? req->body_len : sizeof text - 1;
    memcpy(text, req->body, n);
    text[n] = 0;
    bool several = strstr(text, "}}, {\"PutRequest\"") != NULL;
    if (t->mode == TAKE_ALL || (t->mode == PARTIAL && !several) ||
        first_key(text, key, sizeof key) != 0)
        snprintf(t->body, sizeof t->body, "{\"UnprocessedItems\": {}}");
    else
        snprintf(t->body, sizeof t->body,
                 "{\"UnprocessedItems\": {\"t\": [{\"PutRequest\": {\"Item\": "
                 "{\"pk\": {\"S\": \"%s\"}}}}]}}",
                 key);
    *resp = (struct awsc_stub_response){.http_status = 200,
                                        .headers = "Content-Type: application/x-amz-json-1.0\r\n",
                                        .body = (const uint8_t *)t->body,
                                        .body_len = strlen(t->body)};
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int put(struct awsc_ddb_batch_writer *w, int i, struct awsc_error *err)
{
    struct awsc_ddb_arena *a = awsc_ddb_arena_new();
    char pk[16];
    snprintf(pk, sizeof pk, "item%d", i);
    awsc_ddb_value item = awsc_ddb_map(a, 1, "pk", awsc_ddb_s(a, pk));
    int rc = awsc_ddb_arena_error(a, err);
    if (rc == AWSC_OK)
        rc = awsc_ddb_batch_put(w, &item, err);
    awsc_ddb_arena_destroy(a);
    return rc;
}

int main(void)
{
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    struct table t = {0};
    awsc_stub_set_responder(stub, respond, &t);
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.transport = awsc_stub_transport(stub);
    cfg.endpoint_url = "http://127.0.0.1:1";
    cfg.region = "us-east-1";
    static const struct awsc_credentials creds = {"AKID", "secret", NULL};
    cfg.credentials = &creds;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_dynamodb_client_new(&cfg, &client, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        return 1;
    }
    struct awsc_ddb_batch_options o = AWSC_DDB_BATCH_OPTIONS_INIT;
    o.flush_amount = 2;
    o.base_delay_ms = 20;
    o.max_delay_ms = 5000;
    o.max_rounds = 4;

    /* 12 puts, two a request, the first of each left unprocessed: 11
     * rounds that each process one request, then the last one alone. Each
     * round waits 20 ms: some 0.2 s (doubling each time: over 10 s). */
    struct awsc_ddb_batch_writer *w = NULL;
    int rc = awsc_ddb_batch_writer_new(client, "t", &o, &w, &err);
    t.mode = PARTIAL;
    double start = now();
    for (int i = 0; i < 12 && rc == AWSC_OK; i++)
        rc = put(w, i, &err);
    if (rc == AWSC_OK)
        rc = awsc_ddb_batch_flush(w, &err);
    double seconds = now() - start;
    struct awsc_ddb_batch_stats st = awsc_ddb_batch_stats(w);
    CHECK(rc == AWSC_OK, "partial rounds: %s", err.message ? err.message : "");
    CHECK(st.written == 12 && awsc_ddb_batch_pending(w) == 0, "partial rounds: %zu written",
          st.written);
    CHECK(st.resubmitted >= 10, "partial rounds: %zu resubmitted", st.resubmitted);
    CHECK(seconds >= 0.02 * 10 && seconds < 3,
          "partial rounds: %zu rounds with unprocessed requests took %.2f s "
          "(each should wait 20 ms)",
          st.resubmitted, seconds);
    printf("partial progress: %zu calls, %zu resubmitted, %.2f s (20 ms a round)\n", st.calls,
           st.resubmitted, seconds);
    awsc_ddb_batch_writer_destroy(w);
    awsc_error_clean_up(&err);

    /* One put the table never takes: 4 rounds that process nothing, with
     * waits of 20, 40 and 80 ms between them, then the error. */
    w = NULL;
    rc = awsc_ddb_batch_writer_new(client, "t", &o, &w, &err);
    if (rc == AWSC_OK)
        rc = put(w, 0, &err);
    t.mode = LEAVE_FIRST; /* one request a call: nothing taken */
    t.calls = 0;
    start = now();
    if (rc == AWSC_OK)
        rc = awsc_ddb_batch_flush(w, &err);
    seconds = now() - start;
    CHECK(rc == AWSC_E_SERVICE, "no progress: %s, not AWSC_E_SERVICE", awsc_status_name(rc));
    CHECK(err.message && strstr(err.message, "1 request to t still unprocessed after 4"),
          "no progress: the error does not say what is left: %s", err.message ? err.message : "");
    CHECK(t.calls == 4, "no progress: %d calls, not 4", t.calls);
    CHECK(seconds >= 0.14, "no progress: %.2f s, less than 20 + 40 + 80 ms", seconds);
    CHECK(awsc_ddb_batch_pending(w) == 1, "no progress: %zu pending, not 1",
          awsc_ddb_batch_pending(w));
    printf("no progress: %d calls in %.2f s, then: %s\n", t.calls, seconds,
           err.message ? err.message : "");
    awsc_error_clean_up(&err);
    t.mode = TAKE_ALL;
    rc = awsc_ddb_batch_flush(w, &err);
    CHECK(rc == AWSC_OK && awsc_ddb_batch_pending(w) == 0 && awsc_ddb_batch_stats(w).written == 1,
          "a later flush: %s", err.message ? err.message : "");
    awsc_ddb_batch_writer_destroy(w);
    awsc_error_clean_up(&err);

    awsc_client_destroy(client);
    awsc_stub_destroy(stub);
    if (!failures)
        printf("batch writer back-off: all checks passed\n");
    return failures ? 1 : 0;
}
