/*
 * sns_ops.c - operations of SNS: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sns.h>
#include <awsc/shape.h>

#ifndef AWSC__SNS_TABLES
#define AWSC__SNS_TABLES
/* Every shape, member and name of SNS in one object (sns_shapes.c). */
struct awsc__sns_tables {
    struct awsc_shape shapes[174];
    struct awsc_member members[189];
    uint16_t by_wire_name[189];
    struct awsc_range ranges[8];
    struct awsc_xml_refs xml_refs[1];
    char strings[5267];
};
extern const struct awsc__sns_tables awsc__sns_tables;
#endif
extern const struct awsc_ruleset awsc__sns_ruleset;
static const struct awsc_shape *const op_AddPermission_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_AddPermission = {
    .name = "AddPermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[1],
    .output = NULL,
    .errors = op_AddPermission_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_add_permission(struct awsc_client *client,
                            const struct awsc_sns_add_permission_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &op_AddPermission, input, NULL, err);
}

static void add_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_add_permission_cb *)cb)(user_data, status, err);
}

int awsc_sns_add_permission_async(struct awsc_client *client,
                                  const struct awsc_sns_add_permission_input *input,
                                  awsc_sns_add_permission_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AddPermission, input, add_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CheckIfPhoneNumberIsOptedOut_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[139],
};

static const struct awsc_operation op_CheckIfPhoneNumberIsOptedOut = {
    .name = "CheckIfPhoneNumberIsOptedOut",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[9],
    .output = &awsc__sns_tables.shapes[10],
    .errors = op_CheckIfPhoneNumberIsOptedOut_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "CheckIfPhoneNumberIsOptedOutResult",
};

