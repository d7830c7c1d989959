/* The batch writer: puts and deletes queued and sent through
 * BatchWriteItem, unprocessed items resubmitted after a back-off, as
 * boto3's BatchWriter (with back-off), synchronously or on the client's
 * transport. */
#include "ddb.h"

#include <string.h>
#include <time.h>

struct req {
    struct req *next;
    bool is_delete;
    struct awsc_ddb_arena *mem; /* owns item */
    awsc_ddb_value item;        /* the Item, or the Key of a delete */
};

struct queue {
    struct req *head, *tail;
    size_t count;
};

struct awsc_ddb_batch_writer {
    struct awsc_client *client;
    char *table;
    bool async;
    int flush_amount;
    char **pkeys;
    size_t pkey_count;
    long base_delay_ms, max_delay_ms;
    int max_rounds;

    struct queue queued;
    struct queue in_flight;
    int backoff_round; /* 0: nothing came back; else 1 + the back-off's doublings */
    int no_progress;   /* responses in a row that processed nothing */
    struct awsc_ddb_batch_stats stats;

    /* async */
    bool busy;     /* a call or a back-off timer is pending */
    void *timer;   /* the pending back-off timer */
    bool flushing; /* a flush_async is waiting */
    awsc_ddb_batch_flush_cb *flush_cb;
    void *flush_ud;
    bool destroyed;          /* freed when the call in flight completes */
    struct awsc_error error; /* the error that stopped an async writer */
    bool failed;
};

/* ------------------------------------------------------------- queues */

static void q_push(struct queue *q, struct req *r)
{
    r->next = NULL;
    if (q->tail)
        q->tail->next = r;
    else
        q->head = r;
    q->tail = r;
    q->count++;
}

static struct req *q_pop(struct queue *q)
{
    struct req *r = q->head;
    if (r) {
        q->head = r->next;
        if (!q->head)
            q->tail = NULL;
        q->count--;
        r->next = NULL;
    }
    return r;
}

/* Puts all of src before dst's requests. */
static void q_prepend(struct queue *dst, struct queue *src)
{
    if (!src->head)
        return;
    src->tail->next = dst->head;
    if (!dst->tail)
        dst->tail = src->tail;
    dst->head = src->head;
    dst->count += src->count;
    *src = (struct queue){NULL, NULL, 0};
}

static void req_free(struct req *r)
{
    if (r) {
        awsc_ddb_arena_destroy(r->mem);
        awsc__free(r);
    }
}

static void q_clear(struct queue *q)
{
    struct req *r;
    while ((r = q_pop(q)))
        req_free(r);
}

static struct req *req_new(bool is_delete, const awsc_ddb_value *item, struct awsc_error *err)
{
    struct req *r = awsc__calloc(1, sizeof *r);
    if (!r || !(r->mem = awsc_ddb_arena_new())) {
        awsc__free(r);
        awsc__fail(err, AWSC_E_NOMEM, "batch writer: out of memory");
        return NULL;
    }
    r->is_delete = is_delete;
    r->item = awsc_ddb_copy(r->mem, item);
    if (awsc_ddb_arena_error(r->mem, err) != AWSC_OK) {
        req_free(r);
        return NULL;
    }
    return r;
}

/* ----------------------------------------------------------- creating */

