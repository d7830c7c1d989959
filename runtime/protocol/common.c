/*
 * What every protocol shares: header lists, the look-up of a modeled
 * error by its code, the request id of a response, and the table of
 * protocols.
 */
#include "protocol.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cbor.h"
#include "json.h"
#include "xml.h"
#include "rest.h"

/* ---- headers: the array and the strings live in the arena ---- */

int awsc__headers_add(struct awsc__headers *h, struct awsc_arena *a, const char *name,
                      const char *value)
{
    if (h->count == h->cap) {
        size_t ncap = h->cap ? h->cap * 2 : 8;
        struct awsc__header *n = awsc__arena_alloc(a, ncap * sizeof *n);
        if (!n)
            return AWSC_E_NOMEM;
        if (h->count)
            memcpy(n, h->items, h->count * sizeof *n);
        h->items = n;
        h->cap = ncap;
    }
    const char *n = awsc__arena_strdup(a, name);
    const char *v = awsc__arena_strdup(a, value ? value : "");
    if (!n || !v)
        return AWSC_E_NOMEM;
    h->items[h->count].name = n;
    h->items[h->count].value = v;
    h->count++;
    return AWSC_OK;
}

int awsc__headers_set(struct awsc__headers *h, struct awsc_arena *a, const char *name,
                      const char *value)
{
    awsc__headers_remove(h, name);
    return awsc__headers_add(h, a, name, value);
}

const char *awsc__headers_get(const struct awsc__headers *h, const char *name)
{
    for (size_t i = 0; i < h->count; i++)
        if (awsc__strcasecmp(h->items[i].name, name) == 0)
            return h->items[i].value;
    return NULL;
}

void awsc__headers_remove(struct awsc__headers *h, const char *name)
{
    size_t kept = 0;
    for (size_t i = 0; i < h->count; i++)
        if (awsc__strcasecmp(h->items[i].name, name) != 0)
            h->items[kept++] = h->items[i];
    h->count = kept;
}

/* ---- modeled errors ---- */

/* The shape among n error references (each an awsc_ref naming a shape)
 * whose code, or name, is code. */
static const struct awsc_shape *find_in(const awsc_ref *errors, uint32_t n, const char *code,
                                        bool by_name)
{
    for (uint32_t i = 0; i < n; i++) {
        const struct awsc_shape *s = awsc_ref_get(&errors[i]);
        const char *have = by_name ? awsc_shape_name(s) : awsc_shape_error_code(s);
        if (have && strcmp(have, code) == 0)
            return s;
    }
    return NULL;
}

/* The operation's own errors first, then every error of the service; the
 * code on the wire first, then the shape's name (a query-compatible
 * service's __type names the shape while its modeled code is the old
 * query code). */
const struct awsc_shape *awsc__find_error_shape(const struct awsc_operation *op, const char *code)
{
    if (!op || !code || !*code)
        return NULL;
    const struct awsc_service *svc = awsc_operation_service(op);
    for (int by_name = 0; by_name < 2; by_name++) {
        const struct awsc_shape *s =
            op->error_count ? find_in(awsc_ref_get(&op->errors_ref), op->error_count, code, by_name)
                            : NULL;
        if (!s && svc && svc->error_count)
            s = find_in(awsc_ref_get(&svc->errors_ref), svc->error_count, code, by_name);
        if (s)
            return s;
    }
    return NULL;
}

/* ---- responses ---- */

const char *awsc__response_request_id(const struct awsc__response *resp)
{
    static const char *const NAMES[] = {"x-amzn-RequestId", "x-amz-request-id", "x-amzn-request-id",
                                        "x-amz-id-2"};
    if (!resp)
        return NULL;
    for (size_t i = 0; i < AWSC_ARRAY_LEN(NAMES); i++) {
        const char *v = awsc__headers_get(&resp->headers, NAMES[i]);
        if (v && *v)
            return v;
    }
    return NULL;
}

/* ---- the protocols built in ---- */

/* Only the codecs of the protocols the built services speak (meson sets
 * AWSC_CODEC_*): the others are then named nowhere on the call path, and
 * the linker leaves them out. */
