/*
 * runtime/http/http.h - the inside of a transport: the base every kind of
 * transport embeds (reference count, the requests in flight, the queue of
 * completions waiting to be delivered, the timer heap, the clock and the
 * application's event-loop hooks) and the table of functions a kind
 * implements (libcurl in curl.c, the stub in stub.c; custom.c turns the
 * public struct awsc_transport_impl into one, which socket.c uses).
 *
 * Execution model. Everything runs on the thread that drives the loop.
 * One thread at a time drives it: poll/run and the application's loop
 * actions take the transport's loop for their thread (re-entrantly: a
 * callback that polls again is refused with AWSC_E_BUSY, one that submits
 * goes on), and other threads wait for it or post tasks to it
 * (awsc__transport_post); see "Threads" below. A kind never calls on_done
 * itself: it queues the completion with
 * awsc__transport_complete() and the base delivers it from the loop
 * (poll/run, the external-loop actions, or a cancel made outside any
 * transport callback). While a kind runs user code in the middle of its own
 * I/O (on_headers, on_body, read_body, a stub responder) t->io_depth is
 * non-zero: then nothing is delivered, and poll/run/run_until return
 * AWSC_E_BUSY. submit, cancel and the timer functions work everywhere.
 */
#ifndef AWSC_HTTP_H
#define AWSC_HTTP_H

#include <awsc/transport.h>

#include "core.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>

struct awsc__http_op;

/*
 * A task posted to a transport's loop from any thread
 * (awsc__transport_post): the caller owns the struct (embed it in what
 * the task works on) and keeps it alive until fn runs or the task is
 * withdrawn.
 */
struct awsc__task {
    void (*fn)(struct awsc__task *task);
    /* set before posting: what awsc__transport_await said of it */
    bool remote;
    struct awsc__task *next; /* private */
};

/* What a kind of transport implements. Optional entries may be NULL. */
struct awsc__transport_vtable {
    const char *name;
    /* Start a request (already validated by the base). Allocate the kind's
     * request, which starts with a zeroed struct awsc__http_op, and return
     * it in *op_out. Must not call any handler callback. */
    int (*submit)(struct awsc_transport *t, const struct awsc_http_request *req,
                  struct awsc__http_op **op_out);
    /* op->cancelled has just been set: stop the transfer and queue its
     * completion (AWSC_E_CANCELLED) now if that is safe, or make sure the
     * loop does so soon. Not called for an op already queued. */
    void (*cancel)(struct awsc_transport *t, struct awsc__http_op *op);
    /* Built-in loop: wait at most timeout_ms (never negative) for I/O and
     * process it, queueing completions. */
    int (*wait)(struct awsc_transport *t, int timeout_ms);
    /* The kind's own next deadline on the transport's clock (a read
     * timeout, curl's timer in external-loop mode, "now" when it has work
     * queued), or -1 when none. */
    int64_t (*deadline)(struct awsc_transport *t);
    /* External loop: switch to (on) or from (!on) the application's loop.
     * NULL: the kind needs nothing special. */
    int (*set_loop)(struct awsc_transport *t, bool on);
    /* External loop: a watched socket is ready; the loop's timer fired. */
    int (*socket_action)(struct awsc_transport *t, int fd, int events);
    int (*timeout_action)(struct awsc_transport *t);
    /* Built-in loop, any thread: make a wait() in progress (or the next
     * one) return now, because a task was posted. Called with the base's
     * post lock held: it must not block or call back. NULL: the kind's
     * wait never blocks (the stub); the base then sleeps on a condition
     * variable when it has nothing but posts to wait for. */
    void (*wake)(struct awsc_transport *t);
    /* Free a request after its on_done returned. */
    void (*free_op)(struct awsc_transport *t, struct awsc__http_op *op);
    /* Free the kind's resources and the transport itself. Every request has
     * been delivered by then. */
    void (*destroy)(struct awsc_transport *t);
};

/* The part of a request the base owns. A kind's request struct starts with
 * it; the handle given to the application is a pointer to it. */
struct awsc__http_op {
    struct awsc_transport *t;
    struct awsc_http_handler handler;
    struct awsc__http_op *prev, *next; /* t->ops: submitted, not delivered */
    struct awsc__http_op *next_done;   /* t->done_head: completion queued */
    int status;                        /* completion, once queued */
    char *message;
    struct awsc_http_request req; /* as submitted; borrowed until delivered */
    void *impl_data;              /* awsc_http_exchange_set_data */
    int64_t body_read;            /* awsc_http_exchange_read_body: bytes so far */
    bool handler_stopped;         /* on_headers/on_body returned non-zero */
    bool cancelled;               /* awsc_transport_cancel() was called */
    bool completing;              /* on the completion queue */
    bool delivered;               /* on_done is running or has run */
};

