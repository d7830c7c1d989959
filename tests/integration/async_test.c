/*
 * Many asynchronous calls at once: 1,000 GetItem calls submitted from one
 * thread through one client, then driven by awsc_client_run(). Every
 * callback must run exactly once, with its own item, and never inside the
 * submitting call. The wall time is printed for information.
 *
 *   async_test [URL] [CALLS] [MAX_CONNECTIONS]
 *
 * (defaults: $AWSC_TEST_DYNALITE_URL, 1000, and the client's own transport
 * which allows 16 connections)
 */
#include "ddb.h"
#include "itest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#define TABLE     "awsc-int-async"
#define MAX_CALLS 10000

struct slot {
    int index;
    int calls;
    bool ok;
    int status;
};

static struct slot slots[MAX_CALLS];
static bool submitting;
static int called_while_submitting;
static int completed;

static void key_of(int i, char *buf, size_t cap)
{
    snprintf(buf, cap, "async-key-%05d", i);
}

static void on_get(void *user_data, int status, struct awsc_dynamodb_get_item_output *out,
                   struct awsc_error *err)
{
    struct slot *s = user_data;
    if (submitting)
        called_while_submitting++;
    s->calls++;
    s->status = status;
    completed++;
    if (status != AWSC_OK) {
        if (s->calls == 1 && completed - 1 < 5)
            itest_print_error("GetItem (async)", status, err);
        CHECK(out == NULL, "a failed call got an output");
    } else if (out) {
        char key[32], value[32];
        key_of(s->index, key, sizeof key);
        snprintf(value, sizeof value, "%d", s->index * 7);
        struct ddb_map_view v = DDB_VIEW(out->item);
        const ddb_av *pk = ddb_view_get(v, "pk");
        const ddb_av *n = ddb_view_get(v, "n");
        s->ok = v.count == 2 && pk && pk->s && strcmp(pk->s, key) == 0 && n && n->n &&
                strcmp(n->n, value) == 0;
    }
    awsc_output_free(out);
    awsc_error_clean_up(err);
}

/* --------------------------------------------------------- other outcomes */

struct outcome {
    int calls;
    int status;
    int http_status;
    char code[64];
    bool inside_submit;
};

static void on_outcome(void *user_data, int status, struct awsc_dynamodb_get_item_output *out,
                       struct awsc_error *err)
{
    struct outcome *o = user_data;
    o->calls++;
    o->status = status;
    o->inside_submit = o->inside_submit || submitting;
    o->http_status = err ? err->http_status : -1;
    snprintf(o->code, sizeof o->code, "%s", err && err->code ? err->code : "");
    if (status != AWSC_OK)
        CHECK(out == NULL, "a failed call got an output");
    awsc_output_free(out);
    awsc_error_clean_up(err);
}

/* A call that cannot be submitted returns its error and is never called
 * back; a service error and a refused connection arrive through the
 * callback. */
