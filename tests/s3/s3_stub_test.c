/*
 * S3's behaviours beyond the model, against the stub transport: checksums
 * (Content-MD5, flexible checksums in a header and in an aws-chunked
 * trailer, response validation streaming to memory, a file or a
 * callback), S3's payload signing, SSE-C keys, CopySource encoding,
 * EncodingType=url and the keys decoded back, GetBucketLocation, 200
 * responses carrying an error, Expires, Expect: 100-continue, and bad
 * input and bad responses: a clear error each time, nothing sent for bad
 * input, no file left behind. Then every allocation of a few calls fails
 * in turn.
 */
#include <awsc/s3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <dirent.h>
#include <fcntl.h>

#include "core.h"
#include "protocol/json.h"

static int failures;
static bool quiet; /* while failing allocations: only crashes and leaks count */
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!quiet && !(cond)) {                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)
#define CHECK_STR(got, want)                                                               \
    do {                                                                                   \
        const char *g_ = (got), *w_ = (want);                                              \
        if (!quiet && (!g_ || !w_ ? g_ != w_ : strcmp(g_, w_) != 0)) {                     \
            fprintf(stderr, "%s:%d: %s is \"%s\", not \"%s\"\n", __FILE__, __LINE__, #got, \
                    g_ ? g_ : "(null)", w_ ? w_ : "(null)");                               \
            failures++;                                                                    \
        }                                                                                  \
    } while (0)
#define CHECK_CONTAINS(hay, needle)                                                        \
    do {                                                                                   \
        const char *h_ = (hay);                                                            \
        if (!quiet && (!h_ || !strstr(h_, (needle)))) {                                    \
            fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__, __LINE__, \
                    h_ ? h_ : "(null)", (needle));                                         \
            failures++;                                                                    \
        }                                                                                  \
    } while (0)

static const struct awsc_credentials CREDS = {"AKIDEXAMPLE", "secret-key-for-tests", NULL};
static const char DATA[] = "hello, awsc";
/* the checksums of DATA */
#define DATA_CRC32     "RZHswA=="
#define DATA_CRC32C    "DoqXnA=="
#define DATA_SHA1      "HXFeqJvjynlDR9phnf/c6c/yD/8="
#define DATA_SHA256    "yuH/foCnOnOm9Ip617r+Xlo2C/dV05ywVNQAmf+Y6Xk="
#define DATA_MD5       "La0o+oU8GoRodCxCsFutFw=="
#define DATA_SHA256HEX "cae1ff7e80a73a73a6f48a7ad7bafe5e5a360bf755d39cb054d40099ff98e979"
#define EMPTY_SHA256   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

static char tmpdir[] = "/tmp/awsc-s3-stub-XXXXXX";
/* request_checksum_calculation and response_checksum_validation of the
 * clients client_at() makes (NULL: the default) */
static const char *checksum_calculation, *checksum_validation;

static struct awsc_config config_at(struct awsc_stub *stub, const char *url)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = url;
    cfg.credentials = &CREDS;
    cfg.transport = awsc_stub_transport(stub);
    cfg.fixed_time = 1678806566;
    cfg.request_checksum_calculation = checksum_calculation;
    cfg.response_checksum_validation = checksum_validation;
    return cfg;
}

static struct awsc_client *client_at(struct awsc_stub *stub, const char *url)
{
    struct awsc_config cfg = config_at(stub, url);
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(awsc_s3_service(), &cfg, &c, &err) != AWSC_OK) {
        if (quiet) {
            awsc_error_clean_up(&err);
            return NULL;
        }
        fprintf(stderr, "client: %s\n", err.message);
        exit(1);
    }
    return c;
}

static const struct awsc_stub_request *last(struct awsc_stub *stub)
{
    size_t n = awsc_stub_request_count(stub);
    return n ? awsc_stub_request(stub, n - 1) : NULL;
}

static const char *hdr(struct awsc_stub *stub, const char *name)
{
    const struct awsc_stub_request *r = last(stub);
    return r ? awsc_stub_request_header(r, name) : NULL;
}

static void push(struct awsc_stub *stub, int status, const char *headers, const char *body)
{
    awsc_stub_push_simple(stub, status, headers, body);
}

static char *path_in_tmp(const char *name)
{
    static char buf[4][256];
    static int i;
    char *p = buf[i++ % 4];
    snprintf(p, 256, "%s/%s", tmpdir, name);
    return p;
}

/* Files in the temporary folder (partial downloads included). */
static int files_in_tmp(void)
{
    DIR *d = opendir(tmpdir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)))
        n += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return n;
}

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len) {
        fprintf(stderr, "cannot write %s\n", path);
        exit(1);
    }
    fclose(f);
}

/* ------------------------------------------------------ request checksums */

/* botocore 1.43.67: CRC32 by default wherever an operation offers a
 * checksum (request_checksum_calculation when_supported), the algorithm
 * member's header saying so; no Content-MD5 any more. */
