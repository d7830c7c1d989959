/*
 * tools/cli/wait.c - `awsc <service> wait <waiter>`.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

void cli_print_waiters(FILE *f, const struct awsc_service *svc)
{
    if (!svc->waiter_count)
        return;
    fprintf(f, "%s waiters (awsc %s wait <waiter> [parameters]):\n", cli_service_name(svc),
            cli_service_name(svc));
    for (uint32_t k = 0; k < svc->waiter_count; k++) {
        const struct awsc_waiter *w = &awsc_service_waiters(svc)[k];
        const struct awsc_operation *op = awsc_waiter_operation(svc, w);
        const char *op_name = op ? awsc_operation_name(op) : NULL;
        char name[128];
        cli_kebab(awsc_waiter_name(w), name, sizeof name);
        fprintf(f, "  %s (%s every %u s, at most %u times)\n", name, op_name ? op_name : "?",
                w->delay, w->max_attempts);
    }
}

/* `awsc <service> wait <waiter>`: when argv[*i] is "wait", finds the
 * waiter and leaves *i on its name. Returns 0, or an exit code. */
int cli_wait_command(const struct awsc_service *svc, int argc, char **argv, int *i,
                     const struct awsc_waiter **waiter)
{
    *waiter = NULL;
    if (strcmp(argv[*i], "wait") != 0 || !svc->waiter_count)
        return 0;
    if (*i + 1 >= argc || strcmp(argv[*i + 1], "help") == 0) {
        cli_print_waiters(*i + 1 >= argc ? stderr : stdout, svc);
        return *i + 1 >= argc ? EXIT_USAGE : -1;
    }
    for (uint32_t k = 0; k < svc->waiter_count && !*waiter; k++)
        if (cli_name_matches(argv[*i + 1], awsc_waiter_name(&awsc_service_waiters(svc)[k])))
            *waiter = &awsc_service_waiters(svc)[k];
    if (!*waiter) {
        fprintf(stderr, "awsc: %s has no waiter '%s' (awsc %s wait help lists them)\n",
                cli_service_name(svc), argv[*i + 1], cli_service_name(svc));
        return EXIT_USAGE;
    }
    ++*i;
    return 0;
}

int cli_wait(struct awsc_client *client, const struct awsc_waiter *waiter, const void *input,
             const struct cli_paging *paging, struct awsc_error *err)
{
    struct awsc_wait_options opts = {.delay_ms = paging->waiter_delay_ms,
                                     .max_attempts = paging->waiter_max_attempts};
    return awsc_wait(client, waiter, input, &opts, err);
}

/* A wait that did not succeed: its message, and the AWS CLI's exit code. */
int cli_wait_report(int rc, const struct awsc_error *err)
{
    if (cli_report_setup_error(false, rc, err))
        return EXIT_CONFIG;
    fprintf(stderr, "\n%s\n", err->message ? err->message : awsc_strerror(rc));
    return rc == AWSC_E_VALIDATION ? EXIT_USAGE : EXIT_OTHER;
}
