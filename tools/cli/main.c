/*
 * awsc - the command-line tool. Generic over every compiled-in service,
 * shaped like the AWS CLI:
 *
 *   awsc dynamodb put-item --table-name T --item '{"pk": {"S": "a"}}'
 *   awsc dynamodb put-item --cli-input-json '{...}'    (or @file.json)
 *   awsc sts get-caller-identity --endpoint-url http://... --debug
 *   awsc dynamodb scan --table-name T --max-items 100    (pages, like the CLI)
 *   awsc dynamodb wait table-exists --table-name T
 *   awsc s3api put-object --bucket B --key K --body FILE   (streamed from FILE)
 *   awsc s3api get-object --bucket B --key K OUTFILE       (streamed to OUTFILE)
 *   awsc s3 presign s3://B/K [--expires-in SECONDS]        (a presigned GET URL)
 *   awsc rds generate-db-auth-token --hostname H --port P --username U
 *   awsc bedrock-runtime converse-stream --model-id M --messages '[...]'
 *                                     (each event printed as it arrives)
 *
 * JSON in -> input struct -> call -> output struct -> JSON out, all through
 * the descriptor tables, so every operation of every compiled service works.
 */
#include <awsc/awsc.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "configure.h"

static void cli_usage(FILE *f)
{
    fprintf(f, "usage: awsc [options] <service> <operation> [parameters]\n"
               "       awsc <service> wait <waiter> [parameters]\n"
               "                                  call until the waiter's state is reached\n"
               "       awsc <service> help        the service's reference page (else its operations\n"
               "                                  and waiters)\n"
               "       awsc <service> <operation> help\n"
               "                                  the operation's reference page\n"
               "       awsc s3 presign s3://BUCKET/KEY [--expires-in SECONDS]\n"
               "                                  a presigned URL to GET the object (3600 s)\n"
               "       awsc rds generate-db-auth-token --hostname H --port P --username U\n"
               "                                  an IAM authentication token for a database\n"
               "       awsc configure list        where the profile, credentials and region "
               "come from\n"
               "       awsc configure export-credentials [--format process|env|...]\n"
               "                                  the credentials, for another program\n"
               "       awsc configure get NAME    a value of the profile (region,\n"
               "                                  s3.max_concurrent_requests, profile.P.region)\n"
               "       awsc configure set NAME VALUE\n"
               "                                  the same written to ~/.aws/config (the keys\n"
               "                                  to ~/.aws/credentials)\n"
               "       awsc configure             asks for the keys, region and output format\n"
               "       awsc help                  the reference page (else the compiled services)\n"
               "\n"
               "options:\n"
               "  --endpoint-url URL      send requests to URL\n"
               "  --region REGION         the region to sign for\n"
               "  --profile NAME          the profile of ~/.aws/config and credentials\n"
               "  --cli-input-json JSON   the whole input as JSON, or @FILE\n"
               "  --cli-input-yaml YAML   the whole input as YAML, or file://FILE\n"
               "  --debug                 log every request and response (secrets redacted)\n"
               "  --cli-connect-timeout S seconds to wait for a connection (0: no limit; 60)\n"
               "  --cli-read-timeout S    seconds a response may stall (0: no limit; 60)\n"
               "  --ca-bundle FILE        the CA certificates to verify HTTPS servers with\n"
               "                          (else AWS_CA_BUNDLE, the profile's ca_bundle)\n"
               "  --no-verify-ssl         do not verify HTTPS certificates\n"
               "  --no-sign-request       send unsigned requests; load no credentials\n"
               "  --<member> VALUE        one input member: a scalar, JSON, or the AWS CLI's\n"
               "                          shorthand (--key pk={S=a}); a list takes several\n"
               "  --query EXPR            JMESPath over the response, as the AWS CLI's\n"
               "  --output FORMAT         json (AWS_DEFAULT_OUTPUT, else json), text, table,\n"
               "                          yaml or yaml-stream\n"
               "  --generate-cli-skeleton [input|output]\n"
               "                          the operation's input (or output) with placeholders\n"
               "\n"
               "operations with a paginator return every page, merged, unless:\n"
               "  --no-paginate           one call, one page\n"
               "  --max-items N           stop after N items; prints a NextToken to go on with\n"
               "  --starting-token T      go on from a NextToken\n"
               "  --page-size N           items asked for in each call\n"
               "wait takes --waiter-delay MS and --waiter-max-attempts N over the model's.\n"
               "a streamed input (s3api put-object --body) is read from the FILE given; an\n"
               "operation whose output streams (s3api get-object) takes the file to write it\n"
               "to as its last argument, like the AWS CLI's outfile.\n");
}

