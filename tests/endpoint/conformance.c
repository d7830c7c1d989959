/*
 * Endpoint rule-set conformance: every case of botocore's
 * functional/endpoint-rules/<service>/endpoint-tests-1.json against the
 * rule sets compiled from models/ (ep_rulesets_*.c, ep_services.c, made
 * by codegen/endpoints.py at build time).
 *
 *   endpoint_conformance RULES_DIR SKIP_FILE [SERVICE ...]
 *
 * Each case's "params" are resolved twice through a per-service cache (a
 * miss, then a hit) and both results compared with the expectation: the
 * URL, every property and every header, or the exact error message. A
 * case with "operationInputs" is also resolved the way a call resolves
 * it: the operation's static context parameters and its contextParam
 * members (read from operationParams) bound from the generated operation
 * tables, the builtInParams as the client's built-in values, and the
 * operation's operationContextParams (compiled JMESPath) evaluated on
 * operationParams.
 *
 * SKIP_FILE lists cases that are not compared, one a line:
 *   SERVICE CASE-INDEX SCOPE  reason
 * SCOPE is "case" (nothing of the case is compared) or "operationInputs"
 * (its params are compared, its operationInputs are not). A skipped case
 * still runs (a crash fails the test) and counts as skipped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#include "endpoint/endpoint.h"
#include "paginate/jp.h"

extern const struct awsc_service *const awsc__ept_services[];
extern const size_t awsc__ept_service_count;

#define MAX_SKIPS 256

struct skip {
    char service[64];
    long index;
    char scope[32];
};
static struct skip skips[MAX_SKIPS];
static size_t skip_count;
static int verbose_failures = 20; /* details printed per run */

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        awsc__buf_append(&b, chunk, n);
    fclose(f);
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return NULL;
    }
    return awsc__buf_steal(&b);
}

static void load_skips(const char *path)
{
    char *text = read_file(path);
    if (!text) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(2);
    }
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        while (*line == ' ' || *line == '\t')
            line++;
        if (!*line || *line == '#')
            continue;
        struct skip s;
        if (sscanf(line, "%63s %ld %31s", s.service, &s.index, s.scope) != 3 ||
            (strcmp(s.scope, "case") != 0 && strcmp(s.scope, "operationInputs") != 0)) {
            fprintf(stderr, "%s: malformed line: %s\n", path, line);
            exit(2);
        }
        if (skip_count == MAX_SKIPS) {
            fprintf(stderr, "%s: too many lines\n", path);
            exit(2);
        }
        skips[skip_count++] = s;
    }
    awsc__free(text);
}

/* The scope a case is skipped in, or NULL. */
static const char *skipped(const char *service, long index)
{
    for (size_t i = 0; i < skip_count; i++)
        if (skips[i].index == index && strcmp(skips[i].service, service) == 0)
            return skips[i].scope;
    return NULL;
}

static yajl_val get(yajl_val obj, const char *key)
{
    if (!YAJL_IS_OBJECT(obj))
        return NULL;
    for (size_t i = 0; i < obj->u.object.len; i++)
        if (strcmp(obj->u.object.keys[i], key) == 0)
            return obj->u.object.values[i];
    return NULL;
}

/* ------------------------------------------------------- comparison */

static bool doc_equal(yajl_val want, const struct awsc_document *got)
{
    if (YAJL_IS_OBJECT(want)) {
        if (!got || got->type != AWSC_DOC_OBJECT || got->count != want->u.object.len)
            return false;
        for (size_t i = 0; i < want->u.object.len; i++) {
            const struct awsc_document *v = NULL;
            for (size_t k = 0; k < got->count; k++)
                if (strcmp(got->entries[k].key, want->u.object.keys[i]) == 0)
                    v = &got->entries[k].value;
            if (!v || !doc_equal(want->u.object.values[i], v))
                return false;
        }
        return true;
    }
    if (YAJL_IS_ARRAY(want)) {
        if (!got || got->type != AWSC_DOC_ARRAY || got->count != want->u.array.len)
            return false;
        for (size_t i = 0; i < got->count; i++)
            if (!doc_equal(want->u.array.values[i], &got->items[i]))
                return false;
        return true;
    }
    if (YAJL_IS_STRING(want))
        return got && got->type == AWSC_DOC_STRING && strcmp(got->string, want->u.string) == 0;
    if (YAJL_IS_TRUE(want) || YAJL_IS_FALSE(want))
        return got && got->type == AWSC_DOC_BOOL && got->boolean == YAJL_IS_TRUE(want);
    if (YAJL_IS_NUMBER(want))
        return got && got->type == AWSC_DOC_NUMBER && got->number == YAJL_GET_DOUBLE(want);
    return false;
}

