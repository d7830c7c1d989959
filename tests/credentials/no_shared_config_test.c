/*
 * A build without the shared files (-Dshared_config=false): settings come
 * from the environment and the client's configuration only. The
 * environment's credentials, region, endpoint URL and retry mode still
 * work; the files AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE and
 * ~/.aws name are never read (their region, keys and retry_mode are not
 * used, and a file that does not parse is no error); a profile or a file
 * named explicitly, a provider only the files configure, and BOTO_CONFIG
 * fail with AWSC_E_UNSUPPORTED and a message naming the option. Built only
 * in such a build.
 *
 * usage: no_shared_config_test
 */
#include <awsc/awsc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#if AWSC_WITH_SHARED_CONFIG
#error "no_shared_config_test is built only with -Dshared_config=false"
#endif

#define OPTION "-Dshared_config=false"

static int failures;

static void report(bool ok, const char *what, int rc, const char *text)
{
    printf("%s %s: %s: %s\n", ok ? "ok  " : "FAIL", what, awsc_status_name(rc), text);
    if (!ok)
        failures++;
}

static char home[256];

static void write_file(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", home, rel);
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
                                   "AWS_ENDPOINT_URL",
                                   "AWS_RETRY_MODE",
                                   "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                                   "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                                   "AWS_WEB_IDENTITY_TOKEN_FILE",
                                   "AWS_ROLE_ARN",
                                   "AWS_CREDENTIAL_FILE",
                                   "BOTO_CONFIG"};

static void clean_env(void)
{
    for (size_t i = 0; i < sizeof VARS / sizeof VARS[0]; i++)
        unsetenv(VARS[i]);
    /* nothing here may reach a real instance metadata service */
    setenv("AWS_EC2_METADATA_DISABLED", "true", 1);
}

/* The default chain's answer (options' profile), the key id or the
 * message in text. */
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

static void expect_refused(const char *what, const char *profile)
{
    char text[1024];
    int rc = resolve(profile, text, sizeof text);
    report(rc == AWSC_E_UNSUPPORTED && strstr(text, OPTION), what, rc, text);
}

static void expect_found(const char *what, const char *key_id)
{
    char text[1024];
    int rc = resolve(NULL, text, sizeof text);
    report(rc == AWSC_OK && strcmp(text, key_id) == 0, what, rc, text);
}

/* awsc_client_new's status; the client's region in text, or the message. */
static int client(const char *profile, char *text, size_t cap)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.profile = profile;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_client_new(awsc_services(NULL)[0], &cfg, &c, &err);
    snprintf(text, cap, "%s",
             rc == AWSC_OK ? awsc_client_region(c)
             : err.message ? err.message
                           : "");
    awsc_client_destroy(c);
    awsc_error_clean_up(&err);
    return rc;
}

static void test_env(void)
{
    clean_env();
    char text[1024];
    int rc = resolve(NULL, text, sizeof text);
    report(rc != AWSC_OK, "no credentials in the environment: none found", rc, text);

    setenv("AWS_ACCESS_KEY_ID", "AKIDENV", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "secret", 1);
    expect_found("the environment's credentials", "AKIDENV");

    setenv("AWS_DEFAULT_REGION", "ap-south-1", 1);
    rc = client(NULL, text, sizeof text);
    report(rc == AWSC_OK && strcmp(text, "ap-south-1") == 0, "AWS_DEFAULT_REGION", rc, text);

    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-west-2";
    setenv("AWS_ENDPOINT_URL", "http://localhost:4566", 1);
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    rc = awsc_client_new(awsc_services(NULL)[0], &cfg, &c, &err);
    const char *url = rc == AWSC_OK ? awsc_client_endpoint_url(c) : NULL;
    report(rc == AWSC_OK && strcmp(awsc_client_region(c), "us-west-2") == 0 && url &&
               strcmp(url, "http://localhost:4566") == 0,
           "explicit region and AWS_ENDPOINT_URL", rc, url ? url : "(none)");
    awsc_client_destroy(c);
    awsc_error_clean_up(&err);
    unsetenv("AWS_ENDPOINT_URL");

    /* the environment's retry mode is read: a bad one is refused */
    setenv("AWS_RETRY_MODE", "sometimes", 1);
    rc = client(NULL, text, sizeof text);
    report(rc == AWSC_E_CONFIG, "AWS_RETRY_MODE is read", rc, text);
    unsetenv("AWS_RETRY_MODE");
}

static void test_files_ignored(void)
{
    clean_env();
    /* what the files say, were they read: a region, keys, a retry mode the
     * client would refuse, and in ~/.aws a file that does not parse */
    static const char CONFIG[] = "[default]\n"
                                 "region = eu-west-3\n"
                                 "retry_mode = sometimes\n"
                                 "aws_access_key_id = AKIDCONFIG\n"
                                 "aws_secret_access_key = secret\n"
                                 "[profile dev]\n"
                                 "region = eu-central-1\n";
    write_file("config", CONFIG);
    write_file("credentials", "[default]\naws_access_key_id = AKIDFILE\n"
                              "aws_secret_access_key = secret\n");
    write_file(".aws/config", "this is [not an INI file\n");
    write_file(".aws/credentials", "this is [not an INI file\n");
    char path[512];
    snprintf(path, sizeof path, "%s/config", home);
    setenv("AWS_CONFIG_FILE", path, 1);
    snprintf(path, sizeof path, "%s/credentials", home);
    setenv("AWS_SHARED_CREDENTIALS_FILE", path, 1);

    char text[1024];
    int rc = client(NULL, text, sizeof text);
    report(rc == AWSC_OK && strcmp(text, "") == 0,
           "AWS_CONFIG_FILE's region and retry_mode are not used", rc, text);
    rc = resolve(NULL, text, sizeof text);
    report(rc != AWSC_OK && strcmp(text, "AKIDFILE") != 0 && strcmp(text, "AKIDCONFIG") != 0,
           "AWS_SHARED_CREDENTIALS_FILE's keys are not used", rc, text);
    setenv("AWS_REGION", "sa-east-1", 1);
    setenv("AWS_DEFAULT_REGION", "sa-east-1", 1);
    rc = client(NULL, text, sizeof text);
    report(rc == AWSC_OK && strcmp(text, "sa-east-1") == 0, "the environment's region wins", rc,
           text);
    setenv("AWS_ACCESS_KEY_ID", "AKIDENV", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "secret", 1);
    expect_found("the environment's keys beside the files", "AKIDENV");
}

