/* Condition and key-condition expressions, written as boto3's
 * ConditionExpressionBuilder (boto3/dynamodb/conditions.py) writes them:
 * the same text, #n/:v placeholders numbered in the same order. */
#include "ddb.h"

#include <string.h>

enum operand_kind { OPND_KEY, OPND_ATTR, OPND_SIZE };

struct awsc_ddb_operand {
    enum operand_kind kind;
    const char *name;                     /* KEY, ATTR */
    const struct awsc_ddb_operand *inner; /* SIZE */
};

enum cond_op {
    C_EQ,
    C_NE,
    C_LT,
    C_LTE,
    C_GT,
    C_GTE,
    C_BEGINS_WITH,
    C_BETWEEN,
    C_IN,
    C_CONTAINS,
    C_ATTRIBUTE_TYPE,
    C_EXISTS,
    C_NOT_EXISTS,
    C_AND,
    C_OR,
    C_NOT
};

struct awsc_ddb_cond {
    enum cond_op op;
    const struct awsc_ddb_operand *x;
    awsc_ddb_value v[2];
    const awsc_ddb_value *list; /* C_IN */
    size_t n;
    const struct awsc_ddb_cond *l, *r; /* C_AND, C_OR; l for C_NOT */
};

static const char *const OP_NAMES[] = {
    "eq",
    "ne",
    "lt",
    "lte",
    "gt",
    "gte",
    "begins_with",
    "between",
    "is_in",
    "contains",
    "attribute_type",
    "exists",
    "not_exists",
    "and",
    "or",
    "not",
};

/* ------------------------------------------------------------ operands */

static const struct awsc_ddb_operand *operand(struct awsc_ddb_arena *a, enum operand_kind kind,
                                              const char *name)
{
    if (!a || a->status != AWSC_OK)
        return NULL;
    const char *fn = kind == OPND_KEY ? "Key" : "Attr";
    if (!name || !*name) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB condition: %s() given %s name", fn,
                            name ? "an empty" : "a NULL");
        return NULL;
    }
    struct awsc_ddb_operand *o = awsc__ddb_alloc(a, sizeof *o);
    char *copy = o ? awsc__arena_strdup(a->mem, name) : NULL;
    if (!copy) {
        awsc__ddb_set_error(a, AWSC_E_NOMEM, "DynamoDB values: out of memory");
        return NULL;
    }
    o->kind = kind;
    o->name = copy;
    return o;
}

const struct awsc_ddb_operand *awsc_ddb_key(struct awsc_ddb_arena *a, const char *name)
{
    return operand(a, OPND_KEY, name);
}

const struct awsc_ddb_operand *awsc_ddb_attr(struct awsc_ddb_arena *a, const char *name)
{
    return operand(a, OPND_ATTR, name);
}

const struct awsc_ddb_operand *awsc_ddb_size(struct awsc_ddb_arena *a,
                                             const struct awsc_ddb_operand *attr)
{
    if (!a || a->status != AWSC_OK)
        return NULL;
    if (!attr) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB condition: size() of a NULL operand");
        return NULL;
    }
    if (attr->kind != OPND_ATTR) {
        awsc__ddb_set_error(
            a, AWSC_E_INVALID_ARG, "DynamoDB condition: size() takes an Attr() operand, not %s",
            attr->kind == OPND_KEY ? "a Key() (boto3's Key has no size)" : "a size()");
        return NULL;
    }
    struct awsc_ddb_operand *o = awsc__ddb_alloc(a, sizeof *o);
    if (!o)
        return NULL;
    o->kind = OPND_SIZE;
    o->inner = attr;
    return o;
}

/* ---------------------------------------------------------- conditions */

/* What boto3's Key offers; the rest are Attr's alone. */
static bool key_has(enum cond_op op)
{
    return op <= C_BETWEEN && op != C_NE;
}

