/*
 * tools/cli/query.c - JMESPath for --query: a lexer, a Pratt parser into a
 * small tree, and an evaluator over struct awsc_document (query.h).
 *
 * The parser binds as jmespath.org's grammar says: `|` loosest, then `||`,
 * `&&`, the comparisons, `[]`, `*`, `[?`, `.`, `!`, `{`, `[` and `(`. A
 * projection (`[*]`, `.*`, `[]`, `[?...]`, a slice) takes everything to
 * its right that binds tighter than a comparison.
 */
#include "query.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/json.h"
#include "protocol/protocol.h"

/* ---- tokens ---- */

enum tok {
    T_EOF,
    T_UNQUOTED,   /* foo */
    T_QUOTED,     /* "foo" */
    T_NUMBER,     /* -12 */
    T_LITERAL,    /* `{"a": 1}` or 'raw string' */
    T_DOT,
    T_STAR,
    T_FLATTEN,    /* [] */
    T_FILTER,     /* [? */
    T_LBRACKET,
    T_RBRACKET,
    T_LBRACE,
    T_RBRACE,
    T_LPAREN,
    T_RPAREN,
    T_COMMA,
    T_COLON,
    T_PIPE,
    T_OR,
    T_AND,
    T_NOT,
    T_EQ,
    T_NE,
    T_LT,
    T_LE,
    T_GT,
    T_GE,
    T_CURRENT,    /* @ */
    T_EXPREF      /* & */
};

static const char *const tok_names[] = {
    "the end of the expression", "an identifier", "a quoted identifier", "a number", "a literal",
    "'.'", "'*'", "'[]'", "'[?'", "'['", "']'", "'{'", "'}'", "'('", "')'", "','", "':'", "'|'",
    "'||'", "'&&'", "'!'", "'=='", "'!='", "'<'", "'<='", "'>'", "'>='", "'@'", "'&'"};

/* How tightly each token binds as an infix operator (0: not one). */
static const int binding[] = {
    [T_PIPE] = 1, [T_OR] = 2,      [T_AND] = 3,     [T_EQ] = 5,      [T_NE] = 5,
    [T_LT] = 5,   [T_LE] = 5,      [T_GT] = 5,      [T_GE] = 5,      [T_FLATTEN] = 9,
    [T_STAR] = 20, [T_FILTER] = 21, [T_DOT] = 40,   [T_NOT] = 45,    [T_LBRACE] = 50,
    [T_LBRACKET] = 55, [T_LPAREN] = 60, [T_EXPREF] = 0};

/* What binds below this ends a projection's right-hand side. */
#define PROJECTION_STOP 10

struct token {
    enum tok type;
    size_t pos;
    const char *text;             /* identifiers */
    long long number;             /* T_NUMBER */
    struct awsc_document literal; /* T_LITERAL */
};

/* ---- the tree ---- */

enum node_type {
    N_FIELD,         /* name */
    N_CURRENT,       /* @, and the implicit left side of a projection */
    N_LITERAL,       /* literal */
    N_INDEX,         /* [index] */
    N_SLICE,         /* [start:stop:step] */
    N_SUB,           /* left then right on its result: a.b, a[0], a | b */
    N_PROJECT,       /* right on each item of the list left */
    N_VALUES,        /* right on each value of the object left */
    N_FLATTEN,       /* left's items, lists among them spliced in */
    N_FILTER,        /* right on each item of left for which cond holds */
    N_PIPE,          /* like N_SUB, but a projection on the left stops */
    N_OR,
    N_AND,
    N_NOT,
    N_CMP,           /* cmp: T_EQ ... T_GE */
    N_LIST,          /* [a, b] */
    N_HASH,          /* {k: a, ...} */
    N_FUNCTION,      /* fn(kids) */
    N_EXPREF         /* &left */
};

struct function;

struct node {
    enum node_type type;
    enum tok cmp;
    const char *name;
    struct awsc_document literal;
    long long index;
    bool has[3];        /* N_SLICE: start, stop, step given */
    long long slice[3];
    const struct node *left, *right, *cond;
    const struct node **kids;
    const char **keys;  /* N_HASH */
    size_t count;
    const struct function *fn;
};

struct awsc_cli_query {
    const struct node *root;
};

/* ---- errors ---- */

static int qfail(struct awsc_error *err, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int qfail(struct awsc_error *err, const char *kind, const char *fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    return awsc__fail(err, AWSC_E_INVALID_ARG, "%s: %s", kind, detail);
}

/* ---- lexer ---- */

struct lexer {
    const char *s;
    size_t i;
    struct awsc_arena *arena;
    struct awsc_error *err;
    struct token *toks;
    size_t n, cap;
};

static struct token *push(struct lexer *lx, enum tok type, size_t pos)
{
    if (lx->n == lx->cap) {
        size_t cap = lx->cap ? lx->cap * 2 : 32;
        struct token *t = realloc(lx->toks, cap * sizeof *t);
        if (!t)
            return NULL;
        lx->toks = t;
        lx->cap = cap;
    }
    struct token *t = &lx->toks[lx->n++];
    memset(t, 0, sizeof *t);
    t->type = type;
    t->pos = pos;
    return t;
}

/* The text up to the closing `end` (a backslash escapes the next
 * character), without it; i is left after it. NULL when unterminated. */
static const char *until(struct lexer *lx, char end, size_t *len)
{
    size_t start = lx->i;
    while (lx->s[lx->i] && lx->s[lx->i] != end) {
        if (lx->s[lx->i] == '\\' && lx->s[lx->i + 1])
            lx->i++;
        lx->i++;
    }
    if (!lx->s[lx->i])
        return NULL;
    *len = lx->i - start;
    lx->i++;
    return lx->s + start;
}

/* s[0..n) with every `from` (two characters) replaced by `to`. */
static char *unescape(struct lexer *lx, const char *s, size_t n, const char *from, char to)
{
    char *out = awsc__arena_alloc(lx->arena, n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && s[i] == from[0] && s[i + 1] == from[1]) {
            out[o++] = to;
            i++;
        } else {
            out[o++] = s[i];
        }
    }
    out[o] = 0;
    return out;
}

static int parse_json(struct lexer *lx, const char *text, struct awsc_document *out)
{
    struct awsc_error e = AWSC_ERROR_INIT;
    struct awsc__json_opts o = {0};
    int rc = awsc__json_read_document((const uint8_t *)text, strlen(text), out, lx->arena, &o, &e);
    awsc_error_clean_up(&e);
    return rc;
}

static int lex_literal(struct lexer *lx, size_t pos)
{
    size_t len;
    const char *s = until(lx, '`', &len);
    if (!s)
        return qfail(lx->err, "syntax", "unterminated literal at column %zu", pos + 1);
    char *text = unescape(lx, s, len, "\\`", '`');
    if (!text)
        return AWSC_E_NOMEM;
    struct token *t = push(lx, T_LITERAL, pos);
    if (!t)
        return AWSC_E_NOMEM;
    if (parse_json(lx, text, &t->literal) == AWSC_OK)
        return AWSC_OK;
    /* The old form: `foo` is the string "foo" (still accepted, as
     * jmespath.py does, when the text is not JSON). */
    while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r')
        text++;
    char *quoted = awsc__arena_printf(lx->arena, "\"%s\"", text);
    if (!quoted)
        return AWSC_E_NOMEM;
    if (parse_json(lx, quoted, &t->literal) == AWSC_OK)
        return AWSC_OK;
    return qfail(lx->err, "syntax", "bad literal `%s` at column %zu", text, pos + 1);
}

