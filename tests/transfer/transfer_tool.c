/*
 * The S3 transfer manager driven from the command line, for
 * transfer_test.py (which checks what it did through boto3) and the
 * memory benchmark.
 *
 *   transfer_tool URL upload FILE BUCKET KEY [options]
 *   transfer_tool URL upload-memory FILE BUCKET KEY [options]    (the file read into memory first)
 *   transfer_tool URL upload-callback FILE BUCKET KEY [options]  (read through a read callback)
 *   transfer_tool URL download BUCKET KEY FILE [options]
 *   transfer_tool URL stream BUCKET KEY FILE [options]   (a write callback writing FILE in order)
 *   transfer_tool URL copy SRC_BUCKET SRC_KEY BUCKET KEY [options]
 *
 * options: --threshold N --part-size N --max-parts N --concurrency N
 *          --checksum ALG --async (the async form on a loop of its own)
 *          --fsync 1 (a download to a file is flushed to the disk before the rename)
 *          --cancel-at N (the progress callback cancels at N bytes)
 *          --truncate-at N (the upload's file is cut to half its size at N bytes)
 *          --unlink-at N (the upload's file is removed at N bytes)
 *          --kill-at N (SIGKILL at N bytes downloaded)
 *          --term-at N (SIGTERM at N bytes; the handler removes the partial files)
 *
 * Prints "parts N" (the parts the configuration gives, or 1), "progress
 * CALLS DONE TOTAL", "headers SIZE TYPE ETAG META..." before any byte of
 * a download, "peak_rss_kib N", and "ok" or "error STATUS CODE: MESSAGE";
 * exits 0 on success, 1 on failure.
 */
#include <awsc/s3_transfer.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

struct state {
    const char *file;
    int64_t cancel_at, truncate_at, unlink_at, kill_at, term_at;
    int64_t calls, done, total;
    bool headers_seen, wrote_before_headers;
    FILE *out;
    FILE *in;
};

static int64_t opt_num(const char *s)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    if (*end) {
        fprintf(stderr, "not a number: %s\n", s);
        exit(2);
    }
    return v;
}

static int on_progress(void *ud, int64_t done, int64_t total)
{
    struct state *s = ud;
    s->calls++;
    s->done = done;
    s->total = total;
    if (s->truncate_at >= 0 && done >= s->truncate_at) {
        s->truncate_at = -1;
        if (truncate(s->file, total / 2) != 0)
            perror("truncate");
    }
    if (s->unlink_at >= 0 && done >= s->unlink_at) {
        s->unlink_at = -1;
        if (unlink(s->file) != 0)
            perror("unlink");
    }
    if (s->kill_at >= 0 && done >= s->kill_at) {
        fflush(stdout);
        raise(SIGKILL);
    }
    if (s->term_at >= 0 && done >= s->term_at) {
        fflush(stdout);
        raise(SIGTERM);
    }
    return s->cancel_at >= 0 && done >= s->cancel_at;
}

static int on_headers(void *ud, const struct awsc_s3_head_object_output *h)
{
    struct state *s = ud;
    s->headers_seen = true;
    printf("headers %" PRId64 " %s %s", h->content_length, h->content_type ? h->content_type : "-",
           h->e_tag ? h->e_tag : "-");
    for (size_t i = 0; i < h->metadata.count; i++)
        printf(" %s=%s", h->metadata.entries[i].key, h->metadata.entries[i].value);
    printf("\n");
    return 0;
}

static int on_write(void *ud, const uint8_t *data, size_t len)
{
    struct state *s = ud;
    if (!s->headers_seen)
        s->wrote_before_headers = true;
    return fwrite(data, 1, len, s->out) == len ? 0 : 1;
}

static size_t on_read(void *ud, uint8_t *buf, size_t cap)
{
    struct state *s = ud;
    size_t n = fread(buf, 1, cap, s->in);
    return n == 0 && ferror(s->in) ? (size_t)-1 : n;
}

static void on_term(int sig)
{
    (void)sig;
    awsc_remove_partial_downloads();
    _exit(143);
}

struct async_result {
    bool done;
    int status;
    struct awsc_error err;
};

