/*
 * runtime/auth/auth.h - private API of the auth folder: SigV4 header
 * signing and presigning, the credentials provider chain, and the shared config and
 * credentials files (~/.aws/config, ~/.aws/credentials) with the
 * configuration lookups built on them. Nothing here is public API.
 *
 * Behaviour follows botocore 1.29.27 (auth.py, credentials.py,
 * configloader.py, configprovider.py, session.py); where botocore has an
 * error message, ours starts with the same words. Endpoint URLs from the
 * environment and the config file (AWS_ENDPOINT_URL*, [services] sections)
 * follow the later botocore releases that introduced them.
 *
 * Secrets (secret access keys, session tokens, derived keys) never appear
 * in log lines or error messages.
 */
#ifndef AWSC_AUTH_H
#define AWSC_AUTH_H

#include <awsc/client.h>
#include <awsc/transport.h>

#include "core.h"

/* ======================================================================
 * SigV4: header signing and presigning
 * ====================================================================== */

#define AWSC__EMPTY_SHA256     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
#define AWSC__UNSIGNED_PAYLOAD "UNSIGNED-PAYLOAD"

/*
 * A signer: one per client. It owns a small cache of derived signing keys
 * keyed by (secret key, date, region, service), so signing many requests
 * on one day runs the four key-derivation HMACs once. The cache holds no
 * copy of any secret (entries are identified by a SHA-256 over the key
 * parts) and is guarded by a mutex, so a signer may be used from several
 * threads.
 */
struct awsc__signer;

/* log (borrowed, may be NULL) receives the canonical request, with the
 * values of secret headers redacted, and the string to sign. */
int awsc__signer_new(const struct awsc_log *log, struct awsc__signer **out);
/* NULL is fine. Wipes the cached keys. */
void awsc__signer_destroy(struct awsc__signer *s);
/* How many signing keys the signer has derived (cache misses); for tests. */
unsigned long awsc__signer_derivations(struct awsc__signer *s);

/* A query-string parameter, not yet percent-encoded. A NULL value is
 * signed as an empty one ("key="). */
struct awsc__query_param {
    const char *name;
    const char *value;
};

/*
 * One request to sign. Everything is borrowed for the duration of the call.
 *
 * The canonical request is built as botocore's SigV4Auth builds it:
 *  - path: the path of the request URL, exactly as it will appear on the
 *    wire (already percent-encoded by the caller). With normalize_path the
 *    "."/".." segments and empty segments ("//") are removed; with
 *    uri_encode_path the result is percent-encoded once more (everything
 *    but unreserved characters and '/'), which for an already-encoded path
 *    is the double encoding SigV4 requires of every service but S3.
 *    General services set both; S3 sets neither. "" is signed as "/".
 *  - query string: the raw query (already encoded, e.g. "a=1&b=%20", split
 *    on '&' and the first '=' and used as is) together with params (encoded
 *    here, RFC 3986 unreserved characters kept), all sorted by encoded name,
 *    then by encoded value. Either or both may be absent.
 *  - headers: every header but Expect, User-Agent and X-Amzn-Trace-Id is
 *    signed, names lower-cased, values trimmed with inner runs of
 *    whitespace collapsed to one space, repeated names joined with ','
 *    in request order. Host is added from `host` when headers have none.
 *    An Authorization header in `headers` is ignored, X-Amz-Date is
 *    replaced by the signing time, and X-Amz-Security-Token is replaced by
 *    the credentials' session token when they have one. When `headers` has
 *    a Date header, botocore's rule applies: Date is replaced by the
 *    signing time and no X-Amz-Date is sent.
 *  - payload: payload_hash (lower-case hex SHA-256 of the body, or
 *    "UNSIGNED-PAYLOAD", ...; NULL means the hash of an empty body). An
 *    X-Amz-Content-SHA256 header in `headers` takes its place, as in
 *    botocore, unless the signer sets that header itself: it does so when
 *    set_content_sha256 is true (S3) or the payload is "UNSIGNED-PAYLOAD".
 */
