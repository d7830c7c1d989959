/*
 * runtime/core/core.h - private helpers shared by the whole runtime:
 * allocation, arenas, growable buffers, encodings, CRCs, time, UUIDs,
 * error filling and the debug log. Nothing here is public API.
 */
#ifndef AWSC_CORE_H
#define AWSC_CORE_H

#include "crypto.h"

#include <awsc/common.h>
#include <stdarg.h>
#include <stdio.h>

/* ---- allocation (honours awsc_set_allocator) ---- */
void *awsc__malloc(size_t n);
void *awsc__calloc(size_t count, size_t n);
void *awsc__realloc(void *p, size_t n);
void awsc__free(void *p);
char *awsc__strdup(const char *s);
char *awsc__strndup(const char *s, size_t n);

/* Fault injection for tests: when armed, the n-th allocation from now
 * fails (1 = the next one). 0 disarms. Returns allocations made since
 * arming, so a test can loop n = 1, 2, ... until a run completes. */
void awsc__alloc_fail_at(long n);
long awsc__alloc_count(void);

/* A shape's name for messages: its model name, or, in a build without
 * shape names (AWSC_WITH_SHAPE_NAMES 0), its type ("a structure"). */
struct awsc_shape;
const char *awsc__shape_label(const struct awsc_shape *s);
/* The member of structure s whose wire name is the len bytes at key, or
 * NULL: a binary search of the shape's by_wire_name, or, where the tables
 * have none (services whose protocol reads no JSON or CBOR), a scan. */
struct awsc_member;
const struct awsc_member *awsc__member_by_wire(const struct awsc_shape *s, const char *key,
                                               size_t len);

/* getenv(name) when it is set and not empty, else NULL (and NULL for a
 * NULL name). */
const char *awsc__getenv_set(const char *name);