static void test_outcomes(struct awsc_client *c)
{
    struct awsc_dynamodb_attribute_map_entry k = {"pk", {.s = "async-key-00000"}};
    /* a TableName shorter than the model's minimum of 1 */
    struct awsc_dynamodb_get_item_input bad = {.table_name = "", .key = {&k, 1}};
    struct outcome o_bad = {0}, o_missing = {0}, o_refused[3] = {{0}};
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_dynamodb_get_item_async(c, &bad, on_outcome, &o_bad, &err);
    CHECK(rc == AWSC_E_VALIDATION && err.status == rc && err.message,
          "an invalid async call: rc %d (%s)", rc, awsc_status_name(rc));
    awsc_error_clean_up(&err);

    struct awsc_dynamodb_get_item_input missing = {.table_name = "awsc-int-no-such-table",
                                                   .key = {&k, 1}};
    submitting = true;
    rc = awsc_dynamodb_get_item_async(c, &missing, on_outcome, &o_missing, &err);
    submitting = false;
    CHECK_OK(rc, &err, "GetItem (async, missing table)");

    /* Nothing listens on the endpoint of this second client. */
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = "http://127.0.0.1:9";
    cfg.max_attempts = 1;
    cfg.connect_timeout_ms = 2000;
    struct awsc_client *refused = NULL;
    if (CHECK_OK(awsc_dynamodb_client_new(&cfg, &refused, &err), &err, "client (refused)")) {
        struct awsc_dynamodb_get_item_input in = {.table_name = TABLE, .key = {&k, 1}};
        for (int i = 0; i < 3; i++) {
            submitting = true;
            rc = awsc_dynamodb_get_item_async(refused, &in, on_outcome, &o_refused[i], &err);
            submitting = false;
            CHECK_OK(rc, &err, "GetItem (async, refused)");
        }
    }
    CHECK(awsc_client_run(c) >= 0, "awsc_client_run");
    if (refused)
        CHECK(awsc_client_run(refused) >= 0, "awsc_client_run (refused)");
    CHECK(o_bad.calls == 0, "the call that failed to submit was called back %d times", o_bad.calls);
    CHECK(o_missing.calls == 1 && o_missing.status == AWSC_E_SERVICE &&
              strcmp(o_missing.code, "ResourceNotFoundException") == 0 &&
              o_missing.http_status == 400 && !o_missing.inside_submit,
          "async GetItem of a missing table: %d calls, status %d, code %s, HTTP %d",
          o_missing.calls, o_missing.status, o_missing.code, o_missing.http_status);
    for (int i = 0; refused && i < 3; i++)
        CHECK(o_refused[i].calls == 1 && o_refused[i].status == AWSC_E_TRANSPORT &&
                  o_refused[i].http_status == 0 && !o_refused[i].inside_submit,
              "async GetItem to a closed port: %d calls, status %d (%s)", o_refused[i].calls,
              o_refused[i].status, awsc_status_name(o_refused[i].status));
    awsc_client_destroy(refused);
}

/* Calls submitted from inside callbacks: a chain, one after another. */
struct chain {
    struct awsc_client *client;
    int next;
    int done;
    int wrong;
    int nested;
    int failed;
    bool in_callback_submit;
};

static void on_chain(void *user_data, int status, struct awsc_dynamodb_get_item_output *out,
                     struct awsc_error *err);

static int chain_submit(struct chain *ch)
{
    char key[32];
    key_of(ch->next, key, sizeof key);
    struct awsc_dynamodb_attribute_map_entry k = {"pk", {.s = key}};
    struct awsc_dynamodb_get_item_input in = {.table_name = TABLE, .key = {&k, 1}};
    struct awsc_error err = AWSC_ERROR_INIT;
    ch->in_callback_submit = true;
    int rc = awsc_dynamodb_get_item_async(ch->client, &in, on_chain, ch, &err);
    ch->in_callback_submit = false;
    if (rc != AWSC_OK)
        itest_print_error("GetItem (async, from a callback)", rc, &err);
    awsc_error_clean_up(&err);
    return rc;
}

static void on_chain(void *user_data, int status, struct awsc_dynamodb_get_item_output *out,
                     struct awsc_error *err)
{
    struct chain *ch = user_data;
    if (ch->in_callback_submit)
        ch->nested++;
    if (status != AWSC_OK) {
        ch->failed++;
        awsc_error_clean_up(err);
        return;
    }
    char key[32];
    key_of(ch->next, key, sizeof key);
    const ddb_av *pk = ddb_view_get(DDB_VIEW(out->item), "pk");
    if (!pk || !pk->s || strcmp(pk->s, key) != 0)
        ch->wrong++;
    awsc_output_free(out);
    awsc_error_clean_up(err);
    ch->done++;
    ch->next++;
    if (ch->done < 50 && chain_submit(ch) != AWSC_OK)
        ch->failed++;
}