struct awsc__timer {
    int64_t due;  /* on the transport's clock */
    uint64_t seq; /* ties on due fire in the order they were added */
    size_t index; /* position in the heap, or AWSC__TIMER_OFF */
    awsc_timer_fn *fn;
    void *ud;
};
#define AWSC__TIMER_OFF ((size_t)-1)

struct awsc_transport {
    const struct awsc__transport_vtable *vt;
    atomic_int refs;
    bool destroying;
    int io_depth; /* > 0 while a kind runs user code inside its I/O */

    /* requests */
    struct awsc__http_op *ops; /* submitted and not yet delivered */
    int requests;              /* how many */
    struct awsc__http_op *done_head, *done_tail;

    /* timers: a binary min-heap on (due, seq) */
    struct awsc__timer **heap;
    size_t heap_len, heap_cap;
    uint64_t timer_seq;

    /* the clock: monotonic, or virtual (the stub) */
    bool virtual_clock;
    int64_t virtual_now;

    /* the application's event loop, when set */
    awsc_socket_fn *socket_fn;
    awsc_loop_timer_fn *loop_timer_fn;
    void *loop_ud;
    int64_t loop_reported; /* deadline last given to loop_timer_fn */

    /* tasks posted from any thread; the loop runs them */
    pthread_mutex_t post_mu;
    pthread_cond_t post_cv;                   /* signalled on every post */
    struct awsc__task *post_head, *post_tail; /* under post_mu */
    int wake_fd[2];            /* application's loop: the pipe it watches for posts, else -1 */
    atomic_int awaited;        /* posts announced and not yet run or withdrawn */
    atomic_int awaited_remote; /* of which the work runs off this loop */

    /* the thread driving the loop now (under post_mu; post_cv is
     * broadcast when it lets go), and the application's loop thread */
    bool driving;
    pthread_t driver;
    int drive_depth;
    bool has_home;
    pthread_t home; /* the thread that set the application's loop or last ran its actions */
};

/* For kinds: set up the base (one reference, monotonic clock). */
void awsc__transport_init(struct awsc_transport *t, const struct awsc__transport_vtable *vt);

/* For kinds: queue op's completion. message is printf-formatted (NULL for
 * none); AWSC_OK completions carry no message. A second call for the same
 * op is ignored. Delivery happens from the loop. */
