/*
 * Request and response checksums, and the payload hash the signature
 * covers, as botocore 1.43.67 decides them (httpchecksum.py,
 * handlers._handle_request_validation_mode_member, auth.SigV4Auth and
 * S3SigV4Auth).
 * They follow the model's httpChecksum and httpChecksumRequired traits, so
 * they apply to any service; S3 is the one that has them.
 */
#include "checksum.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>

/* ------------------------------------------------------------- digests */

static const struct {
    const char *name, *upper, *header;
    unsigned bit;
    size_t size;
} ALGS[AWSC__CK_COUNT] = {
    [AWSC__CK_XXHASH128] = {"xxhash128", "XXHASH128", "x-amz-checksum-xxhash128",
                            AWSC_CHECKSUM_XXHASH128, 16},
    [AWSC__CK_XXHASH3] = {"xxhash3", "XXHASH3", "x-amz-checksum-xxhash3", AWSC_CHECKSUM_XXHASH3, 8},
    [AWSC__CK_CRC64NVME] = {"crc64nvme", "CRC64NVME", "x-amz-checksum-crc64nvme",
                            AWSC_CHECKSUM_CRC64NVME, 8},
    [AWSC__CK_XXHASH64] = {"xxhash64", "XXHASH64", "x-amz-checksum-xxhash64",
                           AWSC_CHECKSUM_XXHASH64, 8},
    [AWSC__CK_CRC32C] = {"crc32c", "CRC32C", "x-amz-checksum-crc32c", AWSC_CHECKSUM_CRC32C, 4},
    [AWSC__CK_CRC32] = {"crc32", "CRC32", "x-amz-checksum-crc32", AWSC_CHECKSUM_CRC32, 4},
    [AWSC__CK_SHA1] = {"sha1", "SHA1", "x-amz-checksum-sha1", AWSC_CHECKSUM_SHA1, 20},
    [AWSC__CK_SHA256] = {"sha256", "SHA256", "x-amz-checksum-sha256", AWSC_CHECKSUM_SHA256, 32},
    [AWSC__CK_SHA512] = {"sha512", "SHA512", "x-amz-checksum-sha512", AWSC_CHECKSUM_SHA512, 64},
    [AWSC__CK_MD5] = {"md5", "MD5", "x-amz-checksum-md5", AWSC_CHECKSUM_MD5, 16},
};

static bool known(int alg)
{
    return alg > AWSC__CK_NONE && alg < AWSC__CK_COUNT;
}

const char *awsc__checksum_name(int alg)
{
    return known(alg) ? ALGS[alg].name : NULL;
}

const char *awsc__checksum_upper_name(int alg)
{
    return known(alg) ? ALGS[alg].upper : NULL;
}

const char *awsc__checksum_header(int alg)
{
    return known(alg) ? ALGS[alg].header : NULL;
}

size_t awsc__digest_size(int alg)
{
    return known(alg) ? ALGS[alg].size : 0;
}

int awsc__checksum_parse(const char *name)
{
    for (int alg = AWSC__CK_NONE + 1; name && alg < AWSC__CK_COUNT; alg++)
        if (awsc__strcasecmp(name, ALGS[alg].name) == 0)
            return alg;
    return AWSC__CK_NONE;
}

