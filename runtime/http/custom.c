/*
 * Transports of one's own: struct awsc_transport_impl (awsc/transport.h)
 * made into a kind of the base, and the exchange functions an
 * implementation reports a request's progress with. The exchange is the
 * base's request (struct awsc__http_op); its handlers run here, with
 * t->io_depth raised so that nothing is delivered from inside them.
 */
#include "http.h"

#include <string.h>

struct custom_transport {
    struct awsc_transport base; /* first */
    struct awsc__transport_vtable vt;
    const struct awsc_transport_impl *impl;
    void *data;
};

static struct custom_transport *custom_of(struct awsc_transport *t)
{
    return (struct custom_transport *)(void *)t;
}

/* ------------------------------------------------------------- the kind */

static int custom_submit(struct awsc_transport *t, const struct awsc_http_request *req,
                         struct awsc__http_op **op_out)
{
    struct custom_transport *c = custom_of(t);
    struct awsc__http_op *op = awsc__calloc(1, sizeof *op);
    if (!op)
        return AWSC_E_NOMEM;
    op->t = t;
    op->req = *req;
    int status = c->impl->submit(c->data, (struct awsc_http_exchange *)(void *)op);
    if (status != AWSC_OK) {
        awsc__free(op->message);
        awsc__free(op);
        return status > 0 ? AWSC_E_INTERNAL : status;
    }
    *op_out = op;
    return AWSC_OK;
}

static void custom_cancel(struct awsc_transport *t, struct awsc__http_op *op)
{
    struct custom_transport *c = custom_of(t);
    c->impl->cancel(c->data, (struct awsc_http_exchange *)(void *)op);
}

static int custom_wait(struct awsc_transport *t, int timeout_ms)
{
    struct custom_transport *c = custom_of(t);
    return c->impl->wait(c->data, timeout_ms);
}

static int64_t custom_deadline(struct awsc_transport *t)
{
    struct custom_transport *c = custom_of(t);
    return c->impl->deadline ? c->impl->deadline(c->data) : -1;
}

static void custom_wake(struct awsc_transport *t)
{
    struct custom_transport *c = custom_of(t);
    c->impl->wake(c->data);
}

static int custom_set_loop(struct awsc_transport *t, bool on)
{
    struct custom_transport *c = custom_of(t);
    if (!c->impl->set_loop)
        return on ? AWSC_E_UNSUPPORTED : AWSC_OK;
    return c->impl->set_loop(c->data, on);
}

static int custom_socket_action(struct awsc_transport *t, int fd, int events)
{
    struct custom_transport *c = custom_of(t);
    return c->impl->socket_action ? c->impl->socket_action(c->data, fd, events)
                                  : AWSC_E_UNSUPPORTED;
}

static int custom_timeout_action(struct awsc_transport *t)
{
    struct custom_transport *c = custom_of(t);
    return c->impl->timeout_action ? c->impl->timeout_action(c->data) : AWSC_OK;
}

static void custom_free_op(struct awsc_transport *t, struct awsc__http_op *op)
{
    struct custom_transport *c = custom_of(t);
    if (c->impl->release)
        c->impl->release(c->data, (struct awsc_http_exchange *)(void *)op);
    awsc__free(op);
}

static void custom_destroy(struct awsc_transport *t)
{
    struct custom_transport *c = custom_of(t);
    c->impl->destroy(c->data);
    awsc__free(c);
}

int awsc_transport_new_custom(const struct awsc_transport_impl *impl, void *impl_data,
                              struct awsc_transport **out)
{
    if (out)
        *out = NULL;
    if (!out || !impl || !impl->submit || !impl->cancel || !impl->wait || !impl->destroy ||
        (impl->set_loop && (!impl->socket_action || !impl->timeout_action)))
        return AWSC_E_INVALID_ARG;
    struct custom_transport *c = awsc__calloc(1, sizeof *c);
    if (!c) {
        impl->destroy(impl_data);
        return AWSC_E_NOMEM;
    }
    c->impl = impl;
    c->data = impl_data;
    c->vt = (struct awsc__transport_vtable){
        .name = impl->name ? impl->name : "custom",
        .submit = custom_submit,
        .cancel = custom_cancel,
        .wait = custom_wait,
        .deadline = custom_deadline,
        .set_loop = custom_set_loop,
        .socket_action = custom_socket_action,
        .timeout_action = custom_timeout_action,
        .wake = impl->wake ? custom_wake : NULL,
        .free_op = custom_free_op,
        .destroy = custom_destroy,
    };
    awsc__transport_init(&c->base, &c->vt);
    *out = &c->base;
    return AWSC_OK;
}

