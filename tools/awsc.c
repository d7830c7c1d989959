/*
 * awsc - the command-line tool. Generic over every compiled-in service,
 * shaped like the AWS CLI:
 *
 *   awsc dynamodb put-item --table-name T --item '{"pk": {"S": "a"}}'
 *   awsc dynamodb put-item --cli-input-json '{...}'    (or @file.json)
 *   awsc sts get-caller-identity --endpoint-url http://... --debug
 *
 * JSON in -> input struct -> call -> output struct -> JSON out, all through
 * the descriptor tables, so every operation of every compiled service works.
 */
#include <awsc/awsc.h>

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client/client.h"
#include "protocol/json.h"

/* AWS CLI v2 exit codes */
#define EXIT_USAGE   252
#define EXIT_SERVICE 254
#define EXIT_OTHER   255

static void usage(FILE *f)
{
    fprintf(f, "usage: awsc [options] <service> <operation> [parameters]\n"
               "       awsc <service> help        the operations of a service\n"
               "       awsc help                  the compiled services\n"
               "\n"
               "options:\n"
               "  --endpoint-url URL      send requests to URL\n"
               "  --region REGION         the region to sign for\n"
               "  --profile NAME          the profile of ~/.aws/config and credentials\n"
               "  --cli-input-json JSON   the whole input as JSON, or @FILE\n"
               "  --debug                 log every request and response (secrets redacted)\n"
               "  --<member> VALUE        one input member (JSON for lists, maps, structures)\n");
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

/* The value of a --member option as JSON: strings quoted, numbers and
 * booleans as they are, JSON text for everything else. */
static int member_json(const struct awsc_member *m, const char *value, struct awsc_buf *out)
{
    switch (m->shape->type) {
    case AWSC_SHAPE_STRING:
    case AWSC_SHAPE_BLOB:
        awsc__json_put_string(out, value, strlen(value));
        return 0;
    case AWSC_SHAPE_TIMESTAMP: {
        char *end;
        strtod(value, &end);
        if (*value && !*end)
            awsc__buf_puts(out, value);
        else
            awsc__json_put_string(out, value, strlen(value));
        return 0;
    }
    default:
        awsc__buf_puts(out, value);
        return 0;
    }
}

/* Merges --member options into the JSON input: the result is an object
 * with the --cli-input-json members first, then the options. */
static char *merge_input(const char *cli_json, size_t cli_len, struct awsc_buf *members)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    size_t start = 0, end = cli_len;
    if (cli_json) {
        while (start < end && isspace((unsigned char)cli_json[start]))
            start++;
        while (end > start && isspace((unsigned char)cli_json[end - 1]))
            end--;
    }
    bool have_cli =
        cli_json && end - start >= 2 && cli_json[start] == '{' && cli_json[end - 1] == '}';
    if (cli_json && !have_cli)
        return NULL;
    awsc__buf_putc(&b, '{');
    bool any = false;
    if (have_cli) {
        /* the object's inside, if it has any member */
        size_t i = start + 1, j = end - 1;
        while (i < j && isspace((unsigned char)cli_json[i]))
            i++;
        if (i < j) {
            awsc__buf_append(&b, cli_json + i, j - i);
            any = true;
        }
    }
    if (members->len) {
        if (any)
            awsc__buf_putc(&b, ',');
        awsc__buf_append(&b, members->data, members->len);
    }
    awsc__buf_putc(&b, '}');
    return awsc__buf_steal(&b);
}