static int writer_new(struct awsc_client *client, const char *table,
                      const struct awsc_ddb_batch_options *o, bool async,
                      struct awsc_ddb_batch_writer **out, struct awsc_error *err)
{
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "batch writer: NULL out");
    *out = NULL;
    if (!client || !table || !*table)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "batch writer: %s",
                          !client ? "NULL client" : "no table name");
    struct awsc_ddb_batch_options none = AWSC_DDB_BATCH_OPTIONS_INIT;
    if (!o)
        o = &none;
    if (o->flush_amount < 0 || o->flush_amount > 25)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "batch writer: flush_amount %d is not within 1..25 (BatchWriteItem's "
                          "limit)",
                          o->flush_amount);
    if (o->pkeys && (o->pkey_count < 1 || o->pkey_count > 2))
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "batch writer: a primary key has 1 or 2 attributes, not %zu",
                          o->pkey_count);
    if (o->base_delay_ms < 0 || o->max_delay_ms < 0 || o->max_rounds < 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "batch writer: a negative delay or round count");
    struct awsc_ddb_batch_writer *w = awsc__calloc(1, sizeof *w);
    if (!w || !(w->table = awsc__strdup(table)))
        goto nomem;
    w->client = client;
    w->async = async;
    w->flush_amount = o->flush_amount ? o->flush_amount : 25;
    w->base_delay_ms = o->base_delay_ms ? o->base_delay_ms : 50;
    w->max_delay_ms = o->max_delay_ms ? o->max_delay_ms : 5000;
    w->max_rounds = o->max_rounds ? o->max_rounds : 10;
    w->error = (struct awsc_error)AWSC_ERROR_INIT;
    if (o->pkeys) {
        w->pkeys = awsc__calloc(o->pkey_count, sizeof *w->pkeys);
        if (!w->pkeys)
            goto nomem;
        w->pkey_count = o->pkey_count;
        for (size_t i = 0; i < o->pkey_count; i++) {
            if (!o->pkeys[i] || !*o->pkeys[i]) {
                awsc_ddb_batch_writer_destroy(w);
                return awsc__fail(err, AWSC_E_INVALID_ARG,
                                  "batch writer: primary key attribute %zu has no name", i);
            }
            if (!(w->pkeys[i] = awsc__strdup(o->pkeys[i])))
                goto nomem;
        }
    }
    *out = w;
    return AWSC_OK;
nomem:
    awsc_ddb_batch_writer_destroy(w);
    return awsc__fail(err, AWSC_E_NOMEM, "batch writer: out of memory");
}

int awsc_ddb_batch_writer_new(struct awsc_client *client, const char *table,
                              const struct awsc_ddb_batch_options *options,
                              struct awsc_ddb_batch_writer **out, struct awsc_error *err)
{
    return writer_new(client, table, options, false, out, err);
}

int awsc_ddb_batch_writer_new_async(struct awsc_client *client, const char *table,
                                    const struct awsc_ddb_batch_options *options,
                                    struct awsc_ddb_batch_writer **out, struct awsc_error *err)
{
    return writer_new(client, table, options, true, out, err);
}

static void writer_free(struct awsc_ddb_batch_writer *w)
{
    q_clear(&w->queued);
    q_clear(&w->in_flight);
    for (size_t i = 0; i < w->pkey_count; i++)
        awsc__free(w->pkeys[i]);
    awsc__free(w->pkeys);
    awsc__free(w->table);
    awsc_error_clean_up(&w->error);
    awsc__free(w);
}

void awsc_ddb_batch_writer_destroy(struct awsc_ddb_batch_writer *w)
{
    if (!w)
        return;
    if (w->timer) {
        awsc_transport_timer_cancel(awsc_client_transport(w->client), w->timer);
        w->timer = NULL;
        w->busy = false;
    }
    if (w->in_flight.count) { /* the call's callback frees it */
        w->destroyed = true;
        w->flushing = false;
        return;
    }
    writer_free(w);
}

size_t awsc_ddb_batch_pending(const struct awsc_ddb_batch_writer *w)
{
    return w ? w->queued.count + w->in_flight.count : 0;
}

struct awsc_ddb_batch_stats awsc_ddb_batch_stats(const struct awsc_ddb_batch_writer *w)
{
    struct awsc_ddb_batch_stats none = {0, 0, 0, 0};
    return w ? w->stats : none;
}

/* ---------------------------------------------------------- requests */

static bool same_value(const awsc_ddb_value *x, const awsc_ddb_value *y)
{
    if (x->s || y->s)
        return x->s && y->s && strcmp(x->s, y->s) == 0;
    if (x->n || y->n)
        return x->n && y->n && strcmp(x->n, y->n) == 0;
    if (x->b.data || y->b.data)
        return x->b.data && y->b.data && x->b.len == y->b.len &&
               memcmp(x->b.data, y->b.data, x->b.len) == 0;
    return false;
}