static void test_default_checksum(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    /* PutObject: CRC32 from memory, and from a file */
    struct awsc_s3_put_object_input put = {
        .bucket = "b", .key = "k", .body = {.data = (const uint8_t *)DATA, .len = 11}};
    push(stub, 200, "ETag: \"x\"\r\n", "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK_STR(hdr(stub, "x-amz-checksum-crc32"), DATA_CRC32);
    CHECK_STR(hdr(stub, "x-amz-sdk-checksum-algorithm"), "CRC32");
    CHECK(hdr(stub, "Content-MD5") == NULL);
    CHECK_STR(hdr(stub, "x-amz-content-sha256"), DATA_SHA256HEX); /* http: signed */
    CHECK(hdr(stub, "Expect") == NULL); /* below expect_continue_min_size_bytes */
    CHECK_STR(hdr(stub, "Content-Length"), "11");
    const char *file = path_in_tmp("upload.txt");
    write_file(file, DATA, 11);
    put.body = (struct awsc_stream){.path = file};
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK_STR(hdr(stub, "x-amz-checksum-crc32"), DATA_CRC32);
    CHECK_STR(hdr(stub, "x-amz-content-sha256"), DATA_SHA256HEX);
    CHECK(last(stub) && last(stub)->body_len == 11 && memcmp(last(stub)->body, DATA, 11) == 0);
    unlink(file);
    /* no body: the CRC32 of nothing, and no Expect */
    put.body = (struct awsc_stream){0};
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK_STR(hdr(stub, "x-amz-checksum-crc32"), "AAAAAA==");
    CHECK(hdr(stub, "Expect") == NULL);
    /* a caller's own Content-MD5 goes as given, beside the CRC32 */
    put.content_md5 = "bXkgb3duIG1kNQ==";
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK_STR(hdr(stub, "Content-MD5"), "bXkgb3duIG1kNQ==");
    CHECK_STR(hdr(stub, "x-amz-checksum-crc32"), "AAAAAA==");
    /* a caller's own x-amz-checksum-*: nothing added */
    put.content_md5 = NULL;
    put.checksum_sha256 = DATA_SHA256;
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK(hdr(stub, "x-amz-checksum-crc32") == NULL);
    CHECK(hdr(stub, "x-amz-sdk-checksum-algorithm") == NULL);
    CHECK_STR(hdr(stub, "x-amz-checksum-sha256"), DATA_SHA256);
    put.checksum_sha256 = NULL;

    /* an operation that requires a checksum: the XML body's CRC32 */
    struct awsc_s3_object_identifier ids[] = {{.key = "a"}, {.key = "b"}};
    struct awsc_s3_delete del = {.objects = AWSC_LIST(ids)};
    struct awsc_s3_delete_objects_input din = {.bucket = "b", .delete_ = &del};
    push(stub, 200, NULL, "<DeleteResult/>");
    struct awsc_s3_delete_objects_output *dout = NULL;
    CHECK(awsc_s3_delete_objects(c, &din, &dout, &err) == AWSC_OK);
    awsc_output_free(dout);
    const struct awsc_stub_request *r = last(stub);
    if (r) {
        uint32_t crc = awsc__crc32_update(0, r->body, r->body_len);
        uint8_t be[4] = {(uint8_t)(crc >> 24), (uint8_t)(crc >> 16), (uint8_t)(crc >> 8),
                         (uint8_t)crc};
        char b64[16];
        awsc__base64_encode(be, 4, b64);
        CHECK_STR(hdr(stub, "x-amz-checksum-crc32"), b64);
        CHECK(hdr(stub, "Content-MD5") == NULL);
    }
    /* none on a GET */
    struct awsc_s3_get_bucket_acl_input acl = {.bucket = "b"};
    push(stub, 200, NULL, "<AccessControlPolicy/>");
    struct awsc_s3_get_bucket_acl_output *aout = NULL;
    CHECK(awsc_s3_get_bucket_acl(c, &acl, &aout, &err) == AWSC_OK);
    awsc_output_free(aout);
    CHECK(hdr(stub, "x-amz-checksum-crc32") == NULL);
    CHECK_STR(hdr(stub, "x-amz-content-sha256"), EMPTY_SHA256);
    awsc_client_destroy(c);

    /* request_checksum_calculation when_required (any case): PutObject
     * goes without, DeleteObjects still has its CRC32 */
    checksum_calculation = "WHEN_REQUIRED";
    c = client_at(stub, "http://127.0.0.1:1");
    put.body = (struct awsc_stream){.data = (const uint8_t *)DATA, .len = 11};
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK(hdr(stub, "x-amz-checksum-crc32") == NULL);
    CHECK(hdr(stub, "x-amz-sdk-checksum-algorithm") == NULL);
    push(stub, 200, NULL, "<DeleteResult/>");
    CHECK(awsc_s3_delete_objects(c, &din, &dout, &err) == AWSC_OK);
    awsc_output_free(dout);
    CHECK(hdr(stub, "x-amz-checksum-crc32") != NULL);
    /* the input's choice still counts */
    put.checksum_algorithm = "SHA1";
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK_STR(hdr(stub, "x-amz-checksum-sha1"), DATA_SHA1);
    awsc_client_destroy(c);
    checksum_calculation = NULL;

    /* from the environment; a value neither of the two is refused */
    setenv("AWS_REQUEST_CHECKSUM_CALCULATION", "when_required", 1);
    c = client_at(stub, "http://127.0.0.1:1");
    put.checksum_algorithm = NULL;
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK(hdr(stub, "x-amz-checksum-crc32") == NULL);
    awsc_client_destroy(c);
    setenv("AWS_REQUEST_CHECKSUM_CALCULATION", "sometimes", 1);
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.credentials = &CREDS;
    c = NULL;
    CHECK(awsc_client_new(awsc_s3_service(), &cfg, &c, &err) == AWSC_E_CONFIG);
    CHECK_CONTAINS(err.message, "request_checksum_calculation");
    CHECK_CONTAINS(err.message, "sometimes");
    unsetenv("AWS_REQUEST_CHECKSUM_CALCULATION");
    awsc_error_clean_up(&err);
}

/* Expect: 100-continue with bodies of expect_continue_min_size_bytes and
 * more only (2 MiB by default), from the configuration, the environment
 * or the profile; never signed. */
static size_t expect_sizes_read(void *ud, uint8_t *buf, size_t cap)
{
    (void)ud;
    memset(buf, 'e', cap);
    return cap;
}

static const char *put_sized(struct awsc_client *c, struct awsc_stub *stub, int64_t len)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_put_object_input put = {
        .bucket = "b", .key = "k", .body = {.read = expect_sizes_read, .length = len}};
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    awsc_error_clean_up(&err);
    CHECK(!strstr(hdr(stub, "Authorization") ? hdr(stub, "Authorization") : "", "expect"));
    return hdr(stub, "Expect");
}

static struct awsc_client *client_expecting(struct awsc_stub *stub, int64_t min_size, int *rc,
                                            struct awsc_error *err)
{
    struct awsc_config cfg = config_at(stub, "http://127.0.0.1:1");
    cfg.expect_continue_min_size_bytes = min_size;
    struct awsc_client *c = NULL;
    *rc = awsc_client_new(awsc_s3_service(), &cfg, &c, err);
    return c;
}

static void test_expect_continue(struct awsc_stub *stub)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc;
    /* the default: 2 MiB */
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    CHECK(put_sized(c, stub, 2097151) == NULL);
    CHECK_STR(put_sized(c, stub, 2097152), "100-continue");
    awsc_client_destroy(c);
    /* configured; always, as botocore */
    c = client_expecting(stub, 1000, &rc, &err);
    CHECK(rc == AWSC_OK);
    CHECK(put_sized(c, stub, 999) == NULL);
    CHECK_STR(put_sized(c, stub, 1000), "100-continue");
    awsc_client_destroy(c);
    c = client_expecting(stub, AWSC_EXPECT_CONTINUE_ALWAYS, &rc, &err);
    CHECK(rc == AWSC_OK);
    CHECK_STR(put_sized(c, stub, 0), "100-continue");
    awsc_client_destroy(c);
    CHECK(client_expecting(stub, -5, &rc, &err) == NULL && rc == AWSC_E_CONFIG);
    CHECK_CONTAINS(err.message, "expect_continue_min_size_bytes");
    CHECK_CONTAINS(err.message, "-5");
    awsc_error_clean_up(&err);
    /* the environment, then the profile */
    setenv("AWSC_EXPECT_CONTINUE_MIN_SIZE_BYTES", " 10 ", 1);
    c = client_at(stub, "http://127.0.0.1:1");
    CHECK(put_sized(c, stub, 9) == NULL);
    CHECK_STR(put_sized(c, stub, 10), "100-continue");
    awsc_client_destroy(c);
    setenv("AWSC_EXPECT_CONTINUE_MIN_SIZE_BYTES", "2MiB", 1);
    CHECK(client_expecting(stub, 0, &rc, &err) == NULL && rc == AWSC_E_CONFIG);
    CHECK_CONTAINS(err.message, "\"2MiB\" for expect_continue_min_size_bytes");
    CHECK_CONTAINS(err.message, "AWSC_EXPECT_CONTINUE_MIN_SIZE_BYTES");
    awsc_error_clean_up(&err);
    unsetenv("AWSC_EXPECT_CONTINUE_MIN_SIZE_BYTES");
    const char *config = path_in_tmp("expect-config");
    const char *text = "[default]\nexpect_continue_min_size_bytes = 0\n";
    write_file(config, text, strlen(text));
    const char *old = getenv("AWS_CONFIG_FILE");
    char *saved = old ? strdup(old) : NULL;
    setenv("AWS_CONFIG_FILE", config, 1);
    c = client_at(stub, "http://127.0.0.1:1");
#if AWSC_WITH_SHARED_CONFIG
    CHECK_STR(put_sized(c, stub, 1), "100-continue");
#else /* the file is not read: the default */
    CHECK(put_sized(c, stub, 1) == NULL);
#endif
    awsc_client_destroy(c);
    if (saved)
        setenv("AWS_CONFIG_FILE", saved, 1);
    else
        unsetenv("AWS_CONFIG_FILE");
    free(saved);
    unlink(config);
}

