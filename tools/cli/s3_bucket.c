/*
 * tools/cli/s3_bucket.c - `awsc s3 mb s3://BUCKET` and `awsc s3 rb
 * s3://BUCKET [--force]` (--force: every object removed first, as rm
 * --recursive does).
 */
#include <stdio.h>
#include <string.h>

#include "s3.h"

/* The bucket of an s3:// path without a key, or NULL after the AWS CLI's
 * usage error. */
static char *bucket_of(const char *given, bool key_allowed)
{
    struct s3_path p;
    if (!s3_path_parse(given, &p) || !p.is_s3) {
        s3_path_clean_up(&p);
        fprintf(stderr, "\n<S3Uri>\nError: Invalid argument type\n");
        return NULL;
    }
    char *bucket = p.bucket;
    if (!key_allowed && p.key[0]) {
        fprintf(stderr, "\nPlease specify a valid bucket name only. E.g. s3://%s\n", p.bucket);
        bucket = NULL;
    } else {
        p.bucket = NULL;
    }
    s3_path_clean_up(&p);
    return bucket;
}

/* "make_bucket: b", or "make_bucket failed: s3://b ERROR" on stderr */
static void report(int rc, const struct awsc_error *err, const char *what, const char *bucket,
                   const char *given)
{
    if (rc == AWSC_OK) {
        printf("%s: %s\n", what, bucket);
        return;
    }
    char *prefix = s3_printf("%s failed: %s ", what, given);
    s3_print_error(prefix ? prefix : "failed: ", rc, err);
    awsc__free(prefix);
}

int s3_mb(struct awsc_client *client, const struct s3_opts *o, const char *region)
{
    char *bucket = bucket_of(o->paths[0], true);
    if (!bucket)
        return EXIT_USAGE;
    struct awsc_s3_create_bucket_configuration where = {.location_constraint = region};
    struct awsc_s3_create_bucket_input in = {.bucket = bucket};
    if (region && strcmp(region, "us-east-1") != 0)
        in.create_bucket_configuration = &where;
    struct awsc_s3_create_bucket_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_s3_create_bucket(client, &in, &out, &err);
    report(rc, &err, "make_bucket", bucket, o->paths[0]);
    awsc_output_free(out);
    awsc_error_clean_up(&err);
    awsc__free(bucket);
    return rc == AWSC_OK ? 0 : 1;
}

int s3_rb(struct awsc_client *client, const struct s3_opts *o)
{
    char *bucket = bucket_of(o->paths[0], false);
    if (!bucket)
        return EXIT_USAGE;
    if (o->force) {
        struct s3_opts rm = {
            .command = "rm", .paths = {o->paths[0]}, .npaths = 1, .recursive = true};
        if (s3_rm(client, &rm) != 0) {
            fprintf(stderr, "\nremove_bucket failed: Unable to delete all objects in the "
                            "bucket, bucket will not be deleted.\n");
            awsc__free(bucket);
            return EXIT_OTHER;
        }
    }
    struct awsc_s3_delete_bucket_input in = {.bucket = bucket};
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_s3_delete_bucket(client, &in, &err);
    report(rc, &err, "remove_bucket", bucket, o->paths[0]);
    awsc_error_clean_up(&err);
    awsc__free(bucket);
    return rc == AWSC_OK ? 0 : 1;
}
