/*
 * tools/cli/query.h - JMESPath for the command line's --query.
 *
 * The whole language of jmespath.org (the grammar, projections, slices,
 * filters, pipes, multi-selects, expression references and the 26
 * built-in functions), evaluated over a struct awsc_document: the AWS
 * CLI applies --query to the parsed response, and so does awsc. Where the
 * specification leaves a choice, this does what the AWS CLI's JMESPath
 * (jmespath.py) does: strings compare with < and >, `==` between a number
 * and a boolean is false, integers stay integers through abs(), ceil(),
 * floor(), sum() and to_number().
 *
 * Errors are AWSC_E_INVALID_ARG with a message that starts with the kind
 * of error as the JMESPath compliance suite names it, then ": " and what
 * is wrong: "syntax", "invalid-type", "invalid-value" (a slice step of 0),
 * "invalid-arity" or "unknown-function". Allocation failures are
 * AWSC_E_NOMEM.
 */
#ifndef AWSC_CLI_QUERY_H
#define AWSC_CLI_QUERY_H

#include <awsc/awsc.h>

#include "core.h"

struct awsc_cli_query;

/* Parses `text` into *out. The expression lives in arena. */
int awsc_cli_query_compile(const char *text, struct awsc_arena *arena,
                           struct awsc_cli_query **out, struct awsc_error *err);

/* Evaluates q on `in`. The result may share parts of `in`; what it adds
 * is allocated in arena, so it lives as long as both. */
int awsc_cli_query_eval(const struct awsc_cli_query *q, const struct awsc_document *in,
                        struct awsc_arena *arena, struct awsc_document *out,
                        struct awsc_error *err);

/* JMESPath's equality: deep, numbers by value, object keys in any order. */
bool awsc_cli_query_equal(const struct awsc_document *a, const struct awsc_document *b);

#endif
