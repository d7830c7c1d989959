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

#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client/client.h"
#include "eventstream/events.h"
#include "configure.h"
#include "protocol/json.h"

/* AWS CLI v2 exit codes */
#define EXIT_USAGE   252
#define EXIT_SERVICE 254
#define EXIT_OTHER   255

static void usage(FILE *f)
{
    fprintf(f, "usage: awsc [options] <service> <operation> [parameters]\n"
               "       awsc <service> wait <waiter> [parameters]\n"
               "                                  call until the waiter's state is reached\n"
               "       awsc <service> help        the operations and waiters of a service\n"
               "       awsc s3 presign s3://BUCKET/KEY [--expires-in SECONDS]\n"
               "                                  a presigned URL to GET the object (3600 s)\n"
               "       awsc rds generate-db-auth-token --hostname H --port P --username U\n"
               "                                  an IAM authentication token for a database\n"
               "       awsc configure list        where the profile, credentials and region "
               "come from\n"
               "       awsc configure export-credentials [--format process|env|...]\n"
               "                                  the credentials, for another program\n"
               "       awsc help                  the compiled services\n"
               "\n"
               "options:\n"
               "  --endpoint-url URL      send requests to URL\n"
               "  --region REGION         the region to sign for\n"
               "  --profile NAME          the profile of ~/.aws/config and credentials\n"
               "  --cli-input-json JSON   the whole input as JSON, or @FILE\n"
               "  --debug                 log every request and response (secrets redacted)\n"
               "  --cli-connect-timeout S seconds to wait for a connection (0: no limit; 60)\n"
               "  --cli-read-timeout S    seconds a response may stall (0: no limit; 60)\n"
               "  --ca-bundle FILE        the CA certificates to verify HTTPS servers with\n"
               "                          (else AWS_CA_BUNDLE, the profile's ca_bundle)\n"
               "  --no-verify-ssl         do not verify HTTPS certificates\n"
               "  --no-sign-request       send unsigned requests; load no credentials\n"
               "  --<member> VALUE        one input member (JSON for lists, maps, structures)\n"
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

/* "put-item" matches "PutItem": dashes and case do not count. */
static bool cli_name_matches(const char *cli, const char *model)
{
    while (*cli && *model) {
        if (*cli == '-' || *cli == '_') {
            cli++;
            continue;
        }
        if (tolower((unsigned char)*cli) != tolower((unsigned char)*model))
            return false;
        cli++;
        model++;
    }
    while (*cli == '-' || *cli == '_')
        cli++;
    return !*cli && !*model;
}

/* PutItem -> put-item, as botocore's xform_name does for the common case. */
static void kebab(const char *name, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; name[i] && o + 2 < cap; i++) {
        char c = name[i];
        bool upper = isupper((unsigned char)c);
        if (upper && i > 0) {
            bool prev_lower =
                islower((unsigned char)name[i - 1]) || isdigit((unsigned char)name[i - 1]);
            bool next_lower = name[i + 1] && islower((unsigned char)name[i + 1]);
            if (prev_lower || (next_lower && isupper((unsigned char)name[i - 1])))
                out[o++] = '-';
        }
        out[o++] = (char)tolower((unsigned char)c);
    }
    out[o] = '\0';
}

static const char *cli_service_name(const struct awsc_service *svc)
{
    return strcmp(svc->name, "s3") == 0 ? "s3api" : svc->name;
}

static const struct awsc_service *find_service(const char *name)
{
    size_t n;
    const struct awsc_service *const *all = awsc_services(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(cli_service_name(all[i]), name) == 0 || strcmp(all[i]->name, name) == 0)
            return all[i];
    return NULL;
}

static const struct awsc_operation *find_operation(const struct awsc_service *svc, const char *name)
{
    for (uint32_t i = 0; i < svc->operation_count; i++)
        if (cli_name_matches(name, svc->operations[i]->name))
            return svc->operations[i];
    return NULL;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        awsc__buf_append(&b, chunk, n);
    bool bad = ferror(f) != 0;
    fclose(f);
    if (bad || b.failed) {
        awsc__buf_clean_up(&b);
        return NULL;
    }
    *len = b.len;
    return awsc__buf_steal(&b);
}

static void log_line(void *ud, const char *line)
{
    (void)ud;
    fprintf(stderr, "%s\n", line);
}

/* An event of an event stream, printed as it arrives: one JSON object,
 * the event's type as its key, as boto3 yields it. */
static int print_event(void *ud, const void *event)
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

/* A value given on the command line: file://PATH reads the text of a
 * file, fileb://PATH the bytes of one (for blobs). */
static int option_text(const char *value, char **owned, const char **text, size_t *len,
                       struct awsc_error *err)
{
    *owned = NULL;
    const char *path = NULL;
    if (strncmp(value, "file://", 7) == 0)
        path = value + 7;
    else if (strncmp(value, "fileb://", 8) == 0)
        path = value + 8;
    if (!path) {
        *text = value;
        *len = strlen(value);
        return AWSC_OK;
    }
    *owned = read_file(path, len);
    if (!*owned)
        return awsc__fail(err, AWSC_E_IO, "cannot read %s: %s", path, strerror(errno));
    *text = *owned;
    return AWSC_OK;
}

/* Sets one input member from a --member option. Scalars are parsed here,
 * with errors that name the parameter; structures, lists, maps and
 * documents are JSON. */
static int set_member(const struct awsc_member *m, const char *value, void *input,
                      struct awsc_arena *arena, struct awsc_error *err)
{
    unsigned char *field = (unsigned char *)input + m->offset;
    if ((m->flags & AWSC_MF_STREAMING) || (m->shape->flags & AWSC_SF_STREAMING)) {
        /* as the AWS CLI: a streamed body is the file named, sent as it is
         * read (fileb:// and file:// are accepted too) */
        struct awsc_stream *st = (struct awsc_stream *)(void *)field;
        memset(st, 0, sizeof *st);
        const char *path = strncmp(value, "fileb://", 8) == 0  ? value + 8
                           : strncmp(value, "file://", 7) == 0 ? value + 7
                                                               : value;
        st->path = awsc__arena_strdup(arena, path);
        return st->path ? AWSC_OK : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    char *owned = NULL;
    const char *text = NULL;
    size_t len = 0;
    int rc = option_text(value, &owned, &text, &len, err);
    if (rc != AWSC_OK)
        return rc;
    char *end = NULL;
    errno = 0;
    switch (m->shape->type) {
    case AWSC_SHAPE_STRING:
        *(const char **)(void *)field = awsc__arena_strndup(arena, text, len);
        break;
    case AWSC_SHAPE_BLOB: {
        struct awsc_blob *b = (struct awsc_blob *)(void *)field;
        if (strncmp(value, "fileb://", 8) == 0) {
            b->data = awsc__arena_memdup(arena, text, len);
            b->len = len;
        } else {
            /* as the AWS CLI: blobs on the command line are base64 */
            uint8_t *out = awsc__arena_alloc(arena, len / 4 * 3 + 3);
            if (!out || !awsc__base64_decode(text, len, out, &b->len))
                rc = awsc__fail(err, AWSC_E_VALIDATION,
                                "Invalid base64 for parameter %s (use fileb://PATH for raw "
                                "bytes)",
                                m->name);
            b->data = out;
        }
        break;
    }
    case AWSC_SHAPE_BOOLEAN:
        if (strcmp(text, "true") == 0 || strcmp(text, "false") == 0)
            *(bool *)field = text[0] == 't';
        else
            rc = awsc__fail(err, AWSC_E_VALIDATION,
                            "Invalid value for parameter %s: \"%s\" is not true or false", m->name,
                            text);
        break;
    case AWSC_SHAPE_BYTE:
    case AWSC_SHAPE_SHORT:
    case AWSC_SHAPE_INTEGER:
    case AWSC_SHAPE_LONG: {
        long long v = strtoll(text, &end, 10);
        long long lo = m->shape->type == AWSC_SHAPE_BYTE      ? INT8_MIN
                       : m->shape->type == AWSC_SHAPE_SHORT   ? INT16_MIN
                       : m->shape->type == AWSC_SHAPE_INTEGER ? INT32_MIN
                                                              : INT64_MIN;
        long long hi = m->shape->type == AWSC_SHAPE_BYTE      ? INT8_MAX
                       : m->shape->type == AWSC_SHAPE_SHORT   ? INT16_MAX
                       : m->shape->type == AWSC_SHAPE_INTEGER ? INT32_MAX
                                                              : INT64_MAX;
        if (!*text || *end || errno || v < lo || v > hi) {
            rc = awsc__fail(err, AWSC_E_VALIDATION,
                            "Invalid value for parameter %s: \"%s\" is not an integer in "
                            "%lld..%lld",
                            m->name, text, lo, hi);
            break;
        }
        if (m->shape->type == AWSC_SHAPE_BYTE)
            *(int8_t *)field = (int8_t)v;
        else if (m->shape->type == AWSC_SHAPE_SHORT)
            *(int16_t *)(void *)field = (int16_t)v;
        else if (m->shape->type == AWSC_SHAPE_INTEGER)
            *(int32_t *)(void *)field = (int32_t)v;
        else
            *(int64_t *)(void *)field = (int64_t)v;
        break;
    }
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE: {
        double v = strtod(text, &end);
        if (!*text || *end) {
            rc =
                awsc__fail(err, AWSC_E_VALIDATION,
                           "Invalid value for parameter %s: \"%s\" is not a number", m->name, text);
            break;
        }
        if (m->shape->type == AWSC_SHAPE_FLOAT)
            *(float *)(void *)field = (float)v;
        else
            *(double *)(void *)field = v;
        break;
    }
    case AWSC_SHAPE_TIMESTAMP:
        if (!awsc__ts_parse(text, (struct awsc_timestamp *)(void *)field))
            rc = awsc__fail(err, AWSC_E_VALIDATION,
                            "Invalid value for parameter %s: \"%s\" is not a timestamp "
                            "(ISO 8601 or epoch seconds)",
                            m->name, text);
        break;
    default: {
        /* JSON for everything else; a structure member is a pointer */
        void *dest = field;
        if (m->shape->type == AWSC_SHAPE_STRUCTURE || m->shape->type == AWSC_SHAPE_DOCUMENT) {
            dest = awsc__arena_alloc(arena, m->shape->type == AWSC_SHAPE_DOCUMENT
                                                ? sizeof(struct awsc_document)
                                                : m->shape->size);
            *(void **)(void *)field = dest;
        }
        struct awsc__json_opts jo = {.member_names = true, .strict = true};
        struct awsc_error jerr = AWSC_ERROR_INIT;
        rc = dest ? (m->shape->type == AWSC_SHAPE_DOCUMENT
                         ? awsc__json_read_document((const uint8_t *)text, len, dest, arena, &jo,
                                                    &jerr)
                         : awsc__json_read((const uint8_t *)text, len, m->shape, dest, arena, &jo,
                                           &jerr))
                  : AWSC_E_NOMEM;
        if (rc != AWSC_OK)
            rc = awsc__fail(err, rc == AWSC_E_NOMEM ? AWSC_E_NOMEM : AWSC_E_VALIDATION,
                            "Invalid JSON for parameter %s: %s", m->name,
                            jerr.message ? jerr.message : awsc_strerror(rc));
        awsc_error_clean_up(&jerr);
        break;
    }
    }
    if (rc == AWSC_OK && m->has_offset != AWSC_NO_PRESENCE)
        *(bool *)((unsigned char *)input + m->has_offset) = true;
    awsc__free(owned);
    return rc;
}

/* The --member options of the command line, applied after --cli-input-json
 * so that they win over it. */
struct option_value {
    const struct awsc_member *member;
    const char *value;
};

/* ------------------------------------------------ paging and waiters */

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

static bool cli_positive(const char *o, const char *v, int64_t *out)
{
    char *end;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (errno || end == v || *end || n <= 0) {
        fprintf(stderr, "awsc: %s needs a positive whole number, not '%s'\n", o, v);
        return false;
    }
    *out = n;
    return true;
}

/* --no-paginate anywhere; --max-items, --page-size and --starting-token
 * for an operation with a paginator; --waiter-delay MS and
 * --waiter-max-attempts N for wait. Returns 1 when argv[*i] was one (its
 * value consumed too), 0 when not, -1 on a usage error. */
static int cli_paging_option(int argc, char **argv, int *i, bool paginated, bool waiting,
                             struct cli_paging *pg)
{
    const char *o = argv[*i];
    if (strcmp(o, "--no-paginate") == 0) {
        pg->no_paginate = true;
        return 1;
    }
    bool paging = paginated && (strcmp(o, "--max-items") == 0 || strcmp(o, "--page-size") == 0 ||
                                strcmp(o, "--starting-token") == 0);
    bool wait =
        waiting && (strcmp(o, "--waiter-delay") == 0 || strcmp(o, "--waiter-max-attempts") == 0);
    if (!paging && !wait)
        return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "awsc: %s needs a value\n", o);
        return -1;
    }
    const char *v = argv[++*i];
    int64_t n = 0;
    if (strcmp(o, "--starting-token") == 0)
        pg->starting_token = v;
    else if (!cli_positive(o, v, &n))
        return -1;
    if (strcmp(o, "--max-items") == 0)
        pg->max_items = n;
    else if (strcmp(o, "--page-size") == 0)
        pg->page_size = n;
    else if (strcmp(o, "--waiter-delay") == 0)
        pg->waiter_delay_ms = n;
    else if (strcmp(o, "--waiter-max-attempts") == 0)
        pg->waiter_max_attempts = n > 1000000 ? 1000000 : (int)n;
    if (paging && !pg->given)
        pg->given = o;
    return 1;
}

