/*
 * IAM Identity Center (SSO): botocore's SSOProvider (role credentials
 * from SSO GetRoleCredentials) and SSOTokenProvider (the bearer token of
 * an sso-session, refreshed through SSO-OIDC CreateToken), over the token
 * cache the AWS CLI's `aws sso login` writes:
 * ~/.aws/sso/cache/SHA1(NAME).json, NAME being the sso-session's name, or
 * for a legacy profile (sso_start_url in the profile itself) the start
 * URL:
 *
 *   {"startUrl": ..., "region": ..., "accessToken": ...,
 *    "expiresAt": "2024-01-01T00:00:00Z", "clientId": ..., "clientSecret": ...,
 *    "registrationExpiresAt": ..., "refreshToken": ...}
 *
 * A legacy token is used as it is (SSO refuses it once expired: "The SSO
 * session associated with this profile has expired ..."); an sso-session
 * token with less than 15 minutes left is refreshed, when it has a
 * refresh token and an unexpired registration, and the new one is
 * written back to the cache (mode 0600) as botocore writes it.
 *
 * Profile keys: sso_session, sso_start_url, sso_region, sso_account_id,
 * sso_role_name; [sso-session NAME] sections: sso_start_url, sso_region.
 * The credentials carry sso_account_id (botocore 1.43).
 */
#include "auth.h"
#include "protocol/json.h"

#include <awsc/creds_sso.h>
#include <awsc/creds_sso_oidc.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define REFRESH_WINDOW (15 * 60) /* SSOTokenProvider._REFRESH_WINDOW */
#define CACHE_DIR      "~/.aws/sso/cache"

/* ------------------------------------------------------------ the cache */

/* ~/.aws/sso/cache/SHA1(name).json, in arena. */
static char *cache_path(struct awsc_arena *a, const char *name)
{
    uint8_t md[20];
    if (!awsc__hash(AWSC__HASH_SHA1, name, strlen(name), md))
        return NULL;
    char hex[41];
    awsc__hex_encode(md, 20, hex);
    const char *dir = awsc__expand_path(a, CACHE_DIR);
    return dir ? awsc__arena_printf(a, "%s/%s.json", dir, hex) : NULL;
}

/* The cached token as a JSON object; status AWSC_E_NOT_FOUND when the
 * file is missing, AWSC_E_CREDENTIALS when it is not a token. */
static int load_token(struct awsc_arena *a, const char *path, struct awsc_document *doc)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return AWSC_E_NOT_FOUND;
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < 1024 * 1024)
        awsc__buf_append(&b, chunk, n);
    fclose(fp);
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return AWSC_E_NOMEM;
    }
    struct awsc__json_opts o = {0};
    int rc =
        awsc__json_read_document((const uint8_t *)(b.data ? b.data : ""), b.len, doc, a, &o, NULL);
    awsc__buf_clean_up(&b);
    if (rc == AWSC_E_NOMEM)
        return rc;
    /* botocore's JSONFileCache: a file that does not parse is a miss */
    return rc == AWSC_OK && doc->type == AWSC_DOC_OBJECT ? AWSC_OK : AWSC_E_NOT_FOUND;
}

static const char *doc_string(const struct awsc_document *doc, const char *key)
{
    const struct awsc_document *v = awsc__document_get(doc, key);
    return v && v->type == AWSC_DOC_STRING ? v->string : NULL;
}

/* ---------------------------------------------------- SSO configuration */

struct sso_config {
    const char *profile;
    const char *session; /* sso_session, or NULL (legacy) */
    const char *start_url;
    const char *region;
    const char *account_id;
    const char *role_name;
};

struct merge_check {
    const struct awsc__shared_config *cfg;
    const char *profile;
    struct awsc_buf *why;
    struct sso_config *sc;
};

/* botocore's _resolve_sso_session_reference: the session's keys join the
 * profile's, and must agree with them. */