static int lex(struct lexer *lx)
{
    const char *s = lx->s;
    for (;;) {
        while (s[lx->i] == ' ' || s[lx->i] == '\t' || s[lx->i] == '\n' || s[lx->i] == '\r')
            lx->i++;
        size_t pos = lx->i;
        char c = s[pos];
        enum tok simple = T_EOF;
        if (!c)
            return push(lx, T_EOF, pos) ? AWSC_OK : AWSC_E_NOMEM;
        if (isalpha((unsigned char)c) || c == '_') {
            while (isalnum((unsigned char)s[lx->i]) || s[lx->i] == '_')
                lx->i++;
            struct token *t = push(lx, T_UNQUOTED, pos);
            if (!t || !(t->text = awsc__arena_strndup(lx->arena, s + pos, lx->i - pos)))
                return AWSC_E_NOMEM;
            continue;
        }
        if (isdigit((unsigned char)c) || (c == '-' && isdigit((unsigned char)s[pos + 1]))) {
            lx->i++;
            while (isdigit((unsigned char)s[lx->i]))
                lx->i++;
            struct token *t = push(lx, T_NUMBER, pos);
            if (!t)
                return AWSC_E_NOMEM;
            errno = 0;
            t->number = strtoll(s + pos, NULL, 10);
            if (errno == ERANGE)
                return qfail(lx->err, "syntax", "the number at column %zu is too large", pos + 1);
            continue;
        }
        lx->i++;
        switch (c) {
        case '"': {
            size_t len;
            const char *body = until(lx, '"', &len);
            if (!body)
                return qfail(lx->err, "syntax", "unterminated quoted identifier at column %zu",
                             pos + 1);
            /* a JSON string, quotes included */
            char *json = awsc__arena_strndup(lx->arena, s + pos, len + 2);
            struct awsc_document d;
            if (!json)
                return AWSC_E_NOMEM;
            if (parse_json(lx, json, &d) != AWSC_OK || d.type != AWSC_DOC_STRING)
                return qfail(lx->err, "syntax", "bad quoted identifier %s at column %zu", json,
                             pos + 1);
            struct token *t = push(lx, T_QUOTED, pos);
            if (!t)
                return AWSC_E_NOMEM;
            t->text = d.string;
            continue;
        }
        case '\'': {
            size_t len;
            const char *body = until(lx, '\'', &len);
            if (!body)
                return qfail(lx->err, "syntax", "unterminated raw string at column %zu", pos + 1);
            struct token *t = push(lx, T_LITERAL, pos);
            if (!t)
                return AWSC_E_NOMEM;
            t->literal.type = AWSC_DOC_STRING;
            t->literal.string = unescape(lx, body, len, "\\'", '\'');
            if (!t->literal.string)
                return AWSC_E_NOMEM;
            continue;
        }
        case '`': {
            int rc = lex_literal(lx, pos);
            if (rc != AWSC_OK)
                return rc;
            continue;
        }
        case '.': simple = T_DOT; break;
        case '*': simple = T_STAR; break;
        case ']': simple = T_RBRACKET; break;
        case '{': simple = T_LBRACE; break;
        case '}': simple = T_RBRACE; break;
        case '(': simple = T_LPAREN; break;
        case ')': simple = T_RPAREN; break;
        case ',': simple = T_COMMA; break;
        case ':': simple = T_COLON; break;
        case '@': simple = T_CURRENT; break;
        case '[':
            simple = T_LBRACKET;
            if (s[lx->i] == ']') {
                simple = T_FLATTEN;
                lx->i++;
            } else if (s[lx->i] == '?') {
                simple = T_FILTER;
                lx->i++;
            }
            break;
        case '|':
            simple = T_PIPE;
            if (s[lx->i] == '|') {
                simple = T_OR;
                lx->i++;
            }
            break;
        case '&':
            simple = T_EXPREF;
            if (s[lx->i] == '&') {
                simple = T_AND;
                lx->i++;
            }
            break;
        case '!':
            simple = T_NOT;
            if (s[lx->i] == '=') {
                simple = T_NE;
                lx->i++;
            }
            break;
        case '<':
        case '>':
            simple = c == '<' ? T_LT : T_GT;
            if (s[lx->i] == '=') {
                simple = c == '<' ? T_LE : T_GE;
                lx->i++;
            }
            break;
        case '=':
            if (s[lx->i] == '=') {
                simple = T_EQ;
                lx->i++;
                break;
            }
            return qfail(lx->err, "syntax", "'=' at column %zu: did you mean '=='?", pos + 1);
        default:
            if ((unsigned char)c < 0x20 || (unsigned char)c >= 0x7f)
                return qfail(lx->err, "syntax", "unexpected character 0x%02x at column %zu",
                             (unsigned char)c, pos + 1);
            return qfail(lx->err, "syntax", "unexpected character '%c' at column %zu", c,
                         pos + 1);
        }
        if (!push(lx, simple, pos))
            return AWSC_E_NOMEM;
    }
}

/* ---- functions (their table; the bodies come after the evaluator) ---- */

enum {
    A_NUMBER = 1 << 0,
    A_STRING = 1 << 1,
    A_BOOL = 1 << 2,
    A_ARRAY = 1 << 3,
    A_OBJECT = 1 << 4,
    A_NULL = 1 << 5,
    A_EXPREF = 1 << 6,
    A_ARRAY_NUMBER = 1 << 7,
    A_ARRAY_STRING = 1 << 8,
    A_ANY = A_NUMBER | A_STRING | A_BOOL | A_ARRAY | A_OBJECT | A_NULL
};

struct eval;
struct arg {
    struct awsc_document v;
    const struct node *expref; /* an &expression argument */
};
typedef int fn_body(struct eval *e, const struct arg *args, size_t n, struct awsc_document *out);

struct function {
    const char *name;
    fn_body *body;
    unsigned nargs;       /* the arguments' count, or the least count when variadic */
    bool variadic;        /* more of the last type may follow */
    unsigned types[2];
};

static const struct function *find_function(const char *name);

/* ---- parser ---- */

struct parser {
    const struct token *t;
    size_t i;
    struct awsc_arena *arena;
    struct awsc_error *err;
    const char *text;
};

static enum tok cur(const struct parser *p) { return p->t[p->i].type; }
static enum tok peek(const struct parser *p, size_t k)
{
    size_t j = p->i;
    while (k-- && p->t[j].type != T_EOF)
        j++;
    return p->t[j].type;
}
static void advance(struct parser *p)
{
    if (p->t[p->i].type != T_EOF)
        p->i++;
}

static int unexpected(struct parser *p, const char *wanted)
{
    const struct token *t = &p->t[p->i];
    if (wanted)
        return qfail(p->err, "syntax", "expected %s but found %s at column %zu of \"%s\"", wanted,
                     tok_names[t->type], t->pos + 1, p->text);
    return qfail(p->err, "syntax", "unexpected %s at column %zu of \"%s\"", tok_names[t->type],
                 t->pos + 1, p->text);
}

static int match(struct parser *p, enum tok type)
{
    if (cur(p) != type)
        return unexpected(p, tok_names[type]);
    advance(p);
    return AWSC_OK;
}

static struct node *mk(struct parser *p, enum node_type type, const struct node *left,
                       const struct node *right)
{
    struct node *n = awsc__arena_alloc(p->arena, sizeof *n);
    if (n) {
        memset(n, 0, sizeof *n);
        n->type = type;
        n->left = left;
        n->right = right;
    }
    return n;
}