int main(int argc, char **argv)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    const char *cli_input = NULL;
    bool debug = false;
    int i = 1;
    /* global options before the service */
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--debug") == 0) {
            debug = true;
        } else if (i + 1 < argc && strcmp(o, "--endpoint-url") == 0) {
            cfg.endpoint_url = argv[++i];
        } else if (i + 1 < argc && strcmp(o, "--region") == 0) {
            cfg.region = argv[++i];
        } else if (i + 1 < argc && strcmp(o, "--profile") == 0) {
            cfg.profile = argv[++i];
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
        return i >= argc ? EXIT_USAGE : 0;
    }
    const struct awsc_operation *op = find_operation(svc, argv[i]);
    if (!op) {
        fprintf(stderr, "awsc: %s has no operation '%s' (awsc %s help lists them)\n",
                cli_service_name(svc), argv[i], cli_service_name(svc));
        return EXIT_USAGE;
    }
    i++;

    /* operation parameters, and global options after them */
    struct awsc_buf members = AWSC_BUF_INIT;
    int status = 0;
    for (; i < argc; i++) {
        const char *o = argv[i];
        if (strncmp(o, "--", 2) != 0) {
            fprintf(stderr, "awsc: unexpected argument '%s'\n", o);
            status = EXIT_USAGE;
            break;
        }
        if (strcmp(o, "--debug") == 0) {
            debug = true;
            continue;
        }
        bool has_value = i + 1 < argc;
        if (has_value && strcmp(o, "--endpoint-url") == 0) {
            cfg.endpoint_url = argv[++i];
        } else if (has_value && strcmp(o, "--region") == 0) {
            cfg.region = argv[++i];
        } else if (has_value && strcmp(o, "--profile") == 0) {
            cfg.profile = argv[++i];
        } else if (has_value && strcmp(o, "--cli-input-json") == 0) {
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
                fprintf(stderr, "awsc: %s %s has no parameter %s\n", cli_service_name(svc), argv[2],
                        o);
                status = EXIT_USAGE;
                break;
            }
            if (members.len)
                awsc__buf_putc(&members, ',');
            awsc__json_put_string(&members, m->name, strlen(m->name));
            awsc__buf_putc(&members, ':');
            if (m->shape->type == AWSC_SHAPE_BOOLEAN &&
                (!has_value || strncmp(argv[i + 1], "--", 2) == 0)) {
                awsc__buf_puts(&members, negate ? "false" : "true");
            } else if (!has_value) {
                fprintf(stderr, "awsc: %s needs a value\n", o);
                status = EXIT_USAGE;
                break;
            } else {
                member_json(m, argv[++i], &members);
            }
        }
    }
    if (status) {
        awsc__buf_clean_up(&members);
        return status;
    }

    /* the input: --cli-input-json, then the --member options */
    char *file_json = NULL;
    size_t cli_len = cli_input ? strlen(cli_input) : 0;
    if (cli_input && cli_input[0] == '@') {
        file_json = read_file(cli_input + 1, &cli_len);
        if (!file_json) {
            fprintf(stderr, "awsc: cannot read %s: %s\n", cli_input + 1, strerror(errno));
            awsc__buf_clean_up(&members);
            return EXIT_USAGE;
        }
        cli_input = file_json;
    }
    char *json = merge_input(cli_input, cli_len, &members);
    awsc__buf_clean_up(&members);
    awsc__free(file_json);
    if (!json) {
        fprintf(stderr, "awsc: --cli-input-json must be a JSON object\n");
        return EXIT_USAGE;
    }

    struct awsc_arena *arena = awsc__arena_new();
    void *input = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc__json_opts in_opts = {.member_names = true};
    int rc = AWSC_OK;
    if (op->input) {
        input = awsc__arena_alloc(arena, op->input->size);
        rc = input ? awsc__json_read((const uint8_t *)json, strlen(json), op->input, input, arena,
                                     &in_opts, &err)
                   : AWSC_E_NOMEM;
    } else if (strcmp(json, "{}") != 0) {
        rc = awsc__fail(&err, AWSC_E_VALIDATION, "%s takes no parameters", op->name);
    }
    awsc__free(json);
    if (rc != AWSC_OK) {
        fprintf(stderr, "\nParameter validation failed:\n%s\n", err.message);
        awsc_error_clean_up(&err);
        awsc__arena_destroy(arena);
        return EXIT_USAGE;
    }

    if (debug) {
        cfg.log_fn = log_line;
        fprintf(stderr, "awsc/%s: %s.%s\n", AWSC_VERSION_STRING, svc->service_id, op->name);
    }
    struct awsc_client *client = NULL;
    rc = awsc_client_new(svc, &cfg, &client, &err);
    void *output = NULL;
    if (rc == AWSC_OK)
        rc = awsc_call(client, op, input, &output, &err);
    awsc__arena_destroy(arena);

    int exit_code = 0;
    if (rc == AWSC_OK) {
        if (output) {
            struct awsc__json_opts out_opts = {
                .member_names = true, .timestamps = AWSC__JSON_TS_ISO8601, .pretty = true};
            struct awsc_buf text = AWSC_BUF_INIT;
            rc = awsc__json_write(&text, op->output, output, &out_opts, &err);
            if (rc == AWSC_OK && text.len > 2)
                printf("%s\n", text.data);
            else if (rc != AWSC_OK) {
                fprintf(stderr, "awsc: %s\n", err.message);
                exit_code = EXIT_OTHER;
            }
            awsc__buf_clean_up(&text);
            awsc_output_free(output);
        }
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
    awsc_error_clean_up(&err);
    awsc_client_destroy(client);
    return exit_code;
}
