/*
 * The endpoint engine's unit tests: the rule-set functions one by one,
 * bad input ending in the rule set's own error message, the client
 * configuration the built-in values come from (arguments, environment,
 * profile), binding from a typed input struct as the call path does, the
 * auth schemes, the cache, and every allocation failing in turn.
 *
 * Expected values are botocore 1.29.27's (EndpointProvider and clients).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <awsc/dynamodb.h>
#include <awsc/endpoint.h>
#include <awsc/s3.h>
#ifdef HAVE_STS
#include <awsc/sts.h>
#endif

#include "auth/auth.h"
#include "endpoint/endpoint.h"

static int failures;

#ifndef HAVE_STS
/* What a -Dservices= selection without STS leaves out. */
static void skipped(const char *what)
{
    printf("SKIP %s: sts is not among the services built (-Dservices)\n", what);
}
#endif

#define CHECK(cond)                                                \
    do {                                                           \
        if (!(cond)) {                                             \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                            \
        }                                                          \
    } while (0)

#define CHECK_STR(got, want)                                                             \
    do {                                                                                 \
        const char *g_ = (got), *w_ = (want);                                            \
        if (w_ ? !g_ || strcmp(g_, w_) != 0 : g_ != NULL) {                              \
            printf("FAIL %s:%d: %s\n  want: %s\n  got:  %s\n", __FILE__, __LINE__, #got, \
                   w_ ? w_ : "(null)", g_ ? g_ : "(null)");                              \
            failures++;                                                                  \
        }                                                                                \
    } while (0)

static struct awsc__ep_str S(const char *s) {
    struct awsc__ep_str r = {s, strlen(s)};
    return r;
}

static char *
dup_str(struct awsc__ep_str s)
{
    static char buf[8][512];
    static int k;
    char *b = buf[k++ % 8];
    snprintf(b, 512, "%.*s", (int)s.n, s.p);
    return b;
}

/* ------------------------------------------------------- functions */

static void test_parse_url(void)
{
    struct awsc__ep_scratch sc;
    awsc__ep_scratch_init(&sc);
    struct awsc__ep_value v;

    CHECK(awsc__ep_parse_url(S("https://example.com"), &sc, &v) == AWSC_OK);
    CHECK(v.type == AWSC__V_URL);
    if (v.type == AWSC__V_URL) {
        CHECK_STR(dup_str(v.url->scheme), "https");
        CHECK_STR(dup_str(v.url->authority), "example.com");
        CHECK_STR(dup_str(v.url->path), "");
        CHECK_STR(dup_str(v.url->normalized_path), "/");
        CHECK(!v.url->is_ip);
    }
    CHECK(awsc__ep_parse_url(S("http://beta.example.com:1234/path"), &sc, &v) == AWSC_OK);
    CHECK(v.type == AWSC__V_URL);
    if (v.type == AWSC__V_URL) {
        CHECK_STR(dup_str(v.url->authority), "beta.example.com:1234");
        CHECK_STR(dup_str(v.url->path), "/path");
        CHECK_STR(dup_str(v.url->normalized_path), "/path/");
    }
    CHECK(awsc__ep_parse_url(S("HTTPS://[::1]:443/a/./../b//c d"), &sc, &v) == AWSC_OK);
    CHECK(v.type == AWSC__V_URL);
    if (v.type == AWSC__V_URL) {
        CHECK_STR(dup_str(v.url->scheme), "https");
        CHECK(v.url->is_ip);
        CHECK_STR(dup_str(v.url->normalized_path), "/b/c%20d/");
    }
    CHECK(awsc__ep_parse_url(S("https://123.123.0.1"), &sc, &v) == AWSC_OK);
    CHECK(v.type == AWSC__V_URL && v.url->is_ip);
    CHECK(awsc__ep_parse_url(S("https://[fe80::1%25en0]/"), &sc, &v) == AWSC_OK);
    CHECK(v.type == AWSC__V_URL && v.url->is_ip);
    CHECK(awsc__ep_parse_url(S("https://example.com/a;params"), &sc, &v) == AWSC_OK);
    CHECK(v.type == AWSC__V_URL && strcmp(dup_str(v.url->path), "/a") == 0);
    /* not URLs botocore accepts: no http(s), a query, a bad port, bad
     * brackets */
    const char *bad[] = {"abcde://nota#url", "https://a.com?x=1", "https://a.com:99999",
                         "https://a.com:x",  "ftp://a.com",       "beta.example.com",
                         "https://[::1/",    "https://[1.2.3.4]/"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK(awsc__ep_parse_url(S(bad[i]), &sc, &v) == AWSC_OK);
        if (v.type != AWSC__V_NONE)
            printf("FAIL parseURL(%s) should be None\n", bad[i]), failures++;
    }
    awsc__ep_scratch_clean_up(&sc);

    CHECK(awsc__ep_valid_ipv6("::", 2));
    CHECK(awsc__ep_valid_ipv6("1:2:3:4:5:6:7:8", 15));
    CHECK(!awsc__ep_valid_ipv6("1:2:3:4:5:6:7:8:9", 17));
    CHECK(awsc__ep_valid_ipv6("::ffff:1.2.3.4", 14));
    CHECK(!awsc__ep_valid_ipv6("1::2::3", 7));
    CHECK(!awsc__ep_valid_ipv6("12345::", 7));
}

static void test_host_labels(void)
{
    CHECK(awsc__ep_valid_host_label(S("us-east-1"), false));
    CHECK(!awsc__ep_valid_host_label(S("-abc"), false));
    CHECK(!awsc__ep_valid_host_label(S("abc-"), false));
    CHECK(!awsc__ep_valid_host_label(S("a.b"), false));
    CHECK(awsc__ep_valid_host_label(S("a.b"), true));
    CHECK(!awsc__ep_valid_host_label(S("a..b"), true));
    CHECK(!awsc__ep_valid_host_label(S(""), false));
    CHECK(!awsc__ep_valid_host_label(S("a b"), false));
    char long_label[65];
    memset(long_label, 'a', 64);
    long_label[64] = '\0';
    CHECK(!awsc__ep_valid_host_label(S(long_label), false));
    long_label[63] = '\0';
    CHECK(awsc__ep_valid_host_label(S(long_label), false));
    /* Python's '$' matches before a final newline */
    CHECK(awsc__ep_valid_host_label(S("abc\n"), false));

    CHECK(awsc__ep_virtual_hostable_s3_bucket(S("bucket"), false));
    CHECK(!awsc__ep_virtual_hostable_s3_bucket(S("Bucket"), false));
    CHECK(!awsc__ep_virtual_hostable_s3_bucket(S("ab"), false));
    CHECK(!awsc__ep_virtual_hostable_s3_bucket(S("192.168.0.1"), false));
    CHECK(!awsc__ep_virtual_hostable_s3_bucket(S("my.bucket"), false));
    CHECK(awsc__ep_virtual_hostable_s3_bucket(S("abc.bucket"), true));
    CHECK(!awsc__ep_virtual_hostable_s3_bucket(S("a.bucket"), true));
}

