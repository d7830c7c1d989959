/*
 * Endpoint resolution, timed: a cached resolve (what a steady stream of
 * calls pays: binding the parameters from the operation, its input and the
 * client's built-in values, then a cache lookup) and an uncached S3
 * resolve (the rules walk and the endpoint it builds), beside botocore's
 * resolver timed in the same run by botocore_bench.py: for the cached
 * case both a client's construct_endpoint (binding and the provider's
 * lru_cache, the same work as ours) and the bare EndpointProvider hit;
 * for the uncached case the provider's rules walk without its cache.
 *
 *   bench_endpoint PYTHON BOTOCORE_BENCH_PY MODELS_DIR [BOTOCORE_SRC]
 *
 * The S3 rule set comes from this program's own generated sources, so
 * the benchmark runs whatever services the library was built with.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "endpoint/endpoint.h"

extern const struct awsc_service *const awsc__ept_services[];
extern const size_t awsc__ept_service_count;

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* GetObject's Bucket member */
static int bucket_member(void *ud, const struct awsc_endpoint_context_param *cp,
                         struct awsc__ep_arg *out, struct awsc_error *err)
{
    (void)err;
    memset(out, 0, sizeof *out);
    if (awsc_endpoint_context_param_member(cp) &&
        strcmp(awsc_endpoint_context_param_member(cp), "Bucket") == 0) {
        out->type = AWSC_EP_PARAM_STRING;
        out->string = ud;
    }
    return AWSC_OK;
}

static volatile size_t sink;

static int bind(const struct awsc_service *s3, const struct awsc_operation *op,
                const struct awsc__endpoint_builtins *b, const char *bucket,
                struct awsc__ep_arg *args)
{
    return awsc__endpoint_bind(awsc_service_ruleset(s3), op, bucket_member, (void *)bucket, b, NULL,
                               0, args, NULL);
}

/* ns per cached resolve: bind + cache hit + release */
static double cached(const struct awsc_service *s3, const struct awsc_operation *op,
                     const struct awsc__endpoint_builtins *b, const char *bucket)
{
    struct awsc__endpoint_cache *cache;
    if (awsc__endpoint_cache_new(0, &cache) != AWSC_OK)
        exit(1);
    struct awsc__ep_arg args[AWSC_EP_MAX_SLOTS];
    const struct awsc_endpoint *ep;
    long n = 2000000;
    double best = 1e30;
    for (int round = 0; round < 3; round++) {
        double t0 = now_ns();
        for (long i = 0; i < n; i++) {
            bind(s3, op, b, bucket, args);
            if (awsc__ruleset_resolve_cached(cache, awsc_service_ruleset(s3), args, &ep, NULL) !=
                AWSC_OK)
                exit(1);
            sink += strlen(ep->url);
            awsc__endpoint_release(ep);
        }
        double per = (now_ns() - t0) / (double)n;
        best = per < best ? per : best;
    }
    awsc__endpoint_cache_destroy(cache);
    return best;
}

/* ns per uncached resolve: the rules walk and the endpoint */
static double uncached(const struct awsc_service *s3, const struct awsc_operation *op,
                       const struct awsc__endpoint_builtins *b, const char *bucket)
{
    struct awsc__ep_arg args[AWSC_EP_MAX_SLOTS];
    bind(s3, op, b, bucket, args);
    long n = 200000;
    double best = 1e30;
    for (int round = 0; round < 3; round++) {
        double t0 = now_ns();
        for (long i = 0; i < n; i++) {
            struct awsc_endpoint *ep;
            if (awsc__ruleset_eval(awsc_service_ruleset(s3), args, &ep, NULL) != AWSC_OK)
                exit(1);
            sink += strlen(ep->url);
            awsc_endpoint_free(ep);
        }
        double per = (now_ns() - t0) / (double)n;
        best = per < best ? per : best;
    }
    return best;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: %s PYTHON BOTOCORE_BENCH_PY MODELS_DIR [BOTOCORE_SRC]\n",
                argv[0]);
        return 2;
    }
    const struct awsc_service *s3 = NULL;
    for (size_t i = 0; i < awsc__ept_service_count; i++)
        if (strcmp(awsc_service_name(awsc__ept_services[i]), "s3") == 0)
            s3 = awsc__ept_services[i];
    const struct awsc_operation *op = s3 ? awsc_service_operation(s3, "GetObject") : NULL;
    if (!op) {
        fprintf(stderr, "no S3 rule set\n");
        return 1;
    }
    /* a client in us-west-2 with the default settings */
    struct awsc__endpoint_builtins b;
    memset(&b, 0, sizeof b);
    b.string[AWSC_EP_BUILTIN_REGION] = "us-west-2";
    for (int i = 1; i < AWSC_EP_BUILTIN_COUNT; i++)
        b.boolean[i] = -1;
    b.boolean[AWSC_EP_BUILTIN_S3_USE_ARN_REGION] = 1;
    const char *bucket = "my-bucket-name";
    const char *ap = "arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint";

    double c = cached(s3, op, &b, bucket);
    double u = uncached(s3, op, &b, bucket);
    double ua = uncached(s3, op, &b, ap);

    char cmd[4096];
    snprintf(cmd, sizeof cmd, "'%s' '%s' '%s' '%s'", argv[1], argv[2], argv[3],
             argc > 4 ? argv[4] : "");
    FILE *p = popen(cmd, "r");
    double bc = -1, bcc = -1, bu = -1, bua = -1;
    char line[256], version[64] = "?";
    while (p && fgets(line, sizeof line, p)) {
        double v;
        if (sscanf(line, "version %63s", version) == 1)
            continue;
        if (sscanf(line, "cached-call %lf", &v) == 1)
            bcc = v;
        else if (sscanf(line, "cached %lf", &v) == 1)
            bc = v;
        else if (sscanf(line, "uncached-ap %lf", &v) == 1)
            bua = v;
        else if (sscanf(line, "uncached %lf", &v) == 1)
            bu = v;
    }
    if (p)
        pclose(p);

    printf("S3 GetObject, us-west-2, bucket %s (access point: %s)\n", bucket, ap);
    printf("%-40s %12s %12s\n", "ns per resolve", "awsc", "botocore");
    printf("%-40s %12s %12s\n", "", "", version);
    printf("%-40s %12.0f %12.0f\n", "cached: the call's binding + cache hit", c, bcc);
    printf("%-40s %12s %12.0f\n", "  (botocore: EndpointProvider lru hit)", "", bc);
    printf("%-40s %12.0f %12.0f\n", "uncached S3 (bucket)", u, bu);
    printf("%-40s %12.0f %12.0f\n", "uncached S3 (access point ARN)", ua, bua);
    if (bc <= 0 || bu <= 0)
        printf("(botocore figures unavailable: %s failed)\n", argv[2]);
    return 0;
}
