/*
 * The transport base: reference counting, request bookkeeping and the
 * delivery of completions, the timer heap, the clock, the built-in loop
 * (poll/run) and the application's event-loop hooks. The kinds (curl.c,
 * stub.c) only move bytes; everything a caller can observe about ordering
 * is decided here.
 */
#include "http.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define NO_DEADLINE ((int64_t)-1)
#define UNREPORTED  INT64_MIN /* the application's loop holds no timer of ours */

void awsc__transport_init(struct awsc_transport *t, const struct awsc__transport_vtable *vt)
{
    memset(t, 0, sizeof *t);
    t->vt = vt;
    atomic_init(&t->refs, 1);
    atomic_init(&t->awaited, 0);
    atomic_init(&t->awaited_remote, 0);
    t->loop_reported = UNREPORTED;
    pthread_mutex_init(&t->post_mu, NULL);
    pthread_cond_init(&t->post_cv, NULL);
    t->wake_fd[0] = t->wake_fd[1] = -1;
}

bool awsc__transport_has_external_loop(const struct awsc_transport *t)
{
    return t && t->loop_timer_fn != NULL;
}

int64_t awsc_transport_now_ms(struct awsc_transport *t)
{
    return t ? awsc__transport_now(t) : awsc__monotonic_ms();
}

int awsc_transport_pending(struct awsc_transport *t)
{
    if (!t)
        return 0;
    size_t n = (size_t)t->requests + t->heap_len + (size_t)atomic_load(&t->awaited);
    return n > INT_MAX ? INT_MAX : (int)n;
}

/* ---------------------------------------------------------------- posts */

void awsc__transport_await(struct awsc_transport *t, bool remote)
{
    atomic_fetch_add(&t->awaited, 1);
    if (remote)
        atomic_fetch_add(&t->awaited_remote, 1);
}

/* *n - 1, never below 0 */
static void count_down(atomic_int *n)
{
    int v = atomic_load(n);
    while (v > 0 && !atomic_compare_exchange_weak(n, &v, v - 1))
        ;
}

void awsc__transport_unawait(struct awsc_transport *t, bool remote)
{
    count_down(&t->awaited);
    if (remote)
        count_down(&t->awaited_remote);
}

/* Under post_mu: queue task and wake the loop. */
static void post_locked(struct awsc_transport *t, struct awsc__task *task)
{
    task->next = NULL;
    if (t->post_tail)
        t->post_tail->next = task;
    else
        t->post_head = task;
    t->post_tail = task;
    /* Wake the loop while holding the lock: once it is released the loop
     * may run the task and the transport may be gone. */
    int fd = t->wake_fd[1];
    if (fd >= 0) {
        /* the application's loop sees the pipe readable; a full pipe has
         * a wake-up pending already */
        ssize_t w;
        do
            w = write(fd, "", 1);
        while (w < 0 && errno == EINTR);
    } else if (t->vt->wake) {
        t->vt->wake(t);
    }
    pthread_cond_broadcast(&t->post_cv);
}

void awsc__transport_post(struct awsc_transport *t, struct awsc__task *task)
{
    pthread_mutex_lock(&t->post_mu);
    post_locked(t, task);
    pthread_mutex_unlock(&t->post_mu);
}

void awsc__transport_post_new(struct awsc_transport *t, struct awsc__task *task)
{
    pthread_mutex_lock(&t->post_mu);
    awsc__transport_await(t, task->remote);
    post_locked(t, task);
    pthread_mutex_unlock(&t->post_mu);
}

/* ------------------------------------------------------ the loop's thread */

/* Under post_mu: this thread drives t (once more). */
static void take_loop(struct awsc_transport *t, pthread_t self)
{
    if (!t->driving) {
        t->driving = true;
        t->driver = self;
        t->drive_depth = 0;
    }
    t->drive_depth++;
}

bool awsc__transport_claim(struct awsc_transport *t)
{
    pthread_t self = pthread_self();
    pthread_mutex_lock(&t->post_mu);
    bool ok;
    if (t->driving)
        ok = pthread_equal(t->driver, self);
    else
        ok = !t->loop_timer_fn || (t->has_home && pthread_equal(t->home, self));
    if (ok)
        take_loop(t, self);
    pthread_mutex_unlock(&t->post_mu);
    return ok;
}

