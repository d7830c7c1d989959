/*
 * Allocation through the user's hooks, with fault injection for tests.
 *
 * Threads: the hooks are read on every allocation, from any thread. A
 * setting is published whole through one atomic pointer to a copy that
 * stays valid for good (a reader never sees half of one hook set and half
 * of another); awsc_set_allocator() is meant to be called once, before
 * anything else; calls beyond the first SETTINGS_MAX that set hooks are
 * ignored. The fault injection (tests only) counts without locks: a test
 * arms it on one thread.
 */
#include "core.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define SETTINGS_MAX 16

static struct awsc_allocator g_settings[SETTINGS_MAX];
static size_t g_settings_used;
static pthread_mutex_t g_settings_mu = PTHREAD_MUTEX_INITIALIZER;
static _Atomic(const struct awsc_allocator *) g_hooks; /* NULL: malloc, realloc, free */
static long g_fail_at; /* 0: disarmed; else fail when g_count reaches it */
static long g_count;

void awsc_set_allocator(const struct awsc_allocator *allocator)
{
    if (!allocator || (!allocator->malloc_fn && !allocator->realloc_fn && !allocator->free_fn)) {
        atomic_store_explicit(&g_hooks, NULL, memory_order_release);
        return;
    }
    pthread_mutex_lock(&g_settings_mu);
    if (g_settings_used < SETTINGS_MAX) {
        struct awsc_allocator *s = &g_settings[g_settings_used++];
        *s = *allocator;
        atomic_store_explicit(&g_hooks, s, memory_order_release);
    }
    pthread_mutex_unlock(&g_settings_mu);
}

static const struct awsc_allocator *hooks(void)
{
    return atomic_load_explicit(&g_hooks, memory_order_acquire);
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
    const struct awsc_allocator *h = hooks();
    return h && h->malloc_fn ? h->malloc_fn(h->ctx, n) : malloc(n);
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
    const struct awsc_allocator *h = hooks();
    return h && h->realloc_fn ? h->realloc_fn(h->ctx, p, n) : realloc(p, n);
}

void awsc__free(void *p)
{
    if (!p)
        return;
    const struct awsc_allocator *h = hooks();
    if (h && h->free_fn)
        h->free_fn(h->ctx, p);
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
