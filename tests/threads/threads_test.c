/*
 * Many threads, one client, against dynalite (a real DynamoDB on
 * 127.0.0.1):
 *
 * - 8 threads make sync calls at once on one shared client: PutItem,
 *   GetItem, UpdateItem and DeleteItem of items of their own, DescribeTable
 *   and Query now and then, each result checked against what the thread
 *   wrote;
 * - meanwhile 4 threads submit async GetItem calls onto a transport whose
 *   loop a fifth thread runs, through a second client: each callback must
 *   run exactly once, on a thread other than the one that submitted it,
 *   with its own item;
 * - the clients' credentials expire soon after the start: one refresh
 *   (exactly one fetch, however many threads need it) happens in the
 *   middle of the calls;
 * - the async client is destroyed from the main thread while calls from
 *   the 4 threads are in flight (each ends once, as itself or cancelled),
 *   and a new client goes on on the same transport.
 *
 * Built with -Db_sanitize=thread (scripts/test --tsan) any data race
 * fails the run.
 *
 *   threads_test [URL] [ITERATIONS] [ASYNC_CALLS]
 *
 * (defaults: $AWSC_TEST_DYNALITE_URL, 40 iterations of 4 calls per sync
 * thread, 100 async calls per submitting thread and round)
 */
#include "ddb.h"
#include "itest.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define TABLE           "awsc-threads"
#define SYNC_THREADS    8
#define ASYNC_THREADS   4
#define SEEDS           64
#define MAX_ASYNC_CALLS 1000
/* The first credentials are fresh this long, then a refresh is due
 * (botocore's advisory window: 15 minutes before the expiration). */
#define FRESH_SECONDS 1
#define ADVISORY_WINDOW (15 * 60)

static const char *url;
static int iterations = 40;
static int async_calls = 100;
static pthread_mutex_t check_mu = PTHREAD_MUTEX_INITIALIZER;

/* CHECK from any thread: the failure count is not atomic. */
#define TCHECK(cond, ...)                                      \
    do {                                                       \
        if (!(cond)) {                                         \
            pthread_mutex_lock(&check_mu);                     \
            itest_fail_at(__FILE__, __LINE__, __VA_ARGS__);    \
            pthread_mutex_unlock(&check_mu);                   \
        }                                                      \
    } while (0)

static bool tcheck_ok(int rc, struct awsc_error *err, const char *what)
{
    if (rc == AWSC_OK) {
        awsc_error_clean_up(err);
        return true;
    }
    pthread_mutex_lock(&check_mu);
    bool ok = itest_check_ok(__FILE__, __LINE__, rc, err, what);
    pthread_mutex_unlock(&check_mu);
    return ok;
}

/* ----------------------------------------------------------- credentials */

static atomic_int fetches;

/* Answers at once, on the loop thread of the call that needs it: first
 * credentials due for a refresh in FRESH_SECONDS, then ones that never
 * expire. */
static void fetch_credentials(void *ud, struct awsc_credentials_fetch *f)
{
    (void)ud;
    int n = atomic_fetch_add(&fetches, 1) + 1;
    struct awsc_credentials_info c = {0};
    c.access_key_id = n == 1 ? "AKIDTHREADSFIRST" : "AKIDTHREADSSECOND";
    c.secret_access_key = "threads/secret/key";
    c.expiration = n == 1 ? (int64_t)time(NULL) + ADVISORY_WINDOW + FRESH_SECONDS : 0;
    awsc_credentials_fetch_done(f, &c);
}

static struct awsc_credentials_provider *provider;

static struct awsc_client *client_new(struct awsc_transport *t)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    cfg.region = "us-east-1";
    cfg.credentials_provider = provider;
    cfg.transport = t;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!tcheck_ok(awsc_dynamodb_client_new(&cfg, &c, &err), &err, "client_new"))
        exit(1);
    return c;
}

/* ------------------------------------------------------------ sync calls */

struct sync_worker {
    int index;
    struct awsc_client *client;
    pthread_t thread;
    int calls;
};

