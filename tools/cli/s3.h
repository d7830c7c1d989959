/*
 * tools/cli/s3.h - `awsc s3 ls|cp|mv|rm|sync|mb|rb|presign`, the AWS CLI's
 * high-level S3 commands: what their modules share.
 *
 * s3.c          the command line of every s3 command, and the client
 * s3_paths.c    s3://BUCKET/KEY and local paths (absolute, as shown)
 * s3_filter.c   --exclude / --include, as the AWS CLI applies them
 * s3_list.c     the files under a local folder or an S3 prefix, in S3's order
 * s3_tasks.c    uploads, downloads, copies and deletes, many at a time, on the
 *               transfer manager; their result lines, progress and exit code
 * s3_ls.c, s3_cp.c (cp, mv), s3_rm.c, s3_sync.c, s3_bucket.c (mb, rb)
 */
#ifndef AWSC_TOOLS_S3_H
#define AWSC_TOOLS_S3_H

#include <awsc/s3_transfer.h>

#include <time.h>

#include "cli.h"

/* The options of the s3 commands. */
struct s3_opts {
    const char *command; /* "ls", "cp", ... */
    const char *paths[2];
    int npaths;
    bool recursive, human_readable, summarize, dryrun, force, quiet, only_show_errors;
    bool no_progress;
    bool delete_removed;  /* sync --delete */
    int64_t page_size;    /* --page-size */
    const char **filters; /* --exclude / --include: pairs of (option, pattern) */
    size_t nfilters;
};

/* A path of the command line: s3://BUCKET/KEY or a local one. */
struct s3_path {
    bool is_s3;
    char *bucket, *key; /* S3 */
    char *local;        /* local: absolute, normalized */
    bool dir_like;      /* ends with '/' (or an S3 bucket alone) */
};

/* A file found by a listing. */
struct s3_file {
    char *path; /* local: absolute path; S3: "BUCKET/KEY" */
    char *rel;  /* relative to the listed root, '/' between parts */
    int64_t size;
    int64_t mtime_us; /* last modified, microseconds since the epoch */
};

struct s3_file_list {
    struct s3_file *items;
    size_t count, cap;
};

enum s3_task_kind { S3_UPLOAD, S3_DOWNLOAD, S3_COPY, S3_DELETE };

/* One transfer or delete, and the lines it prints. */
struct s3_task {
    enum s3_task_kind kind;
    bool move; /* mv: remove the source once transferred */
    char *src_bucket, *src_key, *src_local;
    char *dst_bucket, *dst_key, *dst_local;
    int64_t size;
    /* running */
    int64_t mtime_sec; /* a download's LastModified, for the file's mtime */
    int64_t done_bytes;
    struct s3_run *run;
};

/* The state of one command's transfers. */
struct s3_run {
    struct awsc_client *client;
    const struct s3_opts *opts;
    struct s3_task *tasks;
    size_t count, cap, next, in_flight, finished;
    int failures, warnings;
    bool progress; /* stdout is a terminal */
    int64_t total_bytes, done_bytes;
    size_t progress_len;
    struct timespec started;
};

/* s3.c */
int s3_check_paths(const struct s3_opts *o, const struct s3_path *src, const struct s3_path *dst);
void s3_print_error(const char *prefix, int rc, const struct awsc_error *err);
char *s3_error_text(int rc, const struct awsc_error *err);
void s3_human_size(int64_t n, char *out, size_t cap);
const char *s3_content_type(const char *path);

/* s3_paths.c */
char *s3_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
bool s3_path_parse(const char *given, struct s3_path *p);
/* The source and destination of cp, mv and sync: both parsed whatever the
 * first gives, so that both can be cleaned up. */
bool s3_paths_parse(const struct s3_opts *o, struct s3_path *src, struct s3_path *dst);
void s3_path_clean_up(struct s3_path *p);
char *s3_abspath(const char *path);
char *s3_shown_local(const char *abs);
char *s3_uri(const char *bucket, const char *key);
char *s3_join(const char *a, const char *b);
const char *s3_basename(const char *path);

/* s3_filter.c */
struct s3_filter;
struct s3_filter *s3_filter_new(const struct s3_opts *o, const struct s3_path *src,
                                const struct s3_path *dst);
bool s3_filter_passes(const struct s3_filter *f, const char *path);
void s3_filter_free(struct s3_filter *f);

/* s3_list.c */
int s3_list_local(const char *dir, struct s3_run *run, struct s3_file_list *out);
int s3_list_s3(struct awsc_client *client, const char *bucket, const char *prefix,
               int64_t page_size, bool with_dir_markers, struct s3_file_list *out,
               struct awsc_error *err);
void s3_file_list_clean_up(struct s3_file_list *l);
bool s3_file_add(struct s3_file_list *l, char *path, char *rel, int64_t size, int64_t mtime_us);
void s3_file_list_filter(struct s3_file_list *l, const struct s3_filter *f);

/* s3_tasks.c */
struct s3_task *s3_task_add(struct s3_run *run, enum s3_task_kind kind);
int s3_run_tasks(struct s3_run *run);
void s3_run_clean_up(struct s3_run *run);
void s3_warn_skip(struct s3_run *run, const char *path, const char *why);

/* s3_cp.c */
bool s3_add_transfer(struct s3_run *run, const struct s3_path *src, const struct s3_path *dst,
                     const char *src_name, const char *rel, bool take_name, int64_t size,
                     bool move);

/* the commands */
int s3_ls(struct awsc_client *client, const struct s3_opts *o);
int s3_cp(struct awsc_client *client, const struct s3_opts *o, bool move);
int s3_rm(struct awsc_client *client, const struct s3_opts *o);
int s3_sync(struct awsc_client *client, const struct s3_opts *o);
int s3_mb(struct awsc_client *client, const struct s3_opts *o, const char *region);
int s3_rb(struct awsc_client *client, const struct s3_opts *o);

#endif
