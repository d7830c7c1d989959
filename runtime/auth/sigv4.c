/*
 * SigV4, as botocore's SigV4Auth (general services) and S3SigV4Auth (S3)
 * sign a request, and as SigV4QueryAuth / S3SigV4QueryAuth presign one:
 * the canonical request, the string to sign, the signing key (cached per
 * signer, ready for HMAC: its padded blocks hashed), and the Authorization
 * header or the X-Amz-* query parameters.
 */
#include "auth.h"

#include <pthread.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>

#define ALGORITHM   "AWS4-HMAC-SHA256"
#define ALGORITHM_A "AWS4-ECDSA-P256-SHA256"
#define CACHE_SLOTS 8

/* ---- the signer and its key cache ---- */

struct cache_slot {
    bool used;
    unsigned long last_use;
    uint8_t id[32];  /* SHA-256 over secret, date, region, service */
    struct awsc__hmac_sha256_key key; /* the derived signing key, prepared */
};

struct awsc__signer {
    pthread_mutex_t lock;
    const struct awsc_log *log;
    unsigned long clock;
    unsigned long derivations;
    struct cache_slot slots[CACHE_SLOTS];
};

int awsc__signer_new(const struct awsc_log *log, struct awsc__signer **out)
{
    struct awsc__signer *s = awsc__calloc(1, sizeof *s);
    if (!s)
        return AWSC_E_NOMEM;
    if (pthread_mutex_init(&s->lock, NULL) != 0) {
        awsc__free(s);
        return AWSC_E_INTERNAL;
    }
    s->log = log;
    *out = s;
    return AWSC_OK;
}

void awsc__signer_destroy(struct awsc__signer *s)
{
    if (!s)
        return;
    pthread_mutex_destroy(&s->lock);
    awsc__secure_zero(s->slots, sizeof s->slots);
    awsc__free(s);
}

unsigned long awsc__signer_derivations(struct awsc__signer *s)
{
    pthread_mutex_lock(&s->lock);
    unsigned long n = s->derivations;
    pthread_mutex_unlock(&s->lock);
    return n;
}

static bool hmac_str(const uint8_t key[32], const char *msg, uint8_t out[32])
{
    return awsc__hmac_sha256(key, 32, msg, strlen(msg), out);
}

/* kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service),
 * "aws4_request") */
static int derive_key(const char *secret, const char *date, const char *region, const char *service,
                      uint8_t out[32])
{
    size_t n = strlen(secret);
    char *k = awsc__malloc(n + 5);
    if (!k)
        return AWSC_E_NOMEM;
    memcpy(k, "AWS4", 4);
    memcpy(k + 4, secret, n + 1);
    uint8_t a[32], b[32];
    bool ok = awsc__hmac_sha256(k, n + 4, date, strlen(date), a);
    awsc__secure_zero(k, n + 4);
    awsc__free(k);
    ok =
        ok && hmac_str(a, region, b) && hmac_str(b, service, a) && hmac_str(a, "aws4_request", out);
    awsc__secure_zero(a, sizeof a);
    awsc__secure_zero(b, sizeof b);
    return ok ? AWSC_OK : AWSC_E_NOMEM;
}

/* The cache identity of a key: no copy of the secret is kept. Each part is
 * followed by a NUL so ("ab","c") and ("a","bc") differ. */
static int cache_id(const char *secret, const char *date, const char *region, const char *service,
                    uint8_t id[32])
{
    const char *parts[] = {secret, date, region, service};
    size_t len[AWSC_ARRAY_LEN(parts)], total = 0;
    for (size_t i = 0; i < AWSC_ARRAY_LEN(parts); i++)
        total += len[i] = strlen(parts[i]) + 1;
    char small[256]; /* the usual case: no allocation */
    char *b = total <= sizeof small ? small : awsc__malloc(total);
    if (!b)
        return AWSC_E_NOMEM;
    char *p = b;
    for (size_t i = 0; i < AWSC_ARRAY_LEN(parts); i++) {
        memcpy(p, parts[i], len[i]);
        p += len[i];
    }
    bool ok = awsc__sha256(b, total, id);
    awsc__secure_zero(b, total);
    if (b != small)
        awsc__free(b);
    return ok ? AWSC_OK : AWSC_E_NOMEM;
}

