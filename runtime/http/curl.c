/*
 * The libcurl transport: one multi handle runs every request of the
 * transport on the calling thread; its connection cache keeps HTTP/1.1
 * connections alive between requests, and finished easy handles are
 * pooled for the next ones.
 *
 * Both ways to drive it use libcurl's socket API (curl_multi_socket_action):
 * libcurl says which sockets to watch for what and when its timer is due,
 * and is told which socket is ready, so that a turn of the loop costs what
 * is ready, not what is in flight. The built-in loop watches the sockets
 * itself (epoll on Linux, poll() elsewhere; see "The built-in loop's
 * sockets"); the application's loop is told of them through the base's
 * hooks and calls back with awsc_transport_socket_action/timeout_action.
 *
 * User code (on_headers, on_body, read_body) runs inside libcurl's
 * callbacks, where libcurl must not be re-entered. While it runs,
 * t->io_depth is non-zero: a request submitted then is added to the multi
 * once libcurl returns, and a request cancelled then is removed then.
 *
 * The read timeout is ours, not libcurl's (whose low-speed limit counts
 * whole seconds): a request that has its connection and moves no byte in
 * either direction for read_timeout_ms fails with "Read timeout". libcurl's
 * own timeout error can then only be the connect timeout.
 *
 * One submitted request is sent at most once. When a kept-alive connection
 * dies before the first byte of the response, libcurl would send the
 * request again on a fresh connection by itself (Curl_retry_request, no
 * option turns it off): an attempt the caller never counted, backed off or
 * charged, and a second PutItem the server sees. Every send passes through
 * the pre-request callback, so its second call in one transfer is that
 * resend: it is refused there, and the request fails as botocore's
 * ConnectionClosedError does, for the retry policy to decide on.
 */
#include "http.h"

#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* epoll where there is one; -DAWSC_TRANSPORT_POLL builds the poll()
 * fallback there too */
#if defined(__linux__) && !defined(AWSC_TRANSPORT_POLL)
#define USE_EPOLL 1
#include <sys/epoll.h>
#include <sys/eventfd.h>
#else
#define USE_EPOLL 0
#include <poll.h>
#endif

#define DEFAULT_TIMEOUT_MS 60000L
/* libcurl has no connect timeout that never expires (0 is its default of
 * 300 s): this one is 24 days */
#define NO_CONNECT_TIMEOUT_MS ((long)INT_MAX)
#define POOL_MAX              64 /* idle easy handles kept for reuse */
/* A large response arrives in a 64 KiB buffer instead of libcurl's 16 KiB:
 * fewer reads and callbacks per MiB. Not larger: malloc gives a buffer of
 * 128 KiB or more a mapping of its own, and a copy from the kernel into
 * that costs about three times the system time of one into the heap (a
 * 1 GiB download from tmpfs: 1.2 s of system time with 512 KiB, 0.9 s with
 * 64 KiB; a 1 GiB upload's reads of the file, 0.90 s with libcurl's upload
 * buffer at 512 KiB, 0.42 s at its default 64 KiB, which uploads keep). An
 * easy handle given it is not pooled, so that it does not hold it idle. */
#define LARGE_RECEIVE_BUFFER (64L * 1024)
/* Idle connections kept open when max_connections does not say. libcurl's
 * own default follows the number of transfers still running, so a burst
 * that ends one by one would close most of its connections. */
#define DEFAULT_CACHED_CONNECTIONS 64L

enum req_state {
    REQ_TO_ADD,   /* submitted inside a curl callback; added after it */
    REQ_IN_MULTI, /* running */
    REQ_DONE      /* out of the multi; completion queued or delivered */
};

struct curl_transport;

/* A descriptor the built-in loop watches for libcurl. */
struct watch {
    unsigned want;   /* what libcurl waits for: WATCH_IN | WATCH_OUT, or 0 */
    unsigned in_set; /* what epoll watches it for (0: not in the set) */
    bool ours;       /* a socket that open_socket_cb made and close_socket_cb closes */
    size_t slot;     /* poll(): its index in pfd, plus 1; 0: none */
};
#define WATCH_IN  1u
#define WATCH_OUT 2u

struct curl_req {
    struct awsc__http_op op; /* first: the handle */
    struct curl_transport *c;
    CURL *easy;
    struct curl_slist *slist;
    struct awsc_http_request req; /* borrowed until completion */
    bool large;                   /* a large receive buffer: the handle is not pooled */
    enum req_state state;
    struct curl_req *next_add;
    long read_timeout_ms;

    /* the upload */
    int64_t sent;
    int body_status; /* AWSC_E_IO when read_body failed */
    char *body_message;

    /* the response */
    int http_status;
    struct awsc_buf hdr; /* "name\0value\0"... of the header block */
    size_t hdr_count;
    size_t last_name_at;  /* the last header's name in hdr */
    bool headers_done;    /* on_headers has been called */
    bool handler_stopped; /* on_headers/on_body returned non-zero */
    bool nomem;
    uint64_t received;

    /* the read timeout */
    bool connected;      /* past connect (and TLS); the request has gone out */
    bool resend_refused; /* libcurl tried to send it a second time */
    int64_t last_activity;
    curl_off_t last_dl, last_ul;

    char errbuf[CURL_ERROR_SIZE];
};

/* A share handle for transports on several threads: libcurl calls its
 * lock functions around every use of what it shares. */
struct awsc__share {
    atomic_int refs;
    CURLSH *sh;
    pthread_mutex_t mu[CURL_LOCK_DATA_LAST];
};

struct curl_transport {
    struct awsc_transport base; /* first */
    CURLM *multi;
    CURLSH *share;              /* its own (TLS sessions), or group's */
    struct awsc__share *group;  /* shared with other transports, or NULL */
    long connect_timeout_ms;
    long read_timeout_ms;
    bool verbose;
    char *ca_bundle; /* CURLOPT_CAINFO, or NULL */
    CURL *pool[POOL_MAX];
    size_t pool_len;
    struct curl_req *add_head, *add_tail;
    bool cancels_pending; /* cancelled inside a callback, not yet removed */
    bool external;
    int64_t curl_deadline; /* libcurl's timer, or -1 */
    /* no read timeout can expire before this (-1: none runs): the
     * requests are looked at only then */
    int64_t read_check_at;

    /* the built-in loop's sockets, by descriptor */
    struct watch *watch;
    size_t watch_len;
    bool watch_failed; /* a socket could not be watched: retry before waiting */
    bool watch_nomem;  /* a socket could not even be noted: the wait fails */
    int wake_rd, wake_wr; /* posts wake the wait (an eventfd: both the same) */
#if USE_EPOLL
    int ep;
#else
    struct pollfd *pfd; /* [0] is wake_rd; watch[fd].slot - 1 is fd's index */
    struct pollfd *ready;
    size_t pfd_len, pfd_cap;
#endif
};

