/*
 * S3 against a real server on 127.0.0.1 (s3rver, or fauxqs's S3), path
 * style as with any custom endpoint URL.
 *
 *   s3rver_test URL [full|basic]
 *
 * full (s3rver): create a bucket; put, head, get, copy and delete objects;
 * user metadata (x-amz-meta-*); ranges; keys that need encoding (in the
 * path, in CopySource and in listings: EncodingType=url decoded back);
 * GetBucketLocation; a 100 MiB object uploaded from a file with a SHA-256
 * checksum and downloaded to a file through the streaming API, in
 * constant memory (the peak resident size may not grow by 32 MiB); a
 * multipart upload of 5 parts; a list with a prefix and a delimiter;
 * presigned GET and PUT URLs used by /usr/bin/curl; DeleteObjects.
 *
 * basic (fauxqs): a put, get and list round trip.
 */
#include <awsc/s3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "itest.h"

#define BUCKET   "awsc-s3-test"
#define MiB      (1024 * 1024)
#define BIG      (100 * MiB)
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static char tmpdir[] = "/tmp/awsc-s3rver-XXXXXX";

static char *tmp_path(const char *name)
{
    static char buf[8][300];
    static int i;
    char *p = buf[i++ % 8];
    snprintf(p, 300, "%s/%s", tmpdir, name);
    return p;
}

static long peak_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static uint8_t pattern_byte(uint64_t i)
{
    return (uint8_t)((i * 2654435761u) >> 13);
}

/* A file of n pattern bytes, written in small pieces. */
static bool make_file(const char *path, uint64_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    uint8_t buf[65536];
    for (uint64_t off = 0; off < n;) {
        size_t k = n - off < sizeof buf ? (size_t)(n - off) : sizeof buf;
        for (size_t i = 0; i < k; i++)
            buf[i] = pattern_byte(off + i);
        if (fwrite(buf, 1, k, f) != k) {
            fclose(f);
            return false;
        }
        off += k;
    }
    return fclose(f) == 0;
}

static bool files_equal(const char *a, const char *b)
{
    FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
    bool same = fa && fb;
    uint8_t x[65536], y[65536];
    while (same) {
        size_t na = fread(x, 1, sizeof x, fa), nb = fread(y, 1, sizeof y, fb);
        same = na == nb && memcmp(x, y, na) == 0;
        if (na == 0)
            break;
    }
    if (fa)
        fclose(fa);
    if (fb)
        fclose(fb);
    return same;
}

static bool put_text(struct awsc_client *c, const char *key, const char *text)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_put_object_input in = {
        .bucket = BUCKET, .key = key, .body = {.data = (const uint8_t *)text, .len = strlen(text)}};
    return CHECK_OK(awsc_s3_put_object(c, &in, NULL, &err), &err, "PutObject");
}

/* The object's body in memory, NUL-terminated (free it), or NULL. */
static char *get_text(struct awsc_client *c, const char *key, const char *range)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_get_object_input in = {.bucket = BUCKET, .key = key, .range = range};
    struct awsc_s3_get_object_output *out = NULL;
    char *text = NULL;
    if (CHECK_OK(awsc_s3_get_object(c, &in, &out, &err), &err, "GetObject")) {
        text = malloc(out->body.len + 1);
        memcpy(text, out->body.data ? out->body.data : (const uint8_t *)"", out->body.len);
        text[out->body.len] = '\0';
    }
    awsc_output_free(out);
    return text;
}

