/*
 * The stub transport and the transport base it shares with libcurl's:
 * queued and computed responses, recorded requests, canned failures,
 * truncation, cancellation, the virtual clock and its timers, the external
 * loop hooks, and every allocation failing in turn.
 */
#include "http/http.h"
#include "testutil.h"

static struct awsc_stub *new_stub(void)
{
    struct awsc_stub *stub = NULL;
    REQUIRE(awsc_stub_new(&stub) == AWSC_OK && stub);
    return stub;
}

/* Responses come in queue order; requests are recorded whole. */
static void test_queue_and_recording(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    CHECK_INT(awsc_stub_push_simple(stub, 200,
                                    "Content-Type: application/json\r\n"
                                    "X-Amzn-RequestId:  abc  \r\n",
                                    "{\"a\":1}"),
              AWSC_OK);
    CHECK_INT(awsc_stub_push_simple(stub, 404, "X-One: 1\nX-Two: two words\n", "missing"), AWSC_OK);
    CHECK_INT(awsc_stub_push_simple(stub, 204, NULL, NULL), AWSC_OK);
    CHECK_INT(awsc_stub_pending_responses(stub), 3);

    struct awsc_http_header hs[] = {{"X-Amz-Target", "DynamoDB_20120810.GetItem"},
                                    {"content-type", "application/x-amz-json-1.0"}};
    struct resp r[3];
    for (int i = 0; i < 3; i++)
        resp_init(&r[i]);
    submit_simple(t, "POST", "http://stub.test/", hs, 2, "{\"TableName\":\"t\"}", &r[0]);
    submit_simple(t, "GET", "http://stub.test/a?b=c", NULL, 0, NULL, &r[1]);
    submit_simple(t, "DELETE", "http://stub.test/x", NULL, 0, NULL, &r[2]);
    CHECK_INT(awsc_transport_pending(t), 3);
    CHECK(!r[0].done && !r[1].done && !r[2].done);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(awsc_transport_pending(t), 0);

    CHECK_INT(r[0].done_calls, 1);
    CHECK_INT(r[0].done_status, AWSC_OK);
    CHECK(r[0].message == NULL);
    CHECK_INT(r[0].http_status, 200);
    CHECK_INT(r[0].header_calls, 1);
    CHECK_STR(resp_header(&r[0], "x-amzn-requestid"), "abc");
    CHECK_STR(resp_header(&r[0], "Content-Type"), "application/json");
    CHECK_STR(r[0].body.data, "{\"a\":1}");
    CHECK_INT(r[1].http_status, 404);
    CHECK_STR(resp_header(&r[1], "X-Two"), "two words");
    CHECK_STR(resp_header(&r[1], "X-One"), "1");
    CHECK_STR(r[1].body.data, "missing");
    CHECK_INT(r[2].http_status, 204);
    CHECK_INT(r[2].body_calls, 0);
    CHECK_INT(r[2].done_status, AWSC_OK);
    CHECK_INT(awsc_stub_pending_responses(stub), 0);

    CHECK_INT(awsc_stub_request_count(stub), 3);
    const struct awsc_stub_request *q = awsc_stub_request(stub, 0);
    REQUIRE(q);
    CHECK_STR(q->method, "POST");
    CHECK_STR(q->url, "http://stub.test/");
    CHECK_INT(q->header_count, 2);
    CHECK_STR(awsc_stub_request_header(q, "X-AMZ-TARGET"), "DynamoDB_20120810.GetItem");
    CHECK_STR(awsc_stub_request_header(q, "Content-Type"), "application/x-amz-json-1.0");
    CHECK(awsc_stub_request_header(q, "Accept") == NULL);
    CHECK_INT(q->body_len, 17);
    CHECK(memcmp(q->body, "{\"TableName\":\"t\"}", 17) == 0);
    q = awsc_stub_request(stub, 1);
    CHECK_STR(q->method, "GET");
    CHECK_STR(q->url, "http://stub.test/a?b=c");
    CHECK_INT(q->body_len, 0);
    CHECK(awsc_stub_request(stub, 3) == NULL);
    awsc_stub_clear_requests(stub);
    CHECK_INT(awsc_stub_request_count(stub), 0);
    for (int i = 0; i < 3; i++)
        resp_clean_up(&r[i]);
    awsc_stub_destroy(stub);
}

