/*
 * The socket transport: HTTP/1.1 over non-blocking POSIX sockets, HTTPS
 * through OpenSSL, all requests on the thread that drives the loop
 * (epoll on Linux, poll() elsewhere; see "the loop's sockets"). It is
 * written against the public transport interface alone (struct
 * awsc_transport_impl and the exchange functions of <awsc/transport.h>)
 * and the library's allocator, as a device's own HTTP stack would be.
 *
 * A connection carries one request at a time; it is kept alive after a
 * complete response (unless the server says Connection: close, or the body
 * ran until the connection closed) and reused for the next request to the
 * same scheme, host, port and TLS settings, after checking that the server
 * has not closed it meanwhile (unless it finished a response within the
 * last RECENT_MS). A request is sent once: a reused connection
 * that closes before the response fails the request as botocore's
 * ConnectionClosedError. Bodies: Content-Length, chunked, or until close.
 * The connect timeout covers the TCP connect and the TLS handshake; the
 * read timeout is the time allowed without a byte moving either way.
 */
#include <awsc/transport.h>

#include "core.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* epoll where there is one; -DAWSC_TRANSPORT_POLL builds the poll()
 * loop there too */
#if defined(__linux__) && !defined(AWSC_TRANSPORT_POLL)
#define USE_EPOLL 1
#include <sys/epoll.h>
#else
#define USE_EPOLL 0
#endif

#define DEFAULT_TIMEOUT_MS 60000L
/* a request body up to this size is sent in one write with its head */
#define INLINE_BODY_MAX 16384
/* a connection keeps a head buffer up to this size for its next request */
#define HEAD_KEEP_MAX 4096
/* a kept-alive connection used this recently is reused without a check */
#define RECENT_MS 200
#define READ_CHUNK         16384
#define CHUNK_HEAD         16            /* room for a chunk's size line */
#define MAX_LINE           (100 * 1024)  /* a response's header line at most */
#define MAX_HEAD           (1024 * 1024) /* and its header block */

#define MSG_CONNECT         "Could not connect to the endpoint URL: \"%s\""
#define MSG_CONNECT_TIMEOUT "Connect timeout on endpoint URL: \"%s\""
#define MSG_READ_TIMEOUT    "Read timeout on endpoint URL: \"%s\""
#define MSG_CLOSED \
    "Connection was closed before we received a valid response from endpoint URL: \"%s\"."

enum conn_state { C_CONNECTING, C_PROXY_SEND, C_PROXY_RECV, C_TLS, C_SEND, C_RECV, C_IDLE };
enum body_mode { B_NONE, B_LENGTH, B_CHUNKED, B_CLOSE };
enum chunk_state { K_SIZE, K_DATA, K_DATA_END, K_TRAILER };

struct sock_transport;
struct conn;

/* One request: the exchange's data. */
struct sreq {
    struct awsc_http_exchange *x;
    struct sreq *next; /* the queue of requests waiting for a connection */
    bool queued;
    struct conn *conn;
    char *host; /* without brackets */
    char *port;
    const char *target; /* path and query, in url */
    bool tls;
    char *key; /* what a reusable connection must match */
    const char *ca_bundle;
    bool no_verify;
    long connect_ms, read_ms;      /* <= 0: none */
    char *proxy_host, *proxy_port; /* an HTTP proxy, or NULL */
    char *proxy_url;
    const char *proxy_var;     /* the variable that named it */
    const char *proxy_problem; /* why it cannot be used, or NULL */
};

struct conn {
    struct sock_transport *s;
    struct conn *next;
    int fd;
    SSL *ssl;
    char *key;
    enum conn_state state;
    short events; /* what the loop must wait for (POLLIN or POLLOUT; see watch()) */
#if USE_EPOLL
    short in_set;            /* what the epoll set has for fd (0: not in it) */
    bool dirty;              /* on the transport's list of changes */
    struct conn *dirty_next; /* the next on it */
#endif
    bool reused;  /* served a request before this one */
    struct sreq *r;
    struct addrinfo *ai, *ai_next; /* addresses still to try */
    int64_t deadline_connect, last_activity;

    /* the request going out (first a proxy's CONNECT, in head too); the
     * buffer stays with the connection for its next request */
    char *head;
    size_t head_len, head_off, head_cap;
    bool head_built;     /* head holds this request's head */
    const uint8_t *body; /* in memory, or body_buf for a streamed one */
    size_t body_len, body_off;
    uint8_t *body_buf;
    int64_t body_left; /* streamed bytes still to read */
    /* Transfer-Encoding: chunked (the caller's header): each piece framed */
    bool chunked, last_chunk_sent;
    const uint8_t *mem;
    size_t mem_len, mem_off;

    /* the response */
    char *in;
    size_t in_len, in_cap;
    size_t head_scan; /* in[0..head_scan) holds no end of the header block */
    bool head_done, keep_alive, got_bytes;
    enum body_mode mode;
    uint64_t remaining; /* B_LENGTH: body bytes to come; B_CHUNKED: of this chunk */
    enum chunk_state chunk;
    uint64_t received;
    int64_t total; /* Content-Length, or -1 */
};

struct tls_ctx {
    struct tls_ctx *next;
    char *ca_bundle;
    bool no_verify;
    SSL_CTX *ctx;
};

struct sock_transport {
    struct awsc_transport *t;
    long connect_ms, read_ms;
    int max_connections;
    char *ca_bundle;
    struct conn *conns;
    int conn_count;
    struct sreq *queue_head, *queue_tail;
    struct tls_ctx *tls;
    int wake_fd[2];
    int depth;  /* > 0 while a connection runs the caller's handlers */
    bool sweep; /* cancels made from inside a handler, to carry out */
    /* No timeout is due before this (-1: none is set). A request's
     * deadlines only move later as its bytes move, so the time its
     * deadlines had when it started is a bound that holds: the connections
     * are looked through once it has passed, not on every pass. */
    int64_t check_at;
#if USE_EPOLL
    int ep;             /* the epoll set: the wake pipe and every connection's socket */
    struct conn *dirty; /* connections whose events differ from the set's */
#endif
};

/* ---------------------------------------------------------- utilities */

static int64_t now_ms(struct sock_transport *s)
{
    return awsc_transport_now_ms(s->t);
}

static char *dup_n(const char *p, size_t n)
{
    char *d = awsc__malloc(n + 1);
    if (d) {
        memcpy(d, p, n);
        d[n] = '\0';
    }
    return d;
}

static bool ieq_n(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

static bool ieq(const char *a, const char *b)
{
    size_t n = strlen(a);
    return n == strlen(b) && ieq_n(a, b, n);
}

/* whether the comma-separated value list has token (case-insensitive) */
static bool has_token(const char *value, const char *token)
{
    size_t tn = strlen(token);
    const char *p = value;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *e = p;
        while (*e && *e != ',')
            e++;
        const char *end = e;
        while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        if ((size_t)(end - p) == tn && ieq_n(p, token, tn))
            return true;
        p = e;
    }
    return false;
}

static const char *req_header(const struct awsc_http_request *req, const char *name)
{
    for (size_t i = 0; i < req->header_count; i++)
        if (ieq(req->headers[i].name, name))
            return req->headers[i].value;
    return NULL;
}

/* --------------------------------------------------------- TLS and I/O */

/* A socket BIO that sends with MSG_NOSIGNAL: a peer that closed must not
 * raise SIGPIPE in the application. */
static BIO_METHOD *g_bio_method;
static pthread_once_t g_bio_once = PTHREAD_ONCE_INIT;

static int bio_write(BIO *b, const char *buf, int len)
{
    BIO_clear_retry_flags(b);
    ssize_t n = send(BIO_get_fd(b, NULL), buf, (size_t)len, MSG_NOSIGNAL);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        BIO_set_retry_write(b);
    return (int)n;
}

static int bio_read(BIO *b, char *buf, int len)
{
    BIO_clear_retry_flags(b);
    ssize_t n = recv(BIO_get_fd(b, NULL), buf, (size_t)len, 0);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        BIO_set_retry_read(b);
    return (int)n;
}

static void bio_once(void)
{
    /* the socket BIO's controls (fd, close flag), our reads and writes */
    BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SOCKET, "awsc socket");
    if (m && BIO_meth_set_write(m, bio_write) && BIO_meth_set_read(m, bio_read) &&
        BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(BIO_s_socket())) &&
        BIO_meth_set_create(m, BIO_meth_get_create(BIO_s_socket())) &&
        BIO_meth_set_destroy(m, BIO_meth_get_destroy(BIO_s_socket())))
        g_bio_method = m;
    else
        BIO_meth_free(m);
}