static int signing_key(struct awsc__signer *s, const char *secret, const char *date,
                       const char *region, const char *service, struct awsc__hmac_sha256_key *key)
{
    uint8_t id[32];
    int rc = cache_id(secret, date, region, service, id);
    if (rc != AWSC_OK)
        return rc;

    pthread_mutex_lock(&s->lock);
    struct cache_slot *victim = &s->slots[0];
    for (size_t i = 0; i < CACHE_SLOTS; i++) {
        struct cache_slot *slot = &s->slots[i];
        if (slot->used && memcmp(slot->id, id, sizeof id) == 0) {
            slot->last_use = ++s->clock;
            *key = slot->key;
            pthread_mutex_unlock(&s->lock);
            return AWSC_OK;
        }
        if (!slot->used || (victim->used && slot->last_use < victim->last_use))
            victim = slot;
    }
    /* Derive under the lock: four HMACs are cheap, and it keeps two threads
     * from deriving the same key at once. */
    uint8_t raw[32];
    rc = derive_key(secret, date, region, service, raw);
    if (rc == AWSC_OK && !awsc__hmac_sha256_prepare(raw, sizeof raw, key))
        rc = AWSC_E_NOMEM;
    awsc__secure_zero(raw, sizeof raw);
    if (rc == AWSC_OK) {
        s->derivations++;
        victim->used = true;
        victim->last_use = ++s->clock;
        memcpy(victim->id, id, sizeof id);
        victim->key = *key;
    }
    pthread_mutex_unlock(&s->lock);
    return rc;
}

/* ---- small text helpers ---- */

/* Python's str.isspace() for ASCII: what botocore's value.split() splits
 * on. (Non-ASCII white space is left alone.) */
static bool py_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* The strings, one after the other, up to a NULL (no printf on the way
 * of every request). */
static void put_all(struct awsc_buf *b, ...)
{
    va_list ap;
    va_start(ap, b);
    const char *s;
    while ((s = va_arg(ap, const char *)) != NULL)
        awsc__buf_puts(b, s);
    va_end(ap);
}

/* botocore's ' '.join(value.split()): trim, and collapse inner runs of
 * white space (newlines of folded headers included) to one space. */
static void put_trimall(struct awsc_buf *b, const char *v)
{
    bool first = true;
    const unsigned char *p = (const unsigned char *)v;
    while (*p) {
        while (*p && py_space(*p))
            p++;
        if (!*p)
            break;
        const unsigned char *start = p;
        while (*p && !py_space(*p))
            p++;
        if (!first)
            awsc__buf_putc(b, ' ');
        awsc__buf_append(b, start, (size_t)(p - start));
        first = false;
    }
}

/* ---- path ---- */

void awsc__sigv4_normalize_path(const char *path, struct awsc_buf *out)
{
    size_t n = path ? strlen(path) : 0;
    if (n == 0) {
        awsc__buf_putc(out, '/');
        return;
    }
    /* Split on '/', drop empty and "." segments, let ".." pop one. The
     * kept segments are remembered as (offset, length) pairs. */
    size_t cap = n / 2 + 2, count = 0;
    size_t small[16][2]; /* a short path's: no allocation */
    size_t(*seg)[2] = cap <= AWSC_ARRAY_LEN(small) ? small : awsc__malloc(cap * sizeof *seg);
    if (!seg) {
        out->failed = true;
        return;
    }
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && path[j] != '/')
            j++;
        size_t len = j - i;
        if (len == 2 && path[i] == '.' && path[i + 1] == '.') {
            if (count)
                count--;
        } else if (len && !(len == 1 && path[i] == '.')) {
            seg[count][0] = i;
            seg[count][1] = len;
            count++;
        }
        i = j + 1;
    }
    if (path[0] == '/')
        awsc__buf_putc(out, '/');
    for (size_t k = 0; k < count; k++) {
        if (k)
            awsc__buf_putc(out, '/');
        awsc__buf_append(out, path + seg[k][0], seg[k][1]);
    }
    if (path[n - 1] == '/' && count)
        awsc__buf_putc(out, '/');
    if (seg != small)
        awsc__free(seg);
}

static void put_canonical_path(struct awsc_buf *b, const struct awsc__sign_request *req)
{
    const char *path = req->path ? req->path : "";
    struct awsc_buf norm = AWSC_BUF_INIT;
    if (req->normalize_path) {
        awsc__sigv4_normalize_path(path, &norm);
        if (norm.failed) {
            b->failed = true;
            awsc__buf_clean_up(&norm);
            return;
        }
        path = norm.data;
    } else if (!*path) {
        path = "/";
    }
    if (req->uri_encode_path)
        awsc__buf_uri_encode(b, path, strlen(path), true);
    else
        awsc__buf_puts(b, path);
    awsc__buf_clean_up(&norm);
}

/* ---- query string ---- */

struct qpair {
    size_t key, value; /* offsets into the pair store */
    const char *k, *v; /* resolved once the store stops growing */
};

static int qpair_cmp(const void *a, const void *b)
{
    const struct qpair *x = a, *y = b;
    int c = strcmp(x->k, y->k);
    return c ? c : strcmp(x->v, y->v);
}

