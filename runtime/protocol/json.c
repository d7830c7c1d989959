/*
 * The JSON codec: shape descriptors <-> JSON text.
 *
 * The writer walks a value recursively and appends to a struct awsc_buf.
 * The reader is driven by yajl's streaming callbacks and writes straight
 * into the output structs: a stack of frames says what is being filled
 * (a structure, a list being grown, a map, a document), and each scalar
 * lands in the slot the top frame names. Everything read is allocated in
 * the caller's arena. Error messages name the member path, built from the
 * recursion (writer) or from the frame stack (reader).
 */
#include "json.h"
#include "protocol.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

#define ITEM(base, i, size) ((void *)((unsigned char *)(base) + (size_t)(i) * (size)))
#define FIELD(base, off)    ((void *)((unsigned char *)(base) + (off)))
#define CFIELD(base, off)   ((const void *)((const unsigned char *)(base) + (off)))

static const struct awsc__json_opts DEFAULT_OPTS = AWSC__JSON_OPTS_WIRE;

/* The shape the document entry points use. */
static const struct {
    struct awsc_shape shape;
    char name[sizeof "Document"];
} DOCUMENT = {
    .shape = {.name_ref = AWSC_REF(DOCUMENT.shape.name_ref, DOCUMENT.name),
              .type = AWSC_SHAPE_DOCUMENT,
              .size = sizeof(struct awsc_document)},
    .name = "Document",
};
#define DOCUMENT_SHAPE DOCUMENT.shape

static unsigned max_depth_of(const struct awsc__json_opts *o)
{
    return o->max_depth ? o->max_depth : AWSC__JSON_MAX_DEPTH;
}

/* ------------------------------------------------------------ shared */

static int timestamp_format(const struct awsc_member *m, const struct awsc_shape *s)
{
    if (m && m->timestamp_format != AWSC_TSFMT_DEFAULT)
        return m->timestamp_format;
    if (s->timestamp_format != AWSC_TSFMT_DEFAULT)
        return s->timestamp_format;
    return AWSC_TSFMT_EPOCH;
}

/* strtod/strtof and printf follow LC_NUMERIC; JSON always uses '.'. */
static char locale_point(void)
{
    const char *dp = localeconv()->decimal_point;
    return dp && dp[0] ? dp[0] : '.';
}

