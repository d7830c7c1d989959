/*
 * The evaluator of the JMESPath expressions the generator compiled (see
 * <awsc/paginate.h> and codegen/jmespath.py). It walks the node tree over
 * typed output structs through the shape descriptors, and follows the
 * semantics of the jmespath Python library that botocore uses: nulls
 * dropped from projections, Python's ordering and equality rules, its
 * false values, and the same type errors.
 */
#include "jp.h"

#include "client/client.h"
#include "protocol/json.h"

#include <stdio.h>
#include <string.h>

#define MAX_EVAL_DEPTH 256

static const struct awsc__jv JV_NULL = {0};

/* ------------------------------------------------------- values of data */

static struct awsc__jv jv_of_doc(const struct awsc_document *d)
{
    struct awsc__jv v = {0};
    if (!d)
        return v;
    v.doc = d;
    switch (d->type) {
    case AWSC_DOC_BOOL:
        v.kind = AWSC__JV_BOOL;
        v.boolean = d->boolean;
        break;
    case AWSC_DOC_NUMBER:
        v.kind = AWSC__JV_NUMBER;
        v.number = d->number;
        break;
    case AWSC_DOC_STRING:
        v.kind = d->string ? AWSC__JV_STRING : AWSC__JV_NULL;
        v.string = d->string;
        v.len = d->string ? strlen(d->string) : 0;
        break;
    case AWSC_DOC_ARRAY:
        v.kind = AWSC__JV_ARRAY;
        break;
    case AWSC_DOC_OBJECT:
        v.kind = AWSC__JV_OBJECT;
        break;
    default:
        v.doc = NULL;
        break;
    }
    return v;
}

struct awsc__jv awsc__jv_of_document(const struct awsc_document *d)
{
    return jv_of_doc(d);
}

struct awsc__jv awsc__jv_of(const struct awsc_shape *shape, const void *value)
{
    struct awsc__jv v = {0};
    if (!shape || !value)
        return v;
    if (shape->type == AWSC_SHAPE_DOCUMENT)
        return jv_of_doc(value);
    v.shape = shape;
    v.value = value;
    switch (shape->type) {
    case AWSC_SHAPE_STRUCTURE:
        v.kind = AWSC__JV_OBJECT;
        break;
    case AWSC_SHAPE_LIST: {
        const struct awsc_list_view *l = value;
        v.kind = l->items || l->count ? AWSC__JV_ARRAY : AWSC__JV_NULL;
        break;
    }
    case AWSC_SHAPE_MAP: {
        const struct awsc_map_view *m = value;
        v.kind = m->entries || m->count ? AWSC__JV_OBJECT : AWSC__JV_NULL;
        break;
    }
    case AWSC_SHAPE_STRING:
        v.string = *(const char *const *)value;
        v.kind = v.string ? AWSC__JV_STRING : AWSC__JV_NULL;
        v.len = v.string ? strlen(v.string) : 0;
        break;
    case AWSC_SHAPE_BLOB: {
        /* struct awsc_stream starts like struct awsc_blob */
        const struct awsc_blob *b = value;
        v.kind = b->data ? AWSC__JV_BLOB : AWSC__JV_NULL;
        v.string = (const char *)b->data;
        v.len = b->len;
        break;
    }
    case AWSC_SHAPE_BOOLEAN:
        v.kind = AWSC__JV_BOOL;
        v.boolean = *(const bool *)value;
        break;
    case AWSC_SHAPE_BYTE:
        v.kind = AWSC__JV_NUMBER;
        v.number = *(const int8_t *)value;
        break;
    case AWSC_SHAPE_SHORT:
        v.kind = AWSC__JV_NUMBER;
        v.number = *(const int16_t *)value;
        break;
    case AWSC_SHAPE_INTEGER:
        v.kind = AWSC__JV_NUMBER;
        v.number = *(const int32_t *)value;
        break;
    case AWSC_SHAPE_LONG:
        v.kind = AWSC__JV_NUMBER;
        v.number = (double)*(const int64_t *)value;
        break;
    case AWSC_SHAPE_FLOAT:
        v.kind = AWSC__JV_NUMBER;
        v.number = *(const float *)value;
        break;
    case AWSC_SHAPE_DOUBLE:
        v.kind = AWSC__JV_NUMBER;
        v.number = *(const double *)value;
        break;
    case AWSC_SHAPE_TIMESTAMP:
        v.kind = AWSC__JV_NUMBER;
        v.number = awsc__ts_to_double(*(const struct awsc_timestamp *)value);
        break;
    default:
        v.shape = NULL;
        v.value = NULL;
        break;
    }
    return v;
}