static size_t raw_pair_count(const char *q)
{
    if (!q || !*q)
        return 0;
    size_t n = 1;
    for (; *q; q++)
        n += *q == '&';
    return n;
}

/* Raw pairs: botocore's split('&') and partition('='), kept as they are. */
static size_t add_raw_pairs(struct qpair *pairs, struct awsc_buf *store, const char *q)
{
    size_t n = 0;
    if (!q || !*q)
        return 0;
    for (;;) {
        const char *end = strchr(q, '&');
        size_t len = end ? (size_t)(end - q) : strlen(q);
        const char *eq = memchr(q, '=', len);
        size_t klen = eq ? (size_t)(eq - q) : len;
        pairs[n].key = store->len;
        awsc__buf_append(store, q, klen);
        awsc__buf_putc(store, '\0');
        pairs[n].value = store->len;
        if (eq)
            awsc__buf_append(store, eq + 1, len - klen - 1);
        awsc__buf_putc(store, '\0');
        n++;
        if (!end)
            return n;
        q = end + 1;
    }
}

/* The canonical query string: the raw query, the parameters (encoded
 * here, only unreserved characters kept) and extra (raw, already
 * encoded: the presigning parameters), sorted by name, then value. */
static void put_canonical_query(struct awsc_buf *b, const struct awsc__sign_request *req,
                                const char *extra)
{
    size_t total = raw_pair_count(req->query) + req->param_count + raw_pair_count(extra);
    if (total == 0)
        return;
    struct qpair *pairs = awsc__calloc(total, sizeof *pairs);
    if (!pairs) {
        b->failed = true;
        return;
    }
    struct awsc_buf store = AWSC_BUF_INIT;
    size_t n = add_raw_pairs(pairs, &store, req->query);
    for (size_t i = 0; i < req->param_count; i++) {
        const char *k = req->params[i].name ? req->params[i].name : "";
        const char *v = req->params[i].value ? req->params[i].value : "";
        pairs[n].key = store.len;
        awsc__buf_uri_encode(&store, k, strlen(k), false);
        awsc__buf_putc(&store, '\0');
        pairs[n].value = store.len;
        awsc__buf_uri_encode(&store, v, strlen(v), false);
        awsc__buf_putc(&store, '\0');
        n++;
    }
    n += add_raw_pairs(pairs + n, &store, extra);
    if (!store.failed) {
        for (size_t i = 0; i < n; i++) {
            pairs[i].k = store.data + pairs[i].key;
            pairs[i].v = store.data + pairs[i].value;
        }
        qsort(pairs, n, sizeof *pairs, qpair_cmp);
        for (size_t i = 0; i < n; i++) {
            if (i)
                awsc__buf_putc(b, '&');
            awsc__buf_puts(b, pairs[i].k);
            awsc__buf_putc(b, '=');
            awsc__buf_puts(b, pairs[i].v);
        }
    } else {
        b->failed = true;
    }
    awsc__buf_clean_up(&store);
    awsc__free(pairs);
}

/* ---- headers ---- */

struct shdr {
    const char *name; /* lower case */
    const char *value;
    size_t order; /* request order, to keep repeated names in order */
};

