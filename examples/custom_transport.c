/*
 * A transport of one's own: the smallest HTTP stack awsc can run on,
 * written against the public interface of <awsc/transport.h> only, and a
 * DynamoDB client that uses it.
 *
 *   custom_transport ENDPOINT_URL [TABLE]
 *
 * It speaks plain HTTP/1.1 (no TLS), one request at a time, blocking, on a
 * new connection each (Connection: close), with Content-Length or
 * close-delimited response bodies. It creates TABLE (default
 * "custom-transport") at ENDPOINT_URL (a local DynamoDB such as dynalite)
 * and checks that ListTables names it. Region and credentials come from
 * the usual places (AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID, ...).
 *
 * A real device would put its own HTTP stack where plain_http_exchange()
 * is; runtime/http/socket.c is a complete transport (non-blocking, TLS,
 * kept-alive connections, timeouts, chunked bodies) on the same interface.
 */
#include <awsc/dynamodb.h>
#include <awsc/transport.h>

#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* The transport's own data: the exchanges waiting for wait(), in order. */
struct plain_http {
    struct awsc_http_exchange **queue;
    size_t count, cap;
    unsigned long served; /* exchanges finished with a response */
};

/* submit: only queue it (no I/O here: the exchange must not call back
 * into the caller from inside awsc_transport_submit). */
static int plain_submit(void *impl, struct awsc_http_exchange *x)
{
    struct plain_http *p = impl;
    if (p->count == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 8;
        struct awsc_http_exchange **q = realloc(p->queue, cap * sizeof *q);
        if (!q)
            return AWSC_E_NOMEM;
        p->queue = q;
        p->cap = cap;
    }
    p->queue[p->count++] = x;
    return AWSC_OK;
}

/* cancel: an exchange still queued is finished here; one in progress
 * cannot be, since wait() runs each to its end before returning. */
static void plain_cancel(void *impl, struct awsc_http_exchange *x)
{
    struct plain_http *p = impl;
    for (size_t i = 0; i < p->count; i++)
        if (p->queue[i] == x) {
            memmove(p->queue + i, p->queue + i + 1, (p->count - i - 1) * sizeof *p->queue);
            p->count--;
            awsc_http_exchange_done(x, AWSC_E_CANCELLED, NULL);
            return;
        }
}

static bool send_all(int fd, const void *data, size_t len)
{
    const char *b = data;
    while (len > 0) {
        ssize_t n = send(fd, b, len, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        b += n;
        len -= (size_t)n;
    }
    return true;
}

/* Connect to host:port; -1 on failure. */
static int connect_to(const char *host, const char *port)
{
    struct addrinfo hints = {0}, *ai = NULL;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &ai) != 0)
        return -1;
    int fd = -1;
    for (struct addrinfo *a = ai; a && fd < 0; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd >= 0 && connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(ai);
    return fd;
}

/* One exchange from start to end. Every path ends in
 * awsc_http_exchange_done(), or in a failed read_body, which has finished
 * the exchange already. */
