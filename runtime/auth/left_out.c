/*
 * What a build leaves out (see <awsc/build_config.h>): the signers
 * (-Dsigv4a=false, -Dsigv2=false), whose entry points fail the call with
 * AWSC_E_UNSUPPORTED and say which option would have built them, and the
 * credential providers (-Dcredential_providers).
 *
 * A left-out credential provider keeps its constructor, which makes a
 * stand-in: where the real one would find nothing (the profile has no
 * credential_process, ...) the stand-in finds nothing too, with the same
 * words, and the chain goes on; where the profile or the environment asks
 * for it, the stand-in fails with AWSC_E_UNSUPPORTED naming the setting
 * and the option. Going on to the next provider there would sign with
 * credentials the user did not choose. The instance metadata service's
 * stand-in always finds nothing: botocore's chain ends with it, so nothing
 * configures it into use.
 *
 * Without the shared files (-Dshared_config=false) there is no profile:
 * loading the "shared config" gives an empty one, unless a profile or a
 * file is named, which is refused; the providers only the files configure
 * are refused by name (awsc_credentials_provider_builtin,
 * awsc_token_provider_sso), and boto's config, another INI file, has a
 * stand-in that refuses BOTO_CONFIG.
 */
#include "auth.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#if !AWSC_WITH_SIGV4A
int awsc__sigv4a_derive(const char *access_key_id, const char *secret, uint8_t priv[32],
                        uint8_t pub[65], struct awsc_error *err)
{
    (void)access_key_id, (void)secret, (void)priv, (void)pub;
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "this request must be signed with SigV4a, which this build of awsc "
                      "leaves out (-Dsigv4a=false)");
}

int awsc__sigv4a_sign_digest(const uint8_t priv[32], const uint8_t digest[32], char *hex,
                             struct awsc_error *err)
{
    (void)priv, (void)digest, (void)hex;
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "this request must be signed with SigV4a, which this build of awsc "
                      "leaves out (-Dsigv4a=false)");
}
#endif

#if !AWSC_WITH_SIGV2
int awsc__sigv2_sign_form(const char *method, const char *url, const struct awsc_credentials *creds,
                          struct awsc_timestamp t, const struct awsc_buf *form,
                          struct awsc_buf *out, struct awsc_error *err)
{
    (void)method, (void)url, (void)creds, (void)t, (void)form, (void)out;
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "this service signs with Signature Version 2, which this build of awsc "
                      "leaves out (-Dsigv2=false)");
}
#endif

/* ------------------------------------------------ credential providers */

/* The option's choice for a botocore method, NULL when it is built. */
static const char *left_out_choice(const char *method)
{
    static const struct {
        const char *method;
        bool built;
        const char *choice;
    } table[] = {
        {"custom-process", AWSC_WITH_PROCESS_CREDENTIALS, "process"},
        {"sso", AWSC_WITH_SSO, "sso"},
        {"assume-role", AWSC_WITH_ASSUME_ROLE, "assume_role"},
        {"assume-role-with-web-identity", AWSC_WITH_ASSUME_ROLE, "assume_role"},
        {"container-role", AWSC_WITH_CONTAINER_CREDENTIALS, "container"},
        {"iam-role", AWSC_WITH_IMDS, "imds"},
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(table); i++)
        if (strcmp(method, table[i].method) == 0)
            return table[i].built ? NULL : table[i].choice;
    return NULL;
}

int awsc__provider_needs_files(const char *method, struct awsc_error *err)
{
#if AWSC_WITH_SHARED_CONFIG
    (void)method, (void)err;
#else
    /* the methods only the shared files (or boto's INI file) configure */
    static const char *const files_only[] = {
        "assume-role",    "sso",         "shared-credentials-file",
        "custom-process", "config-file", "boto-config"};
    for (size_t i = 0; i < AWSC_ARRAY_LEN(files_only); i++)
        if (strcmp(method, files_only[i]) == 0)
            return awsc__fail(err, AWSC_E_UNSUPPORTED,
                              "the credentials provider \"%s\" is configured only in files, "
                              "and " AWSC__NO_SHARED_CONFIG,
                              method);
#endif
    return AWSC_OK;
}

