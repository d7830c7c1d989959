/* DynamoDB attribute values from C values and back: the arena the
 * builders allocate in, numbers checked against DynamoDB's limits and
 * written as Python's Decimal writes them, DynamoDB's JSON form. */
#include "ddb.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ the arena */

struct awsc_ddb_arena *awsc_ddb_arena_new(void)
{
    struct awsc_ddb_arena *a = awsc__calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->mem = awsc__arena_new();
    if (!a->mem) {
        awsc__free(a);
        return NULL;
    }
    return a;
}

void awsc_ddb_arena_destroy(struct awsc_ddb_arena *a)
{
    if (!a)
        return;
    awsc__arena_destroy(a->mem);
    awsc__free(a);
}

int awsc__ddb_set_error(struct awsc_ddb_arena *a, int status, const char *fmt, ...)
{
    if (a->status != AWSC_OK)
        return a->status;
    a->status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(a->message, sizeof a->message, fmt, ap);
    va_end(ap);
    return status;
}

int awsc_ddb_arena_error(const struct awsc_ddb_arena *a, struct awsc_error *err)
{
    if (!a)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "DynamoDB values: the arena is NULL");
    if (a->status == AWSC_OK)
        return AWSC_OK;
    return awsc__fail(err, a->status, "%s", a->message);
}

void *awsc__ddb_alloc(struct awsc_ddb_arena *a, size_t n)
{
    void *p = awsc__arena_alloc(a->mem, n ? n : 1);
    if (!p)
        awsc__ddb_set_error(a, AWSC_E_NOMEM, "DynamoDB values: out of memory");
    return p;
}

static char *dup_str(struct awsc_ddb_arena *a, const char *s)
{
    char *c = awsc__arena_strdup(a->mem, s);
    if (!c)
        awsc__ddb_set_error(a, AWSC_E_NOMEM, "DynamoDB values: out of memory");
    return c;
}

/* The empty value builders return once the arena holds an error. */
static const awsc_ddb_value NONE = {0};
#define USABLE(a) ((a) && (a)->status == AWSC_OK)

/* ------------------------------------------------------------- numbers */

#define MAX_DIGITS 38
#define MIN_ADJ    (-130) /* 1E-130 */
#define MAX_ADJ    125    /* 9.99...E+125 */

struct num {
    bool neg;
    char digits[MAX_DIGITS + 1]; /* the coefficient, no leading zeros ("0" for zero) */
    int ndigits;
    long exp; /* value = digits x 10^exp */
};

/* Parses decimal text ([+-]digits[.digits][(e|E)[+-]digits]) and checks it
 * against DynamoDB's limits. On failure why gets the reason. */
static bool parse_number(const char *s, struct num *n, char *why, size_t why_cap)
{
    memset(n, 0, sizeof *n);
    const char *p = s;
    if (*p == '+' || *p == '-')
        n->neg = *p++ == '-';
    long frac = 0, total = 0, last_nz = -1, first_nz = -1;
    bool dot = false;
    int any = 0;
    for (; (*p >= '0' && *p <= '9') || (*p == '.' && !dot); p++) {
        if (*p == '.') {
            dot = true;
            continue;
        }
        any++;
        if (dot)
            frac++;
        if (first_nz < 0 && *p == '0')
            continue;
        if (first_nz < 0)
            first_nz = total;
        if (*p != '0')
            last_nz = total;
        if (n->ndigits < MAX_DIGITS)
            n->digits[n->ndigits++] = *p;
        total++;
        if (total > 100000000L) {
            snprintf(why, why_cap, "is too long");
            return false;
        }
    }
    if (!any) {
        snprintf(why, why_cap, "is not a number (digits, an optional '.' and exponent)");
        return false;
    }
    long e = 0;
    if (*p == 'e' || *p == 'E') {
        p++;
        bool eneg = false;
        if (*p == '+' || *p == '-')
            eneg = *p++ == '-';
        if (!(*p >= '0' && *p <= '9')) {
            snprintf(why, why_cap, "is not a number: the exponent has no digits");
            return false;
        }
        for (; *p >= '0' && *p <= '9'; p++) {
            e = e * 10 + (*p - '0');
            if (e > 1000000000L) {
                snprintf(why, why_cap, "has an exponent out of DynamoDB's range");
                return false;
            }
        }
        if (eneg)
            e = -e;
    }
    if (*p) {
        snprintf(why, why_cap, "is not a number: unexpected '%c'", *p);
        return false;
    }
    if (first_nz < 0) { /* zero */
        n->digits[0] = '0';
        n->ndigits = 1;
        n->exp = e - frac;
        if (n->exp < MIN_ADJ)
            n->exp = MIN_ADJ;
        if (n->exp > MAX_ADJ)
            n->exp = MAX_ADJ;
        return true;
    }
    long sig = last_nz + 1; /* total counts from the first non-zero digit */
    if (sig > MAX_DIGITS) {
        snprintf(why, why_cap, "has %ld significant digits; DynamoDB numbers hold at most %d", sig,
                 MAX_DIGITS);
        return false;
    }
    /* digits past the 38 kept are zeros: fold them into the exponent */
    n->exp = e - frac + (total - n->ndigits);
    long adj = n->exp + n->ndigits - 1;
    if (adj > MAX_ADJ || adj < MIN_ADJ) {
        snprintf(why, why_cap,
                 "is out of DynamoDB's range (a magnitude from 1E-130 to "
                 "9.9999999999999999999999999999999999999E+125, or 0)");
        return false;
    }
    return true;
}

