/*
 * iam_ops.c - operations of IAM: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/iam.h>
#include <awsc/shape.h>

#ifndef AWSC__IAM_TABLES
#define AWSC__IAM_TABLES
/* Every shape, member and name of IAM in one object (iam_shapes.c). */
struct awsc__iam_tables {
    struct awsc_shape shapes[579];
    struct awsc_member members[964];
    uint16_t by_wire_name[964];
    struct awsc_range ranges[84];
    char strings[20465];
};
extern const struct awsc__iam_tables awsc__iam_tables;
#endif
extern const struct awsc_ruleset awsc__iam_ruleset;
static const struct awsc_shape *const op_AcceptDelegationRequest_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_AcceptDelegationRequest = {
    .name = "AcceptDelegationRequest",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[0],
    .output = NULL,
    .errors = op_AcceptDelegationRequest_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_accept_delegation_request(struct awsc_client *client,
                                       const struct awsc_iam_accept_delegation_request_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_AcceptDelegationRequest, input, NULL, err);
}

static void accept_delegation_request_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_accept_delegation_request_cb *)cb)(user_data, status, err);
}

int awsc_iam_accept_delegation_request_async(struct awsc_client *client,
                                             const struct awsc_iam_accept_delegation_request_input *input,
                                             awsc_iam_accept_delegation_request_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AcceptDelegationRequest, input, accept_delegation_request_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AddClientIDToOpenIDConnectProvider_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_AddClientIDToOpenIDConnectProvider = {
    .name = "AddClientIDToOpenIDConnectProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[10],
    .output = NULL,
    .errors = op_AddClientIDToOpenIDConnectProvider_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_add_client_id_to_open_id_connect_provider(struct awsc_client *client,
                                                       const struct awsc_iam_add_client_id_to_open_id_connect_provider_input *input,
                                                       struct awsc_error *err)
{
    return awsc_call(client, &op_AddClientIDToOpenIDConnectProvider, input, NULL, err);
}

static void add_client_id_to_open_id_connect_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_add_client_id_to_open_id_connect_provider_cb *)cb)(user_data, status, err);
}

int awsc_iam_add_client_id_to_open_id_connect_provider_async(struct awsc_client *client,
                                                             const struct awsc_iam_add_client_id_to_open_id_connect_provider_input *input,
                                                             awsc_iam_add_client_id_to_open_id_connect_provider_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AddClientIDToOpenIDConnectProvider, input, add_client_id_to_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AddRoleToInstanceProfile_errors[] = {
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_AddRoleToInstanceProfile = {
    .name = "AddRoleToInstanceProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[11],
    .output = NULL,
    .errors = op_AddRoleToInstanceProfile_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_add_role_to_instance_profile(struct awsc_client *client,
                                          const struct awsc_iam_add_role_to_instance_profile_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &op_AddRoleToInstanceProfile, input, NULL, err);
}

static void add_role_to_instance_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_add_role_to_instance_profile_cb *)cb)(user_data, status, err);
}

int awsc_iam_add_role_to_instance_profile_async(struct awsc_client *client,
                                                const struct awsc_iam_add_role_to_instance_profile_input *input,
                                                awsc_iam_add_role_to_instance_profile_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AddRoleToInstanceProfile, input, add_role_to_instance_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AddUserToGroup_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_AddUserToGroup = {
    .name = "AddUserToGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[12],
    .output = NULL,
    .errors = op_AddUserToGroup_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_add_user_to_group(struct awsc_client *client,
                               const struct awsc_iam_add_user_to_group_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_AddUserToGroup, input, NULL, err);
}

static void add_user_to_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_add_user_to_group_cb *)cb)(user_data, status, err);
}

int awsc_iam_add_user_to_group_async(struct awsc_client *client,
                                     const struct awsc_iam_add_user_to_group_input *input,
                                     awsc_iam_add_user_to_group_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AddUserToGroup, input, add_user_to_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AssociateDelegationRequest_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_AssociateDelegationRequest = {
    .name = "AssociateDelegationRequest",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[14],
    .output = NULL,
    .errors = op_AssociateDelegationRequest_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_associate_delegation_request(struct awsc_client *client,
                                          const struct awsc_iam_associate_delegation_request_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &op_AssociateDelegationRequest, input, NULL, err);
}

static void associate_delegation_request_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_associate_delegation_request_cb *)cb)(user_data, status, err);
}