static int nomem(struct awsc_error *err)
{
    return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

int awsc__digest_init(struct awsc__digest *d, int alg, struct awsc_error *err)
{
    memset(d, 0, sizeof *d);
    d->alg = alg;
    enum awsc__hash_alg hash;
    switch (alg) {
    case AWSC__CK_SHA1:
        hash = AWSC__HASH_SHA1;
        break;
    case AWSC__CK_SHA256:
        hash = AWSC__HASH_SHA256;
        break;
    case AWSC__CK_SHA512:
        hash = AWSC__HASH_SHA512;
        break;
    case AWSC__CK_MD5:
        hash = AWSC__HASH_MD5;
        break;
    case AWSC__CK_XXHASH64: {
        XXH64_state_t *st = XXH64_createState();
        if (!st || XXH64_reset(st, 0) != XXH_OK) {
            XXH64_freeState(st);
            return nomem(err);
        }
        d->ctx = st;
        return AWSC_OK;
    }
    case AWSC__CK_XXHASH3:
    case AWSC__CK_XXHASH128: {
        XXH3_state_t *st = XXH3_createState();
        XXH_errorcode rc = !st                       ? XXH_ERROR
                           : alg == AWSC__CK_XXHASH3 ? XXH3_64bits_reset(st)
                                                     : XXH3_128bits_reset(st);
        if (rc != XXH_OK) {
            XXH3_freeState(st);
            return nomem(err);
        }
        d->ctx = st;
        return AWSC_OK;
    }
    default:
        return AWSC_OK; /* the CRCs need no state beyond the value */
    }
    d->ctx = awsc__hash_new(hash);
    return d->ctx ? AWSC_OK : nomem(err);
}

void awsc__digest_update(struct awsc__digest *d, const void *data, size_t n)
{
    if (!n)
        return;
    switch (d->alg) {
    case AWSC__CK_CRC32:
        d->crc = awsc__crc32_update(d->crc, data, n);
        break;
    case AWSC__CK_CRC32C:
        d->crc = awsc__crc32c_update(d->crc, data, n);
        break;
    case AWSC__CK_CRC64NVME:
        d->crc64 = awsc__crc64nvme_update(d->crc64, data, n);
        break;
    case AWSC__CK_XXHASH64:
        XXH64_update(d->ctx, data, n);
        break;
    case AWSC__CK_XXHASH3:
        XXH3_64bits_update(d->ctx, data, n);
        break;
    case AWSC__CK_XXHASH128:
        XXH3_128bits_update(d->ctx, data, n);
        break;
    default:
        if (d->ctx)
            awsc__hash_update(d->ctx, data, n);
    }
}

static void put_be(uint8_t *out, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        out[i] = (uint8_t)(v >> (8 * (bytes - 1 - i)));
}

size_t awsc__digest_final(struct awsc__digest *d, uint8_t out[AWSC__DIGEST_MAX])
{
    switch (d->alg) {
    case AWSC__CK_CRC32:
    case AWSC__CK_CRC32C:
        put_be(out, d->crc, 4);
        return 4;
    case AWSC__CK_CRC64NVME:
        put_be(out, d->crc64, 8);
        return 8;
    case AWSC__CK_XXHASH64:
        put_be(out, XXH64_digest(d->ctx), 8);
        return 8;
    case AWSC__CK_XXHASH3:
        put_be(out, XXH3_64bits_digest(d->ctx), 8);
        return 8;
    case AWSC__CK_XXHASH128: {
        /* the canonical form: high half first, each big-endian */
        XXH128_hash_t h = XXH3_128bits_digest(d->ctx);
        put_be(out, h.high64, 8);
        put_be(out + 8, h.low64, 8);
        return 16;
    }
    default:
        return d->ctx ? awsc__hash_final(d->ctx, out) : 0;
    }
}

void awsc__digest_final_base64(struct awsc__digest *d, char out[AWSC__DIGEST_B64MAX])
{
    uint8_t raw[AWSC__DIGEST_MAX];
    size_t n = awsc__digest_final(d, raw);
    awsc__base64_encode(raw, n, out);
}

void awsc__digest_clean_up(struct awsc__digest *d)
{
    if (d->ctx) {
        if (d->alg == AWSC__CK_XXHASH64)
            XXH64_freeState(d->ctx);
        else if (d->alg == AWSC__CK_XXHASH3 || d->alg == AWSC__CK_XXHASH128)
            XXH3_freeState(d->ctx);
        else
            awsc__hash_free(d->ctx);
    }
    memset(d, 0, sizeof *d);
}

/* ------------------------------------------------------ the input's view */

/* botocore's OperationModel.has_streaming_input: the input's payload is a
 * blob, streaming or not. */
static bool has_streaming_input(const struct awsc_operation *op)
{
    const struct awsc_member *pm = awsc_shape_payload_member(awsc_operation_input(op));
    return pm && awsc_member_shape(pm)->type == AWSC_SHAPE_BLOB;
}

/* utils.has_checksum_header: a header named x-amz-checksum-[a-z0-9]*
 * (the caller's own checksum, or the operation's checksum mode or type). */
static bool has_checksum_header(const struct awsc__headers *h)
{
    static const char PREFIX[] = "x-amz-checksum-";
    for (size_t i = 0; i < h->count; i++) {
        const char *name = h->items[i].name;
        if (awsc__strncasecmp(name, PREFIX, sizeof PREFIX - 1) != 0)
            continue;
        const char *p = name + sizeof PREFIX - 1;
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
            p++;
        if (!*p)
            return true;
    }
    return false;
}

/* ------------------------------------------------------ the request body */

/* The digests a request needs of its body, computed in one pass. */
enum { D_FLEX, D_SHA256, D_COUNT };

/* A file of at least this size whose body needs two digests has them
 * computed at once, one on another thread. */
#define TWO_THREADS_MIN (4 * 1024 * 1024)

/* A file is digested in reads of this size, each digest taking a read
 * while it is in the cache. Larger reads cost more: malloc serves 128 KiB
 * and more with a mapping of their own, and a read() into that took three
 * times the system time (1 GiB from tmpfs: 0.58 s in reads of 1 MiB,
 * 0.17 s in reads of 64 KiB). */
#define DIGEST_READ (64 * 1024)

struct file_digest_job {
    int fd;
    off_t start;
    struct awsc__digest *d;
    bool failed;
};

/* The other thread's digest: the file from start to its end, with pread()
 * (the caller's FILE * keeps its own position). */
static void *file_digest_job(void *arg)
{
    struct file_digest_job *j = arg;
    uint8_t *buf = awsc__malloc(DIGEST_READ);
    if (!buf) {
        j->failed = true;
        return NULL;
    }
    for (off_t at = j->start;;) {
        ssize_t n = pread(j->fd, buf, DIGEST_READ, at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            j->failed = true;
            break;
        }
        if (n == 0)
            break;
        awsc__digest_update(j->d, buf, (size_t)n);
        at += n;
    }
    awsc__free(buf);
    return NULL;
}

/* The digests wanted of a file, in one pass, each taking every read in
 * turn; then back to its start for sending. */
static int digest_file(struct awsc__upload *upload, struct awsc__digest *d, const bool *want,
                       struct awsc_error *err)
{
    uint8_t small[4096];
    uint8_t *chunk = upload->length > (int64_t)sizeof small ? awsc__malloc(DIGEST_READ) : NULL;
    size_t cap = chunk ? DIGEST_READ : sizeof small;
    if (!chunk)
        chunk = small;
    size_t n;
    while ((n = fread(chunk, 1, cap, upload->file)) > 0)
        for (int i = 0; i < D_COUNT; i++)
            if (want[i])
                awsc__digest_update(&d[i], chunk, n);
    if (chunk != small)
        awsc__free(chunk);
    if (ferror(upload->file) || fseek(upload->file, 0, SEEK_SET) != 0)
        return awsc__fail(err, AWSC_E_IO, "cannot read the body file %s", upload->path);
    return AWSC_OK;
}

/* Both digests of a large file at once: the checksum's on another thread
 * while this one computes the SHA-256 (an MD5 and a SHA-256 then take the
 * time of the slower, not of both). 1 when no thread could be started:
 * the caller computes them in one pass instead. */
static int digest_file_two_threads(struct awsc__upload *upload, struct awsc__digest *d,
                                   struct awsc_error *err)
{
    off_t start = ftello(upload->file);
    struct file_digest_job job = {fileno(upload->file), start, &d[D_FLEX], false};
    pthread_t t;
    if (start < 0 || job.fd < 0 || pthread_create(&t, NULL, file_digest_job, &job) != 0)
        return 1;
    const bool sha_only[D_COUNT] = {false, true};
    int status = digest_file(upload, d, sha_only, err);
    pthread_join(t, NULL);
    if (status == AWSC_OK && job.failed)
        status = awsc__fail(err, AWSC_E_IO, "cannot read the body file %s", upload->path);
    return status;
}

static int digest_body(const uint8_t *data, size_t len, struct awsc__upload *upload,
                       struct awsc__digest *d, const bool *want, struct awsc_error *err)
{
    if (!upload || !upload->file) {
        for (int i = 0; i < D_COUNT; i++)
            if (want[i])
                awsc__digest_update(&d[i], data, len);
        return AWSC_OK;
    }
    /* (a CRC or an xxHash beside the SHA-256 is too quick to be worth a thread) */
    bool slow_flex = d[D_FLEX].alg == AWSC__CK_MD5 || d[D_FLEX].alg == AWSC__CK_SHA1 ||
                     d[D_FLEX].alg == AWSC__CK_SHA256 || d[D_FLEX].alg == AWSC__CK_SHA512;
    if (want[D_FLEX] && want[D_SHA256] && slow_flex && upload->length >= TWO_THREADS_MIN) {
        int status = digest_file_two_threads(upload, d, err);
        if (status != 1)
            return status;
    }
    return digest_file(upload, d, want, err);
}

/* S3SigV4Auth._should_sha256_sign_payload (and SigV4Auth's, for the
 * others): whether the payload hash is the body's SHA-256. has_checksum:
 * the request carries its checksum header (Content-MD5, or the flexible
 * checksum's when it goes in a header). */
static bool sign_payload(const struct awsc_operation *op, bool https, bool has_checksum)
{
    bool unsigned_auth = op->auth == AWSC_AUTH_SIGV4_UNSIGNED_BODY;
    if (!(awsc_operation_service(op)->flags & AWSC_SVC_S3_SIGNING))
        return !unsigned_auth; /* X-Amz-Content-SHA256: UNSIGNED-PAYLOAD, over http too */
    if (!https || !has_checksum)
        return true;
    if (has_streaming_input(op))
        return false;
    return !unsigned_auth;
}

/* resolve_request_checksum_algorithm: the algorithm, or AWSC__CK_NONE;
 * *dflt when it is the default one (CRC32), not the input's choice. */
static int request_algorithm(const struct awsc_operation *op, const void *input,
                             const struct awsc__request *req, bool when_required, bool *dflt,
                             struct awsc_error *err)
{
    *dflt = false;
    if (has_checksum_header(&req->headers))
        return AWSC__CK_NONE; /* the caller's own */
    const char *member = awsc_operation_checksum_algorithm_member(op);
    const char *chosen = awsc__string_member(awsc_operation_input(op), input, member);
    if (chosen) {
        int alg = awsc__checksum_parse(chosen);
        if (alg == AWSC__CK_NONE)
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "Unsupported checksum algorithm: %s (%s: CRC32, CRC32C, CRC64NVME, "
                              "SHA1, SHA256, SHA512, MD5, XXHASH64, XXHASH3 or XXHASH128)",
                              chosen, member);
        return alg;
    }
    if ((op->flags & AWSC_OF_CHECKSUM_REQUIRED) || (member && !when_required)) {
        *dflt = true;
        return AWSC__CK_CRC32;
    }
    return AWSC__CK_NONE;
}

