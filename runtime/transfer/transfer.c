/*
 * The S3 transfer manager (<awsc/s3_transfer.h>): uploads, downloads and
 * copies of any size cut into parts that run in parallel on the client's
 * async transport.
 *
 * A transfer is a small state machine driven by the async calls'
 * callbacks: a first call (HeadObject, CreateMultipartUpload or a single
 * PutObject / GetObject / CopyObject), then pump() starts parts while
 * fewer than max_concurrency are in flight, and when the last part has
 * ended, a last call (CompleteMultipartUpload, or AbortMultipartUpload
 * after a failure) and the user's done callback. A failure or a cancel
 * stops new parts; those in flight end on their own (a download's at its
 * next bytes).
 */
#include <awsc/s3_transfer.h>

#include "checksum/checksum.h"
#include "client/client.h"
#include "core.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MiB                 (1024 * 1024)
#define DEFAULT_THRESHOLD   (8 * (int64_t)MiB)
#define DEFAULT_PART_SIZE   (8 * (int64_t)MiB)
#define DEFAULT_CONCURRENCY 10
#define DEFAULT_MAX_PARTS   10000
#define DEFAULT_COPY_LIMIT  (5 * (int64_t)1024 * MiB)
#define SCRATCH             (256 * 1024)
#define MIN_PART            (5 * (int64_t)MiB)
#define MAX_PART            (5 * (int64_t)1024 * MiB)

enum kind { UPLOAD, DOWNLOAD, COPY };

struct part {
    struct awsc_s3_transfer *t;
    int number; /* 1-based */
    int64_t offset, len;
    int64_t got;            /* download: bytes received */
    uint8_t *buf;           /* upload: the part read; stream download: bytes ahead */
    size_t fill, delivered; /* stream download: bytes in buf, bytes passed on */
    bool done;
    bool short_read; /* the file ended before the part did */
    char *etag;
    char *checksum;
};

struct awsc_s3_transfer {
    struct awsc_client *client;
    enum kind kind;
    struct awsc_s3_transfer_config cfg;
    int alg;

    /* the request, copied */
    char *bucket, *key, *src_bucket, *src_key, *version_id, *path, *content_type;
    struct awsc_s3_metadata metadata;
    struct awsc_s3_metadata_map_entry *meta_entries;
    struct awsc_stream body;
    int (*write)(void *, const uint8_t *, size_t);
    awsc_s3_headers_fn *on_headers;
    awsc_s3_progress_fn *progress;
    void *user_data;
    awsc_s3_transfer_done_fn *done;
    void *done_data;

    /* progress of the transfer */
    int64_t size, part_size, bytes_done;
    int nparts, next, in_flight;
    struct part *parts;
    int deliver; /* stream download: the part at the front */
    char *upload_id;
    char *etag; /* download: If-Match */
    int fd;     /* upload: the source file; download: the temporary file */
    char *tmp;
    uint8_t *scratch; /* file uploads: the checksum pass's buffer */
    bool finishing;   /* Complete or Abort is in flight */
    bool cancelled;
    int status;
    struct awsc_error err;
    bool *sync_done;
};

/* ------------------------------------------------------------- helpers */

static int64_t config_value(int64_t v, int64_t dflt)
{
    return v > 0 ? v : dflt;
}

static void resolve_config(struct awsc_s3_transfer_config *out,
                           const struct awsc_s3_transfer_config *in)
{
    static const struct awsc_s3_transfer_config none;
    if (!in)
        in = &none;
    out->multipart_threshold = config_value(in->multipart_threshold, DEFAULT_THRESHOLD);
    out->part_size = config_value(in->part_size, DEFAULT_PART_SIZE);
    out->max_concurrency = (int)config_value(in->max_concurrency, DEFAULT_CONCURRENCY);
    out->max_parts = (int)config_value(in->max_parts, DEFAULT_MAX_PARTS);
    out->copy_threshold = config_value(in->copy_threshold, DEFAULT_COPY_LIMIT);
    out->checksum_algorithm = in->checksum_algorithm ? in->checksum_algorithm : "CRC32";
    out->fsync = in->fsync;
}

int64_t awsc_s3_transfer_part_size(const struct awsc_s3_transfer_config *config, int64_t size,
                                   int *parts)
{
    struct awsc_s3_transfer_config c;
    resolve_config(&c, config);
    /* as s3transfer's ChunksizeAdjuster: doubled until max_parts parts
     * hold the object, then brought within S3's limits for a part (5 MiB
     * to 5 GiB) */
    int64_t ps = c.part_size;
    while ((size + ps - 1) / ps > c.max_parts)
        ps *= 2;
    if (ps < MIN_PART)
        ps = MIN_PART;
    if (ps > MAX_PART)
        ps = MAX_PART;
    if (parts)
        *parts = size <= 0 ? 1 : (int)((size + ps - 1) / ps);
    return ps;
}

/* The first failure is kept; later ones (parts failing behind it) are
 * dropped. */
static void record_failure(struct awsc_s3_transfer *t, int status, struct awsc_error *err)
{
    if (t->status != AWSC_OK)
        return;
    t->status = status;
    if (err && err->status != AWSC_OK) {
        awsc__error_move(&t->err, err);
    } else if (status == AWSC_E_CANCELLED) {
        awsc__fail(&t->err, status, "the transfer of s3://%s/%s was cancelled", t->bucket, t->key);
    } else {
        awsc__fail(&t->err, status, "the transfer of s3://%s/%s failed: %s", t->bucket, t->key,
                   awsc_strerror(status));
    }
}