static void merge_key(void *ud, const char *key, const char *value)
{
    struct merge_check *m = ud;
    const char *mine = awsc__profile_get(m->cfg, m->profile, key);
    if (mine && strcmp(mine, value) != 0 && !m->why->len)
        awsc__buf_printf(m->why,
                         "The value for %s is inconsistent between profile (%s) and sso-session "
                         "(%s).",
                         key, mine, value);
    if (strcmp(key, "sso_start_url") == 0)
        m->sc->start_url = value;
    else if (strcmp(key, "sso_region") == 0)
        m->sc->region = value;
    else if (strcmp(key, "sso_account_id") == 0)
        m->sc->account_id = value;
    else if (strcmp(key, "sso_role_name") == 0)
        m->sc->role_name = value;
}

/* botocore's SSOProvider._load_sso_config: AWSC_E_NOT_FOUND when the
 * profile has neither sso_role_name nor sso_account_id. */
static int sso_config(const struct awsc__shared_config *cfg, const char *profile,
                      struct sso_config *sc, struct awsc_error *err)
{
    memset(sc, 0, sizeof *sc);
    sc->profile = profile;
    sc->role_name = awsc__profile_get(cfg, profile, "sso_role_name");
    sc->account_id = awsc__profile_get(cfg, profile, "sso_account_id");
    if (!sc->role_name && !sc->account_id)
        return awsc__fail(err, AWSC_E_NOT_FOUND,
                          "sso (profile %s has no sso_role_name or sso_account_id)", profile);
    sc->start_url = awsc__profile_get(cfg, profile, "sso_start_url");
    sc->region = awsc__profile_get(cfg, profile, "sso_region");
    sc->session = awsc__profile_get(cfg, profile, "sso_session");
    if (sc->session) {
        if (!awsc__sso_session_get(cfg, sc->session, NULL, NULL))
            return awsc__fail(err, AWSC_E_CONFIG,
                              "The specified sso-session does not exist: \"%s\" (profile %s)",
                              sc->session, profile);
        struct awsc_buf why = AWSC_BUF_INIT;
        struct merge_check m = {cfg, profile, &why, sc};
        awsc__sso_session_each(cfg, sc->session, merge_key, &m);
        if (why.len || why.failed) {
            int rc = why.failed ? awsc__fail(err, AWSC_E_NOMEM, "out of memory")
                                : awsc__fail(err, AWSC_E_CONFIG, "%s", why.data);
            awsc__buf_clean_up(&why);
            return rc;
        }
    }
    const char *names[] = {"sso_role_name", "sso_account_id", "sso_start_url", "sso_region",
                           "sso_session"};
    const char *values[] = {sc->role_name, sc->account_id, sc->start_url, sc->region, sc->session};
    size_t required = sc->session ? 5 : 4;
    struct awsc_buf missing = AWSC_BUF_INIT;
    for (size_t i = 0; i < required; i++)
        if (!values[i])
            awsc__buf_printf(&missing, "%s%s", missing.len ? ", " : "", names[i]);
    int rc = AWSC_OK;
    if (missing.failed)
        rc = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    else if (missing.len)
        rc = awsc__fail(err, AWSC_E_CONFIG,
                        "The profile \"%s\" is configured to use SSO but is missing required "
                        "configuration: %s",
                        profile, missing.data);
    awsc__buf_clean_up(&missing);
    return rc;
}

/* --------------------------------------------------- the token provider */

struct sso_token {
    struct awsc__creds_env *env;
    char *profile; /* NULL: the env's */
};

static void token_destroy(void *impl)
{
    struct sso_token *st = impl;
    if (!st)
        return;
    awsc__creds_env_release(st->env);
    awsc__free(st->profile);
    awsc__free(st);
}

/* One token fetch. */
struct token_fetch {
    struct awsc__fetch *f;
    struct awsc_arena *arena; /* the cache document and the strings below */
    const char *session, *start_url, *region, *path;
    struct awsc_document doc; /* the cached token */
    const char *access_token;
    int64_t expires_at;
    struct awsc__temp_client *tc;
};

static void tf_free(struct token_fetch *tf)
{
    awsc__arena_destroy(tf->arena);
    awsc__free(tf);
}

