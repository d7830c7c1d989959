/*
 * awsc/lambda.h - AWS Lambda (Lambda, API 2015-03-31).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_LAMBDA_H
#define AWSC_LAMBDA_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_lambda_service() to awsc_client_new(), or use
 * awsc_lambda_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_lambda_service(void);

static inline int awsc_lambda_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_lambda_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* ApplicationLogLevel: members of this type are strings; parse them with
 * awsc_lambda_application_log_level_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_APPLICATION_LOG_LEVEL_UNKNOWN. */
enum awsc_lambda_application_log_level {
    AWSC_LAMBDA_APPLICATION_LOG_LEVEL_UNKNOWN = 0,
    AWSC_LAMBDA_APPLICATION_LOG_LEVEL_TRACE = 1, /* TRACE */
    AWSC_LAMBDA_APPLICATION_LOG_LEVEL_DEBUG = 2, /* DEBUG */
    AWSC_LAMBDA_APPLICATION_LOG_LEVEL_INFO = 3, /* INFO */
    AWSC_LAMBDA_APPLICATION_LOG_LEVEL_WARN = 4, /* WARN */
    AWSC_LAMBDA_APPLICATION_LOG_LEVEL_ERROR = 5, /* ERROR */
    AWSC_LAMBDA_APPLICATION_LOG_LEVEL_FATAL = 6 /* FATAL */
};
AWSC_API enum awsc_lambda_application_log_level awsc_lambda_application_log_level_parse(const char *value);
AWSC_API const char *awsc_lambda_application_log_level_str(enum awsc_lambda_application_log_level value);

/* Architecture: members of this type are strings; parse them with
 * awsc_lambda_architecture_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_ARCHITECTURE_UNKNOWN. */
enum awsc_lambda_architecture {
    AWSC_LAMBDA_ARCHITECTURE_UNKNOWN = 0,
    AWSC_LAMBDA_ARCHITECTURE_X86_64 = 1, /* x86_64 */
    AWSC_LAMBDA_ARCHITECTURE_ARM64 = 2 /* arm64 */
};
AWSC_API enum awsc_lambda_architecture awsc_lambda_architecture_parse(const char *value);
AWSC_API const char *awsc_lambda_architecture_str(enum awsc_lambda_architecture value);

/* CapacityProviderPredefinedMetricType: members of this type are strings; parse them with
 * awsc_lambda_capacity_provider_predefined_metric_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_CAPACITY_PROVIDER_PREDEFINED_METRIC_TYPE_UNKNOWN. */
enum awsc_lambda_capacity_provider_predefined_metric_type {
    AWSC_LAMBDA_CAPACITY_PROVIDER_PREDEFINED_METRIC_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_CAPACITY_PROVIDER_PREDEFINED_METRIC_TYPE_LAMBDA_CAPACITY_PROVIDER_AVERAGE_CPUUTILIZATION = 1 /* LambdaCapacityProviderAverageCPUUtilization */
};
AWSC_API enum awsc_lambda_capacity_provider_predefined_metric_type awsc_lambda_capacity_provider_predefined_metric_type_parse(const char *value);
AWSC_API const char *awsc_lambda_capacity_provider_predefined_metric_type_str(enum awsc_lambda_capacity_provider_predefined_metric_type value);

/* CapacityProviderScalingMode: members of this type are strings; parse them with
 * awsc_lambda_capacity_provider_scaling_mode_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_CAPACITY_PROVIDER_SCALING_MODE_UNKNOWN. */
enum awsc_lambda_capacity_provider_scaling_mode {
    AWSC_LAMBDA_CAPACITY_PROVIDER_SCALING_MODE_UNKNOWN = 0,
    AWSC_LAMBDA_CAPACITY_PROVIDER_SCALING_MODE_AUTO = 1, /* Auto */
    AWSC_LAMBDA_CAPACITY_PROVIDER_SCALING_MODE_MANUAL = 2 /* Manual */
};
AWSC_API enum awsc_lambda_capacity_provider_scaling_mode awsc_lambda_capacity_provider_scaling_mode_parse(const char *value);
AWSC_API const char *awsc_lambda_capacity_provider_scaling_mode_str(enum awsc_lambda_capacity_provider_scaling_mode value);

/* CapacityProviderState: members of this type are strings; parse them with
 * awsc_lambda_capacity_provider_state_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_CAPACITY_PROVIDER_STATE_UNKNOWN. */
enum awsc_lambda_capacity_provider_state {
    AWSC_LAMBDA_CAPACITY_PROVIDER_STATE_UNKNOWN = 0,
    AWSC_LAMBDA_CAPACITY_PROVIDER_STATE_PENDING = 1, /* Pending */
    AWSC_LAMBDA_CAPACITY_PROVIDER_STATE_ACTIVE = 2, /* Active */
    AWSC_LAMBDA_CAPACITY_PROVIDER_STATE_FAILED = 3, /* Failed */
    AWSC_LAMBDA_CAPACITY_PROVIDER_STATE_DELETING = 4 /* Deleting */
};
AWSC_API enum awsc_lambda_capacity_provider_state awsc_lambda_capacity_provider_state_parse(const char *value);
AWSC_API const char *awsc_lambda_capacity_provider_state_str(enum awsc_lambda_capacity_provider_state value);

/* CodeSigningPolicy: members of this type are strings; parse them with
 * awsc_lambda_code_signing_policy_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_CODE_SIGNING_POLICY_UNKNOWN. */
enum awsc_lambda_code_signing_policy {
    AWSC_LAMBDA_CODE_SIGNING_POLICY_UNKNOWN = 0,
    AWSC_LAMBDA_CODE_SIGNING_POLICY_WARN = 1, /* Warn */
    AWSC_LAMBDA_CODE_SIGNING_POLICY_ENFORCE = 2 /* Enforce */
};
AWSC_API enum awsc_lambda_code_signing_policy awsc_lambda_code_signing_policy_parse(const char *value);
AWSC_API const char *awsc_lambda_code_signing_policy_str(enum awsc_lambda_code_signing_policy value);

/* EndPointType: members of this type are strings; parse them with
 * awsc_lambda_end_point_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_END_POINT_TYPE_UNKNOWN. */
enum awsc_lambda_end_point_type {
    AWSC_LAMBDA_END_POINT_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_END_POINT_TYPE_KAFKA_BOOTSTRAP_SERVERS = 1 /* KAFKA_BOOTSTRAP_SERVERS */
};
AWSC_API enum awsc_lambda_end_point_type awsc_lambda_end_point_type_parse(const char *value);
AWSC_API const char *awsc_lambda_end_point_type_str(enum awsc_lambda_end_point_type value);

/* EventSourceMappingMetric: members of this type are strings; parse them with
 * awsc_lambda_event_source_mapping_metric_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_EVENT_SOURCE_MAPPING_METRIC_UNKNOWN. */
enum awsc_lambda_event_source_mapping_metric {
    AWSC_LAMBDA_EVENT_SOURCE_MAPPING_METRIC_UNKNOWN = 0,
    AWSC_LAMBDA_EVENT_SOURCE_MAPPING_METRIC_EVENT_COUNT = 1, /* EventCount */
    AWSC_LAMBDA_EVENT_SOURCE_MAPPING_METRIC_ERROR_COUNT = 2, /* ErrorCount */
    AWSC_LAMBDA_EVENT_SOURCE_MAPPING_METRIC_KAFKA_METRICS = 3 /* KafkaMetrics */
};
AWSC_API enum awsc_lambda_event_source_mapping_metric awsc_lambda_event_source_mapping_metric_parse(const char *value);
AWSC_API const char *awsc_lambda_event_source_mapping_metric_str(enum awsc_lambda_event_source_mapping_metric value);

/* EventSourceMappingSystemLogLevel: members of this type are strings; parse them with
 * awsc_lambda_event_source_mapping_system_log_level_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_EVENT_SOURCE_MAPPING_SYSTEM_LOG_LEVEL_UNKNOWN. */
enum awsc_lambda_event_source_mapping_system_log_level {
    AWSC_LAMBDA_EVENT_SOURCE_MAPPING_SYSTEM_LOG_LEVEL_UNKNOWN = 0,
    AWSC_LAMBDA_EVENT_SOURCE_MAPPING_SYSTEM_LOG_LEVEL_DEBUG = 1, /* DEBUG */
    AWSC_LAMBDA_EVENT_SOURCE_MAPPING_SYSTEM_LOG_LEVEL_INFO = 2, /* INFO */
    AWSC_LAMBDA_EVENT_SOURCE_MAPPING_SYSTEM_LOG_LEVEL_WARN = 3 /* WARN */
};
AWSC_API enum awsc_lambda_event_source_mapping_system_log_level awsc_lambda_event_source_mapping_system_log_level_parse(const char *value);
AWSC_API const char *awsc_lambda_event_source_mapping_system_log_level_str(enum awsc_lambda_event_source_mapping_system_log_level value);

/* EventSourcePosition: members of this type are strings; parse them with
 * awsc_lambda_event_source_position_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_EVENT_SOURCE_POSITION_UNKNOWN. */
enum awsc_lambda_event_source_position {
    AWSC_LAMBDA_EVENT_SOURCE_POSITION_UNKNOWN = 0,
    AWSC_LAMBDA_EVENT_SOURCE_POSITION_TRIM_HORIZON = 1, /* TRIM_HORIZON */
    AWSC_LAMBDA_EVENT_SOURCE_POSITION_LATEST = 2, /* LATEST */
    AWSC_LAMBDA_EVENT_SOURCE_POSITION_AT_TIMESTAMP = 3 /* AT_TIMESTAMP */
};
AWSC_API enum awsc_lambda_event_source_position awsc_lambda_event_source_position_parse(const char *value);
AWSC_API const char *awsc_lambda_event_source_position_str(enum awsc_lambda_event_source_position value);

/* EventType: members of this type are strings; parse them with
 * awsc_lambda_event_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_EVENT_TYPE_UNKNOWN. */
enum awsc_lambda_event_type {
    AWSC_LAMBDA_EVENT_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_EVENT_TYPE_EXECUTION_STARTED = 1, /* ExecutionStarted */
    AWSC_LAMBDA_EVENT_TYPE_EXECUTION_SUCCEEDED = 2, /* ExecutionSucceeded */
    AWSC_LAMBDA_EVENT_TYPE_EXECUTION_FAILED = 3, /* ExecutionFailed */
    AWSC_LAMBDA_EVENT_TYPE_EXECUTION_TIMED_OUT = 4, /* ExecutionTimedOut */
    AWSC_LAMBDA_EVENT_TYPE_EXECUTION_STOPPED = 5, /* ExecutionStopped */
    AWSC_LAMBDA_EVENT_TYPE_CONTEXT_STARTED = 6, /* ContextStarted */
    AWSC_LAMBDA_EVENT_TYPE_CONTEXT_SUCCEEDED = 7, /* ContextSucceeded */
    AWSC_LAMBDA_EVENT_TYPE_CONTEXT_FAILED = 8, /* ContextFailed */
    AWSC_LAMBDA_EVENT_TYPE_WAIT_STARTED = 9, /* WaitStarted */
    AWSC_LAMBDA_EVENT_TYPE_WAIT_SUCCEEDED = 10, /* WaitSucceeded */
    AWSC_LAMBDA_EVENT_TYPE_WAIT_CANCELLED = 11, /* WaitCancelled */
    AWSC_LAMBDA_EVENT_TYPE_STEP_STARTED = 12, /* StepStarted */
    AWSC_LAMBDA_EVENT_TYPE_STEP_SUCCEEDED = 13, /* StepSucceeded */
    AWSC_LAMBDA_EVENT_TYPE_STEP_FAILED = 14, /* StepFailed */
    AWSC_LAMBDA_EVENT_TYPE_CHAINED_INVOKE_STARTED = 15, /* ChainedInvokeStarted */
    AWSC_LAMBDA_EVENT_TYPE_CHAINED_INVOKE_SUCCEEDED = 16, /* ChainedInvokeSucceeded */
    AWSC_LAMBDA_EVENT_TYPE_CHAINED_INVOKE_FAILED = 17, /* ChainedInvokeFailed */
    AWSC_LAMBDA_EVENT_TYPE_CHAINED_INVOKE_TIMED_OUT = 18, /* ChainedInvokeTimedOut */
    AWSC_LAMBDA_EVENT_TYPE_CHAINED_INVOKE_STOPPED = 19, /* ChainedInvokeStopped */
    AWSC_LAMBDA_EVENT_TYPE_CALLBACK_STARTED = 20, /* CallbackStarted */
    AWSC_LAMBDA_EVENT_TYPE_CALLBACK_SUCCEEDED = 21, /* CallbackSucceeded */
    AWSC_LAMBDA_EVENT_TYPE_CALLBACK_FAILED = 22, /* CallbackFailed */
    AWSC_LAMBDA_EVENT_TYPE_CALLBACK_TIMED_OUT = 23, /* CallbackTimedOut */
    AWSC_LAMBDA_EVENT_TYPE_INVOCATION_COMPLETED = 24 /* InvocationCompleted */
};
AWSC_API enum awsc_lambda_event_type awsc_lambda_event_type_parse(const char *value);
AWSC_API const char *awsc_lambda_event_type_str(enum awsc_lambda_event_type value);

/* ExecutionStatus: members of this type are strings; parse them with
 * awsc_lambda_execution_status_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_EXECUTION_STATUS_UNKNOWN. */
enum awsc_lambda_execution_status {
    AWSC_LAMBDA_EXECUTION_STATUS_UNKNOWN = 0,
    AWSC_LAMBDA_EXECUTION_STATUS_RUNNING = 1, /* RUNNING */
    AWSC_LAMBDA_EXECUTION_STATUS_SUCCEEDED = 2, /* SUCCEEDED */
    AWSC_LAMBDA_EXECUTION_STATUS_FAILED = 3, /* FAILED */
    AWSC_LAMBDA_EXECUTION_STATUS_TIMED_OUT = 4, /* TIMED_OUT */
    AWSC_LAMBDA_EXECUTION_STATUS_STOPPED = 5 /* STOPPED */
};
AWSC_API enum awsc_lambda_execution_status awsc_lambda_execution_status_parse(const char *value);
AWSC_API const char *awsc_lambda_execution_status_str(enum awsc_lambda_execution_status value);

/* FullDocument: members of this type are strings; parse them with
 * awsc_lambda_full_document_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_FULL_DOCUMENT_UNKNOWN. */
enum awsc_lambda_full_document {
    AWSC_LAMBDA_FULL_DOCUMENT_UNKNOWN = 0,
    AWSC_LAMBDA_FULL_DOCUMENT_UPDATE_LOOKUP = 1, /* UpdateLookup */
    AWSC_LAMBDA_FULL_DOCUMENT_DEFAULT = 2 /* Default */
};
AWSC_API enum awsc_lambda_full_document awsc_lambda_full_document_parse(const char *value);
AWSC_API const char *awsc_lambda_full_document_str(enum awsc_lambda_full_document value);

/* FunctionResponseType: members of this type are strings; parse them with
 * awsc_lambda_function_response_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_FUNCTION_RESPONSE_TYPE_UNKNOWN. */
enum awsc_lambda_function_response_type {
    AWSC_LAMBDA_FUNCTION_RESPONSE_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_FUNCTION_RESPONSE_TYPE_REPORT_BATCH_ITEM_FAILURES = 1 /* ReportBatchItemFailures */
};
AWSC_API enum awsc_lambda_function_response_type awsc_lambda_function_response_type_parse(const char *value);
AWSC_API const char *awsc_lambda_function_response_type_str(enum awsc_lambda_function_response_type value);

/* FunctionUrlAuthType: members of this type are strings; parse them with
 * awsc_lambda_function_url_auth_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_FUNCTION_URL_AUTH_TYPE_UNKNOWN. */
enum awsc_lambda_function_url_auth_type {
    AWSC_LAMBDA_FUNCTION_URL_AUTH_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_FUNCTION_URL_AUTH_TYPE_NONE = 1, /* NONE */
    AWSC_LAMBDA_FUNCTION_URL_AUTH_TYPE_AWS_IAM = 2 /* AWS_IAM */
};
AWSC_API enum awsc_lambda_function_url_auth_type awsc_lambda_function_url_auth_type_parse(const char *value);
AWSC_API const char *awsc_lambda_function_url_auth_type_str(enum awsc_lambda_function_url_auth_type value);

/* FunctionVersion: members of this type are strings; parse them with
 * awsc_lambda_function_version_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_FUNCTION_VERSION_UNKNOWN. */
enum awsc_lambda_function_version {
    AWSC_LAMBDA_FUNCTION_VERSION_UNKNOWN = 0,
    AWSC_LAMBDA_FUNCTION_VERSION_ALL = 1 /* ALL */
};
AWSC_API enum awsc_lambda_function_version awsc_lambda_function_version_parse(const char *value);
AWSC_API const char *awsc_lambda_function_version_str(enum awsc_lambda_function_version value);

/* FunctionVersionLatestPublished: members of this type are strings; parse them with
 * awsc_lambda_function_version_latest_published_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_FUNCTION_VERSION_LATEST_PUBLISHED_UNKNOWN. */
enum awsc_lambda_function_version_latest_published {
    AWSC_LAMBDA_FUNCTION_VERSION_LATEST_PUBLISHED_UNKNOWN = 0,
    AWSC_LAMBDA_FUNCTION_VERSION_LATEST_PUBLISHED_LATEST_PUBLISHED = 1 /* LATEST_PUBLISHED */
};
AWSC_API enum awsc_lambda_function_version_latest_published awsc_lambda_function_version_latest_published_parse(const char *value);
AWSC_API const char *awsc_lambda_function_version_latest_published_str(enum awsc_lambda_function_version_latest_published value);

/* InvocationType: members of this type are strings; parse them with
 * awsc_lambda_invocation_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_INVOCATION_TYPE_UNKNOWN. */
enum awsc_lambda_invocation_type {
    AWSC_LAMBDA_INVOCATION_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_INVOCATION_TYPE_EVENT = 1, /* Event */
    AWSC_LAMBDA_INVOCATION_TYPE_REQUEST_RESPONSE = 2, /* RequestResponse */
    AWSC_LAMBDA_INVOCATION_TYPE_DRY_RUN = 3 /* DryRun */
};
AWSC_API enum awsc_lambda_invocation_type awsc_lambda_invocation_type_parse(const char *value);
AWSC_API const char *awsc_lambda_invocation_type_str(enum awsc_lambda_invocation_type value);

/* InvokeMode: members of this type are strings; parse them with
 * awsc_lambda_invoke_mode_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_INVOKE_MODE_UNKNOWN. */
enum awsc_lambda_invoke_mode {
    AWSC_LAMBDA_INVOKE_MODE_UNKNOWN = 0,
    AWSC_LAMBDA_INVOKE_MODE_BUFFERED = 1, /* BUFFERED */
    AWSC_LAMBDA_INVOKE_MODE_RESPONSE_STREAM = 2 /* RESPONSE_STREAM */
};
AWSC_API enum awsc_lambda_invoke_mode awsc_lambda_invoke_mode_parse(const char *value);
AWSC_API const char *awsc_lambda_invoke_mode_str(enum awsc_lambda_invoke_mode value);

/* KafkaSchemaRegistryAuthType: members of this type are strings; parse them with
 * awsc_lambda_kafka_schema_registry_auth_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_KAFKA_SCHEMA_REGISTRY_AUTH_TYPE_UNKNOWN. */
enum awsc_lambda_kafka_schema_registry_auth_type {
    AWSC_LAMBDA_KAFKA_SCHEMA_REGISTRY_AUTH_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_KAFKA_SCHEMA_REGISTRY_AUTH_TYPE_BASIC_AUTH = 1, /* BASIC_AUTH */
    AWSC_LAMBDA_KAFKA_SCHEMA_REGISTRY_AUTH_TYPE_CLIENT_CERTIFICATE_TLS_AUTH = 2, /* CLIENT_CERTIFICATE_TLS_AUTH */
    AWSC_LAMBDA_KAFKA_SCHEMA_REGISTRY_AUTH_TYPE_SERVER_ROOT_CA_CERTIFICATE = 3 /* SERVER_ROOT_CA_CERTIFICATE */
};
AWSC_API enum awsc_lambda_kafka_schema_registry_auth_type awsc_lambda_kafka_schema_registry_auth_type_parse(const char *value);
AWSC_API const char *awsc_lambda_kafka_schema_registry_auth_type_str(enum awsc_lambda_kafka_schema_registry_auth_type value);

/* KafkaSchemaValidationAttribute: members of this type are strings; parse them with
 * awsc_lambda_kafka_schema_validation_attribute_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_UNKNOWN. */
enum awsc_lambda_kafka_schema_validation_attribute {
    AWSC_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_UNKNOWN = 0,
    AWSC_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_KEY = 1, /* KEY */
    AWSC_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_VALUE = 2 /* VALUE */
};
AWSC_API enum awsc_lambda_kafka_schema_validation_attribute awsc_lambda_kafka_schema_validation_attribute_parse(const char *value);
AWSC_API const char *awsc_lambda_kafka_schema_validation_attribute_str(enum awsc_lambda_kafka_schema_validation_attribute value);

/* LastUpdateStatus: members of this type are strings; parse them with
 * awsc_lambda_last_update_status_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_LAST_UPDATE_STATUS_UNKNOWN. */
enum awsc_lambda_last_update_status {
    AWSC_LAMBDA_LAST_UPDATE_STATUS_UNKNOWN = 0,
    AWSC_LAMBDA_LAST_UPDATE_STATUS_SUCCESSFUL = 1, /* Successful */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_FAILED = 2, /* Failed */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_IN_PROGRESS = 3 /* InProgress */
};
AWSC_API enum awsc_lambda_last_update_status awsc_lambda_last_update_status_parse(const char *value);
AWSC_API const char *awsc_lambda_last_update_status_str(enum awsc_lambda_last_update_status value);

/* LastUpdateStatusReasonCode: members of this type are strings; parse them with
 * awsc_lambda_last_update_status_reason_code_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_UNKNOWN. */
enum awsc_lambda_last_update_status_reason_code {
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_UNKNOWN = 0,
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_ENI_LIMIT_EXCEEDED = 1, /* EniLimitExceeded */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INSUFFICIENT_ROLE_PERMISSIONS = 2, /* InsufficientRolePermissions */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INVALID_CONFIGURATION = 3, /* InvalidConfiguration */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INTERNAL_ERROR = 4, /* InternalError */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_SUBNET_OUT_OF_IPADDRESSES = 5, /* SubnetOutOfIPAddresses */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INVALID_SUBNET = 6, /* InvalidSubnet */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INVALID_SECURITY_GROUP = 7, /* InvalidSecurityGroup */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_IMAGE_DELETED = 8, /* ImageDeleted */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_IMAGE_ACCESS_DENIED = 9, /* ImageAccessDenied */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INVALID_IMAGE = 10, /* InvalidImage */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_KMSKEY_ACCESS_DENIED = 11, /* KMSKeyAccessDenied */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_KMSKEY_NOT_FOUND = 12, /* KMSKeyNotFound */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INVALID_STATE_KMSKEY = 13, /* InvalidStateKMSKey */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_DISABLED_KMSKEY = 14, /* DisabledKMSKey */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_EFSIOERROR = 15, /* EFSIOError */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_EFSMOUNT_CONNECTIVITY_ERROR = 16, /* EFSMountConnectivityError */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_EFSMOUNT_FAILURE = 17, /* EFSMountFailure */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_EFSMOUNT_TIMEOUT = 18, /* EFSMountTimeout */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INVALID_RUNTIME = 19, /* InvalidRuntime */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INVALID_ZIP_FILE_EXCEPTION = 20, /* InvalidZipFileException */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_FUNCTION_ERROR = 21, /* FunctionError */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_SERVICE_QUOTA_EXCEEDED_EXCEPTION = 22, /* ServiceQuotaExceededException */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_VCPU_LIMIT_EXCEEDED = 23, /* VcpuLimitExceeded */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_CAPACITY_PROVIDER_SCALING_LIMIT_EXCEEDED = 24, /* CapacityProviderScalingLimitExceeded */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_INSUFFICIENT_CAPACITY = 25, /* InsufficientCapacity */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_EC2_REQUEST_LIMIT_EXCEEDED = 26, /* EC2RequestLimitExceeded */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_FUNCTION_ERROR_INIT_TIMEOUT = 27, /* FunctionError.InitTimeout */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_FUNCTION_ERROR_RUNTIME_INIT_ERROR = 28, /* FunctionError.RuntimeInitError */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_FUNCTION_ERROR_EXTENSION_INIT_ERROR = 29, /* FunctionError.ExtensionInitError */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_FUNCTION_ERROR_INVALID_ENTRY_POINT = 30, /* FunctionError.InvalidEntryPoint */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_FUNCTION_ERROR_INVALID_WORKING_DIRECTORY = 31, /* FunctionError.InvalidWorkingDirectory */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_FUNCTION_ERROR_PERMISSION_DENIED = 32, /* FunctionError.PermissionDenied */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_FUNCTION_ERROR_TOO_MANY_EXTENSIONS = 33, /* FunctionError.TooManyExtensions */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_FUNCTION_ERROR_INIT_RESOURCE_EXHAUSTED = 34, /* FunctionError.InitResourceExhausted */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_DISALLOWED_BY_VPC_ENCRYPTION_CONTROL = 35, /* DisallowedByVpcEncryptionControl */
    AWSC_LAMBDA_LAST_UPDATE_STATUS_REASON_CODE_DEPENDENCY_ERROR = 36 /* DependencyError */
};
AWSC_API enum awsc_lambda_last_update_status_reason_code awsc_lambda_last_update_status_reason_code_parse(const char *value);
AWSC_API const char *awsc_lambda_last_update_status_reason_code_str(enum awsc_lambda_last_update_status_reason_code value);

/* LogFormat: members of this type are strings; parse them with
 * awsc_lambda_log_format_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_LOG_FORMAT_UNKNOWN. */
enum awsc_lambda_log_format {
    AWSC_LAMBDA_LOG_FORMAT_UNKNOWN = 0,
    AWSC_LAMBDA_LOG_FORMAT_JSON = 1, /* JSON */
    AWSC_LAMBDA_LOG_FORMAT_TEXT = 2 /* Text */
};
AWSC_API enum awsc_lambda_log_format awsc_lambda_log_format_parse(const char *value);
AWSC_API const char *awsc_lambda_log_format_str(enum awsc_lambda_log_format value);

/* LogType: members of this type are strings; parse them with
 * awsc_lambda_log_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_LOG_TYPE_UNKNOWN. */
enum awsc_lambda_log_type {
    AWSC_LAMBDA_LOG_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_LOG_TYPE_NONE = 1, /* None */
    AWSC_LAMBDA_LOG_TYPE_TAIL = 2 /* Tail */
};
AWSC_API enum awsc_lambda_log_type awsc_lambda_log_type_parse(const char *value);
AWSC_API const char *awsc_lambda_log_type_str(enum awsc_lambda_log_type value);

/* OperationAction: members of this type are strings; parse them with
 * awsc_lambda_operation_action_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_OPERATION_ACTION_UNKNOWN. */
enum awsc_lambda_operation_action {
    AWSC_LAMBDA_OPERATION_ACTION_UNKNOWN = 0,
    AWSC_LAMBDA_OPERATION_ACTION_START = 1, /* START */
    AWSC_LAMBDA_OPERATION_ACTION_SUCCEED = 2, /* SUCCEED */
    AWSC_LAMBDA_OPERATION_ACTION_FAIL = 3, /* FAIL */
    AWSC_LAMBDA_OPERATION_ACTION_RETRY = 4, /* RETRY */
    AWSC_LAMBDA_OPERATION_ACTION_CANCEL = 5 /* CANCEL */
};
AWSC_API enum awsc_lambda_operation_action awsc_lambda_operation_action_parse(const char *value);
AWSC_API const char *awsc_lambda_operation_action_str(enum awsc_lambda_operation_action value);

/* OperationStatus: members of this type are strings; parse them with
 * awsc_lambda_operation_status_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_OPERATION_STATUS_UNKNOWN. */
enum awsc_lambda_operation_status {
    AWSC_LAMBDA_OPERATION_STATUS_UNKNOWN = 0,
    AWSC_LAMBDA_OPERATION_STATUS_STARTED = 1, /* STARTED */
    AWSC_LAMBDA_OPERATION_STATUS_PENDING = 2, /* PENDING */
    AWSC_LAMBDA_OPERATION_STATUS_READY = 3, /* READY */
    AWSC_LAMBDA_OPERATION_STATUS_SUCCEEDED = 4, /* SUCCEEDED */
    AWSC_LAMBDA_OPERATION_STATUS_FAILED = 5, /* FAILED */
    AWSC_LAMBDA_OPERATION_STATUS_CANCELLED = 6, /* CANCELLED */
    AWSC_LAMBDA_OPERATION_STATUS_TIMED_OUT = 7, /* TIMED_OUT */
    AWSC_LAMBDA_OPERATION_STATUS_STOPPED = 8 /* STOPPED */
};
AWSC_API enum awsc_lambda_operation_status awsc_lambda_operation_status_parse(const char *value);
AWSC_API const char *awsc_lambda_operation_status_str(enum awsc_lambda_operation_status value);

/* OperationType: members of this type are strings; parse them with
 * awsc_lambda_operation_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_OPERATION_TYPE_UNKNOWN. */
enum awsc_lambda_operation_type {
    AWSC_LAMBDA_OPERATION_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_OPERATION_TYPE_EXECUTION = 1, /* EXECUTION */
    AWSC_LAMBDA_OPERATION_TYPE_CONTEXT = 2, /* CONTEXT */
    AWSC_LAMBDA_OPERATION_TYPE_STEP = 3, /* STEP */
    AWSC_LAMBDA_OPERATION_TYPE_WAIT = 4, /* WAIT */
    AWSC_LAMBDA_OPERATION_TYPE_CALLBACK = 5, /* CALLBACK */
    AWSC_LAMBDA_OPERATION_TYPE_CHAINED_INVOKE = 6 /* CHAINED_INVOKE */
};
AWSC_API enum awsc_lambda_operation_type awsc_lambda_operation_type_parse(const char *value);
AWSC_API const char *awsc_lambda_operation_type_str(enum awsc_lambda_operation_type value);

/* PackageType: members of this type are strings; parse them with
 * awsc_lambda_package_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_PACKAGE_TYPE_UNKNOWN. */
enum awsc_lambda_package_type {
    AWSC_LAMBDA_PACKAGE_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_PACKAGE_TYPE_ZIP = 1, /* Zip */
    AWSC_LAMBDA_PACKAGE_TYPE_IMAGE = 2 /* Image */
};
AWSC_API enum awsc_lambda_package_type awsc_lambda_package_type_parse(const char *value);
AWSC_API const char *awsc_lambda_package_type_str(enum awsc_lambda_package_type value);

/* PropagateTagsMode: members of this type are strings; parse them with
 * awsc_lambda_propagate_tags_mode_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_PROPAGATE_TAGS_MODE_UNKNOWN. */
enum awsc_lambda_propagate_tags_mode {
    AWSC_LAMBDA_PROPAGATE_TAGS_MODE_UNKNOWN = 0,
    AWSC_LAMBDA_PROPAGATE_TAGS_MODE_NONE = 1, /* None */
    AWSC_LAMBDA_PROPAGATE_TAGS_MODE_EXPLICIT = 2 /* Explicit */
};
AWSC_API enum awsc_lambda_propagate_tags_mode awsc_lambda_propagate_tags_mode_parse(const char *value);
AWSC_API const char *awsc_lambda_propagate_tags_mode_str(enum awsc_lambda_propagate_tags_mode value);

/* ProvisionedConcurrencyStatusEnum: members of this type are strings; parse them with
 * awsc_lambda_provisioned_concurrency_status_enum_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_PROVISIONED_CONCURRENCY_STATUS_ENUM_UNKNOWN. */
enum awsc_lambda_provisioned_concurrency_status_enum {
    AWSC_LAMBDA_PROVISIONED_CONCURRENCY_STATUS_ENUM_UNKNOWN = 0,
    AWSC_LAMBDA_PROVISIONED_CONCURRENCY_STATUS_ENUM_IN_PROGRESS = 1, /* IN_PROGRESS */
    AWSC_LAMBDA_PROVISIONED_CONCURRENCY_STATUS_ENUM_READY = 2, /* READY */
    AWSC_LAMBDA_PROVISIONED_CONCURRENCY_STATUS_ENUM_FAILED = 3 /* FAILED */
};
AWSC_API enum awsc_lambda_provisioned_concurrency_status_enum awsc_lambda_provisioned_concurrency_status_enum_parse(const char *value);
AWSC_API const char *awsc_lambda_provisioned_concurrency_status_enum_str(enum awsc_lambda_provisioned_concurrency_status_enum value);

/* RecursiveLoop: members of this type are strings; parse them with
 * awsc_lambda_recursive_loop_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_RECURSIVE_LOOP_UNKNOWN. */
enum awsc_lambda_recursive_loop {
    AWSC_LAMBDA_RECURSIVE_LOOP_UNKNOWN = 0,
    AWSC_LAMBDA_RECURSIVE_LOOP_ALLOW = 1, /* Allow */
    AWSC_LAMBDA_RECURSIVE_LOOP_TERMINATE = 2 /* Terminate */
};
AWSC_API enum awsc_lambda_recursive_loop awsc_lambda_recursive_loop_parse(const char *value);
AWSC_API const char *awsc_lambda_recursive_loop_str(enum awsc_lambda_recursive_loop value);

/* ResponseStreamingInvocationType: members of this type are strings; parse them with
 * awsc_lambda_response_streaming_invocation_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_RESPONSE_STREAMING_INVOCATION_TYPE_UNKNOWN. */
enum awsc_lambda_response_streaming_invocation_type {
    AWSC_LAMBDA_RESPONSE_STREAMING_INVOCATION_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_RESPONSE_STREAMING_INVOCATION_TYPE_REQUEST_RESPONSE = 1, /* RequestResponse */
    AWSC_LAMBDA_RESPONSE_STREAMING_INVOCATION_TYPE_DRY_RUN = 2 /* DryRun */
};
AWSC_API enum awsc_lambda_response_streaming_invocation_type awsc_lambda_response_streaming_invocation_type_parse(const char *value);
AWSC_API const char *awsc_lambda_response_streaming_invocation_type_str(enum awsc_lambda_response_streaming_invocation_type value);

/* Runtime: members of this type are strings; parse them with
 * awsc_lambda_runtime_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_RUNTIME_UNKNOWN. */
enum awsc_lambda_runtime {
    AWSC_LAMBDA_RUNTIME_UNKNOWN = 0,
    AWSC_LAMBDA_RUNTIME_NODEJS = 1, /* nodejs */
    AWSC_LAMBDA_RUNTIME_NODEJS4_3 = 2, /* nodejs4.3 */
    AWSC_LAMBDA_RUNTIME_NODEJS6_10 = 3, /* nodejs6.10 */
    AWSC_LAMBDA_RUNTIME_NODEJS8_10 = 4, /* nodejs8.10 */
    AWSC_LAMBDA_RUNTIME_NODEJS10_X = 5, /* nodejs10.x */
    AWSC_LAMBDA_RUNTIME_NODEJS12_X = 6, /* nodejs12.x */
    AWSC_LAMBDA_RUNTIME_NODEJS14_X = 7, /* nodejs14.x */
    AWSC_LAMBDA_RUNTIME_NODEJS16_X = 8, /* nodejs16.x */
    AWSC_LAMBDA_RUNTIME_NODEJS18_X = 9, /* nodejs18.x */
    AWSC_LAMBDA_RUNTIME_NODEJS20_X = 10, /* nodejs20.x */
    AWSC_LAMBDA_RUNTIME_NODEJS22_X = 11, /* nodejs22.x */
    AWSC_LAMBDA_RUNTIME_NODEJS24_X = 12, /* nodejs24.x */
    AWSC_LAMBDA_RUNTIME_JAVA8 = 13, /* java8 */
    AWSC_LAMBDA_RUNTIME_JAVA8_AL2 = 14, /* java8.al2 */
    AWSC_LAMBDA_RUNTIME_JAVA11 = 15, /* java11 */
    AWSC_LAMBDA_RUNTIME_JAVA17 = 16, /* java17 */
    AWSC_LAMBDA_RUNTIME_JAVA21 = 17, /* java21 */
    AWSC_LAMBDA_RUNTIME_JAVA25 = 18, /* java25 */
    AWSC_LAMBDA_RUNTIME_PYTHON2_7 = 19, /* python2.7 */
    AWSC_LAMBDA_RUNTIME_PYTHON3_6 = 20, /* python3.6 */
    AWSC_LAMBDA_RUNTIME_PYTHON3_7 = 21, /* python3.7 */
    AWSC_LAMBDA_RUNTIME_PYTHON3_8 = 22, /* python3.8 */
    AWSC_LAMBDA_RUNTIME_PYTHON3_9 = 23, /* python3.9 */
    AWSC_LAMBDA_RUNTIME_PYTHON3_10 = 24, /* python3.10 */
    AWSC_LAMBDA_RUNTIME_PYTHON3_11 = 25, /* python3.11 */
    AWSC_LAMBDA_RUNTIME_PYTHON3_12 = 26, /* python3.12 */
    AWSC_LAMBDA_RUNTIME_PYTHON3_13 = 27, /* python3.13 */
    AWSC_LAMBDA_RUNTIME_PYTHON3_14 = 28, /* python3.14 */
    AWSC_LAMBDA_RUNTIME_DOTNETCORE1_0 = 29, /* dotnetcore1.0 */
    AWSC_LAMBDA_RUNTIME_DOTNETCORE2_0 = 30, /* dotnetcore2.0 */
    AWSC_LAMBDA_RUNTIME_DOTNETCORE2_1 = 31, /* dotnetcore2.1 */
    AWSC_LAMBDA_RUNTIME_DOTNETCORE3_1 = 32, /* dotnetcore3.1 */
    AWSC_LAMBDA_RUNTIME_DOTNET6 = 33, /* dotnet6 */
    AWSC_LAMBDA_RUNTIME_DOTNET8 = 34, /* dotnet8 */
    AWSC_LAMBDA_RUNTIME_DOTNET10 = 35, /* dotnet10 */
    AWSC_LAMBDA_RUNTIME_NODEJS4_3_EDGE = 36, /* nodejs4.3-edge */
    AWSC_LAMBDA_RUNTIME_GO1_X = 37, /* go1.x */
    AWSC_LAMBDA_RUNTIME_RUBY2_5 = 38, /* ruby2.5 */
    AWSC_LAMBDA_RUNTIME_RUBY2_7 = 39, /* ruby2.7 */
    AWSC_LAMBDA_RUNTIME_RUBY3_2 = 40, /* ruby3.2 */
    AWSC_LAMBDA_RUNTIME_RUBY3_3 = 41, /* ruby3.3 */
    AWSC_LAMBDA_RUNTIME_RUBY3_4 = 42, /* ruby3.4 */
    AWSC_LAMBDA_RUNTIME_RUBY4_0 = 43, /* ruby4.0 */
    AWSC_LAMBDA_RUNTIME_PROVIDED = 44, /* provided */
    AWSC_LAMBDA_RUNTIME_PROVIDED_AL2 = 45, /* provided.al2 */
    AWSC_LAMBDA_RUNTIME_PROVIDED_AL2023 = 46, /* provided.al2023 */
    AWSC_LAMBDA_RUNTIME_NODEJS26_X = 47, /* nodejs26.x */
    AWSC_LAMBDA_RUNTIME_PYTHON3_15 = 48, /* python3.15 */
    AWSC_LAMBDA_RUNTIME_JAVA8_AL2023 = 49, /* java8.al2023 */
    AWSC_LAMBDA_RUNTIME_JAVA11_AL2023 = 50, /* java11.al2023 */
    AWSC_LAMBDA_RUNTIME_JAVA17_AL2023 = 51 /* java17.al2023 */
};
AWSC_API enum awsc_lambda_runtime awsc_lambda_runtime_parse(const char *value);
AWSC_API const char *awsc_lambda_runtime_str(enum awsc_lambda_runtime value);

/* S3ObjectStorageMode: members of this type are strings; parse them with
 * awsc_lambda_s3_object_storage_mode_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_S3_OBJECT_STORAGE_MODE_UNKNOWN. */
enum awsc_lambda_s3_object_storage_mode {
    AWSC_LAMBDA_S3_OBJECT_STORAGE_MODE_UNKNOWN = 0,
    AWSC_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY = 1, /* COPY */
    AWSC_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE = 2 /* REFERENCE */
};
AWSC_API enum awsc_lambda_s3_object_storage_mode awsc_lambda_s3_object_storage_mode_parse(const char *value);
AWSC_API const char *awsc_lambda_s3_object_storage_mode_str(enum awsc_lambda_s3_object_storage_mode value);

/* SchemaRegistryEventRecordFormat: members of this type are strings; parse them with
 * awsc_lambda_schema_registry_event_record_format_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_SCHEMA_REGISTRY_EVENT_RECORD_FORMAT_UNKNOWN. */
enum awsc_lambda_schema_registry_event_record_format {
    AWSC_LAMBDA_SCHEMA_REGISTRY_EVENT_RECORD_FORMAT_UNKNOWN = 0,
    AWSC_LAMBDA_SCHEMA_REGISTRY_EVENT_RECORD_FORMAT_JSON = 1, /* JSON */
    AWSC_LAMBDA_SCHEMA_REGISTRY_EVENT_RECORD_FORMAT_SOURCE = 2 /* SOURCE */
};
AWSC_API enum awsc_lambda_schema_registry_event_record_format awsc_lambda_schema_registry_event_record_format_parse(const char *value);
AWSC_API const char *awsc_lambda_schema_registry_event_record_format_str(enum awsc_lambda_schema_registry_event_record_format value);

/* SnapStartApplyOn: members of this type are strings; parse them with
 * awsc_lambda_snap_start_apply_on_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_SNAP_START_APPLY_ON_UNKNOWN. */
enum awsc_lambda_snap_start_apply_on {
    AWSC_LAMBDA_SNAP_START_APPLY_ON_UNKNOWN = 0,
    AWSC_LAMBDA_SNAP_START_APPLY_ON_PUBLISHED_VERSIONS = 1, /* PublishedVersions */
    AWSC_LAMBDA_SNAP_START_APPLY_ON_NONE = 2 /* None */
};
AWSC_API enum awsc_lambda_snap_start_apply_on awsc_lambda_snap_start_apply_on_parse(const char *value);
AWSC_API const char *awsc_lambda_snap_start_apply_on_str(enum awsc_lambda_snap_start_apply_on value);

/* SnapStartOptimizationStatus: members of this type are strings; parse them with
 * awsc_lambda_snap_start_optimization_status_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_SNAP_START_OPTIMIZATION_STATUS_UNKNOWN. */
enum awsc_lambda_snap_start_optimization_status {
    AWSC_LAMBDA_SNAP_START_OPTIMIZATION_STATUS_UNKNOWN = 0,
    AWSC_LAMBDA_SNAP_START_OPTIMIZATION_STATUS_ON = 1, /* On */
    AWSC_LAMBDA_SNAP_START_OPTIMIZATION_STATUS_OFF = 2 /* Off */
};
AWSC_API enum awsc_lambda_snap_start_optimization_status awsc_lambda_snap_start_optimization_status_parse(const char *value);
AWSC_API const char *awsc_lambda_snap_start_optimization_status_str(enum awsc_lambda_snap_start_optimization_status value);

/* SourceAccessType: members of this type are strings; parse them with
 * awsc_lambda_source_access_type_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_SOURCE_ACCESS_TYPE_UNKNOWN. */
enum awsc_lambda_source_access_type {
    AWSC_LAMBDA_SOURCE_ACCESS_TYPE_UNKNOWN = 0,
    AWSC_LAMBDA_SOURCE_ACCESS_TYPE_BASIC_AUTH = 1, /* BASIC_AUTH */
    AWSC_LAMBDA_SOURCE_ACCESS_TYPE_VPC_SUBNET = 2, /* VPC_SUBNET */
    AWSC_LAMBDA_SOURCE_ACCESS_TYPE_VPC_SECURITY_GROUP = 3, /* VPC_SECURITY_GROUP */
    AWSC_LAMBDA_SOURCE_ACCESS_TYPE_SASL_SCRAM_512_AUTH = 4, /* SASL_SCRAM_512_AUTH */
    AWSC_LAMBDA_SOURCE_ACCESS_TYPE_SASL_SCRAM_256_AUTH = 5, /* SASL_SCRAM_256_AUTH */
    AWSC_LAMBDA_SOURCE_ACCESS_TYPE_VIRTUAL_HOST = 6, /* VIRTUAL_HOST */
    AWSC_LAMBDA_SOURCE_ACCESS_TYPE_CLIENT_CERTIFICATE_TLS_AUTH = 7, /* CLIENT_CERTIFICATE_TLS_AUTH */
    AWSC_LAMBDA_SOURCE_ACCESS_TYPE_SERVER_ROOT_CA_CERTIFICATE = 8 /* SERVER_ROOT_CA_CERTIFICATE */
};
AWSC_API enum awsc_lambda_source_access_type awsc_lambda_source_access_type_parse(const char *value);
AWSC_API const char *awsc_lambda_source_access_type_str(enum awsc_lambda_source_access_type value);

/* State: members of this type are strings; parse them with
 * awsc_lambda_state_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_STATE_UNKNOWN. */
enum awsc_lambda_state {
    AWSC_LAMBDA_STATE_UNKNOWN = 0,
    AWSC_LAMBDA_STATE_PENDING = 1, /* Pending */
    AWSC_LAMBDA_STATE_ACTIVE = 2, /* Active */
    AWSC_LAMBDA_STATE_INACTIVE = 3, /* Inactive */
    AWSC_LAMBDA_STATE_FAILED = 4, /* Failed */
    AWSC_LAMBDA_STATE_DEACTIVATING = 5, /* Deactivating */
    AWSC_LAMBDA_STATE_DEACTIVATED = 6, /* Deactivated */
    AWSC_LAMBDA_STATE_ACTIVE_NON_INVOCABLE = 7, /* ActiveNonInvocable */
    AWSC_LAMBDA_STATE_DELETING = 8 /* Deleting */
};
AWSC_API enum awsc_lambda_state awsc_lambda_state_parse(const char *value);
AWSC_API const char *awsc_lambda_state_str(enum awsc_lambda_state value);

/* StateReasonCode: members of this type are strings; parse them with
 * awsc_lambda_state_reason_code_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_STATE_REASON_CODE_UNKNOWN. */
enum awsc_lambda_state_reason_code {
    AWSC_LAMBDA_STATE_REASON_CODE_UNKNOWN = 0,
    AWSC_LAMBDA_STATE_REASON_CODE_IDLE = 1, /* Idle */
    AWSC_LAMBDA_STATE_REASON_CODE_CREATING = 2, /* Creating */
    AWSC_LAMBDA_STATE_REASON_CODE_RESTORING = 3, /* Restoring */
    AWSC_LAMBDA_STATE_REASON_CODE_ENI_LIMIT_EXCEEDED = 4, /* EniLimitExceeded */
    AWSC_LAMBDA_STATE_REASON_CODE_INSUFFICIENT_ROLE_PERMISSIONS = 5, /* InsufficientRolePermissions */
    AWSC_LAMBDA_STATE_REASON_CODE_INVALID_CONFIGURATION = 6, /* InvalidConfiguration */
    AWSC_LAMBDA_STATE_REASON_CODE_INTERNAL_ERROR = 7, /* InternalError */
    AWSC_LAMBDA_STATE_REASON_CODE_SUBNET_OUT_OF_IPADDRESSES = 8, /* SubnetOutOfIPAddresses */
    AWSC_LAMBDA_STATE_REASON_CODE_INVALID_SUBNET = 9, /* InvalidSubnet */
    AWSC_LAMBDA_STATE_REASON_CODE_INVALID_SECURITY_GROUP = 10, /* InvalidSecurityGroup */
    AWSC_LAMBDA_STATE_REASON_CODE_IMAGE_DELETED = 11, /* ImageDeleted */
    AWSC_LAMBDA_STATE_REASON_CODE_IMAGE_ACCESS_DENIED = 12, /* ImageAccessDenied */
    AWSC_LAMBDA_STATE_REASON_CODE_INVALID_IMAGE = 13, /* InvalidImage */
    AWSC_LAMBDA_STATE_REASON_CODE_KMSKEY_ACCESS_DENIED = 14, /* KMSKeyAccessDenied */
    AWSC_LAMBDA_STATE_REASON_CODE_KMSKEY_NOT_FOUND = 15, /* KMSKeyNotFound */
    AWSC_LAMBDA_STATE_REASON_CODE_INVALID_STATE_KMSKEY = 16, /* InvalidStateKMSKey */
    AWSC_LAMBDA_STATE_REASON_CODE_DISABLED_KMSKEY = 17, /* DisabledKMSKey */
    AWSC_LAMBDA_STATE_REASON_CODE_EFSIOERROR = 18, /* EFSIOError */
    AWSC_LAMBDA_STATE_REASON_CODE_EFSMOUNT_CONNECTIVITY_ERROR = 19, /* EFSMountConnectivityError */
    AWSC_LAMBDA_STATE_REASON_CODE_EFSMOUNT_FAILURE = 20, /* EFSMountFailure */
    AWSC_LAMBDA_STATE_REASON_CODE_EFSMOUNT_TIMEOUT = 21, /* EFSMountTimeout */
    AWSC_LAMBDA_STATE_REASON_CODE_INVALID_RUNTIME = 22, /* InvalidRuntime */
    AWSC_LAMBDA_STATE_REASON_CODE_INVALID_ZIP_FILE_EXCEPTION = 23, /* InvalidZipFileException */
    AWSC_LAMBDA_STATE_REASON_CODE_FUNCTION_ERROR = 24, /* FunctionError */
    AWSC_LAMBDA_STATE_REASON_CODE_SERVICE_QUOTA_EXCEEDED_EXCEPTION = 25, /* ServiceQuotaExceededException */
    AWSC_LAMBDA_STATE_REASON_CODE_VCPU_LIMIT_EXCEEDED = 26, /* VcpuLimitExceeded */
    AWSC_LAMBDA_STATE_REASON_CODE_CAPACITY_PROVIDER_SCALING_LIMIT_EXCEEDED = 27, /* CapacityProviderScalingLimitExceeded */
    AWSC_LAMBDA_STATE_REASON_CODE_INSUFFICIENT_CAPACITY = 28, /* InsufficientCapacity */
    AWSC_LAMBDA_STATE_REASON_CODE_EC2_REQUEST_LIMIT_EXCEEDED = 29, /* EC2RequestLimitExceeded */
    AWSC_LAMBDA_STATE_REASON_CODE_FUNCTION_ERROR_INIT_TIMEOUT = 30, /* FunctionError.InitTimeout */
    AWSC_LAMBDA_STATE_REASON_CODE_FUNCTION_ERROR_RUNTIME_INIT_ERROR = 31, /* FunctionError.RuntimeInitError */
    AWSC_LAMBDA_STATE_REASON_CODE_FUNCTION_ERROR_EXTENSION_INIT_ERROR = 32, /* FunctionError.ExtensionInitError */
    AWSC_LAMBDA_STATE_REASON_CODE_FUNCTION_ERROR_INVALID_ENTRY_POINT = 33, /* FunctionError.InvalidEntryPoint */
    AWSC_LAMBDA_STATE_REASON_CODE_FUNCTION_ERROR_INVALID_WORKING_DIRECTORY = 34, /* FunctionError.InvalidWorkingDirectory */
    AWSC_LAMBDA_STATE_REASON_CODE_FUNCTION_ERROR_PERMISSION_DENIED = 35, /* FunctionError.PermissionDenied */
    AWSC_LAMBDA_STATE_REASON_CODE_FUNCTION_ERROR_TOO_MANY_EXTENSIONS = 36, /* FunctionError.TooManyExtensions */
    AWSC_LAMBDA_STATE_REASON_CODE_FUNCTION_ERROR_INIT_RESOURCE_EXHAUSTED = 37, /* FunctionError.InitResourceExhausted */
    AWSC_LAMBDA_STATE_REASON_CODE_DISALLOWED_BY_VPC_ENCRYPTION_CONTROL = 38, /* DisallowedByVpcEncryptionControl */
    AWSC_LAMBDA_STATE_REASON_CODE_DRAINING_DURABLE_EXECUTIONS = 39, /* DrainingDurableExecutions */
    AWSC_LAMBDA_STATE_REASON_CODE_DEPENDENCY_ERROR = 40 /* DependencyError */
};
AWSC_API enum awsc_lambda_state_reason_code awsc_lambda_state_reason_code_parse(const char *value);
AWSC_API const char *awsc_lambda_state_reason_code_str(enum awsc_lambda_state_reason_code value);

/* SystemLogLevel: members of this type are strings; parse them with
 * awsc_lambda_system_log_level_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_SYSTEM_LOG_LEVEL_UNKNOWN. */
enum awsc_lambda_system_log_level {
    AWSC_LAMBDA_SYSTEM_LOG_LEVEL_UNKNOWN = 0,
    AWSC_LAMBDA_SYSTEM_LOG_LEVEL_DEBUG = 1, /* DEBUG */
    AWSC_LAMBDA_SYSTEM_LOG_LEVEL_INFO = 2, /* INFO */
    AWSC_LAMBDA_SYSTEM_LOG_LEVEL_WARN = 3 /* WARN */
};
AWSC_API enum awsc_lambda_system_log_level awsc_lambda_system_log_level_parse(const char *value);
AWSC_API const char *awsc_lambda_system_log_level_str(enum awsc_lambda_system_log_level value);

/* TenantIsolationMode: members of this type are strings; parse them with
 * awsc_lambda_tenant_isolation_mode_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_TENANT_ISOLATION_MODE_UNKNOWN. */
enum awsc_lambda_tenant_isolation_mode {
    AWSC_LAMBDA_TENANT_ISOLATION_MODE_UNKNOWN = 0,
    AWSC_LAMBDA_TENANT_ISOLATION_MODE_PER_TENANT = 1 /* PER_TENANT */
};
AWSC_API enum awsc_lambda_tenant_isolation_mode awsc_lambda_tenant_isolation_mode_parse(const char *value);
AWSC_API const char *awsc_lambda_tenant_isolation_mode_str(enum awsc_lambda_tenant_isolation_mode value);

/* ThrottleReason: members of this type are strings; parse them with
 * awsc_lambda_throttle_reason_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_THROTTLE_REASON_UNKNOWN. */
enum awsc_lambda_throttle_reason {
    AWSC_LAMBDA_THROTTLE_REASON_UNKNOWN = 0,
    AWSC_LAMBDA_THROTTLE_REASON_CONCURRENT_INVOCATION_LIMIT_EXCEEDED = 1, /* ConcurrentInvocationLimitExceeded */
    AWSC_LAMBDA_THROTTLE_REASON_FUNCTION_INVOCATION_RATE_LIMIT_EXCEEDED = 2, /* FunctionInvocationRateLimitExceeded */
    AWSC_LAMBDA_THROTTLE_REASON_RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED = 3, /* ReservedFunctionConcurrentInvocationLimitExceeded */
    AWSC_LAMBDA_THROTTLE_REASON_RESERVED_FUNCTION_INVOCATION_RATE_LIMIT_EXCEEDED = 4, /* ReservedFunctionInvocationRateLimitExceeded */
    AWSC_LAMBDA_THROTTLE_REASON_CALLER_RATE_LIMIT_EXCEEDED = 5, /* CallerRateLimitExceeded */
    AWSC_LAMBDA_THROTTLE_REASON_CONCURRENT_SNAPSHOT_CREATE_LIMIT_EXCEEDED = 6 /* ConcurrentSnapshotCreateLimitExceeded */
};
AWSC_API enum awsc_lambda_throttle_reason awsc_lambda_throttle_reason_parse(const char *value);
AWSC_API const char *awsc_lambda_throttle_reason_str(enum awsc_lambda_throttle_reason value);

/* TracingMode: members of this type are strings; parse them with
 * awsc_lambda_tracing_mode_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_TRACING_MODE_UNKNOWN. */
enum awsc_lambda_tracing_mode {
    AWSC_LAMBDA_TRACING_MODE_UNKNOWN = 0,
    AWSC_LAMBDA_TRACING_MODE_ACTIVE = 1, /* Active */
    AWSC_LAMBDA_TRACING_MODE_PASS_THROUGH = 2 /* PassThrough */
};
AWSC_API enum awsc_lambda_tracing_mode awsc_lambda_tracing_mode_parse(const char *value);
AWSC_API const char *awsc_lambda_tracing_mode_str(enum awsc_lambda_tracing_mode value);

/* UpdateRuntimeOn: members of this type are strings; parse them with
 * awsc_lambda_update_runtime_on_parse(). Values newer than this model parse as
 * AWSC_LAMBDA_UPDATE_RUNTIME_ON_UNKNOWN. */
enum awsc_lambda_update_runtime_on {
    AWSC_LAMBDA_UPDATE_RUNTIME_ON_UNKNOWN = 0,
    AWSC_LAMBDA_UPDATE_RUNTIME_ON_AUTO = 1, /* Auto */
    AWSC_LAMBDA_UPDATE_RUNTIME_ON_MANUAL = 2, /* Manual */
    AWSC_LAMBDA_UPDATE_RUNTIME_ON_FUNCTION_UPDATE = 3 /* FunctionUpdate */
};
AWSC_API enum awsc_lambda_update_runtime_on awsc_lambda_update_runtime_on_parse(const char *value);
AWSC_API const char *awsc_lambda_update_runtime_on_str(enum awsc_lambda_update_runtime_on value);

/* ----------------------------------------------------------- structures */

struct awsc_lambda_account_limit;
struct awsc_lambda_account_usage;
struct awsc_lambda_add_layer_version_permission_input;
struct awsc_lambda_add_layer_version_permission_output;
struct awsc_lambda_add_permission_input;
struct awsc_lambda_add_permission_output;
struct awsc_lambda_alias_configuration;
struct awsc_lambda_alias_limit_exceeded_exception;
struct awsc_lambda_alias_routing_configuration;
struct awsc_lambda_allowed_publishers;
struct awsc_lambda_amazon_managed_kafka_event_source_config;
struct awsc_lambda_callback_details;
struct awsc_lambda_callback_failed_details;
struct awsc_lambda_callback_options;
struct awsc_lambda_callback_started_details;
struct awsc_lambda_callback_succeeded_details;
struct awsc_lambda_callback_timed_out_details;
struct awsc_lambda_callback_timeout_exception;
struct awsc_lambda_capacity_provider;
struct awsc_lambda_capacity_provider_config;
struct awsc_lambda_capacity_provider_limit_exceeded_exception;
struct awsc_lambda_capacity_provider_logging_config;
struct awsc_lambda_capacity_provider_permissions_config;
struct awsc_lambda_capacity_provider_scaling_config;
struct awsc_lambda_capacity_provider_telemetry_config;
struct awsc_lambda_capacity_provider_vpc_config;
struct awsc_lambda_chained_invoke_details;
struct awsc_lambda_chained_invoke_failed_details;
struct awsc_lambda_chained_invoke_options;
struct awsc_lambda_chained_invoke_started_details;
struct awsc_lambda_chained_invoke_stopped_details;
struct awsc_lambda_chained_invoke_succeeded_details;
struct awsc_lambda_chained_invoke_timed_out_details;
struct awsc_lambda_checkpoint_durable_execution_input;
struct awsc_lambda_checkpoint_durable_execution_output;
struct awsc_lambda_checkpoint_updated_execution_state;
struct awsc_lambda_code_artifact_user_deleted_exception;
struct awsc_lambda_code_artifact_user_failed_exception;
struct awsc_lambda_code_artifact_user_pending_exception;
struct awsc_lambda_code_signing_config;
struct awsc_lambda_code_signing_config_not_found_exception;
struct awsc_lambda_code_signing_policies;
struct awsc_lambda_code_storage_exceeded_exception;
struct awsc_lambda_code_verification_failed_exception;
struct awsc_lambda_concurrency;
struct awsc_lambda_context_details;
struct awsc_lambda_context_failed_details;
struct awsc_lambda_context_options;
struct awsc_lambda_context_started_details;
struct awsc_lambda_context_succeeded_details;
struct awsc_lambda_cors;
struct awsc_lambda_create_alias_input;
struct awsc_lambda_create_capacity_provider_input;
struct awsc_lambda_create_capacity_provider_output;
struct awsc_lambda_create_code_signing_config_input;
struct awsc_lambda_create_code_signing_config_output;
struct awsc_lambda_create_event_source_mapping_input;
struct awsc_lambda_create_function_input;
struct awsc_lambda_create_function_url_config_input;
struct awsc_lambda_create_function_url_config_output;
struct awsc_lambda_dead_letter_config;
struct awsc_lambda_delete_alias_input;
struct awsc_lambda_delete_capacity_provider_input;
struct awsc_lambda_delete_capacity_provider_output;
struct awsc_lambda_delete_code_signing_config_input;
struct awsc_lambda_delete_code_signing_config_output;
struct awsc_lambda_delete_event_source_mapping_input;
struct awsc_lambda_delete_function_code_signing_config_input;
struct awsc_lambda_delete_function_concurrency_input;
struct awsc_lambda_delete_function_event_invoke_config_input;
struct awsc_lambda_delete_function_input;
struct awsc_lambda_delete_function_output;
struct awsc_lambda_delete_function_url_config_input;
struct awsc_lambda_delete_layer_version_input;
struct awsc_lambda_delete_provisioned_concurrency_config_input;
struct awsc_lambda_destination_config;
struct awsc_lambda_document_db_event_source_config;
struct awsc_lambda_durable_config;
struct awsc_lambda_durable_execution_already_started_exception;
struct awsc_lambda_ec2_access_denied_exception;
struct awsc_lambda_ec2_throttled_exception;
struct awsc_lambda_ec2_unexpected_exception;
struct awsc_lambda_efsio_exception;
struct awsc_lambda_efs_mount_connectivity_exception;
struct awsc_lambda_efs_mount_failure_exception;
struct awsc_lambda_efs_mount_timeout_exception;
struct awsc_lambda_eni_limit_reached_exception;
struct awsc_lambda_eni_not_ready_exception;
struct awsc_lambda_environment;
struct awsc_lambda_environment_error;
struct awsc_lambda_environment_response;
struct awsc_lambda_ephemeral_storage;
struct awsc_lambda_error_object;
struct awsc_lambda_event;
struct awsc_lambda_event_error;
struct awsc_lambda_event_input;
struct awsc_lambda_event_result;
struct awsc_lambda_event_source_mapping_configuration;
struct awsc_lambda_event_source_mapping_logging_config;
struct awsc_lambda_event_source_mapping_metrics_config;
struct awsc_lambda_execution;
struct awsc_lambda_execution_details;
struct awsc_lambda_execution_failed_details;
struct awsc_lambda_execution_started_details;
struct awsc_lambda_execution_stopped_details;
struct awsc_lambda_execution_succeeded_details;
struct awsc_lambda_execution_timed_out_details;
struct awsc_lambda_file_system_config;
struct awsc_lambda_filter;
struct awsc_lambda_filter_criteria;
struct awsc_lambda_filter_criteria_error;
struct awsc_lambda_function_code;
struct awsc_lambda_function_code_location;
struct awsc_lambda_function_code_location_error;
struct awsc_lambda_function_configuration;
struct awsc_lambda_function_event_invoke_config;
struct awsc_lambda_function_scaling_config;
struct awsc_lambda_function_url_config;
struct awsc_lambda_function_versions_by_capacity_provider_list_item;
struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception;
struct awsc_lambda_get_account_settings_input;
struct awsc_lambda_get_account_settings_output;
struct awsc_lambda_get_alias_input;
struct awsc_lambda_get_capacity_provider_input;
struct awsc_lambda_get_capacity_provider_output;
struct awsc_lambda_get_code_signing_config_input;
struct awsc_lambda_get_code_signing_config_output;
struct awsc_lambda_get_durable_execution_history_input;
struct awsc_lambda_get_durable_execution_history_output;
struct awsc_lambda_get_durable_execution_input;
struct awsc_lambda_get_durable_execution_output;
struct awsc_lambda_get_durable_execution_state_input;
struct awsc_lambda_get_durable_execution_state_output;
struct awsc_lambda_get_event_source_mapping_input;
struct awsc_lambda_get_function_code_signing_config_input;
struct awsc_lambda_get_function_code_signing_config_output;
struct awsc_lambda_get_function_concurrency_input;
struct awsc_lambda_get_function_concurrency_output;
struct awsc_lambda_get_function_configuration_input;
struct awsc_lambda_get_function_event_invoke_config_input;
struct awsc_lambda_get_function_recursion_config_input;
struct awsc_lambda_get_function_recursion_config_output;
struct awsc_lambda_get_function_input;
struct awsc_lambda_get_function_output;
struct awsc_lambda_get_function_scaling_config_input;
struct awsc_lambda_get_function_scaling_config_output;
struct awsc_lambda_get_function_url_config_input;
struct awsc_lambda_get_function_url_config_output;
struct awsc_lambda_get_layer_version_by_arn_input;
struct awsc_lambda_get_layer_version_policy_input;
struct awsc_lambda_get_layer_version_policy_output;
struct awsc_lambda_get_layer_version_input;
struct awsc_lambda_get_layer_version_response;
struct awsc_lambda_get_policy_input;
struct awsc_lambda_get_policy_output;
struct awsc_lambda_get_provisioned_concurrency_config_input;
struct awsc_lambda_get_provisioned_concurrency_config_output;
struct awsc_lambda_get_runtime_management_config_input;
struct awsc_lambda_get_runtime_management_config_output;
struct awsc_lambda_image_config;
struct awsc_lambda_image_config_error;
struct awsc_lambda_image_config_response;
struct awsc_lambda_instance_requirements;
struct awsc_lambda_invalid_code_signature_exception;
struct awsc_lambda_invalid_parameter_value_exception;
struct awsc_lambda_invalid_request_content_exception;
struct awsc_lambda_invalid_runtime_exception;
struct awsc_lambda_invalid_security_group_id_exception;
struct awsc_lambda_invalid_subnet_id_exception;
struct awsc_lambda_invalid_zip_file_exception;
struct awsc_lambda_invocation_completed_details;
struct awsc_lambda_invoke_input;
struct awsc_lambda_invoke_output;
struct awsc_lambda_invoke_async_input;
struct awsc_lambda_invoke_async_output;
struct awsc_lambda_invoke_response_stream_update;
struct awsc_lambda_invoke_with_response_stream_complete_event;
struct awsc_lambda_invoke_with_response_stream_input;
struct awsc_lambda_invoke_with_response_stream_output;
struct awsc_lambda_invoke_with_response_stream_event;
struct awsc_lambda_kms_access_denied_exception;
struct awsc_lambda_kms_disabled_exception;
struct awsc_lambda_kms_invalid_state_exception;
struct awsc_lambda_kms_not_found_exception;
struct awsc_lambda_kafka_schema_registry_access_config;
struct awsc_lambda_kafka_schema_registry_config;
struct awsc_lambda_kafka_schema_validation_config;
struct awsc_lambda_lambda_managed_instances_capacity_provider_config;
struct awsc_lambda_layer;
struct awsc_lambda_layer_version_content_input;
struct awsc_lambda_layer_version_content_output;
struct awsc_lambda_layer_versions_list_item;
struct awsc_lambda_layers_list_item;
struct awsc_lambda_list_aliases_input;
struct awsc_lambda_list_aliases_output;
struct awsc_lambda_list_capacity_providers_input;
struct awsc_lambda_list_capacity_providers_output;
struct awsc_lambda_list_code_signing_configs_input;
struct awsc_lambda_list_code_signing_configs_output;
struct awsc_lambda_list_durable_executions_by_function_input;
struct awsc_lambda_list_durable_executions_by_function_output;
struct awsc_lambda_list_event_source_mappings_input;
struct awsc_lambda_list_event_source_mappings_output;
struct awsc_lambda_list_function_event_invoke_configs_input;
struct awsc_lambda_list_function_event_invoke_configs_output;
struct awsc_lambda_list_function_url_configs_input;
struct awsc_lambda_list_function_url_configs_output;
struct awsc_lambda_list_function_versions_by_capacity_provider_input;
struct awsc_lambda_list_function_versions_by_capacity_provider_output;
struct awsc_lambda_list_functions_by_code_signing_config_input;
struct awsc_lambda_list_functions_by_code_signing_config_output;
struct awsc_lambda_list_functions_input;
struct awsc_lambda_list_functions_output;
struct awsc_lambda_list_layer_versions_input;
struct awsc_lambda_list_layer_versions_output;
struct awsc_lambda_list_layers_input;
struct awsc_lambda_list_layers_output;
struct awsc_lambda_list_provisioned_concurrency_configs_input;
struct awsc_lambda_list_provisioned_concurrency_configs_output;
struct awsc_lambda_list_tags_input;
struct awsc_lambda_list_tags_output;
struct awsc_lambda_list_versions_by_function_input;
struct awsc_lambda_list_versions_by_function_output;
struct awsc_lambda_logging_config;
struct awsc_lambda_mode_not_supported_exception;
struct awsc_lambda_no_published_version_exception;
struct awsc_lambda_on_failure;
struct awsc_lambda_on_success;
struct awsc_lambda_operation;
struct awsc_lambda_operation_update;
struct awsc_lambda_policy_length_exceeded_exception;
struct awsc_lambda_precondition_failed_exception;
struct awsc_lambda_propagate_tags;
struct awsc_lambda_provisioned_concurrency_config_list_item;
struct awsc_lambda_provisioned_concurrency_config_not_found_exception;
struct awsc_lambda_provisioned_poller_config;
struct awsc_lambda_public_policy_exception;
struct awsc_lambda_publish_layer_version_input;
struct awsc_lambda_publish_layer_version_output;
struct awsc_lambda_publish_version_input;
struct awsc_lambda_put_function_code_signing_config_input;
struct awsc_lambda_put_function_code_signing_config_output;
struct awsc_lambda_put_function_concurrency_input;
struct awsc_lambda_put_function_event_invoke_config_input;
struct awsc_lambda_put_function_recursion_config_input;
struct awsc_lambda_put_function_recursion_config_output;
struct awsc_lambda_put_function_scaling_config_input;
struct awsc_lambda_put_function_scaling_config_output;
struct awsc_lambda_put_provisioned_concurrency_config_input;
struct awsc_lambda_put_provisioned_concurrency_config_output;
struct awsc_lambda_put_runtime_management_config_input;
struct awsc_lambda_put_runtime_management_config_output;
struct awsc_lambda_recursive_invocation_exception;
struct awsc_lambda_remove_layer_version_permission_input;
struct awsc_lambda_remove_permission_input;
struct awsc_lambda_request_too_large_exception;
struct awsc_lambda_resolved_s3_object;
struct awsc_lambda_resource_conflict_exception;
struct awsc_lambda_resource_in_use_exception;
struct awsc_lambda_resource_not_found_exception;
struct awsc_lambda_resource_not_ready_exception;
struct awsc_lambda_retry_details;
struct awsc_lambda_runtime_version_config;
struct awsc_lambda_runtime_version_error;
struct awsc_lambda_s3_files_mount_connectivity_exception;
struct awsc_lambda_s3_files_mount_failure_exception;
struct awsc_lambda_s3_files_mount_timeout_exception;
struct awsc_lambda_scaling_config;
struct awsc_lambda_self_managed_event_source;
struct awsc_lambda_self_managed_kafka_event_source_config;
struct awsc_lambda_send_durable_execution_callback_failure_input;
struct awsc_lambda_send_durable_execution_callback_failure_output;
struct awsc_lambda_send_durable_execution_callback_heartbeat_input;
struct awsc_lambda_send_durable_execution_callback_heartbeat_output;
struct awsc_lambda_send_durable_execution_callback_success_input;
struct awsc_lambda_send_durable_execution_callback_success_output;
struct awsc_lambda_serialized_request_entity_too_large_exception;
struct awsc_lambda_service_exception;
struct awsc_lambda_service_quota_exceeded_exception;
struct awsc_lambda_snap_start;
struct awsc_lambda_snap_start_exception;
struct awsc_lambda_snap_start_not_ready_exception;
struct awsc_lambda_snap_start_regeneration_failure_exception;
struct awsc_lambda_snap_start_response;
struct awsc_lambda_snap_start_timeout_exception;
struct awsc_lambda_source_access_configuration;
struct awsc_lambda_step_details;
struct awsc_lambda_step_failed_details;
struct awsc_lambda_step_options;
struct awsc_lambda_step_started_details;
struct awsc_lambda_step_succeeded_details;
struct awsc_lambda_stop_durable_execution_input;
struct awsc_lambda_stop_durable_execution_output;
struct awsc_lambda_subnet_ip_address_limit_reached_exception;
struct awsc_lambda_tag_resource_input;
struct awsc_lambda_tags_error;
struct awsc_lambda_target_tracking_scaling_policy;
struct awsc_lambda_tenancy_config;
struct awsc_lambda_too_many_requests_exception;
struct awsc_lambda_trace_header;
struct awsc_lambda_tracing_config;
struct awsc_lambda_tracing_config_response;
struct awsc_lambda_unsupported_media_type_exception;
struct awsc_lambda_untag_resource_input;
struct awsc_lambda_update_alias_input;
struct awsc_lambda_update_capacity_provider_input;
struct awsc_lambda_update_capacity_provider_output;
struct awsc_lambda_update_code_signing_config_input;
struct awsc_lambda_update_code_signing_config_output;
struct awsc_lambda_update_event_source_mapping_input;
struct awsc_lambda_update_function_code_input;
struct awsc_lambda_update_function_configuration_input;
struct awsc_lambda_update_function_event_invoke_config_input;
struct awsc_lambda_update_function_url_config_input;
struct awsc_lambda_update_function_url_config_output;
struct awsc_lambda_vpc_config;
struct awsc_lambda_vpc_config_response;
struct awsc_lambda_wait_cancelled_details;
struct awsc_lambda_wait_details;
struct awsc_lambda_wait_options;
struct awsc_lambda_wait_started_details;
struct awsc_lambda_wait_succeeded_details;
struct awsc_lambda_additional_version_weights_entry;
struct awsc_lambda_endpoints_entry;
struct awsc_lambda_propagate_tags_explicit_tags_map_entry;

/* AliasList: a list of AliasConfiguration. */
struct awsc_lambda_alias_list {
    struct awsc_lambda_alias_configuration *items;
    size_t count;
};

/*
 * ArchitecturesList: a list of Architecture.
 * Also the type of AllowMethodsList, AllowOriginsList,
 * CapacityProviderSecurityGroupIds, CapacityProviderSubnetIds,
 * CompatibleArchitectures, CompatibleRuntimes, EndpointLists,
 * EventSourceMappingMetricList, ExecutionStatusList, FunctionArnList,
 * FunctionResponseTypeList, HeadersList, InstanceTypeSet, LayerList,
 * Queues, SecurityGroupIds, SigningProfileVersionArns, StackTraceEntries,
 * StringList, SubnetIds, TagKeyList, Topics.
 */
struct awsc_lambda_architectures_list {
    const char **items;
    size_t count;
};

/* CapacityProviderScalingPoliciesList: a list of TargetTrackingScalingPolicy. */
struct awsc_lambda_capacity_provider_scaling_policies_list {
    struct awsc_lambda_target_tracking_scaling_policy *items;
    size_t count;
};

/* CapacityProvidersList: a list of CapacityProvider. */
struct awsc_lambda_capacity_providers_list {
    struct awsc_lambda_capacity_provider *items;
    size_t count;
};

/* CodeSigningConfigList: a list of CodeSigningConfig. */
struct awsc_lambda_code_signing_config_list {
    struct awsc_lambda_code_signing_config *items;
    size_t count;
};

/* DurableExecutions: a list of Execution. */
struct awsc_lambda_durable_executions {
    struct awsc_lambda_execution *items;
    size_t count;
};

/* EventSourceMappingsList: a list of EventSourceMappingConfiguration. */
struct awsc_lambda_event_source_mappings_list {
    struct awsc_lambda_event_source_mapping_configuration *items;
    size_t count;
};

/* Events: a list of Event. */
struct awsc_lambda_events {
    struct awsc_lambda_event *items;
    size_t count;
};

/* FileSystemConfigList: a list of FileSystemConfig. */
struct awsc_lambda_file_system_config_list {
    struct awsc_lambda_file_system_config *items;
    size_t count;
};

/* FilterList: a list of Filter. */
struct awsc_lambda_filter_list {
    struct awsc_lambda_filter *items;
    size_t count;
};

/* FunctionEventInvokeConfigList: a list of FunctionEventInvokeConfig. */
struct awsc_lambda_function_event_invoke_config_list {
    struct awsc_lambda_function_event_invoke_config *items;
    size_t count;
};

/* FunctionList: a list of FunctionConfiguration. */
struct awsc_lambda_function_list {
    struct awsc_lambda_function_configuration *items;
    size_t count;
};

/* FunctionUrlConfigList: a list of FunctionUrlConfig. */
struct awsc_lambda_function_url_config_list {
    struct awsc_lambda_function_url_config *items;
    size_t count;
};

/* FunctionVersionsByCapacityProviderList: a list of FunctionVersionsByCapacityProviderListItem. */
struct awsc_lambda_function_versions_by_capacity_provider_list {
    struct awsc_lambda_function_versions_by_capacity_provider_list_item *items;
    size_t count;
};

/* KafkaSchemaRegistryAccessConfigList: a list of KafkaSchemaRegistryAccessConfig. */
struct awsc_lambda_kafka_schema_registry_access_config_list {
    struct awsc_lambda_kafka_schema_registry_access_config *items;
    size_t count;
};

/* KafkaSchemaValidationConfigList: a list of KafkaSchemaValidationConfig. */
struct awsc_lambda_kafka_schema_validation_config_list {
    struct awsc_lambda_kafka_schema_validation_config *items;
    size_t count;
};

/* LayerVersionsList: a list of LayerVersionsListItem. */
struct awsc_lambda_layer_versions_list {
    struct awsc_lambda_layer_versions_list_item *items;
    size_t count;
};

/* LayersList: a list of LayersListItem. */
struct awsc_lambda_layers_list {
    struct awsc_lambda_layers_list_item *items;
    size_t count;
};

/* LayersReferenceList: a list of Layer. */
struct awsc_lambda_layers_reference_list {
    struct awsc_lambda_layer *items;
    size_t count;
};

/* OperationUpdates: a list of OperationUpdate. */
struct awsc_lambda_operation_updates {
    struct awsc_lambda_operation_update *items;
    size_t count;
};

/* Operations: a list of Operation. */
struct awsc_lambda_operations {
    struct awsc_lambda_operation *items;
    size_t count;
};

/* ProvisionedConcurrencyConfigList: a list of ProvisionedConcurrencyConfigListItem. */
struct awsc_lambda_provisioned_concurrency_config_list {
    struct awsc_lambda_provisioned_concurrency_config_list_item *items;
    size_t count;
};

/* SourceAccessConfigurations: a list of SourceAccessConfiguration. */
struct awsc_lambda_source_access_configurations {
    struct awsc_lambda_source_access_configuration *items;
    size_t count;
};

/* AdditionalVersionWeights: a map from AdditionalVersion to Weight. */
struct awsc_lambda_additional_version_weights {
    struct awsc_lambda_additional_version_weights_entry *entries;
    size_t count;
};

/* Endpoints: a map from EndPointType to EndpointLists. */
struct awsc_lambda_endpoints {
    struct awsc_lambda_endpoints_entry *entries;
    size_t count;
};

/*
 * PropagateTagsExplicitTagsMap: a map from TagKey to TagValue.
 * Also the type of EnvironmentVariables, Tags.
 */
struct awsc_lambda_propagate_tags_explicit_tags_map {
    struct awsc_lambda_propagate_tags_explicit_tags_map_entry *entries;
    size_t count;
};

/*
 * Limits that are related to concurrency and storage. All file and storage
 * sizes are in bytes.
 */
struct awsc_lambda_account_limit {
    /* TotalCodeSize: The amount of storage space that you can use for all
     * deployment packages and layer archives. */
    bool has_total_code_size;
    int64_t total_code_size;
    /* CodeSizeUnzipped: The maximum size of a function's deployment package and
     * layers when they're extracted. */
    bool has_code_size_unzipped;
    int64_t code_size_unzipped;
    /* CodeSizeZipped: The maximum size of a deployment package when it's uploaded
     * directly to Lambda. Use Amazon S3 for larger files. */
    bool has_code_size_zipped;
    int64_t code_size_zipped;
    /* ConcurrentExecutions: The maximum number of simultaneous function
     * executions. */
    bool has_concurrent_executions;
    int32_t concurrent_executions;
    /* UnreservedConcurrentExecutions: The maximum number of simultaneous function
     * executions, minus the capacity that's reserved for individual functions with
     * PutFunctionConcurrency . */
    bool has_unreserved_concurrent_executions;
    int32_t unreserved_concurrent_executions;
};

/*
 * The number of functions and amount of storage in use.
 */
struct awsc_lambda_account_usage {
    /* TotalCodeSize: The amount of storage space, in bytes, that's being used by
     * deployment packages and layer archives. */
    bool has_total_code_size;
    int64_t total_code_size;
    /* FunctionCount: The number of Lambda functions. */
    bool has_function_count;
    int64_t function_count;
};

/* AddLayerVersionPermissionRequest */
struct awsc_lambda_add_layer_version_permission_input {
    /* LayerName: The name or Amazon Resource Name (ARN) of the layer. Required. */
    const char *layer_name;
    /* VersionNumber: The version number. Required. */
    bool has_version_number;
    int64_t version_number;
    /* StatementId: An identifier that distinguishes the policy from others on the
     * same layer version. Required. */
    const char *statement_id;
    /* Action: The API action that grants access to the layer. For example,
     * lambda:GetLayerVersion . Required. */
    const char *action;
    /* Principal: An account ID, or * to grant layer usage permission to all
     * accounts in an organization, or all Amazon Web Services accounts (if
     * organizationId is not specified). Required. */
    const char *principal;
    /* OrganizationId: With the principal set to * , grant permission to all
     * accounts in the specified organization. */
    const char *organization_id;
    /* RevisionId: Only update the policy if the revision ID matches the ID
     * specified. Use this option to avoid modifying a policy that has changed
     * since you last read it. */
    const char *revision_id;
};

/* AddLayerVersionPermissionResponse */
struct awsc_lambda_add_layer_version_permission_output {
    /* Statement: The permission statement. */
    const char *statement;
    /* RevisionId: A unique identifier for the current revision of the policy. */
    const char *revision_id;
};

/* AddPermissionRequest */
struct awsc_lambda_add_permission_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name – my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* StatementId: A statement identifier that differentiates the statement from
     * others in the same policy. Required. */
    const char *statement_id;
    /* Action: The action that the principal can use on the function. For example,
     * lambda:InvokeFunction or lambda:GetFunction . Required. */
    const char *action;
    /* Principal: The Amazon Web Services service, Amazon Web Services account, IAM
     * user, or IAM role that invokes the function. Required. */
    const char *principal;
    /* SourceArn: For Amazon Web Services services, the ARN of the Amazon Web
     * Services resource that invokes the function. For example, an Amazon S3
     * bucket or Amazon SNS topic. */
    const char *source_arn;
    /* FunctionUrlAuthType: The type of authentication that your function URL uses.
     * Set to AWS_IAM if you want to restrict access to authenticated users only.
     * One of enum awsc_lambda_function_url_auth_type's values (as its string). */
    const char *function_url_auth_type;
    /* InvokedViaFunctionUrl: Indicates whether the permission applies when the
     * function is invoked through a function URL. */
    bool has_invoked_via_function_url;
    bool invoked_via_function_url;
    /* SourceAccount: For Amazon Web Services service, the ID of the Amazon Web
     * Services account that owns the resource. Use this together with SourceArn to
     * ensure that the specified account owns the resource. */
    const char *source_account;
    /* EventSourceToken: For Alexa Smart Home functions, a token that the invoker
     * must supply. */
    const char *event_source_token;
    /* Qualifier: Specify a version or alias to add permissions to a published
     * version of the function. */
    const char *qualifier;
    /* RevisionId: Update the policy only if the revision ID matches the ID that's
     * specified. Use this option to avoid modifying a policy that has changed
     * since you last read it. */
    const char *revision_id;
    /* PrincipalOrgID: The identifier for your organization in Organizations. Use
     * this to grant permissions to all the Amazon Web Services accounts under this
     * organization. */
    const char *principal_org_id;
};

/* AddPermissionResponse */
struct awsc_lambda_add_permission_output {
    /* Statement: The permission statement that's added to the function policy. */
    const char *statement;
};

/*
 * Provides configuration information about a Lambda function alias .
 */
struct awsc_lambda_alias_configuration {
    /* AliasArn: The Amazon Resource Name (ARN) of the alias. */
    const char *alias_arn;
    /* Name: The name of the alias. */
    const char *name;
    /* FunctionVersion: The function version that the alias invokes. */
    const char *function_version;
    /* Description: A description of the alias. */
    const char *description;
    /* RoutingConfig: The routing configuration of the alias. */
    struct awsc_lambda_alias_routing_configuration *routing_config;
    /* RevisionId: A unique identifier that changes when you update the alias. */
    const char *revision_id;
};

/*
 * Lambda couldn't create the alias because your Amazon Web Services account
 * has exceeded the maximum number of aliases allowed per Lambda function. For
 * more information, see Lambda quotas .
 */
struct awsc_lambda_alias_limit_exceeded_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * The traffic-shifting configuration of a Lambda function alias.
 */
struct awsc_lambda_alias_routing_configuration {
    /* AdditionalVersionWeights: The second version, and the percentage of traffic
     * that's routed to it. */
    struct awsc_lambda_additional_version_weights additional_version_weights;
};

/*
 * List of signing profiles that can sign a code package.
 */
struct awsc_lambda_allowed_publishers {
    /* SigningProfileVersionArns: The Amazon Resource Name (ARN) for each of the
     * signing profiles. A signing profile defines a trusted user who can sign a
     * code package. Required. */
    struct awsc_lambda_architectures_list signing_profile_version_arns;
};

/*
 * Specific configuration settings for an Amazon Managed Streaming for Apache
 * Kafka (Amazon MSK) event source.
 */
struct awsc_lambda_amazon_managed_kafka_event_source_config {
    /* ConsumerGroupId: The identifier for the Kafka consumer group to join. The
     * consumer group ID must be unique among all your Kafka event sources. */
    const char *consumer_group_id;
    /* SchemaRegistryConfig: Specific configuration settings for a Kafka schema
     * registry. */
    struct awsc_lambda_kafka_schema_registry_config *schema_registry_config;
};

/*
 * Contains details about a callback operation in a durable execution,
 * including the callback token and timeout configuration.
 */
struct awsc_lambda_callback_details {
    /* CallbackId: The callback ID. Callback IDs are generated by the
     * DurableContext when a durable function calls ctx.waitForCallback . */
    const char *callback_id;
    /* Result: The response payload from the callback operation as a string. */
    const char *result;
    /* Error: An error object that contains details about the failure. */
    struct awsc_lambda_error_object *error;
};

/*
 * Contains details about a failed callback operation, including error
 * information and the reason for failure.
 */
struct awsc_lambda_callback_failed_details {
    /* Error: An error object that contains details about the failure. Required. */
    struct awsc_lambda_event_error *error;
};

/*
 * Configuration options for callback operations in durable executions,
 * including timeout settings and retry behavior.
 */
struct awsc_lambda_callback_options {
    /* TimeoutSeconds: The timeout for the callback operation in seconds. If not
     * specified or set to 0, the callback has no timeout. */
    bool has_timeout_seconds;
    int32_t timeout_seconds;
    /* HeartbeatTimeoutSeconds: The heartbeat timeout for the callback operation,
     * in seconds. If not specified or set to 0, heartbeat timeout is disabled. */
    bool has_heartbeat_timeout_seconds;
    int32_t heartbeat_timeout_seconds;
};

/*
 * Contains details about a callback operation that has started, including
 * timing information and callback metadata.
 */
struct awsc_lambda_callback_started_details {
    /* CallbackId: The callback ID. Callback IDs are generated by the
     * DurableContext when a durable function calls ctx.waitForCallback . Required. */
    const char *callback_id;
    /* HeartbeatTimeout: The heartbeat timeout value, in seconds. */
    bool has_heartbeat_timeout;
    int32_t heartbeat_timeout;
    /* Timeout: The timeout value, in seconds. */
    bool has_timeout;
    int32_t timeout;
};

/*
 * Contains details about a successfully completed callback operation,
 * including the result data and completion timestamp.
 */
struct awsc_lambda_callback_succeeded_details {
    /* Result: The response payload from the successful operation. Required. */
    struct awsc_lambda_event_result *result;
};

/*
 * Contains details about a callback operation that timed out, including
 * timeout duration and any partial results.
 */
struct awsc_lambda_callback_timed_out_details {
    /* Error: Details about the callback timeout. Required. */
    struct awsc_lambda_event_error *error;
};

/*
 * The callback ID token has either expired or the callback associated with the
 * token has already been closed.
 */
struct awsc_lambda_callback_timeout_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * A capacity provider manages compute resources for Lambda functions.
 */
struct awsc_lambda_capacity_provider {
    /* CapacityProviderArn: The Amazon Resource Name (ARN) of the capacity
     * provider. Required. */
    const char *capacity_provider_arn;
    /* State: The current state of the capacity provider. Required. One of enum
     * awsc_lambda_capacity_provider_state's values (as its string). */
    const char *state;
    /* VpcConfig: The VPC configuration for the capacity provider. Required. */
    struct awsc_lambda_capacity_provider_vpc_config *vpc_config;
    /* PermissionsConfig: The permissions configuration for the capacity provider.
     * Required. */
    struct awsc_lambda_capacity_provider_permissions_config *permissions_config;
    /* InstanceRequirements: The instance requirements for compute resources
     * managed by the capacity provider. */
    struct awsc_lambda_instance_requirements *instance_requirements;
    /* CapacityProviderScalingConfig: The scaling configuration for the capacity
     * provider. */
    struct awsc_lambda_capacity_provider_scaling_config *capacity_provider_scaling_config;
    /* KmsKeyArn: The ARN of the KMS key used to encrypt the capacity provider's
     * resources. */
    const char *kms_key_arn;
    /* LastModified: The date and time when the capacity provider was last
     * modified. */
    const char *last_modified;
    /* PropagateTags: */
    struct awsc_lambda_propagate_tags *propagate_tags;
    /* TelemetryConfig: The telemetry configuration for the capacity provider,
     * including logging settings. */
    struct awsc_lambda_capacity_provider_telemetry_config *telemetry_config;
};

/*
 * Configuration for the capacity provider that manages compute resources for
 * Lambda functions.
 */
struct awsc_lambda_capacity_provider_config {
    /* LambdaManagedInstancesCapacityProviderConfig: Configuration for
     * Lambda-managed instances used by the capacity provider. Required. */
    struct awsc_lambda_lambda_managed_instances_capacity_provider_config *lambda_managed_instances_capacity_provider_config;
};

/*
 * The maximum number of capacity providers for your account has been exceeded.
 * For more information, see Lambda quotas
 */
struct awsc_lambda_capacity_provider_limit_exceeded_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: */
    const char *message;
};

/*
 * The capacity provider's Amazon CloudWatch Logs configuration settings.
 */
struct awsc_lambda_capacity_provider_logging_config {
    /* SystemLogLevel: Set this property to filter the system logs for your
     * capacity provider that Lambda sends to CloudWatch. One of enum
     * awsc_lambda_system_log_level's values (as its string). */
    const char *system_log_level;
    /* LogGroup: The name of the Amazon CloudWatch log group the capacity provider
     * sends logs to. */
    const char *log_group;
};

/*
 * Configuration that specifies the permissions required for the capacity
 * provider to manage compute resources.
 */
struct awsc_lambda_capacity_provider_permissions_config {
    /* CapacityProviderOperatorRoleArn: The ARN of the IAM role that the capacity
     * provider uses to manage compute instances and other Amazon Web Services
     * resources. Required. */
    const char *capacity_provider_operator_role_arn;
};

/*
 * Configuration that defines how the capacity provider scales compute
 * instances based on demand and policies.
 */
struct awsc_lambda_capacity_provider_scaling_config {
    /* MaxVCpuCount: The maximum number of vCPUs that the capacity provider can
     * provision across all compute instances. */
    bool has_max_v_cpu_count;
    int32_t max_v_cpu_count;
    /* ScalingMode: The scaling mode that determines how the capacity provider
     * responds to changes in demand. One of enum
     * awsc_lambda_capacity_provider_scaling_mode's values (as its string). */
    const char *scaling_mode;
    /* ScalingPolicies: A list of scaling policies that define how the capacity
     * provider scales compute instances based on metrics and thresholds. */
    struct awsc_lambda_capacity_provider_scaling_policies_list scaling_policies;
};

/*
 * Configuration that specifies the telemetry collection for the capacity
 * provider.
 */
struct awsc_lambda_capacity_provider_telemetry_config {
    /* LoggingConfig: The capacity provider's Amazon CloudWatch Logs configuration
     * settings. */
    struct awsc_lambda_capacity_provider_logging_config *logging_config;
};

/*
 * VPC configuration that specifies the network settings for compute instances
 * managed by the capacity provider.
 */
struct awsc_lambda_capacity_provider_vpc_config {
    /* SubnetIds: A list of subnet IDs where the capacity provider launches compute
     * instances. Required. */
    struct awsc_lambda_architectures_list subnet_ids;
    /* SecurityGroupIds: A list of security group IDs that control network access
     * for compute instances managed by the capacity provider. Required. */
    struct awsc_lambda_architectures_list security_group_ids;
};

/*
 * Contains details about a chained function invocation in a durable execution,
 * including the target function and invocation parameters.
 */
struct awsc_lambda_chained_invoke_details {
    /* Result: The response payload from the chained invocation. */
    const char *result;
    /* Error: Details about the chained invocation failure. */
    struct awsc_lambda_error_object *error;
};

/*
 * Contains details about a failed chained function invocation, including error
 * information and failure reason.
 */
struct awsc_lambda_chained_invoke_failed_details {
    /* Error: Details about the chained invocation failure. Required. */
    struct awsc_lambda_event_error *error;
};

/*
 * Configuration options for chained function invocations in durable
 * executions, including retry settings and timeout configuration.
 */
struct awsc_lambda_chained_invoke_options {
    /* FunctionName: The name or ARN of the Lambda function to invoke. Required. */
    const char *function_name;
    /* TenantId: The tenant identifier for the chained invocation. */
    const char *tenant_id;
};

/*
 * Contains details about a chained function invocation that has started
 * execution, including start time and execution context.
 */
struct awsc_lambda_chained_invoke_started_details {
    /* FunctionName: The name or ARN of the Lambda function being invoked.
     * Required. */
    const char *function_name;
    /* TenantId: The tenant identifier for the chained invocation. */
    const char *tenant_id;
    /* Input: The JSON input payload provided to the chained invocation. */
    struct awsc_lambda_event_input *input;
    /* ExecutedVersion: The version of the function that was executed. */
    const char *executed_version;
    /* DurableExecutionArn: The Amazon Resource Name (ARN) that identifies the
     * durable execution. */
    const char *durable_execution_arn;
};

/*
 * Details about a chained invocation that was stopped.
 */
struct awsc_lambda_chained_invoke_stopped_details {
    /* Error: Details about why the chained invocation stopped. Required. */
    struct awsc_lambda_event_error *error;
};

/*
 * Details about a chained invocation that succeeded.
 */
struct awsc_lambda_chained_invoke_succeeded_details {
    /* Result: The response payload from the successful operation. Required. */
    struct awsc_lambda_event_result *result;
};

/*
 * Details about a chained invocation that timed out.
 */
struct awsc_lambda_chained_invoke_timed_out_details {
    /* Error: Details about the chained invocation timeout. Required. */
    struct awsc_lambda_event_error *error;
};

/* CheckpointDurableExecutionRequest */
struct awsc_lambda_checkpoint_durable_execution_input {
    /* DurableExecutionArn: The Amazon Resource Name (ARN) of the durable
     * execution. Required. */
    const char *durable_execution_arn;
    /* CheckpointToken: A unique token that identifies the current checkpoint
     * state. This token is provided by the Lambda runtime and must be used to
     * ensure checkpoints are applied in the correct order. Required. */
    const char *checkpoint_token;
    /* Updates: An array of state updates to apply during this checkpoint. Each
     * update represents a change to the execution state, such as completing a
     * step, starting a callback, or scheduling a timer. */
    struct awsc_lambda_operation_updates updates;
    /* ClientToken: An optional idempotency token to ensure that duplicate
     * checkpoint requests are handled correctly. If provided, Lambda uses this
     * token to detect and handle duplicate requests within a 15-minute window. */
    const char *client_token;
};

/*
 * The response from the CheckpointDurableExecution operation.
 */
struct awsc_lambda_checkpoint_durable_execution_output {
    /* CheckpointToken: A new checkpoint token to use for the next checkpoint
     * operation. This token replaces the one provided in the request and must be
     * used for subsequent checkpoints to maintain proper ordering. */
    const char *checkpoint_token;
    /* NewExecutionState: Updated execution state information that includes any
     * changes that occurred since the last checkpoint, such as completed callbacks
     * or expired timers. Required. */
    struct awsc_lambda_checkpoint_updated_execution_state *new_execution_state;
};

/*
 * Contains operations that have been updated since the last checkpoint, such
 * as completed asynchronous work like timers or callbacks.
 */
struct awsc_lambda_checkpoint_updated_execution_state {
    /* Operations: A list of operations that have been updated since the last
     * checkpoint. */
    struct awsc_lambda_operations operations;
    /* NextMarker: Indicates that more results are available. Use this value in a
     * subsequent call to retrieve the next page of results. */
    const char *next_marker;
};

/*
 * The Lambda function couldn't be invoked because its code artifact user has
 * been deleted. Wait for Lambda to provision a new code artifact user, or
 * update the function's code package to recreate it.
 */
struct awsc_lambda_code_artifact_user_deleted_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * The Lambda function couldn't be invoked because provisioning of its code
 * artifact user failed. Update the function's code package or check the Lambda
 * function's State and StateReasonCode for additional context.
 */
struct awsc_lambda_code_artifact_user_failed_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * The Lambda function couldn't be invoked because its code artifact user is
 * still being provisioned. Wait for the function's State to become Active and
 * try the request again.
 */
struct awsc_lambda_code_artifact_user_pending_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * Details about a Code signing configuration .
 */
struct awsc_lambda_code_signing_config {
    /* CodeSigningConfigId: Unique identifer for the Code signing configuration.
     * Required. */
    const char *code_signing_config_id;
    /* CodeSigningConfigArn: The Amazon Resource Name (ARN) of the Code signing
     * configuration. Required. */
    const char *code_signing_config_arn;
    /* Description: Code signing configuration description. */
    const char *description;
    /* AllowedPublishers: List of allowed publishers. Required. */
    struct awsc_lambda_allowed_publishers *allowed_publishers;
    /* CodeSigningPolicies: The code signing policy controls the validation failure
     * action for signature mismatch or expiry. Required. */
    struct awsc_lambda_code_signing_policies *code_signing_policies;
    /* LastModified: The date and time that the Code signing configuration was last
     * modified, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    const char *last_modified;
};

/*
 * The specified code signing configuration does not exist.
 */
struct awsc_lambda_code_signing_config_not_found_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Code signing configuration policies specify the validation failure action
 * for signature mismatch or expiry.
 */
struct awsc_lambda_code_signing_policies {
    /* UntrustedArtifactOnDeployment: Code signing configuration policy for
     * deployment validation failure. If you set the policy to Enforce , Lambda
     * blocks the deployment request if signature validation checks fail. One of
     * enum awsc_lambda_code_signing_policy's values (as its string). */
    const char *untrusted_artifact_on_deployment;
};

/*
 * Your Amazon Web Services account has exceeded its maximum total code size.
 * For more information, see Lambda quotas .
 */
struct awsc_lambda_code_storage_exceeded_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: */
    const char *message;
};

/*
 * The code signature failed one or more of the validation checks for signature
 * mismatch or expiry, and the code signing policy is set to ENFORCE. Lambda
 * blocks the deployment.
 */
struct awsc_lambda_code_verification_failed_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/* Concurrency */
struct awsc_lambda_concurrency {
    /* ReservedConcurrentExecutions: The number of concurrent executions that are
     * reserved for this function. For more information, see Managing Lambda
     * reserved concurrency . */
    bool has_reserved_concurrent_executions;
    int32_t reserved_concurrent_executions;
};

/*
 * Details about a durable execution context.
 */
struct awsc_lambda_context_details {
    /* ReplayChildren: Whether the state data of child operations of this completed
     * context should be included in the invoke payload and
     * GetDurableExecutionState response. */
    bool has_replay_children;
    bool replay_children;
    /* Result: The response payload from the context. */
    const char *result;
    /* Error: Details about the context failure. */
    struct awsc_lambda_error_object *error;
};

/*
 * Details about a context that failed.
 */
struct awsc_lambda_context_failed_details {
    /* Error: Details about the context failure. Required. */
    struct awsc_lambda_event_error *error;
};

/*
 * Configuration options for a durable execution context.
 */
struct awsc_lambda_context_options {
    /* ReplayChildren: Whether the state data of children of the completed context
     * should be included in the invoke payload and GetDurableExecutionState
     * response. */
    bool has_replay_children;
    bool replay_children;
};

/*
 * Details about a context that has started.
 */
struct awsc_lambda_context_started_details {
    char unused_; /* no members */
};

/*
 * Details about a context that succeeded.
 */
struct awsc_lambda_context_succeeded_details {
    /* Result: The JSON response payload from the successful context. Required. */
    struct awsc_lambda_event_result *result;
};

/*
 * The cross-origin resource sharing (CORS) settings for your Lambda function
 * URL. Use CORS to grant access to your function URL from any origin. You can
 * also use CORS to control access for specific HTTP headers and methods in
 * requests to your function URL.
 */
struct awsc_lambda_cors {
    /* AllowCredentials: Whether to allow cookies or other credentials in requests
     * to your function URL. The default is false . */
    bool has_allow_credentials;
    bool allow_credentials;
    /* AllowHeaders: The HTTP headers that origins can include in requests to your
     * function URL. For example: Date , Keep-Alive , X-Custom-Header . */
    struct awsc_lambda_architectures_list allow_headers;
    /* AllowMethods: The HTTP methods that are allowed when calling your function
     * URL. For example: GET , POST , DELETE , or the wildcard character ( * ). */
    struct awsc_lambda_architectures_list allow_methods;
    /* AllowOrigins: The origins that can access your function URL. You can list
     * any number of specific origins, separated by a comma. For example:
     * https://www.example.com , http://localhost:60905 . */
    struct awsc_lambda_architectures_list allow_origins;
    /* ExposeHeaders: The HTTP headers in your function response that you want to
     * expose to origins that call your function URL. For example: Date ,
     * Keep-Alive , X-Custom-Header . */
    struct awsc_lambda_architectures_list expose_headers;
    /* MaxAge: The maximum amount of time, in seconds, that web browsers can cache
     * results of a preflight request. By default, this is set to 0 , which means
     * that the browser doesn't cache results. */
    bool has_max_age;
    int32_t max_age;
};

/* CreateAliasRequest */
struct awsc_lambda_create_alias_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
    /* Name: The name of the alias. Required. */
    const char *name;
    /* FunctionVersion: The function version that the alias invokes. Required. */
    const char *function_version;
    /* Description: A description of the alias. */
    const char *description;
    /* RoutingConfig: The routing configuration of the alias. */
    struct awsc_lambda_alias_routing_configuration *routing_config;
};

/* CreateCapacityProviderRequest */
struct awsc_lambda_create_capacity_provider_input {
    /* CapacityProviderName: The name of the capacity provider. Required. */
    const char *capacity_provider_name;
    /* VpcConfig: The VPC configuration for the capacity provider, including subnet
     * IDs and security group IDs where compute instances will be launched.
     * Required. */
    struct awsc_lambda_capacity_provider_vpc_config *vpc_config;
    /* PermissionsConfig: The permissions configuration that specifies the IAM role
     * ARN used by the capacity provider to manage compute resources. Required. */
    struct awsc_lambda_capacity_provider_permissions_config *permissions_config;
    /* InstanceRequirements: The instance requirements that specify the compute
     * instance characteristics, including architectures and allowed or excluded
     * instance types. */
    struct awsc_lambda_instance_requirements *instance_requirements;
    /* CapacityProviderScalingConfig: The scaling configuration that defines how
     * the capacity provider scales compute instances, including maximum vCPU count
     * and scaling policies. */
    struct awsc_lambda_capacity_provider_scaling_config *capacity_provider_scaling_config;
    /* KmsKeyArn: The ARN of the KMS key used to encrypt data associated with the
     * capacity provider. */
    const char *kms_key_arn;
    /* Tags: A list of tags to associate with the capacity provider. */
    struct awsc_lambda_propagate_tags_explicit_tags_map tags;
    /* PropagateTags: The tag propagation configuration for the capacity provider.
     * Specifies tags to apply to managed resources at launch. */
    struct awsc_lambda_propagate_tags *propagate_tags;
    /* TelemetryConfig: The telemetry configuration for the capacity provider.
     * Specifies logging settings for managed resources. */
    struct awsc_lambda_capacity_provider_telemetry_config *telemetry_config;
};

/* CreateCapacityProviderResponse */
struct awsc_lambda_create_capacity_provider_output {
    /* CapacityProvider: Information about the capacity provider that was created.
     * Required. */
    struct awsc_lambda_capacity_provider *capacity_provider;
};

/* CreateCodeSigningConfigRequest */
struct awsc_lambda_create_code_signing_config_input {
    /* Description: Descriptive name for this code signing configuration. */
    const char *description;
    /* AllowedPublishers: Signing profiles for this code signing configuration.
     * Required. */
    struct awsc_lambda_allowed_publishers *allowed_publishers;
    /* CodeSigningPolicies: The code signing policies define the actions to take if
     * the validation checks fail. */
    struct awsc_lambda_code_signing_policies *code_signing_policies;
    /* Tags: A list of tags to add to the code signing configuration. */
    struct awsc_lambda_propagate_tags_explicit_tags_map tags;
};

/* CreateCodeSigningConfigResponse */
struct awsc_lambda_create_code_signing_config_output {
    /* CodeSigningConfig: The code signing configuration. Required. */
    struct awsc_lambda_code_signing_config *code_signing_config;
};

/* CreateEventSourceMappingRequest */
struct awsc_lambda_create_event_source_mapping_input {
    /* EventSourceArn: The Amazon Resource Name (ARN) of the event source. Amazon
     * Kinesis – The ARN of the data stream or a stream consumer. Amazon DynamoDB
     * Streams – The ARN of the stream. */
    const char *event_source_arn;
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – MyFunction . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
    /* Enabled: When true, the event source mapping is active. When false, Lambda
     * pauses polling and invocation. */
    bool has_enabled;
    bool enabled;
    /* BatchSize: The maximum number of records in each batch that Lambda pulls
     * from your stream or queue and sends to your function. */
    bool has_batch_size;
    int32_t batch_size;
    /* FilterCriteria: An object that defines the filter criteria that determine
     * whether Lambda should process an event. For more information, see Lambda
     * event filtering . */
    struct awsc_lambda_filter_criteria *filter_criteria;
    /* KMSKeyArn: The ARN of the Key Management Service (KMS) customer managed key
     * that Lambda uses to encrypt your function's filter criteria . By default,
     * Lambda does not encrypt your filter criteria object. */
    const char *kms_key_arn;
    /* MetricsConfig: The metrics configuration for your event source. For more
     * information, see Event source mapping metrics . */
    struct awsc_lambda_event_source_mapping_metrics_config *metrics_config;
    /* LoggingConfig: (Amazon MSK, and self-managed Apache Kafka only) The logging
     * configuration for your event source. For more information, see Event source
     * mapping logging . */
    struct awsc_lambda_event_source_mapping_logging_config *logging_config;
    /* ScalingConfig: (Amazon SQS only) The scaling configuration for the event
     * source. For more information, see Configuring maximum concurrency for Amazon
     * SQS event sources . */
    struct awsc_lambda_scaling_config *scaling_config;
    /* MaximumBatchingWindowInSeconds: The maximum amount of time, in seconds, that
     * Lambda spends gathering records before invoking the function. */
    bool has_maximum_batching_window_in_seconds;
    int32_t maximum_batching_window_in_seconds;
    /* ParallelizationFactor: (Kinesis and DynamoDB Streams only) The number of
     * batches to process from each shard concurrently. */
    bool has_parallelization_factor;
    int32_t parallelization_factor;
    /* StartingPosition: The position in a stream from which to start reading.
     * Required for Amazon Kinesis and Amazon DynamoDB Stream event sources. One of
     * enum awsc_lambda_event_source_position's values (as its string). */
    const char *starting_position;
    /* StartingPositionTimestamp: With StartingPosition set to AT_TIMESTAMP , the
     * time from which to start reading. StartingPositionTimestamp cannot be in the
     * future. */
    bool has_starting_position_timestamp;
    struct awsc_timestamp starting_position_timestamp;
    /* DestinationConfig: (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed
     * Apache Kafka) A configuration object that specifies the destination of an
     * event after Lambda processes it. */
    struct awsc_lambda_destination_config *destination_config;
    /* MaximumRecordAgeInSeconds: (Kinesis, DynamoDB Streams, Amazon MSK, and
     * self-managed Apache Kafka) Discard records older than the specified age. The
     * default value is infinite (-1). */
    bool has_maximum_record_age_in_seconds;
    int32_t maximum_record_age_in_seconds;
    /* BisectBatchOnFunctionError: (Kinesis, DynamoDB Streams, Amazon MSK, and
     * self-managed Apache Kafka) If the function returns an error, split the batch
     * in two and retry. */
    bool has_bisect_batch_on_function_error;
    bool bisect_batch_on_function_error;
    /* MaximumRetryAttempts: (Kinesis, DynamoDB Streams, Amazon MSK, and
     * self-managed Apache Kafka) Discard records after the specified number of
     * retries. The default value is infinite (-1). */
    bool has_maximum_retry_attempts;
    int32_t maximum_retry_attempts;
    /* Tags: A list of tags to apply to the event source mapping. */
    struct awsc_lambda_propagate_tags_explicit_tags_map tags;
    /* TumblingWindowInSeconds: (Kinesis and DynamoDB Streams only) The duration in
     * seconds of a processing window for DynamoDB and Kinesis Streams event
     * sources. A value of 0 seconds indicates no tumbling window. */
    bool has_tumbling_window_in_seconds;
    int32_t tumbling_window_in_seconds;
    /* Topics: The name of the Kafka topic. */
    struct awsc_lambda_architectures_list topics;
    /* Queues: (MQ) The name of the Amazon MQ broker destination queue to consume. */
    struct awsc_lambda_architectures_list queues;
    /* SourceAccessConfigurations: An array of authentication protocols or VPC
     * components required to secure your event source. */
    struct awsc_lambda_source_access_configurations source_access_configurations;
    /* SelfManagedEventSource: The self-managed Apache Kafka cluster to receive
     * records from. */
    struct awsc_lambda_self_managed_event_source *self_managed_event_source;
    /* FunctionResponseTypes: (Kinesis, DynamoDB Streams, Amazon MSK, self-managed
     * Apache Kafka, and Amazon SQS) A list of current response type enums applied
     * to the event source mapping. */
    struct awsc_lambda_architectures_list function_response_types;
    /* AmazonManagedKafkaEventSourceConfig: Specific configuration settings for an
     * Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source. */
    struct awsc_lambda_amazon_managed_kafka_event_source_config *amazon_managed_kafka_event_source_config;
    /* SelfManagedKafkaEventSourceConfig: Specific configuration settings for a
     * self-managed Apache Kafka event source. */
    struct awsc_lambda_self_managed_kafka_event_source_config *self_managed_kafka_event_source_config;
    /* DocumentDBEventSourceConfig: Specific configuration settings for a
     * DocumentDB event source. */
    struct awsc_lambda_document_db_event_source_config *document_db_event_source_config;
    /* ProvisionedPollerConfig: (Amazon SQS, Amazon MSK, and self-managed Apache
     * Kafka only) The provisioned mode configuration for the event source. For
     * more information, see provisioned mode . */
    struct awsc_lambda_provisioned_poller_config *provisioned_poller_config;
};

/* CreateFunctionRequest */
struct awsc_lambda_create_function_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Runtime: The identifier of the function's runtime . Runtime is required if
     * the deployment package is a .zip file archive. One of enum
     * awsc_lambda_runtime's values (as its string). */
    const char *runtime;
    /* Role: The Amazon Resource Name (ARN) of the function's execution role.
     * Required. */
    const char *role;
    /* Handler: The name of the method within your code that Lambda calls to run
     * your function. Handler is required if the deployment package is a .zip file
     * archive. The format includes the file name. */
    const char *handler;
    /* Code: The code for the function. Required. */
    struct awsc_lambda_function_code *code;
    /* Description: A description of the function. */
    const char *description;
    /* Timeout: The amount of time (in seconds) that Lambda allows a function to
     * run before stopping it. The default is 3 seconds. The maximum allowed value
     * is 900 seconds. */
    bool has_timeout;
    int32_t timeout;
    /* MemorySize: The amount of memory available to the function at runtime.
     * Increasing the function memory also increases its CPU allocation. The
     * default value is 128 MB. The value can be any multiple of 1 MB. */
    bool has_memory_size;
    int32_t memory_size;
    /* Publish: Set to true to publish the first version of the function during
     * creation. */
    bool has_publish;
    bool publish;
    /* PublishTo: Specifies where to publish the function version or configuration.
     * One of enum awsc_lambda_function_version_latest_published's values (as its
     * string). */
    const char *publish_to;
    /* VpcConfig: For network connectivity to Amazon Web Services resources in a
     * VPC, specify a list of security groups and subnets in the VPC. */
    struct awsc_lambda_vpc_config *vpc_config;
    /* PackageType: The type of deployment package. Set to Image for container
     * image and set to Zip for .zip file archive. One of enum
     * awsc_lambda_package_type's values (as its string). */
    const char *package_type;
    /* DeadLetterConfig: A dead-letter queue configuration that specifies the queue
     * or topic where Lambda sends asynchronous events when they fail processing.
     * For more information, see Dead-letter queues . */
    struct awsc_lambda_dead_letter_config *dead_letter_config;
    /* Environment: Environment variables that are accessible from function code
     * during execution. */
    struct awsc_lambda_environment *environment;
    /* KMSKeyArn: The ARN of the Key Management Service (KMS) customer managed key
     * that's used to encrypt the following resources: The function's environment
     * variables . The function's Lambda SnapStart snapshots. */
    const char *kms_key_arn;
    /* TracingConfig: Set Mode to Active to sample and trace a subset of incoming
     * requests with X-Ray . */
    struct awsc_lambda_tracing_config *tracing_config;
    /* Tags: A list of tags to apply to the function. */
    struct awsc_lambda_propagate_tags_explicit_tags_map tags;
    /* Layers: A list of function layers to add to the function's execution
     * environment. Specify each layer by its ARN, including the version. */
    struct awsc_lambda_architectures_list layers;
    /* FileSystemConfigs: Connection settings for an Amazon EFS file system or an
     * Amazon S3 Files file system. */
    struct awsc_lambda_file_system_config_list file_system_configs;
    /* CodeSigningConfigArn: To enable code signing for this function, specify the
     * ARN of a code-signing configuration. */
    const char *code_signing_config_arn;
    /* ImageConfig: Container image configuration values that override the values
     * in the container image Dockerfile. */
    struct awsc_lambda_image_config *image_config;
    /* Architectures: The instruction set architecture that the function supports.
     * Enter a string array with one of the valid values (arm64 or x86_64). The
     * default value is x86_64 . */
    struct awsc_lambda_architectures_list architectures;
    /* EphemeralStorage: The size of the function's /tmp directory in MB. The
     * default value is 512, but can be any whole number between 512 and 10,240 MB.
     * For more information, see Configuring ephemeral storage (console) . */
    struct awsc_lambda_ephemeral_storage *ephemeral_storage;
    /* SnapStart: The function's SnapStart setting. */
    struct awsc_lambda_snap_start *snap_start;
    /* LoggingConfig: The function's Amazon CloudWatch Logs configuration settings. */
    struct awsc_lambda_logging_config *logging_config;
    /* TenancyConfig: Configuration for multi-tenant applications that use Lambda
     * functions. Defines tenant isolation settings and resource allocations.
     * Required for functions supporting multiple tenants. */
    struct awsc_lambda_tenancy_config *tenancy_config;
    /* CapacityProviderConfig: Configuration for the capacity provider that manages
     * compute resources for Lambda functions. */
    struct awsc_lambda_capacity_provider_config *capacity_provider_config;
    /* DurableConfig: Configuration settings for durable functions. Enables
     * creating functions with durability that can remember their state and
     * continue execution even after interruptions. */
    struct awsc_lambda_durable_config *durable_config;
};

/* CreateFunctionUrlConfigRequest */
struct awsc_lambda_create_function_url_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Qualifier: The alias name. */
    const char *qualifier;
    /* AuthType: The type of authentication that your function URL uses. Set to
     * AWS_IAM if you want to restrict access to authenticated users only.
     * Required. One of enum awsc_lambda_function_url_auth_type's values (as its
     * string). */
    const char *auth_type;
    /* Cors: The cross-origin resource sharing (CORS) settings for your function
     * URL. */
    struct awsc_lambda_cors *cors;
    /* InvokeMode: Use one of the following options: BUFFERED – This is the default
     * option. Lambda invokes your function using the Invoke API operation.
     * Invocation results are available when the payload is complete. One of enum
     * awsc_lambda_invoke_mode's values (as its string). */
    const char *invoke_mode;
};

/* CreateFunctionUrlConfigResponse */
struct awsc_lambda_create_function_url_config_output {
    /* FunctionUrl: The HTTP URL endpoint for your function. Required. */
    const char *function_url;
    /* FunctionArn: The Amazon Resource Name (ARN) of your function. Required. */
    const char *function_arn;
    /* AuthType: The type of authentication that your function URL uses. Set to
     * AWS_IAM if you want to restrict access to authenticated users only.
     * Required. One of enum awsc_lambda_function_url_auth_type's values (as its
     * string). */
    const char *auth_type;
    /* Cors: The cross-origin resource sharing (CORS) settings for your function
     * URL. */
    struct awsc_lambda_cors *cors;
    /* CreationTime: When the function URL was created, in ISO-8601 format
     * (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    const char *creation_time;
    /* InvokeMode: Use one of the following options: BUFFERED – This is the default
     * option. Lambda invokes your function using the Invoke API operation.
     * Invocation results are available when the payload is complete. One of enum
     * awsc_lambda_invoke_mode's values (as its string). */
    const char *invoke_mode;
};

/*
 * The dead-letter queue for failed asynchronous invocations.
 */
struct awsc_lambda_dead_letter_config {
    /* TargetArn: The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon
     * SNS topic. */
    const char *target_arn;
};

/* DeleteAliasRequest */
struct awsc_lambda_delete_alias_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
    /* Name: The name of the alias. Required. */
    const char *name;
};

/* DeleteCapacityProviderRequest */
struct awsc_lambda_delete_capacity_provider_input {
    /* CapacityProviderName: The name of the capacity provider to delete. Required. */
    const char *capacity_provider_name;
};

/* DeleteCapacityProviderResponse */
struct awsc_lambda_delete_capacity_provider_output {
    /* CapacityProvider: Information about the deleted capacity provider. Required. */
    struct awsc_lambda_capacity_provider *capacity_provider;
};

/* DeleteCodeSigningConfigRequest */
struct awsc_lambda_delete_code_signing_config_input {
    /* CodeSigningConfigArn: The The Amazon Resource Name (ARN) of the code signing
     * configuration. Required. */
    const char *code_signing_config_arn;
};

/* DeleteCodeSigningConfigResponse */
struct awsc_lambda_delete_code_signing_config_output {
    char unused_; /* no members */
};

/* DeleteEventSourceMappingRequest */
struct awsc_lambda_delete_event_source_mapping_input {
    /* UUID: The identifier of the event source mapping. Required. */
    const char *uuid;
};

/* DeleteFunctionCodeSigningConfigRequest */
struct awsc_lambda_delete_function_code_signing_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
};

/* DeleteFunctionConcurrencyRequest */
struct awsc_lambda_delete_function_concurrency_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
};

/* DeleteFunctionEventInvokeConfigRequest */
struct awsc_lambda_delete_function_event_invoke_config_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name - my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* Qualifier: A version number or alias name. */
    const char *qualifier;
};

/* DeleteFunctionRequest */
struct awsc_lambda_delete_function_input {
    /* FunctionName: The name or ARN of the Lambda function or version. Name
     * formats Function name – my-function (name-only), my-function:1 (with
     * version). Required. */
    const char *function_name;
    /* Qualifier: Specify a version to delete. You can't delete a version that an
     * alias references. */
    const char *qualifier;
};

/* DeleteFunctionResponse */
struct awsc_lambda_delete_function_output {
    /* StatusCode: The HTTP status code returned by the operation. */
    bool has_status_code;
    int32_t status_code;
};

/* DeleteFunctionUrlConfigRequest */
struct awsc_lambda_delete_function_url_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Qualifier: The alias name. */
    const char *qualifier;
};

/* DeleteLayerVersionRequest */
struct awsc_lambda_delete_layer_version_input {
    /* LayerName: The name or Amazon Resource Name (ARN) of the layer. Required. */
    const char *layer_name;
    /* VersionNumber: The version number. Required. */
    bool has_version_number;
    int64_t version_number;
};

/* DeleteProvisionedConcurrencyConfigRequest */
struct awsc_lambda_delete_provisioned_concurrency_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Qualifier: The version number or alias name. Required. */
    const char *qualifier;
};

/*
 * A configuration object that specifies the destination of an event after
 * Lambda processes it. For more information, see Adding a destination .
 */
struct awsc_lambda_destination_config {
    /* OnSuccess: The destination configuration for successful invocations. Not
     * supported in CreateEventSourceMapping or UpdateEventSourceMapping . */
    struct awsc_lambda_on_success *on_success;
    /* OnFailure: The destination configuration for failed invocations. */
    struct awsc_lambda_on_failure *on_failure;
};

/*
 * Specific configuration settings for a DocumentDB event source.
 */
struct awsc_lambda_document_db_event_source_config {
    /* DatabaseName: The name of the database to consume within the DocumentDB
     * cluster. */
    const char *database_name;
    /* CollectionName: The name of the collection to consume within the database.
     * If you do not specify a collection, Lambda consumes all collections. */
    const char *collection_name;
    /* FullDocument: Determines what DocumentDB sends to your event stream during
     * document update operations. One of enum awsc_lambda_full_document's values
     * (as its string). */
    const char *full_document;
};

/*
 * Configuration settings for durable functions , including execution timeout,
 * retention period for execution history, and an optional ARN of the Key
 * Management Service (KMS) customer managed key that is used to encrypt your
 * durable execution's payload data, including input, output, and error
 * payloads.
 */
struct awsc_lambda_durable_config {
    /* KMSKeyArn: The ARN of the Key Management Service (KMS) customer managed key
     * that is used to encrypt your durable execution's payload data, including
     * input, output, and error payloads. */
    const char *kms_key_arn;
    /* RetentionPeriodInDays: The number of days to retain execution history after
     * a durable execution completes. After this period, execution history is no
     * longer available through the GetDurableExecutionHistory API. */
    bool has_retention_period_in_days;
    int32_t retention_period_in_days;
    /* ExecutionTimeout: The maximum time (in seconds) that a durable execution can
     * run before timing out. This timeout applies to the entire durable execution,
     * not individual function invocations. */
    bool has_execution_timeout;
    int32_t execution_timeout;
};

/*
 * The durable execution with the specified name has already been started. Each
 * durable execution name must be unique within the function. Use a different
 * name or check the status of the existing execution.
 */
struct awsc_lambda_durable_execution_already_started_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Need additional permissions to configure VPC settings.
 */
struct awsc_lambda_ec2_access_denied_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Amazon EC2 throttled Lambda during Lambda function initialization using the
 * execution role provided for the function.
 */
struct awsc_lambda_ec2_throttled_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Lambda received an unexpected Amazon EC2 client exception while setting up
 * for the Lambda function.
 */
struct awsc_lambda_ec2_unexpected_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
    /* EC2ErrorCode: */
    const char *ec2_error_code;
};

/*
 * An error occurred when reading from or writing to a connected file system.
 */
struct awsc_lambda_efsio_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * The Lambda function couldn't make a network connection to the configured
 * file system.
 */
struct awsc_lambda_efs_mount_connectivity_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * The Lambda function couldn't mount the configured file system due to a
 * permission or configuration issue.
 */
struct awsc_lambda_efs_mount_failure_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * The Lambda function made a network connection to the configured file system,
 * but the mount operation timed out.
 */
struct awsc_lambda_efs_mount_timeout_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Lambda couldn't create an elastic network interface in the VPC, specified as
 * part of Lambda function configuration, because the limit for network
 * interfaces has been reached. For more information, see Lambda quotas .
 */
struct awsc_lambda_eni_limit_reached_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Lambda couldn't invoke the Lambda function because the elastic network
 * interface (ENI) configured for its VPC connection isn't ready yet. Wait a
 * few moments and try the request again. For more information about VPC
 * configuration, see Configuring a Lambda function to access resources in a
 * VPC .
 */
struct awsc_lambda_eni_not_ready_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: The exception message. */
    const char *message;
};

/*
 * A function's environment variable settings. You can use environment
 * variables to adjust your function's behavior without updating code. An
 * environment variable is a pair of strings that are stored in a function's
 * version-specific configuration.
 */
struct awsc_lambda_environment {
    /* Variables: Environment variable key-value pairs. For more information, see
     * Using Lambda environment variables . */
    struct awsc_lambda_propagate_tags_explicit_tags_map variables;
};

/*
 * Error messages for environment variables that couldn't be applied.
 */
struct awsc_lambda_environment_error {
    /* ErrorCode: The error code. */
    const char *error_code;
    /* Message: The error message. */
    const char *message;
};

/*
 * The results of an operation to update or read environment variables. If the
 * operation succeeds, the response contains the environment variables. If it
 * fails, the response contains details about the error.
 */
struct awsc_lambda_environment_response {
    /* Variables: Environment variable key-value pairs. Omitted from CloudTrail
     * logs. */
    struct awsc_lambda_propagate_tags_explicit_tags_map variables;
    /* Error: Error messages for environment variables that couldn't be applied. */
    struct awsc_lambda_environment_error *error;
};

/*
 * The size of the function's /tmp directory in MB. The default value is 512,
 * but can be any whole number between 512 and 10,240 MB. For more information,
 * see Configuring ephemeral storage (console) .
 */
struct awsc_lambda_ephemeral_storage {
    /* Size: The size of the function's /tmp directory. Required. */
    bool has_size;
    int32_t size;
};

/*
 * An object that contains error information.
 */
struct awsc_lambda_error_object {
    /* ErrorMessage: A human-readable error message. */
    const char *error_message;
    /* ErrorType: The error type. */
    const char *error_type;
    /* ErrorData: Machine-readable error data. */
    const char *error_data;
    /* StackTrace: Stack trace information for the error. */
    struct awsc_lambda_architectures_list stack_trace;
};

/*
 * An event that occurred during the execution of a durable function.
 */
struct awsc_lambda_event {
    /* EventType: The type of event that occurred. One of enum
     * awsc_lambda_event_type's values (as its string). */
    const char *event_type;
    /* SubType: The subtype of the event, providing additional categorization. */
    const char *sub_type;
    /* EventId: The unique identifier for this event. Event IDs increment
     * sequentially. */
    bool has_event_id;
    int32_t event_id;
    /* Id: The unique identifier for this operation. */
    const char *id;
    /* Name: The customer-provided name for this operation. */
    const char *name;
    /* EventTimestamp: The date and time when this event occurred, in ISO-8601
     * format (YYYY-MM-DDThh:mm:ss.sTZD). */
    bool has_event_timestamp;
    struct awsc_timestamp event_timestamp;
    /* ParentId: The unique identifier of the parent operation, if this operation
     * is running within a child context. */
    const char *parent_id;
    /* ExecutionStartedDetails: Details about an execution that started. */
    struct awsc_lambda_execution_started_details *execution_started_details;
    /* ExecutionSucceededDetails: Details about an execution that succeeded. */
    struct awsc_lambda_execution_succeeded_details *execution_succeeded_details;
    /* ExecutionFailedDetails: Details about an execution that failed. */
    struct awsc_lambda_execution_failed_details *execution_failed_details;
    /* ExecutionTimedOutDetails: Details about an execution that timed out. */
    struct awsc_lambda_execution_timed_out_details *execution_timed_out_details;
    /* ExecutionStoppedDetails: Details about an execution that was stopped. */
    struct awsc_lambda_execution_stopped_details *execution_stopped_details;
    /* ContextStartedDetails: Details about a context that started. */
    struct awsc_lambda_context_started_details *context_started_details;
    /* ContextSucceededDetails: Details about a context that succeeded. */
    struct awsc_lambda_context_succeeded_details *context_succeeded_details;
    /* ContextFailedDetails: Details about a context that failed. */
    struct awsc_lambda_context_failed_details *context_failed_details;
    /* WaitStartedDetails: Details about a wait operation that started. */
    struct awsc_lambda_wait_started_details *wait_started_details;
    /* WaitSucceededDetails: Details about a wait operation that succeeded. */
    struct awsc_lambda_wait_succeeded_details *wait_succeeded_details;
    /* WaitCancelledDetails: Details about a wait operation that was cancelled. */
    struct awsc_lambda_wait_cancelled_details *wait_cancelled_details;
    /* StepStartedDetails: Details about a step that started. */
    struct awsc_lambda_step_started_details *step_started_details;
    /* StepSucceededDetails: Details about a step that succeeded. */
    struct awsc_lambda_step_succeeded_details *step_succeeded_details;
    /* StepFailedDetails: Details about a step that failed. */
    struct awsc_lambda_step_failed_details *step_failed_details;
    /* ChainedInvokeStartedDetails: */
    struct awsc_lambda_chained_invoke_started_details *chained_invoke_started_details;
    /* ChainedInvokeSucceededDetails: Details about a chained invocation that
     * succeeded. */
    struct awsc_lambda_chained_invoke_succeeded_details *chained_invoke_succeeded_details;
    /* ChainedInvokeFailedDetails: */
    struct awsc_lambda_chained_invoke_failed_details *chained_invoke_failed_details;
    /* ChainedInvokeTimedOutDetails: Details about a chained invocation that timed
     * out. */
    struct awsc_lambda_chained_invoke_timed_out_details *chained_invoke_timed_out_details;
    /* ChainedInvokeStoppedDetails: Details about a chained invocation that was
     * stopped. */
    struct awsc_lambda_chained_invoke_stopped_details *chained_invoke_stopped_details;
    /* CallbackStartedDetails: */
    struct awsc_lambda_callback_started_details *callback_started_details;
    /* CallbackSucceededDetails: */
    struct awsc_lambda_callback_succeeded_details *callback_succeeded_details;
    /* CallbackFailedDetails: */
    struct awsc_lambda_callback_failed_details *callback_failed_details;
    /* CallbackTimedOutDetails: */
    struct awsc_lambda_callback_timed_out_details *callback_timed_out_details;
    /* InvocationCompletedDetails: Details about a function invocation that
     * completed. */
    struct awsc_lambda_invocation_completed_details *invocation_completed_details;
};

/*
 * Error information for an event.
 */
struct awsc_lambda_event_error {
    /* Payload: The error payload. */
    struct awsc_lambda_error_object *payload;
    /* Truncated: Indicates if the error payload was truncated due to size limits. */
    bool has_truncated;
    bool truncated;
};

/*
 * Input information for an event.
 */
struct awsc_lambda_event_input {
    /* Payload: The input payload. */
    const char *payload;
    /* Truncated: Indicates if the error payload was truncated due to size limits. */
    bool has_truncated;
    bool truncated;
};

/*
 * Result information for an event.
 */
struct awsc_lambda_event_result {
    /* Payload: The result payload. */
    const char *payload;
    /* Truncated: Indicates if the error payload was truncated due to size limits. */
    bool has_truncated;
    bool truncated;
};

/*
 * A mapping between an Amazon Web Services resource and a Lambda function. For
 * details, see CreateEventSourceMapping .
 */
struct awsc_lambda_event_source_mapping_configuration {
    /* UUID: The identifier of the event source mapping. */
    const char *uuid;
    /* StartingPosition: The position in a stream from which to start reading.
     * Required for Amazon Kinesis and Amazon DynamoDB Stream event sources. One of
     * enum awsc_lambda_event_source_position's values (as its string). */
    const char *starting_position;
    /* StartingPositionTimestamp: With StartingPosition set to AT_TIMESTAMP , the
     * time from which to start reading. StartingPositionTimestamp cannot be in the
     * future. */
    bool has_starting_position_timestamp;
    struct awsc_timestamp starting_position_timestamp;
    /* BatchSize: The maximum number of records in each batch that Lambda pulls
     * from your stream or queue and sends to your function. */
    bool has_batch_size;
    int32_t batch_size;
    /* MaximumBatchingWindowInSeconds: The maximum amount of time, in seconds, that
     * Lambda spends gathering records before invoking the function. */
    bool has_maximum_batching_window_in_seconds;
    int32_t maximum_batching_window_in_seconds;
    /* ParallelizationFactor: (Kinesis and DynamoDB Streams only) The number of
     * batches to process concurrently from each shard. The default value is 1. */
    bool has_parallelization_factor;
    int32_t parallelization_factor;
    /* EventSourceArn: The Amazon Resource Name (ARN) of the event source. */
    const char *event_source_arn;
    /* FilterCriteria: An object that defines the filter criteria that determine
     * whether Lambda should process an event. For more information, see Lambda
     * event filtering . */
    struct awsc_lambda_filter_criteria *filter_criteria;
    /* FilterCriteriaError: An object that contains details about an error related
     * to filter criteria encryption. */
    struct awsc_lambda_filter_criteria_error *filter_criteria_error;
    /* KMSKeyArn: The ARN of the Key Management Service (KMS) customer managed key
     * that Lambda uses to encrypt your function's filter criteria . */
    const char *kms_key_arn;
    /* MetricsConfig: The metrics configuration for your event source. For more
     * information, see Event source mapping metrics . */
    struct awsc_lambda_event_source_mapping_metrics_config *metrics_config;
    /* LoggingConfig: (Amazon MSK, and self-managed Apache Kafka only) The logging
     * configuration for your event source. For more information, see Event source
     * mapping logging . */
    struct awsc_lambda_event_source_mapping_logging_config *logging_config;
    /* ScalingConfig: (Amazon SQS only) The scaling configuration for the event
     * source. For more information, see Configuring maximum concurrency for Amazon
     * SQS event sources . */
    struct awsc_lambda_scaling_config *scaling_config;
    /* FunctionArn: The ARN of the Lambda function. */
    const char *function_arn;
    /* LastModified: The date that the event source mapping was last updated or
     * that its state changed. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* LastProcessingResult: The result of the event source mapping's last
     * processing attempt. */
    const char *last_processing_result;
    /* State: The state of the event source mapping. It can be one of the
     * following: Creating , Enabling , Enabled , Disabling , Disabled , Updating ,
     * or Deleting . */
    const char *state;
    /* StateTransitionReason: Indicates whether a user or Lambda made the last
     * change to the event source mapping. */
    const char *state_transition_reason;
    /* DestinationConfig: (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed
     * Apache Kafka) A configuration object that specifies the destination of an
     * event after Lambda processes it. */
    struct awsc_lambda_destination_config *destination_config;
    /* Topics: The name of the Kafka topic. */
    struct awsc_lambda_architectures_list topics;
    /* Queues: (Amazon MQ) The name of the Amazon MQ broker destination queue to
     * consume. */
    struct awsc_lambda_architectures_list queues;
    /* SourceAccessConfigurations: An array of the authentication protocol, VPC
     * components, or virtual host to secure and define your event source. */
    struct awsc_lambda_source_access_configurations source_access_configurations;
    /* SelfManagedEventSource: The self-managed Apache Kafka cluster for your event
     * source. */
    struct awsc_lambda_self_managed_event_source *self_managed_event_source;
    /* MaximumRecordAgeInSeconds: (Kinesis, DynamoDB Streams, Amazon MSK, and
     * self-managed Apache Kafka) Discard records older than the specified age. The
     * default value is -1, which sets the maximum age to infinite. */
    bool has_maximum_record_age_in_seconds;
    int32_t maximum_record_age_in_seconds;
    /* BisectBatchOnFunctionError: (Kinesis, DynamoDB Streams, Amazon MSK, and
     * self-managed Apache Kafka) If the function returns an error, split the batch
     * in two and retry. The default value is false. */
    bool has_bisect_batch_on_function_error;
    bool bisect_batch_on_function_error;
    /* MaximumRetryAttempts: (Kinesis, DynamoDB Streams, Amazon MSK, and
     * self-managed Apache Kafka) Discard records after the specified number of
     * retries. */
    bool has_maximum_retry_attempts;
    int32_t maximum_retry_attempts;
    /* TumblingWindowInSeconds: (Kinesis and DynamoDB Streams only) The duration in
     * seconds of a processing window for DynamoDB and Kinesis Streams event
     * sources. A value of 0 seconds indicates no tumbling window. */
    bool has_tumbling_window_in_seconds;
    int32_t tumbling_window_in_seconds;
    /* FunctionResponseTypes: (Kinesis, DynamoDB Streams, Amazon MSK, self-managed
     * Apache Kafka, and Amazon SQS) A list of current response type enums applied
     * to the event source mapping. */
    struct awsc_lambda_architectures_list function_response_types;
    /* AmazonManagedKafkaEventSourceConfig: Specific configuration settings for an
     * Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source. */
    struct awsc_lambda_amazon_managed_kafka_event_source_config *amazon_managed_kafka_event_source_config;
    /* SelfManagedKafkaEventSourceConfig: Specific configuration settings for a
     * self-managed Apache Kafka event source. */
    struct awsc_lambda_self_managed_kafka_event_source_config *self_managed_kafka_event_source_config;
    /* DocumentDBEventSourceConfig: Specific configuration settings for a
     * DocumentDB event source. */
    struct awsc_lambda_document_db_event_source_config *document_db_event_source_config;
    /* EventSourceMappingArn: The Amazon Resource Name (ARN) of the event source
     * mapping. */
    const char *event_source_mapping_arn;
    /* ProvisionedPollerConfig: (Amazon SQS, Amazon MSK, and self-managed Apache
     * Kafka only) The provisioned mode configuration for the event source. For
     * more information, see provisioned mode . */
    struct awsc_lambda_provisioned_poller_config *provisioned_poller_config;
};

/*
 * (Amazon MSK, and self-managed Apache Kafka only) The logging configuration
 * for your event source. Use this configuration object to define the level of
 * logs for your event source mapping.
 */
struct awsc_lambda_event_source_mapping_logging_config {
    /* SystemLogLevel: The log level you want your event source mapping to use.
     * Lambda event poller only sends system logs at the selected level of detail
     * and lower, where DEBUG is the highest level and WARN is the lowest. One of
     * enum awsc_lambda_event_source_mapping_system_log_level's values (as its
     * string). */
    const char *system_log_level;
};

/*
 * The metrics configuration for your event source. Use this configuration
 * object to define which metrics you want your event source mapping to
 * produce.
 */
struct awsc_lambda_event_source_mapping_metrics_config {
    /* Metrics: The metrics you want your event source mapping to produce,
     * including EventCount , ErrorCount , KafkaMetrics . */
    struct awsc_lambda_architectures_list metrics;
};

/*
 * Information about a durable execution .
 */
struct awsc_lambda_execution {
    /* DurableExecutionArn: The Amazon Resource Name (ARN) of the durable
     * execution, if this execution is a durable execution. Required. */
    const char *durable_execution_arn;
    /* DurableExecutionName: The unique name of the durable execution, if one was
     * provided when the execution was started. Required. */
    const char *durable_execution_name;
    /* FunctionArn: The Amazon Resource Name (ARN) of the Lambda function.
     * Required. */
    const char *function_arn;
    /* Status: The current status of the durable execution. Required. One of enum
     * awsc_lambda_execution_status's values (as its string). */
    const char *status;
    /* StartTimestamp: The date and time when the durable execution started, in
     * ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    bool has_start_timestamp;
    struct awsc_timestamp start_timestamp;
    /* EndTimestamp: The date and time when the durable execution ended, in
     * ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD). */
    bool has_end_timestamp;
    struct awsc_timestamp end_timestamp;
    /* KMSKeyArn: The ARN of the Key Management Service (KMS) customer managed key
     * that is used to encrypt your durable execution's payload data, including
     * input, output, and error payloads. */
    const char *kms_key_arn;
};

/*
 * Details about a durable execution .
 */
struct awsc_lambda_execution_details {
    /* InputPayload: The original input payload provided for the durable execution. */
    const char *input_payload;
};

/*
 * Details about a failed durable execution .
 */
struct awsc_lambda_execution_failed_details {
    /* Error: Details about the execution failure. Required. */
    struct awsc_lambda_event_error *error;
};

/*
 * Details about a durable execution that started.
 */
struct awsc_lambda_execution_started_details {
    /* Input: The input payload provided for the durable execution. Required. */
    struct awsc_lambda_event_input *input;
    /* ExecutionTimeout: The maximum amount of time that the durable execution is
     * allowed to run, in seconds. Required. */
    bool has_execution_timeout;
    int32_t execution_timeout;
};

/*
 * Details about a durable execution that stopped.
 */
struct awsc_lambda_execution_stopped_details {
    /* Error: Details about why the execution stopped. Required. */
    struct awsc_lambda_event_error *error;
};

/*
 * Details about a durable execution that succeeded.
 */
struct awsc_lambda_execution_succeeded_details {
    /* Result: The response payload from the successful operation. Required. */
    struct awsc_lambda_event_result *result;
};

/*
 * Details about a durable execution that timed out.
 */
struct awsc_lambda_execution_timed_out_details {
    /* Error: Details about the execution timeout. */
    struct awsc_lambda_event_error *error;
};

/*
 * Details about the connection between a Lambda function and an Amazon EFS
 * file system or an Amazon S3 Files file system .
 */
struct awsc_lambda_file_system_config {
    /* Arn: The Amazon Resource Name (ARN) of the Amazon EFS or Amazon S3 Files
     * access point that provides access to the file system. Required. */
    const char *arn;
    /* LocalMountPath: The path where the function can access the file system,
     * starting with /mnt/ . Required. */
    const char *local_mount_path;
};

/*
 * A structure within a FilterCriteria object that defines an event filtering
 * pattern.
 */
struct awsc_lambda_filter {
    /* Pattern: A filter pattern. For more information on the syntax of a filter
     * pattern, see Filter rule syntax . */
    const char *pattern;
};

/*
 * An object that contains the filters for an event source.
 */
struct awsc_lambda_filter_criteria {
    /* Filters: A list of filters. */
    struct awsc_lambda_filter_list filters;
};

/*
 * An object that contains details about an error related to filter criteria
 * encryption.
 */
struct awsc_lambda_filter_criteria_error {
    /* ErrorCode: The KMS exception that resulted from filter criteria encryption
     * or decryption. */
    const char *error_code;
    /* Message: The error message. */
    const char *message;
};

/*
 * The code for the Lambda function. You can either specify an object in Amazon
 * S3, upload a .zip file archive deployment package directly, or specify the
 * URI of a container image.
 */
struct awsc_lambda_function_code {
    /* ZipFile: The base64-encoded contents of the deployment package. Amazon Web
     * Services SDK and CLI clients handle the encoding for you. */
    struct awsc_blob zip_file;
    /* S3Bucket: An Amazon S3 bucket in the same Amazon Web Services Region as your
     * function. The bucket can be in a different Amazon Web Services account. */
    const char *s3_bucket;
    /* S3Key: The Amazon S3 key of the deployment package. */
    const char *s3_key;
    /* S3ObjectVersion: For versioned objects, the version of the deployment
     * package object to use. */
    const char *s3_object_version;
    /* S3ObjectStorageMode: Specifies how the deployment package is stored. Valid
     * values: COPY (default) – Uploads a copy of your deployment package to
     * Lambda. One of enum awsc_lambda_s3_object_storage_mode's values (as its
     * string). */
    const char *s3_object_storage_mode;
    /* ImageUri: URI of a container image in the Amazon ECR registry. */
    const char *image_uri;
    /* SourceKMSKeyArn: The ARN of the Key Management Service (KMS) customer
     * managed key that's used to encrypt your function's .zip deployment package. */
    const char *source_kms_key_arn;
};

/*
 * Details about a function's deployment package.
 */
struct awsc_lambda_function_code_location {
    /* RepositoryType: The service that's hosting the file. */
    const char *repository_type;
    /* Location: A presigned URL that you can use to download the deployment
     * package. */
    const char *location;
    /* ImageUri: URI of a container image in the Amazon ECR registry. */
    const char *image_uri;
    /* ResolvedImageUri: The resolved URI for the image. */
    const char *resolved_image_uri;
    /* ResolvedS3Object: The resolved Amazon S3 object that contains the deployment
     * package. */
    struct awsc_lambda_resolved_s3_object *resolved_s3_object;
    /* SourceKMSKeyArn: The ARN of the Key Management Service (KMS) customer
     * managed key that's used to encrypt your function's .zip deployment package. */
    const char *source_kms_key_arn;
    /* Error: An object that contains details about an error related to function
     * deployment package retrieval. */
    struct awsc_lambda_function_code_location_error *error;
};

/*
 * Contains details about an error that occurred when Lambda attempted to
 * retrieve a function's deployment package.
 */
struct awsc_lambda_function_code_location_error {
    /* ErrorCode: The error code that identifies why Lambda failed to retrieve the
     * deployment package. */
    const char *error_code;
    /* Message: The human-readable message that describes why Lambda failed to
     * retrieve the deployment package. */
    const char *message;
};

/*
 * Details about a function's configuration.
 */
struct awsc_lambda_function_configuration {
    /* FunctionName: The name of the function. */
    const char *function_name;
    /* FunctionArn: The function's Amazon Resource Name (ARN). */
    const char *function_arn;
    /* Runtime: The identifier of the function's runtime . Runtime is required if
     * the deployment package is a .zip file archive. One of enum
     * awsc_lambda_runtime's values (as its string). */
    const char *runtime;
    /* Role: The function's execution role. */
    const char *role;
    /* Handler: The function that Lambda calls to begin running your function. */
    const char *handler;
    /* CodeSize: The size of the function's deployment package, in bytes. */
    bool has_code_size;
    int64_t code_size;
    /* Description: The function's description. */
    const char *description;
    /* Timeout: The amount of time in seconds that Lambda allows a function to run
     * before stopping it. */
    bool has_timeout;
    int32_t timeout;
    /* MemorySize: The amount of memory available to the function at runtime. */
    bool has_memory_size;
    int32_t memory_size;
    /* LastModified: The date and time that the function was last updated, in
     * ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD). */
    const char *last_modified;
    /* CodeSha256: The SHA256 hash of the function's deployment package. */
    const char *code_sha256;
    /* Version: The version of the Lambda function. */
    const char *version;
    /* VpcConfig: The function's networking configuration. */
    struct awsc_lambda_vpc_config_response *vpc_config;
    /* DeadLetterConfig: The function's dead letter queue. */
    struct awsc_lambda_dead_letter_config *dead_letter_config;
    /* Environment: The function's environment variables . Omitted from CloudTrail
     * logs. */
    struct awsc_lambda_environment_response *environment;
    /* KMSKeyArn: The ARN of the Key Management Service (KMS) customer managed key
     * that's used to encrypt the following resources: The function's environment
     * variables . The function's Lambda SnapStart snapshots. */
    const char *kms_key_arn;
    /* TracingConfig: The function's X-Ray tracing configuration. */
    struct awsc_lambda_tracing_config_response *tracing_config;
    /* MasterArn: For Lambda@Edge functions, the ARN of the main function. */
    const char *master_arn;
    /* RevisionId: The latest updated revision of the function or alias. */
    const char *revision_id;
    /* Layers: The function's layers . */
    struct awsc_lambda_layers_reference_list layers;
    /* State: The current state of the function. When the state is Inactive , you
     * can reactivate the function by invoking it. One of enum awsc_lambda_state's
     * values (as its string). */
    const char *state;
    /* StateReason: The reason for the function's current state. */
    const char *state_reason;
    /* StateReasonCode: The reason code for the function's current state. When the
     * code is Creating , you can't invoke or modify the function. One of enum
     * awsc_lambda_state_reason_code's values (as its string). */
    const char *state_reason_code;
    /* LastUpdateStatus: The status of the last update that was performed on the
     * function. This is first set to Successful after function creation completes.
     * One of enum awsc_lambda_last_update_status's values (as its string). */
    const char *last_update_status;
    /* LastUpdateStatusReason: The reason for the last update that was performed on
     * the function. */
    const char *last_update_status_reason;
    /* LastUpdateStatusReasonCode: The reason code for the last update that was
     * performed on the function. One of enum
     * awsc_lambda_last_update_status_reason_code's values (as its string). */
    const char *last_update_status_reason_code;
    /* FileSystemConfigs: Connection settings for an Amazon EFS file system or an
     * Amazon S3 Files file system . */
    struct awsc_lambda_file_system_config_list file_system_configs;
    /* SigningProfileVersionArn: The ARN of the signing profile version. */
    const char *signing_profile_version_arn;
    /* SigningJobArn: The ARN of the signing job. */
    const char *signing_job_arn;
    /* PackageType: The type of deployment package. Set to Image for container
     * image and set Zip for .zip file archive. One of enum
     * awsc_lambda_package_type's values (as its string). */
    const char *package_type;
    /* ImageConfigResponse: The function's image configuration values. */
    struct awsc_lambda_image_config_response *image_config_response;
    /* Architectures: The instruction set architecture that the function supports.
     * Architecture is a string array with one of the valid values. The default
     * architecture value is x86_64 . */
    struct awsc_lambda_architectures_list architectures;
    /* EphemeralStorage: The size of the function's /tmp directory in MB. The
     * default value is 512, but can be any whole number between 512 and 10,240 MB.
     * For more information, see Configuring ephemeral storage (console) . */
    struct awsc_lambda_ephemeral_storage *ephemeral_storage;
    /* SnapStart: Set ApplyOn to PublishedVersions to create a snapshot of the
     * initialized execution environment when you publish a function version. */
    struct awsc_lambda_snap_start_response *snap_start;
    /* RuntimeVersionConfig: The ARN of the runtime and any errors that occured. */
    struct awsc_lambda_runtime_version_config *runtime_version_config;
    /* LoggingConfig: The function's Amazon CloudWatch Logs configuration settings. */
    struct awsc_lambda_logging_config *logging_config;
    /* TenancyConfig: The function's tenant isolation configuration settings.
     * Determines whether the Lambda function runs on a shared or dedicated
     * infrastructure per unique tenant. */
    struct awsc_lambda_tenancy_config *tenancy_config;
    /* CapacityProviderConfig: Configuration for the capacity provider that manages
     * compute resources for Lambda functions. */
    struct awsc_lambda_capacity_provider_config *capacity_provider_config;
    /* ConfigSha256: The SHA256 hash of the function configuration. */
    const char *config_sha256;
    /* DurableConfig: The function's durable execution configuration settings, if
     * the function is configured for durability. */
    struct awsc_lambda_durable_config *durable_config;
};

/* FunctionEventInvokeConfig */
struct awsc_lambda_function_event_invoke_config {
    /* LastModified: The date and time that the configuration was last updated. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* FunctionArn: The Amazon Resource Name (ARN) of the function. */
    const char *function_arn;
    /* MaximumRetryAttempts: The maximum number of times to retry when the function
     * returns an error. */
    bool has_maximum_retry_attempts;
    int32_t maximum_retry_attempts;
    /* MaximumEventAgeInSeconds: The maximum age of a request that Lambda sends to
     * a function for processing. */
    bool has_maximum_event_age_in_seconds;
    int32_t maximum_event_age_in_seconds;
    /* DestinationConfig: A destination for events after they have been sent to a
     * function for processing. Destinations Function - The Amazon Resource Name
     * (ARN) of a Lambda function. Queue - The ARN of a standard SQS queue. */
    struct awsc_lambda_destination_config *destination_config;
};

/*
 * Configuration that defines the scaling behavior for a Lambda Managed
 * Instances function, including the minimum and maximum number of execution
 * environments that can be provisioned.
 */
struct awsc_lambda_function_scaling_config {
    /* MinExecutionEnvironments: The minimum number of execution environments to
     * maintain for the function. */
    bool has_min_execution_environments;
    int32_t min_execution_environments;
    /* MaxExecutionEnvironments: The maximum number of execution environments that
     * can be provisioned for the function. */
    bool has_max_execution_environments;
    int32_t max_execution_environments;
};

/*
 * Details about a Lambda function URL.
 */
struct awsc_lambda_function_url_config {
    /* FunctionUrl: The HTTP URL endpoint for your function. Required. */
    const char *function_url;
    /* FunctionArn: The Amazon Resource Name (ARN) of your function. Required. */
    const char *function_arn;
    /* CreationTime: When the function URL was created, in ISO-8601 format
     * (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    const char *creation_time;
    /* LastModifiedTime: When the function URL configuration was last updated, in
     * ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    const char *last_modified_time;
    /* Cors: The cross-origin resource sharing (CORS) settings for your function
     * URL. */
    struct awsc_lambda_cors *cors;
    /* AuthType: The type of authentication that your function URL uses. Set to
     * AWS_IAM if you want to restrict access to authenticated users only.
     * Required. One of enum awsc_lambda_function_url_auth_type's values (as its
     * string). */
    const char *auth_type;
    /* InvokeMode: Use one of the following options: BUFFERED – This is the default
     * option. Lambda invokes your function using the Invoke API operation.
     * Invocation results are available when the payload is complete. One of enum
     * awsc_lambda_invoke_mode's values (as its string). */
    const char *invoke_mode;
};

/*
 * Information about a function version that uses a specific capacity provider,
 * including its ARN and current state.
 */
struct awsc_lambda_function_versions_by_capacity_provider_list_item {
    /* FunctionArn: The Amazon Resource Name (ARN) of the function version.
     * Required. */
    const char *function_arn;
    /* State: The current state of the function version. Required. One of enum
     * awsc_lambda_state's values (as its string). */
    const char *state;
};

/*
 * The maximum number of function versions that can be associated with a single
 * capacity provider has been exceeded. For more information, see Lambda quotas
 * .
 */
struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: */
    const char *message;
};

/* GetAccountSettingsRequest */
struct awsc_lambda_get_account_settings_input {
    char unused_; /* no members */
};

/* GetAccountSettingsResponse */
struct awsc_lambda_get_account_settings_output {
    /* AccountLimit: Limits that are related to concurrency and code storage. */
    struct awsc_lambda_account_limit *account_limit;
    /* AccountUsage: The number of functions and amount of storage in use. */
    struct awsc_lambda_account_usage *account_usage;
};

/* GetAliasRequest */
struct awsc_lambda_get_alias_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
    /* Name: The name of the alias. Required. */
    const char *name;
};

/* GetCapacityProviderRequest */
struct awsc_lambda_get_capacity_provider_input {
    /* CapacityProviderName: The name of the capacity provider to retrieve.
     * Required. */
    const char *capacity_provider_name;
};

/* GetCapacityProviderResponse */
struct awsc_lambda_get_capacity_provider_output {
    /* CapacityProvider: Information about the capacity provider, including its
     * configuration and current state. Required. */
    struct awsc_lambda_capacity_provider *capacity_provider;
};

/* GetCodeSigningConfigRequest */
struct awsc_lambda_get_code_signing_config_input {
    /* CodeSigningConfigArn: The The Amazon Resource Name (ARN) of the code signing
     * configuration. Required. */
    const char *code_signing_config_arn;
};

/* GetCodeSigningConfigResponse */
struct awsc_lambda_get_code_signing_config_output {
    /* CodeSigningConfig: The code signing configuration Required. */
    struct awsc_lambda_code_signing_config *code_signing_config;
};

/* GetDurableExecutionHistoryRequest */
struct awsc_lambda_get_durable_execution_history_input {
    /* DurableExecutionArn: The Amazon Resource Name (ARN) of the durable
     * execution. Required. */
    const char *durable_execution_arn;
    /* IncludeExecutionData: Specifies whether to include execution data such as
     * step results and callback payloads in the history events. Set to true to
     * include data, or false to exclude it for a more compact response. */
    bool has_include_execution_data;
    bool include_execution_data;
    /* MaxItems: The maximum number of history events to return per call. You can
     * use Marker to retrieve additional pages of results. The default is 100 and
     * the maximum allowed is 1000. A value of 0 uses the default. */
    bool has_max_items;
    int32_t max_items;
    /* Marker: If NextMarker was returned from a previous request, use this value
     * to retrieve the next page of results. Each pagination token expires after 24
     * hours. */
    const char *marker;
    /* ReverseOrder: When set to true , returns the history events in reverse
     * chronological order (newest first). By default, events are returned in
     * chronological order (oldest first). */
    bool has_reverse_order;
    bool reverse_order;
};

/*
 * The response from the GetDurableExecutionHistory operation, containing the
 * execution history and events.
 */
struct awsc_lambda_get_durable_execution_history_output {
    /* Events: An array of execution history events, ordered chronologically unless
     * ReverseOrder is set to true . Required. */
    struct awsc_lambda_events events;
    /* NextMarker: If present, indicates that more history events are available.
     * Use this value as the Marker parameter in a subsequent request to retrieve
     * the next page of results. */
    const char *next_marker;
};

/* GetDurableExecutionRequest */
struct awsc_lambda_get_durable_execution_input {
    /* DurableExecutionArn: The Amazon Resource Name (ARN) of the durable
     * execution. Required. */
    const char *durable_execution_arn;
    /* IncludeExecutionData: Specifies whether to include execution data such as
     * input payload, result, and error information in the response. Set to false
     * for a more compact response that includes only execution metadata. */
    bool has_include_execution_data;
    bool include_execution_data;
};

/*
 * The response from the GetDurableExecution operation, containing detailed
 * information about the durable execution.
 */
struct awsc_lambda_get_durable_execution_output {
    /* DurableExecutionArn: The Amazon Resource Name (ARN) of the durable
     * execution. Required. */
    const char *durable_execution_arn;
    /* DurableExecutionName: The name of the durable execution. This is either the
     * name you provided when invoking the function, or a system-generated unique
     * identifier if no name was provided. Required. */
    const char *durable_execution_name;
    /* FunctionArn: The Amazon Resource Name (ARN) of the Lambda function that was
     * invoked to start this durable execution. Required. */
    const char *function_arn;
    /* InputPayload: The JSON input payload that was provided when the durable
     * execution was started. For asynchronous invocations, this is limited to 256
     * KB. For synchronous invocations, this can be up to 6 MB. */
    const char *input_payload;
    /* Result: The JSON result returned by the durable execution if it completed
     * successfully. This field is only present when the execution status is
     * SUCCEEDED . The result is limited to 256 KB. */
    const char *result;
    /* Error: Error information if the durable execution failed. This field is only
     * present when the execution status is FAILED , TIMED_OUT , or STOPPED . The
     * combined size of all error fields is limited to 256 KB. */
    struct awsc_lambda_error_object *error;
    /* StartTimestamp: The date and time when the durable execution started, in
     * Unix timestamp format. Required. */
    bool has_start_timestamp;
    struct awsc_timestamp start_timestamp;
    /* Status: The current status of the durable execution. Valid values are
     * RUNNING , SUCCEEDED , FAILED , TIMED_OUT , and STOPPED . Required. One of
     * enum awsc_lambda_execution_status's values (as its string). */
    const char *status;
    /* EndTimestamp: The date and time when the durable execution ended, in Unix
     * timestamp format. This field is only present if the execution has completed
     * (status is SUCCEEDED , FAILED , TIMED_OUT , or STOPPED ). */
    bool has_end_timestamp;
    struct awsc_timestamp end_timestamp;
    /* Version: The version of the Lambda function that was invoked for this
     * durable execution. This ensures that all replays during the execution use
     * the same function version. */
    const char *version;
    /* TraceHeader: The trace headers associated with the durable execution. */
    struct awsc_lambda_trace_header *trace_header;
    /* ExecutionDataIncluded: Indicates whether execution data is included in this
     * response. Returns false when IncludeExecutionData is set to false in the
     * request. */
    bool has_execution_data_included;
    bool execution_data_included;
    /* DurableConfig: Configuration settings for the durable execution, including
     * execution timeout, retention period for execution history, and an optional
     * ARN of the Key Management Service (KMS) customer managed key ... */
    struct awsc_lambda_durable_config *durable_config;
};

/* GetDurableExecutionStateRequest */
struct awsc_lambda_get_durable_execution_state_input {
    /* DurableExecutionArn: The Amazon Resource Name (ARN) of the durable
     * execution. Required. */
    const char *durable_execution_arn;
    /* CheckpointToken: A checkpoint token that identifies the current state of the
     * execution. This token is provided by the Lambda runtime and ensures that
     * state retrieval is consistent with the current execution context. Required. */
    const char *checkpoint_token;
    /* Marker: If NextMarker was returned from a previous request, use this value
     * to retrieve the next page of operations. Each pagination token expires after
     * 24 hours. */
    const char *marker;
    /* MaxItems: The maximum number of operations to return per call. You can use
     * Marker to retrieve additional pages of results. The default is 100 and the
     * maximum allowed is 1000. A value of 0 uses the default. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * The response from the GetDurableExecutionState operation, containing the
 * current execution state for replay.
 */
struct awsc_lambda_get_durable_execution_state_output {
    /* Operations: An array of operations that represent the current state of the
     * durable execution. Required. */
    struct awsc_lambda_operations operations;
    /* NextMarker: If present, indicates that more operations are available. Use
     * this value as the Marker parameter in a subsequent request to retrieve the
     * next page of results. */
    const char *next_marker;
};

/* GetEventSourceMappingRequest */
struct awsc_lambda_get_event_source_mapping_input {
    /* UUID: The identifier of the event source mapping. Required. */
    const char *uuid;
};

/* GetFunctionCodeSigningConfigRequest */
struct awsc_lambda_get_function_code_signing_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
};

/* GetFunctionCodeSigningConfigResponse */
struct awsc_lambda_get_function_code_signing_config_output {
    /* CodeSigningConfigArn: The The Amazon Resource Name (ARN) of the code signing
     * configuration. Required. */
    const char *code_signing_config_arn;
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
};

/* GetFunctionConcurrencyRequest */
struct awsc_lambda_get_function_concurrency_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
};

/* GetFunctionConcurrencyResponse */
struct awsc_lambda_get_function_concurrency_output {
    /* ReservedConcurrentExecutions: The number of simultaneous executions that are
     * reserved for the function. */
    bool has_reserved_concurrent_executions;
    int32_t reserved_concurrent_executions;
};

/* GetFunctionConfigurationRequest */
struct awsc_lambda_get_function_configuration_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name – my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* Qualifier: Specify a version or alias to get details about a published
     * version of the function. */
    const char *qualifier;
};

/* GetFunctionEventInvokeConfigRequest */
struct awsc_lambda_get_function_event_invoke_config_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name - my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* Qualifier: A version number or alias name. */
    const char *qualifier;
};

/* GetFunctionRecursionConfigRequest */
struct awsc_lambda_get_function_recursion_config_input {
    /* FunctionName: The name of the function. Required. */
    const char *function_name;
};

/* GetFunctionRecursionConfigResponse */
struct awsc_lambda_get_function_recursion_config_output {
    /* RecursiveLoop: If your function's recursive loop detection configuration is
     * Allow , Lambda doesn't take any action when it detects your function being
     * invoked as part of a recursive loop. One of enum
     * awsc_lambda_recursive_loop's values (as its string). */
    const char *recursive_loop;
};

/* GetFunctionRequest */
struct awsc_lambda_get_function_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name – my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* Qualifier: Specify a version or alias to get details about a published
     * version of the function. */
    const char *qualifier;
};

/* GetFunctionResponse */
struct awsc_lambda_get_function_output {
    /* Configuration: The configuration of the function or version. */
    struct awsc_lambda_function_configuration *configuration;
    /* Code: The deployment package of the function or version. */
    struct awsc_lambda_function_code_location *code;
    /* Tags: The function's tags . Lambda returns tag data only if you have
     * explicit allow permissions for lambda:ListTags . */
    struct awsc_lambda_propagate_tags_explicit_tags_map tags;
    /* TagsError: An object that contains details about an error related to
     * retrieving tags. */
    struct awsc_lambda_tags_error *tags_error;
    /* Concurrency: The function's reserved concurrency . */
    struct awsc_lambda_concurrency *concurrency;
};

/* GetFunctionScalingConfigRequest */
struct awsc_lambda_get_function_scaling_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Required. */
    const char *function_name;
    /* Qualifier: Specify a version or alias to get the scaling configuration for a
     * published version of the function. Required. */
    const char *qualifier;
};

/* GetFunctionScalingConfigResponse */
struct awsc_lambda_get_function_scaling_config_output {
    /* FunctionArn: The Amazon Resource Name (ARN) of the function. */
    const char *function_arn;
    /* AppliedFunctionScalingConfig: The scaling configuration that is currently
     * applied to the function. This represents the actual scaling settings in
     * effect. */
    struct awsc_lambda_function_scaling_config *applied_function_scaling_config;
    /* RequestedFunctionScalingConfig: The scaling configuration that was requested
     * for the function. */
    struct awsc_lambda_function_scaling_config *requested_function_scaling_config;
};

/* GetFunctionUrlConfigRequest */
struct awsc_lambda_get_function_url_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Qualifier: The alias name. */
    const char *qualifier;
};

/* GetFunctionUrlConfigResponse */
struct awsc_lambda_get_function_url_config_output {
    /* FunctionUrl: The HTTP URL endpoint for your function. Required. */
    const char *function_url;
    /* FunctionArn: The Amazon Resource Name (ARN) of your function. Required. */
    const char *function_arn;
    /* AuthType: The type of authentication that your function URL uses. Set to
     * AWS_IAM if you want to restrict access to authenticated users only.
     * Required. One of enum awsc_lambda_function_url_auth_type's values (as its
     * string). */
    const char *auth_type;
    /* Cors: The cross-origin resource sharing (CORS) settings for your function
     * URL. */
    struct awsc_lambda_cors *cors;
    /* CreationTime: When the function URL was created, in ISO-8601 format
     * (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    const char *creation_time;
    /* LastModifiedTime: When the function URL configuration was last updated, in
     * ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    const char *last_modified_time;
    /* InvokeMode: Use one of the following options: BUFFERED – This is the default
     * option. Lambda invokes your function using the Invoke API operation.
     * Invocation results are available when the payload is complete. One of enum
     * awsc_lambda_invoke_mode's values (as its string). */
    const char *invoke_mode;
};

/* GetLayerVersionByArnRequest */
struct awsc_lambda_get_layer_version_by_arn_input {
    /* Arn: The ARN of the layer version. Required. */
    const char *arn;
};

/* GetLayerVersionPolicyRequest */
struct awsc_lambda_get_layer_version_policy_input {
    /* LayerName: The name or Amazon Resource Name (ARN) of the layer. Required. */
    const char *layer_name;
    /* VersionNumber: The version number. Required. */
    bool has_version_number;
    int64_t version_number;
};

/* GetLayerVersionPolicyResponse */
struct awsc_lambda_get_layer_version_policy_output {
    /* Policy: The policy document. */
    const char *policy;
    /* RevisionId: A unique identifier for the current revision of the policy. */
    const char *revision_id;
};

/* GetLayerVersionRequest */
struct awsc_lambda_get_layer_version_input {
    /* LayerName: The name or Amazon Resource Name (ARN) of the layer. Required. */
    const char *layer_name;
    /* VersionNumber: The version number. Required. */
    bool has_version_number;
    int64_t version_number;
};

/* GetLayerVersionResponse */
struct awsc_lambda_get_layer_version_response {
    /* Content: Details about the layer version. */
    struct awsc_lambda_layer_version_content_output *content;
    /* LayerArn: The ARN of the layer. */
    const char *layer_arn;
    /* LayerVersionArn: The ARN of the layer version. */
    const char *layer_version_arn;
    /* Description: The description of the version. */
    const char *description;
    /* CreatedDate: The date that the layer version was created, in ISO-8601 format
     * (YYYY-MM-DDThh:mm:ss.sTZD). */
    const char *created_date;
    /* Version: The version number. */
    bool has_version;
    int64_t version;
    /* CompatibleArchitectures: A list of compatible instruction set architectures
     * . */
    struct awsc_lambda_architectures_list compatible_architectures;
    /* CompatibleRuntimes: The layer's compatible runtimes. The following list
     * includes deprecated runtimes. For more information, see Runtime use after
     * deprecation . */
    struct awsc_lambda_architectures_list compatible_runtimes;
    /* LicenseInfo: The layer's software license. */
    const char *license_info;
};

/* GetPolicyRequest */
struct awsc_lambda_get_policy_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name – my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* Qualifier: Specify a version or alias to get the policy for that resource. */
    const char *qualifier;
};

/* GetPolicyResponse */
struct awsc_lambda_get_policy_output {
    /* Policy: The resource-based policy. */
    const char *policy;
    /* RevisionId: A unique identifier for the current revision of the policy. */
    const char *revision_id;
};

/* GetProvisionedConcurrencyConfigRequest */
struct awsc_lambda_get_provisioned_concurrency_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Qualifier: The version number or alias name. Required. */
    const char *qualifier;
};

/* GetProvisionedConcurrencyConfigResponse */
struct awsc_lambda_get_provisioned_concurrency_config_output {
    /* RequestedProvisionedConcurrentExecutions: The amount of provisioned
     * concurrency requested. */
    bool has_requested_provisioned_concurrent_executions;
    int32_t requested_provisioned_concurrent_executions;
    /* AvailableProvisionedConcurrentExecutions: The amount of provisioned
     * concurrency available. */
    bool has_available_provisioned_concurrent_executions;
    int32_t available_provisioned_concurrent_executions;
    /* AllocatedProvisionedConcurrentExecutions: The amount of provisioned
     * concurrency allocated. When a weighted alias is used during linear and
     * canary deployments, this value fluctuates depending on the amount of
     * concurrency that is provisioned ... */
    bool has_allocated_provisioned_concurrent_executions;
    int32_t allocated_provisioned_concurrent_executions;
    /* Status: The status of the allocation process. One of enum
     * awsc_lambda_provisioned_concurrency_status_enum's values (as its string). */
    const char *status;
    /* StatusReason: For failed allocations, the reason that provisioned
     * concurrency could not be allocated. */
    const char *status_reason;
    /* LastModified: The date and time that a user last updated the configuration,
     * in ISO 8601 format . */
    const char *last_modified;
};

/* GetRuntimeManagementConfigRequest */
struct awsc_lambda_get_runtime_management_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Qualifier: Specify a version of the function. This can be $LATEST or a
     * published version number. If no value is specified, the configuration for
     * the $LATEST version is returned. */
    const char *qualifier;
};

/* GetRuntimeManagementConfigResponse */
struct awsc_lambda_get_runtime_management_config_output {
    /* UpdateRuntimeOn: The current runtime update mode of the function. One of
     * enum awsc_lambda_update_runtime_on's values (as its string). */
    const char *update_runtime_on;
    /* FunctionArn: The Amazon Resource Name (ARN) of your function. */
    const char *function_arn;
    /* RuntimeVersionArn: The ARN of the runtime the function is configured to use.
     * If the runtime update mode is Manual , the ARN is returned, otherwise null
     * is returned. */
    const char *runtime_version_arn;
};

/*
 * Configuration values that override the container image Dockerfile settings.
 * For more information, see Container image settings .
 */
struct awsc_lambda_image_config {
    /* EntryPoint: Specifies the entry point to their application, which is
     * typically the location of the runtime executable. */
    struct awsc_lambda_architectures_list entry_point;
    /* Command: Specifies parameters that you want to pass in with ENTRYPOINT. */
    struct awsc_lambda_architectures_list command;
    /* WorkingDirectory: Specifies the working directory. */
    const char *working_directory;
};

/*
 * Error response to GetFunctionConfiguration .
 */
struct awsc_lambda_image_config_error {
    /* ErrorCode: Error code. */
    const char *error_code;
    /* Message: Error message. */
    const char *message;
};

/*
 * Response to a GetFunctionConfiguration request.
 */
struct awsc_lambda_image_config_response {
    /* ImageConfig: Configuration values that override the container image
     * Dockerfile. */
    struct awsc_lambda_image_config *image_config;
    /* Error: Error response to GetFunctionConfiguration . */
    struct awsc_lambda_image_config_error *error;
};

/*
 * Specifications that define the characteristics and constraints for compute
 * instances used by the capacity provider.
 */
struct awsc_lambda_instance_requirements {
    /* Architectures: A list of supported CPU architectures for compute instances.
     * Valid values include x86_64 and arm64 . */
    struct awsc_lambda_architectures_list architectures;
    /* AllowedInstanceTypes: A list of EC2 instance types that the capacity
     * provider is allowed to use. If not specified, all compatible instance types
     * are allowed. */
    struct awsc_lambda_architectures_list allowed_instance_types;
    /* ExcludedInstanceTypes: A list of EC2 instance types that the capacity
     * provider should not use, even if they meet other requirements. */
    struct awsc_lambda_architectures_list excluded_instance_types;
};

/*
 * The code signature failed the integrity check. If the integrity check fails,
 * then Lambda blocks deployment, even if the code signing policy is set to
 * WARN.
 */
struct awsc_lambda_invalid_code_signature_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * One of the parameters in the request is not valid.
 */
struct awsc_lambda_invalid_parameter_value_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * The request body could not be parsed as JSON, or a request header is
 * invalid. For example, the 'x-amzn-RequestId' header is not a valid UUID
 * string.
 */
struct awsc_lambda_invalid_request_content_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * The runtime or runtime version specified is not supported.
 */
struct awsc_lambda_invalid_runtime_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * The security group ID provided in the Lambda function VPC configuration is
 * not valid.
 */
struct awsc_lambda_invalid_security_group_id_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * The subnet ID provided in the Lambda function VPC configuration is not
 * valid.
 */
struct awsc_lambda_invalid_subnet_id_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Lambda could not unzip the deployment package.
 */
struct awsc_lambda_invalid_zip_file_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Details about a function invocation that completed.
 */
struct awsc_lambda_invocation_completed_details {
    /* StartTimestamp: The date and time when the invocation started, in ISO-8601
     * format (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    bool has_start_timestamp;
    struct awsc_timestamp start_timestamp;
    /* EndTimestamp: The date and time when the invocation ended, in ISO-8601
     * format (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    bool has_end_timestamp;
    struct awsc_timestamp end_timestamp;
    /* RequestId: The request ID for the invocation. Required. */
    const char *request_id;
    /* Error: Details about the invocation failure. */
    struct awsc_lambda_event_error *error;
};

/* InvocationRequest */
struct awsc_lambda_invoke_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name – my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* InvocationType: Choose from the following options. RequestResponse (default)
     * – Invoke the function synchronously. Keep the connection open until the
     * function returns a response or times out. One of enum
     * awsc_lambda_invocation_type's values (as its string). */
    const char *invocation_type;
    /* LogType: Set to Tail to include the execution log in the response. Applies
     * to synchronously invoked functions only. One of enum awsc_lambda_log_type's
     * values (as its string). */
    const char *log_type;
    /* ClientContext: Up to 3,583 bytes of base64-encoded data about the invoking
     * client to pass to the function in the context object. */
    const char *client_context;
    /* DurableExecutionName: A unique name for the durable execution. If you invoke
     * a durable function using a name that already exists with the same payload,
     * Lambda returns the existing execution instead of creating a ... */
    const char *durable_execution_name;
    /* Payload: The JSON that you want to provide to your Lambda function as input.
     * The maximum payload size is 6 MB for synchronous invocations and 1 MB for
     * asynchronous invocations. */
    struct awsc_blob payload;
    /* Qualifier: Specify a version or alias to invoke a published version of the
     * function. */
    const char *qualifier;
    /* TenantId: The identifier of the tenant in a multi-tenant Lambda function. */
    const char *tenant_id;
};

/* InvocationResponse */
struct awsc_lambda_invoke_output {
    /* StatusCode: The HTTP status code is in the 200 range for a successful
     * request. For the RequestResponse invocation type, this status code is 200.
     * For the Event invocation type, this status code is 202. */
    bool has_status_code;
    int32_t status_code;
    /* FunctionError: If present, indicates that an error occurred during function
     * execution. Details about the error are included in the response payload. */
    const char *function_error;
    /* LogResult: The last 4 KB of the execution log, which is base64-encoded. */
    const char *log_result;
    /* Payload: The response from the function, or an error object. */
    struct awsc_blob payload;
    /* ExecutedVersion: The version of the function that executed. When you invoke
     * a function with an alias, this indicates which version the alias resolved
     * to. */
    const char *executed_version;
    /* DurableExecutionArn: The ARN of the durable execution that was started. This
     * is returned when invoking a durable function and provides a unique
     * identifier for tracking the execution. */
    const char *durable_execution_arn;
};

/* InvokeAsyncRequest */
struct awsc_lambda_invoke_async_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* InvokeArgs: The JSON that you want to provide to your Lambda function as
     * input. Required. */
    struct awsc_stream invoke_args;
};

/*
 * A success response ( 202 Accepted ) indicates that the request is queued for
 * invocation.
 */
struct awsc_lambda_invoke_async_output {
    /* Status: The status code. */
    bool has_status;
    int32_t status;
};

/*
 * A chunk of the streamed response payload.
 */
struct awsc_lambda_invoke_response_stream_update {
    /* Payload: Data returned by your Lambda function. */
    struct awsc_blob payload;
};

/*
 * A response confirming that the event stream is complete.
 */
struct awsc_lambda_invoke_with_response_stream_complete_event {
    /* ErrorCode: An error code. */
    const char *error_code;
    /* ErrorDetails: The details of any returned error. */
    const char *error_details;
    /* LogResult: The last 4 KB of the execution log, which is base64-encoded. */
    const char *log_result;
};

/* InvokeWithResponseStreamRequest */
struct awsc_lambda_invoke_with_response_stream_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* LogType: Set to Tail to include the execution log in the response. Applies
     * to synchronously invoked functions only. One of enum awsc_lambda_log_type's
     * values (as its string). */
    const char *log_type;
    /* ClientContext: Up to 3,583 bytes of base64-encoded data about the invoking
     * client to pass to the function in the context object. */
    const char *client_context;
    /* Qualifier: The alias name. */
    const char *qualifier;
    /* Payload: The JSON that you want to provide to your Lambda function as input. */
    struct awsc_blob payload;
    /* TenantId: The identifier of the tenant in a multi-tenant Lambda function. */
    const char *tenant_id;
    /* InvocationType: Use one of the following options: RequestResponse (default)
     * – Invoke the function synchronously. Keep the connection open until the
     * function returns a response or times out. One of enum
     * awsc_lambda_response_streaming_invocation_type's values (as its string). */
    const char *invocation_type;
};

/* InvokeWithResponseStreamResponse */
struct awsc_lambda_invoke_with_response_stream_output {
    /* StatusCode: For a successful request, the HTTP status code is in the 200
     * range. For the RequestResponse invocation type, this status code is 200. For
     * the DryRun invocation type, this status code is 204. */
    bool has_status_code;
    int32_t status_code;
    /* ExecutedVersion: The version of the function that executed. When you invoke
     * a function with an alias, this indicates which version the alias resolved
     * to. */
    const char *executed_version;
    /* EventStream: The stream of response payloads.
     * Not filled: each event goes to the call's event callback as it arrives. */
    struct awsc_lambda_invoke_with_response_stream_event *event_stream;
    /* ResponseStreamContentType: The type of data the stream is returning. */
    const char *response_stream_content_type;
};

/*
 * An object that includes a chunk of the response payload. When the stream has
 * ended, Lambda includes a InvokeComplete object.
 */
struct awsc_lambda_invoke_with_response_stream_event {
    /* PayloadChunk: A chunk of the streamed response payload. */
    struct awsc_lambda_invoke_response_stream_update *payload_chunk;
    /* InvokeComplete: An object that's returned when the stream has ended and all
     * the payload chunks have been returned. */
    struct awsc_lambda_invoke_with_response_stream_complete_event *invoke_complete;
};

/*
 * Lambda couldn't decrypt the environment variables because KMS access was
 * denied. Check the Lambda function's KMS permissions.
 */
struct awsc_lambda_kms_access_denied_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Lambda couldn't decrypt the environment variables because the KMS key used
 * is disabled. Check the Lambda function's KMS key settings.
 */
struct awsc_lambda_kms_disabled_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Lambda couldn't decrypt the environment variables because the state of the
 * KMS key used is not valid for Decrypt. Check the function's KMS key
 * settings.
 */
struct awsc_lambda_kms_invalid_state_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Lambda couldn't decrypt the environment variables because the KMS key was
 * not found. Check the function's KMS key settings.
 */
struct awsc_lambda_kms_not_found_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Specific access configuration settings that tell Lambda how to authenticate
 * with your schema registry.
 */
struct awsc_lambda_kafka_schema_registry_access_config {
    /* Type: The type of authentication Lambda uses to access your schema registry.
     * One of enum awsc_lambda_kafka_schema_registry_auth_type's values (as its
     * string). */
    const char *type;
    /* URI: The URI of the secret (Secrets Manager secret ARN) to authenticate with
     * your schema registry. */
    const char *uri;
};

/*
 * Specific configuration settings for a Kafka schema registry.
 */
struct awsc_lambda_kafka_schema_registry_config {
    /* SchemaRegistryURI: The URI for your schema registry. The correct URI format
     * depends on the type of schema registry you're using. For Glue schema
     * registries, use the ARN of the registry. */
    const char *schema_registry_uri;
    /* EventRecordFormat: The record format that Lambda delivers to your function
     * after schema validation. Choose JSON to have Lambda deliver the record to
     * your function as a standard JSON object. One of enum
     * awsc_lambda_schema_registry_event_record_format's values (as its string). */
    const char *event_record_format;
    /* AccessConfigs: An array of access configuration objects that tell Lambda how
     * to authenticate with your schema registry. */
    struct awsc_lambda_kafka_schema_registry_access_config_list access_configs;
    /* SchemaValidationConfigs: An array of schema validation configuration
     * objects, which tell Lambda the message attributes you want to validate and
     * filter using your schema registry. */
    struct awsc_lambda_kafka_schema_validation_config_list schema_validation_configs;
};

/*
 * Specific schema validation configuration settings that tell Lambda the
 * message attributes you want to validate and filter using your schema
 * registry.
 */
struct awsc_lambda_kafka_schema_validation_config {
    /* Attribute: The attributes you want your schema registry to validate and
     * filter for. If you selected JSON as the EventRecordFormat , Lambda also
     * deserializes the selected message attributes. One of enum
     * awsc_lambda_kafka_schema_validation_attribute's values (as its string). */
    const char *attribute;
};

/*
 * Configuration for Lambda-managed instances used by the capacity provider.
 */
struct awsc_lambda_lambda_managed_instances_capacity_provider_config {
    /* CapacityProviderArn: The Amazon Resource Name (ARN) of the capacity
     * provider. Required. */
    const char *capacity_provider_arn;
    /* PerExecutionEnvironmentMaxConcurrency: The maximum number of concurrent
     * execution environments that can run on each compute instance. */
    bool has_per_execution_environment_max_concurrency;
    int32_t per_execution_environment_max_concurrency;
    /* ExecutionEnvironmentMemoryGiBPerVCpu: The amount of memory in GiB allocated
     * per vCPU for execution environments. */
    bool has_execution_environment_memory_gi_b_per_v_cpu;
    double execution_environment_memory_gi_b_per_v_cpu;
};

/*
 * An Lambda layer .
 */
struct awsc_lambda_layer {
    /* Arn: The Amazon Resource Name (ARN) of the function layer. */
    const char *arn;
    /* CodeSize: The size of the layer archive in bytes. */
    bool has_code_size;
    int64_t code_size;
    /* SigningProfileVersionArn: The Amazon Resource Name (ARN) for a signing
     * profile version. */
    const char *signing_profile_version_arn;
    /* SigningJobArn: The Amazon Resource Name (ARN) of a signing job. */
    const char *signing_job_arn;
};

/*
 * A ZIP archive that contains the contents of an Lambda layer . You can
 * specify either an Amazon S3 location, or upload a layer archive directly.
 */
struct awsc_lambda_layer_version_content_input {
    /* S3Bucket: The Amazon S3 bucket of the layer archive. */
    const char *s3_bucket;
    /* S3Key: The Amazon S3 key of the layer archive. */
    const char *s3_key;
    /* S3ObjectVersion: For versioned objects, the version of the layer archive
     * object to use. */
    const char *s3_object_version;
    /* S3ObjectStorageMode: Specifies how the layer archive is stored. Valid
     * values: COPY (default) – Uploads a copy of your layer archive to Lambda. One
     * of enum awsc_lambda_s3_object_storage_mode's values (as its string). */
    const char *s3_object_storage_mode;
    /* ZipFile: The base64-encoded contents of the layer archive. Amazon Web
     * Services SDK and Amazon Web Services CLI clients handle the encoding for
     * you. */
    struct awsc_blob zip_file;
};

/*
 * Details about a version of an Lambda layer .
 */
struct awsc_lambda_layer_version_content_output {
    /* Location: A link to the layer archive in Amazon S3 that is valid for 10
     * minutes. */
    const char *location;
    /* CodeSha256: The SHA-256 hash of the layer archive. */
    const char *code_sha256;
    /* CodeSize: The size of the layer archive in bytes. */
    bool has_code_size;
    int64_t code_size;
    /* SigningProfileVersionArn: The Amazon Resource Name (ARN) for a signing
     * profile version. */
    const char *signing_profile_version_arn;
    /* SigningJobArn: The Amazon Resource Name (ARN) of a signing job. */
    const char *signing_job_arn;
    /* ResolvedS3Object: The resolved Amazon S3 object that contains the layer
     * archive. */
    struct awsc_lambda_resolved_s3_object *resolved_s3_object;
};

/*
 * Details about a version of an Lambda layer .
 */
struct awsc_lambda_layer_versions_list_item {
    /* LayerVersionArn: The ARN of the layer version. */
    const char *layer_version_arn;
    /* Version: The version number. */
    bool has_version;
    int64_t version;
    /* Description: The description of the version. */
    const char *description;
    /* CreatedDate: The date that the version was created, in ISO 8601 format. For
     * example, 2018-11-27T15:10:45.123+0000 . */
    const char *created_date;
    /* CompatibleArchitectures: A list of compatible instruction set architectures
     * . */
    struct awsc_lambda_architectures_list compatible_architectures;
    /* CompatibleRuntimes: The layer's compatible runtimes. The following list
     * includes deprecated runtimes. For more information, see Runtime use after
     * deprecation . */
    struct awsc_lambda_architectures_list compatible_runtimes;
    /* LicenseInfo: The layer's open-source license. */
    const char *license_info;
};

/*
 * Details about an Lambda layer .
 */
struct awsc_lambda_layers_list_item {
    /* LayerName: The name of the layer. */
    const char *layer_name;
    /* LayerArn: The Amazon Resource Name (ARN) of the function layer. */
    const char *layer_arn;
    /* LatestMatchingVersion: The newest version of the layer. */
    struct awsc_lambda_layer_versions_list_item *latest_matching_version;
};

/* ListAliasesRequest */
struct awsc_lambda_list_aliases_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
    /* FunctionVersion: Specify a function version to only list aliases that invoke
     * that version. */
    const char *function_version;
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: Limit the number of aliases returned. */
    bool has_max_items;
    int32_t max_items;
};

/* ListAliasesResponse */
struct awsc_lambda_list_aliases_output {
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
    /* Aliases: A list of aliases. */
    struct awsc_lambda_alias_list aliases;
};

/* ListCapacityProvidersRequest */
struct awsc_lambda_list_capacity_providers_input {
    /* State: Filter capacity providers by their current state. One of enum
     * awsc_lambda_capacity_provider_state's values (as its string). */
    const char *state;
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: The maximum number of capacity providers to return. */
    bool has_max_items;
    int32_t max_items;
};

/* ListCapacityProvidersResponse */
struct awsc_lambda_list_capacity_providers_output {
    /* CapacityProviders: A list of capacity providers in your account. Required. */
    struct awsc_lambda_capacity_providers_list capacity_providers;
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
};

/* ListCodeSigningConfigsRequest */
struct awsc_lambda_list_code_signing_configs_input {
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: Maximum number of items to return. */
    bool has_max_items;
    int32_t max_items;
};

/* ListCodeSigningConfigsResponse */
struct awsc_lambda_list_code_signing_configs_output {
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
    /* CodeSigningConfigs: The code signing configurations */
    struct awsc_lambda_code_signing_config_list code_signing_configs;
};

/* ListDurableExecutionsByFunctionRequest */
struct awsc_lambda_list_durable_executions_by_function_input {
    /* FunctionName: The name or ARN of the Lambda function. You can specify a
     * function name, a partial ARN, or a full ARN. Required. */
    const char *function_name;
    /* Qualifier: The function version or alias. If not specified, lists executions
     * for the $LATEST version. */
    const char *qualifier;
    /* DurableExecutionName: Filter executions by name. Only executions with names
     * that matches this string are returned. */
    const char *durable_execution_name;
    /* Statuses: Filter executions by status. Valid values: RUNNING, SUCCEEDED,
     * FAILED, TIMED_OUT, STOPPED. */
    struct awsc_lambda_architectures_list statuses;
    /* StartedAfter: Filter executions that started after this timestamp (ISO 8601
     * format). */
    bool has_started_after;
    struct awsc_timestamp started_after;
    /* StartedBefore: Filter executions that started before this timestamp (ISO
     * 8601 format). */
    bool has_started_before;
    struct awsc_timestamp started_before;
    /* ReverseOrder: Set to true to return results in chronological order (oldest
     * first). Default is false. */
    bool has_reverse_order;
    bool reverse_order;
    /* Marker: Pagination token from a previous request to continue retrieving
     * results. */
    const char *marker;
    /* MaxItems: Maximum number of executions to return (1-1000). Default is 100. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * The response from the ListDurableExecutionsByFunction operation, containing
 * a list of durable executions and pagination information.
 */
struct awsc_lambda_list_durable_executions_by_function_output {
    /* DurableExecutions: List of durable execution summaries matching the filter
     * criteria. */
    struct awsc_lambda_durable_executions durable_executions;
    /* NextMarker: Pagination token for retrieving additional results. Present only
     * if there are more results available. */
    const char *next_marker;
};

/* ListEventSourceMappingsRequest */
struct awsc_lambda_list_event_source_mappings_input {
    /* EventSourceArn: The Amazon Resource Name (ARN) of the event source. Amazon
     * Kinesis – The ARN of the data stream or a stream consumer. Amazon DynamoDB
     * Streams – The ARN of the stream. */
    const char *event_source_arn;
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – MyFunction . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . */
    const char *function_name;
    /* Marker: A pagination token returned by a previous call. */
    const char *marker;
    /* MaxItems: The maximum number of event source mappings to return. Note that
     * ListEventSourceMappings returns a maximum of 100 items in each response,
     * even if you set the number higher. */
    bool has_max_items;
    int32_t max_items;
};

/* ListEventSourceMappingsResponse */
struct awsc_lambda_list_event_source_mappings_output {
    /* NextMarker: A pagination token that's returned when the response doesn't
     * contain all event source mappings. */
    const char *next_marker;
    /* EventSourceMappings: A list of event source mappings. */
    struct awsc_lambda_event_source_mappings_list event_source_mappings;
};

/* ListFunctionEventInvokeConfigsRequest */
struct awsc_lambda_list_function_event_invoke_configs_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - my-function . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: The maximum number of configurations to return. */
    bool has_max_items;
    int32_t max_items;
};

/* ListFunctionEventInvokeConfigsResponse */
struct awsc_lambda_list_function_event_invoke_configs_output {
    /* FunctionEventInvokeConfigs: A list of configurations. */
    struct awsc_lambda_function_event_invoke_config_list function_event_invoke_configs;
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
};

/* ListFunctionUrlConfigsRequest */
struct awsc_lambda_list_function_url_configs_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: The maximum number of function URLs to return in the response.
     * Note that ListFunctionUrlConfigs returns a maximum of 50 items in each
     * response, even if you set the number higher. */
    bool has_max_items;
    int32_t max_items;
};

/* ListFunctionUrlConfigsResponse */
struct awsc_lambda_list_function_url_configs_output {
    /* FunctionUrlConfigs: A list of function URL configurations. Required. */
    struct awsc_lambda_function_url_config_list function_url_configs;
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
};

/* ListFunctionVersionsByCapacityProviderRequest */
struct awsc_lambda_list_function_versions_by_capacity_provider_input {
    /* CapacityProviderName: The name of the capacity provider to list function
     * versions for. Required. */
    const char *capacity_provider_name;
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: The maximum number of function versions to return in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListFunctionVersionsByCapacityProviderResponse */
struct awsc_lambda_list_function_versions_by_capacity_provider_output {
    /* CapacityProviderArn: The Amazon Resource Name (ARN) of the capacity
     * provider. Required. */
    const char *capacity_provider_arn;
    /* FunctionVersions: A list of function versions that use the specified
     * capacity provider. Required. */
    struct awsc_lambda_function_versions_by_capacity_provider_list function_versions;
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
};

/* ListFunctionsByCodeSigningConfigRequest */
struct awsc_lambda_list_functions_by_code_signing_config_input {
    /* CodeSigningConfigArn: The The Amazon Resource Name (ARN) of the code signing
     * configuration. Required. */
    const char *code_signing_config_arn;
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: Maximum number of items to return. */
    bool has_max_items;
    int32_t max_items;
};

/* ListFunctionsByCodeSigningConfigResponse */
struct awsc_lambda_list_functions_by_code_signing_config_output {
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
    /* FunctionArns: The function ARNs. */
    struct awsc_lambda_architectures_list function_arns;
};

/* ListFunctionsRequest */
struct awsc_lambda_list_functions_input {
    /* MasterRegion: For Lambda@Edge functions, the Amazon Web Services Region of
     * the master function. */
    const char *master_region;
    /* FunctionVersion: Set to ALL to include entries for all published versions of
     * each function. One of enum awsc_lambda_function_version's values (as its
     * string). */
    const char *function_version;
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: The maximum number of functions to return in the response. Note
     * that ListFunctions returns a maximum of 50 items in each response, even if
     * you set the number higher. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * A list of Lambda functions.
 */
struct awsc_lambda_list_functions_output {
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
    /* Functions: A list of Lambda functions. */
    struct awsc_lambda_function_list functions;
};

/* ListLayerVersionsRequest */
struct awsc_lambda_list_layer_versions_input {
    /* CompatibleArchitecture: The compatible instruction set architecture . One of
     * enum awsc_lambda_architecture's values (as its string). */
    const char *compatible_architecture;
    /* CompatibleRuntime: A runtime identifier. The following list includes
     * deprecated runtimes. For more information, see Runtime use after deprecation
     * . One of enum awsc_lambda_runtime's values (as its string). */
    const char *compatible_runtime;
    /* LayerName: The name or Amazon Resource Name (ARN) of the layer. Required. */
    const char *layer_name;
    /* Marker: A pagination token returned by a previous call. */
    const char *marker;
    /* MaxItems: The maximum number of versions to return. */
    bool has_max_items;
    int32_t max_items;
};

/* ListLayerVersionsResponse */
struct awsc_lambda_list_layer_versions_output {
    /* NextMarker: A pagination token returned when the response doesn't contain
     * all versions. */
    const char *next_marker;
    /* LayerVersions: A list of versions. */
    struct awsc_lambda_layer_versions_list layer_versions;
};

/* ListLayersRequest */
struct awsc_lambda_list_layers_input {
    /* CompatibleArchitecture: The compatible instruction set architecture . One of
     * enum awsc_lambda_architecture's values (as its string). */
    const char *compatible_architecture;
    /* CompatibleRuntime: A runtime identifier. The following list includes
     * deprecated runtimes. For more information, see Runtime use after deprecation
     * . One of enum awsc_lambda_runtime's values (as its string). */
    const char *compatible_runtime;
    /* Marker: A pagination token returned by a previous call. */
    const char *marker;
    /* MaxItems: The maximum number of layers to return. */
    bool has_max_items;
    int32_t max_items;
};

/* ListLayersResponse */
struct awsc_lambda_list_layers_output {
    /* NextMarker: A pagination token returned when the response doesn't contain
     * all layers. */
    const char *next_marker;
    /* Layers: A list of function layers. */
    struct awsc_lambda_layers_list layers;
};

/* ListProvisionedConcurrencyConfigsRequest */
struct awsc_lambda_list_provisioned_concurrency_configs_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: Specify a number to limit the number of configurations returned. */
    bool has_max_items;
    int32_t max_items;
};

/* ListProvisionedConcurrencyConfigsResponse */
struct awsc_lambda_list_provisioned_concurrency_configs_output {
    /* ProvisionedConcurrencyConfigs: A list of provisioned concurrency
     * configurations. */
    struct awsc_lambda_provisioned_concurrency_config_list provisioned_concurrency_configs;
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
};

/* ListTagsRequest */
struct awsc_lambda_list_tags_input {
    /* Resource: The resource's Amazon Resource Name (ARN). Note: Lambda does not
     * support adding tags to function aliases or versions. Required. */
    const char *resource;
};

/* ListTagsResponse */
struct awsc_lambda_list_tags_output {
    /* Tags: The function's tags. */
    struct awsc_lambda_propagate_tags_explicit_tags_map tags;
};

/* ListVersionsByFunctionRequest */
struct awsc_lambda_list_versions_by_function_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
    /* Marker: Specify the pagination token that's returned by a previous request
     * to retrieve the next page of results. */
    const char *marker;
    /* MaxItems: The maximum number of versions to return. Note that
     * ListVersionsByFunction returns a maximum of 50 items in each response, even
     * if you set the number higher. */
    bool has_max_items;
    int32_t max_items;
};

/* ListVersionsByFunctionResponse */
struct awsc_lambda_list_versions_by_function_output {
    /* NextMarker: The pagination token that's included if more results are
     * available. */
    const char *next_marker;
    /* Versions: A list of Lambda function versions. */
    struct awsc_lambda_function_list versions;
};

/*
 * The function's Amazon CloudWatch Logs configuration settings.
 */
struct awsc_lambda_logging_config {
    /* LogFormat: The format in which Lambda sends your function's application and
     * system logs to CloudWatch. Select between plain text and structured JSON.
     * One of enum awsc_lambda_log_format's values (as its string). */
    const char *log_format;
    /* ApplicationLogLevel: Set this property to filter the application logs for
     * your function that Lambda sends to CloudWatch. One of enum
     * awsc_lambda_application_log_level's values (as its string). */
    const char *application_log_level;
    /* SystemLogLevel: Set this property to filter the system logs for your
     * function that Lambda sends to CloudWatch. One of enum
     * awsc_lambda_system_log_level's values (as its string). */
    const char *system_log_level;
    /* LogGroup: The name of the Amazon CloudWatch log group the function sends
     * logs to. By default, Lambda functions send logs to a default log group named
     * /aws/lambda/<function name> . */
    const char *log_group;
};

/*
 * The Lambda function doesn't support the invocation mode requested. For
 * example, calling Invoke with InvocationType=RequestResponse on a function
 * configured for asynchronous-only invocation, or vice versa. For more
 * information about invocation types, see Invoking Lambda functions .
 */
struct awsc_lambda_mode_not_supported_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * The function has no published versions available.
 */
struct awsc_lambda_no_published_version_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * A destination for events that failed processing. For more information, see
 * Adding a destination .
 */
struct awsc_lambda_on_failure {
    /* Destination: The Amazon Resource Name (ARN) of the destination resource. */
    const char *destination;
};

/*
 * A destination for events that were processed successfully.
 */
struct awsc_lambda_on_success {
    /* Destination: The Amazon Resource Name (ARN) of the destination resource.
     * Amazon SNS destinations have a message size limit of 256 KB. */
    const char *destination;
};

/*
 * Information about an operation within a durable execution.
 */
struct awsc_lambda_operation {
    /* Id: The unique identifier for this operation. Required. */
    const char *id;
    /* ParentId: The unique identifier of the parent operation, if this operation
     * is running within a child context. */
    const char *parent_id;
    /* Name: The customer-provided name for this operation. */
    const char *name;
    /* Type: The type of operation. Required. One of enum
     * awsc_lambda_operation_type's values (as its string). */
    const char *type;
    /* SubType: The subtype of the operation, providing additional categorization. */
    const char *sub_type;
    /* StartTimestamp: The date and time when the operation started, in ISO-8601
     * format (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    bool has_start_timestamp;
    struct awsc_timestamp start_timestamp;
    /* EndTimestamp: The date and time when the operation ended, in ISO-8601 format
     * (YYYY-MM-DDThh:mm:ss.sTZD). */
    bool has_end_timestamp;
    struct awsc_timestamp end_timestamp;
    /* Status: The current status of the operation. Required. One of enum
     * awsc_lambda_operation_status's values (as its string). */
    const char *status;
    /* ExecutionDetails: Details about the execution, if this operation represents
     * an execution. */
    struct awsc_lambda_execution_details *execution_details;
    /* ContextDetails: Details about the context, if this operation represents a
     * context. */
    struct awsc_lambda_context_details *context_details;
    /* StepDetails: Details about the step, if this operation represents a step. */
    struct awsc_lambda_step_details *step_details;
    /* WaitDetails: Details about the wait operation, if this operation represents
     * a wait. */
    struct awsc_lambda_wait_details *wait_details;
    /* CallbackDetails: */
    struct awsc_lambda_callback_details *callback_details;
    /* ChainedInvokeDetails: */
    struct awsc_lambda_chained_invoke_details *chained_invoke_details;
};

/*
 * An update to be applied to an operation during checkpointing.
 */
struct awsc_lambda_operation_update {
    /* Id: The unique identifier for this operation. Required. */
    const char *id;
    /* ParentId: The unique identifier of the parent operation, if this operation
     * is running within a child context. */
    const char *parent_id;
    /* Name: The customer-provided name for this operation. */
    const char *name;
    /* Type: The type of operation to update. Required. One of enum
     * awsc_lambda_operation_type's values (as its string). */
    const char *type;
    /* SubType: The subtype of the operation, providing additional categorization. */
    const char *sub_type;
    /* Action: The action to take on the operation. Required. One of enum
     * awsc_lambda_operation_action's values (as its string). */
    const char *action;
    /* Payload: The payload for successful operations. The maximum payload size is
     * 6 MB for synchronous EXECUTION operations (RequestResponse invocationType),
     * 1 MB for asynchronous EXECUTION (Event invocationType) ... */
    const char *payload;
    /* Error: The error information for failed operations. */
    struct awsc_lambda_error_object *error;
    /* ContextOptions: Options for context operations. */
    struct awsc_lambda_context_options *context_options;
    /* StepOptions: Options for step operations. */
    struct awsc_lambda_step_options *step_options;
    /* WaitOptions: Options for wait operations. */
    struct awsc_lambda_wait_options *wait_options;
    /* CallbackOptions: */
    struct awsc_lambda_callback_options *callback_options;
    /* ChainedInvokeOptions: */
    struct awsc_lambda_chained_invoke_options *chained_invoke_options;
};

/*
 * The permissions policy for the resource is too large. For more information,
 * see Lambda quotas .
 */
struct awsc_lambda_policy_length_exceeded_exception {
    /* Type: */
    const char *type;
    /* message: */
    const char *message;
};

/*
 * The RevisionId provided does not match the latest RevisionId for the Lambda
 * function or alias. For AddPermission and RemovePermission API operations:
 * Call GetPolicy to retrieve the latest RevisionId for your resource.
 */
struct awsc_lambda_precondition_failed_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * Configuration for tag propagation to managed resources launched by the
 * capacity provider.
 */
struct awsc_lambda_propagate_tags {
    /* Mode: The tag propagation mode. Set to Explicit to propagate the tags
     * specified in ExplicitTags to managed resources. Set to None to disable tag
     * propagation. One of enum awsc_lambda_propagate_tags_mode's values (as its
     * string). */
    const char *mode;
    /* ExplicitTags: A list of tags to apply to managed resources when Mode is set
     * to Explicit . You can specify up to 40 tags. */
    struct awsc_lambda_propagate_tags_explicit_tags_map explicit_tags;
};

/*
 * Details about the provisioned concurrency configuration for a function alias
 * or version.
 */
struct awsc_lambda_provisioned_concurrency_config_list_item {
    /* FunctionArn: The Amazon Resource Name (ARN) of the alias or version. */
    const char *function_arn;
    /* RequestedProvisionedConcurrentExecutions: The amount of provisioned
     * concurrency requested. */
    bool has_requested_provisioned_concurrent_executions;
    int32_t requested_provisioned_concurrent_executions;
    /* AvailableProvisionedConcurrentExecutions: The amount of provisioned
     * concurrency available. */
    bool has_available_provisioned_concurrent_executions;
    int32_t available_provisioned_concurrent_executions;
    /* AllocatedProvisionedConcurrentExecutions: The amount of provisioned
     * concurrency allocated. When a weighted alias is used during linear and
     * canary deployments, this value fluctuates depending on the amount of
     * concurrency that is provisioned ... */
    bool has_allocated_provisioned_concurrent_executions;
    int32_t allocated_provisioned_concurrent_executions;
    /* Status: The status of the allocation process. One of enum
     * awsc_lambda_provisioned_concurrency_status_enum's values (as its string). */
    const char *status;
    /* StatusReason: For failed allocations, the reason that provisioned
     * concurrency could not be allocated. */
    const char *status_reason;
    /* LastModified: The date and time that a user last updated the configuration,
     * in ISO 8601 format . */
    const char *last_modified;
};

/*
 * The specified configuration does not exist.
 */
struct awsc_lambda_provisioned_concurrency_config_not_found_exception {
    /* Type: */
    const char *type;
    /* message: */
    const char *message;
};

/*
 * The provisioned mode configuration for the event source. Use Provisioned
 * Mode to customize the minimum and maximum number of event pollers for your
 * event source.
 */
struct awsc_lambda_provisioned_poller_config {
    /* MinimumPollers: The minimum number of event pollers this event source can
     * scale down to. For Amazon SQS events source mappings, default is 2, and
     * minimum 2 required. */
    bool has_minimum_pollers;
    int32_t minimum_pollers;
    /* MaximumPollers: The maximum number of event pollers this event source can
     * scale up to. For Amazon SQS events source mappings, default is 200, and
     * minimum value allowed is 2. */
    bool has_maximum_pollers;
    int32_t maximum_pollers;
    /* PollerGroupName: (Amazon MSK and self-managed Apache Kafka) The name of the
     * provisioned poller group. Use this option to group multiple ESMs within the
     * event source's VPC to share Event Poller Unit (EPU) capacity. */
    const char *poller_group_name;
};

/*
 * The resource-based policy you tried to add to the Lambda function would
 * grant public access to it, and your account's BlockPublicAccess setting
 * prevents public access. For more information about blocking public access to
 * Lambda functions, see Block public access to Lambda resources .
 */
struct awsc_lambda_public_policy_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: The exception message. */
    const char *message;
};

/* PublishLayerVersionRequest */
struct awsc_lambda_publish_layer_version_input {
    /* LayerName: The name or Amazon Resource Name (ARN) of the layer. Required. */
    const char *layer_name;
    /* Description: The description of the version. */
    const char *description;
    /* Content: The function layer archive. Required. */
    struct awsc_lambda_layer_version_content_input *content;
    /* CompatibleArchitectures: A list of compatible instruction set architectures
     * . */
    struct awsc_lambda_architectures_list compatible_architectures;
    /* CompatibleRuntimes: A list of compatible function runtimes . Used for
     * filtering with ListLayers and ListLayerVersions . */
    struct awsc_lambda_architectures_list compatible_runtimes;
    /* LicenseInfo: The layer's software license. It can be any of the following:
     * An SPDX license identifier . For example, MIT . The URL of a license hosted
     * on the internet. */
    const char *license_info;
};

/* PublishLayerVersionResponse */
struct awsc_lambda_publish_layer_version_output {
    /* Content: Details about the layer version. */
    struct awsc_lambda_layer_version_content_output *content;
    /* LayerArn: The ARN of the layer. */
    const char *layer_arn;
    /* LayerVersionArn: The ARN of the layer version. */
    const char *layer_version_arn;
    /* Description: The description of the version. */
    const char *description;
    /* CreatedDate: The date that the layer version was created, in ISO-8601 format
     * (YYYY-MM-DDThh:mm:ss.sTZD). */
    const char *created_date;
    /* Version: The version number. */
    bool has_version;
    int64_t version;
    /* CompatibleArchitectures: A list of compatible instruction set architectures
     * . */
    struct awsc_lambda_architectures_list compatible_architectures;
    /* CompatibleRuntimes: The layer's compatible runtimes. The following list
     * includes deprecated runtimes. For more information, see Runtime use after
     * deprecation . */
    struct awsc_lambda_architectures_list compatible_runtimes;
    /* LicenseInfo: The layer's software license. */
    const char *license_info;
};

/* PublishVersionRequest */
struct awsc_lambda_publish_version_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
    /* CodeSha256: Only publish a version if the hash value matches the value
     * that's specified. Use this option to avoid publishing a version if the
     * function code has changed since you last updated it. */
    const char *code_sha256;
    /* Description: A description for the version to override the description in
     * the function configuration. */
    const char *description;
    /* RevisionId: Only update the function if the revision ID matches the ID
     * that's specified. Use this option to avoid publishing a version if the
     * function configuration has changed since you last updated it. */
    const char *revision_id;
    /* PublishTo: Specifies where to publish the function version or configuration.
     * One of enum awsc_lambda_function_version_latest_published's values (as its
     * string). */
    const char *publish_to;
};

/* PutFunctionCodeSigningConfigRequest */
struct awsc_lambda_put_function_code_signing_config_input {
    /* CodeSigningConfigArn: The The Amazon Resource Name (ARN) of the code signing
     * configuration. Required. */
    const char *code_signing_config_arn;
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
};

/* PutFunctionCodeSigningConfigResponse */
struct awsc_lambda_put_function_code_signing_config_output {
    /* CodeSigningConfigArn: The The Amazon Resource Name (ARN) of the code signing
     * configuration. Required. */
    const char *code_signing_config_arn;
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
};

/* PutFunctionConcurrencyRequest */
struct awsc_lambda_put_function_concurrency_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* ReservedConcurrentExecutions: The number of simultaneous executions to
     * reserve for the function. Required. */
    bool has_reserved_concurrent_executions;
    int32_t reserved_concurrent_executions;
};

/* PutFunctionEventInvokeConfigRequest */
struct awsc_lambda_put_function_event_invoke_config_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name - my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* Qualifier: A version number or alias name. */
    const char *qualifier;
    /* MaximumRetryAttempts: The maximum number of times to retry when the function
     * returns an error. */
    bool has_maximum_retry_attempts;
    int32_t maximum_retry_attempts;
    /* MaximumEventAgeInSeconds: The maximum age of a request that Lambda sends to
     * a function for processing. */
    bool has_maximum_event_age_in_seconds;
    int32_t maximum_event_age_in_seconds;
    /* DestinationConfig: A destination for events after they have been sent to a
     * function for processing. Destinations Function - The Amazon Resource Name
     * (ARN) of a Lambda function. Queue - The ARN of a standard SQS queue. */
    struct awsc_lambda_destination_config *destination_config;
};

/* PutFunctionRecursionConfigRequest */
struct awsc_lambda_put_function_recursion_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* RecursiveLoop: If you set your function's recursive loop detection
     * configuration to Allow , Lambda doesn't take any action when it detects your
     * function being invoked as part of a recursive loop. Required. One of enum
     * awsc_lambda_recursive_loop's values (as its string). */
    const char *recursive_loop;
};

/* PutFunctionRecursionConfigResponse */
struct awsc_lambda_put_function_recursion_config_output {
    /* RecursiveLoop: The status of your function's recursive loop detection
     * configuration. One of enum awsc_lambda_recursive_loop's values (as its
     * string). */
    const char *recursive_loop;
};

/* PutFunctionScalingConfigRequest */
struct awsc_lambda_put_function_scaling_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Required. */
    const char *function_name;
    /* Qualifier: Specify a version or alias to set the scaling configuration for a
     * published version of the function. Required. */
    const char *qualifier;
    /* FunctionScalingConfig: The scaling configuration to apply to the function,
     * including minimum and maximum execution environment limits. */
    struct awsc_lambda_function_scaling_config *function_scaling_config;
};

/* PutFunctionScalingConfigResponse */
struct awsc_lambda_put_function_scaling_config_output {
    /* FunctionState: The current state of the function after applying the scaling
     * configuration. One of enum awsc_lambda_state's values (as its string). */
    const char *function_state;
};

/* PutProvisionedConcurrencyConfigRequest */
struct awsc_lambda_put_provisioned_concurrency_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Qualifier: The version number or alias name. Required. */
    const char *qualifier;
    /* ProvisionedConcurrentExecutions: The amount of provisioned concurrency to
     * allocate for the version or alias. Required. */
    bool has_provisioned_concurrent_executions;
    int32_t provisioned_concurrent_executions;
};

/* PutProvisionedConcurrencyConfigResponse */
struct awsc_lambda_put_provisioned_concurrency_config_output {
    /* RequestedProvisionedConcurrentExecutions: The amount of provisioned
     * concurrency requested. */
    bool has_requested_provisioned_concurrent_executions;
    int32_t requested_provisioned_concurrent_executions;
    /* AllocatedProvisionedConcurrentExecutions: The amount of provisioned
     * concurrency allocated. When a weighted alias is used during linear and
     * canary deployments, this value fluctuates depending on the amount of
     * concurrency that is provisioned ... */
    bool has_allocated_provisioned_concurrent_executions;
    int32_t allocated_provisioned_concurrent_executions;
    /* AvailableProvisionedConcurrentExecutions: The amount of provisioned
     * concurrency available. */
    bool has_available_provisioned_concurrent_executions;
    int32_t available_provisioned_concurrent_executions;
    /* Status: The status of the allocation process. One of enum
     * awsc_lambda_provisioned_concurrency_status_enum's values (as its string). */
    const char *status;
    /* StatusReason: For failed allocations, the reason that provisioned
     * concurrency could not be allocated. */
    const char *status_reason;
    /* LastModified: The date and time that a user last updated the configuration,
     * in ISO 8601 format . */
    const char *last_modified;
};

/* PutRuntimeManagementConfigRequest */
struct awsc_lambda_put_runtime_management_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Qualifier: Specify a version of the function. This can be $LATEST or a
     * published version number. If no value is specified, the configuration for
     * the $LATEST version is returned. */
    const char *qualifier;
    /* UpdateRuntimeOn: Specify the runtime update mode. Auto (default) -
     * Automatically update to the most recent and secure runtime version using a
     * Two-phase runtime version rollout . Required. One of enum
     * awsc_lambda_update_runtime_on's values (as its string). */
    const char *update_runtime_on;
    /* RuntimeVersionArn: The ARN of the runtime version you want the function to
     * use. This is only required if you're using the Manual runtime update mode. */
    const char *runtime_version_arn;
};

/* PutRuntimeManagementConfigResponse */
struct awsc_lambda_put_runtime_management_config_output {
    /* UpdateRuntimeOn: The runtime update mode. Required. One of enum
     * awsc_lambda_update_runtime_on's values (as its string). */
    const char *update_runtime_on;
    /* FunctionArn: The ARN of the function Required. */
    const char *function_arn;
    /* RuntimeVersionArn: The ARN of the runtime the function is configured to use.
     * If the runtime update mode is manual , the ARN is returned, otherwise null
     * is returned. */
    const char *runtime_version_arn;
};

/*
 * Lambda has detected your function being invoked in a recursive loop with
 * other Amazon Web Services resources and stopped your function's invocation.
 */
struct awsc_lambda_recursive_invocation_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: The exception message. */
    const char *message;
};

/* RemoveLayerVersionPermissionRequest */
struct awsc_lambda_remove_layer_version_permission_input {
    /* LayerName: The name or Amazon Resource Name (ARN) of the layer. Required. */
    const char *layer_name;
    /* VersionNumber: The version number. Required. */
    bool has_version_number;
    int64_t version_number;
    /* StatementId: The identifier that was specified when the statement was added.
     * Required. */
    const char *statement_id;
    /* RevisionId: Only update the policy if the revision ID matches the ID
     * specified. Use this option to avoid modifying a policy that has changed
     * since you last read it. */
    const char *revision_id;
};

/* RemovePermissionRequest */
struct awsc_lambda_remove_permission_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name – my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* StatementId: Statement ID of the permission to remove. Required. */
    const char *statement_id;
    /* Qualifier: Specify a version or alias to remove permissions from a published
     * version of the function. */
    const char *qualifier;
    /* RevisionId: Update the policy only if the revision ID matches the ID that's
     * specified. Use this option to avoid modifying a policy that has changed
     * since you last read it. */
    const char *revision_id;
};

/*
 * The request payload exceeded the Invoke request body JSON input quota. For
 * more information, see Lambda quotas .
 */
struct awsc_lambda_request_too_large_exception {
    /* Type: */
    const char *type;
    /* message: */
    const char *message;
};

/*
 * Details about the resolved Amazon S3 object that contains a function's
 * deployment package.
 */
struct awsc_lambda_resolved_s3_object {
    /* S3Bucket: The Amazon S3 bucket that contains the deployment package. */
    const char *s3_bucket;
    /* S3Key: The Amazon S3 key of the deployment package. */
    const char *s3_key;
    /* S3ObjectVersion: The version of the deployment package object. */
    const char *s3_object_version;
};

/*
 * The resource already exists, or another operation is in progress.
 */
struct awsc_lambda_resource_conflict_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * The operation conflicts with the resource's availability. For example, you
 * tried to update an event source mapping in the CREATING state, or you tried
 * to delete an event source mapping currently UPDATING.
 */
struct awsc_lambda_resource_in_use_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * The resource specified in the request does not exist.
 */
struct awsc_lambda_resource_not_found_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * The function is inactive and its VPC connection is no longer available. Wait
 * for the VPC connection to reestablish and try again.
 */
struct awsc_lambda_resource_not_ready_exception {
    /* Type: The exception type. */
    const char *type;
    /* message: The exception message. */
    const char *message;
};

/*
 * Information about retry attempts for an operation.
 */
struct awsc_lambda_retry_details {
    /* CurrentAttempt: The current attempt number for this operation. */
    bool has_current_attempt;
    int32_t current_attempt;
    /* NextAttemptDelaySeconds: The delay before the next retry attempt, in
     * seconds. */
    bool has_next_attempt_delay_seconds;
    int32_t next_attempt_delay_seconds;
};

/*
 * The ARN of the runtime and any errors that occured.
 */
struct awsc_lambda_runtime_version_config {
    /* RuntimeVersionArn: The ARN of the runtime version you want the function to
     * use. */
    const char *runtime_version_arn;
    /* Error: Error response when Lambda is unable to retrieve the runtime version
     * for a function. */
    struct awsc_lambda_runtime_version_error *error;
};

/*
 * Any error returned when the runtime version information for the function
 * could not be retrieved.
 */
struct awsc_lambda_runtime_version_error {
    /* ErrorCode: The error code. */
    const char *error_code;
    /* Message: The error message. */
    const char *message;
};

/*
 * The Lambda function couldn't make a network connection to the configured S3
 * Files access point.
 */
struct awsc_lambda_s3_files_mount_connectivity_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: The exception message. */
    const char *message;
};

/*
 * The Lambda function couldn't mount the configured S3 Files access point due
 * to a permission or configuration issue.
 */
struct awsc_lambda_s3_files_mount_failure_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: The exception message. */
    const char *message;
};

/*
 * The Lambda function made a network connection to the configured S3 Files
 * access point, but the mount operation timed out.
 */
struct awsc_lambda_s3_files_mount_timeout_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: The exception message. */
    const char *message;
};

/*
 * (Amazon SQS only) The scaling configuration for the event source. To remove
 * the configuration, pass an empty value.
 */
struct awsc_lambda_scaling_config {
    /* MaximumConcurrency: Limits the number of concurrent instances that the
     * Amazon SQS event source can invoke. */
    bool has_maximum_concurrency;
    int32_t maximum_concurrency;
};

/*
 * The self-managed Apache Kafka cluster for your event source.
 */
struct awsc_lambda_self_managed_event_source {
    /* Endpoints: The list of bootstrap servers for your Kafka brokers in the
     * following format: "KAFKA_BOOTSTRAP_SERVERS":
     * ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"] . */
    struct awsc_lambda_endpoints endpoints;
};

/*
 * Specific configuration settings for a self-managed Apache Kafka event
 * source.
 */
struct awsc_lambda_self_managed_kafka_event_source_config {
    /* ConsumerGroupId: The identifier for the Kafka consumer group to join. The
     * consumer group ID must be unique among all your Kafka event sources. */
    const char *consumer_group_id;
    /* SchemaRegistryConfig: Specific configuration settings for a Kafka schema
     * registry. */
    struct awsc_lambda_kafka_schema_registry_config *schema_registry_config;
};

/* SendDurableExecutionCallbackFailureRequest */
struct awsc_lambda_send_durable_execution_callback_failure_input {
    /* CallbackId: The unique identifier for the callback operation. Required. */
    const char *callback_id;
    /* Error: Error details describing why the callback operation failed. */
    struct awsc_lambda_error_object *error;
};

/* SendDurableExecutionCallbackFailureResponse */
struct awsc_lambda_send_durable_execution_callback_failure_output {
    char unused_; /* no members */
};

/* SendDurableExecutionCallbackHeartbeatRequest */
struct awsc_lambda_send_durable_execution_callback_heartbeat_input {
    /* CallbackId: The unique identifier for the callback operation. Required. */
    const char *callback_id;
};

/* SendDurableExecutionCallbackHeartbeatResponse */
struct awsc_lambda_send_durable_execution_callback_heartbeat_output {
    char unused_; /* no members */
};

/* SendDurableExecutionCallbackSuccessRequest */
struct awsc_lambda_send_durable_execution_callback_success_input {
    /* CallbackId: The unique identifier for the callback operation. Required. */
    const char *callback_id;
    /* Result: The result data from the successful callback operation. Maximum size
     * is 256 KB. */
    struct awsc_blob result;
};

/* SendDurableExecutionCallbackSuccessResponse */
struct awsc_lambda_send_durable_execution_callback_success_output {
    char unused_; /* no members */
};

/*
 * The request payload exceeded the maximum allowed size for serialized request
 * entities.
 */
struct awsc_lambda_serialized_request_entity_too_large_exception {
    /* Type: The error type. */
    const char *type;
    /* message: */
    const char *message;
};

/*
 * The Lambda service encountered an internal error.
 */
struct awsc_lambda_service_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * The request would exceed a service quota. For more information about Lambda
 * service quotas, see Lambda quotas . To request a quota increase, see
 * Requesting a quota increase in the Service Quotas User Guide .
 */
struct awsc_lambda_service_quota_exceeded_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: The exception message. */
    const char *message;
};

/*
 * The function's Lambda SnapStart setting. Set ApplyOn to PublishedVersions to
 * create a snapshot of the initialized execution environment when you publish
 * a function version.
 */
struct awsc_lambda_snap_start {
    /* ApplyOn: Set to PublishedVersions to create a snapshot of the initialized
     * execution environment when you publish a function version. One of enum
     * awsc_lambda_snap_start_apply_on's values (as its string). */
    const char *apply_on;
};

/*
 * The afterRestore() runtime hook encountered an error. For more information,
 * check the Amazon CloudWatch logs.
 */
struct awsc_lambda_snap_start_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Lambda is initializing your function. You can invoke the function when the
 * function state becomes Active .
 */
struct awsc_lambda_snap_start_not_ready_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * Lambda couldn't regenerate the SnapStart snapshot for the function.
 * SnapStart-enabled functions periodically regenerate snapshots when their
 * underlying runtime or dependencies change; this regeneration failed.
 */
struct awsc_lambda_snap_start_regeneration_failure_exception {
    /* Type: The exception type. */
    const char *type;
    /* Message: The exception message. */
    const char *message;
};

/*
 * The function's SnapStart setting.
 */
struct awsc_lambda_snap_start_response {
    /* ApplyOn: When set to PublishedVersions , Lambda creates a snapshot of the
     * execution environment when you publish a function version. One of enum
     * awsc_lambda_snap_start_apply_on's values (as its string). */
    const char *apply_on;
    /* OptimizationStatus: When you provide a qualified Amazon Resource Name (ARN)
     * , this response element indicates whether SnapStart is activated for the
     * specified function version. One of enum
     * awsc_lambda_snap_start_optimization_status's values (as its string). */
    const char *optimization_status;
};

/*
 * Lambda couldn't restore the snapshot within the timeout limit.
 */
struct awsc_lambda_snap_start_timeout_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/*
 * To secure and define access to your event source, you can specify the
 * authentication protocol, VPC components, or virtual host.
 */
struct awsc_lambda_source_access_configuration {
    /* Type: The type of authentication protocol, VPC components, or virtual host
     * for your event source. For example: "Type":"SASL_SCRAM_512_AUTH" . One of
     * enum awsc_lambda_source_access_type's values (as its string). */
    const char *type;
    /* URI: The value for your chosen configuration in Type . For example: "URI":
     * "arn:aws:secretsmanager:us-east-1:01234567890:secret:MyBrokerSecretName" . */
    const char *uri;
};

/*
 * Details about a step operation.
 */
struct awsc_lambda_step_details {
    /* Attempt: The current attempt number for this step. */
    bool has_attempt;
    int32_t attempt;
    /* NextAttemptTimestamp: The date and time when the next attempt is scheduled,
     * in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD). Only populated when the step
     * is in a pending state. */
    bool has_next_attempt_timestamp;
    struct awsc_timestamp next_attempt_timestamp;
    /* Result: The JSON response payload from the step operation. */
    const char *result;
    /* Error: Details about the step failure. */
    struct awsc_lambda_error_object *error;
};

/*
 * Details about a step that failed.
 */
struct awsc_lambda_step_failed_details {
    /* Error: Details about the step failure. Required. */
    struct awsc_lambda_event_error *error;
    /* RetryDetails: Information about retry attempts for this step operation.
     * Required. */
    struct awsc_lambda_retry_details *retry_details;
};

/*
 * Configuration options for a step operation.
 */
struct awsc_lambda_step_options {
    /* NextAttemptDelaySeconds: The delay in seconds before the next retry attempt. */
    bool has_next_attempt_delay_seconds;
    int32_t next_attempt_delay_seconds;
};

/*
 * Details about a step that has started.
 */
struct awsc_lambda_step_started_details {
    char unused_; /* no members */
};

/*
 * Details about a step that succeeded.
 */
struct awsc_lambda_step_succeeded_details {
    /* Result: The response payload from the successful operation. Required. */
    struct awsc_lambda_event_result *result;
    /* RetryDetails: Information about retry attempts for this step operation.
     * Required. */
    struct awsc_lambda_retry_details *retry_details;
};

/* StopDurableExecutionRequest */
struct awsc_lambda_stop_durable_execution_input {
    /* DurableExecutionArn: The Amazon Resource Name (ARN) of the durable
     * execution. Required. */
    const char *durable_execution_arn;
    /* Error: Optional error details explaining why the execution is being stopped. */
    struct awsc_lambda_error_object *error;
};

/* StopDurableExecutionResponse */
struct awsc_lambda_stop_durable_execution_output {
    /* StopTimestamp: The timestamp when the execution was stopped (ISO 8601
     * format). Required. */
    bool has_stop_timestamp;
    struct awsc_timestamp stop_timestamp;
};

/*
 * Lambda couldn't set up VPC access for the Lambda function because one or
 * more configured subnets has no available IP addresses.
 */
struct awsc_lambda_subnet_ip_address_limit_reached_exception {
    /* Type: */
    const char *type;
    /* Message: */
    const char *message;
};

/* TagResourceRequest */
struct awsc_lambda_tag_resource_input {
    /* Resource: The resource's Amazon Resource Name (ARN). Required. */
    const char *resource;
    /* Tags: A list of tags to apply to the resource. Required. */
    struct awsc_lambda_propagate_tags_explicit_tags_map tags;
};

/*
 * An object that contains details about an error related to retrieving tags.
 */
struct awsc_lambda_tags_error {
    /* ErrorCode: The error code. Required. */
    const char *error_code;
    /* Message: The error message. Required. */
    const char *message;
};

/*
 * A scaling policy for the capacity provider that automatically adjusts
 * capacity to maintain a target value for a specific metric.
 */
struct awsc_lambda_target_tracking_scaling_policy {
    /* PredefinedMetricType: The predefined metric type to track for scaling
     * decisions. Required. One of enum
     * awsc_lambda_capacity_provider_predefined_metric_type's values (as its
     * string). */
    const char *predefined_metric_type;
    /* TargetValue: The target value for the metric that the scaling policy
     * attempts to maintain through scaling actions. Required. */
    bool has_target_value;
    double target_value;
};

/*
 * Specifies the tenant isolation mode configuration for a Lambda function.
 * This allows you to configure specific tenant isolation strategies for your
 * function invocations. Tenant isolation configuration cannot be modified
 * after function creation.
 */
struct awsc_lambda_tenancy_config {
    /* TenantIsolationMode: Tenant isolation mode allows for invocation to be sent
     * to a corresponding execution environment dedicated to a specific tenant ID.
     * Required. One of enum awsc_lambda_tenant_isolation_mode's values (as its
     * string). */
    const char *tenant_isolation_mode;
};

/*
 * The request throughput limit was exceeded. For more information, see Lambda
 * quotas .
 */
struct awsc_lambda_too_many_requests_exception {
    /* retryAfterSeconds: The number of seconds the caller should wait before
     * retrying. */
    const char *retry_after_seconds;
    /* Type: */
    const char *type;
    /* message: */
    const char *message;
    /* Reason:  One of enum awsc_lambda_throttle_reason's values (as its string). */
    const char *reason;
};

/*
 * Contains trace headers for the Lambda durable execution.
 */
struct awsc_lambda_trace_header {
    /* XAmznTraceId: The X-Ray trace header associated with the durable execution. */
    const char *x_amzn_trace_id;
};

/*
 * The function's X-Ray tracing configuration. To sample and record incoming
 * requests, set Mode to Active .
 */
struct awsc_lambda_tracing_config {
    /* Mode: The tracing mode. One of enum awsc_lambda_tracing_mode's values (as
     * its string). */
    const char *mode;
};

/*
 * The function's X-Ray tracing configuration.
 */
struct awsc_lambda_tracing_config_response {
    /* Mode: The tracing mode. One of enum awsc_lambda_tracing_mode's values (as
     * its string). */
    const char *mode;
};

/*
 * The content type of the Invoke request body is not JSON.
 */
struct awsc_lambda_unsupported_media_type_exception {
    /* Type: */
    const char *type;
    /* message: */
    const char *message;
};

/* UntagResourceRequest */
struct awsc_lambda_untag_resource_input {
    /* Resource: The resource's Amazon Resource Name (ARN). Required. */
    const char *resource;
    /* TagKeys: A list of tag keys to remove from the resource. Required. */
    struct awsc_lambda_architectures_list tag_keys;
};

/* UpdateAliasRequest */
struct awsc_lambda_update_alias_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name - MyFunction . Function ARN -
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . Required. */
    const char *function_name;
    /* Name: The name of the alias. Required. */
    const char *name;
    /* FunctionVersion: The function version that the alias invokes. */
    const char *function_version;
    /* Description: A description of the alias. */
    const char *description;
    /* RoutingConfig: The routing configuration of the alias. */
    struct awsc_lambda_alias_routing_configuration *routing_config;
    /* RevisionId: Only update the alias if the revision ID matches the ID that's
     * specified. Use this option to avoid modifying an alias that has changed
     * since you last read it. */
    const char *revision_id;
};

/* UpdateCapacityProviderRequest */
struct awsc_lambda_update_capacity_provider_input {
    /* CapacityProviderName: The name of the capacity provider to update. Required. */
    const char *capacity_provider_name;
    /* CapacityProviderScalingConfig: The updated scaling configuration for the
     * capacity provider. */
    struct awsc_lambda_capacity_provider_scaling_config *capacity_provider_scaling_config;
    /* PropagateTags: */
    struct awsc_lambda_propagate_tags *propagate_tags;
    /* TelemetryConfig: The updated telemetry configuration for the capacity
     * provider. */
    struct awsc_lambda_capacity_provider_telemetry_config *telemetry_config;
};

/* UpdateCapacityProviderResponse */
struct awsc_lambda_update_capacity_provider_output {
    /* CapacityProvider: Information about the updated capacity provider. Required. */
    struct awsc_lambda_capacity_provider *capacity_provider;
};

/* UpdateCodeSigningConfigRequest */
struct awsc_lambda_update_code_signing_config_input {
    /* CodeSigningConfigArn: The The Amazon Resource Name (ARN) of the code signing
     * configuration. Required. */
    const char *code_signing_config_arn;
    /* Description: Descriptive name for this code signing configuration. */
    const char *description;
    /* AllowedPublishers: Signing profiles for this code signing configuration. */
    struct awsc_lambda_allowed_publishers *allowed_publishers;
    /* CodeSigningPolicies: The code signing policy. */
    struct awsc_lambda_code_signing_policies *code_signing_policies;
};

/* UpdateCodeSigningConfigResponse */
struct awsc_lambda_update_code_signing_config_output {
    /* CodeSigningConfig: The code signing configuration Required. */
    struct awsc_lambda_code_signing_config *code_signing_config;
};

/* UpdateEventSourceMappingRequest */
struct awsc_lambda_update_event_source_mapping_input {
    /* UUID: The identifier of the event source mapping. Required. */
    const char *uuid;
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – MyFunction . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:MyFunction . */
    const char *function_name;
    /* Enabled: When true, the event source mapping is active. When false, Lambda
     * pauses polling and invocation. */
    bool has_enabled;
    bool enabled;
    /* BatchSize: The maximum number of records in each batch that Lambda pulls
     * from your stream or queue and sends to your function. */
    bool has_batch_size;
    int32_t batch_size;
    /* FilterCriteria: An object that defines the filter criteria that determine
     * whether Lambda should process an event. For more information, see Lambda
     * event filtering . */
    struct awsc_lambda_filter_criteria *filter_criteria;
    /* KMSKeyArn: The ARN of the Key Management Service (KMS) customer managed key
     * that Lambda uses to encrypt your function's filter criteria . By default,
     * Lambda does not encrypt your filter criteria object. */
    const char *kms_key_arn;
    /* MetricsConfig: The metrics configuration for your event source. For more
     * information, see Event source mapping metrics . */
    struct awsc_lambda_event_source_mapping_metrics_config *metrics_config;
    /* LoggingConfig: */
    struct awsc_lambda_event_source_mapping_logging_config *logging_config;
    /* ScalingConfig: (Amazon SQS only) The scaling configuration for the event
     * source. For more information, see Configuring maximum concurrency for Amazon
     * SQS event sources . */
    struct awsc_lambda_scaling_config *scaling_config;
    /* MaximumBatchingWindowInSeconds: The maximum amount of time, in seconds, that
     * Lambda spends gathering records before invoking the function. */
    bool has_maximum_batching_window_in_seconds;
    int32_t maximum_batching_window_in_seconds;
    /* ParallelizationFactor: (Kinesis and DynamoDB Streams only) The number of
     * batches to process from each shard concurrently. */
    bool has_parallelization_factor;
    int32_t parallelization_factor;
    /* DestinationConfig: (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed
     * Apache Kafka) A configuration object that specifies the destination of an
     * event after Lambda processes it. */
    struct awsc_lambda_destination_config *destination_config;
    /* MaximumRecordAgeInSeconds: (Kinesis, DynamoDB Streams, Amazon MSK, and
     * self-managed Apache Kafka) Discard records older than the specified age. The
     * default value is infinite (-1). */
    bool has_maximum_record_age_in_seconds;
    int32_t maximum_record_age_in_seconds;
    /* BisectBatchOnFunctionError: (Kinesis, DynamoDB Streams, Amazon MSK, and
     * self-managed Apache Kafka) If the function returns an error, split the batch
     * in two and retry. */
    bool has_bisect_batch_on_function_error;
    bool bisect_batch_on_function_error;
    /* MaximumRetryAttempts: (Kinesis, DynamoDB Streams, Amazon MSK, and
     * self-managed Apache Kafka) Discard records after the specified number of
     * retries. The default value is infinite (-1). */
    bool has_maximum_retry_attempts;
    int32_t maximum_retry_attempts;
    /* TumblingWindowInSeconds: (Kinesis and DynamoDB Streams only) The duration in
     * seconds of a processing window for DynamoDB and Kinesis Streams event
     * sources. A value of 0 seconds indicates no tumbling window. */
    bool has_tumbling_window_in_seconds;
    int32_t tumbling_window_in_seconds;
    /* SourceAccessConfigurations: An array of authentication protocols or VPC
     * components required to secure your event source. */
    struct awsc_lambda_source_access_configurations source_access_configurations;
    /* FunctionResponseTypes: (Kinesis, DynamoDB Streams, Amazon MSK, self-managed
     * Apache Kafka, and Amazon SQS) A list of current response type enums applied
     * to the event source mapping. */
    struct awsc_lambda_architectures_list function_response_types;
    /* AmazonManagedKafkaEventSourceConfig: */
    struct awsc_lambda_amazon_managed_kafka_event_source_config *amazon_managed_kafka_event_source_config;
    /* SelfManagedKafkaEventSourceConfig: */
    struct awsc_lambda_self_managed_kafka_event_source_config *self_managed_kafka_event_source_config;
    /* DocumentDBEventSourceConfig: Specific configuration settings for a
     * DocumentDB event source. */
    struct awsc_lambda_document_db_event_source_config *document_db_event_source_config;
    /* ProvisionedPollerConfig: (Amazon SQS, Amazon MSK, and self-managed Apache
     * Kafka only) The provisioned mode configuration for the event source. For
     * more information, see provisioned mode . */
    struct awsc_lambda_provisioned_poller_config *provisioned_poller_config;
};

/* UpdateFunctionCodeRequest */
struct awsc_lambda_update_function_code_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* ZipFile: The base64-encoded contents of the deployment package. Amazon Web
     * Services SDK and CLI clients handle the encoding for you. */
    struct awsc_blob zip_file;
    /* S3Bucket: An Amazon S3 bucket in the same Amazon Web Services Region as your
     * function. The bucket can be in a different Amazon Web Services account. */
    const char *s3_bucket;
    /* S3Key: The Amazon S3 key of the deployment package. Use only with a function
     * defined with a .zip file archive deployment package. */
    const char *s3_key;
    /* S3ObjectVersion: For versioned objects, the version of the deployment
     * package object to use. */
    const char *s3_object_version;
    /* S3ObjectStorageMode: Specifies how the deployment package is stored. Valid
     * values: COPY (default) – Uploads a copy of your deployment package to
     * Lambda. One of enum awsc_lambda_s3_object_storage_mode's values (as its
     * string). */
    const char *s3_object_storage_mode;
    /* ImageUri: URI of a container image in the Amazon ECR registry. Do not use
     * for a function defined with a .zip file archive. */
    const char *image_uri;
    /* Architectures: The instruction set architecture that the function supports.
     * Enter a string array with one of the valid values (arm64 or x86_64). The
     * default value is x86_64 . */
    struct awsc_lambda_architectures_list architectures;
    /* Publish: Set to true to publish a new version of the function after updating
     * the code. This has the same effect as calling PublishVersion separately. */
    bool has_publish;
    bool publish;
    /* PublishTo: Specifies where to publish the function version or configuration.
     * One of enum awsc_lambda_function_version_latest_published's values (as its
     * string). */
    const char *publish_to;
    /* DryRun: Set to true to validate the request parameters and access
     * permissions without modifying the function code. */
    bool has_dry_run;
    bool dry_run;
    /* RevisionId: Update the function only if the revision ID matches the ID
     * that's specified. Use this option to avoid modifying a function that has
     * changed since you last read it. */
    const char *revision_id;
    /* SourceKMSKeyArn: The ARN of the Key Management Service (KMS) customer
     * managed key that's used to encrypt your function's .zip deployment package. */
    const char *source_kms_key_arn;
};

/* UpdateFunctionConfigurationRequest */
struct awsc_lambda_update_function_configuration_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Role: The Amazon Resource Name (ARN) of the function's execution role. */
    const char *role;
    /* Handler: The name of the method within your code that Lambda calls to run
     * your function. Handler is required if the deployment package is a .zip file
     * archive. The format includes the file name. */
    const char *handler;
    /* Description: A description of the function. */
    const char *description;
    /* Timeout: The amount of time (in seconds) that Lambda allows a function to
     * run before stopping it. The default is 3 seconds. The maximum allowed value
     * is 900 seconds. */
    bool has_timeout;
    int32_t timeout;
    /* MemorySize: The amount of memory available to the function at runtime.
     * Increasing the function memory also increases its CPU allocation. The
     * default value is 128 MB. The value can be any multiple of 1 MB. */
    bool has_memory_size;
    int32_t memory_size;
    /* VpcConfig: For network connectivity to Amazon Web Services resources in a
     * VPC, specify a list of security groups and subnets in the VPC. */
    struct awsc_lambda_vpc_config *vpc_config;
    /* Environment: Environment variables that are accessible from function code
     * during execution. */
    struct awsc_lambda_environment *environment;
    /* Runtime: The identifier of the function's runtime . Runtime is required if
     * the deployment package is a .zip file archive. One of enum
     * awsc_lambda_runtime's values (as its string). */
    const char *runtime;
    /* DeadLetterConfig: A dead-letter queue configuration that specifies the queue
     * or topic where Lambda sends asynchronous events when they fail processing.
     * For more information, see Dead-letter queues . */
    struct awsc_lambda_dead_letter_config *dead_letter_config;
    /* KMSKeyArn: The ARN of the Key Management Service (KMS) customer managed key
     * that's used to encrypt the following resources: The function's environment
     * variables . The function's Lambda SnapStart snapshots. */
    const char *kms_key_arn;
    /* TracingConfig: Set Mode to Active to sample and trace a subset of incoming
     * requests with X-Ray . */
    struct awsc_lambda_tracing_config *tracing_config;
    /* RevisionId: Update the function only if the revision ID matches the ID
     * that's specified. Use this option to avoid modifying a function that has
     * changed since you last read it. */
    const char *revision_id;
    /* Layers: A list of function layers to add to the function's execution
     * environment. Specify each layer by its ARN, including the version. */
    struct awsc_lambda_architectures_list layers;
    /* FileSystemConfigs: Connection settings for an Amazon EFS file system or an
     * Amazon S3 Files file system. */
    struct awsc_lambda_file_system_config_list file_system_configs;
    /* ImageConfig: Container image configuration values that override the values
     * in the container image Docker file. */
    struct awsc_lambda_image_config *image_config;
    /* EphemeralStorage: The size of the function's /tmp directory in MB. The
     * default value is 512, but can be any whole number between 512 and 10,240 MB.
     * For more information, see Configuring ephemeral storage (console) . */
    struct awsc_lambda_ephemeral_storage *ephemeral_storage;
    /* SnapStart: The function's SnapStart setting. */
    struct awsc_lambda_snap_start *snap_start;
    /* LoggingConfig: The function's Amazon CloudWatch Logs configuration settings. */
    struct awsc_lambda_logging_config *logging_config;
    /* CapacityProviderConfig: Configuration for the capacity provider that manages
     * compute resources for Lambda functions. */
    struct awsc_lambda_capacity_provider_config *capacity_provider_config;
    /* DurableConfig: Configuration settings for durable functions , including
     * execution timeout, retention period for execution history, and an optional
     * ARN of the Key Management Service (KMS) customer managed key that ... */
    struct awsc_lambda_durable_config *durable_config;
};

/* UpdateFunctionEventInvokeConfigRequest */
struct awsc_lambda_update_function_event_invoke_config_input {
    /* FunctionName: The name or ARN of the Lambda function, version, or alias.
     * Name formats Function name - my-function (name-only), my-function:v1 (with
     * alias). Required. */
    const char *function_name;
    /* Qualifier: A version number or alias name. */
    const char *qualifier;
    /* MaximumRetryAttempts: The maximum number of times to retry when the function
     * returns an error. */
    bool has_maximum_retry_attempts;
    int32_t maximum_retry_attempts;
    /* MaximumEventAgeInSeconds: The maximum age of a request that Lambda sends to
     * a function for processing. */
    bool has_maximum_event_age_in_seconds;
    int32_t maximum_event_age_in_seconds;
    /* DestinationConfig: A destination for events after they have been sent to a
     * function for processing. Destinations Function - The Amazon Resource Name
     * (ARN) of a Lambda function. Queue - The ARN of a standard SQS queue. */
    struct awsc_lambda_destination_config *destination_config;
};

/* UpdateFunctionUrlConfigRequest */
struct awsc_lambda_update_function_url_config_input {
    /* FunctionName: The name or ARN of the Lambda function. Name formats Function
     * name – my-function . Function ARN –
     * arn:aws:lambda:us-west-2:123456789012:function:my-function . Required. */
    const char *function_name;
    /* Qualifier: The alias name. */
    const char *qualifier;
    /* AuthType: The type of authentication that your function URL uses. Set to
     * AWS_IAM if you want to restrict access to authenticated users only. One of
     * enum awsc_lambda_function_url_auth_type's values (as its string). */
    const char *auth_type;
    /* Cors: The cross-origin resource sharing (CORS) settings for your function
     * URL. */
    struct awsc_lambda_cors *cors;
    /* InvokeMode: Use one of the following options: BUFFERED – This is the default
     * option. Lambda invokes your function using the Invoke API operation.
     * Invocation results are available when the payload is complete. One of enum
     * awsc_lambda_invoke_mode's values (as its string). */
    const char *invoke_mode;
};

/* UpdateFunctionUrlConfigResponse */
struct awsc_lambda_update_function_url_config_output {
    /* FunctionUrl: The HTTP URL endpoint for your function. Required. */
    const char *function_url;
    /* FunctionArn: The Amazon Resource Name (ARN) of your function. Required. */
    const char *function_arn;
    /* AuthType: The type of authentication that your function URL uses. Set to
     * AWS_IAM if you want to restrict access to authenticated users only.
     * Required. One of enum awsc_lambda_function_url_auth_type's values (as its
     * string). */
    const char *auth_type;
    /* Cors: The cross-origin resource sharing (CORS) settings for your function
     * URL. */
    struct awsc_lambda_cors *cors;
    /* CreationTime: When the function URL was created, in ISO-8601 format
     * (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    const char *creation_time;
    /* LastModifiedTime: When the function URL configuration was last updated, in
     * ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD). Required. */
    const char *last_modified_time;
    /* InvokeMode: Use one of the following options: BUFFERED – This is the default
     * option. Lambda invokes your function using the Invoke API operation.
     * Invocation results are available when the payload is complete. One of enum
     * awsc_lambda_invoke_mode's values (as its string). */
    const char *invoke_mode;
};

/*
 * The VPC security groups and subnets that are attached to a Lambda function.
 * For more information, see Configuring a Lambda function to access resources
 * in a VPC .
 */
struct awsc_lambda_vpc_config {
    /* SubnetIds: A list of VPC subnet IDs. */
    struct awsc_lambda_architectures_list subnet_ids;
    /* SecurityGroupIds: A list of VPC security group IDs. */
    struct awsc_lambda_architectures_list security_group_ids;
    /* Ipv6AllowedForDualStack: Allows outbound IPv6 traffic on VPC functions that
     * are connected to dual-stack subnets. */
    bool has_ipv6_allowed_for_dual_stack;
    bool ipv6_allowed_for_dual_stack;
};

/*
 * The VPC security groups and subnets that are attached to a Lambda function.
 */
struct awsc_lambda_vpc_config_response {
    /* SubnetIds: A list of VPC subnet IDs. */
    struct awsc_lambda_architectures_list subnet_ids;
    /* SecurityGroupIds: A list of VPC security group IDs. */
    struct awsc_lambda_architectures_list security_group_ids;
    /* VpcId: The ID of the VPC. */
    const char *vpc_id;
    /* Ipv6AllowedForDualStack: Allows outbound IPv6 traffic on VPC functions that
     * are connected to dual-stack subnets. */
    bool has_ipv6_allowed_for_dual_stack;
    bool ipv6_allowed_for_dual_stack;
};

/*
 * Details about a wait operation that was cancelled.
 */
struct awsc_lambda_wait_cancelled_details {
    /* Error: Details about why the wait operation was cancelled. */
    struct awsc_lambda_event_error *error;
};

/*
 * Details about a wait operation.
 */
struct awsc_lambda_wait_details {
    /* ScheduledEndTimestamp: The date and time when the wait operation is
     * scheduled to complete, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD). */
    bool has_scheduled_end_timestamp;
    struct awsc_timestamp scheduled_end_timestamp;
};

/*
 * Specifies how long to pause the durable execution.
 */
struct awsc_lambda_wait_options {
    /* WaitSeconds: The duration to wait, in seconds. */
    bool has_wait_seconds;
    int32_t wait_seconds;
};

/*
 * Details about a wait operation that has started.
 */
struct awsc_lambda_wait_started_details {
    /* Duration: The duration to wait, in seconds. Required. */
    bool has_duration;
    int32_t duration;
    /* ScheduledEndTimestamp: The date and time when the wait operation is
     * scheduled to complete, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
     * Required. */
    bool has_scheduled_end_timestamp;
    struct awsc_timestamp scheduled_end_timestamp;
};

/*
 * Details about a wait operation that succeeded.
 */
struct awsc_lambda_wait_succeeded_details {
    /* Duration: The wait duration, in seconds. */
    bool has_duration;
    int32_t duration;
};

struct awsc_lambda_additional_version_weights_entry {
    const char *key;
    double value;
};

struct awsc_lambda_endpoints_entry {
    const char *key;
    struct awsc_lambda_architectures_list value;
};

struct awsc_lambda_propagate_tags_explicit_tags_map_entry {
    const char *key;
    const char *value;
};

/* ----------------------------------------------------------- operations */

/*
 * AddLayerVersionPermission
 * Adds permissions to the resource-based policy of a version of an Lambda
 * layer . Use this action to grant layer usage permission to other accounts.
 * You can grant permission to a single account, all accounts in an
 * organization, or all Amazon Web Services accounts.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_POLICY_LENGTH_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PRECONDITION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_add_layer_version_permission(struct awsc_client *client,
                                                      const struct awsc_lambda_add_layer_version_permission_input *input,
                                                      struct awsc_lambda_add_layer_version_permission_output **output,
                                                      struct awsc_error *err);
typedef void awsc_lambda_add_layer_version_permission_cb(void *user_data,
                                                         int status,
                                                         struct awsc_lambda_add_layer_version_permission_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_lambda_add_layer_version_permission_async(struct awsc_client *client,
                                                            const struct awsc_lambda_add_layer_version_permission_input *input,
                                                            awsc_lambda_add_layer_version_permission_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * AddPermission
 * Grants a principal permission to use a function. You can apply the policy at
 * the function level, or specify a qualifier to restrict access to a single
 * version or alias. If you use a qualifier, the invoker must use the full
 * Amazon Resource Name (ARN) of that version or alias to invoke the function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_POLICY_LENGTH_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PRECONDITION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PUBLIC_POLICY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_add_permission(struct awsc_client *client,
                                        const struct awsc_lambda_add_permission_input *input,
                                        struct awsc_lambda_add_permission_output **output,
                                        struct awsc_error *err);
typedef void awsc_lambda_add_permission_cb(void *user_data,
                                           int status,
                                           struct awsc_lambda_add_permission_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_lambda_add_permission_async(struct awsc_client *client,
                                              const struct awsc_lambda_add_permission_input *input,
                                              awsc_lambda_add_permission_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * CheckpointDurableExecution
 * Saves the progress of a durable function execution during runtime. This API
 * is used by the Lambda durable functions SDK to checkpoint completed steps
 * and schedule asynchronous operations. You typically don't need to call this
 * API directly as the SDK handles checkpointing automatically.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_checkpoint_durable_execution(struct awsc_client *client,
                                                      const struct awsc_lambda_checkpoint_durable_execution_input *input,
                                                      struct awsc_lambda_checkpoint_durable_execution_output **output,
                                                      struct awsc_error *err);
typedef void awsc_lambda_checkpoint_durable_execution_cb(void *user_data,
                                                         int status,
                                                         struct awsc_lambda_checkpoint_durable_execution_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_lambda_checkpoint_durable_execution_async(struct awsc_client *client,
                                                            const struct awsc_lambda_checkpoint_durable_execution_input *input,
                                                            awsc_lambda_checkpoint_durable_execution_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * CreateAlias
 * Creates an alias for a Lambda function version. Use aliases to provide
 * clients with a function identifier that you can update to invoke a different
 * version.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_ALIAS_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_create_alias(struct awsc_client *client,
                                      const struct awsc_lambda_create_alias_input *input,
                                      struct awsc_lambda_alias_configuration **output,
                                      struct awsc_error *err);
typedef void awsc_lambda_create_alias_cb(void *user_data,
                                         int status,
                                         struct awsc_lambda_alias_configuration *output,
                                         struct awsc_error *err);
AWSC_API int awsc_lambda_create_alias_async(struct awsc_client *client,
                                            const struct awsc_lambda_create_alias_input *input,
                                            awsc_lambda_create_alias_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * CreateCapacityProvider
 * Creates a capacity provider that manages compute resources for Lambda
 * functions
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_create_capacity_provider(struct awsc_client *client,
                                                  const struct awsc_lambda_create_capacity_provider_input *input,
                                                  struct awsc_lambda_create_capacity_provider_output **output,
                                                  struct awsc_error *err);
typedef void awsc_lambda_create_capacity_provider_cb(void *user_data,
                                                     int status,
                                                     struct awsc_lambda_create_capacity_provider_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_create_capacity_provider_async(struct awsc_client *client,
                                                        const struct awsc_lambda_create_capacity_provider_input *input,
                                                        awsc_lambda_create_capacity_provider_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * CreateCodeSigningConfig
 * Creates a code signing configuration. A code signing configuration defines a
 * list of allowed signing profiles and defines the code-signing validation
 * policy (action to be taken if deployment validation checks fail).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION
 */
AWSC_API int awsc_lambda_create_code_signing_config(struct awsc_client *client,
                                                    const struct awsc_lambda_create_code_signing_config_input *input,
                                                    struct awsc_lambda_create_code_signing_config_output **output,
                                                    struct awsc_error *err);
typedef void awsc_lambda_create_code_signing_config_cb(void *user_data,
                                                       int status,
                                                       struct awsc_lambda_create_code_signing_config_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_create_code_signing_config_async(struct awsc_client *client,
                                                          const struct awsc_lambda_create_code_signing_config_input *input,
                                                          awsc_lambda_create_code_signing_config_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * CreateEventSourceMapping
 * Creates a mapping between an event source and an Lambda function. Lambda
 * reads items from the event source and invokes the function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_create_event_source_mapping(struct awsc_client *client,
                                                     const struct awsc_lambda_create_event_source_mapping_input *input,
                                                     struct awsc_lambda_event_source_mapping_configuration **output,
                                                     struct awsc_error *err);
typedef void awsc_lambda_create_event_source_mapping_cb(void *user_data,
                                                        int status,
                                                        struct awsc_lambda_event_source_mapping_configuration *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_create_event_source_mapping_async(struct awsc_client *client,
                                                           const struct awsc_lambda_create_event_source_mapping_input *input,
                                                           awsc_lambda_create_event_source_mapping_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * CreateFunction
 * Creates a Lambda function. To create a function, you need a deployment
 * package and an execution role . The deployment package is a .zip file
 * archive or container image that contains your function code.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_CODE_STORAGE_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_CODE_VERIFICATION_FAILED_EXCEPTION, AWSC_LAMBDA_ERR_FUNC
 *   TION_VERSIONS_PER_CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_CODE_SIGNATURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_create_function(struct awsc_client *client,
                                         const struct awsc_lambda_create_function_input *input,
                                         struct awsc_lambda_function_configuration **output,
                                         struct awsc_error *err);
typedef void awsc_lambda_create_function_cb(void *user_data,
                                            int status,
                                            struct awsc_lambda_function_configuration *output,
                                            struct awsc_error *err);
AWSC_API int awsc_lambda_create_function_async(struct awsc_client *client,
                                               const struct awsc_lambda_create_function_input *input,
                                               awsc_lambda_create_function_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * CreateFunctionUrlConfig
 * Creates a Lambda function URL with the specified configuration parameters. A
 * function URL is a dedicated HTTP(S) endpoint that you can use to invoke your
 * function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_create_function_url_config(struct awsc_client *client,
                                                    const struct awsc_lambda_create_function_url_config_input *input,
                                                    struct awsc_lambda_create_function_url_config_output **output,
                                                    struct awsc_error *err);
typedef void awsc_lambda_create_function_url_config_cb(void *user_data,
                                                       int status,
                                                       struct awsc_lambda_create_function_url_config_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_create_function_url_config_async(struct awsc_client *client,
                                                          const struct awsc_lambda_create_function_url_config_input *input,
                                                          awsc_lambda_create_function_url_config_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * DeleteAlias
 * Deletes a Lambda function alias .
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_alias(struct awsc_client *client,
                                      const struct awsc_lambda_delete_alias_input *input,
                                      struct awsc_error *err);
typedef void awsc_lambda_delete_alias_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_lambda_delete_alias_async(struct awsc_client *client,
                                            const struct awsc_lambda_delete_alias_input *input,
                                            awsc_lambda_delete_alias_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * DeleteCapacityProvider
 * Deletes a capacity provider. You cannot delete a capacity provider that is
 * currently being used by Lambda functions.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_capacity_provider(struct awsc_client *client,
                                                  const struct awsc_lambda_delete_capacity_provider_input *input,
                                                  struct awsc_lambda_delete_capacity_provider_output **output,
                                                  struct awsc_error *err);
typedef void awsc_lambda_delete_capacity_provider_cb(void *user_data,
                                                     int status,
                                                     struct awsc_lambda_delete_capacity_provider_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_delete_capacity_provider_async(struct awsc_client *client,
                                                        const struct awsc_lambda_delete_capacity_provider_input *input,
                                                        awsc_lambda_delete_capacity_provider_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * DeleteCodeSigningConfig
 * Deletes the code signing configuration. You can delete the code signing
 * configuration only if no function is using it.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_code_signing_config(struct awsc_client *client,
                                                    const struct awsc_lambda_delete_code_signing_config_input *input,
                                                    struct awsc_lambda_delete_code_signing_config_output **output,
                                                    struct awsc_error *err);
typedef void awsc_lambda_delete_code_signing_config_cb(void *user_data,
                                                       int status,
                                                       struct awsc_lambda_delete_code_signing_config_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_delete_code_signing_config_async(struct awsc_client *client,
                                                          const struct awsc_lambda_delete_code_signing_config_input *input,
                                                          awsc_lambda_delete_code_signing_config_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * DeleteEventSourceMapping
 * Deletes an event source mapping . You can get the identifier of a mapping
 * from the output of ListEventSourceMappings .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_event_source_mapping(struct awsc_client *client,
                                                     const struct awsc_lambda_delete_event_source_mapping_input *input,
                                                     struct awsc_lambda_event_source_mapping_configuration **output,
                                                     struct awsc_error *err);
typedef void awsc_lambda_delete_event_source_mapping_cb(void *user_data,
                                                        int status,
                                                        struct awsc_lambda_event_source_mapping_configuration *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_delete_event_source_mapping_async(struct awsc_client *client,
                                                           const struct awsc_lambda_delete_event_source_mapping_input *input,
                                                           awsc_lambda_delete_event_source_mapping_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * DeleteFunction
 * Deletes a Lambda function. To delete a specific function version, use the
 * Qualifier parameter. Otherwise, all versions and aliases are deleted. This
 * doesn't require the user to have explicit permissions for DeleteAlias . A
 * deleted Lambda function cannot be recovered.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_function(struct awsc_client *client,
                                         const struct awsc_lambda_delete_function_input *input,
                                         struct awsc_lambda_delete_function_output **output,
                                         struct awsc_error *err);
typedef void awsc_lambda_delete_function_cb(void *user_data,
                                            int status,
                                            struct awsc_lambda_delete_function_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_lambda_delete_function_async(struct awsc_client *client,
                                               const struct awsc_lambda_delete_function_input *input,
                                               awsc_lambda_delete_function_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * DeleteFunctionCodeSigningConfig
 * Removes the code signing configuration from the function.
 * Errors: AWSC_LAMBDA_ERR_CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_function_code_signing_config(struct awsc_client *client,
                                                             const struct awsc_lambda_delete_function_code_signing_config_input *input,
                                                             struct awsc_error *err);
typedef void awsc_lambda_delete_function_code_signing_config_cb(void *user_data,
                                                                int status,
                                                                struct awsc_error *err);
AWSC_API int awsc_lambda_delete_function_code_signing_config_async(struct awsc_client *client,
                                                                   const struct awsc_lambda_delete_function_code_signing_config_input *input,
                                                                   awsc_lambda_delete_function_code_signing_config_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * DeleteFunctionConcurrency
 * Removes a concurrent execution limit from a function.
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_function_concurrency(struct awsc_client *client,
                                                     const struct awsc_lambda_delete_function_concurrency_input *input,
                                                     struct awsc_error *err);
typedef void awsc_lambda_delete_function_concurrency_cb(void *user_data,
                                                        int status,
                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_delete_function_concurrency_async(struct awsc_client *client,
                                                           const struct awsc_lambda_delete_function_concurrency_input *input,
                                                           awsc_lambda_delete_function_concurrency_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * DeleteFunctionEventInvokeConfig
 * Deletes the configuration for asynchronous invocation for a function,
 * version, or alias.
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_function_event_invoke_config(struct awsc_client *client,
                                                             const struct awsc_lambda_delete_function_event_invoke_config_input *input,
                                                             struct awsc_error *err);
typedef void awsc_lambda_delete_function_event_invoke_config_cb(void *user_data,
                                                                int status,
                                                                struct awsc_error *err);
AWSC_API int awsc_lambda_delete_function_event_invoke_config_async(struct awsc_client *client,
                                                                   const struct awsc_lambda_delete_function_event_invoke_config_input *input,
                                                                   awsc_lambda_delete_function_event_invoke_config_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * DeleteFunctionUrlConfig
 * Deletes a Lambda function URL. When you delete a function URL, you can't
 * recover it. Creating a new function URL results in a different URL address.
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_function_url_config(struct awsc_client *client,
                                                    const struct awsc_lambda_delete_function_url_config_input *input,
                                                    struct awsc_error *err);
typedef void awsc_lambda_delete_function_url_config_cb(void *user_data,
                                                       int status,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_delete_function_url_config_async(struct awsc_client *client,
                                                          const struct awsc_lambda_delete_function_url_config_input *input,
                                                          awsc_lambda_delete_function_url_config_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * DeleteLayerVersion
 * Deletes a version of an Lambda layer . Deleted versions can no longer be
 * viewed or added to functions. To avoid breaking functions, a copy of the
 * version remains in Lambda until no functions refer to it.
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_layer_version(struct awsc_client *client,
                                              const struct awsc_lambda_delete_layer_version_input *input,
                                              struct awsc_error *err);
typedef void awsc_lambda_delete_layer_version_cb(void *user_data,
                                                 int status,
                                                 struct awsc_error *err);
AWSC_API int awsc_lambda_delete_layer_version_async(struct awsc_client *client,
                                                    const struct awsc_lambda_delete_layer_version_input *input,
                                                    awsc_lambda_delete_layer_version_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * DeleteProvisionedConcurrencyConfig
 * Deletes the provisioned concurrency configuration for a function.
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_delete_provisioned_concurrency_config(struct awsc_client *client,
                                                               const struct awsc_lambda_delete_provisioned_concurrency_config_input *input,
                                                               struct awsc_error *err);
typedef void awsc_lambda_delete_provisioned_concurrency_config_cb(void *user_data,
                                                                  int status,
                                                                  struct awsc_error *err);
AWSC_API int awsc_lambda_delete_provisioned_concurrency_config_async(struct awsc_client *client,
                                                                     const struct awsc_lambda_delete_provisioned_concurrency_config_input *input,
                                                                     awsc_lambda_delete_provisioned_concurrency_config_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);

/*
 * GetAccountSettings
 * Retrieves details about your account's limits and usage in an Amazon Web
 * Services Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_account_settings(struct awsc_client *client,
                                              const struct awsc_lambda_get_account_settings_input *input,
                                              struct awsc_lambda_get_account_settings_output **output,
                                              struct awsc_error *err);
typedef void awsc_lambda_get_account_settings_cb(void *user_data,
                                                 int status,
                                                 struct awsc_lambda_get_account_settings_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_lambda_get_account_settings_async(struct awsc_client *client,
                                                    const struct awsc_lambda_get_account_settings_input *input,
                                                    awsc_lambda_get_account_settings_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * GetAlias
 * Returns details about a Lambda function alias .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_alias(struct awsc_client *client,
                                   const struct awsc_lambda_get_alias_input *input,
                                   struct awsc_lambda_alias_configuration **output,
                                   struct awsc_error *err);
typedef void awsc_lambda_get_alias_cb(void *user_data,
                                      int status,
                                      struct awsc_lambda_alias_configuration *output,
                                      struct awsc_error *err);
AWSC_API int awsc_lambda_get_alias_async(struct awsc_client *client,
                                         const struct awsc_lambda_get_alias_input *input,
                                         awsc_lambda_get_alias_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * GetCapacityProvider
 * Retrieves information about a specific capacity provider, including its
 * configuration, state, and associated resources.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_capacity_provider(struct awsc_client *client,
                                               const struct awsc_lambda_get_capacity_provider_input *input,
                                               struct awsc_lambda_get_capacity_provider_output **output,
                                               struct awsc_error *err);
typedef void awsc_lambda_get_capacity_provider_cb(void *user_data,
                                                  int status,
                                                  struct awsc_lambda_get_capacity_provider_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_lambda_get_capacity_provider_async(struct awsc_client *client,
                                                     const struct awsc_lambda_get_capacity_provider_input *input,
                                                     awsc_lambda_get_capacity_provider_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * GetCodeSigningConfig
 * Returns information about the specified code signing configuration.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION
 */
AWSC_API int awsc_lambda_get_code_signing_config(struct awsc_client *client,
                                                 const struct awsc_lambda_get_code_signing_config_input *input,
                                                 struct awsc_lambda_get_code_signing_config_output **output,
                                                 struct awsc_error *err);
typedef void awsc_lambda_get_code_signing_config_cb(void *user_data,
                                                    int status,
                                                    struct awsc_lambda_get_code_signing_config_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_lambda_get_code_signing_config_async(struct awsc_client *client,
                                                       const struct awsc_lambda_get_code_signing_config_input *input,
                                                       awsc_lambda_get_code_signing_config_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * GetDurableExecution
 * Retrieves detailed information about a specific durable execution ,
 * including its current status, input payload, result or error information,
 * and execution metadata such as start time and usage statistics.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_durable_execution(struct awsc_client *client,
                                               const struct awsc_lambda_get_durable_execution_input *input,
                                               struct awsc_lambda_get_durable_execution_output **output,
                                               struct awsc_error *err);
typedef void awsc_lambda_get_durable_execution_cb(void *user_data,
                                                  int status,
                                                  struct awsc_lambda_get_durable_execution_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_async(struct awsc_client *client,
                                                     const struct awsc_lambda_get_durable_execution_input *input,
                                                     awsc_lambda_get_durable_execution_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * GetDurableExecutionHistory
 * Retrieves the execution history for a durable execution , showing all the
 * steps, callbacks, and events that occurred during the execution. This
 * provides a detailed audit trail of the execution's progress over time.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_durable_execution_history(struct awsc_client *client,
                                                       const struct awsc_lambda_get_durable_execution_history_input *input,
                                                       struct awsc_lambda_get_durable_execution_history_output **output,
                                                       struct awsc_error *err);
typedef void awsc_lambda_get_durable_execution_history_cb(void *user_data,
                                                          int status,
                                                          struct awsc_lambda_get_durable_execution_history_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_history_async(struct awsc_client *client,
                                                             const struct awsc_lambda_get_durable_execution_history_input *input,
                                                             awsc_lambda_get_durable_execution_history_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * GetDurableExecutionState
 * Retrieves the current execution state required for the replay process during
 * durable function execution. This API is used by the Lambda durable functions
 * SDK to get state information needed for replay.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_durable_execution_state(struct awsc_client *client,
                                                     const struct awsc_lambda_get_durable_execution_state_input *input,
                                                     struct awsc_lambda_get_durable_execution_state_output **output,
                                                     struct awsc_error *err);
typedef void awsc_lambda_get_durable_execution_state_cb(void *user_data,
                                                        int status,
                                                        struct awsc_lambda_get_durable_execution_state_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_state_async(struct awsc_client *client,
                                                           const struct awsc_lambda_get_durable_execution_state_input *input,
                                                           awsc_lambda_get_durable_execution_state_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * GetEventSourceMapping
 * Returns details about an event source mapping. You can get the identifier of
 * a mapping from the output of ListEventSourceMappings .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_event_source_mapping(struct awsc_client *client,
                                                  const struct awsc_lambda_get_event_source_mapping_input *input,
                                                  struct awsc_lambda_event_source_mapping_configuration **output,
                                                  struct awsc_error *err);
typedef void awsc_lambda_get_event_source_mapping_cb(void *user_data,
                                                     int status,
                                                     struct awsc_lambda_event_source_mapping_configuration *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_get_event_source_mapping_async(struct awsc_client *client,
                                                        const struct awsc_lambda_get_event_source_mapping_input *input,
                                                        awsc_lambda_get_event_source_mapping_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * GetFunction
 * Returns information about the function or function version, with a link to
 * download the deployment package that's valid for 10 minutes. If you specify
 * a function version, only details that are specific to that version are
 * returned.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_function(struct awsc_client *client,
                                      const struct awsc_lambda_get_function_input *input,
                                      struct awsc_lambda_get_function_output **output,
                                      struct awsc_error *err);
typedef void awsc_lambda_get_function_cb(void *user_data,
                                         int status,
                                         struct awsc_lambda_get_function_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_lambda_get_function_async(struct awsc_client *client,
                                            const struct awsc_lambda_get_function_input *input,
                                            awsc_lambda_get_function_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * GetFunctionCodeSigningConfig
 * Returns the code signing configuration for the specified function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_function_code_signing_config(struct awsc_client *client,
                                                          const struct awsc_lambda_get_function_code_signing_config_input *input,
                                                          struct awsc_lambda_get_function_code_signing_config_output **output,
                                                          struct awsc_error *err);
typedef void awsc_lambda_get_function_code_signing_config_cb(void *user_data,
                                                             int status,
                                                             struct awsc_lambda_get_function_code_signing_config_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_get_function_code_signing_config_async(struct awsc_client *client,
                                                                const struct awsc_lambda_get_function_code_signing_config_input *input,
                                                                awsc_lambda_get_function_code_signing_config_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * GetFunctionConcurrency
 * Returns details about the reserved concurrency configuration for a function.
 * To set a concurrency limit for a function, use PutFunctionConcurrency .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_function_concurrency(struct awsc_client *client,
                                                  const struct awsc_lambda_get_function_concurrency_input *input,
                                                  struct awsc_lambda_get_function_concurrency_output **output,
                                                  struct awsc_error *err);
typedef void awsc_lambda_get_function_concurrency_cb(void *user_data,
                                                     int status,
                                                     struct awsc_lambda_get_function_concurrency_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_get_function_concurrency_async(struct awsc_client *client,
                                                        const struct awsc_lambda_get_function_concurrency_input *input,
                                                        awsc_lambda_get_function_concurrency_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * GetFunctionConfiguration
 * Returns the version-specific settings of a Lambda function or version. The
 * output includes only options that can vary between versions of a function.
 * To modify these settings, use UpdateFunctionConfiguration .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_function_configuration(struct awsc_client *client,
                                                    const struct awsc_lambda_get_function_configuration_input *input,
                                                    struct awsc_lambda_function_configuration **output,
                                                    struct awsc_error *err);
typedef void awsc_lambda_get_function_configuration_cb(void *user_data,
                                                       int status,
                                                       struct awsc_lambda_function_configuration *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_get_function_configuration_async(struct awsc_client *client,
                                                          const struct awsc_lambda_get_function_configuration_input *input,
                                                          awsc_lambda_get_function_configuration_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * GetFunctionEventInvokeConfig
 * Retrieves the configuration for asynchronous invocation for a function,
 * version, or alias.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_function_event_invoke_config(struct awsc_client *client,
                                                          const struct awsc_lambda_get_function_event_invoke_config_input *input,
                                                          struct awsc_lambda_function_event_invoke_config **output,
                                                          struct awsc_error *err);
typedef void awsc_lambda_get_function_event_invoke_config_cb(void *user_data,
                                                             int status,
                                                             struct awsc_lambda_function_event_invoke_config *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_get_function_event_invoke_config_async(struct awsc_client *client,
                                                                const struct awsc_lambda_get_function_event_invoke_config_input *input,
                                                                awsc_lambda_get_function_event_invoke_config_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * GetFunctionRecursionConfig
 * Returns your function's recursive loop detection configuration.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_function_recursion_config(struct awsc_client *client,
                                                       const struct awsc_lambda_get_function_recursion_config_input *input,
                                                       struct awsc_lambda_get_function_recursion_config_output **output,
                                                       struct awsc_error *err);
typedef void awsc_lambda_get_function_recursion_config_cb(void *user_data,
                                                          int status,
                                                          struct awsc_lambda_get_function_recursion_config_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_lambda_get_function_recursion_config_async(struct awsc_client *client,
                                                             const struct awsc_lambda_get_function_recursion_config_input *input,
                                                             awsc_lambda_get_function_recursion_config_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * GetFunctionScalingConfig
 * Retrieves the scaling configuration for a Lambda Managed Instances function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_function_scaling_config(struct awsc_client *client,
                                                     const struct awsc_lambda_get_function_scaling_config_input *input,
                                                     struct awsc_lambda_get_function_scaling_config_output **output,
                                                     struct awsc_error *err);
typedef void awsc_lambda_get_function_scaling_config_cb(void *user_data,
                                                        int status,
                                                        struct awsc_lambda_get_function_scaling_config_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_get_function_scaling_config_async(struct awsc_client *client,
                                                           const struct awsc_lambda_get_function_scaling_config_input *input,
                                                           awsc_lambda_get_function_scaling_config_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * GetFunctionUrlConfig
 * Returns details about a Lambda function URL.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_function_url_config(struct awsc_client *client,
                                                 const struct awsc_lambda_get_function_url_config_input *input,
                                                 struct awsc_lambda_get_function_url_config_output **output,
                                                 struct awsc_error *err);
typedef void awsc_lambda_get_function_url_config_cb(void *user_data,
                                                    int status,
                                                    struct awsc_lambda_get_function_url_config_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_lambda_get_function_url_config_async(struct awsc_client *client,
                                                       const struct awsc_lambda_get_function_url_config_input *input,
                                                       awsc_lambda_get_function_url_config_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * GetLayerVersion
 * Returns information about a version of an Lambda layer , with a link to
 * download the layer archive that's valid for 10 minutes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_layer_version(struct awsc_client *client,
                                           const struct awsc_lambda_get_layer_version_input *input,
                                           struct awsc_lambda_get_layer_version_response **output,
                                           struct awsc_error *err);
typedef void awsc_lambda_get_layer_version_cb(void *user_data,
                                              int status,
                                              struct awsc_lambda_get_layer_version_response *output,
                                              struct awsc_error *err);
AWSC_API int awsc_lambda_get_layer_version_async(struct awsc_client *client,
                                                 const struct awsc_lambda_get_layer_version_input *input,
                                                 awsc_lambda_get_layer_version_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetLayerVersionByArn
 * Returns information about a version of an Lambda layer , with a link to
 * download the layer archive that's valid for 10 minutes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_layer_version_by_arn(struct awsc_client *client,
                                                  const struct awsc_lambda_get_layer_version_by_arn_input *input,
                                                  struct awsc_lambda_get_layer_version_response **output,
                                                  struct awsc_error *err);
typedef void awsc_lambda_get_layer_version_by_arn_cb(void *user_data,
                                                     int status,
                                                     struct awsc_lambda_get_layer_version_response *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_get_layer_version_by_arn_async(struct awsc_client *client,
                                                        const struct awsc_lambda_get_layer_version_by_arn_input *input,
                                                        awsc_lambda_get_layer_version_by_arn_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * GetLayerVersionPolicy
 * Returns the permission policy for a version of an Lambda layer . For more
 * information, see AddLayerVersionPermission .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_layer_version_policy(struct awsc_client *client,
                                                  const struct awsc_lambda_get_layer_version_policy_input *input,
                                                  struct awsc_lambda_get_layer_version_policy_output **output,
                                                  struct awsc_error *err);
typedef void awsc_lambda_get_layer_version_policy_cb(void *user_data,
                                                     int status,
                                                     struct awsc_lambda_get_layer_version_policy_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_get_layer_version_policy_async(struct awsc_client *client,
                                                        const struct awsc_lambda_get_layer_version_policy_input *input,
                                                        awsc_lambda_get_layer_version_policy_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * GetPolicy
 * Returns the resource-based IAM policy for a function, version, or alias.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_policy(struct awsc_client *client,
                                    const struct awsc_lambda_get_policy_input *input,
                                    struct awsc_lambda_get_policy_output **output,
                                    struct awsc_error *err);
typedef void awsc_lambda_get_policy_cb(void *user_data,
                                       int status,
                                       struct awsc_lambda_get_policy_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_lambda_get_policy_async(struct awsc_client *client,
                                          const struct awsc_lambda_get_policy_input *input,
                                          awsc_lambda_get_policy_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * GetProvisionedConcurrencyConfig
 * Retrieves the provisioned concurrency configuration for a function's alias
 * or version.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PROVISIONED_CONCURRENCY_CONFIG_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_provisioned_concurrency_config(struct awsc_client *client,
                                                            const struct awsc_lambda_get_provisioned_concurrency_config_input *input,
                                                            struct awsc_lambda_get_provisioned_concurrency_config_output **output,
                                                            struct awsc_error *err);
typedef void awsc_lambda_get_provisioned_concurrency_config_cb(void *user_data,
                                                               int status,
                                                               struct awsc_lambda_get_provisioned_concurrency_config_output *output,
                                                               struct awsc_error *err);
AWSC_API int awsc_lambda_get_provisioned_concurrency_config_async(struct awsc_client *client,
                                                                  const struct awsc_lambda_get_provisioned_concurrency_config_input *input,
                                                                  awsc_lambda_get_provisioned_concurrency_config_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);

/*
 * GetRuntimeManagementConfig
 * Retrieves the runtime management configuration for a function's version. If
 * the runtime update mode is Manual , this includes the ARN of the runtime
 * version and the runtime update mode.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_get_runtime_management_config(struct awsc_client *client,
                                                       const struct awsc_lambda_get_runtime_management_config_input *input,
                                                       struct awsc_lambda_get_runtime_management_config_output **output,
                                                       struct awsc_error *err);
typedef void awsc_lambda_get_runtime_management_config_cb(void *user_data,
                                                          int status,
                                                          struct awsc_lambda_get_runtime_management_config_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_lambda_get_runtime_management_config_async(struct awsc_client *client,
                                                             const struct awsc_lambda_get_runtime_management_config_input *input,
                                                             awsc_lambda_get_runtime_management_config_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * Invoke
 * Invokes a Lambda function. You can invoke a function synchronously (and wait
 * for the response), or asynchronously. By default, Lambda invokes your
 * function synchronously (i.e. the InvocationType is RequestResponse ). To
 * invoke a function asynchronously, set InvocationType to Event .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CODE_ARTIFACT_USER_DELETED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_CODE_ARTIFACT_USER_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_CODE_ARTIFACT_USER_PENDING_EXCEPTION,
 *   AWSC_LAMBDA_ERR_DURABLE_EXECUTION_ALREADY_STARTED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EC2_ACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EC2_THROTTLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EC2_UNEXPECTED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSIOEXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSMOUNT_CONNECTIVITY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSMOUNT_FAILURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSMOUNT_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_ENILIMIT_REACHED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_ENINOT_READY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_REQUEST_CONTENT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_RUNTIME_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_SECURITY_GROUP_IDEXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_SUBNET_IDEXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_ZIP_FILE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_MODE_NOT_SUPPORTED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_NO_PUBLISHED_VERSION_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RECURSIVE_INVOCATION_EXCEPTION,
 *   AWSC_LAMBDA_ERR_REQUEST_TOO_LARGE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_READY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_S3_FILES_MOUNT_CONNECTIVITY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_S3_FILES_MOUNT_FAILURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_S3_FILES_MOUNT_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERIALIZED_REQUEST_ENTITY_TOO_LARGE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_NOT_READY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_REGENERATION_FAILURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SUBNET_IPADDRESS_LIMIT_REACHED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION,
 *   AWSC_LAMBDA_ERR_UNSUPPORTED_MEDIA_TYPE_EXCEPTION
 */
AWSC_API int awsc_lambda_invoke(struct awsc_client *client,
                                const struct awsc_lambda_invoke_input *input,
                                struct awsc_lambda_invoke_output **output,
                                struct awsc_error *err);
typedef void awsc_lambda_invoke_cb(void *user_data,
                                   int status,
                                   struct awsc_lambda_invoke_output *output,
                                   struct awsc_error *err);
AWSC_API int awsc_lambda_invoke_async(struct awsc_client *client,
                                      const struct awsc_lambda_invoke_input *input,
                                      awsc_lambda_invoke_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err);

/*
 * InvokeAsync (deprecated)
 * For asynchronous function invocation, use Invoke . Invokes a function
 * asynchronously. The payload limit is 256KB. For larger payloads, for up to
 * 1MB, use Invoke . If you do use the InvokeAsync action, note that it doesn't
 * support the use of X-Ray active tracing.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_EC2_ACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EC2_THROTTLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EC2_UNEXPECTED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSIOEXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSMOUNT_CONNECTIVITY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSMOUNT_FAILURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSMOUNT_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_ENILIMIT_REACHED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_REQUEST_CONTENT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_RUNTIME_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_SECURITY_GROUP_IDEXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_SUBNET_IDEXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_MODE_NOT_SUPPORTED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_S3_FILES_MOUNT_CONNECTIVITY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_S3_FILES_MOUNT_FAILURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_S3_FILES_MOUNT_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_NOT_READY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_REGENERATION_FAILURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SUBNET_IPADDRESS_LIMIT_REACHED_EXCEPTION
 */
AWSC_API int awsc_lambda_invoke_async_op(struct awsc_client *client,
                                         const struct awsc_lambda_invoke_async_input *input,
                                         struct awsc_lambda_invoke_async_output **output,
                                         struct awsc_error *err);
typedef void awsc_lambda_invoke_async_op_cb(void *user_data,
                                            int status,
                                            struct awsc_lambda_invoke_async_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_lambda_invoke_async_op_async(struct awsc_client *client,
                                               const struct awsc_lambda_invoke_async_input *input,
                                               awsc_lambda_invoke_async_op_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * InvokeWithResponseStream
 * Configure your Lambda functions to stream response payloads back to clients.
 * For more information, see Configuring a Lambda function to stream responses
 * .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_EC2_ACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EC2_THROTTLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EC2_UNEXPECTED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSIOEXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSMOUNT_CONNECTIVITY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSMOUNT_FAILURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_EFSMOUNT_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_ENILIMIT_REACHED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_REQUEST_CONTENT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_RUNTIME_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_SECURITY_GROUP_IDEXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_SUBNET_IDEXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_ZIP_FILE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_NO_PUBLISHED_VERSION_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RECURSIVE_INVOCATION_EXCEPTION,
 *   AWSC_LAMBDA_ERR_REQUEST_TOO_LARGE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_READY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_S3_FILES_MOUNT_CONNECTIVITY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_S3_FILES_MOUNT_FAILURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_S3_FILES_MOUNT_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERIALIZED_REQUEST_ENTITY_TOO_LARGE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_NOT_READY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_REGENERATION_FAILURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SNAP_START_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SUBNET_IPADDRESS_LIMIT_REACHED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION,
 *   AWSC_LAMBDA_ERR_UNSUPPORTED_MEDIA_TYPE_EXCEPTION
 *
 * The response is an event stream: on_event is called with each event as
 * it arrives (the member of its type set; valid until on_event returns,
 * which returns non-zero to stop the stream). The call ends when the
 * stream does; the output holds the response's other members. See
 * <awsc/eventstream.h>.
 */
typedef int awsc_lambda_invoke_with_response_stream_event_cb(void *user_data,
                                                             const struct awsc_lambda_invoke_with_response_stream_event *event);
AWSC_API int awsc_lambda_invoke_with_response_stream(struct awsc_client *client,
                                                     const struct awsc_lambda_invoke_with_response_stream_input *input,
                                                     awsc_lambda_invoke_with_response_stream_event_cb *on_event,
                                                     void *user_data,
                                                     struct awsc_lambda_invoke_with_response_stream_output **output,
                                                     struct awsc_error *err);
typedef void awsc_lambda_invoke_with_response_stream_cb(void *user_data,
                                                        int status,
                                                        struct awsc_lambda_invoke_with_response_stream_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_invoke_with_response_stream_async(struct awsc_client *client,
                                                           const struct awsc_lambda_invoke_with_response_stream_input *input,
                                                           awsc_lambda_invoke_with_response_stream_event_cb *on_event,
                                                           awsc_lambda_invoke_with_response_stream_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * ListAliases
 * Returns a list of aliases for a Lambda function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_aliases(struct awsc_client *client,
                                      const struct awsc_lambda_list_aliases_input *input,
                                      struct awsc_lambda_list_aliases_output **output,
                                      struct awsc_error *err);
typedef void awsc_lambda_list_aliases_cb(void *user_data,
                                         int status,
                                         struct awsc_lambda_list_aliases_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_lambda_list_aliases_async(struct awsc_client *client,
                                            const struct awsc_lambda_list_aliases_input *input,
                                            awsc_lambda_list_aliases_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * ListCapacityProviders
 * Returns a list of capacity providers in your account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_capacity_providers(struct awsc_client *client,
                                                 const struct awsc_lambda_list_capacity_providers_input *input,
                                                 struct awsc_lambda_list_capacity_providers_output **output,
                                                 struct awsc_error *err);
typedef void awsc_lambda_list_capacity_providers_cb(void *user_data,
                                                    int status,
                                                    struct awsc_lambda_list_capacity_providers_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_lambda_list_capacity_providers_async(struct awsc_client *client,
                                                       const struct awsc_lambda_list_capacity_providers_input *input,
                                                       awsc_lambda_list_capacity_providers_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * ListCodeSigningConfigs
 * Returns a list of code signing configurations . A request returns up to
 * 10,000 configurations per call. You can use the MaxItems parameter to return
 * fewer configurations per call.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION
 */
AWSC_API int awsc_lambda_list_code_signing_configs(struct awsc_client *client,
                                                   const struct awsc_lambda_list_code_signing_configs_input *input,
                                                   struct awsc_lambda_list_code_signing_configs_output **output,
                                                   struct awsc_error *err);
typedef void awsc_lambda_list_code_signing_configs_cb(void *user_data,
                                                      int status,
                                                      struct awsc_lambda_list_code_signing_configs_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_code_signing_configs_async(struct awsc_client *client,
                                                         const struct awsc_lambda_list_code_signing_configs_input *input,
                                                         awsc_lambda_list_code_signing_configs_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * ListDurableExecutionsByFunction
 * Returns a list of durable executions for a specified Lambda function. You
 * can filter the results by execution name, status, and start time range. This
 * API supports pagination for large result sets.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_durable_executions_by_function(struct awsc_client *client,
                                                             const struct awsc_lambda_list_durable_executions_by_function_input *input,
                                                             struct awsc_lambda_list_durable_executions_by_function_output **output,
                                                             struct awsc_error *err);
typedef void awsc_lambda_list_durable_executions_by_function_cb(void *user_data,
                                                                int status,
                                                                struct awsc_lambda_list_durable_executions_by_function_output *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_lambda_list_durable_executions_by_function_async(struct awsc_client *client,
                                                                   const struct awsc_lambda_list_durable_executions_by_function_input *input,
                                                                   awsc_lambda_list_durable_executions_by_function_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * ListEventSourceMappings
 * Lists event source mappings. Specify an EventSourceArn to show only event
 * source mappings for a single event source.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_event_source_mappings(struct awsc_client *client,
                                                    const struct awsc_lambda_list_event_source_mappings_input *input,
                                                    struct awsc_lambda_list_event_source_mappings_output **output,
                                                    struct awsc_error *err);
typedef void awsc_lambda_list_event_source_mappings_cb(void *user_data,
                                                       int status,
                                                       struct awsc_lambda_list_event_source_mappings_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_list_event_source_mappings_async(struct awsc_client *client,
                                                          const struct awsc_lambda_list_event_source_mappings_input *input,
                                                          awsc_lambda_list_event_source_mappings_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * ListFunctionEventInvokeConfigs
 * Retrieves a list of configurations for asynchronous invocation for a
 * function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_function_event_invoke_configs(struct awsc_client *client,
                                                            const struct awsc_lambda_list_function_event_invoke_configs_input *input,
                                                            struct awsc_lambda_list_function_event_invoke_configs_output **output,
                                                            struct awsc_error *err);
typedef void awsc_lambda_list_function_event_invoke_configs_cb(void *user_data,
                                                               int status,
                                                               struct awsc_lambda_list_function_event_invoke_configs_output *output,
                                                               struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_event_invoke_configs_async(struct awsc_client *client,
                                                                  const struct awsc_lambda_list_function_event_invoke_configs_input *input,
                                                                  awsc_lambda_list_function_event_invoke_configs_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);

/*
 * ListFunctionUrlConfigs
 * Returns a list of Lambda function URLs for the specified function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_function_url_configs(struct awsc_client *client,
                                                   const struct awsc_lambda_list_function_url_configs_input *input,
                                                   struct awsc_lambda_list_function_url_configs_output **output,
                                                   struct awsc_error *err);
typedef void awsc_lambda_list_function_url_configs_cb(void *user_data,
                                                      int status,
                                                      struct awsc_lambda_list_function_url_configs_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_url_configs_async(struct awsc_client *client,
                                                         const struct awsc_lambda_list_function_url_configs_input *input,
                                                         awsc_lambda_list_function_url_configs_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * ListFunctionVersionsByCapacityProvider
 * Returns a list of function versions that are configured to use a specific
 * capacity provider.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_function_versions_by_capacity_provider(struct awsc_client *client,
                                                                     const struct awsc_lambda_list_function_versions_by_capacity_provider_input *input,
                                                                     struct awsc_lambda_list_function_versions_by_capacity_provider_output **output,
                                                                     struct awsc_error *err);
typedef void awsc_lambda_list_function_versions_by_capacity_provider_cb(void *user_data,
                                                                        int status,
                                                                        struct awsc_lambda_list_function_versions_by_capacity_provider_output *output,
                                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_versions_by_capacity_provider_async(struct awsc_client *client,
                                                                           const struct awsc_lambda_list_function_versions_by_capacity_provider_input *input,
                                                                           awsc_lambda_list_function_versions_by_capacity_provider_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err);

/*
 * ListFunctions
 * Returns a list of Lambda functions, with the version-specific configuration
 * of each. Lambda returns up to 50 functions per call.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_functions(struct awsc_client *client,
                                        const struct awsc_lambda_list_functions_input *input,
                                        struct awsc_lambda_list_functions_output **output,
                                        struct awsc_error *err);
typedef void awsc_lambda_list_functions_cb(void *user_data,
                                           int status,
                                           struct awsc_lambda_list_functions_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_async(struct awsc_client *client,
                                              const struct awsc_lambda_list_functions_input *input,
                                              awsc_lambda_list_functions_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * ListFunctionsByCodeSigningConfig
 * List the functions that use the specified code signing configuration. You
 * can use this method prior to deleting a code signing configuration, to
 * verify that no functions are using it.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION
 */
AWSC_API int awsc_lambda_list_functions_by_code_signing_config(struct awsc_client *client,
                                                               const struct awsc_lambda_list_functions_by_code_signing_config_input *input,
                                                               struct awsc_lambda_list_functions_by_code_signing_config_output **output,
                                                               struct awsc_error *err);
typedef void awsc_lambda_list_functions_by_code_signing_config_cb(void *user_data,
                                                                  int status,
                                                                  struct awsc_lambda_list_functions_by_code_signing_config_output *output,
                                                                  struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_by_code_signing_config_async(struct awsc_client *client,
                                                                     const struct awsc_lambda_list_functions_by_code_signing_config_input *input,
                                                                     awsc_lambda_list_functions_by_code_signing_config_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);

/*
 * ListLayerVersions
 * Lists the versions of an Lambda layer . Versions that have been deleted
 * aren't listed. Specify a runtime identifier to list only versions that
 * indicate that they're compatible with that runtime.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_layer_versions(struct awsc_client *client,
                                             const struct awsc_lambda_list_layer_versions_input *input,
                                             struct awsc_lambda_list_layer_versions_output **output,
                                             struct awsc_error *err);
typedef void awsc_lambda_list_layer_versions_cb(void *user_data,
                                                int status,
                                                struct awsc_lambda_list_layer_versions_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_lambda_list_layer_versions_async(struct awsc_client *client,
                                                   const struct awsc_lambda_list_layer_versions_input *input,
                                                   awsc_lambda_list_layer_versions_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ListLayers
 * Lists Lambda layers and shows information about the latest version of each.
 * Specify a runtime identifier to list only layers that indicate that they're
 * compatible with that runtime. Specify a compatible architecture to include
 * only layers that are compatible with that instruction set architecture .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_layers(struct awsc_client *client,
                                     const struct awsc_lambda_list_layers_input *input,
                                     struct awsc_lambda_list_layers_output **output,
                                     struct awsc_error *err);
typedef void awsc_lambda_list_layers_cb(void *user_data,
                                        int status,
                                        struct awsc_lambda_list_layers_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_lambda_list_layers_async(struct awsc_client *client,
                                           const struct awsc_lambda_list_layers_input *input,
                                           awsc_lambda_list_layers_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * ListProvisionedConcurrencyConfigs
 * Retrieves a list of provisioned concurrency configurations for a function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_provisioned_concurrency_configs(struct awsc_client *client,
                                                              const struct awsc_lambda_list_provisioned_concurrency_configs_input *input,
                                                              struct awsc_lambda_list_provisioned_concurrency_configs_output **output,
                                                              struct awsc_error *err);
typedef void awsc_lambda_list_provisioned_concurrency_configs_cb(void *user_data,
                                                                 int status,
                                                                 struct awsc_lambda_list_provisioned_concurrency_configs_output *output,
                                                                 struct awsc_error *err);
AWSC_API int awsc_lambda_list_provisioned_concurrency_configs_async(struct awsc_client *client,
                                                                    const struct awsc_lambda_list_provisioned_concurrency_configs_input *input,
                                                                    awsc_lambda_list_provisioned_concurrency_configs_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);

/*
 * ListTags
 * Returns a function, event source mapping, or code signing configuration's
 * tags . You can also view function tags with GetFunction .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_tags(struct awsc_client *client,
                                   const struct awsc_lambda_list_tags_input *input,
                                   struct awsc_lambda_list_tags_output **output,
                                   struct awsc_error *err);
typedef void awsc_lambda_list_tags_cb(void *user_data,
                                      int status,
                                      struct awsc_lambda_list_tags_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_tags_async(struct awsc_client *client,
                                         const struct awsc_lambda_list_tags_input *input,
                                         awsc_lambda_list_tags_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * ListVersionsByFunction
 * Returns a list of versions , with the version-specific configuration of
 * each. Lambda returns up to 50 versions per call.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_list_versions_by_function(struct awsc_client *client,
                                                   const struct awsc_lambda_list_versions_by_function_input *input,
                                                   struct awsc_lambda_list_versions_by_function_output **output,
                                                   struct awsc_error *err);
typedef void awsc_lambda_list_versions_by_function_cb(void *user_data,
                                                      int status,
                                                      struct awsc_lambda_list_versions_by_function_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_versions_by_function_async(struct awsc_client *client,
                                                         const struct awsc_lambda_list_versions_by_function_input *input,
                                                         awsc_lambda_list_versions_by_function_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * PublishLayerVersion
 * Creates an Lambda layer from a ZIP archive. Each time you call
 * PublishLayerVersion with the same layer name, a new version is created.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CODE_STORAGE_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_publish_layer_version(struct awsc_client *client,
                                               const struct awsc_lambda_publish_layer_version_input *input,
                                               struct awsc_lambda_publish_layer_version_output **output,
                                               struct awsc_error *err);
typedef void awsc_lambda_publish_layer_version_cb(void *user_data,
                                                  int status,
                                                  struct awsc_lambda_publish_layer_version_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_lambda_publish_layer_version_async(struct awsc_client *client,
                                                     const struct awsc_lambda_publish_layer_version_input *input,
                                                     awsc_lambda_publish_layer_version_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * PublishVersion
 * Creates a version from the current code and configuration of a function. Use
 * versions to create a snapshot of your function code and configuration that
 * doesn't change.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CODE_STORAGE_EXCEEDED_EXCEPTION, AWSC_LAMBDA_ERR_FUNCTIO
 *   N_VERSIONS_PER_CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PRECONDITION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_publish_version(struct awsc_client *client,
                                         const struct awsc_lambda_publish_version_input *input,
                                         struct awsc_lambda_function_configuration **output,
                                         struct awsc_error *err);
typedef void awsc_lambda_publish_version_cb(void *user_data,
                                            int status,
                                            struct awsc_lambda_function_configuration *output,
                                            struct awsc_error *err);
AWSC_API int awsc_lambda_publish_version_async(struct awsc_client *client,
                                               const struct awsc_lambda_publish_version_input *input,
                                               awsc_lambda_publish_version_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * PutFunctionCodeSigningConfig
 * Update the code signing configuration for the function. Changes to the code
 * signing configuration take effect the next time a user tries to deploy a
 * code package to the function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_put_function_code_signing_config(struct awsc_client *client,
                                                          const struct awsc_lambda_put_function_code_signing_config_input *input,
                                                          struct awsc_lambda_put_function_code_signing_config_output **output,
                                                          struct awsc_error *err);
typedef void awsc_lambda_put_function_code_signing_config_cb(void *user_data,
                                                             int status,
                                                             struct awsc_lambda_put_function_code_signing_config_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_put_function_code_signing_config_async(struct awsc_client *client,
                                                                const struct awsc_lambda_put_function_code_signing_config_input *input,
                                                                awsc_lambda_put_function_code_signing_config_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * PutFunctionConcurrency
 * Sets the maximum number of simultaneous executions for a function, and
 * reserves capacity for that concurrency level.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_put_function_concurrency(struct awsc_client *client,
                                                  const struct awsc_lambda_put_function_concurrency_input *input,
                                                  struct awsc_lambda_concurrency **output,
                                                  struct awsc_error *err);
typedef void awsc_lambda_put_function_concurrency_cb(void *user_data,
                                                     int status,
                                                     struct awsc_lambda_concurrency *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_put_function_concurrency_async(struct awsc_client *client,
                                                        const struct awsc_lambda_put_function_concurrency_input *input,
                                                        awsc_lambda_put_function_concurrency_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * PutFunctionEventInvokeConfig
 * Configures options for asynchronous invocation on a function, version, or
 * alias. If a configuration already exists for a function, version, or alias,
 * this operation overwrites it. If you exclude any settings, they are removed.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_put_function_event_invoke_config(struct awsc_client *client,
                                                          const struct awsc_lambda_put_function_event_invoke_config_input *input,
                                                          struct awsc_lambda_function_event_invoke_config **output,
                                                          struct awsc_error *err);
typedef void awsc_lambda_put_function_event_invoke_config_cb(void *user_data,
                                                             int status,
                                                             struct awsc_lambda_function_event_invoke_config *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_put_function_event_invoke_config_async(struct awsc_client *client,
                                                                const struct awsc_lambda_put_function_event_invoke_config_input *input,
                                                                awsc_lambda_put_function_event_invoke_config_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * PutFunctionRecursionConfig
 * Sets your function's recursive loop detection configuration.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_put_function_recursion_config(struct awsc_client *client,
                                                       const struct awsc_lambda_put_function_recursion_config_input *input,
                                                       struct awsc_lambda_put_function_recursion_config_output **output,
                                                       struct awsc_error *err);
typedef void awsc_lambda_put_function_recursion_config_cb(void *user_data,
                                                          int status,
                                                          struct awsc_lambda_put_function_recursion_config_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_lambda_put_function_recursion_config_async(struct awsc_client *client,
                                                             const struct awsc_lambda_put_function_recursion_config_input *input,
                                                             awsc_lambda_put_function_recursion_config_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * PutFunctionScalingConfig
 * Sets the scaling configuration for a Lambda Managed Instances function. The
 * scaling configuration defines the minimum and maximum number of execution
 * environments that can be provisioned for the function, allowing you to
 * control scaling behavior and resource allocation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_put_function_scaling_config(struct awsc_client *client,
                                                     const struct awsc_lambda_put_function_scaling_config_input *input,
                                                     struct awsc_lambda_put_function_scaling_config_output **output,
                                                     struct awsc_error *err);
typedef void awsc_lambda_put_function_scaling_config_cb(void *user_data,
                                                        int status,
                                                        struct awsc_lambda_put_function_scaling_config_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_put_function_scaling_config_async(struct awsc_client *client,
                                                           const struct awsc_lambda_put_function_scaling_config_input *input,
                                                           awsc_lambda_put_function_scaling_config_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * PutProvisionedConcurrencyConfig
 * Adds a provisioned concurrency configuration to a function's alias or
 * version.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_put_provisioned_concurrency_config(struct awsc_client *client,
                                                            const struct awsc_lambda_put_provisioned_concurrency_config_input *input,
                                                            struct awsc_lambda_put_provisioned_concurrency_config_output **output,
                                                            struct awsc_error *err);
typedef void awsc_lambda_put_provisioned_concurrency_config_cb(void *user_data,
                                                               int status,
                                                               struct awsc_lambda_put_provisioned_concurrency_config_output *output,
                                                               struct awsc_error *err);
AWSC_API int awsc_lambda_put_provisioned_concurrency_config_async(struct awsc_client *client,
                                                                  const struct awsc_lambda_put_provisioned_concurrency_config_input *input,
                                                                  awsc_lambda_put_provisioned_concurrency_config_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);

/*
 * PutRuntimeManagementConfig
 * Sets the runtime management configuration for a function's version. For more
 * information, see Runtime updates .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_put_runtime_management_config(struct awsc_client *client,
                                                       const struct awsc_lambda_put_runtime_management_config_input *input,
                                                       struct awsc_lambda_put_runtime_management_config_output **output,
                                                       struct awsc_error *err);
typedef void awsc_lambda_put_runtime_management_config_cb(void *user_data,
                                                          int status,
                                                          struct awsc_lambda_put_runtime_management_config_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_lambda_put_runtime_management_config_async(struct awsc_client *client,
                                                             const struct awsc_lambda_put_runtime_management_config_input *input,
                                                             awsc_lambda_put_runtime_management_config_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * RemoveLayerVersionPermission
 * Removes a statement from the permissions policy for a version of an Lambda
 * layer . For more information, see AddLayerVersionPermission .
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PRECONDITION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_remove_layer_version_permission(struct awsc_client *client,
                                                         const struct awsc_lambda_remove_layer_version_permission_input *input,
                                                         struct awsc_error *err);
typedef void awsc_lambda_remove_layer_version_permission_cb(void *user_data,
                                                            int status,
                                                            struct awsc_error *err);
AWSC_API int awsc_lambda_remove_layer_version_permission_async(struct awsc_client *client,
                                                               const struct awsc_lambda_remove_layer_version_permission_input *input,
                                                               awsc_lambda_remove_layer_version_permission_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * RemovePermission
 * Revokes function-use permission from an Amazon Web Services service or
 * another Amazon Web Services account. You can get the ID of the statement
 * from the output of GetPolicy .
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PRECONDITION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PUBLIC_POLICY_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_remove_permission(struct awsc_client *client,
                                           const struct awsc_lambda_remove_permission_input *input,
                                           struct awsc_error *err);
typedef void awsc_lambda_remove_permission_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_lambda_remove_permission_async(struct awsc_client *client,
                                                 const struct awsc_lambda_remove_permission_input *input,
                                                 awsc_lambda_remove_permission_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * SendDurableExecutionCallbackFailure
 * Sends a failure response for a callback operation in a durable execution.
 * Use this API when an external system cannot complete a callback operation
 * successfully.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CALLBACK_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_send_durable_execution_callback_failure(struct awsc_client *client,
                                                                 const struct awsc_lambda_send_durable_execution_callback_failure_input *input,
                                                                 struct awsc_lambda_send_durable_execution_callback_failure_output **output,
                                                                 struct awsc_error *err);
typedef void awsc_lambda_send_durable_execution_callback_failure_cb(void *user_data,
                                                                    int status,
                                                                    struct awsc_lambda_send_durable_execution_callback_failure_output *output,
                                                                    struct awsc_error *err);
AWSC_API int awsc_lambda_send_durable_execution_callback_failure_async(struct awsc_client *client,
                                                                       const struct awsc_lambda_send_durable_execution_callback_failure_input *input,
                                                                       awsc_lambda_send_durable_execution_callback_failure_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);

/*
 * SendDurableExecutionCallbackHeartbeat
 * Sends a heartbeat signal for a long-running callback operation to prevent
 * timeout. Use this API to extend the callback timeout period while the
 * external operation is still in progress.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CALLBACK_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_send_durable_execution_callback_heartbeat(struct awsc_client *client,
                                                                   const struct awsc_lambda_send_durable_execution_callback_heartbeat_input *input,
                                                                   struct awsc_lambda_send_durable_execution_callback_heartbeat_output **output,
                                                                   struct awsc_error *err);
typedef void awsc_lambda_send_durable_execution_callback_heartbeat_cb(void *user_data,
                                                                      int status,
                                                                      struct awsc_lambda_send_durable_execution_callback_heartbeat_output *output,
                                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_send_durable_execution_callback_heartbeat_async(struct awsc_client *client,
                                                                         const struct awsc_lambda_send_durable_execution_callback_heartbeat_input *input,
                                                                         awsc_lambda_send_durable_execution_callback_heartbeat_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);

/*
 * SendDurableExecutionCallbackSuccess
 * Sends a successful completion response for a callback operation in a durable
 * execution. Use this API when an external system has successfully completed a
 * callback operation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CALLBACK_TIMEOUT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_send_durable_execution_callback_success(struct awsc_client *client,
                                                                 const struct awsc_lambda_send_durable_execution_callback_success_input *input,
                                                                 struct awsc_lambda_send_durable_execution_callback_success_output **output,
                                                                 struct awsc_error *err);
typedef void awsc_lambda_send_durable_execution_callback_success_cb(void *user_data,
                                                                    int status,
                                                                    struct awsc_lambda_send_durable_execution_callback_success_output *output,
                                                                    struct awsc_error *err);
AWSC_API int awsc_lambda_send_durable_execution_callback_success_async(struct awsc_client *client,
                                                                       const struct awsc_lambda_send_durable_execution_callback_success_input *input,
                                                                       awsc_lambda_send_durable_execution_callback_success_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);

/*
 * StopDurableExecution
 * Stops a running durable execution . The execution transitions to STOPPED
 * status and cannot be resumed. Any in-progress operations are terminated.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_stop_durable_execution(struct awsc_client *client,
                                                const struct awsc_lambda_stop_durable_execution_input *input,
                                                struct awsc_lambda_stop_durable_execution_output **output,
                                                struct awsc_error *err);
typedef void awsc_lambda_stop_durable_execution_cb(void *user_data,
                                                   int status,
                                                   struct awsc_lambda_stop_durable_execution_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_lambda_stop_durable_execution_async(struct awsc_client *client,
                                                      const struct awsc_lambda_stop_durable_execution_input *input,
                                                      awsc_lambda_stop_durable_execution_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * TagResource
 * Adds tags to a function, event source mapping, or code signing
 * configuration.
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_tag_resource(struct awsc_client *client,
                                      const struct awsc_lambda_tag_resource_input *input,
                                      struct awsc_error *err);
typedef void awsc_lambda_tag_resource_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_lambda_tag_resource_async(struct awsc_client *client,
                                            const struct awsc_lambda_tag_resource_input *input,
                                            awsc_lambda_tag_resource_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * UntagResource
 * Removes tags from a function, event source mapping, or code signing
 * configuration.
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_untag_resource(struct awsc_client *client,
                                        const struct awsc_lambda_untag_resource_input *input,
                                        struct awsc_error *err);
typedef void awsc_lambda_untag_resource_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_lambda_untag_resource_async(struct awsc_client *client,
                                              const struct awsc_lambda_untag_resource_input *input,
                                              awsc_lambda_untag_resource_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * UpdateAlias
 * Updates the configuration of a Lambda function alias .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PRECONDITION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_update_alias(struct awsc_client *client,
                                      const struct awsc_lambda_update_alias_input *input,
                                      struct awsc_lambda_alias_configuration **output,
                                      struct awsc_error *err);
typedef void awsc_lambda_update_alias_cb(void *user_data,
                                         int status,
                                         struct awsc_lambda_alias_configuration *output,
                                         struct awsc_error *err);
AWSC_API int awsc_lambda_update_alias_async(struct awsc_client *client,
                                            const struct awsc_lambda_update_alias_input *input,
                                            awsc_lambda_update_alias_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * UpdateCapacityProvider
 * Updates the configuration of an existing capacity provider.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_update_capacity_provider(struct awsc_client *client,
                                                  const struct awsc_lambda_update_capacity_provider_input *input,
                                                  struct awsc_lambda_update_capacity_provider_output **output,
                                                  struct awsc_error *err);
typedef void awsc_lambda_update_capacity_provider_cb(void *user_data,
                                                     int status,
                                                     struct awsc_lambda_update_capacity_provider_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_update_capacity_provider_async(struct awsc_client *client,
                                                        const struct awsc_lambda_update_capacity_provider_input *input,
                                                        awsc_lambda_update_capacity_provider_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * UpdateCodeSigningConfig
 * Update the code signing configuration. Changes to the code signing
 * configuration take effect the next time a user tries to deploy a code
 * package to the function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION
 */
AWSC_API int awsc_lambda_update_code_signing_config(struct awsc_client *client,
                                                    const struct awsc_lambda_update_code_signing_config_input *input,
                                                    struct awsc_lambda_update_code_signing_config_output **output,
                                                    struct awsc_error *err);
typedef void awsc_lambda_update_code_signing_config_cb(void *user_data,
                                                       int status,
                                                       struct awsc_lambda_update_code_signing_config_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_update_code_signing_config_async(struct awsc_client *client,
                                                          const struct awsc_lambda_update_code_signing_config_input *input,
                                                          awsc_lambda_update_code_signing_config_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * UpdateEventSourceMapping
 * Updates an event source mapping. You can change the function that Lambda
 * invokes, or pause invocation and resume later from the same location.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_update_event_source_mapping(struct awsc_client *client,
                                                     const struct awsc_lambda_update_event_source_mapping_input *input,
                                                     struct awsc_lambda_event_source_mapping_configuration **output,
                                                     struct awsc_error *err);
typedef void awsc_lambda_update_event_source_mapping_cb(void *user_data,
                                                        int status,
                                                        struct awsc_lambda_event_source_mapping_configuration *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_update_event_source_mapping_async(struct awsc_client *client,
                                                           const struct awsc_lambda_update_event_source_mapping_input *input,
                                                           awsc_lambda_update_event_source_mapping_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * UpdateFunctionCode
 * Updates a Lambda function's code. If code signing is enabled for the
 * function, the code package must be signed by a trusted publisher. For more
 * information, see Configuring code signing for Lambda .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_CODE_STORAGE_EXCEEDED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_CODE_VERIFICATION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_CODE_SIGNATURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PRECONDITION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_update_function_code(struct awsc_client *client,
                                              const struct awsc_lambda_update_function_code_input *input,
                                              struct awsc_lambda_function_configuration **output,
                                              struct awsc_error *err);
typedef void awsc_lambda_update_function_code_cb(void *user_data,
                                                 int status,
                                                 struct awsc_lambda_function_configuration *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_lambda_update_function_code_async(struct awsc_client *client,
                                                    const struct awsc_lambda_update_function_code_input *input,
                                                    awsc_lambda_update_function_code_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * UpdateFunctionConfiguration
 * Modify the version-specific settings of a Lambda function.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_CODE_VERIFICATION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_CODE_SIGNATURE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_PRECONDITION_FAILED_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_update_function_configuration(struct awsc_client *client,
                                                       const struct awsc_lambda_update_function_configuration_input *input,
                                                       struct awsc_lambda_function_configuration **output,
                                                       struct awsc_error *err);
typedef void awsc_lambda_update_function_configuration_cb(void *user_data,
                                                          int status,
                                                          struct awsc_lambda_function_configuration *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_lambda_update_function_configuration_async(struct awsc_client *client,
                                                             const struct awsc_lambda_update_function_configuration_input *input,
                                                             awsc_lambda_update_function_configuration_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * UpdateFunctionEventInvokeConfig
 * Updates the configuration for asynchronous invocation for a function,
 * version, or alias.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_update_function_event_invoke_config(struct awsc_client *client,
                                                             const struct awsc_lambda_update_function_event_invoke_config_input *input,
                                                             struct awsc_lambda_function_event_invoke_config **output,
                                                             struct awsc_error *err);
typedef void awsc_lambda_update_function_event_invoke_config_cb(void *user_data,
                                                                int status,
                                                                struct awsc_lambda_function_event_invoke_config *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_lambda_update_function_event_invoke_config_async(struct awsc_client *client,
                                                                   const struct awsc_lambda_update_function_event_invoke_config_input *input,
                                                                   awsc_lambda_update_function_event_invoke_config_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * UpdateFunctionUrlConfig
 * Updates the configuration for a Lambda function URL.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION,
 *   AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_LAMBDA_ERR_SERVICE_EXCEPTION,
 *   AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_lambda_update_function_url_config(struct awsc_client *client,
                                                    const struct awsc_lambda_update_function_url_config_input *input,
                                                    struct awsc_lambda_update_function_url_config_output **output,
                                                    struct awsc_error *err);
typedef void awsc_lambda_update_function_url_config_cb(void *user_data,
                                                       int status,
                                                       struct awsc_lambda_update_function_url_config_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_update_function_url_config_async(struct awsc_client *client,
                                                          const struct awsc_lambda_update_function_url_config_input *input,
                                                          awsc_lambda_update_function_url_config_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of Lambda, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (lambda_tables.c). */
struct awsc__lambda_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[16];
    uint16_t input_tokens[16];
    awsc_ref expr_refs[33];
#endif
#if AWSC_WITH_WAITERS
    struct awsc_waiter waiters[6];
    struct awsc_waiter_acceptor acceptors[17];
#endif
    struct awsc_jmespath exprs[24];
    struct awsc_jmespath_node nodes[28];
    char strings[931];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_lambda_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* GetDurableExecutionHistory: tokens Marker; results Events. */
AWSC_API int awsc_lambda_get_durable_execution_history_paginate(struct awsc_client *client,
                                                                const struct awsc_lambda_get_durable_execution_history_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_history_next_page(struct awsc_pager *pager,
                                                                 struct awsc_lambda_get_durable_execution_history_output **page,
                                                                 struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_history_next_page_async(struct awsc_pager *pager,
                                                                       awsc_lambda_get_durable_execution_history_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);
typedef void awsc_lambda_get_durable_execution_history_item_cb(void *user_data,
                                                               int status,
                                                               const struct awsc_lambda_event *item,
                                                               struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_history_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_lambda_event **item,
                                                                 struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_history_next_item_async(struct awsc_pager *pager,
                                                                       awsc_lambda_get_durable_execution_history_item_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_history_collect(struct awsc_pager *pager,
                                                               struct awsc_lambda_get_durable_execution_history_output **output,
                                                               struct awsc_error *err);

/* GetDurableExecutionState: tokens Marker; results Operations. */
AWSC_API int awsc_lambda_get_durable_execution_state_paginate(struct awsc_client *client,
                                                              const struct awsc_lambda_get_durable_execution_state_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_state_next_page(struct awsc_pager *pager,
                                                               struct awsc_lambda_get_durable_execution_state_output **page,
                                                               struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_state_next_page_async(struct awsc_pager *pager,
                                                                     awsc_lambda_get_durable_execution_state_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
typedef void awsc_lambda_get_durable_execution_state_item_cb(void *user_data,
                                                             int status,
                                                             const struct awsc_lambda_operation *item,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_state_next_item(struct awsc_pager *pager,
                                                               const struct awsc_lambda_operation **item,
                                                               struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_state_next_item_async(struct awsc_pager *pager,
                                                                     awsc_lambda_get_durable_execution_state_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_get_durable_execution_state_collect(struct awsc_pager *pager,
                                                             struct awsc_lambda_get_durable_execution_state_output **output,
                                                             struct awsc_error *err);

/* ListAliases: tokens Marker; results Aliases. */
AWSC_API int awsc_lambda_list_aliases_paginate(struct awsc_client *client,
                                               const struct awsc_lambda_list_aliases_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err);
AWSC_API int awsc_lambda_list_aliases_next_page(struct awsc_pager *pager,
                                                struct awsc_lambda_list_aliases_output **page,
                                                struct awsc_error *err);
AWSC_API int awsc_lambda_list_aliases_next_page_async(struct awsc_pager *pager,
                                                      awsc_lambda_list_aliases_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);
typedef void awsc_lambda_list_aliases_item_cb(void *user_data,
                                              int status,
                                              const struct awsc_lambda_alias_configuration *item,
                                              struct awsc_error *err);
AWSC_API int awsc_lambda_list_aliases_next_item(struct awsc_pager *pager,
                                                const struct awsc_lambda_alias_configuration **item,
                                                struct awsc_error *err);
AWSC_API int awsc_lambda_list_aliases_next_item_async(struct awsc_pager *pager,
                                                      awsc_lambda_list_aliases_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_aliases_collect(struct awsc_pager *pager,
                                              struct awsc_lambda_list_aliases_output **output,
                                              struct awsc_error *err);

/* ListCapacityProviders: tokens Marker; results CapacityProviders. */
AWSC_API int awsc_lambda_list_capacity_providers_paginate(struct awsc_client *client,
                                                          const struct awsc_lambda_list_capacity_providers_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err);
AWSC_API int awsc_lambda_list_capacity_providers_next_page(struct awsc_pager *pager,
                                                           struct awsc_lambda_list_capacity_providers_output **page,
                                                           struct awsc_error *err);
AWSC_API int awsc_lambda_list_capacity_providers_next_page_async(struct awsc_pager *pager,
                                                                 awsc_lambda_list_capacity_providers_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
typedef void awsc_lambda_list_capacity_providers_item_cb(void *user_data,
                                                         int status,
                                                         const struct awsc_lambda_capacity_provider *item,
                                                         struct awsc_error *err);
AWSC_API int awsc_lambda_list_capacity_providers_next_item(struct awsc_pager *pager,
                                                           const struct awsc_lambda_capacity_provider **item,
                                                           struct awsc_error *err);
AWSC_API int awsc_lambda_list_capacity_providers_next_item_async(struct awsc_pager *pager,
                                                                 awsc_lambda_list_capacity_providers_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
AWSC_API int awsc_lambda_list_capacity_providers_collect(struct awsc_pager *pager,
                                                         struct awsc_lambda_list_capacity_providers_output **output,
                                                         struct awsc_error *err);

/* ListCodeSigningConfigs: tokens Marker; results CodeSigningConfigs. */
AWSC_API int awsc_lambda_list_code_signing_configs_paginate(struct awsc_client *client,
                                                            const struct awsc_lambda_list_code_signing_configs_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_lambda_list_code_signing_configs_next_page(struct awsc_pager *pager,
                                                             struct awsc_lambda_list_code_signing_configs_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_code_signing_configs_next_page_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_code_signing_configs_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_lambda_list_code_signing_configs_item_cb(void *user_data,
                                                           int status,
                                                           const struct awsc_lambda_code_signing_config *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_lambda_list_code_signing_configs_next_item(struct awsc_pager *pager,
                                                             const struct awsc_lambda_code_signing_config **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_code_signing_configs_next_item_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_code_signing_configs_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_lambda_list_code_signing_configs_collect(struct awsc_pager *pager,
                                                           struct awsc_lambda_list_code_signing_configs_output **output,
                                                           struct awsc_error *err);

/* ListDurableExecutionsByFunction: tokens Marker; results DurableExecutions. */
AWSC_API int awsc_lambda_list_durable_executions_by_function_paginate(struct awsc_client *client,
                                                                      const struct awsc_lambda_list_durable_executions_by_function_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_durable_executions_by_function_next_page(struct awsc_pager *pager,
                                                                       struct awsc_lambda_list_durable_executions_by_function_output **page,
                                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_list_durable_executions_by_function_next_page_async(struct awsc_pager *pager,
                                                                             awsc_lambda_list_durable_executions_by_function_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);
typedef void awsc_lambda_list_durable_executions_by_function_item_cb(void *user_data,
                                                                     int status,
                                                                     const struct awsc_lambda_execution *item,
                                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_list_durable_executions_by_function_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_lambda_execution **item,
                                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_list_durable_executions_by_function_next_item_async(struct awsc_pager *pager,
                                                                             awsc_lambda_list_durable_executions_by_function_item_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_durable_executions_by_function_collect(struct awsc_pager *pager,
                                                                     struct awsc_lambda_list_durable_executions_by_function_output **output,
                                                                     struct awsc_error *err);

/* ListEventSourceMappings: tokens Marker; results EventSourceMappings. */
AWSC_API int awsc_lambda_list_event_source_mappings_paginate(struct awsc_client *client,
                                                             const struct awsc_lambda_list_event_source_mappings_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_event_source_mappings_next_page(struct awsc_pager *pager,
                                                              struct awsc_lambda_list_event_source_mappings_output **page,
                                                              struct awsc_error *err);
AWSC_API int awsc_lambda_list_event_source_mappings_next_page_async(struct awsc_pager *pager,
                                                                    awsc_lambda_list_event_source_mappings_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);
typedef void awsc_lambda_list_event_source_mappings_item_cb(void *user_data,
                                                            int status,
                                                            const struct awsc_lambda_event_source_mapping_configuration *item,
                                                            struct awsc_error *err);
AWSC_API int awsc_lambda_list_event_source_mappings_next_item(struct awsc_pager *pager,
                                                              const struct awsc_lambda_event_source_mapping_configuration **item,
                                                              struct awsc_error *err);
AWSC_API int awsc_lambda_list_event_source_mappings_next_item_async(struct awsc_pager *pager,
                                                                    awsc_lambda_list_event_source_mappings_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);
AWSC_API int awsc_lambda_list_event_source_mappings_collect(struct awsc_pager *pager,
                                                            struct awsc_lambda_list_event_source_mappings_output **output,
                                                            struct awsc_error *err);

/* ListFunctionEventInvokeConfigs: tokens Marker; results FunctionEventInvokeConfigs. */
AWSC_API int awsc_lambda_list_function_event_invoke_configs_paginate(struct awsc_client *client,
                                                                     const struct awsc_lambda_list_function_event_invoke_configs_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_event_invoke_configs_next_page(struct awsc_pager *pager,
                                                                      struct awsc_lambda_list_function_event_invoke_configs_output **page,
                                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_event_invoke_configs_next_page_async(struct awsc_pager *pager,
                                                                            awsc_lambda_list_function_event_invoke_configs_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err);
typedef void awsc_lambda_list_function_event_invoke_configs_item_cb(void *user_data,
                                                                    int status,
                                                                    const struct awsc_lambda_function_event_invoke_config *item,
                                                                    struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_event_invoke_configs_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_lambda_function_event_invoke_config **item,
                                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_event_invoke_configs_next_item_async(struct awsc_pager *pager,
                                                                            awsc_lambda_list_function_event_invoke_configs_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_event_invoke_configs_collect(struct awsc_pager *pager,
                                                                    struct awsc_lambda_list_function_event_invoke_configs_output **output,
                                                                    struct awsc_error *err);

/* ListFunctionUrlConfigs: tokens Marker; results FunctionUrlConfigs. */
AWSC_API int awsc_lambda_list_function_url_configs_paginate(struct awsc_client *client,
                                                            const struct awsc_lambda_list_function_url_configs_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_url_configs_next_page(struct awsc_pager *pager,
                                                             struct awsc_lambda_list_function_url_configs_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_url_configs_next_page_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_function_url_configs_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_lambda_list_function_url_configs_item_cb(void *user_data,
                                                           int status,
                                                           const struct awsc_lambda_function_url_config *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_url_configs_next_item(struct awsc_pager *pager,
                                                             const struct awsc_lambda_function_url_config **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_url_configs_next_item_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_function_url_configs_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_url_configs_collect(struct awsc_pager *pager,
                                                           struct awsc_lambda_list_function_url_configs_output **output,
                                                           struct awsc_error *err);

/* ListFunctionVersionsByCapacityProvider: tokens Marker; results FunctionVersions. */
AWSC_API int awsc_lambda_list_function_versions_by_capacity_provider_paginate(struct awsc_client *client,
                                                                              const struct awsc_lambda_list_function_versions_by_capacity_provider_input *input,
                                                                              const struct awsc_page_options *options,
                                                                              struct awsc_pager **pager,
                                                                              struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_versions_by_capacity_provider_next_page(struct awsc_pager *pager,
                                                                               struct awsc_lambda_list_function_versions_by_capacity_provider_output **page,
                                                                               struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_versions_by_capacity_provider_next_page_async(struct awsc_pager *pager,
                                                                                     awsc_lambda_list_function_versions_by_capacity_provider_cb *cb,
                                                                                     void *user_data,
                                                                                     struct awsc_error *err);
typedef void awsc_lambda_list_function_versions_by_capacity_provider_item_cb(void *user_data,
                                                                             int status,
                                                                             const struct awsc_lambda_function_versions_by_capacity_provider_list_item *item,
                                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_versions_by_capacity_provider_next_item(struct awsc_pager *pager,
                                                                               const struct awsc_lambda_function_versions_by_capacity_provider_list_item **item,
                                                                               struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_versions_by_capacity_provider_next_item_async(struct awsc_pager *pager,
                                                                                     awsc_lambda_list_function_versions_by_capacity_provider_item_cb *cb,
                                                                                     void *user_data,
                                                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_list_function_versions_by_capacity_provider_collect(struct awsc_pager *pager,
                                                                             struct awsc_lambda_list_function_versions_by_capacity_provider_output **output,
                                                                             struct awsc_error *err);

/* ListFunctions: tokens Marker; results Functions. */
AWSC_API int awsc_lambda_list_functions_paginate(struct awsc_client *client,
                                                 const struct awsc_lambda_list_functions_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_next_page(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_functions_output **page,
                                                  struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_next_page_async(struct awsc_pager *pager,
                                                        awsc_lambda_list_functions_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
typedef void awsc_lambda_list_functions_item_cb(void *user_data,
                                                int status,
                                                const struct awsc_lambda_function_configuration *item,
                                                struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_next_item(struct awsc_pager *pager,
                                                  const struct awsc_lambda_function_configuration **item,
                                                  struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_next_item_async(struct awsc_pager *pager,
                                                        awsc_lambda_list_functions_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_collect(struct awsc_pager *pager,
                                                struct awsc_lambda_list_functions_output **output,
                                                struct awsc_error *err);

/* ListFunctionsByCodeSigningConfig: tokens Marker; results FunctionArns. */
AWSC_API int awsc_lambda_list_functions_by_code_signing_config_paginate(struct awsc_client *client,
                                                                        const struct awsc_lambda_list_functions_by_code_signing_config_input *input,
                                                                        const struct awsc_page_options *options,
                                                                        struct awsc_pager **pager,
                                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_by_code_signing_config_next_page(struct awsc_pager *pager,
                                                                         struct awsc_lambda_list_functions_by_code_signing_config_output **page,
                                                                         struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_by_code_signing_config_next_page_async(struct awsc_pager *pager,
                                                                               awsc_lambda_list_functions_by_code_signing_config_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err);
typedef void awsc_lambda_list_functions_by_code_signing_config_item_cb(void *user_data,
                                                                       int status,
                                                                       const char *item,
                                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_by_code_signing_config_next_item(struct awsc_pager *pager,
                                                                         const char **item,
                                                                         struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_by_code_signing_config_next_item_async(struct awsc_pager *pager,
                                                                               awsc_lambda_list_functions_by_code_signing_config_item_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err);
AWSC_API int awsc_lambda_list_functions_by_code_signing_config_collect(struct awsc_pager *pager,
                                                                       struct awsc_lambda_list_functions_by_code_signing_config_output **output,
                                                                       struct awsc_error *err);

/* ListLayerVersions: tokens Marker; results LayerVersions. */
AWSC_API int awsc_lambda_list_layer_versions_paginate(struct awsc_client *client,
                                                      const struct awsc_lambda_list_layer_versions_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_layer_versions_next_page(struct awsc_pager *pager,
                                                       struct awsc_lambda_list_layer_versions_output **page,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_list_layer_versions_next_page_async(struct awsc_pager *pager,
                                                             awsc_lambda_list_layer_versions_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
typedef void awsc_lambda_list_layer_versions_item_cb(void *user_data,
                                                     int status,
                                                     const struct awsc_lambda_layer_versions_list_item *item,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_list_layer_versions_next_item(struct awsc_pager *pager,
                                                       const struct awsc_lambda_layer_versions_list_item **item,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_list_layer_versions_next_item_async(struct awsc_pager *pager,
                                                             awsc_lambda_list_layer_versions_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_layer_versions_collect(struct awsc_pager *pager,
                                                     struct awsc_lambda_list_layer_versions_output **output,
                                                     struct awsc_error *err);

/* ListLayers: tokens Marker; results Layers. */
AWSC_API int awsc_lambda_list_layers_paginate(struct awsc_client *client,
                                              const struct awsc_lambda_list_layers_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err);
AWSC_API int awsc_lambda_list_layers_next_page(struct awsc_pager *pager,
                                               struct awsc_lambda_list_layers_output **page,
                                               struct awsc_error *err);
AWSC_API int awsc_lambda_list_layers_next_page_async(struct awsc_pager *pager,
                                                     awsc_lambda_list_layers_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
typedef void awsc_lambda_list_layers_item_cb(void *user_data,
                                             int status,
                                             const struct awsc_lambda_layers_list_item *item,
                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_layers_next_item(struct awsc_pager *pager,
                                               const struct awsc_lambda_layers_list_item **item,
                                               struct awsc_error *err);
AWSC_API int awsc_lambda_list_layers_next_item_async(struct awsc_pager *pager,
                                                     awsc_lambda_list_layers_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
AWSC_API int awsc_lambda_list_layers_collect(struct awsc_pager *pager,
                                             struct awsc_lambda_list_layers_output **output,
                                             struct awsc_error *err);

/* ListProvisionedConcurrencyConfigs: tokens Marker; results ProvisionedConcurrencyConfigs. */
AWSC_API int awsc_lambda_list_provisioned_concurrency_configs_paginate(struct awsc_client *client,
                                                                       const struct awsc_lambda_list_provisioned_concurrency_configs_input *input,
                                                                       const struct awsc_page_options *options,
                                                                       struct awsc_pager **pager,
                                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_list_provisioned_concurrency_configs_next_page(struct awsc_pager *pager,
                                                                        struct awsc_lambda_list_provisioned_concurrency_configs_output **page,
                                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_list_provisioned_concurrency_configs_next_page_async(struct awsc_pager *pager,
                                                                              awsc_lambda_list_provisioned_concurrency_configs_cb *cb,
                                                                              void *user_data,
                                                                              struct awsc_error *err);
typedef void awsc_lambda_list_provisioned_concurrency_configs_item_cb(void *user_data,
                                                                      int status,
                                                                      const struct awsc_lambda_provisioned_concurrency_config_list_item *item,
                                                                      struct awsc_error *err);
AWSC_API int awsc_lambda_list_provisioned_concurrency_configs_next_item(struct awsc_pager *pager,
                                                                        const struct awsc_lambda_provisioned_concurrency_config_list_item **item,
                                                                        struct awsc_error *err);
AWSC_API int awsc_lambda_list_provisioned_concurrency_configs_next_item_async(struct awsc_pager *pager,
                                                                              awsc_lambda_list_provisioned_concurrency_configs_item_cb *cb,
                                                                              void *user_data,
                                                                              struct awsc_error *err);
AWSC_API int awsc_lambda_list_provisioned_concurrency_configs_collect(struct awsc_pager *pager,
                                                                      struct awsc_lambda_list_provisioned_concurrency_configs_output **output,
                                                                      struct awsc_error *err);

/* ListVersionsByFunction: tokens Marker; results Versions. */
AWSC_API int awsc_lambda_list_versions_by_function_paginate(struct awsc_client *client,
                                                            const struct awsc_lambda_list_versions_by_function_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_lambda_list_versions_by_function_next_page(struct awsc_pager *pager,
                                                             struct awsc_lambda_list_versions_by_function_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_versions_by_function_next_page_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_versions_by_function_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_lambda_list_versions_by_function_item_cb(void *user_data,
                                                           int status,
                                                           const struct awsc_lambda_function_configuration *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_lambda_list_versions_by_function_next_item(struct awsc_pager *pager,
                                                             const struct awsc_lambda_function_configuration **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_lambda_list_versions_by_function_next_item_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_versions_by_function_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_lambda_list_versions_by_function_collect(struct awsc_pager *pager,
                                                           struct awsc_lambda_list_versions_by_function_output **output,
                                                           struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* -------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* The waiters, sorted by name: awsc_lambda_service's. Each calls
 * its operation until an acceptor ends the wait (see <awsc/wait.h>);
 * options may be NULL for the model's delay and attempts. */

/*
 * FunctionActive: calls GetFunctionConfiguration every 5 s, at most 60 times.
 * Waits for the function's State to be Active. This waiter uses
 * GetFunctionConfiguration API. This should be used after new function
 * creation.
 */
AWSC_API int awsc_lambda_wait_function_active(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_configuration_input *input,
                                              const struct awsc_wait_options *options,
                                              struct awsc_error *err);
AWSC_API int awsc_lambda_wait_function_active_async(struct awsc_client *client,
                                                    const struct awsc_lambda_get_function_configuration_input *input,
                                                    const struct awsc_wait_options *options,
                                                    awsc_wait_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * FunctionActiveV2: calls GetFunction every 1 s, at most 300 times.
 * Waits for the function's State to be Active. This waiter uses GetFunction
 * API. This should be used after new function creation.
 */
AWSC_API int awsc_lambda_wait_function_active_v2(struct awsc_client *client,
                                                 const struct awsc_lambda_get_function_input *input,
                                                 const struct awsc_wait_options *options,
                                                 struct awsc_error *err);
AWSC_API int awsc_lambda_wait_function_active_v2_async(struct awsc_client *client,
                                                       const struct awsc_lambda_get_function_input *input,
                                                       const struct awsc_wait_options *options,
                                                       awsc_wait_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * FunctionExists: calls GetFunction every 1 s, at most 20 times.
 */
AWSC_API int awsc_lambda_wait_function_exists(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_input *input,
                                              const struct awsc_wait_options *options,
                                              struct awsc_error *err);
AWSC_API int awsc_lambda_wait_function_exists_async(struct awsc_client *client,
                                                    const struct awsc_lambda_get_function_input *input,
                                                    const struct awsc_wait_options *options,
                                                    awsc_wait_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * FunctionUpdated: calls GetFunctionConfiguration every 5 s, at most 60 times.
 * Waits for the function's LastUpdateStatus to be Successful. This waiter uses
 * GetFunctionConfiguration API. This should be used after function updates.
 */
AWSC_API int awsc_lambda_wait_function_updated(struct awsc_client *client,
                                               const struct awsc_lambda_get_function_configuration_input *input,
                                               const struct awsc_wait_options *options,
                                               struct awsc_error *err);
AWSC_API int awsc_lambda_wait_function_updated_async(struct awsc_client *client,
                                                     const struct awsc_lambda_get_function_configuration_input *input,
                                                     const struct awsc_wait_options *options,
                                                     awsc_wait_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * FunctionUpdatedV2: calls GetFunction every 1 s, at most 300 times.
 * Waits for the function's LastUpdateStatus to be Successful. This waiter uses
 * GetFunction API. This should be used after function updates.
 */
AWSC_API int awsc_lambda_wait_function_updated_v2(struct awsc_client *client,
                                                  const struct awsc_lambda_get_function_input *input,
                                                  const struct awsc_wait_options *options,
                                                  struct awsc_error *err);
AWSC_API int awsc_lambda_wait_function_updated_v2_async(struct awsc_client *client,
                                                        const struct awsc_lambda_get_function_input *input,
                                                        const struct awsc_wait_options *options,
                                                        awsc_wait_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * PublishedVersionActive: calls GetFunctionConfiguration every 5 s, at most 312 times.
 * Waits for the published version's State to be Active. This waiter uses
 * GetFunctionConfiguration API. This should be used after new version is
 * published.
 */
AWSC_API int awsc_lambda_wait_published_version_active(struct awsc_client *client,
                                                       const struct awsc_lambda_get_function_configuration_input *input,
                                                       const struct awsc_wait_options *options,
                                                       struct awsc_error *err);
AWSC_API int awsc_lambda_wait_published_version_active_async(struct awsc_client *client,
                                                             const struct awsc_lambda_get_function_configuration_input *input,
                                                             const struct awsc_wait_options *options,
                                                             awsc_wait_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
#endif /* AWSC_WITH_WAITERS */

/* --------------------------------------------------------------- errors */

#define AWSC_LAMBDA_ERR_ALIAS_LIMIT_EXCEEDED_EXCEPTION "AliasLimitExceededException"
#define AWSC_LAMBDA_ERR_CALLBACK_TIMEOUT_EXCEPTION "CallbackTimeoutException"
#define AWSC_LAMBDA_ERR_CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION "CapacityProviderLimitExceededException"
#define AWSC_LAMBDA_ERR_CODE_ARTIFACT_USER_DELETED_EXCEPTION "CodeArtifactUserDeletedException"
#define AWSC_LAMBDA_ERR_CODE_ARTIFACT_USER_FAILED_EXCEPTION "CodeArtifactUserFailedException"
#define AWSC_LAMBDA_ERR_CODE_ARTIFACT_USER_PENDING_EXCEPTION "CodeArtifactUserPendingException"
#define AWSC_LAMBDA_ERR_CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION "CodeSigningConfigNotFoundException"
#define AWSC_LAMBDA_ERR_CODE_STORAGE_EXCEEDED_EXCEPTION "CodeStorageExceededException"
#define AWSC_LAMBDA_ERR_CODE_VERIFICATION_FAILED_EXCEPTION "CodeVerificationFailedException"
#define AWSC_LAMBDA_ERR_DURABLE_EXECUTION_ALREADY_STARTED_EXCEPTION "DurableExecutionAlreadyStartedException"
#define AWSC_LAMBDA_ERR_EC2_ACCESS_DENIED_EXCEPTION "EC2AccessDeniedException"
#define AWSC_LAMBDA_ERR_EC2_THROTTLED_EXCEPTION "EC2ThrottledException"
#define AWSC_LAMBDA_ERR_EC2_UNEXPECTED_EXCEPTION "EC2UnexpectedException"
#define AWSC_LAMBDA_ERR_EFSIOEXCEPTION "EFSIOException"
#define AWSC_LAMBDA_ERR_EFSMOUNT_CONNECTIVITY_EXCEPTION "EFSMountConnectivityException"
#define AWSC_LAMBDA_ERR_EFSMOUNT_FAILURE_EXCEPTION "EFSMountFailureException"
#define AWSC_LAMBDA_ERR_EFSMOUNT_TIMEOUT_EXCEPTION "EFSMountTimeoutException"
#define AWSC_LAMBDA_ERR_ENILIMIT_REACHED_EXCEPTION "ENILimitReachedException"
#define AWSC_LAMBDA_ERR_ENINOT_READY_EXCEPTION "ENINotReadyException"
#define AWSC_LAMBDA_ERR_FUNCTION_VERSIONS_PER_CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION "FunctionVersionsPerCapacityProviderLimitExceededException"
#define AWSC_LAMBDA_ERR_INVALID_CODE_SIGNATURE_EXCEPTION "InvalidCodeSignatureException"
#define AWSC_LAMBDA_ERR_INVALID_PARAMETER_VALUE_EXCEPTION "InvalidParameterValueException"
#define AWSC_LAMBDA_ERR_INVALID_REQUEST_CONTENT_EXCEPTION "InvalidRequestContentException"
#define AWSC_LAMBDA_ERR_INVALID_RUNTIME_EXCEPTION "InvalidRuntimeException"
#define AWSC_LAMBDA_ERR_INVALID_SECURITY_GROUP_IDEXCEPTION "InvalidSecurityGroupIDException"
#define AWSC_LAMBDA_ERR_INVALID_SUBNET_IDEXCEPTION "InvalidSubnetIDException"
#define AWSC_LAMBDA_ERR_INVALID_ZIP_FILE_EXCEPTION "InvalidZipFileException"
#define AWSC_LAMBDA_ERR_KMSACCESS_DENIED_EXCEPTION "KMSAccessDeniedException"
#define AWSC_LAMBDA_ERR_KMSDISABLED_EXCEPTION "KMSDisabledException"
#define AWSC_LAMBDA_ERR_KMSINVALID_STATE_EXCEPTION "KMSInvalidStateException"
#define AWSC_LAMBDA_ERR_KMSNOT_FOUND_EXCEPTION "KMSNotFoundException"
#define AWSC_LAMBDA_ERR_MODE_NOT_SUPPORTED_EXCEPTION "ModeNotSupportedException"
#define AWSC_LAMBDA_ERR_NO_PUBLISHED_VERSION_EXCEPTION "NoPublishedVersionException"
#define AWSC_LAMBDA_ERR_POLICY_LENGTH_EXCEEDED_EXCEPTION "PolicyLengthExceededException"
#define AWSC_LAMBDA_ERR_PRECONDITION_FAILED_EXCEPTION "PreconditionFailedException"
#define AWSC_LAMBDA_ERR_PROVISIONED_CONCURRENCY_CONFIG_NOT_FOUND_EXCEPTION "ProvisionedConcurrencyConfigNotFoundException"
#define AWSC_LAMBDA_ERR_PUBLIC_POLICY_EXCEPTION "PublicPolicyException"
#define AWSC_LAMBDA_ERR_RECURSIVE_INVOCATION_EXCEPTION "RecursiveInvocationException"
#define AWSC_LAMBDA_ERR_REQUEST_TOO_LARGE_EXCEPTION "RequestTooLargeException"
#define AWSC_LAMBDA_ERR_RESOURCE_CONFLICT_EXCEPTION "ResourceConflictException"
#define AWSC_LAMBDA_ERR_RESOURCE_IN_USE_EXCEPTION "ResourceInUseException"
#define AWSC_LAMBDA_ERR_RESOURCE_NOT_FOUND_EXCEPTION "ResourceNotFoundException"
#define AWSC_LAMBDA_ERR_RESOURCE_NOT_READY_EXCEPTION "ResourceNotReadyException"
#define AWSC_LAMBDA_ERR_S3_FILES_MOUNT_CONNECTIVITY_EXCEPTION "S3FilesMountConnectivityException"
#define AWSC_LAMBDA_ERR_S3_FILES_MOUNT_FAILURE_EXCEPTION "S3FilesMountFailureException"
#define AWSC_LAMBDA_ERR_S3_FILES_MOUNT_TIMEOUT_EXCEPTION "S3FilesMountTimeoutException"
#define AWSC_LAMBDA_ERR_SERIALIZED_REQUEST_ENTITY_TOO_LARGE_EXCEPTION "SerializedRequestEntityTooLargeException"
#define AWSC_LAMBDA_ERR_SERVICE_EXCEPTION "ServiceException"
#define AWSC_LAMBDA_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION "ServiceQuotaExceededException"
#define AWSC_LAMBDA_ERR_SNAP_START_EXCEPTION "SnapStartException"
#define AWSC_LAMBDA_ERR_SNAP_START_NOT_READY_EXCEPTION "SnapStartNotReadyException"
#define AWSC_LAMBDA_ERR_SNAP_START_REGENERATION_FAILURE_EXCEPTION "SnapStartRegenerationFailureException"
#define AWSC_LAMBDA_ERR_SNAP_START_TIMEOUT_EXCEPTION "SnapStartTimeoutException"
#define AWSC_LAMBDA_ERR_SUBNET_IPADDRESS_LIMIT_REACHED_EXCEPTION "SubnetIPAddressLimitReachedException"
#define AWSC_LAMBDA_ERR_TOO_MANY_REQUESTS_EXCEPTION "TooManyRequestsException"
#define AWSC_LAMBDA_ERR_UNSUPPORTED_MEDIA_TYPE_EXCEPTION "UnsupportedMediaTypeException"

#ifdef __cplusplus
}
#endif
#endif