int awsc__body_plan(const struct awsc_operation *op, const void *input, struct awsc__request *req,
                    struct awsc__upload *upload, bool https, bool when_required,
                    bool unsigned_request, struct awsc__body_plan *out, struct awsc_error *err)
{
    memset(out, 0, sizeof *out);
    bool from_callback = upload && !upload->file && upload->source.read;
    const uint8_t *data = (const uint8_t *)req->body.data;
    size_t len = req->body.len;
    if (upload && !upload->file && !upload->source.read) {
        data = upload->source.data;
        len = upload->source.len;
    }
    if (!data)
        data = (const uint8_t *)"";

    bool dflt = false;
    int alg = request_algorithm(op, input, req, when_required, &dflt, err);
    if (alg < 0)
        return alg;
    int status = AWSC_OK;
    /* the default algorithm goes in the header the algorithm member names
     * (x-amz-sdk-checksum-algorithm), as if the input had chosen it */
    const struct awsc_member *am = awsc_shape_member_named(
        awsc_operation_input(op), awsc_operation_checksum_algorithm_member(op));
    if (dflt && am && am->location == AWSC_LOC_HEADER &&
        awsc__headers_set(&req->headers, req->arena, awsc_member_wire_name(am),
                          awsc__checksum_upper_name(alg)) != AWSC_OK)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    /* streaming input over https sends its checksum in a trailer; so does
     * a body from a read callback, which cannot be read ahead */
    out->trailer = alg != AWSC__CK_NONE && ((has_streaming_input(op) && https) || from_callback);
    out->checksum = alg;

    /* The header the checksum goes in decides the payload hash; then one
     * pass over the body makes every digest wanted. */
    const char *checksum_header = "Content-MD5";
    if (alg != AWSC__CK_NONE && !out->trailer)
        checksum_header = awsc__checksum_header(alg);
    bool will_have = (alg != AWSC__CK_NONE && !out->trailer) ||
                     awsc__headers_get(&req->headers, checksum_header);
    bool signs = !unsigned_request && op->auth != AWSC_AUTH_NONE && op->auth != AWSC_AUTH_BEARER;
    bool sha256 = signs && !out->trailer && sign_payload(op, https, will_have);
    if (sha256 && from_callback) {
        /* S3 takes UNSIGNED-PAYLOAD over http too; the others need the hash */
        if (!(awsc_operation_service(op)->flags & AWSC_SVC_S3_SIGNING))
            return awsc__fail(err, AWSC_E_UNSUPPORTED,
                              "a body streamed from a read callback cannot be hashed for the "
                              "signature; %s needs a signed payload (send it from memory or a "
                              "file)",
                              awsc_service_service_id(awsc_operation_service(op)));
        sha256 = false;
    }
    bool want[D_COUNT] = {alg != AWSC__CK_NONE && !out->trailer, sha256};
    /* A body in memory that only the signature hashes (most calls): one
     * SHA-256, without a streaming context to set up and free. */
    bool one_shot = sha256 && !want[D_FLEX] && (!upload || !upload->file);
    if (one_shot)
        want[D_SHA256] = false;
    int kinds[D_COUNT] = {alg, AWSC__CK_SHA256};
    struct awsc__digest d[D_COUNT];
    memset(d, 0, sizeof d);
    for (int i = 0; i < D_COUNT && status == AWSC_OK; i++)
        if (want[i])
            status = awsc__digest_init(&d[i], kinds[i], err);
    if (status == AWSC_OK && (want[D_FLEX] || want[D_SHA256]))
        status = digest_body(data, len, upload, d, want, err);

    char b64[AWSC__DIGEST_B64MAX];
    if (status == AWSC_OK && want[D_FLEX]) {
        awsc__digest_final_base64(&d[D_FLEX], b64);
        status = awsc__headers_set(&req->headers, req->arena, checksum_header, b64);
    }
    if (status == AWSC_OK && out->trailer) {
        /* _apply_request_trailer_checksum: the body goes in chunks, its
         * length in X-Amz-Decoded-Content-Length; aws-chunked joins a
         * Content-Encoding the request has (gzip, say) */
        char decoded[24];
        snprintf(decoded, sizeof decoded, "%lld",
                 (long long)(upload ? upload->length : (int64_t)req->body.len));
        const char *ce = awsc__headers_get(&req->headers, "Content-Encoding");
        const char *encoding = ce ? awsc__arena_printf(req->arena, "%s,aws-chunked", ce) : NULL;
        if ((ce && !encoding) ||
            awsc__headers_set(&req->headers, req->arena, "Transfer-Encoding", "chunked") ||
            awsc__headers_set(&req->headers, req->arena, "Content-Encoding",
                              encoding ? encoding : "aws-chunked") ||
            awsc__headers_set(&req->headers, req->arena, "X-Amz-Trailer",
                              awsc__checksum_header(alg)) ||
            awsc__headers_set(&req->headers, req->arena, "X-Amz-Decoded-Content-Length", decoded))
            status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }

    /* The payload hash (SigV4Auth.payload). */
    if (out->trailer) {
        out->payload_hash = AWSC__STREAMING_UNSIGNED_TRAILER;
    } else if (!signs) {
        out->payload_hash = NULL;
    } else if (!sha256) {
        out->payload_hash = AWSC__UNSIGNED_PAYLOAD;
    } else if (status == AWSC_OK) {
        uint8_t raw[AWSC__DIGEST_MAX];
        if (one_shot) {
            if (!awsc__sha256(data, len, raw))
                status = awsc__fail(err, AWSC_E_NOMEM, "could not hash the request body");
        } else {
            awsc__digest_final(&d[D_SHA256], raw);
        }
        awsc__hex_encode(raw, 32, out->hash_hex);
        out->payload_hash = status == AWSC_OK ? out->hash_hex : NULL;
    }
    for (int i = 0; i < D_COUNT; i++)
        awsc__digest_clean_up(&d[i]);
    return status;
}

