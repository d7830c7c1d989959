/*
 * The container credentials endpoint (botocore's ContainerProvider and
 * ContainerMetadataFetcher): ECS task roles and EKS Pod Identity.
 *
 *   AWS_CONTAINER_CREDENTIALS_RELATIVE_URI   http://169.254.170.2 + the path
 *   AWS_CONTAINER_CREDENTIALS_FULL_URI       any https URL; http only to a
 *                                            loopback address, localhost,
 *                                            169.254.170.2 (ECS) or
 *                                            169.254.170.23 / fd00:ec2::23
 *                                            (EKS Pod Identity)
 *   AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE   the Authorization header, read
 *                                            at every fetch (EKS), else
 *   AWS_CONTAINER_AUTHORIZATION_TOKEN
 *
 * GET with Accept: application/json, 2 s timeouts, 3 attempts one second
 * apart (a timer on the transport, never a sleep). The allowed hosts, the
 * token file and AccountId are botocore 1.43's; 1.29.27 allowed only
 * 169.254.170.2, localhost and 127.0.0.1.
 */
#include "auth.h"
#include "protocol/json.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define ECS_HOST        "169.254.170.2"
#define TIMEOUT_MS      2000
#define ATTEMPTS        3
#define RETRY_DELAY_MS  1000
#define ALLOWED_MESSAGE "169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost"

struct container_op {
    struct awsc__fetch *f;
    char *url;
    char *auth; /* the Authorization header, or NULL */
    int attempt;
    char *last_error;
};

static void op_free(struct container_op *op)
{
    awsc__free(op->url);
    if (op->auth)
        awsc__free(op->auth);
    awsc__free(op->last_error);
    awsc__free(op);
}

/* The host of url (brackets of an IPv6 literal removed) into buf. */
static bool url_host(const char *url, char *buf, size_t cap, bool *https)
{
    const char *p = strstr(url, "://");
    if (!p)
        return false;
    *https = (size_t)(p - url) == 5 && awsc__strncasecmp(url, "https", 5) == 0;
    p += 3;
    const char *end = p + strcspn(p, "/?#");
    const char *at = memchr(p, '@', (size_t)(end - p));
    if (at)
        p = at + 1;
    const char *h = p, *he;
    if (*p == '[') {
        h = p + 1;
        he = memchr(h, ']', (size_t)(end - h));
        if (!he)
            return false;
    } else {
        he = memchr(p, ':', (size_t)(end - p));
        if (!he)
            he = end;
    }
    size_t n = (size_t)(he - h);
    if (n == 0 || n >= cap)
        return false;
    memcpy(buf, h, n);
    buf[n] = '\0';
    for (size_t i = 0; i < n; i++)
        if (buf[i] >= 'A' && buf[i] <= 'Z')
            buf[i] = (char)(buf[i] + 32);
    return true;
}