static void test_refused(void)
{
    /* the files of test_files_ignored are still named */
    unsetenv("AWS_ACCESS_KEY_ID");
    unsetenv("AWS_SECRET_ACCESS_KEY");
    expect_refused("a profile named in the options", "dev");

    /* even with the environment's credentials: the user asked for a
     * profile, and other credentials would sign as someone else */
    setenv("AWS_ACCESS_KEY_ID", "AKIDENV", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "secret", 1);
    setenv("AWS_PROFILE", "dev", 1);
    expect_refused("AWS_PROFILE", NULL);
    unsetenv("AWS_PROFILE");
    setenv("AWS_DEFAULT_PROFILE", "default", 1);
    expect_refused("AWS_DEFAULT_PROFILE", NULL);
    unsetenv("AWS_DEFAULT_PROFILE");
    setenv("AWS_PROFILE", "", 1);
    expect_found("an empty AWS_PROFILE is unset", "AKIDENV");
    unsetenv("AWS_PROFILE");

    char text[1024];
    int rc = client("dev", text, sizeof text);
    report(rc == AWSC_E_UNSUPPORTED && strstr(text, OPTION), "awsc_config.profile", rc, text);
    setenv("AWS_PROFILE", "dev", 1);
    rc = client(NULL, text, sizeof text);
    report(rc == AWSC_E_UNSUPPORTED && strstr(text, OPTION), "a client with AWS_PROFILE", rc, text);
    unsetenv("AWS_PROFILE");

    /* files named in the options */
    struct awsc_credentials_options o = {0};
    o.config_file = "/nonexistent/config";
    struct awsc_credentials_provider *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    rc = awsc_credentials_default_chain(&o, &p, &err);
    report(rc == AWSC_E_UNSUPPORTED && err.message && strstr(err.message, OPTION),
           "awsc_credentials_options.config_file", rc, err.message ? err.message : "");
    awsc_credentials_provider_release(p);
    awsc_error_clean_up(&err);

    /* the providers only the files configure, by name */
    static const char *const METHODS[] = {"shared-credentials-file",
                                          "config-file",
                                          "custom-process",
                                          "sso",
                                          "assume-role",
                                          "boto-config"};
    for (size_t i = 0; i < sizeof METHODS / sizeof METHODS[0]; i++) {
        p = NULL;
        rc = awsc_credentials_provider_builtin(METHODS[i], NULL, &p, &err);
        char what[128];
        snprintf(what, sizeof what, "awsc_credentials_provider_builtin(\"%s\")", METHODS[i]);
        report(rc == AWSC_E_UNSUPPORTED && err.message && strstr(err.message, OPTION), what, rc,
               err.message ? err.message : "");
        awsc_credentials_provider_release(p);
        awsc_error_clean_up(&err);
    }
    /* the environment's provider is still there */
    p = NULL;
    rc = awsc_credentials_provider_builtin("env", NULL, &p, &err);
    report(rc == AWSC_OK, "awsc_credentials_provider_builtin(\"env\")", rc,
           err.message ? err.message : "");
    awsc_credentials_provider_release(p);
    awsc_error_clean_up(&err);

    struct awsc_token_provider *t = NULL;
    rc = awsc_token_provider_sso(NULL, &t, &err);
    report(rc == AWSC_E_UNSUPPORTED && !t, "awsc_token_provider_sso", rc,
           err.message ? err.message : "");
    awsc_error_clean_up(&err);

    /* BOTO_CONFIG names a file: refused, not skipped (no file: nothing) */
    unsetenv("AWS_ACCESS_KEY_ID");
    unsetenv("AWS_SECRET_ACCESS_KEY");
    char path[512];
    snprintf(path, sizeof path, "%s/config", home);
    setenv("BOTO_CONFIG", path, 1);
    expect_refused("BOTO_CONFIG", NULL);
    setenv("BOTO_CONFIG", "/nonexistent/boto.cfg", 1);
    rc = resolve(NULL, text, sizeof text);
    report(rc == AWSC_E_CREDENTIALS, "BOTO_CONFIG naming no file", rc, text);
    unsetenv("BOTO_CONFIG");
}

int main(void)
{
    snprintf(home, sizeof home, "%s/awsc-no-shared-config-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(home))
        return 2;
    setenv("HOME", home, 1);
    char path[512];
    snprintf(path, sizeof path, "%s/.aws", home);
    mkdir(path, 0700);

    test_env();
    test_files_ignored();
    test_refused();

    static const char *const FILES[] = {"config",           "credentials", ".aws/config",
                                        ".aws/credentials", ".aws",        ""};
    for (size_t i = 0; i < sizeof FILES / sizeof FILES[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", home, FILES[i]);
        if (remove(path) != 0)
            perror(path);
    }
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