/* ------------------------------------------------------------ aws-chunked */

enum { PHASE_HEADER, PHASE_DATA, PHASE_END };

static size_t hex_len(uint64_t n)
{
    size_t len = 1;
    while (n >>= 4)
        len++;
    return len;
}

int awsc__chunked_init(struct awsc__chunked *c, struct awsc__upload *src, int alg,
                       struct awsc_error *err)
{
    memset(c, 0, sizeof *c);
    c->src = src;
    c->alg = alg;
    int status = awsc__digest_init(&c->digest, alg, err);
    if (status != AWSC_OK)
        return status;
    uint64_t n = (uint64_t)src->length;
    uint64_t full = n / AWSC__CHUNK_SIZE, rest = n % AWSC__CHUNK_SIZE;
    int64_t len = (int64_t)(full * (hex_len(AWSC__CHUNK_SIZE) + 4 + AWSC__CHUNK_SIZE));
    if (rest)
        len += (int64_t)(hex_len(rest) + 4 + rest);
    /* "0\r\n" name ":" base64 "\r\n\r\n" */
    len += (int64_t)(3 + strlen(awsc__checksum_header(alg)) + 1 +
                     awsc__base64_encoded_len(awsc__digest_size(alg)) + 4);
    c->length = len;
    c->left = n;
    return AWSC_OK;
}

