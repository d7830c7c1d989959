/*
 * A network transport (libcurl's, or the socket one: the same checks
 * for both) against a real HTTP/1.1 server on 127.0.0.1
 * (http_server.py, started here): exact request headers, bodies from
 * memory and streamed, large and cut-off responses, 200 requests in flight
 * on one thread, connection reuse, refused connections, connect and read
 * timeouts, cancellation, timers, nested loops, and HTTP proxies named by
 * the environment.
 *
 * Usage: test_http PYTHON http_server.py [curl|socket]
 */
#include "http/http.h"
#include "testutil.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

/* the transport under test: "curl" or "socket" */
static const char *kind = "curl";

static bool is_curl(void)
{
    return strcmp(kind, "curl") == 0;
}

static struct awsc_transport *new_with(const struct awsc_transport_options *o)
{
    struct awsc_transport *t = NULL;
    int status = is_curl() ? awsc_transport_new_curl(o, &t) : awsc_transport_new_socket(o, &t);
    REQUIRE(status == AWSC_OK && t);
    CHECK_STR(awsc_transport_name(t), kind);
    return t;
}

static struct awsc_transport *new_curl(long connect_ms, long read_ms)
{
    struct awsc_transport_options o = {0};
    o.connect_timeout_ms = connect_ms;
    o.read_timeout_ms = read_ms;
    o.verbose = getenv("AWSC_TEST_VERBOSE") != NULL;
    return new_with(&o);
}

/* The echo server's JSON has "client_port": N. */
static int client_port(const struct resp *r)
{
    const char *p = r->body.data ? strstr(r->body.data, "\"client_port\": ") : NULL;
    return p ? atoi(p + 15) : -1;
}

static bool has(const struct resp *r, const char *s)
{
    return r->body.data && strstr(r->body.data, s) != NULL;
}

static int distinct_ports(struct resp *rs, int n)
{
    int *ports = calloc((size_t)n, sizeof *ports);
    int count = 0;
    for (int i = 0; i < n; i++) {
        int p = client_port(&rs[i]), j;
        for (j = 0; j < count && ports[j] != p; j++)
            ;
        if (j == count)
            ports[count++] = p;
    }
    free(ports);
    return count;
}

/* Headers go out exactly as given, and libcurl adds none of its own
 * (no Accept, Content-Type or Expect). */
static void test_exact_headers(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    struct awsc_http_header hs[] = {
        {"X-Custom", "Value with  spaces"},
        {"x-lower-case", "v"},
        {"X-Empty-Value", ""},
        {"Host", server_url("") + 7},
    };
    struct resp get, post, put, del;
    resp_init(&get);
    resp_init(&post);
    resp_init(&put);
    resp_init(&del);
    submit_simple(t, "GET", server_url("/echo?q=1&r=%2F"), hs, 4, NULL, &get);
    submit_simple(t, "POST", server_url("/echo"), hs, 2, "Action=Send&x=%20", &post);
    submit_simple(t, "PUT", server_url("/echo/a/../b//c"), NULL, 0, NULL, &put);
    submit_simple(t, "DELETE", server_url("/echo"), NULL, 0, NULL, &del);
    CHECK(!get.done);
    CHECK_INT(awsc_transport_pending(t), 4);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);

    CHECK_INT(get.done_calls, 1);
    CHECK_INT(get.done_status, AWSC_OK);
    CHECK(get.message == NULL);
    CHECK_INT(get.http_status, 200);
    CHECK_INT(get.header_calls, 1);
    CHECK(!get.body_before_headers);
    CHECK_STR(resp_header(&get, "X-Echo"), "yes");
    CHECK_STR(resp_header(&get, "X-Empty"), "");
    CHECK_STR(resp_header(&get, "Content-Type"), "application/json");
    CHECK(has(&get, "\"method\": \"GET\""));
    CHECK(has(&get, "\"path\": \"/echo?q=1&r=%2F\""));
    CHECK(has(&get, "[\"X-Custom\", \"Value with  spaces\"]"));
    CHECK(has(&get, "[\"x-lower-case\", \"v\"]"));
    CHECK(has(&get, "[\"X-Empty-Value\", \"\"]"));
    CHECK(!has(&get, "\"Accept\""));
    CHECK(!has(&get, "\"Content-Type\""));
    CHECK(!has(&get, "\"Content-Length\""));
    CHECK(!has(&get, "\"User-Agent\""));
    CHECK(!has(&get, "\"Expect\""));

    CHECK_INT(post.done_status, AWSC_OK);
    CHECK(has(&post, "\"method\": \"POST\""));
    CHECK(has(&post, "\"body\": \"Action=Send&x=%20\""));
    CHECK(has(&post, "[\"Content-Length\", \"17\"]"));
    CHECK(!has(&post, "\"Content-Type\""));
    CHECK(!has(&post, "\"Accept\""));

    CHECK_INT(put.done_status, AWSC_OK);
    CHECK(has(&put, "\"method\": \"PUT\""));
    CHECK(has(&put, "\"path\": \"/echo/a/../b//c\"")); /* the path as given */
    CHECK(has(&put, "[\"Content-Length\", \"0\"]"));
    CHECK(!has(&put, "\"Content-Type\""));

    CHECK_INT(del.done_status, AWSC_OK);
    CHECK(has(&del, "\"method\": \"DELETE\""));
    CHECK(!has(&del, "\"Content-Length\""));
    resp_clean_up(&get);
    resp_clean_up(&post);
    resp_clean_up(&put);
    resp_clean_up(&del);
    awsc_transport_release(t);
}

