/*
 * Helpers shared by the auth unit tests: checks, a scratch folder for
 * config files, and a clean environment.
 */
#ifndef AWSC_TEST_AUTH_TEST_H
#define AWSC_TEST_AUTH_TEST_H

#include "auth/auth.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;

#define CHECK(cond)                                                \
    do {                                                           \
        if (!(cond)) {                                             \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                            \
        }                                                          \
    } while (0)

/* got may be NULL; want NULL means "expect NULL". */
#define CHECK_STR(got, want)                                                             \
    do {                                                                                 \
        const char *g_ = (got), *w_ = (want);                                            \
        if (w_ ? !g_ || strcmp(g_, w_) != 0 : g_ != NULL) {                              \
            printf("FAIL %s:%d: %s\n  want: %s\n  got:  %s\n", __FILE__, __LINE__, #got, \
                   w_ ? w_ : "(null)", g_ ? g_ : "(null)");                              \
            failures++;                                                                  \
        }                                                                                \
    } while (0)

/* err->message contains text */
#define CHECK_MSG(err, text)                                                                     \
    do {                                                                                         \
        const char *m_ = (err)->message;                                                         \
        if (!m_ || !strstr(m_, (text))) {                                                        \
            printf("FAIL %s:%d: message should contain \"%s\"\n  got: %s\n", __FILE__, __LINE__, \
                   (text), m_ ? m_ : "(null)");                                                  \
            failures++;                                                                          \
        }                                                                                        \
    } while (0)

static char scratch_dir[256];

/* Every variable the auth code reads, cleared so the tests see only what
 * they set. */
static const char *const AUTH_ENV[] = {
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    "AWS_DEFAULT_REGION",
    "AWS_REGION",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_DYNAMODB",
    "AWS_ENDPOINT_URL_ELASTIC_BEANSTALK",
    "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
    "AWS_RETRY_MODE",
    "AWS_MAX_ATTEMPTS",
    "AWS_CREDENTIAL_EXPIRATION",
    "AWS_DEFAULTS_MODE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_ROLE_ARN",
    "AWS_ROLE_SESSION_NAME",
    "AWS_CREDENTIAL_FILE",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
    "AWS_ACCOUNT_ID",
    "AWS_EC2_METADATA_SERVICE_ENDPOINT",
    "AWS_CA_BUNDLE",
};

static void clean_env(void)
{
    for (size_t i = 0; i < sizeof AUTH_ENV / sizeof AUTH_ENV[0]; i++)
        unsetenv(AUTH_ENV[i]);
    /* a home without .aws, so the defaults find nothing; no boto config,
     * no instance metadata service */
    setenv("HOME", scratch_dir, 1);
    setenv("BOTO_CONFIG", "/nonexistent/awsc-boto", 1);
    setenv("AWS_EC2_METADATA_DISABLED", "true", 1);
}

static void make_scratch(void)
{
    snprintf(scratch_dir, sizeof scratch_dir, "%s/awsc-auth-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(scratch_dir)) {
        perror("mkdtemp");
        exit(2);
    }
}

/* scratch_dir/name (static storage, one at a time per slot) */
static const char *scratch_path(const char *name, int slot)
{
    static char paths[4][512];
    snprintf(paths[slot], sizeof paths[slot], "%s/%s", scratch_dir, name);
    return paths[slot];
}

static const char *write_file(const char *name, const char *text, int slot)
{
    const char *p = scratch_path(name, slot);
    FILE *f = fopen(p, "wb");
    if (!f) {
        perror(p);
        exit(2);
    }
    fputs(text, f);
    fclose(f);
    return p;
}

static void remove_scratch(void)
{
    static const char *const names[] = {"config", "credentials", "t", "other"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        unlink(scratch_path(names[i], 0));
    rmdir(scratch_dir);
}

#endif
