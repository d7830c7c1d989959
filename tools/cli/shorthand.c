/*
 * tools/cli/shorthand.c - the AWS CLI's shorthand syntax and parameter
 * words (shorthand.h).
 *
 * The grammar, as the AWS CLI reads it:
 *
 *   parameter  = keyval *("," keyval)
 *   keyval     = key "=" values
 *   key        = *(ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":")
 *   values     = "" / list / hash / csv
 *   csv        = first-value *("," second-value)   (a one-item csv is a string)
 *   list       = "[" [explicit *("," explicit)] "]"
 *   hash       = "{" [key "=" explicit *("," key "=" explicit)] "}"
 *   explicit   = list / hash / first-value
 *
 * A first value stops at ',', ']' and '}' and may hold '=', spaces and
 * brackets; a second value (after a comma) stops at ',' and '=': when a
 * word after a comma turns out to be the next key (`a=b,c=d`), the list
 * ends before it. `\,` is a literal comma; single or double quotes keep
 * everything but their own quote (escaped with a backslash). Values lose
 * trailing white space.
 */
#include "shorthand.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "protocol/json.h"

struct sh {
    const char *s;
    size_t len;
    size_t i;
    struct awsc_arena *arena;
    struct awsc_error *err;
};

static int nomem(struct sh *p)
{
    return awsc__fail(p->err, AWSC_E_NOMEM, "out of memory reading a parameter");
}

/* "Expected: '=', received: 'EOF' for input:" then the input with a caret
 * under the place, as the AWS CLI writes it. */
static int syntax(struct sh *p, const char *expected, size_t at)
{
    char actual[8];
    if (expected[0] == '<') {
        strcpy(actual, "<none>"); /* a kind of value, not a character, was wanted */
    } else if (at >= p->len) {
        strcpy(actual, "EOF");
    } else {
        size_t n = 1;
        while (at + n < p->len && ((unsigned char)p->s[at + n] & 0xc0) == 0x80 && n < 4)
            n++;
        memcpy(actual, p->s + at, n);
        actual[n] = 0;
    }
    /* the caret goes under the line holding `at` */
    size_t line_start = at;
    while (line_start > 0 && p->s[line_start - 1] != '\n')
        line_start--;
    size_t line_end = at;
    while (line_end < p->len && p->s[line_end] != '\n')
        line_end++;
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_printf(&b, "Expected: '%s', received: '%s' for input:\n", expected, actual);
    awsc__buf_append(&b, p->s, line_end);
    awsc__buf_putc(&b, '\n');
    for (size_t k = line_start; k < at; k++)
        awsc__buf_putc(&b, ' ');
    awsc__buf_putc(&b, '^');
    awsc__buf_append(&b, p->s + line_end, p->len - line_end);
    int rc = b.failed ? nomem(p) : awsc__fail(p->err, AWSC_E_VALIDATION, "%s", b.data);
    awsc__buf_clean_up(&b);
    return rc;
}

static bool at_eof(const struct sh *p)
{
    return p->i >= p->len;
}
static int cur(const struct sh *p)
{
    return at_eof(p) ? -1 : (unsigned char)p->s[p->i];
}

static bool is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static void skip_space(struct sh *p)
{
    while (!at_eof(p) && is_space(cur(p)))
        p->i++;
}

static int expect(struct sh *p, char c, bool spaces)
{
    if (spaces)
        skip_space(p);
    if (cur(p) != (unsigned char)c) {
        char e[2] = {c, 0};
        return syntax(p, e, p->i);
    }
    p->i++;
    if (spaces)
        skip_space(p);
    return AWSC_OK;
}

/* The characters a value may start with: not space, quotes, ',', '=',
 * '[', '{' (']' and '}' may). */
static bool starts_word(int c)
{
    return c >= 0x80 || (c > ' ' && c != '"' && c != '\'' && c != ',' && c != '=' && c != '[' &&
                         c != '{' && c != 0x7f);
}

/* What may follow in a first value: also spaces, '=', '[', '{'; not ']',
 * '}', ','. */
static bool follows_first(int c)
{
    return c >= 0x80 || is_space(c) ||
           (c > ' ' && c != '"' && c != '\'' && c != ',' && c != ']' && c != '}' && c != 0x7f);
}