struct awsc__sign_request {
    const char *method; /* "GET", "POST", ... (signed upper-cased) */
    const char *host;   /* Host header value (see awsc__sigv4_host_from_url);
                           may be NULL when headers carry Host */
    const char *path;
    const char *query; /* raw encoded query string without '?', or NULL */
    const struct awsc__query_param *params;
    size_t param_count;
    const struct awsc_http_header *headers;
    size_t header_count;
    const char *payload_hash;
    const struct awsc_credentials *credentials;
    const char *region;
    const char *service; /* the signing name, e.g. "dynamodb" */
    struct awsc_timestamp time;
    bool normalize_path;
    bool uri_encode_path;
    bool set_content_sha256;
    /* SigV4a (awsc__sigv4_sign only): region holds the region set
     * ("*" or "us-east-1,us-west-2"), which the caller also puts in an
     * X-Amz-Region-Set header; the scope leaves the region out and the
     * signature is ECDSA P-256 with the key sigv4a.c derives. */
    bool sigv4a;
    /* The debug log's copy of the canonical request hides, besides the
     * session token and the secret headers (awsc__header_is_secret), the
     * path and the query string when these are set, and the value of each
     * header for which log_hide_header(log_hide_ud, name) is true: where
     * the caller's sensitive values travel. */
    bool log_hide_path;
    bool log_hide_query;
    bool (*log_hide_header)(const void *log_hide_ud, const char *name);
    const void *log_hide_ud;
};

/*
 * What signing produced. All strings are owned by the result.
 *
 * Header signing (awsc__sigv4_sign): headers[0..header_count) are the
 * headers the caller must set on the request, each replacing any header of
 * the same name (compared case-insensitively): X-Amz-Date (or Date), then
 * X-Amz-Security-Token and X-Amz-Content-SHA256 when they apply, and
 * Authorization last.
 *
 * Presigning (awsc__sigv4_presign): header_count is 0 and query holds the
 * whole query string for the URL.
 */
#define AWSC__SIGN_MAX_HEADERS 4
struct awsc__sign_result {
    struct awsc_http_header headers[AWSC__SIGN_MAX_HEADERS];
    size_t header_count;
    char amz_date[17];             /* "20150830T123600Z" */
    char signature[145];           /* hex (SigV4a: of a DER ECDSA signature) */
    char date[40];                 /* the Date value, when Date replaces X-Amz-Date */
    struct awsc_buf authorization; /* the Authorization header value */
    struct awsc_buf query;         /* presigning: the query string, without '?' */
    struct awsc_buf canonical_request;
    struct awsc_buf string_to_sign;
    struct awsc_buf signed_headers; /* "host;x-amz-date" */
    struct awsc_buf token;          /* private: header value storage */
    struct awsc_buf content_sha256; /* private: header value storage */
};
#define AWSC__SIGN_RESULT_INIT                                                         \
    {                                                                                  \
        {{NULL, NULL}}, 0, {0}, {0}, {0}, AWSC_BUF_INIT, AWSC_BUF_INIT, AWSC_BUF_INIT, \
            AWSC_BUF_INIT, AWSC_BUF_INIT, AWSC_BUF_INIT, AWSC_BUF_INIT                 \
    }
void awsc__sign_result_clean_up(struct awsc__sign_result *r);

/*
 * Sign req. On AWSC_OK out holds the headers to set, the Authorization
 * value, and (for tests and debugging) the canonical request and string to
 * sign. out may be reused across calls; it is reset first. Fails with
 * AWSC_E_INVALID_ARG for missing fields and AWSC_E_CREDENTIALS when the
 * credentials lack a key id or secret.
 */
int awsc__sigv4_sign(struct awsc__signer *s, const struct awsc__sign_request *req,
                     struct awsc__sign_result *out, struct awsc_error *err);

/* sigv4a.c: the ECDSA P-256 key SigV4a derives from the credentials (its
 * public key as an uncompressed point; pub may be NULL), and the hex DER
 * signature of a SHA-256 digest (hex holds 145 bytes). */
int awsc__sigv4a_derive(const char *access_key_id, const char *secret, uint8_t priv[32],
                        uint8_t pub[65], struct awsc_error *err);
int awsc__sigv4a_sign_digest(const uint8_t priv[32], const uint8_t digest[32], char *hex,
                             struct awsc_error *err);

/*
 * Presign req, as botocore's SigV4QueryAuth (S3SigV4QueryAuth when the
 * caller passes S3's flags and payload_hash "UNSIGNED-PAYLOAD"): the
 * authentication goes into query parameters X-Amz-Algorithm,
 * X-Amz-Credential, X-Amz-Date, X-Amz-Expires (seconds, > 0),
 * X-Amz-SignedHeaders, X-Amz-Security-Token (with a session token) and
 * X-Amz-Signature. Only req's own headers (minus the never-signed ones
 * and a "application/x-www-form-urlencoded; charset=utf-8" Content-Type)
 * and Host are signed; set_content_sha256 is ignored. On AWSC_OK
 * out->query is req->query, then req->params (encoded), then those
 * parameters: the URL is scheme://host + path + '?' + out->query.
 */
