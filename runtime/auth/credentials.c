/*
 * The providers that read credentials as they are written down: the
 * environment (botocore's EnvProvider), a profile's keys in the shared
 * credentials file and in the config file (SharedCredentialProvider,
 * ConfigProvider), the EC2 tools' AWS_CREDENTIAL_FILE
 * (OriginalEC2Provider) and boto's config (BotoProvider). Each answers
 * AWSC_E_NOT_FOUND, saying what it looked at, when it has nothing.
 * -Dshared_config=false leaves out the shared files' providers and boto's
 * (an INI file too).
 */
#include "auth.h"
#include "ini.h"

#include <stdlib.h>
#include <string.h>

static void answer(struct awsc__fetch *f, const char *source, const char *key, const char *secret,
                   const char *token, const char *account_id, int64_t expiration)
{
    struct awsc__credentials c = AWSC__CREDENTIALS_INIT;
    if (awsc__credentials_set(&c, source, key, secret, token, account_id) != AWSC_OK) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    c.expiration = expiration;
    awsc__fetch_ok(f, &c);
}

/* ------------------------------------------------------------------ env */

/* AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, the token from
 * AWS_SECURITY_TOKEN or AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION
 * (refreshed by reading the environment again) and, as botocore 1.43,
 * AWS_ACCOUNT_ID. Empty values count as unset. */
static void env_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    (void)p;
    const char *key = awsc__getenv_set("AWS_ACCESS_KEY_ID");
    if (!key) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "environment variables (AWS_ACCESS_KEY_ID not set)");
        return;
    }
    const char *secret = awsc__getenv_set("AWS_SECRET_ACCESS_KEY");
    if (!secret) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY");
        return;
    }
    const char *token = awsc__getenv_set("AWS_SECURITY_TOKEN");
    if (!token)
        token = awsc__getenv_set("AWS_SESSION_TOKEN");
    int64_t expiration = 0;
    const char *exp = awsc__getenv_set("AWS_CREDENTIAL_EXPIRATION");
    if (exp && !awsc__parse_expiration(exp, &expiration)) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from env: AWS_CREDENTIAL_EXPIRATION "
                         "is not a timestamp: \"%s\"",
                         exp);
        return;
    }
    answer(f, "env", key, secret, token, awsc__getenv_set("AWS_ACCOUNT_ID"), expiration);
}

static const struct awsc__provider_ops ENV_OPS = {
    .method = "env", .fetch = env_fetch, .destroy = NULL};

int awsc__env_provider_new(struct awsc__provider **out)
{
    return awsc__provider_new(&ENV_OPS, NULL, AWSC__PROVIDER_CREDENTIALS, 0, out);
}

#if AWSC_WITH_SHARED_CONFIG /* else the default chain leaves these out */
/* ------------------------------------------------- the shared files */

struct file_provider {
    struct awsc__creds_env *env;
    char *profile; /* NULL: the env's */
    enum awsc__shared_file which;
};

static void file_destroy(void *impl)
{
    struct file_provider *fp = impl;
    if (!fp)
        return;
    awsc__creds_env_release(fp->env);
    awsc__free(fp->profile);
    awsc__free(fp);
}

/* A key id is what makes a profile count; a key id without a secret is an
 * error. Values are used as written, empty ones included, as botocore
 * does. */
