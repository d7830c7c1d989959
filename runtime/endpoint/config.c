/*
 * A client's endpoint configuration: the built-in parameter values as
 * botocore 1.43.67 computes them when it makes a client (args.py
 * compute_endpoint_resolver_builtin_defaults and
 * _compute_account_id_endpoint_mode_config, with configprovider.py's
 * sources for each setting: the client's options, then the environment,
 * then the profile).
 */
#include "endpoint.h"

#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"

/* botocore's LEGACY_GLOBAL_STS_REGIONS */
static const char *const LEGACY_GLOBAL_STS_REGIONS[] = {
    "ap-northeast-1", "ap-south-1",   "ap-southeast-1", "ap-southeast-2",
    "aws-global",     "ca-central-1", "eu-central-1",   "eu-north-1",
    "eu-west-1",      "eu-west-2",    "eu-west-3",      "sa-east-1",
    "us-east-1",      "us-east-2",    "us-west-1",      "us-west-2",
};

/* A string setting: explicit, environment, the profile's key, the
 * profile's s3 sub-key. */
static const char *lookup(const struct awsc__shared_config *cfg, const char *explicit_value,
                          const char *env, const char *key, const char *s3_key)
{
    const char *v = explicit_value && *explicit_value ? explicit_value : NULL;
    if (!v && env)
        v = awsc__getenv_set(env);
    if (!v && cfg && key)
        v = awsc__profile_get(cfg, NULL, key);
    if (!v && cfg && s3_key)
        v = awsc__profile_get_sub(cfg, NULL, "s3", s3_key);
    return v;
}

/* The same for a boolean (botocore's ensure_boolean: "true" in any case is
 * true, anything else false): 1, -1, or 0 when nothing sets it. */
static int lookup_bool(const struct awsc__shared_config *cfg, int explicit_value, const char *env,
                       const char *key, const char *s3_key)
{
    if (explicit_value)
        return explicit_value > 0 ? 1 : -1;
    const char *v = lookup(cfg, NULL, env, key, s3_key);
    if (!v)
        return 0;
    return awsc__strcasecmp(v, "true") == 0 ? 1 : -1;
}

/* botocore's is_s3_accelerate_url */
static bool s3_accelerate_url(const char *url)
{
    const char *sep = strstr(url, "://");
    if (!sep)
        return false;
    size_t sn = (size_t)(sep - url);
    if (!((sn == 5 && awsc__strncasecmp(url, "https", 5) == 0) ||
          (sn == 4 && awsc__strncasecmp(url, "http", 4) == 0)))
        return false;
    const char *host = sep + 3;
    size_t hn = strcspn(host, "/?#");
    static const char suffix[] = "amazonaws.com";
    if (hn < sizeof suffix - 1 ||
        memcmp(host + hn - (sizeof suffix - 1), suffix, sizeof suffix - 1) != 0)
        return false;
    /* s3-accelerate, then each feature at most once (only "dualstack"),
     * then amazonaws.com */
    static const char first[] = "s3-accelerate.";
    if (hn < sizeof first - 1 || memcmp(host, first, sizeof first - 1) != 0)
        return false;
    const char *p = host + sizeof first - 1;
    const char *end = host + hn - (sizeof suffix - 1);
    bool dualstack = false;
    while (p < end) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        size_t len = dot ? (size_t)(dot - p) : (size_t)(end - p);
        if (len != 9 || memcmp(p, "dualstack", 9) != 0 || dualstack)
            return false;
        dualstack = true;
        p += len + (dot ? 1 : 0);
    }
    return true;
}

/* botocore's account_id_endpoint_mode: the option, else
 * AWS_ACCOUNT_ID_ENDPOINT_MODE (set, even empty), else the profile's
 * account_id_endpoint_mode, else "preferred"; lower-cased into buf and
 * checked against VALID_ACCOUNT_ID_ENDPOINT_MODE_CONFIG. */