static void test_arn_partition_misc(void)
{
    struct awsc__ep_scratch sc;
    awsc__ep_scratch_init(&sc);
    struct awsc__ep_value v;
    CHECK(awsc__ep_parse_arn(S("arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint"), &sc,
                             &v) == AWSC_OK);
    CHECK(v.type == AWSC__V_ARN);
    if (v.type == AWSC__V_ARN) {
        CHECK_STR(dup_str(v.arn->partition), "aws");
        CHECK_STR(dup_str(v.arn->service), "s3");
        CHECK_STR(dup_str(v.arn->region), "us-west-2");
        CHECK_STR(dup_str(v.arn->account_id), "123456789012");
        CHECK(v.arn->resource_count == 2);
        CHECK_STR(dup_str(v.arn->resource_id[1]), "myendpoint");
    }
    CHECK(awsc__ep_parse_arn(S("arn:aws:s3:::bucket/a/b"), &sc, &v) == AWSC_OK);
    CHECK(v.type == AWSC__V_ARN && v.arn->resource_count == 3 && v.arn->region.n == 0);
    /* botocore 1.43.67 splits the resource on ':' and '/' both */
    const struct {
        const char *arn, *ids[4];
    } splits[] = {
        {"arn:aws:s3:us-west-2:123456789012:accesspoint:my/endpoint",
         {"accesspoint", "my", "endpoint"}},
        {"arn:aws:s3:::bucket/a:b", {"bucket", "a", "b"}},
        {"arn:aws:s3-outposts:us-west-2:1:outpost:op-1:accesspoint/ap",
         {"outpost", "op-1", "accesspoint", "ap"}},
    };
    for (size_t i = 0; i < sizeof splits / sizeof splits[0]; i++) {
        CHECK(awsc__ep_parse_arn(S(splits[i].arn), &sc, &v) == AWSC_OK && v.type == AWSC__V_ARN);
        size_t n = 0;
        while (n < 4 && splits[i].ids[n])
            n++;
        CHECK(v.type == AWSC__V_ARN && v.arn->resource_count == n);
        for (size_t k = 0; v.type == AWSC__V_ARN && k < n && k < v.arn->resource_count; k++)
            CHECK_STR(dup_str(v.arn->resource_id[k]), splits[i].ids[k]);
    }
    const char *bad[] = {"arn:aws::us-east-1:1:x", "arn:aws:s3:us-west-2:123",
                         "arn:aws:s3:us-west-2:123:", "nope:aws:s3:::x", "arn"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK(awsc__ep_parse_arn(S(bad[i]), &sc, &v) == AWSC_OK);
        if (v.type != AWSC__V_NONE)
            printf("FAIL parseArn(%s) should be None\n", bad[i]), failures++;
    }
    CHECK(awsc__ep_uri_encode(S("a b/c~"), &sc, &v) == AWSC_OK);
    CHECK_STR(dup_str(v.s), "a%20b%2Fc~");
    awsc__ep_scratch_clean_up(&sc);

    struct {
        const char *region, *partition;
    } parts[] = {{"us-east-1", "aws"},
                 {"cn-north-1", "aws-cn"},
                 {"us-gov-west-1", "aws-us-gov"},
                 {"us-isob-east-1", "aws-iso-b"},
                 {"eu-foo-7", "aws"},
                 {"aws-cn-global", "aws-cn"},
                 {"xx-yy-1", "aws"},
                 {"cn-north-1\n", "aws-cn"},
                 {"us-east-1-fips", "aws"}};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        struct awsc__ep_str r = S(parts[i].region);
        CHECK_STR(awsc__partition_string(awsc__ep_partition(&r)->id), parts[i].partition);
    }
    /* the partitions of botocore 1.43.67, with implicitGlobalRegion */
    const struct {
        const char *region, *partition, *global, *dns;
    } newer[] = {
        {"eusc-de-east-1", "aws-eusc", "eusc-de-east-1", "amazonaws.eu"},
        {"eusc-de-south-2", "aws-eusc", "eusc-de-east-1", "amazonaws.eu"},
        {"eusc-fr-east-1", "aws", "us-east-1", "amazonaws.com"},
        {"eu-isoe-west-1", "aws-iso-e", "eu-isoe-west-1", "cloud.adc-e.uk"},
        {"eu-isoe-north-9", "aws-iso-e", "eu-isoe-west-1", "cloud.adc-e.uk"},
        {"us-isof-east-3", "aws-iso-f", "us-isof-south-1", "csp.hci.ic.gov"},
        {"aws-iso-f-global", "aws-iso-f", "us-isof-south-1", "csp.hci.ic.gov"},
        {"us-iso-east-1", "aws-iso", "us-iso-east-1", "c2s.ic.gov"},
    };
    for (size_t i = 0; i < sizeof newer / sizeof newer[0]; i++) {
        struct awsc__ep_str r = S(newer[i].region);
        const struct awsc__partition *p = awsc__ep_partition(&r);
        CHECK_STR(awsc__partition_string(p->id), newer[i].partition);
        CHECK_STR(awsc__partition_string(p->implicit_global_region), newer[i].global);
        CHECK_STR(awsc__partition_string(p->dns_suffix), newer[i].dns);
    }
    CHECK_STR(awsc__partition_string(awsc__ep_partition(NULL)->id), "aws");

    struct awsc__ep_str out;
    CHECK(awsc__ep_substring(S("abcdef"), 0, 4, false, &out) && strcmp(dup_str(out), "abcd") == 0);
    CHECK(awsc__ep_substring(S("abcdef"), 0, 4, true, &out) && strcmp(dup_str(out), "cdef") == 0);
    CHECK(!awsc__ep_substring(S("abc"), 0, 4, false, &out));
    CHECK(!awsc__ep_substring(S("abcd"), 2, 2, false, &out));
    CHECK(!awsc__ep_substring(S("ab\303\251cd"), 0, 2, false, &out));
}