static void file_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct file_provider *fp = awsc__provider_impl(p);
    const struct awsc__shared_config *cfg = fp->env->cfg;
    const char *profile = fp->profile ? fp->profile : awsc__shared_config_profile(cfg);
    bool config = fp->which == AWSC__FILE_CONFIG;
    const char *method = config ? "config-file" : "shared-credentials-file";
    const char *path = config ? awsc__shared_config_path(cfg) : awsc__shared_credentials_path(cfg);
    const char *what = config ? "shared config file" : "shared credentials file";

    if (!awsc__shared_file_present(cfg, fp->which)) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "%s %s (not found)", what, path);
        return;
    }
    const char *key = NULL;
    if (!awsc__profile_file_get(cfg, fp->which, profile, "aws_access_key_id", &key)) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "%s %s (no profile %s)", what, path, profile);
        return;
    }
    if (!key) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "%s %s (profile %s has no aws_access_key_id)", what,
                         path, profile);
        return;
    }
    const char *secret = NULL, *token = NULL, *account = NULL;
    awsc__profile_file_get(cfg, fp->which, profile, "aws_secret_access_key", &secret);
    if (!secret) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Partial credentials found in %s, missing: aws_secret_access_key "
                         "(profile %s in %s)",
                         method, profile, path);
        return;
    }
    awsc__profile_file_get(cfg, fp->which, profile, "aws_security_token", &token);
    if (!token)
        awsc__profile_file_get(cfg, fp->which, profile, "aws_session_token", &token);
    awsc__profile_file_get(cfg, fp->which, profile, "aws_account_id", &account);
    answer(f, method, key, secret, token, account, 0);
}

static const struct awsc__provider_ops CREDS_FILE_OPS = {
    .method = "shared-credentials-file", .fetch = file_fetch, .destroy = file_destroy};
static const struct awsc__provider_ops CONFIG_FILE_OPS = {
    .method = "config-file", .fetch = file_fetch, .destroy = file_destroy};

int awsc__file_provider_new(struct awsc__creds_env *env, const char *profile,
                            enum awsc__shared_file which, struct awsc__provider **out)
{
    *out = NULL;
    struct file_provider *fp = awsc__calloc(1, sizeof *fp);
    if (!fp)
        return AWSC_E_NOMEM;
    if (profile && !(fp->profile = awsc__strdup(profile))) {
        awsc__free(fp);
        return AWSC_E_NOMEM;
    }
    awsc__creds_env_retain(env);
    fp->env = env;
    fp->which = which;
    return awsc__provider_new(which == AWSC__FILE_CONFIG ? &CONFIG_FILE_OPS : &CREDS_FILE_OPS, fp,
                              AWSC__PROVIDER_CREDENTIALS, 0, out);
}
#endif

/* ------------------------------------------- the EC2 tools' file */

/* botocore's parse_key_val_file: KEY=VALUE lines, both sides stripped;
 * lines without '=' are skipped. Returns the value of name (in arena). */
static const char *key_val(struct awsc_arena *a, const char *text, const char *name)
{
    const char *found = NULL;
    for (const char *line = text; line && *line;) {
        const char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line) : strlen(line);
        const char *eq = memchr(line, '=', n);
        if (eq) {
            const char *k = line;
            size_t kn = (size_t)(eq - line);
            awsc__py_strip(&k, &kn);
            const char *v = eq + 1;
            size_t vn = (size_t)(line + n - v);
            awsc__py_strip(&v, &vn);
            if (kn == strlen(name) && memcmp(k, name, kn) == 0)
                found = awsc__arena_strndup(a, v, vn); /* the last one wins, as a dict */
        }
        line = end ? end + 1 : NULL;
    }
    return found;
}

/* The file's text; NULL with *nomem set when memory ran out. */
static char *read_small_file(const char *path, size_t max, bool *nomem)
{
    *nomem = false;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < max)
        awsc__buf_append(&b, chunk, n);
    fclose(fp);
    awsc__buf_append(&b, "", 0);
    if (b.failed) {
        awsc__buf_clean_up(&b);
        *nomem = true;
        return NULL;
    }
    return awsc__buf_steal(&b);
}

