/*
 * runtime/checksum/checksum.h - request and response checksums, and the
 * payload hash the signature covers. Private.
 *
 * Checksums (checksum.c) come from the model's httpChecksum trait and
 * httpChecksumRequired, for any service: a flexible checksum chosen by the
 * input (header form, or the aws-chunked trailer form for streaming input
 * over https), else Content-MD5 where a checksum is required; and the
 * response's x-amz-checksum-* validated when the input asks for it.
 */
#ifndef AWSC_CHECKSUM_H
#define AWSC_CHECKSUM_H

#include "client/client.h"
#include "custom/custom.h"

/* ============================================================= digests */

/* Flexible checksum algorithms, in botocore's order of preference for
 * validating responses; then MD5 (Content-MD5) and SHA-256 in hex (the
 * payload hash). */
enum awsc__digest_alg {
    AWSC__CK_NONE = 0,
    AWSC__CK_CRC32C,
    AWSC__CK_CRC32,
    AWSC__CK_SHA1,
    AWSC__CK_SHA256,
    AWSC__CK_COUNT, /* the flexible ones end here */
    AWSC__DIGEST_MD5 = AWSC__CK_COUNT,
};

struct awsc__digest {
    int alg;
    uint32_t crc;
    void *ctx; /* EVP_MD_CTX for the hashes */
};

/* "crc32c", ... (lower case, as in the header names); NULL for others. */
const char *awsc__checksum_name(int alg);
/* "x-amz-checksum-crc32c", ... */
const char *awsc__checksum_header(int alg);
/* The algorithm a ChecksumAlgorithm value names, case-insensitively
 * ("CRC32", "sha256"), or AWSC__CK_NONE. */
int awsc__checksum_parse(const char *name);

int awsc__digest_init(struct awsc__digest *d, int alg, struct awsc_error *err);
void awsc__digest_update(struct awsc__digest *d, const void *data, size_t n);
/* Ends the digest: its bytes (at most 32) and their count. */
size_t awsc__digest_final(struct awsc__digest *d, uint8_t out[32]);
/* Ends the digest into base64 (out holds 45 bytes). */
void awsc__digest_final_base64(struct awsc__digest *d, char out[45]);
void awsc__digest_clean_up(struct awsc__digest *d);

/* ============================================== request body and signing */

#define AWSC__STREAMING_UNSIGNED_TRAILER "STREAMING-UNSIGNED-PAYLOAD-TRAILER"

/* What the body of a request carries and what the signature covers,
 * decided once per call. */
struct awsc__body_plan {
    int checksum;             /* the flexible checksum sent, or AWSC__CK_NONE */
    bool trailer;             /* sent aws-chunked, the checksum in a trailer */
    const char *payload_hash; /* for the signature: hash_hex, or a constant */
    char hash_hex[65];
};

/*
 * Decides the checksums of a serialized request and adds their headers to
 * req, as botocore's httpchecksum.py, conditionally_calculate_md5 and its
 * signers do:
 *
 *  - a flexible checksum when the operation's requestAlgorithmMember is
 *    set in the input: in a header (x-amz-checksum-<alg>), or as an
 *    aws-chunked trailer when the operation's input streams (a blob
 *    payload) and the URL is https; nothing when the caller set that
 *    header already. An algorithm awsc does not know is
 *    AWSC_E_VALIDATION;
 *  - otherwise Content-MD5 when the operation requires a checksum or
 *    state->want_md5 says so, unless the request has it or any
 *    x-amz-checksum-* header;
 *  - the payload hash: STREAMING-UNSIGNED-PAYLOAD-TRAILER for a trailer;
 *    for services signed as S3 (AWSC_SVC_S3_SIGNING) UNSIGNED-PAYLOAD over
 *    https when the checksum header is present and the input streams (or
 *    the operation's auth says so), else the body's SHA-256; for the
 *    others UNSIGNED-PAYLOAD where the operation's auth says so, else the
 *    SHA-256.
 *
 * upload is the streamed body (its source in memory, a file or a read
 * callback), or NULL when the body is req->body. A body from a read
 * callback cannot be read twice: for it, what would need the whole body
 * up front is done otherwise (no Content-MD5; the trailer form for a
 * flexible checksum; UNSIGNED-PAYLOAD for the payload hash of services
 * signed as S3, AWSC_E_UNSUPPORTED for the others, which need it).
 */
int awsc__body_plan(const struct awsc_operation *op, const void *input, struct awsc__request *req,
                    struct awsc__upload *upload, bool https, const struct awsc__hook_state *state,
                    struct awsc__body_plan *out, struct awsc_error *err);

/*
 * The aws-chunked encoding of a body whose checksum goes in a trailer, as
 * botocore's AwsChunkedWrapper writes it: chunks of 1 MiB (the last one
 * shorter) as "<hex length>\r\n<data>\r\n", then
 * "0\r\n<x-amz-checksum-alg>:<base64>\r\n\r\n". The source is read
 * as it is sent, in constant memory; the encoded length is known before.
 */
#define AWSC__CHUNK_SIZE (1024 * 1024)
struct awsc__chunked {
    struct awsc__upload *src; /* borrowed */
    int alg;
    struct awsc__digest digest;
    uint64_t left;       /* source bytes not yet read */
    uint64_t chunk_left; /* data bytes of the current chunk not yet read */
    int phase;           /* what comes next: a chunk header, data, the end */
    char text[128];      /* framing not yet sent */
    size_t text_len, text_off;
    int64_t length; /* the whole encoded body */
};
int awsc__chunked_init(struct awsc__chunked *c, struct awsc__upload *src, int alg,
                       struct awsc_error *err);
/* A read_body callback (struct awsc_http_request) over the encoding. */
size_t awsc__chunked_read(void *ud, uint8_t *buf, size_t cap);
/* Back to the start for another attempt; false when the source cannot be
 * read again (a callback already read from). */
bool awsc__chunked_rewind(struct awsc__chunked *c);
void awsc__chunked_clean_up(struct awsc__chunked *c);

/* ===================================================== response checksum */

/* The validation of a response body against its x-amz-checksum-*. */
struct awsc__response_check {
    bool active;
    struct awsc__digest digest;
    const char *header; /* "x-amz-checksum-crc32" */
    char expected[64];  /* the header's value */
};

/* The algorithms to look for when the operation validates responses and
 * the input set its requestValidationModeMember: AWSC_CHECKSUM_* bits, 0
 * for none. */
unsigned awsc__response_checksums(const struct awsc_operation *op, const void *input);
/* A 2xx response's headers have arrived: start validating with the first
 * of the algorithms (in botocore's order) whose header it has, skipping
 * values of multipart objects ("...-3"). Nothing to do leaves c inactive. */
int awsc__response_check_begin(struct awsc__response_check *c, unsigned algorithms,
                               const struct awsc__headers *headers, struct awsc_error *err);
void awsc__response_check_update(struct awsc__response_check *c, const void *data, size_t n);
/* The whole body went through: AWSC_E_CHECKSUM when it does not match. */
int awsc__response_check_end(struct awsc__response_check *c, struct awsc_error *err);
void awsc__response_check_clean_up(struct awsc__response_check *c);

#endif