/* ------------------------------------------------ the loop's sockets
 *
 * Each connection says what it waits for in c->events (watch()). With
 * epoll the set keeps every connection's socket between passes, and a
 * change is noted on the transport's list and made in the set (one
 * epoll_ctl()) just before the next wait, if it still differs then: a
 * request on a kept-alive connection goes from waiting to write to
 * waiting to read within one pass, and the set, which had its socket for
 * reading while it was idle, never changes. A pass of the loop then costs
 * what is ready, not what is in flight. poll() (elsewhere) is given every
 * connection's socket on each pass. */

static void watch(struct conn *c, short events)
{
    c->events = events;
#if USE_EPOLL
    if (!c->dirty && events != c->in_set) {
        c->dirty = true;
        c->dirty_next = c->s->dirty;
        c->s->dirty = c;
    }
#endif
}

/* c's socket is about to close: out of the set first (a copy of the
 * descriptor in a child process would otherwise keep it there) */
static void unwatch(struct conn *c)
{
#if USE_EPOLL
    if (c->in_set) {
        epoll_ctl(c->s->ep, EPOLL_CTL_DEL, c->fd, NULL);
        c->in_set = 0;
    }
#else
    (void)c;
#endif
}

#if USE_EPOLL
static void forget_dirty(struct sock_transport *s, struct conn *c)
{
    if (!c->dirty)
        return;
    struct conn **pp = &s->dirty;
    while (*pp != c)
        pp = &(*pp)->dirty_next;
    *pp = c->dirty_next;
    c->dirty = false;
}
#endif

/* write: n > 0 written, 0 would block, -1 failed */
static ssize_t io_write(struct conn *c, const void *buf, size_t len)
{
    if (len > INT_MAX)
        len = INT_MAX;
    if (c->ssl) {
        ERR_clear_error();
        int n = SSL_write(c->ssl, buf, (int)len);
        if (n > 0)
            return n;
        int e = SSL_get_error(c->ssl, n);
        if (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ) {
            watch(c, e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT);
            return 0;
        }
        return -1;
    }
    ssize_t n = send(c->fd, buf, len, MSG_NOSIGNAL);
    if (n >= 0)
        return n;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
        watch(c, POLLOUT);
        return 0;
    }
    return -1;
}

/* read: n > 0 read, 0 end of stream, -2 would block, -1 failed */
static ssize_t io_read(struct conn *c, void *buf, size_t cap)
{
    if (cap > INT_MAX)
        cap = INT_MAX;
    if (c->ssl) {
        ERR_clear_error();
        int n = SSL_read(c->ssl, buf, (int)cap);
        if (n > 0)
            return n;
        int e = SSL_get_error(c->ssl, n);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
            watch(c, e == SSL_ERROR_WANT_WRITE ? POLLOUT : POLLIN);
            return -2;
        }
        return e == SSL_ERROR_ZERO_RETURN ? 0 : -1;
    }
    ssize_t n = recv(c->fd, buf, cap, 0);
    if (n >= 0)
        return n;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
        watch(c, POLLIN);
        return -2;
    }
    return -1;
}

