/*
 * Clients: configuration resolved once (region, endpoint URL, credentials,
 * retries, timeouts) as botocore resolves it, and the transports calls run
 * on.
 */
#include "client.h"

#include <stdlib.h>
#include <string.h>

#define DEFAULT_TIMEOUT_MS      60000
#define STANDARD_MAX_ATTEMPTS   3
#define LEGACY_MAX_ATTEMPTS     5
#define DEFAULT_MAX_CONNECTIONS 16

/* Where credentials and tokens come from: the explicit credentials, the
 * given provider, or botocore's chain for the client's profile (built now,
 * fetched by the first call that signs). A provider that cannot be made is
 * kept as creds_error: unsigned operations still work, and each signed
 * call reports it. */
static int resolve_identity(struct awsc_client *c, const struct awsc_config *cfg, unsigned flags,
                            struct awsc_error *err)
{
    int status = AWSC_OK;
    if (flags & AWSC__CLIENT_ANONYMOUS) {
        if (cfg->credentials_provider) {
            c->creds_provider = AWSC__PROVIDER(cfg->credentials_provider);
            awsc__provider_retain(c->creds_provider);
        } else {
            awsc__fail(&c->creds_error, AWSC_E_CREDENTIALS, "Unable to locate credentials");
        }
        return AWSC_OK;
    }
    /* an explicit struct with neither key counts as none, as botocore's
     * create_client(aws_access_key_id=None, ...) */
    const struct awsc_credentials *x = cfg->credentials;
    bool explicit_creds = x && (x->access_key_id || x->secret_access_key);
    if (explicit_creds) {
        if (!x->access_key_id || !x->secret_access_key)
            awsc__fail(&c->creds_error, AWSC_E_CREDENTIALS,
                       "Partial credentials found in explicit, missing: %s",
                       x->access_key_id ? "aws_secret_access_key" : "aws_access_key_id");
        else
            status = awsc__static_provider_new(x, "explicit", &c->creds_provider);
    } else if (cfg->credentials_provider) {
        c->creds_provider = AWSC__PROVIDER(cfg->credentials_provider);
        awsc__provider_retain(c->creds_provider);
    }
    struct awsc__creds_env *env = NULL;
    if (status == AWSC_OK &&
        ((!explicit_creds && !cfg->credentials_provider) || !cfg->token_provider))
        status = awsc__creds_env_from(c->shared, c->region[0] ? c->region : NULL, cfg->mfa,
                                      cfg->mfa_user_data, &env);
    if (status == AWSC_OK && !explicit_creds && !cfg->credentials_provider)
        status = awsc__default_chain_new(env, &c->creds_provider);
    if (status == AWSC_OK && cfg->token_provider) {
        c->token_provider = AWSC__PROVIDER(cfg->token_provider);
        awsc__provider_retain(c->token_provider);
    } else if (status == AWSC_OK) {
        status = awsc__sso_token_provider_new(env, NULL, &c->token_provider);
    }
    awsc__creds_env_release(env);
    return status == AWSC_OK ? AWSC_OK : awsc__fail(err, status, "%s", awsc_strerror(status));
}

/* botocore: the client's verify, then the ca_bundle setting
 * (AWS_CA_BUNDLE, the profile's ca_bundle), then REQUESTS_CA_BUNDLE. */
static int resolve_ca_bundle(struct awsc_client *c, const struct awsc_config *cfg,
                             struct awsc_error *err)
{
    int status = awsc__config_resolve_value(c->shared, cfg->ca_bundle, "AWS_CA_BUNDLE", "ca_bundle",
                                            &c->ca_bundle, err);
    if (status == AWSC_OK && !c->ca_bundle)
        status =
            awsc__config_resolve_value(NULL, NULL, "REQUESTS_CA_BUNDLE", NULL, &c->ca_bundle, err);
    return status;
}