/* Nothing queued, no responder: a transport error naming the request. */
static void test_no_response(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    struct resp r;
    resp_init(&r);
    submit_simple(t, "GET", "http://stub.test/nothing", NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
    CHECK_STR(r.message, "stub transport: no response queued for GET http://stub.test/nothing");
    CHECK_INT(r.header_calls, 0);
    CHECK_INT(awsc_stub_request_count(stub), 1); /* it was still "sent" */
    resp_clean_up(&r);
    awsc_stub_destroy(stub);
}

struct responder_state {
    int calls;
    char body[64];
};

static int responder(void *ud, const struct awsc_stub_request *req, struct awsc_stub_response *resp)
{
    struct responder_state *s = ud;
    s->calls++;
    if (strstr(req->url, "/queue"))
        return 1; /* fall back to the queue */
    snprintf(s->body, sizeof s->body, "you asked for %s", strrchr(req->url, '/'));
    resp->http_status = 201;
    resp->headers = "X-Responder: yes\r\n";
    resp->body = (const uint8_t *)s->body;
    resp->body_len = strlen(s->body);
    return 0;
}

static void test_responder(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    struct responder_state s = {0};
    awsc_stub_set_responder(stub, responder, &s);
    CHECK_INT(awsc_stub_push_simple(stub, 200, NULL, "from the queue"), AWSC_OK);
    struct resp a, b;
    resp_init(&a);
    resp_init(&b);
    submit_simple(t, "GET", "http://stub.test/thing", NULL, 0, NULL, &a);
    submit_simple(t, "GET", "http://stub.test/queue", NULL, 0, NULL, &b);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(s.calls, 2);
    CHECK_INT(a.http_status, 201);
    CHECK_STR(a.body.data, "you asked for /thing");
    CHECK_STR(resp_header(&a, "X-Responder"), "yes");
    CHECK_INT(b.http_status, 200);
    CHECK_STR(b.body.data, "from the queue");
    awsc_stub_set_responder(stub, NULL, NULL);
    resp_clean_up(&a);
    resp_clean_up(&b);
    awsc_stub_destroy(stub);
}

/* Canned failures and cut-off bodies. */
static void test_failures_and_truncation(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    struct awsc_stub_response fail = {0};
    fail.fail_status = AWSC_E_TIMEOUT;
    fail.fail_message = "Read timeout on endpoint URL: \"http://stub.test/\"";
    CHECK_INT(awsc_stub_push(stub, &fail), AWSC_OK);
    struct awsc_stub_response cut = {0};
    cut.http_status = 200;
    cut.headers = "Content-Length: 10\r\n";
    cut.body = (const uint8_t *)"0123456789";
    cut.body_len = 10;
    cut.truncate_at = 4;
    CHECK_INT(awsc_stub_push(stub, &cut), AWSC_OK);
    struct awsc_stub_response plain = {0};
    plain.fail_status = AWSC_E_TRANSPORT;
    CHECK_INT(awsc_stub_push(stub, &plain), AWSC_OK);

    struct resp r[3];
    for (int i = 0; i < 3; i++) {
        resp_init(&r[i]);
        submit_simple(t, "GET", "http://stub.test/", NULL, 0, NULL, &r[i]);
    }
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r[0].done_status, AWSC_E_TIMEOUT);
    CHECK_STR(r[0].message, "Read timeout on endpoint URL: \"http://stub.test/\"");
    CHECK_INT(r[0].header_calls, 0);
    CHECK_INT(r[1].done_status, AWSC_E_TRANSPORT);
    CHECK_INT(r[1].header_calls, 1);
    CHECK_INT(r[1].body.len, 4);
    CHECK_STR(r[1].body.data, "0123");
    CHECK_STR(r[1].message, "Connection closed mid-response on endpoint URL: "
                            "\"http://stub.test/\": the response was cut off after 4 of 10 "
                            "body bytes");
    CHECK_INT(r[2].done_status, AWSC_E_TRANSPORT);
    CHECK(r[2].message && *r[2].message);
    for (int i = 0; i < 3; i++)
        resp_clean_up(&r[i]);

    /* invalid responses are refused */
    struct awsc_stub_response bad = {0};
    bad.http_status = 42;
    CHECK_INT(awsc_stub_push(stub, &bad), AWSC_E_INVALID_ARG);
    CHECK_INT(awsc_stub_push_simple(stub, 200, "no colon here\r\n", ""), AWSC_E_INVALID_ARG);
    bad.http_status = 200;
    bad.fail_status = 3;
    CHECK_INT(awsc_stub_push(stub, &bad), AWSC_E_INVALID_ARG);
    CHECK_INT(awsc_stub_pending_responses(stub), 0);
    awsc_stub_destroy(stub);
}

