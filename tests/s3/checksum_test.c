/*
 * Upload checksums as a server sees them: against checksum_server.py,
 * which decodes HTTP chunked framing and aws-chunked bodies and checks the
 * trailer (s3rver ignores checksums).
 *
 *   checksum_test URL
 *
 * Over http through libcurl: a body from a read callback with a flexible
 * checksum (its only form is the trailer, sent with Transfer-Encoding:
 * chunked), a file with a checksum in a header, memory with Content-MD5,
 * and downloads validated against the server's x-amz-checksum-crc32 (a
 * wrong one fails and leaves no file).
 *
 * Over https, botocore's rule for streamed input (the checksum in a
 * trailer): the client talks to https://127.0.0.1:PORT through the stub
 * transport, whose responder sends each request on to the server over
 * plain http with a libcurl transport, body and headers as they are.
 */
#include <awsc/s3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core.h"

static int failures;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)

static bool ok(int rc, struct awsc_error *err, const char *what)
{
    if (rc == AWSC_OK)
        return true;
    fprintf(stderr, "%s: %s: %s (HTTP %d, %s)\n", what, awsc_status_name(rc),
            err->message ? err->message : "", err->http_status, err->code ? err->code : "-");
    failures++;
    awsc_error_clean_up(err);
    return false;
}

static const struct awsc_credentials CREDS = {"AKIDEXAMPLE", "secret", NULL};
static char tmpdir[] = "/tmp/awsc-s3-checksum-XXXXXX";

static struct awsc_client *client_at(const char *url, struct awsc_transport *t)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = url;
    cfg.credentials = &CREDS;
    cfg.transport = t;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(awsc_s3_service(), &cfg, &c, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        exit(1);
    }
    return c;
}

struct pattern {
    uint64_t left, pos;
};

static size_t read_pattern(void *ud, uint8_t *buf, size_t cap)
{
    struct pattern *p = ud;
    size_t n = cap < p->left ? cap : (size_t)p->left;
    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)((p->pos + i) * 31 + 7);
    p->left -= n;
    p->pos += n;
    return n;
}

static void fill_pattern(uint8_t *buf, size_t n)
{
    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)(i * 31 + 7);
}

static bool file_equals(const char *path, const uint8_t *data, size_t len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    uint8_t *got = malloc(len + 1);
    size_t n = got ? fread(got, 1, len + 1, f) : 0;
    fclose(f);
    bool same = n == len && memcmp(got, data, len) == 0;
    free(got);
    return same;
}

static void upload(struct awsc_client *c, const char *key, const char *alg, struct awsc_stream body,
                   const char *what)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_put_object_input put = {
        .bucket = "bucket", .key = key, .checksum_algorithm = alg, .body = body};
    struct awsc_s3_put_object_output *out = NULL;
    if (ok(awsc_s3_put_object(c, &put, &out, &err), &err, what))
        CHECK(out && out->e_tag);
    awsc_output_free(out);
}

static void download_check(struct awsc_client *c, const char *bucket, const char *key,
                           const uint8_t *data, size_t len)
{
    char path[300];
    snprintf(path, sizeof path, "%s/%s", tmpdir, key);
    for (char *p = path + strlen(tmpdir) + 1; *p; p++)
        *p = *p == '/' ? '_' : *p;
    struct awsc_s3_get_object_input get = {
        .bucket = bucket, .key = key, .checksum_mode = "ENABLED", .body_sink = {.path = path}};
    struct awsc_s3_get_object_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_s3_get_object(c, &get, &out, &err);
    if (strcmp(bucket, "truncate") == 0) {
        /* the connection closes half-way: an error, and no file (retries
         * included: every attempt is cut off) */
        CHECK(rc == AWSC_E_TRANSPORT);
        CHECK(err.message && strstr(err.message, "cut off"));
        CHECK(access(path, F_OK) != 0);
        awsc_error_clean_up(&err);
    } else if (strcmp(bucket, "corrupt") == 0) {
        /* /corrupt/bucket/key: the CRC32 is wrong (SHA-256 is right, but
         * CRC32 comes first): a failure, and no file */
        CHECK(rc == AWSC_E_CHECKSUM);
        CHECK(access(path, F_OK) != 0);
        awsc_error_clean_up(&err);
    } else if (ok(rc, &err, "GetObject")) {
        CHECK(file_equals(path, data, len));
        unlink(path);
    }
    awsc_output_free(out);
}