/* client.h */
const char *awsc__static_account_id(const struct awsc__shared_config *shared,
                                    const struct awsc_config *cfg)
{
    const struct awsc_credentials *x = cfg->credentials;
    if ((x && (x->access_key_id || x->secret_access_key)) || cfg->credentials_provider)
        return NULL;
    const char *v = getenv("AWS_ACCESS_KEY_ID");
    if (awsc__shared_config_profile_source(shared) != AWSC__PROFILE_EXPLICIT && v && *v) {
        v = getenv("AWS_ACCOUNT_ID");
        return v && *v ? v : NULL;
    }
    static const char *const fetched[] = {"role_arn", "web_identity_token_file", "sso_session",
                                          "sso_start_url", "credential_process"};
    for (size_t i = 0; i < sizeof fetched / sizeof fetched[0]; i++)
        if (awsc__profile_get(shared, NULL, fetched[i]))
            return NULL;
    static const enum awsc__shared_file files[] = {AWSC__FILE_CREDENTIALS, AWSC__FILE_CONFIG};
    for (size_t i = 0; i < 2; i++) {
        const char *key = NULL, *account = NULL;
        if (awsc__profile_file_get(shared, files[i], NULL, "aws_access_key_id", &key) && key) {
            awsc__profile_file_get(shared, files[i], NULL, "aws_account_id", &account);
            return account;
        }
    }
    return NULL;
}

static int resolve(struct awsc_client *c, const struct awsc_config *cfg, unsigned flags,
                   struct awsc_error *err)
{
    struct awsc__shared_config_options so = {.profile = cfg->profile};
    int status = awsc__shared_config_load(&so, &c->shared, err);
    if (status == AWSC_OK)
        status = resolve_ca_bundle(c, cfg, err);
    if (status != AWSC_OK)
        return status;

    char *region = NULL;
    status = awsc__config_resolve_region(c->shared, cfg->region, &region, err);
    /* nothing names a region: the instance's, as the AWS CLI asks IMDS */
    if (status == AWSC_OK && !region && !(flags & AWSC__CLIENT_NO_IMDS_REGION))
        status = awsc__imds_region(c->shared, c->ca_bundle, &region, err);
    if (status != AWSC_OK)
        return status;
    c->region = region ? region : awsc__strdup("");

