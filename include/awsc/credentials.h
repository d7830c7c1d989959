/*
 * awsc/credentials.h - where credentials and bearer tokens come from.
 *
 * A credentials provider is an object that finds credentials: the
 * environment, a profile's keys, AssumeRole, the instance metadata
 * service, or your own code (an HSM, a vault, AWS IoT's X.509 credentials
 * endpoint). A chain is a provider made of providers. A client signs with
 * the provider in awsc_config.credentials_provider; when none is given it
 * builds botocore's chain (awsc_credentials_default_chain) for its
 * profile.
 *
 * Every provider caches what it found and refreshes it as botocore does:
 * credentials with an expiration are refreshed in the background once
 * less than 15 minutes are left (the advisory window; calls keep using
 * the ones they have), and calls wait for the refresh once less than 10
 * minutes are left (the mandatory window). Credentials past their
 * expiration never sign a request. One refresh runs at a time, however
 * many calls, clients and threads need it: the others wait for it without
 * blocking their event loop. A fetch that makes HTTP requests (IMDS, the
 * container endpoint, STS, SSO) runs on the transport of the call that
 * needed it, as requests of that transport; one that blocks (a
 * credential_process, an MFA prompt, a provider made with
 * AWSC_PROVIDER_BLOCKING) runs on a worker thread.
 *
 * Providers are reference counted and thread-safe: share one between
 * clients and threads (each client holds a reference).
 */
#ifndef AWSC_CREDENTIALS_H
#define AWSC_CREDENTIALS_H

#include <awsc/common.h>

