/*
 * lambda_ops.c - operations of Lambda: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/lambda.h>
#include <awsc/shape.h>

extern const struct awsc_shape awsc__lambda_AddLayerVersionPermissionRequest;
extern const struct awsc_shape awsc__lambda_AddLayerVersionPermissionResponse;
extern const struct awsc_shape awsc__lambda_AddPermissionRequest;
extern const struct awsc_shape awsc__lambda_AddPermissionResponse;
extern const struct awsc_shape awsc__lambda_AliasConfiguration;
extern const struct awsc_shape awsc__lambda_AliasLimitExceededException;
extern const struct awsc_shape awsc__lambda_CallbackTimeoutException;
extern const struct awsc_shape awsc__lambda_CapacityProviderLimitExceededException;
extern const struct awsc_shape awsc__lambda_CheckpointDurableExecutionRequest;
extern const struct awsc_shape awsc__lambda_CheckpointDurableExecutionResponse;
extern const struct awsc_shape awsc__lambda_CodeArtifactUserDeletedException;
extern const struct awsc_shape awsc__lambda_CodeArtifactUserFailedException;
extern const struct awsc_shape awsc__lambda_CodeArtifactUserPendingException;
extern const struct awsc_shape awsc__lambda_CodeSigningConfigNotFoundException;
extern const struct awsc_shape awsc__lambda_CodeStorageExceededException;
extern const struct awsc_shape awsc__lambda_CodeVerificationFailedException;
extern const struct awsc_shape awsc__lambda_Concurrency;
extern const struct awsc_shape awsc__lambda_CreateAliasRequest;
extern const struct awsc_shape awsc__lambda_CreateCapacityProviderRequest;
extern const struct awsc_shape awsc__lambda_CreateCapacityProviderResponse;
extern const struct awsc_shape awsc__lambda_CreateCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_CreateCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_CreateEventSourceMappingRequest;
extern const struct awsc_shape awsc__lambda_CreateFunctionRequest;
extern const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigRequest;
extern const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigResponse;
extern const struct awsc_shape awsc__lambda_DeleteAliasRequest;
extern const struct awsc_shape awsc__lambda_DeleteCapacityProviderRequest;
extern const struct awsc_shape awsc__lambda_DeleteCapacityProviderResponse;
extern const struct awsc_shape awsc__lambda_DeleteCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_DeleteCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_DeleteEventSourceMappingRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionConcurrencyRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionEventInvokeConfigRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionResponse;
extern const struct awsc_shape awsc__lambda_DeleteFunctionUrlConfigRequest;
extern const struct awsc_shape awsc__lambda_DeleteLayerVersionRequest;
extern const struct awsc_shape awsc__lambda_DeleteProvisionedConcurrencyConfigRequest;
extern const struct awsc_shape awsc__lambda_DurableExecutionAlreadyStartedException;
extern const struct awsc_shape awsc__lambda_EC2AccessDeniedException;
extern const struct awsc_shape awsc__lambda_EC2ThrottledException;
extern const struct awsc_shape awsc__lambda_EC2UnexpectedException;
extern const struct awsc_shape awsc__lambda_EFSIOException;
extern const struct awsc_shape awsc__lambda_EFSMountConnectivityException;
extern const struct awsc_shape awsc__lambda_EFSMountFailureException;
extern const struct awsc_shape awsc__lambda_EFSMountTimeoutException;
extern const struct awsc_shape awsc__lambda_ENILimitReachedException;
extern const struct awsc_shape awsc__lambda_ENINotReadyException;
extern const struct awsc_shape awsc__lambda_EventSourceMappingConfiguration;
extern const struct awsc_shape awsc__lambda_FunctionConfiguration;
extern const struct awsc_shape awsc__lambda_FunctionEventInvokeConfig;
extern const struct awsc_shape awsc__lambda_FunctionVersionsPerCapacityProviderLimitExceededException;
extern const struct awsc_shape awsc__lambda_GetAccountSettingsRequest;
extern const struct awsc_shape awsc__lambda_GetAccountSettingsResponse;
extern const struct awsc_shape awsc__lambda_GetAliasRequest;
extern const struct awsc_shape awsc__lambda_GetCapacityProviderRequest;
extern const struct awsc_shape awsc__lambda_GetCapacityProviderResponse;
extern const struct awsc_shape awsc__lambda_GetCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_GetCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_GetDurableExecutionHistoryRequest;
extern const struct awsc_shape awsc__lambda_GetDurableExecutionHistoryResponse;
extern const struct awsc_shape awsc__lambda_GetDurableExecutionRequest;
extern const struct awsc_shape awsc__lambda_GetDurableExecutionResponse;
extern const struct awsc_shape awsc__lambda_GetDurableExecutionStateRequest;
extern const struct awsc_shape awsc__lambda_GetDurableExecutionStateResponse;
extern const struct awsc_shape awsc__lambda_GetEventSourceMappingRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_GetFunctionConcurrencyRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionConcurrencyResponse;
extern const struct awsc_shape awsc__lambda_GetFunctionConfigurationRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionEventInvokeConfigRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionRecursionConfigRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionRecursionConfigResponse;
extern const struct awsc_shape awsc__lambda_GetFunctionRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionResponse;
extern const struct awsc_shape awsc__lambda_GetFunctionScalingConfigRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionScalingConfigResponse;
extern const struct awsc_shape awsc__lambda_GetFunctionUrlConfigRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionUrlConfigResponse;
extern const struct awsc_shape awsc__lambda_GetLayerVersionByArnRequest;
extern const struct awsc_shape awsc__lambda_GetLayerVersionPolicyRequest;
extern const struct awsc_shape awsc__lambda_GetLayerVersionPolicyResponse;
extern const struct awsc_shape awsc__lambda_GetLayerVersionRequest;
extern const struct awsc_shape awsc__lambda_GetLayerVersionResponse;
extern const struct awsc_shape awsc__lambda_GetPolicyRequest;
extern const struct awsc_shape awsc__lambda_GetPolicyResponse;
extern const struct awsc_shape awsc__lambda_GetProvisionedConcurrencyConfigRequest;
extern const struct awsc_shape awsc__lambda_GetProvisionedConcurrencyConfigResponse;
extern const struct awsc_shape awsc__lambda_GetRuntimeManagementConfigRequest;
extern const struct awsc_shape awsc__lambda_GetRuntimeManagementConfigResponse;
extern const struct awsc_shape awsc__lambda_InvalidCodeSignatureException;
extern const struct awsc_shape awsc__lambda_InvalidParameterValueException;
extern const struct awsc_shape awsc__lambda_InvalidRequestContentException;
extern const struct awsc_shape awsc__lambda_InvalidRuntimeException;
extern const struct awsc_shape awsc__lambda_InvalidSecurityGroupIDException;
extern const struct awsc_shape awsc__lambda_InvalidSubnetIDException;
extern const struct awsc_shape awsc__lambda_InvalidZipFileException;
extern const struct awsc_shape awsc__lambda_InvocationRequest;
extern const struct awsc_shape awsc__lambda_InvocationResponse;
extern const struct awsc_shape awsc__lambda_InvokeAsyncRequest;
extern const struct awsc_shape awsc__lambda_InvokeAsyncResponse;
extern const struct awsc_shape awsc__lambda_InvokeWithResponseStreamRequest;
extern const struct awsc_shape awsc__lambda_InvokeWithResponseStreamResponse;
extern const struct awsc_shape awsc__lambda_KMSAccessDeniedException;
extern const struct awsc_shape awsc__lambda_KMSDisabledException;
extern const struct awsc_shape awsc__lambda_KMSInvalidStateException;
extern const struct awsc_shape awsc__lambda_KMSNotFoundException;
extern const struct awsc_shape awsc__lambda_ListAliasesRequest;
extern const struct awsc_shape awsc__lambda_ListAliasesResponse;
extern const struct awsc_shape awsc__lambda_ListCapacityProvidersRequest;
extern const struct awsc_shape awsc__lambda_ListCapacityProvidersResponse;
extern const struct awsc_shape awsc__lambda_ListCodeSigningConfigsRequest;
extern const struct awsc_shape awsc__lambda_ListCodeSigningConfigsResponse;
extern const struct awsc_shape awsc__lambda_ListDurableExecutionsByFunctionRequest;
extern const struct awsc_shape awsc__lambda_ListDurableExecutionsByFunctionResponse;
extern const struct awsc_shape awsc__lambda_ListEventSourceMappingsRequest;
extern const struct awsc_shape awsc__lambda_ListEventSourceMappingsResponse;
extern const struct awsc_shape awsc__lambda_ListFunctionEventInvokeConfigsRequest;
extern const struct awsc_shape awsc__lambda_ListFunctionEventInvokeConfigsResponse;
extern const struct awsc_shape awsc__lambda_ListFunctionUrlConfigsRequest;
extern const struct awsc_shape awsc__lambda_ListFunctionUrlConfigsResponse;
extern const struct awsc_shape awsc__lambda_ListFunctionVersionsByCapacityProviderRequest;
extern const struct awsc_shape awsc__lambda_ListFunctionVersionsByCapacityProviderResponse;
extern const struct awsc_shape awsc__lambda_ListFunctionsByCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_ListFunctionsByCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_ListFunctionsRequest;
extern const struct awsc_shape awsc__lambda_ListFunctionsResponse;
extern const struct awsc_shape awsc__lambda_ListLayerVersionsRequest;
extern const struct awsc_shape awsc__lambda_ListLayerVersionsResponse;
extern const struct awsc_shape awsc__lambda_ListLayersRequest;
extern const struct awsc_shape awsc__lambda_ListLayersResponse;
extern const struct awsc_shape awsc__lambda_ListProvisionedConcurrencyConfigsRequest;
extern const struct awsc_shape awsc__lambda_ListProvisionedConcurrencyConfigsResponse;
extern const struct awsc_shape awsc__lambda_ListTagsRequest;
extern const struct awsc_shape awsc__lambda_ListTagsResponse;
extern const struct awsc_shape awsc__lambda_ListVersionsByFunctionRequest;
extern const struct awsc_shape awsc__lambda_ListVersionsByFunctionResponse;
extern const struct awsc_shape awsc__lambda_ModeNotSupportedException;
extern const struct awsc_shape awsc__lambda_NoPublishedVersionException;
extern const struct awsc_shape awsc__lambda_PolicyLengthExceededException;
extern const struct awsc_shape awsc__lambda_PreconditionFailedException;
extern const struct awsc_shape awsc__lambda_ProvisionedConcurrencyConfigNotFoundException;
extern const struct awsc_shape awsc__lambda_PublicPolicyException;
extern const struct awsc_shape awsc__lambda_PublishLayerVersionRequest;
extern const struct awsc_shape awsc__lambda_PublishLayerVersionResponse;
extern const struct awsc_shape awsc__lambda_PublishVersionRequest;
extern const struct awsc_shape awsc__lambda_PutFunctionCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_PutFunctionCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_PutFunctionConcurrencyRequest;
extern const struct awsc_shape awsc__lambda_PutFunctionEventInvokeConfigRequest;
extern const struct awsc_shape awsc__lambda_PutFunctionRecursionConfigRequest;
extern const struct awsc_shape awsc__lambda_PutFunctionRecursionConfigResponse;
extern const struct awsc_shape awsc__lambda_PutFunctionScalingConfigRequest;
extern const struct awsc_shape awsc__lambda_PutFunctionScalingConfigResponse;
extern const struct awsc_shape awsc__lambda_PutProvisionedConcurrencyConfigRequest;
extern const struct awsc_shape awsc__lambda_PutProvisionedConcurrencyConfigResponse;
extern const struct awsc_shape awsc__lambda_PutRuntimeManagementConfigRequest;
extern const struct awsc_shape awsc__lambda_PutRuntimeManagementConfigResponse;
extern const struct awsc_shape awsc__lambda_RecursiveInvocationException;
extern const struct awsc_shape awsc__lambda_RemoveLayerVersionPermissionRequest;
extern const struct awsc_shape awsc__lambda_RemovePermissionRequest;
extern const struct awsc_shape awsc__lambda_RequestTooLargeException;
extern const struct awsc_shape awsc__lambda_ResourceConflictException;
extern const struct awsc_shape awsc__lambda_ResourceInUseException;
extern const struct awsc_shape awsc__lambda_ResourceNotFoundException;
extern const struct awsc_shape awsc__lambda_ResourceNotReadyException;
extern const struct awsc_shape awsc__lambda_S3FilesMountConnectivityException;
extern const struct awsc_shape awsc__lambda_S3FilesMountFailureException;
extern const struct awsc_shape awsc__lambda_S3FilesMountTimeoutException;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackFailureRequest;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackFailureResponse;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackHeartbeatRequest;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackHeartbeatResponse;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackSuccessRequest;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackSuccessResponse;
extern const struct awsc_shape awsc__lambda_SerializedRequestEntityTooLargeException;
extern const struct awsc_shape awsc__lambda_ServiceException;
extern const struct awsc_shape awsc__lambda_ServiceQuotaExceededException;
extern const struct awsc_shape awsc__lambda_SnapStartException;
extern const struct awsc_shape awsc__lambda_SnapStartNotReadyException;
extern const struct awsc_shape awsc__lambda_SnapStartRegenerationFailureException;
extern const struct awsc_shape awsc__lambda_SnapStartTimeoutException;
extern const struct awsc_shape awsc__lambda_StopDurableExecutionRequest;
extern const struct awsc_shape awsc__lambda_StopDurableExecutionResponse;
extern const struct awsc_shape awsc__lambda_SubnetIPAddressLimitReachedException;
extern const struct awsc_shape awsc__lambda_TagResourceRequest;
extern const struct awsc_shape awsc__lambda_TooManyRequestsException;
extern const struct awsc_shape awsc__lambda_UnsupportedMediaTypeException;
extern const struct awsc_shape awsc__lambda_UntagResourceRequest;
extern const struct awsc_shape awsc__lambda_UpdateAliasRequest;
extern const struct awsc_shape awsc__lambda_UpdateCapacityProviderRequest;
extern const struct awsc_shape awsc__lambda_UpdateCapacityProviderResponse;
extern const struct awsc_shape awsc__lambda_UpdateCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_UpdateCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_UpdateEventSourceMappingRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionCodeRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionConfigurationRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionEventInvokeConfigRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionUrlConfigRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionUrlConfigResponse;

extern const struct awsc_ruleset awsc__lambda_ruleset;
static const struct awsc_shape *const op_AddLayerVersionPermission_errors[] = {
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_PolicyLengthExceededException,
    &awsc__lambda_PreconditionFailedException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_AddLayerVersionPermission = {
    .name = "AddLayerVersionPermission",
    .http_method = "POST",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
    .input = &awsc__lambda_AddLayerVersionPermissionRequest,
    .output = &awsc__lambda_AddLayerVersionPermissionResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_PolicyLengthExceededException,
    &awsc__lambda_PreconditionFailedException,
    &awsc__lambda_PublicPolicyException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_AddPermission = {
    .name = "AddPermission",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions/{FunctionName}/policy",
    .input = &awsc__lambda_AddPermissionRequest,
    .output = &awsc__lambda_AddPermissionResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_CheckpointDurableExecution = {
    .name = "CheckpointDurableExecution",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint",
    .input = &awsc__lambda_CheckpointDurableExecutionRequest,
    .output = &awsc__lambda_CheckpointDurableExecutionResponse,
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
    &awsc__lambda_AliasLimitExceededException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_CreateAlias = {
    .name = "CreateAlias",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases",
    .input = &awsc__lambda_CreateAliasRequest,
    .output = &awsc__lambda_AliasConfiguration,
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
    &awsc__lambda_CapacityProviderLimitExceededException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_CreateCapacityProvider = {
    .name = "CreateCapacityProvider",
    .http_method = "POST",
    .request_uri = "/2025-11-30/capacity-providers",
    .input = &awsc__lambda_CreateCapacityProviderRequest,
    .output = &awsc__lambda_CreateCapacityProviderResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ServiceException,
};

static const struct awsc_operation op_CreateCodeSigningConfig = {
    .name = "CreateCodeSigningConfig",
    .http_method = "POST",
    .request_uri = "/2020-04-22/code-signing-configs",
    .input = &awsc__lambda_CreateCodeSigningConfigRequest,
    .output = &awsc__lambda_CreateCodeSigningConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_CreateEventSourceMapping = {
    .name = "CreateEventSourceMapping",
    .http_method = "POST",
    .request_uri = "/2015-03-31/event-source-mappings",
    .input = &awsc__lambda_CreateEventSourceMappingRequest,
    .output = &awsc__lambda_EventSourceMappingConfiguration,
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
    &awsc__lambda_CodeSigningConfigNotFoundException,
    &awsc__lambda_CodeStorageExceededException,
    &awsc__lambda_CodeVerificationFailedException,
    &awsc__lambda_FunctionVersionsPerCapacityProviderLimitExceededException,
    &awsc__lambda_InvalidCodeSignatureException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_CreateFunction = {
    .name = "CreateFunction",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions",
    .input = &awsc__lambda_CreateFunctionRequest,
    .output = &awsc__lambda_FunctionConfiguration,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_CreateFunctionUrlConfig = {
    .name = "CreateFunctionUrlConfig",
    .http_method = "POST",
    .request_uri = "/2021-10-31/functions/{FunctionName}/url",
    .input = &awsc__lambda_CreateFunctionUrlConfigRequest,
    .output = &awsc__lambda_CreateFunctionUrlConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteAlias = {
    .name = "DeleteAlias",
    .http_method = "DELETE",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
    .input = &awsc__lambda_DeleteAliasRequest,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteCapacityProvider = {
    .name = "DeleteCapacityProvider",
    .http_method = "DELETE",
    .request_uri = "/2025-11-30/capacity-providers/{CapacityProviderName}",
    .input = &awsc__lambda_DeleteCapacityProviderRequest,
    .output = &awsc__lambda_DeleteCapacityProviderResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
};

static const struct awsc_operation op_DeleteCodeSigningConfig = {
    .name = "DeleteCodeSigningConfig",
    .http_method = "DELETE",
    .request_uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
    .input = &awsc__lambda_DeleteCodeSigningConfigRequest,
    .output = &awsc__lambda_DeleteCodeSigningConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceInUseException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteEventSourceMapping = {
    .name = "DeleteEventSourceMapping",
    .http_method = "DELETE",
    .request_uri = "/2015-03-31/event-source-mappings/{UUID}",
    .input = &awsc__lambda_DeleteEventSourceMappingRequest,
    .output = &awsc__lambda_EventSourceMappingConfiguration,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteFunction = {
    .name = "DeleteFunction",
    .http_method = "DELETE",
    .request_uri = "/2015-03-31/functions/{FunctionName}",
    .input = &awsc__lambda_DeleteFunctionRequest,
    .output = &awsc__lambda_DeleteFunctionResponse,
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
    &awsc__lambda_CodeSigningConfigNotFoundException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteFunctionCodeSigningConfig = {
    .name = "DeleteFunctionCodeSigningConfig",
    .http_method = "DELETE",
    .request_uri = "/2020-06-30/functions/{FunctionName}/code-signing-config",
    .input = &awsc__lambda_DeleteFunctionCodeSigningConfigRequest,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteFunctionConcurrency = {
    .name = "DeleteFunctionConcurrency",
    .http_method = "DELETE",
    .request_uri = "/2017-10-31/functions/{FunctionName}/concurrency",
    .input = &awsc__lambda_DeleteFunctionConcurrencyRequest,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteFunctionEventInvokeConfig = {
    .name = "DeleteFunctionEventInvokeConfig",
    .http_method = "DELETE",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config",
    .input = &awsc__lambda_DeleteFunctionEventInvokeConfigRequest,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteFunctionUrlConfig = {
    .name = "DeleteFunctionUrlConfig",
    .http_method = "DELETE",
    .request_uri = "/2021-10-31/functions/{FunctionName}/url",
    .input = &awsc__lambda_DeleteFunctionUrlConfigRequest,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteLayerVersion = {
    .name = "DeleteLayerVersion",
    .http_method = "DELETE",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
    .input = &awsc__lambda_DeleteLayerVersionRequest,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_DeleteProvisionedConcurrencyConfig = {
    .name = "DeleteProvisionedConcurrencyConfig",
    .http_method = "DELETE",
    .request_uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
    .input = &awsc__lambda_DeleteProvisionedConcurrencyConfigRequest,
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
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetAccountSettings = {
    .name = "GetAccountSettings",
    .http_method = "GET",
    .request_uri = "/2016-08-19/account-settings",
    .input = &awsc__lambda_GetAccountSettingsRequest,
    .output = &awsc__lambda_GetAccountSettingsResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetAlias = {
    .name = "GetAlias",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
    .input = &awsc__lambda_GetAliasRequest,
    .output = &awsc__lambda_AliasConfiguration,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetCapacityProvider = {
    .name = "GetCapacityProvider",
    .http_method = "GET",
    .request_uri = "/2025-11-30/capacity-providers/{CapacityProviderName}",
    .input = &awsc__lambda_GetCapacityProviderRequest,
    .output = &awsc__lambda_GetCapacityProviderResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
};

static const struct awsc_operation op_GetCodeSigningConfig = {
    .name = "GetCodeSigningConfig",
    .http_method = "GET",
    .request_uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
    .input = &awsc__lambda_GetCodeSigningConfigRequest,
    .output = &awsc__lambda_GetCodeSigningConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetDurableExecution = {
    .name = "GetDurableExecution",
    .http_method = "GET",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}",
    .input = &awsc__lambda_GetDurableExecutionRequest,
    .output = &awsc__lambda_GetDurableExecutionResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetDurableExecutionHistory = {
    .name = "GetDurableExecutionHistory",
    .http_method = "GET",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/history",
    .input = &awsc__lambda_GetDurableExecutionHistoryRequest,
    .output = &awsc__lambda_GetDurableExecutionHistoryResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetDurableExecutionState = {
    .name = "GetDurableExecutionState",
    .http_method = "GET",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/state",
    .input = &awsc__lambda_GetDurableExecutionStateRequest,
    .output = &awsc__lambda_GetDurableExecutionStateResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetEventSourceMapping = {
    .name = "GetEventSourceMapping",
    .http_method = "GET",
    .request_uri = "/2015-03-31/event-source-mappings/{UUID}",
    .input = &awsc__lambda_GetEventSourceMappingRequest,
    .output = &awsc__lambda_EventSourceMappingConfiguration,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetFunction = {
    .name = "GetFunction",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}",
    .input = &awsc__lambda_GetFunctionRequest,
    .output = &awsc__lambda_GetFunctionResponse,
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
    &awsc__lambda_CodeSigningConfigNotFoundException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetFunctionCodeSigningConfig = {
    .name = "GetFunctionCodeSigningConfig",
    .http_method = "GET",
    .request_uri = "/2020-06-30/functions/{FunctionName}/code-signing-config",
    .input = &awsc__lambda_GetFunctionCodeSigningConfigRequest,
    .output = &awsc__lambda_GetFunctionCodeSigningConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetFunctionConcurrency = {
    .name = "GetFunctionConcurrency",
    .http_method = "GET",
    .request_uri = "/2019-09-30/functions/{FunctionName}/concurrency",
    .input = &awsc__lambda_GetFunctionConcurrencyRequest,
    .output = &awsc__lambda_GetFunctionConcurrencyResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetFunctionConfiguration = {
    .name = "GetFunctionConfiguration",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/configuration",
    .input = &awsc__lambda_GetFunctionConfigurationRequest,
    .output = &awsc__lambda_FunctionConfiguration,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetFunctionEventInvokeConfig = {
    .name = "GetFunctionEventInvokeConfig",
    .http_method = "GET",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config",
    .input = &awsc__lambda_GetFunctionEventInvokeConfigRequest,
    .output = &awsc__lambda_FunctionEventInvokeConfig,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetFunctionRecursionConfig = {
    .name = "GetFunctionRecursionConfig",
    .http_method = "GET",
    .request_uri = "/2024-08-31/functions/{FunctionName}/recursion-config",
    .input = &awsc__lambda_GetFunctionRecursionConfigRequest,
    .output = &awsc__lambda_GetFunctionRecursionConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetFunctionScalingConfig = {
    .name = "GetFunctionScalingConfig",
    .http_method = "GET",
    .request_uri = "/2025-11-30/functions/{FunctionName}/function-scaling-config",
    .input = &awsc__lambda_GetFunctionScalingConfigRequest,
    .output = &awsc__lambda_GetFunctionScalingConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetFunctionUrlConfig = {
    .name = "GetFunctionUrlConfig",
    .http_method = "GET",
    .request_uri = "/2021-10-31/functions/{FunctionName}/url",
    .input = &awsc__lambda_GetFunctionUrlConfigRequest,
    .output = &awsc__lambda_GetFunctionUrlConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetLayerVersion = {
    .name = "GetLayerVersion",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
    .input = &awsc__lambda_GetLayerVersionRequest,
    .output = &awsc__lambda_GetLayerVersionResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetLayerVersionByArn = {
    .name = "GetLayerVersionByArn",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers?find=LayerVersion",
    .input = &awsc__lambda_GetLayerVersionByArnRequest,
    .output = &awsc__lambda_GetLayerVersionResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetLayerVersionPolicy = {
    .name = "GetLayerVersionPolicy",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
    .input = &awsc__lambda_GetLayerVersionPolicyRequest,
    .output = &awsc__lambda_GetLayerVersionPolicyResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetPolicy = {
    .name = "GetPolicy",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/policy",
    .input = &awsc__lambda_GetPolicyRequest,
    .output = &awsc__lambda_GetPolicyResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ProvisionedConcurrencyConfigNotFoundException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetProvisionedConcurrencyConfig = {
    .name = "GetProvisionedConcurrencyConfig",
    .http_method = "GET",
    .request_uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
    .input = &awsc__lambda_GetProvisionedConcurrencyConfigRequest,
    .output = &awsc__lambda_GetProvisionedConcurrencyConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_GetRuntimeManagementConfig = {
    .name = "GetRuntimeManagementConfig",
    .http_method = "GET",
    .request_uri = "/2021-07-20/functions/{FunctionName}/runtime-management-config",
    .input = &awsc__lambda_GetRuntimeManagementConfigRequest,
    .output = &awsc__lambda_GetRuntimeManagementConfigResponse,
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
    &awsc__lambda_CodeArtifactUserDeletedException,
    &awsc__lambda_CodeArtifactUserFailedException,
    &awsc__lambda_CodeArtifactUserPendingException,
    &awsc__lambda_DurableExecutionAlreadyStartedException,
    &awsc__lambda_EC2AccessDeniedException,
    &awsc__lambda_EC2ThrottledException,
    &awsc__lambda_EC2UnexpectedException,
    &awsc__lambda_EFSIOException,
    &awsc__lambda_EFSMountConnectivityException,
    &awsc__lambda_EFSMountFailureException,
    &awsc__lambda_EFSMountTimeoutException,
    &awsc__lambda_ENILimitReachedException,
    &awsc__lambda_ENINotReadyException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_InvalidRequestContentException,
    &awsc__lambda_InvalidRuntimeException,
    &awsc__lambda_InvalidSecurityGroupIDException,
    &awsc__lambda_InvalidSubnetIDException,
    &awsc__lambda_InvalidZipFileException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ModeNotSupportedException,
    &awsc__lambda_NoPublishedVersionException,
    &awsc__lambda_RecursiveInvocationException,
    &awsc__lambda_RequestTooLargeException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ResourceNotReadyException,
    &awsc__lambda_S3FilesMountConnectivityException,
    &awsc__lambda_S3FilesMountFailureException,
    &awsc__lambda_S3FilesMountTimeoutException,
    &awsc__lambda_SerializedRequestEntityTooLargeException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_ServiceQuotaExceededException,
    &awsc__lambda_SnapStartException,
    &awsc__lambda_SnapStartNotReadyException,
    &awsc__lambda_SnapStartRegenerationFailureException,
    &awsc__lambda_SnapStartTimeoutException,
    &awsc__lambda_SubnetIPAddressLimitReachedException,
    &awsc__lambda_TooManyRequestsException,
    &awsc__lambda_UnsupportedMediaTypeException,
};

static const struct awsc_operation op_Invoke = {
    .name = "Invoke",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions/{FunctionName}/invocations",
    .input = &awsc__lambda_InvocationRequest,
    .output = &awsc__lambda_InvocationResponse,
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
    &awsc__lambda_EC2AccessDeniedException,
    &awsc__lambda_EC2ThrottledException,
    &awsc__lambda_EC2UnexpectedException,
    &awsc__lambda_EFSIOException,
    &awsc__lambda_EFSMountConnectivityException,
    &awsc__lambda_EFSMountFailureException,
    &awsc__lambda_EFSMountTimeoutException,
    &awsc__lambda_ENILimitReachedException,
    &awsc__lambda_InvalidRequestContentException,
    &awsc__lambda_InvalidRuntimeException,
    &awsc__lambda_InvalidSecurityGroupIDException,
    &awsc__lambda_InvalidSubnetIDException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ModeNotSupportedException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_S3FilesMountConnectivityException,
    &awsc__lambda_S3FilesMountFailureException,
    &awsc__lambda_S3FilesMountTimeoutException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_ServiceQuotaExceededException,
    &awsc__lambda_SnapStartException,
    &awsc__lambda_SnapStartNotReadyException,
    &awsc__lambda_SnapStartRegenerationFailureException,
    &awsc__lambda_SnapStartTimeoutException,
    &awsc__lambda_SubnetIPAddressLimitReachedException,
};

static const struct awsc_operation op_InvokeAsync = {
    .name = "InvokeAsync",
    .http_method = "POST",
    .request_uri = "/2014-11-13/functions/{FunctionName}/invoke-async",
    .input = &awsc__lambda_InvokeAsyncRequest,
    .output = &awsc__lambda_InvokeAsyncResponse,
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
    &awsc__lambda_EC2AccessDeniedException,
    &awsc__lambda_EC2ThrottledException,
    &awsc__lambda_EC2UnexpectedException,
    &awsc__lambda_EFSIOException,
    &awsc__lambda_EFSMountConnectivityException,
    &awsc__lambda_EFSMountFailureException,
    &awsc__lambda_EFSMountTimeoutException,
    &awsc__lambda_ENILimitReachedException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_InvalidRequestContentException,
    &awsc__lambda_InvalidRuntimeException,
    &awsc__lambda_InvalidSecurityGroupIDException,
    &awsc__lambda_InvalidSubnetIDException,
    &awsc__lambda_InvalidZipFileException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_NoPublishedVersionException,
    &awsc__lambda_RecursiveInvocationException,
    &awsc__lambda_RequestTooLargeException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ResourceNotReadyException,
    &awsc__lambda_S3FilesMountConnectivityException,
    &awsc__lambda_S3FilesMountFailureException,
    &awsc__lambda_S3FilesMountTimeoutException,
    &awsc__lambda_SerializedRequestEntityTooLargeException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_ServiceQuotaExceededException,
    &awsc__lambda_SnapStartException,
    &awsc__lambda_SnapStartNotReadyException,
    &awsc__lambda_SnapStartRegenerationFailureException,
    &awsc__lambda_SnapStartTimeoutException,
    &awsc__lambda_SubnetIPAddressLimitReachedException,
    &awsc__lambda_TooManyRequestsException,
    &awsc__lambda_UnsupportedMediaTypeException,
};

static const struct awsc_operation op_InvokeWithResponseStream = {
    .name = "InvokeWithResponseStream",
    .http_method = "POST",
    .request_uri = "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
    .input = &awsc__lambda_InvokeWithResponseStreamRequest,
    .output = &awsc__lambda_InvokeWithResponseStreamResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListAliases = {
    .name = "ListAliases",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases",
    .input = &awsc__lambda_ListAliasesRequest,
    .output = &awsc__lambda_ListAliasesResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListCapacityProviders = {
    .name = "ListCapacityProviders",
    .http_method = "GET",
    .request_uri = "/2025-11-30/capacity-providers",
    .input = &awsc__lambda_ListCapacityProvidersRequest,
    .output = &awsc__lambda_ListCapacityProvidersResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ServiceException,
};

static const struct awsc_operation op_ListCodeSigningConfigs = {
    .name = "ListCodeSigningConfigs",
    .http_method = "GET",
    .request_uri = "/2020-04-22/code-signing-configs",
    .input = &awsc__lambda_ListCodeSigningConfigsRequest,
    .output = &awsc__lambda_ListCodeSigningConfigsResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListDurableExecutionsByFunction = {
    .name = "ListDurableExecutionsByFunction",
    .http_method = "GET",
    .request_uri = "/2025-12-01/functions/{FunctionName}/durable-executions",
    .input = &awsc__lambda_ListDurableExecutionsByFunctionRequest,
    .output = &awsc__lambda_ListDurableExecutionsByFunctionResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListEventSourceMappings = {
    .name = "ListEventSourceMappings",
    .http_method = "GET",
    .request_uri = "/2015-03-31/event-source-mappings",
    .input = &awsc__lambda_ListEventSourceMappingsRequest,
    .output = &awsc__lambda_ListEventSourceMappingsResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListFunctionEventInvokeConfigs = {
    .name = "ListFunctionEventInvokeConfigs",
    .http_method = "GET",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config/list",
    .input = &awsc__lambda_ListFunctionEventInvokeConfigsRequest,
    .output = &awsc__lambda_ListFunctionEventInvokeConfigsResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListFunctionUrlConfigs = {
    .name = "ListFunctionUrlConfigs",
    .http_method = "GET",
    .request_uri = "/2021-10-31/functions/{FunctionName}/urls",
    .input = &awsc__lambda_ListFunctionUrlConfigsRequest,
    .output = &awsc__lambda_ListFunctionUrlConfigsResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListFunctionVersionsByCapacityProvider = {
    .name = "ListFunctionVersionsByCapacityProvider",
    .http_method = "GET",
    .request_uri = "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions",
    .input = &awsc__lambda_ListFunctionVersionsByCapacityProviderRequest,
    .output = &awsc__lambda_ListFunctionVersionsByCapacityProviderResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListFunctions = {
    .name = "ListFunctions",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions",
    .input = &awsc__lambda_ListFunctionsRequest,
    .output = &awsc__lambda_ListFunctionsResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
};

static const struct awsc_operation op_ListFunctionsByCodeSigningConfig = {
    .name = "ListFunctionsByCodeSigningConfig",
    .http_method = "GET",
    .request_uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions",
    .input = &awsc__lambda_ListFunctionsByCodeSigningConfigRequest,
    .output = &awsc__lambda_ListFunctionsByCodeSigningConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListLayerVersions = {
    .name = "ListLayerVersions",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions",
    .input = &awsc__lambda_ListLayerVersionsRequest,
    .output = &awsc__lambda_ListLayerVersionsResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListLayers = {
    .name = "ListLayers",
    .http_method = "GET",
    .request_uri = "/2018-10-31/layers",
    .input = &awsc__lambda_ListLayersRequest,
    .output = &awsc__lambda_ListLayersResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListProvisionedConcurrencyConfigs = {
    .name = "ListProvisionedConcurrencyConfigs",
    .http_method = "GET",
    .request_uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL",
    .input = &awsc__lambda_ListProvisionedConcurrencyConfigsRequest,
    .output = &awsc__lambda_ListProvisionedConcurrencyConfigsResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListTags = {
    .name = "ListTags",
    .http_method = "GET",
    .request_uri = "/2017-03-31/tags/{Resource}",
    .input = &awsc__lambda_ListTagsRequest,
    .output = &awsc__lambda_ListTagsResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_ListVersionsByFunction = {
    .name = "ListVersionsByFunction",
    .http_method = "GET",
    .request_uri = "/2015-03-31/functions/{FunctionName}/versions",
    .input = &awsc__lambda_ListVersionsByFunctionRequest,
    .output = &awsc__lambda_ListVersionsByFunctionResponse,
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
    &awsc__lambda_CodeStorageExceededException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_PublishLayerVersion = {
    .name = "PublishLayerVersion",
    .http_method = "POST",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions",
    .input = &awsc__lambda_PublishLayerVersionRequest,
    .output = &awsc__lambda_PublishLayerVersionResponse,
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
    &awsc__lambda_CodeStorageExceededException,
    &awsc__lambda_FunctionVersionsPerCapacityProviderLimitExceededException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_PreconditionFailedException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_PublishVersion = {
    .name = "PublishVersion",
    .http_method = "POST",
    .request_uri = "/2015-03-31/functions/{FunctionName}/versions",
    .input = &awsc__lambda_PublishVersionRequest,
    .output = &awsc__lambda_FunctionConfiguration,
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
    &awsc__lambda_CodeSigningConfigNotFoundException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_PutFunctionCodeSigningConfig = {
    .name = "PutFunctionCodeSigningConfig",
    .http_method = "PUT",
    .request_uri = "/2020-06-30/functions/{FunctionName}/code-signing-config",
    .input = &awsc__lambda_PutFunctionCodeSigningConfigRequest,
    .output = &awsc__lambda_PutFunctionCodeSigningConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_PutFunctionConcurrency = {
    .name = "PutFunctionConcurrency",
    .http_method = "PUT",
    .request_uri = "/2017-10-31/functions/{FunctionName}/concurrency",
    .input = &awsc__lambda_PutFunctionConcurrencyRequest,
    .output = &awsc__lambda_Concurrency,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_PutFunctionEventInvokeConfig = {
    .name = "PutFunctionEventInvokeConfig",
    .http_method = "PUT",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config",
    .input = &awsc__lambda_PutFunctionEventInvokeConfigRequest,
    .output = &awsc__lambda_FunctionEventInvokeConfig,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_PutFunctionRecursionConfig = {
    .name = "PutFunctionRecursionConfig",
    .http_method = "PUT",
    .request_uri = "/2024-08-31/functions/{FunctionName}/recursion-config",
    .input = &awsc__lambda_PutFunctionRecursionConfigRequest,
    .output = &awsc__lambda_PutFunctionRecursionConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_PutFunctionScalingConfig = {
    .name = "PutFunctionScalingConfig",
    .http_method = "PUT",
    .request_uri = "/2025-11-30/functions/{FunctionName}/function-scaling-config",
    .input = &awsc__lambda_PutFunctionScalingConfigRequest,
    .output = &awsc__lambda_PutFunctionScalingConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_PutProvisionedConcurrencyConfig = {
    .name = "PutProvisionedConcurrencyConfig",
    .http_method = "PUT",
    .request_uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
    .input = &awsc__lambda_PutProvisionedConcurrencyConfigRequest,
    .output = &awsc__lambda_PutProvisionedConcurrencyConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_PutRuntimeManagementConfig = {
    .name = "PutRuntimeManagementConfig",
    .http_method = "PUT",
    .request_uri = "/2021-07-20/functions/{FunctionName}/runtime-management-config",
    .input = &awsc__lambda_PutRuntimeManagementConfigRequest,
    .output = &awsc__lambda_PutRuntimeManagementConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_PreconditionFailedException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_RemoveLayerVersionPermission = {
    .name = "RemoveLayerVersionPermission",
    .http_method = "DELETE",
    .request_uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}",
    .input = &awsc__lambda_RemoveLayerVersionPermissionRequest,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_PreconditionFailedException,
    &awsc__lambda_PublicPolicyException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_RemovePermission = {
    .name = "RemovePermission",
    .http_method = "DELETE",
    .request_uri = "/2015-03-31/functions/{FunctionName}/policy/{StatementId}",
    .input = &awsc__lambda_RemovePermissionRequest,
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
    &awsc__lambda_CallbackTimeoutException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_SendDurableExecutionCallbackFailure = {
    .name = "SendDurableExecutionCallbackFailure",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail",
    .input = &awsc__lambda_SendDurableExecutionCallbackFailureRequest,
    .output = &awsc__lambda_SendDurableExecutionCallbackFailureResponse,
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
    &awsc__lambda_CallbackTimeoutException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_SendDurableExecutionCallbackHeartbeat = {
    .name = "SendDurableExecutionCallbackHeartbeat",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat",
    .input = &awsc__lambda_SendDurableExecutionCallbackHeartbeatRequest,
    .output = &awsc__lambda_SendDurableExecutionCallbackHeartbeatResponse,
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
    &awsc__lambda_CallbackTimeoutException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_SendDurableExecutionCallbackSuccess = {
    .name = "SendDurableExecutionCallbackSuccess",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed",
    .input = &awsc__lambda_SendDurableExecutionCallbackSuccessRequest,
    .output = &awsc__lambda_SendDurableExecutionCallbackSuccessResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_StopDurableExecution = {
    .name = "StopDurableExecution",
    .http_method = "POST",
    .request_uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/stop",
    .input = &awsc__lambda_StopDurableExecutionRequest,
    .output = &awsc__lambda_StopDurableExecutionResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_TagResource = {
    .name = "TagResource",
    .http_method = "POST",
    .request_uri = "/2017-03-31/tags/{Resource}",
    .input = &awsc__lambda_TagResourceRequest,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_UntagResource = {
    .name = "UntagResource",
    .http_method = "DELETE",
    .request_uri = "/2017-03-31/tags/{Resource}",
    .input = &awsc__lambda_UntagResourceRequest,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_PreconditionFailedException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_UpdateAlias = {
    .name = "UpdateAlias",
    .http_method = "PUT",
    .request_uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
    .input = &awsc__lambda_UpdateAliasRequest,
    .output = &awsc__lambda_AliasConfiguration,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_UpdateCapacityProvider = {
    .name = "UpdateCapacityProvider",
    .http_method = "PUT",
    .request_uri = "/2025-11-30/capacity-providers/{CapacityProviderName}",
    .input = &awsc__lambda_UpdateCapacityProviderRequest,
    .output = &awsc__lambda_UpdateCapacityProviderResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
};

static const struct awsc_operation op_UpdateCodeSigningConfig = {
    .name = "UpdateCodeSigningConfig",
    .http_method = "PUT",
    .request_uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
    .input = &awsc__lambda_UpdateCodeSigningConfigRequest,
    .output = &awsc__lambda_UpdateCodeSigningConfigResponse,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceInUseException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_UpdateEventSourceMapping = {
    .name = "UpdateEventSourceMapping",
    .http_method = "PUT",
    .request_uri = "/2015-03-31/event-source-mappings/{UUID}",
    .input = &awsc__lambda_UpdateEventSourceMappingRequest,
    .output = &awsc__lambda_EventSourceMappingConfiguration,
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
    &awsc__lambda_CodeSigningConfigNotFoundException,
    &awsc__lambda_CodeStorageExceededException,
    &awsc__lambda_CodeVerificationFailedException,
    &awsc__lambda_InvalidCodeSignatureException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_PreconditionFailedException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_UpdateFunctionCode = {
    .name = "UpdateFunctionCode",
    .http_method = "PUT",
    .request_uri = "/2015-03-31/functions/{FunctionName}/code",
    .input = &awsc__lambda_UpdateFunctionCodeRequest,
    .output = &awsc__lambda_FunctionConfiguration,
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
    &awsc__lambda_CodeSigningConfigNotFoundException,
    &awsc__lambda_CodeVerificationFailedException,
    &awsc__lambda_InvalidCodeSignatureException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_PreconditionFailedException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_UpdateFunctionConfiguration = {
    .name = "UpdateFunctionConfiguration",
    .http_method = "PUT",
    .request_uri = "/2015-03-31/functions/{FunctionName}/configuration",
    .input = &awsc__lambda_UpdateFunctionConfigurationRequest,
    .output = &awsc__lambda_FunctionConfiguration,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_UpdateFunctionEventInvokeConfig = {
    .name = "UpdateFunctionEventInvokeConfig",
    .http_method = "POST",
    .request_uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config",
    .input = &awsc__lambda_UpdateFunctionEventInvokeConfigRequest,
    .output = &awsc__lambda_FunctionEventInvokeConfig,
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
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_TooManyRequestsException,
};

static const struct awsc_operation op_UpdateFunctionUrlConfig = {
    .name = "UpdateFunctionUrlConfig",
    .http_method = "PUT",
    .request_uri = "/2021-10-31/functions/{FunctionName}/url",
    .input = &awsc__lambda_UpdateFunctionUrlConfigRequest,
    .output = &awsc__lambda_UpdateFunctionUrlConfigResponse,
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
    &awsc__lambda_AliasLimitExceededException,
    &awsc__lambda_CallbackTimeoutException,
    &awsc__lambda_CapacityProviderLimitExceededException,
    &awsc__lambda_CodeArtifactUserDeletedException,
    &awsc__lambda_CodeArtifactUserFailedException,
    &awsc__lambda_CodeArtifactUserPendingException,
    &awsc__lambda_CodeSigningConfigNotFoundException,
    &awsc__lambda_CodeStorageExceededException,
    &awsc__lambda_CodeVerificationFailedException,
    &awsc__lambda_DurableExecutionAlreadyStartedException,
    &awsc__lambda_EC2AccessDeniedException,
    &awsc__lambda_EC2ThrottledException,
    &awsc__lambda_EC2UnexpectedException,
    &awsc__lambda_EFSIOException,
    &awsc__lambda_EFSMountConnectivityException,
    &awsc__lambda_EFSMountFailureException,
    &awsc__lambda_EFSMountTimeoutException,
    &awsc__lambda_ENILimitReachedException,
    &awsc__lambda_ENINotReadyException,
    &awsc__lambda_FunctionVersionsPerCapacityProviderLimitExceededException,
    &awsc__lambda_InvalidCodeSignatureException,
    &awsc__lambda_InvalidParameterValueException,
    &awsc__lambda_InvalidRequestContentException,
    &awsc__lambda_InvalidRuntimeException,
    &awsc__lambda_InvalidSecurityGroupIDException,
    &awsc__lambda_InvalidSubnetIDException,
    &awsc__lambda_InvalidZipFileException,
    &awsc__lambda_KMSAccessDeniedException,
    &awsc__lambda_KMSDisabledException,
    &awsc__lambda_KMSInvalidStateException,
    &awsc__lambda_KMSNotFoundException,
    &awsc__lambda_ModeNotSupportedException,
    &awsc__lambda_NoPublishedVersionException,
    &awsc__lambda_PolicyLengthExceededException,
    &awsc__lambda_PreconditionFailedException,
    &awsc__lambda_ProvisionedConcurrencyConfigNotFoundException,
    &awsc__lambda_PublicPolicyException,
    &awsc__lambda_RecursiveInvocationException,
    &awsc__lambda_RequestTooLargeException,
    &awsc__lambda_ResourceConflictException,
    &awsc__lambda_ResourceInUseException,
    &awsc__lambda_ResourceNotFoundException,
    &awsc__lambda_ResourceNotReadyException,
    &awsc__lambda_S3FilesMountConnectivityException,
    &awsc__lambda_S3FilesMountFailureException,
    &awsc__lambda_S3FilesMountTimeoutException,
    &awsc__lambda_SerializedRequestEntityTooLargeException,
    &awsc__lambda_ServiceException,
    &awsc__lambda_ServiceQuotaExceededException,
    &awsc__lambda_SnapStartException,
    &awsc__lambda_SnapStartNotReadyException,
    &awsc__lambda_SnapStartRegenerationFailureException,
    &awsc__lambda_SnapStartTimeoutException,
    &awsc__lambda_SubnetIPAddressLimitReachedException,
    &awsc__lambda_TooManyRequestsException,
    &awsc__lambda_UnsupportedMediaTypeException,
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
    .paginators = awsc_lambda_paginators,
    .paginator_count = 16,
#endif
#if AWSC_WITH_WAITERS
    .waiters = awsc_lambda_waiters,
    .waiter_count = 6,
#endif
};
