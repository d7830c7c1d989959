/*
 * tools/cli/s3_rm.c - `awsc s3 rm s3://BUCKET/KEY [--recursive]`: one
 * DeleteObject, or one for each object under the prefix (folder markers
 * too; --exclude/--include), each printed as "delete: s3://BUCKET/KEY".
 */
#include <stdio.h>
#include <string.h>

#include "s3.h"

int s3_rm(struct awsc_client *client, const struct s3_opts *o)
{
    struct s3_path p = {0};
    if (!s3_path_parse(o->paths[0], &p))
        return EXIT_OTHER;
    if (!p.is_s3) {
        s3_path_clean_up(&p);
        fprintf(stderr, "\nusage: awsc s3 rm <S3Uri>\nError: Invalid argument type\n");
        return EXIT_USAGE;
    }
    struct s3_run run = {.client = client, .opts = o};
    struct s3_file_list files = {0};
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = 0;
    if (o->recursive && p.key[0] && p.key[strlen(p.key) - 1] != '/') {
        char *k = s3_printf("%s/", p.key);
        awsc__free(p.key);
        p.key = k;
    }
    struct s3_filter *filter = p.key ? s3_filter_new(o, &p, NULL) : NULL;
    int rc = filter ? AWSC_OK : AWSC_E_NOMEM;
    if (rc == AWSC_OK && o->recursive)
        rc = s3_list_s3(client, p.bucket, p.key, o->page_size, true, &files, &err);
    else if (rc == AWSC_OK)
        rc = s3_file_add(&files, s3_printf("%s/%s", p.bucket, p.key), awsc__strdup(p.key), 0, 0)
                 ? AWSC_OK
                 : AWSC_E_NOMEM;
    if (rc != AWSC_OK) {
        s3_print_error("fatal error: ", rc, &err);
        status = 1;
    }
    s3_file_list_filter(&files, filter);
    for (size_t k = 0; !status && k < files.count; k++) {
        struct s3_task *t = s3_task_add(&run, S3_DELETE);
        if (t) {
            t->src_bucket = awsc__strdup(p.bucket);
            t->src_key = awsc__strdup(files.items[k].path + strlen(p.bucket) + 1);
        }
        if (!t || !t->src_bucket || !t->src_key)
            status = EXIT_OTHER;
    }
    if (!status)
        status = s3_run_tasks(&run);
    awsc_error_clean_up(&err);
    s3_file_list_clean_up(&files);
    s3_filter_free(filter);
    s3_run_clean_up(&run);
    s3_path_clean_up(&p);
    return status;
}