/* A node, or NULL with the error in p->err (AWSC_E_NOMEM when none). */
#define NEW(var, ...)                                                              \
    do {                                                                           \
        if (!((var) = mk(p, __VA_ARGS__))) {                                       \
            awsc__fail(p->err, AWSC_E_NOMEM, "out of memory parsing a query"); \
            return NULL;                                                           \
        }                                                                          \
    } while (0)
#define TRY(expr)                     \
    do {                                  \
        if ((expr) != AWSC_OK)            \
            return NULL;                  \
    } while (0)
#define NEED(var, expr)            \
    do {                             \
        if (!((var) = (expr)))       \
            return NULL;             \
    } while (0)

static const struct node *expression(struct parser *p, int bp);

/* Growable arrays of nodes and keys, copied into the arena at the end. */
struct kids {
    const struct node **v;
    const char **keys;
    size_t n, cap;
};

static bool kids_add(struct parser *p, struct kids *k, const struct node *n, const char *key)
{
    if (k->n == k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 4;
        const struct node **v = awsc__arena_alloc(p->arena, cap * sizeof *v);
        const char **keys = awsc__arena_alloc(p->arena, cap * sizeof *keys);
        if (!v || !keys) {
            awsc__fail(p->err, AWSC_E_NOMEM, "out of memory parsing a query");
            return false;
        }
        if (k->n) {
            memcpy(v, k->v, k->n * sizeof *v);
            memcpy(keys, k->keys, k->n * sizeof *keys);
        }
        k->v = v;
        k->keys = keys;
        k->cap = cap;
    }
    k->v[k->n] = n;
    k->keys[k->n] = key;
    k->n++;
    return true;
}

/* [a, b, ...] after its '[' */
static const struct node *multi_list(struct parser *p)
{
    struct kids k = {0};
    for (;;) {
        const struct node *e;
        NEED(e, expression(p, 0));
        if (!kids_add(p, &k, e, NULL))
            return NULL;
        if (cur(p) == T_RBRACKET)
            break;
        TRY(match(p, T_COMMA));
    }
    TRY(match(p, T_RBRACKET));
    struct node *n;
    NEW(n, N_LIST, NULL, NULL);
    n->kids = k.v;
    n->count = k.n;
    return n;
}

/* {key: a, ...} after its '{' */
static const struct node *multi_hash(struct parser *p)
{
    struct kids k = {0};
    for (;;) {
        if (cur(p) != T_UNQUOTED && cur(p) != T_QUOTED) {
            unexpected(p, "a key name");
            return NULL;
        }
        const char *key = p->t[p->i].text;
        advance(p);
        TRY(match(p, T_COLON));
        const struct node *e;
        NEED(e, expression(p, 0));
        if (!kids_add(p, &k, e, key))
            return NULL;
        if (cur(p) == T_RBRACE)
            break;
        TRY(match(p, T_COMMA));
    }
    TRY(match(p, T_RBRACE));
    struct node *n;
    NEW(n, N_HASH, NULL, NULL);
    n->kids = k.v;
    n->keys = k.keys;
    n->count = k.n;
    return n;
}

/* What follows a '.': an identifier, '*', a multi-select list or hash. */
static const struct node *dot_rhs(struct parser *p, int bp)
{
    switch (cur(p)) {
    case T_UNQUOTED:
    case T_QUOTED:
    case T_STAR:
        return expression(p, bp);
    case T_LBRACKET:
        advance(p);
        return multi_list(p);
    case T_LBRACE:
        advance(p);
        return multi_hash(p);
    default:
        unexpected(p, "an identifier, '*', '[' or '{' after '.'");
        return NULL;
    }
}

/* The right-hand side of a projection: nothing when what follows binds
 * looser than a projection (the projection then yields its items). */
static const struct node *projection_rhs(struct parser *p, int bp)
{
    struct node *n;
    if (binding[cur(p)] < PROJECTION_STOP) {
        NEW(n, N_CURRENT, NULL, NULL);
        return n;
    }
    switch (cur(p)) {
    case T_LBRACKET:
    case T_FILTER:
        return expression(p, bp);
    case T_DOT:
        advance(p);
        return dot_rhs(p, bp);
    default:
        unexpected(p, NULL);
        return NULL;
    }
}

/* [number] or [start:stop:step], after the '[' */
static const struct node *index_or_slice(struct parser *p)
{
    struct node *n;
    if (cur(p) == T_COLON || peek(p, 1) == T_COLON) {
        NEW(n, N_SLICE, NULL, NULL);
        int part = 0;
        while (cur(p) != T_RBRACKET) {
            if (cur(p) == T_COLON) {
                if (++part == 3) {
                    unexpected(p, "']'");
                    return NULL;
                }
                advance(p);
            } else if (cur(p) == T_NUMBER && !n->has[part]) {
                n->has[part] = true;
                n->slice[part] = p->t[p->i].number;
                advance(p);
            } else {
                unexpected(p, part ? "a number or ']'" : "a number or ':'");
                return NULL;
            }
        }
        TRY(match(p, T_RBRACKET));
        if (n->has[2] && n->slice[2] == 0) {
            qfail(p->err, "invalid-value", "a slice's step cannot be 0 in \"%s\"", p->text);
            return NULL;
        }
        return n;
    }
    NEW(n, N_INDEX, NULL, NULL);
    if (cur(p) != T_NUMBER) {
        unexpected(p, "a number");
        return NULL;
    }
    n->index = p->t[p->i].number;
    advance(p);
    TRY(match(p, T_RBRACKET));
    return n;
}

/* left[index], or left[slice] which projects what follows over the slice */
static const struct node *project_if_slice(struct parser *p, const struct node *left,
                                           const struct node *right)
{
    struct node *sub, *n;
    NEW(sub, N_SUB, left, right);
    if (right->type != N_SLICE)
        return sub;
    const struct node *rhs;
    NEED(rhs, projection_rhs(p, binding[T_STAR]));
    NEW(n, N_PROJECT, sub, rhs);
    return n;
}

static const struct node *nud(struct parser *p)
{
    const struct token *t = &p->t[p->i];
    struct node *n;
    const struct node *right, *left;
    advance(p);
    switch (t->type) {
    case T_LITERAL:
        NEW(n, N_LITERAL, NULL, NULL);
        n->literal = t->literal;
        return n;
    case T_UNQUOTED:
        NEW(n, N_FIELD, NULL, NULL);
        n->name = t->text;
        return n;
    case T_QUOTED:
        if (cur(p) == T_LPAREN) {
            qfail(p->err, "syntax", "a function's name cannot be quoted (column %zu of \"%s\")",
                  t->pos + 1, p->text);
            return NULL;
        }
        NEW(n, N_FIELD, NULL, NULL);
        n->name = t->text;
        return n;
    case T_STAR:
        NEW(n, N_CURRENT, NULL, NULL);
        left = n;
        if (cur(p) == T_RBRACKET) {
            NEW(n, N_CURRENT, NULL, NULL);
            right = n;
        } else {
            NEED(right, projection_rhs(p, binding[T_STAR]));
        }
        NEW(n, N_VALUES, left, right);
        return n;
    case T_FILTER: {
        struct node *current;
        NEW(current, N_CURRENT, NULL, NULL);
        const struct node *cond;
        NEED(cond, expression(p, 0));
        TRY(match(p, T_RBRACKET));
        if (cur(p) == T_FLATTEN) {
            NEW(n, N_CURRENT, NULL, NULL);
            right = n;
        } else {
            NEED(right, projection_rhs(p, binding[T_FILTER]));
        }
        NEW(n, N_FILTER, current, right);
        n->cond = cond;
        return n;
    }
    case T_LBRACE:
        return multi_hash(p);
    case T_LPAREN:
        NEED(left, expression(p, 0));
        TRY(match(p, T_RPAREN));
        return left;
    case T_FLATTEN: {
        struct node *current, *flat;
        NEW(current, N_CURRENT, NULL, NULL);
        NEW(flat, N_FLATTEN, current, NULL);
        NEED(right, projection_rhs(p, binding[T_FLATTEN]));
        NEW(n, N_PROJECT, flat, right);
        return n;
    }
    case T_NOT:
        NEED(left, expression(p, binding[T_NOT]));
        NEW(n, N_NOT, left, NULL);
        return n;
    case T_LBRACKET: {
        struct node *current;
        NEW(current, N_CURRENT, NULL, NULL);
        if (cur(p) == T_NUMBER || cur(p) == T_COLON) {
            NEED(right, index_or_slice(p));
            return project_if_slice(p, current, right);
        }
        if (cur(p) == T_STAR && peek(p, 1) == T_RBRACKET) {
            advance(p);
            advance(p);
            NEED(right, projection_rhs(p, binding[T_STAR]));
            NEW(n, N_PROJECT, current, right);
            return n;
        }
        return multi_list(p);
    }
    case T_CURRENT:
        NEW(n, N_CURRENT, NULL, NULL);
        return n;
    case T_EXPREF:
        NEED(left, expression(p, binding[T_EXPREF]));
        NEW(n, N_EXPREF, left, NULL);
        return n;
    case T_EOF:
        qfail(p->err, "syntax", "the expression \"%s\" is incomplete", p->text);
        return NULL;
    default:
        p->i--;
        unexpected(p, NULL);
        return NULL;
    }
}