/* HEAD: headers, no body, no wait for one. Status codes are not errors. */
static void test_head_and_status(void)
{
    struct awsc_transport *t = new_curl(0, 2000);
    struct resp head, err;
    resp_init(&head);
    resp_init(&err);
    submit_simple(t, "HEAD", server_url("/head-check"), NULL, 0, NULL, &head);
    submit_simple(t, "GET", server_url("/status?code=503"), NULL, 0, NULL, &err);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(head.done_status, AWSC_OK);
    CHECK_INT(head.http_status, 200);
    CHECK_STR(resp_header(&head, "Content-Length"), "5");
    CHECK_INT(head.body_calls, 0);
    CHECK_INT(err.done_status, AWSC_OK);
    CHECK_INT(err.http_status, 503);
    CHECK_STR(err.body.data, "status 503");
    resp_clean_up(&head);
    resp_clean_up(&err);
    awsc_transport_release(t);
}

/* A response with many headers (more than a transport may keep on its
 * stack), twice on one connection, the second time written a few bytes at
 * a time: every header, in order, each time. */
static void test_many_headers(void)
{
    struct awsc_transport *t = new_curl(0, 2000);
    for (int round = 0; round < 2; round++) {
        for (int n = 0; n <= 100; n += 100) {
            char path[64];
            snprintf(path, sizeof path, "/many-headers?n=%d%s", n, round ? "&trickle=1" : "");
            struct resp r;
            resp_init(&r);
            submit_simple(t, "GET", server_url(path), NULL, 0, NULL, &r);
            CHECK_INT(awsc_transport_run(t), AWSC_OK);
            CHECK_INT(r.done_status, AWSC_OK);
            CHECK_INT(r.http_status, 200);
            CHECK_STR(r.body.data, "many");
            const char *at = r.headers.data ? r.headers.data : "";
            for (int i = 0; i < n; i++) {
                char line[32];
                snprintf(line, sizeof line, "X-H-%d: %d\n", i, i);
                const char *found = strstr(at, line);
                CHECK(found != NULL);
                if (!found)
                    break;
                at = found + strlen(line);
            }
            resp_clean_up(&r);
        }
    }
    awsc_transport_release(t);
}

/* A streamed upload larger than libcurl's Expect threshold. */
struct stream {
    size_t len, off;
    size_t step;
    int calls;
};

static uint8_t stream_byte(size_t i)
{
    return (uint8_t)(i * 7 + i / 1000);
}

static size_t read_stream(void *ud, uint8_t *buf, size_t cap)
{
    struct stream *s = ud;
    s->calls++;
    size_t n = s->len - s->off;
    if (n > cap)
        n = cap;
    if (n > s->step)
        n = s->step;
    for (size_t i = 0; i < n; i++)
        buf[i] = stream_byte(s->off + i);
    s->off += n;
    s->step = s->step * 3 % 50000 + 1; /* uneven pieces */
    return n;
}

static void test_streamed_upload(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    size_t len = 3 * 1024 * 1024 + 17;
    struct stream s = {len, 0, 1000, 0};
    uint8_t *copy = malloc(len);
    for (size_t i = 0; i < len; i++)
        copy[i] = stream_byte(i);
    uint8_t digest[32];
    char hex[65], want[100];
    awsc__sha256(copy, len, digest);
    awsc__hex_encode(digest, 32, hex);
    snprintf(want, sizeof want, "\"body_sha256\": \"%s\"", hex);

    struct awsc_http_request req = {0};
    req.method = "PUT";
    req.url = server_url("/echo");
    req.read_body = read_stream;
    req.read_ud = &s;
    req.content_length = (int64_t)len;
    struct resp r;
    resp_init(&r);
    struct awsc_http_handler h = resp_handler(&r);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(s.calls, 0);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_OK);
    CHECK(s.calls > 10);
    CHECK(has(&r, want));
    char lenjson[64];
    snprintf(lenjson, sizeof lenjson, "[\"Content-Length\", \"%zu\"]", len);
    CHECK(has(&r, lenjson));
    CHECK(!has(&r, "\"Expect\""));
    CHECK(!has(&r, "Transfer-Encoding"));
    CHECK(!has(&r, "\"Content-Type\""));
    resp_clean_up(&r);

    /* the same from memory, with an explicit Expect: the 100 Continue
     * interim response is not what on_headers sees */
    struct awsc_http_header expect[] = {{"Expect", "100-continue"},
                                        {"Content-Type", "application/octet-stream"}};
    memset(&req, 0, sizeof req);
    req.method = "POST";
    req.url = server_url("/echo");
    req.headers = expect;
    req.header_count = 2;
    req.body = copy;
    req.body_len = len;
    resp_init(&r);
    h = resp_handler(&r);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_OK);
    CHECK_INT(r.header_calls, 1);
    CHECK_INT(r.http_status, 200);
    CHECK(resp_header(&r, "X-Echo") != NULL);
    CHECK(has(&r, want));
    CHECK(has(&r, "[\"Expect\", \"100-continue\"]"));
    CHECK(has(&r, "[\"Content-Type\", \"application/octet-stream\"]"));
    resp_clean_up(&r);

    /* a reader that fails: a local I/O error, not a transport one */
    struct stream shortened = {len, len - 100, 1000, 0};
    memset(&req, 0, sizeof req);
    req.method = "PUT";
    req.url = server_url("/echo");
    req.read_body = read_stream;
    req.read_ud = &shortened;
    req.content_length = (int64_t)len;
    resp_init(&r);
    h = resp_handler(&r);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_E_IO);
    CHECK(r.message && strstr(r.message, "The request body ended after 100 of"));
    resp_clean_up(&r);
    free(copy);
    awsc_transport_release(t);
}