int awsc__sigv4_presign(struct awsc__signer *s, const struct awsc__sign_request *req,
                        int64_t expires, struct awsc__sign_result *out, struct awsc_error *err);

/* The canonical request and string to sign of header signing only (no key
 * derivation). */
int awsc__sigv4_canonical(const struct awsc__sign_request *req, struct awsc_buf *canonical_request,
                          struct awsc_buf *string_to_sign, struct awsc_error *err);

/* botocore's host from a URL: lower-case host, userinfo dropped, port kept
 * unless it is the scheme's default, IPv6 literals in brackets. Appends to
 * out; AWSC_E_INVALID_ARG when the URL has no host. */
int awsc__sigv4_host_from_url(const char *url, struct awsc_buf *out, struct awsc_error *err);

/* botocore's remove_dot_segments (plus "" -> "/"): appends to out. */
void awsc__sigv4_normalize_path(const char *path, struct awsc_buf *out);

/* ======================================================================
 * Shared config and credentials files
 * ====================================================================== */

/*
 * The two shared files, parsed, and the profile in use. Load once per
 * client. Missing files are empty, not errors.
 *
 * Parsing follows Python's configparser as botocore uses it: '#' and ';'
 * start comment lines (there are no inline comments), '=' or ':' separate
 * key and value, keys are lower-cased, lines indented deeper than their
 * key continue its value, a value that starts on the next line
 * ("s3 =\n  addressing_style = path") is a nested section, duplicate
 * sections or keys in one file are errors, and [DEFAULT] supplies keys to
 * every section of its file. In the config file, profiles are
 * [profile NAME] and [default] and service sections are [services NAME];
 * in the credentials file every section is a profile. For any key a
 * profile's value in the credentials file wins over the config file's.
 */
struct awsc__shared_config;

enum awsc__profile_source {
    AWSC__PROFILE_DEFAULT = 0, /* nothing named one: "default" */
    AWSC__PROFILE_EXPLICIT,    /* awsc_config.profile */
    AWSC__PROFILE_ENV          /* AWS_DEFAULT_PROFILE or AWS_PROFILE */
};

struct awsc__shared_config_options {
    const char *profile;          /* awsc_config.profile, or NULL */
    const char *config_file;      /* NULL: $AWS_CONFIG_FILE, else ~/.aws/config */
    const char *credentials_file; /* NULL: $AWS_SHARED_CREDENTIALS_FILE, else
                                     ~/.aws/credentials */
};

/*
 * Resolve the profile name (options->profile, AWS_DEFAULT_PROFILE,
 * AWS_PROFILE, "default"), expand the file names ($VAR and ~), and parse
 * both files. Errors: AWSC_E_CONFIG "Unable to parse config file: PATH:
 * line N: ..." for a malformed file, AWSC_E_IO for a file that exists but
 * cannot be read, AWSC_E_NOT_FOUND "The config profile (NAME) could not be
 * found" when a profile was named (by options or the environment) and
 * neither file has it.
 */
int awsc__shared_config_load(const struct awsc__shared_config_options *options,
                             struct awsc__shared_config **out, struct awsc_error *err);
void awsc__shared_config_destroy(struct awsc__shared_config *cfg);

const char *awsc__shared_config_profile(const struct awsc__shared_config *cfg);
enum awsc__profile_source awsc__shared_config_profile_source(const struct awsc__shared_config *cfg);
/* The expanded file names. */
const char *awsc__shared_config_path(const struct awsc__shared_config *cfg);
const char *awsc__shared_credentials_path(const struct awsc__shared_config *cfg);
enum awsc__shared_file { AWSC__FILE_CONFIG, AWSC__FILE_CREDENTIALS };
/* true when that file exists. */
bool awsc__shared_file_present(const struct awsc__shared_config *cfg, enum awsc__shared_file which);
/* true when either file defines the profile. */
bool awsc__profile_exists(const struct awsc__shared_config *cfg, const char *profile);

/*
 * Profile lookups; profile NULL means the profile in use. Values are owned
 * by cfg. awsc__profile_get returns NULL for a nested value; use
 * awsc__profile_get_sub for those ("s3", "addressing_style").
 */
const char *awsc__profile_get(const struct awsc__shared_config *cfg, const char *profile,
                              const char *key);