static const char *n_of(const struct awsc_dynamodb_attribute_map *m, const char *name)
{
    const ddb_av *v = ddb_view_get(DDB_VIEW(*m), name);
    return v && v->n ? v->n : "";
}

static const char *s_of(const struct awsc_dynamodb_attribute_map *m, const char *name)
{
    const ddb_av *v = ddb_view_get(DDB_VIEW(*m), name);
    return v && v->s ? v->s : "";
}

static void one_iteration(struct sync_worker *w, int j)
{
    struct awsc_client *c = w->client;
    struct awsc_error err = AWSC_ERROR_INIT;
    char pk[32], who[32], n[16], n1[16];
    snprintf(pk, sizeof pk, "sync-%d-%d", w->index, j);
    snprintf(who, sizeof who, "thread %d", w->index);
    snprintf(n, sizeof n, "%d", j);
    snprintf(n1, sizeof n1, "%d", j + 1);

    struct awsc_dynamodb_attribute_map_entry item[] = {
        {"pk", {.s = pk}}, {"who", {.s = who}}, {"n", {.n = n}}};
    struct awsc_dynamodb_put_item_input put = {.table_name = TABLE, .item = AWSC_LIST(item)};
    struct awsc_dynamodb_put_item_output *put_out = NULL;
    if (!tcheck_ok(awsc_dynamodb_put_item(c, &put, &put_out, &err), &err, "PutItem"))
        return;
    awsc_output_free(put_out);
    w->calls++;

    struct awsc_dynamodb_attribute_map_entry key[] = {{"pk", {.s = pk}}};
    struct awsc_dynamodb_get_item_input get = {
        .table_name = TABLE, .key = AWSC_LIST(key), .has_consistent_read = true,
        .consistent_read = true};
    struct awsc_dynamodb_get_item_output *got = NULL;
    if (tcheck_ok(awsc_dynamodb_get_item(c, &get, &got, &err), &err, "GetItem")) {
        TCHECK(strcmp(s_of(&got->item, "pk"), pk) == 0 && strcmp(s_of(&got->item, "who"), who) == 0 &&
                   strcmp(n_of(&got->item, "n"), n) == 0,
               "GetItem %s: another item came back (pk %s, who %s, n %s)", pk,
               s_of(&got->item, "pk"), s_of(&got->item, "who"), n_of(&got->item, "n"));
        awsc_output_free(got);
        w->calls++;
    }

    struct awsc_dynamodb_attribute_map_entry one[] = {{":one", {.n = "1"}}};
    struct awsc_dynamodb_update_item_input up = {.table_name = TABLE,
                                                 .key = AWSC_LIST(key),
                                                 .update_expression = "ADD n :one",
                                                 .expression_attribute_values = AWSC_LIST(one),
                                                 .return_values = "UPDATED_NEW"};
    struct awsc_dynamodb_update_item_output *up_out = NULL;
    if (tcheck_ok(awsc_dynamodb_update_item(c, &up, &up_out, &err), &err, "UpdateItem")) {
        TCHECK(strcmp(n_of(&up_out->attributes, "n"), n1) == 0, "UpdateItem %s: n is %s, not %s",
               pk, n_of(&up_out->attributes, "n"), n1);
        awsc_output_free(up_out);
        w->calls++;
    }

    if (j % 8 == 0) {
        struct awsc_dynamodb_attribute_map_entry v[] = {{":pk", {.s = pk}}};
        struct awsc_dynamodb_query_input q = {.table_name = TABLE,
                                              .key_condition_expression = "pk = :pk",
                                              .expression_attribute_values = AWSC_LIST(v),
                                              .has_consistent_read = true,
                                              .consistent_read = true};
        struct awsc_dynamodb_query_output *q_out = NULL;
        if (tcheck_ok(awsc_dynamodb_query(c, &q, &q_out, &err), &err, "Query")) {
            TCHECK(q_out->count == 1 && q_out->items.count == 1 &&
                       strcmp(n_of(&q_out->items.items[0], "n"), n1) == 0,
                   "Query %s: %d items", pk, (int)q_out->count);
            awsc_output_free(q_out);
            w->calls++;
        }
        struct awsc_dynamodb_describe_table_input d = {.table_name = TABLE};
        struct awsc_dynamodb_describe_table_output *d_out = NULL;
        if (tcheck_ok(awsc_dynamodb_describe_table(c, &d, &d_out, &err), &err, "DescribeTable")) {
            TCHECK(d_out->table && d_out->table->table_name &&
                       strcmp(d_out->table->table_name, TABLE) == 0,
                   "DescribeTable: another table");
            awsc_output_free(d_out);
            w->calls++;
        }
    }

    struct awsc_dynamodb_delete_item_input del = {
        .table_name = TABLE, .key = AWSC_LIST(key), .return_values = "ALL_OLD"};
    struct awsc_dynamodb_delete_item_output *del_out = NULL;
    if (tcheck_ok(awsc_dynamodb_delete_item(c, &del, &del_out, &err), &err, "DeleteItem")) {
        TCHECK(strcmp(n_of(&del_out->attributes, "n"), n1) == 0 &&
                   strcmp(s_of(&del_out->attributes, "who"), who) == 0,
               "DeleteItem %s: the old item was not the thread's", pk);
        awsc_output_free(del_out);
        w->calls++;
    }
}

