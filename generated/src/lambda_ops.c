/*
 * lambda_ops.c - operations of Lambda: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * lambda_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/lambda.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__LAMBDA_TABLES
#define AWSC__LAMBDA_TABLES

/* The endpoint rule set of lambda: a part of the service's tables. */
struct awsc__lambda_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[20];
    struct awsc_ep_expr exprs[32];
    uint16_t args[36];
    struct awsc_ep_endpoint endpoints[5];
    char strings[469];
};
/* The service, its operations and every shape, member and name of
 * Lambda, in one object. */
struct awsc__lambda_tables {
    struct awsc_service service;
    struct awsc_operation operations[85];
    awsc_ref op_errors[521];
    awsc_ref service_errors[56];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__lambda_pagers pagers; /* <awsc/lambda.h> */
#endif
    struct awsc__lambda_rules rules;
    struct awsc_structure_shape structures[322];
    struct awsc_collection_shape collections[50];
    struct awsc_enum_shape enums[46];
    struct awsc_shape scalars[161];
    struct awsc_shape_traits traits[217];
    struct awsc_member members[1040];
    uint16_t by_wire_name[1040];
    struct awsc_range ranges[156];
    char strings[15951];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[11474];
#endif
};
extern const struct awsc__lambda_tables awsc__lambda_tables AWSC__HIDDEN;
#endif

int awsc_lambda_add_layer_version_permission(struct awsc_client *client,
                                             const struct awsc_lambda_add_layer_version_permission_input *input,
                                             struct awsc_lambda_add_layer_version_permission_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[0], input, output, err);
}

static void add_layer_version_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_add_layer_version_permission_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_add_layer_version_permission_async(struct awsc_client *client,
                                                   const struct awsc_lambda_add_layer_version_permission_input *input,
                                                   awsc_lambda_add_layer_version_permission_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[0], input, add_layer_version_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_add_permission(struct awsc_client *client,
                               const struct awsc_lambda_add_permission_input *input,
                               struct awsc_lambda_add_permission_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[1], input, output, err);
}

static void add_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_add_permission_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_add_permission_async(struct awsc_client *client,
                                     const struct awsc_lambda_add_permission_input *input,
                                     awsc_lambda_add_permission_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[1], input, add_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_checkpoint_durable_execution(struct awsc_client *client,
                                             const struct awsc_lambda_checkpoint_durable_execution_input *input,
                                             struct awsc_lambda_checkpoint_durable_execution_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[2], input, output, err);
}

static void checkpoint_durable_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_checkpoint_durable_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_checkpoint_durable_execution_async(struct awsc_client *client,
                                                   const struct awsc_lambda_checkpoint_durable_execution_input *input,
                                                   awsc_lambda_checkpoint_durable_execution_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[2], input, checkpoint_durable_execution_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_create_alias(struct awsc_client *client,
                             const struct awsc_lambda_create_alias_input *input,
                             struct awsc_lambda_alias_configuration **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[3], input, output, err);
}

static void create_alias_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_create_alias_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_create_alias_async(struct awsc_client *client,
                                   const struct awsc_lambda_create_alias_input *input,
                                   awsc_lambda_create_alias_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[3], input, create_alias_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_create_capacity_provider(struct awsc_client *client,
                                         const struct awsc_lambda_create_capacity_provider_input *input,
                                         struct awsc_lambda_create_capacity_provider_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[4], input, output, err);
}

static void create_capacity_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_create_capacity_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_create_capacity_provider_async(struct awsc_client *client,
                                               const struct awsc_lambda_create_capacity_provider_input *input,
                                               awsc_lambda_create_capacity_provider_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[4], input, create_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_create_code_signing_config(struct awsc_client *client,
                                           const struct awsc_lambda_create_code_signing_config_input *input,
                                           struct awsc_lambda_create_code_signing_config_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[5], input, output, err);
}

static void create_code_signing_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_create_code_signing_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_create_code_signing_config_async(struct awsc_client *client,
                                                 const struct awsc_lambda_create_code_signing_config_input *input,
                                                 awsc_lambda_create_code_signing_config_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[5], input, create_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_create_event_source_mapping(struct awsc_client *client,
                                            const struct awsc_lambda_create_event_source_mapping_input *input,
                                            struct awsc_lambda_event_source_mapping_configuration **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[6], input, output, err);
}

static void create_event_source_mapping_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_create_event_source_mapping_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_create_event_source_mapping_async(struct awsc_client *client,
                                                  const struct awsc_lambda_create_event_source_mapping_input *input,
                                                  awsc_lambda_create_event_source_mapping_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[6], input, create_event_source_mapping_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_create_function(struct awsc_client *client,
                                const struct awsc_lambda_create_function_input *input,
                                struct awsc_lambda_function_configuration **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[7], input, output, err);
}

static void create_function_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_create_function_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_create_function_async(struct awsc_client *client,
                                      const struct awsc_lambda_create_function_input *input,
                                      awsc_lambda_create_function_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[7], input, create_function_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_create_function_url_config(struct awsc_client *client,
                                           const struct awsc_lambda_create_function_url_config_input *input,
                                           struct awsc_lambda_create_function_url_config_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[8], input, output, err);
}

