/*
 * Print every key of an S3 bucket, one a line.
 *
 *   s3_list_keys BUCKET [PREFIX]
 *
 * ListObjectsV2 answers at most 1,000 keys a call; the paginator makes as
 * many calls as the bucket needs and hands the objects out one by one.
 *
 * Region, credentials and endpoint come from the usual places: the
 * environment (AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL, ...)
 * and ~/.aws/config and ~/.aws/credentials.
 */
#include <awsc/s3.h>

#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: s3_list_keys BUCKET [PREFIX]\n");
        return 2;
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_s3_client_new(NULL, &client, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        awsc_error_clean_up(&err);
        return 1;
    }

    struct awsc_s3_list_objects_v2_input in = {.bucket = argv[1],
                                               .prefix = argc > 2 ? argv[2] : NULL};
    struct awsc_pager *pager = NULL;
    int rc = awsc_s3_list_objects_v2_paginate(client, &in, NULL, &pager, &err);
    long count = 0;
    const struct awsc_s3_object *object;
    while (rc == AWSC_OK &&
           (rc = awsc_s3_list_objects_v2_next_item(pager, &object, &err)) == AWSC_OK && object) {
        printf("%s\n", object->key);
        count++;
    }
    if (rc != AWSC_OK)
        fprintf(stderr, "ListObjectsV2: %s\n", err.message);
    else
        fprintf(stderr, "%ld keys\n", count);
    awsc_error_clean_up(&err);
    awsc_pager_destroy(pager);
    awsc_client_destroy(client);
    return rc == AWSC_OK ? 0 : 1;
}