const struct awsc__protocol *awsc__protocol_for(int protocol)
{
    switch (protocol) {
#if AWSC_CODEC_JSON
    case AWSC_PROTO_JSON:
        return awsc__json_protocol();
#endif
#if AWSC_CODEC_QUERY
    case AWSC_PROTO_QUERY:
        return awsc__query_protocol();
#endif
#if AWSC_CODEC_EC2
    case AWSC_PROTO_EC2:
        return awsc__ec2_protocol();
#endif
#if AWSC_CODEC_REST_JSON
    case AWSC_PROTO_REST_JSON:
        return awsc__rest_json_protocol();
#endif
#if AWSC_CODEC_REST_XML
    case AWSC_PROTO_REST_XML:
        return awsc__rest_xml_protocol();
#endif
#if AWSC_CODEC_RPC_V2_CBOR
    case AWSC_PROTO_RPC_V2_CBOR:
        return awsc__cbor_protocol();
#endif
    default:
        return NULL;
    }
}

/* ---------------------------------------------------------- write paths */

static void wpath_steps(struct awsc_buf *b, const struct awsc__wpath *p)
{
    if (!p)
        return;
    wpath_steps(b, p->up);
    if (p->is_key)
        awsc__buf_printf(b, "[\"%.40s%s\"]", p->name, strlen(p->name) > 40 ? "..." : "");
    else if (p->name)
        awsc__buf_printf(b, "%s%s", b->len ? "." : "", p->name);
    else
        awsc__buf_printf(b, "[%zu]", p->index);
}

void awsc__wpath_put(struct awsc_buf *b, const struct awsc__wpath *p)
{
    size_t start = b->len;
    wpath_steps(b, p);
    if (b->len == start)
        awsc__buf_puts(b, "top level");
}

int awsc__wpath_fail(struct awsc_error *err, const struct awsc__wpath *path, const char *fmt,
                     va_list ap)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__wpath_put(&b, path);
    awsc__buf_puts(&b, ": ");
    awsc__buf_vprintf(&b, fmt, ap);
    int status = b.failed ? awsc__fail(err, AWSC_E_NOMEM, "out of memory")
                          : awsc__fail(err, AWSC_E_VALIDATION, "%s", b.data);
    awsc__buf_clean_up(&b);
    return status;
}

/* ------------------------------------------------------------ numbers */

/* The shortest %.*e text of d that reads back as d (as a float when
 * single). strtod and snprintf agree on the locale's decimal point. */
static void shortest_e(double d, bool single, char *e, size_t size)
{
    for (int prec = 0; prec <= 17; prec++) {
        snprintf(e, size, "%.*e", prec, d);
        if (single ? strtof(e, NULL) == (float)d : strtod(e, NULL) == d)
            return;
    }
}