static struct curl_transport *curl_of(struct awsc_transport *t)
{
    return (struct curl_transport *)(void *)t;
}

static struct curl_req *req_of(struct awsc__http_op *op)
{
    return (struct curl_req *)(void *)op;
}

/* ------------------------------------------------------ curl callbacks */

static void touch(struct curl_req *r)
{
    r->last_activity = awsc__monotonic_ms();
}

/* Called once the connection is up (new or reused), before the request
 * goes out: the read timeout applies from here. A second call is libcurl
 * about to send the request again on another connection: refused. */
static int prereq_cb(void *ud, char *primary_ip, char *local_ip, int primary_port, int local_port)
{
    (void)primary_ip;
    (void)local_ip;
    (void)primary_port;
    (void)local_port;
    struct curl_req *r = ud;
    if (r->connected) {
        r->resend_refused = true;
        return CURL_PREREQFUNC_ABORT;
    }
    r->connected = true;
    touch(r);
    if (r->read_timeout_ms > 0) {
        struct curl_transport *c = r->c;
        int64_t due = r->last_activity + r->read_timeout_ms;
        if (c->read_check_at < 0 || due < c->read_check_at)
            c->read_check_at = due;
    }
    return CURL_PREREQFUNC_OK;
}

/* Progress: any byte moved either way counts as activity; a cancelled
 * transfer stops here at the latest. */
static int xferinfo_cb(void *ud, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
                       curl_off_t ulnow)
{
    (void)dltotal;
    (void)ultotal;
    struct curl_req *r = ud;
    if (dlnow != r->last_dl || ulnow != r->last_ul) {
        r->last_dl = dlnow;
        r->last_ul = ulnow;
        touch(r);
    }
    return r->op.cancelled || r->handler_stopped;
}

static void body_failed(struct curl_req *r, const char *what)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_printf(&b, "%s after %lld of %lld bytes", what, (long long)r->sent,
                     (long long)r->req.content_length);
    r->body_status = AWSC_E_IO;
    r->body_message = awsc__buf_steal(&b);
}

static size_t read_cb(char *buf, size_t size, size_t nitems, void *ud)
{
    struct curl_req *r = ud;
    if (r->op.cancelled)
        return CURL_READFUNC_ABORT;
    size_t cap = size * nitems;
    uint64_t left = (uint64_t)(r->req.content_length - r->sent);
    if (left == 0)
        return 0;
    if (cap > left)
        cap = (size_t)left;
    size_t n = r->req.read_body(r->req.read_ud, (uint8_t *)buf, cap);
    if (r->op.cancelled)
        return CURL_READFUNC_ABORT;
    if (n == (size_t)-1 || n > cap) {
        body_failed(r, "Reading the request body failed");
        return CURL_READFUNC_ABORT;
    }
    if (n == 0) {
        body_failed(r, "The request body ended");
        return CURL_READFUNC_ABORT;
    }
    r->sent += (int64_t)n;
    touch(r);
    return n;
}

static void reset_header_block(struct curl_req *r)
{
    awsc__buf_reset(&r->hdr);
    r->hdr.len = 0;
    r->hdr_count = 0;
    r->http_status = 0;
}

/* Hand the final header block to on_headers. false: stop the transfer. */
static bool deliver_headers(struct curl_req *r)
{
    r->headers_done = true;
    if (r->hdr.failed) {
        r->nomem = true;
        return false;
    }
    struct awsc_http_header *hs = NULL;
    if (r->hdr_count) {
        hs = awsc__calloc(r->hdr_count, sizeof *hs);
        if (!hs) {
            r->nomem = true;
            return false;
        }
        const char *p = r->hdr.data;
        for (size_t i = 0; i < r->hdr_count; i++) {
            hs[i].name = p;
            p += strlen(p) + 1;
            hs[i].value = p;
            p += strlen(p) + 1;
        }
    }
    const struct awsc_http_handler *h = &r->op.handler;
    int rc = h->on_headers ? h->on_headers(h->ud, r->http_status, hs, r->hdr_count) : 0;
    awsc__free(hs);
    awsc__buf_clean_up(&r->hdr);
    r->hdr_count = 0;
    if (rc != 0) {
        r->handler_stopped = true;
        return false;
    }
    return !r->op.cancelled;
}

static void trim_span(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t')) {
        (*s)++;
        (*n)--;
    }
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

/* One header line at a time, status lines and the blank line included, for
 * every response (1xx interim ones too) and for trailers. */
static size_t header_cb(char *data, size_t size, size_t nitems, void *ud)
{
    struct curl_req *r = ud;
    size_t len = size * nitems;
    if (r->op.cancelled || r->handler_stopped)
        return 0;
    touch(r);
    if (r->headers_done)
        return len; /* trailers: not part of the contract */
    size_t n = len;
    while (n && (data[n - 1] == '\n' || data[n - 1] == '\r'))
        n--;
    if (n == 0) {
        if (r->http_status == 0)
            return len;
        if (r->http_status < 200) { /* 100 Continue and friends */
            reset_header_block(r);
            return len;
        }
        return deliver_headers(r) ? len : 0;
    }
    if (n >= 5 && memcmp(data, "HTTP/", 5) == 0) {
        reset_header_block(r);
        const char *sp = memchr(data, ' ', n);
        int status = 0;
        for (const char *p = sp ? sp + 1 : data + n; p < data + n && *p >= '0' && *p <= '9'; p++)
            status = status < 1000 ? status * 10 + (*p - '0') : status;
        r->http_status = status;
        return len;
    }
    const char *s = data;
    if ((data[0] == ' ' || data[0] == '\t') && r->hdr_count) {
        /* an obsolete folded line continues the previous value */
        trim_span(&s, &n);
        if (r->hdr.len)
            r->hdr.len--; /* reopen the last value */
        if (n)
            awsc__buf_putc(&r->hdr, ' ');
        awsc__buf_append(&r->hdr, s, n);
        awsc__buf_append(&r->hdr, "", 1);
        return len;
    }
    const char *colon = memchr(data, ':', n);
    if (!colon)
        return len;
    size_t name_len = (size_t)(colon - data);
    const char *value = colon + 1;
    size_t value_len = n - name_len - 1;
    trim_span(&s, &name_len);
    trim_span(&value, &value_len);
    r->last_name_at = r->hdr.len;
    awsc__buf_append(&r->hdr, s, name_len);
    awsc__buf_append(&r->hdr, "", 1);
    awsc__buf_append(&r->hdr, value, value_len);
    awsc__buf_append(&r->hdr, "", 1);
    r->hdr_count++;
    return len;
}

static size_t write_cb(char *data, size_t size, size_t nitems, void *ud)
{
    struct curl_req *r = ud;
    size_t len = size * nitems;
    if (r->op.cancelled || r->handler_stopped)
        return 0;
    if (!r->headers_done) { /* no header block seen (should not happen) */
        long code = 0;
        curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &code);
        r->http_status = (int)code;
        if (!deliver_headers(r))
            return 0;
    }
    touch(r);
    r->received += len;
    const struct awsc_http_handler *h = &r->op.handler;
    if (h->on_body && len && h->on_body(h->ud, (const uint8_t *)data, len) != 0) {
        r->handler_stopped = true;
        return 0;
    }
    return r->op.cancelled ? 0 : len;
}

