/*
 * tools/cli/format.c - the output formats (format.h): json, text, yaml and
 * yaml-stream, and what every format shares (format_internal.h). The table
 * format is format_table.c.
 */
#include "format.h"

#include <math.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <yaml.h>

#include "format_internal.h"
#include "format_unicode.h"
#include "protocol/protocol.h"

/* ---- Python's view of a JSON value ---- */

uint32_t awsc_cli_utf8_next(const char *s, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    uint32_t c = p[0];
    size_t n = 1;
    if (c >= 0xF0) {
        c = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
        n = 4;
    } else if (c >= 0xE0) {
        c = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        n = 3;
    } else if (c >= 0xC0) {
        c = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
        n = 2;
    }
    *i += n;
    return c;
}

static bool in_ranges(const struct awsc_cli_range *r, size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < r[mid].first)
            hi = mid;
        else if (c > r[mid].last)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

size_t awsc_cli_text_width(const char *s)
{
    size_t width = 0;
    for (size_t i = 0; s[i];) {
        uint32_t c = awsc_cli_utf8_next(s, &i);
        width += c >= 0xA1 && in_ranges(awsc_cli_wide, awsc_cli_wide_count, c) ? 2 : 1;
    }
    return width;
}

bool awsc_cli_is_scalar(const struct awsc_document *d)
{
    return d->type != AWSC_DOC_ARRAY && d->type != AWSC_DOC_OBJECT;
}

bool awsc_cli_truthy(const struct awsc_document *d)
{
    switch (d->type) {
    case AWSC_DOC_NULL:
        return false;
    case AWSC_DOC_BOOL:
        return d->boolean;
    case AWSC_DOC_NUMBER:
        return d->number != 0; /* also for integers beyond a double: never 0 */
    case AWSC_DOC_STRING:
        return d->string[0] != '\0';
    default:
        return d->count > 0;
    }
}

/* Python's json module reads a number without '.', 'e' or 'E' as an int. */
static bool is_integer(const struct awsc_document *d)
{
    return d->string && !strpbrk(d->string, ".eE");
}

void awsc_cli_put_number(struct awsc_buf *b, const struct awsc_document *d, bool json)
{
    if (is_integer(d)) {
        awsc__buf_puts(b, strcmp(d->string, "-0") == 0 ? "0" : d->string);
        return;
    }
    if (isnan(d->number))
        awsc__buf_puts(b, json ? "NaN" : "nan");
    else if (isinf(d->number))
        awsc__buf_puts(b, d->number > 0 ? (json ? "Infinity" : "inf")
                                        : (json ? "-Infinity" : "-inf"));
    else
        awsc__put_double_repr(b, d->number, false);
}

static void put_repr_string(struct awsc_buf *b, const char *s)
{
    char quote = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    awsc__buf_putc(b, quote);
    for (size_t i = 0; s[i];) {
        size_t at = i;
        uint32_t c = awsc_cli_utf8_next(s, &i);
        if (c == '\\' || c == (uint32_t)quote) {
            awsc__buf_putc(b, '\\');
            awsc__buf_putc(b, (char)c);
        } else if (c == '\t') {
            awsc__buf_puts(b, "\\t");
        } else if (c == '\n') {
            awsc__buf_puts(b, "\\n");
        } else if (c == '\r') {
            awsc__buf_puts(b, "\\r");
        } else if (!in_ranges(awsc_cli_unprintable, awsc_cli_unprintable_count, c)) {
            awsc__buf_append(b, s + at, i - at);
        } else if (c <= 0xFF) {
            awsc__buf_printf(b, "\\x%02x", (unsigned)c);
        } else if (c <= 0xFFFF) {
            awsc__buf_printf(b, "\\u%04x", (unsigned)c);
        } else {
            awsc__buf_printf(b, "\\U%08x", (unsigned)c);
        }
    }
    awsc__buf_putc(b, quote);
}

static void put_literal(struct awsc_buf *b, const struct awsc_document *d, bool json, int indent,
                        unsigned level);

void awsc_cli_put_repr(struct awsc_buf *b, const struct awsc_document *d)
{
    put_literal(b, d, false, -1, 0);
}

void awsc_cli_put_str(struct awsc_buf *b, const struct awsc_document *d)
{
    if (d->type == AWSC_DOC_STRING)
        awsc__buf_puts(b, d->string);
    else
        awsc_cli_put_repr(b, d);
}