/* With pkeys, drops a queued request for the same key as r. */
static int replace_duplicate(struct awsc_ddb_batch_writer *w, const struct req *r,
                             struct awsc_error *err)
{
    for (size_t k = 0; k < w->pkey_count; k++)
        if (!awsc_ddb_get(&r->item, w->pkeys[k]))
            return awsc__fail(err, AWSC_E_INVALID_ARG,
                              "batch writer: the %s lacks the primary key attribute \"%s\"",
                              r->is_delete ? "key to delete" : "item", w->pkeys[k]);
    struct req **link = &w->queued.head, *prev = NULL;
    for (struct req *q = w->queued.head; q; prev = q, q = q->next) {
        bool same = true;
        for (size_t k = 0; k < w->pkey_count && same; k++) {
            const awsc_ddb_value *x = awsc_ddb_get(&q->item, w->pkeys[k]);
            same = x && same_value(x, awsc_ddb_get(&r->item, w->pkeys[k]));
        }
        if (same) {
            *link = q->next;
            if (w->queued.tail == q)
                w->queued.tail = prev;
            w->queued.count--;
            req_free(q);
            w->stats.replaced++;
            return AWSC_OK; /* the queue never holds two for one key */
        }
        link = &q->next;
    }
    return AWSC_OK;
}

static int send_sync(struct awsc_ddb_batch_writer *w, struct awsc_error *err);
static void kick(struct awsc_ddb_batch_writer *w);

static int add(struct awsc_ddb_batch_writer *w, bool is_delete, const awsc_ddb_value *item,
               struct awsc_error *err)
{
    if (!w)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "batch writer: NULL writer");
    if (!item || !item->m.entries || item->m.count == 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "batch writer: the %s is not a map (M) value",
                          is_delete ? "key to delete" : "item");
    struct req *r = req_new(is_delete, item, err);
    if (!r)
        return err ? err->status : AWSC_E_NOMEM;
    int rc = w->pkey_count ? replace_duplicate(w, r, err) : AWSC_OK;
    if (rc != AWSC_OK) {
        req_free(r);
        return rc;
    }
    q_push(&w->queued, r);
    if (w->queued.count < (size_t)w->flush_amount)
        return AWSC_OK;
    if (w->async) {
        kick(w);
        return AWSC_OK;
    }
    return send_sync(w, err);
}

int awsc_ddb_batch_put(struct awsc_ddb_batch_writer *w, const awsc_ddb_value *item,
                       struct awsc_error *err)
{
    return add(w, false, item, err);
}

int awsc_ddb_batch_delete(struct awsc_ddb_batch_writer *w, const awsc_ddb_value *key,
                          struct awsc_error *err)
{
    return add(w, true, key, err);
}

/* ------------------------------------------------------------ sending */

/* Moves up to flush_amount queued requests in flight and builds the input
 * (its arrays in *mem, malloc'd). */
static int take_batch(struct awsc_ddb_batch_writer *w,
                      struct awsc_dynamodb_batch_write_item_input *in,
                      struct awsc_dynamodb_batch_write_item_request_map_entry *entry, void **mem,
                      struct awsc_error *err)
{
    size_t n =
        w->queued.count < (size_t)w->flush_amount ? w->queued.count : (size_t)w->flush_amount;
    struct awsc_dynamodb_write_request *writes =
        awsc__calloc(n, sizeof *writes + sizeof(struct awsc_dynamodb_put_request) +
                            sizeof(struct awsc_dynamodb_delete_request));
    if (!writes)
        return awsc__fail(err, AWSC_E_NOMEM, "batch writer: out of memory");
    struct awsc_dynamodb_put_request *puts = (void *)(writes + n);
    struct awsc_dynamodb_delete_request *dels = (void *)(puts + n);
    for (size_t i = 0; i < n; i++) {
        struct req *r = q_pop(&w->queued);
        q_push(&w->in_flight, r);
        if (r->is_delete) {
            dels[i].key = r->item.m;
            writes[i].delete_request = &dels[i];
        } else {
            puts[i].item = r->item.m;
            writes[i].put_request = &puts[i];
        }
    }
    *entry = (struct awsc_dynamodb_batch_write_item_request_map_entry){w->table, {writes, n}};
    *in = (struct awsc_dynamodb_batch_write_item_input){.request_items = {entry, 1}};
    *mem = writes;
    w->stats.calls++;
    return AWSC_OK;
}

/* Takes a response: the in-flight requests are done, the unprocessed ones
 * are queued again. */