/* ------------------------------------------- the built-in loop's sockets */

/*
 * The built-in loop waits on the sockets libcurl names (socket_cb) and on
 * the wake-up descriptor that posts from other threads write to, all in one
 * set: an epoll set, or an array for poll().
 *
 * Changing an epoll set is a system call, which a sync call on a kept-alive
 * connection must not pay twice a request. So a socket of our own making
 * (open_socket_cb) that libcurl stops watching stays in the set: the next
 * request on that connection finds it there. It leaves the set when it is
 * closed (close_socket_cb), or when it turns out ready while libcurl waits
 * for nothing on it (the peer closed an idle connection). A descriptor
 * libcurl made itself leaves the set at once: it may be closed without a
 * word to us, and its number reused.
 */

static unsigned watch_bits(int what)
{
    switch (what) {
    case CURL_POLL_IN:
        return WATCH_IN;
    case CURL_POLL_OUT:
        return WATCH_OUT;
    case CURL_POLL_INOUT:
        return WATCH_IN | WATCH_OUT;
    default: /* CURL_POLL_REMOVE, CURL_POLL_NONE */
        return 0;
    }
}

/* The entry of fd, the table grown to hold it; NULL when out of memory. */
static struct watch *watch_of(struct curl_transport *c, int fd)
{
    if (fd < 0)
        return NULL;
    if ((size_t)fd >= c->watch_len) {
        size_t len = c->watch_len ? c->watch_len : 64;
        while (len <= (size_t)fd)
            len *= 2;
        struct watch *w = awsc__realloc(c->watch, len * sizeof *w);
        if (!w)
            return NULL;
        memset(w + c->watch_len, 0, (len - c->watch_len) * sizeof *w);
        c->watch = w;
        c->watch_len = len;
    }
    return &c->watch[fd];
}

#if USE_EPOLL

static uint32_t epoll_bits(unsigned bits)
{
    return (bits & WATCH_IN ? EPOLLIN : 0u) | (bits & WATCH_OUT ? EPOLLOUT : 0u);
}

/* Make the set watch fd for w->want (nothing: leave the set). */
static bool watch_apply(struct curl_transport *c, int fd, struct watch *w)
{
    if (w->want == w->in_set)
        return true;
    struct epoll_event ev = {.events = epoll_bits(w->want), .data.fd = fd};
    if (w->want == 0) {
        epoll_ctl(c->ep, EPOLL_CTL_DEL, fd, &ev); /* fails once it is closed */
        w->in_set = 0;
        return true;
    }
    int rc = epoll_ctl(c->ep, w->in_set ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev);
    if (rc != 0 && errno == ENOENT) /* closed and reused meanwhile */
        rc = epoll_ctl(c->ep, EPOLL_CTL_ADD, fd, &ev);
    else if (rc != 0 && errno == EEXIST)
        rc = epoll_ctl(c->ep, EPOLL_CTL_MOD, fd, &ev);
    w->in_set = rc == 0 ? w->want : 0;
    return rc == 0;
}

static bool watch_open(struct curl_transport *c)
{
    c->ep = epoll_create1(EPOLL_CLOEXEC);
    c->wake_rd = c->wake_wr = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (c->ep < 0 || c->wake_rd < 0)
        return false;
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = c->wake_rd};
    return epoll_ctl(c->ep, EPOLL_CTL_ADD, c->wake_rd, &ev) == 0;
}

static void watch_close(struct curl_transport *c)
{
    if (c->ep >= 0)
        close(c->ep);
    if (c->wake_rd >= 0)
        close(c->wake_rd);
    awsc__free(c->watch);
}

#else /* poll() */

static short poll_bits(unsigned bits)
{
    return (short)((bits & WATCH_IN ? POLLIN : 0) | (bits & WATCH_OUT ? POLLOUT : 0));
}

static bool watch_apply(struct curl_transport *c, int fd, struct watch *w)
{
    if (w->want && !w->slot) {
        if (c->pfd_len == c->pfd_cap) {
            size_t cap = c->pfd_cap * 2;
            struct pollfd *p = awsc__realloc(c->pfd, cap * sizeof *p);
            if (!p)
                return false;
            c->pfd = p;
            struct pollfd *r = awsc__realloc(c->ready, cap * sizeof *r);
            if (!r)
                return false;
            c->ready = r;
            c->pfd_cap = cap;
        }
        c->pfd[c->pfd_len] = (struct pollfd){.fd = fd};
        w->slot = ++c->pfd_len;
    }
    if (w->want) {
        c->pfd[w->slot - 1].events = poll_bits(w->want);
    } else if (w->slot) {
        /* the last one takes its place */
        struct pollfd last = c->pfd[--c->pfd_len];
        if (w->slot - 1 < c->pfd_len) {
            c->pfd[w->slot - 1] = last;
            c->watch[last.fd].slot = w->slot;
        }
        w->slot = 0;
    }
    w->in_set = w->want;
    return true;
}

static bool watch_open(struct curl_transport *c)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
    }
    c->wake_rd = fds[0];
    c->wake_wr = fds[1];
    c->pfd_cap = 16;
    c->pfd = awsc__malloc(c->pfd_cap * sizeof *c->pfd);
    c->ready = awsc__malloc(c->pfd_cap * sizeof *c->ready);
    if (!c->pfd || !c->ready)
        return false;
    c->pfd[0] = (struct pollfd){.fd = c->wake_rd, .events = POLLIN};
    c->pfd_len = 1;
    return true;
}

static void watch_close(struct curl_transport *c)
{
    if (c->wake_rd >= 0)
        close(c->wake_rd);
    if (c->wake_wr >= 0)
        close(c->wake_wr);
    awsc__free(c->pfd);
    awsc__free(c->ready);
    awsc__free(c->watch);
}

#endif

/* libcurl waits for what (CURL_POLL_*) on fd. */
static void watch_set(struct curl_transport *c, int fd, int what)
{
    struct watch *w = watch_of(c, fd);
    if (!w) {
        c->watch_nomem = true;
        return;
    }
    w->want = watch_bits(what);
    if (USE_EPOLL && w->want == 0 && w->ours)
        return; /* stays in the epoll set for the connection's next request */
    if (!watch_apply(c, fd, w))
        c->watch_failed = true;
}

/* fd is about to be closed: out of the set (for epoll also where a copy
 * of it inherited by a child process would keep it there). */
static void watch_forget(struct curl_transport *c, int fd)
{
    if (fd < 0 || (size_t)fd >= c->watch_len)
        return;
    struct watch *w = &c->watch[fd];
    w->want = 0;
    watch_apply(c, fd, w);
    w->ours = false;
}