/* A streamed body is read to its end and recorded. */
struct stream {
    const char *data;
    size_t len, off;
    size_t step;
    int calls;
    bool fail_at_end;
};

static size_t read_stream(void *ud, uint8_t *buf, size_t cap)
{
    struct stream *s = ud;
    s->calls++;
    if (s->off == s->len)
        return s->fail_at_end ? (size_t)-1 : 0;
    size_t n = s->len - s->off;
    if (n > cap)
        n = cap;
    if (n > s->step)
        n = s->step;
    memcpy(buf, s->data + s->off, n);
    s->off += n;
    return n;
}

static void test_streamed_body(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    CHECK_INT(awsc_stub_push_simple(stub, 200, NULL, "ok"), AWSC_OK);
    static char data[100000];
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (char)('a' + i % 26);
    struct stream s = {data, sizeof data, 0, 7777, 0, false};
    struct awsc_http_request req = {0};
    req.method = "PUT";
    req.url = "http://stub.test/object";
    req.read_body = read_stream;
    req.read_ud = &s;
    req.content_length = (int64_t)sizeof data;
    struct resp r;
    resp_init(&r);
    struct awsc_http_handler h = resp_handler(&r);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(s.calls, 0); /* read from the loop, not from submit */
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_OK);
    const struct awsc_stub_request *q = awsc_stub_request(stub, 0);
    REQUIRE(q);
    CHECK_INT(q->body_len, sizeof data);
    CHECK(memcmp(q->body, data, sizeof data) == 0);
    resp_clean_up(&r);

    /* a stream that ends early, and one that fails */
    struct stream shortened = {data, 10, 0, 4, 0, false};
    req.read_ud = &shortened;
    req.content_length = 20;
    resp_init(&r);
    h = resp_handler(&r);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_E_IO);
    CHECK_STR(r.message, "The request body ended after 10 of 20 bytes");
    resp_clean_up(&r);
    struct stream failing = {data, 10, 0, 4, 0, true};
    req.read_ud = &failing;
    resp_init(&r);
    h = resp_handler(&r);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_E_IO);
    CHECK_STR(r.message, "Reading the request body failed after 10 of 20 bytes");
    CHECK_INT(awsc_stub_pending_responses(stub), 0); /* "ok" went to the first */
    resp_clean_up(&r);
    awsc_stub_destroy(stub);
}

/* Bad requests are refused at submit, and their callbacks never run. */
static void test_invalid_requests(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    struct resp r;
    resp_init(&r);
    struct awsc_http_handler h = resp_handler(&r);
    struct awsc_http_header injected[] = {{"X-Bad", "a\r\nX-Injected: b"}};
    struct awsc_http_header badname[] = {{"X Bad", "a"}};
    struct awsc_http_request req = {0};
    req.method = "GET";
    req.url = "http://stub.test/";
    req.headers = injected;
    req.header_count = 1;
    void *handle = (void *)&r;
    CHECK_INT(awsc_transport_submit(t, &req, &h, &handle), AWSC_E_INVALID_ARG);
    CHECK(handle == NULL);
    req.headers = badname;
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_E_INVALID_ARG);
    req.header_count = 0;
    req.url = "http://stub.test/a b";
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_E_INVALID_ARG);
    req.url = "http://stub.test/";
    req.body_len = 3;
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_E_INVALID_ARG);
    req.body_len = 0;
    req.read_body = read_stream;
    req.content_length = -1;
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_E_INVALID_ARG);
    req.read_body = NULL;
    struct awsc_http_handler no_done = {NULL, NULL, NULL, NULL};
    CHECK_INT(awsc_transport_submit(t, &req, &no_done, NULL), AWSC_E_INVALID_ARG);
    CHECK_INT(awsc_transport_pending(t), 0);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_calls, 0);
    CHECK_INT(awsc_stub_request_count(stub), 0);
    resp_clean_up(&r);
    awsc_stub_destroy(stub);
}