/* -------------------------------------------------------- bad input */

#define P_STR(n, v)                                          \
    {                                                        \
        .name = n, .type = AWSC_EP_PARAM_STRING, .string = v \
    }
#define P_BOOL(n, v)                                           \
    {                                                          \
        .name = n, .type = AWSC_EP_PARAM_BOOLEAN, .boolean = v \
    }

static void expect_error(const struct awsc_service *svc, const struct awsc_endpoint_param *p,
                         size_t n, const char *message)
{
    struct awsc_endpoint *ep = (struct awsc_endpoint *)1;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = awsc_endpoint_resolve(svc, p, n, &ep, &err);
    CHECK(status == AWSC_E_ENDPOINT);
    CHECK(ep == NULL);
    CHECK_STR(err.message, message);
    awsc_error_clean_up(&err);
}

static void expect_url(const struct awsc_service *svc, const struct awsc_endpoint_param *p,
                       size_t n, const char *url)
{
    struct awsc_endpoint *ep = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = awsc_endpoint_resolve(svc, p, n, &ep, &err);
    CHECK(status == AWSC_OK);
    if (status != AWSC_OK)
        printf("  %s\n", err.message);
    CHECK_STR(ep ? ep->url : NULL, url);
    awsc_endpoint_free(ep);
    awsc_error_clean_up(&err);
}

static void test_bad_input(void)
{
    /* an invalid region */
    struct awsc_endpoint_param region[] = {P_STR("Region", "us-east-1!"),
                                           P_STR("Bucket", "bucket")};
    expect_error(awsc_s3_service(), region, 2, "Invalid region: region was not a valid DNS name.");
    /* a bucket name that is no valid host label: path style, or with
     * Accelerate the rule set's error, never a guessed virtual host */
    struct awsc_endpoint_param bucket[] = {P_STR("Region", "us-west-2"),
                                           P_STR("Bucket", "bucket name")};
    expect_url(awsc_s3_service(), bucket, 2, "https://s3.us-west-2.amazonaws.com/bucket%20name");
    struct awsc_endpoint_param accel[] = {
        P_STR("Region", "us-west-2"), P_STR("Bucket", "bucket name"), P_BOOL("Accelerate", true)};
    expect_error(awsc_s3_service(), accel, 3,
                 "Path-style addressing cannot be used with S3 Accelerate");
    /* malformed ARNs */
    struct awsc_endpoint_param arn[] = {P_STR("Region", "us-west-2"),
                                        P_STR("Bucket", "arn:aws:s3:us-west-2:123456789012:")};
    expect_error(awsc_s3_service(), arn, 2,
                 "Invalid ARN: `arn:aws:s3:us-west-2:123456789012:` was not a valid ARN");
    struct awsc_endpoint_param arn2[] = {
        P_STR("Region", "us-west-2"),
        P_STR("Bucket", "arn:aws:s3:us-west-2:123456789012:accesspoint")};
    expect_error(awsc_s3_service(), arn2, 2,
                 "Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint "
                 "name>` but no name was provided");
    /* FIPS where the partition has none */
    struct awsc_endpoint_param fips[] = {P_STR("Region", "cn-north-1"), P_STR("Bucket", "bucket"),
                                         P_BOOL("UseFIPS", true)};
    expect_error(awsc_s3_service(), fips, 3, "Partition does not support FIPS");
    struct awsc_endpoint_param custom[] = {P_STR("Region", "us-east-1"), P_BOOL("UseFIPS", true),
                                           P_STR("Endpoint", "https://example.com")};
    expect_error(awsc_dynamodb_service(), custom, 3,
                 "Invalid Configuration: FIPS and custom endpoint are not supported");
    /* the account id endpoint mode "required" with no account id */
    struct awsc_endpoint_param account[] = {P_STR("Region", "us-east-1"),
                                            P_STR("AccountIdEndpointMode", "required")};
    expect_error(awsc_dynamodb_service(), account, 2,
                 "AccountIdEndpointMode is required but no AccountID was provided or able to be "
                 "loaded");
    /* no region (DynamoDB's rule set no longer requires one), a parameter
     * of the wrong type */
    expect_error(awsc_dynamodb_service(), NULL, 0, "Invalid Configuration: Missing Region");
    struct awsc_endpoint_param wrong[] = {P_BOOL("Region", true)};
    struct awsc_endpoint *ep = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(awsc_endpoint_resolve(awsc_dynamodb_service(), wrong, 1, &ep, &err) ==
          AWSC_E_INVALID_ARG);
    CHECK_STR(err.message, "Value (Region) is the wrong type. Must be <class 'str'>.");
    awsc_error_clean_up(&err);
    /* good ones */
    struct awsc_endpoint_param good[] = {P_STR("Region", "us-west-2"),
                                         P_STR("Bucket", "my-bucket")};
    expect_url(awsc_s3_service(), good, 2, "https://my-bucket.s3.us-west-2.amazonaws.com");
    struct awsc_endpoint_param ap[] = {
        P_STR("Region", "us-west-2"),
        P_STR("Bucket", "arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint")};
    expect_url(awsc_s3_service(), ap, 2,
               "https://myendpoint-123456789012.s3-accesspoint.us-west-2.amazonaws.com");
}

/* ------------------------------------------------- configuration */

static char scratch[256];

#if AWSC_WITH_SHARED_CONFIG /* else no file is read */
static const char *write_config(const char *text)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/config", scratch);
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(2);
    }
    fputs(text, f);
    fclose(f);
    return path;
}
#endif