void awsc__transport_enter(struct awsc_transport *t)
{
    pthread_t self = pthread_self();
    pthread_mutex_lock(&t->post_mu);
    while (t->driving && !pthread_equal(t->driver, self))
        pthread_cond_wait(&t->post_cv, &t->post_mu);
    take_loop(t, self);
    pthread_mutex_unlock(&t->post_mu);
}

void awsc__transport_leave(struct awsc_transport *t)
{
    pthread_mutex_lock(&t->post_mu);
    if (t->drive_depth > 0 && --t->drive_depth == 0) {
        t->driving = false;
        pthread_cond_broadcast(&t->post_cv);
    }
    pthread_mutex_unlock(&t->post_mu);
}

bool awsc__transport_in_callback(struct awsc_transport *t)
{
    pthread_mutex_lock(&t->post_mu);
    bool in = t->driving && pthread_equal(t->driver, pthread_self()) && t->io_depth > 0;
    pthread_mutex_unlock(&t->post_mu);
    return in;
}

void awsc__transport_set_done(struct awsc_transport *t, bool *done)
{
    pthread_mutex_lock(&t->post_mu);
    *done = true;
    pthread_cond_broadcast(&t->post_cv);
    pthread_mutex_unlock(&t->post_mu);
}

bool awsc__transport_unpost(struct awsc_transport *t, struct awsc__task *task)
{
    bool found = false;
    pthread_mutex_lock(&t->post_mu);
    struct awsc__task **pp = &t->post_head, *prev = NULL;
    while (*pp && *pp != task) {
        prev = *pp;
        pp = &(*pp)->next;
    }
    if (*pp) {
        *pp = task->next;
        if (t->post_tail == task)
            t->post_tail = prev;
        found = true;
    }
    pthread_mutex_unlock(&t->post_mu);
    if (found)
        awsc__transport_unawait(t, task->remote);
    return found;
}

static bool posts_queued(struct awsc_transport *t)
{
    pthread_mutex_lock(&t->post_mu);
    bool any = t->post_head != NULL;
    pthread_mutex_unlock(&t->post_mu);
    return any;
}

/* Run the tasks posted so far (those posted meanwhile wait for the next
 * pass). */
static void run_posted(struct awsc_transport *t)
{
    pthread_mutex_lock(&t->post_mu);
    struct awsc__task *list = t->post_head;
    t->post_head = t->post_tail = NULL;
    pthread_mutex_unlock(&t->post_mu);
    while (list) {
        struct awsc__task *task = list;
        list = list->next;
        task->next = NULL;
        awsc__transport_unawait(t, task->remote);
        task->fn(task);
    }
}

/* Sleep until something is posted, at most timeout_ms (< 0: no limit). */
static void wait_for_post(struct awsc_transport *t, int64_t timeout_ms)
{
    pthread_mutex_lock(&t->post_mu);
    if (!t->post_head) {
        if (timeout_ms < 0) {
            pthread_cond_wait(&t->post_cv, &t->post_mu);
        } else {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_sec += (time_t)(timeout_ms / 1000);
            ts.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
            if (ts.tv_nsec >= 1000000000L) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000L;
            }
            pthread_cond_timedwait(&t->post_cv, &t->post_mu, &ts);
        }
    }
    pthread_mutex_unlock(&t->post_mu);
}

/* The application's loop saw the wake-up pipe readable: empty it. */
static void drain_wake_pipe(struct awsc_transport *t)
{
    char buf[64];
    while (read(t->wake_fd[0], buf, sizeof buf) > 0)
        ;
}

/* ------------------------------------------------------------ timer heap */

static bool timer_before(const struct awsc__timer *a, const struct awsc__timer *b)
{
    return a->due < b->due || (a->due == b->due && a->seq < b->seq);
}

static void heap_set(struct awsc_transport *t, size_t i, struct awsc__timer *tm)
{
    t->heap[i] = tm;
    tm->index = i;
}

static void heap_up(struct awsc_transport *t, size_t i)
{
    struct awsc__timer *tm = t->heap[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!timer_before(tm, t->heap[parent]))
            break;
        heap_set(t, i, t->heap[parent]);
        i = parent;
    }
    heap_set(t, i, tm);
}

static void heap_down(struct awsc_transport *t, size_t i)
{
    struct awsc__timer *tm = t->heap[i];
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= t->heap_len)
            break;
        if (child + 1 < t->heap_len && timer_before(t->heap[child + 1], t->heap[child]))
            child++;
        if (!timer_before(t->heap[child], tm))
            break;
        heap_set(t, i, t->heap[child]);
        i = child;
    }
    heap_set(t, i, tm);
}