static void objects(struct awsc_client *c)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    /* put with metadata and a content type; head; get; a range */
    static const char TEXT[] = "hello, awsc and s3rver";
    struct awsc_s3_metadata_map_entry meta[] = {{"color", "blue"}, {"owner", "awsc tests"}};
    struct awsc_s3_put_object_input put = {
        .bucket = BUCKET,
        .key = "hello.txt",
        .content_type = "text/plain",
        .metadata = AWSC_LIST(meta),
        .body = {.data = (const uint8_t *)TEXT, .len = sizeof TEXT - 1},
    };
    struct awsc_s3_put_object_output *pout = NULL;
    if (CHECK_OK(awsc_s3_put_object(c, &put, &pout, &err), &err, "PutObject with metadata"))
        CHECK(pout->e_tag != NULL, "PutObject: no ETag");
    awsc_output_free(pout);

    struct awsc_s3_head_object_input head = {.bucket = BUCKET, .key = "hello.txt"};
    struct awsc_s3_head_object_output *hout = NULL;
    if (CHECK_OK(awsc_s3_head_object(c, &head, &hout, &err), &err, "HeadObject")) {
        CHECK(hout->has_content_length && hout->content_length == (int64_t)sizeof TEXT - 1,
              "HeadObject: length %lld", (long long)hout->content_length);
        CHECK(hout->content_type && strcmp(hout->content_type, "text/plain") == 0,
              "HeadObject: content type %s", hout->content_type ? hout->content_type : "-");
        int found = 0;
        for (size_t i = 0; i < hout->metadata.count; i++) {
            const struct awsc_s3_metadata_map_entry *m = &hout->metadata.entries[i];
            found += (strcmp(m->key, "color") == 0 && strcmp(m->value, "blue") == 0) ||
                     (strcmp(m->key, "owner") == 0 && strcmp(m->value, "awsc tests") == 0);
        }
        CHECK(found == 2 && hout->metadata.count == 2, "HeadObject: metadata %d of 2 (%zu)", found,
              hout->metadata.count);
        CHECK(hout->has_last_modified, "HeadObject: no Last-Modified");
    }
    awsc_output_free(hout);

    char *got = get_text(c, "hello.txt", NULL);
    CHECK(got && strcmp(got, TEXT) == 0, "GetObject: %s", got ? got : "-");
    free(got);
    struct awsc_s3_get_object_input ranged = {
        .bucket = BUCKET, .key = "hello.txt", .range = "bytes=7-10"};
    struct awsc_s3_get_object_output *gout = NULL;
    if (CHECK_OK(awsc_s3_get_object(c, &ranged, &gout, &err), &err, "GetObject with a range")) {
        CHECK(gout->body.len == 4 && memcmp(gout->body.data, "awsc", 4) == 0, "range: %zu bytes",
              gout->body.len);
        CHECK(gout->content_range && strstr(gout->content_range, "bytes 7-10/"), "Content-Range %s",
              gout->content_range ? gout->content_range : "-");
        CHECK(awsc_output_http_status(gout) == 206, "range: HTTP %d",
              awsc_output_http_status(gout));
    }
    awsc_output_free(gout);

    /* a key that needs encoding in the path; a copy of one (CopySource
     * encoded: s3rver reads it with decodeURI, which leaves the escapes of
     * reserved characters such as %2B and %26 as they are) */
    static const char *const ODD = "dir a/caf\xc3\xa9 +&=?#%.txt";
    put_text(c, ODD, "odd key");
    char *odd = get_text(c, ODD, NULL);
    CHECK(odd && strcmp(odd, "odd key") == 0, "the odd key: %s", odd ? odd : "-");
    free(odd);
    static const char *const SRC = "dir a/caf\xc3\xa9 100%.txt";
    put_text(c, SRC, "odd key");
    struct awsc_s3_copy_object_input cp = {
        .bucket = BUCKET, .key = "copy.txt", .copy_source = BUCKET "/dir a/caf\xc3\xa9 100%.txt"};
    struct awsc_s3_copy_object_output *cout = NULL;
    if (CHECK_OK(awsc_s3_copy_object(c, &cp, &cout, &err), &err, "CopyObject"))
        CHECK(cout->copy_object_result && cout->copy_object_result->e_tag, "CopyObject: no ETag");
    awsc_output_free(cout);
    got = get_text(c, "copy.txt", NULL);
    CHECK(got && strcmp(got, "odd key") == 0, "the copy: %s", got ? got : "-");
    free(got);

    /* a missing key: NoSuchKey (and 404 on a HEAD, which has no body) */
    struct awsc_s3_get_object_input missing = {.bucket = BUCKET, .key = "no-such-key"};
    int rc = awsc_s3_get_object(c, &missing, &gout, &err);
    CHECK(rc == AWSC_E_SERVICE && awsc_error_is(&err, "NoSuchKey") && err.http_status == 404,
          "GetObject of a missing key: %s %s", awsc_status_name(rc), err.code ? err.code : "-");
    awsc_error_clean_up(&err);
    head.key = "no-such-key";
    rc = awsc_s3_head_object(c, &head, &hout, &err);
    CHECK(rc == AWSC_E_SERVICE && err.http_status == 404, "HeadObject of a missing key: %s",
          awsc_status_name(rc));
    awsc_error_clean_up(&err);

    /* delete one, then many (DeleteObjects requires Content-MD5) */
    struct awsc_s3_delete_object_input del = {.bucket = BUCKET, .key = "copy.txt"};
    CHECK_OK(awsc_s3_delete_object(c, &del, NULL, &err), &err, "DeleteObject");
    got = NULL;
    rc = awsc_s3_get_object(c, &missing, &gout, &err);
    awsc_error_clean_up(&err);
    struct awsc_s3_object_identifier ids[] = {{.key = "hello.txt"}, {.key = ODD}, {.key = SRC}};
    struct awsc_s3_delete d = {.objects = AWSC_LIST(ids)};
    struct awsc_s3_delete_objects_input dm = {.bucket = BUCKET, .delete_ = &d};
    struct awsc_s3_delete_objects_output *dout = NULL;
    if (CHECK_OK(awsc_s3_delete_objects(c, &dm, &dout, &err), &err, "DeleteObjects"))
        CHECK(dout->deleted.count == 3 && dout->errors.count == 0, "DeleteObjects: %zu deleted",
              dout->deleted.count);
    awsc_output_free(dout);
    head.key = "hello.txt";
    rc = awsc_s3_head_object(c, &head, &hout, &err);
    CHECK(rc == AWSC_E_SERVICE, "hello.txt is still there after DeleteObjects");
    awsc_error_clean_up(&err);
}

