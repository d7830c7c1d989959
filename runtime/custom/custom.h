/*
 * runtime/custom/custom.h - service customizations: behaviour botocore
 * adds beyond the models for some services, as hooks of the call path.
 * Private.
 *
 * Customizations. A service's table of hooks (struct awsc__hooks) is
 * chosen from its AWSC_SVC_* flags; the call path calls each hook at one
 * named point of every call of that service:
 *
 *   prepare_input   after validation, before serializing: the input the
 *                   protocol sees, as botocore's before-parameter-build
 *                   handlers leave it (a changed copy in the request's
 *                   arena; the caller's input is never written);
 *   finish_query    after serializing, before the URL is made: query
 *                   parameters botocore's handlers add after the input's
 *                   own, which its serializer writes last;
 *   finish_request  after serializing and resolving the endpoint, before
 *                   checksums and signing: headers and body fix-ups, and
 *                   another host (botocore's before-call and
 *                   request-created);
 *   check_success   a 2xx response, read whole, before parsing: whether
 *                   it is an error in disguise (then it is handled as an
 *                   HTTP 500 with that body, retries included);
 *   finish_output   after parsing: the output fixed up (after-call).
 */
#ifndef AWSC_CUSTOM_H
#define AWSC_CUSTOM_H

#include "client/client.h"

/* ================================================================ hooks */

/* What a call's hooks remember between their points. */
struct awsc__hook_state {
    bool encoding_type_auto; /* S3: awsc set EncodingType=url, not the caller */
};

/* The request as finish_request sees it. */
struct awsc__hook_request {
    struct awsc_client *client;
    struct awsc__target *target; /* where it goes (a hook may send it elsewhere) */
    const struct awsc_operation *op;
    struct awsc__request *req;
    const struct awsc_stream *upload; /* the streamed body's source, or NULL */
    struct awsc__hook_state *state;
};

struct awsc__hooks {
    const char *name;
    int (*prepare_input)(const struct awsc_operation *op, const void **input,
                         struct awsc_arena *arena, struct awsc__hook_state *state,
                         struct awsc_error *err);
    int (*finish_query)(const struct awsc_operation *op, struct awsc__request *req,
                        const struct awsc__hook_state *state, struct awsc_error *err);
    int (*finish_request)(struct awsc__hook_request *r, struct awsc_error *err);
    bool (*check_success)(const struct awsc_operation *op, const struct awsc__response *resp);
    int (*finish_output)(const struct awsc_operation *op, const struct awsc__response *resp,
                         void *output, struct awsc_arena *arena,
                         const struct awsc__hook_state *state, struct awsc_error *err);
};

/* The hooks of a service, or NULL when it has none. */
const struct awsc__hooks *awsc__hooks_for(const struct awsc_service *svc);

/* S3 (s3.c). */
extern const struct awsc__hooks awsc__s3_hooks;
/* Copies from another region: RDS, Neptune, DocumentDB, EC2 CopySnapshot
 * (source_region.c). */
extern const struct awsc__hooks awsc__source_region_hooks;
/* Machine Learning's Predict, sent to the input's PredictEndpoint
 * (machinelearning.c). */
extern const struct awsc__hooks awsc__predict_endpoint_hooks;

#endif