static const char *const ENV[] = {
    "AWS_USE_FIPS_ENDPOINT",
    "AWS_USE_DUALSTACK_ENDPOINT",
    "AWS_S3_USE_ARN_REGION",
    "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT",
    "AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS",
    "AWS_STS_REGIONAL_ENDPOINTS",
    "AWS_ACCOUNT_ID_ENDPOINT_MODE",
    "AWS_ACCOUNT_ID",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_DEFAULT_REGION",
    "AWS_ENDPOINT_URL",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
};

static void clean_env(void)
{
    for (size_t i = 0; i < sizeof ENV / sizeof ENV[0]; i++)
        unsetenv(ENV[i]);
}

/* The configuration for svc from the config file text (NULL: none) and
 * the options; returns the status. */
static int config_account(const struct awsc_service *svc, const char *file, const char *region,
                          const char *endpoint_url, const char *account_id,
                          const struct awsc_endpoint_options *o, struct awsc__endpoint_config *out,
                          struct awsc_error *err)
{
    struct awsc__shared_config *shared = NULL;
    struct awsc__shared_config_options so = {0};
#if AWSC_WITH_SHARED_CONFIG
    char none[512];
    snprintf(none, sizeof none, "%s/none", scratch);
    so.config_file = file ? write_config(file) : none;
    so.credentials_file = none;
#else /* no file is read: only the checks that name none run */
    if (file) {
        printf("FAIL a config file in a build without the shared files\n");
        failures++;
    }
#endif
    int status = awsc__shared_config_load(&so, &shared, err);
    if (status == AWSC_OK)
        status = awsc__endpoint_config_resolve(shared, svc, region, endpoint_url, account_id, o,
                                               out, err);
    awsc__shared_config_destroy(shared);
    return status;
}

static int config(const struct awsc_service *svc, const char *file, const char *region,
                  const char *endpoint_url, const struct awsc_endpoint_options *o,
                  struct awsc__endpoint_config *out, struct awsc_error *err)
{
    return config_account(svc, file, region, endpoint_url, NULL, o, out, err);
}

#define B(cfg, id) ((cfg).builtins.boolean[AWSC_EP_BUILTIN_##id])

#if AWSC_WITH_SHARED_CONFIG /* the profile's settings */
static void test_config(void)
{
    struct awsc__endpoint_config c;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_endpoint_options o = {0};

    /* defaults */
    CHECK(config(awsc_s3_service(), NULL, "us-west-2", NULL, NULL, &c, &err) == AWSC_OK);
    CHECK_STR(c.builtins.string[AWSC_EP_BUILTIN_REGION], "us-west-2");
    CHECK_STR(c.builtins.string[AWSC_EP_BUILTIN_ENDPOINT], NULL);
    CHECK(B(c, USE_FIPS) < 0 && B(c, USE_DUAL_STACK) < 0 && B(c, S3_FORCE_PATH_STYLE) < 0);
    CHECK(B(c, S3_USE_ARN_REGION) > 0 && B(c, S3CONTROL_USE_ARN_REGION) < 0);
    CHECK(B(c, S3_USE_GLOBAL_ENDPOINT) < 0 && B(c, S3_ACCELERATE) < 0);
    awsc__endpoint_config_clean_up(&c);

    /* S3 without a region: us-east-1 and the global endpoint */
    CHECK(config(awsc_s3_service(), NULL, "", NULL, NULL, &c, &err) == AWSC_OK);
    CHECK_STR(c.builtins.string[AWSC_EP_BUILTIN_REGION], "us-east-1");
    CHECK(B(c, S3_USE_GLOBAL_ENDPOINT) > 0);
    awsc__endpoint_config_clean_up(&c);

    /* environment, then profile; an explicit option wins */
    setenv("AWS_USE_FIPS_ENDPOINT", "true", 1);
    CHECK(config(awsc_dynamodb_service(), "[default]\nuse_fips_endpoint = false\n", "us-east-1",
                 NULL, NULL, &c, &err) == AWSC_OK);
    CHECK(B(c, USE_FIPS) > 0);
    awsc__endpoint_config_clean_up(&c);
    o.use_fips_endpoint = -1;
    CHECK(config(awsc_dynamodb_service(), NULL, "us-east-1", NULL, &o, &c, &err) == AWSC_OK);
    CHECK(B(c, USE_FIPS) < 0);
    awsc__endpoint_config_clean_up(&c);
    o.use_fips_endpoint = 0;
    unsetenv("AWS_USE_FIPS_ENDPOINT");
    CHECK(config(awsc_dynamodb_service(), "[default]\nuse_fips_endpoint = TRUE\n", "us-east-1",
                 NULL, NULL, &c, &err) == AWSC_OK);
    CHECK(B(c, USE_FIPS) > 0);
    awsc__endpoint_config_clean_up(&c);
    /* an endpoint URL turns FIPS and dual-stack off */
    CHECK(config(awsc_dynamodb_service(),
                 "[default]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = true\n",
                 "us-east-1", "http://localhost:8000", NULL, &c, &err) == AWSC_OK);
    CHECK(B(c, USE_FIPS) < 0 && B(c, USE_DUAL_STACK) < 0);
    CHECK_STR(c.builtins.string[AWSC_EP_BUILTIN_ENDPOINT], "http://localhost:8000");
    awsc__endpoint_config_clean_up(&c);

    /* the s3 section */
    const char *s3cfg = "[default]\n"
                        "s3 =\n"
                        "  addressing_style = path\n"
                        "  use_dualstack_endpoint = true\n"
                        "  use_arn_region = false\n"
                        "  us_east_1_regional_endpoint = regional\n";
    CHECK(config(awsc_s3_service(), s3cfg, "us-east-1", NULL, NULL, &c, &err) == AWSC_OK);
    CHECK(B(c, S3_FORCE_PATH_STYLE) > 0 && B(c, USE_DUAL_STACK) > 0);
    CHECK(B(c, S3_USE_ARN_REGION) < 0 && B(c, S3_USE_GLOBAL_ENDPOINT) < 0);
    awsc__endpoint_config_clean_up(&c);
    /* a custom endpoint means path style unless virtual is asked for;
     * accelerate never is */
    CHECK(config(awsc_s3_service(), NULL, "us-west-2", "http://127.0.0.1:4568", NULL, &c, &err) ==
          AWSC_OK);
    CHECK(B(c, S3_FORCE_PATH_STYLE) > 0);
    awsc__endpoint_config_clean_up(&c);
    o.s3_addressing_style = "virtual";
    CHECK(config(awsc_s3_service(), NULL, "us-west-2", "http://127.0.0.1:4568", &o, &c, &err) ==
          AWSC_OK);
    CHECK(B(c, S3_FORCE_PATH_STYLE) < 0);
    awsc__endpoint_config_clean_up(&c);
    o.s3_addressing_style = "path";
    o.s3_use_accelerate_endpoint = 1;
    CHECK(config(awsc_s3_service(), NULL, "us-west-2", NULL, &o, &c, &err) == AWSC_OK);
    CHECK(B(c, S3_FORCE_PATH_STYLE) < 0 && B(c, S3_ACCELERATE) > 0);
    awsc__endpoint_config_clean_up(&c);
    memset(&o, 0, sizeof o);
    setenv("AWS_S3_USE_ARN_REGION", "false", 1);
    CHECK(config(awsc_s3_service(), "[default]\ns3_use_arn_region = true\n", "us-west-2", NULL,
                 NULL, &c, &err) == AWSC_OK);
    CHECK(B(c, S3_USE_ARN_REGION) < 0);
    awsc__endpoint_config_clean_up(&c);
    unsetenv("AWS_S3_USE_ARN_REGION");

#ifdef HAVE_STS
    /* STS: regional by default; legacy: the global endpoint for the
     * legacy regions */
    CHECK(config(awsc_sts_service(), NULL, "eu-west-1", NULL, NULL, &c, &err) == AWSC_OK);
    CHECK(B(c, STS_USE_GLOBAL_ENDPOINT) < 0);
    awsc__endpoint_config_clean_up(&c);
    setenv("AWS_STS_REGIONAL_ENDPOINTS", "legacy", 1);
    CHECK(config(awsc_sts_service(), NULL, "eu-west-1", NULL, NULL, &c, &err) == AWSC_OK);
    CHECK(B(c, STS_USE_GLOBAL_ENDPOINT) > 0);
    awsc__endpoint_config_clean_up(&c);
    CHECK(config(awsc_sts_service(), NULL, "ap-east-1", NULL, NULL, &c, &err) == AWSC_OK);
    CHECK(B(c, STS_USE_GLOBAL_ENDPOINT) < 0);
    awsc__endpoint_config_clean_up(&c);
    setenv("AWS_STS_REGIONAL_ENDPOINTS", "regional", 1);
    CHECK(config(awsc_sts_service(), NULL, "eu-west-1", NULL, NULL, &c, &err) == AWSC_OK);
    CHECK(B(c, STS_USE_GLOBAL_ENDPOINT) < 0);
    awsc__endpoint_config_clean_up(&c);
    setenv("AWS_STS_REGIONAL_ENDPOINTS", "sometimes", 1);
    CHECK(config(awsc_sts_service(), NULL, "eu-west-1", NULL, NULL, &c, &err) == AWSC_E_CONFIG);
    CHECK_STR(err.message, "STS regional endpoints option sometimes is invalid. Valid options "
                           "are: \"legacy\", \"regional\"");
    unsetenv("AWS_STS_REGIONAL_ENDPOINTS");
#else
    skipped("the STS configuration checks");
#endif
    CHECK(config(awsc_s3_service(), "[default]\ns3_us_east_1_regional_endpoint = x\n", "us-east-1",
                 NULL, NULL, &c, &err) == AWSC_E_CONFIG);
    CHECK_STR(err.message, "S3 us-east-1 regional endpoint option x is invalid. Valid options "
                           "are: \"legacy\", \"regional\"");
    awsc_error_clean_up(&err);
}
#endif