/* Python's Decimal.__str__ (the General Decimal Arithmetic to-sci-string).
 * out holds at least 64 bytes. */
static void format_number(const struct num *n, char *out)
{
    char *o = out;
    if (n->neg)
        *o++ = '-';
    long len = n->ndigits, e = n->exp, adj = e + len - 1;
    if (e <= 0 && adj >= -6) {
        if (e == 0) {
            memcpy(o, n->digits, (size_t)len);
            o += len;
        } else if (len > -e) {
            memcpy(o, n->digits, (size_t)(len + e));
            o += len + e;
            *o++ = '.';
            memcpy(o, n->digits + len + e, (size_t)-e);
            o += -e;
        } else {
            *o++ = '0';
            *o++ = '.';
            for (long i = 0; i < -e - len; i++)
                *o++ = '0';
            memcpy(o, n->digits, (size_t)len);
            o += len;
        }
        *o = 0;
        return;
    }
    *o++ = n->digits[0];
    if (len > 1) {
        *o++ = '.';
        memcpy(o, n->digits + 1, (size_t)len - 1);
        o += len - 1;
    }
    sprintf(o, "E%s%ld", adj >= 0 ? "+" : "", adj);
}

int awsc_ddb_number_check(const char *decimal, char *out, size_t cap, struct awsc_error *err)
{
    if (!decimal)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "DynamoDB number: NULL text");
    struct num n;
    char why[160];
    if (!parse_number(decimal, &n, why, sizeof why))
        return awsc__fail(err, AWSC_E_VALIDATION, "DynamoDB number \"%.80s\" %s", decimal, why);
    char text[64];
    format_number(&n, text);
    if (out) {
        if (strlen(text) >= cap)
            return awsc__fail(err, AWSC_E_INVALID_ARG,
                              "DynamoDB number: %zu bytes are too few for \"%s\"", cap, text);
        strcpy(out, text);
    }
    return AWSC_OK;
}

/* The canonical text of a number in the arena, or NULL (error recorded). */
static char *number_text(struct awsc_ddb_arena *a, const char *decimal)
{
    if (!USABLE(a))
        return NULL;
    if (!decimal) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB number: NULL text");
        return NULL;
    }
    struct num n;
    char why[160], text[64];
    if (!parse_number(decimal, &n, why, sizeof why)) {
        awsc__ddb_set_error(a, AWSC_E_VALIDATION, "DynamoDB number \"%.80s\" %s", decimal, why);
        return NULL;
    }
    format_number(&n, text);
    return dup_str(a, text);
}

awsc_ddb_value awsc_ddb_n(struct awsc_ddb_arena *a, const char *decimal)
{
    char *t = number_text(a, decimal);
    return t ? (awsc_ddb_value){.n = t} : NONE;
}

awsc_ddb_value awsc_ddb_n_int(struct awsc_ddb_arena *a, int64_t v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)v);
    return awsc_ddb_n(a, buf);
}

awsc_ddb_value awsc_ddb_n_uint(struct awsc_ddb_arena *a, uint64_t v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
    return awsc_ddb_n(a, buf);
}

/* Python's repr(float): the shortest digits that read back as v, in fixed
 * notation from 1e-4 to 1e16 (with ".0" when integral), else exponential. */