static struct awsc_ddb_cond *cond_new(struct awsc_ddb_arena *a, enum cond_op op,
                                      const struct awsc_ddb_operand *x, const awsc_ddb_value *v,
                                      size_t nv)
{
    if (!a || a->status != AWSC_OK)
        return NULL;
    if (!x) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB condition: %s() of a NULL operand",
                            OP_NAMES[op]);
        return NULL;
    }
    if (x->kind == OPND_KEY && !key_has(op)) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG,
                            "DynamoDB condition: %s() of Key(\"%.80s\"): key conditions have eq, "
                            "lt, lte, gt, gte, begins_with and between; use Attr() for %s",
                            OP_NAMES[op], x->name, OP_NAMES[op]);
        return NULL;
    }
    for (size_t i = 0; i < nv; i++)
        if (!awsc_ddb_type(&v[i])) {
            awsc__ddb_set_error(a, AWSC_E_INVALID_ARG,
                                "DynamoDB condition: %s(): the value has no type (or several)",
                                OP_NAMES[op]);
            return NULL;
        }
    struct awsc_ddb_cond *c = awsc__ddb_alloc(a, sizeof *c);
    if (!c)
        return NULL;
    c->op = op;
    c->x = x;
    for (size_t i = 0; i < nv; i++)
        if (!awsc__ddb_copy_into(a, &v[i], &c->v[i]))
            return NULL;
    return c;
}

#define COMPARISON(fn, OP)                                                                     \
    const struct awsc_ddb_cond *fn(struct awsc_ddb_arena *a, const struct awsc_ddb_operand *x, \
                                   awsc_ddb_value v)                                           \
    {                                                                                          \
        return cond_new(a, OP, x, &v, 1);                                                      \
    }
COMPARISON(awsc_ddb_eq, C_EQ)
COMPARISON(awsc_ddb_ne, C_NE)
COMPARISON(awsc_ddb_lt, C_LT)
COMPARISON(awsc_ddb_lte, C_LTE)
COMPARISON(awsc_ddb_gt, C_GT)
COMPARISON(awsc_ddb_gte, C_GTE)
COMPARISON(awsc_ddb_begins_with, C_BEGINS_WITH)
COMPARISON(awsc_ddb_contains, C_CONTAINS)

const struct awsc_ddb_cond *awsc_ddb_between(struct awsc_ddb_arena *a,
                                             const struct awsc_ddb_operand *x, awsc_ddb_value lo,
                                             awsc_ddb_value hi)
{
    awsc_ddb_value v[2] = {lo, hi};
    return cond_new(a, C_BETWEEN, x, v, 2);
}

const struct awsc_ddb_cond *awsc_ddb_is_in(struct awsc_ddb_arena *a,
                                           const struct awsc_ddb_operand *x,
                                           const awsc_ddb_value *values, size_t n)
{
    if (a && a->status == AWSC_OK && (n == 0 || !values)) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG,
                            "DynamoDB condition: is_in() needs at least one value");
        return NULL;
    }
    struct awsc_ddb_cond *c = cond_new(a, C_IN, x, NULL, 0);
    if (!c)
        return NULL;
    awsc_ddb_value *copy = awsc__ddb_alloc(a, n * sizeof *copy);
    if (!copy)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (!awsc_ddb_type(&values[i])) {
            awsc__ddb_set_error(a, AWSC_E_INVALID_ARG,
                                "DynamoDB condition: is_in(): value %zu has no type (or several)",
                                i);
            return NULL;
        }
        if (!awsc__ddb_copy_into(a, &values[i], &copy[i]))
            return NULL;
    }
    c->list = copy;
    c->n = n;
    return c;
}

const struct awsc_ddb_cond *awsc_ddb_attribute_type(struct awsc_ddb_arena *a,
                                                    const struct awsc_ddb_operand *x,
                                                    const char *type)
{
    static const char *const TYPES[] = {"S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M"};
    if (a && a->status == AWSC_OK) {
        bool known = false;
        for (size_t i = 0; type && i < sizeof TYPES / sizeof TYPES[0]; i++)
            known = known || strcmp(type, TYPES[i]) == 0;
        if (!known) {
            awsc__ddb_set_error(a, AWSC_E_INVALID_ARG,
                                "DynamoDB condition: attribute_type(): \"%.40s\" is not a type "
                                "(S, SS, N, NS, B, BS, BOOL, NULL, L or M)",
                                type ? type : "(null)");
            return NULL;
        }
    }
    awsc_ddb_value v = {.s = type};
    return cond_new(a, C_ATTRIBUTE_TYPE, x, &v, 1);
}

