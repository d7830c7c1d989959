/*
 * The stub transport: answers requests with responses queued by a test (in
 * order) or computed by a responder, records every request it receives,
 * and runs on a virtual clock. It behaves like the real transport where a
 * caller can tell: completions come from the loop, headers come once
 * before the body, the body arrives in chunks, a cut-off body fails with
 * the same wording libcurl's transport uses.
 */
#include "http.h"

#include <string.h>

/* Body chunks handed to on_body, like a socket read would. */
#define CHUNK 16384

struct stub_response {
    struct stub_response *next;
    int http_status;
    struct awsc_http_header *headers;
    size_t header_count;
    char *header_text; /* the copied header lines, split in place */
    uint8_t *body;
    size_t body_len;
    int fail_status;
    char *fail_message;
    size_t truncate_at;
};

/* A recorded request: the public view and the arena that owns it. */
struct stub_record {
    struct awsc_stub_request pub;
    struct awsc_arena *arena;
};

struct stub_req {
    struct awsc__http_op op;      /* first: the handle */
    struct awsc_http_request req; /* borrowed until completion */
    struct stub_req *prev, *next; /* the stub's queue of unanswered requests */
    uint64_t seq;
};

struct awsc_stub {
    struct awsc_transport base; /* first */
    struct stub_response *queue_head, *queue_tail;
    size_t queue_len;
    awsc_stub_responder *responder;
    void *responder_ud;
    struct stub_record **records;
    size_t record_count, record_cap;
    struct stub_req *waiting_head, *waiting_tail;
    uint64_t seq;
};

static struct awsc_stub *stub_of(struct awsc_transport *t)
{
    return (struct awsc_stub *)(void *)t;
}

/* ------------------------------------------------------------ responses */

static void response_free(struct stub_response *r)
{
    if (!r)
        return;
    awsc__free(r->headers);
    awsc__free(r->header_text);
    awsc__free(r->body);
    awsc__free(r->fail_message);
    awsc__free(r);
}

/* Split "Name: value\r\n" lines (or "\n") in place into r->headers. */
static int parse_headers(struct stub_response *r, const char *text)
{
    r->header_text = awsc__strdup(text);
    if (!r->header_text)
        return AWSC_E_NOMEM;
    size_t lines = 1;
    for (const char *p = text; *p; p++)
        lines += *p == '\n';
    r->headers = awsc__calloc(lines, sizeof *r->headers);
    if (!r->headers)
        return AWSC_E_NOMEM;
    char *line = r->header_text;
    while (line && *line) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *end = line + strlen(line);
        if (end > line && end[-1] == '\r')
            *--end = '\0';
        if (*line) {
            char *colon = strchr(line, ':');
            if (!colon || colon == line)
                return AWSC_E_INVALID_ARG;
            *colon = '\0';
            struct awsc_http_header *h = &r->headers[r->header_count++];
            h->name = awsc__trim(line);
            h->value = awsc__trim(colon + 1);
            if (!*h->name)
                return AWSC_E_INVALID_ARG;
        }
        line = nl ? nl + 1 : NULL;
    }
    return AWSC_OK;
}

static int response_copy(const struct awsc_stub_response *in, struct stub_response **out)
{
    *out = NULL;
    if (in->fail_status > 0 ||
        (in->fail_status == 0 && (in->http_status < 100 || in->http_status > 999)))
        return AWSC_E_INVALID_ARG;
    if (in->body_len && !in->body)
        return AWSC_E_INVALID_ARG;
    struct stub_response *r = awsc__calloc(1, sizeof *r);
    if (!r)
        return AWSC_E_NOMEM;
    r->http_status = in->http_status;
    r->fail_status = in->fail_status;
    r->truncate_at = in->truncate_at;
    int status = parse_headers(r, in->headers ? in->headers : "");
    if (status == AWSC_OK && in->body_len) {
        r->body = awsc__malloc(in->body_len);
        if (r->body) {
            memcpy(r->body, in->body, in->body_len);
            r->body_len = in->body_len;
        } else {
            status = AWSC_E_NOMEM;
        }
    }
    if (status == AWSC_OK && in->fail_message &&
        !(r->fail_message = awsc__strdup(in->fail_message)))
        status = AWSC_E_NOMEM;
    if (status != AWSC_OK) {
        response_free(r);
        return status;
    }
    *out = r;
    return AWSC_OK;
}

int awsc_stub_push(struct awsc_stub *stub, const struct awsc_stub_response *resp)
{
    if (!stub || !resp)
        return AWSC_E_INVALID_ARG;
    struct stub_response *r;
    int status = response_copy(resp, &r);
    if (status != AWSC_OK)
        return status;
    if (stub->queue_tail)
        stub->queue_tail->next = r;
    else
        stub->queue_head = r;
    stub->queue_tail = r;
    stub->queue_len++;
    return AWSC_OK;
}