static void heap_remove(struct awsc_transport *t, struct awsc__timer *tm)
{
    size_t i = tm->index;
    tm->index = AWSC__TIMER_OFF;
    struct awsc__timer *last = t->heap[--t->heap_len];
    if (i == t->heap_len)
        return;
    heap_set(t, i, last);
    heap_up(t, i);
    heap_down(t, last->index);
}

int awsc_transport_timer_add(struct awsc_transport *t, int64_t delay_ms, awsc_timer_fn *fn,
                             void *ud, void **timer_out)
{
    if (timer_out)
        *timer_out = NULL;
    if (!t || !fn)
        return AWSC_E_INVALID_ARG;
    if (t->destroying)
        return AWSC_E_BUSY;
    if (t->heap_len == t->heap_cap) {
        size_t cap = t->heap_cap ? t->heap_cap * 2 : 16;
        struct awsc__timer **heap = awsc__realloc(t->heap, cap * sizeof *heap);
        if (!heap)
            return AWSC_E_NOMEM;
        t->heap = heap;
        t->heap_cap = cap;
    }
    struct awsc__timer *tm = awsc__malloc(sizeof *tm);
    if (!tm)
        return AWSC_E_NOMEM;
    if (delay_ms < 0)
        delay_ms = 0;
    int64_t now = awsc__transport_now(t);
    tm->due = delay_ms > INT64_MAX - now ? INT64_MAX : now + delay_ms;
    tm->seq = t->timer_seq++;
    tm->fn = fn;
    tm->ud = ud;
    t->heap[t->heap_len++] = tm;
    heap_up(t, t->heap_len - 1);
    if (timer_out)
        *timer_out = tm;
    awsc__transport_loop_update(t);
    return AWSC_OK;
}

void awsc_transport_timer_cancel(struct awsc_transport *t, void *timer)
{
    struct awsc__timer *tm = timer;
    if (!t || !tm)
        return;
    /* A timer whose callback is running is already out of the heap. */
    if (tm->index == AWSC__TIMER_OFF)
        return;
    heap_remove(t, tm);
    awsc__free(tm);
    awsc__transport_loop_update(t);
}

/* Fire the timers due now. Timers added by a callback during this pass wait
 * for the next one, so a timer re-arming itself with delay 0 cannot spin. */
static void fire_timers(struct awsc_transport *t)
{
    uint64_t seq_limit = t->timer_seq;
    while (t->heap_len > 0 && !t->destroying) {
        struct awsc__timer *tm = t->heap[0];
        if (tm->due > awsc__transport_now(t) || tm->seq >= seq_limit)
            break;
        heap_remove(t, tm);
        tm->fn(tm->ud);
        awsc__free(tm);
    }
}

/* ---------------------------------------------------- requests and done */

static bool header_token_ok(const char *s)
{
    if (!s || !*s)
        return false;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c <= ' ' || c == ':' || c >= 0x7f)
            return false;
    }
    return true;
}

static bool header_value_ok(const char *s)
{
    return s && !strpbrk(s, "\r\n");
}

static bool request_ok(const struct awsc_http_request *req)
{
    if (!header_token_ok(req->method) || !req->url || !*req->url || strpbrk(req->url, " \r\n"))
        return false;
    if (req->header_count && !req->headers)
        return false;
    for (size_t i = 0; i < req->header_count; i++)
        if (!header_token_ok(req->headers[i].name) || !header_value_ok(req->headers[i].value))
            return false;
    if (req->body_len && !req->body)
        return false;
    if (req->read_body && (req->body || req->content_length < 0))
        return false;
    return req->connect_timeout_ms >= AWSC_TIMEOUT_NONE &&
           req->read_timeout_ms >= AWSC_TIMEOUT_NONE;
}

int awsc_transport_submit(struct awsc_transport *t, const struct awsc_http_request *req,
                          const struct awsc_http_handler *handler, void **handle_out)
{
    if (handle_out)
        *handle_out = NULL;
    if (!t || !req || !handler || !handler->on_done || !request_ok(req))
        return AWSC_E_INVALID_ARG;
    if (t->destroying)
        return AWSC_E_BUSY;
    struct awsc__http_op *op = NULL;
    int status = t->vt->submit(t, req, &op);
    if (status != AWSC_OK)
        return status;
    op->t = t;
    op->req = *req;
    op->handler = *handler;
    op->next = t->ops;
    if (t->ops)
        t->ops->prev = op;
    t->ops = op;
    t->requests++;
    if (handle_out)
        *handle_out = op;
    awsc__transport_loop_update(t);
    return AWSC_OK;
}