/* Retry what could not be watched (out of memory, say). false: still not. */
static bool watch_retry(struct curl_transport *c)
{
    c->watch_failed = false;
    for (size_t fd = 0; fd < c->watch_len; fd++) {
        struct watch *w = &c->watch[fd];
        if (w->want != w->in_set && (w->want || !w->ours) && !watch_apply(c, (int)fd, w))
            c->watch_failed = true;
    }
    return !c->watch_failed;
}

/* Empty the wake-up descriptor. */
static void wake_drain(struct curl_transport *c)
{
    char buf[64]; /* an eventfd reads as 8 bytes */
    while (read(c->wake_rd, buf, sizeof buf) > 0 && !USE_EPOLL)
        ;
}

/* Every connection's socket: made here so that its closing is known
 * (close_socket_cb), and not inherited by programs this one starts. */
static curl_socket_t open_socket_cb(void *ud, curlsocktype purpose, struct curl_sockaddr *a)
{
    (void)purpose;
    struct curl_transport *c = ud;
    int type = a->socktype;
#ifdef SOCK_CLOEXEC
    type |= SOCK_CLOEXEC;
#endif
    int fd = socket(a->family, type, a->protocol);
    if (fd < 0)
        return CURL_SOCKET_BAD;
#ifndef SOCK_CLOEXEC
    fcntl(fd, F_SETFD, FD_CLOEXEC);
#endif
    struct watch *w = watch_of(c, fd);
    if (w) {
        w->ours = true;
#if USE_EPOLL
        /* a number reused: the set holds nothing of the closed one */
        w->in_set = 0;
        if (w->want)
            c->watch_failed = true;
#endif
    }
    return fd;
}

static int close_socket_cb(void *ud, curl_socket_t fd)
{
    watch_forget(ud, fd);
    return close(fd);
}

/* ------------------------------------------------------------ requests */

static bool method_is(const struct curl_req *r, const char *m)
{
    return strcmp(r->req.method, m) == 0;
}

static bool has_header(const struct awsc_http_request *req, const char *name)
{
    for (size_t i = 0; i < req->header_count; i++)
        if (awsc__strcasecmp(req->headers[i].name, name) == 0)
            return true;
    return false;
}

/* The header list, exactly as given, plus blanks that stop libcurl adding
 * its own Expect, Accept and Content-Type: the list and its lines in one
 * allocation (libcurl only reads a CURLOPT_HTTPHEADER list). */
static int build_headers(struct curl_req *r)
{
    const struct awsc_http_request *req = &r->req;
    static const char *const SUPPRESS[] = {"Expect:", "Accept:", "Content-Type:"};
    bool suppress[AWSC_ARRAY_LEN(SUPPRESS)];
    size_t count = req->header_count, text = 0;
    for (size_t i = 0; i < req->header_count; i++)
        text += strlen(req->headers[i].name) + strlen(req->headers[i].value) + 3;
    for (size_t k = 0; k < AWSC_ARRAY_LEN(SUPPRESS); k++) {
        char name[16];
        size_t n = strlen(SUPPRESS[k]) - 1;
        memcpy(name, SUPPRESS[k], n);
        name[n] = '\0';
        suppress[k] = !has_header(req, name);
        if (suppress[k]) {
            count++;
            text += n + 2;
        }
    }
    if (count == 0)
        return AWSC_OK;
    struct curl_slist *list = awsc__malloc(count * sizeof *list + text);
    if (!list)
        return AWSC_E_NOMEM;
    char *p = (char *)(list + count);
    size_t at = 0;
    for (size_t i = 0; i < req->header_count; i++) {
        /* "Name;" is libcurl's way to send a header with an empty value */
        const char *name = req->headers[i].name, *value = req->headers[i].value;
        size_t nn = strlen(name), vn = strlen(value);
        list[at].data = p;
        memcpy(p, name, nn);
        p += nn;
        if (vn) {
            memcpy(p, ": ", 2);
            memcpy(p + 2, value, vn);
            p += vn + 2;
        } else {
            *p++ = ';';
        }
        *p++ = '\0';
        list[at].next = &list[at + 1];
        at++;
    }
    for (size_t k = 0; k < AWSC_ARRAY_LEN(SUPPRESS); k++) {
        if (!suppress[k])
            continue;
        size_t n = strlen(SUPPRESS[k]) + 1;
        list[at].data = memcpy(p, SUPPRESS[k], n);
        p += n;
        list[at].next = &list[at + 1];
        at++;
    }
    list[count - 1].next = NULL;
    r->slist = list;
    return AWSC_OK;
}

static int configure(struct curl_transport *c, struct curl_req *r)
{
    CURL *e = r->easy;
    const struct awsc_http_request *req = &r->req;
    int status = build_headers(r);
    if (status != AWSC_OK)
        return status;
    bool ok = true;
#define SET(opt, val) (ok = ok && curl_easy_setopt(e, opt, val) == CURLE_OK)
    SET(CURLOPT_URL, req->url);
    SET(CURLOPT_PRIVATE, (void *)r);
    SET(CURLOPT_NOSIGNAL, 1L);
    SET(CURLOPT_PROTOCOLS_STR, "http,https");
    SET(CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
    SET(CURLOPT_PATH_AS_IS, 1L); /* the signature covers the path as sent */
    SET(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    long connect_ms = req->connect_timeout_ms ? req->connect_timeout_ms : c->connect_timeout_ms;
    SET(CURLOPT_CONNECTTIMEOUT_MS, connect_ms < 0 ? NO_CONNECT_TIMEOUT_MS : connect_ms);
    if (req->ca_bundle) {
        /* that file alone, as botocore loads it: not the system's folder too */
        SET(CURLOPT_CAINFO, req->ca_bundle);
        SET(CURLOPT_CAPATH, (const char *)NULL);
    }
    if (req->no_verify_ssl) {
        SET(CURLOPT_SSL_VERIFYPEER, 0L);
        SET(CURLOPT_SSL_VERIFYHOST, 0L);
    }
    SET(CURLOPT_HTTPHEADER, r->slist);
    SET(CURLOPT_HEADERFUNCTION, header_cb);
    SET(CURLOPT_HEADERDATA, (void *)r);
    SET(CURLOPT_WRITEFUNCTION, write_cb);
    SET(CURLOPT_WRITEDATA, (void *)r);
    SET(CURLOPT_NOPROGRESS, 0L);
    SET(CURLOPT_XFERINFOFUNCTION, xferinfo_cb);
    SET(CURLOPT_XFERINFODATA, (void *)r);
    SET(CURLOPT_PREREQFUNCTION, prereq_cb);
    SET(CURLOPT_PREREQDATA, (void *)r);
    SET(CURLOPT_OPENSOCKETFUNCTION, open_socket_cb);
    SET(CURLOPT_OPENSOCKETDATA, (void *)c);
    SET(CURLOPT_CLOSESOCKETFUNCTION, close_socket_cb);
    SET(CURLOPT_CLOSESOCKETDATA, (void *)c);
    SET(CURLOPT_ERRORBUFFER, r->errbuf);
    SET(CURLOPT_SHARE, c->share);
    SET(CURLOPT_VERBOSE, c->verbose ? 1L : 0L);
    if (r->large)
        SET(CURLOPT_BUFFERSIZE, LARGE_RECEIVE_BUFFER);
    if (c->ca_bundle)
        SET(CURLOPT_CAINFO, c->ca_bundle);

    bool has_body = req->read_body || req->body_len > 0;
    if (method_is(r, "HEAD")) {
        SET(CURLOPT_NOBODY, 1L);
    } else if (has_body || method_is(r, "POST") || method_is(r, "PUT") || method_is(r, "PATCH")) {
        /* Every body goes as a POST with a known size (Content-Length, no
         * chunking), under the real method name. POST, PUT and PATCH send
         * Content-Length: 0 when empty, as Python's http.client does. */
        SET(CURLOPT_POST, 1L);
        if (req->read_body) {
            SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->content_length);
            SET(CURLOPT_READFUNCTION, read_cb);
            SET(CURLOPT_READDATA, (void *)r);
        } else {
            SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->body_len);
            SET(CURLOPT_POSTFIELDS, req->body_len ? (const char *)req->body : "");
        }
        if (!method_is(r, "POST"))
            SET(CURLOPT_CUSTOMREQUEST, req->method);
    } else if (method_is(r, "GET")) {
        SET(CURLOPT_HTTPGET, 1L);
    } else {
        SET(CURLOPT_CUSTOMREQUEST, req->method);
    }
#undef SET
    return ok ? AWSC_OK : AWSC_E_UNSUPPORTED;
}

