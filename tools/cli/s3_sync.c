/*
 * tools/cli/s3_sync.c - `awsc s3 sync SRC DST [--delete] [--exclude P]
 * [--include P] [--dryrun]`, as the AWS CLI decides it: both sides listed
 * in key order, filtered, and walked together. A file only in SRC is
 * transferred; a file in both when the sizes differ, or when the times say
 * so: for an upload or a copy when SRC is newer than DST, for a download
 * when the local file is newer than the object (a download sets the
 * file's time to the object's LastModified, so the two then compare
 * equal). With --delete a file only in DST is deleted.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "s3.h"

static bool should_sync(const struct s3_file *src, const struct s3_file *dst, bool download)
{
    if (src->size != dst->size)
        return true;
    int64_t delta = dst->mtime_us - src->mtime_us;
    return download ? delta > 0 : delta < 0;
}

static int list_side(struct s3_run *run, struct s3_path *p, struct s3_file_list *out,
                     struct awsc_error *err)
{
    if (!p->is_s3) {
        if (access(p->local, F_OK) != 0)
            return AWSC_OK; /* nothing there yet */
        return s3_list_local(p->local, run, out) == 0
                   ? AWSC_OK
                   : awsc__fail(err, AWSC_E_IO, "cannot list %s: %s", p->local, strerror(errno));
    }
    if (p->key[0] && p->key[strlen(p->key) - 1] != '/') {
        char *k = s3_printf("%s/", p->key);
        if (!k)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        awsc__free(p->key);
        p->key = k;
    }
    return s3_list_s3(run->client, p->bucket, p->key, run->opts->page_size, false, out, err);
}

static bool add(struct s3_run *run, const struct s3_path *src, const struct s3_path *dst,
                const struct s3_file *f)
{
    const char *name = src->is_s3 ? f->path + strlen(src->bucket) + 1 : f->path;
    return s3_add_transfer(run, src, dst, name, f->rel, true, f->size, false);
}

static bool add_delete(struct s3_run *run, const struct s3_path *dst, const struct s3_file *f)
{
    struct s3_task *t = s3_task_add(run, S3_DELETE);
    if (!t)
        return false;
    if (dst->is_s3) {
        t->src_bucket = awsc__strdup(dst->bucket);
        t->src_key = awsc__strdup(f->path + strlen(dst->bucket) + 1);
        return t->src_bucket && t->src_key;
    }
    t->src_local = awsc__strdup(f->path);
    return t->src_local != NULL;
}

int s3_sync(struct awsc_client *client, const struct s3_opts *o)
{
    struct s3_path src, dst;
    bool ok = s3_paths_parse(o, &src, &dst);
    struct s3_run run = {.client = client, .opts = o};
    struct s3_file_list from = {0}, to = {0};
    struct s3_filter *filter = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = 0;
    if (!ok) {
        status = EXIT_OTHER;
    } else if ((status = s3_check_paths(o, &src, &dst)) != 0) {
        /* reported */
    } else if (!dst.is_s3 && access(dst.local, F_OK) != 0) {
        /* as the AWS CLI: the destination folder is made first */
        char *inside = s3_join(dst.local, "x");
        if (!inside || cli_make_parents(inside) != 0) {
            fprintf(stderr, "\ncannot make %s: %s\n", dst.local, strerror(errno));
            status = EXIT_OTHER;
        }
        awsc__free(inside);
    }
    if (!status) {
        int rc = list_side(&run, &src, &from, &err);
        if (rc == AWSC_OK)
            rc = list_side(&run, &dst, &to, &err);
        if (rc == AWSC_OK && !(filter = s3_filter_new(o, &src, &dst)))
            rc = awsc__fail(&err, AWSC_E_NOMEM, "out of memory");
        if (rc != AWSC_OK) {
            s3_print_error("fatal error: ", rc, &err);
            status = 1;
        }
    }
    if (!status) {
        s3_file_list_filter(&from, filter);
        s3_file_list_filter(&to, filter);
        bool download = src.is_s3 && !dst.is_s3;
        size_t a = 0, b = 0;
        while (ok && (a < from.count || b < to.count)) {
            int cmp = a == from.count ? 1
                      : b == to.count ? -1
                                      : strcmp(from.items[a].rel, to.items[b].rel);
            if (cmp == 0) {
                if (should_sync(&from.items[a], &to.items[b], download))
                    ok = add(&run, &src, &dst, &from.items[a]);
                a++;
                b++;
            } else if (cmp < 0) {
                ok = add(&run, &src, &dst, &from.items[a++]);
            } else {
                if (o->delete_removed)
                    ok = add_delete(&run, &dst, &to.items[b]);
                b++;
            }
        }
        status = ok ? s3_run_tasks(&run) : EXIT_OTHER;
    }
    awsc_error_clean_up(&err);
    s3_filter_free(filter);
    s3_file_list_clean_up(&from);
    s3_file_list_clean_up(&to);
    s3_run_clean_up(&run);
    s3_path_clean_up(&src);
    s3_path_clean_up(&dst);
    return status;
}
