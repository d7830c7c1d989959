/*
 * Resolving endpoints: binding a rule set's parameters (botocore's
 * EndpointRulesetResolver._get_provider_params), the per-client cache of
 * results by parameter set, the public resolve functions, and the signing
 * parameters an endpoint asks for (auth_schemes_to_signing_ctx).
 */
#include "endpoint.h"

#include "paginate/jp.h"

#include <pthread.h>
#include <string.h>

/* ---------------------------------------------------------- binding */

static const char *const BUILTIN_NAMES[AWSC_EP_BUILTIN_COUNT] = {
    [AWSC_EP_BUILTIN_REGION] = "AWS::Region",
    [AWSC_EP_BUILTIN_USE_FIPS] = "AWS::UseFIPS",
    [AWSC_EP_BUILTIN_USE_DUAL_STACK] = "AWS::UseDualStack",
    [AWSC_EP_BUILTIN_ENDPOINT] = "SDK::Endpoint",
    [AWSC_EP_BUILTIN_S3_FORCE_PATH_STYLE] = "AWS::S3::ForcePathStyle",
    [AWSC_EP_BUILTIN_S3_ACCELERATE] = "AWS::S3::Accelerate",
    [AWSC_EP_BUILTIN_S3_USE_ARN_REGION] = "AWS::S3::UseArnRegion",
    [AWSC_EP_BUILTIN_S3_USE_GLOBAL_ENDPOINT] = "AWS::S3::UseGlobalEndpoint",
    [AWSC_EP_BUILTIN_S3_DISABLE_MRAP] = "AWS::S3::DisableMultiRegionAccessPoints",
    [AWSC_EP_BUILTIN_S3CONTROL_USE_ARN_REGION] = "AWS::S3Control::UseArnRegion",
    [AWSC_EP_BUILTIN_STS_USE_GLOBAL_ENDPOINT] = "AWS::STS::UseGlobalEndpoint",
    [AWSC_EP_BUILTIN_ACCOUNT_ID] = "AWS::Auth::AccountId",
    [AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE] = "AWS::Auth::AccountIdEndpointMode",
};

int awsc__endpoint_builtin_id(const char *name)
{
    for (int i = 1; name && i < AWSC_EP_BUILTIN_COUNT; i++)
        if (strcmp(BUILTIN_NAMES[i], name) == 0)
            return i;
    return AWSC_EP_BUILTIN_NONE;
}

static void arg_from_param(const struct awsc_endpoint_param *p, struct awsc__ep_arg *out)
{
    memset(out, 0, sizeof *out);
    out->type = p->type;
    out->boolean = p->boolean;
    out->string = p->string;
    out->strings = p->strings;
    out->count = p->string_count;
    if (p->type == AWSC_EP_PARAM_STRING && !p->string)
        out->type = 0;
    if (p->type == AWSC_EP_PARAM_STRING_ARRAY && !p->strings && p->string_count)
        out->type = 0;
}

/* An operation's static context parameter as a value (a list's strings
 * stay where the tables keep them, one after the other: packed). */
static void arg_from_static(const struct awsc_endpoint_static_param *p, struct awsc__ep_arg *out)
{
    memset(out, 0, sizeof *out);
    out->type = p->type;
    out->boolean = p->boolean;
    if (p->type == AWSC_EP_PARAM_STRING) {
        out->string = awsc_endpoint_static_param_value(p);
    } else if (p->type == AWSC_EP_PARAM_STRING_ARRAY) {
        out->packed = awsc_endpoint_static_param_value(p);
        out->count = p->value_count;
    }
}

static bool same(const char *a, const char *b)
{
    return a[0] == b[0] && strcmp(a, b) == 0;
}

/* botocore's ArnParser.is_arn: "arn:" and at least six ':'-separated
 * parts. */
static bool is_arn(const char *s)
{
    if (!s || strncmp(s, "arn:", 4) != 0)
        return false;
    int colons = 0;
    for (; *s; s++)
        colons += *s == ':';
    return colons >= 5;
}

