/*
 * sesv2_ops.c - operations of SESv2: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * sesv2_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sesv2.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__SESV2_TABLES
#define AWSC__SESV2_TABLES

/* The endpoint rule set of sesv2: a part of the service's tables. */
struct awsc__sesv2_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[5];
    uint16_t slots[6];
    struct awsc_ep_rule rules[36];
    struct awsc_ep_expr exprs[54];
    uint16_t args[67];
    struct awsc_ep_endpoint endpoints[10];
    struct awsc_ep_prop props[7];
    char strings[704];
};
/* The service, its operations and every shape, member and name of
 * SESv2, in one object. */
struct awsc__sesv2_tables {
    struct awsc_service service;
    struct awsc_operation operations[112];
    awsc_ref op_errors[374];
    awsc_ref service_errors[13];
    struct awsc_endpoint_context_param context_params[1];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sesv2_pagers pagers; /* <awsc/sesv2.h> */
#endif
    struct awsc__sesv2_rules rules;
    struct awsc_structure_shape structures[351];
    struct awsc_collection_shape collections[68];
    struct awsc_enum_shape enums[53];
    struct awsc_shape scalars[117];
    struct awsc_shape_traits traits[59];
    struct awsc_member members[799];
    uint16_t by_wire_name[799];
    struct awsc_range ranges[46];
    char strings[14918];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[13304];
#endif
};
extern const struct awsc__sesv2_tables awsc__sesv2_tables AWSC__HIDDEN;
#endif

