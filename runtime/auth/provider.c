/*
 * Providers: the object behind every credentials and token provider, its
 * cache with botocore's refresh windows, the fetches that fill it and the
 * callers that wait for them; identities; the public provider API of
 * <awsc/credentials.h>.
 *
 * Threads. A provider may be used from any thread. Its cache (current
 * value, the refresh in flight, the waiters) is under its mutex. A fetch
 * runs on the loop thread of the transport it was started on (or a worker
 * thread for blocking providers) and its answer is posted back to that
 * loop; the refresh then wakes every waiter by posting to the waiter's
 * own transport. Nothing here ever blocks a loop: only
 * awsc__provider_get_blocking() drives one of its own.
 */
#include "auth.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* botocore's _DEFAULT_ADVISORY_REFRESH_TIMEOUT and _MANDATORY_ one, and
 * DeferredRefreshableToken's _attempt_timeout. */
#define ADVISORY_WINDOW   (15 * 60)
#define MANDATORY_WINDOW  (10 * 60)
#define TOKEN_ATTEMPT_GAP 60
/* After a failed refresh in the advisory window, the next try waits this
 * long (the credentials in hand are good for 10 minutes more at least). */
#define ADVISORY_RETRY_GAP 60

/* ------------------------------------------------------------ identities */

static void wipe_free(char *s)
{
    if (s) {
        awsc__secure_zero(s, strlen(s));
        awsc__free(s);
    }
}

void awsc__credentials_clean_up(struct awsc__credentials *c)
{
    if (!c)
        return;
    wipe_free(c->access_key_id);
    wipe_free(c->secret_access_key);
    wipe_free(c->session_token);
    wipe_free(c->token);
    awsc__free(c->account_id);
    awsc__free(c->source);
    memset(c, 0, sizeof *c);
}

static bool dup_into(char **dst, const char *src)
{
    *dst = src ? awsc__strdup(src) : NULL;
    return !src || *dst;
}

int awsc__credentials_set(struct awsc__credentials *c, const char *source, const char *key,
                          const char *secret, const char *session_token, const char *account_id)
{
    /* every copy is tried (what failed stays NULL), then all go on failure */
    bool ok = dup_into(&c->source, source);
    ok = dup_into(&c->access_key_id, key) && ok;
    ok = dup_into(&c->secret_access_key, secret) && ok;
    ok = dup_into(&c->session_token, session_token) && ok;
    ok = dup_into(&c->account_id, account_id) && ok;
    if (!ok) {
        awsc__credentials_clean_up(c);
        return AWSC_E_NOMEM;
    }
    return AWSC_OK;
}

int awsc__credentials_copy(struct awsc__credentials *dst, const struct awsc__credentials *src)
{
    memset(dst, 0, sizeof *dst);
    int rc = awsc__credentials_set(dst, src->source, src->access_key_id, src->secret_access_key,
                                   src->session_token, src->account_id);
    if (rc == AWSC_OK && !dup_into(&dst->token, src->token)) {
        awsc__credentials_clean_up(dst);
        rc = AWSC_E_NOMEM;
    }
    dst->expiration = rc == AWSC_OK ? src->expiration : 0;
    dst->deferred = rc == AWSC_OK && src->deferred;
    return rc;
}

struct awsc_credentials awsc__credentials_view(const struct awsc__credentials *c)
{
    struct awsc_credentials v = {c->access_key_id, c->secret_access_key, c->session_token};
    return v;
}

/* The identities that need no memory: out of memory, and "the refresh
 * went away with its transport: ask again". */
static struct awsc__identity NOMEM_IDENTITY = {AWSC_E_NOMEM, "out of memory",
                                               AWSC__CREDENTIALS_INIT, -1};
static struct awsc__identity RETRY_IDENTITY = {
    AWSC_E_CANCELLED, "the credentials refresh was cancelled", AWSC__CREDENTIALS_INIT, -1};

static atomic_int *refs_of(struct awsc__identity *v)
{
    return (atomic_int *)(void *)&v->refs;
}

/* The static identities (refs < 0) are never counted, so their sign never
 * changes: reading it atomically keeps the other ones' counts exact. */
