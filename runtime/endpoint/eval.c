/*
 * Evaluation of a compiled rule set: the parameters' defaults and checks,
 * the walk over the rules, the expressions, and the endpoint it ends in,
 * built into one reference-counted block. Semantics are botocore's
 * endpoint_provider.py: a condition holds unless its value is None or
 * False; a tree whose conditions hold but whose rules all fall through
 * falls through too; assignments are visible to the rest of the rule and
 * to the rules below it.
 */
#include "endpoint.h"

#include <stdatomic.h>
#include <string.h>

struct ev {
    const struct awsc_ruleset *rs;
    /* its arrays (<awsc/endpoint.h>'s accessors, read once) */
    const struct awsc_ep_expr *exprs;
    const uint16_t *args;
    const struct awsc_ep_rule *rules;
    const struct awsc_ep_prop *props;
    const char *service;
    struct awsc__ep_value slots[AWSC_EP_MAX_SLOTS];
    struct awsc__ep_scratch scratch;
    struct awsc_error *err;
};

static int nomem(struct ev *e)
{
    return awsc__fail(e->err, AWSC_E_NOMEM, "out of memory");
}

/* Python's type() of a value, for botocore's messages. */
static const char *py_type(const struct awsc__ep_value *v)
{
    switch (v->type) {
    case AWSC__V_BOOL:
        return "<class 'bool'>";
    case AWSC__V_STRING:
        return "<class 'str'>";
    case AWSC__V_INT:
        return "<class 'int'>";
    case AWSC__V_LIST:
        return v->tuple ? "<class 'tuple'>" : "<class 'list'>";
    case AWSC__V_PARTITION:
    case AWSC__V_URL:
    case AWSC__V_ARN:
        return "<class 'dict'>";
    default:
        return "<class 'NoneType'>";
    }
}

static void set_none(struct awsc__ep_value *v)
{
    memset(v, 0, sizeof *v);
}

static void set_bool(struct awsc__ep_value *v, bool b)
{
    memset(v, 0, sizeof *v);
    v->type = AWSC__V_BOOL;
    v->b = b;
}

static void set_str(struct awsc__ep_value *v, const char *p, size_t n)
{
    memset(v, 0, sizeof *v);
    v->type = AWSC__V_STRING;
    v->s.p = p;
    v->s.n = n;
}

static void set_cstr(struct awsc__ep_value *v, const char *s)
{
    if (s)
        set_str(v, s, strlen(s));
    else
        set_none(v);
}

/* Python's truth value, for `not`. */
static bool truthy(const struct awsc__ep_value *v)
{
    switch (v->type) {
    case AWSC__V_NONE:
        return false;
    case AWSC__V_BOOL:
        return v->b;
    case AWSC__V_STRING:
        return v->s.n > 0;
    case AWSC__V_INT:
        return v->i != 0;
    case AWSC__V_LIST:
        return v->count > 0;
    default: /* partitions, URLs and ARNs: non-empty dicts */
        return true;
    }
}

static const char *const ATTR_NAMES[] = {
    [AWSC_EP_ATTR_NAME] = "name",
    [AWSC_EP_ATTR_DNS_SUFFIX] = "dnsSuffix",
    [AWSC_EP_ATTR_DUAL_STACK_DNS_SUFFIX] = "dualStackDnsSuffix",
    [AWSC_EP_ATTR_SUPPORTS_FIPS] = "supportsFIPS",
    [AWSC_EP_ATTR_SUPPORTS_DUAL_STACK] = "supportsDualStack",
    [AWSC_EP_ATTR_IMPLICIT_GLOBAL_REGION] = "implicitGlobalRegion",
    [AWSC_EP_ATTR_SCHEME] = "scheme",
    [AWSC_EP_ATTR_AUTHORITY] = "authority",
    [AWSC_EP_ATTR_PATH] = "path",
    [AWSC_EP_ATTR_NORMALIZED_PATH] = "normalizedPath",
    [AWSC_EP_ATTR_IS_IP] = "isIp",
    [AWSC_EP_ATTR_PARTITION] = "partition",
    [AWSC_EP_ATTR_SERVICE] = "service",
    [AWSC_EP_ATTR_REGION] = "region",
    [AWSC_EP_ATTR_ACCOUNT_ID] = "accountId",
    [AWSC_EP_ATTR_RESOURCE_ID] = "resourceId",
    [AWSC_EP_ATTR_SELF] = "",
};

