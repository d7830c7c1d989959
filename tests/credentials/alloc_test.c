/*
 * Every allocation of the credential providers failing in turn, as the
 * client tests do for a call: for each provider a signed call on the stub
 * transport resolves its credentials (the fetch's HTTP requests answered
 * by the stub, its files in a scratch HOME), with the n-th allocation
 * failing, for n = 1, 2, ... until a run reaches no failure. Each run must
 * end cleanly (the call succeeds, or fails saying it ran out of memory),
 * leak nothing (valgrind, LeakSanitizer) and crash nowhere.
 *
 * usage: alloc_test
 */
#include <awsc/awsc.h>
#include <awsc/creds_sts.h>

#include "auth/auth.h"

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

static void write_file(const char *rel, const char *text, int mode)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", home, rel);
    for (char *p = path + strlen(home) + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            mkdir(path, 0700);
            *p = '/';
        }
    }
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(2);
    }
    fputs(text, f);
    fclose(f);
    chmod(path, (mode_t)mode);
}

#define STS_REPLY(action)                                                              \
    "<" action "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><" action \
    "Result><Credentials><AccessKeyId>ASIASTS</AccessKeyId><SecretAccessKey>s"         \
    "</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2099-01-01T00:00:00Z" \
    "</Expiration></Credentials></" action "Result></" action "Response>"

static bool contains(const uint8_t *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(hay + i, needle, k) == 0)
            return true;
    return false;
}

/* Every endpoint the providers talk to, by URL. */
static int responder(void *ud, const struct awsc_stub_request *req, struct awsc_stub_response *resp)
{
    (void)ud;
    const char *u = req->url;
    const char *body = NULL, *headers = "Content-Type: application/json\r\n";
    if (strstr(u, "/latest/api/token")) {
        body = "imds-token";
    } else if (strstr(u, "security-credentials/") && u[strlen(u) - 1] == '/') {
        body = "role";
    } else if (strstr(u, "security-credentials/role") || strstr(u, "/creds")) {
        body = "{\"AccessKeyId\": \"ASIAHTTP\", \"SecretAccessKey\": \"s\", \"Token\": \"t\", "
               "\"Expiration\": \"2099-01-01T00:00:00Z\"}";
    } else if (strstr(u, "oidc.")) {
        body = "{\"accessToken\": \"new-access\", \"expiresIn\": 28800, \"tokenType\": "
               "\"Bearer\", \"refreshToken\": \"new-refresh\"}";
    } else if (strstr(u, "portal.sso.")) {
        body = "{\"roleCredentials\": {\"accessKeyId\": \"ASIASSO\", \"secretAccessKey\": "
               "\"s\", \"sessionToken\": \"t\", \"expiration\": 4070908800000}}";
    } else if (req->body && contains(req->body, req->body_len, "AssumeRoleWithWebIdentity")) {
        headers = "Content-Type: text/xml\r\n";
        body = STS_REPLY("AssumeRoleWithWebIdentity");
    } else {
        headers = "Content-Type: text/xml\r\n";
        body = STS_REPLY("AssumeRole");
    }
    resp->http_status = 200;
    resp->headers = headers;
    resp->body = (const uint8_t *)body;
    resp->body_len = strlen(body);
    return 0;
}

static const struct awsc_creds_sts_assume_role_input INPUT = {
    .role_arn = "arn:aws:iam::123456789012:role/r", .role_session_name = "alloc-test"};

/* One signed call with the default chain; AWSC_OK or why not. */
static int one_call(struct awsc_stub *stub, struct awsc_error *err)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "http://sts.test";
    cfg.transport = awsc_stub_transport(stub);
    struct awsc_client *c = NULL;
    int rc = awsc_client_new(awsc_creds_sts_service(), &cfg, &c, err);
    if (rc == AWSC_OK) {
        struct awsc_creds_sts_assume_role_output *out = NULL;
        rc = awsc_creds_sts_assume_role(c, &INPUT, &out, err);
        awsc_output_free(out);
    }
    awsc_client_destroy(c);
    return rc;
}

static bool clean_failure(int rc, const struct awsc_error *err)
{
    return rc == AWSC_E_NOMEM || (err->message && strstr(err->message, "out of memory"));
}

static void fail_each(const char *name, struct awsc_stub *stub)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    /* once without failures: the scenario works at all */
    int rc = one_call(stub, &err);
    if (rc != AWSC_OK)
        fprintf(stderr, "%s: %s\n", name, err.message);
    CHECK(rc == AWSC_OK);
    awsc_error_clean_up(&err);
    int failed = 0, ok = 0;
    for (long n = 1; n < 100000; n++) {
        awsc__alloc_fail_at(n);
        rc = one_call(stub, &err);
        long used = awsc__alloc_count();
        awsc__alloc_fail_at(0);
        if (rc == AWSC_OK) {
            ok++;
        } else if (clean_failure(rc, &err)) {
            failed++;
        } else {
            fprintf(stderr, "%s: allocation %ld failed into: %s (%s)\n", name, n,
                    err.message ? err.message : "", awsc_status_name(rc));
            failures++;
        }
        awsc_error_clean_up(&err);
        awsc_stub_clear_requests(stub);
        if (used < n)
            break; /* the n-th allocation was never reached: every one was tried */
    }
    printf("%-28s %4d runs failed cleanly, then %d succeeded\n", name, failed, ok);
    CHECK(failed > 10 && ok >= 1);
}