static bool counted(struct awsc__identity *v)
{
    return atomic_load_explicit(refs_of(v), memory_order_relaxed) >= 0;
}

void awsc__identity_retain(struct awsc__identity *v)
{
    if (v && counted(v))
        atomic_fetch_add(refs_of(v), 1);
}

void awsc__identity_release(struct awsc__identity *v)
{
    if (!v || !counted(v) || atomic_fetch_sub(refs_of(v), 1) != 1)
        return;
    awsc__credentials_clean_up(&v->c);
    awsc__free(v->message);
    awsc__free(v);
}

static struct awsc__identity *identity_new(void)
{
    struct awsc__identity *v = awsc__calloc(1, sizeof *v);
    if (v)
        atomic_init(refs_of(v), 1);
    return v;
}

struct awsc__identity *awsc__identity_failure(int status, const char *message)
{
    struct awsc__identity *v = identity_new();
    if (!v)
        return &NOMEM_IDENTITY;
    v->status = status;
    v->message = awsc__strdup(message ? message : awsc_strerror(status));
    if (!v->message) {
        awsc__free(v);
        return &NOMEM_IDENTITY;
    }
    return v;
}

bool awsc__identity_expired(const struct awsc__identity *v, int64_t now)
{
    return v->c.expiration != 0 && now >= v->c.expiration;
}

/* ----------------------------------------------------------------- clock */

static int64_t (*g_clock)(void *ud);
static void *g_clock_ud;

int64_t awsc__creds_now(void)
{
    if (g_clock)
        return g_clock(g_clock_ud);
    return awsc__now().sec;
}

void awsc__creds_set_clock(int64_t (*fn)(void *ud), void *ud)
{
    g_clock = fn;
    g_clock_ud = ud;
}

/* -------------------------------------------------------- worker threads */

struct blocking_job {
    struct awsc_transport *t;
    struct awsc__task *done;
    void (*work)(void *ud);
    void *ud;
};

static void *blocking_main(void *arg)
{
    struct blocking_job job = *(struct blocking_job *)arg;
    awsc__free(arg);
    job.work(job.ud);
    awsc__transport_post(job.t, job.done);
    return NULL;
}

int awsc__run_blocking(struct awsc_transport *t, struct awsc__task *done, void (*work)(void *ud),
                       void *ud)
{
    struct blocking_job *job = awsc__malloc(sizeof *job);
    if (!job)
        return AWSC_E_NOMEM;
    *job = (struct blocking_job){t, done, work, ud};
    done->remote = true;
    awsc__transport_await(t, true);
    pthread_attr_t attr;
    pthread_t th;
    int rc = pthread_attr_init(&attr);
    if (rc == 0) {
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        rc = pthread_create(&th, &attr, blocking_main, job);
        pthread_attr_destroy(&attr);
    }
    if (rc != 0) {
        awsc__transport_unawait(t, true);
        awsc__free(job);
        return AWSC_E_INTERNAL;
    }
    return AWSC_OK;
}

/* -------------------------------------------------------------- providers */

struct awsc__provider {
    atomic_int refs;
    enum awsc__provider_kind kind;
    unsigned flags;
    /* built-in */
    const struct awsc__provider_ops *ops;
    void *impl;
    /* a user's */
    char *name;
    awsc_credentials_fetch_fn *user_creds_fetch;
    awsc_token_fetch_fn *user_token_fetch;
    void *user_data;
    void (*user_destroy)(void *user_data);

    /* the cache, under mu */
    pthread_mutex_t mu;
    struct awsc__identity *current;   /* the last good value, or NULL */
    bool fetching;                    /* a refresh is in flight */
    bool reloading;                   /* it checks what the first load gave */
    struct awsc_transport *refresh_t; /* where the refresh in flight runs */
    int64_t next_attempt;             /* no refresh before (tokens; failed advisory ones) */
    struct awsc__waiter *waiters, *waiters_tail;
};