static int shdr_cmp(const void *a, const void *b)
{
    const struct shdr *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

static bool is_named(const char *name, const char *want)
{
    return awsc__strcasecmp(name, want) == 0;
}

/* botocore's SIGNED_HEADERS_BLACKLIST (1.43.67): the hop-by-hop headers
 * a proxy may change, and the two that differ by nature */
static bool never_signed(const char *name)
{
    static const struct awsc__name NAMES[] = {
        AWSC__NAME("connection"),
        AWSC__NAME("expect"),
        AWSC__NAME("keep-alive"),
        AWSC__NAME("proxy-authenticate"),
        AWSC__NAME("proxy-authorization"),
        AWSC__NAME("te"),
        AWSC__NAME("trailer"),
        AWSC__NAME("transfer-encoding"),
        AWSC__NAME("upgrade"),
        AWSC__NAME("user-agent"),
        AWSC__NAME("x-amzn-trace-id"),
    };
    return awsc__name_in(name, NAMES, AWSC_ARRAY_LEN(NAMES));
}

static const struct awsc_http_header *find_header(const struct awsc__sign_request *req,
                                                  const char *name)
{
    for (size_t i = 0; i < req->header_count; i++)
        if (req->headers[i].name && is_named(req->headers[i].name, name))
            return &req->headers[i];
    return NULL;
}

/* "Sun, 30 Aug 2015 12:36:00 -0000": Python's email.utils.formatdate(),
 * which botocore uses for the Date header. */
static void format_date_header(struct awsc_timestamp t, char out[40])
{
    awsc__ts_format_rfc822(t, out);
    size_t n = strlen(out);
    if (n > 4 && strcmp(out + n - 4, " GMT") == 0)
        memcpy(out + n - 4, " -0000", 7);
}

/* ---- the canonical request ---- */

/* Everything one signing computes before the key is needed. */
struct canon {
    bool presign;    /* query parameters instead of headers */
    int64_t expires; /* presign: X-Amz-Expires */
    char amz_date[40];
    char date_stamp[9];
    bool date_mode;          /* a Date header replaces X-Amz-Date */
    char date[40];           /* the Date value in date_mode */
    const char *token;       /* session token to sign, or NULL */
    const char *content_sha; /* X-Amz-Content-SHA256 to set, or NULL */
    const char *payload;     /* the payload line of the canonical request */
    struct awsc_buf creq;
    struct awsc_buf redacted; /* creq with secret values hidden, for the log */
    struct awsc_buf signed_headers;
    struct awsc_buf auth_query; /* presign: the X-Amz-* parameters, encoded */
    struct awsc_buf sts;
};

static void canon_clean_up(struct canon *c)
{
    awsc__buf_clean_up(&c->creq);
    awsc__buf_clean_up(&c->redacted);
    awsc__buf_clean_up(&c->signed_headers);
    awsc__buf_clean_up(&c->auth_query);
    awsc__buf_clean_up(&c->sts);
}

static int check_request(const struct awsc__sign_request *req, struct awsc_error *err)
{
    if (!req || !req->method || !*req->method)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "SigV4: the request has no method");
    if (!req->region || !*req->region)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "SigV4: no region to sign for");
    if (!req->service || !*req->service)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "SigV4: no signing name (service)");
    if (req->param_count && !req->params)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "SigV4: param_count without params");
    if (req->header_count && !req->headers)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "SigV4: header_count without headers");
    const struct awsc_credentials *cr = req->credentials;
    if (!cr)
        return awsc__fail(err, AWSC_E_CREDENTIALS, "Unable to locate credentials");
    if (!cr->access_key_id || !*cr->access_key_id)
        return awsc__fail(err, AWSC_E_CREDENTIALS, "SigV4: the credentials have no access key id");
    if (!cr->secret_access_key || !*cr->secret_access_key)
        return awsc__fail(err, AWSC_E_CREDENTIALS,
                          "SigV4: the credentials have no secret access key");
    for (size_t i = 0; i < req->header_count; i++)
        if (!req->headers[i].name)
            return awsc__fail(err, AWSC_E_INVALID_ARG, "SigV4: header %zu has no name", i);
    return AWSC_OK;
}

/* Whether a header of the request is signed as given. For header signing
 * this is botocore's headers_to_sign() after _modify_request_before_signing()
 * (Authorization removed, X-Amz-Date, Date, X-Amz-Security-Token and
 * X-Amz-Content-SHA256 replaced); presigning drops only the form
 * Content-Type botocore's SigV4QueryAuth drops. */
static bool signed_as_given(const struct canon *c, const struct awsc_http_header *hd)
{
    const char *name = hd->name;
    if (never_signed(name))
        return false;
    if (c->presign)
        return !(is_named(name, "content-type") && hd->value &&
                 strcmp(hd->value, "application/x-www-form-urlencoded; charset=utf-8") == 0);
    return !(is_named(name, "authorization") || is_named(name, "x-amz-date") ||
             (c->date_mode && is_named(name, "date")) ||
             (c->token && is_named(name, "x-amz-security-token")) ||
             (c->content_sha && is_named(name, "x-amz-content-sha256")));
}

/* The signed headers, sorted by name, request order kept for repeated
 * names. Their names are lower-cased once, into the same allocation as
 * the array (*out, freed alone). */
static int collect_headers(const struct awsc__sign_request *req, struct canon *c, struct shdr **out,
                           size_t *count)
{
    size_t cap = req->header_count + 5, names = 0;
    for (size_t i = 0; i < req->header_count; i++)
        names += strlen(req->headers[i].name) + 1;
    struct shdr *h = awsc__malloc(cap * sizeof *h + names);
    if (!h)
        return AWSC_E_NOMEM;
    char *lowered = (char *)(h + cap);
    size_t n = 0;
    bool have_host = false;
    for (size_t i = 0; i < req->header_count; i++) {
        if (!signed_as_given(c, &req->headers[i]))
            continue;
        char *name = lowered;
        for (const char *p = req->headers[i].name; *p; p++)
            *lowered++ = lower(*p);
        *lowered++ = '\0';
        have_host = have_host || strcmp(name, "host") == 0;
        h[n].name = name;
        h[n].value = req->headers[i].value ? req->headers[i].value : "";
        h[n].order = n;
        n++;
    }
    size_t order = req->header_count;
    if (!c->presign) {
        if (c->date_mode)
            h[n++] = (struct shdr){"date", c->date, order++};
        else
            h[n++] = (struct shdr){"x-amz-date", c->amz_date, order++};
        if (c->token)
            h[n++] = (struct shdr){"x-amz-security-token", c->token, order++};
        if (c->content_sha)
            h[n++] = (struct shdr){"x-amz-content-sha256", c->content_sha, order++};
    }
    if (!have_host) {
        if (!req->host || !*req->host) {
            awsc__free(h);
            return AWSC_E_INVALID_ARG;
        }
        h[n++] = (struct shdr){"host", req->host, order++};
    }
    qsort(h, n, sizeof *h, shdr_cmp);
    *out = h;
    *count = n;
    return AWSC_OK;
}

