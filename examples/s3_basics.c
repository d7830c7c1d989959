/*
 * The S3 example of aiobotocore's documentation, the awsc way: put an
 * object, read its ACL, get it back and compare, list the folder with a
 * paginated call, delete the object.
 *
 *   s3_basics BUCKET [FOLDER]
 *
 * Region, credentials and endpoint come from the usual places: the
 * environment (AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL, ...)
 * and ~/.aws/config and ~/.aws/credentials. With an endpoint URL (a local
 * S3 such as s3rver) buckets are addressed path-style, as botocore does.
 */
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
    if (argc < 2) {
        fprintf(stderr, "usage: s3_basics BUCKET [FOLDER]\n");
        return 2;
    }
    const char *bucket = argv[1];
    const char *folder = argc > 2 ? argv[2] : "awsc";
    char key[512];
    snprintf(key, sizeof key, "%s/dummy.bin", folder);

    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_s3_client_new(NULL, &client, &err) != AWSC_OK)
        return fail("client", &err);
    int status = 1;

    /* upload an object: 1 KiB of 0x01 bytes from memory */
    uint8_t data[1024];
    memset(data, 1, sizeof data);
    struct awsc_s3_put_object_input put = {
        .bucket = bucket, .key = key, .body = {.data = data, .len = sizeof data}};
    struct awsc_s3_put_object_output *put_out = NULL;
    if (awsc_s3_put_object(client, &put, &put_out, &err) != AWSC_OK) {
        fail("PutObject", &err);
        goto done;
    }
    printf("PutObject: ETag %s\n", put_out->e_tag ? put_out->e_tag : "-");
    awsc_output_free(put_out);

    /* the object's ACL */
    struct awsc_s3_get_object_acl_input acl = {.bucket = bucket, .key = key};
    struct awsc_s3_get_object_acl_output *acl_out = NULL;
    if (awsc_s3_get_object_acl(client, &acl, &acl_out, &err) != AWSC_OK) {
        fail("GetObjectAcl", &err);
        goto done;
    }
    printf("GetObjectAcl: owner %s, %zu grants\n",
           acl_out->owner && acl_out->owner->id ? acl_out->owner->id : "-", acl_out->grants.count);
    for (size_t i = 0; i < acl_out->grants.count; i++)
        printf("  %s\n",
               acl_out->grants.items[i].permission ? acl_out->grants.items[i].permission : "-");
    awsc_output_free(acl_out);

    /* get it back (into memory) and compare */
    struct awsc_s3_get_object_input get = {.bucket = bucket, .key = key};
    struct awsc_s3_get_object_output *get_out = NULL;
    if (awsc_s3_get_object(client, &get, &get_out, &err) != AWSC_OK) {
        fail("GetObject", &err);
        goto done;
    }
    bool same = get_out->body.len == sizeof data && memcmp(get_out->body.data, data, 1024) == 0;
    printf("GetObject: %zu bytes, %s\n", get_out->body.len, same ? "the same" : "DIFFERENT");
    awsc_output_free(get_out);
    if (!same)
        goto done;

    /* list the folder with the paginator: every page, every object */
    struct awsc_s3_list_objects_input list = {.bucket = bucket, .prefix = folder};
    struct awsc_pager *pager = NULL;
    int rc = awsc_s3_list_objects_paginate(client, &list, NULL, &pager, &err);
    struct awsc_s3_list_objects_output *page;
    while (rc == AWSC_OK && (rc = awsc_s3_list_objects_next_page(pager, &page, &err)) == AWSC_OK &&
           page) {
        for (size_t i = 0; i < page->contents.count; i++) {
            const struct awsc_s3_object *o = &page->contents.items[i];
            printf("ListObjects: %s, %lld bytes\n", o->key, (long long)o->size);
        }
        awsc_output_free(page); /* each page is the caller's */
    }
    awsc_pager_destroy(pager);
    if (rc != AWSC_OK) {
        fail("ListObjects", &err);
        goto done;
    }

    /* delete the object */
    struct awsc_s3_delete_object_input del = {.bucket = bucket, .key = key};
    struct awsc_s3_delete_object_output *del_out = NULL;
    if (awsc_s3_delete_object(client, &del, &del_out, &err) != AWSC_OK) {
        fail("DeleteObject", &err);
        goto done;
    }
    printf("DeleteObject: HTTP %d\n", awsc_output_http_status(del_out));
    awsc_output_free(del_out);
    status = 0;
done:
    awsc_client_destroy(client);
    return status;
}