static int account_id_endpoint_mode(const struct awsc__shared_config *cfg,
                                    const char *explicit_value, char *buf, size_t size,
                                    struct awsc_error *err)
{
    const char *v = explicit_value;
    if (!v)
        v = getenv("AWS_ACCOUNT_ID_ENDPOINT_MODE");
    if (!v && cfg)
        v = awsc__profile_get(cfg, NULL, "account_id_endpoint_mode");
    if (!v)
        v = "preferred";
    size_t n = strlen(v);
    if (n < size) {
        for (size_t i = 0; i <= n; i++)
            buf[i] = v[i] >= 'A' && v[i] <= 'Z' ? (char)(v[i] - 'A' + 'a') : v[i];
        if (strcmp(buf, "preferred") == 0 || strcmp(buf, "disabled") == 0 ||
            strcmp(buf, "required") == 0)
            return AWSC_OK;
    }
    struct awsc_buf lower = AWSC_BUF_INIT;
    for (size_t i = 0; i < n; i++)
        awsc__buf_putc(&lower, v[i] >= 'A' && v[i] <= 'Z' ? (char)(v[i] - 'A' + 'a') : v[i]);
    int status = awsc__fail(err, AWSC_E_CONFIG,
                            "The configured value '%s' for 'account_id_endpoint_mode' is invalid. "
                            "Valid values are: ('preferred', 'disabled', 'required').",
                            lower.data ? lower.data : "");
    awsc__buf_clean_up(&lower);
    return status;
}

static bool valid_regional(const char *v)
{
    return strcmp(v, "legacy") == 0 || strcmp(v, "regional") == 0;
}

void awsc__endpoint_config_clean_up(struct awsc__endpoint_config *c)
{
    if (!c)
        return;
    awsc__free(c->client_params);
    awsc__free(c->strings);
    memset(c, 0, sizeof *c);
}

int awsc__endpoint_config_resolve(const struct awsc__shared_config *cfg,
                                  const struct awsc_service *svc, const char *region,
                                  const char *endpoint_url, const char *account_id,
                                  const struct awsc_endpoint_options *options,
                                  struct awsc__endpoint_config *out, struct awsc_error *err)
{
    memset(out, 0, sizeof *out);
    struct awsc_endpoint_options none = {0};
    const struct awsc_endpoint_options *o = options ? options : &none;
    const struct awsc_ruleset *rs = svc ? awsc_service_ruleset(svc) : NULL;
    const char *prefix = svc ? awsc_service_endpoint_prefix(svc) : NULL;
    if (!prefix)
        prefix = "";
    bool s3 = strcmp(prefix, "s3") == 0;
    bool s3_family = s3 || strcmp(prefix, "s3-control") == 0;
    region = region && *region ? region : NULL;
    const char *endpoint = endpoint_url && *endpoint_url ? endpoint_url : NULL;
    int8_t *flag = out->builtins.boolean;
    char mode[16];
    int status = account_id_endpoint_mode(cfg, o->account_id_endpoint_mode, mode, sizeof mode, err);
    if (status != AWSC_OK)
        return status;

    /* the s3 section of the configuration (compute_s3_config) */
    const char *addressing = lookup(cfg, o->s3_addressing_style, NULL, NULL, "addressing_style");
    int accelerate =
        lookup_bool(cfg, o->s3_use_accelerate_endpoint, NULL, NULL, "use_accelerate_endpoint");
    int arn_region = lookup_bool(cfg, o->s3_use_arn_region, "AWS_S3_USE_ARN_REGION",
                                 "s3_use_arn_region", "use_arn_region");
    int mrap = lookup_bool(cfg, o->s3_disable_multiregion_access_points,
                           "AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", NULL,
                           "s3_disable_multiregion_access_points");
    const char *us_east_1 =
        lookup(cfg, o->s3_us_east_1_regional_endpoint, "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT",
               "s3_us_east_1_regional_endpoint", "us_east_1_regional_endpoint");
    /* botocore checks both settings for every client (it computes every
     * built-in value) */
    if (us_east_1 && !valid_regional(us_east_1))
        return awsc__fail(err, AWSC_E_CONFIG,
                          "S3 us-east-1 regional endpoint option %s is invalid. Valid options "
                          "are: \"legacy\", \"regional\"",
                          us_east_1);
    bool s3_legacy = !us_east_1 || strcmp(us_east_1, "legacy") == 0;

    /* The region the rule set sees: with none, the one botocore's legacy
     * resolver picks (S3: us-east-1, or aws-global when us-east-1 is
     * regional; a service with a partition endpoint: that). */
    if (!region && s3)
        region = s3_legacy ? "us-east-1" : "aws-global";
    else if (!region && rs && awsc_ruleset_global_region(rs))
        region = awsc_ruleset_global_region(rs);

    const char *sts_mode = lookup(cfg, o->sts_regional_endpoints, "AWS_STS_REGIONAL_ENDPOINTS",
                                  "sts_regional_endpoints", NULL);
    if (sts_mode && !*sts_mode)
        sts_mode = NULL; /* "" is the default */
    if (sts_mode && !valid_regional(sts_mode))
        return awsc__fail(err, AWSC_E_CONFIG,
                          "STS regional endpoints option %s is invalid. Valid options are: "
                          "\"legacy\", \"regional\"",
                          sts_mode);
    bool sts_global = false;
    if (sts_mode && strcmp(sts_mode, "legacy") == 0 && region)
        for (size_t i = 0; i < AWSC_ARRAY_LEN(LEGACY_GLOBAL_STS_REGIONS); i++)
            sts_global = sts_global || strcmp(region, LEGACY_GLOBAL_STS_REGIONS[i]) == 0;