static void listing(struct awsc_client *c)
{
    static const char *const KEYS[] = {"list/a.txt",     "list/b/1.txt",          "list/b/2.txt",
                                       "list/c d/e.txt", "list/caf\xc3\xa9+.txt", "other.txt"};
    for (size_t i = 0; i < COUNT(KEYS); i++)
        put_text(c, KEYS[i], "x");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_list_objects_v2_input in = {
        .bucket = BUCKET, .prefix = "list/", .delimiter = "/"};
    struct awsc_s3_list_objects_v2_output *out = NULL;
    if (CHECK_OK(awsc_s3_list_objects_v2(c, &in, &out, &err), &err, "ListObjectsV2")) {
        CHECK(out->contents.count == 2, "ListObjectsV2: %zu keys", out->contents.count);
        if (out->contents.count == 2) {
            CHECK(strcmp(out->contents.items[0].key, "list/a.txt") == 0, "key 0: %s",
                  out->contents.items[0].key);
            CHECK(strcmp(out->contents.items[1].key, "list/caf\xc3\xa9+.txt") == 0, "key 1: %s",
                  out->contents.items[1].key);
        }
        CHECK(out->common_prefixes.count == 2, "ListObjectsV2: %zu prefixes",
              out->common_prefixes.count);
        if (out->common_prefixes.count == 2) {
            CHECK(strcmp(out->common_prefixes.items[0].prefix, "list/b/") == 0, "prefix 0: %s",
                  out->common_prefixes.items[0].prefix);
            CHECK(strcmp(out->common_prefixes.items[1].prefix, "list/c d/") == 0, "prefix 1: %s",
                  out->common_prefixes.items[1].prefix);
        }
        CHECK(out->prefix && strcmp(out->prefix, "list/") == 0, "Prefix %s",
              out->prefix ? out->prefix : "-");
    }
    awsc_output_free(out);
    /* ListObjects (v1) the same, and a paginated walk over everything */
    struct awsc_s3_list_objects_input v1 = {.bucket = BUCKET, .prefix = "list/c d/"};
    struct awsc_s3_list_objects_output *o1 = NULL;
    if (CHECK_OK(awsc_s3_list_objects(c, &v1, &o1, &err), &err, "ListObjects"))
        CHECK(o1->contents.count == 1 && strcmp(o1->contents.items[0].key, "list/c d/e.txt") == 0,
              "ListObjects: %zu keys", o1->contents.count);
    awsc_output_free(o1);
    for (size_t i = 0; i < COUNT(KEYS); i++) {
        struct awsc_s3_delete_object_input del = {.bucket = BUCKET, .key = KEYS[i]};
        CHECK_OK(awsc_s3_delete_object(c, &del, NULL, &err), &err, "DeleteObject");
    }
}