static void pool_put(struct curl_transport *c, CURL *e, bool large)
{
    if (!e)
        return;
    if (!large && c->pool_len < POOL_MAX) {
        curl_easy_reset(e); /* drop every pointer into the finished request */
        c->pool[c->pool_len++] = e;
    } else {
        curl_easy_cleanup(e);
    }
}

static void req_free(struct curl_transport *c, struct curl_req *r)
{
    pool_put(c, r->easy, r->large);
    awsc__free(r->slist);
    awsc__buf_clean_up(&r->hdr);
    awsc__free(r->body_message);
    awsc__free(r);
}

/* ---------------------------------------------------------- completion */

static bool ssl_error(CURLcode rc)
{
    switch (rc) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
        return true;
    default:
        return false;
    }
}

/* libcurl refuses a response header line longer than CURL_MAX_HTTP_HEADER
 * (100 KiB): as out of memory, without a message, before 8.6; as too large
 * since. Either way, before the header block ended. */
static bool header_too_large(const struct curl_req *r, CURLcode rc)
{
    if (r->headers_done)
        return false;
#if LIBCURL_VERSION_NUM >= 0x080600
    if (rc == CURLE_TOO_LARGE)
        return true;
#endif
    return rc == CURLE_OUT_OF_MEMORY;
}

/* A header line too long to read: which one, as far as it can be told
 * (libcurl gives no part of it). */
static void complete_header_too_large(struct curl_transport *c, struct curl_req *r)
{
    struct awsc_transport *t = &c->base;
#define TOO_LARGE                                                                   \
    "The response from endpoint URL: \"%s\" has a header line longer than libcurl " \
    "reads (%d bytes): "
    if (r->http_status == 0)
        awsc__transport_complete(t, &r->op, AWSC_E_TRANSPORT, TOO_LARGE "its status line",
                                 r->req.url, CURL_MAX_HTTP_HEADER);
    else if (!r->hdr_count || r->hdr.failed)
        awsc__transport_complete(t, &r->op, AWSC_E_TRANSPORT,
                                 TOO_LARGE "the first header after the status line (HTTP %d)",
                                 r->req.url, CURL_MAX_HTTP_HEADER, r->http_status);
    else
        awsc__transport_complete(
            t, &r->op, AWSC_E_TRANSPORT, TOO_LARGE "the header after %s (HTTP %d)", r->req.url,
            CURL_MAX_HTTP_HEADER, r->hdr.data + r->last_name_at, r->http_status);
#undef TOO_LARGE
}

/* Queue the completion of a request libcurl has finished with rc. r is out
 * of the multi already. */
static void finish(struct curl_transport *c, struct curl_req *r, CURLcode rc)
{
    struct awsc_transport *t = &c->base;
    struct awsc__http_op *op = &r->op;
    const char *url = r->req.url;
    r->state = REQ_DONE;
    if (rc == CURLE_OK && !r->headers_done && !op->cancelled && !r->handler_stopped) {
        /* a response without a header block we saw end: deliver it now */
        long code = 0;
        curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &code);
        r->http_status = (int)code;
        t->io_depth++;
        deliver_headers(r);
        t->io_depth--;
    }
    const char *detail = r->errbuf[0] ? r->errbuf : curl_easy_strerror(rc);
    if (op->cancelled) {
        awsc__transport_complete(t, op, AWSC_E_CANCELLED, AWSC__MSG_CANCELLED);
    } else if (r->handler_stopped) {
        awsc__transport_complete(t, op, AWSC_E_CANCELLED, AWSC__MSG_HANDLER_STOPPED);
    } else if (r->body_status) {
        awsc__transport_complete(t, op, r->body_status, "%s",
                                 r->body_message ? r->body_message : "Reading the body failed");
    } else if (r->nomem) {
        awsc__transport_complete(t, op, AWSC_E_NOMEM, "Out of memory receiving the response");
    } else if ((r->resend_refused || rc == CURLE_SEND_FAIL_REWIND) && r->headers_done) {
        /* a response came first (a 417 to Expect: 100-continue, which
         * libcurl answers by sending again without it): that response is
         * the answer, as botocore takes it, but for its body, which
         * libcurl skips */
        awsc__transport_complete(t, op, AWSC_OK, NULL);
    } else if (r->resend_refused || rc == CURLE_SEND_FAIL_REWIND) {
        /* the reused connection died before the response began, and
         * libcurl wanted to send the request again (a streamed body, which
         * it cannot rewind, fails so before the pre-request callback) */
        awsc__transport_complete(t, op, AWSC_E_TRANSPORT, AWSC__MSG_CLOSED, url);
    } else if (rc == CURLE_OK) {
        awsc__transport_complete(t, op, AWSC_OK, NULL);
    } else if (header_too_large(r, rc)) {
        complete_header_too_large(c, r);
    } else if (rc == CURLE_OPERATION_TIMEDOUT) {
        /* only the connect timeout is libcurl's */
        awsc__transport_complete(t, op, AWSC_E_TIMEOUT,
                                 r->connected ? AWSC__MSG_READ_TIMEOUT : AWSC__MSG_CONNECT_TIMEOUT,
                                 url);
    } else if (r->headers_done) {
        curl_off_t total = -1;
        curl_easy_getinfo(r->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &total);
        awsc__transport_complete_cut_off(t, op, url, r->received, (int64_t)total);
    } else if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST) {
        awsc__transport_complete(t, op, AWSC_E_TRANSPORT, AWSC__MSG_CONNECT, url);
    } else if (rc == CURLE_GOT_NOTHING || rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR) {
        awsc__transport_complete(t, op, AWSC_E_TRANSPORT, AWSC__MSG_CLOSED, url);
    } else if (rc == CURLE_SSL_CACERT_BADFILE && r->req.ca_bundle &&
               access(r->req.ca_bundle, R_OK) != 0) {
        awsc__transport_complete(
            t, op, AWSC_E_TRANSPORT,
            "SSL validation failed for %s: the CA bundle %s cannot be read: %s", url,
            r->req.ca_bundle, strerror(errno));
    } else if (ssl_error(rc)) {
        awsc__transport_complete(t, op, AWSC_E_TRANSPORT, "SSL validation failed for %s %s", url,
                                 detail);
    } else {
        awsc__transport_complete(t, op, AWSC_E_TRANSPORT,
                                 "HTTP request to endpoint URL: \"%s\" failed: %s", url, detail);
    }
}