static void create_function_url_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_create_function_url_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_create_function_url_config_async(struct awsc_client *client,
                                                 const struct awsc_lambda_create_function_url_config_input *input,
                                                 awsc_lambda_create_function_url_config_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[8], input, create_function_url_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_alias(struct awsc_client *client,
                             const struct awsc_lambda_delete_alias_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[9], input, NULL, err);
}

static void delete_alias_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_delete_alias_cb *)cb)(user_data, status, err);
}

int awsc_lambda_delete_alias_async(struct awsc_client *client,
                                   const struct awsc_lambda_delete_alias_input *input,
                                   awsc_lambda_delete_alias_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[9], input, delete_alias_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_capacity_provider(struct awsc_client *client,
                                         const struct awsc_lambda_delete_capacity_provider_input *input,
                                         struct awsc_lambda_delete_capacity_provider_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[10], input, output, err);
}

static void delete_capacity_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_delete_capacity_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_delete_capacity_provider_async(struct awsc_client *client,
                                               const struct awsc_lambda_delete_capacity_provider_input *input,
                                               awsc_lambda_delete_capacity_provider_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[10], input, delete_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_code_signing_config(struct awsc_client *client,
                                           const struct awsc_lambda_delete_code_signing_config_input *input,
                                           struct awsc_lambda_delete_code_signing_config_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[11], input, output, err);
}

static void delete_code_signing_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_delete_code_signing_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_delete_code_signing_config_async(struct awsc_client *client,
                                                 const struct awsc_lambda_delete_code_signing_config_input *input,
                                                 awsc_lambda_delete_code_signing_config_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[11], input, delete_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_event_source_mapping(struct awsc_client *client,
                                            const struct awsc_lambda_delete_event_source_mapping_input *input,
                                            struct awsc_lambda_event_source_mapping_configuration **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[12], input, output, err);
}

static void delete_event_source_mapping_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_delete_event_source_mapping_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_delete_event_source_mapping_async(struct awsc_client *client,
                                                  const struct awsc_lambda_delete_event_source_mapping_input *input,
                                                  awsc_lambda_delete_event_source_mapping_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[12], input, delete_event_source_mapping_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_function(struct awsc_client *client,
                                const struct awsc_lambda_delete_function_input *input,
                                struct awsc_lambda_delete_function_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[13], input, output, err);
}

static void delete_function_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_delete_function_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_delete_function_async(struct awsc_client *client,
                                      const struct awsc_lambda_delete_function_input *input,
                                      awsc_lambda_delete_function_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[13], input, delete_function_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_function_code_signing_config(struct awsc_client *client,
                                                    const struct awsc_lambda_delete_function_code_signing_config_input *input,
                                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[14], input, NULL, err);
}

static void delete_function_code_signing_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_delete_function_code_signing_config_cb *)cb)(user_data, status, err);
}

int awsc_lambda_delete_function_code_signing_config_async(struct awsc_client *client,
                                                          const struct awsc_lambda_delete_function_code_signing_config_input *input,
                                                          awsc_lambda_delete_function_code_signing_config_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[14], input, delete_function_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_function_concurrency(struct awsc_client *client,
                                            const struct awsc_lambda_delete_function_concurrency_input *input,
                                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[15], input, NULL, err);
}

static void delete_function_concurrency_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_delete_function_concurrency_cb *)cb)(user_data, status, err);
}

int awsc_lambda_delete_function_concurrency_async(struct awsc_client *client,
                                                  const struct awsc_lambda_delete_function_concurrency_input *input,
                                                  awsc_lambda_delete_function_concurrency_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[15], input, delete_function_concurrency_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_function_event_invoke_config(struct awsc_client *client,
                                                    const struct awsc_lambda_delete_function_event_invoke_config_input *input,
                                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[16], input, NULL, err);
}

static void delete_function_event_invoke_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_delete_function_event_invoke_config_cb *)cb)(user_data, status, err);
}

int awsc_lambda_delete_function_event_invoke_config_async(struct awsc_client *client,
                                                          const struct awsc_lambda_delete_function_event_invoke_config_input *input,
                                                          awsc_lambda_delete_function_event_invoke_config_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[16], input, delete_function_event_invoke_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_function_url_config(struct awsc_client *client,
                                           const struct awsc_lambda_delete_function_url_config_input *input,
                                           struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[17], input, NULL, err);
}

static void delete_function_url_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_delete_function_url_config_cb *)cb)(user_data, status, err);
}

int awsc_lambda_delete_function_url_config_async(struct awsc_client *client,
                                                 const struct awsc_lambda_delete_function_url_config_input *input,
                                                 awsc_lambda_delete_function_url_config_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[17], input, delete_function_url_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_layer_version(struct awsc_client *client,
                                     const struct awsc_lambda_delete_layer_version_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[18], input, NULL, err);
}

static void delete_layer_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_delete_layer_version_cb *)cb)(user_data, status, err);
}

int awsc_lambda_delete_layer_version_async(struct awsc_client *client,
                                           const struct awsc_lambda_delete_layer_version_input *input,
                                           awsc_lambda_delete_layer_version_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[18], input, delete_layer_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_delete_provisioned_concurrency_config(struct awsc_client *client,
                                                      const struct awsc_lambda_delete_provisioned_concurrency_config_input *input,
                                                      struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[19], input, NULL, err);
}

static void delete_provisioned_concurrency_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_delete_provisioned_concurrency_config_cb *)cb)(user_data, status, err);
}