static void big_object(struct awsc_client *c)
{
    const char *src = tmp_path("big.bin"), *dst = tmp_path("big.out");
    if (!CHECK(make_file(src, BIG), "cannot write %s", src))
        return;
    long before = peak_rss_kib();
    double t0 = itest_now_ms();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_put_object_input put = {
        .bucket = BUCKET, .key = "big.bin", .checksum_algorithm = "SHA256", .body = {.path = src}};
    struct awsc_s3_put_object_output *pout = NULL;
    bool ok = CHECK_OK(awsc_s3_put_object(c, &put, &pout, &err), &err, "PutObject 100 MiB");
    awsc_output_free(pout);
    double t1 = itest_now_ms();
    struct awsc_s3_get_object_input get = {
        .bucket = BUCKET, .key = "big.bin", .checksum_mode = "ENABLED",
        .body_sink = {.path = dst, .fsync = true}};
    struct awsc_s3_get_object_output *gout = NULL;
    if (ok && CHECK_OK(awsc_s3_get_object(c, &get, &gout, &err), &err, "GetObject 100 MiB")) {
        CHECK(gout->body.path && strcmp(gout->body.path, dst) == 0 && gout->body.length == BIG,
              "GetObject 100 MiB: %lld bytes to %s", (long long)gout->body.length,
              gout->body.path ? gout->body.path : "-");
        CHECK(files_equal(src, dst), "the 100 MiB download differs from the upload");
    }
    awsc_output_free(gout);
    double t2 = itest_now_ms();
    long grown = peak_rss_kib() - before;
    printf("100 MiB: upload %.0f ms, download %.0f ms; peak resident size %ld KiB, grown by "
           "%ld KiB\n",
           t1 - t0, t2 - t1, peak_rss_kib(), grown);
    CHECK(grown < 32 * 1024, "streaming 100 MiB grew the peak resident size by %ld KiB", grown);
    unlink(src);
    unlink(dst);
    struct awsc_s3_delete_object_input del = {.bucket = BUCKET, .key = "big.bin"};
    CHECK_OK(awsc_s3_delete_object(c, &del, NULL, &err), &err, "DeleteObject big.bin");
}