int awsc_iam_associate_delegation_request_async(struct awsc_client *client,
                                                const struct awsc_iam_associate_delegation_request_input *input,
                                                awsc_iam_associate_delegation_request_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AssociateDelegationRequest, input, associate_delegation_request_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AttachGroupPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[306],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_AttachGroupPolicy = {
    .name = "AttachGroupPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[15],
    .output = NULL,
    .errors = op_AttachGroupPolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_attach_group_policy(struct awsc_client *client,
                                 const struct awsc_iam_attach_group_policy_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &op_AttachGroupPolicy, input, NULL, err);
}

static void attach_group_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_attach_group_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_attach_group_policy_async(struct awsc_client *client,
                                       const struct awsc_iam_attach_group_policy_input *input,
                                       awsc_iam_attach_group_policy_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AttachGroupPolicy, input, attach_group_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AttachRolePolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[306],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_AttachRolePolicy = {
    .name = "AttachRolePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[16],
    .output = NULL,
    .errors = op_AttachRolePolicy_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_attach_role_policy(struct awsc_client *client,
                                const struct awsc_iam_attach_role_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &op_AttachRolePolicy, input, NULL, err);
}

static void attach_role_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_attach_role_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_attach_role_policy_async(struct awsc_client *client,
                                      const struct awsc_iam_attach_role_policy_input *input,
                                      awsc_iam_attach_role_policy_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AttachRolePolicy, input, attach_role_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AttachUserPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[306],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_AttachUserPolicy = {
    .name = "AttachUserPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[17],
    .output = NULL,
    .errors = op_AttachUserPolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_attach_user_policy(struct awsc_client *client,
                                const struct awsc_iam_attach_user_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &op_AttachUserPolicy, input, NULL, err);
}

static void attach_user_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_attach_user_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_attach_user_policy_async(struct awsc_client *client,
                                      const struct awsc_iam_attach_user_policy_input *input,
                                      awsc_iam_attach_user_policy_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AttachUserPolicy, input, attach_user_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ChangePassword_errors[] = {
    &awsc__iam_tables.shapes[118],
    &awsc__iam_tables.shapes[197],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[292],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ChangePassword = {
    .name = "ChangePassword",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[27],
    .output = NULL,
    .errors = op_ChangePassword_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_change_password(struct awsc_client *client,
                             const struct awsc_iam_change_password_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &op_ChangePassword, input, NULL, err);
}

static void change_password_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_change_password_cb *)cb)(user_data, status, err);
}

int awsc_iam_change_password_async(struct awsc_client *client,
                                   const struct awsc_iam_change_password_input *input,
                                   awsc_iam_change_password_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ChangePassword, input, change_password_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateAccessKey_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateAccessKey = {
    .name = "CreateAccessKey",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[38],
    .output = &awsc__iam_tables.shapes[39],
    .errors = op_CreateAccessKey_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateAccessKeyResult",
};

int awsc_iam_create_access_key(struct awsc_client *client,
                               const struct awsc_iam_create_access_key_input *input,
                               struct awsc_iam_create_access_key_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateAccessKey, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_access_key_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_access_key_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_access_key_async(struct awsc_client *client,
                                     const struct awsc_iam_create_access_key_input *input,
                                     awsc_iam_create_access_key_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateAccessKey, input, create_access_key_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateAccountAlias_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateAccountAlias = {
    .name = "CreateAccountAlias",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[40],
    .output = NULL,
    .errors = op_CreateAccountAlias_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_create_account_alias(struct awsc_client *client,
                                  const struct awsc_iam_create_account_alias_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_CreateAccountAlias, input, NULL, err);
}

static void create_account_alias_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_create_account_alias_cb *)cb)(user_data, status, err);
}

int awsc_iam_create_account_alias_async(struct awsc_client *client,
                                        const struct awsc_iam_create_account_alias_input *input,
                                        awsc_iam_create_account_alias_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateAccountAlias, input, create_account_alias_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateDelegationRequest_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateDelegationRequest = {
    .name = "CreateDelegationRequest",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[41],
    .output = &awsc__iam_tables.shapes[42],
    .errors = op_CreateDelegationRequest_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateDelegationRequestResult",
};

int awsc_iam_create_delegation_request(struct awsc_client *client,
                                       const struct awsc_iam_create_delegation_request_input *input,
                                       struct awsc_iam_create_delegation_request_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateDelegationRequest, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_delegation_request_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_delegation_request_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_delegation_request_async(struct awsc_client *client,
                                             const struct awsc_iam_create_delegation_request_input *input,
                                             awsc_iam_create_delegation_request_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateDelegationRequest, input, create_delegation_request_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateGroup_errors[] = {
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateGroup = {
    .name = "CreateGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[43],
    .output = &awsc__iam_tables.shapes[44],
    .errors = op_CreateGroup_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateGroupResult",
};

int awsc_iam_create_group(struct awsc_client *client,
                          const struct awsc_iam_create_group_input *input,
                          struct awsc_iam_create_group_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_group_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_group_async(struct awsc_client *client,
                                const struct awsc_iam_create_group_input *input,
                                awsc_iam_create_group_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateGroup, input, create_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateInstanceProfile_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateInstanceProfile = {
    .name = "CreateInstanceProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[45],
    .output = &awsc__iam_tables.shapes[46],
    .errors = op_CreateInstanceProfile_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateInstanceProfileResult",
};

int awsc_iam_create_instance_profile(struct awsc_client *client,
                                     const struct awsc_iam_create_instance_profile_input *input,
                                     struct awsc_iam_create_instance_profile_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateInstanceProfile, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_instance_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_instance_profile_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_instance_profile_async(struct awsc_client *client,
                                           const struct awsc_iam_create_instance_profile_input *input,
                                           awsc_iam_create_instance_profile_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateInstanceProfile, input, create_instance_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateLoginProfile_errors[] = {
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[292],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateLoginProfile = {
    .name = "CreateLoginProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[47],
    .output = &awsc__iam_tables.shapes[48],
    .errors = op_CreateLoginProfile_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateLoginProfileResult",
};

int awsc_iam_create_login_profile(struct awsc_client *client,
                                  const struct awsc_iam_create_login_profile_input *input,
                                  struct awsc_iam_create_login_profile_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateLoginProfile, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_login_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_login_profile_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_login_profile_async(struct awsc_client *client,
                                        const struct awsc_iam_create_login_profile_input *input,
                                        awsc_iam_create_login_profile_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateLoginProfile, input, create_login_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateOpenIDConnectProvider_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[284],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateOpenIDConnectProvider = {
    .name = "CreateOpenIDConnectProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[49],
    .output = &awsc__iam_tables.shapes[50],
    .errors = op_CreateOpenIDConnectProvider_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateOpenIDConnectProviderResult",
};

int awsc_iam_create_open_id_connect_provider(struct awsc_client *client,
                                             const struct awsc_iam_create_open_id_connect_provider_input *input,
                                             struct awsc_iam_create_open_id_connect_provider_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateOpenIDConnectProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_open_id_connect_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_open_id_connect_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_open_id_connect_provider_async(struct awsc_client *client,
                                                   const struct awsc_iam_create_open_id_connect_provider_input *input,
                                                   awsc_iam_create_open_id_connect_provider_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateOpenIDConnectProvider, input, create_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreatePolicy_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[277],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreatePolicy = {
    .name = "CreatePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[51],
    .output = &awsc__iam_tables.shapes[52],
    .errors = op_CreatePolicy_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreatePolicyResult",
};

int awsc_iam_create_policy(struct awsc_client *client,
                           const struct awsc_iam_create_policy_input *input,
                           struct awsc_iam_create_policy_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreatePolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_policy_async(struct awsc_client *client,
                                 const struct awsc_iam_create_policy_input *input,
                                 awsc_iam_create_policy_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreatePolicy, input, create_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreatePolicyVersion_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[277],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreatePolicyVersion = {
    .name = "CreatePolicyVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[53],
    .output = &awsc__iam_tables.shapes[54],
    .errors = op_CreatePolicyVersion_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreatePolicyVersionResult",
};

int awsc_iam_create_policy_version(struct awsc_client *client,
                                   const struct awsc_iam_create_policy_version_input *input,
                                   struct awsc_iam_create_policy_version_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreatePolicyVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_policy_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_policy_version_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_policy_version_async(struct awsc_client *client,
                                         const struct awsc_iam_create_policy_version_input *input,
                                         awsc_iam_create_policy_version_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreatePolicyVersion, input, create_policy_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateRole_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[277],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateRole = {
    .name = "CreateRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[55],
    .output = &awsc__iam_tables.shapes[56],
    .errors = op_CreateRole_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateRoleResult",
};

int awsc_iam_create_role(struct awsc_client *client,
                         const struct awsc_iam_create_role_input *input,
                         struct awsc_iam_create_role_output **output,
                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateRole, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_role_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_role_async(struct awsc_client *client,
                               const struct awsc_iam_create_role_input *input,
                               awsc_iam_create_role_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateRole, input, create_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateSAMLProvider_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateSAMLProvider = {
    .name = "CreateSAMLProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[57],
    .output = &awsc__iam_tables.shapes[58],
    .errors = op_CreateSAMLProvider_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateSAMLProviderResult",
};

int awsc_iam_create_saml_provider(struct awsc_client *client,
                                  const struct awsc_iam_create_saml_provider_input *input,
                                  struct awsc_iam_create_saml_provider_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateSAMLProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_saml_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_saml_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_saml_provider_async(struct awsc_client *client,
                                        const struct awsc_iam_create_saml_provider_input *input,
                                        awsc_iam_create_saml_provider_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateSAMLProvider, input, create_saml_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateServiceLinkedRole_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateServiceLinkedRole = {
    .name = "CreateServiceLinkedRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[59],
    .output = &awsc__iam_tables.shapes[60],
    .errors = op_CreateServiceLinkedRole_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateServiceLinkedRoleResult",
};

int awsc_iam_create_service_linked_role(struct awsc_client *client,
                                        const struct awsc_iam_create_service_linked_role_input *input,
                                        struct awsc_iam_create_service_linked_role_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateServiceLinkedRole, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_service_linked_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_service_linked_role_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_service_linked_role_async(struct awsc_client *client,
                                              const struct awsc_iam_create_service_linked_role_input *input,
                                              awsc_iam_create_service_linked_role_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateServiceLinkedRole, input, create_service_linked_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateServiceSpecificCredential_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[360],
};

static const struct awsc_operation op_CreateServiceSpecificCredential = {
    .name = "CreateServiceSpecificCredential",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[61],
    .output = &awsc__iam_tables.shapes[62],
    .errors = op_CreateServiceSpecificCredential_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateServiceSpecificCredentialResult",
};

int awsc_iam_create_service_specific_credential(struct awsc_client *client,
                                                const struct awsc_iam_create_service_specific_credential_input *input,
                                                struct awsc_iam_create_service_specific_credential_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateServiceSpecificCredential, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_service_specific_credential_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_service_specific_credential_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_service_specific_credential_async(struct awsc_client *client,
                                                      const struct awsc_iam_create_service_specific_credential_input *input,
                                                      awsc_iam_create_service_specific_credential_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateServiceSpecificCredential, input, create_service_specific_credential_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateUser_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateUser = {
    .name = "CreateUser",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[63],
    .output = &awsc__iam_tables.shapes[64],
    .errors = op_CreateUser_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateUserResult",
};

int awsc_iam_create_user(struct awsc_client *client,
                         const struct awsc_iam_create_user_input *input,
                         struct awsc_iam_create_user_output **output,
                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateUser, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_user_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_user_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_user_async(struct awsc_client *client,
                               const struct awsc_iam_create_user_input *input,
                               awsc_iam_create_user_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateUser, input, create_user_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateVirtualMFADevice_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_CreateVirtualMFADevice = {
    .name = "CreateVirtualMFADevice",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[65],
    .output = &awsc__iam_tables.shapes[66],
    .errors = op_CreateVirtualMFADevice_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "CreateVirtualMFADeviceResult",
};

int awsc_iam_create_virtual_mfa_device(struct awsc_client *client,
                                       const struct awsc_iam_create_virtual_mfa_device_input *input,
                                       struct awsc_iam_create_virtual_mfa_device_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateVirtualMFADevice, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_virtual_mfa_device_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_create_virtual_mfa_device_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_create_virtual_mfa_device_async(struct awsc_client *client,
                                             const struct awsc_iam_create_virtual_mfa_device_input *input,
                                             awsc_iam_create_virtual_mfa_device_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateVirtualMFADevice, input, create_virtual_mfa_device_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeactivateMFADevice_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[118],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeactivateMFADevice = {
    .name = "DeactivateMFADevice",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[70],
    .output = NULL,
    .errors = op_DeactivateMFADevice_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_deactivate_mfa_device(struct awsc_client *client,
                                   const struct awsc_iam_deactivate_mfa_device_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &op_DeactivateMFADevice, input, NULL, err);
}

static void deactivate_mfa_device_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_deactivate_mfa_device_cb *)cb)(user_data, status, err);
}

int awsc_iam_deactivate_mfa_device_async(struct awsc_client *client,
                                         const struct awsc_iam_deactivate_mfa_device_input *input,
                                         awsc_iam_deactivate_mfa_device_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeactivateMFADevice, input, deactivate_mfa_device_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteAccessKey_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteAccessKey = {
    .name = "DeleteAccessKey",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[73],
    .output = NULL,
    .errors = op_DeleteAccessKey_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_access_key(struct awsc_client *client,
                               const struct awsc_iam_delete_access_key_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteAccessKey, input, NULL, err);
}

static void delete_access_key_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_access_key_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_access_key_async(struct awsc_client *client,
                                     const struct awsc_iam_delete_access_key_input *input,
                                     awsc_iam_delete_access_key_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteAccessKey, input, delete_access_key_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteAccountAlias_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteAccountAlias = {
    .name = "DeleteAccountAlias",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[74],
    .output = NULL,
    .errors = op_DeleteAccountAlias_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_account_alias(struct awsc_client *client,
                                  const struct awsc_iam_delete_account_alias_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteAccountAlias, input, NULL, err);
}

static void delete_account_alias_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_account_alias_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_account_alias_async(struct awsc_client *client,
                                        const struct awsc_iam_delete_account_alias_input *input,
                                        awsc_iam_delete_account_alias_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteAccountAlias, input, delete_account_alias_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteAccountPasswordPolicy_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteAccountPasswordPolicy = {
    .name = "DeleteAccountPasswordPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = NULL,
    .output = NULL,
    .errors = op_DeleteAccountPasswordPolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_account_password_policy(struct awsc_client *client, struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteAccountPasswordPolicy, NULL, NULL, err);
}

static void delete_account_password_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_account_password_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_account_password_policy_async(struct awsc_client *client,
                                                  awsc_iam_delete_account_password_policy_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteAccountPasswordPolicy, NULL, delete_account_password_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteGroup_errors[] = {
    &awsc__iam_tables.shapes[75],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteGroup = {
    .name = "DeleteGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[77],
    .output = NULL,
    .errors = op_DeleteGroup_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_group(struct awsc_client *client,
                          const struct awsc_iam_delete_group_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteGroup, input, NULL, err);
}

static void delete_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_group_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_group_async(struct awsc_client *client,
                                const struct awsc_iam_delete_group_input *input,
                                awsc_iam_delete_group_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteGroup, input, delete_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteGroupPolicy_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteGroupPolicy = {
    .name = "DeleteGroupPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[76],
    .output = NULL,
    .errors = op_DeleteGroupPolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_group_policy(struct awsc_client *client,
                                 const struct awsc_iam_delete_group_policy_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteGroupPolicy, input, NULL, err);
}

static void delete_group_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_group_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_group_policy_async(struct awsc_client *client,
                                       const struct awsc_iam_delete_group_policy_input *input,
                                       awsc_iam_delete_group_policy_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteGroupPolicy, input, delete_group_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteInstanceProfile_errors[] = {
    &awsc__iam_tables.shapes[75],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteInstanceProfile = {
    .name = "DeleteInstanceProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[78],
    .output = NULL,
    .errors = op_DeleteInstanceProfile_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_instance_profile(struct awsc_client *client,
                                     const struct awsc_iam_delete_instance_profile_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteInstanceProfile, input, NULL, err);
}

static void delete_instance_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_instance_profile_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_instance_profile_async(struct awsc_client *client,
                                           const struct awsc_iam_delete_instance_profile_input *input,
                                           awsc_iam_delete_instance_profile_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteInstanceProfile, input, delete_instance_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteLoginProfile_errors[] = {
    &awsc__iam_tables.shapes[118],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteLoginProfile = {
    .name = "DeleteLoginProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[79],
    .output = NULL,
    .errors = op_DeleteLoginProfile_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_login_profile(struct awsc_client *client,
                                  const struct awsc_iam_delete_login_profile_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteLoginProfile, input, NULL, err);
}

static void delete_login_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_login_profile_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_login_profile_async(struct awsc_client *client,
                                        const struct awsc_iam_delete_login_profile_input *input,
                                        awsc_iam_delete_login_profile_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteLoginProfile, input, delete_login_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteOpenIDConnectProvider_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteOpenIDConnectProvider = {
    .name = "DeleteOpenIDConnectProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[80],
    .output = NULL,
    .errors = op_DeleteOpenIDConnectProvider_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_open_id_connect_provider(struct awsc_client *client,
                                             const struct awsc_iam_delete_open_id_connect_provider_input *input,
                                             struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteOpenIDConnectProvider, input, NULL, err);
}

static void delete_open_id_connect_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_open_id_connect_provider_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_open_id_connect_provider_async(struct awsc_client *client,
                                                   const struct awsc_iam_delete_open_id_connect_provider_input *input,
                                                   awsc_iam_delete_open_id_connect_provider_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteOpenIDConnectProvider, input, delete_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeletePolicy_errors[] = {
    &awsc__iam_tables.shapes[75],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeletePolicy = {
    .name = "DeletePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[81],
    .output = NULL,
    .errors = op_DeletePolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_policy(struct awsc_client *client,
                           const struct awsc_iam_delete_policy_input *input,
                           struct awsc_error *err)
{
    return awsc_call(client, &op_DeletePolicy, input, NULL, err);
}

static void delete_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_policy_async(struct awsc_client *client,
                                 const struct awsc_iam_delete_policy_input *input,
                                 awsc_iam_delete_policy_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeletePolicy, input, delete_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeletePolicyVersion_errors[] = {
    &awsc__iam_tables.shapes[75],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeletePolicyVersion = {
    .name = "DeletePolicyVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[82],
    .output = NULL,
    .errors = op_DeletePolicyVersion_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_policy_version(struct awsc_client *client,
                                   const struct awsc_iam_delete_policy_version_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &op_DeletePolicyVersion, input, NULL, err);
}

static void delete_policy_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_policy_version_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_policy_version_async(struct awsc_client *client,
                                         const struct awsc_iam_delete_policy_version_input *input,
                                         awsc_iam_delete_policy_version_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeletePolicyVersion, input, delete_policy_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteRole_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[75],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_DeleteRole = {
    .name = "DeleteRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[85],
    .output = NULL,
    .errors = op_DeleteRole_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_role(struct awsc_client *client,
                         const struct awsc_iam_delete_role_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteRole, input, NULL, err);
}

static void delete_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_role_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_role_async(struct awsc_client *client,
                               const struct awsc_iam_delete_role_input *input,
                               awsc_iam_delete_role_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteRole, input, delete_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteRolePermissionsBoundary_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_DeleteRolePermissionsBoundary = {
    .name = "DeleteRolePermissionsBoundary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[83],
    .output = NULL,
    .errors = op_DeleteRolePermissionsBoundary_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_role_permissions_boundary(struct awsc_client *client,
                                              const struct awsc_iam_delete_role_permissions_boundary_input *input,
                                              struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteRolePermissionsBoundary, input, NULL, err);
}

static void delete_role_permissions_boundary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_role_permissions_boundary_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_role_permissions_boundary_async(struct awsc_client *client,
                                                    const struct awsc_iam_delete_role_permissions_boundary_input *input,
                                                    awsc_iam_delete_role_permissions_boundary_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteRolePermissionsBoundary, input, delete_role_permissions_boundary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteRolePolicy_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_DeleteRolePolicy = {
    .name = "DeleteRolePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[84],
    .output = NULL,
    .errors = op_DeleteRolePolicy_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_role_policy(struct awsc_client *client,
                                const struct awsc_iam_delete_role_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteRolePolicy, input, NULL, err);
}

static void delete_role_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_role_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_role_policy_async(struct awsc_client *client,
                                      const struct awsc_iam_delete_role_policy_input *input,
                                      awsc_iam_delete_role_policy_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteRolePolicy, input, delete_role_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteSAMLProvider_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteSAMLProvider = {
    .name = "DeleteSAMLProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[86],
    .output = NULL,
    .errors = op_DeleteSAMLProvider_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_saml_provider(struct awsc_client *client,
                                  const struct awsc_iam_delete_saml_provider_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteSAMLProvider, input, NULL, err);
}

static void delete_saml_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_saml_provider_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_saml_provider_async(struct awsc_client *client,
                                        const struct awsc_iam_delete_saml_provider_input *input,
                                        awsc_iam_delete_saml_provider_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteSAMLProvider, input, delete_saml_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteSSHPublicKey_errors[] = {
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_DeleteSSHPublicKey = {
    .name = "DeleteSSHPublicKey",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[87],
    .output = NULL,
    .errors = op_DeleteSSHPublicKey_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_ssh_public_key(struct awsc_client *client,
                                   const struct awsc_iam_delete_ssh_public_key_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteSSHPublicKey, input, NULL, err);
}

static void delete_ssh_public_key_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_ssh_public_key_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_ssh_public_key_async(struct awsc_client *client,
                                         const struct awsc_iam_delete_ssh_public_key_input *input,
                                         awsc_iam_delete_ssh_public_key_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteSSHPublicKey, input, delete_ssh_public_key_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteServerCertificate_errors[] = {
    &awsc__iam_tables.shapes[75],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteServerCertificate = {
    .name = "DeleteServerCertificate",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[88],
    .output = NULL,
    .errors = op_DeleteServerCertificate_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_server_certificate(struct awsc_client *client,
                                       const struct awsc_iam_delete_server_certificate_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteServerCertificate, input, NULL, err);
}

static void delete_server_certificate_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_server_certificate_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_server_certificate_async(struct awsc_client *client,
                                             const struct awsc_iam_delete_server_certificate_input *input,
                                             awsc_iam_delete_server_certificate_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteServerCertificate, input, delete_server_certificate_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteServiceLinkedRole_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteServiceLinkedRole = {
    .name = "DeleteServiceLinkedRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[89],
    .output = &awsc__iam_tables.shapes[90],
    .errors = op_DeleteServiceLinkedRole_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "DeleteServiceLinkedRoleResult",
};

int awsc_iam_delete_service_linked_role(struct awsc_client *client,
                                        const struct awsc_iam_delete_service_linked_role_input *input,
                                        struct awsc_iam_delete_service_linked_role_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteServiceLinkedRole, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_service_linked_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_delete_service_linked_role_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_delete_service_linked_role_async(struct awsc_client *client,
                                              const struct awsc_iam_delete_service_linked_role_input *input,
                                              awsc_iam_delete_service_linked_role_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteServiceLinkedRole, input, delete_service_linked_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteServiceSpecificCredential_errors[] = {
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_DeleteServiceSpecificCredential = {
    .name = "DeleteServiceSpecificCredential",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[91],
    .output = NULL,
    .errors = op_DeleteServiceSpecificCredential_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_service_specific_credential(struct awsc_client *client,
                                                const struct awsc_iam_delete_service_specific_credential_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteServiceSpecificCredential, input, NULL, err);
}

static void delete_service_specific_credential_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_service_specific_credential_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_service_specific_credential_async(struct awsc_client *client,
                                                      const struct awsc_iam_delete_service_specific_credential_input *input,
                                                      awsc_iam_delete_service_specific_credential_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteServiceSpecificCredential, input, delete_service_specific_credential_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteSigningCertificate_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteSigningCertificate = {
    .name = "DeleteSigningCertificate",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[92],
    .output = NULL,
    .errors = op_DeleteSigningCertificate_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_signing_certificate(struct awsc_client *client,
                                        const struct awsc_iam_delete_signing_certificate_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteSigningCertificate, input, NULL, err);
}

static void delete_signing_certificate_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_signing_certificate_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_signing_certificate_async(struct awsc_client *client,
                                              const struct awsc_iam_delete_signing_certificate_input *input,
                                              awsc_iam_delete_signing_certificate_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteSigningCertificate, input, delete_signing_certificate_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteUser_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[75],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteUser = {
    .name = "DeleteUser",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[95],
    .output = NULL,
    .errors = op_DeleteUser_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_user(struct awsc_client *client,
                         const struct awsc_iam_delete_user_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteUser, input, NULL, err);
}

static void delete_user_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_user_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_user_async(struct awsc_client *client,
                               const struct awsc_iam_delete_user_input *input,
                               awsc_iam_delete_user_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteUser, input, delete_user_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteUserPermissionsBoundary_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteUserPermissionsBoundary = {
    .name = "DeleteUserPermissionsBoundary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[93],
    .output = NULL,
    .errors = op_DeleteUserPermissionsBoundary_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_user_permissions_boundary(struct awsc_client *client,
                                              const struct awsc_iam_delete_user_permissions_boundary_input *input,
                                              struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteUserPermissionsBoundary, input, NULL, err);
}

static void delete_user_permissions_boundary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_user_permissions_boundary_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_user_permissions_boundary_async(struct awsc_client *client,
                                                    const struct awsc_iam_delete_user_permissions_boundary_input *input,
                                                    awsc_iam_delete_user_permissions_boundary_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteUserPermissionsBoundary, input, delete_user_permissions_boundary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteUserPolicy_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteUserPolicy = {
    .name = "DeleteUserPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[94],
    .output = NULL,
    .errors = op_DeleteUserPolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_user_policy(struct awsc_client *client,
                                const struct awsc_iam_delete_user_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteUserPolicy, input, NULL, err);
}

static void delete_user_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_user_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_user_policy_async(struct awsc_client *client,
                                      const struct awsc_iam_delete_user_policy_input *input,
                                      awsc_iam_delete_user_policy_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteUserPolicy, input, delete_user_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteVirtualMFADevice_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[75],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DeleteVirtualMFADevice = {
    .name = "DeleteVirtualMFADevice",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[96],
    .output = NULL,
    .errors = op_DeleteVirtualMFADevice_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_delete_virtual_mfa_device(struct awsc_client *client,
                                       const struct awsc_iam_delete_virtual_mfa_device_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteVirtualMFADevice, input, NULL, err);
}

static void delete_virtual_mfa_device_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_delete_virtual_mfa_device_cb *)cb)(user_data, status, err);
}

int awsc_iam_delete_virtual_mfa_device_async(struct awsc_client *client,
                                             const struct awsc_iam_delete_virtual_mfa_device_input *input,
                                             awsc_iam_delete_virtual_mfa_device_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteVirtualMFADevice, input, delete_virtual_mfa_device_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DetachGroupPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DetachGroupPolicy = {
    .name = "DetachGroupPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[100],
    .output = NULL,
    .errors = op_DetachGroupPolicy_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_detach_group_policy(struct awsc_client *client,
                                 const struct awsc_iam_detach_group_policy_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &op_DetachGroupPolicy, input, NULL, err);
}

static void detach_group_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_detach_group_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_detach_group_policy_async(struct awsc_client *client,
                                       const struct awsc_iam_detach_group_policy_input *input,
                                       awsc_iam_detach_group_policy_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DetachGroupPolicy, input, detach_group_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DetachRolePolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_DetachRolePolicy = {
    .name = "DetachRolePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[101],
    .output = NULL,
    .errors = op_DetachRolePolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_detach_role_policy(struct awsc_client *client,
                                const struct awsc_iam_detach_role_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &op_DetachRolePolicy, input, NULL, err);
}

static void detach_role_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_detach_role_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_detach_role_policy_async(struct awsc_client *client,
                                      const struct awsc_iam_detach_role_policy_input *input,
                                      awsc_iam_detach_role_policy_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DetachRolePolicy, input, detach_role_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DetachUserPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_DetachUserPolicy = {
    .name = "DetachUserPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[102],
    .output = NULL,
    .errors = op_DetachUserPolicy_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_detach_user_policy(struct awsc_client *client,
                                const struct awsc_iam_detach_user_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &op_DetachUserPolicy, input, NULL, err);
}

static void detach_user_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_detach_user_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_detach_user_policy_async(struct awsc_client *client,
                                      const struct awsc_iam_detach_user_policy_input *input,
                                      awsc_iam_detach_user_policy_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DetachUserPolicy, input, detach_user_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DisableOrganizationsRootCredentialsManagement_errors[] = {
    &awsc__iam_tables.shapes[7],
    &awsc__iam_tables.shapes[287],
    &awsc__iam_tables.shapes[288],
    &awsc__iam_tables.shapes[357],
};

static const struct awsc_operation op_DisableOrganizationsRootCredentialsManagement = {
    .name = "DisableOrganizationsRootCredentialsManagement",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[103],
    .output = &awsc__iam_tables.shapes[104],
    .errors = op_DisableOrganizationsRootCredentialsManagement_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "DisableOrganizationsRootCredentialsManagementResult",
};

int awsc_iam_disable_organizations_root_credentials_management(struct awsc_client *client,
                                                               const struct awsc_iam_disable_organizations_root_credentials_management_input *input,
                                                               struct awsc_iam_disable_organizations_root_credentials_management_output **output,
                                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DisableOrganizationsRootCredentialsManagement, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void disable_organizations_root_credentials_management_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_disable_organizations_root_credentials_management_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_disable_organizations_root_credentials_management_async(struct awsc_client *client,
                                                                     const struct awsc_iam_disable_organizations_root_credentials_management_input *input,
                                                                     awsc_iam_disable_organizations_root_credentials_management_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DisableOrganizationsRootCredentialsManagement, input, disable_organizations_root_credentials_management_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DisableOrganizationsRootSessions_errors[] = {
    &awsc__iam_tables.shapes[7],
    &awsc__iam_tables.shapes[287],
    &awsc__iam_tables.shapes[288],
    &awsc__iam_tables.shapes[357],
};

static const struct awsc_operation op_DisableOrganizationsRootSessions = {
    .name = "DisableOrganizationsRootSessions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[105],
    .output = &awsc__iam_tables.shapes[106],
    .errors = op_DisableOrganizationsRootSessions_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "DisableOrganizationsRootSessionsResult",
};

int awsc_iam_disable_organizations_root_sessions(struct awsc_client *client,
                                                 const struct awsc_iam_disable_organizations_root_sessions_input *input,
                                                 struct awsc_iam_disable_organizations_root_sessions_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DisableOrganizationsRootSessions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void disable_organizations_root_sessions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_disable_organizations_root_sessions_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_disable_organizations_root_sessions_async(struct awsc_client *client,
                                                       const struct awsc_iam_disable_organizations_root_sessions_input *input,
                                                       awsc_iam_disable_organizations_root_sessions_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DisableOrganizationsRootSessions, input, disable_organizations_root_sessions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DisableOutboundWebIdentityFederation_errors[] = {
    &awsc__iam_tables.shapes[125],
};

static const struct awsc_operation op_DisableOutboundWebIdentityFederation = {
    .name = "DisableOutboundWebIdentityFederation",
    .http_method = "POST",
    .request_uri = "/",
    .input = NULL,
    .output = NULL,
    .errors = op_DisableOutboundWebIdentityFederation_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_disable_outbound_web_identity_federation(struct awsc_client *client,
                                                      struct awsc_error *err)
{
    return awsc_call(client, &op_DisableOutboundWebIdentityFederation, NULL, NULL, err);
}

static void disable_outbound_web_identity_federation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_disable_outbound_web_identity_federation_cb *)cb)(user_data, status, err);
}

int awsc_iam_disable_outbound_web_identity_federation_async(struct awsc_client *client,
                                                            awsc_iam_disable_outbound_web_identity_federation_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DisableOutboundWebIdentityFederation, NULL, disable_outbound_web_identity_federation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_EnableMFADevice_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[118],
    &awsc__iam_tables.shapes[193],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_EnableMFADevice = {
    .name = "EnableMFADevice",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[109],
    .output = NULL,
    .errors = op_EnableMFADevice_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_enable_mfa_device(struct awsc_client *client,
                               const struct awsc_iam_enable_mfa_device_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_EnableMFADevice, input, NULL, err);
}

static void enable_mfa_device_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_enable_mfa_device_cb *)cb)(user_data, status, err);
}

int awsc_iam_enable_mfa_device_async(struct awsc_client *client,
                                     const struct awsc_iam_enable_mfa_device_input *input,
                                     awsc_iam_enable_mfa_device_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_EnableMFADevice, input, enable_mfa_device_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_EnableOrganizationsRootCredentialsManagement_errors[] = {
    &awsc__iam_tables.shapes[7],
    &awsc__iam_tables.shapes[23],
    &awsc__iam_tables.shapes[287],
    &awsc__iam_tables.shapes[288],
    &awsc__iam_tables.shapes[357],
};

static const struct awsc_operation op_EnableOrganizationsRootCredentialsManagement = {
    .name = "EnableOrganizationsRootCredentialsManagement",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[110],
    .output = &awsc__iam_tables.shapes[111],
    .errors = op_EnableOrganizationsRootCredentialsManagement_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "EnableOrganizationsRootCredentialsManagementResult",
};

int awsc_iam_enable_organizations_root_credentials_management(struct awsc_client *client,
                                                              const struct awsc_iam_enable_organizations_root_credentials_management_input *input,
                                                              struct awsc_iam_enable_organizations_root_credentials_management_output **output,
                                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_EnableOrganizationsRootCredentialsManagement, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void enable_organizations_root_credentials_management_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_enable_organizations_root_credentials_management_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_enable_organizations_root_credentials_management_async(struct awsc_client *client,
                                                                    const struct awsc_iam_enable_organizations_root_credentials_management_input *input,
                                                                    awsc_iam_enable_organizations_root_credentials_management_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_EnableOrganizationsRootCredentialsManagement, input, enable_organizations_root_credentials_management_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_EnableOrganizationsRootSessions_errors[] = {
    &awsc__iam_tables.shapes[7],
    &awsc__iam_tables.shapes[23],
    &awsc__iam_tables.shapes[287],
    &awsc__iam_tables.shapes[288],
    &awsc__iam_tables.shapes[357],
};

static const struct awsc_operation op_EnableOrganizationsRootSessions = {
    .name = "EnableOrganizationsRootSessions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[112],
    .output = &awsc__iam_tables.shapes[113],
    .errors = op_EnableOrganizationsRootSessions_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "EnableOrganizationsRootSessionsResult",
};

int awsc_iam_enable_organizations_root_sessions(struct awsc_client *client,
                                                const struct awsc_iam_enable_organizations_root_sessions_input *input,
                                                struct awsc_iam_enable_organizations_root_sessions_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_EnableOrganizationsRootSessions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void enable_organizations_root_sessions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_enable_organizations_root_sessions_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_enable_organizations_root_sessions_async(struct awsc_client *client,
                                                      const struct awsc_iam_enable_organizations_root_sessions_input *input,
                                                      awsc_iam_enable_organizations_root_sessions_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_EnableOrganizationsRootSessions, input, enable_organizations_root_sessions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_EnableOutboundWebIdentityFederation_errors[] = {
    &awsc__iam_tables.shapes[127],
};

static const struct awsc_operation op_EnableOutboundWebIdentityFederation = {
    .name = "EnableOutboundWebIdentityFederation",
    .http_method = "POST",
    .request_uri = "/",
    .input = NULL,
    .output = &awsc__iam_tables.shapes[114],
    .errors = op_EnableOutboundWebIdentityFederation_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "EnableOutboundWebIdentityFederationResult",
};

int awsc_iam_enable_outbound_web_identity_federation(struct awsc_client *client,
                                                     struct awsc_iam_enable_outbound_web_identity_federation_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_EnableOutboundWebIdentityFederation, NULL, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void enable_outbound_web_identity_federation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_enable_outbound_web_identity_federation_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_enable_outbound_web_identity_federation_async(struct awsc_client *client,
                                                           awsc_iam_enable_outbound_web_identity_federation_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_EnableOutboundWebIdentityFederation, NULL, enable_outbound_web_identity_federation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GenerateCredentialReport_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GenerateCredentialReport = {
    .name = "GenerateCredentialReport",
    .http_method = "POST",
    .request_uri = "/",
    .input = NULL,
    .output = &awsc__iam_tables.shapes[131],
    .errors = op_GenerateCredentialReport_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GenerateCredentialReportResult",
};

int awsc_iam_generate_credential_report(struct awsc_client *client,
                                        struct awsc_iam_generate_credential_report_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GenerateCredentialReport, NULL, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void generate_credential_report_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_generate_credential_report_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_generate_credential_report_async(struct awsc_client *client,
                                              awsc_iam_generate_credential_report_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GenerateCredentialReport, NULL, generate_credential_report_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GenerateOrganizationsAccessReport_errors[] = {
    &awsc__iam_tables.shapes[330],
};

static const struct awsc_operation op_GenerateOrganizationsAccessReport = {
    .name = "GenerateOrganizationsAccessReport",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[132],
    .output = &awsc__iam_tables.shapes[133],
    .errors = op_GenerateOrganizationsAccessReport_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GenerateOrganizationsAccessReportResult",
};

int awsc_iam_generate_organizations_access_report(struct awsc_client *client,
                                                  const struct awsc_iam_generate_organizations_access_report_input *input,
                                                  struct awsc_iam_generate_organizations_access_report_output **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GenerateOrganizationsAccessReport, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void generate_organizations_access_report_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_generate_organizations_access_report_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_generate_organizations_access_report_async(struct awsc_client *client,
                                                        const struct awsc_iam_generate_organizations_access_report_input *input,
                                                        awsc_iam_generate_organizations_access_report_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GenerateOrganizationsAccessReport, input, generate_organizations_access_report_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GenerateServiceLastAccessedDetails_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_GenerateServiceLastAccessedDetails = {
    .name = "GenerateServiceLastAccessedDetails",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[134],
    .output = &awsc__iam_tables.shapes[135],
    .errors = op_GenerateServiceLastAccessedDetails_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GenerateServiceLastAccessedDetailsResult",
};

int awsc_iam_generate_service_last_accessed_details(struct awsc_client *client,
                                                    const struct awsc_iam_generate_service_last_accessed_details_input *input,
                                                    struct awsc_iam_generate_service_last_accessed_details_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GenerateServiceLastAccessedDetails, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void generate_service_last_accessed_details_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_generate_service_last_accessed_details_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_generate_service_last_accessed_details_async(struct awsc_client *client,
                                                          const struct awsc_iam_generate_service_last_accessed_details_input *input,
                                                          awsc_iam_generate_service_last_accessed_details_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GenerateServiceLastAccessedDetails, input, generate_service_last_accessed_details_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_GetAccessKeyLastUsed = {
    .name = "GetAccessKeyLastUsed",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[136],
    .output = &awsc__iam_tables.shapes[137],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetAccessKeyLastUsedResult",
};

int awsc_iam_get_access_key_last_used(struct awsc_client *client,
                                      const struct awsc_iam_get_access_key_last_used_input *input,
                                      struct awsc_iam_get_access_key_last_used_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAccessKeyLastUsed, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_access_key_last_used_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_access_key_last_used_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_access_key_last_used_async(struct awsc_client *client,
                                            const struct awsc_iam_get_access_key_last_used_input *input,
                                            awsc_iam_get_access_key_last_used_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetAccessKeyLastUsed, input, get_access_key_last_used_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAccountAuthorizationDetails_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetAccountAuthorizationDetails = {
    .name = "GetAccountAuthorizationDetails",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[138],
    .output = &awsc__iam_tables.shapes[139],
    .errors = op_GetAccountAuthorizationDetails_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetAccountAuthorizationDetailsResult",
};

int awsc_iam_get_account_authorization_details(struct awsc_client *client,
                                               const struct awsc_iam_get_account_authorization_details_input *input,
                                               struct awsc_iam_get_account_authorization_details_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAccountAuthorizationDetails, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_account_authorization_details_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_account_authorization_details_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_account_authorization_details_async(struct awsc_client *client,
                                                     const struct awsc_iam_get_account_authorization_details_input *input,
                                                     awsc_iam_get_account_authorization_details_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetAccountAuthorizationDetails, input, get_account_authorization_details_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAccountPasswordPolicy_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetAccountPasswordPolicy = {
    .name = "GetAccountPasswordPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = NULL,
    .output = &awsc__iam_tables.shapes[140],
    .errors = op_GetAccountPasswordPolicy_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetAccountPasswordPolicyResult",
};

int awsc_iam_get_account_password_policy(struct awsc_client *client,
                                         struct awsc_iam_get_account_password_policy_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAccountPasswordPolicy, NULL, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_account_password_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_account_password_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_account_password_policy_async(struct awsc_client *client,
                                               awsc_iam_get_account_password_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetAccountPasswordPolicy, NULL, get_account_password_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAccountSummary_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetAccountSummary = {
    .name = "GetAccountSummary",
    .http_method = "POST",
    .request_uri = "/",
    .input = NULL,
    .output = &awsc__iam_tables.shapes[141],
    .errors = op_GetAccountSummary_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetAccountSummaryResult",
};

int awsc_iam_get_account_summary(struct awsc_client *client,
                                 struct awsc_iam_get_account_summary_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAccountSummary, NULL, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_account_summary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_account_summary_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_account_summary_async(struct awsc_client *client,
                                       awsc_iam_get_account_summary_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetAccountSummary, NULL, get_account_summary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetContextKeysForCustomPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
};

static const struct awsc_operation op_GetContextKeysForCustomPolicy = {
    .name = "GetContextKeysForCustomPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[142],
    .output = &awsc__iam_tables.shapes[143],
    .errors = op_GetContextKeysForCustomPolicy_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetContextKeysForCustomPolicyResult",
};

int awsc_iam_get_context_keys_for_custom_policy(struct awsc_client *client,
                                                const struct awsc_iam_get_context_keys_for_custom_policy_input *input,
                                                struct awsc_iam_get_context_keys_for_policy_response **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetContextKeysForCustomPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_context_keys_for_custom_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_context_keys_for_custom_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_context_keys_for_custom_policy_async(struct awsc_client *client,
                                                      const struct awsc_iam_get_context_keys_for_custom_policy_input *input,
                                                      awsc_iam_get_context_keys_for_custom_policy_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetContextKeysForCustomPolicy, input, get_context_keys_for_custom_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetContextKeysForPrincipalPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_GetContextKeysForPrincipalPolicy = {
    .name = "GetContextKeysForPrincipalPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[144],
    .output = &awsc__iam_tables.shapes[143],
    .errors = op_GetContextKeysForPrincipalPolicy_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetContextKeysForPrincipalPolicyResult",
};

int awsc_iam_get_context_keys_for_principal_policy(struct awsc_client *client,
                                                   const struct awsc_iam_get_context_keys_for_principal_policy_input *input,
                                                   struct awsc_iam_get_context_keys_for_policy_response **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetContextKeysForPrincipalPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_context_keys_for_principal_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_context_keys_for_principal_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_context_keys_for_principal_policy_async(struct awsc_client *client,
                                                         const struct awsc_iam_get_context_keys_for_principal_policy_input *input,
                                                         awsc_iam_get_context_keys_for_principal_policy_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetContextKeysForPrincipalPolicy, input, get_context_keys_for_principal_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCredentialReport_errors[] = {
    &awsc__iam_tables.shapes[67],
    &awsc__iam_tables.shapes[68],
    &awsc__iam_tables.shapes[69],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetCredentialReport = {
    .name = "GetCredentialReport",
    .http_method = "POST",
    .request_uri = "/",
    .input = NULL,
    .output = &awsc__iam_tables.shapes[145],
    .errors = op_GetCredentialReport_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetCredentialReportResult",
};

int awsc_iam_get_credential_report(struct awsc_client *client,
                                   struct awsc_iam_get_credential_report_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCredentialReport, NULL, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_credential_report_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_credential_report_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_credential_report_async(struct awsc_client *client,
                                         awsc_iam_get_credential_report_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetCredentialReport, NULL, get_credential_report_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDelegationRequest_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetDelegationRequest = {
    .name = "GetDelegationRequest",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[146],
    .output = &awsc__iam_tables.shapes[147],
    .errors = op_GetDelegationRequest_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetDelegationRequestResult",
};

int awsc_iam_get_delegation_request(struct awsc_client *client,
                                    const struct awsc_iam_get_delegation_request_input *input,
                                    struct awsc_iam_get_delegation_request_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDelegationRequest, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_delegation_request_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_delegation_request_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_delegation_request_async(struct awsc_client *client,
                                          const struct awsc_iam_get_delegation_request_input *input,
                                          awsc_iam_get_delegation_request_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDelegationRequest, input, get_delegation_request_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetGroup_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetGroup = {
    .name = "GetGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[150],
    .output = &awsc__iam_tables.shapes[151],
    .errors = op_GetGroup_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetGroupResult",
};

int awsc_iam_get_group(struct awsc_client *client,
                       const struct awsc_iam_get_group_input *input,
                       struct awsc_iam_get_group_output **output,
                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_group_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_group_async(struct awsc_client *client,
                             const struct awsc_iam_get_group_input *input,
                             awsc_iam_get_group_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetGroup, input, get_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetGroupPolicy_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetGroupPolicy = {
    .name = "GetGroupPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[148],
    .output = &awsc__iam_tables.shapes[149],
    .errors = op_GetGroupPolicy_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetGroupPolicyResult",
};

int awsc_iam_get_group_policy(struct awsc_client *client,
                              const struct awsc_iam_get_group_policy_input *input,
                              struct awsc_iam_get_group_policy_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetGroupPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_group_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_group_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_group_policy_async(struct awsc_client *client,
                                    const struct awsc_iam_get_group_policy_input *input,
                                    awsc_iam_get_group_policy_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetGroupPolicy, input, get_group_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetHumanReadableSummary_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetHumanReadableSummary = {
    .name = "GetHumanReadableSummary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[152],
    .output = &awsc__iam_tables.shapes[153],
    .errors = op_GetHumanReadableSummary_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetHumanReadableSummaryResult",
};

int awsc_iam_get_human_readable_summary(struct awsc_client *client,
                                        const struct awsc_iam_get_human_readable_summary_input *input,
                                        struct awsc_iam_get_human_readable_summary_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetHumanReadableSummary, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_human_readable_summary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_human_readable_summary_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_human_readable_summary_async(struct awsc_client *client,
                                              const struct awsc_iam_get_human_readable_summary_input *input,
                                              awsc_iam_get_human_readable_summary_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetHumanReadableSummary, input, get_human_readable_summary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetInstanceProfile_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetInstanceProfile = {
    .name = "GetInstanceProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[154],
    .output = &awsc__iam_tables.shapes[155],
    .errors = op_GetInstanceProfile_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetInstanceProfileResult",
};

int awsc_iam_get_instance_profile(struct awsc_client *client,
                                  const struct awsc_iam_get_instance_profile_input *input,
                                  struct awsc_iam_get_instance_profile_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetInstanceProfile, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_instance_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_instance_profile_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_instance_profile_async(struct awsc_client *client,
                                        const struct awsc_iam_get_instance_profile_input *input,
                                        awsc_iam_get_instance_profile_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetInstanceProfile, input, get_instance_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetLoginProfile_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetLoginProfile = {
    .name = "GetLoginProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[156],
    .output = &awsc__iam_tables.shapes[157],
    .errors = op_GetLoginProfile_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetLoginProfileResult",
};

int awsc_iam_get_login_profile(struct awsc_client *client,
                               const struct awsc_iam_get_login_profile_input *input,
                               struct awsc_iam_get_login_profile_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetLoginProfile, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_login_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_login_profile_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_login_profile_async(struct awsc_client *client,
                                     const struct awsc_iam_get_login_profile_input *input,
                                     awsc_iam_get_login_profile_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetLoginProfile, input, get_login_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMFADevice_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetMFADevice = {
    .name = "GetMFADevice",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[158],
    .output = &awsc__iam_tables.shapes[159],
    .errors = op_GetMFADevice_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetMFADeviceResult",
};

int awsc_iam_get_mfa_device(struct awsc_client *client,
                            const struct awsc_iam_get_mfa_device_input *input,
                            struct awsc_iam_get_mfa_device_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMFADevice, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_mfa_device_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_mfa_device_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_mfa_device_async(struct awsc_client *client,
                                  const struct awsc_iam_get_mfa_device_input *input,
                                  awsc_iam_get_mfa_device_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetMFADevice, input, get_mfa_device_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetOpenIDConnectProvider_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetOpenIDConnectProvider = {
    .name = "GetOpenIDConnectProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[160],
    .output = &awsc__iam_tables.shapes[161],
    .errors = op_GetOpenIDConnectProvider_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetOpenIDConnectProviderResult",
};

int awsc_iam_get_open_id_connect_provider(struct awsc_client *client,
                                          const struct awsc_iam_get_open_id_connect_provider_input *input,
                                          struct awsc_iam_get_open_id_connect_provider_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOpenIDConnectProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_open_id_connect_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_open_id_connect_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_open_id_connect_provider_async(struct awsc_client *client,
                                                const struct awsc_iam_get_open_id_connect_provider_input *input,
                                                awsc_iam_get_open_id_connect_provider_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetOpenIDConnectProvider, input, get_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetOrganizationsAccessReport_errors[] = {
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_GetOrganizationsAccessReport = {
    .name = "GetOrganizationsAccessReport",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[162],
    .output = &awsc__iam_tables.shapes[163],
    .errors = op_GetOrganizationsAccessReport_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetOrganizationsAccessReportResult",
};

int awsc_iam_get_organizations_access_report(struct awsc_client *client,
                                             const struct awsc_iam_get_organizations_access_report_input *input,
                                             struct awsc_iam_get_organizations_access_report_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOrganizationsAccessReport, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_organizations_access_report_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_organizations_access_report_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_organizations_access_report_async(struct awsc_client *client,
                                                   const struct awsc_iam_get_organizations_access_report_input *input,
                                                   awsc_iam_get_organizations_access_report_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetOrganizationsAccessReport, input, get_organizations_access_report_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetOutboundWebIdentityFederationInfo_errors[] = {
    &awsc__iam_tables.shapes[125],
};

static const struct awsc_operation op_GetOutboundWebIdentityFederationInfo = {
    .name = "GetOutboundWebIdentityFederationInfo",
    .http_method = "POST",
    .request_uri = "/",
    .input = NULL,
    .output = &awsc__iam_tables.shapes[164],
    .errors = op_GetOutboundWebIdentityFederationInfo_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetOutboundWebIdentityFederationInfoResult",
};

int awsc_iam_get_outbound_web_identity_federation_info(struct awsc_client *client,
                                                       struct awsc_iam_get_outbound_web_identity_federation_info_output **output,
                                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOutboundWebIdentityFederationInfo, NULL, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_outbound_web_identity_federation_info_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_outbound_web_identity_federation_info_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_outbound_web_identity_federation_info_async(struct awsc_client *client,
                                                             awsc_iam_get_outbound_web_identity_federation_info_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetOutboundWebIdentityFederationInfo, NULL, get_outbound_web_identity_federation_info_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetPolicy = {
    .name = "GetPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[165],
    .output = &awsc__iam_tables.shapes[166],
    .errors = op_GetPolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetPolicyResult",
};

int awsc_iam_get_policy(struct awsc_client *client,
                        const struct awsc_iam_get_policy_input *input,
                        struct awsc_iam_get_policy_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_policy_async(struct awsc_client *client,
                              const struct awsc_iam_get_policy_input *input,
                              awsc_iam_get_policy_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetPolicy, input, get_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetPolicyVersion_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetPolicyVersion = {
    .name = "GetPolicyVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[167],
    .output = &awsc__iam_tables.shapes[168],
    .errors = op_GetPolicyVersion_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetPolicyVersionResult",
};

int awsc_iam_get_policy_version(struct awsc_client *client,
                                const struct awsc_iam_get_policy_version_input *input,
                                struct awsc_iam_get_policy_version_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetPolicyVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_policy_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_policy_version_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_policy_version_async(struct awsc_client *client,
                                      const struct awsc_iam_get_policy_version_input *input,
                                      awsc_iam_get_policy_version_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetPolicyVersion, input, get_policy_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetRole_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetRole = {
    .name = "GetRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[171],
    .output = &awsc__iam_tables.shapes[172],
    .errors = op_GetRole_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetRoleResult",
};

int awsc_iam_get_role(struct awsc_client *client,
                      const struct awsc_iam_get_role_input *input,
                      struct awsc_iam_get_role_output **output,
                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetRole, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_role_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_role_async(struct awsc_client *client,
                            const struct awsc_iam_get_role_input *input,
                            awsc_iam_get_role_cb *cb,
                            void *user_data,
                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetRole, input, get_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetRolePolicy_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetRolePolicy = {
    .name = "GetRolePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[169],
    .output = &awsc__iam_tables.shapes[170],
    .errors = op_GetRolePolicy_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetRolePolicyResult",
};

int awsc_iam_get_role_policy(struct awsc_client *client,
                             const struct awsc_iam_get_role_policy_input *input,
                             struct awsc_iam_get_role_policy_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetRolePolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_role_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_role_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_role_policy_async(struct awsc_client *client,
                                   const struct awsc_iam_get_role_policy_input *input,
                                   awsc_iam_get_role_policy_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetRolePolicy, input, get_role_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetSAMLProvider_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetSAMLProvider = {
    .name = "GetSAMLProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[173],
    .output = &awsc__iam_tables.shapes[174],
    .errors = op_GetSAMLProvider_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetSAMLProviderResult",
};

int awsc_iam_get_saml_provider(struct awsc_client *client,
                               const struct awsc_iam_get_saml_provider_input *input,
                               struct awsc_iam_get_saml_provider_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetSAMLProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_saml_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_saml_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_saml_provider_async(struct awsc_client *client,
                                     const struct awsc_iam_get_saml_provider_input *input,
                                     awsc_iam_get_saml_provider_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetSAMLProvider, input, get_saml_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetSSHPublicKey_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[386],
};

static const struct awsc_operation op_GetSSHPublicKey = {
    .name = "GetSSHPublicKey",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[175],
    .output = &awsc__iam_tables.shapes[176],
    .errors = op_GetSSHPublicKey_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetSSHPublicKeyResult",
};

int awsc_iam_get_ssh_public_key(struct awsc_client *client,
                                const struct awsc_iam_get_ssh_public_key_input *input,
                                struct awsc_iam_get_ssh_public_key_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetSSHPublicKey, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_ssh_public_key_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_ssh_public_key_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_ssh_public_key_async(struct awsc_client *client,
                                      const struct awsc_iam_get_ssh_public_key_input *input,
                                      awsc_iam_get_ssh_public_key_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetSSHPublicKey, input, get_ssh_public_key_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetServerCertificate_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetServerCertificate = {
    .name = "GetServerCertificate",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[177],
    .output = &awsc__iam_tables.shapes[178],
    .errors = op_GetServerCertificate_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetServerCertificateResult",
};

int awsc_iam_get_server_certificate(struct awsc_client *client,
                                    const struct awsc_iam_get_server_certificate_input *input,
                                    struct awsc_iam_get_server_certificate_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetServerCertificate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_server_certificate_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_server_certificate_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_server_certificate_async(struct awsc_client *client,
                                          const struct awsc_iam_get_server_certificate_input *input,
                                          awsc_iam_get_server_certificate_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetServerCertificate, input, get_server_certificate_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetServiceLastAccessedDetails_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_GetServiceLastAccessedDetails = {
    .name = "GetServiceLastAccessedDetails",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[179],
    .output = &awsc__iam_tables.shapes[180],
    .errors = op_GetServiceLastAccessedDetails_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetServiceLastAccessedDetailsResult",
};

int awsc_iam_get_service_last_accessed_details(struct awsc_client *client,
                                               const struct awsc_iam_get_service_last_accessed_details_input *input,
                                               struct awsc_iam_get_service_last_accessed_details_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetServiceLastAccessedDetails, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_service_last_accessed_details_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_service_last_accessed_details_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_service_last_accessed_details_async(struct awsc_client *client,
                                                     const struct awsc_iam_get_service_last_accessed_details_input *input,
                                                     awsc_iam_get_service_last_accessed_details_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetServiceLastAccessedDetails, input, get_service_last_accessed_details_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetServiceLastAccessedDetailsWithEntities_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_GetServiceLastAccessedDetailsWithEntities = {
    .name = "GetServiceLastAccessedDetailsWithEntities",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[181],
    .output = &awsc__iam_tables.shapes[182],
    .errors = op_GetServiceLastAccessedDetailsWithEntities_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetServiceLastAccessedDetailsWithEntitiesResult",
};

int awsc_iam_get_service_last_accessed_details_with_entities(struct awsc_client *client,
                                                             const struct awsc_iam_get_service_last_accessed_details_with_entities_input *input,
                                                             struct awsc_iam_get_service_last_accessed_details_with_entities_output **output,
                                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetServiceLastAccessedDetailsWithEntities, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_service_last_accessed_details_with_entities_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_service_last_accessed_details_with_entities_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_service_last_accessed_details_with_entities_async(struct awsc_client *client,
                                                                   const struct awsc_iam_get_service_last_accessed_details_with_entities_input *input,
                                                                   awsc_iam_get_service_last_accessed_details_with_entities_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetServiceLastAccessedDetailsWithEntities, input, get_service_last_accessed_details_with_entities_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetServiceLinkedRoleDeletionStatus_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetServiceLinkedRoleDeletionStatus = {
    .name = "GetServiceLinkedRoleDeletionStatus",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[183],
    .output = &awsc__iam_tables.shapes[184],
    .errors = op_GetServiceLinkedRoleDeletionStatus_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetServiceLinkedRoleDeletionStatusResult",
};

int awsc_iam_get_service_linked_role_deletion_status(struct awsc_client *client,
                                                     const struct awsc_iam_get_service_linked_role_deletion_status_input *input,
                                                     struct awsc_iam_get_service_linked_role_deletion_status_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetServiceLinkedRoleDeletionStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_service_linked_role_deletion_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_service_linked_role_deletion_status_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_service_linked_role_deletion_status_async(struct awsc_client *client,
                                                           const struct awsc_iam_get_service_linked_role_deletion_status_input *input,
                                                           awsc_iam_get_service_linked_role_deletion_status_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetServiceLinkedRoleDeletionStatus, input, get_service_linked_role_deletion_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetUser_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetUser = {
    .name = "GetUser",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[187],
    .output = &awsc__iam_tables.shapes[188],
    .errors = op_GetUser_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetUserResult",
};

int awsc_iam_get_user(struct awsc_client *client,
                      const struct awsc_iam_get_user_input *input,
                      struct awsc_iam_get_user_output **output,
                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetUser, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_user_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_user_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_user_async(struct awsc_client *client,
                            const struct awsc_iam_get_user_input *input,
                            awsc_iam_get_user_cb *cb,
                            void *user_data,
                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetUser, input, get_user_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetUserPolicy_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_GetUserPolicy = {
    .name = "GetUserPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[185],
    .output = &awsc__iam_tables.shapes[186],
    .errors = op_GetUserPolicy_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "GetUserPolicyResult",
};

int awsc_iam_get_user_policy(struct awsc_client *client,
                             const struct awsc_iam_get_user_policy_input *input,
                             struct awsc_iam_get_user_policy_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetUserPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_user_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_get_user_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_get_user_policy_async(struct awsc_client *client,
                                   const struct awsc_iam_get_user_policy_input *input,
                                   awsc_iam_get_user_policy_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetUserPolicy, input, get_user_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAccessKeys_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListAccessKeys = {
    .name = "ListAccessKeys",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[201],
    .output = &awsc__iam_tables.shapes[202],
    .errors = op_ListAccessKeys_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListAccessKeysResult",
};

int awsc_iam_list_access_keys(struct awsc_client *client,
                              const struct awsc_iam_list_access_keys_input *input,
                              struct awsc_iam_list_access_keys_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAccessKeys, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_access_keys_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_access_keys_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_access_keys_async(struct awsc_client *client,
                                    const struct awsc_iam_list_access_keys_input *input,
                                    awsc_iam_list_access_keys_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListAccessKeys, input, list_access_keys_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAccountAliases_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListAccountAliases = {
    .name = "ListAccountAliases",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[203],
    .output = &awsc__iam_tables.shapes[204],
    .errors = op_ListAccountAliases_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListAccountAliasesResult",
};

int awsc_iam_list_account_aliases(struct awsc_client *client,
                                  const struct awsc_iam_list_account_aliases_input *input,
                                  struct awsc_iam_list_account_aliases_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAccountAliases, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_account_aliases_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_account_aliases_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_account_aliases_async(struct awsc_client *client,
                                        const struct awsc_iam_list_account_aliases_input *input,
                                        awsc_iam_list_account_aliases_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListAccountAliases, input, list_account_aliases_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAttachedGroupPolicies_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListAttachedGroupPolicies = {
    .name = "ListAttachedGroupPolicies",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[205],
    .output = &awsc__iam_tables.shapes[206],
    .errors = op_ListAttachedGroupPolicies_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListAttachedGroupPoliciesResult",
};

int awsc_iam_list_attached_group_policies(struct awsc_client *client,
                                          const struct awsc_iam_list_attached_group_policies_input *input,
                                          struct awsc_iam_list_attached_group_policies_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAttachedGroupPolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_attached_group_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_attached_group_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_attached_group_policies_async(struct awsc_client *client,
                                                const struct awsc_iam_list_attached_group_policies_input *input,
                                                awsc_iam_list_attached_group_policies_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListAttachedGroupPolicies, input, list_attached_group_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAttachedRolePolicies_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListAttachedRolePolicies = {
    .name = "ListAttachedRolePolicies",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[207],
    .output = &awsc__iam_tables.shapes[208],
    .errors = op_ListAttachedRolePolicies_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListAttachedRolePoliciesResult",
};

int awsc_iam_list_attached_role_policies(struct awsc_client *client,
                                         const struct awsc_iam_list_attached_role_policies_input *input,
                                         struct awsc_iam_list_attached_role_policies_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAttachedRolePolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_attached_role_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_attached_role_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_attached_role_policies_async(struct awsc_client *client,
                                               const struct awsc_iam_list_attached_role_policies_input *input,
                                               awsc_iam_list_attached_role_policies_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListAttachedRolePolicies, input, list_attached_role_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAttachedUserPolicies_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListAttachedUserPolicies = {
    .name = "ListAttachedUserPolicies",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[209],
    .output = &awsc__iam_tables.shapes[210],
    .errors = op_ListAttachedUserPolicies_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListAttachedUserPoliciesResult",
};

int awsc_iam_list_attached_user_policies(struct awsc_client *client,
                                         const struct awsc_iam_list_attached_user_policies_input *input,
                                         struct awsc_iam_list_attached_user_policies_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAttachedUserPolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_attached_user_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_attached_user_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_attached_user_policies_async(struct awsc_client *client,
                                               const struct awsc_iam_list_attached_user_policies_input *input,
                                               awsc_iam_list_attached_user_policies_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListAttachedUserPolicies, input, list_attached_user_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDelegationRequests_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListDelegationRequests = {
    .name = "ListDelegationRequests",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[211],
    .output = &awsc__iam_tables.shapes[212],
    .errors = op_ListDelegationRequests_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListDelegationRequestsResult",
};

int awsc_iam_list_delegation_requests(struct awsc_client *client,
                                      const struct awsc_iam_list_delegation_requests_input *input,
                                      struct awsc_iam_list_delegation_requests_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDelegationRequests, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_delegation_requests_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_delegation_requests_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_delegation_requests_async(struct awsc_client *client,
                                            const struct awsc_iam_list_delegation_requests_input *input,
                                            awsc_iam_list_delegation_requests_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListDelegationRequests, input, list_delegation_requests_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListEntitiesForPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListEntitiesForPolicy = {
    .name = "ListEntitiesForPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[213],
    .output = &awsc__iam_tables.shapes[214],
    .errors = op_ListEntitiesForPolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListEntitiesForPolicyResult",
};

int awsc_iam_list_entities_for_policy(struct awsc_client *client,
                                      const struct awsc_iam_list_entities_for_policy_input *input,
                                      struct awsc_iam_list_entities_for_policy_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListEntitiesForPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_entities_for_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_entities_for_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_entities_for_policy_async(struct awsc_client *client,
                                            const struct awsc_iam_list_entities_for_policy_input *input,
                                            awsc_iam_list_entities_for_policy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListEntitiesForPolicy, input, list_entities_for_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListGroupPolicies_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListGroupPolicies = {
    .name = "ListGroupPolicies",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[215],
    .output = &awsc__iam_tables.shapes[216],
    .errors = op_ListGroupPolicies_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListGroupPoliciesResult",
};

int awsc_iam_list_group_policies(struct awsc_client *client,
                                 const struct awsc_iam_list_group_policies_input *input,
                                 struct awsc_iam_list_group_policies_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListGroupPolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_group_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_group_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_group_policies_async(struct awsc_client *client,
                                       const struct awsc_iam_list_group_policies_input *input,
                                       awsc_iam_list_group_policies_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListGroupPolicies, input, list_group_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListGroups_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListGroups = {
    .name = "ListGroups",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[219],
    .output = &awsc__iam_tables.shapes[220],
    .errors = op_ListGroups_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListGroupsResult",
};

int awsc_iam_list_groups(struct awsc_client *client,
                         const struct awsc_iam_list_groups_input *input,
                         struct awsc_iam_list_groups_output **output,
                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListGroups, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_groups_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_groups_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_groups_async(struct awsc_client *client,
                               const struct awsc_iam_list_groups_input *input,
                               awsc_iam_list_groups_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListGroups, input, list_groups_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListGroupsForUser_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListGroupsForUser = {
    .name = "ListGroupsForUser",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[217],
    .output = &awsc__iam_tables.shapes[218],
    .errors = op_ListGroupsForUser_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListGroupsForUserResult",
};

int awsc_iam_list_groups_for_user(struct awsc_client *client,
                                  const struct awsc_iam_list_groups_for_user_input *input,
                                  struct awsc_iam_list_groups_for_user_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListGroupsForUser, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_groups_for_user_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_groups_for_user_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_groups_for_user_async(struct awsc_client *client,
                                        const struct awsc_iam_list_groups_for_user_input *input,
                                        awsc_iam_list_groups_for_user_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListGroupsForUser, input, list_groups_for_user_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListInstanceProfileTags_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListInstanceProfileTags = {
    .name = "ListInstanceProfileTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[221],
    .output = &awsc__iam_tables.shapes[222],
    .errors = op_ListInstanceProfileTags_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListInstanceProfileTagsResult",
};

int awsc_iam_list_instance_profile_tags(struct awsc_client *client,
                                        const struct awsc_iam_list_instance_profile_tags_input *input,
                                        struct awsc_iam_list_instance_profile_tags_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListInstanceProfileTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_instance_profile_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profile_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_instance_profile_tags_async(struct awsc_client *client,
                                              const struct awsc_iam_list_instance_profile_tags_input *input,
                                              awsc_iam_list_instance_profile_tags_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListInstanceProfileTags, input, list_instance_profile_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListInstanceProfiles_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListInstanceProfiles = {
    .name = "ListInstanceProfiles",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[225],
    .output = &awsc__iam_tables.shapes[226],
    .errors = op_ListInstanceProfiles_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListInstanceProfilesResult",
};

int awsc_iam_list_instance_profiles(struct awsc_client *client,
                                    const struct awsc_iam_list_instance_profiles_input *input,
                                    struct awsc_iam_list_instance_profiles_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListInstanceProfiles, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_instance_profiles_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_instance_profiles_async(struct awsc_client *client,
                                          const struct awsc_iam_list_instance_profiles_input *input,
                                          awsc_iam_list_instance_profiles_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListInstanceProfiles, input, list_instance_profiles_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListInstanceProfilesForRole_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListInstanceProfilesForRole = {
    .name = "ListInstanceProfilesForRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[223],
    .output = &awsc__iam_tables.shapes[224],
    .errors = op_ListInstanceProfilesForRole_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListInstanceProfilesForRoleResult",
};

int awsc_iam_list_instance_profiles_for_role(struct awsc_client *client,
                                             const struct awsc_iam_list_instance_profiles_for_role_input *input,
                                             struct awsc_iam_list_instance_profiles_for_role_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListInstanceProfilesForRole, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_instance_profiles_for_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_for_role_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_instance_profiles_for_role_async(struct awsc_client *client,
                                                   const struct awsc_iam_list_instance_profiles_for_role_input *input,
                                                   awsc_iam_list_instance_profiles_for_role_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListInstanceProfilesForRole, input, list_instance_profiles_for_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListMFADeviceTags_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListMFADeviceTags = {
    .name = "ListMFADeviceTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[227],
    .output = &awsc__iam_tables.shapes[228],
    .errors = op_ListMFADeviceTags_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListMFADeviceTagsResult",
};

int awsc_iam_list_mfa_device_tags(struct awsc_client *client,
                                  const struct awsc_iam_list_mfa_device_tags_input *input,
                                  struct awsc_iam_list_mfa_device_tags_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListMFADeviceTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_mfa_device_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_device_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_mfa_device_tags_async(struct awsc_client *client,
                                        const struct awsc_iam_list_mfa_device_tags_input *input,
                                        awsc_iam_list_mfa_device_tags_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListMFADeviceTags, input, list_mfa_device_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListMFADevices_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListMFADevices = {
    .name = "ListMFADevices",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[229],
    .output = &awsc__iam_tables.shapes[230],
    .errors = op_ListMFADevices_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListMFADevicesResult",
};

int awsc_iam_list_mfa_devices(struct awsc_client *client,
                              const struct awsc_iam_list_mfa_devices_input *input,
                              struct awsc_iam_list_mfa_devices_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListMFADevices, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_mfa_devices_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_devices_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_mfa_devices_async(struct awsc_client *client,
                                    const struct awsc_iam_list_mfa_devices_input *input,
                                    awsc_iam_list_mfa_devices_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListMFADevices, input, list_mfa_devices_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOpenIDConnectProviderTags_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListOpenIDConnectProviderTags = {
    .name = "ListOpenIDConnectProviderTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[231],
    .output = &awsc__iam_tables.shapes[232],
    .errors = op_ListOpenIDConnectProviderTags_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListOpenIDConnectProviderTagsResult",
};

int awsc_iam_list_open_id_connect_provider_tags(struct awsc_client *client,
                                                const struct awsc_iam_list_open_id_connect_provider_tags_input *input,
                                                struct awsc_iam_list_open_id_connect_provider_tags_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOpenIDConnectProviderTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_open_id_connect_provider_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_open_id_connect_provider_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_open_id_connect_provider_tags_async(struct awsc_client *client,
                                                      const struct awsc_iam_list_open_id_connect_provider_tags_input *input,
                                                      awsc_iam_list_open_id_connect_provider_tags_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListOpenIDConnectProviderTags, input, list_open_id_connect_provider_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOpenIDConnectProviders_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListOpenIDConnectProviders = {
    .name = "ListOpenIDConnectProviders",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[233],
    .output = &awsc__iam_tables.shapes[234],
    .errors = op_ListOpenIDConnectProviders_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListOpenIDConnectProvidersResult",
};

int awsc_iam_list_open_id_connect_providers(struct awsc_client *client,
                                            const struct awsc_iam_list_open_id_connect_providers_input *input,
                                            struct awsc_iam_list_open_id_connect_providers_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOpenIDConnectProviders, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_open_id_connect_providers_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_open_id_connect_providers_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_open_id_connect_providers_async(struct awsc_client *client,
                                                  const struct awsc_iam_list_open_id_connect_providers_input *input,
                                                  awsc_iam_list_open_id_connect_providers_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListOpenIDConnectProviders, input, list_open_id_connect_providers_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOrganizationsFeatures_errors[] = {
    &awsc__iam_tables.shapes[7],
    &awsc__iam_tables.shapes[287],
    &awsc__iam_tables.shapes[288],
    &awsc__iam_tables.shapes[357],
};

static const struct awsc_operation op_ListOrganizationsFeatures = {
    .name = "ListOrganizationsFeatures",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[235],
    .output = &awsc__iam_tables.shapes[236],
    .errors = op_ListOrganizationsFeatures_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListOrganizationsFeaturesResult",
};

int awsc_iam_list_organizations_features(struct awsc_client *client,
                                         const struct awsc_iam_list_organizations_features_input *input,
                                         struct awsc_iam_list_organizations_features_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOrganizationsFeatures, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_organizations_features_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_organizations_features_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_organizations_features_async(struct awsc_client *client,
                                               const struct awsc_iam_list_organizations_features_input *input,
                                               awsc_iam_list_organizations_features_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListOrganizationsFeatures, input, list_organizations_features_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListPolicies_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListPolicies = {
    .name = "ListPolicies",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[240],
    .output = &awsc__iam_tables.shapes[241],
    .errors = op_ListPolicies_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListPoliciesResult",
};

int awsc_iam_list_policies(struct awsc_client *client,
                           const struct awsc_iam_list_policies_input *input,
                           struct awsc_iam_list_policies_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListPolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_policies_async(struct awsc_client *client,
                                 const struct awsc_iam_list_policies_input *input,
                                 awsc_iam_list_policies_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListPolicies, input, list_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListPoliciesGrantingServiceAccess_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_ListPoliciesGrantingServiceAccess = {
    .name = "ListPoliciesGrantingServiceAccess",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[238],
    .output = &awsc__iam_tables.shapes[239],
    .errors = op_ListPoliciesGrantingServiceAccess_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListPoliciesGrantingServiceAccessResult",
};

int awsc_iam_list_policies_granting_service_access(struct awsc_client *client,
                                                   const struct awsc_iam_list_policies_granting_service_access_input *input,
                                                   struct awsc_iam_list_policies_granting_service_access_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListPoliciesGrantingServiceAccess, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_policies_granting_service_access_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_policies_granting_service_access_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_policies_granting_service_access_async(struct awsc_client *client,
                                                         const struct awsc_iam_list_policies_granting_service_access_input *input,
                                                         awsc_iam_list_policies_granting_service_access_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListPoliciesGrantingServiceAccess, input, list_policies_granting_service_access_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListPolicyTags_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListPolicyTags = {
    .name = "ListPolicyTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[242],
    .output = &awsc__iam_tables.shapes[243],
    .errors = op_ListPolicyTags_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListPolicyTagsResult",
};

int awsc_iam_list_policy_tags(struct awsc_client *client,
                              const struct awsc_iam_list_policy_tags_input *input,
                              struct awsc_iam_list_policy_tags_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListPolicyTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_policy_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_policy_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_policy_tags_async(struct awsc_client *client,
                                    const struct awsc_iam_list_policy_tags_input *input,
                                    awsc_iam_list_policy_tags_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListPolicyTags, input, list_policy_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListPolicyVersions_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListPolicyVersions = {
    .name = "ListPolicyVersions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[244],
    .output = &awsc__iam_tables.shapes[245],
    .errors = op_ListPolicyVersions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListPolicyVersionsResult",
};

int awsc_iam_list_policy_versions(struct awsc_client *client,
                                  const struct awsc_iam_list_policy_versions_input *input,
                                  struct awsc_iam_list_policy_versions_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListPolicyVersions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_policy_versions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_policy_versions_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_policy_versions_async(struct awsc_client *client,
                                        const struct awsc_iam_list_policy_versions_input *input,
                                        awsc_iam_list_policy_versions_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListPolicyVersions, input, list_policy_versions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListRolePolicies_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListRolePolicies = {
    .name = "ListRolePolicies",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[246],
    .output = &awsc__iam_tables.shapes[247],
    .errors = op_ListRolePolicies_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListRolePoliciesResult",
};

int awsc_iam_list_role_policies(struct awsc_client *client,
                                const struct awsc_iam_list_role_policies_input *input,
                                struct awsc_iam_list_role_policies_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListRolePolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_role_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_role_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_role_policies_async(struct awsc_client *client,
                                      const struct awsc_iam_list_role_policies_input *input,
                                      awsc_iam_list_role_policies_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListRolePolicies, input, list_role_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListRoleTags_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListRoleTags = {
    .name = "ListRoleTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[248],
    .output = &awsc__iam_tables.shapes[249],
    .errors = op_ListRoleTags_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListRoleTagsResult",
};

int awsc_iam_list_role_tags(struct awsc_client *client,
                            const struct awsc_iam_list_role_tags_input *input,
                            struct awsc_iam_list_role_tags_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListRoleTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_role_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_role_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_role_tags_async(struct awsc_client *client,
                                  const struct awsc_iam_list_role_tags_input *input,
                                  awsc_iam_list_role_tags_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListRoleTags, input, list_role_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListRoles_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListRoles = {
    .name = "ListRoles",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[250],
    .output = &awsc__iam_tables.shapes[251],
    .errors = op_ListRoles_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListRolesResult",
};

int awsc_iam_list_roles(struct awsc_client *client,
                        const struct awsc_iam_list_roles_input *input,
                        struct awsc_iam_list_roles_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListRoles, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_roles_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_roles_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_roles_async(struct awsc_client *client,
                              const struct awsc_iam_list_roles_input *input,
                              awsc_iam_list_roles_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListRoles, input, list_roles_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListSAMLProviderTags_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListSAMLProviderTags = {
    .name = "ListSAMLProviderTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[252],
    .output = &awsc__iam_tables.shapes[253],
    .errors = op_ListSAMLProviderTags_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListSAMLProviderTagsResult",
};

int awsc_iam_list_saml_provider_tags(struct awsc_client *client,
                                     const struct awsc_iam_list_saml_provider_tags_input *input,
                                     struct awsc_iam_list_saml_provider_tags_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListSAMLProviderTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_saml_provider_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_saml_provider_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_saml_provider_tags_async(struct awsc_client *client,
                                           const struct awsc_iam_list_saml_provider_tags_input *input,
                                           awsc_iam_list_saml_provider_tags_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListSAMLProviderTags, input, list_saml_provider_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListSAMLProviders_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListSAMLProviders = {
    .name = "ListSAMLProviders",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[254],
    .output = &awsc__iam_tables.shapes[255],
    .errors = op_ListSAMLProviders_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListSAMLProvidersResult",
};

int awsc_iam_list_saml_providers(struct awsc_client *client,
                                 const struct awsc_iam_list_saml_providers_input *input,
                                 struct awsc_iam_list_saml_providers_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListSAMLProviders, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_saml_providers_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_saml_providers_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_saml_providers_async(struct awsc_client *client,
                                       const struct awsc_iam_list_saml_providers_input *input,
                                       awsc_iam_list_saml_providers_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListSAMLProviders, input, list_saml_providers_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListSSHPublicKeys_errors[] = {
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_ListSSHPublicKeys = {
    .name = "ListSSHPublicKeys",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[256],
    .output = &awsc__iam_tables.shapes[257],
    .errors = op_ListSSHPublicKeys_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListSSHPublicKeysResult",
};

int awsc_iam_list_ssh_public_keys(struct awsc_client *client,
                                  const struct awsc_iam_list_ssh_public_keys_input *input,
                                  struct awsc_iam_list_ssh_public_keys_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListSSHPublicKeys, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_ssh_public_keys_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_ssh_public_keys_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_ssh_public_keys_async(struct awsc_client *client,
                                        const struct awsc_iam_list_ssh_public_keys_input *input,
                                        awsc_iam_list_ssh_public_keys_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListSSHPublicKeys, input, list_ssh_public_keys_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListServerCertificateTags_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListServerCertificateTags = {
    .name = "ListServerCertificateTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[258],
    .output = &awsc__iam_tables.shapes[259],
    .errors = op_ListServerCertificateTags_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListServerCertificateTagsResult",
};

int awsc_iam_list_server_certificate_tags(struct awsc_client *client,
                                          const struct awsc_iam_list_server_certificate_tags_input *input,
                                          struct awsc_iam_list_server_certificate_tags_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListServerCertificateTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_server_certificate_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificate_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_server_certificate_tags_async(struct awsc_client *client,
                                                const struct awsc_iam_list_server_certificate_tags_input *input,
                                                awsc_iam_list_server_certificate_tags_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListServerCertificateTags, input, list_server_certificate_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListServerCertificates_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListServerCertificates = {
    .name = "ListServerCertificates",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[260],
    .output = &awsc__iam_tables.shapes[261],
    .errors = op_ListServerCertificates_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListServerCertificatesResult",
};

int awsc_iam_list_server_certificates(struct awsc_client *client,
                                      const struct awsc_iam_list_server_certificates_input *input,
                                      struct awsc_iam_list_server_certificates_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListServerCertificates, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_server_certificates_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificates_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_server_certificates_async(struct awsc_client *client,
                                            const struct awsc_iam_list_server_certificates_input *input,
                                            awsc_iam_list_server_certificates_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListServerCertificates, input, list_server_certificates_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListServiceSpecificCredentials_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[360],
};

static const struct awsc_operation op_ListServiceSpecificCredentials = {
    .name = "ListServiceSpecificCredentials",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[262],
    .output = &awsc__iam_tables.shapes[263],
    .errors = op_ListServiceSpecificCredentials_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListServiceSpecificCredentialsResult",
};

int awsc_iam_list_service_specific_credentials(struct awsc_client *client,
                                               const struct awsc_iam_list_service_specific_credentials_input *input,
                                               struct awsc_iam_list_service_specific_credentials_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListServiceSpecificCredentials, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_service_specific_credentials_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_service_specific_credentials_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_service_specific_credentials_async(struct awsc_client *client,
                                                     const struct awsc_iam_list_service_specific_credentials_input *input,
                                                     awsc_iam_list_service_specific_credentials_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListServiceSpecificCredentials, input, list_service_specific_credentials_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListSigningCertificates_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListSigningCertificates = {
    .name = "ListSigningCertificates",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[264],
    .output = &awsc__iam_tables.shapes[265],
    .errors = op_ListSigningCertificates_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListSigningCertificatesResult",
};

int awsc_iam_list_signing_certificates(struct awsc_client *client,
                                       const struct awsc_iam_list_signing_certificates_input *input,
                                       struct awsc_iam_list_signing_certificates_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListSigningCertificates, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_signing_certificates_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_signing_certificates_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_signing_certificates_async(struct awsc_client *client,
                                             const struct awsc_iam_list_signing_certificates_input *input,
                                             awsc_iam_list_signing_certificates_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListSigningCertificates, input, list_signing_certificates_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListUserPolicies_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListUserPolicies = {
    .name = "ListUserPolicies",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[266],
    .output = &awsc__iam_tables.shapes[267],
    .errors = op_ListUserPolicies_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListUserPoliciesResult",
};

int awsc_iam_list_user_policies(struct awsc_client *client,
                                const struct awsc_iam_list_user_policies_input *input,
                                struct awsc_iam_list_user_policies_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListUserPolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_user_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_user_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_user_policies_async(struct awsc_client *client,
                                      const struct awsc_iam_list_user_policies_input *input,
                                      awsc_iam_list_user_policies_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListUserPolicies, input, list_user_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListUserTags_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListUserTags = {
    .name = "ListUserTags",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[268],
    .output = &awsc__iam_tables.shapes[269],
    .errors = op_ListUserTags_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListUserTagsResult",
};

int awsc_iam_list_user_tags(struct awsc_client *client,
                            const struct awsc_iam_list_user_tags_input *input,
                            struct awsc_iam_list_user_tags_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListUserTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_user_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_user_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_user_tags_async(struct awsc_client *client,
                                  const struct awsc_iam_list_user_tags_input *input,
                                  awsc_iam_list_user_tags_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListUserTags, input, list_user_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListUsers_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ListUsers = {
    .name = "ListUsers",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[270],
    .output = &awsc__iam_tables.shapes[271],
    .errors = op_ListUsers_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListUsersResult",
};

int awsc_iam_list_users(struct awsc_client *client,
                        const struct awsc_iam_list_users_input *input,
                        struct awsc_iam_list_users_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListUsers, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_users_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_users_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_users_async(struct awsc_client *client,
                              const struct awsc_iam_list_users_input *input,
                              awsc_iam_list_users_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListUsers, input, list_users_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_ListVirtualMFADevices = {
    .name = "ListVirtualMFADevices",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[272],
    .output = &awsc__iam_tables.shapes[273],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ListVirtualMFADevicesResult",
};

int awsc_iam_list_virtual_mfa_devices(struct awsc_client *client,
                                      const struct awsc_iam_list_virtual_mfa_devices_input *input,
                                      struct awsc_iam_list_virtual_mfa_devices_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListVirtualMFADevices, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_virtual_mfa_devices_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_list_virtual_mfa_devices_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_list_virtual_mfa_devices_async(struct awsc_client *client,
                                            const struct awsc_iam_list_virtual_mfa_devices_input *input,
                                            awsc_iam_list_virtual_mfa_devices_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListVirtualMFADevices, input, list_virtual_mfa_devices_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutGroupPolicy_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[277],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_PutGroupPolicy = {
    .name = "PutGroupPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[317],
    .output = NULL,
    .errors = op_PutGroupPolicy_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_put_group_policy(struct awsc_client *client,
                              const struct awsc_iam_put_group_policy_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &op_PutGroupPolicy, input, NULL, err);
}

static void put_group_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_put_group_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_put_group_policy_async(struct awsc_client *client,
                                    const struct awsc_iam_put_group_policy_input *input,
                                    awsc_iam_put_group_policy_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutGroupPolicy, input, put_group_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutRolePermissionsBoundary_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[306],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_PutRolePermissionsBoundary = {
    .name = "PutRolePermissionsBoundary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[318],
    .output = NULL,
    .errors = op_PutRolePermissionsBoundary_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_put_role_permissions_boundary(struct awsc_client *client,
                                           const struct awsc_iam_put_role_permissions_boundary_input *input,
                                           struct awsc_error *err)
{
    return awsc_call(client, &op_PutRolePermissionsBoundary, input, NULL, err);
}

static void put_role_permissions_boundary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_put_role_permissions_boundary_cb *)cb)(user_data, status, err);
}

int awsc_iam_put_role_permissions_boundary_async(struct awsc_client *client,
                                                 const struct awsc_iam_put_role_permissions_boundary_input *input,
                                                 awsc_iam_put_role_permissions_boundary_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutRolePermissionsBoundary, input, put_role_permissions_boundary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutRolePolicy_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[277],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_PutRolePolicy = {
    .name = "PutRolePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[319],
    .output = NULL,
    .errors = op_PutRolePolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_put_role_policy(struct awsc_client *client,
                             const struct awsc_iam_put_role_policy_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &op_PutRolePolicy, input, NULL, err);
}

static void put_role_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_put_role_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_put_role_policy_async(struct awsc_client *client,
                                   const struct awsc_iam_put_role_policy_input *input,
                                   awsc_iam_put_role_policy_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutRolePolicy, input, put_role_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutUserPermissionsBoundary_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[306],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_PutUserPermissionsBoundary = {
    .name = "PutUserPermissionsBoundary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[320],
    .output = NULL,
    .errors = op_PutUserPermissionsBoundary_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_put_user_permissions_boundary(struct awsc_client *client,
                                           const struct awsc_iam_put_user_permissions_boundary_input *input,
                                           struct awsc_error *err)
{
    return awsc_call(client, &op_PutUserPermissionsBoundary, input, NULL, err);
}

static void put_user_permissions_boundary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_put_user_permissions_boundary_cb *)cb)(user_data, status, err);
}

int awsc_iam_put_user_permissions_boundary_async(struct awsc_client *client,
                                                 const struct awsc_iam_put_user_permissions_boundary_input *input,
                                                 awsc_iam_put_user_permissions_boundary_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutUserPermissionsBoundary, input, put_user_permissions_boundary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutUserPolicy_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[277],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_PutUserPolicy = {
    .name = "PutUserPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[321],
    .output = NULL,
    .errors = op_PutUserPolicy_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_put_user_policy(struct awsc_client *client,
                             const struct awsc_iam_put_user_policy_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &op_PutUserPolicy, input, NULL, err);
}

static void put_user_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_put_user_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_put_user_policy_async(struct awsc_client *client,
                                   const struct awsc_iam_put_user_policy_input *input,
                                   awsc_iam_put_user_policy_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutUserPolicy, input, put_user_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RejectDelegationRequest_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_RejectDelegationRequest = {
    .name = "RejectDelegationRequest",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[324],
    .output = NULL,
    .errors = op_RejectDelegationRequest_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_reject_delegation_request(struct awsc_client *client,
                                       const struct awsc_iam_reject_delegation_request_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_RejectDelegationRequest, input, NULL, err);
}

static void reject_delegation_request_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_reject_delegation_request_cb *)cb)(user_data, status, err);
}

int awsc_iam_reject_delegation_request_async(struct awsc_client *client,
                                             const struct awsc_iam_reject_delegation_request_input *input,
                                             awsc_iam_reject_delegation_request_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RejectDelegationRequest, input, reject_delegation_request_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemoveClientIDFromOpenIDConnectProvider_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_RemoveClientIDFromOpenIDConnectProvider = {
    .name = "RemoveClientIDFromOpenIDConnectProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[325],
    .output = NULL,
    .errors = op_RemoveClientIDFromOpenIDConnectProvider_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_remove_client_id_from_open_id_connect_provider(struct awsc_client *client,
                                                            const struct awsc_iam_remove_client_id_from_open_id_connect_provider_input *input,
                                                            struct awsc_error *err)
{
    return awsc_call(client, &op_RemoveClientIDFromOpenIDConnectProvider, input, NULL, err);
}

static void remove_client_id_from_open_id_connect_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_remove_client_id_from_open_id_connect_provider_cb *)cb)(user_data, status, err);
}

int awsc_iam_remove_client_id_from_open_id_connect_provider_async(struct awsc_client *client,
                                                                  const struct awsc_iam_remove_client_id_from_open_id_connect_provider_input *input,
                                                                  awsc_iam_remove_client_id_from_open_id_connect_provider_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RemoveClientIDFromOpenIDConnectProvider, input, remove_client_id_from_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemoveRoleFromInstanceProfile_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_RemoveRoleFromInstanceProfile = {
    .name = "RemoveRoleFromInstanceProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[326],
    .output = NULL,
    .errors = op_RemoveRoleFromInstanceProfile_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_remove_role_from_instance_profile(struct awsc_client *client,
                                               const struct awsc_iam_remove_role_from_instance_profile_input *input,
                                               struct awsc_error *err)
{
    return awsc_call(client, &op_RemoveRoleFromInstanceProfile, input, NULL, err);
}

static void remove_role_from_instance_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_remove_role_from_instance_profile_cb *)cb)(user_data, status, err);
}

int awsc_iam_remove_role_from_instance_profile_async(struct awsc_client *client,
                                                     const struct awsc_iam_remove_role_from_instance_profile_input *input,
                                                     awsc_iam_remove_role_from_instance_profile_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RemoveRoleFromInstanceProfile, input, remove_role_from_instance_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemoveUserFromGroup_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_RemoveUserFromGroup = {
    .name = "RemoveUserFromGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[327],
    .output = NULL,
    .errors = op_RemoveUserFromGroup_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_remove_user_from_group(struct awsc_client *client,
                                    const struct awsc_iam_remove_user_from_group_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_RemoveUserFromGroup, input, NULL, err);
}

static void remove_user_from_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_remove_user_from_group_cb *)cb)(user_data, status, err);
}

int awsc_iam_remove_user_from_group_async(struct awsc_client *client,
                                          const struct awsc_iam_remove_user_from_group_input *input,
                                          awsc_iam_remove_user_from_group_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RemoveUserFromGroup, input, remove_user_from_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ResetServiceSpecificCredential_errors[] = {
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_ResetServiceSpecificCredential = {
    .name = "ResetServiceSpecificCredential",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[333],
    .output = &awsc__iam_tables.shapes[334],
    .errors = op_ResetServiceSpecificCredential_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "ResetServiceSpecificCredentialResult",
};

int awsc_iam_reset_service_specific_credential(struct awsc_client *client,
                                               const struct awsc_iam_reset_service_specific_credential_input *input,
                                               struct awsc_iam_reset_service_specific_credential_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ResetServiceSpecificCredential, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void reset_service_specific_credential_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_reset_service_specific_credential_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_reset_service_specific_credential_async(struct awsc_client *client,
                                                     const struct awsc_iam_reset_service_specific_credential_input *input,
                                                     awsc_iam_reset_service_specific_credential_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ResetServiceSpecificCredential, input, reset_service_specific_credential_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ResyncMFADevice_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[193],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_ResyncMFADevice = {
    .name = "ResyncMFADevice",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[340],
    .output = NULL,
    .errors = op_ResyncMFADevice_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_resync_mfa_device(struct awsc_client *client,
                               const struct awsc_iam_resync_mfa_device_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_ResyncMFADevice, input, NULL, err);
}

static void resync_mfa_device_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_resync_mfa_device_cb *)cb)(user_data, status, err);
}

int awsc_iam_resync_mfa_device_async(struct awsc_client *client,
                                     const struct awsc_iam_resync_mfa_device_input *input,
                                     awsc_iam_resync_mfa_device_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ResyncMFADevice, input, resync_mfa_device_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendDelegationToken_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_SendDelegationToken = {
    .name = "SendDelegationToken",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[354],
    .output = NULL,
    .errors = op_SendDelegationToken_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_send_delegation_token(struct awsc_client *client,
                                   const struct awsc_iam_send_delegation_token_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &op_SendDelegationToken, input, NULL, err);
}

static void send_delegation_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_send_delegation_token_cb *)cb)(user_data, status, err);
}

int awsc_iam_send_delegation_token_async(struct awsc_client *client,
                                         const struct awsc_iam_send_delegation_token_input *input,
                                         awsc_iam_send_delegation_token_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SendDelegationToken, input, send_delegation_token_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SetDefaultPolicyVersion_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_SetDefaultPolicyVersion = {
    .name = "SetDefaultPolicyVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[365],
    .output = NULL,
    .errors = op_SetDefaultPolicyVersion_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_set_default_policy_version(struct awsc_client *client,
                                        const struct awsc_iam_set_default_policy_version_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &op_SetDefaultPolicyVersion, input, NULL, err);
}

static void set_default_policy_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_set_default_policy_version_cb *)cb)(user_data, status, err);
}

int awsc_iam_set_default_policy_version_async(struct awsc_client *client,
                                              const struct awsc_iam_set_default_policy_version_input *input,
                                              awsc_iam_set_default_policy_version_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SetDefaultPolicyVersion, input, set_default_policy_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SetSecurityTokenServicePreferences_errors[] = {
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_SetSecurityTokenServicePreferences = {
    .name = "SetSecurityTokenServicePreferences",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[366],
    .output = NULL,
    .errors = op_SetSecurityTokenServicePreferences_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_set_security_token_service_preferences(struct awsc_client *client,
                                                    const struct awsc_iam_set_security_token_service_preferences_input *input,
                                                    struct awsc_error *err)
{
    return awsc_call(client, &op_SetSecurityTokenServicePreferences, input, NULL, err);
}

static void set_security_token_service_preferences_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_set_security_token_service_preferences_cb *)cb)(user_data, status, err);
}

int awsc_iam_set_security_token_service_preferences_async(struct awsc_client *client,
                                                          const struct awsc_iam_set_security_token_service_preferences_input *input,
                                                          awsc_iam_set_security_token_service_preferences_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SetSecurityTokenServicePreferences, input, set_security_token_service_preferences_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SimulateCustomPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[298],
};

static const struct awsc_operation op_SimulateCustomPolicy = {
    .name = "SimulateCustomPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[368],
    .output = &awsc__iam_tables.shapes[369],
    .errors = op_SimulateCustomPolicy_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "SimulateCustomPolicyResult",
};

int awsc_iam_simulate_custom_policy(struct awsc_client *client,
                                    const struct awsc_iam_simulate_custom_policy_input *input,
                                    struct awsc_iam_simulate_policy_response **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SimulateCustomPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void simulate_custom_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_simulate_custom_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_simulate_custom_policy_async(struct awsc_client *client,
                                          const struct awsc_iam_simulate_custom_policy_input *input,
                                          awsc_iam_simulate_custom_policy_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SimulateCustomPolicy, input, simulate_custom_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SimulatePrincipalPolicy_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[298],
};

static const struct awsc_operation op_SimulatePrincipalPolicy = {
    .name = "SimulatePrincipalPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[370],
    .output = &awsc__iam_tables.shapes[369],
    .errors = op_SimulatePrincipalPolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "SimulatePrincipalPolicyResult",
};

int awsc_iam_simulate_principal_policy(struct awsc_client *client,
                                       const struct awsc_iam_simulate_principal_policy_input *input,
                                       struct awsc_iam_simulate_policy_response **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SimulatePrincipalPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void simulate_principal_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_simulate_principal_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_simulate_principal_policy_async(struct awsc_client *client,
                                             const struct awsc_iam_simulate_principal_policy_input *input,
                                             awsc_iam_simulate_principal_policy_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SimulatePrincipalPolicy, input, simulate_principal_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagInstanceProfile_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_TagInstanceProfile = {
    .name = "TagInstanceProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[375],
    .output = NULL,
    .errors = op_TagInstanceProfile_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_tag_instance_profile(struct awsc_client *client,
                                  const struct awsc_iam_tag_instance_profile_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_TagInstanceProfile, input, NULL, err);
}

static void tag_instance_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_tag_instance_profile_cb *)cb)(user_data, status, err);
}

int awsc_iam_tag_instance_profile_async(struct awsc_client *client,
                                        const struct awsc_iam_tag_instance_profile_input *input,
                                        awsc_iam_tag_instance_profile_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagInstanceProfile, input, tag_instance_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagMFADevice_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_TagMFADevice = {
    .name = "TagMFADevice",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[376],
    .output = NULL,
    .errors = op_TagMFADevice_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_tag_mfa_device(struct awsc_client *client,
                            const struct awsc_iam_tag_mfa_device_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &op_TagMFADevice, input, NULL, err);
}

static void tag_mfa_device_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_tag_mfa_device_cb *)cb)(user_data, status, err);
}

int awsc_iam_tag_mfa_device_async(struct awsc_client *client,
                                  const struct awsc_iam_tag_mfa_device_input *input,
                                  awsc_iam_tag_mfa_device_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagMFADevice, input, tag_mfa_device_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagOpenIDConnectProvider_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_TagOpenIDConnectProvider = {
    .name = "TagOpenIDConnectProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[377],
    .output = NULL,
    .errors = op_TagOpenIDConnectProvider_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_tag_open_id_connect_provider(struct awsc_client *client,
                                          const struct awsc_iam_tag_open_id_connect_provider_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &op_TagOpenIDConnectProvider, input, NULL, err);
}

static void tag_open_id_connect_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_tag_open_id_connect_provider_cb *)cb)(user_data, status, err);
}

int awsc_iam_tag_open_id_connect_provider_async(struct awsc_client *client,
                                                const struct awsc_iam_tag_open_id_connect_provider_input *input,
                                                awsc_iam_tag_open_id_connect_provider_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagOpenIDConnectProvider, input, tag_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagPolicy_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_TagPolicy = {
    .name = "TagPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[378],
    .output = NULL,
    .errors = op_TagPolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_tag_policy(struct awsc_client *client,
                        const struct awsc_iam_tag_policy_input *input,
                        struct awsc_error *err)
{
    return awsc_call(client, &op_TagPolicy, input, NULL, err);
}

static void tag_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_tag_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_tag_policy_async(struct awsc_client *client,
                              const struct awsc_iam_tag_policy_input *input,
                              awsc_iam_tag_policy_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagPolicy, input, tag_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagRole_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_TagRole = {
    .name = "TagRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[379],
    .output = NULL,
    .errors = op_TagRole_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_tag_role(struct awsc_client *client,
                      const struct awsc_iam_tag_role_input *input,
                      struct awsc_error *err)
{
    return awsc_call(client, &op_TagRole, input, NULL, err);
}

static void tag_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_tag_role_cb *)cb)(user_data, status, err);
}

int awsc_iam_tag_role_async(struct awsc_client *client,
                            const struct awsc_iam_tag_role_input *input,
                            awsc_iam_tag_role_cb *cb,
                            void *user_data,
                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagRole, input, tag_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagSAMLProvider_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_TagSAMLProvider = {
    .name = "TagSAMLProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[380],
    .output = NULL,
    .errors = op_TagSAMLProvider_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_tag_saml_provider(struct awsc_client *client,
                               const struct awsc_iam_tag_saml_provider_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_TagSAMLProvider, input, NULL, err);
}

static void tag_saml_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_tag_saml_provider_cb *)cb)(user_data, status, err);
}

int awsc_iam_tag_saml_provider_async(struct awsc_client *client,
                                     const struct awsc_iam_tag_saml_provider_input *input,
                                     awsc_iam_tag_saml_provider_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagSAMLProvider, input, tag_saml_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagServerCertificate_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_TagServerCertificate = {
    .name = "TagServerCertificate",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[381],
    .output = NULL,
    .errors = op_TagServerCertificate_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_tag_server_certificate(struct awsc_client *client,
                                    const struct awsc_iam_tag_server_certificate_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_TagServerCertificate, input, NULL, err);
}

static void tag_server_certificate_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_tag_server_certificate_cb *)cb)(user_data, status, err);
}

int awsc_iam_tag_server_certificate_async(struct awsc_client *client,
                                          const struct awsc_iam_tag_server_certificate_input *input,
                                          awsc_iam_tag_server_certificate_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagServerCertificate, input, tag_server_certificate_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagUser_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_TagUser = {
    .name = "TagUser",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[382],
    .output = NULL,
    .errors = op_TagUser_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_tag_user(struct awsc_client *client,
                      const struct awsc_iam_tag_user_input *input,
                      struct awsc_error *err)
{
    return awsc_call(client, &op_TagUser, input, NULL, err);
}

static void tag_user_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_tag_user_cb *)cb)(user_data, status, err);
}

int awsc_iam_tag_user_async(struct awsc_client *client,
                            const struct awsc_iam_tag_user_input *input,
                            awsc_iam_tag_user_cb *cb,
                            void *user_data,
                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagUser, input, tag_user_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagInstanceProfile_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UntagInstanceProfile = {
    .name = "UntagInstanceProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[387],
    .output = NULL,
    .errors = op_UntagInstanceProfile_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_untag_instance_profile(struct awsc_client *client,
                                    const struct awsc_iam_untag_instance_profile_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_UntagInstanceProfile, input, NULL, err);
}

static void untag_instance_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_untag_instance_profile_cb *)cb)(user_data, status, err);
}

int awsc_iam_untag_instance_profile_async(struct awsc_client *client,
                                          const struct awsc_iam_untag_instance_profile_input *input,
                                          awsc_iam_untag_instance_profile_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagInstanceProfile, input, untag_instance_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagMFADevice_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UntagMFADevice = {
    .name = "UntagMFADevice",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[388],
    .output = NULL,
    .errors = op_UntagMFADevice_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_untag_mfa_device(struct awsc_client *client,
                              const struct awsc_iam_untag_mfa_device_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &op_UntagMFADevice, input, NULL, err);
}

static void untag_mfa_device_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_untag_mfa_device_cb *)cb)(user_data, status, err);
}

int awsc_iam_untag_mfa_device_async(struct awsc_client *client,
                                    const struct awsc_iam_untag_mfa_device_input *input,
                                    awsc_iam_untag_mfa_device_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagMFADevice, input, untag_mfa_device_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagOpenIDConnectProvider_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UntagOpenIDConnectProvider = {
    .name = "UntagOpenIDConnectProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[389],
    .output = NULL,
    .errors = op_UntagOpenIDConnectProvider_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_untag_open_id_connect_provider(struct awsc_client *client,
                                            const struct awsc_iam_untag_open_id_connect_provider_input *input,
                                            struct awsc_error *err)
{
    return awsc_call(client, &op_UntagOpenIDConnectProvider, input, NULL, err);
}

static void untag_open_id_connect_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_untag_open_id_connect_provider_cb *)cb)(user_data, status, err);
}

int awsc_iam_untag_open_id_connect_provider_async(struct awsc_client *client,
                                                  const struct awsc_iam_untag_open_id_connect_provider_input *input,
                                                  awsc_iam_untag_open_id_connect_provider_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagOpenIDConnectProvider, input, untag_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagPolicy_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UntagPolicy = {
    .name = "UntagPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[390],
    .output = NULL,
    .errors = op_UntagPolicy_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_untag_policy(struct awsc_client *client,
                          const struct awsc_iam_untag_policy_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &op_UntagPolicy, input, NULL, err);
}

static void untag_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_untag_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_untag_policy_async(struct awsc_client *client,
                                const struct awsc_iam_untag_policy_input *input,
                                awsc_iam_untag_policy_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagPolicy, input, untag_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagRole_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UntagRole = {
    .name = "UntagRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[391],
    .output = NULL,
    .errors = op_UntagRole_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_untag_role(struct awsc_client *client,
                        const struct awsc_iam_untag_role_input *input,
                        struct awsc_error *err)
{
    return awsc_call(client, &op_UntagRole, input, NULL, err);
}

static void untag_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_untag_role_cb *)cb)(user_data, status, err);
}

int awsc_iam_untag_role_async(struct awsc_client *client,
                              const struct awsc_iam_untag_role_input *input,
                              awsc_iam_untag_role_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagRole, input, untag_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagSAMLProvider_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UntagSAMLProvider = {
    .name = "UntagSAMLProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[392],
    .output = NULL,
    .errors = op_UntagSAMLProvider_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_untag_saml_provider(struct awsc_client *client,
                                 const struct awsc_iam_untag_saml_provider_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &op_UntagSAMLProvider, input, NULL, err);
}

static void untag_saml_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_untag_saml_provider_cb *)cb)(user_data, status, err);
}

int awsc_iam_untag_saml_provider_async(struct awsc_client *client,
                                       const struct awsc_iam_untag_saml_provider_input *input,
                                       awsc_iam_untag_saml_provider_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagSAMLProvider, input, untag_saml_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagServerCertificate_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UntagServerCertificate = {
    .name = "UntagServerCertificate",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[393],
    .output = NULL,
    .errors = op_UntagServerCertificate_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_untag_server_certificate(struct awsc_client *client,
                                      const struct awsc_iam_untag_server_certificate_input *input,
                                      struct awsc_error *err)
{
    return awsc_call(client, &op_UntagServerCertificate, input, NULL, err);
}

static void untag_server_certificate_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_untag_server_certificate_cb *)cb)(user_data, status, err);
}

int awsc_iam_untag_server_certificate_async(struct awsc_client *client,
                                            const struct awsc_iam_untag_server_certificate_input *input,
                                            awsc_iam_untag_server_certificate_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagServerCertificate, input, untag_server_certificate_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagUser_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UntagUser = {
    .name = "UntagUser",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[394],
    .output = NULL,
    .errors = op_UntagUser_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_untag_user(struct awsc_client *client,
                        const struct awsc_iam_untag_user_input *input,
                        struct awsc_error *err)
{
    return awsc_call(client, &op_UntagUser, input, NULL, err);
}

static void untag_user_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_untag_user_cb *)cb)(user_data, status, err);
}

int awsc_iam_untag_user_async(struct awsc_client *client,
                              const struct awsc_iam_untag_user_input *input,
                              awsc_iam_untag_user_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagUser, input, untag_user_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateAccessKey_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateAccessKey = {
    .name = "UpdateAccessKey",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[395],
    .output = NULL,
    .errors = op_UpdateAccessKey_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_access_key(struct awsc_client *client,
                               const struct awsc_iam_update_access_key_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateAccessKey, input, NULL, err);
}

static void update_access_key_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_access_key_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_access_key_async(struct awsc_client *client,
                                     const struct awsc_iam_update_access_key_input *input,
                                     awsc_iam_update_access_key_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateAccessKey, input, update_access_key_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateAccountPasswordPolicy_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[277],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateAccountPasswordPolicy = {
    .name = "UpdateAccountPasswordPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[396],
    .output = NULL,
    .errors = op_UpdateAccountPasswordPolicy_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_account_password_policy(struct awsc_client *client,
                                            const struct awsc_iam_update_account_password_policy_input *input,
                                            struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateAccountPasswordPolicy, input, NULL, err);
}

static void update_account_password_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_account_password_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_account_password_policy_async(struct awsc_client *client,
                                                  const struct awsc_iam_update_account_password_policy_input *input,
                                                  awsc_iam_update_account_password_policy_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateAccountPasswordPolicy, input, update_account_password_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateAssumeRolePolicy_errors[] = {
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[277],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_UpdateAssumeRolePolicy = {
    .name = "UpdateAssumeRolePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[397],
    .output = NULL,
    .errors = op_UpdateAssumeRolePolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_assume_role_policy(struct awsc_client *client,
                                       const struct awsc_iam_update_assume_role_policy_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateAssumeRolePolicy, input, NULL, err);
}

static void update_assume_role_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_assume_role_policy_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_assume_role_policy_async(struct awsc_client *client,
                                             const struct awsc_iam_update_assume_role_policy_input *input,
                                             awsc_iam_update_assume_role_policy_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateAssumeRolePolicy, input, update_assume_role_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateDelegationRequest_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateDelegationRequest = {
    .name = "UpdateDelegationRequest",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[398],
    .output = NULL,
    .errors = op_UpdateDelegationRequest_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_delegation_request(struct awsc_client *client,
                                       const struct awsc_iam_update_delegation_request_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateDelegationRequest, input, NULL, err);
}

static void update_delegation_request_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_delegation_request_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_delegation_request_async(struct awsc_client *client,
                                             const struct awsc_iam_update_delegation_request_input *input,
                                             awsc_iam_update_delegation_request_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateDelegationRequest, input, update_delegation_request_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateGroup_errors[] = {
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateGroup = {
    .name = "UpdateGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[399],
    .output = NULL,
    .errors = op_UpdateGroup_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_group(struct awsc_client *client,
                          const struct awsc_iam_update_group_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateGroup, input, NULL, err);
}

static void update_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_group_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_group_async(struct awsc_client *client,
                                const struct awsc_iam_update_group_input *input,
                                awsc_iam_update_group_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateGroup, input, update_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateLoginProfile_errors[] = {
    &awsc__iam_tables.shapes[118],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[292],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateLoginProfile = {
    .name = "UpdateLoginProfile",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[400],
    .output = NULL,
    .errors = op_UpdateLoginProfile_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_login_profile(struct awsc_client *client,
                                  const struct awsc_iam_update_login_profile_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateLoginProfile, input, NULL, err);
}

static void update_login_profile_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_login_profile_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_login_profile_async(struct awsc_client *client,
                                        const struct awsc_iam_update_login_profile_input *input,
                                        awsc_iam_update_login_profile_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateLoginProfile, input, update_login_profile_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateOpenIDConnectProviderThumbprint_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateOpenIDConnectProviderThumbprint = {
    .name = "UpdateOpenIDConnectProviderThumbprint",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[401],
    .output = NULL,
    .errors = op_UpdateOpenIDConnectProviderThumbprint_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_open_id_connect_provider_thumbprint(struct awsc_client *client,
                                                        const struct awsc_iam_update_open_id_connect_provider_thumbprint_input *input,
                                                        struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateOpenIDConnectProviderThumbprint, input, NULL, err);
}

static void update_open_id_connect_provider_thumbprint_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_open_id_connect_provider_thumbprint_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_open_id_connect_provider_thumbprint_async(struct awsc_client *client,
                                                              const struct awsc_iam_update_open_id_connect_provider_thumbprint_input *input,
                                                              awsc_iam_update_open_id_connect_provider_thumbprint_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateOpenIDConnectProviderThumbprint, input, update_open_id_connect_provider_thumbprint_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateRole_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_UpdateRole = {
    .name = "UpdateRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[404],
    .output = &awsc__iam_tables.shapes[405],
    .errors = op_UpdateRole_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "UpdateRoleResult",
};

int awsc_iam_update_role(struct awsc_client *client,
                         const struct awsc_iam_update_role_input *input,
                         struct awsc_iam_update_role_output **output,
                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateRole, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_update_role_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_update_role_async(struct awsc_client *client,
                               const struct awsc_iam_update_role_input *input,
                               awsc_iam_update_role_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateRole, input, update_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateRoleDescription_errors[] = {
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
};

static const struct awsc_operation op_UpdateRoleDescription = {
    .name = "UpdateRoleDescription",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[402],
    .output = &awsc__iam_tables.shapes[403],
    .errors = op_UpdateRoleDescription_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "UpdateRoleDescriptionResult",
};

int awsc_iam_update_role_description(struct awsc_client *client,
                                     const struct awsc_iam_update_role_description_input *input,
                                     struct awsc_iam_update_role_description_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateRoleDescription, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_role_description_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_update_role_description_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_update_role_description_async(struct awsc_client *client,
                                           const struct awsc_iam_update_role_description_input *input,
                                           awsc_iam_update_role_description_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateRoleDescription, input, update_role_description_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateSAMLProvider_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateSAMLProvider = {
    .name = "UpdateSAMLProvider",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[406],
    .output = &awsc__iam_tables.shapes[407],
    .errors = op_UpdateSAMLProvider_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "UpdateSAMLProviderResult",
};

int awsc_iam_update_saml_provider(struct awsc_client *client,
                                  const struct awsc_iam_update_saml_provider_input *input,
                                  struct awsc_iam_update_saml_provider_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateSAMLProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_saml_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_update_saml_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_update_saml_provider_async(struct awsc_client *client,
                                        const struct awsc_iam_update_saml_provider_input *input,
                                        awsc_iam_update_saml_provider_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateSAMLProvider, input, update_saml_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateSSHPublicKey_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_UpdateSSHPublicKey = {
    .name = "UpdateSSHPublicKey",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[408],
    .output = NULL,
    .errors = op_UpdateSSHPublicKey_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_ssh_public_key(struct awsc_client *client,
                                   const struct awsc_iam_update_ssh_public_key_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateSSHPublicKey, input, NULL, err);
}

static void update_ssh_public_key_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_ssh_public_key_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_ssh_public_key_async(struct awsc_client *client,
                                         const struct awsc_iam_update_ssh_public_key_input *input,
                                         awsc_iam_update_ssh_public_key_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateSSHPublicKey, input, update_ssh_public_key_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateServerCertificate_errors[] = {
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateServerCertificate = {
    .name = "UpdateServerCertificate",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[409],
    .output = NULL,
    .errors = op_UpdateServerCertificate_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_server_certificate(struct awsc_client *client,
                                       const struct awsc_iam_update_server_certificate_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateServerCertificate, input, NULL, err);
}

static void update_server_certificate_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_server_certificate_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_server_certificate_async(struct awsc_client *client,
                                             const struct awsc_iam_update_server_certificate_input *input,
                                             awsc_iam_update_server_certificate_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateServerCertificate, input, update_server_certificate_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateServiceSpecificCredential_errors[] = {
    &awsc__iam_tables.shapes[280],
};

static const struct awsc_operation op_UpdateServiceSpecificCredential = {
    .name = "UpdateServiceSpecificCredential",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[410],
    .output = NULL,
    .errors = op_UpdateServiceSpecificCredential_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_service_specific_credential(struct awsc_client *client,
                                                const struct awsc_iam_update_service_specific_credential_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateServiceSpecificCredential, input, NULL, err);
}

static void update_service_specific_credential_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_service_specific_credential_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_service_specific_credential_async(struct awsc_client *client,
                                                      const struct awsc_iam_update_service_specific_credential_input *input,
                                                      awsc_iam_update_service_specific_credential_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateServiceSpecificCredential, input, update_service_specific_credential_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateSigningCertificate_errors[] = {
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateSigningCertificate = {
    .name = "UpdateSigningCertificate",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[411],
    .output = NULL,
    .errors = op_UpdateSigningCertificate_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_signing_certificate(struct awsc_client *client,
                                        const struct awsc_iam_update_signing_certificate_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateSigningCertificate, input, NULL, err);
}

static void update_signing_certificate_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_signing_certificate_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_signing_certificate_async(struct awsc_client *client,
                                              const struct awsc_iam_update_signing_certificate_input *input,
                                              awsc_iam_update_signing_certificate_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateSigningCertificate, input, update_signing_certificate_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateUser_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[118],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UpdateUser = {
    .name = "UpdateUser",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[412],
    .output = NULL,
    .errors = op_UpdateUser_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
};

int awsc_iam_update_user(struct awsc_client *client,
                         const struct awsc_iam_update_user_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateUser, input, NULL, err);
}

static void update_user_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_iam_update_user_cb *)cb)(user_data, status, err);
}

int awsc_iam_update_user_async(struct awsc_client *client,
                               const struct awsc_iam_update_user_input *input,
                               awsc_iam_update_user_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateUser, input, update_user_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UploadSSHPublicKey_errors[] = {
    &awsc__iam_tables.shapes[108],
    &awsc__iam_tables.shapes[196],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[386],
};

static const struct awsc_operation op_UploadSSHPublicKey = {
    .name = "UploadSSHPublicKey",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[413],
    .output = &awsc__iam_tables.shapes[414],
    .errors = op_UploadSSHPublicKey_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "UploadSSHPublicKeyResult",
};

int awsc_iam_upload_ssh_public_key(struct awsc_client *client,
                                   const struct awsc_iam_upload_ssh_public_key_input *input,
                                   struct awsc_iam_upload_ssh_public_key_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UploadSSHPublicKey, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void upload_ssh_public_key_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_upload_ssh_public_key_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_upload_ssh_public_key_async(struct awsc_client *client,
                                         const struct awsc_iam_upload_ssh_public_key_input *input,
                                         awsc_iam_upload_ssh_public_key_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UploadSSHPublicKey, input, upload_ssh_public_key_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UploadServerCertificate_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[198],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[276],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UploadServerCertificate = {
    .name = "UploadServerCertificate",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[415],
    .output = &awsc__iam_tables.shapes[416],
    .errors = op_UploadServerCertificate_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "UploadServerCertificateResult",
};

int awsc_iam_upload_server_certificate(struct awsc_client *client,
                                       const struct awsc_iam_upload_server_certificate_input *input,
                                       struct awsc_iam_upload_server_certificate_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UploadServerCertificate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void upload_server_certificate_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_upload_server_certificate_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_upload_server_certificate_async(struct awsc_client *client,
                                             const struct awsc_iam_upload_server_certificate_input *input,
                                             awsc_iam_upload_server_certificate_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UploadServerCertificate, input, upload_server_certificate_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UploadSigningCertificate_errors[] = {
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[107],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[194],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[276],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[358],
};

static const struct awsc_operation op_UploadSigningCertificate = {
    .name = "UploadSigningCertificate",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__iam_tables.shapes[417],
    .output = &awsc__iam_tables.shapes[418],
    .errors = op_UploadSigningCertificate_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_iam_service,
    .result_wrapper = "UploadSigningCertificateResult",
};

int awsc_iam_upload_signing_certificate(struct awsc_client *client,
                                        const struct awsc_iam_upload_signing_certificate_input *input,
                                        struct awsc_iam_upload_signing_certificate_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UploadSigningCertificate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void upload_signing_certificate_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_iam_upload_signing_certificate_cb *)cb)(user_data, status, output, err);
}

int awsc_iam_upload_signing_certificate_async(struct awsc_client *client,
                                              const struct awsc_iam_upload_signing_certificate_input *input,
                                              awsc_iam_upload_signing_certificate_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UploadSigningCertificate, input, upload_signing_certificate_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AcceptDelegationRequest,
    &op_AddClientIDToOpenIDConnectProvider,
    &op_AddRoleToInstanceProfile,
    &op_AddUserToGroup,
    &op_AssociateDelegationRequest,
    &op_AttachGroupPolicy,
    &op_AttachRolePolicy,
    &op_AttachUserPolicy,
    &op_ChangePassword,
    &op_CreateAccessKey,
    &op_CreateAccountAlias,
    &op_CreateDelegationRequest,
    &op_CreateGroup,
    &op_CreateInstanceProfile,
    &op_CreateLoginProfile,
    &op_CreateOpenIDConnectProvider,
    &op_CreatePolicy,
    &op_CreatePolicyVersion,
    &op_CreateRole,
    &op_CreateSAMLProvider,
    &op_CreateServiceLinkedRole,
    &op_CreateServiceSpecificCredential,
    &op_CreateUser,
    &op_CreateVirtualMFADevice,
    &op_DeactivateMFADevice,
    &op_DeleteAccessKey,
    &op_DeleteAccountAlias,
    &op_DeleteAccountPasswordPolicy,
    &op_DeleteGroup,
    &op_DeleteGroupPolicy,
    &op_DeleteInstanceProfile,
    &op_DeleteLoginProfile,
    &op_DeleteOpenIDConnectProvider,
    &op_DeletePolicy,
    &op_DeletePolicyVersion,
    &op_DeleteRole,
    &op_DeleteRolePermissionsBoundary,
    &op_DeleteRolePolicy,
    &op_DeleteSAMLProvider,
    &op_DeleteSSHPublicKey,
    &op_DeleteServerCertificate,
    &op_DeleteServiceLinkedRole,
    &op_DeleteServiceSpecificCredential,
    &op_DeleteSigningCertificate,
    &op_DeleteUser,
    &op_DeleteUserPermissionsBoundary,
    &op_DeleteUserPolicy,
    &op_DeleteVirtualMFADevice,
    &op_DetachGroupPolicy,
    &op_DetachRolePolicy,
    &op_DetachUserPolicy,
    &op_DisableOrganizationsRootCredentialsManagement,
    &op_DisableOrganizationsRootSessions,
    &op_DisableOutboundWebIdentityFederation,
    &op_EnableMFADevice,
    &op_EnableOrganizationsRootCredentialsManagement,
    &op_EnableOrganizationsRootSessions,
    &op_EnableOutboundWebIdentityFederation,
    &op_GenerateCredentialReport,
    &op_GenerateOrganizationsAccessReport,
    &op_GenerateServiceLastAccessedDetails,
    &op_GetAccessKeyLastUsed,
    &op_GetAccountAuthorizationDetails,
    &op_GetAccountPasswordPolicy,
    &op_GetAccountSummary,
    &op_GetContextKeysForCustomPolicy,
    &op_GetContextKeysForPrincipalPolicy,
    &op_GetCredentialReport,
    &op_GetDelegationRequest,
    &op_GetGroup,
    &op_GetGroupPolicy,
    &op_GetHumanReadableSummary,
    &op_GetInstanceProfile,
    &op_GetLoginProfile,
    &op_GetMFADevice,
    &op_GetOpenIDConnectProvider,
    &op_GetOrganizationsAccessReport,
    &op_GetOutboundWebIdentityFederationInfo,
    &op_GetPolicy,
    &op_GetPolicyVersion,
    &op_GetRole,
    &op_GetRolePolicy,
    &op_GetSAMLProvider,
    &op_GetSSHPublicKey,
    &op_GetServerCertificate,
    &op_GetServiceLastAccessedDetails,
    &op_GetServiceLastAccessedDetailsWithEntities,
    &op_GetServiceLinkedRoleDeletionStatus,
    &op_GetUser,
    &op_GetUserPolicy,
    &op_ListAccessKeys,
    &op_ListAccountAliases,
    &op_ListAttachedGroupPolicies,
    &op_ListAttachedRolePolicies,
    &op_ListAttachedUserPolicies,
    &op_ListDelegationRequests,
    &op_ListEntitiesForPolicy,
    &op_ListGroupPolicies,
    &op_ListGroups,
    &op_ListGroupsForUser,
    &op_ListInstanceProfileTags,
    &op_ListInstanceProfiles,
    &op_ListInstanceProfilesForRole,
    &op_ListMFADeviceTags,
    &op_ListMFADevices,
    &op_ListOpenIDConnectProviderTags,
    &op_ListOpenIDConnectProviders,
    &op_ListOrganizationsFeatures,
    &op_ListPolicies,
    &op_ListPoliciesGrantingServiceAccess,
    &op_ListPolicyTags,
    &op_ListPolicyVersions,
    &op_ListRolePolicies,
    &op_ListRoleTags,
    &op_ListRoles,
    &op_ListSAMLProviderTags,
    &op_ListSAMLProviders,
    &op_ListSSHPublicKeys,
    &op_ListServerCertificateTags,
    &op_ListServerCertificates,
    &op_ListServiceSpecificCredentials,
    &op_ListSigningCertificates,
    &op_ListUserPolicies,
    &op_ListUserTags,
    &op_ListUsers,
    &op_ListVirtualMFADevices,
    &op_PutGroupPolicy,
    &op_PutRolePermissionsBoundary,
    &op_PutRolePolicy,
    &op_PutUserPermissionsBoundary,
    &op_PutUserPolicy,
    &op_RejectDelegationRequest,
    &op_RemoveClientIDFromOpenIDConnectProvider,
    &op_RemoveRoleFromInstanceProfile,
    &op_RemoveUserFromGroup,
    &op_ResetServiceSpecificCredential,
    &op_ResyncMFADevice,
    &op_SendDelegationToken,
    &op_SetDefaultPolicyVersion,
    &op_SetSecurityTokenServicePreferences,
    &op_SimulateCustomPolicy,
    &op_SimulatePrincipalPolicy,
    &op_TagInstanceProfile,
    &op_TagMFADevice,
    &op_TagOpenIDConnectProvider,
    &op_TagPolicy,
    &op_TagRole,
    &op_TagSAMLProvider,
    &op_TagServerCertificate,
    &op_TagUser,
    &op_UntagInstanceProfile,
    &op_UntagMFADevice,
    &op_UntagOpenIDConnectProvider,
    &op_UntagPolicy,
    &op_UntagRole,
    &op_UntagSAMLProvider,
    &op_UntagServerCertificate,
    &op_UntagUser,
    &op_UpdateAccessKey,
    &op_UpdateAccountPasswordPolicy,
    &op_UpdateAssumeRolePolicy,
    &op_UpdateDelegationRequest,
    &op_UpdateGroup,
    &op_UpdateLoginProfile,
    &op_UpdateOpenIDConnectProviderThumbprint,
    &op_UpdateRole,
    &op_UpdateRoleDescription,
    &op_UpdateSAMLProvider,
    &op_UpdateSSHPublicKey,
    &op_UpdateServerCertificate,
    &op_UpdateServiceSpecificCredential,
    &op_UpdateSigningCertificate,
    &op_UpdateUser,
    &op_UploadSSHPublicKey,
    &op_UploadServerCertificate,
    &op_UploadSigningCertificate,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__iam_tables.shapes[7],
    &awsc__iam_tables.shapes[23],
    &awsc__iam_tables.shapes[29],
    &awsc__iam_tables.shapes[75],
    &awsc__iam_tables.shapes[107],
    &awsc__iam_tables.shapes[108],
    &awsc__iam_tables.shapes[115],
    &awsc__iam_tables.shapes[118],
    &awsc__iam_tables.shapes[125],
    &awsc__iam_tables.shapes[127],
    &awsc__iam_tables.shapes[193],
    &awsc__iam_tables.shapes[194],
    &awsc__iam_tables.shapes[195],
    &awsc__iam_tables.shapes[196],
    &awsc__iam_tables.shapes[197],
    &awsc__iam_tables.shapes[198],
    &awsc__iam_tables.shapes[199],
    &awsc__iam_tables.shapes[276],
    &awsc__iam_tables.shapes[277],
    &awsc__iam_tables.shapes[280],
    &awsc__iam_tables.shapes[360],
    &awsc__iam_tables.shapes[284],
    &awsc__iam_tables.shapes[287],
    &awsc__iam_tables.shapes[288],
    &awsc__iam_tables.shapes[292],
    &awsc__iam_tables.shapes[298],
    &awsc__iam_tables.shapes[306],
    &awsc__iam_tables.shapes[67],
    &awsc__iam_tables.shapes[330],
    &awsc__iam_tables.shapes[69],
    &awsc__iam_tables.shapes[68],
    &awsc__iam_tables.shapes[357],
    &awsc__iam_tables.shapes[358],
    &awsc__iam_tables.shapes[385],
    &awsc__iam_tables.shapes[386],
};

const struct awsc_service awsc_iam_service = {
    .name = "iam",
    .service_id = "IAM",
    .full_name = "AWS Identity and Access Management",
    .api_version = "2010-05-08",
    .endpoint_prefix = "iam",
    .signing_name = "iam",
    .target_prefix = NULL,
    .json_version = NULL,
    .xml_namespace = "https://iam.amazonaws.com/doc/2010-05-08/",
    .env_name = "IAM",
    .protocol = AWSC_PROTO_QUERY,
    .operations = operations,
    .operation_count = 176,
    .errors = errors,
    .error_count = 35,
    .flags = 0,
    .ruleset = &awsc__iam_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__iam_pagers.paginators,
    .paginator_count = 34,
#endif
#if AWSC_WITH_WAITERS
    .waiters = awsc__iam_pagers.waiters,
    .waiter_count = 4,
#endif
};
