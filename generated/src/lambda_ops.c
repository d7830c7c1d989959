/*
 * lambda_ops.c - operations of Lambda: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/lambda.h>
#include <awsc/shape.h>

#ifndef AWSC__LAMBDA_TABLES
#define AWSC__LAMBDA_TABLES
/* Every shape, member and name of Lambda in one object (lambda_shapes.c). */
struct awsc__lambda_tables {
    struct awsc_shape shapes[579];
    struct awsc_member members[1040];
    uint16_t by_wire_name[1040];
    struct awsc_range ranges[156];
    char strings[19763];
};
extern const struct awsc__lambda_tables awsc__lambda_tables;
#endif
extern const struct awsc_ruleset awsc__lambda_ruleset;
static const struct awsc_shape *const op_AddLayerVersionPermission_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[408],
    &awsc__lambda_tables.shapes[410],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_AddLayerVersionPermission = {
    .name = "AddLayerVersionPermission",
    .http_method = "POST",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
    .input = &awsc__lambda_tables.shapes[3],
    .output = &awsc__lambda_tables.shapes[4],
    .errors = op_AddLayerVersionPermission_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_add_layer_version_permission(struct awsc_client *client,
                                             const struct awsc_lambda_add_layer_version_permission_input *input,
                                             struct awsc_lambda_add_layer_version_permission_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AddLayerVersionPermission, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_AddLayerVersionPermission, input, add_layer_version_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AddPermission_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[408],
    &awsc__lambda_tables.shapes[410],
    &awsc__lambda_tables.shapes[422],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_AddPermission = {
    .name = "AddPermission",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions/{FunctionName}/policy",
    .input = &awsc__lambda_tables.shapes[5],
    .output = &awsc__lambda_tables.shapes[6],
    .errors = op_AddPermission_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_add_permission(struct awsc_client *client,
                               const struct awsc_lambda_add_permission_input *input,
                               struct awsc_lambda_add_permission_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AddPermission, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_AddPermission, input, add_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CheckpointDurableExecution_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_CheckpointDurableExecution = {
    .name = "CheckpointDurableExecution",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint",
    .input = &awsc__lambda_tables.shapes[65],
    .output = &awsc__lambda_tables.shapes[66],
    .errors = op_CheckpointDurableExecution_errors,
    .error_count = 7,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_checkpoint_durable_execution(struct awsc_client *client,
                                             const struct awsc_lambda_checkpoint_durable_execution_input *input,
                                             struct awsc_lambda_checkpoint_durable_execution_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CheckpointDurableExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CheckpointDurableExecution, input, checkpoint_durable_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateAlias_errors[] = {
    &awsc__lambda_tables.shapes[11],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_CreateAlias = {
    .name = "CreateAlias",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases",
    .input = &awsc__lambda_tables.shapes[92],
    .output = &awsc__lambda_tables.shapes[10],
    .errors = op_CreateAlias_errors,
    .error_count = 6,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_create_alias(struct awsc_client *client,
                             const struct awsc_lambda_create_alias_input *input,
                             struct awsc_lambda_alias_configuration **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateAlias, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateAlias, input, create_alias_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateCapacityProvider_errors[] = {
    &awsc__lambda_tables.shapes[43],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_CreateCapacityProvider = {
    .name = "CreateCapacityProvider",
    .http_method = "POST",
    .request_uri = "/2025-11-30/capacity-providers",
    .input = &awsc__lambda_tables.shapes[93],
    .output = &awsc__lambda_tables.shapes[94],
    .errors = op_CreateCapacityProvider_errors,
    .error_count = 5,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_create_capacity_provider(struct awsc_client *client,
                                         const struct awsc_lambda_create_capacity_provider_input *input,
                                         struct awsc_lambda_create_capacity_provider_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateCapacityProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateCapacityProvider, input, create_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateCodeSigningConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[487],
};

static const struct awsc_operation op_CreateCodeSigningConfig = {
    .name = "CreateCodeSigningConfig",
    .http_method = "POST",
    .request_uri = "/2020-04-22/code-signing-configs",
    .input = &awsc__lambda_tables.shapes[95],
    .output = &awsc__lambda_tables.shapes[96],
    .errors = op_CreateCodeSigningConfig_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_create_code_signing_config(struct awsc_client *client,
                                           const struct awsc_lambda_create_code_signing_config_input *input,
                                           struct awsc_lambda_create_code_signing_config_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateCodeSigningConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateCodeSigningConfig, input, create_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateEventSourceMapping_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_CreateEventSourceMapping = {
    .name = "CreateEventSourceMapping",
    .http_method = "POST",
    .request_uri = "/2015-03-31/event-source-mappings",
    .input = &awsc__lambda_tables.shapes[97],
    .output = &awsc__lambda_tables.shapes[160],
    .errors = op_CreateEventSourceMapping_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_create_event_source_mapping(struct awsc_client *client,
                                            const struct awsc_lambda_create_event_source_mapping_input *input,
                                            struct awsc_lambda_event_source_mapping_configuration **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateEventSourceMapping, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateEventSourceMapping, input, create_event_source_mapping_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateFunction_errors[] = {
    &awsc__lambda_tables.shapes[77],
    &awsc__lambda_tables.shapes[80],
    &awsc__lambda_tables.shapes[81],
    &awsc__lambda_tables.shapes[218],
    &awsc__lambda_tables.shapes[271],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_CreateFunction = {
    .name = "CreateFunction",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions",
    .input = &awsc__lambda_tables.shapes[98],
    .output = &awsc__lambda_tables.shapes[199],
    .errors = op_CreateFunction_errors,
    .error_count = 10,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_create_function(struct awsc_client *client,
                                const struct awsc_lambda_create_function_input *input,
                                struct awsc_lambda_function_configuration **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateFunction, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateFunction, input, create_function_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateFunctionUrlConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_CreateFunctionUrlConfig = {
    .name = "CreateFunctionUrlConfig",
    .http_method = "POST",
    .request_uri = "/2021-10-31/functions/{FunctionName}/url",
    .input = &awsc__lambda_tables.shapes[99],
    .output = &awsc__lambda_tables.shapes[100],
    .errors = op_CreateFunctionUrlConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_create_function_url_config(struct awsc_client *client,
                                           const struct awsc_lambda_create_function_url_config_input *input,
                                           struct awsc_lambda_create_function_url_config_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateFunctionUrlConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateFunctionUrlConfig, input, create_function_url_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteAlias_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteAlias = {
    .name = "DeleteAlias",
    .http_method = "DELETE",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
    .input = &awsc__lambda_tables.shapes[104],
    .output = NULL,
    .errors = op_DeleteAlias_errors,
    .error_count = 5,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_alias(struct awsc_client *client,
                             const struct awsc_lambda_delete_alias_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteAlias, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DeleteAlias, input, delete_alias_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteCapacityProvider_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteCapacityProvider = {
    .name = "DeleteCapacityProvider",
    .http_method = "DELETE",
    .request_uri = "/2025-11-30/capacity-providers/{CapacityProviderName}",
    .input = &awsc__lambda_tables.shapes[105],
    .output = &awsc__lambda_tables.shapes[106],
    .errors = op_DeleteCapacityProvider_errors,
    .error_count = 5,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_capacity_provider(struct awsc_client *client,
                                         const struct awsc_lambda_delete_capacity_provider_input *input,
                                         struct awsc_lambda_delete_capacity_provider_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteCapacityProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteCapacityProvider, input, delete_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteCodeSigningConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
};

static const struct awsc_operation op_DeleteCodeSigningConfig = {
    .name = "DeleteCodeSigningConfig",
    .http_method = "DELETE",
    .request_uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
    .input = &awsc__lambda_tables.shapes[107],
    .output = &awsc__lambda_tables.shapes[108],
    .errors = op_DeleteCodeSigningConfig_errors,
    .error_count = 4,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_code_signing_config(struct awsc_client *client,
                                           const struct awsc_lambda_delete_code_signing_config_input *input,
                                           struct awsc_lambda_delete_code_signing_config_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteCodeSigningConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteCodeSigningConfig, input, delete_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteEventSourceMapping_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[452],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteEventSourceMapping = {
    .name = "DeleteEventSourceMapping",
    .http_method = "DELETE",
    .request_uri = "/2015-03-31/event-source-mappings/{UUID}",
    .input = &awsc__lambda_tables.shapes[109],
    .output = &awsc__lambda_tables.shapes[160],
    .errors = op_DeleteEventSourceMapping_errors,
    .error_count = 6,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_event_source_mapping(struct awsc_client *client,
                                            const struct awsc_lambda_delete_event_source_mapping_input *input,
                                            struct awsc_lambda_event_source_mapping_configuration **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteEventSourceMapping, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteEventSourceMapping, input, delete_event_source_mapping_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteFunction_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteFunction = {
    .name = "DeleteFunction",
    .http_method = "DELETE",
    .request_uri = "/2015-03-31/functions/{FunctionName}",
    .input = &awsc__lambda_tables.shapes[113],
    .output = &awsc__lambda_tables.shapes[114],
    .errors = op_DeleteFunction_errors,
    .error_count = 5,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_function(struct awsc_client *client,
                                const struct awsc_lambda_delete_function_input *input,
                                struct awsc_lambda_delete_function_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteFunction, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteFunction, input, delete_function_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteFunctionCodeSigningConfig_errors[] = {
    &awsc__lambda_tables.shapes[77],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteFunctionCodeSigningConfig = {
    .name = "DeleteFunctionCodeSigningConfig",
    .http_method = "DELETE",
    .request_uri = "/2020-06-30/functions/{FunctionName}/code-signing-config",
    .input = &awsc__lambda_tables.shapes[110],
    .output = NULL,
    .errors = op_DeleteFunctionCodeSigningConfig_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_function_code_signing_config(struct awsc_client *client,
                                                    const struct awsc_lambda_delete_function_code_signing_config_input *input,
                                                    struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteFunctionCodeSigningConfig, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DeleteFunctionCodeSigningConfig, input, delete_function_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteFunctionConcurrency_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteFunctionConcurrency = {
    .name = "DeleteFunctionConcurrency",
    .http_method = "DELETE",
    .request_uri = "/2017-10-31/functions/{FunctionName}/concurrency",
    .input = &awsc__lambda_tables.shapes[111],
    .output = NULL,
    .errors = op_DeleteFunctionConcurrency_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_function_concurrency(struct awsc_client *client,
                                            const struct awsc_lambda_delete_function_concurrency_input *input,
                                            struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteFunctionConcurrency, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DeleteFunctionConcurrency, input, delete_function_concurrency_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteFunctionEventInvokeConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteFunctionEventInvokeConfig = {
    .name = "DeleteFunctionEventInvokeConfig",
    .http_method = "DELETE",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config",
    .input = &awsc__lambda_tables.shapes[112],
    .output = NULL,
    .errors = op_DeleteFunctionEventInvokeConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_function_event_invoke_config(struct awsc_client *client,
                                                    const struct awsc_lambda_delete_function_event_invoke_config_input *input,
                                                    struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteFunctionEventInvokeConfig, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DeleteFunctionEventInvokeConfig, input, delete_function_event_invoke_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteFunctionUrlConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteFunctionUrlConfig = {
    .name = "DeleteFunctionUrlConfig",
    .http_method = "DELETE",
    .request_uri = "/2021-10-31/functions/{FunctionName}/url",
    .input = &awsc__lambda_tables.shapes[115],
    .output = NULL,
    .errors = op_DeleteFunctionUrlConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_function_url_config(struct awsc_client *client,
                                           const struct awsc_lambda_delete_function_url_config_input *input,
                                           struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteFunctionUrlConfig, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DeleteFunctionUrlConfig, input, delete_function_url_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteLayerVersion_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteLayerVersion = {
    .name = "DeleteLayerVersion",
    .http_method = "DELETE",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
    .input = &awsc__lambda_tables.shapes[116],
    .output = NULL,
    .errors = op_DeleteLayerVersion_errors,
    .error_count = 4,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_layer_version(struct awsc_client *client,
                                     const struct awsc_lambda_delete_layer_version_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteLayerVersion, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DeleteLayerVersion, input, delete_layer_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteProvisionedConcurrencyConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_DeleteProvisionedConcurrencyConfig = {
    .name = "DeleteProvisionedConcurrencyConfig",
    .http_method = "DELETE",
    .request_uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
    .input = &awsc__lambda_tables.shapes[117],
    .output = NULL,
    .errors = op_DeleteProvisionedConcurrencyConfig_errors,
    .error_count = 5,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_delete_provisioned_concurrency_config(struct awsc_client *client,
                                                      const struct awsc_lambda_delete_provisioned_concurrency_config_input *input,
                                                      struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteProvisionedConcurrencyConfig, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_DeleteProvisionedConcurrencyConfig, input, delete_provisioned_concurrency_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAccountSettings_errors[] = {
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetAccountSettings = {
    .name = "GetAccountSettings",
    .http_method = "GET",
    .request_uri = "/2016-08-19/account-settings",
    .input = &awsc__lambda_tables.shapes[219],
    .output = &awsc__lambda_tables.shapes[220],
    .errors = op_GetAccountSettings_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_account_settings(struct awsc_client *client,
                                     const struct awsc_lambda_get_account_settings_input *input,
                                     struct awsc_lambda_get_account_settings_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAccountSettings, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetAccountSettings, input, get_account_settings_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAlias_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetAlias = {
    .name = "GetAlias",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
    .input = &awsc__lambda_tables.shapes[221],
    .output = &awsc__lambda_tables.shapes[10],
    .errors = op_GetAlias_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_alias(struct awsc_client *client,
                          const struct awsc_lambda_get_alias_input *input,
                          struct awsc_lambda_alias_configuration **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAlias, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetAlias, input, get_alias_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCapacityProvider_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetCapacityProvider = {
    .name = "GetCapacityProvider",
    .http_method = "GET",
    .request_uri = "/2025-11-30/capacity-providers/{CapacityProviderName}",
    .input = &awsc__lambda_tables.shapes[222],
    .output = &awsc__lambda_tables.shapes[223],
    .errors = op_GetCapacityProvider_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_capacity_provider(struct awsc_client *client,
                                      const struct awsc_lambda_get_capacity_provider_input *input,
                                      struct awsc_lambda_get_capacity_provider_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCapacityProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetCapacityProvider, input, get_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCodeSigningConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
};

static const struct awsc_operation op_GetCodeSigningConfig = {
    .name = "GetCodeSigningConfig",
    .http_method = "GET",
    .request_uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
    .input = &awsc__lambda_tables.shapes[224],
    .output = &awsc__lambda_tables.shapes[225],
    .errors = op_GetCodeSigningConfig_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_code_signing_config(struct awsc_client *client,
                                        const struct awsc_lambda_get_code_signing_config_input *input,
                                        struct awsc_lambda_get_code_signing_config_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCodeSigningConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetCodeSigningConfig, input, get_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDurableExecution_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetDurableExecution = {
    .name = "GetDurableExecution",
    .http_method = "GET",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}",
    .input = &awsc__lambda_tables.shapes[228],
    .output = &awsc__lambda_tables.shapes[229],
    .errors = op_GetDurableExecution_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_durable_execution(struct awsc_client *client,
                                      const struct awsc_lambda_get_durable_execution_input *input,
                                      struct awsc_lambda_get_durable_execution_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDurableExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetDurableExecution, input, get_durable_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDurableExecutionHistory_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetDurableExecutionHistory = {
    .name = "GetDurableExecutionHistory",
    .http_method = "GET",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/history",
    .input = &awsc__lambda_tables.shapes[226],
    .output = &awsc__lambda_tables.shapes[227],
    .errors = op_GetDurableExecutionHistory_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_durable_execution_history(struct awsc_client *client,
                                              const struct awsc_lambda_get_durable_execution_history_input *input,
                                              struct awsc_lambda_get_durable_execution_history_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDurableExecutionHistory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetDurableExecutionHistory, input, get_durable_execution_history_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDurableExecutionState_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetDurableExecutionState = {
    .name = "GetDurableExecutionState",
    .http_method = "GET",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/state",
    .input = &awsc__lambda_tables.shapes[230],
    .output = &awsc__lambda_tables.shapes[231],
    .errors = op_GetDurableExecutionState_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_durable_execution_state(struct awsc_client *client,
                                            const struct awsc_lambda_get_durable_execution_state_input *input,
                                            struct awsc_lambda_get_durable_execution_state_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDurableExecutionState, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetDurableExecutionState, input, get_durable_execution_state_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetEventSourceMapping_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetEventSourceMapping = {
    .name = "GetEventSourceMapping",
    .http_method = "GET",
    .request_uri = "/2015-03-31/event-source-mappings/{UUID}",
    .input = &awsc__lambda_tables.shapes[232],
    .output = &awsc__lambda_tables.shapes[160],
    .errors = op_GetEventSourceMapping_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_event_source_mapping(struct awsc_client *client,
                                         const struct awsc_lambda_get_event_source_mapping_input *input,
                                         struct awsc_lambda_event_source_mapping_configuration **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetEventSourceMapping, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetEventSourceMapping, input, get_event_source_mapping_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetFunction_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetFunction = {
    .name = "GetFunction",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}",
    .input = &awsc__lambda_tables.shapes[241],
    .output = &awsc__lambda_tables.shapes[242],
    .errors = op_GetFunction_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_function(struct awsc_client *client,
                             const struct awsc_lambda_get_function_input *input,
                             struct awsc_lambda_get_function_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetFunction, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetFunction, input, get_function_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetFunctionCodeSigningConfig_errors[] = {
    &awsc__lambda_tables.shapes[77],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetFunctionCodeSigningConfig = {
    .name = "GetFunctionCodeSigningConfig",
    .http_method = "GET",
    .request_uri = "/2020-06-30/functions/{FunctionName}/code-signing-config",
    .input = &awsc__lambda_tables.shapes[233],
    .output = &awsc__lambda_tables.shapes[234],
    .errors = op_GetFunctionCodeSigningConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_function_code_signing_config(struct awsc_client *client,
                                                 const struct awsc_lambda_get_function_code_signing_config_input *input,
                                                 struct awsc_lambda_get_function_code_signing_config_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetFunctionCodeSigningConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetFunctionCodeSigningConfig, input, get_function_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetFunctionConcurrency_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetFunctionConcurrency = {
    .name = "GetFunctionConcurrency",
    .http_method = "GET",
    .request_uri = "/2019-09-30/functions/{FunctionName}/concurrency",
    .input = &awsc__lambda_tables.shapes[235],
    .output = &awsc__lambda_tables.shapes[236],
    .errors = op_GetFunctionConcurrency_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_function_concurrency(struct awsc_client *client,
                                         const struct awsc_lambda_get_function_concurrency_input *input,
                                         struct awsc_lambda_get_function_concurrency_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetFunctionConcurrency, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetFunctionConcurrency, input, get_function_concurrency_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetFunctionConfiguration_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetFunctionConfiguration = {
    .name = "GetFunctionConfiguration",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/configuration",
    .input = &awsc__lambda_tables.shapes[237],
    .output = &awsc__lambda_tables.shapes[199],
    .errors = op_GetFunctionConfiguration_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_function_configuration(struct awsc_client *client,
                                           const struct awsc_lambda_get_function_configuration_input *input,
                                           struct awsc_lambda_function_configuration **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetFunctionConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetFunctionConfiguration, input, get_function_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetFunctionEventInvokeConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetFunctionEventInvokeConfig = {
    .name = "GetFunctionEventInvokeConfig",
    .http_method = "GET",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config",
    .input = &awsc__lambda_tables.shapes[238],
    .output = &awsc__lambda_tables.shapes[200],
    .errors = op_GetFunctionEventInvokeConfig_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_function_event_invoke_config(struct awsc_client *client,
                                                 const struct awsc_lambda_get_function_event_invoke_config_input *input,
                                                 struct awsc_lambda_function_event_invoke_config **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetFunctionEventInvokeConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetFunctionEventInvokeConfig, input, get_function_event_invoke_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetFunctionRecursionConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetFunctionRecursionConfig = {
    .name = "GetFunctionRecursionConfig",
    .http_method = "GET",
    .request_uri = "/2024-08-31/functions/{FunctionName}/recursion-config",
    .input = &awsc__lambda_tables.shapes[239],
    .output = &awsc__lambda_tables.shapes[240],
    .errors = op_GetFunctionRecursionConfig_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_function_recursion_config(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_recursion_config_input *input,
                                              struct awsc_lambda_get_function_recursion_config_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetFunctionRecursionConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetFunctionRecursionConfig, input, get_function_recursion_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetFunctionScalingConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetFunctionScalingConfig = {
    .name = "GetFunctionScalingConfig",
    .http_method = "GET",
    .request_uri = "/2025-11-30/functions/{FunctionName}/function-scaling-config",
    .input = &awsc__lambda_tables.shapes[243],
    .output = &awsc__lambda_tables.shapes[244],
    .errors = op_GetFunctionScalingConfig_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_function_scaling_config(struct awsc_client *client,
                                            const struct awsc_lambda_get_function_scaling_config_input *input,
                                            struct awsc_lambda_get_function_scaling_config_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetFunctionScalingConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetFunctionScalingConfig, input, get_function_scaling_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetFunctionUrlConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetFunctionUrlConfig = {
    .name = "GetFunctionUrlConfig",
    .http_method = "GET",
    .request_uri = "/2021-10-31/functions/{FunctionName}/url",
    .input = &awsc__lambda_tables.shapes[245],
    .output = &awsc__lambda_tables.shapes[246],
    .errors = op_GetFunctionUrlConfig_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_function_url_config(struct awsc_client *client,
                                        const struct awsc_lambda_get_function_url_config_input *input,
                                        struct awsc_lambda_get_function_url_config_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetFunctionUrlConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetFunctionUrlConfig, input, get_function_url_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetLayerVersion_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetLayerVersion = {
    .name = "GetLayerVersion",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
    .input = &awsc__lambda_tables.shapes[250],
    .output = &awsc__lambda_tables.shapes[251],
    .errors = op_GetLayerVersion_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_layer_version(struct awsc_client *client,
                                  const struct awsc_lambda_get_layer_version_input *input,
                                  struct awsc_lambda_get_layer_version_response **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetLayerVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetLayerVersion, input, get_layer_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetLayerVersionByArn_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetLayerVersionByArn = {
    .name = "GetLayerVersionByArn",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers?find=LayerVersion",
    .input = &awsc__lambda_tables.shapes[247],
    .output = &awsc__lambda_tables.shapes[251],
    .errors = op_GetLayerVersionByArn_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_layer_version_by_arn(struct awsc_client *client,
                                         const struct awsc_lambda_get_layer_version_by_arn_input *input,
                                         struct awsc_lambda_get_layer_version_response **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetLayerVersionByArn, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetLayerVersionByArn, input, get_layer_version_by_arn_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetLayerVersionPolicy_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetLayerVersionPolicy = {
    .name = "GetLayerVersionPolicy",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
    .input = &awsc__lambda_tables.shapes[248],
    .output = &awsc__lambda_tables.shapes[249],
    .errors = op_GetLayerVersionPolicy_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_layer_version_policy(struct awsc_client *client,
                                         const struct awsc_lambda_get_layer_version_policy_input *input,
                                         struct awsc_lambda_get_layer_version_policy_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetLayerVersionPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetLayerVersionPolicy, input, get_layer_version_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetPolicy_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetPolicy = {
    .name = "GetPolicy",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/policy",
    .input = &awsc__lambda_tables.shapes[252],
    .output = &awsc__lambda_tables.shapes[253],
    .errors = op_GetPolicy_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_policy(struct awsc_client *client,
                           const struct awsc_lambda_get_policy_input *input,
                           struct awsc_lambda_get_policy_output **output,
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
    ((awsc_lambda_get_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_lambda_get_policy_async(struct awsc_client *client,
                                 const struct awsc_lambda_get_policy_input *input,
                                 awsc_lambda_get_policy_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetPolicy, input, get_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetProvisionedConcurrencyConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[418],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetProvisionedConcurrencyConfig = {
    .name = "GetProvisionedConcurrencyConfig",
    .http_method = "GET",
    .request_uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
    .input = &awsc__lambda_tables.shapes[254],
    .output = &awsc__lambda_tables.shapes[255],
    .errors = op_GetProvisionedConcurrencyConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_provisioned_concurrency_config(struct awsc_client *client,
                                                   const struct awsc_lambda_get_provisioned_concurrency_config_input *input,
                                                   struct awsc_lambda_get_provisioned_concurrency_config_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetProvisionedConcurrencyConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetProvisionedConcurrencyConfig, input, get_provisioned_concurrency_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetRuntimeManagementConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_GetRuntimeManagementConfig = {
    .name = "GetRuntimeManagementConfig",
    .http_method = "GET",
    .request_uri = "/2021-07-20/functions/{FunctionName}/runtime-management-config",
    .input = &awsc__lambda_tables.shapes[256],
    .output = &awsc__lambda_tables.shapes[257],
    .errors = op_GetRuntimeManagementConfig_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_get_runtime_management_config(struct awsc_client *client,
                                              const struct awsc_lambda_get_runtime_management_config_input *input,
                                              struct awsc_lambda_get_runtime_management_config_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetRuntimeManagementConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetRuntimeManagementConfig, input, get_runtime_management_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_Invoke_errors[] = {
    &awsc__lambda_tables.shapes[70],
    &awsc__lambda_tables.shapes[71],
    &awsc__lambda_tables.shapes[72],
    &awsc__lambda_tables.shapes[123],
    &awsc__lambda_tables.shapes[128],
    &awsc__lambda_tables.shapes[129],
    &awsc__lambda_tables.shapes[130],
    &awsc__lambda_tables.shapes[131],
    &awsc__lambda_tables.shapes[132],
    &awsc__lambda_tables.shapes[133],
    &awsc__lambda_tables.shapes[134],
    &awsc__lambda_tables.shapes[135],
    &awsc__lambda_tables.shapes[136],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[273],
    &awsc__lambda_tables.shapes[274],
    &awsc__lambda_tables.shapes[275],
    &awsc__lambda_tables.shapes[276],
    &awsc__lambda_tables.shapes[277],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[380],
    &awsc__lambda_tables.shapes[384],
    &awsc__lambda_tables.shapes[442],
    &awsc__lambda_tables.shapes[447],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[454],
    &awsc__lambda_tables.shapes[465],
    &awsc__lambda_tables.shapes[466],
    &awsc__lambda_tables.shapes[467],
    &awsc__lambda_tables.shapes[486],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[488],
    &awsc__lambda_tables.shapes[492],
    &awsc__lambda_tables.shapes[493],
    &awsc__lambda_tables.shapes[495],
    &awsc__lambda_tables.shapes[497],
    &awsc__lambda_tables.shapes[518],
    &awsc__lambda_tables.shapes[538],
    &awsc__lambda_tables.shapes[551],
};

static const struct awsc_operation op_Invoke = {
    .name = "Invoke",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions/{FunctionName}/invocations",
    .input = &awsc__lambda_tables.shapes[279],
    .output = &awsc__lambda_tables.shapes[280],
    .errors = op_Invoke_errors,
    .error_count = 43,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_invoke(struct awsc_client *client,
                       const struct awsc_lambda_invoke_input *input,
                       struct awsc_lambda_invoke_output **output,
                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_Invoke, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_Invoke, input, invoke_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_InvokeAsync_errors[] = {
    &awsc__lambda_tables.shapes[128],
    &awsc__lambda_tables.shapes[129],
    &awsc__lambda_tables.shapes[130],
    &awsc__lambda_tables.shapes[131],
    &awsc__lambda_tables.shapes[132],
    &awsc__lambda_tables.shapes[133],
    &awsc__lambda_tables.shapes[134],
    &awsc__lambda_tables.shapes[135],
    &awsc__lambda_tables.shapes[273],
    &awsc__lambda_tables.shapes[274],
    &awsc__lambda_tables.shapes[275],
    &awsc__lambda_tables.shapes[276],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[380],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[465],
    &awsc__lambda_tables.shapes[466],
    &awsc__lambda_tables.shapes[467],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[488],
    &awsc__lambda_tables.shapes[492],
    &awsc__lambda_tables.shapes[493],
    &awsc__lambda_tables.shapes[495],
    &awsc__lambda_tables.shapes[497],
    &awsc__lambda_tables.shapes[518],
};

static const struct awsc_operation op_InvokeAsync = {
    .name = "InvokeAsync",
    .http_method = "POST",
    .request_uri = "/2014-11-13/functions/{FunctionName}/invoke-async",
    .input = &awsc__lambda_tables.shapes[282],
    .output = &awsc__lambda_tables.shapes[283],
    .errors = op_InvokeAsync_errors,
    .error_count = 29,
    .flags = AWSC_OF_DEPRECATED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_invoke_async_op(struct awsc_client *client,
                                const struct awsc_lambda_invoke_async_input *input,
                                struct awsc_lambda_invoke_async_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_InvokeAsync, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_InvokeAsync, input, invoke_async_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_InvokeWithResponseStream_errors[] = {
    &awsc__lambda_tables.shapes[128],
    &awsc__lambda_tables.shapes[129],
    &awsc__lambda_tables.shapes[130],
    &awsc__lambda_tables.shapes[131],
    &awsc__lambda_tables.shapes[132],
    &awsc__lambda_tables.shapes[133],
    &awsc__lambda_tables.shapes[134],
    &awsc__lambda_tables.shapes[135],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[273],
    &awsc__lambda_tables.shapes[274],
    &awsc__lambda_tables.shapes[275],
    &awsc__lambda_tables.shapes[276],
    &awsc__lambda_tables.shapes[277],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[384],
    &awsc__lambda_tables.shapes[442],
    &awsc__lambda_tables.shapes[447],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[454],
    &awsc__lambda_tables.shapes[465],
    &awsc__lambda_tables.shapes[466],
    &awsc__lambda_tables.shapes[467],
    &awsc__lambda_tables.shapes[486],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[488],
    &awsc__lambda_tables.shapes[492],
    &awsc__lambda_tables.shapes[493],
    &awsc__lambda_tables.shapes[495],
    &awsc__lambda_tables.shapes[497],
    &awsc__lambda_tables.shapes[518],
    &awsc__lambda_tables.shapes[538],
    &awsc__lambda_tables.shapes[551],
};

static const struct awsc_operation op_InvokeWithResponseStream = {
    .name = "InvokeWithResponseStream",
    .http_method = "POST",
    .request_uri = "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
    .input = &awsc__lambda_tables.shapes[287],
    .output = &awsc__lambda_tables.shapes[288],
    .errors = op_InvokeWithResponseStream_errors,
    .error_count = 37,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

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
    int status = awsc_call_events_typed(client, &op_InvokeWithResponseStream, input, invoke_with_response_stream_event, (awsc_fn *)on_event, user_data, &out, err);
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
    return awsc_call_events_async_typed(client, &op_InvokeWithResponseStream, input, invoke_with_response_stream_event, (awsc_fn *)on_event, invoke_with_response_stream_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAliases_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListAliases = {
    .name = "ListAliases",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases",
    .input = &awsc__lambda_tables.shapes[325],
    .output = &awsc__lambda_tables.shapes[326],
    .errors = op_ListAliases_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_aliases(struct awsc_client *client,
                             const struct awsc_lambda_list_aliases_input *input,
                             struct awsc_lambda_list_aliases_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAliases, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListAliases, input, list_aliases_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListCapacityProviders_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListCapacityProviders = {
    .name = "ListCapacityProviders",
    .http_method = "GET",
    .request_uri = "/2025-11-30/capacity-providers",
    .input = &awsc__lambda_tables.shapes[327],
    .output = &awsc__lambda_tables.shapes[328],
    .errors = op_ListCapacityProviders_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_capacity_providers(struct awsc_client *client,
                                        const struct awsc_lambda_list_capacity_providers_input *input,
                                        struct awsc_lambda_list_capacity_providers_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListCapacityProviders, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListCapacityProviders, input, list_capacity_providers_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListCodeSigningConfigs_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[487],
};

static const struct awsc_operation op_ListCodeSigningConfigs = {
    .name = "ListCodeSigningConfigs",
    .http_method = "GET",
    .request_uri = "/2020-04-22/code-signing-configs",
    .input = &awsc__lambda_tables.shapes[329],
    .output = &awsc__lambda_tables.shapes[330],
    .errors = op_ListCodeSigningConfigs_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_code_signing_configs(struct awsc_client *client,
                                          const struct awsc_lambda_list_code_signing_configs_input *input,
                                          struct awsc_lambda_list_code_signing_configs_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListCodeSigningConfigs, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListCodeSigningConfigs, input, list_code_signing_configs_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDurableExecutionsByFunction_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListDurableExecutionsByFunction = {
    .name = "ListDurableExecutionsByFunction",
    .http_method = "GET",
    .request_uri = "/2025-12-01/functions/{FunctionName}/durable-executions",
    .input = &awsc__lambda_tables.shapes[331],
    .output = &awsc__lambda_tables.shapes[332],
    .errors = op_ListDurableExecutionsByFunction_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_durable_executions_by_function(struct awsc_client *client,
                                                    const struct awsc_lambda_list_durable_executions_by_function_input *input,
                                                    struct awsc_lambda_list_durable_executions_by_function_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDurableExecutionsByFunction, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListDurableExecutionsByFunction, input, list_durable_executions_by_function_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListEventSourceMappings_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListEventSourceMappings = {
    .name = "ListEventSourceMappings",
    .http_method = "GET",
    .request_uri = "/2015-03-31/event-source-mappings",
    .input = &awsc__lambda_tables.shapes[333],
    .output = &awsc__lambda_tables.shapes[334],
    .errors = op_ListEventSourceMappings_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_event_source_mappings(struct awsc_client *client,
                                           const struct awsc_lambda_list_event_source_mappings_input *input,
                                           struct awsc_lambda_list_event_source_mappings_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListEventSourceMappings, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListEventSourceMappings, input, list_event_source_mappings_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListFunctionEventInvokeConfigs_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListFunctionEventInvokeConfigs = {
    .name = "ListFunctionEventInvokeConfigs",
    .http_method = "GET",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config/list",
    .input = &awsc__lambda_tables.shapes[335],
    .output = &awsc__lambda_tables.shapes[336],
    .errors = op_ListFunctionEventInvokeConfigs_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_function_event_invoke_configs(struct awsc_client *client,
                                                   const struct awsc_lambda_list_function_event_invoke_configs_input *input,
                                                   struct awsc_lambda_list_function_event_invoke_configs_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListFunctionEventInvokeConfigs, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListFunctionEventInvokeConfigs, input, list_function_event_invoke_configs_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListFunctionUrlConfigs_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListFunctionUrlConfigs = {
    .name = "ListFunctionUrlConfigs",
    .http_method = "GET",
    .request_uri = "/2021-10-31/functions/{FunctionName}/urls",
    .input = &awsc__lambda_tables.shapes[337],
    .output = &awsc__lambda_tables.shapes[338],
    .errors = op_ListFunctionUrlConfigs_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_function_url_configs(struct awsc_client *client,
                                          const struct awsc_lambda_list_function_url_configs_input *input,
                                          struct awsc_lambda_list_function_url_configs_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListFunctionUrlConfigs, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListFunctionUrlConfigs, input, list_function_url_configs_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListFunctionVersionsByCapacityProvider_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListFunctionVersionsByCapacityProvider = {
    .name = "ListFunctionVersionsByCapacityProvider",
    .http_method = "GET",
    .request_uri = "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions",
    .input = &awsc__lambda_tables.shapes[339],
    .output = &awsc__lambda_tables.shapes[340],
    .errors = op_ListFunctionVersionsByCapacityProvider_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_function_versions_by_capacity_provider(struct awsc_client *client,
                                                            const struct awsc_lambda_list_function_versions_by_capacity_provider_input *input,
                                                            struct awsc_lambda_list_function_versions_by_capacity_provider_output **output,
                                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListFunctionVersionsByCapacityProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListFunctionVersionsByCapacityProvider, input, list_function_versions_by_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListFunctions_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListFunctions = {
    .name = "ListFunctions",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions",
    .input = &awsc__lambda_tables.shapes[343],
    .output = &awsc__lambda_tables.shapes[344],
    .errors = op_ListFunctions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_functions(struct awsc_client *client,
                               const struct awsc_lambda_list_functions_input *input,
                               struct awsc_lambda_list_functions_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListFunctions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListFunctions, input, list_functions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListFunctionsByCodeSigningConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
};

static const struct awsc_operation op_ListFunctionsByCodeSigningConfig = {
    .name = "ListFunctionsByCodeSigningConfig",
    .http_method = "GET",
    .request_uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions",
    .input = &awsc__lambda_tables.shapes[341],
    .output = &awsc__lambda_tables.shapes[342],
    .errors = op_ListFunctionsByCodeSigningConfig_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_functions_by_code_signing_config(struct awsc_client *client,
                                                      const struct awsc_lambda_list_functions_by_code_signing_config_input *input,
                                                      struct awsc_lambda_list_functions_by_code_signing_config_output **output,
                                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListFunctionsByCodeSigningConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListFunctionsByCodeSigningConfig, input, list_functions_by_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListLayerVersions_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListLayerVersions = {
    .name = "ListLayerVersions",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions",
    .input = &awsc__lambda_tables.shapes[345],
    .output = &awsc__lambda_tables.shapes[346],
    .errors = op_ListLayerVersions_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_layer_versions(struct awsc_client *client,
                                    const struct awsc_lambda_list_layer_versions_input *input,
                                    struct awsc_lambda_list_layer_versions_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListLayerVersions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListLayerVersions, input, list_layer_versions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListLayers_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListLayers = {
    .name = "ListLayers",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers",
    .input = &awsc__lambda_tables.shapes[347],
    .output = &awsc__lambda_tables.shapes[348],
    .errors = op_ListLayers_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_layers(struct awsc_client *client,
                            const struct awsc_lambda_list_layers_input *input,
                            struct awsc_lambda_list_layers_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListLayers, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListLayers, input, list_layers_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListProvisionedConcurrencyConfigs_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListProvisionedConcurrencyConfigs = {
    .name = "ListProvisionedConcurrencyConfigs",
    .http_method = "GET",
    .request_uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL",
    .input = &awsc__lambda_tables.shapes[349],
    .output = &awsc__lambda_tables.shapes[350],
    .errors = op_ListProvisionedConcurrencyConfigs_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_provisioned_concurrency_configs(struct awsc_client *client,
                                                     const struct awsc_lambda_list_provisioned_concurrency_configs_input *input,
                                                     struct awsc_lambda_list_provisioned_concurrency_configs_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListProvisionedConcurrencyConfigs, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListProvisionedConcurrencyConfigs, input, list_provisioned_concurrency_configs_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTags_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListTags = {
    .name = "ListTags",
    .http_method = "GET",
    .request_uri = "/2017-03-31/tags/{Resource}",
    .input = &awsc__lambda_tables.shapes[351],
    .output = &awsc__lambda_tables.shapes[352],
    .errors = op_ListTags_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_tags(struct awsc_client *client,
                          const struct awsc_lambda_list_tags_input *input,
                          struct awsc_lambda_list_tags_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTags, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListTags, input, list_tags_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListVersionsByFunction_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_ListVersionsByFunction = {
    .name = "ListVersionsByFunction",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/versions",
    .input = &awsc__lambda_tables.shapes[353],
    .output = &awsc__lambda_tables.shapes[354],
    .errors = op_ListVersionsByFunction_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_list_versions_by_function(struct awsc_client *client,
                                          const struct awsc_lambda_list_versions_by_function_input *input,
                                          struct awsc_lambda_list_versions_by_function_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListVersionsByFunction, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListVersionsByFunction, input, list_versions_by_function_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PublishLayerVersion_errors[] = {
    &awsc__lambda_tables.shapes[80],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_PublishLayerVersion = {
    .name = "PublishLayerVersion",
    .http_method = "POST",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions",
    .input = &awsc__lambda_tables.shapes[423],
    .output = &awsc__lambda_tables.shapes[424],
    .errors = op_PublishLayerVersion_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_publish_layer_version(struct awsc_client *client,
                                      const struct awsc_lambda_publish_layer_version_input *input,
                                      struct awsc_lambda_publish_layer_version_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PublishLayerVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PublishLayerVersion, input, publish_layer_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PublishVersion_errors[] = {
    &awsc__lambda_tables.shapes[80],
    &awsc__lambda_tables.shapes[218],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[410],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_PublishVersion = {
    .name = "PublishVersion",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions/{FunctionName}/versions",
    .input = &awsc__lambda_tables.shapes[425],
    .output = &awsc__lambda_tables.shapes[199],
    .errors = op_PublishVersion_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_publish_version(struct awsc_client *client,
                                const struct awsc_lambda_publish_version_input *input,
                                struct awsc_lambda_function_configuration **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PublishVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PublishVersion, input, publish_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutFunctionCodeSigningConfig_errors[] = {
    &awsc__lambda_tables.shapes[77],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_PutFunctionCodeSigningConfig = {
    .name = "PutFunctionCodeSigningConfig",
    .http_method = "PUT",
    .request_uri = "/2020-06-30/functions/{FunctionName}/code-signing-config",
    .input = &awsc__lambda_tables.shapes[427],
    .output = &awsc__lambda_tables.shapes[428],
    .errors = op_PutFunctionCodeSigningConfig_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_put_function_code_signing_config(struct awsc_client *client,
                                                 const struct awsc_lambda_put_function_code_signing_config_input *input,
                                                 struct awsc_lambda_put_function_code_signing_config_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutFunctionCodeSigningConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutFunctionCodeSigningConfig, input, put_function_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutFunctionConcurrency_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_PutFunctionConcurrency = {
    .name = "PutFunctionConcurrency",
    .http_method = "PUT",
    .request_uri = "/2017-10-31/functions/{FunctionName}/concurrency",
    .input = &awsc__lambda_tables.shapes[429],
    .output = &awsc__lambda_tables.shapes[85],
    .errors = op_PutFunctionConcurrency_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_put_function_concurrency(struct awsc_client *client,
                                         const struct awsc_lambda_put_function_concurrency_input *input,
                                         struct awsc_lambda_concurrency **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutFunctionConcurrency, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutFunctionConcurrency, input, put_function_concurrency_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutFunctionEventInvokeConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_PutFunctionEventInvokeConfig = {
    .name = "PutFunctionEventInvokeConfig",
    .http_method = "PUT",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config",
    .input = &awsc__lambda_tables.shapes[430],
    .output = &awsc__lambda_tables.shapes[200],
    .errors = op_PutFunctionEventInvokeConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_put_function_event_invoke_config(struct awsc_client *client,
                                                 const struct awsc_lambda_put_function_event_invoke_config_input *input,
                                                 struct awsc_lambda_function_event_invoke_config **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutFunctionEventInvokeConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutFunctionEventInvokeConfig, input, put_function_event_invoke_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutFunctionRecursionConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_PutFunctionRecursionConfig = {
    .name = "PutFunctionRecursionConfig",
    .http_method = "PUT",
    .request_uri = "/2024-08-31/functions/{FunctionName}/recursion-config",
    .input = &awsc__lambda_tables.shapes[431],
    .output = &awsc__lambda_tables.shapes[432],
    .errors = op_PutFunctionRecursionConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_put_function_recursion_config(struct awsc_client *client,
                                              const struct awsc_lambda_put_function_recursion_config_input *input,
                                              struct awsc_lambda_put_function_recursion_config_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutFunctionRecursionConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutFunctionRecursionConfig, input, put_function_recursion_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutFunctionScalingConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_PutFunctionScalingConfig = {
    .name = "PutFunctionScalingConfig",
    .http_method = "PUT",
    .request_uri = "/2025-11-30/functions/{FunctionName}/function-scaling-config",
    .input = &awsc__lambda_tables.shapes[433],
    .output = &awsc__lambda_tables.shapes[434],
    .errors = op_PutFunctionScalingConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_put_function_scaling_config(struct awsc_client *client,
                                            const struct awsc_lambda_put_function_scaling_config_input *input,
                                            struct awsc_lambda_put_function_scaling_config_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutFunctionScalingConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutFunctionScalingConfig, input, put_function_scaling_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutProvisionedConcurrencyConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_PutProvisionedConcurrencyConfig = {
    .name = "PutProvisionedConcurrencyConfig",
    .http_method = "PUT",
    .request_uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
    .input = &awsc__lambda_tables.shapes[435],
    .output = &awsc__lambda_tables.shapes[436],
    .errors = op_PutProvisionedConcurrencyConfig_errors,
    .error_count = 5,
    .flags = AWSC_OF_IDEMPOTENT,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_put_provisioned_concurrency_config(struct awsc_client *client,
                                                   const struct awsc_lambda_put_provisioned_concurrency_config_input *input,
                                                   struct awsc_lambda_put_provisioned_concurrency_config_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutProvisionedConcurrencyConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutProvisionedConcurrencyConfig, input, put_provisioned_concurrency_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutRuntimeManagementConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_PutRuntimeManagementConfig = {
    .name = "PutRuntimeManagementConfig",
    .http_method = "PUT",
    .request_uri = "/2021-07-20/functions/{FunctionName}/runtime-management-config",
    .input = &awsc__lambda_tables.shapes[437],
    .output = &awsc__lambda_tables.shapes[438],
    .errors = op_PutRuntimeManagementConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_put_runtime_management_config(struct awsc_client *client,
                                              const struct awsc_lambda_put_runtime_management_config_input *input,
                                              struct awsc_lambda_put_runtime_management_config_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutRuntimeManagementConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutRuntimeManagementConfig, input, put_runtime_management_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemoveLayerVersionPermission_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[410],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_RemoveLayerVersionPermission = {
    .name = "RemoveLayerVersionPermission",
    .http_method = "DELETE",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}",
    .input = &awsc__lambda_tables.shapes[444],
    .output = NULL,
    .errors = op_RemoveLayerVersionPermission_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_remove_layer_version_permission(struct awsc_client *client,
                                                const struct awsc_lambda_remove_layer_version_permission_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &op_RemoveLayerVersionPermission, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_RemoveLayerVersionPermission, input, remove_layer_version_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemovePermission_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[410],
    &awsc__lambda_tables.shapes[422],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_RemovePermission = {
    .name = "RemovePermission",
    .http_method = "DELETE",
    .request_uri = "/2015-03-31/functions/{FunctionName}/policy/{StatementId}",
    .input = &awsc__lambda_tables.shapes[445],
    .output = NULL,
    .errors = op_RemovePermission_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_remove_permission(struct awsc_client *client,
                                  const struct awsc_lambda_remove_permission_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_RemovePermission, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_RemovePermission, input, remove_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendDurableExecutionCallbackFailure_errors[] = {
    &awsc__lambda_tables.shapes[39],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_SendDurableExecutionCallbackFailure = {
    .name = "SendDurableExecutionCallbackFailure",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail",
    .input = &awsc__lambda_tables.shapes[478],
    .output = &awsc__lambda_tables.shapes[479],
    .errors = op_SendDurableExecutionCallbackFailure_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_send_durable_execution_callback_failure(struct awsc_client *client,
                                                        const struct awsc_lambda_send_durable_execution_callback_failure_input *input,
                                                        struct awsc_lambda_send_durable_execution_callback_failure_output **output,
                                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendDurableExecutionCallbackFailure, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_SendDurableExecutionCallbackFailure, input, send_durable_execution_callback_failure_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendDurableExecutionCallbackHeartbeat_errors[] = {
    &awsc__lambda_tables.shapes[39],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_SendDurableExecutionCallbackHeartbeat = {
    .name = "SendDurableExecutionCallbackHeartbeat",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat",
    .input = &awsc__lambda_tables.shapes[480],
    .output = &awsc__lambda_tables.shapes[481],
    .errors = op_SendDurableExecutionCallbackHeartbeat_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_send_durable_execution_callback_heartbeat(struct awsc_client *client,
                                                          const struct awsc_lambda_send_durable_execution_callback_heartbeat_input *input,
                                                          struct awsc_lambda_send_durable_execution_callback_heartbeat_output **output,
                                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendDurableExecutionCallbackHeartbeat, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_SendDurableExecutionCallbackHeartbeat, input, send_durable_execution_callback_heartbeat_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendDurableExecutionCallbackSuccess_errors[] = {
    &awsc__lambda_tables.shapes[39],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_SendDurableExecutionCallbackSuccess = {
    .name = "SendDurableExecutionCallbackSuccess",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed",
    .input = &awsc__lambda_tables.shapes[482],
    .output = &awsc__lambda_tables.shapes[483],
    .errors = op_SendDurableExecutionCallbackSuccess_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_send_durable_execution_callback_success(struct awsc_client *client,
                                                        const struct awsc_lambda_send_durable_execution_callback_success_input *input,
                                                        struct awsc_lambda_send_durable_execution_callback_success_output **output,
                                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendDurableExecutionCallbackSuccess, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_SendDurableExecutionCallbackSuccess, input, send_durable_execution_callback_success_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StopDurableExecution_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_StopDurableExecution = {
    .name = "StopDurableExecution",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/stop",
    .input = &awsc__lambda_tables.shapes[514],
    .output = &awsc__lambda_tables.shapes[515],
    .errors = op_StopDurableExecution_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_stop_durable_execution(struct awsc_client *client,
                                       const struct awsc_lambda_stop_durable_execution_input *input,
                                       struct awsc_lambda_stop_durable_execution_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StopDurableExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StopDurableExecution, input, stop_durable_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagResource_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_TagResource = {
    .name = "TagResource",
    .http_method = "POST",
    .request_uri = "/2017-03-31/tags/{Resource}",
    .input = &awsc__lambda_tables.shapes[524],
    .output = NULL,
    .errors = op_TagResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_tag_resource(struct awsc_client *client,
                             const struct awsc_lambda_tag_resource_input *input,
                             struct awsc_error *err)
{
    return awsc_call(client, &op_TagResource, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_TagResource, input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagResource_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_UntagResource = {
    .name = "UntagResource",
    .http_method = "DELETE",
    .request_uri = "/2017-03-31/tags/{Resource}",
    .input = &awsc__lambda_tables.shapes[552],
    .output = NULL,
    .errors = op_UntagResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_untag_resource(struct awsc_client *client,
                               const struct awsc_lambda_untag_resource_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_UntagResource, input, NULL, err);
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
    return awsc_call_async_typed(client, &op_UntagResource, input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateAlias_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[410],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_UpdateAlias = {
    .name = "UpdateAlias",
    .http_method = "PUT",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
    .input = &awsc__lambda_tables.shapes[553],
    .output = &awsc__lambda_tables.shapes[10],
    .errors = op_UpdateAlias_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_update_alias(struct awsc_client *client,
                             const struct awsc_lambda_update_alias_input *input,
                             struct awsc_lambda_alias_configuration **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateAlias, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateAlias, input, update_alias_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateCapacityProvider_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_UpdateCapacityProvider = {
    .name = "UpdateCapacityProvider",
    .http_method = "PUT",
    .request_uri = "/2025-11-30/capacity-providers/{CapacityProviderName}",
    .input = &awsc__lambda_tables.shapes[554],
    .output = &awsc__lambda_tables.shapes[555],
    .errors = op_UpdateCapacityProvider_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_update_capacity_provider(struct awsc_client *client,
                                         const struct awsc_lambda_update_capacity_provider_input *input,
                                         struct awsc_lambda_update_capacity_provider_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateCapacityProvider, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateCapacityProvider, input, update_capacity_provider_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateCodeSigningConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
};

static const struct awsc_operation op_UpdateCodeSigningConfig = {
    .name = "UpdateCodeSigningConfig",
    .http_method = "PUT",
    .request_uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
    .input = &awsc__lambda_tables.shapes[556],
    .output = &awsc__lambda_tables.shapes[557],
    .errors = op_UpdateCodeSigningConfig_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_update_code_signing_config(struct awsc_client *client,
                                           const struct awsc_lambda_update_code_signing_config_input *input,
                                           struct awsc_lambda_update_code_signing_config_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateCodeSigningConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateCodeSigningConfig, input, update_code_signing_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateEventSourceMapping_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[452],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_UpdateEventSourceMapping = {
    .name = "UpdateEventSourceMapping",
    .http_method = "PUT",
    .request_uri = "/2015-03-31/event-source-mappings/{UUID}",
    .input = &awsc__lambda_tables.shapes[558],
    .output = &awsc__lambda_tables.shapes[160],
    .errors = op_UpdateEventSourceMapping_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_update_event_source_mapping(struct awsc_client *client,
                                            const struct awsc_lambda_update_event_source_mapping_input *input,
                                            struct awsc_lambda_event_source_mapping_configuration **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateEventSourceMapping, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateEventSourceMapping, input, update_event_source_mapping_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateFunctionCode_errors[] = {
    &awsc__lambda_tables.shapes[77],
    &awsc__lambda_tables.shapes[80],
    &awsc__lambda_tables.shapes[81],
    &awsc__lambda_tables.shapes[271],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[410],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_UpdateFunctionCode = {
    .name = "UpdateFunctionCode",
    .http_method = "PUT",
    .request_uri = "/2015-03-31/functions/{FunctionName}/code",
    .input = &awsc__lambda_tables.shapes[559],
    .output = &awsc__lambda_tables.shapes[199],
    .errors = op_UpdateFunctionCode_errors,
    .error_count = 10,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_update_function_code(struct awsc_client *client,
                                     const struct awsc_lambda_update_function_code_input *input,
                                     struct awsc_lambda_function_configuration **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateFunctionCode, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateFunctionCode, input, update_function_code_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateFunctionConfiguration_errors[] = {
    &awsc__lambda_tables.shapes[77],
    &awsc__lambda_tables.shapes[81],
    &awsc__lambda_tables.shapes[271],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[410],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_UpdateFunctionConfiguration = {
    .name = "UpdateFunctionConfiguration",
    .http_method = "PUT",
    .request_uri = "/2015-03-31/functions/{FunctionName}/configuration",
    .input = &awsc__lambda_tables.shapes[560],
    .output = &awsc__lambda_tables.shapes[199],
    .errors = op_UpdateFunctionConfiguration_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_update_function_configuration(struct awsc_client *client,
                                              const struct awsc_lambda_update_function_configuration_input *input,
                                              struct awsc_lambda_function_configuration **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateFunctionConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateFunctionConfiguration, input, update_function_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateFunctionEventInvokeConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_UpdateFunctionEventInvokeConfig = {
    .name = "UpdateFunctionEventInvokeConfig",
    .http_method = "POST",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config",
    .input = &awsc__lambda_tables.shapes[561],
    .output = &awsc__lambda_tables.shapes[200],
    .errors = op_UpdateFunctionEventInvokeConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_update_function_event_invoke_config(struct awsc_client *client,
                                                    const struct awsc_lambda_update_function_event_invoke_config_input *input,
                                                    struct awsc_lambda_function_event_invoke_config **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateFunctionEventInvokeConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateFunctionEventInvokeConfig, input, update_function_event_invoke_config_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateFunctionUrlConfig_errors[] = {
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[538],
};

static const struct awsc_operation op_UpdateFunctionUrlConfig = {
    .name = "UpdateFunctionUrlConfig",
    .http_method = "PUT",
    .request_uri = "/2021-10-31/functions/{FunctionName}/url",
    .input = &awsc__lambda_tables.shapes[562],
    .output = &awsc__lambda_tables.shapes[563],
    .errors = op_UpdateFunctionUrlConfig_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_lambda_service,
};

int awsc_lambda_update_function_url_config(struct awsc_client *client,
                                           const struct awsc_lambda_update_function_url_config_input *input,
                                           struct awsc_lambda_update_function_url_config_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateFunctionUrlConfig, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateFunctionUrlConfig, input, update_function_url_config_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AddLayerVersionPermission,
    &op_AddPermission,
    &op_CheckpointDurableExecution,
    &op_CreateAlias,
    &op_CreateCapacityProvider,
    &op_CreateCodeSigningConfig,
    &op_CreateEventSourceMapping,
    &op_CreateFunction,
    &op_CreateFunctionUrlConfig,
    &op_DeleteAlias,
    &op_DeleteCapacityProvider,
    &op_DeleteCodeSigningConfig,
    &op_DeleteEventSourceMapping,
    &op_DeleteFunction,
    &op_DeleteFunctionCodeSigningConfig,
    &op_DeleteFunctionConcurrency,
    &op_DeleteFunctionEventInvokeConfig,
    &op_DeleteFunctionUrlConfig,
    &op_DeleteLayerVersion,
    &op_DeleteProvisionedConcurrencyConfig,
    &op_GetAccountSettings,
    &op_GetAlias,
    &op_GetCapacityProvider,
    &op_GetCodeSigningConfig,
    &op_GetDurableExecution,
    &op_GetDurableExecutionHistory,
    &op_GetDurableExecutionState,
    &op_GetEventSourceMapping,
    &op_GetFunction,
    &op_GetFunctionCodeSigningConfig,
    &op_GetFunctionConcurrency,
    &op_GetFunctionConfiguration,
    &op_GetFunctionEventInvokeConfig,
    &op_GetFunctionRecursionConfig,
    &op_GetFunctionScalingConfig,
    &op_GetFunctionUrlConfig,
    &op_GetLayerVersion,
    &op_GetLayerVersionByArn,
    &op_GetLayerVersionPolicy,
    &op_GetPolicy,
    &op_GetProvisionedConcurrencyConfig,
    &op_GetRuntimeManagementConfig,
    &op_Invoke,
    &op_InvokeAsync,
    &op_InvokeWithResponseStream,
    &op_ListAliases,
    &op_ListCapacityProviders,
    &op_ListCodeSigningConfigs,
    &op_ListDurableExecutionsByFunction,
    &op_ListEventSourceMappings,
    &op_ListFunctionEventInvokeConfigs,
    &op_ListFunctionUrlConfigs,
    &op_ListFunctionVersionsByCapacityProvider,
    &op_ListFunctions,
    &op_ListFunctionsByCodeSigningConfig,
    &op_ListLayerVersions,
    &op_ListLayers,
    &op_ListProvisionedConcurrencyConfigs,
    &op_ListTags,
    &op_ListVersionsByFunction,
    &op_PublishLayerVersion,
    &op_PublishVersion,
    &op_PutFunctionCodeSigningConfig,
    &op_PutFunctionConcurrency,
    &op_PutFunctionEventInvokeConfig,
    &op_PutFunctionRecursionConfig,
    &op_PutFunctionScalingConfig,
    &op_PutProvisionedConcurrencyConfig,
    &op_PutRuntimeManagementConfig,
    &op_RemoveLayerVersionPermission,
    &op_RemovePermission,
    &op_SendDurableExecutionCallbackFailure,
    &op_SendDurableExecutionCallbackHeartbeat,
    &op_SendDurableExecutionCallbackSuccess,
    &op_StopDurableExecution,
    &op_TagResource,
    &op_UntagResource,
    &op_UpdateAlias,
    &op_UpdateCapacityProvider,
    &op_UpdateCodeSigningConfig,
    &op_UpdateEventSourceMapping,
    &op_UpdateFunctionCode,
    &op_UpdateFunctionConfiguration,
    &op_UpdateFunctionEventInvokeConfig,
    &op_UpdateFunctionUrlConfig,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__lambda_tables.shapes[11],
    &awsc__lambda_tables.shapes[39],
    &awsc__lambda_tables.shapes[43],
    &awsc__lambda_tables.shapes[70],
    &awsc__lambda_tables.shapes[71],
    &awsc__lambda_tables.shapes[72],
    &awsc__lambda_tables.shapes[77],
    &awsc__lambda_tables.shapes[80],
    &awsc__lambda_tables.shapes[81],
    &awsc__lambda_tables.shapes[123],
    &awsc__lambda_tables.shapes[128],
    &awsc__lambda_tables.shapes[129],
    &awsc__lambda_tables.shapes[130],
    &awsc__lambda_tables.shapes[131],
    &awsc__lambda_tables.shapes[132],
    &awsc__lambda_tables.shapes[133],
    &awsc__lambda_tables.shapes[134],
    &awsc__lambda_tables.shapes[135],
    &awsc__lambda_tables.shapes[136],
    &awsc__lambda_tables.shapes[218],
    &awsc__lambda_tables.shapes[271],
    &awsc__lambda_tables.shapes[272],
    &awsc__lambda_tables.shapes[273],
    &awsc__lambda_tables.shapes[274],
    &awsc__lambda_tables.shapes[275],
    &awsc__lambda_tables.shapes[276],
    &awsc__lambda_tables.shapes[277],
    &awsc__lambda_tables.shapes[292],
    &awsc__lambda_tables.shapes[293],
    &awsc__lambda_tables.shapes[294],
    &awsc__lambda_tables.shapes[297],
    &awsc__lambda_tables.shapes[380],
    &awsc__lambda_tables.shapes[384],
    &awsc__lambda_tables.shapes[408],
    &awsc__lambda_tables.shapes[410],
    &awsc__lambda_tables.shapes[418],
    &awsc__lambda_tables.shapes[422],
    &awsc__lambda_tables.shapes[442],
    &awsc__lambda_tables.shapes[447],
    &awsc__lambda_tables.shapes[451],
    &awsc__lambda_tables.shapes[452],
    &awsc__lambda_tables.shapes[453],
    &awsc__lambda_tables.shapes[454],
    &awsc__lambda_tables.shapes[465],
    &awsc__lambda_tables.shapes[466],
    &awsc__lambda_tables.shapes[467],
    &awsc__lambda_tables.shapes[486],
    &awsc__lambda_tables.shapes[487],
    &awsc__lambda_tables.shapes[488],
    &awsc__lambda_tables.shapes[492],
    &awsc__lambda_tables.shapes[493],
    &awsc__lambda_tables.shapes[495],
    &awsc__lambda_tables.shapes[497],
    &awsc__lambda_tables.shapes[518],
    &awsc__lambda_tables.shapes[538],
    &awsc__lambda_tables.shapes[551],
};

const struct awsc_service awsc_lambda_service = {
    .name = "lambda",
    .service_id = "Lambda",
    .full_name = "AWS Lambda",
    .api_version = "2015-03-31",
    .endpoint_prefix = "lambda",
    .signing_name = "lambda",
    .target_prefix = NULL,
    .json_version = NULL,
    .xml_namespace = NULL,
    .env_name = "LAMBDA",
    .protocol = AWSC_PROTO_REST_JSON,
    .operations = operations,
    .operation_count = 85,
    .errors = errors,
    .error_count = 56,
    .flags = 0,
    .ruleset = &awsc__lambda_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__lambda_pagers.paginators,
    .paginator_count = 16,
#endif
#if AWSC_WITH_WAITERS
    .waiters = awsc__lambda_pagers.waiters,
    .waiter_count = 6,
#endif
};
