/*
 * The credentials provider chain: precedence (explicit, environment,
 * shared credentials file, shared config file), the environment being
 * skipped for an explicitly set profile, tokens, partial credentials, and
 * the error texts. With -Dshared_config=false the files are not read:
 * the checks that need them are skipped, saying so, and the chain finds
 * nothing past the environment.
 */
#include "auth_test.h"

static const char CONFIG[] = "[default]\n"
                             "aws_access_key_id = AKIDCONFIG\n"
                             "aws_secret_access_key = configsecret\n"
                             "aws_session_token = configtoken\n"
                             "[profile cfgonly]\n"
                             "aws_access_key_id = AKIDCFGONLY\n"
                             "aws_secret_access_key = cfgonlysecret\n"
                             "[profile both]\n"
                             "aws_access_key_id = AKIDBOTHCONFIG\n"
                             "aws_secret_access_key = bothconfigsecret\n"
                             "[profile nokeys]\n"
                             "region = us-east-1\n"
                             "[profile partialcfg]\n"
                             "aws_access_key_id = AKIDPARTIALCFG\n"
                             "[profile split]\n"
                             "aws_access_key_id = AKIDSPLIT\n"
                             "aws_secret_access_key = splitsecret\n";

static const char CREDENTIALS[] = "[default]\n"
                                  "aws_access_key_id = AKIDCREDS\n"
                                  "aws_secret_access_key = credssecret\n"
                                  "[both]\n"
                                  "aws_access_key_id = AKIDBOTHCREDS\n"
                                  "aws_secret_access_key = bothcredssecret\n"
                                  "aws_security_token = oldtoken\n"
                                  "aws_session_token = newtoken\n"
                                  "[partial]\n"
                                  "aws_access_key_id = AKIDPARTIAL\n"
                                  "[nokeys]\n"
                                  "output = json\n"
                                  "[split]\n"
                                  "output = json\n";

struct outcome {
    int rc;
    struct awsc_credentials_info creds;
    struct awsc_error err;
};

static void outcome_clean_up(struct outcome *o)
{
    awsc_credentials_info_clean_up(&o->creds);
    awsc_error_clean_up(&o->err);
}

/* The client's choice (explicit keys, else botocore's chain for profile,
 * NULL: from the environment), resolved. */
static struct outcome resolve(const struct awsc_credentials *explicit_creds, const char *profile)
{
    struct outcome o = {0, {0}, AWSC_ERROR_INIT};
    struct awsc_credentials_provider *p = NULL;
    /* a client loads its profile first: a missing one stops everything */
    struct awsc__shared_config_options so = {profile, NULL, NULL, false};
    struct awsc__shared_config *cfg = NULL;
    o.rc = awsc__shared_config_load(&so, &cfg, &o.err);
    awsc__shared_config_destroy(cfg);
    if (o.rc != AWSC_OK)
        return o;
    if (explicit_creds && (explicit_creds->access_key_id || explicit_creds->secret_access_key)) {
        o.rc = awsc_credentials_provider_static(explicit_creds, &p, &o.err);
    } else {
        struct awsc_credentials_options opts = {0};
        opts.profile = profile;
        o.rc = awsc_credentials_default_chain(&opts, &p, &o.err);
    }
    if (o.rc == AWSC_OK)
        o.rc = awsc_credentials_provider_resolve(p, &o.creds, &o.err);
    awsc_credentials_provider_release(p);
    return o;
}

static void expect(struct outcome o, const char *key, const char *secret, const char *token,
                   const char *source)
{
    if (o.rc != AWSC_OK)
        printf("  unexpected error: %s\n", o.err.message);
    CHECK(o.rc == AWSC_OK);
    CHECK_STR(o.creds.access_key_id, key);
    CHECK_STR(o.creds.secret_access_key, secret);
    CHECK_STR(o.creds.session_token, token);
    CHECK_STR(o.creds.source, source);
    outcome_clean_up(&o);
}

static void expect_error(struct outcome o, int status, const char *text)
{
    CHECK(o.rc == status);
    CHECK(o.creds.access_key_id == NULL);
    CHECK_MSG(&o.err, text);
    outcome_clean_up(&o);
}

static void set_files(bool config, bool credentials)
{
    setenv("AWS_CONFIG_FILE",
           config ? write_file("config", CONFIG, 0) : scratch_path("no-config", 0), 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE",
           credentials ? write_file("credentials", CREDENTIALS, 1) : scratch_path("no-creds", 1),
           1);
}

static void set_env_keys(void)
{
    setenv("AWS_ACCESS_KEY_ID", "AKIDENV", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "envsecret", 1);
}