static void plain_http_exchange(struct plain_http *p, struct awsc_http_exchange *x)
{
    const struct awsc_http_request *req = awsc_http_exchange_request(x);
    char host[256], port[8] = "80", line[1024];
    const char *u = req->url;
    if (strncmp(u, "http://", 7) != 0) {
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT,
                                "This transport speaks plain http:// only, not \"%s\"", u);
        return;
    }
    u += 7;
    size_t hl = strcspn(u, ":/?");
    if (hl == 0 || hl >= sizeof host) {
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT, "No usable host in \"%s\"", req->url);
        return;
    }
    memcpy(host, u, hl);
    host[hl] = '\0';
    u += hl;
    if (*u == ':') {
        size_t pl = strcspn(++u, "/?");
        if (pl == 0 || pl >= sizeof port) {
            awsc_http_exchange_done(x, AWSC_E_TRANSPORT, "No usable port in \"%s\"", req->url);
            return;
        }
        memcpy(port, u, pl);
        port[pl] = '\0';
        u += pl;
    }
    const char *target = *u ? u : "/";

    int fd = connect_to(host, port);
    if (fd < 0) {
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT,
                                "Could not connect to the endpoint URL: \"%s\"", req->url);
        return;
    }

    /* The head: the headers as given, Host and Content-Length when missing. */
    bool has_host = false, has_length = false;
    for (size_t i = 0; i < req->header_count; i++) {
        has_host |= strcasecmp(req->headers[i].name, "Host") == 0;
        has_length |= strcasecmp(req->headers[i].name, "Content-Length") == 0;
        if (strcasecmp(req->headers[i].name, "Transfer-Encoding") == 0) {
            close(fd);
            awsc_http_exchange_done(x, AWSC_E_TRANSPORT,
                                    "This transport cannot send chunked bodies (\"%s\")", req->url);
            return;
        }
    }
    int64_t length = req->read_body ? req->content_length : (int64_t)req->body_len;
    bool ok =
        snprintf(line, sizeof line, "%s %s HTTP/1.1\r\n", req->method, target) < (int)sizeof line &&
        send_all(fd, line, strlen(line));
    for (size_t i = 0; ok && i < req->header_count; i++) {
        int n =
            snprintf(line, sizeof line, "%s: %s\r\n", req->headers[i].name, req->headers[i].value);
        ok = n < (int)sizeof line
                 ? send_all(fd, line, (size_t)n)
                 : send_all(fd, req->headers[i].name, strlen(req->headers[i].name)) &&
                       send_all(fd, ": ", 2) &&
                       send_all(fd, req->headers[i].value, strlen(req->headers[i].value)) &&
                       send_all(fd, "\r\n", 2);
    }
    if (ok && !has_host) {
        snprintf(line, sizeof line, "Host: %s%s%s\r\n", host, strcmp(port, "80") ? ":" : "",
                 strcmp(port, "80") ? port : "");
        ok = send_all(fd, line, strlen(line));
    }
    if (ok && !has_length && (length > 0 || strcmp(req->method, "GET") != 0)) {
        snprintf(line, sizeof line, "Content-Length: %lld\r\n", (long long)length);
        ok = send_all(fd, line, strlen(line));
    }
    ok = ok && send_all(fd, "Connection: close\r\n\r\n", 21);

    /* The body: from memory, or read from the caller as it goes. */
    if (ok && req->read_body) {
        uint8_t buf[16384];
        for (int64_t left = length; ok && left > 0;) {
            size_t n = awsc_http_exchange_read_body(
                x, buf, left < (int64_t)sizeof buf ? (size_t)left : sizeof buf);
            if (n == 0) {
                close(fd); /* finished with AWSC_E_IO already */
                return;
            }
            ok = send_all(fd, buf, n);
            left -= (int64_t)n;
        }
    } else if (ok && req->body_len) {
        ok = send_all(fd, req->body, req->body_len);
    }
    if (!ok) {
        close(fd);
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT,
                                "Connection was closed before we received a valid response "
                                "from endpoint URL: \"%s\".",
                                req->url);
        return;
    }

    /* The response, read to the end (the server closes after it). */
    size_t len = 0, cap = 65536;
    char *in = malloc(cap + 1);
    long timeout = req->read_timeout_ms > 0 ? req->read_timeout_ms : 60000;
    for (;;) {
        if (len == cap) {
            char *b = realloc(in, cap * 2 + 1);
            if (!b)
                break;
            in = b;
            cap *= 2;
        }
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        if (!in || poll(&pfd, 1, (int)timeout) <= 0) {
            free(in);
            close(fd);
            awsc_http_exchange_done(x, in ? AWSC_E_TIMEOUT : AWSC_E_NOMEM,
                                    in ? "Read timeout on endpoint URL: \"%s\""
                                       : "Out of memory reading from \"%s\"",
                                    req->url);
            return;
        }
        ssize_t n = recv(fd, in + len, cap - len, 0);
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    close(fd);
    in[len] = '\0';

    /* The status line and the headers. */
    char *end = strstr(in, "\r\n\r\n");
    int status = 0;
    if (!end || sscanf(in, "HTTP/1.%*d %d", &status) != 1) {
        free(in);
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT,
                                "Connection was closed before we received a valid response "
                                "from endpoint URL: \"%s\".",
                                req->url);
        return;
    }
    *end = '\0';
    struct awsc_http_header headers[100];
    size_t count = 0;
    long long content_length = -1;
    for (char *l = strstr(in, "\r\n"); l && count < 100;) {
        l += 2;
        char *next = strstr(l, "\r\n");
        if (next)
            *next = '\0';
        char *colon = strchr(l, ':');
        if (colon) {
            *colon = '\0';
            char *v = colon + 1;
            v += strspn(v, " \t");
            headers[count++] = (struct awsc_http_header){l, v};
            if (strcasecmp(l, "Content-Length") == 0)
                content_length = atoll(v);
        }
        l = next;
    }
    const uint8_t *body = (const uint8_t *)end + 4;
    size_t body_len = len - (size_t)(end + 4 - in);
    if (strcmp(req->method, "HEAD") == 0 || status == 204 || status == 304)
        body_len = 0;
    else if (content_length >= 0 && (size_t)content_length < body_len)
        body_len = (size_t)content_length;

    /* Hand them to the caller; a non-zero answer stops the exchange. */
    if (awsc_http_exchange_headers(x, status, headers, count) != 0 ||
        (body_len && awsc_http_exchange_body(x, body, body_len) != 0)) {
        free(in);
        awsc_http_exchange_done(x, AWSC_E_CANCELLED, NULL);
        return;
    }
    free(in);
    if (content_length >= 0 && body_len < (size_t)content_length &&
        strcmp(req->method, "HEAD") != 0) {
        awsc_http_exchange_done(x, AWSC_E_TRANSPORT,
                                "Connection closed mid-response on endpoint URL: \"%s\"", req->url);
        return;
    }
    p->served++;
    awsc_http_exchange_done(x, AWSC_OK, NULL);
}