/* ------------------------------------------------------- the exchanges */

static struct awsc__http_op *op_of(const struct awsc_http_exchange *x)
{
    return (struct awsc__http_op *)(void *)x;
}

struct awsc_transport *awsc_http_exchange_transport(const struct awsc_http_exchange *x)
{
    return x ? op_of(x)->t : NULL;
}

const struct awsc_http_request *awsc_http_exchange_request(const struct awsc_http_exchange *x)
{
    return x ? &op_of(x)->req : NULL;
}

void awsc_http_exchange_set_data(struct awsc_http_exchange *x, void *data)
{
    if (x)
        op_of(x)->impl_data = data;
}

void *awsc_http_exchange_data(const struct awsc_http_exchange *x)
{
    return x ? op_of(x)->impl_data : NULL;
}

bool awsc_http_exchange_cancelled(const struct awsc_http_exchange *x)
{
    return x && op_of(x)->cancelled;
}

/* Whether the exchange must stop: finished, cancelled or stopped. */
static bool halted(const struct awsc__http_op *op)
{
    return op->completing || op->delivered || op->cancelled || op->handler_stopped;
}

int awsc_http_exchange_headers(struct awsc_http_exchange *x, int http_status,
                               const struct awsc_http_header *headers, size_t header_count)
{
    struct awsc__http_op *op = op_of(x);
    if (!op || halted(op))
        return 1;
    int rc = 0;
    if (op->handler.on_headers) {
        op->t->io_depth++;
        rc = op->handler.on_headers(op->handler.ud, http_status, headers, header_count);
        op->t->io_depth--;
    }
    if (rc != 0)
        op->handler_stopped = true;
    return halted(op) ? 1 : 0;
}

int awsc_http_exchange_body(struct awsc_http_exchange *x, const uint8_t *data, size_t len)
{
    struct awsc__http_op *op = op_of(x);
    if (!op || halted(op))
        return 1;
    int rc = 0;
    if (op->handler.on_body && len) {
        op->t->io_depth++;
        rc = op->handler.on_body(op->handler.ud, data, len);
        op->t->io_depth--;
    }
    if (rc != 0)
        op->handler_stopped = true;
    return halted(op) ? 1 : 0;
}

size_t awsc_http_exchange_read_body(struct awsc_http_exchange *x, uint8_t *buf, size_t cap)
{
    struct awsc__http_op *op = op_of(x);
    if (!op || halted(op) || !op->req.read_body)
        return 0;
    uint64_t left = (uint64_t)(op->req.content_length - op->body_read);
    if (cap > left)
        cap = (size_t)left;
    if (cap == 0)
        return 0;
    op->t->io_depth++;
    size_t n = op->req.read_body(op->req.read_ud, buf, cap);
    op->t->io_depth--;
    if (op->cancelled) {
        awsc__transport_complete(op->t, op, AWSC_E_CANCELLED, AWSC__MSG_CANCELLED);
        return 0;
    }
    if (n == (size_t)-1 || n > cap || n == 0) {
        awsc__transport_complete(op->t, op, AWSC_E_IO, "%s after %lld of %lld bytes",
                                 n == 0 ? "The request body ended"
                                        : "Reading the request body failed",
                                 (long long)op->body_read, (long long)op->req.content_length);
        return 0;
    }
    op->body_read += (int64_t)n;
    return n;
}

void awsc_http_exchange_done(struct awsc_http_exchange *x, int status, const char *fmt, ...)
{
    struct awsc__http_op *op = op_of(x);
    if (!op)
        return;
    if (status > 0)
        status = AWSC_E_INTERNAL;
    if (op->cancelled || op->handler_stopped || (status == AWSC_E_CANCELLED && !fmt)) {
        awsc__transport_complete(op->t, op, status, "%s",
                                 op->handler_stopped && !op->cancelled ? AWSC__MSG_HANDLER_STOPPED
                                                                       : AWSC__MSG_CANCELLED);
        return;
    }
    if (status != AWSC_OK && !fmt) {
        awsc__transport_complete(op->t, op, status, "HTTP request to endpoint URL: \"%s\" failed",
                                 op->req.url);
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    awsc__transport_vcomplete(op->t, op, status, fmt, ap);
    va_end(ap);
}

void awsc_transport_watch(struct awsc_transport *t, int fd, int what)
{
    if (t && t->socket_fn && fd >= 0)
        t->socket_fn(t->loop_ud, fd, what);
}

void awsc_transport_deadline_changed(struct awsc_transport *t)
{
    if (t)
        awsc__transport_loop_update(t);
}

const char *awsc_transport_name(const struct awsc_transport *t)
{
    return t ? t->vt->name : NULL;
}