static bool loopback(const char *host)
{
    struct in_addr a4;
    struct in6_addr a6;
    if (inet_pton(AF_INET, host, &a4) == 1)
        return (ntohl(a4.s_addr) >> 24) == 127;
    if (inet_pton(AF_INET6, host, &a6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&a6);
    return false;
}

static bool allowed(const char *url, char *host, size_t cap)
{
    bool https = false;
    if (!url_host(url, host, cap, &https))
        return false;
    if (https || loopback(host))
        return true;
    static const char *const hosts[] = {ECS_HOST, "169.254.170.23", "fd00:ec2::23", "localhost"};
    for (size_t i = 0; i < AWSC_ARRAY_LEN(hosts); i++)
        if (strcmp(host, hosts[i]) == 0)
            return true;
    return false;
}

static void send_attempt(struct container_op *op);

static void retry_timer(void *ud)
{
    send_attempt(ud);
}

static void attempt_failed(struct container_op *op, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void attempt_failed(struct container_op *op, const char *fmt, ...)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_vprintf(&b, fmt, ap);
    va_end(ap);
    awsc__free(op->last_error);
    op->last_error = b.failed ? NULL : awsc__buf_steal(&b);
    awsc__buf_clean_up(&b);
    if (op->attempt < ATTEMPTS &&
        awsc_transport_timer_add(awsc__fetch_transport(op->f), RETRY_DELAY_MS, retry_timer, op,
                                 NULL) == AWSC_OK)
        return;
    awsc__fetch_fail(op->f, AWSC_E_CREDENTIALS,
                     "Error when retrieving credentials from container-role: %s (%s)",
                     op->last_error ? op->last_error : "out of memory", op->url);
    op_free(op);
}

static const char *doc_string(const struct awsc_document *doc, const char *key)
{
    const struct awsc_document *v = awsc__document_get(doc, key);
    return v && v->type == AWSC_DOC_STRING ? v->string : NULL;
}

static void on_response(void *ud, const struct awsc__http_result *r)
{
    struct container_op *op = ud;
    if (r->status == AWSC_E_NOMEM) {
        awsc__fetch_fail(op->f, AWSC_E_NOMEM, "out of memory");
        op_free(op);
        return;
    }
    if (r->status != AWSC_OK) {
        attempt_failed(op, "Received error when attempting to retrieve ECS metadata: %s",
                       r->message ? r->message : awsc_strerror(r->status));
        return;
    }
    if (r->http_status != 200) {
        attempt_failed(op, "Received non 200 response (%d) from ECS metadata: %s", r->http_status,
                       r->body);
        return;
    }
    struct awsc_arena *a = awsc__arena_new();
    struct awsc_document doc;
    struct awsc__json_opts o = {0};
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = a ? awsc__json_read_document((const uint8_t *)r->body, r->body_len, &doc, a, &o, &err)
               : AWSC_E_NOMEM;
    awsc_error_clean_up(&err);
    if (rc == AWSC_E_NOMEM) {
        awsc__arena_destroy(a);
        awsc__fetch_fail(op->f, AWSC_E_NOMEM, "out of memory");
        op_free(op);
        return;
    }
    if (rc != AWSC_OK || doc.type != AWSC_DOC_OBJECT) {
        awsc__arena_destroy(a);
        attempt_failed(op, "Unable to parse JSON returned from ECS metadata services");
        return;
    }
    static const char *const fields[] = {"AccessKeyId", "SecretAccessKey", "Token", "Expiration"};
    const char *v[4];
    for (int i = 0; i < 4; i++) {
        if (!(v[i] = doc_string(&doc, fields[i]))) {
            awsc__fetch_fail(op->f, AWSC_E_CREDENTIALS,
                             "Error when retrieving credentials from container-role: the "
                             "response of %s has no %s",
                             op->url, fields[i]);
            awsc__arena_destroy(a);
            op_free(op);
            return;
        }
    }
    int64_t expiration;
    struct awsc__credentials c = AWSC__CREDENTIALS_INIT;
    if (!awsc__parse_expiration(v[3], &expiration))
        awsc__fetch_fail(op->f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from container-role: Expiration is "
                         "not a timestamp: \"%s\"",
                         v[3]);
    else if (awsc__credentials_set(&c, "container-role", v[0], v[1], v[2],
                                   doc_string(&doc, "AccountId")) != AWSC_OK)
        awsc__fetch_fail(op->f, AWSC_E_NOMEM, "out of memory");
    else {
        c.expiration = expiration;
        awsc__fetch_ok(op->f, &c);
    }
    awsc__arena_destroy(a);
    op_free(op);
}

static void send_attempt(struct container_op *op)
{
    op->attempt++;
    struct awsc_http_header h[3];
    size_t n = 0;
    h[n++] = (struct awsc_http_header){"Accept", "application/json"};
    if (op->auth)
        h[n++] = (struct awsc_http_header){"Authorization", op->auth};
    h[n++] = (struct awsc_http_header){"User-Agent", "awsc/" AWSC_VERSION_STRING};
    struct awsc__http_get_args a = {"GET", op->url, h, n, TIMEOUT_MS};
    int rc = awsc__http_exchange(awsc__fetch_transport(op->f), &a, on_response, op);
    if (rc == AWSC_E_INVALID_ARG) {
        awsc__fetch_fail(op->f, AWSC_E_CONFIG,
                         "Error when retrieving credentials from container-role: the URL \"%s\" "
                         "cannot be requested",
                         op->url);
        op_free(op);
    } else if (rc != AWSC_OK) {
        awsc__fetch_fail(op->f, rc, "Error when retrieving credentials from container-role: %s",
                         awsc_strerror(rc));
        op_free(op);
    }
}

/* The token file (read whole) or the token, checked for line breaks. */
static int read_auth(char **out, struct awsc__fetch *f)
{
    *out = NULL;
    const char *file = getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");
    const char *token = getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN");
    if (file) {
        FILE *fp = fopen(file, "rb");
        if (!fp) {
            awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                             "Error when retrieving credentials from container-role: cannot read "
                             "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE %s: %s",
                             file, strerror(errno));
            return AWSC_E_CREDENTIALS;
        }
        struct awsc_buf b = AWSC_BUF_INIT;
        char chunk[1024];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < 64 * 1024)
            awsc__buf_append(&b, chunk, n);
        fclose(fp);
        awsc__buf_append(&b, "", 0);
        if (b.failed) {
            awsc__buf_clean_up(&b);
            awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
            return AWSC_E_NOMEM;
        }
        *out = awsc__buf_steal(&b);
    } else if (token) {
        if (!(*out = awsc__strdup(token))) {
            awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
            return AWSC_E_NOMEM;
        }
    }
    if (*out && strpbrk(*out, "\r\n")) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from container-role: Auth token value "
                         "is not a legal header value (%s)",
                         file ? "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"
                              : "AWS_CONTAINER_AUTHORIZATION_TOKEN");
        awsc__free(*out);
        *out = NULL;
        return AWSC_E_CREDENTIALS;
    }
    return AWSC_OK;
}