static bool headers_equal(yajl_val want, const struct awsc_endpoint *ep)
{
    size_t want_values = 0;
    if (want && YAJL_IS_OBJECT(want)) {
        for (size_t i = 0; i < want->u.object.len; i++) {
            yajl_val values = want->u.object.values[i];
            if (!YAJL_IS_ARRAY(values))
                return false;
            size_t k = 0;
            for (size_t j = 0; j < ep->header_count; j++) {
                if (strcmp(ep->headers[j].name, want->u.object.keys[i]) != 0)
                    continue;
                if (k >= values->u.array.len || !YAJL_IS_STRING(values->u.array.values[k]) ||
                    strcmp(values->u.array.values[k]->u.string, ep->headers[j].value) != 0)
                    return false;
                k++;
            }
            if (k != values->u.array.len)
                return false;
            want_values += k;
        }
    }
    return want_values == ep->header_count;
}

/* NULL when the result matches the expectation, else what differs. */
static const char *compare(yajl_val expect, int status, const struct awsc_endpoint *ep,
                           const struct awsc_error *err)
{
    yajl_val error = get(expect, "error");
    yajl_val endpoint = get(expect, "endpoint");
    if (error) {
        if (status == AWSC_OK)
            return "expected an error, got an endpoint";
        if (!YAJL_IS_STRING(error) || !err->message || strcmp(err->message, error->u.string))
            return "error message differs";
        return NULL;
    }
    if (status != AWSC_OK)
        return "expected an endpoint, got an error";
    yajl_val url = get(endpoint, "url");
    if (!YAJL_IS_STRING(url) || strcmp(url->u.string, ep->url) != 0)
        return "url differs";
    yajl_val props = get(endpoint, "properties");
    bool want_props = props && YAJL_IS_OBJECT(props) && props->u.object.len > 0;
    if (want_props ? !doc_equal(props, ep->properties) : ep->properties != NULL)
        return "properties differ";
    if (!headers_equal(get(endpoint, "headers"), ep))
        return "headers differ";
    return NULL;
}

static void print_doc(const struct awsc_document *d)
{
    if (!d) {
        printf("null");
        return;
    }
    switch (d->type) {
    case AWSC_DOC_OBJECT:
        printf("{");
        for (size_t i = 0; i < d->count; i++) {
            printf("%s\"%s\": ", i ? ", " : "", d->entries[i].key);
            print_doc(&d->entries[i].value);
        }
        printf("}");
        break;
    case AWSC_DOC_ARRAY:
        printf("[");
        for (size_t i = 0; i < d->count; i++) {
            printf("%s", i ? ", " : "");
            print_doc(&d->items[i]);
        }
        printf("]");
        break;
    case AWSC_DOC_STRING:
        printf("\"%s\"", d->string);
        break;
    case AWSC_DOC_BOOL:
        printf("%s", d->boolean ? "true" : "false");
        break;
    default:
        printf("%s", d->string ? d->string : "?");
    }
}

static void report(const char *service, long index, const char *how, const char *what,
                   yajl_val expect, int status, const struct awsc_endpoint *ep,
                   const struct awsc_error *err)
{
    if (verbose_failures <= 0)
        return;
    verbose_failures--;
    yajl_val e = get(expect, "error");
    yajl_val url = get(get(expect, "endpoint"), "url");
    printf("FAIL %s case %ld (%s): %s\n", service, index, how, what);
    if (e && YAJL_IS_STRING(e))
        printf("  expected error: %s\n", e->u.string);
    if (url && YAJL_IS_STRING(url))
        printf("  expected url:   %s\n", url->u.string);
    if (status == AWSC_OK) {
        printf("  got url:        %s\n  got properties: ", ep->url);
        print_doc(ep->properties);
        printf("\n");
        for (size_t i = 0; i < ep->header_count; i++)
            printf("  got header:     %s: %s\n", ep->headers[i].name, ep->headers[i].value);
    } else {
        printf("  got %s: %s\n", awsc_status_name(status), err->message ? err->message : "");
    }
}

