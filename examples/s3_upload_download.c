/*
 * Upload a large file to S3 with progress, then stream it back and check
 * it byte for byte, as aioboto3's upload_fileobj and a streamed GetObject.
 *
 *   s3_upload_download BUCKET FILE [KEY]
 *
 * Above 8 MiB the upload is multipart, 10 parts of 8 MiB at a time; the
 * download runs as parallel ranged GETs whose bytes reach the write
 * callback in order. Memory stays bounded by the parts in flight, however
 * large the file. Region, credentials and endpoint come from the usual
 * places (AWS_DEFAULT_REGION, AWS_ENDPOINT_URL, ~/.aws/...).
 */
#include <awsc/s3_transfer.h>

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

struct job {
    const char *what;
    int last; /* the last tenth shown */
    FILE *file;
    int64_t same;
};

/* Progress, every tenth of the way. */
static int show(void *ud, int64_t done, int64_t total)
{
    struct job *j = ud;
    int tenth = total ? (int)(done * 10 / total) : 10;
    if (tenth != j->last)
        printf("%s: %3d%% (%" PRId64 " of %" PRId64 " bytes)\n", j->what, tenth * 10, done, total);
    j->last = tenth;
    return 0; /* non-zero would cancel */
}

/* The streamed body, in order: compared with the file as it arrives. */
static int compare(void *ud, const uint8_t *data, size_t len)
{
    struct job *c = ud;
    uint8_t buf[65536];
    for (size_t off = 0; off < len;) {
        size_t n = len - off < sizeof buf ? len - off : sizeof buf;
        if (fread(buf, 1, n, c->file) != n || memcmp(buf, data + off, n) != 0)
            return 1; /* a difference: stop the download */
        off += n;
        c->same += (int64_t)n;
    }
    return 0;
}

static int headers(void *ud, const struct awsc_s3_head_object_output *h)
{
    (void)ud;
    printf("object: %" PRId64 " bytes, %s, ETag %s\n", h->content_length,
           h->content_type ? h->content_type : "(no type)", h->e_tag);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: s3_upload_download BUCKET FILE [KEY]\n");
        return 2;
    }
    const char *bucket = argv[1], *path = argv[2];
    const char *key = argc > 3 ? argv[3] : strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *s3 = NULL;
    int rc = awsc_s3_client_new(NULL, &s3, &err);

    struct job u = {"upload", -1, NULL, 0};
    struct awsc_s3_upload_request up = {
        .bucket = bucket, .key = key, .body = {.path = path}, .progress = show, .user_data = &u};
    if (rc == AWSC_OK)
        rc = awsc_s3_upload(s3, &up, NULL, &err);

    struct job c = {"download", -1, fopen(path, "rb"), 0};
    struct awsc_s3_download_request down = {.bucket = bucket,
                                            .key = key,
                                            .write = compare,
                                            .on_headers = headers,
                                            .progress = show,
                                            .user_data = &c};
    if (rc == AWSC_OK && c.file)
        rc = awsc_s3_download(s3, &down, NULL, &err);
    if (rc == AWSC_OK)
        printf("downloaded %" PRId64 " bytes, the same as %s\n", c.same, path);
    else
        fprintf(stderr, "s3://%s/%s: %s\n", bucket, key,
                err.message ? err.message : "cannot read the file back");
    if (c.file)
        fclose(c.file);
    awsc_error_clean_up(&err);
    awsc_client_destroy(s3);
    return rc == AWSC_OK ? 0 : 1;
}