/* The context for a CA bundle (NULL: the system's store) and check. */
static SSL_CTX *tls_ctx_for(struct sock_transport *s, const char *ca_bundle, bool no_verify,
                            bool *unreadable)
{
    *unreadable = false;
    if (no_verify)
        ca_bundle = NULL; /* nothing is checked against it */
    for (struct tls_ctx *t = s->tls; t; t = t->next)
        if (t->no_verify == no_verify &&
            (t->ca_bundle ? ca_bundle && strcmp(t->ca_bundle, ca_bundle) == 0 : !ca_bundle))
            return t->ctx;
    struct tls_ctx *t = awsc__calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->ctx = SSL_CTX_new(TLS_client_method());
    t->no_verify = no_verify;
    t->ca_bundle = ca_bundle ? awsc__strdup(ca_bundle) : NULL;
    bool ok = t->ctx && (!ca_bundle || t->ca_bundle);
    if (ok) {
        SSL_CTX_set_min_proto_version(t->ctx, TLS1_2_VERSION);
        SSL_CTX_set_options(t->ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
        SSL_CTX_set_mode(t->ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
        SSL_CTX_set_verify(t->ctx, no_verify ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, NULL);
        if (no_verify) {
            /* no store needed */
        } else if (ca_bundle) {
            if (SSL_CTX_load_verify_locations(t->ctx, ca_bundle, NULL) != 1) {
                *unreadable = true;
                ok = false;
            }
        } else {
            ok = SSL_CTX_set_default_verify_paths(t->ctx) == 1;
        }
    }
    if (!ok) {
        SSL_CTX_free(t->ctx);
        awsc__free(t->ca_bundle);
        awsc__free(t);
        ERR_clear_error();
        return NULL;
    }
    t->next = s->tls;
    s->tls = t;
    return t->ctx;
}

/* ---------------------------------------------------- finishing things */

static void conn_free(struct sock_transport *s, struct conn *c)
{
    struct conn **pp = &s->conns;
    while (*pp && *pp != c)
        pp = &(*pp)->next;
    if (*pp) {
        *pp = c->next;
        s->conn_count--;
    }
    if (c->ssl)
        SSL_free(c->ssl);
#if USE_EPOLL
    forget_dirty(s, c);
#endif
    if (c->fd >= 0) {
        unwatch(c);
        close(c->fd);
    }
    if (c->ai)
        freeaddrinfo(c->ai);
    awsc__free(c->key);
    awsc__free(c->head);
    awsc__free(c->body_buf);
    awsc__free(c->in);
    awsc__free(c);
}

/* Detach the request from its connection, which is closed unless keep. */
static void detach(struct sock_transport *s, struct conn *c, bool keep)
{
    struct sreq *r = c->r;
    if (r)
        r->conn = NULL;
    c->r = NULL;
    c->head_built = false;
    if (c->head_cap > HEAD_KEEP_MAX) { /* a small body went with it */
        awsc__free(c->head);
        c->head = NULL;
        c->head_cap = 0;
    }
    awsc__free(c->body_buf);
    c->body_buf = NULL;
    if (!keep) {
        conn_free(s, c);
        return;
    }
    c->state = C_IDLE;
    watch(c, POLLIN); /* a close or stray bytes end it */
    c->reused = true;
    c->head_done = c->got_bytes = false;
    c->received = 0;
}

static void fail(struct sock_transport *s, struct conn *c, int status, const char *fmt,
                 const char *url)
{
    struct sreq *r = c->r;
    if (r) {
        if (fmt)
            awsc_http_exchange_done(r->x, status, fmt, url);
        else
            awsc_http_exchange_done(r->x, status, NULL);
    }
    detach(s, c, false);
}

/* The body was cut off by the peer. */
static void cut_off(struct sock_transport *s, struct conn *c)
{
    const char *url = awsc_http_exchange_request(c->r->x)->url;
    if (c->total >= 0)
        awsc_http_exchange_done(c->r->x, AWSC_E_TRANSPORT,
                                "Connection closed mid-response on endpoint URL: \"%s\": the "
                                "response was cut off after %llu of %lld body bytes",
                                url, (unsigned long long)c->received, (long long)c->total);
    else
        awsc_http_exchange_done(c->r->x, AWSC_E_TRANSPORT,
                                "Connection closed mid-response on endpoint URL: \"%s\": the "
                                "response was cut off after %llu body bytes",
                                url, (unsigned long long)c->received);
    detach(s, c, false);
}

static void finish_ok(struct sock_transport *s, struct conn *c)
{
    awsc_http_exchange_done(c->r->x, AWSC_OK, NULL);
    /* bytes beyond the response: the connection cannot be trusted */
    detach(s, c, c->keep_alive && c->in_len == 0);
}

/* ---------------------------------------------------- the request line */

static bool put(char **buf, size_t *len, size_t *cap, const char *p, size_t n)
{
    if (*len + n + 1 > *cap) {
        size_t nc = (*cap ? *cap * 2 : 1024);
        while (nc < *len + n + 1)
            nc *= 2;
        char *b = awsc__realloc(*buf, nc);
        if (!b)
            return false;
        *buf = b;
        *cap = nc;
    }
    memcpy(*buf + *len, p, n);
    *len += n;
    (*buf)[*len] = '\0';
    return true;
}

#define PUTS(str) ok = ok && put(&b, &len, &cap, (str), strlen(str))

/* The request's head: request line and headers, with Host and
 * Content-Length added when the caller gave none. */
static int build_head(struct conn *c)
{
    const struct awsc_http_request *req = awsc_http_exchange_request(c->r->x);
    struct sreq *r = c->r;
    char *b = c->head;
    size_t len = 0, cap = c->head_cap;
    bool ok = true;
    PUTS(req->method);
    PUTS(" ");
    PUTS(r->target);
    PUTS(" HTTP/1.1\r\n");
    if (!req_header(req, "Host")) {
        PUTS("Host: ");
        bool v6 = strchr(r->host, ':') != NULL;
        PUTS(v6 ? "[" : "");
        PUTS(r->host);
        PUTS(v6 ? "]" : "");
        if (strcmp(r->port, r->tls ? "443" : "80") != 0) {
            PUTS(":");
            PUTS(r->port);
        }
        PUTS("\r\n");
    }
    for (size_t i = 0; i < req->header_count; i++) {
        PUTS(req->headers[i].name);
        PUTS(": ");
        PUTS(req->headers[i].value);
        PUTS("\r\n");
    }
    bool body = req->read_body || req->body_len > 0;
    bool wants_length = body || strcmp(req->method, "POST") == 0 ||
                        strcmp(req->method, "PUT") == 0 || strcmp(req->method, "PATCH") == 0;
    const char *te = req_header(req, "Transfer-Encoding");
    c->chunked = te && has_token(te, "chunked");
    c->last_chunk_sent = false;
    if (wants_length && !c->chunked && !req_header(req, "Content-Length")) {
        int64_t length = req->read_body ? req->content_length : (int64_t)req->body_len;
        char n[21];
        if (length < 0)
            snprintf(n, sizeof n, "%lld", (long long)length);
        else
            awsc__u64_dec((uint64_t)length, n);
        PUTS("Content-Length: ");
        PUTS(n);
        PUTS("\r\n");
    }
    PUTS("\r\n");
    /* A small body in memory goes in the same buffer as the head: one
     * write (one TLS record) for the whole request instead of two. */
    bool body_in_head = !c->chunked && !req->read_body && req->body_len &&
                        req->body_len <= INLINE_BODY_MAX;
    if (body_in_head)
        ok = ok && put(&b, &len, &cap, (const char *)req->body, req->body_len);
    c->head = b; /* what put() grew it to, even when it failed */
    c->head_cap = cap;
    if (!ok)
        return AWSC_E_NOMEM;
    c->head_built = true;
    c->head_len = len;
    c->head_off = 0;
    if (c->chunked) {
        /* pieces of either kind of body go out framed, from body_buf */
        c->body_left = req->read_body ? req->content_length : 0;
        c->mem = req->read_body ? NULL : req->body;
        c->mem_len = req->read_body ? 0 : req->body_len;
        c->mem_off = 0;
        c->body = NULL;
        c->body_len = c->body_off = 0;
        if (!(c->body_buf = awsc__malloc(CHUNK_HEAD + READ_CHUNK + 2)))
            return AWSC_E_NOMEM;
    } else if (req->read_body) {
        c->body_left = req->content_length;
        c->body = NULL;
        c->body_len = c->body_off = 0;
        if (c->body_left > 0 && !(c->body_buf = awsc__malloc(READ_CHUNK)))
            return AWSC_E_NOMEM;
    } else {
        c->body_left = 0;
        c->body = body_in_head ? NULL : req->body;
        c->body_len = body_in_head ? 0 : req->body_len;
        c->body_off = 0;
    }
    return AWSC_OK;
}

/* ----------------------------------------------------------- responses */

static void consume(struct conn *c, size_t n)
{
    memmove(c->in, c->in + n, c->in_len - n);
    c->in_len -= n;
}

/* Parse the header block in c->in[0..end) (end: just past the blank
 * line), in place: its lines become the headers' strings, and the block
 * leaves c->in once they have been delivered. Returns 1 for an interim 1xx
 * response (skipped), 0 when the final one's headers were delivered, -1
 * when the exchange is over (stopped or failed: already finished). */
static int parse_head(struct sock_transport *s, struct conn *c, size_t end)
{
    struct sreq *r = c->r;
    const struct awsc_http_request *req = awsc_http_exchange_request(r->x);
    size_t lines = 1;
    for (const char *p = c->in; (p = memchr(p, '\n', (size_t)(c->in + end - p))) != NULL; p++)
        lines++;
    /* most responses have a few headers: those on the stack */
    struct awsc_http_header few[32];
    struct awsc_http_header *hs =
        lines <= AWSC_ARRAY_LEN(few) ? few : awsc__calloc(lines, sizeof *hs);
    if (!hs) {
        fail(s, c, AWSC_E_NOMEM, "Out of memory receiving the response from \"%s\"", req->url);
        return -1;
    }
    size_t n = 0;
    int status = 0;
    bool http10 = false;
    /* every line of the block ends with \n (the block ends with a blank
     * line), so a line's \r or \n becomes its end */
    char *line = c->in, *stop = c->in + end, *next;
    for (bool first = true; line < stop; line = next, first = false) {
        char *nl = memchr(line, '\n', (size_t)(stop - line));
        if (!nl)
            break;
        next = nl + 1;
        if (nl > line && nl[-1] == '\r')
            nl--;
        *nl = '\0';
        size_t ll = (size_t)(nl - line);
        if (first) {
            if (strncmp(line, "HTTP/1.", 7) != 0 || ll < 12 || line[8] != ' ') {
                if (hs != few)
                    awsc__free(hs);
                fail(s, c, AWSC_E_TRANSPORT,
                     "The response from endpoint URL: \"%s\" is not HTTP/1.x", req->url);
                return -1;
            }
            http10 = line[7] == '0';
            for (int i = 9; i < 12 && line[i] >= '0' && line[i] <= '9'; i++)
                status = status * 10 + (line[i] - '0');
            continue;
        }
        if (!ll)
            break;
        if ((line[0] == ' ' || line[0] == '\t') && n > 0) {
            /* an obsolete folded line: its words continue the value */
            continue;
        }
        char *colon = strchr(line, ':');
        if (!colon)
            continue;
        *colon = '\0';
        char *v = colon + 1;
        while (*v == ' ' || *v == '\t')
            v++;
        char *ve = v + strlen(v);
        while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t'))
            *--ve = '\0';
        char *ne = colon;
        while (ne > line && (ne[-1] == ' ' || ne[-1] == '\t'))
            *--ne = '\0';
        hs[n].name = line;
        hs[n].value = v;
        n++;
    }
    if (status >= 100 && status < 200) {
        if (hs != few)
            awsc__free(hs);
        consume(c, end);
        return 1;
    }
    c->keep_alive = !http10;
    c->mode = B_CLOSE;
    c->total = -1;
    for (size_t i = 0; i < n; i++) {
        if (ieq(hs[i].name, "Connection") && has_token(hs[i].value, "close"))
            c->keep_alive = false;
        else if (ieq(hs[i].name, "Transfer-Encoding") && has_token(hs[i].value, "chunked"))
            c->mode = B_CHUNKED;
        else if (ieq(hs[i].name, "Content-Length") && c->mode != B_CHUNKED) {
            char *e;
            errno = 0;
            long long v = strtoll(hs[i].value, &e, 10);
            if (errno || *e || v < 0 || e == hs[i].value) {
                if (hs != few)
                    awsc__free(hs);
                fail(s, c, AWSC_E_TRANSPORT,
                     "The response from endpoint URL: \"%s\" has a bad Content-Length", req->url);
                return -1;
            }
            c->mode = B_LENGTH;
            c->total = v;
            c->remaining = (uint64_t)v;
        }
    }
    if (strcmp(req->method, "HEAD") == 0 || status == 204 || status == 304) {
        c->mode = B_NONE;
        c->total = -1;
    }
    if (c->mode == B_CLOSE)
        c->keep_alive = false;
    /* A refused Expect: 100-continue: the server may have left the body
     * unread (and closed); the connection's state is unknown. */
    const char *expect = req_header(req, "Expect");
    if (status == 417 && expect && has_token(expect, "100-continue"))
        c->keep_alive = false;
    c->chunk = K_SIZE;
    c->head_done = true;
    s->depth++;
    int stopped = awsc_http_exchange_headers(r->x, status, hs, n);
    s->depth--;
    if (hs != few)
        awsc__free(hs);
    consume(c, end);
    if (stopped) {
        fail(s, c, AWSC_E_CANCELLED, NULL, NULL);
        return -1;
    }
    return 0;
}

/* Hand n body bytes at c->in to the caller. false: the exchange is over. */
static bool deliver(struct sock_transport *s, struct conn *c, size_t n)
{
    c->received += n;
    s->depth++;
    int stop = awsc_http_exchange_body(c->r->x, (const uint8_t *)c->in, n);
    s->depth--;
    consume(c, n);
    if (stop) {
        fail(s, c, AWSC_E_CANCELLED, NULL, NULL);
        return false;
    }
    return true;
}

static const char *find_crlf(const char *p, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (p[i] == '\r' && p[i + 1] == '\n')
            return p + i;
    return NULL;
}

/* No end of the header block yet: fail when a line of it (or the block)
 * is longer than we read, naming which. true: wait for more. */
static bool head_too_long(struct sock_transport *s, struct conn *c, const char *url)
{
    size_t line_start = 0, prev_start = 0, lines = 0;
    for (size_t i = 0; i < c->in_len; i++)
        if (c->in[i] == '\n') {
            prev_start = line_start;
            line_start = i + 1;
            lines++;
        }
    if (c->in_len - line_start <= MAX_LINE && c->in_len <= MAX_HEAD)
        return true;
    if (c->in_len - line_start <= MAX_LINE) {
        fail(s, c, AWSC_E_TRANSPORT,
             "The response from endpoint URL: \"%s\" has a header block longer than the "
             "socket transport reads (1048576 bytes)",
             url);
        return false;
    }
    int status = 0;
    if (lines > 0 && c->in_len > 12 && memcmp(c->in, "HTTP/1.", 7) == 0)
        for (int i = 9; i < 12 && c->in[i] >= '0' && c->in[i] <= '9'; i++)
            status = status * 10 + (c->in[i] - '0');
    struct awsc_http_exchange *x = c->r->x;
#define TOO_LONG                                                                       \
    "The response from endpoint URL: \"%s\" has a header line longer than the socket " \
    "transport reads (102400 bytes): "
    if (lines == 0) {
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT, TOO_LONG "its status line", url);
    } else if (lines == 1) {
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT,
                                TOO_LONG "the first header after the status line (HTTP %d)", url,
                                status);
    } else {
        const char *name = c->in + prev_start;
        const char *colon = memchr(name, ':', line_start - prev_start);
        int len = colon ? (int)(colon - name) : 0;
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT, TOO_LONG "the header after %.*s (HTTP %d)",
                                url, len, name, status);
    }