static void test_precedence(void)
{
    clean_env();
    set_files(true, true);
    set_env_keys();
    struct awsc_credentials given = {"AKIDEXPLICIT", "explicitsecret", "explicittoken"};

    /* explicit > env > credentials file > config file */
    expect(resolve(&given, NULL), "AKIDEXPLICIT", "explicitsecret", "explicittoken", "explicit");
    expect(resolve(NULL, NULL), "AKIDENV", "envsecret", NULL, "env");
    unsetenv("AWS_ACCESS_KEY_ID");
    unsetenv("AWS_SECRET_ACCESS_KEY");
#if !AWSC_WITH_SHARED_CONFIG
    /* the files are there, but not read */
    expect_error(resolve(NULL, NULL), AWSC_E_CREDENTIALS, "Unable to locate credentials");
    printf("SKIP the shared files' precedence: -Dshared_config=false\n");
    return;
#endif
    expect(resolve(NULL, NULL), "AKIDCREDS", "credssecret", NULL, "shared-credentials-file");
    set_files(true, false);
    expect(resolve(NULL, NULL), "AKIDCONFIG", "configsecret", "configtoken", "config-file");

    /* an explicit struct with neither key falls through to the chain */
    struct awsc_credentials empty = {NULL, NULL, "ignored"};
    expect(resolve(&empty, NULL), "AKIDCONFIG", "configsecret", "configtoken", "config-file");
}

static void test_profiles(void)
{
#if !AWSC_WITH_SHARED_CONFIG
    printf("SKIP profiles: -Dshared_config=false (no_shared_config_test checks their refusal)\n");
    return;
#endif
    clean_env();
    set_files(true, true);

    /* AWS_PROFILE picks the profile; the env keys still win over it */
    setenv("AWS_PROFILE", "both", 1);
    expect(resolve(NULL, NULL), "AKIDBOTHCREDS", "bothcredssecret", "oldtoken",
           "shared-credentials-file");
    set_env_keys();
    expect(resolve(NULL, NULL), "AKIDENV", "envsecret", NULL, "env");

    /* an explicitly set profile skips the environment, as in botocore */
    expect(resolve(NULL, "both"), "AKIDBOTHCREDS", "bothcredssecret", "oldtoken",
           "shared-credentials-file");
    expect(resolve(NULL, "cfgonly"), "AKIDCFGONLY", "cfgonlysecret", NULL, "config-file");
    unsetenv("AWS_ACCESS_KEY_ID");
    unsetenv("AWS_SECRET_ACCESS_KEY");
    unsetenv("AWS_PROFILE");

    /* a profile in the credentials file without keys falls through to the
     * config file's profile of the same name */
    clean_env();
    set_files(true, true);
    expect(resolve(NULL, "split"), "AKIDSPLIT", "splitsecret", NULL, "config-file");
    expect_error(resolve(NULL, "nokeys"), AWSC_E_CREDENTIALS, "Unable to locate credentials");

    /* the config file's [profile X] is not read as a credentials section */
    expect(resolve(NULL, "cfgonly"), "AKIDCFGONLY", "cfgonlysecret", NULL, "config-file");
}

static void test_env_tokens(void)
{
    clean_env();
    set_files(false, false);
    set_env_keys();
    setenv("AWS_SESSION_TOKEN", "sessiontoken", 1);
    expect(resolve(NULL, NULL), "AKIDENV", "envsecret", "sessiontoken", "env");
    /* botocore reads AWS_SECURITY_TOKEN first */
    setenv("AWS_SECURITY_TOKEN", "securitytoken", 1);
    expect(resolve(NULL, NULL), "AKIDENV", "envsecret", "securitytoken", "env");
    /* an empty variable is unset */
    setenv("AWS_SECURITY_TOKEN", "", 1);
    expect(resolve(NULL, NULL), "AKIDENV", "envsecret", "sessiontoken", "env");
    setenv("AWS_ACCESS_KEY_ID", "", 1);
    expect_error(resolve(NULL, NULL), AWSC_E_CREDENTIALS, "Unable to locate credentials");
}