static void put_encoded(struct awsc_buf *b, const char *s)
{
    awsc__buf_uri_encode(b, s, strlen(s), false);
}

/* Presigning: the X-Amz-* query parameters, in botocore's order. */
static void put_auth_query(struct canon *c, const struct awsc__sign_request *req)
{
    struct awsc_buf *q = &c->auth_query;
    struct awsc_buf scope = AWSC_BUF_INIT;
    awsc__buf_printf(&scope, "%s/%s/%s/%s/aws4_request", req->credentials->access_key_id,
                     c->date_stamp, req->region, req->service);
    awsc__buf_puts(q, "X-Amz-Algorithm=" ALGORITHM "&X-Amz-Credential=");
    if (!scope.failed)
        put_encoded(q, scope.data);
    else
        q->failed = true;
    awsc__buf_printf(q, "&X-Amz-Date=%s&X-Amz-Expires=%lld&X-Amz-SignedHeaders=", c->amz_date,
                     (long long)c->expires);
    if (!c->signed_headers.failed)
        put_encoded(q, c->signed_headers.data);
    if (c->token) {
        awsc__buf_puts(q, "&X-Amz-Security-Token=");
        put_encoded(q, c->token);
    }
    awsc__buf_clean_up(&scope);
}

/* Append text to the log copy with every occurrence of secret replaced. */
static void put_redacted(struct awsc_buf *b, const char *text, size_t len, const char *secret)
{
    size_t sl = secret ? strlen(secret) : 0;
    size_t i = 0;
    while (i < len) {
        if (sl && i + sl <= len && memcmp(text + i, secret, sl) == 0) {
            awsc__buf_puts(b, "<redacted>");
            i += sl;
        } else {
            awsc__buf_putc(b, text[i++]);
        }
    }
}

static int build_canonical(const struct awsc__sign_request *req, bool want_redacted,
                           struct canon *c, struct awsc_error *err)
{
    int rc = check_request(req, err);
    if (rc != AWSC_OK)
        return rc;

    awsc__ts_format_amz_date(req->time, c->amz_date);
    memcpy(c->date_stamp, c->amz_date, 8);
    c->date_stamp[8] = '\0';
    const struct awsc_credentials *cr = req->credentials;
    c->token = cr->session_token && *cr->session_token ? cr->session_token : NULL;

    const char *payload = req->payload_hash ? req->payload_hash : AWSC__EMPTY_SHA256;
    if (!c->presign) {
        c->date_mode = find_header(req, "date") != NULL;
        if (c->date_mode)
            format_date_header(req->time, c->date);
        if (req->set_content_sha256 || strcmp(payload, AWSC__UNSIGNED_PAYLOAD) == 0)
            c->content_sha = payload;
    }
    const struct awsc_http_header *given = find_header(req, "x-amz-content-sha256");
    c->payload = !c->content_sha && given && given->value ? given->value : payload;

    struct shdr *h = NULL;
    size_t n = 0;
    rc = collect_headers(req, c, &h, &n);
    if (rc == AWSC_E_INVALID_ARG)
        return awsc__fail(err, rc, "SigV4: the request has no Host header and no host was given");
    if (rc != AWSC_OK)
        return awsc__fail(err, rc, "out of memory while signing");
    for (size_t i = 0; i < n; i++) {
        if (i && strcmp(h[i].name, h[i - 1].name) == 0)
            continue;
        if (c->signed_headers.len)
            awsc__buf_putc(&c->signed_headers, ';');
        awsc__buf_puts(&c->signed_headers, h[i].name);
    }
    awsc__buf_append(&c->signed_headers, "", 0);
    if (c->presign)
        put_auth_query(c, req);