static void double_repr(double v, char *out, size_t cap)
{
    if (v == 0) {
        snprintf(out, cap, "%s", signbit(v) ? "-0.0" : "0.0");
        return;
    }
    char e[40];
    for (int p = 1; p <= 17; p++) {
        snprintf(e, sizeof e, "%.*e", p - 1, v);
        if (strtod(e, NULL) == v)
            break;
    }
    /* e is [-]D[.DDD]e(+|-)XX */
    char digits[24];
    int nd = 0;
    const char *q = e;
    bool neg = *q == '-';
    if (neg)
        q++;
    for (; *q && *q != 'e'; q++)
        if (*q != '.')
            digits[nd++] = *q;
    digits[nd] = 0;
    int x = atoi(q + 1);
    char *o = out;
    if (neg)
        *o++ = '-';
    if (x >= -4 && x < 16) {
        if (x < 0) {
            o += sprintf(o, "0.");
            for (int i = 0; i < -x - 1; i++)
                *o++ = '0';
            sprintf(o, "%s", digits);
        } else if (nd - 1 <= x) {
            o += sprintf(o, "%s", digits);
            for (int i = 0; i < x - (nd - 1); i++)
                *o++ = '0';
            sprintf(o, ".0");
        } else {
            memcpy(o, digits, (size_t)x + 1);
            o += x + 1;
            sprintf(o, ".%s", digits + x + 1);
        }
    } else {
        *o++ = digits[0];
        if (nd > 1)
            o += sprintf(o, ".%s", digits + 1);
        sprintf(o, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    }
}

awsc_ddb_value awsc_ddb_n_double(struct awsc_ddb_arena *a, double v)
{
    if (!USABLE(a))
        return NONE;
    if (!isfinite(v)) {
        awsc__ddb_set_error(a, AWSC_E_VALIDATION,
                            "DynamoDB number: %s is not a number DynamoDB can hold",
                            isnan(v) ? "NaN"
                            : v > 0  ? "Infinity"
                                     : "-Infinity");
        return NONE;
    }
    char buf[48];
    double_repr(v, buf, sizeof buf);
    return awsc_ddb_n(a, buf);
}

/* ------------------------------------------------------- other scalars */

awsc_ddb_value awsc_ddb_s(struct awsc_ddb_arena *a, const char *s)
{
    if (!USABLE(a))
        return NONE;
    if (!s) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB string: NULL");
        return NONE;
    }
    char *c = dup_str(a, s);
    return c ? (awsc_ddb_value){.s = c} : NONE;
}

static bool blob_copy(struct awsc_ddb_arena *a, const void *data, size_t len, struct awsc_blob *out)
{
    if (!data && len) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB binary: NULL data of %zu bytes", len);
        return false;
    }
    uint8_t *c = awsc__ddb_alloc(a, len);
    if (!c)
        return false;
    if (len)
        memcpy(c, data, len);
    *out = (struct awsc_blob){c, len};
    return true;
}

awsc_ddb_value awsc_ddb_b(struct awsc_ddb_arena *a, const void *data, size_t len)
{
    awsc_ddb_value v = NONE;
    if (!USABLE(a) || !blob_copy(a, data, len, &v.b))
        return NONE;
    return v;
}

awsc_ddb_value awsc_ddb_bool(struct awsc_ddb_arena *a, bool b)
{
    if (!USABLE(a))
        return NONE;
    return (awsc_ddb_value){.has_bool = true, .bool_ = b};
}

awsc_ddb_value awsc_ddb_null(struct awsc_ddb_arena *a)
{
    if (!USABLE(a))
        return NONE;
    return (awsc_ddb_value){.has_null = true, .null = true};
}

/* ---------------------------------------------------------------- sets */

static bool set_start(struct awsc_ddb_arena *a, const void *items, size_t n, const char *what)
{
    if (!USABLE(a))
        return false;
    if (n == 0) {
        awsc__ddb_set_error(a, AWSC_E_VALIDATION,
                            "DynamoDB %s: a set must have at least one member", what);
        return false;
    }
    if (!items) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB %s: NULL members", what);
        return false;
    }
    return true;
}