void awsc_cli_put_upper(struct awsc_buf *b, const char *s)
{
    for (size_t i = 0; s[i];) {
        size_t at = i;
        uint32_t c = awsc_cli_utf8_next(s, &i);
        if (c < 0x80) {
            awsc__buf_putc(b, c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : (char)c);
            continue;
        }
        size_t lo = 0, hi = awsc_cli_upper_count;
        const char *upper = NULL;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (c < awsc_cli_upper[mid].code_point)
                hi = mid;
            else if (c > awsc_cli_upper[mid].code_point)
                lo = mid + 1;
            else {
                upper = awsc_cli_upper[mid].upper;
                break;
            }
        }
        if (upper)
            awsc__buf_puts(b, upper);
        else
            awsc__buf_append(b, s + at, i - at);
    }
}

/* Python's sorted() orders str by code point: the byte order of UTF-8. */
static int cmp_key(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

size_t awsc_cli_sort_keys(const char **keys, size_t n)
{
    qsort(keys, n, sizeof *keys, cmp_key);
    size_t distinct = 0;
    for (size_t i = 0; i < n; i++)
        if (!distinct || strcmp(keys[distinct - 1], keys[i]) != 0)
            keys[distinct++] = keys[i];
    return distinct;
}

const struct awsc_document *awsc_cli_member(const struct awsc_document *o, const char *key)
{
    for (size_t i = o->count; i-- > 0;)
        if (strcmp(o->entries[i].key, key) == 0)
            return &o->entries[i].value;
    return NULL;
}

/* Entries sorted by key as Python's sorted() orders str: by code point,
 * which is the byte order of UTF-8. */
static int cmp_entry(const void *a, const void *b)
{
    const struct awsc_document_entry *const *x = a, *const *y = b;
    return strcmp((*x)->key, (*y)->key);
}

static const struct awsc_document_entry **sorted_entries(const struct awsc_document *d)
{
    const struct awsc_document_entry **e = malloc((d->count ? d->count : 1) * sizeof *e);
    if (!e)
        return NULL;
    for (size_t i = 0; i < d->count; i++)
        e[i] = &d->entries[i];
    qsort(e, d->count, sizeof *e, cmp_entry);
    return e;
}

/* ---- the document's shape: what every format relies on ---- */

#define MAX_DEPTH 1000

static int check_document(const struct awsc_document *d, unsigned depth, struct awsc_error *err)
{
    if (depth > MAX_DEPTH)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "the document nests deeper than %d levels",
                          MAX_DEPTH);
    switch (d->type) {
    case AWSC_DOC_NULL:
    case AWSC_DOC_BOOL:
        return AWSC_OK;
    case AWSC_DOC_NUMBER:
        if (!d->string && !isfinite(d->number))
            return awsc__fail(err, AWSC_E_INVALID_ARG, "a document number is not finite");
        return AWSC_OK;
    case AWSC_DOC_STRING:
        if (!d->string)
            return awsc__fail(err, AWSC_E_INVALID_ARG, "a document string is NULL");
        if (!awsc__utf8_valid(d->string, strlen(d->string)))
            return awsc__fail(err, AWSC_E_INVALID_ARG, "a document string is not valid UTF-8");
        return AWSC_OK;
    case AWSC_DOC_ARRAY:
        if (d->count && !d->items)
            return awsc__fail(err, AWSC_E_INVALID_ARG,
                              "a document array has %zu items but items is NULL", d->count);
        for (size_t i = 0; i < d->count; i++) {
            int status = check_document(&d->items[i], depth + 1, err);
            if (status != AWSC_OK)
                return status;
        }
        return AWSC_OK;
    case AWSC_DOC_OBJECT:
        if (d->count && !d->entries)
            return awsc__fail(err, AWSC_E_INVALID_ARG,
                              "a document object has %zu entries but entries is NULL", d->count);
        for (size_t i = 0; i < d->count; i++) {
            const char *key = d->entries[i].key;
            if (!key)
                return awsc__fail(err, AWSC_E_INVALID_ARG, "the key of entry %zu is NULL", i);
            if (!awsc__utf8_valid(key, strlen(key)))
                return awsc__fail(err, AWSC_E_INVALID_ARG, "a document key is not valid UTF-8");
            int status = check_document(&d->entries[i].value, depth + 1, err);
            if (status != AWSC_OK)
                return status;
        }
        return AWSC_OK;
    }
    return awsc__fail(err, AWSC_E_INVALID_ARG, "unknown document type %d", (int)d->type);
}