static void multipart(struct awsc_client *c)
{
    enum { PARTS = 5, PART = 5 * MiB + 17 };
    size_t total = (size_t)PARTS * PART - 1000;
    uint8_t *data = malloc(total);
    for (size_t i = 0; i < total; i++)
        data[i] = pattern_byte(i * 3);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_create_multipart_upload_input cm = {
        .bucket = BUCKET, .key = "multi.bin", .content_type = "application/x-test"};
    struct awsc_s3_create_multipart_upload_output *cmo = NULL;
    if (!CHECK_OK(awsc_s3_create_multipart_upload(c, &cm, &cmo, &err), &err,
                  "CreateMultipartUpload")) {
        free(data);
        return;
    }
    char *upload_id = strdup(cmo->upload_id ? cmo->upload_id : "");
    awsc_output_free(cmo);
    struct awsc_s3_completed_part parts[PARTS];
    char *etags[PARTS] = {0};
    bool ok = true;
    for (int i = 0; i < PARTS && ok; i++) {
        size_t off = (size_t)i * PART;
        size_t len = i == PARTS - 1 ? total - off : PART;
        struct awsc_s3_upload_part_input up = {
            .bucket = BUCKET,
            .key = "multi.bin",
            .upload_id = upload_id,
            .has_part_number = true,
            .part_number = i + 1,
            .body = {.data = data + off, .len = len},
        };
        struct awsc_s3_upload_part_output *upo = NULL;
        ok = CHECK_OK(awsc_s3_upload_part(c, &up, &upo, &err), &err, "UploadPart");
        if (ok) {
            etags[i] = strdup(upo->e_tag ? upo->e_tag : "");
            parts[i] = (struct awsc_s3_completed_part){
                .e_tag = etags[i], .has_part_number = true, .part_number = i + 1};
        }
        awsc_output_free(upo);
    }
    if (ok) {
        struct awsc_s3_completed_multipart_upload done = {.parts = {parts, PARTS}};
        struct awsc_s3_complete_multipart_upload_input co = {.bucket = BUCKET,
                                                             .key = "multi.bin",
                                                             .upload_id = upload_id,
                                                             .multipart_upload = &done};
        struct awsc_s3_complete_multipart_upload_output *coo = NULL;
        ok = CHECK_OK(awsc_s3_complete_multipart_upload(c, &co, &coo, &err), &err,
                      "CompleteMultipartUpload");
        if (ok)
            CHECK(coo->e_tag != NULL, "CompleteMultipartUpload: no ETag");
        awsc_output_free(coo);
    }
    if (ok) {
        const char *dst = tmp_path("multi.out");
        struct awsc_s3_get_object_input get = {
            .bucket = BUCKET, .key = "multi.bin", .body_sink = {.path = dst}};
        struct awsc_s3_get_object_output *gout = NULL;
        if (CHECK_OK(awsc_s3_get_object(c, &get, &gout, &err), &err, "GetObject multi.bin")) {
            FILE *f = fopen(dst, "rb");
            uint8_t *back = malloc(total + 1);
            size_t n = f ? fread(back, 1, total + 1, f) : 0;
            if (f)
                fclose(f);
            CHECK(n == total && memcmp(back, data, total) == 0,
                  "the multipart object: %zu bytes of %zu, %s", n, total,
                  n == total ? "different" : "short");
            CHECK(gout->content_type && strcmp(gout->content_type, "application/x-test") == 0,
                  "multipart content type %s", gout->content_type ? gout->content_type : "-");
            free(back);
            unlink(dst);
        }
        awsc_output_free(gout);
        struct awsc_s3_delete_object_input del = {.bucket = BUCKET, .key = "multi.bin"};
        CHECK_OK(awsc_s3_delete_object(c, &del, NULL, &err), &err, "DeleteObject multi.bin");
    }
    for (int i = 0; i < PARTS; i++)
        free(etags[i]);
    free(upload_id);
    free(data);
}

#if AWSC_WITH_PRESIGN
/* Runs a shell command; its exit status. */
static int run(const char *cmd)
{
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void presigned(struct awsc_client *c)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    put_text(c, "presigned.txt", "presigned content");
    /* GET with curl */
    struct awsc_s3_get_object_input get = {.bucket = BUCKET, .key = "presigned.txt"};
    struct awsc_presign_options opts = {.expires_in = 300};
    struct awsc_presigned_url *url = NULL;
    if (CHECK_OK(awsc_presign_url(c, "GetObject", &get, &opts, &url, &err), &err,
                 "presign GetObject")) {
        CHECK(strstr(url->url, "X-Amz-Expires=300") && strstr(url->url, "X-Amz-Signature="),
              "presigned GET URL: %s", url->url);
        CHECK(strcmp(url->method, "GET") == 0 && url->header_count == 0, "presigned GET: %s, %zu",
              url->method, url->header_count);
        char cmd[2048];
        snprintf(cmd, sizeof cmd, "/usr/bin/curl -s -f -o %s '%s'", tmp_path("presigned.out"),
                 url->url);
        CHECK(run(cmd) == 0, "curl GET of the presigned URL failed: %s", cmd);
        FILE *f = fopen(tmp_path("presigned.out"), "rb");
        char buf[64] = {0};
        if (f) {
            size_t n = fread(buf, 1, sizeof buf - 1, f);
            buf[n] = '\0';
            fclose(f);
        }
        CHECK(strcmp(buf, "presigned content") == 0, "curl got %s", buf);
        unlink(tmp_path("presigned.out"));
    }
    awsc_output_free(url);
    url = NULL;
    /* PUT with curl, with the signed Content-Type header it must send */
    struct awsc_s3_put_object_input put = {
        .bucket = BUCKET, .key = "uploaded by curl.txt", .content_type = "text/x-awsc"};
    if (CHECK_OK(awsc_presign_url(c, "PutObject", &put, &opts, &url, &err), &err,
                 "presign PutObject")) {
        CHECK(strcmp(url->method, "PUT") == 0, "presigned PUT: %s", url->method);
        CHECK(url->header_count == 1 && strcmp(url->headers[0].name, "Content-Type") == 0,
              "presigned PUT: %zu headers", url->header_count);
        FILE *f = fopen(tmp_path("upload.txt"), "wb");
        if (f) {
            fputs("put through a presigned URL", f);
            fclose(f);
        }
        char cmd[2048];
        snprintf(cmd, sizeof cmd, "/usr/bin/curl -s -f -T %s -H 'Content-Type: text/x-awsc' '%s'",
                 tmp_path("upload.txt"), url->url);
        CHECK(run(cmd) == 0, "curl PUT to the presigned URL failed: %s", cmd);
        char *got = get_text(c, "uploaded by curl.txt", NULL);
        CHECK(got && strcmp(got, "put through a presigned URL") == 0, "after the curl PUT: %s",
              got ? got : "-");
        free(got);
        unlink(tmp_path("upload.txt"));
    }
    awsc_output_free(url);
    const char *keys[] = {"presigned.txt", "uploaded by curl.txt"};
    for (int i = 0; i < 2; i++) {
        struct awsc_s3_delete_object_input del = {.bucket = BUCKET, .key = keys[i]};
        CHECK_OK(awsc_s3_delete_object(c, &del, NULL, &err), &err, "DeleteObject");
    }
}
#endif