static void test_errors(void)
{
    clean_env();
    set_files(false, false);

    /* nothing anywhere: say what was tried */
    struct outcome o = resolve(NULL, NULL);
    CHECK(o.rc == AWSC_E_CREDENTIALS);
    CHECK_MSG(&o.err, "Unable to locate credentials. Tried: environment variables "
                      "(AWS_ACCESS_KEY_ID not set)");
#if !AWSC_WITH_SHARED_CONFIG
    CHECK(o.err.message && !strstr(o.err.message, "shared credentials file"));
    outcome_clean_up(&o);
    /* a key id without a secret names what is missing */
    set_env_keys();
    setenv("AWS_SECRET_ACCESS_KEY", "", 1);
    expect_error(resolve(NULL, NULL), AWSC_E_CREDENTIALS,
                 "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY");
    unsetenv("AWS_ACCESS_KEY_ID");
    printf("SKIP the shared files' errors: -Dshared_config=false\n");
    return;
#endif
    CHECK_MSG(&o.err, "shared credentials file");
    CHECK_MSG(&o.err, scratch_path("no-creds", 1));
    CHECK_MSG(&o.err, "(not found)");
    CHECK_MSG(&o.err, "shared config file");
    outcome_clean_up(&o);

    set_files(true, true);
    o = resolve(NULL, "nokeys");
    CHECK_MSG(&o.err, "profile nokeys has no aws_access_key_id");
    outcome_clean_up(&o);

    /* explicit profile: the environment is left out of the chain */
    set_env_keys();
    o = resolve(NULL, "nokeys");
    CHECK(o.rc == AWSC_E_CREDENTIALS);
    CHECK(o.err.message && !strstr(o.err.message, "environment variables"));
    outcome_clean_up(&o);

    /* a key id without a secret names what is missing */
    setenv("AWS_SECRET_ACCESS_KEY", "", 1);
    expect_error(resolve(NULL, NULL), AWSC_E_CREDENTIALS,
                 "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY");
    unsetenv("AWS_ACCESS_KEY_ID");
    expect_error(resolve(NULL, "partial"), AWSC_E_CREDENTIALS,
                 "Partial credentials found in shared-credentials-file, missing: "
                 "aws_secret_access_key");
    expect_error(resolve(NULL, "partialcfg"), AWSC_E_CREDENTIALS,
                 "Partial credentials found in config-file, missing: aws_secret_access_key");
    struct awsc_credentials half = {"AKID", NULL, NULL};
    expect_error(resolve(&half, NULL), AWSC_E_CREDENTIALS,
                 "Partial credentials found in explicit, missing: aws_secret_access_key");
    struct awsc_credentials other_half = {NULL, "secret", NULL};
    expect_error(resolve(&other_half, NULL), AWSC_E_CREDENTIALS,
                 "Partial credentials found in explicit, missing: aws_access_key_id");

    /* a missing named profile stops everything, explicit keys included */
    struct awsc_credentials given = {"AKIDEXPLICIT", "explicitsecret", NULL};
    expect_error(resolve(&given, "ghost"), AWSC_E_NOT_FOUND,
                 "The config profile (ghost) could not be found");
    setenv("AWS_PROFILE", "ghost", 1);
    expect_error(resolve(NULL, NULL), AWSC_E_NOT_FOUND,
                 "The config profile (ghost) could not be found");
    unsetenv("AWS_PROFILE");

    /* secrets never appear in error messages */
    o = resolve(NULL, "partial");
    CHECK(o.err.message && !strstr(o.err.message, "credssecret"));
    outcome_clean_up(&o);
}

static void test_view(void)
{
    clean_env();
    set_files(false, false);
    struct awsc_credentials given = {"AKIDX", "sx", "tx"};
    struct outcome o = resolve(&given, NULL);
    CHECK_STR(o.creds.access_key_id, "AKIDX");
    CHECK_STR(o.creds.secret_access_key, "sx");
    CHECK_STR(o.creds.session_token, "tx");
    /* copies, not the caller's pointers */
    CHECK(o.creds.access_key_id != given.access_key_id);
    struct awsc__credentials c = AWSC__CREDENTIALS_INIT;
    CHECK(awsc__credentials_set(&c, "x", "AKIDY", "sy", NULL, NULL) == AWSC_OK);
    struct awsc_credentials v = awsc__credentials_view(&c);
    CHECK_STR(v.access_key_id, "AKIDY");
    CHECK_STR(v.session_token, NULL);
    awsc__credentials_clean_up(&c);
    outcome_clean_up(&o);
    awsc__credentials_clean_up(NULL);
}

static void test_alloc_failures(void)
{
    clean_env();
    set_files(true, true);
#if AWSC_WITH_SHARED_CONFIG
    const char *profile = "both", *token = "oldtoken";
#else
    const char *profile = NULL, *token = "envtoken";
    set_env_keys();
    setenv("AWS_SESSION_TOKEN", token, 1);
#endif
    bool completed = false;
    for (long n = 1; n < 5000 && !completed; n++) {
        awsc__alloc_fail_at(n);
        struct outcome o = resolve(NULL, profile);
        awsc__alloc_fail_at(0);
        if (o.rc == AWSC_OK) {
            completed = true;
            CHECK_STR(o.creds.session_token, token);
        } else if (o.rc != AWSC_E_NOMEM) {
            printf("FAIL allocation %ld: %s\n", n, o.err.message);
            failures++;
        }
        outcome_clean_up(&o);
    }
    CHECK(completed);
}

int main(void)
{
    make_scratch();
    test_precedence();
    test_profiles();
    test_env_tokens();
    test_errors();
    test_view();
    test_alloc_failures();
    remove_scratch();
    printf("%s: %d failure(s)\n", failures ? "FAIL" : "PASS", failures);
    return failures ? 1 : 0;
}