int awsc_lambda_delete_provisioned_concurrency_config_async(struct awsc_client *client,
                                                            const struct awsc_lambda_delete_provisioned_concurrency_config_input *input,
                                                            awsc_lambda_delete_provisioned_concurrency_config_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[19], input, delete_provisioned_concurrency_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_account_settings(struct awsc_client *client,
                                     const struct awsc_lambda_get_account_settings_input *input,
                                     struct awsc_lambda_get_account_settings_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[20], input, output, err);
}

static void get_account_settings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_account_settings_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_account_settings_async(struct awsc_client *client,
                                           const struct awsc_lambda_get_account_settings_input *input,
                                           awsc_lambda_get_account_settings_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[20], input, get_account_settings_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_alias(struct awsc_client *client,
                          const struct awsc_lambda_get_alias_input *input,
                          struct awsc_lambda_alias_configuration **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[21], input, output, err);
}

static void get_alias_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_alias_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_alias_async(struct awsc_client *client,
                                const struct awsc_lambda_get_alias_input *input,
                                awsc_lambda_get_alias_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[21], input, get_alias_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_capacity_provider(struct awsc_client *client,
                                      const struct awsc_lambda_get_capacity_provider_input *input,
                                      struct awsc_lambda_get_capacity_provider_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[22], input, output, err);
}

static void get_capacity_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_capacity_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_capacity_provider_async(struct awsc_client *client,
                                            const struct awsc_lambda_get_capacity_provider_input *input,
                                            awsc_lambda_get_capacity_provider_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[22], input, get_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_code_signing_config(struct awsc_client *client,
                                        const struct awsc_lambda_get_code_signing_config_input *input,
                                        struct awsc_lambda_get_code_signing_config_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[23], input, output, err);
}

static void get_code_signing_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_code_signing_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_code_signing_config_async(struct awsc_client *client,
                                              const struct awsc_lambda_get_code_signing_config_input *input,
                                              awsc_lambda_get_code_signing_config_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[23], input, get_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution(struct awsc_client *client,
                                      const struct awsc_lambda_get_durable_execution_input *input,
                                      struct awsc_lambda_get_durable_execution_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[24], input, output, err);
}

static void get_durable_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_durable_execution_async(struct awsc_client *client,
                                            const struct awsc_lambda_get_durable_execution_input *input,
                                            awsc_lambda_get_durable_execution_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[24], input, get_durable_execution_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_history(struct awsc_client *client,
                                              const struct awsc_lambda_get_durable_execution_history_input *input,
                                              struct awsc_lambda_get_durable_execution_history_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[25], input, output, err);
}

static void get_durable_execution_history_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_history_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_durable_execution_history_async(struct awsc_client *client,
                                                    const struct awsc_lambda_get_durable_execution_history_input *input,
                                                    awsc_lambda_get_durable_execution_history_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[25], input, get_durable_execution_history_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_state(struct awsc_client *client,
                                            const struct awsc_lambda_get_durable_execution_state_input *input,
                                            struct awsc_lambda_get_durable_execution_state_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[26], input, output, err);
}

static void get_durable_execution_state_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_state_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_durable_execution_state_async(struct awsc_client *client,
                                                  const struct awsc_lambda_get_durable_execution_state_input *input,
                                                  awsc_lambda_get_durable_execution_state_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[26], input, get_durable_execution_state_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_event_source_mapping(struct awsc_client *client,
                                         const struct awsc_lambda_get_event_source_mapping_input *input,
                                         struct awsc_lambda_event_source_mapping_configuration **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[27], input, output, err);
}

static void get_event_source_mapping_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_event_source_mapping_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_event_source_mapping_async(struct awsc_client *client,
                                               const struct awsc_lambda_get_event_source_mapping_input *input,
                                               awsc_lambda_get_event_source_mapping_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[27], input, get_event_source_mapping_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_function(struct awsc_client *client,
                             const struct awsc_lambda_get_function_input *input,
                             struct awsc_lambda_get_function_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[28], input, output, err);
}

static void get_function_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_function_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_function_async(struct awsc_client *client,
                                   const struct awsc_lambda_get_function_input *input,
                                   awsc_lambda_get_function_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[28], input, get_function_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_function_code_signing_config(struct awsc_client *client,
                                                 const struct awsc_lambda_get_function_code_signing_config_input *input,
                                                 struct awsc_lambda_get_function_code_signing_config_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[29], input, output, err);
}

static void get_function_code_signing_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_function_code_signing_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_function_code_signing_config_async(struct awsc_client *client,
                                                       const struct awsc_lambda_get_function_code_signing_config_input *input,
                                                       awsc_lambda_get_function_code_signing_config_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[29], input, get_function_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_function_concurrency(struct awsc_client *client,
                                         const struct awsc_lambda_get_function_concurrency_input *input,
                                         struct awsc_lambda_get_function_concurrency_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[30], input, output, err);
}

static void get_function_concurrency_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_function_concurrency_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_function_concurrency_async(struct awsc_client *client,
                                               const struct awsc_lambda_get_function_concurrency_input *input,
                                               awsc_lambda_get_function_concurrency_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[30], input, get_function_concurrency_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_function_configuration(struct awsc_client *client,
                                           const struct awsc_lambda_get_function_configuration_input *input,
                                           struct awsc_lambda_function_configuration **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[31], input, output, err);
}