static int provider_alloc(enum awsc__provider_kind kind, unsigned flags,
                          struct awsc__provider **out)
{
    struct awsc__provider *p = awsc__calloc(1, sizeof *p);
    if (!p)
        return AWSC_E_NOMEM;
    if (pthread_mutex_init(&p->mu, NULL) != 0) {
        awsc__free(p);
        return AWSC_E_INTERNAL;
    }
    atomic_init(&p->refs, 1);
    p->kind = kind;
    p->flags = flags;
    *out = p;
    return AWSC_OK;
}

int awsc__provider_new(const struct awsc__provider_ops *ops, void *impl,
                       enum awsc__provider_kind kind, unsigned flags, struct awsc__provider **out)
{
    *out = NULL;
    int rc = provider_alloc(kind, flags, out);
    if (rc != AWSC_OK) {
        if (ops->destroy)
            ops->destroy(impl);
        return rc;
    }
    (*out)->ops = ops;
    (*out)->impl = impl;
    return AWSC_OK;
}

void awsc__provider_retain(struct awsc__provider *p)
{
    if (p)
        atomic_fetch_add(&p->refs, 1);
}

void awsc__provider_release(struct awsc__provider *p)
{
    if (!p || atomic_fetch_sub(&p->refs, 1) != 1)
        return;
    /* no fetch holds it, so no waiter is left either */
    if (p->ops && p->ops->destroy)
        p->ops->destroy(p->impl);
    if (p->user_destroy)
        p->user_destroy(p->user_data);
    awsc__identity_release(p->current);
    pthread_mutex_destroy(&p->mu);
    awsc__free(p->name);
    awsc__free(p);
}

void *awsc__provider_impl(const struct awsc__provider *p)
{
    return p->impl;
}

const char *awsc__provider_name(const struct awsc__provider *p)
{
    return p->ops ? p->ops->method : p->name;
}

/* ---------------------------------------------------------------- fetches */

struct awsc__fetch {
    struct awsc__provider *p; /* retained */
    struct awsc_transport *t;
    struct awsc__task task; /* the answer, posted to t */
    atomic_bool answered;
    int status;
    char *message;
    struct awsc__credentials creds;
    awsc__fetch_cb *cb;
    void *ud;
};

struct awsc_transport *awsc__fetch_transport(const struct awsc__fetch *f)
{
    return f->t;
}

/* On t's loop: the answer becomes an identity for the callback. */
static void fetch_answered(struct awsc__task *task)
{
    struct awsc__fetch *f =
        (struct awsc__fetch *)(void *)((char *)task - offsetof(struct awsc__fetch, task));
    struct awsc__identity *v;
    if (f->status == AWSC_OK) {
        v = identity_new();
        if (v) {
            v->c = f->creds;
            memset(&f->creds, 0, sizeof f->creds);
            if (f->p->ops && f->p->ops->deferred)
                v->c.deferred = true;
            if (!v->c.source && !(v->c.source = awsc__strdup(awsc__provider_name(f->p)))) {
                awsc__identity_release(v);
                v = &NOMEM_IDENTITY;
            }
        } else {
            v = &NOMEM_IDENTITY;
        }
    } else {
        v = awsc__identity_failure(f->status, f->message);
    }
    f->cb(f->ud, v);
    awsc__credentials_clean_up(&f->creds);
    awsc__free(f->message);
    awsc__provider_release(f->p);
    awsc__free(f);
}

static bool first_answer(struct awsc__fetch *f)
{
    bool expected = false;
    return atomic_compare_exchange_strong(&f->answered, &expected, true);
}

void awsc__fetch_ok(struct awsc__fetch *f, struct awsc__credentials *c)
{
    if (!first_answer(f)) {
        awsc__credentials_clean_up(c);
        return;
    }
    f->status = AWSC_OK;
    f->creds = *c;
    memset(c, 0, sizeof *c);
    awsc__transport_post(f->t, &f->task);
}

static void fetch_vfail(struct awsc__fetch *f, int status, const char *fmt, va_list ap)
{
    if (!first_answer(f))
        return;
    f->status = status == AWSC_OK ? AWSC_E_CREDENTIALS : status;
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_vprintf(&b, fmt, ap);
    f->message = b.failed ? NULL : awsc__buf_steal(&b);
    awsc__buf_clean_up(&b);
    awsc__transport_post(f->t, &f->task);
}

