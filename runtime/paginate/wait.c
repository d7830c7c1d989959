/*
 * Waiters: the operation called until an acceptor ends the wait, driven by
 * a struct awsc_waiter (see <awsc/wait.h>). The decision after each
 * attempt is botocore's (botocore/waiter.py); the sync and async faces
 * share it and differ only in how they call and how they wait: the async
 * one on a timer of the client's transport, the sync one on a timer of the
 * client's sync transport, run by its loop. Neither sleeps.
 */
#include "jp.h"

#include "client/client.h"

#include <stdio.h>
#include <string.h>

struct wait_run {
    struct awsc_client *client;
    const struct awsc_waiter *w;
    const struct awsc_operation *op;
    const void *input;
    struct awsc_arena *arena; /* async: the input copy */
    int64_t delay_ms;
    int max_attempts;
    int64_t max_wait_ms;
    int attempts;
    int64_t start_ms;
    struct awsc_transport *transport;        /* whose clock and timers the wait uses */
    const struct awsc_waiter_acceptor *last; /* the last acceptor that matched */
    struct awsc_error err;                   /* why it ended */
    /* async */
    awsc_wait_cb *cb;
    void *user_data;
    void *timer;
    /* sync */
    bool fired;
};

/* ------------------------------------------------------------ lookups */

