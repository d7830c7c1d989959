/*
 * Request and response checksums, and the payload hash the signature
 * covers, as botocore 1.29.27 decides them (httpchecksum.py,
 * utils.conditionally_calculate_md5, auth.SigV4Auth and S3SigV4Auth).
 * They follow the model's httpChecksum and httpChecksumRequired traits, so
 * they apply to any service; S3 is the one that has them.
 */
#include "checksum.h"

#include <openssl/evp.h>
#include <string.h>

/* ------------------------------------------------------------- digests */

static const char *const NAMES[AWSC__CK_COUNT] = {NULL, "crc32c", "crc32", "sha1", "sha256"};
static const char *const HEADERS[AWSC__CK_COUNT] = {NULL, "x-amz-checksum-crc32c",
                                                    "x-amz-checksum-crc32", "x-amz-checksum-sha1",
                                                    "x-amz-checksum-sha256"};
static const unsigned BITS[AWSC__CK_COUNT] = {0, AWSC_CHECKSUM_CRC32C, AWSC_CHECKSUM_CRC32,
                                              AWSC_CHECKSUM_SHA1, AWSC_CHECKSUM_SHA256};

const char *awsc__checksum_name(int alg)
{
    return alg > AWSC__CK_NONE && alg < AWSC__CK_COUNT ? NAMES[alg] : NULL;
}

const char *awsc__checksum_header(int alg)
{
    return alg > AWSC__CK_NONE && alg < AWSC__CK_COUNT ? HEADERS[alg] : NULL;
}

int awsc__checksum_parse(const char *name)
{
    for (int alg = AWSC__CK_NONE + 1; name && alg < AWSC__CK_COUNT; alg++)
        if (awsc__strcasecmp(name, NAMES[alg]) == 0)
            return alg;
    return AWSC__CK_NONE;
}

int awsc__digest_init(struct awsc__digest *d, int alg, struct awsc_error *err)
{
    memset(d, 0, sizeof *d);
    d->alg = alg;
    const EVP_MD *md = NULL;
    if (alg == AWSC__CK_SHA1)
        md = EVP_sha1();
    else if (alg == AWSC__CK_SHA256)
        md = EVP_sha256();
    else if (alg == AWSC__DIGEST_MD5)
        md = EVP_md5();
    if (!md)
        return AWSC_OK;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx || EVP_DigestInit_ex(ctx, md, NULL) != 1) {
        EVP_MD_CTX_free(ctx);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    d->ctx = ctx;
    return AWSC_OK;
}

void awsc__digest_update(struct awsc__digest *d, const void *data, size_t n)
{
    if (!n)
        return;
    if (d->alg == AWSC__CK_CRC32)
        d->crc = awsc__crc32_update(d->crc, data, n);
    else if (d->alg == AWSC__CK_CRC32C)
        d->crc = awsc__crc32c_update(d->crc, data, n);
    else if (d->ctx)
        EVP_DigestUpdate(d->ctx, data, n);
}

size_t awsc__digest_final(struct awsc__digest *d, uint8_t out[32])
{
    if (d->alg == AWSC__CK_CRC32 || d->alg == AWSC__CK_CRC32C) {
        /* big-endian, as botocore's crc32(...).to_bytes(4, "big") */
        out[0] = (uint8_t)(d->crc >> 24);
        out[1] = (uint8_t)(d->crc >> 16);
        out[2] = (uint8_t)(d->crc >> 8);
        out[3] = (uint8_t)d->crc;
        return 4;
    }
    unsigned int len = 0;
    if (d->ctx)
        EVP_DigestFinal_ex(d->ctx, out, &len);
    return len;
}

void awsc__digest_final_base64(struct awsc__digest *d, char out[45])
{
    uint8_t raw[32];
    size_t n = awsc__digest_final(d, raw);
    awsc__base64_encode(raw, n, out);
}

void awsc__digest_clean_up(struct awsc__digest *d)
{
    if (d->ctx)
        EVP_MD_CTX_free(d->ctx);
    memset(d, 0, sizeof *d);
}

/* ------------------------------------------------------ the input's view */

static const struct awsc_member *member_named(const struct awsc_shape *s, const char *name)
{
    for (uint32_t i = 0; s && name && i < s->member_count; i++)
        if (strcmp(s->members[i].name, name) == 0)
            return &s->members[i];
    return NULL;
}