void awsc__fetch_fail(struct awsc__fetch *f, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fetch_vfail(f, status, fmt, ap);
    va_end(ap);
}

static void call_fetch(struct awsc__fetch *f)
{
    struct awsc__provider *p = f->p;
    if (p->ops)
        p->ops->fetch(p, f);
    else if (p->user_creds_fetch)
        p->user_creds_fetch(p->user_data, (struct awsc_credentials_fetch *)(void *)f);
    else
        p->user_token_fetch(p->user_data, (struct awsc_token_fetch *)(void *)f);
}

static void *blocking_fetch_main(void *arg)
{
    call_fetch(arg);
    return NULL;
}

int awsc__provider_fetch(struct awsc__provider *p, struct awsc_transport *t, awsc__fetch_cb *cb,
                         void *ud, struct awsc_error *err)
{
    struct awsc__fetch *f = awsc__calloc(1, sizeof *f);
    if (!f)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    awsc__provider_retain(p);
    f->p = p;
    f->t = t;
    f->task.fn = fetch_answered;
    /* a built-in provider works on t itself unless it blocks a worker; a
     * user's may answer from anywhere */
    f->task.remote = !p->ops || (p->flags & AWSC_PROVIDER_BLOCKING);
    f->cb = cb;
    f->ud = ud;
    atomic_init(&f->answered, false);
    awsc__transport_await(t, f->task.remote);
    if (!(p->flags & AWSC_PROVIDER_BLOCKING)) {
        call_fetch(f);
        return AWSC_OK;
    }
    /* it may block: a thread of its own, which answers by posting */
    pthread_attr_t attr;
    pthread_t th;
    int rc = pthread_attr_init(&attr);
    if (rc == 0) {
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        rc = pthread_create(&th, &attr, blocking_fetch_main, f);
        pthread_attr_destroy(&attr);
    }
    if (rc != 0) {
        awsc__transport_unawait(t, f->task.remote);
        awsc__provider_release(p);
        awsc__free(f);
        return awsc__fail(err, AWSC_E_INTERNAL, "could not start a thread for %s",
                          awsc__provider_name(p));
    }
    return AWSC_OK;
}

/* ------------------------------------------------------------- the cache */

enum freshness { FRESH, ADVISORY, MANDATORY };

static enum freshness freshness(const struct awsc__identity *v, int64_t now)
{
    if (!v)
        return MANDATORY;
    if (v->c.expiration == 0)
        return FRESH;
    int64_t left = v->c.expiration - now;
    if (left >= ADVISORY_WINDOW)
        return FRESH;
    return left >= MANDATORY_WINDOW ? ADVISORY : MANDATORY;
}

static void waiter_woken(struct awsc__task *task);

/* Under p->mu: w waits for the refresh. */
static void add_waiter(struct awsc__provider *p, struct awsc__waiter *w)
{
    w->next = NULL;
    if (p->waiters_tail)
        p->waiters_tail->next = w;
    else
        p->waiters = w;
    p->waiters_tail = w;
    w->registered = true;
    w->active = true;
}

/* Under p->mu: every waiter gets v (a reference each) on its own loop. */
static void wake_waiters(struct awsc__provider *p, struct awsc__identity *v)
{
    struct awsc__waiter *w = p->waiters;
    p->waiters = p->waiters_tail = NULL;
    while (w) {
        struct awsc__waiter *next = w->next;
        w->next = NULL;
        w->registered = false;
        awsc__identity_retain(v);
        w->value = v;
        awsc__transport_post(w->t, &w->task);
        w = next;
    }
}

static void start_refresh(struct awsc__provider *p, struct awsc_transport *t);

