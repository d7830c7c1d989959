/*
 * Clients: configuration resolved once (region, endpoint URL, credentials,
 * retries, timeouts) as botocore resolves it, and the transports calls run
 * on.
 */
#include "client.h"

#include <string.h>

#define DEFAULT_TIMEOUT_MS      60000
#define STANDARD_MAX_ATTEMPTS   3
#define LEGACY_MAX_ATTEMPTS     5
#define DEFAULT_MAX_CONNECTIONS 16

static int resolve(struct awsc_client *c, const struct awsc_config *cfg, struct awsc_error *err)
{
    struct awsc__shared_config_options so = {.profile = cfg->profile};
    int status = awsc__shared_config_load(&so, &c->shared, err);
    if (status != AWSC_OK)
        return status;

    char *region = NULL;
    status = awsc__config_resolve_region(c->shared, cfg->region, &region, err);
    if (status != AWSC_OK)
        return status;
    c->region = region ? region : awsc__strdup("");

    status = awsc__config_resolve_endpoint_url(c->shared, cfg->endpoint_url, c->service->env_name,
                                               &c->endpoint_url, err);
    if (status != AWSC_OK)
        return status;
    if (c->endpoint_url && !strstr(c->endpoint_url, "://"))
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Invalid endpoint: %s (an endpoint URL needs a scheme, e.g. "
                          "http://127.0.0.1:8000)",
                          c->endpoint_url);
    /* A credentials failure is kept, not returned: unsigned operations
     * still work, and each signed call reports it. The endpoints of some
     * services hold the credentials' account id. */
    if (awsc__credentials_resolve(cfg->credentials, c->shared, &c->creds, &c->creds_error) ==
        AWSC_E_NOMEM)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    status = awsc__endpoint_config_resolve(c->shared, c->service, c->region, c->endpoint_url,
                                           c->creds.account_id, &cfg->endpoint, &c->endpoint, err);
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

    /* botocore: the client's verify, then the ca_bundle setting
     * (AWS_CA_BUNDLE, the profile's ca_bundle), then REQUESTS_CA_BUNDLE */
    c->no_verify_ssl = cfg->no_verify_ssl;
    status = awsc__config_resolve_value(c->shared, cfg->ca_bundle, "AWS_CA_BUNDLE", "ca_bundle",
                                        &c->ca_bundle, err);
    if (status == AWSC_OK && !c->ca_bundle)
        status =
            awsc__config_resolve_value(NULL, NULL, "REQUESTS_CA_BUNDLE", NULL, &c->ca_bundle, err);
    if (status != AWSC_OK)
        return status;
    /* unsigned requests: no credentials, and nothing to presign with */
    c->no_sign_request = cfg->no_sign_request;
    if (c->no_sign_request) {
        awsc__fail(&c->creds_error, AWSC_E_CREDENTIALS,
                   "This client sends its requests unsigned (no_sign_request): it has no "
                   "credentials to sign with");
        return awsc__signer_new(&c->log, &c->signer);
    }

    return awsc__signer_new(&c->log, &c->signer);
}

