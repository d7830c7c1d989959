/*
 * tools/cli/output.c - what the tool prints: the --debug log, the events
 * of an event stream, and NextToken added to a paged output.
 */
#include <ctype.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "protocol/json.h"
#include "query.h"
#ifdef AWSC_CLI_FORMATS
#include "format.h"
#endif

void cli_log_line(void *ud, const char *line)
{
    (void)ud;
    fprintf(stderr, "%s\n", line);
}

bool cli_report_setup_error(bool debug, int rc, const struct awsc_error *err)
{
    const char *m = err->message ? err->message : "";
    bool no_credentials =
        rc == AWSC_E_CREDENTIALS && strncmp(m, "Unable to locate credentials", 28) == 0;
    bool no_region = (rc == AWSC_E_CONFIG && strcmp(m, "You must specify a region.") == 0) ||
                     (rc == AWSC_E_ENDPOINT && strcmp(m, "Invalid Configuration: Missing Region") == 0);
    if (!no_credentials && !no_region)
        return false;
    if (debug) /* what the credential chain tried */
        fprintf(stderr, "awsc: %s\n", m);
    if (no_credentials)
        fprintf(stderr, "\nUnable to locate credentials. You can configure credentials by running "
                        "\"awsc configure\".\n");
    else
        fprintf(stderr, "\nYou must specify a region. You can also configure your region by "
                        "running \"awsc configure\".\n");
    return true;
}

/* An event of an event stream, printed as it arrives: one JSON object,
 * the event's type as its key, as boto3 yields it. */
int cli_print_event(void *ud, const void *event)
{
    const struct awsc_shape *stream = ud;
    struct awsc__json_opts o = {
        .member_names = true, .timestamps = AWSC__JSON_TS_CLI, .pretty = true};
    struct awsc_buf text = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc__json_write(&text, stream, event, &o, &err);
    if (rc == AWSC_OK && text.data) {
        printf("%s\n", text.data);
        fflush(stdout);
    } else {
        fprintf(stderr, "awsc: %s\n", err.message ? err.message : awsc_strerror(rc));
    }
    awsc__buf_clean_up(&text);
    awsc_error_clean_up(&err);
    return rc == AWSC_OK ? 0 : 1;
}

/* Adds "NextToken": token as the last member of the pretty-printed object
 * in text, as the AWS CLI does when --max-items stopped short. */
void cli_add_next_token(struct awsc_buf *text, const char *token)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    size_t end = text->len;
    while (end > 0 && text->data[end - 1] != '}')
        end--;
    if (end == 0)
        return;
    size_t body = end - 1;
    while (body > 0 && isspace((unsigned char)text->data[body - 1]))
        body--;
    bool empty = body > 0 && text->data[body - 1] == '{';
    awsc__buf_append(&b, text->data, body);
    awsc__buf_puts(&b, empty ? "\n    \"NextToken\": " : ",\n    \"NextToken\": ");
    awsc__json_put_string(&b, token, strlen(token));
    awsc__buf_puts(&b, "\n}");
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return;
    }
    awsc__buf_clean_up(text);
    *text = b;
}

/* The --output format: the option, else AWS_DEFAULT_OUTPUT, else json. */
static const char *output_name(const struct cli_globals *g)
{
    const char *env = getenv("AWS_DEFAULT_OUTPUT");
    return g->output ? g->output : env && *env ? env : "json";
}

int cli_check_output_options(const struct cli_globals *g)
{
    const char *name = output_name(g);
#ifdef AWSC_CLI_FORMATS
    enum awsc_cli_output fmt;
    if (awsc_cli_output_parse(name, &fmt) < 0) {
#else
    if (strcmp(name, "json") != 0) {
#endif
        (void)name;
        fprintf(stderr,
                "\nusage: awsc [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
                "To see help text, you can run:\n\n  awsc help\n  awsc <command> help\n"
                "  awsc <command> <subcommand> help\n\n"
                "awsc: error: argument --output: Invalid choice, valid choices are:\n\n"
                "%-41s| %-40s\n%-41s| %-40s\n%-40s\n\n",
                "json", "text", "table", "yaml", "yaml-stream");
        return EXIT_USAGE;
    }
    if (g->query) {
        struct awsc_arena *arena = awsc__arena_new();
        struct awsc_cli_query *q;
        struct awsc_error err = AWSC_ERROR_INIT;
        int rc = arena ? awsc_cli_query_compile(g->query, arena, &q, &err) : AWSC_E_NOMEM;
        if (rc != AWSC_OK)
            fprintf(stderr, "\nBad value for --query %s: %s\n", g->query,
                    err.message ? err.message : awsc_strerror(rc));
        awsc_error_clean_up(&err);
        awsc__arena_destroy(arena);
        if (rc != AWSC_OK)
            return rc == AWSC_E_NOMEM ? EXIT_OTHER : EXIT_USAGE;
    }
    return 0;
}

int cli_print_response(const struct cli_globals *g, const char *json, size_t len,
                       const char *title)
{
    const char *name = output_name(g);
    if (!g->query && strcmp(name, "json") == 0) {
        /* the tool's own JSON is the AWS CLI's: printed as it is */
        if (len > 2)
            printf("%.*s\n", (int)len, json);
        return 0;
    }
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_document doc = {0}, result;
    struct awsc__json_opts o = {0};
    struct awsc_cli_query *q = NULL;
    int rc = arena ? AWSC_OK : AWSC_E_NOMEM;
    int status = 0;
    if (rc == AWSC_OK)
        rc = awsc__json_read_document((const uint8_t *)(len ? json : "{}"), len ? len : 2, &doc,
                                      arena, &o, &err);
    result = doc;
    if (rc == AWSC_OK && g->query) {
        rc = awsc_cli_query_compile(g->query, arena, &q, &err);
        if (rc == AWSC_OK)
            rc = awsc_cli_query_eval(q, &doc, arena, &result, &err);
        if (rc == AWSC_E_INVALID_ARG) {
            /* a type error while evaluating: the AWS CLI ends with 255 */
            fprintf(stderr, "\n%s\n", err.message);
            status = EXIT_OTHER;
        }
    }
#ifdef AWSC_CLI_FORMATS
    enum awsc_cli_output fmt = AWSC_CLI_OUTPUT_JSON;
    awsc_cli_output_parse(name, &fmt);
    struct awsc_cli_format_opts fo = {.title = title};
    if (rc == AWSC_OK)
        rc = awsc_cli_format(stdout, &result, fmt, &fo, &err);
#else
    (void)title;
    if (rc == AWSC_OK) {
        /* json alone without the formats: the query's result as JSON */
        struct awsc_buf b = AWSC_BUF_INIT;
        struct awsc__json_opts wo = {.pretty = true};
        rc = awsc__json_write_document(&b, &result, &wo, &err);
        if (rc == AWSC_OK && !(result.type == AWSC_DOC_OBJECT && result.count == 0))
            printf("%s\n", b.data ? b.data : "null");
        awsc__buf_clean_up(&b);
    }
#endif
    if (rc != AWSC_OK && !status) {
        fprintf(stderr, "\n%s\n", err.message ? err.message : awsc_strerror(rc));
        status = rc == AWSC_E_VALIDATION ? EXIT_USAGE : EXIT_OTHER;
    }
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
    return status;
}