static void get_function_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_function_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_function_configuration_async(struct awsc_client *client,
                                                 const struct awsc_lambda_get_function_configuration_input *input,
                                                 awsc_lambda_get_function_configuration_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[31], input, get_function_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_function_event_invoke_config(struct awsc_client *client,
                                                 const struct awsc_lambda_get_function_event_invoke_config_input *input,
                                                 struct awsc_lambda_function_event_invoke_config **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[32], input, output, err);
}

static void get_function_event_invoke_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_function_event_invoke_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_function_event_invoke_config_async(struct awsc_client *client,
                                                       const struct awsc_lambda_get_function_event_invoke_config_input *input,
                                                       awsc_lambda_get_function_event_invoke_config_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[32], input, get_function_event_invoke_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_function_recursion_config(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_recursion_config_input *input,
                                              struct awsc_lambda_get_function_recursion_config_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[33], input, output, err);
}

static void get_function_recursion_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_function_recursion_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_function_recursion_config_async(struct awsc_client *client,
                                                    const struct awsc_lambda_get_function_recursion_config_input *input,
                                                    awsc_lambda_get_function_recursion_config_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[33], input, get_function_recursion_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_function_scaling_config(struct awsc_client *client,
                                            const struct awsc_lambda_get_function_scaling_config_input *input,
                                            struct awsc_lambda_get_function_scaling_config_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[34], input, output, err);
}

static void get_function_scaling_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_function_scaling_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_function_scaling_config_async(struct awsc_client *client,
                                                  const struct awsc_lambda_get_function_scaling_config_input *input,
                                                  awsc_lambda_get_function_scaling_config_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[34], input, get_function_scaling_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_function_url_config(struct awsc_client *client,
                                        const struct awsc_lambda_get_function_url_config_input *input,
                                        struct awsc_lambda_get_function_url_config_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[35], input, output, err);
}

static void get_function_url_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_function_url_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_function_url_config_async(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_url_config_input *input,
                                              awsc_lambda_get_function_url_config_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[35], input, get_function_url_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_layer_version(struct awsc_client *client,
                                  const struct awsc_lambda_get_layer_version_input *input,
                                  struct awsc_lambda_get_layer_version_response **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[36], input, output, err);
}

static void get_layer_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_layer_version_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_layer_version_async(struct awsc_client *client,
                                        const struct awsc_lambda_get_layer_version_input *input,
                                        awsc_lambda_get_layer_version_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[36], input, get_layer_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_layer_version_by_arn(struct awsc_client *client,
                                         const struct awsc_lambda_get_layer_version_by_arn_input *input,
                                         struct awsc_lambda_get_layer_version_response **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[37], input, output, err);
}

static void get_layer_version_by_arn_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_layer_version_by_arn_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_layer_version_by_arn_async(struct awsc_client *client,
                                               const struct awsc_lambda_get_layer_version_by_arn_input *input,
                                               awsc_lambda_get_layer_version_by_arn_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[37], input, get_layer_version_by_arn_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_layer_version_policy(struct awsc_client *client,
                                         const struct awsc_lambda_get_layer_version_policy_input *input,
                                         struct awsc_lambda_get_layer_version_policy_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[38], input, output, err);
}

static void get_layer_version_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_layer_version_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_layer_version_policy_async(struct awsc_client *client,
                                               const struct awsc_lambda_get_layer_version_policy_input *input,
                                               awsc_lambda_get_layer_version_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[38], input, get_layer_version_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_policy(struct awsc_client *client,
                           const struct awsc_lambda_get_policy_input *input,
                           struct awsc_lambda_get_policy_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[39], input, output, err);
}

static void get_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_policy_async(struct awsc_client *client,
                                 const struct awsc_lambda_get_policy_input *input,
                                 awsc_lambda_get_policy_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[39], input, get_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_provisioned_concurrency_config(struct awsc_client *client,
                                                   const struct awsc_lambda_get_provisioned_concurrency_config_input *input,
                                                   struct awsc_lambda_get_provisioned_concurrency_config_output **output,
                                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[40], input, output, err);
}

static void get_provisioned_concurrency_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_provisioned_concurrency_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_provisioned_concurrency_config_async(struct awsc_client *client,
                                                         const struct awsc_lambda_get_provisioned_concurrency_config_input *input,
                                                         awsc_lambda_get_provisioned_concurrency_config_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[40], input, get_provisioned_concurrency_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_runtime_management_config(struct awsc_client *client,
                                              const struct awsc_lambda_get_runtime_management_config_input *input,
                                              struct awsc_lambda_get_runtime_management_config_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[41], input, output, err);
}

static void get_runtime_management_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_get_runtime_management_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_runtime_management_config_async(struct awsc_client *client,
                                                    const struct awsc_lambda_get_runtime_management_config_input *input,
                                                    awsc_lambda_get_runtime_management_config_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[41], input, get_runtime_management_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_invoke(struct awsc_client *client,
                       const struct awsc_lambda_invoke_input *input,
                       struct awsc_lambda_invoke_output **output,
                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[42], input, output, err);
}

static void invoke_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_invoke_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_invoke_async(struct awsc_client *client,
                             const struct awsc_lambda_invoke_input *input,
                             awsc_lambda_invoke_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[42], input, invoke_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_invoke_async_op(struct awsc_client *client,
                                const struct awsc_lambda_invoke_async_input *input,
                                struct awsc_lambda_invoke_async_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[43], input, output, err);
}

