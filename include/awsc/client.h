/*
 * awsc/client.h - clients, configuration, credentials and the event loop.
 *
 * A client talks to one service. Create it with the service's generated
 * awsc_<svc>_client_new() (or awsc_client_new() with the service table),
 * make calls with the generated functions, and destroy it when done.
 *
 * A client may be shared by any number of threads. Synchronous calls may
 * be made from several threads at once: each thread's call drives a
 * private loop of its own (a transport the client keeps for that thread's
 * next call), and the threads share the credentials and their refresh,
 * the caches, the retry quota and the rate limiter. Asynchronous calls
 * run on the client's transport: drive it with
 * awsc_client_run()/awsc_client_poll() (one thread at a time: another
 * waits its turn), or hand its sockets and timer to your own event loop
 * (awsc_transport_set_loop(), with awsc_transport_socket_action() and
 * awsc_transport_timeout_action(); see <awsc/transport.h>). They may be
 * submitted from any thread: a call made while another thread runs the
 * loop is handed to that loop, and its callback runs there. Pagers and waiters belong to one thread at
 * a time. README.md's "Threads" says what may be shared and what not.
 */
#ifndef AWSC_CLIENT_H
#define AWSC_CLIENT_H

#include <awsc/common.h>
#include <awsc/credentials.h>
#include <awsc/endpoint.h>
#include <awsc/shape.h>

