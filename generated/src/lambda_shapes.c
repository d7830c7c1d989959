/*
 * lambda_shapes.c - shape descriptors of Lambda.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/lambda.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_lambda_alias_list, count) == offsetof(struct awsc_list_view, count), "AliasList");
_Static_assert(offsetof(struct awsc_lambda_allow_methods_list, count) == offsetof(struct awsc_list_view, count), "AllowMethodsList");
_Static_assert(offsetof(struct awsc_lambda_allow_origins_list, count) == offsetof(struct awsc_list_view, count), "AllowOriginsList");
_Static_assert(offsetof(struct awsc_lambda_architectures_list, count) == offsetof(struct awsc_list_view, count), "ArchitecturesList");
_Static_assert(offsetof(struct awsc_lambda_code_signing_config_list, count) == offsetof(struct awsc_list_view, count), "CodeSigningConfigList");
_Static_assert(offsetof(struct awsc_lambda_compatible_architectures, count) == offsetof(struct awsc_list_view, count), "CompatibleArchitectures");
_Static_assert(offsetof(struct awsc_lambda_compatible_runtimes, count) == offsetof(struct awsc_list_view, count), "CompatibleRuntimes");
_Static_assert(offsetof(struct awsc_lambda_endpoint_lists, count) == offsetof(struct awsc_list_view, count), "EndpointLists");
_Static_assert(offsetof(struct awsc_lambda_event_source_mappings_list, count) == offsetof(struct awsc_list_view, count), "EventSourceMappingsList");
_Static_assert(offsetof(struct awsc_lambda_file_system_config_list, count) == offsetof(struct awsc_list_view, count), "FileSystemConfigList");
_Static_assert(offsetof(struct awsc_lambda_filter_list, count) == offsetof(struct awsc_list_view, count), "FilterList");
_Static_assert(offsetof(struct awsc_lambda_function_arn_list, count) == offsetof(struct awsc_list_view, count), "FunctionArnList");
_Static_assert(offsetof(struct awsc_lambda_function_event_invoke_config_list, count) == offsetof(struct awsc_list_view, count), "FunctionEventInvokeConfigList");
_Static_assert(offsetof(struct awsc_lambda_function_list, count) == offsetof(struct awsc_list_view, count), "FunctionList");
_Static_assert(offsetof(struct awsc_lambda_function_response_type_list, count) == offsetof(struct awsc_list_view, count), "FunctionResponseTypeList");
_Static_assert(offsetof(struct awsc_lambda_function_url_config_list, count) == offsetof(struct awsc_list_view, count), "FunctionUrlConfigList");
_Static_assert(offsetof(struct awsc_lambda_headers_list, count) == offsetof(struct awsc_list_view, count), "HeadersList");
_Static_assert(offsetof(struct awsc_lambda_layer_list, count) == offsetof(struct awsc_list_view, count), "LayerList");
_Static_assert(offsetof(struct awsc_lambda_layer_versions_list, count) == offsetof(struct awsc_list_view, count), "LayerVersionsList");
_Static_assert(offsetof(struct awsc_lambda_layers_list, count) == offsetof(struct awsc_list_view, count), "LayersList");
_Static_assert(offsetof(struct awsc_lambda_layers_reference_list, count) == offsetof(struct awsc_list_view, count), "LayersReferenceList");
_Static_assert(offsetof(struct awsc_lambda_provisioned_concurrency_config_list, count) == offsetof(struct awsc_list_view, count), "ProvisionedConcurrencyConfigList");
_Static_assert(offsetof(struct awsc_lambda_queues, count) == offsetof(struct awsc_list_view, count), "Queues");
_Static_assert(offsetof(struct awsc_lambda_security_group_ids, count) == offsetof(struct awsc_list_view, count), "SecurityGroupIds");
_Static_assert(offsetof(struct awsc_lambda_signing_profile_version_arns, count) == offsetof(struct awsc_list_view, count), "SigningProfileVersionArns");
_Static_assert(offsetof(struct awsc_lambda_source_access_configurations, count) == offsetof(struct awsc_list_view, count), "SourceAccessConfigurations");
_Static_assert(offsetof(struct awsc_lambda_string_list, count) == offsetof(struct awsc_list_view, count), "StringList");
_Static_assert(offsetof(struct awsc_lambda_subnet_ids, count) == offsetof(struct awsc_list_view, count), "SubnetIds");
_Static_assert(offsetof(struct awsc_lambda_tag_key_list, count) == offsetof(struct awsc_list_view, count), "TagKeyList");
_Static_assert(offsetof(struct awsc_lambda_topics, count) == offsetof(struct awsc_list_view, count), "Topics");
_Static_assert(offsetof(struct awsc_lambda_additional_version_weights, count) == offsetof(struct awsc_map_view, count), "AdditionalVersionWeights");
_Static_assert(offsetof(struct awsc_lambda_endpoints, count) == offsetof(struct awsc_map_view, count), "Endpoints");
_Static_assert(offsetof(struct awsc_lambda_environment_variables, count) == offsetof(struct awsc_map_view, count), "EnvironmentVariables");
_Static_assert(offsetof(struct awsc_lambda_tags, count) == offsetof(struct awsc_map_view, count), "Tags");

static const struct awsc_shape s_AccountLimit;
static const struct awsc_shape s_AccountUsage;
static const struct awsc_shape s_Action;
extern const struct awsc_shape awsc__lambda_AddLayerVersionPermissionRequest;
extern const struct awsc_shape awsc__lambda_AddLayerVersionPermissionResponse;
extern const struct awsc_shape awsc__lambda_AddPermissionRequest;
extern const struct awsc_shape awsc__lambda_AddPermissionResponse;
static const struct awsc_shape s_AdditionalVersion;
static const struct awsc_shape s_AdditionalVersionWeights;
static const struct awsc_shape s_Alias;
extern const struct awsc_shape awsc__lambda_AliasConfiguration;
static const struct awsc_shape s_AliasList;
static const struct awsc_shape s_AliasRoutingConfiguration;
static const struct awsc_shape s_AllowCredentials;
static const struct awsc_shape s_AllowMethodsList;
static const struct awsc_shape s_AllowOriginsList;
static const struct awsc_shape s_AllowedPublishers;
static const struct awsc_shape s_AmazonManagedKafkaEventSourceConfig;
static const struct awsc_shape s_Architecture;
static const struct awsc_shape s_ArchitecturesList;
static const struct awsc_shape s_Arn;
static const struct awsc_shape s_BatchSize;
static const struct awsc_shape s_BisectBatchOnFunctionError;
static const struct awsc_shape s_Blob;
static const struct awsc_shape s_BlobStream;
static const struct awsc_shape s_Boolean;
static const struct awsc_shape s_CodeSigningConfig;
static const struct awsc_shape s_CodeSigningConfigArn;
static const struct awsc_shape s_CodeSigningConfigId;
static const struct awsc_shape s_CodeSigningConfigList;
extern const struct awsc_shape awsc__lambda_CodeSigningConfigNotFoundException;
static const struct awsc_shape s_CodeSigningPolicies;
static const struct awsc_shape s_CodeSigningPolicy;
extern const struct awsc_shape awsc__lambda_CodeStorageExceededException;
extern const struct awsc_shape awsc__lambda_CodeVerificationFailedException;
static const struct awsc_shape s_CompatibleArchitectures;
static const struct awsc_shape s_CompatibleRuntimes;
extern const struct awsc_shape awsc__lambda_Concurrency;
static const struct awsc_shape s_Cors;
extern const struct awsc_shape awsc__lambda_CreateAliasRequest;
extern const struct awsc_shape awsc__lambda_CreateCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_CreateCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_CreateEventSourceMappingRequest;
extern const struct awsc_shape awsc__lambda_CreateFunctionRequest;
extern const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigRequest;
extern const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigResponse;
static const struct awsc_shape s_Date;
static const struct awsc_shape s_DeadLetterConfig;
extern const struct awsc_shape awsc__lambda_DeleteAliasRequest;
extern const struct awsc_shape awsc__lambda_DeleteCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_DeleteCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_DeleteEventSourceMappingRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionConcurrencyRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionEventInvokeConfigRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionRequest;
extern const struct awsc_shape awsc__lambda_DeleteFunctionUrlConfigRequest;
extern const struct awsc_shape awsc__lambda_DeleteLayerVersionRequest;
extern const struct awsc_shape awsc__lambda_DeleteProvisionedConcurrencyConfigRequest;
static const struct awsc_shape s_Description;
static const struct awsc_shape s_DestinationArn;
static const struct awsc_shape s_DestinationConfig;
extern const struct awsc_shape awsc__lambda_EC2AccessDeniedException;
extern const struct awsc_shape awsc__lambda_EC2ThrottledException;
extern const struct awsc_shape awsc__lambda_EC2UnexpectedException;
extern const struct awsc_shape awsc__lambda_EFSIOException;
extern const struct awsc_shape awsc__lambda_EFSMountConnectivityException;
extern const struct awsc_shape awsc__lambda_EFSMountFailureException;
extern const struct awsc_shape awsc__lambda_EFSMountTimeoutException;
extern const struct awsc_shape awsc__lambda_ENILimitReachedException;
static const struct awsc_shape s_Enabled;
static const struct awsc_shape s_EndPointType;
static const struct awsc_shape s_Endpoint;
static const struct awsc_shape s_EndpointLists;
static const struct awsc_shape s_Endpoints;
static const struct awsc_shape s_Environment;
static const struct awsc_shape s_EnvironmentError;
static const struct awsc_shape s_EnvironmentResponse;
static const struct awsc_shape s_EnvironmentVariableName;
static const struct awsc_shape s_EnvironmentVariableValue;
static const struct awsc_shape s_EnvironmentVariables;
static const struct awsc_shape s_EphemeralStorage;
static const struct awsc_shape s_EphemeralStorageSize;
extern const struct awsc_shape awsc__lambda_EventSourceMappingConfiguration;
static const struct awsc_shape s_EventSourceMappingsList;
static const struct awsc_shape s_EventSourcePosition;
static const struct awsc_shape s_EventSourceToken;
static const struct awsc_shape s_FileSystemArn;
static const struct awsc_shape s_FileSystemConfig;
static const struct awsc_shape s_FileSystemConfigList;
static const struct awsc_shape s_Filter;
static const struct awsc_shape s_FilterCriteria;
static const struct awsc_shape s_FilterList;
static const struct awsc_shape s_FunctionArn;
static const struct awsc_shape s_FunctionArnList;
static const struct awsc_shape s_FunctionCode;
static const struct awsc_shape s_FunctionCodeLocation;
extern const struct awsc_shape awsc__lambda_FunctionConfiguration;
extern const struct awsc_shape awsc__lambda_FunctionEventInvokeConfig;
static const struct awsc_shape s_FunctionEventInvokeConfigList;
static const struct awsc_shape s_FunctionList;
static const struct awsc_shape s_FunctionName;
static const struct awsc_shape s_FunctionResponseType;
static const struct awsc_shape s_FunctionResponseTypeList;
static const struct awsc_shape s_FunctionUrl;
static const struct awsc_shape s_FunctionUrlAuthType;
static const struct awsc_shape s_FunctionUrlConfig;
static const struct awsc_shape s_FunctionUrlConfigList;
static const struct awsc_shape s_FunctionUrlQualifier;
static const struct awsc_shape s_FunctionVersion;
extern const struct awsc_shape awsc__lambda_GetAccountSettingsRequest;
extern const struct awsc_shape awsc__lambda_GetAccountSettingsResponse;
extern const struct awsc_shape awsc__lambda_GetAliasRequest;
extern const struct awsc_shape awsc__lambda_GetCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_GetCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_GetEventSourceMappingRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_GetFunctionConcurrencyRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionConcurrencyResponse;
extern const struct awsc_shape awsc__lambda_GetFunctionConfigurationRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionEventInvokeConfigRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionRequest;
extern const struct awsc_shape awsc__lambda_GetFunctionResponse;
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
static const struct awsc_shape s_Handler;
static const struct awsc_shape s_Header;
static const struct awsc_shape s_HeadersList;
static const struct awsc_shape s_HttpStatus;
static const struct awsc_shape s_ImageConfig;
static const struct awsc_shape s_ImageConfigError;
static const struct awsc_shape s_ImageConfigResponse;
static const struct awsc_shape s_Integer;
extern const struct awsc_shape awsc__lambda_InvalidCodeSignatureException;
extern const struct awsc_shape awsc__lambda_InvalidParameterValueException;
extern const struct awsc_shape awsc__lambda_InvalidRequestContentException;
extern const struct awsc_shape awsc__lambda_InvalidRuntimeException;
extern const struct awsc_shape awsc__lambda_InvalidSecurityGroupIDException;
extern const struct awsc_shape awsc__lambda_InvalidSubnetIDException;
extern const struct awsc_shape awsc__lambda_InvalidZipFileException;
extern const struct awsc_shape awsc__lambda_InvocationRequest;
extern const struct awsc_shape awsc__lambda_InvocationResponse;
static const struct awsc_shape s_InvocationType;
extern const struct awsc_shape awsc__lambda_InvokeAsyncRequest;
extern const struct awsc_shape awsc__lambda_InvokeAsyncResponse;
extern const struct awsc_shape awsc__lambda_KMSAccessDeniedException;
extern const struct awsc_shape awsc__lambda_KMSDisabledException;
extern const struct awsc_shape awsc__lambda_KMSInvalidStateException;
static const struct awsc_shape s_KMSKeyArn;
extern const struct awsc_shape awsc__lambda_KMSNotFoundException;
static const struct awsc_shape s_LastUpdateStatus;
static const struct awsc_shape s_LastUpdateStatusReason;
static const struct awsc_shape s_LastUpdateStatusReasonCode;
static const struct awsc_shape s_Layer;
static const struct awsc_shape s_LayerArn;
static const struct awsc_shape s_LayerList;
static const struct awsc_shape s_LayerName;
static const struct awsc_shape s_LayerPermissionAllowedAction;
static const struct awsc_shape s_LayerPermissionAllowedPrincipal;
static const struct awsc_shape s_LayerVersionArn;
static const struct awsc_shape s_LayerVersionContentInput;
static const struct awsc_shape s_LayerVersionContentOutput;
static const struct awsc_shape s_LayerVersionNumber;
static const struct awsc_shape s_LayerVersionsList;
static const struct awsc_shape s_LayerVersionsListItem;
static const struct awsc_shape s_LayersList;
static const struct awsc_shape s_LayersListItem;
static const struct awsc_shape s_LayersReferenceList;
static const struct awsc_shape s_LicenseInfo;
extern const struct awsc_shape awsc__lambda_ListAliasesRequest;
extern const struct awsc_shape awsc__lambda_ListAliasesResponse;
extern const struct awsc_shape awsc__lambda_ListCodeSigningConfigsRequest;
extern const struct awsc_shape awsc__lambda_ListCodeSigningConfigsResponse;
extern const struct awsc_shape awsc__lambda_ListEventSourceMappingsRequest;
extern const struct awsc_shape awsc__lambda_ListEventSourceMappingsResponse;
extern const struct awsc_shape awsc__lambda_ListFunctionEventInvokeConfigsRequest;
extern const struct awsc_shape awsc__lambda_ListFunctionEventInvokeConfigsResponse;
extern const struct awsc_shape awsc__lambda_ListFunctionUrlConfigsRequest;
extern const struct awsc_shape awsc__lambda_ListFunctionUrlConfigsResponse;
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
static const struct awsc_shape s_LocalMountPath;
static const struct awsc_shape s_LogType;
static const struct awsc_shape s_Long;
static const struct awsc_shape s_MasterRegion;
static const struct awsc_shape s_MaxAge;
static const struct awsc_shape s_MaxFunctionEventInvokeConfigListItems;
static const struct awsc_shape s_MaxItems;
static const struct awsc_shape s_MaxLayerListItems;
static const struct awsc_shape s_MaxListItems;
static const struct awsc_shape s_MaxProvisionedConcurrencyConfigListItems;
static const struct awsc_shape s_MaximumBatchingWindowInSeconds;
static const struct awsc_shape s_MaximumEventAgeInSeconds;
static const struct awsc_shape s_MaximumRecordAgeInSeconds;
static const struct awsc_shape s_MaximumRetryAttempts;
static const struct awsc_shape s_MaximumRetryAttemptsEventSourceMapping;
static const struct awsc_shape s_MemorySize;
static const struct awsc_shape s_Method;
static const struct awsc_shape s_NameSpacedFunctionArn;
static const struct awsc_shape s_NamespacedFunctionName;
static const struct awsc_shape s_NamespacedStatementId;
static const struct awsc_shape s_NonNegativeInteger;
static const struct awsc_shape s_OnFailure;
static const struct awsc_shape s_OnSuccess;
static const struct awsc_shape s_OrganizationId;
static const struct awsc_shape s_Origin;
static const struct awsc_shape s_PackageType;
static const struct awsc_shape s_ParallelizationFactor;
static const struct awsc_shape s_Pattern;
extern const struct awsc_shape awsc__lambda_PolicyLengthExceededException;
static const struct awsc_shape s_PositiveInteger;
extern const struct awsc_shape awsc__lambda_PreconditionFailedException;
static const struct awsc_shape s_Principal;
static const struct awsc_shape s_PrincipalOrgID;
static const struct awsc_shape s_ProvisionedConcurrencyConfigList;
static const struct awsc_shape s_ProvisionedConcurrencyConfigListItem;
extern const struct awsc_shape awsc__lambda_ProvisionedConcurrencyConfigNotFoundException;
static const struct awsc_shape s_ProvisionedConcurrencyStatusEnum;
extern const struct awsc_shape awsc__lambda_PublishLayerVersionRequest;
extern const struct awsc_shape awsc__lambda_PublishLayerVersionResponse;
extern const struct awsc_shape awsc__lambda_PublishVersionRequest;
extern const struct awsc_shape awsc__lambda_PutFunctionCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_PutFunctionCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_PutFunctionConcurrencyRequest;
extern const struct awsc_shape awsc__lambda_PutFunctionEventInvokeConfigRequest;
extern const struct awsc_shape awsc__lambda_PutProvisionedConcurrencyConfigRequest;
extern const struct awsc_shape awsc__lambda_PutProvisionedConcurrencyConfigResponse;
static const struct awsc_shape s_Qualifier;
static const struct awsc_shape s_Queue;
static const struct awsc_shape s_Queues;
extern const struct awsc_shape awsc__lambda_RemoveLayerVersionPermissionRequest;
extern const struct awsc_shape awsc__lambda_RemovePermissionRequest;
extern const struct awsc_shape awsc__lambda_RequestTooLargeException;
static const struct awsc_shape s_ReservedConcurrentExecutions;
static const struct awsc_shape s_ResourceArn;
extern const struct awsc_shape awsc__lambda_ResourceConflictException;
extern const struct awsc_shape awsc__lambda_ResourceInUseException;
extern const struct awsc_shape awsc__lambda_ResourceNotFoundException;
extern const struct awsc_shape awsc__lambda_ResourceNotReadyException;
static const struct awsc_shape s_RoleArn;
static const struct awsc_shape s_Runtime;
static const struct awsc_shape s_S3Bucket;
static const struct awsc_shape s_S3Key;
static const struct awsc_shape s_S3ObjectVersion;
static const struct awsc_shape s_SecurityGroupId;
static const struct awsc_shape s_SecurityGroupIds;
static const struct awsc_shape s_SelfManagedEventSource;
static const struct awsc_shape s_SelfManagedKafkaEventSourceConfig;
static const struct awsc_shape s_SensitiveString;
extern const struct awsc_shape awsc__lambda_ServiceException;
static const struct awsc_shape s_SigningProfileVersionArns;
static const struct awsc_shape s_SnapStart;
static const struct awsc_shape s_SnapStartApplyOn;
extern const struct awsc_shape awsc__lambda_SnapStartException;
extern const struct awsc_shape awsc__lambda_SnapStartNotReadyException;
static const struct awsc_shape s_SnapStartOptimizationStatus;
static const struct awsc_shape s_SnapStartResponse;
extern const struct awsc_shape awsc__lambda_SnapStartTimeoutException;
static const struct awsc_shape s_SourceAccessConfiguration;
static const struct awsc_shape s_SourceAccessConfigurations;
static const struct awsc_shape s_SourceAccessType;
static const struct awsc_shape s_SourceOwner;
static const struct awsc_shape s_State;
static const struct awsc_shape s_StateReason;
static const struct awsc_shape s_StateReasonCode;
static const struct awsc_shape s_StatementId;
static const struct awsc_shape s_String;
static const struct awsc_shape s_StringList;
extern const struct awsc_shape awsc__lambda_SubnetIPAddressLimitReachedException;
static const struct awsc_shape s_SubnetId;
static const struct awsc_shape s_SubnetIds;
static const struct awsc_shape s_TagKey;
static const struct awsc_shape s_TagKeyList;
extern const struct awsc_shape awsc__lambda_TagResourceRequest;
static const struct awsc_shape s_TagValue;
static const struct awsc_shape s_Tags;
static const struct awsc_shape s_ThrottleReason;
static const struct awsc_shape s_Timeout;
static const struct awsc_shape s_Timestamp;
extern const struct awsc_shape awsc__lambda_TooManyRequestsException;
static const struct awsc_shape s_Topic;
static const struct awsc_shape s_Topics;
static const struct awsc_shape s_TracingConfig;
static const struct awsc_shape s_TracingConfigResponse;
static const struct awsc_shape s_TracingMode;
static const struct awsc_shape s_TumblingWindowInSeconds;
static const struct awsc_shape s_URI;
static const struct awsc_shape s_UnreservedConcurrentExecutions;
extern const struct awsc_shape awsc__lambda_UnsupportedMediaTypeException;
extern const struct awsc_shape awsc__lambda_UntagResourceRequest;
extern const struct awsc_shape awsc__lambda_UpdateAliasRequest;
extern const struct awsc_shape awsc__lambda_UpdateCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_UpdateCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_UpdateEventSourceMappingRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionCodeRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionConfigurationRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionEventInvokeConfigRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionUrlConfigRequest;
extern const struct awsc_shape awsc__lambda_UpdateFunctionUrlConfigResponse;
static const struct awsc_shape s_Version;
static const struct awsc_shape s_VpcConfig;
static const struct awsc_shape s_VpcConfigResponse;
static const struct awsc_shape s_VpcId;
static const struct awsc_shape s_Weight;
static const struct awsc_shape s_WorkingDirectory;

static const char *const s_Architecture_values[] = {
    "x86_64",
    "arm64",
};

enum awsc_lambda_architecture awsc_lambda_architecture_parse(const char *value)
{
    return (enum awsc_lambda_architecture)awsc_enum_parse(s_Architecture_values, 2, value);
}

const char *awsc_lambda_architecture_str(enum awsc_lambda_architecture value)
{
    return awsc_enum_str(s_Architecture_values, 2, (int)value);
}

static const char *const s_CodeSigningPolicy_values[] = {
    "Warn",
    "Enforce",
};

enum awsc_lambda_code_signing_policy awsc_lambda_code_signing_policy_parse(const char *value)
{
    return (enum awsc_lambda_code_signing_policy)awsc_enum_parse(s_CodeSigningPolicy_values, 2, value);
}

const char *awsc_lambda_code_signing_policy_str(enum awsc_lambda_code_signing_policy value)
{
    return awsc_enum_str(s_CodeSigningPolicy_values, 2, (int)value);
}

static const char *const s_EndPointType_values[] = {
    "KAFKA_BOOTSTRAP_SERVERS",
};

enum awsc_lambda_end_point_type awsc_lambda_end_point_type_parse(const char *value)
{
    return (enum awsc_lambda_end_point_type)awsc_enum_parse(s_EndPointType_values, 1, value);
}

const char *awsc_lambda_end_point_type_str(enum awsc_lambda_end_point_type value)
{
    return awsc_enum_str(s_EndPointType_values, 1, (int)value);
}

static const char *const s_EventSourcePosition_values[] = {
    "TRIM_HORIZON",
    "LATEST",
    "AT_TIMESTAMP",
};

enum awsc_lambda_event_source_position awsc_lambda_event_source_position_parse(const char *value)
{
    return (enum awsc_lambda_event_source_position)awsc_enum_parse(s_EventSourcePosition_values, 3, value);
}

const char *awsc_lambda_event_source_position_str(enum awsc_lambda_event_source_position value)
{
    return awsc_enum_str(s_EventSourcePosition_values, 3, (int)value);
}

static const char *const s_FunctionResponseType_values[] = {
    "ReportBatchItemFailures",
};

enum awsc_lambda_function_response_type awsc_lambda_function_response_type_parse(const char *value)
{
    return (enum awsc_lambda_function_response_type)awsc_enum_parse(s_FunctionResponseType_values, 1, value);
}

const char *awsc_lambda_function_response_type_str(enum awsc_lambda_function_response_type value)
{
    return awsc_enum_str(s_FunctionResponseType_values, 1, (int)value);
}

static const char *const s_FunctionUrlAuthType_values[] = {
    "NONE",
    "AWS_IAM",
};

enum awsc_lambda_function_url_auth_type awsc_lambda_function_url_auth_type_parse(const char *value)
{
    return (enum awsc_lambda_function_url_auth_type)awsc_enum_parse(s_FunctionUrlAuthType_values, 2, value);
}

const char *awsc_lambda_function_url_auth_type_str(enum awsc_lambda_function_url_auth_type value)
{
    return awsc_enum_str(s_FunctionUrlAuthType_values, 2, (int)value);
}

static const char *const s_FunctionVersion_values[] = {
    "ALL",
};

enum awsc_lambda_function_version awsc_lambda_function_version_parse(const char *value)
{
    return (enum awsc_lambda_function_version)awsc_enum_parse(s_FunctionVersion_values, 1, value);
}

const char *awsc_lambda_function_version_str(enum awsc_lambda_function_version value)
{
    return awsc_enum_str(s_FunctionVersion_values, 1, (int)value);
}

static const char *const s_InvocationType_values[] = {
    "Event",
    "RequestResponse",
    "DryRun",
};

enum awsc_lambda_invocation_type awsc_lambda_invocation_type_parse(const char *value)
{
    return (enum awsc_lambda_invocation_type)awsc_enum_parse(s_InvocationType_values, 3, value);
}

const char *awsc_lambda_invocation_type_str(enum awsc_lambda_invocation_type value)
{
    return awsc_enum_str(s_InvocationType_values, 3, (int)value);
}

static const char *const s_LastUpdateStatus_values[] = {
    "Successful",
    "Failed",
    "InProgress",
};

enum awsc_lambda_last_update_status awsc_lambda_last_update_status_parse(const char *value)
{
    return (enum awsc_lambda_last_update_status)awsc_enum_parse(s_LastUpdateStatus_values, 3, value);
}

const char *awsc_lambda_last_update_status_str(enum awsc_lambda_last_update_status value)
{
    return awsc_enum_str(s_LastUpdateStatus_values, 3, (int)value);
}

static const char *const s_LastUpdateStatusReasonCode_values[] = {
    "EniLimitExceeded",
    "InsufficientRolePermissions",
    "InvalidConfiguration",
    "InternalError",
    "SubnetOutOfIPAddresses",
    "InvalidSubnet",
    "InvalidSecurityGroup",
    "ImageDeleted",
    "ImageAccessDenied",
    "InvalidImage",
    "KMSKeyAccessDenied",
    "KMSKeyNotFound",
    "InvalidStateKMSKey",
    "DisabledKMSKey",
    "EFSIOError",
    "EFSMountConnectivityError",
    "EFSMountFailure",
    "EFSMountTimeout",
    "InvalidRuntime",
    "InvalidZipFileException",
    "FunctionError",
};

enum awsc_lambda_last_update_status_reason_code awsc_lambda_last_update_status_reason_code_parse(const char *value)
{
    return (enum awsc_lambda_last_update_status_reason_code)awsc_enum_parse(s_LastUpdateStatusReasonCode_values, 21, value);
}

const char *awsc_lambda_last_update_status_reason_code_str(enum awsc_lambda_last_update_status_reason_code value)
{
    return awsc_enum_str(s_LastUpdateStatusReasonCode_values, 21, (int)value);
}

static const char *const s_LogType_values[] = {
    "None",
    "Tail",
};

enum awsc_lambda_log_type awsc_lambda_log_type_parse(const char *value)
{
    return (enum awsc_lambda_log_type)awsc_enum_parse(s_LogType_values, 2, value);
}

const char *awsc_lambda_log_type_str(enum awsc_lambda_log_type value)
{
    return awsc_enum_str(s_LogType_values, 2, (int)value);
}

static const char *const s_PackageType_values[] = {
    "Zip",
    "Image",
};

enum awsc_lambda_package_type awsc_lambda_package_type_parse(const char *value)
{
    return (enum awsc_lambda_package_type)awsc_enum_parse(s_PackageType_values, 2, value);
}

const char *awsc_lambda_package_type_str(enum awsc_lambda_package_type value)
{
    return awsc_enum_str(s_PackageType_values, 2, (int)value);
}

static const char *const s_ProvisionedConcurrencyStatusEnum_values[] = {
    "IN_PROGRESS",
    "READY",
    "FAILED",
};

enum awsc_lambda_provisioned_concurrency_status_enum awsc_lambda_provisioned_concurrency_status_enum_parse(const char *value)
{
    return (enum awsc_lambda_provisioned_concurrency_status_enum)awsc_enum_parse(s_ProvisionedConcurrencyStatusEnum_values, 3, value);
}

const char *awsc_lambda_provisioned_concurrency_status_enum_str(enum awsc_lambda_provisioned_concurrency_status_enum value)
{
    return awsc_enum_str(s_ProvisionedConcurrencyStatusEnum_values, 3, (int)value);
}

static const char *const s_Runtime_values[] = {
    "nodejs",
    "nodejs4.3",
    "nodejs6.10",
    "nodejs8.10",
    "nodejs10.x",
    "nodejs12.x",
    "nodejs14.x",
    "nodejs16.x",
    "java8",
    "java8.al2",
    "java11",
    "python2.7",
    "python3.6",
    "python3.7",
    "python3.8",
    "python3.9",
    "dotnetcore1.0",
    "dotnetcore2.0",
    "dotnetcore2.1",
    "dotnetcore3.1",
    "dotnet6",
    "nodejs4.3-edge",
    "go1.x",
    "ruby2.5",
    "ruby2.7",
    "provided",
    "provided.al2",
    "nodejs18.x",
};

enum awsc_lambda_runtime awsc_lambda_runtime_parse(const char *value)
{
    return (enum awsc_lambda_runtime)awsc_enum_parse(s_Runtime_values, 28, value);
}

const char *awsc_lambda_runtime_str(enum awsc_lambda_runtime value)
{
    return awsc_enum_str(s_Runtime_values, 28, (int)value);
}

static const char *const s_SnapStartApplyOn_values[] = {
    "PublishedVersions",
    "None",
};

enum awsc_lambda_snap_start_apply_on awsc_lambda_snap_start_apply_on_parse(const char *value)
{
    return (enum awsc_lambda_snap_start_apply_on)awsc_enum_parse(s_SnapStartApplyOn_values, 2, value);
}

const char *awsc_lambda_snap_start_apply_on_str(enum awsc_lambda_snap_start_apply_on value)
{
    return awsc_enum_str(s_SnapStartApplyOn_values, 2, (int)value);
}

static const char *const s_SnapStartOptimizationStatus_values[] = {
    "On",
    "Off",
};

enum awsc_lambda_snap_start_optimization_status awsc_lambda_snap_start_optimization_status_parse(const char *value)
{
    return (enum awsc_lambda_snap_start_optimization_status)awsc_enum_parse(s_SnapStartOptimizationStatus_values, 2, value);
}

const char *awsc_lambda_snap_start_optimization_status_str(enum awsc_lambda_snap_start_optimization_status value)
{
    return awsc_enum_str(s_SnapStartOptimizationStatus_values, 2, (int)value);
}

static const char *const s_SourceAccessType_values[] = {
    "BASIC_AUTH",
    "VPC_SUBNET",
    "VPC_SECURITY_GROUP",
    "SASL_SCRAM_512_AUTH",
    "SASL_SCRAM_256_AUTH",
    "VIRTUAL_HOST",
    "CLIENT_CERTIFICATE_TLS_AUTH",
    "SERVER_ROOT_CA_CERTIFICATE",
};

enum awsc_lambda_source_access_type awsc_lambda_source_access_type_parse(const char *value)
{
    return (enum awsc_lambda_source_access_type)awsc_enum_parse(s_SourceAccessType_values, 8, value);
}

const char *awsc_lambda_source_access_type_str(enum awsc_lambda_source_access_type value)
{
    return awsc_enum_str(s_SourceAccessType_values, 8, (int)value);
}

static const char *const s_State_values[] = {
    "Pending",
    "Active",
    "Inactive",
    "Failed",
};

enum awsc_lambda_state awsc_lambda_state_parse(const char *value)
{
    return (enum awsc_lambda_state)awsc_enum_parse(s_State_values, 4, value);
}

const char *awsc_lambda_state_str(enum awsc_lambda_state value)
{
    return awsc_enum_str(s_State_values, 4, (int)value);
}

static const char *const s_StateReasonCode_values[] = {
    "Idle",
    "Creating",
    "Restoring",
    "EniLimitExceeded",
    "InsufficientRolePermissions",
    "InvalidConfiguration",
    "InternalError",
    "SubnetOutOfIPAddresses",
    "InvalidSubnet",
    "InvalidSecurityGroup",
    "ImageDeleted",
    "ImageAccessDenied",
    "InvalidImage",
    "KMSKeyAccessDenied",
    "KMSKeyNotFound",
    "InvalidStateKMSKey",
    "DisabledKMSKey",
    "EFSIOError",
    "EFSMountConnectivityError",
    "EFSMountFailure",
    "EFSMountTimeout",
    "InvalidRuntime",
    "InvalidZipFileException",
    "FunctionError",
};

enum awsc_lambda_state_reason_code awsc_lambda_state_reason_code_parse(const char *value)
{
    return (enum awsc_lambda_state_reason_code)awsc_enum_parse(s_StateReasonCode_values, 24, value);
}

const char *awsc_lambda_state_reason_code_str(enum awsc_lambda_state_reason_code value)
{
    return awsc_enum_str(s_StateReasonCode_values, 24, (int)value);
}

static const char *const s_ThrottleReason_values[] = {
    "ConcurrentInvocationLimitExceeded",
    "FunctionInvocationRateLimitExceeded",
    "ReservedFunctionConcurrentInvocationLimitExceeded",
    "ReservedFunctionInvocationRateLimitExceeded",
    "CallerRateLimitExceeded",
    "ConcurrentSnapshotCreateLimitExceeded",
};

enum awsc_lambda_throttle_reason awsc_lambda_throttle_reason_parse(const char *value)
{
    return (enum awsc_lambda_throttle_reason)awsc_enum_parse(s_ThrottleReason_values, 6, value);
}

const char *awsc_lambda_throttle_reason_str(enum awsc_lambda_throttle_reason value)
{
    return awsc_enum_str(s_ThrottleReason_values, 6, (int)value);
}

static const char *const s_TracingMode_values[] = {
    "Active",
    "PassThrough",
};

enum awsc_lambda_tracing_mode awsc_lambda_tracing_mode_parse(const char *value)
{
    return (enum awsc_lambda_tracing_mode)awsc_enum_parse(s_TracingMode_values, 2, value);
}

const char *awsc_lambda_tracing_mode_str(enum awsc_lambda_tracing_mode value)
{
    return awsc_enum_str(s_TracingMode_values, 2, (int)value);
}

static const struct awsc_range s_AdditionalVersion_range = { true, true, 1, 1024 };
static const struct awsc_range s_Alias_range = { true, true, 1, 128 };
static const struct awsc_range s_AllowMethodsList_range = { false, true, 0, 6 };
static const struct awsc_range s_AllowOriginsList_range = { false, true, 0, 100 };
static const struct awsc_range s_ArchitecturesList_range = { true, true, 1, 1 };
static const struct awsc_range s_BatchSize_range = { true, true, 1, 10000 };
static const struct awsc_range s_CodeSigningConfigArn_range = { false, true, 0, 200 };
static const struct awsc_range s_CompatibleArchitectures_range = { false, true, 0, 2 };
static const struct awsc_range s_CompatibleRuntimes_range = { false, true, 0, 15 };
static const struct awsc_range s_Description_range = { true, true, 0, 256 };
static const struct awsc_range s_DestinationArn_range = { true, true, 0, 350 };
static const struct awsc_range s_Endpoint_range = { true, true, 1, 300 };
static const struct awsc_range s_EndpointLists_range = { true, true, 1, 10 };
static const struct awsc_range s_Endpoints_range = { true, true, 1, 2 };
static const struct awsc_range s_EphemeralStorageSize_range = { true, true, 512, 10240 };
static const struct awsc_range s_EventSourceToken_range = { true, true, 0, 256 };
static const struct awsc_range s_FileSystemArn_range = { false, true, 0, 200 };
static const struct awsc_range s_FileSystemConfigList_range = { false, true, 0, 1 };
static const struct awsc_range s_FunctionName_range = { true, true, 1, 140 };
static const struct awsc_range s_FunctionResponseTypeList_range = { true, true, 0, 1 };
static const struct awsc_range s_FunctionUrl_range = { true, true, 40, 100 };
static const struct awsc_range s_FunctionUrlQualifier_range = { true, true, 1, 128 };
static const struct awsc_range s_Handler_range = { false, true, 0, 128 };
static const struct awsc_range s_Header_range = { false, true, 0, 1024 };
static const struct awsc_range s_HeadersList_range = { false, true, 0, 100 };
static const struct awsc_range s_LayerArn_range = { true, true, 1, 140 };
static const struct awsc_range s_LayerName_range = { true, true, 1, 140 };
static const struct awsc_range s_LayerPermissionAllowedAction_range = { false, true, 0, 22 };
static const struct awsc_range s_LayerVersionArn_range = { true, true, 1, 140 };
static const struct awsc_range s_LicenseInfo_range = { false, true, 0, 512 };
static const struct awsc_range s_LocalMountPath_range = { false, true, 0, 160 };
static const struct awsc_range s_MaxAge_range = { true, true, 0, 86400 };
static const struct awsc_range s_MaxFunctionEventInvokeConfigListItems_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxItems_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxLayerListItems_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxListItems_range = { true, true, 1, 10000 };
static const struct awsc_range s_MaxProvisionedConcurrencyConfigListItems_range = { true, true, 1, 50 };
static const struct awsc_range s_MaximumBatchingWindowInSeconds_range = { true, true, 0, 300 };
static const struct awsc_range s_MaximumEventAgeInSeconds_range = { true, true, 60, 21600 };
static const struct awsc_range s_MaximumRecordAgeInSeconds_range = { true, true, -1, 604800 };
static const struct awsc_range s_MaximumRetryAttempts_range = { true, true, 0, 2 };
static const struct awsc_range s_MaximumRetryAttemptsEventSourceMapping_range = { true, true, -1, 10000 };
static const struct awsc_range s_MemorySize_range = { true, true, 128, 10240 };
static const struct awsc_range s_Method_range = { false, true, 0, 6 };
static const struct awsc_range s_NamespacedFunctionName_range = { true, true, 1, 170 };
static const struct awsc_range s_NamespacedStatementId_range = { true, true, 1, 100 };
static const struct awsc_range s_NonNegativeInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_OrganizationId_range = { false, true, 0, 34 };
static const struct awsc_range s_Origin_range = { true, true, 1, 253 };
static const struct awsc_range s_ParallelizationFactor_range = { true, true, 1, 10 };
static const struct awsc_range s_Pattern_range = { true, true, 0, 4096 };
static const struct awsc_range s_PositiveInteger_range = { true, false, 1, 0 };
static const struct awsc_range s_PrincipalOrgID_range = { true, true, 12, 34 };
static const struct awsc_range s_Qualifier_range = { true, true, 1, 128 };
static const struct awsc_range s_Queue_range = { true, true, 1, 1000 };
static const struct awsc_range s_Queues_range = { true, true, 1, 1 };
static const struct awsc_range s_ReservedConcurrentExecutions_range = { true, false, 0, 0 };
static const struct awsc_range s_S3Bucket_range = { true, true, 3, 63 };
static const struct awsc_range s_S3Key_range = { true, true, 1, 1024 };
static const struct awsc_range s_S3ObjectVersion_range = { true, true, 1, 1024 };
static const struct awsc_range s_SecurityGroupIds_range = { false, true, 0, 5 };
static const struct awsc_range s_SigningProfileVersionArns_range = { true, true, 1, 20 };
static const struct awsc_range s_SourceAccessConfigurations_range = { true, true, 0, 22 };
static const struct awsc_range s_SourceOwner_range = { false, true, 0, 12 };
static const struct awsc_range s_StatementId_range = { true, true, 1, 100 };
static const struct awsc_range s_StringList_range = { false, true, 0, 1500 };
static const struct awsc_range s_SubnetIds_range = { false, true, 0, 16 };
static const struct awsc_range s_Timeout_range = { true, false, 1, 0 };
static const struct awsc_range s_Topic_range = { true, true, 1, 249 };
static const struct awsc_range s_Topics_range = { true, true, 1, 1 };
static const struct awsc_range s_TumblingWindowInSeconds_range = { true, true, 0, 900 };
static const struct awsc_range s_URI_range = { true, true, 1, 200 };
static const struct awsc_range s_UnreservedConcurrentExecutions_range = { true, false, 0, 0 };
static const struct awsc_range s_Version_range = { true, true, 1, 1024 };
static const struct awsc_range s_Weight_range = { true, true, 0.0, 1.0 };
static const struct awsc_range s_WorkingDirectory_range = { false, true, 0, 1000 };

static const struct awsc_member s_AccountLimit_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"TotalCodeSize", "TotalCodeSize", "total_code_size", &s_Long, offsetof(struct awsc_lambda_account_limit, total_code_size), offsetof(struct awsc_lambda_account_limit, has_total_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSizeUnzipped", "CodeSizeUnzipped", "code_size_unzipped", &s_Long, offsetof(struct awsc_lambda_account_limit, code_size_unzipped), offsetof(struct awsc_lambda_account_limit, has_code_size_unzipped), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSizeZipped", "CodeSizeZipped", "code_size_zipped", &s_Long, offsetof(struct awsc_lambda_account_limit, code_size_zipped), offsetof(struct awsc_lambda_account_limit, has_code_size_zipped), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ConcurrentExecutions", "ConcurrentExecutions", "concurrent_executions", &s_Integer, offsetof(struct awsc_lambda_account_limit, concurrent_executions), offsetof(struct awsc_lambda_account_limit, has_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"UnreservedConcurrentExecutions", "UnreservedConcurrentExecutions", "unreserved_concurrent_executions", &s_UnreservedConcurrentExecutions, offsetof(struct awsc_lambda_account_limit, unreserved_concurrent_executions), offsetof(struct awsc_lambda_account_limit, has_unreserved_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_AccountLimit_by_wire_name[] = { 1, 2, 3, 0, 4 };

static const struct awsc_member s_AccountUsage_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"TotalCodeSize", "TotalCodeSize", "total_code_size", &s_Long, offsetof(struct awsc_lambda_account_usage, total_code_size), offsetof(struct awsc_lambda_account_usage, has_total_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionCount", "FunctionCount", "function_count", &s_Long, offsetof(struct awsc_lambda_account_usage, function_count), offsetof(struct awsc_lambda_account_usage, has_function_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_AccountUsage_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_AddLayerVersionPermissionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"LayerName", "LayerName", "layer_name", &s_LayerName, offsetof(struct awsc_lambda_add_layer_version_permission_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"VersionNumber", "VersionNumber", "version_number", &s_LayerVersionNumber, offsetof(struct awsc_lambda_add_layer_version_permission_input, version_number), offsetof(struct awsc_lambda_add_layer_version_permission_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StatementId", "StatementId", "statement_id", &s_StatementId, offsetof(struct awsc_lambda_add_layer_version_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Action", "Action", "action", &s_LayerPermissionAllowedAction, offsetof(struct awsc_lambda_add_layer_version_permission_input, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Principal", "Principal", "principal", &s_LayerPermissionAllowedPrincipal, offsetof(struct awsc_lambda_add_layer_version_permission_input, principal), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"OrganizationId", "OrganizationId", "organization_id", &s_OrganizationId, offsetof(struct awsc_lambda_add_layer_version_permission_input, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_add_layer_version_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_AddLayerVersionPermissionRequest_by_wire_name[] = { 3, 0, 5, 4, 6, 2, 1 };

static const struct awsc_member awsc__lambda_AddLayerVersionPermissionResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Statement", "Statement", "statement", &s_String, offsetof(struct awsc_lambda_add_layer_version_permission_output, statement), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_add_layer_version_permission_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_AddLayerVersionPermissionResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_AddPermissionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_add_permission_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StatementId", "StatementId", "statement_id", &s_StatementId, offsetof(struct awsc_lambda_add_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Action", "Action", "action", &s_Action, offsetof(struct awsc_lambda_add_permission_input, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Principal", "Principal", "principal", &s_Principal, offsetof(struct awsc_lambda_add_permission_input, principal), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SourceArn", "SourceArn", "source_arn", &s_Arn, offsetof(struct awsc_lambda_add_permission_input, source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SourceAccount", "SourceAccount", "source_account", &s_SourceOwner, offsetof(struct awsc_lambda_add_permission_input, source_account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"EventSourceToken", "EventSourceToken", "event_source_token", &s_EventSourceToken, offsetof(struct awsc_lambda_add_permission_input, event_source_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_add_permission_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_add_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"PrincipalOrgID", "PrincipalOrgID", "principal_org_id", &s_PrincipalOrgID, offsetof(struct awsc_lambda_add_permission_input, principal_org_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionUrlAuthType", "FunctionUrlAuthType", "function_url_auth_type", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_add_permission_input, function_url_auth_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_AddPermissionRequest_by_wire_name[] = { 2, 6, 0, 10, 3, 9, 7, 8, 5, 4, 1 };

static const struct awsc_member awsc__lambda_AddPermissionResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Statement", "Statement", "statement", &s_String, offsetof(struct awsc_lambda_add_permission_output, statement), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_AddPermissionResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_AliasConfiguration_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"AliasArn", "AliasArn", "alias_arn", &s_FunctionArn, offsetof(struct awsc_lambda_alias_configuration, alias_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Name", "Name", "name", &s_Alias, offsetof(struct awsc_lambda_alias_configuration, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionVersion", "FunctionVersion", "function_version", &s_Version, offsetof(struct awsc_lambda_alias_configuration, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_alias_configuration, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RoutingConfig", "RoutingConfig", "routing_config", &s_AliasRoutingConfiguration, offsetof(struct awsc_lambda_alias_configuration, routing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_alias_configuration, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_AliasConfiguration_by_wire_name[] = { 0, 3, 2, 1, 5, 4 };

static const struct awsc_member s_AliasRoutingConfiguration_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"AdditionalVersionWeights", "AdditionalVersionWeights", "additional_version_weights", &s_AdditionalVersionWeights, offsetof(struct awsc_lambda_alias_routing_configuration, additional_version_weights), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_AliasRoutingConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_AllowedPublishers_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"SigningProfileVersionArns", "SigningProfileVersionArns", "signing_profile_version_arns", &s_SigningProfileVersionArns, offsetof(struct awsc_lambda_allowed_publishers, signing_profile_version_arns), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_AllowedPublishers_by_wire_name[] = { 0 };

static const struct awsc_member s_AmazonManagedKafkaEventSourceConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ConsumerGroupId", "ConsumerGroupId", "consumer_group_id", &s_URI, offsetof(struct awsc_lambda_amazon_managed_kafka_event_source_config, consumer_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_AmazonManagedKafkaEventSourceConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_CodeSigningConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfigId", "CodeSigningConfigId", "code_signing_config_id", &s_CodeSigningConfigId, offsetof(struct awsc_lambda_code_signing_config, code_signing_config_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSigningConfigArn", "CodeSigningConfigArn", "code_signing_config_arn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_code_signing_config, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_code_signing_config, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AllowedPublishers", "AllowedPublishers", "allowed_publishers", &s_AllowedPublishers, offsetof(struct awsc_lambda_code_signing_config, allowed_publishers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSigningPolicies", "CodeSigningPolicies", "code_signing_policies", &s_CodeSigningPolicies, offsetof(struct awsc_lambda_code_signing_config, code_signing_policies), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastModified", "LastModified", "last_modified", &s_Timestamp, offsetof(struct awsc_lambda_code_signing_config, last_modified), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_CodeSigningConfig_by_wire_name[] = { 3, 1, 0, 4, 2, 5 };

static const struct awsc_member awsc__lambda_CodeSigningConfigNotFoundException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_code_signing_config_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_code_signing_config_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CodeSigningConfigNotFoundException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_CodeSigningPolicies_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"UntrustedArtifactOnDeployment", "UntrustedArtifactOnDeployment", "untrusted_artifact_on_deployment", &s_CodeSigningPolicy, offsetof(struct awsc_lambda_code_signing_policies, untrusted_artifact_on_deployment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_CodeSigningPolicies_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_CodeStorageExceededException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_code_storage_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_code_storage_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CodeStorageExceededException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_CodeVerificationFailedException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_code_verification_failed_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_code_verification_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CodeVerificationFailedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_Concurrency_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ReservedConcurrentExecutions", "ReservedConcurrentExecutions", "reserved_concurrent_executions", &s_ReservedConcurrentExecutions, offsetof(struct awsc_lambda_concurrency, reserved_concurrent_executions), offsetof(struct awsc_lambda_concurrency, has_reserved_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_Concurrency_by_wire_name[] = { 0 };

static const struct awsc_member s_Cors_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"AllowCredentials", "AllowCredentials", "allow_credentials", &s_AllowCredentials, offsetof(struct awsc_lambda_cors, allow_credentials), offsetof(struct awsc_lambda_cors, has_allow_credentials), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AllowHeaders", "AllowHeaders", "allow_headers", &s_HeadersList, offsetof(struct awsc_lambda_cors, allow_headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AllowMethods", "AllowMethods", "allow_methods", &s_AllowMethodsList, offsetof(struct awsc_lambda_cors, allow_methods), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AllowOrigins", "AllowOrigins", "allow_origins", &s_AllowOriginsList, offsetof(struct awsc_lambda_cors, allow_origins), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ExposeHeaders", "ExposeHeaders", "expose_headers", &s_HeadersList, offsetof(struct awsc_lambda_cors, expose_headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxAge", "MaxAge", "max_age", &s_MaxAge, offsetof(struct awsc_lambda_cors, max_age), offsetof(struct awsc_lambda_cors, has_max_age), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_Cors_by_wire_name[] = { 0, 1, 2, 3, 4, 5 };

static const struct awsc_member awsc__lambda_CreateAliasRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_create_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Name", "Name", "name", &s_Alias, offsetof(struct awsc_lambda_create_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionVersion", "FunctionVersion", "function_version", &s_Version, offsetof(struct awsc_lambda_create_alias_input, function_version), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_create_alias_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RoutingConfig", "RoutingConfig", "routing_config", &s_AliasRoutingConfiguration, offsetof(struct awsc_lambda_create_alias_input, routing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CreateAliasRequest_by_wire_name[] = { 3, 0, 2, 1, 4 };

static const struct awsc_member awsc__lambda_CreateCodeSigningConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_create_code_signing_config_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AllowedPublishers", "AllowedPublishers", "allowed_publishers", &s_AllowedPublishers, offsetof(struct awsc_lambda_create_code_signing_config_input, allowed_publishers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSigningPolicies", "CodeSigningPolicies", "code_signing_policies", &s_CodeSigningPolicies, offsetof(struct awsc_lambda_create_code_signing_config_input, code_signing_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CreateCodeSigningConfigRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__lambda_CreateCodeSigningConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfig", "CodeSigningConfig", "code_signing_config", &s_CodeSigningConfig, offsetof(struct awsc_lambda_create_code_signing_config_output, code_signing_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CreateCodeSigningConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_CreateEventSourceMappingRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"EventSourceArn", "EventSourceArn", "event_source_arn", &s_Arn, offsetof(struct awsc_lambda_create_event_source_mapping_input, event_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_create_event_source_mapping_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Enabled", "Enabled", "enabled", &s_Enabled, offsetof(struct awsc_lambda_create_event_source_mapping_input, enabled), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"BatchSize", "BatchSize", "batch_size", &s_BatchSize, offsetof(struct awsc_lambda_create_event_source_mapping_input, batch_size), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_batch_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FilterCriteria", "FilterCriteria", "filter_criteria", &s_FilterCriteria, offsetof(struct awsc_lambda_create_event_source_mapping_input, filter_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumBatchingWindowInSeconds", "MaximumBatchingWindowInSeconds", "maximum_batching_window_in_seconds", &s_MaximumBatchingWindowInSeconds, offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_maximum_batching_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ParallelizationFactor", "ParallelizationFactor", "parallelization_factor", &s_ParallelizationFactor, offsetof(struct awsc_lambda_create_event_source_mapping_input, parallelization_factor), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_parallelization_factor), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StartingPosition", "StartingPosition", "starting_position", &s_EventSourcePosition, offsetof(struct awsc_lambda_create_event_source_mapping_input, starting_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StartingPositionTimestamp", "StartingPositionTimestamp", "starting_position_timestamp", &s_Date, offsetof(struct awsc_lambda_create_event_source_mapping_input, starting_position_timestamp), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_starting_position_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DestinationConfig", "DestinationConfig", "destination_config", &s_DestinationConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumRecordAgeInSeconds", "MaximumRecordAgeInSeconds", "maximum_record_age_in_seconds", &s_MaximumRecordAgeInSeconds, offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_record_age_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_maximum_record_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"BisectBatchOnFunctionError", "BisectBatchOnFunctionError", "bisect_batch_on_function_error", &s_BisectBatchOnFunctionError, offsetof(struct awsc_lambda_create_event_source_mapping_input, bisect_batch_on_function_error), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_bisect_batch_on_function_error), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumRetryAttempts", "MaximumRetryAttempts", "maximum_retry_attempts", &s_MaximumRetryAttemptsEventSourceMapping, offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_retry_attempts), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"TumblingWindowInSeconds", "TumblingWindowInSeconds", "tumbling_window_in_seconds", &s_TumblingWindowInSeconds, offsetof(struct awsc_lambda_create_event_source_mapping_input, tumbling_window_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_tumbling_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Topics", "Topics", "topics", &s_Topics, offsetof(struct awsc_lambda_create_event_source_mapping_input, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Queues", "Queues", "queues", &s_Queues, offsetof(struct awsc_lambda_create_event_source_mapping_input, queues), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SourceAccessConfigurations", "SourceAccessConfigurations", "source_access_configurations", &s_SourceAccessConfigurations, offsetof(struct awsc_lambda_create_event_source_mapping_input, source_access_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SelfManagedEventSource", "SelfManagedEventSource", "self_managed_event_source", &s_SelfManagedEventSource, offsetof(struct awsc_lambda_create_event_source_mapping_input, self_managed_event_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionResponseTypes", "FunctionResponseTypes", "function_response_types", &s_FunctionResponseTypeList, offsetof(struct awsc_lambda_create_event_source_mapping_input, function_response_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AmazonManagedKafkaEventSourceConfig", "AmazonManagedKafkaEventSourceConfig", "amazon_managed_kafka_event_source_config", &s_AmazonManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, amazon_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SelfManagedKafkaEventSourceConfig", "SelfManagedKafkaEventSourceConfig", "self_managed_kafka_event_source_config", &s_SelfManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, self_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CreateEventSourceMappingRequest_by_wire_name[] = { 19, 3, 11, 9, 2, 0, 4, 1, 18, 5, 10, 12, 6, 15, 17, 20, 16, 7, 8, 14, 13 };

static const struct awsc_member awsc__lambda_CreateFunctionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_create_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Runtime", "Runtime", "runtime", &s_Runtime, offsetof(struct awsc_lambda_create_function_input, runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Role", "Role", "role", &s_RoleArn, offsetof(struct awsc_lambda_create_function_input, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Handler", "Handler", "handler", &s_Handler, offsetof(struct awsc_lambda_create_function_input, handler), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Code", "Code", "code", &s_FunctionCode, offsetof(struct awsc_lambda_create_function_input, code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_create_function_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Timeout", "Timeout", "timeout", &s_Timeout, offsetof(struct awsc_lambda_create_function_input, timeout), offsetof(struct awsc_lambda_create_function_input, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MemorySize", "MemorySize", "memory_size", &s_MemorySize, offsetof(struct awsc_lambda_create_function_input, memory_size), offsetof(struct awsc_lambda_create_function_input, has_memory_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Publish", "Publish", "publish", &s_Boolean, offsetof(struct awsc_lambda_create_function_input, publish), offsetof(struct awsc_lambda_create_function_input, has_publish), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"VpcConfig", "VpcConfig", "vpc_config", &s_VpcConfig, offsetof(struct awsc_lambda_create_function_input, vpc_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"PackageType", "PackageType", "package_type", &s_PackageType, offsetof(struct awsc_lambda_create_function_input, package_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DeadLetterConfig", "DeadLetterConfig", "dead_letter_config", &s_DeadLetterConfig, offsetof(struct awsc_lambda_create_function_input, dead_letter_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Environment", "Environment", "environment", &s_Environment, offsetof(struct awsc_lambda_create_function_input, environment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"KMSKeyArn", "KMSKeyArn", "kms_key_arn", &s_KMSKeyArn, offsetof(struct awsc_lambda_create_function_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"TracingConfig", "TracingConfig", "tracing_config", &s_TracingConfig, offsetof(struct awsc_lambda_create_function_input, tracing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Tags", "Tags", "tags", &s_Tags, offsetof(struct awsc_lambda_create_function_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Layers", "Layers", "layers", &s_LayerList, offsetof(struct awsc_lambda_create_function_input, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FileSystemConfigs", "FileSystemConfigs", "file_system_configs", &s_FileSystemConfigList, offsetof(struct awsc_lambda_create_function_input, file_system_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ImageConfig", "ImageConfig", "image_config", &s_ImageConfig, offsetof(struct awsc_lambda_create_function_input, image_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSigningConfigArn", "CodeSigningConfigArn", "code_signing_config_arn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_create_function_input, code_signing_config_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Architectures", "Architectures", "architectures", &s_ArchitecturesList, offsetof(struct awsc_lambda_create_function_input, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"EphemeralStorage", "EphemeralStorage", "ephemeral_storage", &s_EphemeralStorage, offsetof(struct awsc_lambda_create_function_input, ephemeral_storage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SnapStart", "SnapStart", "snap_start", &s_SnapStart, offsetof(struct awsc_lambda_create_function_input, snap_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CreateFunctionRequest_by_wire_name[] = { 20, 4, 19, 11, 5, 12, 21, 17, 0, 3, 18, 13, 16, 7, 10, 8, 2, 1, 22, 15, 6, 14, 9 };

static const struct awsc_member awsc__lambda_CreateFunctionUrlConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_create_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_FunctionUrlQualifier, offsetof(struct awsc_lambda_create_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AuthType", "AuthType", "auth_type", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_create_function_url_config_input, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Cors", "Cors", "cors", &s_Cors, offsetof(struct awsc_lambda_create_function_url_config_input, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CreateFunctionUrlConfigRequest_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member awsc__lambda_CreateFunctionUrlConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionUrl", "FunctionUrl", "function_url", &s_FunctionUrl, offsetof(struct awsc_lambda_create_function_url_config_output, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionArn", "FunctionArn", "function_arn", &s_FunctionArn, offsetof(struct awsc_lambda_create_function_url_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AuthType", "AuthType", "auth_type", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_create_function_url_config_output, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Cors", "Cors", "cors", &s_Cors, offsetof(struct awsc_lambda_create_function_url_config_output, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CreationTime", "CreationTime", "creation_time", &s_Timestamp, offsetof(struct awsc_lambda_create_function_url_config_output, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_CreateFunctionUrlConfigResponse_by_wire_name[] = { 2, 3, 4, 1, 0 };

static const struct awsc_member s_DeadLetterConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"TargetArn", "TargetArn", "target_arn", &s_ResourceArn, offsetof(struct awsc_lambda_dead_letter_config, target_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_DeadLetterConfig_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteAliasRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_delete_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Name", "Name", "name", &s_Alias, offsetof(struct awsc_lambda_delete_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteAliasRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteCodeSigningConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfigArn", "CodeSigningConfigArn", "code_signing_config_arn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_delete_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteCodeSigningConfigRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteEventSourceMappingRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"UUID", "UUID", "uuid", &s_String, offsetof(struct awsc_lambda_delete_event_source_mapping_input, uuid), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteEventSourceMappingRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteFunctionCodeSigningConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_delete_function_code_signing_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteFunctionCodeSigningConfigRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteFunctionConcurrencyRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_delete_function_concurrency_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteFunctionConcurrencyRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteFunctionEventInvokeConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_delete_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_delete_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteFunctionEventInvokeConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteFunctionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_delete_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_delete_function_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteFunctionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteFunctionUrlConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_delete_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_FunctionUrlQualifier, offsetof(struct awsc_lambda_delete_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteFunctionUrlConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteLayerVersionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"LayerName", "LayerName", "layer_name", &s_LayerName, offsetof(struct awsc_lambda_delete_layer_version_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"VersionNumber", "VersionNumber", "version_number", &s_LayerVersionNumber, offsetof(struct awsc_lambda_delete_layer_version_input, version_number), offsetof(struct awsc_lambda_delete_layer_version_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteLayerVersionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteProvisionedConcurrencyConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_delete_provisioned_concurrency_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_delete_provisioned_concurrency_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_DeleteProvisionedConcurrencyConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_DestinationConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"OnSuccess", "OnSuccess", "on_success", &s_OnSuccess, offsetof(struct awsc_lambda_destination_config, on_success), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"OnFailure", "OnFailure", "on_failure", &s_OnFailure, offsetof(struct awsc_lambda_destination_config, on_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_DestinationConfig_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EC2AccessDeniedException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_ec2_access_denied_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_ec2_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_EC2AccessDeniedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EC2ThrottledException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_ec2_throttled_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_ec2_throttled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_EC2ThrottledException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EC2UnexpectedException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_ec2_unexpected_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_ec2_unexpected_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"EC2ErrorCode", "EC2ErrorCode", "ec2_error_code", &s_String, offsetof(struct awsc_lambda_ec2_unexpected_exception, ec2_error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_EC2UnexpectedException_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__lambda_EFSIOException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_efsio_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_efsio_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_EFSIOException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EFSMountConnectivityException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_efs_mount_connectivity_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_efs_mount_connectivity_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_EFSMountConnectivityException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EFSMountFailureException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_efs_mount_failure_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_efs_mount_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_EFSMountFailureException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EFSMountTimeoutException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_efs_mount_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_efs_mount_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_EFSMountTimeoutException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ENILimitReachedException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_eni_limit_reached_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_eni_limit_reached_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ENILimitReachedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Environment_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Variables", "Variables", "variables", &s_EnvironmentVariables, offsetof(struct awsc_lambda_environment, variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_Environment_by_wire_name[] = { 0 };

static const struct awsc_member s_EnvironmentError_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ErrorCode", "ErrorCode", "error_code", &s_String, offsetof(struct awsc_lambda_environment_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_SensitiveString, offsetof(struct awsc_lambda_environment_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_EnvironmentError_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_EnvironmentResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Variables", "Variables", "variables", &s_EnvironmentVariables, offsetof(struct awsc_lambda_environment_response, variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Error", "Error", "error", &s_EnvironmentError, offsetof(struct awsc_lambda_environment_response, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_EnvironmentResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_EphemeralStorage_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Size", "Size", "size", &s_EphemeralStorageSize, offsetof(struct awsc_lambda_ephemeral_storage, size), offsetof(struct awsc_lambda_ephemeral_storage, has_size), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_EphemeralStorage_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_EventSourceMappingConfiguration_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"UUID", "UUID", "uuid", &s_String, offsetof(struct awsc_lambda_event_source_mapping_configuration, uuid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StartingPosition", "StartingPosition", "starting_position", &s_EventSourcePosition, offsetof(struct awsc_lambda_event_source_mapping_configuration, starting_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StartingPositionTimestamp", "StartingPositionTimestamp", "starting_position_timestamp", &s_Date, offsetof(struct awsc_lambda_event_source_mapping_configuration, starting_position_timestamp), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_starting_position_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"BatchSize", "BatchSize", "batch_size", &s_BatchSize, offsetof(struct awsc_lambda_event_source_mapping_configuration, batch_size), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_batch_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumBatchingWindowInSeconds", "MaximumBatchingWindowInSeconds", "maximum_batching_window_in_seconds", &s_MaximumBatchingWindowInSeconds, offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_maximum_batching_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ParallelizationFactor", "ParallelizationFactor", "parallelization_factor", &s_ParallelizationFactor, offsetof(struct awsc_lambda_event_source_mapping_configuration, parallelization_factor), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_parallelization_factor), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"EventSourceArn", "EventSourceArn", "event_source_arn", &s_Arn, offsetof(struct awsc_lambda_event_source_mapping_configuration, event_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FilterCriteria", "FilterCriteria", "filter_criteria", &s_FilterCriteria, offsetof(struct awsc_lambda_event_source_mapping_configuration, filter_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionArn", "FunctionArn", "function_arn", &s_FunctionArn, offsetof(struct awsc_lambda_event_source_mapping_configuration, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastModified", "LastModified", "last_modified", &s_Date, offsetof(struct awsc_lambda_event_source_mapping_configuration, last_modified), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastProcessingResult", "LastProcessingResult", "last_processing_result", &s_String, offsetof(struct awsc_lambda_event_source_mapping_configuration, last_processing_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"State", "State", "state", &s_String, offsetof(struct awsc_lambda_event_source_mapping_configuration, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StateTransitionReason", "StateTransitionReason", "state_transition_reason", &s_String, offsetof(struct awsc_lambda_event_source_mapping_configuration, state_transition_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DestinationConfig", "DestinationConfig", "destination_config", &s_DestinationConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Topics", "Topics", "topics", &s_Topics, offsetof(struct awsc_lambda_event_source_mapping_configuration, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Queues", "Queues", "queues", &s_Queues, offsetof(struct awsc_lambda_event_source_mapping_configuration, queues), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SourceAccessConfigurations", "SourceAccessConfigurations", "source_access_configurations", &s_SourceAccessConfigurations, offsetof(struct awsc_lambda_event_source_mapping_configuration, source_access_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SelfManagedEventSource", "SelfManagedEventSource", "self_managed_event_source", &s_SelfManagedEventSource, offsetof(struct awsc_lambda_event_source_mapping_configuration, self_managed_event_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumRecordAgeInSeconds", "MaximumRecordAgeInSeconds", "maximum_record_age_in_seconds", &s_MaximumRecordAgeInSeconds, offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_record_age_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_maximum_record_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"BisectBatchOnFunctionError", "BisectBatchOnFunctionError", "bisect_batch_on_function_error", &s_BisectBatchOnFunctionError, offsetof(struct awsc_lambda_event_source_mapping_configuration, bisect_batch_on_function_error), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_bisect_batch_on_function_error), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumRetryAttempts", "MaximumRetryAttempts", "maximum_retry_attempts", &s_MaximumRetryAttemptsEventSourceMapping, offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_retry_attempts), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"TumblingWindowInSeconds", "TumblingWindowInSeconds", "tumbling_window_in_seconds", &s_TumblingWindowInSeconds, offsetof(struct awsc_lambda_event_source_mapping_configuration, tumbling_window_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_tumbling_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionResponseTypes", "FunctionResponseTypes", "function_response_types", &s_FunctionResponseTypeList, offsetof(struct awsc_lambda_event_source_mapping_configuration, function_response_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AmazonManagedKafkaEventSourceConfig", "AmazonManagedKafkaEventSourceConfig", "amazon_managed_kafka_event_source_config", &s_AmazonManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, amazon_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SelfManagedKafkaEventSourceConfig", "SelfManagedKafkaEventSourceConfig", "self_managed_kafka_event_source_config", &s_SelfManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, self_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_EventSourceMappingConfiguration_by_wire_name[] = { 23, 3, 19, 13, 6, 7, 8, 22, 9, 10, 4, 18, 20, 5, 15, 17, 24, 16, 1, 2, 11, 12, 14, 21, 0 };

static const struct awsc_member s_FileSystemConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Arn", "Arn", "arn", &s_FileSystemArn, offsetof(struct awsc_lambda_file_system_config, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LocalMountPath", "LocalMountPath", "local_mount_path", &s_LocalMountPath, offsetof(struct awsc_lambda_file_system_config, local_mount_path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_FileSystemConfig_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Filter_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Pattern", "Pattern", "pattern", &s_Pattern, offsetof(struct awsc_lambda_filter, pattern), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_Filter_by_wire_name[] = { 0 };

static const struct awsc_member s_FilterCriteria_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Filters", "Filters", "filters", &s_FilterList, offsetof(struct awsc_lambda_filter_criteria, filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_FilterCriteria_by_wire_name[] = { 0 };

static const struct awsc_member s_FunctionCode_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ZipFile", "ZipFile", "zip_file", &s_Blob, offsetof(struct awsc_lambda_function_code, zip_file), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"S3Bucket", "S3Bucket", "s3_bucket", &s_S3Bucket, offsetof(struct awsc_lambda_function_code, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"S3Key", "S3Key", "s3_key", &s_S3Key, offsetof(struct awsc_lambda_function_code, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"S3ObjectVersion", "S3ObjectVersion", "s3_object_version", &s_S3ObjectVersion, offsetof(struct awsc_lambda_function_code, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ImageUri", "ImageUri", "image_uri", &s_String, offsetof(struct awsc_lambda_function_code, image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_FunctionCode_by_wire_name[] = { 4, 1, 2, 3, 0 };

static const struct awsc_member s_FunctionCodeLocation_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"RepositoryType", "RepositoryType", "repository_type", &s_String, offsetof(struct awsc_lambda_function_code_location, repository_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Location", "Location", "location", &s_String, offsetof(struct awsc_lambda_function_code_location, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ImageUri", "ImageUri", "image_uri", &s_String, offsetof(struct awsc_lambda_function_code_location, image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ResolvedImageUri", "ResolvedImageUri", "resolved_image_uri", &s_String, offsetof(struct awsc_lambda_function_code_location, resolved_image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_FunctionCodeLocation_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member awsc__lambda_FunctionConfiguration_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_function_configuration, function_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionArn", "FunctionArn", "function_arn", &s_NameSpacedFunctionArn, offsetof(struct awsc_lambda_function_configuration, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Runtime", "Runtime", "runtime", &s_Runtime, offsetof(struct awsc_lambda_function_configuration, runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Role", "Role", "role", &s_RoleArn, offsetof(struct awsc_lambda_function_configuration, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Handler", "Handler", "handler", &s_Handler, offsetof(struct awsc_lambda_function_configuration, handler), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSize", "CodeSize", "code_size", &s_Long, offsetof(struct awsc_lambda_function_configuration, code_size), offsetof(struct awsc_lambda_function_configuration, has_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_function_configuration, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Timeout", "Timeout", "timeout", &s_Timeout, offsetof(struct awsc_lambda_function_configuration, timeout), offsetof(struct awsc_lambda_function_configuration, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MemorySize", "MemorySize", "memory_size", &s_MemorySize, offsetof(struct awsc_lambda_function_configuration, memory_size), offsetof(struct awsc_lambda_function_configuration, has_memory_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastModified", "LastModified", "last_modified", &s_Timestamp, offsetof(struct awsc_lambda_function_configuration, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSha256", "CodeSha256", "code_sha256", &s_String, offsetof(struct awsc_lambda_function_configuration, code_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Version", "Version", "version", &s_Version, offsetof(struct awsc_lambda_function_configuration, version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"VpcConfig", "VpcConfig", "vpc_config", &s_VpcConfigResponse, offsetof(struct awsc_lambda_function_configuration, vpc_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DeadLetterConfig", "DeadLetterConfig", "dead_letter_config", &s_DeadLetterConfig, offsetof(struct awsc_lambda_function_configuration, dead_letter_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Environment", "Environment", "environment", &s_EnvironmentResponse, offsetof(struct awsc_lambda_function_configuration, environment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"KMSKeyArn", "KMSKeyArn", "kms_key_arn", &s_KMSKeyArn, offsetof(struct awsc_lambda_function_configuration, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"TracingConfig", "TracingConfig", "tracing_config", &s_TracingConfigResponse, offsetof(struct awsc_lambda_function_configuration, tracing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MasterArn", "MasterArn", "master_arn", &s_FunctionArn, offsetof(struct awsc_lambda_function_configuration, master_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_function_configuration, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Layers", "Layers", "layers", &s_LayersReferenceList, offsetof(struct awsc_lambda_function_configuration, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"State", "State", "state", &s_State, offsetof(struct awsc_lambda_function_configuration, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StateReason", "StateReason", "state_reason", &s_StateReason, offsetof(struct awsc_lambda_function_configuration, state_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StateReasonCode", "StateReasonCode", "state_reason_code", &s_StateReasonCode, offsetof(struct awsc_lambda_function_configuration, state_reason_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastUpdateStatus", "LastUpdateStatus", "last_update_status", &s_LastUpdateStatus, offsetof(struct awsc_lambda_function_configuration, last_update_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastUpdateStatusReason", "LastUpdateStatusReason", "last_update_status_reason", &s_LastUpdateStatusReason, offsetof(struct awsc_lambda_function_configuration, last_update_status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastUpdateStatusReasonCode", "LastUpdateStatusReasonCode", "last_update_status_reason_code", &s_LastUpdateStatusReasonCode, offsetof(struct awsc_lambda_function_configuration, last_update_status_reason_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FileSystemConfigs", "FileSystemConfigs", "file_system_configs", &s_FileSystemConfigList, offsetof(struct awsc_lambda_function_configuration, file_system_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"PackageType", "PackageType", "package_type", &s_PackageType, offsetof(struct awsc_lambda_function_configuration, package_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ImageConfigResponse", "ImageConfigResponse", "image_config_response", &s_ImageConfigResponse, offsetof(struct awsc_lambda_function_configuration, image_config_response), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SigningProfileVersionArn", "SigningProfileVersionArn", "signing_profile_version_arn", &s_Arn, offsetof(struct awsc_lambda_function_configuration, signing_profile_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SigningJobArn", "SigningJobArn", "signing_job_arn", &s_Arn, offsetof(struct awsc_lambda_function_configuration, signing_job_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Architectures", "Architectures", "architectures", &s_ArchitecturesList, offsetof(struct awsc_lambda_function_configuration, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"EphemeralStorage", "EphemeralStorage", "ephemeral_storage", &s_EphemeralStorage, offsetof(struct awsc_lambda_function_configuration, ephemeral_storage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SnapStart", "SnapStart", "snap_start", &s_SnapStartResponse, offsetof(struct awsc_lambda_function_configuration, snap_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_FunctionConfiguration_by_wire_name[] = { 31, 10, 5, 13, 6, 14, 32, 26, 1, 0, 4, 28, 15, 9, 23, 24, 25, 19, 17, 8, 27, 18, 3, 2, 30, 29, 33, 20, 21, 22, 7, 16, 11, 12 };

static const struct awsc_member awsc__lambda_FunctionEventInvokeConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"LastModified", "LastModified", "last_modified", &s_Date, offsetof(struct awsc_lambda_function_event_invoke_config, last_modified), offsetof(struct awsc_lambda_function_event_invoke_config, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionArn", "FunctionArn", "function_arn", &s_FunctionArn, offsetof(struct awsc_lambda_function_event_invoke_config, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumRetryAttempts", "MaximumRetryAttempts", "maximum_retry_attempts", &s_MaximumRetryAttempts, offsetof(struct awsc_lambda_function_event_invoke_config, maximum_retry_attempts), offsetof(struct awsc_lambda_function_event_invoke_config, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumEventAgeInSeconds", "MaximumEventAgeInSeconds", "maximum_event_age_in_seconds", &s_MaximumEventAgeInSeconds, offsetof(struct awsc_lambda_function_event_invoke_config, maximum_event_age_in_seconds), offsetof(struct awsc_lambda_function_event_invoke_config, has_maximum_event_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DestinationConfig", "DestinationConfig", "destination_config", &s_DestinationConfig, offsetof(struct awsc_lambda_function_event_invoke_config, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_FunctionEventInvokeConfig_by_wire_name[] = { 4, 1, 0, 3, 2 };

static const struct awsc_member s_FunctionUrlConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionUrl", "FunctionUrl", "function_url", &s_FunctionUrl, offsetof(struct awsc_lambda_function_url_config, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionArn", "FunctionArn", "function_arn", &s_FunctionArn, offsetof(struct awsc_lambda_function_url_config, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CreationTime", "CreationTime", "creation_time", &s_Timestamp, offsetof(struct awsc_lambda_function_url_config, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastModifiedTime", "LastModifiedTime", "last_modified_time", &s_Timestamp, offsetof(struct awsc_lambda_function_url_config, last_modified_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Cors", "Cors", "cors", &s_Cors, offsetof(struct awsc_lambda_function_url_config, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AuthType", "AuthType", "auth_type", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_function_url_config, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_FunctionUrlConfig_by_wire_name[] = { 5, 4, 2, 1, 0, 3 };

static const struct awsc_member awsc__lambda_GetAccountSettingsResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"AccountLimit", "AccountLimit", "account_limit", &s_AccountLimit, offsetof(struct awsc_lambda_get_account_settings_output, account_limit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AccountUsage", "AccountUsage", "account_usage", &s_AccountUsage, offsetof(struct awsc_lambda_get_account_settings_output, account_usage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetAccountSettingsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetAliasRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_get_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Name", "Name", "name", &s_Alias, offsetof(struct awsc_lambda_get_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetAliasRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetCodeSigningConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfigArn", "CodeSigningConfigArn", "code_signing_config_arn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_get_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetCodeSigningConfigRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetCodeSigningConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfig", "CodeSigningConfig", "code_signing_config", &s_CodeSigningConfig, offsetof(struct awsc_lambda_get_code_signing_config_output, code_signing_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetCodeSigningConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetEventSourceMappingRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"UUID", "UUID", "uuid", &s_String, offsetof(struct awsc_lambda_get_event_source_mapping_input, uuid), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetEventSourceMappingRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionCodeSigningConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_get_function_code_signing_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionCodeSigningConfigRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionCodeSigningConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfigArn", "CodeSigningConfigArn", "code_signing_config_arn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_get_function_code_signing_config_output, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_get_function_code_signing_config_output, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionCodeSigningConfigResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionConcurrencyRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_get_function_concurrency_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionConcurrencyRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionConcurrencyResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ReservedConcurrentExecutions", "ReservedConcurrentExecutions", "reserved_concurrent_executions", &s_ReservedConcurrentExecutions, offsetof(struct awsc_lambda_get_function_concurrency_output, reserved_concurrent_executions), offsetof(struct awsc_lambda_get_function_concurrency_output, has_reserved_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionConcurrencyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionConfigurationRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_get_function_configuration_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_get_function_configuration_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionConfigurationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionEventInvokeConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_get_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_get_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionEventInvokeConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_get_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_get_function_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Configuration", "Configuration", "configuration", &awsc__lambda_FunctionConfiguration, offsetof(struct awsc_lambda_get_function_output, configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Code", "Code", "code", &s_FunctionCodeLocation, offsetof(struct awsc_lambda_get_function_output, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Tags", "Tags", "tags", &s_Tags, offsetof(struct awsc_lambda_get_function_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Concurrency", "Concurrency", "concurrency", &awsc__lambda_Concurrency, offsetof(struct awsc_lambda_get_function_output, concurrency), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionResponse_by_wire_name[] = { 1, 3, 0, 2 };

static const struct awsc_member awsc__lambda_GetFunctionUrlConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_get_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_FunctionUrlQualifier, offsetof(struct awsc_lambda_get_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionUrlConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionUrlConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionUrl", "FunctionUrl", "function_url", &s_FunctionUrl, offsetof(struct awsc_lambda_get_function_url_config_output, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionArn", "FunctionArn", "function_arn", &s_FunctionArn, offsetof(struct awsc_lambda_get_function_url_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AuthType", "AuthType", "auth_type", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_get_function_url_config_output, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Cors", "Cors", "cors", &s_Cors, offsetof(struct awsc_lambda_get_function_url_config_output, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CreationTime", "CreationTime", "creation_time", &s_Timestamp, offsetof(struct awsc_lambda_get_function_url_config_output, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastModifiedTime", "LastModifiedTime", "last_modified_time", &s_Timestamp, offsetof(struct awsc_lambda_get_function_url_config_output, last_modified_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetFunctionUrlConfigResponse_by_wire_name[] = { 2, 3, 4, 1, 0, 5 };

static const struct awsc_member awsc__lambda_GetLayerVersionByArnRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Arn", "Arn", "arn", &s_LayerVersionArn, offsetof(struct awsc_lambda_get_layer_version_by_arn_input, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetLayerVersionByArnRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetLayerVersionPolicyRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"LayerName", "LayerName", "layer_name", &s_LayerName, offsetof(struct awsc_lambda_get_layer_version_policy_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"VersionNumber", "VersionNumber", "version_number", &s_LayerVersionNumber, offsetof(struct awsc_lambda_get_layer_version_policy_input, version_number), offsetof(struct awsc_lambda_get_layer_version_policy_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetLayerVersionPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetLayerVersionPolicyResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Policy", "Policy", "policy", &s_String, offsetof(struct awsc_lambda_get_layer_version_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_get_layer_version_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetLayerVersionPolicyResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetLayerVersionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"LayerName", "LayerName", "layer_name", &s_LayerName, offsetof(struct awsc_lambda_get_layer_version_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"VersionNumber", "VersionNumber", "version_number", &s_LayerVersionNumber, offsetof(struct awsc_lambda_get_layer_version_input, version_number), offsetof(struct awsc_lambda_get_layer_version_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetLayerVersionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetLayerVersionResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Content", "Content", "content", &s_LayerVersionContentOutput, offsetof(struct awsc_lambda_get_layer_version_response, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LayerArn", "LayerArn", "layer_arn", &s_LayerArn, offsetof(struct awsc_lambda_get_layer_version_response, layer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LayerVersionArn", "LayerVersionArn", "layer_version_arn", &s_LayerVersionArn, offsetof(struct awsc_lambda_get_layer_version_response, layer_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_get_layer_version_response, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CreatedDate", "CreatedDate", "created_date", &s_Timestamp, offsetof(struct awsc_lambda_get_layer_version_response, created_date), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Version", "Version", "version", &s_LayerVersionNumber, offsetof(struct awsc_lambda_get_layer_version_response, version), offsetof(struct awsc_lambda_get_layer_version_response, has_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleRuntimes", "CompatibleRuntimes", "compatible_runtimes", &s_CompatibleRuntimes, offsetof(struct awsc_lambda_get_layer_version_response, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LicenseInfo", "LicenseInfo", "license_info", &s_LicenseInfo, offsetof(struct awsc_lambda_get_layer_version_response, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleArchitectures", "CompatibleArchitectures", "compatible_architectures", &s_CompatibleArchitectures, offsetof(struct awsc_lambda_get_layer_version_response, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetLayerVersionResponse_by_wire_name[] = { 8, 6, 0, 4, 3, 1, 2, 7, 5 };

static const struct awsc_member awsc__lambda_GetPolicyRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_get_policy_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_get_policy_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetPolicyResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Policy", "Policy", "policy", &s_String, offsetof(struct awsc_lambda_get_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_get_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetPolicyResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetProvisionedConcurrencyConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetProvisionedConcurrencyConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetProvisionedConcurrencyConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"RequestedProvisionedConcurrentExecutions", "RequestedProvisionedConcurrentExecutions", "requested_provisioned_concurrent_executions", &s_PositiveInteger, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, has_requested_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AvailableProvisionedConcurrentExecutions", "AvailableProvisionedConcurrentExecutions", "available_provisioned_concurrent_executions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, has_available_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AllocatedProvisionedConcurrentExecutions", "AllocatedProvisionedConcurrentExecutions", "allocated_provisioned_concurrent_executions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, has_allocated_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Status", "Status", "status", &s_ProvisionedConcurrencyStatusEnum, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StatusReason", "StatusReason", "status_reason", &s_String, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastModified", "LastModified", "last_modified", &s_Timestamp, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_GetProvisionedConcurrencyConfigResponse_by_wire_name[] = { 2, 1, 5, 0, 3, 4 };

static const struct awsc_member s_ImageConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"EntryPoint", "EntryPoint", "entry_point", &s_StringList, offsetof(struct awsc_lambda_image_config, entry_point), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Command", "Command", "command", &s_StringList, offsetof(struct awsc_lambda_image_config, command), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"WorkingDirectory", "WorkingDirectory", "working_directory", &s_WorkingDirectory, offsetof(struct awsc_lambda_image_config, working_directory), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_ImageConfig_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_ImageConfigError_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ErrorCode", "ErrorCode", "error_code", &s_String, offsetof(struct awsc_lambda_image_config_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_SensitiveString, offsetof(struct awsc_lambda_image_config_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_ImageConfigError_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ImageConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ImageConfig", "ImageConfig", "image_config", &s_ImageConfig, offsetof(struct awsc_lambda_image_config_response, image_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Error", "Error", "error", &s_ImageConfigError, offsetof(struct awsc_lambda_image_config_response, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_ImageConfigResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvalidCodeSignatureException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_invalid_code_signature_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_invalid_code_signature_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvalidCodeSignatureException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvalidParameterValueException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_invalid_parameter_value_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_invalid_parameter_value_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvalidParameterValueException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_InvalidRequestContentException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_invalid_request_content_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_invalid_request_content_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvalidRequestContentException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_InvalidRuntimeException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_invalid_runtime_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_invalid_runtime_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvalidRuntimeException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvalidSecurityGroupIDException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_invalid_security_group_id_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_invalid_security_group_id_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvalidSecurityGroupIDException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvalidSubnetIDException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_invalid_subnet_id_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_invalid_subnet_id_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvalidSubnetIDException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvalidZipFileException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_invalid_zip_file_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_invalid_zip_file_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvalidZipFileException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvocationRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_invoke_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"InvocationType", "X-Amz-Invocation-Type", "invocation_type", &s_InvocationType, offsetof(struct awsc_lambda_invoke_input, invocation_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LogType", "X-Amz-Log-Type", "log_type", &s_LogType, offsetof(struct awsc_lambda_invoke_input, log_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ClientContext", "X-Amz-Client-Context", "client_context", &s_String, offsetof(struct awsc_lambda_invoke_input, client_context), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Payload", "Payload", "payload", &s_Blob, offsetof(struct awsc_lambda_invoke_input, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_invoke_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvocationRequest_by_wire_name[] = { 0, 4, 5, 3, 1, 2 };

static const struct awsc_member awsc__lambda_InvocationResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"StatusCode", "StatusCode", "status_code", &s_Integer, offsetof(struct awsc_lambda_invoke_output, status_code), offsetof(struct awsc_lambda_invoke_output, has_status_code), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionError", "X-Amz-Function-Error", "function_error", &s_String, offsetof(struct awsc_lambda_invoke_output, function_error), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LogResult", "X-Amz-Log-Result", "log_result", &s_String, offsetof(struct awsc_lambda_invoke_output, log_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Payload", "Payload", "payload", &s_Blob, offsetof(struct awsc_lambda_invoke_output, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ExecutedVersion", "X-Amz-Executed-Version", "executed_version", &s_Version, offsetof(struct awsc_lambda_invoke_output, executed_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvocationResponse_by_wire_name[] = { 3, 0, 4, 1, 2 };

static const struct awsc_member awsc__lambda_InvokeAsyncRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_invoke_async_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"InvokeArgs", "InvokeArgs", "invoke_args", &s_BlobStream, offsetof(struct awsc_lambda_invoke_async_input, invoke_args), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvokeAsyncRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_InvokeAsyncResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Status", "Status", "status", &s_HttpStatus, offsetof(struct awsc_lambda_invoke_async_output, status), offsetof(struct awsc_lambda_invoke_async_output, has_status), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_InvokeAsyncResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_KMSAccessDeniedException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_kms_access_denied_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_kms_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_KMSAccessDeniedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_KMSDisabledException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_kms_disabled_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_kms_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_KMSDisabledException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_KMSInvalidStateException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_kms_invalid_state_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_kms_invalid_state_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_KMSInvalidStateException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_KMSNotFoundException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_kms_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_kms_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_KMSNotFoundException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Layer_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Arn", "Arn", "arn", &s_LayerVersionArn, offsetof(struct awsc_lambda_layer, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSize", "CodeSize", "code_size", &s_Long, offsetof(struct awsc_lambda_layer, code_size), offsetof(struct awsc_lambda_layer, has_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SigningProfileVersionArn", "SigningProfileVersionArn", "signing_profile_version_arn", &s_Arn, offsetof(struct awsc_lambda_layer, signing_profile_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SigningJobArn", "SigningJobArn", "signing_job_arn", &s_Arn, offsetof(struct awsc_lambda_layer, signing_job_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_Layer_by_wire_name[] = { 0, 1, 3, 2 };

static const struct awsc_member s_LayerVersionContentInput_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"S3Bucket", "S3Bucket", "s3_bucket", &s_S3Bucket, offsetof(struct awsc_lambda_layer_version_content_input, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"S3Key", "S3Key", "s3_key", &s_S3Key, offsetof(struct awsc_lambda_layer_version_content_input, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"S3ObjectVersion", "S3ObjectVersion", "s3_object_version", &s_S3ObjectVersion, offsetof(struct awsc_lambda_layer_version_content_input, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ZipFile", "ZipFile", "zip_file", &s_Blob, offsetof(struct awsc_lambda_layer_version_content_input, zip_file), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_LayerVersionContentInput_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member s_LayerVersionContentOutput_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Location", "Location", "location", &s_String, offsetof(struct awsc_lambda_layer_version_content_output, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSha256", "CodeSha256", "code_sha256", &s_String, offsetof(struct awsc_lambda_layer_version_content_output, code_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSize", "CodeSize", "code_size", &s_Long, offsetof(struct awsc_lambda_layer_version_content_output, code_size), offsetof(struct awsc_lambda_layer_version_content_output, has_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SigningProfileVersionArn", "SigningProfileVersionArn", "signing_profile_version_arn", &s_String, offsetof(struct awsc_lambda_layer_version_content_output, signing_profile_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SigningJobArn", "SigningJobArn", "signing_job_arn", &s_String, offsetof(struct awsc_lambda_layer_version_content_output, signing_job_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_LayerVersionContentOutput_by_wire_name[] = { 1, 2, 0, 4, 3 };

static const struct awsc_member s_LayerVersionsListItem_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"LayerVersionArn", "LayerVersionArn", "layer_version_arn", &s_LayerVersionArn, offsetof(struct awsc_lambda_layer_versions_list_item, layer_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Version", "Version", "version", &s_LayerVersionNumber, offsetof(struct awsc_lambda_layer_versions_list_item, version), offsetof(struct awsc_lambda_layer_versions_list_item, has_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_layer_versions_list_item, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CreatedDate", "CreatedDate", "created_date", &s_Timestamp, offsetof(struct awsc_lambda_layer_versions_list_item, created_date), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleRuntimes", "CompatibleRuntimes", "compatible_runtimes", &s_CompatibleRuntimes, offsetof(struct awsc_lambda_layer_versions_list_item, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LicenseInfo", "LicenseInfo", "license_info", &s_LicenseInfo, offsetof(struct awsc_lambda_layer_versions_list_item, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleArchitectures", "CompatibleArchitectures", "compatible_architectures", &s_CompatibleArchitectures, offsetof(struct awsc_lambda_layer_versions_list_item, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_LayerVersionsListItem_by_wire_name[] = { 6, 4, 3, 2, 0, 5, 1 };

static const struct awsc_member s_LayersListItem_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"LayerName", "LayerName", "layer_name", &s_LayerName, offsetof(struct awsc_lambda_layers_list_item, layer_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LayerArn", "LayerArn", "layer_arn", &s_LayerArn, offsetof(struct awsc_lambda_layers_list_item, layer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LatestMatchingVersion", "LatestMatchingVersion", "latest_matching_version", &s_LayerVersionsListItem, offsetof(struct awsc_lambda_layers_list_item, latest_matching_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_LayersListItem_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__lambda_ListAliasesRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_list_aliases_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionVersion", "FunctionVersion", "function_version", &s_Version, offsetof(struct awsc_lambda_list_aliases_input, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_aliases_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxListItems, offsetof(struct awsc_lambda_list_aliases_input, max_items), offsetof(struct awsc_lambda_list_aliases_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListAliasesRequest_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__lambda_ListAliasesResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_aliases_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Aliases", "Aliases", "aliases", &s_AliasList, offsetof(struct awsc_lambda_list_aliases_output, aliases), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListAliasesResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListCodeSigningConfigsRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_code_signing_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxListItems, offsetof(struct awsc_lambda_list_code_signing_configs_input, max_items), offsetof(struct awsc_lambda_list_code_signing_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListCodeSigningConfigsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ListCodeSigningConfigsResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_code_signing_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSigningConfigs", "CodeSigningConfigs", "code_signing_configs", &s_CodeSigningConfigList, offsetof(struct awsc_lambda_list_code_signing_configs_output, code_signing_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListCodeSigningConfigsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListEventSourceMappingsRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"EventSourceArn", "EventSourceArn", "event_source_arn", &s_Arn, offsetof(struct awsc_lambda_list_event_source_mappings_input, event_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_list_event_source_mappings_input, function_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_event_source_mappings_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxListItems, offsetof(struct awsc_lambda_list_event_source_mappings_input, max_items), offsetof(struct awsc_lambda_list_event_source_mappings_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListEventSourceMappingsRequest_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__lambda_ListEventSourceMappingsResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_event_source_mappings_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"EventSourceMappings", "EventSourceMappings", "event_source_mappings", &s_EventSourceMappingsList, offsetof(struct awsc_lambda_list_event_source_mappings_output, event_source_mappings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListEventSourceMappingsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListFunctionEventInvokeConfigsRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxFunctionEventInvokeConfigListItems, offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, max_items), offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListFunctionEventInvokeConfigsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListFunctionEventInvokeConfigsResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionEventInvokeConfigs", "FunctionEventInvokeConfigs", "function_event_invoke_configs", &s_FunctionEventInvokeConfigList, offsetof(struct awsc_lambda_list_function_event_invoke_configs_output, function_event_invoke_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_function_event_invoke_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListFunctionEventInvokeConfigsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ListFunctionUrlConfigsRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_list_function_url_configs_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_function_url_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxItems, offsetof(struct awsc_lambda_list_function_url_configs_input, max_items), offsetof(struct awsc_lambda_list_function_url_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListFunctionUrlConfigsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListFunctionUrlConfigsResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionUrlConfigs", "FunctionUrlConfigs", "function_url_configs", &s_FunctionUrlConfigList, offsetof(struct awsc_lambda_list_function_url_configs_output, function_url_configs), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_function_url_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListFunctionUrlConfigsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ListFunctionsByCodeSigningConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfigArn", "CodeSigningConfigArn", "code_signing_config_arn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxListItems, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, max_items), offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListFunctionsByCodeSigningConfigRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListFunctionsByCodeSigningConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionArns", "FunctionArns", "function_arns", &s_FunctionArnList, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_output, function_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListFunctionsByCodeSigningConfigResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListFunctionsRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"MasterRegion", "MasterRegion", "master_region", &s_MasterRegion, offsetof(struct awsc_lambda_list_functions_input, master_region), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionVersion", "FunctionVersion", "function_version", &s_FunctionVersion, offsetof(struct awsc_lambda_list_functions_input, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_functions_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxListItems, offsetof(struct awsc_lambda_list_functions_input, max_items), offsetof(struct awsc_lambda_list_functions_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListFunctionsRequest_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member awsc__lambda_ListFunctionsResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_functions_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Functions", "Functions", "functions", &s_FunctionList, offsetof(struct awsc_lambda_list_functions_output, functions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListFunctionsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListLayerVersionsRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CompatibleRuntime", "CompatibleRuntime", "compatible_runtime", &s_Runtime, offsetof(struct awsc_lambda_list_layer_versions_input, compatible_runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LayerName", "LayerName", "layer_name", &s_LayerName, offsetof(struct awsc_lambda_list_layer_versions_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_layer_versions_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxLayerListItems, offsetof(struct awsc_lambda_list_layer_versions_input, max_items), offsetof(struct awsc_lambda_list_layer_versions_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleArchitecture", "CompatibleArchitecture", "compatible_architecture", &s_Architecture, offsetof(struct awsc_lambda_list_layer_versions_input, compatible_architecture), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListLayerVersionsRequest_by_wire_name[] = { 4, 0, 1, 2, 3 };

static const struct awsc_member awsc__lambda_ListLayerVersionsResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_layer_versions_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LayerVersions", "LayerVersions", "layer_versions", &s_LayerVersionsList, offsetof(struct awsc_lambda_list_layer_versions_output, layer_versions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListLayerVersionsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListLayersRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CompatibleRuntime", "CompatibleRuntime", "compatible_runtime", &s_Runtime, offsetof(struct awsc_lambda_list_layers_input, compatible_runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_layers_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxLayerListItems, offsetof(struct awsc_lambda_list_layers_input, max_items), offsetof(struct awsc_lambda_list_layers_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleArchitecture", "CompatibleArchitecture", "compatible_architecture", &s_Architecture, offsetof(struct awsc_lambda_list_layers_input, compatible_architecture), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListLayersRequest_by_wire_name[] = { 3, 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListLayersResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_layers_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Layers", "Layers", "layers", &s_LayersList, offsetof(struct awsc_lambda_list_layers_output, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListLayersResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListProvisionedConcurrencyConfigsRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxProvisionedConcurrencyConfigListItems, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, max_items), offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListProvisionedConcurrencyConfigsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListProvisionedConcurrencyConfigsResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ProvisionedConcurrencyConfigs", "ProvisionedConcurrencyConfigs", "provisioned_concurrency_configs", &s_ProvisionedConcurrencyConfigList, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_output, provisioned_concurrency_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListProvisionedConcurrencyConfigsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListTagsRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Resource", "ARN", "resource", &s_FunctionArn, offsetof(struct awsc_lambda_list_tags_input, resource), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListTagsRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_ListTagsResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Tags", "Tags", "tags", &s_Tags, offsetof(struct awsc_lambda_list_tags_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListTagsResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_ListVersionsByFunctionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_list_versions_by_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Marker", "Marker", "marker", &s_String, offsetof(struct awsc_lambda_list_versions_by_function_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaxItems", "MaxItems", "max_items", &s_MaxListItems, offsetof(struct awsc_lambda_list_versions_by_function_input, max_items), offsetof(struct awsc_lambda_list_versions_by_function_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListVersionsByFunctionRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListVersionsByFunctionResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"NextMarker", "NextMarker", "next_marker", &s_String, offsetof(struct awsc_lambda_list_versions_by_function_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Versions", "Versions", "versions", &s_FunctionList, offsetof(struct awsc_lambda_list_versions_by_function_output, versions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ListVersionsByFunctionResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_OnFailure_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Destination", "Destination", "destination", &s_DestinationArn, offsetof(struct awsc_lambda_on_failure, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_OnFailure_by_wire_name[] = { 0 };

static const struct awsc_member s_OnSuccess_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Destination", "Destination", "destination", &s_DestinationArn, offsetof(struct awsc_lambda_on_success, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_OnSuccess_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_PolicyLengthExceededException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_policy_length_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_policy_length_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PolicyLengthExceededException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PreconditionFailedException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_precondition_failed_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_precondition_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PreconditionFailedException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ProvisionedConcurrencyConfigListItem_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionArn", "FunctionArn", "function_arn", &s_FunctionArn, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RequestedProvisionedConcurrentExecutions", "RequestedProvisionedConcurrentExecutions", "requested_provisioned_concurrent_executions", &s_PositiveInteger, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, has_requested_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AvailableProvisionedConcurrentExecutions", "AvailableProvisionedConcurrentExecutions", "available_provisioned_concurrent_executions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, has_available_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AllocatedProvisionedConcurrentExecutions", "AllocatedProvisionedConcurrentExecutions", "allocated_provisioned_concurrent_executions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, has_allocated_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Status", "Status", "status", &s_ProvisionedConcurrencyStatusEnum, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StatusReason", "StatusReason", "status_reason", &s_String, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastModified", "LastModified", "last_modified", &s_Timestamp, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_ProvisionedConcurrencyConfigListItem_by_wire_name[] = { 3, 2, 0, 6, 1, 4, 5 };

static const struct awsc_member awsc__lambda_ProvisionedConcurrencyConfigNotFoundException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ProvisionedConcurrencyConfigNotFoundException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PublishLayerVersionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"LayerName", "LayerName", "layer_name", &s_LayerName, offsetof(struct awsc_lambda_publish_layer_version_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_publish_layer_version_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Content", "Content", "content", &s_LayerVersionContentInput, offsetof(struct awsc_lambda_publish_layer_version_input, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleRuntimes", "CompatibleRuntimes", "compatible_runtimes", &s_CompatibleRuntimes, offsetof(struct awsc_lambda_publish_layer_version_input, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LicenseInfo", "LicenseInfo", "license_info", &s_LicenseInfo, offsetof(struct awsc_lambda_publish_layer_version_input, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleArchitectures", "CompatibleArchitectures", "compatible_architectures", &s_CompatibleArchitectures, offsetof(struct awsc_lambda_publish_layer_version_input, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PublishLayerVersionRequest_by_wire_name[] = { 5, 3, 2, 1, 0, 4 };

static const struct awsc_member awsc__lambda_PublishLayerVersionResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Content", "Content", "content", &s_LayerVersionContentOutput, offsetof(struct awsc_lambda_publish_layer_version_output, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LayerArn", "LayerArn", "layer_arn", &s_LayerArn, offsetof(struct awsc_lambda_publish_layer_version_output, layer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LayerVersionArn", "LayerVersionArn", "layer_version_arn", &s_LayerVersionArn, offsetof(struct awsc_lambda_publish_layer_version_output, layer_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_publish_layer_version_output, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CreatedDate", "CreatedDate", "created_date", &s_Timestamp, offsetof(struct awsc_lambda_publish_layer_version_output, created_date), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Version", "Version", "version", &s_LayerVersionNumber, offsetof(struct awsc_lambda_publish_layer_version_output, version), offsetof(struct awsc_lambda_publish_layer_version_output, has_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleRuntimes", "CompatibleRuntimes", "compatible_runtimes", &s_CompatibleRuntimes, offsetof(struct awsc_lambda_publish_layer_version_output, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LicenseInfo", "LicenseInfo", "license_info", &s_LicenseInfo, offsetof(struct awsc_lambda_publish_layer_version_output, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CompatibleArchitectures", "CompatibleArchitectures", "compatible_architectures", &s_CompatibleArchitectures, offsetof(struct awsc_lambda_publish_layer_version_output, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PublishLayerVersionResponse_by_wire_name[] = { 8, 6, 0, 4, 3, 1, 2, 7, 5 };

static const struct awsc_member awsc__lambda_PublishVersionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_publish_version_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSha256", "CodeSha256", "code_sha256", &s_String, offsetof(struct awsc_lambda_publish_version_input, code_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_publish_version_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_publish_version_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PublishVersionRequest_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member awsc__lambda_PutFunctionCodeSigningConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfigArn", "CodeSigningConfigArn", "code_signing_config_arn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_put_function_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_put_function_code_signing_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PutFunctionCodeSigningConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PutFunctionCodeSigningConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfigArn", "CodeSigningConfigArn", "code_signing_config_arn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_put_function_code_signing_config_output, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_put_function_code_signing_config_output, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PutFunctionCodeSigningConfigResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PutFunctionConcurrencyRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_put_function_concurrency_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ReservedConcurrentExecutions", "ReservedConcurrentExecutions", "reserved_concurrent_executions", &s_ReservedConcurrentExecutions, offsetof(struct awsc_lambda_put_function_concurrency_input, reserved_concurrent_executions), offsetof(struct awsc_lambda_put_function_concurrency_input, has_reserved_concurrent_executions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PutFunctionConcurrencyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PutFunctionEventInvokeConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumRetryAttempts", "MaximumRetryAttempts", "maximum_retry_attempts", &s_MaximumRetryAttempts, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, maximum_retry_attempts), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumEventAgeInSeconds", "MaximumEventAgeInSeconds", "maximum_event_age_in_seconds", &s_MaximumEventAgeInSeconds, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, maximum_event_age_in_seconds), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, has_maximum_event_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DestinationConfig", "DestinationConfig", "destination_config", &s_DestinationConfig, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PutFunctionEventInvokeConfigRequest_by_wire_name[] = { 4, 0, 3, 2, 1 };

static const struct awsc_member awsc__lambda_PutProvisionedConcurrencyConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ProvisionedConcurrentExecutions", "ProvisionedConcurrentExecutions", "provisioned_concurrent_executions", &s_PositiveInteger, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, has_provisioned_concurrent_executions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PutProvisionedConcurrencyConfigRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__lambda_PutProvisionedConcurrencyConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"RequestedProvisionedConcurrentExecutions", "RequestedProvisionedConcurrentExecutions", "requested_provisioned_concurrent_executions", &s_PositiveInteger, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, has_requested_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AvailableProvisionedConcurrentExecutions", "AvailableProvisionedConcurrentExecutions", "available_provisioned_concurrent_executions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, has_available_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AllocatedProvisionedConcurrentExecutions", "AllocatedProvisionedConcurrentExecutions", "allocated_provisioned_concurrent_executions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, has_allocated_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Status", "Status", "status", &s_ProvisionedConcurrencyStatusEnum, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StatusReason", "StatusReason", "status_reason", &s_String, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastModified", "LastModified", "last_modified", &s_Timestamp, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_PutProvisionedConcurrencyConfigResponse_by_wire_name[] = { 2, 1, 5, 0, 3, 4 };

static const struct awsc_member awsc__lambda_RemoveLayerVersionPermissionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"LayerName", "LayerName", "layer_name", &s_LayerName, offsetof(struct awsc_lambda_remove_layer_version_permission_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"VersionNumber", "VersionNumber", "version_number", &s_LayerVersionNumber, offsetof(struct awsc_lambda_remove_layer_version_permission_input, version_number), offsetof(struct awsc_lambda_remove_layer_version_permission_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StatementId", "StatementId", "statement_id", &s_StatementId, offsetof(struct awsc_lambda_remove_layer_version_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_remove_layer_version_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_RemoveLayerVersionPermissionRequest_by_wire_name[] = { 0, 3, 2, 1 };

static const struct awsc_member awsc__lambda_RemovePermissionRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_remove_permission_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"StatementId", "StatementId", "statement_id", &s_NamespacedStatementId, offsetof(struct awsc_lambda_remove_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_remove_permission_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_remove_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_RemovePermissionRequest_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__lambda_RequestTooLargeException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_request_too_large_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_request_too_large_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_RequestTooLargeException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ResourceConflictException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_resource_conflict_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_resource_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ResourceConflictException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ResourceInUseException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_resource_in_use_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_resource_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ResourceInUseException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ResourceNotFoundException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_resource_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ResourceNotFoundException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ResourceNotReadyException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_resource_not_ready_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_resource_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ResourceNotReadyException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_SelfManagedEventSource_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Endpoints", "Endpoints", "endpoints", &s_Endpoints, offsetof(struct awsc_lambda_self_managed_event_source, endpoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_SelfManagedEventSource_by_wire_name[] = { 0 };

static const struct awsc_member s_SelfManagedKafkaEventSourceConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ConsumerGroupId", "ConsumerGroupId", "consumer_group_id", &s_URI, offsetof(struct awsc_lambda_self_managed_kafka_event_source_config, consumer_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_SelfManagedKafkaEventSourceConfig_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_ServiceException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_service_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_service_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_ServiceException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SnapStart_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ApplyOn", "ApplyOn", "apply_on", &s_SnapStartApplyOn, offsetof(struct awsc_lambda_snap_start, apply_on), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_SnapStart_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_SnapStartException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_snap_start_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_snap_start_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_SnapStartException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_SnapStartNotReadyException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_snap_start_not_ready_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_snap_start_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_SnapStartNotReadyException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SnapStartResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"ApplyOn", "ApplyOn", "apply_on", &s_SnapStartApplyOn, offsetof(struct awsc_lambda_snap_start_response, apply_on), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"OptimizationStatus", "OptimizationStatus", "optimization_status", &s_SnapStartOptimizationStatus, offsetof(struct awsc_lambda_snap_start_response, optimization_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_SnapStartResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_SnapStartTimeoutException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_snap_start_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_snap_start_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_SnapStartTimeoutException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SourceAccessConfiguration_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_SourceAccessType, offsetof(struct awsc_lambda_source_access_configuration, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"URI", "URI", "uri", &s_URI, offsetof(struct awsc_lambda_source_access_configuration, uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_SourceAccessConfiguration_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_SubnetIPAddressLimitReachedException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_subnet_ip_address_limit_reached_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Message", "Message", "message", &s_String, offsetof(struct awsc_lambda_subnet_ip_address_limit_reached_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_SubnetIPAddressLimitReachedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_TagResourceRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Resource", "ARN", "resource", &s_FunctionArn, offsetof(struct awsc_lambda_tag_resource_input, resource), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Tags", "Tags", "tags", &s_Tags, offsetof(struct awsc_lambda_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_TagResourceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_TooManyRequestsException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"retryAfterSeconds", "Retry-After", "retry_after_seconds", &s_String, offsetof(struct awsc_lambda_too_many_requests_exception, retry_after_seconds), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_too_many_requests_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_too_many_requests_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Reason", "Reason", "reason", &s_ThrottleReason, offsetof(struct awsc_lambda_too_many_requests_exception, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_TooManyRequestsException_by_wire_name[] = { 3, 0, 1, 2 };

static const struct awsc_member s_TracingConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Mode", "Mode", "mode", &s_TracingMode, offsetof(struct awsc_lambda_tracing_config, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_TracingConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_TracingConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Mode", "Mode", "mode", &s_TracingMode, offsetof(struct awsc_lambda_tracing_config_response, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_TracingConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_UnsupportedMediaTypeException_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Type", "Type", "type", &s_String, offsetof(struct awsc_lambda_unsupported_media_type_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"message", "message", "message", &s_String, offsetof(struct awsc_lambda_unsupported_media_type_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UnsupportedMediaTypeException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_UntagResourceRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"Resource", "ARN", "resource", &s_FunctionArn, offsetof(struct awsc_lambda_untag_resource_input, resource), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"TagKeys", "tagKeys", "tag_keys", &s_TagKeyList, offsetof(struct awsc_lambda_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UntagResourceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_UpdateAliasRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_update_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Name", "Name", "name", &s_Alias, offsetof(struct awsc_lambda_update_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionVersion", "FunctionVersion", "function_version", &s_Version, offsetof(struct awsc_lambda_update_alias_input, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_update_alias_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RoutingConfig", "RoutingConfig", "routing_config", &s_AliasRoutingConfiguration, offsetof(struct awsc_lambda_update_alias_input, routing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_update_alias_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UpdateAliasRequest_by_wire_name[] = { 3, 0, 2, 1, 5, 4 };

static const struct awsc_member awsc__lambda_UpdateCodeSigningConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfigArn", "CodeSigningConfigArn", "code_signing_config_arn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_update_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_update_code_signing_config_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AllowedPublishers", "AllowedPublishers", "allowed_publishers", &s_AllowedPublishers, offsetof(struct awsc_lambda_update_code_signing_config_input, allowed_publishers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CodeSigningPolicies", "CodeSigningPolicies", "code_signing_policies", &s_CodeSigningPolicies, offsetof(struct awsc_lambda_update_code_signing_config_input, code_signing_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UpdateCodeSigningConfigRequest_by_wire_name[] = { 2, 0, 3, 1 };

static const struct awsc_member awsc__lambda_UpdateCodeSigningConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"CodeSigningConfig", "CodeSigningConfig", "code_signing_config", &s_CodeSigningConfig, offsetof(struct awsc_lambda_update_code_signing_config_output, code_signing_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UpdateCodeSigningConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_UpdateEventSourceMappingRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"UUID", "UUID", "uuid", &s_String, offsetof(struct awsc_lambda_update_event_source_mapping_input, uuid), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_update_event_source_mapping_input, function_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Enabled", "Enabled", "enabled", &s_Enabled, offsetof(struct awsc_lambda_update_event_source_mapping_input, enabled), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"BatchSize", "BatchSize", "batch_size", &s_BatchSize, offsetof(struct awsc_lambda_update_event_source_mapping_input, batch_size), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_batch_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FilterCriteria", "FilterCriteria", "filter_criteria", &s_FilterCriteria, offsetof(struct awsc_lambda_update_event_source_mapping_input, filter_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumBatchingWindowInSeconds", "MaximumBatchingWindowInSeconds", "maximum_batching_window_in_seconds", &s_MaximumBatchingWindowInSeconds, offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_maximum_batching_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DestinationConfig", "DestinationConfig", "destination_config", &s_DestinationConfig, offsetof(struct awsc_lambda_update_event_source_mapping_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumRecordAgeInSeconds", "MaximumRecordAgeInSeconds", "maximum_record_age_in_seconds", &s_MaximumRecordAgeInSeconds, offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_record_age_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_maximum_record_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"BisectBatchOnFunctionError", "BisectBatchOnFunctionError", "bisect_batch_on_function_error", &s_BisectBatchOnFunctionError, offsetof(struct awsc_lambda_update_event_source_mapping_input, bisect_batch_on_function_error), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_bisect_batch_on_function_error), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumRetryAttempts", "MaximumRetryAttempts", "maximum_retry_attempts", &s_MaximumRetryAttemptsEventSourceMapping, offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_retry_attempts), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ParallelizationFactor", "ParallelizationFactor", "parallelization_factor", &s_ParallelizationFactor, offsetof(struct awsc_lambda_update_event_source_mapping_input, parallelization_factor), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_parallelization_factor), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SourceAccessConfigurations", "SourceAccessConfigurations", "source_access_configurations", &s_SourceAccessConfigurations, offsetof(struct awsc_lambda_update_event_source_mapping_input, source_access_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"TumblingWindowInSeconds", "TumblingWindowInSeconds", "tumbling_window_in_seconds", &s_TumblingWindowInSeconds, offsetof(struct awsc_lambda_update_event_source_mapping_input, tumbling_window_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_tumbling_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionResponseTypes", "FunctionResponseTypes", "function_response_types", &s_FunctionResponseTypeList, offsetof(struct awsc_lambda_update_event_source_mapping_input, function_response_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UpdateEventSourceMappingRequest_by_wire_name[] = { 3, 8, 6, 2, 4, 1, 13, 5, 7, 9, 10, 11, 12, 0 };

static const struct awsc_member awsc__lambda_UpdateFunctionCodeRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_update_function_code_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ZipFile", "ZipFile", "zip_file", &s_Blob, offsetof(struct awsc_lambda_update_function_code_input, zip_file), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"S3Bucket", "S3Bucket", "s3_bucket", &s_S3Bucket, offsetof(struct awsc_lambda_update_function_code_input, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"S3Key", "S3Key", "s3_key", &s_S3Key, offsetof(struct awsc_lambda_update_function_code_input, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"S3ObjectVersion", "S3ObjectVersion", "s3_object_version", &s_S3ObjectVersion, offsetof(struct awsc_lambda_update_function_code_input, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ImageUri", "ImageUri", "image_uri", &s_String, offsetof(struct awsc_lambda_update_function_code_input, image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Publish", "Publish", "publish", &s_Boolean, offsetof(struct awsc_lambda_update_function_code_input, publish), offsetof(struct awsc_lambda_update_function_code_input, has_publish), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DryRun", "DryRun", "dry_run", &s_Boolean, offsetof(struct awsc_lambda_update_function_code_input, dry_run), offsetof(struct awsc_lambda_update_function_code_input, has_dry_run), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_update_function_code_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Architectures", "Architectures", "architectures", &s_ArchitecturesList, offsetof(struct awsc_lambda_update_function_code_input, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UpdateFunctionCodeRequest_by_wire_name[] = { 9, 7, 0, 5, 6, 8, 2, 3, 4, 1 };

static const struct awsc_member awsc__lambda_UpdateFunctionConfigurationRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_update_function_configuration_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Role", "Role", "role", &s_RoleArn, offsetof(struct awsc_lambda_update_function_configuration_input, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Handler", "Handler", "handler", &s_Handler, offsetof(struct awsc_lambda_update_function_configuration_input, handler), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Description", "Description", "description", &s_Description, offsetof(struct awsc_lambda_update_function_configuration_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Timeout", "Timeout", "timeout", &s_Timeout, offsetof(struct awsc_lambda_update_function_configuration_input, timeout), offsetof(struct awsc_lambda_update_function_configuration_input, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MemorySize", "MemorySize", "memory_size", &s_MemorySize, offsetof(struct awsc_lambda_update_function_configuration_input, memory_size), offsetof(struct awsc_lambda_update_function_configuration_input, has_memory_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"VpcConfig", "VpcConfig", "vpc_config", &s_VpcConfig, offsetof(struct awsc_lambda_update_function_configuration_input, vpc_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Environment", "Environment", "environment", &s_Environment, offsetof(struct awsc_lambda_update_function_configuration_input, environment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Runtime", "Runtime", "runtime", &s_Runtime, offsetof(struct awsc_lambda_update_function_configuration_input, runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DeadLetterConfig", "DeadLetterConfig", "dead_letter_config", &s_DeadLetterConfig, offsetof(struct awsc_lambda_update_function_configuration_input, dead_letter_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"KMSKeyArn", "KMSKeyArn", "kms_key_arn", &s_KMSKeyArn, offsetof(struct awsc_lambda_update_function_configuration_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"TracingConfig", "TracingConfig", "tracing_config", &s_TracingConfig, offsetof(struct awsc_lambda_update_function_configuration_input, tracing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"RevisionId", "RevisionId", "revision_id", &s_String, offsetof(struct awsc_lambda_update_function_configuration_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Layers", "Layers", "layers", &s_LayerList, offsetof(struct awsc_lambda_update_function_configuration_input, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FileSystemConfigs", "FileSystemConfigs", "file_system_configs", &s_FileSystemConfigList, offsetof(struct awsc_lambda_update_function_configuration_input, file_system_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"ImageConfig", "ImageConfig", "image_config", &s_ImageConfig, offsetof(struct awsc_lambda_update_function_configuration_input, image_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"EphemeralStorage", "EphemeralStorage", "ephemeral_storage", &s_EphemeralStorage, offsetof(struct awsc_lambda_update_function_configuration_input, ephemeral_storage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SnapStart", "SnapStart", "snap_start", &s_SnapStart, offsetof(struct awsc_lambda_update_function_configuration_input, snap_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UpdateFunctionConfigurationRequest_by_wire_name[] = { 9, 3, 7, 16, 14, 0, 2, 15, 10, 13, 5, 12, 1, 8, 17, 4, 11, 6 };

static const struct awsc_member awsc__lambda_UpdateFunctionEventInvokeConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_Qualifier, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumRetryAttempts", "MaximumRetryAttempts", "maximum_retry_attempts", &s_MaximumRetryAttempts, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, maximum_retry_attempts), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"MaximumEventAgeInSeconds", "MaximumEventAgeInSeconds", "maximum_event_age_in_seconds", &s_MaximumEventAgeInSeconds, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, maximum_event_age_in_seconds), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, has_maximum_event_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"DestinationConfig", "DestinationConfig", "destination_config", &s_DestinationConfig, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UpdateFunctionEventInvokeConfigRequest_by_wire_name[] = { 4, 0, 3, 2, 1 };

static const struct awsc_member awsc__lambda_UpdateFunctionUrlConfigRequest_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionName", "FunctionName", "function_name", &s_FunctionName, offsetof(struct awsc_lambda_update_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Qualifier", "Qualifier", "qualifier", &s_FunctionUrlQualifier, offsetof(struct awsc_lambda_update_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AuthType", "AuthType", "auth_type", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_update_function_url_config_input, auth_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Cors", "Cors", "cors", &s_Cors, offsetof(struct awsc_lambda_update_function_url_config_input, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UpdateFunctionUrlConfigRequest_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member awsc__lambda_UpdateFunctionUrlConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"FunctionUrl", "FunctionUrl", "function_url", &s_FunctionUrl, offsetof(struct awsc_lambda_update_function_url_config_output, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"FunctionArn", "FunctionArn", "function_arn", &s_FunctionArn, offsetof(struct awsc_lambda_update_function_url_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"AuthType", "AuthType", "auth_type", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_update_function_url_config_output, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"Cors", "Cors", "cors", &s_Cors, offsetof(struct awsc_lambda_update_function_url_config_output, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"CreationTime", "CreationTime", "creation_time", &s_Timestamp, offsetof(struct awsc_lambda_update_function_url_config_output, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"LastModifiedTime", "LastModifiedTime", "last_modified_time", &s_Timestamp, offsetof(struct awsc_lambda_update_function_url_config_output, last_modified_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t awsc__lambda_UpdateFunctionUrlConfigResponse_by_wire_name[] = { 2, 3, 4, 1, 0, 5 };

static const struct awsc_member s_VpcConfig_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"SubnetIds", "SubnetIds", "subnet_ids", &s_SubnetIds, offsetof(struct awsc_lambda_vpc_config, subnet_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SecurityGroupIds", "SecurityGroupIds", "security_group_ids", &s_SecurityGroupIds, offsetof(struct awsc_lambda_vpc_config, security_group_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_VpcConfig_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_VpcConfigResponse_members[] = {
    /* name, wire name, C name, shape, offset, has_ offset, flags, location, timestamp format, query name, XML namespace */
    {"SubnetIds", "SubnetIds", "subnet_ids", &s_SubnetIds, offsetof(struct awsc_lambda_vpc_config_response, subnet_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"SecurityGroupIds", "SecurityGroupIds", "security_group_ids", &s_SecurityGroupIds, offsetof(struct awsc_lambda_vpc_config_response, security_group_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
    {"VpcId", "VpcId", "vpc_id", &s_VpcId, offsetof(struct awsc_lambda_vpc_config_response, vpc_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, NULL, NULL},
};
static const uint16_t s_VpcConfigResponse_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_shape s_AccountLimit = {
    .name = "AccountLimit",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_account_limit),
    .members = s_AccountLimit_members,
    .member_count = 5,
    .by_wire_name = s_AccountLimit_by_wire_name,
};

static const struct awsc_shape s_AccountUsage = {
    .name = "AccountUsage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_account_usage),
    .members = s_AccountUsage_members,
    .member_count = 2,
    .by_wire_name = s_AccountUsage_by_wire_name,
};

static const struct awsc_shape s_Action = {
    .name = "Action",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__lambda_AddLayerVersionPermissionRequest = {
    .name = "AddLayerVersionPermissionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_add_layer_version_permission_input),
    .members = awsc__lambda_AddLayerVersionPermissionRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__lambda_AddLayerVersionPermissionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_AddLayerVersionPermissionResponse = {
    .name = "AddLayerVersionPermissionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_add_layer_version_permission_output),
    .members = awsc__lambda_AddLayerVersionPermissionResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_AddLayerVersionPermissionResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_AddPermissionRequest = {
    .name = "AddPermissionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_add_permission_input),
    .members = awsc__lambda_AddPermissionRequest_members,
    .member_count = 11,
    .by_wire_name = awsc__lambda_AddPermissionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_AddPermissionResponse = {
    .name = "AddPermissionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_add_permission_output),
    .members = awsc__lambda_AddPermissionResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_AddPermissionResponse_by_wire_name,
};

static const struct awsc_shape s_AdditionalVersion = {
    .name = "AdditionalVersion",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AdditionalVersion_range,
};

static const struct awsc_shape s_AdditionalVersionWeights = {
    .name = "AdditionalVersionWeights",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_lambda_additional_version_weights),
    .item = &s_Weight,
    .key = &s_AdditionalVersion,
    .value_offset = offsetof(struct awsc_lambda_additional_version_weights_entry, value),
    .entry_size = sizeof(struct awsc_lambda_additional_version_weights_entry),
};

static const struct awsc_shape s_Alias = {
    .name = "Alias",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Alias_range,
};

const struct awsc_shape awsc__lambda_AliasConfiguration = {
    .name = "AliasConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_alias_configuration),
    .members = awsc__lambda_AliasConfiguration_members,
    .member_count = 6,
    .by_wire_name = awsc__lambda_AliasConfiguration_by_wire_name,
};

static const struct awsc_shape s_AliasList = {
    .name = "AliasList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_alias_list),
    .item = &awsc__lambda_AliasConfiguration,
};

static const struct awsc_shape s_AliasRoutingConfiguration = {
    .name = "AliasRoutingConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_alias_routing_configuration),
    .members = s_AliasRoutingConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_AliasRoutingConfiguration_by_wire_name,
};

static const struct awsc_shape s_AllowCredentials = {
    .name = "AllowCredentials",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_AllowMethodsList = {
    .name = "AllowMethodsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_allow_methods_list),
    .range = &s_AllowMethodsList_range,
    .item = &s_Method,
};

static const struct awsc_shape s_AllowOriginsList = {
    .name = "AllowOriginsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_allow_origins_list),
    .range = &s_AllowOriginsList_range,
    .item = &s_Origin,
};

static const struct awsc_shape s_AllowedPublishers = {
    .name = "AllowedPublishers",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_allowed_publishers),
    .members = s_AllowedPublishers_members,
    .member_count = 1,
    .by_wire_name = s_AllowedPublishers_by_wire_name,
};

static const struct awsc_shape s_AmazonManagedKafkaEventSourceConfig = {
    .name = "AmazonManagedKafkaEventSourceConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_amazon_managed_kafka_event_source_config),
    .members = s_AmazonManagedKafkaEventSourceConfig_members,
    .member_count = 1,
    .by_wire_name = s_AmazonManagedKafkaEventSourceConfig_by_wire_name,
};

static const struct awsc_shape s_Architecture = {
    .name = "Architecture",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Architecture_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ArchitecturesList = {
    .name = "ArchitecturesList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_ArchitecturesList_range,
    .item = &s_Architecture,
};

static const struct awsc_shape s_Arn = {
    .name = "Arn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_BatchSize = {
    .name = "BatchSize",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_BatchSize_range,
};

static const struct awsc_shape s_BisectBatchOnFunctionError = {
    .name = "BisectBatchOnFunctionError",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_Blob = {
    .name = "Blob",
    .type = AWSC_SHAPE_BLOB,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_BlobStream = {
    .name = "BlobStream",
    .type = AWSC_SHAPE_BLOB,
    .flags = AWSC_SF_STREAMING,
    .size = sizeof(struct awsc_stream),
};

static const struct awsc_shape s_Boolean = {
    .name = "Boolean",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_CodeSigningConfig = {
    .name = "CodeSigningConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_code_signing_config),
    .members = s_CodeSigningConfig_members,
    .member_count = 6,
    .by_wire_name = s_CodeSigningConfig_by_wire_name,
};

static const struct awsc_shape s_CodeSigningConfigArn = {
    .name = "CodeSigningConfigArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CodeSigningConfigArn_range,
};

static const struct awsc_shape s_CodeSigningConfigId = {
    .name = "CodeSigningConfigId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CodeSigningConfigList = {
    .name = "CodeSigningConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_code_signing_config_list),
    .item = &s_CodeSigningConfig,
};

const struct awsc_shape awsc__lambda_CodeSigningConfigNotFoundException = {
    .name = "CodeSigningConfigNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_code_signing_config_not_found_exception),
    .members = awsc__lambda_CodeSigningConfigNotFoundException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CodeSigningConfigNotFoundException_by_wire_name,
    .error_code = "CodeSigningConfigNotFoundException",
    .http_status = 404,
};

static const struct awsc_shape s_CodeSigningPolicies = {
    .name = "CodeSigningPolicies",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_code_signing_policies),
    .members = s_CodeSigningPolicies_members,
    .member_count = 1,
    .by_wire_name = s_CodeSigningPolicies_by_wire_name,
};

static const struct awsc_shape s_CodeSigningPolicy = {
    .name = "CodeSigningPolicy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_CodeSigningPolicy_values,
    .enum_count = 2,
};

const struct awsc_shape awsc__lambda_CodeStorageExceededException = {
    .name = "CodeStorageExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_code_storage_exceeded_exception),
    .members = awsc__lambda_CodeStorageExceededException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CodeStorageExceededException_by_wire_name,
    .error_code = "CodeStorageExceededException",
    .http_status = 400,
};

const struct awsc_shape awsc__lambda_CodeVerificationFailedException = {
    .name = "CodeVerificationFailedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_code_verification_failed_exception),
    .members = awsc__lambda_CodeVerificationFailedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CodeVerificationFailedException_by_wire_name,
    .error_code = "CodeVerificationFailedException",
    .http_status = 400,
};

static const struct awsc_shape s_CompatibleArchitectures = {
    .name = "CompatibleArchitectures",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_compatible_architectures),
    .range = &s_CompatibleArchitectures_range,
    .item = &s_Architecture,
};

static const struct awsc_shape s_CompatibleRuntimes = {
    .name = "CompatibleRuntimes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_compatible_runtimes),
    .range = &s_CompatibleRuntimes_range,
    .item = &s_Runtime,
};

const struct awsc_shape awsc__lambda_Concurrency = {
    .name = "Concurrency",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_concurrency),
    .members = awsc__lambda_Concurrency_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_Concurrency_by_wire_name,
};

static const struct awsc_shape s_Cors = {
    .name = "Cors",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_cors),
    .members = s_Cors_members,
    .member_count = 6,
    .by_wire_name = s_Cors_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateAliasRequest = {
    .name = "CreateAliasRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_alias_input),
    .members = awsc__lambda_CreateAliasRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__lambda_CreateAliasRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateCodeSigningConfigRequest = {
    .name = "CreateCodeSigningConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_code_signing_config_input),
    .members = awsc__lambda_CreateCodeSigningConfigRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_CreateCodeSigningConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateCodeSigningConfigResponse = {
    .name = "CreateCodeSigningConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_code_signing_config_output),
    .members = awsc__lambda_CreateCodeSigningConfigResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_CreateCodeSigningConfigResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateEventSourceMappingRequest = {
    .name = "CreateEventSourceMappingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_event_source_mapping_input),
    .members = awsc__lambda_CreateEventSourceMappingRequest_members,
    .member_count = 21,
    .by_wire_name = awsc__lambda_CreateEventSourceMappingRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateFunctionRequest = {
    .name = "CreateFunctionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_function_input),
    .members = awsc__lambda_CreateFunctionRequest_members,
    .member_count = 23,
    .by_wire_name = awsc__lambda_CreateFunctionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigRequest = {
    .name = "CreateFunctionUrlConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_function_url_config_input),
    .members = awsc__lambda_CreateFunctionUrlConfigRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_CreateFunctionUrlConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigResponse = {
    .name = "CreateFunctionUrlConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_function_url_config_output),
    .members = awsc__lambda_CreateFunctionUrlConfigResponse_members,
    .member_count = 5,
    .by_wire_name = awsc__lambda_CreateFunctionUrlConfigResponse_by_wire_name,
};

static const struct awsc_shape s_Date = {
    .name = "Date",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_DeadLetterConfig = {
    .name = "DeadLetterConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_dead_letter_config),
    .members = s_DeadLetterConfig_members,
    .member_count = 1,
    .by_wire_name = s_DeadLetterConfig_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteAliasRequest = {
    .name = "DeleteAliasRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_alias_input),
    .members = awsc__lambda_DeleteAliasRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_DeleteAliasRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteCodeSigningConfigRequest = {
    .name = "DeleteCodeSigningConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_code_signing_config_input),
    .members = awsc__lambda_DeleteCodeSigningConfigRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_DeleteCodeSigningConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteCodeSigningConfigResponse = {
    .name = "DeleteCodeSigningConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_code_signing_config_output),
};

const struct awsc_shape awsc__lambda_DeleteEventSourceMappingRequest = {
    .name = "DeleteEventSourceMappingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_event_source_mapping_input),
    .members = awsc__lambda_DeleteEventSourceMappingRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_DeleteEventSourceMappingRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteFunctionCodeSigningConfigRequest = {
    .name = "DeleteFunctionCodeSigningConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_function_code_signing_config_input),
    .members = awsc__lambda_DeleteFunctionCodeSigningConfigRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_DeleteFunctionCodeSigningConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteFunctionConcurrencyRequest = {
    .name = "DeleteFunctionConcurrencyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_function_concurrency_input),
    .members = awsc__lambda_DeleteFunctionConcurrencyRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_DeleteFunctionConcurrencyRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteFunctionEventInvokeConfigRequest = {
    .name = "DeleteFunctionEventInvokeConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_function_event_invoke_config_input),
    .members = awsc__lambda_DeleteFunctionEventInvokeConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_DeleteFunctionEventInvokeConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteFunctionRequest = {
    .name = "DeleteFunctionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_function_input),
    .members = awsc__lambda_DeleteFunctionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_DeleteFunctionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteFunctionUrlConfigRequest = {
    .name = "DeleteFunctionUrlConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_function_url_config_input),
    .members = awsc__lambda_DeleteFunctionUrlConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_DeleteFunctionUrlConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteLayerVersionRequest = {
    .name = "DeleteLayerVersionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_layer_version_input),
    .members = awsc__lambda_DeleteLayerVersionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_DeleteLayerVersionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteProvisionedConcurrencyConfigRequest = {
    .name = "DeleteProvisionedConcurrencyConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_provisioned_concurrency_config_input),
    .members = awsc__lambda_DeleteProvisionedConcurrencyConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_DeleteProvisionedConcurrencyConfigRequest_by_wire_name,
};

static const struct awsc_shape s_Description = {
    .name = "Description",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Description_range,
};

static const struct awsc_shape s_DestinationArn = {
    .name = "DestinationArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DestinationArn_range,
};

static const struct awsc_shape s_DestinationConfig = {
    .name = "DestinationConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_destination_config),
    .members = s_DestinationConfig_members,
    .member_count = 2,
    .by_wire_name = s_DestinationConfig_by_wire_name,
};

const struct awsc_shape awsc__lambda_EC2AccessDeniedException = {
    .name = "EC2AccessDeniedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_ec2_access_denied_exception),
    .members = awsc__lambda_EC2AccessDeniedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_EC2AccessDeniedException_by_wire_name,
    .error_code = "EC2AccessDeniedException",
    .http_status = 502,
};

const struct awsc_shape awsc__lambda_EC2ThrottledException = {
    .name = "EC2ThrottledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_ec2_throttled_exception),
    .members = awsc__lambda_EC2ThrottledException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_EC2ThrottledException_by_wire_name,
    .error_code = "EC2ThrottledException",
    .http_status = 502,
};

const struct awsc_shape awsc__lambda_EC2UnexpectedException = {
    .name = "EC2UnexpectedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_ec2_unexpected_exception),
    .members = awsc__lambda_EC2UnexpectedException_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_EC2UnexpectedException_by_wire_name,
    .error_code = "EC2UnexpectedException",
    .http_status = 502,
};

const struct awsc_shape awsc__lambda_EFSIOException = {
    .name = "EFSIOException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_efsio_exception),
    .members = awsc__lambda_EFSIOException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_EFSIOException_by_wire_name,
    .error_code = "EFSIOException",
    .http_status = 410,
};

const struct awsc_shape awsc__lambda_EFSMountConnectivityException = {
    .name = "EFSMountConnectivityException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_efs_mount_connectivity_exception),
    .members = awsc__lambda_EFSMountConnectivityException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_EFSMountConnectivityException_by_wire_name,
    .error_code = "EFSMountConnectivityException",
    .http_status = 408,
};

const struct awsc_shape awsc__lambda_EFSMountFailureException = {
    .name = "EFSMountFailureException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_efs_mount_failure_exception),
    .members = awsc__lambda_EFSMountFailureException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_EFSMountFailureException_by_wire_name,
    .error_code = "EFSMountFailureException",
    .http_status = 403,
};

const struct awsc_shape awsc__lambda_EFSMountTimeoutException = {
    .name = "EFSMountTimeoutException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_efs_mount_timeout_exception),
    .members = awsc__lambda_EFSMountTimeoutException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_EFSMountTimeoutException_by_wire_name,
    .error_code = "EFSMountTimeoutException",
    .http_status = 408,
};

const struct awsc_shape awsc__lambda_ENILimitReachedException = {
    .name = "ENILimitReachedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_eni_limit_reached_exception),
    .members = awsc__lambda_ENILimitReachedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ENILimitReachedException_by_wire_name,
    .error_code = "ENILimitReachedException",
    .http_status = 502,
};

static const struct awsc_shape s_Enabled = {
    .name = "Enabled",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_EndPointType = {
    .name = "EndPointType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EndPointType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_Endpoint = {
    .name = "Endpoint",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Endpoint_range,
};

static const struct awsc_shape s_EndpointLists = {
    .name = "EndpointLists",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_endpoint_lists),
    .range = &s_EndpointLists_range,
    .item = &s_Endpoint,
};

static const struct awsc_shape s_Endpoints = {
    .name = "Endpoints",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_lambda_endpoints),
    .range = &s_Endpoints_range,
    .item = &s_EndpointLists,
    .key = &s_EndPointType,
    .value_offset = offsetof(struct awsc_lambda_endpoints_entry, value),
    .entry_size = sizeof(struct awsc_lambda_endpoints_entry),
};

static const struct awsc_shape s_Environment = {
    .name = "Environment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_environment),
    .members = s_Environment_members,
    .member_count = 1,
    .by_wire_name = s_Environment_by_wire_name,
};

static const struct awsc_shape s_EnvironmentError = {
    .name = "EnvironmentError",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_environment_error),
    .members = s_EnvironmentError_members,
    .member_count = 2,
    .by_wire_name = s_EnvironmentError_by_wire_name,
};

static const struct awsc_shape s_EnvironmentResponse = {
    .name = "EnvironmentResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_environment_response),
    .members = s_EnvironmentResponse_members,
    .member_count = 2,
    .by_wire_name = s_EnvironmentResponse_by_wire_name,
};

static const struct awsc_shape s_EnvironmentVariableName = {
    .name = "EnvironmentVariableName",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_EnvironmentVariableValue = {
    .name = "EnvironmentVariableValue",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_EnvironmentVariables = {
    .name = "EnvironmentVariables",
    .type = AWSC_SHAPE_MAP,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_lambda_environment_variables),
    .item = &s_EnvironmentVariableValue,
    .key = &s_EnvironmentVariableName,
    .value_offset = offsetof(struct awsc_lambda_environment_variables_entry, value),
    .entry_size = sizeof(struct awsc_lambda_environment_variables_entry),
};

static const struct awsc_shape s_EphemeralStorage = {
    .name = "EphemeralStorage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_ephemeral_storage),
    .members = s_EphemeralStorage_members,
    .member_count = 1,
    .by_wire_name = s_EphemeralStorage_by_wire_name,
};

static const struct awsc_shape s_EphemeralStorageSize = {
    .name = "EphemeralStorageSize",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_EphemeralStorageSize_range,
};

const struct awsc_shape awsc__lambda_EventSourceMappingConfiguration = {
    .name = "EventSourceMappingConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_event_source_mapping_configuration),
    .members = awsc__lambda_EventSourceMappingConfiguration_members,
    .member_count = 25,
    .by_wire_name = awsc__lambda_EventSourceMappingConfiguration_by_wire_name,
};

static const struct awsc_shape s_EventSourceMappingsList = {
    .name = "EventSourceMappingsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_event_source_mappings_list),
    .item = &awsc__lambda_EventSourceMappingConfiguration,
};

static const struct awsc_shape s_EventSourcePosition = {
    .name = "EventSourcePosition",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EventSourcePosition_values,
    .enum_count = 3,
};

static const struct awsc_shape s_EventSourceToken = {
    .name = "EventSourceToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EventSourceToken_range,
};

static const struct awsc_shape s_FileSystemArn = {
    .name = "FileSystemArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_FileSystemArn_range,
};

static const struct awsc_shape s_FileSystemConfig = {
    .name = "FileSystemConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_file_system_config),
    .members = s_FileSystemConfig_members,
    .member_count = 2,
    .by_wire_name = s_FileSystemConfig_by_wire_name,
};

static const struct awsc_shape s_FileSystemConfigList = {
    .name = "FileSystemConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_file_system_config_list),
    .range = &s_FileSystemConfigList_range,
    .item = &s_FileSystemConfig,
};

static const struct awsc_shape s_Filter = {
    .name = "Filter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_filter),
    .members = s_Filter_members,
    .member_count = 1,
    .by_wire_name = s_Filter_by_wire_name,
};

static const struct awsc_shape s_FilterCriteria = {
    .name = "FilterCriteria",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_filter_criteria),
    .members = s_FilterCriteria_members,
    .member_count = 1,
    .by_wire_name = s_FilterCriteria_by_wire_name,
};

static const struct awsc_shape s_FilterList = {
    .name = "FilterList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_filter_list),
    .item = &s_Filter,
};

static const struct awsc_shape s_FunctionArn = {
    .name = "FunctionArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FunctionArnList = {
    .name = "FunctionArnList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_function_arn_list),
    .item = &s_FunctionArn,
};

static const struct awsc_shape s_FunctionCode = {
    .name = "FunctionCode",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_code),
    .members = s_FunctionCode_members,
    .member_count = 5,
    .by_wire_name = s_FunctionCode_by_wire_name,
};

static const struct awsc_shape s_FunctionCodeLocation = {
    .name = "FunctionCodeLocation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_code_location),
    .members = s_FunctionCodeLocation_members,
    .member_count = 4,
    .by_wire_name = s_FunctionCodeLocation_by_wire_name,
};

const struct awsc_shape awsc__lambda_FunctionConfiguration = {
    .name = "FunctionConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_configuration),
    .members = awsc__lambda_FunctionConfiguration_members,
    .member_count = 34,
    .by_wire_name = awsc__lambda_FunctionConfiguration_by_wire_name,
};

const struct awsc_shape awsc__lambda_FunctionEventInvokeConfig = {
    .name = "FunctionEventInvokeConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_event_invoke_config),
    .members = awsc__lambda_FunctionEventInvokeConfig_members,
    .member_count = 5,
    .by_wire_name = awsc__lambda_FunctionEventInvokeConfig_by_wire_name,
};

static const struct awsc_shape s_FunctionEventInvokeConfigList = {
    .name = "FunctionEventInvokeConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_function_event_invoke_config_list),
    .item = &awsc__lambda_FunctionEventInvokeConfig,
};

static const struct awsc_shape s_FunctionList = {
    .name = "FunctionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_function_list),
    .item = &awsc__lambda_FunctionConfiguration,
};

static const struct awsc_shape s_FunctionName = {
    .name = "FunctionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_FunctionName_range,
};

static const struct awsc_shape s_FunctionResponseType = {
    .name = "FunctionResponseType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_FunctionResponseType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_FunctionResponseTypeList = {
    .name = "FunctionResponseTypeList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_function_response_type_list),
    .range = &s_FunctionResponseTypeList_range,
    .item = &s_FunctionResponseType,
};

static const struct awsc_shape s_FunctionUrl = {
    .name = "FunctionUrl",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_FunctionUrl_range,
};

static const struct awsc_shape s_FunctionUrlAuthType = {
    .name = "FunctionUrlAuthType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_FunctionUrlAuthType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_FunctionUrlConfig = {
    .name = "FunctionUrlConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_url_config),
    .members = s_FunctionUrlConfig_members,
    .member_count = 6,
    .by_wire_name = s_FunctionUrlConfig_by_wire_name,
};

static const struct awsc_shape s_FunctionUrlConfigList = {
    .name = "FunctionUrlConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_function_url_config_list),
    .item = &s_FunctionUrlConfig,
};

static const struct awsc_shape s_FunctionUrlQualifier = {
    .name = "FunctionUrlQualifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_FunctionUrlQualifier_range,
};

static const struct awsc_shape s_FunctionVersion = {
    .name = "FunctionVersion",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_FunctionVersion_values,
    .enum_count = 1,
};

const struct awsc_shape awsc__lambda_GetAccountSettingsRequest = {
    .name = "GetAccountSettingsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_account_settings_input),
};

const struct awsc_shape awsc__lambda_GetAccountSettingsResponse = {
    .name = "GetAccountSettingsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_account_settings_output),
    .members = awsc__lambda_GetAccountSettingsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetAccountSettingsResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetAliasRequest = {
    .name = "GetAliasRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_alias_input),
    .members = awsc__lambda_GetAliasRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetAliasRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetCodeSigningConfigRequest = {
    .name = "GetCodeSigningConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_code_signing_config_input),
    .members = awsc__lambda_GetCodeSigningConfigRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetCodeSigningConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetCodeSigningConfigResponse = {
    .name = "GetCodeSigningConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_code_signing_config_output),
    .members = awsc__lambda_GetCodeSigningConfigResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetCodeSigningConfigResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetEventSourceMappingRequest = {
    .name = "GetEventSourceMappingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_event_source_mapping_input),
    .members = awsc__lambda_GetEventSourceMappingRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetEventSourceMappingRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionCodeSigningConfigRequest = {
    .name = "GetFunctionCodeSigningConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_code_signing_config_input),
    .members = awsc__lambda_GetFunctionCodeSigningConfigRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetFunctionCodeSigningConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionCodeSigningConfigResponse = {
    .name = "GetFunctionCodeSigningConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_code_signing_config_output),
    .members = awsc__lambda_GetFunctionCodeSigningConfigResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetFunctionCodeSigningConfigResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionConcurrencyRequest = {
    .name = "GetFunctionConcurrencyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_concurrency_input),
    .members = awsc__lambda_GetFunctionConcurrencyRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetFunctionConcurrencyRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionConcurrencyResponse = {
    .name = "GetFunctionConcurrencyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_concurrency_output),
    .members = awsc__lambda_GetFunctionConcurrencyResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetFunctionConcurrencyResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionConfigurationRequest = {
    .name = "GetFunctionConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_configuration_input),
    .members = awsc__lambda_GetFunctionConfigurationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetFunctionConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionEventInvokeConfigRequest = {
    .name = "GetFunctionEventInvokeConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_event_invoke_config_input),
    .members = awsc__lambda_GetFunctionEventInvokeConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetFunctionEventInvokeConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionRequest = {
    .name = "GetFunctionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_input),
    .members = awsc__lambda_GetFunctionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetFunctionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionResponse = {
    .name = "GetFunctionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_output),
    .members = awsc__lambda_GetFunctionResponse_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_GetFunctionResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionUrlConfigRequest = {
    .name = "GetFunctionUrlConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_url_config_input),
    .members = awsc__lambda_GetFunctionUrlConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetFunctionUrlConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionUrlConfigResponse = {
    .name = "GetFunctionUrlConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_url_config_output),
    .members = awsc__lambda_GetFunctionUrlConfigResponse_members,
    .member_count = 6,
    .by_wire_name = awsc__lambda_GetFunctionUrlConfigResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetLayerVersionByArnRequest = {
    .name = "GetLayerVersionByArnRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_layer_version_by_arn_input),
    .members = awsc__lambda_GetLayerVersionByArnRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetLayerVersionByArnRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetLayerVersionPolicyRequest = {
    .name = "GetLayerVersionPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_layer_version_policy_input),
    .members = awsc__lambda_GetLayerVersionPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetLayerVersionPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetLayerVersionPolicyResponse = {
    .name = "GetLayerVersionPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_layer_version_policy_output),
    .members = awsc__lambda_GetLayerVersionPolicyResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetLayerVersionPolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetLayerVersionRequest = {
    .name = "GetLayerVersionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_layer_version_input),
    .members = awsc__lambda_GetLayerVersionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetLayerVersionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetLayerVersionResponse = {
    .name = "GetLayerVersionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_layer_version_response),
    .members = awsc__lambda_GetLayerVersionResponse_members,
    .member_count = 9,
    .by_wire_name = awsc__lambda_GetLayerVersionResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetPolicyRequest = {
    .name = "GetPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_policy_input),
    .members = awsc__lambda_GetPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetPolicyResponse = {
    .name = "GetPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_policy_output),
    .members = awsc__lambda_GetPolicyResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetPolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetProvisionedConcurrencyConfigRequest = {
    .name = "GetProvisionedConcurrencyConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_provisioned_concurrency_config_input),
    .members = awsc__lambda_GetProvisionedConcurrencyConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetProvisionedConcurrencyConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetProvisionedConcurrencyConfigResponse = {
    .name = "GetProvisionedConcurrencyConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_provisioned_concurrency_config_output),
    .members = awsc__lambda_GetProvisionedConcurrencyConfigResponse_members,
    .member_count = 6,
    .by_wire_name = awsc__lambda_GetProvisionedConcurrencyConfigResponse_by_wire_name,
};

static const struct awsc_shape s_Handler = {
    .name = "Handler",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Handler_range,
};

static const struct awsc_shape s_Header = {
    .name = "Header",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Header_range,
};

static const struct awsc_shape s_HeadersList = {
    .name = "HeadersList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_headers_list),
    .range = &s_HeadersList_range,
    .item = &s_Header,
};

static const struct awsc_shape s_HttpStatus = {
    .name = "HttpStatus",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_ImageConfig = {
    .name = "ImageConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_image_config),
    .members = s_ImageConfig_members,
    .member_count = 3,
    .by_wire_name = s_ImageConfig_by_wire_name,
};

static const struct awsc_shape s_ImageConfigError = {
    .name = "ImageConfigError",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_image_config_error),
    .members = s_ImageConfigError_members,
    .member_count = 2,
    .by_wire_name = s_ImageConfigError_by_wire_name,
};

static const struct awsc_shape s_ImageConfigResponse = {
    .name = "ImageConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_image_config_response),
    .members = s_ImageConfigResponse_members,
    .member_count = 2,
    .by_wire_name = s_ImageConfigResponse_by_wire_name,
};

static const struct awsc_shape s_Integer = {
    .name = "Integer",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__lambda_InvalidCodeSignatureException = {
    .name = "InvalidCodeSignatureException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_invalid_code_signature_exception),
    .members = awsc__lambda_InvalidCodeSignatureException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_InvalidCodeSignatureException_by_wire_name,
    .error_code = "InvalidCodeSignatureException",
    .http_status = 400,
};

const struct awsc_shape awsc__lambda_InvalidParameterValueException = {
    .name = "InvalidParameterValueException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_invalid_parameter_value_exception),
    .members = awsc__lambda_InvalidParameterValueException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_InvalidParameterValueException_by_wire_name,
    .error_code = "InvalidParameterValueException",
    .http_status = 400,
};

const struct awsc_shape awsc__lambda_InvalidRequestContentException = {
    .name = "InvalidRequestContentException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_invalid_request_content_exception),
    .members = awsc__lambda_InvalidRequestContentException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_InvalidRequestContentException_by_wire_name,
    .error_code = "InvalidRequestContentException",
    .http_status = 400,
};

const struct awsc_shape awsc__lambda_InvalidRuntimeException = {
    .name = "InvalidRuntimeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_invalid_runtime_exception),
    .members = awsc__lambda_InvalidRuntimeException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_InvalidRuntimeException_by_wire_name,
    .error_code = "InvalidRuntimeException",
    .http_status = 502,
};

const struct awsc_shape awsc__lambda_InvalidSecurityGroupIDException = {
    .name = "InvalidSecurityGroupIDException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_invalid_security_group_id_exception),
    .members = awsc__lambda_InvalidSecurityGroupIDException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_InvalidSecurityGroupIDException_by_wire_name,
    .error_code = "InvalidSecurityGroupIDException",
    .http_status = 502,
};

const struct awsc_shape awsc__lambda_InvalidSubnetIDException = {
    .name = "InvalidSubnetIDException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_invalid_subnet_id_exception),
    .members = awsc__lambda_InvalidSubnetIDException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_InvalidSubnetIDException_by_wire_name,
    .error_code = "InvalidSubnetIDException",
    .http_status = 502,
};

const struct awsc_shape awsc__lambda_InvalidZipFileException = {
    .name = "InvalidZipFileException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_invalid_zip_file_exception),
    .members = awsc__lambda_InvalidZipFileException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_InvalidZipFileException_by_wire_name,
    .error_code = "InvalidZipFileException",
    .http_status = 502,
};

const struct awsc_shape awsc__lambda_InvocationRequest = {
    .name = "InvocationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_invoke_input),
    .members = awsc__lambda_InvocationRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__lambda_InvocationRequest_by_wire_name,
    .payload = "Payload",
};

const struct awsc_shape awsc__lambda_InvocationResponse = {
    .name = "InvocationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_invoke_output),
    .members = awsc__lambda_InvocationResponse_members,
    .member_count = 5,
    .by_wire_name = awsc__lambda_InvocationResponse_by_wire_name,
    .payload = "Payload",
};

static const struct awsc_shape s_InvocationType = {
    .name = "InvocationType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InvocationType_values,
    .enum_count = 3,
};

const struct awsc_shape awsc__lambda_InvokeAsyncRequest = {
    .name = "InvokeAsyncRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_invoke_async_input),
    .members = awsc__lambda_InvokeAsyncRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_InvokeAsyncRequest_by_wire_name,
    .payload = "InvokeArgs",
};

const struct awsc_shape awsc__lambda_InvokeAsyncResponse = {
    .name = "InvokeAsyncResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_invoke_async_output),
    .members = awsc__lambda_InvokeAsyncResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_InvokeAsyncResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_KMSAccessDeniedException = {
    .name = "KMSAccessDeniedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_kms_access_denied_exception),
    .members = awsc__lambda_KMSAccessDeniedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_KMSAccessDeniedException_by_wire_name,
    .error_code = "KMSAccessDeniedException",
    .http_status = 502,
};

const struct awsc_shape awsc__lambda_KMSDisabledException = {
    .name = "KMSDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_kms_disabled_exception),
    .members = awsc__lambda_KMSDisabledException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_KMSDisabledException_by_wire_name,
    .error_code = "KMSDisabledException",
    .http_status = 502,
};

const struct awsc_shape awsc__lambda_KMSInvalidStateException = {
    .name = "KMSInvalidStateException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_kms_invalid_state_exception),
    .members = awsc__lambda_KMSInvalidStateException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_KMSInvalidStateException_by_wire_name,
    .error_code = "KMSInvalidStateException",
    .http_status = 502,
};

static const struct awsc_shape s_KMSKeyArn = {
    .name = "KMSKeyArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__lambda_KMSNotFoundException = {
    .name = "KMSNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_kms_not_found_exception),
    .members = awsc__lambda_KMSNotFoundException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_KMSNotFoundException_by_wire_name,
    .error_code = "KMSNotFoundException",
    .http_status = 502,
};

static const struct awsc_shape s_LastUpdateStatus = {
    .name = "LastUpdateStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_LastUpdateStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_LastUpdateStatusReason = {
    .name = "LastUpdateStatusReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_LastUpdateStatusReasonCode = {
    .name = "LastUpdateStatusReasonCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_LastUpdateStatusReasonCode_values,
    .enum_count = 21,
};

static const struct awsc_shape s_Layer = {
    .name = "Layer",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_layer),
    .members = s_Layer_members,
    .member_count = 4,
    .by_wire_name = s_Layer_by_wire_name,
};

static const struct awsc_shape s_LayerArn = {
    .name = "LayerArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_LayerArn_range,
};

static const struct awsc_shape s_LayerList = {
    .name = "LayerList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_layer_list),
    .item = &s_LayerVersionArn,
};

static const struct awsc_shape s_LayerName = {
    .name = "LayerName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_LayerName_range,
};

static const struct awsc_shape s_LayerPermissionAllowedAction = {
    .name = "LayerPermissionAllowedAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_LayerPermissionAllowedAction_range,
};

static const struct awsc_shape s_LayerPermissionAllowedPrincipal = {
    .name = "LayerPermissionAllowedPrincipal",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_LayerVersionArn = {
    .name = "LayerVersionArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_LayerVersionArn_range,
};

static const struct awsc_shape s_LayerVersionContentInput = {
    .name = "LayerVersionContentInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_layer_version_content_input),
    .members = s_LayerVersionContentInput_members,
    .member_count = 4,
    .by_wire_name = s_LayerVersionContentInput_by_wire_name,
};

static const struct awsc_shape s_LayerVersionContentOutput = {
    .name = "LayerVersionContentOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_layer_version_content_output),
    .members = s_LayerVersionContentOutput_members,
    .member_count = 5,
    .by_wire_name = s_LayerVersionContentOutput_by_wire_name,
};

static const struct awsc_shape s_LayerVersionNumber = {
    .name = "LayerVersionNumber",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_LayerVersionsList = {
    .name = "LayerVersionsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_layer_versions_list),
    .item = &s_LayerVersionsListItem,
};

static const struct awsc_shape s_LayerVersionsListItem = {
    .name = "LayerVersionsListItem",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_layer_versions_list_item),
    .members = s_LayerVersionsListItem_members,
    .member_count = 7,
    .by_wire_name = s_LayerVersionsListItem_by_wire_name,
};

static const struct awsc_shape s_LayersList = {
    .name = "LayersList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_layers_list),
    .item = &s_LayersListItem,
};

static const struct awsc_shape s_LayersListItem = {
    .name = "LayersListItem",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_layers_list_item),
    .members = s_LayersListItem_members,
    .member_count = 3,
    .by_wire_name = s_LayersListItem_by_wire_name,
};

static const struct awsc_shape s_LayersReferenceList = {
    .name = "LayersReferenceList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_layers_reference_list),
    .item = &s_Layer,
};

static const struct awsc_shape s_LicenseInfo = {
    .name = "LicenseInfo",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_LicenseInfo_range,
};

const struct awsc_shape awsc__lambda_ListAliasesRequest = {
    .name = "ListAliasesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_aliases_input),
    .members = awsc__lambda_ListAliasesRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_ListAliasesRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListAliasesResponse = {
    .name = "ListAliasesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_aliases_output),
    .members = awsc__lambda_ListAliasesResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListAliasesResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListCodeSigningConfigsRequest = {
    .name = "ListCodeSigningConfigsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_code_signing_configs_input),
    .members = awsc__lambda_ListCodeSigningConfigsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListCodeSigningConfigsRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListCodeSigningConfigsResponse = {
    .name = "ListCodeSigningConfigsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_code_signing_configs_output),
    .members = awsc__lambda_ListCodeSigningConfigsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListCodeSigningConfigsResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListEventSourceMappingsRequest = {
    .name = "ListEventSourceMappingsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_event_source_mappings_input),
    .members = awsc__lambda_ListEventSourceMappingsRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_ListEventSourceMappingsRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListEventSourceMappingsResponse = {
    .name = "ListEventSourceMappingsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_event_source_mappings_output),
    .members = awsc__lambda_ListEventSourceMappingsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListEventSourceMappingsResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListFunctionEventInvokeConfigsRequest = {
    .name = "ListFunctionEventInvokeConfigsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_function_event_invoke_configs_input),
    .members = awsc__lambda_ListFunctionEventInvokeConfigsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_ListFunctionEventInvokeConfigsRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListFunctionEventInvokeConfigsResponse = {
    .name = "ListFunctionEventInvokeConfigsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_function_event_invoke_configs_output),
    .members = awsc__lambda_ListFunctionEventInvokeConfigsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListFunctionEventInvokeConfigsResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListFunctionUrlConfigsRequest = {
    .name = "ListFunctionUrlConfigsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_function_url_configs_input),
    .members = awsc__lambda_ListFunctionUrlConfigsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_ListFunctionUrlConfigsRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListFunctionUrlConfigsResponse = {
    .name = "ListFunctionUrlConfigsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_function_url_configs_output),
    .members = awsc__lambda_ListFunctionUrlConfigsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListFunctionUrlConfigsResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListFunctionsByCodeSigningConfigRequest = {
    .name = "ListFunctionsByCodeSigningConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_functions_by_code_signing_config_input),
    .members = awsc__lambda_ListFunctionsByCodeSigningConfigRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_ListFunctionsByCodeSigningConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListFunctionsByCodeSigningConfigResponse = {
    .name = "ListFunctionsByCodeSigningConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_functions_by_code_signing_config_output),
    .members = awsc__lambda_ListFunctionsByCodeSigningConfigResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListFunctionsByCodeSigningConfigResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListFunctionsRequest = {
    .name = "ListFunctionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_functions_input),
    .members = awsc__lambda_ListFunctionsRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_ListFunctionsRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListFunctionsResponse = {
    .name = "ListFunctionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_functions_output),
    .members = awsc__lambda_ListFunctionsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListFunctionsResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListLayerVersionsRequest = {
    .name = "ListLayerVersionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_layer_versions_input),
    .members = awsc__lambda_ListLayerVersionsRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__lambda_ListLayerVersionsRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListLayerVersionsResponse = {
    .name = "ListLayerVersionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_layer_versions_output),
    .members = awsc__lambda_ListLayerVersionsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListLayerVersionsResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListLayersRequest = {
    .name = "ListLayersRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_layers_input),
    .members = awsc__lambda_ListLayersRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_ListLayersRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListLayersResponse = {
    .name = "ListLayersResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_layers_output),
    .members = awsc__lambda_ListLayersResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListLayersResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListProvisionedConcurrencyConfigsRequest = {
    .name = "ListProvisionedConcurrencyConfigsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_provisioned_concurrency_configs_input),
    .members = awsc__lambda_ListProvisionedConcurrencyConfigsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_ListProvisionedConcurrencyConfigsRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListProvisionedConcurrencyConfigsResponse = {
    .name = "ListProvisionedConcurrencyConfigsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_provisioned_concurrency_configs_output),
    .members = awsc__lambda_ListProvisionedConcurrencyConfigsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListProvisionedConcurrencyConfigsResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListTagsRequest = {
    .name = "ListTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_tags_input),
    .members = awsc__lambda_ListTagsRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_ListTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListTagsResponse = {
    .name = "ListTagsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_tags_output),
    .members = awsc__lambda_ListTagsResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_ListTagsResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListVersionsByFunctionRequest = {
    .name = "ListVersionsByFunctionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_versions_by_function_input),
    .members = awsc__lambda_ListVersionsByFunctionRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_ListVersionsByFunctionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListVersionsByFunctionResponse = {
    .name = "ListVersionsByFunctionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_versions_by_function_output),
    .members = awsc__lambda_ListVersionsByFunctionResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListVersionsByFunctionResponse_by_wire_name,
};

static const struct awsc_shape s_LocalMountPath = {
    .name = "LocalMountPath",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_LocalMountPath_range,
};

static const struct awsc_shape s_LogType = {
    .name = "LogType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_LogType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Long = {
    .name = "Long",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_MasterRegion = {
    .name = "MasterRegion",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MaxAge = {
    .name = "MaxAge",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxAge_range,
};

static const struct awsc_shape s_MaxFunctionEventInvokeConfigListItems = {
    .name = "MaxFunctionEventInvokeConfigListItems",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxFunctionEventInvokeConfigListItems_range,
};

static const struct awsc_shape s_MaxItems = {
    .name = "MaxItems",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxItems_range,
};

static const struct awsc_shape s_MaxLayerListItems = {
    .name = "MaxLayerListItems",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxLayerListItems_range,
};

static const struct awsc_shape s_MaxListItems = {
    .name = "MaxListItems",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxListItems_range,
};

static const struct awsc_shape s_MaxProvisionedConcurrencyConfigListItems = {
    .name = "MaxProvisionedConcurrencyConfigListItems",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxProvisionedConcurrencyConfigListItems_range,
};

static const struct awsc_shape s_MaximumBatchingWindowInSeconds = {
    .name = "MaximumBatchingWindowInSeconds",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaximumBatchingWindowInSeconds_range,
};

static const struct awsc_shape s_MaximumEventAgeInSeconds = {
    .name = "MaximumEventAgeInSeconds",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaximumEventAgeInSeconds_range,
};

static const struct awsc_shape s_MaximumRecordAgeInSeconds = {
    .name = "MaximumRecordAgeInSeconds",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaximumRecordAgeInSeconds_range,
};

static const struct awsc_shape s_MaximumRetryAttempts = {
    .name = "MaximumRetryAttempts",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaximumRetryAttempts_range,
};

static const struct awsc_shape s_MaximumRetryAttemptsEventSourceMapping = {
    .name = "MaximumRetryAttemptsEventSourceMapping",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaximumRetryAttemptsEventSourceMapping_range,
};

static const struct awsc_shape s_MemorySize = {
    .name = "MemorySize",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MemorySize_range,
};

static const struct awsc_shape s_Method = {
    .name = "Method",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Method_range,
};

static const struct awsc_shape s_NameSpacedFunctionArn = {
    .name = "NameSpacedFunctionArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_NamespacedFunctionName = {
    .name = "NamespacedFunctionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_NamespacedFunctionName_range,
};

static const struct awsc_shape s_NamespacedStatementId = {
    .name = "NamespacedStatementId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_NamespacedStatementId_range,
};

static const struct awsc_shape s_NonNegativeInteger = {
    .name = "NonNegativeInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_NonNegativeInteger_range,
};

static const struct awsc_shape s_OnFailure = {
    .name = "OnFailure",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_on_failure),
    .members = s_OnFailure_members,
    .member_count = 1,
    .by_wire_name = s_OnFailure_by_wire_name,
};

static const struct awsc_shape s_OnSuccess = {
    .name = "OnSuccess",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_on_success),
    .members = s_OnSuccess_members,
    .member_count = 1,
    .by_wire_name = s_OnSuccess_by_wire_name,
};

static const struct awsc_shape s_OrganizationId = {
    .name = "OrganizationId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_OrganizationId_range,
};

static const struct awsc_shape s_Origin = {
    .name = "Origin",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Origin_range,
};

static const struct awsc_shape s_PackageType = {
    .name = "PackageType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PackageType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ParallelizationFactor = {
    .name = "ParallelizationFactor",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ParallelizationFactor_range,
};

static const struct awsc_shape s_Pattern = {
    .name = "Pattern",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Pattern_range,
};

const struct awsc_shape awsc__lambda_PolicyLengthExceededException = {
    .name = "PolicyLengthExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_policy_length_exceeded_exception),
    .members = awsc__lambda_PolicyLengthExceededException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_PolicyLengthExceededException_by_wire_name,
    .error_code = "PolicyLengthExceededException",
    .http_status = 400,
};

static const struct awsc_shape s_PositiveInteger = {
    .name = "PositiveInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_PositiveInteger_range,
};

const struct awsc_shape awsc__lambda_PreconditionFailedException = {
    .name = "PreconditionFailedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_precondition_failed_exception),
    .members = awsc__lambda_PreconditionFailedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_PreconditionFailedException_by_wire_name,
    .error_code = "PreconditionFailedException",
    .http_status = 412,
};

static const struct awsc_shape s_Principal = {
    .name = "Principal",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_PrincipalOrgID = {
    .name = "PrincipalOrgID",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_PrincipalOrgID_range,
};

static const struct awsc_shape s_ProvisionedConcurrencyConfigList = {
    .name = "ProvisionedConcurrencyConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_provisioned_concurrency_config_list),
    .item = &s_ProvisionedConcurrencyConfigListItem,
};

static const struct awsc_shape s_ProvisionedConcurrencyConfigListItem = {
    .name = "ProvisionedConcurrencyConfigListItem",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_provisioned_concurrency_config_list_item),
    .members = s_ProvisionedConcurrencyConfigListItem_members,
    .member_count = 7,
    .by_wire_name = s_ProvisionedConcurrencyConfigListItem_by_wire_name,
};

const struct awsc_shape awsc__lambda_ProvisionedConcurrencyConfigNotFoundException = {
    .name = "ProvisionedConcurrencyConfigNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception),
    .members = awsc__lambda_ProvisionedConcurrencyConfigNotFoundException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ProvisionedConcurrencyConfigNotFoundException_by_wire_name,
    .error_code = "ProvisionedConcurrencyConfigNotFoundException",
    .http_status = 404,
};

static const struct awsc_shape s_ProvisionedConcurrencyStatusEnum = {
    .name = "ProvisionedConcurrencyStatusEnum",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ProvisionedConcurrencyStatusEnum_values,
    .enum_count = 3,
};

const struct awsc_shape awsc__lambda_PublishLayerVersionRequest = {
    .name = "PublishLayerVersionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_publish_layer_version_input),
    .members = awsc__lambda_PublishLayerVersionRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__lambda_PublishLayerVersionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_PublishLayerVersionResponse = {
    .name = "PublishLayerVersionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_publish_layer_version_output),
    .members = awsc__lambda_PublishLayerVersionResponse_members,
    .member_count = 9,
    .by_wire_name = awsc__lambda_PublishLayerVersionResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_PublishVersionRequest = {
    .name = "PublishVersionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_publish_version_input),
    .members = awsc__lambda_PublishVersionRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_PublishVersionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutFunctionCodeSigningConfigRequest = {
    .name = "PutFunctionCodeSigningConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_function_code_signing_config_input),
    .members = awsc__lambda_PutFunctionCodeSigningConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_PutFunctionCodeSigningConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutFunctionCodeSigningConfigResponse = {
    .name = "PutFunctionCodeSigningConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_function_code_signing_config_output),
    .members = awsc__lambda_PutFunctionCodeSigningConfigResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_PutFunctionCodeSigningConfigResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutFunctionConcurrencyRequest = {
    .name = "PutFunctionConcurrencyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_function_concurrency_input),
    .members = awsc__lambda_PutFunctionConcurrencyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_PutFunctionConcurrencyRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutFunctionEventInvokeConfigRequest = {
    .name = "PutFunctionEventInvokeConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_function_event_invoke_config_input),
    .members = awsc__lambda_PutFunctionEventInvokeConfigRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__lambda_PutFunctionEventInvokeConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutProvisionedConcurrencyConfigRequest = {
    .name = "PutProvisionedConcurrencyConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_provisioned_concurrency_config_input),
    .members = awsc__lambda_PutProvisionedConcurrencyConfigRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_PutProvisionedConcurrencyConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutProvisionedConcurrencyConfigResponse = {
    .name = "PutProvisionedConcurrencyConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_provisioned_concurrency_config_output),
    .members = awsc__lambda_PutProvisionedConcurrencyConfigResponse_members,
    .member_count = 6,
    .by_wire_name = awsc__lambda_PutProvisionedConcurrencyConfigResponse_by_wire_name,
};

static const struct awsc_shape s_Qualifier = {
    .name = "Qualifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Qualifier_range,
};

static const struct awsc_shape s_Queue = {
    .name = "Queue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Queue_range,
};

static const struct awsc_shape s_Queues = {
    .name = "Queues",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_queues),
    .range = &s_Queues_range,
    .item = &s_Queue,
};

const struct awsc_shape awsc__lambda_RemoveLayerVersionPermissionRequest = {
    .name = "RemoveLayerVersionPermissionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_remove_layer_version_permission_input),
    .members = awsc__lambda_RemoveLayerVersionPermissionRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_RemoveLayerVersionPermissionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_RemovePermissionRequest = {
    .name = "RemovePermissionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_remove_permission_input),
    .members = awsc__lambda_RemovePermissionRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_RemovePermissionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_RequestTooLargeException = {
    .name = "RequestTooLargeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_request_too_large_exception),
    .members = awsc__lambda_RequestTooLargeException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_RequestTooLargeException_by_wire_name,
    .error_code = "RequestTooLargeException",
    .http_status = 413,
};

static const struct awsc_shape s_ReservedConcurrentExecutions = {
    .name = "ReservedConcurrentExecutions",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ReservedConcurrentExecutions_range,
};

static const struct awsc_shape s_ResourceArn = {
    .name = "ResourceArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__lambda_ResourceConflictException = {
    .name = "ResourceConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_resource_conflict_exception),
    .members = awsc__lambda_ResourceConflictException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ResourceConflictException_by_wire_name,
    .error_code = "ResourceConflictException",
    .http_status = 409,
};

const struct awsc_shape awsc__lambda_ResourceInUseException = {
    .name = "ResourceInUseException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_resource_in_use_exception),
    .members = awsc__lambda_ResourceInUseException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ResourceInUseException_by_wire_name,
    .error_code = "ResourceInUseException",
    .http_status = 400,
};

const struct awsc_shape awsc__lambda_ResourceNotFoundException = {
    .name = "ResourceNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_resource_not_found_exception),
    .members = awsc__lambda_ResourceNotFoundException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ResourceNotFoundException_by_wire_name,
    .error_code = "ResourceNotFoundException",
    .http_status = 404,
};

const struct awsc_shape awsc__lambda_ResourceNotReadyException = {
    .name = "ResourceNotReadyException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_resource_not_ready_exception),
    .members = awsc__lambda_ResourceNotReadyException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ResourceNotReadyException_by_wire_name,
    .error_code = "ResourceNotReadyException",
    .http_status = 502,
};

static const struct awsc_shape s_RoleArn = {
    .name = "RoleArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Runtime = {
    .name = "Runtime",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Runtime_values,
    .enum_count = 28,
};

static const struct awsc_shape s_S3Bucket = {
    .name = "S3Bucket",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3Bucket_range,
};

static const struct awsc_shape s_S3Key = {
    .name = "S3Key",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3Key_range,
};

static const struct awsc_shape s_S3ObjectVersion = {
    .name = "S3ObjectVersion",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3ObjectVersion_range,
};

static const struct awsc_shape s_SecurityGroupId = {
    .name = "SecurityGroupId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SecurityGroupIds = {
    .name = "SecurityGroupIds",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_security_group_ids),
    .range = &s_SecurityGroupIds_range,
    .item = &s_SecurityGroupId,
};

static const struct awsc_shape s_SelfManagedEventSource = {
    .name = "SelfManagedEventSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_self_managed_event_source),
    .members = s_SelfManagedEventSource_members,
    .member_count = 1,
    .by_wire_name = s_SelfManagedEventSource_by_wire_name,
};

static const struct awsc_shape s_SelfManagedKafkaEventSourceConfig = {
    .name = "SelfManagedKafkaEventSourceConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_self_managed_kafka_event_source_config),
    .members = s_SelfManagedKafkaEventSourceConfig_members,
    .member_count = 1,
    .by_wire_name = s_SelfManagedKafkaEventSourceConfig_by_wire_name,
};

static const struct awsc_shape s_SensitiveString = {
    .name = "SensitiveString",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__lambda_ServiceException = {
    .name = "ServiceException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_service_exception),
    .members = awsc__lambda_ServiceException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ServiceException_by_wire_name,
    .error_code = "ServiceException",
    .http_status = 500,
};

static const struct awsc_shape s_SigningProfileVersionArns = {
    .name = "SigningProfileVersionArns",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_signing_profile_version_arns),
    .range = &s_SigningProfileVersionArns_range,
    .item = &s_Arn,
};

static const struct awsc_shape s_SnapStart = {
    .name = "SnapStart",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_snap_start),
    .members = s_SnapStart_members,
    .member_count = 1,
    .by_wire_name = s_SnapStart_by_wire_name,
};

static const struct awsc_shape s_SnapStartApplyOn = {
    .name = "SnapStartApplyOn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SnapStartApplyOn_values,
    .enum_count = 2,
};

const struct awsc_shape awsc__lambda_SnapStartException = {
    .name = "SnapStartException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_snap_start_exception),
    .members = awsc__lambda_SnapStartException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_SnapStartException_by_wire_name,
    .error_code = "SnapStartException",
    .http_status = 400,
};

const struct awsc_shape awsc__lambda_SnapStartNotReadyException = {
    .name = "SnapStartNotReadyException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_snap_start_not_ready_exception),
    .members = awsc__lambda_SnapStartNotReadyException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_SnapStartNotReadyException_by_wire_name,
    .error_code = "SnapStartNotReadyException",
    .http_status = 409,
};

static const struct awsc_shape s_SnapStartOptimizationStatus = {
    .name = "SnapStartOptimizationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SnapStartOptimizationStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_SnapStartResponse = {
    .name = "SnapStartResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_snap_start_response),
    .members = s_SnapStartResponse_members,
    .member_count = 2,
    .by_wire_name = s_SnapStartResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_SnapStartTimeoutException = {
    .name = "SnapStartTimeoutException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_snap_start_timeout_exception),
    .members = awsc__lambda_SnapStartTimeoutException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_SnapStartTimeoutException_by_wire_name,
    .error_code = "SnapStartTimeoutException",
    .http_status = 408,
};

static const struct awsc_shape s_SourceAccessConfiguration = {
    .name = "SourceAccessConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_source_access_configuration),
    .members = s_SourceAccessConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_SourceAccessConfiguration_by_wire_name,
};

static const struct awsc_shape s_SourceAccessConfigurations = {
    .name = "SourceAccessConfigurations",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_source_access_configurations),
    .range = &s_SourceAccessConfigurations_range,
    .item = &s_SourceAccessConfiguration,
};

static const struct awsc_shape s_SourceAccessType = {
    .name = "SourceAccessType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SourceAccessType_values,
    .enum_count = 8,
};

static const struct awsc_shape s_SourceOwner = {
    .name = "SourceOwner",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_SourceOwner_range,
};

static const struct awsc_shape s_State = {
    .name = "State",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_State_values,
    .enum_count = 4,
};

static const struct awsc_shape s_StateReason = {
    .name = "StateReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_StateReasonCode = {
    .name = "StateReasonCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StateReasonCode_values,
    .enum_count = 24,
};

static const struct awsc_shape s_StatementId = {
    .name = "StatementId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_StatementId_range,
};

static const struct awsc_shape s_String = {
    .name = "String",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_StringList = {
    .name = "StringList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_string_list),
    .range = &s_StringList_range,
    .item = &s_String,
};

const struct awsc_shape awsc__lambda_SubnetIPAddressLimitReachedException = {
    .name = "SubnetIPAddressLimitReachedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_subnet_ip_address_limit_reached_exception),
    .members = awsc__lambda_SubnetIPAddressLimitReachedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_SubnetIPAddressLimitReachedException_by_wire_name,
    .error_code = "SubnetIPAddressLimitReachedException",
    .http_status = 502,
};

static const struct awsc_shape s_SubnetId = {
    .name = "SubnetId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SubnetIds = {
    .name = "SubnetIds",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_subnet_ids),
    .range = &s_SubnetIds_range,
    .item = &s_SubnetId,
};

static const struct awsc_shape s_TagKey = {
    .name = "TagKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_TagKeyList = {
    .name = "TagKeyList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_tag_key_list),
    .item = &s_TagKey,
};

const struct awsc_shape awsc__lambda_TagResourceRequest = {
    .name = "TagResourceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_tag_resource_input),
    .members = awsc__lambda_TagResourceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_TagResourceRequest_by_wire_name,
};

static const struct awsc_shape s_TagValue = {
    .name = "TagValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Tags = {
    .name = "Tags",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_lambda_tags),
    .item = &s_TagValue,
    .key = &s_TagKey,
    .value_offset = offsetof(struct awsc_lambda_tags_entry, value),
    .entry_size = sizeof(struct awsc_lambda_tags_entry),
};

static const struct awsc_shape s_ThrottleReason = {
    .name = "ThrottleReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ThrottleReason_values,
    .enum_count = 6,
};

static const struct awsc_shape s_Timeout = {
    .name = "Timeout",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_Timeout_range,
};

static const struct awsc_shape s_Timestamp = {
    .name = "Timestamp",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__lambda_TooManyRequestsException = {
    .name = "TooManyRequestsException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_too_many_requests_exception),
    .members = awsc__lambda_TooManyRequestsException_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_TooManyRequestsException_by_wire_name,
    .error_code = "TooManyRequestsException",
    .http_status = 429,
};

static const struct awsc_shape s_Topic = {
    .name = "Topic",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Topic_range,
};

static const struct awsc_shape s_Topics = {
    .name = "Topics",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_topics),
    .range = &s_Topics_range,
    .item = &s_Topic,
};

static const struct awsc_shape s_TracingConfig = {
    .name = "TracingConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_tracing_config),
    .members = s_TracingConfig_members,
    .member_count = 1,
    .by_wire_name = s_TracingConfig_by_wire_name,
};

static const struct awsc_shape s_TracingConfigResponse = {
    .name = "TracingConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_tracing_config_response),
    .members = s_TracingConfigResponse_members,
    .member_count = 1,
    .by_wire_name = s_TracingConfigResponse_by_wire_name,
};

static const struct awsc_shape s_TracingMode = {
    .name = "TracingMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TracingMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_TumblingWindowInSeconds = {
    .name = "TumblingWindowInSeconds",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_TumblingWindowInSeconds_range,
};

static const struct awsc_shape s_URI = {
    .name = "URI",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_URI_range,
};

static const struct awsc_shape s_UnreservedConcurrentExecutions = {
    .name = "UnreservedConcurrentExecutions",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_UnreservedConcurrentExecutions_range,
};

const struct awsc_shape awsc__lambda_UnsupportedMediaTypeException = {
    .name = "UnsupportedMediaTypeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_unsupported_media_type_exception),
    .members = awsc__lambda_UnsupportedMediaTypeException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_UnsupportedMediaTypeException_by_wire_name,
    .error_code = "UnsupportedMediaTypeException",
    .http_status = 415,
};

const struct awsc_shape awsc__lambda_UntagResourceRequest = {
    .name = "UntagResourceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_untag_resource_input),
    .members = awsc__lambda_UntagResourceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_UntagResourceRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateAliasRequest = {
    .name = "UpdateAliasRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_alias_input),
    .members = awsc__lambda_UpdateAliasRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__lambda_UpdateAliasRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateCodeSigningConfigRequest = {
    .name = "UpdateCodeSigningConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_code_signing_config_input),
    .members = awsc__lambda_UpdateCodeSigningConfigRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_UpdateCodeSigningConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateCodeSigningConfigResponse = {
    .name = "UpdateCodeSigningConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_code_signing_config_output),
    .members = awsc__lambda_UpdateCodeSigningConfigResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_UpdateCodeSigningConfigResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateEventSourceMappingRequest = {
    .name = "UpdateEventSourceMappingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_event_source_mapping_input),
    .members = awsc__lambda_UpdateEventSourceMappingRequest_members,
    .member_count = 14,
    .by_wire_name = awsc__lambda_UpdateEventSourceMappingRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateFunctionCodeRequest = {
    .name = "UpdateFunctionCodeRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_function_code_input),
    .members = awsc__lambda_UpdateFunctionCodeRequest_members,
    .member_count = 10,
    .by_wire_name = awsc__lambda_UpdateFunctionCodeRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateFunctionConfigurationRequest = {
    .name = "UpdateFunctionConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_function_configuration_input),
    .members = awsc__lambda_UpdateFunctionConfigurationRequest_members,
    .member_count = 18,
    .by_wire_name = awsc__lambda_UpdateFunctionConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateFunctionEventInvokeConfigRequest = {
    .name = "UpdateFunctionEventInvokeConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_function_event_invoke_config_input),
    .members = awsc__lambda_UpdateFunctionEventInvokeConfigRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__lambda_UpdateFunctionEventInvokeConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateFunctionUrlConfigRequest = {
    .name = "UpdateFunctionUrlConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_function_url_config_input),
    .members = awsc__lambda_UpdateFunctionUrlConfigRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_UpdateFunctionUrlConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateFunctionUrlConfigResponse = {
    .name = "UpdateFunctionUrlConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_function_url_config_output),
    .members = awsc__lambda_UpdateFunctionUrlConfigResponse_members,
    .member_count = 6,
    .by_wire_name = awsc__lambda_UpdateFunctionUrlConfigResponse_by_wire_name,
};

static const struct awsc_shape s_Version = {
    .name = "Version",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Version_range,
};

static const struct awsc_shape s_VpcConfig = {
    .name = "VpcConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_vpc_config),
    .members = s_VpcConfig_members,
    .member_count = 2,
    .by_wire_name = s_VpcConfig_by_wire_name,
};

static const struct awsc_shape s_VpcConfigResponse = {
    .name = "VpcConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_vpc_config_response),
    .members = s_VpcConfigResponse_members,
    .member_count = 3,
    .by_wire_name = s_VpcConfigResponse_by_wire_name,
};

static const struct awsc_shape s_VpcId = {
    .name = "VpcId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Weight = {
    .name = "Weight",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
    .range = &s_Weight_range,
};

static const struct awsc_shape s_WorkingDirectory = {
    .name = "WorkingDirectory",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_WorkingDirectory_range,
};