static void basic(struct awsc_client *c)
{
    put_text(c, "fauxqs/a.txt", "first");
    put_text(c, "fauxqs/b.txt", "second");
    char *got = get_text(c, "fauxqs/b.txt", NULL);
    CHECK(got && strcmp(got, "second") == 0, "GetObject: %s", got ? got : "-");
    free(got);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_s3_list_objects_v2_input in = {.bucket = BUCKET, .prefix = "fauxqs/"};
    struct awsc_s3_list_objects_v2_output *out = NULL;
    if (CHECK_OK(awsc_s3_list_objects_v2(c, &in, &out, &err), &err, "ListObjectsV2"))
        CHECK(out->contents.count == 2 && strcmp(out->contents.items[0].key, "fauxqs/a.txt") == 0 &&
                  strcmp(out->contents.items[1].key, "fauxqs/b.txt") == 0,
              "ListObjectsV2: %zu keys", out->contents.count);
    awsc_output_free(out);
    const char *keys[] = {"fauxqs/a.txt", "fauxqs/b.txt"};
    for (int i = 0; i < 2; i++) {
        struct awsc_s3_delete_object_input del = {.bucket = BUCKET, .key = keys[i]};
        CHECK_OK(awsc_s3_delete_object(c, &del, NULL, &err), &err, "DeleteObject");
    }
}

int main(int argc, char **argv)
{
    itest_env_set_up();
    const char *url = itest_server_url(argc, argv, "AWSC_TEST_S3RVER_URL");
    bool full = argc < 3 || strcmp(argv[2], "basic") != 0;
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (CHECK_OK(awsc_s3_client_new(&cfg, &c, &err), &err, "client")) {
        struct awsc_s3_create_bucket_input cb = {.bucket = BUCKET};
        if (CHECK_OK(awsc_s3_create_bucket(c, &cb, NULL, &err), &err, "CreateBucket")) {
            if (full) {
                struct awsc_s3_get_bucket_location_input gl = {.bucket = BUCKET};
                struct awsc_s3_get_bucket_location_output *glo = NULL;
                if (CHECK_OK(awsc_s3_get_bucket_location(c, &gl, &glo, &err), &err,
                             "GetBucketLocation"))
                    printf("GetBucketLocation: %s\n",
                           glo->location_constraint ? glo->location_constraint : "(none)");
                awsc_output_free(glo);
                /* first, while the peak resident size is still low */
                big_object(c);
                objects(c);
                listing(c);
                multipart(c);
#if AWSC_WITH_PRESIGN
                presigned(c);
#else
                printf("presigned URLs: not built (-Dpresign=false)\n");
#endif
            } else {
                basic(c);
            }
            struct awsc_s3_delete_bucket_input db = {.bucket = BUCKET};
            CHECK_OK(awsc_s3_delete_bucket(c, &db, &err), &err, "DeleteBucket");
        }
    }
    awsc_client_destroy(c);
    rmdir(tmpdir);
    itest_env_clean_up();
    return itest_finish(full ? "s3rver_test" : "s3rver_test basic");
}
