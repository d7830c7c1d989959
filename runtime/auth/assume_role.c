/*
 * The providers that call STS (botocore's AssumeRoleProvider and
 * AssumeRoleWithWebIdentityProvider), through awsc's own STS client on the
 * fetch's transport.
 *
 * assume-role: a profile with role_arn (and no web_identity_token_file).
 * Its source is either credential_source (Environment, EcsContainer,
 * Ec2InstanceMetadata) or source_profile: a profile with keys (or without
 * role_arn) is read with the profile providers (web identity, SSO, the
 * shared credentials file, credential_process, the config file), a profile
 * with role_arn is another assume-role, and so on; a cycle is refused
 * naming the profiles. external_id, role_session_name, duration_seconds
 * and mfa_serial (the code from awsc_credentials_options.mfa) go into the
 * AssumeRole request. The configuration is checked, and the tree of
 * sources built, at the first fetch (botocore checks it when it loads
 * credentials); later fetches, the refreshes, reuse the sources, which
 * refresh themselves.
 *
 * assume-role-with-web-identity: AWS_WEB_IDENTITY_TOKEN_FILE,
 * AWS_ROLE_ARN, AWS_ROLE_SESSION_NAME (not read for an explicit or a
 * source profile), else the profile's web_identity_token_file, role_arn,
 * role_session_name; the token file is read at every fetch; the call is
 * unsigned.
 *
 * As botocore 1.43, the credentials carry the account of the role's ARN.
 * A role session name nobody set is "awsc-session-" and the time (botocore
 * says "botocore-session-").
 */
#include "auth.h"

#include <awsc/creds_sts.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* AssumeRole: only a profile (role_arn) configures it. */
#if AWSC_WITH_SHARED_CONFIG
/* ------------------------------------------------------ configuration */

struct role_config {
    const char *role_arn;
    const char *source_profile;
    const char *credential_source;
    const char *mfa_serial;
    const char *external_id;
    const char *session_name;
    bool has_duration;
    int32_t duration;
};

/* botocore's _has_assume_role_config_vars */
static bool has_role(const struct awsc__shared_config *cfg, const char *profile)
{
    return awsc__profile_get(cfg, profile, "role_arn") &&
           !awsc__profile_get(cfg, profile, "web_identity_token_file");
}

/* botocore's _has_static_credentials */
static bool has_static(const struct awsc__shared_config *cfg, const char *profile)
{
    return awsc__profile_get(cfg, profile, "aws_secret_access_key") ||
           awsc__profile_get(cfg, profile, "aws_access_key_id");
}

/* Python's repr() of a list of names. */
static void list_repr(struct awsc_buf *b, char *const *names, size_t n)
{
    awsc__buf_putc(b, '[');
    for (size_t i = 0; i < n; i++)
        awsc__buf_printf(b, "%s'%s'", i ? ", " : "", names[i]);
    awsc__buf_putc(b, ']');
}

struct visited {
    char **names;
    size_t count, cap;
};

static bool visited_has(const struct visited *v, const char *name)
{
    for (size_t i = 0; i < v->count; i++)
        if (strcmp(v->names[i], name) == 0)
            return true;
    return false;
}

static int visited_add(struct visited *v, const char *name)
{
    if (v->count == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        char **n = awsc__realloc(v->names, cap * sizeof *n);
        if (!n)
            return AWSC_E_NOMEM;
        v->names = n;
        v->cap = cap;
    }
    if (!(v->names[v->count] = awsc__strdup(name)))
        return AWSC_E_NOMEM;
    v->count++;
    return AWSC_OK;
}

static void visited_clean_up(struct visited *v)
{
    for (size_t i = 0; i < v->count; i++)
        awsc__free(v->names[i]);
    awsc__free(v->names);
    memset(v, 0, sizeof *v);
}

static int loop_error(struct awsc_error *err, const char *source, const struct visited *v)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    list_repr(&b, v->names, v->count);
    int rc = b.failed ? awsc__fail(err, AWSC_E_NOMEM, "out of memory")
                      : awsc__fail(err, AWSC_E_CONFIG,
                                   "Infinite loop in credential configuration detected. Attempting "
                                   "to load from profile %s which has already been visited. "
                                   "Visited profiles: %s",
                                   source, b.data);
    awsc__buf_clean_up(&b);
    return rc;
}