/* A 417 refusing Expect: 100-continue is the answer: libcurl would send
 * the request again without the Expect header, a request the caller never
 * made (from memory, or streamed). libcurl skips that response's body. */
static void test_expect_refused(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    struct awsc_http_header expect[] = {{"Expect", "100-continue"}};
    for (int streamed = 0; streamed < 2; streamed++) {
        struct stream s = {1000, 0, 1000, 0};
        struct awsc_http_request req = {0};
        req.method = "PUT";
        req.url = server_url("/expect-417");
        req.headers = expect;
        req.header_count = 1;
        if (streamed) {
            req.read_body = read_stream;
            req.read_ud = &s;
        } else {
            req.body = (const uint8_t *)"0123456789";
            req.body_len = 10;
        }
        req.content_length = streamed ? 1000 : 10;
        struct resp r;
        resp_init(&r);
        struct awsc_http_handler h = resp_handler(&r);
        CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
        CHECK_INT(awsc_transport_run(t), AWSC_OK);
        CHECK_INT(r.done_status, AWSC_OK);
        CHECK_INT(r.http_status, 417);
        /* the socket transport sends the body at once and keeps it */
        CHECK_INT(r.body.len, is_curl() ? 0 : strlen("no continue"));
        resp_clean_up(&r);
        resp_init(&r);
        submit_simple(t, "GET", server_url("/expect-count"), NULL, 0, NULL, &r);
        CHECK_INT(awsc_transport_run(t), AWSC_OK);
        CHECK_STR(r.body.data, streamed ? "2" : "1");
        resp_clean_up(&r);
    }
    awsc_transport_release(t);
}

/* A large response arrives whole, in chunks. */
static void test_big_body(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    struct resp r;
    resp_init(&r);
    size_t n = 5 * 1000 * 1000 + 3;
    char path[64];
    snprintf(path, sizeof path, "/big?n=%zu", n);
    submit_simple(t, "GET", server_url(path), NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_OK);
    CHECK_INT(r.body.len, n);
    CHECK(r.body_calls > 10);
    size_t bad = 0;
    for (size_t i = 0; i < r.body.len; i++)
        bad += (uint8_t)r.body.data[i] != big_byte(i);
    CHECK_INT(bad, 0);
    resp_clean_up(&r);
    awsc_transport_release(t);
}

/* Chunked bodies (chunk extensions, a trailer) and bodies that end with
 * the connection; the connection of a chunked response is kept. */
static void test_body_framing(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    const char *paths[] = {"/chunked?n=100000&size=7000", "/chunked?n=1&size=1",
                           "/chunked?n=0&size=10", "/until-close?n=70000", "/until-close?n=0"};
    size_t lens[] = {100000, 1, 0, 70000, 0};
    for (size_t k = 0; k < AWSC_ARRAY_LEN(paths); k++) {
        struct resp r;
        resp_init(&r);
        submit_simple(t, "GET", server_url(paths[k]), NULL, 0, NULL, &r);
        CHECK_INT(awsc_transport_run(t), AWSC_OK);
        CHECK_INT(r.done_status, AWSC_OK);
        CHECK_INT(r.http_status, 200);
        CHECK_INT(r.body.len, lens[k]);
        size_t bad = 0;
        for (size_t i = 0; i < r.body.len; i++)
            bad += (uint8_t)r.body.data[i] != big_byte(i);
        CHECK_INT(bad, 0);
        if (r.message)
            fprintf(stderr, "%s: %s\n", paths[k], r.message);
        resp_clean_up(&r);
    }
    /* after a chunked response, the next request rides the same connection */
    struct resp a, b, c;
    resp_init(&a);
    resp_init(&b);
    resp_init(&c);
    submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &a);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    submit_simple(t, "GET", server_url("/chunked?n=5000&size=100"), NULL, 0, NULL, &b);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &c);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(b.body.len, 5000);
    CHECK(client_port(&a) > 0);
    CHECK_INT(client_port(&a), client_port(&c));
    resp_clean_up(&a);
    resp_clean_up(&b);
    resp_clean_up(&c);
    awsc_transport_release(t);
}