static void vcomplete(struct awsc__http_op *op, int status, const char *fmt, va_list ap)
{
    op->completing = true;
    op->status = status;
    op->message = NULL;
    if (status != AWSC_OK && fmt) {
        struct awsc_buf b = AWSC_BUF_INIT;
        awsc__buf_vprintf(&b, fmt, ap);
        op->message = awsc__buf_steal(&b);
    }
}

static void enqueue_done(struct awsc_transport *t, struct awsc__http_op *op)
{
    op->next_done = NULL;
    if (t->done_tail)
        t->done_tail->next_done = op;
    else
        t->done_head = op;
    t->done_tail = op;
}

void awsc__transport_vcomplete(struct awsc_transport *t, struct awsc__http_op *op, int status,
                               const char *fmt, va_list ap)
{
    if (op->completing || op->delivered)
        return;
    vcomplete(op, status, fmt, ap);
    enqueue_done(t, op);
}

void awsc__transport_complete(struct awsc_transport *t, struct awsc__http_op *op, int status,
                              const char *fmt, ...)
{
    if (op->completing || op->delivered)
        return;
    va_list ap;
    va_start(ap, fmt);
    vcomplete(op, status, fmt, ap);
    va_end(ap);
    enqueue_done(t, op);
}

void awsc__transport_complete_cut_off(struct awsc_transport *t, struct awsc__http_op *op,
                                      const char *url, uint64_t received, int64_t total)
{
    if (total >= 0)
        awsc__transport_complete(t, op, AWSC_E_TRANSPORT,
                                 "Connection closed mid-response on endpoint URL: \"%s\": the "
                                 "response was cut off after %llu of %lld body bytes",
                                 url, (unsigned long long)received, (long long)total);
    else
        awsc__transport_complete(t, op, AWSC_E_TRANSPORT,
                                 "Connection closed mid-response on endpoint URL: \"%s\": the "
                                 "response was cut off after %llu body bytes",
                                 url, (unsigned long long)received);
}

static void unlink_done(struct awsc_transport *t, struct awsc__http_op *op)
{
    struct awsc__http_op **pp = &t->done_head, *prev = NULL;
    while (*pp && *pp != op) {
        prev = *pp;
        pp = &(*pp)->next_done;
    }
    if (!*pp)
        return;
    *pp = op->next_done;
    if (t->done_tail == op)
        t->done_tail = prev;
    op->next_done = NULL;
}

/* Call on_done for op (already off the completion queue) and free it. */
static void deliver(struct awsc_transport *t, struct awsc__http_op *op)
{
    op->completing = false;
    op->delivered = true;
    if (op->prev)
        op->prev->next = op->next;
    else
        t->ops = op->next;
    if (op->next)
        op->next->prev = op->prev;
    t->requests--;
    const char *message = op->message;
    if (op->status != AWSC_OK && !message)
        message = awsc_strerror(op->status); /* the message did not fit in memory */
    op->handler.on_done(op->handler.ud, op->status, op->status == AWSC_OK ? NULL : message);
    awsc__free(op->message);
    op->message = NULL;
    t->vt->free_op(t, op);
}

void awsc__transport_drain(struct awsc_transport *t)
{
    if (!t || t->io_depth > 0)
        return;
    /* on_done may release the last reference: keep t alive until done */
    awsc_transport_retain(t);
    struct awsc__http_op *op;
    while (t->io_depth == 0 && (op = t->done_head) != NULL) {
        t->done_head = op->next_done;
        if (!t->done_head)
            t->done_tail = NULL;
        deliver(t, op);
    }
    if (t->io_depth == 0)
        run_posted(t);
    awsc_transport_release(t);
}

void awsc_transport_cancel(struct awsc_transport *t, void *handle)
{
    struct awsc__http_op *op = handle;
    if (!t || !op || op->delivered)
        return;
    if (!op->completing && !op->cancelled) {
        op->cancelled = true;
        t->vt->cancel(t, op);
    }
    if (!op->completing) {
        /* the kind stops it later, from the loop */
        awsc__transport_loop_update(t);
        return;
    }
    /* Whatever it finished with, the caller asked for it to stop. */
    if (op->status != AWSC_E_CANCELLED) {
        awsc__free(op->message);
        op->status = AWSC_E_CANCELLED;
        op->message = awsc__strdup(AWSC__MSG_CANCELLED);
    }
    if (t->io_depth == 0) {
        unlink_done(t, op);
        awsc_transport_retain(t);
        deliver(t, op);
        awsc_transport_release(t);
    } else {
        awsc__transport_loop_update(t);
    }
}

