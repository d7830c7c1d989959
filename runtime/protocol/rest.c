/*
 * The HTTP binding shared by rest-json and rest-xml (see rest.h): URI
 * labels, query string, headers and raw payloads of a request; status
 * code, headers and raw payloads of a response; and the pieces of error
 * handling both body formats use.
 */
#include "rest.h"

#include "xml.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ITEM(base, i, size) ((void *)((unsigned char *)(base) + (size_t)(i) * (size)))
#define FIELD(base, off)    ((void *)((unsigned char *)(base) + (off)))
#define CFIELD(base, off)   ((const void *)((const unsigned char *)(base) + (off)))

/* ------------------------------------------------------------ members */

static bool is_stream(const struct awsc_member *m)
{
    return awsc_member_shape(m)->type == AWSC_SHAPE_BLOB && (m->flags & AWSC_MF_STREAMING);
}

bool awsc__rest_payload_is_raw(const struct awsc_member *m)
{
    return m && (awsc_member_shape(m)->type == AWSC_SHAPE_BLOB ||
                 awsc_member_shape(m)->type == AWSC_SHAPE_STRING);
}

bool awsc__rest_has_body_members(const struct awsc_shape *shape)
{
    if (!shape || shape->type != AWSC_SHAPE_STRUCTURE)
        return false;
    for (uint32_t i = 0; i < awsc_shape_member_count(shape); i++)
        if (awsc_shape_members(shape)[i].location == AWSC_LOC_BODY)
            return true;
    return false;
}

/* ------------------------------------------------------ values as text */

static int timestamp_format(const struct awsc_member *m, const struct awsc_shape *s, int dflt)
{
    if (m && m->timestamp_format != AWSC_TSFMT_DEFAULT)
        return m->timestamp_format;
    if (s->timestamp_format != AWSC_TSFMT_DEFAULT)
        return s->timestamp_format;
    return dflt;
}

/* Appends the text of a scalar value (a label, query value or header).
 * `what` names the member in messages. */