int awsc_sns_check_if_phone_number_is_opted_out(struct awsc_client *client,
                                                const struct awsc_sns_check_if_phone_number_is_opted_out_input *input,
                                                struct awsc_sns_check_if_phone_number_is_opted_out_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CheckIfPhoneNumberIsOptedOut, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void check_if_phone_number_is_opted_out_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_check_if_phone_number_is_opted_out_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_check_if_phone_number_is_opted_out_async(struct awsc_client *client,
                                                      const struct awsc_sns_check_if_phone_number_is_opted_out_input *input,
                                                      awsc_sns_check_if_phone_number_is_opted_out_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CheckIfPhoneNumberIsOptedOut, input, check_if_phone_number_is_opted_out_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ConfirmSubscription_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[31],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
    &awsc__sns_tables.shapes[110],
    &awsc__sns_tables.shapes[128],
};

static const struct awsc_operation op_ConfirmSubscription = {
    .name = "ConfirmSubscription",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[12],
    .output = &awsc__sns_tables.shapes[13],
    .errors = op_ConfirmSubscription_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ConfirmSubscriptionResult",
};

int awsc_sns_confirm_subscription(struct awsc_client *client,
                                  const struct awsc_sns_confirm_subscription_input *input,
                                  struct awsc_sns_confirm_subscription_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ConfirmSubscription, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void confirm_subscription_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_confirm_subscription_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_confirm_subscription_async(struct awsc_client *client,
                                        const struct awsc_sns_confirm_subscription_input *input,
                                        awsc_sns_confirm_subscription_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ConfirmSubscription, input, confirm_subscription_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreatePlatformApplication_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
};

static const struct awsc_operation op_CreatePlatformApplication = {
    .name = "CreatePlatformApplication",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[15],
    .output = &awsc__sns_tables.shapes[16],
    .errors = op_CreatePlatformApplication_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "CreatePlatformApplicationResult",
};

int awsc_sns_create_platform_application(struct awsc_client *client,
                                         const struct awsc_sns_create_platform_application_input *input,
                                         struct awsc_sns_create_platform_application_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreatePlatformApplication, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_platform_application_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_create_platform_application_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_create_platform_application_async(struct awsc_client *client,
                                               const struct awsc_sns_create_platform_application_input *input,
                                               awsc_sns_create_platform_application_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreatePlatformApplication, input, create_platform_application_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreatePlatformEndpoint_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_CreatePlatformEndpoint = {
    .name = "CreatePlatformEndpoint",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[17],
    .output = &awsc__sns_tables.shapes[14],
    .errors = op_CreatePlatformEndpoint_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "CreatePlatformEndpointResult",
};

int awsc_sns_create_platform_endpoint(struct awsc_client *client,
                                      const struct awsc_sns_create_platform_endpoint_input *input,
                                      struct awsc_sns_create_platform_endpoint_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreatePlatformEndpoint, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_platform_endpoint_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_create_platform_endpoint_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_create_platform_endpoint_async(struct awsc_client *client,
                                            const struct awsc_sns_create_platform_endpoint_input *input,
                                            awsc_sns_create_platform_endpoint_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreatePlatformEndpoint, input, create_platform_endpoint_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateSMSSandboxPhoneNumber_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[92],
    &awsc__sns_tables.shapes[139],
    &awsc__sns_tables.shapes[149],
};

static const struct awsc_operation op_CreateSMSSandboxPhoneNumber = {
    .name = "CreateSMSSandboxPhoneNumber",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[18],
    .output = &awsc__sns_tables.shapes[19],
    .errors = op_CreateSMSSandboxPhoneNumber_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "CreateSMSSandboxPhoneNumberResult",
};

int awsc_sns_create_sms_sandbox_phone_number(struct awsc_client *client,
                                             const struct awsc_sns_create_sms_sandbox_phone_number_input *input,
                                             struct awsc_sns_create_sms_sandbox_phone_number_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateSMSSandboxPhoneNumber, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_sms_sandbox_phone_number_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_create_sms_sandbox_phone_number_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_create_sms_sandbox_phone_number_async(struct awsc_client *client,
                                                   const struct awsc_sns_create_sms_sandbox_phone_number_input *input,
                                                   awsc_sns_create_sms_sandbox_phone_number_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateSMSSandboxPhoneNumber, input, create_sms_sandbox_phone_number_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateTopic_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[11],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[122],
    &awsc__sns_tables.shapes[133],
    &awsc__sns_tables.shapes[135],
    &awsc__sns_tables.shapes[144],
};

static const struct awsc_operation op_CreateTopic = {
    .name = "CreateTopic",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[20],
    .output = &awsc__sns_tables.shapes[21],
    .errors = op_CreateTopic_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "CreateTopicResult",
};

int awsc_sns_create_topic(struct awsc_client *client,
                          const struct awsc_sns_create_topic_input *input,
                          struct awsc_sns_create_topic_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateTopic, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_topic_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_create_topic_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_create_topic_async(struct awsc_client *client,
                                const struct awsc_sns_create_topic_input *input,
                                awsc_sns_create_topic_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateTopic, input, create_topic_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteEndpoint_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
};

static const struct awsc_operation op_DeleteEndpoint = {
    .name = "DeleteEndpoint",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[23],
    .output = NULL,
    .errors = op_DeleteEndpoint_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_delete_endpoint(struct awsc_client *client,
                             const struct awsc_sns_delete_endpoint_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteEndpoint, input, NULL, err);
}

static void delete_endpoint_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_delete_endpoint_cb *)cb)(user_data, status, err);
}

int awsc_sns_delete_endpoint_async(struct awsc_client *client,
                                   const struct awsc_sns_delete_endpoint_input *input,
                                   awsc_sns_delete_endpoint_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteEndpoint, input, delete_endpoint_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeletePlatformApplication_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
};

static const struct awsc_operation op_DeletePlatformApplication = {
    .name = "DeletePlatformApplication",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[24],
    .output = NULL,
    .errors = op_DeletePlatformApplication_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_delete_platform_application(struct awsc_client *client,
                                         const struct awsc_sns_delete_platform_application_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &op_DeletePlatformApplication, input, NULL, err);
}

static void delete_platform_application_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_delete_platform_application_cb *)cb)(user_data, status, err);
}

int awsc_sns_delete_platform_application_async(struct awsc_client *client,
                                               const struct awsc_sns_delete_platform_application_input *input,
                                               awsc_sns_delete_platform_application_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeletePlatformApplication, input, delete_platform_application_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteSMSSandboxPhoneNumber_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[111],
    &awsc__sns_tables.shapes[139],
    &awsc__sns_tables.shapes[149],
};

static const struct awsc_operation op_DeleteSMSSandboxPhoneNumber = {
    .name = "DeleteSMSSandboxPhoneNumber",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[25],
    .output = &awsc__sns_tables.shapes[26],
    .errors = op_DeleteSMSSandboxPhoneNumber_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "DeleteSMSSandboxPhoneNumberResult",
};

int awsc_sns_delete_sms_sandbox_phone_number(struct awsc_client *client,
                                             const struct awsc_sns_delete_sms_sandbox_phone_number_input *input,
                                             struct awsc_sns_delete_sms_sandbox_phone_number_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteSMSSandboxPhoneNumber, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_sms_sandbox_phone_number_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_delete_sms_sandbox_phone_number_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_delete_sms_sandbox_phone_number_async(struct awsc_client *client,
                                                   const struct awsc_sns_delete_sms_sandbox_phone_number_input *input,
                                                   awsc_sns_delete_sms_sandbox_phone_number_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteSMSSandboxPhoneNumber, input, delete_sms_sandbox_phone_number_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteTopic_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[11],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[51],
    &awsc__sns_tables.shapes[86],
    &awsc__sns_tables.shapes[122],
    &awsc__sns_tables.shapes[135],
};

static const struct awsc_operation op_DeleteTopic = {
    .name = "DeleteTopic",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[27],
    .output = NULL,
    .errors = op_DeleteTopic_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_delete_topic(struct awsc_client *client,
                          const struct awsc_sns_delete_topic_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteTopic, input, NULL, err);
}

static void delete_topic_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_delete_topic_cb *)cb)(user_data, status, err);
}