/* Cancelling: before the response, from on_headers, another request from
 * on_body; and a handler that stops the transfer. */
static void test_cancel(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    static char big[100000];
    memset(big, 'x', sizeof big);
    struct awsc_stub_response resp = {0};
    resp.http_status = 200;
    resp.body = (const uint8_t *)big;
    resp.body_len = sizeof big;
    for (int i = 0; i < 6; i++)
        CHECK_INT(awsc_stub_push(stub, &resp), AWSC_OK);

    /* before the loop ran: on_done comes from the cancel itself */
    struct resp a;
    resp_init(&a);
    void *ha = submit_simple(t, "GET", "http://stub.test/a", NULL, 0, NULL, &a);
    awsc_transport_cancel(t, ha);
    CHECK_INT(a.done_calls, 1);
    CHECK_INT(a.done_status, AWSC_E_CANCELLED);
    CHECK_INT(awsc_transport_pending(t), 0);

    /* from its own on_headers: no body follows */
    struct resp b;
    resp_init(&b);
    b.t = t;
    void *hb = submit_simple(t, "GET", "http://stub.test/b", NULL, 0, NULL, &b);
    b.cancel_in_headers = hb;
    /* from c's on_body, cancel d, which is still waiting behind it */
    struct resp c, d;
    resp_init(&c);
    resp_init(&d);
    c.t = t;
    submit_simple(t, "GET", "http://stub.test/c", NULL, 0, NULL, &c);
    void *hd = submit_simple(t, "GET", "http://stub.test/d", NULL, 0, NULL, &d);
    c.cancel_in_body = hd;
    /* a handler that says stop */
    struct resp e;
    resp_init(&e);
    e.stop_in_body = 1;
    submit_simple(t, "GET", "http://stub.test/e", NULL, 0, NULL, &e);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);

    CHECK_INT(b.done_calls, 1);
    CHECK_INT(b.done_status, AWSC_E_CANCELLED);
    CHECK_INT(b.header_calls, 1);
    CHECK_INT(b.body_calls, 0);
    CHECK_INT(c.done_status, AWSC_OK);
    CHECK_INT(c.body.len, sizeof big);
    CHECK_INT(d.done_calls, 1);
    CHECK_INT(d.done_status, AWSC_E_CANCELLED);
    CHECK_INT(d.header_calls, 0);
    CHECK_INT(e.done_status, AWSC_E_CANCELLED);
    CHECK_STR(e.message, "The response handler stopped the transfer");
    CHECK_INT(e.body_calls, 1);
    /* the cancelled-before-sending ones took no response */
    CHECK_INT(awsc_stub_request_count(stub), 3);
    CHECK_INT(awsc_stub_pending_responses(stub), 3);
    resp_clean_up(&a);
    resp_clean_up(&b);
    resp_clean_up(&c);
    resp_clean_up(&d);
    resp_clean_up(&e);
    awsc_stub_destroy(stub);
}

/* ---------------------------------------------------------------- timers */

struct order {
    int seen[16];
    int n;
    struct awsc_transport *t;
    int64_t at[16];
};

struct tick {
    struct order *o;
    int id;
};

static void record_tick(void *ud)
{
    struct tick *k = ud;
    k->o->at[k->o->n] = awsc_transport_now_ms(k->o->t);
    k->o->seen[k->o->n++] = k->id;
}

