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

#include "../http/http.h"
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
    bool any_profile;             /* a named profile neither file has is no
                                     error (awsc configure get) */
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
/* os.path.expanduser(os.path.expandvars(path)), in arena; NULL when out
 * of memory. */
char *awsc__expand_path(struct awsc_arena *arena, const char *path);
enum awsc__shared_file { AWSC__FILE_CONFIG, AWSC__FILE_CREDENTIALS };

#if AWSC_WITH_SHARED_CONFIG /* profile.c */
/* The config is reference counted (the providers of a client's chain
 * hold it too): destroy drops a reference. */
void awsc__shared_config_destroy(struct awsc__shared_config *cfg);
void awsc__shared_config_retain(struct awsc__shared_config *cfg);

const char *awsc__shared_config_profile(const struct awsc__shared_config *cfg);
enum awsc__profile_source awsc__shared_config_profile_source(const struct awsc__shared_config *cfg);
/* The expanded file names. */
const char *awsc__shared_config_path(const struct awsc__shared_config *cfg);
const char *awsc__shared_credentials_path(const struct awsc__shared_config *cfg);
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
/* true when the profile's key holds a nested section ("s3 =\n  ..."). */
bool awsc__profile_nested(const struct awsc__shared_config *cfg, const char *profile,
                          const char *key);
/* A scalar key of a config-file section that is no profile, SSO session
 * or services section ([plugins]); NULL when there is none. */
const char *awsc__config_section_get(const struct awsc__shared_config *cfg, const char *section,
                                     const char *key);

/* The config file's [sso-session NAME] section: true when it exists;
 * *value (value may be NULL) the scalar value of key, or NULL. */
bool awsc__sso_session_get(const struct awsc__shared_config *cfg, const char *name, const char *key,
                           const char **value);
/* fn for each scalar key and value of the section, in file order, then
 * the [DEFAULT] ones it inherits. */
void awsc__sso_session_each(const struct awsc__shared_config *cfg, const char *name,
                            void (*fn)(void *ud, const char *key, const char *value), void *ud);

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
#else
/*
 * -Dshared_config=false: no file is read. awsc__shared_config_load
 * (left_out.c) fails with AWSC_E_UNSUPPORTED, naming the option, when a
 * profile or a file is named explicitly (options, AWS_PROFILE,
 * AWS_DEFAULT_PROFILE); otherwise it gives an empty config, the profile
 * "default" with no settings, which these inline lookups answer, so that
 * the callers' profile branches fold away.
 */