/* ------------------------------------------------- the call path */

/* Resolve op of svc for input with cfg; the URL, or the error message. */
static const char *call_url(const struct awsc_service *svc, const char *region, const char *op,
                            const void *input, const char *file,
                            const struct awsc_endpoint_options *o, struct awsc__endpoint_auth *auth)
{
    static char out[512];
    struct awsc__endpoint_config c;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = config(svc, file, region, NULL, o, &c, &err);
    const struct awsc_endpoint *ep = NULL;
    if (status == AWSC_OK) {
        status = awsc__endpoint_resolve(NULL, svc, &c, awsc_service_operation(svc, op), input, &ep,
                                        &err);
        awsc__endpoint_config_clean_up(&c);
    }
    if (status == AWSC_OK && auth) {
        /* the strings outlive the endpoint here: copies */
        static char name[64], signing_region[64], region0[64];
        static const char *set[1] = {region0};
        status = awsc__endpoint_auth(ep, svc, region, auth, &err);
        if (status == AWSC_OK) {
            snprintf(name, sizeof name, "%s", auth->signing_name);
            snprintf(signing_region, sizeof signing_region, "%s", auth->signing_region);
            auth->signing_name = name;
            auth->signing_region = signing_region;
            if (auth->region_set_count) {
                snprintf(region0, sizeof region0, "%s", auth->region_set[0]);
                auth->region_set = set;
                auth->region_set_count = 1;
            }
        }
    }
    snprintf(out, sizeof out, "%s", status == AWSC_OK ? ep->url : err.message);
    awsc__endpoint_release(ep);
    awsc_error_clean_up(&err);
    return out;
}