const struct awsc_waiter *awsc_service_waiter(const struct awsc_service *svc, const char *name)
{
    if (!svc || !name)
        return NULL;
    size_t lo = 0, hi = svc->waiter_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, awsc_waiter_name(&awsc_service_waiters(svc)[mid]));
        if (c == 0)
            return &awsc_service_waiters(svc)[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* Whether w is one of svc's waiters. */
static bool waiter_of(const struct awsc_service *svc, const struct awsc_waiter *w)
{
    const struct awsc_waiter *all = svc ? awsc_service_waiters(svc) : NULL;
    return all && w && w >= all && w < all + svc->waiter_count;
}

const struct awsc_operation *awsc_waiter_operation(const struct awsc_service *svc,
                                                   const struct awsc_waiter *w)
{
    if (!waiter_of(svc, w) || w->operation >= svc->operation_count)
        return NULL;
    return awsc_service_operation_at(svc, w->operation);
}

/* ------------------------------------------------------------ matching */

/* The expected value as botocore's explanations print it. */
static void put_expected(struct awsc_buf *b, const struct awsc_jmespath_literal *lit)
{
    switch (lit->type) {
    case AWSC_JP_BOOL:
        awsc__buf_puts(b, lit->boolean ? "True" : "False");
        break;
    case AWSC_JP_NUMBER:
        if (lit->number == (double)(int64_t)lit->number)
            awsc__buf_printf(b, "%lld", (long long)lit->number);
        else
            awsc__buf_printf(b, "%g", lit->number);
        break;
    case AWSC_JP_STRING:
        awsc__buf_puts(b, lit->string_ref ? awsc_jmespath_literal_string(lit) : "");
        break;
    default:
        awsc__buf_puts(b, "None");
        break;
    }
}

/* botocore's AcceptorConfig.explanation */
static void explain(struct awsc_buf *b, const struct awsc_waiter_acceptor *a)
{
    const struct awsc_jmespath *argument = awsc_waiter_acceptor_argument(a);
    const char *arg = argument ? awsc_jmespath_text(argument) : "";
    switch (a->matcher) {
    case AWSC_WAIT_PATH:
        awsc__buf_printf(b, "For expression \"%s\" we matched expected path: \"", arg);
        put_expected(b, &a->expected);
        awsc__buf_putc(b, '"');
        break;
    case AWSC_WAIT_PATH_ALL:
        awsc__buf_printf(b, "For expression \"%s\" all members matched excepted path: \"", arg);
        put_expected(b, &a->expected);
        awsc__buf_putc(b, '"');
        break;
    case AWSC_WAIT_PATH_ANY:
        awsc__buf_printf(b, "For expression \"%s\" we matched expected path: \"", arg);
        put_expected(b, &a->expected);
        awsc__buf_puts(b, "\" at least once");
        break;
    case AWSC_WAIT_STATUS:
        awsc__buf_puts(b, "Matched expected HTTP status code: ");
        put_expected(b, &a->expected);
        break;
    default:
        awsc__buf_puts(b, "Matched expected service error code: ");
        put_expected(b, &a->expected);
        break;
    }
}

/* Whether acceptor a matches the attempt's result: status and output (on
 * success) or the service error err (status AWSC_E_SERVICE). Returns
 * AWSC_OK or AWSC_E_NOMEM. */
static int matches(const struct wait_run *r, const struct awsc_waiter_acceptor *a, int status,
                   const void *output, const struct awsc_error *err, bool *hit)
{
    *hit = false;
    switch (a->matcher) {
    case AWSC_WAIT_STATUS: {
        /* an operation without output leaves no status to read: a success
         * then counts as 200 */
        int http = status != AWSC_OK ? err->http_status
                   : output          ? awsc_output_http_status(output)
                                     : 200;
        *hit = a->expected.type == AWSC_JP_NUMBER && (double)http == a->expected.number;
        return AWSC_OK;
    }
    case AWSC_WAIT_ERROR:
        if (a->expected.type == AWSC_JP_BOOL)
            *hit = (status != AWSC_OK) == a->expected.boolean;
        else
            *hit = status != AWSC_OK && a->expected.type == AWSC_JP_STRING && err->code &&
                   a->expected.string_ref &&
                   strcmp(err->code, awsc_jmespath_literal_string(&a->expected)) == 0;
        return AWSC_OK;
    default:
        break;
    }
    /* path matchers look at successful outputs only */
    const struct awsc_jmespath *argument = awsc_waiter_acceptor_argument(a);
    if (status != AWSC_OK || !output || !argument)
        return AWSC_OK;
    struct awsc_arena *arena = awsc__arena_new();
    if (!arena)
        return AWSC_E_NOMEM;
    struct awsc__jv root = awsc__jv_of(awsc_operation_output(r->op), output), v;
    struct awsc__jv want = awsc__jv_literal(&a->expected);
    struct awsc_error eerr = AWSC_ERROR_INIT;
    /* an expression that fails on this output (a type error) matches
     * nothing, as botocore's would end the wait with an exception */
    int rc = awsc__jp_eval(argument, &root, arena, &v, &eerr);
    if (rc == AWSC_OK) {
        if (a->matcher == AWSC_WAIT_PATH) {
            *hit = awsc__jv_equal(&v, &want, true);
        } else if (v.kind == AWSC__JV_ARRAY && awsc__jv_count(&v) > 0) {
            /* pathAll: every element; pathAny: one of them */
            size_t n = awsc__jv_count(&v);
            bool all = true, any = false;
            for (size_t i = 0; i < n; i++) {
                struct awsc__jv one = awsc__jv_at(&v, i);
                bool eq = awsc__jv_equal(&one, &want, true);
                all = all && eq;
                any = any || eq;
            }
            *hit = a->matcher == AWSC_WAIT_PATH_ALL ? all : any;
        }
    }
    awsc_error_clean_up(&eerr);
    awsc__arena_destroy(arena);
    return rc == AWSC_E_NOMEM ? rc : AWSC_OK;
}

enum decision { KEEP_WAITING, DONE };

/* "Waiter TableExists failed: " + reason, in r->err with status. */
static void end_with(struct wait_run *r, int status, const char *reason)
{
    struct awsc_error *e = &r->err;
    struct awsc_arena *a = awsc__error_arena(e);
    e->status = status;
    e->message =
        a ? awsc__arena_printf(a, "Waiter %s failed: %s", awsc_waiter_name(r->w), reason) : NULL;
    if (!e->message)
        e->message = awsc_strerror(status);
    if (!e->operation)
        e->operation = awsc_operation_name(r->op);
}

/* After an attempt: whether the wait is over (r->err.status says how). */
static enum decision decide(struct wait_run *r, int status, const void *output,
                            struct awsc_error *call_err)
{
    r->attempts++;
    struct awsc_error none = AWSC_ERROR_INIT;
    const struct awsc_error *err = call_err ? call_err : &none;
    /* a call that got no answer from the service ends the wait at once */
    if (status != AWSC_OK && status != AWSC_E_SERVICE) {
        if (call_err)
            awsc__error_move(&r->err, call_err);
        if (!r->err.message)
            awsc__fail(&r->err, status, "%s", awsc_strerror(status));
        r->err.status = status;
        return DONE;
    }
    const struct awsc_waiter_acceptor *hit = NULL;
    for (uint32_t i = 0; i < r->w->acceptor_count && !hit; i++) {
        bool yes;
        if (matches(r, &awsc_waiter_acceptors(r->w)[i], status, output, err, &yes) != AWSC_OK) {
            awsc__fail(&r->err, AWSC_E_NOMEM, "out of memory");
            return DONE;
        }
        if (yes)
            hit = &awsc_waiter_acceptors(r->w)[i];
    }
    struct awsc_buf why = AWSC_BUF_INIT;
    enum decision d = KEEP_WAITING;
    if (hit) {
        r->last = hit;
        if (hit->state == AWSC_WAIT_SUCCESS) {
            awsc_error_clean_up(&r->err);
            return DONE;
        }
        if (hit->state == AWSC_WAIT_FAILURE) {
            /* keep what the service said, if it said no */
            if (status != AWSC_OK && call_err)
                awsc__error_move(&r->err, call_err);
            else
                awsc_error_clean_up(&r->err);
            awsc__buf_puts(&why, "Waiter encountered a terminal failure state: ");
            explain(&why, hit);
            end_with(r, AWSC_E_WAIT_FAILED, why.data ? why.data : "");
            d = DONE;
        }
    } else if (status != AWSC_OK) {
        /* an error no acceptor expects */
        if (call_err)
            awsc__error_move(&r->err, call_err);
        awsc__buf_printf(&why, "An error occurred (%s): %s", r->err.code ? r->err.code : "Unknown",
                         r->err.message ? r->err.message : "Unknown");
        end_with(r, AWSC_E_SERVICE, why.data ? why.data : "");
        d = DONE;
    }
    if (d == KEEP_WAITING && r->attempts >= r->max_attempts) {
        awsc_error_clean_up(&r->err);
        awsc__buf_reset(&why);
        awsc__buf_puts(&why, "Max attempts exceeded");
        if (r->last) {
            awsc__buf_puts(&why, ". Previously accepted state: ");
            explain(&why, r->last);
        }
        end_with(r, AWSC_E_WAIT_TIMEOUT, why.data ? why.data : "");
        d = DONE;
    } else if (d == KEEP_WAITING && r->max_wait_ms > 0) {
        int64_t elapsed = awsc_transport_now_ms(r->transport) - r->start_ms;
        if (elapsed + r->delay_ms > r->max_wait_ms) {
            awsc_error_clean_up(&r->err);
            awsc__buf_reset(&why);
            awsc__buf_printf(&why,
                             "Max wait time exceeded: %d attempts in %lld ms, and the next "
                             "would start after the limit of %lld ms",
                             r->attempts, (long long)elapsed, (long long)r->max_wait_ms);
            end_with(r, AWSC_E_WAIT_TIMEOUT, why.data ? why.data : "");
            d = DONE;
        }
    }
    if (why.failed && d == DONE)
        awsc__fail(&r->err, AWSC_E_NOMEM, "out of memory");
    awsc__buf_clean_up(&why);
    return d;
}

static int set_up(struct wait_run *r, struct awsc_client *client, const struct awsc_waiter *w,
                  const void *input, const struct awsc_wait_options *options,
                  struct awsc_error *err)
{
    memset(r, 0, sizeof *r);
    if (!client || !w)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "a client and a waiter are required");
    const struct awsc_service *svc = awsc_client_service(client);
    r->op = awsc_waiter_operation(svc, w);
    if (!r->op)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "the waiter %s does not belong to this %s client: it is not one of "
                          "the service's waiters",
                          awsc_waiter_name(w), awsc_service_service_id(svc));
    struct awsc_wait_options none = AWSC_WAIT_OPTIONS_INIT;
    const struct awsc_wait_options *o = options ? options : &none;
    if (o->delay_ms < 0 || o->max_attempts < 0 || o->max_wait_ms < 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "waiter %s: delay_ms, max_attempts and max_wait_ms must not be negative",
                          awsc_waiter_name(w));
    r->client = client;
    r->w = w;
    r->input = input;
    r->delay_ms = o->delay_ms > 0 ? o->delay_ms : (int64_t)w->delay * 1000;
    r->max_attempts = o->max_attempts > 0 ? o->max_attempts : (int)w->max_attempts;
    r->max_wait_ms = o->max_wait_ms;
    return AWSC_OK;
}