static void answer_token(struct token_fetch *tf, const char *token, int64_t expires_at)
{
    struct awsc__credentials c = AWSC__CREDENTIALS_INIT;
    c.token = awsc__strdup(token);
    c.source = awsc__strdup("sso");
    c.expiration = expires_at;
    if (!c.token || !c.source) {
        awsc__credentials_clean_up(&c);
        awsc__fetch_fail(tf->f, AWSC_E_NOMEM, "out of memory");
    } else {
        awsc__fetch_ok(tf->f, &c);
    }
    tf_free(tf);
}

static void put_field(struct awsc_buf *b, const char *key, const char *value, bool first)
{
    if (!first)
        awsc__buf_puts(b, ", ");
    awsc__json_put_string(b, key, strlen(key));
    awsc__buf_puts(b, ": ");
    awsc__json_put_string(b, value, strlen(value));
}

/* The refreshed token, written as botocore's _attempt_create_token makes
 * it, into the cache file (0600, created if need be). */
static void save_token(struct token_fetch *tf, const char *access_token, int64_t expires_at,
                       const char *refresh_token)
{
    char expires[40];
    struct awsc_timestamp t = {expires_at, 0};
    awsc__ts_format_iso8601(t, expires);
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_putc(&b, '{');
    put_field(&b, "startUrl", tf->start_url, true);
    put_field(&b, "region", tf->region, false);
    put_field(&b, "accessToken", access_token, false);
    put_field(&b, "expiresAt", expires, false);
    put_field(&b, "clientId", doc_string(&tf->doc, "clientId"), false);
    put_field(&b, "clientSecret", doc_string(&tf->doc, "clientSecret"), false);
    put_field(&b, "registrationExpiresAt", doc_string(&tf->doc, "registrationExpiresAt"), false);
    if (refresh_token)
        put_field(&b, "refreshToken", refresh_token, false);
    awsc__buf_putc(&b, '}');
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return;
    }
    /* the folder, as JSONFileCache makes it */
    char *dir = awsc__arena_strdup(tf->arena, tf->path);
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (slash) {
        *slash = '\0';
        for (char *p = dir + 1; *p; p++) {
            if (*p == '/') {
                *p = '\0';
                mkdir(dir, 0777);
                *p = '/';
            }
        }
        mkdir(dir, 0777);
    }
    int fd = open(tf->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
        size_t off = 0;
        while (off < b.len) {
            ssize_t w = write(fd, b.data + off, b.len - off);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                break;
            off += (size_t)w;
        }
        close(fd);
    }
    awsc__buf_clean_up(&b);
}

static void create_token_answered(void *ud, int status,
                                  struct awsc_creds_sso_oidc_create_token_output *out,
                                  struct awsc_error *err)
{
    (void)err;
    struct token_fetch *tf = ud;
    awsc__temp_client_done(tf->tc);
    tf->tc = NULL;
    if (status == AWSC_OK && out && out->access_token && out->has_expires_in) {
        int64_t expires_at = awsc__creds_now() + out->expires_in;
        const char *refresh = out->refresh_token;
        save_token(tf, out->access_token, expires_at, refresh);
        char *token = awsc__arena_strdup(tf->arena, out->access_token);
        awsc_output_free(out);
        if (!token) {
            awsc__fetch_fail(tf->f, AWSC_E_NOMEM, "out of memory");
            tf_free(tf);
            return;
        }
        answer_token(tf, token, expires_at);
        return;
    }
    /* botocore logs the failure and goes on with the token it has */
    awsc_output_free(out);
    answer_token(tf, tf->access_token, tf->expires_at);
}

/* botocore's _refresh_access_token: false when the token cannot be
 * refreshed (then it is used as it is). */
