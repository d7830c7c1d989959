/*
 * credential_process (botocore's ProcessProvider): the profile's command,
 * split as Python's shlex.split does and executed directly (never through
 * a shell: nothing in the value is interpreted but the quoting), its
 * standard output parsed as version 1 JSON:
 *
 *   {"Version": 1, "AccessKeyId": "...", "SecretAccessKey": "...",
 *    "SessionToken": "...", "Expiration": "2024-01-01T00:00:00Z"}
 *
 * A process may take its time (a hardware token, a prompt): the fetch
 * runs on a worker thread (AWSC_PROVIDER_BLOCKING), never on a loop. A
 * process that fails is an error quoting what it wrote on stderr.
 */
#include "auth.h"
#include "protocol/json.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define OUTPUT_MAX (1024 * 1024)

struct process_provider {
    struct awsc__creds_env *env;
    char *profile; /* NULL: the env's */
};

static void process_destroy(void *impl)
{
    struct process_provider *pp = impl;
    if (!pp)
        return;
    awsc__creds_env_release(pp->env);
    awsc__free(pp->profile);
    awsc__free(pp);
}

struct run {
    struct awsc_buf out, err;
    int exit_status; /* as waitpid gives it */
    int spawn_errno; /* the program could not be started */
};

static void close_pair(int p[2])
{
    for (int i = 0; i < 2; i++)
        if (p[i] >= 0)
            close(p[i]);
}

static bool cloexec_pipe(int p[2])
{
    p[0] = p[1] = -1;
    if (pipe(p) != 0)
        return false;
    fcntl(p[0], F_SETFD, FD_CLOEXEC);
    fcntl(p[1], F_SETFD, FD_CLOEXEC);
    return true;
}

/* Run argv with stdout and stderr collected; false when out of memory or
 * pipes (errno in r->spawn_errno for a program that did not start). */
static bool run_process(char **argv, struct run *r)
{
    int out[2], err[2];
    if (!cloexec_pipe(out))
        return r->spawn_errno = errno, false;
    if (!cloexec_pipe(err)) {
        r->spawn_errno = errno;
        close_pair(out);
        return false;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err[1], 2);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(out[1]);
    close(err[1]);
    if (rc != 0) {
        r->spawn_errno = rc;
        close(out[0]);
        close(err[0]);
        return false;
    }
    struct pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    struct awsc_buf *bufs[2] = {&r->out, &r->err};
    int open = 2;
    while (open > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char chunk[4096];
            ssize_t n = read(fds[i].fd, chunk, sizeof chunk);
            if (n > 0) {
                if (bufs[i]->len < OUTPUT_MAX)
                    awsc__buf_append(bufs[i], chunk, (size_t)n);
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open--;
            }
        }
    }
    for (int i = 0; i < 2; i++)
        if (fds[i].fd >= 0)
            close(fds[i].fd);
    while (waitpid(pid, &r->exit_status, 0) < 0 && errno == EINTR)
        ;
    awsc__buf_append(&r->out, "", 0);
    awsc__buf_append(&r->err, "", 0);
    return !r->out.failed && !r->err.failed;
}

static const char *doc_string(const struct awsc_document *doc, const char *key)
{
    const struct awsc_document *v = awsc__document_get(doc, key);
    return v && v->type == AWSC_DOC_STRING ? v->string : NULL;
}