static bool strings_set(struct awsc_ddb_arena *a, const char *const *items, size_t n,
                        const char *what, bool numbers, const char ***out)
{
    if (!set_start(a, items, n, what))
        return false;
    const char **c = awsc__ddb_alloc(a, n * sizeof *c);
    if (!c)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!items[i]) {
            awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB %s: member %zu is NULL", what, i);
            return false;
        }
        c[i] = numbers ? number_text(a, items[i]) : dup_str(a, items[i]);
        if (!c[i])
            return false;
        for (size_t j = 0; j < i; j++)
            if (strcmp(c[j], c[i]) == 0) {
                awsc__ddb_set_error(a, AWSC_E_VALIDATION,
                                    "DynamoDB %s: \"%.80s\" is in the set twice", what, items[i]);
                return false;
            }
    }
    *out = c;
    return true;
}

awsc_ddb_value awsc_ddb_ss(struct awsc_ddb_arena *a, const char *const *items, size_t n)
{
    const char **c;
    if (!strings_set(a, items, n, "string set", false, &c))
        return NONE;
    return (awsc_ddb_value){.ss = {c, n}};
}

awsc_ddb_value awsc_ddb_ns(struct awsc_ddb_arena *a, const char *const *items, size_t n)
{
    const char **c;
    if (!strings_set(a, items, n, "number set", true, &c))
        return NONE;
    return (awsc_ddb_value){.ns = {c, n}};
}

awsc_ddb_value awsc_ddb_bs(struct awsc_ddb_arena *a, const struct awsc_blob *items, size_t n)
{
    if (!set_start(a, items, n, "binary set"))
        return NONE;
    struct awsc_blob *c = awsc__ddb_alloc(a, n * sizeof *c);
    if (!c)
        return NONE;
    for (size_t i = 0; i < n; i++) {
        if (!blob_copy(a, items[i].data ? (const void *)items[i].data : "", items[i].len, &c[i]))
            return NONE;
        for (size_t j = 0; j < i; j++)
            if (c[j].len == c[i].len && memcmp(c[j].data, c[i].data, c[i].len) == 0) {
                awsc__ddb_set_error(a, AWSC_E_VALIDATION,
                                    "DynamoDB binary set: member %zu is also member %zu", i, j);
                return NONE;
            }
    }
    return (awsc_ddb_value){.bs = {c, n}};
}

/* ------------------------------------------------------- lists and maps */

static bool is_set(const awsc_ddb_value *v)
{
    return awsc_ddb_type(v) != NULL;
}

awsc_ddb_value awsc_ddb_list(struct awsc_ddb_arena *a, const awsc_ddb_value *items, size_t n)
{
    if (!USABLE(a))
        return NONE;
    if (!items && n) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB list: NULL items");
        return NONE;
    }
    awsc_ddb_value *c = awsc__ddb_alloc(a, n * sizeof *c);
    if (!c)
        return NONE;
    for (size_t i = 0; i < n; i++)
        if (!awsc__ddb_copy_into(a, &items[i], &c[i]))
            return NONE;
    return (awsc_ddb_value){.l = {c, n}};
}

awsc_ddb_value awsc_ddb_map_of(struct awsc_ddb_arena *a, const char *const *names,
                               const awsc_ddb_value *values, size_t n)
{
    if (!USABLE(a))
        return NONE;
    if ((!names || !values) && n) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB map: NULL names or values");
        return NONE;
    }
    struct awsc_dynamodb_attribute_map_entry *e = awsc__ddb_alloc(a, n * sizeof *e);
    if (!e)
        return NONE;
    for (size_t i = 0; i < n; i++) {
        if (!names[i]) {
            awsc__ddb_set_error(a, AWSC_E_INVALID_ARG,
                                "DynamoDB map: the name of entry %zu is NULL", i);
            return NONE;
        }
        for (size_t j = 0; j < i; j++)
            if (strcmp(names[j], names[i]) == 0) {
                awsc__ddb_set_error(a, AWSC_E_VALIDATION,
                                    "DynamoDB map: the name \"%.80s\" is given twice", names[i]);
                return NONE;
            }
        if (!is_set(&values[i])) {
            awsc__ddb_set_error(a, AWSC_E_INVALID_ARG,
                                "DynamoDB map: the value of \"%.80s\" has no type (or several)",
                                names[i]);
            return NONE;
        }
        e[i].key = dup_str(a, names[i]);
        if (!e[i].key || !awsc__ddb_copy_into(a, &values[i], &e[i].value))
            return NONE;
    }
    return (awsc_ddb_value){.m = {e, n}};
}