#undef TOO_LONG
    detach(s, c, false);
    return false;
}

/* Just past the blank line that ends the header block in c->in, or NULL
 * when it has not come yet. Each \n is looked at once, however many reads
 * the block takes. */
static const char *head_end(struct conn *c)
{
    for (size_t i = c->head_scan; i < c->in_len;) {
        const char *nl = memchr(c->in + i, '\n', c->in_len - i);
        if (!nl)
            break;
        if (nl - c->in >= 3 && memcmp(nl - 3, "\r\n\r\n", 4) == 0)
            return nl + 1;
        i = (size_t)(nl - c->in) + 1;
    }
    c->head_scan = c->in_len;
    return NULL;
}

/* Work through what has arrived. false: the exchange is over (c may be
 * gone or idle). */
static bool process(struct sock_transport *s, struct conn *c)
{
    const char *url = awsc_http_exchange_request(c->r->x)->url;
    for (;;) {
        if (!c->head_done) {
            const char *e = head_end(c);
            if (!e)
                return head_too_long(s, c, url);
            c->head_scan = 0;
            int rc = parse_head(s, c, (size_t)(e - c->in));
            if (rc < 0)
                return false;
            if (rc == 1)
                continue;
            if (c->mode == B_NONE || (c->mode == B_LENGTH && c->remaining == 0)) {
                finish_ok(s, c);
                return false;
            }
        }
        switch (c->mode) {
        case B_NONE:
            return true;
        case B_CLOSE:
            return c->in_len == 0 || deliver(s, c, c->in_len);
        case B_LENGTH: {
            size_t n = c->in_len < c->remaining ? c->in_len : (size_t)c->remaining;
            if (n && !deliver(s, c, n))
                return false;
            c->remaining -= n;
            if (c->remaining == 0) {
                finish_ok(s, c);
                return false;
            }
            return true;
        }
        case B_CHUNKED:
            break;
        }
        /* chunked */
        if (c->chunk == K_SIZE || c->chunk == K_TRAILER) {
            const char *e = find_crlf(c->in, c->in_len);
            if (!e) {
                if (c->in_len > MAX_LINE) {
                    fail(s, c, AWSC_E_TRANSPORT,
                         "The response from endpoint URL: \"%s\" has a bad chunked body", url);
                    return false;
                }
                return true;
            }
            size_t ll = (size_t)(e - c->in);
            if (c->chunk == K_TRAILER) {
                consume(c, ll + 2);
                if (ll == 0) {
                    finish_ok(s, c);
                    return false;
                }
                continue; /* a trailer field: not part of the contract */
            }
            uint64_t size = 0;
            size_t i = 0;
            for (; i < ll; i++) {
                char ch = c->in[i];
                int d = ch >= '0' && ch <= '9'   ? ch - '0'
                        : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                        : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                                 : -1;
                if (d < 0)
                    break;
                if (size >> 60) {
                    i = 0;
                    break;
                }
                size = size * 16 + (uint64_t)d;
            }
            if (i == 0 || (i < ll && c->in[i] != ';' && c->in[i] != ' ' && c->in[i] != '\t')) {
                fail(s, c, AWSC_E_TRANSPORT,
                     "The response from endpoint URL: \"%s\" has a bad chunked body", url);
                return false;
            }
            consume(c, ll + 2);
            c->remaining = size;
            c->chunk = size ? K_DATA : K_TRAILER;
            continue;
        }
        if (c->chunk == K_DATA) {
            size_t n = c->in_len < c->remaining ? c->in_len : (size_t)c->remaining;
            if (n == 0)
                return true;
            if (!deliver(s, c, n))
                return false;
            c->remaining -= n;
            if (c->remaining == 0)
                c->chunk = K_DATA_END;
            continue;
        }
        /* K_DATA_END */
        if (c->in_len < 2)
            return true;
        if (c->in[0] != '\r' || c->in[1] != '\n') {
            fail(s, c, AWSC_E_TRANSPORT,
                 "The response from endpoint URL: \"%s\" has a bad chunked body", url);
            return false;
        }
        consume(c, 2);
        c->chunk = K_SIZE;
    }
}

/* The peer closed the connection. */
static void on_eof(struct sock_transport *s, struct conn *c)
{
    const char *url = awsc_http_exchange_request(c->r->x)->url;
    if (!c->head_done)
        fail(s, c, AWSC_E_TRANSPORT, MSG_CLOSED, url);
    else if (c->mode == B_CLOSE)
        finish_ok(s, c);
    else
        cut_off(s, c);
}

/* ---------------------------------------------------------- connecting */