    status = awsc__config_resolve_endpoint_url(
        c->shared, cfg->endpoint_url, awsc_service_env_name(c->service), &c->endpoint_url, err);
    if (status != AWSC_OK)
        return status;
    if (c->endpoint_url && !strstr(c->endpoint_url, "://"))
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Invalid endpoint: %s (an endpoint URL needs a scheme, e.g. "
                          "http://127.0.0.1:8000)",
                          c->endpoint_url);
    status = awsc__endpoint_config_resolve(c->shared, c->service, c->region, c->endpoint_url,
                                           awsc__static_account_id(c->shared, cfg), &cfg->endpoint,
                                           &c->endpoint, err);
    if (status == AWSC_OK && awsc__endpoint_cache_new(0, &c->endpoint_cache) != AWSC_OK)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status != AWSC_OK)
        return status;

    char *mode = NULL;
    status = awsc__config_resolve_retry_mode(c->shared, cfg->retry_mode, &mode, err);
    if (status != AWSC_OK)
        return status;
    bool legacy = mode && strcmp(mode, "legacy") == 0;
    c->adaptive = mode && strcmp(mode, "adaptive") == 0;
    awsc__free(mode);
    status = awsc__config_resolve_max_attempts(c->shared, cfg->max_attempts, &c->max_attempts, err);
    if (status != AWSC_OK)
        return status;
    if (c->max_attempts <= 0)
        c->max_attempts = legacy ? LEGACY_MAX_ATTEMPTS : STANDARD_MAX_ATTEMPTS;
    c->quota.tokens = 500;

    status = awsc__config_resolve_checksum(
        c->shared, cfg->request_checksum_calculation, "AWS_REQUEST_CHECKSUM_CALCULATION",
        "request_checksum_calculation", &c->checksum_when_required, err);
    if (status == AWSC_OK)
        status = awsc__config_resolve_checksum(
            c->shared, cfg->response_checksum_validation, "AWS_RESPONSE_CHECKSUM_VALIDATION",
            "response_checksum_validation", &c->validate_when_required, err);
    if (status == AWSC_OK)
        status = awsc__config_resolve_compression(
            c->shared, cfg->disable_request_compression, cfg->request_min_compression_size_bytes,
            &c->compression_disabled, &c->min_compression_size, err);
    if (status == AWSC_OK)
        status = awsc__config_resolve_expect_continue(
            c->shared, cfg->expect_continue_min_size_bytes, &c->expect_continue_min_size, err);
    if (status == AWSC_OK)
        status = awsc__config_resolve_value(
            c->shared, cfg->sigv4a_signing_region_set, "AWS_SIGV4A_SIGNING_REGION_SET",
            "sigv4a_signing_region_set", &c->sigv4a_region_set, err);
    if (status != AWSC_OK)
        return status;

    if (cfg->connect_timeout_ms < AWSC_TIMEOUT_NONE || cfg->read_timeout_ms < AWSC_TIMEOUT_NONE)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_config: a timeout is a number of milliseconds, 0 for the "
                          "default or AWSC_TIMEOUT_NONE, not %ld",
                          cfg->connect_timeout_ms < AWSC_TIMEOUT_NONE ? cfg->connect_timeout_ms
                                                                      : cfg->read_timeout_ms);
    c->connect_timeout_ms = cfg->connect_timeout_ms ? cfg->connect_timeout_ms : DEFAULT_TIMEOUT_MS;
    c->read_timeout_ms = cfg->read_timeout_ms ? cfg->read_timeout_ms : DEFAULT_TIMEOUT_MS;

    c->no_verify_ssl = cfg->no_verify_ssl;
    /* unsigned requests: no credentials, and nothing to presign with */
    c->no_sign_request = cfg->no_sign_request;
    if (c->no_sign_request) {
        awsc__fail(&c->creds_error, AWSC_E_CREDENTIALS,
                   "This client sends its requests unsigned (no_sign_request): it has no "
                   "credentials to sign with");
        return awsc__signer_new(&c->log, &c->signer);
    }
    status = resolve_identity(c, cfg, flags, err);
    if (status != AWSC_OK)
        return status;
    return awsc__signer_new(&c->log, &c->signer);
}

int awsc_client_new(const struct awsc_service *service, const struct awsc_config *config,
                    struct awsc_client **client_out, struct awsc_error *err)
{
    return awsc__client_new(service, config, 0, client_out, err);
}

