/*
 * Paginators and waiters against s3rver on 127.0.0.1.
 *
 *   s3_paginate_test URL [S3_LIST_KEYS]
 *
 * CreateBucket, then bucket_exists; object_exists running out of attempts
 * on a key not there yet, then succeeding once it is; 2,500 keys listed by
 * ListObjectsV2 (ContinuationToken) and ListObjects (`NextMarker ||
 * Contents[-1].Key`), page by page and item by item, with max_items and a
 * resume token, and collected: every key once, in order. With the path of
 * the s3_list_keys example, that prints the same 2,500 keys.
 *
 * Exits with 77 (skipped), saying why, while this build cannot make an S3
 * client (awsc_client_new() returns AWSC_E_UNSUPPORTED).
 */
#include <awsc/s3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "itest.h"

#define KEYS   2500
#define BUCKET "awsc-paginate-keys"

static const struct awsc_wait_options QUICK = {.delay_ms = 100, .max_wait_ms = 60000};

static void key_name(int i, char *out, size_t cap)
{
    snprintf(out, cap, "key-%05d", i);
}

/* Checks one listed key against the next one due; returns false after a
 * mismatch. */
static bool check_key(const struct awsc_s3_object *o, int *next, const char *what)
{
    char want[32];
    key_name(*next, want, sizeof want);
    if (!CHECK(o && o->key && strcmp(o->key, want) == 0, "%s: key %s where %s was due", what,
               o && o->key ? o->key : "(none)", want))
        return false;
    CHECK(o->has_size && o->size == 1, "%s: %s has size %d", what, want, (int)o->size);
    (*next)++;
    return true;
}

static void list_v2_pages(struct awsc_client *c, int64_t page_size)
{
    struct awsc_s3_list_objects_v2_input in = {.bucket = BUCKET};
    struct awsc_page_options opts = {.page_size = page_size};
    struct awsc_pager *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_s3_list_objects_v2_paginate(c, &in, &opts, &p, &err), &err, "paginate"))
        return;
    struct awsc_s3_list_objects_v2_output *page;
    int pages = 0, next = 0, rc;
    while ((rc = awsc_s3_list_objects_v2_next_page(p, &page, &err)) == AWSC_OK && page) {
        pages++;
        for (size_t i = 0; i < page->contents.count; i++)
            if (!check_key(&page->contents.items[i], &next, "ListObjectsV2 page"))
                break;
        awsc_output_free(page);
    }
    CHECK_OK(rc, &err, "ListObjectsV2 next_page");
    int64_t size = page_size ? page_size : 1000;
    CHECK(next == KEYS && pages == (int)((KEYS + size - 1) / size),
          "ListObjectsV2 (page size %lld): %d keys in %d pages", (long long)page_size, next, pages);
    printf("ListObjectsV2: %d keys in %d pages (page size %lld)\n", next, pages, (long long)size);
    awsc_pager_destroy(p);
}

static void list_v2_items_resume(struct awsc_client *c)
{
    struct awsc_s3_list_objects_v2_input in = {.bucket = BUCKET};
    struct awsc_page_options opts = {.page_size = 300, .max_items = 1234};
    struct awsc_pager *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_s3_list_objects_v2_paginate(c, &in, &opts, &p, &err), &err, "paginate"))
        return;
    const struct awsc_s3_object *o;
    int next = 0, rc;
    while ((rc = awsc_s3_list_objects_v2_next_item(p, &o, &err)) == AWSC_OK && o)
        if (!check_key(o, &next, "ListObjectsV2 items"))
            break;
    CHECK_OK(rc, &err, "next_item");
    CHECK(next == 1234, "max_items 1234: %d", next);
    char token[4096];
    const char *t = awsc_pager_resume_token(p);
    snprintf(token, sizeof token, "%s", t ? t : "");
    CHECK(t != NULL, "no resume token after max_items");
    awsc_pager_destroy(p);
    opts = (struct awsc_page_options){.page_size = 300, .starting_token = token};
    if (!CHECK_OK(awsc_s3_list_objects_v2_paginate(c, &in, &opts, &p, &err), &err, "resume"))
        return;
    while ((rc = awsc_s3_list_objects_v2_next_item(p, &o, &err)) == AWSC_OK && o)
        if (!check_key(o, &next, "ListObjectsV2 resumed"))
            break;
    CHECK_OK(rc, &err, "next_item");
    CHECK(next == KEYS, "resumed listing ended at %d", next);
    awsc_pager_destroy(p);
}