/* ---- repeated keys: Python's json module keeps one entry per key, where
 * the key first appears, with the value it last had ---- */

struct key_at {
    const char *key;
    size_t at;
};

static int cmp_key_at(const void *a, const void *b)
{
    const struct key_at *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->at > y->at) - (x->at < y->at);
}

/* The entries of o sorted by key, then by position; NULL when out of memory. */
static struct key_at *keys_by_name(const struct awsc_document *o)
{
    struct key_at *k = malloc((o->count ? o->count : 1) * sizeof *k);
    if (!k)
        return NULL;
    for (size_t i = 0; i < o->count; i++)
        k[i] = (struct key_at){o->entries[i].key, i};
    qsort(k, o->count, sizeof *k, cmp_key_at);
    return k;
}

/* 1 when some object in d repeats a key, 0 when none does, or
 * AWSC_E_NOMEM. */
static int repeats_keys(const struct awsc_document *d)
{
    if (d->type == AWSC_DOC_ARRAY) {
        for (size_t i = 0; i < d->count; i++) {
            int r = repeats_keys(&d->items[i]);
            if (r)
                return r;
        }
    } else if (d->type == AWSC_DOC_OBJECT) {
        struct key_at *k = keys_by_name(d);
        if (!k)
            return AWSC_E_NOMEM;
        bool repeated = false;
        for (size_t i = 1; i < d->count && !repeated; i++)
            repeated = strcmp(k[i - 1].key, k[i].key) == 0;
        free(k);
        if (repeated)
            return 1;
        for (size_t i = 0; i < d->count; i++) {
            int r = repeats_keys(&d->entries[i].value);
            if (r)
                return r;
        }
    }
    return 0;
}

/* *out = in with each object's keys made distinct as Python's json does. */
static int distinct_keys(struct awsc_arena *arena, const struct awsc_document *in,
                         struct awsc_document *out)
{
    *out = *in;
    if (in->type == AWSC_DOC_ARRAY && in->count) {
        struct awsc_document *items = awsc__arena_alloc(arena, in->count * sizeof *items);
        if (!items)
            return AWSC_E_NOMEM;
        for (size_t i = 0; i < in->count; i++) {
            int status = distinct_keys(arena, &in->items[i], &items[i]);
            if (status != AWSC_OK)
                return status;
        }
        out->items = items;
    } else if (in->type == AWSC_DOC_OBJECT && in->count) {
        struct key_at *k = keys_by_name(in);
        /* last[i]: the entry whose value entry i takes; SIZE_MAX to drop it */
        size_t *last = k ? malloc(in->count * sizeof *last) : NULL;
        struct awsc_document_entry *entries =
            last ? awsc__arena_alloc(arena, in->count * sizeof *entries) : NULL;
        if (!entries) {
            free(k);
            free(last);
            return AWSC_E_NOMEM;
        }
        for (size_t g = 0; g < in->count;) {
            size_t end = g + 1;
            while (end < in->count && strcmp(k[g].key, k[end].key) == 0)
                end++;
            last[k[g].at] = k[end - 1].at;
            for (size_t j = g + 1; j < end; j++)
                last[k[j].at] = SIZE_MAX;
            g = end;
        }
        size_t n = 0;
        int status = AWSC_OK;
        for (size_t i = 0; status == AWSC_OK && i < in->count; i++) {
            if (last[i] == SIZE_MAX)
                continue;
            entries[n].key = in->entries[i].key;
            status = distinct_keys(arena, &in->entries[last[i]].value, &entries[n].value);
            n++;
        }
        free(k);
        free(last);
        out->entries = entries;
        out->count = n;
        return status;
    }
    return AWSC_OK;
}

/* ---- json: json.dump(indent=4, ensure_ascii=False) ---- */

