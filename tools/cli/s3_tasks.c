/*
 * tools/cli/s3_tasks.c - the uploads, downloads, copies and deletes of a
 * command, up to ten at a time (the AWS CLI's max_concurrent_requests) on
 * the client's async transport, each transfer through the transfer manager
 * (<awsc/s3_transfer.h>: multipart and parallel parts above 8 MiB). Each
 * prints its line as it ends ("upload: ./a to s3://b/a", or "upload
 * failed: ... ERROR" on stderr); on a terminal a progress line follows.
 * The exit status is the AWS CLI's: 1 when one failed, else 2 when files
 * were skipped, else 0.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "s3.h"

#define S3_CONCURRENCY 10

/* The AWS CLI's transfer settings: boto3's, except that a copy is a
 * multipart copy (UploadPartCopy) from the 8 MiB multipart threshold on, as
 * its uploads are, not from CopyObject's 5 GiB limit. */
static const struct awsc_s3_transfer_config CLI_TRANSFERS = {
    .copy_threshold = 8 * 1024 * 1024 - 1,
};

struct s3_task *s3_task_add(struct s3_run *run, enum s3_task_kind kind)
{
    if (run->count == run->cap) {
        size_t cap = run->cap ? run->cap * 2 : 64;
        struct s3_task *t = awsc__realloc(run->tasks, cap * sizeof *t);
        if (!t)
            return NULL;
        run->tasks = t;
        run->cap = cap;
    }
    struct s3_task *t = &run->tasks[run->count++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->run = run;
    return t;
}

void s3_run_clean_up(struct s3_run *run)
{
    for (size_t k = 0; k < run->count; k++) {
        struct s3_task *t = &run->tasks[k];
        awsc__free(t->src_bucket);
        awsc__free(t->src_key);
        awsc__free(t->src_local);
        awsc__free(t->dst_bucket);
        awsc__free(t->dst_key);
        awsc__free(t->dst_local);
    }
    awsc__free(run->tasks);
    run->tasks = NULL;
    run->count = run->cap = 0;
}

static bool quiet(const struct s3_run *run)
{
    return run->opts->quiet;
}

/* Clears the progress line before a line is printed over it. */
static void clear_progress(struct s3_run *run, FILE *f)
{
    if (run->progress_len) {
        fflush(stdout);
        fprintf(f, "%*s\r", (int)run->progress_len, "");
        run->progress_len = 0;
    }
}

static void show_progress(struct s3_run *run)
{
    if (!run->progress || quiet(run) || run->opts->only_show_errors || run->opts->no_progress)
        return;
    char done[32], total[32], speed[32];
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double secs = (double)(now.tv_sec - run->started.tv_sec) +
                  (double)(now.tv_nsec - run->started.tv_nsec) / 1e9;
    s3_human_size(run->done_bytes, done, sizeof done);
    s3_human_size(run->total_bytes, total, sizeof total);
    s3_human_size(secs > 0 ? (int64_t)((double)run->done_bytes / secs) : 0, speed, sizeof speed);
    int n = printf("Completed %s/%s (%s/s) with %zu file(s) remaining\r", done, total, speed,
                   run->count - run->finished);
    fflush(stdout);
    run->progress_len = n > 0 ? (size_t)n : 0;
}

void s3_warn_skip(struct s3_run *run, const char *path, const char *why)
{
    run->warnings++;
    if (quiet(run))
        return;
    clear_progress(run, stderr);
    fprintf(stderr, "warning: Skipping file %s. %s\n", path, why);
}

static char *shown(const char *bucket, const char *key, const char *local)
{
    return local ? s3_shown_local(local) : s3_uri(bucket, key);
}

static const char *kind_name(const struct s3_task *t)
{
    if (t->move)
        return "move";
    return t->kind == S3_UPLOAD     ? "upload"
           : t->kind == S3_DOWNLOAD ? "download"
           : t->kind == S3_COPY     ? "copy"
                                    : "delete";
}

/* "upload: SRC to DST", "delete: SRC", with "(dryrun) " or " failed" */
static void report(struct s3_task *t, int rc, const struct awsc_error *err)
{
    struct s3_run *run = t->run;
    char *src = shown(t->src_bucket, t->src_key, t->src_local);
    char *dst = t->kind == S3_DELETE ? NULL : shown(t->dst_bucket, t->dst_key, t->dst_local);
    if (rc != AWSC_OK)
        run->failures++;
    if (!quiet(run) && (rc != AWSC_OK || !run->opts->only_show_errors)) {
        FILE *f = rc == AWSC_OK ? stdout : stderr;
        clear_progress(run, f);
        fprintf(f, "%s%s%s: %s%s%s", run->opts->dryrun ? "(dryrun) " : "", kind_name(t),
                rc == AWSC_OK ? "" : " failed", src ? src : "?", dst ? " to " : "", dst ? dst : "");
        if (rc != AWSC_OK) {
            char *text = s3_error_text(rc, err);
            fprintf(f, " %s", text ? text : awsc_strerror(rc));
            awsc__free(text);
        }
        fprintf(f, "\n");
    }
    awsc__free(src);
    awsc__free(dst);
}

static void start_next(struct s3_run *run);

static void finish_task(struct s3_task *t, int rc, const struct awsc_error *err)
{
    struct s3_run *run = t->run;
    report(t, rc, err);
    run->finished++;
    run->in_flight--;
    show_progress(run);
}

/* A task that ended on the loop: the next ones start in its place. */
static void task_ended(struct s3_task *t, int rc, const struct awsc_error *err)
{
    finish_task(t, rc, err);
    start_next(t->run);
}

/* A DeleteObject of rm, sync --delete or mv (its source) ended. */
static void object_deleted(void *ud, int status, struct awsc_s3_delete_object_output *out,
                           struct awsc_error *err)
{
    awsc_output_free(out);
    task_ended(ud, status, err);
    awsc_error_clean_up(err);
}

static void transfer_done(void *ud, int status, struct awsc_error *err)
{
    struct s3_task *t = ud;
    if (status == AWSC_OK && t->kind == S3_DOWNLOAD && t->mtime_sec) {
        /* as the AWS CLI: the file's mtime is the object's LastModified, so
         * that a later sync sees the two as the same */
        struct timeval tv[2] = {{(time_t)t->mtime_sec, 0}, {(time_t)t->mtime_sec, 0}};
        utimes(t->dst_local, tv);
    }
    if (status == AWSC_OK && t->move && t->src_local) {
        if (unlink(t->src_local) != 0)
            status = awsc__fail(err, AWSC_E_IO, "%s: %s", t->src_local, strerror(errno));
    } else if (status == AWSC_OK && t->move) {
        struct awsc_s3_delete_object_input in = {.bucket = t->src_bucket, .key = t->src_key};
        struct awsc_error derr = AWSC_ERROR_INIT;
        status = awsc_s3_delete_object_async(t->run->client, &in, object_deleted, t, &derr);
        if (status == AWSC_OK)
            return;
        task_ended(t, status, &derr);
        awsc_error_clean_up(&derr);
        return;
    }
    task_ended(t, status, err);
}

static int on_progress(void *ud, int64_t done, int64_t total)
{
    struct s3_task *t = ud;
    (void)total;
    t->run->done_bytes += done - t->done_bytes;
    t->done_bytes = done;
    show_progress(t->run);
    return 0;
}

static int on_headers(void *ud, const struct awsc_s3_head_object_output *head)
{
    struct s3_task *t = ud;
    if (head->has_last_modified)
        t->mtime_sec = head->last_modified.sec;
    return 0;
}

static int start(struct s3_task *t, struct awsc_error *err)
{
    struct s3_run *run = t->run;
    if (run->opts->dryrun)
        return AWSC_OK;
    switch (t->kind) {
    case S3_UPLOAD: {
        struct awsc_s3_upload_request req = {.bucket = t->dst_bucket,
                                             .key = t->dst_key,
                                             .body = {.path = t->src_local},
                                             .content_type = s3_content_type(t->src_local),
                                             .progress = on_progress,
                                             .user_data = t};
        return awsc_s3_upload_async(run->client, &req, NULL, transfer_done, t, NULL, err);
    }
    case S3_DOWNLOAD: {
        if (cli_make_parents(t->dst_local) != 0)
            return awsc__fail(err, AWSC_E_IO, "cannot make the folder of %s: %s", t->dst_local,
                              strerror(errno));
        struct awsc_s3_download_request req = {.bucket = t->src_bucket,
                                               .key = t->src_key,
                                               .path = t->dst_local,
                                               .on_headers = on_headers,
                                               .progress = on_progress,
                                               .user_data = t};
        return awsc_s3_download_async(run->client, &req, NULL, transfer_done, t, NULL, err);
    }
    case S3_COPY: {
        struct awsc_s3_copy_request req = {.source_bucket = t->src_bucket,
                                           .source_key = t->src_key,
                                           .bucket = t->dst_bucket,
                                           .key = t->dst_key,
                                           .progress = on_progress,
                                           .user_data = t};
        return awsc_s3_copy_async(run->client, &req, &CLI_TRANSFERS, transfer_done, t, NULL, err);
    }
    case S3_DELETE:
        if (t->src_local) {
            if (unlink(t->src_local) != 0)
                return awsc__fail(err, AWSC_E_IO, "%s: %s", t->src_local, strerror(errno));
            return AWSC_OK;
        }
        struct awsc_s3_delete_object_input in = {.bucket = t->src_bucket, .key = t->src_key};
        return awsc_s3_delete_object_async(run->client, &in, object_deleted, t, err);
    }
    return AWSC_E_INVALID_ARG;
}

static void start_next(struct s3_run *run)
{
    while (run->in_flight < S3_CONCURRENCY && run->next < run->count) {
        struct s3_task *t = &run->tasks[run->next++];
        struct awsc_error err = AWSC_ERROR_INIT;
        run->in_flight++;
        int rc = start(t, &err);
        bool ended_now =
            rc != AWSC_OK || run->opts->dryrun || (t->kind == S3_DELETE && t->src_local);
        if (ended_now)
            finish_task(t, rc, &err);
        awsc_error_clean_up(&err);
    }
}

int s3_run_tasks(struct s3_run *run)
{
    run->progress = isatty(STDOUT_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &run->started);
    for (size_t k = 0; k < run->count; k++)
        run->total_bytes += run->tasks[k].kind == S3_DELETE ? 0 : run->tasks[k].size;
    start_next(run);
    if (run->in_flight)
        awsc_client_run(run->client);
    clear_progress(run, stdout);
    return run->failures ? 1 : run->warnings ? 2 : 0;
}
