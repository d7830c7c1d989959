/*
 * runtime/auth/ini.h - the INI reader behind the shared config and
 * credentials files. It follows Python's configparser (RawConfigParser
 * with its defaults) as botocore's configloader uses it, nested values
 * included. Private to runtime/auth.
 */
#ifndef AWSC_AUTH_INI_H
#define AWSC_AUTH_INI_H

#include "core.h"

struct awsc__ini_entry {
    const char *key;             /* lower-cased in sections; as written in nested ones */
    const char *value;           /* stripped; for a nested value its raw text */
    struct awsc__ini_entry *sub; /* nested entries, when nested */
    bool nested;
    unsigned line;
    unsigned bad_line; /* [DEFAULT] only: a nested line without '=' */
    struct awsc__ini_entry *next;
};

struct awsc__ini_section {
    const char *name;
    unsigned line;
    struct awsc__ini_entry *entries;
    struct awsc__ini_entry **tail;
    struct awsc__ini_section *next;
};

struct awsc__ini {
    const char *path;                   /* as loaded */
    bool present;                       /* the file exists (as a regular file) */
    struct awsc__ini_section *sections; /* in file order */
    struct awsc__ini_section **tail;
    struct awsc__ini_section *defaults; /* [DEFAULT]: keys every section inherits */
};

/*
 * Parse path into f, allocating in arena (path itself is kept, not copied).
 * A path that is not a regular file leaves f empty and is not an error.
 * Errors: AWSC_E_IO (exists but unreadable), AWSC_E_CONFIG ("Unable to
 * parse config file: PATH: line N: ...").
 */
int awsc__ini_load(struct awsc_arena *arena, const char *path, struct awsc__ini *f,
                   struct awsc_error *err);

/* The same from text in memory (len bytes; NUL bytes are text too); f
 * zeroed, with path set for messages. */
int awsc__ini_parse(struct awsc_arena *arena, const char *text, size_t len, struct awsc__ini *f,
                    struct awsc_error *err);
const struct awsc__ini_section *awsc__ini_section(const struct awsc__ini *f, const char *name);
/* key in section s, else in the file's [DEFAULT] */
const struct awsc__ini_entry *awsc__ini_get(const struct awsc__ini *f,
                                            const struct awsc__ini_section *s, const char *key);
/* sub_key of a nested entry; NULL when e is NULL or not nested */
const char *awsc__ini_sub(const struct awsc__ini_entry *e, const char *sub_key);

/* Python's str.isspace() over ASCII, and str.strip() of a span with it
 * (config.c: built with -Dshared_config=false too). */
bool awsc__py_space(unsigned char c);
void awsc__py_strip(const char **s, size_t *n);

#endif