static inline void awsc__shared_config_destroy(struct awsc__shared_config *cfg)
{
    (void)cfg;
}
static inline void awsc__shared_config_retain(struct awsc__shared_config *cfg)
{
    (void)cfg;
}
static inline const char *awsc__shared_config_profile(const struct awsc__shared_config *cfg)
{
    (void)cfg;
    return "default";
}
static inline enum awsc__profile_source
awsc__shared_config_profile_source(const struct awsc__shared_config *cfg)
{
    (void)cfg;
    return AWSC__PROFILE_DEFAULT;
}
static inline bool awsc__shared_file_present(const struct awsc__shared_config *cfg,
                                             enum awsc__shared_file which)
{
    (void)cfg, (void)which;
    return false;
}
static inline bool awsc__profile_exists(const struct awsc__shared_config *cfg, const char *profile)
{
    (void)cfg, (void)profile;
    return false;
}
static inline const char *awsc__profile_get(const struct awsc__shared_config *cfg,
                                            const char *profile, const char *key)
{
    (void)cfg, (void)profile, (void)key;
    return NULL;
}
static inline const char *awsc__profile_get_sub(const struct awsc__shared_config *cfg,
                                                const char *profile, const char *key,
                                                const char *sub_key)
{
    (void)cfg, (void)profile, (void)key, (void)sub_key;
    return NULL;
}
static inline bool awsc__profile_nested(const struct awsc__shared_config *cfg, const char *profile,
                                        const char *key)
{
    (void)cfg, (void)profile, (void)key;
    return false;
}
static inline const char *awsc__config_section_get(const struct awsc__shared_config *cfg,
                                                   const char *section, const char *key)
{
    (void)cfg, (void)section, (void)key;
    return NULL;
}
static inline bool awsc__sso_session_get(const struct awsc__shared_config *cfg, const char *name,
                                         const char *key, const char **value)
{
    (void)cfg, (void)name, (void)key;
    if (value)
        *value = NULL;
    return false;
}
static inline void awsc__sso_session_each(const struct awsc__shared_config *cfg, const char *name,
                                          void (*fn)(void *ud, const char *key, const char *value),
                                          void *ud)
{
    (void)cfg, (void)name, (void)fn, (void)ud;
}
static inline bool awsc__profile_file_get(const struct awsc__shared_config *cfg,
                                          enum awsc__shared_file which, const char *profile,
                                          const char *key, const char **value)
{
    (void)cfg, (void)which, (void)profile, (void)key;
    if (value)
        *value = NULL;
    return false;
}
static inline int awsc__profile_service_get(const struct awsc__shared_config *cfg,
                                            const char *profile, const char *service_env_name,
                                            const char *key, const char **value,
                                            struct awsc_error *err)
{
    (void)cfg, (void)profile, (void)service_env_name, (void)key, (void)err;
    *value = NULL;
    return AWSC_OK;
}
#endif

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
/* expect_continue_min_size_bytes: the explicit value (> 0, or
 * AWSC_EXPECT_CONTINUE_ALWAYS for 0), else
 * AWSC_EXPECT_CONTINUE_MIN_SIZE_BYTES, else the profile's
 * expect_continue_min_size_bytes (decimal digits), else
 * AWSC__EXPECT_CONTINUE_DEFAULT; anything else AWSC_E_CONFIG. Bodies of
 * at least *min_size bytes go with Expect: 100-continue where the
 * operation sends it. */
#define AWSC__EXPECT_CONTINUE_DEFAULT ((int64_t)2 * 1024 * 1024)
int awsc__config_resolve_expect_continue(const struct awsc__shared_config *cfg,
                                         int64_t explicit_value, int64_t *min_size,
                                         struct awsc_error *err);
int awsc__config_resolve_defaults_mode(const struct awsc__shared_config *cfg,
                                       const char *explicit_mode, char **out,
                                       struct awsc_error *err);

/* ======================================================================
 * Credentials and bearer tokens: identities, providers and their cache
 * (provider.c), the chain (chain.c), the built-in providers (one file
 * each: env_files.c, process.c, imds.c, container.c, assume_role.c,
 * web_identity.c, sso.c) and botocore's default chain (default_chain.c).
 * The public face of all this is <awsc/credentials.h>.
 * ====================================================================== */

/* An identity: credentials, or a bearer token, with what is known about
 * it. Owned copies, wiped when cleaned up. */
struct awsc__credentials {
    char *access_key_id;
    char *secret_access_key;
    char *session_token; /* NULL when none */
    char *account_id;    /* NULL when unknown */
    char *token;         /* a bearer token (token providers) */
    int64_t expiration;  /* seconds since the epoch; 0: none */
    char *source;        /* botocore's method name, or a provider's name */
    /* from a provider botocore defers (assume-role, web identity, SSO):
     * they are fetched when first used, not loaded then checked */
    bool deferred;
};
#define AWSC__CREDENTIALS_INIT                       \
    {                                                \
        NULL, NULL, NULL, NULL, NULL, 0, NULL, false \
    }
void awsc__credentials_clean_up(struct awsc__credentials *c);
/* Deep copy; AWSC_E_NOMEM. */
int awsc__credentials_copy(struct awsc__credentials *dst, const struct awsc__credentials *src);
/* Owned copies of the given strings (any may be NULL); AWSC_E_NOMEM. */
int awsc__credentials_set(struct awsc__credentials *c, const char *source, const char *key,
                          const char *secret, const char *session_token, const char *account_id);
/* A borrowed public view of c, for struct awsc__sign_request. */
struct awsc_credentials awsc__credentials_view(const struct awsc__credentials *c);

/*
 * What a fetch came to, shared by reference (every call waiting for a
 * refresh gets the same one): credentials, or the failure (status and
 * message). Thread-safe reference counting.
 */
