/*
 * awsc_cli_format() on bad input: each case fails with the status and a
 * message naming what is wrong, and writes nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

static int failures;

static void expect(const char *name, FILE *out, const struct awsc_document *doc,
                   enum awsc_cli_output fmt, const struct awsc_cli_format_opts *opts,
                   int status, const char *message)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    long before = out ? ftell(out) : 0;
    int got = awsc_cli_format(out, doc, fmt, opts, &err);
    long after = out ? ftell(out) : 0;
    if (got != status || !err.message || !strstr(err.message, message) || after != before) {
        printf("FAIL %s: status %d (want %d), message \"%s\" (want \"%s\"), %ld bytes written\n",
               name, got, status, err.message ? err.message : "(none)", message, after - before);
        failures++;
    } else {
        printf("ok   %s: %s\n", name, err.message);
    }
    awsc_error_clean_up(&err);
}

int main(void)
{
    FILE *out = tmpfile();
    if (!out)
        return 1;
    struct awsc_document str = {.type = AWSC_DOC_STRING, .string = "x"};
    struct awsc_document null_string = {.type = AWSC_DOC_STRING};
    struct awsc_document bad_utf8 = {.type = AWSC_DOC_STRING, .string = "caf\xc3"};
    struct awsc_document no_items = {.type = AWSC_DOC_ARRAY, .count = 2};
    struct awsc_document_entry no_key = {.key = NULL, .value = {.type = AWSC_DOC_NULL}};
    struct awsc_document keyless = {.type = AWSC_DOC_OBJECT, .entries = &no_key, .count = 1};
    struct awsc_document bad_type = {.type = (enum awsc_document_type)42};
    struct awsc_cli_format_opts color = {.color = true};

    expect("no output", NULL, &str, AWSC_CLI_OUTPUT_JSON, NULL, AWSC_E_INVALID_ARG, "out is NULL");
    expect("no document", out, NULL, AWSC_CLI_OUTPUT_JSON, NULL, AWSC_E_INVALID_ARG,
           "doc is NULL");
    expect("unknown format", out, &str, (enum awsc_cli_output)9, NULL, AWSC_E_INVALID_ARG,
           "unknown output format 9");
    expect("colour", out, &str, AWSC_CLI_OUTPUT_TABLE, &color, AWSC_E_UNSUPPORTED,
           "coloured tables");
    expect("NULL string", out, &null_string, AWSC_CLI_OUTPUT_YAML, NULL, AWSC_E_INVALID_ARG,
           "a document string is NULL");
    expect("bad UTF-8", out, &bad_utf8, AWSC_CLI_OUTPUT_TEXT, NULL, AWSC_E_INVALID_ARG,
           "not valid UTF-8");
    expect("NULL items", out, &no_items, AWSC_CLI_OUTPUT_JSON, NULL, AWSC_E_INVALID_ARG,
           "has 2 items but items is NULL");
    expect("NULL key", out, &keyless, AWSC_CLI_OUTPUT_YAML_STREAM, NULL, AWSC_E_INVALID_ARG,
           "the key of entry 0 is NULL");
    expect("bad type", out, &bad_type, AWSC_CLI_OUTPUT_JSON, NULL, AWSC_E_INVALID_ARG,
           "unknown document type 42");

    /* nesting deeper than the limit: a chain of one-item lists */
    enum { DEPTH = 1500 };
    struct awsc_document *chain = calloc(DEPTH, sizeof *chain);
    if (!chain)
        return 1;
    for (int i = 0; i < DEPTH; i++) {
        chain[i].type = AWSC_DOC_ARRAY;
        chain[i].items = i + 1 < DEPTH ? &chain[i + 1] : NULL;
        chain[i].count = i + 1 < DEPTH ? 1 : 0;
    }
    expect("too deep", out, chain, AWSC_CLI_OUTPUT_YAML, NULL, AWSC_E_INVALID_ARG,
           "nests deeper than 1000 levels");
    free(chain);

    /* a list mixing objects with other values: the AWS CLI fails too */
    struct awsc_document mixed_items[2] = {{.type = AWSC_DOC_OBJECT},
                                           {.type = AWSC_DOC_STRING, .string = "x"}};
    struct awsc_document mixed = {.type = AWSC_DOC_ARRAY, .items = mixed_items, .count = 2};
    expect("mixed list, table", out, &mixed, AWSC_CLI_OUTPUT_TABLE, NULL, AWSC_E_VALIDATION,
           "a list mixes objects with other values (item 1)");
    expect("mixed list, text", out, &mixed, AWSC_CLI_OUTPUT_TEXT, NULL, AWSC_E_VALIDATION,
           "mixes objects with other values (item 1)");

    /* a failed write */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        expect("write error", full, &str, AWSC_CLI_OUTPUT_JSON, NULL, AWSC_E_IO,
               "writing the output failed");
        fclose(full);
    }

    /* the names */
    enum awsc_cli_output fmt = AWSC_CLI_OUTPUT_JSON;
    if (awsc_cli_output_parse("yaml-stream", &fmt) != 0 || fmt != AWSC_CLI_OUTPUT_YAML_STREAM ||
        awsc_cli_output_parse("JSON", &fmt) != -1 || awsc_cli_output_parse(NULL, &fmt) != -1 ||
        strcmp(awsc_cli_output_name(AWSC_CLI_OUTPUT_TABLE), "table") != 0 ||
        awsc_cli_output_name((enum awsc_cli_output)5) != NULL) {
        printf("FAIL output names\n");
        failures++;
    }
    /* not a terminal: 80 columns, as the AWS CLI assumes */
    if (awsc_cli_terminal_width(out) != 80) {
        printf("FAIL terminal width of a file: %d\n", awsc_cli_terminal_width(out));
        failures++;
    }
    fclose(out);
    printf("%s\n", failures ? "FAILED" : "all bad input refused");
    return failures ? 1 : 0;
}