int awsc_stub_push_simple(struct awsc_stub *stub, int http_status, const char *headers,
                          const char *body)
{
    struct awsc_stub_response r = {0};
    r.http_status = http_status;
    r.headers = headers;
    r.body = (const uint8_t *)body;
    r.body_len = body ? strlen(body) : 0;
    return awsc_stub_push(stub, &r);
}

void awsc_stub_set_responder(struct awsc_stub *stub, awsc_stub_responder *fn, void *ud)
{
    if (!stub)
        return;
    stub->responder = fn;
    stub->responder_ud = fn ? ud : NULL;
}

size_t awsc_stub_pending_responses(const struct awsc_stub *stub)
{
    return stub ? stub->queue_len : 0;
}

/* ------------------------------------------------------------- records */

size_t awsc_stub_request_count(const struct awsc_stub *stub)
{
    return stub ? stub->record_count : 0;
}

const struct awsc_stub_request *awsc_stub_request(const struct awsc_stub *stub, size_t i)
{
    return stub && i < stub->record_count ? &stub->records[i]->pub : NULL;
}

const char *awsc_stub_request_header(const struct awsc_stub_request *req, const char *name)
{
    if (!req || !name)
        return NULL;
    for (size_t i = 0; i < req->header_count; i++)
        if (awsc__strcasecmp(req->headers[i].name, name) == 0)
            return req->headers[i].value;
    return NULL;
}

static void record_free(struct stub_record *rec)
{
    if (rec)
        awsc__arena_destroy(rec->arena);
}

void awsc_stub_clear_requests(struct awsc_stub *stub)
{
    if (!stub)
        return;
    for (size_t i = 0; i < stub->record_count; i++)
        record_free(stub->records[i]);
    stub->record_count = 0;
}

/* Read a streamed body to its end, as sending it would. */
static int read_streamed(struct stub_req *r, struct awsc_buf *body, struct awsc_transport *t)
{
    const struct awsc_http_request *req = &r->req;
    uint64_t want = (uint64_t)req->content_length;
    while (body->len < want) {
        if (!awsc__buf_reserve(body, CHUNK))
            return AWSC_E_NOMEM;
        size_t cap = want - body->len < CHUNK ? (size_t)(want - body->len) : CHUNK;
        size_t n = req->read_body(req->read_ud, (uint8_t *)body->data + body->len, cap);
        if (n == (size_t)-1 || n > cap) {
            awsc__transport_complete(t, &r->op, AWSC_E_IO,
                                     "Reading the request body failed after %zu of %lld bytes",
                                     body->len, (long long)req->content_length);
            return AWSC_E_IO;
        }
        if (n == 0) {
            awsc__transport_complete(t, &r->op, AWSC_E_IO,
                                     "The request body ended after %zu of %lld bytes", body->len,
                                     (long long)req->content_length);
            return AWSC_E_IO;
        }
        body->len += n;
    }
    return AWSC_OK;
}

/* Copy the request into a new record (owned by the stub). */
static int record(struct awsc_stub *stub, struct stub_req *r, struct stub_record **out)
{
    struct awsc_transport *t = &stub->base;
    const struct awsc_http_request *req = &r->req;
    *out = NULL;
    if (stub->record_count == stub->record_cap) {
        size_t cap = stub->record_cap ? stub->record_cap * 2 : 16;
        struct stub_record **recs = awsc__realloc(stub->records, cap * sizeof *recs);
        if (!recs)
            return AWSC_E_NOMEM;
        stub->records = recs;
        stub->record_cap = cap;
    }
    struct awsc_arena *a = awsc__arena_new();
    struct stub_record *rec = a ? awsc__arena_alloc(a, sizeof *rec) : NULL;
    if (!rec) {
        awsc__arena_destroy(a);
        return AWSC_E_NOMEM;
    }
    rec->arena = a;
    struct awsc_stub_request *p = &rec->pub;
    bool ok = (p->method = awsc__arena_strdup(a, req->method)) != NULL &&
              (p->url = awsc__arena_strdup(a, req->url)) != NULL;
    struct awsc_http_header *hs = NULL;
    if (ok && req->header_count) {
        hs = awsc__arena_alloc(a, req->header_count * sizeof *hs);
        ok = hs != NULL;
        for (size_t i = 0; ok && i < req->header_count; i++) {
            hs[i].name = awsc__arena_strdup(a, req->headers[i].name);
            hs[i].value = awsc__arena_strdup(a, req->headers[i].value);
            ok = hs[i].name && hs[i].value;
        }
    }
    p->headers = hs;
    p->header_count = req->header_count;
    int status = ok ? AWSC_OK : AWSC_E_NOMEM;
    if (status == AWSC_OK && req->read_body) {
        /* read_body is user code running inside the transport */
        struct awsc_buf body = AWSC_BUF_INIT;
        t->io_depth++;
        status = read_streamed(r, &body, t);
        t->io_depth--;
        /* a failed stream is still recorded, with what was read */
        if (status != AWSC_E_NOMEM) {
            p->body = awsc__arena_memdup(a, body.data ? body.data : "", body.len);
            p->body_len = body.len;
            if (!p->body && status == AWSC_OK)
                status = AWSC_E_NOMEM;
        }
        awsc__buf_clean_up(&body);
    } else if (status == AWSC_OK) {
        p->body = awsc__arena_memdup(a, req->body ? (const void *)req->body : "", req->body_len);
        p->body_len = req->body_len;
        if (!p->body)
            status = AWSC_E_NOMEM;
    }
    if (status == AWSC_E_NOMEM) {
        awsc__arena_destroy(a);
        return status;
    }
    stub->records[stub->record_count++] = rec;
    *out = rec;
    return status;
}