#ifdef __cplusplus
extern "C" {
#endif

struct awsc_client;
struct awsc_transport;

/*
 * Client configuration. Zero-initialise (AWSC_CONFIG_INIT) and set what you
 * need; every field left unset is resolved as botocore does: from the
 * environment, then the shared config and credentials files (not read in
 * a build with -Dshared_config=false, where a profile named here or in
 * AWS_PROFILE fails awsc_client_new with AWSC_E_UNSUPPORTED).
 */
struct awsc_config {
    const char *region;       /* else AWS_DEFAULT_REGION, else the profile */
    const char *endpoint_url; /* else AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL,
                                 then the profile's endpoint_url settings */
    const char *profile;      /* else AWS_PROFILE, else "default" */
    /* FIPS, dual-stack and S3's addressing settings; zero: from the
     * environment and the profile, as botocore reads them. */
    struct awsc_endpoint_options endpoint;
    /* Static credentials; when NULL, credentials_provider; when that is
     * NULL too, botocore's chain for the profile (<awsc/credentials.h>).
     * Credentials are first looked for by the first call that signs:
     * making a client never waits for them, and a failure is reported by
     * each call that needs them. */
    const struct awsc_credentials *credentials;
    /* 0: 60000, as botocore; AWSC_TIMEOUT_NONE: no limit (the AWS CLI's
     * --cli-connect-timeout 0 and --cli-read-timeout 0) */
    long connect_timeout_ms;
    long read_timeout_ms;
    /* HTTPS: the PEM file of the CA certificates that may vouch for the
     * servers, instead of the system's store; else AWS_CA_BUNDLE, else the
     * profile's ca_bundle, else REQUESTS_CA_BUNDLE, as botocore reads them.
     * Copied. */
    const char *ca_bundle;
    /* Certificates and host names are not checked at all (the AWS CLI's
     * --no-verify-ssl); ca_bundle is then unused. */
    bool no_verify_ssl;
    /* Requests go unsigned and no credentials are looked for (the AWS
     * CLI's --no-sign-request, botocore's signature_version=UNSIGNED). */
    bool no_sign_request;
    int max_attempts; /* 0: from config, else the retry mode's default */
    /* "legacy", "standard" (default) or "adaptive"; else AWS_RETRY_MODE,
     * else the profile's retry_mode. "adaptive" is "standard" plus
     * botocore's client-side rate limiter: once throttled, the client's
     * requests wait for a token bucket whose rate follows CUBIC. */
    const char *retry_mode;
    /* The transport of async calls, and of sync calls too unless it is on
     * the application's own loop (awsc_transport_set_loop; sync calls then
     * make default transports of their own, one per thread calling at
     * once). NULL creates the default
     * one (awsc_transport_new_default(): libcurl's, or the socket
     * transport in a build without libcurl), owned by the client, with at
     * most 16 connections for async calls (more calls in flight queue for
     * them). A transport may be shared by many clients (one loop). */
    struct awsc_transport *transport;
    /* Debug log: every request and response, secrets redacted. */
    void (*log_fn)(void *log_ud, const char *line);
    void *log_ud;
    /* Flexible checksums, as botocore decides them:
     * request_checksum_calculation "when_supported" (the default: a CRC32
     * checksum on every operation that offers checksums, unless the input
     * chooses another algorithm) or "when_required" (only where the model
     * requires one or the input chooses one); response_checksum_validation
     * "when_supported" (the default: responses are checked against the
     * x-amz-checksum-* they carry wherever the operation offers it) or
     * "when_required" (only when the input asks, e.g. S3's ChecksumMode).
     * NULL: AWS_REQUEST_CHECKSUM_CALCULATION /
     * AWS_RESPONSE_CHECKSUM_VALIDATION, else the profile's
     * request_checksum_calculation / response_checksum_validation. Case
     * does not matter; any other value fails awsc_client_new with
     * AWSC_E_CONFIG. */
    const char *request_checksum_calculation;
    const char *response_checksum_validation;
    /* Request compression (the model's requestcompression trait, e.g.
     * CloudWatch PutMetricData: gzip). disable_request_compression is
     * tri-state: 0 unset (AWS_DISABLE_REQUEST_COMPRESSION, else the
     * profile's disable_request_compression, else enabled), > 0 disabled,
     * < 0 enabled. request_min_compression_size_bytes: bodies this large
     * or larger are compressed; 0 unset
     * (AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES, else the profile's
     * request_min_compression_size_bytes, else 10240); it must be within
     * 1..1048576 (AWSC_E_CONFIG otherwise). Streaming bodies are always
     * compressed unless their model requires a length. */
    int disable_request_compression;
    long request_min_compression_size_bytes;
    /* The regions a SigV4a signature is good for, comma-separated, for the
     * operations signed with SigV4a (the auth trait, or the endpoint's
     * auth scheme); NULL: AWS_SIGV4A_SIGNING_REGION_SET, else the
     * profile's sigv4a_signing_region_set, else the endpoint's
     * signingRegionSet, else "*". */
    const char *sigv4a_signing_region_set;
    /* For reproducible requests in tests: a fixed signing clock (seconds
     * since the epoch; 0: the real clock) and a fixed amz-sdk-invocation-id
     * (NULL: a new UUID per call). */
    int64_t fixed_time;
    const char *fixed_invocation_id;
    /* A credentials provider or chain (the client holds a reference). */
    struct awsc_credentials_provider *credentials_provider;
    /* Bearer tokens for operations whose auth is bearer; NULL: botocore's
     * (the profile's sso_session, awsc_token_provider_sso). */
    struct awsc_token_provider *token_provider;
    /* The default chain's MFA prompt (see awsc_mfa_fn). */
    awsc_mfa_fn *mfa;
    void *mfa_user_data;
    /* Expect: 100-continue (which S3's uploads send, as botocore's do)
     * costs a round trip before the body goes: it is sent only with
     * bodies of at least this many bytes, where a refusal would save more
     * than the wait costs. 0: AWSC_EXPECT_CONTINUE_MIN_SIZE_BYTES, else
     * the profile's expect_continue_min_size_bytes (a whole number of
     * bytes; 0 there means every body), else 2 MiB (2097152);
     * AWSC_EXPECT_CONTINUE_ALWAYS: with every body, as botocore;
     * INT64_MAX: never. Any other negative value, or a text that is no
     * whole number >= 0, fails awsc_client_new with AWSC_E_CONFIG. */
    int64_t expect_continue_min_size_bytes;
};
#define AWSC_EXPECT_CONTINUE_ALWAYS (-1)

#ifdef __cplusplus
#define AWSC_CONFIG_INIT \
    {                    \
    }
#else
#define AWSC_CONFIG_INIT \
    {                    \
        0                \
    }
#endif

AWSC_API int awsc_client_new(const struct awsc_service *service, const struct awsc_config *config,
                             struct awsc_client **client_out, struct awsc_error *err);
/* Destroys the client; calls still in flight complete with AWSC_E_CANCELLED
 * first (their callbacks have returned when it returns: on the thread
 * running the client's loop, which must go on meanwhile, when that is
 * another thread). Any thread may destroy it, once no thread makes new
 * calls on it. NULL is fine. */
AWSC_API void awsc_client_destroy(struct awsc_client *client);

AWSC_API const struct awsc_service *awsc_client_service(const struct awsc_client *client);
/* The resolved region ("" when none) and endpoint URL (NULL when none). */
AWSC_API const char *awsc_client_region(const struct awsc_client *client);
AWSC_API const char *awsc_client_endpoint_url(const struct awsc_client *client);
AWSC_API struct awsc_transport *awsc_client_transport(struct awsc_client *client);

/* Drive async calls on the client's transport. awsc_client_run() returns
 * when no call is in flight; awsc_client_poll() waits at most timeout_ms
 * for progress and returns the number of calls still in flight (or a
 * negative status). */
AWSC_API int awsc_client_run(struct awsc_client *client);
AWSC_API int awsc_client_poll(struct awsc_client *client, int timeout_ms);

/*
 * How long outputs live. An output, and every string, blob, list, map,
 * document and structure it points to, lives until awsc_output_free(): all
 * of it is one arena, freed at once. A page from a pager's next_page (and
 * collect's merged output) is an output like any other. An item from
 * next_item points into the pager's current page and lives until the
 * pager's next call (or its destruction), which frees that page.
 *
 * To keep something longer, keep the output it belongs to:
 * awsc_output_retain(out) adds a reference (each reference is dropped by
 * one awsc_output_free()), and awsc_pager_retain_page(pager) does it for
 * the page of the item next_item handed out last. A DynamoDB item read by
 * GetItem or a Query page can then go into a PutItem input as it is (the
 * same struct awsc_dynamodb_attribute_map), after the call or the pager
 * has moved on. Outputs are never changed by awsc once returned, so the
 * owners may read them from any threads.
 *
 * Why a reference count and not a deep copy: it costs one atomic increment
 * whatever the output's size, cannot fail, needs no allocator or
 * descriptor (a typed copy would need a function for every type, or the
 * shape descriptors, which the headers do not name for lists and nested
 * structures), and the pointers the caller already holds into the output
 * stay valid, where a copy would hand out new ones. What it costs is
 * memory: a kept item keeps its whole page; copy what you need with your
 * own allocator when that matters.
 */

/*
 * The generic call path every generated wrapper uses. input is a pointer to
 * the operation's input struct (NULL when it has none). On AWSC_OK *output
 * (when the operation has an output) points at an arena-allocated output
 * struct: free it with awsc_output_free().
 */
AWSC_API int awsc_call(struct awsc_client *client, const struct awsc_operation *op,
                       const void *input, void **output, struct awsc_error *err);

/* awsc_call() for the typed wrappers: output, when not NULL, is where the
 * operation's output struct pointer goes (a struct awsc_s3_put_object_output
 * **, say); NULL frees the output. One function for every wrapper, so that
 * each is a jump to it. */
AWSC_API int awsc_call_typed(struct awsc_client *client, const struct awsc_operation *op,
                             const void *input, void *output, struct awsc_error *err);

/* Completion of an async call. The callback owns output (free it with
 * awsc_output_free()) and err (release it with awsc_error_clean_up()); on
 * failure output is NULL and status is negative. */
typedef void awsc_call_cb(void *user_data, int status, void *output, struct awsc_error *err);

AWSC_API int awsc_call_async(struct awsc_client *client, const struct awsc_operation *op,
                             const void *input, awsc_call_cb *cb, void *user_data,
                             struct awsc_error *err);

/* The typed async wrappers: a generated trampoline calls the typed
 * callback cb (passed as a generic function pointer) with the output. */
typedef void awsc_fn(void);
typedef void awsc_call_trampoline(awsc_fn *cb, void *user_data, int status, void *output,
                                  struct awsc_error *err);
AWSC_API int awsc_call_async_typed(struct awsc_client *client, const struct awsc_operation *op,
                                   const void *input, awsc_call_trampoline *trampoline, awsc_fn *cb,
                                   void *user_data, struct awsc_error *err);

/*
 * Event streams (<awsc/eventstream.h>): operations whose response is a
 * stream of events take an event callback. on_event is called with each
 * event as it arrives: a pointer to the event stream union's struct
 * (e.g. struct awsc_s3_select_object_content_event) with one member set,
 * valid until on_event returns. It returns 0 to go on, non-zero to stop
 * the stream (the call then ends with AWSC_E_CANCELLED). The output holds
 * the response's other members; awsc_call_events() returns, and
 * awsc_call_events_async()'s cb runs, once the stream has ended. The
 * async form passes user_data to both callbacks.
 *
 * awsc_call() and awsc_call_async() refuse such operations
 * (AWSC_E_INVALID_ARG), and these refuse the others.
 */
typedef int awsc_event_cb(void *user_data, const void *event);
AWSC_API int awsc_call_events(struct awsc_client *client, const struct awsc_operation *op,
                              const void *input, awsc_event_cb *on_event, void *user_data,
                              void **output, struct awsc_error *err);
AWSC_API int awsc_call_events_async(struct awsc_client *client, const struct awsc_operation *op,
                                    const void *input, awsc_event_cb *on_event, awsc_call_cb *cb,
                                    void *user_data, struct awsc_error *err);

/* The typed event-stream wrappers: a generated trampoline calls the typed
 * event callback on_event (passed as a generic function pointer). */
typedef int awsc_event_trampoline(awsc_fn *on_event, void *user_data, const void *event);
AWSC_API int awsc_call_events_typed(struct awsc_client *client, const struct awsc_operation *op,
                                    const void *input, awsc_event_trampoline *event_trampoline,
                                    awsc_fn *on_event, void *user_data, void **output,
                                    struct awsc_error *err);
AWSC_API int awsc_call_events_async_typed(struct awsc_client *client,
                                          const struct awsc_operation *op, const void *input,
                                          awsc_event_trampoline *event_trampoline,
                                          awsc_fn *on_event, awsc_call_trampoline *trampoline,
                                          awsc_fn *cb, void *user_data, struct awsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