/* Take r out of the multi and complete it with status/message (outside any
 * curl callback only). */
static void stop(struct curl_transport *c, struct curl_req *r, int status, const char *msg)
{
    curl_multi_remove_handle(c->multi, r->easy);
    r->state = REQ_DONE;
    awsc__transport_complete(&c->base, &r->op, status, msg, r->req.url);
}

static void add_now(struct curl_transport *c, struct curl_req *r)
{
    if (curl_multi_add_handle(c->multi, r->easy) == CURLM_OK) {
        r->state = REQ_IN_MULTI;
    } else {
        r->state = REQ_DONE;
        awsc__transport_complete(&c->base, &r->op, AWSC_E_TRANSPORT,
                                 "HTTP request to endpoint URL: \"%s\" could not be started",
                                 r->req.url);
    }
}

/* What must happen once libcurl has returned: collect finished transfers,
 * remove the ones cancelled or timed out meanwhile, start the deferred. */
static void after_curl(struct curl_transport *c)
{
    struct awsc_transport *t = &c->base;
    CURLMsg *m;
    int left;
    while ((m = curl_multi_info_read(c->multi, &left)) != NULL) {
        if (m->msg != CURLMSG_DONE)
            continue;
        CURL *e = m->easy_handle;
        CURLcode rc = m->data.result;
        char *priv = NULL;
        curl_easy_getinfo(e, CURLINFO_PRIVATE, &priv);
        curl_multi_remove_handle(c->multi, e); /* m is gone from here */
        finish(c, (struct curl_req *)(void *)priv, rc);
    }
    /* the requests, when one was cancelled or a read timeout may have
     * expired: not at every turn */
    int64_t now = awsc__monotonic_ms();
    bool cancels = c->cancels_pending;
    c->cancels_pending = false;
    if (cancels || (c->read_check_at >= 0 && now >= c->read_check_at)) {
        int64_t next = -1;
        for (struct awsc__http_op *op = t->ops; op; op = op->next) {
            struct curl_req *r = req_of(op);
            if (r->state != REQ_IN_MULTI)
                continue;
            int64_t due = r->last_activity + r->read_timeout_ms;
            if (cancels && op->cancelled)
                stop(c, r, AWSC_E_CANCELLED, AWSC__MSG_CANCELLED);
            else if (!r->connected || r->read_timeout_ms <= 0)
                continue;
            else if (now >= due)
                stop(c, r, AWSC_E_TIMEOUT, AWSC__MSG_READ_TIMEOUT);
            else if (next < 0 || due < next)
                next = due;
        }
        c->read_check_at = next;
    }
    struct curl_req *r;
    while ((r = c->add_head) != NULL) {
        c->add_head = r->next_add;
        if (!c->add_head)
            c->add_tail = NULL;
        r->next_add = NULL;
        add_now(c, r);
    }
}

/* ---------------------------------------------------------- the vtable */

static int curl_submit(struct awsc_transport *t, const struct awsc_http_request *req,
                       struct awsc__http_op **op_out)
{
    struct curl_transport *c = curl_of(t);
    struct curl_req *r = awsc__calloc(1, sizeof *r);
    if (!r)
        return AWSC_E_NOMEM;
    r->c = c;
    r->req = *req;
    r->read_timeout_ms = req->read_timeout_ms ? req->read_timeout_ms : c->read_timeout_ms;
    r->last_activity = awsc__monotonic_ms();
    r->large = req->large_response;
    r->easy = c->pool_len && !r->large ? c->pool[--c->pool_len] : curl_easy_init();
    if (!r->easy) {
        awsc__free(r);
        return AWSC_E_NOMEM;
    }
    int status = configure(c, r);
    if (status == AWSC_OK && t->io_depth == 0 &&
        curl_multi_add_handle(c->multi, r->easy) != CURLM_OK)
        status = AWSC_E_TRANSPORT;
    if (status != AWSC_OK) {
        req_free(c, r);
        return status;
    }
    if (t->io_depth == 0) {
        r->state = REQ_IN_MULTI;
    } else {
        /* inside a curl callback: libcurl must not be re-entered */
        r->state = REQ_TO_ADD;
        if (c->add_tail)
            c->add_tail->next_add = r;
        else
            c->add_head = r;
        c->add_tail = r;
    }
    *op_out = &r->op;
    return AWSC_OK;
}

static void curl_cancel(struct awsc_transport *t, struct awsc__http_op *op)
{
    struct curl_transport *c = curl_of(t);
    struct curl_req *r = req_of(op);
    if (r->state == REQ_TO_ADD) {
        struct curl_req **pp = &c->add_head, *prev = NULL;
        while (*pp && *pp != r) {
            prev = *pp;
            pp = &(*pp)->next_add;
        }
        if (*pp) {
            *pp = r->next_add;
            if (c->add_tail == r)
                c->add_tail = prev;
        }
        r->state = REQ_DONE;
        awsc__transport_complete(t, op, AWSC_E_CANCELLED, AWSC__MSG_CANCELLED);
    } else if (r->state == REQ_IN_MULTI) {
        if (t->io_depth == 0)
            stop(c, r, AWSC_E_CANCELLED, AWSC__MSG_CANCELLED);
        else
            c->cancels_pending = true; /* the callbacks refuse to go on */
    }
}

/* One call into libcurl: a socket is ready, or (CURL_SOCKET_TIMEOUT) its
 * timer is due. */
static bool act(struct curl_transport *c, curl_socket_t fd, int events)
{
    int running = 0;
    c->base.io_depth++;
    CURLMcode mc = curl_multi_socket_action(c->multi, fd, events, &running);
    c->base.io_depth--;
    return mc == CURLM_OK;
}