/* ------------------------------------------------------------- serving */

static void unlink_waiting(struct awsc_stub *stub, struct stub_req *r)
{
    if (r->prev)
        r->prev->next = r->next;
    else
        stub->waiting_head = r->next;
    if (r->next)
        r->next->prev = r->prev;
    else
        stub->waiting_tail = r->prev;
    r->prev = r->next = NULL;
}

/* The response to a recorded request: the responder's, else the queue's. */
static int choose_response(struct awsc_stub *stub, const struct awsc_stub_request *req,
                           struct stub_response **out)
{
    *out = NULL;
    if (stub->responder) {
        struct awsc_stub_response resp;
        memset(&resp, 0, sizeof resp);
        stub->base.io_depth++;
        int declined = stub->responder(stub->responder_ud, req, &resp);
        stub->base.io_depth--;
        if (!declined)
            return response_copy(&resp, out);
    }
    struct stub_response *r = stub->queue_head;
    if (r) {
        stub->queue_head = r->next;
        if (!stub->queue_head)
            stub->queue_tail = NULL;
        stub->queue_len--;
        r->next = NULL;
        *out = r;
    }
    return AWSC_OK;
}

/* true when the request must stop: cancelled, or the handler said so. */
static bool stopped(struct awsc_transport *t, struct stub_req *r, int handler_result)
{
    if (r->op.cancelled) {
        awsc__transport_complete(t, &r->op, AWSC_E_CANCELLED, AWSC__MSG_CANCELLED);
        return true;
    }
    if (handler_result != 0) {
        awsc__transport_complete(t, &r->op, AWSC_E_CANCELLED, AWSC__MSG_HANDLER_STOPPED);
        return true;
    }
    return false;
}

static void deliver_response(struct awsc_transport *t, struct stub_req *r,
                             const struct stub_response *resp)
{
    const struct awsc_http_handler *h = &r->op.handler;
    if (resp->fail_status) {
        awsc__transport_complete(t, &r->op, resp->fail_status, "%s",
                                 resp->fail_message ? resp->fail_message
                                                    : "stub transport: canned failure");
        return;
    }
    int rc = 0;
    t->io_depth++;
    if (h->on_headers)
        rc = h->on_headers(h->ud, resp->http_status, resp->headers, resp->header_count);
    bool stop = stopped(t, r, rc);
    size_t len = resp->body_len;
    if (resp->truncate_at && resp->truncate_at < len)
        len = resp->truncate_at;
    /* no body for HEAD, as on the wire */
    if (strcmp(r->req.method, "HEAD") == 0)
        len = 0;
    size_t off = 0;
    while (!stop && off < len) {
        size_t n = len - off < CHUNK ? len - off : CHUNK;
        rc = h->on_body ? h->on_body(h->ud, resp->body + off, n) : 0;
        off += n;
        stop = stopped(t, r, rc);
    }
    t->io_depth--;
    if (stop)
        return;
    if (resp->truncate_at)
        awsc__transport_complete_cut_off(t, &r->op, r->req.url, off, (int64_t)resp->body_len);
    else
        awsc__transport_complete(t, &r->op, AWSC_OK, NULL);
}