static void ec2_file_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    (void)p;
    const char *name = getenv("AWS_CREDENTIAL_FILE");
    if (!name) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "AWS_CREDENTIAL_FILE (not set)");
        return;
    }
    struct awsc_arena *a = awsc__arena_new();
    char *path = a ? awsc__expand_path(a, name) : NULL;
    if (!path) {
        awsc__arena_destroy(a);
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    bool nomem;
    char *text = read_small_file(path, 1024 * 1024, &nomem);
    if (!text && nomem) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        awsc__arena_destroy(a);
        return;
    }
    if (!text) {
        awsc__fetch_fail(f, AWSC_E_CONFIG,
                         "The specified config file (%s) could not be found (AWS_CREDENTIAL_FILE)",
                         path);
        awsc__arena_destroy(a);
        return;
    }
    const char *key = key_val(a, text, "AWSAccessKeyId");
    const char *secret = key_val(a, text, "AWSSecretKey");
    awsc__free(text);
    if (!key)
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "AWS_CREDENTIAL_FILE %s (no AWSAccessKeyId)", path);
    else if (!secret)
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Partial credentials found in ec2-credentials-file, missing: "
                         "AWSSecretKey (AWS_CREDENTIAL_FILE %s)",
                         path);
    else
        answer(f, "ec2-credentials-file", key, secret, NULL, NULL, 0);
    awsc__arena_destroy(a);
}

static const struct awsc__provider_ops EC2_FILE_OPS = {
    .method = "ec2-credentials-file", .fetch = ec2_file_fetch, .destroy = NULL};

int awsc__ec2_file_provider_new(struct awsc__provider **out)
{
    return awsc__provider_new(&EC2_FILE_OPS, NULL, AWSC__PROVIDER_CREDENTIALS, 0, out);
}

#if AWSC_WITH_SHARED_CONFIG /* else left_out.c's: no INI reader */
/* ------------------------------------------------------ boto's config */

/* BOTO_CONFIG, else /etc/boto.cfg then ~/.boto: the first with
 * [Credentials] aws_access_key_id. */
static void boto_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    (void)p;
    const char *env = getenv("BOTO_CONFIG");
    const char *defaults[] = {"/etc/boto.cfg", "~/.boto"};
    const char *only[] = {env};
    const char *const *names = env ? only : defaults;
    size_t count = env ? 1 : 2;
    struct awsc_arena *a = awsc__arena_new();
    if (!a) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    for (size_t i = 0; i < count; i++) {
        const char *path = awsc__expand_path(a, names[i]);
        if (!path) {
            awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
            awsc__arena_destroy(a);
            return;
        }
        struct awsc__ini ini;
        memset(&ini, 0, sizeof ini);
        struct awsc_error err = AWSC_ERROR_INIT;
        if (awsc__ini_load(a, path, &ini, &err) != AWSC_OK) {
            awsc__fetch_fail(f, err.status, "%s", err.message);
            awsc_error_clean_up(&err);
            awsc__arena_destroy(a);
            return;
        }
        const struct awsc__ini_section *s = awsc__ini_section(&ini, "Credentials");
        const struct awsc__ini_entry *k = s ? awsc__ini_get(&ini, s, "aws_access_key_id") : NULL;
        if (!k)
            continue;
        const struct awsc__ini_entry *sec = awsc__ini_get(&ini, s, "aws_secret_access_key");
        if (!sec)
            awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                             "Partial credentials found in boto-config, missing: "
                             "aws_secret_access_key (%s)",
                             path);
        else
            answer(f, "boto-config", k->value, sec->value, NULL, NULL, 0);
        awsc__arena_destroy(a);
        return;
    }
    awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "boto config %s (no [Credentials] aws_access_key_id)",
                     env ? env : "/etc/boto.cfg, ~/.boto");
    awsc__arena_destroy(a);
}

static const struct awsc__provider_ops BOTO_OPS = {
    .method = "boto-config", .fetch = boto_fetch, .destroy = NULL};

int awsc__boto_provider_new(struct awsc__provider **out)
{
    return awsc__provider_new(&BOTO_OPS, NULL, AWSC__PROVIDER_CREDENTIALS, 0, out);
}
#endif