static void list_v1(struct awsc_client *c)
{
    struct awsc_s3_list_objects_input in = {.bucket = BUCKET};
    struct awsc_page_options opts = {.page_size = 400};
    struct awsc_pager *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_s3_list_objects_paginate(c, &in, &opts, &p, &err), &err, "paginate"))
        return;
    const struct awsc_s3_object *o;
    int next = 0, rc;
    while ((rc = awsc_s3_list_objects_next_item(p, &o, &err)) == AWSC_OK && o)
        if (!check_key(o, &next, "ListObjects"))
            break;
    CHECK_OK(rc, &err, "ListObjects next_item");
    CHECK(next == KEYS && awsc_pager_page_count(p) == (KEYS + 399) / 400,
          "ListObjects: %d keys in %lld pages", next, (long long)awsc_pager_page_count(p));
    printf("ListObjects: %d keys in %lld pages (Marker from NextMarker || Contents[-1].Key)\n",
           next, (long long)awsc_pager_page_count(p));
    awsc_pager_destroy(p);
}

static void list_v2_collect(struct awsc_client *c)
{
    struct awsc_s3_list_objects_v2_input in = {.bucket = BUCKET};
    struct awsc_pager *p = NULL;
    struct awsc_s3_list_objects_v2_output *all = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_s3_list_objects_v2_paginate(c, &in, NULL, &p, &err), &err, "paginate"))
        return;
    if (CHECK_OK(awsc_s3_list_objects_v2_collect(p, &all, &err), &err, "collect")) {
        int next = 0;
        for (size_t i = 0; i < all->contents.count; i++)
            if (!check_key(&all->contents.items[i], &next, "collected"))
                break;
        CHECK(next == KEYS, "collected %d keys", next);
    }
    awsc_output_free(all);
    awsc_pager_destroy(p);
}

/* The s3_list_keys example prints every key, in order. */
static void example(const char *program, const char *url)
{
    char cmd[4096];
    if (!itest_program_command(cmd, sizeof cmd, program, BUCKET))
        return;
    setenv("AWS_ENDPOINT_URL", url, 1);
    FILE *f = popen(cmd, "r");
    unsetenv("AWS_ENDPOINT_URL");
    if (!CHECK(f != NULL, "cannot run %s", program))
        return;
    char line[256];
    int next = 0;
    bool in_order = true;
    while (fgets(line, sizeof line, f)) {
        char want[32];
        key_name(next, want, sizeof want);
        line[strcspn(line, "\n")] = '\0';
        if (in_order && strcmp(line, want) != 0) {
            FAIL("s3_list_keys printed %s where %s was due", line, want);
            in_order = false;
        }
        next++;
    }
    int status = pclose(f);
    CHECK(status == 0 && next == KEYS, "s3_list_keys: %d keys, exit status %d", next, status);
    printf("s3_list_keys example: %d keys\n", next);
}

int main(int argc, char **argv)
{
    itest_env_set_up();
    const char *url = itest_server_url(argc, argv, "AWSC_TEST_S3RVER_URL");
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_s3_client_new(&cfg, &c, &err);
    if (rc == AWSC_E_UNSUPPORTED) {
        printf("SKIP: this build cannot make an S3 client yet: %s\n", err.message);
        awsc_error_clean_up(&err);
        itest_env_clean_up();
        return 77;
    }
    if (!CHECK_OK(rc, &err, "client")) {
        itest_env_clean_up();
        return itest_finish("s3_paginate_test");
    }

    struct awsc_s3_create_bucket_input cb = {.bucket = BUCKET};
    struct awsc_s3_head_bucket_input hb = {.bucket = BUCKET};
    if (CHECK_OK(awsc_s3_create_bucket(c, &cb, NULL, &err), &err, "CreateBucket") &&
        CHECK_OK(awsc_s3_wait_bucket_exists(c, &hb, &QUICK, &err), &err, "bucket_exists")) {
        /* object_exists on a key not there yet runs out of attempts */
        char last[32];
        key_name(KEYS - 1, last, sizeof last);
        struct awsc_s3_head_object_input ho = {.bucket = BUCKET, .key = last};
        struct awsc_wait_options two = {.delay_ms = 10, .max_attempts = 2};
        rc = awsc_s3_wait_object_exists(c, &ho, &two, &err);
        CHECK(rc == AWSC_E_WAIT_TIMEOUT, "object_exists on a missing key: %s: %s",
              awsc_status_name(rc), err.message ? err.message : "");
        awsc_error_clean_up(&err);

        bool put_ok = true;
        for (int i = 0; i < KEYS && put_ok; i++) {
            char key[32];
            key_name(i, key, sizeof key);
            struct awsc_s3_put_object_input po = {
                .bucket = BUCKET, .key = key, .body = {.data = (const uint8_t *)"x", .len = 1}};
            put_ok = CHECK_OK(awsc_s3_put_object(c, &po, NULL, &err), &err, "PutObject");
        }
        if (put_ok &&
            CHECK_OK(awsc_s3_wait_object_exists(c, &ho, &QUICK, &err), &err, "object_exists")) {
            list_v2_pages(c, 0);
            list_v2_pages(c, 333);
            list_v2_items_resume(c);
            list_v1(c);
            list_v2_collect(c);
            if (argc > 2)
                example(argv[2], url);
        }
    }
    awsc_client_destroy(c);
    itest_env_clean_up();
    return itest_finish("s3_paginate_test");
}