static void set_flags(int fd)
{
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

static int start_connect(struct conn *c)
{
    while (c->ai_next) {
        struct addrinfo *a = c->ai_next;
        c->ai_next = a->ai_next;
        if (c->fd >= 0) {
            unwatch(c);
            close(c->fd);
        }
        c->fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (c->fd < 0)
            continue;
        set_flags(c->fd);
        int one = 1;
        setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (connect(c->fd, a->ai_addr, a->ai_addrlen) == 0 || errno == EINPROGRESS) {
            c->state = C_CONNECTING;
            watch(c, POLLOUT);
            return AWSC_OK;
        }
    }
    return AWSC_E_TRANSPORT;
}

static bool is_ip_literal(const char *host)
{
    unsigned char buf[16];
    return inet_pton(AF_INET, host, buf) == 1 || inet_pton(AF_INET6, host, buf) == 1;
}

/* Connected over TCP: start TLS, or the request. false: failed (done). */
static bool start_tls(struct sock_transport *s, struct conn *c);

static bool connected(struct sock_transport *s, struct conn *c)
{
    struct sreq *r = c->r;
    if (r->proxy_host && r->tls) {
        /* a tunnel through the proxy first */
        char *b = c->head;
        size_t len = 0, cap = c->head_cap;
        bool ok = true, v6 = strchr(r->host, ':') != NULL;
        for (int i = 0; i < 2; i++) {
            PUTS(i == 0 ? "CONNECT " : "\r\nHost: ");
            PUTS(v6 ? "[" : "");
            PUTS(r->host);
            PUTS(v6 ? "]:" : ":");
            PUTS(r->port);
            PUTS(i == 0 ? " HTTP/1.1" : "\r\n\r\n");
        }
        c->head = b;
        c->head_cap = cap;
        if (!ok) {
            fail(s, c, AWSC_E_NOMEM, "Out of memory connecting to \"%s\"",
                 awsc_http_exchange_request(r->x)->url);
            return false;
        }
        c->head_len = len;
        c->head_off = 0;
        c->state = C_PROXY_SEND;
        watch(c, POLLOUT);
        return true;
    }
    if (!r->tls) {
        c->state = C_SEND;
        c->last_activity = now_ms(s);
        return true;
    }
    return start_tls(s, c);
}

/* The proxy's answer to CONNECT, as far as it has come. true: go on (the
 * tunnel is up, or more is to come). */
static bool proxy_answer(struct sock_transport *s, struct conn *c)
{
    const char *e = NULL;
    for (size_t i = 0; i + 3 < c->in_len; i++)
        if (memcmp(c->in + i, "\r\n\r\n", 4) == 0) {
            e = c->in + i + 4;
            break;
        }
    if (!e && c->in_len <= MAX_LINE)
        return true;
    int status = 0;
    if (e && c->in_len > 12 && memcmp(c->in, "HTTP/1.", 7) == 0)
        for (int i = 9; i < 12 && c->in[i] >= '0' && c->in[i] <= '9'; i++)
            status = status * 10 + (c->in[i] - '0');
    if (status < 200 || status > 299) {
        awsc_http_exchange_done(c->r->x, AWSC_E_TRANSPORT,
                                "Failed to connect to proxy URL: \"%s\" (it answered CONNECT "
                                "with HTTP %d)",
                                c->r->proxy_url, status);
        detach(s, c, false);
        return false;
    }
    c->in_len = 0;
    return start_tls(s, c);
}

static bool start_tls(struct sock_transport *s, struct conn *c)
{
    struct sreq *r = c->r;
    const char *url = awsc_http_exchange_request(r->x)->url;
    bool unreadable;
    SSL_CTX *ctx = tls_ctx_for(s, r->ca_bundle, r->no_verify, &unreadable);
    if (!ctx) {
        if (unreadable)
            awsc_http_exchange_done(
                r->x, AWSC_E_TRANSPORT,
                "SSL validation failed for %s: the CA bundle %s cannot be "
                "read: %s",
                url, r->ca_bundle,
                access(r->ca_bundle, R_OK) != 0 ? strerror(errno) : "it holds no PEM certificate");
        else
            awsc_http_exchange_done(r->x, AWSC_E_NOMEM, "Out of memory setting up TLS for %s", url);
        detach(s, c, false);
        return false;
    }
    pthread_once(&g_bio_once, bio_once);
    BIO *bio = g_bio_method ? BIO_new(g_bio_method) : NULL;
    c->ssl = bio ? SSL_new(ctx) : NULL;
    if (!c->ssl) {
        BIO_free(bio);
        awsc_http_exchange_done(r->x, AWSC_E_NOMEM, "Out of memory setting up TLS for %s", url);
        detach(s, c, false);
        return false;
    }
    BIO_set_fd(bio, c->fd, BIO_NOCLOSE);
    SSL_set_bio(c->ssl, bio, bio);
    bool ip = is_ip_literal(r->host);
    if (!ip)
        SSL_set_tlsext_host_name(c->ssl, r->host);
    if (!r->no_verify) {
        X509_VERIFY_PARAM *p = SSL_get0_param(c->ssl);
        if (ip)
            X509_VERIFY_PARAM_set1_ip_asc(p, r->host);
        else
            X509_VERIFY_PARAM_set1_host(p, r->host, 0);
    }
    c->state = C_TLS;
    return true;
}

/* The next piece of a chunked upload, framed, in c->body. false: the
 * exchange is over (the body failed). */
static bool next_chunk(struct sock_transport *s, struct conn *c)
{
    uint8_t *data = c->body_buf + CHUNK_HEAD;
    size_t n = 0;
    if (c->body_left > 0) {
        s->depth++;
        n = awsc_http_exchange_read_body(c->r->x, data, READ_CHUNK);
        s->depth--;
        if (n == 0) { /* finished by the exchange (I/O error, cancel) */
            detach(s, c, false);
            return false;
        }
        c->body_left -= (int64_t)n;
    } else if (c->mem_off < c->mem_len) {
        n = c->mem_len - c->mem_off < READ_CHUNK ? c->mem_len - c->mem_off : READ_CHUNK;
        memcpy(data, c->mem + c->mem_off, n);
        c->mem_off += n;
    }
    if (n > 0) {
        char size[CHUNK_HEAD + 1];
        int hl = snprintf(size, sizeof size, "%zx\r\n", n);
        memcpy(data - hl, size, (size_t)hl);
        memcpy(data + n, "\r\n", 2);
        c->body = data - hl;
        c->body_len = (size_t)hl + n + 2;
    } else {
        memcpy(c->body_buf, "0\r\n\r\n", 5);
        c->body = c->body_buf;
        c->body_len = 5;
        c->last_chunk_sent = true;
    }
    c->body_off = 0;
    return true;
}

/* ------------------------------------------------------ one connection */

/* Move c as far as it goes without blocking. */
static void step(struct sock_transport *s, struct conn *c)
{
    if (c->state == C_IDLE) {
        /* a kept-alive connection that became readable: closed, or bytes
         * nobody asked for */
        conn_free(s, c);
        return;
    }
    struct sreq *r = c->r;
    const char *url = awsc_http_exchange_request(r->x)->url;
    for (;;) {
        if (awsc_http_exchange_cancelled(r->x)) {
            fail(s, c, AWSC_E_CANCELLED, NULL, NULL);
            return;
        }
        switch (c->state) {
        case C_CONNECTING: {
            struct pollfd p = {.fd = c->fd, .events = POLLOUT};
            if (poll(&p, 1, 0) <= 0)
                return;
            int err = 0;
            socklen_t el = sizeof err;
            if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &el) != 0)
                err = errno;
            if (err) {
                if (start_connect(c) != AWSC_OK)
                    fail(s, c, AWSC_E_TRANSPORT,
                         r->proxy_host ? "Failed to connect to proxy URL: \"%s\"" : MSG_CONNECT,
                         r->proxy_host ? r->proxy_url : url);
                return;
            }
            if (!connected(s, c))
                return;
            break;
        }
        case C_PROXY_SEND: {
            ssize_t n = io_write(c, c->head + c->head_off, c->head_len - c->head_off);
            if (n < 0) {
                fail(s, c, AWSC_E_TRANSPORT, "Failed to connect to proxy URL: \"%s\"",
                     r->proxy_url);
                return;
            }
            if (n == 0)
                return;
            c->head_off += (size_t)n;
            if (c->head_off == c->head_len) {
                c->state = C_PROXY_RECV;
                watch(c, POLLIN);
                c->in_len = 0;
            }
            break;
        }
        case C_PROXY_RECV: {
            if (c->in_cap - c->in_len < READ_CHUNK) {
                size_t nc = c->in_len + READ_CHUNK;
                char *b = awsc__realloc(c->in, nc);
                if (!b) {
                    fail(s, c, AWSC_E_NOMEM, "Out of memory connecting to \"%s\"", url);
                    return;
                }
                c->in = b;
                c->in_cap = nc;
            }
            /* byte by byte: what follows the answer is the TLS handshake */
            ssize_t n = io_read(c, c->in + c->in_len, 1);
            if (n == -2)
                return;
            if (n <= 0) {
                fail(s, c, AWSC_E_TRANSPORT, "Failed to connect to proxy URL: \"%s\"",
                     r->proxy_url);
                return;
            }
            c->in_len += (size_t)n;
            if (!proxy_answer(s, c))
                return;
            break;
        }
        case C_TLS: {
            ERR_clear_error();
            int rc = SSL_connect(c->ssl);
            if (rc == 1) {
                c->state = C_SEND;
                c->last_activity = now_ms(s);
                break;
            }
            int e = SSL_get_error(c->ssl, rc);
            if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
                watch(c, e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT);
                return;
            }
            long vr = SSL_get_verify_result(c->ssl);
            char detail[256];
            if (vr != X509_V_OK)
                snprintf(detail, sizeof detail, "certificate verify failed: %s",
                         X509_verify_cert_error_string(vr));
            else
                ERR_error_string_n(ERR_peek_last_error() ? ERR_peek_last_error()
                                                         : (unsigned long)SSL_R_BAD_PACKET,
                                   detail, sizeof detail);
            awsc_http_exchange_done(r->x, AWSC_E_TRANSPORT, "SSL validation failed for %s %s", url,
                                    detail);
            ERR_clear_error();
            detach(s, c, false);
            return;
        }
        case C_SEND: {
            if (!c->head_built) {
                int st = build_head(c);
                if (st != AWSC_OK) {
                    fail(s, c, st, "Out of memory sending the request to \"%s\"", url);
                    return;
                }
            }
            if (c->head_off < c->head_len) {
                ssize_t n = io_write(c, c->head + c->head_off, c->head_len - c->head_off);
                if (n < 0) {
                    fail(s, c, AWSC_E_TRANSPORT, MSG_CLOSED, url);
                    return;
                }
                if (n == 0)
                    return;
                c->head_off += (size_t)n;
                c->last_activity = now_ms(s);
                continue;
            }
            if (c->body_off == c->body_len && c->chunked && !c->last_chunk_sent) {
                if (!next_chunk(s, c))
                    return;
            } else if (c->body_off == c->body_len && c->body_left > 0) {
                s->depth++;
                size_t n = awsc_http_exchange_read_body(r->x, c->body_buf, READ_CHUNK);
                s->depth--;
                if (n == 0) { /* finished by the exchange (I/O error, cancel) */
                    detach(s, c, false);
                    return;
                }
                c->body = c->body_buf;
                c->body_len = n;
                c->body_off = 0;
                c->body_left -= (int64_t)n;
            }
            if (c->body_off < c->body_len) {
                ssize_t n = io_write(c, c->body + c->body_off, c->body_len - c->body_off);
                if (n < 0) {
                    fail(s, c, AWSC_E_TRANSPORT, MSG_CLOSED, url);
                    return;
                }
                if (n == 0)
                    return;
                c->body_off += (size_t)n;
                c->last_activity = now_ms(s);
                continue;
            }
            /* the whole request is out: the response cannot be there yet
             * (but on loopback), so wait for it rather than try a read */
            c->state = C_RECV;
            watch(c, POLLIN);
            return;
        }
        case C_RECV: {
            if (c->in_cap - c->in_len < READ_CHUNK) {
                size_t nc = c->in_len + READ_CHUNK;
                char *b = awsc__realloc(c->in, nc);
                if (!b) {
                    fail(s, c, AWSC_E_NOMEM, "Out of memory receiving the response from \"%s\"",
                         url);
                    return;
                }
                c->in = b;
                c->in_cap = nc;
            }
            ssize_t n = io_read(c, c->in + c->in_len, c->in_cap - c->in_len);
            if (n == -2)
                return;
            if (n == 0) {
                on_eof(s, c);
                return;
            }
            if (n < 0) {
                if (c->head_done)
                    cut_off(s, c);
                else
                    fail(s, c, AWSC_E_TRANSPORT, MSG_CLOSED, url);
                return;
            }
            c->in_len += (size_t)n;
            c->got_bytes = true;
            c->last_activity = now_ms(s);
            if (!process(s, c))
                return;
            break;
        }
        case C_IDLE:
            return;
        }
    }
}