int awsc__endpoint_bind(const struct awsc_ruleset *rs, const struct awsc_operation *op,
                        awsc__ep_member_fn *member, void *ud,
                        const struct awsc__endpoint_builtins *builtins,
                        const struct awsc_endpoint_param *client, size_t client_count,
                        struct awsc__ep_arg *args, struct awsc_error *err)
{
    if (rs->param_count > AWSC_EP_MAX_SLOTS)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "malformed endpoint rule set of %s",
                          awsc_ruleset_service(rs));
    memset(args, 0, rs->param_count * sizeof *args);
    struct awsc__endpoint_builtins b;
    if (builtins)
        b = *builtins;
    else
        memset(&b, 0, sizeof b);

    /* the operation's parameters (none without an operation) */
    const struct awsc_endpoint_static_param *statics = op ? awsc_operation_static_params(op) : NULL;
    unsigned static_count = op ? op->static_param_count : 0;
    const struct awsc_endpoint_context_param *contexts =
        op ? awsc_operation_context_params(op) : NULL;
    unsigned context_count = op && member ? op->context_param_count : 0;

    /* S3's before-endpoint-resolution handler (customize_endpoint_resolver_
     * builtins): GetBucketLocation always goes path-style; an ARN bucket
     * never does. */
    if ((rs->flags & AWSC_EP_RS_S3) && op && !b.as_given) {
        const char *op_name = awsc_operation_name(op);
        if (op_name && strcmp(op_name, "GetBucketLocation") == 0) {
            b.boolean[AWSC_EP_BUILTIN_S3_FORCE_PATH_STYLE] = 1;
        } else {
            for (unsigned i = 0; i < context_count; i++) {
                const struct awsc_endpoint_context_param *cp = &contexts[i];
                const char *m = awsc_endpoint_context_param_member(cp);
                if (!m || strcmp(m, "Bucket") != 0)
                    continue;
                struct awsc__ep_arg v = {0};
                int status = member(ud, cp, &v, err);
                if (status != AWSC_OK)
                    return status;
                if (v.type == AWSC_EP_PARAM_STRING && is_arn(v.string))
                    b.boolean[AWSC_EP_BUILTIN_S3_FORCE_PATH_STYLE] = -1;
            }
        }
    }

    for (unsigned i = 0; i < rs->param_count; i++) {
        const struct awsc_ep_param *p = &awsc_ruleset_params(rs)[i];
        const char *name = awsc_ep_string(rs, p->name);
        struct awsc__ep_arg *v = &args[i];
        /* 1. the operation's static context parameters */
        for (unsigned k = 0; !v->type && k < static_count; k++)
            if (same(awsc_endpoint_static_param_name(&statics[k]), name))
                arg_from_static(&statics[k], v);
        /* 2. the input members marked contextParam, then the expressions
         * of operationContextParams (the generator lists them in that
         * order) */
        for (unsigned k = 0; !v->type && k < context_count; k++) {
            if (!same(awsc_endpoint_context_param_name(&contexts[k]), name))
                continue;
            int status = member(ud, &contexts[k], v, err);
            if (status != AWSC_OK)
                return status;
        }
        /* 3. client context parameters the service declares */
        if (!v->type && (p->flags & AWSC_EP_PF_CLIENT_CONTEXT))
            for (size_t k = 0; k < client_count && !v->type; k++)
                if (client[k].name && same(client[k].name, name))
                    arg_from_param(&client[k], v);
        /* 4. the built-in values */
        if (!v->type && p->builtin != AWSC_EP_BUILTIN_NONE && p->builtin < AWSC_EP_BUILTIN_COUNT) {
            if (p->type == AWSC_EP_PARAM_STRING && b.string[p->builtin]) {
                v->type = AWSC_EP_PARAM_STRING;
                v->string = b.string[p->builtin];
            } else if (p->type == AWSC_EP_PARAM_BOOLEAN && b.boolean[p->builtin]) {
                v->type = AWSC_EP_PARAM_BOOLEAN;
                v->boolean = b.boolean[p->builtin] > 0;
            }
        }
    }
    return AWSC_OK;
}

/* ------------------------------------------------------------ cache */

#define BUCKETS 256

struct entry {
    uint64_t hash;
    const struct awsc_ruleset *rs;
    char *key;
    size_t key_len;
    const struct awsc_endpoint *ep;
    uint64_t used;
    int next; /* in its bucket's chain; -1 ends it */
};

struct awsc__endpoint_cache {
    pthread_mutex_t lock;
    size_t cap;
    size_t count;
    uint64_t tick;
    unsigned long hits, misses;
    struct entry *entries;
    int buckets[BUCKETS];
};