int awsc_sesv2_batch_get_metric_data(struct awsc_client *client,
                                     const struct awsc_sesv2_batch_get_metric_data_input *input,
                                     struct awsc_sesv2_batch_get_metric_data_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[0], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[0], input, batch_get_metric_data_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_cancel_export_job(struct awsc_client *client,
                                 const struct awsc_sesv2_cancel_export_job_input *input,
                                 struct awsc_sesv2_cancel_export_job_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[1], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[1], input, cancel_export_job_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_configuration_set(struct awsc_client *client,
                                        const struct awsc_sesv2_create_configuration_set_input *input,
                                        struct awsc_sesv2_create_configuration_set_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[2], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[2], input, create_configuration_set_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_configuration_set_event_destination(struct awsc_client *client,
                                                          const struct awsc_sesv2_create_configuration_set_event_destination_input *input,
                                                          struct awsc_sesv2_create_configuration_set_event_destination_output **output,
                                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[3], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[3], input, create_configuration_set_event_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_contact(struct awsc_client *client,
                              const struct awsc_sesv2_create_contact_input *input,
                              struct awsc_sesv2_create_contact_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[4], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[4], input, create_contact_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_contact_list(struct awsc_client *client,
                                   const struct awsc_sesv2_create_contact_list_input *input,
                                   struct awsc_sesv2_create_contact_list_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[5], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[5], input, create_contact_list_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_custom_verification_email_template(struct awsc_client *client,
                                                         const struct awsc_sesv2_create_custom_verification_email_template_input *input,
                                                         struct awsc_sesv2_create_custom_verification_email_template_output **output,
                                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[6], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[6], input, create_custom_verification_email_template_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_dedicated_ip_pool(struct awsc_client *client,
                                        const struct awsc_sesv2_create_dedicated_ip_pool_input *input,
                                        struct awsc_sesv2_create_dedicated_ip_pool_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[7], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[7], input, create_dedicated_ip_pool_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_deliverability_test_report(struct awsc_client *client,
                                                 const struct awsc_sesv2_create_deliverability_test_report_input *input,
                                                 struct awsc_sesv2_create_deliverability_test_report_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[8], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[8], input, create_deliverability_test_report_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_email_identity(struct awsc_client *client,
                                     const struct awsc_sesv2_create_email_identity_input *input,
                                     struct awsc_sesv2_create_email_identity_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[9], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[9], input, create_email_identity_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_email_identity_policy(struct awsc_client *client,
                                            const struct awsc_sesv2_create_email_identity_policy_input *input,
                                            struct awsc_sesv2_create_email_identity_policy_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[10], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[10], input, create_email_identity_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_email_template(struct awsc_client *client,
                                     const struct awsc_sesv2_create_email_template_input *input,
                                     struct awsc_sesv2_create_email_template_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[11], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[11], input, create_email_template_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_export_job(struct awsc_client *client,
                                 const struct awsc_sesv2_create_export_job_input *input,
                                 struct awsc_sesv2_create_export_job_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[12], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[12], input, create_export_job_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_import_job(struct awsc_client *client,
                                 const struct awsc_sesv2_create_import_job_input *input,
                                 struct awsc_sesv2_create_import_job_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[13], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[13], input, create_import_job_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_multi_region_endpoint(struct awsc_client *client,
                                            const struct awsc_sesv2_create_multi_region_endpoint_input *input,
                                            struct awsc_sesv2_create_multi_region_endpoint_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[14], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[14], input, create_multi_region_endpoint_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_tenant(struct awsc_client *client,
                             const struct awsc_sesv2_create_tenant_input *input,
                             struct awsc_sesv2_create_tenant_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[15], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[15], input, create_tenant_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_create_tenant_resource_association(struct awsc_client *client,
                                                  const struct awsc_sesv2_create_tenant_resource_association_input *input,
                                                  struct awsc_sesv2_create_tenant_resource_association_output **output,
                                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[16], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[16], input, create_tenant_resource_association_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_configuration_set(struct awsc_client *client,
                                        const struct awsc_sesv2_delete_configuration_set_input *input,
                                        struct awsc_sesv2_delete_configuration_set_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[17], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[17], input, delete_configuration_set_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_configuration_set_event_destination(struct awsc_client *client,
                                                          const struct awsc_sesv2_delete_configuration_set_event_destination_input *input,
                                                          struct awsc_sesv2_delete_configuration_set_event_destination_output **output,
                                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[18], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[18], input, delete_configuration_set_event_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_contact(struct awsc_client *client,
                              const struct awsc_sesv2_delete_contact_input *input,
                              struct awsc_sesv2_delete_contact_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[19], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[19], input, delete_contact_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_contact_list(struct awsc_client *client,
                                   const struct awsc_sesv2_delete_contact_list_input *input,
                                   struct awsc_sesv2_delete_contact_list_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[20], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[20], input, delete_contact_list_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_custom_verification_email_template(struct awsc_client *client,
                                                         const struct awsc_sesv2_delete_custom_verification_email_template_input *input,
                                                         struct awsc_sesv2_delete_custom_verification_email_template_output **output,
                                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[21], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[21], input, delete_custom_verification_email_template_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_dedicated_ip_pool(struct awsc_client *client,
                                        const struct awsc_sesv2_delete_dedicated_ip_pool_input *input,
                                        struct awsc_sesv2_delete_dedicated_ip_pool_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[22], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[22], input, delete_dedicated_ip_pool_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_email_identity(struct awsc_client *client,
                                     const struct awsc_sesv2_delete_email_identity_input *input,
                                     struct awsc_sesv2_delete_email_identity_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[23], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[23], input, delete_email_identity_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_email_identity_policy(struct awsc_client *client,
                                            const struct awsc_sesv2_delete_email_identity_policy_input *input,
                                            struct awsc_sesv2_delete_email_identity_policy_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[24], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[24], input, delete_email_identity_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_email_template(struct awsc_client *client,
                                     const struct awsc_sesv2_delete_email_template_input *input,
                                     struct awsc_sesv2_delete_email_template_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[25], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[25], input, delete_email_template_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_multi_region_endpoint(struct awsc_client *client,
                                            const struct awsc_sesv2_delete_multi_region_endpoint_input *input,
                                            struct awsc_sesv2_delete_multi_region_endpoint_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[26], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[26], input, delete_multi_region_endpoint_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_suppressed_destination(struct awsc_client *client,
                                             const struct awsc_sesv2_delete_suppressed_destination_input *input,
                                             struct awsc_sesv2_delete_suppressed_destination_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[27], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[27], input, delete_suppressed_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_tenant(struct awsc_client *client,
                             const struct awsc_sesv2_delete_tenant_input *input,
                             struct awsc_sesv2_delete_tenant_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[28], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[28], input, delete_tenant_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_delete_tenant_resource_association(struct awsc_client *client,
                                                  const struct awsc_sesv2_delete_tenant_resource_association_input *input,
                                                  struct awsc_sesv2_delete_tenant_resource_association_output **output,
                                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[29], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[29], input, delete_tenant_resource_association_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_account(struct awsc_client *client,
                           const struct awsc_sesv2_get_account_input *input,
                           struct awsc_sesv2_get_account_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[30], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[30], input, get_account_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_blacklist_reports(struct awsc_client *client,
                                     const struct awsc_sesv2_get_blacklist_reports_input *input,
                                     struct awsc_sesv2_get_blacklist_reports_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[31], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[31], input, get_blacklist_reports_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_configuration_set(struct awsc_client *client,
                                     const struct awsc_sesv2_get_configuration_set_input *input,
                                     struct awsc_sesv2_get_configuration_set_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[32], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[32], input, get_configuration_set_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_configuration_set_event_destinations(struct awsc_client *client,
                                                        const struct awsc_sesv2_get_configuration_set_event_destinations_input *input,
                                                        struct awsc_sesv2_get_configuration_set_event_destinations_output **output,
                                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[33], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[33], input, get_configuration_set_event_destinations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_contact(struct awsc_client *client,
                           const struct awsc_sesv2_get_contact_input *input,
                           struct awsc_sesv2_get_contact_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[34], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[34], input, get_contact_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_contact_list(struct awsc_client *client,
                                const struct awsc_sesv2_get_contact_list_input *input,
                                struct awsc_sesv2_get_contact_list_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[35], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[35], input, get_contact_list_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_custom_verification_email_template(struct awsc_client *client,
                                                      const struct awsc_sesv2_get_custom_verification_email_template_input *input,
                                                      struct awsc_sesv2_get_custom_verification_email_template_output **output,
                                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[36], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[36], input, get_custom_verification_email_template_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_dedicated_ip(struct awsc_client *client,
                                const struct awsc_sesv2_get_dedicated_ip_input *input,
                                struct awsc_sesv2_get_dedicated_ip_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[37], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[37], input, get_dedicated_ip_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_dedicated_ip_pool(struct awsc_client *client,
                                     const struct awsc_sesv2_get_dedicated_ip_pool_input *input,
                                     struct awsc_sesv2_get_dedicated_ip_pool_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[38], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[38], input, get_dedicated_ip_pool_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_dedicated_ips(struct awsc_client *client,
                                 const struct awsc_sesv2_get_dedicated_ips_input *input,
                                 struct awsc_sesv2_get_dedicated_ips_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[39], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[39], input, get_dedicated_ips_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_deliverability_dashboard_options(struct awsc_client *client,
                                                    const struct awsc_sesv2_get_deliverability_dashboard_options_input *input,
                                                    struct awsc_sesv2_get_deliverability_dashboard_options_output **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[40], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[40], input, get_deliverability_dashboard_options_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_deliverability_test_report(struct awsc_client *client,
                                              const struct awsc_sesv2_get_deliverability_test_report_input *input,
                                              struct awsc_sesv2_get_deliverability_test_report_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[41], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[41], input, get_deliverability_test_report_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_domain_deliverability_campaign(struct awsc_client *client,
                                                  const struct awsc_sesv2_get_domain_deliverability_campaign_input *input,
                                                  struct awsc_sesv2_get_domain_deliverability_campaign_output **output,
                                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[42], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[42], input, get_domain_deliverability_campaign_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_domain_statistics_report(struct awsc_client *client,
                                            const struct awsc_sesv2_get_domain_statistics_report_input *input,
                                            struct awsc_sesv2_get_domain_statistics_report_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[43], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[43], input, get_domain_statistics_report_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_email_address_insights(struct awsc_client *client,
                                          const struct awsc_sesv2_get_email_address_insights_input *input,
                                          struct awsc_sesv2_get_email_address_insights_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[44], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[44], input, get_email_address_insights_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_email_identity(struct awsc_client *client,
                                  const struct awsc_sesv2_get_email_identity_input *input,
                                  struct awsc_sesv2_get_email_identity_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[45], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[45], input, get_email_identity_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_email_identity_policies(struct awsc_client *client,
                                           const struct awsc_sesv2_get_email_identity_policies_input *input,
                                           struct awsc_sesv2_get_email_identity_policies_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[46], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[46], input, get_email_identity_policies_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_email_template(struct awsc_client *client,
                                  const struct awsc_sesv2_get_email_template_input *input,
                                  struct awsc_sesv2_get_email_template_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[47], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[47], input, get_email_template_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_export_job(struct awsc_client *client,
                              const struct awsc_sesv2_get_export_job_input *input,
                              struct awsc_sesv2_get_export_job_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[48], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[48], input, get_export_job_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_import_job(struct awsc_client *client,
                              const struct awsc_sesv2_get_import_job_input *input,
                              struct awsc_sesv2_get_import_job_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[49], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[49], input, get_import_job_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_message_insights(struct awsc_client *client,
                                    const struct awsc_sesv2_get_message_insights_input *input,
                                    struct awsc_sesv2_get_message_insights_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[50], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[50], input, get_message_insights_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_multi_region_endpoint(struct awsc_client *client,
                                         const struct awsc_sesv2_get_multi_region_endpoint_input *input,
                                         struct awsc_sesv2_get_multi_region_endpoint_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[51], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[51], input, get_multi_region_endpoint_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_reputation_entity(struct awsc_client *client,
                                     const struct awsc_sesv2_get_reputation_entity_input *input,
                                     struct awsc_sesv2_get_reputation_entity_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[52], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[52], input, get_reputation_entity_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_suppressed_destination(struct awsc_client *client,
                                          const struct awsc_sesv2_get_suppressed_destination_input *input,
                                          struct awsc_sesv2_get_suppressed_destination_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[53], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[53], input, get_suppressed_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_get_tenant(struct awsc_client *client,
                          const struct awsc_sesv2_get_tenant_input *input,
                          struct awsc_sesv2_get_tenant_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[54], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[54], input, get_tenant_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_configuration_sets(struct awsc_client *client,
                                       const struct awsc_sesv2_list_configuration_sets_input *input,
                                       struct awsc_sesv2_list_configuration_sets_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[55], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[55], input, list_configuration_sets_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_contact_lists(struct awsc_client *client,
                                  const struct awsc_sesv2_list_contact_lists_input *input,
                                  struct awsc_sesv2_list_contact_lists_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[56], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[56], input, list_contact_lists_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_contacts(struct awsc_client *client,
                             const struct awsc_sesv2_list_contacts_input *input,
                             struct awsc_sesv2_list_contacts_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[57], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[57], input, list_contacts_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_custom_verification_email_templates(struct awsc_client *client,
                                                        const struct awsc_sesv2_list_custom_verification_email_templates_input *input,
                                                        struct awsc_sesv2_list_custom_verification_email_templates_output **output,
                                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[58], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[58], input, list_custom_verification_email_templates_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_dedicated_ip_pools(struct awsc_client *client,
                                       const struct awsc_sesv2_list_dedicated_ip_pools_input *input,
                                       struct awsc_sesv2_list_dedicated_ip_pools_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[59], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[59], input, list_dedicated_ip_pools_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_deliverability_test_reports(struct awsc_client *client,
                                                const struct awsc_sesv2_list_deliverability_test_reports_input *input,
                                                struct awsc_sesv2_list_deliverability_test_reports_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[60], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[60], input, list_deliverability_test_reports_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_domain_deliverability_campaigns(struct awsc_client *client,
                                                    const struct awsc_sesv2_list_domain_deliverability_campaigns_input *input,
                                                    struct awsc_sesv2_list_domain_deliverability_campaigns_output **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[61], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[61], input, list_domain_deliverability_campaigns_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_email_identities(struct awsc_client *client,
                                     const struct awsc_sesv2_list_email_identities_input *input,
                                     struct awsc_sesv2_list_email_identities_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[62], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[62], input, list_email_identities_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_email_templates(struct awsc_client *client,
                                    const struct awsc_sesv2_list_email_templates_input *input,
                                    struct awsc_sesv2_list_email_templates_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[63], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[63], input, list_email_templates_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_export_jobs(struct awsc_client *client,
                                const struct awsc_sesv2_list_export_jobs_input *input,
                                struct awsc_sesv2_list_export_jobs_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[64], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[64], input, list_export_jobs_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_import_jobs(struct awsc_client *client,
                                const struct awsc_sesv2_list_import_jobs_input *input,
                                struct awsc_sesv2_list_import_jobs_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[65], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[65], input, list_import_jobs_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_multi_region_endpoints(struct awsc_client *client,
                                           const struct awsc_sesv2_list_multi_region_endpoints_input *input,
                                           struct awsc_sesv2_list_multi_region_endpoints_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[66], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[66], input, list_multi_region_endpoints_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_recommendations(struct awsc_client *client,
                                    const struct awsc_sesv2_list_recommendations_input *input,
                                    struct awsc_sesv2_list_recommendations_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[67], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[67], input, list_recommendations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_reputation_entities(struct awsc_client *client,
                                        const struct awsc_sesv2_list_reputation_entities_input *input,
                                        struct awsc_sesv2_list_reputation_entities_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[68], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[68], input, list_reputation_entities_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_resource_tenants(struct awsc_client *client,
                                     const struct awsc_sesv2_list_resource_tenants_input *input,
                                     struct awsc_sesv2_list_resource_tenants_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[69], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[69], input, list_resource_tenants_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_suppressed_destinations(struct awsc_client *client,
                                            const struct awsc_sesv2_list_suppressed_destinations_input *input,
                                            struct awsc_sesv2_list_suppressed_destinations_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[70], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[70], input, list_suppressed_destinations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tags_for_resource(struct awsc_client *client,
                                      const struct awsc_sesv2_list_tags_for_resource_input *input,
                                      struct awsc_sesv2_list_tags_for_resource_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[71], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[71], input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenant_resources(struct awsc_client *client,
                                     const struct awsc_sesv2_list_tenant_resources_input *input,
                                     struct awsc_sesv2_list_tenant_resources_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[72], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[72], input, list_tenant_resources_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_list_tenants(struct awsc_client *client,
                            const struct awsc_sesv2_list_tenants_input *input,
                            struct awsc_sesv2_list_tenants_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[73], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[73], input, list_tenants_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_account_dedicated_ip_warmup_attributes(struct awsc_client *client,
                                                          const struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input *input,
                                                          struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_output **output,
                                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[74], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[74], input, put_account_dedicated_ip_warmup_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_account_details(struct awsc_client *client,
                                   const struct awsc_sesv2_put_account_details_input *input,
                                   struct awsc_sesv2_put_account_details_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[75], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[75], input, put_account_details_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_account_pricing_attributes(struct awsc_client *client,
                                              const struct awsc_sesv2_put_account_pricing_attributes_input *input,
                                              struct awsc_sesv2_put_account_pricing_attributes_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[76], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[76], input, put_account_pricing_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_account_sending_attributes(struct awsc_client *client,
                                              const struct awsc_sesv2_put_account_sending_attributes_input *input,
                                              struct awsc_sesv2_put_account_sending_attributes_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[77], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[77], input, put_account_sending_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_account_suppression_attributes(struct awsc_client *client,
                                                  const struct awsc_sesv2_put_account_suppression_attributes_input *input,
                                                  struct awsc_sesv2_put_account_suppression_attributes_output **output,
                                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[78], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[78], input, put_account_suppression_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_account_vdm_attributes(struct awsc_client *client,
                                          const struct awsc_sesv2_put_account_vdm_attributes_input *input,
                                          struct awsc_sesv2_put_account_vdm_attributes_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[79], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[79], input, put_account_vdm_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_configuration_set_archiving_options(struct awsc_client *client,
                                                       const struct awsc_sesv2_put_configuration_set_archiving_options_input *input,
                                                       struct awsc_sesv2_put_configuration_set_archiving_options_output **output,
                                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[80], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[80], input, put_configuration_set_archiving_options_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_configuration_set_delivery_options(struct awsc_client *client,
                                                      const struct awsc_sesv2_put_configuration_set_delivery_options_input *input,
                                                      struct awsc_sesv2_put_configuration_set_delivery_options_output **output,
                                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[81], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[81], input, put_configuration_set_delivery_options_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_configuration_set_reputation_options(struct awsc_client *client,
                                                        const struct awsc_sesv2_put_configuration_set_reputation_options_input *input,
                                                        struct awsc_sesv2_put_configuration_set_reputation_options_output **output,
                                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[82], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[82], input, put_configuration_set_reputation_options_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_configuration_set_sending_options(struct awsc_client *client,
                                                     const struct awsc_sesv2_put_configuration_set_sending_options_input *input,
                                                     struct awsc_sesv2_put_configuration_set_sending_options_output **output,
                                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[83], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[83], input, put_configuration_set_sending_options_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_configuration_set_suppression_options(struct awsc_client *client,
                                                         const struct awsc_sesv2_put_configuration_set_suppression_options_input *input,
                                                         struct awsc_sesv2_put_configuration_set_suppression_options_output **output,
                                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[84], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[84], input, put_configuration_set_suppression_options_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_configuration_set_tracking_options(struct awsc_client *client,
                                                      const struct awsc_sesv2_put_configuration_set_tracking_options_input *input,
                                                      struct awsc_sesv2_put_configuration_set_tracking_options_output **output,
                                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[85], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[85], input, put_configuration_set_tracking_options_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_configuration_set_vdm_options(struct awsc_client *client,
                                                 const struct awsc_sesv2_put_configuration_set_vdm_options_input *input,
                                                 struct awsc_sesv2_put_configuration_set_vdm_options_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[86], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[86], input, put_configuration_set_vdm_options_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_dedicated_ip_in_pool(struct awsc_client *client,
                                        const struct awsc_sesv2_put_dedicated_ip_in_pool_input *input,
                                        struct awsc_sesv2_put_dedicated_ip_in_pool_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[87], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[87], input, put_dedicated_ip_in_pool_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_dedicated_ip_pool_scaling_attributes(struct awsc_client *client,
                                                        const struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input *input,
                                                        struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_output **output,
                                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[88], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[88], input, put_dedicated_ip_pool_scaling_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_dedicated_ip_warmup_attributes(struct awsc_client *client,
                                                  const struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input *input,
                                                  struct awsc_sesv2_put_dedicated_ip_warmup_attributes_output **output,
                                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[89], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[89], input, put_dedicated_ip_warmup_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_deliverability_dashboard_option(struct awsc_client *client,
                                                   const struct awsc_sesv2_put_deliverability_dashboard_option_input *input,
                                                   struct awsc_sesv2_put_deliverability_dashboard_option_output **output,
                                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[90], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[90], input, put_deliverability_dashboard_option_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_email_identity_configuration_set_attributes(struct awsc_client *client,
                                                               const struct awsc_sesv2_put_email_identity_configuration_set_attributes_input *input,
                                                               struct awsc_sesv2_put_email_identity_configuration_set_attributes_output **output,
                                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[91], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[91], input, put_email_identity_configuration_set_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_email_identity_dkim_attributes(struct awsc_client *client,
                                                  const struct awsc_sesv2_put_email_identity_dkim_attributes_input *input,
                                                  struct awsc_sesv2_put_email_identity_dkim_attributes_output **output,
                                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[92], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[92], input, put_email_identity_dkim_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_email_identity_dkim_signing_attributes(struct awsc_client *client,
                                                          const struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input *input,
                                                          struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output **output,
                                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[93], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[93], input, put_email_identity_dkim_signing_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_email_identity_feedback_attributes(struct awsc_client *client,
                                                      const struct awsc_sesv2_put_email_identity_feedback_attributes_input *input,
                                                      struct awsc_sesv2_put_email_identity_feedback_attributes_output **output,
                                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[94], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[94], input, put_email_identity_feedback_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_email_identity_mail_from_attributes(struct awsc_client *client,
                                                       const struct awsc_sesv2_put_email_identity_mail_from_attributes_input *input,
                                                       struct awsc_sesv2_put_email_identity_mail_from_attributes_output **output,
                                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[95], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[95], input, put_email_identity_mail_from_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_suppressed_destination(struct awsc_client *client,
                                          const struct awsc_sesv2_put_suppressed_destination_input *input,
                                          struct awsc_sesv2_put_suppressed_destination_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[96], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[96], input, put_suppressed_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_put_tenant_suppression_attributes(struct awsc_client *client,
                                                 const struct awsc_sesv2_put_tenant_suppression_attributes_input *input,
                                                 struct awsc_sesv2_put_tenant_suppression_attributes_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[97], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[97], input, put_tenant_suppression_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_send_bulk_email(struct awsc_client *client,
                               const struct awsc_sesv2_send_bulk_email_input *input,
                               struct awsc_sesv2_send_bulk_email_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[98], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[98], input, send_bulk_email_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_send_custom_verification_email(struct awsc_client *client,
                                              const struct awsc_sesv2_send_custom_verification_email_input *input,
                                              struct awsc_sesv2_send_custom_verification_email_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[99], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[99], input, send_custom_verification_email_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_send_email(struct awsc_client *client,
                          const struct awsc_sesv2_send_email_input *input,
                          struct awsc_sesv2_send_email_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[100], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[100], input, send_email_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_tag_resource(struct awsc_client *client,
                            const struct awsc_sesv2_tag_resource_input *input,
                            struct awsc_sesv2_tag_resource_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[101], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[101], input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_test_render_email_template(struct awsc_client *client,
                                          const struct awsc_sesv2_test_render_email_template_input *input,
                                          struct awsc_sesv2_test_render_email_template_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[102], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[102], input, test_render_email_template_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_untag_resource(struct awsc_client *client,
                              const struct awsc_sesv2_untag_resource_input *input,
                              struct awsc_sesv2_untag_resource_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[103], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[103], input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_update_configuration_set_event_destination(struct awsc_client *client,
                                                          const struct awsc_sesv2_update_configuration_set_event_destination_input *input,
                                                          struct awsc_sesv2_update_configuration_set_event_destination_output **output,
                                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[104], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[104], input, update_configuration_set_event_destination_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_update_contact(struct awsc_client *client,
                              const struct awsc_sesv2_update_contact_input *input,
                              struct awsc_sesv2_update_contact_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[105], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[105], input, update_contact_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_update_contact_list(struct awsc_client *client,
                                   const struct awsc_sesv2_update_contact_list_input *input,
                                   struct awsc_sesv2_update_contact_list_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[106], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[106], input, update_contact_list_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_update_custom_verification_email_template(struct awsc_client *client,
                                                         const struct awsc_sesv2_update_custom_verification_email_template_input *input,
                                                         struct awsc_sesv2_update_custom_verification_email_template_output **output,
                                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[107], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[107], input, update_custom_verification_email_template_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_update_email_identity_policy(struct awsc_client *client,
                                            const struct awsc_sesv2_update_email_identity_policy_input *input,
                                            struct awsc_sesv2_update_email_identity_policy_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[108], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[108], input, update_email_identity_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_update_email_template(struct awsc_client *client,
                                     const struct awsc_sesv2_update_email_template_input *input,
                                     struct awsc_sesv2_update_email_template_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[109], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[109], input, update_email_template_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_update_reputation_entity_customer_managed_status(struct awsc_client *client,
                                                                const struct awsc_sesv2_update_reputation_entity_customer_managed_status_input *input,
                                                                struct awsc_sesv2_update_reputation_entity_customer_managed_status_output **output,
                                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[110], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[110], input, update_reputation_entity_customer_managed_status_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sesv2_update_reputation_entity_policy(struct awsc_client *client,
                                               const struct awsc_sesv2_update_reputation_entity_policy_input *input,
                                               struct awsc_sesv2_update_reputation_entity_policy_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sesv2_tables.operations[111], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sesv2_tables.operations[111], input, update_reputation_entity_policy_done, (awsc_fn *)cb, user_data, err);
}
