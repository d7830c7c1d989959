/*
 * The credentials provider chain: explicit credentials, the environment,
 * the shared credentials file and the shared config file, in botocore's
 * order and with botocore's error messages. Each carries the account id
 * botocore's Credentials do: AWS_ACCOUNT_ID, the profile's aws_account_id.
 */
#include "auth.h"

#include <openssl/crypto.h>
#include <stdlib.h>
#include <string.h>

static void wipe_free(char *s)
{
    if (s) {
        OPENSSL_cleanse(s, strlen(s));
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
    awsc__free(c->account_id);
    memset(c, 0, sizeof *c);
}

struct awsc_credentials awsc__credentials_view(const struct awsc__credentials *c)
{
    struct awsc_credentials v = {c->access_key_id, c->secret_access_key, c->session_token};
    return v;
}

static int set(struct awsc__credentials *out, const char *source, const char *key,
               const char *secret, const char *token, const char *account_id,
               struct awsc_error *err)
{
    out->access_key_id = awsc__strdup(key);
    out->secret_access_key = awsc__strdup(secret);
    out->session_token = token ? awsc__strdup(token) : NULL;
    out->account_id = account_id ? awsc__strdup(account_id) : NULL;
    out->source = source;
    if (!out->access_key_id || !out->secret_access_key || (token && !out->session_token) ||
        (account_id && !out->account_id)) {
        awsc__credentials_clean_up(out);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    return AWSC_OK;
}

static const char *env_value(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

/* botocore's EnvProvider. Returns 1 when found, 0 when not, or an error. */
static int from_env(struct awsc__credentials *out, struct awsc_error *err)
{
    const char *key = env_value("AWS_ACCESS_KEY_ID");
    if (!key)
        return 0;
    const char *secret = env_value("AWS_SECRET_ACCESS_KEY");
    if (!secret)
        return awsc__fail(err, AWSC_E_CREDENTIALS,
                          "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY");
    const char *token = env_value("AWS_SECURITY_TOKEN");
    if (!token)
        token = env_value("AWS_SESSION_TOKEN");
    int rc = set(out, "env", key, secret, token, env_value("AWS_ACCOUNT_ID"), err);
    return rc == AWSC_OK ? 1 : rc;
}

/* botocore's SharedCredentialProvider and ConfigProvider: the profile's
 * keys in one file. A key id is what makes a profile count; a key id
 * without a secret is an error. Values are used as written, empty ones
 * included, as botocore does. */
static int from_file(const struct awsc__shared_config *cfg, enum awsc__shared_file which,
                     struct awsc__credentials *out, struct awsc_buf *tried, struct awsc_error *err)
{
    const char *method = which == AWSC__FILE_CONFIG ? "config-file" : "shared-credentials-file";
    const char *path = which == AWSC__FILE_CONFIG ? awsc__shared_config_path(cfg)
                                                  : awsc__shared_credentials_path(cfg);
    const char *what =
        which == AWSC__FILE_CONFIG ? "shared config file" : "shared credentials file";
    const char *profile = awsc__shared_config_profile(cfg);

    if (!awsc__shared_file_present(cfg, which)) {
        awsc__buf_printf(tried, "; %s %s (not found)", what, path);
        return 0;
    }
    const char *key = NULL;
    if (!awsc__profile_file_get(cfg, which, NULL, "aws_access_key_id", &key)) {
        awsc__buf_printf(tried, "; %s %s (no profile %s)", what, path, profile);
        return 0;
    }
    if (!key) {
        awsc__buf_printf(tried, "; %s %s (profile %s has no aws_access_key_id)", what, path,
                         profile);
        return 0;
    }
    const char *secret = NULL, *token = NULL;
    awsc__profile_file_get(cfg, which, NULL, "aws_secret_access_key", &secret);
    if (!secret)
        return awsc__fail(err, AWSC_E_CREDENTIALS,
                          "Partial credentials found in %s, missing: aws_secret_access_key "
                          "(profile %s in %s)",
                          method, profile, path);
    awsc__profile_file_get(cfg, which, NULL, "aws_security_token", &token);
    if (!token)
        awsc__profile_file_get(cfg, which, NULL, "aws_session_token", &token);
    const char *account_id = NULL;
    awsc__profile_file_get(cfg, which, NULL, "aws_account_id", &account_id);
    int rc = set(out, method, key, secret, token, account_id, err);
    return rc == AWSC_OK ? 1 : rc;
}

int awsc__credentials_resolve(const struct awsc_credentials *explicit_creds,
                              const struct awsc__shared_config *cfg, struct awsc__credentials *out,
                              struct awsc_error *err)
{
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "no place for the credentials");
    memset(out, 0, sizeof *out);

    /* 1. explicit (botocore's create_client arguments) */
    if (explicit_creds) {
        const char *key = explicit_creds->access_key_id;
        const char *secret = explicit_creds->secret_access_key;
        if (key && secret)
            return set(out, "explicit", key, secret, explicit_creds->session_token, NULL, err);
        if (key || secret)
            return awsc__fail(err, AWSC_E_CREDENTIALS,
                              "Partial credentials found in explicit, missing: %s",
                              key ? "aws_secret_access_key" : "aws_access_key_id");
    }

    /* What was tried, for the message when nothing is found. */
    struct awsc_buf tried = AWSC_BUF_INIT;
    int rc = 0;

    /* 2. the environment, unless the client named its profile */
    if (cfg && awsc__shared_config_profile_source(cfg) == AWSC__PROFILE_EXPLICIT) {
        awsc__buf_printf(&tried, "environment variables (skipped: profile %s was set explicitly)",
                         awsc__shared_config_profile(cfg));
    } else {
        rc = from_env(out, err);
        awsc__buf_puts(&tried, "environment variables (AWS_ACCESS_KEY_ID not set)");
    }

    /* 3. and 4. the shared files */
    if (rc == 0 && cfg)
        rc = from_file(cfg, AWSC__FILE_CREDENTIALS, out, &tried, err);
    if (rc == 0 && cfg)
        rc = from_file(cfg, AWSC__FILE_CONFIG, out, &tried, err);

    if (rc == 0) {
        if (!cfg)
            awsc__buf_puts(&tried, "; no shared config files were loaded");
        rc = tried.failed ? awsc__fail(err, AWSC_E_CREDENTIALS, "Unable to locate credentials")
                          : awsc__fail(err, AWSC_E_CREDENTIALS,
                                       "Unable to locate credentials. Tried: %s", tried.data);
    }
    awsc__buf_clean_up(&tried);
    return rc == 1 ? AWSC_OK : rc;
}