static bool start_refresh(struct token_fetch *tf, struct awsc__creds_env *env)
{
    const char *keys[] = {"refreshToken", "clientId", "clientSecret", "registrationExpiresAt"};
    for (size_t i = 0; i < AWSC_ARRAY_LEN(keys); i++)
        if (!doc_string(&tf->doc, keys[i]))
            return false;
    int64_t registration;
    if (!awsc__parse_expiration(doc_string(&tf->doc, "registrationExpiresAt"), &registration) ||
        registration - awsc__creds_now() <= 0)
        return false;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc__temp_client_new(awsc_creds_sso_oidc_service(), env, tf->region,
                              awsc__fetch_transport(tf->f), NULL, &tf->tc, &err) != AWSC_OK) {
        awsc_error_clean_up(&err);
        return false;
    }
    struct awsc_creds_sso_oidc_create_token_input in = {0};
    in.grant_type = "refresh_token";
    in.client_id = doc_string(&tf->doc, "clientId");
    in.client_secret = doc_string(&tf->doc, "clientSecret");
    in.refresh_token = doc_string(&tf->doc, "refreshToken");
    if (awsc_creds_sso_oidc_create_token_async(awsc__temp_client_get(tf->tc), &in,
                                               create_token_answered, tf, &err) != AWSC_OK) {
        awsc__temp_client_destroy(tf->tc);
        tf->tc = NULL;
        awsc_error_clean_up(&err);
        return false;
    }
    return true;
}

/* Python's repr() of the missing keys list. */
static void missing_repr(struct awsc_buf *b, const char *const *names, size_t n)
{
    awsc__buf_putc(b, '[');
    for (size_t i = 0; i < n; i++)
        awsc__buf_printf(b, "%s'%s'", i ? ", " : "", names[i]);
    awsc__buf_putc(b, ']');
}

static void token_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct sso_token *st = awsc__provider_impl(p);
    const struct awsc__shared_config *cfg = st->env->cfg;
    const char *profile = st->profile ? st->profile : awsc__shared_config_profile(cfg);
    const char *session = awsc__profile_get(cfg, profile, "sso_session");
    if (!session) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "sso (profile %s has no sso_session)", profile);
        return;
    }
    if (!awsc__sso_session_get(cfg, session, NULL, NULL)) {
        awsc__fetch_fail(f, AWSC_E_CONFIG,
                         "The profile \"%s\" is configured to use the SSO token provider but the "
                         "\"%s\" sso_session configuration does not exist.",
                         profile, session);
        return;
    }
    const char *start_url = NULL, *region = NULL;
    awsc__sso_session_get(cfg, session, "sso_start_url", &start_url);
    awsc__sso_session_get(cfg, session, "sso_region", &region);
    if (!start_url || !region) {
        const char *missing[2];
        size_t n = 0;
        if (!start_url)
            missing[n++] = "sso_start_url";
        if (!region)
            missing[n++] = "sso_region";
        struct awsc_buf b = AWSC_BUF_INIT;
        missing_repr(&b, missing, n);
        awsc__fetch_fail(f, b.failed ? AWSC_E_NOMEM : AWSC_E_CONFIG,
                         "The profile \"%s\" is configured to use the SSO token provider but is "
                         "missing the following configuration: %s.",
                         profile, b.failed ? "" : b.data);
        awsc__buf_clean_up(&b);
        return;
    }
    struct token_fetch *tf = awsc__calloc(1, sizeof *tf);
    if (!tf || !(tf->arena = awsc__arena_new())) {
        awsc__free(tf);
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    tf->f = f;
    tf->session = session;
    tf->start_url = start_url;
    tf->region = region;
    tf->path = cache_path(tf->arena, session);
    int rc = tf->path ? load_token(tf->arena, tf->path, &tf->doc) : AWSC_E_NOMEM;
    if (rc == AWSC_E_NOMEM) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        tf_free(tf);
        return;
    }
    if (rc != AWSC_OK) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving token from sso: Error loading SSO Token: Token for "
                         "%s does not exist (%s; run aws sso login)",
                         session, tf->path);
        tf_free(tf);
        return;
    }
    tf->access_token = doc_string(&tf->doc, "accessToken");
    const char *expires = doc_string(&tf->doc, "expiresAt");
    if (!tf->access_token || !expires || !awsc__parse_expiration(expires, &tf->expires_at)) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving token from sso: Error loading SSO Token: Token for "
                         "%s is invalid (%s)",
                         start_url, tf->path);
        tf_free(tf);
        return;
    }
    if (tf->expires_at - awsc__creds_now() < REFRESH_WINDOW && start_refresh(tf, st->env))
        return;
    answer_token(tf, tf->access_token, tf->expires_at);
}

static const struct awsc__provider_ops TOKEN_OPS = {
    .method = "sso", .fetch = token_fetch, .destroy = token_destroy};

