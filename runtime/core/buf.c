/* Growable byte buffers. An allocation failure marks the buffer failed;
 * later appends do nothing and the caller checks `failed` once at the end. */
#include "core.h"

#include <string.h>

void awsc__buf_clean_up(struct awsc_buf *b)
{
    awsc__free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

void awsc__buf_reset(struct awsc_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

bool awsc__buf_reserve(struct awsc_buf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (extra > SIZE_MAX - b->len - 1) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    /* 256 to start: the buffers of a request (canonical request, string
     * to sign, header block, body) mostly end up between 100 and 500
     * bytes, and each doubling is a realloc */
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *d = awsc__realloc(b->data, cap);
    if (!d) {
        b->failed = true;
        return false;
    }
    d[b->len] = '\0'; /* a new buffer reads as "" before anything is appended */
    b->data = d;
    b->cap = cap;
    return true;
}

void awsc__buf_append(struct awsc_buf *b, const void *p, size_t n)
{
    /* room already there (the usual case): no call to grow */
    if ((b->failed || n >= b->cap - b->len) && !awsc__buf_reserve(b, n))
        return;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void awsc__buf_puts(struct awsc_buf *b, const char *s)
{
    awsc__buf_append(b, s, strlen(s));
}

void awsc__buf_putc_slow(struct awsc_buf *b, char c)
{
    if ((b->failed || b->len + 2 > b->cap) && !awsc__buf_reserve(b, 1))
        return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void awsc__buf_vprintf(struct awsc_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if (!awsc__buf_reserve(b, (size_t)n))
        return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void awsc__buf_printf(struct awsc_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_vprintf(b, fmt, ap);
    va_end(ap);
}

char *awsc__buf_steal(struct awsc_buf *b)
{
    if (b->failed) {
        awsc__buf_clean_up(b);
        return NULL;
    }
    if (!b->data && !awsc__buf_reserve(b, 0))
        return NULL;
    char *d = b->data;
    d[b->len] = '\0';
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}