const char *awsc__profile_get_sub(const struct awsc__shared_config *cfg, const char *profile,
                                  const char *key, const char *sub_key);

/* Read one file only: the credentials file ([NAME] sections) or the
 * config file ([profile NAME] and [default]). true when that file has the
 * profile; *value (value may be NULL) gets the scalar value of key, or
 * NULL. */
bool awsc__profile_file_get(const struct awsc__shared_config *cfg, enum awsc__shared_file which,
                            const char *profile, const char *key, const char **value);

/*
 * A value from the profile's services section: the profile's
 * `services = NAME` names a [services NAME] section of the config file,
 * whose nested section for the service (the service env name lower-cased:
 * "DYNAMODB" -> "dynamodb") holds the key. *value is NULL when any link is
 * missing, except that a profile naming a services section that does not
 * exist is an AWSC_E_CONFIG error, as in botocore.
 */
int awsc__profile_service_get(const struct awsc__shared_config *cfg, const char *profile,
                              const char *service_env_name, const char *key, const char **value,
                              struct awsc_error *err);

/* ======================================================================
 * Configuration resolution (explicit value -> environment -> profile)
 * ====================================================================== */

/*
 * Every resolver puts a newly allocated string (free with awsc__free) in
 * *out, or NULL when nothing sets the value. Empty environment variables
 * count as unset.
 */

/* Generic: explicit, then getenv(env_name) (when env_name is not NULL),
 * then the profile's profile_key (when not NULL). */
int awsc__config_resolve_value(const struct awsc__shared_config *cfg, const char *explicit_value,
                               const char *env_name, const char *profile_key, char **out,
                               struct awsc_error *err);
/* The same for booleans as botocore's ensure_boolean reads them ("true" in
 * any case is true, anything else false): *out is -1 when unset. */
int awsc__config_resolve_bool(const struct awsc__shared_config *cfg, const char *env_name,
                              const char *profile_key, int *out, struct awsc_error *err);

/* explicit -> AWS_DEFAULT_REGION -> profile `region`. A value that is not
 * a valid host label is AWSC_E_CONFIG "Provided region_name 'x' doesn't
 * match a supported format." */
int awsc__config_resolve_region(const struct awsc__shared_config *cfg, const char *explicit_region,
                                char **out, struct awsc_error *err);

/*
 * explicit -> AWS_ENDPOINT_URL_<SERVICE_ENV_NAME> -> AWS_ENDPOINT_URL ->
 * the profile's services section for the service -> the profile's
 * `endpoint_url`. When AWS_IGNORE_CONFIGURED_ENDPOINT_URLS (or the
 * profile's ignore_configured_endpoint_urls) is true only the explicit
 * value counts. service_env_name: e.g. "DYNAMODB", "ELASTIC_BEANSTALK"
 * (may be NULL to skip the service-specific sources).
 */
int awsc__config_resolve_endpoint_url(const struct awsc__shared_config *cfg,
                                      const char *explicit_url, const char *service_env_name,
                                      char **out, struct awsc_error *err);

/* explicit -> AWS_RETRY_MODE -> profile `retry_mode`; must be "legacy",
 * "standard" or "adaptive" (AWSC_E_CONFIG otherwise). */
int awsc__config_resolve_retry_mode(const struct awsc__shared_config *cfg,
                                    const char *explicit_mode, char **out, struct awsc_error *err);

/* explicit (> 0) -> AWS_MAX_ATTEMPTS -> profile `max_attempts`. *out is 0
 * when unset; a value that is not a positive integer is AWSC_E_CONFIG. */
int awsc__config_resolve_max_attempts(const struct awsc__shared_config *cfg, int explicit_value,
                                      int *out, struct awsc_error *err);

/*
 * explicit -> AWS_DEFAULTS_MODE -> profile `defaults_mode` -> "legacy",
 * lower-cased; one of legacy, auto, standard, in-region, cross-region,
 * mobile (AWSC_E_CONFIG otherwise). botocore reads connect timeouts from
 * nowhere else: a non-legacy mode's connectTimeoutInMillis
 * (sdk-default-configuration.json) is the only configured source, and
 * read timeouts have none.
 */
/* request_checksum_calculation / response_checksum_validation: the
 * explicit value, else env_name, else profile_key, else "when_supported";
 * *when_required tells which (botocore's _handle_checksum_config: any
 * case, any other value AWSC_E_CONFIG). */