int awsc__provider_left_out(const char *method, struct awsc_error *err)
{
    const char *choice = left_out_choice(method);
    if (!choice)
        return AWSC_OK;
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "the credentials provider \"%s\" is left out of this build of awsc "
                      "(-Dcredential_providers without %s)",
                      method, choice);
}

#if !(AWSC_WITH_PROCESS_CREDENTIALS && AWSC_WITH_SSO && AWSC_WITH_ASSUME_ROLE && \
      AWSC_WITH_CONTAINER_CREDENTIALS && AWSC_WITH_IMDS)

enum stand_in_kind { PROCESS, SSO, SSO_TOKEN, ROLE, WEB_IDENTITY, CONTAINER, IMDS };

struct stand_in {
    enum stand_in_kind kind;
    struct awsc__creds_env *env; /* NULL for the kinds that read no profile */
    char *profile;               /* NULL: the env's */
    bool disable_env;            /* web identity: botocore's disable_env_vars */
};

static void stand_in_destroy(void *impl)
{
    struct stand_in *s = impl;
    if (!s)
        return;
    awsc__creds_env_release(s->env);
    awsc__free(s->profile);
    awsc__free(s);
}

/* The answer, on the real provider's terms: when it would find nothing,
 * nothing (its words); when it would act, AWSC_E_UNSUPPORTED. */
static void stand_in_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct stand_in *s = awsc__provider_impl(p);
    const struct awsc__shared_config *cfg = s->env ? s->env->cfg : NULL;
    const char *profile = s->profile ? s->profile : cfg ? awsc__shared_config_profile(cfg) : NULL;
    const char *v;
    switch (s->kind) {
    case PROCESS:
        if (!awsc__profile_get(cfg, profile, "credential_process"))
            awsc__fetch_fail(f, AWSC_E_NOT_FOUND,
                             "custom-process (profile %s has no credential_process)", profile);
        else
            awsc__fetch_fail(f, AWSC_E_UNSUPPORTED,
                             "profile \"%s\" uses credential_process" AWSC__LEFT_OUT("process"),
                             profile);
        return;
    case SSO:
        /* either key makes botocore's SSOProvider act */
        v = awsc__profile_get(cfg, profile, "sso_role_name") ? "sso_role_name" : "sso_account_id";
        if (!awsc__profile_get(cfg, profile, v))
            awsc__fetch_fail(f, AWSC_E_NOT_FOUND,
                             "sso (profile %s has no sso_role_name or sso_account_id)", profile);
        else
            awsc__fetch_fail(f, AWSC_E_UNSUPPORTED,
                             "profile \"%s\" uses %s (SSO credentials)" AWSC__LEFT_OUT("sso"),
                             profile, v);
        return;
    case SSO_TOKEN:
        if (!awsc__profile_get(cfg, profile, "sso_session"))
            awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "sso (profile %s has no sso_session)", profile);
        else
            awsc__fetch_fail(f, AWSC_E_UNSUPPORTED,
                             "profile \"%s\" uses sso_session for its bearer token "
                             "(SSO)" AWSC__LEFT_OUT("sso"),
                             profile);
        return;
    case ROLE:
        /* botocore's _has_assume_role_config_vars */
        if (!awsc__profile_get(cfg, profile, "role_arn") ||
            awsc__profile_get(cfg, profile, "web_identity_token_file"))
            awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "assume-role (profile %s has no role_arn)",
                             profile);
        else
            awsc__fetch_fail(
                f, AWSC_E_UNSUPPORTED,
                "profile \"%s\" uses role_arn (AssumeRole)" AWSC__LEFT_OUT("assume_role"), profile);
        return;
    case WEB_IDENTITY:
        /* the environment's setting, unless disabled, else the profile's */
        if ((v = s->disable_env ? NULL : getenv("AWS_WEB_IDENTITY_TOKEN_FILE"))) {
            if (*v) {
                awsc__fetch_fail(
                    f, AWSC_E_UNSUPPORTED,
                    "AWS_WEB_IDENTITY_TOKEN_FILE is set (AssumeRoleWithWebIdentity)" AWSC__LEFT_OUT(
                        "assume_role"));
                return;
            }
        } else if ((v = awsc__profile_get(cfg, profile, "web_identity_token_file")) && *v) {
            awsc__fetch_fail(f, AWSC_E_UNSUPPORTED,
                             "profile \"%s\" uses web_identity_token_file "
                             "(AssumeRoleWithWebIdentity)" AWSC__LEFT_OUT("assume_role"),
                             profile);
            return;
        }
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND,
                         "assume-role-with-web-identity (AWS_WEB_IDENTITY_TOKEN_FILE and "
                         "web_identity_token_file of profile %s not set)",
                         profile);
        return;
    case CONTAINER:
        v = getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
                ? "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"
            : getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") ? "AWS_CONTAINER_CREDENTIALS_FULL_URI"
                                                           : NULL;
        if (!v)
            awsc__fetch_fail(f, AWSC_E_NOT_FOUND,
                             "container-role (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and "
                             "AWS_CONTAINER_CREDENTIALS_FULL_URI not set)");
        else
            awsc__fetch_fail(f, AWSC_E_UNSUPPORTED,
                             "%s is set (container credentials)" AWSC__LEFT_OUT("container"), v);
        return;
    case IMDS:
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND,
                         "iam-role (the instance metadata service is left out of this build of "
                         "awsc: -Dcredential_providers without imds)");
        return;
    }
}

