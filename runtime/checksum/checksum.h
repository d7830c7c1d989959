/*
 * runtime/checksum/checksum.h - request and response checksums, and the
 * payload hash the signature covers. Private.
 *
 * Checksums (checksum.c) come from the model's httpChecksum trait and
 * httpChecksumRequired, for any service: a flexible checksum chosen by the
 * input, or CRC32 by default (header form, or the aws-chunked trailer form
 * for streaming input over https); and the response's x-amz-checksum-*
 * validated, as the client's checksum settings say.
 */
#ifndef AWSC_CHECKSUM_H
#define AWSC_CHECKSUM_H

#include "client/client.h"
#include "custom/custom.h"

/* ============================================================= digests */

/* Flexible checksum algorithms, in botocore's order of preference for
 * validating responses (MD5, which botocore does not offer, last); MD5 is
 * also Content-MD5's digest, and SHA-256 in hex the payload hash. */
enum awsc__digest_alg {
    AWSC__CK_NONE = 0,
    AWSC__CK_XXHASH128,
    AWSC__CK_XXHASH3,
    AWSC__CK_CRC64NVME,
    AWSC__CK_XXHASH64,
    AWSC__CK_CRC32C,
    AWSC__CK_CRC32,
    AWSC__CK_SHA1,
    AWSC__CK_SHA256,
    AWSC__CK_SHA512,
    AWSC__CK_MD5,
    AWSC__CK_COUNT,
    AWSC__DIGEST_MD5 = AWSC__CK_MD5,
};

/* The longest digest (SHA-512) and its base64 with the terminating NUL. */
#define AWSC__DIGEST_MAX    64
#define AWSC__DIGEST_B64MAX 89

struct awsc__digest {
    int alg;
    uint32_t crc;
    uint64_t crc64;
    void *ctx; /* crypto.h's awsc__hash_ctx for the hashes, the XXH state for XXHASH */
};

/* "crc32c", ... (lower case, as in the header names); NULL for others. */
const char *awsc__checksum_name(int alg);
/* "CRC32C", ... (as the models' ChecksumAlgorithm enums spell them). */
const char *awsc__checksum_upper_name(int alg);
/* "x-amz-checksum-crc32c", ... */
const char *awsc__checksum_header(int alg);
/* The algorithm a ChecksumAlgorithm value names, case-insensitively
 * ("CRC32", "sha256"), or AWSC__CK_NONE. */
int awsc__checksum_parse(const char *name);
/* The size of the algorithm's digest in bytes. */
size_t awsc__digest_size(int alg);

int awsc__digest_init(struct awsc__digest *d, int alg, struct awsc_error *err);
void awsc__digest_update(struct awsc__digest *d, const void *data, size_t n);
/* Ends the digest: its bytes (big-endian for the CRCs and XXHASH, as
 * botocore's to_bytes(..., "big")) and their count. */
size_t awsc__digest_final(struct awsc__digest *d, uint8_t out[AWSC__DIGEST_MAX]);
/* Ends the digest into base64. */
void awsc__digest_final_base64(struct awsc__digest *d, char out[AWSC__DIGEST_B64MAX]);
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
 * req, as botocore 1.43.67's httpchecksum.py and its signers do:
 *
 *  - nothing when the request has an x-amz-checksum-* header already (the
 *    caller's own value, or the operation's checksum mode or type);
 *  - else the algorithm the input chose in the operation's
 *    requestAlgorithmMember (one awsc does not know is AWSC_E_VALIDATION);
 *  - else CRC32 where the operation requires a checksum, or offers one
 *    and request_checksum_calculation is when_supported (when_required
 *    false); the algorithm member's header (x-amz-sdk-checksum-algorithm)
 *    then says CRC32;
 *  - the checksum goes in a header (x-amz-checksum-<alg>), or as an
 *    aws-chunked trailer when the operation's input streams (a blob
 *    payload) and the URL is https;
 *  - the payload hash: STREAMING-UNSIGNED-PAYLOAD-TRAILER for a trailer;
 *    for services signed as S3 (AWSC_SVC_S3_SIGNING) UNSIGNED-PAYLOAD over
 *    https when the checksum header is present and the input streams (or
 *    the operation's auth says so), else the body's SHA-256; for the
 *    others UNSIGNED-PAYLOAD where the operation's auth says so, else the
 *    SHA-256; nothing when the request is not signed with SigV4.
 *
 * unsigned_request: the client sends its requests unsigned
 * (no_sign_request), so no payload hash is computed.
 *
 * upload is the streamed body (its source in memory, a file or a read
 * callback), or NULL when the body is req->body. A body from a read
 * callback cannot be read twice: its checksum goes in a trailer, and the
 * payload hash is UNSIGNED-PAYLOAD for services signed as S3 and
 * AWSC_E_UNSUPPORTED for the others, which need it.
 */
int awsc__body_plan(const struct awsc_operation *op, const void *input, struct awsc__request *req,
                    struct awsc__upload *upload, bool https, bool when_required,
                    bool unsigned_request, struct awsc__body_plan *out, struct awsc_error *err);

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
    char text[160];      /* framing not yet sent */
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
    const char *header;                     /* "x-amz-checksum-crc32" */
    char expected[AWSC__DIGEST_B64MAX + 8]; /* the header's value */
};

/* The algorithms to look for in a response (AWSC_CHECKSUM_* bits, 0 for
 * none): those the operation's responseAlgorithms name, when it has a
 * requestValidationModeMember and either response_checksum_validation is
 * when_supported (validate_when_required false) or the input set the
 * member. */
unsigned awsc__response_checksums(const struct awsc_operation *op, const void *input,
                                  bool validate_when_required);
/* _handle_request_validation_mode_member: with when_supported, a mode
 * member the input left unset is sent as "ENABLED" (its header). */
int awsc__checksum_mode_default(const struct awsc_operation *op, const void *input,
                                struct awsc__request *req, bool validate_when_required,
                                struct awsc_error *err);
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
