/*
 * botocore's default chain (create_credential_resolver and
 * ProfileProviderBuilder), what its providers share (the shared files and
 * profile, the STS region, the MFA callback), and the public constructors
 * of <awsc/credentials.h> for them.
 *
 * The order is botocore 1.29.27's:
 *
 *   env                            AWS_ACCESS_KEY_ID, ...
 *   assume-role                    role_arn with source_profile / credential_source
 *   assume-role-with-web-identity  AWS_WEB_IDENTITY_TOKEN_FILE / web_identity_token_file
 *   sso                            sso_account_id, sso_role_name, ...
 *   shared-credentials-file        ~/.aws/credentials
 *   custom-process                 credential_process
 *   config-file                    ~/.aws/config
 *   ec2-credentials-file           AWS_CREDENTIAL_FILE
 *   boto-config                    BOTO_CONFIG, /etc/boto.cfg, ~/.boto
 *   container-role                 AWS_CONTAINER_CREDENTIALS_*
 *   iam-role                       the instance metadata service
 *
 * A profile named explicitly (awsc_config.profile,
 * awsc_credentials_options.profile) leaves env out and turns off web
 * identity's environment variables, as botocore does for a session's
 * profile.
 *
 * A provider -Dcredential_providers leaves out is in the chain all the
 * same, as a stand-in (left_out.c) that finds nothing unless the profile or
 * the environment asks for the provider, which it refuses.
 *
 * With -Dshared_config=false there is no profile: the chain is env,
 * assume-role-with-web-identity (its environment variables),
 * ec2-credentials-file, boto-config (a stand-in that refuses BOTO_CONFIG),
 * container-role and iam-role; the providers that only the files
 * configure are skipped.
 */
#include "auth.h"

#include <stdatomic.h>
#include <string.h>

/* ------------------------------------------------------------- the env */

static int env_alloc(struct awsc__shared_config *cfg, const char *region, awsc_mfa_fn *mfa,
                     void *mfa_ud, struct awsc__creds_env **out)
{
    *out = NULL;
    struct awsc__creds_env *e = awsc__calloc(1, sizeof *e);
    if (!e)
        return AWSC_E_NOMEM;
    if (region && !(e->region = awsc__strdup(region))) {
        awsc__free(e);
        return AWSC_E_NOMEM;
    }
    atomic_init(&e->refs, 1);
    awsc__shared_config_retain(cfg);
    e->cfg = cfg;
    e->mfa = mfa;
    e->mfa_ud = mfa_ud;
    *out = e;
    return AWSC_OK;
}

int awsc__creds_env_from(struct awsc__shared_config *cfg, const char *region, awsc_mfa_fn *mfa,
                         void *mfa_ud, struct awsc__creds_env **out)
{
    return env_alloc(cfg, region, mfa, mfa_ud, out);
}

int awsc__creds_env_new(const struct awsc_credentials_options *o, struct awsc__creds_env **out,
                        struct awsc_error *err)
{
    static const struct awsc_credentials_options none = {0};
    if (!o)
        o = &none;
    *out = NULL;
    struct awsc__shared_config_options so = {o->profile, o->config_file, o->credentials_file, false};
    struct awsc__shared_config *cfg = NULL;
    int rc = awsc__shared_config_load(&so, &cfg, err);
    char *region = NULL;
    if (rc == AWSC_OK)
        rc = awsc__config_resolve_region(cfg, o->region, &region, err);
    if (rc == AWSC_OK && env_alloc(cfg, region, o->mfa, o->mfa_user_data, out) != AWSC_OK)
        rc = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    awsc__free(region);
    awsc__shared_config_destroy(cfg);
    return rc;
}

void awsc__creds_env_retain(struct awsc__creds_env *e)
{
    if (e)
        atomic_fetch_add(&e->refs, 1);
}

void awsc__creds_env_release(struct awsc__creds_env *e)
{
    if (!e || atomic_fetch_sub(&e->refs, 1) != 1)
        return;
    awsc__shared_config_destroy(e->cfg);
    awsc__free(e->region);
    awsc__free(e);
}