/* The paginator of an operation, or NULL. */
static const struct awsc_paginator *cli_paginator(const struct awsc_service *svc,
                                                  const struct awsc_operation *op)
{
    for (uint32_t k = 0; op && k < svc->paginator_count; k++)
        if (awsc_paginator_operation(&svc->paginators[k]) == op)
            return &svc->paginators[k];
    return NULL;
}

/* Whether to page, as the AWS CLI decides: yes unless --no-paginate, or an
 * input token or the limit key (--limit, --max-keys ...) set by hand. A
 * usage error (the exit code) for paging options with either. */
static int cli_paging_decide(const struct awsc_paginator **pg, const void *input,
                             const struct cli_paging *paging)
{
    if (!*pg)
        return 0;
    const struct awsc_operation *op = awsc_paginator_operation(*pg);
    uint32_t n = (*pg)->token_count + ((*pg)->limit_key >= 0);
    for (uint32_t k = 0; input && k < n; k++) {
        uint32_t index =
            k < (*pg)->token_count ? (*pg)->input_tokens[k] : (uint32_t)(*pg)->limit_key;
        const struct awsc_member *m = &op->input->members[index];
        if (awsc__member_is_set(m, input)) {
            if (paging->given) {
                fprintf(stderr, "awsc: %s cannot be used with --%s, which pages by hand\n",
                        paging->given, m->name);
                return EXIT_USAGE;
            }
            *pg = NULL;
            return 0;
        }
    }
    if (paging->no_paginate) {
        if (paging->given) {
            fprintf(stderr,
                    "awsc: Cannot specify --no-paginate along with pagination arguments: %s\n",
                    paging->given);
            return EXIT_USAGE;
        }
        *pg = NULL;
    }
    return 0;
}

