/*
 * Input validation before anything is sent: required members, min/max
 * (lengths of strings, blobs, lists and maps; values of numbers), unions
 * with exactly one member set, and inconsistent C values (a count without
 * items). Every problem is reported, one a line, with the member's path, in
 * botocore's words where botocore has them.
 */
#include "client.h"
#include "protocol/protocol.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <string.h>

#define MAX_DEPTH    64
#define MAX_REPORTED 20
/* 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z */
#define TS_MIN (-62135596800LL)
#define TS_MAX 253402300799LL

struct vctx {
    struct awsc_buf msg;
    int problems;
    char path[512];
};

static void problem(struct vctx *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void problem(struct vctx *v, const char *fmt, ...)
{
    v->problems++;
    if (v->problems > MAX_REPORTED)
        return;
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_putc(&v->msg, '\n');
    awsc__buf_vprintf(&v->msg, fmt, ap);
    va_end(ap);
}

static size_t utf8_length(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

static const char *where(const struct vctx *v)
{
    return v->path[0] ? v->path : "input";
}

static void check_length(struct vctx *v, const struct awsc_shape *shape, double len)
{
    const struct awsc_range *r = awsc_shape_range(shape);
    if (!r)
        return;
    if (r->has_min && len < r->min)
        problem(v, "Invalid length for parameter %s, value: %.0f, valid min length: %.0f", where(v),
                len, r->min);
    if (r->has_max && len > r->max)
        problem(v, "Invalid length for parameter %s, value: %.0f, valid max length: %.0f", where(v),
                len, r->max);
}

/* d as a float holds it (within a float's range; beyond it, as it is) */
static double as_float(double d)
{
    return fabs(d) <= FLT_MAX ? (double)(float)d : d;
}

static void check_value(struct vctx *v, const struct awsc_shape *shape, double value,
                        const char *text)
{
    const struct awsc_range *r = awsc_shape_range(shape);
    if (!r)
        return;
    /* a float member holds its bounds as a float does (1e-06 is a little
     * less in a float): compare with the bounds rounded the same way */
    double min = shape->type == AWSC_SHAPE_FLOAT ? as_float(r->min) : r->min;
    double max = shape->type == AWSC_SHAPE_FLOAT ? as_float(r->max) : r->max;
    if (r->has_min && value < min)
        problem(v, "Invalid value for parameter %s, value: %s, valid min value: %g", where(v), text,
                r->min);
    if (r->has_max && value > max)
        problem(v, "Invalid value for parameter %s, value: %s, valid max value: %g", where(v), text,
                r->max);
}

/* Appends pre, text and post to the path (cut at its end); returns the old
 * length to restore. */
static size_t push(struct vctx *v, const char *pre, const char *text, const char *post)
{
    size_t old = strlen(v->path), n = old;
    const char *parts[] = {pre, text, post};
    for (size_t i = 0; i < 3; i++)
        for (const char *c = parts[i]; *c && n + 1 < sizeof v->path; c++)
            v->path[n++] = *c;
    v->path[n] = '\0';
    return old;
}

static void value(struct vctx *v, const struct awsc_shape *shape, const void *p, int depth);

static void structure(struct vctx *v, const struct awsc_shape *shape, const void *p, int depth)
{
    if (depth > MAX_DEPTH) {
        problem(v, "Parameter %s is nested more than %d levels deep (a cycle?)", where(v),
                MAX_DEPTH);
        return;
    }
    const unsigned char *base = p;
    int set = 0;
    for (uint32_t i = 0; i < awsc_shape_member_count(shape); i++) {
        const struct awsc_member *m = &awsc_shape_members(shape)[i];
        const void *field = base + m->offset;
        bool present = awsc__member_is_set(m, base);
        if (!present) {
            if (m->flags & AWSC_MF_REQUIRED)
                problem(v, "Missing required parameter in %s: \"%s\"", where(v),
                        awsc_member_name(m));
            continue;
        }
        set++;
        size_t old =
            push(v, v->path[0] ? "." : "", awsc_member_name(m), "");
        if (awsc_member_shape(m)->type == AWSC_SHAPE_STRUCTURE)
            structure(v, awsc_member_shape(m), *(const void *const *)field, depth + 1);
        else if (awsc_member_shape(m)->type != AWSC_SHAPE_DOCUMENT)
            value(v, awsc_member_shape(m), field, depth + 1);
        v->path[old] = '\0';
    }
    if ((shape->flags & AWSC_SF_UNION) && set != 1) {
        struct awsc_buf keys = AWSC_BUF_INIT;
        for (uint32_t i = 0; i < awsc_shape_member_count(shape); i++)
            awsc__buf_printf(&keys, "%s%s", i ? ", " : "",
                             awsc_member_name(&awsc_shape_members(shape)[i]));
        problem(v,
                "Invalid number of parameters set for tagged union structure %s. Can only set "
                "one of the following keys: %s.",
                where(v), keys.data ? keys.data : "");
        awsc__buf_clean_up(&keys);
    }
}

static void value(struct vctx *v, const struct awsc_shape *shape, const void *p, int depth)
{
    char text[64];
    switch (shape->type) {
    case AWSC_SHAPE_STRUCTURE:
        structure(v, shape, p, depth);
        break;
    case AWSC_SHAPE_STRING: {
        const char *s = *(const char *const *)p;
        if (s)
            check_length(v, shape, (double)utf8_length(s));
        break;
    }
    case AWSC_SHAPE_BLOB: {
        const struct awsc_blob *b = p;
        if (b->data)
            check_length(v, shape, (double)b->len);
        break;
    }
    case AWSC_SHAPE_LIST: {
        const struct awsc_list_view *l = p;
        if (!l->items) {
            if (l->count)
                problem(v, "Invalid list %s: count is %zu but items is NULL", where(v), l->count);
            break;
        }
        check_length(v, shape, (double)l->count);
        for (size_t i = 0; i < l->count && v->problems <= MAX_REPORTED; i++) {
            const unsigned char *item =
                (const unsigned char *)l->items + i * awsc_shape_item(shape)->size;
            if (awsc__item_is_null(shape, l, item, i))
                continue; /* a sparse list's null */
            char index[21];
            awsc__u64_dec(i, index);
            size_t old = push(v, "[", index, "]");
            value(v, awsc_shape_item(shape), item, depth + 1);
            v->path[old] = '\0';
        }
        break;
    }
    case AWSC_SHAPE_MAP: {
        const struct awsc_map_view *mv = p;
        if (!mv->entries) {
            if (mv->count)
                problem(v, "Invalid map %s: count is %zu but entries is NULL", where(v), mv->count);
            break;
        }
        check_length(v, shape, (double)mv->count);
        for (size_t i = 0; i < mv->count && v->problems <= MAX_REPORTED; i++) {
            const unsigned char *e =
                (const unsigned char *)mv->entries + i * awsc_shape_entry_size(shape);
            const char *key = *(const char *const *)(const void *)e;
            if (!key) {
                problem(v, "Invalid map %s: entry %zu has a NULL key", where(v), i);
                continue;
            }
            size_t old = push(v, "[\"", key, "\"]");
            check_length(v, awsc_shape_key(shape), (double)utf8_length(key));
            if (!awsc__entry_is_null(shape, e))
                value(v, awsc_shape_item(shape), e + awsc_shape_value_offset(shape), depth + 1);
            v->path[old] = '\0';
        }
        break;
    }
    case AWSC_SHAPE_BYTE:
        snprintf(text, sizeof text, "%d", *(const int8_t *)p);
        check_value(v, shape, *(const int8_t *)p, text);
        break;
    case AWSC_SHAPE_SHORT:
        snprintf(text, sizeof text, "%d", *(const int16_t *)p);
        check_value(v, shape, *(const int16_t *)p, text);
        break;
    case AWSC_SHAPE_INTEGER:
        snprintf(text, sizeof text, "%" PRId32, *(const int32_t *)p);
        check_value(v, shape, *(const int32_t *)p, text);
        break;
    case AWSC_SHAPE_LONG:
        snprintf(text, sizeof text, "%" PRId64, *(const int64_t *)p);
        check_value(v, shape, (double)*(const int64_t *)p, text);
        break;
    case AWSC_SHAPE_FLOAT:
        snprintf(text, sizeof text, "%g", (double)*(const float *)p);
        if (!isnan(*(const float *)p))
            check_value(v, shape, *(const float *)p, text);
        break;
    case AWSC_SHAPE_DOUBLE:
        snprintf(text, sizeof text, "%g", *(const double *)p);
        if (!isnan(*(const double *)p))
            check_value(v, shape, *(const double *)p, text);
        break;
    case AWSC_SHAPE_TIMESTAMP: {
        const struct awsc_timestamp *t = p;
        if (t->nsec < 0 || t->nsec >= 1000000000)
            problem(v, "Invalid timestamp %s: nsec %" PRId32 " is outside 0..999999999", where(v),
                    t->nsec);
        /* what every timestamp format can write, as botocore's datetimes */
        else if (t->sec < TS_MIN || t->sec > TS_MAX)
            problem(v,
                    "Invalid timestamp %s: %" PRId64 " seconds since the epoch is outside "
                    "the years 0001 to 9999",
                    where(v), t->sec);
        break;
    }
    default:
        break;
    }
}

int awsc__validate(const struct awsc_operation *op, const void *input, struct awsc_error *err)
{
    if (!awsc_operation_input(op))
        return AWSC_OK;
    if (!input) {
        /* no input struct: fine unless something is required */
        for (uint32_t i = 0; i < awsc_shape_member_count(awsc_operation_input(op)); i++)
            if (awsc_shape_members(awsc_operation_input(op))[i].flags & AWSC_MF_REQUIRED)
                return awsc__fail(
                    err, AWSC_E_VALIDATION,
                    "Parameter validation failed:\nMissing required parameter in "
                    "input: \"%s\" (the input is NULL)",
                    awsc_member_name(&awsc_shape_members(awsc_operation_input(op))[i]));
        return AWSC_OK;
    }
    struct vctx v;
    memset(&v, 0, sizeof v);
    awsc__buf_puts(&v.msg, "Parameter validation failed:");
    structure(&v, awsc_operation_input(op), input, 0);
    int status = AWSC_OK;
    if (v.problems) {
        if (v.problems > MAX_REPORTED)
            awsc__buf_printf(&v.msg, "\n... and %d more", v.problems - MAX_REPORTED);
        status = v.msg.failed ? awsc__fail(err, AWSC_E_NOMEM, "out of memory")
                              : awsc__fail(err, AWSC_E_VALIDATION, "%s", v.msg.data);
    }
    awsc__buf_clean_up(&v.msg);
    return status;
}
