/*
 * tools/cli/s3_presign.c - `awsc s3 presign`.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* awsc s3 presign s3://BUCKET/KEY [--expires-in SECONDS], as the AWS
 * CLI's: prints a URL that GETs the object without credentials until it
 * expires. */
int cli_s3_presign(struct awsc_config *cfg, struct cli_globals *g, const struct awsc_service *svc,
                   int argc, char **argv, int i)
{
    const char *target = NULL;
    struct awsc_presign_options opts = {.expires_in = 3600};
    for (; i < argc; i++) {
        const char *o = argv[i];
        bool has_value = i + 1 < argc;
        int64_t seconds = 0;
        int global = cli_global_option(argc, argv, &i, cfg, g);
        if (global < 0)
            return EXIT_OTHER;
        if (global)
            continue;
        if (has_value && strcmp(o, "--expires-in") == 0) {
            if (!cli_positive(o, argv[++i], &seconds))
                return EXIT_USAGE;
            opts.expires_in = seconds;
        } else if (!target && strncmp(o, "--", 2) != 0) {
            target = o;
        } else {
            fprintf(stderr, "awsc: s3 presign: unexpected argument '%s'\n", o);
            return EXIT_USAGE;
        }
    }
    const char *slash = target && strncmp(target, "s3://", 5) == 0 ? strchr(target + 5, '/') : NULL;
    if (!slash || slash == target + 5 || !slash[1]) {
        fprintf(stderr, "awsc: s3 presign: give the object as s3://BUCKET/KEY\n");
        return EXIT_USAGE;
    }
    char *bucket = awsc__strndup(target + 5, (size_t)(slash - target - 5));
    struct awsc_client *client = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_presigned_url *url = NULL;
    int rc = bucket ? awsc_client_new(svc, cfg, &client, &err) : AWSC_E_NOMEM;
    /* the input of GetObject: its Bucket and Key members, by name */
    const struct awsc_operation *op = awsc_service_operation(svc, "GetObject");
    void *input = rc == AWSC_OK && op ? awsc__calloc(1, awsc_operation_input(op)->size) : NULL;
    for (uint32_t k = 0; input && k < awsc_shape_member_count(awsc_operation_input(op)); k++) {
        const struct awsc_member *m = &awsc_shape_members(awsc_operation_input(op))[k];
        if (strcmp(awsc_member_name(m), "Bucket") == 0 || strcmp(awsc_member_name(m), "Key") == 0)
            *(const char **)(void *)((unsigned char *)input + m->offset) =
                awsc_member_name(m)[0] == 'B' ? bucket : slash + 1;
    }
    if (rc == AWSC_OK)
        rc = input ? awsc_presign_url(client, "GetObject", input, &opts, &url, &err) : AWSC_E_NOMEM;
    int exit_code = 0;
    if (rc == AWSC_OK) {
        printf("%s\n", url->url);
    } else {
        fprintf(stderr, "\n%s\n", err.message ? err.message : awsc_strerror(rc));
        exit_code = rc == AWSC_E_VALIDATION ? EXIT_USAGE : EXIT_OTHER;
    }
    awsc_output_free(url);
    awsc__free(input);
    awsc__free(bucket);
    awsc_error_clean_up(&err);
    awsc_client_destroy(client);
    return exit_code;
}

#ifndef AWSC_CLI_S3
/* A build without S3's typed calls has presign only. */
bool cli_s3_command(const char *name)
{
    return strcmp(name, "presign") == 0;
}

int cli_s3(struct awsc_config *cfg, struct cli_globals *g, const struct awsc_service *svc, int argc,
           char **argv, int i)
{
    return cli_s3_presign(cfg, g, svc, argc, argv, i + 1);
}
#endif