/* A short description of an expression for messages: "Region",
 * "PartitionResult#dnsSuffix". */
static void describe(struct ev *e, uint16_t idx, char *out, size_t size)
{
    const struct awsc_ep_expr *x = &e->exprs[idx];
    if (x->kind == AWSC_EP_REF)
        snprintf(out, size, "%s", awsc_ruleset_slot_name(e->rs, x->a));
    else if (x->kind == AWSC_EP_GET_ATTR && e->exprs[x->a].kind == AWSC_EP_REF &&
             (x->n & AWSC_EP_ATTR_MASK) < AWSC_ARRAY_LEN(ATTR_NAMES) &&
             ATTR_NAMES[x->n & AWSC_EP_ATTR_MASK])
        snprintf(out, size, "%s#%s", awsc_ruleset_slot_name(e->rs, e->exprs[x->a].a),
                 ATTR_NAMES[x->n & AWSC_EP_ATTR_MASK]);
    else
        snprintf(out, size, "expression %u", idx);
}

static int eval(struct ev *e, uint16_t idx, struct awsc__ep_value *out);

static void set_list(struct awsc__ep_value *v, const struct awsc__ep_str *items, size_t count,
                     bool tuple)
{
    memset(v, 0, sizeof *v);
    v->type = AWSC__V_LIST;
    v->items = items;
    v->count = count;
    v->tuple = tuple;
}

/* The attribute of x of obj, before any index; false when obj has none. */
static bool attribute(const struct awsc_ep_expr *x, const struct awsc__ep_value *obj,
                      struct awsc__ep_value *out)
{
    const struct awsc__partition *p = obj->type == AWSC__V_PARTITION ? obj->partition : NULL;
    const struct awsc__ep_url *u = obj->type == AWSC__V_URL ? obj->url : NULL;
    const struct awsc__ep_arn *a = obj->type == AWSC__V_ARN ? obj->arn : NULL;
    switch (x->n & AWSC_EP_ATTR_MASK) {
    case AWSC_EP_ATTR_NAME:
        if (p)
            return set_cstr(out, awsc__partition_string(p->id)), true;
        break;
    case AWSC_EP_ATTR_DNS_SUFFIX:
        if (p)
            return set_cstr(out, awsc__partition_string(p->dns_suffix)), true;
        break;
    case AWSC_EP_ATTR_DUAL_STACK_DNS_SUFFIX:
        if (p)
            return set_cstr(out, awsc__partition_string(p->dual_stack_dns_suffix)), true;
        break;
    case AWSC_EP_ATTR_SUPPORTS_FIPS:
        if (p)
            return set_bool(out, p->supports_fips), true;
        break;
    case AWSC_EP_ATTR_SUPPORTS_DUAL_STACK:
        if (p)
            return set_bool(out, p->supports_dual_stack), true;
        break;
    case AWSC_EP_ATTR_IMPLICIT_GLOBAL_REGION:
        if (p)
            return set_cstr(out, awsc__partition_string(p->implicit_global_region)), true;
        break;
    case AWSC_EP_ATTR_SCHEME:
        if (u)
            return set_str(out, u->scheme.p, u->scheme.n), true;
        break;
    case AWSC_EP_ATTR_AUTHORITY:
        if (u)
            return set_str(out, u->authority.p, u->authority.n), true;
        break;
    case AWSC_EP_ATTR_PATH:
        if (u)
            return set_str(out, u->path.p, u->path.n), true;
        break;
    case AWSC_EP_ATTR_NORMALIZED_PATH:
        if (u)
            return set_str(out, u->normalized_path.p, u->normalized_path.n), true;
        break;
    case AWSC_EP_ATTR_IS_IP:
        if (u)
            return set_bool(out, u->is_ip), true;
        break;
    case AWSC_EP_ATTR_PARTITION:
        if (a)
            return set_str(out, a->partition.p, a->partition.n), true;
        break;
    case AWSC_EP_ATTR_SERVICE:
        if (a)
            return set_str(out, a->service.p, a->service.n), true;
        break;
    case AWSC_EP_ATTR_REGION:
        if (a)
            return set_str(out, a->region.p, a->region.n), true;
        break;
    case AWSC_EP_ATTR_ACCOUNT_ID:
        if (a)
            return set_str(out, a->account_id.p, a->account_id.n), true;
        break;
    case AWSC_EP_ATTR_RESOURCE_ID:
        if (a)
            return set_list(out, a->resource_id, a->resource_count, false), true;
        break;
    case AWSC_EP_ATTR_SELF:
        /* "[N]": the value itself, which the index needs to be a list (or
         * None) */
        if (obj->type == AWSC__V_LIST || obj->type == AWSC__V_NONE)
            return *out = *obj, true;
        break;
    default:
        break;
    }
    return false;
}