/* ---- the https front: the stub's responder sends requests on over http */

struct front {
    const char *http_url; /* the server */
    struct awsc_transport *curl;
    struct awsc_buf body, headers;
    int status;
    bool done;
    const uint8_t *req_body;
    size_t req_len, req_off;
    int forwarded;
};

static size_t front_read(void *ud, uint8_t *buf, size_t cap)
{
    struct front *f = ud;
    size_t n = f->req_len - f->req_off < cap ? f->req_len - f->req_off : cap;
    memcpy(buf, f->req_body + f->req_off, n);
    f->req_off += n;
    return n;
}

static int front_headers(void *ud, int status, const struct awsc_http_header *h, size_t n)
{
    struct front *f = ud;
    f->status = status;
    for (size_t i = 0; i < n; i++)
        awsc__buf_printf(&f->headers, "%s: %s\r\n", h[i].name, h[i].value);
    return 0;
}

static int front_body(void *ud, const uint8_t *data, size_t len)
{
    awsc__buf_append(&((struct front *)ud)->body, data, len);
    return 0;
}

static void front_done(void *ud, int status, const char *message)
{
    struct front *f = ud;
    if (status != AWSC_OK) {
        fprintf(stderr, "front: %s\n", message ? message : awsc_strerror(status));
        f->status = 0;
    }
    f->done = true;
}

static int front_respond(void *ud, const struct awsc_stub_request *req,
                         struct awsc_stub_response *resp)
{
    struct front *f = ud;
    const char *path = strchr(strstr(req->url, "://") + 3, '/');
    char url[1024];
    snprintf(url, sizeof url, "%s%s", f->http_url, path ? path : "/");
    awsc__buf_reset(&f->body);
    awsc__buf_reset(&f->headers);
    f->done = false;
    f->status = 0;
    f->req_body = req->body;
    f->req_len = req->body_len;
    f->req_off = 0;
    /* Host names the https front; the server does not mind */
    struct awsc_http_request http = {
        .method = req->method,
        .url = url,
        .headers = req->headers,
        .header_count = req->header_count,
        .content_length = (int64_t)req->body_len,
    };
    if (req->body_len || strcmp(req->method, "PUT") == 0) {
        http.read_body = front_read;
        http.read_ud = f;
    }
    struct awsc_http_handler h = {front_headers, front_body, front_done, f};
    if (awsc_transport_submit(f->curl, &http, &h, NULL) != AWSC_OK)
        return 1;
    while (!f->done && awsc_transport_poll(f->curl, 1000) >= 0)
        ;
    f->forwarded++;
    resp->http_status = f->status ? f->status : 502;
    resp->headers = f->headers.data ? f->headers.data : "";
    resp->body = (const uint8_t *)f->body.data;
    resp->body_len = f->body.len;
    return 0;
}

