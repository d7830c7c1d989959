/*
 * A build that leaves credential providers out (-Dcredential_providers):
 * the default chain must refuse, with AWSC_E_UNSUPPORTED and a message
 * naming the setting and the option, a profile or an environment that
 * asks for a provider left out (never going on to other credentials: they
 * would sign as someone else), and must still find the credentials of a
 * profile that asks for none of them. awsc_credentials_provider_builtin()
 * of a left-out method, and awsc_token_provider_sso() without SSO, fail
 * with AWSC_E_UNSUPPORTED; without IMDS a client with no region has none.
 * Built only when something is left out; the checks of a provider that is
 * built are skipped, saying so.
 *
 * usage: left_out_test
 */
#include <awsc/awsc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int failures;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)

static char home[256];

static void write_file(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", home, rel);
    mkdir(home, 0700);
    char dir[512];
    snprintf(dir, sizeof dir, "%s/.aws", home);
    mkdir(dir, 0700);
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(2);
    }
    fputs(text, f);
    fclose(f);
}

static const char *const VARS[] = {"AWS_ACCESS_KEY_ID",
                                   "AWS_SECRET_ACCESS_KEY",
                                   "AWS_SESSION_TOKEN",
                                   "AWS_PROFILE",
                                   "AWS_DEFAULT_PROFILE",
                                   "AWS_REGION",
                                   "AWS_DEFAULT_REGION",
                                   "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                                   "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                                   "AWS_WEB_IDENTITY_TOKEN_FILE",
                                   "AWS_ROLE_ARN",
                                   "AWS_CREDENTIAL_FILE"};

/* A clean environment and these files (NULL: none). */
static void setup(const char *config, const char *credentials)
{
    for (size_t i = 0; i < sizeof VARS / sizeof VARS[0]; i++)
        unsetenv(VARS[i]);
    /* nothing here may reach a real instance metadata service */
    setenv("AWS_EC2_METADATA_DISABLED", "true", 1);
    char path[512];
    snprintf(path, sizeof path, "%s/.aws/config", home);
    unlink(path);
    snprintf(path, sizeof path, "%s/.aws/credentials", home);
    unlink(path);
    if (config)
        write_file(".aws/config", config);
    if (credentials)
        write_file(".aws/credentials", credentials);
}

/* The default chain's answer: the status, and the message or key id in
 * text. */
static int resolve(const char *profile, char *text, size_t cap)
{
    struct awsc_credentials_options o = {0};
    o.profile = profile;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_credentials_provider *p = NULL;
    struct awsc_credentials_info c = {0};
    int rc = awsc_credentials_default_chain(&o, &p, &err);
    if (rc == AWSC_OK)
        rc = awsc_credentials_provider_resolve(p, &c, &err);
    snprintf(text, cap, "%s", rc == AWSC_OK ? c.access_key_id : err.message ? err.message : "");
    awsc_credentials_info_clean_up(&c);
    awsc_credentials_provider_release(p);
    awsc_error_clean_up(&err);
    return rc;
}

/* The chain must refuse with AWSC_E_UNSUPPORTED, naming each of names. */
static void expect_refused(const char *what, const char *profile, const char *const *names)
{
    char text[1024];
    int rc = resolve(profile, text, sizeof text);
    bool ok = rc == AWSC_E_UNSUPPORTED;
    for (size_t i = 0; ok && names[i]; i++)
        ok = strstr(text, names[i]) != NULL;
    printf("%s %s: %s: %s\n", ok ? "ok  " : "FAIL", what, awsc_status_name(rc), text);
    if (!ok)
        failures++;
}

static void expect_found(const char *what, const char *profile, const char *key_id)
{
    char text[1024];
    int rc = resolve(profile, text, sizeof text);
    bool ok = rc == AWSC_OK && strcmp(text, key_id) == 0;
    printf("%s %s: %s: %s\n", ok ? "ok  " : "FAIL", what, awsc_status_name(rc), text);
    if (!ok)
        failures++;
}

static void skip(const char *what, const char *provider)
{
    printf("SKIP %s: this build has %s (-Dcredential_providers)\n", what, provider);
}

#define STATIC_KEYS "aws_access_key_id = AKIDSTATIC\naws_secret_access_key = s\n"