static int fail(struct awsc_s3_transfer *t, int status, const char *fmt, const char *a,
                const char *b)
{
    if (t->status == AWSC_OK) {
        t->status = status;
        awsc__fail(&t->err, status, fmt, a, b);
    }
    return status;
}

static int fail_nomem(struct awsc_s3_transfer *t)
{
    return fail(t, AWSC_E_NOMEM, "out of memory (s3://%s/%s)", t->bucket, t->key);
}

static int shorter(struct awsc_s3_transfer *t)
{
    return fail(t, AWSC_E_IO, "%s: the file became shorter during the upload (%s)", t->body.path,
                "it was truncated or replaced; nothing was stored");
}

static bool report_progress(struct awsc_s3_transfer *t, int64_t n)
{
    t->bytes_done += n;
    if (t->progress && t->progress(t->user_data, t->bytes_done, t->size) != 0) {
        t->cancelled = true;
        record_failure(t, AWSC_E_CANCELLED, NULL);
        return false;
    }
    return true;
}

static void free_parts(struct awsc_s3_transfer *t)
{
    if (!t->parts)
        return;
    for (int i = 0; i < t->nparts; i++) {
        awsc__free(t->parts[i].buf);
        awsc__free(t->parts[i].etag);
        awsc__free(t->parts[i].checksum);
    }
    awsc__free(t->parts);
    t->parts = NULL;
}

static void destroy(struct awsc_s3_transfer *t)
{
    free_parts(t);
    awsc__free(t->scratch);
    if (t->fd >= 0)
        close(t->fd);
    if (t->tmp) {
        unlink(t->tmp); /* never a partial file left behind */
        awsc__partial_release(t->tmp);
    }
    awsc__free(t->bucket);
    awsc__free(t->key);
    awsc__free(t->src_bucket);
    awsc__free(t->src_key);
    awsc__free(t->version_id);
    awsc__free(t->path);
    awsc__free(t->content_type);
    awsc__free(t->upload_id);
    awsc__free(t->etag);
    if (t->meta_entries) {
        for (size_t i = 0; i < t->metadata.count; i++) {
            awsc__free((char *)t->meta_entries[i].key);
            awsc__free((char *)t->meta_entries[i].value);
        }
        awsc__free(t->meta_entries);
    }
    awsc_error_clean_up(&t->err);
    awsc__free(t);
}

/* The end: the user's callback, then the transfer is gone. */
static void finish(struct awsc_s3_transfer *t)
{
    if (t->status == AWSC_OK && t->tmp) {
        if ((t->cfg.fsync && fsync(t->fd) != 0) || close(t->fd) != 0 ||
            rename(t->tmp, t->path) != 0) {
            fail(t, AWSC_E_IO, "cannot write %s: %s", t->path, strerror(errno));
        } else {
            awsc__partial_release(t->tmp); /* after the rename */
            t->tmp = NULL;
        }
        t->fd = -1;
    }
    if (t->sync_done)
        *t->sync_done = true;
    t->done(t->done_data, t->status, t->status == AWSC_OK ? NULL : &t->err);
    destroy(t);
}

static int copy_string(char **dst, const char *src)
{
    if (!src)
        return AWSC_OK;
    *dst = awsc__strdup(src);
    return *dst ? AWSC_OK : AWSC_E_NOMEM;
}

static int new_transfer(struct awsc_client *client, enum kind kind,
                        const struct awsc_s3_transfer_config *config,
                        awsc_s3_transfer_done_fn *done, void *done_data,
                        struct awsc_s3_transfer **out, struct awsc_error *err)
{
    if (!client || !done)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "a transfer needs a client and a callback");
    struct awsc_s3_transfer *t = awsc__calloc(1, sizeof *t);
    if (!t)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    t->client = client;
    t->kind = kind;
    t->fd = -1;
    t->done = done;
    t->done_data = done_data;
    t->err = (struct awsc_error)AWSC_ERROR_INIT;
    resolve_config(&t->cfg, config);
    t->alg = awsc__checksum_parse(t->cfg.checksum_algorithm);
    if (t->alg == AWSC__CK_NONE) {
        awsc__fail(err, AWSC_E_VALIDATION,
                   "unsupported checksum algorithm for a transfer: %s (CRC32, CRC32C, "
                   "CRC64NVME, SHA1, SHA256, ...)",
                   t->cfg.checksum_algorithm);
        awsc__free(t);
        return AWSC_E_VALIDATION;
    }
    *out = t;
    return AWSC_OK;
}

static int check_names(const char *what, const char *bucket, const char *key,
                       struct awsc_error *err)
{
    if (!bucket || !*bucket)
        return awsc__fail(err, AWSC_E_VALIDATION, "%s: no bucket named", what);
    if (!key || !*key)
        return awsc__fail(err, AWSC_E_VALIDATION, "%s: no key named", what);
    return AWSC_OK;
}

/* ------------------------------------------------------ the part pump */

static void pump(struct awsc_s3_transfer *t);
static void finish_multipart(struct awsc_s3_transfer *t);

static int start_upload_part(struct awsc_s3_transfer *t, struct part *p);
static int start_download_part(struct awsc_s3_transfer *t, struct part *p);
static int start_copy_part(struct awsc_s3_transfer *t, struct part *p);

/* Whether another part may start: fewer than max_concurrency in flight
 * and, for a stream download, fewer than max_concurrency parts held
 * between the one at the front and the next, so that the parts that came
 * in ahead of a slow front part take at most concurrency x part size. */