static int put_scalar(struct awsc_buf *b, const struct awsc_shape *s, const struct awsc_member *m,
                      const void *v, int dflt_ts, int precision, bool header, const char *what,
                      struct awsc_error *err)
{
    switch (s->type) {
    case AWSC_SHAPE_STRING: {
        const char *str = *(const char *const *)v;
        if (!str)
            return awsc__fail(err, AWSC_E_VALIDATION, "%s: a list item is NULL", what);
        size_t n = strlen(str);
        if (!awsc__utf8_valid(str, n))
            return awsc__fail(err, AWSC_E_VALIDATION, "%s: the string is not valid UTF-8", what);
        awsc__buf_append(b, str, n);
        return AWSC_OK;
    }
    case AWSC_SHAPE_BOOLEAN:
        awsc__buf_puts(b, *(const bool *)v ? "true" : "false");
        return AWSC_OK;
    case AWSC_SHAPE_BYTE:
        awsc__buf_printf(b, "%d", (int)*(const int8_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_SHORT:
        awsc__buf_printf(b, "%d", (int)*(const int16_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_INTEGER:
        awsc__buf_printf(b, "%ld", (long)*(const int32_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_LONG:
        awsc__buf_printf(b, "%lld", (long long)*(const int64_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_FLOAT:
        awsc__put_double_repr(b, (double)*(const float *)v, true); /* Python's repr() */
        return AWSC_OK;
    case AWSC_SHAPE_DOUBLE:
        awsc__put_double_repr(b, *(const double *)v, false);
        return AWSC_OK;
    case AWSC_SHAPE_TIMESTAMP: {
        struct awsc_timestamp t = *(const struct awsc_timestamp *)v;
        if (t.nsec < 0 || t.nsec >= 1000000000)
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "%s: the timestamp's nsec (%ld) is outside 0..999999999", what,
                              (long)t.nsec);
        if (header)
            t.nsec = 0;
        awsc__put_timestamp(b, t, timestamp_format(m, s, dflt_ts), precision);
        return AWSC_OK;
    }
    case AWSC_SHAPE_BLOB: {
        const struct awsc_blob *blob = v;
        awsc__buf_base64(b, blob->data, blob->len);
        return AWSC_OK;
    }
    default:
        return awsc__fail(err, AWSC_E_VALIDATION,
                          "%s: a value of shape %s cannot travel in a URI, query string or "
                          "header",
                          what, awsc__shape_label(s));
    }
}

/* ------------------------------------------------------------- request */

struct ser {
    const struct awsc_operation *op;
    struct awsc__request *req;
    const struct awsc_shape *in;
    const void *input;
    struct awsc_buf text; /* scratch */
    struct awsc_error *err;
};

static const struct awsc_member *find_label(const struct awsc_shape *in, const char *name, size_t n)
{
    for (uint32_t i = 0; in && i < awsc_shape_member_count(in); i++) {
        const struct awsc_member *m = &awsc_shape_members(in)[i];
        const char *wire = awsc_member_wire_name(m);
        if (m->location == AWSC_LOC_URI && strlen(wire) == n && memcmp(wire, name, n) == 0)
            return m;
    }
    return NULL;
}

/* *token: a fresh UUID for an unset idempotency-token string member, else
 * NULL. AWSC_E_NOMEM or AWSC_OK. */
static int token_for(struct ser *s, const struct awsc_member *m, const char **token)
{
    *token = NULL;
    if (!(m->flags & AWSC_MF_IDEMPOTENCY_TOKEN) || awsc_member_shape(m)->type != AWSC_SHAPE_STRING)
        return AWSC_OK;
    char uuid[37];
    awsc__uuid4(uuid);
    *token = awsc__arena_strdup(s->req->arena, uuid);
    return *token ? AWSC_OK : awsc__fail(s->err, AWSC_E_NOMEM, "out of memory");
}

/* What botocore sends for an unset label: Glacier's accountId is "-", the
 * account of the credentials (AWSC_SVC_GLACIER). */
static const char *label_default(const struct ser *s, const struct awsc_member *m)
{
    const struct awsc_service *svc = awsc_operation_service(s->op);
    if (svc && (svc->flags & AWSC_SVC_GLACIER) && strcmp(awsc_member_name(m), "accountId") == 0)
        return "-";
    return NULL;
}

/* The text of a scalar value of member `owner` into s->text (reset
 * first); `m` is the member whose timestampFormat applies, or NULL for a
 * list item or map value. */
static int member_text(struct ser *s, const struct awsc_member *owner, const struct awsc_member *m,
                       const struct awsc_shape *shape, const void *v, int dflt_ts)
{
    awsc__buf_reset(&s->text);
    int status = put_scalar(&s->text, shape, m, v, dflt_ts,
                            awsc__ts_precision_of(awsc_operation_service(s->op)), false,
                            awsc_member_name(owner), s->err);
    if (status == AWSC_OK && s->text.failed)
        status = awsc__fail(s->err, AWSC_E_NOMEM, "out of memory");
    return status;
}

static const char *text_of(struct ser *s)
{
    return s->text.data ? s->text.data : "";
}

static int expand_path(struct ser *s, const char *uri, size_t len)
{
    struct awsc_buf *path = &s->req->path;
    size_t i = 0;
    while (i < len) {
        const char *open = memchr(uri + i, '{', len - i);
        if (!open || !s->in) {
            awsc__buf_append(path, uri + i, len - i);
            break;
        }
        awsc__buf_append(path, uri + i, (size_t)(open - (uri + i)));
        const char *close = memchr(open, '}', (size_t)(uri + len - open));
        if (!close)
            return awsc__fail(s->err, AWSC_E_INTERNAL, "the URI template %s has an unclosed label",
                              uri);
        const char *name = open + 1;
        size_t n = (size_t)(close - name);
        bool greedy = n > 0 && name[n - 1] == '+';
        if (greedy)
            n--;
        const struct awsc_member *m = find_label(s->in, name, n);
        if (!m)
            return awsc__fail(s->err, AWSC_E_INTERNAL,
                              "the URI template %s names a label {%.*s} that no member fills", uri,
                              (int)n, name);
        const void *v = CFIELD(s->input, m->offset);
        const char *token = NULL;
        int status = AWSC_OK;
        if (awsc__member_is_set(m, s->input)) {
            status = member_text(s, m, m, awsc_member_shape(m), v, AWSC_TSFMT_ISO8601);
        } else if ((status = token_for(s, m, &token)) != AWSC_OK) {
            return status;
        } else if (token || (token = label_default(s, m)) != NULL) {
            awsc__buf_reset(&s->text);
            awsc__buf_puts(&s->text, token);
        } else {
            status = awsc__fail(s->err, AWSC_E_VALIDATION,
                                "Missing required parameter %s: it fills {%.*s} in the request "
                                "URI",
                                awsc_member_name(m), (int)n, name);
        }
        if (status != AWSC_OK)
            return status;
        awsc__buf_uri_encode(path, text_of(s), s->text.len, greedy);
        i = (size_t)(close + 1 - uri);
    }
    return AWSC_OK;
}

static void query_add(struct ser *s, const char *name, const char *value, size_t n)
{
    struct awsc_buf *q = &s->req->query;
    if (q->len)
        awsc__buf_putc(q, '&');
    awsc__buf_uri_encode(q, name, strlen(name), false);
    awsc__buf_putc(q, '=');
    awsc__buf_uri_encode(q, value, n, false);
}

/* A query member whose wire name is `key` and that is set: a map entry of
 * that name gives way to it. */
static bool query_member_named(const struct ser *s, const char *key)
{
    for (uint32_t i = 0; i < awsc_shape_member_count(s->in); i++) {
        const struct awsc_member *m = &awsc_shape_members(s->in)[i];
        if (m->location == AWSC_LOC_QUERY && awsc_member_shape(m)->type != AWSC_SHAPE_MAP &&
            strcmp(awsc_member_wire_name(m), key) == 0 && awsc__member_is_set(m, s->input))
            return true;
    }
    return false;
}

/* Every item of a list as name=item. */
static int query_list(struct ser *s, const struct awsc_member *m, const char *name,
                      const struct awsc_shape *ls, const void *v)
{
    const struct awsc_list_view *l = v;
    if (!l->items && l->count)
        return awsc__fail(s->err, AWSC_E_VALIDATION, "%s: the list has %zu items but items is NULL",
                          awsc_member_name(m), l->count);
    for (size_t i = 0; i < l->count; i++) {
        int status = member_text(s, m, NULL, awsc_shape_item(ls),
                                 ITEM(l->items, i, awsc_shape_item(ls)->size), AWSC_TSFMT_ISO8601);
        if (status != AWSC_OK)
            return status;
        query_add(s, name, text_of(s), s->text.len);
    }
    return AWSC_OK;
}

static int query_member(struct ser *s, const struct awsc_member *m)
{
    const void *v = CFIELD(s->input, m->offset);
    if (!awsc__member_is_set(m, s->input)) {
        const char *token;
        int status = token_for(s, m, &token);
        if (status == AWSC_OK && token)
            query_add(s, awsc_member_wire_name(m), token, strlen(token));
        return status;
    }
    const struct awsc_shape *sh = awsc_member_shape(m);
    if (sh->type == AWSC_SHAPE_LIST)
        return query_list(s, m, awsc_member_wire_name(m), sh, v);
    if (sh->type != AWSC_SHAPE_MAP) {
        int status = member_text(s, m, m, sh, v, AWSC_TSFMT_ISO8601);
        if (status == AWSC_OK)
            query_add(s, awsc_member_wire_name(m), text_of(s), s->text.len);
        return status;
    }
    const struct awsc_map_view *mv = v;
    if (!mv->entries && mv->count)
        return awsc__fail(s->err, AWSC_E_VALIDATION,
                          "%s: the map has %zu entries but entries is NULL", awsc_member_name(m),
                          mv->count);
    for (size_t i = 0; i < mv->count; i++) {
        const void *entry = ITEM(mv->entries, i, awsc_shape_entry_size(sh));
        const char *key = *(const char *const *)entry;
        const void *value = CFIELD(entry, awsc_shape_value_offset(sh));
        if (!key)
            return awsc__fail(s->err, AWSC_E_VALIDATION, "%s: the key of entry %zu is NULL",
                              awsc_member_name(m), i);
        if (!awsc__utf8_valid(key, strlen(key)))
            return awsc__fail(s->err, AWSC_E_VALIDATION,
                              "%s: the key of entry %zu is not valid UTF-8", awsc_member_name(m),
                              i);
        if (query_member_named(s, key))
            continue;
        int status;
        if (awsc_shape_item(sh)->type == AWSC_SHAPE_LIST) {
            status = query_list(s, m, key, awsc_shape_item(sh), value);
        } else {
            status = member_text(s, m, NULL, awsc_shape_item(sh), value, AWSC_TSFMT_ISO8601);
            if (status == AWSC_OK)
                query_add(s, key, text_of(s), s->text.len);
        }
        if (status != AWSC_OK)
            return status;
    }
    return AWSC_OK;
}

/* RFC 7230 token characters. */
static bool header_name_ok(const char *name)
{
    if (!*name)
        return false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        unsigned char c = *p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  (c && strchr("!#$%&'*+-.^_`|~", c));
        if (!ok)
            return false;
    }
    return true;
}

/* No CR, LF or other control character (tab is allowed). */
static bool header_value_ok(const char *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)v[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

static int header_set(struct ser *s, const struct awsc_member *m, const char *name,
                      const char *value, size_t n)
{
    if (!header_name_ok(name))
        return awsc__fail(s->err, AWSC_E_VALIDATION, "%s: \"%s\" is not a valid HTTP header name",
                          awsc_member_name(m), name);
    if (!header_value_ok(value, n))
        return awsc__fail(s->err, AWSC_E_VALIDATION,
                          "%s: the value for header %s holds a control character (CR, LF, ...); "
                          "it is not sent",
                          awsc_member_name(m), name);
    /* White space around a field value is not part of it on the wire */
    while (n && (*value == ' ' || *value == '\t')) {
        value++;
        n--;
    }
    while (n && (value[n - 1] == ' ' || value[n - 1] == '\t'))
        n--;
    const char *copy = awsc__arena_strndup(s->req->arena, value, n);
    if (!copy || awsc__headers_set(&s->req->headers, s->req->arena, name, copy) != AWSC_OK)
        return awsc__fail(s->err, AWSC_E_NOMEM, "out of memory");
    return AWSC_OK;
}

/* A string item of a header list, quoted when it holds ',' or '"'. */
static void put_list_string(struct awsc_buf *b, const char *str)
{
    if (!strpbrk(str, ",\"")) {
        awsc__buf_puts(b, str);
        return;
    }
    awsc__buf_putc(b, '"');
    for (const char *p = str; *p; p++) {
        if (*p == '"' || *p == '\\')
            awsc__buf_putc(b, '\\');
        awsc__buf_putc(b, *p);
    }
    awsc__buf_putc(b, '"');
}

static int header_member(struct ser *s, const struct awsc_member *m)
{
    const void *v = CFIELD(s->input, m->offset);
    const struct awsc_shape *sh = awsc_member_shape(m);
    if (!awsc__member_is_set(m, s->input)) {
        const char *token;
        int status = token_for(s, m, &token);
        if (status == AWSC_OK && token)
            status = header_set(s, m, awsc_member_wire_name(m), token, strlen(token));
        return status;
    }
    awsc__buf_reset(&s->text);
    int status = AWSC_OK;
    if (sh->type == AWSC_SHAPE_LIST) {
        const struct awsc_list_view *l = v;
        if (l->count == 0)
            return AWSC_OK; /* an empty list sends no header */
        if (!l->items)
            return awsc__fail(s->err, AWSC_E_VALIDATION,
                              "%s: the list has %zu items but items is NULL", awsc_member_name(m),
                              l->count);
        for (size_t i = 0; status == AWSC_OK && i < l->count; i++) {
            const void *item = ITEM(l->items, i, awsc_shape_item(sh)->size);
            if (i)
                awsc__buf_putc(&s->text, ',');
            if (awsc_shape_item(sh)->type == AWSC_SHAPE_STRING) {
                const char *str = *(const char *const *)item;
                if (!str)
                    return awsc__fail(s->err, AWSC_E_VALIDATION, "%s[%zu]: a list item is NULL",
                                      awsc_member_name(m), i);
                if (!awsc__utf8_valid(str, strlen(str)))
                    return awsc__fail(s->err, AWSC_E_VALIDATION,
                                      "%s[%zu]: the string is not valid UTF-8", awsc_member_name(m),
                                      i);
                put_list_string(&s->text, str);
            } else {
                status = put_scalar(&s->text, awsc_shape_item(sh), NULL, item, AWSC_TSFMT_RFC822,
                                    awsc__ts_precision_of(awsc_operation_service(s->op)), true,
                                    awsc_member_name(m), s->err);
            }
        }
    } else if (sh->type == AWSC_SHAPE_STRING && (m->flags & AWSC_MF_JSONVALUE)) {
        /* a JSON value in a header travels as the base64 of its text */
        const char *str = *(const char *const *)v;
        size_t n = strlen(str);
        if (!awsc__utf8_valid(str, n))
            return awsc__fail(s->err, AWSC_E_VALIDATION, "%s: the string is not valid UTF-8",
                              awsc_member_name(m));
        awsc__buf_base64(&s->text, (const uint8_t *)str, n);
    } else {
        status = put_scalar(&s->text, sh, m, v, AWSC_TSFMT_RFC822,
                            awsc__ts_precision_of(awsc_operation_service(s->op)), true,
                            awsc_member_name(m), s->err);
    }
    if (status == AWSC_OK && s->text.failed)
        status = awsc__fail(s->err, AWSC_E_NOMEM, "out of memory");
    if (status != AWSC_OK)
        return status;
    return header_set(s, m, awsc_member_wire_name(m), text_of(s), s->text.len);
}

/* A map member: one header per entry, named prefix + key. */
static int headers_member(struct ser *s, const struct awsc_member *m)
{
    const struct awsc_shape *sh = awsc_member_shape(m);
    if (!awsc__member_is_set(m, s->input))
        return AWSC_OK;
    if (sh->type != AWSC_SHAPE_MAP)
        return awsc__fail(s->err, AWSC_E_INTERNAL, "%s: a headers member must be a map",
                          awsc_member_name(m));
    const struct awsc_map_view *mv = CFIELD(s->input, m->offset);
    if (!mv->entries && mv->count)
        return awsc__fail(s->err, AWSC_E_VALIDATION,
                          "%s: the map has %zu entries but entries is NULL", awsc_member_name(m),
                          mv->count);
    struct awsc_buf name = AWSC_BUF_INIT;
    int status = AWSC_OK;
    for (size_t i = 0; status == AWSC_OK && i < mv->count; i++) {
        const void *entry = ITEM(mv->entries, i, awsc_shape_entry_size(sh));
        const char *key = *(const char *const *)entry;
        if (!key) {
            status = awsc__fail(s->err, AWSC_E_VALIDATION, "%s: the key of entry %zu is NULL",
                                awsc_member_name(m), i);
            break;
        }
        awsc__buf_reset(&name);
        awsc__buf_puts(&name, awsc_member_wire_name(m));
        awsc__buf_puts(&name, key);
        status = member_text(s, m, NULL, awsc_shape_item(sh),
                             CFIELD(entry, awsc_shape_value_offset(sh)), AWSC_TSFMT_RFC822);
        if (status == AWSC_OK && name.failed)
            status = awsc__fail(s->err, AWSC_E_NOMEM, "out of memory");
        if (status == AWSC_OK)
            status = header_set(s, m, name.data, text_of(s), s->text.len);
    }
    awsc__buf_clean_up(&name);
    return status;
}

int awsc__rest_serialize(const struct awsc_operation *op, const void *input,
                         struct awsc__request *req, struct awsc_error *err)
{
    if (!req->arena)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "the request has no arena");
    const char *method = awsc_operation_http_method(op);
    req->method = method ? method : "POST";
    /* the call path's choice of URI (S3 without its leading /{Bucket} when
     * the rule set places the bucket), else the operation's */
    const char *uri = req->request_uri ? req->request_uri : awsc_operation_request_uri(op);
    if (!uri || !*uri)
        uri = "/";
    const char *q = strchr(uri, '?');
    struct ser s = {op, req, awsc_operation_input(op), input, AWSC_BUF_INIT, err};
    if (s.in && !s.input) {
        s.input = awsc__arena_alloc(req->arena, s.in->size ? s.in->size : 1);
        if (!s.input)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    int status = expand_path(&s, uri, q ? (size_t)(q - uri) : strlen(uri));
    if (status == AWSC_OK && q && q[1])
        awsc__buf_puts(&req->query, q + 1);
    for (uint32_t i = 0; status == AWSC_OK && s.in && i < awsc_shape_member_count(s.in); i++) {
        const struct awsc_member *m = &awsc_shape_members(s.in)[i];
        switch (m->location) {
        case AWSC_LOC_QUERY:
            status = query_member(&s, m);
            break;
        case AWSC_LOC_HEADER:
            status = header_member(&s, m);
            break;
        case AWSC_LOC_HEADERS:
            status = headers_member(&s, m);
            break;
        default:
            break;
        }
    }
    awsc__buf_clean_up(&s.text);
    if (status == AWSC_OK && (req->path.failed || req->query.failed))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

int awsc__rest_serialize_raw_payload(const struct awsc_member *m, const void *input,
                                     struct awsc__request *req, struct awsc_error *err)
{
    if (!input || !awsc__member_is_set(m, input))
        return AWSC_OK;
    const void *v = CFIELD(input, m->offset);
    if (is_stream(m)) {
        req->body_stream = v;
        req->has_body = true;
        return AWSC_OK;
    }
    if (awsc_member_shape(m)->type == AWSC_SHAPE_STRING) {
        const char *str = *(const char *const *)v;
        size_t n = strlen(str);
        if (!awsc__utf8_valid(str, n))
            return awsc__fail(err, AWSC_E_VALIDATION, "%s: the string is not valid UTF-8",
                              awsc_member_name(m));
        awsc__buf_append(&req->body, str, n);
    } else {
        const struct awsc_blob *b = v;
        awsc__buf_append(&req->body, b->data, b->len);
    }
    req->has_body = true;
    if (req->body.failed)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return AWSC_OK;
}

/* ------------------------------------------------------------ response */

/* Every value of a header, joined with ", " as HTTP allows; NULL when
 * the header is absent. *nomem is set when out of memory. */
static const char *header_values(struct awsc_arena *a, const struct awsc__headers *h,
                                 const char *name, bool *nomem)
{
    const char *first = NULL;
    struct awsc_buf joined = AWSC_BUF_INIT;
    for (size_t i = 0; i < h->count; i++) {
        if (awsc__strcasecmp(h->items[i].name, name) != 0)
            continue;
        if (!first) {
            first = h->items[i].value;
            continue;
        }
        if (!joined.len)
            awsc__buf_puts(&joined, first);
        awsc__buf_puts(&joined, ", ");
        awsc__buf_puts(&joined, h->items[i].value);
    }
    if (!joined.len)
        return first;
    const char *out = joined.failed ? NULL : awsc__arena_strdup(a, joined.data);
    awsc__buf_clean_up(&joined);
    if (!out)
        *nomem = true;
    return out;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* text without its leading and trailing white space, in a. */
static char *trimmed(struct awsc_arena *a, const char *text)
{
    while (is_space(*text))
        text++;
    size_t n = strlen(text);
    while (n && is_space(text[n - 1]))
        n--;
    return awsc__arena_strndup(a, text, n);
}

/* strtod with '.' whatever the locale. */
static bool read_double(const char *text, double *out)
{
    if (strcmp(text, "NaN") == 0) {
        *out = NAN;
        return true;
    }
    if (strcmp(text, "Infinity") == 0 || strcmp(text, "-Infinity") == 0) {
        *out = text[0] == '-' ? -INFINITY : INFINITY;
        return true;
    }
    char buf[64];
    size_t n = strlen(text);
    if (n == 0 || n >= sizeof buf)
        return false;
    const char *point = localeconv()->decimal_point;
    for (size_t i = 0; i <= n; i++) {
        char c = text[i];
        if (c &&
            !((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
            return false;
        buf[i] = c == '.' && point && point[0] && !point[1] ? point[0] : c;
    }
    char *end;
    *out = strtod(buf, &end);
    return *end == '\0';
}

static bool read_int(const char *text, int64_t min, int64_t max, int64_t *out)
{
    if (!*text)
        return false;
    const char *p = text;
    bool negative = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    if (!*p)
        return false;
    uint64_t v = 0;
    for (; *p; p++) {
        if (*p < '0' || *p > '9')
            return false;
        if (v > (UINT64_MAX - 9) / 10)
            return false;
        v = v * 10 + (uint64_t)(*p - '0');
    }
    if (negative ? v > (uint64_t)INT64_MAX + 1 : v > (uint64_t)INT64_MAX)
        return false;
    int64_t s = negative ? (v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v) : (int64_t)v;
    if (s < min || s > max)
        return false;
    *out = s;
    return true;
}

struct hdr {
    struct awsc_arena *arena;
    const char *header; /* for messages */
    const struct awsc_member *m;
    struct awsc_error *err;
};

static int bad_value(struct hdr *h, const char *text, const char *expected)
{
    return awsc__fail(h->err, AWSC_E_PARSE,
                      "the response header %s: \"%.80s\" is not %s (member %s)", h->header, text,
                      expected, awsc_member_name(h->m));
}

/* Header text -> the value of scalar shape s at slot. */
static int read_scalar(struct hdr *h, const struct awsc_shape *s, bool jsonvalue, const char *raw,
                       void *slot)
{
    if (s->type == AWSC_SHAPE_STRING && !jsonvalue) {
        char *copy = awsc__arena_strdup(h->arena, raw);
        if (!copy)
            return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
        *(const char **)slot = copy;
        return AWSC_OK;
    }
    char *text = trimmed(h->arena, raw);
    if (!text)
        return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
    int64_t i;
    switch (s->type) {
    case AWSC_SHAPE_STRING:
    case AWSC_SHAPE_BLOB: {
        size_t n = strlen(text);
        uint8_t *bytes = awsc__arena_alloc(h->arena, (n / 4 + 1) * 3 + 1);
        size_t len = 0;
        if (!bytes)
            return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
        if (!awsc__base64_decode(text, n, bytes, &len))
            return bad_value(h, text, "base64");
        if (s->type == AWSC_SHAPE_BLOB) {
            struct awsc_blob *b = slot;
            b->data = bytes;
            b->len = len;
            return AWSC_OK;
        }
        if (!awsc__utf8_valid((const char *)bytes, len) || memchr(bytes, 0, len))
            return bad_value(h, text, "the base64 of UTF-8 text");
        bytes[len] = 0;
        *(const char **)slot = (const char *)bytes;
        return AWSC_OK;
    }
    case AWSC_SHAPE_BOOLEAN:
        if (awsc__strcasecmp(text, "true") == 0)
            *(bool *)slot = true;
        else if (awsc__strcasecmp(text, "false") == 0)
            *(bool *)slot = false;
        else
            return bad_value(h, text, "a boolean");
        return AWSC_OK;
    case AWSC_SHAPE_BYTE:
        if (!read_int(text, INT8_MIN, INT8_MAX, &i))
            return bad_value(h, text, "a byte");
        *(int8_t *)slot = (int8_t)i;
        return AWSC_OK;
    case AWSC_SHAPE_SHORT:
        if (!read_int(text, INT16_MIN, INT16_MAX, &i))
            return bad_value(h, text, "a short integer");
        *(int16_t *)slot = (int16_t)i;
        return AWSC_OK;
    case AWSC_SHAPE_INTEGER:
        if (!read_int(text, INT32_MIN, INT32_MAX, &i))
            return bad_value(h, text, "an integer");
        *(int32_t *)slot = (int32_t)i;
        return AWSC_OK;
    case AWSC_SHAPE_LONG:
        if (!read_int(text, INT64_MIN, INT64_MAX, &i))
            return bad_value(h, text, "a long integer");
        *(int64_t *)slot = i;
        return AWSC_OK;
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE: {
        double d;
        if (!read_double(text, &d))
            return bad_value(h, text, "a number");
        if (s->type == AWSC_SHAPE_FLOAT)
            *(float *)slot = (float)d;
        else
            *(double *)slot = d;
        return AWSC_OK;
    }
    case AWSC_SHAPE_TIMESTAMP:
        if (!awsc__ts_parse(text, (struct awsc_timestamp *)slot))
            return bad_value(h, text, "a timestamp");
        return AWSC_OK;
    default:
        return awsc__fail(h->err, AWSC_E_PARSE,
                          "the response header %s cannot fill member %s (shape %s)", h->header,
                          awsc_member_name(h->m), awsc__shape_label(s));
    }
}

/* An item that is only a day name ("Mon") starts an HTTP date whose
 * comma the split cut. */
static bool day_name(const char *s)
{
    static const char *const DAYS[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (size_t i = 0; i < AWSC_ARRAY_LEN(DAYS); i++)
        if (strcmp(s, DAYS[i]) == 0)
            return true;
    return false;
}

/* A list header: items separated by commas outside double quotes; a
 * quoted item unquoted, others trimmed. */
static int read_list(struct hdr *h, const struct awsc_shape *ls, const char *value, void *slot)
{
    struct awsc_list_view *l = slot;
    const struct awsc_shape *item = awsc_shape_item(ls);
    /* at most one item per comma, plus one */
    size_t cap = 1;
    for (const char *p = value; *p; p++)
        cap += *p == ',';
    char **parts = awsc__arena_alloc(h->arena, cap * sizeof *parts);
    struct awsc_buf cur = AWSC_BUF_INIT;
    if (!parts)
        return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
    size_t n = 0;
    const char *p = value;
    bool blank_value = true;
    for (const char *q = value; *q; q++)
        if (!is_space(*q))
            blank_value = false;
    while (!blank_value) {
        while (is_space(*p))
            p++;
        awsc__buf_reset(&cur);
        if (*p == '"') {
            for (p++; *p && *p != '"'; p++) {
                if (*p == '\\' && p[1])
                    p++;
                awsc__buf_putc(&cur, *p);
            }
            if (*p == '"')
                p++;
            while (*p && *p != ',')
                p++;
            parts[n] = awsc__arena_strndup(h->arena, cur.data ? cur.data : "", cur.len);
        } else {
            const char *start = p;
            while (*p && *p != ',')
                p++;
            size_t len = (size_t)(p - start);
            while (len && is_space(start[len - 1]))
                len--;
            parts[n] = awsc__arena_strndup(h->arena, start, len);
        }
        if (!parts[n] || cur.failed) {
            awsc__buf_clean_up(&cur);
            return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
        }
        n++;
        if (*p != ',' || n == cap)
            break;
        p++;
    }
    awsc__buf_clean_up(&cur);
    /* HTTP dates hold a comma of their own: "Mon, 16 Dec 2019 23:48:18 GMT" */
    if (item->type == AWSC_SHAPE_TIMESTAMP) {
        size_t kept = 0;
        for (size_t i = 0; i < n; i++) {
            if (day_name(parts[i]) && i + 1 < n) {
                parts[kept] = awsc__arena_printf(h->arena, "%s, %s", parts[i], parts[i + 1]);
                if (!parts[kept])
                    return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
                i++;
            } else {
                parts[kept] = parts[i];
            }
            kept++;
        }
        n = kept;
    }
    void *items = awsc__arena_alloc(h->arena, (n ? n : 1) * item->size);
    if (!items)
        return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) {
        int status = read_scalar(h, item, false, parts[i], ITEM(items, i, item->size));
        if (status != AWSC_OK)
            return status;
    }
    l->items = items;
    l->count = n;
    return AWSC_OK;
}

/* Every header whose name starts with prefix -> a map of strings. */
static int read_prefix_map(struct hdr *h, const struct awsc_shape *ms,
                           const struct awsc__headers *headers, const char *prefix, void *slot)
{
    struct awsc_map_view *mv = slot;
    size_t plen = strlen(prefix);
    size_t n = 0;
    for (size_t i = 0; i < headers->count; i++)
        n += awsc__strncasecmp(headers->items[i].name, prefix, plen) == 0;
    void *entries = awsc__arena_alloc(h->arena, (n ? n : 1) * awsc_shape_entry_size(ms));
    if (!entries)
        return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
    size_t count = 0;
    for (size_t i = 0; i < headers->count; i++) {
        const struct awsc__header *hd = &headers->items[i];
        if (awsc__strncasecmp(hd->name, prefix, plen) != 0)
            continue;
        const char *key = hd->name + plen;
        /* a repeated header joins the entry it already made */
        void *entry = NULL;
        for (size_t k = 0; k < count; k++) {
            void *e = ITEM(entries, k, awsc_shape_entry_size(ms));
            if (awsc__strcasecmp(*(const char **)e, key) == 0)
                entry = e;
        }
        h->header = hd->name;
        if (entry && awsc_shape_item(ms)->type == AWSC_SHAPE_STRING) {
            const char **value = FIELD(entry, awsc_shape_value_offset(ms));
            *value = awsc__arena_printf(h->arena, "%s, %s", *value, hd->value);
            if (!*value)
                return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
            continue;
        }
        entry = ITEM(entries, count, awsc_shape_entry_size(ms));
        *(const char **)entry = awsc__arena_strdup(h->arena, key);
        if (!*(const char **)entry)
            return awsc__fail(h->err, AWSC_E_NOMEM, "out of memory");
        int status = read_scalar(h, awsc_shape_item(ms), false, hd->value,
                                 FIELD(entry, awsc_shape_value_offset(ms)));
        if (status != AWSC_OK)
            return status;
        count++;
    }
    mv->entries = entries; /* present even when empty */
    mv->count = count;
    return AWSC_OK;
}

int awsc__rest_parse_http(const struct awsc_shape *shape, const struct awsc__response *resp,
                          struct awsc_arena *arena, void *out, struct awsc_error *err)
{
    if (!shape || shape->type != AWSC_SHAPE_STRUCTURE)
        return AWSC_OK;
    for (uint32_t i = 0; i < awsc_shape_member_count(shape); i++) {
        const struct awsc_member *m = &awsc_shape_members(shape)[i];
        void *slot = FIELD(out, m->offset);
        struct hdr h = {arena, awsc_member_wire_name(m), m, err};
        int status = AWSC_OK;
        bool set = false;
        switch (m->location) {
        case AWSC_LOC_STATUS_CODE:
            if (awsc_member_shape(m)->type == AWSC_SHAPE_INTEGER)
                *(int32_t *)slot = resp->status;
            else if (awsc_member_shape(m)->type == AWSC_SHAPE_LONG)
                *(int64_t *)slot = resp->status;
            else
                return awsc__fail(err, AWSC_E_INTERNAL,
                                  "%s: a statusCode member must be an integer",
                                  awsc_member_name(m));
            set = true;
            break;
        case AWSC_LOC_HEADER: {
            bool nomem = false;
            const char *v = header_values(arena, &resp->headers, awsc_member_wire_name(m), &nomem);
            if (nomem)
                return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
            if (!v)
                break;
            if (awsc_member_shape(m)->type == AWSC_SHAPE_LIST)
                status = read_list(&h, awsc_member_shape(m), v, slot);
            else
                status = read_scalar(&h, awsc_member_shape(m), (m->flags & AWSC_MF_JSONVALUE) != 0,
                                     v, slot);
            set = true;
            break;
        }
        case AWSC_LOC_HEADERS:
            if (awsc_member_shape(m)->type != AWSC_SHAPE_MAP)
                return awsc__fail(err, AWSC_E_INTERNAL, "%s: a headers member must be a map",
                                  awsc_member_name(m));
            status = read_prefix_map(&h, awsc_member_shape(m), &resp->headers,
                                     awsc_member_wire_name(m), slot);
            break;
        default:
            break;
        }
        if (status != AWSC_OK)
            return status;
        if (set)
            awsc__member_set_has(m, out, true);
    }
    return AWSC_OK;
}

int awsc__rest_parse_raw_payload(const struct awsc_member *m, const struct awsc__response *resp,
                                 struct awsc_arena *arena, void *out, struct awsc_error *err)
{
    void *slot = FIELD(out, m->offset);
    const uint8_t *body = resp->body;
    size_t len = resp->body_len;
    if (is_stream(m)) {
        struct awsc_stream *st = slot;
        uint8_t *copy = awsc__arena_alloc(arena, len + 1);
        if (!copy)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        if (len)
            memcpy(copy, body, len);
        st->data = copy;
        st->len = len;
        st->length = (int64_t)len;
        return AWSC_OK;
    }
    if (len == 0)
        return AWSC_OK; /* no body: the payload is absent */
    if (awsc_member_shape(m)->type == AWSC_SHAPE_STRING) {
        if (!awsc__utf8_valid((const char *)body, len) || memchr(body, 0, len))
            return awsc__fail(err, AWSC_E_PARSE, "the response body (%s) is not valid UTF-8 text",
                              awsc_member_name(m));
        char *text = awsc__arena_strndup(arena, (const char *)body, len);
        if (!text)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        *(const char **)slot = text;
        return AWSC_OK;
    }
    struct awsc_blob *b = slot;
    uint8_t *copy = awsc__arena_memdup(arena, body, len);
    if (!copy)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    b->data = copy;
    b->len = len;
    return AWSC_OK;
}

/* -------------------------------------------------------------- errors */

int awsc__rest_error(struct awsc_error *err, const struct awsc_operation *op,
                     const struct awsc__response *resp, const char *code, const char *message,
                     const char *request_id)
{
    awsc_error_clean_up(err);
    err->status = AWSC_E_SERVICE;
    err->http_status = resp->status;
    struct awsc_arena *a = awsc__error_arena(err);
    if (!a)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    err->code =
        code && *code ? awsc__arena_strdup(a, code) : awsc__arena_printf(a, "%d", resp->status);
    err->message = awsc__arena_strdup(a, message ? message : "");
    const char *rid = request_id && *request_id ? request_id : awsc__response_request_id(resp);
    err->request_id = rid ? awsc__arena_strdup(a, rid) : NULL;
    err->operation = op ? awsc_operation_name(op) : NULL;
    if (!err->code || !err->message || (rid && !err->request_id))
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return AWSC_E_SERVICE;
}

const char *awsc__rest_reason(int status)
{
    static const struct {
        int status;
        const char *text;
    } REASONS[] = {
        {300, "Multiple Choices"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {304, "Not Modified"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {406, "Not Acceptable"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {411, "Length Required"},
        {412, "Precondition Failed"},
        {413, "Request Entity Too Large"},
        {414, "Request-URI Too Long"},
        {415, "Unsupported Media Type"},
        {416, "Requested Range Not Satisfiable"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(REASONS); i++)
        if (REASONS[i].status == status)
            return REASONS[i].text;
    return "";
}