/* botocore's _get_role_config with its checks. */
static int read_role_config(const struct awsc__shared_config *cfg, const char *profile,
                            const struct visited *visited, struct role_config *rc,
                            struct awsc_error *err)
{
    memset(rc, 0, sizeof *rc);
    rc->role_arn = awsc__profile_get(cfg, profile, "role_arn");
    rc->source_profile = awsc__profile_get(cfg, profile, "source_profile");
    rc->credential_source = awsc__profile_get(cfg, profile, "credential_source");
    rc->mfa_serial = awsc__profile_get(cfg, profile, "mfa_serial");
    rc->external_id = awsc__profile_get(cfg, profile, "external_id");
    rc->session_name = awsc__profile_get(cfg, profile, "role_session_name");
    const char *duration = awsc__profile_get(cfg, profile, "duration_seconds");
    if (duration) {
        /* int(): an optional sign, digits, surrounding whitespace; anything
         * else is ignored, as botocore does */
        char *end;
        errno = 0;
        long d = strtol(duration, &end, 10);
        while (*end == ' ' || *end == '\t')
            end++;
        if (end != duration && !*end && errno == 0 && d >= INT32_MIN && d <= INT32_MAX) {
            rc->has_duration = true;
            rc->duration = (int32_t)d;
        }
    }
    if (rc->credential_source && rc->source_profile)
        return awsc__fail(err, AWSC_E_CONFIG,
                          "The profile \"%s\" contains both source_profile and credential_source.",
                          profile);
    if (!rc->credential_source && !rc->source_profile)
        return awsc__fail(err, AWSC_E_CREDENTIALS,
                          "Partial credentials found in assume-role, missing: source_profile or "
                          "credential_source (profile %s)",
                          profile);
    if (rc->credential_source) {
        /* a source -Dcredential_providers leaves out is refused: the
         * profile names it, nothing else will do */
        static const struct {
            const char *name;
            bool built;
            const char *choice;
        } sources[] = {{"Environment", true, NULL},
                       {"EcsContainer", AWSC_WITH_CONTAINER_CREDENTIALS, "container"},
                       {"Ec2InstanceMetadata", AWSC_WITH_IMDS, "imds"}};
        for (size_t i = 0; i < AWSC_ARRAY_LEN(sources); i++) {
            if (strcmp(rc->credential_source, sources[i].name) != 0)
                continue;
            if (!sources[i].built)
                return awsc__fail(err, AWSC_E_UNSUPPORTED,
                                  "profile \"%s\" uses credential_source = %s" AWSC__LEFT_OUT("%s"),
                                  profile, rc->credential_source, sources[i].choice);
            return AWSC_OK;
        }
        return awsc__fail(err, AWSC_E_CONFIG,
                          "The credential source \"%s\" referenced in profile \"%s\" is not valid.",
                          rc->credential_source, profile);
    }
    if (!awsc__profile_exists(cfg, rc->source_profile))
        return awsc__fail(err, AWSC_E_CONFIG,
                          "The source_profile \"%s\" referenced in the profile \"%s\" does not "
                          "exist.",
                          rc->source_profile, profile);
    /* a cycle; a profile may name itself to take its own keys */
    if (visited_has(visited, rc->source_profile) &&
        (strcmp(rc->source_profile, profile) != 0 || !has_static(cfg, rc->source_profile)))
        return loop_error(err, rc->source_profile, visited);
    return AWSC_OK;
}

/* ------------------------------------------------------- the provider */

struct role {
    struct awsc__creds_env *env;
    char *profile; /* NULL: the env's */
    pthread_mutex_t mu;
    struct awsc__provider *source; /* built at the first fetch */
    char *credential_source;       /* the source's kind, for errors */
    char *source_profile;
    atomic_bool mfa_used;
};