const struct awsc_ddb_cond *awsc_ddb_exists(struct awsc_ddb_arena *a,
                                            const struct awsc_ddb_operand *x)
{
    return cond_new(a, C_EXISTS, x, NULL, 0);
}

const struct awsc_ddb_cond *awsc_ddb_not_exists(struct awsc_ddb_arena *a,
                                                const struct awsc_ddb_operand *x)
{
    return cond_new(a, C_NOT_EXISTS, x, NULL, 0);
}

static const struct awsc_ddb_cond *logical(struct awsc_ddb_arena *a, enum cond_op op,
                                           const struct awsc_ddb_cond *l,
                                           const struct awsc_ddb_cond *r)
{
    if (!a || a->status != AWSC_OK)
        return NULL;
    if (!l || (op != C_NOT && !r)) {
        awsc__ddb_set_error(a, AWSC_E_INVALID_ARG, "DynamoDB condition: %s() of a NULL condition",
                            OP_NAMES[op]);
        return NULL;
    }
    struct awsc_ddb_cond *c = awsc__ddb_alloc(a, sizeof *c);
    if (!c)
        return NULL;
    c->op = op;
    c->l = l;
    c->r = r;
    return c;
}

const struct awsc_ddb_cond *awsc_ddb_and(struct awsc_ddb_arena *a, const struct awsc_ddb_cond *l,
                                         const struct awsc_ddb_cond *r)
{
    return logical(a, C_AND, l, r);
}

const struct awsc_ddb_cond *awsc_ddb_or(struct awsc_ddb_arena *a, const struct awsc_ddb_cond *l,
                                        const struct awsc_ddb_cond *r)
{
    return logical(a, C_OR, l, r);
}

const struct awsc_ddb_cond *awsc_ddb_not(struct awsc_ddb_arena *a, const struct awsc_ddb_cond *c)
{
    return logical(a, C_NOT, c, NULL);
}

/* ------------------------------------------------------------ building */

struct build {
    struct awsc_ddb_arena *a;
    struct awsc_ddb_expressions *ex;
    struct awsc_buf out;
    bool key_condition;
    int status;
    char why[300];
};

static void build_fail(struct build *b, int status, const char *what, const char *name)
{
    if (b->status != AWSC_OK)
        return;
    b->status = status;
    snprintf(b->why, sizeof b->why, "DynamoDB condition: %s%.120s%s", what, name ? name : "",
             name ? "\"" : "");
}

static bool grow(struct build *b, void **entries, size_t count, size_t *cap, size_t size)
{
    if (count < *cap)
        return true;
    size_t ncap = *cap ? *cap * 2 : 8;
    void *n = awsc__arena_alloc(b->a->mem, ncap * size);
    if (!n) {
        build_fail(b, AWSC_E_NOMEM, "out of memory", NULL);
        return false;
    }
    if (count)
        memcpy(n, *entries, count * size);
    *entries = n;
    *cap = ncap;
    return true;
}

static void add_name(struct build *b, const char *part, size_t len)
{
    struct awsc_dynamodb_expression_attribute_name_map *m = &b->ex->names;
    if (!grow(b, (void **)&m->entries, m->count, &b->ex->name_cap, sizeof *m->entries))
        return;
    char *key = awsc__arena_printf(b->a->mem, "#n%zu", m->count);
    char *value = awsc__arena_strndup(b->a->mem, part, len);
    if (!key || !value) {
        build_fail(b, AWSC_E_NOMEM, "out of memory", NULL);
        return;
    }
    m->entries[m->count++] = (struct awsc_dynamodb_expression_attribute_name_map_entry){key, value};
    awsc__buf_puts(&b->out, key);
}