    struct awsc_buf *b = &c->creq;
    for (const char *m = req->method; *m; m++)
        awsc__buf_putc(b, *m >= 'a' && *m <= 'z' ? (char)(*m - 32) : *m);
    awsc__buf_putc(b, '\n');
    size_t path_at = b->len;
    put_canonical_path(b, req);
    awsc__buf_putc(b, '\n');
    size_t query_at = b->len;
    put_canonical_query(b, req, c->presign ? c->auth_query.data : NULL);
    awsc__buf_putc(b, '\n');
    if (want_redacted && !b->failed) {
        /* a presigned query carries the token */
        struct awsc_buf enc = AWSC_BUF_INIT;
        if (c->presign && c->token)
            put_encoded(&enc, c->token);
        awsc__buf_append(&c->redacted, b->data, path_at);
        if (req->log_hide_path)
            awsc__buf_puts(&c->redacted, "<redacted>\n");
        else
            awsc__buf_append(&c->redacted, b->data + path_at, query_at - path_at);
        if (req->log_hide_query)
            awsc__buf_puts(&c->redacted, "<redacted>\n");
        else
            put_redacted(&c->redacted, b->data + query_at, b->len - query_at, enc.data);
        c->redacted.failed = c->redacted.failed || enc.failed;
        awsc__buf_clean_up(&enc);
    }

    /* One line per name, repeated names' values joined with ','. */
    for (size_t i = 0; i < n;) {
        size_t j = i;
        /* (for the log's copy only) */
        bool secret = want_redacted &&
                      (awsc__header_is_secret(h[i].name) ||
                       (req->log_hide_header && req->log_hide_header(req->log_hide_ud, h[i].name)));
        awsc__buf_puts(b, h[i].name);
        awsc__buf_putc(b, ':');
        if (want_redacted) {
            awsc__buf_puts(&c->redacted, h[i].name);
            awsc__buf_puts(&c->redacted, secret ? ":<redacted>\n" : ":");
        }
        for (; j < n && strcmp(h[j].name, h[i].name) == 0; j++) {
            if (j > i)
                awsc__buf_putc(b, ',');
            size_t at = b->len;
            put_trimall(b, h[j].value);
            if (j > i && want_redacted && !secret)
                awsc__buf_putc(&c->redacted, ',');
            if (want_redacted && !secret && !b->failed)
                awsc__buf_append(&c->redacted, b->data + at, b->len - at);
        }
        awsc__buf_putc(b, '\n');
        if (want_redacted && !secret)
            awsc__buf_putc(&c->redacted, '\n');
        i = j;
    }
    awsc__free(h);
    size_t tail_at = b->len;
    awsc__buf_putc(b, '\n');
    awsc__buf_append(b, c->signed_headers.data, c->signed_headers.len);
    awsc__buf_putc(b, '\n');
    awsc__buf_puts(b, c->payload);
    if (want_redacted && !b->failed)
        awsc__buf_append(&c->redacted, b->data + tail_at, b->len - tail_at);

    /* The string to sign. */
    uint8_t digest[32];
    char hex[65];
    if (!b->failed && !awsc__sha256(b->data, b->len, digest))
        b->failed = true;
    if (!b->failed) {
        awsc__hex_encode(digest, 32, hex);
        if (req->sigv4a)
            put_all(&c->sts, ALGORITHM_A "\n", c->amz_date, "\n", c->date_stamp, "/",
                    req->service, "/aws4_request\n", hex, (const char *)NULL);
        else
            put_all(&c->sts, ALGORITHM "\n", c->amz_date, "\n", c->date_stamp, "/", req->region,
                    "/", req->service, "/aws4_request\n", hex, (const char *)NULL);
    }
    if (b->failed || c->signed_headers.failed || c->auth_query.failed || c->sts.failed ||
        c->redacted.failed)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory while signing");
    return AWSC_OK;
}

int awsc__sigv4_canonical(const struct awsc__sign_request *req, struct awsc_buf *canonical_request,
                          struct awsc_buf *string_to_sign, struct awsc_error *err)
{
    struct canon c = {0};
    int rc = build_canonical(req, false, &c, err);
    if (rc == AWSC_OK) {
        if (canonical_request) {
            awsc__buf_reset(canonical_request);
            awsc__buf_append(canonical_request, c.creq.data, c.creq.len);
        }
        if (string_to_sign) {
            awsc__buf_reset(string_to_sign);
            awsc__buf_append(string_to_sign, c.sts.data, c.sts.len);
        }
        if ((canonical_request && canonical_request->failed) ||
            (string_to_sign && string_to_sign->failed))
            rc = awsc__fail(err, AWSC_E_NOMEM, "out of memory while signing");
    }
    canon_clean_up(&c);
    return rc;
}

/* ---- signing ---- */