/* ------------------------------------------------------------ the queue */

static void queue_remove(struct sock_transport *s, struct sreq *r)
{
    struct sreq **pp = &s->queue_head, *prev = NULL;
    while (*pp && *pp != r) {
        prev = *pp;
        pp = &(*pp)->next;
    }
    if (*pp) {
        *pp = r->next;
        if (s->queue_tail == r)
            s->queue_tail = prev;
    }
    r->next = NULL;
    r->queued = false;
}

/* Whether a kept-alive connection is still open and quiet. One that
 * finished a response a moment ago is taken as it is: servers close idle
 * connections after seconds, not milliseconds, and a loop of calls then
 * saves a poll() each. */
static bool idle_usable(struct sock_transport *s, struct conn *c)
{
    if (now_ms(s) - c->last_activity < RECENT_MS)
        return true;
    struct pollfd p = {.fd = c->fd, .events = POLLIN};
    return poll(&p, 1, 0) == 0;
}

static struct conn *take_idle(struct sock_transport *s, const char *key)
{
    for (struct conn *c = s->conns, *next; c; c = next) {
        next = c->next;
        if (c->state != C_IDLE || strcmp(c->key, key) != 0)
            continue;
        if (c->ssl ? SSL_pending(c->ssl) == 0 && idle_usable(s, c) : idle_usable(s, c))
            return c;
        conn_free(s, c);
    }
    return NULL;
}

/* Make room for one more connection. */
static bool room(struct sock_transport *s)
{
    if (s->max_connections <= 0 || s->conn_count < s->max_connections)
        return true;
    for (struct conn *c = s->conns; c; c = c->next)
        if (c->state == C_IDLE) {
            conn_free(s, c);
            return true;
        }
    return false;
}

/* A timeout may be due at `due` (-1: none). */
static void due_by(struct sock_transport *s, int64_t due)
{
    if (due >= 0 && (s->check_at < 0 || due < s->check_at))
        s->check_at = due;
}

static void start(struct sock_transport *s, struct sreq *r)
{
    struct awsc_http_exchange *x = r->x;
    const char *url = awsc_http_exchange_request(x)->url;
    if (r->proxy_problem) {
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT,
                                "Unusable proxy URL \"%s\" (from %s) for endpoint URL \"%s\": %s",
                                r->proxy_url, r->proxy_var, url, r->proxy_problem);
        return;
    }
    struct conn *c = take_idle(s, r->key);
    if (c) {
        c->r = r;
        r->conn = c;
        c->state = C_SEND;
        watch(c, POLLOUT);
        c->last_activity = now_ms(s);
        if (r->read_ms > 0)
            due_by(s, c->last_activity + r->read_ms);
        c->in_len = c->head_scan = 0;
        /* a kept-alive socket can take the request now: write it without
         * a poll() for POLLOUT first (step() waits when it cannot) */
        step(s, c);
        return;
    }
    c = awsc__calloc(1, sizeof *c);
    if (!c || !(c->key = awsc__strdup(r->key))) {
        awsc__free(c);
        awsc_http_exchange_done(x, AWSC_E_NOMEM, "Out of memory connecting to \"%s\"", url);
        return;
    }
    c->s = s;
    c->fd = -1;
    c->r = r;
    r->conn = c;
    c->next = s->conns;
    s->conns = c;
    s->conn_count++;
    int64_t now = now_ms(s);
    c->deadline_connect = r->connect_ms > 0 ? now + r->connect_ms : -1;
    c->last_activity = now;
    due_by(s, c->deadline_connect);
    if (r->read_ms > 0)
        due_by(s, now + r->read_ms);
    struct addrinfo hints = {0};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    const char *msg = r->proxy_host ? "Failed to connect to proxy URL: \"%s\"" : MSG_CONNECT;
    const char *what = r->proxy_host ? r->proxy_url : url;
    if (getaddrinfo(r->proxy_host ? r->proxy_host : r->host,
                    r->proxy_host ? r->proxy_port : r->port, &hints, &c->ai) != 0 ||
        !c->ai) {
        c->ai = NULL;
        fail(s, c, AWSC_E_TRANSPORT, msg, what);
        return;
    }
    c->ai_next = c->ai;
    if (start_connect(c) != AWSC_OK)
        fail(s, c, AWSC_E_TRANSPORT, msg, what);
}

/* Start the queued requests that have a connection to go on. */
static void start_queued(struct sock_transport *s)
{
    struct sreq *r;
    while ((r = s->queue_head) != NULL) {
        bool idle = false;
        for (struct conn *c = s->conns; c && !idle; c = c->next)
            idle = c->state == C_IDLE && strcmp(c->key, r->key) == 0;
        if (!idle && !room(s))
            return;
        queue_remove(s, r);
        start(s, r);
    }
}

static bool can_start(struct sock_transport *s)
{
    if (!s->queue_head)
        return false;
    if (s->max_connections <= 0 || s->conn_count < s->max_connections)
        return true;
    for (struct conn *c = s->conns; c; c = c->next)
        if (c->state == C_IDLE)
            return true;
    return false;
}

/* Cancels made from inside a handler, carried out now. */
static void sweep(struct sock_transport *s)
{
    if (!s->sweep)
        return;
    s->sweep = false;
    for (struct conn *c = s->conns, *next; c; c = next) {
        next = c->next;
        if (c->r && awsc_http_exchange_cancelled(c->r->x))
            fail(s, c, AWSC_E_CANCELLED, NULL, NULL);
    }
}