static void container_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    (void)p;
    const char *rel = getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
    const char *full = getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI");
    if (!rel && !full) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND,
                         "container-role (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and "
                         "AWS_CONTAINER_CREDENTIALS_FULL_URI not set)");
        return;
    }
    struct container_op *op = awsc__calloc(1, sizeof *op);
    if (!op) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    op->f = f;
    struct awsc_buf u = AWSC_BUF_INIT;
    if (rel)
        awsc__buf_printf(&u, "http://" ECS_HOST "%s", rel);
    else
        awsc__buf_puts(&u, full);
    awsc__buf_append(&u, "", 0);
    op->url = u.failed ? NULL : awsc__buf_steal(&u);
    awsc__buf_clean_up(&u);
    if (!op->url) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        op_free(op);
        return;
    }
    char host[256] = "";
    if (!allowed(op->url, host, sizeof host)) {
        awsc__fetch_fail(f, AWSC_E_CONFIG,
                         "Unsupported host '%s'.  Can only retrieve metadata from a loopback "
                         "address or one of these hosts: " ALLOWED_MESSAGE " (%s=%s)",
                         host[0] ? host : op->url,
                         rel ? "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"
                             : "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                         rel ? rel : full);
        op_free(op);
        return;
    }
    if (read_auth(&op->auth, f) != AWSC_OK) {
        op_free(op);
        return;
    }
    send_attempt(op);
}

static const struct awsc__provider_ops CONTAINER_OPS = {
    .method = "container-role", .fetch = container_fetch, .destroy = NULL};

int awsc__container_provider_new(struct awsc__provider **out)
{
    return awsc__provider_new(&CONTAINER_OPS, NULL, AWSC__PROVIDER_CREDENTIALS, 0, out);
}