/* ------------------------------------------------------------- cases */

/* A JSON string array as a list of C strings, in arena; NULL when v holds
 * anything but strings. */
static const char *const *string_array(yajl_val v, struct awsc_arena *arena)
{
    size_t n = v->u.array.len;
    const char **out = awsc__arena_alloc(arena, (n ? n : 1) * sizeof *out);
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (!YAJL_IS_STRING(v->u.array.values[i]))
            return NULL;
        out[i] = v->u.array.values[i]->u.string;
    }
    return out;
}

static int params_of(const struct awsc_ruleset *rs, yajl_val params, struct awsc__ep_arg *args,
                     struct awsc_arena *arena)
{
    memset(args, 0, rs->param_count * sizeof *args);
    if (!params)
        return 0;
    if (!YAJL_IS_OBJECT(params))
        return -1;
    for (size_t i = 0; i < params->u.object.len; i++) {
        const char *name = params->u.object.keys[i];
        yajl_val v = params->u.object.values[i];
        for (unsigned k = 0; k < rs->param_count; k++) {
            if (strcmp(awsc_ruleset_param_name(rs, k), name) != 0)
                continue;
            if (YAJL_IS_STRING(v)) {
                args[k].type = AWSC_EP_PARAM_STRING;
                args[k].string = v->u.string;
            } else if (YAJL_IS_TRUE(v) || YAJL_IS_FALSE(v)) {
                args[k].type = AWSC_EP_PARAM_BOOLEAN;
                args[k].boolean = YAJL_IS_TRUE(v);
            } else if (YAJL_IS_ARRAY(v)) {
                args[k].type = AWSC_EP_PARAM_STRING_ARRAY;
                args[k].strings = string_array(v, arena);
                args[k].count = v->u.array.len;
                if (!args[k].strings)
                    return -1;
            } else {
                return -1;
            }
        }
    }
    return 0;
}

/* A JSON value as a document, in arena (NULL when out of memory). */
static struct awsc_document *to_document(yajl_val v, struct awsc_document *d,
                                         struct awsc_arena *arena)
{
    memset(d, 0, sizeof *d);
    if (YAJL_IS_STRING(v)) {
        d->type = AWSC_DOC_STRING;
        d->string = v->u.string;
    } else if (YAJL_IS_NUMBER(v)) {
        d->type = AWSC_DOC_NUMBER;
        d->number = YAJL_GET_DOUBLE(v);
        d->string = YAJL_GET_NUMBER(v);
    } else if (YAJL_IS_TRUE(v) || YAJL_IS_FALSE(v)) {
        d->type = AWSC_DOC_BOOL;
        d->boolean = YAJL_IS_TRUE(v);
    } else if (YAJL_IS_ARRAY(v)) {
        d->type = AWSC_DOC_ARRAY;
        d->count = v->u.array.len;
        d->items = awsc__arena_alloc(arena, (d->count ? d->count : 1) * sizeof *d->items);
        if (!d->items)
            return NULL;
        for (size_t i = 0; i < d->count; i++)
            if (!to_document(v->u.array.values[i], &d->items[i], arena))
                return NULL;
    } else if (YAJL_IS_OBJECT(v)) {
        d->type = AWSC_DOC_OBJECT;
        d->count = v->u.object.len;
        d->entries = awsc__arena_alloc(arena, (d->count ? d->count : 1) * sizeof *d->entries);
        if (!d->entries)
            return NULL;
        for (size_t i = 0; i < d->count; i++) {
            d->entries[i].key = v->u.object.keys[i];
            if (!to_document(v->u.object.values[i], &d->entries[i].value, arena))
                return NULL;
        }
    } else {
        d->type = AWSC_DOC_NULL;
    }
    return d;
}