int awsc__client_new(const struct awsc_service *service, const struct awsc_config *config,
                     unsigned flags, struct awsc_client **client_out, struct awsc_error *err)
{
    if (!client_out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_client_new: client_out is NULL");
    *client_out = NULL;
    if (!service)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_client_new: service is NULL");
    const struct awsc__protocol *proto = awsc__protocol_for(service->protocol);
    if (!proto) {
        static const char *const names[] = {"?", "json", "rest-json", "rest-xml", "query", "ec2",
                                            "smithy-rpc-v2-cbor"};
        return awsc__fail(err, AWSC_E_UNSUPPORTED,
                          "%s speaks %s, and no service of this build of awsc does: the "
                          "build leaves that protocol's codec out",
                          awsc_service_service_id(service),
                          service->protocol < AWSC_ARRAY_LEN(names) ? names[service->protocol]
                                                                    : "an unknown protocol");
    }
    struct awsc_config none = AWSC_CONFIG_INIT;
    const struct awsc_config *cfg = config ? config : &none;
#if !AWSC_WITH_LOG
    if (cfg->log_fn)
        return awsc__fail(err, AWSC_E_UNSUPPORTED,
                          "a log_fn was given, but this build of awsc has no debug log "
                          "(-Dlogging=false)");
#endif
    struct awsc_client *c = awsc__calloc(1, sizeof *c);
    if (!c)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (pthread_mutex_init(&c->mu, NULL) != 0) {
        awsc__free(c);
        return awsc__fail(err, AWSC_E_INTERNAL, "could not make the client's mutex");
    }
    if (pthread_cond_init(&c->cv, NULL) != 0) {
        pthread_mutex_destroy(&c->mu);
        awsc__free(c);
        return awsc__fail(err, AWSC_E_INTERNAL, "could not make the client's condition variable");
    }
    c->service = service;
    c->protocol = proto;
    c->log.fn = cfg->log_fn;
    c->log.ud = cfg->log_ud;
    c->fixed_time = cfg->fixed_time;
    c->fixed_invocation_id =
        cfg->fixed_invocation_id ? awsc__strdup(cfg->fixed_invocation_id) : NULL;
    if (cfg->transport) {
        c->transport = cfg->transport;
        c->transport_given = true;
        awsc_transport_retain(c->transport);
    }
    int status = resolve(c, cfg, flags, err);
    if (status != AWSC_OK) {
        awsc_client_destroy(c);
        return status;
    }
    *client_out = c;
    return AWSC_OK;
}

void awsc_client_destroy(struct awsc_client *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    c->destroying = true;
    pthread_mutex_unlock(&c->mu);
    awsc__client_cancel_all(c);
    for (size_t i = 0; i < c->idle_len; i++)
        awsc_transport_release(c->idle[i]);
    awsc__free(c->idle);
    awsc_transport_release(c->transport);
    awsc__share_release(c->share);
    awsc__signer_destroy(c->signer);
    awsc__provider_release(c->creds_provider);
    awsc__provider_release(c->token_provider);
    awsc_error_clean_up(&c->creds_error);
    awsc__free(c->ca_bundle);
    awsc__endpoint_cache_destroy(c->endpoint_cache);
    awsc__endpoint_config_clean_up(&c->endpoint);
    awsc__shared_config_destroy(c->shared);
    awsc__free(c->region);
    awsc__free(c->endpoint_url);
    awsc__free(c->sigv4a_region_set);
    awsc__free((char *)c->fixed_invocation_id);
    pthread_cond_destroy(&c->cv);
    pthread_mutex_destroy(&c->mu);
    awsc__free(c);
}

int awsc__client_async_transport(struct awsc_client *c, struct awsc_transport **out,
                                 struct awsc_error *err)
{
    int status = AWSC_OK;
    pthread_mutex_lock(&c->mu);
    if (!c->transport) {
        /* calls beyond this many connections wait their turn: one socket
         * per call in flight would run out of descriptors and be slower */
        struct awsc_transport_options o = {.max_connections = DEFAULT_MAX_CONNECTIONS,
                                           .ca_bundle = c->ca_bundle};
        status = awsc_transport_new_default(&o, &c->transport);
        if (status != AWSC_OK)
            awsc__fail(err, status, "could not create the HTTP transport: %s",
                       awsc__transport_default_problem(status));
    }
    *out = c->transport;
    pthread_mutex_unlock(&c->mu);
    return status;
}

/* Sync calls run on a loop of their own, so that they never run other
 * calls' callbacks: a transport per thread calling at once, taken from the
 * client's idle ones or made now, and kept for the next call (connections
 * stay open, as one thread's calls would keep them). Unless the
 * application gave a transport and drives no loop of its own on it: then
 * that transport serves both (e.g. the stub), its loop run by one thread
 * at a time. */
int awsc__client_sync_transport(struct awsc_client *c, struct awsc_transport **out,
                                struct awsc_error *err)
{
    *out = NULL;
    pthread_mutex_lock(&c->mu);
    if (c->transport_given && !awsc__transport_has_external_loop(c->transport)) {
        *out = c->transport;
    } else if (c->idle_len) {
        *out = c->idle[--c->idle_len];
    } else if (!c->share) {
        c->share = awsc__share_new(); /* NULL: each transport on its own */
    }
    struct awsc__share *share = c->share;
    pthread_mutex_unlock(&c->mu);
    if (*out)
        return AWSC_OK;
    struct awsc_transport_options o = {.ca_bundle = c->ca_bundle};
    int status = awsc__transport_new_default_shared(&o, share, out);
    if (status != AWSC_OK)
        return awsc__fail(err, status, "could not create the HTTP transport: %s",
                          awsc__transport_default_problem(status));
    return AWSC_OK;
}

void awsc__client_sync_transport_done(struct awsc_client *c, struct awsc_transport *t)
{
    if (!t || t == c->transport)
        return;
    pthread_mutex_lock(&c->mu);
    if (c->idle_len == c->idle_cap) {
        size_t cap = c->idle_cap ? c->idle_cap * 2 : 4;
        struct awsc_transport **idle = awsc__realloc(c->idle, cap * sizeof *idle);
        if (idle) {
            c->idle = idle;
            c->idle_cap = cap;
        }
    }
    bool kept = c->idle_len < c->idle_cap;
    if (kept)
        c->idle[c->idle_len++] = t;
    pthread_mutex_unlock(&c->mu);
    if (!kept)
        awsc_transport_release(t); /* out of memory: not kept */
}

int awsc__client_identity(struct awsc_client *c, struct awsc__identity **out,
                          struct awsc_error *err)
{
    *out = NULL;
    if (!c->creds_provider)
        return awsc__fail(
            err, c->creds_error.status ? c->creds_error.status : AWSC_E_CREDENTIALS, "%s",
            c->creds_error.message ? c->creds_error.message : "Unable to locate credentials");
    struct awsc_transport *t = NULL;
    int status = awsc__client_sync_transport(c, &t, err);
    if (status == AWSC_OK)
        status = awsc__provider_get_blocking(c->creds_provider, t, out, err);
    awsc__client_sync_transport_done(c, t);
    return status;
}

const struct awsc_service *awsc_client_service(const struct awsc_client *c)
{
    return c ? c->service : NULL;
}

const char *awsc_client_region(const struct awsc_client *c)
{
    return c ? c->region : NULL;
}

const char *awsc_client_endpoint_url(const struct awsc_client *c)
{
    return c ? c->endpoint_url : NULL;
}

struct awsc_transport *awsc_client_transport(struct awsc_client *c)
{
    struct awsc_transport *t = NULL;
    if (c && awsc__client_async_transport(c, &t, NULL) != AWSC_OK)
        return NULL;
    return t;
}

/* The async transport, or NULL before the first async call. */
static struct awsc_transport *async_transport_now(struct awsc_client *c)
{
    pthread_mutex_lock(&c->mu);
    struct awsc_transport *t = c->transport;
    pthread_mutex_unlock(&c->mu);
    return t;
}

int awsc_client_run(struct awsc_client *c)
{
    if (!c)
        return AWSC_E_INVALID_ARG;
    struct awsc_transport *t = async_transport_now(c);
    return t ? awsc_transport_run(t) : AWSC_OK;
}

int awsc_client_poll(struct awsc_client *c, int timeout_ms)
{
    if (!c)
        return AWSC_E_INVALID_ARG;
    struct awsc_transport *t = async_transport_now(c);
    return t ? awsc_transport_poll(t, timeout_ms) : 0;
}

int awsc_enum_parse(const char *values, int count, const char *value)
{
    if (!value)
        return 0;
    for (int i = 0; i < count; i++, values += strlen(values) + 1)
        if (strcmp(values, value) == 0)
            return i + 1;
    return 0;
}

const char *awsc_enum_str(const char *values, int count, int index)
{
    if (index < 1 || index > count)
        return NULL;
    for (int i = 1; i < index; i++)
        values += strlen(values) + 1;
    return values;
}

const struct awsc_operation *awsc_service_operation(const struct awsc_service *svc,
                                                    const char *name)
{
    if (!svc || !name)
        return NULL;
    size_t lo = 0, hi = svc->operation_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, awsc_operation_name(awsc_service_operation_at(svc, mid)));
        if (c == 0)
            return awsc_service_operation_at(svc, mid);
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* The string after s in a member's names. */
static const char *next_name(const char *s)
{
    return s + strlen(s) + 1;
}

const char *awsc_member_wire_name(const struct awsc_member *m)
{
    const char *name = awsc_member_name(m);
    return m->flags & AWSC_MF_WIRE_NAME ? next_name(name) : name;
}

const char *awsc_member_query_name(const struct awsc_member *m)
{
    return m->flags & AWSC_MF_QUERY_NAME ? next_name(awsc_member_wire_name(m)) : NULL;
}

/* A namespace stored as its prefix ("" for the default namespace) and
 * its URI, one after the other, filled into *ns. */
static const struct awsc_xml_namespace *namespace_at(const char *prefix,
                                                     struct awsc_xml_namespace *ns)
{
    ns->prefix = *prefix ? prefix : NULL;
    ns->uri = next_name(prefix);
    return ns;
}

const struct awsc_xml_namespace *awsc_member_xml_namespace(const struct awsc_member *m,
                                                           struct awsc_xml_namespace *ns)
{
    if (!(m->flags & AWSC_MF_XML_NAMESPACE))
        return NULL;
    const char *prefix = next_name(awsc_member_wire_name(m));
    if (m->flags & AWSC_MF_QUERY_NAME)
        prefix = next_name(prefix);
    return namespace_at(prefix, ns);
}

const struct awsc_xml_namespace *awsc_xml_namespace_read(const awsc_ref *ref,
                                                         struct awsc_xml_namespace *ns)
{
    const char *prefix = (const char *)awsc_ref_get(ref);
    return prefix ? namespace_at(prefix, ns) : NULL;
}

const char *awsc__shape_label(const struct awsc_shape *s)
{
    static const char TYPES[][12] = {"a shape",  "a structure", "a list",    "a map",
                                     "a string", "a blob",      "a boolean", "a byte",
                                     "a short",  "an integer",  "a long",    "a float",
                                     "a double", "a timestamp", "a document"};
    const char *name = awsc_shape_name(s);
    if (name)
        return name;
    return TYPES[s->type < AWSC_ARRAY_LEN(TYPES) ? s->type : 0];
}

const struct awsc_member *awsc_shape_member_named(const struct awsc_shape *shape, const char *name)
{
    if (!shape || !name)
        return NULL;
    const struct awsc_member *members = awsc_shape_members(shape);
    for (uint32_t i = 0; i < awsc_shape_member_count(shape); i++)
        if (strcmp(awsc_member_name(&members[i]), name) == 0)
            return &members[i];
    return NULL;
}

const struct awsc_member *awsc__member_by_wire(const struct awsc_shape *s, const char *key,
                                               size_t len)
{
    const struct awsc_member *members = awsc_shape_members(s);
    const uint16_t *by_wire_name = awsc_shape_by_wire_name(s);
    size_t lo = 0, hi = awsc_shape_member_count(s);
    if (!by_wire_name) { /* the generator leaves it out where no reader searches */
        for (size_t i = 0; i < hi; i++) {
            const char *wire = awsc_member_wire_name(&members[i]);
            if (strlen(wire) == len && memcmp(wire, key, len) == 0)
                return &members[i];
        }
        return NULL;
    }
    /* by_wire_name is sorted bytewise */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct awsc_member *m = &members[by_wire_name[mid]];
        const char *wire = awsc_member_wire_name(m);
        size_t n = strlen(wire);
        int c = memcmp(wire, key, n < len ? n : len);
        if (c == 0)
            c = n < len ? -1 : n > len ? 1 : 0;
        if (c == 0)
            return m;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const struct awsc_member *awsc_shape_member(const struct awsc_shape *shape, const char *wire_name)
{
    if (!shape || !wire_name || shape->type != AWSC_SHAPE_STRUCTURE)
        return NULL;
    return awsc__member_by_wire(shape, wire_name, strlen(wire_name));
}