static void test_virtual_clock(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    struct order o = {{0}, 0, t, {0}};
    struct tick k[5] = {{&o, 1}, {&o, 2}, {&o, 3}, {&o, 4}, {&o, 5}};
    int64_t start_real = awsc__monotonic_ms();
    CHECK_INT(awsc_transport_now_ms(t), 0);
    void *cancelled;
    CHECK_INT(awsc_transport_timer_add(t, 30000, record_tick, &k[2], NULL), AWSC_OK);
    CHECK_INT(awsc_transport_timer_add(t, 10000, record_tick, &k[0], NULL), AWSC_OK);
    CHECK_INT(awsc_transport_timer_add(t, 20000, record_tick, &k[1], &cancelled), AWSC_OK);
    CHECK_INT(awsc_transport_timer_add(t, 20000, record_tick, &k[3], NULL), AWSC_OK);
    CHECK_INT(awsc_transport_timer_add(t, 0, record_tick, &k[4], NULL), AWSC_OK);
    CHECK_INT(o.n, 0); /* never from inside timer_add */
    awsc_transport_timer_cancel(t, cancelled);
    CHECK_INT(awsc_transport_pending(t), 4);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(o.n, 4);
    CHECK_INT(o.seen[0], 5);
    CHECK_INT(o.seen[1], 1);
    CHECK_INT(o.seen[2], 4);
    CHECK_INT(o.seen[3], 3);
    CHECK_INT(o.at[0], 0);
    CHECK_INT(o.at[1], 10000);
    CHECK_INT(o.at[2], 20000);
    CHECK_INT(o.at[3], 30000);
    CHECK_INT(awsc_transport_now_ms(t), 30000);
    CHECK(awsc__monotonic_ms() - start_real < 1000);
    awsc_stub_destroy(stub);
}

/* While a request is pending, time does not jump: the response comes
 * first. A retry-like chain (done -> timer -> request) runs to the end. */
struct chain {
    struct awsc_transport *t;
    struct resp r[3];
    int step;
    int64_t sent_at[3];
};

static void chain_send(void *ud);

static void chain_done(struct resp *r)
{
    struct chain *c = r->ud;
    if (c->step < 3)
        CHECK_INT(awsc_transport_timer_add(c->t, 1000 * c->step, chain_send, c, NULL), AWSC_OK);
}

static void chain_send(void *ud)
{
    struct chain *c = ud;
    int i = c->step++;
    c->sent_at[i] = awsc_transport_now_ms(c->t);
    c->r[i].after_done = chain_done;
    c->r[i].ud = c;
    submit_simple(c->t, "GET", "http://stub.test/retry", NULL, 0, NULL, &c->r[i]);
}

static void test_requests_before_timers(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    for (int i = 0; i < 3; i++)
        CHECK_INT(awsc_stub_push_simple(stub, i < 2 ? 503 : 200, NULL, "x"), AWSC_OK);
    struct chain c;
    memset(&c, 0, sizeof c);
    c.t = t;
    for (int i = 0; i < 3; i++)
        resp_init(&c.r[i]);
    struct order o = {{0}, 0, t, {0}};
    struct tick k = {&o, 9};
    CHECK_INT(awsc_transport_timer_add(t, 5000, record_tick, &k, NULL), AWSC_OK);
    chain_send(&c);
    CHECK_INT(awsc_transport_poll(t, -1), 2); /* the response; both timers wait */
    CHECK(c.r[0].done);
    CHECK_INT(awsc_transport_now_ms(t), 0);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(c.step, 3);
    CHECK_INT(c.sent_at[0], 0);
    CHECK_INT(c.sent_at[1], 1000);
    CHECK_INT(c.sent_at[2], 3000);
    CHECK_INT(c.r[2].http_status, 200);
    CHECK_INT(o.n, 1);
    CHECK_INT(o.at[0], 5000);
    for (int i = 0; i < 3; i++)
        resp_clean_up(&c.r[i]);
    awsc_stub_destroy(stub);
}

/* A timer may cancel itself (no-op), cancel another, or add another. */
struct selfish {
    struct awsc_transport *t;
    void *self, *other;
    int fired;
    int other_fired;
};

