/*
 * creds_sts_ops.c - operations of STS: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/creds_sts.h>
#include <awsc/shape.h>

#ifndef AWSC__CREDS_STS_TABLES
#define AWSC__CREDS_STS_TABLES
/* Every shape, member and name of STS in one object (creds_sts_shapes.c). */
struct awsc__creds_sts_tables {
    struct awsc_shape shapes[60];
    struct awsc_member members[53];
    uint16_t by_wire_name[53];
    struct awsc_range ranges[21];
    char strings[1834];
};
extern const struct awsc__creds_sts_tables awsc__creds_sts_tables;
#endif
extern const struct awsc_ruleset awsc__creds_sts_ruleset;
static const struct awsc_shape *const op_AssumeRole_errors[] = {
    &awsc__creds_sts_tables.shapes[7],
    &awsc__creds_sts_tables.shapes[15],
    &awsc__creds_sts_tables.shapes[17],
    &awsc__creds_sts_tables.shapes[21],
};

static const struct awsc_operation op_AssumeRole = {
    .name = "AssumeRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__creds_sts_tables.shapes[0],
    .output = &awsc__creds_sts_tables.shapes[1],
    .errors = op_AssumeRole_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_creds_sts_service,
    .result_wrapper = "AssumeRoleResult",
};

int awsc_creds_sts_assume_role(struct awsc_client *client,
                               const struct awsc_creds_sts_assume_role_input *input,
                               struct awsc_creds_sts_assume_role_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AssumeRole, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void assume_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_creds_sts_assume_role_cb *)cb)(user_data, status, output, err);
}

int awsc_creds_sts_assume_role_async(struct awsc_client *client,
                                     const struct awsc_creds_sts_assume_role_input *input,
                                     awsc_creds_sts_assume_role_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AssumeRole, input, assume_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AssumeRoleWithWebIdentity_errors[] = {
    &awsc__creds_sts_tables.shapes[7],
    &awsc__creds_sts_tables.shapes[9],
    &awsc__creds_sts_tables.shapes[10],
    &awsc__creds_sts_tables.shapes[12],
    &awsc__creds_sts_tables.shapes[15],
    &awsc__creds_sts_tables.shapes[17],
    &awsc__creds_sts_tables.shapes[21],
};

static const struct awsc_operation op_AssumeRoleWithWebIdentity = {
    .name = "AssumeRoleWithWebIdentity",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__creds_sts_tables.shapes[2],
    .output = &awsc__creds_sts_tables.shapes[3],
    .errors = op_AssumeRoleWithWebIdentity_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_NONE,
    .service = &awsc_creds_sts_service,
    .result_wrapper = "AssumeRoleWithWebIdentityResult",
};

int awsc_creds_sts_assume_role_with_web_identity(struct awsc_client *client,
                                                 const struct awsc_creds_sts_assume_role_with_web_identity_input *input,
                                                 struct awsc_creds_sts_assume_role_with_web_identity_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AssumeRoleWithWebIdentity, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void assume_role_with_web_identity_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_creds_sts_assume_role_with_web_identity_cb *)cb)(user_data, status, output, err);
}

int awsc_creds_sts_assume_role_with_web_identity_async(struct awsc_client *client,
                                                       const struct awsc_creds_sts_assume_role_with_web_identity_input *input,
                                                       awsc_creds_sts_assume_role_with_web_identity_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AssumeRoleWithWebIdentity, input, assume_role_with_web_identity_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AssumeRole,
    &op_AssumeRoleWithWebIdentity,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__creds_sts_tables.shapes[7],
    &awsc__creds_sts_tables.shapes[8],
    &awsc__creds_sts_tables.shapes[9],
    &awsc__creds_sts_tables.shapes[10],
    &awsc__creds_sts_tables.shapes[11],
    &awsc__creds_sts_tables.shapes[12],
    &awsc__creds_sts_tables.shapes[14],
    &awsc__creds_sts_tables.shapes[15],
    &awsc__creds_sts_tables.shapes[16],
    &awsc__creds_sts_tables.shapes[17],
    &awsc__creds_sts_tables.shapes[21],
    &awsc__creds_sts_tables.shapes[22],
};

const struct awsc_service awsc_creds_sts_service = {
    .name = "sts",
    .service_id = "STS",
    .full_name = "AWS Security Token Service",
    .api_version = "2011-06-15",
    .endpoint_prefix = "sts",
    .signing_name = "sts",
    .target_prefix = NULL,
    .json_version = NULL,
    .xml_namespace = "https://sts.amazonaws.com/doc/2011-06-15/",
    .env_name = "STS",
    .protocol = AWSC_PROTO_QUERY,
    .operations = operations,
    .operation_count = 2,
    .errors = errors,
    .error_count = 12,
    .flags = 0,
    .ruleset = &awsc__creds_sts_ruleset,
};
