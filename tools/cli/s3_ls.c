/*
 * tools/cli/s3_ls.c - `awsc s3 ls [s3://BUCKET[/PREFIX]]`: the buckets, or
 * the prefixes and objects under a prefix, in the AWS CLI's columns (local
 * time), with --recursive, --human-readable and --summarize.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "s3.h"

static void print_time(const struct awsc_timestamp *ts)
{
    time_t t = (time_t)ts->sec;
    struct tm tm;
    char text[32] = "";
    if (localtime_r(&t, &tm))
        strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &tm);
    printf("%-19s", text);
}

static int list_buckets(struct awsc_client *client)
{
    struct awsc_s3_list_buckets_input in = {0};
    struct awsc_s3_list_buckets_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_s3_list_buckets(client, &in, &out, &err);
    for (size_t k = 0; rc == AWSC_OK && k < out->buckets.count; k++) {
        print_time(&out->buckets.items[k].creation_date);
        printf(" %s\n", out->buckets.items[k].name);
    }
    awsc_output_free(out);
    int status = rc == AWSC_OK ? 0 : rc == AWSC_E_SERVICE ? EXIT_SERVICE : EXIT_OTHER;
    if (rc != AWSC_OK && cli_report_setup_error(false, rc, &err))
        status = EXIT_CONFIG;
    else if (rc != AWSC_OK)
        s3_print_error("\n", rc, &err);
    awsc_error_clean_up(&err);
    return status;
}

int s3_ls(struct awsc_client *client, const struct s3_opts *o)
{
    struct s3_path p = {0};
    if (!o->npaths || strcmp(o->paths[0], "s3://") == 0)
        return list_buckets(client);
    /* the AWS CLI takes BUCKET/PREFIX without s3:// too */
    char *uri = strncmp(o->paths[0], "s3://", 5) == 0 ? awsc__strdup(o->paths[0])
                                                      : s3_printf("s3://%s", o->paths[0]);
    bool ok = uri && s3_path_parse(uri, &p);
    awsc__free(uri);
    if (!ok) {
        s3_path_clean_up(&p);
        return EXIT_OTHER;
    }
    if (!p.bucket[0]) {
        s3_path_clean_up(&p);
        return list_buckets(client);
    }
    struct awsc_s3_list_objects_v2_input in = {
        .bucket = p.bucket, .prefix = p.key, .delimiter = o->recursive ? NULL : "/"};
    if (o->page_size) {
        in.has_max_keys = true;
        in.max_keys = o->page_size > INT32_MAX ? INT32_MAX : (int32_t)o->page_size;
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    int64_t objects = 0, bytes = 0;
    bool first_empty = false, first = true;
    char *token = NULL;
    int rc;
    do {
        struct awsc_s3_list_objects_v2_output *page = NULL;
        in.continuation_token = token;
        rc = awsc_s3_list_objects_v2(client, &in, &page, &err);
        awsc__free(token);
        token = NULL;
        if (rc != AWSC_OK)
            break;
        if (!page->contents.count && !page->common_prefixes.count && first)
            first_empty = true;
        first = false;
        for (size_t k = 0; k < page->common_prefixes.count; k++) {
            /* the last part before the final '/' */
            const char *pre = page->common_prefixes.items[k].prefix;
            size_t len = strlen(pre);
            size_t end = len && pre[len - 1] == '/' ? len - 1 : len;
            size_t start = end;
            while (start > 0 && pre[start - 1] != '/')
                start--;
            printf("%30s %.*s/\n", "PRE", (int)(end - start), pre + start);
        }
        for (size_t k = 0; k < page->contents.count; k++) {
            const struct awsc_s3_object *obj = &page->contents.items[k];
            char size[32];
            if (o->human_readable)
                s3_human_size(obj->size, size, sizeof size);
            else
                snprintf(size, sizeof size, "%lld", (long long)obj->size);
            objects++;
            bytes += obj->size;
            print_time(&obj->last_modified);
            printf(" %10s %s\n", size, o->recursive ? obj->key : s3_basename(obj->key));
        }
        if (page->is_truncated && page->next_continuation_token)
            token = awsc__strdup(page->next_continuation_token);
        awsc_output_free(page);
    } while (token);
    int status = 0;
    if (rc != AWSC_OK && cli_report_setup_error(false, rc, &err)) {
        status = EXIT_CONFIG;
    } else if (rc != AWSC_OK) {
        s3_print_error("\n", rc, &err);
        status = rc == AWSC_E_SERVICE ? EXIT_SERVICE : EXIT_OTHER;
    } else {
        if (o->summarize) {
            char size[32];
            if (o->human_readable)
                s3_human_size(bytes, size, sizeof size);
            else
                snprintf(size, sizeof size, "%lld", (long long)bytes);
            printf("\n%15s%lld\n%15s%s\n", "Total Objects: ", (long long)objects,
                   "Total Size: ", size);
        }
        if (p.key[0] && first_empty)
            status = 1;
    }
    awsc_error_clean_up(&err);
    s3_path_clean_up(&p);
    return status;
}