static void *sync_main(void *arg)
{
    struct sync_worker *w = arg;
    /* at least `iterations`, and on until the refresh has happened, so
     * that it falls among the calls (bounded: 60 s) */
    double start = itest_now_ms();
    for (int j = 0; j < iterations || (atomic_load(&fetches) < 2 && itest_now_ms() - start < 60000);
         j++)
        one_iteration(w, j);
    return NULL;
}

/* ----------------------------------------------------------- async calls */

struct async_slot {
    atomic_int calls;
    int status;
    bool right_item;
    pthread_t submitter;
    bool on_submitter;
};

struct async_round {
    struct awsc_client *client;
    struct async_slot slots[ASYNC_THREADS][MAX_ASYNC_CALLS];
    atomic_int completed;
    atomic_int submitted;
};

struct async_submitter {
    struct async_round *round;
    int index;
    pthread_t thread;
};

struct async_ref {
    struct async_slot *slot;
    struct async_round *round;
    int seed;
};
static struct async_ref refs[2][ASYNC_THREADS][MAX_ASYNC_CALLS];

static void on_get(void *user_data, int status, struct awsc_dynamodb_get_item_output *out,
                   struct awsc_error *err)
{
    struct async_ref *r = user_data;
    struct async_slot *s = r->slot;
    s->status = status;
    s->on_submitter = pthread_equal(pthread_self(), s->submitter);
    if (status == AWSC_OK && out) {
        char pk[32], n[16];
        snprintf(pk, sizeof pk, "seed-%d", r->seed);
        snprintf(n, sizeof n, "%d", r->seed * 3);
        s->right_item = strcmp(s_of(&out->item, "pk"), pk) == 0 && strcmp(n_of(&out->item, "n"), n) == 0;
    } else if (status != AWSC_E_CANCELLED) {
        pthread_mutex_lock(&check_mu);
        itest_print_error("GetItem (async)", status, err);
        pthread_mutex_unlock(&check_mu);
    }
    awsc_output_free(out);
    awsc_error_clean_up(err);
    /* last: the main thread reads the slot once every call is counted */
    atomic_fetch_add(&s->calls, 1);
    atomic_fetch_add(&r->round->completed, 1);
}

static int round_of(const struct async_round *r);