static bool may_start(const struct awsc_s3_transfer *t)
{
    if (t->status != AWSC_OK || t->next >= t->nparts || t->in_flight >= t->cfg.max_concurrency)
        return false;
    if (t->kind == DOWNLOAD && !t->path && t->next - t->deliver >= t->cfg.max_concurrency)
        return false;
    return true;
}

static void pump(struct awsc_s3_transfer *t)
{
    while (may_start(t)) {
        struct part *p = &t->parts[t->next++];
        int status = t->kind == UPLOAD     ? start_upload_part(t, p)
                     : t->kind == DOWNLOAD ? start_download_part(t, p)
                                           : start_copy_part(t, p);
        if (status != AWSC_OK)
            break; /* recorded */
        t->in_flight++;
    }
    if (t->in_flight > 0 || t->finishing)
        return;
    if (t->status == AWSC_OK && t->next < t->nparts)
        return; /* cannot happen: a part is always in flight */
    if (t->upload_id)
        finish_multipart(t);
    else
        finish(t);
}

static int part_ended(struct awsc_s3_transfer *t)
{
    t->in_flight--;
    return t->status;
}

/* ---------------------------------------------------- multipart upload */

static void complete_done(void *ud, int status,
                          struct awsc_s3_complete_multipart_upload_output *out,
                          struct awsc_error *err)
{
    struct awsc_s3_transfer *t = ud;
    t->finishing = false;
    awsc_output_free(out);
    if (status != AWSC_OK) {
        record_failure(t, status, err);
        awsc_error_clean_up(err);
        finish_multipart(t); /* abort it */
        return;
    }
    awsc__free(t->upload_id);
    t->upload_id = NULL;
    finish(t);
}

static void abort_done(void *ud, int status, struct awsc_s3_abort_multipart_upload_output *out,
                       struct awsc_error *err)
{
    struct awsc_s3_transfer *t = ud;
    (void)status;
    awsc_output_free(out);
    awsc_error_clean_up(err); /* the transfer's own failure is what counts */
    finish(t);
}

static void set_part_checksum(struct awsc_s3_completed_part *c, int alg, const char *v)
{
    switch (alg) {
    case AWSC__CK_CRC32:
        c->checksum_crc32 = v;
        break;
    case AWSC__CK_CRC32C:
        c->checksum_crc32_c = v;
        break;
    case AWSC__CK_CRC64NVME:
        c->checksum_crc64_nvme = v;
        break;
    case AWSC__CK_SHA1:
        c->checksum_sha1 = v;
        break;
    case AWSC__CK_SHA256:
        c->checksum_sha256 = v;
        break;
    case AWSC__CK_SHA512:
        c->checksum_sha512 = v;
        break;
    case AWSC__CK_MD5:
        c->checksum_md5 = v;
        break;
    case AWSC__CK_XXHASH64:
        c->checksum_xxhash64 = v;
        break;
    case AWSC__CK_XXHASH3:
        c->checksum_xxhash3 = v;
        break;
    case AWSC__CK_XXHASH128:
        c->checksum_xxhash128 = v;
        break;
    default:
        break;
    }
}

/* Every part in: CompleteMultipartUpload; else AbortMultipartUpload. */
static void finish_multipart(struct awsc_s3_transfer *t)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    t->finishing = true;
    if (t->status == AWSC_OK) {
        struct awsc_s3_completed_part *cp = awsc__calloc((size_t)t->nparts, sizeof *cp);
        if (!cp) {
            fail_nomem(t);
        } else {
            for (int i = 0; i < t->nparts; i++) {
                cp[i].e_tag = t->parts[i].etag;
                cp[i].has_part_number = true;
                cp[i].part_number = t->parts[i].number;
                if (t->kind == UPLOAD)
                    set_part_checksum(&cp[i], t->alg, t->parts[i].checksum);
            }
            struct awsc_s3_completed_multipart_upload mu = {{cp, (size_t)t->nparts}};
            struct awsc_s3_complete_multipart_upload_input in = {.bucket = t->bucket,
                                                                 .key = t->key,
                                                                 .upload_id = t->upload_id,
                                                                 .multipart_upload = &mu};
            int status =
                awsc_s3_complete_multipart_upload_async(t->client, &in, complete_done, t, &err);
            awsc__free(cp);
            if (status == AWSC_OK)
                return;
            record_failure(t, status, &err);
            awsc_error_clean_up(&err);
        }
    }
    struct awsc_s3_abort_multipart_upload_input in = {
        .bucket = t->bucket, .key = t->key, .upload_id = t->upload_id};
    if (awsc_s3_abort_multipart_upload_async(t->client, &in, abort_done, t, &err) != AWSC_OK) {
        awsc_error_clean_up(&err);
        finish(t);
    }
}

static void create_done(void *ud, int status, struct awsc_s3_create_multipart_upload_output *out,
                        struct awsc_error *err)
{
    struct awsc_s3_transfer *t = ud;
    t->finishing = false;
    if (status == AWSC_OK && (!out->upload_id || !(t->upload_id = awsc__strdup(out->upload_id))))
        fail(t, out->upload_id ? AWSC_E_NOMEM : AWSC_E_PARSE,
             "CreateMultipartUpload of s3://%s/%s gave no upload id", t->bucket, t->key);
    awsc_output_free(out);
    if (status != AWSC_OK) {
        record_failure(t, status, err);
        awsc_error_clean_up(err);
    } else if (t->cancelled) {
        record_failure(t, AWSC_E_CANCELLED, NULL);
    }
    pump(t);
}