static void test_call_path(void)
{
    struct awsc__endpoint_auth auth;
    struct awsc_s3_get_object_input get = {0};
    get.bucket = "my-bucket";
    get.key = "k";
    CHECK_STR(call_url(awsc_s3_service(), "us-west-2", "GetObject", &get, NULL, NULL, &auth),
              "https://my-bucket.s3.us-west-2.amazonaws.com");
    CHECK_STR(auth.signing_name, "s3");
    CHECK_STR(auth.signing_region, "us-west-2");
    CHECK(auth.disable_double_encoding == 1);
    /* us-east-1, legacy: the global endpoint */
    CHECK_STR(call_url(awsc_s3_service(), "us-east-1", "GetObject", &get, NULL, NULL, NULL),
              "https://my-bucket.s3.amazonaws.com");
    /* GetBucketLocation always goes path style */
    struct awsc_s3_get_bucket_location_input loc = {0};
    loc.bucket = "my-bucket";
    CHECK_STR(call_url(awsc_s3_service(), "us-west-2", "GetBucketLocation", &loc, NULL, NULL, NULL),
              "https://s3.us-west-2.amazonaws.com/my-bucket");
#if AWSC_WITH_SHARED_CONFIG
    /* addressing_style = path from the profile */
    CHECK_STR(call_url(awsc_s3_service(), "us-west-2", "GetObject", &get,
                       "[default]\ns3 =\n  addressing_style = path\n", NULL, NULL),
              "https://s3.us-west-2.amazonaws.com/my-bucket");
#endif
    /* an access point ARN, and ForcePathStyle turned off for it */
    get.bucket = "arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint";
#if AWSC_WITH_SHARED_CONFIG
    CHECK_STR(call_url(awsc_s3_service(), "us-west-2", "GetObject", &get,
                       "[default]\ns3 =\n  addressing_style = path\n", NULL, NULL),
              "https://myendpoint-123456789012.s3-accesspoint.us-west-2.amazonaws.com");
#endif
    /* the ARN's region against the client's, UseArnRegion off */
    struct awsc_endpoint_options o = {0};
    o.s3_use_arn_region = -1;
    CHECK_STR(call_url(awsc_s3_service(), "us-east-2", "GetObject", &get, NULL, &o, NULL),
              "Invalid configuration: region from ARN `us-west-2` does not match client region "
              "`us-east-2` and UseArnRegion is `false`");
    /* a multi-region access point: sigv4a, for every region */
    get.bucket = "arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap";
    CHECK_STR(call_url(awsc_s3_service(), "us-west-2", "GetObject", &get, NULL, NULL, &auth),
              "https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com");
    CHECK_STR(auth.scheme, "sigv4a");
    CHECK_STR(auth.signing_name, "s3");
    CHECK(auth.region_set_count == 1 && strcmp(auth.region_set[0], "*") == 0);
    /* a bucket that is no host label, with accelerate */
    get.bucket = "bucket name";
    o.s3_use_arn_region = 0;
    o.s3_use_accelerate_endpoint = 1;
    CHECK_STR(call_url(awsc_s3_service(), "us-west-2", "GetObject", &get, NULL, &o, NULL),
              "Path-style addressing cannot be used with S3 Accelerate");

    memset(&o, 0, sizeof o);
#ifdef HAVE_STS
    /* STS: the legacy global endpoint, signed for us-east-1 */
    o.sts_regional_endpoints = "legacy";
    CHECK_STR(call_url(awsc_sts_service(), "eu-west-1", "GetCallerIdentity", NULL, NULL, &o, &auth),
              "https://sts.amazonaws.com");
    CHECK_STR(auth.signing_region, "us-east-1");
    CHECK_STR(auth.signing_name, "sts");
    o.sts_regional_endpoints = "regional";
    CHECK_STR(call_url(awsc_sts_service(), "eu-west-1", "GetCallerIdentity", NULL, NULL, &o, &auth),
              "https://sts.eu-west-1.amazonaws.com");
    CHECK_STR(auth.signing_region, "eu-west-1");
    /* no region: the global endpoint for STS */
    CHECK_STR(call_url(awsc_sts_service(), "", "GetCallerIdentity", NULL, NULL, NULL, NULL),
              "https://sts.amazonaws.com");
#else
    skipped("the STS endpoint checks");
#endif
    /* no region: the rule set's error for DynamoDB */
    CHECK_STR(call_url(awsc_dynamodb_service(), "", "ListTables", NULL, NULL, NULL, NULL),
              "Invalid Configuration: Missing Region");
    o.sts_regional_endpoints = NULL;
    o.use_fips_endpoint = 1;
    CHECK_STR(call_url(awsc_dynamodb_service(), "us-east-1", "ListTables", NULL, NULL, &o, NULL),
              "https://dynamodb-fips.us-east-1.amazonaws.com");
    o.use_fips_endpoint = 0;
    o.use_dualstack_endpoint = 1;
    CHECK_STR(call_url(awsc_dynamodb_service(), "us-east-1", "ListTables", NULL, NULL, &o, NULL),
              "https://dynamodb.us-east-1.api.aws");
}

static const char *joined(const char *url, const char *prefix, const char *path, const char *query)
{
    static char out[512];
    struct awsc_buf b = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status =
        awsc__endpoint_url_join(url, prefix, path, strlen(path), query, strlen(query), &b, &err);
    snprintf(out, sizeof out, "%s", status == AWSC_OK ? b.data : err.message);
    awsc__buf_clean_up(&b);
    awsc_error_clean_up(&err);
    return out;
}

static void test_request(void)
{
    /* botocore's _urljoin */
    CHECK_STR(joined("https://s3.us-west-2.amazonaws.com/my-bucket", NULL, "", "list-type=2"),
              "https://s3.us-west-2.amazonaws.com/my-bucket?list-type=2");
    CHECK_STR(joined("https://my-bucket.s3.amazonaws.com", NULL, "/a/key", ""),
              "https://my-bucket.s3.amazonaws.com/a/key");
    CHECK_STR(joined("https://sts.amazonaws.com", NULL, "/", ""), "https://sts.amazonaws.com/");
    CHECK_STR(joined("https://sts.amazonaws.com", NULL, "", ""), "https://sts.amazonaws.com/");
    CHECK_STR(joined("https://example.com/base/", "abc.", "/x", ""),
              "https://abc.example.com/base/x");
    CHECK_STR(joined("http://127.0.0.1:4568/bucket", NULL, "/k", "acl"),
              "http://127.0.0.1:4568/bucket/k?acl");
    CHECK_STR(joined("example.com", NULL, "/", ""), "not an endpoint URL: example.com");

    /* S3's request URIs lose their bucket; others keep theirs */
    CHECK_STR(awsc__endpoint_request_uri(awsc_service_operation(awsc_s3_service(), "GetObject")),
              "/{Key+}");
    CHECK_STR(
        awsc__endpoint_request_uri(awsc_service_operation(awsc_s3_service(), "ListObjectsV2")),
        "?list-type=2");
    CHECK_STR(awsc__endpoint_request_uri(awsc_service_operation(awsc_s3_service(), "HeadBucket")),
              "");
    CHECK_STR(awsc__endpoint_request_uri(awsc_service_operation(awsc_s3_service(), "ListBuckets")),
              "/");
#ifdef HAVE_STS
    CHECK_STR(
        awsc__endpoint_request_uri(awsc_service_operation(awsc_sts_service(), "GetCallerIdentity")),
        "/");
#endif
}