int awsc__endpoint_cache_new(size_t capacity, struct awsc__endpoint_cache **out)
{
    *out = NULL;
    struct awsc__endpoint_cache *c = awsc__calloc(1, sizeof *c);
    if (!c)
        return AWSC_E_NOMEM;
    c->cap = capacity ? capacity : AWSC__EP_CACHE_SIZE;
    c->entries = awsc__calloc(c->cap, sizeof *c->entries);
    if (!c->entries || pthread_mutex_init(&c->lock, NULL) != 0) {
        awsc__free(c->entries);
        awsc__free(c);
        return AWSC_E_NOMEM;
    }
    for (int i = 0; i < BUCKETS; i++)
        c->buckets[i] = -1;
    *out = c;
    return AWSC_OK;
}

void awsc__endpoint_cache_destroy(struct awsc__endpoint_cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->count; i++) {
        awsc__free(c->entries[i].key);
        awsc__endpoint_release(c->entries[i].ep);
    }
    pthread_mutex_destroy(&c->lock);
    awsc__free(c->entries);
    awsc__free(c);
}

void awsc__endpoint_cache_stats(struct awsc__endpoint_cache *c, unsigned long *hits,
                                unsigned long *misses)
{
    pthread_mutex_lock(&c->lock);
    *hits = c->hits;
    *misses = c->misses;
    pthread_mutex_unlock(&c->lock);
}

/* One string of a key: its length (4 bytes), then its bytes. */
static size_t key_string(const char *s, char *buf, size_t cap, size_t n)
{
    size_t len = strlen(s);
    uint32_t len32 = (uint32_t)len;
    if (n + 4 + len <= cap) {
        memcpy(buf + n, &len32, 4);
        memcpy(buf + n + 4, s, len);
    }
    return n + 4 + len;
}

/* The parameter set as bytes: per parameter 0 (unset), 1 (false), 2
 * (true), 3 and the string, or 4, the count (4 bytes) and the strings;
 * only the type (8 + type) of a parameter no rule reads (as botocore keeps
 * S3's Key out of its cache). Written into buf when it fits; returns the
 * size either way. */
static size_t key_write(const struct awsc_ruleset *rs, const struct awsc__ep_arg *args, char *buf,
                        size_t cap)
{
    size_t n = 0;
    for (unsigned i = 0; i < rs->param_count; i++) {
        const struct awsc__ep_arg *a = &args[i];
        if (awsc_ruleset_params(rs)[i].flags & AWSC_EP_PF_UNUSED) {
            /* no rule reads its value (S3's Key, Prefix, CopySource), only
             * its type is checked */
            if (n < cap)
                buf[n] = (char)(8 + a->type);
            n++;
        } else if (a->type == AWSC_EP_PARAM_STRING) {
            if (n < cap)
                buf[n] = 3;
            n = key_string(a->string, buf, cap, n + 1);
        } else if (a->type == AWSC_EP_PARAM_STRING_ARRAY) {
            uint32_t count32 = (uint32_t)a->count;
            if (n + 5 <= cap) {
                buf[n] = 4;
                memcpy(buf + n + 1, &count32, 4);
            }
            n += 5;
            for (size_t k = 0; k < a->count; k++)
                n = key_string(awsc__ep_arg_string(a, k), buf, cap, n);
        } else {
            if (n < cap)
                buf[n] = (char)(a->type == AWSC_EP_PARAM_BOOLEAN ? 1 + a->boolean : 0);
            n++;
        }
    }
    return n;
}

/* A 64-bit hash of the key, eight bytes at a time, seeded with the rule
 * set. */
static uint64_t key_hash(const struct awsc_ruleset *rs, const char *k, size_t n)
{
    const uint64_t m = 0x9E3779B97F4A7C15ull;
    uint64_t h = (uint64_t)(uintptr_t)rs ^ (n * m);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, k + i, 8);
        h = (h ^ w) * m;
        h ^= h >> 29;
    }
    uint64_t w = 0;
    memcpy(&w, k + i, n - i);
    h = (h ^ w) * m;
    h ^= h >> 32;
    return h;
}

static void unchain(struct awsc__endpoint_cache *c, int idx)
{
    int *link = &c->buckets[c->entries[idx].hash % BUCKETS];
    while (*link != idx)
        link = &c->entries[*link].next;
    *link = c->entries[idx].next;
}

int awsc__ruleset_resolve_cached(struct awsc__endpoint_cache *c, const struct awsc_ruleset *rs,
                                 const struct awsc__ep_arg *args, const struct awsc_endpoint **out,
                                 struct awsc_error *err)
{
    *out = NULL;
    if (!c) {
        struct awsc_endpoint *ep;
        int status = awsc__ruleset_eval(rs, args, &ep, err);
        *out = ep;
        return status;
    }
    char stack[512];
    char *key = stack;
    size_t n = key_write(rs, args, stack, sizeof stack);
    if (n > sizeof stack) {
        key = awsc__malloc(n);
        if (!key)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        key_write(rs, args, key, n);
    }
    uint64_t h = key_hash(rs, key, n);