int awsc__sso_token_provider_new(struct awsc__creds_env *env, const char *profile,
                                 struct awsc__provider **out)
{
    *out = NULL;
    struct sso_token *st = awsc__calloc(1, sizeof *st);
    if (!st)
        return AWSC_E_NOMEM;
    if (profile && !(st->profile = awsc__strdup(profile))) {
        awsc__free(st);
        return AWSC_E_NOMEM;
    }
    awsc__creds_env_retain(env);
    st->env = env;
    return awsc__provider_new(&TOKEN_OPS, st, AWSC__PROVIDER_TOKEN, 0, out);
}

/* ----------------------------------------------- the credentials provider */

struct sso {
    struct awsc__creds_env *env;
    char *profile;                /* NULL: the env's */
    struct awsc__provider *token; /* sso-session profiles: their token provider */
};

struct creds_fetch {
    struct awsc__fetch *f;
    struct sso *s;
    struct sso_config sc;
    struct awsc__waiter waiter;
    struct awsc__temp_client *tc;
    struct awsc_arena *arena;
};

static void sso_destroy(void *impl)
{
    struct sso *s = impl;
    if (!s)
        return;
    awsc__provider_release(s->token);
    awsc__creds_env_release(s->env);
    awsc__free(s->profile);
    awsc__free(s);
}

static void cf_free(struct creds_fetch *cf)
{
    awsc__arena_destroy(cf->arena);
    awsc__free(cf);
}

static void role_credentials_answered(void *ud, int status,
                                      struct awsc_creds_sso_get_role_credentials_output *out,
                                      struct awsc_error *err)
{
    struct creds_fetch *cf = ud;
    if (status != AWSC_OK && awsc_error_is(err, "UnauthorizedException")) {
        awsc__fetch_fail(cf->f, AWSC_E_CREDENTIALS,
                         "The SSO session associated with this profile has expired or is "
                         "otherwise invalid. To refresh this SSO session run aws sso login with "
                         "the corresponding profile. (profile %s)",
                         cf->sc.profile);
    } else if (status != AWSC_OK || !out || !out->role_credentials ||
               !out->role_credentials->access_key_id || !out->role_credentials->secret_access_key) {
        char *text = awsc__service_error_text(status, err, "GetRoleCredentials");
        awsc__fetch_fail(
            cf->f, status == AWSC_OK ? AWSC_E_PARSE : status,
            "Error when retrieving credentials from sso: %s (profile %s)",
            text ? text
                 : (status == AWSC_OK ? "the response has no credentials" : awsc_strerror(status)),
            cf->sc.profile);
        awsc__free(text);
    } else {
        const struct awsc_creds_sso_role_credentials *rc = out->role_credentials;
        struct awsc__credentials c = AWSC__CREDENTIALS_INIT;
        if (awsc__credentials_set(&c, "sso", rc->access_key_id, rc->secret_access_key,
                                  rc->session_token, cf->sc.account_id) != AWSC_OK) {
            awsc__fetch_fail(cf->f, AWSC_E_NOMEM, "out of memory");
        } else {
            /* milliseconds since the epoch, to whole seconds as botocore's
             * '%Y-%m-%dT%H:%M:%SZ' keeps them */
            c.expiration = rc->has_expiration ? rc->expiration / 1000 : 0;
            awsc__fetch_ok(cf->f, &c);
        }
    }
    awsc_output_free(out);
    awsc__temp_client_done(cf->tc);
    cf_free(cf);
}

static void call_sso(struct creds_fetch *cf, const char *access_token)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = awsc__temp_client_new(awsc_creds_sso_service(), cf->s->env, cf->sc.region,
                                       awsc__fetch_transport(cf->f), NULL, &cf->tc, &err);
    if (status == AWSC_OK) {
        struct awsc_creds_sso_get_role_credentials_input in = {cf->sc.role_name, cf->sc.account_id,
                                                               access_token};
        status = awsc_creds_sso_get_role_credentials_async(awsc__temp_client_get(cf->tc), &in,
                                                           role_credentials_answered, cf, &err);
        if (status != AWSC_OK)
            awsc__temp_client_destroy(cf->tc);
    }
    if (status != AWSC_OK) {
        awsc__fetch_fail(cf->f, status, "Error when retrieving credentials from sso: %s",
                         err.message ? err.message : awsc_strerror(status));
        cf_free(cf);
    }
    awsc_error_clean_up(&err);
}