static void json_string(struct awsc_buf *b, const char *s)
{
    awsc__buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"':
            awsc__buf_puts(b, "\\\"");
            break;
        case '\\':
            awsc__buf_puts(b, "\\\\");
            break;
        case '\b':
            awsc__buf_puts(b, "\\b");
            break;
        case '\f':
            awsc__buf_puts(b, "\\f");
            break;
        case '\n':
            awsc__buf_puts(b, "\\n");
            break;
        case '\r':
            awsc__buf_puts(b, "\\r");
            break;
        case '\t':
            awsc__buf_puts(b, "\\t");
            break;
        default:
            if (*p < 0x20)
                awsc__buf_printf(b, "\\u%04x", (unsigned)*p);
            else
                awsc__buf_putc(b, (char)*p);
        }
    }
    awsc__buf_putc(b, '"');
}

static void json_indent(struct awsc_buf *b, int indent, unsigned level)
{
    if (indent < 0)
        return;
    awsc__buf_putc(b, '\n');
    for (unsigned i = 0; i < level * (unsigned)indent; i++)
        awsc__buf_putc(b, ' ');
}

/* A value as Python's json.dump() writes it (json; indent < 0 for one
 * line) or as repr() does (not json: indent is -1). */
static void put_literal(struct awsc_buf *b, const struct awsc_document *d, bool json, int indent,
                        unsigned level)
{
    switch (d->type) {
    case AWSC_DOC_NULL:
        awsc__buf_puts(b, json ? "null" : "None");
        break;
    case AWSC_DOC_BOOL:
        awsc__buf_puts(b, d->boolean ? (json ? "true" : "True") : (json ? "false" : "False"));
        break;
    case AWSC_DOC_NUMBER:
        awsc_cli_put_number(b, d, json);
        break;
    case AWSC_DOC_STRING:
        (json ? json_string : put_repr_string)(b, d->string);
        break;
    case AWSC_DOC_ARRAY:
    case AWSC_DOC_OBJECT: {
        bool object = d->type == AWSC_DOC_OBJECT;
        awsc__buf_putc(b, object ? '{' : '[');
        for (size_t i = 0; i < d->count; i++) {
            if (i)
                awsc__buf_puts(b, indent < 0 ? ", " : ",");
            json_indent(b, indent, level + 1);
            if (object) {
                (json ? json_string : put_repr_string)(b, d->entries[i].key);
                awsc__buf_puts(b, ": ");
            }
            put_literal(b, object ? &d->entries[i].value : &d->items[i], json, indent, level + 1);
        }
        if (d->count)
            json_indent(b, indent, level);
        awsc__buf_putc(b, object ? '}' : ']');
        break;
    }
    }
}

static bool is_empty_object(const struct awsc_document *d)
{
    return d->type == AWSC_DOC_OBJECT && d->count == 0;
}

/* ---- text: awscli/text.py ---- */

static int text_value(struct awsc_buf *b, const struct awsc_document *d, const char *identifier,
                      const char *const *scalar_keys, size_t n_scalar_keys, struct awsc_error *err);

static void text_scalar_list(struct awsc_buf *b, const struct awsc_document *const *items,
                             size_t n, const char *identifier)
{
    if (identifier) {
        for (size_t i = 0; i < n; i++) {
            awsc_cli_put_upper(b, identifier);
            awsc__buf_putc(b, '\t');
            awsc_cli_put_str(b, items[i]);
            awsc__buf_putc(b, '\n');
        }
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (i)
            awsc__buf_putc(b, '\t');
        awsc_cli_put_str(b, items[i]);
    }
    awsc__buf_putc(b, '\n');
}

/* The sorted, distinct keys with a scalar value in any object of the list. */
static const char **all_scalar_keys(const struct awsc_document *list, size_t *n_out)
{
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++)
        if (list->items[i].type == AWSC_DOC_OBJECT)
            n += list->items[i].count;
    const char **keys = malloc((n ? n : 1) * sizeof *keys);
    if (!keys)
        return NULL;
    n = 0;
    for (size_t i = 0; i < list->count; i++) {
        const struct awsc_document *o = &list->items[i];
        if (o->type != AWSC_DOC_OBJECT)
            continue;
        for (size_t j = 0; j < o->count; j++)
            if (awsc_cli_is_scalar(&o->entries[j].value))
                keys[n++] = o->entries[j].key;
    }
    *n_out = awsc_cli_sort_keys(keys, n);
    return keys;
}