static void test_flexible_header(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    static const struct {
        const char *alg, *header, *value;
    } cases[] = {
        {"CRC32", "x-amz-checksum-crc32", DATA_CRC32},
        {"CRC32C", "x-amz-checksum-crc32c", DATA_CRC32C},
        {"SHA1", "x-amz-checksum-sha1", DATA_SHA1},
        {"SHA256", "x-amz-checksum-sha256", DATA_SHA256},
        {"sha256", "x-amz-checksum-sha256", DATA_SHA256},
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(cases); i++) {
        /* over http the checksum goes in a header, the payload is signed */
        struct awsc_s3_put_object_input put = {
            .bucket = "b",
            .key = "k",
            .checksum_algorithm = cases[i].alg,
            .body = {.data = (const uint8_t *)DATA, .len = 11},
        };
        push(stub, 200, NULL, "");
        CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
        CHECK_STR(hdr(stub, cases[i].header), cases[i].value);
        CHECK_STR(hdr(stub, "x-amz-sdk-checksum-algorithm"), cases[i].alg);
        CHECK(hdr(stub, "Content-MD5") == NULL); /* a flexible checksum replaces it */
        CHECK_STR(hdr(stub, "x-amz-content-sha256"), DATA_SHA256HEX);
        CHECK(hdr(stub, "Content-Encoding") == NULL);
    }
    /* a caller's own checksum value: sent as given, nothing computed */
    struct awsc_s3_put_object_input own = {
        .bucket = "b",
        .key = "k",
        .checksum_algorithm = "CRC32",
        .checksum_crc32 = "AAAAAA==",
        .body = {.data = (const uint8_t *)DATA, .len = 11},
    };
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &own, NULL, &err) == AWSC_OK);
    CHECK_STR(hdr(stub, "x-amz-checksum-crc32"), "AAAAAA==");
    CHECK(hdr(stub, "Content-MD5") == NULL);
    /* an operation with an XML body: the checksum of the body */
    struct awsc_s3_tag tags[] = {{"k", "v"}};
    struct awsc_s3_tagging tagging = {.tag_set = AWSC_LIST(tags)};
    struct awsc_s3_put_bucket_tagging_input pt = {
        .bucket = "b", .checksum_algorithm = "SHA1", .tagging = &tagging};
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_bucket_tagging(c, &pt, &err) == AWSC_OK);
    CHECK(hdr(stub, "x-amz-checksum-sha1") != NULL && hdr(stub, "Content-MD5") == NULL);
    /* an algorithm awsc does not know: refused, nothing sent */
    size_t before = awsc_stub_request_count(stub);
    own.checksum_algorithm = "MD4";
    own.checksum_crc32 = NULL;
    CHECK(awsc_s3_put_object(c, &own, NULL, &err) == AWSC_E_VALIDATION);
    CHECK_CONTAINS(err.message, "Unsupported checksum algorithm: MD4");
    CHECK(awsc_stub_request_count(stub) == before);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

/* Decodes an aws-chunked body: the data, and the trailer line. */
static bool decode_chunked(const uint8_t *p, size_t n, struct awsc_buf *data, char *trailer,
                           size_t cap, int *chunks)
{
    size_t i = 0;
    *chunks = 0;
    for (;;) {
        size_t len = 0;
        size_t start = i;
        while (i < n && p[i] != '\r') {
            int v = p[i] >= 'a' ? p[i] - 'a' + 10 : p[i] - '0';
            len = len * 16 + (size_t)v;
            i++;
        }
        if (i == start || i + 2 > n || p[i + 1] != '\n')
            return false;
        i += 2;
        if (len == 0)
            break;
        if (i + len + 2 > n || p[i + len] != '\r' || p[i + len + 1] != '\n')
            return false;
        awsc__buf_append(data, p + i, len);
        i += len + 2;
        (*chunks)++;
    }
    size_t t = i;
    while (i + 1 < n && !(p[i] == '\r' && p[i + 1] == '\n'))
        i++;
    if (i + 4 != n || memcmp(p + i, "\r\n\r\n", 4) != 0 || i - t >= cap)
        return false;
    memcpy(trailer, p + t, i - t);
    trailer[i - t] = '\0';
    return true;
}

static size_t read_pattern(void *ud, uint8_t *buf, size_t cap)
{
    size_t *left = ud;
    size_t n = cap < *left ? cap : *left;
    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)('a' + (*left - i) % 26);
    *left -= n;
    return n;
}