static void test_chain(struct awsc_client *c)
{
    struct chain ch = {c, 0, 0, 0, 0, 0, false};
    if (!CHECK(chain_submit(&ch) == AWSC_OK, "the first call of the chain"))
        return;
    CHECK(awsc_client_run(c) >= 0, "awsc_client_run (chain)");
    CHECK(ch.done == 50 && ch.wrong == 0 && ch.failed == 0 && ch.nested == 0,
          "a chain of 50 calls from callbacks: %d done, %d wrong, %d failed, %d called back "
          "inside their submission",
          ch.done, ch.wrong, ch.failed, ch.nested);
}

/* Destroying a client with calls in flight completes each of them once,
 * with AWSC_E_CANCELLED. */
static void test_destroy_in_flight(const char *url)
{
    struct awsc_client *c = NULL;
    if (!ddb_client_new(url, &c))
        return;
    struct outcome o[20];
    memset(o, 0, sizeof o);
    struct awsc_dynamodb_attribute_map_entry k = {"pk", {.s = "async-key-00001"}};
    struct awsc_dynamodb_get_item_input in = {.table_name = TABLE, .key = {&k, 1}};
    int submitted = 0;
    for (int i = 0; i < 20; i++) {
        struct awsc_error err = AWSC_ERROR_INIT;
        if (CHECK_OK(awsc_dynamodb_get_item_async(c, &in, on_outcome, &o[i], &err), &err,
                     "GetItem (async, to be cancelled)"))
            submitted++;
    }
    /* A little progress on some of them, then destroy. */
    awsc_client_poll(c, 0);
    awsc_client_destroy(c);
    int once = 0, cancelled = 0, ok = 0;
    for (int i = 0; i < submitted; i++) {
        once += o[i].calls == 1;
        cancelled += o[i].status == AWSC_E_CANCELLED;
        ok += o[i].status == AWSC_OK;
    }
    CHECK(once == submitted && cancelled + ok == submitted,
          "destroying a client with %d calls in flight: %d called back once, %d cancelled, "
          "%d completed",
          submitted, once, cancelled, ok);
}

static bool write_items(struct awsc_client *c, int count)
{
    char(*keys)[32] = calloc((size_t)count, sizeof *keys);
    char(*nums)[16] = calloc((size_t)count, sizeof *nums);
    struct awsc_dynamodb_attribute_map_entry(*e)[2] = calloc((size_t)count, sizeof *e);
    struct awsc_dynamodb_put_request *puts = calloc((size_t)count, sizeof *puts);
    struct awsc_dynamodb_write_request *writes = calloc((size_t)count, sizeof *writes);
    bool ok = keys && nums && e && puts && writes;
    for (int i = 0; ok && i < count; i++) {
        key_of(i, keys[i], sizeof keys[i]);
        snprintf(nums[i], sizeof nums[i], "%d", i * 7);
        e[i][0].key = "pk";
        e[i][0].value = (ddb_av){.s = keys[i]};
        e[i][1].key = "n";
        e[i][1].value = (ddb_av){.n = nums[i]};
        puts[i].item.entries = e[i];
        puts[i].item.count = 2;
        writes[i].put_request = &puts[i];
    }
    if (ok)
        ok = ddb_batch_write(c, TABLE, writes, (size_t)count, 20, NULL);
    free(keys);
    free(nums);
    free(e);
    free(puts);
    free(writes);
    return ok;
}

