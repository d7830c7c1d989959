/*
 * tools/cli/rds.c - `awsc rds generate-db-auth-token`.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* awsc rds generate-db-auth-token --hostname H --port P --username U
 * [--region R], as the AWS CLI's: prints the token. It needs credentials
 * and a region only, so any compiled service's client makes it. */
int cli_rds_db_auth_token(struct awsc_config *cfg, struct cli_globals *g, int argc, char **argv,
                          int i)
{
    const char *host = NULL, *user = NULL;
    int64_t port = 0;
    for (; i < argc; i++) {
        const char *o = argv[i];
        bool has_value = i + 1 < argc;
        int global = cli_global_option(argc, argv, &i, cfg, g);
        if (global < 0)
            return EXIT_OTHER;
        if (global)
            continue;
        if (has_value && strcmp(o, "--hostname") == 0) {
            host = argv[++i];
        } else if (has_value && strcmp(o, "--port") == 0) {
            if (!cli_positive(o, argv[++i], &port))
                return EXIT_USAGE;
            if (port > 65535) {
                fprintf(stderr, "awsc: --port: %s is not a port (1-65535)\n", argv[i]);
                return EXIT_USAGE;
            }
        } else if (has_value && strcmp(o, "--username") == 0) {
            user = argv[++i];
        } else {
            fprintf(stderr, "awsc: rds generate-db-auth-token: unexpected argument '%s'\n", o);
            return EXIT_USAGE;
        }
    }
    if (!host || !port || !user) {
        fprintf(stderr, "awsc: rds generate-db-auth-token: --hostname, --port and --username "
                        "are required\n");
        return EXIT_USAGE;
    }
    size_t n = 0;
    const struct awsc_service *const *all = awsc_services(&n);
    const struct awsc_service *svc = awsc_service_find("rds");
    struct awsc_client *client = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    char *token = NULL;
    int rc = svc || n ? awsc_client_new(svc ? svc : all[0], cfg, &client, &err) : AWSC_E_NOT_FOUND;
    if (rc == AWSC_OK)
        rc = awsc_rds_db_auth_token(client, host, (int)port, user, NULL, &token, &err);
    int exit_code = 0;
    if (rc == AWSC_OK) {
        printf("%s\n", token);
    } else {
        fprintf(stderr, "\n%s\n", err.message ? err.message : awsc_strerror(rc));
        exit_code = rc == AWSC_E_INVALID_ARG ? EXIT_USAGE : EXIT_OTHER;
    }
    awsc_output_free(token);
    awsc_error_clean_up(&err);
    awsc_client_destroy(client);
    return exit_code;
}