static void to_locale(char *s)
{
    char dp = locale_point();
    if (dp != '.')
        for (; *s; s++)
            if (*s == '.')
                *s = dp;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static bool json_number_syntax(const char *s)
{
    if (*s == '-')
        s++;
    if (*s == '0') {
        s++;
    } else if (*s >= '1' && *s <= '9') {
        while (*s >= '0' && *s <= '9')
            s++;
    } else {
        return false;
    }
    if (*s == '.') {
        s++;
        if (!(*s >= '0' && *s <= '9'))
            return false;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-')
            s++;
        if (!(*s >= '0' && *s <= '9'))
            return false;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

/* ------------------------------------------------------------- writer */

struct writer {
    struct awsc_buf *out;
    const struct awsc__json_opts *o;
    unsigned max_depth;
    unsigned depth;
    struct awsc_error *err;
};

static int wfail(struct writer *w, const struct awsc__wpath *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int wfail(struct writer *w, const struct awsc__wpath *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int status = awsc__wpath_fail(w->err, path, fmt, ap);
    va_end(ap);
    return status;
}

/* The code point of the UTF-8 sequence at s (valid, *len bytes long). */
static uint32_t utf8_decode(const unsigned char *s, size_t *len)
{
    if (s[0] < 0xE0) {
        *len = 2;
        return (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
    }
    if (s[0] < 0xF0) {
        *len = 3;
        return (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    }
    *len = 4;
    return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
           (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
}

static void put_u(struct awsc_buf *out, uint32_t u)
{
    static const char HEX[] = "0123456789abcdef";
    char e[7] = {'\\',        'u', HEX[u >> 12 & 15], HEX[u >> 8 & 15], HEX[u >> 4 & 15],
                 HEX[u & 15], '\0'};
    awsc__buf_puts(out, e);
}

/*
 * A JSON string literal. With ascii, everything outside printable ASCII is
 * escaped as \uXXXX (surrogate pairs beyond the BMP), as botocore's
 * json.dumps does; s must then be valid UTF-8.
 */
static void put_string(struct awsc_buf *out, const char *s, size_t n, bool ascii)
{
    awsc__buf_reserve(out, n + 2);
    awsc__buf_putc(out, '"');
    size_t run = 0; /* bytes copied in one go */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && (!ascii || c < 0x7f))
            continue;
        awsc__buf_append(out, s + run, i - run);
        switch (c) {
        case '"':
            awsc__buf_puts(out, "\\\"");
            break;
        case '\\':
            awsc__buf_puts(out, "\\\\");
            break;
        case '\n':
            awsc__buf_puts(out, "\\n");
            break;
        case '\r':
            awsc__buf_puts(out, "\\r");
            break;
        case '\t':
            awsc__buf_puts(out, "\\t");
            break;
        case '\b':
            awsc__buf_puts(out, "\\b");
            break;
        case '\f':
            awsc__buf_puts(out, "\\f");
            break;
        default:
            if (c < 0x80) {
                put_u(out, c);
            } else {
                size_t len;
                uint32_t cp = utf8_decode((const unsigned char *)s + i, &len);
                if (cp >= 0x10000) {
                    put_u(out, 0xD800 + ((cp - 0x10000) >> 10));
                    put_u(out, 0xDC00 + ((cp - 0x10000) & 0x3FF));
                } else {
                    put_u(out, cp);
                }
                i += len - 1;
            }
        }
        run = i + 1;
    }
    awsc__buf_append(out, s + run, n - run);
    awsc__buf_putc(out, '"');
}

void awsc__json_put_string(struct awsc_buf *out, const char *s, size_t n)
{
    put_string(out, s, n, false);
}

/* Epoch seconds with the fraction, trailing zeros trimmed: 1422172800,
 * 1422172800.5, -1.25. */
static void put_epoch(struct awsc_buf *out, struct awsc_timestamp t)
{
    int64_t sec = t.sec;
    int32_t nsec = t.nsec;
    bool neg = false;
    if (sec < 0 && nsec > 0) {
        neg = true;
        sec = -(sec + 1);
        nsec = 1000000000 - nsec;
    }
    if (neg)
        awsc__buf_printf(out, "-%lld", (long long)sec);
    else
        awsc__buf_printf(out, "%lld", (long long)sec);
    if (nsec > 0) {
        char frac[12];
        snprintf(frac, sizeof frac, ".%09d", (int)nsec);
        size_t n = strlen(frac);
        while (n > 2 && frac[n - 1] == '0')
            frac[--n] = '\0';
        awsc__buf_puts(out, frac);
    }
}

static void newline(struct writer *w)
{
    if (!w->o->pretty)
        return;
    awsc__buf_putc(w->out, '\n');
    for (unsigned i = 0; i < w->depth; i++)
        awsc__buf_puts(w->out, "    ");
}

/* Before an element of a container: the comma and the indentation. The
 * separators are json.dumps's: ", " and ": ", or "," before a newline
 * (compact: "," and ":"). */
static void element(struct writer *w, bool *first)
{
    if (!*first)
        awsc__buf_puts(w->out, w->o->pretty || w->o->compact ? "," : ", ");
    *first = false;
    newline(w);
}

/* After an object's key: ": ", or ":" when compact. */
static void key_separator(struct writer *w)
{
    awsc__buf_puts(w->out, w->o->compact && !w->o->pretty ? ":" : ": ");
}

static void put_key(struct writer *w, const char *key)
{
    put_string(w->out, key, strlen(key), w->o->ascii);
    key_separator(w);
}

static int enter(struct writer *w, const struct awsc__wpath *path, char open)
{
    if (w->depth >= w->max_depth)
        return wfail(w, path, "nested more than %u levels deep (is there a cycle?)", w->max_depth);
    w->depth++;
    awsc__buf_putc(w->out, open);
    return AWSC_OK;
}

static void leave(struct writer *w, char close, bool empty)
{
    w->depth--;
    if (!empty)
        newline(w);
    awsc__buf_putc(w->out, close);
}

/* The offset of the first byte of s[0..n) that does not start a valid
 * UTF-8 sequence, or n when all of it is valid. */
static size_t utf8_error_at(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t len = 1;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xF0)
            len = 4;
        else if (c >= 0xE0)
            len = 3;
        else if (c >= 0xC0)
            len = 2;
        if (i + len > n || !awsc__utf8_valid(s + i, len))
            return i;
        i += len;
    }
    return n;
}

static int w_string(struct writer *w, const struct awsc__wpath *path, const char *s, size_t n)
{
    if (!awsc__utf8_valid(s, n)) {
        size_t at = utf8_error_at(s, n);
        return wfail(w, path, "the string is not valid UTF-8 (byte 0x%02x at offset %zu)",
                     at < n ? (unsigned)(unsigned char)s[at] : 0u, at);
    }
    put_string(w->out, s, n, w->o->ascii);
    return AWSC_OK;
}

static int w_document(struct writer *w, const struct awsc__wpath *path,
                      const struct awsc_document *d)
{
    switch (d->type) {
    case AWSC_DOC_NULL:
        awsc__buf_puts(w->out, "null");
        return AWSC_OK;
    case AWSC_DOC_BOOL:
        awsc__buf_puts(w->out, d->boolean ? "true" : "false");
        return AWSC_OK;
    case AWSC_DOC_NUMBER:
        /* the number's own text keeps integers beyond 2^53 exact */
        if (d->string && json_number_syntax(d->string)) {
            awsc__buf_puts(w->out, d->string);
            return AWSC_OK;
        }
        if (!isfinite(d->number))
            return wfail(w, path, "a document number must be finite");
        awsc__put_double_repr(w->out, d->number, false);
        return AWSC_OK;
    case AWSC_DOC_STRING:
        if (!d->string)
            return wfail(w, path, "a document string is NULL");
        return w_string(w, path, d->string, strlen(d->string));
    case AWSC_DOC_ARRAY: {
        if (!d->items && d->count)
            return wfail(w, path, "a document array has %zu items but items is NULL", d->count);
        int status = enter(w, path, '[');
        bool first = true;
        for (size_t i = 0; status == AWSC_OK && i < d->count; i++) {
            struct awsc__wpath p = {path, NULL, i, false};
            element(w, &first);
            status = w_document(w, &p, &d->items[i]);
        }
        if (status == AWSC_OK)
            leave(w, ']', first);
        return status;
    }
    case AWSC_DOC_OBJECT: {
        if (!d->entries && d->count)
            return wfail(w, path, "a document object has %zu entries but entries is NULL",
                         d->count);
        int status = enter(w, path, '{');
        bool first = true;
        for (size_t i = 0; status == AWSC_OK && i < d->count; i++) {
            const struct awsc_document_entry *e = &d->entries[i];
            if (!e->key)
                return wfail(w, path, "the key of entry %zu is NULL", i);
            struct awsc__wpath p = {path, e->key, 0, true};
            element(w, &first);
            status = w_string(w, &p, e->key, strlen(e->key));
            if (status == AWSC_OK) {
                key_separator(w);
                status = w_document(w, &p, &e->value);
            }
        }
        if (status == AWSC_OK)
            leave(w, '}', first);
        return status;
    }
    }
    return wfail(w, path, "unknown document type %d", (int)d->type);
}

static int w_value(struct writer *w, const struct awsc__wpath *path, const struct awsc_shape *s,
                   const struct awsc_member *m, const void *v, bool top);

static int w_structure(struct writer *w, const struct awsc__wpath *path, const struct awsc_shape *s,
                       const void *v, bool top)
{
    int status = enter(w, path, '{');
    bool first = true;
    const struct awsc_member *set = NULL; /* a union's member */
    for (uint32_t i = 0; status == AWSC_OK && i < awsc_shape_member_count(s); i++) {
        const struct awsc_member *m = &awsc_shape_members(s)[i];
        if (top && w->o->body_only && m->location != AWSC_LOC_BODY)
            continue;
        const char *key = w->o->member_names ? awsc_member_name(m) : awsc_member_wire_name(m);
        struct awsc__wpath p = {path, awsc_member_name(m), 0, false};
        if (!awsc__member_is_set(m, v)) {
            if (w->o->idempotency_tokens && (m->flags & AWSC_MF_IDEMPOTENCY_TOKEN) &&
                awsc_member_shape(m)->type == AWSC_SHAPE_STRING) {
                char token[37];
                awsc__uuid4(token);
                element(w, &first);
                put_key(w, key);
                awsc__json_put_string(w->out, token, strlen(token));
            }
            continue;
        }
        if (s->flags & AWSC_SF_UNION) {
            if (set)
                return wfail(w, path,
                             "a union takes exactly one member, but both %s and %s "
                             "are set",
                             awsc_member_name(set), awsc_member_name(m));
            set = m;
        }
        element(w, &first);
        put_key(w, key);
        const void *mv = CFIELD(v, m->offset);
        if (awsc_member_shape(m)->type == AWSC_SHAPE_STRUCTURE ||
            awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT)
            mv = *(const void *const *)mv; /* members hold these by pointer */
        status = w_value(w, &p, awsc_member_shape(m), m, mv, false);
    }
    if (status == AWSC_OK)
        leave(w, '}', first);
    return status;
}

static int w_value(struct writer *w, const struct awsc__wpath *path, const struct awsc_shape *s,
                   const struct awsc_member *m, const void *v, bool top)
{
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE:
        return w_structure(w, path, s, v, top);
    case AWSC_SHAPE_LIST: {
        const struct awsc_list_view *l = v;
        if (!l->items && l->count)
            return wfail(w, path, "the list has %zu items but items is NULL", l->count);
        int status = enter(w, path, '[');
        bool first = true;
        for (size_t i = 0; status == AWSC_OK && i < l->count; i++) {
            struct awsc__wpath p = {path, NULL, i, false};
            const void *item = ITEM(l->items, i, awsc_shape_item(s)->size);
            if (awsc__item_is_null(s, v, item, i)) {
                element(w, &first);
                awsc__buf_puts(w->out, "null");
                continue;
            }
            if (awsc_shape_item(s)->type == AWSC_SHAPE_STRING && !*(const char *const *)item)
                return wfail(w, &p, "a list item is NULL (the list is not sparse)");
            element(w, &first);
            status = w_value(w, &p, awsc_shape_item(s), NULL, item, false);
        }
        if (status == AWSC_OK)
            leave(w, ']', first);
        return status;
    }
    case AWSC_SHAPE_MAP: {
        const struct awsc_map_view *mv = v;
        if (!mv->entries && mv->count)
            return wfail(w, path, "the map has %zu entries but entries is NULL", mv->count);
        int status = enter(w, path, '{');
        bool first = true;
        for (size_t i = 0; status == AWSC_OK && i < mv->count; i++) {
            const void *entry = ITEM(mv->entries, i, awsc_shape_entry_size(s));
            const char *key = *(const char *const *)entry;
            const void *value = CFIELD(entry, awsc_shape_value_offset(s));
            if (!key)
                return wfail(w, path, "the key of entry %zu is NULL", i);
            struct awsc__wpath p = {path, key, 0, true};
            bool null = awsc__entry_is_null(s, entry);
            if (!null && awsc_shape_item(s)->type == AWSC_SHAPE_STRING &&
                !*(const char *const *)value)
                return wfail(w, &p, "a map value is NULL (the map is not sparse)");
            element(w, &first);
            status = w_string(w, &p, key, strlen(key));
            if (status == AWSC_OK) {
                key_separator(w);
                if (null)
                    awsc__buf_puts(w->out, "null");
                else
                    status = w_value(w, &p, awsc_shape_item(s), NULL, value, false);
            }
        }
        if (status == AWSC_OK)
            leave(w, '}', first);
        return status;
    }
    case AWSC_SHAPE_STRING: {
        /* A jsonvalue member is a string of JSON text in a body, as
         * botocore sends it; only rest-json headers treat it specially. */
        const char *str = *(const char *const *)v;
        if (!str)
            return wfail(w, path, "the string is NULL");
        return w_string(w, path, str, strlen(str));
    }
    case AWSC_SHAPE_BLOB: {
        const struct awsc_blob *b = v;
        if (w->o->raw_blobs)
            return w_string(w, path, (const char *)(b->data ? b->data : (const uint8_t *)""),
                            b->len);
        awsc__buf_putc(w->out, '"');
        awsc__buf_base64(w->out, b->data, b->len);
        awsc__buf_putc(w->out, '"');
        return AWSC_OK;
    }
    case AWSC_SHAPE_BOOLEAN:
        awsc__buf_puts(w->out, *(const bool *)v ? "true" : "false");
        return AWSC_OK;
    case AWSC_SHAPE_BYTE:
        awsc__buf_printf(w->out, "%d", (int)*(const int8_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_SHORT:
        awsc__buf_printf(w->out, "%d", (int)*(const int16_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_INTEGER:
        awsc__buf_printf(w->out, "%ld", (long)*(const int32_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_LONG:
        awsc__buf_printf(w->out, "%lld", (long long)*(const int64_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE: {
        bool single = s->type == AWSC_SHAPE_FLOAT;
        double d = single ? (double)*(const float *)v : *(const double *)v;
        if (isnan(d))
            awsc__buf_puts(w->out, "\"NaN\"");
        else if (isinf(d))
            awsc__buf_puts(w->out, d > 0 ? "\"Infinity\"" : "\"-Infinity\"");
        else
            awsc__put_double_repr(w->out, d, single);
        return AWSC_OK;
    }
    case AWSC_SHAPE_TIMESTAMP: {
        struct awsc_timestamp t = *(const struct awsc_timestamp *)v;
        if (t.nsec < 0 || t.nsec >= 1000000000)
            return wfail(w, path, "the timestamp's nsec (%ld) is outside 0..999999999",
                         (long)t.nsec);
        char text[40];
        if (w->o->timestamps == AWSC__JSON_TS_CLI) {
            /* Python's datetime.isoformat(), which the AWS CLI prints */
            awsc__ts_format_iso8601((struct awsc_timestamp){t.sec, 0}, text);
            size_t n = strlen(text) - 1; /* drop the Z */
            if (t.nsec / 1000)
                n += (size_t)snprintf(text + n, sizeof text - n, ".%06d", (int)(t.nsec / 1000));
            snprintf(text + n, sizeof text - n, "+00:00");
            awsc__json_put_string(w->out, text, strlen(text));
            return AWSC_OK;
        }
        int fmt = w->o->timestamps == AWSC__JSON_TS_EPOCH     ? AWSC_TSFMT_EPOCH
                  : w->o->timestamps == AWSC__JSON_TS_ISO8601 ? AWSC_TSFMT_ISO8601
                                                              : timestamp_format(m, s);
        if (w->o->timestamps == AWSC__JSON_TS_MODEL) {
            /* a request body: as botocore writes it (ISO 8601 and RFC 822
             * need no escaping) */
            if (fmt != AWSC_TSFMT_EPOCH)
                awsc__buf_putc(w->out, '"');
            awsc__put_timestamp(w->out, t, fmt, w->o->ts_precision);
            if (fmt != AWSC_TSFMT_EPOCH)
                awsc__buf_putc(w->out, '"');
            return AWSC_OK;
        }
        if (fmt == AWSC_TSFMT_EPOCH) {
            put_epoch(w->out, t);
            return AWSC_OK;
        }
        if (fmt == AWSC_TSFMT_RFC822)
            awsc__ts_format_rfc822(t, text);
        else
            awsc__ts_format_iso8601(t, text);
        awsc__json_put_string(w->out, text, strlen(text));
        return AWSC_OK;
    }
    case AWSC_SHAPE_DOCUMENT:
        return w_document(w, path, v);
    }
    return wfail(w, path, "shape %s has unknown type %d", awsc__shape_label(s), (int)s->type);
}

int awsc__json_write(struct awsc_buf *out, const struct awsc_shape *shape, const void *value,
                     const struct awsc__json_opts *opts, struct awsc_error *err)
{
    if (!out || !shape || !value)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__json_write: NULL argument");
    struct writer w = {out, opts ? opts : &DEFAULT_OPTS, 0, 0, err};
    w.max_depth = max_depth_of(w.o);
    int status = w_value(&w, NULL, shape, NULL, value, true);
    if (status == AWSC_OK && out->failed)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

int awsc__json_write_document(struct awsc_buf *out, const struct awsc_document *doc,
                              const struct awsc__json_opts *opts, struct awsc_error *err)
{
    return awsc__json_write(out, &DOCUMENT_SHAPE, doc, opts, err);
}

/* ------------------------------------------------------------- reader */

enum frame_kind { F_STRUCT, F_LIST, F_MAP, F_DOC_ARRAY, F_DOC_OBJECT };

struct frame {
    uint8_t kind;
    bool top;                         /* the top-level structure */
    const struct awsc_shape *shape;   /* F_STRUCT, F_LIST, F_MAP */
    void *value;                      /* the struct, list, map or document */
    size_t cap;                       /* room in the items/entries array */
    const struct awsc_member *member; /* F_STRUCT: the next value's member;
                                         NULL: skip it */
    const char *key;                  /* F_MAP, F_DOC_OBJECT: the next key */
    size_t null_cap;                  /* F_LIST, sparse: room in is_null */
};

struct reader {
    yajl_handle h;
    struct awsc_arena *arena;
    const struct awsc__json_opts *o;
    unsigned max_depth;
    const struct awsc_shape *root_shape;
    void *root;
    bool root_seen;
    struct frame *frames;
    size_t nframes, cap;
    unsigned skip; /* depth inside an unknown member's value */
    int status;    /* set when a callback stops the parse */
    struct awsc_buf msg;
};

/* Where the next value goes. */
struct slot {
    const struct awsc_shape *shape; /* NULL: skip the value */
    const struct awsc_member *member;
    void *parent;              /* the struct holding member */
    void *dest;                /* the value, or for indirect the pointer */
    bool indirect;             /* dest holds a pointer to the value */
    struct awsc_document *doc; /* the value is (part of) a document */
};

static void path_frames(struct awsc_buf *b, const struct reader *r, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const struct frame *f = &r->frames[i];
        switch (f->kind) {
        case F_STRUCT:
            if (f->member)
                awsc__buf_printf(b, "%s%s", b->len ? "." : "", awsc_member_name(f->member));
            break;
        case F_LIST:
            awsc__buf_printf(b, "[%zu]", ((struct awsc_list_view *)f->value)->count - 1);
            break;
        case F_DOC_ARRAY:
            awsc__buf_printf(b, "[%zu]", ((struct awsc_document *)f->value)->count - 1);
            break;
        case F_MAP:
        case F_DOC_OBJECT:
            if (f->key)
                awsc__buf_printf(b, "[\"%.40s%s\"]", f->key, strlen(f->key) > 40 ? "..." : "");
            break;
        }
    }
}

/* Records an error naming the path of frames [0, depth) and stops the
 * parse (the callbacks return its result). */
static int rfail_at(struct reader *r, size_t depth, int status, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int rfail_at(struct reader *r, size_t depth, int status, const char *fmt, ...)
{
    if (r->status)
        return 0;
    r->status = status;
    if (status == AWSC_E_NOMEM)
        return 0;
    path_frames(&r->msg, r, depth);
    if (!r->msg.len)
        awsc__buf_puts(&r->msg, "top level");
    awsc__buf_puts(&r->msg, ": ");
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_vprintf(&r->msg, fmt, ap);
    va_end(ap);
    return 0;
}

#define rfail(r, ...) rfail_at((r), (r)->nframes, AWSC_E_PARSE, __VA_ARGS__)

static int nomem(struct reader *r)
{
    return rfail_at(r, 0, AWSC_E_NOMEM, "out of memory");
}

static const char *expected_of(const struct awsc_shape *s, const struct awsc__json_opts *o)
{
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE:
    case AWSC_SHAPE_MAP:
        return "an object";
    case AWSC_SHAPE_LIST:
        return "an array";
    case AWSC_SHAPE_STRING:
        return "a string";
    case AWSC_SHAPE_BLOB:
        return o->raw_blobs ? "a string" : "a base64 string";
    case AWSC_SHAPE_BOOLEAN:
        return "true or false";
    case AWSC_SHAPE_BYTE:
    case AWSC_SHAPE_SHORT:
    case AWSC_SHAPE_INTEGER:
    case AWSC_SHAPE_LONG:
        return "an integer";
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE:
        return "a number";
    case AWSC_SHAPE_TIMESTAMP:
        return "a timestamp (a number or a string)";
    default:
        return "a value";
    }
}

static int mismatch(struct reader *r, const struct slot *s, const char *got)
{
    return rfail(r, "expected %s, got %s", expected_of(s->shape, r->o), got);
}

static void *arena_alloc(struct reader *r, size_t n)
{
    void *p = awsc__arena_alloc(r->arena, n ? n : 1);
    if (!p)
        nomem(r);
    return p;
}

/* Room for one more element in an array of `size`-byte elements that
 * holds `count` and has room for `*cap`; doubles the room when full. */
static void *grow(struct reader *r, void **items, size_t count, size_t *cap, size_t size)
{
    if (count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 4;
        if (ncap > SIZE_MAX / size) {
            nomem(r);
            return NULL;
        }
        void *n = arena_alloc(r, ncap * size);
        if (!n)
            return NULL;
        if (count)
            memcpy(n, *items, count * size);
        *items = n;
        *cap = ncap;
    }
    return ITEM(*items, count, size);
}

static int push(struct reader *r, enum frame_kind kind, const struct awsc_shape *shape, void *value)
{
    if (r->nframes == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 16;
        struct frame *n = awsc__realloc(r->frames, ncap * sizeof *n);
        if (!n)
            return nomem(r);
        r->frames = n;
        r->cap = ncap;
    }
    struct frame *f = &r->frames[r->nframes];
    memset(f, 0, sizeof *f);
    f->kind = (uint8_t)kind;
    f->top = r->nframes == 0;
    f->shape = shape;
    f->value = value;
    r->nframes++;
    return 1;
}

/* Finds where the next value goes. Returns 0 (stop) on failure. A list or
 * map gets its new element here, so call this only for non-null values. */
static int begin_value(struct reader *r, struct slot *s)
{
    memset(s, 0, sizeof *s);
    if (r->skip)
        return 1;
    if (r->nframes == 0) {
        r->root_seen = true;
        s->shape = r->root_shape;
        s->dest = r->root;
    } else {
        struct frame *f = &r->frames[r->nframes - 1];
        switch (f->kind) {
        case F_STRUCT:
            if (!f->member)
                return 1; /* unknown member: skip */
            s->member = f->member;
            s->shape = awsc_member_shape(f->member);
            s->parent = f->value;
            s->dest = FIELD(f->value, f->member->offset);
            s->indirect =
                s->shape->type == AWSC_SHAPE_STRUCTURE || s->shape->type == AWSC_SHAPE_DOCUMENT;
            break;
        case F_LIST: {
            struct awsc_list_view *l = f->value;
            void *item = grow(r, &l->items, l->count, &f->cap, awsc_shape_item(f->shape)->size);
            if (!item)
                return 0;
            l->count++;
            s->shape = awsc_shape_item(f->shape);
            s->dest = item;
            break;
        }
        case F_MAP: {
            struct awsc_map_view *mv = f->value;
            void *entry =
                grow(r, &mv->entries, mv->count, &f->cap, awsc_shape_entry_size(f->shape));
            if (!entry)
                return 0;
            mv->count++;
            *(const char **)entry = f->key;
            s->shape = awsc_shape_item(f->shape);
            s->dest = FIELD(entry, awsc_shape_value_offset(f->shape));
            break;
        }
        case F_DOC_ARRAY: {
            struct awsc_document *d = f->value;
            void *items = d->items;
            struct awsc_document *item = grow(r, &items, d->count, &f->cap, sizeof *item);
            if (!item)
                return 0;
            d->items = items;
            d->count++;
            s->doc = item;
            return 1;
        }
        case F_DOC_OBJECT: {
            struct awsc_document *d = f->value;
            void *entries = d->entries;
            struct awsc_document_entry *e = grow(r, &entries, d->count, &f->cap, sizeof *e);
            if (!e)
                return 0;
            d->entries = entries;
            d->count++;
            e->key = f->key;
            s->doc = &e->value;
            return 1;
        }
        }
    }
    if (s->shape && s->shape->type == AWSC_SHAPE_DOCUMENT) {
        if (s->indirect) {
            struct awsc_document *d = arena_alloc(r, sizeof *d);
            if (!d)
                return 0;
            *(struct awsc_document **)s->dest = d;
            s->doc = d;
        } else {
            s->doc = s->dest;
        }
        memset(s->doc, 0, sizeof *s->doc);
        s->shape = NULL;
    }
    return 1;
}

static void mark_present(const struct slot *s)
{
    if (s->member)
        awsc__member_set_has(s->member, s->parent, true);
}

static bool skipping(const struct slot *s)
{
    return !s->shape && !s->doc;
}

/* A NUL-terminated copy of text[0..n) in buf (n < size) or in the arena. */
static char *terminated(struct reader *r, const char *text, size_t n, char *buf, size_t size)
{
    if (n < size) {
        memcpy(buf, text, n);
        buf[n] = '\0';
        return buf;
    }
    char *p = awsc__arena_strndup(r->arena, text, n);
    if (!p)
        nomem(r);
    return p;
}

/* A sparse list's is_null array, made room for cap items (the new ones
 * false). */
static bool grow_nulls(struct reader *r, bool **is_null, size_t *null_cap, size_t cap)
{
    bool *n = arena_alloc(r, cap);
    if (!n)
        return false;
    memset(n, 0, cap);
    if (*is_null && *null_cap)
        memcpy(n, *is_null, *null_cap);
    *is_null = n;
    *null_cap = cap;
    return true;
}

static int on_null(void *ctx)
{
    struct reader *r = ctx;
    if (r->skip)
        return 1;
    if (r->nframes == 0) {
        /* a top-level null: the value stays empty */
        r->root_seen = true;
        if (r->root_shape->type == AWSC_SHAPE_DOCUMENT)
            memset(r->root, 0, sizeof(struct awsc_document));
        return 1;
    }
    const struct frame *f = &r->frames[r->nframes - 1];
    if (f->kind == F_DOC_ARRAY || f->kind == F_DOC_OBJECT) {
        struct slot s;
        return begin_value(r, &s); /* a new element is a zeroed AWSC_DOC_NULL */
    }
    /* a sparse list or map keeps it (<awsc/shape.h>) */
    struct frame *lf = &r->frames[r->nframes - 1];
    if ((lf->kind == F_LIST || lf->kind == F_MAP) && (lf->shape->flags & AWSC_SF_SPARSE)) {
        struct slot s;
        if (!begin_value(r, &s))
            return 0;
        if (!s.dest)
            return 1;
        memset(s.dest, 0, awsc_shape_item(lf->shape)->size); /* a NULL string, a zero value */
        if (!awsc_shape_null_offset(lf->shape))
            return 1;
        if (lf->kind == F_MAP) {
            struct awsc_map_view *mv = lf->value;
            void *entry = ITEM(mv->entries, mv->count - 1, awsc_shape_entry_size(lf->shape));
            *(bool *)FIELD(entry, awsc_shape_null_offset(lf->shape)) = true;
            return 1;
        }
        struct awsc_list_view *l = lf->value;
        bool **is_null = (bool **)FIELD(l, awsc_shape_null_offset(lf->shape));
        if (lf->null_cap < lf->cap && !grow_nulls(r, is_null, &lf->null_cap, lf->cap))
            return 0;
        (*is_null)[l->count - 1] = true;
        return 1;
    }
    return 1; /* absent member; dropped from other lists and maps */
}

static int on_boolean(void *ctx, int value)
{
    struct reader *r = ctx;
    struct slot s;
    if (!begin_value(r, &s))
        return 0;
    if (s.doc) {
        s.doc->type = AWSC_DOC_BOOL;
        s.doc->boolean = value != 0;
        return 1;
    }
    if (skipping(&s))
        return 1;
    if (s.shape->type != AWSC_SHAPE_BOOLEAN)
        return mismatch(r, &s, value ? "true" : "false");
    *(bool *)s.dest = value != 0;
    mark_present(&s);
    return 1;
}

/* An integer in [min, max], written as 123 or (exactly) as 1.0 / 1e3. */
static int read_integer(struct reader *r, const char *text, int64_t min, int64_t max,
                        const char *what, int64_t *out)
{
    char *end;
    if (!strpbrk(text, ".eE")) {
        errno = 0;
        long long v = strtoll(text, &end, 10);
        if (*end)
            return rfail(r, "expected an integer, got %s", text);
        if (errno == ERANGE || v < min || v > max)
            return rfail(r, "%s is out of range for %s", text, what);
        *out = v;
        return 1;
    }
    char tmp[400];
    if (strlen(text) >= sizeof tmp)
        return rfail(r, "%.40s... is out of range for %s", text, what);
    snprintf(tmp, sizeof tmp, "%s", text);
    to_locale(tmp);
    double d = strtod(tmp, &end);
    if (!isfinite(d))
        return rfail(r, "%s is out of range for %s", text, what);
    if (d != floor(d))
        return rfail(r, "expected an integer, got %s", text);
    /* beyond 2^53 a double no longer holds every integer */
    if (d < (double)min || d > (double)max || fabs(d) > 9007199254740992.0)
        return rfail(r, "%s is out of range for %s", text, what);
    *out = (int64_t)d;
    return 1;
}

static int read_real(struct reader *r, const char *text, bool single, double *out)
{
    char tmp[400];
    if (strlen(text) >= sizeof tmp) {
        /* absurdly long: let strtod see it all */
        char *copy = awsc__arena_strdup(r->arena, text);
        if (!copy)
            return nomem(r);
        to_locale(copy);
        errno = 0;
        *out = single ? (double)strtof(copy, NULL) : strtod(copy, NULL);
    } else {
        snprintf(tmp, sizeof tmp, "%s", text);
        to_locale(tmp);
        errno = 0;
        *out = single ? (double)strtof(tmp, NULL) : strtod(tmp, NULL);
    }
    if (errno == ERANGE && isinf(*out))
        return rfail(r, "%s is out of range for a %s", text, single ? "float" : "double");
    return 1;
}

static int on_number(void *ctx, const char *num, size_t len)
{
    struct reader *r = ctx;
    struct slot s;
    if (!begin_value(r, &s))
        return 0;
    if (skipping(&s))
        return 1;
    char buf[64];
    char *text = terminated(r, num, len, buf, sizeof buf);
    if (!text)
        return 0;
    if (s.doc) {
        double d;
        if (!read_real(r, text, false, &d))
            return 0;
        s.doc->type = AWSC_DOC_NUMBER;
        s.doc->number = d;
        s.doc->string = awsc__arena_strndup(r->arena, num, len);
        return s.doc->string ? 1 : nomem(r);
    }
    int64_t v;
    switch (s.shape->type) {
    case AWSC_SHAPE_BYTE:
        if (!read_integer(r, text, INT8_MIN, INT8_MAX, "a byte (-128..127)", &v))
            return 0;
        *(int8_t *)s.dest = (int8_t)v;
        break;
    case AWSC_SHAPE_SHORT:
        if (!read_integer(r, text, INT16_MIN, INT16_MAX, "a 16-bit integer", &v))
            return 0;
        *(int16_t *)s.dest = (int16_t)v;
        break;
    case AWSC_SHAPE_INTEGER:
        if (!read_integer(r, text, INT32_MIN, INT32_MAX, "a 32-bit integer", &v))
            return 0;
        *(int32_t *)s.dest = (int32_t)v;
        break;
    case AWSC_SHAPE_LONG:
        if (!read_integer(r, text, INT64_MIN, INT64_MAX, "a 64-bit integer", &v))
            return 0;
        *(int64_t *)s.dest = v;
        break;
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE: {
        double d;
        bool single = s.shape->type == AWSC_SHAPE_FLOAT;
        if (!read_real(r, text, single, &d))
            return 0;
        if (single)
            *(float *)s.dest = (float)d;
        else
            *(double *)s.dest = d;
        break;
    }
    case AWSC_SHAPE_TIMESTAMP:
        if (!awsc__ts_parse(text, s.dest))
            return rfail(r, "%s is not a usable timestamp", text);
        break;
    default:
        return mismatch(r, &s, "a number");
    }
    mark_present(&s);
    return 1;
}

static int on_string(void *ctx, const unsigned char *str, size_t len)
{
    struct reader *r = ctx;
    const char *text = (const char *)str;
    struct slot s;
    if (!begin_value(r, &s))
        return 0;
    if (skipping(&s))
        return 1;
    bool has_nul = memchr(text, '\0', len) != NULL;
    if (s.doc || s.shape->type == AWSC_SHAPE_STRING) {
        if (has_nul)
            return rfail(r, "the string holds a NUL character (\\u0000), which a C string "
                            "cannot carry");
        /* yajl lets overlong forms and surrogates through */
        if (!awsc__utf8_valid(text, len))
            return rfail(r, "the string is not valid UTF-8 (near byte %zu)",
                         yajl_get_bytes_consumed(r->h));
        char *copy = awsc__arena_strndup(r->arena, text, len);
        if (!copy)
            return nomem(r);
        if (s.doc) {
            s.doc->type = AWSC_DOC_STRING;
            s.doc->string = copy;
        } else {
            *(const char **)s.dest = copy;
        }
        return 1;
    }
    switch (s.shape->type) {
    case AWSC_SHAPE_BLOB: {
        struct awsc_blob *b = s.dest;
        if (r->o->raw_blobs) {
            /* NUL-terminated too, for convenience */
            char *copy = awsc__arena_strndup(r->arena, text, len);
            if (!copy)
                return nomem(r);
            b->data = (const uint8_t *)copy;
            b->len = len;
            return 1;
        }
        uint8_t *data = arena_alloc(r, (len / 4 + 1) * 3);
        if (!data)
            return 0;
        size_t n;
        if (has_nul || !awsc__base64_decode(text, len, data, &n))
            return rfail(r, "expected a base64 string, got \"%.*s%s\"",
                         has_nul ? 0 : (int)(len > 40 ? 40 : len), text, len > 40 ? "..." : "");
        b->data = data;
        b->len = n;
        return 1;
    }
    case AWSC_SHAPE_TIMESTAMP: {
        char buf[64];
        char *t = has_nul ? NULL : terminated(r, text, len, buf, sizeof buf);
        if (r->status)
            return 0;
        if (!t || !awsc__ts_parse(t, s.dest))
            return rfail(r,
                         "\"%.*s%s\" is not a timestamp (ISO 8601, RFC 822 or epoch "
                         "seconds)",
                         has_nul ? 0 : (int)(len > 60 ? 60 : len), text, len > 60 ? "..." : "");
        break;
    }
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE: {
        /* the non-finite values travel as strings */
        double d;
        if (len == 3 && memcmp(text, "NaN", 3) == 0)
            d = NAN;
        else if (len == 8 && memcmp(text, "Infinity", 8) == 0)
            d = INFINITY;
        else if (len == 9 && memcmp(text, "-Infinity", 9) == 0)
            d = -INFINITY;
        else
            return rfail(r, "expected a number, got a string (only \"NaN\", \"Infinity\" "
                            "and \"-Infinity\" may be strings)");
        if (s.shape->type == AWSC_SHAPE_FLOAT)
            *(float *)s.dest = (float)d;
        else
            *(double *)s.dest = d;
        break;
    }
    default:
        return mismatch(r, &s, "a string");
    }
    mark_present(&s);
    return 1;
}

static int depth_check(struct reader *r)
{
    if (r->nframes + r->skip >= r->max_depth)
        return rfail(r, "nested more than %u levels deep", r->max_depth);
    return 1;
}

/* A structure's storage: allocated for a member, in place otherwise. */
static void *struct_of(struct reader *r, const struct slot *s)
{
    if (!s->indirect)
        return s->dest;
    void *p = arena_alloc(r, s->shape->size);
    if (p)
        *(void **)s->dest = p;
    return p;
}

static int on_start_map(void *ctx)
{
    struct reader *r = ctx;
    if (!depth_check(r))
        return 0;
    struct slot s;
    if (!begin_value(r, &s))
        return 0;
    if (s.doc) {
        s.doc->type = AWSC_DOC_OBJECT;
        return push(r, F_DOC_OBJECT, NULL, s.doc);
    }
    if (skipping(&s)) {
        r->skip++;
        return 1;
    }
    if (s.shape->type == AWSC_SHAPE_STRUCTURE) {
        void *v = struct_of(r, &s);
        return v ? push(r, F_STRUCT, s.shape, v) : 0;
    }
    if (s.shape->type == AWSC_SHAPE_MAP) {
        struct awsc_map_view *mv = s.dest;
        mv->entries = NULL;
        mv->count = 0;
        return push(r, F_MAP, s.shape, mv);
    }
    return mismatch(r, &s, "an object");
}

static const struct awsc_member *find_member(const struct awsc_shape *s, const char *key,
                                             size_t len, bool member_names)
{
    const struct awsc_member *members = awsc_shape_members(s);
    if (member_names) {
        for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
            const char *name = awsc_member_name(&members[i]);
            if (strlen(name) == len && memcmp(name, key, len) == 0)
                return &members[i];
        }
        return NULL;
    }
    return awsc__member_by_wire(s, key, len);
}

/* Strict reading (a person's input): a member the shape does not have is
 * an error that lists the ones it has, as the AWS CLI says it. */
static int unknown_member(struct reader *r, const struct frame *f, const char *key, size_t len)
{
    struct awsc_buf names = AWSC_BUF_INIT;
    const struct awsc_member *members = awsc_shape_members(f->shape);
    for (uint32_t i = 0; i < awsc_shape_member_count(f->shape); i++)
        awsc__buf_printf(&names, "%s%s", i ? ", " : "",
                         r->o->member_names ? awsc_member_name(&members[i])
                                            : awsc_member_wire_name(&members[i]));
    if (r->nframes > 1) {
        rfail_at(r, r->nframes - 1, AWSC_E_VALIDATION,
                 "Unknown parameter \"%.*s\", must be one of: %s", (int)len, key,
                 names.data ? names.data : "(none)");
    } else if (!r->status) {
        /* the AWS CLI's words, with no path before them */
        r->status = AWSC_E_VALIDATION;
        awsc__buf_printf(&r->msg, "Unknown parameter in input: \"%.*s\", must be one of: %s",
                         (int)len, key, names.data ? names.data : "(none)");
    }
    awsc__buf_clean_up(&names);
    return 0;
}

static int on_map_key(void *ctx, const unsigned char *key, size_t len)
{
    struct reader *r = ctx;
    if (r->skip)
        return 1;
    struct frame *f = &r->frames[r->nframes - 1];
    if (f->kind == F_STRUCT) {
        const struct awsc_member *m =
            find_member(f->shape, (const char *)key, len, r->o->member_names);
        if (m && f->top && r->o->body_only && m->location != AWSC_LOC_BODY)
            m = NULL;
        if (!m && r->o->strict)
            return unknown_member(r, f, (const char *)key, len);
        f->member = m;
        return 1;
    }
    f->key = NULL; /* so a failure names the object, not the previous key */
    if (memchr(key, '\0', len))
        return rfail(r, "an object key holds a NUL character (\\u0000)");
    if (!awsc__utf8_valid((const char *)key, len))
        return rfail(r, "an object key is not valid UTF-8 (near byte %zu)",
                     yajl_get_bytes_consumed(r->h));
    f->key = awsc__arena_strndup(r->arena, (const char *)key, len);
    return f->key ? 1 : nomem(r);
}

/* After a structure's closing brace: a union takes one member at most. */
static int finish_struct(struct reader *r, const struct frame *f)
{
    if (!(f->shape->flags & AWSC_SF_UNION))
        return 1;
    const struct awsc_member *first = NULL;
    for (uint32_t i = 0; i < awsc_shape_member_count(f->shape); i++) {
        const struct awsc_member *m = &awsc_shape_members(f->shape)[i];
        if (!awsc__member_is_set(m, f->value))
            continue;
        if (first)
            return rfail(r, "a union takes exactly one member, but both %s and %s are set",
                         awsc_member_name(first), awsc_member_name(m));
        first = m;
    }
    return 1;
}

static int on_end_container(void *ctx)
{
    struct reader *r = ctx;
    if (r->skip) {
        r->skip--;
        return 1;
    }
    struct frame f = r->frames[--r->nframes];
    /* Empty lists and maps are present: their arrays must not be NULL. */
    if (f.kind == F_LIST) {
        struct awsc_list_view *l = f.value;
        if (!l->items && !(l->items = arena_alloc(r, 1)))
            return 0;
        /* a sparse list that had nulls: is_null covers every item */
        bool **is_null = awsc_shape_null_offset(f.shape)
                             ? (bool **)FIELD(l, awsc_shape_null_offset(f.shape))
                             : NULL;
        if (is_null && *is_null && f.null_cap < l->count &&
            !grow_nulls(r, is_null, &f.null_cap, l->count))
            return 0;
    } else if (f.kind == F_MAP) {
        struct awsc_map_view *mv = f.value;
        if (!mv->entries && !(mv->entries = arena_alloc(r, 1)))
            return 0;
    } else if (f.kind == F_STRUCT) {
        return finish_struct(r, &f);
    }
    return 1;
}

static int on_start_array(void *ctx)
{
    struct reader *r = ctx;
    if (!depth_check(r))
        return 0;
    struct slot s;
    if (!begin_value(r, &s))
        return 0;
    if (s.doc) {
        s.doc->type = AWSC_DOC_ARRAY;
        return push(r, F_DOC_ARRAY, NULL, s.doc);
    }
    if (skipping(&s)) {
        r->skip++;
        return 1;
    }
    if (s.shape->type == AWSC_SHAPE_LIST) {
        struct awsc_list_view *l = s.dest;
        l->items = NULL;
        l->count = 0;
        return push(r, F_LIST, s.shape, l);
    }
    return mismatch(r, &s, "an array");
}

static const yajl_callbacks CALLBACKS = {
    .yajl_null = on_null,
    .yajl_boolean = on_boolean,
    .yajl_number = on_number, /* the text itself: longs stay exact */
    .yajl_string = on_string,
    .yajl_start_map = on_start_map,
    .yajl_map_key = on_map_key,
    .yajl_end_map = on_end_container,
    .yajl_start_array = on_start_array,
    .yajl_end_array = on_end_container,
};

/*
 * yajl's own allocations. yajl does not survive a failed allocation, so
 * when the allocator hooks (or the fault injection of the tests) refuse
 * one, this falls back to the C library, remembers the refusal, and the
 * parse reports AWSC_E_NOMEM once yajl is done. Each block carries a
 * header saying where it came from and how big it is. Blocks from the
 * scratch area go on a stack: freeing or growing the last one gives back
 * or takes its room; the rest stay until the parse ends.
 */
enum { FROM_HOOKS, FROM_LIBC, FROM_SCRATCH };
struct yhead {
    size_t size;
    size_t from;
};
#define YROUND(n)     (((n) + 15) & ~(size_t)15)
#define YHEAD         YROUND(sizeof(struct yhead))
#define YSCRATCH_SIZE 2048

static void *yblock(unsigned char *p, size_t n, size_t from)
{
    struct yhead h = {n, from};
    memcpy(p, &h, sizeof h);
    return p + YHEAD;
}

static struct yhead yhead_of(void *ptr, unsigned char **base)
{
    struct yhead h;
    *base = (unsigned char *)ptr - YHEAD;
    memcpy(&h, *base, sizeof h);
    return h;
}

/* Whether the block at base, of size bytes, is the scratch area's last. */
static bool scratch_last(const struct awsc__yajl_mem *m, const unsigned char *base, size_t size)
{
    return base + YHEAD + YROUND(size) == m->scratch + m->used;
}

void *awsc__yajl_malloc(void *mem, size_t n)
{
    struct awsc__yajl_mem *m = mem;
    if (m->scratch && n <= m->cap && YHEAD + YROUND(n) <= m->cap - m->used) {
        unsigned char *p = m->scratch + m->used;
        m->used += YHEAD + YROUND(n);
        return yblock(p, n, FROM_SCRATCH);
    }
    unsigned char *p = awsc__malloc(YHEAD + n);
    if (p)
        return yblock(p, n, FROM_HOOKS);
    m->nomem = true;
    p = malloc(YHEAD + n);
    if (!p)
        abort(); /* out of memory inside yajl, which cannot recover */
    return yblock(p, n, FROM_LIBC);
}

void awsc__yajl_free(void *mem, void *ptr)
{
    struct awsc__yajl_mem *m = mem;
    if (!ptr)
        return;
    unsigned char *base;
    struct yhead h = yhead_of(ptr, &base);
    if (h.from == FROM_SCRATCH) {
        if (scratch_last(m, base, h.size))
            m->used = (size_t)(base - m->scratch);
    } else if (h.from == FROM_LIBC) {
        free(base);
    } else {
        awsc__free(base);
    }
}

void *awsc__yajl_realloc(void *mem, void *ptr, size_t n)
{
    struct awsc__yajl_mem *m = mem;
    if (!ptr)
        return awsc__yajl_malloc(mem, n);
    unsigned char *base;
    struct yhead h = yhead_of(ptr, &base);
    if (h.from == FROM_SCRATCH && scratch_last(m, base, h.size) &&
        n <= m->cap - (size_t)(base - m->scratch) - YHEAD) {
        m->used = (size_t)(base - m->scratch) + YHEAD + YROUND(n);
        return yblock(base, n, FROM_SCRATCH);
    }
    if (h.from == FROM_HOOKS) {
        unsigned char *p = awsc__realloc(base, YHEAD + n);
        if (p)
            return yblock(p, n, FROM_HOOKS);
    }
    void *p = awsc__yajl_malloc(mem, n);
    memcpy(p, ptr, h.size < n ? h.size : n);
    awsc__yajl_free(mem, ptr);
    return p;
}

/* yajl's one-line error text, without the trailing newline. */
static void yajl_message(yajl_handle h, const uint8_t *json, size_t len, struct awsc_buf *b)
{
    unsigned char *e = yajl_get_error(h, 0, json, len);
    if (!e)
        return;
    size_t n = strlen((const char *)e);
    while (n && (e[n - 1] == '\n' || e[n - 1] == ' ' || e[n - 1] == '.'))
        n--;
    awsc__buf_append(b, e, n);
    yajl_free_error(h, e);
}

int awsc__json_read(const uint8_t *json, size_t len, const struct awsc_shape *shape, void *value,
                    struct awsc_arena *arena, const struct awsc__json_opts *opts,
                    struct awsc_error *err)
{
    if (!shape || !value || !arena || (!json && len))
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__json_read: NULL argument");
    struct reader r;
    memset(&r, 0, sizeof r);
    r.arena = arena;
    r.o = opts ? opts : &DEFAULT_OPTS;
    r.max_depth = max_depth_of(r.o);
    r.root_shape = shape;
    r.root = value;

    _Alignas(16) unsigned char scratch[YSCRATCH_SIZE];
    struct awsc__yajl_mem mem = {.scratch = scratch, .cap = sizeof scratch};
    yajl_alloc_funcs funcs = {awsc__yajl_malloc, awsc__yajl_realloc, awsc__yajl_free, &mem};
    yajl_handle h = yajl_alloc(&CALLBACKS, &funcs, &r);
    r.h = h;
    struct awsc_buf syntax = AWSC_BUF_INIT;
    yajl_status ys = yajl_parse(h, json ? json : (const uint8_t *)"", len);
    if (ys == yajl_status_ok) {
        ys = yajl_complete_parse(h);
        if (ys == yajl_status_error)
            awsc__buf_printf(&syntax,
                             "the JSON text ends at byte %zu before the value is "
                             "complete",
                             len);
    } else if (ys == yajl_status_error) {
        /* yajl counts the offending token as consumed */
        awsc__buf_printf(&syntax, "invalid JSON near byte %zu: ", yajl_get_bytes_consumed(h));
        yajl_message(h, json, len, &syntax);
    }
    yajl_free(h);
    awsc__free(r.frames);

    int status = AWSC_OK;
    if (mem.nomem || r.status == AWSC_E_NOMEM || syntax.failed || r.msg.failed)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    else if (r.status)
        status = awsc__fail(err, r.status, "%s", r.msg.data);
    else if (ys == yajl_status_error)
        status = awsc__fail(err, AWSC_E_PARSE, "%s", syntax.data);
    else if (!r.root_seen)
        status = awsc__fail(err, AWSC_E_PARSE, "no JSON value in the input (%zu bytes)", len);
    awsc__buf_clean_up(&syntax);
    awsc__buf_clean_up(&r.msg);
    return status;
}

int awsc__json_read_document(const uint8_t *json, size_t len, struct awsc_document *doc,
                             struct awsc_arena *arena, const struct awsc__json_opts *opts,
                             struct awsc_error *err)
{
    return awsc__json_read(json, len, &DOCUMENT_SHAPE, doc, arena, opts, err);
}

int awsc__json_read_payload(const uint8_t *p, size_t n, const struct awsc_shape *shape, void *value,
                            struct awsc_arena *arena, struct awsc_error *err)
{
    static const struct awsc__json_opts PAYLOAD = {.timestamps = AWSC__JSON_TS_MODEL};
    if (shape->type == AWSC_SHAPE_DOCUMENT)
        return awsc__json_read_document(p, n, value, arena, &PAYLOAD, err);
    return awsc__json_read(p, n, shape, value, arena, &PAYLOAD, err);
}

const struct awsc_document *awsc__document_get(const struct awsc_document *doc, const char *key)
{
    if (!doc || doc->type != AWSC_DOC_OBJECT)
        return NULL;
    for (size_t i = 0; i < doc->count; i++)
        if (doc->entries[i].key && strcmp(doc->entries[i].key, key) == 0)
            return &doc->entries[i].value;
    return NULL;
}