static void other_tick(void *ud)
{
    ((struct selfish *)ud)->other_fired++;
}

static void selfish_tick(void *ud)
{
    struct selfish *s = ud;
    s->fired++;
    awsc_transport_timer_cancel(s->t, s->self);
    awsc_transport_timer_cancel(s->t, s->other);
    if (s->fired < 3)
        CHECK_INT(awsc_transport_timer_add(s->t, 0, selfish_tick, s, &s->self), AWSC_OK);
    s->other = NULL;
}

static void test_timer_callbacks(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    struct selfish s = {t, NULL, NULL, 0, 0};
    CHECK_INT(awsc_transport_timer_add(t, 10, selfish_tick, &s, &s.self), AWSC_OK);
    CHECK_INT(awsc_transport_timer_add(t, 20, other_tick, &s, &s.other), AWSC_OK);
    /* a pass fires only what was due when it began */
    CHECK_INT(awsc_transport_poll(t, 0), 1);
    CHECK_INT(s.fired, 1);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(s.fired, 3);
    CHECK_INT(s.other_fired, 0);
    CHECK_INT(awsc_transport_timer_add(t, 10, NULL, NULL, NULL), AWSC_E_INVALID_ARG);
    awsc_stub_destroy(stub);
}

/* ---------------------------------------------------- loops and lifetime */

struct nested {
    struct awsc_transport *t;
    int poll_in_body;
    bool inner_done;
    int run_until;
    struct resp inner;
};

static int nested_body(void *ud, const uint8_t *data, size_t len)
{
    (void)data;
    (void)len;
    struct nested *n = ud;
    n->poll_in_body = awsc_transport_poll(n->t, 0);
    return 0;
}

static void inner_done(struct resp *r)
{
    *(bool *)r->ud = true;
}

static void nested_done(void *ud, int status, const char *message)
{
    (void)message;
    struct nested *n = ud;
    CHECK_INT(status, AWSC_OK);
    /* a blocking call made from a completion drives the same loop */
    n->inner.after_done = inner_done;
    n->inner.ud = &n->inner_done;
    submit_simple(n->t, "GET", "http://stub.test/inner", NULL, 0, NULL, &n->inner);
    n->run_until = awsc__transport_run_until(n->t, &n->inner_done);
}

static void test_nested_loops(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    CHECK_INT(awsc_stub_push_simple(stub, 200, NULL, "outer"), AWSC_OK);
    CHECK_INT(awsc_stub_push_simple(stub, 200, NULL, "inner"), AWSC_OK);
    struct nested n;
    memset(&n, 0, sizeof n);
    n.t = t;
    resp_init(&n.inner);
    struct awsc_http_request req = {0};
    req.method = "GET";
    req.url = "http://stub.test/outer";
    struct awsc_http_handler h = {NULL, nested_body, nested_done, &n};
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(n.poll_in_body, AWSC_E_BUSY);
    CHECK_INT(n.run_until, AWSC_OK);
    CHECK(n.inner_done);
    CHECK_STR(n.inner.body.data, "inner");
    /* nothing pending and not done: an error, not a hang */
    bool never = false;
    CHECK_INT(awsc__transport_run_until(t, &never), AWSC_E_INTERNAL);
    resp_clean_up(&n.inner);
    awsc_stub_destroy(stub);
}

/* Clients hold references; the last release cancels what is in flight. */
static void test_lifetime(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    awsc_transport_retain(t); /* a client */
    struct resp r;
    resp_init(&r);
    submit_simple(t, "GET", "http://stub.test/", NULL, 0, NULL, &r);
    awsc_stub_destroy(stub); /* the client still holds it */
    CHECK_INT(r.done_calls, 0);
    CHECK_INT(awsc_transport_pending(t), 1);
    awsc_transport_release(t);
    CHECK_INT(r.done_calls, 1);
    CHECK_INT(r.done_status, AWSC_E_CANCELLED);
    resp_clean_up(&r);
    awsc_transport_release(NULL);
    awsc_stub_destroy(NULL);
}