/* ------------------------------------------------------------- lifetime */

void awsc_transport_retain(struct awsc_transport *t)
{
    if (t)
        atomic_fetch_add(&t->refs, 1);
}

void awsc_transport_release(struct awsc_transport *t)
{
    if (!t || atomic_fetch_sub(&t->refs, 1) > 1 || t->destroying)
        return;
    t->destroying = true;
    /* Requests still in flight end as cancelled, now. */
    struct awsc__http_op *op;
    for (op = t->ops; op; op = op->next) {
        if (!op->completing && !op->cancelled) {
            op->cancelled = true;
            t->vt->cancel(t, op);
        }
    }
    while ((op = t->ops) != NULL) {
        if (op->completing)
            unlink_done(t, op);
        if (!op->completing || op->status != AWSC_E_CANCELLED) {
            awsc__free(op->message);
            op->status = AWSC_E_CANCELLED;
            op->message = awsc__strdup("The transport was destroyed");
        }
        deliver(t, op);
    }
    /* Work finishing elsewhere that will post here: wait for it, and run
     * it (it finds the transport refusing new requests and timers). */
    for (;;) {
        run_posted(t);
        if (atomic_load(&t->awaited) <= 0)
            break;
        wait_for_post(t, -1);
    }
    for (size_t i = 0; i < t->heap_len; i++)
        awsc__free(t->heap[i]);
    awsc__free(t->heap);
    t->heap = NULL;
    t->heap_len = t->heap_cap = 0;
    for (int i = 0; i < 2; i++)
        if (t->wake_fd[i] >= 0)
            close(t->wake_fd[i]);
    pthread_cond_destroy(&t->post_cv);
    pthread_mutex_destroy(&t->post_mu);
    t->vt->destroy(t);
}

/* -------------------------------------------------------------- the loop */

/* The earliest moment anything needs attention, or NO_DEADLINE. */
static int64_t next_deadline(struct awsc_transport *t)
{
    int64_t now = awsc__transport_now(t);
    if (t->done_head || posts_queued(t))
        return now;
    int64_t d = NO_DEADLINE;
    if (t->heap_len > 0) {
        d = t->heap[0]->due;
        /* virtual time: timers are due as soon as nothing else is pending */
        if (t->virtual_clock && t->requests == 0 && atomic_load(&t->awaited_remote) == 0)
            d = now;
    }
    int64_t k = t->vt->deadline ? t->vt->deadline(t) : NO_DEADLINE;
    if (k >= 0 && (d < 0 || k < d))
        d = k;
    return d;
}

/* The stub's clock: when only timers are pending, jump to the next one. */
static void advance_virtual_clock(struct awsc_transport *t)
{
    if (t->virtual_clock && t->requests == 0 && atomic_load(&t->awaited_remote) == 0 &&
        t->heap_len > 0 &&
        t->heap[0]->due > t->virtual_now)
        t->virtual_now = t->heap[0]->due;
}

void awsc__transport_loop_update(struct awsc_transport *t)
{
    if (!t->loop_timer_fn || t->destroying)
        return;
    int64_t d = next_deadline(t);
    if (d == t->loop_reported)
        return;
    t->loop_reported = d;
    long ms = -1;
    if (d >= 0) {
        int64_t delta = d - awsc__transport_now(t);
        ms = delta < 0 ? 0 : delta > LONG_MAX ? LONG_MAX : (long)delta;
    }
    t->loop_timer_fn(t->loop_ud, ms);
}