static int text_list(struct awsc_buf *b, const struct awsc_document *d, const char *identifier,
                     struct awsc_error *err)
{
    if (!d->count)
        return AWSC_OK;
    bool any_object = false, any_list = false;
    for (size_t i = 0; i < d->count; i++) {
        any_object |= d->items[i].type == AWSC_DOC_OBJECT;
        any_list |= d->items[i].type == AWSC_DOC_ARRAY;
    }
    int status = AWSC_OK;
    if (any_object) {
        /* the AWS CLI gathers the keys of every item: it fails on an item
         * that is not an object */
        for (size_t i = 0; i < d->count; i++)
            if (d->items[i].type != AWSC_DOC_OBJECT)
                return awsc__fail(err, AWSC_E_VALIDATION,
                                  "the text format cannot show a list that mixes objects with "
                                  "other values (item %zu%s%s)",
                                  i, identifier ? " of " : "", identifier ? identifier : "");
        size_t n_keys = 0;
        const char **keys = all_scalar_keys(d, &n_keys);
        if (!keys)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        for (size_t i = 0; status == AWSC_OK && i < d->count; i++)
            status = text_value(b, &d->items[i], identifier, keys, n_keys, err);
        free(keys);
        return status;
    }
    const struct awsc_document **scalars = malloc(d->count * sizeof *scalars);
    if (!scalars)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < d->count; i++)
        if (!any_list || awsc_cli_is_scalar(&d->items[i]))
            scalars[n++] = &d->items[i];
    if (n)
        text_scalar_list(b, scalars, n, identifier);
    free(scalars);
    if (any_list)
        for (size_t i = 0; status == AWSC_OK && i < d->count; i++)
            if (!awsc_cli_is_scalar(&d->items[i]))
                status = text_value(b, &d->items[i], identifier, NULL, 0, err);
    return status;
}

static int text_object(struct awsc_buf *b, const struct awsc_document *d, const char *identifier,
                       const char *const *scalar_keys, size_t n_scalar_keys,
                       struct awsc_error *err)
{
    const struct awsc_document_entry **sorted = sorted_entries(d);
    if (!sorted)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    /* the line of scalars */
    bool any = false;
    if (scalar_keys) {
        any = n_scalar_keys > 0;
        if (any && identifier) {
            awsc_cli_put_upper(b, identifier);
            awsc__buf_putc(b, '\t');
        }
        for (size_t i = 0; i < n_scalar_keys; i++) {
            if (i)
                awsc__buf_putc(b, '\t');
            const struct awsc_document *v = awsc_cli_member(d, scalar_keys[i]);
            if (v)
                awsc_cli_put_str(b, v);
        }
    } else {
        for (size_t i = 0; i < d->count; i++) {
            if (!awsc_cli_is_scalar(&sorted[i]->value))
                continue;
            if (!any && identifier) {
                awsc_cli_put_upper(b, identifier);
                awsc__buf_putc(b, '\t');
            } else if (any) {
                awsc__buf_putc(b, '\t');
            }
            any = true;
            awsc_cli_put_str(b, &sorted[i]->value);
        }
    }
    if (any)
        awsc__buf_putc(b, '\n');
    /* then each other value under its key */
    int status = AWSC_OK;
    for (size_t i = 0; status == AWSC_OK && i < d->count; i++) {
        const struct awsc_document_entry *e = sorted[i];
        bool other;
        if (scalar_keys)
            other = !bsearch(&e->key, scalar_keys, n_scalar_keys, sizeof *scalar_keys, cmp_key);
        else
            other = !awsc_cli_is_scalar(&e->value);
        if (other)
            status = text_value(b, &e->value, e->key, NULL, 0, err);
    }
    free(sorted);
    return status;
}

static int text_value(struct awsc_buf *b, const struct awsc_document *d, const char *identifier,
                      const char *const *scalar_keys, size_t n_scalar_keys, struct awsc_error *err)
{
    if (d->type == AWSC_DOC_OBJECT)
        return text_object(b, d, identifier, scalar_keys, n_scalar_keys, err);
    if (d->type == AWSC_DOC_ARRAY)
        return text_list(b, d, identifier, err);
    awsc_cli_put_str(b, d);
    awsc__buf_putc(b, '\n');
    return AWSC_OK;
}

/* ---- yaml: ruamel.yaml's safe dumper (YAML 1.2) over libyaml ---- */