static void refresh_done(void *ud, struct awsc__identity *v)
{
    struct awsc__provider *p = ud;
    int64_t now = awsc__creds_now();
    bool token = p->kind == AWSC__PROVIDER_TOKEN;
    pthread_mutex_lock(&p->mu);
    p->fetching = false;
    p->reloading = false;
    struct awsc__identity *result = v;
    if (v->status == AWSC_OK && !p->current && !token && !v->c.deferred &&
        freshness(v, now) != FRESH) {
        /* botocore loads these, then checks them when they are used: a
         * first load within 15 minutes of expiring is fetched again at
         * once, the callers waiting for that one */
        p->current = v;
        p->reloading = true;
        p->fetching = true;
        pthread_mutex_unlock(&p->mu);
        start_refresh(p, p->refresh_t);
        awsc__provider_release(p);
        return;
    }
    if (v->status == AWSC_OK && awsc__identity_expired(v, now)) {
        /* botocore: "the refreshed credentials are still expired" */
        result = awsc__identity_failure(
            AWSC_E_CREDENTIALS,
            token ? "Error when retrieving token from sso: Token has expired and refresh failed"
                  : "Credentials were refreshed, but the refreshed credentials are still expired.");
        awsc__identity_release(v);
        v = result;
    } else if (v->status == AWSC_OK) {
        awsc__identity_release(p->current);
        awsc__identity_retain(v);
        p->current = v;
    } else if (v->status == AWSC_E_CANCELLED && p->waiters) {
        /* its transport went away: the waiters ask again, the first one
         * starting the refresh on its own transport */
        result = &RETRY_IDENTITY;
    } else if (p->current && freshness(p->current, now) == ADVISORY &&
               !awsc__identity_expired(p->current, now)) {
        /* botocore: an advisory refresh that fails keeps the credentials
         * in hand */
        result = p->current;
        p->next_attempt = now + ADVISORY_RETRY_GAP;
    }
    if (token)
        p->next_attempt = now + TOKEN_ATTEMPT_GAP;
    wake_waiters(p, result);
    pthread_mutex_unlock(&p->mu);
    awsc__identity_release(v);
    awsc__provider_release(p);
}

/* Start p's refresh on t (p->fetching is set). */
static void start_refresh(struct awsc__provider *p, struct awsc_transport *t)
{
    awsc__provider_retain(p);
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc__provider_fetch(p, t, refresh_done, p, &err) != AWSC_OK) {
        pthread_mutex_lock(&p->mu);
        p->fetching = false;
        struct awsc__identity *v = awsc__identity_failure(err.status, err.message);
        wake_waiters(p, v);
        pthread_mutex_unlock(&p->mu);
        awsc__identity_release(v);
        awsc__provider_release(p);
    }
    awsc_error_clean_up(&err);
}

int awsc__provider_get(struct awsc__provider *p, struct awsc_transport *t, bool sync,
                       struct awsc__waiter *w, awsc__get_cb *cb, void *ud,
                       struct awsc__identity **out, struct awsc_error *err)
{
    *out = NULL;
    if (!p || !t || !w || !cb)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__provider_get: missing argument");
    int64_t now = awsc__creds_now();
    bool token = p->kind == AWSC__PROVIDER_TOKEN;
    pthread_mutex_lock(&p->mu);
    struct awsc__identity *cur = p->current;
    enum freshness fr = freshness(cur, now);
    bool may_start = !p->fetching && now >= p->next_attempt;
    if (fr == FRESH || (fr == ADVISORY && (!may_start || !sync)) ||
        (fr == MANDATORY && token && cur && !may_start && !p->fetching &&
         !awsc__identity_expired(cur, now))) {
        /* use them; in the advisory window an async caller starts the
         * refresh in the background (tokens: at most once a minute) */
        bool background = fr == ADVISORY && may_start;
        if (background) {
            p->fetching = true;
            p->refresh_t = t;
        }
        awsc__identity_retain(cur);
        pthread_mutex_unlock(&p->mu);
        if (background)
            start_refresh(p, t);
        *out = cur;
        return AWSC_OK;
    }
    /* wait for the refresh: the one in flight, or one started now */
    w->p = p;
    w->t = t;
    w->cb = cb;
    w->ud = ud;
    w->sync = sync;
    w->value = NULL;
    w->task.fn = waiter_woken;
    bool start = !p->fetching;
    /* the refresh runs here (started now, or already on t), or elsewhere */
    w->task.remote = !start && p->refresh_t != t;
    awsc__transport_await(t, w->task.remote);
    add_waiter(p, w);
    if (start)
        p->refresh_t = t;
    p->fetching = true;
    pthread_mutex_unlock(&p->mu);
    if (start)
        start_refresh(p, t);
    return AWSC__PENDING;
}

