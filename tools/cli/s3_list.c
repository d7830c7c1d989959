/*
 * tools/cli/s3_list.c - the files under a local folder or an S3 prefix,
 * in the order S3 lists keys (a folder sorts as its name and '/'), as the
 * AWS CLI's FileGenerator finds them: special and unreadable local files
 * are skipped with a warning; "folder" objects (size 0, key ending in '/')
 * are left out except for deletes.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "s3.h"

bool s3_file_add(struct s3_file_list *l, char *path, char *rel, int64_t size, int64_t mtime_us)
{
    if (path && rel && l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        struct s3_file *items = awsc__realloc(l->items, cap * sizeof *items);
        if (items) {
            l->items = items;
            l->cap = cap;
        }
    }
    if (!path || !rel || l->count == l->cap) {
        awsc__free(path);
        awsc__free(rel);
        return false;
    }
    l->items[l->count++] = (struct s3_file){path, rel, size, mtime_us};
    return true;
}

void s3_file_list_clean_up(struct s3_file_list *l)
{
    for (size_t k = 0; k < l->count; k++) {
        awsc__free(l->items[k].path);
        awsc__free(l->items[k].rel);
    }
    awsc__free(l->items);
    memset(l, 0, sizeof *l);
}

void s3_file_list_filter(struct s3_file_list *l, const struct s3_filter *f)
{
    size_t kept = 0;
    for (size_t k = 0; k < l->count; k++) {
        if (s3_filter_passes(f, l->items[k].path)) {
            l->items[kept++] = l->items[k];
        } else {
            awsc__free(l->items[k].path);
            awsc__free(l->items[k].rel);
        }
    }
    l->count = kept;
}

static int64_t stat_mtime_us(const struct stat *st)
{
    return (int64_t)st->st_mtim.tv_sec * 1000000 + (st->st_mtim.tv_nsec + 500) / 1000;
}

/* The AWS CLI's triggers_warning: true (and a warning) for a file to skip. */
static bool skipped(struct s3_run *run, const char *path, struct stat *st)
{
    if (stat(path, st) != 0) {
        s3_warn_skip(run, path, "File does not exist.");
        return true;
    }
    if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode) || S_ISFIFO(st->st_mode) ||
        S_ISSOCK(st->st_mode)) {
        s3_warn_skip(run, path,
                     "File is character special device, block special device, FIFO, or "
                     "socket.");
        return true;
    }
    if (access(path, R_OK) != 0) {
        s3_warn_skip(run, path, "File/Directory is not readable.");
        return true;
    }
    return false;
}

struct entry {
    char *name; /* a folder's with '/' at the end */
    bool dir;
};

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

static int walk(const char *dir, size_t root_len, struct s3_run *run, struct s3_file_list *out)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    struct entry *entries = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *path = s3_join(dir, e->d_name);
        struct stat st;
        if (path && skipped(run, path, &st)) {
            awsc__free(path);
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            struct entry *grown = awsc__realloc(entries, cap * sizeof *grown);
            if (!grown) {
                awsc__free(path);
                rc = -1;
                break;
            }
            entries = grown;
        }
        bool is_dir = path && S_ISDIR(st.st_mode);
        entries[n].dir = is_dir;
        entries[n].name = s3_printf("%s%s", e->d_name, is_dir ? "/" : "");
        rc = path && entries[n].name ? 0 : -1;
        n += entries[n].name != NULL;
        awsc__free(path);
    }
    closedir(d);
    if (rc == 0)
        qsort(entries, n, sizeof *entries, by_name);
    for (size_t k = 0; rc == 0 && k < n; k++) {
        char *path = s3_join(dir, entries[k].name);
        struct stat st;
        if (!path) {
            rc = -1;
        } else if (entries[k].dir) {
            path[strlen(path) - 1] = '\0';
            rc = walk(path, root_len, run, out);
        } else if (stat(path, &st) == 0) {
            char *rel = awsc__strdup(path + root_len);
            if (!s3_file_add(out, path, rel, st.st_size, stat_mtime_us(&st)))
                rc = -1;
            path = NULL;
        }
        awsc__free(path);
    }
    for (size_t k = 0; k < n; k++)
        awsc__free(entries[k].name);
    awsc__free(entries);
    return rc;
}

int s3_list_local(const char *dir, struct s3_run *run, struct s3_file_list *out)
{
    struct stat st;
    if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
        /* as the AWS CLI, which looks for "FILE/" */
        char *as_dir = s3_printf("%s/", dir);
        s3_warn_skip(run, as_dir ? as_dir : dir, "File does not exist.");
        awsc__free(as_dir);
        return 0;
    }
    size_t len = strlen(dir);
    return walk(dir, len + (len > 0 && dir[len - 1] != '/'), run, out);
}

int s3_list_s3(struct awsc_client *client, const char *bucket, const char *prefix,
               int64_t page_size, bool with_dir_markers, struct s3_file_list *out,
               struct awsc_error *err)
{
    struct awsc_s3_list_objects_v2_input in = {.bucket = bucket, .prefix = prefix};
    if (page_size) {
        in.has_max_keys = true;
        in.max_keys = page_size > INT32_MAX ? INT32_MAX : (int32_t)page_size;
    }
    size_t prefix_len = strlen(prefix);
    char *token = NULL;
    int rc;
    do {
        struct awsc_s3_list_objects_v2_output *page = NULL;
        in.continuation_token = token;
        rc = awsc_s3_list_objects_v2(client, &in, &page, err);
        awsc__free(token);
        token = NULL;
        for (size_t k = 0; rc == AWSC_OK && k < page->contents.count; k++) {
            const struct awsc_s3_object *o = &page->contents.items[k];
            size_t klen = strlen(o->key);
            if (!with_dir_markers && o->size == 0 && klen && o->key[klen - 1] == '/')
                continue;
            const char *rel = klen >= prefix_len ? o->key + prefix_len : o->key;
            int64_t us = o->last_modified.sec * 1000000 + o->last_modified.nsec / 1000;
            if (!s3_file_add(out, s3_printf("%s/%s", bucket, o->key), awsc__strdup(rel), o->size,
                             us))
                rc = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        }
        if (rc == AWSC_OK && page->is_truncated && page->next_continuation_token)
            token = awsc__strdup(page->next_continuation_token);
        awsc_output_free(page);
    } while (rc == AWSC_OK && token);
    return rc;
}