    int fips =
        lookup_bool(cfg, o->use_fips_endpoint, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", NULL);
    int dualstack = 0;
    if (s3_family) {
        /* _is_s3_dualstack_mode: the s3 section says true, else the
         * general setting */
        dualstack = o->use_dualstack_endpoint > 0 ? 1 : o->use_dualstack_endpoint < 0 ? -1 : 0;
        const char *v =
            cfg ? awsc__profile_get_sub(cfg, NULL, "s3", "use_dualstack_endpoint") : NULL;
        if (!dualstack && v && (strcmp(v, "true") == 0 || strcmp(v, "True") == 0))
            dualstack = 1;
    }
    if (!dualstack)
        dualstack = lookup_bool(cfg, o->use_dualstack_endpoint, "AWS_USE_DUALSTACK_ENDPOINT",
                                "use_dualstack_endpoint", NULL);

    bool force_path;
    if (accelerate > 0)
        force_path = false;
    else if (endpoint && !s3_accelerate_url(endpoint))
        force_path = !addressing || strcmp(addressing, "virtual") != 0;
    else
        force_path = addressing && strcmp(addressing, "path") == 0;

    flag[AWSC_EP_BUILTIN_USE_FIPS] = !endpoint && fips > 0 ? 1 : -1;
    flag[AWSC_EP_BUILTIN_USE_DUAL_STACK] = !endpoint && dualstack > 0 ? 1 : -1;
    flag[AWSC_EP_BUILTIN_STS_USE_GLOBAL_ENDPOINT] = sts_global ? 1 : -1;
    flag[AWSC_EP_BUILTIN_S3_USE_GLOBAL_ENDPOINT] =
        s3_legacy && (!region || strcmp(region, "us-east-1") == 0) ? 1 : -1;
    flag[AWSC_EP_BUILTIN_S3_ACCELERATE] = accelerate > 0 ? 1 : -1;
    flag[AWSC_EP_BUILTIN_S3_FORCE_PATH_STYLE] = force_path ? 1 : -1;
    flag[AWSC_EP_BUILTIN_S3_USE_ARN_REGION] = arn_region < 0 ? -1 : 1;
    flag[AWSC_EP_BUILTIN_S3CONTROL_USE_ARN_REGION] = arn_region > 0 ? 1 : -1;
    flag[AWSC_EP_BUILTIN_S3_DISABLE_MRAP] = mrap > 0 ? 1 : -1;

    /* owned copies of the strings */
    size_t size = (region ? strlen(region) + 1 : 0) + (endpoint ? strlen(endpoint) + 1 : 0) +
                  (account_id ? strlen(account_id) + 1 : 0) + strlen(mode) + 1;
    size_t np = o->client_context_params ? o->client_context_param_count : 0;
    for (size_t i = 0; i < np; i++) {
        const struct awsc_endpoint_param *p = &o->client_context_params[i];
        size += (p->name ? strlen(p->name) + 1 : 0) + (p->string ? strlen(p->string) + 1 : 0);
    }
    out->strings = awsc__malloc(size ? size : 1);
    out->client_params = np ? awsc__calloc(np, sizeof *out->client_params) : NULL;
    if (!out->strings || (np && !out->client_params)) {
        awsc__endpoint_config_clean_up(out);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    char *s = out->strings;
#define COPY(dst, src)                 \
    do {                               \
        size_t len_ = strlen(src) + 1; \
        memcpy(s, src, len_);          \
        dst = s;                       \
        s += len_;                     \
    } while (0)
    if (region)
        COPY(out->builtins.string[AWSC_EP_BUILTIN_REGION], region);
    if (endpoint)
        COPY(out->builtins.string[AWSC_EP_BUILTIN_ENDPOINT], endpoint);
    if (account_id)
        COPY(out->builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID], account_id);
    COPY(out->builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE], mode);
    for (size_t i = 0; i < np; i++) {
        const struct awsc_endpoint_param *p = &o->client_context_params[i];
        struct awsc_endpoint_param *q = &out->client_params[i];
        *q = *p;
        if (p->name)
            COPY(q->name, p->name);
        if (p->string)
            COPY(q->string, p->string);
    }
#undef COPY
    out->client_param_count = np;
    return AWSC_OK;
}