static int took_response(struct awsc_ddb_batch_writer *w,
                         const struct awsc_dynamodb_batch_write_item_output *out,
                         struct awsc_error *err)
{
    size_t sent = w->in_flight.count, again = 0;
    struct queue back = {NULL, NULL, 0};
    int rc = AWSC_OK;
    for (size_t t = 0; t < out->unprocessed_items.count && rc == AWSC_OK; t++) {
        const struct awsc_dynamodb_batch_write_item_request_map_entry *e =
            &out->unprocessed_items.entries[t];
        for (size_t i = 0; i < e->value.count && rc == AWSC_OK; i++) {
            const struct awsc_dynamodb_write_request *wr = &e->value.items[i];
            awsc_ddb_value v = {0};
            if (wr->put_request)
                v = AWSC_DDB_ITEM_M(wr->put_request->item);
            else if (wr->delete_request)
                v = AWSC_DDB_ITEM_M(wr->delete_request->key);
            else
                continue;
            struct req *r = req_new(wr->delete_request != NULL, &v, err);
            if (!r) {
                rc = err ? err->status : AWSC_E_NOMEM;
                break;
            }
            q_push(&back, r);
            again++;
        }
    }
    if (rc != AWSC_OK) { /* keep what was sent: nothing is lost */
        q_clear(&back);
        q_prepend(&w->queued, &w->in_flight);
        return rc;
    }
    q_clear(&w->in_flight);
    /* boto3 puts them at the end of the queue */
    if (back.head) {
        if (w->queued.tail)
            w->queued.tail->next = back.head;
        else
            w->queued.head = back.head;
        w->queued.tail = back.tail;
        w->queued.count += back.count;
    }
    w->stats.written += sent - again;
    w->stats.resubmitted += again;
    /* Wait base_delay_ms after a round that left some requests
     * unprocessed, twice as long after each round in a row that processed
     * nothing (always doubling would reach max_delay_ms within a few
     * batches while the table takes most of each). */
    w->backoff_round = again == 0 ? 0 : again < sent ? 1 : w->backoff_round + 1;
    w->no_progress = again == sent ? w->no_progress + 1 : 0;
    if (w->no_progress >= w->max_rounds)
        return awsc__fail(err, AWSC_E_SERVICE,
                          "batch writer: %zu request%s to %s still unprocessed after %d "
                          "BatchWriteItem calls in a row that processed nothing",
                          w->queued.count, w->queued.count == 1 ? "" : "s", w->table,
                          w->no_progress);
    return AWSC_OK;
}

static long delay_ms(const struct awsc_ddb_batch_writer *w)
{
    if (w->backoff_round == 0)
        return 0;
    long d = w->base_delay_ms;
    for (int i = 1; i < w->backoff_round && d < w->max_delay_ms; i++)
        d *= 2;
    return d < w->max_delay_ms ? d : w->max_delay_ms;
}

static int send_sync(struct awsc_ddb_batch_writer *w, struct awsc_error *err)
{
    long d = delay_ms(w);
    if (d > 0) {
        struct timespec ts = {d / 1000, (d % 1000) * 1000000L};
        nanosleep(&ts, NULL);
    }
    struct awsc_dynamodb_batch_write_item_input in;
    struct awsc_dynamodb_batch_write_item_request_map_entry entry;
    void *mem = NULL;
    int rc = take_batch(w, &in, &entry, &mem, err);
    if (rc != AWSC_OK)
        return rc;
    struct awsc_dynamodb_batch_write_item_output *out = NULL;
    rc = awsc_dynamodb_batch_write_item(w->client, &in, &out, err);
    awsc__free(mem);
    if (rc != AWSC_OK) {
        q_prepend(&w->queued, &w->in_flight);
        return rc;
    }
    rc = took_response(w, out, err);
    awsc_output_free(out);
    if (rc != AWSC_OK)
        w->no_progress = 0; /* a later flush starts afresh */
    return rc;
}

int awsc_ddb_batch_flush(struct awsc_ddb_batch_writer *w, struct awsc_error *err)
{
    if (!w)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "batch writer: NULL writer");
    if (w->async)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "batch writer: an asynchronous writer flushes with "
                          "awsc_ddb_batch_flush_async()");
    while (w->queued.count) {
        int rc = send_sync(w, err);
        if (rc != AWSC_OK)
            return rc;
    }
    return AWSC_OK;
}

/* ---------------------------------------------------------------- async */

