/*
 * The application/vnd.amazon.eventstream framing, decoded incrementally.
 *
 * A message on the wire:
 *
 *   total_length   u32 big-endian: the whole message, these 4 bytes included
 *   headers_length u32
 *   prelude_crc    u32: CRC32 of the 8 bytes above
 *   headers        headers_length bytes: each a name (u8 length, UTF-8),
 *                  a type (u8) and a value of that type
 *   payload        total_length - headers_length - 16 bytes
 *   message_crc    u32: CRC32 of everything before it
 *
 * Bytes arrive in chunks of any size. A message that lies whole inside a
 * chunk is decoded where it lies; one that spans chunks is gathered in a
 * buffer that grows to the largest message seen (never beyond 16 MiB, and
 * only once its prelude checked out), so memory stays bounded by one
 * message however long the stream.
 */
#include <awsc/eventstream.h>

#include "core.h"

#include <stdlib.h>
#include <string.h>

#define PRELUDE_LEN 12u
#define OVERHEAD    16u /* prelude and message CRC */

struct awsc_eventstream_decoder {
    awsc_eventstream_message_fn *fn;
    void *ud;
    /* the message being gathered */
    uint8_t *buf;
    size_t cap;
    size_t used;
    uint32_t total; /* its total_length once its prelude checked out, else 0 */
    /* per message: headers and a copy of their names and strings */
    struct awsc_eventstream_header *headers;
    size_t header_cap;
    char *strings;
    size_t strings_cap;
    const struct awsc_eventstream_header **order; /* sorted by name, to find a repeat */
    size_t order_cap;
    /* the stream so far */
    uint64_t offset;   /* stream offset of the message being gathered */
    uint64_t messages; /* messages decoded */
    int failed;        /* the status of a failure; refuses more bytes */
};

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint64_t be64(const uint8_t *p)
{
    return (uint64_t)be32(p) << 32 | be32(p + 4);
}

int awsc_eventstream_decoder_new(awsc_eventstream_message_fn *fn, void *user_data,
                                 struct awsc_eventstream_decoder **out, struct awsc_error *err)
{
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_eventstream_decoder_new: out is NULL");
    *out = NULL;
    if (!fn)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_eventstream_decoder_new: a message callback is required");
    struct awsc_eventstream_decoder *d = awsc__calloc(1, sizeof *d);
    if (!d)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    d->fn = fn;
    d->ud = user_data;
    *out = d;
    return AWSC_OK;
}

void awsc_eventstream_decoder_destroy(struct awsc_eventstream_decoder *d)
{
    if (!d)
        return;
    awsc__free(d->buf);
    awsc__free(d->headers);
    awsc__free(d->strings);
    awsc__free(d->order);
    awsc__free(d);
}

void awsc_eventstream_decoder_reset(struct awsc_eventstream_decoder *d)
{
    if (!d)
        return;
    d->used = 0;
    d->total = 0;
    d->offset = 0;
    d->messages = 0;
    d->failed = 0;
}

uint64_t awsc_eventstream_decoder_messages(const struct awsc_eventstream_decoder *d)
{
    return d ? d->messages : 0;
}

size_t awsc_eventstream_decoder_capacity(const struct awsc_eventstream_decoder *d)
{
    return d ? d->cap + d->header_cap * sizeof *d->headers + d->strings_cap +
                   d->order_cap * sizeof *d->order
             : 0;
}

const struct awsc_eventstream_header *
awsc_eventstream_message_header(const struct awsc_eventstream_message *msg, const char *name)
{
    if (!msg || !name)
        return NULL;
    size_t n = strlen(name);
    for (size_t i = 0; i < msg->header_count; i++)
        if (msg->headers[i].name_len == n && memcmp(msg->headers[i].name, name, n) == 0)
            return &msg->headers[i];
    return NULL;
}

const char *awsc_eventstream_message_string(const struct awsc_eventstream_message *msg,
                                            const char *name)
{
    const struct awsc_eventstream_header *h = awsc_eventstream_message_header(msg, name);
    return h && h->type == AWSC_EVENTSTREAM_STRING ? (const char *)h->bytes : NULL;
}

/* ------------------------------------------------------------- failures */