/* A string member's value, or NULL (unset, or the operation has none). */
static const char *string_member(const struct awsc_operation *op, const void *input,
                                 const char *name)
{
    const struct awsc_member *m = input ? member_named(op->input, name) : NULL;
    if (!m || m->shape->type != AWSC_SHAPE_STRING)
        return NULL;
    return *(const char *const *)((const unsigned char *)input + m->offset);
}

/* botocore's OperationModel.has_streaming_input: the input's payload is a
 * blob, streaming or not. */
static bool has_streaming_input(const struct awsc_operation *op)
{
    const struct awsc_shape *in = op->input;
    const struct awsc_member *pm = in && in->payload ? member_named(in, in->payload) : NULL;
    return pm && pm->shape->type == AWSC_SHAPE_BLOB;
}

static bool has_checksum_header(const struct awsc__headers *h)
{
    static const char PREFIX[] = "x-amz-checksum-";
    for (size_t i = 0; i < h->count; i++)
        if (awsc__strncasecmp(h->items[i].name, PREFIX, sizeof PREFIX - 1) == 0)
            return true;
    return false;
}

/* ------------------------------------------------------ the request body */

/* The digests a request needs of its body, computed in one pass. */
enum { D_MD5, D_FLEX, D_SHA256, D_COUNT };

static int digest_body(const uint8_t *data, size_t len, struct awsc__upload *upload,
                       struct awsc__digest *d, const bool *want, struct awsc_error *err)
{
    if (!upload || !upload->file) {
        for (int i = 0; i < D_COUNT; i++)
            if (want[i])
                awsc__digest_update(&d[i], data, len);
        return AWSC_OK;
    }
    /* a file: read it once, then back to its start for sending */
    uint8_t chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, upload->file)) > 0)
        for (int i = 0; i < D_COUNT; i++)
            if (want[i])
                awsc__digest_update(&d[i], chunk, n);
    if (ferror(upload->file) || fseek(upload->file, 0, SEEK_SET) != 0)
        return awsc__fail(err, AWSC_E_IO, "cannot read the body file %s", upload->path);
    return AWSC_OK;
}

/* S3SigV4Auth._should_sha256_sign_payload (and SigV4Auth's, for the
 * others): whether the payload hash is the body's SHA-256. has_checksum:
 * the request carries its checksum header (Content-MD5, or the flexible
 * checksum's when it goes in a header). */
static bool sign_payload(const struct awsc_operation *op, bool https, bool has_checksum)
{
    bool unsigned_auth = op->auth == AWSC_AUTH_SIGV4_UNSIGNED_BODY;
    if (!(op->service->flags & AWSC_SVC_S3_SIGNING))
        return !unsigned_auth;
    if (!https || !has_checksum)
        return true;
    if (has_streaming_input(op))
        return false;
    return !unsigned_auth;
}