static void add_value(struct build *b, const awsc_ddb_value *v)
{
    struct awsc_dynamodb_attribute_map *m = &b->ex->values;
    if (!grow(b, (void **)&m->entries, m->count, &b->ex->value_cap, sizeof *m->entries))
        return;
    char *key = awsc__arena_printf(b->a->mem, ":v%zu", m->count);
    if (!key) {
        build_fail(b, AWSC_E_NOMEM, "out of memory", NULL);
        return;
    }
    struct awsc_dynamodb_attribute_map_entry *e = &m->entries[m->count];
    e->key = key;
    e->value = *v; /* the condition's copy, in the same arena */
    m->count++;
    awsc__buf_puts(&b->out, key);
}

/* A path: every run of characters other than '.', '[' and ']' that is not
 * inside brackets is a name, the rest is kept (boto3's ATTR_NAME_REGEX). */
static void add_path(struct build *b, const struct awsc_ddb_operand *o)
{
    if (b->key_condition && o->kind != OPND_KEY) {
        build_fail(b, AWSC_E_INVALID_ARG,
                   "a key condition takes Key() operands only, not the Attr() \"", o->name);
        return;
    }
    const char *s = o->name;
    bool named = false;
    for (size_t i = 0; s[i];) {
        if (strchr(".[]", s[i])) {
            awsc__buf_putc(&b->out, s[i++]);
            continue;
        }
        size_t j = i;
        while (s[j] && !strchr(".[]", s[j]))
            j++;
        size_t k = j;
        while (s[k] && s[k] != '[' && s[k] != ']')
            k++;
        if (s[k] == ']') { /* inside brackets: an index */
            awsc__buf_append(&b->out, s + i, j - i);
        } else {
            add_name(b, s + i, j - i);
            named = true;
        }
        i = j;
    }
    if (!named)
        build_fail(b, AWSC_E_INVALID_ARG, "the attribute path has no name in it: \"", o->name);
}

static void add_operand(struct build *b, const struct awsc_ddb_operand *o)
{
    if (o->kind == OPND_SIZE) {
        awsc__buf_puts(&b->out, "size(");
        add_path(b, o->inner);
        awsc__buf_putc(&b->out, ')');
    } else {
        add_path(b, o);
    }
}

static void build_cond(struct build *b, const struct awsc_ddb_cond *c, int depth)
{
    static const char *const CMP[] = {"=", "<>", "<", "<=", ">", ">="};
    if (b->status != AWSC_OK)
        return;
    if (depth > 100) {
        build_fail(b, AWSC_E_INVALID_ARG, "conditions nested more than 100 deep", NULL);
        return;
    }
    switch (c->op) {
    case C_EQ:
    case C_NE:
    case C_LT:
    case C_LTE:
    case C_GT:
    case C_GTE:
        add_operand(b, c->x);
        awsc__buf_printf(&b->out, " %s ", CMP[c->op]);
        add_value(b, &c->v[0]);
        break;
    case C_BEGINS_WITH:
    case C_CONTAINS:
    case C_ATTRIBUTE_TYPE:
        awsc__buf_printf(&b->out, "%s(",
                         c->op == C_BEGINS_WITH ? "begins_with"
                         : c->op == C_CONTAINS  ? "contains"
                                                : "attribute_type");
        add_operand(b, c->x);
        awsc__buf_puts(&b->out, ", ");
        add_value(b, &c->v[0]);
        awsc__buf_putc(&b->out, ')');
        break;
    case C_BETWEEN:
        add_operand(b, c->x);
        awsc__buf_puts(&b->out, " BETWEEN ");
        add_value(b, &c->v[0]);
        awsc__buf_puts(&b->out, " AND ");
        add_value(b, &c->v[1]);
        break;
    case C_IN:
        add_operand(b, c->x);
        awsc__buf_puts(&b->out, " IN (");
        for (size_t i = 0; i < c->n; i++) {
            if (i)
                awsc__buf_puts(&b->out, ", ");
            add_value(b, &c->list[i]);
        }
        awsc__buf_putc(&b->out, ')');
        break;
    case C_EXISTS:
    case C_NOT_EXISTS:
        awsc__buf_puts(&b->out, c->op == C_EXISTS ? "attribute_exists(" : "attribute_not_exists(");
        add_operand(b, c->x);
        awsc__buf_putc(&b->out, ')');
        break;
    case C_AND:
    case C_OR:
        awsc__buf_putc(&b->out, '(');
        build_cond(b, c->l, depth + 1);
        awsc__buf_puts(&b->out, c->op == C_AND ? " AND " : " OR ");
        build_cond(b, c->r, depth + 1);
        awsc__buf_putc(&b->out, ')');
        break;
    case C_NOT:
        awsc__buf_puts(&b->out, "(NOT ");
        build_cond(b, c->l, depth + 1);
        awsc__buf_putc(&b->out, ')');
        break;
    }
}