/* A structure member: absent members are null; structures and documents
 * are held through a pointer, everything else in place. */
static struct awsc__jv member_value(const struct awsc_member *m, const void *parent)
{
    return awsc__jv_member(m, parent);
}

struct awsc__jv awsc__jv_member(const struct awsc_member *m, const void *parent)
{
    if (!awsc__member_is_set(m, parent))
        return JV_NULL;
    const unsigned char *slot = (const unsigned char *)parent + m->offset;
    if (awsc_member_shape(m)->type == AWSC_SHAPE_STRUCTURE ||
        awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT)
        return awsc__jv_of(awsc_member_shape(m), *(const void *const *)(const void *)slot);
    return awsc__jv_of(awsc_member_shape(m), slot);
}

static bool is_generic(const struct awsc__jv *v)
{
    return !v->shape && !v->doc;
}

size_t awsc__jv_count(const struct awsc__jv *v)
{
    if (v->kind == AWSC__JV_ARRAY) {
        if (is_generic(v))
            return v->count;
        if (v->doc)
            return v->doc->count;
        return ((const struct awsc_list_view *)v->value)->count;
    }
    if (v->kind == AWSC__JV_OBJECT) {
        if (v->doc)
            return v->doc->count;
        if (v->shape->type == AWSC_SHAPE_MAP)
            return ((const struct awsc_map_view *)v->value)->count;
        size_t n = 0;
        for (uint32_t i = 0; i < awsc_shape_member_count(v->shape); i++)
            n += awsc__member_is_set(&awsc_shape_members(v->shape)[i], v->value);
        return n;
    }
    return 0;
}

static struct awsc__jv array_at(const struct awsc__jv *v, size_t i)
{
    return awsc__jv_at(v, i);
}

struct awsc__jv awsc__jv_at(const struct awsc__jv *v, size_t i)
{
    if (is_generic(v))
        return v->items[i];
    if (v->doc)
        return jv_of_doc(&v->doc->items[i]);
    const struct awsc_list_view *l = v->value;
    const struct awsc_shape *item = awsc_shape_item(v->shape);
    return awsc__jv_of(item, (const unsigned char *)l->items + i * item->size);
}

/* The i-th entry of an object: its key and value. For a structure, the
 * i-th member (present or not: *present says). */
static struct awsc__jv object_at(const struct awsc__jv *v, size_t i, const char **key,
                                 bool *present)
{
    *present = true;
    if (v->doc) {
        *key = v->doc->entries[i].key;
        return jv_of_doc(&v->doc->entries[i].value);
    }
    if (v->shape->type == AWSC_SHAPE_MAP) {
        const struct awsc_map_view *m = v->value;
        const unsigned char *e =
            (const unsigned char *)m->entries + i * awsc_shape_entry_size(v->shape);
        *key = *(const char *const *)(const void *)e;
        return awsc__jv_of(awsc_shape_item(v->shape), e + awsc_shape_value_offset(v->shape));
    }
    const struct awsc_member *m = &awsc_shape_members(v->shape)[i];
    *key = awsc_member_name(m);
    *present = awsc__member_is_set(m, v->value);
    return *present ? member_value(m, v->value) : JV_NULL;
}

/* Entries object_at() walks: members of a structure, else the count. */
static size_t object_slots(const struct awsc__jv *v)
{
    if (!v->doc && v->shape->type == AWSC_SHAPE_STRUCTURE)
        return awsc_shape_member_count(v->shape);
    return awsc__jv_count(v);
}