    pthread_mutex_lock(&c->lock);
    for (int i = c->buckets[h % BUCKETS]; i >= 0; i = c->entries[i].next) {
        struct entry *e = &c->entries[i];
        if (e->hash == h && e->rs == rs && e->key_len == n && memcmp(e->key, key, n) == 0) {
            e->used = ++c->tick;
            c->hits++;
            *out = awsc__endpoint_retain(e->ep);
            pthread_mutex_unlock(&c->lock);
            if (key != stack)
                awsc__free(key);
            return AWSC_OK;
        }
    }
    c->misses++;
    pthread_mutex_unlock(&c->lock);

    struct awsc_endpoint *ep;
    int status = awsc__ruleset_eval(rs, args, &ep, err);
    if (status != AWSC_OK) {
        if (key != stack)
            awsc__free(key);
        return status;
    }
    char *copy = key != stack ? key : awsc__malloc(n ? n : 1);
    if (copy && key == stack)
        memcpy(copy, key, n);
    if (copy) {
        pthread_mutex_lock(&c->lock);
        int idx;
        if (c->count < c->cap) {
            idx = (int)c->count++;
        } else {
            /* evict the least recently used */
            idx = 0;
            for (size_t i = 1; i < c->count; i++)
                if (c->entries[i].used < c->entries[idx].used)
                    idx = (int)i;
            unchain(c, idx);
            awsc__free(c->entries[idx].key);
            awsc__endpoint_release(c->entries[idx].ep);
        }
        struct entry *e = &c->entries[idx];
        e->hash = h;
        e->rs = rs;
        e->key = copy;
        e->key_len = n;
        e->ep = awsc__endpoint_retain(ep);
        e->used = ++c->tick;
        e->next = c->buckets[h % BUCKETS];
        c->buckets[h % BUCKETS] = idx;
        pthread_mutex_unlock(&c->lock);
    }
    /* (a failed copy only means the result is not cached) */
    *out = ep;
    return AWSC_OK;
}

/* ------------------------------------------------------- public API */

int awsc_ruleset_resolve(const struct awsc_ruleset *rs, const struct awsc_endpoint_param *params,
                         size_t count, struct awsc_endpoint **out, struct awsc_error *err)
{
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_ruleset_resolve: out is NULL");
    *out = NULL;
    if (!rs)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_ruleset_resolve: no rule set");
    if (count && !params)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_ruleset_resolve: params is NULL");
    if (rs->param_count > AWSC_EP_MAX_SLOTS)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "malformed endpoint rule set of %s",
                          awsc_ruleset_service(rs));
    struct awsc__ep_arg args[AWSC_EP_MAX_SLOTS];
    memset(args, 0, sizeof args);
    for (unsigned i = 0; i < rs->param_count; i++)
        for (size_t k = 0; k < count; k++)
            if (params[k].name && strcmp(params[k].name, awsc_ruleset_param_name(rs, i)) == 0)
                arg_from_param(&params[k], &args[i]);
    return awsc__ruleset_eval(rs, args, out, err);
}

/* A service built without its endpoint rule set. */
static int no_ruleset(const struct awsc_service *svc, struct awsc_error *err)
{
    const char *id = awsc_service_service_id(svc);
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "%s was built without its endpoint rule set; set an endpoint_url",
                      id ? id : awsc_service_name(svc));
}

int awsc_endpoint_resolve(const struct awsc_service *svc, const struct awsc_endpoint_param *params,
                          size_t count, struct awsc_endpoint **out, struct awsc_error *err)
{
    if (out)
        *out = NULL;
    if (!svc)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_endpoint_resolve: service is NULL");
    if (!awsc_service_ruleset(svc))
        return no_ruleset(svc, err);
    return awsc_ruleset_resolve(awsc_service_ruleset(svc), params, count, out, err);
}

/* ------------------------------------------------------ the call path */