static void invoke_async_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_invoke_async_op_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_invoke_async_op_async(struct awsc_client *client,
                                      const struct awsc_lambda_invoke_async_input *input,
                                      awsc_lambda_invoke_async_op_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[43], input, invoke_async_done, (awsc_fn *)cb, user_data, err);
}

static int invoke_with_response_stream_event(awsc_fn *on_event, void *user_data, const void *event)
{
    return ((awsc_lambda_invoke_with_response_stream_event_cb *)on_event)(user_data, event);
}

int awsc_lambda_invoke_with_response_stream(struct awsc_client *client,
                                            const struct awsc_lambda_invoke_with_response_stream_input *input,
                                            awsc_lambda_invoke_with_response_stream_event_cb *on_event,
                                            void *user_data,
                                            struct awsc_lambda_invoke_with_response_stream_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call_events_typed(client, &awsc__lambda_tables.operations[44], input, invoke_with_response_stream_event, (awsc_fn *)on_event, user_data, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void invoke_with_response_stream_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_invoke_with_response_stream_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_invoke_with_response_stream_async(struct awsc_client *client,
                                                  const struct awsc_lambda_invoke_with_response_stream_input *input,
                                                  awsc_lambda_invoke_with_response_stream_event_cb *on_event,
                                                  awsc_lambda_invoke_with_response_stream_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_events_async_typed(client, &awsc__lambda_tables.operations[44], input, invoke_with_response_stream_event, (awsc_fn *)on_event, invoke_with_response_stream_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_aliases(struct awsc_client *client,
                             const struct awsc_lambda_list_aliases_input *input,
                             struct awsc_lambda_list_aliases_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[45], input, output, err);
}

static void list_aliases_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_aliases_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_aliases_async(struct awsc_client *client,
                                   const struct awsc_lambda_list_aliases_input *input,
                                   awsc_lambda_list_aliases_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[45], input, list_aliases_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_capacity_providers(struct awsc_client *client,
                                        const struct awsc_lambda_list_capacity_providers_input *input,
                                        struct awsc_lambda_list_capacity_providers_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[46], input, output, err);
}

static void list_capacity_providers_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_capacity_providers_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_capacity_providers_async(struct awsc_client *client,
                                              const struct awsc_lambda_list_capacity_providers_input *input,
                                              awsc_lambda_list_capacity_providers_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[46], input, list_capacity_providers_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_code_signing_configs(struct awsc_client *client,
                                          const struct awsc_lambda_list_code_signing_configs_input *input,
                                          struct awsc_lambda_list_code_signing_configs_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[47], input, output, err);
}

static void list_code_signing_configs_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_code_signing_configs_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_code_signing_configs_async(struct awsc_client *client,
                                                const struct awsc_lambda_list_code_signing_configs_input *input,
                                                awsc_lambda_list_code_signing_configs_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[47], input, list_code_signing_configs_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_durable_executions_by_function(struct awsc_client *client,
                                                    const struct awsc_lambda_list_durable_executions_by_function_input *input,
                                                    struct awsc_lambda_list_durable_executions_by_function_output **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[48], input, output, err);
}

static void list_durable_executions_by_function_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_durable_executions_by_function_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_durable_executions_by_function_async(struct awsc_client *client,
                                                          const struct awsc_lambda_list_durable_executions_by_function_input *input,
                                                          awsc_lambda_list_durable_executions_by_function_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[48], input, list_durable_executions_by_function_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_event_source_mappings(struct awsc_client *client,
                                           const struct awsc_lambda_list_event_source_mappings_input *input,
                                           struct awsc_lambda_list_event_source_mappings_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[49], input, output, err);
}

static void list_event_source_mappings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_event_source_mappings_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_event_source_mappings_async(struct awsc_client *client,
                                                 const struct awsc_lambda_list_event_source_mappings_input *input,
                                                 awsc_lambda_list_event_source_mappings_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[49], input, list_event_source_mappings_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_event_invoke_configs(struct awsc_client *client,
                                                   const struct awsc_lambda_list_function_event_invoke_configs_input *input,
                                                   struct awsc_lambda_list_function_event_invoke_configs_output **output,
                                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[50], input, output, err);
}

static void list_function_event_invoke_configs_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_function_event_invoke_configs_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_function_event_invoke_configs_async(struct awsc_client *client,
                                                         const struct awsc_lambda_list_function_event_invoke_configs_input *input,
                                                         awsc_lambda_list_function_event_invoke_configs_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[50], input, list_function_event_invoke_configs_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_url_configs(struct awsc_client *client,
                                          const struct awsc_lambda_list_function_url_configs_input *input,
                                          struct awsc_lambda_list_function_url_configs_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[51], input, output, err);
}

static void list_function_url_configs_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_function_url_configs_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_function_url_configs_async(struct awsc_client *client,
                                                const struct awsc_lambda_list_function_url_configs_input *input,
                                                awsc_lambda_list_function_url_configs_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[51], input, list_function_url_configs_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider(struct awsc_client *client,
                                                            const struct awsc_lambda_list_function_versions_by_capacity_provider_input *input,
                                                            struct awsc_lambda_list_function_versions_by_capacity_provider_output **output,
                                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[52], input, output, err);
}

static void list_function_versions_by_capacity_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_function_versions_by_capacity_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_async(struct awsc_client *client,
                                                                  const struct awsc_lambda_list_function_versions_by_capacity_provider_input *input,
                                                                  awsc_lambda_list_function_versions_by_capacity_provider_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[52], input, list_function_versions_by_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions(struct awsc_client *client,
                               const struct awsc_lambda_list_functions_input *input,
                               struct awsc_lambda_list_functions_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[53], input, output, err);
}

static void list_functions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_functions_async(struct awsc_client *client,
                                     const struct awsc_lambda_list_functions_input *input,
                                     awsc_lambda_list_functions_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[53], input, list_functions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_by_code_signing_config(struct awsc_client *client,
                                                      const struct awsc_lambda_list_functions_by_code_signing_config_input *input,
                                                      struct awsc_lambda_list_functions_by_code_signing_config_output **output,
                                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[54], input, output, err);
}

static void list_functions_by_code_signing_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_by_code_signing_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_functions_by_code_signing_config_async(struct awsc_client *client,
                                                            const struct awsc_lambda_list_functions_by_code_signing_config_input *input,
                                                            awsc_lambda_list_functions_by_code_signing_config_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[54], input, list_functions_by_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layer_versions(struct awsc_client *client,
                                    const struct awsc_lambda_list_layer_versions_input *input,
                                    struct awsc_lambda_list_layer_versions_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[55], input, output, err);
}

static void list_layer_versions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_layer_versions_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_layer_versions_async(struct awsc_client *client,
                                          const struct awsc_lambda_list_layer_versions_input *input,
                                          awsc_lambda_list_layer_versions_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[55], input, list_layer_versions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layers(struct awsc_client *client,
                            const struct awsc_lambda_list_layers_input *input,
                            struct awsc_lambda_list_layers_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[56], input, output, err);
}

static void list_layers_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_layers_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_layers_async(struct awsc_client *client,
                                  const struct awsc_lambda_list_layers_input *input,
                                  awsc_lambda_list_layers_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[56], input, list_layers_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_provisioned_concurrency_configs(struct awsc_client *client,
                                                     const struct awsc_lambda_list_provisioned_concurrency_configs_input *input,
                                                     struct awsc_lambda_list_provisioned_concurrency_configs_output **output,
                                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[57], input, output, err);
}

static void list_provisioned_concurrency_configs_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_provisioned_concurrency_configs_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_async(struct awsc_client *client,
                                                           const struct awsc_lambda_list_provisioned_concurrency_configs_input *input,
                                                           awsc_lambda_list_provisioned_concurrency_configs_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[57], input, list_provisioned_concurrency_configs_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_tags(struct awsc_client *client,
                          const struct awsc_lambda_list_tags_input *input,
                          struct awsc_lambda_list_tags_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[58], input, output, err);
}

static void list_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_tags_async(struct awsc_client *client,
                                const struct awsc_lambda_list_tags_input *input,
                                awsc_lambda_list_tags_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[58], input, list_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_versions_by_function(struct awsc_client *client,
                                          const struct awsc_lambda_list_versions_by_function_input *input,
                                          struct awsc_lambda_list_versions_by_function_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[59], input, output, err);
}

static void list_versions_by_function_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_list_versions_by_function_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_list_versions_by_function_async(struct awsc_client *client,
                                                const struct awsc_lambda_list_versions_by_function_input *input,
                                                awsc_lambda_list_versions_by_function_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[59], input, list_versions_by_function_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_publish_layer_version(struct awsc_client *client,
                                      const struct awsc_lambda_publish_layer_version_input *input,
                                      struct awsc_lambda_publish_layer_version_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[60], input, output, err);
}

static void publish_layer_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_publish_layer_version_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_publish_layer_version_async(struct awsc_client *client,
                                            const struct awsc_lambda_publish_layer_version_input *input,
                                            awsc_lambda_publish_layer_version_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[60], input, publish_layer_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_publish_version(struct awsc_client *client,
                                const struct awsc_lambda_publish_version_input *input,
                                struct awsc_lambda_function_configuration **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[61], input, output, err);
}

static void publish_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_publish_version_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_publish_version_async(struct awsc_client *client,
                                      const struct awsc_lambda_publish_version_input *input,
                                      awsc_lambda_publish_version_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[61], input, publish_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_put_function_code_signing_config(struct awsc_client *client,
                                                 const struct awsc_lambda_put_function_code_signing_config_input *input,
                                                 struct awsc_lambda_put_function_code_signing_config_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[62], input, output, err);
}

static void put_function_code_signing_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_put_function_code_signing_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_put_function_code_signing_config_async(struct awsc_client *client,
                                                       const struct awsc_lambda_put_function_code_signing_config_input *input,
                                                       awsc_lambda_put_function_code_signing_config_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[62], input, put_function_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_put_function_concurrency(struct awsc_client *client,
                                         const struct awsc_lambda_put_function_concurrency_input *input,
                                         struct awsc_lambda_concurrency **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[63], input, output, err);
}

static void put_function_concurrency_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_put_function_concurrency_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_put_function_concurrency_async(struct awsc_client *client,
                                               const struct awsc_lambda_put_function_concurrency_input *input,
                                               awsc_lambda_put_function_concurrency_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[63], input, put_function_concurrency_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_put_function_event_invoke_config(struct awsc_client *client,
                                                 const struct awsc_lambda_put_function_event_invoke_config_input *input,
                                                 struct awsc_lambda_function_event_invoke_config **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[64], input, output, err);
}

static void put_function_event_invoke_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_put_function_event_invoke_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_put_function_event_invoke_config_async(struct awsc_client *client,
                                                       const struct awsc_lambda_put_function_event_invoke_config_input *input,
                                                       awsc_lambda_put_function_event_invoke_config_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[64], input, put_function_event_invoke_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_put_function_recursion_config(struct awsc_client *client,
                                              const struct awsc_lambda_put_function_recursion_config_input *input,
                                              struct awsc_lambda_put_function_recursion_config_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[65], input, output, err);
}

static void put_function_recursion_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_put_function_recursion_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_put_function_recursion_config_async(struct awsc_client *client,
                                                    const struct awsc_lambda_put_function_recursion_config_input *input,
                                                    awsc_lambda_put_function_recursion_config_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[65], input, put_function_recursion_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_put_function_scaling_config(struct awsc_client *client,
                                            const struct awsc_lambda_put_function_scaling_config_input *input,
                                            struct awsc_lambda_put_function_scaling_config_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[66], input, output, err);
}

static void put_function_scaling_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_put_function_scaling_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_put_function_scaling_config_async(struct awsc_client *client,
                                                  const struct awsc_lambda_put_function_scaling_config_input *input,
                                                  awsc_lambda_put_function_scaling_config_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[66], input, put_function_scaling_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_put_provisioned_concurrency_config(struct awsc_client *client,
                                                   const struct awsc_lambda_put_provisioned_concurrency_config_input *input,
                                                   struct awsc_lambda_put_provisioned_concurrency_config_output **output,
                                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[67], input, output, err);
}

static void put_provisioned_concurrency_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_put_provisioned_concurrency_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_put_provisioned_concurrency_config_async(struct awsc_client *client,
                                                         const struct awsc_lambda_put_provisioned_concurrency_config_input *input,
                                                         awsc_lambda_put_provisioned_concurrency_config_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[67], input, put_provisioned_concurrency_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_put_runtime_management_config(struct awsc_client *client,
                                              const struct awsc_lambda_put_runtime_management_config_input *input,
                                              struct awsc_lambda_put_runtime_management_config_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[68], input, output, err);
}

static void put_runtime_management_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_put_runtime_management_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_put_runtime_management_config_async(struct awsc_client *client,
                                                    const struct awsc_lambda_put_runtime_management_config_input *input,
                                                    awsc_lambda_put_runtime_management_config_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[68], input, put_runtime_management_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_remove_layer_version_permission(struct awsc_client *client,
                                                const struct awsc_lambda_remove_layer_version_permission_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[69], input, NULL, err);
}

static void remove_layer_version_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_remove_layer_version_permission_cb *)cb)(user_data, status, err);
}

