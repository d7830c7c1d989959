/*
 * The INI reader: Python configparser's rules as botocore reads the shared
 * files. '#' and ';' start comment lines (there are no inline comments),
 * '=' or ':' separates key and value, keys are lower-cased, a line indented
 * deeper than its key continues the value (blank lines inside a value are
 * kept, comment lines dropped), duplicate sections or keys in one file are
 * errors, and [DEFAULT] gives its keys to every section. A value that
 * starts on the line after its key is nested: "key = value" lines split at
 * the first '=' (botocore's _parse_nested).
 */
#include "ini.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>

/* (awsc__py_space() and awsc__py_strip() are config.c's.) */

/* ---- lookups inside one parsed file ---- */

const struct awsc__ini_entry *awsc__ini_get(const struct awsc__ini *f,
                                            const struct awsc__ini_section *s, const char *key)
{
    for (const struct awsc__ini_entry *e = s->entries; e; e = e->next)
        if (strcmp(e->key, key) == 0)
            return e;
    if (f->defaults && f->defaults != s)
        for (const struct awsc__ini_entry *e = f->defaults->entries; e; e = e->next)
            if (strcmp(e->key, key) == 0)
                return e;
    return NULL;
}

const struct awsc__ini_section *awsc__ini_section(const struct awsc__ini *f, const char *name)
{
    for (const struct awsc__ini_section *s = f->sections; s; s = s->next)
        if (strcmp(s->name, name) == 0)
            return s;
    return NULL;
}

const char *awsc__ini_sub(const struct awsc__ini_entry *e, const char *sub_key)
{
    if (!e || !e->nested || !sub_key)
        return NULL;
    for (const struct awsc__ini_entry *s = e->sub; s; s = s->next)
        if (strcmp(s->key, sub_key) == 0)
            return s->value;
    return NULL;
}

/* ---- parsing ---- */

struct parser {
    struct awsc_arena *arena;
    struct awsc__ini *file;
    struct awsc_error *err;
    struct awsc__ini_section *cur; /* current section, or NULL before the first */
    struct awsc__ini_entry *entry; /* the key whose value is open, or NULL */
    struct awsc_buf value;         /* its value so far: pieces joined by '\n' */
    unsigned *piece_lines;         /* the line number of each piece */
    size_t pieces, pieces_cap;
};

static int parse_fail(struct parser *p, unsigned line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int parse_fail(struct parser *p, unsigned line, const char *fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    return awsc__fail(p->err, AWSC_E_CONFIG, "Unable to parse config file: %s: line %u: %s",
                      p->file->path, line, detail);
}

static int nomem(struct parser *p)
{
    return awsc__fail(p->err, AWSC_E_NOMEM, "out of memory reading %s", p->file->path);
}

static int add_piece(struct parser *p, const char *s, size_t n, unsigned line)
{
    if (p->pieces == p->pieces_cap) {
        size_t cap = p->pieces_cap ? p->pieces_cap * 2 : 8;
        unsigned *l = awsc__realloc(p->piece_lines, cap * sizeof *l);
        if (!l)
            return nomem(p);
        p->piece_lines = l;
        p->pieces_cap = cap;
    }
    if (p->pieces)
        awsc__buf_putc(&p->value, '\n');
    awsc__buf_append(&p->value, s, n);
    if (p->value.failed)
        return nomem(p);
    p->piece_lines[p->pieces++] = line;
    return AWSC_OK;
}

/* A value that starts on the line after its key is a nested section: one
 * "key = value" per line, split at the first '=' (botocore's
 * _parse_nested). Later keys replace earlier ones. */
static int parse_nested(struct parser *p, struct awsc__ini_entry *e, const char *text)
{
    const char *line = text;
    size_t piece = 0;
    struct awsc__ini_entry **tail = &e->sub;
    for (;; piece++) {
        const char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line) : strlen(line);
        const char *s = line;
        awsc__py_strip(&s, &n);
        if (n) {
            unsigned lineno = piece < p->pieces ? p->piece_lines[piece] : e->line;
            const char *eq = memchr(s, '=', n);
            if (!eq) {
                /* in [DEFAULT] this only matters to a section that
                 * inherits the key: see check_defaults() */
                if (p->cur == p->file->defaults) {
                    e->bad_line = lineno;
                    return AWSC_OK;
                }
                return parse_fail(p, lineno, "expected 'key = value' in the nested value of '%s'",
                                  e->key);
            }
            const char *k = s, *v = eq + 1;
            size_t kn = (size_t)(eq - s), vn = n - kn - 1;
            awsc__py_strip(&k, &kn);
            awsc__py_strip(&v, &vn);
            char *key = awsc__arena_strndup(p->arena, k, kn);
            char *val = awsc__arena_strndup(p->arena, v, vn);
            if (!key || !val)
                return nomem(p);
            struct awsc__ini_entry *old = e->sub;
            while (old && strcmp(old->key, key) != 0)
                old = old->next;
            if (old) {
                old->value = val;
                old->line = lineno;
            } else {
                struct awsc__ini_entry *ne = awsc__arena_alloc(p->arena, sizeof *ne);
                if (!ne)
                    return nomem(p);
                ne->key = key;
                ne->value = val;
                ne->line = lineno;
                *tail = ne;
                tail = &ne->next;
            }
        }
        if (!end)
            break;
        line = end + 1;
    }
    return AWSC_OK;
}