static void test_process(void)
{
#if AWSC_WITH_PROCESS_CREDENTIALS
    skip("credential_process refused", "process");
#else
    setup("[profile dev]\ncredential_process = /bin/echo never-run\n" STATIC_KEYS, NULL);
    /* the config file's keys come after credential_process: never used */
    expect_refused("credential_process refused, not the keys after it", "dev",
                   (const char *const[]){"profile \"dev\"", "credential_process",
                                         "-Dcredential_providers", "process", NULL});
    /* keys in the credentials file come first: the process is never asked */
    setup("[profile dev]\ncredential_process = /bin/echo never-run\n",
          "[dev]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n");
    expect_found("the credentials file before credential_process", "dev", "AKIDFILE");
    struct awsc_credentials_provider *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(awsc_credentials_provider_builtin("custom-process", NULL, &p, &err) ==
          AWSC_E_UNSUPPORTED);
    CHECK(!p && err.message && strstr(err.message, "-Dcredential_providers without process"));
    awsc_error_clean_up(&err);
#endif
}

static void test_assume_role(void)
{
#if AWSC_WITH_ASSUME_ROLE
    skip("role_arn and web identity refused", "assume_role");
#else
    setup("[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = src\n"
          "[profile src]\n" STATIC_KEYS,
          NULL);
    expect_refused("role_arn refused", "dev",
                   (const char *const[]){"profile \"dev\"", "role_arn",
                                         "-Dcredential_providers without assume_role", NULL});
    /* a role profile with keys of its own: never signed with them */
    setup("[default]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = "
          "default\n" STATIC_KEYS,
          NULL);
    expect_refused("role_arn refused, not the profile's own keys", NULL,
                   (const char *const[]){"role_arn", "-Dcredential_providers", NULL});
    setup(NULL, "[default]\n" STATIC_KEYS);
    setenv("AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/token", 1);
    setenv("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/r", 1);
    expect_refused("AWS_WEB_IDENTITY_TOKEN_FILE refused, not the credentials file", NULL,
                   (const char *const[]){"AWS_WEB_IDENTITY_TOKEN_FILE",
                                         "-Dcredential_providers without assume_role", NULL});
    /* an explicit profile turns web identity's variables off, as botocore */
    expect_found("AWS_WEB_IDENTITY_TOKEN_FILE ignored for an explicit profile", "default",
                 "AKIDSTATIC");
    setup("[profile w]\nweb_identity_token_file = /var/run/token\n"
          "role_arn = arn:aws:iam::123456789012:role/r\n",
          NULL);
    expect_refused("web_identity_token_file refused", "w",
                   (const char *const[]){"profile \"w\"", "web_identity_token_file",
                                         "-Dcredential_providers", NULL});
    struct awsc_credentials_provider *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(awsc_credentials_provider_builtin("assume-role-with-web-identity", NULL, &p, &err) ==
          AWSC_E_UNSUPPORTED);
    awsc_error_clean_up(&err);
#endif
}

/* With AssumeRole built: a credential_source that is left out. */
static void test_credential_source(void)
{
#if AWSC_WITH_ASSUME_ROLE && !AWSC_WITH_CONTAINER_CREDENTIALS
    setup("[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/r\n"
          "credential_source = EcsContainer\n",
          NULL);
    expect_refused("credential_source = EcsContainer refused", "dev",
                   (const char *const[]){"profile \"dev\"", "credential_source = EcsContainer",
                                         "-Dcredential_providers without container", NULL});
#else
    skip("credential_source = EcsContainer refused",
         AWSC_WITH_ASSUME_ROLE ? "container" : "no assume_role");
#endif
#if AWSC_WITH_ASSUME_ROLE && !AWSC_WITH_IMDS
    setup("[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/r\n"
          "credential_source = Ec2InstanceMetadata\n",
          NULL);
    expect_refused("credential_source = Ec2InstanceMetadata refused", "dev",
                   (const char *const[]){"credential_source = Ec2InstanceMetadata",
                                         "-Dcredential_providers without imds", NULL});
#else
    skip("credential_source = Ec2InstanceMetadata refused",
         AWSC_WITH_ASSUME_ROLE ? "imds" : "no assume_role");
#endif
}