int awsc__endpoint_context_path(const struct awsc_endpoint_context_param *cp,
                                const struct awsc__jv *root, struct awsc_arena *arena,
                                struct awsc__ep_arg *out, struct awsc_error *err)
{
    memset(out, 0, sizeof *out);
    struct awsc__jv v;
    const struct awsc_jmespath *path = awsc_endpoint_context_param_path(cp);
    int status = awsc__jp_eval(path, root, arena, &v, err);
    if (status != AWSC_OK)
        return status;
    switch (v.kind) {
    case AWSC__JV_NULL:
        return AWSC_OK;
    case AWSC__JV_STRING:
        out->type = AWSC_EP_PARAM_STRING;
        out->string = v.string;
        return AWSC_OK;
    case AWSC__JV_BOOL:
        out->type = AWSC_EP_PARAM_BOOLEAN;
        out->boolean = v.boolean;
        return AWSC_OK;
    case AWSC__JV_ARRAY: {
        size_t n = awsc__jv_count(&v);
        const char **strings = n ? awsc__arena_alloc(arena, n * sizeof *strings) : NULL;
        if (n && !strings)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        for (size_t i = 0; i < n; i++) {
            struct awsc__jv item = awsc__jv_at(&v, i);
            if (item.kind != AWSC__JV_STRING)
                return awsc__fail(err, AWSC_E_INVALID_ARG,
                                  "the endpoint parameter %s (%s) holds a value that is not a "
                                  "string",
                                  awsc_endpoint_context_param_name(cp), awsc_jmespath_text(path));
            strings[i] = item.string;
        }
        out->type = AWSC_EP_PARAM_STRING_ARRAY;
        out->strings = strings;
        out->count = n;
        return AWSC_OK;
    }
    default:
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "the endpoint parameter %s (%s) is not a string, a boolean or a list "
                          "of strings",
                          awsc_endpoint_context_param_name(cp), awsc_jmespath_text(path));
    }
}

/* What input_member reads: the operation's input struct, and an arena for
 * the lists the expressions of operationContextParams make (made when
 * first needed). */
struct input_ref {
    const struct awsc_operation *op;
    const void *input;
    struct awsc_arena *arena;
};

/* A context parameter's member read from an input struct. */
static int input_member(void *ud, const struct awsc_endpoint_context_param *cp,
                        struct awsc__ep_arg *out, struct awsc_error *err)
{
    struct input_ref *ref = ud;
    const struct awsc_operation *op = ref->op;
    const unsigned char *input = ref->input;
    memset(out, 0, sizeof *out);
    if (!input || !awsc_operation_input(op))
        return AWSC_OK;
    if (cp->path_ref) {
        if (!ref->arena && !(ref->arena = awsc__arena_new()))
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        struct awsc__jv root = awsc__jv_of(awsc_operation_input(op), input);
        return awsc__endpoint_context_path(cp, &root, ref->arena, out, err);
    }
    if (cp->member_index >= awsc_shape_member_count(awsc_operation_input(op)))
        return AWSC_OK;
    const struct awsc_member *m = &awsc_shape_members(awsc_operation_input(op))[cp->member_index];
    const void *field = input + m->offset;
    if (awsc_member_shape(m)->type == AWSC_SHAPE_STRING) {
        const char *s = *(const char *const *)field;
        if (s) {
            out->type = AWSC_EP_PARAM_STRING;
            out->string = s;
        }
    } else if (awsc_member_shape(m)->type == AWSC_SHAPE_BOOLEAN) {
        bool present = awsc_member_has_offset(m) == AWSC_NO_PRESENCE ||
                       *(const bool *)(input + awsc_member_has_offset(m));
        if (present) {
            out->type = AWSC_EP_PARAM_BOOLEAN;
            out->boolean = *(const bool *)field;
        }
    }
    return AWSC_OK;
}

int awsc__endpoint_resolve(struct awsc__endpoint_cache *cache, const struct awsc_service *svc,
                           const struct awsc__endpoint_config *cfg, const struct awsc_operation *op,
                           const void *input, const struct awsc_endpoint **out,
                           struct awsc_error *err)
{
    *out = NULL;
    if (!svc || !cfg)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__endpoint_resolve: missing arguments");
    const struct awsc_ruleset *rs = awsc_service_ruleset(svc);
    if (!rs)
        return no_ruleset(svc, err);
    struct awsc__ep_arg args[AWSC_EP_MAX_SLOTS];
    struct input_ref ref = {op, input, NULL};
    int status = awsc__endpoint_bind(rs, op, input_member, &ref, &cfg->builtins, cfg->client_params,
                                     cfg->client_param_count, args, err);
    if (status == AWSC_OK)
        status = awsc__ruleset_resolve_cached(cache, rs, args, out, err);
    awsc__arena_destroy(ref.arena);
    return status;
}

