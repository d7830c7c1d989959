/*
 * runtime/client/client.h - the client and the call path, private.
 */
#ifndef AWSC_CLIENT_PRIVATE_H
#define AWSC_CLIENT_PRIVATE_H

#include <awsc/awsc.h>

#include "../auth/auth.h"
#include "../endpoint/endpoint.h"
#include "../http/http.h"
#include "../protocol/protocol.h"
#include "core.h"

#include <stdio.h>

struct awsc_retry_quota {
    int tokens; /* standard mode's retry quota (500, as botocore) */
};

/* adaptive.c: the "adaptive" retry mode's rate limiter (botocore's
 * ClientRateLimiter with its TokenBucket, RateClocker and CubicCalculator).
 * Times in seconds on the transport's clock. */
struct awsc__rate_limiter {
    bool initialized;
    bool enabled; /* throttled once: sends wait for tokens from then on */
    /* CUBIC */
    double w_max, k, last_fail;
    /* the measured sending rate */
    double measured_rate, last_bucket;
    long count;
    /* the token bucket */
    double fill_rate, max_capacity, capacity, last_refill;
    bool has_last_refill;
};
void awsc__limiter_init(struct awsc__rate_limiter *l, double now);
/* Before an attempt: 0 when it may go (a token taken), else the seconds
 * to wait before asking again. */
double awsc__limiter_acquire(struct awsc__rate_limiter *l, double now);
/* After an attempt, whatever its outcome: throttled says whether it was a
 * throttling error. */
void awsc__limiter_record(struct awsc__rate_limiter *l, double now, bool throttled);

struct awsc_client {
    const struct awsc_service *service;
    const struct awsc__protocol *protocol;
    struct awsc__shared_config *shared; /* the config and credentials files */
    char *region;                       /* "" when none */
    char *endpoint_url;                 /* NULL when none */
    /* endpoint rules: the built-in values, and results by parameter set */
    struct awsc__endpoint_config endpoint;
    struct awsc__endpoint_cache *endpoint_cache;
    /* where credentials and bearer tokens come from; when the provider
     * could not be made (partial explicit credentials, out of memory) the
     * failure is kept and reported by each call that needs to sign */
    struct awsc__provider *creds_provider;
    struct awsc__provider *token_provider;
    struct awsc_error creds_error;
    struct awsc__signer *signer;
    /* Threads: what calls change (the calls in flight, the retry quota,
     * the rate limiter, the transports made on first use) is under mu. */
    pthread_mutex_t mu;
    pthread_cond_t cv;                /* a call ended while destroying */
    struct awsc_transport *transport; /* async calls */
    bool transport_given;             /* by the application (awsc_config.transport) */
    /* sync calls: transports of their own, one per thread calling at once,
     * kept for the next call when it returns; sharing DNS and TLS
     * sessions (share). Or the given transport, when no application's
     * loop drives it. */
    struct awsc_transport **idle;
    size_t idle_len, idle_cap;
    struct awsc__share *share;
    bool destroying;
    struct awsc__task cancel; /* destroy, from a thread not running the loop */
    int cancel_ran; /* posted cancel, then barrier, have run */
    long connect_timeout_ms; /* AWSC_TIMEOUT_NONE: none */
    long read_timeout_ms;
    char *ca_bundle; /* NULL: the system's CA store */
    bool no_verify_ssl;
    bool no_sign_request;
    int max_attempts;
    bool adaptive;
    bool checksum_when_required;       /* request_checksum_calculation */
    bool validate_when_required;       /* response_checksum_validation */
    bool compression_disabled;         /* disable_request_compression */
    long min_compression_size;         /* request_min_compression_size_bytes */
    int64_t expect_continue_min_size;  /* expect_continue_min_size_bytes */
    char *sigv4a_region_set;           /* sigv4a_signing_region_set, or NULL */
    struct awsc__rate_limiter limiter; /* adaptive mode */
    struct awsc_retry_quota quota;
    struct awsc_log log;
    int64_t fixed_time;
    const char *fixed_invocation_id; /* tests: AWSC_TEST_INVOCATION_ID */
    int in_flight;
    struct awsc__call *calls; /* in flight, for destroy */
    int finishing;            /* out of calls, their callbacks not yet returned */
};

