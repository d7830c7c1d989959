/*
 * tools/cli/format_unicode.h - the Unicode tables of the output formats,
 * generated from Python's unicodedata by format_unicode.py.
 */
#ifndef AWSC_CLI_FORMAT_UNICODE_H
#define AWSC_CLI_FORMAT_UNICODE_H

#include <stddef.h>
#include <stdint.h>

struct awsc_cli_range {
    uint32_t first, last;
};
struct awsc_cli_case {
    uint32_t code_point;
    const char *upper; /* UTF-8 */
};

/* Sorted, disjoint ranges. */
extern const struct awsc_cli_range *const awsc_cli_wide; /* East Asian Width W, F or A */
extern const size_t awsc_cli_wide_count;
extern const struct awsc_cli_range *const awsc_cli_unprintable; /* !str.isprintable() */
extern const size_t awsc_cli_unprintable_count;
/* Sorted by code point: non-ASCII code points whose str.upper() differs. */
extern const struct awsc_cli_case *const awsc_cli_upper;
extern const size_t awsc_cli_upper_count;

#endif