int awsc__config_resolve_checksum(const struct awsc__shared_config *cfg, const char *explicit_value,
                                  const char *env_name, const char *profile_key,
                                  bool *when_required, struct awsc_error *err);
/* disable_request_compression (explicit tri-state, else
 * AWS_DISABLE_REQUEST_COMPRESSION, else the profile; "true" in any case
 * disables) and request_min_compression_size_bytes (explicit > 0, else
 * AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES, else the profile, else 10240;
 * Python's int() of the text, within 1..1048576, else AWSC_E_CONFIG). */
int awsc__config_resolve_compression(const struct awsc__shared_config *cfg, int explicit_disable,
                                     long explicit_min_size, bool *disabled, long *min_size,
                                     struct awsc_error *err);
int awsc__config_resolve_defaults_mode(const struct awsc__shared_config *cfg,
                                       const char *explicit_mode, char **out,
                                       struct awsc_error *err);

/* ======================================================================
 * Credentials provider chain
 * ====================================================================== */

/* Resolved credentials: owned copies, wiped when cleaned up. */
struct awsc__credentials {
    char *access_key_id;
    char *secret_access_key;
    char *session_token; /* NULL when none */
    const char *source;  /* static: "explicit", "env", "shared-credentials-file",
                            "config-file" (botocore's method names) */
    char *account_id;    /* NULL when none: AWS_ACCOUNT_ID, aws_account_id */
};
#define AWSC__CREDENTIALS_INIT       \
    {                                \
        NULL, NULL, NULL, NULL, NULL \
    }
void awsc__credentials_clean_up(struct awsc__credentials *c);
/* A borrowed public view of c, for struct awsc__sign_request. */
struct awsc_credentials awsc__credentials_view(const struct awsc__credentials *c);

/*
 * The chain, in botocore's order for the providers awsc has:
 *  1. explicit_creds (awsc_config.credentials) when it has both keys; only
 *     one of them is "Partial credentials found in explicit, missing: ...";
 *  2. the environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, the
 *     token from AWS_SECURITY_TOKEN or AWS_SESSION_TOKEN (that order, as
 *     botocore), and the account id from AWS_ACCOUNT_ID. Skipped when the profile was set
 * explicitly (AWSC__PROFILE_EXPLICIT), as botocore skips it for a session profile. A key id without
 * a secret is "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY";
 *  3. the credentials file's [PROFILE]: aws_access_key_id,
 *     aws_secret_access_key, aws_security_token or aws_session_token,
 *     aws_account_id;
 *  4. the config file's profile, the same keys.
 * cfg may be NULL (only 1 and 2 are tried). Nothing found is
 * AWSC_E_CREDENTIALS "Unable to locate credentials" followed by what was
 * tried. Partial credentials are AWSC_E_CREDENTIALS too.
 */
int awsc__credentials_resolve(const struct awsc_credentials *explicit_creds,
                              const struct awsc__shared_config *cfg, struct awsc__credentials *out,
                              struct awsc_error *err);

/* Query parameters and forms. */
/* Name-value pairs as botocore's dicts hold them (params.c): a name is
 * there once, in the order it first came, its strings in arena. */
struct awsc__params {
    struct awsc__query_param *items;
    size_t count, cap;
    struct awsc_arena *arena;
};
/* Sets name=value: a name already there keeps its place; replace says
 * whether its value changes (a dict update) or not (a repeated name in a
 * URL: parse_qs keeps them all, botocore uses the first). AWSC_E_NOMEM. */
int awsc__params_set(struct awsc__params *p, const char *name, const char *value, bool replace);
/* "a=1&b=&c" (a URL's query or a form body), decoded as unquote_plus
 * does, into p. AWSC_E_NOMEM. */
int awsc__params_parse(struct awsc__params *p, const char *q, size_t n, bool replace);
/* The form p writes (application/x-www-form-urlencoded, quote_plus), in
 * p's order, appended to out; false when out of memory. */
bool awsc__params_write_form(const struct awsc__params *p, struct awsc_buf *out);
/* name's value, or NULL. */
const char *awsc__params_get(const struct awsc__params *p, const char *name);
void awsc__params_remove(struct awsc__params *p, const char *name);

/* sigv2.c: a form body (form) signed with Signature Version 2 for method
 * and url into out (its parameters, then the signature's). */
int awsc__sigv2_sign_form(const char *method, const char *url, const struct awsc_credentials *creds,
                          struct awsc_timestamp t, const struct awsc_buf *form,
                          struct awsc_buf *out, struct awsc_error *err);

#endif
