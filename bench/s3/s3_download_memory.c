/*
 * Peak memory of a large S3 download streamed to a file.
 *
 *   s3_download_memory ENDPOINT_URL BUCKET KEY OUTFILE [SIZE]
 *
 * GetObject with its body going to OUTFILE through the streaming API
 * (written beside it and renamed once complete), then the process's peak
 * resident size (getrusage) before and after, the bytes and the rate.
 * Exits non-zero when the download fails, when SIZE is given and the file
 * is not that long, or when the peak resident size reaches 32 MiB.
 * memory.py runs it against nginx serving a 1 GiB file.
 */
#include <awsc/s3.h>

#include "../bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#define LIMIT_KIB (32 * 1024)

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: s3_download_memory ENDPOINT_URL BUCKET KEY OUTFILE [SIZE]\n");
        return 2;
    }
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = argv[1];
    struct awsc_client *client = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_s3_client_new(&cfg, &client, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        return 1;
    }
    long before = peak_kib();
    struct awsc_s3_get_object_input in = {
        .bucket = argv[2], .key = argv[3], .body_sink = {.path = argv[4]}};
    struct awsc_s3_get_object_output *out = NULL;
    double t0 = now_s();
    int rc = awsc_s3_get_object(client, &in, &out, &err);
    double t1 = now_s();
    long after = peak_kib();
    int status = 0;
    if (rc != AWSC_OK) {
        fprintf(stderr, "GetObject: %s\n", err.message);
        status = 1;
    } else {
        double mib = (double)out->body.length / (1024.0 * 1024.0);
        printf("downloaded %lld bytes to %s in %.2f s (%.0f MiB/s)\n", (long long)out->body.length,
               out->body.path, t1 - t0, mib / (t1 - t0));
        struct stat st;
        if (argc > 5 && (stat(argv[4], &st) != 0 || st.st_size != atoll(argv[5]))) {
            fprintf(stderr, "%s is not %s bytes long\n", argv[4], argv[5]);
            status = 1;
        }
    }
    printf("peak resident size: %ld KiB before the download, %ld KiB after (limit %d KiB)\n",
           before, after, LIMIT_KIB);
    if (after >= LIMIT_KIB) {
        fprintf(stderr, "the peak resident size reached the limit\n");
        status = 1;
    }
    awsc_output_free(out);
    awsc_error_clean_up(&err);
    awsc_client_destroy(client);
    return status;
}