static const char *const VARS[] = {"AWS_ACCESS_KEY_ID",
                                   "AWS_SECRET_ACCESS_KEY",
                                   "AWS_SESSION_TOKEN",
                                   "AWS_PROFILE",
                                   "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                                   "AWS_WEB_IDENTITY_TOKEN_FILE",
                                   "AWS_ROLE_ARN",
                                   "AWS_EC2_METADATA_DISABLED",
                                   "AWS_EC2_METADATA_SERVICE_ENDPOINT"};

static void reset_env(void)
{
    for (size_t i = 0; i < sizeof VARS / sizeof VARS[0]; i++)
        unsetenv(VARS[i]);
    setenv("AWS_EC2_METADATA_DISABLED", "true", 1);
    char path[512];
    snprintf(path, sizeof path, "%s/.aws/config", home);
    unlink(path);
}

int main(void)
{
    snprintf(home, sizeof home, "%s/awsc-alloc-XXXXXX",
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
    unsetenv("AWS_DEFAULT_REGION");
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    awsc_stub_set_responder(stub, responder, NULL);

    reset_env();
    setenv("AWS_ACCESS_KEY_ID", "AKIDENV", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "secret", 1);
    fail_each("env", stub);

    /* (this test is built only with AssumeRole; the others may be left
     * out: -Dcredential_providers) */
#if AWSC_WITH_CONTAINER_CREDENTIALS
    reset_env();
    setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1/creds", 1);
    fail_each("container-role", stub);
#else
    printf("SKIP container-role: left out of this build (-Dcredential_providers)\n");
#endif

#if AWSC_WITH_IMDS
    reset_env();
    unsetenv("AWS_EC2_METADATA_DISABLED");
    setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://imds.test", 1);
    fail_each("iam-role", stub);
#else
    printf("SKIP iam-role: left out of this build (-Dcredential_providers)\n");
#endif

    reset_env();
    write_file(".aws/config",
               "[default]\nrole_arn = arn:aws:iam::123456789012:role/a\nsource_profile = b\n"
               "external_id = ext-42\n[profile b]\nrole_arn = arn:aws:iam::123456789012:role/b\n"
               "source_profile = c\n[profile c]\naws_access_key_id = AKIDC\n"
               "aws_secret_access_key = s\n",
               0600);
    fail_each("assume-role (chained)", stub);

    reset_env();
    write_file("token.jwt", "eyJ.token", 0600);
    snprintf(path, sizeof path, "%s/token.jwt", home);
    setenv("AWS_WEB_IDENTITY_TOKEN_FILE", path, 1);
    setenv("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/w", 1);
    fail_each("assume-role-with-web-identity", stub);

#if AWSC_WITH_SSO || AWSC_WITH_PROCESS_CREDENTIALS
    char doc[1024];
#endif
#if AWSC_WITH_SSO
    reset_env();
    write_file(".aws/config",
               "[default]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = r\n"
               "[sso-session corp]\nsso_start_url = https://d.awsapps.com/start\n"
               "sso_region = us-east-1\n",
               0600);
    /* SHA-1 of "corp"; its token 5 minutes from expiring: CreateToken too.
     * Each run writes the refreshed one back: write the old one again. */
    char exp[40], reg[40];
    struct awsc_timestamp soon = {awsc__now().sec + 300, 0}, later = {awsc__now().sec + 86400, 0};
    awsc__ts_format_iso8601(soon, exp);
    awsc__ts_format_iso8601(later, reg);
    snprintf(doc, sizeof doc,
             "{\"startUrl\": \"https://d.awsapps.com/start\", \"region\": \"us-east-1\", "
             "\"accessToken\": \"old\", \"expiresAt\": \"%s\", \"clientId\": \"c\", "
             "\"clientSecret\": \"s\", \"registrationExpiresAt\": \"%s\", \"refreshToken\": "
             "\"r\"}",
             exp, reg);
    write_file(".aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json", doc, 0600);
    fail_each("sso (token refreshed)", stub);
#else
    printf("SKIP sso: left out of this build (-Dcredential_providers)\n");
#endif

#if AWSC_WITH_PROCESS_CREDENTIALS
    reset_env();
    write_file("proc.sh",
               "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", "
               "\"SecretAccessKey\": \"s\", \"Expiration\": \"2099-01-01T00:00:00Z\"}'\n",
               0700);
    snprintf(doc, sizeof doc, "[default]\ncredential_process = %s/proc.sh\n", home);
    write_file(".aws/config", doc, 0600);
    fail_each("custom-process", stub);
#else
    printf("SKIP custom-process: left out of this build (-Dcredential_providers)\n");
#endif

    reset_env();
    write_file("ec2creds", "AWSAccessKeyId=AKIDEC2\nAWSSecretKey=s\n", 0600);
    snprintf(path, sizeof path, "%s/ec2creds", home);
    setenv("AWS_CREDENTIAL_FILE", path, 1);
    fail_each("ec2-credentials-file", stub);
    unsetenv("AWS_CREDENTIAL_FILE");

    reset_env();
    write_file("boto.cfg",
               "[Credentials]\naws_access_key_id = AKIDBOTO\n"
               "aws_secret_access_key = s\n",
               0600);
    snprintf(path, sizeof path, "%s/boto.cfg", home);
    setenv("BOTO_CONFIG", path, 1);
    fail_each("boto-config", stub);

    awsc_stub_destroy(stub);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", home);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