/* After calls into libcurl: what after_curl does, and libcurl's timer as
 * it is now (it is reported only when it changes, and one used up is not
 * reported again). */
static int acted(struct curl_transport *c, bool ok)
{
    after_curl(c);
    long ms = -1;
    if (curl_multi_timeout(c->multi, &ms) == CURLM_OK)
        c->curl_deadline = ms < 0 ? -1 : awsc__monotonic_ms() + ms;
    return ok ? AWSC_OK : AWSC_E_TRANSPORT;
}

static bool curl_timer_due(const struct curl_transport *c)
{
    return c->curl_deadline >= 0 && c->curl_deadline <= awsc__monotonic_ms();
}

#if USE_EPOLL
#define MAX_EVENTS 64

/* Wait for the set, and hand what is ready to libcurl. */
static bool wait_and_act(struct curl_transport *c, int timeout_ms)
{
    struct epoll_event evs[MAX_EVENTS];
    int n = epoll_wait(c->ep, evs, MAX_EVENTS, timeout_ms);
    if (n < 0)
        return errno == EINTR;
    bool ok = true;
    for (int i = 0; i < n; i++) {
        int fd = evs[i].data.fd;
        uint32_t e = evs[i].events;
        if (fd == c->wake_rd) {
            wake_drain(c);
            continue;
        }
        struct watch *w = (size_t)fd < c->watch_len ? &c->watch[fd] : NULL;
        if (!w || !w->want) {
            /* an idle connection kept in the set, now ready: closed by
             * the peer, most likely; libcurl will find out when it
             * takes it again */
            if (w)
                watch_apply(c, fd, w); /* out of the set */
            continue;
        }
        int events = 0;
        if (e & (EPOLLIN | EPOLLHUP | EPOLLRDHUP))
            events |= CURL_CSELECT_IN;
        if (e & EPOLLOUT)
            events |= CURL_CSELECT_OUT;
        if (e & EPOLLERR)
            events |= CURL_CSELECT_ERR;
        ok = act(c, fd, events) && ok;
    }
    return ok;
}

#else

static bool wait_and_act(struct curl_transport *c, int timeout_ms)
{
    int n = poll(c->pfd, (nfds_t)c->pfd_len, timeout_ms);
    if (n < 0)
        return errno == EINTR;
    /* the ready ones first: libcurl changes the array as it goes */
    size_t k = 0;
    for (size_t i = 0; i < c->pfd_len && n > 0; i++) {
        if (c->pfd[i].revents) {
            c->ready[k++] = c->pfd[i];
            n--;
        }
    }
    bool ok = true;
    for (size_t i = 0; i < k; i++) {
        int fd = c->ready[i].fd;
        short e = c->ready[i].revents;
        if (fd == c->wake_rd) {
            wake_drain(c);
            continue;
        }
        if ((size_t)fd >= c->watch_len || !c->watch[fd].want)
            continue; /* no longer watched */
        int events = 0;
        if (e & (POLLIN | POLLHUP))
            events |= CURL_CSELECT_IN;
        if (e & POLLOUT)
            events |= CURL_CSELECT_OUT;
        if (e & (POLLERR | POLLNVAL))
            events |= CURL_CSELECT_ERR;
        ok = act(c, fd, events) && ok;
    }
    return ok;
}

#endif

static int curl_wait(struct awsc_transport *t, int timeout_ms)
{
    struct curl_transport *c = curl_of(t);
    /* libcurl's timer due (a transfer just added, say): it has work now,
     * straight to it, without waiting first. A wake-up meanwhile stays
     * pending for the next wait. */
    if (curl_timer_due(c))
        return acted(c, act(c, CURL_SOCKET_TIMEOUT, 0));
    if (c->watch_nomem) {
        c->watch_nomem = false;
        return AWSC_E_NOMEM;
    }
    if (c->watch_failed && !watch_retry(c))
        return AWSC_E_TRANSPORT;
    if (c->curl_deadline >= 0) {
        int64_t until = c->curl_deadline - awsc__monotonic_ms();
        if (until < timeout_ms)
            timeout_ms = until < 0 ? 0 : (int)until;
    }
    bool ok = wait_and_act(c, timeout_ms);
    if (curl_timer_due(c))
        ok = act(c, CURL_SOCKET_TIMEOUT, 0) && ok;
    return acted(c, ok);
}

/* Any thread: a task was posted; the wait returns. */
static void curl_wake(struct awsc_transport *t)
{
    struct curl_transport *c = curl_of(t);
    ssize_t w;
#if USE_EPOLL
    uint64_t one = 1;
    do
        w = write(c->wake_wr, &one, sizeof one);
    while (w < 0 && errno == EINTR);
#else
    do
        w = write(c->wake_wr, "", 1);
    while (w < 0 && errno == EINTR); /* a full pipe has a wake-up pending */
#endif
}

static int64_t curl_deadline(struct awsc_transport *t)
{
    struct curl_transport *c = curl_of(t);
    if (c->add_head || c->cancels_pending)
        return awsc__monotonic_ms();
    int64_t d = c->curl_deadline;
    if (c->read_check_at >= 0 && (d < 0 || c->read_check_at < d))
        d = c->read_check_at;
    return d;
}

/* libcurl says which socket to watch for what: the built-in loop's set,
 * or the application's loop. */
static int socket_cb(CURL *e, curl_socket_t s, int what, void *userp, void *socketp)
{
    (void)e;
    (void)socketp;
    struct curl_transport *c = userp;
    if (!c->external) {
        watch_set(c, (int)s, what);
        return 0;
    }
    unsigned bits = watch_bits(what);
    int mask = (bits & WATCH_IN ? AWSC_POLL_IN : 0) | (bits & WATCH_OUT ? AWSC_POLL_OUT : 0);
    if (c->base.socket_fn)
        c->base.socket_fn(c->base.loop_ud, (int)s, mask ? mask : AWSC_POLL_REMOVE);
    return 0;
}

/* libcurl's timer changed: the application's timer is the earlier of it
 * and ours. */
static int timer_cb(CURLM *multi, long timeout_ms, void *userp)
{
    (void)multi;
    struct curl_transport *c = userp;
    c->curl_deadline = timeout_ms < 0 ? -1 : awsc__monotonic_ms() + timeout_ms;
    awsc__transport_loop_update(&c->base);
    return 0;
}

/* Only while idle (the base sees to it): no socket is watched then. */
static int curl_set_loop(struct awsc_transport *t, bool on)
{
    curl_of(t)->external = on;
    return AWSC_OK;
}

static int curl_socket_action(struct awsc_transport *t, int fd, int events)
{
    int ev = 0;
    if (events & AWSC_POLL_IN)
        ev |= CURL_CSELECT_IN;
    if (events & AWSC_POLL_OUT)
        ev |= CURL_CSELECT_OUT;
    struct curl_transport *c = curl_of(t);
    return acted(c, act(c, (curl_socket_t)fd, ev));
}

