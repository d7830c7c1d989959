#include "itest.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int itest_failures;
static char home_dir[256];

bool itest_fail_at(const char *file, int line, const char *fmt, ...)
{
    const char *base = strrchr(file, '/');
    va_list ap;
    fprintf(stderr, "FAIL %s:%d: ", base ? base + 1 : file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    itest_failures++;
    return false;
}

void itest_print_error(const char *what, int rc, const struct awsc_error *err)
{
    fprintf(stderr,
            "  %s returned %d (%s)\n"
            "    err.status=%d http_status=%d code=%s\n"
            "    message=%s\n"
            "    request_id=%s operation=%s attempts=%d retryable=%d\n",
            what, rc, awsc_status_name(rc), err->status, err->http_status,
            err->code ? err->code : "(null)", err->message ? err->message : "(null)",
            err->request_id ? err->request_id : "(null)",
            err->operation ? err->operation : "(null)", err->attempts, (int)err->retryable);
}

bool itest_check_ok(const char *file, int line, int rc, struct awsc_error *err, const char *what)
{
    bool ok = rc == AWSC_OK;
    if (!ok) {
        itest_fail_at(file, line, "%s failed", what);
        itest_print_error(what, rc, err);
    }
    awsc_error_clean_up(err);
    return ok;
}

void itest_env_set_up(void)
{
    static const char *const unset[] = {
        "AWS_PROFILE",
        "AWS_DEFAULT_PROFILE",
        "AWS_SESSION_TOKEN",
        "AWS_SECURITY_TOKEN",
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_DYNAMODB",
        "AWS_ENDPOINT_URL_KINESIS",
        "AWS_CONFIG_FILE",
        "AWS_SHARED_CREDENTIALS_FILE",
        "AWS_REGION",
        "AWS_MAX_ATTEMPTS",
        "AWS_RETRY_MODE",
        "AWS_CA_BUNDLE",
        "AWS_WEB_IDENTITY_TOKEN_FILE",
        "AWS_ROLE_ARN",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    };
    for (size_t i = 0; i < sizeof unset / sizeof unset[0]; i++)
        unsetenv(unset[i]);
    setenv("AWS_ACCESS_KEY_ID", "AKIDAWSCINTEGRATION", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "awsc/integration/secret/key/0123456789", 1);
    setenv("AWS_DEFAULT_REGION", "us-east-1", 1);
    /* No instance metadata lookups, ever. */
    setenv("AWS_EC2_METADATA_DISABLED", "true", 1);

    const char *tmp = getenv("TMPDIR");
    snprintf(home_dir, sizeof home_dir, "%s/awsc-itest-home-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(home_dir)) {
        perror("mkdtemp");
        exit(1);
    }
    setenv("HOME", home_dir, 1);
}

void itest_env_clean_up(void)
{
    if (home_dir[0]) {
        rmdir(home_dir);
        home_dir[0] = '\0';
    }
}

const char *itest_server_url(int argc, char **argv, const char *env_name)
{
    if (argc > 1 && argv[1][0])
        return argv[1];
    const char *url = getenv(env_name);
    if (url && *url)
        return url;
    fprintf(stderr,
            "no server URL: pass it as the first argument or set %s "
            "(tests/servers/servers.py run does)\n",
            env_name);
    exit(77);
}

bool itest_program_command(char *buf, size_t n, const char *program, const char *args)
{
    /* meson quotes the wrapper's words for the shell */
    const char *wrapper = getenv("MESON_EXE_WRAPPER");
    if (wrapper == NULL)
        wrapper = "";
    if (strchr(program, '\'') != NULL)
        return FAIL("cannot quote the program's path %s", program);
    int len = snprintf(buf, n, "%s%s'%s' %s", wrapper, *wrapper ? " " : "", program, args);
    if (len < 0 || (size_t)len >= n)
        return FAIL("the command to run %s is too long", program);
    return true;
}

void itest_sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0)
        ;
}

double itest_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

int itest_finish(const char *name)
{
    itest_env_clean_up();
    if (itest_failures) {
        fprintf(stderr, "%s: %d check(s) failed\n", name, itest_failures);
        return 1;
    }
    printf("%s: all checks passed\n", name);
    return 0;
}
