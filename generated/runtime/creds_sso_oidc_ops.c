/*
 * creds_sso_oidc_ops.c - operations of SSO OIDC: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/creds_sso_oidc.h>
#include <awsc/shape.h>

#ifndef AWSC__CREDS_SSO_OIDC_TABLES
#define AWSC__CREDS_SSO_OIDC_TABLES
/* Every shape, member and name of SSO OIDC in one object (creds_sso_oidc_shapes.c). */
struct awsc__creds_sso_oidc_tables {
    struct awsc_shape shapes[36];
    struct awsc_member members[46];
    uint16_t by_wire_name[46];
    char strings[939];
};
extern const struct awsc__creds_sso_oidc_tables awsc__creds_sso_oidc_tables;
#endif
extern const struct awsc_ruleset awsc__creds_sso_oidc_ruleset;
static const struct awsc_shape *const op_CreateToken_errors[] = {
    &awsc__creds_sso_oidc_tables.shapes[0],
    &awsc__creds_sso_oidc_tables.shapes[4],
    &awsc__creds_sso_oidc_tables.shapes[14],
    &awsc__creds_sso_oidc_tables.shapes[17],
    &awsc__creds_sso_oidc_tables.shapes[18],
    &awsc__creds_sso_oidc_tables.shapes[20],
    &awsc__creds_sso_oidc_tables.shapes[22],
    &awsc__creds_sso_oidc_tables.shapes[25],
    &awsc__creds_sso_oidc_tables.shapes[31],
    &awsc__creds_sso_oidc_tables.shapes[34],
    &awsc__creds_sso_oidc_tables.shapes[35],
};

static const struct awsc_operation op_CreateToken = {
    .name = "CreateToken",
    .http_method = "POST",
    .request_uri = "/token",
    .input = &awsc__creds_sso_oidc_tables.shapes[8],
    .output = &awsc__creds_sso_oidc_tables.shapes[9],
    .errors = op_CreateToken_errors,
    .error_count = 11,
    .flags = 0,
    .auth = AWSC_AUTH_NONE,
    .service = &awsc_creds_sso_oidc_service,
};

int awsc_creds_sso_oidc_create_token(struct awsc_client *client,
                                     const struct awsc_creds_sso_oidc_create_token_input *input,
                                     struct awsc_creds_sso_oidc_create_token_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateToken, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_creds_sso_oidc_create_token_cb *)cb)(user_data, status, output, err);
}

int awsc_creds_sso_oidc_create_token_async(struct awsc_client *client,
                                           const struct awsc_creds_sso_oidc_create_token_input *input,
                                           awsc_creds_sso_oidc_create_token_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateToken, input, create_token_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_CreateToken,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__creds_sso_oidc_tables.shapes[0],
    &awsc__creds_sso_oidc_tables.shapes[4],
    &awsc__creds_sso_oidc_tables.shapes[14],
    &awsc__creds_sso_oidc_tables.shapes[17],
    &awsc__creds_sso_oidc_tables.shapes[18],
    &awsc__creds_sso_oidc_tables.shapes[19],
    &awsc__creds_sso_oidc_tables.shapes[20],
    &awsc__creds_sso_oidc_tables.shapes[21],
    &awsc__creds_sso_oidc_tables.shapes[22],
    &awsc__creds_sso_oidc_tables.shapes[24],
    &awsc__creds_sso_oidc_tables.shapes[25],
    &awsc__creds_sso_oidc_tables.shapes[31],
    &awsc__creds_sso_oidc_tables.shapes[34],
    &awsc__creds_sso_oidc_tables.shapes[35],
};

const struct awsc_service awsc_creds_sso_oidc_service = {
    .name = "sso-oidc",
    .service_id = "SSO OIDC",
    .full_name = "AWS SSO OIDC",
    .api_version = "2019-06-10",
    .endpoint_prefix = "oidc",
    .signing_name = "sso-oauth",
    .target_prefix = NULL,
    .json_version = "1.1",
    .xml_namespace = NULL,
    .env_name = "SSO_OIDC",
    .protocol = AWSC_PROTO_REST_JSON,
    .operations = operations,
    .operation_count = 1,
    .errors = errors,
    .error_count = 14,
    .flags = 0,
    .ruleset = &awsc__creds_sso_oidc_ruleset,
};