/* botocore's get_attr: the attribute, then "[N]" of it: None when it is
 * None or too short. */
static int get_attr(struct ev *e, const struct awsc_ep_expr *x, struct awsc__ep_value *out)
{
    struct awsc__ep_value obj;
    int status = eval(e, x->a, &obj);
    if (status != AWSC_OK)
        return status;
    if (attribute(x, &obj, out)) {
        unsigned index = x->n >> AWSC_EP_ATTR_INDEX_SHIFT; /* N + 1, or 0 */
        if (!index)
            return AWSC_OK;
        if (out->type == AWSC__V_LIST) {
            if (index > out->count)
                set_none(out);
            else
                set_str(out, out->items[index - 1].p, out->items[index - 1].n);
            return AWSC_OK;
        }
        if (out->type == AWSC__V_NONE)
            return AWSC_OK;
    }
    char what[160];
    describe(e, x->a, what, sizeof what);
    return awsc__fail(e->err, AWSC_E_ENDPOINT,
                      "Endpoint rule set of %s: getAttr of %s, a value of type %s, which has "
                      "no such attribute",
                      e->service, what, py_type(&obj));
}

/* str() of a template part, appended at dst (NULL: just measure). */
static size_t render(const struct awsc__ep_value *v, char *dst)
{
    char num[24];
    const char *p = NULL;
    size_t n = 0;
    if (v->type == AWSC__V_STRING) {
        p = v->s.p;
        n = v->s.n;
    } else if (v->type == AWSC__V_BOOL) {
        p = v->b ? "True" : "False";
        n = strlen(p);
    } else if (v->type == AWSC__V_INT) {
        n = (size_t)snprintf(num, sizeof num, "%d", v->i);
        p = num;
    }
    if (dst && n)
        memcpy(dst, p, n);
    return n;
}

static int eval_template(struct ev *e, const struct awsc_ep_expr *x, struct awsc__ep_value *out)
{
    struct awsc__ep_value parts[16];
    struct awsc__ep_value *v = parts;
    if (x->n > AWSC_ARRAY_LEN(parts)) {
        v = awsc__ep_alloc(&e->scratch, x->n * sizeof *v);
        if (!v)
            return nomem(e);
    }
    size_t total = 0;
    for (unsigned i = 0; i < x->n; i++) {
        uint16_t arg = e->args[x->a + i];
        int status = eval(e, arg, &v[i]);
        if (status != AWSC_OK)
            return status;
        if (v[i].type != AWSC__V_STRING && v[i].type != AWSC__V_BOOL && v[i].type != AWSC__V_INT) {
            char what[160];
            describe(e, arg, what, sizeof what);
            return awsc__fail(e->err, AWSC_E_ENDPOINT,
                              "Endpoint rule set of %s: a template needs %s, which is not set",
                              e->service, what);
        }
        total += render(&v[i], NULL);
    }
    char *buf = awsc__ep_alloc(&e->scratch, total + 1);
    if (!buf)
        return nomem(e);
    size_t k = 0;
    for (unsigned i = 0; i < x->n; i++)
        k += render(&v[i], buf + k);
    buf[k] = '\0';
    set_str(out, buf, k);
    return AWSC_OK;
}