struct awsc__identity {
    int status;    /* AWSC_OK, or why there is none */
    char *message; /* when status != AWSC_OK */
    struct awsc__credentials c;
    int refs; /* private: atomic; < 0 for the static ones */
};
void awsc__identity_retain(struct awsc__identity *v);
void awsc__identity_release(struct awsc__identity *v); /* NULL is fine */
/* A failure as an identity (never NULL: out of memory gives a static
 * one). */
struct awsc__identity *awsc__identity_failure(int status, const char *message);

/* The clock of expirations: seconds since the epoch, the real clock
 * unless a test sets another (fn NULL restores it). */
int64_t awsc__creds_now(void);
void awsc__creds_set_clock(int64_t (*fn)(void *ud), void *ud);

/* Run work(ud) on a worker thread of its own, then post done to t (whose
 * loop then runs it). Called on t's loop thread; the post is announced
 * (awsc__transport_await). AWSC_E_INTERNAL when no thread can be made. */
int awsc__run_blocking(struct awsc_transport *t, struct awsc__task *done, void (*work)(void *ud),
                       void *ud);

/* ---- providers ---- */

struct awsc__provider;
struct awsc__fetch;

/* A built-in provider. */
struct awsc__provider_ops {
    const char *method; /* botocore's METHOD: "env", "iam-role", ... */
    /* Start a fetch; answer f once (awsc__fetch_ok / awsc__fetch_fail),
     * now or later, from any thread. Runs on f's transport's loop thread
     * (a worker thread with AWSC_PROVIDER_BLOCKING). */
    void (*fetch)(struct awsc__provider *p, struct awsc__fetch *f);
    void (*destroy)(void *impl); /* may be NULL */
    /* botocore returns DeferredRefreshableCredentials: nothing is fetched
     * until they are used, and what is fetched then is not checked
     * against the refresh windows again. The other providers' credentials
     * are loaded, then checked when used: credentials within 15 minutes
     * of expiring when first loaded are fetched again at once. */
    bool deferred;
};

/* kind: credentials or token. impl belongs to the provider from here
 * (ops->destroy frees it, also when this fails). */
enum awsc__provider_kind { AWSC__PROVIDER_CREDENTIALS, AWSC__PROVIDER_TOKEN };
int awsc__provider_new(const struct awsc__provider_ops *ops, void *impl,
                       enum awsc__provider_kind kind, unsigned flags, struct awsc__provider **out);
void awsc__provider_retain(struct awsc__provider *p);
void awsc__provider_release(struct awsc__provider *p); /* NULL is fine */
void *awsc__provider_impl(const struct awsc__provider *p);
/* ops->method, or a user provider's name */
const char *awsc__provider_name(const struct awsc__provider *p);

/* The public handles are the provider and fetch themselves. */
#define AWSC__PROVIDER(cp) ((struct awsc__provider *)(void *)(cp))
#define AWSC__CREDS_PUB(p) ((struct awsc_credentials_provider *)(void *)(p))
#define AWSC__TOKEN_PUB(p) ((struct awsc_token_provider *)(void *)(p))

/* A fetch's answer, from any thread, once (later answers are ignored):
 * credentials (moved from *c, which is left empty), */
void awsc__fetch_ok(struct awsc__fetch *f, struct awsc__credentials *c);
/* or none: AWSC_E_NOT_FOUND (a chain tries its next provider) or an
 * error. */
