/*
 * Chains of providers (botocore's CredentialResolver) and static
 * credentials as a provider.
 *
 * A chain asks its members in order. AWSC_E_NOT_FOUND moves on, any other
 * answer ends the search: credentials, or an error that fails the fetch.
 * The member that found credentials is remembered: later fetches (the
 * refreshes) ask it alone, as botocore refreshes credentials through the
 * provider that found them.
 */
#include "auth.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

struct chain {
    struct awsc__provider **members;
    size_t count;
    bool nested;
    atomic_long selected; /* the member that found credentials, or -1 */
};

/* One search through the chain. */
struct chain_run {
    struct chain *chain;
    struct awsc__fetch *f;
    size_t i;
    bool pinned;         /* asking the remembered member only */
    struct awsc_buf why; /* what each member said, for "Unable to locate credentials" */
};

static void chain_destroy(void *impl)
{
    struct chain *c = impl;
    if (!c)
        return;
    for (size_t i = 0; i < c->count; i++)
        awsc__provider_release(c->members[i]);
    awsc__free(c->members);
    awsc__free(c);
}

static void run_free(struct chain_run *r)
{
    awsc__buf_clean_up(&r->why);
    awsc__free(r);
}

static void ask(struct chain_run *r);

static void member_answered(void *ud, struct awsc__identity *v)
{
    struct chain_run *r = ud;
    struct chain *c = r->chain;
    if (v->status == AWSC_OK) {
        struct awsc__credentials copy;
        if (awsc__credentials_copy(&copy, &v->c) != AWSC_OK) {
            awsc__fetch_fail(r->f, AWSC_E_NOMEM, "out of memory");
        } else {
            atomic_store(&c->selected, (long)r->i);
            awsc__fetch_ok(r->f, &copy);
        }
        awsc__identity_release(v);
        run_free(r);
        return;
    }
    if (v->status == AWSC_E_NOT_FOUND && !r->pinned) {
        awsc__buf_printf(&r->why, "%s%s", r->why.len ? "; " : "", v->message);
        awsc__identity_release(v);
        r->i++;
        ask(r);
        return;
    }
    awsc__fetch_fail(r->f, v->status, "%s", v->message);
    awsc__identity_release(v);
    run_free(r);
}

static void ask(struct chain_run *r)
{
    struct chain *c = r->chain;
    if (r->i >= c->count) {
        int status = c->nested ? AWSC_E_NOT_FOUND : AWSC_E_CREDENTIALS;
        if (r->why.len && !r->why.failed)
            awsc__fetch_fail(r->f, status, "%s%s",
                             c->nested ? "" : "Unable to locate credentials. Tried: ", r->why.data);
        else
            awsc__fetch_fail(r->f, status, "Unable to locate credentials");
        run_free(r);
        return;
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc__provider_fetch(c->members[r->i], awsc__fetch_transport(r->f), member_answered, r,
                             &err) != AWSC_OK) {
        awsc__fetch_fail(r->f, err.status, "%s", err.message);
        run_free(r);
    }
    awsc_error_clean_up(&err);
}

static void chain_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct chain *c = awsc__provider_impl(p);
    struct chain_run *r = awsc__calloc(1, sizeof *r);
    if (!r) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    r->chain = c;
    r->f = f;
    long sel = atomic_load(&c->selected);
    if (sel >= 0) {
        r->i = (size_t)sel;
        r->pinned = true;
    }
    ask(r);
}

static const struct awsc__provider_ops CHAIN_OPS = {
    .method = "chain", .fetch = chain_fetch, .destroy = chain_destroy};

int awsc__chain_new(struct awsc__provider *const *members, size_t count, bool nested,
                    struct awsc__provider **out)
{
    *out = NULL;
    struct chain *c = awsc__calloc(1, sizeof *c);
    if (!c)
        return AWSC_E_NOMEM;
    atomic_init(&c->selected, -1);
    c->nested = nested;
    if (count) {
        c->members = awsc__calloc(count, sizeof *c->members);
        if (!c->members) {
            awsc__free(c);
            return AWSC_E_NOMEM;
        }
    }
    for (size_t i = 0; i < count; i++) {
        awsc__provider_retain(members[i]);
        c->members[i] = members[i];
    }
    c->count = count;
    return awsc__provider_new(&CHAIN_OPS, c, AWSC__PROVIDER_CREDENTIALS, 0, out);
}

int awsc_credentials_chain_new(struct awsc_credentials_provider *const *providers, size_t count,
                               struct awsc_credentials_provider **out, struct awsc_error *err)
{
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_credentials_chain_new: out is NULL");
    *out = NULL;
    if (count && !providers)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_credentials_chain_new: providers is NULL");
    for (size_t i = 0; i < count; i++)
        if (!providers[i])
            return awsc__fail(err, AWSC_E_INVALID_ARG,
                              "awsc_credentials_chain_new: provider %zu is NULL", i);
    struct awsc__provider *p = NULL;
    int rc =
        awsc__chain_new((struct awsc__provider *const *)(const void *)providers, count, false, &p);
    if (rc != AWSC_OK)
        return awsc__fail(err, rc, "out of memory");
    *out = AWSC__CREDS_PUB(p);
    return AWSC_OK;
}

/* ------------------------------------------------------------------ static */

static void static_destroy(void *impl)
{
    struct awsc__credentials *c = impl;
    awsc__credentials_clean_up(c);
    awsc__free(c);
}

static void static_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct awsc__credentials copy;
    if (awsc__credentials_copy(&copy, awsc__provider_impl(p)) != AWSC_OK)
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
    else
        awsc__fetch_ok(f, &copy);
}

static const struct awsc__provider_ops STATIC_OPS = {
    .method = "explicit", .fetch = static_fetch, .destroy = static_destroy};

int awsc__static_provider_new(const struct awsc_credentials *creds, const char *source,
                              struct awsc__provider **out)
{
    *out = NULL;
    struct awsc__credentials *c = awsc__calloc(1, sizeof *c);
    if (!c)
        return AWSC_E_NOMEM;
    if (awsc__credentials_set(c, source, creds->access_key_id, creds->secret_access_key,
                              creds->session_token, NULL) != AWSC_OK) {
        awsc__free(c);
        return AWSC_E_NOMEM;
    }
    return awsc__provider_new(&STATIC_OPS, c, AWSC__PROVIDER_CREDENTIALS, 0, out);
}

int awsc_credentials_provider_static(const struct awsc_credentials *creds,
                                     struct awsc_credentials_provider **out, struct awsc_error *err)
{
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_credentials_provider_static: out is NULL");
    *out = NULL;
    /* botocore: "Partial credentials found in explicit, missing: ..." */
    if (!creds || !creds->access_key_id || !creds->secret_access_key)
        return awsc__fail(
            err, AWSC_E_CREDENTIALS, "Partial credentials found in explicit, missing: %s",
            creds && creds->access_key_id ? "aws_secret_access_key" : "aws_access_key_id");
    struct awsc__provider *p = NULL;
    if (awsc__static_provider_new(creds, "explicit", &p) != AWSC_OK)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    *out = AWSC__CREDS_PUB(p);
    return AWSC_OK;
}
