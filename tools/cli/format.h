/*
 * tools/cli/format.h - the output formats of the awsc tool: --output json,
 * text, table, yaml and yaml-stream, byte for byte as the AWS CLI v2 prints
 * them (awscli/formatter.py, table.py, text.py and ruamel.yaml's safe
 * dumper over libyaml).
 *
 * The input is any JSON value as an awsc_document (what
 * awsc__json_read_document() makes of the tool's JSON text, after --query
 * if any). Numbers follow Python's json module: a number without '.', 'e'
 * or 'E' is an integer and prints as its digits ("-0" as "0"); any other
 * is a float and prints as Python's repr() of it ("1.0", "1e-07",
 * "100000.0" for 1E5).
 *
 *   struct awsc_cli_format_opts opts = {.title = "DescribeTable"};
 *   awsc_cli_format(stdout, &doc, AWSC_CLI_OUTPUT_TABLE, &opts, &err);
 */
#ifndef AWSC_CLI_FORMAT_H
#define AWSC_CLI_FORMAT_H

#include <stdbool.h>
#include <stdio.h>

#include <awsc/common.h>

enum awsc_cli_output {
    AWSC_CLI_OUTPUT_JSON = 0,   /* json.dump(indent=4, ensure_ascii=False) */
    AWSC_CLI_OUTPUT_TEXT,       /* tab-separated lines */
    AWSC_CLI_OUTPUT_TABLE,      /* boxed tables */
    AWSC_CLI_OUTPUT_YAML,       /* one YAML document */
    AWSC_CLI_OUTPUT_YAML_STREAM /* one YAML list item per page */
};

struct awsc_cli_format_opts {
    /* table: the title of the outer table, the operation's name
     * ("DescribeTable"), as the AWS CLI uses. NULL is "": no title line. */
    const char *title;
    /* table: the terminal's width in columns. A table wider than this has
     * its one-row tables turned into two-column (name | value) tables; no
     * text is wrapped. 0: awsc_cli_terminal_width(out). */
    int width;
    /* table: --color on. Not supported: awsc_cli_format() fails with
     * AWSC_E_UNSUPPORTED. The AWS CLI colours only when asked or when
     * stdout is a terminal (--color auto); false is --color off. */
    bool color;
};

/*
 * Writes doc to out in the format fmt, exactly as the AWS CLI would print
 * the same response:
 *
 *   json         nothing for {}, else the value indented by 4 and "\n"
 *   text         nothing for {} or []; None/True/False for null/booleans
 *   table        nothing for a false value (null, false, 0, "", [], {})
 *   yaml         nothing for {}; a scalar as JSON text and "\n"
 *   yaml-stream  nothing for {}; else the value as a one-item list (call
 *                once per page for a paginated response)
 *
 * As in the AWS CLI, json, table and yaml take the whole (merged) result of
 * a paginated call; text and yaml-stream print page by page.
 *
 * The output is built in memory and written at once: on a failure other
 * than AWSC_E_IO nothing was written. Fails with AWSC_E_INVALID_ARG for a NULL or malformed
 * document (the message says what), AWSC_E_VALIDATION for a document the
 * AWS CLI's table format cannot lay out (a list mixing objects with other
 * values, rows of different lengths: the AWS CLI fails on them too),
 * AWSC_E_UNSUPPORTED for opts->color, AWSC_E_NOMEM, and AWSC_E_IO when
 * writing to out failed.
 */
int awsc_cli_format(FILE *out, const struct awsc_document *doc, enum awsc_cli_output fmt,
                    const struct awsc_cli_format_opts *opts, struct awsc_error *err);

/* "json", "text", "table", "yaml" or "yaml-stream" -> *fmt; -1 for any
 * other name. */
int awsc_cli_output_parse(const char *name, enum awsc_cli_output *fmt);
/* The name of fmt, or NULL. */
const char *awsc_cli_output_name(enum awsc_cli_output fmt);

/* The width of the terminal out writes to; 80 when out is not a terminal
 * (as the AWS CLI does). */
int awsc_cli_terminal_width(FILE *out);

#endif