static void token_answered(void *ud, struct awsc__identity *v)
{
    struct creds_fetch *cf = ud;
    if (v->status != AWSC_OK) {
        awsc__fetch_fail(cf->f, v->status == AWSC_E_NOT_FOUND ? AWSC_E_CREDENTIALS : v->status,
                         "%s", v->message);
        awsc__identity_release(v);
        cf_free(cf);
        return;
    }
    char *token = awsc__arena_strdup(cf->arena, v->c.token);
    awsc__identity_release(v);
    if (!token) {
        awsc__fetch_fail(cf->f, AWSC_E_NOMEM, "out of memory");
        cf_free(cf);
        return;
    }
    call_sso(cf, token);
}

static void sso_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct sso *s = awsc__provider_impl(p);
    const struct awsc__shared_config *cfg = s->env->cfg;
    const char *profile = s->profile ? s->profile : awsc__shared_config_profile(cfg);
    struct creds_fetch *cf = awsc__calloc(1, sizeof *cf);
    if (!cf || !(cf->arena = awsc__arena_new())) {
        awsc__free(cf);
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    cf->f = f;
    cf->s = s;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (sso_config(cfg, profile, &cf->sc, &err) != AWSC_OK) {
        awsc__fetch_fail(f, err.status, "%s", err.message);
        awsc_error_clean_up(&err);
        cf_free(cf);
        return;
    }
    if (!cf->sc.session) {
        /* legacy: the token cached under the start URL, as it is */
        const char *path = cache_path(cf->arena, cf->sc.start_url);
        struct awsc_document doc;
        int rc = path ? load_token(cf->arena, path, &doc) : AWSC_E_NOMEM;
        const char *token = rc == AWSC_OK ? doc_string(&doc, "accessToken") : NULL;
        if (rc == AWSC_E_NOMEM)
            awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        else if (rc != AWSC_OK)
            awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                             "Error loading SSO Token: Token for %s does not exist (%s; run aws "
                             "sso login --profile %s)",
                             cf->sc.start_url, path, profile);
        else if (!token || !doc_string(&doc, "expiresAt"))
            awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                             "Error loading SSO Token: Token for %s is invalid (%s)",
                             cf->sc.start_url, path);
        else {
            call_sso(cf, token);
            return;
        }
        cf_free(cf);
        return;
    }
    /* an sso-session: its token provider, refreshing as needed */
    struct awsc__identity *v = NULL;
    int rc = awsc__provider_get(s->token, awsc__fetch_transport(f), false, &cf->waiter,
                                token_answered, cf, &v, &err);
    if (rc == AWSC_OK) {
        token_answered(cf, v);
    } else if (rc != AWSC__PENDING) {
        awsc__fetch_fail(f, err.status, "%s", err.message);
        cf_free(cf);
    }
    awsc_error_clean_up(&err);
}

static const struct awsc__provider_ops SSO_OPS = {
    .method = "sso", .fetch = sso_fetch, .destroy = sso_destroy, .deferred = true};

int awsc__sso_provider_new(struct awsc__creds_env *env, const char *profile,
                           struct awsc__provider **out)
{
    *out = NULL;
    struct sso *s = awsc__calloc(1, sizeof *s);
    if (!s)
        return AWSC_E_NOMEM;
    if (profile && !(s->profile = awsc__strdup(profile))) {
        awsc__free(s);
        return AWSC_E_NOMEM;
    }
    awsc__creds_env_retain(env);
    s->env = env;
    /* the token of the profile's sso-session (botocore 1.43 gives it the
     * provider's profile; 1.29.27 the session's) */
    if (awsc__sso_token_provider_new(env, profile, &s->token) != AWSC_OK) {
        sso_destroy(s);
        return AWSC_E_NOMEM;
    }
    return awsc__provider_new(&SSO_OPS, s, AWSC__PROVIDER_CREDENTIALS, 0, out);
}