static const struct node *function_call(struct parser *p, const struct node *name)
{
    if (name->type != N_FIELD) {
        p->i--;
        unexpected(p, NULL);
        return NULL;
    }
    struct kids k = {0};
    while (cur(p) != T_RPAREN) {
        const struct node *e;
        NEED(e, expression(p, 0));
        if (!kids_add(p, &k, e, NULL))
            return NULL;
        if (cur(p) == T_COMMA) {
            advance(p);
            if (cur(p) == T_RPAREN) {
                unexpected(p, "an argument");
                return NULL;
            }
        } else if (cur(p) != T_RPAREN) {
            unexpected(p, "',' or ')'");
            return NULL;
        }
    }
    advance(p);
    struct node *n;
    NEW(n, N_FUNCTION, NULL, NULL);
    n->name = name->name;
    n->kids = k.v;
    n->count = k.n;
    n->fn = find_function(n->name);
    if (!n->fn) {
        qfail(p->err, "unknown-function", "there is no function %s() in JMESPath", n->name);
        return NULL;
    }
    if (k.n < n->fn->nargs || (!n->fn->variadic && k.n > n->fn->nargs)) {
        qfail(p->err, "invalid-arity", "%s() takes %s%u argument%s, not %zu", n->name,
              n->fn->variadic ? "at least " : "", n->fn->nargs, n->fn->nargs == 1 ? "" : "s",
              k.n);
        return NULL;
    }
    return n;
}

static const struct node *led(struct parser *p, enum tok op, const struct node *left)
{
    struct node *n;
    const struct node *right;
    advance(p);
    switch (op) {
    case T_DOT:
        if (cur(p) != T_STAR) {
            NEED(right, dot_rhs(p, binding[T_DOT]));
            NEW(n, N_SUB, left, right);
            return n;
        }
        advance(p);
        NEED(right, projection_rhs(p, binding[T_DOT]));
        NEW(n, N_VALUES, left, right);
        return n;
    case T_PIPE:
        NEED(right, expression(p, binding[T_PIPE]));
        NEW(n, N_PIPE, left, right);
        return n;
    case T_OR:
    case T_AND:
        NEED(right, expression(p, binding[op]));
        NEW(n, op == T_OR ? N_OR : N_AND, left, right);
        return n;
    case T_LPAREN:
        return function_call(p, left);
    case T_FILTER: {
        const struct node *cond;
        NEED(cond, expression(p, 0));
        TRY(match(p, T_RBRACKET));
        if (cur(p) == T_FLATTEN) {
            NEW(n, N_CURRENT, NULL, NULL);
            right = n;
        } else {
            NEED(right, projection_rhs(p, binding[T_FILTER]));
        }
        NEW(n, N_FILTER, left, right);
        n->cond = cond;
        return n;
    }
    case T_EQ:
    case T_NE:
    case T_LT:
    case T_LE:
    case T_GT:
    case T_GE:
        NEED(right, expression(p, binding[op]));
        NEW(n, N_CMP, left, right);
        n->cmp = op;
        return n;
    case T_FLATTEN: {
        struct node *flat;
        NEW(flat, N_FLATTEN, left, NULL);
        NEED(right, projection_rhs(p, binding[T_FLATTEN]));
        NEW(n, N_PROJECT, flat, right);
        return n;
    }
    case T_LBRACKET:
        if (cur(p) == T_NUMBER || cur(p) == T_COLON) {
            NEED(right, index_or_slice(p));
            return project_if_slice(p, left, right);
        }
        TRY(match(p, T_STAR));
        TRY(match(p, T_RBRACKET));
        NEED(right, projection_rhs(p, binding[T_STAR]));
        NEW(n, N_PROJECT, left, right);
        return n;
    default:
        p->i--;
        unexpected(p, NULL);
        return NULL;
    }
}

static const struct node *expression(struct parser *p, int bp)
{
    const struct node *left;
    NEED(left, nud(p));
    while (bp < binding[cur(p)])
        NEED(left, led(p, cur(p), left));
    return left;
}