/* ------------------------------------------------ the account id */

#define ACCOUNT   "111122223333"
#define TABLE_ARN "arn:aws:dynamodb:us-east-1:333344445555:table/music"

#if AWSC_WITH_SHARED_CONFIG /* the profile's account_id_endpoint_mode */

/* DynamoDB's op in us-east-1 with the account id and mode: the URL or the
 * error message. */
static const char *account_url(const char *op, const void *input, const char *account,
                               const char *mode, const char *file)
{
    static char out[512];
    struct awsc_endpoint_options o = {0};
    o.account_id_endpoint_mode = mode;
    struct awsc__endpoint_config c;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status =
        config_account(awsc_dynamodb_service(), file, "us-east-1", NULL, account, &o, &c, &err);
    const struct awsc_endpoint *ep = NULL;
    if (status == AWSC_OK) {
        status = awsc__endpoint_resolve(NULL, awsc_dynamodb_service(), &c,
                                        awsc_service_operation(awsc_dynamodb_service(), op), input,
                                        &ep, &err);
        awsc__endpoint_config_clean_up(&c);
    }
    snprintf(out, sizeof out, "%s", status == AWSC_OK ? ep->url : err.message);
    awsc__endpoint_release(ep);
    awsc_error_clean_up(&err);
    return out;
}

/* The URLs are botocore 1.43.67's for the same calls (cli_hosts.py and
 * botocore_config.py compare them at run time). */
static void test_account_id(void)
{
    struct awsc__endpoint_config c;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(config_account(awsc_dynamodb_service(), NULL, "us-east-1", NULL, ACCOUNT, NULL, &c,
                         &err) == AWSC_OK);
    CHECK_STR(c.builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID], ACCOUNT);
    CHECK_STR(c.builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE], "preferred");
    awsc__endpoint_config_clean_up(&c);
    /* the option, then the environment, then the profile; lower-cased */
    struct awsc_endpoint_options o = {0};
    o.account_id_endpoint_mode = "DISABLED";
    setenv("AWS_ACCOUNT_ID_ENDPOINT_MODE", "required", 1);
    CHECK(config_account(awsc_dynamodb_service(), NULL, "us-east-1", NULL, NULL, &o, &c, &err) ==
          AWSC_OK);
    CHECK_STR(c.builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE], "disabled");
    CHECK(c.builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID] == NULL);
    awsc__endpoint_config_clean_up(&c);
    CHECK(config_account(awsc_dynamodb_service(),
                         "[default]\naccount_id_endpoint_mode = Disabled\n", "us-east-1", NULL,
                         NULL, NULL, &c, &err) == AWSC_OK);
    CHECK_STR(c.builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE], "required");
    awsc__endpoint_config_clean_up(&c);
    unsetenv("AWS_ACCOUNT_ID_ENDPOINT_MODE");
    CHECK(config_account(awsc_dynamodb_service(),
                         "[default]\naccount_id_endpoint_mode = Disabled\n", "us-east-1", NULL,
                         NULL, NULL, &c, &err) == AWSC_OK);
    CHECK_STR(c.builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE], "disabled");
    awsc__endpoint_config_clean_up(&c);
    /* a bad mode fails every client, as botocore's */
    o.account_id_endpoint_mode = "Always";
    CHECK(config_account(awsc_s3_service(), NULL, "us-east-1", NULL, NULL, &o, &c, &err) ==
          AWSC_E_CONFIG);
    CHECK_STR(err.message, "The configured value 'always' for 'account_id_endpoint_mode' is "
                           "invalid. Valid values are: ('preferred', 'disabled', 'required').");
    awsc_error_clean_up(&err);

    /* calls: the credentials' account, or the account of the table the
     * operation names (operationContextParams) */
    CHECK_STR(account_url("ListTables", NULL, ACCOUNT, NULL, NULL),
              "https://" ACCOUNT ".ddb.us-east-1.amazonaws.com");
    CHECK_STR(account_url("ListTables", NULL, ACCOUNT, "disabled", NULL),
              "https://dynamodb.us-east-1.amazonaws.com");
    CHECK_STR(account_url("ListTables", NULL, NULL, "required", NULL),
              "AccountIdEndpointMode is required but no AccountID was provided or able to be "
              "loaded");
    CHECK_STR(account_url("ListTables", NULL, NULL, NULL, NULL),
              "https://dynamodb.us-east-1.amazonaws.com");
    struct awsc_dynamodb_batch_get_request_map_entry tables[] = {{.key = TABLE_ARN}};
    struct awsc_dynamodb_batch_get_item_input batch = {.request_items = {tables, 1}};
    CHECK_STR(account_url("BatchGetItem", &batch, ACCOUNT, NULL, NULL),
              "https://333344445555.ddb.us-east-1.amazonaws.com");
    tables[0].key = "music";
    CHECK_STR(account_url("BatchGetItem", &batch, ACCOUNT, NULL, NULL),
              "https://" ACCOUNT ".ddb.us-east-1.amazonaws.com");
    struct awsc_dynamodb_condition_check check = {.table_name = TABLE_ARN};
    struct awsc_dynamodb_delete del = {.table_name = "other"};
    struct awsc_dynamodb_transact_write_item items[] = {{.condition_check = &check},
                                                        {.delete_ = &del}};
    struct awsc_dynamodb_transact_write_items_input tx = {.transact_items = {items, 2}};
    CHECK_STR(account_url("TransactWriteItems", &tx, ACCOUNT, NULL, NULL),
              "https://333344445555.ddb.us-east-1.amazonaws.com");
    struct awsc_dynamodb_update update = {.table_name = "music"};
    struct awsc_dynamodb_transact_write_item one[] = {{.update = &update}};
    tx.transact_items.items = one;
    tx.transact_items.count = 1;
    CHECK_STR(account_url("TransactWriteItems", &tx, ACCOUNT, NULL, NULL),
              "https://" ACCOUNT ".ddb.us-east-1.amazonaws.com");
}
#endif

/* ------------------------------------------------ cache, allocation */