/* ------------------------------------------------------- the request */

int awsc__endpoint_url_join(const char *endpoint_url, const char *host_prefix, const char *path,
                            size_t path_len, const char *query, size_t query_len,
                            struct awsc_buf *out, struct awsc_error *err)
{
    const char *sep = endpoint_url ? strstr(endpoint_url, "://") : NULL;
    if (!sep)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "not an endpoint URL: %s",
                          endpoint_url ? endpoint_url : "(null)");
    const char *host = sep + 3;
    size_t host_len = strcspn(host, "/?#");
    const char *base = host + host_len; /* the endpoint's own path */
    size_t base_len = strcspn(base, "?#");
    awsc__buf_append(out, endpoint_url, (size_t)(host - endpoint_url));
    if (host_prefix)
        awsc__buf_puts(out, host_prefix);
    awsc__buf_append(out, host, host_len);
    if (!path_len || (path_len == 1 && path[0] == '/')) {
        if (base_len)
            awsc__buf_append(out, base, base_len);
        else
            awsc__buf_putc(out, '/');
    } else if (base_len && base[base_len - 1] == '/' && path[0] == '/') {
        awsc__buf_append(out, base, base_len - 1);
        awsc__buf_append(out, path, path_len);
    } else {
        awsc__buf_append(out, base, base_len);
        awsc__buf_append(out, path, path_len);
    }
    /* the endpoint URL's own query and fragment (rule sets make none) */
    awsc__buf_puts(out, base + base_len);
    if (query_len) {
        awsc__buf_putc(out, strchr(endpoint_url, '?') ? '&' : '?');
        awsc__buf_append(out, query, query_len);
    }
    return out->failed ? awsc__fail(err, AWSC_E_NOMEM, "out of memory") : AWSC_OK;
}

const char *awsc__endpoint_request_uri(const struct awsc_operation *op)
{
    static const char bucket[] = "/{Bucket}";
    const char *uri = awsc_operation_request_uri(op);
    if (!uri)
        uri = "/";
    const struct awsc_service *svc = awsc_operation_service(op);
    const struct awsc_ruleset *rs = svc ? awsc_service_ruleset(svc) : NULL;
    if (rs && (rs->flags & AWSC_EP_RS_S3) && strncmp(uri, bucket, sizeof bucket - 1) == 0)
        return uri + sizeof bucket - 1;
    return uri;
}

/* ------------------------------------------------------------ signing */

int awsc__endpoint_auth(const struct awsc_endpoint *ep, const struct awsc_service *svc,
                        const char *client_region, struct awsc__endpoint_auth *out,
                        struct awsc_error *err)
{
    out->scheme = "sigv4";
    out->signing_name = svc ? awsc_service_signing_name(svc) : NULL;
    out->signing_region = client_region;
    out->disable_double_encoding = -1;
    out->region_set = NULL;
    out->region_set_count = 0;
    if (!ep || !ep->auth_scheme_count)
        return AWSC_OK;
    for (size_t i = 0; i < ep->auth_scheme_count; i++) {
        const struct awsc_endpoint_auth_scheme *s = &ep->auth_schemes[i];
        bool v4a = s->name && strcmp(s->name, "sigv4a") == 0;
        if (!s->name || (strcmp(s->name, "sigv4") != 0 && !v4a))
            continue;
        out->scheme = v4a ? "sigv4a" : "sigv4";
        if (s->signing_name)
            out->signing_name = s->signing_name;
        if (s->signing_region && !v4a)
            out->signing_region = s->signing_region;
        if (v4a) {
            out->region_set = s->signing_region_set;
            out->region_set_count = s->signing_region_set_count;
        }
        out->disable_double_encoding = s->disable_double_encoding;
        return AWSC_OK;
    }
    struct awsc_buf names = AWSC_BUF_INIT;
    for (size_t i = 0; i < ep->auth_scheme_count; i++)
        awsc__buf_printf(&names, "%s%s", i ? ", " : "",
                         ep->auth_schemes[i].name ? ep->auth_schemes[i].name : "?");
    int status = awsc__fail(err, AWSC_E_UNSUPPORTED,
                            "The endpoint %s requires the auth scheme %s, which awsc does not "
                            "support (awsc signs with sigv4 and sigv4a)",
                            ep->url, names.data ? names.data : "?");
    awsc__buf_clean_up(&names);
    return status;
}
