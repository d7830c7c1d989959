/*
 * sts_ops.c - operations of STS: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sts.h>
#include <awsc/shape.h>

#ifndef AWSC__STS_TABLES
#define AWSC__STS_TABLES
/* Every shape, member and name of STS in one object (sts_shapes.c). */
struct awsc__sts_tables {
    struct awsc_shape shapes[98];
    struct awsc_member members[104];
    uint16_t by_wire_name[104];
    struct awsc_range ranges[32];
    char strings[2860];
};
extern const struct awsc__sts_tables awsc__sts_tables;
#endif
extern const struct awsc_ruleset awsc__sts_ruleset;
static const struct awsc_shape *const op_AssumeRole_errors[] = {
    &awsc__sts_tables.shapes[13],
    &awsc__sts_tables.shapes[34],
    &awsc__sts_tables.shapes[37],
    &awsc__sts_tables.shapes[41],
};

static const struct awsc_operation op_AssumeRole = {
    .name = "AssumeRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[0],
    .output = &awsc__sts_tables.shapes[1],
    .errors = op_AssumeRole_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sts_service,
    .result_wrapper = "AssumeRoleResult",
};

int awsc_sts_assume_role(struct awsc_client *client,
                         const struct awsc_sts_assume_role_input *input,
                         struct awsc_sts_assume_role_output **output,
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
    ((awsc_sts_assume_role_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_assume_role_async(struct awsc_client *client,
                               const struct awsc_sts_assume_role_input *input,
                               awsc_sts_assume_role_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AssumeRole, input, assume_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AssumeRoleWithSAML_errors[] = {
    &awsc__sts_tables.shapes[13],
    &awsc__sts_tables.shapes[29],
    &awsc__sts_tables.shapes[31],
    &awsc__sts_tables.shapes[34],
    &awsc__sts_tables.shapes[37],
    &awsc__sts_tables.shapes[41],
};

static const struct awsc_operation op_AssumeRoleWithSAML = {
    .name = "AssumeRoleWithSAML",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[2],
    .output = &awsc__sts_tables.shapes[3],
    .errors = op_AssumeRoleWithSAML_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_NONE,
    .service = &awsc_sts_service,
    .result_wrapper = "AssumeRoleWithSAMLResult",
};

int awsc_sts_assume_role_with_saml(struct awsc_client *client,
                                   const struct awsc_sts_assume_role_with_saml_input *input,
                                   struct awsc_sts_assume_role_with_saml_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AssumeRoleWithSAML, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void assume_role_with_saml_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_assume_role_with_saml_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_assume_role_with_saml_async(struct awsc_client *client,
                                         const struct awsc_sts_assume_role_with_saml_input *input,
                                         awsc_sts_assume_role_with_saml_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AssumeRoleWithSAML, input, assume_role_with_saml_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AssumeRoleWithWebIdentity_errors[] = {
    &awsc__sts_tables.shapes[13],
    &awsc__sts_tables.shapes[28],
    &awsc__sts_tables.shapes[29],
    &awsc__sts_tables.shapes[31],
    &awsc__sts_tables.shapes[34],
    &awsc__sts_tables.shapes[37],
    &awsc__sts_tables.shapes[41],
};

static const struct awsc_operation op_AssumeRoleWithWebIdentity = {
    .name = "AssumeRoleWithWebIdentity",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[4],
    .output = &awsc__sts_tables.shapes[5],
    .errors = op_AssumeRoleWithWebIdentity_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_NONE,
    .service = &awsc_sts_service,
    .result_wrapper = "AssumeRoleWithWebIdentityResult",
};

int awsc_sts_assume_role_with_web_identity(struct awsc_client *client,
                                           const struct awsc_sts_assume_role_with_web_identity_input *input,
                                           struct awsc_sts_assume_role_with_web_identity_output **output,
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
    ((awsc_sts_assume_role_with_web_identity_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_assume_role_with_web_identity_async(struct awsc_client *client,
                                                 const struct awsc_sts_assume_role_with_web_identity_input *input,
                                                 awsc_sts_assume_role_with_web_identity_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AssumeRoleWithWebIdentity, input, assume_role_with_web_identity_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AssumeRoot_errors[] = {
    &awsc__sts_tables.shapes[13],
    &awsc__sts_tables.shapes[41],
};

static const struct awsc_operation op_AssumeRoot = {
    .name = "AssumeRoot",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[6],
    .output = &awsc__sts_tables.shapes[7],
    .errors = op_AssumeRoot_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sts_service,
    .result_wrapper = "AssumeRootResult",
};

int awsc_sts_assume_root(struct awsc_client *client,
                         const struct awsc_sts_assume_root_input *input,
                         struct awsc_sts_assume_root_output **output,
                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AssumeRoot, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void assume_root_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_assume_root_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_assume_root_async(struct awsc_client *client,
                               const struct awsc_sts_assume_root_input *input,
                               awsc_sts_assume_root_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AssumeRoot, input, assume_root_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DecodeAuthorizationMessage_errors[] = {
    &awsc__sts_tables.shapes[30],
};

static const struct awsc_operation op_DecodeAuthorizationMessage = {
    .name = "DecodeAuthorizationMessage",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[11],
    .output = &awsc__sts_tables.shapes[12],
    .errors = op_DecodeAuthorizationMessage_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sts_service,
    .result_wrapper = "DecodeAuthorizationMessageResult",
};

int awsc_sts_decode_authorization_message(struct awsc_client *client,
                                          const struct awsc_sts_decode_authorization_message_input *input,
                                          struct awsc_sts_decode_authorization_message_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DecodeAuthorizationMessage, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void decode_authorization_message_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_decode_authorization_message_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_decode_authorization_message_async(struct awsc_client *client,
                                                const struct awsc_sts_decode_authorization_message_input *input,
                                                awsc_sts_decode_authorization_message_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DecodeAuthorizationMessage, input, decode_authorization_message_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_GetAccessKeyInfo = {
    .name = "GetAccessKeyInfo",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[16],
    .output = &awsc__sts_tables.shapes[17],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sts_service,
    .result_wrapper = "GetAccessKeyInfoResult",
};

int awsc_sts_get_access_key_info(struct awsc_client *client,
                                 const struct awsc_sts_get_access_key_info_input *input,
                                 struct awsc_sts_get_access_key_info_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAccessKeyInfo, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_access_key_info_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_access_key_info_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_access_key_info_async(struct awsc_client *client,
                                       const struct awsc_sts_get_access_key_info_input *input,
                                       awsc_sts_get_access_key_info_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetAccessKeyInfo, input, get_access_key_info_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_GetCallerIdentity = {
    .name = "GetCallerIdentity",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[18],
    .output = &awsc__sts_tables.shapes[19],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sts_service,
    .result_wrapper = "GetCallerIdentityResult",
};

int awsc_sts_get_caller_identity(struct awsc_client *client,
                                 const struct awsc_sts_get_caller_identity_input *input,
                                 struct awsc_sts_get_caller_identity_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCallerIdentity, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_caller_identity_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_caller_identity_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_caller_identity_async(struct awsc_client *client,
                                       const struct awsc_sts_get_caller_identity_input *input,
                                       awsc_sts_get_caller_identity_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetCallerIdentity, input, get_caller_identity_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDelegatedAccessToken_errors[] = {
    &awsc__sts_tables.shapes[14],
    &awsc__sts_tables.shapes[37],
    &awsc__sts_tables.shapes[41],
};

static const struct awsc_operation op_GetDelegatedAccessToken = {
    .name = "GetDelegatedAccessToken",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[20],
    .output = &awsc__sts_tables.shapes[21],
    .errors = op_GetDelegatedAccessToken_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sts_service,
    .result_wrapper = "GetDelegatedAccessTokenResult",
};

int awsc_sts_get_delegated_access_token(struct awsc_client *client,
                                        const struct awsc_sts_get_delegated_access_token_input *input,
                                        struct awsc_sts_get_delegated_access_token_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDelegatedAccessToken, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_delegated_access_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_delegated_access_token_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_delegated_access_token_async(struct awsc_client *client,
                                              const struct awsc_sts_get_delegated_access_token_input *input,
                                              awsc_sts_get_delegated_access_token_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDelegatedAccessToken, input, get_delegated_access_token_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetFederationToken_errors[] = {
    &awsc__sts_tables.shapes[34],
    &awsc__sts_tables.shapes[37],
    &awsc__sts_tables.shapes[41],
};

static const struct awsc_operation op_GetFederationToken = {
    .name = "GetFederationToken",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[22],
    .output = &awsc__sts_tables.shapes[23],
    .errors = op_GetFederationToken_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sts_service,
    .result_wrapper = "GetFederationTokenResult",
};

int awsc_sts_get_federation_token(struct awsc_client *client,
                                  const struct awsc_sts_get_federation_token_input *input,
                                  struct awsc_sts_get_federation_token_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetFederationToken, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_federation_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_federation_token_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_federation_token_async(struct awsc_client *client,
                                        const struct awsc_sts_get_federation_token_input *input,
                                        awsc_sts_get_federation_token_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetFederationToken, input, get_federation_token_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetSessionToken_errors[] = {
    &awsc__sts_tables.shapes[41],
};

static const struct awsc_operation op_GetSessionToken = {
    .name = "GetSessionToken",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[24],
    .output = &awsc__sts_tables.shapes[25],
    .errors = op_GetSessionToken_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sts_service,
    .result_wrapper = "GetSessionTokenResult",
};

int awsc_sts_get_session_token(struct awsc_client *client,
                               const struct awsc_sts_get_session_token_input *input,
                               struct awsc_sts_get_session_token_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetSessionToken, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_session_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_session_token_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_session_token_async(struct awsc_client *client,
                                     const struct awsc_sts_get_session_token_input *input,
                                     awsc_sts_get_session_token_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetSessionToken, input, get_session_token_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetWebIdentityToken_errors[] = {
    &awsc__sts_tables.shapes[33],
    &awsc__sts_tables.shapes[36],
    &awsc__sts_tables.shapes[44],
};

static const struct awsc_operation op_GetWebIdentityToken = {
    .name = "GetWebIdentityToken",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sts_tables.shapes[26],
    .output = &awsc__sts_tables.shapes[27],
    .errors = op_GetWebIdentityToken_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sts_service,
    .result_wrapper = "GetWebIdentityTokenResult",
};

int awsc_sts_get_web_identity_token(struct awsc_client *client,
                                    const struct awsc_sts_get_web_identity_token_input *input,
                                    struct awsc_sts_get_web_identity_token_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetWebIdentityToken, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_web_identity_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_web_identity_token_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_web_identity_token_async(struct awsc_client *client,
                                          const struct awsc_sts_get_web_identity_token_input *input,
                                          awsc_sts_get_web_identity_token_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetWebIdentityToken, input, get_web_identity_token_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AssumeRole,
    &op_AssumeRoleWithSAML,
    &op_AssumeRoleWithWebIdentity,
    &op_AssumeRoot,
    &op_DecodeAuthorizationMessage,
    &op_GetAccessKeyInfo,
    &op_GetCallerIdentity,
    &op_GetDelegatedAccessToken,
    &op_GetFederationToken,
    &op_GetSessionToken,
    &op_GetWebIdentityToken,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__sts_tables.shapes[13],
    &awsc__sts_tables.shapes[14],
    &awsc__sts_tables.shapes[28],
    &awsc__sts_tables.shapes[29],
    &awsc__sts_tables.shapes[30],
    &awsc__sts_tables.shapes[31],
    &awsc__sts_tables.shapes[33],
    &awsc__sts_tables.shapes[34],
    &awsc__sts_tables.shapes[36],
    &awsc__sts_tables.shapes[37],
    &awsc__sts_tables.shapes[41],
    &awsc__sts_tables.shapes[44],
};

const struct awsc_service awsc_sts_service = {
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
    .operation_count = 11,
    .errors = errors,
    .error_count = 12,
    .flags = 0,
    .ruleset = &awsc__sts_ruleset,
};