static void *submit_main(void *arg)
{
    struct async_submitter *a = arg;
    struct async_round *round = a->round;
    for (int k = 0; k < async_calls; k++) {
        struct async_slot *s = &round->slots[a->index][k];
        struct async_ref *ref = &refs[round_of(round)][a->index][k];
        s->submitter = pthread_self();
        ref->slot = s;
        ref->round = round;
        ref->seed = (a->index * 17 + k) % SEEDS;
        char pk[32];
        snprintf(pk, sizeof pk, "seed-%d", ref->seed);
        struct awsc_dynamodb_attribute_map_entry key[] = {{"pk", {.s = pk}}};
        struct awsc_dynamodb_get_item_input get = {.table_name = TABLE, .key = AWSC_LIST(key)};
        struct awsc_error err = AWSC_ERROR_INIT;
        if (tcheck_ok(awsc_dynamodb_get_item_async(round->client, &get, on_get, ref, &err), &err,
                      "GetItem (async submit)"))
            atomic_fetch_add(&round->submitted, 1);
    }
    return NULL;
}

static struct async_round rounds[2];

static int round_of(const struct async_round *r)
{
    return r == &rounds[0] ? 0 : 1;
}

static void submit_round(struct async_round *round)
{
    struct async_submitter subs[ASYNC_THREADS];
    for (int i = 0; i < ASYNC_THREADS; i++) {
        subs[i] = (struct async_submitter){round, i, 0};
        pthread_create(&subs[i].thread, NULL, submit_main, &subs[i]);
    }
    for (int i = 0; i < ASYNC_THREADS; i++)
        pthread_join(subs[i].thread, NULL);
}

/* Every call of the round ended once; cancelled ones only when allowed. */
static void check_round(struct async_round *round, const char *name, bool may_cancel)
{
    int ok = 0, cancelled = 0;
    for (int i = 0; i < ASYNC_THREADS; i++)
        for (int k = 0; k < async_calls; k++) {
            struct async_slot *s = &round->slots[i][k];
            int calls = atomic_load(&s->calls);
            TCHECK(calls == 1, "%s: call %d of thread %d ended %d times", name, k, i, calls);
            if (calls != 1)
                continue;
            TCHECK(!s->on_submitter, "%s: a callback ran on the thread that submitted it", name);
            if (s->status == AWSC_OK) {
                TCHECK(s->right_item, "%s: call %d of thread %d got another item", name, k, i);
                ok++;
            } else if (s->status == AWSC_E_CANCELLED && may_cancel) {
                cancelled++;
            } else {
                TCHECK(false, "%s: call %d of thread %d ended with %s", name, k, i,
                       awsc_status_name(s->status));
            }
        }
    printf("%s: %d calls from %d threads: %d answered, %d cancelled\n", name,
           ASYNC_THREADS * async_calls, ASYNC_THREADS, ok, cancelled);
}

/* The fifth thread: runs the async transport's loop until told to stop. */
static atomic_bool stop_loop;

static void *loop_main(void *arg)
{
    struct awsc_transport *t = arg;
    while (!atomic_load(&stop_loop) || awsc_transport_pending(t) > 0) {
        int n = awsc_transport_poll(t, 20);
        if (n < 0) {
            TCHECK(false, "the loop failed: %s", awsc_status_name(n));
            break;
        }
    }
    return NULL;
}

static void wait_completed(struct async_round *round, double timeout_ms)
{
    double start = itest_now_ms();
    while (atomic_load(&round->completed) < atomic_load(&round->submitted) &&
           itest_now_ms() - start < timeout_ms)
        itest_sleep_ms(5);
}

