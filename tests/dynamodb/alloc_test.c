/*
 * <awsc/dynamodb_easy.h> under allocation failure: every allocation of
 * building values and conditions, of their JSON, and of the batch writer
 * (sync and async, a response with unprocessed items included, on the stub
 * transport) fails in turn; each run must succeed or fail cleanly with
 * "out of memory", and leak nothing (run it under ASan or valgrind).
 */
#include <awsc/dynamodb_easy.h>
#include <awsc/transport.h>

#include "core.h"

#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(c)                                                    \
    do {                                                            \
        if (!(c)) {                                                 \
            fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #c); \
            failures++;                                             \
        }                                                           \
    } while (0)

/* What a run without allocation failures built, to compare every run that
 * succeeds with. */
static char want_json[1024], want_key[256], want_filter[256];
static bool have_want;

static int same_or_keep(char *want, size_t cap, const char *got, const char *what,
                        struct awsc_error *err)
{
    if (!have_want) {
        snprintf(want, cap, "%s", got);
        return AWSC_OK;
    }
    if (strcmp(want, got) != 0)
        return awsc__fail(err, AWSC_E_INTERNAL, "%s differs: %s, not %s", what, got, want);
    return AWSC_OK;
}

static int values_and_conditions(struct awsc_error *err)
{
    struct awsc_ddb_arena *a = awsc_ddb_arena_new();
    if (!a)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    const char *ns[] = {"1", "2.5", "-3e10"};
    const char *ss[] = {"a", "b"};
    struct awsc_blob bs[] = {{(const uint8_t *)"x", 1}, {(const uint8_t *)"yz", 2}};
    awsc_ddb_value list[] = {awsc_ddb_n_double(a, 0.1), awsc_ddb_null(a), awsc_ddb_bool(a, true)};
    awsc_ddb_value item = awsc_ddb_map(a, 7, "pk", awsc_ddb_s(a, "k"), "n", awsc_ddb_n(a, "1e-130"),
                                       "i", awsc_ddb_n_int(a, -42), "ns", awsc_ddb_ns(a, ns, 3),
                                       "ss", awsc_ddb_ss(a, ss, 2), "bs", awsc_ddb_bs(a, bs, 2),
                                       "l", awsc_ddb_list(a, list, 3));
    const char *json = awsc_ddb_json(a, &item);
    awsc_ddb_value copy = awsc_ddb_copy(a, &item);
    (void)copy;
    awsc_ddb_value in[] = {awsc_ddb_s(a, "p"), awsc_ddb_s(a, "q")};
    const struct awsc_ddb_cond *c =
        awsc_ddb_or(a,
                    awsc_ddb_and(a, awsc_ddb_exists(a, awsc_ddb_attr(a, "a.b[1].c")),
                                 awsc_ddb_is_in(a, awsc_ddb_attr(a, "z"), in, 2)),
                    awsc_ddb_not(a, awsc_ddb_gt(a, awsc_ddb_size(a, awsc_ddb_attr(a, "l")),
                                                awsc_ddb_n_int(a, 3))));
    struct awsc_dynamodb_query_input q = {.table_name = "t"};
    int rc = awsc_ddb_query_where(
        a, &q, awsc_ddb_between(a, awsc_ddb_key(a, "pk"), awsc_ddb_s(a, "a"), awsc_ddb_s(a, "b")),
        c, err);
    if (rc == AWSC_OK && (!json || !q.key_condition_expression || !q.filter_expression)) {
        rc = awsc_ddb_arena_error(a, err);
        if (rc == AWSC_OK)
            rc = awsc__fail(err, AWSC_E_INTERNAL, "a builder gave nothing and the arena no error");
    }
    if (rc == AWSC_OK)
        rc = same_or_keep(want_json, sizeof want_json, json, "the item's JSON", err);
    if (rc == AWSC_OK)
        rc = same_or_keep(want_key, sizeof want_key, q.key_condition_expression,
                          "the key condition", err);
    if (rc == AWSC_OK)
        rc = same_or_keep(want_filter, sizeof want_filter, q.filter_expression, "the filter", err);
    have_want = have_want || rc == AWSC_OK;
    awsc_ddb_arena_destroy(a);
    return rc;
}

struct responder_state {
    int calls;
};

/* BatchWriteItem: the first answer leaves one put unprocessed. */
static int respond(void *ud, const struct awsc_stub_request *req, struct awsc_stub_response *resp)
{
    (void)req;
    struct responder_state *s = ud;
    static const char first[] = "{\"UnprocessedItems\": {\"t\": [{\"PutRequest\": {\"Item\": "
                                "{\"pk\": {\"S\": \"item0\"}, \"n\": {\"N\": \"0\"}}}}]}}";
    static const char rest[] = "{\"UnprocessedItems\": {}}";
    const char *body = s->calls++ == 0 ? first : rest;
    *resp = (struct awsc_stub_response){.http_status = 200,
                                        .headers = "Content-Type: application/x-amz-json-1.0\r\n",
                                        .body = (const uint8_t *)body,
                                        .body_len = strlen(body)};
    return 0;
}