int awsc_sns_delete_topic_async(struct awsc_client *client,
                                const struct awsc_sns_delete_topic_input *input,
                                awsc_sns_delete_topic_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteTopic, input, delete_topic_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDataProtectionPolicy_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_GetDataProtectionPolicy = {
    .name = "GetDataProtectionPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[32],
    .output = &awsc__sns_tables.shapes[33],
    .errors = op_GetDataProtectionPolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "GetDataProtectionPolicyResult",
};

int awsc_sns_get_data_protection_policy(struct awsc_client *client,
                                        const struct awsc_sns_get_data_protection_policy_input *input,
                                        struct awsc_sns_get_data_protection_policy_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDataProtectionPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_data_protection_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_get_data_protection_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_get_data_protection_policy_async(struct awsc_client *client,
                                              const struct awsc_sns_get_data_protection_policy_input *input,
                                              awsc_sns_get_data_protection_policy_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDataProtectionPolicy, input, get_data_protection_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetEndpointAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_GetEndpointAttributes = {
    .name = "GetEndpointAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[34],
    .output = &awsc__sns_tables.shapes[35],
    .errors = op_GetEndpointAttributes_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "GetEndpointAttributesResult",
};

int awsc_sns_get_endpoint_attributes(struct awsc_client *client,
                                     const struct awsc_sns_get_endpoint_attributes_input *input,
                                     struct awsc_sns_get_endpoint_attributes_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetEndpointAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_endpoint_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_get_endpoint_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_get_endpoint_attributes_async(struct awsc_client *client,
                                           const struct awsc_sns_get_endpoint_attributes_input *input,
                                           awsc_sns_get_endpoint_attributes_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetEndpointAttributes, input, get_endpoint_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetPlatformApplicationAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_GetPlatformApplicationAttributes = {
    .name = "GetPlatformApplicationAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[36],
    .output = &awsc__sns_tables.shapes[37],
    .errors = op_GetPlatformApplicationAttributes_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "GetPlatformApplicationAttributesResult",
};

int awsc_sns_get_platform_application_attributes(struct awsc_client *client,
                                                 const struct awsc_sns_get_platform_application_attributes_input *input,
                                                 struct awsc_sns_get_platform_application_attributes_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetPlatformApplicationAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_platform_application_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_get_platform_application_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_get_platform_application_attributes_async(struct awsc_client *client,
                                                       const struct awsc_sns_get_platform_application_attributes_input *input,
                                                       awsc_sns_get_platform_application_attributes_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetPlatformApplicationAttributes, input, get_platform_application_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetSMSAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[139],
};

static const struct awsc_operation op_GetSMSAttributes = {
    .name = "GetSMSAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[38],
    .output = &awsc__sns_tables.shapes[39],
    .errors = op_GetSMSAttributes_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "GetSMSAttributesResult",
};

int awsc_sns_get_sms_attributes(struct awsc_client *client,
                                const struct awsc_sns_get_sms_attributes_input *input,
                                struct awsc_sns_get_sms_attributes_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetSMSAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_sms_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_get_sms_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_get_sms_attributes_async(struct awsc_client *client,
                                      const struct awsc_sns_get_sms_attributes_input *input,
                                      awsc_sns_get_sms_attributes_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetSMSAttributes, input, get_sms_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetSMSSandboxAccountStatus_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[139],
};

static const struct awsc_operation op_GetSMSSandboxAccountStatus = {
    .name = "GetSMSSandboxAccountStatus",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[40],
    .output = &awsc__sns_tables.shapes[41],
    .errors = op_GetSMSSandboxAccountStatus_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "GetSMSSandboxAccountStatusResult",
};

int awsc_sns_get_sms_sandbox_account_status(struct awsc_client *client,
                                            const struct awsc_sns_get_sms_sandbox_account_status_input *input,
                                            struct awsc_sns_get_sms_sandbox_account_status_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetSMSSandboxAccountStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_sms_sandbox_account_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_get_sms_sandbox_account_status_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_get_sms_sandbox_account_status_async(struct awsc_client *client,
                                                  const struct awsc_sns_get_sms_sandbox_account_status_input *input,
                                                  awsc_sns_get_sms_sandbox_account_status_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetSMSSandboxAccountStatus, input, get_sms_sandbox_account_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetSubscriptionAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_GetSubscriptionAttributes = {
    .name = "GetSubscriptionAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[42],
    .output = &awsc__sns_tables.shapes[43],
    .errors = op_GetSubscriptionAttributes_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "GetSubscriptionAttributesResult",
};

int awsc_sns_get_subscription_attributes(struct awsc_client *client,
                                         const struct awsc_sns_get_subscription_attributes_input *input,
                                         struct awsc_sns_get_subscription_attributes_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetSubscriptionAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_subscription_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_get_subscription_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_get_subscription_attributes_async(struct awsc_client *client,
                                               const struct awsc_sns_get_subscription_attributes_input *input,
                                               awsc_sns_get_subscription_attributes_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetSubscriptionAttributes, input, get_subscription_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetTopicAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_GetTopicAttributes = {
    .name = "GetTopicAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[44],
    .output = &awsc__sns_tables.shapes[45],
    .errors = op_GetTopicAttributes_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "GetTopicAttributesResult",
};

int awsc_sns_get_topic_attributes(struct awsc_client *client,
                                  const struct awsc_sns_get_topic_attributes_input *input,
                                  struct awsc_sns_get_topic_attributes_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetTopicAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_topic_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_get_topic_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_get_topic_attributes_async(struct awsc_client *client,
                                        const struct awsc_sns_get_topic_attributes_input *input,
                                        awsc_sns_get_topic_attributes_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetTopicAttributes, input, get_topic_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListEndpointsByPlatformApplication_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_ListEndpointsByPlatformApplication = {
    .name = "ListEndpointsByPlatformApplication",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[60],
    .output = &awsc__sns_tables.shapes[61],
    .errors = op_ListEndpointsByPlatformApplication_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ListEndpointsByPlatformApplicationResult",
};

int awsc_sns_list_endpoints_by_platform_application(struct awsc_client *client,
                                                    const struct awsc_sns_list_endpoints_by_platform_application_input *input,
                                                    struct awsc_sns_list_endpoints_by_platform_application_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListEndpointsByPlatformApplication, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_endpoints_by_platform_application_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_list_endpoints_by_platform_application_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_list_endpoints_by_platform_application_async(struct awsc_client *client,
                                                          const struct awsc_sns_list_endpoints_by_platform_application_input *input,
                                                          awsc_sns_list_endpoints_by_platform_application_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListEndpointsByPlatformApplication, input, list_endpoints_by_platform_application_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOriginationNumbers_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[139],
    &awsc__sns_tables.shapes[150],
};

static const struct awsc_operation op_ListOriginationNumbers = {
    .name = "ListOriginationNumbers",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[64],
    .output = &awsc__sns_tables.shapes[65],
    .errors = op_ListOriginationNumbers_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ListOriginationNumbersResult",
};

int awsc_sns_list_origination_numbers(struct awsc_client *client,
                                      const struct awsc_sns_list_origination_numbers_input *input,
                                      struct awsc_sns_list_origination_numbers_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOriginationNumbers, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_origination_numbers_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_list_origination_numbers_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_list_origination_numbers_async(struct awsc_client *client,
                                            const struct awsc_sns_list_origination_numbers_input *input,
                                            awsc_sns_list_origination_numbers_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListOriginationNumbers, input, list_origination_numbers_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListPhoneNumbersOptedOut_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[139],
};

static const struct awsc_operation op_ListPhoneNumbersOptedOut = {
    .name = "ListPhoneNumbersOptedOut",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[66],
    .output = &awsc__sns_tables.shapes[67],
    .errors = op_ListPhoneNumbersOptedOut_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ListPhoneNumbersOptedOutResult",
};

int awsc_sns_list_phone_numbers_opted_out(struct awsc_client *client,
                                          const struct awsc_sns_list_phone_numbers_opted_out_input *input,
                                          struct awsc_sns_list_phone_numbers_opted_out_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListPhoneNumbersOptedOut, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_phone_numbers_opted_out_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_list_phone_numbers_opted_out_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_list_phone_numbers_opted_out_async(struct awsc_client *client,
                                                const struct awsc_sns_list_phone_numbers_opted_out_input *input,
                                                awsc_sns_list_phone_numbers_opted_out_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListPhoneNumbersOptedOut, input, list_phone_numbers_opted_out_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListPlatformApplications_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
};

static const struct awsc_operation op_ListPlatformApplications = {
    .name = "ListPlatformApplications",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[68],
    .output = &awsc__sns_tables.shapes[69],
    .errors = op_ListPlatformApplications_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ListPlatformApplicationsResult",
};

int awsc_sns_list_platform_applications(struct awsc_client *client,
                                        const struct awsc_sns_list_platform_applications_input *input,
                                        struct awsc_sns_list_platform_applications_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListPlatformApplications, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_platform_applications_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_list_platform_applications_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_list_platform_applications_async(struct awsc_client *client,
                                              const struct awsc_sns_list_platform_applications_input *input,
                                              awsc_sns_list_platform_applications_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListPlatformApplications, input, list_platform_applications_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListSMSSandboxPhoneNumbers_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[111],
    &awsc__sns_tables.shapes[139],
};

static const struct awsc_operation op_ListSMSSandboxPhoneNumbers = {
    .name = "ListSMSSandboxPhoneNumbers",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[70],
    .output = &awsc__sns_tables.shapes[71],
    .errors = op_ListSMSSandboxPhoneNumbers_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ListSMSSandboxPhoneNumbersResult",
};

int awsc_sns_list_sms_sandbox_phone_numbers(struct awsc_client *client,
                                            const struct awsc_sns_list_sms_sandbox_phone_numbers_input *input,
                                            struct awsc_sns_list_sms_sandbox_phone_numbers_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListSMSSandboxPhoneNumbers, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_sms_sandbox_phone_numbers_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_list_sms_sandbox_phone_numbers_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_async(struct awsc_client *client,
                                                  const struct awsc_sns_list_sms_sandbox_phone_numbers_input *input,
                                                  awsc_sns_list_sms_sandbox_phone_numbers_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListSMSSandboxPhoneNumbers, input, list_sms_sandbox_phone_numbers_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListSubscriptions_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
};

static const struct awsc_operation op_ListSubscriptions = {
    .name = "ListSubscriptions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[75],
    .output = &awsc__sns_tables.shapes[76],
    .errors = op_ListSubscriptions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ListSubscriptionsResult",
};

int awsc_sns_list_subscriptions(struct awsc_client *client,
                                const struct awsc_sns_list_subscriptions_input *input,
                                struct awsc_sns_list_subscriptions_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListSubscriptions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_subscriptions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_list_subscriptions_async(struct awsc_client *client,
                                      const struct awsc_sns_list_subscriptions_input *input,
                                      awsc_sns_list_subscriptions_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListSubscriptions, input, list_subscriptions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListSubscriptionsByTopic_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_ListSubscriptionsByTopic = {
    .name = "ListSubscriptionsByTopic",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[73],
    .output = &awsc__sns_tables.shapes[74],
    .errors = op_ListSubscriptionsByTopic_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ListSubscriptionsByTopicResult",
};

int awsc_sns_list_subscriptions_by_topic(struct awsc_client *client,
                                         const struct awsc_sns_list_subscriptions_by_topic_input *input,
                                         struct awsc_sns_list_subscriptions_by_topic_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListSubscriptionsByTopic, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_subscriptions_by_topic_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_by_topic_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_list_subscriptions_by_topic_async(struct awsc_client *client,
                                               const struct awsc_sns_list_subscriptions_by_topic_input *input,
                                               awsc_sns_list_subscriptions_by_topic_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListSubscriptionsByTopic, input, list_subscriptions_by_topic_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTagsForResource_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[11],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[111],
    &awsc__sns_tables.shapes[135],
};

static const struct awsc_operation op_ListTagsForResource = {
    .name = "ListTagsForResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[77],
    .output = &awsc__sns_tables.shapes[78],
    .errors = op_ListTagsForResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ListTagsForResourceResult",
};

int awsc_sns_list_tags_for_resource(struct awsc_client *client,
                                    const struct awsc_sns_list_tags_for_resource_input *input,
                                    struct awsc_sns_list_tags_for_resource_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTagsForResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_tags_for_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_list_tags_for_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_list_tags_for_resource_async(struct awsc_client *client,
                                          const struct awsc_sns_list_tags_for_resource_input *input,
                                          awsc_sns_list_tags_for_resource_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTagsForResource, input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTopics_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
};

static const struct awsc_operation op_ListTopics = {
    .name = "ListTopics",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[79],
    .output = &awsc__sns_tables.shapes[80],
    .errors = op_ListTopics_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "ListTopicsResult",
};

int awsc_sns_list_topics(struct awsc_client *client,
                         const struct awsc_sns_list_topics_input *input,
                         struct awsc_sns_list_topics_output **output,
                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTopics, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_topics_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_list_topics_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_list_topics_async(struct awsc_client *client,
                               const struct awsc_sns_list_topics_input *input,
                               awsc_sns_list_topics_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTopics, input, list_topics_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_OptInPhoneNumber_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[139],
};

static const struct awsc_operation op_OptInPhoneNumber = {
    .name = "OptInPhoneNumber",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[90],
    .output = &awsc__sns_tables.shapes[91],
    .errors = op_OptInPhoneNumber_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "OptInPhoneNumberResult",
};

int awsc_sns_opt_in_phone_number(struct awsc_client *client,
                                 const struct awsc_sns_opt_in_phone_number_input *input,
                                 struct awsc_sns_opt_in_phone_number_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_OptInPhoneNumber, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void opt_in_phone_number_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_opt_in_phone_number_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_opt_in_phone_number_async(struct awsc_client *client,
                                       const struct awsc_sns_opt_in_phone_number_input *input,
                                       awsc_sns_opt_in_phone_number_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_OptInPhoneNumber, input, opt_in_phone_number_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_Publish_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[30],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[49],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[53],
    &awsc__sns_tables.shapes[54],
    &awsc__sns_tables.shapes[55],
    &awsc__sns_tables.shapes[56],
    &awsc__sns_tables.shapes[57],
    &awsc__sns_tables.shapes[58],
    &awsc__sns_tables.shapes[86],
    &awsc__sns_tables.shapes[99],
    &awsc__sns_tables.shapes[150],
};

static const struct awsc_operation op_Publish = {
    .name = "Publish",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[106],
    .output = &awsc__sns_tables.shapes[107],
    .errors = op_Publish_errors,
    .error_count = 15,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "PublishResult",
};

int awsc_sns_publish(struct awsc_client *client,
                     const struct awsc_sns_publish_input *input,
                     struct awsc_sns_publish_output **output,
                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_Publish, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void publish_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_publish_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_publish_async(struct awsc_client *client,
                           const struct awsc_sns_publish_input *input,
                           awsc_sns_publish_cb *cb,
                           void *user_data,
                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_Publish, input, publish_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PublishBatch_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[4],
    &awsc__sns_tables.shapes[5],
    &awsc__sns_tables.shapes[28],
    &awsc__sns_tables.shapes[30],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[47],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[49],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[53],
    &awsc__sns_tables.shapes[54],
    &awsc__sns_tables.shapes[55],
    &awsc__sns_tables.shapes[56],
    &awsc__sns_tables.shapes[57],
    &awsc__sns_tables.shapes[58],
    &awsc__sns_tables.shapes[86],
    &awsc__sns_tables.shapes[99],
    &awsc__sns_tables.shapes[141],
    &awsc__sns_tables.shapes[150],
};

static const struct awsc_operation op_PublishBatch = {
    .name = "PublishBatch",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[100],
    .output = &awsc__sns_tables.shapes[103],
    .errors = op_PublishBatch_errors,
    .error_count = 20,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "PublishBatchResult",
};

int awsc_sns_publish_batch(struct awsc_client *client,
                           const struct awsc_sns_publish_batch_input *input,
                           struct awsc_sns_publish_batch_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PublishBatch, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void publish_batch_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_publish_batch_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_publish_batch_async(struct awsc_client *client,
                                 const struct awsc_sns_publish_batch_input *input,
                                 awsc_sns_publish_batch_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PublishBatch, input, publish_batch_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutDataProtectionPolicy_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_PutDataProtectionPolicy = {
    .name = "PutDataProtectionPolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[108],
    .output = NULL,
    .errors = op_PutDataProtectionPolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_put_data_protection_policy(struct awsc_client *client,
                                        const struct awsc_sns_put_data_protection_policy_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &op_PutDataProtectionPolicy, input, NULL, err);
}

static void put_data_protection_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_put_data_protection_policy_cb *)cb)(user_data, status, err);
}

int awsc_sns_put_data_protection_policy_async(struct awsc_client *client,
                                              const struct awsc_sns_put_data_protection_policy_input *input,
                                              awsc_sns_put_data_protection_policy_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutDataProtectionPolicy, input, put_data_protection_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemovePermission_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_RemovePermission = {
    .name = "RemovePermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[109],
    .output = NULL,
    .errors = op_RemovePermission_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_remove_permission(struct awsc_client *client,
                               const struct awsc_sns_remove_permission_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_RemovePermission, input, NULL, err);
}

static void remove_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_remove_permission_cb *)cb)(user_data, status, err);
}

int awsc_sns_remove_permission_async(struct awsc_client *client,
                                     const struct awsc_sns_remove_permission_input *input,
                                     awsc_sns_remove_permission_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RemovePermission, input, remove_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SetEndpointAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_SetEndpointAttributes = {
    .name = "SetEndpointAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[116],
    .output = NULL,
    .errors = op_SetEndpointAttributes_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_set_endpoint_attributes(struct awsc_client *client,
                                     const struct awsc_sns_set_endpoint_attributes_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &op_SetEndpointAttributes, input, NULL, err);
}

static void set_endpoint_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_set_endpoint_attributes_cb *)cb)(user_data, status, err);
}

int awsc_sns_set_endpoint_attributes_async(struct awsc_client *client,
                                           const struct awsc_sns_set_endpoint_attributes_input *input,
                                           awsc_sns_set_endpoint_attributes_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SetEndpointAttributes, input, set_endpoint_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SetPlatformApplicationAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_SetPlatformApplicationAttributes = {
    .name = "SetPlatformApplicationAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[117],
    .output = NULL,
    .errors = op_SetPlatformApplicationAttributes_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_set_platform_application_attributes(struct awsc_client *client,
                                                 const struct awsc_sns_set_platform_application_attributes_input *input,
                                                 struct awsc_error *err)
{
    return awsc_call(client, &op_SetPlatformApplicationAttributes, input, NULL, err);
}

static void set_platform_application_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_set_platform_application_attributes_cb *)cb)(user_data, status, err);
}

int awsc_sns_set_platform_application_attributes_async(struct awsc_client *client,
                                                       const struct awsc_sns_set_platform_application_attributes_input *input,
                                                       awsc_sns_set_platform_application_attributes_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SetPlatformApplicationAttributes, input, set_platform_application_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SetSMSAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[139],
};

static const struct awsc_operation op_SetSMSAttributes = {
    .name = "SetSMSAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[118],
    .output = &awsc__sns_tables.shapes[119],
    .errors = op_SetSMSAttributes_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "SetSMSAttributesResult",
};

int awsc_sns_set_sms_attributes(struct awsc_client *client,
                                const struct awsc_sns_set_sms_attributes_input *input,
                                struct awsc_sns_set_sms_attributes_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SetSMSAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void set_sms_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_set_sms_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_set_sms_attributes_async(struct awsc_client *client,
                                      const struct awsc_sns_set_sms_attributes_input *input,
                                      awsc_sns_set_sms_attributes_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SetSMSAttributes, input, set_sms_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SetSubscriptionAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[31],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[86],
    &awsc__sns_tables.shapes[110],
};

static const struct awsc_operation op_SetSubscriptionAttributes = {
    .name = "SetSubscriptionAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[120],
    .output = NULL,
    .errors = op_SetSubscriptionAttributes_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_set_subscription_attributes(struct awsc_client *client,
                                         const struct awsc_sns_set_subscription_attributes_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &op_SetSubscriptionAttributes, input, NULL, err);
}

static void set_subscription_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_set_subscription_attributes_cb *)cb)(user_data, status, err);
}

int awsc_sns_set_subscription_attributes_async(struct awsc_client *client,
                                               const struct awsc_sns_set_subscription_attributes_input *input,
                                               awsc_sns_set_subscription_attributes_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SetSubscriptionAttributes, input, set_subscription_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SetTopicAttributes_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_SetTopicAttributes = {
    .name = "SetTopicAttributes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[121],
    .output = NULL,
    .errors = op_SetTopicAttributes_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_set_topic_attributes(struct awsc_client *client,
                                  const struct awsc_sns_set_topic_attributes_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_SetTopicAttributes, input, NULL, err);
}

static void set_topic_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_set_topic_attributes_cb *)cb)(user_data, status, err);
}

int awsc_sns_set_topic_attributes_async(struct awsc_client *client,
                                        const struct awsc_sns_set_topic_attributes_input *input,
                                        awsc_sns_set_topic_attributes_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SetTopicAttributes, input, set_topic_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_Subscribe_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[31],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[86],
    &awsc__sns_tables.shapes[110],
    &awsc__sns_tables.shapes[128],
};

static const struct awsc_operation op_Subscribe = {
    .name = "Subscribe",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[124],
    .output = &awsc__sns_tables.shapes[125],
    .errors = op_Subscribe_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "SubscribeResult",
};

int awsc_sns_subscribe(struct awsc_client *client,
                       const struct awsc_sns_subscribe_input *input,
                       struct awsc_sns_subscribe_output **output,
                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_Subscribe, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void subscribe_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_subscribe_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_subscribe_async(struct awsc_client *client,
                             const struct awsc_sns_subscribe_input *input,
                             awsc_sns_subscribe_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_Subscribe, input, subscribe_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagResource_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[11],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[111],
    &awsc__sns_tables.shapes[122],
    &awsc__sns_tables.shapes[133],
    &awsc__sns_tables.shapes[135],
};

static const struct awsc_operation op_TagResource = {
    .name = "TagResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[136],
    .output = &awsc__sns_tables.shapes[137],
    .errors = op_TagResource_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "TagResourceResult",
};

int awsc_sns_tag_resource(struct awsc_client *client,
                          const struct awsc_sns_tag_resource_input *input,
                          struct awsc_sns_tag_resource_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_TagResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void tag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_tag_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_tag_resource_async(struct awsc_client *client,
                                const struct awsc_sns_tag_resource_input *input,
                                awsc_sns_tag_resource_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagResource, input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_Unsubscribe_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[86],
};

static const struct awsc_operation op_Unsubscribe = {
    .name = "Unsubscribe",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[146],
    .output = NULL,
    .errors = op_Unsubscribe_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
};

int awsc_sns_unsubscribe(struct awsc_client *client,
                         const struct awsc_sns_unsubscribe_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &op_Unsubscribe, input, NULL, err);
}

static void unsubscribe_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sns_unsubscribe_cb *)cb)(user_data, status, err);
}

int awsc_sns_unsubscribe_async(struct awsc_client *client,
                               const struct awsc_sns_unsubscribe_input *input,
                               awsc_sns_unsubscribe_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_Unsubscribe, input, unsubscribe_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagResource_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[11],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[111],
    &awsc__sns_tables.shapes[122],
    &awsc__sns_tables.shapes[133],
    &awsc__sns_tables.shapes[135],
};

static const struct awsc_operation op_UntagResource = {
    .name = "UntagResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[147],
    .output = &awsc__sns_tables.shapes[148],
    .errors = op_UntagResource_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "UntagResourceResult",
};

int awsc_sns_untag_resource(struct awsc_client *client,
                            const struct awsc_sns_untag_resource_input *input,
                            struct awsc_sns_untag_resource_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UntagResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void untag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_untag_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_untag_resource_async(struct awsc_client *client,
                                  const struct awsc_sns_untag_resource_input *input,
                                  awsc_sns_untag_resource_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagResource, input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_VerifySMSSandboxPhoneNumber_errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[111],
    &awsc__sns_tables.shapes[139],
    &awsc__sns_tables.shapes[151],
};

static const struct awsc_operation op_VerifySMSSandboxPhoneNumber = {
    .name = "VerifySMSSandboxPhoneNumber",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__sns_tables.shapes[152],
    .output = &awsc__sns_tables.shapes[153],
    .errors = op_VerifySMSSandboxPhoneNumber_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sns_service,
    .result_wrapper = "VerifySMSSandboxPhoneNumberResult",
};

int awsc_sns_verify_sms_sandbox_phone_number(struct awsc_client *client,
                                             const struct awsc_sns_verify_sms_sandbox_phone_number_input *input,
                                             struct awsc_sns_verify_sms_sandbox_phone_number_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_VerifySMSSandboxPhoneNumber, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void verify_sms_sandbox_phone_number_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sns_verify_sms_sandbox_phone_number_cb *)cb)(user_data, status, output, err);
}

int awsc_sns_verify_sms_sandbox_phone_number_async(struct awsc_client *client,
                                                   const struct awsc_sns_verify_sms_sandbox_phone_number_input *input,
                                                   awsc_sns_verify_sms_sandbox_phone_number_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_VerifySMSSandboxPhoneNumber, input, verify_sms_sandbox_phone_number_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AddPermission,
    &op_CheckIfPhoneNumberIsOptedOut,
    &op_ConfirmSubscription,
    &op_CreatePlatformApplication,
    &op_CreatePlatformEndpoint,
    &op_CreateSMSSandboxPhoneNumber,
    &op_CreateTopic,
    &op_DeleteEndpoint,
    &op_DeletePlatformApplication,
    &op_DeleteSMSSandboxPhoneNumber,
    &op_DeleteTopic,
    &op_GetDataProtectionPolicy,
    &op_GetEndpointAttributes,
    &op_GetPlatformApplicationAttributes,
    &op_GetSMSAttributes,
    &op_GetSMSSandboxAccountStatus,
    &op_GetSubscriptionAttributes,
    &op_GetTopicAttributes,
    &op_ListEndpointsByPlatformApplication,
    &op_ListOriginationNumbers,
    &op_ListPhoneNumbersOptedOut,
    &op_ListPlatformApplications,
    &op_ListSMSSandboxPhoneNumbers,
    &op_ListSubscriptions,
    &op_ListSubscriptionsByTopic,
    &op_ListTagsForResource,
    &op_ListTopics,
    &op_OptInPhoneNumber,
    &op_Publish,
    &op_PublishBatch,
    &op_PutDataProtectionPolicy,
    &op_RemovePermission,
    &op_SetEndpointAttributes,
    &op_SetPlatformApplicationAttributes,
    &op_SetSMSAttributes,
    &op_SetSubscriptionAttributes,
    &op_SetTopicAttributes,
    &op_Subscribe,
    &op_TagResource,
    &op_Unsubscribe,
    &op_UntagResource,
    &op_VerifySMSSandboxPhoneNumber,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__sns_tables.shapes[3],
    &awsc__sns_tables.shapes[4],
    &awsc__sns_tables.shapes[5],
    &awsc__sns_tables.shapes[11],
    &awsc__sns_tables.shapes[28],
    &awsc__sns_tables.shapes[30],
    &awsc__sns_tables.shapes[31],
    &awsc__sns_tables.shapes[46],
    &awsc__sns_tables.shapes[47],
    &awsc__sns_tables.shapes[48],
    &awsc__sns_tables.shapes[50],
    &awsc__sns_tables.shapes[51],
    &awsc__sns_tables.shapes[53],
    &awsc__sns_tables.shapes[54],
    &awsc__sns_tables.shapes[55],
    &awsc__sns_tables.shapes[56],
    &awsc__sns_tables.shapes[57],
    &awsc__sns_tables.shapes[58],
    &awsc__sns_tables.shapes[86],
    &awsc__sns_tables.shapes[92],
    &awsc__sns_tables.shapes[49],
    &awsc__sns_tables.shapes[99],
    &awsc__sns_tables.shapes[110],
    &awsc__sns_tables.shapes[111],
    &awsc__sns_tables.shapes[122],
    &awsc__sns_tables.shapes[128],
    &awsc__sns_tables.shapes[133],
    &awsc__sns_tables.shapes[135],
    &awsc__sns_tables.shapes[139],
    &awsc__sns_tables.shapes[141],
    &awsc__sns_tables.shapes[144],
    &awsc__sns_tables.shapes[149],
    &awsc__sns_tables.shapes[150],
    &awsc__sns_tables.shapes[151],
};

const struct awsc_service awsc_sns_service = {
    .name = "sns",
    .service_id = "SNS",
    .full_name = "Amazon Simple Notification Service",
    .api_version = "2010-03-31",
    .endpoint_prefix = "sns",
    .signing_name = "sns",
    .target_prefix = NULL,
    .json_version = NULL,
    .xml_namespace = "http://sns.amazonaws.com/doc/2010-03-31/",
    .env_name = "SNS",
    .protocol = AWSC_PROTO_QUERY,
    .operations = operations,
    .operation_count = 42,
    .errors = errors,
    .error_count = 34,
    .flags = 0,
    .ruleset = &awsc__sns_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__sns_pagers.paginators,
    .paginator_count = 8,
#endif
};