void awsc__put_double_repr(struct awsc_buf *out, double d, bool single)
{
    if (isnan(d)) {
        awsc__buf_puts(out, "NaN");
        return;
    }
    if (isinf(d)) {
        awsc__buf_puts(out, d > 0 ? "Infinity" : "-Infinity");
        return;
    }
    char e[64];
    shortest_e(d, single, e, sizeof e);
    /* e: [-]D[<point>DDD]e(+|-)XX; take the digits and the exponent */
    const char *p = e;
    if (*p == '-') {
        awsc__buf_putc(out, '-');
        p++;
    }
    char digits[32];
    size_t nd = 0;
    for (; *p && *p != 'e' && *p != 'E'; p++)
        if (*p >= '0' && *p <= '9' && nd < sizeof digits)
            digits[nd++] = *p;
    int exp10 = *p ? atoi(p + 1) : 0;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    if (nd == 0)
        digits[nd++] = '0';
    int decpt = exp10 + 1; /* digits[0..decpt) come before the point */
    if (exp10 >= -4 && exp10 < 16) {
        if (decpt <= 0) {
            awsc__buf_puts(out, "0.");
            for (int i = decpt; i < 0; i++)
                awsc__buf_putc(out, '0');
            awsc__buf_append(out, digits, nd);
        } else if ((size_t)decpt >= nd) {
            awsc__buf_append(out, digits, nd);
            for (size_t i = nd; i < (size_t)decpt; i++)
                awsc__buf_putc(out, '0');
            awsc__buf_puts(out, ".0");
        } else {
            awsc__buf_append(out, digits, (size_t)decpt);
            awsc__buf_putc(out, '.');
            awsc__buf_append(out, digits + decpt, nd - (size_t)decpt);
        }
    } else {
        awsc__buf_putc(out, digits[0]);
        if (nd > 1) {
            awsc__buf_putc(out, '.');
            awsc__buf_append(out, digits + 1, nd - 1);
        }
        awsc__buf_printf(out, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
}

/* ------------------------------------------------------ error bodies */

static bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

const char *awsc__clean_error_code(struct awsc_arena *a, const char *code)
{
    const char *colon = strchr(code, ':');
    size_t n = colon ? (size_t)(colon - code) : strlen(code);
    const char *start = code;
    for (size_t i = 0; i < n; i++)
        if (code[i] == '#')
            start = code + i + 1;
    return awsc__arena_strndup(a, start, n - (size_t)(start - code));
}

bool awsc__blank(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_ascii_space((char)p[i]))
            return false;
    return true;
}

const char *awsc__quote_body(struct awsc_arena *a, const uint8_t *body, size_t len)
{
    enum { MAX = 120 };
    char line[MAX + 4]; /* MAX characters, "..." and the NUL */
    size_t n = 0, i = 0;
    bool space = false;
    for (; i < len && n < MAX; i++) {
        unsigned char c = body[i];
        if (is_ascii_space((char)c)) {
            space = n > 0;
            continue;
        }
        if (space) {
            if (n + 1 >= MAX)
                break; /* no room for the space and a character */
            line[n++] = ' ';
        }
        space = false;
        /* only printable ASCII: the rest may not be text at all */
        line[n++] = c > 0x20 && c < 0x7f ? (char)c : '?';
    }
    line[n] = '\0';
    if (i < len && !awsc__blank(body + i, len - i))
        memcpy(line + n, "...", 4);
    return awsc__arena_strdup(a, line);
}

/* --------------------------------------------------------------- members */

const char *awsc__string_member(const struct awsc_shape *s, const void *value, const char *name)
{
    const struct awsc_member *m = value ? awsc_shape_member_named(s, name) : NULL;
    if (!m || awsc_member_shape(m)->type != AWSC_SHAPE_STRING)
        return NULL;
    return *(const char *const *)(const void *)((const unsigned char *)value + m->offset);
}

bool awsc__member_is_set(const struct awsc_member *m, const void *parent)
{
    const unsigned char *p = (const unsigned char *)parent + m->offset;
    if (awsc_member_has_offset(m) != AWSC_NO_PRESENCE)
        return *(const bool *)((const unsigned char *)parent + awsc_member_has_offset(m));
    switch (awsc_member_shape(m)->type) {
    case AWSC_SHAPE_STRUCTURE:
    case AWSC_SHAPE_DOCUMENT:
    case AWSC_SHAPE_STRING:
        return *(const void *const *)(const void *)p != NULL;
    case AWSC_SHAPE_LIST:
    case AWSC_SHAPE_MAP: {
        const struct awsc_list_view *l = (const struct awsc_list_view *)(const void *)p;
        return l->items != NULL || l->count != 0;
    }
    case AWSC_SHAPE_BLOB:
        if (m->flags & AWSC_MF_STREAMING) {
            const struct awsc_stream *st = (const struct awsc_stream *)(const void *)p;
            return st->data || st->path || st->read;
        }
        return ((const struct awsc_blob *)(const void *)p)->data != NULL;
    default:
        return true;
    }
}

int awsc__response_read_status(struct awsc_error *err, const struct awsc_operation *op,
                               const struct awsc__response *resp, int status,
                               struct awsc_error *perr)
{
    if (status == AWSC_E_PARSE)
        awsc__fail(err, status, "the %s response (HTTP %d) could not be read: %s",
                   awsc_operation_name(op), resp->status,
                   perr->message ? perr->message : "malformed");
    else if (status != AWSC_OK)
        awsc__error_move(err, perr);
    awsc_error_clean_up(perr);
    return status;
}

int awsc__rpc_error_fill(const struct awsc_operation *op, const struct awsc__response *resp,
                         const struct awsc__rpc_error *e, struct awsc_arena *scratch,
                         struct awsc_error *err, const struct awsc_shape **shape)
{
    *shape = NULL;
    awsc_error_clean_up(err);
    err->status = AWSC_E_SERVICE;
    err->http_status = resp->status;
    struct awsc_arena *a = awsc__error_arena(err);
    if (!a)
        return AWSC_E_NOMEM;
    const char *code = NULL;
    if (e->type && *e->type && !(code = awsc__clean_error_code(a, e->type)))
        return AWSC_E_NOMEM;
    const char *type_code = code;
    bool by_type = false;
    const char *query = awsc__headers_get(&resp->headers, "x-amzn-query-error");
    const char *semi = query ? strchr(query, ';') : NULL;
    if (semi && semi != query && !strchr(semi + 1, ';')) {
        if (!(code = awsc__arena_strndup(a, query, (size_t)(semi - query))))
            return AWSC_E_NOMEM;
        const struct awsc_service *svc = awsc_operation_service(op);
        by_type = type_code && svc && (svc->flags & AWSC_SVC_ERROR_SHAPE_BY_TYPE);
    }
    if (!code || !*code)
        code = awsc__arena_printf(a, "%d", resp->status);
    err->code = code;
    if (e->readable) {
        err->message = awsc__arena_strdup(a, e->message ? e->message : "");
    } else {
        const char *start = awsc__quote_body(scratch, resp->body, resp->body_len);
        err->message = start ? awsc__arena_printf(a,
                                                  "the service answered HTTP %d with a body "
                                                  "that is not %s: \"%s\"",
                                                  resp->status, e->what, start)
                             : NULL;
    }
    const char *rid = awsc__response_request_id(resp);
    err->request_id = rid ? awsc__arena_strdup(a, rid) : NULL;
    err->operation = awsc_operation_name(op);
    if (!err->code || !err->message || (rid && !err->request_id))
        return AWSC_E_NOMEM;
    /* a body that does not fit the model leaves the error unmodeled */
    if (e->readable)
        *shape = awsc__find_error_shape(op, by_type ? type_code : code);
    return AWSC_E_SERVICE;
}

/* ----------------------------------------------------------- timestamps */

void awsc__put_timestamp(struct awsc_buf *out, struct awsc_timestamp t, int fmt, int precision)
{
    char text[48];
    struct awsc_timestamp whole = {t.sec, 0};
    int ms = (int)(t.nsec / 1000000), usec = (int)(t.nsec / 1000);
    switch (fmt) {
    case AWSC_TSFMT_RFC822:
        awsc__ts_format_rfc822(whole, text);
        awsc__buf_puts(out, text);
        return;
    case AWSC_TSFMT_EPOCH:
        if (precision == AWSC__TS_MILLIS) {
            /* calendar.timegm(...) + (microsecond // 1000) / 1000.0 */
            awsc__put_double_repr(out, (double)t.sec + (double)ms / 1000.0, false);
            return;
        }
        awsc__buf_printf(out, "%lld", (long long)t.sec);
        return;
    default: {
        awsc__ts_format_iso8601(whole, text); /* ...:SSZ */
        size_t n = strlen(text) - 1;          /* without the Z */
        if (precision == AWSC__TS_MILLIS)
            snprintf(text + n, sizeof text - n, ".%03dZ", ms);
        else if (precision == AWSC__TS_DEFAULT && usec > 0)
            snprintf(text + n, sizeof text - n, ".%06dZ", usec);
        awsc__buf_puts(out, text);
        return;
    }
    }
}

int awsc__ts_precision_of(const struct awsc_service *svc)
{
    return svc && (svc->flags & AWSC_SVC_MS_TIMESTAMPS) ? AWSC__TS_MILLIS : AWSC__TS_DEFAULT;
}

/* ------------------------------------------------------ sparse lists, maps */

bool awsc__item_is_null(const struct awsc_shape *s, const void *list, const void *item, size_t i)
{
    if (!(s->flags & AWSC_SF_SPARSE))
        return false;
    if (awsc_shape_item(s)->type == AWSC_SHAPE_STRING)
        return *(const char *const *)item == NULL;
    if (!awsc_shape_null_offset(s))
        return false;
    const bool *is_null = *(const bool *const *)(const void *)((const unsigned char *)list +
                                                               awsc_shape_null_offset(s));
    return is_null && is_null[i];
}

bool awsc__entry_is_null(const struct awsc_shape *s, const void *entry)
{
    if (!(s->flags & AWSC_SF_SPARSE))
        return false;
    if (awsc_shape_item(s)->type == AWSC_SHAPE_STRING)
        return *(const char *const *)(const void *)((const unsigned char *)entry +
                                                    awsc_shape_value_offset(s)) == NULL;
    return awsc_shape_null_offset(s) &&
           *(const bool *)((const unsigned char *)entry + awsc_shape_null_offset(s));
}
