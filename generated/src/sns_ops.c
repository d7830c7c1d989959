/*
 * sns_ops.c - operations of SNS: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * sns_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sns.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__SNS_TABLES
#define AWSC__SNS_TABLES

/* The endpoint rule set of sns: a part of the service's tables. */
struct awsc__sns_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[22];
    struct awsc_ep_expr exprs[38];
    uint16_t args[42];
    struct awsc_ep_endpoint endpoints[7];
    char strings[527];
};
/* The service, its operations and every shape, member and name of
 * SNS, in one object. */
struct awsc__sns_tables {
    struct awsc_service service;
    struct awsc_operation operations[42];
    awsc_ref op_errors[226];
    awsc_ref service_errors[34];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sns_pagers pagers; /* <awsc/sns.h> */
#endif
    struct awsc__sns_rules rules;
    struct awsc_structure_shape structures[118];
    struct awsc_collection_shape collections[20];
    struct awsc_enum_shape enums[4];
    struct awsc_shape scalars[32];
    struct awsc_shape_traits traits[42];
    struct awsc_member members[189];
    struct awsc_range ranges[8];
    struct awsc_xml_refs xml_refs[1];
    char strings[4149];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[3015];
#endif
};
extern const struct awsc__sns_tables awsc__sns_tables AWSC__HIDDEN;
#endif

