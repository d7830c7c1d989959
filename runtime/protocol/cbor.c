/*
 * The CBOR codec: shape descriptors <-> CBOR (RFC 8949).
 *
 * The writer walks a value recursively and appends to a struct awsc_buf.
 * The reader is a recursive descent over the bytes, guided by the shapes:
 * each item lands straight in the slot its member names, strings are
 * copied once into the caller's arena, and unknown members are skipped
 * without allocating. Error messages name the member path (from the
 * recursion) and the byte offset.
 *
 * Why a codec of its own rather than Debian's libcbor (libcbor-dev 0.8):
 * smaller and faster, measured. A head is one byte and a big-endian
 * argument, and the walker needs nothing else from a decoder; libcbor's
 * streaming decoder reports one head per call through a table of
 * callbacks, and its encoders write one head per call, as put_head does.
 * bench/cbor builds this walker a second time over libcbor
 * (AWSC__CBOR_WITH_LIBCBOR: get_head and put_head below) and times both
 * in one run on a CloudWatch GetMetricData response (10 results x 200
 * points, 31 KB; release build, gcc 12 -O3, x86-64; CPU time, best of 7
 * rounds, three runs agreeing within 4%):
 *
 *                                   this codec   the walker over libcbor
 *   decode into the output structs    580 MB/s     530 MB/s
 *   check and skip every item       1,070 MB/s     690 MB/s
 *   encode from the structs           890 MB/s     680 MB/s
 *   code (text)                     27,536 B      22,342 B + libcbor.so's 60,793 B
 *
 * (`meson compile -C BUILD bench-cbor` prints these figures.)
 */
#ifdef AWSC__CBOR_WITH_LIBCBOR
/* bench/cbor builds this file a second time with this defined: the same
 * walker over libcbor's streaming decoder and encoders (get_head and
 * put_head below), to time the alternative. The library never defines it. */
#define awsc__cbor_read  awsc__cbor_read_libcbor
#define awsc__cbor_write awsc__cbor_write_libcbor
#include <cbor.h>
#endif

#include "cbor.h"
#include "protocol.h"

#include <math.h>
#include <string.h>

#define ITEM(base, i, size) ((void *)((unsigned char *)(base) + (size_t)(i) * (size)))
#define FIELD(base, off)    ((void *)((unsigned char *)(base) + (off)))
#define CFIELD(base, off)   ((const void *)((const unsigned char *)(base) + (off)))

enum {
    MT_UINT = 0,
    MT_NEGINT,
    MT_BYTES,
    MT_TEXT,
    MT_ARRAY,
    MT_MAP,
    MT_TAG,
    MT_SIMPLE /* and floats */
};

#define CBOR_FALSE 20
#define CBOR_TRUE  21
#define CBOR_NULL  22
#define CBOR_UNDEF 23
#define CBOR_BREAK 0xff

static const struct awsc__cbor_opts DEFAULT_OPTS = {.idempotency_tokens = false};

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

static unsigned max_depth_of(const struct awsc__cbor_opts *o)
{
    return o->max_depth ? o->max_depth : AWSC__CBOR_MAX_DEPTH;
}

/* ------------------------------------------------------------- writer */