/* One pass of the built-in loop, by the thread driving it. */
static int poll_driven(struct awsc_transport *t, int timeout_ms)
{
    int status = AWSC_OK;
    awsc_transport_retain(t);
    awsc__transport_drain(t);
    int awaited = atomic_load(&t->awaited), awaited_remote = atomic_load(&t->awaited_remote);
    if (t->requests > 0 || t->heap_len > 0 || awaited > 0) {
        advance_virtual_clock(t);
        int64_t d = next_deadline(t);
        int64_t wait = timeout_ms < 0 ? INT_MAX : timeout_ms;
        if (d >= 0) {
            int64_t until = d - awsc__transport_now(t);
            if (until < wait)
                wait = until < 0 ? 0 : until;
        }
        if (t->virtual_clock && awaited_remote == 0)
            wait = 0; /* nothing real to wait for */
        if (t->requests == 0 && !t->vt->wake &&
            (awaited_remote > 0 || (awaited > 0 && t->heap_len == 0))) {
            /* only posts from elsewhere to wait for, and a kind that
             * cannot be woken: sleep until one comes */
            if (wait > 0)
                wait_for_post(t, timeout_ms < 0 && d < 0 ? -1 : wait);
        } else if (t->requests > 0 || wait > 0) {
            status = t->vt->wait(t, (int)wait);
        }
        fire_timers(t);
        awsc__transport_drain(t);
    }
    int n = awsc_transport_pending(t);
    awsc_transport_release(t);
    return status < 0 ? status : n;
}

/* Whether the calling thread may run t's built-in loop at all. */
static int may_poll(struct awsc_transport *t)
{
    if (!t)
        return AWSC_E_INVALID_ARG;
    if (t->loop_timer_fn || awsc__transport_in_callback(t))
        return AWSC_E_BUSY;
    return AWSC_OK;
}

int awsc_transport_poll(struct awsc_transport *t, int timeout_ms)
{
    int status = may_poll(t);
    if (status != AWSC_OK)
        return status;
    awsc__transport_enter(t);
    int n = poll_driven(t, timeout_ms);
    awsc__transport_leave(t);
    return n;
}

int awsc_transport_run(struct awsc_transport *t)
{
    int n = may_poll(t);
    if (n != AWSC_OK)
        return n;
    /* the loop stays this thread's until nothing is pending: calls made
     * from other threads meanwhile are posted to it */
    awsc_transport_retain(t);
    awsc__transport_enter(t);
    while ((n = poll_driven(t, -1)) > 0)
        ;
    awsc__transport_leave(t);
    awsc_transport_release(t);
    return n < 0 ? n : AWSC_OK;
}

int awsc__transport_run_until(struct awsc_transport *t, bool *done)
{
    if (!done)
        return AWSC_E_INVALID_ARG;
    int status = may_poll(t);
    if (status != AWSC_OK)
        return status;
    pthread_t self = pthread_self();
    awsc_transport_retain(t);
    for (;;) {
        /* another thread runs the loop: it may well finish the work */
        pthread_mutex_lock(&t->post_mu);
        while (!*done && t->driving && !pthread_equal(t->driver, self))
            pthread_cond_wait(&t->post_cv, &t->post_mu);
        bool finished = *done;
        if (!finished)
            take_loop(t, self);
        pthread_mutex_unlock(&t->post_mu);
        if (finished)
            break;
        int n = poll_driven(t, -1);
        awsc__transport_leave(t);
        pthread_mutex_lock(&t->post_mu);
        finished = *done;
        pthread_mutex_unlock(&t->post_mu);
        if (finished)
            break;
        if (n <= 0) {
            status = n < 0 ? n : AWSC_E_INTERNAL;
            break;
        }
    }
    awsc_transport_release(t);
    return status;
}

/* ------------------------------------------------ the application's loop */

int awsc_transport_set_loop(struct awsc_transport *t, awsc_socket_fn *socket_fn,
                            awsc_loop_timer_fn *timer_fn, void *ud)
{
    if (!t || (socket_fn == NULL) != (timer_fn == NULL))
        return AWSC_E_INVALID_ARG;
    /* Sockets already open would never be reported: switch only when idle. */
    if (t->requests > 0 || t->io_depth > 0 || t->destroying || atomic_load(&t->awaited) > 0)
        return AWSC_E_BUSY;
    bool on = timer_fn != NULL;
    /* posts wake the application's loop through a pipe it watches */
    int fds[2] = {-1, -1};
    if (on && t->wake_fd[0] < 0) {
        if (pipe(fds) != 0)
            return AWSC_E_IO;
        for (int i = 0; i < 2; i++) {
            fcntl(fds[i], F_SETFD, FD_CLOEXEC);
            fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        }
    }
    if (t->vt->set_loop) {
        int status = t->vt->set_loop(t, on);
        if (status != AWSC_OK) {
            if (fds[0] >= 0) {
                close(fds[0]);
                close(fds[1]);
            }
            return status;
        }
    }
    if (!on && t->wake_fd[0] >= 0) {
        if (t->socket_fn)
            t->socket_fn(t->loop_ud, t->wake_fd[0], AWSC_POLL_REMOVE);
        pthread_mutex_lock(&t->post_mu);
        close(t->wake_fd[0]);
        close(t->wake_fd[1]);
        t->wake_fd[0] = t->wake_fd[1] = -1;
        pthread_mutex_unlock(&t->post_mu);
    }
    pthread_mutex_lock(&t->post_mu);
    t->socket_fn = socket_fn;
    t->loop_timer_fn = timer_fn;
    t->loop_ud = on ? ud : NULL;
    t->loop_reported = UNREPORTED;
    t->has_home = on;
    if (on)
        t->home = pthread_self();
    pthread_mutex_unlock(&t->post_mu);
    if (fds[0] >= 0) {
        pthread_mutex_lock(&t->post_mu);
        t->wake_fd[0] = fds[0];
        t->wake_fd[1] = fds[1];
        pthread_mutex_unlock(&t->post_mu);
    }
    if (on)
        socket_fn(ud, t->wake_fd[0], AWSC_POLL_IN);
    awsc__transport_loop_update(t);
    return AWSC_OK;
}