awsc_ddb_value awsc_ddb_map(struct awsc_ddb_arena *a, size_t n, ...)
{
    if (!USABLE(a))
        return NONE;
    const char **names = awsc__ddb_alloc(a, n * sizeof *names);
    awsc_ddb_value *values = names ? awsc__ddb_alloc(a, n * sizeof *values) : NULL;
    if (!values)
        return NONE;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        names[i] = va_arg(ap, const char *);
        values[i] = va_arg(ap, awsc_ddb_value);
    }
    va_end(ap);
    return awsc_ddb_map_of(a, names, values, n);
}

/* ---------------------------------------------------------------- copies */

#define MAX_DEPTH 32 /* DynamoDB nests documents at most 32 levels deep */

static bool copy_at(struct awsc_ddb_arena *a, const awsc_ddb_value *v, awsc_ddb_value *out,
                    int depth)
{
    *out = NONE;
    if (depth > MAX_DEPTH) {
        awsc__ddb_set_error(a, AWSC_E_VALIDATION, "DynamoDB value: nested more than %d levels deep",
                            MAX_DEPTH);
        return false;
    }
    out->has_null = v->has_null;
    out->null = v->null;
    out->has_bool = v->has_bool;
    out->bool_ = v->bool_;
    if (v->s && !(out->s = dup_str(a, v->s)))
        return false;
    if (v->n && !(out->n = dup_str(a, v->n)))
        return false;
    if (v->b.data && !blob_copy(a, v->b.data, v->b.len, &out->b))
        return false;
    if (v->ss.items) {
        const char **c = awsc__ddb_alloc(a, v->ss.count * sizeof *c);
        if (!c)
            return false;
        for (size_t i = 0; i < v->ss.count; i++)
            if (!(c[i] = dup_str(a, v->ss.items[i] ? v->ss.items[i] : "")))
                return false;
        out->ss = (struct awsc_dynamodb_attribute_name_list){c, v->ss.count};
    }
    if (v->ns.items) {
        const char **c = awsc__ddb_alloc(a, v->ns.count * sizeof *c);
        if (!c)
            return false;
        for (size_t i = 0; i < v->ns.count; i++)
            if (!(c[i] = dup_str(a, v->ns.items[i] ? v->ns.items[i] : "")))
                return false;
        out->ns = (struct awsc_dynamodb_attribute_name_list){c, v->ns.count};
    }
    if (v->bs.items) {
        struct awsc_blob *c = awsc__ddb_alloc(a, v->bs.count * sizeof *c);
        if (!c)
            return false;
        for (size_t i = 0; i < v->bs.count; i++)
            if (!blob_copy(a, v->bs.items[i].data ? v->bs.items[i].data : (const uint8_t *)"",
                           v->bs.items[i].len, &c[i]))
                return false;
        out->bs = (struct awsc_dynamodb_binary_set_attribute_value){c, v->bs.count};
    }
    if (v->l.items) {
        awsc_ddb_value *c = awsc__ddb_alloc(a, v->l.count * sizeof *c);
        if (!c)
            return false;
        for (size_t i = 0; i < v->l.count; i++)
            if (!copy_at(a, &v->l.items[i], &c[i], depth + 1))
                return false;
        out->l = (struct awsc_dynamodb_attribute_value_list){c, v->l.count};
    }
    if (v->m.entries) {
        struct awsc_dynamodb_attribute_map_entry *c = awsc__ddb_alloc(a, v->m.count * sizeof *c);
        if (!c)
            return false;
        for (size_t i = 0; i < v->m.count; i++) {
            if (!(c[i].key = dup_str(a, v->m.entries[i].key ? v->m.entries[i].key : "")))
                return false;
            if (!copy_at(a, &v->m.entries[i].value, &c[i].value, depth + 1))
                return false;
        }
        out->m = (struct awsc_dynamodb_attribute_map){c, v->m.count};
    }
    return true;
}

bool awsc__ddb_copy_into(struct awsc_ddb_arena *a, const awsc_ddb_value *v, awsc_ddb_value *out)
{
    if (!v) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB value: NULL");
        *out = NONE;
        return false;
    }
    return copy_at(a, v, out, 0);
}

awsc_ddb_value awsc_ddb_copy(struct awsc_ddb_arena *a, const awsc_ddb_value *v)
{
    awsc_ddb_value out = NONE;
    if (!USABLE(a) || !awsc__ddb_copy_into(a, v, &out))
        return NONE;
    return out;
}

/* -------------------------------------------------- C values from values */