int awsc__body_plan(const struct awsc_operation *op, const void *input, struct awsc__request *req,
                    struct awsc__upload *upload, bool https, const struct awsc__hook_state *state,
                    struct awsc__body_plan *out, struct awsc_error *err)
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

    /* resolve_request_checksum_algorithm */
    int alg = AWSC__CK_NONE;
    bool md5 = false;
    const char *chosen = string_member(op, input, op->checksum_algorithm_member);
    if (chosen) {
        alg = awsc__checksum_parse(chosen);
        if (alg == AWSC__CK_NONE)
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "Unsupported checksum algorithm: %s (%s: CRC32, CRC32C, SHA1 or "
                              "SHA256)",
                              chosen, op->checksum_algorithm_member);
        out->trailer = has_streaming_input(op) && https;
        if (awsc__headers_get(&req->headers, awsc__checksum_header(alg))) {
            alg = AWSC__CK_NONE; /* the caller gave its value */
            out->trailer = false;
        }
    } else if ((op->flags & AWSC_OF_CHECKSUM_REQUIRED) || state->want_md5) {
        md5 =
            !has_checksum_header(&req->headers) && !awsc__headers_get(&req->headers, "Content-MD5");
    }
    /* a callback's body cannot be read ahead: no Content-MD5, and its
     * flexible checksum goes in a trailer */
    if (from_callback) {
        md5 = false;
        if (alg != AWSC__CK_NONE)
            out->trailer = true;
    }
    out->checksum = alg;

    /* The header the checksum goes in decides the payload hash; then one
     * pass over the body makes every digest wanted. */
    const char *checksum_header = "Content-MD5";
    if (alg != AWSC__CK_NONE && !out->trailer)
        checksum_header = awsc__checksum_header(alg);
    bool will_have = md5 || (alg != AWSC__CK_NONE && !out->trailer) ||
                     awsc__headers_get(&req->headers, checksum_header);
    bool signs = op->auth != AWSC_AUTH_NONE;
    bool sha256 = signs && !out->trailer && sign_payload(op, https, will_have);
    if (sha256 && from_callback) {
        /* S3 takes UNSIGNED-PAYLOAD over http too; the others need the hash */
        if (!(op->service->flags & AWSC_SVC_S3_SIGNING))
            return awsc__fail(err, AWSC_E_UNSUPPORTED,
                              "a body streamed from a read callback cannot be hashed for the "
                              "signature; %s needs a signed payload (send it from memory or a "
                              "file)",
                              op->service->service_id);
        sha256 = false;
    }
    bool want[D_COUNT] = {md5, alg != AWSC__CK_NONE && !out->trailer, sha256};
    int kinds[D_COUNT] = {AWSC__DIGEST_MD5, alg, AWSC__CK_SHA256};
    struct awsc__digest d[D_COUNT];
    memset(d, 0, sizeof d);
    int status = AWSC_OK;
    for (int i = 0; i < D_COUNT && status == AWSC_OK; i++)
        if (want[i])
            status = awsc__digest_init(&d[i], kinds[i], err);
    if (status == AWSC_OK && (want[D_MD5] || want[D_FLEX] || want[D_SHA256]))
        status = digest_body(data, len, upload, d, want, err);

    char b64[45];
    if (status == AWSC_OK && want[D_MD5]) {
        awsc__digest_final_base64(&d[D_MD5], b64);
        status = awsc__headers_set(&req->headers, req->arena, "Content-MD5", b64);
    }
    if (status == AWSC_OK && want[D_FLEX]) {
        awsc__digest_final_base64(&d[D_FLEX], b64);
        status = awsc__headers_set(&req->headers, req->arena, checksum_header, b64);
    }
    if (status == AWSC_OK && out->trailer) {
        /* _apply_request_trailer_checksum: the body goes in chunks, its
         * length in X-Amz-Decoded-Content-Length; as there, aws-chunked
         * takes the place of a Content-Encoding the input gave */
        char decoded[24];
        snprintf(decoded, sizeof decoded, "%lld",
                 (long long)(upload ? upload->length : (int64_t)req->body.len));
        if (awsc__headers_set(&req->headers, req->arena, "Transfer-Encoding", "chunked") ||
            awsc__headers_set(&req->headers, req->arena, "Content-Encoding", "aws-chunked") ||
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
        uint8_t raw[32];
        awsc__digest_final(&d[D_SHA256], raw);
        awsc__hex_encode(raw, 32, out->hash_hex);
        out->payload_hash = out->hash_hex;
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
                     awsc__base64_encoded_len(alg == AWSC__CK_SHA1     ? 20
                                              : alg == AWSC__CK_SHA256 ? 32
                                                                       : 4) +
                     4);
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
                char b64[45];
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

unsigned awsc__response_checksums(const struct awsc_operation *op, const void *input)
{
    if (!op->response_checksums || !string_member(op, input, op->checksum_mode_member))
        return 0;
    return op->response_checksums;
}

int awsc__response_check_begin(struct awsc__response_check *c, unsigned algorithms,
                               const struct awsc__headers *headers, struct awsc_error *err)
{
    awsc__response_check_clean_up(c);
    for (int alg = AWSC__CK_NONE + 1; algorithms && alg < AWSC__CK_COUNT; alg++) {
        if (!(algorithms & BITS[alg]))
            continue;
        const char *v = awsc__headers_get(headers, HEADERS[alg]);
        /* "...-3": a multipart object's checksum of checksums, which the
         * body cannot be checked against */
        if (!v || strchr(v, '-'))
            continue;
        int status = awsc__digest_init(&c->digest, alg, err);
        if (status != AWSC_OK)
            return status;
        c->active = true;
        c->header = HEADERS[alg];
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
    char got[45];
    awsc__digest_final_base64(&c->digest, got);
    c->active = false;
    /* compared as bytes, as botocore compares the decoded values */
    uint8_t want_raw[48], got_raw[48];
    size_t want_len = 0, got_len = 0;
    bool same = strlen(c->expected) < 64 &&
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