struct awsc__identity *awsc__provider_peek(struct awsc__provider *p)
{
    if (!p)
        return NULL;
    pthread_mutex_lock(&p->mu);
    struct awsc__identity *cur = p->current;
    if (cur && (cur->status != AWSC_OK || awsc__identity_expired(cur, awsc__creds_now())))
        cur = NULL;
    if (cur)
        awsc__identity_retain(cur);
    pthread_mutex_unlock(&p->mu);
    return cur;
}

int awsc__token_get(struct awsc__provider *tp, struct awsc_transport *t, bool sync,
                    struct awsc__waiter *w, awsc__get_cb *cb, void *ud, struct awsc__identity **out,
                    struct awsc_error *err)
{
    *out = NULL;
    if (!tp || tp->kind != AWSC__PROVIDER_TOKEN)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__token_get: not a token provider");
    return awsc__provider_get(tp, t, sync, w, cb, ud, out, err);
}

static void waiter_woken(struct awsc__task *task)
{
    struct awsc__waiter *w =
        (struct awsc__waiter *)(void *)((char *)task - offsetof(struct awsc__waiter, task));
    struct awsc__identity *v = w->value;
    w->value = NULL;
    w->active = false;
    if (v == &RETRY_IDENTITY) {
        struct awsc_error err = AWSC_ERROR_INIT;
        int rc = awsc__provider_get(w->p, w->t, w->sync, w, w->cb, w->ud, &v, &err);
        if (rc == AWSC__PENDING) {
            awsc_error_clean_up(&err);
            return;
        }
        if (rc != AWSC_OK)
            v = awsc__identity_failure(rc, err.message);
        awsc_error_clean_up(&err);
    }
    w->cb(w->ud, v);
}

void awsc__provider_cancel(struct awsc__waiter *w)
{
    if (!w || !w->active || !w->p)
        return;
    struct awsc__provider *p = w->p;
    pthread_mutex_lock(&p->mu);
    bool registered = w->registered;
    if (registered) {
        struct awsc__waiter **pp = &p->waiters, *prev = NULL;
        while (*pp && *pp != w) {
            prev = *pp;
            pp = &(*pp)->next;
        }
        if (*pp) {
            *pp = w->next;
            if (p->waiters_tail == w)
                p->waiters_tail = prev;
        }
        w->registered = false;
    }
    pthread_mutex_unlock(&p->mu);
    if (registered)
        awsc__transport_unawait(w->t, w->task.remote);
    else if (awsc__transport_unpost(w->t, &w->task))
        awsc__identity_release(w->value);
    w->value = NULL;
    w->active = false;
}

struct blocking_get {
    bool done;
    struct awsc__identity *value;
    struct awsc_transport *t;
};

static void blocking_got(void *ud, struct awsc__identity *v)
{
    struct blocking_get *g = ud;
    g->value = v;
    /* the thread waiting may not be the one running t's loop */
    awsc__transport_set_done(g->t, &g->done);
}

int awsc__provider_get_blocking(struct awsc__provider *p, struct awsc_transport *t,
                                struct awsc__identity **out, struct awsc_error *err)
{
    struct awsc__waiter w;
    memset(&w, 0, sizeof w);
    struct blocking_get g = {false, NULL, t};
    int rc = awsc__provider_get(p, t, true, &w, blocking_got, &g, out, err);
    if (rc != AWSC__PENDING)
        return rc;
    rc = awsc__transport_run_until(t, &g.done);
    if (rc != AWSC_OK) {
        awsc__provider_cancel(&w);
        awsc__identity_release(g.value);
        return awsc__fail(err, rc, "waiting for credentials: %s", awsc_strerror(rc));
    }
    if (g.value->status != AWSC_OK) {
        rc = awsc__fail(err, g.value->status, "%s", g.value->message);
        awsc__identity_release(g.value);
        return rc;
    }
    *out = g.value;
    return AWSC_OK;
}

/* ------------------------------------------------------------ public API */