/* Close the open value: join, strip the end, and parse it when nested. */
static int finish_entry(struct parser *p)
{
    struct awsc__ini_entry *e = p->entry;
    if (!e)
        return AWSC_OK;
    p->entry = NULL;
    const char *s = p->value.data ? p->value.data : "";
    size_t n = p->value.len;
    while (n && awsc__py_space((unsigned char)s[n - 1]))
        n--;
    char *v = awsc__arena_strndup(p->arena, s, n);
    if (!v)
        return nomem(p);
    e->value = v;
    int rc = AWSC_OK;
    if (v[0] == '\n') {
        e->nested = true;
        rc = parse_nested(p, e, v);
    }
    awsc__buf_reset(&p->value);
    p->pieces = 0;
    return rc;
}

static int start_section(struct parser *p, const char *name, size_t n, unsigned line)
{
    char *nm = awsc__arena_strndup(p->arena, name, n);
    if (!nm)
        return nomem(p);
    struct awsc__ini *f = p->file;
    if (strcmp(nm, "DEFAULT") == 0) {
        /* configparser's default section: it may appear more than once */
        if (!f->defaults) {
            f->defaults = awsc__arena_alloc(p->arena, sizeof *f->defaults);
            if (!f->defaults)
                return nomem(p);
            f->defaults->name = "DEFAULT";
            f->defaults->line = line;
            f->defaults->tail = &f->defaults->entries;
        }
        p->cur = f->defaults;
        return AWSC_OK;
    }
    const struct awsc__ini_section *dup = awsc__ini_section(f, nm);
    if (dup)
        return parse_fail(p, line, "section [%s] already appears on line %u", nm, dup->line);
    struct awsc__ini_section *s = awsc__arena_alloc(p->arena, sizeof *s);
    if (!s)
        return nomem(p);
    s->name = nm;
    s->line = line;
    s->tail = &s->entries;
    *f->tail = s;
    f->tail = &s->next;
    p->cur = s;
    return AWSC_OK;
}

static int start_entry(struct parser *p, const char *text, size_t n, unsigned line)
{
    /* configparser's option pattern: the key ends at the first '=' or ':' */
    size_t d = 0;
    while (d < n && text[d] != '=' && text[d] != ':')
        d++;
    if (d == n)
        return parse_fail(p, line, "expected 'key = value' or a [section] header");
    const char *k = text, *v = text + d + 1;
    size_t kn = d, vn = n - d - 1;
    awsc__py_strip(&k, &kn);
    awsc__py_strip(&v, &vn);
    if (kn == 0)
        return parse_fail(p, line, "a key is missing before '%c'", text[d]);
    char *key = awsc__arena_strndup(p->arena, k, kn);
    if (!key)
        return nomem(p);
    for (char *c = key; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c + 32);
    for (const struct awsc__ini_entry *e = p->cur->entries; e; e = e->next)
        if (strcmp(e->key, key) == 0)
            return parse_fail(p, line, "key '%s' already appears in section [%s] on line %u", key,
                              p->cur->name, e->line);
    struct awsc__ini_entry *e = awsc__arena_alloc(p->arena, sizeof *e);
    if (!e)
        return nomem(p);
    e->key = key;
    e->line = line;
    *p->cur->tail = e;
    p->cur->tail = &e->next;
    p->entry = e;
    return add_piece(p, v, vn, line);
}