/* The common tail of both actions: timers due, completions, the timer the
 * application's loop must arm next. Returns what is still pending. */
static int after_action(struct awsc_transport *t, int status)
{
    fire_timers(t);
    awsc__transport_drain(t);
    awsc__transport_loop_update(t);
    int n = awsc_transport_pending(t);
    awsc__transport_leave(t);
    awsc_transport_release(t);
    return status < 0 ? status : n;
}

/* The application's loop thread begins an action: the loop is its. */
static void enter_action(struct awsc_transport *t)
{
    awsc_transport_retain(t);
    awsc__transport_enter(t);
    pthread_mutex_lock(&t->post_mu);
    t->has_home = true;
    t->home = pthread_self();
    pthread_mutex_unlock(&t->post_mu);
}

int awsc_transport_socket_action(struct awsc_transport *t, int fd, int events)
{
    bool wake = t && fd >= 0 && fd == t->wake_fd[0];
    if (!t || !t->loop_timer_fn || (!t->vt->socket_action && !wake))
        return AWSC_E_INVALID_ARG;
    if (awsc__transport_in_callback(t))
        return AWSC_E_BUSY;
    enter_action(t);
    if (wake) {
        /* something was posted: run it */
        drain_wake_pipe(t);
        awsc__transport_drain(t);
        return after_action(t, AWSC_OK);
    }
    awsc__transport_drain(t);
    int status = t->vt->socket_action(t, fd, events);
    return after_action(t, status);
}

int awsc_transport_timeout_action(struct awsc_transport *t)
{
    if (!t || !t->loop_timer_fn)
        return AWSC_E_INVALID_ARG;
    if (awsc__transport_in_callback(t))
        return AWSC_E_BUSY;
    enter_action(t);
    t->loop_reported = UNREPORTED; /* the loop's timer was used up */
    awsc__transport_drain(t);
    advance_virtual_clock(t);
    int status = t->vt->timeout_action ? t->vt->timeout_action(t) : AWSC_OK;
    return after_action(t, status);
}

/* ------------------------------------------------------------- defaults */

#if !AWSC_HAVE_CURL || !AWSC_HAVE_SOCKET
/* A transport left out of the build: AWSC_E_UNSUPPORTED, *out NULL. */
static int left_out(struct awsc_transport **out)
{
    if (out)
        *out = NULL;
    return AWSC_E_UNSUPPORTED;
}
#endif

#if !AWSC_HAVE_CURL
int awsc_transport_new_curl(const struct awsc_transport_options *options,
                            struct awsc_transport **out)
{
    (void)options;
    return left_out(out); /* built with -Dcurl=disabled */
}

struct awsc__share *awsc__share_new(void)
{
    return NULL;
}

void awsc__share_release(struct awsc__share *s)
{
    (void)s;
}
#endif

#if !AWSC_HAVE_SOCKET
int awsc_transport_new_socket(const struct awsc_transport_options *options,
                              struct awsc_transport **out)
{
    (void)options;
    return left_out(out); /* built with -Dsocket_transport=false */
}
#endif

int awsc__transport_new_default_shared(const struct awsc_transport_options *options,
                                       struct awsc__share *s, struct awsc_transport **out)
{
    const char *want = getenv("AWSC_TRANSPORT");
    if (want && *want) {
        if (strcmp(want, "curl") == 0) {
#if AWSC_HAVE_CURL
            return awsc__transport_new_curl_shared(options, s, out);
#else
            return awsc_transport_new_curl(options, out);
#endif
        }
        if (strcmp(want, "socket") == 0)
            return awsc_transport_new_socket(options, out);
        if (out)
            *out = NULL;
        return AWSC_E_CONFIG;
    }
#if AWSC_HAVE_CURL
    return awsc__transport_new_curl_shared(options, s, out);
#else
    (void)s;
    return awsc_transport_new_socket(options, out);
#endif
}