int awsc_ddb_build(struct awsc_ddb_arena *a, struct awsc_ddb_expressions *ex,
                   const struct awsc_ddb_cond *c, bool key_condition, const char **text,
                   struct awsc_error *err)
{
    if (!a || !ex || !text)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "DynamoDB condition: NULL %s",
                          !a    ? "arena"
                          : !ex ? "expressions"
                                : "text");
    if (a->status != AWSC_OK)
        return awsc_ddb_arena_error(a, err);
    if (!c)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "DynamoDB condition: NULL condition");
    struct build b = {.a = a, .ex = ex, .out = AWSC_BUF_INIT, .key_condition = key_condition};
    size_t names = ex->names.count, values = ex->values.count;
    build_cond(&b, c, 0);
    if (b.status == AWSC_OK && b.out.failed)
        build_fail(&b, AWSC_E_NOMEM, "out of memory", NULL);
    char *s = b.status == AWSC_OK ? awsc__arena_memdup(a->mem, b.out.data, b.out.len + 1) : NULL;
    if (b.status == AWSC_OK && !s)
        build_fail(&b, AWSC_E_NOMEM, "out of memory", NULL);
    awsc__buf_clean_up(&b.out);
    if (b.status != AWSC_OK) {
        ex->names.count = names; /* what this call added goes */
        ex->values.count = values;
        return awsc__fail(err, b.status, "%s", b.why);
    }
    *text = s;
    return AWSC_OK;
}

static void set_maps(struct awsc_ddb_expressions *ex,
                     struct awsc_dynamodb_expression_attribute_name_map *names,
                     struct awsc_dynamodb_attribute_map *values)
{
    if (ex->names.count)
        *names = ex->names;
    if (ex->values.count)
        *values = ex->values;
}

int awsc_ddb_query_where(struct awsc_ddb_arena *a, struct awsc_dynamodb_query_input *in,
                         const struct awsc_ddb_cond *key_condition,
                         const struct awsc_ddb_cond *filter, struct awsc_error *err)
{
    if (!in)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "Query: NULL input");
    struct awsc_ddb_expressions ex = AWSC_DDB_EXPRESSIONS_INIT;
    const char *k = NULL, *f = NULL;
    int rc = awsc_ddb_build(a, &ex, key_condition, true, &k, err);
    if (rc == AWSC_OK && filter)
        rc = awsc_ddb_build(a, &ex, filter, false, &f, err);
    if (rc != AWSC_OK)
        return rc;
    in->key_condition_expression = k;
    in->filter_expression = f;
    set_maps(&ex, &in->expression_attribute_names, &in->expression_attribute_values);
    return AWSC_OK;
}

int awsc_ddb_scan_where(struct awsc_ddb_arena *a, struct awsc_dynamodb_scan_input *in,
                        const struct awsc_ddb_cond *filter, struct awsc_error *err)
{
    if (!in)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "Scan: NULL input");
    struct awsc_ddb_expressions ex = AWSC_DDB_EXPRESSIONS_INIT;
    const char *f = NULL;
    int rc = awsc_ddb_build(a, &ex, filter, false, &f, err);
    if (rc != AWSC_OK)
        return rc;
    in->filter_expression = f;
    set_maps(&ex, &in->expression_attribute_names, &in->expression_attribute_values);
    return AWSC_OK;
}