static long stat_of(const char *url, const char *name)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "/usr/bin/curl -s %s/__stats", url);
    FILE *p = popen(cmd, "r");
    char buf[512] = {0};
    if (p) {
        size_t n = fread(buf, 1, sizeof buf - 1, p);
        buf[n] = '\0';
        pclose(p);
    }
    char key[64];
    snprintf(key, sizeof key, "\"%s\": ", name);
    const char *at = strstr(buf, key);
    return at ? atol(at + strlen(key)) : -1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: checksum_test URL\n");
        return 2;
    }
    const char *url = argv[1];
    if (!mkdtemp(tmpdir))
        return 1;
    /* over 4 MiB: a file's SHA-1 or SHA-256 checksum and its payload hash
     * are computed on two threads */
    size_t big = 5 * 1024 * 1024 + 123;
    uint8_t *data = malloc(big);
    fill_pattern(data, big);
    char file[300];
    snprintf(file, sizeof file, "%s/source.bin", tmpdir);
    FILE *f = fopen(file, "wb");
    if (!f || fwrite(data, 1, big, f) != big)
        return 1;
    fclose(f);

    /* ---- over http, through libcurl */
    struct awsc_client *c = client_at(url, NULL);
    static const char *const ALGS[] = {"CRC32", "CRC32C", "SHA1", "SHA256"};
    for (size_t i = 0; i < 4; i++) {
        char key[64];
        /* a read callback: the trailer form, chunked on the wire */
        struct pattern p = {big, 0};
        snprintf(key, sizeof key, "callback-%s", ALGS[i]);
        upload(c, key, ALGS[i],
               (struct awsc_stream){.read = read_pattern, .read_ud = &p, .length = (int64_t)big},
               "PutObject from a callback, trailer");
        download_check(c, "bucket", key, data, big);
        /* a file: the checksum in a header */
        snprintf(key, sizeof key, "file-%s", ALGS[i]);
        upload(c, key, ALGS[i], (struct awsc_stream){.path = file}, "PutObject from a file");
        download_check(c, "bucket", key, data, big);
    }
    /* memory, no algorithm chosen: the default CRC32, in a header (no
     * Content-MD5 since botocore 1.36) */
    upload(c, "memory", NULL, (struct awsc_stream){.data = data, .len = 1000},
           "PutObject from memory");
    download_check(c, "bucket", "memory", data, 1000);
    /* an empty body from a callback, with a checksum */
    struct pattern none = {0, 0};
    upload(c, "empty", "SHA256",
           (struct awsc_stream){.read = read_pattern, .read_ud = &none, .length = 0},
           "PutObject of nothing, trailer");
    download_check(c, "bucket", "empty", data, 0);
    /* a download whose checksum does not match */
    download_check(c, "corrupt", "bucket/memory", data, 1000);
    /* a body cut off mid-stream */
    download_check(c, "truncate", "bucket/file-CRC32", data, big);
    long trailers_http = stat_of(url, "trailer");
    CHECK(trailers_http == 5);
    CHECK(stat_of(url, "http_chunked") >= 5);
    CHECK(stat_of(url, "md5") == 0);
    CHECK(stat_of(url, "header") >= 5);
    awsc_client_destroy(c);

    /* ---- over https: the trailer for every streamed body */
    struct front fr = {.http_url = url};
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK || awsc_transport_new_default(NULL, &fr.curl) != AWSC_OK)
        return 1;
    awsc_stub_set_responder(stub, front_respond, &fr);
    char https_url[256];
    snprintf(https_url, sizeof https_url, "https://%s", strstr(url, "://") + 3);
    c = client_at(https_url, awsc_stub_transport(stub));
    for (size_t i = 0; i < 4; i++) {
        char key[64];
        snprintf(key, sizeof key, "https-file-%s", ALGS[i]);
        upload(c, key, ALGS[i], (struct awsc_stream){.path = file}, "https PutObject, file");
        download_check(c, "bucket", key, data, big);
        snprintf(key, sizeof key, "https-memory-%s", ALGS[i]);
        upload(c, key, ALGS[i], (struct awsc_stream){.data = data, .len = 3 * 1024 * 1024},
               "https PutObject, memory");
        download_check(c, "bucket", key, data, 3 * 1024 * 1024);
        CHECK(awsc_stub_request_count(stub) > 0 &&
              strcmp(awsc_stub_request_header(
                         awsc_stub_request(stub, awsc_stub_request_count(stub) - 2),
                         "x-amz-content-sha256"),
                     "STREAMING-UNSIGNED-PAYLOAD-TRAILER") == 0);
    }
    CHECK(stat_of(url, "trailer") == trailers_http + 8);
    awsc_client_destroy(c);
    awsc_stub_destroy(stub);
    awsc_transport_release(fr.curl);
    awsc__buf_clean_up(&fr.body);
    awsc__buf_clean_up(&fr.headers);

    unlink(file);
    CHECK(rmdir(tmpdir) == 0); /* nothing left behind: no partial download */
    free(data);
    if (failures)
        fprintf(stderr, "checksum_test: %d checks failed\n", failures);
    else
        printf("checksum_test: all checks passed (%ld trailers verified by the server)\n",
               stat_of(url, "trailer"));
    return failures ? 1 : 0;
}