static int call(struct ev *e, const struct awsc_ep_expr *x, struct awsc__ep_value *out)
{
    struct awsc__ep_value a[4];
    if (x->n > 4)
        return awsc__fail(e->err, AWSC_E_INTERNAL, "malformed endpoint rule set of %s", e->service);
    for (unsigned i = 0; i < x->n; i++) {
        int status = eval(e, e->args[x->a + i], &a[i]);
        if (status != AWSC_OK)
            return status;
    }
    switch (x->kind) {
    case AWSC_EP_IS_SET:
        set_bool(out, a[0].type != AWSC__V_NONE);
        return AWSC_OK;
    case AWSC_EP_NOT:
        set_bool(out, !truthy(&a[0]));
        return AWSC_OK;
    case AWSC_EP_BOOLEAN_EQUALS:
        if (a[0].type != AWSC__V_BOOL || a[1].type != AWSC__V_BOOL)
            return awsc__fail(e->err, AWSC_E_ENDPOINT,
                              "Both arguments must be bools, not %s and %s.", py_type(&a[0]),
                              py_type(&a[1]));
        set_bool(out, a[0].b == a[1].b);
        return AWSC_OK;
    case AWSC_EP_STRING_EQUALS:
        if (a[0].type != AWSC__V_STRING || a[1].type != AWSC__V_STRING)
            return awsc__fail(e->err, AWSC_E_ENDPOINT,
                              "Both values must be strings, not %s and %s.", py_type(&a[0]),
                              py_type(&a[1]));
        set_bool(out, a[0].s.n == a[1].s.n && memcmp(a[0].s.p, a[1].s.p, a[0].s.n) == 0);
        return AWSC_OK;
    case AWSC_EP_SUBSTRING: {
        if (a[0].type != AWSC__V_STRING)
            return awsc__fail(e->err, AWSC_E_ENDPOINT, "Input must be a string, not %s.",
                              py_type(&a[0]));
        struct awsc__ep_str s;
        if (a[1].type == AWSC__V_INT && a[2].type == AWSC__V_INT &&
            awsc__ep_substring(a[0].s, a[1].i, a[2].i, a[3].type == AWSC__V_BOOL && a[3].b, &s))
            set_str(out, s.p, s.n);
        else
            set_none(out);
        return AWSC_OK;
    }
    case AWSC_EP_URI_ENCODE:
        if (a[0].type != AWSC__V_STRING) {
            set_none(out);
            return AWSC_OK;
        }
        return awsc__ep_uri_encode(a[0].s, &e->scratch, out) == AWSC_OK ? AWSC_OK : nomem(e);
    case AWSC_EP_PARSE_URL:
        if (a[0].type != AWSC__V_STRING) {
            set_none(out);
            return AWSC_OK;
        }
        return awsc__ep_parse_url(a[0].s, &e->scratch, out) == AWSC_OK ? AWSC_OK : nomem(e);
    case AWSC_EP_IS_VALID_HOST_LABEL:
        set_bool(out, a[0].type == AWSC__V_STRING &&
                          awsc__ep_valid_host_label(a[0].s, a[1].type == AWSC__V_BOOL && a[1].b));
        return AWSC_OK;
    case AWSC_EP_PARTITION:
        set_none(out);
        out->type = AWSC__V_PARTITION;
        out->partition = awsc__ep_partition(a[0].type == AWSC__V_STRING ? &a[0].s : NULL);
        return AWSC_OK;
    case AWSC_EP_PARSE_ARN:
        if (a[0].type != AWSC__V_STRING) {
            set_none(out);
            return AWSC_OK;
        }
        return awsc__ep_parse_arn(a[0].s, &e->scratch, out) == AWSC_OK ? AWSC_OK : nomem(e);
    case AWSC_EP_IS_VIRTUAL_HOSTABLE_S3_BUCKET:
        set_bool(out, a[0].type == AWSC__V_STRING &&
                          awsc__ep_virtual_hostable_s3_bucket(a[0].s,
                                                              a[1].type == AWSC__V_BOOL && a[1].b));
        return AWSC_OK;
    default:
        return awsc__fail(e->err, AWSC_E_INTERNAL,
                          "endpoint rule set of %s: unknown function %d (awsc is older than "
                          "the generator that made it)",
                          e->service, x->kind);
    }
}

static int eval(struct ev *e, uint16_t idx, struct awsc__ep_value *out)
{
    const struct awsc_ep_expr *x = &e->exprs[idx];
    switch (x->kind) {
    case AWSC_EP_STRING: {
        const char *s = awsc_ep_string(e->rs, x->a);
        set_str(out, s, x->n ? x->n : strlen(s));
        return AWSC_OK;
    }
    case AWSC_EP_BOOL:
        set_bool(out, x->a != 0);
        return AWSC_OK;
    case AWSC_EP_INT:
        set_none(out);
        out->type = AWSC__V_INT;
        out->i = x->a;
        return AWSC_OK;
    case AWSC_EP_REF:
        *out = e->slots[x->a];
        return AWSC_OK;
    case AWSC_EP_TEMPLATE:
        return eval_template(e, x, out);
    case AWSC_EP_GET_ATTR:
        return get_attr(e, x, out);
    case AWSC_EP_ASSIGN: {
        int status = eval(e, x->a, out);
        if (status == AWSC_OK)
            e->slots[x->n] = *out;
        return status;
    }
    default:
        return call(e, x, out);
    }
}