int main(int argc, char **argv)
{
    url = itest_server_url(argc, argv, "AWSC_TEST_DYNALITE_URL");
    if (argc > 2)
        iterations = atoi(argv[2]);
    if (argc > 3)
        async_calls = atoi(argv[3]);
    if (iterations < 1 || async_calls < 1 || async_calls > MAX_ASYNC_CALLS) {
        fprintf(stderr, "usage: threads_test [URL] [ITERATIONS] [ASYNC_CALLS <= %d]\n",
                MAX_ASYNC_CALLS);
        return 2;
    }
    itest_env_set_up();
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_credentials_provider_new("threads-test", fetch_credentials, NULL, NULL, 0,
                                      &provider) != AWSC_OK) {
        FAIL("could not make the credentials provider");
        return itest_finish("threads_test");
    }

    /* the table and the seed items, on the shared client */
    struct awsc_client *shared = client_new(NULL);
    ddb_create_table(shared, TABLE, "pk", "S", NULL, NULL);
    for (int i = 0; i < SEEDS; i++) {
        char pk[32], n[16];
        snprintf(pk, sizeof pk, "seed-%d", i);
        snprintf(n, sizeof n, "%d", i * 3);
        struct awsc_dynamodb_attribute_map_entry item[] = {{"pk", {.s = pk}}, {"n", {.n = n}}};
        struct awsc_dynamodb_put_item_input put = {.table_name = TABLE, .item = AWSC_LIST(item)};
        struct awsc_dynamodb_put_item_output *out = NULL;
        if (tcheck_ok(awsc_dynamodb_put_item(shared, &put, &out, &err), &err, "PutItem (seed)"))
            awsc_output_free(out);
    }
    TCHECK(atomic_load(&fetches) == 1, "%d fetches before the threads start",
           atomic_load(&fetches));

    /* the async side: a transport whose loop the fifth thread runs */
    struct awsc_transport_options o = {.max_connections = 8};
    struct awsc_transport *t = NULL;
    CHECK(awsc_transport_new_default(&o, &t) == AWSC_OK, "transport_new_default");
    pthread_t loop;
    pthread_create(&loop, NULL, loop_main, t);
    rounds[0].client = client_new(t);

    double start = itest_now_ms();
    struct sync_worker workers[SYNC_THREADS];
    for (int i = 0; i < SYNC_THREADS; i++) {
        workers[i] = (struct sync_worker){i, shared, 0, 0};
        pthread_create(&workers[i].thread, NULL, sync_main, &workers[i]);
    }

    /* round 1: submitted from 4 threads, then the client destroyed with
     * calls in flight */
    submit_round(&rounds[0]);
    /* some answered, the rest (most likely) still in flight */
    double wait_start = itest_now_ms();
    while (atomic_load(&rounds[0].completed) < atomic_load(&rounds[0].submitted) / 4 &&
           itest_now_ms() - wait_start < 30000)
        itest_sleep_ms(1);
    int ended_before = atomic_load(&rounds[0].completed);
    awsc_client_destroy(rounds[0].client);
    printf("async round 1: %d of %d calls ended when the client was destroyed\n", ended_before,
           atomic_load(&rounds[0].submitted));
    TCHECK(atomic_load(&rounds[0].completed) == atomic_load(&rounds[0].submitted),
           "destroy returned with %d of %d calls not ended",
           atomic_load(&rounds[0].submitted) - atomic_load(&rounds[0].completed),
           atomic_load(&rounds[0].submitted));
    check_round(&rounds[0], "async round 1 (client destroyed)", true);

    /* round 2: a new client on the same loop, every call answered */
    rounds[1].client = client_new(t);
    submit_round(&rounds[1]);
    wait_completed(&rounds[1], 120000);
    check_round(&rounds[1], "async round 2", false);
    awsc_client_destroy(rounds[1].client);

    int sync_calls = 0;
    for (int i = 0; i < SYNC_THREADS; i++) {
        pthread_join(workers[i].thread, NULL);
        sync_calls += workers[i].calls;
    }
    double ms = itest_now_ms() - start;
    atomic_store(&stop_loop, true);
    pthread_join(loop, NULL);
    awsc_transport_release(t);

    int n = atomic_load(&fetches);
    TCHECK(n == 2, "the credentials were fetched %d times, not twice (once, then one refresh)", n);
    printf("%d sync calls from %d threads on one client, %d async calls from %d threads, in "
           "%.0f ms; %d credential fetches\n",
           sync_calls, SYNC_THREADS, 2 * ASYNC_THREADS * async_calls, ASYNC_THREADS, ms, n);

    ddb_delete_table(shared, TABLE);
    awsc_client_destroy(shared);
    awsc_credentials_provider_release(provider);
    return itest_finish("threads_test");
}
