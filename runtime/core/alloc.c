/* Allocation through the user's hooks, with fault injection for tests. */
#include "core.h"

#include <stdlib.h>
#include <string.h>

static struct awsc_allocator g_alloc;
static long g_fail_at; /* 0: disarmed; else fail when g_count reaches it */
static long g_count;

void awsc_set_allocator(const struct awsc_allocator *allocator)
{
    if (allocator)
        g_alloc = *allocator;
    else
        memset(&g_alloc, 0, sizeof g_alloc);
}

void awsc__alloc_fail_at(long n)
{
    g_fail_at = n;
    g_count = 0;
}

long awsc__alloc_count(void)
{
    return g_count;
}

static bool should_fail(void)
{
    if (g_fail_at <= 0)
        return false;
    return ++g_count == g_fail_at;
}

void *awsc__malloc(size_t n)
{
    if (should_fail())
        return NULL;
    if (n == 0)
        n = 1;
    return g_alloc.malloc_fn ? g_alloc.malloc_fn(g_alloc.ctx, n) : malloc(n);
}

void *awsc__calloc(size_t count, size_t n)
{
    if (n && count > SIZE_MAX / n)
        return NULL;
    size_t total = count * n;
    void *p = awsc__malloc(total);
    if (p)
        memset(p, 0, total > 0 ? total : 1);
    return p;
}

void *awsc__realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    if (n == 0)
        n = 1;
    return g_alloc.realloc_fn ? g_alloc.realloc_fn(g_alloc.ctx, p, n) : realloc(p, n);
}

void awsc__free(void *p)
{
    if (!p)
        return;
    if (g_alloc.free_fn)
        g_alloc.free_fn(g_alloc.ctx, p);
    else
        free(p);
}

char *awsc__strndup(const char *s, size_t n)
{
    char *d = awsc__malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

char *awsc__strdup(const char *s)
{
    return s ? awsc__strndup(s, strlen(s)) : NULL;
}