struct writer {
    struct awsc_buf *out;
    const struct awsc__cbor_opts *o;
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

#ifdef AWSC__CBOR_WITH_LIBCBOR
static void put_head(struct awsc_buf *b, unsigned major, uint64_t v)
{
    unsigned char h[9];
    size_t n = major == MT_UINT     ? cbor_encode_uint(v, h, 9)
               : major == MT_NEGINT ? cbor_encode_negint(v, h, 9)
               : major == MT_BYTES  ? cbor_encode_bytestring_start((size_t)v, h, 9)
               : major == MT_TEXT   ? cbor_encode_string_start((size_t)v, h, 9)
               : major == MT_ARRAY  ? cbor_encode_array_start((size_t)v, h, 9)
               : major == MT_MAP    ? cbor_encode_map_start((size_t)v, h, 9)
                                    : cbor_encode_tag(v, h, 9);
    awsc__buf_append(b, h, n);
}

static void put_bits(struct awsc_buf *b, uint8_t initial, uint64_t bits, size_t n)
{
    unsigned char h[9];
    double d;
    uint32_t u = (uint32_t)bits;
    float f;
    (void)initial;
    if (n == 8) {
        memcpy(&d, &bits, sizeof d);
        n = cbor_encode_double(d, h, 9);
    } else if (n == 4) {
        memcpy(&f, &u, sizeof f);
        n = cbor_encode_single(f, h, 9);
    } else {
        n = cbor_encode_half(bits == 0x7e00 ? NAN : bits == 0x7c00 ? INFINITY : -INFINITY, h, 9);
    }
    awsc__buf_append(b, h, n);
}
#else
/* The initial byte and the argument in its shortest form. */
static void put_head(struct awsc_buf *b, unsigned major, uint64_t v)
{
    uint8_t h[9];
    size_t n;
    if (v < 24) {
        h[0] = (uint8_t)(major << 5 | v);
        n = 1;
    } else if (v <= 0xff) {
        h[0] = (uint8_t)(major << 5 | 24);
        n = 2;
    } else if (v <= 0xffff) {
        h[0] = (uint8_t)(major << 5 | 25);
        n = 3;
    } else if (v <= 0xffffffff) {
        h[0] = (uint8_t)(major << 5 | 26);
        n = 5;
    } else {
        h[0] = (uint8_t)(major << 5 | 27);
        n = 9;
    }
    for (size_t i = n - 1; i > 0; i--, v >>= 8)
        h[i] = (uint8_t)v;
    awsc__buf_append(b, h, n);
}

static void put_bits(struct awsc_buf *b, uint8_t initial, uint64_t bits, size_t n)
{
    uint8_t h[9] = {initial};
    for (size_t i = n; i > 0; i--, bits >>= 8)
        h[i] = (uint8_t)bits;
    awsc__buf_append(b, h, n + 1);
}
#endif

static void put_int(struct awsc_buf *b, int64_t v)
{
    if (v >= 0)
        put_head(b, MT_UINT, (uint64_t)v);
    else
        put_head(b, MT_NEGINT, (uint64_t)(-1 - v));
}

/* NaN and the infinities as half precision, as botocore writes them. */
static bool put_special(struct awsc_buf *b, double d)
{
    if (isnan(d))
        put_bits(b, 0xf9, 0x7e00, 2);
    else if (isinf(d))
        put_bits(b, 0xf9, d > 0 ? 0x7c00 : 0xfc00, 2);
    else
        return false;
    return true;
}

static void put_double(struct awsc_buf *b, double d)
{
    if (put_special(b, d))
        return;
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    put_bits(b, 0xfb, bits, 8);
}

static void put_float(struct awsc_buf *b, float f)
{
    if (put_special(b, (double)f))
        return;
    uint32_t bits;
    memcpy(&bits, &f, sizeof bits);
    put_bits(b, 0xfa, bits, 4);
}

static void put_text(struct awsc_buf *b, const char *s, size_t n)
{
    put_head(b, MT_TEXT, n);
    awsc__buf_append(b, s, n);
}

static int w_text(struct writer *w, const struct awsc__wpath *path, const char *s, size_t n)
{
    if (!awsc__utf8_valid(s, n))
        return wfail(w, path, "the string is not valid UTF-8");
    put_text(w->out, s, n);
    return AWSC_OK;
}

static int enter(struct writer *w, const struct awsc__wpath *path)
{
    if (w->depth >= w->max_depth)
        return wfail(w, path, "nested more than %u levels deep (is there a cycle?)", w->max_depth);
    w->depth++;
    return AWSC_OK;
}

static int w_document(struct writer *w, const struct awsc__wpath *path,
                      const struct awsc_document *d)
{
    switch (d->type) {
    case AWSC_DOC_NULL:
        awsc__buf_putc(w->out, (char)0xf6);
        return AWSC_OK;
    case AWSC_DOC_BOOL:
        awsc__buf_putc(w->out, (char)(d->boolean ? 0xf5 : 0xf4));
        return AWSC_OK;
    case AWSC_DOC_NUMBER:
        /* integers as integers, everything else as a double */
        if (d->number == floor(d->number) && fabs(d->number) < 9223372036854775808.0)
            put_int(w->out, (int64_t)d->number);
        else
            put_double(w->out, d->number);
        return AWSC_OK;
    case AWSC_DOC_STRING:
        if (!d->string)
            return wfail(w, path, "a document string is NULL");
        return w_text(w, path, d->string, strlen(d->string));
    case AWSC_DOC_ARRAY: {
        if (!d->items && d->count)
            return wfail(w, path, "a document array has %zu items but items is NULL", d->count);
        int status = enter(w, path);
        put_head(w->out, MT_ARRAY, d->count);
        for (size_t i = 0; status == AWSC_OK && i < d->count; i++) {
            struct awsc__wpath p = {path, NULL, i, false};
            status = w_document(w, &p, &d->items[i]);
        }
        w->depth--;
        return status;
    }
    case AWSC_DOC_OBJECT: {
        if (!d->entries && d->count)
            return wfail(w, path, "a document object has %zu entries but entries is NULL",
                         d->count);
        int status = enter(w, path);
        put_head(w->out, MT_MAP, d->count);
        for (size_t i = 0; status == AWSC_OK && i < d->count; i++) {
            const struct awsc_document_entry *e = &d->entries[i];
            if (!e->key)
                return wfail(w, path, "the key of entry %zu is NULL", i);
            struct awsc__wpath p = {path, e->key, 0, true};
            status = w_text(w, &p, e->key, strlen(e->key));
            if (status == AWSC_OK)
                status = w_document(w, &p, &e->value);
        }
        w->depth--;
        return status;
    }
    }
    return wfail(w, path, "unknown document type %d", (int)d->type);
}

static int w_value(struct writer *w, const struct awsc__wpath *path, const struct awsc_shape *s,
                   const void *v);

static bool fills_token(const struct writer *w, const struct awsc_member *m)
{
    return w->o->idempotency_tokens && (m->flags & AWSC_MF_IDEMPOTENCY_TOKEN) &&
           awsc_member_shape(m)->type == AWSC_SHAPE_STRING;
}

static int w_structure(struct writer *w, const struct awsc__wpath *path, const struct awsc_shape *s,
                       const void *v)
{
    /* a definite-length map: count the members first */
    size_t count = 0;
    const struct awsc_member *set = NULL; /* a union's member */
    for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
        const struct awsc_member *m = &awsc_shape_members(s)[i];
        if (awsc__member_is_set(m, v)) {
            if ((s->flags & AWSC_SF_UNION) && set)
                return wfail(w, path,
                             "a union takes exactly one member, but both %s and %s are set",
                             awsc_member_name(set), awsc_member_name(m));
            set = m;
            count++;
        } else if (fills_token(w, m)) {
            count++;
        }
    }
    int status = enter(w, path);
    if (status != AWSC_OK)
        return status;
    put_head(w->out, MT_MAP, count);
    for (uint32_t i = 0; status == AWSC_OK && i < awsc_shape_member_count(s); i++) {
        const struct awsc_member *m = &awsc_shape_members(s)[i];
        struct awsc__wpath p = {path, awsc_member_name(m), 0, false};
        const char *wire = awsc_member_wire_name(m);
        if (!awsc__member_is_set(m, v)) {
            if (fills_token(w, m)) {
                char token[37];
                awsc__uuid4(token);
                put_text(w->out, wire, strlen(wire));
                put_text(w->out, token, strlen(token));
            }
            continue;
        }
        put_text(w->out, wire, strlen(wire));
        const void *mv = CFIELD(v, m->offset);
        if (awsc_member_shape(m)->type == AWSC_SHAPE_STRUCTURE ||
            awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT)
            mv = *(const void *const *)mv; /* members hold these by pointer */
        status = w_value(w, &p, awsc_member_shape(m), mv);
    }
    w->depth--;
    return status;
}