static bool object_get(const struct awsc__jv *v, const char *name, struct awsc__jv *out)
{
    *out = JV_NULL;
    if (v->kind != AWSC__JV_OBJECT)
        return false;
    size_t n = object_slots(v);
    for (size_t i = 0; i < n; i++) {
        const char *key;
        bool present;
        struct awsc__jv val = object_at(v, i, &key, &present);
        if (present && key && strcmp(key, name) == 0) {
            *out = val;
            return true;
        }
    }
    return false;
}

struct awsc__jv awsc__jv_literal(const struct awsc_jmespath_literal *lit)
{
    struct awsc__jv v = {0};
    switch (lit->type) {
    case AWSC_JP_BOOL:
        v.kind = AWSC__JV_BOOL;
        v.boolean = lit->boolean;
        break;
    case AWSC_JP_NUMBER:
        v.kind = AWSC__JV_NUMBER;
        v.number = lit->number;
        break;
    case AWSC_JP_STRING:
        v.string = awsc_jmespath_literal_string(lit);
        v.kind = v.string ? AWSC__JV_STRING : AWSC__JV_NULL;
        v.len = v.string ? strlen(v.string) : 0;
        break;
    default:
        break;
    }
    return v;
}

/* ------------------------------------------------------------- truth */

bool awsc__jv_is_false(const struct awsc__jv *v)
{
    switch (v->kind) {
    case AWSC__JV_NULL:
        return true;
    case AWSC__JV_BOOL:
        return !v->boolean;
    case AWSC__JV_STRING:
        return v->len == 0;
    case AWSC__JV_ARRAY:
    case AWSC__JV_OBJECT:
        return awsc__jv_count(v) == 0;
    default:
        return false; /* numbers, and blobs (bytes never equal '') */
    }
}

bool awsc__jv_py_false(const struct awsc__jv *v)
{
    if (v->kind == AWSC__JV_NUMBER)
        return v->number == 0;
    if (v->kind == AWSC__JV_BLOB)
        return v->len == 0;
    return awsc__jv_is_false(v);
}

/* ---------------------------------------------------------- equality */