static const struct awsc__provider_ops STAND_IN_OPS[] = {
    [PROCESS] = {.method = "custom-process", .fetch = stand_in_fetch, .destroy = stand_in_destroy},
    [SSO] = {.method = "sso", .fetch = stand_in_fetch, .destroy = stand_in_destroy},
    [SSO_TOKEN] = {.method = "sso", .fetch = stand_in_fetch, .destroy = stand_in_destroy},
    [ROLE] = {.method = "assume-role", .fetch = stand_in_fetch, .destroy = stand_in_destroy},
    [WEB_IDENTITY] = {.method = "assume-role-with-web-identity",
                      .fetch = stand_in_fetch,
                      .destroy = stand_in_destroy},
    [CONTAINER] = {.method = "container-role",
                   .fetch = stand_in_fetch,
                   .destroy = stand_in_destroy},
    [IMDS] = {.method = "iam-role", .fetch = stand_in_fetch, .destroy = stand_in_destroy},
};

static int stand_in_new(enum stand_in_kind kind, struct awsc__creds_env *env, const char *profile,
                        bool disable_env, struct awsc__provider **out)
{
    *out = NULL;
    struct stand_in *s = awsc__calloc(1, sizeof *s);
    if (!s)
        return AWSC_E_NOMEM;
    if (profile && !(s->profile = awsc__strdup(profile))) {
        awsc__free(s);
        return AWSC_E_NOMEM;
    }
    s->kind = kind;
    s->disable_env = disable_env;
    awsc__creds_env_retain(env);
    s->env = env;
    return awsc__provider_new(&STAND_IN_OPS[kind], s,
                              kind == SSO_TOKEN ? AWSC__PROVIDER_TOKEN : AWSC__PROVIDER_CREDENTIALS,
                              0, out);
}
#endif

#if !AWSC_WITH_PROCESS_CREDENTIALS
int awsc__process_provider_new(struct awsc__creds_env *env, const char *profile,
                               struct awsc__provider **out)
{
    return stand_in_new(PROCESS, env, profile, false, out);
}
#endif

#if !AWSC_WITH_SSO
int awsc__sso_provider_new(struct awsc__creds_env *env, const char *profile,
                           struct awsc__provider **out)
{
    return stand_in_new(SSO, env, profile, false, out);
}

/* Every client has one (for bearer-token operations): it must be made. */
int awsc__sso_token_provider_new(struct awsc__creds_env *env, const char *profile,
                                 struct awsc__provider **out)
{
    return stand_in_new(SSO_TOKEN, env, profile, false, out);
}

int awsc_token_provider_sso(const struct awsc_credentials_options *options,
                            struct awsc_token_provider **out, struct awsc_error *err)
{
    (void)options;
    if (out)
        *out = NULL;
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "awsc_token_provider_sso: SSO is left out of this build of awsc "
                      "(-Dcredential_providers without sso)");
}
#endif

#if !AWSC_WITH_ASSUME_ROLE
int awsc__assume_role_provider_new(struct awsc__creds_env *env, const char *profile,
                                   struct awsc__provider **out)
{
    return stand_in_new(ROLE, env, profile, false, out);
}