/* What json_member reads: operationParams, and an arena. */
struct json_input {
    yajl_val params;
    struct awsc_arena *arena;
};

/* operationParams member reader for awsc__endpoint_bind */
static int json_member(void *ud, const struct awsc_endpoint_context_param *cp,
                       struct awsc__ep_arg *out, struct awsc_error *err)
{
    struct json_input *in = ud;
    memset(out, 0, sizeof *out);
    if (cp->path_ref) {
        struct awsc_document doc;
        if (!in->params)
            return AWSC_OK;
        if (!to_document(in->params, &doc, in->arena))
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        struct awsc__jv root = awsc__jv_of_document(&doc);
        return awsc__endpoint_context_path(cp, &root, in->arena, out, err);
    }
    yajl_val v = get(in->params, awsc_endpoint_context_param_member(cp));
    if (v && YAJL_IS_STRING(v)) {
        out->type = AWSC_EP_PARAM_STRING;
        out->string = v->u.string;
    } else if (v && (YAJL_IS_TRUE(v) || YAJL_IS_FALSE(v))) {
        out->type = AWSC_EP_PARAM_BOOLEAN;
        out->boolean = YAJL_IS_TRUE(v);
    }
    return AWSC_OK;
}

/* One operationInputs entry, bound as a call binds it. NULL when it
 * matches. */
static const char *operation_case(const struct awsc_service *svc, yajl_val oi, yajl_val expect,
                                  const char *name, long index, bool show)
{
    struct awsc__endpoint_builtins b;
    memset(&b, 0, sizeof b);
    yajl_val builtins = get(oi, "builtInParams");
    for (size_t i = 0; builtins && YAJL_IS_OBJECT(builtins) && i < builtins->u.object.len; i++) {
        int id = awsc__endpoint_builtin_id(builtins->u.object.keys[i]);
        yajl_val v = builtins->u.object.values[i];
        if (id == AWSC_EP_BUILTIN_NONE)
            return "unknown builtIn";
        if (YAJL_IS_STRING(v))
            b.string[id] = v->u.string;
        else if (YAJL_IS_TRUE(v) || YAJL_IS_FALSE(v))
            b.boolean[id] = YAJL_IS_TRUE(v) ? 1 : -1;
    }
    yajl_val opname = get(oi, "operationName");
    /* NULL for an operation that binds no parameter (the bundle's
     * descriptors hold only those that do) */
    const struct awsc_operation *op =
        YAJL_IS_STRING(opname) ? awsc_service_operation(svc, opname->u.string) : NULL;
    /* botocore's test replaces every built-in value with builtInParams
     * after the client's own handlers ran (register_last on
     * before-endpoint-resolution), so S3's customization of the built-ins
     * (ForcePathStyle for GetBucketLocation and ARN buckets) has no effect
     * there: bound here without it too. endpoint_test.c and
     * botocore_config.py test the customization against botocore's
     * clients. */
    b.as_given = true;
    struct awsc__ep_arg args[AWSC_EP_MAX_SLOTS];
    struct awsc_error err = AWSC_ERROR_INIT;
    struct json_input in = {get(oi, "operationParams"), awsc__arena_new()};
    if (!in.arena) {
        printf("FAIL out of memory\n");
        exit(1);
    }
    int status = awsc__endpoint_bind(awsc_service_ruleset(svc), op, json_member, &in, &b, NULL, 0,
                                     args, &err);
    struct awsc_endpoint *ep = NULL;
    if (status == AWSC_OK)
        status = awsc__ruleset_eval(awsc_service_ruleset(svc), args, &ep, &err);
    const char *what = compare(expect, status, ep, &err);
    if (what && show)
        report(name, index, "operationInputs", what, expect, status, ep, &err);
    awsc_endpoint_free(ep);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(in.arena);
    return what;
}

struct tally {
    long run, passed, failed, skipped;
};