int awsc_lambda_remove_layer_version_permission_async(struct awsc_client *client,
                                                      const struct awsc_lambda_remove_layer_version_permission_input *input,
                                                      awsc_lambda_remove_layer_version_permission_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[69], input, remove_layer_version_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_remove_permission(struct awsc_client *client,
                                  const struct awsc_lambda_remove_permission_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[70], input, NULL, err);
}

static void remove_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_remove_permission_cb *)cb)(user_data, status, err);
}

int awsc_lambda_remove_permission_async(struct awsc_client *client,
                                        const struct awsc_lambda_remove_permission_input *input,
                                        awsc_lambda_remove_permission_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[70], input, remove_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_send_durable_execution_callback_failure(struct awsc_client *client,
                                                        const struct awsc_lambda_send_durable_execution_callback_failure_input *input,
                                                        struct awsc_lambda_send_durable_execution_callback_failure_output **output,
                                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[71], input, output, err);
}

static void send_durable_execution_callback_failure_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_send_durable_execution_callback_failure_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_send_durable_execution_callback_failure_async(struct awsc_client *client,
                                                              const struct awsc_lambda_send_durable_execution_callback_failure_input *input,
                                                              awsc_lambda_send_durable_execution_callback_failure_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[71], input, send_durable_execution_callback_failure_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_send_durable_execution_callback_heartbeat(struct awsc_client *client,
                                                          const struct awsc_lambda_send_durable_execution_callback_heartbeat_input *input,
                                                          struct awsc_lambda_send_durable_execution_callback_heartbeat_output **output,
                                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[72], input, output, err);
}