/* What may follow in a second value: also spaces, brackets; not '='. */
static bool follows_second(int c)
{
    return c >= 0x80 || is_space(c) || (c > ' ' && c != '"' && c != '\'' && c != ',' && c != '=');
}

static void make_string(struct awsc_document *out, const char *s)
{
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_STRING;
    out->string = s;
}

/* A bare value: `\,` is a comma, trailing spaces dropped. Returns the
 * count of bytes consumed (0: nothing matched). */
static int bare(struct sh *p, bool (*follows)(int), struct awsc_document *out, size_t *used)
{
    size_t start = p->i, k = p->i;
    bool first = true;
    while (k < p->len) {
        int c = (unsigned char)p->s[k];
        if (c == '\\' && k + 1 < p->len && p->s[k + 1] == ',') {
            k += 2;
        } else if (first ? starts_word(c) : follows(c)) {
            k++;
        } else {
            break;
        }
        first = false;
    }
    *used = k - start;
    char *v = awsc__arena_alloc(p->arena, k - start + 1);
    if (!v)
        return nomem(p);
    size_t o = 0;
    for (size_t j = start; j < k; j++) {
        if (p->s[j] == '\\' && j + 1 < k && p->s[j + 1] == ',')
            j++;
        v[o++] = p->s[j];
    }
    while (o && is_space((unsigned char)v[o - 1]))
        o--;
    v[o] = 0;
    p->i = k;
    make_string(out, v);
    return AWSC_OK;
}

/* 'text' or "text": the quote escaped with a backslash, and `\\` a
 * backslash. */
static int quoted(struct sh *p, struct awsc_document *out)
{
    char q = p->s[p->i];
    size_t start = p->i, k = p->i + 1;
    while (k < p->len && p->s[k] != q) {
        if (p->s[k] == '\\' && k + 1 < p->len && (p->s[k + 1] == '\\' || p->s[k + 1] == q))
            k++;
        k++;
    }
    if (k >= p->len)
        return syntax(p, q == '"' ? "<double quoted>" : "<singled quoted>", start);
    char *v = awsc__arena_alloc(p->arena, k - start);
    if (!v)
        return nomem(p);
    /* first \q, then \\, as two replacements over the text */
    size_t o = 0;
    for (size_t j = start + 1; j < k; j++) {
        if (p->s[j] == '\\' && j + 1 < k && p->s[j + 1] == q)
            j++;
        v[o++] = p->s[j];
    }
    v[o] = 0;
    for (size_t r = 0, w = 0;; r++) {
        if (v[r] == '\\' && v[r + 1] == '\\')
            r++;
        v[w++] = v[r];
        if (!v[r])
            break;
    }
    p->i = k + 1;
    make_string(out, v);
    return AWSC_OK;
}

static int first_value(struct sh *p, struct awsc_document *out)
{
    if (cur(p) == '\'' || cur(p) == '"')
        return quoted(p, out);
    size_t used;
    return bare(p, follows_first, out, &used);
}

/* A value after a comma; *none when nothing there is one. */
static int second_value(struct sh *p, struct awsc_document *out, bool *none)
{
    *none = false;
    if (cur(p) == '\'' || cur(p) == '"') {
        size_t at = p->i;
        int rc = quoted(p, out);
        if (rc == AWSC_E_VALIDATION) {
            p->i = at;
            *none = true;
            return AWSC_OK;
        }
        return rc;
    }
    size_t used;
    int rc = bare(p, follows_second, out, &used);
    if (rc == AWSC_OK && used == 0)
        *none = true;
    return rc;
}

/* Growable arrays in the arena. */
static bool grow(struct sh *p, void **items, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 4;
    void *v = awsc__arena_alloc(p->arena, c * size);
    if (!v)
        return false;
    if (n)
        memcpy(v, *items, n * size);
    *items = v;
    *cap = c;
    return true;
}

static int add_item(struct sh *p, struct awsc_document *list, size_t *cap,
                    const struct awsc_document *v)
{
    void *items = list->items;
    if (!grow(p, &items, cap, list->count, sizeof *list->items))
        return nomem(p);
    list->items = items;
    list->items[list->count++] = *v;
    return AWSC_OK;
}

/* Sets key in obj: replaces an earlier value in place when replace, else
 * *dup says it was there. */