/* ---- arena: many allocations, one free ---- */
struct awsc_arena;
struct awsc_arena *awsc__arena_new(void);
void awsc__arena_destroy(struct awsc_arena *a);
/* Zeroed, aligned for any type. NULL on allocation failure. */
void *awsc__arena_alloc(struct awsc_arena *a, size_t n);
char *awsc__arena_strdup(struct awsc_arena *a, const char *s);
char *awsc__arena_strndup(struct awsc_arena *a, const char *s, size_t n);
void *awsc__arena_memdup(struct awsc_arena *a, const void *p, size_t n);
/* a, then b, then c (each may be NULL: nothing) as one string */
char *awsc__arena_concat(struct awsc_arena *arena, const char *a, const char *b, const char *c);
char *awsc__arena_printf(struct awsc_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
size_t awsc__arena_bytes(const struct awsc_arena *a);

/*
 * Outputs: a block allocated in an arena, preceded by a header that lets
 * awsc_output_free() find the arena from the output pointer.
 */
void *awsc__output_new(struct awsc_arena *a, size_t size);
void awsc__output_set_meta(void *output, int http_status, const char *request_id);
void awsc__output_set_attempts(void *output, int attempts);

/* ---- growable byte buffer ---- */
struct awsc_buf {
    char *data; /* always NUL-terminated when len > 0 or after any append */
    size_t len;
    size_t cap;
    bool failed; /* an allocation failed; further appends are ignored */
};
#define AWSC_BUF_INIT     \
    {                     \
        NULL, 0, 0, false \
    }
void awsc__buf_clean_up(struct awsc_buf *b);
void awsc__buf_reset(struct awsc_buf *b);
bool awsc__buf_reserve(struct awsc_buf *b, size_t extra);
void awsc__buf_append(struct awsc_buf *b, const void *p, size_t n);
void awsc__buf_puts(struct awsc_buf *b, const char *s);
/* One character. Inline (but in a build for size), as the writers call
 * it for most of what they write; awsc__buf_putc_slow grows the buffer. */
void awsc__buf_putc_slow(struct awsc_buf *b, char c);
#ifdef __OPTIMIZE_SIZE__
#define awsc__buf_putc awsc__buf_putc_slow
#else
static inline void awsc__buf_putc(struct awsc_buf *b, char c)
{
    if (b->failed || b->len + 2 > b->cap) {
        awsc__buf_putc_slow(b, c);
        return;
    }
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}
#endif
void awsc__buf_printf(struct awsc_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void awsc__buf_vprintf(struct awsc_buf *b, const char *fmt, va_list ap);
/* Take ownership of the data (NUL-terminated; "" when empty), reset b. */
char *awsc__buf_steal(struct awsc_buf *b);

/* ---- encodings ---- */
size_t awsc__base64_encoded_len(size_t n);
/* Writes awsc__base64_encoded_len(n) chars plus a NUL. */
void awsc__base64_encode(const uint8_t *in, size_t n, char *out);
void awsc__buf_base64(struct awsc_buf *b, const uint8_t *in, size_t n);
/* Decodes standard base64 (padding optional, whitespace refused). Returns
 * false on bad input. out must hold (n / 4 + 1) * 3 bytes. */
bool awsc__base64_decode(const char *in, size_t n, uint8_t *out, size_t *out_len);
void awsc__hex_encode(const uint8_t *in, size_t n, char *out); /* lower case, NUL */
/* The value of a hex digit (either case), or -1. */
int awsc__hex_value(char c);
/* RFC 3986 percent-encoding: unreserved chars kept; '/' kept when
 * keep_slash. */
void awsc__buf_uri_encode(struct awsc_buf *b, const char *s, size_t n, bool keep_slash);
/* application/x-www-form-urlencoded, as urllib.parse.quote_plus writes
 * UTF-8: A-Z a-z 0-9 - _ . ~ kept, space as '+', every other byte %XX. */
void awsc__form_encode(struct awsc_buf *b, const char *s, size_t n);
/* v in decimal with a NUL (out holds 21 bytes); returns its length. For
 * the numbers of every request, where snprintf costs ten times more. */
size_t awsc__u64_dec(uint64_t v, char out[21]);
/* true when s[0..n) is valid UTF-8 */
bool awsc__utf8_valid(const char *s, size_t n);

/* ---- checksums (the hashes, HMAC and the rest of the cryptography are
 * crypto.h's) ---- */
uint32_t awsc__crc32_update(uint32_t crc, const void *data, size_t n);
uint32_t awsc__crc32c_update(uint32_t crc, const void *data, size_t n);
/* CRC-64/NVME (reflected polynomial 0x9A6C9329AC4BC9B5, as the S3
 * x-amz-checksum-crc64nvme); crc is the value so far (0 to start). */
uint64_t awsc__crc64nvme_update(uint64_t crc, const void *data, size_t n);

/* ---- time ---- */
/* Wall clock now. */
struct awsc_timestamp awsc__now(void);
/* Monotonic milliseconds. */
int64_t awsc__monotonic_ms(void);
/* Formats; out must hold 40 bytes. */
void awsc__ts_format_iso8601(struct awsc_timestamp t,
                             char *out); /* 2015-01-25T08:00:00Z, .123Z when ms */
void awsc__ts_format_rfc822(struct awsc_timestamp t, char *out); /* Sun, 25 Jan 2015 08:00:00 GMT */
void awsc__ts_format_epoch(struct awsc_timestamp t, char *out);  /* 1422172800 or 1422172800.123 */
void awsc__ts_format_amz_date(struct awsc_timestamp t, char *out); /* 20150125T080000Z */
/* Parses ISO 8601 (with offset or Z, fractions), RFC 822/HTTP dates, and
 * epoch seconds (with fraction). Returns false on anything else. */
bool awsc__ts_parse(const char *s, struct awsc_timestamp *out);
bool awsc__ts_from_double(double epoch, struct awsc_timestamp *out);
double awsc__ts_to_double(struct awsc_timestamp t);
/* days from civil date, and back */
int64_t awsc__days_from_civil(int64_t y, unsigned m, unsigned d);
void awsc__civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d);

/* ---- UUID v4 (idempotency tokens, invocation ids) ---- */
void awsc__uuid4(char out[37]);

/* ---- errors ---- */
/* Fill err (if non-NULL) with status and a printf-formatted message;
 * returns status, so `return awsc__fail(err, AWSC_E_X, "...")` reads well.
 * An err already filled is cleaned first. */
int awsc__fail(struct awsc_error *err, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Lazily create err's arena; NULL on allocation failure. */
struct awsc_arena *awsc__error_arena(struct awsc_error *err);
/* Move src into dst (dst cleaned first); src is left empty. */
void awsc__error_move(struct awsc_error *dst, struct awsc_error *src);

/* ---- strings ---- */
int awsc__strcasecmp(const char *a, const char *b);
int awsc__strncasecmp(const char *a, const char *b, size_t n);
/* A name with its length, for sets of header names: AWSC__NAME("expect"). */
struct awsc__name {
    size_t len;
    const char *text; /* lower case */
};
#define AWSC__NAME(s)    \
    {                    \
        sizeof(s) - 1, s \
    }
/* Whether name (any case) is one of set's count names: only those of its
 * length are compared. */
bool awsc__name_in(const char *name, const struct awsc__name *set, size_t count);
/* trims ASCII whitespace in place, returns s */
char *awsc__trim(char *s);

/* ---- debug log ---- */
typedef void awsc__log_fn(void *ud, const char *line);
struct awsc_log {
    awsc__log_fn *fn;
    void *ud;
};
#if AWSC_WITH_LOG
void awsc__log(const struct awsc_log *log, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
#else
/* -Dlogging=false: no line is ever written (the arguments are not
 * evaluated; none has side effects) */
#define awsc__log(...) ((void)0)
#endif
/* Headers whose values are secrets: Authorization, X-Amz-Security-Token,
 * x-amz-server-side-encryption-customer-key, ... */
bool awsc__header_is_secret(const char *name);

#define AWSC_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
