/*
 * Request compression (the requestcompression trait: CloudWatch
 * PutMetricData) against the stub transport: when a body is compressed,
 * its gzip as Python's gzip module writes it (the differential test
 * compares the bytes with botocore's), and the settings from the client
 * configuration, the environment and the profile, read and checked as
 * botocore 1.43.67 reads them; every allocation failing in turn.
 */
#include <awsc/awsc.h>
#include <awsc/cloudwatch.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "client/client.h"

static int failures;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)
#define CHECK_CONTAINS(hay, needle)                                                           \
    do {                                                                                      \
        const char *h_ = (hay);                                                               \
        if (!h_ || !strstr(h_, needle)) {                                                     \
            fprintf(stderr, "%s:%d: \"%s\" lacks \"%s\"\n", __FILE__, __LINE__, h_ ? h_ : "", \
                    needle);                                                                  \
            failures++;                                                                       \
        }                                                                                     \
    } while (0)

static const struct awsc_credentials CREDS = {"AKIDEXAMPLE", "secret", NULL};
enum { FIXED_TIME = 1678806566 };

static int client_with(struct awsc_stub *stub, int disable, long min_size, struct awsc_client **out,
                       struct awsc_error *err)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "http://127.0.0.1:1";
    cfg.credentials = &CREDS;
    cfg.transport = awsc_stub_transport(stub);
    cfg.fixed_time = FIXED_TIME;
    cfg.max_attempts = 1;
    cfg.disable_request_compression = disable;
    cfg.request_min_compression_size_bytes = min_size;
    return awsc_client_new(awsc_cloudwatch_service(), &cfg, out, err);
}

/* PutMetricData with n metrics: a body of about 60 * n bytes. */
static int put(struct awsc_client *c, struct awsc_stub *stub, size_t n, struct awsc_error *err)
{
    struct awsc_cloudwatch_metric_datum data[400];
    memset(data, 0, sizeof data);
    for (size_t i = 0; i < n && i < 400; i++) {
        data[i].metric_name = "requests-served-by-the-frontend";
        data[i].has_value = true;
        data[i].value = (double)i;
    }
    struct awsc_cloudwatch_put_metric_data_input in = {.namespace_ = "awsc/test",
                                                       .metric_data = {data, n}};
    awsc_stub_push_simple(stub, 200, "Content-Type: application/x-amz-json-1.0\r\n", "{}");
    return awsc_cloudwatch_put_metric_data(c, &in, err);
}

static const struct awsc_stub_request *last(struct awsc_stub *stub)
{
    size_t n = awsc_stub_request_count(stub);
    return n ? awsc_stub_request(stub, n - 1) : NULL;
}

static bool gzipped(struct awsc_stub *stub)
{
    const struct awsc_stub_request *r = last(stub);
    const char *ce = r ? awsc_stub_request_header(r, "Content-Encoding") : NULL;
    return ce && strcmp(ce, "gzip") == 0;
}

/* The last request's body, gunzipped, is JSON naming every metric; its
 * header is Python's: MTIME the clock, XFL 2, OS 255. */
static void check_gzip(struct awsc_stub *stub, size_t metrics)
{
    const struct awsc_stub_request *r = last(stub);
    CHECK(r && r->body_len > 18);
    if (!r || r->body_len <= 18)
        return;
    const uint8_t *b = r->body;
    CHECK(b[0] == 0x1f && b[1] == 0x8b && b[2] == 8 && b[3] == 0);
    uint32_t mtime =
        (uint32_t)b[4] | (uint32_t)b[5] << 8 | (uint32_t)b[6] << 16 | (uint32_t)b[7] << 24;
    CHECK(mtime == FIXED_TIME);
    CHECK(b[8] == 2 && b[9] == 255);
    static uint8_t plain[65536];
    z_stream z;
    memset(&z, 0, sizeof z);
    CHECK(inflateInit2(&z, 16 + 15) == Z_OK);
    z.next_in = (Bytef *)(uintptr_t)r->body;
    z.avail_in = (uInt)r->body_len;
    z.next_out = plain;
    z.avail_out = sizeof plain - 1;
    CHECK(inflate(&z, Z_FINISH) == Z_STREAM_END);
    size_t n = sizeof plain - 1 - z.avail_out;
    inflateEnd(&z);
    plain[n] = '\0';
    size_t names = 0;
    for (const char *p = (const char *)plain; (p = strstr(p, "requests-served-by")); p++)
        names++;
    CHECK(names == metrics);
    CHECK(strncmp((const char *)plain, "{\"Namespace\": \"awsc/test\"", 25) == 0);
}

static void test_defaults(struct awsc_stub *stub)
{
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(client_with(stub, 0, 0, &c, &err) == AWSC_OK);
    /* under 10240 bytes: as it is */
    CHECK(put(c, stub, 10, &err) == AWSC_OK);
    CHECK(!gzipped(stub) && last(stub) && last(stub)->body_len < 10240);
    /* past it: gzip */
    CHECK(put(c, stub, 300, &err) == AWSC_OK);
    CHECK(gzipped(stub));
    check_gzip(stub, 300);
    /* an operation without the trait never is */
    struct awsc_cloudwatch_list_dashboards_input ld = {.dashboard_name_prefix = "x"};
    awsc_stub_push_simple(stub, 200, "Content-Type: application/x-amz-json-1.0\r\n", "{}");
    struct awsc_cloudwatch_list_dashboards_output *lo = NULL;
    CHECK(awsc_cloudwatch_list_dashboards(c, &ld, &lo, &err) == AWSC_OK);
    awsc_output_free(lo);
    CHECK(!gzipped(stub));
    awsc_client_destroy(c);
    awsc_error_clean_up(&err);
}