/* ------------------------------------------------------------- rules */

static int conditions(struct ev *e, const struct awsc_ep_rule *r, bool *hold)
{
    *hold = false;
    for (unsigned i = 0; i < awsc_ep_rule_cond_count(r); i++) {
        struct awsc__ep_value v;
        int status = eval(e, e->args[r->cond + i], &v);
        if (status != AWSC_OK)
            return status;
        if (v.type == AWSC__V_NONE || (v.type == AWSC__V_BOOL && !v.b))
            return AWSC_OK;
    }
    *hold = true;
    return AWSC_OK;
}

/* The first endpoint or error rule reached from rules[first .. first+count). */
static int walk(struct ev *e, unsigned first, unsigned count, const struct awsc_ep_rule **hit,
                int depth)
{
    if (depth > 64)
        return awsc__fail(e->err, AWSC_E_INTERNAL, "endpoint rule set of %s nests too deep",
                          e->service);
    for (unsigned i = 0; i < count; i++) {
        const struct awsc_ep_rule *r = &e->rules[first + i];
        bool hold;
        int status = conditions(e, r, &hold);
        if (status != AWSC_OK)
            return status;
        if (!hold)
            continue;
        if (awsc_ep_rule_type(r) != AWSC_EP_RULE_TREE) {
            *hit = r;
            return AWSC_OK;
        }
        status = walk(e, r->a, r->n, hit, depth + 1);
        if (status != AWSC_OK || *hit)
            return status;
    }
    return AWSC_OK;
}

/* ---------------------------------------------------------- endpoints */

struct box {
    atomic_int refs;
    struct awsc_arena *arena;
    struct awsc_endpoint ep;
};

static struct box *box_of(const struct awsc_endpoint *ep)
{
    return (struct box *)(void *)((char *)(uintptr_t)ep - offsetof(struct box, ep));
}

const struct awsc_endpoint *awsc__endpoint_retain(const struct awsc_endpoint *ep)
{
    if (ep)
        atomic_fetch_add(&box_of(ep)->refs, 1);
    return ep;
}

void awsc__endpoint_release(const struct awsc_endpoint *ep)
{
    if (!ep)
        return;
    struct box *b = box_of(ep);
    if (atomic_fetch_sub(&b->refs, 1) == 1)
        awsc__arena_destroy(b->arena);
}

void awsc_endpoint_free(struct awsc_endpoint *ep)
{
    awsc__endpoint_release(ep);
}

/* An expression that must give a string, copied into the arena. */
static int string_into(struct ev *e, struct awsc_arena *a, uint16_t idx, const char *what,
                       const char **out)
{
    struct awsc__ep_value v;
    int status = eval(e, idx, &v);
    if (status != AWSC_OK)
        return status;
    if (v.type != AWSC__V_STRING)
        return awsc__fail(e->err, AWSC_E_ENDPOINT,
                          "Endpoint rule set of %s: the endpoint's %s is %s, not a string",
                          e->service, what, py_type(&v));
    *out = awsc__arena_strndup(a, v.s.p, v.s.n);
    return *out ? AWSC_OK : nomem(e);
}

