/* The shared test helpers: the response collector and the server process. */
#include "testutil.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

int test_failures;
bool in_submit;

/* ------------------------------------------------------------ collector */

void resp_init(struct resp *r)
{
    memset(r, 0, sizeof *r);
    r->headers = (struct awsc_buf)AWSC_BUF_INIT;
    r->body = (struct awsc_buf)AWSC_BUF_INIT;
}

void resp_clean_up(struct resp *r)
{
    awsc__buf_clean_up(&r->headers);
    awsc__buf_clean_up(&r->body);
    free(r->message);
    r->message = NULL;
}

static int on_headers(void *ud, int status, const struct awsc_http_header *h, size_t n)
{
    struct resp *r = ud;
    r->header_calls++;
    r->http_status = status;
    for (size_t i = 0; i < n; i++)
        awsc__buf_printf(&r->headers, "%s: %s\n", h[i].name, h[i].value);
    if (r->cancel_in_headers)
        awsc_transport_cancel(r->t, r->cancel_in_headers);
    return r->stop_in_headers;
}

static int on_body(void *ud, const uint8_t *data, size_t len)
{
    struct resp *r = ud;
    if (r->header_calls == 0)
        r->body_before_headers = true;
    r->body_calls++;
    awsc__buf_append(&r->body, data, len);
    if (r->cancel_in_body)
        awsc_transport_cancel(r->t, r->cancel_in_body);
    return r->stop_in_body;
}

static void on_done(void *ud, int status, const char *message)
{
    struct resp *r = ud;
    if (in_submit) {
        fprintf(stderr, "on_done called from inside submit\n");
        test_failures++;
    }
    r->done_calls++;
    r->done_status = status;
    r->done = true;
    r->done_ms = awsc__monotonic_ms();
    free(r->message);
    r->message = message ? strdup(message) : NULL;
    if (r->after_done)
        r->after_done(r);
}

struct awsc_http_handler resp_handler(struct resp *r)
{
    struct awsc_http_handler h = {on_headers, on_body, on_done, r};
    return h;
}

const char *resp_header(const struct resp *r, const char *name)
{
    static char value[1024];
    const char *p = r->headers.data;
    size_t n = strlen(name);
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        if (awsc__strncasecmp(p, name, n) == 0 && p[n] == ':') {
            const char *v = p + n + 2;
            size_t len = (size_t)(nl - v);
            if (len >= sizeof value)
                len = sizeof value - 1;
            memcpy(value, v, len);
            value[len] = '\0';
            return value;
        }
        p = nl ? nl + 1 : NULL;
    }
    return NULL;
}

void *submit_simple(struct awsc_transport *t, const char *method, const char *url,
                    const struct awsc_http_header *headers, size_t header_count, const char *body,
                    struct resp *r)
{
    struct awsc_http_request req = {0};
    req.method = method;
    req.url = url;
    req.headers = headers;
    req.header_count = header_count;
    req.body = (const uint8_t *)body;
    req.body_len = body ? strlen(body) : 0;
    struct awsc_http_handler h = resp_handler(r);
    void *handle = NULL;
    in_submit = true;
    int status = awsc_transport_submit(t, &req, &h, &handle);
    in_submit = false;
    CHECK_INT(status, AWSC_OK);
    return handle;
}

uint8_t big_byte(size_t i)
{
    return (uint8_t)((i * 31 + 7) % 251);
}

/* --------------------------------------------------------------- server */

static pid_t g_pid = -1;
static int g_stdin = -1;
static int g_port;
static int g_tls_port;

void server_stop(void)
{
    if (g_pid <= 0)
        return;
    close(g_stdin);
    kill(g_pid, SIGTERM);
    waitpid(g_pid, NULL, 0);
    g_pid = -1;
}

int server_start(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s PYTHON http_server.py\n", argv[0]);
        exit(2);
    }
    int in[2], out[2];
    REQUIRE(pipe(in) == 0 && pipe(out) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[0]);
        close(in[1]);
        close(out[0]);
        close(out[1]);
        execl(argv[1], argv[1], argv[2], (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    fcntl(in[1], F_SETFD, FD_CLOEXEC);
    g_pid = pid;
    g_stdin = in[1];
    atexit(server_stop);
    char line[32];
    size_t n = 0;
    while (n < sizeof line - 1) {
        ssize_t k = read(out[0], line + n, 1);
        if (k <= 0 || line[n] == '\n')
            break;
        n++;
    }
    line[n] = '\0';
    close(out[0]);
    char *rest = NULL;
    g_port = (int)strtol(line, &rest, 10);
    g_tls_port = rest ? atoi(rest) : 0;
    REQUIRE(g_port > 0);
    return g_port;
}

const char *server_url(const char *path)
{
    static char ring[256][256];
    static int next;
    char *s = ring[next++ % 256];
    snprintf(s, sizeof ring[0], "http://127.0.0.1:%d%s", g_port, path);
    return s;
}

int server_tls_port(void)
{
    return g_tls_port;
}

int closed_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    REQUIRE(bind(fd, (struct sockaddr *)&a, sizeof a) == 0);
    REQUIRE(getsockname(fd, (struct sockaddr *)&a, &len) == 0);
    close(fd); /* bound, never listened: connecting is refused */
    return ntohs(a.sin_port);
}