const char *awsc_ddb_type(const awsc_ddb_value *v)
{
    if (!v)
        return NULL;
    const char *t = NULL;
    int count = 0;
#define HAS(cond, name) \
    if (cond) {         \
        t = name;       \
        count++;        \
    }
    HAS(v->s, "S")
    HAS(v->n, "N")
    HAS(v->b.data, "B")
    HAS(v->ss.items, "SS")
    HAS(v->ns.items, "NS")
    HAS(v->bs.items, "BS")
    HAS(v->m.entries, "M")
    HAS(v->l.items, "L")
    HAS(v->has_null, "NULL")
    HAS(v->has_bool, "BOOL")
#undef HAS
    return count == 1 ? t : NULL;
}

static int number_of(const awsc_ddb_value *v, struct num *n, struct awsc_error *err)
{
    if (!v || !v->n)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "DynamoDB value: not a number (its type is %s)",
                          awsc_ddb_type(v) ? awsc_ddb_type(v) : "none");
    char why[160];
    if (!parse_number(v->n, n, why, sizeof why))
        return awsc__fail(err, AWSC_E_INVALID_ARG, "DynamoDB number \"%.80s\" %s", v->n, why);
    return AWSC_OK;
}

/* The magnitude of an integral number, or an error. */
static int magnitude(const awsc_ddb_value *v, const struct num *n, uint64_t *mag,
                     struct awsc_error *err, const char *type)
{
    int nd = n->ndigits;
    long e = n->exp;
    while (nd > 1 && n->digits[nd - 1] == '0') {
        nd--;
        e++;
    }
    if (e < 0 && !(nd == 1 && n->digits[0] == '0'))
        return awsc__fail(err, AWSC_E_INVALID_ARG, "DynamoDB number \"%.80s\" is not an integer",
                          v->n);
    uint64_t m = 0;
    for (int i = 0; i < nd; i++) {
        unsigned d = (unsigned)(n->digits[i] - '0');
        if (m > (UINT64_MAX - d) / 10)
            goto range;
        m = m * 10 + d;
    }
    if (m != 0)
        for (long i = 0; i < e; i++) {
            if (m > UINT64_MAX / 10)
                goto range;
            m *= 10;
        }
    *mag = m;
    return AWSC_OK;
range:
    return awsc__fail(err, AWSC_E_INVALID_ARG, "DynamoDB number \"%.80s\" is out of %s's range",
                      v->n, type);
}

int awsc_ddb_get_int64(const awsc_ddb_value *v, int64_t *out, struct awsc_error *err)
{
    struct num n;
    uint64_t m;
    int rc = number_of(v, &n, err);
    if (rc == AWSC_OK)
        rc = magnitude(v, &n, &m, err, "int64");
    if (rc != AWSC_OK)
        return rc;
    if (n.neg ? m > (uint64_t)INT64_MAX + 1 : m > (uint64_t)INT64_MAX)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "DynamoDB number \"%.80s\" is out of int64's range", v->n);
    *out = n.neg ? (m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m) : (int64_t)m;
    return AWSC_OK;
}

int awsc_ddb_get_uint64(const awsc_ddb_value *v, uint64_t *out, struct awsc_error *err)
{
    struct num n;
    uint64_t m;
    int rc = number_of(v, &n, err);
    if (rc == AWSC_OK)
        rc = magnitude(v, &n, &m, err, "uint64");
    if (rc != AWSC_OK)
        return rc;
    if (n.neg && m != 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "DynamoDB number \"%.80s\" is negative", v->n);
    *out = m;
    return AWSC_OK;
}

int awsc_ddb_get_double(const awsc_ddb_value *v, double *out, struct awsc_error *err)
{
    struct num n;
    int rc = number_of(v, &n, err);
    if (rc != AWSC_OK)
        return rc;
    char text[64];
    format_number(&n, text);
    errno = 0;
    double d = strtod(text, NULL);
    if (errno == ERANGE && isinf(d))
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "DynamoDB number \"%.80s\" is out of a double's range", v->n);
    *out = d;
    return AWSC_OK;
}

const awsc_ddb_value *awsc_ddb_get(const awsc_ddb_value *item, const char *name)
{
    if (!item || !name)
        return NULL;
    for (size_t i = 0; i < item->m.count; i++)
        if (item->m.entries[i].key && strcmp(item->m.entries[i].key, name) == 0)
            return &item->m.entries[i].value;
    return NULL;
}