bool awsc__chunked_rewind(struct awsc__chunked *c)
{
    if (!awsc__upload_rewind(c->src))
        return false;
    struct awsc_error err = AWSC_ERROR_INIT;
    awsc__digest_clean_up(&c->digest);
    bool ok = awsc__digest_init(&c->digest, c->alg, &err) == AWSC_OK;
    awsc_error_clean_up(&err);
    c->left = (uint64_t)c->src->length;
    c->chunk_left = 0;
    c->phase = PHASE_HEADER;
    c->text_len = c->text_off = 0;
    return ok;
}

size_t awsc__chunked_read(void *ud, uint8_t *buf, size_t cap)
{
    struct awsc__chunked *c = ud;
    size_t got = 0;
    while (got < cap) {
        if (c->text_off < c->text_len) {
            size_t n = c->text_len - c->text_off;
            if (n > cap - got)
                n = cap - got;
            memcpy(buf + got, c->text + c->text_off, n);
            c->text_off += n;
            got += n;
            continue;
        }
        if (c->phase == PHASE_END)
            break;
        if (c->phase == PHASE_HEADER) {
            if (c->left == 0) {
                char b64[AWSC__DIGEST_B64MAX];
                awsc__digest_final_base64(&c->digest, b64);
                c->text_len = (size_t)snprintf(c->text, sizeof c->text, "0\r\n%s:%s\r\n\r\n",
                                               awsc__checksum_header(c->alg), b64);
                c->phase = PHASE_END;
            } else {
                c->chunk_left = c->left < AWSC__CHUNK_SIZE ? c->left : AWSC__CHUNK_SIZE;
                c->text_len = (size_t)snprintf(c->text, sizeof c->text, "%llx\r\n",
                                               (unsigned long long)c->chunk_left);
                c->phase = PHASE_DATA;
            }
            c->text_off = 0;
            continue;
        }
        /* PHASE_DATA */
        if (c->chunk_left == 0) {
            memcpy(c->text, "\r\n", 2);
            c->text_len = 2;
            c->text_off = 0;
            c->phase = PHASE_HEADER;
            continue;
        }
        size_t want = cap - got;
        if (want > c->chunk_left)
            want = (size_t)c->chunk_left;
        size_t n = awsc__upload_read(c->src, buf + got, want);
        if (n == (size_t)-1 || n == 0 || n > want)
            return got ? got : (size_t)-1; /* failed, or ended before its length */
        awsc__digest_update(&c->digest, buf + got, n);
        c->chunk_left -= n;
        c->left -= n;
        got += n;
    }
    return got;
}