/* The timeouts that have passed, once check_at has; check_at becomes the
 * earliest deadline left. */
static void expire(struct sock_transport *s)
{
    int64_t now = now_ms(s);
    if (s->check_at < 0 || now < s->check_at)
        return;
    s->check_at = -1;
    for (struct conn *c = s->conns, *next; c; c = next) {
        next = c->next;
        if (!c->r)
            continue;
        const char *url = awsc_http_exchange_request(c->r->x)->url;
        bool connecting = c->state < C_SEND;
        int64_t due = connecting          ? c->deadline_connect
                      : c->r->read_ms > 0 ? c->last_activity + c->r->read_ms
                                          : -1;
        if (due >= 0 && now >= due)
            fail(s, c, AWSC_E_TIMEOUT, connecting ? MSG_CONNECT_TIMEOUT : MSG_READ_TIMEOUT, url);
        else
            due_by(s, due);
    }
}

/* ------------------------------------------------------- the interface */

/* The loop's next wake-up: at once when there is work, else when the
 * first timeout may be due (expire() then finds the real one). */
static int64_t sock_deadline(void *impl)
{
    struct sock_transport *s = impl;
    if (s->sweep || can_start(s))
        return now_ms(s);
    return s->check_at;
}

/* Split url into r's host, port and target. */
static int parse_url(struct sreq *r, const char *url)
{
    const char *p;
    if (strncmp(url, "https://", 8) == 0) {
        r->tls = true;
        p = url + 8;
    } else if (strncmp(url, "http://", 7) == 0) {
        p = url + 7;
    } else {
        return AWSC_E_UNSUPPORTED;
    }
    const char *end = p + strcspn(p, "/?#");
    const char *at = memchr(p, '@', (size_t)(end - p));
    if (at)
        return AWSC_E_UNSUPPORTED; /* credentials in URLs are not sent */
    const char *host = p, *host_end, *port = NULL;
    if (*p == '[') {
        host = p + 1;
        host_end = memchr(host, ']', (size_t)(end - host));
        if (!host_end)
            return AWSC_E_INVALID_ARG;
        if (host_end + 1 < end) {
            if (host_end[1] != ':')
                return AWSC_E_INVALID_ARG;
            port = host_end + 2;
        }
    } else {
        host_end = memchr(p, ':', (size_t)(end - p));
        if (host_end)
            port = host_end + 1;
        else
            host_end = end;
    }
    if (host_end == host)
        return AWSC_E_INVALID_ARG;
    r->host = dup_n(host, (size_t)(host_end - host));
    r->port = port ? dup_n(port, (size_t)(end - port)) : awsc__strdup(r->tls ? "443" : "80");
    if (!r->host || !r->port)
        return AWSC_E_NOMEM;
    if (!*r->port || strspn(r->port, "0123456789") != strlen(r->port) || strlen(r->port) > 5)
        return AWSC_E_INVALID_ARG;
    r->target = *end == '/' || *end == '?' ? end : "/";
    if (*end == '#')
        return AWSC_E_INVALID_ARG;
    return AWSC_OK;
}

/* The proxy the environment names for a request, as libcurl reads it:
 * http_proxy (lower case only) for http, https_proxy or HTTPS_PROXY for
 * https, else all_proxy or ALL_PROXY; none for the hosts no_proxy (or
 * NO_PROXY) lists, by name or domain ("*": every host). */
/* The first of the variables a and b (NULL: none) that is set and not
 * empty; *var names it. */
static const char *env_value_named(const char *a, const char *b, const char **var)
{
    const char *v = awsc__getenv_set(a);
    *var = a;
    if (!v && b) {
        v = awsc__getenv_set(b);
        *var = b;
    }
    return v;
}

static bool no_proxy_for(const char *host)
{
    const char *var;
    const char *v = env_value_named("no_proxy", "NO_PROXY", &var);
    if (!v)
        return false;
    size_t hl = strlen(host);
    while (*v) {
        v += strspn(v, ", \t");
        size_t n = strcspn(v, ", \t");
        const char *e = v;
        size_t en = n;
        if (en == 1 && *e == '*')
            return true;
        if (en && *e == '.') {
            e++;
            en--;
        }
        if (en >= 2 && e[0] == '[' && e[en - 1] == ']') {
            e++;
            en -= 2;
        }
        if (en && ((hl == en && ieq_n(host, e, en)) ||
                   (hl > en && host[hl - en - 1] == '.' && ieq_n(host + hl - en, e, en))))
            return true;
        v += n;
    }
    return false;
}

/* AWSC_OK also for a proxy URL it cannot use: r->proxy_problem says why,
 * and the request fails with that when it starts. */
static int find_proxy(struct sreq *r)
{
    const char *var;
    const char *p = r->tls ? env_value_named("https_proxy", "HTTPS_PROXY", &var)
                           : env_value_named("http_proxy", NULL, &var);
    if (!p)
        p = env_value_named("all_proxy", "ALL_PROXY", &var);
    if (!p || no_proxy_for(r->host))
        return AWSC_OK;
    r->proxy_var = var;
    if (!(r->proxy_url = awsc__strdup(p)))
        return AWSC_E_NOMEM;
    const char *h = p;
    if (strncmp(h, "http://", 7) == 0)
        h += 7;
    else if (strstr(h, "://")) {
        r->proxy_problem = "only http:// proxies are supported";
        return AWSC_OK;
    }
    size_t n = strcspn(h, "/?#");
    if (memchr(h, '@', n)) {
        r->proxy_problem = "proxy authentication is not supported";
        return AWSC_OK;
    }
    const char *hs = h, *he, *port = NULL;
    if (*h == '[') {
        hs = h + 1;
        he = n > 1 ? memchr(hs, ']', n - 1) : NULL;
        if (!he) {
            r->proxy_problem = "the IPv6 address has no closing bracket";
            return AWSC_OK;
        }
        if (he + 1 < h + n && he[1] == ':')
            port = he + 2;
    } else {
        he = memchr(h, ':', n);
        if (he)
            port = he + 1;
        else
            he = h + n;
    }
    r->proxy_host = dup_n(hs, (size_t)(he - hs));
    r->proxy_port = port ? dup_n(port, (size_t)(h + n - port)) : awsc__strdup("1080");
    if (!r->proxy_host || !r->proxy_port)
        return AWSC_E_NOMEM;
    if (!*r->proxy_host)
        r->proxy_problem = "it names no host";
    else if (!*r->proxy_port || strspn(r->proxy_port, "0123456789") != strlen(r->proxy_port) ||
             strlen(r->proxy_port) > 5)
        r->proxy_problem = "its port is not a number";
    return AWSC_OK;
}

static void sreq_free(struct sreq *r)
{
    if (!r)
        return;
    awsc__free(r->proxy_host);
    awsc__free(r->proxy_port);
    awsc__free(r->proxy_url);
    awsc__free(r->host);
    awsc__free(r->port);
    awsc__free(r->key);
    awsc__free(r);
}

static int sock_submit(void *impl, struct awsc_http_exchange *x)
{
    struct sock_transport *s = impl;
    const struct awsc_http_request *req = awsc_http_exchange_request(x);
    struct sreq *r = awsc__calloc(1, sizeof *r);
    if (!r)
        return AWSC_E_NOMEM;
    r->x = x;
    int status = parse_url(r, req->url);
    if (status == AWSC_OK)
        status = find_proxy(r);
    if (status == AWSC_OK && r->proxy_host && !r->tls)
        r->target = req->url; /* a plain request through a proxy names the whole URL */
    if (status != AWSC_OK) {
        sreq_free(r);
        return status;
    }
    r->ca_bundle = req->ca_bundle ? req->ca_bundle : s->ca_bundle;
    r->no_verify = req->no_verify_ssl;
    long cm = req->connect_timeout_ms ? req->connect_timeout_ms : s->connect_ms;
    long rm = req->read_timeout_ms ? req->read_timeout_ms : s->read_ms;
    r->connect_ms = cm > 0 ? cm : -1;
    r->read_ms = rm > 0 ? rm : -1;
    size_t kl = strlen(r->host) + strlen(r->port) + (r->ca_bundle ? strlen(r->ca_bundle) : 0) +
                (r->proxy_url ? strlen(r->proxy_url) : 0) + 16;
    r->key = awsc__malloc(kl);
    if (!r->key) {
        sreq_free(r);
        return AWSC_E_NOMEM;
    }
    /* "<s|p><0|1>|host|port|ca_bundle|proxy": the pool of connections it may reuse */
    {
        const char *parts[] = {r->host, r->port, r->tls && r->ca_bundle ? r->ca_bundle : "",
                               r->proxy_url ? r->proxy_url : ""};
        char *k = r->key;
        *k++ = r->tls ? 's' : 'p';
        *k++ = r->no_verify ? '1' : '0';
        for (size_t i = 0; i < AWSC_ARRAY_LEN(parts); i++) {
            size_t n = strlen(parts[i]);
            *k++ = '|';
            memcpy(k, parts[i], n);
            k += n;
        }
        *k = '\0';
    }
    awsc_http_exchange_set_data(x, r);
    r->queued = true;
    if (s->queue_tail)
        s->queue_tail->next = r;
    else
        s->queue_head = r;
    s->queue_tail = r;
    return AWSC_OK;
}

