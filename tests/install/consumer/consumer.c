/*
 * A program of another project that uses awsc as an installed library (or
 * a meson subproject): it puts an object in S3, reads it back and compares,
 * and prints a presigned URL for it.
 *
 * usage: consumer BUCKET KEY TEXT
 * (region, credentials and endpoint from the environment, as the AWS CLI
 * finds them)
 */
#include <awsc/presign.h>
#include <awsc/s3.h>

#include <stdio.h>
#include <string.h>

static int fail(const char *what, struct awsc_error *err)
{
    fprintf(stderr, "%s: %s\n", what, err->message ? err->message : awsc_strerror(err->status));
    awsc_error_clean_up(err);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: consumer BUCKET KEY TEXT\n");
        return 2;
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *s3 = NULL;
    if (awsc_s3_client_new(NULL, &s3, &err) != AWSC_OK)
        return fail("client", &err);
    int status = 1;

    struct awsc_s3_put_object_input put = {
        .bucket = argv[1], .key = argv[2],
        .body = {.data = (const uint8_t *)argv[3], .len = strlen(argv[3])}};
    struct awsc_s3_put_object_output *put_out = NULL;
    if (awsc_s3_put_object(s3, &put, &put_out, &err) != AWSC_OK) {
        fail("PutObject", &err);
        goto done;
    }
    awsc_output_free(put_out);

    struct awsc_s3_get_object_input get = {.bucket = argv[1], .key = argv[2]};
    struct awsc_s3_get_object_output *got = NULL;
    if (awsc_s3_get_object(s3, &get, &got, &err) != AWSC_OK) {
        fail("GetObject", &err);
        goto done;
    }
    int same = got->body.len == strlen(argv[3]) && memcmp(got->body.data, argv[3], got->body.len) == 0;
    printf("GetObject: %zu bytes, %s\n", got->body.len, same ? "the same" : "DIFFERENT");
    awsc_output_free(got);
    if (!same)
        goto done;

    struct awsc_presigned_url *url = NULL;
    if (awsc_presign_url(s3, "GetObject", &get, NULL, &url, &err) != AWSC_OK) {
        fail("presign", &err);
        goto done;
    }
    printf("presigned: %s\n", url->url);
    awsc_output_free(url);
    status = 0;
done:
    awsc_client_destroy(s3);
    return status;
}
