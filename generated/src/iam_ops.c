/*
 * iam_ops.c - operations of IAM: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * iam_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/iam.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__IAM_TABLES
#define AWSC__IAM_TABLES

/* The endpoint rule set of iam: a part of the service's tables. */
struct awsc__iam_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[54];
    struct awsc_ep_expr exprs[92];
    uint16_t args[150];
    struct awsc_ep_endpoint endpoints[35];
    struct awsc_ep_prop props[45];
    char strings[1602];
};
/* The service, its operations and every shape, member and name of
 * IAM, in one object. */
struct awsc__iam_tables {
    struct awsc_service service;
    struct awsc_operation operations[176];
    awsc_ref op_errors[583];
    awsc_ref service_errors[35];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__iam_pagers pagers; /* <awsc/iam.h> */
#endif
    struct awsc__iam_rules rules;
    struct awsc_structure_shape structures[356];
    struct awsc_collection_shape collections[61];
    struct awsc_enum_shape enums[29];
    struct awsc_shape scalars[133];
    struct awsc_shape_traits traits[119];
    struct awsc_member members[964];
    struct awsc_range ranges[84];
    char strings[14270];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[13214];
#endif
};
extern const struct awsc__iam_tables awsc__iam_tables AWSC__HIDDEN;
#endif