#define TAG_STR "tag:yaml.org,2002:str"
#define TAG_NULL "tag:yaml.org,2002:null"
#define TAG_BOOL "tag:yaml.org,2002:bool"
#define TAG_INT "tag:yaml.org,2002:int"
#define TAG_FLOAT "tag:yaml.org,2002:float"

/* ruamel.yaml's implicit resolvers for YAML 1.2, in the order it tries
 * them: a plain scalar matching one of these would read back as that type,
 * so a string like that must be quoted. */
static const struct {
    const char *tag;
    const char *pattern; /* POSIX extended */
} yaml_resolvers[] = {
    {TAG_BOOL, "^(true|True|TRUE|false|False|FALSE)$"},
    {TAG_FLOAT, "^([-+]?[0-9][0-9_]*\\.[0-9_]*([eE][-+]?[0-9]+)?"
                "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
                "|[-+]?\\.[0-9_]+([eE][-+][0-9]+)?"
                "|[-+]?\\.(inf|Inf|INF)"
                "|\\.(nan|NaN|NAN))$"},
    {TAG_INT, "^([-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$"},
    {"tag:yaml.org,2002:merge", "^<<$"},
    {TAG_NULL, "^(~|null|Null|NULL|)$"},
    {"tag:yaml.org,2002:timestamp",
     "^([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
     "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]"
     "(\\.[0-9]*)?([ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?)$"},
    {"tag:yaml.org,2002:value", "^=$"},
    {"tag:yaml.org,2002:yaml", "^(!|&|\\*)$"},
};
#define N_RESOLVERS (sizeof yaml_resolvers / sizeof yaml_resolvers[0])

struct yaml_writer {
    yaml_emitter_t emitter;
    regex_t resolvers[N_RESOLVERS];
    struct awsc_buf value; /* a scalar's text */
    struct awsc_error *err;
};

static int yaml_write_handler(void *data, unsigned char *buffer, size_t size)
{
    struct awsc_buf *out = data;
    awsc__buf_append(out, buffer, size);
    return !out->failed;
}

static const char *yaml_resolve(struct yaml_writer *w, const char *value)
{
    /* Python's $ also matches before a final newline; such a string has a
     * line break and is quoted whatever it resolves to. */
    for (size_t i = 0; i < N_RESOLVERS; i++)
        if (regexec(&w->resolvers[i], value, 0, NULL, 0) == 0)
            return yaml_resolvers[i].tag;
    return TAG_STR;
}

static int yaml_emit(struct yaml_writer *w, yaml_event_t *event)
{
    if (!yaml_emitter_emit(&w->emitter, event))
        return awsc__fail(w->err, AWSC_E_INTERNAL, "libyaml: %s",
                          w->emitter.problem ? w->emitter.problem : "the emitter failed");
    return AWSC_OK;
}

static int yaml_scalar(struct yaml_writer *w, const char *tag, const char *value)
{
    bool plain_implicit = strcmp(yaml_resolve(w, value), tag) == 0;
    bool quoted_implicit = strcmp(tag, TAG_STR) == 0;
    yaml_event_t event;
    if (!yaml_scalar_event_initialize(&event, NULL, (yaml_char_t *)tag, (yaml_char_t *)value,
                                      (int)strlen(value), plain_implicit, quoted_implicit,
                                      YAML_PLAIN_SCALAR_STYLE))
        return awsc__fail(w->err, AWSC_E_NOMEM, "out of memory");
    return yaml_emit(w, &event);
}

