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
_Static_assert(offsetof(struct awsc_lambda_architectures_list, count) == offsetof(struct awsc_list_view, count), "ArchitecturesList");
_Static_assert(offsetof(struct awsc_lambda_capacity_provider_scaling_policies_list, count) == offsetof(struct awsc_list_view, count), "CapacityProviderScalingPoliciesList");
_Static_assert(offsetof(struct awsc_lambda_capacity_providers_list, count) == offsetof(struct awsc_list_view, count), "CapacityProvidersList");
_Static_assert(offsetof(struct awsc_lambda_code_signing_config_list, count) == offsetof(struct awsc_list_view, count), "CodeSigningConfigList");
_Static_assert(offsetof(struct awsc_lambda_durable_executions, count) == offsetof(struct awsc_list_view, count), "DurableExecutions");
_Static_assert(offsetof(struct awsc_lambda_event_source_mappings_list, count) == offsetof(struct awsc_list_view, count), "EventSourceMappingsList");
_Static_assert(offsetof(struct awsc_lambda_events, count) == offsetof(struct awsc_list_view, count), "Events");
_Static_assert(offsetof(struct awsc_lambda_file_system_config_list, count) == offsetof(struct awsc_list_view, count), "FileSystemConfigList");
_Static_assert(offsetof(struct awsc_lambda_filter_list, count) == offsetof(struct awsc_list_view, count), "FilterList");
_Static_assert(offsetof(struct awsc_lambda_function_event_invoke_config_list, count) == offsetof(struct awsc_list_view, count), "FunctionEventInvokeConfigList");
_Static_assert(offsetof(struct awsc_lambda_function_list, count) == offsetof(struct awsc_list_view, count), "FunctionList");
_Static_assert(offsetof(struct awsc_lambda_function_url_config_list, count) == offsetof(struct awsc_list_view, count), "FunctionUrlConfigList");
_Static_assert(offsetof(struct awsc_lambda_function_versions_by_capacity_provider_list, count) == offsetof(struct awsc_list_view, count), "FunctionVersionsByCapacityProviderList");
_Static_assert(offsetof(struct awsc_lambda_kafka_schema_registry_access_config_list, count) == offsetof(struct awsc_list_view, count), "KafkaSchemaRegistryAccessConfigList");
_Static_assert(offsetof(struct awsc_lambda_kafka_schema_validation_config_list, count) == offsetof(struct awsc_list_view, count), "KafkaSchemaValidationConfigList");
_Static_assert(offsetof(struct awsc_lambda_layer_versions_list, count) == offsetof(struct awsc_list_view, count), "LayerVersionsList");
_Static_assert(offsetof(struct awsc_lambda_layers_list, count) == offsetof(struct awsc_list_view, count), "LayersList");
_Static_assert(offsetof(struct awsc_lambda_layers_reference_list, count) == offsetof(struct awsc_list_view, count), "LayersReferenceList");
_Static_assert(offsetof(struct awsc_lambda_operation_updates, count) == offsetof(struct awsc_list_view, count), "OperationUpdates");
_Static_assert(offsetof(struct awsc_lambda_operations, count) == offsetof(struct awsc_list_view, count), "Operations");
_Static_assert(offsetof(struct awsc_lambda_provisioned_concurrency_config_list, count) == offsetof(struct awsc_list_view, count), "ProvisionedConcurrencyConfigList");
_Static_assert(offsetof(struct awsc_lambda_source_access_configurations, count) == offsetof(struct awsc_list_view, count), "SourceAccessConfigurations");
_Static_assert(offsetof(struct awsc_lambda_additional_version_weights, count) == offsetof(struct awsc_map_view, count), "AdditionalVersionWeights");
_Static_assert(offsetof(struct awsc_lambda_endpoints, count) == offsetof(struct awsc_map_view, count), "Endpoints");
_Static_assert(offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map, count) == offsetof(struct awsc_map_view, count), "PropagateTagsExplicitTagsMap");

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
extern const struct awsc_shape awsc__lambda_AliasLimitExceededException;
static const struct awsc_shape s_AliasList;
static const struct awsc_shape s_AliasRoutingConfiguration;
static const struct awsc_shape s_AllowCredentials;
static const struct awsc_shape s_AllowMethodsList;
static const struct awsc_shape s_AllowOriginsList;
static const struct awsc_shape s_AllowedPublishers;
static const struct awsc_shape s_AmazonManagedKafkaEventSourceConfig;
static const struct awsc_shape s_ApplicationLogLevel;
static const struct awsc_shape s_Architecture;
static const struct awsc_shape s_ArchitecturesList;
static const struct awsc_shape s_Arn;
static const struct awsc_shape s_AttemptCount;
static const struct awsc_shape s_BatchSize;
static const struct awsc_shape s_BinaryOperationPayload;
static const struct awsc_shape s_BisectBatchOnFunctionError;
static const struct awsc_shape s_Blob;
static const struct awsc_shape s_BlobStream;
static const struct awsc_shape s_Boolean;
static const struct awsc_shape s_CallbackDetails;
static const struct awsc_shape s_CallbackFailedDetails;
static const struct awsc_shape s_CallbackId;
static const struct awsc_shape s_CallbackOptions;
static const struct awsc_shape s_CallbackOptionsHeartbeatTimeoutSecondsInteger;
static const struct awsc_shape s_CallbackOptionsTimeoutSecondsInteger;
static const struct awsc_shape s_CallbackStartedDetails;
static const struct awsc_shape s_CallbackSucceededDetails;
static const struct awsc_shape s_CallbackTimedOutDetails;
extern const struct awsc_shape awsc__lambda_CallbackTimeoutException;
static const struct awsc_shape s_CapacityProvider;
static const struct awsc_shape s_CapacityProviderArn;
static const struct awsc_shape s_CapacityProviderConfig;
extern const struct awsc_shape awsc__lambda_CapacityProviderLimitExceededException;
static const struct awsc_shape s_CapacityProviderLoggingConfig;
static const struct awsc_shape s_CapacityProviderMaxVCpuCount;
static const struct awsc_shape s_CapacityProviderName;
static const struct awsc_shape s_CapacityProviderPermissionsConfig;
static const struct awsc_shape s_CapacityProviderPredefinedMetricType;
static const struct awsc_shape s_CapacityProviderScalingConfig;
static const struct awsc_shape s_CapacityProviderScalingMode;
static const struct awsc_shape s_CapacityProviderScalingPoliciesList;
static const struct awsc_shape s_CapacityProviderSecurityGroupIds;
static const struct awsc_shape s_CapacityProviderState;
static const struct awsc_shape s_CapacityProviderSubnetIds;
static const struct awsc_shape s_CapacityProviderTelemetryConfig;
static const struct awsc_shape s_CapacityProviderVpcConfig;
static const struct awsc_shape s_CapacityProvidersList;
static const struct awsc_shape s_ChainedInvokeDetails;
static const struct awsc_shape s_ChainedInvokeFailedDetails;
static const struct awsc_shape s_ChainedInvokeOptions;
static const struct awsc_shape s_ChainedInvokeStartedDetails;
static const struct awsc_shape s_ChainedInvokeStoppedDetails;
static const struct awsc_shape s_ChainedInvokeSucceededDetails;
static const struct awsc_shape s_ChainedInvokeTimedOutDetails;
extern const struct awsc_shape awsc__lambda_CheckpointDurableExecutionRequest;
extern const struct awsc_shape awsc__lambda_CheckpointDurableExecutionResponse;
static const struct awsc_shape s_CheckpointToken;
static const struct awsc_shape s_CheckpointUpdatedExecutionState;
static const struct awsc_shape s_ClientToken;
extern const struct awsc_shape awsc__lambda_CodeArtifactUserDeletedException;
extern const struct awsc_shape awsc__lambda_CodeArtifactUserFailedException;
extern const struct awsc_shape awsc__lambda_CodeArtifactUserPendingException;
static const struct awsc_shape s_CodeSigningConfig;
static const struct awsc_shape s_CodeSigningConfigArn;
static const struct awsc_shape s_CodeSigningConfigId;
static const struct awsc_shape s_CodeSigningConfigList;
extern const struct awsc_shape awsc__lambda_CodeSigningConfigNotFoundException;
static const struct awsc_shape s_CodeSigningPolicies;
static const struct awsc_shape s_CodeSigningPolicy;
extern const struct awsc_shape awsc__lambda_CodeStorageExceededException;
extern const struct awsc_shape awsc__lambda_CodeVerificationFailedException;
static const struct awsc_shape s_CollectionName;
static const struct awsc_shape s_CompatibleArchitectures;
static const struct awsc_shape s_CompatibleRuntimes;
extern const struct awsc_shape awsc__lambda_Concurrency;
static const struct awsc_shape s_ContextDetails;
static const struct awsc_shape s_ContextFailedDetails;
static const struct awsc_shape s_ContextOptions;
static const struct awsc_shape s_ContextStartedDetails;
static const struct awsc_shape s_ContextSucceededDetails;
static const struct awsc_shape s_Cors;
extern const struct awsc_shape awsc__lambda_CreateAliasRequest;
extern const struct awsc_shape awsc__lambda_CreateCapacityProviderRequest;
extern const struct awsc_shape awsc__lambda_CreateCapacityProviderResponse;
extern const struct awsc_shape awsc__lambda_CreateCodeSigningConfigRequest;
extern const struct awsc_shape awsc__lambda_CreateCodeSigningConfigResponse;
extern const struct awsc_shape awsc__lambda_CreateEventSourceMappingRequest;
extern const struct awsc_shape awsc__lambda_CreateFunctionRequest;
extern const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigRequest;
extern const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigResponse;
static const struct awsc_shape s_DatabaseName;
static const struct awsc_shape s_Date;
static const struct awsc_shape s_DeadLetterConfig;
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
static const struct awsc_shape s_Description;
static const struct awsc_shape s_DestinationArn;
static const struct awsc_shape s_DestinationConfig;
static const struct awsc_shape s_DocumentDBEventSourceConfig;
static const struct awsc_shape s_DurableConfig;
extern const struct awsc_shape awsc__lambda_DurableExecutionAlreadyStartedException;
static const struct awsc_shape s_DurableExecutionArn;
static const struct awsc_shape s_DurableExecutionName;
static const struct awsc_shape s_DurableExecutions;
static const struct awsc_shape s_DurationSeconds;
extern const struct awsc_shape awsc__lambda_EC2AccessDeniedException;
extern const struct awsc_shape awsc__lambda_EC2ThrottledException;
extern const struct awsc_shape awsc__lambda_EC2UnexpectedException;
extern const struct awsc_shape awsc__lambda_EFSIOException;
extern const struct awsc_shape awsc__lambda_EFSMountConnectivityException;
extern const struct awsc_shape awsc__lambda_EFSMountFailureException;
extern const struct awsc_shape awsc__lambda_EFSMountTimeoutException;
extern const struct awsc_shape awsc__lambda_ENILimitReachedException;
extern const struct awsc_shape awsc__lambda_ENINotReadyException;
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
static const struct awsc_shape s_ErrorData;
static const struct awsc_shape s_ErrorMessage;
static const struct awsc_shape s_ErrorObject;
static const struct awsc_shape s_ErrorType;
static const struct awsc_shape s_Event;
static const struct awsc_shape s_EventError;
static const struct awsc_shape s_EventId;
static const struct awsc_shape s_EventInput;
static const struct awsc_shape s_EventResult;
static const struct awsc_shape s_EventSourceMappingArn;
extern const struct awsc_shape awsc__lambda_EventSourceMappingConfiguration;
static const struct awsc_shape s_EventSourceMappingLoggingConfig;
static const struct awsc_shape s_EventSourceMappingMetric;
static const struct awsc_shape s_EventSourceMappingMetricList;
static const struct awsc_shape s_EventSourceMappingMetricsConfig;
static const struct awsc_shape s_EventSourceMappingSystemLogLevel;
static const struct awsc_shape s_EventSourceMappingsList;
static const struct awsc_shape s_EventSourcePosition;
static const struct awsc_shape s_EventSourceToken;
static const struct awsc_shape s_EventType;
static const struct awsc_shape s_Events;
static const struct awsc_shape s_Execution;
static const struct awsc_shape s_ExecutionDataIncluded;
static const struct awsc_shape s_ExecutionDetails;
static const struct awsc_shape s_ExecutionEnvironmentMemoryGiBPerVCpu;
static const struct awsc_shape s_ExecutionFailedDetails;
static const struct awsc_shape s_ExecutionStartedDetails;
static const struct awsc_shape s_ExecutionStatus;
static const struct awsc_shape s_ExecutionStatusList;
static const struct awsc_shape s_ExecutionStoppedDetails;
static const struct awsc_shape s_ExecutionSucceededDetails;
static const struct awsc_shape s_ExecutionTimedOutDetails;
static const struct awsc_shape s_ExecutionTimeout;
static const struct awsc_shape s_ExecutionTimestamp;
static const struct awsc_shape s_FileSystemArn;
static const struct awsc_shape s_FileSystemConfig;
static const struct awsc_shape s_FileSystemConfigList;
static const struct awsc_shape s_Filter;
static const struct awsc_shape s_FilterCriteria;
static const struct awsc_shape s_FilterCriteriaError;
static const struct awsc_shape s_FilterCriteriaErrorCode;
static const struct awsc_shape s_FilterCriteriaErrorMessage;
static const struct awsc_shape s_FilterList;
static const struct awsc_shape s_FullDocument;
static const struct awsc_shape s_FunctionArn;
static const struct awsc_shape s_FunctionArnList;
static const struct awsc_shape s_FunctionCode;
static const struct awsc_shape s_FunctionCodeLocation;
static const struct awsc_shape s_FunctionCodeLocationError;
extern const struct awsc_shape awsc__lambda_FunctionConfiguration;
extern const struct awsc_shape awsc__lambda_FunctionEventInvokeConfig;
static const struct awsc_shape s_FunctionEventInvokeConfigList;
static const struct awsc_shape s_FunctionList;
static const struct awsc_shape s_FunctionName;
static const struct awsc_shape s_FunctionResponseType;
static const struct awsc_shape s_FunctionResponseTypeList;
static const struct awsc_shape s_FunctionScalingConfig;
static const struct awsc_shape s_FunctionScalingConfigExecutionEnvironments;
static const struct awsc_shape s_FunctionUrl;
static const struct awsc_shape s_FunctionUrlAuthType;
static const struct awsc_shape s_FunctionUrlConfig;
static const struct awsc_shape s_FunctionUrlConfigList;
static const struct awsc_shape s_FunctionUrlFunctionName;
static const struct awsc_shape s_FunctionUrlQualifier;
static const struct awsc_shape s_FunctionVersion;
static const struct awsc_shape s_FunctionVersionLatestPublished;
static const struct awsc_shape s_FunctionVersionsByCapacityProviderList;
static const struct awsc_shape s_FunctionVersionsByCapacityProviderListItem;
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
static const struct awsc_shape s_Handler;
static const struct awsc_shape s_Header;
static const struct awsc_shape s_HeadersList;
static const struct awsc_shape s_HttpStatus;
static const struct awsc_shape s_ImageConfig;
static const struct awsc_shape s_ImageConfigError;
static const struct awsc_shape s_ImageConfigResponse;
static const struct awsc_shape s_IncludeExecutionData;
static const struct awsc_shape s_InputPayload;
static const struct awsc_shape s_InstanceRequirements;
static const struct awsc_shape s_InstanceType;
static const struct awsc_shape s_InstanceTypeSet;
static const struct awsc_shape s_Integer;
extern const struct awsc_shape awsc__lambda_InvalidCodeSignatureException;
extern const struct awsc_shape awsc__lambda_InvalidParameterValueException;
extern const struct awsc_shape awsc__lambda_InvalidRequestContentException;
extern const struct awsc_shape awsc__lambda_InvalidRuntimeException;
extern const struct awsc_shape awsc__lambda_InvalidSecurityGroupIDException;
extern const struct awsc_shape awsc__lambda_InvalidSubnetIDException;
extern const struct awsc_shape awsc__lambda_InvalidZipFileException;
static const struct awsc_shape s_InvocationCompletedDetails;
extern const struct awsc_shape awsc__lambda_InvocationRequest;
extern const struct awsc_shape awsc__lambda_InvocationResponse;
static const struct awsc_shape s_InvocationType;
extern const struct awsc_shape awsc__lambda_InvokeAsyncRequest;
extern const struct awsc_shape awsc__lambda_InvokeAsyncResponse;
static const struct awsc_shape s_InvokeMode;
static const struct awsc_shape s_InvokeResponseStreamUpdate;
static const struct awsc_shape s_InvokeWithResponseStreamCompleteEvent;
extern const struct awsc_shape awsc__lambda_InvokeWithResponseStreamRequest;
extern const struct awsc_shape awsc__lambda_InvokeWithResponseStreamResponse;
static const struct awsc_shape s_InvokeWithResponseStreamResponseEvent;
static const struct awsc_shape s_InvokedViaFunctionUrl;
static const struct awsc_shape s_ItemCount;
extern const struct awsc_shape awsc__lambda_KMSAccessDeniedException;
extern const struct awsc_shape awsc__lambda_KMSDisabledException;
extern const struct awsc_shape awsc__lambda_KMSInvalidStateException;
static const struct awsc_shape s_KMSKeyArn;
static const struct awsc_shape s_KMSKeyArnNonEmpty;
extern const struct awsc_shape awsc__lambda_KMSNotFoundException;
static const struct awsc_shape s_KafkaSchemaRegistryAccessConfig;
static const struct awsc_shape s_KafkaSchemaRegistryAccessConfigList;
static const struct awsc_shape s_KafkaSchemaRegistryAuthType;
static const struct awsc_shape s_KafkaSchemaRegistryConfig;
static const struct awsc_shape s_KafkaSchemaValidationAttribute;
static const struct awsc_shape s_KafkaSchemaValidationConfig;
static const struct awsc_shape s_KafkaSchemaValidationConfigList;
static const struct awsc_shape s_LambdaManagedInstancesCapacityProviderConfig;
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
static const struct awsc_shape s_LocalMountPath;
static const struct awsc_shape s_LogFormat;
static const struct awsc_shape s_LogGroup;
static const struct awsc_shape s_LogType;
static const struct awsc_shape s_LoggingConfig;
static const struct awsc_shape s_Long;
static const struct awsc_shape s_MasterRegion;
static const struct awsc_shape s_MaxAge;
static const struct awsc_shape s_MaxFiftyListItems;
static const struct awsc_shape s_MaxFunctionEventInvokeConfigListItems;
static const struct awsc_shape s_MaxItems;
static const struct awsc_shape s_MaxLayerListItems;
static const struct awsc_shape s_MaxListItems;
static const struct awsc_shape s_MaxProvisionedConcurrencyConfigListItems;
static const struct awsc_shape s_MaximumBatchingWindowInSeconds;
static const struct awsc_shape s_MaximumConcurrency;
static const struct awsc_shape s_MaximumEventAgeInSeconds;
static const struct awsc_shape s_MaximumNumberOfPollers;
static const struct awsc_shape s_MaximumRecordAgeInSeconds;
static const struct awsc_shape s_MaximumRetryAttempts;
static const struct awsc_shape s_MaximumRetryAttemptsEventSourceMapping;
static const struct awsc_shape s_MemorySize;
static const struct awsc_shape s_Method;
static const struct awsc_shape s_MetricTargetValue;
static const struct awsc_shape s_MinimumNumberOfPollers;
extern const struct awsc_shape awsc__lambda_ModeNotSupportedException;
static const struct awsc_shape s_NameSpacedFunctionArn;
static const struct awsc_shape s_NamespacedFunctionName;
static const struct awsc_shape s_NamespacedStatementId;
extern const struct awsc_shape awsc__lambda_NoPublishedVersionException;
static const struct awsc_shape s_NonNegativeInteger;
static const struct awsc_shape s_NullableBoolean;
static const struct awsc_shape s_NumericLatestPublishedOrAliasQualifier;
static const struct awsc_shape s_OnFailure;
static const struct awsc_shape s_OnSuccess;
static const struct awsc_shape s_Operation;
static const struct awsc_shape s_OperationAction;
static const struct awsc_shape s_OperationId;
static const struct awsc_shape s_OperationName;
static const struct awsc_shape s_OperationPayload;
static const struct awsc_shape s_OperationStatus;
static const struct awsc_shape s_OperationSubType;
static const struct awsc_shape s_OperationType;
static const struct awsc_shape s_OperationUpdate;
static const struct awsc_shape s_OperationUpdates;
static const struct awsc_shape s_Operations;
static const struct awsc_shape s_OrganizationId;
static const struct awsc_shape s_Origin;
static const struct awsc_shape s_OutputPayload;
static const struct awsc_shape s_PackageType;
static const struct awsc_shape s_ParallelizationFactor;
static const struct awsc_shape s_Pattern;
static const struct awsc_shape s_PerExecutionEnvironmentMaxConcurrency;
extern const struct awsc_shape awsc__lambda_PolicyLengthExceededException;
static const struct awsc_shape s_PositiveInteger;
extern const struct awsc_shape awsc__lambda_PreconditionFailedException;
static const struct awsc_shape s_Principal;
static const struct awsc_shape s_PrincipalOrgID;
static const struct awsc_shape s_PropagateTags;
static const struct awsc_shape s_PropagateTagsExplicitTagsMap;
static const struct awsc_shape s_PropagateTagsMode;
static const struct awsc_shape s_ProvisionedConcurrencyConfigList;
static const struct awsc_shape s_ProvisionedConcurrencyConfigListItem;
extern const struct awsc_shape awsc__lambda_ProvisionedConcurrencyConfigNotFoundException;
static const struct awsc_shape s_ProvisionedConcurrencyStatusEnum;
static const struct awsc_shape s_ProvisionedPollerConfig;
static const struct awsc_shape s_ProvisionedPollerGroupName;
extern const struct awsc_shape awsc__lambda_PublicPolicyException;
extern const struct awsc_shape awsc__lambda_PublishLayerVersionRequest;
extern const struct awsc_shape awsc__lambda_PublishLayerVersionResponse;
extern const struct awsc_shape awsc__lambda_PublishVersionRequest;
static const struct awsc_shape s_PublishedFunctionQualifier;
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
static const struct awsc_shape s_Qualifier;
static const struct awsc_shape s_Queue;
static const struct awsc_shape s_Queues;
extern const struct awsc_shape awsc__lambda_RecursiveInvocationException;
static const struct awsc_shape s_RecursiveLoop;
extern const struct awsc_shape awsc__lambda_RemoveLayerVersionPermissionRequest;
extern const struct awsc_shape awsc__lambda_RemovePermissionRequest;
static const struct awsc_shape s_ReplayChildren;
extern const struct awsc_shape awsc__lambda_RequestTooLargeException;
static const struct awsc_shape s_ReservedConcurrentExecutions;
static const struct awsc_shape s_ResolvedS3Object;
static const struct awsc_shape s_ResourceArn;
extern const struct awsc_shape awsc__lambda_ResourceConflictException;
extern const struct awsc_shape awsc__lambda_ResourceInUseException;
extern const struct awsc_shape awsc__lambda_ResourceNotFoundException;
extern const struct awsc_shape awsc__lambda_ResourceNotReadyException;
static const struct awsc_shape s_ResponseStreamingInvocationType;
static const struct awsc_shape s_RetentionPeriodInDays;
static const struct awsc_shape s_RetryDetails;
static const struct awsc_shape s_ReverseOrder;
static const struct awsc_shape s_RoleArn;
static const struct awsc_shape s_Runtime;
static const struct awsc_shape s_RuntimeVersionArn;
static const struct awsc_shape s_RuntimeVersionConfig;
static const struct awsc_shape s_RuntimeVersionError;
static const struct awsc_shape s_S3Bucket;
extern const struct awsc_shape awsc__lambda_S3FilesMountConnectivityException;
extern const struct awsc_shape awsc__lambda_S3FilesMountFailureException;
extern const struct awsc_shape awsc__lambda_S3FilesMountTimeoutException;
static const struct awsc_shape s_S3Key;
static const struct awsc_shape s_S3ObjectStorageMode;
static const struct awsc_shape s_S3ObjectVersion;
static const struct awsc_shape s_ScalingConfig;
static const struct awsc_shape s_SchemaRegistryEventRecordFormat;
static const struct awsc_shape s_SchemaRegistryUri;
static const struct awsc_shape s_SecurityGroupId;
static const struct awsc_shape s_SecurityGroupIds;
static const struct awsc_shape s_SelfManagedEventSource;
static const struct awsc_shape s_SelfManagedKafkaEventSourceConfig;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackFailureRequest;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackFailureResponse;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackHeartbeatRequest;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackHeartbeatResponse;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackSuccessRequest;
extern const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackSuccessResponse;
static const struct awsc_shape s_SensitiveString;
static const struct awsc_shape s_SensitiveStringOnServerOnly;
extern const struct awsc_shape awsc__lambda_SerializedRequestEntityTooLargeException;
extern const struct awsc_shape awsc__lambda_ServiceException;
extern const struct awsc_shape awsc__lambda_ServiceQuotaExceededException;
static const struct awsc_shape s_SigningProfileVersionArns;
static const struct awsc_shape s_SnapStart;
static const struct awsc_shape s_SnapStartApplyOn;
extern const struct awsc_shape awsc__lambda_SnapStartException;
extern const struct awsc_shape awsc__lambda_SnapStartNotReadyException;
static const struct awsc_shape s_SnapStartOptimizationStatus;
extern const struct awsc_shape awsc__lambda_SnapStartRegenerationFailureException;
static const struct awsc_shape s_SnapStartResponse;
extern const struct awsc_shape awsc__lambda_SnapStartTimeoutException;
static const struct awsc_shape s_SourceAccessConfiguration;
static const struct awsc_shape s_SourceAccessConfigurations;
static const struct awsc_shape s_SourceAccessType;
static const struct awsc_shape s_SourceOwner;
static const struct awsc_shape s_StackTraceEntries;
static const struct awsc_shape s_StackTraceEntry;
static const struct awsc_shape s_State;
static const struct awsc_shape s_StateReason;
static const struct awsc_shape s_StateReasonCode;
static const struct awsc_shape s_StatementId;
static const struct awsc_shape s_StepDetails;
static const struct awsc_shape s_StepFailedDetails;
static const struct awsc_shape s_StepOptions;
static const struct awsc_shape s_StepOptionsNextAttemptDelaySecondsInteger;
static const struct awsc_shape s_StepStartedDetails;
static const struct awsc_shape s_StepSucceededDetails;
extern const struct awsc_shape awsc__lambda_StopDurableExecutionRequest;
extern const struct awsc_shape awsc__lambda_StopDurableExecutionResponse;
static const struct awsc_shape s_String;
static const struct awsc_shape s_StringList;
extern const struct awsc_shape awsc__lambda_SubnetIPAddressLimitReachedException;
static const struct awsc_shape s_SubnetId;
static const struct awsc_shape s_SubnetIds;
static const struct awsc_shape s_SystemLogLevel;
static const struct awsc_shape s_TagKey;
static const struct awsc_shape s_TagKeyList;
extern const struct awsc_shape awsc__lambda_TagResourceRequest;
static const struct awsc_shape s_TagValue;
static const struct awsc_shape s_TaggableResource;
static const struct awsc_shape s_Tags;
static const struct awsc_shape s_TagsError;
static const struct awsc_shape s_TagsErrorCode;
static const struct awsc_shape s_TagsErrorMessage;
static const struct awsc_shape s_TargetTrackingScalingPolicy;
static const struct awsc_shape s_TenancyConfig;
static const struct awsc_shape s_TenantId;
static const struct awsc_shape s_TenantIsolationMode;
static const struct awsc_shape s_ThrottleReason;
static const struct awsc_shape s_Timeout;
static const struct awsc_shape s_Timestamp;
extern const struct awsc_shape awsc__lambda_TooManyRequestsException;
static const struct awsc_shape s_Topic;
static const struct awsc_shape s_Topics;
static const struct awsc_shape s_TraceHeader;
static const struct awsc_shape s_TracingConfig;
static const struct awsc_shape s_TracingConfigResponse;
static const struct awsc_shape s_TracingMode;
static const struct awsc_shape s_Truncated;
static const struct awsc_shape s_TumblingWindowInSeconds;
static const struct awsc_shape s_URI;
static const struct awsc_shape s_UUIDString;
static const struct awsc_shape s_UnqualifiedFunctionName;
static const struct awsc_shape s_UnreservedConcurrentExecutions;
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
static const struct awsc_shape s_UpdateRuntimeOn;
static const struct awsc_shape s_Version;
static const struct awsc_shape s_VersionWithLatestPublished;
static const struct awsc_shape s_VpcConfig;
static const struct awsc_shape s_VpcConfigResponse;
static const struct awsc_shape s_VpcId;
static const struct awsc_shape s_WaitCancelledDetails;
static const struct awsc_shape s_WaitDetails;
static const struct awsc_shape s_WaitOptions;
static const struct awsc_shape s_WaitOptionsWaitSecondsInteger;
static const struct awsc_shape s_WaitStartedDetails;
static const struct awsc_shape s_WaitSucceededDetails;
static const struct awsc_shape s_Weight;
static const struct awsc_shape s_WorkingDirectory;
static const struct awsc_shape s_XAmznTraceId;

/* one after the other, each ending with its NUL */
static const char s_ApplicationLogLevel_values[] =
    "TRACE\0"
    "DEBUG\0"
    "INFO\0"
    "WARN\0"
    "ERROR\0"
    "FATAL\0";

enum awsc_lambda_application_log_level awsc_lambda_application_log_level_parse(const char *value)
{
    return (enum awsc_lambda_application_log_level)awsc_enum_parse(s_ApplicationLogLevel_values, 6, value);
}