static void test_cache(void)
{
    struct awsc__endpoint_cache *cache;
    CHECK(awsc__endpoint_cache_new(2, &cache) == AWSC_OK);
    const struct awsc_ruleset *rs = awsc_service_ruleset(awsc_s3_service());
    struct awsc__ep_arg args[AWSC_EP_MAX_SLOTS];
    memset(args, 0, sizeof args);
    int region = -1, bucket = -1;
    for (unsigned i = 0; i < rs->param_count; i++) {
        if (strcmp(awsc_ruleset_param_name(rs, i), "Region") == 0)
            region = (int)i;
        if (strcmp(awsc_ruleset_param_name(rs, i), "Bucket") == 0)
            bucket = (int)i;
    }
    CHECK(region >= 0 && bucket >= 0);
    args[region].type = AWSC_EP_PARAM_STRING;
    args[region].string = "us-west-2";
    args[bucket].type = AWSC_EP_PARAM_STRING;
    const char *buckets[] = {"bucket-a", "bucket-b", "bucket-a", "bucket-c", "bucket-b"};
    const struct awsc_endpoint *kept = NULL;
    for (size_t i = 0; i < 5; i++) {
        char name[32];
        snprintf(name, sizeof name, "%s", buckets[i]); /* a fresh copy each time */
        args[bucket].string = name;
        const struct awsc_endpoint *ep = NULL;
        struct awsc_error err = AWSC_ERROR_INIT;
        CHECK(awsc__ruleset_resolve_cached(cache, rs, args, &ep, &err) == AWSC_OK);
        char want[128];
        snprintf(want, sizeof want, "https://%s.s3.us-west-2.amazonaws.com", buckets[i]);
        CHECK_STR(ep ? ep->url : NULL, want);
        if (i == 0)
            kept = ep; /* held past its eviction */
        else
            awsc__endpoint_release(ep);
        awsc_error_clean_up(&err);
    }
    unsigned long hits, misses;
    awsc__endpoint_cache_stats(cache, &hits, &misses);
    /* a (miss) b (miss) a (hit) c (miss, evicts b) b (miss, evicts a) */
    CHECK(hits == 1 && misses == 4);
    awsc__endpoint_cache_destroy(cache);
    CHECK_STR(kept->url, "https://bucket-a.s3.us-west-2.amazonaws.com");
    awsc__endpoint_release(kept);
}

static void test_allocation_failures(void)
{
    struct awsc_s3_get_object_input get = {0};
    get.bucket = "arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint";
    get.key = "k";
    struct awsc__endpoint_config c;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(config(awsc_s3_service(), NULL, "us-west-2", NULL, NULL, &c, &err) == AWSC_OK);
    const struct awsc_operation *op = awsc_service_operation(awsc_s3_service(), "GetObject");
    bool done = false;
    for (long n = 1; n < 10000 && !done; n++) {
        struct awsc__endpoint_cache *cache = NULL;
        if (awsc__endpoint_cache_new(0, &cache) != AWSC_OK)
            continue;
        awsc__alloc_fail_at(n);
        const struct awsc_endpoint *ep = NULL;
        int status = awsc__endpoint_resolve(cache, awsc_s3_service(), &c, op, &get, &ep, &err);
        awsc__alloc_fail_at(0);
        if (status == AWSC_OK) {
            CHECK_STR(ep->url, "https://myendpoint-123456789012.s3-accesspoint.us-west-2."
                               "amazonaws.com");
            done = true;
        } else {
            CHECK(status == AWSC_E_NOMEM);
        }
        awsc__endpoint_release(ep);
        awsc__endpoint_cache_destroy(cache);
        awsc_error_clean_up(&err);
    }
    CHECK(done);
    awsc__endpoint_config_clean_up(&c);

    /* an operationContextParams list (keys of a map), the account id and
     * the mode in the configuration */
    struct awsc_dynamodb_batch_get_request_map_entry tables[] = {{.key = TABLE_ARN}, {.key = "t"}};
    struct awsc_dynamodb_batch_get_item_input batch = {.request_items = {tables, 2}};
    op = awsc_service_operation(awsc_dynamodb_service(), "BatchGetItem");
    done = false;
    for (long n = 1; n < 10000 && !done; n++) {
        struct awsc__endpoint_cache *cache = NULL;
        if (awsc__endpoint_cache_new(0, &cache) != AWSC_OK)
            continue;
        awsc__alloc_fail_at(n);
        const struct awsc_endpoint *ep = NULL;
        int status = config_account(awsc_dynamodb_service(), NULL, "us-east-1", NULL, ACCOUNT, NULL,
                                    &c, &err);
        if (status == AWSC_OK) {
            status =
                awsc__endpoint_resolve(cache, awsc_dynamodb_service(), &c, op, &batch, &ep, &err);
            awsc__endpoint_config_clean_up(&c);
        }
        awsc__alloc_fail_at(0);
        if (status == AWSC_OK) {
            CHECK_STR(ep->url, "https://333344445555.ddb.us-east-1.amazonaws.com");
            done = true;
        } else {
            CHECK(status == AWSC_E_NOMEM);
        }
        awsc__endpoint_release(ep);
        awsc__endpoint_cache_destroy(cache);
        awsc_error_clean_up(&err);
    }
    CHECK(done);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s/awsc-endpoint-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(scratch)) {
        perror("mkdtemp");
        return 2;
    }
    clean_env();
    setenv("HOME", scratch, 1);
    test_parse_url();
    test_host_labels();
    test_arn_partition_misc();
    test_bad_input();
#if AWSC_WITH_SHARED_CONFIG
    test_config();
#else
    printf("SKIP the configuration from the environment and the profile: "
           "-Dshared_config=false\n");
#endif
    test_call_path();
    test_request();
#if AWSC_WITH_SHARED_CONFIG
    test_account_id();
#else
    printf("SKIP the account id checks, which read config files: -Dshared_config=false\n");
#endif
    test_cache();
    test_allocation_failures();
    char path[512];
    snprintf(path, sizeof path, "%s/config", scratch);
    unlink(path);
    rmdir(scratch);
    printf("%d failed\n", failures);
    printf("%s\n", failures ? "FAILED" : "all passed");
    return failures ? 1 : 0;
}