/* ------------------------------------------------------------ the chains */

static bool explicit_profile(const struct awsc__creds_env *env)
{
    return awsc__shared_config_profile_source(env->cfg) == AWSC__PROFILE_EXPLICIT;
}

/* Make the providers in order; the chain holds them. */
static int chain_of(struct awsc__provider **members, size_t n, int status, bool nested,
                    struct awsc__provider **out)
{
    if (status == AWSC_OK)
        status = awsc__chain_new(members, n, nested, out);
    for (size_t i = 0; i < n; i++)
        awsc__provider_release(members[i]);
    return status;
}

int awsc__profile_chain_new(struct awsc__creds_env *env, const char *profile, bool disable_env,
                            struct awsc__provider **out)
{
    *out = NULL;
    struct awsc__provider *m[5] = {NULL, NULL, NULL, NULL, NULL};
    int rc = awsc__web_identity_provider_new(env, profile, disable_env, &m[0]);
#if AWSC_WITH_SHARED_CONFIG /* else only the web identity's environment */
    if (rc == AWSC_OK)
        rc = awsc__sso_provider_new(env, profile, &m[1]);
    if (rc == AWSC_OK)
        rc = awsc__file_provider_new(env, profile, AWSC__FILE_CREDENTIALS, &m[2]);
    if (rc == AWSC_OK)
        rc = awsc__process_provider_new(env, profile, &m[3]);
    if (rc == AWSC_OK)
        rc = awsc__file_provider_new(env, profile, AWSC__FILE_CONFIG, &m[4]);
    return chain_of(m, 5, rc, true, out);
#else
    return chain_of(m, 1, rc, true, out);
#endif
}

int awsc__default_chain_new(struct awsc__creds_env *env, struct awsc__provider **out)
{
    *out = NULL;
    bool explicit = explicit_profile(env);
    struct awsc__provider *m[11];
    size_t n = 0;
    int rc = AWSC_OK;
    if (!explicit)
        rc = awsc__env_provider_new(&m[n++]);
#if AWSC_WITH_SHARED_CONFIG
    if (rc == AWSC_OK)
        rc = awsc__assume_role_provider_new(env, NULL, &m[n++]);
#endif
    if (rc == AWSC_OK)
        rc = awsc__web_identity_provider_new(env, NULL, explicit, &m[n++]);
#if AWSC_WITH_SHARED_CONFIG /* the providers only the files configure */
    if (rc == AWSC_OK)
        rc = awsc__sso_provider_new(env, NULL, &m[n++]);
    if (rc == AWSC_OK)
        rc = awsc__file_provider_new(env, NULL, AWSC__FILE_CREDENTIALS, &m[n++]);
    if (rc == AWSC_OK)
        rc = awsc__process_provider_new(env, NULL, &m[n++]);
    if (rc == AWSC_OK)
        rc = awsc__file_provider_new(env, NULL, AWSC__FILE_CONFIG, &m[n++]);
#endif
    if (rc == AWSC_OK)
        rc = awsc__ec2_file_provider_new(&m[n++]);
    if (rc == AWSC_OK)
        rc = awsc__boto_provider_new(&m[n++]);
    if (rc == AWSC_OK)
        rc = awsc__container_provider_new(&m[n++]);
    if (rc == AWSC_OK)
        rc = awsc__imds_provider_new(env, &m[n++]);
    return chain_of(m, n, rc, false, out);
}

/* ------------------------------------------------------------ public API */

int awsc_credentials_default_chain(const struct awsc_credentials_options *options,
                                   struct awsc_credentials_provider **out, struct awsc_error *err)
{
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_credentials_default_chain: out is NULL");
    *out = NULL;
    struct awsc__creds_env *env = NULL;
    int rc = awsc__creds_env_new(options, &env, err);
    if (rc != AWSC_OK)
        return rc;
    struct awsc__provider *p = NULL;
    rc = awsc__default_chain_new(env, &p);
    awsc__creds_env_release(env);
    if (rc != AWSC_OK)
        return awsc__fail(err, rc, "%s", awsc_strerror(rc));
    *out = AWSC__CREDS_PUB(p);
    return AWSC_OK;
}