/* Every page merged as the AWS CLI prints them; *next_token (to free) is
 * set when --max-items stopped short. */
static int cli_call_paginated(struct awsc_client *client, const struct awsc_paginator *paginator,
                              const void *input, const struct cli_paging *paging, void **output,
                              char **next_token, struct awsc_error *err)
{
    struct awsc_page_options opts = {.max_items = paging->max_items,
                                     .page_size = paging->page_size,
                                     .starting_token = paging->starting_token};
    struct awsc_pager *pager = NULL;
    int rc = awsc_pager_new(client, paginator, input, &opts, &pager, err);
    if (rc == AWSC_OK)
        rc = awsc_pager_collect(pager, output, err);
    const char *token = rc == AWSC_OK ? awsc_pager_resume_token(pager) : NULL;
    if (token && !(*next_token = awsc__strdup(token)))
        rc = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    awsc_pager_destroy(pager);
    return rc;
}

/* Adds "NextToken": token as the last member of the pretty-printed object
 * in text, as the AWS CLI does when --max-items stopped short. */
static void cli_add_next_token(struct awsc_buf *text, const char *token)
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

static void cli_print_waiters(FILE *f, const struct awsc_service *svc)
{
    if (!svc->waiter_count)
        return;
    fprintf(f, "%s waiters (awsc %s wait <waiter> [parameters]):\n", cli_service_name(svc),
            cli_service_name(svc));
    for (uint32_t k = 0; k < svc->waiter_count; k++) {
        char name[128];
        kebab(svc->waiters[k].name, name, sizeof name);
        fprintf(f, "  %s (%s every %u s, at most %u times)\n", name,
                awsc_waiter_operation(&svc->waiters[k])->name, svc->waiters[k].delay,
                svc->waiters[k].max_attempts);
    }
}