static int property(struct ev *e, struct awsc_arena *a, uint16_t idx, struct awsc_document *d)
{
    const struct awsc_ep_prop *p = &e->props[idx];
    switch (p->type) {
    case AWSC_EP_PROP_OBJECT:
    case AWSC_EP_PROP_ARRAY: {
        bool obj = p->type == AWSC_EP_PROP_OBJECT;
        d->type = obj ? AWSC_DOC_OBJECT : AWSC_DOC_ARRAY;
        d->count = p->n;
        if (!p->n) {
            /* present and empty: any non-NULL address */
            if (obj)
                d->entries = (struct awsc_document_entry *)(void *)d;
            else
                d->items = d;
            return AWSC_OK;
        }
        if (obj)
            d->entries = awsc__arena_alloc(a, p->n * sizeof *d->entries);
        else
            d->items = awsc__arena_alloc(a, p->n * sizeof *d->items);
        if (obj ? !d->entries : !d->items)
            return nomem(e);
        for (unsigned i = 0; i < p->n; i++) {
            const struct awsc_ep_prop *c = &e->props[p->a + i];
            struct awsc_document *item = obj ? &d->entries[i].value : &d->items[i];
            if (obj) {
                d->entries[i].key = awsc_ep_string(e->rs, c->key);
            }
            int status = property(e, a, (uint16_t)(p->a + i), item);
            if (status != AWSC_OK)
                return status;
        }
        return AWSC_OK;
    }
    case AWSC_EP_PROP_STRING:
        d->type = AWSC_DOC_STRING;
        return string_into(e, a, p->a, "property", &d->string);
    case AWSC_EP_PROP_BOOL:
        d->type = AWSC_DOC_BOOL;
        d->boolean = p->a != 0;
        return AWSC_OK;
    case AWSC_EP_PROP_INT:
        d->type = AWSC_DOC_NUMBER;
        d->number = p->a;
        d->string = awsc__arena_printf(a, "%u", p->a);
        return d->string ? AWSC_OK : nomem(e);
    default:
        return awsc__fail(e->err, AWSC_E_INTERNAL, "malformed endpoint rule set of %s", e->service);
    }
}

static const struct awsc_document *member(const struct awsc_document *obj, const char *key)
{
    if (!obj || obj->type != AWSC_DOC_OBJECT)
        return NULL;
    for (size_t i = 0; i < obj->count; i++)
        if (strcmp(obj->entries[i].key, key) == 0)
            return &obj->entries[i].value;
    return NULL;
}

static const char *member_string(const struct awsc_document *obj, const char *key)
{
    const struct awsc_document *v = member(obj, key);
    return v && v->type == AWSC_DOC_STRING ? v->string : NULL;
}

/* authSchemes, decoded for the signer. */
static int auth_schemes(struct ev *e, struct awsc_arena *a, struct awsc_endpoint *ep)
{
    const struct awsc_document *list = member(ep->properties, "authSchemes");
    if (!list || list->type != AWSC_DOC_ARRAY || !list->count)
        return AWSC_OK;
    struct awsc_endpoint_auth_scheme *s = awsc__arena_alloc(a, list->count * sizeof *s);
    if (!s)
        return nomem(e);
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++) {
        const struct awsc_document *o = &list->items[i];
        if (o->type != AWSC_DOC_OBJECT)
            continue;
        struct awsc_endpoint_auth_scheme *x = &s[n++];
        x->name = member_string(o, "name");
        x->signing_name = member_string(o, "signingName");
        x->signing_region = member_string(o, "signingRegion");
        x->disable_double_encoding = -1;
        const struct awsc_document *dde = member(o, "disableDoubleEncoding");
        if (dde && dde->type == AWSC_DOC_BOOL)
            x->disable_double_encoding = dde->boolean;
        const struct awsc_document *set = member(o, "signingRegionSet");
        if (set && set->type == AWSC_DOC_ARRAY && set->count) {
            const char **regions = awsc__arena_alloc(a, set->count * sizeof *regions);
            if (!regions)
                return nomem(e);
            size_t k = 0;
            for (size_t j = 0; j < set->count; j++)
                if (set->items[j].type == AWSC_DOC_STRING)
                    regions[k++] = set->items[j].string;
            x->signing_region_set = regions;
            x->signing_region_set_count = k;
            if (!x->signing_region && k)
                x->signing_region = regions[0];
        }
    }
    ep->auth_schemes = s;
    ep->auth_scheme_count = n;
    return AWSC_OK;
}