int main(int argc, char **argv)
{
    itest_env_set_up();
    const char *url = itest_server_url(argc, argv, "AWSC_TEST_DYNALITE_URL");
    int calls = argc > 2 ? atoi(argv[2]) : 1000;
    if (calls < 1 || calls > MAX_CALLS) {
        fprintf(stderr, "CALLS must be 1..%d\n", MAX_CALLS);
        return 2;
    }
    int max_conn = argc > 3 ? atoi(argv[3]) : 0;
    /* Without a connection limit every call in flight holds a socket: make
     * room for them under a low default descriptor limit. */
    struct rlimit nofile;
    if (getrlimit(RLIMIT_NOFILE, &nofile) == 0 && nofile.rlim_cur < (rlim_t)calls + 256) {
        nofile.rlim_cur = nofile.rlim_max == RLIM_INFINITY || nofile.rlim_max > (rlim_t)calls + 256
                              ? (rlim_t)calls + 256
                              : nofile.rlim_max;
        setrlimit(RLIMIT_NOFILE, &nofile);
    }
    struct awsc_client *c = NULL;
    struct awsc_transport *transport = NULL;
    if (max_conn > 0) {
        struct awsc_transport_options topts = {0};
        topts.max_connections = max_conn;
        if (!CHECK(awsc_transport_new_default(&topts, &transport) == AWSC_OK,
                   "awsc_transport_new_default"))
            return itest_finish("async_test");
        struct awsc_config cfg = AWSC_CONFIG_INIT;
        cfg.endpoint_url = url;
        cfg.transport = transport;
        struct awsc_error err = AWSC_ERROR_INIT;
        bool ok = CHECK_OK(awsc_dynamodb_client_new(&cfg, &c, &err), &err, "client_new");
        awsc_transport_release(transport); /* the client holds its own reference */
        if (!ok)
            return itest_finish("async_test");
    } else if (!ddb_client_new(url, &c)) {
        return itest_finish("async_test");
    }
    if (!ddb_create_table(c, TABLE, "pk", "S", NULL, NULL) || !write_items(c, calls)) {
        awsc_client_destroy(c);
        return itest_finish("async_test");
    }

    /* One input reused for every call, its key overwritten after each
     * submission: a call must have taken what it needs by the time it
     * returns. */
    char key[32];
    struct awsc_dynamodb_attribute_map_entry k = {"pk", {.s = key}};
    struct awsc_dynamodb_get_item_input in = {.table_name = TABLE, .key = {&k, 1}};
    int submitted = 0;
    double t0 = itest_now_ms();
    for (int i = 0; i < calls; i++) {
        slots[i].index = i;
        key_of(i, key, sizeof key);
        struct awsc_error err = AWSC_ERROR_INIT;
        submitting = true;
        int rc = awsc_dynamodb_get_item_async(c, &in, on_get, &slots[i], &err);
        submitting = false;
        memset(key, 'X', sizeof key - 1);
        key[sizeof key - 1] = '\0';
        if (!CHECK_OK(rc, &err, "GetItem (async submission)"))
            break;
        submitted++;
    }
    double t_submit = itest_now_ms();
    CHECK(completed == 0, "%d callbacks ran before the loop was driven", completed);
    int rc = awsc_client_run(c);
    double t_end = itest_now_ms();
    CHECK(rc >= 0, "awsc_client_run returned %d (%s)", rc, awsc_status_name(rc));
    CHECK(called_while_submitting == 0, "%d callbacks ran inside the submitting call",
          called_while_submitting);
    CHECK(completed == submitted, "%d callbacks for %d calls", completed, submitted);
    int bad_count = 0, bad_status = 0, bad_item = 0;
    for (int i = 0; i < submitted; i++) {
        bad_count += slots[i].calls != 1;
        bad_status += slots[i].calls >= 1 && slots[i].status != AWSC_OK;
        bad_item += slots[i].calls >= 1 && slots[i].status == AWSC_OK && !slots[i].ok;
    }
    CHECK(bad_count == 0, "%d calls were not called back exactly once", bad_count);
    CHECK(bad_status == 0, "%d calls failed", bad_status);
    CHECK(bad_item == 0, "%d calls got the wrong item", bad_item);
    CHECK(awsc_client_poll(c, 0) == 0, "calls still pending after awsc_client_run");

    double total = t_end - t0;
    printf("async: %d GetItem calls in flight from one thread (%s): submitted in %.1f ms, "
           "all done in %.1f ms, %.0f requests/s\n",
           submitted,
           max_conn > 0 ? "limited connections" : "the client's own transport: 16 connections",
           t_submit - t0, total, total > 0 ? submitted * 1000.0 / total : 0.0);

    test_outcomes(c);
    test_chain(c);
    test_destroy_in_flight(url);

    ddb_delete_table(c, TABLE);
    awsc_client_destroy(c);
    return itest_finish("async_test");
}