void awsc__chunked_clean_up(struct awsc__chunked *c)
{
    awsc__digest_clean_up(&c->digest);
    memset(c, 0, sizeof *c);
}

/* ---------------------------------------------------- response checksums */

unsigned awsc__response_checksums(const struct awsc_operation *op, const void *input,
                                  bool validate_when_required)
{
    /* _handle_request_validation_mode_member: when_supported sets the mode
     * member (see awsc__checksum_mode_default) */
    if (!op->response_checksums || !awsc_operation_checksum_mode_member(op))
        return 0;
    if (validate_when_required && !awsc__string_member(awsc_operation_input(op), input,
                                                       awsc_operation_checksum_mode_member(op)))
        return 0;
    return op->response_checksums;
}

int awsc__checksum_mode_default(const struct awsc_operation *op, const void *input,
                                struct awsc__request *req, bool validate_when_required,
                                struct awsc_error *err)
{
    const struct awsc_member *m =
        awsc_shape_member_named(awsc_operation_input(op), awsc_operation_checksum_mode_member(op));
    if (validate_when_required || !m ||
        awsc__string_member(awsc_operation_input(op), input, awsc_member_name(m)) ||
        m->location != AWSC_LOC_HEADER)
        return AWSC_OK;
    if (awsc__headers_set(&req->headers, req->arena, awsc_member_wire_name(m), "ENABLED") !=
        AWSC_OK)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return AWSC_OK;
}