static void test_flexible_trailer(struct awsc_stub *stub)
{
    /* over https a streamed body's checksum goes in an aws-chunked trailer */
    struct awsc_client *c = client_at(stub, "https://s3.example.com");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_put_object_input put = {
        .bucket = "b",
        .key = "k",
        .checksum_algorithm = "CRC32",
        .body = {.data = (const uint8_t *)DATA, .len = 11},
    };
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    const struct awsc_stub_request *r = last(stub);
    static const char WANT[] =
        "b\r\nhello, awsc\r\n0\r\nx-amz-checksum-crc32:" DATA_CRC32 "\r\n\r\n";
    CHECK(r && r->body_len == sizeof WANT - 1 && memcmp(r->body, WANT, sizeof WANT - 1) == 0);
    CHECK_STR(hdr(stub, "Transfer-Encoding"), "chunked");
    CHECK_STR(hdr(stub, "Content-Encoding"), "aws-chunked");
    CHECK_STR(hdr(stub, "X-Amz-Trailer"), "x-amz-checksum-crc32");
    CHECK_STR(hdr(stub, "X-Amz-Decoded-Content-Length"), "11");
    CHECK_STR(hdr(stub, "x-amz-content-sha256"), "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
    CHECK(hdr(stub, "Content-Length") == NULL);
    CHECK(hdr(stub, "x-amz-checksum-crc32") == NULL);
    /* botocore 1.43.67 signs no hop-by-hop header, Transfer-Encoding among them */
    CHECK_CONTAINS(hdr(stub, "Authorization"), "SignedHeaders=content-encoding;host;");
    CHECK(
        !strstr(hdr(stub, "Authorization") ? hdr(stub, "Authorization") : "", "transfer-encoding"));

    /* 3 MiB and a bit from a file: four chunks, SHA-256 in the trailer */
    size_t big = 3 * 1024 * 1024 + 5;
    uint8_t *data = malloc(big);
    for (size_t i = 0; i < big; i++)
        data[i] = (uint8_t)(i * 7);
    const char *file = path_in_tmp("big.bin");
    write_file(file, data, big);
    put.checksum_algorithm = "SHA256";
    put.body = (struct awsc_stream){.path = file};
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    r = last(stub);
    struct awsc_buf got = AWSC_BUF_INIT;
    char trailer[128];
    int chunks = 0;
    CHECK(r && decode_chunked(r->body, r->body_len, &got, trailer, sizeof trailer, &chunks));
    CHECK(chunks == 4 && got.len == big && memcmp(got.data, data, big) == 0);
    uint8_t sha[32];
    char want_trailer[128], b64[48];
    awsc__sha256(data, big, sha);
    awsc__base64_encode(sha, 32, b64);
    snprintf(want_trailer, sizeof want_trailer, "x-amz-checksum-sha256:%s", b64);
    CHECK_STR(trailer, want_trailer);
    CHECK_STR(hdr(stub, "X-Amz-Decoded-Content-Length"), "3145733");
    CHECK_STR(hdr(stub, "Expect"), "100-continue");
    awsc__buf_clean_up(&got);
    unlink(file);
    free(data);

    /* without a chosen algorithm over https: the default CRC32, in a
     * trailer as the input streams */
    put.checksum_algorithm = NULL;
    put.body = (struct awsc_stream){.data = (const uint8_t *)DATA, .len = 11};
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK(hdr(stub, "Content-MD5") == NULL);
    CHECK_STR(hdr(stub, "x-amz-content-sha256"), "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
    CHECK_STR(hdr(stub, "x-amz-sdk-checksum-algorithm"), "CRC32");
    CHECK_STR(hdr(stub, "X-Amz-Trailer"), "x-amz-checksum-crc32");
    r = last(stub);
    struct awsc_buf got3 = AWSC_BUF_INIT;
    CHECK(r && decode_chunked(r->body, r->body_len, &got3, trailer, sizeof trailer, &chunks));
    CHECK(chunks == 1 && got3.len == 11);
    CHECK_STR(trailer, "x-amz-checksum-crc32:" DATA_CRC32);
    awsc__buf_clean_up(&got3);
    /* a GET over https signs the empty payload */
    struct awsc_s3_head_object_input head = {.bucket = "b", .key = "k"};
    push(stub, 200, NULL, "");
    struct awsc_s3_head_object_output *hout = NULL;
    CHECK(awsc_s3_head_object(c, &head, &hout, &err) == AWSC_OK);
    awsc_output_free(hout);
    CHECK_STR(hdr(stub, "x-amz-content-sha256"), EMPTY_SHA256);
    awsc_client_destroy(c);

    /* a read callback over http: its checksum cannot be known up front, so
     * it goes in a trailer too; without one, no Content-MD5 and an
     * unsigned payload */
    c = client_at(stub, "http://127.0.0.1:1");
    size_t left = 2 * 1024 * 1024;
    put.checksum_algorithm = "CRC32C";
    put.body =
        (struct awsc_stream){.read = read_pattern, .read_ud = &left, .length = (int64_t)left};
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    r = last(stub);
    struct awsc_buf got2 = AWSC_BUF_INIT;
    CHECK(r && decode_chunked(r->body, r->body_len, &got2, trailer, sizeof trailer, &chunks));
    CHECK(chunks == 2 && got2.len == 2 * 1024 * 1024);
    if (got2.len) {
        uint32_t crc = awsc__crc32c_update(0, got2.data, got2.len);
        uint8_t be[4] = {(uint8_t)(crc >> 24), (uint8_t)(crc >> 16), (uint8_t)(crc >> 8),
                         (uint8_t)crc};
        awsc__base64_encode(be, 4, b64);
        snprintf(want_trailer, sizeof want_trailer, "x-amz-checksum-crc32c:%s", b64);
        CHECK_STR(trailer, want_trailer);
    }
    awsc__buf_clean_up(&got2);
    CHECK_STR(hdr(stub, "x-amz-content-sha256"), "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
    /* the default CRC32 goes in a trailer too */
    left = 100;
    put.checksum_algorithm = NULL;
    put.body.length = 100;
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK_STR(hdr(stub, "x-amz-content-sha256"), "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
    CHECK_STR(hdr(stub, "X-Amz-Trailer"), "x-amz-checksum-crc32");
    CHECK_STR(hdr(stub, "X-Amz-Decoded-Content-Length"), "100");
    awsc_client_destroy(c);
    /* with request_checksum_calculation when_required: no checksum, no
     * Content-MD5 (it cannot be read ahead), an unsigned payload */
    checksum_calculation = "when_required";
    c = client_at(stub, "http://127.0.0.1:1");
    left = 100;
    push(stub, 200, NULL, "");
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_OK);
    CHECK(hdr(stub, "Content-MD5") == NULL);
    CHECK_STR(hdr(stub, "x-amz-content-sha256"), "UNSIGNED-PAYLOAD");
    CHECK_STR(hdr(stub, "Content-Length"), "100");
    CHECK(last(stub) && last(stub)->body_len == 100);
    checksum_calculation = NULL;
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

/* ---------------------------------------------------- response checksums */

struct collected {
    struct awsc_buf data;
};

static int collect(void *ud, const uint8_t *data, size_t len)
{
    awsc__buf_append(&((struct collected *)ud)->data, data, len);
    return 0;
}

static void test_response_checksum(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_get_object_input in = {.bucket = "b", .key = "k", .checksum_mode = "ENABLED"};
    struct awsc_s3_get_object_output *out = NULL;

    /* in memory: a match, then a mismatch */
    push(stub, 200, "x-amz-checksum-crc32: " DATA_CRC32 "\r\n", DATA);
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_OK);
    CHECK(out && out->body.len == 11);
    awsc_output_free(out);
    out = NULL;
    push(stub, 200, "x-amz-checksum-crc32: " DATA_CRC32 "\r\n", "hello, awsC");
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_E_CHECKSUM);
    CHECK(out == NULL);
    CHECK_CONTAINS(err.message, "Expected checksum " DATA_CRC32 " did not match");
    CHECK(err.http_status == 200);
    awsc_error_clean_up(&err);
    /* the preferred algorithm is checked: CRC32C before SHA-256 */
    push(stub, 200, "x-amz-checksum-sha256: AAAA\r\nx-amz-checksum-crc32c: " DATA_CRC32C "\r\n",
         DATA);
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_OK);
    awsc_output_free(out);
    out = NULL;
    /* botocore's order: XXHASH128, XXHASH3, CRC64NVME, XXHASH64, CRC32C,
     * CRC32, SHA1, SHA256, SHA512 (CRC64NVME of "Hello world": AWS's
     * published vector; XXHASH3's from python3-xxhash) */
    push(stub, 200, "x-amz-checksum-crc32: AAAAAA==\r\nx-amz-checksum-crc64nvme: OOJZ0D8xKts=\r\n",
         "Hello world");
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_OK);
    awsc_output_free(out);
    out = NULL;
    push(stub, 200,
         "x-amz-checksum-crc64nvme: OOJZ0D8xKts=\r\nx-amz-checksum-xxhash3: AAAAAAAAAAA=\r\n",
         "Hello world");
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_E_CHECKSUM);
    CHECK_CONTAINS(err.message, "tqy52Eo4/3Q=");
    awsc_error_clean_up(&err);
    push(stub, 200, "x-amz-checksum-sha512: AAAA\r\nx-amz-checksum-xxhash3: tqy52Eo4/3Q=\r\n",
         "Hello world");
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_OK);
    awsc_output_free(out);
    out = NULL;
    /* a multipart object's checksum of checksums is not checked */
    push(stub, 200, "x-amz-checksum-crc32: AAAAAA==-3\r\n", DATA);
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_OK);
    awsc_output_free(out);
    out = NULL;
    /* without ChecksumMode: ENABLED all the same (response_checksum_validation
     * when_supported), and checked */
    in.checksum_mode = NULL;
    push(stub, 200, "x-amz-checksum-crc32: AAAAAA==\r\n", DATA);
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_E_CHECKSUM);
    CHECK_STR(hdr(stub, "x-amz-checksum-mode"), "ENABLED");
    awsc_error_clean_up(&err);
    /* with when_required nothing is asked for or checked */
    checksum_validation = "when_required";
    struct awsc_client *c2 = client_at(stub, "http://127.0.0.1:1");
    push(stub, 200, "x-amz-checksum-crc32: AAAAAA==\r\n", DATA);
    CHECK(awsc_s3_get_object(c2, &in, &out, &err) == AWSC_OK);
    awsc_output_free(out);
    out = NULL;
    CHECK(hdr(stub, "x-amz-checksum-mode") == NULL);
    /* unless the input asks */
    in.checksum_mode = "ENABLED";
    push(stub, 200, "x-amz-checksum-crc32: AAAAAA==\r\n", DATA);
    CHECK(awsc_s3_get_object(c2, &in, &out, &err) == AWSC_E_CHECKSUM);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c2);
    checksum_validation = NULL;

    /* to a file: a mismatch leaves no file behind, not even a partial one */
    const char *file = path_in_tmp("download.txt");
    in.body_sink.path = file;
    push(stub, 200, "x-amz-checksum-sha1: " DATA_SHA1 "\r\n", "hello, awsc!");
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_E_CHECKSUM);
    CHECK(access(file, F_OK) != 0 && files_in_tmp() == 0);
    awsc_error_clean_up(&err);
    push(stub, 200, "x-amz-checksum-sha1: " DATA_SHA1 "\r\n", DATA);
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_OK);
    CHECK(out && out->body.path && strcmp(out->body.path, file) == 0 && out->body.length == 11);
    struct stat st;
    CHECK(stat(file, &st) == 0 && st.st_size == 11);
    awsc_output_free(out);
    out = NULL;
    unlink(file);
    /* to a path that is no regular file (a FIFO here; /dev/null, /dev/stdout
     * alike): written as it is, never replaced by a file renamed over it.
     * This end holds the FIFO open for reading and writing, so that the
     * download's open does not wait for a reader, and reads what came. */
    const char *fifo = path_in_tmp("download.fifo");
    CHECK(mkfifo(fifo, 0600) == 0);
    int rd = open(fifo, O_RDWR | O_NONBLOCK);
    CHECK(rd >= 0);
    in.body_sink.path = fifo;
    push(stub, 200, "x-amz-checksum-sha1: " DATA_SHA1 "\r\n", DATA);
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_OK);
    CHECK(stat(fifo, &st) == 0 && S_ISFIFO(st.st_mode));
    char got[64] = {0};
    CHECK(rd >= 0 && read(rd, got, sizeof got) == 11 && memcmp(got, DATA, 11) == 0);
    CHECK(files_in_tmp() == 1); /* the FIFO, no temporary file beside it */
    awsc_output_free(out);
    out = NULL;
    if (rd >= 0)
        close(rd);
    unlink(fifo);
    /* to a callback: the bytes went, the call still fails */
    struct collected col = {AWSC_BUF_INIT};
    in.body_sink = (struct awsc_sink){.write = collect, .write_ud = &col};
    push(stub, 200, "x-amz-checksum-sha256: " DATA_SHA256 "\r\n", "tampered!!!");
    CHECK(awsc_s3_get_object(c, &in, &out, &err) == AWSC_E_CHECKSUM);
    CHECK(col.data.len == 11);
    awsc__buf_clean_up(&col.data);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

/* --------------------------------------------------- input customizations */