#ifdef __cplusplus
extern "C" {
#endif

struct awsc_transport;

/* Static credentials: an access key pair and an optional session token. */
struct awsc_credentials {
    const char *access_key_id;
    const char *secret_access_key;
    const char *session_token; /* NULL when none */
};

/*
 * Credentials with what is known about them. A provider hands them to
 * awsc_credentials_fetch_done(), which copies every string. From
 * awsc_credentials_provider_resolve() the strings are owned by the struct
 * until awsc_credentials_info_clean_up().
 */
struct awsc_credentials_info {
    const char *access_key_id;
    const char *secret_access_key;
    const char *session_token; /* NULL when none */
    const char *account_id;    /* the account they belong to, NULL when unknown */
    int64_t expiration;        /* seconds since the epoch; 0: they do not expire */
    /* Where they came from: botocore's method names ("env",
     * "shared-credentials-file", "config-file", "custom-process",
     * "assume-role", "assume-role-with-web-identity", "sso",
     * "container-role", "iam-role", "ec2-credentials-file",
     * "boto-config", "explicit"), or a provider's own name. Set by awsc. */
    const char *source;
};
AWSC_API void awsc_credentials_info_clean_up(struct awsc_credentials_info *info);

struct awsc_credentials_provider;
struct awsc_credentials_fetch;

/*
 * Your provider: fetch is called when credentials are needed (the first
 * time, and to refresh them). Answer exactly once, with
 * awsc_credentials_fetch_done() or awsc_credentials_fetch_fail(), from
 * inside fetch or later, from any thread. Until then awsc keeps the
 * fetch object alive and the calls that need credentials wait.
 *
 * fetch runs on the thread of the event loop that needed the credentials
 * and must not block it: start your work (an HTTP request on
 * awsc_credentials_fetch_transport(), a thread of your own) and answer
 * when it ends. With AWSC_PROVIDER_BLOCKING, fetch runs on a worker
 * thread of its own instead and may block as long as it needs.
 */
typedef void awsc_credentials_fetch_fn(void *user_data, struct awsc_credentials_fetch *fetch);
#define AWSC_PROVIDER_BLOCKING 0x1u

/* name (copied) appears in errors and as the credentials' source.
 * destroy (may be NULL) is called with user_data when the last reference
 * goes. */
AWSC_API int awsc_credentials_provider_new(const char *name, awsc_credentials_fetch_fn *fetch,
                                           void *user_data, void (*destroy)(void *user_data),
                                           unsigned flags, struct awsc_credentials_provider **out);

/* The answer: credentials found (copied), */
AWSC_API void awsc_credentials_fetch_done(struct awsc_credentials_fetch *fetch,
                                          const struct awsc_credentials_info *creds);
/* or none. status AWSC_E_NOT_FOUND means "nothing here": a chain goes on
 * to its next provider. Any other status (AWSC_E_CREDENTIALS,
 * AWSC_E_TRANSPORT, ...) is an error that ends the chain and fails the
 * calls waiting; message names what went wrong (printf-style). */
AWSC_API void awsc_credentials_fetch_fail(struct awsc_credentials_fetch *fetch, int status,
                                          const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* The transport of the call that needed the credentials: an HTTP request
 * submitted on it runs on the same loop. Valid until the answer. */
AWSC_API struct awsc_transport *awsc_credentials_fetch_transport(struct awsc_credentials_fetch *f);

/* Static credentials as a provider (strings copied), source "explicit". */
AWSC_API int awsc_credentials_provider_static(const struct awsc_credentials *creds,
                                              struct awsc_credentials_provider **out,
                                              struct awsc_error *err);

/*
 * A chain: the providers are asked in order until one finds credentials;
 * AWSC_E_NOT_FOUND from one moves on to the next, any other error stops
 * the chain. The provider that found them is the one asked again to
 * refresh them, as botocore does. Nothing found is AWSC_E_CREDENTIALS
 * "Unable to locate credentials", followed by what each provider said.
 * The chain holds a reference to each provider.
 */
AWSC_API int awsc_credentials_chain_new(struct awsc_credentials_provider *const *providers,
                                        size_t count, struct awsc_credentials_provider **out,
                                        struct awsc_error *err);

/*
 * MFA for assume-role profiles with mfa_serial: put the code for the
 * device `serial` in code (NUL-terminated, at most cap - 1 characters)
 * and return 0, or return non-zero to refuse. It runs on a worker thread
 * and may block (e.g. read a terminal). As in botocore, the credentials
 * are not refreshed again once they expire (the call fails with "Cannot
 * refresh credentials: MFA token required").
 */
typedef int awsc_mfa_fn(void *user_data, const char *serial, char *code, size_t cap);

/* What the built-in providers read; zero means as botocore: the
 * environment and the shared files. A build with -Dshared_config=false
 * (AWSC_WITH_SHARED_CONFIG 0) reads the environment only, and refuses a
 * profile (here or in AWS_PROFILE, AWS_DEFAULT_PROFILE) or a file named
 * here with AWSC_E_UNSUPPORTED. */
struct awsc_credentials_options {
    /* The profile. NULL: AWS_DEFAULT_PROFILE, AWS_PROFILE, else
     * "default". One named here is "explicit": as in botocore the chain
     * then skips the environment's credentials and web identity settings. */
    const char *profile;
    const char *config_file;      /* NULL: AWS_CONFIG_FILE, else ~/.aws/config */
    const char *credentials_file; /* NULL: AWS_SHARED_CREDENTIALS_FILE, else
                                     ~/.aws/credentials */
    /* The region of the STS client for assume-role and web identity.
     * NULL: AWS_DEFAULT_REGION, else the profile's region, as botocore's
     * session does (and no region: STS's global endpoint). */
    const char *region;
    awsc_mfa_fn *mfa; /* NULL: a profile with mfa_serial fails */
    void *mfa_user_data;
};

/*
 * botocore's chain, in botocore 1.29.27's order: env, assume-role,
 * assume-role-with-web-identity, sso, shared-credentials-file,
 * custom-process, config-file, ec2-credentials-file, boto-config,
 * container-role, iam-role (the README lists the settings each reads).
 * Nothing is read or fetched until credentials are first needed, except
 * the shared files (a file that cannot be parsed is an error here). A
 * provider this build leaves out (-Dcredential_providers, see
 * <awsc/build_config.h>) finds nothing, or fails with AWSC_E_UNSUPPORTED
 * when the profile or the environment asks for it.
 */
AWSC_API int awsc_credentials_default_chain(const struct awsc_credentials_options *options,
                                            struct awsc_credentials_provider **out,
                                            struct awsc_error *err);

/* One provider of that chain by its botocore method name (the list
 * above), configured from options like the chain's: build your own chain
 * from them and your own providers. AWSC_E_NOT_FOUND for another name,
 * AWSC_E_UNSUPPORTED for one this build leaves out. */
AWSC_API int awsc_credentials_provider_builtin(const char *method,
                                               const struct awsc_credentials_options *options,
                                               struct awsc_credentials_provider **out,
                                               struct awsc_error *err);

AWSC_API void awsc_credentials_provider_retain(struct awsc_credentials_provider *p);
/* NULL is fine. A fetch in flight keeps the provider alive until it ends. */
AWSC_API void awsc_credentials_provider_release(struct awsc_credentials_provider *p);

/*
 * Credentials now, from the provider's cache or a fetch, blocking the
 * calling thread: its HTTP requests run on a transport of their own. On
 * AWSC_OK *out holds copies (awsc_credentials_info_clean_up). Do not call
 * it from an event loop's callbacks.
 */
AWSC_API int awsc_credentials_provider_resolve(struct awsc_credentials_provider *p,
                                               struct awsc_credentials_info *out,
                                               struct awsc_error *err);

/* ------------------------------------------------------- bearer tokens */

/*
 * Token providers give the bearer tokens of operations whose auth is
 * bearer (AWSC_AUTH_BEARER: "Authorization: Bearer TOKEN"). They work like
 * credentials providers: the same cache, refresh windows (and, as
 * botocore's tokens, at most one refresh attempt a minute), threads and
 * answers.
 */
struct awsc_token_info {
    const char *token;
    int64_t expiration; /* seconds since the epoch; 0: it does not expire */
    const char *source; /* "sso", or the provider's name */
};
AWSC_API void awsc_token_info_clean_up(struct awsc_token_info *info);

struct awsc_token_provider;
struct awsc_token_fetch;
typedef void awsc_token_fetch_fn(void *user_data, struct awsc_token_fetch *fetch);

AWSC_API int awsc_token_provider_new(const char *name, awsc_token_fetch_fn *fetch, void *user_data,
                                     void (*destroy)(void *user_data), unsigned flags,
                                     struct awsc_token_provider **out);
AWSC_API void awsc_token_fetch_done(struct awsc_token_fetch *fetch,
                                    const struct awsc_token_info *token);
AWSC_API void awsc_token_fetch_fail(struct awsc_token_fetch *fetch, int status, const char *fmt,
                                    ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
AWSC_API struct awsc_transport *awsc_token_fetch_transport(struct awsc_token_fetch *f);

/*
 * botocore's SSOTokenProvider: the profile's sso_session names an
 * [sso-session NAME] section (sso_start_url, sso_region); the token is
 * the one the AWS CLI's `aws sso login` cached in
 * ~/.aws/sso/cache/SHA1(NAME).json, refreshed through SSO-OIDC
 * CreateToken (and written back) when less than 15 minutes are left. A
 * profile without sso_session finds nothing (AWSC_E_NOT_FOUND at first
 * use). AWSC_E_UNSUPPORTED in a build without SSO (AWSC_WITH_SSO 0).
 */
AWSC_API int awsc_token_provider_sso(const struct awsc_credentials_options *options,
                                     struct awsc_token_provider **out, struct awsc_error *err);
AWSC_API void awsc_token_provider_retain(struct awsc_token_provider *p);
AWSC_API void awsc_token_provider_release(struct awsc_token_provider *p);
AWSC_API int awsc_token_provider_resolve(struct awsc_token_provider *p, struct awsc_token_info *out,
                                         struct awsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