/* One physical line (without its line break). Error messages never quote
 * a line: it could hold a secret. */
static int parse_line(struct parser *p, const char *line, size_t len, unsigned lineno,
                      size_t *indent_level)
{
    if (!awsc__utf8_valid(line, len))
        return parse_fail(p, lineno, "not valid UTF-8");
    const char *s = line;
    size_t n = len;
    awsc__py_strip(&s, &n);
    bool comment = n && (s[0] == '#' || s[0] == ';');
    if (!n || comment) {
        /* a blank line belongs to an open value (its end is stripped
         * later); a comment line is dropped */
        if (!comment && p->entry)
            return add_piece(p, "", 0, lineno);
        return AWSC_OK;
    }
    size_t indent = (size_t)(s - line);
    if (p->cur && p->entry && indent > *indent_level)
        return add_piece(p, s, n, lineno);

    int rc = finish_entry(p);
    if (rc != AWSC_OK)
        return rc;
    *indent_level = indent;
    /* a section header: '[' NAME ']' up to the last ']' on the line */
    if (s[0] == '[') {
        size_t close = n;
        while (close > 1 && s[close - 1] != ']')
            close--;
        if (close >= 3)
            return start_section(p, s + 1, close - 2, lineno);
    }
    if (!p->cur)
        return parse_fail(p, lineno, "a [section] header must come first");
    return start_entry(p, s, n, lineno);
}

/* botocore parses nested values section by section, [DEFAULT]'s keys
 * included: a bad one is an error only where a section inherits it. */
static int check_defaults(struct parser *p)
{
    const struct awsc__ini *f = p->file;
    if (!f->defaults)
        return AWSC_OK;
    for (const struct awsc__ini_entry *d = f->defaults->entries; d; d = d->next) {
        if (!d->bad_line)
            continue;
        for (const struct awsc__ini_section *s = f->sections; s; s = s->next)
            if (awsc__ini_get(f, s, d->key) == d)
                return parse_fail(p, d->bad_line,
                                  "expected 'key = value' in the nested value of '%s'", d->key);
    }
    return AWSC_OK;
}

static int parse_text(struct parser *p, const char *text, size_t len)
{
    size_t indent_level = 0;
    unsigned lineno = 0;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != '\n' && text[j] != '\r')
            j++;
        lineno++;
        int rc = parse_line(p, text + i, j - i, lineno, &indent_level);
        if (rc != AWSC_OK)
            return rc;
        /* universal newlines: "\r\n", "\r" and "\n" all end a line */
        if (j < len && text[j] == '\r' && j + 1 < len && text[j + 1] == '\n')
            j++;
        i = j + 1;
    }
    int rc = finish_entry(p);
    return rc == AWSC_OK ? check_defaults(p) : rc;
}

static int read_file(const char *path, char **data, size_t *len, struct awsc_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return awsc__fail(err, AWSC_E_IO, "Unable to read config file: %s: %s", path,
                          strerror(errno));
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[4096];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
        awsc__buf_append(&b, chunk, got);
    int failed = ferror(fp);
    fclose(fp);
    if (failed) {
        awsc__buf_clean_up(&b);
        return awsc__fail(err, AWSC_E_IO, "Unable to read config file: %s", path);
    }
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory reading %s", path);
    }
    *len = b.len;
    *data = awsc__buf_steal(&b);
    if (!*data)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory reading %s", path);
    return AWSC_OK;
}

int awsc__ini_load(struct awsc_arena *arena, const char *path, struct awsc__ini *f,
                   struct awsc_error *err)
{
    f->path = path;
    f->tail = &f->sections;
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return AWSC_OK;
    f->present = true;
    char *text = NULL;
    size_t len = 0;
    int rc = read_file(path, &text, &len, err);
    if (rc != AWSC_OK)
        return rc;
    rc = awsc__ini_parse(arena, text, len, f, err);
    awsc__free(text);
    return rc;
}

int awsc__ini_parse(struct awsc_arena *arena, const char *text, size_t len, struct awsc__ini *f,
                    struct awsc_error *err)
{
    if (!f->tail)
        f->tail = &f->sections;
    f->present = true;
    struct parser p = {.arena = arena, .file = f, .err = err, .value = AWSC_BUF_INIT};
    int rc = parse_text(&p, text, len);
    awsc__buf_clean_up(&p.value);
    awsc__free(p.piece_lines);
    return rc;
}