static void test_sso(void)
{
#if AWSC_WITH_SSO
    skip("SSO refused", "sso");
#else
    setup("[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"
          "[sso-session corp]\nsso_start_url = https://d-123.awsapps.com/start\n"
          "sso_region = us-east-1\n",
          "[default]\n" STATIC_KEYS);
    /* botocore asks SSO before the credentials file */
    expect_refused("SSO credentials refused, not the credentials file", NULL,
                   (const char *const[]){"profile \"default\"", "sso_role_name",
                                         "-Dcredential_providers without sso", NULL});
    struct awsc_token_provider *t = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(awsc_token_provider_sso(NULL, &t, &err) == AWSC_E_UNSUPPORTED);
    CHECK(!t && err.message && strstr(err.message, "-Dcredential_providers without sso"));
    awsc_error_clean_up(&err);
    /* a client is made all the same: its token provider refuses only a
     * profile with sso_session, when a bearer operation asks */
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    struct awsc_client *c = NULL;
    CHECK(awsc_client_new(awsc_services(NULL)[0], &cfg, &c, &err) == AWSC_OK);
    awsc_client_destroy(c);
    awsc_error_clean_up(&err);
#endif
}

static void test_container(void)
{
#if AWSC_WITH_CONTAINER_CREDENTIALS
    skip("AWS_CONTAINER_CREDENTIALS_* refused", "container");
#else
    setup(NULL, NULL);
    setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9/creds", 1);
    expect_refused("AWS_CONTAINER_CREDENTIALS_FULL_URI refused", NULL,
                   (const char *const[]){"AWS_CONTAINER_CREDENTIALS_FULL_URI",
                                         "-Dcredential_providers without container", NULL});
    setup(NULL, NULL);
    setenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/x", 1);
    expect_refused("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI refused", NULL,
                   (const char *const[]){"AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                                         "-Dcredential_providers", NULL});
#endif
}

static void test_imds(void)
{
#if AWSC_WITH_IMDS
    skip("no IMDS", "imds");
#else
    /* the end of the chain: nothing found, and nothing asked */
    setup(NULL, NULL);
    unsetenv("AWS_EC2_METADATA_DISABLED");
    setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:9/", 1);
    char text[1024];
    int rc = resolve(NULL, text, sizeof text);
    bool ok = rc == AWSC_E_CREDENTIALS && strstr(text, "Unable to locate credentials") &&
              strstr(text, "-Dcredential_providers without imds");
    printf("%s no IMDS in the chain: %s: %s\n", ok ? "ok  " : "FAIL", awsc_status_name(rc), text);
    if (!ok)
        failures++;
    struct awsc_credentials_provider *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(awsc_credentials_provider_builtin("iam-role", NULL, &p, &err) == AWSC_E_UNSUPPORTED);
    awsc_error_clean_up(&err);
    /* no region configured: none, as when IMDS gives none */
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    struct awsc_client *c = NULL;
    CHECK(awsc_client_new(awsc_services(NULL)[0], &cfg, &c, &err) == AWSC_OK);
    CHECK(c && strcmp(awsc_client_region(c), "") == 0);
    printf("%s no IMDS region: \"%s\"\n", c && !*awsc_client_region(c) ? "ok  " : "FAIL",
           c ? awsc_client_region(c) : "(no client)");
    awsc_client_destroy(c);
    awsc_error_clean_up(&err);
    unsetenv("AWS_EC2_METADATA_SERVICE_ENDPOINT");
#endif
}

int main(void)
{
    snprintf(home, sizeof home, "%s/awsc-left-out-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(home))
        return 2;
    setenv("HOME", home, 1);
    char path[512];
    snprintf(path, sizeof path, "%s/.aws/config", home);
    setenv("AWS_CONFIG_FILE", path, 1);
    snprintf(path, sizeof path, "%s/.aws/credentials", home);
    setenv("AWS_SHARED_CREDENTIALS_FILE", path, 1);
    setenv("BOTO_CONFIG", "/nonexistent/awsc-boto", 1);

    /* what asks for no left-out provider still works */
    setup(NULL, "[default]\n" STATIC_KEYS);
    expect_found("the credentials file", NULL, "AKIDSTATIC");
    setup("[profile dev]\n" STATIC_KEYS, NULL);
    expect_found("the config file's keys", "dev", "AKIDSTATIC");

    test_process();
    test_assume_role();
    test_credential_source();
    test_sso();
    test_container();
    test_imds();

    setup(NULL, NULL);
    snprintf(path, sizeof path, "%s/.aws", home);
    rmdir(path);
    rmdir(home);
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