static void send_durable_execution_callback_heartbeat_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_send_durable_execution_callback_heartbeat_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_send_durable_execution_callback_heartbeat_async(struct awsc_client *client,
                                                                const struct awsc_lambda_send_durable_execution_callback_heartbeat_input *input,
                                                                awsc_lambda_send_durable_execution_callback_heartbeat_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[72], input, send_durable_execution_callback_heartbeat_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_send_durable_execution_callback_success(struct awsc_client *client,
                                                        const struct awsc_lambda_send_durable_execution_callback_success_input *input,
                                                        struct awsc_lambda_send_durable_execution_callback_success_output **output,
                                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[73], input, output, err);
}

static void send_durable_execution_callback_success_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_send_durable_execution_callback_success_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_send_durable_execution_callback_success_async(struct awsc_client *client,
                                                              const struct awsc_lambda_send_durable_execution_callback_success_input *input,
                                                              awsc_lambda_send_durable_execution_callback_success_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[73], input, send_durable_execution_callback_success_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_stop_durable_execution(struct awsc_client *client,
                                       const struct awsc_lambda_stop_durable_execution_input *input,
                                       struct awsc_lambda_stop_durable_execution_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[74], input, output, err);
}

static void stop_durable_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_stop_durable_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_stop_durable_execution_async(struct awsc_client *client,
                                             const struct awsc_lambda_stop_durable_execution_input *input,
                                             awsc_lambda_stop_durable_execution_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[74], input, stop_durable_execution_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_tag_resource(struct awsc_client *client,
                             const struct awsc_lambda_tag_resource_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[75], input, NULL, err);
}

