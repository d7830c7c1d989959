/*
 * tools/cli/s3_cp.c - `awsc s3 cp|mv SRC DST [--recursive]`: local to S3,
 * S3 to local, S3 to S3, one object or every file under a folder or prefix
 * (--exclude/--include), as the AWS CLI names the destinations: a
 * destination that is a folder, ends with '/' or is a bucket takes the
 * source's name. mv removes each source once it has arrived.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "s3.h"

/* The key under an S3 destination: its key, or its key and name. */
static char *dest_key(const struct s3_path *dst, const char *name, bool take_name)
{
    if (!take_name)
        return awsc__strdup(dst->key);
    return s3_printf("%s%s%s", dst->key,
                     dst->key[0] && dst->key[strlen(dst->key) - 1] != '/' ? "/" : "", name);
}

static char *dest_local(const struct s3_path *dst, const char *name, bool take_name)
{
    return take_name ? s3_join(dst->local, name) : awsc__strdup(dst->local);
}

/* A transfer from src_name (an S3 key of src's bucket, or a local path) to
 * dst, under the name rel when take_name. */
bool s3_add_transfer(struct s3_run *run, const struct s3_path *src, const struct s3_path *dst,
                     const char *src_name, const char *rel, bool take_name, int64_t size, bool move)
{
    enum s3_task_kind kind = !src->is_s3 ? S3_UPLOAD : dst->is_s3 ? S3_COPY : S3_DOWNLOAD;
    struct s3_task *t = s3_task_add(run, kind);
    if (!t)
        return false;
    t->move = move;
    t->size = size;
    if (src->is_s3) {
        t->src_bucket = awsc__strdup(src->bucket);
        t->src_key = awsc__strdup(src_name);
    } else {
        t->src_local = awsc__strdup(src_name);
    }
    if (dst->is_s3) {
        t->dst_bucket = awsc__strdup(dst->bucket);
        t->dst_key = dest_key(dst, rel, take_name);
    } else {
        t->dst_local = dest_local(dst, rel, take_name);
    }
    return (t->src_key || t->src_local) && (t->dst_key || t->dst_local);
}

/* One object or file (no --recursive). */
static int one(struct s3_run *run, const struct s3_path *src, const struct s3_path *dst, bool move)
{
    int64_t size = 0;
    if (src->is_s3) {
        /* HeadObject first, as the AWS CLI: a missing key fails here */
        struct awsc_s3_head_object_input in = {.bucket = src->bucket, .key = src->key};
        struct awsc_s3_head_object_output *out = NULL;
        struct awsc_error err = AWSC_ERROR_INIT;
        int rc = awsc_s3_head_object(run->client, &in, &out, &err);
        if (rc == AWSC_OK) {
            size = out->content_length;
        } else if (err.http_status == 404) {
            fprintf(stderr,
                    "fatal error: An error occurred (404) when calling the HeadObject operation: "
                    "Key \"%s\" does not exist\n",
                    src->key);
        } else {
            s3_print_error("fatal error: ", rc, &err);
        }
        awsc_output_free(out);
        awsc_error_clean_up(&err);
        if (rc != AWSC_OK)
            return 1;
    } else {
        struct stat st;
        if (stat(src->local, &st) == 0)
            size = st.st_size;
    }
    const char *src_name = src->is_s3 ? src->key : src->local;
    if (!s3_add_transfer(run, src, dst, src_name, s3_basename(src_name), dst->dir_like, size, move))
        return EXIT_OTHER;
    return s3_run_tasks(run);
}

int s3_cp(struct awsc_client *client, const struct s3_opts *o, bool move)
{
    struct s3_path src, dst;
    bool ok = s3_paths_parse(o, &src, &dst);
    struct s3_run run = {.client = client, .opts = o};
    struct s3_filter *filter = NULL;
    struct s3_file_list files = {0};
    int status = 0;
    if (!ok) {
        status = EXIT_OTHER;
    } else if ((status = s3_check_paths(o, &src, &dst)) != 0) {
        /* reported */
    } else if (move && src.is_s3 && dst.is_s3 && strcmp(src.bucket, dst.bucket) == 0 &&
               (strcmp(src.key, dst.key) == 0 ||
                (dst.dir_like && strlen(src.key) > strlen(dst.key) &&
                 strncmp(src.key, dst.key, strlen(dst.key)) == 0 &&
                 strcmp(src.key + strlen(dst.key), s3_basename(src.key)) == 0))) {
        fprintf(stderr, "\nCannot mv a file onto itself: '%s' - '%s'\n", o->paths[0], o->paths[1]);
        status = EXIT_USAGE;
    } else if (!o->recursive) {
        filter = s3_filter_new(o, &src, &dst);
        const char *full = src.is_s3 ? NULL : src.local;
        char *s3full = src.is_s3 ? s3_printf("%s/%s", src.bucket, src.key) : NULL;
        if (!filter || (!full && !s3full))
            status = EXIT_OTHER;
        else if (s3_filter_passes(filter, full ? full : s3full))
            status = one(&run, &src, &dst, move);
        awsc__free(s3full);
    } else {
        /* every file under the folder or prefix */
        if (src.is_s3 && src.key[0] && src.key[strlen(src.key) - 1] != '/') {
            char *k = s3_printf("%s/", src.key);
            awsc__free(src.key);
            src.key = k;
        }
        filter = s3_filter_new(o, &src, &dst);
        struct awsc_error err = AWSC_ERROR_INIT;
        int rc = !filter || (src.is_s3 && !src.key) ? AWSC_E_NOMEM
                 : src.is_s3
                     ? s3_list_s3(client, src.bucket, src.key, o->page_size, false, &files, &err)
                 : s3_list_local(src.local, &run, &files) == 0 ? AWSC_OK
                                                               : AWSC_E_IO;
        if (rc != AWSC_OK) {
            if (rc == AWSC_E_IO)
                awsc__fail(&err, rc, "cannot list %s", src.local);
            s3_print_error("fatal error: ", rc, &err);
            status = 1;
        }
        awsc_error_clean_up(&err);
        s3_file_list_filter(&files, filter);
        for (size_t k = 0; !status && k < files.count; k++) {
            const struct s3_file *f = &files.items[k];
            const char *name = src.is_s3 ? f->path + strlen(src.bucket) + 1 : f->path;
            if (!s3_add_transfer(&run, &src, &dst, name, f->rel, true, f->size, move))
                status = EXIT_OTHER;
        }
        if (!status)
            status = s3_run_tasks(&run);
    }
    s3_file_list_clean_up(&files);
    s3_filter_free(filter);
    s3_run_clean_up(&run);
    s3_path_clean_up(&src);
    s3_path_clean_up(&dst);
    return status;
}