int awsc_transport_new_default(const struct awsc_transport_options *options,
                               struct awsc_transport **out)
{
    return awsc__transport_new_default_shared(options, NULL, out);
}

/* What the library's default transport is, for the messages below. */
#define NONE_BUILT                                                                 \
    "no network transport of its own (-Dcurl=disabled -Dsocket_transport=false): " \
    "give the client one (awsc_config.transport, awsc_transport_new_custom())"
#if AWSC_HAVE_CURL
#define DEFAULT_IS "libcurl's is its default"
#elif AWSC_HAVE_SOCKET
#define DEFAULT_IS "the socket transport is its default"
#else
#define DEFAULT_IS "it has " NONE_BUILT
#endif

#if !AWSC_HAVE_CURL && !AWSC_HAVE_SOCKET
/* The transport of a library without a network one: its loop and timers,
 * and every request failed from the next wait, naming what is missing. */
struct offline {
    struct awsc_http_exchange *head, *tail; /* queued; linked through their data */
};

static int offline_submit(void *impl, struct awsc_http_exchange *x)
{
    struct offline *o = impl;
    awsc_http_exchange_set_data(x, NULL);
    if (o->tail)
        awsc_http_exchange_set_data(o->tail, x);
    else
        o->head = x;
    o->tail = x;
    return AWSC_OK;
}

static void offline_cancel(void *impl, struct awsc_http_exchange *x)
{
    (void)impl;
    (void)x; /* failed (cancelled) from the next wait */
}

static int offline_wait(void *impl, int timeout_ms)
{
    struct offline *o = impl;
    if (!o->head && timeout_ms != 0)
        poll(NULL, 0, timeout_ms < 0 ? 1000 : timeout_ms); /* a timer's delay */
    while (o->head) {
        struct awsc_http_exchange *x = o->head;
        o->head = awsc_http_exchange_data(x);
        if (!o->head)
            o->tail = NULL;
        if (awsc_http_exchange_cancelled(x))
            awsc_http_exchange_done(x, AWSC_E_CANCELLED, NULL);
        else
            awsc_http_exchange_done(x, AWSC_E_UNSUPPORTED,
                                    "this library has " NONE_BUILT ": \"%s\"",
                                    awsc_http_exchange_request(x)->url);
    }
    return AWSC_OK;
}

static int64_t offline_deadline(void *impl)
{
    struct offline *o = impl;
    return o->head ? awsc_transport_now_ms(awsc_http_exchange_transport(o->head)) : -1;
}

static const struct awsc_transport_impl OFFLINE = {
    .name = "none",
    .submit = offline_submit,
    .cancel = offline_cancel,
    .wait = offline_wait,
    .deadline = offline_deadline,
    .destroy = awsc__free,
};
#endif

int awsc__transport_new_resolving(const struct awsc_transport_options *options,
                                  struct awsc_transport **out)
{
#if !AWSC_HAVE_CURL && !AWSC_HAVE_SOCKET
    (void)options;
    struct offline *o = awsc__calloc(1, sizeof *o);
    if (!o) {
        *out = NULL;
        return AWSC_E_NOMEM;
    }
    return awsc_transport_new_custom(&OFFLINE, o, out);
#else
    return awsc_transport_new_default(options, out);
#endif
}

const char *awsc__transport_default_problem(int status)
{
    const char *want = getenv("AWSC_TRANSPORT");
    bool named = want && *want;
    if (status == AWSC_E_CONFIG && named)
        return "AWSC_TRANSPORT must be \"curl\" or \"socket\"";
    if (status != AWSC_E_UNSUPPORTED)
        return awsc_strerror(status);
    if (named && strcmp(want, "curl") == 0)
        return "AWSC_TRANSPORT=curl, but this library was built without libcurl "
               "(-Dcurl=disabled); " DEFAULT_IS;
    if (named && strcmp(want, "socket") == 0)
        return "AWSC_TRANSPORT=socket, but this library was built without the socket transport "
               "(-Dsocket_transport=false); " DEFAULT_IS;
    return "this library has " NONE_BUILT;
}