/* ---------------------------------------------------------------- sync */

static void sync_timer(void *ud)
{
    ((struct wait_run *)ud)->fired = true;
}

/* The delay between attempts, run as a timer on the sync transport's loop. */
static int sync_delay(struct wait_run *r, struct awsc_error *err)
{
    void *timer = NULL;
    r->fired = false;
    int status = awsc_transport_timer_add(r->transport, r->delay_ms, sync_timer, r, &timer);
    while (status == AWSC_OK && !r->fired) {
        int left = awsc_transport_poll(r->transport, -1);
        if (left < 0 && !r->fired) {
            awsc_transport_timer_cancel(r->transport, timer);
            status = left;
        }
    }
    if (status != AWSC_OK)
        return awsc__fail(err, status, "waiter %s: the delay between attempts failed: %s",
                          awsc_waiter_name(r->w), awsc_strerror(status));
    return AWSC_OK;
}

int awsc_wait(struct awsc_client *client, const struct awsc_waiter *waiter, const void *input,
              const struct awsc_wait_options *options, struct awsc_error *err)
{
    struct wait_run r;
    int status = set_up(&r, client, waiter, input, options, err);
    if (status != AWSC_OK)
        return status;
    status = awsc__client_sync_transport(client, &r.transport, err);
    if (status != AWSC_OK)
        return status;
    r.start_ms = awsc_transport_now_ms(r.transport);
    for (;;) {
        void *out = NULL;
        struct awsc_error cerr = AWSC_ERROR_INIT;
        status = awsc_call(client, r.op, input, awsc_operation_output(r.op) ? &out : NULL, &cerr);
        enum decision d = decide(&r, status, out, &cerr);
        awsc_output_free(out);
        awsc_error_clean_up(&cerr);
        if (d == DONE)
            break;
        if ((status = sync_delay(&r, &r.err)) != AWSC_OK)
            break;
    }
    awsc__client_sync_transport_done(client, r.transport);
    status = r.err.status;
    if (status != AWSC_OK && err)
        awsc__error_move(err, &r.err);
    awsc_error_clean_up(&r.err);
    return status;
}