static void on_done(void *ud, int status, struct awsc_error *err)
{
    struct async_result *r = ud;
    r->done = true;
    r->status = status;
    if (err) {
        /* keep the message past the callback */
        r->err.status = err->status;
        r->err.http_status = err->http_status;
        r->err.code = err->code ? strdup(err->code) : NULL;
        r->err.message = strdup(err->message);
    }
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: see the comment at the top of transfer_tool.c\n");
        return 2;
    }
    const char *url = argv[1], *cmd = argv[2];
    int nargs = strcmp(cmd, "copy") == 0 ? 4 : 3;
    if (argc < 3 + nargs)
        return 2;
    char **a = argv + 3;
    struct awsc_s3_transfer_config tc = {0};
    struct state s = {
        .cancel_at = -1, .truncate_at = -1, .unlink_at = -1, .kill_at = -1, .term_at = -1};
    bool async = false;
    for (int i = 3 + nargs; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--async") == 0) {
            async = true;
            continue;
        }
        if (i + 1 >= argc)
            return 2;
        const char *v = argv[++i];
        if (strcmp(o, "--threshold") == 0)
            tc.multipart_threshold = opt_num(v);
        else if (strcmp(o, "--part-size") == 0)
            tc.part_size = opt_num(v);
        else if (strcmp(o, "--max-parts") == 0)
            tc.max_parts = (int)opt_num(v);
        else if (strcmp(o, "--concurrency") == 0)
            tc.max_concurrency = (int)opt_num(v);
        else if (strcmp(o, "--checksum") == 0)
            tc.checksum_algorithm = v;
        else if (strcmp(o, "--fsync") == 0)
            tc.fsync = opt_num(v) != 0;
        else if (strcmp(o, "--copy-threshold") == 0)
            tc.copy_threshold = opt_num(v);
        else if (strcmp(o, "--cancel-at") == 0)
            s.cancel_at = opt_num(v);
        else if (strcmp(o, "--truncate-at") == 0)
            s.truncate_at = opt_num(v);
        else if (strcmp(o, "--unlink-at") == 0)
            s.unlink_at = opt_num(v);
        else if (strcmp(o, "--kill-at") == 0)
            s.kill_at = opt_num(v);
        else if (strcmp(o, "--term-at") == 0)
            s.term_at = opt_num(v);
        else {
            fprintf(stderr, "unknown option %s\n", o);
            return 2;
        }
    }
    signal(SIGTERM, on_term);

    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_s3_client_new(&cfg, &c, &err) != AWSC_OK) {
        printf("error client: %s\n", err.message);
        awsc_error_clean_up(&err);
        return 1;
    }

    uint8_t *memory = NULL;
    struct async_result r = {.err = AWSC_ERROR_INIT};
    struct awsc_s3_transfer *t = NULL;
    int status;
    int64_t size = 0;
    if (strncmp(cmd, "upload", 6) == 0) {
        s.file = a[0];
        struct awsc_s3_upload_request req = {
            .bucket = a[1],
            .key = a[2],
            .content_type = "application/x-awsc-test",
            .metadata = {(struct awsc_s3_metadata_map_entry[]){{"origin", "transfer_tool"}}, 1},
            .progress = on_progress,
            .user_data = &s,
        };
        struct stat st;
        if (stat(a[0], &st) == 0)
            size = st.st_size;
        if (strcmp(cmd, "upload") == 0) {
            req.body.path = a[0];
        } else if (strcmp(cmd, "upload-memory") == 0) {
            FILE *f = fopen(a[0], "rb");
            memory = malloc(size ? (size_t)size : 1);
            if (!f || !memory || fread(memory, 1, (size_t)size, f) != (size_t)size) {
                perror(a[0]);
                return 1;
            }
            fclose(f);
            req.body.data = memory;
            req.body.len = (size_t)size;
        } else {
            s.in = fopen(a[0], "rb");
            if (!s.in) {
                perror(a[0]);
                return 1;
            }
            req.body.read = on_read;
            req.body.read_ud = &s;
            req.body.length = size;
        }
        if (async)
            status = awsc_s3_upload_async(c, &req, &tc, on_done, &r, &t, &err);
        else
            status = awsc_s3_upload(c, &req, &tc, &err);
    } else if (strcmp(cmd, "download") == 0 || strcmp(cmd, "stream") == 0) {
        struct awsc_s3_download_request req = {
            .bucket = a[0],
            .key = a[1],
            .on_headers = on_headers,
            .progress = on_progress,
            .user_data = &s,
        };
        if (strcmp(cmd, "download") == 0) {
            req.path = a[2];
        } else {
            s.out = fopen(a[2], "wb");
            if (!s.out) {
                perror(a[2]);
                return 1;
            }
            req.write = on_write;
        }
        if (async)
            status = awsc_s3_download_async(c, &req, &tc, on_done, &r, &t, &err);
        else
            status = awsc_s3_download(c, &req, &tc, &err);
    } else if (strcmp(cmd, "copy") == 0) {
        struct awsc_s3_copy_request req = {
            .source_bucket = a[0],
            .source_key = a[1],
            .bucket = a[2],
            .key = a[3],
            .progress = on_progress,
            .user_data = &s,
        };
        if (async)
            status = awsc_s3_copy_async(c, &req, &tc, on_done, &r, &t, &err);
        else
            status = awsc_s3_copy(c, &req, &tc, &err);
    } else {
        fprintf(stderr, "unknown command %s\n", cmd);
        return 2;
    }
    bool from_callback = async && status == AWSC_OK;
    if (from_callback) {
        awsc_client_run(c);
        if (!r.done) {
            printf("error the transfer never ended\n");
            return 1;
        }
        status = r.status;
        err = r.err;
    }
    if (s.out && fclose(s.out) != 0)
        status = AWSC_E_IO;
    if (s.in)
        fclose(s.in);
    free(memory);

    int parts = 1;
    int64_t total = s.total ? s.total : size;
    int64_t part_size = tc.part_size ? tc.part_size : 8 * 1024 * 1024;
    if (total < (tc.multipart_threshold ? tc.multipart_threshold : 8 * 1024 * 1024))
        parts = 1;
    else if (strncmp(cmd, "upload", 6) == 0 || strcmp(cmd, "copy") == 0)
        awsc_s3_transfer_part_size(&tc, total, &parts);
    else
        parts = (int)((total + part_size - 1) / part_size);
    printf("parts %d\n", parts);
    printf("progress %" PRId64 " %" PRId64 " %" PRId64 "\n", s.calls, s.done, s.total);
    if (s.wrote_before_headers)
        printf("bytes came before the headers\n");
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak_rss_kib %ld\n", ru.ru_maxrss);
    int rc = 0;
    if (status == AWSC_OK) {
        printf("ok\n");
    } else {
        printf("error %s %s: %s\n", awsc_strerror(status), err.code ? err.code : "-",
               err.message ? err.message : "-");
        rc = 1;
    }
    if (from_callback) {
        free((char *)r.err.code);
        free((char *)r.err.message);
    } else {
        awsc_error_clean_up(&err);
    }
    awsc_client_destroy(c);
    return rc;
}