void awsc__sign_result_clean_up(struct awsc__sign_result *r)
{
    if (!r)
        return;
    awsc__buf_clean_up(&r->authorization);
    awsc__buf_clean_up(&r->canonical_request);
    awsc__buf_clean_up(&r->string_to_sign);
    awsc__buf_clean_up(&r->signed_headers);
    if (r->token.data)
        awsc__secure_zero(r->token.data, r->token.cap);
    awsc__buf_clean_up(&r->token);
    awsc__buf_clean_up(&r->content_sha256);
    if (r->query.data)
        awsc__secure_zero(r->query.data, r->query.cap);
    awsc__buf_clean_up(&r->query);
    memset(r, 0, sizeof *r);
}

/* Take over buf's storage (the result owns it from now on). */
static void move_buf(struct awsc_buf *dst, struct awsc_buf *src)
{
    awsc__buf_clean_up(dst);
    *dst = *src;
    *src = (struct awsc_buf)AWSC_BUF_INIT;
}

/* The common part of both forms: canonical request, log, key, signature. */
static int sign_common(struct awsc__signer *s, const struct awsc__sign_request *req,
                       struct canon *c, struct awsc__sign_result *out, struct awsc_error *err)
{
    if (!s || !out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "SigV4: no signer or no result");
    awsc__sign_result_clean_up(out);

    bool logging = AWSC_WITH_LOG && s->log && s->log->fn;
    int rc = build_canonical(req, logging, c, err);
    if (rc != AWSC_OK)
        return rc;
    if (logging) {
        awsc__log(s->log, "Calculating signature using v4 auth.");
        awsc__log(s->log, "CanonicalRequest:\n%s", c->redacted.data);
        awsc__log(s->log, "StringToSign:\n%s", c->sts.data);
    }

    uint8_t sig[32];
    if (req->sigv4a) {
        uint8_t key[32];
        if (c->presign)
            return awsc__fail(err, AWSC_E_UNSUPPORTED, "SigV4a: no presigning");
        uint8_t digest[32];
        if (!awsc__sha256(c->sts.data, c->sts.len, digest))
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory while signing");
        rc = awsc__sigv4a_derive(req->credentials->access_key_id,
                                 req->credentials->secret_access_key, key, NULL, err);
        if (rc == AWSC_OK)
            rc = awsc__sigv4a_sign_digest(key, digest, out->signature, err);
        awsc__secure_zero(key, sizeof key);
        if (rc != AWSC_OK)
            return rc;
    } else {
        struct awsc__hmac_sha256_key key;
        rc = signing_key(s, req->credentials->secret_access_key, c->date_stamp, req->region,
                         req->service, &key);
        if (rc != AWSC_OK)
            return awsc__fail(err, rc, "out of memory while signing");
        bool ok = awsc__hmac_sha256_with(&key, c->sts.data, c->sts.len, sig);
        awsc__secure_zero(&key, sizeof key);
        if (!ok)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory while signing");
        awsc__hex_encode(sig, sizeof sig, out->signature);
    }
    memcpy(out->amz_date, c->amz_date, 17);
    move_buf(&out->canonical_request, &c->creq);
    move_buf(&out->string_to_sign, &c->sts);
    move_buf(&out->signed_headers, &c->signed_headers);
    return AWSC_OK;
}

int awsc__sigv4_sign(struct awsc__signer *s, const struct awsc__sign_request *req,
                     struct awsc__sign_result *out, struct awsc_error *err)
{
    struct canon c = {0};
    int rc = sign_common(s, req, &c, out, err);
    if (rc != AWSC_OK) {
        canon_clean_up(&c);
        return rc;
    }
    memcpy(out->date, c.date, sizeof out->date);
    if (req->sigv4a)
        put_all(&out->authorization, ALGORITHM_A " Credential=", req->credentials->access_key_id,
                "/", c.date_stamp, "/", req->service, "/aws4_request, SignedHeaders=",
                out->signed_headers.data, ", Signature=", out->signature, (const char *)NULL);
    else
        put_all(&out->authorization, ALGORITHM " Credential=", req->credentials->access_key_id,
                "/", c.date_stamp, "/", req->region, "/", req->service,
                "/aws4_request, SignedHeaders=", out->signed_headers.data,
                ", Signature=", out->signature, (const char *)NULL);
    if (c.token)
        awsc__buf_puts(&out->token, c.token);
    if (c.content_sha)
        awsc__buf_puts(&out->content_sha256, c.content_sha);
    canon_clean_up(&c);
    if (out->authorization.failed || out->token.failed || out->content_sha256.failed) {
        awsc__sign_result_clean_up(out);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory while signing");
    }

    size_t n = 0;
    if (c.date_mode)
        out->headers[n++] = (struct awsc_http_header){"Date", out->date};
    else
        out->headers[n++] = (struct awsc_http_header){"X-Amz-Date", out->amz_date};
    if (c.token)
        out->headers[n++] = (struct awsc_http_header){"X-Amz-Security-Token", out->token.data};
    if (c.content_sha)
        out->headers[n++] =
            (struct awsc_http_header){"X-Amz-Content-SHA256", out->content_sha256.data};
    out->headers[n++] = (struct awsc_http_header){"Authorization", out->authorization.data};
    out->header_count = n;
    return AWSC_OK;
}

