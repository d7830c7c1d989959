/*
 * Delete every object of an S3 bucket (or of a prefix), as boto3's
 * bucket.objects.all().delete(): the keys listed a page at a time, each
 * page of up to 1,000 deleted with one DeleteObjects call.
 *
 *   s3_delete_all BUCKET [PREFIX]
 */
#include <awsc/s3.h>

#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: s3_delete_all BUCKET [PREFIX]\n");
        return 2;
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *s3 = NULL;
    struct awsc_pager *pager = NULL;
    struct awsc_s3_list_objects_v2_input in = {.bucket = argv[1],
                                               .prefix = argc > 2 ? argv[2] : NULL};
    int rc = awsc_s3_client_new(NULL, &s3, &err);
    if (rc == AWSC_OK)
        rc = awsc_s3_list_objects_v2_paginate(s3, &in, NULL, &pager, &err);
    long deleted = 0, failed = 0;
    struct awsc_s3_list_objects_v2_output *page = NULL;
    while (rc == AWSC_OK &&
           (rc = awsc_s3_list_objects_v2_next_page(pager, &page, &err)) == AWSC_OK && page &&
           page->contents.count) {
        struct awsc_s3_object_identifier ids[1000];
        size_t n = page->contents.count;
        for (size_t i = 0; i < n; i++)
            ids[i] = (struct awsc_s3_object_identifier){.key = page->contents.items[i].key};
        struct awsc_s3_delete d = {.objects = {ids, n}, .has_quiet = true, .quiet = true};
        struct awsc_s3_delete_objects_input del = {.bucket = argv[1], .delete_ = &d};
        struct awsc_s3_delete_objects_output *out = NULL;
        rc = awsc_s3_delete_objects(s3, &del, &out, &err);
        if (rc == AWSC_OK) {
            for (size_t i = 0; i < out->errors.count; i++)
                fprintf(stderr, "%s: %s\n", out->errors.items[i].key, out->errors.items[i].message);
            failed += (long)out->errors.count;
            deleted += (long)(n - out->errors.count);
        }
        awsc_output_free(out);
        awsc_output_free(page);
        page = NULL;
    }
    awsc_output_free(page);
    if (rc != AWSC_OK)
        fprintf(stderr, "s3://%s: %s\n", argv[1], err.message);
    else
        printf("deleted %ld objects from s3://%s\n", deleted, argv[1]);
    awsc_pager_destroy(pager);
    awsc_error_clean_up(&err);
    awsc_client_destroy(s3);
    return rc == AWSC_OK && !failed ? 0 : 1;
}
