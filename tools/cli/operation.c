/*
 * tools/cli/operation.c - any operation of any compiled service: JSON in,
 * input struct, call (paged, waited or streamed), output struct, JSON out.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "eventstream/events.h"
#include "protocol/json.h"
#include "shorthand.h"
#include "skeleton.h"

/* The --member options of the command line, applied after --cli-input-json
 * so that they win over it. */
struct option_value {
    const struct awsc_member *member;
    const char *option; /* as given: "--key" */
    char *const *words; /* its words: one, or several for a list */
    size_t count;
};

static bool is_complex(const struct awsc_shape *s)
{
    return s->type == AWSC_SHAPE_STRUCTURE || s->type == AWSC_SHAPE_LIST ||
           s->type == AWSC_SHAPE_MAP || s->type == AWSC_SHAPE_DOCUMENT;
}

/* One --member option into the input: scalars as the tool reads them,
 * structures, lists and maps as JSON or the AWS CLI's shorthand. */
static int set_option(const struct option_value *v, void *input, struct awsc_arena *arena,
                      struct awsc_error *err)
{
    const struct awsc_member *m = v->member;
    bool streamed =
        (m->flags & AWSC_MF_STREAMING) || (awsc_member_shape(m)->flags & AWSC_SF_STREAMING);
    if (streamed || !is_complex(awsc_member_shape(m)))
        return cli_set_member(m, v->words[0], input, arena, err);
    /* file:// first, as the AWS CLI reads a parameter file before parsing */
    char *owned = NULL;
    const char *text;
    size_t len;
    int rc = cli_option_text(v->words[0], &owned, &text, &len, err);
    char *first = rc == AWSC_OK ? awsc__arena_strndup(arena, text, len) : NULL;
    awsc__free(owned);
    if (rc != AWSC_OK)
        return rc;
    if (!first)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    char **words = awsc__arena_alloc(arena, v->count * sizeof *words);
    if (!words)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    memcpy(words, v->words, v->count * sizeof *words);
    words[0] = first;
    struct awsc_buf json = AWSC_BUF_INIT;
    rc = awsc_cli_param_json(v->option, awsc_member_shape(m), words, v->count, arena, &json, err);
    if (rc == AWSC_OK)
        rc = cli_set_member(m, json.data ? json.data : "", input, arena, err);
    awsc__buf_clean_up(&json);
    return rc;
}

/* --generate-cli-skeleton input|output: the operation's input or output
 * with placeholders, as the AWS CLI prints it. */
static int print_skeleton(const struct cli_globals *g, const struct awsc_operation *op,
                          const char *kind)
{
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_document d;
    struct awsc_buf b = AWSC_BUF_INIT;
    bool output = strcmp(kind, "output") == 0;
    int rc = arena
                 ? awsc_cli_skeleton(output ? awsc_operation_output(op) : awsc_operation_input(op),
                                     output, arena, &d, &err)
                 : AWSC_E_NOMEM;
    struct awsc__json_opts o = {.pretty = true, .ascii = true};
    if (rc == AWSC_OK)
        rc = awsc__json_write_document(&b, &d, &o, &err);
    int status = 0;
    if (rc != AWSC_OK) {
        fprintf(stderr, "awsc: %s\n", err.message ? err.message : awsc_strerror(rc));
        status = EXIT_OTHER;
    } else if (output) {
        status = cli_print_response(g, b.data, b.len, awsc_operation_name(op));
    } else {
        printf("%s\n", b.data);
    }
    awsc__buf_clean_up(&b);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
    return status;
}

/* One operation of a service, as the AWS CLI runs it: argv[i] names the
 * operation (or "wait"); its parameters follow. Returns the exit status. */