static void run_service(const struct awsc_service *svc, const char *dir, struct tally *total)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s/endpoint-tests-1.json", dir, awsc_service_name(svc));
    char *text = read_file(path);
    if (!text) {
        printf("%s: no tests (%s)\n", awsc_service_name(svc), path);
        return;
    }
    char errbuf[256];
    yajl_val root = yajl_tree_parse(text, errbuf, sizeof errbuf);
    awsc__free(text);
    yajl_val cases = get(root, "testCases");
    if (!root || !YAJL_IS_ARRAY(cases)) {
        printf("FAIL %s: cannot parse %s: %s\n", awsc_service_name(svc), path, errbuf);
        total->failed++;
        yajl_tree_free(root);
        return;
    }
    const struct awsc_ruleset *rs = awsc_service_ruleset(svc);
    struct awsc__endpoint_cache *cache;
    if (awsc__endpoint_cache_new(0, &cache) != AWSC_OK) {
        printf("FAIL out of memory\n");
        exit(1);
    }
    struct tally t = {0};
    for (size_t i = 0; i < cases->u.array.len; i++) {
        yajl_val c = cases->u.array.values[i];
        yajl_val expect = get(c, "expect");
        struct awsc__ep_arg args[AWSC_EP_MAX_SLOTS];
        const char *what = NULL;
        const char *skip = skipped(awsc_service_name(svc), (long)i);
        bool skip_inputs = skip && strcmp(skip, "operationInputs") == 0;
        t.run++;
        struct awsc_arena *arena = awsc__arena_new();
        if (!arena) {
            printf("FAIL out of memory\n");
            exit(1);
        }
        if (params_of(rs, get(c, "params"), args, arena) != 0) {
            what = "malformed params";
        } else {
            for (int pass = 0; pass < 2 && !what; pass++) {
                const struct awsc_endpoint *ep = NULL;
                struct awsc_error err = AWSC_ERROR_INIT;
                int status = awsc__ruleset_resolve_cached(cache, rs, args, &ep, &err);
                what = compare(expect, status, ep, &err);
                if (what && !(skip && !skip_inputs))
                    report(awsc_service_name(svc), (long)i, pass ? "params, cached" : "params",
                           what, expect, status, ep, &err);
                awsc__endpoint_release(ep);
                awsc_error_clean_up(&err);
            }
        }
        awsc__arena_destroy(arena);
        yajl_val inputs = get(c, "operationInputs");
        for (size_t k = 0; !what && inputs && YAJL_IS_ARRAY(inputs) && k < inputs->u.array.len;
             k++) {
            const char *w = operation_case(svc, inputs->u.array.values[k], expect,
                                           awsc_service_name(svc), (long)i, !skip);
            if (!skip)
                what = w;
        }
        if (skip && (!skip_inputs || !what))
            t.skipped++;
        else if (what)
            t.failed++;
        else
            t.passed++;
    }
    unsigned long hits, misses;
    awsc__endpoint_cache_stats(cache, &hits, &misses);
    awsc__endpoint_cache_destroy(cache);
    yajl_tree_free(root);
    const char *name = awsc_service_name(svc);
    printf("%s: %ld cases run, %ld passed, %ld skipped%s", name ? name : "?", t.run, t.passed,
           t.skipped, t.failed ? "" : "\n");
    if (t.failed)
        printf(", %ld FAILED\n", t.failed);
    total->run += t.run;
    total->passed += t.passed;
    total->failed += t.failed;
    total->skipped += t.skipped;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s RULES_DIR SKIP_FILE [SERVICE ...]\n", argv[0]);
        return 2;
    }
    load_skips(argv[2]);
    struct tally total = {0};
    size_t services = 0;
    for (size_t i = 0; i < awsc__ept_service_count; i++) {
        const struct awsc_service *svc = awsc__ept_services[i];
        bool wanted = argc == 3;
        for (int k = 3; k < argc; k++)
            wanted = wanted || strcmp(argv[k], awsc_service_name(svc)) == 0;
        if (!wanted)
            continue;
        services++;
        run_service(svc, argv[1], &total);
    }
    printf("%zu services, %ld cases run\n", services, total.run);
    printf("%ld passed, %ld failed, %ld skipped\n", total.passed, total.failed, total.skipped);
    return total.failed || !total.run ? 1 : 0;
}