static int curl_timeout_action(struct awsc_transport *t)
{
    struct curl_transport *c = curl_of(t);
    return acted(c, act(c, CURL_SOCKET_TIMEOUT, 0));
}

static void curl_free_op(struct awsc_transport *t, struct awsc__http_op *op)
{
    struct curl_transport *c = curl_of(t);
    struct curl_req *r = req_of(op);
    if (r->state == REQ_IN_MULTI)
        curl_multi_remove_handle(c->multi, r->easy);
    req_free(c, r);
}

static void curl_destroy(struct awsc_transport *t)
{
    struct curl_transport *c = curl_of(t);
    while (c->pool_len)
        curl_easy_cleanup(c->pool[--c->pool_len]);
    if (c->multi)
        curl_multi_cleanup(c->multi); /* closes the connections: before watch_close */
    watch_close(c);
    if (c->group)
        awsc__share_release(c->group);
    else if (c->share)
        curl_share_cleanup(c->share);
    awsc__free(c->ca_bundle);
    awsc__free(c);
}

static const struct awsc__transport_vtable CURL_VTABLE = {
    .name = "curl",
    .submit = curl_submit,
    .cancel = curl_cancel,
    .wait = curl_wait,
    .deadline = curl_deadline,
    .set_loop = curl_set_loop,
    .socket_action = curl_socket_action,
    .timeout_action = curl_timeout_action,
    .wake = curl_wake,
    .free_op = curl_free_op,
    .destroy = curl_destroy,
};

/* ------------------------------------------------------------ creation */

static pthread_once_t g_curl_once = PTHREAD_ONCE_INIT;
static CURLcode g_curl_init;

static void curl_init_once(void)
{
    g_curl_init = curl_global_init(CURL_GLOBAL_DEFAULT);
}

/* libcurl's global initialization, once, whichever thread comes first. */
static bool curl_ready(void)
{
    pthread_once(&g_curl_once, curl_init_once);
    return g_curl_init == CURLE_OK;
}

static void share_lock(CURL *e, curl_lock_data data, curl_lock_access access, void *ud)
{
    (void)e;
    (void)access;
    pthread_mutex_lock(&((struct awsc__share *)ud)->mu[data]);
}

static void share_unlock(CURL *e, curl_lock_data data, void *ud)
{
    (void)e;
    pthread_mutex_unlock(&((struct awsc__share *)ud)->mu[data]);
}

/* Connections stay each transport's own: libcurl does not share a
 * connection cache between threads. The DNS cache and TLS sessions are
 * shared, so that a transport made for one more thread neither resolves
 * nor negotiates a full TLS handshake again. */
struct awsc__share *awsc__share_new(void)
{
    if (!curl_ready())
        return NULL;
    struct awsc__share *s = awsc__calloc(1, sizeof *s);
    if (!s)
        return NULL;
    atomic_init(&s->refs, 1);
    for (int i = 0; i < CURL_LOCK_DATA_LAST; i++)
        pthread_mutex_init(&s->mu[i], NULL);
    s->sh = curl_share_init();
    bool ok = s->sh && curl_share_setopt(s->sh, CURLSHOPT_LOCKFUNC, share_lock) == CURLSHE_OK &&
              curl_share_setopt(s->sh, CURLSHOPT_UNLOCKFUNC, share_unlock) == CURLSHE_OK &&
              curl_share_setopt(s->sh, CURLSHOPT_USERDATA, (void *)s) == CURLSHE_OK &&
              curl_share_setopt(s->sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS) == CURLSHE_OK &&
              curl_share_setopt(s->sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION) == CURLSHE_OK;
    if (!ok) {
        atomic_store(&s->refs, 1);
        awsc__share_release(s);
        return NULL;
    }
    return s;
}

void awsc__share_release(struct awsc__share *s)
{
    if (!s || atomic_fetch_sub(&s->refs, 1) != 1)
        return;
    if (s->sh)
        curl_share_cleanup(s->sh);
    for (int i = 0; i < CURL_LOCK_DATA_LAST; i++)
        pthread_mutex_destroy(&s->mu[i]);
    awsc__free(s);
}

int awsc_transport_new_curl(const struct awsc_transport_options *options,
                            struct awsc_transport **out)
{
    return awsc__transport_new_curl_shared(options, NULL, out);
}

int awsc__transport_new_curl_shared(const struct awsc_transport_options *options,
                                    struct awsc__share *group, struct awsc_transport **out)
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
    if (!curl_ready())
        return AWSC_E_TRANSPORT;
    struct curl_transport *c = awsc__calloc(1, sizeof *c);
    if (!c)
        return AWSC_E_NOMEM;
    awsc__transport_init(&c->base, &CURL_VTABLE);
    c->connect_timeout_ms = o.connect_timeout_ms ? o.connect_timeout_ms : DEFAULT_TIMEOUT_MS;
    c->read_timeout_ms = o.read_timeout_ms ? o.read_timeout_ms : DEFAULT_TIMEOUT_MS;
    c->verbose = o.verbose;
    c->curl_deadline = -1;
    c->read_check_at = -1;
    c->wake_rd = c->wake_wr = -1;
#if USE_EPOLL
    c->ep = -1;
#endif
    c->ca_bundle = o.ca_bundle ? awsc__strdup(o.ca_bundle) : NULL;
    c->multi = curl_multi_init();
    bool ok;
    if (group) {
        atomic_fetch_add(&group->refs, 1);
        c->group = group;
        c->share = group->sh;
        ok = (c->ca_bundle || !o.ca_bundle) && c->multi;
    } else {
        c->share = curl_share_init();
        ok = (c->ca_bundle || !o.ca_bundle) && c->multi && c->share &&
             curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION) ==
                 CURLSHE_OK;
    }
    if (ok)
        ok = watch_open(c) &&
             curl_multi_setopt(c->multi, CURLMOPT_SOCKETFUNCTION, socket_cb) == CURLM_OK &&
             curl_multi_setopt(c->multi, CURLMOPT_SOCKETDATA, (void *)c) == CURLM_OK &&
             curl_multi_setopt(c->multi, CURLMOPT_TIMERFUNCTION, timer_cb) == CURLM_OK &&
             curl_multi_setopt(c->multi, CURLMOPT_TIMERDATA, (void *)c) == CURLM_OK;
    if (ok && o.max_connections > 0)
        ok = curl_multi_setopt(c->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)o.max_connections) ==
             CURLM_OK;
    if (ok)
        ok = curl_multi_setopt(c->multi, CURLMOPT_MAXCONNECTS,
                               o.max_connections > 0 ? (long)o.max_connections
                                                     : DEFAULT_CACHED_CONNECTIONS) == CURLM_OK;
    if (!ok) {
        curl_destroy(&c->base);
        return AWSC_E_NOMEM;
    }
    *out = &c->base;
    return AWSC_OK;
}