int awsc_iam_accept_delegation_request(struct awsc_client *client,
                                       const struct awsc_iam_accept_delegation_request_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[0], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[0], input, accept_delegation_request_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_add_client_id_to_open_id_connect_provider(struct awsc_client *client,
                                                       const struct awsc_iam_add_client_id_to_open_id_connect_provider_input *input,
                                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[1], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[1], input, add_client_id_to_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_add_role_to_instance_profile(struct awsc_client *client,
                                          const struct awsc_iam_add_role_to_instance_profile_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[2], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[2], input, add_role_to_instance_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_add_user_to_group(struct awsc_client *client,
                               const struct awsc_iam_add_user_to_group_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[3], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[3], input, add_user_to_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_associate_delegation_request(struct awsc_client *client,
                                          const struct awsc_iam_associate_delegation_request_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[4], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[4], input, associate_delegation_request_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_attach_group_policy(struct awsc_client *client,
                                 const struct awsc_iam_attach_group_policy_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[5], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[5], input, attach_group_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_attach_role_policy(struct awsc_client *client,
                                const struct awsc_iam_attach_role_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[6], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[6], input, attach_role_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_attach_user_policy(struct awsc_client *client,
                                const struct awsc_iam_attach_user_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[7], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[7], input, attach_user_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_change_password(struct awsc_client *client,
                             const struct awsc_iam_change_password_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[8], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[8], input, change_password_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_access_key(struct awsc_client *client,
                               const struct awsc_iam_create_access_key_input *input,
                               struct awsc_iam_create_access_key_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[9], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[9], input, create_access_key_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_account_alias(struct awsc_client *client,
                                  const struct awsc_iam_create_account_alias_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[10], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[10], input, create_account_alias_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_delegation_request(struct awsc_client *client,
                                       const struct awsc_iam_create_delegation_request_input *input,
                                       struct awsc_iam_create_delegation_request_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[11], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[11], input, create_delegation_request_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_group(struct awsc_client *client,
                          const struct awsc_iam_create_group_input *input,
                          struct awsc_iam_create_group_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[12], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[12], input, create_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_instance_profile(struct awsc_client *client,
                                     const struct awsc_iam_create_instance_profile_input *input,
                                     struct awsc_iam_create_instance_profile_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[13], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[13], input, create_instance_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_login_profile(struct awsc_client *client,
                                  const struct awsc_iam_create_login_profile_input *input,
                                  struct awsc_iam_create_login_profile_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[14], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[14], input, create_login_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_open_id_connect_provider(struct awsc_client *client,
                                             const struct awsc_iam_create_open_id_connect_provider_input *input,
                                             struct awsc_iam_create_open_id_connect_provider_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[15], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[15], input, create_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_policy(struct awsc_client *client,
                           const struct awsc_iam_create_policy_input *input,
                           struct awsc_iam_create_policy_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[16], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[16], input, create_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_policy_version(struct awsc_client *client,
                                   const struct awsc_iam_create_policy_version_input *input,
                                   struct awsc_iam_create_policy_version_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[17], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[17], input, create_policy_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_role(struct awsc_client *client,
                         const struct awsc_iam_create_role_input *input,
                         struct awsc_iam_create_role_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[18], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[18], input, create_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_saml_provider(struct awsc_client *client,
                                  const struct awsc_iam_create_saml_provider_input *input,
                                  struct awsc_iam_create_saml_provider_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[19], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[19], input, create_saml_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_service_linked_role(struct awsc_client *client,
                                        const struct awsc_iam_create_service_linked_role_input *input,
                                        struct awsc_iam_create_service_linked_role_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[20], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[20], input, create_service_linked_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_service_specific_credential(struct awsc_client *client,
                                                const struct awsc_iam_create_service_specific_credential_input *input,
                                                struct awsc_iam_create_service_specific_credential_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[21], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[21], input, create_service_specific_credential_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_user(struct awsc_client *client,
                         const struct awsc_iam_create_user_input *input,
                         struct awsc_iam_create_user_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[22], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[22], input, create_user_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_create_virtual_mfa_device(struct awsc_client *client,
                                       const struct awsc_iam_create_virtual_mfa_device_input *input,
                                       struct awsc_iam_create_virtual_mfa_device_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[23], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[23], input, create_virtual_mfa_device_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_deactivate_mfa_device(struct awsc_client *client,
                                   const struct awsc_iam_deactivate_mfa_device_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[24], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[24], input, deactivate_mfa_device_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_access_key(struct awsc_client *client,
                               const struct awsc_iam_delete_access_key_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[25], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[25], input, delete_access_key_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_account_alias(struct awsc_client *client,
                                  const struct awsc_iam_delete_account_alias_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[26], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[26], input, delete_account_alias_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_account_password_policy(struct awsc_client *client, struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[27], NULL, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[27], NULL, delete_account_password_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_group(struct awsc_client *client,
                          const struct awsc_iam_delete_group_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[28], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[28], input, delete_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_group_policy(struct awsc_client *client,
                                 const struct awsc_iam_delete_group_policy_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[29], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[29], input, delete_group_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_instance_profile(struct awsc_client *client,
                                     const struct awsc_iam_delete_instance_profile_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[30], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[30], input, delete_instance_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_login_profile(struct awsc_client *client,
                                  const struct awsc_iam_delete_login_profile_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[31], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[31], input, delete_login_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_open_id_connect_provider(struct awsc_client *client,
                                             const struct awsc_iam_delete_open_id_connect_provider_input *input,
                                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[32], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[32], input, delete_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_policy(struct awsc_client *client,
                           const struct awsc_iam_delete_policy_input *input,
                           struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[33], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[33], input, delete_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_policy_version(struct awsc_client *client,
                                   const struct awsc_iam_delete_policy_version_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[34], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[34], input, delete_policy_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_role(struct awsc_client *client,
                         const struct awsc_iam_delete_role_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[35], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[35], input, delete_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_role_permissions_boundary(struct awsc_client *client,
                                              const struct awsc_iam_delete_role_permissions_boundary_input *input,
                                              struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[36], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[36], input, delete_role_permissions_boundary_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_role_policy(struct awsc_client *client,
                                const struct awsc_iam_delete_role_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[37], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[37], input, delete_role_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_saml_provider(struct awsc_client *client,
                                  const struct awsc_iam_delete_saml_provider_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[38], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[38], input, delete_saml_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_ssh_public_key(struct awsc_client *client,
                                   const struct awsc_iam_delete_ssh_public_key_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[39], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[39], input, delete_ssh_public_key_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_server_certificate(struct awsc_client *client,
                                       const struct awsc_iam_delete_server_certificate_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[40], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[40], input, delete_server_certificate_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_service_linked_role(struct awsc_client *client,
                                        const struct awsc_iam_delete_service_linked_role_input *input,
                                        struct awsc_iam_delete_service_linked_role_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[41], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[41], input, delete_service_linked_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_service_specific_credential(struct awsc_client *client,
                                                const struct awsc_iam_delete_service_specific_credential_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[42], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[42], input, delete_service_specific_credential_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_signing_certificate(struct awsc_client *client,
                                        const struct awsc_iam_delete_signing_certificate_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[43], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[43], input, delete_signing_certificate_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_user(struct awsc_client *client,
                         const struct awsc_iam_delete_user_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[44], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[44], input, delete_user_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_user_permissions_boundary(struct awsc_client *client,
                                              const struct awsc_iam_delete_user_permissions_boundary_input *input,
                                              struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[45], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[45], input, delete_user_permissions_boundary_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_user_policy(struct awsc_client *client,
                                const struct awsc_iam_delete_user_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[46], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[46], input, delete_user_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_delete_virtual_mfa_device(struct awsc_client *client,
                                       const struct awsc_iam_delete_virtual_mfa_device_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[47], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[47], input, delete_virtual_mfa_device_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_detach_group_policy(struct awsc_client *client,
                                 const struct awsc_iam_detach_group_policy_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[48], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[48], input, detach_group_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_detach_role_policy(struct awsc_client *client,
                                const struct awsc_iam_detach_role_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[49], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[49], input, detach_role_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_detach_user_policy(struct awsc_client *client,
                                const struct awsc_iam_detach_user_policy_input *input,
                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[50], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[50], input, detach_user_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_disable_organizations_root_credentials_management(struct awsc_client *client,
                                                               const struct awsc_iam_disable_organizations_root_credentials_management_input *input,
                                                               struct awsc_iam_disable_organizations_root_credentials_management_output **output,
                                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[51], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[51], input, disable_organizations_root_credentials_management_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_disable_organizations_root_sessions(struct awsc_client *client,
                                                 const struct awsc_iam_disable_organizations_root_sessions_input *input,
                                                 struct awsc_iam_disable_organizations_root_sessions_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[52], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[52], input, disable_organizations_root_sessions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_disable_outbound_web_identity_federation(struct awsc_client *client,
                                                      struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[53], NULL, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[53], NULL, disable_outbound_web_identity_federation_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_enable_mfa_device(struct awsc_client *client,
                               const struct awsc_iam_enable_mfa_device_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[54], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[54], input, enable_mfa_device_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_enable_organizations_root_credentials_management(struct awsc_client *client,
                                                              const struct awsc_iam_enable_organizations_root_credentials_management_input *input,
                                                              struct awsc_iam_enable_organizations_root_credentials_management_output **output,
                                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[55], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[55], input, enable_organizations_root_credentials_management_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_enable_organizations_root_sessions(struct awsc_client *client,
                                                const struct awsc_iam_enable_organizations_root_sessions_input *input,
                                                struct awsc_iam_enable_organizations_root_sessions_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[56], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[56], input, enable_organizations_root_sessions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_enable_outbound_web_identity_federation(struct awsc_client *client,
                                                     struct awsc_iam_enable_outbound_web_identity_federation_output **output,
                                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[57], NULL, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[57], NULL, enable_outbound_web_identity_federation_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_generate_credential_report(struct awsc_client *client,
                                        struct awsc_iam_generate_credential_report_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[58], NULL, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[58], NULL, generate_credential_report_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_generate_organizations_access_report(struct awsc_client *client,
                                                  const struct awsc_iam_generate_organizations_access_report_input *input,
                                                  struct awsc_iam_generate_organizations_access_report_output **output,
                                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[59], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[59], input, generate_organizations_access_report_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_generate_service_last_accessed_details(struct awsc_client *client,
                                                    const struct awsc_iam_generate_service_last_accessed_details_input *input,
                                                    struct awsc_iam_generate_service_last_accessed_details_output **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[60], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[60], input, generate_service_last_accessed_details_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_access_key_last_used(struct awsc_client *client,
                                      const struct awsc_iam_get_access_key_last_used_input *input,
                                      struct awsc_iam_get_access_key_last_used_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[61], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[61], input, get_access_key_last_used_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_account_authorization_details(struct awsc_client *client,
                                               const struct awsc_iam_get_account_authorization_details_input *input,
                                               struct awsc_iam_get_account_authorization_details_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[62], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[62], input, get_account_authorization_details_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_account_password_policy(struct awsc_client *client,
                                         struct awsc_iam_get_account_password_policy_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[63], NULL, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[63], NULL, get_account_password_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_account_summary(struct awsc_client *client,
                                 struct awsc_iam_get_account_summary_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[64], NULL, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[64], NULL, get_account_summary_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_context_keys_for_custom_policy(struct awsc_client *client,
                                                const struct awsc_iam_get_context_keys_for_custom_policy_input *input,
                                                struct awsc_iam_get_context_keys_for_policy_response **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[65], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[65], input, get_context_keys_for_custom_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_context_keys_for_principal_policy(struct awsc_client *client,
                                                   const struct awsc_iam_get_context_keys_for_principal_policy_input *input,
                                                   struct awsc_iam_get_context_keys_for_policy_response **output,
                                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[66], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[66], input, get_context_keys_for_principal_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_credential_report(struct awsc_client *client,
                                   struct awsc_iam_get_credential_report_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[67], NULL, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[67], NULL, get_credential_report_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_delegation_request(struct awsc_client *client,
                                    const struct awsc_iam_get_delegation_request_input *input,
                                    struct awsc_iam_get_delegation_request_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[68], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[68], input, get_delegation_request_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_group(struct awsc_client *client,
                       const struct awsc_iam_get_group_input *input,
                       struct awsc_iam_get_group_output **output,
                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[69], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[69], input, get_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_group_policy(struct awsc_client *client,
                              const struct awsc_iam_get_group_policy_input *input,
                              struct awsc_iam_get_group_policy_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[70], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[70], input, get_group_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_human_readable_summary(struct awsc_client *client,
                                        const struct awsc_iam_get_human_readable_summary_input *input,
                                        struct awsc_iam_get_human_readable_summary_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[71], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[71], input, get_human_readable_summary_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_instance_profile(struct awsc_client *client,
                                  const struct awsc_iam_get_instance_profile_input *input,
                                  struct awsc_iam_get_instance_profile_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[72], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[72], input, get_instance_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_login_profile(struct awsc_client *client,
                               const struct awsc_iam_get_login_profile_input *input,
                               struct awsc_iam_get_login_profile_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[73], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[73], input, get_login_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_mfa_device(struct awsc_client *client,
                            const struct awsc_iam_get_mfa_device_input *input,
                            struct awsc_iam_get_mfa_device_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[74], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[74], input, get_mfa_device_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_open_id_connect_provider(struct awsc_client *client,
                                          const struct awsc_iam_get_open_id_connect_provider_input *input,
                                          struct awsc_iam_get_open_id_connect_provider_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[75], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[75], input, get_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_organizations_access_report(struct awsc_client *client,
                                             const struct awsc_iam_get_organizations_access_report_input *input,
                                             struct awsc_iam_get_organizations_access_report_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[76], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[76], input, get_organizations_access_report_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_outbound_web_identity_federation_info(struct awsc_client *client,
                                                       struct awsc_iam_get_outbound_web_identity_federation_info_output **output,
                                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[77], NULL, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[77], NULL, get_outbound_web_identity_federation_info_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_policy(struct awsc_client *client,
                        const struct awsc_iam_get_policy_input *input,
                        struct awsc_iam_get_policy_output **output,
                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[78], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[78], input, get_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_policy_version(struct awsc_client *client,
                                const struct awsc_iam_get_policy_version_input *input,
                                struct awsc_iam_get_policy_version_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[79], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[79], input, get_policy_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_role(struct awsc_client *client,
                      const struct awsc_iam_get_role_input *input,
                      struct awsc_iam_get_role_output **output,
                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[80], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[80], input, get_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_role_policy(struct awsc_client *client,
                             const struct awsc_iam_get_role_policy_input *input,
                             struct awsc_iam_get_role_policy_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[81], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[81], input, get_role_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_saml_provider(struct awsc_client *client,
                               const struct awsc_iam_get_saml_provider_input *input,
                               struct awsc_iam_get_saml_provider_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[82], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[82], input, get_saml_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_ssh_public_key(struct awsc_client *client,
                                const struct awsc_iam_get_ssh_public_key_input *input,
                                struct awsc_iam_get_ssh_public_key_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[83], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[83], input, get_ssh_public_key_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_server_certificate(struct awsc_client *client,
                                    const struct awsc_iam_get_server_certificate_input *input,
                                    struct awsc_iam_get_server_certificate_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[84], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[84], input, get_server_certificate_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_service_last_accessed_details(struct awsc_client *client,
                                               const struct awsc_iam_get_service_last_accessed_details_input *input,
                                               struct awsc_iam_get_service_last_accessed_details_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[85], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[85], input, get_service_last_accessed_details_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_service_last_accessed_details_with_entities(struct awsc_client *client,
                                                             const struct awsc_iam_get_service_last_accessed_details_with_entities_input *input,
                                                             struct awsc_iam_get_service_last_accessed_details_with_entities_output **output,
                                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[86], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[86], input, get_service_last_accessed_details_with_entities_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_service_linked_role_deletion_status(struct awsc_client *client,
                                                     const struct awsc_iam_get_service_linked_role_deletion_status_input *input,
                                                     struct awsc_iam_get_service_linked_role_deletion_status_output **output,
                                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[87], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[87], input, get_service_linked_role_deletion_status_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_user(struct awsc_client *client,
                      const struct awsc_iam_get_user_input *input,
                      struct awsc_iam_get_user_output **output,
                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[88], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[88], input, get_user_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_user_policy(struct awsc_client *client,
                             const struct awsc_iam_get_user_policy_input *input,
                             struct awsc_iam_get_user_policy_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[89], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[89], input, get_user_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_access_keys(struct awsc_client *client,
                              const struct awsc_iam_list_access_keys_input *input,
                              struct awsc_iam_list_access_keys_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[90], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[90], input, list_access_keys_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_account_aliases(struct awsc_client *client,
                                  const struct awsc_iam_list_account_aliases_input *input,
                                  struct awsc_iam_list_account_aliases_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[91], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[91], input, list_account_aliases_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_group_policies(struct awsc_client *client,
                                          const struct awsc_iam_list_attached_group_policies_input *input,
                                          struct awsc_iam_list_attached_group_policies_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[92], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[92], input, list_attached_group_policies_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_role_policies(struct awsc_client *client,
                                         const struct awsc_iam_list_attached_role_policies_input *input,
                                         struct awsc_iam_list_attached_role_policies_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[93], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[93], input, list_attached_role_policies_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_user_policies(struct awsc_client *client,
                                         const struct awsc_iam_list_attached_user_policies_input *input,
                                         struct awsc_iam_list_attached_user_policies_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[94], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[94], input, list_attached_user_policies_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_delegation_requests(struct awsc_client *client,
                                      const struct awsc_iam_list_delegation_requests_input *input,
                                      struct awsc_iam_list_delegation_requests_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[95], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[95], input, list_delegation_requests_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_entities_for_policy(struct awsc_client *client,
                                      const struct awsc_iam_list_entities_for_policy_input *input,
                                      struct awsc_iam_list_entities_for_policy_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[96], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[96], input, list_entities_for_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_group_policies(struct awsc_client *client,
                                 const struct awsc_iam_list_group_policies_input *input,
                                 struct awsc_iam_list_group_policies_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[97], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[97], input, list_group_policies_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups(struct awsc_client *client,
                         const struct awsc_iam_list_groups_input *input,
                         struct awsc_iam_list_groups_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[98], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[98], input, list_groups_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_for_user(struct awsc_client *client,
                                  const struct awsc_iam_list_groups_for_user_input *input,
                                  struct awsc_iam_list_groups_for_user_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[99], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[99], input, list_groups_for_user_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profile_tags(struct awsc_client *client,
                                        const struct awsc_iam_list_instance_profile_tags_input *input,
                                        struct awsc_iam_list_instance_profile_tags_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[100], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[100], input, list_instance_profile_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles(struct awsc_client *client,
                                    const struct awsc_iam_list_instance_profiles_input *input,
                                    struct awsc_iam_list_instance_profiles_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[101], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[101], input, list_instance_profiles_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_for_role(struct awsc_client *client,
                                             const struct awsc_iam_list_instance_profiles_for_role_input *input,
                                             struct awsc_iam_list_instance_profiles_for_role_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[102], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[102], input, list_instance_profiles_for_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_device_tags(struct awsc_client *client,
                                  const struct awsc_iam_list_mfa_device_tags_input *input,
                                  struct awsc_iam_list_mfa_device_tags_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[103], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[103], input, list_mfa_device_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_devices(struct awsc_client *client,
                              const struct awsc_iam_list_mfa_devices_input *input,
                              struct awsc_iam_list_mfa_devices_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[104], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[104], input, list_mfa_devices_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_open_id_connect_provider_tags(struct awsc_client *client,
                                                const struct awsc_iam_list_open_id_connect_provider_tags_input *input,
                                                struct awsc_iam_list_open_id_connect_provider_tags_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[105], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[105], input, list_open_id_connect_provider_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_open_id_connect_providers(struct awsc_client *client,
                                            const struct awsc_iam_list_open_id_connect_providers_input *input,
                                            struct awsc_iam_list_open_id_connect_providers_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[106], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[106], input, list_open_id_connect_providers_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_organizations_features(struct awsc_client *client,
                                         const struct awsc_iam_list_organizations_features_input *input,
                                         struct awsc_iam_list_organizations_features_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[107], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[107], input, list_organizations_features_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policies(struct awsc_client *client,
                           const struct awsc_iam_list_policies_input *input,
                           struct awsc_iam_list_policies_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[108], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[108], input, list_policies_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policies_granting_service_access(struct awsc_client *client,
                                                   const struct awsc_iam_list_policies_granting_service_access_input *input,
                                                   struct awsc_iam_list_policies_granting_service_access_output **output,
                                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[109], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[109], input, list_policies_granting_service_access_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_tags(struct awsc_client *client,
                              const struct awsc_iam_list_policy_tags_input *input,
                              struct awsc_iam_list_policy_tags_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[110], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[110], input, list_policy_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_versions(struct awsc_client *client,
                                  const struct awsc_iam_list_policy_versions_input *input,
                                  struct awsc_iam_list_policy_versions_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[111], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[111], input, list_policy_versions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_policies(struct awsc_client *client,
                                const struct awsc_iam_list_role_policies_input *input,
                                struct awsc_iam_list_role_policies_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[112], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[112], input, list_role_policies_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_tags(struct awsc_client *client,
                            const struct awsc_iam_list_role_tags_input *input,
                            struct awsc_iam_list_role_tags_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[113], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[113], input, list_role_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_roles(struct awsc_client *client,
                        const struct awsc_iam_list_roles_input *input,
                        struct awsc_iam_list_roles_output **output,
                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[114], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[114], input, list_roles_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_saml_provider_tags(struct awsc_client *client,
                                     const struct awsc_iam_list_saml_provider_tags_input *input,
                                     struct awsc_iam_list_saml_provider_tags_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[115], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[115], input, list_saml_provider_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_saml_providers(struct awsc_client *client,
                                 const struct awsc_iam_list_saml_providers_input *input,
                                 struct awsc_iam_list_saml_providers_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[116], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[116], input, list_saml_providers_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_ssh_public_keys(struct awsc_client *client,
                                  const struct awsc_iam_list_ssh_public_keys_input *input,
                                  struct awsc_iam_list_ssh_public_keys_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[117], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[117], input, list_ssh_public_keys_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificate_tags(struct awsc_client *client,
                                          const struct awsc_iam_list_server_certificate_tags_input *input,
                                          struct awsc_iam_list_server_certificate_tags_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[118], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[118], input, list_server_certificate_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificates(struct awsc_client *client,
                                      const struct awsc_iam_list_server_certificates_input *input,
                                      struct awsc_iam_list_server_certificates_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[119], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[119], input, list_server_certificates_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_service_specific_credentials(struct awsc_client *client,
                                               const struct awsc_iam_list_service_specific_credentials_input *input,
                                               struct awsc_iam_list_service_specific_credentials_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[120], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[120], input, list_service_specific_credentials_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_signing_certificates(struct awsc_client *client,
                                       const struct awsc_iam_list_signing_certificates_input *input,
                                       struct awsc_iam_list_signing_certificates_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[121], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[121], input, list_signing_certificates_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_policies(struct awsc_client *client,
                                const struct awsc_iam_list_user_policies_input *input,
                                struct awsc_iam_list_user_policies_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[122], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[122], input, list_user_policies_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_tags(struct awsc_client *client,
                            const struct awsc_iam_list_user_tags_input *input,
                            struct awsc_iam_list_user_tags_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[123], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[123], input, list_user_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_users(struct awsc_client *client,
                        const struct awsc_iam_list_users_input *input,
                        struct awsc_iam_list_users_output **output,
                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[124], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[124], input, list_users_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_virtual_mfa_devices(struct awsc_client *client,
                                      const struct awsc_iam_list_virtual_mfa_devices_input *input,
                                      struct awsc_iam_list_virtual_mfa_devices_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[125], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[125], input, list_virtual_mfa_devices_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_put_group_policy(struct awsc_client *client,
                              const struct awsc_iam_put_group_policy_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[126], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[126], input, put_group_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_put_role_permissions_boundary(struct awsc_client *client,
                                           const struct awsc_iam_put_role_permissions_boundary_input *input,
                                           struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[127], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[127], input, put_role_permissions_boundary_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_put_role_policy(struct awsc_client *client,
                             const struct awsc_iam_put_role_policy_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[128], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[128], input, put_role_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_put_user_permissions_boundary(struct awsc_client *client,
                                           const struct awsc_iam_put_user_permissions_boundary_input *input,
                                           struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[129], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[129], input, put_user_permissions_boundary_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_put_user_policy(struct awsc_client *client,
                             const struct awsc_iam_put_user_policy_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[130], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[130], input, put_user_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_reject_delegation_request(struct awsc_client *client,
                                       const struct awsc_iam_reject_delegation_request_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[131], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[131], input, reject_delegation_request_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_remove_client_id_from_open_id_connect_provider(struct awsc_client *client,
                                                            const struct awsc_iam_remove_client_id_from_open_id_connect_provider_input *input,
                                                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[132], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[132], input, remove_client_id_from_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_remove_role_from_instance_profile(struct awsc_client *client,
                                               const struct awsc_iam_remove_role_from_instance_profile_input *input,
                                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[133], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[133], input, remove_role_from_instance_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_remove_user_from_group(struct awsc_client *client,
                                    const struct awsc_iam_remove_user_from_group_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[134], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[134], input, remove_user_from_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_reset_service_specific_credential(struct awsc_client *client,
                                               const struct awsc_iam_reset_service_specific_credential_input *input,
                                               struct awsc_iam_reset_service_specific_credential_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[135], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[135], input, reset_service_specific_credential_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_resync_mfa_device(struct awsc_client *client,
                               const struct awsc_iam_resync_mfa_device_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[136], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[136], input, resync_mfa_device_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_send_delegation_token(struct awsc_client *client,
                                   const struct awsc_iam_send_delegation_token_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[137], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[137], input, send_delegation_token_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_set_default_policy_version(struct awsc_client *client,
                                        const struct awsc_iam_set_default_policy_version_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[138], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[138], input, set_default_policy_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_set_security_token_service_preferences(struct awsc_client *client,
                                                    const struct awsc_iam_set_security_token_service_preferences_input *input,
                                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[139], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[139], input, set_security_token_service_preferences_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_custom_policy(struct awsc_client *client,
                                    const struct awsc_iam_simulate_custom_policy_input *input,
                                    struct awsc_iam_simulate_policy_response **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[140], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[140], input, simulate_custom_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_principal_policy(struct awsc_client *client,
                                       const struct awsc_iam_simulate_principal_policy_input *input,
                                       struct awsc_iam_simulate_policy_response **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[141], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[141], input, simulate_principal_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_tag_instance_profile(struct awsc_client *client,
                                  const struct awsc_iam_tag_instance_profile_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[142], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[142], input, tag_instance_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_tag_mfa_device(struct awsc_client *client,
                            const struct awsc_iam_tag_mfa_device_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[143], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[143], input, tag_mfa_device_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_tag_open_id_connect_provider(struct awsc_client *client,
                                          const struct awsc_iam_tag_open_id_connect_provider_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[144], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[144], input, tag_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_tag_policy(struct awsc_client *client,
                        const struct awsc_iam_tag_policy_input *input,
                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[145], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[145], input, tag_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_tag_role(struct awsc_client *client,
                      const struct awsc_iam_tag_role_input *input,
                      struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[146], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[146], input, tag_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_tag_saml_provider(struct awsc_client *client,
                               const struct awsc_iam_tag_saml_provider_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[147], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[147], input, tag_saml_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_tag_server_certificate(struct awsc_client *client,
                                    const struct awsc_iam_tag_server_certificate_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[148], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[148], input, tag_server_certificate_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_tag_user(struct awsc_client *client,
                      const struct awsc_iam_tag_user_input *input,
                      struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[149], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[149], input, tag_user_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_untag_instance_profile(struct awsc_client *client,
                                    const struct awsc_iam_untag_instance_profile_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[150], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[150], input, untag_instance_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_untag_mfa_device(struct awsc_client *client,
                              const struct awsc_iam_untag_mfa_device_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[151], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[151], input, untag_mfa_device_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_untag_open_id_connect_provider(struct awsc_client *client,
                                            const struct awsc_iam_untag_open_id_connect_provider_input *input,
                                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[152], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[152], input, untag_open_id_connect_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_untag_policy(struct awsc_client *client,
                          const struct awsc_iam_untag_policy_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[153], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[153], input, untag_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_untag_role(struct awsc_client *client,
                        const struct awsc_iam_untag_role_input *input,
                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[154], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[154], input, untag_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_untag_saml_provider(struct awsc_client *client,
                                 const struct awsc_iam_untag_saml_provider_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[155], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[155], input, untag_saml_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_untag_server_certificate(struct awsc_client *client,
                                      const struct awsc_iam_untag_server_certificate_input *input,
                                      struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[156], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[156], input, untag_server_certificate_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_untag_user(struct awsc_client *client,
                        const struct awsc_iam_untag_user_input *input,
                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[157], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[157], input, untag_user_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_access_key(struct awsc_client *client,
                               const struct awsc_iam_update_access_key_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[158], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[158], input, update_access_key_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_account_password_policy(struct awsc_client *client,
                                            const struct awsc_iam_update_account_password_policy_input *input,
                                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[159], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[159], input, update_account_password_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_assume_role_policy(struct awsc_client *client,
                                       const struct awsc_iam_update_assume_role_policy_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[160], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[160], input, update_assume_role_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_delegation_request(struct awsc_client *client,
                                       const struct awsc_iam_update_delegation_request_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[161], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[161], input, update_delegation_request_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_group(struct awsc_client *client,
                          const struct awsc_iam_update_group_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[162], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[162], input, update_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_login_profile(struct awsc_client *client,
                                  const struct awsc_iam_update_login_profile_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[163], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[163], input, update_login_profile_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_open_id_connect_provider_thumbprint(struct awsc_client *client,
                                                        const struct awsc_iam_update_open_id_connect_provider_thumbprint_input *input,
                                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[164], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[164], input, update_open_id_connect_provider_thumbprint_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_role(struct awsc_client *client,
                         const struct awsc_iam_update_role_input *input,
                         struct awsc_iam_update_role_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[165], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[165], input, update_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_role_description(struct awsc_client *client,
                                     const struct awsc_iam_update_role_description_input *input,
                                     struct awsc_iam_update_role_description_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[166], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[166], input, update_role_description_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_saml_provider(struct awsc_client *client,
                                  const struct awsc_iam_update_saml_provider_input *input,
                                  struct awsc_iam_update_saml_provider_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[167], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[167], input, update_saml_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_ssh_public_key(struct awsc_client *client,
                                   const struct awsc_iam_update_ssh_public_key_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[168], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[168], input, update_ssh_public_key_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_server_certificate(struct awsc_client *client,
                                       const struct awsc_iam_update_server_certificate_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[169], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[169], input, update_server_certificate_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_service_specific_credential(struct awsc_client *client,
                                                const struct awsc_iam_update_service_specific_credential_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[170], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[170], input, update_service_specific_credential_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_signing_certificate(struct awsc_client *client,
                                        const struct awsc_iam_update_signing_certificate_input *input,
                                        struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[171], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[171], input, update_signing_certificate_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_update_user(struct awsc_client *client,
                         const struct awsc_iam_update_user_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__iam_tables.operations[172], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[172], input, update_user_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_upload_ssh_public_key(struct awsc_client *client,
                                   const struct awsc_iam_upload_ssh_public_key_input *input,
                                   struct awsc_iam_upload_ssh_public_key_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[173], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[173], input, upload_ssh_public_key_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_upload_server_certificate(struct awsc_client *client,
                                       const struct awsc_iam_upload_server_certificate_input *input,
                                       struct awsc_iam_upload_server_certificate_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[174], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[174], input, upload_server_certificate_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_upload_signing_certificate(struct awsc_client *client,
                                        const struct awsc_iam_upload_signing_certificate_input *input,
                                        struct awsc_iam_upload_signing_certificate_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__iam_tables.operations[175], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__iam_tables.operations[175], input, upload_signing_certificate_done, (awsc_fn *)cb, user_data, err);
}