static void tag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_tag_resource_cb *)cb)(user_data, status, err);
}

int awsc_lambda_tag_resource_async(struct awsc_client *client,
                                   const struct awsc_lambda_tag_resource_input *input,
                                   awsc_lambda_tag_resource_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[75], input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_untag_resource(struct awsc_client *client,
                               const struct awsc_lambda_untag_resource_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__lambda_tables.operations[76], input, NULL, err);
}

static void untag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_lambda_untag_resource_cb *)cb)(user_data, status, err);
}

int awsc_lambda_untag_resource_async(struct awsc_client *client,
                                     const struct awsc_lambda_untag_resource_input *input,
                                     awsc_lambda_untag_resource_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[76], input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_update_alias(struct awsc_client *client,
                             const struct awsc_lambda_update_alias_input *input,
                             struct awsc_lambda_alias_configuration **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[77], input, output, err);
}

static void update_alias_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_update_alias_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_update_alias_async(struct awsc_client *client,
                                   const struct awsc_lambda_update_alias_input *input,
                                   awsc_lambda_update_alias_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[77], input, update_alias_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_update_capacity_provider(struct awsc_client *client,
                                         const struct awsc_lambda_update_capacity_provider_input *input,
                                         struct awsc_lambda_update_capacity_provider_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[78], input, output, err);
}

static void update_capacity_provider_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_update_capacity_provider_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_update_capacity_provider_async(struct awsc_client *client,
                                               const struct awsc_lambda_update_capacity_provider_input *input,
                                               awsc_lambda_update_capacity_provider_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[78], input, update_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_update_code_signing_config(struct awsc_client *client,
                                           const struct awsc_lambda_update_code_signing_config_input *input,
                                           struct awsc_lambda_update_code_signing_config_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[79], input, output, err);
}

static void update_code_signing_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_update_code_signing_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_update_code_signing_config_async(struct awsc_client *client,
                                                 const struct awsc_lambda_update_code_signing_config_input *input,
                                                 awsc_lambda_update_code_signing_config_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[79], input, update_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_update_event_source_mapping(struct awsc_client *client,
                                            const struct awsc_lambda_update_event_source_mapping_input *input,
                                            struct awsc_lambda_event_source_mapping_configuration **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[80], input, output, err);
}

static void update_event_source_mapping_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_update_event_source_mapping_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_update_event_source_mapping_async(struct awsc_client *client,
                                                  const struct awsc_lambda_update_event_source_mapping_input *input,
                                                  awsc_lambda_update_event_source_mapping_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[80], input, update_event_source_mapping_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_update_function_code(struct awsc_client *client,
                                     const struct awsc_lambda_update_function_code_input *input,
                                     struct awsc_lambda_function_configuration **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[81], input, output, err);
}

static void update_function_code_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_update_function_code_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_update_function_code_async(struct awsc_client *client,
                                           const struct awsc_lambda_update_function_code_input *input,
                                           awsc_lambda_update_function_code_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[81], input, update_function_code_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_update_function_configuration(struct awsc_client *client,
                                              const struct awsc_lambda_update_function_configuration_input *input,
                                              struct awsc_lambda_function_configuration **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[82], input, output, err);
}

static void update_function_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_update_function_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_update_function_configuration_async(struct awsc_client *client,
                                                    const struct awsc_lambda_update_function_configuration_input *input,
                                                    awsc_lambda_update_function_configuration_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[82], input, update_function_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_update_function_event_invoke_config(struct awsc_client *client,
                                                    const struct awsc_lambda_update_function_event_invoke_config_input *input,
                                                    struct awsc_lambda_function_event_invoke_config **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[83], input, output, err);
}

static void update_function_event_invoke_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_update_function_event_invoke_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_update_function_event_invoke_config_async(struct awsc_client *client,
                                                          const struct awsc_lambda_update_function_event_invoke_config_input *input,
                                                          awsc_lambda_update_function_event_invoke_config_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[83], input, update_function_event_invoke_config_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_update_function_url_config(struct awsc_client *client,
                                           const struct awsc_lambda_update_function_url_config_input *input,
                                           struct awsc_lambda_update_function_url_config_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__lambda_tables.operations[84], input, output, err);
}

static void update_function_url_config_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_lambda_update_function_url_config_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_update_function_url_config_async(struct awsc_client *client,
                                                 const struct awsc_lambda_update_function_url_config_input *input,
                                                 awsc_lambda_update_function_url_config_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__lambda_tables.operations[84], input, update_function_url_config_done, (awsc_fn *)cb, user_data, err);
}