/* The answer from the process's output. */
static void parse_output(struct awsc__fetch *f, const struct run *r, const char *profile,
                         const char *account_setting)
{
    struct awsc_arena *a = awsc__arena_new();
    if (!a) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
        return;
    }
    struct awsc_document doc;
    struct awsc__json_opts opts = {0};
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc__json_read_document((const uint8_t *)r->out.data, r->out.len, &doc, a, &opts, &err) !=
            AWSC_OK ||
        doc.type != AWSC_DOC_OBJECT) {
        awsc__fetch_fail(f, err.status == AWSC_E_NOMEM ? AWSC_E_NOMEM : AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from custom-process: the output of "
                         "credential_process (profile %s) is not a JSON object: %s",
                         profile, err.message ? err.message : r->out.data);
        awsc_error_clean_up(&err);
        awsc__arena_destroy(a);
        return;
    }
    const struct awsc_document *version = awsc__document_get(&doc, "Version");
    if (!version || version->type != AWSC_DOC_NUMBER || version->number != 1.0) {
        const char *shown = !version                           ? "<Version key not provided>"
                            : version->type == AWSC_DOC_NUMBER ? version->string
                            : version->type == AWSC_DOC_STRING ? version->string
                                                               : "(not a number)";
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from custom-process: Unsupported "
                         "version '%s' for credential process provider, supported versions: 1",
                         shown);
        awsc__arena_destroy(a);
        return;
    }
    const char *key = doc_string(&doc, "AccessKeyId");
    const char *secret = doc_string(&doc, "SecretAccessKey");
    if (!key || !secret) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from custom-process: Missing required "
                         "key in response: '%s'",
                         key ? "SecretAccessKey" : "AccessKeyId");
        awsc__arena_destroy(a);
        return;
    }
    int64_t expiration = 0;
    const char *exp = doc_string(&doc, "Expiration");
    if (exp && !awsc__parse_expiration(exp, &expiration)) {
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from custom-process: Expiration is "
                         "not a timestamp: \"%s\"",
                         exp);
        awsc__arena_destroy(a);
        return;
    }
    const char *account = doc_string(&doc, "AccountId");
    struct awsc__credentials c = AWSC__CREDENTIALS_INIT;
    if (awsc__credentials_set(&c, "custom-process", key, secret, doc_string(&doc, "SessionToken"),
                              account ? account : account_setting) != AWSC_OK) {
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
    } else {
        c.expiration = expiration;
        awsc__fetch_ok(f, &c);
    }
    awsc__arena_destroy(a);
}

/* On a worker thread. */
static void process_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct process_provider *pp = awsc__provider_impl(p);
    const struct awsc__shared_config *cfg = pp->env->cfg;
    const char *profile = pp->profile ? pp->profile : awsc__shared_config_profile(cfg);
    const char *command = awsc__profile_get(cfg, profile, "credential_process");
    if (!command) {
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND,
                         "custom-process (profile %s has no credential_process)", profile);
        return;
    }
    char **argv = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc__shell_split(command, &argv, &err) != AWSC_OK) {
        awsc__fetch_fail(f, err.status,
                         "Error when retrieving credentials from custom-process: the "
                         "credential_process of profile %s cannot be split into words: %s",
                         profile, err.message);
        awsc_error_clean_up(&err);
        return;
    }
    if (!argv[0]) {
        awsc__fetch_fail(f, AWSC_E_CONFIG,
                         "Error when retrieving credentials from custom-process: the "
                         "credential_process of profile %s is empty",
                         profile);
        awsc__argv_free(argv);
        return;
    }
    struct run r = {AWSC_BUF_INIT, AWSC_BUF_INIT, 0, 0};
    bool ran = run_process(argv, &r);
    if (!ran && r.spawn_errno)
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from custom-process: cannot run "
                         "\"%s\" (credential_process of profile %s): %s",
                         argv[0], profile, strerror(r.spawn_errno));
    else if (!ran)
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
    else if (!WIFEXITED(r.exit_status) || WEXITSTATUS(r.exit_status) != 0)
        awsc__fetch_fail(f, AWSC_E_CREDENTIALS,
                         "Error when retrieving credentials from custom-process: %s"
                         "(credential_process of profile %s %s %d)",
                         r.err.len > 1 ? r.err.data : "", profile,
                         WIFEXITED(r.exit_status) ? "exited with status" : "killed by signal",
                         WIFEXITED(r.exit_status) ? WEXITSTATUS(r.exit_status)
                                                  : WTERMSIG(r.exit_status));
    else
        parse_output(f, &r, profile, awsc__profile_get(cfg, profile, "aws_account_id"));
    awsc__buf_clean_up(&r.out);
    awsc__buf_clean_up(&r.err);
    awsc__argv_free(argv);
}

static const struct awsc__provider_ops PROCESS_OPS = {
    .method = "custom-process", .fetch = process_fetch, .destroy = process_destroy};

int awsc__process_provider_new(struct awsc__creds_env *env, const char *profile,
                               struct awsc__provider **out)
{
    *out = NULL;
    struct process_provider *pp = awsc__calloc(1, sizeof *pp);
    if (!pp)
        return AWSC_E_NOMEM;
    if (profile && !(pp->profile = awsc__strdup(profile))) {
        awsc__free(pp);
        return AWSC_E_NOMEM;
    }
    awsc__creds_env_retain(env);
    pp->env = env;
    return awsc__provider_new(&PROCESS_OPS, pp, AWSC__PROVIDER_CREDENTIALS, AWSC_PROVIDER_BLOCKING,
                              out);
}