/* client.c: awsc_client_new with options of the runtime's own clients
 * (the STS and SSO clients of the credential providers). */
#define AWSC__CLIENT_NO_IMDS_REGION 0x1u /* no region: never ask IMDS */
/* only config->credentials_provider, if any: no default chain, no token
 * provider */
#define AWSC__CLIENT_ANONYMOUS 0x2u
int awsc__client_new(const struct awsc_service *service, const struct awsc_config *config,
                     unsigned flags, struct awsc_client **client_out, struct awsc_error *err);
/* client.c: the client's credentials now, blocking on its sync transport
 * when they must be fetched (presigning); release *out. */
int awsc__client_identity(struct awsc_client *c, struct awsc__identity **out,
                          struct awsc_error *err);

/* The account id of the AWS::Auth::AccountId endpoint builtin, where the
 * credentials carry it without a fetch: the environment's keys come with
 * AWS_ACCOUNT_ID, a profile's keys (in the credentials file, then the
 * config file) with its aws_account_id. Explicit credentials carry none;
 * credentials a provider fetches (assume-role, SSO, a process, the
 * container, IMDS, the caller's own) are not fetched for it, and those
 * clients resolve endpoints without an account id (the rule sets' regional
 * endpoints, or their error in "required" mode). NULL when none.
 * (client.c) */
const char *awsc__static_account_id(const struct awsc__shared_config *shared,
                                    const struct awsc_config *cfg);

/* client.c: the transports, created on first use. A sync call takes a
 * transport for the calling thread and gives it back when done. */
int awsc__client_sync_transport(struct awsc_client *c, struct awsc_transport **out,
                                struct awsc_error *err);
void awsc__client_sync_transport_done(struct awsc_client *c, struct awsc_transport *t);
int awsc__client_async_transport(struct awsc_client *c, struct awsc_transport **out,
                                 struct awsc_error *err);
/* call.c: end every call in flight with AWSC_E_CANCELLED */
void awsc__client_cancel_all(struct awsc_client *client);

int awsc__validate(const struct awsc_operation *op, const void *input, struct awsc_error *err);

/* call.c: the request an operation's input makes, up to signing (the
 * service's prepare_input hook included; state may be NULL); for the
 * call path, presigning and the tests. */
struct awsc__hook_state;
int awsc__build_request(struct awsc_client *client, const struct awsc_operation *op,
                        const void *input, struct awsc__request *req,
                        struct awsc__hook_state *state, struct awsc_error *err);
void awsc__request_clean_up(struct awsc__request *req);

/* call.c: where a built request goes and how it is signed. */
struct awsc__target {
    const struct awsc_endpoint *endpoint; /* from the rule set, or NULL */
    struct awsc__endpoint_auth auth;      /* how to sign for it */
    const char *url;                      /* in the request's arena */
    const char *host;                     /* the Host header's value */
};
/* The URL and Host of req: from the service's rule set for this input
 * (the endpoint's headers are added to req) with the client's endpoint
 * configuration, or cfg when not NULL; else the client's endpoint URL.
 * Clean t up whatever the result. */
int awsc__target_resolve(struct awsc_client *c, const struct awsc__endpoint_config *cfg,
                         const struct awsc_operation *op, const void *input,
                         struct awsc__request *req, struct awsc__target *t, struct awsc_error *err);
void awsc__target_clean_up(struct awsc__target *t);
/* How botocore signs for t: its signing region and name, and whether the
 * s3v4 signer's rules apply (AWSC_SVC_S3_SIGNING). */
struct awsc__signing {
    const char *region;
    const char *name;
    bool normalize_path;
    bool uri_encode_path;
    bool s3; /* x-amz-content-sha256 on every request */
};
void awsc__target_signing(const struct awsc_client *c, const struct awsc__target *t,
                          struct awsc__signing *out);
/* The signing clock: awsc_config.fixed_time, else now. */
struct awsc_timestamp awsc__client_time(const struct awsc_client *c);
/* endpoint.hostPrefix with its {labels} filled from the input, validated
 * as host labels; *out is NULL when the operation has none. */
int awsc__host_prefix(const struct awsc_operation *op, const void *input, struct awsc_arena *a,
                      const char **out, struct awsc_error *err);

