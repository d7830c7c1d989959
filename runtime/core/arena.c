/* Arenas: a chain of blocks; allocations are bump-pointer, freed together.
 * Outputs are arena blocks preceded by a small header (struct out_head)
 * so that awsc_output_free() can find the arena from the output pointer,
 * and count the references awsc_output_retain() adds. */
#include "core.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>

/* Every allocation is aligned for any object type: the alignment malloc
 * guarantees (16 bytes on x86-64 and aarch64, 8 on armhf), no more, since
 * the blocks come from malloc. */
#define ARENA_ALIGN     ((size_t) _Alignof(max_align_t))
#define ARENA_MAX_BLOCK (256u * 1024u)

struct block {
    struct block *next;
    size_t used;
    size_t size;
    _Alignas(max_align_t) unsigned char data[];
};

/* The first block is 1 KiB with its header: small enough for glibc's
 * per-thread cache of freed chunks (up to 1032 bytes), where the three
 * arenas of every call find theirs again. */
#define ARENA_FIRST_BLOCK (1024u - sizeof(struct block))

struct awsc_arena {
    struct block *head;
    size_t next_size;
    size_t total;
};

struct awsc_arena *awsc__arena_new(void)
{
    struct awsc_arena *a = awsc__calloc(1, sizeof *a);
    if (a)
        a->next_size = ARENA_FIRST_BLOCK;
    return a;
}

void awsc__arena_destroy(struct awsc_arena *a)
{
    if (!a)
        return;
    struct block *b = a->head;
    while (b) {
        struct block *next = b->next;
        awsc__free(b);
        b = next;
    }
    awsc__free(a);
}

/* n bytes, aligned, not zeroed */
static void *alloc_raw(struct awsc_arena *a, size_t n)
{
    size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (need < n)
        return NULL;
    struct block *b = a->head;
    if (!b || b->size - b->used < need) {
        size_t size = a->next_size;
        if (size < need)
            size = need;
        b = awsc__malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        /* A big one-off block goes behind the current one so the current
         * block's free space stays usable. */
        if (a->head && size > a->next_size) {
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
            if (a->next_size < ARENA_MAX_BLOCK)
                a->next_size *= 2;
        }
    }
    void *p = b->data + b->used;
    b->used += need;
    a->total += need;
    return p;
}

void *awsc__arena_alloc(struct awsc_arena *a, size_t n)
{
    void *p = alloc_raw(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

size_t awsc__arena_bytes(const struct awsc_arena *a)
{
    return a ? a->total : 0;
}

void *awsc__arena_memdup(struct awsc_arena *a, const void *p, size_t n)
{
    void *d = alloc_raw(a, n ? n : 1);
    if (d && n)
        memcpy(d, p, n);
    else if (d)
        *(unsigned char *)d = 0;
    return d;
}

char *awsc__arena_concat(struct awsc_arena *arena, const char *a, const char *b, const char *c)
{
    const char *parts[] = {a, b, c};
    size_t len[3], total = 0;
    for (size_t i = 0; i < 3; i++)
        total += len[i] = parts[i] ? strlen(parts[i]) : 0;
    char *out = alloc_raw(arena, total + 1);
    if (!out)
        return NULL;
    char *p = out;
    for (size_t i = 0; i < 3; i++) {
        if (len[i])
            memcpy(p, parts[i], len[i]);
        p += len[i];
    }
    *p = '\0';
    return out;
}

char *awsc__arena_strndup(struct awsc_arena *a, const char *s, size_t n)
{
    char *d = alloc_raw(a, n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

char *awsc__arena_strdup(struct awsc_arena *a, const char *s)
{
    return s ? awsc__arena_strndup(a, s, strlen(s)) : NULL;
}

char *awsc__arena_printf(struct awsc_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *d = awsc__arena_alloc(a, (size_t)n + 1);
    if (!d)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(d, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return d;
}

/* ---- outputs ---- */

#define OUT_MAGIC 0x6177736fu /* "awso" */

struct out_head {
    struct awsc_arena *arena;
    const char *request_id;
    int http_status;
    int attempts;
    atomic_uint refs; /* references beyond the first: awsc_output_retain() */
    uint32_t magic;
};

/* The header is padded to the arena alignment so the output that follows
 * is aligned too. */
#define OUT_HEAD_SIZE ((sizeof(struct out_head) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

void *awsc__output_new(struct awsc_arena *a, size_t size)
{
    unsigned char *p = awsc__arena_alloc(a, OUT_HEAD_SIZE + size);
    if (!p)
        return NULL;
    struct out_head *h = (struct out_head *)(void *)p;
    h->arena = a;
    atomic_init(&h->refs, 0);
    h->magic = OUT_MAGIC;
    return p + OUT_HEAD_SIZE;
}

static struct out_head *head_of(const void *output)
{
    if (!output)
        return NULL;
    struct out_head *h =
        (struct out_head *)(void *)((unsigned char *)(uintptr_t)output - OUT_HEAD_SIZE);
    return h->magic == OUT_MAGIC ? h : NULL;
}

void awsc__output_set_meta(void *output, int http_status, const char *request_id)
{
    struct out_head *h = head_of(output);
    if (!h)
        return;
    h->http_status = http_status;
    h->request_id = request_id ? awsc__arena_strdup(h->arena, request_id) : NULL;
}

void awsc__output_set_attempts(void *output, int attempts)
{
    struct out_head *h = head_of(output);
    if (h)
        h->attempts = attempts;
}

void *awsc_output_retain(void *output)
{
    struct out_head *h = head_of(output);
    if (!h)
        return NULL;
    atomic_fetch_add_explicit(&h->refs, 1, memory_order_relaxed);
    return output;
}

void awsc_output_free(void *output)
{
    struct out_head *h = head_of(output);
    if (!h)
        return;
    /* the last reference frees: acquire what the others wrote before
     * they let go */
    unsigned refs = atomic_load_explicit(&h->refs, memory_order_acquire);
    while (refs > 0) {
        if (atomic_compare_exchange_weak_explicit(&h->refs, &refs, refs - 1, memory_order_acq_rel,
                                                  memory_order_acquire))
            return;
    }
    struct awsc_arena *a = h->arena;
    h->magic = 0;
    awsc__arena_destroy(a);
}

const char *awsc_output_request_id(const void *output)
{
    struct out_head *h = head_of(output);
    return h ? h->request_id : NULL;
}

int awsc_output_http_status(const void *output)
{
    struct out_head *h = head_of(output);
    return h ? h->http_status : 0;
}

int awsc_output_attempts(const void *output)
{
    struct out_head *h = head_of(output);
    return h ? h->attempts : 0;
}