static int w_value(struct writer *w, const struct awsc__wpath *path, const struct awsc_shape *s,
                   const void *v)
{
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE:
        return w_structure(w, path, s, v);
    case AWSC_SHAPE_LIST: {
        const struct awsc_list_view *l = v;
        if (!l->items && l->count)
            return wfail(w, path, "the list has %zu items but items is NULL", l->count);
        int status = enter(w, path);
        if (status != AWSC_OK)
            return status;
        put_head(w->out, MT_ARRAY, l->count);
        for (size_t i = 0; status == AWSC_OK && i < l->count; i++) {
            struct awsc__wpath p = {path, NULL, i, false};
            const void *item = ITEM(l->items, i, awsc_shape_item(s)->size);
            if (awsc_shape_item(s)->type == AWSC_SHAPE_STRING && !*(const char *const *)item)
                return wfail(w, &p, "a list item is NULL");
            status = w_value(w, &p, awsc_shape_item(s), item);
        }
        w->depth--;
        return status;
    }
    case AWSC_SHAPE_MAP: {
        const struct awsc_map_view *mv = v;
        if (!mv->entries && mv->count)
            return wfail(w, path, "the map has %zu entries but entries is NULL", mv->count);
        int status = enter(w, path);
        if (status != AWSC_OK)
            return status;
        put_head(w->out, MT_MAP, mv->count);
        for (size_t i = 0; status == AWSC_OK && i < mv->count; i++) {
            const void *entry = ITEM(mv->entries, i, awsc_shape_entry_size(s));
            const char *key = *(const char *const *)entry;
            const void *value = CFIELD(entry, awsc_shape_value_offset(s));
            if (!key)
                return wfail(w, path, "the key of entry %zu is NULL", i);
            struct awsc__wpath p = {path, key, 0, true};
            if (awsc_shape_item(s)->type == AWSC_SHAPE_STRING && !*(const char *const *)value)
                return wfail(w, &p, "a map value is NULL");
            status = w_text(w, &p, key, strlen(key));
            if (status == AWSC_OK)
                status = w_value(w, &p, awsc_shape_item(s), value);
        }
        w->depth--;
        return status;
    }
    case AWSC_SHAPE_STRING: {
        const char *str = *(const char *const *)v;
        if (!str)
            return wfail(w, path, "the string is NULL");
        return w_text(w, path, str, strlen(str));
    }
    case AWSC_SHAPE_BLOB: {
        const struct awsc_blob *b = v;
        put_head(w->out, MT_BYTES, b->len);
        if (b->len)
            awsc__buf_append(w->out, b->data, b->len);
        return AWSC_OK;
    }
    case AWSC_SHAPE_BOOLEAN:
        awsc__buf_putc(w->out, (char)(*(const bool *)v ? 0xf5 : 0xf4));
        return AWSC_OK;
    case AWSC_SHAPE_BYTE:
        put_int(w->out, *(const int8_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_SHORT:
        put_int(w->out, *(const int16_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_INTEGER:
        put_int(w->out, *(const int32_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_LONG:
        put_int(w->out, *(const int64_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_FLOAT:
        put_float(w->out, *(const float *)v);
        return AWSC_OK;
    case AWSC_SHAPE_DOUBLE:
        put_double(w->out, *(const double *)v);
        return AWSC_OK;
    case AWSC_SHAPE_TIMESTAMP: {
        /* tag 1: epoch seconds, an integer unless there is a fraction */
        struct awsc_timestamp t = *(const struct awsc_timestamp *)v;
        if (t.nsec < 0 || t.nsec >= 1000000000)
            return wfail(w, path, "the timestamp's nsec (%ld) is outside 0..999999999",
                         (long)t.nsec);
        put_head(w->out, MT_TAG, 1);
        if (t.nsec == 0)
            put_int(w->out, t.sec);
        else
            put_double(w->out, awsc__ts_to_double(t));
        return AWSC_OK;
    }
    case AWSC_SHAPE_DOCUMENT:
        return w_document(w, path, v);
    }
    return wfail(w, path, "shape %s has unknown type %d", awsc__shape_label(s), (int)s->type);
}

int awsc__cbor_write(struct awsc_buf *out, const struct awsc_shape *shape, const void *value,
                     const struct awsc__cbor_opts *opts, struct awsc_error *err)
{
    if (!out || !shape || !value)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__cbor_write: NULL argument");
    struct writer w = {out, opts ? opts : &DEFAULT_OPTS, 0, 0, err};
    w.max_depth = max_depth_of(w.o);
    int status = w_value(&w, NULL, shape, value);
    if (status == AWSC_OK && out->failed)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

/* ------------------------------------------------------------- reader */

struct reader {
    const uint8_t *start, *p, *end;
    struct awsc_arena *arena;
    unsigned max_depth;
    struct awsc_error *err;
    int status; /* the first failure; the message is in err */
};

/* An item's head: the major type, the additional information and the
 * argument it gives (for major type 7 the simple value or the float's
 * bits). indef: an indefinite length (major types 2-5) or, for major type
 * 7, the break code. */
struct head {
    uint8_t major;
    uint8_t info;
    bool indef;
    uint64_t val;
    size_t at; /* offset of the initial byte */
};

static int rfail(struct reader *r, const struct awsc__wpath *path, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int rfail(struct reader *r, const struct awsc__wpath *path, size_t at, const char *fmt, ...)
{
    if (r->status)
        return r->status;
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__wpath_put(&b, path);
    awsc__buf_puts(&b, ": ");
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_vprintf(&b, fmt, ap);
    va_end(ap);
    awsc__buf_printf(&b, " (byte %zu)", at);
    r->status = b.failed ? awsc__fail(r->err, AWSC_E_NOMEM, "out of memory")
                         : awsc__fail(r->err, AWSC_E_PARSE, "%s", b.data);
    awsc__buf_clean_up(&b);
    return r->status;
}

static int nomem(struct reader *r)
{
    if (!r->status)
        r->status = awsc__fail(r->err, AWSC_E_NOMEM, "out of memory");
    return r->status;
}

static void *alloc(struct reader *r, size_t n)
{
    void *p = awsc__arena_alloc(r->arena, n ? n : 1);
    if (!p)
        nomem(r);
    return p;
}

static size_t offset(const struct reader *r)
{
    return (size_t)(r->p - r->start);
}

static size_t remaining(const struct reader *r)
{
    return (size_t)(r->end - r->p);
}

static const char *const MAJOR_NAMES[] = {
    "an unsigned integer",
    "a negative integer",
    "a byte string",
    "a text string",
    "an array",
    "a map",
    "a tag",
    "a simple value or float",
};

/* What an item is, for messages. */
static const char *what(const struct head *h)
{
    if (h->major == MT_SIMPLE) {
        if (h->indef)
            return "a break code";
        switch (h->info) {
        case CBOR_FALSE:
        case CBOR_TRUE:
            return "a boolean";
        case CBOR_NULL:
            return "null";
        case CBOR_UNDEF:
            return "undefined";
        case 25:
        case 26:
        case 27:
            return "a float";
        default:
            return "a simple value";
        }
    }
    return MAJOR_NAMES[h->major];
}

#ifdef AWSC__CBOR_WITH_LIBCBOR
struct lc_head {
    struct head *h;
    size_t string_len; /* a definite string: its bytes, left for the walker */
};
#define LC(ctx) (((struct lc_head *)(ctx))->h)
static void lc_set(void *ctx, uint8_t major, uint8_t info, uint64_t val, bool indef)
{
    LC(ctx)->major = major;
    LC(ctx)->info = info;
    LC(ctx)->val = val;
    LC(ctx)->indef = indef;
}
static void lc_u8(void *c, uint8_t v)
{
    lc_set(c, MT_UINT, 0, v, false);
}
static void lc_u16(void *c, uint16_t v)
{
    lc_set(c, MT_UINT, 0, v, false);
}
static void lc_u32(void *c, uint32_t v)
{
    lc_set(c, MT_UINT, 0, v, false);
}
static void lc_u64(void *c, uint64_t v)
{
    lc_set(c, MT_UINT, 0, v, false);
}
static void lc_n8(void *c, uint8_t v)
{
    lc_set(c, MT_NEGINT, 0, v, false);
}
static void lc_n16(void *c, uint16_t v)
{
    lc_set(c, MT_NEGINT, 0, v, false);
}
static void lc_n32(void *c, uint32_t v)
{
    lc_set(c, MT_NEGINT, 0, v, false);
}
static void lc_n64(void *c, uint64_t v)
{
    lc_set(c, MT_NEGINT, 0, v, false);
}
static void lc_bytes(void *c, cbor_data d, size_t n)
{
    (void)d;
    lc_set(c, MT_BYTES, 0, n, false);
    ((struct lc_head *)c)->string_len = n;
}
static void lc_text(void *c, cbor_data d, size_t n)
{
    (void)d;
    lc_set(c, MT_TEXT, 0, n, false);
    ((struct lc_head *)c)->string_len = n;
}
static void lc_bytes_start(void *c)
{
    lc_set(c, MT_BYTES, 31, 0, true);
}
static void lc_text_start(void *c)
{
    lc_set(c, MT_TEXT, 31, 0, true);
}
static void lc_array(void *c, size_t n)
{
    lc_set(c, MT_ARRAY, 0, n, false);
}
static void lc_array_start(void *c)
{
    lc_set(c, MT_ARRAY, 31, 0, true);
}
static void lc_map(void *c, size_t n)
{
    lc_set(c, MT_MAP, 0, n, false);
}
static void lc_map_start(void *c)
{
    lc_set(c, MT_MAP, 31, 0, true);
}
static void lc_tag(void *c, uint64_t v)
{
    lc_set(c, MT_TAG, 0, v, false);
}
static void lc_double(void *c, double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    lc_set(c, MT_SIMPLE, 27, bits, false);
}
static void lc_float(void *c, float f)
{
    lc_double(c, f);
}
static void lc_undef(void *c)
{
    lc_set(c, MT_SIMPLE, CBOR_UNDEF, CBOR_UNDEF, false);
}
static void lc_null(void *c)
{
    lc_set(c, MT_SIMPLE, CBOR_NULL, CBOR_NULL, false);
}
static void lc_bool(void *c, bool v)
{
    lc_set(c, MT_SIMPLE, v ? CBOR_TRUE : CBOR_FALSE, v ? CBOR_TRUE : CBOR_FALSE, false);
}
static void lc_break(void *c)
{
    lc_set(c, MT_SIMPLE, 31, 0, true);
}
static const struct cbor_callbacks LC_HEAD = {
    .uint8 = lc_u8,
    .uint16 = lc_u16,
    .uint32 = lc_u32,
    .uint64 = lc_u64,
    .negint8 = lc_n8,
    .negint16 = lc_n16,
    .negint32 = lc_n32,
    .negint64 = lc_n64,
    .byte_string = lc_bytes,
    .byte_string_start = lc_bytes_start,
    .string = lc_text,
    .string_start = lc_text_start,
    .array_start = lc_array,
    .indef_array_start = lc_array_start,
    .map_start = lc_map,
    .indef_map_start = lc_map_start,
    .tag = lc_tag,
    .float2 = lc_float,
    .float4 = lc_float,
    .float8 = lc_double,
    .undefined = lc_undef,
    .null = lc_null,
    .boolean = lc_bool,
    .indef_break = lc_break,
};

static int get_head(struct reader *r, const struct awsc__wpath *path, struct head *h)
{
    h->at = offset(r);
    h->major = h->info = 0;
    h->indef = false;
    h->val = 0;
    struct lc_head c = {h, 0};
    struct cbor_decoder_result res = cbor_stream_decode(r->p, remaining(r), &LC_HEAD, &c);
    if (res.status == CBOR_DECODER_NEDATA || !remaining(r))
        return rfail(r, path, h->at, "the CBOR data ends before the item is complete");
    if (res.status != CBOR_DECODER_FINISHED)
        return rfail(r, path, h->at, "the initial byte 0x%02x is not well-formed", *r->p);
    r->p += res.read - c.string_len; /* the walker takes a string's bytes */
    return AWSC_OK;
}
#else
static int get_head(struct reader *r, const struct awsc__wpath *path, struct head *h)
{
    h->at = offset(r);
    h->major = h->info = 0;
    h->indef = false;
    h->val = 0;
    if (r->p >= r->end)
        return rfail(r, path, h->at, "the CBOR data ends before the item is complete");
    uint8_t ib = *r->p++;
    h->major = ib >> 5;
    h->info = ib & 31;
    h->indef = false;
    if (h->info < 24) {
        h->val = h->info;
        return AWSC_OK;
    }
    if (h->info == 31) {
        if (h->major == MT_UINT || h->major == MT_NEGINT || h->major == MT_TAG)
            return rfail(r, path, h->at, "the initial byte 0x%02x is not well-formed", ib);
        h->indef = true;
        h->val = 0;
        return AWSC_OK;
    }
    if (h->info > 27)
        return rfail(r, path, h->at, "the initial byte 0x%02x uses reserved additional information",
                     ib);
    size_t n = (size_t)1 << (h->info - 24);
    if (remaining(r) < n)
        return rfail(r, path, h->at, "the CBOR data ends inside the head of %s", what(h));
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v = v << 8 | r->p[i];
    r->p += n;
    h->val = v;
    if (h->major == MT_SIMPLE && h->info == 24 && v < 32)
        return rfail(r, path, h->at, "simple value %u is not well-formed in two bytes",
                     (unsigned)v);
    return AWSC_OK;
}

#endif

static bool is_break(const struct head *h)
{
    return h->major == MT_SIMPLE && h->indef;
}

/* Consumes a break code when it is next. */
static bool take_break(struct reader *r)
{
    if (r->p < r->end && *r->p == CBOR_BREAK) {
        r->p++;
        return true;
    }
    return false;
}

/* The bytes of a byte or text string whose head is h: in place for a
 * definite length; for an indefinite one, its chunks gathered into the
 * arena (NUL-terminated) when gather is set, else only checked. */
static int string_bytes(struct reader *r, const struct awsc__wpath *path, const struct head *h,
                        bool gather, const uint8_t **data, size_t *len)
{
    if (!h->indef) {
        if (h->val > remaining(r))
            return rfail(r, path, h->at, "%s of %llu bytes, but only %zu bytes remain", what(h),
                         (unsigned long long)h->val, remaining(r));
        *data = r->p;
        *len = (size_t)h->val;
        r->p += *len;
        return AWSC_OK;
    }
    const uint8_t *first = r->p;
    size_t total = 0;
    for (;;) {
        if (take_break(r))
            break;
        struct head c;
        if (get_head(r, path, &c) != AWSC_OK)
            return r->status;
        if (c.major != h->major || c.indef)
            return rfail(r, path, c.at,
                         "a chunk of an indefinite-length %s is %s, not a definite-length one",
                         MAJOR_NAMES[h->major] + 2, what(&c));
        if (c.val > remaining(r))
            return rfail(r, path, c.at, "%s of %llu bytes, but only %zu bytes remain", what(&c),
                         (unsigned long long)c.val, remaining(r));
        r->p += c.val;
        total += (size_t)c.val;
    }
    *len = total;
    *data = first;
    if (!gather)
        return AWSC_OK;
    const uint8_t *after = r->p;
    uint8_t *buf = alloc(r, total + 1);
    if (!buf)
        return r->status;
    r->p = first;
    for (size_t n = 0; !take_break(r);) {
        struct head c;
        get_head(r, path, &c); /* checked above */
        memcpy(buf + n, r->p, (size_t)c.val);
        n += (size_t)c.val;
        r->p += c.val;
    }
    r->p = after;
    *data = buf;
    return AWSC_OK;
}

/* A text string as a NUL-terminated copy in the arena. */
static int text_value(struct reader *r, const struct awsc__wpath *path, const struct head *h,
                      const char **out)
{
    const uint8_t *data;
    size_t len;
    if (string_bytes(r, path, h, true, &data, &len) != AWSC_OK)
        return r->status;
    if (memchr(data, '\0', len))
        return rfail(r, path, h->at,
                     "the text string holds a NUL character, which a C string "
                     "cannot carry");
    if (!awsc__utf8_valid((const char *)data, len))
        return rfail(r, path, h->at, "the text string is not valid UTF-8");
    if (h->indef) { /* gathered in the arena already */
        *out = (const char *)data;
        return AWSC_OK;
    }
    char *copy = awsc__arena_strndup(r->arena, (const char *)data, len);
    if (!copy)
        return nomem(r);
    *out = copy;
    return AWSC_OK;
}

static int depth_check(struct reader *r, const struct awsc__wpath *path, const struct head *h,
                       unsigned depth)
{
    if (depth > r->max_depth)
        return rfail(r, path, h->at, "nested more than %u levels deep", r->max_depth);
    return AWSC_OK;
}

/* Skips the item whose head is h, checking that it is well-formed. */
static int skip_rest(struct reader *r, const struct awsc__wpath *path, const struct head *h,
                     unsigned depth)
{
    switch (h->major) {
    case MT_UINT:
    case MT_NEGINT:
        return AWSC_OK;
    case MT_BYTES:
    case MT_TEXT: {
        const uint8_t *data;
        size_t len;
        return string_bytes(r, path, h, false, &data, &len);
    }
    case MT_ARRAY:
    case MT_MAP:
    case MT_TAG: {
        if (depth_check(r, path, h, depth + 1) != AWSC_OK)
            return r->status;
        uint64_t n = h->major == MT_TAG ? 1 : h->major == MT_MAP ? h->val * 2 : h->val;
        if (h->major == MT_MAP && h->val > UINT64_MAX / 2)
            return rfail(r, path, h->at, "a map of %llu entries is more than the data holds",
                         (unsigned long long)h->val);
        for (uint64_t i = 0; h->indef || i < n; i++) {
            if (h->indef && take_break(r)) {
                if (h->major == MT_MAP && i % 2)
                    return rfail(r, path, offset(r) - 1,
                                 "a map ends after a key, before its "
                                 "value");
                break;
            }
            struct head c;
            if (get_head(r, path, &c) != AWSC_OK ||
                (is_break(&c) && rfail(r, path, c.at,
                                       "a break code outside an indefinite-length "
                                       "item")) ||
                skip_rest(r, path, &c, depth + 1) != AWSC_OK)
                return r->status;
        }
        return AWSC_OK;
    }
    default:
        if (is_break(h))
            return rfail(r, path, h->at, "a break code outside an indefinite-length item");
        return AWSC_OK;
    }
}

/* The value of a float (major type 7, additional information 25-27). */
static bool float_value(const struct head *h, double *out)
{
    if (h->major != MT_SIMPLE || h->indef)
        return false;
    if (h->info == 25) {
        unsigned e = (unsigned)(h->val >> 10) & 31, m = (unsigned)h->val & 0x3ff;
        double v = e == 0   ? ldexp(m, -24)
                   : e < 31 ? ldexp(m + 1024, (int)e - 25)
                   : m      ? NAN
                            : INFINITY;
        *out = h->val & 0x8000 ? -v : v;
    } else if (h->info == 26) {
        uint32_t bits = (uint32_t)h->val;
        float f;
        memcpy(&f, &bits, sizeof f);
        *out = f;
    } else if (h->info == 27) {
        memcpy(out, &h->val, sizeof *out);
    } else {
        return false;
    }
    return true;
}

/* An integer: major types 0 and 1, or a big number (tags 2 and 3) that
 * fits in 64 bits. */
static int int_value(struct reader *r, const struct awsc__wpath *path, const struct head *h,
                     uint64_t tag, int64_t min, int64_t max, const char *kind, int64_t *out)
{
    uint64_t u = h->val;
    bool neg = h->major == MT_NEGINT;
    if (tag == 2 || tag == 3) {
        if (h->major != MT_BYTES)
            return rfail(r, path, h->at, "a big number (tag %llu) must be a byte string, not %s",
                         (unsigned long long)tag, what(h));
        const uint8_t *data;
        size_t len;
        if (string_bytes(r, path, h, true, &data, &len) != AWSC_OK)
            return r->status;
        while (len && !*data)
            data++, len--;
        if (len > 8)
            return rfail(r, path, h->at, "a big number of %zu bytes is out of range for %s", len,
                         kind);
        u = 0;
        for (size_t i = 0; i < len; i++)
            u = u << 8 | data[i];
        neg = tag == 3;
    } else if (h->major != MT_UINT && h->major != MT_NEGINT) {
        return rfail(r, path, h->at, "expected an integer, got %s", what(h));
    }
    /* the value is u, or -1 - u when neg */
    if (neg ? u > (uint64_t)(-(min + 1)) : u > (uint64_t)max)
        return rfail(r, path, h->at, "%s%llu is out of range for %s", neg ? "-1-" : "",
                     (unsigned long long)u, kind);
    *out = neg ? -1 - (int64_t)u : (int64_t)u;
    return AWSC_OK;
}

static int read_value(struct reader *r, const struct awsc__wpath *path, const struct awsc_shape *s,
                      void *dest, bool indirect, unsigned depth, bool *set);

static const struct awsc_member *find_member(const struct awsc_shape *s, const uint8_t *key,
                                             size_t len)
{
    return awsc__member_by_wire(s, (const char *)key, len);
}

/* A map key: a text string, in place when it has a definite length. */
static int map_key(struct reader *r, const struct awsc__wpath *path, const uint8_t **key,
                   size_t *len, struct head *h)
{
    if (get_head(r, path, h) != AWSC_OK)
        return r->status;
    if (h->major != MT_TEXT)
        return rfail(r, path, h->at, "a map key must be a text string, not %s", what(h));
    return string_bytes(r, path, h, true, key, len);
}

static int read_struct(struct reader *r, const struct awsc__wpath *path, const struct awsc_shape *s,
                       void *v, const struct head *h, unsigned depth)
{
    for (uint64_t i = 0; h->indef || i < h->val; i++) {
        if (h->indef && take_break(r))
            break;
        const uint8_t *key;
        size_t len;
        struct head kh;
        if (map_key(r, path, &key, &len, &kh) != AWSC_OK)
            return r->status;
        const struct awsc_member *m = find_member(s, key, len);
        if (!m) {
            struct head vh;
            if (get_head(r, path, &vh) != AWSC_OK || skip_rest(r, path, &vh, depth) != AWSC_OK)
                return r->status;
            continue;
        }
        struct awsc__wpath p = {path, awsc_member_name(m), 0, false};
        bool indirect = awsc_member_shape(m)->type == AWSC_SHAPE_STRUCTURE ||
                        awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT;
        bool set;
        if (read_value(r, &p, awsc_member_shape(m), FIELD(v, m->offset), indirect, depth, &set) !=
            AWSC_OK)
            return r->status;
        if (set)
            awsc__member_set_has(m, v, true);
    }
    if (!(s->flags & AWSC_SF_UNION))
        return AWSC_OK;
    const struct awsc_member *first = NULL;
    for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
        const struct awsc_member *m = &awsc_shape_members(s)[i];
        if (!awsc__member_is_set(m, v))
            continue;
        if (first)
            return rfail(r, path, h->at,
                         "a union takes exactly one member, but both %s and %s are set",
                         awsc_member_name(first), awsc_member_name(m));
        first = m;
    }
    return AWSC_OK;
}

/* Room for the elements of an array or map: all of a definite length at
 * once (each element takes a byte at least, so no more than remain), an
 * indefinite one grown by doubling. */
static void *room(struct reader *r, const struct awsc__wpath *path, const struct head *h,
                  void **items, size_t count, size_t *cap, size_t size)
{
    if (!*items && !h->indef) {
        uint64_t n = h->major == MT_MAP ? h->val * 2 : h->val;
        if (h->val > remaining(r) || n > remaining(r)) {
            rfail(r, path, h->at, "%s of %llu elements, but only %zu bytes remain", what(h),
                  (unsigned long long)h->val, remaining(r));
            return NULL;
        }
        *cap = (size_t)h->val;
        if (*cap > SIZE_MAX / size) {
            nomem(r);
            return NULL;
        }
        if (!(*items = alloc(r, *cap * size)))
            return NULL;
    }
    if (count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 4;
        if (ncap > SIZE_MAX / size) {
            nomem(r);
            return NULL;
        }
        void *n = alloc(r, ncap * size);
        if (!n)
            return NULL;
        if (count)
            memcpy(n, *items, count * size);
        *items = n;
        *cap = ncap;
    }
    return ITEM(*items, count, size);
}

static int read_list(struct reader *r, const struct awsc__wpath *path, const struct awsc_shape *s,
                     struct awsc_list_view *l, const struct head *h, unsigned depth)
{
    size_t cap = 0, size = awsc_shape_item(s)->size;
    l->items = NULL;
    l->count = 0;
    for (uint64_t i = 0; h->indef || i < h->val; i++) {
        if (h->indef && take_break(r))
            break;
        void *item = room(r, path, h, &l->items, l->count, &cap, size);
        if (!item)
            return r->status;
        struct awsc__wpath p = {path, NULL, l->count, false};
        bool set;
        if (read_value(r, &p, awsc_shape_item(s), item, false, depth, &set) != AWSC_OK)
            return r->status;
        if (set)
            l->count++; /* a null is dropped */
    }
    /* an empty list is present: its items are not NULL */
    if (!l->items && !(l->items = alloc(r, 1)))
        return r->status;
    return AWSC_OK;
}

static int read_map(struct reader *r, const struct awsc__wpath *path, const struct awsc_shape *s,
                    struct awsc_map_view *mv, const struct head *h, unsigned depth)
{
    size_t cap = 0;
    mv->entries = NULL;
    mv->count = 0;
    for (uint64_t i = 0; h->indef || i < h->val; i++) {
        if (h->indef && take_break(r))
            break;
        void *entry = room(r, path, h, &mv->entries, mv->count, &cap, awsc_shape_entry_size(s));
        if (!entry)
            return r->status;
        struct head kh;
        if (get_head(r, path, &kh) != AWSC_OK)
            return r->status;
        if (kh.major != MT_TEXT)
            return rfail(r, path, kh.at, "a map key must be a text string, not %s", what(&kh));
        const char *key;
        if (text_value(r, path, &kh, &key) != AWSC_OK)
            return r->status;
        struct awsc__wpath p = {path, key, 0, true};
        bool set;
        if (read_value(r, &p, awsc_shape_item(s), FIELD(entry, awsc_shape_value_offset(s)), false,
                       depth, &set) != AWSC_OK)
            return r->status;
        if (set) { /* a null value drops the entry */
            *(const char **)entry = key;
            mv->count++;
        }
    }
    if (!mv->entries && !(mv->entries = alloc(r, 1)))
        return r->status;
    return AWSC_OK;
}

static int read_document(struct reader *r, const struct awsc__wpath *path, struct awsc_document *d,
                         const struct head *h, uint64_t tag, unsigned depth)
{
    memset(d, 0, sizeof *d);
    double f;
    if (tag != UINT64_MAX && tag != 1)
        return rfail(r, path, h->at, "tag %llu has no meaning in a document",
                     (unsigned long long)tag);
    switch (h->major) {
    case MT_UINT:
    case MT_NEGINT:
        d->type = AWSC_DOC_NUMBER;
        d->number = h->major == MT_UINT ? (double)h->val : -1.0 - (double)h->val;
        return AWSC_OK;
    case MT_TEXT:
        d->type = AWSC_DOC_STRING;
        return text_value(r, path, h, &d->string);
    case MT_ARRAY: {
        size_t cap = 0;
        d->type = AWSC_DOC_ARRAY;
        for (uint64_t i = 0; h->indef || i < h->val; i++) {
            if (h->indef && take_break(r))
                break;
            void *items = d->items;
            struct awsc_document *item = room(r, path, h, &items, d->count, &cap, sizeof *item);
            if (!item)
                return r->status;
            d->items = items;
            struct awsc__wpath p = {path, NULL, d->count, false};
            bool set;
            if (read_value(r, &p, &DOCUMENT_SHAPE, item, false, depth, &set) != AWSC_OK)
                return r->status;
            d->count++; /* a null stays, as AWSC_DOC_NULL */
        }
        return AWSC_OK;
    }
    case MT_MAP: {
        size_t cap = 0;
        d->type = AWSC_DOC_OBJECT;
        for (uint64_t i = 0; h->indef || i < h->val; i++) {
            if (h->indef && take_break(r))
                break;
            void *entries = d->entries;
            struct awsc_document_entry *e = room(r, path, h, &entries, d->count, &cap, sizeof *e);
            if (!e)
                return r->status;
            d->entries = entries;
            struct head kh;
            if (get_head(r, path, &kh) != AWSC_OK)
                return r->status;
            if (kh.major != MT_TEXT)
                return rfail(r, path, kh.at, "a map key must be a text string, not %s", what(&kh));
            if (text_value(r, path, &kh, &e->key) != AWSC_OK)
                return r->status;
            struct awsc__wpath p = {path, e->key, 0, true};
            bool set;
            if (read_value(r, &p, &DOCUMENT_SHAPE, &e->value, false, depth, &set) != AWSC_OK)
                return r->status;
            d->count++;
        }
        return AWSC_OK;
    }
    case MT_SIMPLE:
        if (h->info == CBOR_FALSE || h->info == CBOR_TRUE) {
            d->type = AWSC_DOC_BOOL;
            d->boolean = h->info == CBOR_TRUE;
            return AWSC_OK;
        }
        if (float_value(h, &f)) {
            d->type = AWSC_DOC_NUMBER;
            d->number = f;
            return AWSC_OK;
        }
        break;
    default:
        break;
    }
    return rfail(r, path, h->at, "%s has no meaning in a document", what(h));
}

static const char *expected_of(const struct awsc_shape *s)
{
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE:
    case AWSC_SHAPE_MAP:
        return "a map";
    case AWSC_SHAPE_LIST:
        return "an array";
    case AWSC_SHAPE_STRING:
        return "a text string";
    case AWSC_SHAPE_BLOB:
        return "a byte string";
    case AWSC_SHAPE_BOOLEAN:
        return "a boolean";
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE:
        return "a number";
    case AWSC_SHAPE_TIMESTAMP:
        return "a timestamp (tag 1 and a number)";
    default:
        return "an integer";
    }
}

/*
 * Reads the next item into dest, a value of shape s (for indirect, dest
 * holds a pointer to it, allocated here). *set says whether a value was
 * stored: null and undefined store none.
 */
static int read_value(struct reader *r, const struct awsc__wpath *path, const struct awsc_shape *s,
                      void *dest, bool indirect, unsigned depth, bool *set)
{
    *set = false;
    struct head h;
    if (get_head(r, path, &h) != AWSC_OK)
        return r->status;
    if (h.major == MT_SIMPLE && !h.indef && (h.val == CBOR_NULL || h.val == CBOR_UNDEF) &&
        h.info < 24)
        return AWSC_OK;
    uint64_t tag = UINT64_MAX; /* none */
    if (h.major == MT_TAG) {
        tag = h.val;
        size_t at = h.at;
        if (get_head(r, path, &h) != AWSC_OK)
            return r->status;
        if (h.major == MT_TAG)
            return rfail(r, path, at, "tags on tags are not expected here");
        h.at = at;
    }
    if (is_break(&h))
        return rfail(r, path, h.at, "a break code outside an indefinite-length item");
    if (h.major == MT_ARRAY || h.major == MT_MAP) {
        if (depth_check(r, path, &h, depth + 1) != AWSC_OK)
            return r->status;
    }
    if (tag != UINT64_MAX && s->type != AWSC_SHAPE_DOCUMENT &&
        !(tag == 1 && s->type == AWSC_SHAPE_TIMESTAMP) &&
        !((tag == 2 || tag == 3) && s->type >= AWSC_SHAPE_BYTE && s->type <= AWSC_SHAPE_LONG))
        return rfail(r, path, h.at, "unexpected tag %llu before %s", (unsigned long long)tag,
                     what(&h));

    int64_t iv;
    double f;
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE: {
        if (h.major != MT_MAP)
            break;
        void *v = dest;
        if (indirect && !(v = *(void **)dest = alloc(r, s->size)))
            return r->status;
        if (read_struct(r, path, s, v, &h, depth + 1) != AWSC_OK)
            return r->status;
        *set = true;
        return AWSC_OK;
    }
    case AWSC_SHAPE_LIST:
        if (h.major != MT_ARRAY)
            break;
        *set = read_list(r, path, s, dest, &h, depth + 1) == AWSC_OK;
        return r->status;
    case AWSC_SHAPE_MAP:
        if (h.major != MT_MAP)
            break;
        *set = read_map(r, path, s, dest, &h, depth + 1) == AWSC_OK;
        return r->status;
    case AWSC_SHAPE_STRING:
        if (h.major != MT_TEXT)
            break;
        *set = text_value(r, path, &h, dest) == AWSC_OK;
        return r->status;
    case AWSC_SHAPE_BLOB: {
        if (h.major != MT_BYTES)
            break;
        struct awsc_blob *b = dest;
        const uint8_t *data;
        size_t len;
        if (string_bytes(r, path, &h, true, &data, &len) != AWSC_OK)
            return r->status;
        /* a copy, NUL-terminated for convenience (gathered chunks are) */
        if (!h.indef) {
            uint8_t *copy = alloc(r, len + 1);
            if (!copy)
                return r->status;
            memcpy(copy, data, len);
            data = copy;
        }
        b->data = data;
        b->len = len;
        *set = true;
        return AWSC_OK;
    }
    case AWSC_SHAPE_BOOLEAN:
        if (h.major != MT_SIMPLE || (h.info != CBOR_FALSE && h.info != CBOR_TRUE))
            break;
        *(bool *)dest = h.info == CBOR_TRUE;
        *set = true;
        return AWSC_OK;
    case AWSC_SHAPE_BYTE:
        if (int_value(r, path, &h, tag, INT8_MIN, INT8_MAX, "a byte (-128..127)", &iv) != AWSC_OK)
            return r->status;
        *(int8_t *)dest = (int8_t)iv;
        *set = true;
        return AWSC_OK;
    case AWSC_SHAPE_SHORT:
        if (int_value(r, path, &h, tag, INT16_MIN, INT16_MAX, "a 16-bit integer", &iv) != AWSC_OK)
            return r->status;
        *(int16_t *)dest = (int16_t)iv;
        *set = true;
        return AWSC_OK;
    case AWSC_SHAPE_INTEGER:
        if (int_value(r, path, &h, tag, INT32_MIN, INT32_MAX, "a 32-bit integer", &iv) != AWSC_OK)
            return r->status;
        *(int32_t *)dest = (int32_t)iv;
        *set = true;
        return AWSC_OK;
    case AWSC_SHAPE_LONG:
        if (int_value(r, path, &h, tag, INT64_MIN, INT64_MAX, "a 64-bit integer", &iv) != AWSC_OK)
            return r->status;
        *(int64_t *)dest = iv;
        *set = true;
        return AWSC_OK;
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE:
        if (h.major == MT_UINT)
            f = (double)h.val;
        else if (h.major == MT_NEGINT)
            f = -1.0 - (double)h.val;
        else if (!float_value(&h, &f))
            break;
        if (s->type == AWSC_SHAPE_FLOAT)
            *(float *)dest = (float)f;
        else
            *(double *)dest = f;
        *set = true;
        return AWSC_OK;
    case AWSC_SHAPE_TIMESTAMP: {
        struct awsc_timestamp *t = dest;
        if (h.major == MT_UINT || h.major == MT_NEGINT) {
            if (int_value(r, path, &h, UINT64_MAX, INT64_MIN, INT64_MAX, "a timestamp", &iv) !=
                AWSC_OK)
                return r->status;
            t->sec = iv;
            t->nsec = 0;
        } else if (!float_value(&h, &f)) {
            break;
        } else if (!awsc__ts_from_double(f, t)) {
            return rfail(r, path, h.at, "%g is not a usable timestamp", f);
        }
        *set = true;
        return AWSC_OK;
    }
    case AWSC_SHAPE_DOCUMENT: {
        struct awsc_document *d = dest;
        if (indirect && !(d = *(struct awsc_document **)dest = alloc(r, sizeof *d)))
            return r->status;
        *set = read_document(r, path, d, &h, tag, depth + 1) == AWSC_OK;
        return r->status;
    }
    default:
        return rfail(r, path, h.at, "shape %s has unknown type %d", awsc__shape_label(s),
                     (int)s->type);
    }
    return rfail(r, path, h.at, "expected %s, got %s", expected_of(s), what(&h));
}

int awsc__cbor_read(const uint8_t *cbor, size_t len, const struct awsc_shape *shape, void *value,
                    struct awsc_arena *arena, const struct awsc__cbor_opts *opts,
                    struct awsc_error *err)
{
    if (!shape || !value || !arena || (!cbor && len))
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__cbor_read: NULL argument");
    const uint8_t *p = cbor ? cbor : (const uint8_t *)"";
    struct reader r = {p, p, p + len, arena, max_depth_of(opts ? opts : &DEFAULT_OPTS), err, 0};
    bool set;
    if (read_value(&r, NULL, shape, value, false, 0, &set) != AWSC_OK)
        return r.status;
    if (r.p != r.end)
        return rfail(&r, NULL, offset(&r), "%zu bytes follow the CBOR item", remaining(&r));
    return AWSC_OK;
}
