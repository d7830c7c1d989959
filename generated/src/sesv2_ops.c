/*
 * sesv2_ops.c - operations of SESv2: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sesv2.h>
#include <awsc/shape.h>
#include <awsc/endpoint.h>

#ifndef AWSC__SESV2_TABLES
#define AWSC__SESV2_TABLES
/* Every shape, member and name of SESv2 in one object (sesv2_shapes.c). */
struct awsc__sesv2_tables {
    struct awsc_shape shapes[589];
    struct awsc_member members[799];
    uint16_t by_wire_name[799];
    struct awsc_range ranges[46];
    char strings[19257];
};
extern const struct awsc__sesv2_tables awsc__sesv2_tables;
#endif
extern const struct awsc_ruleset awsc__sesv2_ruleset;
static const struct awsc_shape *const op_BatchGetMetricData_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[281],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_BatchGetMetricData = {
    .name = "BatchGetMetricData",
    .http_method = "POST",
    .request_uri = "/v2/email/metrics/batch",
    .input = &awsc__sesv2_tables.shapes[21],
    .output = &awsc__sesv2_tables.shapes[22],
    .errors = op_BatchGetMetricData_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_batch_get_metric_data(struct awsc_client *client,
                                     const struct awsc_sesv2_batch_get_metric_data_input *input,
                                     struct awsc_sesv2_batch_get_metric_data_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_BatchGetMetricData, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void batch_get_metric_data_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_batch_get_metric_data_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_batch_get_metric_data_async(struct awsc_client *client,
                                           const struct awsc_sesv2_batch_get_metric_data_input *input,
                                           awsc_sesv2_batch_get_metric_data_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_BatchGetMetricData, input, batch_get_metric_data_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CancelExportJob_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CancelExportJob = {
    .name = "CancelExportJob",
    .http_method = "PUT",
    .request_uri = "/v2/email/export-jobs/{JobId}/cancel",
    .input = &awsc__sesv2_tables.shapes[41],
    .output = &awsc__sesv2_tables.shapes[42],
    .errors = op_CancelExportJob_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_cancel_export_job(struct awsc_client *client,
                                 const struct awsc_sesv2_cancel_export_job_input *input,
                                 struct awsc_sesv2_cancel_export_job_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CancelExportJob, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void cancel_export_job_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_cancel_export_job_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_cancel_export_job_async(struct awsc_client *client,
                                       const struct awsc_sesv2_cancel_export_job_input *input,
                                       awsc_sesv2_cancel_export_job_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CancelExportJob, input, cancel_export_job_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateConfigurationSet_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateConfigurationSet = {
    .name = "CreateConfigurationSet",
    .http_method = "POST",
    .request_uri = "/v2/email/configuration-sets",
    .input = &awsc__sesv2_tables.shapes[65],
    .output = &awsc__sesv2_tables.shapes[66],
    .errors = op_CreateConfigurationSet_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_configuration_set(struct awsc_client *client,
                                        const struct awsc_sesv2_create_configuration_set_input *input,
                                        struct awsc_sesv2_create_configuration_set_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateConfigurationSet, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_configuration_set_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_configuration_set_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_configuration_set_async(struct awsc_client *client,
                                              const struct awsc_sesv2_create_configuration_set_input *input,
                                              awsc_sesv2_create_configuration_set_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateConfigurationSet, input, create_configuration_set_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateConfigurationSetEventDestination_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateConfigurationSetEventDestination = {
    .name = "CreateConfigurationSetEventDestination",
    .http_method = "POST",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations",
    .input = &awsc__sesv2_tables.shapes[63],
    .output = &awsc__sesv2_tables.shapes[64],
    .errors = op_CreateConfigurationSetEventDestination_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_configuration_set_event_destination(struct awsc_client *client,
                                                          const struct awsc_sesv2_create_configuration_set_event_destination_input *input,
                                                          struct awsc_sesv2_create_configuration_set_event_destination_output **output,
                                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateConfigurationSetEventDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_configuration_set_event_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_configuration_set_event_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_configuration_set_event_destination_async(struct awsc_client *client,
                                                                const struct awsc_sesv2_create_configuration_set_event_destination_input *input,
                                                                awsc_sesv2_create_configuration_set_event_destination_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateConfigurationSetEventDestination, input, create_configuration_set_event_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateContact_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateContact = {
    .name = "CreateContact",
    .http_method = "POST",
    .request_uri = "/v2/email/contact-lists/{ContactListName}/contacts",
    .input = &awsc__sesv2_tables.shapes[69],
    .output = &awsc__sesv2_tables.shapes[70],
    .errors = op_CreateContact_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_contact(struct awsc_client *client,
                              const struct awsc_sesv2_create_contact_input *input,
                              struct awsc_sesv2_create_contact_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateContact, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_contact_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_contact_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_contact_async(struct awsc_client *client,
                                    const struct awsc_sesv2_create_contact_input *input,
                                    awsc_sesv2_create_contact_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateContact, input, create_contact_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateContactList_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateContactList = {
    .name = "CreateContactList",
    .http_method = "POST",
    .request_uri = "/v2/email/contact-lists",
    .input = &awsc__sesv2_tables.shapes[67],
    .output = &awsc__sesv2_tables.shapes[68],
    .errors = op_CreateContactList_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_contact_list(struct awsc_client *client,
                                   const struct awsc_sesv2_create_contact_list_input *input,
                                   struct awsc_sesv2_create_contact_list_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateContactList, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_contact_list_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_contact_list_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_contact_list_async(struct awsc_client *client,
                                         const struct awsc_sesv2_create_contact_list_input *input,
                                         awsc_sesv2_create_contact_list_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateContactList, input, create_contact_list_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateCustomVerificationEmailTemplate_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateCustomVerificationEmailTemplate = {
    .name = "CreateCustomVerificationEmailTemplate",
    .http_method = "POST",
    .request_uri = "/v2/email/custom-verification-email-templates",
    .input = &awsc__sesv2_tables.shapes[71],
    .output = &awsc__sesv2_tables.shapes[72],
    .errors = op_CreateCustomVerificationEmailTemplate_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_custom_verification_email_template(struct awsc_client *client,
                                                         const struct awsc_sesv2_create_custom_verification_email_template_input *input,
                                                         struct awsc_sesv2_create_custom_verification_email_template_output **output,
                                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateCustomVerificationEmailTemplate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_custom_verification_email_template_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_custom_verification_email_template_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_custom_verification_email_template_async(struct awsc_client *client,
                                                               const struct awsc_sesv2_create_custom_verification_email_template_input *input,
                                                               awsc_sesv2_create_custom_verification_email_template_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateCustomVerificationEmailTemplate, input, create_custom_verification_email_template_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateDedicatedIpPool_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateDedicatedIpPool = {
    .name = "CreateDedicatedIpPool",
    .http_method = "POST",
    .request_uri = "/v2/email/dedicated-ip-pools",
    .input = &awsc__sesv2_tables.shapes[73],
    .output = &awsc__sesv2_tables.shapes[74],
    .errors = op_CreateDedicatedIpPool_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_dedicated_ip_pool(struct awsc_client *client,
                                        const struct awsc_sesv2_create_dedicated_ip_pool_input *input,
                                        struct awsc_sesv2_create_dedicated_ip_pool_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateDedicatedIpPool, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_dedicated_ip_pool_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_dedicated_ip_pool_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_dedicated_ip_pool_async(struct awsc_client *client,
                                              const struct awsc_sesv2_create_dedicated_ip_pool_input *input,
                                              awsc_sesv2_create_dedicated_ip_pool_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateDedicatedIpPool, input, create_dedicated_ip_pool_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateDeliverabilityTestReport_errors[] = {
    &awsc__sesv2_tables.shapes[1],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[349],
    &awsc__sesv2_tables.shapes[367],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[501],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateDeliverabilityTestReport = {
    .name = "CreateDeliverabilityTestReport",
    .http_method = "POST",
    .request_uri = "/v2/email/deliverability-dashboard/test",
    .input = &awsc__sesv2_tables.shapes[75],
    .output = &awsc__sesv2_tables.shapes[76],
    .errors = op_CreateDeliverabilityTestReport_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_deliverability_test_report(struct awsc_client *client,
                                                 const struct awsc_sesv2_create_deliverability_test_report_input *input,
                                                 struct awsc_sesv2_create_deliverability_test_report_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateDeliverabilityTestReport, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_deliverability_test_report_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_deliverability_test_report_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_deliverability_test_report_async(struct awsc_client *client,
                                                       const struct awsc_sesv2_create_deliverability_test_report_input *input,
                                                       awsc_sesv2_create_deliverability_test_report_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateDeliverabilityTestReport, input, create_deliverability_test_report_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateEmailIdentity_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateEmailIdentity = {
    .name = "CreateEmailIdentity",
    .http_method = "POST",
    .request_uri = "/v2/email/identities",
    .input = &awsc__sesv2_tables.shapes[79],
    .output = &awsc__sesv2_tables.shapes[80],
    .errors = op_CreateEmailIdentity_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_email_identity(struct awsc_client *client,
                                     const struct awsc_sesv2_create_email_identity_input *input,
                                     struct awsc_sesv2_create_email_identity_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateEmailIdentity, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_email_identity_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_email_identity_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_email_identity_async(struct awsc_client *client,
                                           const struct awsc_sesv2_create_email_identity_input *input,
                                           awsc_sesv2_create_email_identity_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateEmailIdentity, input, create_email_identity_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateEmailIdentityPolicy_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateEmailIdentityPolicy = {
    .name = "CreateEmailIdentityPolicy",
    .http_method = "POST",
    .request_uri = "/v2/email/identities/{EmailIdentity}/policies/{PolicyName}",
    .input = &awsc__sesv2_tables.shapes[77],
    .output = &awsc__sesv2_tables.shapes[78],
    .errors = op_CreateEmailIdentityPolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_email_identity_policy(struct awsc_client *client,
                                            const struct awsc_sesv2_create_email_identity_policy_input *input,
                                            struct awsc_sesv2_create_email_identity_policy_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateEmailIdentityPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_email_identity_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_email_identity_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_email_identity_policy_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_create_email_identity_policy_input *input,
                                                  awsc_sesv2_create_email_identity_policy_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateEmailIdentityPolicy, input, create_email_identity_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateEmailTemplate_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateEmailTemplate = {
    .name = "CreateEmailTemplate",
    .http_method = "POST",
    .request_uri = "/v2/email/templates",
    .input = &awsc__sesv2_tables.shapes[81],
    .output = &awsc__sesv2_tables.shapes[82],
    .errors = op_CreateEmailTemplate_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_email_template(struct awsc_client *client,
                                     const struct awsc_sesv2_create_email_template_input *input,
                                     struct awsc_sesv2_create_email_template_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateEmailTemplate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_email_template_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_email_template_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_email_template_async(struct awsc_client *client,
                                           const struct awsc_sesv2_create_email_template_input *input,
                                           awsc_sesv2_create_email_template_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateEmailTemplate, input, create_email_template_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateExportJob_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateExportJob = {
    .name = "CreateExportJob",
    .http_method = "POST",
    .request_uri = "/v2/email/export-jobs",
    .input = &awsc__sesv2_tables.shapes[83],
    .output = &awsc__sesv2_tables.shapes[84],
    .errors = op_CreateExportJob_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_export_job(struct awsc_client *client,
                                 const struct awsc_sesv2_create_export_job_input *input,
                                 struct awsc_sesv2_create_export_job_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateExportJob, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_export_job_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_export_job_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_export_job_async(struct awsc_client *client,
                                       const struct awsc_sesv2_create_export_job_input *input,
                                       awsc_sesv2_create_export_job_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateExportJob, input, create_export_job_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateImportJob_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateImportJob = {
    .name = "CreateImportJob",
    .http_method = "POST",
    .request_uri = "/v2/email/import-jobs",
    .input = &awsc__sesv2_tables.shapes[85],
    .output = &awsc__sesv2_tables.shapes[86],
    .errors = op_CreateImportJob_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_import_job(struct awsc_client *client,
                                 const struct awsc_sesv2_create_import_job_input *input,
                                 struct awsc_sesv2_create_import_job_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateImportJob, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_import_job_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_import_job_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_import_job_async(struct awsc_client *client,
                                       const struct awsc_sesv2_create_import_job_input *input,
                                       awsc_sesv2_create_import_job_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateImportJob, input, create_import_job_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateMultiRegionEndpoint_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateMultiRegionEndpoint = {
    .name = "CreateMultiRegionEndpoint",
    .http_method = "POST",
    .request_uri = "/v2/email/multi-region-endpoints",
    .input = &awsc__sesv2_tables.shapes[87],
    .output = &awsc__sesv2_tables.shapes[88],
    .errors = op_CreateMultiRegionEndpoint_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_multi_region_endpoint(struct awsc_client *client,
                                            const struct awsc_sesv2_create_multi_region_endpoint_input *input,
                                            struct awsc_sesv2_create_multi_region_endpoint_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateMultiRegionEndpoint, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_multi_region_endpoint_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_multi_region_endpoint_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_multi_region_endpoint_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_create_multi_region_endpoint_input *input,
                                                  awsc_sesv2_create_multi_region_endpoint_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateMultiRegionEndpoint, input, create_multi_region_endpoint_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateTenant_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateTenant = {
    .name = "CreateTenant",
    .http_method = "POST",
    .request_uri = "/v2/email/tenants",
    .input = &awsc__sesv2_tables.shapes[89],
    .output = &awsc__sesv2_tables.shapes[92],
    .errors = op_CreateTenant_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_tenant(struct awsc_client *client,
                             const struct awsc_sesv2_create_tenant_input *input,
                             struct awsc_sesv2_create_tenant_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateTenant, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_tenant_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_tenant_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_tenant_async(struct awsc_client *client,
                                   const struct awsc_sesv2_create_tenant_input *input,
                                   awsc_sesv2_create_tenant_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateTenant, input, create_tenant_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateTenantResourceAssociation_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_CreateTenantResourceAssociation = {
    .name = "CreateTenantResourceAssociation",
    .http_method = "POST",
    .request_uri = "/v2/email/tenants/resources",
    .input = &awsc__sesv2_tables.shapes[90],
    .output = &awsc__sesv2_tables.shapes[91],
    .errors = op_CreateTenantResourceAssociation_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_create_tenant_resource_association(struct awsc_client *client,
                                                  const struct awsc_sesv2_create_tenant_resource_association_input *input,
                                                  struct awsc_sesv2_create_tenant_resource_association_output **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateTenantResourceAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_tenant_resource_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_create_tenant_resource_association_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_create_tenant_resource_association_async(struct awsc_client *client,
                                                        const struct awsc_sesv2_create_tenant_resource_association_input *input,
                                                        awsc_sesv2_create_tenant_resource_association_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateTenantResourceAssociation, input, create_tenant_resource_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteConfigurationSet_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteConfigurationSet = {
    .name = "DeleteConfigurationSet",
    .http_method = "DELETE",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}",
    .input = &awsc__sesv2_tables.shapes[107],
    .output = &awsc__sesv2_tables.shapes[108],
    .errors = op_DeleteConfigurationSet_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_configuration_set(struct awsc_client *client,
                                        const struct awsc_sesv2_delete_configuration_set_input *input,
                                        struct awsc_sesv2_delete_configuration_set_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteConfigurationSet, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_configuration_set_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_configuration_set_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_configuration_set_async(struct awsc_client *client,
                                              const struct awsc_sesv2_delete_configuration_set_input *input,
                                              awsc_sesv2_delete_configuration_set_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteConfigurationSet, input, delete_configuration_set_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteConfigurationSetEventDestination_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteConfigurationSetEventDestination = {
    .name = "DeleteConfigurationSetEventDestination",
    .http_method = "DELETE",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations/{EventDestinationName}",
    .input = &awsc__sesv2_tables.shapes[105],
    .output = &awsc__sesv2_tables.shapes[106],
    .errors = op_DeleteConfigurationSetEventDestination_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_configuration_set_event_destination(struct awsc_client *client,
                                                          const struct awsc_sesv2_delete_configuration_set_event_destination_input *input,
                                                          struct awsc_sesv2_delete_configuration_set_event_destination_output **output,
                                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteConfigurationSetEventDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_configuration_set_event_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_configuration_set_event_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_configuration_set_event_destination_async(struct awsc_client *client,
                                                                const struct awsc_sesv2_delete_configuration_set_event_destination_input *input,
                                                                awsc_sesv2_delete_configuration_set_event_destination_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteConfigurationSetEventDestination, input, delete_configuration_set_event_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteContact_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteContact = {
    .name = "DeleteContact",
    .http_method = "DELETE",
    .request_uri = "/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}",
    .input = &awsc__sesv2_tables.shapes[111],
    .output = &awsc__sesv2_tables.shapes[112],
    .errors = op_DeleteContact_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_contact(struct awsc_client *client,
                              const struct awsc_sesv2_delete_contact_input *input,
                              struct awsc_sesv2_delete_contact_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteContact, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_contact_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_contact_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_contact_async(struct awsc_client *client,
                                    const struct awsc_sesv2_delete_contact_input *input,
                                    awsc_sesv2_delete_contact_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteContact, input, delete_contact_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteContactList_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteContactList = {
    .name = "DeleteContactList",
    .http_method = "DELETE",
    .request_uri = "/v2/email/contact-lists/{ContactListName}",
    .input = &awsc__sesv2_tables.shapes[109],
    .output = &awsc__sesv2_tables.shapes[110],
    .errors = op_DeleteContactList_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_contact_list(struct awsc_client *client,
                                   const struct awsc_sesv2_delete_contact_list_input *input,
                                   struct awsc_sesv2_delete_contact_list_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteContactList, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_contact_list_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_contact_list_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_contact_list_async(struct awsc_client *client,
                                         const struct awsc_sesv2_delete_contact_list_input *input,
                                         awsc_sesv2_delete_contact_list_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteContactList, input, delete_contact_list_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteCustomVerificationEmailTemplate_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteCustomVerificationEmailTemplate = {
    .name = "DeleteCustomVerificationEmailTemplate",
    .http_method = "DELETE",
    .request_uri = "/v2/email/custom-verification-email-templates/{TemplateName}",
    .input = &awsc__sesv2_tables.shapes[113],
    .output = &awsc__sesv2_tables.shapes[114],
    .errors = op_DeleteCustomVerificationEmailTemplate_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_custom_verification_email_template(struct awsc_client *client,
                                                         const struct awsc_sesv2_delete_custom_verification_email_template_input *input,
                                                         struct awsc_sesv2_delete_custom_verification_email_template_output **output,
                                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteCustomVerificationEmailTemplate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_custom_verification_email_template_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_custom_verification_email_template_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_custom_verification_email_template_async(struct awsc_client *client,
                                                               const struct awsc_sesv2_delete_custom_verification_email_template_input *input,
                                                               awsc_sesv2_delete_custom_verification_email_template_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteCustomVerificationEmailTemplate, input, delete_custom_verification_email_template_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteDedicatedIpPool_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteDedicatedIpPool = {
    .name = "DeleteDedicatedIpPool",
    .http_method = "DELETE",
    .request_uri = "/v2/email/dedicated-ip-pools/{PoolName}",
    .input = &awsc__sesv2_tables.shapes[115],
    .output = &awsc__sesv2_tables.shapes[116],
    .errors = op_DeleteDedicatedIpPool_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_dedicated_ip_pool(struct awsc_client *client,
                                        const struct awsc_sesv2_delete_dedicated_ip_pool_input *input,
                                        struct awsc_sesv2_delete_dedicated_ip_pool_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteDedicatedIpPool, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_dedicated_ip_pool_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_dedicated_ip_pool_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_dedicated_ip_pool_async(struct awsc_client *client,
                                              const struct awsc_sesv2_delete_dedicated_ip_pool_input *input,
                                              awsc_sesv2_delete_dedicated_ip_pool_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteDedicatedIpPool, input, delete_dedicated_ip_pool_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteEmailIdentity_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteEmailIdentity = {
    .name = "DeleteEmailIdentity",
    .http_method = "DELETE",
    .request_uri = "/v2/email/identities/{EmailIdentity}",
    .input = &awsc__sesv2_tables.shapes[119],
    .output = &awsc__sesv2_tables.shapes[120],
    .errors = op_DeleteEmailIdentity_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_email_identity(struct awsc_client *client,
                                     const struct awsc_sesv2_delete_email_identity_input *input,
                                     struct awsc_sesv2_delete_email_identity_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteEmailIdentity, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_email_identity_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_email_identity_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_email_identity_async(struct awsc_client *client,
                                           const struct awsc_sesv2_delete_email_identity_input *input,
                                           awsc_sesv2_delete_email_identity_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteEmailIdentity, input, delete_email_identity_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteEmailIdentityPolicy_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteEmailIdentityPolicy = {
    .name = "DeleteEmailIdentityPolicy",
    .http_method = "DELETE",
    .request_uri = "/v2/email/identities/{EmailIdentity}/policies/{PolicyName}",
    .input = &awsc__sesv2_tables.shapes[117],
    .output = &awsc__sesv2_tables.shapes[118],
    .errors = op_DeleteEmailIdentityPolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_email_identity_policy(struct awsc_client *client,
                                            const struct awsc_sesv2_delete_email_identity_policy_input *input,
                                            struct awsc_sesv2_delete_email_identity_policy_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteEmailIdentityPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_email_identity_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_email_identity_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_email_identity_policy_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_delete_email_identity_policy_input *input,
                                                  awsc_sesv2_delete_email_identity_policy_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteEmailIdentityPolicy, input, delete_email_identity_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteEmailTemplate_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteEmailTemplate = {
    .name = "DeleteEmailTemplate",
    .http_method = "DELETE",
    .request_uri = "/v2/email/templates/{TemplateName}",
    .input = &awsc__sesv2_tables.shapes[121],
    .output = &awsc__sesv2_tables.shapes[122],
    .errors = op_DeleteEmailTemplate_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_email_template(struct awsc_client *client,
                                     const struct awsc_sesv2_delete_email_template_input *input,
                                     struct awsc_sesv2_delete_email_template_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteEmailTemplate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_email_template_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_email_template_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_email_template_async(struct awsc_client *client,
                                           const struct awsc_sesv2_delete_email_template_input *input,
                                           awsc_sesv2_delete_email_template_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteEmailTemplate, input, delete_email_template_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteMultiRegionEndpoint_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteMultiRegionEndpoint = {
    .name = "DeleteMultiRegionEndpoint",
    .http_method = "DELETE",
    .request_uri = "/v2/email/multi-region-endpoints/{EndpointName}",
    .input = &awsc__sesv2_tables.shapes[123],
    .output = &awsc__sesv2_tables.shapes[124],
    .errors = op_DeleteMultiRegionEndpoint_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_multi_region_endpoint(struct awsc_client *client,
                                            const struct awsc_sesv2_delete_multi_region_endpoint_input *input,
                                            struct awsc_sesv2_delete_multi_region_endpoint_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteMultiRegionEndpoint, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_multi_region_endpoint_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_multi_region_endpoint_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_multi_region_endpoint_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_delete_multi_region_endpoint_input *input,
                                                  awsc_sesv2_delete_multi_region_endpoint_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteMultiRegionEndpoint, input, delete_multi_region_endpoint_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteSuppressedDestination_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteSuppressedDestination = {
    .name = "DeleteSuppressedDestination",
    .http_method = "DELETE",
    .request_uri = "/v2/email/suppression/addresses/{EmailAddress}",
    .input = &awsc__sesv2_tables.shapes[125],
    .output = &awsc__sesv2_tables.shapes[126],
    .errors = op_DeleteSuppressedDestination_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_suppressed_destination(struct awsc_client *client,
                                             const struct awsc_sesv2_delete_suppressed_destination_input *input,
                                             struct awsc_sesv2_delete_suppressed_destination_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteSuppressedDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_suppressed_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_suppressed_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_suppressed_destination_async(struct awsc_client *client,
                                                   const struct awsc_sesv2_delete_suppressed_destination_input *input,
                                                   awsc_sesv2_delete_suppressed_destination_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteSuppressedDestination, input, delete_suppressed_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteTenant_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteTenant = {
    .name = "DeleteTenant",
    .http_method = "POST",
    .request_uri = "/v2/email/tenants/delete",
    .input = &awsc__sesv2_tables.shapes[127],
    .output = &awsc__sesv2_tables.shapes[130],
    .errors = op_DeleteTenant_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_tenant(struct awsc_client *client,
                             const struct awsc_sesv2_delete_tenant_input *input,
                             struct awsc_sesv2_delete_tenant_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteTenant, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_tenant_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_tenant_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_tenant_async(struct awsc_client *client,
                                   const struct awsc_sesv2_delete_tenant_input *input,
                                   awsc_sesv2_delete_tenant_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteTenant, input, delete_tenant_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteTenantResourceAssociation_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_DeleteTenantResourceAssociation = {
    .name = "DeleteTenantResourceAssociation",
    .http_method = "POST",
    .request_uri = "/v2/email/tenants/resources/delete",
    .input = &awsc__sesv2_tables.shapes[128],
    .output = &awsc__sesv2_tables.shapes[129],
    .errors = op_DeleteTenantResourceAssociation_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_delete_tenant_resource_association(struct awsc_client *client,
                                                  const struct awsc_sesv2_delete_tenant_resource_association_input *input,
                                                  struct awsc_sesv2_delete_tenant_resource_association_output **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteTenantResourceAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_tenant_resource_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_delete_tenant_resource_association_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_delete_tenant_resource_association_async(struct awsc_client *client,
                                                        const struct awsc_sesv2_delete_tenant_resource_association_input *input,
                                                        awsc_sesv2_delete_tenant_resource_association_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteTenantResourceAssociation, input, delete_tenant_resource_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAccount_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetAccount = {
    .name = "GetAccount",
    .http_method = "GET",
    .request_uri = "/v2/email/account",
    .input = &awsc__sesv2_tables.shapes[213],
    .output = &awsc__sesv2_tables.shapes[214],
    .errors = op_GetAccount_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_account(struct awsc_client *client,
                           const struct awsc_sesv2_get_account_input *input,
                           struct awsc_sesv2_get_account_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAccount, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_account_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_account_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_account_async(struct awsc_client *client,
                                 const struct awsc_sesv2_get_account_input *input,
                                 awsc_sesv2_get_account_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetAccount, input, get_account_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetBlacklistReports_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetBlacklistReports = {
    .name = "GetBlacklistReports",
    .http_method = "GET",
    .request_uri = "/v2/email/deliverability-dashboard/blacklist-report",
    .input = &awsc__sesv2_tables.shapes[215],
    .output = &awsc__sesv2_tables.shapes[216],
    .errors = op_GetBlacklistReports_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_blacklist_reports(struct awsc_client *client,
                                     const struct awsc_sesv2_get_blacklist_reports_input *input,
                                     struct awsc_sesv2_get_blacklist_reports_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBlacklistReports, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_blacklist_reports_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_blacklist_reports_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_blacklist_reports_async(struct awsc_client *client,
                                           const struct awsc_sesv2_get_blacklist_reports_input *input,
                                           awsc_sesv2_get_blacklist_reports_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBlacklistReports, input, get_blacklist_reports_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetConfigurationSet_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetConfigurationSet = {
    .name = "GetConfigurationSet",
    .http_method = "GET",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}",
    .input = &awsc__sesv2_tables.shapes[219],
    .output = &awsc__sesv2_tables.shapes[220],
    .errors = op_GetConfigurationSet_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_configuration_set(struct awsc_client *client,
                                     const struct awsc_sesv2_get_configuration_set_input *input,
                                     struct awsc_sesv2_get_configuration_set_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetConfigurationSet, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_configuration_set_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_configuration_set_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_configuration_set_async(struct awsc_client *client,
                                           const struct awsc_sesv2_get_configuration_set_input *input,
                                           awsc_sesv2_get_configuration_set_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetConfigurationSet, input, get_configuration_set_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetConfigurationSetEventDestinations_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetConfigurationSetEventDestinations = {
    .name = "GetConfigurationSetEventDestinations",
    .http_method = "GET",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations",
    .input = &awsc__sesv2_tables.shapes[217],
    .output = &awsc__sesv2_tables.shapes[218],
    .errors = op_GetConfigurationSetEventDestinations_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_configuration_set_event_destinations(struct awsc_client *client,
                                                        const struct awsc_sesv2_get_configuration_set_event_destinations_input *input,
                                                        struct awsc_sesv2_get_configuration_set_event_destinations_output **output,
                                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetConfigurationSetEventDestinations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_configuration_set_event_destinations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_configuration_set_event_destinations_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_configuration_set_event_destinations_async(struct awsc_client *client,
                                                              const struct awsc_sesv2_get_configuration_set_event_destinations_input *input,
                                                              awsc_sesv2_get_configuration_set_event_destinations_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetConfigurationSetEventDestinations, input, get_configuration_set_event_destinations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetContact_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetContact = {
    .name = "GetContact",
    .http_method = "GET",
    .request_uri = "/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}",
    .input = &awsc__sesv2_tables.shapes[223],
    .output = &awsc__sesv2_tables.shapes[224],
    .errors = op_GetContact_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_contact(struct awsc_client *client,
                           const struct awsc_sesv2_get_contact_input *input,
                           struct awsc_sesv2_get_contact_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetContact, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_contact_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_contact_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_contact_async(struct awsc_client *client,
                                 const struct awsc_sesv2_get_contact_input *input,
                                 awsc_sesv2_get_contact_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetContact, input, get_contact_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetContactList_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetContactList = {
    .name = "GetContactList",
    .http_method = "GET",
    .request_uri = "/v2/email/contact-lists/{ContactListName}",
    .input = &awsc__sesv2_tables.shapes[221],
    .output = &awsc__sesv2_tables.shapes[222],
    .errors = op_GetContactList_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_contact_list(struct awsc_client *client,
                                const struct awsc_sesv2_get_contact_list_input *input,
                                struct awsc_sesv2_get_contact_list_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetContactList, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_contact_list_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_contact_list_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_contact_list_async(struct awsc_client *client,
                                      const struct awsc_sesv2_get_contact_list_input *input,
                                      awsc_sesv2_get_contact_list_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetContactList, input, get_contact_list_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCustomVerificationEmailTemplate_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetCustomVerificationEmailTemplate = {
    .name = "GetCustomVerificationEmailTemplate",
    .http_method = "GET",
    .request_uri = "/v2/email/custom-verification-email-templates/{TemplateName}",
    .input = &awsc__sesv2_tables.shapes[225],
    .output = &awsc__sesv2_tables.shapes[226],
    .errors = op_GetCustomVerificationEmailTemplate_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_custom_verification_email_template(struct awsc_client *client,
                                                      const struct awsc_sesv2_get_custom_verification_email_template_input *input,
                                                      struct awsc_sesv2_get_custom_verification_email_template_output **output,
                                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCustomVerificationEmailTemplate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_custom_verification_email_template_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_custom_verification_email_template_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_custom_verification_email_template_async(struct awsc_client *client,
                                                            const struct awsc_sesv2_get_custom_verification_email_template_input *input,
                                                            awsc_sesv2_get_custom_verification_email_template_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetCustomVerificationEmailTemplate, input, get_custom_verification_email_template_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDedicatedIp_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetDedicatedIp = {
    .name = "GetDedicatedIp",
    .http_method = "GET",
    .request_uri = "/v2/email/dedicated-ips/{IP}",
    .input = &awsc__sesv2_tables.shapes[229],
    .output = &awsc__sesv2_tables.shapes[230],
    .errors = op_GetDedicatedIp_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_dedicated_ip(struct awsc_client *client,
                                const struct awsc_sesv2_get_dedicated_ip_input *input,
                                struct awsc_sesv2_get_dedicated_ip_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDedicatedIp, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_dedicated_ip_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_dedicated_ip_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_dedicated_ip_async(struct awsc_client *client,
                                      const struct awsc_sesv2_get_dedicated_ip_input *input,
                                      awsc_sesv2_get_dedicated_ip_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDedicatedIp, input, get_dedicated_ip_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDedicatedIpPool_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetDedicatedIpPool = {
    .name = "GetDedicatedIpPool",
    .http_method = "GET",
    .request_uri = "/v2/email/dedicated-ip-pools/{PoolName}",
    .input = &awsc__sesv2_tables.shapes[227],
    .output = &awsc__sesv2_tables.shapes[228],
    .errors = op_GetDedicatedIpPool_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_dedicated_ip_pool(struct awsc_client *client,
                                     const struct awsc_sesv2_get_dedicated_ip_pool_input *input,
                                     struct awsc_sesv2_get_dedicated_ip_pool_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDedicatedIpPool, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_dedicated_ip_pool_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_dedicated_ip_pool_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_dedicated_ip_pool_async(struct awsc_client *client,
                                           const struct awsc_sesv2_get_dedicated_ip_pool_input *input,
                                           awsc_sesv2_get_dedicated_ip_pool_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDedicatedIpPool, input, get_dedicated_ip_pool_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDedicatedIps_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetDedicatedIps = {
    .name = "GetDedicatedIps",
    .http_method = "GET",
    .request_uri = "/v2/email/dedicated-ips",
    .input = &awsc__sesv2_tables.shapes[231],
    .output = &awsc__sesv2_tables.shapes[232],
    .errors = op_GetDedicatedIps_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_dedicated_ips(struct awsc_client *client,
                                 const struct awsc_sesv2_get_dedicated_ips_input *input,
                                 struct awsc_sesv2_get_dedicated_ips_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDedicatedIps, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_dedicated_ips_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_dedicated_ips_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_dedicated_ips_async(struct awsc_client *client,
                                       const struct awsc_sesv2_get_dedicated_ips_input *input,
                                       awsc_sesv2_get_dedicated_ips_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDedicatedIps, input, get_dedicated_ips_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDeliverabilityDashboardOptions_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetDeliverabilityDashboardOptions = {
    .name = "GetDeliverabilityDashboardOptions",
    .http_method = "GET",
    .request_uri = "/v2/email/deliverability-dashboard",
    .input = &awsc__sesv2_tables.shapes[233],
    .output = &awsc__sesv2_tables.shapes[234],
    .errors = op_GetDeliverabilityDashboardOptions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_deliverability_dashboard_options(struct awsc_client *client,
                                                    const struct awsc_sesv2_get_deliverability_dashboard_options_input *input,
                                                    struct awsc_sesv2_get_deliverability_dashboard_options_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDeliverabilityDashboardOptions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_deliverability_dashboard_options_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_deliverability_dashboard_options_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_deliverability_dashboard_options_async(struct awsc_client *client,
                                                          const struct awsc_sesv2_get_deliverability_dashboard_options_input *input,
                                                          awsc_sesv2_get_deliverability_dashboard_options_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDeliverabilityDashboardOptions, input, get_deliverability_dashboard_options_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDeliverabilityTestReport_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetDeliverabilityTestReport = {
    .name = "GetDeliverabilityTestReport",
    .http_method = "GET",
    .request_uri = "/v2/email/deliverability-dashboard/test-reports/{ReportId}",
    .input = &awsc__sesv2_tables.shapes[235],
    .output = &awsc__sesv2_tables.shapes[236],
    .errors = op_GetDeliverabilityTestReport_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_deliverability_test_report(struct awsc_client *client,
                                              const struct awsc_sesv2_get_deliverability_test_report_input *input,
                                              struct awsc_sesv2_get_deliverability_test_report_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDeliverabilityTestReport, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_deliverability_test_report_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_deliverability_test_report_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_deliverability_test_report_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_get_deliverability_test_report_input *input,
                                                    awsc_sesv2_get_deliverability_test_report_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDeliverabilityTestReport, input, get_deliverability_test_report_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDomainDeliverabilityCampaign_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetDomainDeliverabilityCampaign = {
    .name = "GetDomainDeliverabilityCampaign",
    .http_method = "GET",
    .request_uri = "/v2/email/deliverability-dashboard/campaigns/{CampaignId}",
    .input = &awsc__sesv2_tables.shapes[237],
    .output = &awsc__sesv2_tables.shapes[238],
    .errors = op_GetDomainDeliverabilityCampaign_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_domain_deliverability_campaign(struct awsc_client *client,
                                                  const struct awsc_sesv2_get_domain_deliverability_campaign_input *input,
                                                  struct awsc_sesv2_get_domain_deliverability_campaign_output **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDomainDeliverabilityCampaign, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_domain_deliverability_campaign_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_domain_deliverability_campaign_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_domain_deliverability_campaign_async(struct awsc_client *client,
                                                        const struct awsc_sesv2_get_domain_deliverability_campaign_input *input,
                                                        awsc_sesv2_get_domain_deliverability_campaign_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDomainDeliverabilityCampaign, input, get_domain_deliverability_campaign_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDomainStatisticsReport_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetDomainStatisticsReport = {
    .name = "GetDomainStatisticsReport",
    .http_method = "GET",
    .request_uri = "/v2/email/deliverability-dashboard/statistics-report/{Domain}",
    .input = &awsc__sesv2_tables.shapes[239],
    .output = &awsc__sesv2_tables.shapes[240],
    .errors = op_GetDomainStatisticsReport_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_domain_statistics_report(struct awsc_client *client,
                                            const struct awsc_sesv2_get_domain_statistics_report_input *input,
                                            struct awsc_sesv2_get_domain_statistics_report_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDomainStatisticsReport, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_domain_statistics_report_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_domain_statistics_report_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_domain_statistics_report_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_get_domain_statistics_report_input *input,
                                                  awsc_sesv2_get_domain_statistics_report_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDomainStatisticsReport, input, get_domain_statistics_report_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetEmailAddressInsights_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetEmailAddressInsights = {
    .name = "GetEmailAddressInsights",
    .http_method = "POST",
    .request_uri = "/v2/email/email-address-insights/",
    .input = &awsc__sesv2_tables.shapes[241],
    .output = &awsc__sesv2_tables.shapes[242],
    .errors = op_GetEmailAddressInsights_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_email_address_insights(struct awsc_client *client,
                                          const struct awsc_sesv2_get_email_address_insights_input *input,
                                          struct awsc_sesv2_get_email_address_insights_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetEmailAddressInsights, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_email_address_insights_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_email_address_insights_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_email_address_insights_async(struct awsc_client *client,
                                                const struct awsc_sesv2_get_email_address_insights_input *input,
                                                awsc_sesv2_get_email_address_insights_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetEmailAddressInsights, input, get_email_address_insights_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetEmailIdentity_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetEmailIdentity = {
    .name = "GetEmailIdentity",
    .http_method = "GET",
    .request_uri = "/v2/email/identities/{EmailIdentity}",
    .input = &awsc__sesv2_tables.shapes[245],
    .output = &awsc__sesv2_tables.shapes[246],
    .errors = op_GetEmailIdentity_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_email_identity(struct awsc_client *client,
                                  const struct awsc_sesv2_get_email_identity_input *input,
                                  struct awsc_sesv2_get_email_identity_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetEmailIdentity, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_email_identity_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_email_identity_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_email_identity_async(struct awsc_client *client,
                                        const struct awsc_sesv2_get_email_identity_input *input,
                                        awsc_sesv2_get_email_identity_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetEmailIdentity, input, get_email_identity_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetEmailIdentityPolicies_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetEmailIdentityPolicies = {
    .name = "GetEmailIdentityPolicies",
    .http_method = "GET",
    .request_uri = "/v2/email/identities/{EmailIdentity}/policies",
    .input = &awsc__sesv2_tables.shapes[243],
    .output = &awsc__sesv2_tables.shapes[244],
    .errors = op_GetEmailIdentityPolicies_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_email_identity_policies(struct awsc_client *client,
                                           const struct awsc_sesv2_get_email_identity_policies_input *input,
                                           struct awsc_sesv2_get_email_identity_policies_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetEmailIdentityPolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_email_identity_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_email_identity_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_email_identity_policies_async(struct awsc_client *client,
                                                 const struct awsc_sesv2_get_email_identity_policies_input *input,
                                                 awsc_sesv2_get_email_identity_policies_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetEmailIdentityPolicies, input, get_email_identity_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetEmailTemplate_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetEmailTemplate = {
    .name = "GetEmailTemplate",
    .http_method = "GET",
    .request_uri = "/v2/email/templates/{TemplateName}",
    .input = &awsc__sesv2_tables.shapes[247],
    .output = &awsc__sesv2_tables.shapes[248],
    .errors = op_GetEmailTemplate_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_email_template(struct awsc_client *client,
                                  const struct awsc_sesv2_get_email_template_input *input,
                                  struct awsc_sesv2_get_email_template_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetEmailTemplate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_email_template_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_email_template_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_email_template_async(struct awsc_client *client,
                                        const struct awsc_sesv2_get_email_template_input *input,
                                        awsc_sesv2_get_email_template_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetEmailTemplate, input, get_email_template_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetExportJob_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetExportJob = {
    .name = "GetExportJob",
    .http_method = "GET",
    .request_uri = "/v2/email/export-jobs/{JobId}",
    .input = &awsc__sesv2_tables.shapes[249],
    .output = &awsc__sesv2_tables.shapes[250],
    .errors = op_GetExportJob_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_export_job(struct awsc_client *client,
                              const struct awsc_sesv2_get_export_job_input *input,
                              struct awsc_sesv2_get_export_job_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetExportJob, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_export_job_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_export_job_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_export_job_async(struct awsc_client *client,
                                    const struct awsc_sesv2_get_export_job_input *input,
                                    awsc_sesv2_get_export_job_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetExportJob, input, get_export_job_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetImportJob_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetImportJob = {
    .name = "GetImportJob",
    .http_method = "GET",
    .request_uri = "/v2/email/import-jobs/{JobId}",
    .input = &awsc__sesv2_tables.shapes[251],
    .output = &awsc__sesv2_tables.shapes[252],
    .errors = op_GetImportJob_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_import_job(struct awsc_client *client,
                              const struct awsc_sesv2_get_import_job_input *input,
                              struct awsc_sesv2_get_import_job_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetImportJob, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_import_job_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_import_job_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_import_job_async(struct awsc_client *client,
                                    const struct awsc_sesv2_get_import_job_input *input,
                                    awsc_sesv2_get_import_job_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetImportJob, input, get_import_job_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMessageInsights_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetMessageInsights = {
    .name = "GetMessageInsights",
    .http_method = "GET",
    .request_uri = "/v2/email/insights/{MessageId}/",
    .input = &awsc__sesv2_tables.shapes[253],
    .output = &awsc__sesv2_tables.shapes[254],
    .errors = op_GetMessageInsights_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_message_insights(struct awsc_client *client,
                                    const struct awsc_sesv2_get_message_insights_input *input,
                                    struct awsc_sesv2_get_message_insights_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMessageInsights, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_message_insights_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_message_insights_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_message_insights_async(struct awsc_client *client,
                                          const struct awsc_sesv2_get_message_insights_input *input,
                                          awsc_sesv2_get_message_insights_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetMessageInsights, input, get_message_insights_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMultiRegionEndpoint_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetMultiRegionEndpoint = {
    .name = "GetMultiRegionEndpoint",
    .http_method = "GET",
    .request_uri = "/v2/email/multi-region-endpoints/{EndpointName}",
    .input = &awsc__sesv2_tables.shapes[255],
    .output = &awsc__sesv2_tables.shapes[256],
    .errors = op_GetMultiRegionEndpoint_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_multi_region_endpoint(struct awsc_client *client,
                                         const struct awsc_sesv2_get_multi_region_endpoint_input *input,
                                         struct awsc_sesv2_get_multi_region_endpoint_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMultiRegionEndpoint, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_multi_region_endpoint_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_multi_region_endpoint_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_multi_region_endpoint_async(struct awsc_client *client,
                                               const struct awsc_sesv2_get_multi_region_endpoint_input *input,
                                               awsc_sesv2_get_multi_region_endpoint_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetMultiRegionEndpoint, input, get_multi_region_endpoint_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetReputationEntity_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetReputationEntity = {
    .name = "GetReputationEntity",
    .http_method = "GET",
    .request_uri = "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}",
    .input = &awsc__sesv2_tables.shapes[257],
    .output = &awsc__sesv2_tables.shapes[258],
    .errors = op_GetReputationEntity_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_reputation_entity(struct awsc_client *client,
                                     const struct awsc_sesv2_get_reputation_entity_input *input,
                                     struct awsc_sesv2_get_reputation_entity_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetReputationEntity, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_reputation_entity_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_reputation_entity_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_reputation_entity_async(struct awsc_client *client,
                                           const struct awsc_sesv2_get_reputation_entity_input *input,
                                           awsc_sesv2_get_reputation_entity_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetReputationEntity, input, get_reputation_entity_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetSuppressedDestination_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetSuppressedDestination = {
    .name = "GetSuppressedDestination",
    .http_method = "GET",
    .request_uri = "/v2/email/suppression/addresses/{EmailAddress}",
    .input = &awsc__sesv2_tables.shapes[259],
    .output = &awsc__sesv2_tables.shapes[260],
    .errors = op_GetSuppressedDestination_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_suppressed_destination(struct awsc_client *client,
                                          const struct awsc_sesv2_get_suppressed_destination_input *input,
                                          struct awsc_sesv2_get_suppressed_destination_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetSuppressedDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_suppressed_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_suppressed_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_suppressed_destination_async(struct awsc_client *client,
                                                const struct awsc_sesv2_get_suppressed_destination_input *input,
                                                awsc_sesv2_get_suppressed_destination_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetSuppressedDestination, input, get_suppressed_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetTenant_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_GetTenant = {
    .name = "GetTenant",
    .http_method = "POST",
    .request_uri = "/v2/email/tenants/get",
    .input = &awsc__sesv2_tables.shapes[261],
    .output = &awsc__sesv2_tables.shapes[262],
    .errors = op_GetTenant_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_get_tenant(struct awsc_client *client,
                          const struct awsc_sesv2_get_tenant_input *input,
                          struct awsc_sesv2_get_tenant_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetTenant, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_tenant_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_get_tenant_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_get_tenant_async(struct awsc_client *client,
                                const struct awsc_sesv2_get_tenant_input *input,
                                awsc_sesv2_get_tenant_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetTenant, input, get_tenant_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListConfigurationSets_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListConfigurationSets = {
    .name = "ListConfigurationSets",
    .http_method = "GET",
    .request_uri = "/v2/email/configuration-sets",
    .input = &awsc__sesv2_tables.shapes[298],
    .output = &awsc__sesv2_tables.shapes[299],
    .errors = op_ListConfigurationSets_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_configuration_sets(struct awsc_client *client,
                                       const struct awsc_sesv2_list_configuration_sets_input *input,
                                       struct awsc_sesv2_list_configuration_sets_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListConfigurationSets, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_configuration_sets_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_configuration_sets_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_configuration_sets_async(struct awsc_client *client,
                                             const struct awsc_sesv2_list_configuration_sets_input *input,
                                             awsc_sesv2_list_configuration_sets_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListConfigurationSets, input, list_configuration_sets_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListContactLists_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListContactLists = {
    .name = "ListContactLists",
    .http_method = "GET",
    .request_uri = "/v2/email/contact-lists",
    .input = &awsc__sesv2_tables.shapes[300],
    .output = &awsc__sesv2_tables.shapes[301],
    .errors = op_ListContactLists_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_contact_lists(struct awsc_client *client,
                                  const struct awsc_sesv2_list_contact_lists_input *input,
                                  struct awsc_sesv2_list_contact_lists_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListContactLists, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_contact_lists_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_contact_lists_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_contact_lists_async(struct awsc_client *client,
                                        const struct awsc_sesv2_list_contact_lists_input *input,
                                        awsc_sesv2_list_contact_lists_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListContactLists, input, list_contact_lists_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListContacts_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListContacts = {
    .name = "ListContacts",
    .http_method = "POST",
    .request_uri = "/v2/email/contact-lists/{ContactListName}/contacts/list",
    .input = &awsc__sesv2_tables.shapes[303],
    .output = &awsc__sesv2_tables.shapes[304],
    .errors = op_ListContacts_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_contacts(struct awsc_client *client,
                             const struct awsc_sesv2_list_contacts_input *input,
                             struct awsc_sesv2_list_contacts_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListContacts, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_contacts_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_contacts_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_contacts_async(struct awsc_client *client,
                                   const struct awsc_sesv2_list_contacts_input *input,
                                   awsc_sesv2_list_contacts_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListContacts, input, list_contacts_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListCustomVerificationEmailTemplates_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListCustomVerificationEmailTemplates = {
    .name = "ListCustomVerificationEmailTemplates",
    .http_method = "GET",
    .request_uri = "/v2/email/custom-verification-email-templates",
    .input = &awsc__sesv2_tables.shapes[305],
    .output = &awsc__sesv2_tables.shapes[306],
    .errors = op_ListCustomVerificationEmailTemplates_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_custom_verification_email_templates(struct awsc_client *client,
                                                        const struct awsc_sesv2_list_custom_verification_email_templates_input *input,
                                                        struct awsc_sesv2_list_custom_verification_email_templates_output **output,
                                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListCustomVerificationEmailTemplates, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_custom_verification_email_templates_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_custom_verification_email_templates_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_custom_verification_email_templates_async(struct awsc_client *client,
                                                              const struct awsc_sesv2_list_custom_verification_email_templates_input *input,
                                                              awsc_sesv2_list_custom_verification_email_templates_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListCustomVerificationEmailTemplates, input, list_custom_verification_email_templates_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDedicatedIpPools_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListDedicatedIpPools = {
    .name = "ListDedicatedIpPools",
    .http_method = "GET",
    .request_uri = "/v2/email/dedicated-ip-pools",
    .input = &awsc__sesv2_tables.shapes[307],
    .output = &awsc__sesv2_tables.shapes[308],
    .errors = op_ListDedicatedIpPools_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_dedicated_ip_pools(struct awsc_client *client,
                                       const struct awsc_sesv2_list_dedicated_ip_pools_input *input,
                                       struct awsc_sesv2_list_dedicated_ip_pools_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDedicatedIpPools, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_dedicated_ip_pools_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_dedicated_ip_pools_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_dedicated_ip_pools_async(struct awsc_client *client,
                                             const struct awsc_sesv2_list_dedicated_ip_pools_input *input,
                                             awsc_sesv2_list_dedicated_ip_pools_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListDedicatedIpPools, input, list_dedicated_ip_pools_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDeliverabilityTestReports_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListDeliverabilityTestReports = {
    .name = "ListDeliverabilityTestReports",
    .http_method = "GET",
    .request_uri = "/v2/email/deliverability-dashboard/test-reports",
    .input = &awsc__sesv2_tables.shapes[309],
    .output = &awsc__sesv2_tables.shapes[310],
    .errors = op_ListDeliverabilityTestReports_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_deliverability_test_reports(struct awsc_client *client,
                                                const struct awsc_sesv2_list_deliverability_test_reports_input *input,
                                                struct awsc_sesv2_list_deliverability_test_reports_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDeliverabilityTestReports, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_deliverability_test_reports_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_deliverability_test_reports_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_deliverability_test_reports_async(struct awsc_client *client,
                                                      const struct awsc_sesv2_list_deliverability_test_reports_input *input,
                                                      awsc_sesv2_list_deliverability_test_reports_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListDeliverabilityTestReports, input, list_deliverability_test_reports_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDomainDeliverabilityCampaigns_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListDomainDeliverabilityCampaigns = {
    .name = "ListDomainDeliverabilityCampaigns",
    .http_method = "GET",
    .request_uri = "/v2/email/deliverability-dashboard/domains/{SubscribedDomain}/campaigns",
    .input = &awsc__sesv2_tables.shapes[311],
    .output = &awsc__sesv2_tables.shapes[312],
    .errors = op_ListDomainDeliverabilityCampaigns_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_domain_deliverability_campaigns(struct awsc_client *client,
                                                    const struct awsc_sesv2_list_domain_deliverability_campaigns_input *input,
                                                    struct awsc_sesv2_list_domain_deliverability_campaigns_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDomainDeliverabilityCampaigns, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_domain_deliverability_campaigns_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_domain_deliverability_campaigns_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_domain_deliverability_campaigns_async(struct awsc_client *client,
                                                          const struct awsc_sesv2_list_domain_deliverability_campaigns_input *input,
                                                          awsc_sesv2_list_domain_deliverability_campaigns_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListDomainDeliverabilityCampaigns, input, list_domain_deliverability_campaigns_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListEmailIdentities_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListEmailIdentities = {
    .name = "ListEmailIdentities",
    .http_method = "GET",
    .request_uri = "/v2/email/identities",
    .input = &awsc__sesv2_tables.shapes[313],
    .output = &awsc__sesv2_tables.shapes[314],
    .errors = op_ListEmailIdentities_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_email_identities(struct awsc_client *client,
                                     const struct awsc_sesv2_list_email_identities_input *input,
                                     struct awsc_sesv2_list_email_identities_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListEmailIdentities, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_email_identities_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_email_identities_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_email_identities_async(struct awsc_client *client,
                                           const struct awsc_sesv2_list_email_identities_input *input,
                                           awsc_sesv2_list_email_identities_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListEmailIdentities, input, list_email_identities_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListEmailTemplates_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListEmailTemplates = {
    .name = "ListEmailTemplates",
    .http_method = "GET",
    .request_uri = "/v2/email/templates",
    .input = &awsc__sesv2_tables.shapes[315],
    .output = &awsc__sesv2_tables.shapes[316],
    .errors = op_ListEmailTemplates_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_email_templates(struct awsc_client *client,
                                    const struct awsc_sesv2_list_email_templates_input *input,
                                    struct awsc_sesv2_list_email_templates_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListEmailTemplates, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_email_templates_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_email_templates_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_email_templates_async(struct awsc_client *client,
                                          const struct awsc_sesv2_list_email_templates_input *input,
                                          awsc_sesv2_list_email_templates_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListEmailTemplates, input, list_email_templates_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListExportJobs_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListExportJobs = {
    .name = "ListExportJobs",
    .http_method = "POST",
    .request_uri = "/v2/email/list-export-jobs",
    .input = &awsc__sesv2_tables.shapes[317],
    .output = &awsc__sesv2_tables.shapes[318],
    .errors = op_ListExportJobs_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_export_jobs(struct awsc_client *client,
                                const struct awsc_sesv2_list_export_jobs_input *input,
                                struct awsc_sesv2_list_export_jobs_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListExportJobs, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_export_jobs_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_export_jobs_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_export_jobs_async(struct awsc_client *client,
                                      const struct awsc_sesv2_list_export_jobs_input *input,
                                      awsc_sesv2_list_export_jobs_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListExportJobs, input, list_export_jobs_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListImportJobs_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListImportJobs = {
    .name = "ListImportJobs",
    .http_method = "POST",
    .request_uri = "/v2/email/import-jobs/list",
    .input = &awsc__sesv2_tables.shapes[319],
    .output = &awsc__sesv2_tables.shapes[320],
    .errors = op_ListImportJobs_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_import_jobs(struct awsc_client *client,
                                const struct awsc_sesv2_list_import_jobs_input *input,
                                struct awsc_sesv2_list_import_jobs_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListImportJobs, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_import_jobs_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_import_jobs_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_import_jobs_async(struct awsc_client *client,
                                      const struct awsc_sesv2_list_import_jobs_input *input,
                                      awsc_sesv2_list_import_jobs_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListImportJobs, input, list_import_jobs_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListMultiRegionEndpoints_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListMultiRegionEndpoints = {
    .name = "ListMultiRegionEndpoints",
    .http_method = "GET",
    .request_uri = "/v2/email/multi-region-endpoints",
    .input = &awsc__sesv2_tables.shapes[322],
    .output = &awsc__sesv2_tables.shapes[323],
    .errors = op_ListMultiRegionEndpoints_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_multi_region_endpoints(struct awsc_client *client,
                                           const struct awsc_sesv2_list_multi_region_endpoints_input *input,
                                           struct awsc_sesv2_list_multi_region_endpoints_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListMultiRegionEndpoints, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_multi_region_endpoints_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_multi_region_endpoints_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_multi_region_endpoints_async(struct awsc_client *client,
                                                 const struct awsc_sesv2_list_multi_region_endpoints_input *input,
                                                 awsc_sesv2_list_multi_region_endpoints_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListMultiRegionEndpoints, input, list_multi_region_endpoints_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListRecommendations_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListRecommendations = {
    .name = "ListRecommendations",
    .http_method = "POST",
    .request_uri = "/v2/email/vdm/recommendations",
    .input = &awsc__sesv2_tables.shapes[330],
    .output = &awsc__sesv2_tables.shapes[331],
    .errors = op_ListRecommendations_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_recommendations(struct awsc_client *client,
                                    const struct awsc_sesv2_list_recommendations_input *input,
                                    struct awsc_sesv2_list_recommendations_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListRecommendations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_recommendations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_recommendations_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_recommendations_async(struct awsc_client *client,
                                          const struct awsc_sesv2_list_recommendations_input *input,
                                          awsc_sesv2_list_recommendations_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListRecommendations, input, list_recommendations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListReputationEntities_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListReputationEntities = {
    .name = "ListReputationEntities",
    .http_method = "POST",
    .request_uri = "/v2/email/reputation/entities",
    .input = &awsc__sesv2_tables.shapes[332],
    .output = &awsc__sesv2_tables.shapes[333],
    .errors = op_ListReputationEntities_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_reputation_entities(struct awsc_client *client,
                                        const struct awsc_sesv2_list_reputation_entities_input *input,
                                        struct awsc_sesv2_list_reputation_entities_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListReputationEntities, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_reputation_entities_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_reputation_entities_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_reputation_entities_async(struct awsc_client *client,
                                              const struct awsc_sesv2_list_reputation_entities_input *input,
                                              awsc_sesv2_list_reputation_entities_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListReputationEntities, input, list_reputation_entities_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListResourceTenants_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListResourceTenants = {
    .name = "ListResourceTenants",
    .http_method = "POST",
    .request_uri = "/v2/email/resources/tenants/list",
    .input = &awsc__sesv2_tables.shapes[334],
    .output = &awsc__sesv2_tables.shapes[335],
    .errors = op_ListResourceTenants_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_resource_tenants(struct awsc_client *client,
                                     const struct awsc_sesv2_list_resource_tenants_input *input,
                                     struct awsc_sesv2_list_resource_tenants_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListResourceTenants, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_resource_tenants_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_resource_tenants_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_resource_tenants_async(struct awsc_client *client,
                                           const struct awsc_sesv2_list_resource_tenants_input *input,
                                           awsc_sesv2_list_resource_tenants_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListResourceTenants, input, list_resource_tenants_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListSuppressedDestinations_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[282],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListSuppressedDestinations = {
    .name = "ListSuppressedDestinations",
    .http_method = "GET",
    .request_uri = "/v2/email/suppression/addresses",
    .input = &awsc__sesv2_tables.shapes[336],
    .output = &awsc__sesv2_tables.shapes[337],
    .errors = op_ListSuppressedDestinations_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_suppressed_destinations(struct awsc_client *client,
                                            const struct awsc_sesv2_list_suppressed_destinations_input *input,
                                            struct awsc_sesv2_list_suppressed_destinations_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListSuppressedDestinations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_suppressed_destinations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_suppressed_destinations_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_suppressed_destinations_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_list_suppressed_destinations_input *input,
                                                  awsc_sesv2_list_suppressed_destinations_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListSuppressedDestinations, input, list_suppressed_destinations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTagsForResource_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListTagsForResource = {
    .name = "ListTagsForResource",
    .http_method = "GET",
    .request_uri = "/v2/email/tags",
    .input = &awsc__sesv2_tables.shapes[338],
    .output = &awsc__sesv2_tables.shapes[339],
    .errors = op_ListTagsForResource_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_tags_for_resource(struct awsc_client *client,
                                      const struct awsc_sesv2_list_tags_for_resource_input *input,
                                      struct awsc_sesv2_list_tags_for_resource_output **output,
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
    ((awsc_sesv2_list_tags_for_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_tags_for_resource_async(struct awsc_client *client,
                                            const struct awsc_sesv2_list_tags_for_resource_input *input,
                                            awsc_sesv2_list_tags_for_resource_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTagsForResource, input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTenantResources_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListTenantResources = {
    .name = "ListTenantResources",
    .http_method = "POST",
    .request_uri = "/v2/email/tenants/resources/list",
    .input = &awsc__sesv2_tables.shapes[343],
    .output = &awsc__sesv2_tables.shapes[344],
    .errors = op_ListTenantResources_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_tenant_resources(struct awsc_client *client,
                                     const struct awsc_sesv2_list_tenant_resources_input *input,
                                     struct awsc_sesv2_list_tenant_resources_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTenantResources, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_tenant_resources_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_tenant_resources_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_tenant_resources_async(struct awsc_client *client,
                                           const struct awsc_sesv2_list_tenant_resources_input *input,
                                           awsc_sesv2_list_tenant_resources_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTenantResources, input, list_tenant_resources_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTenants_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_ListTenants = {
    .name = "ListTenants",
    .http_method = "POST",
    .request_uri = "/v2/email/tenants/list",
    .input = &awsc__sesv2_tables.shapes[345],
    .output = &awsc__sesv2_tables.shapes[346],
    .errors = op_ListTenants_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_list_tenants(struct awsc_client *client,
                            const struct awsc_sesv2_list_tenants_input *input,
                            struct awsc_sesv2_list_tenants_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTenants, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_tenants_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_list_tenants_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_list_tenants_async(struct awsc_client *client,
                                  const struct awsc_sesv2_list_tenants_input *input,
                                  awsc_sesv2_list_tenants_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTenants, input, list_tenants_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutAccountDedicatedIpWarmupAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutAccountDedicatedIpWarmupAttributes = {
    .name = "PutAccountDedicatedIpWarmupAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/account/dedicated-ips/warmup",
    .input = &awsc__sesv2_tables.shapes[404],
    .output = &awsc__sesv2_tables.shapes[405],
    .errors = op_PutAccountDedicatedIpWarmupAttributes_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_account_dedicated_ip_warmup_attributes(struct awsc_client *client,
                                                          const struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input *input,
                                                          struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_output **output,
                                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutAccountDedicatedIpWarmupAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_account_dedicated_ip_warmup_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_account_dedicated_ip_warmup_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_account_dedicated_ip_warmup_attributes_async(struct awsc_client *client,
                                                                const struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input *input,
                                                                awsc_sesv2_put_account_dedicated_ip_warmup_attributes_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutAccountDedicatedIpWarmupAttributes, input, put_account_dedicated_ip_warmup_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutAccountDetails_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[54],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutAccountDetails = {
    .name = "PutAccountDetails",
    .http_method = "POST",
    .request_uri = "/v2/email/account/details",
    .input = &awsc__sesv2_tables.shapes[406],
    .output = &awsc__sesv2_tables.shapes[407],
    .errors = op_PutAccountDetails_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_account_details(struct awsc_client *client,
                                   const struct awsc_sesv2_put_account_details_input *input,
                                   struct awsc_sesv2_put_account_details_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutAccountDetails, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_account_details_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_account_details_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_account_details_async(struct awsc_client *client,
                                         const struct awsc_sesv2_put_account_details_input *input,
                                         awsc_sesv2_put_account_details_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutAccountDetails, input, put_account_details_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutAccountPricingAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[54],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutAccountPricingAttributes = {
    .name = "PutAccountPricingAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/account/pricing-attributes",
    .input = &awsc__sesv2_tables.shapes[408],
    .output = &awsc__sesv2_tables.shapes[409],
    .errors = op_PutAccountPricingAttributes_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_account_pricing_attributes(struct awsc_client *client,
                                              const struct awsc_sesv2_put_account_pricing_attributes_input *input,
                                              struct awsc_sesv2_put_account_pricing_attributes_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutAccountPricingAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_account_pricing_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_account_pricing_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_account_pricing_attributes_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_put_account_pricing_attributes_input *input,
                                                    awsc_sesv2_put_account_pricing_attributes_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutAccountPricingAttributes, input, put_account_pricing_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutAccountSendingAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutAccountSendingAttributes = {
    .name = "PutAccountSendingAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/account/sending",
    .input = &awsc__sesv2_tables.shapes[410],
    .output = &awsc__sesv2_tables.shapes[411],
    .errors = op_PutAccountSendingAttributes_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_account_sending_attributes(struct awsc_client *client,
                                              const struct awsc_sesv2_put_account_sending_attributes_input *input,
                                              struct awsc_sesv2_put_account_sending_attributes_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutAccountSendingAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_account_sending_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_account_sending_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_account_sending_attributes_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_put_account_sending_attributes_input *input,
                                                    awsc_sesv2_put_account_sending_attributes_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutAccountSendingAttributes, input, put_account_sending_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutAccountSuppressionAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutAccountSuppressionAttributes = {
    .name = "PutAccountSuppressionAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/account/suppression",
    .input = &awsc__sesv2_tables.shapes[412],
    .output = &awsc__sesv2_tables.shapes[413],
    .errors = op_PutAccountSuppressionAttributes_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_account_suppression_attributes(struct awsc_client *client,
                                                  const struct awsc_sesv2_put_account_suppression_attributes_input *input,
                                                  struct awsc_sesv2_put_account_suppression_attributes_output **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutAccountSuppressionAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_account_suppression_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_account_suppression_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_account_suppression_attributes_async(struct awsc_client *client,
                                                        const struct awsc_sesv2_put_account_suppression_attributes_input *input,
                                                        awsc_sesv2_put_account_suppression_attributes_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutAccountSuppressionAttributes, input, put_account_suppression_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutAccountVdmAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutAccountVdmAttributes = {
    .name = "PutAccountVdmAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/account/vdm",
    .input = &awsc__sesv2_tables.shapes[414],
    .output = &awsc__sesv2_tables.shapes[415],
    .errors = op_PutAccountVdmAttributes_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_account_vdm_attributes(struct awsc_client *client,
                                          const struct awsc_sesv2_put_account_vdm_attributes_input *input,
                                          struct awsc_sesv2_put_account_vdm_attributes_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutAccountVdmAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_account_vdm_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_account_vdm_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_account_vdm_attributes_async(struct awsc_client *client,
                                                const struct awsc_sesv2_put_account_vdm_attributes_input *input,
                                                awsc_sesv2_put_account_vdm_attributes_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutAccountVdmAttributes, input, put_account_vdm_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutConfigurationSetArchivingOptions_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutConfigurationSetArchivingOptions = {
    .name = "PutConfigurationSetArchivingOptions",
    .http_method = "PUT",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/archiving-options",
    .input = &awsc__sesv2_tables.shapes[416],
    .output = &awsc__sesv2_tables.shapes[417],
    .errors = op_PutConfigurationSetArchivingOptions_errors,
    .error_count = 3,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_configuration_set_archiving_options(struct awsc_client *client,
                                                       const struct awsc_sesv2_put_configuration_set_archiving_options_input *input,
                                                       struct awsc_sesv2_put_configuration_set_archiving_options_output **output,
                                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutConfigurationSetArchivingOptions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_configuration_set_archiving_options_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_configuration_set_archiving_options_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_configuration_set_archiving_options_async(struct awsc_client *client,
                                                             const struct awsc_sesv2_put_configuration_set_archiving_options_input *input,
                                                             awsc_sesv2_put_configuration_set_archiving_options_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutConfigurationSetArchivingOptions, input, put_configuration_set_archiving_options_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutConfigurationSetDeliveryOptions_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutConfigurationSetDeliveryOptions = {
    .name = "PutConfigurationSetDeliveryOptions",
    .http_method = "PUT",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/delivery-options",
    .input = &awsc__sesv2_tables.shapes[418],
    .output = &awsc__sesv2_tables.shapes[419],
    .errors = op_PutConfigurationSetDeliveryOptions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_configuration_set_delivery_options(struct awsc_client *client,
                                                      const struct awsc_sesv2_put_configuration_set_delivery_options_input *input,
                                                      struct awsc_sesv2_put_configuration_set_delivery_options_output **output,
                                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutConfigurationSetDeliveryOptions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_configuration_set_delivery_options_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_configuration_set_delivery_options_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_configuration_set_delivery_options_async(struct awsc_client *client,
                                                            const struct awsc_sesv2_put_configuration_set_delivery_options_input *input,
                                                            awsc_sesv2_put_configuration_set_delivery_options_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutConfigurationSetDeliveryOptions, input, put_configuration_set_delivery_options_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutConfigurationSetReputationOptions_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutConfigurationSetReputationOptions = {
    .name = "PutConfigurationSetReputationOptions",
    .http_method = "PUT",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/reputation-options",
    .input = &awsc__sesv2_tables.shapes[420],
    .output = &awsc__sesv2_tables.shapes[421],
    .errors = op_PutConfigurationSetReputationOptions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_configuration_set_reputation_options(struct awsc_client *client,
                                                        const struct awsc_sesv2_put_configuration_set_reputation_options_input *input,
                                                        struct awsc_sesv2_put_configuration_set_reputation_options_output **output,
                                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutConfigurationSetReputationOptions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_configuration_set_reputation_options_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_configuration_set_reputation_options_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_configuration_set_reputation_options_async(struct awsc_client *client,
                                                              const struct awsc_sesv2_put_configuration_set_reputation_options_input *input,
                                                              awsc_sesv2_put_configuration_set_reputation_options_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutConfigurationSetReputationOptions, input, put_configuration_set_reputation_options_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutConfigurationSetSendingOptions_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutConfigurationSetSendingOptions = {
    .name = "PutConfigurationSetSendingOptions",
    .http_method = "PUT",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/sending",
    .input = &awsc__sesv2_tables.shapes[422],
    .output = &awsc__sesv2_tables.shapes[423],
    .errors = op_PutConfigurationSetSendingOptions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_configuration_set_sending_options(struct awsc_client *client,
                                                     const struct awsc_sesv2_put_configuration_set_sending_options_input *input,
                                                     struct awsc_sesv2_put_configuration_set_sending_options_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutConfigurationSetSendingOptions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_configuration_set_sending_options_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_configuration_set_sending_options_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_configuration_set_sending_options_async(struct awsc_client *client,
                                                           const struct awsc_sesv2_put_configuration_set_sending_options_input *input,
                                                           awsc_sesv2_put_configuration_set_sending_options_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutConfigurationSetSendingOptions, input, put_configuration_set_sending_options_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutConfigurationSetSuppressionOptions_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutConfigurationSetSuppressionOptions = {
    .name = "PutConfigurationSetSuppressionOptions",
    .http_method = "PUT",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/suppression-options",
    .input = &awsc__sesv2_tables.shapes[424],
    .output = &awsc__sesv2_tables.shapes[425],
    .errors = op_PutConfigurationSetSuppressionOptions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_configuration_set_suppression_options(struct awsc_client *client,
                                                         const struct awsc_sesv2_put_configuration_set_suppression_options_input *input,
                                                         struct awsc_sesv2_put_configuration_set_suppression_options_output **output,
                                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutConfigurationSetSuppressionOptions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_configuration_set_suppression_options_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_configuration_set_suppression_options_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_configuration_set_suppression_options_async(struct awsc_client *client,
                                                               const struct awsc_sesv2_put_configuration_set_suppression_options_input *input,
                                                               awsc_sesv2_put_configuration_set_suppression_options_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutConfigurationSetSuppressionOptions, input, put_configuration_set_suppression_options_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutConfigurationSetTrackingOptions_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutConfigurationSetTrackingOptions = {
    .name = "PutConfigurationSetTrackingOptions",
    .http_method = "PUT",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/tracking-options",
    .input = &awsc__sesv2_tables.shapes[426],
    .output = &awsc__sesv2_tables.shapes[427],
    .errors = op_PutConfigurationSetTrackingOptions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_configuration_set_tracking_options(struct awsc_client *client,
                                                      const struct awsc_sesv2_put_configuration_set_tracking_options_input *input,
                                                      struct awsc_sesv2_put_configuration_set_tracking_options_output **output,
                                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutConfigurationSetTrackingOptions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_configuration_set_tracking_options_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_configuration_set_tracking_options_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_configuration_set_tracking_options_async(struct awsc_client *client,
                                                            const struct awsc_sesv2_put_configuration_set_tracking_options_input *input,
                                                            awsc_sesv2_put_configuration_set_tracking_options_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutConfigurationSetTrackingOptions, input, put_configuration_set_tracking_options_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutConfigurationSetVdmOptions_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutConfigurationSetVdmOptions = {
    .name = "PutConfigurationSetVdmOptions",
    .http_method = "PUT",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/vdm-options",
    .input = &awsc__sesv2_tables.shapes[428],
    .output = &awsc__sesv2_tables.shapes[429],
    .errors = op_PutConfigurationSetVdmOptions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_configuration_set_vdm_options(struct awsc_client *client,
                                                 const struct awsc_sesv2_put_configuration_set_vdm_options_input *input,
                                                 struct awsc_sesv2_put_configuration_set_vdm_options_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutConfigurationSetVdmOptions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_configuration_set_vdm_options_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_configuration_set_vdm_options_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_configuration_set_vdm_options_async(struct awsc_client *client,
                                                       const struct awsc_sesv2_put_configuration_set_vdm_options_input *input,
                                                       awsc_sesv2_put_configuration_set_vdm_options_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutConfigurationSetVdmOptions, input, put_configuration_set_vdm_options_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutDedicatedIpInPool_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutDedicatedIpInPool = {
    .name = "PutDedicatedIpInPool",
    .http_method = "PUT",
    .request_uri = "/v2/email/dedicated-ips/{IP}/pool",
    .input = &awsc__sesv2_tables.shapes[430],
    .output = &awsc__sesv2_tables.shapes[431],
    .errors = op_PutDedicatedIpInPool_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_dedicated_ip_in_pool(struct awsc_client *client,
                                        const struct awsc_sesv2_put_dedicated_ip_in_pool_input *input,
                                        struct awsc_sesv2_put_dedicated_ip_in_pool_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutDedicatedIpInPool, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_dedicated_ip_in_pool_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_dedicated_ip_in_pool_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_dedicated_ip_in_pool_async(struct awsc_client *client,
                                              const struct awsc_sesv2_put_dedicated_ip_in_pool_input *input,
                                              awsc_sesv2_put_dedicated_ip_in_pool_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutDedicatedIpInPool, input, put_dedicated_ip_in_pool_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutDedicatedIpPoolScalingAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutDedicatedIpPoolScalingAttributes = {
    .name = "PutDedicatedIpPoolScalingAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/dedicated-ip-pools/{PoolName}/scaling",
    .input = &awsc__sesv2_tables.shapes[432],
    .output = &awsc__sesv2_tables.shapes[433],
    .errors = op_PutDedicatedIpPoolScalingAttributes_errors,
    .error_count = 4,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_dedicated_ip_pool_scaling_attributes(struct awsc_client *client,
                                                        const struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input *input,
                                                        struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_output **output,
                                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutDedicatedIpPoolScalingAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_dedicated_ip_pool_scaling_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_async(struct awsc_client *client,
                                                              const struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input *input,
                                                              awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutDedicatedIpPoolScalingAttributes, input, put_dedicated_ip_pool_scaling_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutDedicatedIpWarmupAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutDedicatedIpWarmupAttributes = {
    .name = "PutDedicatedIpWarmupAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/dedicated-ips/{IP}/warmup",
    .input = &awsc__sesv2_tables.shapes[434],
    .output = &awsc__sesv2_tables.shapes[435],
    .errors = op_PutDedicatedIpWarmupAttributes_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_dedicated_ip_warmup_attributes(struct awsc_client *client,
                                                  const struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input *input,
                                                  struct awsc_sesv2_put_dedicated_ip_warmup_attributes_output **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutDedicatedIpWarmupAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_dedicated_ip_warmup_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_dedicated_ip_warmup_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_dedicated_ip_warmup_attributes_async(struct awsc_client *client,
                                                        const struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input *input,
                                                        awsc_sesv2_put_dedicated_ip_warmup_attributes_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutDedicatedIpWarmupAttributes, input, put_dedicated_ip_warmup_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutDeliverabilityDashboardOption_errors[] = {
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutDeliverabilityDashboardOption = {
    .name = "PutDeliverabilityDashboardOption",
    .http_method = "PUT",
    .request_uri = "/v2/email/deliverability-dashboard",
    .input = &awsc__sesv2_tables.shapes[436],
    .output = &awsc__sesv2_tables.shapes[437],
    .errors = op_PutDeliverabilityDashboardOption_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_deliverability_dashboard_option(struct awsc_client *client,
                                                   const struct awsc_sesv2_put_deliverability_dashboard_option_input *input,
                                                   struct awsc_sesv2_put_deliverability_dashboard_option_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutDeliverabilityDashboardOption, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_deliverability_dashboard_option_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_deliverability_dashboard_option_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_deliverability_dashboard_option_async(struct awsc_client *client,
                                                         const struct awsc_sesv2_put_deliverability_dashboard_option_input *input,
                                                         awsc_sesv2_put_deliverability_dashboard_option_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutDeliverabilityDashboardOption, input, put_deliverability_dashboard_option_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutEmailIdentityConfigurationSetAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutEmailIdentityConfigurationSetAttributes = {
    .name = "PutEmailIdentityConfigurationSetAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/identities/{EmailIdentity}/configuration-set",
    .input = &awsc__sesv2_tables.shapes[438],
    .output = &awsc__sesv2_tables.shapes[439],
    .errors = op_PutEmailIdentityConfigurationSetAttributes_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_email_identity_configuration_set_attributes(struct awsc_client *client,
                                                               const struct awsc_sesv2_put_email_identity_configuration_set_attributes_input *input,
                                                               struct awsc_sesv2_put_email_identity_configuration_set_attributes_output **output,
                                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutEmailIdentityConfigurationSetAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_email_identity_configuration_set_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_email_identity_configuration_set_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_email_identity_configuration_set_attributes_async(struct awsc_client *client,
                                                                     const struct awsc_sesv2_put_email_identity_configuration_set_attributes_input *input,
                                                                     awsc_sesv2_put_email_identity_configuration_set_attributes_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutEmailIdentityConfigurationSetAttributes, input, put_email_identity_configuration_set_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutEmailIdentityDkimAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutEmailIdentityDkimAttributes = {
    .name = "PutEmailIdentityDkimAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/identities/{EmailIdentity}/dkim",
    .input = &awsc__sesv2_tables.shapes[440],
    .output = &awsc__sesv2_tables.shapes[441],
    .errors = op_PutEmailIdentityDkimAttributes_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_email_identity_dkim_attributes(struct awsc_client *client,
                                                  const struct awsc_sesv2_put_email_identity_dkim_attributes_input *input,
                                                  struct awsc_sesv2_put_email_identity_dkim_attributes_output **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutEmailIdentityDkimAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_email_identity_dkim_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_email_identity_dkim_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_email_identity_dkim_attributes_async(struct awsc_client *client,
                                                        const struct awsc_sesv2_put_email_identity_dkim_attributes_input *input,
                                                        awsc_sesv2_put_email_identity_dkim_attributes_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutEmailIdentityDkimAttributes, input, put_email_identity_dkim_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutEmailIdentityDkimSigningAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutEmailIdentityDkimSigningAttributes = {
    .name = "PutEmailIdentityDkimSigningAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/identities/{EmailIdentity}/dkim/signing",
    .input = &awsc__sesv2_tables.shapes[442],
    .output = &awsc__sesv2_tables.shapes[443],
    .errors = op_PutEmailIdentityDkimSigningAttributes_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_email_identity_dkim_signing_attributes(struct awsc_client *client,
                                                          const struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input *input,
                                                          struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output **output,
                                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutEmailIdentityDkimSigningAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_email_identity_dkim_signing_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_email_identity_dkim_signing_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_email_identity_dkim_signing_attributes_async(struct awsc_client *client,
                                                                const struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input *input,
                                                                awsc_sesv2_put_email_identity_dkim_signing_attributes_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutEmailIdentityDkimSigningAttributes, input, put_email_identity_dkim_signing_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutEmailIdentityFeedbackAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutEmailIdentityFeedbackAttributes = {
    .name = "PutEmailIdentityFeedbackAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/identities/{EmailIdentity}/feedback",
    .input = &awsc__sesv2_tables.shapes[444],
    .output = &awsc__sesv2_tables.shapes[445],
    .errors = op_PutEmailIdentityFeedbackAttributes_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_email_identity_feedback_attributes(struct awsc_client *client,
                                                      const struct awsc_sesv2_put_email_identity_feedback_attributes_input *input,
                                                      struct awsc_sesv2_put_email_identity_feedback_attributes_output **output,
                                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutEmailIdentityFeedbackAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_email_identity_feedback_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_email_identity_feedback_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_email_identity_feedback_attributes_async(struct awsc_client *client,
                                                            const struct awsc_sesv2_put_email_identity_feedback_attributes_input *input,
                                                            awsc_sesv2_put_email_identity_feedback_attributes_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutEmailIdentityFeedbackAttributes, input, put_email_identity_feedback_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutEmailIdentityMailFromAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutEmailIdentityMailFromAttributes = {
    .name = "PutEmailIdentityMailFromAttributes",
    .http_method = "PUT",
    .request_uri = "/v2/email/identities/{EmailIdentity}/mail-from",
    .input = &awsc__sesv2_tables.shapes[446],
    .output = &awsc__sesv2_tables.shapes[447],
    .errors = op_PutEmailIdentityMailFromAttributes_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_email_identity_mail_from_attributes(struct awsc_client *client,
                                                       const struct awsc_sesv2_put_email_identity_mail_from_attributes_input *input,
                                                       struct awsc_sesv2_put_email_identity_mail_from_attributes_output **output,
                                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutEmailIdentityMailFromAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_email_identity_mail_from_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_email_identity_mail_from_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_email_identity_mail_from_attributes_async(struct awsc_client *client,
                                                             const struct awsc_sesv2_put_email_identity_mail_from_attributes_input *input,
                                                             awsc_sesv2_put_email_identity_mail_from_attributes_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutEmailIdentityMailFromAttributes, input, put_email_identity_mail_from_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutSuppressedDestination_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutSuppressedDestination = {
    .name = "PutSuppressedDestination",
    .http_method = "PUT",
    .request_uri = "/v2/email/suppression/addresses",
    .input = &awsc__sesv2_tables.shapes[448],
    .output = &awsc__sesv2_tables.shapes[449],
    .errors = op_PutSuppressedDestination_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_suppressed_destination(struct awsc_client *client,
                                          const struct awsc_sesv2_put_suppressed_destination_input *input,
                                          struct awsc_sesv2_put_suppressed_destination_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutSuppressedDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_suppressed_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_suppressed_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_suppressed_destination_async(struct awsc_client *client,
                                                const struct awsc_sesv2_put_suppressed_destination_input *input,
                                                awsc_sesv2_put_suppressed_destination_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutSuppressedDestination, input, put_suppressed_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutTenantSuppressionAttributes_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_PutTenantSuppressionAttributes = {
    .name = "PutTenantSuppressionAttributes",
    .http_method = "POST",
    .request_uri = "/v2/email/tenant/suppression",
    .input = &awsc__sesv2_tables.shapes[450],
    .output = &awsc__sesv2_tables.shapes[451],
    .errors = op_PutTenantSuppressionAttributes_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_put_tenant_suppression_attributes(struct awsc_client *client,
                                                 const struct awsc_sesv2_put_tenant_suppression_attributes_input *input,
                                                 struct awsc_sesv2_put_tenant_suppression_attributes_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutTenantSuppressionAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_tenant_suppression_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_put_tenant_suppression_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_put_tenant_suppression_attributes_async(struct awsc_client *client,
                                                       const struct awsc_sesv2_put_tenant_suppression_attributes_input *input,
                                                       awsc_sesv2_put_tenant_suppression_attributes_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutTenantSuppressionAttributes, input, put_tenant_suppression_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendBulkEmail_errors[] = {
    &awsc__sesv2_tables.shapes[1],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[349],
    &awsc__sesv2_tables.shapes[367],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[501],
    &awsc__sesv2_tables.shapes[551],
};
static const struct awsc_endpoint_context_param op_SendBulkEmail_context_params[] = {
    {"EndpointId", "EndpointId", 9, NULL},
};

static const struct awsc_operation op_SendBulkEmail = {
    .name = "SendBulkEmail",
    .http_method = "POST",
    .request_uri = "/v2/email/outbound-bulk-emails",
    .input = &awsc__sesv2_tables.shapes[493],
    .output = &awsc__sesv2_tables.shapes[494],
    .errors = op_SendBulkEmail_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
    .context_params = op_SendBulkEmail_context_params,
    .context_param_count = 1,
};

int awsc_sesv2_send_bulk_email(struct awsc_client *client,
                               const struct awsc_sesv2_send_bulk_email_input *input,
                               struct awsc_sesv2_send_bulk_email_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendBulkEmail, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void send_bulk_email_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_send_bulk_email_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_send_bulk_email_async(struct awsc_client *client,
                                     const struct awsc_sesv2_send_bulk_email_input *input,
                                     awsc_sesv2_send_bulk_email_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SendBulkEmail, input, send_bulk_email_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendCustomVerificationEmail_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[349],
    &awsc__sesv2_tables.shapes[367],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[501],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_SendCustomVerificationEmail = {
    .name = "SendCustomVerificationEmail",
    .http_method = "POST",
    .request_uri = "/v2/email/outbound-custom-verification-emails",
    .input = &awsc__sesv2_tables.shapes[495],
    .output = &awsc__sesv2_tables.shapes[496],
    .errors = op_SendCustomVerificationEmail_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_send_custom_verification_email(struct awsc_client *client,
                                              const struct awsc_sesv2_send_custom_verification_email_input *input,
                                              struct awsc_sesv2_send_custom_verification_email_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendCustomVerificationEmail, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void send_custom_verification_email_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_send_custom_verification_email_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_send_custom_verification_email_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_send_custom_verification_email_input *input,
                                                    awsc_sesv2_send_custom_verification_email_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SendCustomVerificationEmail, input, send_custom_verification_email_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendEmail_errors[] = {
    &awsc__sesv2_tables.shapes[1],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[349],
    &awsc__sesv2_tables.shapes[367],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[501],
    &awsc__sesv2_tables.shapes[551],
};
static const struct awsc_endpoint_context_param op_SendEmail_context_params[] = {
    {"EndpointId", "EndpointId", 9, NULL},
};

static const struct awsc_operation op_SendEmail = {
    .name = "SendEmail",
    .http_method = "POST",
    .request_uri = "/v2/email/outbound-emails",
    .input = &awsc__sesv2_tables.shapes[497],
    .output = &awsc__sesv2_tables.shapes[498],
    .errors = op_SendEmail_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
    .context_params = op_SendEmail_context_params,
    .context_param_count = 1,
};

int awsc_sesv2_send_email(struct awsc_client *client,
                          const struct awsc_sesv2_send_email_input *input,
                          struct awsc_sesv2_send_email_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendEmail, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void send_email_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_send_email_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_send_email_async(struct awsc_client *client,
                                const struct awsc_sesv2_send_email_input *input,
                                awsc_sesv2_send_email_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SendEmail, input, send_email_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagResource_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_TagResource = {
    .name = "TagResource",
    .http_method = "POST",
    .request_uri = "/v2/email/tags",
    .input = &awsc__sesv2_tables.shapes[533],
    .output = &awsc__sesv2_tables.shapes[534],
    .errors = op_TagResource_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_tag_resource(struct awsc_client *client,
                            const struct awsc_sesv2_tag_resource_input *input,
                            struct awsc_sesv2_tag_resource_output **output,
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
    ((awsc_sesv2_tag_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_tag_resource_async(struct awsc_client *client,
                                  const struct awsc_sesv2_tag_resource_input *input,
                                  awsc_sesv2_tag_resource_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagResource, input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TestRenderEmailTemplate_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_TestRenderEmailTemplate = {
    .name = "TestRenderEmailTemplate",
    .http_method = "POST",
    .request_uri = "/v2/email/templates/{TemplateName}/render",
    .input = &awsc__sesv2_tables.shapes[546],
    .output = &awsc__sesv2_tables.shapes[547],
    .errors = op_TestRenderEmailTemplate_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_test_render_email_template(struct awsc_client *client,
                                          const struct awsc_sesv2_test_render_email_template_input *input,
                                          struct awsc_sesv2_test_render_email_template_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_TestRenderEmailTemplate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void test_render_email_template_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_test_render_email_template_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_test_render_email_template_async(struct awsc_client *client,
                                                const struct awsc_sesv2_test_render_email_template_input *input,
                                                awsc_sesv2_test_render_email_template_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TestRenderEmailTemplate, input, test_render_email_template_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagResource_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_UntagResource = {
    .name = "UntagResource",
    .http_method = "DELETE",
    .request_uri = "/v2/email/tags",
    .input = &awsc__sesv2_tables.shapes[560],
    .output = &awsc__sesv2_tables.shapes[561],
    .errors = op_UntagResource_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_untag_resource(struct awsc_client *client,
                              const struct awsc_sesv2_untag_resource_input *input,
                              struct awsc_sesv2_untag_resource_output **output,
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
    ((awsc_sesv2_untag_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_untag_resource_async(struct awsc_client *client,
                                    const struct awsc_sesv2_untag_resource_input *input,
                                    awsc_sesv2_untag_resource_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagResource, input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateConfigurationSetEventDestination_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_UpdateConfigurationSetEventDestination = {
    .name = "UpdateConfigurationSetEventDestination",
    .http_method = "PUT",
    .request_uri = "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations/{EventDestinationName}",
    .input = &awsc__sesv2_tables.shapes[562],
    .output = &awsc__sesv2_tables.shapes[563],
    .errors = op_UpdateConfigurationSetEventDestination_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_update_configuration_set_event_destination(struct awsc_client *client,
                                                          const struct awsc_sesv2_update_configuration_set_event_destination_input *input,
                                                          struct awsc_sesv2_update_configuration_set_event_destination_output **output,
                                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateConfigurationSetEventDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_configuration_set_event_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_update_configuration_set_event_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_update_configuration_set_event_destination_async(struct awsc_client *client,
                                                                const struct awsc_sesv2_update_configuration_set_event_destination_input *input,
                                                                awsc_sesv2_update_configuration_set_event_destination_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateConfigurationSetEventDestination, input, update_configuration_set_event_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateContact_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_UpdateContact = {
    .name = "UpdateContact",
    .http_method = "PUT",
    .request_uri = "/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}",
    .input = &awsc__sesv2_tables.shapes[566],
    .output = &awsc__sesv2_tables.shapes[567],
    .errors = op_UpdateContact_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_update_contact(struct awsc_client *client,
                              const struct awsc_sesv2_update_contact_input *input,
                              struct awsc_sesv2_update_contact_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateContact, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_contact_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_update_contact_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_update_contact_async(struct awsc_client *client,
                                    const struct awsc_sesv2_update_contact_input *input,
                                    awsc_sesv2_update_contact_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateContact, input, update_contact_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateContactList_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_UpdateContactList = {
    .name = "UpdateContactList",
    .http_method = "PUT",
    .request_uri = "/v2/email/contact-lists/{ContactListName}",
    .input = &awsc__sesv2_tables.shapes[564],
    .output = &awsc__sesv2_tables.shapes[565],
    .errors = op_UpdateContactList_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_update_contact_list(struct awsc_client *client,
                                   const struct awsc_sesv2_update_contact_list_input *input,
                                   struct awsc_sesv2_update_contact_list_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateContactList, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_contact_list_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_update_contact_list_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_update_contact_list_async(struct awsc_client *client,
                                         const struct awsc_sesv2_update_contact_list_input *input,
                                         awsc_sesv2_update_contact_list_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateContactList, input, update_contact_list_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateCustomVerificationEmailTemplate_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_UpdateCustomVerificationEmailTemplate = {
    .name = "UpdateCustomVerificationEmailTemplate",
    .http_method = "PUT",
    .request_uri = "/v2/email/custom-verification-email-templates/{TemplateName}",
    .input = &awsc__sesv2_tables.shapes[568],
    .output = &awsc__sesv2_tables.shapes[569],
    .errors = op_UpdateCustomVerificationEmailTemplate_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_update_custom_verification_email_template(struct awsc_client *client,
                                                         const struct awsc_sesv2_update_custom_verification_email_template_input *input,
                                                         struct awsc_sesv2_update_custom_verification_email_template_output **output,
                                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateCustomVerificationEmailTemplate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_custom_verification_email_template_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_update_custom_verification_email_template_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_update_custom_verification_email_template_async(struct awsc_client *client,
                                                               const struct awsc_sesv2_update_custom_verification_email_template_input *input,
                                                               awsc_sesv2_update_custom_verification_email_template_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateCustomVerificationEmailTemplate, input, update_custom_verification_email_template_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateEmailIdentityPolicy_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_UpdateEmailIdentityPolicy = {
    .name = "UpdateEmailIdentityPolicy",
    .http_method = "PUT",
    .request_uri = "/v2/email/identities/{EmailIdentity}/policies/{PolicyName}",
    .input = &awsc__sesv2_tables.shapes[570],
    .output = &awsc__sesv2_tables.shapes[571],
    .errors = op_UpdateEmailIdentityPolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_update_email_identity_policy(struct awsc_client *client,
                                            const struct awsc_sesv2_update_email_identity_policy_input *input,
                                            struct awsc_sesv2_update_email_identity_policy_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateEmailIdentityPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_email_identity_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_update_email_identity_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_update_email_identity_policy_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_update_email_identity_policy_input *input,
                                                  awsc_sesv2_update_email_identity_policy_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateEmailIdentityPolicy, input, update_email_identity_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateEmailTemplate_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_UpdateEmailTemplate = {
    .name = "UpdateEmailTemplate",
    .http_method = "PUT",
    .request_uri = "/v2/email/templates/{TemplateName}",
    .input = &awsc__sesv2_tables.shapes[572],
    .output = &awsc__sesv2_tables.shapes[573],
    .errors = op_UpdateEmailTemplate_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_update_email_template(struct awsc_client *client,
                                     const struct awsc_sesv2_update_email_template_input *input,
                                     struct awsc_sesv2_update_email_template_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateEmailTemplate, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_email_template_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_update_email_template_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_update_email_template_async(struct awsc_client *client,
                                           const struct awsc_sesv2_update_email_template_input *input,
                                           awsc_sesv2_update_email_template_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateEmailTemplate, input, update_email_template_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateReputationEntityCustomerManagedStatus_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[54],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_UpdateReputationEntityCustomerManagedStatus = {
    .name = "UpdateReputationEntityCustomerManagedStatus",
    .http_method = "PUT",
    .request_uri = "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/customer-managed-status",
    .input = &awsc__sesv2_tables.shapes[574],
    .output = &awsc__sesv2_tables.shapes[575],
    .errors = op_UpdateReputationEntityCustomerManagedStatus_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_update_reputation_entity_customer_managed_status(struct awsc_client *client,
                                                                const struct awsc_sesv2_update_reputation_entity_customer_managed_status_input *input,
                                                                struct awsc_sesv2_update_reputation_entity_customer_managed_status_output **output,
                                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateReputationEntityCustomerManagedStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_reputation_entity_customer_managed_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_update_reputation_entity_customer_managed_status_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_update_reputation_entity_customer_managed_status_async(struct awsc_client *client,
                                                                      const struct awsc_sesv2_update_reputation_entity_customer_managed_status_input *input,
                                                                      awsc_sesv2_update_reputation_entity_customer_managed_status_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateReputationEntityCustomerManagedStatus, input, update_reputation_entity_customer_managed_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateReputationEntityPolicy_errors[] = {
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[54],
    &awsc__sesv2_tables.shapes[551],
};

static const struct awsc_operation op_UpdateReputationEntityPolicy = {
    .name = "UpdateReputationEntityPolicy",
    .http_method = "PUT",
    .request_uri = "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/policy",
    .input = &awsc__sesv2_tables.shapes[576],
    .output = &awsc__sesv2_tables.shapes[577],
    .errors = op_UpdateReputationEntityPolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_sesv2_service,
};

int awsc_sesv2_update_reputation_entity_policy(struct awsc_client *client,
                                               const struct awsc_sesv2_update_reputation_entity_policy_input *input,
                                               struct awsc_sesv2_update_reputation_entity_policy_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateReputationEntityPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_reputation_entity_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sesv2_update_reputation_entity_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_sesv2_update_reputation_entity_policy_async(struct awsc_client *client,
                                                     const struct awsc_sesv2_update_reputation_entity_policy_input *input,
                                                     awsc_sesv2_update_reputation_entity_policy_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateReputationEntityPolicy, input, update_reputation_entity_policy_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_BatchGetMetricData,
    &op_CancelExportJob,
    &op_CreateConfigurationSet,
    &op_CreateConfigurationSetEventDestination,
    &op_CreateContact,
    &op_CreateContactList,
    &op_CreateCustomVerificationEmailTemplate,
    &op_CreateDedicatedIpPool,
    &op_CreateDeliverabilityTestReport,
    &op_CreateEmailIdentity,
    &op_CreateEmailIdentityPolicy,
    &op_CreateEmailTemplate,
    &op_CreateExportJob,
    &op_CreateImportJob,
    &op_CreateMultiRegionEndpoint,
    &op_CreateTenant,
    &op_CreateTenantResourceAssociation,
    &op_DeleteConfigurationSet,
    &op_DeleteConfigurationSetEventDestination,
    &op_DeleteContact,
    &op_DeleteContactList,
    &op_DeleteCustomVerificationEmailTemplate,
    &op_DeleteDedicatedIpPool,
    &op_DeleteEmailIdentity,
    &op_DeleteEmailIdentityPolicy,
    &op_DeleteEmailTemplate,
    &op_DeleteMultiRegionEndpoint,
    &op_DeleteSuppressedDestination,
    &op_DeleteTenant,
    &op_DeleteTenantResourceAssociation,
    &op_GetAccount,
    &op_GetBlacklistReports,
    &op_GetConfigurationSet,
    &op_GetConfigurationSetEventDestinations,
    &op_GetContact,
    &op_GetContactList,
    &op_GetCustomVerificationEmailTemplate,
    &op_GetDedicatedIp,
    &op_GetDedicatedIpPool,
    &op_GetDedicatedIps,
    &op_GetDeliverabilityDashboardOptions,
    &op_GetDeliverabilityTestReport,
    &op_GetDomainDeliverabilityCampaign,
    &op_GetDomainStatisticsReport,
    &op_GetEmailAddressInsights,
    &op_GetEmailIdentity,
    &op_GetEmailIdentityPolicies,
    &op_GetEmailTemplate,
    &op_GetExportJob,
    &op_GetImportJob,
    &op_GetMessageInsights,
    &op_GetMultiRegionEndpoint,
    &op_GetReputationEntity,
    &op_GetSuppressedDestination,
    &op_GetTenant,
    &op_ListConfigurationSets,
    &op_ListContactLists,
    &op_ListContacts,
    &op_ListCustomVerificationEmailTemplates,
    &op_ListDedicatedIpPools,
    &op_ListDeliverabilityTestReports,
    &op_ListDomainDeliverabilityCampaigns,
    &op_ListEmailIdentities,
    &op_ListEmailTemplates,
    &op_ListExportJobs,
    &op_ListImportJobs,
    &op_ListMultiRegionEndpoints,
    &op_ListRecommendations,
    &op_ListReputationEntities,
    &op_ListResourceTenants,
    &op_ListSuppressedDestinations,
    &op_ListTagsForResource,
    &op_ListTenantResources,
    &op_ListTenants,
    &op_PutAccountDedicatedIpWarmupAttributes,
    &op_PutAccountDetails,
    &op_PutAccountPricingAttributes,
    &op_PutAccountSendingAttributes,
    &op_PutAccountSuppressionAttributes,
    &op_PutAccountVdmAttributes,
    &op_PutConfigurationSetArchivingOptions,
    &op_PutConfigurationSetDeliveryOptions,
    &op_PutConfigurationSetReputationOptions,
    &op_PutConfigurationSetSendingOptions,
    &op_PutConfigurationSetSuppressionOptions,
    &op_PutConfigurationSetTrackingOptions,
    &op_PutConfigurationSetVdmOptions,
    &op_PutDedicatedIpInPool,
    &op_PutDedicatedIpPoolScalingAttributes,
    &op_PutDedicatedIpWarmupAttributes,
    &op_PutDeliverabilityDashboardOption,
    &op_PutEmailIdentityConfigurationSetAttributes,
    &op_PutEmailIdentityDkimAttributes,
    &op_PutEmailIdentityDkimSigningAttributes,
    &op_PutEmailIdentityFeedbackAttributes,
    &op_PutEmailIdentityMailFromAttributes,
    &op_PutSuppressedDestination,
    &op_PutTenantSuppressionAttributes,
    &op_SendBulkEmail,
    &op_SendCustomVerificationEmail,
    &op_SendEmail,
    &op_TagResource,
    &op_TestRenderEmailTemplate,
    &op_UntagResource,
    &op_UpdateConfigurationSetEventDestination,
    &op_UpdateContact,
    &op_UpdateContactList,
    &op_UpdateCustomVerificationEmailTemplate,
    &op_UpdateEmailIdentityPolicy,
    &op_UpdateEmailTemplate,
    &op_UpdateReputationEntityCustomerManagedStatus,
    &op_UpdateReputationEntityPolicy,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__sesv2_tables.shapes[1],
    &awsc__sesv2_tables.shapes[5],
    &awsc__sesv2_tables.shapes[18],
    &awsc__sesv2_tables.shapes[51],
    &awsc__sesv2_tables.shapes[54],
    &awsc__sesv2_tables.shapes[281],
    &awsc__sesv2_tables.shapes[282],
    &awsc__sesv2_tables.shapes[297],
    &awsc__sesv2_tables.shapes[349],
    &awsc__sesv2_tables.shapes[367],
    &awsc__sesv2_tables.shapes[387],
    &awsc__sesv2_tables.shapes[501],
    &awsc__sesv2_tables.shapes[551],
};

const struct awsc_service awsc_sesv2_service = {
    .name = "sesv2",
    .service_id = "SESv2",
    .full_name = "Amazon Simple Email Service",
    .api_version = "2019-09-27",
    .endpoint_prefix = "email",
    .signing_name = "ses",
    .target_prefix = NULL,
    .json_version = "1.1",
    .xml_namespace = NULL,
    .env_name = "SESV2",
    .protocol = AWSC_PROTO_REST_JSON,
    .operations = operations,
    .operation_count = 112,
    .errors = errors,
    .error_count = 13,
    .flags = 0,
    .ruleset = &awsc__sesv2_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__sesv2_pagers.paginators,
    .paginator_count = 5,
#endif
};
