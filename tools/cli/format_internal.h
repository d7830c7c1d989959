/*
 * tools/cli/format_internal.h - what the output formats share: Python's
 * str() and repr() of a JSON value, its truth, and the width of text in
 * terminal columns.
 */
#ifndef AWSC_CLI_FORMAT_INTERNAL_H
#define AWSC_CLI_FORMAT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <awsc/common.h>

#include "core.h"

/* The code point at s[*i] (valid UTF-8), moving *i past it. */
uint32_t awsc_cli_utf8_next(const char *s, size_t *i);

/* Not an array or object. */
bool awsc_cli_is_scalar(const struct awsc_document *d);
/* Python's truth of the value: false for null, false, 0, 0.0, "", [] and {}. */
bool awsc_cli_truthy(const struct awsc_document *d);

/* Python's str() of the value: a string as is, None/True/False, numbers as
 * Python prints them, lists and dicts as their repr(). */
void awsc_cli_put_str(struct awsc_buf *b, const struct awsc_document *d);
/* Python's repr() of the value ('it''s' quoted as Python quotes). */
void awsc_cli_put_repr(struct awsc_buf *b, const struct awsc_document *d);
/* A number as Python prints it: integers as their digits; floats as
 * repr(), non-finite ones as "inf", "-inf" and "nan" (str) or "Infinity",
 * "-Infinity" and "NaN" (json). */
void awsc_cli_put_number(struct awsc_buf *b, const struct awsc_document *d, bool json);
/* s.upper() as Python computes it. */
void awsc_cli_put_upper(struct awsc_buf *b, const char *s);

/* Sorts keys as Python's sorted() sorts str and drops repeats; returns how
 * many are left. */
size_t awsc_cli_sort_keys(const char **keys, size_t n);
/* The value of key in object o (the last, if repeated), or NULL. */
const struct awsc_document *awsc_cli_member(const struct awsc_document *o, const char *key);

/* The columns s takes in a terminal as awscli/table.py counts them: two
 * for East Asian Wide, Fullwidth and Ambiguous code points, else one. */
size_t awsc_cli_text_width(const char *s);

/* The table format into out; title NULL for none. */
int awsc_cli_format_table(struct awsc_buf *out, const struct awsc_document *doc,
                          const char *title, int width, struct awsc_error *err);

#endif