/* --------------------------------------------------------------- async */

static void async_attempt(void *ud);

static void async_finish(struct wait_run *r)
{
    int status = r->err.status;
    r->cb(r->user_data, status, status == AWSC_OK ? NULL : &r->err);
    awsc_error_clean_up(&r->err);
    awsc__arena_destroy(r->arena);
    awsc__free(r);
}

static void async_done(void *ud, int status, void *output, struct awsc_error *err)
{
    struct wait_run *r = ud;
    enum decision d = decide(r, status, output, err);
    awsc_output_free(output);
    if (d == DONE) {
        async_finish(r);
        return;
    }
    int s = awsc_transport_timer_add(r->transport, r->delay_ms, async_attempt, r, &r->timer);
    if (s != AWSC_OK) {
        awsc__fail(&r->err, s, "waiter %s: could not schedule the next attempt: %s",
                   awsc_waiter_name(r->w), awsc_strerror(s));
        async_finish(r);
    }
}

static void async_attempt(void *ud)
{
    struct wait_run *r = ud;
    r->timer = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = awsc_call_async(r->client, r->op, r->input, async_done, r, &err);
    if (status != AWSC_OK) {
        /* no request went out: that ends the wait like a failed call */
        awsc__error_move(&r->err, &err);
        r->err.status = status;
        async_finish(r);
    }
}

int awsc_wait_async(struct awsc_client *client, const struct awsc_waiter *waiter, const void *input,
                    const struct awsc_wait_options *options, awsc_wait_cb *cb, void *user_data,
                    struct awsc_error *err)
{
    if (!cb)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "an async wait needs a callback");
    struct wait_run *r = awsc__calloc(1, sizeof *r);
    if (!r)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    int status = set_up(r, client, waiter, input, options, err);
    if (status == AWSC_OK && !(r->transport = awsc_client_transport(client)))
        status = awsc__fail(err, AWSC_E_NOMEM, "could not create the client's transport");
    if (status == AWSC_OK && awsc_operation_input(r->op) && input) {
        r->arena = awsc__arena_new();
        void *copy =
            r->arena ? awsc__arena_alloc(r->arena, awsc_operation_input(r->op)->size) : NULL;
        status = copy ? awsc__value_copy(awsc_operation_input(r->op), copy, input, r->arena, err)
                      : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        r->input = copy;
    }
    if (status == AWSC_OK) {
        r->cb = cb;
        r->user_data = user_data;
        r->start_ms = awsc_transport_now_ms(r->transport);
        status = awsc_call_async(client, r->op, r->input, async_done, r, err);
    }
    if (status != AWSC_OK) {
        awsc__arena_destroy(r->arena);
        awsc__free(r);
    }
    return status;
}
