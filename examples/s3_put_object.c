/*
 * One S3 PutObject: the smallest useful S3 program, the one whose size
 * scripts/footprint reports.
 *
 *   s3_put_object BUCKET KEY [TEXT]
 *
 * Region, credentials and endpoint come from the usual places (the
 * environment and ~/.aws), as for the other examples.
 */
#include <awsc/s3.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: s3_put_object BUCKET KEY [TEXT]\n");
        return 2;
    }
    const char *text = argc > 3 ? argv[3] : "hello from awsc\n";
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    struct awsc_s3_put_object_output *out = NULL;
    int status = awsc_s3_client_new(NULL, &client, &err);
    if (status == AWSC_OK) {
        struct awsc_s3_put_object_input in = {
            .bucket = argv[1],
            .key = argv[2],
            .body = {.data = (const uint8_t *)text, .len = strlen(text)}};
        status = awsc_s3_put_object(client, &in, &out, &err);
    }
    if (status != AWSC_OK) {
        fprintf(stderr, "PutObject: %s\n", err.message ? err.message : awsc_strerror(err.status));
        awsc_error_clean_up(&err);
    } else {
        printf("ETag %s\n", out->e_tag ? out->e_tag : "-");
        awsc_output_free(out);
    }
    awsc_client_destroy(client);
    return status == AWSC_OK ? 0 : 1;
}
