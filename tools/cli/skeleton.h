/*
 * tools/cli/skeleton.h - --generate-cli-skeleton: an operation's input or
 * output as a document of placeholders, as the AWS CLI generates it.
 *
 * Strings are "" (an enum's first value for input; the member's name for
 * output, a list item's shape name in a list), integers and longs 0, floats and doubles 0.0, booleans true,
 * timestamps "1970-01-01T00:00:00", a list one placeholder item, a map one
 * entry "KeyName"; blobs, bytes and shorts null. A structure met again
 * inside itself (a recursive shape) is {}.
 */
#ifndef AWSC_CLI_SKELETON_H
#define AWSC_CLI_SKELETON_H

#include <awsc/awsc.h>

#include "core.h"

/* The skeleton of shape (NULL: an operation without input or output gives
 * {}). member_names: strings hold their member's name, as the AWS CLI's
 * `--generate-cli-skeleton output` does. */
int awsc_cli_skeleton(const struct awsc_shape *shape, bool member_names,
                      struct awsc_arena *arena, struct awsc_document *out,
                      struct awsc_error *err);

#endif
