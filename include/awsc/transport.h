/*
 * awsc/transport.h - the HTTP transport: the libcurl one (many requests in
 * flight on one thread, connections reused), the built-in socket one
 * (POSIX sockets and OpenSSL, for builds without libcurl), the stub one
 * that serves canned responses in tests, the hooks that let an application
 * drive a transport from its own event loop, and the interface a device's
 * own HTTP stack implements to become a transport (awsc_transport_new_custom).
 *
 * A transport is the event loop of awsc: it owns the sockets and the timers
 * (retry back-off, waiter delays). Several clients may share one.
 *
 * A client made without a transport (awsc_config.transport NULL) creates
 * the default one, awsc_transport_new_default(): libcurl's, or the socket
 * transport in a library built with -Dcurl=disabled.
 */
#ifndef AWSC_TRANSPORT_H
#define AWSC_TRANSPORT_H

#include <awsc/common.h>

#ifdef __cplusplus
extern "C" {
#endif

struct awsc_transport;

struct awsc_http_header {
    const char *name;
    const char *value;
};

/* A request as the transport sends it. All pointers are borrowed until the
 * request completes. */
struct awsc_http_request {
    const char *method;
    const char *url;
    const struct awsc_http_header *headers;
    size_t header_count;
    const uint8_t *body; /* in-memory body, or NULL */
    size_t body_len;
    /* A streamed body instead: read up to cap bytes into buf; return the
     * count, 0 at the end, or (size_t)-1 on error. content_length must be
     * known (>= 0). */
    size_t (*read_body)(void *read_ud, uint8_t *buf, size_t cap);
    void *read_ud;
    int64_t content_length;
    /* 0: the transport's default; AWSC_TIMEOUT_NONE: no limit */
    long connect_timeout_ms;
    long read_timeout_ms; /* idle time allowed while receiving */
    /* HTTPS: the PEM file of the CA certificates that may vouch for the
     * server, instead of the system's store (NULL); or, with
     * no_verify_ssl, no check of the certificate or the host name at all. */
    const char *ca_bundle;
    bool no_verify_ssl;
    /* A hint: the response's body may be large (an object streamed to a
     * file or a callback); a transport may read it in larger buffers. */
    bool large_response;
};

/* Callbacks of one request. on_headers is called once, before any body;
 * on_body for each chunk; on_done exactly once, last, and never from inside
 * the submitting call. A non-zero return from on_headers or on_body aborts
 * the transfer; on_done then reports AWSC_E_CANCELLED. */
struct awsc_http_handler {
    int (*on_headers)(void *ud, int http_status, const struct awsc_http_header *headers,
                      size_t header_count);
    int (*on_body)(void *ud, const uint8_t *data, size_t len);
    /* status: AWSC_OK when a whole response arrived (message is NULL),
     * else AWSC_E_TRANSPORT, AWSC_E_TIMEOUT, AWSC_E_CANCELLED, AWSC_E_IO
     * (read_body failed or ended early) or AWSC_E_NOMEM, with a message
     * naming the cause. HTTP error statuses are not failures here. */
    void (*on_done)(void *ud, int status, const char *message);
    void *ud;
};

struct awsc_transport_options {
    long connect_timeout_ms; /* 0: 60000; AWSC_TIMEOUT_NONE: no limit */
    long read_timeout_ms;    /* 0: 60000; AWSC_TIMEOUT_NONE: no limit */
    int max_connections;     /* 0: unlimited */
    bool verbose;            /* libcurl's own trace on stderr */
    /* PEM file of the certificate authorities HTTPS servers are checked
     * against (copied); NULL: the system's. */
    const char *ca_bundle;
};

/* The libcurl multi transport. options may be NULL. In a library built
 * with -Dcurl=disabled it returns AWSC_E_UNSUPPORTED. */
AWSC_API int awsc_transport_new_curl(const struct awsc_transport_options *options,
                                     struct awsc_transport **out);
/* The socket transport: HTTP/1.1 over POSIX sockets (non-blocking, one
 * thread, poll()), HTTPS through OpenSSL, connections kept alive and
 * reused, Content-Length and chunked response bodies, the connect and read
 * timeouts, HTTP proxies as libcurl reads them from the environment
 * (http_proxy, https_proxy/HTTPS_PROXY through CONNECT, all_proxy,
 * no_proxy), http:// proxies only and without credentials (a request
 * through another fails with AWSC_E_TRANSPORT, naming the variable). Host
 * names are resolved with
 * getaddrinfo(), which blocks.
 * verbose is ignored; it has no application-loop mode
 * (awsc_transport_set_loop returns AWSC_E_UNSUPPORTED). options may be
 * NULL. It is built only on the public interface below. */
AWSC_API int awsc_transport_new_socket(const struct awsc_transport_options *options,
                                       struct awsc_transport **out);
/* What a client made without a transport uses: libcurl's, or the socket
 * transport when the library was built without libcurl (-Dcurl=disabled). */
AWSC_API int awsc_transport_new_default(const struct awsc_transport_options *options,
                                        struct awsc_transport **out);
/* "curl", "socket", "stub", or the name a custom transport gave. */
AWSC_API const char *awsc_transport_name(const struct awsc_transport *t);
/* Drops a reference (clients hold one each); the last one destroys it. */
AWSC_API void awsc_transport_release(struct awsc_transport *t);
AWSC_API void awsc_transport_retain(struct awsc_transport *t);

/* Submit a raw HTTP request (the generated calls do this for you). On
 * AWSC_OK *handle_out (if non-NULL) can be passed to awsc_transport_cancel
 * until on_done has been called.
 *
 * Cancelling ends the request with AWSC_E_CANCELLED, even one whose
 * response has fully arrived but whose on_done has not run yet. on_done
 * runs from inside awsc_transport_cancel, except when the cancel is made
 * from on_headers, on_body or read_body; then it runs from the loop. From
 * those three callbacks awsc_transport_poll/run return AWSC_E_BUSY; submit,
 * cancel and the timer functions work everywhere. */
AWSC_API int awsc_transport_submit(struct awsc_transport *t, const struct awsc_http_request *req,
                                   const struct awsc_http_handler *handler, void **handle_out);
AWSC_API void awsc_transport_cancel(struct awsc_transport *t, void *handle);

/* Timers on the transport's loop. The callback runs from the loop, never
 * from inside awsc_transport_timer_add. A timer handle is valid until its
 * callback starts or it is cancelled. */
typedef void awsc_timer_fn(void *ud);
AWSC_API int awsc_transport_timer_add(struct awsc_transport *t, int64_t delay_ms, awsc_timer_fn *fn,
                                      void *ud, void **timer_out);
AWSC_API void awsc_transport_timer_cancel(struct awsc_transport *t, void *timer);

/* Milliseconds since an arbitrary start, on the transport's clock (the stub
 * transport's clock is virtual). */
AWSC_API int64_t awsc_transport_now_ms(struct awsc_transport *t);

/* Built-in loop: wait at most timeout_ms (-1: no limit) for progress, run
 * what is ready, return the number of requests and timers still pending. */
AWSC_API int awsc_transport_poll(struct awsc_transport *t, int timeout_ms);
/* Run until nothing is pending. */
AWSC_API int awsc_transport_run(struct awsc_transport *t);
/* Requests and timers pending. */
AWSC_API int awsc_transport_pending(struct awsc_transport *t);

/*
 * Your own event loop. After awsc_transport_set_loop(), the transport tells
 * you which sockets to watch (socket_fn: what is a mask of AWSC_POLL_IN and
 * AWSC_POLL_OUT, or AWSC_POLL_REMOVE) and when it next needs a timeout
 * (timer_fn: milliseconds, -1 to cancel). Call awsc_transport_socket_action
 * when a socket is ready and awsc_transport_timeout_action when the timer
 * fires; both return what is still pending, like awsc_transport_poll. Do
 * not call awsc_transport_poll/run on such a transport (they return
 * AWSC_E_BUSY). The loop can be set or unset only while no request is in
 * flight. socket_fn and timer_fn must not call back into awsc.
 *
 * Besides libcurl's sockets, the transport asks you to watch one
 * descriptor of its own for AWSC_POLL_IN (reported once, from
 * awsc_transport_set_loop): a pipe that becomes readable when work that
 * finished on another thread or another transport comes back to this one
 * (a credential refresh shared by several clients, a credential_process
 * run on a worker thread). Hand it to awsc_transport_socket_action like
 * the others.
 */
#define AWSC_POLL_IN     1
#define AWSC_POLL_OUT    2
#define AWSC_POLL_REMOVE 4
typedef void awsc_socket_fn(void *ud, int fd, int what);
typedef void awsc_loop_timer_fn(void *ud, long timeout_ms);
AWSC_API int awsc_transport_set_loop(struct awsc_transport *t, awsc_socket_fn *socket_fn,
                                     awsc_loop_timer_fn *timer_fn, void *ud);
AWSC_API int awsc_transport_socket_action(struct awsc_transport *t, int fd, int events);
AWSC_API int awsc_transport_timeout_action(struct awsc_transport *t);

/*
 * Writing a transport: a device's own HTTP stack (or any other) becomes a
 * transport by filling a struct awsc_transport_impl and calling
 * awsc_transport_new_custom(). awsc keeps what is common to every
 * transport: the reference count, the requests in flight, the order in
 * which completions are delivered, cancel, timers, the clock, and the
 * poll/run loop. The implementation moves bytes. examples/custom_transport.c
 * is a small complete one (blocking plain HTTP, one request at a time, no
 * more than submit, cancel, wait and destroy); runtime/http/socket.c is a
 * full one (non-blocking, TLS, kept-alive connections, timeouts).
 *
 * Threads. Everything runs on the thread that drives the transport's loop
 * (awsc_transport_poll/run, or a sync call): every entry of the table is
 * called on it, except wake, which any thread may call. The exchange
 * functions below are for that thread only. Threads may take turns at the
 * loop (sync calls of a shared client on it), one at a time, each turn
 * handed over under a mutex: an implementation needs no locks of its own,
 * but must not keep per-thread state.
 *
 * One request is an exchange (struct awsc_http_exchange, owned by awsc).
 * Its life:
 *
 *  1. submit(impl, x): awsc_http_exchange_request(x) is the request (its
 *     pointers are valid until release). Start it, or just queue it: do no
 *     I/O that could call back into x from here, and do not finish it
 *     here. Return AWSC_OK, or an error status (the request is then
 *     dropped: on_done never runs, release is not called, and the caller
 *     gets that status with no message of yours; to name what is wrong
 *     with a request, accept it and fail it from the next wait).
 *  2. From wait (or socket_action/timeout_action): send the request
 *     (awsc_http_exchange_read_body() reads a streamed body), then report
 *     the response: awsc_http_exchange_headers() once with the final status
 *     and headers (no 1xx interim response), awsc_http_exchange_body() for
 *     each piece of the body as it arrives. These run the caller's
 *     handlers; when one returns non-zero, stop the exchange (close its
 *     connection) and finish it with AWSC_E_CANCELLED.
 *  3. awsc_http_exchange_done(x, status, fmt, ...): once, when the response
 *     is complete (AWSC_OK) or the exchange failed (AWSC_E_TRANSPORT,
 *     AWSC_E_TIMEOUT, AWSC_E_IO, AWSC_E_NOMEM, AWSC_E_CANCELLED) with a
 *     printf-style message naming the cause and the URL. awsc delivers it
 *     to the caller later, from the loop, never from inside done. An HTTP
 *     error status is a complete response, not a failure.
 *  4. release(impl, x): after the caller's on_done returned; free what
 *     you attached to x (awsc_http_exchange_set_data). x is gone after.
 *
 * Framing: send the headers as given (add Host and Content-Length only when
 * missing). When they hold Transfer-Encoding: chunked (S3's aws-chunked
 * uploads), frame the body in HTTP chunks and send no Content-Length.
 *
 * A request is sent at most once: when a kept-alive connection turns out
 * to be closed before any byte of the response came, fail the exchange
 * (AWSC_E_TRANSPORT) rather than resending it; the retry policy decides.
 *
 * cancel(impl, x): the caller cancelled x (awsc_http_exchange_cancelled(x)
 * is true from now on). Stop it and call awsc_http_exchange_done(x,
 * AWSC_E_CANCELLED, NULL), now or from the next wait. It may be called from
 * inside your own I/O (a handler cancels from on_body): then stop once
 * that handler has returned. submit may also be called from inside a
 * handler: queue the new request, do not re-enter your I/O.
 *
 * wait(impl, timeout_ms): wait at most timeout_ms (0: do not block) for
 * I/O, process what is ready, return AWSC_OK (or an error status for a
 * failure of the loop itself). deadline(impl), optional: the time on
 * awsc_transport_now_ms()'s clock at which wait must return at the latest
 * (a connect or read timeout, or now when queued work is waiting), or -1.
 * wake(impl), optional, any thread: make a wait in progress (or the next
 * one) return at once; without it awsc never blocks in wait when it only
 * waits for work finishing on another thread.
 *
 * The application's own loop (awsc_transport_set_loop), optional: set_loop
 * (on or off; only while nothing is in flight), then socket_action when a
 * socket you reported with awsc_transport_watch() is ready, timeout_action
 * when the deadline passed. Without set_loop, awsc_transport_set_loop()
 * returns AWSC_E_UNSUPPORTED.
 *
 * destroy(impl): the last reference is gone; every exchange has been
 * finished and released. Free impl.
 */
struct awsc_http_exchange;

struct awsc_transport_impl {
    const char *name; /* for messages and awsc_transport_name() */
    int (*submit)(void *impl, struct awsc_http_exchange *x);
    void (*cancel)(void *impl, struct awsc_http_exchange *x);
    int (*wait)(void *impl, int timeout_ms);
    int64_t (*deadline)(void *impl);                           /* optional */
    void (*wake)(void *impl);                                  /* optional; any thread */
    int (*set_loop)(void *impl, bool on);                      /* optional */
    int (*socket_action)(void *impl, int fd, int events);      /* with set_loop */
    int (*timeout_action)(void *impl);                         /* with set_loop */
    void (*release)(void *impl, struct awsc_http_exchange *x); /* optional */
    void (*destroy)(void *impl);
};

/* A transport made of impl (borrowed: keep it alive, usually a static
 * const table) and impl_data (passed to every entry; the transport owns it
 * from here and hands it to destroy, also when this call fails with
 * AWSC_E_NOMEM). One reference, for the caller. */
AWSC_API int awsc_transport_new_custom(const struct awsc_transport_impl *impl, void *impl_data,
                                       struct awsc_transport **out);

AWSC_API struct awsc_transport *awsc_http_exchange_transport(const struct awsc_http_exchange *x);
/* The request, valid until release. */
AWSC_API const struct awsc_http_request *
awsc_http_exchange_request(const struct awsc_http_exchange *x);
/* One pointer of the implementation's own per exchange (NULL at first). */
AWSC_API void awsc_http_exchange_set_data(struct awsc_http_exchange *x, void *data);
AWSC_API void *awsc_http_exchange_data(const struct awsc_http_exchange *x);
/* true once the caller cancelled the exchange. */
AWSC_API bool awsc_http_exchange_cancelled(const struct awsc_http_exchange *x);
/* Hand the final status and headers (borrowed for the call) to the
 * caller's on_headers; once, before any body. Non-zero: stop. */
AWSC_API int awsc_http_exchange_headers(struct awsc_http_exchange *x, int http_status,
                                        const struct awsc_http_header *headers,
                                        size_t header_count);
/* Hand a piece of the body to the caller's on_body. Non-zero: stop. */
AWSC_API int awsc_http_exchange_body(struct awsc_http_exchange *x, const uint8_t *data, size_t len);
/* Read up to cap bytes of a streamed request body (read_body set): the
 * count, or 0 when the body failed or ended before content_length bytes;
 * the exchange is then finished with AWSC_E_IO already (do not call done). */
AWSC_API size_t awsc_http_exchange_read_body(struct awsc_http_exchange *x, uint8_t *buf,
                                             size_t cap);
/* Finish the exchange (see above); a second call is ignored. A message of
 * NULL for AWSC_E_CANCELLED says why it stopped (cancelled, or a handler
 * stopped it). */
AWSC_API void awsc_http_exchange_done(struct awsc_http_exchange *x, int status, const char *fmt,
                                      ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* The application's loop: watch fd for what (AWSC_POLL_IN/OUT, or
 * AWSC_POLL_REMOVE), and the deadline may have changed. No-op when the
 * transport is not on an application's loop. */
AWSC_API void awsc_transport_watch(struct awsc_transport *t, int fd, int what);
AWSC_API void awsc_transport_deadline_changed(struct awsc_transport *t);

/*
 * The stub transport: serves responses queued by the test (in order), or
 * computed by a responder callback, and records every request it receives.
 * Its clock is virtual: timers fire as soon as nothing else is pending, so
 * back-off and waiter delays cost no real time.
 */
struct awsc_stub;
struct awsc_stub_request {
    const char *method;
    const char *url;
    const struct awsc_http_header *headers;
    size_t header_count;
    const uint8_t *body;
    size_t body_len;
};
struct awsc_stub_response {
    int http_status;
    const char *headers; /* "Name: value\r\n" lines, or NULL */
    const uint8_t *body;
    size_t body_len;
    /* Instead of a response: fail the transfer with this status
     * (AWSC_E_TRANSPORT, AWSC_E_TIMEOUT) and message. */
    int fail_status;
    const char *fail_message;
    /* Deliver only the first truncate_at bytes of the body, then fail the
     * transfer as cut off (0: deliver it all). */
    size_t truncate_at;
};
/* A responder computes the response to a request; return non-zero to fall
 * back to the queue. */
typedef int awsc_stub_responder(void *ud, const struct awsc_stub_request *req,
                                struct awsc_stub_response *resp);

AWSC_API int awsc_stub_new(struct awsc_stub **out);
AWSC_API void awsc_stub_destroy(struct awsc_stub *stub);
/* The stub's transport, to put in awsc_config.transport (borrowed: the stub
 * owns it; destroy clients before the stub). */
AWSC_API struct awsc_transport *awsc_stub_transport(struct awsc_stub *stub);
/* Queue a response (copied). */
AWSC_API int awsc_stub_push(struct awsc_stub *stub, const struct awsc_stub_response *resp);
AWSC_API int awsc_stub_push_simple(struct awsc_stub *stub, int http_status, const char *headers,
                                   const char *body);
AWSC_API void awsc_stub_set_responder(struct awsc_stub *stub, awsc_stub_responder *fn, void *ud);
/* Requests received so far (copies owned by the stub). */
AWSC_API size_t awsc_stub_request_count(const struct awsc_stub *stub);
AWSC_API const struct awsc_stub_request *awsc_stub_request(const struct awsc_stub *stub, size_t i);
/* The value of a header of a recorded request (case-insensitive), or NULL. */
AWSC_API const char *awsc_stub_request_header(const struct awsc_stub_request *req,
                                              const char *name);
AWSC_API void awsc_stub_clear_requests(struct awsc_stub *stub);
/* Responses still queued. */
AWSC_API size_t awsc_stub_pending_responses(const struct awsc_stub *stub);

#ifdef __cplusplus
}
#endif
#endif