/* wait: run the first queued exchange to its end, or sleep until the
 * next timer of awsc's when nothing is queued. */
static int plain_wait(void *impl, int timeout_ms)
{
    struct plain_http *p = impl;
    if (p->count == 0) {
        if (timeout_ms != 0)
            poll(NULL, 0, timeout_ms < 0 ? 1000 : timeout_ms);
        return AWSC_OK;
    }
    struct awsc_http_exchange *x = p->queue[0];
    memmove(p->queue, p->queue + 1, (p->count - 1) * sizeof *p->queue);
    p->count--;
    plain_http_exchange(p, x);
    return AWSC_OK;
}

static void plain_destroy(void *impl)
{
    struct plain_http *p = impl;
    free(p->queue);
    free(p);
}

static const struct awsc_transport_impl plain_http_impl = {
    .name = "plain-http",
    .submit = plain_submit,
    .cancel = plain_cancel,
    .wait = plain_wait,
    .destroy = plain_destroy,
};

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s ENDPOINT_URL [TABLE]\n", argv[0]);
        return 2;
    }
    const char *table = argc > 2 ? argv[2] : "custom-transport";

    struct plain_http *p = calloc(1, sizeof *p);
    struct awsc_transport *t = NULL;
    if (!p || awsc_transport_new_custom(&plain_http_impl, p, &t) != AWSC_OK) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    struct awsc_config config = {.endpoint_url = argv[1], .transport = t};
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_dynamodb_client_new(&config, &client, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        awsc_error_clean_up(&err);
        awsc_transport_release(t);
        return 1;
    }
    awsc_transport_release(t); /* the client holds its own reference */

    struct awsc_dynamodb_attribute_definition attrs[] = {
        {.attribute_name = "id", .attribute_type = "S"},
    };
    struct awsc_dynamodb_key_schema_element keys[] = {
        {.attribute_name = "id", .key_type = "HASH"},
    };
    struct awsc_dynamodb_create_table_input in = {
        .table_name = table,
        .attribute_definitions = AWSC_LIST(attrs),
        .key_schema = AWSC_LIST(keys),
        .billing_mode = "PAY_PER_REQUEST",
    };
    struct awsc_dynamodb_create_table_output *created = NULL;
    int status = 1;
    if (awsc_dynamodb_create_table(client, &in, &created, &err) != AWSC_OK) {
        fprintf(stderr, "CreateTable: %s\n", err.message);
        goto out;
    }
    printf("CreateTable: %s is %s\n", table,
           created->table_description ? created->table_description->table_status : "?");
    awsc_output_free(created);

    struct awsc_dynamodb_list_tables_input lin = {0};
    struct awsc_dynamodb_list_tables_output *listed = NULL;
    if (awsc_dynamodb_list_tables(client, &lin, &listed, &err) != AWSC_OK) {
        fprintf(stderr, "ListTables: %s\n", err.message);
        goto out;
    }
    bool found = false;
    for (size_t i = 0; i < listed->table_names.count; i++)
        found |= strcmp(listed->table_names.items[i], table) == 0;
    printf("ListTables: %zu table(s), %s among them: %s\n", listed->table_names.count, table,
           found ? "yes" : "no");
    awsc_output_free(listed);
    status = found ? 0 : 1;

out:
    awsc_error_clean_up(&err);
    printf("transport %s: %lu response(s)\n", awsc_transport_name(awsc_client_transport(client)),
           p->served);
    awsc_client_destroy(client);
    return status;
}