static void test_sse_c_and_copy_source(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    static const char KEY[] = "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk";
    struct awsc_s3_get_object_input get = {
        .bucket = "b", .key = "k", .sse_customer_algorithm = "AES256", .sse_customer_key = KEY};
    struct awsc_s3_get_object_output *gout = NULL;
    push(stub, 200, NULL, "x");
    CHECK(awsc_s3_get_object(c, &get, &gout, &err) == AWSC_OK);
    awsc_output_free(gout);
    CHECK_STR(hdr(stub, "x-amz-server-side-encryption-customer-key"),
              "a2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2s=");
    CHECK_STR(hdr(stub, "x-amz-server-side-encryption-customer-key-MD5"),
              "mT2HRsMGJ5IX5C+0rreZ8Q==");
    CHECK(get.sse_customer_key == KEY && get.sse_customer_key_md5 == NULL); /* input untouched */
    /* with the caller's MD5 both go as given */
    get.sse_customer_key = "already-base64";
    get.sse_customer_key_md5 = "given-md5";
    push(stub, 200, NULL, "x");
    CHECK(awsc_s3_get_object(c, &get, &gout, &err) == AWSC_OK);
    awsc_output_free(gout);
    CHECK_STR(hdr(stub, "x-amz-server-side-encryption-customer-key"), "already-base64");
    CHECK_STR(hdr(stub, "x-amz-server-side-encryption-customer-key-MD5"), "given-md5");

    /* CopySource encoded, versionId kept; the copy source's SSE-C key too */
    struct awsc_s3_copy_object_input cp = {
        .bucket = "b",
        .key = "dst",
        .copy_source = "src-bucket/dir a/caf\xc3\xa9+1.txt?versionId=v1.2",
        .copy_source_sse_customer_algorithm = "AES256",
        .copy_source_sse_customer_key = KEY,
    };
    struct awsc_s3_copy_object_output *cout = NULL;
    push(stub, 200, NULL, "<CopyObjectResult><ETag>\"e\"</ETag></CopyObjectResult>");
    CHECK(awsc_s3_copy_object(c, &cp, &cout, &err) == AWSC_OK);
    CHECK(cout && cout->copy_object_result && cout->copy_object_result->e_tag &&
          strcmp(cout->copy_object_result->e_tag, "\"e\"") == 0);
    awsc_output_free(cout);
    CHECK_STR(hdr(stub, "x-amz-copy-source"),
              "src-bucket/dir%20a/caf%C3%A9%2B1.txt?versionId=v1.2");
    CHECK_STR(hdr(stub, "x-amz-copy-source-server-side-encryption-customer-key"),
              "a2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2s=");
    CHECK_STR(hdr(stub, "x-amz-copy-source-server-side-encryption-customer-key-MD5"),
              "mT2HRsMGJ5IX5C+0rreZ8Q==");

    /* refused before sending: a bad bucket name, non-ASCII metadata, a CR
     * or LF in a header value */
    size_t before = awsc_stub_request_count(stub);
    struct awsc_s3_put_object_input put = {.bucket = "bad/bucket", .key = "k"};
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_E_VALIDATION);
    CHECK_CONTAINS(err.message, "Invalid bucket name \"bad/bucket\"");
    struct awsc_s3_metadata_map_entry meta[] = {{"color", "bl\xc3\xbc"}};
    put = (struct awsc_s3_put_object_input){.bucket = "b", .key = "k", .metadata = AWSC_LIST(meta)};
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_E_VALIDATION);
    CHECK_CONTAINS(err.message, "Non ascii characters found in S3 metadata");
    struct awsc_s3_metadata_map_entry evil[] = {{"x", "a\r\nX-Evil: 1"}};
    put.metadata = (struct awsc_s3_metadata)AWSC_LIST(evil);
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_E_VALIDATION);
    CHECK_CONTAINS(err.message, "x-amz-meta-x");
    put.metadata = (struct awsc_s3_metadata){0};
    put.content_type = "text/plain\nX-Evil: 1";
    CHECK(awsc_s3_put_object(c, &put, NULL, &err) == AWSC_E_VALIDATION);
    CHECK(awsc_stub_request_count(stub) == before);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

static const char *LIST_V2_ENCODED =
    "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Name>b</Name><Prefix>dir%20a/</Prefix><Delimiter>/</Delimiter>"
    "<EncodingType>url</EncodingType><KeyCount>2</KeyCount><IsTruncated>false</IsTruncated>"
    "<Contents><Key>dir%20a/caf%C3%A9%2B1.txt</Key><Size>3</Size></Contents>"
    "<Contents><Key>dir%20a/100%25%0A</Key><Size>4</Size></Contents>"
    "<CommonPrefixes><Prefix>dir%20a/sub%2F/</Prefix></CommonPrefixes>"
    "</ListBucketResult>";