static int put_key(struct sh *p, struct awsc_document *obj, size_t *cap, const char *key,
                   const struct awsc_document *v, bool replace, bool *dup)
{
    for (size_t i = 0; i < obj->count; i++) {
        if (strcmp(obj->entries[i].key, key) == 0) {
            if (replace)
                obj->entries[i].value = *v;
            else
                *dup = true;
            return AWSC_OK;
        }
    }
    void *entries = obj->entries;
    if (!grow(p, &entries, cap, obj->count, sizeof *obj->entries))
        return nomem(p);
    obj->entries = entries;
    obj->entries[obj->count].key = key;
    obj->entries[obj->count].value = *v;
    obj->count++;
    return AWSC_OK;
}

static int key(struct sh *p, const char **out)
{
    size_t start = p->i;
    while (!at_eof(p)) {
        int c = cur(p);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              strchr("-_.#/:", c)))
            break;
        p->i++;
    }
    *out = awsc__arena_strndup(p->arena, p->s + start, p->i - start);
    return *out ? AWSC_OK : nomem(p);
}

static int explicit_values(struct sh *p, struct awsc_document *out, unsigned depth);

static int explicit_list(struct sh *p, struct awsc_document *out, unsigned depth)
{
    int rc = expect(p, '[', true);
    if (rc != AWSC_OK)
        return rc;
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_ARRAY;
    size_t cap = 0;
    while (cur(p) != ']') {
        struct awsc_document v;
        if ((rc = explicit_values(p, &v, depth + 1)) != AWSC_OK ||
            (rc = add_item(p, out, &cap, &v)) != AWSC_OK)
            return rc;
        skip_space(p);
        if (cur(p) != ']') {
            if ((rc = expect(p, ',', false)) != AWSC_OK)
                return rc;
            skip_space(p);
        }
    }
    return expect(p, ']', false);
}

static int hash_literal(struct sh *p, struct awsc_document *out, unsigned depth)
{
    int rc = expect(p, '{', true);
    if (rc != AWSC_OK)
        return rc;
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_OBJECT;
    size_t cap = 0;
    while (cur(p) != '}') {
        const char *k;
        struct awsc_document v;
        bool dup = false;
        if ((rc = key(p, &k)) != AWSC_OK || (rc = expect(p, '=', true)) != AWSC_OK ||
            (rc = explicit_values(p, &v, depth + 1)) != AWSC_OK)
            return rc;
        skip_space(p);
        if (cur(p) != '}') {
            if ((rc = expect(p, ',', false)) != AWSC_OK)
                return rc;
            skip_space(p);
        }
        if ((rc = put_key(p, out, &cap, k, &v, true, &dup)) != AWSC_OK)
            return rc;
    }
    return expect(p, '}', false);
}

#define MAX_DEPTH 64

static int explicit_values(struct sh *p, struct awsc_document *out, unsigned depth)
{
    if (depth > MAX_DEPTH)
        return awsc__fail(p->err, AWSC_E_VALIDATION, "the value nests deeper than %d", MAX_DEPTH);
    if (cur(p) == '[')
        return explicit_list(p, out, depth);
    if (cur(p) == '{')
        return hash_literal(p, out, depth);
    return first_value(p, out);
}

static int csv_value(struct sh *p, struct awsc_document *out)
{
    struct awsc_document first;
    int rc = first_value(p, &first);
    if (rc != AWSC_OK)
        return rc;
    skip_space(p);
    if (at_eof(p) || cur(p) != ',') {
        *out = first;
        return AWSC_OK;
    }
    if ((rc = expect(p, ',', true)) != AWSC_OK)
        return rc;
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_ARRAY;
    size_t cap = 0;
    if ((rc = add_item(p, out, &cap, &first)) != AWSC_OK)
        return rc;
    for (;;) {
        struct awsc_document v;
        bool none;
        if ((rc = second_value(p, &v, &none)) != AWSC_OK)
            return rc;
        if (!none) {
            skip_space(p);
            if (at_eof(p))
                return add_item(p, out, &cap, &v);
            if (cur(p) == ',') {
                p->i++;
                skip_space(p);
                if ((rc = add_item(p, out, &cap, &v)) != AWSC_OK)
                    return rc;
                continue;
            }
        } else if (at_eof(p)) {
            return syntax(p, "<second>", p->i);
        }
        /* not a value: the word is the next key; back to the comma */
        while (p->i > 0 && p->s[p->i] != ',')
            p->i--;
        break;
    }
    if (out->count == 1)
        *out = first;
    return AWSC_OK;
}