int awsc_credentials_provider_new(const char *name, awsc_credentials_fetch_fn *fetch,
                                  void *user_data, void (*destroy)(void *user_data), unsigned flags,
                                  struct awsc_credentials_provider **out)
{
    if (!out)
        return AWSC_E_INVALID_ARG;
    *out = NULL;
    if (!fetch || !name || !*name)
        return AWSC_E_INVALID_ARG;
    struct awsc__provider *p;
    int rc = provider_alloc(AWSC__PROVIDER_CREDENTIALS, flags, &p);
    if (rc != AWSC_OK)
        return rc;
    p->name = awsc__strdup(name);
    if (!p->name) {
        awsc__provider_release(p);
        return AWSC_E_NOMEM;
    }
    p->user_creds_fetch = fetch;
    p->user_data = user_data;
    p->user_destroy = destroy;
    *out = AWSC__CREDS_PUB(p);
    return AWSC_OK;
}

int awsc_token_provider_new(const char *name, awsc_token_fetch_fn *fetch, void *user_data,
                            void (*destroy)(void *user_data), unsigned flags,
                            struct awsc_token_provider **out)
{
    if (!out)
        return AWSC_E_INVALID_ARG;
    *out = NULL;
    if (!fetch || !name || !*name)
        return AWSC_E_INVALID_ARG;
    struct awsc__provider *p;
    int rc = provider_alloc(AWSC__PROVIDER_TOKEN, flags, &p);
    if (rc != AWSC_OK)
        return rc;
    p->name = awsc__strdup(name);
    if (!p->name) {
        awsc__provider_release(p);
        return AWSC_E_NOMEM;
    }
    p->user_token_fetch = fetch;
    p->user_data = user_data;
    p->user_destroy = destroy;
    *out = AWSC__TOKEN_PUB(p);
    return AWSC_OK;
}

#define FETCH(pub) ((struct awsc__fetch *)(void *)(pub))

void awsc_credentials_fetch_done(struct awsc_credentials_fetch *fetch,
                                 const struct awsc_credentials_info *creds)
{
    struct awsc__fetch *f = FETCH(fetch);
    if (!f)
        return;
    if (!creds || !creds->access_key_id || !creds->secret_access_key) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from %s: the provider answered "
                         "without %s",
                         awsc__provider_name(f->p),
                         !creds || !creds->access_key_id ? "an access key id"
                                                         : "a secret access key");
        return;
    }
    struct awsc__credentials c = AWSC__CREDENTIALS_INIT;
    if (awsc__credentials_set(&c, awsc__provider_name(f->p), creds->access_key_id,
                              creds->secret_access_key, creds->session_token,
                              creds->account_id) != AWSC_OK) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    c.expiration = creds->expiration;
    awsc__fetch_ok(f, &c);
}

void awsc_credentials_fetch_fail(struct awsc_credentials_fetch *fetch, int status, const char *fmt,
                                 ...)
{
    if (!fetch)
        return;
    va_list ap;
    va_start(ap, fmt);
    fetch_vfail(FETCH(fetch), status, fmt ? fmt : "no credentials", ap);
    va_end(ap);
}

struct awsc_transport *awsc_credentials_fetch_transport(struct awsc_credentials_fetch *f)
{
    return f ? FETCH(f)->t : NULL;
}

void awsc_token_fetch_done(struct awsc_token_fetch *fetch, const struct awsc_token_info *token)
{
    struct awsc__fetch *f = FETCH(fetch);
    if (!f)
        return;
    if (!token || !token->token || !*token->token) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving token from %s: the provider answered without a "
                         "token",
                         awsc__provider_name(f->p));
        return;
    }
    struct awsc__credentials c = AWSC__CREDENTIALS_INIT;
    if (!dup_into(&c.token, token->token) || !dup_into(&c.source, awsc__provider_name(f->p))) {
        awsc__credentials_clean_up(&c);
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    c.expiration = token->expiration;
    awsc__fetch_ok(f, &c);
}

void awsc_token_fetch_fail(struct awsc_token_fetch *fetch, int status, const char *fmt, ...)
{
    if (!fetch)
        return;
    va_list ap;
    va_start(ap, fmt);
    fetch_vfail(FETCH(fetch), status, fmt ? fmt : "no token", ap);
    va_end(ap);
}