/* One fetch: source credentials, the MFA code, AssumeRole. */
struct role_fetch {
    struct role *r;
    struct awsc__fetch *f;
    const char *profile;
    struct awsc__waiter waiter;
    struct awsc__identity *source; /* the source's credentials */
    struct awsc__task mfa_done;
    char mfa_code[64];
    int mfa_status;
    struct awsc__temp_client *tc;
    char session_name[48];
};

static void role_destroy(void *impl)
{
    struct role *r = impl;
    if (!r)
        return;
    awsc__provider_release(r->source);
    awsc__creds_env_release(r->env);
    pthread_mutex_destroy(&r->mu);
    awsc__free(r->profile);
    awsc__free(r->credential_source);
    awsc__free(r->source_profile);
    awsc__free(r);
}

static void rf_free(struct role_fetch *rf)
{
    awsc__identity_release(rf->source);
    awsc__secure_zero(rf->mfa_code, sizeof rf->mfa_code);
    awsc__free(rf);
}

static int role_new(struct awsc__creds_env *env, const char *profile, struct role **out);
static const struct awsc__provider_ops ROLE_OPS;

/* The source of profile's role: a provider, and what kind it is. */
static int build_source(struct awsc__creds_env *env, const char *profile, struct visited *visited,
                        struct role *r, struct awsc_error *err)
{
    const struct awsc__shared_config *cfg = env->cfg;
    struct role_config rc;
    int status = read_role_config(cfg, profile, visited, &rc, err);
    if (status != AWSC_OK)
        return status;
    if (rc.credential_source) {
        if (!(r->credential_source = awsc__strdup(rc.credential_source)))
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        if (strcmp(rc.credential_source, "Environment") == 0)
            status = awsc__env_provider_new(&r->source);
        else if (strcmp(rc.credential_source, "EcsContainer") == 0)
            status = awsc__container_provider_new(&r->source);
        else
            status = awsc__imds_provider_new(env, &r->source);
        return status == AWSC_OK ? AWSC_OK : awsc__fail(err, status, "out of memory");
    }
    const char *sp = rc.source_profile;
    if (!(r->source_profile = awsc__strdup(sp)) || visited_add(visited, sp) != AWSC_OK)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (has_static(cfg, sp) || !has_role(cfg, sp)) {
        status = awsc__profile_chain_new(env, sp, true, &r->source);
        return status == AWSC_OK ? AWSC_OK : awsc__fail(err, status, "out of memory");
    }
    /* the source is itself a role: its own sources, checked now */
    struct role *inner = NULL;
    status = role_new(env, sp, &inner);
    if (status != AWSC_OK)
        return awsc__fail(err, status, "out of memory");
    status = build_source(env, sp, visited, inner, err);
    if (status != AWSC_OK) {
        role_destroy(inner);
        return status;
    }
    status = awsc__provider_new(&ROLE_OPS, inner, AWSC__PROVIDER_CREDENTIALS, 0, &r->source);
    return status == AWSC_OK ? AWSC_OK : awsc__fail(err, status, "out of memory");
}

static void assume_role_answered(void *ud, int status,
                                 struct awsc_creds_sts_assume_role_output *out,
                                 struct awsc_error *err);