static int start_multipart(struct awsc_s3_transfer *t, const char *content_type,
                           const struct awsc_s3_metadata *metadata, struct awsc_error *err)
{
    t->part_size = awsc_s3_transfer_part_size(&t->cfg, t->size, &t->nparts);
    t->parts = awsc__calloc((size_t)t->nparts, sizeof *t->parts);
    if (!t->parts)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    for (int i = 0; i < t->nparts; i++) {
        struct part *p = &t->parts[i];
        p->t = t;
        p->number = i + 1;
        p->offset = (int64_t)i * t->part_size;
        p->len = t->size - p->offset < t->part_size ? t->size - p->offset : t->part_size;
    }
    struct awsc_s3_create_multipart_upload_input in = {
        .bucket = t->bucket, .key = t->key, .content_type = content_type};
    if (metadata)
        in.metadata = *metadata;
    if (t->kind == UPLOAD)
        in.checksum_algorithm = awsc__checksum_upper_name(t->alg);
    t->finishing = true; /* nothing else runs until it answers */
    return awsc_s3_create_multipart_upload_async(t->client, &in, create_done, t, err);
}

/* -------------------------------------------------------------- upload */

static void upload_part_done(void *ud, int status, struct awsc_s3_upload_part_output *out,
                             struct awsc_error *err)
{
    struct part *p = ud;
    struct awsc_s3_transfer *t = p->t;
    awsc__free(p->buf);
    p->buf = NULL;
    if (status == AWSC_OK && !(p->etag = awsc__strdup(out->e_tag ? out->e_tag : "")))
        status = fail_nomem(t);
    awsc_output_free(out);
    part_ended(t);
    if (status != AWSC_OK && p->short_read)
        shorter(t);
    if (status != AWSC_OK) {
        record_failure(t, status, err);
        awsc_error_clean_up(err);
    } else if (t->status == AWSC_OK) {
        report_progress(t, p->len);
    }
    pump(t);
}

static void set_upload_checksum(struct awsc_s3_upload_part_input *in, int alg, const char *v)
{
    switch (alg) {
    case AWSC__CK_CRC32:
        in->checksum_crc32 = v;
        break;
    case AWSC__CK_CRC32C:
        in->checksum_crc32_c = v;
        break;
    case AWSC__CK_CRC64NVME:
        in->checksum_crc64_nvme = v;
        break;
    case AWSC__CK_SHA1:
        in->checksum_sha1 = v;
        break;
    case AWSC__CK_SHA256:
        in->checksum_sha256 = v;
        break;
    case AWSC__CK_SHA512:
        in->checksum_sha512 = v;
        break;
    case AWSC__CK_MD5:
        in->checksum_md5 = v;
        break;
    case AWSC__CK_XXHASH64:
        in->checksum_xxhash64 = v;
        break;
    case AWSC__CK_XXHASH3:
        in->checksum_xxhash3 = v;
        break;
    case AWSC__CK_XXHASH128:
        in->checksum_xxhash128 = v;
        break;
    default:
        break;
    }
}

/* A part from memory is used where it is; a read callback's is read into
 * p->buf, in order. */
static int read_part(struct awsc_s3_transfer *t, struct part *p, const uint8_t **data)
{
    if (!t->body.read) {
        *data = t->body.data + p->offset;
        return AWSC_OK;
    }
    p->buf = awsc__malloc(p->len ? (size_t)p->len : 1);
    if (!p->buf)
        return fail_nomem(t);
    for (size_t got = 0; got < (size_t)p->len;) {
        size_t n = t->body.read(t->body.read_ud, p->buf + got, (size_t)p->len - got);
        if (n == (size_t)-1)
            return fail(t, AWSC_E_CANCELLED, "the read callback of s3://%s/%s failed", t->bucket,
                        t->key);
        if (n == 0)
            return fail(t, AWSC_E_IO,
                        "the read callback of s3://%s/%s ended before the length it gave",
                        t->bucket, t->key);
        got += n;
    }
    *data = p->buf;
    return AWSC_OK;
}

/* A part of a file goes straight from the file: its bytes are read once
 * for the checksum, then again as they are sent. */
static size_t file_part_read(void *ud, uint8_t *buf, size_t cap)
{
    struct part *p = ud;
    size_t want = (size_t)(p->len - p->got);
    if (want > cap)
        want = cap;
    if (!want)
        return 0;
    ssize_t n;
    do
        n = pread(p->t->fd, buf, want, (off_t)(p->offset + p->got));
    while (n < 0 && errno == EINTR);
    if (n <= 0) {
        p->short_read = true;
        return (size_t)-1;
    }
    p->got += n;
    return (size_t)n;
}