static void test_list_encoding(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_list_objects_v2_input in = {.bucket = "b", .prefix = "dir a/", .delimiter = "/"};
    struct awsc_s3_list_objects_v2_output *out = NULL;
    push(stub, 200, NULL, LIST_V2_ENCODED);
    CHECK(awsc_s3_list_objects_v2(c, &in, &out, &err) == AWSC_OK);
    CHECK(
        last(stub) &&
        strcmp(
            last(stub)->url,
            "http://127.0.0.1:1/b?list-type=2&delimiter=%2F&prefix=dir%20a%2F&encoding-type=url") ==
            0);
    if (out && out->contents.count == 2 && out->common_prefixes.count == 1) {
        CHECK_STR(out->prefix, "dir a/");
        CHECK_STR(out->contents.items[0].key, "dir a/caf\xc3\xa9+1.txt");
        CHECK_STR(out->contents.items[1].key, "dir a/100%\n");
        CHECK_STR(out->common_prefixes.items[0].prefix, "dir a/sub//");
        CHECK_STR(out->encoding_type, "url");
    } else {
        CHECK(!"ListObjectsV2: two keys and a prefix");
    }
    awsc_output_free(out);
    out = NULL;
    /* the caller asked for url encoding itself: the keys stay encoded */
    in.encoding_type = "url";
    push(stub, 200, NULL, LIST_V2_ENCODED);
    CHECK(awsc_s3_list_objects_v2(c, &in, &out, &err) == AWSC_OK);
    if (out && out->contents.count == 2)
        CHECK_STR(out->contents.items[0].key, "dir%20a/caf%C3%A9%2B1.txt");
    awsc_output_free(out);
    out = NULL;
    /* a server that ignores the request (no EncodingType back): as sent */
    in.encoding_type = NULL;
    push(stub, 200, NULL,
         "<ListBucketResult><Contents><Key>a%20b</Key></Contents></ListBucketResult>");
    CHECK(awsc_s3_list_objects_v2(c, &in, &out, &err) == AWSC_OK);
    if (out && out->contents.count == 1)
        CHECK_STR(out->contents.items[0].key, "a%20b");
    awsc_output_free(out);

    /* ListObjects (markers) and ListObjectVersions (versions, delete markers) */
    struct awsc_s3_list_objects_input v1 = {.bucket = "b"};
    struct awsc_s3_list_objects_output *o1 = NULL;
    push(stub, 200, NULL,
         "<ListBucketResult><EncodingType>url</EncodingType><Marker>m%20</Marker>"
         "<NextMarker>n%20</NextMarker><Contents><Key>k%20</Key></Contents>"
         "</ListBucketResult>");
    CHECK(awsc_s3_list_objects(c, &v1, &o1, &err) == AWSC_OK);
    CHECK_CONTAINS(last(stub) ? last(stub)->url : NULL, "?encoding-type=url");
    if (o1 && o1->contents.count == 1) {
        CHECK_STR(o1->marker, "m ");
        CHECK_STR(o1->next_marker, "n ");
        CHECK_STR(o1->contents.items[0].key, "k ");
    }
    awsc_output_free(o1);
    struct awsc_s3_list_object_versions_input vv = {.bucket = "b"};
    struct awsc_s3_list_object_versions_output *ov = NULL;
    push(stub, 200, NULL,
         "<ListVersionsResult><EncodingType>url</EncodingType><KeyMarker>a%2B</KeyMarker>"
         "<Version><Key>v%20</Key></Version><DeleteMarker><Key>d%20</Key></DeleteMarker>"
         "</ListVersionsResult>");
    CHECK(awsc_s3_list_object_versions(c, &vv, &ov, &err) == AWSC_OK);
    if (ov && ov->versions.count == 1 && ov->delete_markers.count == 1) {
        CHECK_STR(ov->key_marker, "a+");
        CHECK_STR(ov->versions.items[0].key, "v ");
        CHECK_STR(ov->delete_markers.items[0].key, "d ");
    } else {
        CHECK(!"ListObjectVersions: a version and a delete marker");
    }
    awsc_output_free(ov);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

/* ----------------------------------------------------- response handling */

static void test_bucket_location(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_get_bucket_location_input in = {.bucket = "b"};
    struct awsc_s3_get_bucket_location_output *out = NULL;
    push(stub, 200, NULL,
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint "
         "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">eu-west-1</LocationConstraint>");
    CHECK(awsc_s3_get_bucket_location(c, &in, &out, &err) == AWSC_OK);
    CHECK(out && out->location_constraint && strcmp(out->location_constraint, "eu-west-1") == 0);
    awsc_output_free(out);
    out = NULL;
    /* us-east-1: an empty element */
    push(stub, 200, NULL,
         "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>");
    CHECK(awsc_s3_get_bucket_location(c, &in, &out, &err) == AWSC_OK);
    CHECK(out && out->location_constraint == NULL);
    awsc_output_free(out);
    out = NULL;
    /* not XML: a parse error */
    push(stub, 200, NULL, "<LocationConstraint>eu-west-1");
    CHECK(awsc_s3_get_bucket_location(c, &in, &out, &err) == AWSC_E_PARSE);
    CHECK(out == NULL);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

static const char *ERROR_BODY = "<Error><Code>InternalError</Code><Message>We encountered an "
                                "internal error. Please try again.</Message>"
                                "<RequestId>R1</RequestId></Error>";

static void test_200_errors(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_copy_object_input cp = {.bucket = "b", .key = "k", .copy_source = "s/k"};
    struct awsc_s3_copy_object_output *out = NULL;
    /* an error in a 200, every attempt: the error, after 3 attempts */
    size_t before = awsc_stub_request_count(stub);
    for (int i = 0; i < 3; i++)
        push(stub, 200, NULL, ERROR_BODY);
    CHECK(awsc_s3_copy_object(c, &cp, &out, &err) == AWSC_E_SERVICE);
    CHECK(out == NULL);
    CHECK_STR(err.code, "InternalError");
    CHECK(err.http_status == 500 && err.attempts == 3 && err.retryable);
    CHECK(awsc_stub_request_count(stub) == before + 3);
    awsc_error_clean_up(&err);
    /* a body cut off (not XML), then success on the retry */
    push(stub, 200, NULL, "<CopyObjectResult><ETag>\"e\"</ETag>");
    push(stub, 200, NULL, "<CopyObjectResult><ETag>\"e\"</ETag></CopyObjectResult>");
    CHECK(awsc_s3_copy_object(c, &cp, &out, &err) == AWSC_OK);
    awsc_output_free(out);
    /* CompleteMultipartUpload and UploadPartCopy the same way */
    struct awsc_s3_complete_multipart_upload_input cm = {
        .bucket = "b", .key = "k", .upload_id = "u"};
    struct awsc_s3_complete_multipart_upload_output *cmo = NULL;
    push(stub, 200, NULL, ERROR_BODY);
    push(stub, 200, NULL,
         "<CompleteMultipartUploadResult><ETag>x</ETag>"
         "</CompleteMultipartUploadResult>");
    CHECK(awsc_s3_complete_multipart_upload(c, &cm, &cmo, &err) == AWSC_OK);
    CHECK(cmo && cmo->e_tag && strcmp(cmo->e_tag, "x") == 0);
    awsc_output_free(cmo);
    struct awsc_s3_upload_part_copy_input upc = {.bucket = "b",
                                                 .key = "k",
                                                 .copy_source = "s/k",
                                                 .has_part_number = true,
                                                 .part_number = 1,
                                                 .upload_id = "u"};
    struct awsc_s3_upload_part_copy_output *upo = NULL;
    for (int i = 0; i < 3; i++)
        push(stub, 200, NULL, ERROR_BODY);
    CHECK(awsc_s3_upload_part_copy(c, &upc, &upo, &err) == AWSC_E_SERVICE);
    CHECK_STR(err.code, "InternalError");
    awsc_error_clean_up(&err);
    /* an <Error> in a 200 to another operation is no error (it is XML) */
    struct awsc_s3_get_bucket_acl_input acl = {.bucket = "b"};
    struct awsc_s3_get_bucket_acl_output *aout = NULL;
    push(stub, 200, NULL, ERROR_BODY);
    CHECK(awsc_s3_get_bucket_acl(c, &acl, &aout, &err) == AWSC_OK);
    awsc_output_free(aout);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

static void test_expires(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_head_object_input in = {.bucket = "b", .key = "k"};
    struct awsc_s3_head_object_output *out = NULL;
    static const struct {
        const char *value;
        int64_t sec;
    } ok[] = {
        {"Thu, 01 Dec 1994 16:00:00 GMT", 786297600},
        {"0", 0},
        {"2024-01-01T00:00:00Z", 1704067200},
        {"1700000000", 1700000000},
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(ok); i++) {
        char h[128];
        snprintf(h, sizeof h, "Expires: %s\r\n", ok[i].value);
        push(stub, 200, h, "");
        CHECK(awsc_s3_head_object(c, &in, &out, &err) == AWSC_OK);
        CHECK(out && out->has_expires && out->expires.sec == ok[i].sec);
        awsc_output_free(out);
        out = NULL;
    }
    /* as botocore 1.29.27: a value that is no date fails the call */
    push(stub, 200, "Expires: soon\r\n", "");
    CHECK(awsc_s3_head_object(c, &in, &out, &err) == AWSC_E_PARSE);
    CHECK_CONTAINS(err.message, "Expires");
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

static void test_bad_responses(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_list_objects_v2_input in = {.bucket = "b"};
    struct awsc_s3_list_objects_v2_output *out = NULL;
    static const char *const BAD[] = {
        "<ListBucketResult><Contents><Key>a</Key></Contents>",        /* truncated */
        "<ListBucketResult><Contents><Key>a</Contents>",              /* mismatched */
        "<ListBucketResult><Name>\xff\xfe</Name></ListBucketResult>", /* not UTF-8 */
        "<!DOCTYPE x [<!ENTITY e \"boom\">]><ListBucketResult/>",     /* a DOCTYPE */
        "<ListBucketResult><KeyCount>many</KeyCount></ListBucketResult>",
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(BAD); i++) {
        push(stub, 200, NULL, BAD[i]);
        CHECK(awsc_s3_list_objects_v2(c, &in, &out, &err) == AWSC_E_PARSE);
        CHECK(out == NULL && err.message && err.http_status == 200);
        awsc_error_clean_up(&err);
    }
    /* an error response that is not XML either */
    push(stub, 503, NULL, "<html>Service Unavailable");
    push(stub, 503, NULL, "<html>Service Unavailable");
    push(stub, 503, NULL, "<html>Service Unavailable");
    CHECK(awsc_s3_list_objects_v2(c, &in, &out, &err) == AWSC_E_SERVICE);
    CHECK(err.http_status == 503 && err.message);
    awsc_error_clean_up(&err);
    /* a NoSuchKey error on a HEAD (no body) */
    struct awsc_s3_head_object_input head = {.bucket = "b", .key = "k"};
    struct awsc_s3_head_object_output *hout = NULL;
    push(stub, 404, NULL, "");
    CHECK(awsc_s3_head_object(c, &head, &hout, &err) == AWSC_E_SERVICE);
    CHECK_STR(err.code, "404");
    awsc_error_clean_up(&err);

    /* a download cut off mid-stream: an error, no file, and the retries
     * start the file over */
    const char *file = path_in_tmp("cut.bin");
    struct awsc_s3_get_object_input get = {.bucket = "b", .key = "k"};
    get.body_sink.path = file;
    struct awsc_s3_get_object_output *gout = NULL;
    static const char BODY[] = "0123456789abcdefghij";
    struct awsc_stub_response cut = {.http_status = 200,
                                     .headers = "Content-Length: 20\r\n",
                                     .body = (const uint8_t *)BODY,
                                     .body_len = 20,
                                     .truncate_at = 7};
    for (int i = 0; i < 3; i++)
        awsc_stub_push(stub, &cut);
    CHECK(awsc_s3_get_object(c, &get, &gout, &err) != AWSC_OK);
    CHECK(gout == NULL && err.message != NULL);
    CHECK(access(file, F_OK) != 0 && files_in_tmp() == 0);
    awsc_error_clean_up(&err);
    awsc_stub_push(stub, &cut);
    push(stub, 200, "Content-Length: 20\r\n", BODY);
    CHECK(awsc_s3_get_object(c, &get, &gout, &err) == AWSC_OK);
    struct stat st;
    CHECK(stat(file, &st) == 0 && st.st_size == 20);
    awsc_output_free(gout);
    unlink(file);
    /* and into memory */
    get.body_sink.path = NULL;
    for (int i = 0; i < 3; i++)
        awsc_stub_push(stub, &cut);
    CHECK(awsc_s3_get_object(c, &get, &gout, &err) != AWSC_OK);
    CHECK(gout == NULL);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

/* ------------------------------------------------------------ presigning */

#if AWSC_WITH_PRESIGN
static void test_presign(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "http://127.0.0.1:1");
    struct awsc_error err = AWSC_ERROR_INIT;
    size_t before = awsc_stub_request_count(stub);
    /* a PutObject URL: no Content-MD5, no Expect, no checksum; an unsigned
     * payload; the path as it is */
    struct awsc_s3_put_object_input put = {.bucket = "b", .key = "a b/c~d"};
    struct awsc_presign_options opts = {.expires_in = 600};
    struct awsc_presigned_url *u = NULL;
    CHECK(awsc_presign_url(c, "PutObject", &put, &opts, &u, &err) == AWSC_OK);
    if (u) {
        CHECK_CONTAINS(u->url, "http://127.0.0.1:1/b/a%20b/c~d?X-Amz-Algorithm=AWS4-HMAC-SHA256&");
        CHECK_CONTAINS(u->url, "&X-Amz-Expires=600&");
        CHECK_CONTAINS(u->url, "X-Amz-SignedHeaders=host&");
        CHECK(strcmp(u->method, "PUT") == 0 && u->header_count == 0);
    }
    awsc_output_free(u);
    u = NULL;
    /* the method can be another */
    opts.http_method = "DELETE";
    struct awsc_s3_get_object_input get = {.bucket = "b", .key = "k"};
    CHECK(awsc_presign_url(c, "GetObject", &get, &opts, &u, &err) == AWSC_OK);
    CHECK(u && strcmp(u->method, "DELETE") == 0);
    awsc_output_free(u);
    u = NULL;
    /* refused: a body, an unknown operation, a bad expiry, an invalid input */
    put.body = (struct awsc_stream){.data = (const uint8_t *)DATA, .len = 11};
    CHECK(awsc_presign_url(c, "PutObject", &put, NULL, &u, &err) == AWSC_E_UNSUPPORTED);
    CHECK_CONTAINS(err.message, "carries no request body");
    CHECK(awsc_presign_url(c, "NoSuchThing", NULL, NULL, &u, &err) == AWSC_E_NOT_FOUND);
    opts = (struct awsc_presign_options){.expires_in = -5};
    CHECK(awsc_presign_url(c, "GetObject", &get, &opts, &u, &err) == AWSC_E_INVALID_ARG);
    struct awsc_s3_get_object_input noKey = {.bucket = "b"};
    CHECK(awsc_presign_url(c, "GetObject", &noKey, NULL, &u, &err) == AWSC_E_VALIDATION);
    CHECK_CONTAINS(err.message, "Key");
    CHECK(u == NULL);

    /* POST: a policy, and the errors */
    struct awsc_form_field fields[] = {{"acl", "private"}};
    struct awsc_post_condition conds[] = {
        {.type = AWSC_POST_CONTENT_LENGTH_RANGE, .min = 1, .max = 100}};
    struct awsc_presign_post_input pin = {.bucket = "b",
                                          .key = "up/${filename}",
                                          .fields = fields,
                                          .field_count = 1,
                                          .conditions = conds,
                                          .condition_count = 1};
    struct awsc_presigned_post *p = NULL;
    CHECK(awsc_presign_post(c, &pin, &p, &err) == AWSC_OK);
    if (p) {
        CHECK_STR(p->url, "http://127.0.0.1:1/b");
        CHECK(p->field_count == 7);
        if (p->field_count == 7) {
            CHECK_STR(p->fields[0].name, "acl");
            CHECK_STR(p->fields[1].value, "up/${filename}");
            CHECK_STR(p->fields[3].value, "AKIDEXAMPLE/20230314/us-east-1/s3/aws4_request");
            CHECK_STR(p->fields[5].name, "policy");
            CHECK_STR(p->fields[6].name, "x-amz-signature");
        }
        CHECK_CONTAINS(p->policy, "[\"content-length-range\", 1, 100], {\"bucket\": \"b\"}, "
                                  "[\"starts-with\", \"$key\", \"up/\"]");
        CHECK_CONTAINS(p->policy, "{\"expiration\": \"2023-03-14T16:09:26Z\", ");
    }
    awsc_output_free(p);
    p = NULL;
    pin.key = NULL;
    CHECK(awsc_presign_post(c, &pin, &p, &err) == AWSC_E_VALIDATION);
    pin.key = "k";
    conds[0].max = 0;
    CHECK(awsc_presign_post(c, &pin, &p, &err) == AWSC_E_VALIDATION);
    const struct awsc_service *sts = awsc_service_find("sts");
    if (sts) {
        struct awsc_config cfg = AWSC_CONFIG_INIT;
        cfg.region = "us-east-1";
        cfg.credentials = &CREDS;
        cfg.transport = awsc_stub_transport(stub);
        struct awsc_client *sc = NULL;
        CHECK(awsc_client_new(sts, &cfg, &sc, &err) == AWSC_OK);
        conds[0].max = 10;
        CHECK(awsc_presign_post(sc, &pin, &p, &err) == AWSC_E_INVALID_ARG);
        awsc_client_destroy(sc);
    }
    CHECK(p == NULL);

    /* RDS IAM authentication tokens (compared with botocore's by
     * presign_test.py): the shape, and the refusals */
    char *tok = NULL;
    CHECK(awsc_rds_db_auth_token(c, "db.example.com", 5432, "u", NULL, &tok, &err) == AWSC_OK);
    if (tok) {
        CHECK_CONTAINS(tok, "db.example.com:5432/?Action=connect&DBUser=u&X-Amz-Algorithm=");
        CHECK_CONTAINS(tok, "%2F20230314%2Fus-east-1%2Frds-db%2Faws4_request&");
        CHECK_CONTAINS(tok, "&X-Amz-Expires=900&");
    }
    awsc_output_free(tok);
    tok = NULL;
    CHECK(awsc_rds_db_auth_token(c, "db.example.com", 0, "u", NULL, &tok, &err) ==
          AWSC_E_INVALID_ARG);
    CHECK_CONTAINS(err.message, "the port 0 is not in 1-65535");
    CHECK(awsc_rds_db_auth_token(c, "db.example.com/x", 5432, "u", NULL, &tok, &err) ==
          AWSC_E_INVALID_ARG);
    CHECK_CONTAINS(err.message, "\"db.example.com/x\" is not a host name");
    CHECK(awsc_rds_db_auth_token(c, "db.example.com", 5432, "", NULL, &tok, &err) ==
          AWSC_E_INVALID_ARG);
    CHECK(awsc_rds_db_auth_token(c, NULL, 5432, "u", NULL, &tok, &err) == AWSC_E_INVALID_ARG);
    CHECK(tok == NULL);
    CHECK(awsc_stub_request_count(stub) == before); /* nothing is ever sent */
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}
#endif /* AWSC_WITH_PRESIGN */

/* ------------------------------------------------- copy from another region */

/* EC2 CopySnapshot from us-east-1 by a us-west-2 client (the input read
 * from JSON, as the CLI reads it: the test needs no EC2 header). The
 * request as the stub got it, in *body (malloc'd), or NULL. */
static int copy_snapshot(struct awsc_stub *stub, const char *json, char **body)
{
    const struct awsc_service *ec2 = awsc_service_find("ec2");
    const struct awsc_operation *op = ec2 ? awsc_service_operation(ec2, "CopySnapshot") : NULL;
    if (body)
        *body = NULL;
    if (!op)
        return AWSC_E_NOT_FOUND;
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-west-2";
    cfg.credentials = &CREDS;
    cfg.transport = awsc_stub_transport(stub);
    cfg.fixed_time = 1678806566;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_arena *a = awsc__arena_new();
    void *input = a ? awsc__arena_alloc(a, awsc_operation_input(op)->size) : NULL;
    struct awsc__json_opts ro = {.member_names = true};
    int rc = input ? awsc__json_read((const uint8_t *)json, strlen(json), awsc_operation_input(op),
                                     input, a, &ro, &err)
                   : AWSC_E_NOMEM;
    if (rc == AWSC_OK)
        rc = awsc_client_new(ec2, &cfg, &c, &err);
    void *out = NULL;
    size_t before = awsc_stub_request_count(stub);
    if (rc == AWSC_OK) {
        push(stub, 200, NULL,
             "<CopySnapshotResponse><snapshotId>snap-2</snapshotId></CopySnapshotResponse>");
        rc = awsc_call(c, op, input, &out, &err);
    }
    if (awsc_stub_request_count(stub) > before && body) {
        const struct awsc_stub_request *r = last(stub);
        *body = awsc__strndup((const char *)r->body, r->body_len);
    }
    if (rc != AWSC_OK && !quiet)
        fprintf(stderr, "CopySnapshot: %s\n", err.message);
    awsc_output_free(out);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
    awsc__arena_destroy(a);
    return rc;
}

static void test_source_region(struct awsc_stub *stub)
{
    if (!awsc_service_find("ec2"))
        return;
    char *body = NULL;
    CHECK(copy_snapshot(stub, "{\"SourceRegion\": \"us-east-1\", \"SourceSnapshotId\": \"snap-1\"}",
                        &body) == AWSC_OK);
    /* presigned for us-east-1's endpoint, then the client's region */
    CHECK_CONTAINS(body, "&SourceSnapshotId=snap-1&PresignedUrl=https%3A%2F%2Fec2.us-east-1."
                         "amazonaws.com%2F%3FAction%3DCopySnapshot%26");
    CHECK_CONTAINS(body, "%26DestinationRegion%3Dus-west-2%26X-Amz-Algorithm%3D");
    CHECK_CONTAINS(body, "%252Fus-east-1%252Fec2%252Faws4_request");
    CHECK(body && strstr(body, "&DestinationRegion=us-west-2") &&
          body[strlen(body) - strlen("&DestinationRegion=us-west-2")] == '&');
    awsc__free(body);
    /* the caller's own URL goes as it is */
    CHECK(copy_snapshot(stub,
                        "{\"SourceRegion\": \"us-east-1\", \"SourceSnapshotId\": \"s\", "
                        "\"PresignedUrl\": \"https://mine\"}",
                        &body) == AWSC_OK);
    CHECK_STR(body, "Action=CopySnapshot&Version=2016-11-15&PresignedUrl=https%3A%2F%2Fmine&"
                    "SourceRegion=us-east-1&SourceSnapshotId=s");
    awsc__free(body);
}

/* ----------------------------------------------------- allocation failures */

static void calls_once(struct awsc_stub *stub)
{
    struct awsc_client *c = client_at(stub, "https://s3.example.com");
    if (!c)
        return;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_put_object_input put = {
        .bucket = "b",
        .key = "k",
        .checksum_algorithm = "CRC32",
        .sse_customer_key = "k",
        .body = {.data = (const uint8_t *)DATA, .len = 11},
    };
    push(stub, 200, NULL, "");
    awsc_s3_put_object(c, &put, NULL, &err);
    awsc_error_clean_up(&err);
    struct awsc_s3_list_objects_v2_input in = {.bucket = "b"};
    struct awsc_s3_list_objects_v2_output *out = NULL;
    push(stub, 200, NULL, LIST_V2_ENCODED);
    awsc_s3_list_objects_v2(c, &in, &out, &err);
    awsc_output_free(out);
    awsc_error_clean_up(&err);
    struct awsc_s3_get_object_input get = {.bucket = "b", .key = "k", .checksum_mode = "ENABLED"};
    struct awsc_s3_get_object_output *gout = NULL;
    push(stub, 200, "x-amz-checksum-crc32: " DATA_CRC32 "\r\n", DATA);
    awsc_s3_get_object(c, &get, &gout, &err);
    awsc_output_free(gout);
    awsc_error_clean_up(&err);
    struct awsc_s3_copy_object_input cp = {.bucket = "b", .key = "k", .copy_source = "s/k"};
    struct awsc_s3_copy_object_output *cout = NULL;
    push(stub, 200, NULL, ERROR_BODY);
    push(stub, 200, NULL, "<CopyObjectResult/>");
    awsc_s3_copy_object(c, &cp, &cout, &err);
    awsc_output_free(cout);
    awsc_error_clean_up(&err);
#if AWSC_WITH_PRESIGN
    struct awsc_presigned_url *u = NULL;
    awsc_presign_url(c, "ListObjectsV2", &in, NULL, &u, &err);
    awsc_output_free(u);
    awsc_error_clean_up(&err);
    struct awsc_post_condition cond = {.type = AWSC_POST_STARTS_WITH, .field = "$acl", .value = ""};
    struct awsc_presign_post_input pin = {
        .bucket = "b", .key = "k\xc3\xa9", .conditions = &cond, .condition_count = 1};
    struct awsc_presigned_post *p = NULL;
    awsc_presign_post(c, &pin, &p, &err);
    awsc_output_free(p);
    awsc_error_clean_up(&err);
    char *tok = NULL;
    awsc_rds_db_auth_token(c, "db.example.com", 3306, "u", "eu-west-1", &tok, &err);
    awsc_output_free(tok);
    awsc_error_clean_up(&err);
#endif
    awsc_client_destroy(c);
    copy_snapshot(stub, "{\"SourceRegion\": \"us-east-1\", \"SourceSnapshotId\": \"snap-1\"}",
                  NULL);

    /* a download into a file (made beside it, listed for a signal
     * handler), by a client with its own CA bundle and unsigned requests */
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "https://s3.example.com";
    cfg.transport = awsc_stub_transport(stub);
    cfg.ca_bundle = "/nonexistent/ca.pem";
    cfg.no_sign_request = true;
    if (awsc_client_new(awsc_s3_service(), &cfg, &c, &err) != AWSC_OK) {
        awsc_error_clean_up(&err);
        return;
    }
    char file[300];
    snprintf(file, sizeof file, "%s/allocation-download", tmpdir);
    get = (struct awsc_s3_get_object_input){.bucket = "b", .key = "k"};
    get.body_sink.path = file;
    push(stub, 200, NULL, DATA);
    awsc_s3_get_object(c, &get, &gout, &err);
    awsc_output_free(gout);
    awsc_error_clean_up(&err);
    unlink(file);
    awsc_client_destroy(c);
}

static void test_allocation_failures(void)
{
    quiet = true;
    long n;
    for (n = 1; n < 100000; n++) {
        struct awsc_stub *stub = NULL;
        awsc__alloc_fail_at(n);
        if (awsc_stub_new(&stub) == AWSC_OK) {
            calls_once(stub);
            awsc_stub_destroy(stub);
        }
        long made = awsc__alloc_count();
        awsc__alloc_fail_at(0);
        if (made < n)
            break; /* a whole run without reaching the failure */
    }
    quiet = false;
    fprintf(stderr, "allocation failures: %ld runs\n", n);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    test_default_checksum(stub);
    test_expect_continue(stub);
    test_flexible_header(stub);
    test_flexible_trailer(stub);
    test_response_checksum(stub);
    test_sse_c_and_copy_source(stub);
    test_list_encoding(stub);
    test_bucket_location(stub);
    test_200_errors(stub);
    test_expires(stub);
    test_bad_responses(stub);
#if AWSC_WITH_PRESIGN
    test_presign(stub);
#else
    printf("s3_stub_test: presigning not built (-Dpresign=false), its checks left out\n");
#endif
    test_source_region(stub);
    CHECK(awsc_stub_pending_responses(stub) == 0);
    awsc_stub_destroy(stub);
    test_allocation_failures();
    rmdir(tmpdir);
    if (failures)
        fprintf(stderr, "s3_stub_test: %d checks failed\n", failures);
    else
        printf("s3_stub_test: all checks passed\n");
    return failures ? 1 : 0;
}
