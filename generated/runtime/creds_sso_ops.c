/*
 * creds_sso_ops.c - operations of SSO: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/creds_sso.h>
#include <awsc/shape.h>

#ifndef AWSC__CREDS_SSO_TABLES
#define AWSC__CREDS_SSO_TABLES
/* Every shape, member and name of SSO in one object (creds_sso_shapes.c). */
struct awsc__creds_sso_tables {
    struct awsc_shape shapes[15];
    struct awsc_member members[12];
    uint16_t by_wire_name[12];
    char strings[452];
};
extern const struct awsc__creds_sso_tables awsc__creds_sso_tables;
#endif
extern const struct awsc_ruleset awsc__creds_sso_ruleset;
static const struct awsc_shape *const op_GetRoleCredentials_errors[] = {
    &awsc__creds_sso_tables.shapes[7],
    &awsc__creds_sso_tables.shapes[8],
    &awsc__creds_sso_tables.shapes[13],
    &awsc__creds_sso_tables.shapes[14],
};

static const struct awsc_operation op_GetRoleCredentials = {
    .name = "GetRoleCredentials",
    .http_method = "GET",
    .request_uri = "/federation/credentials",
    .input = &awsc__creds_sso_tables.shapes[5],
    .output = &awsc__creds_sso_tables.shapes[6],
    .errors = op_GetRoleCredentials_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_NONE,
    .service = &awsc_creds_sso_service,
};

int awsc_creds_sso_get_role_credentials(struct awsc_client *client,
                                        const struct awsc_creds_sso_get_role_credentials_input *input,
                                        struct awsc_creds_sso_get_role_credentials_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetRoleCredentials, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_role_credentials_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_creds_sso_get_role_credentials_cb *)cb)(user_data, status, output, err);
}

int awsc_creds_sso_get_role_credentials_async(struct awsc_client *client,
                                              const struct awsc_creds_sso_get_role_credentials_input *input,
                                              awsc_creds_sso_get_role_credentials_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetRoleCredentials, input, get_role_credentials_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_GetRoleCredentials,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__creds_sso_tables.shapes[7],
    &awsc__creds_sso_tables.shapes[8],
    &awsc__creds_sso_tables.shapes[13],
    &awsc__creds_sso_tables.shapes[14],
};

const struct awsc_service awsc_creds_sso_service = {
    .name = "sso",
    .service_id = "SSO",
    .full_name = "AWS Single Sign-On",
    .api_version = "2019-06-10",
    .endpoint_prefix = "portal.sso",
    .signing_name = "awsssoportal",
    .target_prefix = NULL,
    .json_version = "1.1",
    .xml_namespace = NULL,
    .env_name = "SSO",
    .protocol = AWSC_PROTO_REST_JSON,
    .operations = operations,
    .operation_count = 1,
    .errors = errors,
    .error_count = 4,
    .flags = 0,
    .ruleset = &awsc__creds_sso_ruleset,
};