static int values(struct sh *p, struct awsc_document *out)
{
    if (at_eof(p)) {
        make_string(out, "");
        return AWSC_OK;
    }
    if (cur(p) == '[')
        return explicit_list(p, out, 0);
    if (cur(p) == '{')
        return hash_literal(p, out, 0);
    return csv_value(p, out);
}

int awsc_cli_shorthand_parse(const char *text, struct awsc_arena *arena, struct awsc_document *out,
                             struct awsc_error *err)
{
    struct sh p = {.s = text, .len = strlen(text), .arena = arena, .err = err};
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_OBJECT;
    size_t cap = 0;
    size_t last = 0; /* where the previous key and value ended */
    for (bool first = true;; first = false) {
        if (!first) {
            if (at_eof(&p))
                return AWSC_OK;
            int rc = expect(&p, ',', true);
            if (rc != AWSC_OK)
                return rc;
        }
        const char *k;
        struct awsc_document v;
        bool dup = false;
        int rc;
        if ((rc = key(&p, &k)) != AWSC_OK || (rc = expect(&p, '=', true)) != AWSC_OK ||
            (rc = values(&p, &v)) != AWSC_OK ||
            (rc = put_key(&p, out, &cap, k, &v, false, &dup)) != AWSC_OK)
            return rc;
        if (dup) {
            /* the caret under the comma before the key */
            struct awsc_buf b = AWSC_BUF_INIT;
            awsc__buf_printf(&b, "Second instance of key \"%s\" encountered for input:\n%s\n", k,
                             text);
            for (size_t s = 0; s < last + 1; s++)
                awsc__buf_putc(&b, ' ');
            awsc__buf_puts(&b, "^\nThis is often because there is a preceding \",\" instead "
                               "of a space.");
            rc = b.failed ? nomem(&p) : awsc__fail(err, AWSC_E_VALIDATION, "%s", b.data);
            awsc__buf_clean_up(&b);
            return rc;
        }
        last = p.i;
    }
}

/* ---- the shape's step ---- */

static bool is_document(const struct awsc_shape *s)
{
    return s->type == AWSC_SHAPE_DOCUMENT || (s->flags & AWSC_SF_DOCUMENT);
}

/* a document, or a list or map of them (at any depth) */
static bool holds_documents(const struct awsc_shape *s, unsigned depth)
{
    if (is_document(s))
        return true;
    if (depth > 32)
        return false;
    if (s->type == AWSC_SHAPE_LIST || s->type == AWSC_SHAPE_MAP)
        return holds_documents(awsc_shape_item(s), depth + 1);
    return false;
}

static bool is_complex(const struct awsc_shape *s)
{
    return s->type == AWSC_SHAPE_STRUCTURE || s->type == AWSC_SHAPE_LIST ||
           s->type == AWSC_SHAPE_MAP;
}

bool awsc_cli_takes_shorthand(const struct awsc_shape *shape)
{
    if (holds_documents(shape, 0) || !is_complex(shape))
        return false;
    return shape->type != AWSC_SHAPE_LIST || is_complex(awsc_shape_item(shape));
}

static bool is_integer_type(const struct awsc_shape *s)
{
    return s->type == AWSC_SHAPE_BYTE || s->type == AWSC_SHAPE_SHORT ||
           s->type == AWSC_SHAPE_INTEGER || s->type == AWSC_SHAPE_LONG;
}

/* A string to the number the shape takes, as Python's int() or float()
 * reads it (surrounding spaces allowed). */
static int to_number(const char *path, const struct awsc_shape *s, struct awsc_document *v,
                     struct awsc_arena *arena, struct awsc_error *err)
{
    const char *t = v->string;
    while (is_space((unsigned char)*t))
        t++;
    char *end;
    errno = 0;
    if (is_integer_type(s)) {
        long long n = strtoll(t, &end, 10);
        while (is_space((unsigned char)*end))
            end++;
        if (end == t || *end || errno)
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "invalid literal for int() with base 10: '%s' (%s)", v->string, path);
        v->string = awsc__arena_printf(arena, "%lld", n);
        v->number = (double)n;
    } else {
        double d = strtod(t, &end);
        while (is_space((unsigned char)*end))
            end++;
        if (end == t || *end || !isfinite(d))
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "could not convert string to float: '%s' (%s)", v->string, path);
        v->string = NULL; /* written from number, as a float */
        v->number = d;
    }
    v->type = AWSC_DOC_NUMBER;
    if (is_integer_type(s) && !v->string)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return AWSC_OK;
}