void awsc__transport_complete(struct awsc_transport *t, struct awsc__http_op *op, int status,
                              const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The same with a va_list. */
void awsc__transport_vcomplete(struct awsc_transport *t, struct awsc__http_op *op, int status,
                               const char *fmt, va_list ap);

/* For kinds: recompute the deadline the application's loop must wake at
 * and tell it when it changed (no-op without an external loop). */
void awsc__transport_loop_update(struct awsc_transport *t);

/* The transport's clock (virtual for the stub). */
static inline int64_t awsc__transport_now(const struct awsc_transport *t)
{
    return t->virtual_clock ? t->virtual_now : awsc__monotonic_ms();
}

/* Deliver every queued completion now (on_done runs from here). Does
 * nothing inside a transport callback (io_depth > 0). */
void awsc__transport_drain(struct awsc_transport *t);

/* Drive the built-in loop until *done becomes true: the blocking face of
 * the async path. AWSC_E_BUSY on a transport driven by an application's
 * loop or from inside on_headers/on_body; AWSC_E_INTERNAL when nothing is
 * left pending and *done is still false. While another thread drives the
 * loop, the caller sleeps until that thread has set *done (the work that
 * sets it must do so with awsc__transport_set_done) or lets the loop go;
 * then it drives it itself. */
int awsc__transport_run_until(struct awsc_transport *t, bool *done);
/* On t's loop: *done = true, waking a thread waiting in run_until. */
void awsc__transport_set_done(struct awsc_transport *t, bool *done);

/*
 * Threads. Any thread may use a transport, one at a time on its loop:
 * awsc__transport_claim() gives the calling thread the loop when it may
 * work on it now (it drives it already, re-entrantly; or nobody does and,
 * on the application's loop, it is that loop's thread), and
 * awsc__transport_leave() gives it back. A thread that cannot claim it
 * posts its work instead (awsc__transport_post_new: announced and queued at
 * once, from any thread), which the loop's thread runs.
 * awsc__transport_enter() waits for the loop instead (poll, run, the
 * application's loop actions). awsc__transport_in_callback(): this thread
 * drives t and is inside a kind's I/O (io_depth > 0).
 */
bool awsc__transport_claim(struct awsc_transport *t);
void awsc__transport_enter(struct awsc_transport *t);
void awsc__transport_leave(struct awsc_transport *t);
bool awsc__transport_in_callback(struct awsc_transport *t);
void awsc__transport_post_new(struct awsc_transport *t, struct awsc__task *task);

/* true after awsc_transport_set_loop() with callbacks. */
bool awsc__transport_has_external_loop(const struct awsc_transport *t);

/*
 * Work that finishes on another thread or on another transport (a
 * credential fetch, a worker thread) comes back to a loop as a posted
 * task. The rule: on the loop thread, announce it with
 * awsc__transport_await() before it can be posted; the loop then counts
 * it as pending (run/poll and a sync call keep waiting for it) until the
 * task has run, or until it is withdrawn: awsc__transport_unpost() for a
 * task already posted, awsc__transport_unawait() for one that never will
 * be. remote says the work runs off this loop (a worker thread, another
 * transport): then the stub holds its virtual clock until it is back.
 * Work on this loop's own requests and timers is not remote: the stub's
 * clock goes on for its timers. task->remote must say the same.
 *
 * awsc__transport_post() may be called from any thread, also while the
 * loop is blocked in a wait (it wakes it: a descriptor in the wait set of the
 * built-in loop, a byte on a pipe the application's loop watches, or a
 * condition variable for the stub). The task runs from the loop (poll,
 * run, the application's loop actions), never inside the post, and never
 * inside a transport callback. A transport that is destroyed while posts
 * are awaited waits for them and runs them first.
 */
void awsc__transport_await(struct awsc_transport *t, bool remote);
void awsc__transport_unawait(struct awsc_transport *t, bool remote);
void awsc__transport_post(struct awsc_transport *t, struct awsc__task *task);
bool awsc__transport_unpost(struct awsc_transport *t, struct awsc__task *task);

/* Transports that share libcurl's DNS cache and TLS sessions, whatever
 * threads they serve (curl.c: a share handle whose locks are mutexes): a
 * client's sync transports, one per thread making calls at once. NULL
 * in a build without libcurl, and when out of memory. */
struct awsc__share;
struct awsc__share *awsc__share_new(void);
void awsc__share_release(struct awsc__share *s);
/* awsc_transport_new_default(), in share s when the transport is
 * libcurl's and s is not NULL. */
int awsc__transport_new_default_shared(const struct awsc_transport_options *options,
                                       struct awsc__share *s, struct awsc_transport **out);
#if AWSC_HAVE_CURL
int awsc__transport_new_curl_shared(const struct awsc_transport_options *options,
                                    struct awsc__share *s, struct awsc_transport **out);
#endif

/* The transport of a blocking credentials (or region) lookup made without
 * a client: awsc_transport_new_default(), or in a library without a
 * network transport one whose requests fail, naming what is missing (the
 * environment's and the shared files' keys need none). */
int awsc__transport_new_resolving(const struct awsc_transport_options *options,
                                  struct awsc_transport **out);

/* Why awsc_transport_new_default() failed with status, for an error
 * message (names AWSC_TRANSPORT and -Dcurl=disabled where they are the
 * cause). */
const char *awsc__transport_default_problem(int status);

/* Messages shared by the kinds, worded as botocore words them. */
#define AWSC__MSG_CONNECT         "Could not connect to the endpoint URL: \"%s\""
#define AWSC__MSG_CONNECT_TIMEOUT "Connect timeout on endpoint URL: \"%s\""
#define AWSC__MSG_READ_TIMEOUT    "Read timeout on endpoint URL: \"%s\""
#define AWSC__MSG_CLOSED \
    "Connection was closed before we received a valid response from endpoint URL: \"%s\"."
#define AWSC__MSG_CANCELLED       "The request was cancelled"
#define AWSC__MSG_HANDLER_STOPPED "The response handler stopped the transfer"

/* "...: the response was cut off after N of M body bytes" (total < 0:
 * unknown length). The cut-off report of both kinds. */
void awsc__transport_complete_cut_off(struct awsc_transport *t, struct awsc__http_op *op,
                                      const char *url, uint64_t received, int64_t total);

#endif