int awsc_sns_add_permission(struct awsc_client *client,
                            const struct awsc_sns_add_permission_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[0], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[0], input, add_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_check_if_phone_number_is_opted_out(struct awsc_client *client,
                                                const struct awsc_sns_check_if_phone_number_is_opted_out_input *input,
                                                struct awsc_sns_check_if_phone_number_is_opted_out_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[1], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[1], input, check_if_phone_number_is_opted_out_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_confirm_subscription(struct awsc_client *client,
                                  const struct awsc_sns_confirm_subscription_input *input,
                                  struct awsc_sns_confirm_subscription_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[2], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[2], input, confirm_subscription_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_create_platform_application(struct awsc_client *client,
                                         const struct awsc_sns_create_platform_application_input *input,
                                         struct awsc_sns_create_platform_application_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[3], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[3], input, create_platform_application_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_create_platform_endpoint(struct awsc_client *client,
                                      const struct awsc_sns_create_platform_endpoint_input *input,
                                      struct awsc_sns_create_platform_endpoint_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[4], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[4], input, create_platform_endpoint_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_create_sms_sandbox_phone_number(struct awsc_client *client,
                                             const struct awsc_sns_create_sms_sandbox_phone_number_input *input,
                                             struct awsc_sns_create_sms_sandbox_phone_number_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[5], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[5], input, create_sms_sandbox_phone_number_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_create_topic(struct awsc_client *client,
                          const struct awsc_sns_create_topic_input *input,
                          struct awsc_sns_create_topic_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[6], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[6], input, create_topic_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_delete_endpoint(struct awsc_client *client,
                             const struct awsc_sns_delete_endpoint_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[7], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[7], input, delete_endpoint_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_delete_platform_application(struct awsc_client *client,
                                         const struct awsc_sns_delete_platform_application_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[8], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[8], input, delete_platform_application_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_delete_sms_sandbox_phone_number(struct awsc_client *client,
                                             const struct awsc_sns_delete_sms_sandbox_phone_number_input *input,
                                             struct awsc_sns_delete_sms_sandbox_phone_number_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[9], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[9], input, delete_sms_sandbox_phone_number_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_delete_topic(struct awsc_client *client,
                          const struct awsc_sns_delete_topic_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[10], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[10], input, delete_topic_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_get_data_protection_policy(struct awsc_client *client,
                                        const struct awsc_sns_get_data_protection_policy_input *input,
                                        struct awsc_sns_get_data_protection_policy_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[11], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[11], input, get_data_protection_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_get_endpoint_attributes(struct awsc_client *client,
                                     const struct awsc_sns_get_endpoint_attributes_input *input,
                                     struct awsc_sns_get_endpoint_attributes_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[12], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[12], input, get_endpoint_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_get_platform_application_attributes(struct awsc_client *client,
                                                 const struct awsc_sns_get_platform_application_attributes_input *input,
                                                 struct awsc_sns_get_platform_application_attributes_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[13], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[13], input, get_platform_application_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_get_sms_attributes(struct awsc_client *client,
                                const struct awsc_sns_get_sms_attributes_input *input,
                                struct awsc_sns_get_sms_attributes_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[14], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[14], input, get_sms_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_get_sms_sandbox_account_status(struct awsc_client *client,
                                            const struct awsc_sns_get_sms_sandbox_account_status_input *input,
                                            struct awsc_sns_get_sms_sandbox_account_status_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[15], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[15], input, get_sms_sandbox_account_status_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_get_subscription_attributes(struct awsc_client *client,
                                         const struct awsc_sns_get_subscription_attributes_input *input,
                                         struct awsc_sns_get_subscription_attributes_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[16], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[16], input, get_subscription_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_get_topic_attributes(struct awsc_client *client,
                                  const struct awsc_sns_get_topic_attributes_input *input,
                                  struct awsc_sns_get_topic_attributes_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[17], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[17], input, get_topic_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_endpoints_by_platform_application(struct awsc_client *client,
                                                    const struct awsc_sns_list_endpoints_by_platform_application_input *input,
                                                    struct awsc_sns_list_endpoints_by_platform_application_output **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[18], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[18], input, list_endpoints_by_platform_application_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_origination_numbers(struct awsc_client *client,
                                      const struct awsc_sns_list_origination_numbers_input *input,
                                      struct awsc_sns_list_origination_numbers_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[19], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[19], input, list_origination_numbers_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_phone_numbers_opted_out(struct awsc_client *client,
                                          const struct awsc_sns_list_phone_numbers_opted_out_input *input,
                                          struct awsc_sns_list_phone_numbers_opted_out_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[20], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[20], input, list_phone_numbers_opted_out_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_platform_applications(struct awsc_client *client,
                                        const struct awsc_sns_list_platform_applications_input *input,
                                        struct awsc_sns_list_platform_applications_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[21], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[21], input, list_platform_applications_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers(struct awsc_client *client,
                                            const struct awsc_sns_list_sms_sandbox_phone_numbers_input *input,
                                            struct awsc_sns_list_sms_sandbox_phone_numbers_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[22], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[22], input, list_sms_sandbox_phone_numbers_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions(struct awsc_client *client,
                                const struct awsc_sns_list_subscriptions_input *input,
                                struct awsc_sns_list_subscriptions_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[23], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[23], input, list_subscriptions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_by_topic(struct awsc_client *client,
                                         const struct awsc_sns_list_subscriptions_by_topic_input *input,
                                         struct awsc_sns_list_subscriptions_by_topic_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[24], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[24], input, list_subscriptions_by_topic_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_tags_for_resource(struct awsc_client *client,
                                    const struct awsc_sns_list_tags_for_resource_input *input,
                                    struct awsc_sns_list_tags_for_resource_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[25], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[25], input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_topics(struct awsc_client *client,
                         const struct awsc_sns_list_topics_input *input,
                         struct awsc_sns_list_topics_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[26], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[26], input, list_topics_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_opt_in_phone_number(struct awsc_client *client,
                                 const struct awsc_sns_opt_in_phone_number_input *input,
                                 struct awsc_sns_opt_in_phone_number_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[27], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[27], input, opt_in_phone_number_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_publish(struct awsc_client *client,
                     const struct awsc_sns_publish_input *input,
                     struct awsc_sns_publish_output **output,
                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[28], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[28], input, publish_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_publish_batch(struct awsc_client *client,
                           const struct awsc_sns_publish_batch_input *input,
                           struct awsc_sns_publish_batch_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[29], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[29], input, publish_batch_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_put_data_protection_policy(struct awsc_client *client,
                                        const struct awsc_sns_put_data_protection_policy_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[30], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[30], input, put_data_protection_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_remove_permission(struct awsc_client *client,
                               const struct awsc_sns_remove_permission_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[31], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[31], input, remove_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_set_endpoint_attributes(struct awsc_client *client,
                                     const struct awsc_sns_set_endpoint_attributes_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[32], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[32], input, set_endpoint_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_set_platform_application_attributes(struct awsc_client *client,
                                                 const struct awsc_sns_set_platform_application_attributes_input *input,
                                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[33], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[33], input, set_platform_application_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_set_sms_attributes(struct awsc_client *client,
                                const struct awsc_sns_set_sms_attributes_input *input,
                                struct awsc_sns_set_sms_attributes_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[34], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[34], input, set_sms_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_set_subscription_attributes(struct awsc_client *client,
                                         const struct awsc_sns_set_subscription_attributes_input *input,
                                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[35], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[35], input, set_subscription_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_set_topic_attributes(struct awsc_client *client,
                                  const struct awsc_sns_set_topic_attributes_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[36], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[36], input, set_topic_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_subscribe(struct awsc_client *client,
                       const struct awsc_sns_subscribe_input *input,
                       struct awsc_sns_subscribe_output **output,
                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[37], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[37], input, subscribe_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_tag_resource(struct awsc_client *client,
                          const struct awsc_sns_tag_resource_input *input,
                          struct awsc_sns_tag_resource_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[38], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[38], input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_unsubscribe(struct awsc_client *client,
                         const struct awsc_sns_unsubscribe_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__sns_tables.operations[39], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[39], input, unsubscribe_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_untag_resource(struct awsc_client *client,
                            const struct awsc_sns_untag_resource_input *input,
                            struct awsc_sns_untag_resource_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[40], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[40], input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_verify_sms_sandbox_phone_number(struct awsc_client *client,
                                             const struct awsc_sns_verify_sms_sandbox_phone_number_input *input,
                                             struct awsc_sns_verify_sms_sandbox_phone_number_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sns_tables.operations[41], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__sns_tables.operations[41], input, verify_sms_sandbox_phone_number_done, (awsc_fn *)cb, user_data, err);
}