/* SIGINT, SIGTERM, SIGHUP: the file a download was writing goes, then the
 * signal ends the program as it would have. */
static void cli_on_signal(int sig)
{
    awsc_remove_partial_downloads();
    raise(sig); /* SA_RESETHAND: the default action, once the handler returns */
}

static void cli_catch_signals(void)
{
    static const int SIGNALS[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t k = 0; k < sizeof SIGNALS / sizeof SIGNALS[0]; k++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = cli_on_signal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(SIGNALS[k], &sa, NULL);
    }
}

int main(int argc, char **argv)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    struct cli_globals globals = {0};
    struct cli_paging paging = {0};
    cli_catch_signals();
    int i = 1;
    /* global options before the service */
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        const char *o = argv[i];
        int global = cli_global_option(argc, argv, &i, &cfg, &globals);
        if (global < 0)
            return EXIT_OTHER;
        if (global)
            continue;
        if (strcmp(o, "--no-paginate") == 0) {
            paging.no_paginate = true;
        } else if (strcmp(o, "--help") == 0) {
            cli_usage(stdout);
            return 0;
        } else if (strcmp(o, "--version") == 0) {
            printf("awsc/%s\n", AWSC_VERSION_STRING);
            return 0;
        } else {
            fprintf(stderr, "awsc: unknown option %s\n", o);
            cli_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (i < argc && strcmp(argv[i], "help") == 0 && cli_help_page(NULL, NULL))
        return 0;
    if (i >= argc || strcmp(argv[i], "help") == 0) {
        cli_usage(i >= argc ? stderr : stdout);
        size_t n;
        const struct awsc_service *const *all = awsc_services(&n);
        fprintf(i >= argc ? stderr : stdout, "\nservices:");
        for (size_t k = 0; k < n; k++)
            fprintf(i >= argc ? stderr : stdout, " %s", cli_service_name(all[k]));
        fprintf(i >= argc ? stderr : stdout, "\n");
        return i >= argc ? EXIT_USAGE : 0;
    }
    cfg.mfa = awsc_cli_mfa_prompt;
    if (strcmp(argv[i], "configure") == 0)
        return awsc_cli_configure(cfg.profile, argc, argv, i + 1);
    if (strcmp(argv[i], "rds") == 0 && i + 1 < argc &&
        strcmp(argv[i + 1], "generate-db-auth-token") == 0)
        return cli_rds_db_auth_token(&cfg, &globals, argc, argv, i + 2);
    const struct awsc_service *svc = cli_find_service(argv[i]);
    if (!svc) {
        fprintf(stderr,
                "awsc: the service '%s' is not compiled into this awsc "
                "(awsc help lists those that are)\n",
                argv[i]);
        return EXIT_USAGE;
    }
    i++;
    if (i < argc && strcmp(argv[i], "help") == 0 && cli_help_page(awsc_service_name(svc), NULL))
        return 0;
    if (i >= argc || strcmp(argv[i], "help") == 0) {
        FILE *f = i >= argc ? stderr : stdout;
        fprintf(f, "%s (%s) operations:\n", cli_service_name(svc), awsc_service_full_name(svc));
        for (uint32_t k = 0; k < svc->operation_count; k++) {
            char name[128];
            cli_kebab(awsc_operation_name(awsc_service_operation_at(svc, k)), name, sizeof name);
            fprintf(f, "  %s\n", name);
        }
        cli_print_waiters(f, svc);
        return i >= argc ? EXIT_USAGE : 0;
    }
    if ((svc->flags & AWSC_SVC_S3) && cli_s3_command(argv[i]))
        return cli_s3(&cfg, &globals, svc, argc, argv, i);
    return cli_operation(&cfg, &globals, &paging, svc, argc, argv, i);
}