static void call_sts(struct role_fetch *rf)
{
    const struct awsc__shared_config *cfg = rf->r->env->cfg;
    struct role_config rc;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct visited none = {NULL, 0, 0};
    /* read again: the checks passed when the source was built */
    read_role_config(cfg, rf->profile, &none, &rc, &err);
    awsc_error_clean_up(&err);
    struct awsc__provider *signer = NULL;
    struct awsc_credentials src = awsc__credentials_view(&rf->source->c);
    int status = awsc__static_provider_new(&src, rf->source->c.source, &signer);
    if (status == AWSC_OK)
        status = awsc__temp_client_new(awsc_creds_sts_service(), rf->r->env, rf->r->env->region,
                                       awsc__fetch_transport(rf->f), signer, &rf->tc, &err);
    awsc__provider_release(signer);
    if (status != AWSC_OK) {
        awsc__fetch_fail(rf->f, status, "Error when retrieving credentials from assume-role: %s",
                         err.message ? err.message : awsc_strerror(status));
        awsc_error_clean_up(&err);
        rf_free(rf);
        return;
    }
    struct awsc_creds_sts_assume_role_input in = {0};
    in.role_arn = rc.role_arn;
    if (rc.session_name && *rc.session_name) {
        in.role_session_name = rc.session_name;
    } else {
        snprintf(rf->session_name, sizeof rf->session_name, "awsc-session-%lld",
                 (long long)awsc__now().sec);
        in.role_session_name = rf->session_name;
    }
    in.external_id = rc.external_id;
    if (rc.mfa_serial) {
        in.serial_number = rc.mfa_serial;
        in.token_code = rf->mfa_code;
    }
    in.has_duration_seconds = rc.has_duration;
    in.duration_seconds = rc.duration;
    status = awsc_creds_sts_assume_role_async(awsc__temp_client_get(rf->tc), &in,
                                              assume_role_answered, rf, &err);
    if (status != AWSC_OK) {
        awsc__fetch_fail(rf->f, status,
                         "Error when retrieving credentials from assume-role: %s (profile %s, "
                         "role_arn %s)",
                         err.message ? err.message : awsc_strerror(status), rf->profile,
                         rc.role_arn);
        awsc_error_clean_up(&err);
        awsc__temp_client_destroy(rf->tc);
        rf_free(rf);
    }
}

static void assume_role_answered(void *ud, int status,
                                 struct awsc_creds_sts_assume_role_output *out,
                                 struct awsc_error *err)
{
    struct role_fetch *rf = ud;
    const char *role_arn = awsc__profile_get(rf->r->env->cfg, rf->profile, "role_arn");
    if (status != AWSC_OK || !out || !out->credentials || !out->credentials->access_key_id ||
        !out->credentials->secret_access_key) {
        char *text = awsc__service_error_text(status, err, "AssumeRole");
        awsc__fetch_fail(
            rf->f, status == AWSC_OK ? AWSC_E_PARSE : status,
            "Error when retrieving credentials from assume-role: %s (profile %s, "
            "role_arn %s)",
            text ? text
                 : (status == AWSC_OK ? "the response has no credentials" : awsc_strerror(status)),
            rf->profile, role_arn ? role_arn : "");
        awsc__free(text);
    } else {
        const struct awsc_creds_sts_credentials *c = out->credentials;
        char account[32];
        struct awsc__credentials creds = AWSC__CREDENTIALS_INIT;
        if (awsc__credentials_set(&creds, "assume-role", c->access_key_id, c->secret_access_key,
                                  c->session_token,
                                  role_arn ? awsc__arn_account(role_arn, account, sizeof account)
                                           : NULL) != AWSC_OK) {
            awsc__fetch_fail(rf->f, AWSC_E_NOMEM, "out of memory");
        } else {
            creds.expiration = c->expiration.sec;
            awsc__fetch_ok(rf->f, &creds);
        }
    }
    awsc_output_free(out);
    awsc__temp_client_done(rf->tc);
    rf_free(rf);
}

/* On a worker thread: the MFA callback may block. */
static void ask_mfa(void *ud)
{
    struct role_fetch *rf = ud;
    const char *serial = awsc__profile_get(rf->r->env->cfg, rf->profile, "mfa_serial");
    rf->mfa_status = rf->r->env->mfa(rf->r->env->mfa_ud, serial, rf->mfa_code, sizeof rf->mfa_code);
    rf->mfa_code[sizeof rf->mfa_code - 1] = '\0';
}

static void mfa_answered(struct awsc__task *task)
{
    struct role_fetch *rf =
        (struct role_fetch *)(void *)((char *)task - offsetof(struct role_fetch, mfa_done));
    if (rf->mfa_status != 0) {
        awsc__fetch_fail(rf->f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from assume-role: the MFA callback "
                         "gave no code for mfa_serial %s (profile %s)",
                         awsc__profile_get(rf->r->env->cfg, rf->profile, "mfa_serial"),
                         rf->profile);
        rf_free(rf);
        return;
    }
    call_sts(rf);
}