int cli_operation(struct awsc_config *cfg, struct cli_globals *g, struct cli_paging *paging,
                  const struct awsc_service *svc, int argc, char **argv, int i)
{
    const char *cli_input = NULL;
    bool input_yaml = false;
    int input_options = 0;
    const struct awsc_waiter *waiter = NULL;
    int wait_status = cli_wait_command(svc, argc, argv, &i, &waiter);
    if (wait_status)
        return wait_status < 0 ? 0 : wait_status;
    const struct awsc_operation *op =
        waiter ? awsc_waiter_operation(svc, waiter) : cli_find_operation(svc, argv[i]);
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
    bool takes_outfile =
        !waiter && awsc_operation_input(op) && awsc_shape_has_sink(awsc_operation_input(op));
    const char *outfile = NULL;
    const char *skeleton = NULL;
    for (; i < argc && !status; i++) {
        const char *o = argv[i];
        if (strcmp(o, "help") == 0) {
            free(values);
            if (cli_help_page(awsc_service_name(svc), awsc_operation_name(op)))
                return 0;
            fprintf(stderr,
                    "awsc: no reference page for %s %s is installed (build it with "
                    "`ninja docs`, or -Ddocs=true to install it)\n",
                    cli_service_name(svc), argv[i - 1]);
            return EXIT_USAGE;
        }
        if (strcmp(o, "--generate-cli-skeleton") == 0) {
            skeleton = "input";
            if (i + 1 < argc &&
                (strcmp(argv[i + 1], "input") == 0 || strcmp(argv[i + 1], "output") == 0 ||
                 strcmp(argv[i + 1], "yaml-input") == 0))
                skeleton = argv[++i];
            if (strcmp(skeleton, "yaml-input") == 0) {
                fprintf(stderr, "awsc: --generate-cli-skeleton yaml-input is not supported: "
                                "use input (JSON; --cli-input-yaml reads YAML of that shape)\n");
                status = EXIT_USAGE;
            }
            continue;
        }
        if (takes_outfile && !outfile && strncmp(o, "--", 2) != 0) {
            outfile = o;
            continue;
        }
        if (strncmp(o, "--", 2) != 0) {
            fprintf(stderr, "awsc: unexpected argument '%s'\n", o);
            status = EXIT_USAGE;
            break;
        }
        int global = cli_global_option(argc, argv, &i, cfg, g);
        if (global < 0)
            status = EXIT_OTHER;
        if (global)
            continue;
        int paging_option = cli_paging_option(argc, argv, &i, paginator, waiter, paging);
        if (paging_option < 0)
            status = EXIT_USAGE;
        if (paging_option)
            continue;
        bool has_value = i + 1 < argc;
        if (has_value &&
            (strcmp(o, "--cli-input-json") == 0 || strcmp(o, "--cli-input-yaml") == 0)) {
            cli_input = argv[++i];
            input_yaml = o[12] == 'y';
            input_options++;
#ifndef AWSC_CLI_FORMATS
            if (input_yaml) {
                fprintf(stderr, "awsc: --cli-input-yaml needs an awsc built with libyaml\n");
                status = EXIT_USAGE;
            }
#endif
        } else {
            const struct awsc_member *m = NULL;
            bool negate = strncmp(o, "--no-", 5) == 0;
            for (uint32_t k = 0;
                 awsc_operation_input(op) && k < awsc_shape_member_count(awsc_operation_input(op));
                 k++) {
                const struct awsc_member *c = &awsc_shape_members(awsc_operation_input(op))[k];
                if (cli_name_matches(o + 2, awsc_member_name(c)) ||
                    (negate && awsc_member_shape(c)->type == AWSC_SHAPE_BOOLEAN &&
                     cli_name_matches(o + 5, awsc_member_name(c))))
                    m = c;
            }
            if (!m) {
                fprintf(stderr, "awsc: %s %s has no parameter %s\n", cli_service_name(svc),
                        awsc_operation_name(op), o);
                status = EXIT_USAGE;
                break;
            }
            values[nvalues].member = m;
            values[nvalues].option = o;
            values[nvalues].words = &argv[i + 1];
            values[nvalues].count = 1;
            if (awsc_member_shape(m)->type == AWSC_SHAPE_BOOLEAN &&
                (!has_value || strncmp(argv[i + 1], "--", 2) == 0)) {
                static char *const TRUE_WORD[] = {"true"};
                static char *const FALSE_WORD[] = {"false"};
                values[nvalues].words = negate ? FALSE_WORD : TRUE_WORD;
            } else if (!has_value) {
                fprintf(stderr, "awsc: %s needs a value\n", o);
                status = EXIT_USAGE;
                break;
            } else {
                i++;
                /* a list takes every word up to the next option */
                while (awsc_member_shape(m)->type == AWSC_SHAPE_LIST && i + 1 < argc &&
                       strncmp(argv[i + 1], "--", 2) != 0) {
                    values[nvalues].count++;
                    i++;
                }
            }
            nvalues++;
        }
    }
    if (!status && takes_outfile && !outfile) {
        char name[128];
        cli_kebab(awsc_operation_name(op), name, sizeof name);
        fprintf(stderr, "awsc: %s %s: the following arguments are required: outfile\n",
                cli_service_name(svc), name);
        status = EXIT_USAGE;
    }
    if (!status && input_options > 1) {
        fprintf(stderr, "\nOnly one --cli-input- parameter may be specified.\n");
        status = EXIT_USAGE;
    }
    if (!status && skeleton) {
        status = print_skeleton(g, op, skeleton);
        free(values);
        return status;
    }
    if (!status)
        status = cli_check_output_options(g);
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
    if (rc == AWSC_OK && awsc_operation_input(op)) {
        input = awsc__arena_alloc(arena, awsc_operation_input(op)->size);
        rc = input ? AWSC_OK : AWSC_E_NOMEM;
    }
    if (rc == AWSC_OK && cli_input) {
        char *owned = NULL;
        const char *text = cli_input;
        size_t len = strlen(cli_input);
        if (cli_input[0] == '@') {
            owned = cli_read_file(cli_input + 1, &len);
            if (!owned)
                rc = awsc__fail(&err, AWSC_E_IO, "cannot read %s: %s", cli_input + 1,
                                strerror(errno));
            text = owned;
        } else {
            rc = cli_option_text(cli_input, &owned, &text, &len, &err);
        }
#ifdef AWSC_CLI_FORMATS
        struct awsc_buf yaml_json = AWSC_BUF_INIT;
        if (rc == AWSC_OK && input_yaml) {
            rc = cli_yaml_to_json(text, len, &yaml_json, &err);
            text = yaml_json.data;
            len = yaml_json.len;
        }
#endif
        if (rc == AWSC_OK && awsc_operation_input(op)) {
            struct awsc__json_opts jo = {.member_names = true, .strict = true};
            rc = awsc__json_read((const uint8_t *)text, len, awsc_operation_input(op), input, arena,
                                 &jo, &err);
        } else if (rc == AWSC_OK && strspn(text, " \t\r\n{}") != len) {
            rc = awsc__fail(&err, AWSC_E_VALIDATION, "%s takes no parameters",
                            awsc_operation_name(op));
        }
#ifdef AWSC_CLI_FORMATS
        awsc__buf_clean_up(&yaml_json);
#endif
        awsc__free(owned);
    }
    for (size_t k = 0; rc == AWSC_OK && k < nvalues; k++)
        rc = set_option(&values[k], input, arena, &err);
    free(values);
    if (rc == AWSC_OK && outfile)
        ((struct awsc_sink *)(void *)((unsigned char *)input +
                                      awsc_shape_sink_offset(awsc_operation_input(op))))
            ->path = outfile;
    if (rc == AWSC_OK && (status = cli_paging_decide(op, &paginator, input, paging)) != 0) {
        awsc__arena_destroy(arena);
        return status;
    }
    if (rc != AWSC_OK && err.message && strncmp(err.message, "Error parsing parameter", 23) == 0) {
        /* a value the AWS CLI's own parsing refuses: said as it says it */
        fprintf(stderr, "\n%s\n", err.message);
        awsc_error_clean_up(&err);
        awsc__arena_destroy(arena);
        return EXIT_USAGE;
    }
    if (rc != AWSC_OK) {
        fprintf(stderr, "\nParameter validation failed:\n%s\n", err.message);
        awsc_error_clean_up(&err);
        awsc__arena_destroy(arena);
        return EXIT_USAGE;
    }

    if (g->debug) {
        cfg->log_fn = cli_log_line;
        fprintf(stderr, "awsc/%s: %s.%s\n", AWSC_VERSION_STRING, awsc_service_service_id(svc),
                awsc_operation_name(op));
    }
    struct awsc_client *client = NULL;
    rc = awsc_client_new(svc, cfg, &client, &err);
    if (rc == AWSC_OK)
        cli_warn_unverified(g, client);
    void *output = NULL;
    char *next_token = NULL;
    if (rc == AWSC_OK && waiter)
        rc = cli_wait(client, waiter, input, paging, &err);
    else if (rc == AWSC_OK && paginator)
        rc = cli_call_paginated(client, paginator, input, paging, &output, &next_token, &err);
    else if (rc == AWSC_OK && awsc__event_stream_member(op))
        rc = awsc_call_events(client, op, input, cli_print_event,
                              (void *)awsc_member_shape(awsc__event_stream_member(op)), &output,
                              &err);
    else if (rc == AWSC_OK)
        rc = awsc_call(client, op, input, &output, &err);
    awsc__arena_destroy(arena);

    int exit_code = 0;
    /* the body went to the outfile: it is not printed, as with the AWS CLI */
    for (uint32_t k = 0; rc == AWSC_OK && output && outfile &&
                         k < awsc_shape_member_count(awsc_operation_output(op));
         k++)
        if (awsc_shape_members(awsc_operation_output(op))[k].flags & AWSC_MF_STREAMING)
            memset((unsigned char *)output +
                       awsc_shape_members(awsc_operation_output(op))[k].offset,
                   0, sizeof(struct awsc_stream));
    if (rc == AWSC_OK) {
        if (output) {
            struct awsc__json_opts out_opts = {
                .member_names = true, .timestamps = AWSC__JSON_TS_CLI, .pretty = true};
            struct awsc_buf text = AWSC_BUF_INIT;
            rc = awsc__json_write(&text, awsc_operation_output(op), output, &out_opts, &err);
            if (rc == AWSC_OK && next_token)
                cli_add_next_token(&text, next_token);
            if (rc == AWSC_OK)
                exit_code = cli_print_response(g, text.data ? text.data : "", text.len,
                                               awsc_operation_name(op));
            else {
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
                awsc_operation_name(op), err.message ? err.message : "");
        exit_code = EXIT_SERVICE;
    } else if (rc == AWSC_E_VALIDATION) {
        fprintf(stderr, "\n%s\n", err.message);
        exit_code = EXIT_USAGE;
    } else if (cli_report_setup_error(g->debug, rc, &err)) {
        exit_code = EXIT_CONFIG;
    } else {
        fprintf(stderr, "\n%s\n", err.message ? err.message : awsc_strerror(rc));
        exit_code = EXIT_OTHER;
    }
    awsc__free(next_token);
    awsc_error_clean_up(&err);
    awsc_client_destroy(client);
    return exit_code;
}