bool awsc__jv_equal(const struct awsc__jv *a, const struct awsc__jv *b, bool python_eq)
{
    if (a->kind != b->kind) {
        /* Python: True == 1, False == 0.0; JMESPath keeps them apart */
        bool an = a->kind == AWSC__JV_NUMBER || a->kind == AWSC__JV_BOOL;
        bool bn = b->kind == AWSC__JV_NUMBER || b->kind == AWSC__JV_BOOL;
        if (!python_eq || !an || !bn)
            return false;
        double x = a->kind == AWSC__JV_BOOL ? (double)a->boolean : a->number;
        double y = b->kind == AWSC__JV_BOOL ? (double)b->boolean : b->number;
        return x == y;
    }
    switch (a->kind) {
    case AWSC__JV_NULL:
        return true;
    case AWSC__JV_BOOL:
        return a->boolean == b->boolean;
    case AWSC__JV_NUMBER:
        return a->number == b->number;
    case AWSC__JV_STRING:
    case AWSC__JV_BLOB:
        return a->len == b->len && (a->len == 0 || memcmp(a->string, b->string, a->len) == 0);
    case AWSC__JV_ARRAY: {
        size_t n = awsc__jv_count(a);
        if (n != awsc__jv_count(b))
            return false;
        for (size_t i = 0; i < n; i++) {
            struct awsc__jv x = array_at(a, i), y = array_at(b, i);
            if (!awsc__jv_equal(&x, &y, true)) /* inside lists, Python's == */
                return false;
        }
        return true;
    }
    case AWSC__JV_OBJECT: {
        if (awsc__jv_count(a) != awsc__jv_count(b))
            return false;
        size_t n = object_slots(a);
        for (size_t i = 0; i < n; i++) {
            const char *key;
            bool present;
            struct awsc__jv x = object_at(a, i, &key, &present), y;
            if (!present)
                continue;
            if (!object_get(b, key, &y) || !awsc__jv_equal(&x, &y, true))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

/* ---------------------------------------------------------- evaluation */

struct eval {
    const struct awsc_jmespath_node *nodes; /* the expression's */
    const char *text;
    struct awsc_arena *arena;
    struct awsc_error *err;
    unsigned depth;
};

/* A growing array of values, copied into the arena when done. */
struct collect {
    struct awsc_buf buf;
    size_t count;
};

static void collect_add(struct collect *c, const struct awsc__jv *v)
{
    awsc__buf_append(&c->buf, v, sizeof *v);
    c->count++;
}

static int collect_finish(struct eval *ev, struct collect *c, struct awsc__jv *out)
{
    *out = JV_NULL;
    out->kind = AWSC__JV_ARRAY;
    out->count = c->count;
    if (c->buf.failed) {
        awsc__buf_clean_up(&c->buf);
        return awsc__fail(ev->err, AWSC_E_NOMEM, "out of memory");
    }
    if (c->count) {
        out->items = awsc__arena_memdup(ev->arena, c->buf.data, c->count * sizeof *out->items);
        if (!out->items) {
            awsc__buf_clean_up(&c->buf);
            return awsc__fail(ev->err, AWSC_E_NOMEM, "out of memory");
        }
    }
    awsc__buf_clean_up(&c->buf);
    return AWSC_OK;
}

static const char *kind_name(const struct awsc__jv *v)
{
    static const char *const NAMES[] = {"null",   "boolean", "number", "string",
                                        "binary", "array",   "object"};
    return v->kind < AWSC_ARRAY_LEN(NAMES) ? NAMES[v->kind] : "?";
}

static size_t utf8_length(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

static int eval(struct eval *ev, uint32_t n, const struct awsc__jv *cur, struct awsc__jv *out);

static int child(struct eval *ev, uint32_t parent, uint16_t n, const struct awsc__jv *cur,
                 struct awsc__jv *out)
{
    if (n >= parent)
        return awsc__fail(ev->err, AWSC_E_INTERNAL,
                          "JMESPath %s: node %u refers to node %u, which does not come before it",
                          ev->text, parent, n);
    return eval(ev, n, cur, out);
}

static int compare(struct eval *ev, const struct awsc_jmespath_node *node, const struct awsc__jv *a,
                   const struct awsc__jv *b, struct awsc__jv *out)
{
    *out = JV_NULL;
    if (node->op == AWSC_JP_EQ || node->op == AWSC_JP_NE) {
        out->kind = AWSC__JV_BOOL;
        out->boolean = awsc__jv_equal(a, b, false) == (node->op == AWSC_JP_EQ);
        return AWSC_OK;
    }
    /* ordering: numbers with numbers, strings with strings; anything else
     * is null, except a string against a number, which Python refuses */
    bool ac = a->kind == AWSC__JV_NUMBER || a->kind == AWSC__JV_STRING;
    bool bc = b->kind == AWSC__JV_NUMBER || b->kind == AWSC__JV_STRING;
    if (!ac || !bc)
        return AWSC_OK;
    if (a->kind != b->kind)
        return awsc__fail(ev->err, AWSC_E_INVALID_ARG, "JMESPath %s: cannot order a %s and a %s",
                          ev->text, kind_name(a), kind_name(b));
    int c;
    if (a->kind == AWSC__JV_NUMBER) {
        c = a->number < b->number ? -1 : a->number > b->number ? 1 : 0;
    } else {
        size_t m = a->len < b->len ? a->len : b->len;
        c = m ? memcmp(a->string, b->string, m) : 0;
        if (c == 0)
            c = a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
    }
    out->kind = AWSC__JV_BOOL;
    switch (node->op) {
    case AWSC_JP_LT:
        out->boolean = c < 0;
        break;
    case AWSC_JP_LE:
        out->boolean = c <= 0;
        break;
    case AWSC_JP_GT:
        out->boolean = c > 0;
        break;
    default:
        out->boolean = c >= 0;
        break;
    }
    return AWSC_OK;
}

/* The items of a multi-select list, first to last, from its last node. */
static int multi_items(struct eval *ev, uint32_t n, const struct awsc__jv *cur, struct collect *c)
{
    const struct awsc_jmespath_node *node = &ev->nodes[n];
    int status;
    if (node->index > 1) {
        if (node->b >= n || ev->nodes[node->b].op != AWSC_JP_MULTI_LIST ||
            ev->nodes[node->b].index != node->index - 1)
            return awsc__fail(ev->err, AWSC_E_INTERNAL, "JMESPath %s: malformed node %u", ev->text,
                              n);
        if ((status = multi_items(ev, node->b, cur, c)) != AWSC_OK)
            return status;
    }
    struct awsc__jv v;
    if ((status = child(ev, n, node->a, cur, &v)) != AWSC_OK)
        return status;
    collect_add(c, &v); /* nulls are kept */
    return AWSC_OK;
}

static int eval_node(struct eval *ev, uint32_t n, const struct awsc__jv *cur, struct awsc__jv *out)
{
    const struct awsc_jmespath_node *node = &ev->nodes[n];
    struct awsc__jv a, b;
    int status;
    *out = JV_NULL;
    switch (node->op) {
    case AWSC_JP_CURRENT:
        *out = *cur;
        return AWSC_OK;
    case AWSC_JP_LITERAL:
        *out = awsc__jv_literal(&node->literal);
        return AWSC_OK;
    case AWSC_JP_MEMBER:
        if (cur->kind == AWSC__JV_OBJECT && !cur->doc && cur->shape->type == AWSC_SHAPE_STRUCTURE &&
            node->member < awsc_shape_member_count(cur->shape)) {
            *out = member_value(&awsc_shape_members(cur->shape)[node->member], cur->value);
            return AWSC_OK;
        }
        object_get(cur, node->string_ref ? awsc_jmespath_node_string(node) : "", out);
        return AWSC_OK;
    case AWSC_JP_KEY:
        object_get(cur, node->string_ref ? awsc_jmespath_node_string(node) : "", out);
        return AWSC_OK;
    case AWSC_JP_INDEX: {
        if (cur->kind != AWSC__JV_ARRAY)
            return AWSC_OK;
        int64_t count = (int64_t)awsc__jv_count(cur);
        int64_t i = node->index < 0 ? count + node->index : node->index;
        if (i >= 0 && i < count)
            *out = array_at(cur, (size_t)i);
        return AWSC_OK;
    }
    case AWSC_JP_SUB:
        if ((status = child(ev, n, node->a, cur, &a)) != AWSC_OK)
            return status;
        return child(ev, n, node->b, &a, out);
    case AWSC_JP_PROJECT:
    case AWSC_JP_FILTER:
    case AWSC_JP_FLATTEN: {
        if ((status = child(ev, n, node->a, cur, &a)) != AWSC_OK)
            return status;
        if (a.kind != AWSC__JV_ARRAY)
            return AWSC_OK;
        struct collect c = {AWSC_BUF_INIT, 0};
        size_t count = awsc__jv_count(&a);
        for (size_t i = 0; i < count && status == AWSC_OK; i++) {
            struct awsc__jv e = array_at(&a, i), r;
            if (node->op == AWSC_JP_FLATTEN) {
                if (e.kind == AWSC__JV_ARRAY) {
                    size_t m = awsc__jv_count(&e);
                    for (size_t j = 0; j < m; j++) {
                        struct awsc__jv x = array_at(&e, j);
                        collect_add(&c, &x);
                    }
                } else {
                    collect_add(&c, &e);
                }
                continue;
            }
            if (node->op == AWSC_JP_FILTER) {
                struct awsc__jv cond;
                if ((status = child(ev, n, node->c, &e, &cond)) != AWSC_OK)
                    break;
                if (awsc__jv_is_false(&cond))
                    continue;
            }
            if ((status = child(ev, n, node->b, &e, &r)) == AWSC_OK && r.kind != AWSC__JV_NULL)
                collect_add(&c, &r);
        }
        if (status != AWSC_OK) {
            awsc__buf_clean_up(&c.buf);
            return status;
        }
        return collect_finish(ev, &c, out);
    }
    case AWSC_JP_VALUES: {
        if ((status = child(ev, n, node->a, cur, &a)) != AWSC_OK)
            return status;
        if (a.kind != AWSC__JV_OBJECT)
            return AWSC_OK;
        struct collect c = {AWSC_BUF_INIT, 0};
        size_t slots = object_slots(&a);
        for (size_t i = 0; i < slots && status == AWSC_OK; i++) {
            const char *key;
            bool present;
            struct awsc__jv e = object_at(&a, i, &key, &present), r;
            if (!present)
                continue;
            if ((status = child(ev, n, node->b, &e, &r)) == AWSC_OK && r.kind != AWSC__JV_NULL)
                collect_add(&c, &r);
        }
        if (status != AWSC_OK) {
            awsc__buf_clean_up(&c.buf);
            return status;
        }
        return collect_finish(ev, &c, out);
    }
    case AWSC_JP_OR:
    case AWSC_JP_AND:
        if ((status = child(ev, n, node->a, cur, &a)) != AWSC_OK)
            return status;
        if (awsc__jv_is_false(&a) == (node->op == AWSC_JP_OR))
            return child(ev, n, node->b, cur, out);
        *out = a;
        return AWSC_OK;
    case AWSC_JP_NOT:
        if ((status = child(ev, n, node->a, cur, &a)) != AWSC_OK)
            return status;
        out->kind = AWSC__JV_BOOL;
        /* Python's `not`, except that !0 is false as every number is */
        out->boolean = a.kind != AWSC__JV_NUMBER && awsc__jv_py_false(&a);
        return AWSC_OK;
    case AWSC_JP_EQ:
    case AWSC_JP_NE:
    case AWSC_JP_LT:
    case AWSC_JP_LE:
    case AWSC_JP_GT:
    case AWSC_JP_GE:
        if ((status = child(ev, n, node->a, cur, &a)) != AWSC_OK ||
            (status = child(ev, n, node->b, cur, &b)) != AWSC_OK)
            return status;
        return compare(ev, node, &a, &b, out);
    case AWSC_JP_LENGTH:
        if ((status = child(ev, n, node->a, cur, &a)) != AWSC_OK)
            return status;
        out->kind = AWSC__JV_NUMBER;
        if (a.kind == AWSC__JV_STRING)
            out->number = (double)utf8_length(a.string, a.len);
        else if (a.kind == AWSC__JV_ARRAY || a.kind == AWSC__JV_OBJECT)
            out->number = (double)awsc__jv_count(&a);
        else
            return awsc__fail(ev->err, AWSC_E_INVALID_ARG,
                              "JMESPath %s: length() of a %s: it takes a string, an array or "
                              "an object",
                              ev->text, kind_name(&a));
        return AWSC_OK;
    case AWSC_JP_KEYS: {
        if ((status = child(ev, n, node->a, cur, &a)) != AWSC_OK)
            return status;
        if (a.kind != AWSC__JV_OBJECT)
            return awsc__fail(ev->err, AWSC_E_INVALID_ARG,
                              "JMESPath %s: keys() of a %s: it takes an object", ev->text,
                              kind_name(&a));
        struct collect c = {AWSC_BUF_INIT, 0};
        size_t slots = object_slots(&a);
        for (size_t i = 0; i < slots; i++) {
            const char *key;
            bool present;
            object_at(&a, i, &key, &present);
            if (!present || !key)
                continue;
            struct awsc__jv k = {0};
            k.kind = AWSC__JV_STRING;
            k.string = key;
            k.len = strlen(key);
            collect_add(&c, &k);
        }
        return collect_finish(ev, &c, out);
    }
    case AWSC_JP_MULTI_LIST: {
        if (cur->kind == AWSC__JV_NULL)
            return AWSC_OK;
        struct collect c = {AWSC_BUF_INIT, 0};
        if ((status = multi_items(ev, n, cur, &c)) != AWSC_OK) {
            awsc__buf_clean_up(&c.buf);
            return status;
        }
        return collect_finish(ev, &c, out);
    }
    default:
        return awsc__fail(ev->err, AWSC_E_INTERNAL, "JMESPath %s: unknown node type %d", ev->text,
                          node->op);
    }
}

static int eval(struct eval *ev, uint32_t n, const struct awsc__jv *cur, struct awsc__jv *out)
{
    if (++ev->depth > MAX_EVAL_DEPTH) {
        ev->depth--;
        return awsc__fail(ev->err, AWSC_E_INTERNAL, "JMESPath %s: nested too deep", ev->text);
    }
    int status = eval_node(ev, n, cur, out);
    ev->depth--;
    return status;
}

int awsc__jp_eval(const struct awsc_jmespath *expr, const struct awsc__jv *root,
                  struct awsc_arena *arena, struct awsc__jv *out, struct awsc_error *err)
{
    *out = JV_NULL;
    if (!expr || !expr->nodes_ref || expr->node_count == 0)
        return awsc__fail(err, AWSC_E_INTERNAL, "an empty JMESPath expression");
    struct eval ev = {awsc_jmespath_nodes(expr), awsc_jmespath_text(expr), arena, err, 0};
    return eval(&ev, expr->node_count - 1, root, out);
}

/* ------------------------------------------------------------ paths */

static size_t path_of(const struct awsc_jmespath_node *nodes, uint32_t n, uint16_t *members,
                      size_t depth, size_t max)
{
    const struct awsc_jmespath_node *node = &nodes[n];
    if (node->op == AWSC_JP_MEMBER) {
        if (depth >= max)
            return 0;
        members[depth] = node->member;
        return depth + 1;
    }
    if (node->op != AWSC_JP_SUB || node->a >= n || node->b >= n)
        return 0;
    size_t d = path_of(nodes, node->a, members, depth, max);
    return d ? path_of(nodes, node->b, members, d, max) : 0;
}

size_t awsc__jp_path(const struct awsc_jmespath *expr, uint16_t *members, size_t max)
{
    if (!expr || !expr->nodes_ref || !expr->node_count)
        return 0;
    return path_of(awsc_jmespath_nodes(expr), expr->node_count - 1, members, 0, max);
}

/* ------------------------------------------------------------ JSON out */

/* For the paginators alone (resume tokens, collected results): the endpoint
 * parameters (operationContextParams) evaluate expressions but never write
 * them, so a build without paginators has no JSON writer here. */
#if AWSC_WITH_PAGINATORS

static const struct {
    struct awsc_shape shape;
    char name[sizeof "String"];
} STRING = {
    .shape = {.name_ref = AWSC_REF(STRING.shape.name_ref, STRING.name),
              .type = AWSC_SHAPE_STRING,
              .size = sizeof(const char *)},
    .name = "String",
};
#define STRING_SHAPE STRING.shape

int awsc__jv_write_json(struct awsc_buf *out, const struct awsc__jv *v, struct awsc_error *err)
{
    struct awsc__json_opts opts = {
        .member_names = true, .timestamps = AWSC__JSON_TS_EPOCH, .ascii = true};
    if (v->shape && v->value)
        return awsc__json_write(out, v->shape, v->value, &opts, err);
    if (v->doc)
        return awsc__json_write_document(out, v->doc, &opts, err);
    switch (v->kind) {
    case AWSC__JV_BOOL:
        awsc__buf_puts(out, v->boolean ? "true" : "false");
        break;
    case AWSC__JV_NUMBER:
        if (v->number == (double)(int64_t)v->number && v->number > -9e15 && v->number < 9e15)
            awsc__buf_printf(out, "%lld", (long long)v->number);
        else
            awsc__buf_printf(out, "%.17g", v->number);
        break;
    case AWSC__JV_STRING:
        return awsc__json_write(out, &STRING_SHAPE, &v->string, &opts, err);
    case AWSC__JV_ARRAY:
        awsc__buf_putc(out, '[');
        for (size_t i = 0; i < v->count; i++) {
            if (i)
                awsc__buf_puts(out, ", ");
            int status = awsc__jv_write_json(out, &v->items[i], err);
            if (status != AWSC_OK)
                return status;
        }
        awsc__buf_putc(out, ']');
        break;
    default:
        awsc__buf_puts(out, "null");
        break;
    }
    return out->failed ? awsc__fail(err, AWSC_E_NOMEM, "out of memory") : AWSC_OK;
}

#endif /* AWSC_WITH_PAGINATORS */