static void finish_flush(struct awsc_ddb_batch_writer *w)
{
    if (!w->flushing)
        return;
    if (!w->failed && (w->busy || w->queued.count))
        return;
    w->flushing = false;
    awsc_ddb_batch_flush_cb *cb = w->flush_cb;
    w->flush_cb = NULL;
    cb(w->flush_ud, w->failed ? w->error.status : AWSC_OK, w->failed ? &w->error : NULL);
}

static void fail_async(struct awsc_ddb_batch_writer *w, struct awsc_error *err)
{
    awsc__error_move(&w->error, err);
    w->failed = true;
}

static void on_response(void *ud, int status, struct awsc_dynamodb_batch_write_item_output *out,
                        struct awsc_error *err)
{
    struct awsc_ddb_batch_writer *w = ud;
    w->busy = false;
    if (w->destroyed) {
        awsc_output_free(out);
        awsc_error_clean_up(err);
        writer_free(w);
        return;
    }
    if (status != AWSC_OK) {
        q_prepend(&w->queued, &w->in_flight);
        fail_async(w, err);
    } else {
        struct awsc_error e = AWSC_ERROR_INIT;
        if (took_response(w, out, &e) != AWSC_OK) {
            w->no_progress = 0;
            fail_async(w, &e);
        }
        awsc_output_free(out);
    }
    kick(w);
    finish_flush(w);
}

static void send_async(struct awsc_ddb_batch_writer *w)
{
    struct awsc_dynamodb_batch_write_item_input in;
    struct awsc_dynamodb_batch_write_item_request_map_entry entry;
    void *mem = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = take_batch(w, &in, &entry, &mem, &err);
    if (rc == AWSC_OK) {
        rc = awsc_dynamodb_batch_write_item_async(w->client, &in, on_response, w, &err);
        awsc__free(mem);
        if (rc != AWSC_OK)
            q_prepend(&w->queued, &w->in_flight);
    }
    if (rc != AWSC_OK) {
        fail_async(w, &err);
        return;
    }
    w->busy = true;
}

static void on_timer(void *ud)
{
    struct awsc_ddb_batch_writer *w = ud;
    w->timer = NULL;
    w->busy = false;
    if (w->queued.count)
        send_async(w);
    finish_flush(w);
}

/* Starts the next call (or its back-off) when one is due. */
static void kick(struct awsc_ddb_batch_writer *w)
{
    if (w->busy || w->failed || w->queued.count == 0)
        return;
    if (!w->flushing && w->queued.count < (size_t)w->flush_amount)
        return;
    long d = delay_ms(w);
    if (d <= 0) {
        send_async(w);
        return;
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_transport_timer_add(awsc_client_transport(w->client), d, on_timer, w, &w->timer) !=
        AWSC_OK) {
        awsc__fail(&err, AWSC_E_NOMEM, "batch writer: the back-off timer could not be set");
        fail_async(w, &err);
        return;
    }
    w->busy = true;
}

int awsc_ddb_batch_flush_async(struct awsc_ddb_batch_writer *w, awsc_ddb_batch_flush_cb *cb,
                               void *user_data, struct awsc_error *err)
{
    if (!w || !cb)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "batch writer: NULL %s",
                          !w ? "writer" : "callback");
    if (!w->async)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "batch writer: a synchronous writer flushes with awsc_ddb_batch_flush()");
    if (w->flushing)
        return awsc__fail(err, AWSC_E_BUSY, "batch writer: a flush is already waiting");
    /* a new flush tries again after an error */
    awsc_error_clean_up(&w->error);
    w->error = (struct awsc_error)AWSC_ERROR_INIT;
    w->failed = false;
    /* the callback must not run from inside this call: a zero-delay
     * timer brings it to the loop when nothing needs sending */
    w->flushing = true;
    w->flush_cb = cb;
    w->flush_ud = user_data;
    kick(w);
    if (!w->busy && !w->failed) {
        if (awsc_transport_timer_add(awsc_client_transport(w->client), 0, on_timer, w, &w->timer) !=
            AWSC_OK) {
            w->flushing = false;
            return awsc__fail(err, AWSC_E_NOMEM, "batch writer: the timer could not be set");
        }
        w->busy = true;
    }
    if (w->failed) { /* the submit failed: report it now, never call cb */
        w->flushing = false;
        int rc = w->error.status;
        awsc__error_move(err, &w->error);
        w->error = (struct awsc_error)AWSC_ERROR_INIT;
        w->failed = false;
        return rc;
    }
    return AWSC_OK;
}