static void source_answered(void *ud, struct awsc__identity *v)
{
    struct role_fetch *rf = ud;
    struct role *r = rf->r;
    if (v->status != AWSC_OK) {
        if (v->status == AWSC_E_NOT_FOUND && r->credential_source)
            awsc__fetch_fail(rf->f, AWSC_E_CREDENTIALS,
                             "Error when retrieving credentials from %s: No credentials found in "
                             "credential_source referenced in profile %s",
                             r->credential_source, rf->profile);
        else if (v->status == AWSC_E_NOT_FOUND)
            awsc__fetch_fail(rf->f, AWSC_E_CONFIG,
                             "The source profile \"%s\" must have credentials. (%s)",
                             r->source_profile, v->message);
        else
            awsc__fetch_fail(rf->f, v->status, "%s", v->message);
        awsc__identity_release(v);
        rf_free(rf);
        return;
    }
    rf->source = v;
    const char *serial = awsc__profile_get(r->env->cfg, rf->profile, "mfa_serial");
    if (!serial) {
        call_sts(rf);
        return;
    }
    /* botocore asks for the code once: a refresh after that fails */
    if (atomic_exchange(&r->mfa_used, true)) {
        awsc__fetch_fail(rf->f, AWSC_E_CREDENTIALS,
                         "Cannot refresh credentials: MFA token required. (mfa_serial %s of "
                         "profile %s)",
                         serial, rf->profile);
        rf_free(rf);
        return;
    }
    if (!r->env->mfa) {
        awsc__fetch_fail(rf->f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from assume-role: profile %s has "
                         "mfa_serial %s but no MFA callback was given "
                         "(awsc_credentials_options.mfa, awsc_config.mfa)",
                         rf->profile, serial);
        rf_free(rf);
        return;
    }
    rf->mfa_done.fn = mfa_answered;
    if (awsc__run_blocking(awsc__fetch_transport(rf->f), &rf->mfa_done, ask_mfa, rf) != AWSC_OK) {
        awsc__fetch_fail(rf->f, AWSC_E_INTERNAL, "could not start a thread for the MFA callback");
        rf_free(rf);
    }
}

static void role_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct role *r = awsc__provider_impl(p);
    const struct awsc__shared_config *cfg = r->env->cfg;
    const char *profile = r->profile ? r->profile : awsc__shared_config_profile(cfg);
    if (!r->profile && !has_role(cfg, profile)) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "assume-role (profile %s has no role_arn)", profile);
        return;
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    pthread_mutex_lock(&r->mu);
    int status = AWSC_OK;
    if (!r->source) {
        struct visited v = {NULL, 0, 0};
        status = visited_add(&v, profile) == AWSC_OK
                     ? build_source(r->env, profile, &v, r, &err)
                     : awsc__fail(&err, AWSC_E_NOMEM, "out of memory");
        visited_clean_up(&v);
        if (status != AWSC_OK) {
            awsc__provider_release(r->source);
            r->source = NULL;
            awsc__free(r->credential_source);
            awsc__free(r->source_profile);
            r->credential_source = r->source_profile = NULL;
        }
    }
    struct awsc__provider *source = r->source;
    awsc__provider_retain(source);
    pthread_mutex_unlock(&r->mu);
    if (status != AWSC_OK) {
        awsc__fetch_fail(f, err.status, "%s", err.message);
        awsc_error_clean_up(&err);
        return;
    }
    struct role_fetch *rf = awsc__calloc(1, sizeof *rf);
    if (!rf) {
        awsc__provider_release(source);
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    rf->r = r;
    rf->f = f;
    rf->profile = profile;
    struct awsc__identity *v = NULL;
    status = awsc__provider_get(source, awsc__fetch_transport(f), false, &rf->waiter,
                                source_answered, rf, &v, &err);
    awsc__provider_release(source); /* the role holds it */
    if (status == AWSC_OK) {
        source_answered(rf, v);
    } else if (status != AWSC__PENDING) {
        awsc__fetch_fail(f, err.status, "%s", err.message);
        rf_free(rf);
    }
    awsc_error_clean_up(&err);
}

static const struct awsc__provider_ops ROLE_OPS = {
    .method = "assume-role", .fetch = role_fetch, .destroy = role_destroy, .deferred = true};