struct awsc_transport *awsc_token_fetch_transport(struct awsc_token_fetch *f)
{
    return f ? FETCH(f)->t : NULL;
}

void awsc_credentials_provider_retain(struct awsc_credentials_provider *p)
{
    awsc__provider_retain(AWSC__PROVIDER(p));
}

void awsc_credentials_provider_release(struct awsc_credentials_provider *p)
{
    awsc__provider_release(AWSC__PROVIDER(p));
}

void awsc_token_provider_retain(struct awsc_token_provider *p)
{
    awsc__provider_retain(AWSC__PROVIDER(p));
}

void awsc_token_provider_release(struct awsc_token_provider *p)
{
    awsc__provider_release(AWSC__PROVIDER(p));
}

void awsc_credentials_info_clean_up(struct awsc_credentials_info *info)
{
    if (!info)
        return;
    wipe_free((char *)info->access_key_id);
    wipe_free((char *)info->secret_access_key);
    wipe_free((char *)info->session_token);
    awsc__free((char *)info->account_id);
    awsc__free((char *)info->source);
    memset(info, 0, sizeof *info);
}

void awsc_token_info_clean_up(struct awsc_token_info *info)
{
    if (!info)
        return;
    wipe_free((char *)info->token);
    awsc__free((char *)info->source);
    memset(info, 0, sizeof *info);
}

/* A blocking get on a transport of its own (for the CA bundle: the
 * environment's, as the AWS CLI's). */
static int resolve_blocking(struct awsc__provider *p, struct awsc__identity **out,
                            struct awsc_error *err)
{
    struct awsc_transport_options o = {0};
    o.ca_bundle = getenv("AWS_CA_BUNDLE");
    if (o.ca_bundle && !*o.ca_bundle)
        o.ca_bundle = NULL;
    struct awsc_transport *t = NULL;
    int rc = awsc__transport_new_resolving(&o, &t);
    if (rc != AWSC_OK)
        return awsc__fail(err, rc, "could not create the HTTP transport: %s",
                          awsc__transport_default_problem(rc));
    rc = awsc__provider_get_blocking(p, t, out, err);
    awsc_transport_release(t);
    return rc;
}

int awsc_credentials_provider_resolve(struct awsc_credentials_provider *cp,
                                      struct awsc_credentials_info *out, struct awsc_error *err)
{
    if (!cp || !out)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_credentials_provider_resolve: provider and out are required");
    memset(out, 0, sizeof *out);
    struct awsc__identity *v = NULL;
    int rc = resolve_blocking(AWSC__PROVIDER(cp), &v, err);
    if (rc != AWSC_OK)
        return rc;
    const struct awsc__credentials *c = &v->c;
    char *s[5] = {NULL, NULL, NULL, NULL, NULL};
    const char *from[5] = {c->access_key_id, c->secret_access_key, c->session_token, c->account_id,
                           c->source};
    bool ok = true;
    for (int i = 0; i < 5; i++)
        ok = dup_into(&s[i], from[i]) && ok;
    out->access_key_id = s[0];
    out->secret_access_key = s[1];
    out->session_token = s[2];
    out->account_id = s[3];
    out->source = s[4];
    out->expiration = c->expiration;
    awsc__identity_release(v);
    if (!ok) {
        awsc_credentials_info_clean_up(out);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    return AWSC_OK;
}

int awsc_token_provider_resolve(struct awsc_token_provider *tp, struct awsc_token_info *out,
                                struct awsc_error *err)
{
    if (!tp || !out)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_token_provider_resolve: provider and out are required");
    memset(out, 0, sizeof *out);
    struct awsc__identity *v = NULL;
    int rc = resolve_blocking(AWSC__PROVIDER(tp), &v, err);
    if (rc != AWSC_OK)
        return rc;
    char *token = NULL, *source = NULL;
    bool ok = dup_into(&token, v->c.token);
    ok = dup_into(&source, v->c.source) && ok;
    out->token = token;
    out->source = source;
    out->expiration = v->c.expiration;
    awsc__identity_release(v);
    if (!ok) {
        awsc_token_info_clean_up(out);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    return AWSC_OK;
}