/* `awsc <service> wait <waiter>`: when argv[*i] is "wait", finds the
 * waiter and leaves *i on its name. Returns 0, or an exit code. */
static int cli_wait_command(const struct awsc_service *svc, int argc, char **argv, int *i,
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
        if (cli_name_matches(argv[*i + 1], svc->waiters[k].name))
            *waiter = &svc->waiters[k];
    if (!*waiter) {
        fprintf(stderr, "awsc: %s has no waiter '%s' (awsc %s wait help lists them)\n",
                cli_service_name(svc), argv[*i + 1], cli_service_name(svc));
        return EXIT_USAGE;
    }
    ++*i;
    return 0;
}

static int cli_wait(struct awsc_client *client, const struct awsc_waiter *waiter, const void *input,
                    const struct cli_paging *paging, struct awsc_error *err)
{
    struct awsc_wait_options opts = {.delay_ms = paging->waiter_delay_ms,
                                     .max_attempts = paging->waiter_max_attempts};
    return awsc_wait(client, waiter, input, &opts, err);
}

/* A wait that did not succeed: its message, and the AWS CLI's exit code. */
static int cli_wait_report(int rc, const struct awsc_error *err)
{
    fprintf(stderr, "\n%s\n", err->message ? err->message : awsc_strerror(rc));
    return rc == AWSC_E_VALIDATION ? EXIT_USAGE : EXIT_OTHER;
}