static void flushed(void *ud, int status, const struct awsc_error *err)
{
    (void)err;
    *(int *)ud = status;
}

static int batch(struct awsc_stub *stub, bool async, struct awsc_error *err)
{
    struct responder_state state = {0};
    awsc_stub_set_responder(stub, respond, &state);
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.transport = awsc_stub_transport(stub);
    cfg.endpoint_url = "http://127.0.0.1:1";
    cfg.region = "us-east-1";
    static const struct awsc_credentials creds = {"AKID", "secret", NULL};
    cfg.credentials = &creds;
    struct awsc_client *client = NULL;
    struct awsc_ddb_batch_writer *w = NULL;
    const char *pkeys[] = {"pk"};
    struct awsc_ddb_batch_options o = AWSC_DDB_BATCH_OPTIONS_INIT;
    o.pkeys = pkeys;
    o.pkey_count = 1;
    o.base_delay_ms = 1;
    o.max_delay_ms = 1;
    int rc = awsc_dynamodb_client_new(&cfg, &client, err);
    if (rc == AWSC_OK)
        rc = async ? awsc_ddb_batch_writer_new_async(client, "t", &o, &w, err)
                   : awsc_ddb_batch_writer_new(client, "t", &o, &w, err);
    for (int i = 0; i < 30 && rc == AWSC_OK; i++) {
        struct awsc_ddb_arena *a = awsc_ddb_arena_new();
        if (!a) {
            rc = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
            break;
        }
        char pk[16];
        snprintf(pk, sizeof pk, "item%d", i % 27); /* three keys twice: replaced */
        awsc_ddb_value item =
            awsc_ddb_map(a, 2, "pk", awsc_ddb_s(a, pk), "n", awsc_ddb_n_int(a, i));
        rc = awsc_ddb_arena_error(a, err);
        if (rc == AWSC_OK)
            rc = awsc_ddb_batch_put(w, &item, err);
        awsc_ddb_arena_destroy(a);
    }
    if (rc == AWSC_OK && !async) {
        rc = awsc_ddb_batch_flush(w, err);
    } else if (rc == AWSC_OK) {
        int status = 1;
        rc = awsc_ddb_batch_flush_async(w, flushed, &status, err);
        if (rc == AWSC_OK) {
            awsc_client_run(client);
            rc = status;
            if (rc != AWSC_OK)
                awsc__fail(err, rc, "out of memory (async flush)");
        }
    }
    if (rc == AWSC_OK && awsc_ddb_batch_pending(w) != 0)
        rc = awsc__fail(err, AWSC_E_INTERNAL, "requests left after a flush");
    if (rc == AWSC_OK) {
        /* Each of the 30 puts was written or replaced by a later one. */
        struct awsc_ddb_batch_stats st = awsc_ddb_batch_stats(w);
        if (st.written + st.replaced != 30 || st.resubmitted < 1)
            rc = awsc__fail(err, AWSC_E_INTERNAL,
                            "%zu written + %zu replaced of 30 puts, %zu resubmitted", st.written,
                            st.replaced, st.resubmitted);
    }
    awsc_ddb_batch_writer_destroy(w);
    awsc_client_destroy(client);
    return rc;
}

static bool clean_failure(int rc, const struct awsc_error *err)
{
    return rc == AWSC_E_NOMEM || (err->message && strstr(err->message, "out of memory"));
}

static void fail_each(const char *name, struct awsc_stub *stub, int which)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    int failed = 0, ok = 0;
    for (long n = 0; n < 200000; n++) {
        awsc__alloc_fail_at(n);
        int rc = which == 0 ? values_and_conditions(&err) : batch(stub, which == 2, &err);
        long used = awsc__alloc_count();
        awsc__alloc_fail_at(0);
        if (n == 0 && rc != AWSC_OK) {
            fprintf(stderr, "%s: fails without allocation failures: %s\n", name, err.message);
            failures++;
            awsc_error_clean_up(&err);
            return;
        }
        if (rc == AWSC_OK)
            ok++;
        else if (clean_failure(rc, &err))
            failed++;
        else {
            fprintf(stderr, "%s: allocation %ld failed into: %s (%s)\n", name, n,
                    err.message ? err.message : "", awsc_status_name(rc));
            failures++;
        }
        awsc_error_clean_up(&err);
        awsc_stub_clear_requests(stub);
        if (n > 0 && used < n)
            break;
    }
    printf("%-34s %5d runs failed cleanly, %d succeeded\n", name, failed, ok);
    /* (each part allocates at several points: at least 5 failed runs show
     * the loop reached them) */
    CHECK(failed >= 5 && ok >= 2);
}

int main(void)
{
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    fail_each("values, conditions, expressions", stub, 0);
    fail_each("batch writer (sync)", stub, 1);
    fail_each("batch writer (async)", stub, 2);
    awsc_stub_destroy(stub);
    return failures ? 1 : 0;
}