static int role_new(struct awsc__creds_env *env, const char *profile, struct role **out)
{
    *out = NULL;
    struct role *r = awsc__calloc(1, sizeof *r);
    if (!r)
        return AWSC_E_NOMEM;
    if (pthread_mutex_init(&r->mu, NULL) != 0) {
        awsc__free(r);
        return AWSC_E_INTERNAL;
    }
    if (profile && !(r->profile = awsc__strdup(profile))) {
        pthread_mutex_destroy(&r->mu);
        awsc__free(r);
        return AWSC_E_NOMEM;
    }
    atomic_init(&r->mfa_used, false);
    awsc__creds_env_retain(env);
    r->env = env;
    *out = r;
    return AWSC_OK;
}

int awsc__assume_role_provider_new(struct awsc__creds_env *env, const char *profile,
                                   struct awsc__provider **out)
{
    *out = NULL;
    struct role *r = NULL;
    int status = role_new(env, profile, &r);
    if (status != AWSC_OK)
        return status;
    return awsc__provider_new(&ROLE_OPS, r, AWSC__PROVIDER_CREDENTIALS, 0, out);
}

#endif /* AWSC_WITH_SHARED_CONFIG */

/* ------------------------------------------------------- web identity */

struct web_identity {
    struct awsc__creds_env *env;
    char *profile; /* NULL: the env's */
    bool disable_env;
};

struct wi_fetch {
    struct awsc__fetch *f;
    struct awsc__temp_client *tc;
    char *role_arn;
};

static void wi_destroy(void *impl)
{
    struct web_identity *w = impl;
    if (!w)
        return;
    awsc__creds_env_release(w->env);
    awsc__free(w->profile);
    awsc__free(w);
}

static void wi_free(struct wi_fetch *wf)
{
    awsc__free(wf->role_arn);
    awsc__free(wf);
}

/* The environment's value (unless disabled), else the profile's; origin
 * names where it came from. */
static const char *wi_setting(const struct web_identity *w, const char *profile, const char *key,
                              const char *env_name, const char **origin)
{
    const char *v = w->disable_env ? NULL : getenv(env_name);
    *origin = env_name;
    if (!v) {
        v = awsc__profile_get(w->env->cfg, profile, key);
        *origin = key;
    }
    return v;
}

static void wi_answered(void *ud, int status,
                        struct awsc_creds_sts_assume_role_with_web_identity_output *out,
                        struct awsc_error *err)
{
    struct wi_fetch *wf = ud;
    if (status != AWSC_OK || !out || !out->credentials || !out->credentials->access_key_id ||
        !out->credentials->secret_access_key) {
        char *text = awsc__service_error_text(status, err, "AssumeRoleWithWebIdentity");
        awsc__fetch_fail(
            wf->f, status == AWSC_OK ? AWSC_E_PARSE : status,
            "Error when retrieving credentials from assume-role-with-web-identity: "
            "%s (role_arn %s)",
            text ? text
                 : (status == AWSC_OK ? "the response has no credentials" : awsc_strerror(status)),
            wf->role_arn);
        awsc__free(text);
    } else {
        const struct awsc_creds_sts_credentials *c = out->credentials;
        char account[32];
        struct awsc__credentials creds = AWSC__CREDENTIALS_INIT;
        if (awsc__credentials_set(&creds, "assume-role-with-web-identity", c->access_key_id,
                                  c->secret_access_key, c->session_token,
                                  awsc__arn_account(wf->role_arn, account, sizeof account)) !=
            AWSC_OK) {
            awsc__fetch_fail(wf->f, AWSC_E_NOMEM, "out of memory");
        } else {
            creds.expiration = c->expiration.sec;
            awsc__fetch_ok(wf->f, &creds);
        }
    }
    awsc_output_free(out);
    awsc__temp_client_done(wf->tc);
    wi_free(wf);
}

static char *read_token_file(const char *path, int *err_no)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        *err_no = errno;
        return NULL;
    }
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < 1024 * 1024)
        awsc__buf_append(&b, chunk, n);
    fclose(fp);
    awsc__buf_append(&b, "", 0);
    if (b.failed) {
        awsc__buf_clean_up(&b);
        *err_no = ENOMEM;
        return NULL;
    }
    return awsc__buf_steal(&b);
}