int awsc__response_check_begin(struct awsc__response_check *c, unsigned algorithms,
                               const struct awsc__headers *headers, struct awsc_error *err)
{
    awsc__response_check_clean_up(c);
    for (int alg = AWSC__CK_NONE + 1; algorithms && alg < AWSC__CK_COUNT; alg++) {
        if (!(algorithms & ALGS[alg].bit))
            continue;
        const char *v = awsc__headers_get(headers, ALGS[alg].header);
        /* "...-3": a multipart object's checksum of checksums, which the
         * body cannot be checked against */
        if (!v || strchr(v, '-'))
            continue;
        int status = awsc__digest_init(&c->digest, alg, err);
        if (status != AWSC_OK)
            return status;
        c->active = true;
        c->header = ALGS[alg].header;
        snprintf(c->expected, sizeof c->expected, "%s", v);
        return AWSC_OK;
    }
    return AWSC_OK;
}

void awsc__response_check_update(struct awsc__response_check *c, const void *data, size_t n)
{
    if (c->active)
        awsc__digest_update(&c->digest, data, n);
}

int awsc__response_check_end(struct awsc__response_check *c, struct awsc_error *err)
{
    if (!c->active)
        return AWSC_OK;
    char got[AWSC__DIGEST_B64MAX];
    awsc__digest_final_base64(&c->digest, got);
    c->active = false;
    /* compared as bytes, as botocore compares the decoded values */
    uint8_t want_raw[AWSC__DIGEST_B64MAX], got_raw[AWSC__DIGEST_B64MAX];
    size_t want_len = 0, got_len = 0;
    bool same = strlen(c->expected) < AWSC__DIGEST_B64MAX &&
                awsc__base64_decode(c->expected, strlen(c->expected), want_raw, &want_len) &&
                awsc__base64_decode(got, strlen(got), got_raw, &got_len) && want_len == got_len &&
                memcmp(want_raw, got_raw, got_len) == 0;
    if (same)
        return AWSC_OK;
    return awsc__fail(err, AWSC_E_CHECKSUM,
                      "Expected checksum %s did not match calculated checksum: %s (the %s of the "
                      "response body; the body is not whole or was changed in transit)",
                      c->expected, got, c->header);
}

void awsc__response_check_clean_up(struct awsc__response_check *c)
{
    awsc__digest_clean_up(&c->digest);
    memset(c, 0, sizeof *c);
}