/* stream.c: streamed request and response bodies. An upload reads its
 * source (memory, a file or a callback) from the start, once per attempt. */
struct awsc__upload {
    struct awsc_stream source; /* a copy; data and read_ud stay borrowed */
    char *path;
    FILE *file;
    int64_t length;
    uint64_t sent;
};
int awsc__upload_open(struct awsc__upload *u, const struct awsc_stream *s, struct awsc_error *err);
void awsc__upload_close(struct awsc__upload *u);
size_t awsc__upload_read(void *ud, uint8_t *buf, size_t cap);
bool awsc__upload_rewind(struct awsc__upload *u);

/* compress.c: the requestcompression trait (AWSC_OF_COMPRESS_GZIP), as
 * botocore's compress.py: unless the client disables it or signs with
 * SigV2, a body of at least request_min_compression_size_bytes (a
 * streamed one whatever its size, unless its shape requires a length) is
 * replaced by its gzip, Content-Encoding gains "gzip". now is the call's
 * clock (the gzip MTIME). A streamed body is read whole into memory and
 * *consumed_upload set: the caller closes the upload. */
int awsc__maybe_compress(struct awsc_client *c, const struct awsc_operation *op,
                         struct awsc__request *req, struct awsc__upload *upload, int64_t now,
                         bool *consumed_upload, struct awsc_error *err);

struct awsc__download {
    struct awsc_sink sink; /* path copied */
    char *path;
    char *tmp; /* the file being written, renamed to path at the end */
    FILE *file;
    char *file_buffer; /* the file's stdio buffer (DOWNLOAD_FILE_BUFFER bytes) */
    uint64_t written;
    bool delivered; /* bytes went to a write callback or a device: no retry */
    bool in_place;  /* path is no regular file (/dev/null, a FIFO): written as it is */
    bool committed;
};
/* A temporary file "PATH.awsc-XXXXXX" beside path, made as a download's
 * is and listed for awsc_remove_partial_downloads(), for a download
 * written out of order (the S3 transfer manager). *tmp is the caller's:
 * rename or unlink it, then awsc__partial_release() it. Refused
 * (AWSC_E_INVALID_ARG) when path is there and is no regular file: the
 * rename would replace a device or a FIFO with the file. */
int awsc__partial_create(const char *path, char **tmp, int *fd, struct awsc_error *err);
void awsc__partial_release(char *tmp);
int awsc__download_init(struct awsc__download *d, const struct awsc_sink *sink,
                        struct awsc_error *err);
int awsc__download_begin(struct awsc__download *d, struct awsc_error *err);
int awsc__download_write(struct awsc__download *d, const uint8_t *data, size_t len);
bool awsc__download_can_retry(const struct awsc__download *d);
int awsc__download_commit(struct awsc__download *d, struct awsc_error *err);
void awsc__download_clean_up(struct awsc__download *d);

/* retry.c */
bool awsc__retry_is_throttle(const char *code);
bool awsc__retry_is_transient(int status, int http_status, const char *code);
/* Back-off before attempt `attempt` (2, 3, ...), in milliseconds. */
int64_t awsc__retry_delay_ms(const struct awsc_client *c, int attempt, bool throttled);

/* A request presigned with SigV4 in its query string (presign.c), as
 * botocore's SigV4QueryAuth makes it. */
struct awsc__presign_args {
    const char *method;
    const char *url;                        /* scheme://netloc/path[?query] */
    const struct awsc__params *params;      /* after the URL's own, replacing them */
    const struct awsc_http_header *headers; /* signed besides Host (the URL's) */
    size_t header_count;
    const char *region;
    const char *service; /* the signing name */
    bool normalize_path;
    bool uri_encode_path;
    const char *payload_hash; /* NULL: the empty body's, as SigV4QueryAuth */
    int64_t expires;          /* seconds */
};
/* *out: the URL with the query parameters and the signature, in arena.
 * AWSC_E_CREDENTIALS (the client's credential error), AWSC_E_NOMEM. */
int awsc__presign(struct awsc_client *c, const struct awsc__presign_args *a,
                  struct awsc_arena *arena, char **out, struct awsc_error *err);

#endif