int awsc__web_identity_provider_new(struct awsc__creds_env *env, const char *profile,
                                    bool disable_env, struct awsc__provider **out)
{
    return stand_in_new(WEB_IDENTITY, env, profile, disable_env, out);
}
#endif

#if !AWSC_WITH_CONTAINER_CREDENTIALS
int awsc__container_provider_new(struct awsc__provider **out)
{
    return stand_in_new(CONTAINER, NULL, NULL, false, out);
}
#endif

#if !AWSC_WITH_IMDS
int awsc__imds_provider_new(struct awsc__creds_env *env, struct awsc__provider **out)
{
    (void)env; /* it reads no setting */
    return stand_in_new(IMDS, NULL, NULL, false, out);
}

/* No instance to ask: no region, as when IMDS gives none. */
int awsc__imds_region(const struct awsc__shared_config *cfg, const char *ca_bundle, char **out,
                      struct awsc_error *err)
{
    (void)cfg, (void)ca_bundle, (void)err;
    *out = NULL;
    return AWSC_OK;
}
#endif

/* ------------------------------------------------- the shared files */

#if !AWSC_WITH_SHARED_CONFIG
/* One empty config serves every client: the lookups (auth.h) answer
 * nothing and retain and destroy do nothing. */
struct awsc__shared_config {
    char empty;
};
static struct awsc__shared_config no_files;

int awsc__shared_config_load(const struct awsc__shared_config_options *options,
                             struct awsc__shared_config **out, struct awsc_error *err)
{
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "no place for the shared config");
    *out = NULL;
    /* a profile named (as botocore picks it) is one the user asks for */
    const char *profile = NULL, *by = NULL;
    if (options && options->profile && *options->profile)
        profile = options->profile, by = "the configuration's profile";
    else if ((profile = awsc__getenv_set("AWS_DEFAULT_PROFILE")))
        by = "AWS_DEFAULT_PROFILE";
    else if ((profile = awsc__getenv_set("AWS_PROFILE")))
        by = "AWS_PROFILE";
    if (profile)
        return awsc__fail(err, AWSC_E_UNSUPPORTED,
                          "the profile \"%s\" is named (%s), but " AWSC__NO_SHARED_CONFIG, profile,
                          by);
    /* AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE are ignored, as is
     * ~/.aws; a file named in the options is asked for */
    const char *file =
        options ? options->config_file ? options->config_file : options->credentials_file : NULL;
    if (file)
        return awsc__fail(err, AWSC_E_UNSUPPORTED,
                          "the file \"%s\" is named, but " AWSC__NO_SHARED_CONFIG, file);
    *out = &no_files;
    return AWSC_OK;
}

/* boto's config: a file BOTO_CONFIG names is one the user asks for (where
 * it is no file the real provider finds nothing either); /etc/boto.cfg
 * and ~/.boto are not looked at. */
static void boto_stand_in_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    (void)p;
    const char *v = awsc__getenv_set("BOTO_CONFIG");
    struct stat st;
    if (v && stat(v, &st) == 0 && S_ISREG(st.st_mode))
        awsc__fetch_fail(f, AWSC_E_UNSUPPORTED,
                         "BOTO_CONFIG names a file (%s), but " AWSC__NO_SHARED_CONFIG, v);
    else
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND,
                         "boto config (%s%s; /etc/boto.cfg and ~/.boto are not read: "
                         "-Dshared_config=false)",
                         v ? v : "BOTO_CONFIG not set", v ? ": not a file" : "");
}

static const struct awsc__provider_ops BOTO_STAND_IN_OPS = {
    .method = "boto-config", .fetch = boto_stand_in_fetch, .destroy = NULL};

int awsc__boto_provider_new(struct awsc__provider **out)
{
    return awsc__provider_new(&BOTO_STAND_IN_OPS, NULL, AWSC__PROVIDER_CREDENTIALS, 0, out);
}

#if AWSC_WITH_SSO /* else the one above */
/* The SSO token comes from a profile's sso_session only. */
int awsc_token_provider_sso(const struct awsc_credentials_options *options,
                            struct awsc_token_provider **out, struct awsc_error *err)
{
    (void)options;
    if (out)
        *out = NULL;
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "awsc_token_provider_sso: the SSO token is configured only in the shared "
                      "config file, and " AWSC__NO_SHARED_CONFIG);
}
#endif
#endif