int awsc_cli_query_compile(const char *text, struct awsc_arena *arena,
                           struct awsc_cli_query **out, struct awsc_error *err)
{
    if (!text || !arena || !out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_cli_query_compile: NULL argument");
    struct lexer lx = {.s = text, .arena = arena, .err = err};
    int rc = lex(&lx);
    if (rc != AWSC_OK) {
        free(lx.toks);
        return rc == AWSC_E_NOMEM ? awsc__fail(err, rc, "out of memory parsing a query") : rc;
    }
    struct parser p = {.t = lx.toks, .arena = arena, .err = err, .text = text};
    const struct node *root = NULL;
    if (cur(&p) == T_EOF)
        rc = qfail(err, "syntax", "the expression is empty");
    else if (!(root = expression(&p, 0)))
        rc = err && err->status ? err->status : AWSC_E_NOMEM;
    else if (cur(&p) != T_EOF)
        rc = unexpected(&p, NULL);
    free(lx.toks);
    if (rc != AWSC_OK)
        return rc;
    struct awsc_cli_query *q = awsc__arena_alloc(arena, sizeof *q);
    if (!q)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory parsing a query");
    q->root = root;
    *out = q;
    return AWSC_OK;
}

/* ---- values ---- */

static const struct awsc_document null_doc = {.type = AWSC_DOC_NULL};

static bool truthy(const struct awsc_document *v)
{
    switch (v->type) {
    case AWSC_DOC_NULL: return false;
    case AWSC_DOC_BOOL: return v->boolean;
    case AWSC_DOC_STRING: return v->string && v->string[0];
    case AWSC_DOC_ARRAY:
    case AWSC_DOC_OBJECT: return v->count > 0;
    case AWSC_DOC_NUMBER: return true;
    }
    return false;
}

/* A number's text says integer: no '.', no exponent. */
static bool is_integer(const struct awsc_document *v)
{
    return v->type == AWSC_DOC_NUMBER && (!v->string || !strpbrk(v->string, ".eE")) &&
           v->number == floor(v->number);
}

bool awsc_cli_query_equal(const struct awsc_document *a, const struct awsc_document *b)
{
    if (a->type != b->type)
        return false;
    switch (a->type) {
    case AWSC_DOC_NULL: return true;
    case AWSC_DOC_BOOL: return a->boolean == b->boolean;
    case AWSC_DOC_NUMBER: return a->number == b->number;
    case AWSC_DOC_STRING: return strcmp(a->string, b->string) == 0;
    case AWSC_DOC_ARRAY:
        if (a->count != b->count)
            return false;
        for (size_t i = 0; i < a->count; i++)
            if (!awsc_cli_query_equal(&a->items[i], &b->items[i]))
                return false;
        return true;
    case AWSC_DOC_OBJECT:
        if (a->count != b->count)
            return false;
        for (size_t i = 0; i < a->count; i++) {
            const struct awsc_document *other = awsc__document_get(b, a->entries[i].key);
            if (!other || !awsc_cli_query_equal(&a->entries[i].value, other))
                return false;
        }
        return true;
    }
    return false;
}

/* ---- the evaluator ---- */

struct eval {
    struct awsc_arena *arena;
    struct awsc_error *err;
    unsigned depth;
};

#define MAX_DEPTH 512

static int nomem(struct eval *e)
{
    return awsc__fail(e->err, AWSC_E_NOMEM, "out of memory evaluating a query");
}

static struct awsc_document *new_items(struct eval *e, size_t n)
{
    return awsc__arena_alloc(e->arena, (n ? n : 1) * sizeof(struct awsc_document));
}

static int make_int(struct eval *e, double d, struct awsc_document *out)
{
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_NUMBER;
    out->number = d;
    out->string = awsc__arena_printf(e->arena, "%.0f", d);
    return out->string ? AWSC_OK : nomem(e);
}

static int make_float(struct eval *e, double d, struct awsc_document *out)
{
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_NUMBER;
    out->number = d;
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__put_double_repr(&b, d, false);
    out->string = b.failed ? NULL : awsc__arena_strdup(e->arena, b.data ? b.data : "0.0");
    awsc__buf_clean_up(&b);
    return out->string ? AWSC_OK : nomem(e);
}

static int ev(struct eval *e, const struct node *n, const struct awsc_document *v,
              struct awsc_document *out);

/* Python's slice bounds for a list of len items. */
static void slice_bounds(const struct node *n, long long len, long long *start, long long *stop,
                         long long *step)
{
    *step = n->has[2] ? n->slice[2] : 1;
    long long lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
    if (!n->has[0]) {
        *start = *step < 0 ? hi : lo;
    } else {
        *start = n->slice[0] < 0 ? n->slice[0] + len : n->slice[0];
        *start = *start < lo ? lo : *start > hi ? hi : *start;
    }
    if (!n->has[1]) {
        *stop = *step < 0 ? lo : hi;
    } else {
        *stop = n->slice[1] < 0 ? n->slice[1] + len : n->slice[1];
        *stop = *stop < lo ? lo : *stop > hi ? hi : *stop;
    }
}

static int ev_slice(struct eval *e, const struct node *n, const struct awsc_document *v,
                    struct awsc_document *out)
{
    if (v->type != AWSC_DOC_ARRAY) {
        *out = null_doc;
        return AWSC_OK;
    }
    long long start, stop, step;
    slice_bounds(n, (long long)v->count, &start, &stop, &step);
    struct awsc_document *items = new_items(e, v->count);
    if (!items)
        return nomem(e);
    size_t k = 0;
    for (long long i = start; step > 0 ? i < stop : i > stop; i += step)
        items[k++] = v->items[i];
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_ARRAY;
    out->items = items;
    out->count = k;
    return AWSC_OK;
}

/* right on each of items[0..count), the nulls left out */
static int project(struct eval *e, const struct node *right, const struct node *cond,
                   const struct awsc_document *items, size_t count, struct awsc_document *out)
{
    struct awsc_document *res = new_items(e, count);
    if (!res)
        return nomem(e);
    size_t k = 0;
    for (size_t i = 0; i < count; i++) {
        if (cond) {
            struct awsc_document c;
            int rc = ev(e, cond, &items[i], &c);
            if (rc != AWSC_OK)
                return rc;
            if (!truthy(&c))
                continue;
        }
        int rc = ev(e, right, &items[i], &res[k]);
        if (rc != AWSC_OK)
            return rc;
        if (res[k].type != AWSC_DOC_NULL)
            k++;
    }
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_ARRAY;
    out->items = res;
    out->count = k;
    return AWSC_OK;
}

static int compare(const struct node *n, const struct awsc_document *a,
                   const struct awsc_document *b, struct awsc_document *out)
{
    memset(out, 0, sizeof *out);
    if (n->cmp == T_EQ || n->cmp == T_NE) {
        out->type = AWSC_DOC_BOOL;
        out->boolean = awsc_cli_query_equal(a, b) == (n->cmp == T_EQ);
        return AWSC_OK;
    }
    int order;
    if (a->type == AWSC_DOC_NUMBER && b->type == AWSC_DOC_NUMBER)
        order = a->number < b->number ? -1 : a->number > b->number ? 1 : 0;
    else if (a->type == AWSC_DOC_STRING && b->type == AWSC_DOC_STRING)
        order = strcmp(a->string, b->string);
    else
        return AWSC_OK; /* null: only numbers and strings have an order */
    out->type = AWSC_DOC_BOOL;
    switch (n->cmp) {
    case T_LT: out->boolean = order < 0; break;
    case T_LE: out->boolean = order <= 0; break;
    case T_GT: out->boolean = order > 0; break;
    default: out->boolean = order >= 0; break;
    }
    return AWSC_OK;
}

static int call(struct eval *e, const struct node *n, const struct awsc_document *v,
                struct awsc_document *out);

static int ev(struct eval *e, const struct node *n, const struct awsc_document *v,
              struct awsc_document *out)
{
    if (++e->depth > MAX_DEPTH) {
        e->depth--;
        return qfail(e->err, "invalid-value", "the query nests deeper than %d", MAX_DEPTH);
    }
    int rc = AWSC_OK;
    struct awsc_document l, r;
    switch (n->type) {
    case N_FIELD: {
        const struct awsc_document *f = awsc__document_get(v, n->name);
        *out = f ? *f : null_doc;
        break;
    }
    case N_CURRENT:
        *out = *v;
        break;
    case N_LITERAL:
        *out = n->literal;
        break;
    case N_INDEX: {
        long long i = n->index < 0 ? n->index + (long long)v->count : n->index;
        if (v->type == AWSC_DOC_ARRAY && i >= 0 && i < (long long)v->count)
            *out = v->items[i];
        else
            *out = null_doc;
        break;
    }
    case N_SLICE:
        rc = ev_slice(e, n, v, out);
        break;
    case N_SUB:
    case N_PIPE:
        if ((rc = ev(e, n->left, v, &l)) == AWSC_OK)
            rc = ev(e, n->right, &l, out);
        break;
    case N_PROJECT:
    case N_FILTER:
        if ((rc = ev(e, n->left, v, &l)) != AWSC_OK)
            break;
        if (l.type != AWSC_DOC_ARRAY)
            *out = null_doc;
        else
            rc = project(e, n->right, n->cond, l.items, l.count, out);
        break;
    case N_VALUES: {
        if ((rc = ev(e, n->left, v, &l)) != AWSC_OK)
            break;
        if (l.type != AWSC_DOC_OBJECT) {
            *out = null_doc;
            break;
        }
        struct awsc_document *values = new_items(e, l.count);
        if (!values) {
            rc = nomem(e);
            break;
        }
        for (size_t i = 0; i < l.count; i++)
            values[i] = l.entries[i].value;
        rc = project(e, n->right, NULL, values, l.count, out);
        break;
    }
    case N_FLATTEN: {
        if ((rc = ev(e, n->left, v, &l)) != AWSC_OK)
            break;
        if (l.type != AWSC_DOC_ARRAY) {
            *out = null_doc;
            break;
        }
        size_t total = 0;
        for (size_t i = 0; i < l.count; i++)
            total += l.items[i].type == AWSC_DOC_ARRAY ? l.items[i].count : 1;
        struct awsc_document *items = new_items(e, total);
        if (!items) {
            rc = nomem(e);
            break;
        }
        size_t k = 0;
        for (size_t i = 0; i < l.count; i++) {
            if (l.items[i].type == AWSC_DOC_ARRAY) {
                for (size_t j = 0; j < l.items[i].count; j++)
                    items[k++] = l.items[i].items[j];
            } else {
                items[k++] = l.items[i];
            }
        }
        memset(out, 0, sizeof *out);
        out->type = AWSC_DOC_ARRAY;
        out->items = items;
        out->count = k;
        break;
    }
    case N_OR:
    case N_AND:
        if ((rc = ev(e, n->left, v, &l)) != AWSC_OK)
            break;
        if (truthy(&l) == (n->type == N_OR))
            *out = l;
        else
            rc = ev(e, n->right, v, out);
        break;
    case N_NOT:
        if ((rc = ev(e, n->left, v, &l)) != AWSC_OK)
            break;
        memset(out, 0, sizeof *out);
        out->type = AWSC_DOC_BOOL;
        out->boolean = !truthy(&l);
        break;
    case N_CMP:
        if ((rc = ev(e, n->left, v, &l)) == AWSC_OK && (rc = ev(e, n->right, v, &r)) == AWSC_OK)
            rc = compare(n, &l, &r, out);
        break;
    case N_LIST: {
        if (v->type == AWSC_DOC_NULL) {
            *out = null_doc;
            break;
        }
        struct awsc_document *items = new_items(e, n->count);
        if (!items) {
            rc = nomem(e);
            break;
        }
        for (size_t i = 0; i < n->count && rc == AWSC_OK; i++)
            rc = ev(e, n->kids[i], v, &items[i]);
        memset(out, 0, sizeof *out);
        out->type = AWSC_DOC_ARRAY;
        out->items = items;
        out->count = n->count;
        break;
    }
    case N_HASH: {
        if (v->type == AWSC_DOC_NULL) {
            *out = null_doc;
            break;
        }
        struct awsc_document_entry *entries =
            awsc__arena_alloc(e->arena, n->count * sizeof *entries);
        if (!entries) {
            rc = nomem(e);
            break;
        }
        /* a key given twice keeps its first place and its last value */
        size_t k = 0;
        for (size_t i = 0; i < n->count && rc == AWSC_OK; i++) {
            size_t j = 0;
            while (j < k && strcmp(entries[j].key, n->keys[i]) != 0)
                j++;
            entries[j].key = n->keys[i];
            rc = ev(e, n->kids[i], v, &entries[j].value);
            if (j == k)
                k++;
        }
        memset(out, 0, sizeof *out);
        out->type = AWSC_DOC_OBJECT;
        out->entries = entries;
        out->count = k;
        break;
    }
    case N_FUNCTION:
        rc = call(e, n, v, out);
        break;
    case N_EXPREF:
        /* only a function's argument can use one */
        *out = null_doc;
        break;
    }
    e->depth--;
    return rc;
}

int awsc_cli_query_eval(const struct awsc_cli_query *q, const struct awsc_document *in,
                        struct awsc_arena *arena, struct awsc_document *out,
                        struct awsc_error *err)
{
    if (!q || !in || !arena || !out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_cli_query_eval: NULL argument");
    struct eval e = {.arena = arena, .err = err};
    return ev(&e, q->root, in, out);
}

/* ---- the functions ---- */

static const char *type_name(const struct awsc_document *v)
{
    switch (v->type) {
    case AWSC_DOC_NULL: return "null";
    case AWSC_DOC_BOOL: return "boolean";
    case AWSC_DOC_NUMBER: return "number";
    case AWSC_DOC_STRING: return "string";
    case AWSC_DOC_ARRAY: return "array";
    case AWSC_DOC_OBJECT: return "object";
    }
    return "null";
}

static bool all_of(const struct awsc_document *v, enum awsc_document_type t)
{
    for (size_t i = 0; i < v->count; i++)
        if (v->items[i].type != t)
            return false;
    return true;
}

static bool fits(const struct arg *a, unsigned types)
{
    if (a->expref)
        return types & A_EXPREF;
    const struct awsc_document *v = &a->v;
    switch (v->type) {
    case AWSC_DOC_NULL: return types & A_NULL;
    case AWSC_DOC_BOOL: return types & A_BOOL;
    case AWSC_DOC_NUMBER: return types & A_NUMBER;
    case AWSC_DOC_STRING: return types & A_STRING;
    case AWSC_DOC_OBJECT: return types & A_OBJECT;
    case AWSC_DOC_ARRAY:
        return (types & A_ARRAY) || ((types & A_ARRAY_NUMBER) && all_of(v, AWSC_DOC_NUMBER)) ||
               ((types & A_ARRAY_STRING) && all_of(v, AWSC_DOC_STRING));
    }
    return false;
}

static int call(struct eval *e, const struct node *n, const struct awsc_document *v,
                struct awsc_document *out)
{
    const struct function *fn = n->fn;
    struct arg *args = awsc__arena_alloc(e->arena, (n->count ? n->count : 1) * sizeof *args);
    if (!args)
        return nomem(e);
    for (size_t i = 0; i < n->count; i++) {
        memset(&args[i], 0, sizeof args[i]);
        if (n->kids[i]->type == N_EXPREF) {
            args[i].expref = n->kids[i]->left;
        } else {
            int rc = ev(e, n->kids[i], v, &args[i].v);
            if (rc != AWSC_OK)
                return rc;
        }
        unsigned types = fn->types[i < fn->nargs ? i : fn->nargs - 1];
        if (!fits(&args[i], types))
            return qfail(e->err, "invalid-type", "argument %zu of %s() cannot be %s", i + 1,
                         fn->name, args[i].expref ? "an expression" : type_name(&args[i].v));
    }
    return fn->body(e, args, n->count, out);
}

static int f_abs(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    double d = fabs(a[0].v.number);
    return is_integer(&a[0].v) ? make_int(e, d, out) : make_float(e, d, out);
}

static int sum_of(struct eval *e, const struct awsc_document *list, struct awsc_document *out)
{
    double total = 0;
    bool integer = true;
    for (size_t i = 0; i < list->count; i++) {
        total += list->items[i].number;
        integer = integer && is_integer(&list->items[i]);
    }
    return integer ? make_int(e, total, out) : make_float(e, total, out);
}

static int f_sum(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    return sum_of(e, &a[0].v, out);
}

static int f_avg(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    if (!a[0].v.count) {
        *out = null_doc;
        return AWSC_OK;
    }
    double total = 0;
    for (size_t i = 0; i < a[0].v.count; i++)
        total += a[0].v.items[i].number;
    return make_float(e, total / (double)a[0].v.count, out);
}

static int f_ceil(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    return make_int(e, ceil(a[0].v.number), out);
}

static int f_floor(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    return make_int(e, floor(a[0].v.number), out);
}

static void make_bool(bool b, struct awsc_document *out)
{
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_BOOL;
    out->boolean = b;
}

static int f_contains(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)e, (void)n;
    bool found = false;
    if (a[0].v.type == AWSC_DOC_STRING) {
        found = a[1].v.type == AWSC_DOC_STRING && strstr(a[0].v.string, a[1].v.string);
    } else {
        for (size_t i = 0; i < a[0].v.count && !found; i++)
            found = awsc_cli_query_equal(&a[0].v.items[i], &a[1].v);
    }
    make_bool(found, out);
    return AWSC_OK;
}

static int f_starts_with(struct eval *e, const struct arg *a, size_t n,
                         struct awsc_document *out)
{
    (void)e, (void)n;
    make_bool(strncmp(a[0].v.string, a[1].v.string, strlen(a[1].v.string)) == 0, out);
    return AWSC_OK;
}

static int f_ends_with(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)e, (void)n;
    size_t s = strlen(a[0].v.string), x = strlen(a[1].v.string);
    make_bool(x <= s && memcmp(a[0].v.string + s - x, a[1].v.string, x) == 0, out);
    return AWSC_OK;
}

