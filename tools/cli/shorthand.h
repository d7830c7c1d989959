/*
 * tools/cli/shorthand.h - parameter values on the command line, as the
 * AWS CLI reads them: JSON, or its shorthand syntax
 *
 *   --key pk={S=a},sk={N=1}
 *   --tags Key=env,Value=prod Key=team,Value=db
 *   --attribute-definitions AttributeName=pk,AttributeType=S
 *
 * Shorthand is read in two steps, as the AWS CLI does: the text alone
 * gives an object of strings, lists and objects (`a=b,c` is {"a": ["b",
 * "c"]}, `a={b=[c,d]}` nests, quotes keep commas and spaces); then the
 * parameter's shape turns strings into the numbers and booleans its
 * members take and wraps a single value where the shape wants a list.
 */
#ifndef AWSC_CLI_SHORTHAND_H
#define AWSC_CLI_SHORTHAND_H

#include <awsc/awsc.h>

#include "core.h"

/* The first step: shorthand text to an object. Errors (AWSC_E_VALIDATION)
 * say what was expected and where, with the input and a caret under the
 * place, as the AWS CLI's do. */
int awsc_cli_shorthand_parse(const char *text, struct awsc_arena *arena,
                             struct awsc_document *out, struct awsc_error *err);

/* Whether a structure, list or map parameter of this shape takes
 * shorthand: not a document or a container of documents, and not a list
 * of scalars (whose words are the items). */
bool awsc_cli_takes_shorthand(const struct awsc_shape *shape);

/*
 * The value of a structure, list or map parameter from its words on the
 * command line (one word, or several for a list: `--tags A=1 B=2`),
 * appended to json as the JSON that awsc__json_read() reads with member
 * names. JSON words (starting with '{' or '[') are passed through;
 * shorthand is read as above; a list of scalars takes each word as an
 * item. `option` ("--key") names the parameter in errors.
 */
int awsc_cli_param_json(const char *option, const struct awsc_shape *shape,
                        char *const *words, size_t n, struct awsc_arena *arena,
                        struct awsc_buf *json, struct awsc_error *err);

#endif
