/*
 * runtime/client/client.h - the client and the call path, private.
 */
#ifndef AWSC_CLIENT_PRIVATE_H
#define AWSC_CLIENT_PRIVATE_H

#include <awsc/awsc.h>

#include "../auth/auth.h"
#include "../http/http.h"
#include "../protocol/protocol.h"
#include "core.h"

struct awsc_retry_quota {
    int tokens; /* standard mode's retry quota (500, as botocore) */
};

struct awsc_client {
    const struct awsc_service *service;
    const struct awsc__protocol *protocol;
    struct awsc__shared_config *shared; /* the config and credentials files */
    char *region;                       /* "" when none */
    char *endpoint_url;                 /* NULL when none */
    /* credentials, resolved once when the client is made; a failure is
     * kept and reported by each call that needs to sign */
    struct awsc__credentials creds;
    struct awsc_error creds_error;
    struct awsc__signer *signer;
    struct awsc_transport *transport;      /* async calls */
    struct awsc_transport *sync_transport; /* sync calls; created on first use */
    bool sync_shares_transport;            /* sync_transport is transport */
    long connect_timeout_ms;
    long read_timeout_ms;
    int max_attempts;
    bool adaptive;
    struct awsc_retry_quota quota;
    struct awsc_log log;
    int64_t fixed_time;
    const char *fixed_invocation_id; /* tests: AWSC_TEST_INVOCATION_ID */
    int in_flight;
    struct awsc__call *calls; /* in flight, for destroy */
};

/* client.c: the transports, created on first use */
int awsc__client_sync_transport(struct awsc_client *c, struct awsc_transport **out,
                                struct awsc_error *err);
int awsc__client_async_transport(struct awsc_client *c, struct awsc_transport **out,
                                 struct awsc_error *err);
/* call.c: end every call in flight with AWSC_E_CANCELLED */
void awsc__client_cancel_all(struct awsc_client *client);

/* validate.c */
bool awsc__member_present(const struct awsc_member *m, const void *parent);
int awsc__validate(const struct awsc_operation *op, const void *input, struct awsc_error *err);

/* call.c: the request an operation's input makes, up to signing; for the
 * command-line tool's --debug and the tests. */
int awsc__build_request(struct awsc_client *client, const struct awsc_operation *op,
                        const void *input, struct awsc__request *req, struct awsc_error *err);
void awsc__request_clean_up(struct awsc__request *req);
/* endpoint.hostPrefix with its {labels} filled from the input, validated
 * as host labels; *out is NULL when the operation has none. */
int awsc__host_prefix(const struct awsc_operation *op, const void *input, struct awsc_arena *a,
                      const char **out, struct awsc_error *err);

/* retry.c */
bool awsc__retry_is_throttle(const char *code);
bool awsc__retry_is_transient(int status, int http_status, const char *code);
/* Back-off before attempt `attempt` (2, 3, ...), in milliseconds. */
int64_t awsc__retry_delay_ms(const struct awsc_client *c, int attempt, bool throttled);

#endif