static int f_join(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    struct awsc_buf b = AWSC_BUF_INIT;
    for (size_t i = 0; i < a[1].v.count; i++) {
        if (i)
            awsc__buf_puts(&b, a[0].v.string);
        awsc__buf_puts(&b, a[1].v.items[i].string);
    }
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_STRING;
    out->string = b.failed ? NULL : awsc__arena_strdup(e->arena, b.data ? b.data : "");
    awsc__buf_clean_up(&b);
    return out->string ? AWSC_OK : nomem(e);
}

static int f_keys_values(struct eval *e, const struct arg *a, struct awsc_document *out,
                         bool keys)
{
    const struct awsc_document *o = &a[0].v;
    struct awsc_document *items = new_items(e, o->count);
    if (!items)
        return nomem(e);
    for (size_t i = 0; i < o->count; i++) {
        if (keys) {
            memset(&items[i], 0, sizeof items[i]);
            items[i].type = AWSC_DOC_STRING;
            items[i].string = o->entries[i].key;
        } else {
            items[i] = o->entries[i].value;
        }
    }
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_ARRAY;
    out->items = items;
    out->count = o->count;
    return AWSC_OK;
}

static int f_keys(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    return f_keys_values(e, a, out, true);
}

static int f_values(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    return f_keys_values(e, a, out, false);
}