static int fix(const char *path, const struct awsc_shape *s, struct awsc_document *v,
               struct awsc_arena *arena, struct awsc_error *err, unsigned depth)
{
    if (depth > MAX_DEPTH)
        return awsc__fail(err, AWSC_E_VALIDATION, "the value nests deeper than %d", MAX_DEPTH);
    if (is_document(s))
        return awsc__fail(err, AWSC_E_VALIDATION,
                          "Shorthand syntax does not support document types. Use JSON input "
                          "for top-level argument to specify nested parameter: %s",
                          path);
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE:
        if (v->type != AWSC_DOC_OBJECT)
            return AWSC_OK;
        for (size_t i = 0; i < v->count; i++) {
            for (uint16_t m = 0; m < awsc_shape_member_count(s); m++) {
                if (strcmp(awsc_member_name(&awsc_shape_members(s)[m]), v->entries[i].key) == 0) {
                    int rc = fix(v->entries[i].key, awsc_member_shape(&awsc_shape_members(s)[m]),
                                 &v->entries[i].value, arena, err, depth + 1);
                    if (rc != AWSC_OK)
                        return rc;
                    break;
                }
            }
        }
        return AWSC_OK;
    case AWSC_SHAPE_LIST:
        if (v->type != AWSC_DOC_ARRAY) {
            if (v->type == AWSC_DOC_NULL)
                return AWSC_OK;
            struct awsc_document *item = awsc__arena_alloc(arena, sizeof *item);
            if (!item)
                return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
            *item = *v;
            memset(v, 0, sizeof *v);
            v->type = AWSC_DOC_ARRAY;
            v->items = item;
            v->count = 1;
            /* as the AWS CLI: the wrapped value is left as it is */
            return AWSC_OK;
        }
        for (size_t i = 0; i < v->count; i++) {
            int rc = fix(path, awsc_shape_item(s), &v->items[i], arena, err, depth + 1);
            if (rc != AWSC_OK)
                return rc;
        }
        return AWSC_OK;
    case AWSC_SHAPE_MAP:
        if (v->type != AWSC_DOC_OBJECT)
            return AWSC_OK;
        for (size_t i = 0; i < v->count; i++) {
            int rc = fix(v->entries[i].key, awsc_shape_item(s), &v->entries[i].value, arena, err,
                         depth + 1);
            if (rc != AWSC_OK)
                return rc;
        }
        return AWSC_OK;
    case AWSC_SHAPE_BOOLEAN:
        if (v->type == AWSC_DOC_STRING &&
            (strcasecmp(v->string, "true") == 0 || strcasecmp(v->string, "false") == 0)) {
            v->boolean = strcasecmp(v->string, "true") == 0;
            v->type = AWSC_DOC_BOOL;
        }
        return AWSC_OK;
    case AWSC_SHAPE_BYTE:
    case AWSC_SHAPE_SHORT:
    case AWSC_SHAPE_INTEGER:
    case AWSC_SHAPE_LONG:
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE:
        if (v->type == AWSC_DOC_STRING)
            return to_number(path, s, v, arena, err);
        return AWSC_OK;
    default:
        return AWSC_OK;
    }
}

/* The JSON of one scalar item word of a list, as the AWS CLI reads it. */
static int scalar_word(const char *option, const struct awsc_shape *s, const char *word,
                       struct awsc_arena *arena, struct awsc_document *out, struct awsc_error *err)
{
    make_string(out, word);
    if (s->type == AWSC_SHAPE_BOOLEAN) {
        /* bool(word): only "false" (any case) and "" are false */
        out->type = AWSC_DOC_BOOL;
        out->boolean = *word && strcasecmp(word, "false") != 0;
        return AWSC_OK;
    }
    if (is_integer_type(s) || s->type == AWSC_SHAPE_FLOAT || s->type == AWSC_SHAPE_DOUBLE)
        return to_number(option, s, out, arena, err);
    return AWSC_OK;
}

static bool looks_like_json(const char *w)
{
    while (is_space((unsigned char)*w))
        w++;
    return *w == '{' || *w == '[';
}