/* 200 requests in flight at once on this one thread. */
static void test_many_in_flight(void)
{
    enum { N = 200 };
    struct awsc_transport *t = new_curl(0, 0);
    static struct resp rs[N];
    char path[64];
    for (int i = 0; i < N; i++) {
        resp_init(&rs[i]);
        /* the server holds each a little, so they overlap */
        snprintf(path, sizeof path, "/slow-headers?ms=300&i=%d", i);
        submit_simple(t, "GET", server_url(path), NULL, 0, NULL, &rs[i]);
    }
    CHECK_INT(awsc_transport_pending(t), N);
    int64_t start = awsc__monotonic_ms();
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    int64_t took = awsc__monotonic_ms() - start;
    int ok = 0;
    for (int i = 0; i < N; i++) {
        snprintf(path, sizeof path, "\"path\": \"/slow-headers?ms=300&i=%d\"", i);
        if (rs[i].done_calls == 1 && rs[i].done_status == AWSC_OK && rs[i].http_status == 200 &&
            has(&rs[i], path))
            ok++;
        else
            fprintf(stderr, "request %d: %d %s\n", i, rs[i].done_status,
                    rs[i].message ? rs[i].message : "");
    }
    CHECK_INT(ok, N);
    /* in series this would take a minute */
    CHECK(took < 10000);
    fprintf(stderr, "%d concurrent requests: %lld ms, %d connections\n", N, (long long)took,
            distinct_ports(rs, N));
    for (int i = 0; i < N; i++)
        resp_clean_up(&rs[i]);
    awsc_transport_release(t);
}

/* Keep-alive: later requests ride the connections of earlier ones. */
static void test_connection_reuse(void)
{
    enum { ROUNDS = 5, WIDTH = 10 };
    struct awsc_transport *t = new_curl(0, 0);
    static struct resp rs[ROUNDS * WIDTH];
    for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < WIDTH; i++) {
            resp_init(&rs[round * WIDTH + i]);
            submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &rs[round * WIDTH + i]);
        }
        CHECK_INT(awsc_transport_run(t), AWSC_OK);
    }
    for (int i = 0; i < ROUNDS * WIDTH; i++)
        CHECK_INT(rs[i].done_status, AWSC_OK);
    int conns = distinct_ports(rs, ROUNDS * WIDTH);
    CHECK(conns <= WIDTH);
    fprintf(stderr, "%d requests over %d connections\n", ROUNDS * WIDTH, conns);
    for (int i = 0; i < ROUNDS * WIDTH; i++)
        resp_clean_up(&rs[i]);

    /* one at a time: one connection */
    struct resp seq[20];
    for (int i = 0; i < 20; i++) {
        resp_init(&seq[i]);
        submit_simple(t, "POST", server_url("/echo"), NULL, 0, "x", &seq[i]);
        CHECK_INT(awsc_transport_run(t), AWSC_OK);
    }
    CHECK_INT(distinct_ports(seq, 20), 1);
    for (int i = 0; i < 20; i++)
        resp_clean_up(&seq[i]);
    awsc_transport_release(t);

    /* max_connections caps the connections; the rest wait their turn */
    struct awsc_transport_options o = {0};
    o.max_connections = 3;
    t = new_with(&o);
    for (int i = 0; i < 20; i++) {
        resp_init(&seq[i]);
        submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &seq[i]);
    }
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    for (int i = 0; i < 20; i++)
        CHECK_INT(seq[i].done_status, AWSC_OK);
    CHECK(distinct_ports(seq, 20) <= 3);
    for (int i = 0; i < 20; i++)
        resp_clean_up(&seq[i]);
    awsc_transport_release(t);
}

static void set_flag(void *ud)
{
    *(bool *)ud = true;
}

/* The server closes a kept-alive connection while it is idle and the loop
 * waits for something else (a timer): the loop goes on waiting, and the
 * next request goes out on a new connection. */