int awsc__sigv4_presign(struct awsc__signer *s, const struct awsc__sign_request *req,
                        int64_t expires, struct awsc__sign_result *out, struct awsc_error *err)
{
    if (expires <= 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "SigV4: presigned URLs need expires > 0");
    struct canon c = {.presign = true, .expires = expires};
    int rc = sign_common(s, req, &c, out, err);
    if (rc != AWSC_OK) {
        canon_clean_up(&c);
        return rc;
    }
    /* the request's own query, its parameters, then the X-Amz-* ones */
    struct awsc_buf *q = &out->query;
    if (req->query && *req->query)
        awsc__buf_puts(q, req->query);
    for (size_t i = 0; i < req->param_count; i++) {
        if (q->len)
            awsc__buf_putc(q, '&');
        put_encoded(q, req->params[i].name ? req->params[i].name : "");
        awsc__buf_putc(q, '=');
        put_encoded(q, req->params[i].value ? req->params[i].value : "");
    }
    if (q->len)
        awsc__buf_putc(q, '&');
    awsc__buf_append(q, c.auth_query.data, c.auth_query.len);
    awsc__buf_printf(q, "&X-Amz-Signature=%s", out->signature);
    canon_clean_up(&c);
    if (q->failed) {
        awsc__sign_result_clean_up(out);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory while signing");
    }
    return AWSC_OK;
}

/* ---- host from URL ---- */

int awsc__sigv4_host_from_url(const char *url, struct awsc_buf *out, struct awsc_error *err)
{
    if (!url)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "no URL to take a host from");
    const char *sep = strstr(url, "://");
    if (!sep)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "URL without a scheme: %s", url);
    size_t scheme_len = (size_t)(sep - url);
    const char *netloc = sep + 3;
    size_t len = strcspn(netloc, "/?#");
    /* userinfo ends at the last '@' */
    for (size_t i = len; i > 0; i--) {
        if (netloc[i - 1] == '@') {
            netloc += i;
            len -= i;
            break;
        }
    }
    const char *host = netloc;
    size_t host_len = len;
    const char *port = NULL;
    size_t port_len = 0;
    bool ipv6 = false;
    if (len && netloc[0] == '[') {
        const char *close = memchr(netloc, ']', len);
        if (!close)
            return awsc__fail(err, AWSC_E_INVALID_ARG, "bad IPv6 host in URL: %s", url);
        ipv6 = true;
        host = netloc + 1;
        host_len = (size_t)(close - host);
        if (close + 1 < netloc + len && close[1] == ':') {
            port = close + 2;
            port_len = (size_t)(netloc + len - port);
        }
    } else {
        const char *colon = memchr(netloc, ':', len);
        if (colon) {
            host_len = (size_t)(colon - netloc);
            port = colon + 1;
            port_len = (size_t)(netloc + len - port);
        }
    }
    if (host_len == 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "URL without a host: %s", url);
    long port_num = -1;
    if (port && port_len) {
        port_num = 0;
        for (size_t i = 0; i < port_len; i++) {
            if (port[i] < '0' || port[i] > '9' || port_num > 65535)
                return awsc__fail(err, AWSC_E_INVALID_ARG, "bad port in URL: %s", url);
            port_num = port_num * 10 + (port[i] - '0');
        }
        if (port_num > 65535)
            return awsc__fail(err, AWSC_E_INVALID_ARG, "bad port in URL: %s", url);
    }
    long default_port = -1;
    if (scheme_len == 4 && awsc__strncasecmp(url, "http", 4) == 0)
        default_port = 80;
    else if (scheme_len == 5 && awsc__strncasecmp(url, "https", 5) == 0)
        default_port = 443;

    if (ipv6)
        awsc__buf_putc(out, '[');
    size_t at = out->len;
    awsc__buf_append(out, host, host_len);
    if (!out->failed)
        for (char *p = out->data + at; *p; p++)
            *p = lower(*p);
    if (ipv6)
        awsc__buf_putc(out, ']');
    if (port_num >= 0 && port_num != default_port) {
        char digits[24];
        size_t n = sizeof digits;
        digits[--n] = '\0';
        do
            digits[--n] = (char)('0' + port_num % 10);
        while ((port_num /= 10) > 0 && n > 1);
        digits[--n] = ':';
        awsc__buf_puts(out, digits + n);
    }
    return out->failed ? awsc__fail(err, AWSC_E_NOMEM, "out of memory") : AWSC_OK;
}