/* The stub on an application's loop: it asks for an immediate timeout when
 * it has work, and serves it from timeout_action. */
struct fake_loop {
    long timeout;
    int timer_calls;
    int fd;       /* the one descriptor reported: the transport's wake-up pipe */
    int watches;  /* times it was reported watched, */
    int removals; /* and no longer */
};

/* The stub has no sockets of its own: only the base's wake-up pipe. */
static void fake_socket(void *ud, int fd, int what)
{
    struct fake_loop *l = ud;
    if (what == AWSC_POLL_IN && l->watches == 0) {
        l->fd = fd;
        l->watches++;
    } else if (what == AWSC_POLL_REMOVE && fd == l->fd) {
        l->removals++;
    } else {
        test_failures++;
    }
}

static void fake_timer(void *ud, long ms)
{
    struct fake_loop *l = ud;
    l->timeout = ms;
    l->timer_calls++;
}

static void test_external_loop(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    struct fake_loop l = {-1, 0, -1, 0, 0};
    CHECK_INT(awsc_transport_set_loop(t, fake_socket, fake_timer, &l), AWSC_OK);
    CHECK(awsc__transport_has_external_loop(t));
    CHECK_INT(l.watches, 1);
    CHECK(l.fd >= 0);
    /* the wake-up pipe is served like a socket (nothing was posted) */
    CHECK_INT(awsc_transport_socket_action(t, l.fd, AWSC_POLL_IN), 0);
    CHECK_INT(awsc_transport_poll(t, 0), AWSC_E_BUSY);
    CHECK_INT(awsc_transport_run(t), AWSC_E_BUSY);
    bool done = false;
    CHECK_INT(awsc__transport_run_until(t, &done), AWSC_E_BUSY);
    CHECK_INT(awsc_stub_push_simple(stub, 200, NULL, "hi"), AWSC_OK);
    struct resp r;
    resp_init(&r);
    submit_simple(t, "GET", "http://stub.test/", NULL, 0, NULL, &r);
    CHECK_INT(l.timeout, 0);
    CHECK_INT(awsc_transport_set_loop(t, NULL, NULL, NULL), AWSC_E_BUSY);
    CHECK_INT(awsc_transport_timeout_action(t), 0);
    CHECK_INT(r.done_status, AWSC_OK);
    CHECK_STR(r.body.data, "hi");
    CHECK_INT(l.timeout, -1);
    struct order o = {{0}, 0, t, {0}};
    struct tick k = {&o, 1};
    CHECK_INT(awsc_transport_timer_add(t, 5000, record_tick, &k, NULL), AWSC_OK);
    CHECK_INT(l.timeout, 0); /* virtual time: due as soon as nothing else is */
    CHECK_INT(awsc_transport_timeout_action(t), 0);
    CHECK_INT(o.n, 1);
    CHECK_INT(o.at[0], 5000);
    CHECK_INT(awsc_transport_socket_action(t, l.fd + 1000, AWSC_POLL_IN), AWSC_E_INVALID_ARG);
    CHECK_INT(awsc_transport_set_loop(t, NULL, NULL, NULL), AWSC_OK);
    CHECK(!awsc__transport_has_external_loop(t));
    CHECK_INT(l.removals, 1);
    CHECK_INT(awsc_transport_timeout_action(t), AWSC_E_INVALID_ARG);
    resp_clean_up(&r);
    awsc_stub_destroy(stub);
}

/* HEAD gets headers and no body. */
static void test_head(void)
{
    struct awsc_stub *stub = new_stub();
    struct awsc_transport *t = awsc_stub_transport(stub);
    CHECK_INT(awsc_stub_push_simple(stub, 200, "Content-Length: 5\r\n", "hello"), AWSC_OK);
    struct resp r;
    resp_init(&r);
    submit_simple(t, "HEAD", "http://stub.test/", NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_OK);
    CHECK_INT(r.body_calls, 0);
    CHECK_STR(resp_header(&r, "Content-Length"), "5");
    resp_clean_up(&r);
    awsc_stub_destroy(stub);
}