static void test_idle_connection_closed(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    struct resp a, b;
    resp_init(&a);
    resp_init(&b);
    submit_simple(t, "GET", server_url("/then-close"), NULL, 0, NULL, &a);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(a.done_status, AWSC_OK);
    CHECK(client_port(&a) > 0);
    bool fired = false;
    CHECK_INT(awsc_transport_timer_add(t, 1000, set_flag, &fired, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK(fired);
    submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &b);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(b.done_status, AWSC_OK);
    CHECK(client_port(&b) > 0 && client_port(&b) != client_port(&a));
    resp_clean_up(&a);
    resp_clean_up(&b);
    awsc_transport_release(t);
}

/* Failures, worded as botocore words them. */
static void test_refused(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    char url[64], want[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/", closed_port());
    snprintf(want, sizeof want, "Could not connect to the endpoint URL: \"%s\"", url);
    struct resp r;
    resp_init(&r);
    submit_simple(t, "GET", url, NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_calls, 1);
    CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
    CHECK_STR(r.message, want);
    CHECK_INT(r.header_calls, 0);
    resp_clean_up(&r);

    /* the server closes without a word */
    resp_init(&r);
    submit_simple(t, "GET", server_url("/close"), NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
    snprintf(want, sizeof want,
             "Connection was closed before we received a valid response from endpoint URL: "
             "\"%s\".",
             server_url("/close"));
    CHECK_STR(r.message, want);
    resp_clean_up(&r);
    awsc_transport_release(t);
}

static void test_connect_timeout(void)
{
    /* A listener with a full backlog: the kernel drops further SYNs, so
     * connecting hangs until the timeout. */
    int l = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t alen = sizeof a;
    REQUIRE(bind(l, (struct sockaddr *)&a, sizeof a) == 0 && listen(l, 0) == 0);
    REQUIRE(getsockname(l, (struct sockaddr *)&a, &alen) == 0);
    int filler = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(connect(filler, (struct sockaddr *)&a, sizeof a) == 0);
    usleep(50000);

    struct awsc_transport *t = new_curl(300, 0);
    char url[64], want[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/", ntohs(a.sin_port));
    snprintf(want, sizeof want, "Connect timeout on endpoint URL: \"%s\"", url);
    struct resp r;
    resp_init(&r);
    int64_t start = awsc__monotonic_ms();
    submit_simple(t, "GET", url, NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    int64_t took = awsc__monotonic_ms() - start;
    CHECK_INT(r.done_status, AWSC_E_TIMEOUT);
    CHECK_STR(r.message, want);
    CHECK(took >= 250 && took < 3000);
    resp_clean_up(&r);
    awsc_transport_release(t);
    close(filler);
    close(l);
}

static void test_read_timeout(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    struct awsc_http_request req = {0};
    req.method = "GET";
    req.url = server_url("/slow-headers?ms=3000");
    req.read_timeout_ms = 300;
    struct resp before, during;
    resp_init(&before);
    resp_init(&during);
    struct awsc_http_handler h = resp_handler(&before);
    int64_t start = awsc__monotonic_ms();
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    /* the body stalls after 10 bytes */
    req.url = server_url("/slow-body?ms=3000");
    h = resp_handler(&during);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    char want[128];
    snprintf(want, sizeof want, "Read timeout on endpoint URL: \"%s\"",
             server_url("/slow-headers?ms=3000"));
    CHECK_INT(before.done_status, AWSC_E_TIMEOUT);
    CHECK_STR(before.message, want);
    CHECK_INT(before.header_calls, 0);
    CHECK(before.done_ms - start >= 250 && before.done_ms - start < 2000);
    snprintf(want, sizeof want, "Read timeout on endpoint URL: \"%s\"",
             server_url("/slow-body?ms=3000"));
    CHECK_INT(during.done_status, AWSC_E_TIMEOUT);
    CHECK_STR(during.message, want);
    CHECK_INT(during.header_calls, 1);
    CHECK_STR(during.body.data, "0123456789");
    CHECK(during.done_ms - start < 2000);
    resp_clean_up(&before);
    resp_clean_up(&during);
    awsc_transport_release(t);
}

/* No read timeout at all (AWSC_TIMEOUT_NONE) over the transport's own
 * short one; a header line longer than libcurl reads, named. */
static void test_no_timeout_and_huge_header(void)
{
    struct awsc_transport *t = new_curl(0, 200);
    struct awsc_http_request req = {0};
    req.method = "GET";
    req.url = server_url("/slow-headers?ms=700");
    struct resp dflt, none;
    resp_init(&dflt);
    resp_init(&none);
    struct awsc_http_handler h = resp_handler(&dflt);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    req.read_timeout_ms = AWSC_TIMEOUT_NONE;
    req.connect_timeout_ms = AWSC_TIMEOUT_NONE;
    h = resp_handler(&none);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(dflt.done_status, AWSC_E_TIMEOUT);
    CHECK_INT(none.done_status, AWSC_OK);
    CHECK_INT(none.http_status, 200);
    resp_clean_up(&dflt);
    resp_clean_up(&none);
    req.read_timeout_ms = -2;
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_E_INVALID_ARG);

    struct resp r;
    resp_init(&r);
    char want[256];
    if (is_curl())
        snprintf(want, sizeof want,
                 "The response from endpoint URL: \"%s\" has a header line longer than libcurl "
                 "reads (102400 bytes): the header after X-Before (HTTP 200)",
                 server_url("/big-header?n=1048576"));
    else
        snprintf(want, sizeof want,
                 "The response from endpoint URL: \"%s\" has a header line longer than the "
                 "socket transport reads (102400 bytes): the header after X-Before (HTTP 200)",
                 server_url("/big-header?n=1048576"));
    submit_simple(t, "GET", server_url("/big-header?n=1048576"), NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
    CHECK_STR(r.message, want);
    CHECK_INT(r.header_calls, 0);
    resp_clean_up(&r);
    awsc_transport_release(t);
}

/* HTTPS verifies the peer against the system's CA store: a self-signed
 * certificate is refused, with the reason. */
static void test_tls_verification(void)
{
    if (!server_tls_port()) {
        fprintf(stderr, "no openssl command: TLS test skipped\n");
        return;
    }
    struct awsc_transport *t = new_curl(0, 0);
    char url[64], want[256];
    snprintf(url, sizeof url, "https://127.0.0.1:%d/echo", server_tls_port());
    snprintf(want, sizeof want, "SSL validation failed for %s ", url);
    struct resp r;
    resp_init(&r);
    submit_simple(t, "GET", url, NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
    CHECK(r.message && strncmp(r.message, want, strlen(want)) == 0);
    CHECK(r.message && strstr(r.message, "certificate"));
    fprintf(stderr, "%s\n", r.message ? r.message : "(no message)");
    CHECK_INT(r.header_calls, 0);
    resp_clean_up(&r);

    /* a CA bundle that cannot be read, named; no verification at all */
    struct awsc_http_request req = {0};
    req.method = "GET";
    req.url = url;
    req.ca_bundle = "/nonexistent/awsc-ca.pem";
    resp_init(&r);
    struct awsc_http_handler h = resp_handler(&r);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
    snprintf(want, sizeof want,
             "SSL validation failed for %s: the CA bundle /nonexistent/awsc-ca.pem cannot be "
             "read: No such file or directory",
             url);
    CHECK_STR(r.message, want);
    resp_clean_up(&r);
    req.no_verify_ssl = true;
    resp_init(&r);
    h = resp_handler(&r);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_OK);
    CHECK_INT(r.http_status, 200);
    resp_clean_up(&r);
    awsc_transport_release(t);
}

/* A body cut off by the server is an error, never a success. */
static void test_cut_off(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    struct resp r;
    resp_init(&r);
    submit_simple(t, "GET", server_url("/cut?len=100000&send=40000"), NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
    CHECK_INT(r.header_calls, 1);
    CHECK_INT(r.body.len, 40000);
    char want[256];
    snprintf(want, sizeof want,
             "Connection closed mid-response on endpoint URL: \"%s\": the response was cut off "
             "after 40000 of 100000 body bytes",
             server_url("/cut?len=100000&send=40000"));
    CHECK_STR(r.message, want);
    resp_clean_up(&r);
    awsc_transport_release(t);
}

/* ---------------------------------------------------------- cancellation */

struct canceller {
    struct awsc_transport *t;
    void *handle;
};

static void cancel_tick(void *ud)
{
    struct canceller *c = ud;
    awsc_transport_cancel(c->t, c->handle);
}

static void test_cancel(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    /* mid-flight, from a timer, while the server sits on it */
    struct resp held;
    resp_init(&held);
    int64_t start = awsc__monotonic_ms();
    struct canceller c = {t, NULL};
    c.handle = submit_simple(t, "GET", server_url("/hold?ms=3000"), NULL, 0, NULL, &held);
    CHECK_INT(awsc_transport_timer_add(t, 100, cancel_tick, &c, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(held.done_calls, 1);
    CHECK_INT(held.done_status, AWSC_E_CANCELLED);
    CHECK(held.done_ms - start < 1500);

    /* right after submit: on_done comes from the cancel call */
    struct resp now;
    resp_init(&now);
    void *h = submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &now);
    awsc_transport_cancel(t, h);
    CHECK_INT(now.done_calls, 1);
    CHECK_INT(now.done_status, AWSC_E_CANCELLED);
    CHECK_INT(awsc_transport_pending(t), 0);

    /* from its own on_body, from another request's on_headers, and a
     * handler that stops */
    struct resp self, victim, killer, stopper;
    resp_init(&self);
    resp_init(&victim);
    resp_init(&killer);
    resp_init(&stopper);
    self.t = killer.t = t;
    self.cancel_in_body =
        submit_simple(t, "GET", server_url("/big?n=3000000"), NULL, 0, NULL, &self);
    killer.cancel_in_headers =
        submit_simple(t, "GET", server_url("/hold?ms=3000"), NULL, 0, NULL, &victim);
    submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &killer);
    stopper.stop_in_headers = 1;
    submit_simple(t, "GET", server_url("/big?n=3000000"), NULL, 0, NULL, &stopper);
    start = awsc__monotonic_ms();
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK(awsc__monotonic_ms() - start < 2000);
    CHECK_INT(self.done_calls, 1);
    CHECK_INT(self.done_status, AWSC_E_CANCELLED);
    CHECK_INT(self.body_calls, 1);
    CHECK_INT(victim.done_calls, 1);
    CHECK_INT(victim.done_status, AWSC_E_CANCELLED);
    CHECK_INT(killer.done_status, AWSC_OK);
    CHECK_INT(stopper.done_status, AWSC_E_CANCELLED);
    CHECK_STR(stopper.message, "The response handler stopped the transfer");
    CHECK_INT(stopper.body_calls, 0);

    /* the transport still works afterwards */
    struct resp after;
    resp_init(&after);
    submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &after);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(after.done_status, AWSC_OK);

    /* the last release cancels what is in flight */
    struct resp orphan;
    resp_init(&orphan);
    submit_simple(t, "GET", server_url("/hold?ms=3000"), NULL, 0, NULL, &orphan);
    CHECK_INT(awsc_transport_poll(t, 50), 1);
    awsc_transport_release(t);
    CHECK_INT(orphan.done_calls, 1);
    CHECK_INT(orphan.done_status, AWSC_E_CANCELLED);

    resp_clean_up(&held);
    resp_clean_up(&now);
    resp_clean_up(&self);
    resp_clean_up(&victim);
    resp_clean_up(&killer);
    resp_clean_up(&stopper);
    resp_clean_up(&after);
    resp_clean_up(&orphan);
}

/* -------------------------------------------- callbacks driving the loop */

struct follow {
    struct awsc_transport *t;
    struct resp second;
    bool second_done;
    int busy;
    int run_until;
};

static void mark_done(struct resp *r)
{
    *(bool *)r->ud = true;
}

/* from on_body (inside libcurl): submitting works, polling is refused */
static int follow_body(void *ud, const uint8_t *data, size_t len)
{
    (void)data;
    (void)len;
    struct follow *f = ud;
    f->busy = awsc_transport_poll(f->t, 0);
    if (!f->second.ud) {
        f->second.ud = &f->second_done;
        f->second.after_done = mark_done;
        submit_simple(f->t, "GET", server_url("/echo?second"), NULL, 0, NULL, &f->second);
    }
    return 0;
}

/* from on_done: a blocking wait on the same transport */
static void follow_done(void *ud, int status, const char *message)
{
    (void)message;
    struct follow *f = ud;
    CHECK_INT(status, AWSC_OK);
    f->run_until = awsc__transport_run_until(f->t, &f->second_done);
}

static void test_callbacks_drive(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    struct follow f;
    memset(&f, 0, sizeof f);
    f.t = t;
    resp_init(&f.second);
    struct awsc_http_request req = {0};
    req.method = "GET";
    req.url = server_url("/echo?first");
    struct awsc_http_handler h = {NULL, follow_body, follow_done, &f};
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(f.busy, AWSC_E_BUSY);
    CHECK_INT(f.run_until, AWSC_OK);
    CHECK(f.second_done);
    CHECK_INT(f.second.done_status, AWSC_OK);
    CHECK(has(&f.second, "/echo?second"));
    resp_clean_up(&f.second);
    awsc_transport_release(t);
}

/* ---------------------------------------------------------------- timers */

struct order {
    int seen[8];
    int64_t at[8];
    int n;
};

struct tick {
    struct order *o;
    int id;
};

static void record_tick(void *ud)
{
    struct tick *k = ud;
    k->o->at[k->o->n] = awsc__monotonic_ms();
    k->o->seen[k->o->n++] = k->id;
}

static void test_timers(void)
{
    struct awsc_transport *t = new_curl(0, 0);
    struct order o = {{0}, {0}, 0};
    struct tick k[4] = {{&o, 30}, {&o, 10}, {&o, 20}, {&o, 15}};
    void *cancelled = NULL;
    int64_t start = awsc__monotonic_ms();
    CHECK_INT(awsc_transport_timer_add(t, 60, record_tick, &k[0], NULL), AWSC_OK);
    CHECK_INT(awsc_transport_timer_add(t, 20, record_tick, &k[1], NULL), AWSC_OK);
    CHECK_INT(awsc_transport_timer_add(t, 40, record_tick, &k[2], NULL), AWSC_OK);
    CHECK_INT(awsc_transport_timer_add(t, 30, record_tick, &k[3], &cancelled), AWSC_OK);
    awsc_transport_timer_cancel(t, cancelled);
    CHECK_INT(awsc_transport_pending(t), 3);
    CHECK_INT(awsc_transport_poll(t, 0), 3);
    CHECK_INT(o.n, 0);
    /* timers and a request share the loop */
    struct resp r;
    resp_init(&r);
    submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &r);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(r.done_status, AWSC_OK);
    CHECK_INT(o.n, 3);
    CHECK_INT(o.seen[0], 10);
    CHECK_INT(o.seen[1], 20);
    CHECK_INT(o.seen[2], 30);
    CHECK(o.at[0] - start >= 20);
    CHECK(o.at[2] - start >= 60 && o.at[2] - start < 1000);
    resp_clean_up(&r);
    awsc_transport_release(t);
}

/* One GET on a fresh transport, with the proxy variables as given (NULL:
 * unset); r is filled. */
static void proxied_get(const char *http_proxy, const char *https_proxy, const char *no_proxy,
                        const char *url, bool no_verify, struct resp *r)
{
    const char *names[] = {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy",
                           "ALL_PROXY",  "no_proxy",    "NO_PROXY"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        unsetenv(names[i]);
    if (http_proxy)
        setenv("http_proxy", http_proxy, 1);
    if (https_proxy)
        setenv("https_proxy", https_proxy, 1);
    if (no_proxy)
        setenv("no_proxy", no_proxy, 1);
    struct awsc_transport *t = new_curl(5000, 5000);
    struct awsc_http_request req = {0};
    req.method = "GET";
    req.url = url;
    req.no_verify_ssl = no_verify;
    resp_init(r);
    struct awsc_http_handler h = resp_handler(r);
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    awsc_transport_release(t);
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        unsetenv(names[i]);
}

static int proxy_count(void)
{
    struct resp r;
    proxied_get(NULL, NULL, NULL, server_url("/proxy-count"), false, &r);
    int n = r.done_status == AWSC_OK && r.body.data ? atoi(r.body.data) : -1;
    resp_clean_up(&r);
    return n;
}

/* http_proxy, https_proxy (a CONNECT tunnel) and no_proxy, as libcurl reads
 * them: the test server is the proxy, and the origins named in the URLs
 * are not listening, so only a request that went through it succeeds. */
static void test_proxy(void)
{
    char proxy[64], url[128], want[192];
    snprintf(proxy, sizeof proxy, "%s", server_url(""));
    int closed = closed_port();
    struct resp r;

    /* plain HTTP: the whole URL in the request line, to the proxy */
    snprintf(url, sizeof url, "http://127.0.0.1:%d/echo?through=proxy", closed);
    proxied_get(proxy, NULL, NULL, url, false, &r);
    CHECK_INT(r.done_status, AWSC_OK);
    CHECK_INT(r.http_status, 200);
    snprintf(want, sizeof want, "\"path\": \"%s\"", url);
    CHECK(has(&r, want));
    if (!has(&r, want))
        fprintf(stderr, "got: %s\n", r.body.data ? r.body.data : r.message);
    resp_clean_up(&r);

    /* no_proxy lists the host: straight to it (the proxy is not there) */
    snprintf(proxy, sizeof proxy, "http://127.0.0.1:%d", closed);
    proxied_get(proxy, proxy, "example.com, 127.0.0.1", server_url("/echo"), false, &r);
    CHECK_INT(r.done_status, AWSC_OK);
    CHECK(has(&r, "\"path\": \"/echo\""));
    resp_clean_up(&r);

    /* a proxy that is not there: the request fails */
    proxied_get(proxy, NULL, NULL, server_url("/echo"), false, &r);
    CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
    CHECK_INT(r.header_calls, 0);
    CHECK(r.message != NULL);
    fprintf(stderr, "%s\n", r.message ? r.message : "(no message)");
    resp_clean_up(&r);

    if (server_tls_port()) {
        /* HTTPS: a tunnel through CONNECT, TLS inside it */
        snprintf(proxy, sizeof proxy, "%s", server_url(""));
        int before = proxy_count();
        snprintf(url, sizeof url, "https://127.0.0.1:%d/echo?tunnelled", server_tls_port());
        proxied_get(NULL, proxy, NULL, url, true, &r);
        CHECK_INT(r.done_status, AWSC_OK);
        CHECK_INT(r.http_status, 200);
        CHECK(has(&r, "\"path\": \"/echo?tunnelled\""));
        resp_clean_up(&r);
        CHECK_INT(proxy_count(), before + 1);

        /* the proxy refuses the tunnel (it only opens ones to 127.0.0.1) */
        snprintf(url, sizeof url, "https://localhost:%d/echo", server_tls_port());
        proxied_get(NULL, proxy, NULL, url, true, &r);
        CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
        CHECK_INT(r.header_calls, 0);
        CHECK(r.message != NULL);
        fprintf(stderr, "%s\n", r.message ? r.message : "(no message)");
        resp_clean_up(&r);
        CHECK_INT(proxy_count(), before + 1);
    }

    if (!is_curl()) {
        /* what the socket transport cannot use is named, with the variable */
        proxied_get(NULL, "https://127.0.0.1:3128", NULL, "https://127.0.0.1:1/", false, &r);
        CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
        CHECK_STR(r.message, "Unusable proxy URL \"https://127.0.0.1:3128\" (from https_proxy) "
                             "for endpoint URL \"https://127.0.0.1:1/\": only http:// proxies "
                             "are supported");
        resp_clean_up(&r);
        proxied_get("http://user:secret@127.0.0.1:3128", NULL, NULL, "http://127.0.0.1:1/", false,
                    &r);
        CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
        CHECK(r.message && strstr(r.message, "(from http_proxy)") &&
              strstr(r.message, "proxy authentication is not supported"));
        resp_clean_up(&r);
        proxied_get("http://127.0.0.1:80x", NULL, NULL, "http://127.0.0.1:1/", false, &r);
        CHECK_INT(r.done_status, AWSC_E_TRANSPORT);
        CHECK(r.message && strstr(r.message, "its port is not a number"));
        resp_clean_up(&r);
    }
}

/* AWSC_TRANSPORT chooses what clients made without a transport use. */
static void test_default(void)
{
    struct awsc_transport *t = NULL;
    setenv("AWSC_TRANSPORT", kind, 1);
    CHECK_INT(awsc_transport_new_default(NULL, &t), AWSC_OK);
    CHECK_STR(awsc_transport_name(t), kind);
    awsc_transport_release(t);
    setenv("AWSC_TRANSPORT", "carrier-pigeon", 1);
    CHECK_INT(awsc_transport_new_default(NULL, &t), AWSC_E_CONFIG);
    CHECK(t == NULL);
    CHECK_STR(awsc__transport_default_problem(AWSC_E_CONFIG),
              "AWSC_TRANSPORT must be \"curl\" or \"socket\"");
    unsetenv("AWSC_TRANSPORT");
    CHECK_INT(awsc_transport_new_default(NULL, &t), AWSC_OK);
    CHECK_STR(awsc_transport_name(t), AWSC_HAVE_CURL ? "curl" : "socket");
    awsc_transport_release(t);
#if !AWSC_HAVE_CURL
    CHECK_INT(awsc_transport_new_curl(NULL, &t), AWSC_E_UNSUPPORTED);
    setenv("AWSC_TRANSPORT", "curl", 1);
    CHECK_INT(awsc_transport_new_default(NULL, &t), AWSC_E_UNSUPPORTED);
    CHECK(strstr(awsc__transport_default_problem(AWSC_E_UNSUPPORTED), "-Dcurl=disabled"));
    unsetenv("AWSC_TRANSPORT");
#endif
}

int main(int argc, char **argv)
{
    if (argc > 3)
        kind = argv[3];
    fprintf(stderr, "transport: %s\n", kind);
    server_start(argc, argv);
    test_exact_headers();
    test_head_and_status();
    test_many_headers();
    test_streamed_upload();
    test_expect_refused();
    test_big_body();
    test_body_framing();
    test_many_in_flight();
    test_connection_reuse();
    test_idle_connection_closed();
    test_refused();
    test_connect_timeout();
    test_read_timeout();
    test_cut_off();
    test_no_timeout_and_huge_header();
    test_tls_verification();
    test_cancel();
    test_callbacks_drive();
    test_timers();
    test_default();
    test_proxy();
    server_stop();
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