static bool looks_like_list(const char *w)
{
    while (is_space((unsigned char)*w))
        w++;
    return *w == '[';
}

static int write_json(const struct awsc_document *v, struct awsc_buf *json, struct awsc_error *err)
{
    struct awsc__json_opts o = {0};
    return awsc__json_write_document(json, v, &o, err);
}

int awsc_cli_param_json(const char *option, const struct awsc_shape *shape, char *const *words,
                        size_t n, struct awsc_arena *arena, struct awsc_buf *json,
                        struct awsc_error *err)
{
    if (!n)
        return awsc__fail(err, AWSC_E_VALIDATION, "argument %s: expected one argument", option);
    struct awsc_document v;
    int rc;
    if (!is_complex(shape) && !is_document(shape)) {
        /* a scalar: the word itself, read as the shape's type */
        if (n > 1)
            return awsc__fail(err, AWSC_E_VALIDATION, "Unknown options: %s", words[1]);
        if ((rc = scalar_word(option, shape, words[0], arena, &v, err)) != AWSC_OK)
            goto failed;
        return write_json(&v, json, err);
    }
    if (looks_like_json(words[0]) || holds_documents(shape, 0)) {
        bool whole = n == 1 && (shape->type != AWSC_SHAPE_LIST || looks_like_list(words[0]));
        if (!whole) {
            /* several JSON words: one item each */
            awsc__buf_putc(json, '[');
            for (size_t i = 0; i < n; i++) {
                if (i)
                    awsc__buf_puts(json, ", ");
                awsc__buf_puts(json, words[i]);
            }
            awsc__buf_putc(json, ']');
        } else {
            awsc__buf_puts(json, words[0]);
        }
        return json->failed ? awsc__fail(err, AWSC_E_NOMEM, "out of memory") : AWSC_OK;
    }
    if (shape->type == AWSC_SHAPE_LIST && !is_complex(awsc_shape_item(shape))) {
        /* a list of scalars: each word an item */
        memset(&v, 0, sizeof v);
        v.type = AWSC_DOC_ARRAY;
        v.items = awsc__arena_alloc(arena, n * sizeof *v.items);
        if (!v.items)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        v.count = n;
        for (size_t i = 0; i < n; i++)
            if ((rc = scalar_word(option, awsc_shape_item(shape), words[i], arena, &v.items[i],
                                  err)) != AWSC_OK)
                goto failed;
        return write_json(&v, json, err);
    }
    if (shape->type == AWSC_SHAPE_STRUCTURE && awsc_shape_member_count(shape) == 1 &&
        strcmp(awsc_member_name(&awsc_shape_members(shape)[0]), "Value") == 0 &&
        awsc_member_shape(&awsc_shape_members(shape)[0])->type == AWSC_SHAPE_STRING &&
        !strchr(words[0], '=')) {
        /* `--instance-terminate-behavior shutdown` is {"Value": "shutdown"} */
        awsc__buf_puts(json, "{\"Value\": ");
        awsc__json_put_string(json, words[0], strlen(words[0]));
        awsc__buf_putc(json, '}');
        return json->failed ? awsc__fail(err, AWSC_E_NOMEM, "out of memory") : AWSC_OK;
    }
    if (shape->type == AWSC_SHAPE_LIST) {
        memset(&v, 0, sizeof v);
        v.type = AWSC_DOC_ARRAY;
        v.items = awsc__arena_alloc(arena, n * sizeof *v.items);
        if (!v.items)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        v.count = n;
        for (size_t i = 0; i < n; i++)
            if ((rc = awsc_cli_shorthand_parse(words[i], arena, &v.items[i], err)) != AWSC_OK)
                goto failed;
    } else {
        if (n > 1)
            return awsc__fail(err, AWSC_E_VALIDATION, "Unknown options: %s", words[1]);
        if ((rc = awsc_cli_shorthand_parse(words[0], arena, &v, err)) != AWSC_OK)
            goto failed;
    }
    if ((rc = fix(option, shape, &v, arena, err, 0)) != AWSC_OK)
        goto failed;
    return write_json(&v, json, err);
failed:
    if (rc == AWSC_E_VALIDATION && err && err->message) {
        char *msg =
            awsc__arena_printf(arena, "Error parsing parameter '%s': %s", option, err->message);
        if (msg)
            awsc__fail(err, AWSC_E_VALIDATION, "%s", msg);
    }
    return rc;
}