static int yaml_value(struct yaml_writer *w, const struct awsc_document *d)
{
    yaml_event_t event;
    int status = AWSC_OK;
    switch (d->type) {
    case AWSC_DOC_NULL:
        return yaml_scalar(w, TAG_NULL, "null");
    case AWSC_DOC_BOOL:
        return yaml_scalar(w, TAG_BOOL, d->boolean ? "true" : "false");
    case AWSC_DOC_NUMBER: {
        awsc__buf_reset(&w->value);
        if (is_integer(d)) {
            awsc_cli_put_number(&w->value, d, false);
        } else if (isnan(d->number)) {
            awsc__buf_puts(&w->value, ".nan");
        } else if (isinf(d->number)) {
            awsc__buf_puts(&w->value, d->number > 0 ? ".inf" : "-.inf");
        } else {
            awsc__put_double_repr(&w->value, d->number, false);
            for (char *p = w->value.data; p && *p; p++)
                if (*p >= 'A' && *p <= 'Z')
                    *p = (char)(*p - 'A' + 'a');
        }
        if (w->value.failed)
            return awsc__fail(w->err, AWSC_E_NOMEM, "out of memory");
        return yaml_scalar(w, is_integer(d) ? TAG_INT : TAG_FLOAT, w->value.data);
    }
    case AWSC_DOC_STRING:
        return yaml_scalar(w, TAG_STR, d->string);
    case AWSC_DOC_ARRAY:
        if (!yaml_sequence_start_event_initialize(&event, NULL,
                                                  (yaml_char_t *)"tag:yaml.org,2002:seq", 1,
                                                  YAML_BLOCK_SEQUENCE_STYLE))
            return awsc__fail(w->err, AWSC_E_NOMEM, "out of memory");
        status = yaml_emit(w, &event);
        for (size_t i = 0; status == AWSC_OK && i < d->count; i++)
            status = yaml_value(w, &d->items[i]);
        if (status == AWSC_OK) {
            yaml_sequence_end_event_initialize(&event);
            status = yaml_emit(w, &event);
        }
        return status;
    case AWSC_DOC_OBJECT: {
        /* ruamel.yaml's safe representer sorts the keys */
        const struct awsc_document_entry **sorted = sorted_entries(d);
        if (!sorted)
            return awsc__fail(w->err, AWSC_E_NOMEM, "out of memory");
        if (!yaml_mapping_start_event_initialize(&event, NULL,
                                                 (yaml_char_t *)"tag:yaml.org,2002:map", 1,
                                                 YAML_BLOCK_MAPPING_STYLE)) {
            free(sorted);
            return awsc__fail(w->err, AWSC_E_NOMEM, "out of memory");
        }
        status = yaml_emit(w, &event);
        for (size_t i = 0; status == AWSC_OK && i < d->count; i++) {
            status = yaml_scalar(w, TAG_STR, sorted[i]->key);
            if (status == AWSC_OK)
                status = yaml_value(w, &sorted[i]->value);
        }
        free(sorted);
        if (status == AWSC_OK) {
            yaml_mapping_end_event_initialize(&event);
            status = yaml_emit(w, &event);
        }
        return status;
    }
    }
    return AWSC_OK;
}

/* One YAML stream holding one document: the value, or a list of it. */
static int yaml_document(struct awsc_buf *out, const struct awsc_document *d, bool as_list,
                         struct awsc_error *err)
{
    struct yaml_writer w;
    memset(&w, 0, sizeof w);
    w.err = err;
    size_t compiled = 0;
    int status = AWSC_OK;
    for (; compiled < N_RESOLVERS; compiled++)
        if (regcomp(&w.resolvers[compiled], yaml_resolvers[compiled].pattern,
                    REG_EXTENDED | REG_NOSUB) != 0) {
            status = awsc__fail(err, AWSC_E_INTERNAL, "a YAML resolver's pattern is bad: %s",
                                yaml_resolvers[compiled].pattern);
            goto done;
        }
    if (!yaml_emitter_initialize(&w.emitter)) {
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        goto done;
    }
    yaml_emitter_set_output(&w.emitter, yaml_write_handler, out);
    yaml_emitter_set_unicode(&w.emitter, 1);

    yaml_event_t event;
    yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
    status = yaml_emit(&w, &event);
    if (status == AWSC_OK) {
        yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 1);
        status = yaml_emit(&w, &event);
    }
    if (status == AWSC_OK && as_list) {
        yaml_sequence_start_event_initialize(&event, NULL,
                                             (yaml_char_t *)"tag:yaml.org,2002:seq", 1,
                                             YAML_BLOCK_SEQUENCE_STYLE);
        status = yaml_emit(&w, &event);
    }
    if (status == AWSC_OK)
        status = yaml_value(&w, d);
    if (status == AWSC_OK && as_list) {
        yaml_sequence_end_event_initialize(&event);
        status = yaml_emit(&w, &event);
    }
    if (status == AWSC_OK) {
        yaml_document_end_event_initialize(&event, 1);
        status = yaml_emit(&w, &event);
    }
    if (status == AWSC_OK) {
        yaml_stream_end_event_initialize(&event);
        status = yaml_emit(&w, &event);
    }
    yaml_emitter_delete(&w.emitter);