static void sock_cancel(void *impl, struct awsc_http_exchange *x)
{
    struct sock_transport *s = impl;
    struct sreq *r = awsc_http_exchange_data(x);
    if (r->queued) {
        queue_remove(s, r);
        awsc_http_exchange_done(x, AWSC_E_CANCELLED, NULL);
    } else if (r->conn) {
        if (s->depth > 0)
            s->sweep = true; /* inside a handler: once it has returned */
        else
            fail(s, r->conn, AWSC_E_CANCELLED, NULL, NULL);
    }
}

#if USE_EPOLL
/* The noted changes into the set. A connection the set cannot take
 * (epoll_ctl() fails: out of memory, or the user's limit of watches) would
 * never wake: it fails its request and closes. */
static void apply_changes(struct sock_transport *s)
{
    while (s->dirty) {
        struct conn *c = s->dirty;
        s->dirty = c->dirty_next;
        c->dirty = false;
        if (c->fd < 0 || c->events == c->in_set)
            continue;
        struct epoll_event ev = {.events = c->events == POLLIN ? EPOLLIN : EPOLLOUT, .data.ptr = c};
        if (epoll_ctl(s->ep, c->in_set ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, c->fd, &ev) == 0)
            c->in_set = c->events;
        else if (c->r)
            fail(s, c, AWSC_E_TRANSPORT, "Could not watch the connection to endpoint URL: \"%s\"",
                 awsc_http_exchange_request(c->r->x)->url);
        else
            conn_free(s, c);
    }
}
#endif

static void drain_wake(struct sock_transport *s)
{
    char buf[64];
    while (read(s->wake_fd[0], buf, sizeof buf) > 0)
        ;
}

static int sock_wait(void *impl, int timeout_ms)
{
    struct sock_transport *s = impl;
    sweep(s);
    bool could_start = can_start(s);
    start_queued(s);
    /* The loop asks for no wait when requests could start (sock_deadline):
     * they just have, and a poll() now would mostly find their answers not
     * there yet. Its next pass waits for them with the real timeout. */
    if (could_start && timeout_ms == 0)
        return AWSC_OK;
    int64_t d = sock_deadline(s);
    if (d >= 0) {
        int64_t until = d - now_ms(s);
        if (until < timeout_ms)
            timeout_ms = until < 0 ? 0 : (int)until;
    }
#if USE_EPOLL
    apply_changes(s);
    struct epoll_event ev[64];
    int rc = epoll_wait(s->ep, ev, (int)AWSC_ARRAY_LEN(ev), timeout_ms);
    /* A connection closes only from its own step (cancels from handlers
     * wait for the sweep), and one socket is reported once, so the
     * connections the others name stay valid. */
    for (int i = 0; i < rc; i++) {
        if (ev[i].data.ptr)
            step(s, ev[i].data.ptr);
        else
            drain_wake(s);
    }
#else
    size_t n = 1;
    for (struct conn *c = s->conns; c; c = c->next)
        n++;
    struct pollfd *pfd = awsc__calloc(n, sizeof *pfd);
    struct conn **which = awsc__calloc(n, sizeof *which);
    if (!pfd || !which) {
        awsc__free(pfd);
        awsc__free(which);
        return AWSC_E_NOMEM;
    }
    pfd[0].fd = s->wake_fd[0];
    pfd[0].events = POLLIN;
    size_t k = 1;
    for (struct conn *c = s->conns; c; c = c->next) {
        pfd[k].fd = c->fd;
        pfd[k].events = c->events;
        which[k++] = c;
    }
    int rc = poll(pfd, k, timeout_ms);
    if (rc > 0 && (pfd[0].revents & POLLIN))
        drain_wake(s);
    /* A connection closes only from its own step (cancels from handlers
     * wait for the sweep), so the others in the list stay valid. */
    for (size_t i = 1; rc > 0 && i < k; i++)
        if (pfd[i].revents)
            step(s, which[i]);
    awsc__free(pfd);
    awsc__free(which);
#endif
    expire(s);
    sweep(s);
    start_queued(s);
    return AWSC_OK;
}

static void sock_wake(void *impl)
{
    struct sock_transport *s = impl;
    ssize_t w;
    do
        w = write(s->wake_fd[1], "", 1);
    while (w < 0 && errno == EINTR);
}

static void sock_release(void *impl, struct awsc_http_exchange *x)
{
    struct sock_transport *s = impl;
    struct sreq *r = awsc_http_exchange_data(x);
    if (!r)
        return;
    if (r->queued)
        queue_remove(s, r);
    if (r->conn)
        detach(s, r->conn, false);
    sreq_free(r);
}

static void sock_destroy(void *impl)
{
    struct sock_transport *s = impl;
    if (!s)
        return;
    while (s->conns)
        conn_free(s, s->conns);
    while (s->tls) {
        struct tls_ctx *t = s->tls;
        s->tls = t->next;
        SSL_CTX_free(t->ctx);
        awsc__free(t->ca_bundle);
        awsc__free(t);
    }
    for (int i = 0; i < 2; i++)
        if (s->wake_fd[i] >= 0)
            close(s->wake_fd[i]);
#if USE_EPOLL
    if (s->ep >= 0)
        close(s->ep);
#endif
    awsc__free(s->ca_bundle);
    awsc__free(s);
}

static const struct awsc_transport_impl SOCKET_IMPL = {
    .name = "socket",
    .submit = sock_submit,
    .cancel = sock_cancel,
    .wait = sock_wait,
    .deadline = sock_deadline,
    .wake = sock_wake,
    .release = sock_release,
    .destroy = sock_destroy,
};

int awsc_transport_new_socket(const struct awsc_transport_options *options,
                              struct awsc_transport **out)
{
    if (!out)
        return AWSC_E_INVALID_ARG;
    *out = NULL;
    struct awsc_transport_options o = {0};
    if (options)
        o = *options;
    if (o.connect_timeout_ms < AWSC_TIMEOUT_NONE || o.read_timeout_ms < AWSC_TIMEOUT_NONE ||
        o.max_connections < 0)
        return AWSC_E_INVALID_ARG;
    struct sock_transport *s = awsc__calloc(1, sizeof *s);
    if (!s)
        return AWSC_E_NOMEM;
    s->wake_fd[0] = s->wake_fd[1] = -1;
    s->check_at = -1;
#if USE_EPOLL
    s->ep = -1;
#endif
    s->connect_ms = o.connect_timeout_ms ? o.connect_timeout_ms : DEFAULT_TIMEOUT_MS;
    s->read_ms = o.read_timeout_ms ? o.read_timeout_ms : DEFAULT_TIMEOUT_MS;
    s->max_connections = o.max_connections;
    if ((o.ca_bundle && !(s->ca_bundle = awsc__strdup(o.ca_bundle))) || pipe(s->wake_fd) != 0) {
        int status = s->wake_fd[0] < 0 && (!o.ca_bundle || s->ca_bundle) ? AWSC_E_IO : AWSC_E_NOMEM;
        sock_destroy(s);
        return status;
    }
    set_flags(s->wake_fd[0]);
    set_flags(s->wake_fd[1]);
#if USE_EPOLL
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = NULL}; /* NULL: the wake pipe */
    if ((s->ep = epoll_create1(EPOLL_CLOEXEC)) < 0 ||
        epoll_ctl(s->ep, EPOLL_CTL_ADD, s->wake_fd[0], &ev) != 0) {
        sock_destroy(s);
        return AWSC_E_IO;
    }
#endif
    int status = awsc_transport_new_custom(&SOCKET_IMPL, s, out);
    if (status == AWSC_OK)
        s->t = *out;
    return status;
}