static int build_endpoint(struct ev *e, const struct awsc_ep_endpoint *d,
                          struct awsc_endpoint **out)
{
    struct awsc_arena *a = awsc__arena_new();
    struct box *b = a ? awsc__arena_alloc(a, sizeof *b) : NULL;
    if (!b) {
        awsc__arena_destroy(a);
        return nomem(e);
    }
    atomic_init(&b->refs, 1);
    b->arena = a;
    struct awsc_endpoint *ep = &b->ep;
    int status = string_into(e, a, d->url, "url", &ep->url);
    if (status == AWSC_OK && d->headers != AWSC_EP_NONE) {
        /* an object whose members are the headers' arrays of values */
        const struct awsc_ep_prop *obj = &e->props[d->headers];
        size_t count = 0;
        for (unsigned i = 0; i < obj->n; i++)
            count += e->props[obj->a + i].n;
        struct awsc_endpoint_header *h = count ? awsc__arena_alloc(a, count * sizeof *h) : NULL;
        if (count && !h)
            status = nomem(e);
        size_t k = 0;
        for (unsigned i = 0; status == AWSC_OK && i < obj->n; i++) {
            const struct awsc_ep_prop *values = &e->props[obj->a + i];
            for (unsigned j = 0; status == AWSC_OK && j < values->n; j++, k++) {
                h[k].name = awsc_ep_string(e->rs, values->key);
                status = string_into(e, a, e->props[values->a + j].a, "header value", &h[k].value);
            }
        }
        ep->headers = h;
        ep->header_count = count;
    }
    if (status == AWSC_OK && d->properties != AWSC_EP_NONE) {
        struct awsc_document *props = awsc__arena_alloc(a, sizeof *props);
        status = props ? property(e, a, d->properties, props) : nomem(e);
        ep->properties = props;
        if (status == AWSC_OK)
            status = auth_schemes(e, a, ep);
    }
    if (status != AWSC_OK) {
        awsc__arena_destroy(a);
        return status;
    }
    *out = ep;
    return AWSC_OK;
}

/* botocore's S3 resolver drops the parameters S3's rules never refer to
 * (S3_UNREFERENCED_PARAMS: Key, Prefix, CopySource) before it resolves,
 * so they are neither checked nor shown in its messages. */
static bool excluded(const struct awsc_ruleset *rs, unsigned i)
{
    return (rs->flags & AWSC_EP_RS_S3) && (awsc_ruleset_params(rs)[i].flags & AWSC_EP_PF_UNUSED);
}

/* Python's repr() of a str, as botocore's messages print the strings of a
 * tuple: single quotes unless the text has one and no double quote. */
static void put_repr(struct awsc_buf *b, const char *s)
{
    char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    awsc__buf_putc(b, q);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == q || *p == '\\')
            awsc__buf_printf(b, "\\%c", *p);
        else if (*p == '\n')
            awsc__buf_puts(b, "\\n");
        else if (*p == '\r')
            awsc__buf_puts(b, "\\r");
        else if (*p == '\t')
            awsc__buf_puts(b, "\\t");
        else if (*p < 0x20 || *p == 0x7F)
            awsc__buf_printf(b, "\\x%02x", *p);
        else
            awsc__buf_putc(b, (char)*p);
    }
    awsc__buf_putc(b, q);
}

/* botocore: "No endpoint found for parameters:\nRegion: us-east-1\n...",
 * a stringArray as the tuple it is there: ('a', 'b'), ('a',), (). */
static int no_endpoint(struct ev *e, const struct awsc__ep_arg *args)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, "No endpoint found for parameters:");
    for (unsigned i = 0; i < e->rs->param_count; i++) {
        const struct awsc__ep_arg *v = &args[i];
        if (!v->type || excluded(e->rs, i))
            continue;
        awsc__buf_printf(&b, "\n%s: ", awsc_ruleset_param_name(e->rs, i));
        if (v->type == AWSC_EP_PARAM_STRING) {
            awsc__buf_puts(&b, v->string);
        } else if (v->type == AWSC_EP_PARAM_BOOLEAN) {
            awsc__buf_puts(&b, v->boolean ? "True" : "False");
        } else {
            awsc__buf_putc(&b, '(');
            for (size_t k = 0; k < v->count; k++) {
                if (k)
                    awsc__buf_puts(&b, ", ");
                put_repr(&b, v->strings[k]);
            }
            awsc__buf_puts(&b, v->count == 1 ? ",)" : ")");
        }
    }
    int status = b.failed ? nomem(e) : awsc__fail(e->err, AWSC_E_ENDPOINT, "%s", b.data);
    awsc__buf_clean_up(&b);
    return status;
}

/* A list value of strings: an argument's (strings, or packed one after the
 * other, as an operation's static parameter is kept), or a parameter's
 * default (the rule set's strings at offsets). */
static int set_strings(struct ev *e, struct awsc__ep_value *v, const char *const *strings,
                       const char *packed, const uint16_t *offsets, size_t count, bool tuple)
{
    struct awsc__ep_str *items = NULL;
    if (count) {
        items = awsc__ep_alloc(&e->scratch, count * sizeof *items);
        if (!items)
            return nomem(e);
        for (size_t i = 0; i < count; i++) {
            const char *str = strings  ? strings[i]
                              : packed ? packed
                                       : awsc_ep_string(e->rs, offsets[i]);
            items[i].p = str ? str : "";
            items[i].n = strlen(items[i].p);
            if (packed)
                packed += items[i].n + 1;
        }
    }
    set_list(v, items, count, tuple);
    return AWSC_OK;
}