/* ------------------------------------------------ options of every command */

struct cli_globals {
    bool debug;
    bool no_verify_ssl;
};

/* --cli-connect-timeout and --cli-read-timeout, as the AWS CLI reads them:
 * whole seconds, 0 for no limit. */
static bool cli_timeout(const char *o, const char *v, long *out)
{
    char *end;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (errno || end == v || *end || n > 2000000) {
        fprintf(stderr, "\nawsc: %s: '%s' is not a whole number of seconds (0 to 2000000)\n", o, v);
        return false;
    }
    if (n < 0) {
        fprintf(stderr,
                "\nAttempted to set %s timeout to %lld, but the timeout cannot be negative "
                "(0: no limit)\n",
                strcmp(o, "--cli-read-timeout") == 0 ? "read" : "connect", n);
        return false;
    }
    *out = n == 0 ? AWSC_TIMEOUT_NONE : (long)n * 1000;
    return true;
}

/* The options every command takes, wherever they stand: 1 when argv[*i]
 * was one (its value consumed too), 0 when not, -1 on an error (reported;
 * the AWS CLI's exit status 255). */
static int cli_global_option(int argc, char **argv, int *i, struct awsc_config *cfg,
                             struct cli_globals *g)
{
    const char *o = argv[*i];
    bool has_value = *i + 1 < argc;
    if (strcmp(o, "--debug") == 0) {
        g->debug = true;
    } else if (strcmp(o, "--no-verify-ssl") == 0) {
        cfg->no_verify_ssl = g->no_verify_ssl = true;
    } else if (strcmp(o, "--no-sign-request") == 0) {
        cfg->no_sign_request = true;
    } else if (has_value && strcmp(o, "--endpoint-url") == 0) {
        cfg->endpoint_url = argv[++*i];
    } else if (has_value && strcmp(o, "--region") == 0) {
        cfg->region = argv[++*i];
    } else if (has_value && strcmp(o, "--profile") == 0) {
        cfg->profile = argv[++*i];
    } else if (has_value && strcmp(o, "--ca-bundle") == 0) {
        cfg->ca_bundle = argv[++*i];
    } else if (has_value && strcmp(o, "--cli-connect-timeout") == 0) {
        return cli_timeout(o, argv[++*i], &cfg->connect_timeout_ms) ? 1 : -1;
    } else if (has_value && strcmp(o, "--cli-read-timeout") == 0) {
        return cli_timeout(o, argv[++*i], &cfg->read_timeout_ms) ? 1 : -1;
    } else {
        return 0;
    }
    return 1;
}