static void serve(struct awsc_stub *stub, struct stub_req *r)
{
    struct awsc_transport *t = &stub->base;
    struct stub_record *rec;
    int status = record(stub, r, &rec);
    if (status == AWSC_E_NOMEM)
        awsc__transport_complete(t, &r->op, status, "stub transport: out of memory");
    if (status != AWSC_OK || r->op.completing)
        return;            /* the body could not be read: completed already */
    if (r->op.cancelled) { /* by read_body */
        awsc__transport_complete(t, &r->op, AWSC_E_CANCELLED, AWSC__MSG_CANCELLED);
        return;
    }
    struct stub_response *resp;
    status = choose_response(stub, &rec->pub, &resp);
    if (status != AWSC_OK) {
        awsc__transport_complete(t, &r->op, status,
                                 "stub transport: the responder's response "
                                 "is not valid (%s)",
                                 awsc_strerror(status));
    } else if (r->op.cancelled) { /* by the responder */
        awsc__transport_complete(t, &r->op, AWSC_E_CANCELLED, AWSC__MSG_CANCELLED);
    } else if (!resp) {
        awsc__transport_complete(t, &r->op, AWSC_E_TRANSPORT,
                                 "stub transport: no response queued for %s %s", r->req.method,
                                 r->req.url);
    } else {
        deliver_response(t, r, resp);
    }
    response_free(resp);
}

/* Answer the requests that were waiting when the pass began. Requests
 * submitted from the callbacks wait for the next pass. */
static void serve_waiting(struct awsc_stub *stub)
{
    uint64_t limit = stub->seq;
    struct stub_req *r;
    while ((r = stub->waiting_head) != NULL && r->seq < limit) {
        unlink_waiting(stub, r);
        serve(stub, r);
    }
}

/* ---------------------------------------------------------- the vtable */

static int stub_submit(struct awsc_transport *t, const struct awsc_http_request *req,
                       struct awsc__http_op **op_out)
{
    struct awsc_stub *stub = stub_of(t);
    struct stub_req *r = awsc__calloc(1, sizeof *r);
    if (!r)
        return AWSC_E_NOMEM;
    r->req = *req;
    r->seq = stub->seq++;
    r->prev = stub->waiting_tail;
    if (stub->waiting_tail)
        stub->waiting_tail->next = r;
    else
        stub->waiting_head = r;
    stub->waiting_tail = r;
    *op_out = &r->op;
    return AWSC_OK;
}

static void stub_cancel(struct awsc_transport *t, struct awsc__http_op *op)
{
    struct awsc_stub *stub = stub_of(t);
    struct stub_req *r = (struct stub_req *)(void *)op;
    /* Still waiting: it never reaches the "wire". Being served: the serving
     * loop sees op->cancelled after the callback returns. */
    if (r->prev || r->next || stub->waiting_head == r) {
        unlink_waiting(stub, r);
        awsc__transport_complete(t, op, AWSC_E_CANCELLED, AWSC__MSG_CANCELLED);
    }
}

static int stub_wait(struct awsc_transport *t, int timeout_ms)
{
    (void)timeout_ms;
    serve_waiting(stub_of(t));
    return AWSC_OK;
}

static int stub_timeout_action(struct awsc_transport *t)
{
    serve_waiting(stub_of(t));
    return AWSC_OK;
}

static int64_t stub_deadline(struct awsc_transport *t)
{
    return stub_of(t)->waiting_head ? awsc__transport_now(t) : -1;
}

static void stub_free_op(struct awsc_transport *t, struct awsc__http_op *op)
{
    (void)t;
    awsc__free(op);
}

static void stub_destroy(struct awsc_transport *t)
{
    struct awsc_stub *stub = stub_of(t);
    struct stub_response *r = stub->queue_head;
    while (r) {
        struct stub_response *next = r->next;
        response_free(r);
        r = next;
    }
    awsc_stub_clear_requests(stub);
    awsc__free(stub->records);
    awsc__free(stub);
}

static const struct awsc__transport_vtable STUB_VTABLE = {
    .name = "stub",
    .submit = stub_submit,
    .cancel = stub_cancel,
    .wait = stub_wait,
    .deadline = stub_deadline,
    .timeout_action = stub_timeout_action,
    .free_op = stub_free_op,
    .destroy = stub_destroy,
};

int awsc_stub_new(struct awsc_stub **out)
{
    if (!out)
        return AWSC_E_INVALID_ARG;
    *out = NULL;
    struct awsc_stub *stub = awsc__calloc(1, sizeof *stub);
    if (!stub)
        return AWSC_E_NOMEM;
    awsc__transport_init(&stub->base, &STUB_VTABLE);
    stub->base.virtual_clock = true;
    *out = stub;
    return AWSC_OK;
}

/* The stub and its transport are one object: clients that still hold the
 * transport keep it alive after this. */
void awsc_stub_destroy(struct awsc_stub *stub)
{
    if (stub)
        awsc_transport_release(&stub->base);
}

struct awsc_transport *awsc_stub_transport(struct awsc_stub *stub)
{
    return stub ? &stub->base : NULL;
}