static int file_part_digest(struct awsc_s3_transfer *t, struct part *p, struct awsc__digest *d)
{
    if (!t->scratch && !(t->scratch = awsc__malloc(SCRATCH)))
        return fail_nomem(t);
    for (int64_t at = 0; at < p->len;) {
        size_t want = p->len - at < SCRATCH ? (size_t)(p->len - at) : SCRATCH;
        ssize_t n = pread(t->fd, t->scratch, want, (off_t)(p->offset + at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(t, AWSC_E_IO, "cannot read %s: %s", t->body.path, strerror(errno));
        if (n == 0)
            return shorter(t);
        awsc__digest_update(d, t->scratch, (size_t)n);
        at += n;
    }
    return AWSC_OK;
}

static int start_upload_part(struct awsc_s3_transfer *t, struct part *p)
{
    const uint8_t *data = NULL;
    int status = t->body.path ? AWSC_OK : read_part(t, p, &data);
    if (status != AWSC_OK)
        return status;
    /* the part's checksum, sent in its header and listed in Complete */
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc__digest d;
    char b64[AWSC__DIGEST_B64MAX];
    status = awsc__digest_init(&d, t->alg, &err);
    if (status == AWSC_OK) {
        if (data)
            awsc__digest_update(&d, data, (size_t)p->len);
        else if (file_part_digest(t, p, &d) != AWSC_OK) {
            awsc__digest_clean_up(&d);
            return t->status;
        }
        awsc__digest_final_base64(&d, b64);
        awsc__digest_clean_up(&d);
        if (!(p->checksum = awsc__strdup(b64)))
            status = awsc__fail(&err, AWSC_E_NOMEM, "out of memory");
    }
    if (status == AWSC_OK) {
        struct awsc_s3_upload_part_input in = {
            .bucket = t->bucket,
            .key = t->key,
            .upload_id = t->upload_id,
            .has_part_number = true,
            .part_number = p->number,
            .checksum_algorithm = awsc__checksum_upper_name(t->alg),
            .body = {.data = data ? data : (const uint8_t *)"", .len = (size_t)p->len},
        };
        if (t->body.path)
            in.body = (struct awsc_stream){.read = file_part_read, .read_ud = p, .length = p->len};
        set_upload_checksum(&in, t->alg, p->checksum);
        status = awsc_s3_upload_part_async(t->client, &in, upload_part_done, p, &err);
    }
    if (status != AWSC_OK) {
        record_failure(t, status, &err);
        awsc_error_clean_up(&err);
        awsc__free(p->buf);
        p->buf = NULL;
    }
    return status;
}

static void put_done(void *ud, int status, struct awsc_s3_put_object_output *out,
                     struct awsc_error *err)
{
    struct awsc_s3_transfer *t = ud;
    awsc_output_free(out);
    if (status != AWSC_OK) {
        record_failure(t, status, err);
        awsc_error_clean_up(err);
    } else {
        report_progress(t, t->size);
    }
    finish(t);
}

/* Below the threshold: one PutObject (a read callback's bytes are read
 * first, so that the checksum goes in a header). */
static int start_single_upload(struct awsc_s3_transfer *t, struct awsc_error *err)
{
    struct awsc_s3_put_object_input in = {
        .bucket = t->bucket,
        .key = t->key,
        .content_type = t->content_type,
        .metadata = t->metadata,
        .checksum_algorithm = awsc__checksum_upper_name(t->alg),
    };
    struct awsc_stream body = t->body;
    if (t->body.path) {
        body.data = NULL;
        body.read = NULL;
    } else if (t->body.read) {
        t->nparts = 1;
        t->parts = awsc__calloc(1, sizeof *t->parts);
        if (!t->parts)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        t->parts[0] = (struct part){.t = t, .number = 1, .len = t->size};
        const uint8_t *data;
        if (read_part(t, &t->parts[0], &data) != AWSC_OK) {
            awsc__error_move(err, &t->err);
            return t->status;
        }
        body = (struct awsc_stream){.data = data, .len = (size_t)t->size};
    }
    in.body = body;
    if (!in.body.data && !in.body.path)
        in.body.data = (const uint8_t *)"";
    return awsc_s3_put_object_async(t->client, &in, put_done, t, err);
}

static int copy_metadata(struct awsc_s3_transfer *t, const struct awsc_s3_metadata *m)
{
    if (!m->count)
        return AWSC_OK;
    t->meta_entries = awsc__calloc(m->count, sizeof *t->meta_entries);
    if (!t->meta_entries)
        return AWSC_E_NOMEM;
    t->metadata.entries = t->meta_entries;
    for (size_t i = 0; i < m->count; i++) {
        t->metadata.count = i + 1;
        if (copy_string((char **)&t->meta_entries[i].key, m->entries[i].key) != AWSC_OK ||
            copy_string((char **)&t->meta_entries[i].value, m->entries[i].value) != AWSC_OK)
            return AWSC_E_NOMEM;
    }
    return AWSC_OK;
}

int awsc_s3_upload_async(struct awsc_client *client, const struct awsc_s3_upload_request *req,
                         const struct awsc_s3_transfer_config *config,
                         awsc_s3_transfer_done_fn *done, void *done_data,
                         struct awsc_s3_transfer **out, struct awsc_error *err)
{
    if (!req)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "an upload needs a request");
    int status = check_names("upload", req->bucket, req->key, err);
    if (status != AWSC_OK)
        return status;
    int sources = (req->body.data != NULL) + (req->body.path != NULL) + (req->body.read != NULL);
    if (sources > 1)
        return awsc__fail(err, AWSC_E_VALIDATION,
                          "upload to s3://%s/%s: give one source (data, path or read), not %d",
                          req->bucket, req->key, sources);
    if (req->body.read && req->body.length < 0)
        return awsc__fail(err, AWSC_E_VALIDATION,
                          "upload to s3://%s/%s: a read callback needs the body's length",
                          req->bucket, req->key);
    struct awsc_s3_transfer *t;
    status = new_transfer(client, UPLOAD, config, done, done_data, &t, err);
    if (status != AWSC_OK)
        return status;
    t->body = req->body;
    t->progress = req->progress;
    t->user_data = req->user_data;
    if (copy_string(&t->bucket, req->bucket) || copy_string(&t->key, req->key) ||
        copy_string(&t->content_type, req->content_type) || copy_string(&t->path, req->body.path) ||
        copy_metadata(t, &req->metadata)) {
        destroy(t);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    t->body.path = t->path;
    if (t->body.path) {
        struct stat st;
        t->fd = open(t->body.path, O_RDONLY | O_CLOEXEC);
        if (t->fd < 0 || fstat(t->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            int e = t->fd < 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
            awsc__fail(err, AWSC_E_IO, "cannot upload %s: %s", t->body.path, strerror(e));
            destroy(t);
            return AWSC_E_IO;
        }
        t->size = (int64_t)st.st_size;
    } else if (t->body.read) {
        t->size = t->body.length;
    } else {
        t->size = (int64_t)t->body.len;
    }
    if (t->size < t->cfg.multipart_threshold)
        status = start_single_upload(t, err);
    else
        status = start_multipart(t, t->content_type, &t->metadata, err);
    if (status != AWSC_OK) {
        destroy(t);
        return status;
    }
    if (out)
        *out = t;
    return AWSC_OK;
}

/* ------------------------------------------------------------ download */

/* Stream download: hands the bytes of the parts at the front on, in
 * order, freeing each part's buffer once it has gone. */
static int deliver_front(struct awsc_s3_transfer *t)
{
    while (t->deliver < t->nparts) {
        struct part *p = &t->parts[t->deliver];
        if (p->fill > p->delivered) {
            size_t n = p->fill - p->delivered;
            int stop = t->write(t->user_data, p->buf + p->delivered, n);
            p->delivered = p->fill;
            if (stop)
                return 1;
        }
        if (!p->done)
            return 0;
        awsc__free(p->buf);
        p->buf = NULL;
        t->deliver++;
    }
    return 0;
}

static int part_write(void *ud, const uint8_t *data, size_t len)
{
    struct part *p = ud;
    struct awsc_s3_transfer *t = p->t;
    if (t->status != AWSC_OK)
        return 1; /* stop: the transfer failed or was cancelled */
    if (p->got + (int64_t)len > p->len) {
        fail(t, AWSC_E_PARSE, "s3://%s/%s: the server sent more bytes than the range asked",
             t->bucket, t->key);
        return 1;
    }
    if (t->path) {
        size_t off = 0;
        while (off < len) {
            ssize_t n = pwrite(t->fd, data + off, len - off, (off_t)(p->offset + p->got + off));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                fail(t, AWSC_E_IO, "cannot write %s: %s", t->tmp, strerror(errno));
                return 1;
            }
            off += (size_t)n;
        }
    } else if (t->deliver == p->number - 1 && p->delivered == p->fill) {
        p->fill += len; /* the front part: straight through */
        p->delivered += len;
        if (t->write(t->user_data, data, len) != 0) {
            t->cancelled = true;
            record_failure(t, AWSC_E_CANCELLED, NULL);
            return 1;
        }
    } else {
        if (!p->buf && !(p->buf = awsc__malloc(p->len ? (size_t)p->len : 1))) {
            fail_nomem(t);
            return 1;
        }
        memcpy(p->buf + p->fill, data, len);
        p->fill += len;
    }
    p->got += (int64_t)len;
    return report_progress(t, (int64_t)len) ? 0 : 1;
}

static void get_part_done(void *ud, int status, struct awsc_s3_get_object_output *out,
                          struct awsc_error *err)
{
    struct part *p = ud;
    struct awsc_s3_transfer *t = p->t;
    awsc_output_free(out);
    part_ended(t);
    if (status != AWSC_OK) {
        record_failure(t, status, err);
        awsc_error_clean_up(err);
    } else if (p->got != p->len && t->status == AWSC_OK) {
        char what[96];
        snprintf(what, sizeof what, "%" PRId64 " bytes of %" PRId64 " at %" PRId64, p->got, p->len,
                 p->offset);
        fail(t, AWSC_E_PARSE, "s3://%s: the response was cut short (%s)", t->key, what);
    }
    if (t->status == AWSC_OK) {
        p->done = true;
        if (!t->path && deliver_front(t) != 0) {
            t->cancelled = true;
            record_failure(t, AWSC_E_CANCELLED, NULL);
        }
    }
    pump(t);
}

static int start_download_part(struct awsc_s3_transfer *t, struct part *p)
{
    char range[64];
    snprintf(range, sizeof range, "bytes=%" PRId64 "-%" PRId64, p->offset, p->offset + p->len - 1);
    struct awsc_s3_get_object_input in = {
        .bucket = t->bucket,
        .key = t->key,
        .version_id = t->version_id,
        .if_match = t->etag,
        .range = t->nparts > 1 ? range : NULL,
        .body_sink = {.write = part_write, .write_ud = p},
    };
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = awsc_s3_get_object_async(t->client, &in, get_part_done, p, &err);
    if (status != AWSC_OK) {
        record_failure(t, status, &err);
        awsc_error_clean_up(&err);
    }
    return status;
}

static void head_done(void *ud, int status, struct awsc_s3_head_object_output *out,
                      struct awsc_error *err);

int awsc_s3_download_async(struct awsc_client *client, const struct awsc_s3_download_request *req,
                           const struct awsc_s3_transfer_config *config,
                           awsc_s3_transfer_done_fn *done, void *done_data,
                           struct awsc_s3_transfer **out, struct awsc_error *err)
{
    if (!req)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "a download needs a request");
    int status = check_names("download", req->bucket, req->key, err);
    if (status != AWSC_OK)
        return status;
    if ((req->path != NULL) == (req->write != NULL))
        return awsc__fail(err, AWSC_E_VALIDATION,
                          "download of s3://%s/%s: give one destination, a path or a write "
                          "callback",
                          req->bucket, req->key);
    struct awsc_s3_transfer *t;
    status = new_transfer(client, DOWNLOAD, config, done, done_data, &t, err);
    if (status != AWSC_OK)
        return status;
    t->write = req->write;
    t->on_headers = req->on_headers;
    t->progress = req->progress;
    t->user_data = req->user_data;
    if (copy_string(&t->bucket, req->bucket) || copy_string(&t->key, req->key) ||
        copy_string(&t->version_id, req->version_id) || copy_string(&t->path, req->path)) {
        destroy(t);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    struct awsc_s3_head_object_input in = {
        .bucket = t->bucket, .key = t->key, .version_id = t->version_id};
    status = awsc_s3_head_object_async(client, &in, head_done, t, err);
    if (status != AWSC_OK) {
        destroy(t);
        return status;
    }
    if (out)
        *out = t;
    return AWSC_OK;
}

static void cut_parts(struct awsc_s3_transfer *t, int64_t part_size)
{
    t->part_size = part_size;
    for (int i = 0; i < t->nparts; i++) {
        struct part *p = &t->parts[i];
        p->t = t;
        p->number = i + 1;
        p->offset = (int64_t)i * part_size;
        p->len = t->size - p->offset < part_size ? t->size - p->offset : part_size;
    }
}

static int start_download(struct awsc_s3_transfer *t, const struct awsc_s3_head_object_output *h)
{
    t->size = h->has_content_length ? h->content_length : 0;
    if (h->e_tag && !(t->etag = awsc__strdup(h->e_tag)))
        return fail_nomem(t);
    if (t->on_headers && t->on_headers(t->user_data, h) != 0) {
        t->cancelled = true;
        record_failure(t, AWSC_E_CANCELLED, NULL);
        return t->status;
    }
    int64_t ps = t->size;
    t->nparts = 1;
    if (t->size >= t->cfg.multipart_threshold) {
        /* ranges of part_size as configured (s3transfer's downloads too) */
        ps = t->cfg.part_size;
        t->nparts = (int)((t->size + ps - 1) / ps);
    }
    t->parts = awsc__calloc((size_t)t->nparts, sizeof *t->parts);
    if (!t->parts)
        return fail_nomem(t);
    cut_parts(t, ps);
    if (t->path) {
        struct awsc_error err = AWSC_ERROR_INIT;
        if (awsc__partial_create(t->path, &t->tmp, &t->fd, &err) != AWSC_OK) {
            record_failure(t, err.status, &err);
            awsc_error_clean_up(&err);
            return t->status;
        }
        if (t->size > 0 && ftruncate(t->fd, (off_t)t->size) != 0)
            return fail(t, AWSC_E_IO, "cannot make room for %s: %s", t->path, strerror(errno));
    }
    return AWSC_OK;
}

static void head_done(void *ud, int status, struct awsc_s3_head_object_output *out,
                      struct awsc_error *err)
{
    struct awsc_s3_transfer *t = ud;
    if (status != AWSC_OK) {
        record_failure(t, status, err);
        awsc_error_clean_up(err);
        if (t->err.http_status == 404 && (!t->err.code || strcmp(t->err.code, "404") == 0 ||
                                          strcmp(t->err.code, "NotFound") == 0)) {
            /* HEAD has no body: say what was not there (a copy's source) */
            bool copy = t->kind != DOWNLOAD;
            awsc_error_clean_up(&t->err);
            t->err = (struct awsc_error)AWSC_ERROR_INIT;
            awsc__fail(&t->err, AWSC_E_SERVICE, "%ss3://%s/%s: no such object or bucket (HTTP 404)",
                       copy ? "the copy source " : "", copy ? t->src_bucket : t->bucket,
                       copy ? t->src_key : t->key);
            t->err.http_status = 404;
        }
    } else if (t->cancelled) {
        record_failure(t, AWSC_E_CANCELLED, NULL);
    } else if (t->kind == DOWNLOAD) {
        start_download(t, out);
    } else {
        /* a copy: its size decides; the content type and metadata go over */
        t->size = out->has_content_length ? out->content_length : 0;
        if (t->size > t->cfg.copy_threshold) {
            struct awsc_error e = AWSC_ERROR_INIT;
            if (start_multipart(t, out->content_type, &out->metadata, &e) != AWSC_OK) {
                record_failure(t, e.status, &e);
                awsc_error_clean_up(&e);
            }
            awsc_output_free(out);
            if (t->status == AWSC_OK)
                return; /* create_done goes on */
            pump(t);
            return;
        }
        t->nparts = 1;
        t->parts = awsc__calloc(1, sizeof *t->parts);
        if (!t->parts)
            fail_nomem(t);
        else
            cut_parts(t, t->size);
    }
    awsc_output_free(out);
    pump(t);
}

/* ---------------------------------------------------------------- copy */

static char *copy_source(struct awsc_s3_transfer *t)
{
    size_t n = strlen(t->src_bucket) + strlen(t->src_key) + 2;
    char *s = awsc__malloc(n);
    if (s)
        snprintf(s, n, "%s/%s", t->src_bucket, t->src_key);
    return s;
}

static void copy_part_done(void *ud, int status, struct awsc_s3_upload_part_copy_output *out,
                           struct awsc_error *err)
{
    struct part *p = ud;
    struct awsc_s3_transfer *t = p->t;
    const char *etag = out && out->copy_part_result ? out->copy_part_result->e_tag : NULL;
    if (status == AWSC_OK && !(p->etag = awsc__strdup(etag ? etag : "")))
        status = fail_nomem(t);
    awsc_output_free(out);
    part_ended(t);
    if (status != AWSC_OK) {
        record_failure(t, status, err);
        awsc_error_clean_up(err);
    } else if (t->status == AWSC_OK) {
        report_progress(t, p->len);
    }
    pump(t);
}

static void copy_object_done(void *ud, int status, struct awsc_s3_copy_object_output *out,
                             struct awsc_error *err)
{
    struct part *p = ud;
    struct awsc_s3_transfer *t = p->t;
    awsc_output_free(out);
    part_ended(t);
    if (status != AWSC_OK) {
        record_failure(t, status, err);
        awsc_error_clean_up(err);
    } else {
        report_progress(t, t->size);
    }
    pump(t);
}

static int start_copy_part(struct awsc_s3_transfer *t, struct part *p)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    char *src = copy_source(t);
    int status = AWSC_E_NOMEM;
    if (!src) {
        awsc__fail(&err, status, "out of memory");
    } else if (!t->upload_id) {
        struct awsc_s3_copy_object_input in = {
            .bucket = t->bucket, .key = t->key, .copy_source = src};
        status = awsc_s3_copy_object_async(t->client, &in, copy_object_done, p, &err);
    } else {
        char range[64];
        snprintf(range, sizeof range, "bytes=%" PRId64 "-%" PRId64, p->offset,
                 p->offset + p->len - 1);
        struct awsc_s3_upload_part_copy_input in = {
            .bucket = t->bucket,
            .key = t->key,
            .copy_source = src,
            .copy_source_range = range,
            .upload_id = t->upload_id,
            .has_part_number = true,
            .part_number = p->number,
        };
        status = awsc_s3_upload_part_copy_async(t->client, &in, copy_part_done, p, &err);
    }
    awsc__free(src);
    if (status != AWSC_OK) {
        record_failure(t, status, &err);
        awsc_error_clean_up(&err);
    }
    return status;
}

int awsc_s3_copy_async(struct awsc_client *client, const struct awsc_s3_copy_request *req,
                       const struct awsc_s3_transfer_config *config, awsc_s3_transfer_done_fn *done,
                       void *done_data, struct awsc_s3_transfer **out, struct awsc_error *err)
{
    if (!req)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "a copy needs a request");
    int status = check_names("copy source", req->source_bucket, req->source_key, err);
    if (status == AWSC_OK)
        status = check_names("copy", req->bucket, req->key, err);
    if (status != AWSC_OK)
        return status;
    struct awsc_s3_transfer *t;
    status = new_transfer(client, COPY, config, done, done_data, &t, err);
    if (status != AWSC_OK)
        return status;
    t->progress = req->progress;
    t->user_data = req->user_data;
    if (copy_string(&t->bucket, req->bucket) || copy_string(&t->key, req->key) ||
        copy_string(&t->src_bucket, req->source_bucket) ||
        copy_string(&t->src_key, req->source_key)) {
        destroy(t);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    struct awsc_s3_head_object_input in = {.bucket = t->src_bucket, .key = t->src_key};
    status = awsc_s3_head_object_async(client, &in, head_done, t, err);
    if (status != AWSC_OK) {
        destroy(t);
        return status;
    }
    if (out)
        *out = t;
    return AWSC_OK;
}

/* -------------------------------------------------- cancel, sync forms */

void awsc_s3_transfer_cancel(struct awsc_s3_transfer *t)
{
    if (!t || t->cancelled)
        return;
    t->cancelled = true;
    record_failure(t, AWSC_E_CANCELLED, NULL);
}

struct sync_result {
    int status;
    struct awsc_error *err;
};

static void sync_done(void *ud, int status, struct awsc_error *err)
{
    struct sync_result *r = ud;
    r->status = status;
    if (err && r->err)
        awsc__error_move(r->err, err);
}

static int run_sync(struct awsc_client *client, struct awsc_s3_transfer *t, bool *done,
                    struct sync_result *r)
{
    t->sync_done = done;
    while (!*done) {
        int n = awsc_client_poll(client, 1000);
        if (n < 0 && !*done) {
            /* the loop failed: stop the transfer and let it wind down */
            awsc_s3_transfer_cancel(t);
        }
    }
    return r->status;
}

int awsc_s3_upload(struct awsc_client *client, const struct awsc_s3_upload_request *req,
                   const struct awsc_s3_transfer_config *config, struct awsc_error *err)
{
    struct sync_result r = {AWSC_OK, err};
    bool done = false;
    struct awsc_s3_transfer *t;
    int status = awsc_s3_upload_async(client, req, config, sync_done, &r, &t, err);
    return status != AWSC_OK ? status : run_sync(client, t, &done, &r);
}

int awsc_s3_download(struct awsc_client *client, const struct awsc_s3_download_request *req,
                     const struct awsc_s3_transfer_config *config, struct awsc_error *err)
{
    struct sync_result r = {AWSC_OK, err};
    bool done = false;
    struct awsc_s3_transfer *t;
    int status = awsc_s3_download_async(client, req, config, sync_done, &r, &t, err);
    return status != AWSC_OK ? status : run_sync(client, t, &done, &r);
}

int awsc_s3_copy(struct awsc_client *client, const struct awsc_s3_copy_request *req,
                 const struct awsc_s3_transfer_config *config, struct awsc_error *err)
{
    struct sync_result r = {AWSC_OK, err};
    bool done = false;
    struct awsc_s3_transfer *t;
    int status = awsc_s3_copy_async(client, req, config, sync_done, &r, &t, err);
    return status != AWSC_OK ? status : run_sync(client, t, &done, &r);
}