static const char *param_type_name(uint8_t type)
{
    switch (type) {
    case AWSC_EP_PARAM_STRING:
        return "<class 'str'>";
    case AWSC_EP_PARAM_BOOLEAN:
        return "<class 'bool'>";
    default:
        return "<class 'tuple'>";
    }
}

int awsc__ruleset_eval(const struct awsc_ruleset *rs, const struct awsc__ep_arg *args,
                       struct awsc_endpoint **out, struct awsc_error *err)
{
    *out = NULL;
    if (!rs || rs->slot_count > AWSC_EP_MAX_SLOTS || rs->param_count > rs->slot_count)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "no usable endpoint rule set");
    struct ev *e = awsc__malloc(sizeof *e);
    if (!e)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    e->rs = rs;
    e->exprs = awsc_ruleset_exprs(rs);
    e->args = awsc_ruleset_args(rs);
    e->rules = awsc_ruleset_rules(rs);
    e->props = awsc_ruleset_props(rs);
    e->service = awsc_ruleset_service(rs);
    e->err = err;
    awsc__ep_scratch_init(&e->scratch);
    memset(e->slots, 0, rs->slot_count * sizeof e->slots[0]);

    /* botocore's process_input_parameters */
    const struct awsc__ep_arg unset = {0};
    int status = AWSC_OK;
    for (unsigned i = 0; status == AWSC_OK && i < rs->param_count; i++) {
        const struct awsc_ep_param *p = &awsc_ruleset_params(rs)[i];
        const char *name = awsc_ep_string(rs, p->name);
        const struct awsc__ep_arg *v = excluded(rs, i) ? &unset : &args[i];
        struct awsc__ep_value *slot = &e->slots[i];
        if (!v->type) {
            if (p->flags & AWSC_EP_PF_DEFAULT) {
                if (p->type == AWSC_EP_PARAM_STRING)
                    set_cstr(slot, awsc_ep_string(rs, p->default_string));
                else if (p->type == AWSC_EP_PARAM_BOOLEAN)
                    set_bool(slot, p->default_boolean);
                else
                    status = set_strings(e, slot, NULL, NULL,
                                         &awsc_ruleset_defaults(rs)[p->default_string],
                                         p->default_count, false);
            } else if (p->flags & AWSC_EP_PF_REQUIRED) {
                status = awsc__fail(err, AWSC_E_ENDPOINT,
                                    "Cannot find value for required parameter %s", name);
            }
        } else if (v->type != p->type) {
            status =
                awsc__fail(err, AWSC_E_INVALID_ARG, "Value (%s) is the wrong type. Must be %s.",
                           name, param_type_name(p->type));
        } else if (v->type == AWSC_EP_PARAM_STRING) {
            set_cstr(slot, v->string ? v->string : "");
        } else if (v->type == AWSC_EP_PARAM_BOOLEAN) {
            set_bool(slot, v->boolean);
        } else {
            status = set_strings(e, slot, v->strings, v->packed, NULL, v->count, true);
        }
    }

    const struct awsc_ep_rule *hit = NULL;
    if (status == AWSC_OK)
        status = walk(e, 0, rs->rule_count, &hit, 0);
    if (status == AWSC_OK && !hit)
        status = no_endpoint(e, args);
    if (status == AWSC_OK && awsc_ep_rule_type(hit) == AWSC_EP_RULE_ERROR) {
        struct awsc__ep_value msg;
        status = eval(e, hit->a, &msg);
        if (status == AWSC_OK)
            status = msg.type == AWSC__V_STRING
                         ? awsc__fail(err, AWSC_E_ENDPOINT, "%.*s", (int)msg.s.n, msg.s.p)
                         : awsc__fail(err, AWSC_E_ENDPOINT,
                                      "Endpoint rule set of %s: an error rule without a message",
                                      e->service);
    } else if (status == AWSC_OK) {
        status = build_endpoint(e, &awsc_ruleset_endpoints(rs)[hit->a], out);
    }
    awsc__ep_scratch_clean_up(&e->scratch);
    awsc__free(e);
    return status;
}