/* --no-verify-ssl: the warning urllib3 gives the AWS CLI, once, when the
 * requests go over HTTPS (to the endpoint URL, or to AWS). */
static void cli_warn_unverified(const struct cli_globals *g, const struct awsc_client *client)
{
    const char *url = client ? awsc_client_endpoint_url(client) : NULL;
    if (!g->no_verify_ssl || (url && strncmp(url, "https:", 6) != 0))
        return;
    fprintf(stderr,
            "awsc: warning: --no-verify-ssl: Unverified HTTPS requests are being made%s%s. "
            "Adding certificate verification is strongly advised.\n",
            url ? " to " : "", url ? url : "");
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

/* awsc s3 presign s3://BUCKET/KEY [--expires-in SECONDS], as the AWS
 * CLI's: prints a URL that GETs the object without credentials until it
 * expires. */
static int cli_s3_presign(struct awsc_config *cfg, struct cli_globals *g,
                          const struct awsc_service *svc, int argc, char **argv, int i)
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
    void *input = rc == AWSC_OK && op ? awsc__calloc(1, op->input->size) : NULL;
    for (uint32_t k = 0; input && k < op->input->member_count; k++) {
        const struct awsc_member *m = &op->input->members[k];
        if (strcmp(m->name, "Bucket") == 0 || strcmp(m->name, "Key") == 0)
            *(const char **)(void *)((unsigned char *)input + m->offset) =
                m->name[0] == 'B' ? bucket : slash + 1;
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

/* awsc rds generate-db-auth-token --hostname H --port P --username U
 * [--region R], as the AWS CLI's: prints the token. It needs credentials
 * and a region only, so any compiled service's client makes it. */
static int cli_rds_db_auth_token(struct awsc_config *cfg, struct cli_globals *g, int argc,
                                 char **argv, int i)
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

int main(int argc, char **argv)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    const char *cli_input = NULL;
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
            usage(stdout);
            return 0;
        } else if (strcmp(o, "--version") == 0) {
            printf("awsc/%s\n", AWSC_VERSION_STRING);
            return 0;
        } else {
            fprintf(stderr, "awsc: unknown option %s\n", o);
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (i >= argc || strcmp(argv[i], "help") == 0) {
        usage(i >= argc ? stderr : stdout);
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
    const struct awsc_service *svc = find_service(argv[i]);
    if (!svc) {
        fprintf(stderr,
                "awsc: the service '%s' is not compiled into this awsc "
                "(awsc help lists those that are)\n",
                argv[i]);
        return EXIT_USAGE;
    }
    i++;
    if (i >= argc || strcmp(argv[i], "help") == 0) {
        FILE *f = i >= argc ? stderr : stdout;
        fprintf(f, "%s (%s) operations:\n", cli_service_name(svc), svc->full_name);
        for (uint32_t k = 0; k < svc->operation_count; k++) {
            char name[128];
            kebab(svc->operations[k]->name, name, sizeof name);
            fprintf(f, "  %s\n", name);
        }
        cli_print_waiters(f, svc);
        return i >= argc ? EXIT_USAGE : 0;
    }
    if ((svc->flags & AWSC_SVC_S3) && strcmp(argv[i], "presign") == 0)
        return cli_s3_presign(&cfg, &globals, svc, argc, argv, i + 1);
    const struct awsc_waiter *waiter = NULL;
    int wait_status = cli_wait_command(svc, argc, argv, &i, &waiter);
    if (wait_status)
        return wait_status < 0 ? 0 : wait_status;
    const struct awsc_operation *op =
        waiter ? awsc_waiter_operation(waiter) : find_operation(svc, argv[i]);
    const struct awsc_paginator *paginator = waiter ? NULL : cli_paginator(svc, op);
    if (!op) {
        fprintf(stderr, "awsc: %s has no operation '%s' (awsc %s help lists them)\n",
                cli_service_name(svc), argv[i], cli_service_name(svc));
        return EXIT_USAGE;
    }
    i++;

    /* operation parameters, and global options after them */
    struct option_value *values = calloc((size_t)argc, sizeof *values);
    size_t nvalues = 0;
    int status = values ? 0 : EXIT_OTHER;
    /* an operation whose output streams (GetObject) writes it to a file
     * named by a positional argument, like the AWS CLI's outfile */
    bool takes_outfile = !waiter && op->input && op->input->has_sink;
    const char *outfile = NULL;
    for (; i < argc && !status; i++) {
        const char *o = argv[i];
        if (takes_outfile && !outfile && strncmp(o, "--", 2) != 0) {
            outfile = o;
            continue;
        }
        if (strncmp(o, "--", 2) != 0) {
            fprintf(stderr, "awsc: unexpected argument '%s'\n", o);
            status = EXIT_USAGE;
            break;
        }
        int global = cli_global_option(argc, argv, &i, &cfg, &globals);
        if (global < 0)
            status = EXIT_OTHER;
        if (global)
            continue;
        int paging_option = cli_paging_option(argc, argv, &i, paginator, waiter, &paging);
        if (paging_option < 0)
            status = EXIT_USAGE;
        if (paging_option)
            continue;
        bool has_value = i + 1 < argc;
        if (has_value && strcmp(o, "--cli-input-json") == 0) {
            cli_input = argv[++i];
        } else {
            const struct awsc_member *m = NULL;
            bool negate = strncmp(o, "--no-", 5) == 0;
            for (uint32_t k = 0; op->input && k < op->input->member_count; k++) {
                const struct awsc_member *c = &op->input->members[k];
                if (cli_name_matches(o + 2, c->name) ||
                    (negate && c->shape->type == AWSC_SHAPE_BOOLEAN &&
                     cli_name_matches(o + 5, c->name)))
                    m = c;
            }
            if (!m) {
                fprintf(stderr, "awsc: %s %s has no parameter %s\n", cli_service_name(svc),
                        op->name, o);
                status = EXIT_USAGE;
                break;
            }
            values[nvalues].member = m;
            if (m->shape->type == AWSC_SHAPE_BOOLEAN &&
                (!has_value || strncmp(argv[i + 1], "--", 2) == 0)) {
                values[nvalues].value = negate ? "false" : "true";
            } else if (!has_value) {
                fprintf(stderr, "awsc: %s needs a value\n", o);
                status = EXIT_USAGE;
                break;
            } else {
                values[nvalues].value = argv[++i];
            }
            nvalues++;
        }
    }
    if (!status && takes_outfile && !outfile) {
        char name[128];
        kebab(op->name, name, sizeof name);
        fprintf(stderr, "awsc: %s %s: the following arguments are required: outfile\n",
                cli_service_name(svc), name);
        status = EXIT_USAGE;
    }
    if (status) {
        free(values);
        return status;
    }

    /* the input: --cli-input-json (inline, @FILE or file://FILE), then the
     * --member options over it */
    struct awsc_arena *arena = awsc__arena_new();
    void *input = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = arena ? AWSC_OK : AWSC_E_NOMEM;
    if (rc == AWSC_OK && op->input) {
        input = awsc__arena_alloc(arena, op->input->size);
        rc = input ? AWSC_OK : AWSC_E_NOMEM;
    }
    if (rc == AWSC_OK && cli_input) {
        char *owned = NULL;
        const char *text = cli_input;
        size_t len = strlen(cli_input);
        if (cli_input[0] == '@') {
            owned = read_file(cli_input + 1, &len);
            if (!owned)
                rc = awsc__fail(&err, AWSC_E_IO, "cannot read %s: %s", cli_input + 1,
                                strerror(errno));
            text = owned;
        } else {
            rc = option_text(cli_input, &owned, &text, &len, &err);
        }
        if (rc == AWSC_OK && op->input) {
            struct awsc__json_opts jo = {.member_names = true, .strict = true};
            rc = awsc__json_read((const uint8_t *)text, len, op->input, input, arena, &jo, &err);
        } else if (rc == AWSC_OK && strspn(text, " \t\r\n{}") != len) {
            rc = awsc__fail(&err, AWSC_E_VALIDATION, "%s takes no parameters", op->name);
        }
        awsc__free(owned);
    }
    for (size_t k = 0; rc == AWSC_OK && k < nvalues; k++)
        rc = set_member(values[k].member, values[k].value, input, arena, &err);
    free(values);
    if (rc == AWSC_OK && outfile)
        ((struct awsc_sink *)(void *)((unsigned char *)input + op->input->sink_offset))->path =
            outfile;
    if (rc == AWSC_OK && (status = cli_paging_decide(&paginator, input, &paging)) != 0) {
        awsc__arena_destroy(arena);
        return status;
    }
    if (rc != AWSC_OK) {
        fprintf(stderr, "\nParameter validation failed:\n%s\n", err.message);
        awsc_error_clean_up(&err);
        awsc__arena_destroy(arena);
        return EXIT_USAGE;
    }

    if (globals.debug) {
        cfg.log_fn = log_line;
        fprintf(stderr, "awsc/%s: %s.%s\n", AWSC_VERSION_STRING, svc->service_id, op->name);
    }
    struct awsc_client *client = NULL;
    rc = awsc_client_new(svc, &cfg, &client, &err);
    if (rc == AWSC_OK)
        cli_warn_unverified(&globals, client);
    void *output = NULL;
    char *next_token = NULL;
    if (rc == AWSC_OK && waiter)
        rc = cli_wait(client, waiter, input, &paging, &err);
    else if (rc == AWSC_OK && paginator)
        rc = cli_call_paginated(client, paginator, input, &paging, &output, &next_token, &err);
    else if (rc == AWSC_OK && awsc__event_stream_member(op))
        rc = awsc_call_events(client, op, input, print_event,
                              (void *)awsc__event_stream_member(op)->shape, &output, &err);
    else if (rc == AWSC_OK)
        rc = awsc_call(client, op, input, &output, &err);
    awsc__arena_destroy(arena);

    int exit_code = 0;
    /* the body went to the outfile: it is not printed, as with the AWS CLI */
    for (uint32_t k = 0; rc == AWSC_OK && output && outfile && k < op->output->member_count; k++)
        if (op->output->members[k].flags & AWSC_MF_STREAMING)
            memset((unsigned char *)output + op->output->members[k].offset, 0,
                   sizeof(struct awsc_stream));
    if (rc == AWSC_OK) {
        if (output) {
            struct awsc__json_opts out_opts = {
                .member_names = true, .timestamps = AWSC__JSON_TS_CLI, .pretty = true};
            struct awsc_buf text = AWSC_BUF_INIT;
            rc = awsc__json_write(&text, op->output, output, &out_opts, &err);
            if (rc == AWSC_OK && next_token)
                cli_add_next_token(&text, next_token);
            if (rc == AWSC_OK && text.len > 2)
                printf("%s\n", text.data);
            else if (rc != AWSC_OK) {
                fprintf(stderr, "awsc: %s\n", err.message);
                exit_code = EXIT_OTHER;
            }
            awsc__buf_clean_up(&text);
            awsc_output_free(output);
        }
    } else if (waiter) {
        exit_code = cli_wait_report(rc, &err);
    } else if (rc == AWSC_E_SERVICE && err.code) {
        fprintf(stderr, "\nAn error occurred (%s) when calling the %s operation: %s\n", err.code,
                op->name, err.message ? err.message : "");
        exit_code = EXIT_SERVICE;
    } else if (rc == AWSC_E_VALIDATION) {
        fprintf(stderr, "\n%s\n", err.message);
        exit_code = EXIT_USAGE;
    } else {
        fprintf(stderr, "\n%s\n", err.message ? err.message : awsc_strerror(rc));
        exit_code = EXIT_OTHER;
    }
    awsc__free(next_token);
    awsc_error_clean_up(&err);
    awsc_client_destroy(client);
    return exit_code;
}
