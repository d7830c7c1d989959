/*
 * tools/cli/cli.h - what the modules of the awsc tool share: the AWS CLI's
 * exit codes, the options every command takes, and each module's entry
 * points.
 */
#ifndef AWSC_TOOLS_CLI_H
#define AWSC_TOOLS_CLI_H

#include <awsc/awsc.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "client/client.h"

/* AWS CLI v2 exit codes */
#define EXIT_USAGE   252
#define EXIT_CONFIG  253 /* no credentials, no region, a bad profile */
#define EXIT_SERVICE 254
#define EXIT_OTHER   255

/* The options every command takes (besides those kept in awsc_config). */
struct cli_globals {
    bool debug;
    bool no_verify_ssl;
    const char *query;  /* --query: JMESPath over the response */
    const char *output; /* --output: json (NULL), text, table, yaml, yaml-stream */
};

/* The pagination options of the AWS CLI, and the waiter overrides. */
struct cli_paging {
    bool no_paginate;
    const char *given; /* the first of --max-items, --page-size, --starting-token */
    int64_t max_items;
    int64_t page_size;
    const char *starting_token;
    int64_t waiter_delay_ms;
    int waiter_max_attempts;
};

/* names.c */
bool cli_name_matches(const char *cli, const char *model);
void cli_kebab(const char *name, char *out, size_t cap);
const char *cli_service_name(const struct awsc_service *svc);
const struct awsc_service *cli_find_service(const char *name);
const struct awsc_operation *cli_find_operation(const struct awsc_service *svc, const char *name);

/* args.c */
char *cli_read_file(const char *path, size_t *len);
/* mkdir -p of the folder a file goes into; -1 with errno set */
int cli_make_parents(const char *path);
int cli_option_text(const char *value, char **owned, const char **text, size_t *len,
                    struct awsc_error *err);
int cli_set_member(const struct awsc_member *m, const char *value, void *input,
                   struct awsc_arena *arena, struct awsc_error *err);
bool cli_positive(const char *o, const char *v, int64_t *out);
bool cli_timeout(const char *o, const char *v, long *out);
int cli_global_option(int argc, char **argv, int *i, struct awsc_config *cfg,
                      struct cli_globals *g);
void cli_warn_unverified(const struct cli_globals *g, const struct awsc_client *client);

/* output.c */
void cli_log_line(void *ud, const char *line);
/* A call that could not start for want of credentials or a region: the
 * AWS CLI's words for it on stderr ("... by running "awsc configure".")
 * and true (exit with EXIT_CONFIG); false for any other error. debug:
 * what the credential chain tried too. */
bool cli_report_setup_error(bool debug, int rc, const struct awsc_error *err);
/* Prints a response's JSON text (the tool's own, as the AWS CLI prints
 * json) through --query and --output; title: the operation's name (the
 * table format's title). Returns the exit status: 0, or 252 for a bad
 * --query or --output, 255 otherwise, with a message on stderr. */
int cli_print_response(const struct cli_globals *g, const char *json, size_t len,
                       const char *title);
/* --query and --output checked before any call: 0, or 252 with a message. */
int cli_check_output_options(const struct cli_globals *g);
int cli_print_event(void *ud, const void *event);
void cli_add_next_token(struct awsc_buf *text, const char *token);

/* yaml_input.c (with libyaml): --cli-input-yaml's text as JSON in *json;
 * AWSC_E_VALIDATION with the AWS CLI's message for a text that is no YAML
 * or no map. */
int cli_yaml_to_json(const char *text, size_t len, struct awsc_buf *json, struct awsc_error *err);

/* paging.c */
int cli_paging_option(int argc, char **argv, int *i, bool paginated, bool waiting,
                      struct cli_paging *pg);
const struct awsc_paginator *cli_paginator(const struct awsc_service *svc,
                                           const struct awsc_operation *op);
int cli_paging_decide(const struct awsc_operation *op, const struct awsc_paginator **pg,
                      const void *input, const struct cli_paging *paging);
int cli_call_paginated(struct awsc_client *client, const struct awsc_paginator *paginator,
                       const void *input, const struct cli_paging *paging, void **output,
                       char **next_token, struct awsc_error *err);

/* wait.c */
void cli_print_waiters(FILE *f, const struct awsc_service *svc);
int cli_wait_command(const struct awsc_service *svc, int argc, char **argv, int *i,
                     const struct awsc_waiter **waiter);
int cli_wait(struct awsc_client *client, const struct awsc_waiter *waiter, const void *input,
             const struct cli_paging *paging, struct awsc_error *err);
int cli_wait_report(int rc, const struct awsc_error *err);

/* operation.c */
int cli_operation(struct awsc_config *cfg, struct cli_globals *g, struct cli_paging *paging,
                  const struct awsc_service *svc, int argc, char **argv, int i);

/* help.c: `awsc help`, `awsc SERVICE help`, `awsc SERVICE OPERATION help`:
 * the reference's man page (awsc.1, awsc-SERVICE.1,
 * awsc-SERVICE-OPERATION.1) when one is installed or built, shown by
 * man(1). Returns false when there is none (the caller prints its short
 * help instead). */
bool cli_help_page(const char *service, const char *operation);

/* rds.c */
int cli_rds_db_auth_token(struct awsc_config *cfg, struct cli_globals *g, int argc, char **argv,
                          int i);

/* s3.c: `awsc s3 COMMAND` (argv[i] is the command); presign alone in a
 * build without S3 */
bool cli_s3_command(const char *name);
int cli_s3(struct awsc_config *cfg, struct cli_globals *g, const struct awsc_service *svc, int argc,
           char **argv, int i);

/* s3_presign.c */
int cli_s3_presign(struct awsc_config *cfg, struct cli_globals *g, const struct awsc_service *svc,
                   int argc, char **argv, int i);

#endif