/* Fail each allocation in turn: every path unwinds without a leak or a
 * crash, and a request either fails to submit or completes once. */
static int run_once_with_failures(void)
{
    struct awsc_stub *stub = NULL;
    int status = awsc_stub_new(&stub);
    if (status != AWSC_OK)
        return status;
    struct awsc_transport *t = awsc_stub_transport(stub);
    status = awsc_stub_push_simple(stub, 200, "A: b\r\nC: d\r\n", "body");
    struct resp r;
    resp_init(&r);
    struct awsc_http_header hs[] = {{"X-A", "1"}};
    struct awsc_http_request req = {0};
    req.method = "POST";
    req.url = "http://stub.test/";
    req.headers = hs;
    req.header_count = 1;
    req.body = (const uint8_t *)"abc";
    req.body_len = 3;
    struct awsc_http_handler h = resp_handler(&r);
    int submitted = status == AWSC_OK ? awsc_transport_submit(t, &req, &h, NULL) : status;
    void *timer = NULL;
    struct order o = {{0}, 0, t, {0}};
    struct tick k = {&o, 1};
    int timer_status = awsc_transport_timer_add(t, 100, record_tick, &k, &timer);
    awsc_transport_run(t);
    if (submitted == AWSC_OK)
        CHECK_INT(r.done_calls, 1);
    else
        CHECK_INT(r.done_calls, 0);
    if (timer_status == AWSC_OK)
        CHECK_INT(o.n, 1);
    int result = submitted == AWSC_OK && r.done_status == AWSC_OK && timer_status == AWSC_OK
                     ? AWSC_OK
                     : AWSC_E_NOMEM;
    resp_clean_up(&r);
    awsc_stub_destroy(stub);
    return result;
}

static void test_allocation_failures(void)
{
    int n;
    for (n = 1; n < 1000; n++) {
        awsc__alloc_fail_at(n);
        int status = run_once_with_failures();
        awsc__alloc_fail_at(0);
        if (status == AWSC_OK)
            break;
    }
    CHECK(n > 1 && n < 1000);
}

/* The transports a build leaves out (-Dcurl=disabled,
 * -Dsocket_transport=false): their constructors and AWSC_TRANSPORT refuse,
 * naming the option; with neither, the default transport too. */
static void test_left_out_transports(void)
{
    struct awsc_transport *t = (void *)&t; /* any value but NULL */
#if !AWSC_HAVE_SOCKET
    CHECK_INT(awsc_transport_new_socket(NULL, &t), AWSC_E_UNSUPPORTED);
    CHECK(t == NULL);
    setenv("AWSC_TRANSPORT", "socket", 1);
    t = (void *)&t;
    CHECK_INT(awsc_transport_new_default(NULL, &t), AWSC_E_UNSUPPORTED);
    CHECK(t == NULL);
    CHECK(strstr(awsc__transport_default_problem(AWSC_E_UNSUPPORTED),
                 "AWSC_TRANSPORT=socket, but this library was built without the socket "
                 "transport (-Dsocket_transport=false)"));
    unsetenv("AWSC_TRANSPORT");
#endif
#if !AWSC_HAVE_CURL && !AWSC_HAVE_SOCKET
    t = (void *)&t;
    CHECK_INT(awsc_transport_new_default(NULL, &t), AWSC_E_UNSUPPORTED);
    CHECK(t == NULL);
    CHECK_STR(awsc__transport_default_problem(AWSC_E_UNSUPPORTED),
              "this library has no network transport of its own (-Dcurl=disabled "
              "-Dsocket_transport=false): give the client one (awsc_config.transport, "
              "awsc_transport_new_custom())");
#endif
    (void)t;
}

int main(void)
{
    test_queue_and_recording();
    test_no_response();
    test_responder();
    test_failures_and_truncation();
    test_streamed_body();
    test_invalid_requests();
    test_cancel();
    test_virtual_clock();
    test_requests_before_timers();
    test_timer_callbacks();
    test_nested_loops();
    test_lifetime();
    test_external_loop();
    test_head();
    test_allocation_failures();
    test_left_out_transports();
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