static int fail(struct awsc_eventstream_decoder *d, struct awsc_error *err, int status,
                const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int fail(struct awsc_eventstream_decoder *d, struct awsc_error *err, int status,
                const char *fmt, ...)
{
    d->failed = status;
    if (!err)
        return status;
    char what[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    return awsc__fail(err, status, "event stream message %llu (at byte %llu of the stream): %s",
                      (unsigned long long)d->messages + 1, (unsigned long long)d->offset, what);
}

/* -------------------------------------------------------------- prelude */

/* Checks a prelude: its CRC first (a corrupted length must not be trusted
 * even to refuse it by size), then the lengths. */
static int check_prelude(struct awsc_eventstream_decoder *d, const uint8_t *p,
                         struct awsc_error *err)
{
    uint32_t total = be32(p), hlen = be32(p + 4), want = be32(p + 8);
    uint32_t got = awsc__crc32_update(0, p, 8);
    if (got != want)
        return fail(d, err, AWSC_E_CHECKSUM,
                    "the prelude CRC32 does not match (the message says 0x%08x, its bytes give "
                    "0x%08x): the stream is corrupted",
                    want, got);
    if (total < OVERHEAD)
        return fail(d, err, AWSC_E_PARSE,
                    "total length %u is shorter than the %u bytes of prelude and CRC", total,
                    OVERHEAD);
    if (total > AWSC_EVENTSTREAM_MAX_MESSAGE)
        return fail(d, err, AWSC_E_PARSE,
                    "total length %u exceeds the event stream limit of %u bytes (16 MiB)", total,
                    AWSC_EVENTSTREAM_MAX_MESSAGE);
    if (hlen > AWSC_EVENTSTREAM_MAX_HEADERS)
        return fail(d, err, AWSC_E_PARSE,
                    "headers length %u exceeds the event stream limit of %u bytes (128 KiB)", hlen,
                    AWSC_EVENTSTREAM_MAX_HEADERS);
    if (hlen > total - OVERHEAD)
        return fail(d, err, AWSC_E_PARSE,
                    "headers length %u does not fit in a message of total length %u", hlen, total);
    return AWSC_OK;
}

/* -------------------------------------------------------------- headers */

static int cmp_names(const struct awsc_eventstream_header *a,
                     const struct awsc_eventstream_header *b)
{
    size_t n = a->name_len < b->name_len ? a->name_len : b->name_len;
    int c = memcmp(a->name, b->name, n);
    return c ? c : (a->name_len > b->name_len) - (a->name_len < b->name_len);
}

static int cmp_order(const void *x, const void *y)
{
    return cmp_names(*(const struct awsc_eventstream_header *const *)x,
                     *(const struct awsc_eventstream_header *const *)y);
}

/* A header whose name repeats another's, or NULL. */
static const struct awsc_eventstream_header *repeated(struct awsc_eventstream_decoder *d,
                                                      size_t count, bool *nomem)
{
    const struct awsc_eventstream_header *h = d->headers;
    if (count <= 16) {
        for (size_t i = 1; i < count; i++)
            for (size_t j = 0; j < i; j++)
                if (cmp_names(&h[i], &h[j]) == 0)
                    return &h[i];
        return NULL;
    }
    /* many headers: sorted by name, a repeat is next to its twin */
    if (d->order_cap < count) {
        const struct awsc_eventstream_header **o = awsc__realloc(d->order, count * sizeof *o);
        if (!o) {
            *nomem = true;
            return NULL;
        }
        d->order = o;
        d->order_cap = count;
    }
    for (size_t i = 0; i < count; i++)
        d->order[i] = &h[i];
    qsort(d->order, count, sizeof *d->order, cmp_order);
    for (size_t i = 1; i < count; i++)
        if (cmp_names(d->order[i], d->order[i - 1]) == 0)
            return d->order[i];
    return NULL;
}

static const char *type_name(unsigned t)
{
    static const char *const names[] = {"bool true", "bool false", "byte",   "short",     "int",
                                        "long",      "bytes",      "string", "timestamp", "uuid"};
    return t < AWSC_ARRAY_LEN(names) ? names[t] : "unknown";
}

/* Decodes the headers section p[0..n) into d->headers; names and strings
 * are copied, NUL-terminated, into d->strings. */
static int parse_headers(struct awsc_eventstream_decoder *d, const uint8_t *p, size_t n,
                         size_t *count_out, struct awsc_error *err)
{
    *count_out = 0;
    if (n == 0)
        return AWSC_OK;
    /* every header takes at least 2 bytes (a name length and a type), and
     * each name or string gains one NUL: these bound what one message needs
     * (with one more header slot for a last one that is cut short) */
    size_t max_headers = n / 2 + 1;
    if (d->header_cap < max_headers) {
        struct awsc_eventstream_header *h = awsc__realloc(d->headers, max_headers * sizeof *h);
        if (!h)
            return fail(d, err, AWSC_E_NOMEM, "out of memory");
        d->headers = h;
        d->header_cap = max_headers;
    }
    size_t strings_need = n + max_headers * 2;
    if (d->strings_cap < strings_need) {
        char *s = awsc__realloc(d->strings, strings_need);
        if (!s)
            return fail(d, err, AWSC_E_NOMEM, "out of memory");
        d->strings = s;
        d->strings_cap = strings_need;
    }
    char *sp = d->strings;
    size_t i = 0, count = 0;
    while (i < n) {
        struct awsc_eventstream_header *h = &d->headers[count];
        memset(h, 0, sizeof *h);
        size_t name_len = p[i++];
        if (name_len > n - i)
            return fail(d, err, AWSC_E_PARSE,
                        "header %zu: its name of %zu bytes runs past the end of the headers",
                        count + 1, name_len);
        if (!awsc__utf8_valid((const char *)p + i, name_len))
            return fail(d, err, AWSC_E_PARSE, "header %zu: its name is not valid UTF-8", count + 1);
        memcpy(sp, p + i, name_len);
        sp[name_len] = '\0';
        h->name = sp;
        h->name_len = name_len;
        sp += name_len + 1;
        i += name_len;
        if (i >= n)
            return fail(d, err, AWSC_E_PARSE, "header \"%s\" has no type: the headers end",
                        h->name);
        h->type = p[i++];
        size_t width = 0, len_bytes = 0;
        switch (h->type) {
        case AWSC_EVENTSTREAM_BOOL_TRUE:
        case AWSC_EVENTSTREAM_BOOL_FALSE:
            h->boolean = h->type == AWSC_EVENTSTREAM_BOOL_TRUE;
            break;
        case AWSC_EVENTSTREAM_BYTE:
            width = 1;
            break;
        case AWSC_EVENTSTREAM_SHORT:
            width = 2;
            break;
        case AWSC_EVENTSTREAM_INT:
            width = 4;
            break;
        case AWSC_EVENTSTREAM_LONG:
        case AWSC_EVENTSTREAM_TIMESTAMP:
            width = 8;
            break;
        case AWSC_EVENTSTREAM_BYTE_ARRAY:
        case AWSC_EVENTSTREAM_STRING:
            len_bytes = 2;
            break;
        case AWSC_EVENTSTREAM_UUID:
            width = 16;
            break;
        default:
            return fail(d, err, AWSC_E_PARSE, "header \"%s\" has an unknown value type %u", h->name,
                        (unsigned)h->type);
        }
        if (len_bytes) {
            if (n - i < 2)
                return fail(d, err, AWSC_E_PARSE,
                            "header \"%s\" (%s): its length runs past the end of the headers",
                            h->name, type_name(h->type));
            width = (size_t)p[i] << 8 | p[i + 1];
            i += 2;
        }
        if (width > n - i)
            return fail(d, err, AWSC_E_PARSE,
                        "header \"%s\" (%s): its value of %zu bytes runs past the end of the "
                        "headers",
                        h->name, type_name(h->type), width);
        const uint8_t *v = p + i;
        i += width;
        switch (h->type) {
        case AWSC_EVENTSTREAM_BYTE:
            h->integer = (int8_t)v[0];
            break;
        case AWSC_EVENTSTREAM_SHORT:
            h->integer = (int16_t)(uint16_t)((unsigned)v[0] << 8 | v[1]);
            break;
        case AWSC_EVENTSTREAM_INT:
            h->integer = (int32_t)be32(v);
            break;
        case AWSC_EVENTSTREAM_LONG:
        case AWSC_EVENTSTREAM_TIMESTAMP:
            h->integer = (int64_t)be64(v);
            break;
        case AWSC_EVENTSTREAM_STRING:
            if (!awsc__utf8_valid((const char *)v, width))
                return fail(d, err, AWSC_E_PARSE, "header \"%s\": its string is not valid UTF-8",
                            h->name);
            memcpy(sp, v, width);
            sp[width] = '\0';
            h->bytes = (const uint8_t *)sp;
            h->len = width;
            sp += width + 1;
            break;
        case AWSC_EVENTSTREAM_BYTE_ARRAY:
        case AWSC_EVENTSTREAM_UUID:
            h->bytes = v;
            h->len = width;
            break;
        default:
            break;
        }
        count++;
    }
    bool nomem = false;
    const struct awsc_eventstream_header *dup = repeated(d, count, &nomem);
    if (nomem)
        return fail(d, err, AWSC_E_NOMEM, "out of memory");
    if (dup)
        return fail(d, err, AWSC_E_PARSE, "header \"%s\" appears twice", dup->name);
    *count_out = count;
    return AWSC_OK;
}

/* ------------------------------------------------------------- messages */

/* A whole message p[0..total), its prelude checked already. */
static int decode_message(struct awsc_eventstream_decoder *d, const uint8_t *p, uint32_t total,
                          struct awsc_error *err)
{
    uint32_t hlen = be32(p + 4);
    uint32_t want = be32(p + total - 4);
    uint32_t got = awsc__crc32_update(0, p, total - 4);
    if (got != want)
        return fail(d, err, AWSC_E_CHECKSUM,
                    "the message CRC32 does not match (the message says 0x%08x, its bytes give "
                    "0x%08x): the stream is corrupted",
                    want, got);
    size_t count;
    int status = parse_headers(d, p + PRELUDE_LEN, hlen, &count, err);
    if (status != AWSC_OK)
        return status;
    struct awsc_eventstream_message msg = {
        .headers = d->headers,
        .header_count = count,
        .payload = p + PRELUDE_LEN + hlen,
        .payload_len = total - OVERHEAD - hlen,
        .total_length = total,
        .headers_length = hlen,
        .prelude_crc = be32(p + 8),
        .message_crc = want,
    };
    if (d->fn(d->ud, &msg) != 0)
        return fail(d, err, AWSC_E_CANCELLED, "the message callback stopped the stream");
    d->messages++;
    d->offset += total;
    return AWSC_OK;
}

int awsc_eventstream_decoder_feed(struct awsc_eventstream_decoder *d, const uint8_t *data,
                                  size_t len, struct awsc_error *err)
{
    if (!d || (!data && len))
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_eventstream_decoder_feed: bad arguments");
    if (d->failed)
        return awsc__fail(err, d->failed,
                          "the event stream decoder stopped at an earlier error (%s)",
                          awsc_status_name(d->failed));
    while (len > 0) {
        if (d->used == 0 && len >= PRELUDE_LEN) {
            /* a message starts here: decode it in place when it is whole */
            int status = check_prelude(d, data, err);
            if (status != AWSC_OK)
                return status;
            uint32_t total = be32(data);
            if (len >= total) {
                status = decode_message(d, data, total, err);
                if (status != AWSC_OK)
                    return status;
                data += total;
                len -= total;
                continue;
            }
            d->total = total;
        }
        if (d->total == 0) {
            /* gathering a prelude */
            if (d->cap < PRELUDE_LEN) {
                uint8_t *b = awsc__realloc(d->buf, 256);
                if (!b)
                    return fail(d, err, AWSC_E_NOMEM, "out of memory");
                d->buf = b;
                d->cap = 256;
            }
            size_t take = PRELUDE_LEN - d->used;
            if (take > len)
                take = len;
            memcpy(d->buf + d->used, data, take);
            d->used += take;
            data += take;
            len -= take;
            if (d->used < PRELUDE_LEN)
                return AWSC_OK;
            int status = check_prelude(d, d->buf, err);
            if (status != AWSC_OK)
                return status;
            d->total = be32(d->buf);
        }
        if (d->cap < d->total) {
            uint8_t *b = awsc__realloc(d->buf, d->total);
            if (!b)
                return fail(d, err, AWSC_E_NOMEM, "out of memory");
            d->buf = b;
            d->cap = d->total;
        }
        size_t take = d->total - d->used;
        if (take > len)
            take = len;
        memcpy(d->buf + d->used, data, take);
        d->used += take;
        data += take;
        len -= take;
        if (d->used == d->total) {
            uint32_t total = d->total;
            d->used = 0;
            d->total = 0;
            int status = decode_message(d, d->buf, total, err);
            if (status != AWSC_OK)
                return status;
        }
    }
    return AWSC_OK;
}

int awsc_eventstream_decoder_end(struct awsc_eventstream_decoder *d, struct awsc_error *err)
{
    if (!d)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_eventstream_decoder_end: no decoder");
    if (d->failed)
        return awsc__fail(err, d->failed,
                          "the event stream decoder stopped at an earlier error (%s)",
                          awsc_status_name(d->failed));
    if (d->used == 0)
        return AWSC_OK;
    if (d->total)
        return fail(d, err, AWSC_E_PARSE,
                    "the stream ended inside the message: %zu of its %u bytes arrived", d->used,
                    d->total);
    return fail(d, err, AWSC_E_PARSE,
                "the stream ended inside the message's prelude: %zu of its %u bytes arrived",
                d->used, PRELUDE_LEN);
}