int awsc_ddb_put_item(struct awsc_client *client, const char *table, const awsc_ddb_value *item,
                      struct awsc_error *err)
{
    if (!item || !item->m.entries)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "PutItem: the item is not a map (M) value");
    struct awsc_dynamodb_put_item_input in = {.table_name = table, .item = item->m};
    struct awsc_dynamodb_put_item_output *out = NULL;
    int rc = awsc_dynamodb_put_item(client, &in, &out, err);
    awsc_output_free(out);
    return rc;
}

/* -------------------------------------------------------------- JSON */

static void put_string(struct awsc_buf *b, const char *s, size_t n)
{
    awsc__buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            awsc__buf_putc(b, '\\');
            awsc__buf_putc(b, (char)c);
        } else if (c < 0x20) {
            awsc__buf_printf(b, "\\u%04x", c);
        } else {
            awsc__buf_putc(b, (char)c);
        }
    }
    awsc__buf_putc(b, '"');
}

static bool json_at(struct awsc_buf *b, const awsc_ddb_value *v, int depth)
{
    const char *t = awsc_ddb_type(v);
    if (!t || depth > MAX_DEPTH)
        return false;
    awsc__buf_printf(b, "{\"%s\": ", t);
    if (v->s)
        put_string(b, v->s, strlen(v->s));
    else if (v->n)
        put_string(b, v->n, strlen(v->n));
    else if (v->b.data)
        awsc__buf_putc(b, '"'), awsc__buf_base64(b, v->b.data, v->b.len), awsc__buf_putc(b, '"');
    else if (v->has_null)
        awsc__buf_puts(b, v->null ? "true" : "false");
    else if (v->has_bool)
        awsc__buf_puts(b, v->bool_ ? "true" : "false");
    else if (v->ss.items || v->ns.items) {
        const char **items = v->ss.items ? v->ss.items : v->ns.items;
        size_t count = v->ss.items ? v->ss.count : v->ns.count;
        awsc__buf_putc(b, '[');
        for (size_t i = 0; i < count; i++) {
            if (i)
                awsc__buf_puts(b, ", ");
            if (!items[i])
                return false;
            put_string(b, items[i], strlen(items[i]));
        }
        awsc__buf_putc(b, ']');
    } else if (v->bs.items) {
        awsc__buf_putc(b, '[');
        for (size_t i = 0; i < v->bs.count; i++) {
            awsc__buf_puts(b, i ? ", \"" : "\"");
            awsc__buf_base64(b, v->bs.items[i].data, v->bs.items[i].len);
            awsc__buf_putc(b, '"');
        }
        awsc__buf_putc(b, ']');
    } else if (v->l.items) {
        awsc__buf_putc(b, '[');
        for (size_t i = 0; i < v->l.count; i++) {
            if (i)
                awsc__buf_puts(b, ", ");
            if (!json_at(b, &v->l.items[i], depth + 1))
                return false;
        }
        awsc__buf_putc(b, ']');
    } else {
        awsc__buf_putc(b, '{');
        for (size_t i = 0; i < v->m.count; i++) {
            if (i)
                awsc__buf_puts(b, ", ");
            const char *k = v->m.entries[i].key;
            if (!k)
                return false;
            put_string(b, k, strlen(k));
            awsc__buf_puts(b, ": ");
            if (!json_at(b, &v->m.entries[i].value, depth + 1))
                return false;
        }
        awsc__buf_putc(b, '}');
    }
    awsc__buf_putc(b, '}');
    return true;
}

const char *awsc_ddb_json(struct awsc_ddb_arena *a, const awsc_ddb_value *v)
{
    if (!USABLE(a))
        return NULL;
    struct awsc_buf b = AWSC_BUF_INIT;
    if (!v || !json_at(&b, v, 0)) {
        awsc__buf_clean_up(&b);
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG,
                            "DynamoDB JSON: a value has no type, several, or is nested too deep");
        return NULL;
    }
    if (b.failed) {
        awsc__buf_clean_up(&b);
        awsc__ddb_set_error(a, AWSC_E_NOMEM, "DynamoDB values: out of memory");
        return NULL;
    }
    char *s = awsc__arena_memdup(a->mem, b.data, b.len + 1);
    awsc__buf_clean_up(&b);
    if (!s)
        awsc__ddb_set_error(a, AWSC_E_NOMEM, "DynamoDB values: out of memory");
    return s;
}