int awsc_client_new(const struct awsc_service *service, const struct awsc_config *config,
                    struct awsc_client **client_out, struct awsc_error *err)
{
    if (!client_out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_client_new: client_out is NULL");
    *client_out = NULL;
    if (!service)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_client_new: service is NULL");
    const struct awsc__protocol *proto = awsc__protocol_for(service->protocol);
    if (!proto)
        return awsc__fail(err, AWSC_E_UNSUPPORTED,
                          "%s speaks a protocol this build of awsc does not have yet",
                          service->service_id);
    struct awsc_config none = AWSC_CONFIG_INIT;
    const struct awsc_config *cfg = config ? config : &none;
    struct awsc_client *c = awsc__calloc(1, sizeof *c);
    if (!c)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    c->service = service;
    c->protocol = proto;
    c->log.fn = cfg->log_fn;
    c->log.ud = cfg->log_ud;
    c->fixed_time = cfg->fixed_time;
    c->fixed_invocation_id =
        cfg->fixed_invocation_id ? awsc__strdup(cfg->fixed_invocation_id) : NULL;
    if (cfg->transport) {
        c->transport = cfg->transport;
        awsc_transport_retain(c->transport);
    }
    int status = resolve(c, cfg, err);
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
    awsc__client_cancel_all(c);
    if (c->sync_transport && !c->sync_shares_transport)
        awsc_transport_release(c->sync_transport);
    awsc_transport_release(c->transport);
    awsc__signer_destroy(c->signer);
    awsc__credentials_clean_up(&c->creds);
    awsc_error_clean_up(&c->creds_error);
    awsc__endpoint_cache_destroy(c->endpoint_cache);
    awsc__endpoint_config_clean_up(&c->endpoint);
    awsc__shared_config_destroy(c->shared);
    awsc__free(c->region);
    awsc__free(c->endpoint_url);
    awsc__free(c->ca_bundle);
    awsc__free(c->sigv4a_region_set);
    awsc__free(c->bearer_token);
    awsc__free((char *)c->fixed_invocation_id);
    awsc__free(c);
}

int awsc__client_async_transport(struct awsc_client *c, struct awsc_transport **out,
                                 struct awsc_error *err)
{
    if (!c->transport) {
        /* calls beyond this many connections wait their turn: one socket
         * per call in flight would run out of descriptors and be slower */
        struct awsc_transport_options o = {.max_connections = DEFAULT_MAX_CONNECTIONS};
        int status = awsc_transport_new_curl(&o, &c->transport);
        if (status != AWSC_OK)
            return awsc__fail(err, status, "could not create the HTTP transport: %s",
                              awsc_strerror(status));
    }
    *out = c->transport;
    return AWSC_OK;
}

/* Sync calls run on their own loop so that they never run other calls'
 * callbacks, unless the application gave a transport and drives no loop of
 * its own on it (then that transport serves both, e.g. the stub). */
int awsc__client_sync_transport(struct awsc_client *c, struct awsc_transport **out,
                                struct awsc_error *err)
{
    if (!c->sync_transport) {
        if (c->transport && !awsc__transport_has_external_loop(c->transport)) {
            c->sync_transport = c->transport;
            c->sync_shares_transport = true;
        } else {
            int status = awsc_transport_new_curl(NULL, &c->sync_transport);
            if (status != AWSC_OK)
                return awsc__fail(err, status, "could not create the HTTP transport: %s",
                                  awsc_strerror(status));
        }
    }
    *out = c->sync_transport;
    return AWSC_OK;
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

int awsc_client_run(struct awsc_client *c)
{
    if (!c)
        return AWSC_E_INVALID_ARG;
    if (!c->transport)
        return AWSC_OK;
    return awsc_transport_run(c->transport);
}

int awsc_client_poll(struct awsc_client *c, int timeout_ms)
{
    if (!c)
        return AWSC_E_INVALID_ARG;
    if (!c->transport)
        return 0;
    return awsc_transport_poll(c->transport, timeout_ms);
}

int awsc_enum_parse(const char *const *values, int count, const char *value)
{
    if (!value)
        return 0;
    for (int i = 0; i < count; i++)
        if (strcmp(values[i], value) == 0)
            return i + 1;
    return 0;
}

const char *awsc_enum_str(const char *const *values, int count, int index)
{
    return index >= 1 && index <= count ? values[index - 1] : NULL;
}

const struct awsc_operation *awsc_service_operation(const struct awsc_service *svc,
                                                    const char *name)
{
    if (!svc || !name)
        return NULL;
    size_t lo = 0, hi = svc->operation_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, svc->operations[mid]->name);
        if (c == 0)
            return svc->operations[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const struct awsc_member *awsc_shape_member(const struct awsc_shape *shape, const char *wire_name)
{
    if (!shape || !wire_name || shape->type != AWSC_SHAPE_STRUCTURE)
        return NULL;
    size_t lo = 0, hi = shape->member_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct awsc_member *m = &shape->members[shape->by_wire_name[mid]];
        int c = strcmp(wire_name, m->wire_name);
        if (c == 0)
            return m;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}