static void wi_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct web_identity *w = awsc__provider_impl(p);
    const char *profile = w->profile ? w->profile : awsc__shared_config_profile(w->env->cfg);
    const char *token_origin, *arn_origin, *name_origin;
    const char *token_file = wi_setting(w, profile, "web_identity_token_file",
                                        "AWS_WEB_IDENTITY_TOKEN_FILE", &token_origin);
    if (!token_file || !*token_file) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND,
                         "assume-role-with-web-identity (AWS_WEB_IDENTITY_TOKEN_FILE and "
                         "web_identity_token_file of profile %s not set)",
                         profile);
        return;
    }
    const char *role_arn = wi_setting(w, profile, "role_arn", "AWS_ROLE_ARN", &arn_origin);
    if (!role_arn || !*role_arn) {
        awsc__fetch_fail(f, AWSC_E_CONFIG,
                         "The provided profile or the current environment is configured to assume "
                         "role with web identity but has no role ARN configured. Ensure that the "
                         "profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var "
                         "is set. (profile %s, %s %s)",
                         profile, token_origin, token_file);
        return;
    }
    const char *session =
        wi_setting(w, profile, "role_session_name", "AWS_ROLE_SESSION_NAME", &name_origin);
    int err_no = 0;
    char *token = read_token_file(token_file, &err_no);
    if (!token) {
        awsc__fetch_fail(f, err_no == ENOMEM ? AWSC_E_NOMEM : AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from assume-role-with-web-identity: "
                         "cannot read the web identity token file %s (%s): %s",
                         token_file, token_origin, strerror(err_no));
        return;
    }
    struct wi_fetch *wf = awsc__calloc(1, sizeof *wf);
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = wf && (wf->role_arn = awsc__strdup(role_arn)) ? AWSC_OK : AWSC_E_NOMEM;
    if (status == AWSC_OK) {
        wf->f = f;
        status = awsc__temp_client_new(awsc_creds_sts_service(), w->env, w->env->region,
                                       awsc__fetch_transport(f), NULL, &wf->tc, &err);
    }
    if (status == AWSC_OK) {
        char generated[48];
        struct awsc_creds_sts_assume_role_with_web_identity_input in = {0};
        in.role_arn = role_arn;
        if (session && *session) {
            in.role_session_name = session;
        } else {
            snprintf(generated, sizeof generated, "awsc-session-%lld", (long long)awsc__now().sec);
            in.role_session_name = generated;
        }
        in.web_identity_token = token;
        status = awsc_creds_sts_assume_role_with_web_identity_async(awsc__temp_client_get(wf->tc),
                                                                    &in, wi_answered, wf, &err);
        if (status != AWSC_OK)
            awsc__temp_client_destroy(wf->tc);
    }
    awsc__secure_zero(token, strlen(token));
    awsc__free(token);
    if (status != AWSC_OK) {
        awsc__fetch_fail(f, status,
                         "Error when retrieving credentials from assume-role-with-web-identity: %s "
                         "(role_arn %s)",
                         err.message ? err.message : awsc_strerror(status), role_arn);
        if (wf)
            wi_free(wf);
    }
    awsc_error_clean_up(&err);
}

static const struct awsc__provider_ops WI_OPS = {.method = "assume-role-with-web-identity",
                                                 .fetch = wi_fetch,
                                                 .destroy = wi_destroy,
                                                 .deferred = true};

int awsc__web_identity_provider_new(struct awsc__creds_env *env, const char *profile,
                                    bool disable_env, struct awsc__provider **out)
{
    *out = NULL;
    struct web_identity *w = awsc__calloc(1, sizeof *w);
    if (!w)
        return AWSC_E_NOMEM;
    if (profile && !(w->profile = awsc__strdup(profile))) {
        awsc__free(w);
        return AWSC_E_NOMEM;
    }
    awsc__creds_env_retain(env);
    w->env = env;
    w->disable_env = disable_env;
    return awsc__provider_new(&WI_OPS, w, AWSC__PROVIDER_CREDENTIALS, 0, out);
}