/* Code points in a UTF-8 string. */
static size_t code_points(const char *s)
{
    size_t k = 0;
    for (; *s; s++)
        k += ((unsigned char)*s & 0xc0) != 0x80;
    return k;
}

static int f_length(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    size_t len = a[0].v.type == AWSC_DOC_STRING ? code_points(a[0].v.string) : a[0].v.count;
    return make_int(e, (double)len, out);
}

static int f_map(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    struct awsc_document *items = new_items(e, a[1].v.count);
    if (!items)
        return nomem(e);
    for (size_t i = 0; i < a[1].v.count; i++) {
        int rc = ev(e, a[0].expref, &a[1].v.items[i], &items[i]);
        if (rc != AWSC_OK)
            return rc;
    }
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_ARRAY;
    out->items = items;
    out->count = a[1].v.count;
    return AWSC_OK;
}

/* < between two numbers or two strings */
static int order(const struct awsc_document *a, const struct awsc_document *b)
{
    if (a->type == AWSC_DOC_NUMBER)
        return a->number < b->number ? -1 : a->number > b->number ? 1 : 0;
    return strcmp(a->string, b->string);
}

static int f_min_max(const struct arg *a, struct awsc_document *out, int sign)
{
    const struct awsc_document *list = &a[0].v;
    if (!list->count) {
        *out = null_doc;
        return AWSC_OK;
    }
    const struct awsc_document *best = &list->items[0];
    for (size_t i = 1; i < list->count; i++)
        if (order(&list->items[i], best) * sign > 0)
            best = &list->items[i];
    *out = *best;
    return AWSC_OK;
}

static int f_max(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)e, (void)n;
    return f_min_max(a, out, 1);
}

static int f_min(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)e, (void)n;
    return f_min_max(a, out, -1);
}

/* The keys of `by` over list's items, all numbers or all strings. */
static int keys_by(struct eval *e, const char *fn, const struct node *by,
                   const struct awsc_document *list, struct awsc_document **keys)
{
    *keys = new_items(e, list->count);
    if (!*keys)
        return nomem(e);
    for (size_t i = 0; i < list->count; i++) {
        int rc = ev(e, by, &list->items[i], &(*keys)[i]);
        if (rc != AWSC_OK)
            return rc;
        enum awsc_document_type t = (*keys)[i].type;
        if (t != AWSC_DOC_NUMBER && t != AWSC_DOC_STRING)
            return qfail(e->err, "invalid-type", "the expression of %s() gave %s, not a number or a string",
                         fn, type_name(&(*keys)[i]));
        if (i && t != (*keys)[0].type)
            return qfail(e->err, "invalid-type",
                         "the expression of %s() gave a %s after a %s", fn,
                         type_name(&(*keys)[i]), type_name(&(*keys)[0]));
    }
    return AWSC_OK;
}

static int f_by(struct eval *e, const struct arg *a, struct awsc_document *out, int sign,
                const char *fn)
{
    const struct awsc_document *list = &a[0].v;
    if (!list->count) {
        *out = null_doc;
        return AWSC_OK;
    }
    struct awsc_document *keys;
    int rc = keys_by(e, fn, a[1].expref, list, &keys);
    if (rc != AWSC_OK)
        return rc;
    size_t best = 0;
    for (size_t i = 1; i < list->count; i++)
        if (order(&keys[i], &keys[best]) * sign > 0)
            best = i;
    *out = list->items[best];
    return AWSC_OK;
}

static int f_max_by(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    return f_by(e, a, out, 1, "max_by");
}

static int f_min_by(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    return f_by(e, a, out, -1, "min_by");
}

static int f_merge(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i].v.count;
    struct awsc_document_entry *entries =
        awsc__arena_alloc(e->arena, (total ? total : 1) * sizeof *entries);
    if (!entries)
        return nomem(e);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < a[i].v.count; j++) {
            const struct awsc_document_entry *in = &a[i].v.entries[j];
            size_t at = 0;
            while (at < k && strcmp(entries[at].key, in->key) != 0)
                at++;
            entries[at] = *in;
            if (at == k)
                k++;
        }
    }
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_OBJECT;
    out->entries = entries;
    out->count = k;
    return AWSC_OK;
}

static int f_not_null(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)e;
    *out = null_doc;
    for (size_t i = 0; i < n; i++) {
        if (a[i].v.type != AWSC_DOC_NULL) {
            *out = a[i].v;
            break;
        }
    }
    return AWSC_OK;
}

static int f_reverse(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    const struct awsc_document *v = &a[0].v;
    memset(out, 0, sizeof *out);
    if (v->type == AWSC_DOC_STRING) {
        size_t len = strlen(v->string);
        char *r = awsc__arena_alloc(e->arena, len + 1);
        if (!r)
            return nomem(e);
        /* whole code points, last first */
        size_t o = 0;
        for (size_t end = len; end > 0;) {
            size_t start = end - 1;
            while (start > 0 && ((unsigned char)v->string[start] & 0xc0) == 0x80)
                start--;
            memcpy(r + o, v->string + start, end - start);
            o += end - start;
            end = start;
        }
        r[o] = 0;
        out->type = AWSC_DOC_STRING;
        out->string = r;
        return AWSC_OK;
    }
    struct awsc_document *items = new_items(e, v->count);
    if (!items)
        return nomem(e);
    for (size_t i = 0; i < v->count; i++)
        items[i] = v->items[v->count - 1 - i];
    out->type = AWSC_DOC_ARRAY;
    out->items = items;
    out->count = v->count;
    return AWSC_OK;
}