void awsc__fetch_fail(struct awsc__fetch *f, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The transport the fetch runs on: HTTP requests go there, and the
 * answer comes back to its loop. */
struct awsc_transport *awsc__fetch_transport(const struct awsc__fetch *f);

/*
 * Fetch from p now, past its cache (chains ask their members this way,
 * a refresh is one of these): p's fetch starts on t's loop thread (or a
 * worker), and cb(ud, value) runs later on t's loop with a reference to
 * what it came to (the callee releases it). Never calls cb from inside.
 * Fails (AWSC_E_NOMEM, AWSC_E_INTERNAL) only before starting.
 */
typedef void awsc__fetch_cb(void *ud, struct awsc__identity *value);
int awsc__provider_fetch(struct awsc__provider *p, struct awsc_transport *t, awsc__fetch_cb *cb,
                         void *ud, struct awsc_error *err);

/*
 * A caller waiting for p's credentials: embedded in what waits (a call),
 * valid until its callback runs or awsc__provider_cancel().
 */
typedef void awsc__get_cb(void *ud, struct awsc__identity *value);
struct awsc__waiter {
    struct awsc__task task; /* private, all of it */
    struct awsc__waiter *next;
    struct awsc__provider *p;
    struct awsc_transport *t;
    awsc__get_cb *cb;
    void *ud;
    struct awsc__identity *value;
    bool sync;
    bool registered; /* on p's list (under p's lock) */
    bool active;     /* between AWSC__PENDING and the callback */
};
#define AWSC__PENDING 1

/*
 * Usable credentials (or a token) from p's cache, refreshing as botocore
 * does: 15 minutes before they expire a refresh starts in the background
 * (a sync caller waits for the one it starts, and keeps the old ones if
 * it fails); 10 minutes before, and when there are none, every caller
 * waits for the one refresh. Tokens refresh at most once a minute.
 *
 *  - AWSC_OK: *out is a reference to usable credentials (release it).
 *  - AWSC__PENDING: w is waiting; cb(ud, value) runs later on t's loop
 *    with a reference to credentials or to the failure. Until then t
 *    counts it as pending. Cancel with awsc__provider_cancel().
 *  - an error (err filled): nothing started.
 *
 * A refresh runs on the transport of the caller that found it needed
 * (t); when that transport goes away mid-refresh the callers waiting on
 * others start another.
 */
int awsc__provider_get(struct awsc__provider *p, struct awsc_transport *t, bool sync,
                       struct awsc__waiter *w, awsc__get_cb *cb, void *ud,
                       struct awsc__identity **out, struct awsc_error *err);
/* On w's transport's loop thread: w no longer waits; its callback will
 * not run. Fine on a waiter that is not waiting. */
void awsc__provider_cancel(struct awsc__waiter *w);
/* The same, blocking: drives t's loop (t must not have an application's
 * loop) until p answers. For sync paths (presigning, the CLI). */
int awsc__provider_get_blocking(struct awsc__provider *p, struct awsc_transport *t,
                                struct awsc__identity **out, struct awsc_error *err);
/* p's cached identity when it is usable now (not expired), a reference
 * to release; NULL otherwise. Starts nothing. */
struct awsc__identity *awsc__provider_peek(struct awsc__provider *p);
/* true when v's expiration has passed at now. */
bool awsc__identity_expired(const struct awsc__identity *v, int64_t now);

/*
 * The bearer token the signer puts in "Authorization: Bearer TOKEN" for an
 * operation whose auth is AWSC_AUTH_BEARER, from the client's token
 * provider (kind AWSC__PROVIDER_TOKEN; botocore's SSOTokenProvider unless
 * awsc_config.token_provider names another). It answers as
 * awsc__provider_get() does, with the token in (*out)->c.token: at once
 * from the cache, or AWSC__PENDING and cb(ud, value) on t's loop once the
 * refresh (at most one a minute) is done. The call path (client/call.c)
 * calls it before each attempt, as it asks the credentials provider before
 * signing with SigV4. AWSC_E_INVALID_ARG for a provider of credentials.
 */
int awsc__token_get(struct awsc__provider *tp, struct awsc_transport *t, bool sync,
                    struct awsc__waiter *w, awsc__get_cb *cb, void *ud, struct awsc__identity **out,
                    struct awsc_error *err);

/* ---- chains (chain.c) ---- */

/* members (each retained) asked in order; the one that answers is kept
 * for refreshes. */
int awsc__chain_new(struct awsc__provider *const *members, size_t count, bool nested,
                    struct awsc__provider **out);
/* nested: a chain inside another (the profile providers of a source
 * profile): finding nothing is AWSC_E_NOT_FOUND rather than
 * AWSC_E_CREDENTIALS "Unable to locate credentials". */
/* A static provider. */
int awsc__static_provider_new(const struct awsc_credentials *creds, const char *source,
                              struct awsc__provider **out);

/* ---- the built-in providers ---- */

/* What the built-in providers share: the shared files and the profile,
 * the STS region, the MFA callback. */
struct awsc__creds_env {
    struct awsc__shared_config *cfg; /* retained */
    char *region;                    /* for STS; NULL: none */
    awsc_mfa_fn *mfa;
    void *mfa_ud;
    _Atomic int refs; /* private */
};
/* Resolve options (files, profile, region) into a new env; AWSC_E_NOMEM,
 * and the errors of awsc__shared_config_load. */
int awsc__creds_env_new(const struct awsc_credentials_options *o, struct awsc__creds_env **out,
                        struct awsc_error *err);
/* For clients: from a loaded shared config and the client's region. */
int awsc__creds_env_from(struct awsc__shared_config *cfg, const char *region, awsc_mfa_fn *mfa,
                         void *mfa_ud, struct awsc__creds_env **out);
void awsc__creds_env_retain(struct awsc__creds_env *e);
void awsc__creds_env_release(struct awsc__creds_env *e);

/* Each takes a reference to env. profile NULL: env's profile. */
int awsc__env_provider_new(struct awsc__provider **out);
#if AWSC_WITH_SHARED_CONFIG
int awsc__file_provider_new(struct awsc__creds_env *env, const char *profile,
                            enum awsc__shared_file which, struct awsc__provider **out);
#endif
/* With -Dshared_config=false, boto's is left_out.c's stand-in: nothing
 * unless BOTO_CONFIG names a file, which it refuses. */
int awsc__ec2_file_provider_new(struct awsc__provider **out);
int awsc__boto_provider_new(struct awsc__provider **out);
int awsc__process_provider_new(struct awsc__creds_env *env, const char *profile,
                               struct awsc__provider **out);
int awsc__imds_provider_new(struct awsc__creds_env *env, struct awsc__provider **out);
int awsc__container_provider_new(struct awsc__provider **out);
/* disable_env: botocore's disable_env_vars (an explicit profile, or a
 * source profile) */
int awsc__web_identity_provider_new(struct awsc__creds_env *env, const char *profile,
                                    bool disable_env, struct awsc__provider **out);
int awsc__assume_role_provider_new(struct awsc__creds_env *env, const char *profile,
                                   struct awsc__provider **out);
int awsc__sso_provider_new(struct awsc__creds_env *env, const char *profile,
                           struct awsc__provider **out);
int awsc__sso_token_provider_new(struct awsc__creds_env *env, const char *profile,
                                 struct awsc__provider **out);
/* A provider -Dcredential_providers leaves out (<awsc/build_config.h>)
 * keeps its constructor above: it makes a stand-in (left_out.c) that finds
 * nothing where the real one would find nothing, and fails with
 * AWSC_E_UNSUPPORTED where the profile or the environment asks for the
 * provider. Its message ends with AWSC__LEFT_OUT("choice"). */
#define AWSC__LEFT_OUT(choice) \
    ", which this build of awsc leaves out (-Dcredential_providers without " choice ")"
/* AWSC_E_UNSUPPORTED (err filled) when botocore's method names a provider
 * this build leaves out (awsc_credentials_provider_builtin); else AWSC_OK. */
int awsc__provider_left_out(const char *method, struct awsc_error *err);
/* The same for a provider only the shared files configure (assume-role,
 * sso, custom-process, the files' own, boto-config) in a build with
 * -Dshared_config=false; else AWSC_OK. */
int awsc__provider_needs_files(const char *method, struct awsc_error *err);
/* The end of the messages of -Dshared_config=false. */
#define AWSC__NO_SHARED_CONFIG \
    "this build of awsc reads no shared config or credentials file (-Dshared_config=false)"
/* botocore's ProfileProviderBuilder.providers(profile): web identity,
 * SSO, shared credentials file, process, config file, as a chain. */
int awsc__profile_chain_new(struct awsc__creds_env *env, const char *profile, bool disable_env,
                            struct awsc__provider **out);
/* The whole default chain for env. */
int awsc__default_chain_new(struct awsc__creds_env *env, struct awsc__provider **out);

/* ---- the instance metadata service (imds.c) ---- */

struct awsc__imds_settings {
    char *base_url; /* the endpoint, e.g. "http://169.254.169.254/" */
    long timeout_ms;
    int attempts;
    bool disabled;    /* AWS_EC2_METADATA_DISABLED */
    bool v1_disabled; /* ec2_metadata_v1_disabled */
};
/* The settings from the environment and cfg's profile; AWSC_E_CONFIG for
 * a bad value (naming the setting). */
int awsc__imds_settings(const struct awsc__shared_config *cfg, struct awsc__imds_settings *s,
                        struct awsc_error *err);
void awsc__imds_settings_clean_up(struct awsc__imds_settings *s);
struct awsc__imds_result {
    int status; /* AWSC_E_NOT_FOUND: IMDS has nothing (message says why) */
    const char *message;
    const struct awsc__credentials *creds; /* the role's credentials */
    const char *region;                    /* want_region */
};
typedef void awsc__imds_cb(void *ud, const struct awsc__imds_result *r);
/* Token, then the role's credentials (or the region), on t; cb runs once
 * on t's loop. */
int awsc__imds_start(struct awsc_transport *t, const struct awsc__imds_settings *s,
                     bool want_region, awsc__imds_cb *cb, void *ud);
/* The AWS CLI's IMDSRegionProvider, blocking (client creation): the
 * region of the instance's availability zone, or *out NULL when IMDS is
 * disabled or gives none (or is left out of the build: -Dcredential_providers
 * without imds). */
int awsc__imds_region(const struct awsc__shared_config *cfg, const char *ca_bundle, char **out,
                      struct awsc_error *err);

/* ---- the providers' own service calls (service_call.c) ---- */

/* A client of svc (awsc_creds_sts_service, ...) on t for one call: the
 * settings of env's profile, region (NULL: none, so STS's global
 * endpoint), signing with creds (NULL: unsigned operations only). */
struct awsc__temp_client;
int awsc__temp_client_new(const struct awsc_service *svc, struct awsc__creds_env *env,
                          const char *region, struct awsc_transport *t,
                          struct awsc__provider *creds, struct awsc__temp_client **out,
                          struct awsc_error *err);
struct awsc_client *awsc__temp_client_get(struct awsc__temp_client *tc);
/* From the call's callback: the client goes once the loop is back. */
void awsc__temp_client_done(struct awsc__temp_client *tc);
/* When the call could not even start. */
void awsc__temp_client_destroy(struct awsc__temp_client *tc);
/* "An error occurred (Code) when calling the Op operation: message", as
 * botocore's ClientError says it, or the message of another failure;
 * NULL when out of memory. Free it. */
char *awsc__service_error_text(int status, const struct awsc_error *err, const char *operation);
/* The account of an ARN, in buf; NULL when arn is not one. */
const char *awsc__arn_account(const char *arn, char *buf, size_t cap);

/* ---- small helpers the providers share (provider_util.c) ---- */

/* botocore's ensure_boolean of an environment variable or profile key. */
bool awsc__env_true(const char *name);
/* A small HTTP exchange on t: method url with headers, the whole body
 * collected. cb runs on t's loop once (status AWSC_OK means a response
 * arrived, whatever its HTTP status). Built with the container or IMDS
 * provider only. */
struct awsc__http_result {
    int status;          /* transport outcome */
    const char *message; /* when status != AWSC_OK */
    int http_status;
    const char *body; /* NUL-terminated */
    size_t body_len;
};
typedef void awsc__http_cb(void *ud, const struct awsc__http_result *r);
struct awsc__http_get_args {
    const char *method;
    const char *url;
    const struct awsc_http_header *headers;
    size_t header_count;
    long timeout_ms; /* connect and read */
};
int awsc__http_exchange(struct awsc_transport *t, const struct awsc__http_get_args *a,
                        awsc__http_cb *cb, void *ud);
/* ISO 8601 (and the other forms awsc__ts_parse reads) to epoch seconds;
 * false when it is not a timestamp. */
bool awsc__parse_expiration(const char *s, int64_t *out);
/* botocore's shlex split (POSIX mode): words in *argv (NULL-terminated,
 * free with awsc__argv_free); AWSC_E_CONFIG with why for a bad quote.
 * Built with the credential_process provider only. */
int awsc__shell_split(const char *s, char ***argv, struct awsc_error *err);
void awsc__argv_free(char **argv);

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