done:
    for (size_t i = 0; i < compiled; i++)
        regfree(&w.resolvers[i]);
    awsc__buf_clean_up(&w.value);
    return status;
}

/* ---- the entry points ---- */

int awsc_cli_format(FILE *out, const struct awsc_document *doc, enum awsc_cli_output fmt,
                    const struct awsc_cli_format_opts *opts, struct awsc_error *err)
{
    static const struct awsc_cli_format_opts no_opts;
    if (!opts)
        opts = &no_opts;
    if (!out || !doc)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_cli_format: %s is NULL",
                          !out ? "out" : "doc");
    if (!awsc_cli_output_name(fmt))
        return awsc__fail(err, AWSC_E_INVALID_ARG, "unknown output format %d", (int)fmt);
    if (opts->color)
        return awsc__fail(err, AWSC_E_UNSUPPORTED, "coloured tables are not supported");
    int status = check_document(doc, 0, err);
    if (status != AWSC_OK)
        return status;
    struct awsc_arena *arena = NULL;
    struct awsc_document distinct;
    status = repeats_keys(doc);
    if (status == 1) {
        arena = awsc__arena_new();
        status = arena ? distinct_keys(arena, doc, &distinct) : AWSC_E_NOMEM;
        doc = &distinct;
    }
    if (status != AWSC_OK) {
        awsc__arena_destroy(arena);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }

    struct awsc_buf b = AWSC_BUF_INIT;
    switch (fmt) {
    case AWSC_CLI_OUTPUT_JSON:
        if (!is_empty_object(doc)) {
            put_literal(&b, doc, true, 4, 0);
            awsc__buf_putc(&b, '\n');
        }
        break;
    case AWSC_CLI_OUTPUT_TEXT:
        status = text_value(&b, doc, NULL, NULL, 0, err);
        break;
    case AWSC_CLI_OUTPUT_TABLE:
        status = awsc_cli_format_table(&b, doc, opts->title ? opts->title : "",
                                       opts->width > 0 ? opts->width : awsc_cli_terminal_width(out),
                                       err);
        break;
    case AWSC_CLI_OUTPUT_YAML:
        if (is_empty_object(doc))
            break;
        if (awsc_cli_is_scalar(doc)) {
            put_literal(&b, doc, true, -1, 0);
            awsc__buf_putc(&b, '\n');
        } else {
            status = yaml_document(&b, doc, false, err);
        }
        break;
    case AWSC_CLI_OUTPUT_YAML_STREAM:
        if (!is_empty_object(doc))
            status = yaml_document(&b, doc, true, err);
        break;
    }
    if (status == AWSC_OK && b.failed)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status == AWSC_OK && b.len &&
        (fwrite(b.data, 1, b.len, out) != b.len || fflush(out) != 0))
        status = awsc__fail(err, AWSC_E_IO, "writing the output failed");
    awsc__buf_clean_up(&b);
    awsc__arena_destroy(arena);
    return status;
}

static const char *const output_names[] = {
    [AWSC_CLI_OUTPUT_JSON] = "json",
    [AWSC_CLI_OUTPUT_TEXT] = "text",
    [AWSC_CLI_OUTPUT_TABLE] = "table",
    [AWSC_CLI_OUTPUT_YAML] = "yaml",
    [AWSC_CLI_OUTPUT_YAML_STREAM] = "yaml-stream",
};

int awsc_cli_output_parse(const char *name, enum awsc_cli_output *fmt)
{
    for (size_t i = 0; name && i < sizeof output_names / sizeof output_names[0]; i++)
        if (strcmp(name, output_names[i]) == 0) {
            *fmt = (enum awsc_cli_output)i;
            return 0;
        }
    return -1;
}

const char *awsc_cli_output_name(enum awsc_cli_output fmt)
{
    if ((unsigned)fmt >= sizeof output_names / sizeof output_names[0])
        return NULL;
    return output_names[fmt];
}

int awsc_cli_terminal_width(FILE *out)
{
    struct winsize ws;
    if (out && ioctl(fileno(out), TIOCGWINSZ, &ws) == 0)
        return ws.ws_col;
    return 80;
}