/* A stable merge sort of items by keys (both permuted together). */
static void sort_by_keys(struct awsc_document *items, struct awsc_document *keys, size_t n,
                         struct awsc_document *tmp_items, struct awsc_document *tmp_keys)
{
    if (n < 2)
        return;
    size_t mid = n / 2;
    sort_by_keys(items, keys, mid, tmp_items, tmp_keys);
    sort_by_keys(items + mid, keys + mid, n - mid, tmp_items, tmp_keys);
    size_t i = 0, j = mid, k = 0;
    while (i < mid || j < n) {
        bool left = j == n || (i < mid && order(&keys[i], &keys[j]) <= 0);
        size_t from = left ? i++ : j++;
        tmp_items[k] = items[from];
        tmp_keys[k] = keys[from];
        k++;
    }
    memcpy(items, tmp_items, n * sizeof *items);
    memcpy(keys, tmp_keys, n * sizeof *keys);
}

static int sorted(struct eval *e, const struct awsc_document *list, struct awsc_document *keys,
                  struct awsc_document *out)
{
    size_t n = list->count;
    struct awsc_document *items = new_items(e, n), *ti = new_items(e, n), *tk = new_items(e, n);
    if (!items || !ti || !tk)
        return nomem(e);
    if (n)
        memcpy(items, list->items, n * sizeof *items);
    sort_by_keys(items, keys, n, ti, tk);
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_ARRAY;
    out->items = items;
    out->count = n;
    return AWSC_OK;
}

static int f_sort(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    struct awsc_document *keys = new_items(e, a[0].v.count);
    if (!keys)
        return nomem(e);
    if (a[0].v.count)
        memcpy(keys, a[0].v.items, a[0].v.count * sizeof *keys);
    return sorted(e, &a[0].v, keys, out);
}

static int f_sort_by(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    struct awsc_document *keys;
    int rc = keys_by(e, "sort_by", a[1].expref, &a[0].v, &keys);
    return rc != AWSC_OK ? rc : sorted(e, &a[0].v, keys, out);
}

static int f_to_array(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    if (a[0].v.type == AWSC_DOC_ARRAY) {
        *out = a[0].v;
        return AWSC_OK;
    }
    struct awsc_document *items = new_items(e, 1);
    if (!items)
        return nomem(e);
    items[0] = a[0].v;
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_ARRAY;
    out->items = items;
    out->count = 1;
    return AWSC_OK;
}

static int f_to_string(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    if (a[0].v.type == AWSC_DOC_STRING) {
        *out = a[0].v;
        return AWSC_OK;
    }
    /* JSON as json.dumps(v, separators=(',', ':')) writes it: ASCII only */
    struct awsc_buf b = AWSC_BUF_INIT;
    struct awsc__json_opts o = {.compact = true, .ascii = true};
    int rc = awsc__json_write_document(&b, &a[0].v, &o, e->err);
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_STRING;
    out->string = rc != AWSC_OK || b.failed ? NULL
                                            : awsc__arena_strdup(e->arena, b.data ? b.data : "");
    awsc__buf_clean_up(&b);
    return rc != AWSC_OK ? rc : out->string ? AWSC_OK : nomem(e);
}

/* A string as Python's int() or else float() reads it; false if neither. */
static bool read_number(const char *s, bool *integer, double *d)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t len = strlen(s);
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    if (!len)
        return false;
    size_t i = s[0] == '+' || s[0] == '-';
    bool digits_only = i < len;
    for (size_t j = i; j < len; j++)
        digits_only = digits_only && isdigit((unsigned char)s[j]);
    /* strtod would take hex and "inf" spellings Python's float() does not
     * share in the same way; keep to decimal forms */
    for (size_t j = 0; j < len; j++)
        if (!isdigit((unsigned char)s[j]) && !strchr("+-.eE", s[j]))
            return false;
    char *end;
    char buf[128];
    if (len >= sizeof buf)
        return false;
    memcpy(buf, s, len);
    buf[len] = 0;
    *d = strtod(buf, &end);
    if (*end || end == buf)
        return false;
    *integer = digits_only;
    return true;
}

static int f_to_number(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)n;
    const struct awsc_document *v = &a[0].v;
    bool integer;
    double d;
    if (v->type == AWSC_DOC_NUMBER)
        *out = *v;
    else if (v->type == AWSC_DOC_STRING && read_number(v->string, &integer, &d))
        return integer ? make_int(e, d, out) : make_float(e, d, out);
    else
        *out = null_doc;
    return AWSC_OK;
}

static int f_type(struct eval *e, const struct arg *a, size_t n, struct awsc_document *out)
{
    (void)e, (void)n;
    memset(out, 0, sizeof *out);
    out->type = AWSC_DOC_STRING;
    out->string = type_name(&a[0].v);
    return AWSC_OK;
}

/* Sorted by name for bsearch. */
static const struct function functions[] = {
    {"abs", f_abs, 1, false, {A_NUMBER}},
    {"avg", f_avg, 1, false, {A_ARRAY_NUMBER}},
    {"ceil", f_ceil, 1, false, {A_NUMBER}},
    {"contains", f_contains, 2, false, {A_ARRAY | A_STRING, A_ANY}},
    {"ends_with", f_ends_with, 2, false, {A_STRING, A_STRING}},
    {"floor", f_floor, 1, false, {A_NUMBER}},
    {"join", f_join, 2, false, {A_STRING, A_ARRAY_STRING}},
    {"keys", f_keys, 1, false, {A_OBJECT}},
    {"length", f_length, 1, false, {A_STRING | A_ARRAY | A_OBJECT}},
    {"map", f_map, 2, false, {A_EXPREF, A_ARRAY}},
    {"max", f_max, 1, false, {A_ARRAY_NUMBER | A_ARRAY_STRING}},
    {"max_by", f_max_by, 2, false, {A_ARRAY, A_EXPREF}},
    {"merge", f_merge, 1, true, {A_OBJECT}},
    {"min", f_min, 1, false, {A_ARRAY_NUMBER | A_ARRAY_STRING}},
    {"min_by", f_min_by, 2, false, {A_ARRAY, A_EXPREF}},
    {"not_null", f_not_null, 1, true, {A_ANY}},
    {"reverse", f_reverse, 1, false, {A_STRING | A_ARRAY}},
    {"sort", f_sort, 1, false, {A_ARRAY_NUMBER | A_ARRAY_STRING}},
    {"sort_by", f_sort_by, 2, false, {A_ARRAY, A_EXPREF}},
    {"starts_with", f_starts_with, 2, false, {A_STRING, A_STRING}},
    {"sum", f_sum, 1, false, {A_ARRAY_NUMBER}},
    {"to_array", f_to_array, 1, false, {A_ANY}},
    {"to_number", f_to_number, 1, false, {A_ANY}},
    {"to_string", f_to_string, 1, false, {A_ANY}},
    {"type", f_type, 1, false, {A_ANY}},
    {"values", f_values, 1, false, {A_OBJECT}},
};

static int by_name(const void *key, const void *item)
{
    return strcmp(key, ((const struct function *)item)->name);
}

static const struct function *find_function(const char *name)
{
    return bsearch(name, functions, sizeof functions / sizeof functions[0], sizeof functions[0],
                   by_name);
}