const char *awsc_lambda_application_log_level_str(enum awsc_lambda_application_log_level value)
{
    return awsc_enum_str(s_ApplicationLogLevel_values, 6, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Architecture_values[] =
    "x86_64\0"
    "arm64\0";

enum awsc_lambda_architecture awsc_lambda_architecture_parse(const char *value)
{
    return (enum awsc_lambda_architecture)awsc_enum_parse(s_Architecture_values, 2, value);
}

const char *awsc_lambda_architecture_str(enum awsc_lambda_architecture value)
{
    return awsc_enum_str(s_Architecture_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_CapacityProviderPredefinedMetricType_values[] =
    "LambdaCapacityProviderAverageCPUUtilization\0";

enum awsc_lambda_capacity_provider_predefined_metric_type awsc_lambda_capacity_provider_predefined_metric_type_parse(const char *value)
{
    return (enum awsc_lambda_capacity_provider_predefined_metric_type)awsc_enum_parse(s_CapacityProviderPredefinedMetricType_values, 1, value);
}

const char *awsc_lambda_capacity_provider_predefined_metric_type_str(enum awsc_lambda_capacity_provider_predefined_metric_type value)
{
    return awsc_enum_str(s_CapacityProviderPredefinedMetricType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_CapacityProviderScalingMode_values[] =
    "Auto\0"
    "Manual\0";

enum awsc_lambda_capacity_provider_scaling_mode awsc_lambda_capacity_provider_scaling_mode_parse(const char *value)
{
    return (enum awsc_lambda_capacity_provider_scaling_mode)awsc_enum_parse(s_CapacityProviderScalingMode_values, 2, value);
}

const char *awsc_lambda_capacity_provider_scaling_mode_str(enum awsc_lambda_capacity_provider_scaling_mode value)
{
    return awsc_enum_str(s_CapacityProviderScalingMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_CapacityProviderState_values[] =
    "Pending\0"
    "Active\0"
    "Failed\0"
    "Deleting\0";

enum awsc_lambda_capacity_provider_state awsc_lambda_capacity_provider_state_parse(const char *value)
{
    return (enum awsc_lambda_capacity_provider_state)awsc_enum_parse(s_CapacityProviderState_values, 4, value);
}

const char *awsc_lambda_capacity_provider_state_str(enum awsc_lambda_capacity_provider_state value)
{
    return awsc_enum_str(s_CapacityProviderState_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_CodeSigningPolicy_values[] =
    "Warn\0"
    "Enforce\0";

enum awsc_lambda_code_signing_policy awsc_lambda_code_signing_policy_parse(const char *value)
{
    return (enum awsc_lambda_code_signing_policy)awsc_enum_parse(s_CodeSigningPolicy_values, 2, value);
}

const char *awsc_lambda_code_signing_policy_str(enum awsc_lambda_code_signing_policy value)
{
    return awsc_enum_str(s_CodeSigningPolicy_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EndPointType_values[] =
    "KAFKA_BOOTSTRAP_SERVERS\0";

enum awsc_lambda_end_point_type awsc_lambda_end_point_type_parse(const char *value)
{
    return (enum awsc_lambda_end_point_type)awsc_enum_parse(s_EndPointType_values, 1, value);
}

const char *awsc_lambda_end_point_type_str(enum awsc_lambda_end_point_type value)
{
    return awsc_enum_str(s_EndPointType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EventSourceMappingMetric_values[] =
    "EventCount\0"
    "ErrorCount\0"
    "KafkaMetrics\0";

enum awsc_lambda_event_source_mapping_metric awsc_lambda_event_source_mapping_metric_parse(const char *value)
{
    return (enum awsc_lambda_event_source_mapping_metric)awsc_enum_parse(s_EventSourceMappingMetric_values, 3, value);
}

const char *awsc_lambda_event_source_mapping_metric_str(enum awsc_lambda_event_source_mapping_metric value)
{
    return awsc_enum_str(s_EventSourceMappingMetric_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EventSourceMappingSystemLogLevel_values[] =
    "DEBUG\0"
    "INFO\0"
    "WARN\0";

enum awsc_lambda_event_source_mapping_system_log_level awsc_lambda_event_source_mapping_system_log_level_parse(const char *value)
{
    return (enum awsc_lambda_event_source_mapping_system_log_level)awsc_enum_parse(s_EventSourceMappingSystemLogLevel_values, 3, value);
}

const char *awsc_lambda_event_source_mapping_system_log_level_str(enum awsc_lambda_event_source_mapping_system_log_level value)
{
    return awsc_enum_str(s_EventSourceMappingSystemLogLevel_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EventSourcePosition_values[] =
    "TRIM_HORIZON\0"
    "LATEST\0"
    "AT_TIMESTAMP\0";

enum awsc_lambda_event_source_position awsc_lambda_event_source_position_parse(const char *value)
{
    return (enum awsc_lambda_event_source_position)awsc_enum_parse(s_EventSourcePosition_values, 3, value);
}

const char *awsc_lambda_event_source_position_str(enum awsc_lambda_event_source_position value)
{
    return awsc_enum_str(s_EventSourcePosition_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EventType_values[] =
    "ExecutionStarted\0"
    "ExecutionSucceeded\0"
    "ExecutionFailed\0"
    "ExecutionTimedOut\0"
    "ExecutionStopped\0"
    "ContextStarted\0"
    "ContextSucceeded\0"
    "ContextFailed\0"
    "WaitStarted\0"
    "WaitSucceeded\0"
    "WaitCancelled\0"
    "StepStarted\0"
    "StepSucceeded\0"
    "StepFailed\0"
    "ChainedInvokeStarted\0"
    "ChainedInvokeSucceeded\0"
    "ChainedInvokeFailed\0"
    "ChainedInvokeTimedOut\0"
    "ChainedInvokeStopped\0"
    "CallbackStarted\0"
    "CallbackSucceeded\0"
    "CallbackFailed\0"
    "CallbackTimedOut\0"
    "InvocationCompleted\0";

enum awsc_lambda_event_type awsc_lambda_event_type_parse(const char *value)
{
    return (enum awsc_lambda_event_type)awsc_enum_parse(s_EventType_values, 24, value);
}

const char *awsc_lambda_event_type_str(enum awsc_lambda_event_type value)
{
    return awsc_enum_str(s_EventType_values, 24, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExecutionStatus_values[] =
    "RUNNING\0"
    "SUCCEEDED\0"
    "FAILED\0"
    "TIMED_OUT\0"
    "STOPPED\0";

enum awsc_lambda_execution_status awsc_lambda_execution_status_parse(const char *value)
{
    return (enum awsc_lambda_execution_status)awsc_enum_parse(s_ExecutionStatus_values, 5, value);
}

const char *awsc_lambda_execution_status_str(enum awsc_lambda_execution_status value)
{
    return awsc_enum_str(s_ExecutionStatus_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_FullDocument_values[] =
    "UpdateLookup\0"
    "Default\0";

enum awsc_lambda_full_document awsc_lambda_full_document_parse(const char *value)
{
    return (enum awsc_lambda_full_document)awsc_enum_parse(s_FullDocument_values, 2, value);
}

const char *awsc_lambda_full_document_str(enum awsc_lambda_full_document value)
{
    return awsc_enum_str(s_FullDocument_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_FunctionResponseType_values[] =
    "ReportBatchItemFailures\0";

enum awsc_lambda_function_response_type awsc_lambda_function_response_type_parse(const char *value)
{
    return (enum awsc_lambda_function_response_type)awsc_enum_parse(s_FunctionResponseType_values, 1, value);
}

const char *awsc_lambda_function_response_type_str(enum awsc_lambda_function_response_type value)
{
    return awsc_enum_str(s_FunctionResponseType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_FunctionUrlAuthType_values[] =
    "NONE\0"
    "AWS_IAM\0";

enum awsc_lambda_function_url_auth_type awsc_lambda_function_url_auth_type_parse(const char *value)
{
    return (enum awsc_lambda_function_url_auth_type)awsc_enum_parse(s_FunctionUrlAuthType_values, 2, value);
}

const char *awsc_lambda_function_url_auth_type_str(enum awsc_lambda_function_url_auth_type value)
{
    return awsc_enum_str(s_FunctionUrlAuthType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_FunctionVersion_values[] =
    "ALL\0";

enum awsc_lambda_function_version awsc_lambda_function_version_parse(const char *value)
{
    return (enum awsc_lambda_function_version)awsc_enum_parse(s_FunctionVersion_values, 1, value);
}

const char *awsc_lambda_function_version_str(enum awsc_lambda_function_version value)
{
    return awsc_enum_str(s_FunctionVersion_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_FunctionVersionLatestPublished_values[] =
    "LATEST_PUBLISHED\0";

enum awsc_lambda_function_version_latest_published awsc_lambda_function_version_latest_published_parse(const char *value)
{
    return (enum awsc_lambda_function_version_latest_published)awsc_enum_parse(s_FunctionVersionLatestPublished_values, 1, value);
}

const char *awsc_lambda_function_version_latest_published_str(enum awsc_lambda_function_version_latest_published value)
{
    return awsc_enum_str(s_FunctionVersionLatestPublished_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InvocationType_values[] =
    "Event\0"
    "RequestResponse\0"
    "DryRun\0";

enum awsc_lambda_invocation_type awsc_lambda_invocation_type_parse(const char *value)
{
    return (enum awsc_lambda_invocation_type)awsc_enum_parse(s_InvocationType_values, 3, value);
}

const char *awsc_lambda_invocation_type_str(enum awsc_lambda_invocation_type value)
{
    return awsc_enum_str(s_InvocationType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InvokeMode_values[] =
    "BUFFERED\0"
    "RESPONSE_STREAM\0";

enum awsc_lambda_invoke_mode awsc_lambda_invoke_mode_parse(const char *value)
{
    return (enum awsc_lambda_invoke_mode)awsc_enum_parse(s_InvokeMode_values, 2, value);
}

const char *awsc_lambda_invoke_mode_str(enum awsc_lambda_invoke_mode value)
{
    return awsc_enum_str(s_InvokeMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_KafkaSchemaRegistryAuthType_values[] =
    "BASIC_AUTH\0"
    "CLIENT_CERTIFICATE_TLS_AUTH\0"
    "SERVER_ROOT_CA_CERTIFICATE\0";

enum awsc_lambda_kafka_schema_registry_auth_type awsc_lambda_kafka_schema_registry_auth_type_parse(const char *value)
{
    return (enum awsc_lambda_kafka_schema_registry_auth_type)awsc_enum_parse(s_KafkaSchemaRegistryAuthType_values, 3, value);
}

const char *awsc_lambda_kafka_schema_registry_auth_type_str(enum awsc_lambda_kafka_schema_registry_auth_type value)
{
    return awsc_enum_str(s_KafkaSchemaRegistryAuthType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_KafkaSchemaValidationAttribute_values[] =
    "KEY\0"
    "VALUE\0";

enum awsc_lambda_kafka_schema_validation_attribute awsc_lambda_kafka_schema_validation_attribute_parse(const char *value)
{
    return (enum awsc_lambda_kafka_schema_validation_attribute)awsc_enum_parse(s_KafkaSchemaValidationAttribute_values, 2, value);
}

const char *awsc_lambda_kafka_schema_validation_attribute_str(enum awsc_lambda_kafka_schema_validation_attribute value)
{
    return awsc_enum_str(s_KafkaSchemaValidationAttribute_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_LastUpdateStatus_values[] =
    "Successful\0"
    "Failed\0"
    "InProgress\0";

enum awsc_lambda_last_update_status awsc_lambda_last_update_status_parse(const char *value)
{
    return (enum awsc_lambda_last_update_status)awsc_enum_parse(s_LastUpdateStatus_values, 3, value);
}

const char *awsc_lambda_last_update_status_str(enum awsc_lambda_last_update_status value)
{
    return awsc_enum_str(s_LastUpdateStatus_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_LastUpdateStatusReasonCode_values[] =
    "EniLimitExceeded\0"
    "InsufficientRolePermissions\0"
    "InvalidConfiguration\0"
    "InternalError\0"
    "SubnetOutOfIPAddresses\0"
    "InvalidSubnet\0"
    "InvalidSecurityGroup\0"
    "ImageDeleted\0"
    "ImageAccessDenied\0"
    "InvalidImage\0"
    "KMSKeyAccessDenied\0"
    "KMSKeyNotFound\0"
    "InvalidStateKMSKey\0"
    "DisabledKMSKey\0"
    "EFSIOError\0"
    "EFSMountConnectivityError\0"
    "EFSMountFailure\0"
    "EFSMountTimeout\0"
    "InvalidRuntime\0"
    "InvalidZipFileException\0"
    "FunctionError\0"
    "ServiceQuotaExceededException\0"
    "VcpuLimitExceeded\0"
    "CapacityProviderScalingLimitExceeded\0"
    "InsufficientCapacity\0"
    "EC2RequestLimitExceeded\0"
    "FunctionError.InitTimeout\0"
    "FunctionError.RuntimeInitError\0"
    "FunctionError.ExtensionInitError\0"
    "FunctionError.InvalidEntryPoint\0"
    "FunctionError.InvalidWorkingDirectory\0"
    "FunctionError.PermissionDenied\0"
    "FunctionError.TooManyExtensions\0"
    "FunctionError.InitResourceExhausted\0"
    "DisallowedByVpcEncryptionControl\0"
    "DependencyError\0";

enum awsc_lambda_last_update_status_reason_code awsc_lambda_last_update_status_reason_code_parse(const char *value)
{
    return (enum awsc_lambda_last_update_status_reason_code)awsc_enum_parse(s_LastUpdateStatusReasonCode_values, 36, value);
}

const char *awsc_lambda_last_update_status_reason_code_str(enum awsc_lambda_last_update_status_reason_code value)
{
    return awsc_enum_str(s_LastUpdateStatusReasonCode_values, 36, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_LogFormat_values[] =
    "JSON\0"
    "Text\0";

enum awsc_lambda_log_format awsc_lambda_log_format_parse(const char *value)
{
    return (enum awsc_lambda_log_format)awsc_enum_parse(s_LogFormat_values, 2, value);
}

const char *awsc_lambda_log_format_str(enum awsc_lambda_log_format value)
{
    return awsc_enum_str(s_LogFormat_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_LogType_values[] =
    "None\0"
    "Tail\0";

enum awsc_lambda_log_type awsc_lambda_log_type_parse(const char *value)
{
    return (enum awsc_lambda_log_type)awsc_enum_parse(s_LogType_values, 2, value);
}

const char *awsc_lambda_log_type_str(enum awsc_lambda_log_type value)
{
    return awsc_enum_str(s_LogType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_OperationAction_values[] =
    "START\0"
    "SUCCEED\0"
    "FAIL\0"
    "RETRY\0"
    "CANCEL\0";

enum awsc_lambda_operation_action awsc_lambda_operation_action_parse(const char *value)
{
    return (enum awsc_lambda_operation_action)awsc_enum_parse(s_OperationAction_values, 5, value);
}

const char *awsc_lambda_operation_action_str(enum awsc_lambda_operation_action value)
{
    return awsc_enum_str(s_OperationAction_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_OperationStatus_values[] =
    "STARTED\0"
    "PENDING\0"
    "READY\0"
    "SUCCEEDED\0"
    "FAILED\0"
    "CANCELLED\0"
    "TIMED_OUT\0"
    "STOPPED\0";

enum awsc_lambda_operation_status awsc_lambda_operation_status_parse(const char *value)
{
    return (enum awsc_lambda_operation_status)awsc_enum_parse(s_OperationStatus_values, 8, value);
}

const char *awsc_lambda_operation_status_str(enum awsc_lambda_operation_status value)
{
    return awsc_enum_str(s_OperationStatus_values, 8, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_OperationType_values[] =
    "EXECUTION\0"
    "CONTEXT\0"
    "STEP\0"
    "WAIT\0"
    "CALLBACK\0"
    "CHAINED_INVOKE\0";

enum awsc_lambda_operation_type awsc_lambda_operation_type_parse(const char *value)
{
    return (enum awsc_lambda_operation_type)awsc_enum_parse(s_OperationType_values, 6, value);
}

const char *awsc_lambda_operation_type_str(enum awsc_lambda_operation_type value)
{
    return awsc_enum_str(s_OperationType_values, 6, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PackageType_values[] =
    "Zip\0"
    "Image\0";

enum awsc_lambda_package_type awsc_lambda_package_type_parse(const char *value)
{
    return (enum awsc_lambda_package_type)awsc_enum_parse(s_PackageType_values, 2, value);
}

const char *awsc_lambda_package_type_str(enum awsc_lambda_package_type value)
{
    return awsc_enum_str(s_PackageType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PropagateTagsMode_values[] =
    "None\0"
    "Explicit\0";

enum awsc_lambda_propagate_tags_mode awsc_lambda_propagate_tags_mode_parse(const char *value)
{
    return (enum awsc_lambda_propagate_tags_mode)awsc_enum_parse(s_PropagateTagsMode_values, 2, value);
}

const char *awsc_lambda_propagate_tags_mode_str(enum awsc_lambda_propagate_tags_mode value)
{
    return awsc_enum_str(s_PropagateTagsMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ProvisionedConcurrencyStatusEnum_values[] =
    "IN_PROGRESS\0"
    "READY\0"
    "FAILED\0";

enum awsc_lambda_provisioned_concurrency_status_enum awsc_lambda_provisioned_concurrency_status_enum_parse(const char *value)
{
    return (enum awsc_lambda_provisioned_concurrency_status_enum)awsc_enum_parse(s_ProvisionedConcurrencyStatusEnum_values, 3, value);
}

const char *awsc_lambda_provisioned_concurrency_status_enum_str(enum awsc_lambda_provisioned_concurrency_status_enum value)
{
    return awsc_enum_str(s_ProvisionedConcurrencyStatusEnum_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_RecursiveLoop_values[] =
    "Allow\0"
    "Terminate\0";

enum awsc_lambda_recursive_loop awsc_lambda_recursive_loop_parse(const char *value)
{
    return (enum awsc_lambda_recursive_loop)awsc_enum_parse(s_RecursiveLoop_values, 2, value);
}

const char *awsc_lambda_recursive_loop_str(enum awsc_lambda_recursive_loop value)
{
    return awsc_enum_str(s_RecursiveLoop_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ResponseStreamingInvocationType_values[] =
    "RequestResponse\0"
    "DryRun\0";

enum awsc_lambda_response_streaming_invocation_type awsc_lambda_response_streaming_invocation_type_parse(const char *value)
{
    return (enum awsc_lambda_response_streaming_invocation_type)awsc_enum_parse(s_ResponseStreamingInvocationType_values, 2, value);
}

const char *awsc_lambda_response_streaming_invocation_type_str(enum awsc_lambda_response_streaming_invocation_type value)
{
    return awsc_enum_str(s_ResponseStreamingInvocationType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Runtime_values[] =
    "nodejs\0"
    "nodejs4.3\0"
    "nodejs6.10\0"
    "nodejs8.10\0"
    "nodejs10.x\0"
    "nodejs12.x\0"
    "nodejs14.x\0"
    "nodejs16.x\0"
    "nodejs18.x\0"
    "nodejs20.x\0"
    "nodejs22.x\0"
    "nodejs24.x\0"
    "java8\0"
    "java8.al2\0"
    "java11\0"
    "java17\0"
    "java21\0"
    "java25\0"
    "python2.7\0"
    "python3.6\0"
    "python3.7\0"
    "python3.8\0"
    "python3.9\0"
    "python3.10\0"
    "python3.11\0"
    "python3.12\0"
    "python3.13\0"
    "python3.14\0"
    "dotnetcore1.0\0"
    "dotnetcore2.0\0"
    "dotnetcore2.1\0"
    "dotnetcore3.1\0"
    "dotnet6\0"
    "dotnet8\0"
    "dotnet10\0"
    "nodejs4.3-edge\0"
    "go1.x\0"
    "ruby2.5\0"
    "ruby2.7\0"
    "ruby3.2\0"
    "ruby3.3\0"
    "ruby3.4\0"
    "ruby4.0\0"
    "provided\0"
    "provided.al2\0"
    "provided.al2023\0"
    "nodejs26.x\0"
    "python3.15\0"
    "java8.al2023\0"
    "java11.al2023\0"
    "java17.al2023\0";

enum awsc_lambda_runtime awsc_lambda_runtime_parse(const char *value)
{
    return (enum awsc_lambda_runtime)awsc_enum_parse(s_Runtime_values, 51, value);
}

const char *awsc_lambda_runtime_str(enum awsc_lambda_runtime value)
{
    return awsc_enum_str(s_Runtime_values, 51, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_S3ObjectStorageMode_values[] =
    "COPY\0"
    "REFERENCE\0";

enum awsc_lambda_s3_object_storage_mode awsc_lambda_s3_object_storage_mode_parse(const char *value)
{
    return (enum awsc_lambda_s3_object_storage_mode)awsc_enum_parse(s_S3ObjectStorageMode_values, 2, value);
}

const char *awsc_lambda_s3_object_storage_mode_str(enum awsc_lambda_s3_object_storage_mode value)
{
    return awsc_enum_str(s_S3ObjectStorageMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SchemaRegistryEventRecordFormat_values[] =
    "JSON\0"
    "SOURCE\0";

enum awsc_lambda_schema_registry_event_record_format awsc_lambda_schema_registry_event_record_format_parse(const char *value)
{
    return (enum awsc_lambda_schema_registry_event_record_format)awsc_enum_parse(s_SchemaRegistryEventRecordFormat_values, 2, value);
}

const char *awsc_lambda_schema_registry_event_record_format_str(enum awsc_lambda_schema_registry_event_record_format value)
{
    return awsc_enum_str(s_SchemaRegistryEventRecordFormat_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SnapStartApplyOn_values[] =
    "PublishedVersions\0"
    "None\0";

enum awsc_lambda_snap_start_apply_on awsc_lambda_snap_start_apply_on_parse(const char *value)
{
    return (enum awsc_lambda_snap_start_apply_on)awsc_enum_parse(s_SnapStartApplyOn_values, 2, value);
}

const char *awsc_lambda_snap_start_apply_on_str(enum awsc_lambda_snap_start_apply_on value)
{
    return awsc_enum_str(s_SnapStartApplyOn_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SnapStartOptimizationStatus_values[] =
    "On\0"
    "Off\0";

enum awsc_lambda_snap_start_optimization_status awsc_lambda_snap_start_optimization_status_parse(const char *value)
{
    return (enum awsc_lambda_snap_start_optimization_status)awsc_enum_parse(s_SnapStartOptimizationStatus_values, 2, value);
}

const char *awsc_lambda_snap_start_optimization_status_str(enum awsc_lambda_snap_start_optimization_status value)
{
    return awsc_enum_str(s_SnapStartOptimizationStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SourceAccessType_values[] =
    "BASIC_AUTH\0"
    "VPC_SUBNET\0"
    "VPC_SECURITY_GROUP\0"
    "SASL_SCRAM_512_AUTH\0"
    "SASL_SCRAM_256_AUTH\0"
    "VIRTUAL_HOST\0"
    "CLIENT_CERTIFICATE_TLS_AUTH\0"
    "SERVER_ROOT_CA_CERTIFICATE\0";

enum awsc_lambda_source_access_type awsc_lambda_source_access_type_parse(const char *value)
{
    return (enum awsc_lambda_source_access_type)awsc_enum_parse(s_SourceAccessType_values, 8, value);
}

const char *awsc_lambda_source_access_type_str(enum awsc_lambda_source_access_type value)
{
    return awsc_enum_str(s_SourceAccessType_values, 8, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_State_values[] =
    "Pending\0"
    "Active\0"
    "Inactive\0"
    "Failed\0"
    "Deactivating\0"
    "Deactivated\0"
    "ActiveNonInvocable\0"
    "Deleting\0";

enum awsc_lambda_state awsc_lambda_state_parse(const char *value)
{
    return (enum awsc_lambda_state)awsc_enum_parse(s_State_values, 8, value);
}

const char *awsc_lambda_state_str(enum awsc_lambda_state value)
{
    return awsc_enum_str(s_State_values, 8, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StateReasonCode_values[] =
    "Idle\0"
    "Creating\0"
    "Restoring\0"
    "EniLimitExceeded\0"
    "InsufficientRolePermissions\0"
    "InvalidConfiguration\0"
    "InternalError\0"
    "SubnetOutOfIPAddresses\0"
    "InvalidSubnet\0"
    "InvalidSecurityGroup\0"
    "ImageDeleted\0"
    "ImageAccessDenied\0"
    "InvalidImage\0"
    "KMSKeyAccessDenied\0"
    "KMSKeyNotFound\0"
    "InvalidStateKMSKey\0"
    "DisabledKMSKey\0"
    "EFSIOError\0"
    "EFSMountConnectivityError\0"
    "EFSMountFailure\0"
    "EFSMountTimeout\0"
    "InvalidRuntime\0"
    "InvalidZipFileException\0"
    "FunctionError\0"
    "ServiceQuotaExceededException\0"
    "VcpuLimitExceeded\0"
    "CapacityProviderScalingLimitExceeded\0"
    "InsufficientCapacity\0"
    "EC2RequestLimitExceeded\0"
    "FunctionError.InitTimeout\0"
    "FunctionError.RuntimeInitError\0"
    "FunctionError.ExtensionInitError\0"
    "FunctionError.InvalidEntryPoint\0"
    "FunctionError.InvalidWorkingDirectory\0"
    "FunctionError.PermissionDenied\0"
    "FunctionError.TooManyExtensions\0"
    "FunctionError.InitResourceExhausted\0"
    "DisallowedByVpcEncryptionControl\0"
    "DrainingDurableExecutions\0"
    "DependencyError\0";

enum awsc_lambda_state_reason_code awsc_lambda_state_reason_code_parse(const char *value)
{
    return (enum awsc_lambda_state_reason_code)awsc_enum_parse(s_StateReasonCode_values, 40, value);
}

const char *awsc_lambda_state_reason_code_str(enum awsc_lambda_state_reason_code value)
{
    return awsc_enum_str(s_StateReasonCode_values, 40, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SystemLogLevel_values[] =
    "DEBUG\0"
    "INFO\0"
    "WARN\0";

enum awsc_lambda_system_log_level awsc_lambda_system_log_level_parse(const char *value)
{
    return (enum awsc_lambda_system_log_level)awsc_enum_parse(s_SystemLogLevel_values, 3, value);
}

const char *awsc_lambda_system_log_level_str(enum awsc_lambda_system_log_level value)
{
    return awsc_enum_str(s_SystemLogLevel_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TenantIsolationMode_values[] =
    "PER_TENANT\0";

enum awsc_lambda_tenant_isolation_mode awsc_lambda_tenant_isolation_mode_parse(const char *value)
{
    return (enum awsc_lambda_tenant_isolation_mode)awsc_enum_parse(s_TenantIsolationMode_values, 1, value);
}

const char *awsc_lambda_tenant_isolation_mode_str(enum awsc_lambda_tenant_isolation_mode value)
{
    return awsc_enum_str(s_TenantIsolationMode_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ThrottleReason_values[] =
    "ConcurrentInvocationLimitExceeded\0"
    "FunctionInvocationRateLimitExceeded\0"
    "ReservedFunctionConcurrentInvocationLimitExceeded\0"
    "ReservedFunctionInvocationRateLimitExceeded\0"
    "CallerRateLimitExceeded\0"
    "ConcurrentSnapshotCreateLimitExceeded\0";

enum awsc_lambda_throttle_reason awsc_lambda_throttle_reason_parse(const char *value)
{
    return (enum awsc_lambda_throttle_reason)awsc_enum_parse(s_ThrottleReason_values, 6, value);
}

const char *awsc_lambda_throttle_reason_str(enum awsc_lambda_throttle_reason value)
{
    return awsc_enum_str(s_ThrottleReason_values, 6, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TracingMode_values[] =
    "Active\0"
    "PassThrough\0";

enum awsc_lambda_tracing_mode awsc_lambda_tracing_mode_parse(const char *value)
{
    return (enum awsc_lambda_tracing_mode)awsc_enum_parse(s_TracingMode_values, 2, value);
}

const char *awsc_lambda_tracing_mode_str(enum awsc_lambda_tracing_mode value)
{
    return awsc_enum_str(s_TracingMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_UpdateRuntimeOn_values[] =
    "Auto\0"
    "Manual\0"
    "FunctionUpdate\0";

enum awsc_lambda_update_runtime_on awsc_lambda_update_runtime_on_parse(const char *value)
{
    return (enum awsc_lambda_update_runtime_on)awsc_enum_parse(s_UpdateRuntimeOn_values, 3, value);
}

const char *awsc_lambda_update_runtime_on_str(enum awsc_lambda_update_runtime_on value)
{
    return awsc_enum_str(s_UpdateRuntimeOn_values, 3, (int)value);
}

static const struct awsc_range s_Action_range = { true, true, 0, 10000 };
static const struct awsc_range s_AdditionalVersion_range = { true, true, 1, 1024 };
static const struct awsc_range s_Alias_range = { true, true, 1, 128 };
static const struct awsc_range s_AllowMethodsList_range = { true, true, 0, 6 };
static const struct awsc_range s_AllowOriginsList_range = { true, true, 0, 100 };
static const struct awsc_range s_ArchitecturesList_range = { true, true, 1, 1 };
static const struct awsc_range s_Arn_range = { true, true, 0, 10000 };
static const struct awsc_range s_AttemptCount_range = { true, false, 0, 0 };
static const struct awsc_range s_BatchSize_range = { true, true, 1, 10000 };
static const struct awsc_range s_BinaryOperationPayload_range = { true, true, 0, 262144 };
static const struct awsc_range s_CallbackId_range = { true, true, 1, 1024 };
static const struct awsc_range s_CallbackOptionsHeartbeatTimeoutSecondsInteger_range = { true, true, 0, 99999999 };
static const struct awsc_range s_CallbackOptionsTimeoutSecondsInteger_range = { true, true, 0, 99999999 };
static const struct awsc_range s_CapacityProviderArn_range = { true, true, 1, 140 };
static const struct awsc_range s_CapacityProviderMaxVCpuCount_range = { true, true, 2, 15000 };
static const struct awsc_range s_CapacityProviderName_range = { true, true, 1, 140 };
static const struct awsc_range s_CapacityProviderScalingPoliciesList_range = { true, true, 1, 10 };
static const struct awsc_range s_CapacityProviderSecurityGroupIds_range = { true, true, 0, 5 };
static const struct awsc_range s_CapacityProviderSubnetIds_range = { true, true, 1, 16 };
static const struct awsc_range s_CapacityProvidersList_range = { true, true, 0, 50 };
static const struct awsc_range s_CheckpointToken_range = { true, true, 1, 2048 };
static const struct awsc_range s_ClientToken_range = { true, true, 1, 64 };
static const struct awsc_range s_CodeSigningConfigArn_range = { true, true, 0, 200 };
static const struct awsc_range s_CollectionName_range = { true, true, 1, 57 };
static const struct awsc_range s_CompatibleArchitectures_range = { true, true, 0, 2 };
static const struct awsc_range s_CompatibleRuntimes_range = { true, true, 0, 15 };
static const struct awsc_range s_DatabaseName_range = { true, true, 1, 63 };
static const struct awsc_range s_Description_range = { true, true, 0, 256 };
static const struct awsc_range s_DestinationArn_range = { true, true, 0, 350 };
static const struct awsc_range s_DurableExecutionArn_range = { true, true, 1, 1024 };
static const struct awsc_range s_DurableExecutionName_range = { true, true, 1, 64 };
static const struct awsc_range s_DurationSeconds_range = { true, false, 0, 0 };
static const struct awsc_range s_Endpoint_range = { true, true, 1, 300 };
static const struct awsc_range s_EndpointLists_range = { true, true, 1, 10 };
static const struct awsc_range s_Endpoints_range = { true, true, 1, 2 };
static const struct awsc_range s_EphemeralStorageSize_range = { true, true, 512, 10240 };
static const struct awsc_range s_EventId_range = { true, false, 1, 0 };
static const struct awsc_range s_EventSourceMappingArn_range = { true, true, 85, 120 };
static const struct awsc_range s_EventSourceMappingMetricList_range = { true, true, 0, 3 };
static const struct awsc_range s_EventSourceToken_range = { true, true, 0, 256 };
static const struct awsc_range s_ExecutionEnvironmentMemoryGiBPerVCpu_range = { true, true, 2, 8 };
static const struct awsc_range s_ExecutionStatusList_range = { true, true, 1, 10 };
static const struct awsc_range s_ExecutionTimeout_range = { true, true, 1, 31622400 };
static const struct awsc_range s_FileSystemArn_range = { true, true, 0, 256 };
static const struct awsc_range s_FileSystemConfigList_range = { true, true, 0, 1 };
static const struct awsc_range s_FilterCriteriaErrorCode_range = { true, true, 10, 50 };
static const struct awsc_range s_FilterCriteriaErrorMessage_range = { true, true, 10, 2048 };
static const struct awsc_range s_FunctionArn_range = { true, true, 0, 10000 };
static const struct awsc_range s_FunctionName_range = { true, true, 1, 140 };
static const struct awsc_range s_FunctionResponseTypeList_range = { true, true, 0, 1 };
static const struct awsc_range s_FunctionScalingConfigExecutionEnvironments_range = { true, true, 0, 15000 };
static const struct awsc_range s_FunctionUrl_range = { true, true, 40, 100 };
static const struct awsc_range s_FunctionUrlFunctionName_range = { true, true, 1, 140 };
static const struct awsc_range s_FunctionUrlQualifier_range = { true, true, 1, 128 };
static const struct awsc_range s_FunctionVersionsByCapacityProviderList_range = { true, true, 0, 50 };
static const struct awsc_range s_Handler_range = { true, true, 0, 128 };
static const struct awsc_range s_Header_range = { true, true, 0, 1024 };
static const struct awsc_range s_HeadersList_range = { true, true, 0, 100 };
static const struct awsc_range s_InputPayload_range = { true, true, 0, 6291456 };
static const struct awsc_range s_InstanceType_range = { true, true, 1, 30 };
static const struct awsc_range s_InstanceTypeSet_range = { true, true, 0, 400 };
static const struct awsc_range s_ItemCount_range = { true, true, 0, 1000 };
static const struct awsc_range s_KMSKeyArn_range = { true, true, 0, 10000 };
static const struct awsc_range s_KMSKeyArnNonEmpty_range = { true, true, 0, 10000 };
static const struct awsc_range s_LayerArn_range = { true, true, 1, 2048 };
static const struct awsc_range s_LayerName_range = { true, true, 1, 140 };
static const struct awsc_range s_LayerPermissionAllowedAction_range = { true, true, 0, 22 };
static const struct awsc_range s_LayerPermissionAllowedPrincipal_range = { true, true, 0, 10000 };
static const struct awsc_range s_LayerVersionArn_range = { true, true, 1, 2048 };
static const struct awsc_range s_LicenseInfo_range = { true, true, 0, 512 };
static const struct awsc_range s_LocalMountPath_range = { true, true, 0, 160 };
static const struct awsc_range s_LogGroup_range = { true, true, 1, 512 };
static const struct awsc_range s_MasterRegion_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxAge_range = { true, true, 0, 86400 };
static const struct awsc_range s_MaxFiftyListItems_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxFunctionEventInvokeConfigListItems_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxItems_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxLayerListItems_range = { true, true, 1, 50 };
static const struct awsc_range s_MaxListItems_range = { true, true, 1, 10000 };
static const struct awsc_range s_MaxProvisionedConcurrencyConfigListItems_range = { true, true, 1, 50 };
static const struct awsc_range s_MaximumBatchingWindowInSeconds_range = { true, true, 0, 300 };
static const struct awsc_range s_MaximumConcurrency_range = { true, true, 2, 1000 };
static const struct awsc_range s_MaximumEventAgeInSeconds_range = { true, true, 60, 21600 };
static const struct awsc_range s_MaximumNumberOfPollers_range = { true, true, 1, 10000 };
static const struct awsc_range s_MaximumRecordAgeInSeconds_range = { true, true, -1, 604800 };
static const struct awsc_range s_MaximumRetryAttempts_range = { true, true, 0, 2 };
static const struct awsc_range s_MaximumRetryAttemptsEventSourceMapping_range = { true, true, -1, 10000 };
static const struct awsc_range s_MemorySize_range = { true, true, 128, 32768 };
static const struct awsc_range s_Method_range = { true, true, 0, 6 };
static const struct awsc_range s_MetricTargetValue_range = { true, true, 0, 100 };
static const struct awsc_range s_MinimumNumberOfPollers_range = { true, true, 1, 200 };
static const struct awsc_range s_NameSpacedFunctionArn_range = { true, true, 0, 10000 };
static const struct awsc_range s_NamespacedFunctionName_range = { true, true, 1, 256 };
static const struct awsc_range s_NamespacedStatementId_range = { true, true, 1, 100 };
static const struct awsc_range s_NonNegativeInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_NumericLatestPublishedOrAliasQualifier_range = { true, true, 1, 128 };
static const struct awsc_range s_OperationId_range = { true, true, 1, 64 };
static const struct awsc_range s_OperationName_range = { true, true, 1, 256 };
static const struct awsc_range s_OperationPayload_range = { true, true, 0, 6291456 };
static const struct awsc_range s_OperationSubType_range = { true, true, 1, 32 };
static const struct awsc_range s_OrganizationId_range = { true, true, 0, 34 };
static const struct awsc_range s_Origin_range = { true, true, 1, 253 };
static const struct awsc_range s_OutputPayload_range = { true, true, 0, 6291456 };
static const struct awsc_range s_ParallelizationFactor_range = { true, true, 1, 10 };
static const struct awsc_range s_Pattern_range = { true, true, 0, 4096 };
static const struct awsc_range s_PerExecutionEnvironmentMaxConcurrency_range = { true, true, 1, 1600 };
static const struct awsc_range s_PositiveInteger_range = { true, false, 1, 0 };
static const struct awsc_range s_Principal_range = { true, true, 0, 2048 };
static const struct awsc_range s_PrincipalOrgID_range = { true, true, 12, 34 };
static const struct awsc_range s_PropagateTagsExplicitTagsMap_range = { true, true, 0, 40 };
static const struct awsc_range s_ProvisionedPollerGroupName_range = { true, true, 0, 128 };
static const struct awsc_range s_PublishedFunctionQualifier_range = { true, true, 1, 128 };
static const struct awsc_range s_Qualifier_range = { true, true, 1, 128 };
static const struct awsc_range s_Queue_range = { true, true, 1, 1000 };
static const struct awsc_range s_Queues_range = { true, true, 1, 1 };
static const struct awsc_range s_ReservedConcurrentExecutions_range = { true, false, 0, 0 };
static const struct awsc_range s_ResourceArn_range = { true, true, 0, 10000 };
static const struct awsc_range s_RetentionPeriodInDays_range = { true, true, 1, 90 };
static const struct awsc_range s_RoleArn_range = { true, true, 0, 10000 };
static const struct awsc_range s_RuntimeVersionArn_range = { true, true, 26, 2048 };
static const struct awsc_range s_S3Bucket_range = { true, true, 3, 63 };
static const struct awsc_range s_S3Key_range = { true, true, 1, 1024 };
static const struct awsc_range s_S3ObjectVersion_range = { true, true, 1, 1024 };
static const struct awsc_range s_SchemaRegistryUri_range = { true, true, 1, 10000 };
static const struct awsc_range s_SecurityGroupId_range = { true, true, 0, 1024 };
static const struct awsc_range s_SecurityGroupIds_range = { true, true, 0, 5 };
static const struct awsc_range s_SensitiveStringOnServerOnly_range = { true, true, 0, 10000 };
static const struct awsc_range s_SigningProfileVersionArns_range = { true, true, 1, 20 };
static const struct awsc_range s_SourceAccessConfigurations_range = { true, true, 0, 23 };
static const struct awsc_range s_SourceOwner_range = { true, true, 0, 12 };
static const struct awsc_range s_StatementId_range = { true, true, 1, 100 };
static const struct awsc_range s_StepOptionsNextAttemptDelaySecondsInteger_range = { true, true, 1, 31622400 };
static const struct awsc_range s_StringList_range = { true, true, 0, 1500 };
static const struct awsc_range s_SubnetId_range = { true, true, 0, 1024 };
static const struct awsc_range s_SubnetIds_range = { true, true, 0, 16 };
static const struct awsc_range s_TagKey_range = { true, true, 1, 128 };
static const struct awsc_range s_TagValue_range = { true, true, 0, 256 };
static const struct awsc_range s_TaggableResource_range = { true, true, 1, 10000 };
static const struct awsc_range s_TagsErrorCode_range = { true, true, 10, 21 };
static const struct awsc_range s_TagsErrorMessage_range = { true, true, 84, 1000 };
static const struct awsc_range s_TenantId_range = { true, true, 1, 256 };
static const struct awsc_range s_Timeout_range = { true, true, 1, 5400 };
static const struct awsc_range s_Timestamp_range = { true, true, 0, 100 };
static const struct awsc_range s_Topic_range = { true, true, 1, 249 };
static const struct awsc_range s_Topics_range = { true, true, 1, 1 };
static const struct awsc_range s_TumblingWindowInSeconds_range = { true, true, 0, 900 };
static const struct awsc_range s_URI_range = { true, true, 1, 200 };
static const struct awsc_range s_UUIDString_range = { true, true, 36, 36 };
static const struct awsc_range s_UnqualifiedFunctionName_range = { true, true, 1, 140 };
static const struct awsc_range s_UnreservedConcurrentExecutions_range = { true, false, 0, 0 };
static const struct awsc_range s_Version_range = { true, true, 1, 1024 };
static const struct awsc_range s_VersionWithLatestPublished_range = { true, true, 1, 1024 };
static const struct awsc_range s_WaitOptionsWaitSecondsInteger_range = { true, true, 1, 31622400 };
static const struct awsc_range s_Weight_range = { true, true, 0.0, 1.0 };
static const struct awsc_range s_WorkingDirectory_range = { true, true, 0, 1000 };
static const struct awsc_range s_XAmznTraceId_range = { true, true, 0, 8192 };

static const struct awsc_member s_AccountLimit_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TotalCodeSize", &s_Long, offsetof(struct awsc_lambda_account_limit, total_code_size), offsetof(struct awsc_lambda_account_limit, has_total_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSizeUnzipped", &s_Long, offsetof(struct awsc_lambda_account_limit, code_size_unzipped), offsetof(struct awsc_lambda_account_limit, has_code_size_unzipped), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSizeZipped", &s_Long, offsetof(struct awsc_lambda_account_limit, code_size_zipped), offsetof(struct awsc_lambda_account_limit, has_code_size_zipped), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConcurrentExecutions", &s_Integer, offsetof(struct awsc_lambda_account_limit, concurrent_executions), offsetof(struct awsc_lambda_account_limit, has_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UnreservedConcurrentExecutions", &s_UnreservedConcurrentExecutions, offsetof(struct awsc_lambda_account_limit, unreserved_concurrent_executions), offsetof(struct awsc_lambda_account_limit, has_unreserved_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccountLimit_by_wire_name[] = { 1, 2, 3, 0, 4 };

static const struct awsc_member s_AccountUsage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TotalCodeSize", &s_Long, offsetof(struct awsc_lambda_account_usage, total_code_size), offsetof(struct awsc_lambda_account_usage, has_total_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionCount", &s_Long, offsetof(struct awsc_lambda_account_usage, function_count), offsetof(struct awsc_lambda_account_usage, has_function_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccountUsage_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_AddLayerVersionPermissionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LayerName", &s_LayerName, offsetof(struct awsc_lambda_add_layer_version_permission_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionNumber", &s_LayerVersionNumber, offsetof(struct awsc_lambda_add_layer_version_permission_input, version_number), offsetof(struct awsc_lambda_add_layer_version_permission_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"StatementId", &s_StatementId, offsetof(struct awsc_lambda_add_layer_version_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Action", &s_LayerPermissionAllowedAction, offsetof(struct awsc_lambda_add_layer_version_permission_input, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Principal", &s_LayerPermissionAllowedPrincipal, offsetof(struct awsc_lambda_add_layer_version_permission_input, principal), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OrganizationId", &s_OrganizationId, offsetof(struct awsc_lambda_add_layer_version_permission_input, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_add_layer_version_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_AddLayerVersionPermissionRequest_by_wire_name[] = { 3, 0, 5, 4, 6, 2, 1 };

static const struct awsc_member awsc__lambda_AddLayerVersionPermissionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Statement", &s_String, offsetof(struct awsc_lambda_add_layer_version_permission_output, statement), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_add_layer_version_permission_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_AddLayerVersionPermissionResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_AddPermissionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_add_permission_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"StatementId", &s_StatementId, offsetof(struct awsc_lambda_add_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Action", &s_Action, offsetof(struct awsc_lambda_add_permission_input, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Principal", &s_Principal, offsetof(struct awsc_lambda_add_permission_input, principal), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceArn", &s_Arn, offsetof(struct awsc_lambda_add_permission_input, source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionUrlAuthType", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_add_permission_input, function_url_auth_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvokedViaFunctionUrl", &s_InvokedViaFunctionUrl, offsetof(struct awsc_lambda_add_permission_input, invoked_via_function_url), offsetof(struct awsc_lambda_add_permission_input, has_invoked_via_function_url), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceAccount", &s_SourceOwner, offsetof(struct awsc_lambda_add_permission_input, source_account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventSourceToken", &s_EventSourceToken, offsetof(struct awsc_lambda_add_permission_input, event_source_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_add_permission_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_add_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PrincipalOrgID", &s_PrincipalOrgID, offsetof(struct awsc_lambda_add_permission_input, principal_org_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_AddPermissionRequest_by_wire_name[] = { 2, 8, 0, 5, 6, 3, 11, 9, 10, 7, 4, 1 };

static const struct awsc_member awsc__lambda_AddPermissionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Statement", &s_String, offsetof(struct awsc_lambda_add_permission_output, statement), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_AddPermissionResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_AliasConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AliasArn", &s_FunctionArn, offsetof(struct awsc_lambda_alias_configuration, alias_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_Alias, offsetof(struct awsc_lambda_alias_configuration, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionVersion", &s_Version, offsetof(struct awsc_lambda_alias_configuration, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_alias_configuration, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoutingConfig", &s_AliasRoutingConfiguration, offsetof(struct awsc_lambda_alias_configuration, routing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_alias_configuration, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_AliasConfiguration_by_wire_name[] = { 0, 3, 2, 1, 5, 4 };

static const struct awsc_member awsc__lambda_AliasLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_alias_limit_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_alias_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_AliasLimitExceededException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_AliasRoutingConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AdditionalVersionWeights", &s_AdditionalVersionWeights, offsetof(struct awsc_lambda_alias_routing_configuration, additional_version_weights), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AliasRoutingConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_AllowedPublishers_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SigningProfileVersionArns", &s_SigningProfileVersionArns, offsetof(struct awsc_lambda_allowed_publishers, signing_profile_version_arns), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AllowedPublishers_by_wire_name[] = { 0 };

static const struct awsc_member s_AmazonManagedKafkaEventSourceConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsumerGroupId", &s_URI, offsetof(struct awsc_lambda_amazon_managed_kafka_event_source_config, consumer_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SchemaRegistryConfig", &s_KafkaSchemaRegistryConfig, offsetof(struct awsc_lambda_amazon_managed_kafka_event_source_config, schema_registry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AmazonManagedKafkaEventSourceConfig_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_CallbackDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CallbackId", &s_CallbackId, offsetof(struct awsc_lambda_callback_details, callback_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Result", &s_OperationPayload, offsetof(struct awsc_lambda_callback_details, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorObject, offsetof(struct awsc_lambda_callback_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CallbackDetails_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_CallbackFailedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_callback_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CallbackFailedDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_CallbackOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TimeoutSeconds", &s_CallbackOptionsTimeoutSecondsInteger, offsetof(struct awsc_lambda_callback_options, timeout_seconds), offsetof(struct awsc_lambda_callback_options, has_timeout_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HeartbeatTimeoutSeconds", &s_CallbackOptionsHeartbeatTimeoutSecondsInteger, offsetof(struct awsc_lambda_callback_options, heartbeat_timeout_seconds), offsetof(struct awsc_lambda_callback_options, has_heartbeat_timeout_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CallbackOptions_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_CallbackStartedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CallbackId", &s_CallbackId, offsetof(struct awsc_lambda_callback_started_details, callback_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HeartbeatTimeout", &s_DurationSeconds, offsetof(struct awsc_lambda_callback_started_details, heartbeat_timeout), offsetof(struct awsc_lambda_callback_started_details, has_heartbeat_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timeout", &s_DurationSeconds, offsetof(struct awsc_lambda_callback_started_details, timeout), offsetof(struct awsc_lambda_callback_started_details, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CallbackStartedDetails_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_CallbackSucceededDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Result", &s_EventResult, offsetof(struct awsc_lambda_callback_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CallbackSucceededDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_CallbackTimedOutDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_callback_timed_out_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CallbackTimedOutDetails_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_CallbackTimeoutException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_callback_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_callback_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CallbackTimeoutException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_CapacityProvider_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviderArn", &s_CapacityProviderArn, offsetof(struct awsc_lambda_capacity_provider, capacity_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"State", &s_CapacityProviderState, offsetof(struct awsc_lambda_capacity_provider, state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VpcConfig", &s_CapacityProviderVpcConfig, offsetof(struct awsc_lambda_capacity_provider, vpc_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsConfig", &s_CapacityProviderPermissionsConfig, offsetof(struct awsc_lambda_capacity_provider, permissions_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InstanceRequirements", &s_InstanceRequirements, offsetof(struct awsc_lambda_capacity_provider, instance_requirements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CapacityProviderScalingConfig", &s_CapacityProviderScalingConfig, offsetof(struct awsc_lambda_capacity_provider, capacity_provider_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KmsKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_capacity_provider, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_Timestamp, offsetof(struct awsc_lambda_capacity_provider, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PropagateTags", &s_PropagateTags, offsetof(struct awsc_lambda_capacity_provider, propagate_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TelemetryConfig", &s_CapacityProviderTelemetryConfig, offsetof(struct awsc_lambda_capacity_provider, telemetry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CapacityProvider_by_wire_name[] = { 0, 5, 4, 6, 7, 3, 8, 1, 9, 2 };

static const struct awsc_member s_CapacityProviderConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LambdaManagedInstancesCapacityProviderConfig", &s_LambdaManagedInstancesCapacityProviderConfig, offsetof(struct awsc_lambda_capacity_provider_config, lambda_managed_instances_capacity_provider_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CapacityProviderConfig_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_CapacityProviderLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_capacity_provider_limit_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_capacity_provider_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CapacityProviderLimitExceededException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_CapacityProviderLoggingConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SystemLogLevel", &s_SystemLogLevel, offsetof(struct awsc_lambda_capacity_provider_logging_config, system_log_level), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LogGroup", &s_LogGroup, offsetof(struct awsc_lambda_capacity_provider_logging_config, log_group), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CapacityProviderLoggingConfig_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_CapacityProviderPermissionsConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviderOperatorRoleArn", &s_RoleArn, offsetof(struct awsc_lambda_capacity_provider_permissions_config, capacity_provider_operator_role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CapacityProviderPermissionsConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_CapacityProviderScalingConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MaxVCpuCount", &s_CapacityProviderMaxVCpuCount, offsetof(struct awsc_lambda_capacity_provider_scaling_config, max_v_cpu_count), offsetof(struct awsc_lambda_capacity_provider_scaling_config, has_max_v_cpu_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingMode", &s_CapacityProviderScalingMode, offsetof(struct awsc_lambda_capacity_provider_scaling_config, scaling_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingPolicies", &s_CapacityProviderScalingPoliciesList, offsetof(struct awsc_lambda_capacity_provider_scaling_config, scaling_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CapacityProviderScalingConfig_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_CapacityProviderTelemetryConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LoggingConfig", &s_CapacityProviderLoggingConfig, offsetof(struct awsc_lambda_capacity_provider_telemetry_config, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CapacityProviderTelemetryConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_CapacityProviderVpcConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubnetIds", &s_CapacityProviderSubnetIds, offsetof(struct awsc_lambda_capacity_provider_vpc_config, subnet_ids), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SecurityGroupIds", &s_CapacityProviderSecurityGroupIds, offsetof(struct awsc_lambda_capacity_provider_vpc_config, security_group_ids), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CapacityProviderVpcConfig_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ChainedInvokeDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Result", &s_OperationPayload, offsetof(struct awsc_lambda_chained_invoke_details, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorObject, offsetof(struct awsc_lambda_chained_invoke_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChainedInvokeDetails_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ChainedInvokeFailedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_chained_invoke_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChainedInvokeFailedDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_ChainedInvokeOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_chained_invoke_options, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantId", &s_TenantId, offsetof(struct awsc_lambda_chained_invoke_options, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChainedInvokeOptions_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ChainedInvokeStartedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_chained_invoke_started_details, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantId", &s_TenantId, offsetof(struct awsc_lambda_chained_invoke_started_details, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Input", &s_EventInput, offsetof(struct awsc_lambda_chained_invoke_started_details, input), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutedVersion", &s_VersionWithLatestPublished, offsetof(struct awsc_lambda_chained_invoke_started_details, executed_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurableExecutionArn", &s_DurableExecutionArn, offsetof(struct awsc_lambda_chained_invoke_started_details, durable_execution_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChainedInvokeStartedDetails_by_wire_name[] = { 4, 3, 0, 2, 1 };

static const struct awsc_member s_ChainedInvokeStoppedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_chained_invoke_stopped_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChainedInvokeStoppedDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_ChainedInvokeSucceededDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Result", &s_EventResult, offsetof(struct awsc_lambda_chained_invoke_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChainedInvokeSucceededDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_ChainedInvokeTimedOutDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_chained_invoke_timed_out_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ChainedInvokeTimedOutDetails_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_CheckpointDurableExecutionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DurableExecutionArn", &s_DurableExecutionArn, offsetof(struct awsc_lambda_checkpoint_durable_execution_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CheckpointToken", &s_CheckpointToken, offsetof(struct awsc_lambda_checkpoint_durable_execution_input, checkpoint_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Updates", &s_OperationUpdates, offsetof(struct awsc_lambda_checkpoint_durable_execution_input, updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientToken", &s_ClientToken, offsetof(struct awsc_lambda_checkpoint_durable_execution_input, client_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CheckpointDurableExecutionRequest_by_wire_name[] = { 1, 3, 0, 2 };

static const struct awsc_member awsc__lambda_CheckpointDurableExecutionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CheckpointToken", &s_CheckpointToken, offsetof(struct awsc_lambda_checkpoint_durable_execution_output, checkpoint_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewExecutionState", &s_CheckpointUpdatedExecutionState, offsetof(struct awsc_lambda_checkpoint_durable_execution_output, new_execution_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CheckpointDurableExecutionResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_CheckpointUpdatedExecutionState_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Operations", &s_Operations, offsetof(struct awsc_lambda_checkpoint_updated_execution_state, operations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_checkpoint_updated_execution_state, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CheckpointUpdatedExecutionState_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_CodeArtifactUserDeletedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_code_artifact_user_deleted_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_code_artifact_user_deleted_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CodeArtifactUserDeletedException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_CodeArtifactUserFailedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_code_artifact_user_failed_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_code_artifact_user_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CodeArtifactUserFailedException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_CodeArtifactUserPendingException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_code_artifact_user_pending_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_code_artifact_user_pending_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CodeArtifactUserPendingException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_CodeSigningConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfigId", &s_CodeSigningConfigId, offsetof(struct awsc_lambda_code_signing_config, code_signing_config_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSigningConfigArn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_code_signing_config, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_code_signing_config, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowedPublishers", &s_AllowedPublishers, offsetof(struct awsc_lambda_code_signing_config, allowed_publishers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSigningPolicies", &s_CodeSigningPolicies, offsetof(struct awsc_lambda_code_signing_config, code_signing_policies), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_Timestamp, offsetof(struct awsc_lambda_code_signing_config, last_modified), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CodeSigningConfig_by_wire_name[] = { 3, 1, 0, 4, 2, 5 };

static const struct awsc_member awsc__lambda_CodeSigningConfigNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_code_signing_config_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_code_signing_config_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CodeSigningConfigNotFoundException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_CodeSigningPolicies_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UntrustedArtifactOnDeployment", &s_CodeSigningPolicy, offsetof(struct awsc_lambda_code_signing_policies, untrusted_artifact_on_deployment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CodeSigningPolicies_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_CodeStorageExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_code_storage_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_code_storage_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CodeStorageExceededException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_CodeVerificationFailedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_code_verification_failed_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_code_verification_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CodeVerificationFailedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_Concurrency_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReservedConcurrentExecutions", &s_ReservedConcurrentExecutions, offsetof(struct awsc_lambda_concurrency, reserved_concurrent_executions), offsetof(struct awsc_lambda_concurrency, has_reserved_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_Concurrency_by_wire_name[] = { 0 };

static const struct awsc_member s_ContextDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReplayChildren", &s_ReplayChildren, offsetof(struct awsc_lambda_context_details, replay_children), offsetof(struct awsc_lambda_context_details, has_replay_children), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Result", &s_OperationPayload, offsetof(struct awsc_lambda_context_details, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorObject, offsetof(struct awsc_lambda_context_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContextDetails_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_ContextFailedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_context_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContextFailedDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_ContextOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReplayChildren", &s_ReplayChildren, offsetof(struct awsc_lambda_context_options, replay_children), offsetof(struct awsc_lambda_context_options, has_replay_children), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContextOptions_by_wire_name[] = { 0 };

static const struct awsc_member s_ContextSucceededDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Result", &s_EventResult, offsetof(struct awsc_lambda_context_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContextSucceededDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_Cors_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AllowCredentials", &s_AllowCredentials, offsetof(struct awsc_lambda_cors, allow_credentials), offsetof(struct awsc_lambda_cors, has_allow_credentials), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowHeaders", &s_HeadersList, offsetof(struct awsc_lambda_cors, allow_headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowMethods", &s_AllowMethodsList, offsetof(struct awsc_lambda_cors, allow_methods), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowOrigins", &s_AllowOriginsList, offsetof(struct awsc_lambda_cors, allow_origins), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExposeHeaders", &s_HeadersList, offsetof(struct awsc_lambda_cors, expose_headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxAge", &s_MaxAge, offsetof(struct awsc_lambda_cors, max_age), offsetof(struct awsc_lambda_cors, has_max_age), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Cors_by_wire_name[] = { 0, 1, 2, 3, 4, 5 };

static const struct awsc_member awsc__lambda_CreateAliasRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_create_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Name", &s_Alias, offsetof(struct awsc_lambda_create_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionVersion", &s_VersionWithLatestPublished, offsetof(struct awsc_lambda_create_alias_input, function_version), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_create_alias_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoutingConfig", &s_AliasRoutingConfiguration, offsetof(struct awsc_lambda_create_alias_input, routing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CreateAliasRequest_by_wire_name[] = { 3, 0, 2, 1, 4 };

static const struct awsc_member awsc__lambda_CreateCapacityProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviderName", &s_CapacityProviderName, offsetof(struct awsc_lambda_create_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VpcConfig", &s_CapacityProviderVpcConfig, offsetof(struct awsc_lambda_create_capacity_provider_input, vpc_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsConfig", &s_CapacityProviderPermissionsConfig, offsetof(struct awsc_lambda_create_capacity_provider_input, permissions_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InstanceRequirements", &s_InstanceRequirements, offsetof(struct awsc_lambda_create_capacity_provider_input, instance_requirements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CapacityProviderScalingConfig", &s_CapacityProviderScalingConfig, offsetof(struct awsc_lambda_create_capacity_provider_input, capacity_provider_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KmsKeyArn", &s_KMSKeyArnNonEmpty, offsetof(struct awsc_lambda_create_capacity_provider_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_Tags, offsetof(struct awsc_lambda_create_capacity_provider_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PropagateTags", &s_PropagateTags, offsetof(struct awsc_lambda_create_capacity_provider_input, propagate_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TelemetryConfig", &s_CapacityProviderTelemetryConfig, offsetof(struct awsc_lambda_create_capacity_provider_input, telemetry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CreateCapacityProviderRequest_by_wire_name[] = { 0, 4, 3, 5, 2, 7, 6, 8, 1 };

static const struct awsc_member awsc__lambda_CreateCapacityProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProvider", &s_CapacityProvider, offsetof(struct awsc_lambda_create_capacity_provider_output, capacity_provider), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CreateCapacityProviderResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_CreateCodeSigningConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Description", &s_Description, offsetof(struct awsc_lambda_create_code_signing_config_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowedPublishers", &s_AllowedPublishers, offsetof(struct awsc_lambda_create_code_signing_config_input, allowed_publishers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSigningPolicies", &s_CodeSigningPolicies, offsetof(struct awsc_lambda_create_code_signing_config_input, code_signing_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_Tags, offsetof(struct awsc_lambda_create_code_signing_config_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CreateCodeSigningConfigRequest_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member awsc__lambda_CreateCodeSigningConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfig", &s_CodeSigningConfig, offsetof(struct awsc_lambda_create_code_signing_config_output, code_signing_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CreateCodeSigningConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_CreateEventSourceMappingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EventSourceArn", &s_Arn, offsetof(struct awsc_lambda_create_event_source_mapping_input, event_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_create_event_source_mapping_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Enabled", &s_Enabled, offsetof(struct awsc_lambda_create_event_source_mapping_input, enabled), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BatchSize", &s_BatchSize, offsetof(struct awsc_lambda_create_event_source_mapping_input, batch_size), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_batch_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FilterCriteria", &s_FilterCriteria, offsetof(struct awsc_lambda_create_event_source_mapping_input, filter_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_create_event_source_mapping_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricsConfig", &s_EventSourceMappingMetricsConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, metrics_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LoggingConfig", &s_EventSourceMappingLoggingConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingConfig", &s_ScalingConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumBatchingWindowInSeconds", &s_MaximumBatchingWindowInSeconds, offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_maximum_batching_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ParallelizationFactor", &s_ParallelizationFactor, offsetof(struct awsc_lambda_create_event_source_mapping_input, parallelization_factor), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_parallelization_factor), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartingPosition", &s_EventSourcePosition, offsetof(struct awsc_lambda_create_event_source_mapping_input, starting_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartingPositionTimestamp", &s_Date, offsetof(struct awsc_lambda_create_event_source_mapping_input, starting_position_timestamp), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_starting_position_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationConfig", &s_DestinationConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumRecordAgeInSeconds", &s_MaximumRecordAgeInSeconds, offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_record_age_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_maximum_record_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BisectBatchOnFunctionError", &s_BisectBatchOnFunctionError, offsetof(struct awsc_lambda_create_event_source_mapping_input, bisect_batch_on_function_error), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_bisect_batch_on_function_error), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumRetryAttempts", &s_MaximumRetryAttemptsEventSourceMapping, offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_retry_attempts), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_Tags, offsetof(struct awsc_lambda_create_event_source_mapping_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TumblingWindowInSeconds", &s_TumblingWindowInSeconds, offsetof(struct awsc_lambda_create_event_source_mapping_input, tumbling_window_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_tumbling_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Topics", &s_Topics, offsetof(struct awsc_lambda_create_event_source_mapping_input, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Queues", &s_Queues, offsetof(struct awsc_lambda_create_event_source_mapping_input, queues), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceAccessConfigurations", &s_SourceAccessConfigurations, offsetof(struct awsc_lambda_create_event_source_mapping_input, source_access_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SelfManagedEventSource", &s_SelfManagedEventSource, offsetof(struct awsc_lambda_create_event_source_mapping_input, self_managed_event_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionResponseTypes", &s_FunctionResponseTypeList, offsetof(struct awsc_lambda_create_event_source_mapping_input, function_response_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AmazonManagedKafkaEventSourceConfig", &s_AmazonManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, amazon_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SelfManagedKafkaEventSourceConfig", &s_SelfManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, self_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DocumentDBEventSourceConfig", &s_DocumentDBEventSourceConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, document_db_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedPollerConfig", &s_ProvisionedPollerConfig, offsetof(struct awsc_lambda_create_event_source_mapping_input, provisioned_poller_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CreateEventSourceMappingRequest_by_wire_name[] = { 24, 3, 15, 13, 26, 2, 0, 4, 1, 23, 5, 7, 9, 14, 16, 6, 10, 27, 20, 8, 22, 25, 21, 11, 12, 17, 19, 18 };

static const struct awsc_member awsc__lambda_CreateFunctionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_create_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Runtime", &s_Runtime, offsetof(struct awsc_lambda_create_function_input, runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Role", &s_RoleArn, offsetof(struct awsc_lambda_create_function_input, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Handler", &s_Handler, offsetof(struct awsc_lambda_create_function_input, handler), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Code", &s_FunctionCode, offsetof(struct awsc_lambda_create_function_input, code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_create_function_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timeout", &s_Timeout, offsetof(struct awsc_lambda_create_function_input, timeout), offsetof(struct awsc_lambda_create_function_input, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MemorySize", &s_MemorySize, offsetof(struct awsc_lambda_create_function_input, memory_size), offsetof(struct awsc_lambda_create_function_input, has_memory_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Publish", &s_Boolean, offsetof(struct awsc_lambda_create_function_input, publish), offsetof(struct awsc_lambda_create_function_input, has_publish), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PublishTo", &s_FunctionVersionLatestPublished, offsetof(struct awsc_lambda_create_function_input, publish_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VpcConfig", &s_VpcConfig, offsetof(struct awsc_lambda_create_function_input, vpc_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PackageType", &s_PackageType, offsetof(struct awsc_lambda_create_function_input, package_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeadLetterConfig", &s_DeadLetterConfig, offsetof(struct awsc_lambda_create_function_input, dead_letter_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Environment", &s_Environment, offsetof(struct awsc_lambda_create_function_input, environment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_create_function_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TracingConfig", &s_TracingConfig, offsetof(struct awsc_lambda_create_function_input, tracing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_Tags, offsetof(struct awsc_lambda_create_function_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Layers", &s_LayerList, offsetof(struct awsc_lambda_create_function_input, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FileSystemConfigs", &s_FileSystemConfigList, offsetof(struct awsc_lambda_create_function_input, file_system_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSigningConfigArn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_create_function_input, code_signing_config_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImageConfig", &s_ImageConfig, offsetof(struct awsc_lambda_create_function_input, image_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Architectures", &s_ArchitecturesList, offsetof(struct awsc_lambda_create_function_input, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EphemeralStorage", &s_EphemeralStorage, offsetof(struct awsc_lambda_create_function_input, ephemeral_storage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SnapStart", &s_SnapStart, offsetof(struct awsc_lambda_create_function_input, snap_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LoggingConfig", &s_LoggingConfig, offsetof(struct awsc_lambda_create_function_input, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenancyConfig", &s_TenancyConfig, offsetof(struct awsc_lambda_create_function_input, tenancy_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CapacityProviderConfig", &s_CapacityProviderConfig, offsetof(struct awsc_lambda_create_function_input, capacity_provider_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurableConfig", &s_DurableConfig, offsetof(struct awsc_lambda_create_function_input, durable_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CreateFunctionRequest_by_wire_name[] = { 21, 26, 4, 19, 12, 5, 27, 13, 22, 18, 0, 3, 20, 14, 17, 24, 7, 11, 8, 9, 2, 1, 23, 16, 25, 6, 15, 10 };

static const struct awsc_member awsc__lambda_CreateFunctionUrlConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionUrlFunctionName, offsetof(struct awsc_lambda_create_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_FunctionUrlQualifier, offsetof(struct awsc_lambda_create_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"AuthType", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_create_function_url_config_input, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Cors", &s_Cors, offsetof(struct awsc_lambda_create_function_url_config_input, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvokeMode", &s_InvokeMode, offsetof(struct awsc_lambda_create_function_url_config_input, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CreateFunctionUrlConfigRequest_by_wire_name[] = { 2, 3, 0, 4, 1 };

static const struct awsc_member awsc__lambda_CreateFunctionUrlConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionUrl", &s_FunctionUrl, offsetof(struct awsc_lambda_create_function_url_config_output, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_FunctionArn, offsetof(struct awsc_lambda_create_function_url_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AuthType", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_create_function_url_config_output, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Cors", &s_Cors, offsetof(struct awsc_lambda_create_function_url_config_output, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreationTime", &s_Timestamp, offsetof(struct awsc_lambda_create_function_url_config_output, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvokeMode", &s_InvokeMode, offsetof(struct awsc_lambda_create_function_url_config_output, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_CreateFunctionUrlConfigResponse_by_wire_name[] = { 2, 3, 4, 1, 0, 5 };

static const struct awsc_member s_DeadLetterConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TargetArn", &s_ResourceArn, offsetof(struct awsc_lambda_dead_letter_config, target_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeadLetterConfig_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteAliasRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_delete_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Name", &s_Alias, offsetof(struct awsc_lambda_delete_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteAliasRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteCapacityProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviderName", &s_CapacityProviderName, offsetof(struct awsc_lambda_delete_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteCapacityProviderRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteCapacityProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProvider", &s_CapacityProvider, offsetof(struct awsc_lambda_delete_capacity_provider_output, capacity_provider), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteCapacityProviderResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteCodeSigningConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfigArn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_delete_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteCodeSigningConfigRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteEventSourceMappingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UUID", &s_UUIDString, offsetof(struct awsc_lambda_delete_event_source_mapping_input, uuid), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteEventSourceMappingRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteFunctionCodeSigningConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_delete_function_code_signing_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteFunctionCodeSigningConfigRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteFunctionConcurrencyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_delete_function_concurrency_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteFunctionConcurrencyRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteFunctionEventInvokeConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_delete_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_delete_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteFunctionEventInvokeConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteFunctionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_delete_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_delete_function_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteFunctionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteFunctionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StatusCode", &s_Integer, offsetof(struct awsc_lambda_delete_function_output, status_code), offsetof(struct awsc_lambda_delete_function_output, has_status_code), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteFunctionResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_DeleteFunctionUrlConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionUrlFunctionName, offsetof(struct awsc_lambda_delete_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_FunctionUrlQualifier, offsetof(struct awsc_lambda_delete_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteFunctionUrlConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteLayerVersionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LayerName", &s_LayerName, offsetof(struct awsc_lambda_delete_layer_version_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionNumber", &s_LayerVersionNumber, offsetof(struct awsc_lambda_delete_layer_version_input, version_number), offsetof(struct awsc_lambda_delete_layer_version_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteLayerVersionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_DeleteProvisionedConcurrencyConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_delete_provisioned_concurrency_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_Qualifier, offsetof(struct awsc_lambda_delete_provisioned_concurrency_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DeleteProvisionedConcurrencyConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_DestinationConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OnSuccess", &s_OnSuccess, offsetof(struct awsc_lambda_destination_config, on_success), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnFailure", &s_OnFailure, offsetof(struct awsc_lambda_destination_config, on_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DestinationConfig_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_DocumentDBEventSourceConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DatabaseName", &s_DatabaseName, offsetof(struct awsc_lambda_document_db_event_source_config, database_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CollectionName", &s_CollectionName, offsetof(struct awsc_lambda_document_db_event_source_config, collection_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FullDocument", &s_FullDocument, offsetof(struct awsc_lambda_document_db_event_source_config, full_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DocumentDBEventSourceConfig_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_DurableConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"KMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_durable_config, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RetentionPeriodInDays", &s_RetentionPeriodInDays, offsetof(struct awsc_lambda_durable_config, retention_period_in_days), offsetof(struct awsc_lambda_durable_config, has_retention_period_in_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionTimeout", &s_ExecutionTimeout, offsetof(struct awsc_lambda_durable_config, execution_timeout), offsetof(struct awsc_lambda_durable_config, has_execution_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DurableConfig_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__lambda_DurableExecutionAlreadyStartedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_durable_execution_already_started_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_durable_execution_already_started_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_DurableExecutionAlreadyStartedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EC2AccessDeniedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_ec2_access_denied_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_ec2_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_EC2AccessDeniedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EC2ThrottledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_ec2_throttled_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_ec2_throttled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_EC2ThrottledException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EC2UnexpectedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_ec2_unexpected_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_ec2_unexpected_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EC2ErrorCode", &s_String, offsetof(struct awsc_lambda_ec2_unexpected_exception, ec2_error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_EC2UnexpectedException_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__lambda_EFSIOException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_efsio_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_efsio_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_EFSIOException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EFSMountConnectivityException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_efs_mount_connectivity_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_efs_mount_connectivity_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_EFSMountConnectivityException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EFSMountFailureException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_efs_mount_failure_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_efs_mount_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_EFSMountFailureException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_EFSMountTimeoutException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_efs_mount_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_efs_mount_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_EFSMountTimeoutException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ENILimitReachedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_eni_limit_reached_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_eni_limit_reached_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ENILimitReachedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ENINotReadyException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_eni_not_ready_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_eni_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ENINotReadyException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Environment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Variables", &s_EnvironmentVariables, offsetof(struct awsc_lambda_environment, variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Environment_by_wire_name[] = { 0 };

static const struct awsc_member s_EnvironmentError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorCode", &s_String, offsetof(struct awsc_lambda_environment_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_SensitiveString, offsetof(struct awsc_lambda_environment_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EnvironmentError_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_EnvironmentResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Variables", &s_EnvironmentVariables, offsetof(struct awsc_lambda_environment_response, variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_EnvironmentError, offsetof(struct awsc_lambda_environment_response, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EnvironmentResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_EphemeralStorage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Size", &s_EphemeralStorageSize, offsetof(struct awsc_lambda_ephemeral_storage, size), offsetof(struct awsc_lambda_ephemeral_storage, has_size), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EphemeralStorage_by_wire_name[] = { 0 };

static const struct awsc_member s_ErrorObject_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorMessage", &s_ErrorMessage, offsetof(struct awsc_lambda_error_object, error_message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorType", &s_ErrorType, offsetof(struct awsc_lambda_error_object, error_type), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorData", &s_ErrorData, offsetof(struct awsc_lambda_error_object, error_data), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StackTrace", &s_StackTraceEntries, offsetof(struct awsc_lambda_error_object, stack_trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ErrorObject_by_wire_name[] = { 2, 0, 1, 3 };

static const struct awsc_member s_Event_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EventType", &s_EventType, offsetof(struct awsc_lambda_event, event_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubType", &s_OperationSubType, offsetof(struct awsc_lambda_event, sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventId", &s_EventId, offsetof(struct awsc_lambda_event, event_id), offsetof(struct awsc_lambda_event, has_event_id), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Id", &s_OperationId, offsetof(struct awsc_lambda_event, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_OperationName, offsetof(struct awsc_lambda_event, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_event, event_timestamp), offsetof(struct awsc_lambda_event, has_event_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ParentId", &s_OperationId, offsetof(struct awsc_lambda_event, parent_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionStartedDetails", &s_ExecutionStartedDetails, offsetof(struct awsc_lambda_event, execution_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionSucceededDetails", &s_ExecutionSucceededDetails, offsetof(struct awsc_lambda_event, execution_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionFailedDetails", &s_ExecutionFailedDetails, offsetof(struct awsc_lambda_event, execution_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionTimedOutDetails", &s_ExecutionTimedOutDetails, offsetof(struct awsc_lambda_event, execution_timed_out_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionStoppedDetails", &s_ExecutionStoppedDetails, offsetof(struct awsc_lambda_event, execution_stopped_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextStartedDetails", &s_ContextStartedDetails, offsetof(struct awsc_lambda_event, context_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextSucceededDetails", &s_ContextSucceededDetails, offsetof(struct awsc_lambda_event, context_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextFailedDetails", &s_ContextFailedDetails, offsetof(struct awsc_lambda_event, context_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WaitStartedDetails", &s_WaitStartedDetails, offsetof(struct awsc_lambda_event, wait_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WaitSucceededDetails", &s_WaitSucceededDetails, offsetof(struct awsc_lambda_event, wait_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WaitCancelledDetails", &s_WaitCancelledDetails, offsetof(struct awsc_lambda_event, wait_cancelled_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StepStartedDetails", &s_StepStartedDetails, offsetof(struct awsc_lambda_event, step_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StepSucceededDetails", &s_StepSucceededDetails, offsetof(struct awsc_lambda_event, step_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StepFailedDetails", &s_StepFailedDetails, offsetof(struct awsc_lambda_event, step_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChainedInvokeStartedDetails", &s_ChainedInvokeStartedDetails, offsetof(struct awsc_lambda_event, chained_invoke_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChainedInvokeSucceededDetails", &s_ChainedInvokeSucceededDetails, offsetof(struct awsc_lambda_event, chained_invoke_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChainedInvokeFailedDetails", &s_ChainedInvokeFailedDetails, offsetof(struct awsc_lambda_event, chained_invoke_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChainedInvokeTimedOutDetails", &s_ChainedInvokeTimedOutDetails, offsetof(struct awsc_lambda_event, chained_invoke_timed_out_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChainedInvokeStoppedDetails", &s_ChainedInvokeStoppedDetails, offsetof(struct awsc_lambda_event, chained_invoke_stopped_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CallbackStartedDetails", &s_CallbackStartedDetails, offsetof(struct awsc_lambda_event, callback_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CallbackSucceededDetails", &s_CallbackSucceededDetails, offsetof(struct awsc_lambda_event, callback_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CallbackFailedDetails", &s_CallbackFailedDetails, offsetof(struct awsc_lambda_event, callback_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CallbackTimedOutDetails", &s_CallbackTimedOutDetails, offsetof(struct awsc_lambda_event, callback_timed_out_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvocationCompletedDetails", &s_InvocationCompletedDetails, offsetof(struct awsc_lambda_event, invocation_completed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Event_by_wire_name[] = { 28, 26, 27, 29, 23, 21, 25, 22, 24, 14, 12, 13, 2, 5, 0, 9, 7, 11, 8, 10, 3, 30, 4, 6, 20, 18, 19, 1, 17, 15, 16 };

static const struct awsc_member s_EventError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Payload", &s_ErrorObject, offsetof(struct awsc_lambda_event_error, payload), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Truncated", &s_Truncated, offsetof(struct awsc_lambda_event_error, truncated), offsetof(struct awsc_lambda_event_error, has_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EventError_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_EventInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Payload", &s_InputPayload, offsetof(struct awsc_lambda_event_input, payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Truncated", &s_Truncated, offsetof(struct awsc_lambda_event_input, truncated), offsetof(struct awsc_lambda_event_input, has_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EventInput_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_EventResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Payload", &s_OperationPayload, offsetof(struct awsc_lambda_event_result, payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Truncated", &s_Truncated, offsetof(struct awsc_lambda_event_result, truncated), offsetof(struct awsc_lambda_event_result, has_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EventResult_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_EventSourceMappingConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UUID", &s_UUIDString, offsetof(struct awsc_lambda_event_source_mapping_configuration, uuid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartingPosition", &s_EventSourcePosition, offsetof(struct awsc_lambda_event_source_mapping_configuration, starting_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartingPositionTimestamp", &s_Date, offsetof(struct awsc_lambda_event_source_mapping_configuration, starting_position_timestamp), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_starting_position_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BatchSize", &s_BatchSize, offsetof(struct awsc_lambda_event_source_mapping_configuration, batch_size), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_batch_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumBatchingWindowInSeconds", &s_MaximumBatchingWindowInSeconds, offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_maximum_batching_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ParallelizationFactor", &s_ParallelizationFactor, offsetof(struct awsc_lambda_event_source_mapping_configuration, parallelization_factor), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_parallelization_factor), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventSourceArn", &s_Arn, offsetof(struct awsc_lambda_event_source_mapping_configuration, event_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FilterCriteria", &s_FilterCriteria, offsetof(struct awsc_lambda_event_source_mapping_configuration, filter_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FilterCriteriaError", &s_FilterCriteriaError, offsetof(struct awsc_lambda_event_source_mapping_configuration, filter_criteria_error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_event_source_mapping_configuration, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricsConfig", &s_EventSourceMappingMetricsConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, metrics_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LoggingConfig", &s_EventSourceMappingLoggingConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingConfig", &s_ScalingConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_FunctionArn, offsetof(struct awsc_lambda_event_source_mapping_configuration, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_Date, offsetof(struct awsc_lambda_event_source_mapping_configuration, last_modified), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastProcessingResult", &s_String, offsetof(struct awsc_lambda_event_source_mapping_configuration, last_processing_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"State", &s_String, offsetof(struct awsc_lambda_event_source_mapping_configuration, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateTransitionReason", &s_String, offsetof(struct awsc_lambda_event_source_mapping_configuration, state_transition_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationConfig", &s_DestinationConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Topics", &s_Topics, offsetof(struct awsc_lambda_event_source_mapping_configuration, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Queues", &s_Queues, offsetof(struct awsc_lambda_event_source_mapping_configuration, queues), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceAccessConfigurations", &s_SourceAccessConfigurations, offsetof(struct awsc_lambda_event_source_mapping_configuration, source_access_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SelfManagedEventSource", &s_SelfManagedEventSource, offsetof(struct awsc_lambda_event_source_mapping_configuration, self_managed_event_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumRecordAgeInSeconds", &s_MaximumRecordAgeInSeconds, offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_record_age_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_maximum_record_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BisectBatchOnFunctionError", &s_BisectBatchOnFunctionError, offsetof(struct awsc_lambda_event_source_mapping_configuration, bisect_batch_on_function_error), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_bisect_batch_on_function_error), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumRetryAttempts", &s_MaximumRetryAttemptsEventSourceMapping, offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_retry_attempts), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TumblingWindowInSeconds", &s_TumblingWindowInSeconds, offsetof(struct awsc_lambda_event_source_mapping_configuration, tumbling_window_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_tumbling_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionResponseTypes", &s_FunctionResponseTypeList, offsetof(struct awsc_lambda_event_source_mapping_configuration, function_response_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AmazonManagedKafkaEventSourceConfig", &s_AmazonManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, amazon_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SelfManagedKafkaEventSourceConfig", &s_SelfManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, self_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DocumentDBEventSourceConfig", &s_DocumentDBEventSourceConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, document_db_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventSourceMappingArn", &s_EventSourceMappingArn, offsetof(struct awsc_lambda_event_source_mapping_configuration, event_source_mapping_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedPollerConfig", &s_ProvisionedPollerConfig, offsetof(struct awsc_lambda_event_source_mapping_configuration, provisioned_poller_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_EventSourceMappingConfiguration_by_wire_name[] = { 28, 3, 24, 18, 30, 6, 31, 7, 8, 13, 27, 9, 14, 15, 11, 4, 23, 25, 10, 5, 32, 20, 12, 22, 29, 21, 1, 2, 16, 17, 19, 26, 0 };

static const struct awsc_member s_EventSourceMappingLoggingConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SystemLogLevel", &s_EventSourceMappingSystemLogLevel, offsetof(struct awsc_lambda_event_source_mapping_logging_config, system_log_level), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EventSourceMappingLoggingConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_EventSourceMappingMetricsConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Metrics", &s_EventSourceMappingMetricList, offsetof(struct awsc_lambda_event_source_mapping_metrics_config, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EventSourceMappingMetricsConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_Execution_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DurableExecutionArn", &s_DurableExecutionArn, offsetof(struct awsc_lambda_execution, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurableExecutionName", &s_DurableExecutionName, offsetof(struct awsc_lambda_execution, durable_execution_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_NameSpacedFunctionArn, offsetof(struct awsc_lambda_execution, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_ExecutionStatus, offsetof(struct awsc_lambda_execution, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_execution, start_timestamp), offsetof(struct awsc_lambda_execution, has_start_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_execution, end_timestamp), offsetof(struct awsc_lambda_execution, has_end_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_execution, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Execution_by_wire_name[] = { 0, 1, 5, 2, 6, 4, 3 };

static const struct awsc_member s_ExecutionDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InputPayload", &s_InputPayload, offsetof(struct awsc_lambda_execution_details, input_payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExecutionDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_ExecutionFailedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_execution_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExecutionFailedDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_ExecutionStartedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Input", &s_EventInput, offsetof(struct awsc_lambda_execution_started_details, input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionTimeout", &s_DurationSeconds, offsetof(struct awsc_lambda_execution_started_details, execution_timeout), offsetof(struct awsc_lambda_execution_started_details, has_execution_timeout), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExecutionStartedDetails_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ExecutionStoppedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_execution_stopped_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExecutionStoppedDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_ExecutionSucceededDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Result", &s_EventResult, offsetof(struct awsc_lambda_execution_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExecutionSucceededDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_ExecutionTimedOutDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_execution_timed_out_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExecutionTimedOutDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_FileSystemConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_FileSystemArn, offsetof(struct awsc_lambda_file_system_config, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LocalMountPath", &s_LocalMountPath, offsetof(struct awsc_lambda_file_system_config, local_mount_path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FileSystemConfig_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Filter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Pattern", &s_Pattern, offsetof(struct awsc_lambda_filter, pattern), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Filter_by_wire_name[] = { 0 };

static const struct awsc_member s_FilterCriteria_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Filters", &s_FilterList, offsetof(struct awsc_lambda_filter_criteria, filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FilterCriteria_by_wire_name[] = { 0 };

static const struct awsc_member s_FilterCriteriaError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorCode", &s_FilterCriteriaErrorCode, offsetof(struct awsc_lambda_filter_criteria_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_FilterCriteriaErrorMessage, offsetof(struct awsc_lambda_filter_criteria_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FilterCriteriaError_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_FunctionCode_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ZipFile", &s_Blob, offsetof(struct awsc_lambda_function_code, zip_file), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Bucket", &s_S3Bucket, offsetof(struct awsc_lambda_function_code, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Key", &s_S3Key, offsetof(struct awsc_lambda_function_code, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3ObjectVersion", &s_S3ObjectVersion, offsetof(struct awsc_lambda_function_code, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3ObjectStorageMode", &s_S3ObjectStorageMode, offsetof(struct awsc_lambda_function_code, s3_object_storage_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImageUri", &s_String, offsetof(struct awsc_lambda_function_code, image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceKMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_function_code, source_kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FunctionCode_by_wire_name[] = { 5, 1, 2, 4, 3, 6, 0 };

static const struct awsc_member s_FunctionCodeLocation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RepositoryType", &s_String, offsetof(struct awsc_lambda_function_code_location, repository_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Location", &s_SensitiveStringOnServerOnly, offsetof(struct awsc_lambda_function_code_location, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImageUri", &s_String, offsetof(struct awsc_lambda_function_code_location, image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResolvedImageUri", &s_String, offsetof(struct awsc_lambda_function_code_location, resolved_image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResolvedS3Object", &s_ResolvedS3Object, offsetof(struct awsc_lambda_function_code_location, resolved_s3_object), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceKMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_function_code_location, source_kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_FunctionCodeLocationError, offsetof(struct awsc_lambda_function_code_location, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FunctionCodeLocation_by_wire_name[] = { 6, 2, 1, 0, 3, 4, 5 };

static const struct awsc_member s_FunctionCodeLocationError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorCode", &s_String, offsetof(struct awsc_lambda_function_code_location_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_SensitiveString, offsetof(struct awsc_lambda_function_code_location_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FunctionCodeLocationError_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_FunctionConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_function_configuration, function_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_NameSpacedFunctionArn, offsetof(struct awsc_lambda_function_configuration, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Runtime", &s_Runtime, offsetof(struct awsc_lambda_function_configuration, runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Role", &s_RoleArn, offsetof(struct awsc_lambda_function_configuration, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Handler", &s_Handler, offsetof(struct awsc_lambda_function_configuration, handler), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSize", &s_Long, offsetof(struct awsc_lambda_function_configuration, code_size), offsetof(struct awsc_lambda_function_configuration, has_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_function_configuration, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timeout", &s_Timeout, offsetof(struct awsc_lambda_function_configuration, timeout), offsetof(struct awsc_lambda_function_configuration, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MemorySize", &s_MemorySize, offsetof(struct awsc_lambda_function_configuration, memory_size), offsetof(struct awsc_lambda_function_configuration, has_memory_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_Timestamp, offsetof(struct awsc_lambda_function_configuration, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSha256", &s_String, offsetof(struct awsc_lambda_function_configuration, code_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Version", &s_Version, offsetof(struct awsc_lambda_function_configuration, version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VpcConfig", &s_VpcConfigResponse, offsetof(struct awsc_lambda_function_configuration, vpc_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeadLetterConfig", &s_DeadLetterConfig, offsetof(struct awsc_lambda_function_configuration, dead_letter_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Environment", &s_EnvironmentResponse, offsetof(struct awsc_lambda_function_configuration, environment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_function_configuration, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TracingConfig", &s_TracingConfigResponse, offsetof(struct awsc_lambda_function_configuration, tracing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MasterArn", &s_FunctionArn, offsetof(struct awsc_lambda_function_configuration, master_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_function_configuration, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Layers", &s_LayersReferenceList, offsetof(struct awsc_lambda_function_configuration, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"State", &s_State, offsetof(struct awsc_lambda_function_configuration, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReason", &s_StateReason, offsetof(struct awsc_lambda_function_configuration, state_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StateReasonCode", &s_StateReasonCode, offsetof(struct awsc_lambda_function_configuration, state_reason_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateStatus", &s_LastUpdateStatus, offsetof(struct awsc_lambda_function_configuration, last_update_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateStatusReason", &s_LastUpdateStatusReason, offsetof(struct awsc_lambda_function_configuration, last_update_status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateStatusReasonCode", &s_LastUpdateStatusReasonCode, offsetof(struct awsc_lambda_function_configuration, last_update_status_reason_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FileSystemConfigs", &s_FileSystemConfigList, offsetof(struct awsc_lambda_function_configuration, file_system_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningProfileVersionArn", &s_Arn, offsetof(struct awsc_lambda_function_configuration, signing_profile_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningJobArn", &s_Arn, offsetof(struct awsc_lambda_function_configuration, signing_job_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PackageType", &s_PackageType, offsetof(struct awsc_lambda_function_configuration, package_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImageConfigResponse", &s_ImageConfigResponse, offsetof(struct awsc_lambda_function_configuration, image_config_response), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Architectures", &s_ArchitecturesList, offsetof(struct awsc_lambda_function_configuration, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EphemeralStorage", &s_EphemeralStorage, offsetof(struct awsc_lambda_function_configuration, ephemeral_storage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SnapStart", &s_SnapStartResponse, offsetof(struct awsc_lambda_function_configuration, snap_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RuntimeVersionConfig", &s_RuntimeVersionConfig, offsetof(struct awsc_lambda_function_configuration, runtime_version_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LoggingConfig", &s_LoggingConfig, offsetof(struct awsc_lambda_function_configuration, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenancyConfig", &s_TenancyConfig, offsetof(struct awsc_lambda_function_configuration, tenancy_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CapacityProviderConfig", &s_CapacityProviderConfig, offsetof(struct awsc_lambda_function_configuration, capacity_provider_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConfigSha256", &s_String, offsetof(struct awsc_lambda_function_configuration, config_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurableConfig", &s_DurableConfig, offsetof(struct awsc_lambda_function_configuration, durable_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_FunctionConfiguration_by_wire_name[] = { 31, 37, 10, 5, 38, 13, 6, 39, 14, 32, 26, 1, 0, 4, 30, 15, 9, 23, 24, 25, 19, 35, 17, 8, 29, 18, 3, 2, 34, 28, 27, 33, 20, 21, 22, 36, 7, 16, 11, 12 };

static const struct awsc_member awsc__lambda_FunctionEventInvokeConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LastModified", &s_Date, offsetof(struct awsc_lambda_function_event_invoke_config, last_modified), offsetof(struct awsc_lambda_function_event_invoke_config, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_FunctionArn, offsetof(struct awsc_lambda_function_event_invoke_config, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumRetryAttempts", &s_MaximumRetryAttempts, offsetof(struct awsc_lambda_function_event_invoke_config, maximum_retry_attempts), offsetof(struct awsc_lambda_function_event_invoke_config, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumEventAgeInSeconds", &s_MaximumEventAgeInSeconds, offsetof(struct awsc_lambda_function_event_invoke_config, maximum_event_age_in_seconds), offsetof(struct awsc_lambda_function_event_invoke_config, has_maximum_event_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationConfig", &s_DestinationConfig, offsetof(struct awsc_lambda_function_event_invoke_config, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_FunctionEventInvokeConfig_by_wire_name[] = { 4, 1, 0, 3, 2 };

static const struct awsc_member s_FunctionScalingConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MinExecutionEnvironments", &s_FunctionScalingConfigExecutionEnvironments, offsetof(struct awsc_lambda_function_scaling_config, min_execution_environments), offsetof(struct awsc_lambda_function_scaling_config, has_min_execution_environments), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxExecutionEnvironments", &s_FunctionScalingConfigExecutionEnvironments, offsetof(struct awsc_lambda_function_scaling_config, max_execution_environments), offsetof(struct awsc_lambda_function_scaling_config, has_max_execution_environments), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FunctionScalingConfig_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_FunctionUrlConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionUrl", &s_FunctionUrl, offsetof(struct awsc_lambda_function_url_config, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_FunctionArn, offsetof(struct awsc_lambda_function_url_config, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreationTime", &s_Timestamp, offsetof(struct awsc_lambda_function_url_config, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModifiedTime", &s_Timestamp, offsetof(struct awsc_lambda_function_url_config, last_modified_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Cors", &s_Cors, offsetof(struct awsc_lambda_function_url_config, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AuthType", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_function_url_config, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvokeMode", &s_InvokeMode, offsetof(struct awsc_lambda_function_url_config, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FunctionUrlConfig_by_wire_name[] = { 5, 4, 2, 1, 0, 6, 3 };

static const struct awsc_member s_FunctionVersionsByCapacityProviderListItem_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionArn", &s_NameSpacedFunctionArn, offsetof(struct awsc_lambda_function_versions_by_capacity_provider_list_item, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"State", &s_State, offsetof(struct awsc_lambda_function_versions_by_capacity_provider_list_item, state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FunctionVersionsByCapacityProviderListItem_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_FunctionVersionsPerCapacityProviderLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_FunctionVersionsPerCapacityProviderLimitExceededException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetAccountSettingsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccountLimit", &s_AccountLimit, offsetof(struct awsc_lambda_get_account_settings_output, account_limit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccountUsage", &s_AccountUsage, offsetof(struct awsc_lambda_get_account_settings_output, account_usage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetAccountSettingsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetAliasRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_get_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Name", &s_Alias, offsetof(struct awsc_lambda_get_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetAliasRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetCapacityProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviderName", &s_CapacityProviderName, offsetof(struct awsc_lambda_get_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetCapacityProviderRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetCapacityProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProvider", &s_CapacityProvider, offsetof(struct awsc_lambda_get_capacity_provider_output, capacity_provider), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetCapacityProviderResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetCodeSigningConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfigArn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_get_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetCodeSigningConfigRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetCodeSigningConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfig", &s_CodeSigningConfig, offsetof(struct awsc_lambda_get_code_signing_config_output, code_signing_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetCodeSigningConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetDurableExecutionHistoryRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DurableExecutionArn", &s_DurableExecutionArn, offsetof(struct awsc_lambda_get_durable_execution_history_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"IncludeExecutionData", &s_IncludeExecutionData, offsetof(struct awsc_lambda_get_durable_execution_history_input, include_execution_data), offsetof(struct awsc_lambda_get_durable_execution_history_input, has_include_execution_data), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_ItemCount, offsetof(struct awsc_lambda_get_durable_execution_history_input, max_items), offsetof(struct awsc_lambda_get_durable_execution_history_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_get_durable_execution_history_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ReverseOrder", &s_ReverseOrder, offsetof(struct awsc_lambda_get_durable_execution_history_input, reverse_order), offsetof(struct awsc_lambda_get_durable_execution_history_input, has_reverse_order), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetDurableExecutionHistoryRequest_by_wire_name[] = { 0, 1, 3, 2, 4 };

static const struct awsc_member awsc__lambda_GetDurableExecutionHistoryResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Events", &s_Events, offsetof(struct awsc_lambda_get_durable_execution_history_output, events), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_get_durable_execution_history_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetDurableExecutionHistoryResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetDurableExecutionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DurableExecutionArn", &s_DurableExecutionArn, offsetof(struct awsc_lambda_get_durable_execution_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"IncludeExecutionData", &s_IncludeExecutionData, offsetof(struct awsc_lambda_get_durable_execution_input, include_execution_data), offsetof(struct awsc_lambda_get_durable_execution_input, has_include_execution_data), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetDurableExecutionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetDurableExecutionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DurableExecutionArn", &s_DurableExecutionArn, offsetof(struct awsc_lambda_get_durable_execution_output, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurableExecutionName", &s_DurableExecutionName, offsetof(struct awsc_lambda_get_durable_execution_output, durable_execution_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_NameSpacedFunctionArn, offsetof(struct awsc_lambda_get_durable_execution_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InputPayload", &s_InputPayload, offsetof(struct awsc_lambda_get_durable_execution_output, input_payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Result", &s_OutputPayload, offsetof(struct awsc_lambda_get_durable_execution_output, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorObject, offsetof(struct awsc_lambda_get_durable_execution_output, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_get_durable_execution_output, start_timestamp), offsetof(struct awsc_lambda_get_durable_execution_output, has_start_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_ExecutionStatus, offsetof(struct awsc_lambda_get_durable_execution_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_get_durable_execution_output, end_timestamp), offsetof(struct awsc_lambda_get_durable_execution_output, has_end_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Version", &s_VersionWithLatestPublished, offsetof(struct awsc_lambda_get_durable_execution_output, version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TraceHeader", &s_TraceHeader, offsetof(struct awsc_lambda_get_durable_execution_output, trace_header), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionDataIncluded", &s_ExecutionDataIncluded, offsetof(struct awsc_lambda_get_durable_execution_output, execution_data_included), offsetof(struct awsc_lambda_get_durable_execution_output, has_execution_data_included), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurableConfig", &s_DurableConfig, offsetof(struct awsc_lambda_get_durable_execution_output, durable_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetDurableExecutionResponse_by_wire_name[] = { 12, 0, 1, 8, 5, 11, 2, 3, 4, 6, 7, 10, 9 };

static const struct awsc_member awsc__lambda_GetDurableExecutionStateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DurableExecutionArn", &s_DurableExecutionArn, offsetof(struct awsc_lambda_get_durable_execution_state_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CheckpointToken", &s_CheckpointToken, offsetof(struct awsc_lambda_get_durable_execution_state_input, checkpoint_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_get_durable_execution_state_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_ItemCount, offsetof(struct awsc_lambda_get_durable_execution_state_input, max_items), offsetof(struct awsc_lambda_get_durable_execution_state_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetDurableExecutionStateRequest_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member awsc__lambda_GetDurableExecutionStateResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Operations", &s_Operations, offsetof(struct awsc_lambda_get_durable_execution_state_output, operations), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_get_durable_execution_state_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetDurableExecutionStateResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_GetEventSourceMappingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UUID", &s_UUIDString, offsetof(struct awsc_lambda_get_event_source_mapping_input, uuid), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetEventSourceMappingRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionCodeSigningConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_get_function_code_signing_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionCodeSigningConfigRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionCodeSigningConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfigArn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_get_function_code_signing_config_output, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_get_function_code_signing_config_output, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionCodeSigningConfigResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionConcurrencyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_get_function_concurrency_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionConcurrencyRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionConcurrencyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReservedConcurrentExecutions", &s_ReservedConcurrentExecutions, offsetof(struct awsc_lambda_get_function_concurrency_output, reserved_concurrent_executions), offsetof(struct awsc_lambda_get_function_concurrency_output, has_reserved_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionConcurrencyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_get_function_configuration_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_get_function_configuration_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionConfigurationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionEventInvokeConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_get_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_get_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionEventInvokeConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionRecursionConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_UnqualifiedFunctionName, offsetof(struct awsc_lambda_get_function_recursion_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionRecursionConfigRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionRecursionConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RecursiveLoop", &s_RecursiveLoop, offsetof(struct awsc_lambda_get_function_recursion_config_output, recursive_loop), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionRecursionConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetFunctionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_get_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_get_function_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Configuration", &awsc__lambda_FunctionConfiguration, offsetof(struct awsc_lambda_get_function_output, configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Code", &s_FunctionCodeLocation, offsetof(struct awsc_lambda_get_function_output, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_Tags, offsetof(struct awsc_lambda_get_function_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagsError", &s_TagsError, offsetof(struct awsc_lambda_get_function_output, tags_error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Concurrency", &awsc__lambda_Concurrency, offsetof(struct awsc_lambda_get_function_output, concurrency), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionResponse_by_wire_name[] = { 1, 4, 0, 2, 3 };

static const struct awsc_member awsc__lambda_GetFunctionScalingConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_UnqualifiedFunctionName, offsetof(struct awsc_lambda_get_function_scaling_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_PublishedFunctionQualifier, offsetof(struct awsc_lambda_get_function_scaling_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionScalingConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionScalingConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionArn", &s_FunctionArn, offsetof(struct awsc_lambda_get_function_scaling_config_output, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AppliedFunctionScalingConfig", &s_FunctionScalingConfig, offsetof(struct awsc_lambda_get_function_scaling_config_output, applied_function_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestedFunctionScalingConfig", &s_FunctionScalingConfig, offsetof(struct awsc_lambda_get_function_scaling_config_output, requested_function_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionScalingConfigResponse_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__lambda_GetFunctionUrlConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionUrlFunctionName, offsetof(struct awsc_lambda_get_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_FunctionUrlQualifier, offsetof(struct awsc_lambda_get_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionUrlConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetFunctionUrlConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionUrl", &s_FunctionUrl, offsetof(struct awsc_lambda_get_function_url_config_output, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_FunctionArn, offsetof(struct awsc_lambda_get_function_url_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AuthType", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_get_function_url_config_output, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Cors", &s_Cors, offsetof(struct awsc_lambda_get_function_url_config_output, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreationTime", &s_Timestamp, offsetof(struct awsc_lambda_get_function_url_config_output, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModifiedTime", &s_Timestamp, offsetof(struct awsc_lambda_get_function_url_config_output, last_modified_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvokeMode", &s_InvokeMode, offsetof(struct awsc_lambda_get_function_url_config_output, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetFunctionUrlConfigResponse_by_wire_name[] = { 2, 3, 4, 1, 0, 6, 5 };

static const struct awsc_member awsc__lambda_GetLayerVersionByArnRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_LayerVersionArn, offsetof(struct awsc_lambda_get_layer_version_by_arn_input, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetLayerVersionByArnRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_GetLayerVersionPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LayerName", &s_LayerName, offsetof(struct awsc_lambda_get_layer_version_policy_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionNumber", &s_LayerVersionNumber, offsetof(struct awsc_lambda_get_layer_version_policy_input, version_number), offsetof(struct awsc_lambda_get_layer_version_policy_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetLayerVersionPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetLayerVersionPolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Policy", &s_String, offsetof(struct awsc_lambda_get_layer_version_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_get_layer_version_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetLayerVersionPolicyResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetLayerVersionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LayerName", &s_LayerName, offsetof(struct awsc_lambda_get_layer_version_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionNumber", &s_LayerVersionNumber, offsetof(struct awsc_lambda_get_layer_version_input, version_number), offsetof(struct awsc_lambda_get_layer_version_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetLayerVersionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetLayerVersionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Content", &s_LayerVersionContentOutput, offsetof(struct awsc_lambda_get_layer_version_response, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LayerArn", &s_LayerArn, offsetof(struct awsc_lambda_get_layer_version_response, layer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LayerVersionArn", &s_LayerVersionArn, offsetof(struct awsc_lambda_get_layer_version_response, layer_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_get_layer_version_response, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedDate", &s_Timestamp, offsetof(struct awsc_lambda_get_layer_version_response, created_date), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Version", &s_LayerVersionNumber, offsetof(struct awsc_lambda_get_layer_version_response, version), offsetof(struct awsc_lambda_get_layer_version_response, has_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompatibleArchitectures", &s_CompatibleArchitectures, offsetof(struct awsc_lambda_get_layer_version_response, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompatibleRuntimes", &s_CompatibleRuntimes, offsetof(struct awsc_lambda_get_layer_version_response, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LicenseInfo", &s_LicenseInfo, offsetof(struct awsc_lambda_get_layer_version_response, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetLayerVersionResponse_by_wire_name[] = { 6, 7, 0, 4, 3, 1, 2, 8, 5 };

static const struct awsc_member awsc__lambda_GetPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_get_policy_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_get_policy_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetPolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Policy", &s_String, offsetof(struct awsc_lambda_get_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_get_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetPolicyResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetProvisionedConcurrencyConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_Qualifier, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetProvisionedConcurrencyConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetProvisionedConcurrencyConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestedProvisionedConcurrentExecutions", &s_PositiveInteger, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, has_requested_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AvailableProvisionedConcurrentExecutions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, has_available_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllocatedProvisionedConcurrentExecutions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, has_allocated_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_ProvisionedConcurrencyStatusEnum, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StatusReason", &s_String, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_Timestamp, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetProvisionedConcurrencyConfigResponse_by_wire_name[] = { 2, 1, 5, 0, 3, 4 };

static const struct awsc_member awsc__lambda_GetRuntimeManagementConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_get_runtime_management_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_get_runtime_management_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetRuntimeManagementConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_GetRuntimeManagementConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UpdateRuntimeOn", &s_UpdateRuntimeOn, offsetof(struct awsc_lambda_get_runtime_management_config_output, update_runtime_on), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_NameSpacedFunctionArn, offsetof(struct awsc_lambda_get_runtime_management_config_output, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RuntimeVersionArn", &s_RuntimeVersionArn, offsetof(struct awsc_lambda_get_runtime_management_config_output, runtime_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_GetRuntimeManagementConfigResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_ImageConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EntryPoint", &s_StringList, offsetof(struct awsc_lambda_image_config, entry_point), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Command", &s_StringList, offsetof(struct awsc_lambda_image_config, command), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WorkingDirectory", &s_WorkingDirectory, offsetof(struct awsc_lambda_image_config, working_directory), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImageConfig_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_ImageConfigError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorCode", &s_String, offsetof(struct awsc_lambda_image_config_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_SensitiveString, offsetof(struct awsc_lambda_image_config_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImageConfigError_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ImageConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImageConfig", &s_ImageConfig, offsetof(struct awsc_lambda_image_config_response, image_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ImageConfigError, offsetof(struct awsc_lambda_image_config_response, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImageConfigResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_InstanceRequirements_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Architectures", &s_ArchitecturesList, offsetof(struct awsc_lambda_instance_requirements, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowedInstanceTypes", &s_InstanceTypeSet, offsetof(struct awsc_lambda_instance_requirements, allowed_instance_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExcludedInstanceTypes", &s_InstanceTypeSet, offsetof(struct awsc_lambda_instance_requirements, excluded_instance_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InstanceRequirements_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__lambda_InvalidCodeSignatureException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_invalid_code_signature_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_invalid_code_signature_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvalidCodeSignatureException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvalidParameterValueException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_invalid_parameter_value_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_invalid_parameter_value_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvalidParameterValueException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_InvalidRequestContentException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_invalid_request_content_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_invalid_request_content_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvalidRequestContentException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_InvalidRuntimeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_invalid_runtime_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_invalid_runtime_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvalidRuntimeException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvalidSecurityGroupIDException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_invalid_security_group_id_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_invalid_security_group_id_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvalidSecurityGroupIDException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvalidSubnetIDException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_invalid_subnet_id_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_invalid_subnet_id_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvalidSubnetIDException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_InvalidZipFileException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_invalid_zip_file_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_invalid_zip_file_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvalidZipFileException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_InvocationCompletedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StartTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_invocation_completed_details, start_timestamp), offsetof(struct awsc_lambda_invocation_completed_details, has_start_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_invocation_completed_details, end_timestamp), offsetof(struct awsc_lambda_invocation_completed_details, has_end_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestId", &s_String, offsetof(struct awsc_lambda_invocation_completed_details, request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_EventError, offsetof(struct awsc_lambda_invocation_completed_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InvocationCompletedDetails_by_wire_name[] = { 1, 3, 2, 0 };

static const struct awsc_member awsc__lambda_InvocationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_invoke_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"InvocationType\0" "X-Amz-Invocation-Type", &s_InvocationType, offsetof(struct awsc_lambda_invoke_input, invocation_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"LogType\0" "X-Amz-Log-Type", &s_LogType, offsetof(struct awsc_lambda_invoke_input, log_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ClientContext\0" "X-Amz-Client-Context", &s_String, offsetof(struct awsc_lambda_invoke_input, client_context), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"DurableExecutionName\0" "X-Amz-Durable-Execution-Name", &s_DurableExecutionName, offsetof(struct awsc_lambda_invoke_input, durable_execution_name), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Payload", &s_Blob, offsetof(struct awsc_lambda_invoke_input, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_invoke_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"TenantId\0" "X-Amz-Tenant-Id", &s_TenantId, offsetof(struct awsc_lambda_invoke_input, tenant_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvocationRequest_by_wire_name[] = { 0, 5, 6, 3, 4, 1, 2, 7 };

static const struct awsc_member awsc__lambda_InvocationResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StatusCode", &s_Integer, offsetof(struct awsc_lambda_invoke_output, status_code), offsetof(struct awsc_lambda_invoke_output, has_status_code), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT},
    {"FunctionError\0" "X-Amz-Function-Error", &s_String, offsetof(struct awsc_lambda_invoke_output, function_error), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"LogResult\0" "X-Amz-Log-Result", &s_String, offsetof(struct awsc_lambda_invoke_output, log_result), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Payload", &s_Blob, offsetof(struct awsc_lambda_invoke_output, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutedVersion\0" "X-Amz-Executed-Version", &s_Version, offsetof(struct awsc_lambda_invoke_output, executed_version), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"DurableExecutionArn\0" "X-Amz-Durable-Execution-Arn", &s_DurableExecutionArn, offsetof(struct awsc_lambda_invoke_output, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvocationResponse_by_wire_name[] = { 3, 0, 5, 4, 1, 2 };

static const struct awsc_member awsc__lambda_InvokeAsyncRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_invoke_async_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"InvokeArgs", &s_BlobStream, offsetof(struct awsc_lambda_invoke_async_input, invoke_args), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvokeAsyncRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_InvokeAsyncResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_HttpStatus, offsetof(struct awsc_lambda_invoke_async_output, status), offsetof(struct awsc_lambda_invoke_async_output, has_status), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvokeAsyncResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_InvokeResponseStreamUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Payload", &s_Blob, offsetof(struct awsc_lambda_invoke_response_stream_update, payload), AWSC_NO_PRESENCE, AWSC_MF_EVENTPAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InvokeResponseStreamUpdate_by_wire_name[] = { 0 };

static const struct awsc_member s_InvokeWithResponseStreamCompleteEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorCode", &s_String, offsetof(struct awsc_lambda_invoke_with_response_stream_complete_event, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorDetails", &s_String, offsetof(struct awsc_lambda_invoke_with_response_stream_complete_event, error_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LogResult", &s_String, offsetof(struct awsc_lambda_invoke_with_response_stream_complete_event, log_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InvokeWithResponseStreamCompleteEvent_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_InvokeWithResponseStreamRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_invoke_with_response_stream_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"LogType\0" "X-Amz-Log-Type", &s_LogType, offsetof(struct awsc_lambda_invoke_with_response_stream_input, log_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ClientContext\0" "X-Amz-Client-Context", &s_String, offsetof(struct awsc_lambda_invoke_with_response_stream_input, client_context), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_invoke_with_response_stream_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Payload", &s_Blob, offsetof(struct awsc_lambda_invoke_with_response_stream_input, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantId\0" "X-Amz-Tenant-Id", &s_TenantId, offsetof(struct awsc_lambda_invoke_with_response_stream_input, tenant_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"InvocationType\0" "X-Amz-Invocation-Type", &s_ResponseStreamingInvocationType, offsetof(struct awsc_lambda_invoke_with_response_stream_input, invocation_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvokeWithResponseStreamRequest_by_wire_name[] = { 0, 4, 3, 2, 6, 1, 5 };

static const struct awsc_member awsc__lambda_InvokeWithResponseStreamResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StatusCode", &s_Integer, offsetof(struct awsc_lambda_invoke_with_response_stream_output, status_code), offsetof(struct awsc_lambda_invoke_with_response_stream_output, has_status_code), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT},
    {"ExecutedVersion\0" "X-Amz-Executed-Version", &s_Version, offsetof(struct awsc_lambda_invoke_with_response_stream_output, executed_version), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"EventStream", &s_InvokeWithResponseStreamResponseEvent, offsetof(struct awsc_lambda_invoke_with_response_stream_output, event_stream), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResponseStreamContentType\0" "Content-Type", &s_String, offsetof(struct awsc_lambda_invoke_with_response_stream_output, response_stream_content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_InvokeWithResponseStreamResponse_by_wire_name[] = { 3, 2, 0, 1 };

static const struct awsc_member s_InvokeWithResponseStreamResponseEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PayloadChunk", &s_InvokeResponseStreamUpdate, offsetof(struct awsc_lambda_invoke_with_response_stream_event, payload_chunk), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvokeComplete", &s_InvokeWithResponseStreamCompleteEvent, offsetof(struct awsc_lambda_invoke_with_response_stream_event, invoke_complete), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InvokeWithResponseStreamResponseEvent_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_KMSAccessDeniedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_kms_access_denied_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_kms_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_KMSAccessDeniedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_KMSDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_kms_disabled_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_kms_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_KMSDisabledException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_KMSInvalidStateException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_kms_invalid_state_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_kms_invalid_state_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_KMSInvalidStateException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_KMSNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_kms_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_kms_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_KMSNotFoundException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_KafkaSchemaRegistryAccessConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_KafkaSchemaRegistryAuthType, offsetof(struct awsc_lambda_kafka_schema_registry_access_config, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"URI", &s_Arn, offsetof(struct awsc_lambda_kafka_schema_registry_access_config, uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_KafkaSchemaRegistryAccessConfig_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_KafkaSchemaRegistryConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SchemaRegistryURI", &s_SchemaRegistryUri, offsetof(struct awsc_lambda_kafka_schema_registry_config, schema_registry_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventRecordFormat", &s_SchemaRegistryEventRecordFormat, offsetof(struct awsc_lambda_kafka_schema_registry_config, event_record_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessConfigs", &s_KafkaSchemaRegistryAccessConfigList, offsetof(struct awsc_lambda_kafka_schema_registry_config, access_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SchemaValidationConfigs", &s_KafkaSchemaValidationConfigList, offsetof(struct awsc_lambda_kafka_schema_registry_config, schema_validation_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_KafkaSchemaRegistryConfig_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member s_KafkaSchemaValidationConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attribute", &s_KafkaSchemaValidationAttribute, offsetof(struct awsc_lambda_kafka_schema_validation_config, attribute), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_KafkaSchemaValidationConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_LambdaManagedInstancesCapacityProviderConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviderArn", &s_CapacityProviderArn, offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, capacity_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PerExecutionEnvironmentMaxConcurrency", &s_PerExecutionEnvironmentMaxConcurrency, offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, per_execution_environment_max_concurrency), offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, has_per_execution_environment_max_concurrency), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionEnvironmentMemoryGiBPerVCpu", &s_ExecutionEnvironmentMemoryGiBPerVCpu, offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, execution_environment_memory_gi_b_per_v_cpu), offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, has_execution_environment_memory_gi_b_per_v_cpu), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LambdaManagedInstancesCapacityProviderConfig_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_Layer_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_LayerVersionArn, offsetof(struct awsc_lambda_layer, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSize", &s_Long, offsetof(struct awsc_lambda_layer, code_size), offsetof(struct awsc_lambda_layer, has_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningProfileVersionArn", &s_Arn, offsetof(struct awsc_lambda_layer, signing_profile_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningJobArn", &s_Arn, offsetof(struct awsc_lambda_layer, signing_job_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Layer_by_wire_name[] = { 0, 1, 3, 2 };

static const struct awsc_member s_LayerVersionContentInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S3Bucket", &s_S3Bucket, offsetof(struct awsc_lambda_layer_version_content_input, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Key", &s_S3Key, offsetof(struct awsc_lambda_layer_version_content_input, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3ObjectVersion", &s_S3ObjectVersion, offsetof(struct awsc_lambda_layer_version_content_input, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3ObjectStorageMode", &s_S3ObjectStorageMode, offsetof(struct awsc_lambda_layer_version_content_input, s3_object_storage_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ZipFile", &s_Blob, offsetof(struct awsc_lambda_layer_version_content_input, zip_file), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LayerVersionContentInput_by_wire_name[] = { 0, 1, 3, 2, 4 };

static const struct awsc_member s_LayerVersionContentOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Location", &s_SensitiveStringOnServerOnly, offsetof(struct awsc_lambda_layer_version_content_output, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSha256", &s_String, offsetof(struct awsc_lambda_layer_version_content_output, code_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSize", &s_Long, offsetof(struct awsc_lambda_layer_version_content_output, code_size), offsetof(struct awsc_lambda_layer_version_content_output, has_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningProfileVersionArn", &s_Arn, offsetof(struct awsc_lambda_layer_version_content_output, signing_profile_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningJobArn", &s_Arn, offsetof(struct awsc_lambda_layer_version_content_output, signing_job_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResolvedS3Object", &s_ResolvedS3Object, offsetof(struct awsc_lambda_layer_version_content_output, resolved_s3_object), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LayerVersionContentOutput_by_wire_name[] = { 1, 2, 0, 5, 4, 3 };

static const struct awsc_member s_LayerVersionsListItem_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LayerVersionArn", &s_LayerVersionArn, offsetof(struct awsc_lambda_layer_versions_list_item, layer_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Version", &s_LayerVersionNumber, offsetof(struct awsc_lambda_layer_versions_list_item, version), offsetof(struct awsc_lambda_layer_versions_list_item, has_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_layer_versions_list_item, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedDate", &s_Timestamp, offsetof(struct awsc_lambda_layer_versions_list_item, created_date), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompatibleArchitectures", &s_CompatibleArchitectures, offsetof(struct awsc_lambda_layer_versions_list_item, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompatibleRuntimes", &s_CompatibleRuntimes, offsetof(struct awsc_lambda_layer_versions_list_item, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LicenseInfo", &s_LicenseInfo, offsetof(struct awsc_lambda_layer_versions_list_item, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LayerVersionsListItem_by_wire_name[] = { 4, 5, 3, 2, 0, 6, 1 };

static const struct awsc_member s_LayersListItem_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LayerName", &s_LayerName, offsetof(struct awsc_lambda_layers_list_item, layer_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LayerArn", &s_LayerArn, offsetof(struct awsc_lambda_layers_list_item, layer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LatestMatchingVersion", &s_LayerVersionsListItem, offsetof(struct awsc_lambda_layers_list_item, latest_matching_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LayersListItem_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__lambda_ListAliasesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_list_aliases_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"FunctionVersion", &s_VersionWithLatestPublished, offsetof(struct awsc_lambda_list_aliases_input, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_aliases_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxListItems, offsetof(struct awsc_lambda_list_aliases_input, max_items), offsetof(struct awsc_lambda_list_aliases_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListAliasesRequest_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__lambda_ListAliasesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_aliases_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Aliases", &s_AliasList, offsetof(struct awsc_lambda_list_aliases_output, aliases), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListAliasesResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListCapacityProvidersRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"State", &s_CapacityProviderState, offsetof(struct awsc_lambda_list_capacity_providers_input, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_capacity_providers_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxFiftyListItems, offsetof(struct awsc_lambda_list_capacity_providers_input, max_items), offsetof(struct awsc_lambda_list_capacity_providers_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListCapacityProvidersRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__lambda_ListCapacityProvidersResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviders", &s_CapacityProvidersList, offsetof(struct awsc_lambda_list_capacity_providers_output, capacity_providers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_capacity_providers_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListCapacityProvidersResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ListCodeSigningConfigsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_code_signing_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxListItems, offsetof(struct awsc_lambda_list_code_signing_configs_input, max_items), offsetof(struct awsc_lambda_list_code_signing_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListCodeSigningConfigsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ListCodeSigningConfigsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_code_signing_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSigningConfigs", &s_CodeSigningConfigList, offsetof(struct awsc_lambda_list_code_signing_configs_output, code_signing_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListCodeSigningConfigsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListDurableExecutionsByFunctionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"DurableExecutionName", &s_DurableExecutionName, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, durable_execution_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Statuses", &s_ExecutionStatusList, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, statuses), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"StartedAfter", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, started_after), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, has_started_after), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"StartedBefore", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, started_before), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, has_started_before), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ReverseOrder", &s_ReverseOrder, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, reverse_order), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, has_reverse_order), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_ItemCount, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, max_items), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListDurableExecutionsByFunctionRequest_by_wire_name[] = { 2, 0, 7, 8, 1, 6, 4, 5, 3 };

static const struct awsc_member awsc__lambda_ListDurableExecutionsByFunctionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DurableExecutions", &s_DurableExecutions, offsetof(struct awsc_lambda_list_durable_executions_by_function_output, durable_executions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_durable_executions_by_function_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListDurableExecutionsByFunctionResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ListEventSourceMappingsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EventSourceArn", &s_Arn, offsetof(struct awsc_lambda_list_event_source_mappings_input, event_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_list_event_source_mappings_input, function_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_event_source_mappings_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxListItems, offsetof(struct awsc_lambda_list_event_source_mappings_input, max_items), offsetof(struct awsc_lambda_list_event_source_mappings_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListEventSourceMappingsRequest_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__lambda_ListEventSourceMappingsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_event_source_mappings_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventSourceMappings", &s_EventSourceMappingsList, offsetof(struct awsc_lambda_list_event_source_mappings_output, event_source_mappings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListEventSourceMappingsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListFunctionEventInvokeConfigsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxFunctionEventInvokeConfigListItems, offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, max_items), offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionEventInvokeConfigsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListFunctionEventInvokeConfigsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionEventInvokeConfigs", &s_FunctionEventInvokeConfigList, offsetof(struct awsc_lambda_list_function_event_invoke_configs_output, function_event_invoke_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_function_event_invoke_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionEventInvokeConfigsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ListFunctionUrlConfigsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionUrlFunctionName, offsetof(struct awsc_lambda_list_function_url_configs_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_function_url_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxItems, offsetof(struct awsc_lambda_list_function_url_configs_input, max_items), offsetof(struct awsc_lambda_list_function_url_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionUrlConfigsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListFunctionUrlConfigsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionUrlConfigs", &s_FunctionUrlConfigList, offsetof(struct awsc_lambda_list_function_url_configs_output, function_url_configs), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_function_url_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionUrlConfigsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ListFunctionVersionsByCapacityProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviderName", &s_CapacityProviderName, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxFiftyListItems, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, max_items), offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionVersionsByCapacityProviderRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListFunctionVersionsByCapacityProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviderArn", &s_CapacityProviderArn, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_output, capacity_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionVersions", &s_FunctionVersionsByCapacityProviderList, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_output, function_versions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionVersionsByCapacityProviderResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListFunctionsByCodeSigningConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfigArn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxListItems, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, max_items), offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionsByCodeSigningConfigRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListFunctionsByCodeSigningConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArns", &s_FunctionArnList, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_output, function_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionsByCodeSigningConfigResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListFunctionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MasterRegion", &s_MasterRegion, offsetof(struct awsc_lambda_list_functions_input, master_region), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"FunctionVersion", &s_FunctionVersion, offsetof(struct awsc_lambda_list_functions_input, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_functions_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxListItems, offsetof(struct awsc_lambda_list_functions_input, max_items), offsetof(struct awsc_lambda_list_functions_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionsRequest_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member awsc__lambda_ListFunctionsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_functions_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Functions", &s_FunctionList, offsetof(struct awsc_lambda_list_functions_output, functions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListFunctionsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListLayerVersionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CompatibleArchitecture", &s_Architecture, offsetof(struct awsc_lambda_list_layer_versions_input, compatible_architecture), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"CompatibleRuntime", &s_Runtime, offsetof(struct awsc_lambda_list_layer_versions_input, compatible_runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"LayerName", &s_LayerName, offsetof(struct awsc_lambda_list_layer_versions_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_layer_versions_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxLayerListItems, offsetof(struct awsc_lambda_list_layer_versions_input, max_items), offsetof(struct awsc_lambda_list_layer_versions_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListLayerVersionsRequest_by_wire_name[] = { 0, 1, 2, 3, 4 };

static const struct awsc_member awsc__lambda_ListLayerVersionsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_layer_versions_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LayerVersions", &s_LayerVersionsList, offsetof(struct awsc_lambda_list_layer_versions_output, layer_versions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListLayerVersionsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListLayersRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CompatibleArchitecture", &s_Architecture, offsetof(struct awsc_lambda_list_layers_input, compatible_architecture), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"CompatibleRuntime", &s_Runtime, offsetof(struct awsc_lambda_list_layers_input, compatible_runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_layers_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxLayerListItems, offsetof(struct awsc_lambda_list_layers_input, max_items), offsetof(struct awsc_lambda_list_layers_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListLayersRequest_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__lambda_ListLayersResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_layers_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Layers", &s_LayersList, offsetof(struct awsc_lambda_list_layers_output, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListLayersResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListProvisionedConcurrencyConfigsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxProvisionedConcurrencyConfigListItems, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, max_items), offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListProvisionedConcurrencyConfigsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListProvisionedConcurrencyConfigsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ProvisionedConcurrencyConfigs", &s_ProvisionedConcurrencyConfigList, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_output, provisioned_concurrency_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListProvisionedConcurrencyConfigsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ListTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Resource", &s_TaggableResource, offsetof(struct awsc_lambda_list_tags_input, resource), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListTagsRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_ListTagsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_Tags, offsetof(struct awsc_lambda_list_tags_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListTagsResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_ListVersionsByFunctionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_list_versions_by_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_String, offsetof(struct awsc_lambda_list_versions_by_function_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_MaxListItems, offsetof(struct awsc_lambda_list_versions_by_function_input, max_items), offsetof(struct awsc_lambda_list_versions_by_function_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListVersionsByFunctionRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ListVersionsByFunctionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextMarker", &s_String, offsetof(struct awsc_lambda_list_versions_by_function_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Versions", &s_FunctionList, offsetof(struct awsc_lambda_list_versions_by_function_output, versions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ListVersionsByFunctionResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_LoggingConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LogFormat", &s_LogFormat, offsetof(struct awsc_lambda_logging_config, log_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApplicationLogLevel", &s_ApplicationLogLevel, offsetof(struct awsc_lambda_logging_config, application_log_level), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SystemLogLevel", &s_SystemLogLevel, offsetof(struct awsc_lambda_logging_config, system_log_level), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LogGroup", &s_LogGroup, offsetof(struct awsc_lambda_logging_config, log_group), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LoggingConfig_by_wire_name[] = { 1, 0, 3, 2 };

static const struct awsc_member awsc__lambda_ModeNotSupportedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_mode_not_supported_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_mode_not_supported_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ModeNotSupportedException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_NoPublishedVersionException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_no_published_version_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_no_published_version_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_NoPublishedVersionException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_OnFailure_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Destination", &s_DestinationArn, offsetof(struct awsc_lambda_on_failure, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OnFailure_by_wire_name[] = { 0 };

static const struct awsc_member s_OnSuccess_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Destination", &s_DestinationArn, offsetof(struct awsc_lambda_on_success, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OnSuccess_by_wire_name[] = { 0 };

static const struct awsc_member s_Operation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_OperationId, offsetof(struct awsc_lambda_operation, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ParentId", &s_OperationId, offsetof(struct awsc_lambda_operation, parent_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_OperationName, offsetof(struct awsc_lambda_operation, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Type", &s_OperationType, offsetof(struct awsc_lambda_operation, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubType", &s_OperationSubType, offsetof(struct awsc_lambda_operation, sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_operation, start_timestamp), offsetof(struct awsc_lambda_operation, has_start_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_operation, end_timestamp), offsetof(struct awsc_lambda_operation, has_end_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_OperationStatus, offsetof(struct awsc_lambda_operation, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExecutionDetails", &s_ExecutionDetails, offsetof(struct awsc_lambda_operation, execution_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextDetails", &s_ContextDetails, offsetof(struct awsc_lambda_operation, context_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StepDetails", &s_StepDetails, offsetof(struct awsc_lambda_operation, step_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WaitDetails", &s_WaitDetails, offsetof(struct awsc_lambda_operation, wait_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CallbackDetails", &s_CallbackDetails, offsetof(struct awsc_lambda_operation, callback_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChainedInvokeDetails", &s_ChainedInvokeDetails, offsetof(struct awsc_lambda_operation, chained_invoke_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Operation_by_wire_name[] = { 12, 13, 9, 6, 8, 0, 2, 1, 5, 7, 10, 4, 3, 11 };

static const struct awsc_member s_OperationUpdate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_OperationId, offsetof(struct awsc_lambda_operation_update, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ParentId", &s_OperationId, offsetof(struct awsc_lambda_operation_update, parent_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_OperationName, offsetof(struct awsc_lambda_operation_update, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Type", &s_OperationType, offsetof(struct awsc_lambda_operation_update, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubType", &s_OperationSubType, offsetof(struct awsc_lambda_operation_update, sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Action", &s_OperationAction, offsetof(struct awsc_lambda_operation_update, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Payload", &s_OperationPayload, offsetof(struct awsc_lambda_operation_update, payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorObject, offsetof(struct awsc_lambda_operation_update, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextOptions", &s_ContextOptions, offsetof(struct awsc_lambda_operation_update, context_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StepOptions", &s_StepOptions, offsetof(struct awsc_lambda_operation_update, step_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WaitOptions", &s_WaitOptions, offsetof(struct awsc_lambda_operation_update, wait_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CallbackOptions", &s_CallbackOptions, offsetof(struct awsc_lambda_operation_update, callback_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChainedInvokeOptions", &s_ChainedInvokeOptions, offsetof(struct awsc_lambda_operation_update, chained_invoke_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OperationUpdate_by_wire_name[] = { 5, 11, 12, 8, 7, 0, 2, 1, 6, 9, 4, 3, 10 };

static const struct awsc_member awsc__lambda_PolicyLengthExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_policy_length_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_policy_length_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PolicyLengthExceededException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PreconditionFailedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_precondition_failed_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_precondition_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PreconditionFailedException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_PropagateTags_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Mode", &s_PropagateTagsMode, offsetof(struct awsc_lambda_propagate_tags, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExplicitTags", &s_PropagateTagsExplicitTagsMap, offsetof(struct awsc_lambda_propagate_tags, explicit_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PropagateTags_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ProvisionedConcurrencyConfigListItem_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionArn", &s_FunctionArn, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestedProvisionedConcurrentExecutions", &s_PositiveInteger, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, has_requested_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AvailableProvisionedConcurrentExecutions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, has_available_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllocatedProvisionedConcurrentExecutions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, has_allocated_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_ProvisionedConcurrencyStatusEnum, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StatusReason", &s_String, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_Timestamp, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ProvisionedConcurrencyConfigListItem_by_wire_name[] = { 3, 2, 0, 6, 1, 4, 5 };

static const struct awsc_member awsc__lambda_ProvisionedConcurrencyConfigNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ProvisionedConcurrencyConfigNotFoundException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ProvisionedPollerConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MinimumPollers", &s_MinimumNumberOfPollers, offsetof(struct awsc_lambda_provisioned_poller_config, minimum_pollers), offsetof(struct awsc_lambda_provisioned_poller_config, has_minimum_pollers), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumPollers", &s_MaximumNumberOfPollers, offsetof(struct awsc_lambda_provisioned_poller_config, maximum_pollers), offsetof(struct awsc_lambda_provisioned_poller_config, has_maximum_pollers), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PollerGroupName", &s_ProvisionedPollerGroupName, offsetof(struct awsc_lambda_provisioned_poller_config, poller_group_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ProvisionedPollerConfig_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__lambda_PublicPolicyException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_public_policy_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_public_policy_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PublicPolicyException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_PublishLayerVersionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LayerName", &s_LayerName, offsetof(struct awsc_lambda_publish_layer_version_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_publish_layer_version_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Content", &s_LayerVersionContentInput, offsetof(struct awsc_lambda_publish_layer_version_input, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompatibleArchitectures", &s_CompatibleArchitectures, offsetof(struct awsc_lambda_publish_layer_version_input, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompatibleRuntimes", &s_CompatibleRuntimes, offsetof(struct awsc_lambda_publish_layer_version_input, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LicenseInfo", &s_LicenseInfo, offsetof(struct awsc_lambda_publish_layer_version_input, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PublishLayerVersionRequest_by_wire_name[] = { 3, 4, 2, 1, 0, 5 };

static const struct awsc_member awsc__lambda_PublishLayerVersionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Content", &s_LayerVersionContentOutput, offsetof(struct awsc_lambda_publish_layer_version_output, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LayerArn", &s_LayerArn, offsetof(struct awsc_lambda_publish_layer_version_output, layer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LayerVersionArn", &s_LayerVersionArn, offsetof(struct awsc_lambda_publish_layer_version_output, layer_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_publish_layer_version_output, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedDate", &s_Timestamp, offsetof(struct awsc_lambda_publish_layer_version_output, created_date), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Version", &s_LayerVersionNumber, offsetof(struct awsc_lambda_publish_layer_version_output, version), offsetof(struct awsc_lambda_publish_layer_version_output, has_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompatibleArchitectures", &s_CompatibleArchitectures, offsetof(struct awsc_lambda_publish_layer_version_output, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompatibleRuntimes", &s_CompatibleRuntimes, offsetof(struct awsc_lambda_publish_layer_version_output, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LicenseInfo", &s_LicenseInfo, offsetof(struct awsc_lambda_publish_layer_version_output, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PublishLayerVersionResponse_by_wire_name[] = { 6, 7, 0, 4, 3, 1, 2, 8, 5 };

static const struct awsc_member awsc__lambda_PublishVersionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_publish_version_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CodeSha256", &s_String, offsetof(struct awsc_lambda_publish_version_input, code_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_publish_version_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_publish_version_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PublishTo", &s_FunctionVersionLatestPublished, offsetof(struct awsc_lambda_publish_version_input, publish_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PublishVersionRequest_by_wire_name[] = { 1, 2, 0, 4, 3 };

static const struct awsc_member awsc__lambda_PutFunctionCodeSigningConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfigArn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_put_function_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_put_function_code_signing_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutFunctionCodeSigningConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PutFunctionCodeSigningConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfigArn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_put_function_code_signing_config_output, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_put_function_code_signing_config_output, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutFunctionCodeSigningConfigResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PutFunctionConcurrencyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_put_function_concurrency_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ReservedConcurrentExecutions", &s_ReservedConcurrentExecutions, offsetof(struct awsc_lambda_put_function_concurrency_input, reserved_concurrent_executions), offsetof(struct awsc_lambda_put_function_concurrency_input, has_reserved_concurrent_executions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutFunctionConcurrencyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PutFunctionEventInvokeConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaximumRetryAttempts", &s_MaximumRetryAttempts, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, maximum_retry_attempts), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumEventAgeInSeconds", &s_MaximumEventAgeInSeconds, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, maximum_event_age_in_seconds), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, has_maximum_event_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationConfig", &s_DestinationConfig, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutFunctionEventInvokeConfigRequest_by_wire_name[] = { 4, 0, 3, 2, 1 };

static const struct awsc_member awsc__lambda_PutFunctionRecursionConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_UnqualifiedFunctionName, offsetof(struct awsc_lambda_put_function_recursion_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"RecursiveLoop", &s_RecursiveLoop, offsetof(struct awsc_lambda_put_function_recursion_config_input, recursive_loop), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutFunctionRecursionConfigRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_PutFunctionRecursionConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RecursiveLoop", &s_RecursiveLoop, offsetof(struct awsc_lambda_put_function_recursion_config_output, recursive_loop), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutFunctionRecursionConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_PutFunctionScalingConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_UnqualifiedFunctionName, offsetof(struct awsc_lambda_put_function_scaling_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_PublishedFunctionQualifier, offsetof(struct awsc_lambda_put_function_scaling_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"FunctionScalingConfig", &s_FunctionScalingConfig, offsetof(struct awsc_lambda_put_function_scaling_config_input, function_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutFunctionScalingConfigRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__lambda_PutFunctionScalingConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionState", &s_State, offsetof(struct awsc_lambda_put_function_scaling_config_output, function_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutFunctionScalingConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_PutProvisionedConcurrencyConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_Qualifier, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedConcurrentExecutions", &s_PositiveInteger, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, has_provisioned_concurrent_executions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutProvisionedConcurrencyConfigRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__lambda_PutProvisionedConcurrencyConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestedProvisionedConcurrentExecutions", &s_PositiveInteger, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, has_requested_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllocatedProvisionedConcurrentExecutions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, has_allocated_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AvailableProvisionedConcurrentExecutions", &s_NonNegativeInteger, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, has_available_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_ProvisionedConcurrencyStatusEnum, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StatusReason", &s_String, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_Timestamp, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutProvisionedConcurrencyConfigResponse_by_wire_name[] = { 1, 2, 5, 0, 3, 4 };

static const struct awsc_member awsc__lambda_PutRuntimeManagementConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_put_runtime_management_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_put_runtime_management_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"UpdateRuntimeOn", &s_UpdateRuntimeOn, offsetof(struct awsc_lambda_put_runtime_management_config_input, update_runtime_on), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RuntimeVersionArn", &s_RuntimeVersionArn, offsetof(struct awsc_lambda_put_runtime_management_config_input, runtime_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutRuntimeManagementConfigRequest_by_wire_name[] = { 0, 1, 3, 2 };

static const struct awsc_member awsc__lambda_PutRuntimeManagementConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UpdateRuntimeOn", &s_UpdateRuntimeOn, offsetof(struct awsc_lambda_put_runtime_management_config_output, update_runtime_on), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_FunctionArn, offsetof(struct awsc_lambda_put_runtime_management_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RuntimeVersionArn", &s_RuntimeVersionArn, offsetof(struct awsc_lambda_put_runtime_management_config_output, runtime_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_PutRuntimeManagementConfigResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__lambda_RecursiveInvocationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_recursive_invocation_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_recursive_invocation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_RecursiveInvocationException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_RemoveLayerVersionPermissionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LayerName", &s_LayerName, offsetof(struct awsc_lambda_remove_layer_version_permission_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionNumber", &s_LayerVersionNumber, offsetof(struct awsc_lambda_remove_layer_version_permission_input, version_number), offsetof(struct awsc_lambda_remove_layer_version_permission_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"StatementId", &s_StatementId, offsetof(struct awsc_lambda_remove_layer_version_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_remove_layer_version_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_RemoveLayerVersionPermissionRequest_by_wire_name[] = { 0, 3, 2, 1 };

static const struct awsc_member awsc__lambda_RemovePermissionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_remove_permission_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"StatementId", &s_NamespacedStatementId, offsetof(struct awsc_lambda_remove_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_remove_permission_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_remove_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_RemovePermissionRequest_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__lambda_RequestTooLargeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_request_too_large_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_request_too_large_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_RequestTooLargeException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ResolvedS3Object_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S3Bucket", &s_S3Bucket, offsetof(struct awsc_lambda_resolved_s3_object, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Key", &s_S3Key, offsetof(struct awsc_lambda_resolved_s3_object, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3ObjectVersion", &s_S3ObjectVersion, offsetof(struct awsc_lambda_resolved_s3_object, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ResolvedS3Object_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__lambda_ResourceConflictException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_resource_conflict_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_resource_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ResourceConflictException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ResourceInUseException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_resource_in_use_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_resource_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ResourceInUseException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ResourceNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_resource_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ResourceNotFoundException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ResourceNotReadyException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_resource_not_ready_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_resource_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ResourceNotReadyException_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_RetryDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CurrentAttempt", &s_AttemptCount, offsetof(struct awsc_lambda_retry_details, current_attempt), offsetof(struct awsc_lambda_retry_details, has_current_attempt), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextAttemptDelaySeconds", &s_DurationSeconds, offsetof(struct awsc_lambda_retry_details, next_attempt_delay_seconds), offsetof(struct awsc_lambda_retry_details, has_next_attempt_delay_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RetryDetails_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_RuntimeVersionConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RuntimeVersionArn", &s_RuntimeVersionArn, offsetof(struct awsc_lambda_runtime_version_config, runtime_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_RuntimeVersionError, offsetof(struct awsc_lambda_runtime_version_config, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RuntimeVersionConfig_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_RuntimeVersionError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorCode", &s_String, offsetof(struct awsc_lambda_runtime_version_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_SensitiveString, offsetof(struct awsc_lambda_runtime_version_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RuntimeVersionError_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_S3FilesMountConnectivityException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_s3_files_mount_connectivity_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_s3_files_mount_connectivity_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_S3FilesMountConnectivityException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_S3FilesMountFailureException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_s3_files_mount_failure_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_s3_files_mount_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_S3FilesMountFailureException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_S3FilesMountTimeoutException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_s3_files_mount_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_s3_files_mount_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_S3FilesMountTimeoutException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ScalingConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MaximumConcurrency", &s_MaximumConcurrency, offsetof(struct awsc_lambda_scaling_config, maximum_concurrency), offsetof(struct awsc_lambda_scaling_config, has_maximum_concurrency), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ScalingConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_SelfManagedEventSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Endpoints", &s_Endpoints, offsetof(struct awsc_lambda_self_managed_event_source, endpoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SelfManagedEventSource_by_wire_name[] = { 0 };

static const struct awsc_member s_SelfManagedKafkaEventSourceConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsumerGroupId", &s_URI, offsetof(struct awsc_lambda_self_managed_kafka_event_source_config, consumer_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SchemaRegistryConfig", &s_KafkaSchemaRegistryConfig, offsetof(struct awsc_lambda_self_managed_kafka_event_source_config, schema_registry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SelfManagedKafkaEventSourceConfig_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_SendDurableExecutionCallbackFailureRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CallbackId", &s_CallbackId, offsetof(struct awsc_lambda_send_durable_execution_callback_failure_input, callback_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorObject, offsetof(struct awsc_lambda_send_durable_execution_callback_failure_input, error), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_SendDurableExecutionCallbackFailureRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_SendDurableExecutionCallbackHeartbeatRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CallbackId", &s_CallbackId, offsetof(struct awsc_lambda_send_durable_execution_callback_heartbeat_input, callback_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_SendDurableExecutionCallbackHeartbeatRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_SendDurableExecutionCallbackSuccessRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CallbackId", &s_CallbackId, offsetof(struct awsc_lambda_send_durable_execution_callback_success_input, callback_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Result", &s_BinaryOperationPayload, offsetof(struct awsc_lambda_send_durable_execution_callback_success_input, result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_SendDurableExecutionCallbackSuccessRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_SerializedRequestEntityTooLargeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_serialized_request_entity_too_large_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_serialized_request_entity_too_large_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_SerializedRequestEntityTooLargeException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_ServiceException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_service_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_service_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ServiceException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_ServiceQuotaExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_service_quota_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_service_quota_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_ServiceQuotaExceededException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SnapStart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ApplyOn", &s_SnapStartApplyOn, offsetof(struct awsc_lambda_snap_start, apply_on), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SnapStart_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_SnapStartException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_snap_start_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_snap_start_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_SnapStartException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_SnapStartNotReadyException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_snap_start_not_ready_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_snap_start_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_SnapStartNotReadyException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_SnapStartRegenerationFailureException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_snap_start_regeneration_failure_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_snap_start_regeneration_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_SnapStartRegenerationFailureException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SnapStartResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ApplyOn", &s_SnapStartApplyOn, offsetof(struct awsc_lambda_snap_start_response, apply_on), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OptimizationStatus", &s_SnapStartOptimizationStatus, offsetof(struct awsc_lambda_snap_start_response, optimization_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SnapStartResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_SnapStartTimeoutException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_snap_start_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_snap_start_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_SnapStartTimeoutException_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SourceAccessConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_SourceAccessType, offsetof(struct awsc_lambda_source_access_configuration, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"URI", &s_URI, offsetof(struct awsc_lambda_source_access_configuration, uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SourceAccessConfiguration_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_StepDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attempt", &s_AttemptCount, offsetof(struct awsc_lambda_step_details, attempt), offsetof(struct awsc_lambda_step_details, has_attempt), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextAttemptTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_step_details, next_attempt_timestamp), offsetof(struct awsc_lambda_step_details, has_next_attempt_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Result", &s_OperationPayload, offsetof(struct awsc_lambda_step_details, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorObject, offsetof(struct awsc_lambda_step_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StepDetails_by_wire_name[] = { 0, 3, 1, 2 };

static const struct awsc_member s_StepFailedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_step_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RetryDetails", &s_RetryDetails, offsetof(struct awsc_lambda_step_failed_details, retry_details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StepFailedDetails_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_StepOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextAttemptDelaySeconds", &s_StepOptionsNextAttemptDelaySecondsInteger, offsetof(struct awsc_lambda_step_options, next_attempt_delay_seconds), offsetof(struct awsc_lambda_step_options, has_next_attempt_delay_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StepOptions_by_wire_name[] = { 0 };

static const struct awsc_member s_StepSucceededDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Result", &s_EventResult, offsetof(struct awsc_lambda_step_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RetryDetails", &s_RetryDetails, offsetof(struct awsc_lambda_step_succeeded_details, retry_details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StepSucceededDetails_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_StopDurableExecutionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DurableExecutionArn", &s_DurableExecutionArn, offsetof(struct awsc_lambda_stop_durable_execution_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorObject, offsetof(struct awsc_lambda_stop_durable_execution_input, error), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_StopDurableExecutionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_StopDurableExecutionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StopTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_stop_durable_execution_output, stop_timestamp), offsetof(struct awsc_lambda_stop_durable_execution_output, has_stop_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_StopDurableExecutionResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_SubnetIPAddressLimitReachedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_subnet_ip_address_limit_reached_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_lambda_subnet_ip_address_limit_reached_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_SubnetIPAddressLimitReachedException_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__lambda_TagResourceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Resource", &s_TaggableResource, offsetof(struct awsc_lambda_tag_resource_input, resource), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_Tags, offsetof(struct awsc_lambda_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_TagResourceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_TagsError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorCode", &s_TagsErrorCode, offsetof(struct awsc_lambda_tags_error, error_code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_TagsErrorMessage, offsetof(struct awsc_lambda_tags_error, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TagsError_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_TargetTrackingScalingPolicy_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PredefinedMetricType", &s_CapacityProviderPredefinedMetricType, offsetof(struct awsc_lambda_target_tracking_scaling_policy, predefined_metric_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetValue", &s_MetricTargetValue, offsetof(struct awsc_lambda_target_tracking_scaling_policy, target_value), offsetof(struct awsc_lambda_target_tracking_scaling_policy, has_target_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TargetTrackingScalingPolicy_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_TenancyConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantIsolationMode", &s_TenantIsolationMode, offsetof(struct awsc_lambda_tenancy_config, tenant_isolation_mode), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TenancyConfig_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_TooManyRequestsException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"retryAfterSeconds\0" "Retry-After", &s_String, offsetof(struct awsc_lambda_too_many_requests_exception, retry_after_seconds), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Type", &s_String, offsetof(struct awsc_lambda_too_many_requests_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_too_many_requests_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Reason", &s_ThrottleReason, offsetof(struct awsc_lambda_too_many_requests_exception, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_TooManyRequestsException_by_wire_name[] = { 3, 0, 1, 2 };

static const struct awsc_member s_TraceHeader_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"XAmznTraceId", &s_XAmznTraceId, offsetof(struct awsc_lambda_trace_header, x_amzn_trace_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TraceHeader_by_wire_name[] = { 0 };

static const struct awsc_member s_TracingConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Mode", &s_TracingMode, offsetof(struct awsc_lambda_tracing_config, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TracingConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_TracingConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Mode", &s_TracingMode, offsetof(struct awsc_lambda_tracing_config_response, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TracingConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_UnsupportedMediaTypeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_String, offsetof(struct awsc_lambda_unsupported_media_type_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"message", &s_String, offsetof(struct awsc_lambda_unsupported_media_type_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UnsupportedMediaTypeException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_UntagResourceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Resource", &s_TaggableResource, offsetof(struct awsc_lambda_untag_resource_input, resource), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"TagKeys\0" "tagKeys", &s_TagKeyList, offsetof(struct awsc_lambda_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UntagResourceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__lambda_UpdateAliasRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_update_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Name", &s_Alias, offsetof(struct awsc_lambda_update_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"FunctionVersion", &s_VersionWithLatestPublished, offsetof(struct awsc_lambda_update_alias_input, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_update_alias_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoutingConfig", &s_AliasRoutingConfiguration, offsetof(struct awsc_lambda_update_alias_input, routing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_update_alias_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateAliasRequest_by_wire_name[] = { 3, 0, 2, 1, 5, 4 };

static const struct awsc_member awsc__lambda_UpdateCapacityProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProviderName", &s_CapacityProviderName, offsetof(struct awsc_lambda_update_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CapacityProviderScalingConfig", &s_CapacityProviderScalingConfig, offsetof(struct awsc_lambda_update_capacity_provider_input, capacity_provider_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PropagateTags", &s_PropagateTags, offsetof(struct awsc_lambda_update_capacity_provider_input, propagate_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TelemetryConfig", &s_CapacityProviderTelemetryConfig, offsetof(struct awsc_lambda_update_capacity_provider_input, telemetry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateCapacityProviderRequest_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__lambda_UpdateCapacityProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CapacityProvider", &s_CapacityProvider, offsetof(struct awsc_lambda_update_capacity_provider_output, capacity_provider), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateCapacityProviderResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_UpdateCodeSigningConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfigArn", &s_CodeSigningConfigArn, offsetof(struct awsc_lambda_update_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_update_code_signing_config_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowedPublishers", &s_AllowedPublishers, offsetof(struct awsc_lambda_update_code_signing_config_input, allowed_publishers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CodeSigningPolicies", &s_CodeSigningPolicies, offsetof(struct awsc_lambda_update_code_signing_config_input, code_signing_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateCodeSigningConfigRequest_by_wire_name[] = { 2, 0, 3, 1 };

static const struct awsc_member awsc__lambda_UpdateCodeSigningConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CodeSigningConfig", &s_CodeSigningConfig, offsetof(struct awsc_lambda_update_code_signing_config_output, code_signing_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateCodeSigningConfigResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__lambda_UpdateEventSourceMappingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UUID", &s_UUIDString, offsetof(struct awsc_lambda_update_event_source_mapping_input, uuid), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_update_event_source_mapping_input, function_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Enabled", &s_Enabled, offsetof(struct awsc_lambda_update_event_source_mapping_input, enabled), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BatchSize", &s_BatchSize, offsetof(struct awsc_lambda_update_event_source_mapping_input, batch_size), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_batch_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FilterCriteria", &s_FilterCriteria, offsetof(struct awsc_lambda_update_event_source_mapping_input, filter_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_update_event_source_mapping_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricsConfig", &s_EventSourceMappingMetricsConfig, offsetof(struct awsc_lambda_update_event_source_mapping_input, metrics_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LoggingConfig", &s_EventSourceMappingLoggingConfig, offsetof(struct awsc_lambda_update_event_source_mapping_input, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingConfig", &s_ScalingConfig, offsetof(struct awsc_lambda_update_event_source_mapping_input, scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumBatchingWindowInSeconds", &s_MaximumBatchingWindowInSeconds, offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_maximum_batching_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ParallelizationFactor", &s_ParallelizationFactor, offsetof(struct awsc_lambda_update_event_source_mapping_input, parallelization_factor), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_parallelization_factor), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationConfig", &s_DestinationConfig, offsetof(struct awsc_lambda_update_event_source_mapping_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumRecordAgeInSeconds", &s_MaximumRecordAgeInSeconds, offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_record_age_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_maximum_record_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BisectBatchOnFunctionError", &s_BisectBatchOnFunctionError, offsetof(struct awsc_lambda_update_event_source_mapping_input, bisect_batch_on_function_error), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_bisect_batch_on_function_error), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumRetryAttempts", &s_MaximumRetryAttemptsEventSourceMapping, offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_retry_attempts), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TumblingWindowInSeconds", &s_TumblingWindowInSeconds, offsetof(struct awsc_lambda_update_event_source_mapping_input, tumbling_window_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_tumbling_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceAccessConfigurations", &s_SourceAccessConfigurations, offsetof(struct awsc_lambda_update_event_source_mapping_input, source_access_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionResponseTypes", &s_FunctionResponseTypeList, offsetof(struct awsc_lambda_update_event_source_mapping_input, function_response_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AmazonManagedKafkaEventSourceConfig", &s_AmazonManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_update_event_source_mapping_input, amazon_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SelfManagedKafkaEventSourceConfig", &s_SelfManagedKafkaEventSourceConfig, offsetof(struct awsc_lambda_update_event_source_mapping_input, self_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DocumentDBEventSourceConfig", &s_DocumentDBEventSourceConfig, offsetof(struct awsc_lambda_update_event_source_mapping_input, document_db_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvisionedPollerConfig", &s_ProvisionedPollerConfig, offsetof(struct awsc_lambda_update_event_source_mapping_input, provisioned_poller_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateEventSourceMappingRequest_by_wire_name[] = { 18, 3, 13, 11, 20, 2, 4, 1, 17, 5, 7, 9, 12, 14, 6, 10, 21, 8, 19, 16, 15, 0 };

static const struct awsc_member awsc__lambda_UpdateFunctionCodeRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_update_function_code_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ZipFile", &s_Blob, offsetof(struct awsc_lambda_update_function_code_input, zip_file), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Bucket", &s_S3Bucket, offsetof(struct awsc_lambda_update_function_code_input, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Key", &s_S3Key, offsetof(struct awsc_lambda_update_function_code_input, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3ObjectVersion", &s_S3ObjectVersion, offsetof(struct awsc_lambda_update_function_code_input, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3ObjectStorageMode", &s_S3ObjectStorageMode, offsetof(struct awsc_lambda_update_function_code_input, s3_object_storage_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImageUri", &s_String, offsetof(struct awsc_lambda_update_function_code_input, image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Architectures", &s_ArchitecturesList, offsetof(struct awsc_lambda_update_function_code_input, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Publish", &s_Boolean, offsetof(struct awsc_lambda_update_function_code_input, publish), offsetof(struct awsc_lambda_update_function_code_input, has_publish), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PublishTo", &s_FunctionVersionLatestPublished, offsetof(struct awsc_lambda_update_function_code_input, publish_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DryRun", &s_Boolean, offsetof(struct awsc_lambda_update_function_code_input, dry_run), offsetof(struct awsc_lambda_update_function_code_input, has_dry_run), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_update_function_code_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceKMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_update_function_code_input, source_kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateFunctionCodeRequest_by_wire_name[] = { 7, 10, 0, 6, 8, 9, 11, 2, 3, 5, 4, 12, 1 };

static const struct awsc_member awsc__lambda_UpdateFunctionConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionName, offsetof(struct awsc_lambda_update_function_configuration_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Role", &s_RoleArn, offsetof(struct awsc_lambda_update_function_configuration_input, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Handler", &s_Handler, offsetof(struct awsc_lambda_update_function_configuration_input, handler), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_lambda_update_function_configuration_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timeout", &s_Timeout, offsetof(struct awsc_lambda_update_function_configuration_input, timeout), offsetof(struct awsc_lambda_update_function_configuration_input, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MemorySize", &s_MemorySize, offsetof(struct awsc_lambda_update_function_configuration_input, memory_size), offsetof(struct awsc_lambda_update_function_configuration_input, has_memory_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VpcConfig", &s_VpcConfig, offsetof(struct awsc_lambda_update_function_configuration_input, vpc_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Environment", &s_Environment, offsetof(struct awsc_lambda_update_function_configuration_input, environment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Runtime", &s_Runtime, offsetof(struct awsc_lambda_update_function_configuration_input, runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeadLetterConfig", &s_DeadLetterConfig, offsetof(struct awsc_lambda_update_function_configuration_input, dead_letter_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSKeyArn", &s_KMSKeyArn, offsetof(struct awsc_lambda_update_function_configuration_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TracingConfig", &s_TracingConfig, offsetof(struct awsc_lambda_update_function_configuration_input, tracing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RevisionId", &s_String, offsetof(struct awsc_lambda_update_function_configuration_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Layers", &s_LayerList, offsetof(struct awsc_lambda_update_function_configuration_input, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FileSystemConfigs", &s_FileSystemConfigList, offsetof(struct awsc_lambda_update_function_configuration_input, file_system_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImageConfig", &s_ImageConfig, offsetof(struct awsc_lambda_update_function_configuration_input, image_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EphemeralStorage", &s_EphemeralStorage, offsetof(struct awsc_lambda_update_function_configuration_input, ephemeral_storage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SnapStart", &s_SnapStart, offsetof(struct awsc_lambda_update_function_configuration_input, snap_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LoggingConfig", &s_LoggingConfig, offsetof(struct awsc_lambda_update_function_configuration_input, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CapacityProviderConfig", &s_CapacityProviderConfig, offsetof(struct awsc_lambda_update_function_configuration_input, capacity_provider_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurableConfig", &s_DurableConfig, offsetof(struct awsc_lambda_update_function_configuration_input, durable_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateFunctionConfigurationRequest_by_wire_name[] = { 19, 9, 3, 20, 7, 16, 14, 0, 2, 15, 10, 13, 18, 5, 12, 1, 8, 17, 4, 11, 6 };

static const struct awsc_member awsc__lambda_UpdateFunctionEventInvokeConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_NamespacedFunctionName, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_NumericLatestPublishedOrAliasQualifier, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaximumRetryAttempts", &s_MaximumRetryAttempts, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, maximum_retry_attempts), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaximumEventAgeInSeconds", &s_MaximumEventAgeInSeconds, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, maximum_event_age_in_seconds), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, has_maximum_event_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DestinationConfig", &s_DestinationConfig, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateFunctionEventInvokeConfigRequest_by_wire_name[] = { 4, 0, 3, 2, 1 };

static const struct awsc_member awsc__lambda_UpdateFunctionUrlConfigRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionName", &s_FunctionUrlFunctionName, offsetof(struct awsc_lambda_update_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Qualifier", &s_FunctionUrlQualifier, offsetof(struct awsc_lambda_update_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"AuthType", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_update_function_url_config_input, auth_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Cors", &s_Cors, offsetof(struct awsc_lambda_update_function_url_config_input, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvokeMode", &s_InvokeMode, offsetof(struct awsc_lambda_update_function_url_config_input, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateFunctionUrlConfigRequest_by_wire_name[] = { 2, 3, 0, 4, 1 };

static const struct awsc_member awsc__lambda_UpdateFunctionUrlConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FunctionUrl", &s_FunctionUrl, offsetof(struct awsc_lambda_update_function_url_config_output, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FunctionArn", &s_FunctionArn, offsetof(struct awsc_lambda_update_function_url_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AuthType", &s_FunctionUrlAuthType, offsetof(struct awsc_lambda_update_function_url_config_output, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Cors", &s_Cors, offsetof(struct awsc_lambda_update_function_url_config_output, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreationTime", &s_Timestamp, offsetof(struct awsc_lambda_update_function_url_config_output, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModifiedTime", &s_Timestamp, offsetof(struct awsc_lambda_update_function_url_config_output, last_modified_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvokeMode", &s_InvokeMode, offsetof(struct awsc_lambda_update_function_url_config_output, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__lambda_UpdateFunctionUrlConfigResponse_by_wire_name[] = { 2, 3, 4, 1, 0, 6, 5 };

static const struct awsc_member s_VpcConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubnetIds", &s_SubnetIds, offsetof(struct awsc_lambda_vpc_config, subnet_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SecurityGroupIds", &s_SecurityGroupIds, offsetof(struct awsc_lambda_vpc_config, security_group_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Ipv6AllowedForDualStack", &s_NullableBoolean, offsetof(struct awsc_lambda_vpc_config, ipv6_allowed_for_dual_stack), offsetof(struct awsc_lambda_vpc_config, has_ipv6_allowed_for_dual_stack), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VpcConfig_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_VpcConfigResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubnetIds", &s_SubnetIds, offsetof(struct awsc_lambda_vpc_config_response, subnet_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SecurityGroupIds", &s_SecurityGroupIds, offsetof(struct awsc_lambda_vpc_config_response, security_group_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VpcId", &s_VpcId, offsetof(struct awsc_lambda_vpc_config_response, vpc_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Ipv6AllowedForDualStack", &s_NullableBoolean, offsetof(struct awsc_lambda_vpc_config_response, ipv6_allowed_for_dual_stack), offsetof(struct awsc_lambda_vpc_config_response, has_ipv6_allowed_for_dual_stack), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VpcConfigResponse_by_wire_name[] = { 3, 1, 0, 2 };

static const struct awsc_member s_WaitCancelledDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Error", &s_EventError, offsetof(struct awsc_lambda_wait_cancelled_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WaitCancelledDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_WaitDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ScheduledEndTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_wait_details, scheduled_end_timestamp), offsetof(struct awsc_lambda_wait_details, has_scheduled_end_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WaitDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_WaitOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"WaitSeconds", &s_WaitOptionsWaitSecondsInteger, offsetof(struct awsc_lambda_wait_options, wait_seconds), offsetof(struct awsc_lambda_wait_options, has_wait_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WaitOptions_by_wire_name[] = { 0 };

static const struct awsc_member s_WaitStartedDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Duration", &s_DurationSeconds, offsetof(struct awsc_lambda_wait_started_details, duration), offsetof(struct awsc_lambda_wait_started_details, has_duration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScheduledEndTimestamp", &s_ExecutionTimestamp, offsetof(struct awsc_lambda_wait_started_details, scheduled_end_timestamp), offsetof(struct awsc_lambda_wait_started_details, has_scheduled_end_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WaitStartedDetails_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_WaitSucceededDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Duration", &s_DurationSeconds, offsetof(struct awsc_lambda_wait_succeeded_details, duration), offsetof(struct awsc_lambda_wait_succeeded_details, has_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WaitSucceededDetails_by_wire_name[] = { 0 };

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
    .range = &s_Action_range,
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
    .member_count = 12,
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

const struct awsc_shape awsc__lambda_AliasLimitExceededException = {
    .name = "AliasLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_alias_limit_exceeded_exception),
    .members = awsc__lambda_AliasLimitExceededException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_AliasLimitExceededException_by_wire_name,
    .error_code = "AliasLimitExceededException",
    .http_status = 400,
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
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_AllowMethodsList_range,
    .item = &s_Method,
};

static const struct awsc_shape s_AllowOriginsList = {
    .name = "AllowOriginsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
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
    .member_count = 2,
    .by_wire_name = s_AmazonManagedKafkaEventSourceConfig_by_wire_name,
};

static const struct awsc_shape s_ApplicationLogLevel = {
    .name = "ApplicationLogLevel",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ApplicationLogLevel_values,
    .enum_count = 6,
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
    .range = &s_Arn_range,
};

static const struct awsc_shape s_AttemptCount = {
    .name = "AttemptCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_AttemptCount_range,
};

static const struct awsc_shape s_BatchSize = {
    .name = "BatchSize",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_BatchSize_range,
};

static const struct awsc_shape s_BinaryOperationPayload = {
    .name = "BinaryOperationPayload",
    .type = AWSC_SHAPE_BLOB,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_blob),
    .range = &s_BinaryOperationPayload_range,
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

static const struct awsc_shape s_CallbackDetails = {
    .name = "CallbackDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_callback_details),
    .members = s_CallbackDetails_members,
    .member_count = 3,
    .by_wire_name = s_CallbackDetails_by_wire_name,
};

static const struct awsc_shape s_CallbackFailedDetails = {
    .name = "CallbackFailedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_callback_failed_details),
    .members = s_CallbackFailedDetails_members,
    .member_count = 1,
    .by_wire_name = s_CallbackFailedDetails_by_wire_name,
};

static const struct awsc_shape s_CallbackId = {
    .name = "CallbackId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CallbackId_range,
};

static const struct awsc_shape s_CallbackOptions = {
    .name = "CallbackOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_callback_options),
    .members = s_CallbackOptions_members,
    .member_count = 2,
    .by_wire_name = s_CallbackOptions_by_wire_name,
};

static const struct awsc_shape s_CallbackOptionsHeartbeatTimeoutSecondsInteger = {
    .name = "CallbackOptionsHeartbeatTimeoutSecondsInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_CallbackOptionsHeartbeatTimeoutSecondsInteger_range,
};

static const struct awsc_shape s_CallbackOptionsTimeoutSecondsInteger = {
    .name = "CallbackOptionsTimeoutSecondsInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_CallbackOptionsTimeoutSecondsInteger_range,
};

static const struct awsc_shape s_CallbackStartedDetails = {
    .name = "CallbackStartedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_callback_started_details),
    .members = s_CallbackStartedDetails_members,
    .member_count = 3,
    .by_wire_name = s_CallbackStartedDetails_by_wire_name,
};

static const struct awsc_shape s_CallbackSucceededDetails = {
    .name = "CallbackSucceededDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_callback_succeeded_details),
    .members = s_CallbackSucceededDetails_members,
    .member_count = 1,
    .by_wire_name = s_CallbackSucceededDetails_by_wire_name,
};

static const struct awsc_shape s_CallbackTimedOutDetails = {
    .name = "CallbackTimedOutDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_callback_timed_out_details),
    .members = s_CallbackTimedOutDetails_members,
    .member_count = 1,
    .by_wire_name = s_CallbackTimedOutDetails_by_wire_name,
};

const struct awsc_shape awsc__lambda_CallbackTimeoutException = {
    .name = "CallbackTimeoutException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_callback_timeout_exception),
    .members = awsc__lambda_CallbackTimeoutException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CallbackTimeoutException_by_wire_name,
    .error_code = "CallbackTimeoutException",
    .http_status = 400,
};

static const struct awsc_shape s_CapacityProvider = {
    .name = "CapacityProvider",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_capacity_provider),
    .members = s_CapacityProvider_members,
    .member_count = 10,
    .by_wire_name = s_CapacityProvider_by_wire_name,
};

static const struct awsc_shape s_CapacityProviderArn = {
    .name = "CapacityProviderArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CapacityProviderArn_range,
};

static const struct awsc_shape s_CapacityProviderConfig = {
    .name = "CapacityProviderConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_capacity_provider_config),
    .members = s_CapacityProviderConfig_members,
    .member_count = 1,
    .by_wire_name = s_CapacityProviderConfig_by_wire_name,
};

const struct awsc_shape awsc__lambda_CapacityProviderLimitExceededException = {
    .name = "CapacityProviderLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_capacity_provider_limit_exceeded_exception),
    .members = awsc__lambda_CapacityProviderLimitExceededException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CapacityProviderLimitExceededException_by_wire_name,
    .error_code = "CapacityProviderLimitExceededException",
    .http_status = 400,
};

static const struct awsc_shape s_CapacityProviderLoggingConfig = {
    .name = "CapacityProviderLoggingConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_capacity_provider_logging_config),
    .members = s_CapacityProviderLoggingConfig_members,
    .member_count = 2,
    .by_wire_name = s_CapacityProviderLoggingConfig_by_wire_name,
};

static const struct awsc_shape s_CapacityProviderMaxVCpuCount = {
    .name = "CapacityProviderMaxVCpuCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_CapacityProviderMaxVCpuCount_range,
};

static const struct awsc_shape s_CapacityProviderName = {
    .name = "CapacityProviderName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CapacityProviderName_range,
};

static const struct awsc_shape s_CapacityProviderPermissionsConfig = {
    .name = "CapacityProviderPermissionsConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_capacity_provider_permissions_config),
    .members = s_CapacityProviderPermissionsConfig_members,
    .member_count = 1,
    .by_wire_name = s_CapacityProviderPermissionsConfig_by_wire_name,
};

static const struct awsc_shape s_CapacityProviderPredefinedMetricType = {
    .name = "CapacityProviderPredefinedMetricType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_CapacityProviderPredefinedMetricType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_CapacityProviderScalingConfig = {
    .name = "CapacityProviderScalingConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_capacity_provider_scaling_config),
    .members = s_CapacityProviderScalingConfig_members,
    .member_count = 3,
    .by_wire_name = s_CapacityProviderScalingConfig_by_wire_name,
};

static const struct awsc_shape s_CapacityProviderScalingMode = {
    .name = "CapacityProviderScalingMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_CapacityProviderScalingMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_CapacityProviderScalingPoliciesList = {
    .name = "CapacityProviderScalingPoliciesList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_capacity_provider_scaling_policies_list),
    .range = &s_CapacityProviderScalingPoliciesList_range,
    .item = &s_TargetTrackingScalingPolicy,
};

static const struct awsc_shape s_CapacityProviderSecurityGroupIds = {
    .name = "CapacityProviderSecurityGroupIds",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_CapacityProviderSecurityGroupIds_range,
    .item = &s_SecurityGroupId,
};

static const struct awsc_shape s_CapacityProviderState = {
    .name = "CapacityProviderState",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_CapacityProviderState_values,
    .enum_count = 4,
};

static const struct awsc_shape s_CapacityProviderSubnetIds = {
    .name = "CapacityProviderSubnetIds",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_CapacityProviderSubnetIds_range,
    .item = &s_SubnetId,
};

static const struct awsc_shape s_CapacityProviderTelemetryConfig = {
    .name = "CapacityProviderTelemetryConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_capacity_provider_telemetry_config),
    .members = s_CapacityProviderTelemetryConfig_members,
    .member_count = 1,
    .by_wire_name = s_CapacityProviderTelemetryConfig_by_wire_name,
};

static const struct awsc_shape s_CapacityProviderVpcConfig = {
    .name = "CapacityProviderVpcConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_capacity_provider_vpc_config),
    .members = s_CapacityProviderVpcConfig_members,
    .member_count = 2,
    .by_wire_name = s_CapacityProviderVpcConfig_by_wire_name,
};

static const struct awsc_shape s_CapacityProvidersList = {
    .name = "CapacityProvidersList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_capacity_providers_list),
    .range = &s_CapacityProvidersList_range,
    .item = &s_CapacityProvider,
};

static const struct awsc_shape s_ChainedInvokeDetails = {
    .name = "ChainedInvokeDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_chained_invoke_details),
    .members = s_ChainedInvokeDetails_members,
    .member_count = 2,
    .by_wire_name = s_ChainedInvokeDetails_by_wire_name,
};

static const struct awsc_shape s_ChainedInvokeFailedDetails = {
    .name = "ChainedInvokeFailedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_chained_invoke_failed_details),
    .members = s_ChainedInvokeFailedDetails_members,
    .member_count = 1,
    .by_wire_name = s_ChainedInvokeFailedDetails_by_wire_name,
};

static const struct awsc_shape s_ChainedInvokeOptions = {
    .name = "ChainedInvokeOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_chained_invoke_options),
    .members = s_ChainedInvokeOptions_members,
    .member_count = 2,
    .by_wire_name = s_ChainedInvokeOptions_by_wire_name,
};

static const struct awsc_shape s_ChainedInvokeStartedDetails = {
    .name = "ChainedInvokeStartedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_chained_invoke_started_details),
    .members = s_ChainedInvokeStartedDetails_members,
    .member_count = 5,
    .by_wire_name = s_ChainedInvokeStartedDetails_by_wire_name,
};

static const struct awsc_shape s_ChainedInvokeStoppedDetails = {
    .name = "ChainedInvokeStoppedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_chained_invoke_stopped_details),
    .members = s_ChainedInvokeStoppedDetails_members,
    .member_count = 1,
    .by_wire_name = s_ChainedInvokeStoppedDetails_by_wire_name,
};

static const struct awsc_shape s_ChainedInvokeSucceededDetails = {
    .name = "ChainedInvokeSucceededDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_chained_invoke_succeeded_details),
    .members = s_ChainedInvokeSucceededDetails_members,
    .member_count = 1,
    .by_wire_name = s_ChainedInvokeSucceededDetails_by_wire_name,
};

static const struct awsc_shape s_ChainedInvokeTimedOutDetails = {
    .name = "ChainedInvokeTimedOutDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_chained_invoke_timed_out_details),
    .members = s_ChainedInvokeTimedOutDetails_members,
    .member_count = 1,
    .by_wire_name = s_ChainedInvokeTimedOutDetails_by_wire_name,
};

const struct awsc_shape awsc__lambda_CheckpointDurableExecutionRequest = {
    .name = "CheckpointDurableExecutionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_checkpoint_durable_execution_input),
    .members = awsc__lambda_CheckpointDurableExecutionRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_CheckpointDurableExecutionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CheckpointDurableExecutionResponse = {
    .name = "CheckpointDurableExecutionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_checkpoint_durable_execution_output),
    .members = awsc__lambda_CheckpointDurableExecutionResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CheckpointDurableExecutionResponse_by_wire_name,
};

static const struct awsc_shape s_CheckpointToken = {
    .name = "CheckpointToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CheckpointToken_range,
};

static const struct awsc_shape s_CheckpointUpdatedExecutionState = {
    .name = "CheckpointUpdatedExecutionState",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_checkpoint_updated_execution_state),
    .members = s_CheckpointUpdatedExecutionState_members,
    .member_count = 2,
    .by_wire_name = s_CheckpointUpdatedExecutionState_by_wire_name,
};

static const struct awsc_shape s_ClientToken = {
    .name = "ClientToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ClientToken_range,
};

const struct awsc_shape awsc__lambda_CodeArtifactUserDeletedException = {
    .name = "CodeArtifactUserDeletedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_code_artifact_user_deleted_exception),
    .members = awsc__lambda_CodeArtifactUserDeletedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CodeArtifactUserDeletedException_by_wire_name,
    .error_code = "CodeArtifactUserDeletedException",
    .http_status = 409,
};

const struct awsc_shape awsc__lambda_CodeArtifactUserFailedException = {
    .name = "CodeArtifactUserFailedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_code_artifact_user_failed_exception),
    .members = awsc__lambda_CodeArtifactUserFailedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CodeArtifactUserFailedException_by_wire_name,
    .error_code = "CodeArtifactUserFailedException",
    .http_status = 409,
};

const struct awsc_shape awsc__lambda_CodeArtifactUserPendingException = {
    .name = "CodeArtifactUserPendingException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_code_artifact_user_pending_exception),
    .members = awsc__lambda_CodeArtifactUserPendingException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CodeArtifactUserPendingException_by_wire_name,
    .error_code = "CodeArtifactUserPendingException",
    .http_status = 409,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_code_verification_failed_exception),
    .members = awsc__lambda_CodeVerificationFailedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_CodeVerificationFailedException_by_wire_name,
    .error_code = "CodeVerificationFailedException",
    .http_status = 400,
};

static const struct awsc_shape s_CollectionName = {
    .name = "CollectionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CollectionName_range,
};

static const struct awsc_shape s_CompatibleArchitectures = {
    .name = "CompatibleArchitectures",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_CompatibleArchitectures_range,
    .item = &s_Architecture,
};

static const struct awsc_shape s_CompatibleRuntimes = {
    .name = "CompatibleRuntimes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
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

static const struct awsc_shape s_ContextDetails = {
    .name = "ContextDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_context_details),
    .members = s_ContextDetails_members,
    .member_count = 3,
    .by_wire_name = s_ContextDetails_by_wire_name,
};

static const struct awsc_shape s_ContextFailedDetails = {
    .name = "ContextFailedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_context_failed_details),
    .members = s_ContextFailedDetails_members,
    .member_count = 1,
    .by_wire_name = s_ContextFailedDetails_by_wire_name,
};

static const struct awsc_shape s_ContextOptions = {
    .name = "ContextOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_context_options),
    .members = s_ContextOptions_members,
    .member_count = 1,
    .by_wire_name = s_ContextOptions_by_wire_name,
};

static const struct awsc_shape s_ContextStartedDetails = {
    .name = "ContextStartedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_context_started_details),
};

static const struct awsc_shape s_ContextSucceededDetails = {
    .name = "ContextSucceededDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_context_succeeded_details),
    .members = s_ContextSucceededDetails_members,
    .member_count = 1,
    .by_wire_name = s_ContextSucceededDetails_by_wire_name,
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

const struct awsc_shape awsc__lambda_CreateCapacityProviderRequest = {
    .name = "CreateCapacityProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_capacity_provider_input),
    .members = awsc__lambda_CreateCapacityProviderRequest_members,
    .member_count = 9,
    .by_wire_name = awsc__lambda_CreateCapacityProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateCapacityProviderResponse = {
    .name = "CreateCapacityProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_capacity_provider_output),
    .members = awsc__lambda_CreateCapacityProviderResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_CreateCapacityProviderResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateCodeSigningConfigRequest = {
    .name = "CreateCodeSigningConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_code_signing_config_input),
    .members = awsc__lambda_CreateCodeSigningConfigRequest_members,
    .member_count = 4,
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
    .member_count = 28,
    .by_wire_name = awsc__lambda_CreateEventSourceMappingRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateFunctionRequest = {
    .name = "CreateFunctionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_function_input),
    .members = awsc__lambda_CreateFunctionRequest_members,
    .member_count = 28,
    .by_wire_name = awsc__lambda_CreateFunctionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigRequest = {
    .name = "CreateFunctionUrlConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_function_url_config_input),
    .members = awsc__lambda_CreateFunctionUrlConfigRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__lambda_CreateFunctionUrlConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_CreateFunctionUrlConfigResponse = {
    .name = "CreateFunctionUrlConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_create_function_url_config_output),
    .members = awsc__lambda_CreateFunctionUrlConfigResponse_members,
    .member_count = 6,
    .by_wire_name = awsc__lambda_CreateFunctionUrlConfigResponse_by_wire_name,
};

static const struct awsc_shape s_DatabaseName = {
    .name = "DatabaseName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DatabaseName_range,
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

const struct awsc_shape awsc__lambda_DeleteCapacityProviderRequest = {
    .name = "DeleteCapacityProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_capacity_provider_input),
    .members = awsc__lambda_DeleteCapacityProviderRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_DeleteCapacityProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_DeleteCapacityProviderResponse = {
    .name = "DeleteCapacityProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_capacity_provider_output),
    .members = awsc__lambda_DeleteCapacityProviderResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_DeleteCapacityProviderResponse_by_wire_name,
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

const struct awsc_shape awsc__lambda_DeleteFunctionResponse = {
    .name = "DeleteFunctionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_delete_function_output),
    .members = awsc__lambda_DeleteFunctionResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_DeleteFunctionResponse_by_wire_name,
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

static const struct awsc_shape s_DocumentDBEventSourceConfig = {
    .name = "DocumentDBEventSourceConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_document_db_event_source_config),
    .members = s_DocumentDBEventSourceConfig_members,
    .member_count = 3,
    .by_wire_name = s_DocumentDBEventSourceConfig_by_wire_name,
};

static const struct awsc_shape s_DurableConfig = {
    .name = "DurableConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_durable_config),
    .members = s_DurableConfig_members,
    .member_count = 3,
    .by_wire_name = s_DurableConfig_by_wire_name,
};

const struct awsc_shape awsc__lambda_DurableExecutionAlreadyStartedException = {
    .name = "DurableExecutionAlreadyStartedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_durable_execution_already_started_exception),
    .members = awsc__lambda_DurableExecutionAlreadyStartedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_DurableExecutionAlreadyStartedException_by_wire_name,
    .error_code = "DurableExecutionAlreadyStartedException",
    .http_status = 409,
};

static const struct awsc_shape s_DurableExecutionArn = {
    .name = "DurableExecutionArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DurableExecutionArn_range,
};

static const struct awsc_shape s_DurableExecutionName = {
    .name = "DurableExecutionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DurableExecutionName_range,
};

static const struct awsc_shape s_DurableExecutions = {
    .name = "DurableExecutions",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_durable_executions),
    .item = &s_Execution,
};

static const struct awsc_shape s_DurationSeconds = {
    .name = "DurationSeconds",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DurationSeconds_range,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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

const struct awsc_shape awsc__lambda_ENINotReadyException = {
    .name = "ENINotReadyException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_lambda_eni_not_ready_exception),
    .members = awsc__lambda_ENINotReadyException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ENINotReadyException_by_wire_name,
    .error_code = "ENINotReadyException",
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
    .size = sizeof(struct awsc_lambda_architectures_list),
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
    .size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map),
    .item = &s_EnvironmentVariableValue,
    .key = &s_EnvironmentVariableName,
    .value_offset = offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry, value),
    .entry_size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry),
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

static const struct awsc_shape s_ErrorData = {
    .name = "ErrorData",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ErrorMessage = {
    .name = "ErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ErrorObject = {
    .name = "ErrorObject",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_error_object),
    .members = s_ErrorObject_members,
    .member_count = 4,
    .by_wire_name = s_ErrorObject_by_wire_name,
};

static const struct awsc_shape s_ErrorType = {
    .name = "ErrorType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Event = {
    .name = "Event",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_event),
    .members = s_Event_members,
    .member_count = 31,
    .by_wire_name = s_Event_by_wire_name,
};

static const struct awsc_shape s_EventError = {
    .name = "EventError",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_event_error),
    .members = s_EventError_members,
    .member_count = 2,
    .by_wire_name = s_EventError_by_wire_name,
};

static const struct awsc_shape s_EventId = {
    .name = "EventId",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_EventId_range,
};

static const struct awsc_shape s_EventInput = {
    .name = "EventInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_event_input),
    .members = s_EventInput_members,
    .member_count = 2,
    .by_wire_name = s_EventInput_by_wire_name,
};

static const struct awsc_shape s_EventResult = {
    .name = "EventResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_event_result),
    .members = s_EventResult_members,
    .member_count = 2,
    .by_wire_name = s_EventResult_by_wire_name,
};

static const struct awsc_shape s_EventSourceMappingArn = {
    .name = "EventSourceMappingArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EventSourceMappingArn_range,
};

const struct awsc_shape awsc__lambda_EventSourceMappingConfiguration = {
    .name = "EventSourceMappingConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_event_source_mapping_configuration),
    .members = awsc__lambda_EventSourceMappingConfiguration_members,
    .member_count = 33,
    .by_wire_name = awsc__lambda_EventSourceMappingConfiguration_by_wire_name,
};

static const struct awsc_shape s_EventSourceMappingLoggingConfig = {
    .name = "EventSourceMappingLoggingConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_event_source_mapping_logging_config),
    .members = s_EventSourceMappingLoggingConfig_members,
    .member_count = 1,
    .by_wire_name = s_EventSourceMappingLoggingConfig_by_wire_name,
};

static const struct awsc_shape s_EventSourceMappingMetric = {
    .name = "EventSourceMappingMetric",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EventSourceMappingMetric_values,
    .enum_count = 3,
};

static const struct awsc_shape s_EventSourceMappingMetricList = {
    .name = "EventSourceMappingMetricList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_EventSourceMappingMetricList_range,
    .item = &s_EventSourceMappingMetric,
};

static const struct awsc_shape s_EventSourceMappingMetricsConfig = {
    .name = "EventSourceMappingMetricsConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_event_source_mapping_metrics_config),
    .members = s_EventSourceMappingMetricsConfig_members,
    .member_count = 1,
    .by_wire_name = s_EventSourceMappingMetricsConfig_by_wire_name,
};

static const struct awsc_shape s_EventSourceMappingSystemLogLevel = {
    .name = "EventSourceMappingSystemLogLevel",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EventSourceMappingSystemLogLevel_values,
    .enum_count = 3,
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

static const struct awsc_shape s_EventType = {
    .name = "EventType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EventType_values,
    .enum_count = 24,
};

static const struct awsc_shape s_Events = {
    .name = "Events",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_events),
    .item = &s_Event,
};

static const struct awsc_shape s_Execution = {
    .name = "Execution",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_execution),
    .members = s_Execution_members,
    .member_count = 7,
    .by_wire_name = s_Execution_by_wire_name,
};

static const struct awsc_shape s_ExecutionDataIncluded = {
    .name = "ExecutionDataIncluded",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_ExecutionDetails = {
    .name = "ExecutionDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_execution_details),
    .members = s_ExecutionDetails_members,
    .member_count = 1,
    .by_wire_name = s_ExecutionDetails_by_wire_name,
};

static const struct awsc_shape s_ExecutionEnvironmentMemoryGiBPerVCpu = {
    .name = "ExecutionEnvironmentMemoryGiBPerVCpu",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
    .range = &s_ExecutionEnvironmentMemoryGiBPerVCpu_range,
};

static const struct awsc_shape s_ExecutionFailedDetails = {
    .name = "ExecutionFailedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_execution_failed_details),
    .members = s_ExecutionFailedDetails_members,
    .member_count = 1,
    .by_wire_name = s_ExecutionFailedDetails_by_wire_name,
};

static const struct awsc_shape s_ExecutionStartedDetails = {
    .name = "ExecutionStartedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_execution_started_details),
    .members = s_ExecutionStartedDetails_members,
    .member_count = 2,
    .by_wire_name = s_ExecutionStartedDetails_by_wire_name,
};

static const struct awsc_shape s_ExecutionStatus = {
    .name = "ExecutionStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExecutionStatus_values,
    .enum_count = 5,
};

static const struct awsc_shape s_ExecutionStatusList = {
    .name = "ExecutionStatusList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_ExecutionStatusList_range,
    .item = &s_ExecutionStatus,
};

static const struct awsc_shape s_ExecutionStoppedDetails = {
    .name = "ExecutionStoppedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_execution_stopped_details),
    .members = s_ExecutionStoppedDetails_members,
    .member_count = 1,
    .by_wire_name = s_ExecutionStoppedDetails_by_wire_name,
};

static const struct awsc_shape s_ExecutionSucceededDetails = {
    .name = "ExecutionSucceededDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_execution_succeeded_details),
    .members = s_ExecutionSucceededDetails_members,
    .member_count = 1,
    .by_wire_name = s_ExecutionSucceededDetails_by_wire_name,
};

static const struct awsc_shape s_ExecutionTimedOutDetails = {
    .name = "ExecutionTimedOutDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_execution_timed_out_details),
    .members = s_ExecutionTimedOutDetails_members,
    .member_count = 1,
    .by_wire_name = s_ExecutionTimedOutDetails_by_wire_name,
};

static const struct awsc_shape s_ExecutionTimeout = {
    .name = "ExecutionTimeout",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ExecutionTimeout_range,
};

static const struct awsc_shape s_ExecutionTimestamp = {
    .name = "ExecutionTimestamp",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
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

static const struct awsc_shape s_FilterCriteriaError = {
    .name = "FilterCriteriaError",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_filter_criteria_error),
    .members = s_FilterCriteriaError_members,
    .member_count = 2,
    .by_wire_name = s_FilterCriteriaError_by_wire_name,
};

static const struct awsc_shape s_FilterCriteriaErrorCode = {
    .name = "FilterCriteriaErrorCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_FilterCriteriaErrorCode_range,
};

static const struct awsc_shape s_FilterCriteriaErrorMessage = {
    .name = "FilterCriteriaErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_FilterCriteriaErrorMessage_range,
};

static const struct awsc_shape s_FilterList = {
    .name = "FilterList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_filter_list),
    .item = &s_Filter,
};

static const struct awsc_shape s_FullDocument = {
    .name = "FullDocument",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_FullDocument_values,
    .enum_count = 2,
};

static const struct awsc_shape s_FunctionArn = {
    .name = "FunctionArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_FunctionArn_range,
};

static const struct awsc_shape s_FunctionArnList = {
    .name = "FunctionArnList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .item = &s_FunctionArn,
};

static const struct awsc_shape s_FunctionCode = {
    .name = "FunctionCode",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_code),
    .members = s_FunctionCode_members,
    .member_count = 7,
    .by_wire_name = s_FunctionCode_by_wire_name,
};

static const struct awsc_shape s_FunctionCodeLocation = {
    .name = "FunctionCodeLocation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_code_location),
    .members = s_FunctionCodeLocation_members,
    .member_count = 7,
    .by_wire_name = s_FunctionCodeLocation_by_wire_name,
};

static const struct awsc_shape s_FunctionCodeLocationError = {
    .name = "FunctionCodeLocationError",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_code_location_error),
    .members = s_FunctionCodeLocationError_members,
    .member_count = 2,
    .by_wire_name = s_FunctionCodeLocationError_by_wire_name,
};

const struct awsc_shape awsc__lambda_FunctionConfiguration = {
    .name = "FunctionConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_configuration),
    .members = awsc__lambda_FunctionConfiguration_members,
    .member_count = 40,
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
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_FunctionResponseTypeList_range,
    .item = &s_FunctionResponseType,
};

static const struct awsc_shape s_FunctionScalingConfig = {
    .name = "FunctionScalingConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_scaling_config),
    .members = s_FunctionScalingConfig_members,
    .member_count = 2,
    .by_wire_name = s_FunctionScalingConfig_by_wire_name,
};

static const struct awsc_shape s_FunctionScalingConfigExecutionEnvironments = {
    .name = "FunctionScalingConfigExecutionEnvironments",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_FunctionScalingConfigExecutionEnvironments_range,
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
    .member_count = 7,
    .by_wire_name = s_FunctionUrlConfig_by_wire_name,
};

static const struct awsc_shape s_FunctionUrlConfigList = {
    .name = "FunctionUrlConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_function_url_config_list),
    .item = &s_FunctionUrlConfig,
};

static const struct awsc_shape s_FunctionUrlFunctionName = {
    .name = "FunctionUrlFunctionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_FunctionUrlFunctionName_range,
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

static const struct awsc_shape s_FunctionVersionLatestPublished = {
    .name = "FunctionVersionLatestPublished",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_FunctionVersionLatestPublished_values,
    .enum_count = 1,
};

static const struct awsc_shape s_FunctionVersionsByCapacityProviderList = {
    .name = "FunctionVersionsByCapacityProviderList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_function_versions_by_capacity_provider_list),
    .range = &s_FunctionVersionsByCapacityProviderList_range,
    .item = &s_FunctionVersionsByCapacityProviderListItem,
};

static const struct awsc_shape s_FunctionVersionsByCapacityProviderListItem = {
    .name = "FunctionVersionsByCapacityProviderListItem",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_function_versions_by_capacity_provider_list_item),
    .members = s_FunctionVersionsByCapacityProviderListItem_members,
    .member_count = 2,
    .by_wire_name = s_FunctionVersionsByCapacityProviderListItem_by_wire_name,
};

const struct awsc_shape awsc__lambda_FunctionVersionsPerCapacityProviderLimitExceededException = {
    .name = "FunctionVersionsPerCapacityProviderLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception),
    .members = awsc__lambda_FunctionVersionsPerCapacityProviderLimitExceededException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_FunctionVersionsPerCapacityProviderLimitExceededException_by_wire_name,
    .error_code = "FunctionVersionsPerCapacityProviderLimitExceededException",
    .http_status = 400,
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

const struct awsc_shape awsc__lambda_GetCapacityProviderRequest = {
    .name = "GetCapacityProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_capacity_provider_input),
    .members = awsc__lambda_GetCapacityProviderRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetCapacityProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetCapacityProviderResponse = {
    .name = "GetCapacityProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_capacity_provider_output),
    .members = awsc__lambda_GetCapacityProviderResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetCapacityProviderResponse_by_wire_name,
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

const struct awsc_shape awsc__lambda_GetDurableExecutionHistoryRequest = {
    .name = "GetDurableExecutionHistoryRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_durable_execution_history_input),
    .members = awsc__lambda_GetDurableExecutionHistoryRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__lambda_GetDurableExecutionHistoryRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetDurableExecutionHistoryResponse = {
    .name = "GetDurableExecutionHistoryResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_durable_execution_history_output),
    .members = awsc__lambda_GetDurableExecutionHistoryResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetDurableExecutionHistoryResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetDurableExecutionRequest = {
    .name = "GetDurableExecutionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_durable_execution_input),
    .members = awsc__lambda_GetDurableExecutionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetDurableExecutionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetDurableExecutionResponse = {
    .name = "GetDurableExecutionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_durable_execution_output),
    .members = awsc__lambda_GetDurableExecutionResponse_members,
    .member_count = 13,
    .by_wire_name = awsc__lambda_GetDurableExecutionResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetDurableExecutionStateRequest = {
    .name = "GetDurableExecutionStateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_durable_execution_state_input),
    .members = awsc__lambda_GetDurableExecutionStateRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_GetDurableExecutionStateRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetDurableExecutionStateResponse = {
    .name = "GetDurableExecutionStateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_durable_execution_state_output),
    .members = awsc__lambda_GetDurableExecutionStateResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetDurableExecutionStateResponse_by_wire_name,
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

const struct awsc_shape awsc__lambda_GetFunctionRecursionConfigRequest = {
    .name = "GetFunctionRecursionConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_recursion_config_input),
    .members = awsc__lambda_GetFunctionRecursionConfigRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetFunctionRecursionConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionRecursionConfigResponse = {
    .name = "GetFunctionRecursionConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_recursion_config_output),
    .members = awsc__lambda_GetFunctionRecursionConfigResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_GetFunctionRecursionConfigResponse_by_wire_name,
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
    .member_count = 5,
    .by_wire_name = awsc__lambda_GetFunctionResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionScalingConfigRequest = {
    .name = "GetFunctionScalingConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_scaling_config_input),
    .members = awsc__lambda_GetFunctionScalingConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetFunctionScalingConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetFunctionScalingConfigResponse = {
    .name = "GetFunctionScalingConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_function_scaling_config_output),
    .members = awsc__lambda_GetFunctionScalingConfigResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_GetFunctionScalingConfigResponse_by_wire_name,
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
    .member_count = 7,
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

const struct awsc_shape awsc__lambda_GetRuntimeManagementConfigRequest = {
    .name = "GetRuntimeManagementConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_runtime_management_config_input),
    .members = awsc__lambda_GetRuntimeManagementConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_GetRuntimeManagementConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_GetRuntimeManagementConfigResponse = {
    .name = "GetRuntimeManagementConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_get_runtime_management_config_output),
    .members = awsc__lambda_GetRuntimeManagementConfigResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_GetRuntimeManagementConfigResponse_by_wire_name,
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
    .size = sizeof(struct awsc_lambda_architectures_list),
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

static const struct awsc_shape s_IncludeExecutionData = {
    .name = "IncludeExecutionData",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_InputPayload = {
    .name = "InputPayload",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_InputPayload_range,
};

static const struct awsc_shape s_InstanceRequirements = {
    .name = "InstanceRequirements",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_instance_requirements),
    .members = s_InstanceRequirements_members,
    .member_count = 3,
    .by_wire_name = s_InstanceRequirements_by_wire_name,
};

static const struct awsc_shape s_InstanceType = {
    .name = "InstanceType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_InstanceType_range,
};

static const struct awsc_shape s_InstanceTypeSet = {
    .name = "InstanceTypeSet",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_InstanceTypeSet_range,
    .item = &s_InstanceType,
};

static const struct awsc_shape s_Integer = {
    .name = "Integer",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__lambda_InvalidCodeSignatureException = {
    .name = "InvalidCodeSignatureException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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

static const struct awsc_shape s_InvocationCompletedDetails = {
    .name = "InvocationCompletedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_invocation_completed_details),
    .members = s_InvocationCompletedDetails_members,
    .member_count = 4,
    .by_wire_name = s_InvocationCompletedDetails_by_wire_name,
};

const struct awsc_shape awsc__lambda_InvocationRequest = {
    .name = "InvocationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_invoke_input),
    .members = awsc__lambda_InvocationRequest_members,
    .member_count = 8,
    .by_wire_name = awsc__lambda_InvocationRequest_by_wire_name,
    .payload = "Payload",
};

const struct awsc_shape awsc__lambda_InvocationResponse = {
    .name = "InvocationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_invoke_output),
    .members = awsc__lambda_InvocationResponse_members,
    .member_count = 6,
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

static const struct awsc_shape s_InvokeMode = {
    .name = "InvokeMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InvokeMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_InvokeResponseStreamUpdate = {
    .name = "InvokeResponseStreamUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_lambda_invoke_response_stream_update),
    .members = s_InvokeResponseStreamUpdate_members,
    .member_count = 1,
    .by_wire_name = s_InvokeResponseStreamUpdate_by_wire_name,
};

static const struct awsc_shape s_InvokeWithResponseStreamCompleteEvent = {
    .name = "InvokeWithResponseStreamCompleteEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_lambda_invoke_with_response_stream_complete_event),
    .members = s_InvokeWithResponseStreamCompleteEvent_members,
    .member_count = 3,
    .by_wire_name = s_InvokeWithResponseStreamCompleteEvent_by_wire_name,
};

const struct awsc_shape awsc__lambda_InvokeWithResponseStreamRequest = {
    .name = "InvokeWithResponseStreamRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_invoke_with_response_stream_input),
    .members = awsc__lambda_InvokeWithResponseStreamRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__lambda_InvokeWithResponseStreamRequest_by_wire_name,
    .payload = "Payload",
};

const struct awsc_shape awsc__lambda_InvokeWithResponseStreamResponse = {
    .name = "InvokeWithResponseStreamResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_invoke_with_response_stream_output),
    .members = awsc__lambda_InvokeWithResponseStreamResponse_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_InvokeWithResponseStreamResponse_by_wire_name,
    .payload = "EventStream",
};

static const struct awsc_shape s_InvokeWithResponseStreamResponseEvent = {
    .name = "InvokeWithResponseStreamResponseEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENTSTREAM,
    .size = sizeof(struct awsc_lambda_invoke_with_response_stream_event),
    .members = s_InvokeWithResponseStreamResponseEvent_members,
    .member_count = 2,
    .by_wire_name = s_InvokeWithResponseStreamResponseEvent_by_wire_name,
};

static const struct awsc_shape s_InvokedViaFunctionUrl = {
    .name = "InvokedViaFunctionUrl",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_ItemCount = {
    .name = "ItemCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_ItemCount_range,
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
    .range = &s_KMSKeyArn_range,
};

static const struct awsc_shape s_KMSKeyArnNonEmpty = {
    .name = "KMSKeyArnNonEmpty",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_KMSKeyArnNonEmpty_range,
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

static const struct awsc_shape s_KafkaSchemaRegistryAccessConfig = {
    .name = "KafkaSchemaRegistryAccessConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_kafka_schema_registry_access_config),
    .members = s_KafkaSchemaRegistryAccessConfig_members,
    .member_count = 2,
    .by_wire_name = s_KafkaSchemaRegistryAccessConfig_by_wire_name,
};

static const struct awsc_shape s_KafkaSchemaRegistryAccessConfigList = {
    .name = "KafkaSchemaRegistryAccessConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_kafka_schema_registry_access_config_list),
    .item = &s_KafkaSchemaRegistryAccessConfig,
};

static const struct awsc_shape s_KafkaSchemaRegistryAuthType = {
    .name = "KafkaSchemaRegistryAuthType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_KafkaSchemaRegistryAuthType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_KafkaSchemaRegistryConfig = {
    .name = "KafkaSchemaRegistryConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_kafka_schema_registry_config),
    .members = s_KafkaSchemaRegistryConfig_members,
    .member_count = 4,
    .by_wire_name = s_KafkaSchemaRegistryConfig_by_wire_name,
};

static const struct awsc_shape s_KafkaSchemaValidationAttribute = {
    .name = "KafkaSchemaValidationAttribute",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_KafkaSchemaValidationAttribute_values,
    .enum_count = 2,
};

static const struct awsc_shape s_KafkaSchemaValidationConfig = {
    .name = "KafkaSchemaValidationConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_kafka_schema_validation_config),
    .members = s_KafkaSchemaValidationConfig_members,
    .member_count = 1,
    .by_wire_name = s_KafkaSchemaValidationConfig_by_wire_name,
};

static const struct awsc_shape s_KafkaSchemaValidationConfigList = {
    .name = "KafkaSchemaValidationConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_kafka_schema_validation_config_list),
    .item = &s_KafkaSchemaValidationConfig,
};

static const struct awsc_shape s_LambdaManagedInstancesCapacityProviderConfig = {
    .name = "LambdaManagedInstancesCapacityProviderConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config),
    .members = s_LambdaManagedInstancesCapacityProviderConfig_members,
    .member_count = 3,
    .by_wire_name = s_LambdaManagedInstancesCapacityProviderConfig_by_wire_name,
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
    .enum_count = 36,
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
    .size = sizeof(struct awsc_lambda_architectures_list),
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
    .range = &s_LayerPermissionAllowedPrincipal_range,
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
    .member_count = 5,
    .by_wire_name = s_LayerVersionContentInput_by_wire_name,
};

static const struct awsc_shape s_LayerVersionContentOutput = {
    .name = "LayerVersionContentOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_layer_version_content_output),
    .members = s_LayerVersionContentOutput_members,
    .member_count = 6,
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

const struct awsc_shape awsc__lambda_ListCapacityProvidersRequest = {
    .name = "ListCapacityProvidersRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_capacity_providers_input),
    .members = awsc__lambda_ListCapacityProvidersRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_ListCapacityProvidersRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListCapacityProvidersResponse = {
    .name = "ListCapacityProvidersResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_capacity_providers_output),
    .members = awsc__lambda_ListCapacityProvidersResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListCapacityProvidersResponse_by_wire_name,
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

const struct awsc_shape awsc__lambda_ListDurableExecutionsByFunctionRequest = {
    .name = "ListDurableExecutionsByFunctionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_durable_executions_by_function_input),
    .members = awsc__lambda_ListDurableExecutionsByFunctionRequest_members,
    .member_count = 9,
    .by_wire_name = awsc__lambda_ListDurableExecutionsByFunctionRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListDurableExecutionsByFunctionResponse = {
    .name = "ListDurableExecutionsByFunctionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_durable_executions_by_function_output),
    .members = awsc__lambda_ListDurableExecutionsByFunctionResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ListDurableExecutionsByFunctionResponse_by_wire_name,
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

const struct awsc_shape awsc__lambda_ListFunctionVersionsByCapacityProviderRequest = {
    .name = "ListFunctionVersionsByCapacityProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_function_versions_by_capacity_provider_input),
    .members = awsc__lambda_ListFunctionVersionsByCapacityProviderRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_ListFunctionVersionsByCapacityProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_ListFunctionVersionsByCapacityProviderResponse = {
    .name = "ListFunctionVersionsByCapacityProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_list_function_versions_by_capacity_provider_output),
    .members = awsc__lambda_ListFunctionVersionsByCapacityProviderResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_ListFunctionVersionsByCapacityProviderResponse_by_wire_name,
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

static const struct awsc_shape s_LogFormat = {
    .name = "LogFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_LogFormat_values,
    .enum_count = 2,
};

static const struct awsc_shape s_LogGroup = {
    .name = "LogGroup",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_LogGroup_range,
};

static const struct awsc_shape s_LogType = {
    .name = "LogType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_LogType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_LoggingConfig = {
    .name = "LoggingConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_logging_config),
    .members = s_LoggingConfig_members,
    .member_count = 4,
    .by_wire_name = s_LoggingConfig_by_wire_name,
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
    .range = &s_MasterRegion_range,
};

static const struct awsc_shape s_MaxAge = {
    .name = "MaxAge",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxAge_range,
};

static const struct awsc_shape s_MaxFiftyListItems = {
    .name = "MaxFiftyListItems",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxFiftyListItems_range,
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

static const struct awsc_shape s_MaximumConcurrency = {
    .name = "MaximumConcurrency",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaximumConcurrency_range,
};

static const struct awsc_shape s_MaximumEventAgeInSeconds = {
    .name = "MaximumEventAgeInSeconds",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaximumEventAgeInSeconds_range,
};

static const struct awsc_shape s_MaximumNumberOfPollers = {
    .name = "MaximumNumberOfPollers",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaximumNumberOfPollers_range,
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

static const struct awsc_shape s_MetricTargetValue = {
    .name = "MetricTargetValue",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
    .range = &s_MetricTargetValue_range,
};

static const struct awsc_shape s_MinimumNumberOfPollers = {
    .name = "MinimumNumberOfPollers",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MinimumNumberOfPollers_range,
};

const struct awsc_shape awsc__lambda_ModeNotSupportedException = {
    .name = "ModeNotSupportedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_mode_not_supported_exception),
    .members = awsc__lambda_ModeNotSupportedException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ModeNotSupportedException_by_wire_name,
    .error_code = "ModeNotSupportedException",
    .http_status = 400,
};

static const struct awsc_shape s_NameSpacedFunctionArn = {
    .name = "NameSpacedFunctionArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_NameSpacedFunctionArn_range,
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

const struct awsc_shape awsc__lambda_NoPublishedVersionException = {
    .name = "NoPublishedVersionException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_no_published_version_exception),
    .members = awsc__lambda_NoPublishedVersionException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_NoPublishedVersionException_by_wire_name,
    .error_code = "NoPublishedVersionException",
    .http_status = 400,
};

static const struct awsc_shape s_NonNegativeInteger = {
    .name = "NonNegativeInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_NonNegativeInteger_range,
};

static const struct awsc_shape s_NullableBoolean = {
    .name = "NullableBoolean",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_NumericLatestPublishedOrAliasQualifier = {
    .name = "NumericLatestPublishedOrAliasQualifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_NumericLatestPublishedOrAliasQualifier_range,
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

static const struct awsc_shape s_Operation = {
    .name = "Operation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_operation),
    .members = s_Operation_members,
    .member_count = 14,
    .by_wire_name = s_Operation_by_wire_name,
};

static const struct awsc_shape s_OperationAction = {
    .name = "OperationAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_OperationAction_values,
    .enum_count = 5,
};

static const struct awsc_shape s_OperationId = {
    .name = "OperationId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_OperationId_range,
};

static const struct awsc_shape s_OperationName = {
    .name = "OperationName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_OperationName_range,
};

static const struct awsc_shape s_OperationPayload = {
    .name = "OperationPayload",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_OperationPayload_range,
};

static const struct awsc_shape s_OperationStatus = {
    .name = "OperationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_OperationStatus_values,
    .enum_count = 8,
};

static const struct awsc_shape s_OperationSubType = {
    .name = "OperationSubType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_OperationSubType_range,
};

static const struct awsc_shape s_OperationType = {
    .name = "OperationType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_OperationType_values,
    .enum_count = 6,
};

static const struct awsc_shape s_OperationUpdate = {
    .name = "OperationUpdate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_operation_update),
    .members = s_OperationUpdate_members,
    .member_count = 13,
    .by_wire_name = s_OperationUpdate_by_wire_name,
};

static const struct awsc_shape s_OperationUpdates = {
    .name = "OperationUpdates",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_operation_updates),
    .item = &s_OperationUpdate,
};

static const struct awsc_shape s_Operations = {
    .name = "Operations",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_operations),
    .item = &s_Operation,
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

static const struct awsc_shape s_OutputPayload = {
    .name = "OutputPayload",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_OutputPayload_range,
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

static const struct awsc_shape s_PerExecutionEnvironmentMaxConcurrency = {
    .name = "PerExecutionEnvironmentMaxConcurrency",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_PerExecutionEnvironmentMaxConcurrency_range,
};

const struct awsc_shape awsc__lambda_PolicyLengthExceededException = {
    .name = "PolicyLengthExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .range = &s_Principal_range,
};

static const struct awsc_shape s_PrincipalOrgID = {
    .name = "PrincipalOrgID",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_PrincipalOrgID_range,
};

static const struct awsc_shape s_PropagateTags = {
    .name = "PropagateTags",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_propagate_tags),
    .members = s_PropagateTags_members,
    .member_count = 2,
    .by_wire_name = s_PropagateTags_by_wire_name,
};

static const struct awsc_shape s_PropagateTagsExplicitTagsMap = {
    .name = "PropagateTagsExplicitTagsMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map),
    .range = &s_PropagateTagsExplicitTagsMap_range,
    .item = &s_TagValue,
    .key = &s_TagKey,
    .value_offset = offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry, value),
    .entry_size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry),
};

static const struct awsc_shape s_PropagateTagsMode = {
    .name = "PropagateTagsMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PropagateTagsMode_values,
    .enum_count = 2,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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

static const struct awsc_shape s_ProvisionedPollerConfig = {
    .name = "ProvisionedPollerConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_provisioned_poller_config),
    .members = s_ProvisionedPollerConfig_members,
    .member_count = 3,
    .by_wire_name = s_ProvisionedPollerConfig_by_wire_name,
};

static const struct awsc_shape s_ProvisionedPollerGroupName = {
    .name = "ProvisionedPollerGroupName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ProvisionedPollerGroupName_range,
};

const struct awsc_shape awsc__lambda_PublicPolicyException = {
    .name = "PublicPolicyException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_public_policy_exception),
    .members = awsc__lambda_PublicPolicyException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_PublicPolicyException_by_wire_name,
    .error_code = "PublicPolicyException",
    .http_status = 400,
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
    .member_count = 5,
    .by_wire_name = awsc__lambda_PublishVersionRequest_by_wire_name,
};

static const struct awsc_shape s_PublishedFunctionQualifier = {
    .name = "PublishedFunctionQualifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_PublishedFunctionQualifier_range,
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

const struct awsc_shape awsc__lambda_PutFunctionRecursionConfigRequest = {
    .name = "PutFunctionRecursionConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_function_recursion_config_input),
    .members = awsc__lambda_PutFunctionRecursionConfigRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_PutFunctionRecursionConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutFunctionRecursionConfigResponse = {
    .name = "PutFunctionRecursionConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_function_recursion_config_output),
    .members = awsc__lambda_PutFunctionRecursionConfigResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_PutFunctionRecursionConfigResponse_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutFunctionScalingConfigRequest = {
    .name = "PutFunctionScalingConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_function_scaling_config_input),
    .members = awsc__lambda_PutFunctionScalingConfigRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_PutFunctionScalingConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutFunctionScalingConfigResponse = {
    .name = "PutFunctionScalingConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_function_scaling_config_output),
    .members = awsc__lambda_PutFunctionScalingConfigResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_PutFunctionScalingConfigResponse_by_wire_name,
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

const struct awsc_shape awsc__lambda_PutRuntimeManagementConfigRequest = {
    .name = "PutRuntimeManagementConfigRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_runtime_management_config_input),
    .members = awsc__lambda_PutRuntimeManagementConfigRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_PutRuntimeManagementConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_PutRuntimeManagementConfigResponse = {
    .name = "PutRuntimeManagementConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_put_runtime_management_config_output),
    .members = awsc__lambda_PutRuntimeManagementConfigResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__lambda_PutRuntimeManagementConfigResponse_by_wire_name,
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
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_Queues_range,
    .item = &s_Queue,
};

const struct awsc_shape awsc__lambda_RecursiveInvocationException = {
    .name = "RecursiveInvocationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_recursive_invocation_exception),
    .members = awsc__lambda_RecursiveInvocationException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_RecursiveInvocationException_by_wire_name,
    .error_code = "RecursiveInvocationException",
    .http_status = 400,
};

static const struct awsc_shape s_RecursiveLoop = {
    .name = "RecursiveLoop",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_RecursiveLoop_values,
    .enum_count = 2,
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

static const struct awsc_shape s_ReplayChildren = {
    .name = "ReplayChildren",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

const struct awsc_shape awsc__lambda_RequestTooLargeException = {
    .name = "RequestTooLargeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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

static const struct awsc_shape s_ResolvedS3Object = {
    .name = "ResolvedS3Object",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_resolved_s3_object),
    .members = s_ResolvedS3Object_members,
    .member_count = 3,
    .by_wire_name = s_ResolvedS3Object_by_wire_name,
};

static const struct awsc_shape s_ResourceArn = {
    .name = "ResourceArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ResourceArn_range,
};

const struct awsc_shape awsc__lambda_ResourceConflictException = {
    .name = "ResourceConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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

static const struct awsc_shape s_ResponseStreamingInvocationType = {
    .name = "ResponseStreamingInvocationType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ResponseStreamingInvocationType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_RetentionPeriodInDays = {
    .name = "RetentionPeriodInDays",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_RetentionPeriodInDays_range,
};

static const struct awsc_shape s_RetryDetails = {
    .name = "RetryDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_retry_details),
    .members = s_RetryDetails_members,
    .member_count = 2,
    .by_wire_name = s_RetryDetails_by_wire_name,
};

static const struct awsc_shape s_ReverseOrder = {
    .name = "ReverseOrder",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_RoleArn = {
    .name = "RoleArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_RoleArn_range,
};

static const struct awsc_shape s_Runtime = {
    .name = "Runtime",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Runtime_values,
    .enum_count = 51,
};

static const struct awsc_shape s_RuntimeVersionArn = {
    .name = "RuntimeVersionArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_RuntimeVersionArn_range,
};

static const struct awsc_shape s_RuntimeVersionConfig = {
    .name = "RuntimeVersionConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_runtime_version_config),
    .members = s_RuntimeVersionConfig_members,
    .member_count = 2,
    .by_wire_name = s_RuntimeVersionConfig_by_wire_name,
};

static const struct awsc_shape s_RuntimeVersionError = {
    .name = "RuntimeVersionError",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_runtime_version_error),
    .members = s_RuntimeVersionError_members,
    .member_count = 2,
    .by_wire_name = s_RuntimeVersionError_by_wire_name,
};

static const struct awsc_shape s_S3Bucket = {
    .name = "S3Bucket",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3Bucket_range,
};

const struct awsc_shape awsc__lambda_S3FilesMountConnectivityException = {
    .name = "S3FilesMountConnectivityException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_s3_files_mount_connectivity_exception),
    .members = awsc__lambda_S3FilesMountConnectivityException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_S3FilesMountConnectivityException_by_wire_name,
    .error_code = "S3FilesMountConnectivityException",
    .http_status = 408,
};

const struct awsc_shape awsc__lambda_S3FilesMountFailureException = {
    .name = "S3FilesMountFailureException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_s3_files_mount_failure_exception),
    .members = awsc__lambda_S3FilesMountFailureException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_S3FilesMountFailureException_by_wire_name,
    .error_code = "S3FilesMountFailureException",
    .http_status = 403,
};

const struct awsc_shape awsc__lambda_S3FilesMountTimeoutException = {
    .name = "S3FilesMountTimeoutException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_s3_files_mount_timeout_exception),
    .members = awsc__lambda_S3FilesMountTimeoutException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_S3FilesMountTimeoutException_by_wire_name,
    .error_code = "S3FilesMountTimeoutException",
    .http_status = 408,
};

static const struct awsc_shape s_S3Key = {
    .name = "S3Key",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3Key_range,
};

static const struct awsc_shape s_S3ObjectStorageMode = {
    .name = "S3ObjectStorageMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_S3ObjectStorageMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_S3ObjectVersion = {
    .name = "S3ObjectVersion",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3ObjectVersion_range,
};

static const struct awsc_shape s_ScalingConfig = {
    .name = "ScalingConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_scaling_config),
    .members = s_ScalingConfig_members,
    .member_count = 1,
    .by_wire_name = s_ScalingConfig_by_wire_name,
};

static const struct awsc_shape s_SchemaRegistryEventRecordFormat = {
    .name = "SchemaRegistryEventRecordFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SchemaRegistryEventRecordFormat_values,
    .enum_count = 2,
};

static const struct awsc_shape s_SchemaRegistryUri = {
    .name = "SchemaRegistryUri",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_SchemaRegistryUri_range,
};

static const struct awsc_shape s_SecurityGroupId = {
    .name = "SecurityGroupId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_SecurityGroupId_range,
};

static const struct awsc_shape s_SecurityGroupIds = {
    .name = "SecurityGroupIds",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
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
    .member_count = 2,
    .by_wire_name = s_SelfManagedKafkaEventSourceConfig_by_wire_name,
};

const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackFailureRequest = {
    .name = "SendDurableExecutionCallbackFailureRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_send_durable_execution_callback_failure_input),
    .members = awsc__lambda_SendDurableExecutionCallbackFailureRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_SendDurableExecutionCallbackFailureRequest_by_wire_name,
    .payload = "Error",
};

const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackFailureResponse = {
    .name = "SendDurableExecutionCallbackFailureResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_send_durable_execution_callback_failure_output),
};

const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackHeartbeatRequest = {
    .name = "SendDurableExecutionCallbackHeartbeatRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_send_durable_execution_callback_heartbeat_input),
    .members = awsc__lambda_SendDurableExecutionCallbackHeartbeatRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_SendDurableExecutionCallbackHeartbeatRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackHeartbeatResponse = {
    .name = "SendDurableExecutionCallbackHeartbeatResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_send_durable_execution_callback_heartbeat_output),
};

const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackSuccessRequest = {
    .name = "SendDurableExecutionCallbackSuccessRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_send_durable_execution_callback_success_input),
    .members = awsc__lambda_SendDurableExecutionCallbackSuccessRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_SendDurableExecutionCallbackSuccessRequest_by_wire_name,
    .payload = "Result",
};

const struct awsc_shape awsc__lambda_SendDurableExecutionCallbackSuccessResponse = {
    .name = "SendDurableExecutionCallbackSuccessResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_send_durable_execution_callback_success_output),
};

static const struct awsc_shape s_SensitiveString = {
    .name = "SensitiveString",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SensitiveStringOnServerOnly = {
    .name = "SensitiveStringOnServerOnly",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_SensitiveStringOnServerOnly_range,
};

const struct awsc_shape awsc__lambda_SerializedRequestEntityTooLargeException = {
    .name = "SerializedRequestEntityTooLargeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_serialized_request_entity_too_large_exception),
    .members = awsc__lambda_SerializedRequestEntityTooLargeException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_SerializedRequestEntityTooLargeException_by_wire_name,
    .error_code = "SerializedRequestEntityTooLargeException",
    .http_status = 413,
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

const struct awsc_shape awsc__lambda_ServiceQuotaExceededException = {
    .name = "ServiceQuotaExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_service_quota_exceeded_exception),
    .members = awsc__lambda_ServiceQuotaExceededException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_ServiceQuotaExceededException_by_wire_name,
    .error_code = "ServiceQuotaExceededException",
    .http_status = 402,
};

static const struct awsc_shape s_SigningProfileVersionArns = {
    .name = "SigningProfileVersionArns",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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

const struct awsc_shape awsc__lambda_SnapStartRegenerationFailureException = {
    .name = "SnapStartRegenerationFailureException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_lambda_snap_start_regeneration_failure_exception),
    .members = awsc__lambda_SnapStartRegenerationFailureException_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_SnapStartRegenerationFailureException_by_wire_name,
    .error_code = "SnapStartRegenerationFailureException",
    .http_status = 409,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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

static const struct awsc_shape s_StackTraceEntries = {
    .name = "StackTraceEntries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .item = &s_StackTraceEntry,
};

static const struct awsc_shape s_StackTraceEntry = {
    .name = "StackTraceEntry",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_State = {
    .name = "State",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_State_values,
    .enum_count = 8,
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
    .enum_count = 40,
};

static const struct awsc_shape s_StatementId = {
    .name = "StatementId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_StatementId_range,
};

static const struct awsc_shape s_StepDetails = {
    .name = "StepDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_step_details),
    .members = s_StepDetails_members,
    .member_count = 4,
    .by_wire_name = s_StepDetails_by_wire_name,
};

static const struct awsc_shape s_StepFailedDetails = {
    .name = "StepFailedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_step_failed_details),
    .members = s_StepFailedDetails_members,
    .member_count = 2,
    .by_wire_name = s_StepFailedDetails_by_wire_name,
};

static const struct awsc_shape s_StepOptions = {
    .name = "StepOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_step_options),
    .members = s_StepOptions_members,
    .member_count = 1,
    .by_wire_name = s_StepOptions_by_wire_name,
};

static const struct awsc_shape s_StepOptionsNextAttemptDelaySecondsInteger = {
    .name = "StepOptionsNextAttemptDelaySecondsInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_StepOptionsNextAttemptDelaySecondsInteger_range,
};

static const struct awsc_shape s_StepStartedDetails = {
    .name = "StepStartedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_step_started_details),
};

static const struct awsc_shape s_StepSucceededDetails = {
    .name = "StepSucceededDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_step_succeeded_details),
    .members = s_StepSucceededDetails_members,
    .member_count = 2,
    .by_wire_name = s_StepSucceededDetails_by_wire_name,
};

const struct awsc_shape awsc__lambda_StopDurableExecutionRequest = {
    .name = "StopDurableExecutionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_stop_durable_execution_input),
    .members = awsc__lambda_StopDurableExecutionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__lambda_StopDurableExecutionRequest_by_wire_name,
    .payload = "Error",
};

const struct awsc_shape awsc__lambda_StopDurableExecutionResponse = {
    .name = "StopDurableExecutionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_stop_durable_execution_output),
    .members = awsc__lambda_StopDurableExecutionResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_StopDurableExecutionResponse_by_wire_name,
};

static const struct awsc_shape s_String = {
    .name = "String",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_StringList = {
    .name = "StringList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
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
    .range = &s_SubnetId_range,
};

static const struct awsc_shape s_SubnetIds = {
    .name = "SubnetIds",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_SubnetIds_range,
    .item = &s_SubnetId,
};

static const struct awsc_shape s_SystemLogLevel = {
    .name = "SystemLogLevel",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SystemLogLevel_values,
    .enum_count = 3,
};

static const struct awsc_shape s_TagKey = {
    .name = "TagKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagKey_range,
};

static const struct awsc_shape s_TagKeyList = {
    .name = "TagKeyList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_lambda_architectures_list),
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
    .range = &s_TagValue_range,
};

static const struct awsc_shape s_TaggableResource = {
    .name = "TaggableResource",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TaggableResource_range,
};

static const struct awsc_shape s_Tags = {
    .name = "Tags",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map),
    .item = &s_TagValue,
    .key = &s_TagKey,
    .value_offset = offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry, value),
    .entry_size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry),
};

static const struct awsc_shape s_TagsError = {
    .name = "TagsError",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_tags_error),
    .members = s_TagsError_members,
    .member_count = 2,
    .by_wire_name = s_TagsError_by_wire_name,
};

static const struct awsc_shape s_TagsErrorCode = {
    .name = "TagsErrorCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagsErrorCode_range,
};

static const struct awsc_shape s_TagsErrorMessage = {
    .name = "TagsErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagsErrorMessage_range,
};

static const struct awsc_shape s_TargetTrackingScalingPolicy = {
    .name = "TargetTrackingScalingPolicy",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_target_tracking_scaling_policy),
    .members = s_TargetTrackingScalingPolicy_members,
    .member_count = 2,
    .by_wire_name = s_TargetTrackingScalingPolicy_by_wire_name,
};

static const struct awsc_shape s_TenancyConfig = {
    .name = "TenancyConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_tenancy_config),
    .members = s_TenancyConfig_members,
    .member_count = 1,
    .by_wire_name = s_TenancyConfig_by_wire_name,
};

static const struct awsc_shape s_TenantId = {
    .name = "TenantId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TenantId_range,
};

static const struct awsc_shape s_TenantIsolationMode = {
    .name = "TenantIsolationMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TenantIsolationMode_values,
    .enum_count = 1,
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
    .range = &s_Timestamp_range,
};

const struct awsc_shape awsc__lambda_TooManyRequestsException = {
    .name = "TooManyRequestsException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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
    .size = sizeof(struct awsc_lambda_architectures_list),
    .range = &s_Topics_range,
    .item = &s_Topic,
};

static const struct awsc_shape s_TraceHeader = {
    .name = "TraceHeader",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_trace_header),
    .members = s_TraceHeader_members,
    .member_count = 1,
    .by_wire_name = s_TraceHeader_by_wire_name,
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

static const struct awsc_shape s_Truncated = {
    .name = "Truncated",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
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

static const struct awsc_shape s_UUIDString = {
    .name = "UUIDString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_UUIDString_range,
};

static const struct awsc_shape s_UnqualifiedFunctionName = {
    .name = "UnqualifiedFunctionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_UnqualifiedFunctionName_range,
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
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
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

const struct awsc_shape awsc__lambda_UpdateCapacityProviderRequest = {
    .name = "UpdateCapacityProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_capacity_provider_input),
    .members = awsc__lambda_UpdateCapacityProviderRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__lambda_UpdateCapacityProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateCapacityProviderResponse = {
    .name = "UpdateCapacityProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_capacity_provider_output),
    .members = awsc__lambda_UpdateCapacityProviderResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__lambda_UpdateCapacityProviderResponse_by_wire_name,
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
    .member_count = 22,
    .by_wire_name = awsc__lambda_UpdateEventSourceMappingRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateFunctionCodeRequest = {
    .name = "UpdateFunctionCodeRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_function_code_input),
    .members = awsc__lambda_UpdateFunctionCodeRequest_members,
    .member_count = 13,
    .by_wire_name = awsc__lambda_UpdateFunctionCodeRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateFunctionConfigurationRequest = {
    .name = "UpdateFunctionConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_function_configuration_input),
    .members = awsc__lambda_UpdateFunctionConfigurationRequest_members,
    .member_count = 21,
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
    .member_count = 5,
    .by_wire_name = awsc__lambda_UpdateFunctionUrlConfigRequest_by_wire_name,
};

const struct awsc_shape awsc__lambda_UpdateFunctionUrlConfigResponse = {
    .name = "UpdateFunctionUrlConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_update_function_url_config_output),
    .members = awsc__lambda_UpdateFunctionUrlConfigResponse_members,
    .member_count = 7,
    .by_wire_name = awsc__lambda_UpdateFunctionUrlConfigResponse_by_wire_name,
};

static const struct awsc_shape s_UpdateRuntimeOn = {
    .name = "UpdateRuntimeOn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_UpdateRuntimeOn_values,
    .enum_count = 3,
};

static const struct awsc_shape s_Version = {
    .name = "Version",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Version_range,
};

static const struct awsc_shape s_VersionWithLatestPublished = {
    .name = "VersionWithLatestPublished",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_VersionWithLatestPublished_range,
};

static const struct awsc_shape s_VpcConfig = {
    .name = "VpcConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_vpc_config),
    .members = s_VpcConfig_members,
    .member_count = 3,
    .by_wire_name = s_VpcConfig_by_wire_name,
};

static const struct awsc_shape s_VpcConfigResponse = {
    .name = "VpcConfigResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_vpc_config_response),
    .members = s_VpcConfigResponse_members,
    .member_count = 4,
    .by_wire_name = s_VpcConfigResponse_by_wire_name,
};

static const struct awsc_shape s_VpcId = {
    .name = "VpcId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_WaitCancelledDetails = {
    .name = "WaitCancelledDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_wait_cancelled_details),
    .members = s_WaitCancelledDetails_members,
    .member_count = 1,
    .by_wire_name = s_WaitCancelledDetails_by_wire_name,
};

static const struct awsc_shape s_WaitDetails = {
    .name = "WaitDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_wait_details),
    .members = s_WaitDetails_members,
    .member_count = 1,
    .by_wire_name = s_WaitDetails_by_wire_name,
};

static const struct awsc_shape s_WaitOptions = {
    .name = "WaitOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_wait_options),
    .members = s_WaitOptions_members,
    .member_count = 1,
    .by_wire_name = s_WaitOptions_by_wire_name,
};

static const struct awsc_shape s_WaitOptionsWaitSecondsInteger = {
    .name = "WaitOptionsWaitSecondsInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_WaitOptionsWaitSecondsInteger_range,
};

static const struct awsc_shape s_WaitStartedDetails = {
    .name = "WaitStartedDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_wait_started_details),
    .members = s_WaitStartedDetails_members,
    .member_count = 2,
    .by_wire_name = s_WaitStartedDetails_by_wire_name,
};

static const struct awsc_shape s_WaitSucceededDetails = {
    .name = "WaitSucceededDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_lambda_wait_succeeded_details),
    .members = s_WaitSucceededDetails_members,
    .member_count = 1,
    .by_wire_name = s_WaitSucceededDetails_by_wire_name,
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

static const struct awsc_shape s_XAmznTraceId = {
    .name = "XAmznTraceId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_XAmznTraceId_range,
};