int awsc_credentials_provider_builtin(const char *method,
                                      const struct awsc_credentials_options *options,
                                      struct awsc_credentials_provider **out,
                                      struct awsc_error *err)
{
    if (!out || !method)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_credentials_provider_builtin: method and out are required");
    *out = NULL;
    static const char *const methods[] = {"env",
                                          "assume-role",
                                          "assume-role-with-web-identity",
                                          "sso",
                                          "shared-credentials-file",
                                          "custom-process",
                                          "config-file",
                                          "ec2-credentials-file",
                                          "boto-config",
                                          "container-role",
                                          "iam-role"};
    size_t which = AWSC_ARRAY_LEN(methods);
    for (size_t i = 0; i < AWSC_ARRAY_LEN(methods); i++)
        if (strcmp(method, methods[i]) == 0)
            which = i;
    if (which == AWSC_ARRAY_LEN(methods))
        return awsc__fail(err, AWSC_E_NOT_FOUND, "no credentials provider is named \"%s\"", method);
    /* one -Dcredential_providers leaves out: its stand-in would serve the
     * default chain, but asked for by name it is an error */
    int rc = awsc__provider_left_out(method, err);
    if (rc == AWSC_OK) /* one only the files configure, without them */
        rc = awsc__provider_needs_files(method, err);
    if (rc != AWSC_OK)
        return rc;
    struct awsc__creds_env *env = NULL;
    rc = awsc__creds_env_new(options, &env, err);
    if (rc != AWSC_OK)
        return rc;
    struct awsc__provider *p = NULL;
    switch (which) {
    case 0:
        rc = awsc__env_provider_new(&p);
        break;
#if AWSC_WITH_SHARED_CONFIG /* else refused above */
    case 1:
        rc = awsc__assume_role_provider_new(env, NULL, &p);
        break;
    case 3:
        rc = awsc__sso_provider_new(env, NULL, &p);
        break;
    case 4:
        rc = awsc__file_provider_new(env, NULL, AWSC__FILE_CREDENTIALS, &p);
        break;
    case 5:
        rc = awsc__process_provider_new(env, NULL, &p);
        break;
    case 6:
        rc = awsc__file_provider_new(env, NULL, AWSC__FILE_CONFIG, &p);
        break;
#endif
    case 2:
        rc = awsc__web_identity_provider_new(env, NULL, explicit_profile(env), &p);
        break;
    case 7:
        rc = awsc__ec2_file_provider_new(&p);
        break;
    case 8:
        rc = awsc__boto_provider_new(&p);
        break;
    case 9:
        rc = awsc__container_provider_new(&p);
        break;
    default:
        rc = awsc__imds_provider_new(env, &p);
        break;
    }
    awsc__creds_env_release(env);
    if (rc != AWSC_OK)
        return awsc__fail(err, rc, "%s", awsc_strerror(rc));
    *out = AWSC__CREDS_PUB(p);
    return AWSC_OK;
}

#if AWSC_WITH_SSO && AWSC_WITH_SHARED_CONFIG /* else left_out.c's */
int awsc_token_provider_sso(const struct awsc_credentials_options *options,
                            struct awsc_token_provider **out, struct awsc_error *err)
{
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_token_provider_sso: out is NULL");
    *out = NULL;
    struct awsc__creds_env *env = NULL;
    int rc = awsc__creds_env_new(options, &env, err);
    if (rc != AWSC_OK)
        return rc;
    struct awsc__provider *p = NULL;
    rc = awsc__sso_token_provider_new(env, NULL, &p);
    awsc__creds_env_release(env);
    if (rc != AWSC_OK)
        return awsc__fail(err, rc, "%s", awsc_strerror(rc));
    *out = AWSC__TOKEN_PUB(p);
    return AWSC_OK;
}
#endif