static void test_settings(struct awsc_stub *stub)
{
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    /* the client's own minimum */
    CHECK(client_with(stub, 0, 100, &c, &err) == AWSC_OK);
    CHECK(put(c, stub, 10, &err) == AWSC_OK);
    CHECK(gzipped(stub));
    check_gzip(stub, 10);
    awsc_client_destroy(c);
    /* disabled in the environment (any case), enabled again by the client */
    setenv("AWS_DISABLE_REQUEST_COMPRESSION", "TRUE", 1);
    CHECK(client_with(stub, 0, 100, &c, &err) == AWSC_OK);
    CHECK(put(c, stub, 300, &err) == AWSC_OK);
    CHECK(!gzipped(stub));
    awsc_client_destroy(c);
    CHECK(client_with(stub, -1, 100, &c, &err) == AWSC_OK);
    CHECK(put(c, stub, 300, &err) == AWSC_OK);
    CHECK(gzipped(stub));
    awsc_client_destroy(c);
    unsetenv("AWS_DISABLE_REQUEST_COMPRESSION");
    /* the minimum from the environment: Python's int() of the text */
    setenv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", " 1_00 ", 1);
    CHECK(client_with(stub, 0, 0, &c, &err) == AWSC_OK);
    CHECK(put(c, stub, 10, &err) == AWSC_OK);
    CHECK(gzipped(stub));
    awsc_client_destroy(c);
    /* out of 1..1048576, or no integer: refused, naming the setting */
    setenv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "0", 1);
    c = NULL;
    CHECK(client_with(stub, 0, 0, &c, &err) == AWSC_E_CONFIG && !c);
    CHECK_CONTAINS(err.message, "request_min_compression_size_bytes");
    CHECK_CONTAINS(err.message, "between 1 and 1048576");
    CHECK_CONTAINS(err.message, "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES");
    awsc_error_clean_up(&err);
    setenv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "10k", 1);
    CHECK(client_with(stub, 0, 0, &c, &err) == AWSC_E_CONFIG && !c);
    CHECK_CONTAINS(err.message, "must be an integer");
    awsc_error_clean_up(&err);
    unsetenv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES");
    CHECK(client_with(stub, 0, 1048577, &c, &err) == AWSC_E_CONFIG && !c);
    awsc_error_clean_up(&err);
    /* the profile */
    char path[] = "/tmp/awsc-compress-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd >= 0) {
        static const char text[] = "[default]\nrequest_min_compression_size_bytes = 100\n"
                                   "disable_request_compression = false\n";
        CHECK(write(fd, text, sizeof text - 1) == (ssize_t)(sizeof text - 1));
        close(fd);
        setenv("AWS_CONFIG_FILE", path, 1);
        CHECK(client_with(stub, 0, 0, &c, &err) == AWSC_OK);
        CHECK(put(c, stub, 10, &err) == AWSC_OK);
        CHECK(gzipped(stub));
        awsc_client_destroy(c);
        setenv("AWS_CONFIG_FILE", "/nonexistent/awsc-config", 1);
        unlink(path);
    }
    awsc_error_clean_up(&err);
}

/* Every allocation of a compressed call failing in turn (zlib's too),
 * each run on a stub of its own. */
static void test_allocation_failures(void)
{
    int ok = 0, failed = 0;
    for (long n = 1; n < 3000; n++) {
        struct awsc_stub *stub = NULL;
        struct awsc_client *c = NULL;
        struct awsc_error err = AWSC_ERROR_INIT;
        if (awsc_stub_new(&stub) != AWSC_OK || client_with(stub, 0, 100, &c, &err) != AWSC_OK) {
            failures++;
            break;
        }
        awsc__alloc_fail_at(n);
        int rc = put(c, stub, 50, &err);
        long used = awsc__alloc_count();
        awsc__alloc_fail_at(0);
        if (rc == AWSC_OK)
            ok++;
        else
            failed++;
        awsc_error_clean_up(&err);
        awsc_client_destroy(c);
        awsc_stub_destroy(stub);
        if (used < n)
            break;
    }
    printf("allocation failures: %d runs failed cleanly, then %d succeeded\n", failed, ok);
    CHECK(failed > 10 && ok >= 1);
}

int main(void)
{
    unsetenv("AWS_PROFILE");
    unsetenv("AWS_DISABLE_REQUEST_COMPRESSION");
    unsetenv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES");
    setenv("AWS_CONFIG_FILE", "/nonexistent/awsc-config", 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsc-credentials", 1);
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    test_defaults(stub);
    test_settings(stub);
    awsc_stub_destroy(stub);
    test_allocation_failures();
    if (failures)
        fprintf(stderr, "compress_test: %d checks failed\n", failures);
    else
        printf("compress_test: all checks passed\n");
    return failures ? 1 : 0;
}
