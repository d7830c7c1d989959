/*
 * awsc/iam.h - AWS Identity and Access Management (IAM, API 2010-05-08).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_IAM_H
#define AWSC_IAM_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_iam_service() to awsc_client_new(), or use
 * awsc_iam_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_iam_service(void);

static inline int awsc_iam_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_iam_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* AccessAdvisorUsageGranularityType: members of this type are strings; parse them with
 * awsc_iam_access_advisor_usage_granularity_type_parse(). Values newer than this model parse as
 * AWSC_IAM_ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE_UNKNOWN. */
enum awsc_iam_access_advisor_usage_granularity_type {
    AWSC_IAM_ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE_UNKNOWN = 0,
    AWSC_IAM_ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE_SERVICE_LEVEL = 1, /* SERVICE_LEVEL */
    AWSC_IAM_ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE_ACTION_LEVEL = 2 /* ACTION_LEVEL */
};
AWSC_API enum awsc_iam_access_advisor_usage_granularity_type awsc_iam_access_advisor_usage_granularity_type_parse(const char *value);
AWSC_API const char *awsc_iam_access_advisor_usage_granularity_type_str(enum awsc_iam_access_advisor_usage_granularity_type value);

/* AttachmentType: members of this type are strings; parse them with
 * awsc_iam_attachment_type_parse(). Values newer than this model parse as
 * AWSC_IAM_ATTACHMENT_TYPE_UNKNOWN. */
enum awsc_iam_attachment_type {
    AWSC_IAM_ATTACHMENT_TYPE_UNKNOWN = 0,
    AWSC_IAM_ATTACHMENT_TYPE_USER = 1, /* user */
    AWSC_IAM_ATTACHMENT_TYPE_GROUP = 2, /* group */
    AWSC_IAM_ATTACHMENT_TYPE_ROLE = 3 /* role */
};
AWSC_API enum awsc_iam_attachment_type awsc_iam_attachment_type_parse(const char *value);
AWSC_API const char *awsc_iam_attachment_type_str(enum awsc_iam_attachment_type value);

/* ContextKeyTypeEnum: members of this type are strings; parse them with
 * awsc_iam_context_key_type_enum_parse(). Values newer than this model parse as
 * AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_UNKNOWN. */
enum awsc_iam_context_key_type_enum {
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_UNKNOWN = 0,
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_STRING = 1, /* string */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_STRING_LIST = 2, /* stringList */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_NUMERIC = 3, /* numeric */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_NUMERIC_LIST = 4, /* numericList */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_BOOLEAN = 5, /* boolean */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_BOOLEAN_LIST = 6, /* booleanList */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_IP = 7, /* ip */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_IP_LIST = 8, /* ipList */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_BINARY = 9, /* binary */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_BINARY_LIST = 10, /* binaryList */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_DATE = 11, /* date */
    AWSC_IAM_CONTEXT_KEY_TYPE_ENUM_DATE_LIST = 12 /* dateList */
};
AWSC_API enum awsc_iam_context_key_type_enum awsc_iam_context_key_type_enum_parse(const char *value);
AWSC_API const char *awsc_iam_context_key_type_enum_str(enum awsc_iam_context_key_type_enum value);

/* DeletionTaskStatusType: members of this type are strings; parse them with
 * awsc_iam_deletion_task_status_type_parse(). Values newer than this model parse as
 * AWSC_IAM_DELETION_TASK_STATUS_TYPE_UNKNOWN. */
enum awsc_iam_deletion_task_status_type {
    AWSC_IAM_DELETION_TASK_STATUS_TYPE_UNKNOWN = 0,
    AWSC_IAM_DELETION_TASK_STATUS_TYPE_SUCCEEDED = 1, /* SUCCEEDED */
    AWSC_IAM_DELETION_TASK_STATUS_TYPE_IN_PROGRESS = 2, /* IN_PROGRESS */
    AWSC_IAM_DELETION_TASK_STATUS_TYPE_FAILED = 3, /* FAILED */
    AWSC_IAM_DELETION_TASK_STATUS_TYPE_NOT_STARTED = 4 /* NOT_STARTED */
};
AWSC_API enum awsc_iam_deletion_task_status_type awsc_iam_deletion_task_status_type_parse(const char *value);
AWSC_API const char *awsc_iam_deletion_task_status_type_str(enum awsc_iam_deletion_task_status_type value);

/* EntityType: members of this type are strings; parse them with
 * awsc_iam_entity_type_parse(). Values newer than this model parse as
 * AWSC_IAM_ENTITY_TYPE_UNKNOWN. */
enum awsc_iam_entity_type {
    AWSC_IAM_ENTITY_TYPE_UNKNOWN = 0,
    AWSC_IAM_ENTITY_TYPE_USER = 1, /* User */
    AWSC_IAM_ENTITY_TYPE_ROLE = 2, /* Role */
    AWSC_IAM_ENTITY_TYPE_GROUP = 3, /* Group */
    AWSC_IAM_ENTITY_TYPE_LOCAL_MANAGED_POLICY = 4, /* LocalManagedPolicy */
    AWSC_IAM_ENTITY_TYPE_AWSMANAGED_POLICY = 5 /* AWSManagedPolicy */
};
AWSC_API enum awsc_iam_entity_type awsc_iam_entity_type_parse(const char *value);
AWSC_API const char *awsc_iam_entity_type_str(enum awsc_iam_entity_type value);

/* FeatureType: members of this type are strings; parse them with
 * awsc_iam_feature_type_parse(). Values newer than this model parse as
 * AWSC_IAM_FEATURE_TYPE_UNKNOWN. */
enum awsc_iam_feature_type {
    AWSC_IAM_FEATURE_TYPE_UNKNOWN = 0,
    AWSC_IAM_FEATURE_TYPE_ROOT_CREDENTIALS_MANAGEMENT = 1, /* RootCredentialsManagement */
    AWSC_IAM_FEATURE_TYPE_ROOT_SESSIONS = 2 /* RootSessions */
};
AWSC_API enum awsc_iam_feature_type awsc_iam_feature_type_parse(const char *value);
AWSC_API const char *awsc_iam_feature_type_str(enum awsc_iam_feature_type value);

/* PermissionsBoundaryAttachmentType: members of this type are strings; parse them with
 * awsc_iam_permissions_boundary_attachment_type_parse(). Values newer than this model parse as
 * AWSC_IAM_PERMISSIONS_BOUNDARY_ATTACHMENT_TYPE_UNKNOWN. */
enum awsc_iam_permissions_boundary_attachment_type {
    AWSC_IAM_PERMISSIONS_BOUNDARY_ATTACHMENT_TYPE_UNKNOWN = 0,
    AWSC_IAM_PERMISSIONS_BOUNDARY_ATTACHMENT_TYPE_PERMISSIONS_BOUNDARY_POLICY = 1 /* PermissionsBoundaryPolicy */
};
AWSC_API enum awsc_iam_permissions_boundary_attachment_type awsc_iam_permissions_boundary_attachment_type_parse(const char *value);
AWSC_API const char *awsc_iam_permissions_boundary_attachment_type_str(enum awsc_iam_permissions_boundary_attachment_type value);

/* PolicyEvaluationDecisionType: members of this type are strings; parse them with
 * awsc_iam_policy_evaluation_decision_type_parse(). Values newer than this model parse as
 * AWSC_IAM_POLICY_EVALUATION_DECISION_TYPE_UNKNOWN. */
enum awsc_iam_policy_evaluation_decision_type {
    AWSC_IAM_POLICY_EVALUATION_DECISION_TYPE_UNKNOWN = 0,
    AWSC_IAM_POLICY_EVALUATION_DECISION_TYPE_ALLOWED = 1, /* allowed */
    AWSC_IAM_POLICY_EVALUATION_DECISION_TYPE_EXPLICIT_DENY = 2, /* explicitDeny */
    AWSC_IAM_POLICY_EVALUATION_DECISION_TYPE_IMPLICIT_DENY = 3 /* implicitDeny */
};
AWSC_API enum awsc_iam_policy_evaluation_decision_type awsc_iam_policy_evaluation_decision_type_parse(const char *value);
AWSC_API const char *awsc_iam_policy_evaluation_decision_type_str(enum awsc_iam_policy_evaluation_decision_type value);

/* PolicyIdentifierPolicyType: members of this type are strings; parse them with
 * awsc_iam_policy_identifier_policy_type_parse(). Values newer than this model parse as
 * AWSC_IAM_POLICY_IDENTIFIER_POLICY_TYPE_UNKNOWN. */
enum awsc_iam_policy_identifier_policy_type {
    AWSC_IAM_POLICY_IDENTIFIER_POLICY_TYPE_UNKNOWN = 0,
    AWSC_IAM_POLICY_IDENTIFIER_POLICY_TYPE_INLINE = 1, /* inline */
    AWSC_IAM_POLICY_IDENTIFIER_POLICY_TYPE_AWS_MANAGED = 2, /* aws-managed */
    AWSC_IAM_POLICY_IDENTIFIER_POLICY_TYPE_USER_MANAGED = 3, /* user-managed */
    AWSC_IAM_POLICY_IDENTIFIER_POLICY_TYPE_PERMISSION_BOUNDARY = 4, /* permission-boundary */
    AWSC_IAM_POLICY_IDENTIFIER_POLICY_TYPE_SCP = 5, /* scp */
    AWSC_IAM_POLICY_IDENTIFIER_POLICY_TYPE_RCP = 6 /* rcp */
};
AWSC_API enum awsc_iam_policy_identifier_policy_type awsc_iam_policy_identifier_policy_type_parse(const char *value);
AWSC_API const char *awsc_iam_policy_identifier_policy_type_str(enum awsc_iam_policy_identifier_policy_type value);

/* PolicyParameterTypeEnum: members of this type are strings; parse them with
 * awsc_iam_policy_parameter_type_enum_parse(). Values newer than this model parse as
 * AWSC_IAM_POLICY_PARAMETER_TYPE_ENUM_UNKNOWN. */
enum awsc_iam_policy_parameter_type_enum {
    AWSC_IAM_POLICY_PARAMETER_TYPE_ENUM_UNKNOWN = 0,
    AWSC_IAM_POLICY_PARAMETER_TYPE_ENUM_STRING = 1, /* string */
    AWSC_IAM_POLICY_PARAMETER_TYPE_ENUM_STRING_LIST = 2 /* stringList */
};
AWSC_API enum awsc_iam_policy_parameter_type_enum awsc_iam_policy_parameter_type_enum_parse(const char *value);
AWSC_API const char *awsc_iam_policy_parameter_type_enum_str(enum awsc_iam_policy_parameter_type_enum value);

/* PolicySourceType: members of this type are strings; parse them with
 * awsc_iam_policy_source_type_parse(). Values newer than this model parse as
 * AWSC_IAM_POLICY_SOURCE_TYPE_UNKNOWN. */
enum awsc_iam_policy_source_type {
    AWSC_IAM_POLICY_SOURCE_TYPE_UNKNOWN = 0,
    AWSC_IAM_POLICY_SOURCE_TYPE_USER = 1, /* user */
    AWSC_IAM_POLICY_SOURCE_TYPE_GROUP = 2, /* group */
    AWSC_IAM_POLICY_SOURCE_TYPE_ROLE = 3, /* role */
    AWSC_IAM_POLICY_SOURCE_TYPE_AWS_MANAGED = 4, /* aws-managed */
    AWSC_IAM_POLICY_SOURCE_TYPE_USER_MANAGED = 5, /* user-managed */
    AWSC_IAM_POLICY_SOURCE_TYPE_RESOURCE = 6, /* resource */
    AWSC_IAM_POLICY_SOURCE_TYPE_NONE = 7 /* none */
};
AWSC_API enum awsc_iam_policy_source_type awsc_iam_policy_source_type_parse(const char *value);
AWSC_API const char *awsc_iam_policy_source_type_str(enum awsc_iam_policy_source_type value);

/* PolicyUsageType: members of this type are strings; parse them with
 * awsc_iam_policy_usage_type_parse(). Values newer than this model parse as
 * AWSC_IAM_POLICY_USAGE_TYPE_UNKNOWN. */
enum awsc_iam_policy_usage_type {
    AWSC_IAM_POLICY_USAGE_TYPE_UNKNOWN = 0,
    AWSC_IAM_POLICY_USAGE_TYPE_PERMISSIONS_POLICY = 1, /* PermissionsPolicy */
    AWSC_IAM_POLICY_USAGE_TYPE_PERMISSIONS_BOUNDARY = 2 /* PermissionsBoundary */
};
AWSC_API enum awsc_iam_policy_usage_type awsc_iam_policy_usage_type_parse(const char *value);
AWSC_API const char *awsc_iam_policy_usage_type_str(enum awsc_iam_policy_usage_type value);

/* ReportFormatType: members of this type are strings; parse them with
 * awsc_iam_report_format_type_parse(). Values newer than this model parse as
 * AWSC_IAM_REPORT_FORMAT_TYPE_UNKNOWN. */
enum awsc_iam_report_format_type {
    AWSC_IAM_REPORT_FORMAT_TYPE_UNKNOWN = 0,
    AWSC_IAM_REPORT_FORMAT_TYPE_TEXT_CSV = 1 /* text/csv */
};
AWSC_API enum awsc_iam_report_format_type awsc_iam_report_format_type_parse(const char *value);
AWSC_API const char *awsc_iam_report_format_type_str(enum awsc_iam_report_format_type value);

/* ReportStateType: members of this type are strings; parse them with
 * awsc_iam_report_state_type_parse(). Values newer than this model parse as
 * AWSC_IAM_REPORT_STATE_TYPE_UNKNOWN. */
enum awsc_iam_report_state_type {
    AWSC_IAM_REPORT_STATE_TYPE_UNKNOWN = 0,
    AWSC_IAM_REPORT_STATE_TYPE_STARTED = 1, /* STARTED */
    AWSC_IAM_REPORT_STATE_TYPE_INPROGRESS = 2, /* INPROGRESS */
    AWSC_IAM_REPORT_STATE_TYPE_COMPLETE = 3 /* COMPLETE */
};
AWSC_API enum awsc_iam_report_state_type awsc_iam_report_state_type_parse(const char *value);
AWSC_API const char *awsc_iam_report_state_type_str(enum awsc_iam_report_state_type value);

/* assertionEncryptionModeType: members of this type are strings; parse them with
 * awsc_iam_assertion_encryption_mode_type_parse(). Values newer than this model parse as
 * AWSC_IAM_ASSERTION_ENCRYPTION_MODE_TYPE_UNKNOWN. */
enum awsc_iam_assertion_encryption_mode_type {
    AWSC_IAM_ASSERTION_ENCRYPTION_MODE_TYPE_UNKNOWN = 0,
    AWSC_IAM_ASSERTION_ENCRYPTION_MODE_TYPE_REQUIRED = 1, /* Required */
    AWSC_IAM_ASSERTION_ENCRYPTION_MODE_TYPE_ALLOWED = 2 /* Allowed */
};
AWSC_API enum awsc_iam_assertion_encryption_mode_type awsc_iam_assertion_encryption_mode_type_parse(const char *value);
AWSC_API const char *awsc_iam_assertion_encryption_mode_type_str(enum awsc_iam_assertion_encryption_mode_type value);

/* assignmentStatusType: members of this type are strings; parse them with
 * awsc_iam_assignment_status_type_parse(). Values newer than this model parse as
 * AWSC_IAM_ASSIGNMENT_STATUS_TYPE_UNKNOWN. */
enum awsc_iam_assignment_status_type {
    AWSC_IAM_ASSIGNMENT_STATUS_TYPE_UNKNOWN = 0,
    AWSC_IAM_ASSIGNMENT_STATUS_TYPE_ASSIGNED = 1, /* Assigned */
    AWSC_IAM_ASSIGNMENT_STATUS_TYPE_UNASSIGNED = 2, /* Unassigned */
    AWSC_IAM_ASSIGNMENT_STATUS_TYPE_ANY = 3 /* Any */
};
AWSC_API enum awsc_iam_assignment_status_type awsc_iam_assignment_status_type_parse(const char *value);
AWSC_API const char *awsc_iam_assignment_status_type_str(enum awsc_iam_assignment_status_type value);

/* encodingType: members of this type are strings; parse them with
 * awsc_iam_encoding_type_parse(). Values newer than this model parse as
 * AWSC_IAM_ENCODING_TYPE_UNKNOWN. */
enum awsc_iam_encoding_type {
    AWSC_IAM_ENCODING_TYPE_UNKNOWN = 0,
    AWSC_IAM_ENCODING_TYPE_SSH = 1, /* SSH */
    AWSC_IAM_ENCODING_TYPE_PEM = 2 /* PEM */
};
AWSC_API enum awsc_iam_encoding_type awsc_iam_encoding_type_parse(const char *value);
AWSC_API const char *awsc_iam_encoding_type_str(enum awsc_iam_encoding_type value);

/* globalEndpointTokenVersion: members of this type are strings; parse them with
 * awsc_iam_global_endpoint_token_version_parse(). Values newer than this model parse as
 * AWSC_IAM_GLOBAL_ENDPOINT_TOKEN_VERSION_UNKNOWN. */
enum awsc_iam_global_endpoint_token_version {
    AWSC_IAM_GLOBAL_ENDPOINT_TOKEN_VERSION_UNKNOWN = 0,
    AWSC_IAM_GLOBAL_ENDPOINT_TOKEN_VERSION_V1_TOKEN = 1, /* v1Token */
    AWSC_IAM_GLOBAL_ENDPOINT_TOKEN_VERSION_V2_TOKEN = 2 /* v2Token */
};
AWSC_API enum awsc_iam_global_endpoint_token_version awsc_iam_global_endpoint_token_version_parse(const char *value);
AWSC_API const char *awsc_iam_global_endpoint_token_version_str(enum awsc_iam_global_endpoint_token_version value);

/* jobStatusType: members of this type are strings; parse them with
 * awsc_iam_job_status_type_parse(). Values newer than this model parse as
 * AWSC_IAM_JOB_STATUS_TYPE_UNKNOWN. */
enum awsc_iam_job_status_type {
    AWSC_IAM_JOB_STATUS_TYPE_UNKNOWN = 0,
    AWSC_IAM_JOB_STATUS_TYPE_IN_PROGRESS = 1, /* IN_PROGRESS */
    AWSC_IAM_JOB_STATUS_TYPE_COMPLETED = 2, /* COMPLETED */
    AWSC_IAM_JOB_STATUS_TYPE_FAILED = 3 /* FAILED */
};
AWSC_API enum awsc_iam_job_status_type awsc_iam_job_status_type_parse(const char *value);
AWSC_API const char *awsc_iam_job_status_type_str(enum awsc_iam_job_status_type value);

/* permissionCheckResultType: members of this type are strings; parse them with
 * awsc_iam_permission_check_result_type_parse(). Values newer than this model parse as
 * AWSC_IAM_PERMISSION_CHECK_RESULT_TYPE_UNKNOWN. */
enum awsc_iam_permission_check_result_type {
    AWSC_IAM_PERMISSION_CHECK_RESULT_TYPE_UNKNOWN = 0,
    AWSC_IAM_PERMISSION_CHECK_RESULT_TYPE_ALLOWED = 1, /* ALLOWED */
    AWSC_IAM_PERMISSION_CHECK_RESULT_TYPE_DENIED = 2, /* DENIED */
    AWSC_IAM_PERMISSION_CHECK_RESULT_TYPE_UNSURE = 3 /* UNSURE */
};
AWSC_API enum awsc_iam_permission_check_result_type awsc_iam_permission_check_result_type_parse(const char *value);
AWSC_API const char *awsc_iam_permission_check_result_type_str(enum awsc_iam_permission_check_result_type value);

/* permissionCheckStatusType: members of this type are strings; parse them with
 * awsc_iam_permission_check_status_type_parse(). Values newer than this model parse as
 * AWSC_IAM_PERMISSION_CHECK_STATUS_TYPE_UNKNOWN. */
enum awsc_iam_permission_check_status_type {
    AWSC_IAM_PERMISSION_CHECK_STATUS_TYPE_UNKNOWN = 0,
    AWSC_IAM_PERMISSION_CHECK_STATUS_TYPE_COMPLETE = 1, /* COMPLETE */
    AWSC_IAM_PERMISSION_CHECK_STATUS_TYPE_IN_PROGRESS = 2, /* IN_PROGRESS */
    AWSC_IAM_PERMISSION_CHECK_STATUS_TYPE_FAILED = 3 /* FAILED */
};
AWSC_API enum awsc_iam_permission_check_status_type awsc_iam_permission_check_status_type_parse(const char *value);
AWSC_API const char *awsc_iam_permission_check_status_type_str(enum awsc_iam_permission_check_status_type value);

/* policyOwnerEntityType: members of this type are strings; parse them with
 * awsc_iam_policy_owner_entity_type_parse(). Values newer than this model parse as
 * AWSC_IAM_POLICY_OWNER_ENTITY_TYPE_UNKNOWN. */
enum awsc_iam_policy_owner_entity_type {
    AWSC_IAM_POLICY_OWNER_ENTITY_TYPE_UNKNOWN = 0,
    AWSC_IAM_POLICY_OWNER_ENTITY_TYPE_USER = 1, /* USER */
    AWSC_IAM_POLICY_OWNER_ENTITY_TYPE_ROLE = 2, /* ROLE */
    AWSC_IAM_POLICY_OWNER_ENTITY_TYPE_GROUP = 3 /* GROUP */
};
AWSC_API enum awsc_iam_policy_owner_entity_type awsc_iam_policy_owner_entity_type_parse(const char *value);
AWSC_API const char *awsc_iam_policy_owner_entity_type_str(enum awsc_iam_policy_owner_entity_type value);

/* policyScopeType: members of this type are strings; parse them with
 * awsc_iam_policy_scope_type_parse(). Values newer than this model parse as
 * AWSC_IAM_POLICY_SCOPE_TYPE_UNKNOWN. */
enum awsc_iam_policy_scope_type {
    AWSC_IAM_POLICY_SCOPE_TYPE_UNKNOWN = 0,
    AWSC_IAM_POLICY_SCOPE_TYPE_ALL = 1, /* All */
    AWSC_IAM_POLICY_SCOPE_TYPE_AWS = 2, /* AWS */
    AWSC_IAM_POLICY_SCOPE_TYPE_LOCAL = 3 /* Local */
};
AWSC_API enum awsc_iam_policy_scope_type awsc_iam_policy_scope_type_parse(const char *value);
AWSC_API const char *awsc_iam_policy_scope_type_str(enum awsc_iam_policy_scope_type value);

/* policyType: members of this type are strings; parse them with
 * awsc_iam_policy_type_parse(). Values newer than this model parse as
 * AWSC_IAM_POLICY_TYPE_UNKNOWN. */
enum awsc_iam_policy_type {
    AWSC_IAM_POLICY_TYPE_UNKNOWN = 0,
    AWSC_IAM_POLICY_TYPE_INLINE = 1, /* INLINE */
    AWSC_IAM_POLICY_TYPE_MANAGED = 2 /* MANAGED */
};
AWSC_API enum awsc_iam_policy_type awsc_iam_policy_type_parse(const char *value);
AWSC_API const char *awsc_iam_policy_type_str(enum awsc_iam_policy_type value);

/* sortKeyType: members of this type are strings; parse them with
 * awsc_iam_sort_key_type_parse(). Values newer than this model parse as
 * AWSC_IAM_SORT_KEY_TYPE_UNKNOWN. */
enum awsc_iam_sort_key_type {
    AWSC_IAM_SORT_KEY_TYPE_UNKNOWN = 0,
    AWSC_IAM_SORT_KEY_TYPE_SERVICE_NAMESPACE_ASCENDING = 1, /* SERVICE_NAMESPACE_ASCENDING */
    AWSC_IAM_SORT_KEY_TYPE_SERVICE_NAMESPACE_DESCENDING = 2, /* SERVICE_NAMESPACE_DESCENDING */
    AWSC_IAM_SORT_KEY_TYPE_LAST_AUTHENTICATED_TIME_ASCENDING = 3, /* LAST_AUTHENTICATED_TIME_ASCENDING */
    AWSC_IAM_SORT_KEY_TYPE_LAST_AUTHENTICATED_TIME_DESCENDING = 4 /* LAST_AUTHENTICATED_TIME_DESCENDING */
};
AWSC_API enum awsc_iam_sort_key_type awsc_iam_sort_key_type_parse(const char *value);
AWSC_API const char *awsc_iam_sort_key_type_str(enum awsc_iam_sort_key_type value);

/* stateType: members of this type are strings; parse them with
 * awsc_iam_state_type_parse(). Values newer than this model parse as
 * AWSC_IAM_STATE_TYPE_UNKNOWN. */
enum awsc_iam_state_type {
    AWSC_IAM_STATE_TYPE_UNKNOWN = 0,
    AWSC_IAM_STATE_TYPE_UNASSIGNED = 1, /* UNASSIGNED */
    AWSC_IAM_STATE_TYPE_ASSIGNED = 2, /* ASSIGNED */
    AWSC_IAM_STATE_TYPE_PENDING_APPROVAL = 3, /* PENDING_APPROVAL */
    AWSC_IAM_STATE_TYPE_FINALIZED = 4, /* FINALIZED */
    AWSC_IAM_STATE_TYPE_ACCEPTED = 5, /* ACCEPTED */
    AWSC_IAM_STATE_TYPE_REJECTED = 6, /* REJECTED */
    AWSC_IAM_STATE_TYPE_EXPIRED = 7 /* EXPIRED */
};
AWSC_API enum awsc_iam_state_type awsc_iam_state_type_parse(const char *value);
AWSC_API const char *awsc_iam_state_type_str(enum awsc_iam_state_type value);

/* statusType: members of this type are strings; parse them with
 * awsc_iam_status_type_parse(). Values newer than this model parse as
 * AWSC_IAM_STATUS_TYPE_UNKNOWN. */
enum awsc_iam_status_type {
    AWSC_IAM_STATUS_TYPE_UNKNOWN = 0,
    AWSC_IAM_STATUS_TYPE_ACTIVE = 1, /* Active */
    AWSC_IAM_STATUS_TYPE_INACTIVE = 2, /* Inactive */
    AWSC_IAM_STATUS_TYPE_EXPIRED = 3 /* Expired */
};
AWSC_API enum awsc_iam_status_type awsc_iam_status_type_parse(const char *value);
AWSC_API const char *awsc_iam_status_type_str(enum awsc_iam_status_type value);

/* summaryKeyType: members of this type are strings; parse them with
 * awsc_iam_summary_key_type_parse(). Values newer than this model parse as
 * AWSC_IAM_SUMMARY_KEY_TYPE_UNKNOWN. */
enum awsc_iam_summary_key_type {
    AWSC_IAM_SUMMARY_KEY_TYPE_UNKNOWN = 0,
    AWSC_IAM_SUMMARY_KEY_TYPE_USERS = 1, /* Users */
    AWSC_IAM_SUMMARY_KEY_TYPE_USERS_QUOTA = 2, /* UsersQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_GROUPS = 3, /* Groups */
    AWSC_IAM_SUMMARY_KEY_TYPE_GROUPS_QUOTA = 4, /* GroupsQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_SERVER_CERTIFICATES = 5, /* ServerCertificates */
    AWSC_IAM_SUMMARY_KEY_TYPE_SERVER_CERTIFICATES_QUOTA = 6, /* ServerCertificatesQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_USER_POLICY_SIZE_QUOTA = 7, /* UserPolicySizeQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_GROUP_POLICY_SIZE_QUOTA = 8, /* GroupPolicySizeQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_GROUPS_PER_USER_QUOTA = 9, /* GroupsPerUserQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_SIGNING_CERTIFICATES_PER_USER_QUOTA = 10, /* SigningCertificatesPerUserQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_ACCESS_KEYS_PER_USER_QUOTA = 11, /* AccessKeysPerUserQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_MFADEVICES = 12, /* MFADevices */
    AWSC_IAM_SUMMARY_KEY_TYPE_MFADEVICES_IN_USE = 13, /* MFADevicesInUse */
    AWSC_IAM_SUMMARY_KEY_TYPE_ACCOUNT_MFAENABLED = 14, /* AccountMFAEnabled */
    AWSC_IAM_SUMMARY_KEY_TYPE_ACCOUNT_ACCESS_KEYS_PRESENT = 15, /* AccountAccessKeysPresent */
    AWSC_IAM_SUMMARY_KEY_TYPE_ACCOUNT_PASSWORD_PRESENT = 16, /* AccountPasswordPresent */
    AWSC_IAM_SUMMARY_KEY_TYPE_ACCOUNT_SIGNING_CERTIFICATES_PRESENT = 17, /* AccountSigningCertificatesPresent */
    AWSC_IAM_SUMMARY_KEY_TYPE_ATTACHED_POLICIES_PER_GROUP_QUOTA = 18, /* AttachedPoliciesPerGroupQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_ATTACHED_POLICIES_PER_ROLE_QUOTA = 19, /* AttachedPoliciesPerRoleQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_ATTACHED_POLICIES_PER_USER_QUOTA = 20, /* AttachedPoliciesPerUserQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_POLICIES = 21, /* Policies */
    AWSC_IAM_SUMMARY_KEY_TYPE_POLICIES_QUOTA = 22, /* PoliciesQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_POLICY_SIZE_QUOTA = 23, /* PolicySizeQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_POLICY_VERSIONS_IN_USE = 24, /* PolicyVersionsInUse */
    AWSC_IAM_SUMMARY_KEY_TYPE_POLICY_VERSIONS_IN_USE_QUOTA = 25, /* PolicyVersionsInUseQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_VERSIONS_PER_POLICY_QUOTA = 26, /* VersionsPerPolicyQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_GLOBAL_ENDPOINT_TOKEN_VERSION = 27, /* GlobalEndpointTokenVersion */
    AWSC_IAM_SUMMARY_KEY_TYPE_ASSUME_ROLE_POLICY_SIZE_QUOTA = 28, /* AssumeRolePolicySizeQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_INSTANCE_PROFILES = 29, /* InstanceProfiles */
    AWSC_IAM_SUMMARY_KEY_TYPE_INSTANCE_PROFILES_QUOTA = 30, /* InstanceProfilesQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_PROVIDERS = 31, /* Providers */
    AWSC_IAM_SUMMARY_KEY_TYPE_ROLE_POLICY_SIZE_QUOTA = 32, /* RolePolicySizeQuota */
    AWSC_IAM_SUMMARY_KEY_TYPE_ROLES = 33, /* Roles */
    AWSC_IAM_SUMMARY_KEY_TYPE_ROLES_QUOTA = 34 /* RolesQuota */
};
AWSC_API enum awsc_iam_summary_key_type awsc_iam_summary_key_type_parse(const char *value);
AWSC_API const char *awsc_iam_summary_key_type_str(enum awsc_iam_summary_key_type value);

/* summaryStateType: members of this type are strings; parse them with
 * awsc_iam_summary_state_type_parse(). Values newer than this model parse as
 * AWSC_IAM_SUMMARY_STATE_TYPE_UNKNOWN. */
enum awsc_iam_summary_state_type {
    AWSC_IAM_SUMMARY_STATE_TYPE_UNKNOWN = 0,
    AWSC_IAM_SUMMARY_STATE_TYPE_AVAILABLE = 1, /* AVAILABLE */
    AWSC_IAM_SUMMARY_STATE_TYPE_NOT_AVAILABLE = 2, /* NOT_AVAILABLE */
    AWSC_IAM_SUMMARY_STATE_TYPE_NOT_SUPPORTED = 3, /* NOT_SUPPORTED */
    AWSC_IAM_SUMMARY_STATE_TYPE_FAILED = 4 /* FAILED */
};
AWSC_API enum awsc_iam_summary_state_type awsc_iam_summary_state_type_parse(const char *value);
AWSC_API const char *awsc_iam_summary_state_type_str(enum awsc_iam_summary_state_type value);

/* ----------------------------------------------------------- structures */

struct awsc_iam_accept_delegation_request_input;
struct awsc_iam_access_detail;
struct awsc_iam_access_key;
struct awsc_iam_access_key_last_used;
struct awsc_iam_access_key_metadata;
struct awsc_iam_account_not_management_or_delegated_administrator_exception;
struct awsc_iam_add_client_id_to_open_id_connect_provider_input;
struct awsc_iam_add_role_to_instance_profile_input;
struct awsc_iam_add_user_to_group_input;
struct awsc_iam_associate_delegation_request_input;
struct awsc_iam_attach_group_policy_input;
struct awsc_iam_attach_role_policy_input;
struct awsc_iam_attach_user_policy_input;
struct awsc_iam_attached_permissions_boundary;
struct awsc_iam_attached_policy;
struct awsc_iam_caller_is_not_management_account_exception;
struct awsc_iam_change_password_input;
struct awsc_iam_concurrent_modification_exception;
struct awsc_iam_context_entry;
struct awsc_iam_create_access_key_input;
struct awsc_iam_create_access_key_output;
struct awsc_iam_create_account_alias_input;
struct awsc_iam_create_delegation_request_input;
struct awsc_iam_create_delegation_request_output;
struct awsc_iam_create_group_input;
struct awsc_iam_create_group_output;
struct awsc_iam_create_instance_profile_input;
struct awsc_iam_create_instance_profile_output;
struct awsc_iam_create_login_profile_input;
struct awsc_iam_create_login_profile_output;
struct awsc_iam_create_open_id_connect_provider_input;
struct awsc_iam_create_open_id_connect_provider_output;
struct awsc_iam_create_policy_input;
struct awsc_iam_create_policy_output;
struct awsc_iam_create_policy_version_input;
struct awsc_iam_create_policy_version_output;
struct awsc_iam_create_role_input;
struct awsc_iam_create_role_output;
struct awsc_iam_create_saml_provider_input;
struct awsc_iam_create_saml_provider_output;
struct awsc_iam_create_service_linked_role_input;
struct awsc_iam_create_service_linked_role_output;
struct awsc_iam_create_service_specific_credential_input;
struct awsc_iam_create_service_specific_credential_output;
struct awsc_iam_create_user_input;
struct awsc_iam_create_user_output;
struct awsc_iam_create_virtual_mfa_device_input;
struct awsc_iam_create_virtual_mfa_device_output;
struct awsc_iam_credential_report_expired_exception;
struct awsc_iam_credential_report_not_present_exception;
struct awsc_iam_credential_report_not_ready_exception;
struct awsc_iam_deactivate_mfa_device_input;
struct awsc_iam_delegation_permission;
struct awsc_iam_delegation_request;
struct awsc_iam_delete_access_key_input;
struct awsc_iam_delete_account_alias_input;
struct awsc_iam_delete_conflict_exception;
struct awsc_iam_delete_group_policy_input;
struct awsc_iam_delete_group_input;
struct awsc_iam_delete_instance_profile_input;
struct awsc_iam_delete_login_profile_input;
struct awsc_iam_delete_open_id_connect_provider_input;
struct awsc_iam_delete_policy_input;
struct awsc_iam_delete_policy_version_input;
struct awsc_iam_delete_role_permissions_boundary_input;
struct awsc_iam_delete_role_policy_input;
struct awsc_iam_delete_role_input;
struct awsc_iam_delete_saml_provider_input;
struct awsc_iam_delete_ssh_public_key_input;
struct awsc_iam_delete_server_certificate_input;
struct awsc_iam_delete_service_linked_role_input;
struct awsc_iam_delete_service_linked_role_output;
struct awsc_iam_delete_service_specific_credential_input;
struct awsc_iam_delete_signing_certificate_input;
struct awsc_iam_delete_user_permissions_boundary_input;
struct awsc_iam_delete_user_policy_input;
struct awsc_iam_delete_user_input;
struct awsc_iam_delete_virtual_mfa_device_input;
struct awsc_iam_deletion_task_failure_reason_type;
struct awsc_iam_detach_group_policy_input;
struct awsc_iam_detach_role_policy_input;
struct awsc_iam_detach_user_policy_input;
struct awsc_iam_disable_organizations_root_credentials_management_input;
struct awsc_iam_disable_organizations_root_credentials_management_output;
struct awsc_iam_disable_organizations_root_sessions_input;
struct awsc_iam_disable_organizations_root_sessions_output;
struct awsc_iam_duplicate_certificate_exception;
struct awsc_iam_duplicate_ssh_public_key_exception;
struct awsc_iam_enable_mfa_device_input;
struct awsc_iam_enable_organizations_root_credentials_management_input;
struct awsc_iam_enable_organizations_root_credentials_management_output;
struct awsc_iam_enable_organizations_root_sessions_input;
struct awsc_iam_enable_organizations_root_sessions_output;
struct awsc_iam_enable_outbound_web_identity_federation_output;
struct awsc_iam_entity_already_exists_exception;
struct awsc_iam_entity_details;
struct awsc_iam_entity_info;
struct awsc_iam_entity_temporarily_unmodifiable_exception;
struct awsc_iam_error_details;
struct awsc_iam_evaluation_result;
struct awsc_iam_feature_disabled_exception;
struct awsc_iam_feature_enabled_exception;
struct awsc_iam_generate_credential_report_output;
struct awsc_iam_generate_organizations_access_report_input;
struct awsc_iam_generate_organizations_access_report_output;
struct awsc_iam_generate_service_last_accessed_details_input;
struct awsc_iam_generate_service_last_accessed_details_output;
struct awsc_iam_get_access_key_last_used_input;
struct awsc_iam_get_access_key_last_used_output;
struct awsc_iam_get_account_authorization_details_input;
struct awsc_iam_get_account_authorization_details_output;
struct awsc_iam_get_account_password_policy_output;
struct awsc_iam_get_account_summary_output;
struct awsc_iam_get_context_keys_for_custom_policy_input;
struct awsc_iam_get_context_keys_for_policy_response;
struct awsc_iam_get_context_keys_for_principal_policy_input;
struct awsc_iam_get_credential_report_output;
struct awsc_iam_get_delegation_request_input;
struct awsc_iam_get_delegation_request_output;
struct awsc_iam_get_group_policy_input;
struct awsc_iam_get_group_policy_output;
struct awsc_iam_get_group_input;
struct awsc_iam_get_group_output;
struct awsc_iam_get_human_readable_summary_input;
struct awsc_iam_get_human_readable_summary_output;
struct awsc_iam_get_instance_profile_input;
struct awsc_iam_get_instance_profile_output;
struct awsc_iam_get_login_profile_input;
struct awsc_iam_get_login_profile_output;
struct awsc_iam_get_mfa_device_input;
struct awsc_iam_get_mfa_device_output;
struct awsc_iam_get_open_id_connect_provider_input;
struct awsc_iam_get_open_id_connect_provider_output;
struct awsc_iam_get_organizations_access_report_input;
struct awsc_iam_get_organizations_access_report_output;
struct awsc_iam_get_outbound_web_identity_federation_info_output;
struct awsc_iam_get_policy_input;
struct awsc_iam_get_policy_output;
struct awsc_iam_get_policy_version_input;
struct awsc_iam_get_policy_version_output;
struct awsc_iam_get_role_policy_input;
struct awsc_iam_get_role_policy_output;
struct awsc_iam_get_role_input;
struct awsc_iam_get_role_output;
struct awsc_iam_get_saml_provider_input;
struct awsc_iam_get_saml_provider_output;
struct awsc_iam_get_ssh_public_key_input;
struct awsc_iam_get_ssh_public_key_output;
struct awsc_iam_get_server_certificate_input;
struct awsc_iam_get_server_certificate_output;
struct awsc_iam_get_service_last_accessed_details_input;
struct awsc_iam_get_service_last_accessed_details_output;
struct awsc_iam_get_service_last_accessed_details_with_entities_input;
struct awsc_iam_get_service_last_accessed_details_with_entities_output;
struct awsc_iam_get_service_linked_role_deletion_status_input;
struct awsc_iam_get_service_linked_role_deletion_status_output;
struct awsc_iam_get_user_policy_input;
struct awsc_iam_get_user_policy_output;
struct awsc_iam_get_user_input;
struct awsc_iam_get_user_output;
struct awsc_iam_group;
struct awsc_iam_group_detail;
struct awsc_iam_inline_policy_identifier_type;
struct awsc_iam_instance_profile;
struct awsc_iam_invalid_authentication_code_exception;
struct awsc_iam_invalid_certificate_exception;
struct awsc_iam_invalid_input_exception;
struct awsc_iam_invalid_public_key_exception;
struct awsc_iam_invalid_user_type_exception;
struct awsc_iam_key_pair_mismatch_exception;
struct awsc_iam_limit_exceeded_exception;
struct awsc_iam_list_access_keys_input;
struct awsc_iam_list_access_keys_output;
struct awsc_iam_list_account_aliases_input;
struct awsc_iam_list_account_aliases_output;
struct awsc_iam_list_attached_group_policies_input;
struct awsc_iam_list_attached_group_policies_output;
struct awsc_iam_list_attached_role_policies_input;
struct awsc_iam_list_attached_role_policies_output;
struct awsc_iam_list_attached_user_policies_input;
struct awsc_iam_list_attached_user_policies_output;
struct awsc_iam_list_delegation_requests_input;
struct awsc_iam_list_delegation_requests_output;
struct awsc_iam_list_entities_for_policy_input;
struct awsc_iam_list_entities_for_policy_output;
struct awsc_iam_list_group_policies_input;
struct awsc_iam_list_group_policies_output;
struct awsc_iam_list_groups_for_user_input;
struct awsc_iam_list_groups_for_user_output;
struct awsc_iam_list_groups_input;
struct awsc_iam_list_groups_output;
struct awsc_iam_list_instance_profile_tags_input;
struct awsc_iam_list_instance_profile_tags_output;
struct awsc_iam_list_instance_profiles_for_role_input;
struct awsc_iam_list_instance_profiles_for_role_output;
struct awsc_iam_list_instance_profiles_input;
struct awsc_iam_list_instance_profiles_output;
struct awsc_iam_list_mfa_device_tags_input;
struct awsc_iam_list_mfa_device_tags_output;
struct awsc_iam_list_mfa_devices_input;
struct awsc_iam_list_mfa_devices_output;
struct awsc_iam_list_open_id_connect_provider_tags_input;
struct awsc_iam_list_open_id_connect_provider_tags_output;
struct awsc_iam_list_open_id_connect_providers_input;
struct awsc_iam_list_open_id_connect_providers_output;
struct awsc_iam_list_organizations_features_input;
struct awsc_iam_list_organizations_features_output;
struct awsc_iam_list_policies_granting_service_access_entry;
struct awsc_iam_list_policies_granting_service_access_input;
struct awsc_iam_list_policies_granting_service_access_output;
struct awsc_iam_list_policies_input;
struct awsc_iam_list_policies_output;
struct awsc_iam_list_policy_tags_input;
struct awsc_iam_list_policy_tags_output;
struct awsc_iam_list_policy_versions_input;
struct awsc_iam_list_policy_versions_output;
struct awsc_iam_list_role_policies_input;
struct awsc_iam_list_role_policies_output;
struct awsc_iam_list_role_tags_input;
struct awsc_iam_list_role_tags_output;
struct awsc_iam_list_roles_input;
struct awsc_iam_list_roles_output;
struct awsc_iam_list_saml_provider_tags_input;
struct awsc_iam_list_saml_provider_tags_output;
struct awsc_iam_list_saml_providers_input;
struct awsc_iam_list_saml_providers_output;
struct awsc_iam_list_ssh_public_keys_input;
struct awsc_iam_list_ssh_public_keys_output;
struct awsc_iam_list_server_certificate_tags_input;
struct awsc_iam_list_server_certificate_tags_output;
struct awsc_iam_list_server_certificates_input;
struct awsc_iam_list_server_certificates_output;
struct awsc_iam_list_service_specific_credentials_input;
struct awsc_iam_list_service_specific_credentials_output;
struct awsc_iam_list_signing_certificates_input;
struct awsc_iam_list_signing_certificates_output;
struct awsc_iam_list_user_policies_input;
struct awsc_iam_list_user_policies_output;
struct awsc_iam_list_user_tags_input;
struct awsc_iam_list_user_tags_output;
struct awsc_iam_list_users_input;
struct awsc_iam_list_users_output;
struct awsc_iam_list_virtual_mfa_devices_input;
struct awsc_iam_list_virtual_mfa_devices_output;
struct awsc_iam_login_profile;
struct awsc_iam_mfa_device;
struct awsc_iam_malformed_certificate_exception;
struct awsc_iam_malformed_policy_document_exception;
struct awsc_iam_managed_policy_detail;
struct awsc_iam_no_such_entity_exception;
struct awsc_iam_open_id_connect_provider_list_entry;
struct awsc_iam_open_id_idp_communication_error_exception;
struct awsc_iam_ordered_organization_policy_type;
struct awsc_iam_organization_not_found_exception;
struct awsc_iam_organization_not_in_all_features_mode_exception;
struct awsc_iam_organizations_decision_detail;
struct awsc_iam_password_policy;
struct awsc_iam_password_policy_violation_exception;
struct awsc_iam_permissions_boundary_decision_detail;
struct awsc_iam_policy;
struct awsc_iam_policy_detail;
struct awsc_iam_policy_evaluation_exception;
struct awsc_iam_policy_granting_service_access;
struct awsc_iam_policy_group;
struct awsc_iam_policy_identifier;
struct awsc_iam_policy_not_attachable_exception;
struct awsc_iam_policy_parameter;
struct awsc_iam_policy_role;
struct awsc_iam_policy_user;
struct awsc_iam_policy_version;
struct awsc_iam_position;
struct awsc_iam_put_group_policy_input;
struct awsc_iam_put_role_permissions_boundary_input;
struct awsc_iam_put_role_policy_input;
struct awsc_iam_put_user_permissions_boundary_input;
struct awsc_iam_put_user_policy_input;
struct awsc_iam_reject_delegation_request_input;
struct awsc_iam_remove_client_id_from_open_id_connect_provider_input;
struct awsc_iam_remove_role_from_instance_profile_input;
struct awsc_iam_remove_user_from_group_input;
struct awsc_iam_report_generation_limit_exceeded_exception;
struct awsc_iam_reset_service_specific_credential_input;
struct awsc_iam_reset_service_specific_credential_output;
struct awsc_iam_resource_specific_result;
struct awsc_iam_resync_mfa_device_input;
struct awsc_iam_role;
struct awsc_iam_role_detail;
struct awsc_iam_role_last_used;
struct awsc_iam_role_usage_type;
struct awsc_iam_saml_private_key;
struct awsc_iam_saml_provider_list_entry;
struct awsc_iam_ssh_public_key;
struct awsc_iam_ssh_public_key_metadata;
struct awsc_iam_send_delegation_token_input;
struct awsc_iam_server_certificate;
struct awsc_iam_server_certificate_metadata;
struct awsc_iam_service_access_not_enabled_exception;
struct awsc_iam_service_failure_exception;
struct awsc_iam_service_last_accessed;
struct awsc_iam_service_not_supported_exception;
struct awsc_iam_service_specific_credential;
struct awsc_iam_service_specific_credential_metadata;
struct awsc_iam_set_default_policy_version_input;
struct awsc_iam_set_security_token_service_preferences_input;
struct awsc_iam_signing_certificate;
struct awsc_iam_simulate_custom_policy_input;
struct awsc_iam_simulate_policy_response;
struct awsc_iam_simulate_principal_policy_input;
struct awsc_iam_statement;
struct awsc_iam_tag;
struct awsc_iam_tag_instance_profile_input;
struct awsc_iam_tag_mfa_device_input;
struct awsc_iam_tag_open_id_connect_provider_input;
struct awsc_iam_tag_policy_input;
struct awsc_iam_tag_role_input;
struct awsc_iam_tag_saml_provider_input;
struct awsc_iam_tag_server_certificate_input;
struct awsc_iam_tag_user_input;
struct awsc_iam_tracked_action_last_accessed;
struct awsc_iam_unmodifiable_entity_exception;
struct awsc_iam_unrecognized_public_key_encoding_exception;
struct awsc_iam_untag_instance_profile_input;
struct awsc_iam_untag_mfa_device_input;
struct awsc_iam_untag_open_id_connect_provider_input;
struct awsc_iam_untag_policy_input;
struct awsc_iam_untag_role_input;
struct awsc_iam_untag_saml_provider_input;
struct awsc_iam_untag_server_certificate_input;
struct awsc_iam_untag_user_input;
struct awsc_iam_update_access_key_input;
struct awsc_iam_update_account_password_policy_input;
struct awsc_iam_update_assume_role_policy_input;
struct awsc_iam_update_delegation_request_input;
struct awsc_iam_update_group_input;
struct awsc_iam_update_login_profile_input;
struct awsc_iam_update_open_id_connect_provider_thumbprint_input;
struct awsc_iam_update_role_description_input;
struct awsc_iam_update_role_description_output;
struct awsc_iam_update_role_input;
struct awsc_iam_update_role_output;
struct awsc_iam_update_saml_provider_input;
struct awsc_iam_update_saml_provider_output;
struct awsc_iam_update_ssh_public_key_input;
struct awsc_iam_update_server_certificate_input;
struct awsc_iam_update_service_specific_credential_input;
struct awsc_iam_update_signing_certificate_input;
struct awsc_iam_update_user_input;
struct awsc_iam_upload_ssh_public_key_input;
struct awsc_iam_upload_ssh_public_key_output;
struct awsc_iam_upload_server_certificate_input;
struct awsc_iam_upload_server_certificate_output;
struct awsc_iam_upload_signing_certificate_input;
struct awsc_iam_upload_signing_certificate_output;
struct awsc_iam_user;
struct awsc_iam_user_detail;
struct awsc_iam_virtual_mfa_device;
struct awsc_iam_eval_decision_details_type_entry;
struct awsc_iam_summary_map_type_entry;

/* AccessDetails: a list of AccessDetail. */
struct awsc_iam_access_details {
    struct awsc_iam_access_detail *items;
    size_t count;
};

/*
 * tagKeyListType: a list of tagKeyType.
 * Also the type of ActionNameListType, ArnListType,
 * ContextKeyNamesResultListType, ContextKeyValueListType,
 * FeaturesListType, ResourceNameListType, SimulationPolicyListType,
 * accountAliasListType, clientIDListType, entityListType,
 * groupNameListType, policyNameListType, policyParameterValuesListType,
 * rolePermissionRestrictionArnListType, serviceNamespaceListType,
 * thumbprintListType.
 */
struct awsc_iam_tag_key_list_type {
    const char **items;
    size_t count;
};

/* ContextEntryListType: a list of ContextEntry. */
struct awsc_iam_context_entry_list_type {
    struct awsc_iam_context_entry *items;
    size_t count;
};

/* EvaluationResultsListType: a list of EvaluationResult. */
struct awsc_iam_evaluation_results_list_type {
    struct awsc_iam_evaluation_result *items;
    size_t count;
};

/* ManagedPolicyDetailListType: a list of ManagedPolicyDetail. */
struct awsc_iam_managed_policy_detail_list_type {
    struct awsc_iam_managed_policy_detail *items;
    size_t count;
};

/* OpenIDConnectProviderListType: a list of OpenIDConnectProviderListEntry. */
struct awsc_iam_open_id_connect_provider_list_type {
    struct awsc_iam_open_id_connect_provider_list_entry *items;
    size_t count;
};

/* OrganizationPolicyListType: a list of OrderedOrganizationPolicyType. */
struct awsc_iam_organization_policy_list_type {
    struct awsc_iam_ordered_organization_policy_type *items;
    size_t count;
};

/* PolicyExclusionsListType: a list of PolicyIdentifier. */
struct awsc_iam_policy_exclusions_list_type {
    struct awsc_iam_policy_identifier *items;
    size_t count;
};

/* PolicyGroupListType: a list of PolicyGroup. */
struct awsc_iam_policy_group_list_type {
    struct awsc_iam_policy_group *items;
    size_t count;
};

/* PolicyRoleListType: a list of PolicyRole. */
struct awsc_iam_policy_role_list_type {
    struct awsc_iam_policy_role *items;
    size_t count;
};

/* PolicyUserListType: a list of PolicyUser. */
struct awsc_iam_policy_user_list_type {
    struct awsc_iam_policy_user *items;
    size_t count;
};

/* ResourceSpecificResultListType: a list of ResourceSpecificResult. */
struct awsc_iam_resource_specific_result_list_type {
    struct awsc_iam_resource_specific_result *items;
    size_t count;
};

/* RoleUsageListType: a list of RoleUsageType. */
struct awsc_iam_role_usage_list_type {
    struct awsc_iam_role_usage_type *items;
    size_t count;
};

/* SAMLProviderListType: a list of SAMLProviderListEntry. */
struct awsc_iam_saml_provider_list_type {
    struct awsc_iam_saml_provider_list_entry *items;
    size_t count;
};

/* SSHPublicKeyListType: a list of SSHPublicKeyMetadata. */
struct awsc_iam_ssh_public_key_list_type {
    struct awsc_iam_ssh_public_key_metadata *items;
    size_t count;
};

/* ServiceSpecificCredentialsListType: a list of ServiceSpecificCredentialMetadata. */
struct awsc_iam_service_specific_credentials_list_type {
    struct awsc_iam_service_specific_credential_metadata *items;
    size_t count;
};

/* ServicesLastAccessed: a list of ServiceLastAccessed. */
struct awsc_iam_services_last_accessed {
    struct awsc_iam_service_last_accessed *items;
    size_t count;
};

/* StatementListType: a list of Statement. */
struct awsc_iam_statement_list_type {
    struct awsc_iam_statement *items;
    size_t count;
};

/* TrackedActionsLastAccessed: a list of TrackedActionLastAccessed. */
struct awsc_iam_tracked_actions_last_accessed {
    struct awsc_iam_tracked_action_last_accessed *items;
    size_t count;
};

/* accessKeyMetadataListType: a list of AccessKeyMetadata. */
struct awsc_iam_access_key_metadata_list_type {
    struct awsc_iam_access_key_metadata *items;
    size_t count;
};

/* attachedPoliciesListType: a list of AttachedPolicy. */
struct awsc_iam_attached_policies_list_type {
    struct awsc_iam_attached_policy *items;
    size_t count;
};

/* certificateListType: a list of SigningCertificate. */
struct awsc_iam_certificate_list_type {
    struct awsc_iam_signing_certificate *items;
    size_t count;
};

/* delegationRequestsListType: a list of DelegationRequest. */
struct awsc_iam_delegation_requests_list_type {
    struct awsc_iam_delegation_request *items;
    size_t count;
};

/* entityDetailsListType: a list of EntityDetails. */
struct awsc_iam_entity_details_list_type {
    struct awsc_iam_entity_details *items;
    size_t count;
};

/* groupDetailListType: a list of GroupDetail. */
struct awsc_iam_group_detail_list_type {
    struct awsc_iam_group_detail *items;
    size_t count;
};

/* groupListType: a list of Group. */
struct awsc_iam_group_list_type {
    struct awsc_iam_group *items;
    size_t count;
};

/* instanceProfileListType: a list of InstanceProfile. */
struct awsc_iam_instance_profile_list_type {
    struct awsc_iam_instance_profile *items;
    size_t count;
};

/* listPolicyGrantingServiceAccessResponseListType: a list of ListPoliciesGrantingServiceAccessEntry. */
struct awsc_iam_list_policy_granting_service_access_response_list_type {
    struct awsc_iam_list_policies_granting_service_access_entry *items;
    size_t count;
};

/* mfaDeviceListType: a list of MFADevice. */
struct awsc_iam_mfa_device_list_type {
    struct awsc_iam_mfa_device *items;
    size_t count;
};

/* policyDetailListType: a list of PolicyDetail. */
struct awsc_iam_policy_detail_list_type {
    struct awsc_iam_policy_detail *items;
    size_t count;
};

/* policyDocumentVersionListType: a list of PolicyVersion. */
struct awsc_iam_policy_document_version_list_type {
    struct awsc_iam_policy_version *items;
    size_t count;
};

/* policyGrantingServiceAccessListType: a list of PolicyGrantingServiceAccess. */
struct awsc_iam_policy_granting_service_access_list_type {
    struct awsc_iam_policy_granting_service_access *items;
    size_t count;
};

/* policyListType: a list of Policy. */
struct awsc_iam_policy_list_type {
    struct awsc_iam_policy *items;
    size_t count;
};

/* policyParameterListType: a list of PolicyParameter. */
struct awsc_iam_policy_parameter_list_type {
    struct awsc_iam_policy_parameter *items;
    size_t count;
};

/* privateKeyList: a list of SAMLPrivateKey. */
struct awsc_iam_private_key_list {
    struct awsc_iam_saml_private_key *items;
    size_t count;
};

/* roleDetailListType: a list of RoleDetail. */
struct awsc_iam_role_detail_list_type {
    struct awsc_iam_role_detail *items;
    size_t count;
};

/* roleListType: a list of Role. */
struct awsc_iam_role_list_type {
    struct awsc_iam_role *items;
    size_t count;
};

/* serverCertificateMetadataListType: a list of ServerCertificateMetadata. */
struct awsc_iam_server_certificate_metadata_list_type {
    struct awsc_iam_server_certificate_metadata *items;
    size_t count;
};

/* tagListType: a list of Tag. */
struct awsc_iam_tag_list_type {
    struct awsc_iam_tag *items;
    size_t count;
};

/* userDetailListType: a list of UserDetail. */
struct awsc_iam_user_detail_list_type {
    struct awsc_iam_user_detail *items;
    size_t count;
};

/* userListType: a list of User. */
struct awsc_iam_user_list_type {
    struct awsc_iam_user *items;
    size_t count;
};

/* virtualMFADeviceListType: a list of VirtualMFADevice. */
struct awsc_iam_virtual_mfa_device_list_type {
    struct awsc_iam_virtual_mfa_device *items;
    size_t count;
};

/*
 * EvalDecisionDetailsType: a map from EvalDecisionSourceType to PolicyEvaluationDecisionType.
 * Also the type of CertificationMapType.
 */
struct awsc_iam_eval_decision_details_type {
    struct awsc_iam_eval_decision_details_type_entry *entries;
    size_t count;
};

/* summaryMapType: a map from summaryKeyType to summaryValueType. */
struct awsc_iam_summary_map_type {
    struct awsc_iam_summary_map_type_entry *entries;
    size_t count;
};

/* AcceptDelegationRequestRequest */
struct awsc_iam_accept_delegation_request_input {
    /* DelegationRequestId: The unique identifier of the delegation request to
     * accept. Required. */
    const char *delegation_request_id;
};

/*
 * An object that contains details about when a principal in the reported
 * Organizations entity last attempted to access an Amazon Web Services
 * service. A principal can be an IAM user, an IAM role, or the Amazon Web
 * Services account root user within the reported Organizations entity.
 */
struct awsc_iam_access_detail {
    /* ServiceName: The name of the service in which access was attempted.
     * Required. */
    const char *service_name;
    /* ServiceNamespace: The namespace of the service in which access was
     * attempted. Required. */
    const char *service_namespace;
    /* Region: The Region where the last service access attempt occurred. */
    const char *region;
    /* EntityPath: The path of the Organizations entity (root, organizational unit,
     * or account) from which an authenticated principal last attempted to access
     * the service. */
    const char *entity_path;
    /* LastAuthenticatedTime: The date and time, in ISO 8601 date-time format ,
     * when an authenticated principal most recently attempted to access the
     * service. Amazon Web Services does not report unauthenticated requests. */
    bool has_last_authenticated_time;
    struct awsc_timestamp last_authenticated_time;
    /* TotalAuthenticatedEntities: The number of accounts with authenticated
     * principals (root user, IAM users, and IAM roles) that attempted to access
     * the service in the tracking period. */
    bool has_total_authenticated_entities;
    int32_t total_authenticated_entities;
};

/*
 * Contains information about an Amazon Web Services access key.
 */
struct awsc_iam_access_key {
    /* UserName: The name of the IAM user that the access key is associated with.
     * Required. */
    const char *user_name;
    /* AccessKeyId: The ID for this access key. Required. */
    const char *access_key_id;
    /* Status: The status of the access key. Active means that the key is valid for
     * API calls, while Inactive means it is not. Required. One of enum
     * awsc_iam_status_type's values (as its string). */
    const char *status;
    /* SecretAccessKey: The secret key used to sign requests. Required. */
    const char *secret_access_key;
    /* CreateDate: The date when the access key was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
};

/*
 * Contains information about the last time an Amazon Web Services access key
 * was used since IAM began tracking this information on April 22, 2015.
 */
struct awsc_iam_access_key_last_used {
    /* LastUsedDate: The date and time, in ISO 8601 date-time format , when the
     * access key was most recently used. This field is null in the following
     * situations: The user does not have an access key. */
    bool has_last_used_date;
    struct awsc_timestamp last_used_date;
    /* ServiceName: The name of the Amazon Web Services service with which this
     * access key was most recently used. The value of this field is "N/A" in the
     * following situations: The user does not have an access key. Required. */
    const char *service_name;
    /* Region: The Amazon Web Services Region where this access key was most
     * recently used. The value for this field is "N/A" in the following
     * situations: The user does not have an access key. Required. */
    const char *region;
};

/*
 * Contains information about an Amazon Web Services access key, without its
 * secret key.
 */
struct awsc_iam_access_key_metadata {
    /* UserName: The name of the IAM user that the key is associated with. */
    const char *user_name;
    /* AccessKeyId: The ID for this access key. */
    const char *access_key_id;
    /* Status: The status of the access key. Active means that the key is valid for
     * API calls; Inactive means it is not. One of enum awsc_iam_status_type's
     * values (as its string). */
    const char *status;
    /* CreateDate: The date when the access key was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
};

/*
 * The request was rejected because the account making the request is not the
 * management account or delegated administrator account for centralized root
 * access .
 */
struct awsc_iam_account_not_management_or_delegated_administrator_exception {
    char unused_; /* no members */
};

/* AddClientIDToOpenIDConnectProviderRequest */
struct awsc_iam_add_client_id_to_open_id_connect_provider_input {
    /* OpenIDConnectProviderArn: The Amazon Resource Name (ARN) of the IAM OpenID
     * Connect (OIDC) provider resource to add the client ID to. You can get a list
     * of OIDC provider ARNs by using the ListOpenIDConnectProviders operation.
     * Required. */
    const char *open_id_connect_provider_arn;
    /* ClientID: The client ID (also known as audience) to add to the IAM OpenID
     * Connect provider resource. Required. */
    const char *client_id;
};

/* AddRoleToInstanceProfileRequest */
struct awsc_iam_add_role_to_instance_profile_input {
    /* InstanceProfileName: The name of the instance profile to update. Required. */
    const char *instance_profile_name;
    /* RoleName: The name of the role to add. This parameter allows (through its
     * regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *role_name;
};

/* AddUserToGroupRequest */
struct awsc_iam_add_user_to_group_input {
    /* GroupName: The name of the group to update. This parameter allows (through
     * its regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *group_name;
    /* UserName: The name of the user to add. This parameter allows (through its
     * regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *user_name;
};

/* AssociateDelegationRequestRequest */
struct awsc_iam_associate_delegation_request_input {
    /* DelegationRequestId: The unique identifier of the delegation request to
     * associate. Required. */
    const char *delegation_request_id;
};

/* AttachGroupPolicyRequest */
struct awsc_iam_attach_group_policy_input {
    /* GroupName: The name (friendly name, not ARN) of the group to attach the
     * policy to. Required. */
    const char *group_name;
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy you want to
     * attach. Required. */
    const char *policy_arn;
};

/* AttachRolePolicyRequest */
struct awsc_iam_attach_role_policy_input {
    /* RoleName: The name (friendly name, not ARN) of the role to attach the policy
     * to. Required. */
    const char *role_name;
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy you want to
     * attach. Required. */
    const char *policy_arn;
};

/* AttachUserPolicyRequest */
struct awsc_iam_attach_user_policy_input {
    /* UserName: The name (friendly name, not ARN) of the IAM user to attach the
     * policy to. Required. */
    const char *user_name;
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy you want to
     * attach. Required. */
    const char *policy_arn;
};

/*
 * Contains information about an attached permissions boundary.
 */
struct awsc_iam_attached_permissions_boundary {
    /* PermissionsBoundaryType: The permissions boundary usage type that indicates
     * what type of IAM resource is used as the permissions boundary for an entity.
     * This data type can only have a value of Policy . One of enum
     * awsc_iam_permissions_boundary_attachment_type's values (as its string). */
    const char *permissions_boundary_type;
    /* PermissionsBoundaryArn: The ARN of the policy used to set the permissions
     * boundary for the user or role. */
    const char *permissions_boundary_arn;
};

/*
 * Contains information about an attached policy.
 */
struct awsc_iam_attached_policy {
    /* PolicyName: The friendly name of the attached policy. */
    const char *policy_name;
    /* PolicyArn: */
    const char *policy_arn;
};

/*
 * The request was rejected because the account making the request is not the
 * management account for the organization.
 */
struct awsc_iam_caller_is_not_management_account_exception {
    char unused_; /* no members */
};

/* ChangePasswordRequest */
struct awsc_iam_change_password_input {
    /* OldPassword: The IAM user's current password. Required. */
    const char *old_password;
    /* NewPassword: The new password. The new password must conform to the Amazon
     * Web Services account's password policy, if one exists. Required. */
    const char *new_password;
};

/*
 * The request was rejected because multiple requests to change this object
 * were submitted simultaneously. Wait a few minutes and submit your request
 * again.
 */
struct awsc_iam_concurrent_modification_exception {
    /* message: */
    const char *message;
};

/*
 * Contains information about a condition context key. It includes the name of
 * the key and specifies the value (or values, if the context key supports
 * multiple values) to use in the simulation. This information is used when
 * evaluating the Condition elements of the input policies.
 */
struct awsc_iam_context_entry {
    /* ContextKeyName: The full name of a condition context key, including the
     * service prefix. For example, aws:SourceIp or s3:VersionId . */
    const char *context_key_name;
    /* ContextKeyValues: The value (or values, if the condition context key
     * supports multiple values) to provide to the simulation when the key is
     * referenced by a Condition element in an input policy. */
    struct awsc_iam_tag_key_list_type context_key_values;
    /* ContextKeyType: The data type of the value (or values) specified in the
     * ContextKeyValues parameter. One of enum awsc_iam_context_key_type_enum's
     * values (as its string). */
    const char *context_key_type;
};

/* CreateAccessKeyRequest */
struct awsc_iam_create_access_key_input {
    /* UserName: The name of the IAM user that the new key will belong to. */
    const char *user_name;
};

/*
 * Contains the response to a successful CreateAccessKey request.
 */
struct awsc_iam_create_access_key_output {
    /* AccessKey: A structure with details about the access key. Required. */
    struct awsc_iam_access_key *access_key;
};

/* CreateAccountAliasRequest */
struct awsc_iam_create_account_alias_input {
    /* AccountAlias: The account alias to create. This parameter allows (through
     * its regex pattern ) a string of characters consisting of lowercase letters,
     * digits, and dashes. Required. */
    const char *account_alias;
};

/* CreateDelegationRequestRequest */
struct awsc_iam_create_delegation_request_input {
    /* OwnerAccountId: The Amazon Web Services account ID this delegation request
     * is targeted to. */
    const char *owner_account_id;
    /* Description: A description of the delegation request. Required. */
    const char *description;
    /* Permissions: The permissions to be delegated in this delegation request.
     * Required. */
    struct awsc_iam_delegation_permission *permissions;
    /* RequestMessage: A message explaining the reason for the delegation request. */
    const char *request_message;
    /* RequestorWorkflowId: The workflow ID associated with the requestor.
     * Required. */
    const char *requestor_workflow_id;
    /* RedirectUrl: The URL to redirect to after the delegation request is
     * processed. */
    const char *redirect_url;
    /* NotificationChannel: The notification channel for updates about the
     * delegation request. Required. */
    const char *notification_channel;
    /* SessionDuration: The duration for which the delegated session should remain
     * active, in seconds. Required. */
    bool has_session_duration;
    int32_t session_duration;
    /* OnlySendByOwner: Specifies whether the delegation token should only be sent
     * by the owner. */
    bool has_only_send_by_owner;
    bool only_send_by_owner;
};

/* CreateDelegationRequestResponse */
struct awsc_iam_create_delegation_request_output {
    /* ConsoleDeepLink: A deep link URL to the Amazon Web Services Management
     * Console for managing the delegation request. */
    const char *console_deep_link;
    /* DelegationRequestId: The unique identifier for the created delegation
     * request. */
    const char *delegation_request_id;
};

/* CreateGroupRequest */
struct awsc_iam_create_group_input {
    /* Path: The path to the group. For more information about paths, see IAM
     * identifiers in the IAM User Guide . */
    const char *path;
    /* GroupName: The name of the group to create. Do not include the path in this
     * value. Required. */
    const char *group_name;
};

/*
 * Contains the response to a successful CreateGroup request.
 */
struct awsc_iam_create_group_output {
    /* Group: A structure containing details about the new group. Required. */
    struct awsc_iam_group *group;
};

/* CreateInstanceProfileRequest */
struct awsc_iam_create_instance_profile_input {
    /* InstanceProfileName: The name of the instance profile to create. Required. */
    const char *instance_profile_name;
    /* Path: The path to the instance profile. For more information about paths,
     * see IAM Identifiers in the IAM User Guide . */
    const char *path;
    /* Tags: A list of tags that you want to attach to the newly created IAM
     * instance profile. Each tag consists of a key name and an associated value. */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains the response to a successful CreateInstanceProfile request.
 */
struct awsc_iam_create_instance_profile_output {
    /* InstanceProfile: A structure containing details about the new instance
     * profile. Required. */
    struct awsc_iam_instance_profile *instance_profile;
};

/* CreateLoginProfileRequest */
struct awsc_iam_create_login_profile_input {
    /* UserName: The name of the IAM user to create a password for. The user must
     * already exist. */
    const char *user_name;
    /* Password: The new password for the user. This parameter must be omitted when
     * you make the request with an AssumeRoot session. It is required in all other
     * cases. */
    const char *password;
    /* PasswordResetRequired: Specifies whether the user is required to set a new
     * password on next sign-in. */
    bool has_password_reset_required;
    bool password_reset_required;
};

/*
 * Contains the response to a successful CreateLoginProfile request.
 */
struct awsc_iam_create_login_profile_output {
    /* LoginProfile: A structure containing the user name and password create date.
     * Required. */
    struct awsc_iam_login_profile *login_profile;
};

/* CreateOpenIDConnectProviderRequest */
struct awsc_iam_create_open_id_connect_provider_input {
    /* Url: The URL of the identity provider. The URL must begin with https:// and
     * should correspond to the iss claim in the provider's OpenID Connect ID
     * tokens. Required. */
    const char *url;
    /* ClientIDList: Provides a list of client IDs, also known as audiences. When a
     * mobile or web app registers with an OpenID Connect provider, they establish
     * a value that identifies the application. */
    struct awsc_iam_tag_key_list_type client_id_list;
    /* ThumbprintList: A list of server certificate thumbprints for the OpenID
     * Connect (OIDC) identity provider's server certificates. Typically this list
     * includes only one entry. */
    struct awsc_iam_tag_key_list_type thumbprint_list;
    /* Tags: A list of tags that you want to attach to the new IAM OpenID Connect
     * (OIDC) provider. Each tag consists of a key name and an associated value. */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains the response to a successful CreateOpenIDConnectProvider request.
 */
struct awsc_iam_create_open_id_connect_provider_output {
    /* OpenIDConnectProviderArn: The Amazon Resource Name (ARN) of the new IAM
     * OpenID Connect provider that is created. For more information, see
     * OpenIDConnectProviderListEntry . */
    const char *open_id_connect_provider_arn;
    /* Tags: A list of tags that are attached to the new IAM OIDC provider. The
     * returned list of tags is sorted by tag key. For more information about
     * tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

/* CreatePolicyRequest */
struct awsc_iam_create_policy_input {
    /* PolicyName: The friendly name of the policy. IAM user, group, role, and
     * policy names must be unique within the account. Names are not distinguished
     * by case. Required. */
    const char *policy_name;
    /* Path: The path for the policy. For more information about paths, see IAM
     * identifiers in the IAM User Guide . This parameter is optional. If it is not
     * included, it defaults to a slash (/). */
    const char *path;
    /* PolicyDocument: The JSON policy document that you want to use as the content
     * for the new policy. Required. */
    const char *policy_document;
    /* Description: A friendly description of the policy. Typically used to store
     * information about the permissions defined in the policy. */
    const char *description;
    /* Tags: A list of tags that you want to attach to the new IAM customer managed
     * policy. Each tag consists of a key name and an associated value. */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains the response to a successful CreatePolicy request.
 */
struct awsc_iam_create_policy_output {
    /* Policy: A structure containing details about the new policy. */
    struct awsc_iam_policy *policy;
};

/* CreatePolicyVersionRequest */
struct awsc_iam_create_policy_version_input {
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy to which you
     * want to add a new version. Required. */
    const char *policy_arn;
    /* PolicyDocument: The JSON policy document that you want to use as the content
     * for this new version of the policy. Required. */
    const char *policy_document;
    /* SetAsDefault: Specifies whether to set this version as the policy's default
     * version. */
    bool has_set_as_default;
    bool set_as_default;
};

/*
 * Contains the response to a successful CreatePolicyVersion request.
 */
struct awsc_iam_create_policy_version_output {
    /* PolicyVersion: A structure containing details about the new policy version. */
    struct awsc_iam_policy_version *policy_version;
};

/* CreateRoleRequest */
struct awsc_iam_create_role_input {
    /* Path: The path to the role. For more information about paths, see IAM
     * Identifiers in the IAM User Guide . */
    const char *path;
    /* RoleName: The name of the role to create. IAM user, group, role, and policy
     * names must be unique within the account. Names are not distinguished by
     * case. Required. */
    const char *role_name;
    /* AssumeRolePolicyDocument: The trust relationship policy document that grants
     * an entity permission to assume the role. Required. */
    const char *assume_role_policy_document;
    /* Description: A description of the role. */
    const char *description;
    /* MaxSessionDuration: The maximum session duration (in seconds) that you want
     * to set for the specified role. If you do not specify a value for this
     * setting, the default value of one hour is applied. */
    bool has_max_session_duration;
    int32_t max_session_duration;
    /* PermissionsBoundary: The ARN of the managed policy that is used to set the
     * permissions boundary for the role. */
    const char *permissions_boundary;
    /* Tags: A list of tags that you want to attach to the new role. Each tag
     * consists of a key name and an associated value. For more information about
     * tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains the response to a successful CreateRole request.
 */
struct awsc_iam_create_role_output {
    /* Role: A structure containing details about the new role. Required. */
    struct awsc_iam_role *role;
};

/* CreateSAMLProviderRequest */
struct awsc_iam_create_saml_provider_input {
    /* SAMLMetadataDocument: An XML document generated by an identity provider
     * (IdP) that supports SAML 2.0. Required. */
    const char *saml_metadata_document;
    /* Name: The name of the provider to create. This parameter allows (through its
     * regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *name;
    /* Tags: A list of tags that you want to attach to the new IAM SAML provider.
     * Each tag consists of a key name and an associated value. */
    struct awsc_iam_tag_list_type tags;
    /* AssertionEncryptionMode: Specifies the encryption setting for the SAML
     * provider. One of enum awsc_iam_assertion_encryption_mode_type's values (as
     * its string). */
    const char *assertion_encryption_mode;
    /* AddPrivateKey: The private key generated from your external identity
     * provider. The private key must be a .pem file that uses AES-GCM or AES-CBC
     * encryption algorithm to decrypt SAML assertions. */
    const char *add_private_key;
};

/*
 * Contains the response to a successful CreateSAMLProvider request.
 */
struct awsc_iam_create_saml_provider_output {
    /* SAMLProviderArn: The Amazon Resource Name (ARN) of the new SAML provider
     * resource in IAM. */
    const char *saml_provider_arn;
    /* Tags: A list of tags that are attached to the new IAM SAML provider. The
     * returned list of tags is sorted by tag key. For more information about
     * tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

/* CreateServiceLinkedRoleRequest */
struct awsc_iam_create_service_linked_role_input {
    /* AWSServiceName: The service principal for the Amazon Web Services service to
     * which this role is attached. You use a string similar to a URL but without
     * the http:// in front. Required. */
    const char *aws_service_name;
    /* Description: The description of the role. */
    const char *description;
    /* CustomSuffix: A string that you provide, which is combined with the
     * service-provided prefix to form the complete role name. */
    const char *custom_suffix;
};

/* CreateServiceLinkedRoleResponse */
struct awsc_iam_create_service_linked_role_output {
    /* Role: A Role object that contains details about the newly created role. */
    struct awsc_iam_role *role;
};

/* CreateServiceSpecificCredentialRequest */
struct awsc_iam_create_service_specific_credential_input {
    /* UserName: The name of the IAM user that is to be associated with the
     * credentials. Required. */
    const char *user_name;
    /* ServiceName: The name of the Amazon Web Services service that is to be
     * associated with the credentials. The service you specify here is the only
     * service that can be accessed using these credentials. Required. */
    const char *service_name;
    /* CredentialAgeDays: The number of days until the service specific credential
     * expires. This field is only valid for services that support long-term API
     * keys and must be a positive integer. */
    bool has_credential_age_days;
    int32_t credential_age_days;
};

/* CreateServiceSpecificCredentialResponse */
struct awsc_iam_create_service_specific_credential_output {
    /* ServiceSpecificCredential: A structure that contains information about the
     * newly created service-specific credential. This is the only time that the
     * password for this credential set is available. It cannot be recovered later. */
    struct awsc_iam_service_specific_credential *service_specific_credential;
};

/* CreateUserRequest */
struct awsc_iam_create_user_input {
    /* Path: The path for the user name. For more information about paths, see IAM
     * identifiers in the IAM User Guide . */
    const char *path;
    /* UserName: The name of the user to create. IAM user, group, role, and policy
     * names must be unique within the account. Names are not distinguished by
     * case. Required. */
    const char *user_name;
    /* PermissionsBoundary: The ARN of the managed policy that is used to set the
     * permissions boundary for the user. */
    const char *permissions_boundary;
    /* Tags: A list of tags that you want to attach to the new user. Each tag
     * consists of a key name and an associated value. For more information about
     * tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains the response to a successful CreateUser request.
 */
struct awsc_iam_create_user_output {
    /* User: A structure with details about the new IAM user. */
    struct awsc_iam_user *user;
};

/* CreateVirtualMFADeviceRequest */
struct awsc_iam_create_virtual_mfa_device_input {
    /* Path: The path for the virtual MFA device. For more information about paths,
     * see IAM identifiers in the IAM User Guide . */
    const char *path;
    /* VirtualMFADeviceName: The name of the virtual MFA device, which must be
     * unique. Use with path to uniquely identify a virtual MFA device. Required. */
    const char *virtual_mfa_device_name;
    /* Tags: A list of tags that you want to attach to the new IAM virtual MFA
     * device. Each tag consists of a key name and an associated value. */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains the response to a successful CreateVirtualMFADevice request.
 */
struct awsc_iam_create_virtual_mfa_device_output {
    /* VirtualMFADevice: A structure containing details about the new virtual MFA
     * device. Required. */
    struct awsc_iam_virtual_mfa_device *virtual_mfa_device;
};

/*
 * The request was rejected because the most recent credential report has
 * expired. To generate a new credential report, use GenerateCredentialReport .
 * For more information about credential report expiration, see Getting
 * credential reports in the IAM User Guide .
 */
struct awsc_iam_credential_report_expired_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the credential report does not exist. To
 * generate a credential report, use GenerateCredentialReport .
 */
struct awsc_iam_credential_report_not_present_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the credential report is still being
 * generated.
 */
struct awsc_iam_credential_report_not_ready_exception {
    /* message: */
    const char *message;
};

/* DeactivateMFADeviceRequest */
struct awsc_iam_deactivate_mfa_device_input {
    /* UserName: The name of the user whose MFA device you want to deactivate. */
    const char *user_name;
    /* SerialNumber: The serial number that uniquely identifies the MFA device. For
     * virtual MFA devices, the serial number is the device ARN. Required. */
    const char *serial_number;
};

/*
 * Contains information about the permissions being delegated in a delegation
 * request.
 */
struct awsc_iam_delegation_permission {
    /* PolicyTemplateArn: This ARN maps to a pre-registered policy content for this
     * partner. See the partner onboarding documentation to understand how to
     * create a delegation template. */
    const char *policy_template_arn;
    /* Parameters: A list of policy parameters that define the scope and
     * constraints of the delegated permissions. */
    struct awsc_iam_policy_parameter_list_type parameters;
};

/*
 * Contains information about a delegation request, including its status,
 * permissions, and associated metadata.
 */
struct awsc_iam_delegation_request {
    /* DelegationRequestId: The unique identifier for the delegation request. */
    const char *delegation_request_id;
    /* OwnerAccountId: Amazon Web Services account ID of the owner of the
     * delegation request. */
    const char *owner_account_id;
    /* Description: Description of the delegation request. This is a message that
     * is provided by the Amazon Web Services partner that filed the delegation
     * request. */
    const char *description;
    /* RequestMessage: A custom message that is added to the delegation request by
     * the partner. */
    const char *request_message;
    /* Permissions: */
    struct awsc_iam_delegation_permission *permissions;
    /* PermissionPolicy: JSON content of the associated permission policy of this
     * delegation request. */
    const char *permission_policy;
    /* RolePermissionRestrictionArns: If the PermissionPolicy includes role
     * creation permissions, this element will include the list of permissions
     * boundary policies associated with the role creation. */
    struct awsc_iam_tag_key_list_type role_permission_restriction_arns;
    /* OwnerId: ARN of the owner of this delegation request. */
    const char *owner_id;
    /* ApproverId: */
    const char *approver_id;
    /* State: The state of this delegation request. See the Understanding the
     * Request Lifecycle for an explanation of how these states are transitioned.
     * One of enum awsc_iam_state_type's values (as its string). */
    const char *state;
    /* ExpirationTime: The expiry time of this delegation request */
    bool has_expiration_time;
    struct awsc_timestamp expiration_time;
    /* RequestorId: Identity of the requestor of this delegation request. This will
     * be an Amazon Web Services account ID. */
    const char *requestor_id;
    /* RequestorName: A friendly name of the requestor. */
    const char *requestor_name;
    /* CreateDate: Creation date (timestamp) of this delegation request. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* SessionDuration: The life-time of the requested session credential. */
    bool has_session_duration;
    int32_t session_duration;
    /* RedirectUrl: A URL to be redirected to once the delegation request is
     * approved. Partners provide this URL when creating the delegation request. */
    const char *redirect_url;
    /* Notes: Notes added to this delegation request, if this request was updated
     * via the UpdateDelegationRequest API. */
    const char *notes;
    /* RejectionReason: Reasons for rejecting this delegation request, if this
     * request was rejected. See also RejectDelegationRequest API documentation. */
    const char *rejection_reason;
    /* OnlySendByOwner: A flag indicating whether the SendDelegationToken must be
     * called by the owner of this delegation request. This is set by the
     * requesting partner. */
    bool has_only_send_by_owner;
    bool only_send_by_owner;
    /* UpdatedTime: Last updated timestamp of the request. */
    bool has_updated_time;
    struct awsc_timestamp updated_time;
};

/* DeleteAccessKeyRequest */
struct awsc_iam_delete_access_key_input {
    /* UserName: The name of the user whose access key pair you want to delete. */
    const char *user_name;
    /* AccessKeyId: The access key ID for the access key ID and secret access key
     * you want to delete. Required. */
    const char *access_key_id;
};

/* DeleteAccountAliasRequest */
struct awsc_iam_delete_account_alias_input {
    /* AccountAlias: The name of the account alias to delete. Required. */
    const char *account_alias;
};

/*
 * The request was rejected because it attempted to delete a resource that has
 * attached subordinate entities. The error message describes these entities.
 */
struct awsc_iam_delete_conflict_exception {
    /* message: */
    const char *message;
};

/* DeleteGroupPolicyRequest */
struct awsc_iam_delete_group_policy_input {
    /* GroupName: The name (friendly name, not ARN) identifying the group that the
     * policy is embedded in. Required. */
    const char *group_name;
    /* PolicyName: The name identifying the policy document to delete. Required. */
    const char *policy_name;
};

/* DeleteGroupRequest */
struct awsc_iam_delete_group_input {
    /* GroupName: The name of the IAM group to delete. This parameter allows
     * (through its regex pattern ) a string of characters consisting of upper and
     * lowercase alphanumeric characters with no spaces. Required. */
    const char *group_name;
};

/* DeleteInstanceProfileRequest */
struct awsc_iam_delete_instance_profile_input {
    /* InstanceProfileName: The name of the instance profile to delete. Required. */
    const char *instance_profile_name;
};

/* DeleteLoginProfileRequest */
struct awsc_iam_delete_login_profile_input {
    /* UserName: The name of the user whose password you want to delete. */
    const char *user_name;
};

/* DeleteOpenIDConnectProviderRequest */
struct awsc_iam_delete_open_id_connect_provider_input {
    /* OpenIDConnectProviderArn: The Amazon Resource Name (ARN) of the IAM OpenID
     * Connect provider resource object to delete. Required. */
    const char *open_id_connect_provider_arn;
};

/* DeletePolicyRequest */
struct awsc_iam_delete_policy_input {
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy you want to
     * delete. Required. */
    const char *policy_arn;
};

/* DeletePolicyVersionRequest */
struct awsc_iam_delete_policy_version_input {
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy from which you
     * want to delete a version. Required. */
    const char *policy_arn;
    /* VersionId: The policy version to delete. This parameter allows (through its
     * regex pattern ) a string of characters that consists of the lowercase letter
     * 'v' followed by one or two digits, and optionally ... Required. */
    const char *version_id;
};

/* DeleteRolePermissionsBoundaryRequest */
struct awsc_iam_delete_role_permissions_boundary_input {
    /* RoleName: The name (friendly name, not ARN) of the IAM role from which you
     * want to remove the permissions boundary. Required. */
    const char *role_name;
};

/* DeleteRolePolicyRequest */
struct awsc_iam_delete_role_policy_input {
    /* RoleName: The name (friendly name, not ARN) identifying the role that the
     * policy is embedded in. Required. */
    const char *role_name;
    /* PolicyName: The name of the inline policy to delete from the specified IAM
     * role. Required. */
    const char *policy_name;
};

/* DeleteRoleRequest */
struct awsc_iam_delete_role_input {
    /* RoleName: The name of the role to delete. This parameter allows (through its
     * regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *role_name;
};

/* DeleteSAMLProviderRequest */
struct awsc_iam_delete_saml_provider_input {
    /* SAMLProviderArn: The Amazon Resource Name (ARN) of the SAML provider to
     * delete. Required. */
    const char *saml_provider_arn;
};

/* DeleteSSHPublicKeyRequest */
struct awsc_iam_delete_ssh_public_key_input {
    /* UserName: The name of the IAM user associated with the SSH public key.
     * Required. */
    const char *user_name;
    /* SSHPublicKeyId: The unique identifier for the SSH public key. Required. */
    const char *ssh_public_key_id;
};

/* DeleteServerCertificateRequest */
struct awsc_iam_delete_server_certificate_input {
    /* ServerCertificateName: The name of the server certificate you want to
     * delete. Required. */
    const char *server_certificate_name;
};

/* DeleteServiceLinkedRoleRequest */
struct awsc_iam_delete_service_linked_role_input {
    /* RoleName: The name of the service-linked role to be deleted. Required. */
    const char *role_name;
};

/* DeleteServiceLinkedRoleResponse */
struct awsc_iam_delete_service_linked_role_output {
    /* DeletionTaskId: The deletion task identifier that you can use to check the
     * status of the deletion. This identifier is returned in the format
     * task/aws-service-role/<service-principal-name>/<role-name>/<task-uuid> .
     * Required. */
    const char *deletion_task_id;
};

/* DeleteServiceSpecificCredentialRequest */
struct awsc_iam_delete_service_specific_credential_input {
    /* UserName: The name of the IAM user associated with the service-specific
     * credential. If this value is not specified, then the operation assumes the
     * user whose credentials are used to call the operation. */
    const char *user_name;
    /* ServiceSpecificCredentialId: The unique identifier of the service-specific
     * credential. You can get this value by calling ListServiceSpecificCredentials
     * . Required. */
    const char *service_specific_credential_id;
};

/* DeleteSigningCertificateRequest */
struct awsc_iam_delete_signing_certificate_input {
    /* UserName: The name of the user the signing certificate belongs to. */
    const char *user_name;
    /* CertificateId: The ID of the signing certificate to delete. Required. */
    const char *certificate_id;
};

/* DeleteUserPermissionsBoundaryRequest */
struct awsc_iam_delete_user_permissions_boundary_input {
    /* UserName: The name (friendly name, not ARN) of the IAM user from which you
     * want to remove the permissions boundary. Required. */
    const char *user_name;
};

/* DeleteUserPolicyRequest */
struct awsc_iam_delete_user_policy_input {
    /* UserName: The name (friendly name, not ARN) identifying the user that the
     * policy is embedded in. Required. */
    const char *user_name;
    /* PolicyName: The name identifying the policy document to delete. Required. */
    const char *policy_name;
};

/* DeleteUserRequest */
struct awsc_iam_delete_user_input {
    /* UserName: The name of the user to delete. This parameter allows (through its
     * regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *user_name;
};

/* DeleteVirtualMFADeviceRequest */
struct awsc_iam_delete_virtual_mfa_device_input {
    /* SerialNumber: The serial number that uniquely identifies the MFA device. For
     * virtual MFA devices, the serial number is the same as the ARN. Required. */
    const char *serial_number;
};

/*
 * The reason that the service-linked role deletion failed.
 */
struct awsc_iam_deletion_task_failure_reason_type {
    /* Reason: A short description of the reason that the service-linked role
     * deletion failed. */
    const char *reason;
    /* RoleUsageList: A list of objects that contains details about the
     * service-linked role deletion failure, if that information is returned by the
     * service. */
    struct awsc_iam_role_usage_list_type role_usage_list;
};

/* DetachGroupPolicyRequest */
struct awsc_iam_detach_group_policy_input {
    /* GroupName: The name (friendly name, not ARN) of the IAM group to detach the
     * policy from. Required. */
    const char *group_name;
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy you want to
     * detach. Required. */
    const char *policy_arn;
};

/* DetachRolePolicyRequest */
struct awsc_iam_detach_role_policy_input {
    /* RoleName: The name (friendly name, not ARN) of the IAM role to detach the
     * policy from. Required. */
    const char *role_name;
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy you want to
     * detach. Required. */
    const char *policy_arn;
};

/* DetachUserPolicyRequest */
struct awsc_iam_detach_user_policy_input {
    /* UserName: The name (friendly name, not ARN) of the IAM user to detach the
     * policy from. Required. */
    const char *user_name;
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy you want to
     * detach. Required. */
    const char *policy_arn;
};

/* DisableOrganizationsRootCredentialsManagementRequest */
struct awsc_iam_disable_organizations_root_credentials_management_input {
    char unused_; /* no members */
};

/* DisableOrganizationsRootCredentialsManagementResponse */
struct awsc_iam_disable_organizations_root_credentials_management_output {
    /* OrganizationId: The unique identifier (ID) of an organization. */
    const char *organization_id;
    /* EnabledFeatures: The features enabled for centralized root access for member
     * accounts in your organization. */
    struct awsc_iam_tag_key_list_type enabled_features;
};

/* DisableOrganizationsRootSessionsRequest */
struct awsc_iam_disable_organizations_root_sessions_input {
    char unused_; /* no members */
};

/* DisableOrganizationsRootSessionsResponse */
struct awsc_iam_disable_organizations_root_sessions_output {
    /* OrganizationId: The unique identifier (ID) of an organization. */
    const char *organization_id;
    /* EnabledFeatures: The features you have enabled for centralized root access
     * of member accounts in your organization. */
    struct awsc_iam_tag_key_list_type enabled_features;
};

/*
 * The request was rejected because the same certificate is associated with an
 * IAM user in the account.
 */
struct awsc_iam_duplicate_certificate_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the SSH public key is already associated
 * with the specified IAM user.
 */
struct awsc_iam_duplicate_ssh_public_key_exception {
    /* message: */
    const char *message;
};

/* EnableMFADeviceRequest */
struct awsc_iam_enable_mfa_device_input {
    /* UserName: The name of the IAM user for whom you want to enable the MFA
     * device. Required. */
    const char *user_name;
    /* SerialNumber: The serial number that uniquely identifies the MFA device. For
     * virtual MFA devices, the serial number is the device ARN. Required. */
    const char *serial_number;
    /* AuthenticationCode1: An authentication code emitted by the device. Required. */
    const char *authentication_code1;
    /* AuthenticationCode2: A subsequent authentication code emitted by the device.
     * Required. */
    const char *authentication_code2;
};

/* EnableOrganizationsRootCredentialsManagementRequest */
struct awsc_iam_enable_organizations_root_credentials_management_input {
    char unused_; /* no members */
};

/* EnableOrganizationsRootCredentialsManagementResponse */
struct awsc_iam_enable_organizations_root_credentials_management_output {
    /* OrganizationId: The unique identifier (ID) of an organization. */
    const char *organization_id;
    /* EnabledFeatures: The features you have enabled for centralized root access. */
    struct awsc_iam_tag_key_list_type enabled_features;
};

/* EnableOrganizationsRootSessionsRequest */
struct awsc_iam_enable_organizations_root_sessions_input {
    char unused_; /* no members */
};

/* EnableOrganizationsRootSessionsResponse */
struct awsc_iam_enable_organizations_root_sessions_output {
    /* OrganizationId: The unique identifier (ID) of an organization. */
    const char *organization_id;
    /* EnabledFeatures: The features you have enabled for centralized root access. */
    struct awsc_iam_tag_key_list_type enabled_features;
};

/* EnableOutboundWebIdentityFederationResponse */
struct awsc_iam_enable_outbound_web_identity_federation_output {
    /* IssuerIdentifier: A unique issuer URL for your Amazon Web Services account
     * that hosts the OpenID Connect (OIDC) discovery endpoints at
     * /.well-known/openid-configuration and /.well-known/jwks.json . */
    const char *issuer_identifier;
};

/*
 * The request was rejected because it attempted to create a resource that
 * already exists.
 */
struct awsc_iam_entity_already_exists_exception {
    /* message: */
    const char *message;
};

/*
 * An object that contains details about when the IAM entities (users or roles)
 * were last used in an attempt to access the specified Amazon Web Services
 * service.
 */
struct awsc_iam_entity_details {
    /* EntityInfo: The EntityInfo object that contains details about the entity
     * (user or role). Required. */
    struct awsc_iam_entity_info *entity_info;
    /* LastAuthenticated: The date and time, in ISO 8601 date-time format , when
     * the authenticated entity last attempted to access Amazon Web Services.
     * Amazon Web Services does not report unauthenticated requests. */
    bool has_last_authenticated;
    struct awsc_timestamp last_authenticated;
};

/*
 * Contains details about the specified entity (user or role).
 */
struct awsc_iam_entity_info {
    /* Arn:  Required. */
    const char *arn;
    /* Name: The name of the entity (user or role). Required. */
    const char *name;
    /* Type: The type of entity (user or role). Required. One of enum
     * awsc_iam_policy_owner_entity_type's values (as its string). */
    const char *type;
    /* Id: The identifier of the entity (user or role). Required. */
    const char *id;
    /* Path: The path to the entity (user or role). For more information about
     * paths, see IAM identifiers in the IAM User Guide . */
    const char *path;
};

/*
 * The request was rejected because it referenced an entity that is temporarily
 * unmodifiable, such as a user name that was deleted and then recreated. The
 * error indicates that the request is likely to succeed if you try again after
 * waiting several minutes. The error message describes the entity.
 */
struct awsc_iam_entity_temporarily_unmodifiable_exception {
    /* message: */
    const char *message;
};

/*
 * Contains information about the reason that the operation failed.
 */
struct awsc_iam_error_details {
    /* Message: Detailed information about the reason that the operation failed.
     * Required. */
    const char *message;
    /* Code: The error code associated with the operation failure. Required. */
    const char *code;
};

/*
 * Contains the results of a simulation. This data type is used by the return
 * parameter of SimulateCustomPolicy and SimulatePrincipalPolicy . The
 * simulator now returns a single EvaluationResult per action, regardless of
 * how many resource ARNs are provided.
 */
struct awsc_iam_evaluation_result {
    /* EvalActionName: The name of the API operation tested on the indicated
     * resource. Required. */
    const char *eval_action_name;
    /* EvalResourceName: The ARN template for the simulated resource type (for
     * example, arn:${Partition}:s3:::${BucketName}/${KeyName} ), or * if no ARN
     * format is defined for the action. */
    const char *eval_resource_name;
    /* EvalDecision: The result of the simulation. Required. One of enum
     * awsc_iam_policy_evaluation_decision_type's values (as its string). */
    const char *eval_decision;
    /* MatchedStatements: A list of the statements in the input policies that
     * determine the result for this scenario. */
    struct awsc_iam_statement_list_type matched_statements;
    /* MissingContextValues: A list of context keys that are required by the
     * included input policies but that were not provided by one of the input
     * parameters. */
    struct awsc_iam_tag_key_list_type missing_context_values;
    /* OrganizationsDecisionDetail: A structure that details how Organizations and
     * its service control policies affect the results of the simulation. Only
     * applies if the simulated user's account is part of an organization. */
    struct awsc_iam_organizations_decision_detail *organizations_decision_detail;
    /* PermissionsBoundaryDecisionDetail: Contains information about the effect
     * that a permissions boundary has on a policy simulation when the boundary is
     * applied to an IAM entity. */
    struct awsc_iam_permissions_boundary_decision_detail *permissions_boundary_decision_detail;
    /* EvalDecisionDetails: Additional details about the results of the
     * cross-account evaluation decision. This parameter is populated for only
     * cross-account simulations. */
    struct awsc_iam_eval_decision_details_type eval_decision_details;
    /* ResourceSpecificResults: The individual results of the simulation of the API
     * operation specified in EvalActionName on each resource. */
    struct awsc_iam_resource_specific_result_list_type resource_specific_results;
};

/*
 * The request failed because outbound identity federation is already disabled
 * for your Amazon Web Services account. You cannot disable the feature
 * multiple times
 */
struct awsc_iam_feature_disabled_exception {
    /* message: */
    const char *message;
};

/*
 * The request failed because outbound identity federation is already enabled
 * for your Amazon Web Services account. You cannot enable the feature multiple
 * times. To fetch the current configuration (including the unique issuer URL),
 * use the GetOutboundWebIdentityFederationInfo operation.
 */
struct awsc_iam_feature_enabled_exception {
    /* message: */
    const char *message;
};

/*
 * Contains the response to a successful GenerateCredentialReport request.
 */
struct awsc_iam_generate_credential_report_output {
    /* State: Information about the state of the credential report. One of enum
     * awsc_iam_report_state_type's values (as its string). */
    const char *state;
    /* Description: Information about the credential report. */
    const char *description;
};

/* GenerateOrganizationsAccessReportRequest */
struct awsc_iam_generate_organizations_access_report_input {
    /* EntityPath: The path of the Organizations entity (root, OU, or account). You
     * can build an entity path using the known structure of your organization.
     * Required. */
    const char *entity_path;
    /* OrganizationsPolicyId: The identifier of the Organizations service control
     * policy (SCP). This parameter is optional. */
    const char *organizations_policy_id;
};

/* GenerateOrganizationsAccessReportResponse */
struct awsc_iam_generate_organizations_access_report_output {
    /* JobId: The job identifier that you can use in the
     * GetOrganizationsAccessReport operation. */
    const char *job_id;
};

/* GenerateServiceLastAccessedDetailsRequest */
struct awsc_iam_generate_service_last_accessed_details_input {
    /* Arn: The ARN of the IAM resource (user, group, role, or managed policy) used
     * to generate information about when the resource was last used in an attempt
     * to access an Amazon Web Services service. Required. */
    const char *arn;
    /* Granularity: The level of detail that you want to generate. You can specify
     * whether you want to generate information about the last attempt to access
     * services or actions. One of enum
     * awsc_iam_access_advisor_usage_granularity_type's values (as its string). */
    const char *granularity;
};

/* GenerateServiceLastAccessedDetailsResponse */
struct awsc_iam_generate_service_last_accessed_details_output {
    /* JobId: The JobId that you can use in the GetServiceLastAccessedDetails or
     * GetServiceLastAccessedDetailsWithEntities operations. */
    const char *job_id;
};

/* GetAccessKeyLastUsedRequest */
struct awsc_iam_get_access_key_last_used_input {
    /* AccessKeyId: The identifier of an access key. This parameter allows (through
     * its regex pattern ) a string of characters that can consist of any upper or
     * lowercased letter or digit. Required. */
    const char *access_key_id;
};

/*
 * Contains the response to a successful GetAccessKeyLastUsed request. It is
 * also returned as a member of the AccessKeyMetaData structure returned by the
 * ListAccessKeys action.
 */
struct awsc_iam_get_access_key_last_used_output {
    /* UserName: The name of the IAM user that owns this access key. */
    const char *user_name;
    /* AccessKeyLastUsed: Contains information about the last time the access key
     * was used. */
    struct awsc_iam_access_key_last_used *access_key_last_used;
};

/* GetAccountAuthorizationDetailsRequest */
struct awsc_iam_get_account_authorization_details_input {
    /* Filter: A list of entity types used to filter the results. Only the entities
     * that match the types you specify are included in the output. Use the value
     * LocalManagedPolicy to include customer managed policies. */
    struct awsc_iam_tag_key_list_type filter;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
};

/*
 * Contains the response to a successful GetAccountAuthorizationDetails
 * request.
 */
struct awsc_iam_get_account_authorization_details_output {
    /* UserDetailList: A list containing information about IAM users. */
    struct awsc_iam_user_detail_list_type user_detail_list;
    /* GroupDetailList: A list containing information about IAM groups. */
    struct awsc_iam_group_detail_list_type group_detail_list;
    /* RoleDetailList: A list containing information about IAM roles. */
    struct awsc_iam_role_detail_list_type role_detail_list;
    /* Policies: A list containing information about managed policies. */
    struct awsc_iam_managed_policy_detail_list_type policies;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/*
 * Contains the response to a successful GetAccountPasswordPolicy request.
 */
struct awsc_iam_get_account_password_policy_output {
    /* PasswordPolicy: A structure that contains details about the account's
     * password policy. Required. */
    struct awsc_iam_password_policy *password_policy;
};

/*
 * Contains the response to a successful GetAccountSummary request.
 */
struct awsc_iam_get_account_summary_output {
    /* SummaryMap: A set of key–value pairs containing information about IAM entity
     * usage and IAM quotas. */
    struct awsc_iam_summary_map_type summary_map;
};

/* GetContextKeysForCustomPolicyRequest */
struct awsc_iam_get_context_keys_for_custom_policy_input {
    /* PolicyInputList: A list of policies for which you want the list of context
     * keys referenced in those policies. Each document is specified as a string
     * containing the complete, valid JSON text of an IAM policy. Required. */
    struct awsc_iam_tag_key_list_type policy_input_list;
};

/*
 * Contains the response to a successful GetContextKeysForPrincipalPolicy or
 * GetContextKeysForCustomPolicy request.
 */
struct awsc_iam_get_context_keys_for_policy_response {
    /* ContextKeyNames: The list of context keys that are referenced in the input
     * policies. */
    struct awsc_iam_tag_key_list_type context_key_names;
};

/* GetContextKeysForPrincipalPolicyRequest */
struct awsc_iam_get_context_keys_for_principal_policy_input {
    /* PolicySourceArn: The ARN of a user, group, or role whose policies contain
     * the context keys that you want listed. Required. */
    const char *policy_source_arn;
    /* PolicyInputList: An optional list of additional policies for which you want
     * the list of context keys that are referenced. */
    struct awsc_iam_tag_key_list_type policy_input_list;
};

/*
 * Contains the response to a successful GetCredentialReport request.
 */
struct awsc_iam_get_credential_report_output {
    /* Content: Contains the credential report. The report is Base64-encoded. */
    struct awsc_blob content;
    /* ReportFormat: The format (MIME type) of the credential report. One of enum
     * awsc_iam_report_format_type's values (as its string). */
    const char *report_format;
    /* GeneratedTime: The date and time when the credential report was created, in
     * ISO 8601 date-time format . */
    bool has_generated_time;
    struct awsc_timestamp generated_time;
};

/* GetDelegationRequestRequest */
struct awsc_iam_get_delegation_request_input {
    /* DelegationRequestId: The unique identifier of the delegation request to
     * retrieve. Required. */
    const char *delegation_request_id;
    /* DelegationPermissionCheck: Specifies whether to perform a permission check
     * for the delegation request. */
    bool has_delegation_permission_check;
    bool delegation_permission_check;
};

/* GetDelegationRequestResponse */
struct awsc_iam_get_delegation_request_output {
    /* DelegationRequest: The delegation request object containing all details
     * about the request. */
    struct awsc_iam_delegation_request *delegation_request;
    /* PermissionCheckStatus: The status of the permission check for the delegation
     * request. One of enum awsc_iam_permission_check_status_type's values (as its
     * string). */
    const char *permission_check_status;
    /* PermissionCheckResult: The result of the permission check, indicating
     * whether the caller has sufficient permissions to cover the requested
     * permissions. This is an approximate result. One of enum
     * awsc_iam_permission_check_result_type's values (as its string). */
    const char *permission_check_result;
};

/* GetGroupPolicyRequest */
struct awsc_iam_get_group_policy_input {
    /* GroupName: The name of the group the policy is associated with. Required. */
    const char *group_name;
    /* PolicyName: The name of the policy document to get. Required. */
    const char *policy_name;
};

/*
 * Contains the response to a successful GetGroupPolicy request.
 */
struct awsc_iam_get_group_policy_output {
    /* GroupName: The group the policy is associated with. Required. */
    const char *group_name;
    /* PolicyName: The name of the policy. Required. */
    const char *policy_name;
    /* PolicyDocument: The policy document. IAM stores policies in JSON format.
     * However, resources that were created using CloudFormation templates can be
     * formatted in YAML. Required. */
    const char *policy_document;
};

/* GetGroupRequest */
struct awsc_iam_get_group_input {
    /* GroupName: The name of the group. This parameter allows (through its regex
     * pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *group_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful GetGroup request.
 */
struct awsc_iam_get_group_output {
    /* Group: A structure that contains details about the group. Required. */
    struct awsc_iam_group *group;
    /* Users: A list of users in the group. Required. */
    struct awsc_iam_user_list_type users;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* GetHumanReadableSummaryRequest */
struct awsc_iam_get_human_readable_summary_input {
    /* EntityArn: Arn of the entity to be summarized. At this time, the only
     * supported entity type is delegation-request Required. */
    const char *entity_arn;
    /* Locale: A string representing the locale to use for the summary generation.
     * The supported locale strings are based on the Supported languages of the
     * Amazon Web Services Management Console . */
    const char *locale;
};

/* GetHumanReadableSummaryResponse */
struct awsc_iam_get_human_readable_summary_output {
    /* SummaryContent: Summary content in the specified locale. Summary content is
     * non-empty only if the SummaryState is AVAILABLE . */
    const char *summary_content;
    /* Locale: The locale that this response was generated for. This maps to the
     * input locale. */
    const char *locale;
    /* SummaryState: State of summary generation. This generation process is
     * asynchronous and this attribute indicates the state of the generation
     * process. One of enum awsc_iam_summary_state_type's values (as its string). */
    const char *summary_state;
};

/* GetInstanceProfileRequest */
struct awsc_iam_get_instance_profile_input {
    /* InstanceProfileName: The name of the instance profile to get information
     * about. Required. */
    const char *instance_profile_name;
};

/*
 * Contains the response to a successful GetInstanceProfile request.
 */
struct awsc_iam_get_instance_profile_output {
    /* InstanceProfile: A structure containing details about the instance profile.
     * Required. */
    struct awsc_iam_instance_profile *instance_profile;
};

/* GetLoginProfileRequest */
struct awsc_iam_get_login_profile_input {
    /* UserName: The name of the user whose login profile you want to retrieve. */
    const char *user_name;
};

/*
 * Contains the response to a successful GetLoginProfile request.
 */
struct awsc_iam_get_login_profile_output {
    /* LoginProfile: A structure containing the user name and the profile creation
     * date for the user. Required. */
    struct awsc_iam_login_profile *login_profile;
};

/* GetMFADeviceRequest */
struct awsc_iam_get_mfa_device_input {
    /* SerialNumber: Serial number that uniquely identifies the MFA device. For
     * this API, we only accept FIDO security key ARNs . Required. */
    const char *serial_number;
    /* UserName: The friendly name identifying the user. */
    const char *user_name;
};

/* GetMFADeviceResponse */
struct awsc_iam_get_mfa_device_output {
    /* UserName: The friendly name identifying the user. */
    const char *user_name;
    /* SerialNumber: Serial number that uniquely identifies the MFA device. For
     * this API, we only accept FIDO security key ARNs . Required. */
    const char *serial_number;
    /* EnableDate: The date that a specified user's MFA device was first enabled. */
    bool has_enable_date;
    struct awsc_timestamp enable_date;
    /* Certifications: The certifications of a specified user's MFA device. We
     * currently provide FIPS-140-2, FIPS-140-3, and FIDO certification levels
     * obtained from FIDO Alliance Metadata Service (MDS) . */
    struct awsc_iam_eval_decision_details_type certifications;
};

/* GetOpenIDConnectProviderRequest */
struct awsc_iam_get_open_id_connect_provider_input {
    /* OpenIDConnectProviderArn: The Amazon Resource Name (ARN) of the OIDC
     * provider resource object in IAM to get information for. You can get a list
     * of OIDC provider resource ARNs by using the ListOpenIDConnectProviders
     * operation. Required. */
    const char *open_id_connect_provider_arn;
};

/*
 * Contains the response to a successful GetOpenIDConnectProvider request.
 */
struct awsc_iam_get_open_id_connect_provider_output {
    /* Url: The URL that the IAM OIDC provider resource object is associated with.
     * For more information, see CreateOpenIDConnectProvider . */
    const char *url;
    /* ClientIDList: A list of client IDs (also known as audiences) that are
     * associated with the specified IAM OIDC provider resource object. For more
     * information, see CreateOpenIDConnectProvider . */
    struct awsc_iam_tag_key_list_type client_id_list;
    /* ThumbprintList: A list of certificate thumbprints that are associated with
     * the specified IAM OIDC provider resource object. For more information, see
     * CreateOpenIDConnectProvider . */
    struct awsc_iam_tag_key_list_type thumbprint_list;
    /* CreateDate: The date and time when the IAM OIDC provider resource object was
     * created in the Amazon Web Services account. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* Tags: A list of tags that are attached to the specified IAM OIDC provider.
     * The returned list of tags is sorted by tag key. */
    struct awsc_iam_tag_list_type tags;
};

/* GetOrganizationsAccessReportRequest */
struct awsc_iam_get_organizations_access_report_input {
    /* JobId: The identifier of the request generated by the
     * GenerateOrganizationsAccessReport operation. Required. */
    const char *job_id;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* SortKey: The key that is used to sort the results. If you choose the
     * namespace key, the results are returned in alphabetical order. One of enum
     * awsc_iam_sort_key_type's values (as its string). */
    const char *sort_key;
};

/* GetOrganizationsAccessReportResponse */
struct awsc_iam_get_organizations_access_report_output {
    /* JobStatus: The status of the job. Required. One of enum
     * awsc_iam_job_status_type's values (as its string). */
    const char *job_status;
    /* JobCreationDate: The date and time, in ISO 8601 date-time format , when the
     * report job was created. Required. */
    bool has_job_creation_date;
    struct awsc_timestamp job_creation_date;
    /* JobCompletionDate: The date and time, in ISO 8601 date-time format , when
     * the generated report job was completed or failed. */
    bool has_job_completion_date;
    struct awsc_timestamp job_completion_date;
    /* NumberOfServicesAccessible: The number of services that the applicable SCPs
     * allow account principals to access. */
    bool has_number_of_services_accessible;
    int32_t number_of_services_accessible;
    /* NumberOfServicesNotAccessed: The number of services that account principals
     * are allowed but did not attempt to access. */
    bool has_number_of_services_not_accessed;
    int32_t number_of_services_not_accessed;
    /* AccessDetails: An object that contains details about the most recent attempt
     * to access the service. */
    struct awsc_iam_access_details access_details;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
    /* ErrorDetails: */
    struct awsc_iam_error_details *error_details;
};

/* GetOutboundWebIdentityFederationInfoResponse */
struct awsc_iam_get_outbound_web_identity_federation_info_output {
    /* IssuerIdentifier: A unique issuer URL for your Amazon Web Services account
     * that hosts the OpenID Connect (OIDC) discovery endpoints at
     * /.well-known/openid-configuration and /.well-known/jwks.json . */
    const char *issuer_identifier;
    /* JwtVendingEnabled: Indicates whether outbound identity federation is
     * currently enabled for your Amazon Web Services account. */
    bool has_jwt_vending_enabled;
    bool jwt_vending_enabled;
};

/* GetPolicyRequest */
struct awsc_iam_get_policy_input {
    /* PolicyArn: The Amazon Resource Name (ARN) of the managed policy that you
     * want information about. Required. */
    const char *policy_arn;
};

/*
 * Contains the response to a successful GetPolicy request.
 */
struct awsc_iam_get_policy_output {
    /* Policy: A structure containing details about the policy. */
    struct awsc_iam_policy *policy;
};

/* GetPolicyVersionRequest */
struct awsc_iam_get_policy_version_input {
    /* PolicyArn: The Amazon Resource Name (ARN) of the managed policy that you
     * want information about. Required. */
    const char *policy_arn;
    /* VersionId: Identifies the policy version to retrieve. Required. */
    const char *version_id;
};

/*
 * Contains the response to a successful GetPolicyVersion request.
 */
struct awsc_iam_get_policy_version_output {
    /* PolicyVersion: A structure containing details about the policy version. */
    struct awsc_iam_policy_version *policy_version;
};

/* GetRolePolicyRequest */
struct awsc_iam_get_role_policy_input {
    /* RoleName: The name of the role associated with the policy. Required. */
    const char *role_name;
    /* PolicyName: The name of the policy document to get. Required. */
    const char *policy_name;
};

/*
 * Contains the response to a successful GetRolePolicy request.
 */
struct awsc_iam_get_role_policy_output {
    /* RoleName: The role the policy is associated with. Required. */
    const char *role_name;
    /* PolicyName: The name of the policy. Required. */
    const char *policy_name;
    /* PolicyDocument: The policy document. IAM stores policies in JSON format.
     * However, resources that were created using CloudFormation templates can be
     * formatted in YAML. Required. */
    const char *policy_document;
};

/* GetRoleRequest */
struct awsc_iam_get_role_input {
    /* RoleName: The name of the IAM role to get information about. Required. */
    const char *role_name;
};

/*
 * Contains the response to a successful GetRole request.
 */
struct awsc_iam_get_role_output {
    /* Role: A structure containing details about the IAM role. Required. */
    struct awsc_iam_role *role;
};

/* GetSAMLProviderRequest */
struct awsc_iam_get_saml_provider_input {
    /* SAMLProviderArn: The Amazon Resource Name (ARN) of the SAML provider
     * resource object in IAM to get information about. Required. */
    const char *saml_provider_arn;
};

/*
 * Contains the response to a successful GetSAMLProvider request.
 */
struct awsc_iam_get_saml_provider_output {
    /* SAMLProviderUUID: The unique identifier assigned to the SAML provider. */
    const char *saml_provider_uuid;
    /* SAMLMetadataDocument: The XML metadata document that includes information
     * about an identity provider. */
    const char *saml_metadata_document;
    /* CreateDate: The date and time when the SAML provider was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* ValidUntil: The expiration date and time for the SAML provider. */
    bool has_valid_until;
    struct awsc_timestamp valid_until;
    /* Tags: A list of tags that are attached to the specified IAM SAML provider.
     * The returned list of tags is sorted by tag key. */
    struct awsc_iam_tag_list_type tags;
    /* AssertionEncryptionMode: Specifies the encryption setting for the SAML
     * provider. One of enum awsc_iam_assertion_encryption_mode_type's values (as
     * its string). */
    const char *assertion_encryption_mode;
    /* PrivateKeyList: The private key metadata for the SAML provider. */
    struct awsc_iam_private_key_list private_key_list;
};

/* GetSSHPublicKeyRequest */
struct awsc_iam_get_ssh_public_key_input {
    /* UserName: The name of the IAM user associated with the SSH public key.
     * Required. */
    const char *user_name;
    /* SSHPublicKeyId: The unique identifier for the SSH public key. Required. */
    const char *ssh_public_key_id;
    /* Encoding: Specifies the public key encoding format to use in the response.
     * To retrieve the public key in ssh-rsa format, use SSH . To retrieve the
     * public key in PEM format, use PEM . Required. One of enum
     * awsc_iam_encoding_type's values (as its string). */
    const char *encoding;
};

/*
 * Contains the response to a successful GetSSHPublicKey request.
 */
struct awsc_iam_get_ssh_public_key_output {
    /* SSHPublicKey: A structure containing details about the SSH public key. */
    struct awsc_iam_ssh_public_key *ssh_public_key;
};

/* GetServerCertificateRequest */
struct awsc_iam_get_server_certificate_input {
    /* ServerCertificateName: The name of the server certificate you want to
     * retrieve information about. Required. */
    const char *server_certificate_name;
};

/*
 * Contains the response to a successful GetServerCertificate request.
 */
struct awsc_iam_get_server_certificate_output {
    /* ServerCertificate: A structure containing details about the server
     * certificate. Required. */
    struct awsc_iam_server_certificate *server_certificate;
};

/* GetServiceLastAccessedDetailsRequest */
struct awsc_iam_get_service_last_accessed_details_input {
    /* JobId: The ID of the request generated by the
     * GenerateServiceLastAccessedDetails operation. Required. */
    const char *job_id;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
};

/* GetServiceLastAccessedDetailsResponse */
struct awsc_iam_get_service_last_accessed_details_output {
    /* JobStatus: The status of the job. Required. One of enum
     * awsc_iam_job_status_type's values (as its string). */
    const char *job_status;
    /* JobType: The type of job. Service jobs return information about when each
     * service was last accessed. Action jobs also include information about when
     * tracked actions within the service were last accessed. One of enum
     * awsc_iam_access_advisor_usage_granularity_type's values (as its string). */
    const char *job_type;
    /* JobCreationDate: The date and time, in ISO 8601 date-time format , when the
     * report job was created. Required. */
    bool has_job_creation_date;
    struct awsc_timestamp job_creation_date;
    /* ServicesLastAccessed: A ServiceLastAccessed object that contains details
     * about the most recent attempt to access the service. Required. */
    struct awsc_iam_services_last_accessed services_last_accessed;
    /* JobCompletionDate: The date and time, in ISO 8601 date-time format , when
     * the generated report job was completed or failed. Required. */
    bool has_job_completion_date;
    struct awsc_timestamp job_completion_date;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
    /* Error: An object that contains details about the reason the operation
     * failed. */
    struct awsc_iam_error_details *error;
};

/* GetServiceLastAccessedDetailsWithEntitiesRequest */
struct awsc_iam_get_service_last_accessed_details_with_entities_input {
    /* JobId: The ID of the request generated by the
     * GenerateServiceLastAccessedDetails operation. Required. */
    const char *job_id;
    /* ServiceNamespace: The service namespace for an Amazon Web Services service.
     * Provide the service namespace to learn when the IAM entity last attempted to
     * access the specified service. Required. */
    const char *service_namespace;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
};

/* GetServiceLastAccessedDetailsWithEntitiesResponse */
struct awsc_iam_get_service_last_accessed_details_with_entities_output {
    /* JobStatus: The status of the job. Required. One of enum
     * awsc_iam_job_status_type's values (as its string). */
    const char *job_status;
    /* JobCreationDate: The date and time, in ISO 8601 date-time format , when the
     * report job was created. Required. */
    bool has_job_creation_date;
    struct awsc_timestamp job_creation_date;
    /* JobCompletionDate: The date and time, in ISO 8601 date-time format , when
     * the generated report job was completed or failed. Required. */
    bool has_job_completion_date;
    struct awsc_timestamp job_completion_date;
    /* EntityDetailsList: An EntityDetailsList object that contains details about
     * when an IAM entity (user or role) used group or policy permissions in an
     * attempt to access the specified Amazon Web Services service. Required. */
    struct awsc_iam_entity_details_list_type entity_details_list;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
    /* Error: An object that contains details about the reason the operation
     * failed. */
    struct awsc_iam_error_details *error;
};

/* GetServiceLinkedRoleDeletionStatusRequest */
struct awsc_iam_get_service_linked_role_deletion_status_input {
    /* DeletionTaskId: The deletion task identifier. This identifier is returned by
     * the DeleteServiceLinkedRole operation in the format
     * task/aws-service-role/<service-principal-name>/<role-name>/<task-uuid> .
     * Required. */
    const char *deletion_task_id;
};

/* GetServiceLinkedRoleDeletionStatusResponse */
struct awsc_iam_get_service_linked_role_deletion_status_output {
    /* Status: The status of the deletion. Required. One of enum
     * awsc_iam_deletion_task_status_type's values (as its string). */
    const char *status;
    /* Reason: An object that contains details about the reason the deletion
     * failed. */
    struct awsc_iam_deletion_task_failure_reason_type *reason;
};

/* GetUserPolicyRequest */
struct awsc_iam_get_user_policy_input {
    /* UserName: The name of the user who the policy is associated with. Required. */
    const char *user_name;
    /* PolicyName: The name of the policy document to get. Required. */
    const char *policy_name;
};

/*
 * Contains the response to a successful GetUserPolicy request.
 */
struct awsc_iam_get_user_policy_output {
    /* UserName: The user the policy is associated with. Required. */
    const char *user_name;
    /* PolicyName: The name of the policy. Required. */
    const char *policy_name;
    /* PolicyDocument: The policy document. IAM stores policies in JSON format.
     * However, resources that were created using CloudFormation templates can be
     * formatted in YAML. Required. */
    const char *policy_document;
};

/* GetUserRequest */
struct awsc_iam_get_user_input {
    /* UserName: The name of the user to get information about. */
    const char *user_name;
};

/*
 * Contains the response to a successful GetUser request.
 */
struct awsc_iam_get_user_output {
    /* User: A structure containing details about the IAM user. Due to a service
     * issue, password last used data does not include password use from May 3,
     * 2018 22:50 PDT to May 23, 2018 14:08 PDT. Required. */
    struct awsc_iam_user *user;
};

/*
 * Contains information about an IAM group entity.
 */
struct awsc_iam_group {
    /* Path: The path to the group. For more information about paths, see IAM
     * identifiers in the IAM User Guide . Required. */
    const char *path;
    /* GroupName: The friendly name that identifies the group. Required. */
    const char *group_name;
    /* GroupId: The stable and unique string identifying the group. For more
     * information about IDs, see IAM identifiers in the IAM User Guide . Required. */
    const char *group_id;
    /* Arn: The Amazon Resource Name (ARN) specifying the group. For more
     * information about ARNs and how to use them in policies, see IAM identifiers
     * in the IAM User Guide . Required. */
    const char *arn;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the group
     * was created. Required. */
    bool has_create_date;
    struct awsc_timestamp create_date;
};

/*
 * Contains information about an IAM group, including all of the group's
 * policies.
 */
struct awsc_iam_group_detail {
    /* Path: The path to the group. For more information about paths, see IAM
     * identifiers in the IAM User Guide . */
    const char *path;
    /* GroupName: The friendly name that identifies the group. */
    const char *group_name;
    /* GroupId: The stable and unique string identifying the group. For more
     * information about IDs, see IAM identifiers in the IAM User Guide . */
    const char *group_id;
    /* Arn: */
    const char *arn;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the group
     * was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* GroupPolicyList: A list of the inline policies embedded in the group. */
    struct awsc_iam_policy_detail_list_type group_policy_list;
    /* AttachedManagedPolicies: A list of the managed policies attached to the
     * group. */
    struct awsc_iam_attached_policies_list_type attached_managed_policies;
};

/*
 * Identifies one or more inline policies that are embedded in IAM users,
 * groups, or roles, by the name of the policy together with the type and name
 * of the entity that it is attached to.
 */
struct awsc_iam_inline_policy_identifier_type {
    /* PolicyName: The name of the inline policy. Required. */
    const char *policy_name;
    /* AttachmentType: The type of IAM entity that the inline policy is attached
     * to. Required. One of enum awsc_iam_attachment_type's values (as its string). */
    const char *attachment_type;
    /* AttachmentName: The name of the IAM user, group, or role that the inline
     * policy is attached to. Required. */
    const char *attachment_name;
};

/*
 * Contains information about an instance profile.
 */
struct awsc_iam_instance_profile {
    /* Path: The path to the instance profile. For more information about paths,
     * see IAM identifiers in the IAM User Guide . Required. */
    const char *path;
    /* InstanceProfileName: The name identifying the instance profile. Required. */
    const char *instance_profile_name;
    /* InstanceProfileId: The stable and unique string identifying the instance
     * profile. For more information about IDs, see IAM identifiers in the IAM User
     * Guide . Required. */
    const char *instance_profile_id;
    /* Arn: The Amazon Resource Name (ARN) specifying the instance profile. For
     * more information about ARNs and how to use them in policies, see IAM
     * identifiers in the IAM User Guide . Required. */
    const char *arn;
    /* CreateDate: The date when the instance profile was created. Required. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* Roles: The role associated with the instance profile. Required. */
    struct awsc_iam_role_list_type roles;
    /* Tags: A list of tags that are attached to the instance profile. For more
     * information about tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

/*
 * The request was rejected because the authentication code was not recognized.
 * The error message describes the specific error.
 */
struct awsc_iam_invalid_authentication_code_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the certificate is invalid.
 */
struct awsc_iam_invalid_certificate_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because an invalid or out-of-range value was
 * supplied for an input parameter.
 */
struct awsc_iam_invalid_input_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the public key is malformed or otherwise
 * invalid.
 */
struct awsc_iam_invalid_public_key_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the type of user for the transaction was
 * incorrect.
 */
struct awsc_iam_invalid_user_type_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the public key certificate and the private
 * key do not match.
 */
struct awsc_iam_key_pair_mismatch_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because it attempted to create resources beyond the
 * current Amazon Web Services account limits. The error message describes the
 * limit exceeded.
 */
struct awsc_iam_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/* ListAccessKeysRequest */
struct awsc_iam_list_access_keys_input {
    /* UserName: The name of the user. This parameter allows (through its regex
     * pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. */
    const char *user_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListAccessKeys request.
 */
struct awsc_iam_list_access_keys_output {
    /* AccessKeyMetadata: A list of objects containing metadata about the access
     * keys. Required. */
    struct awsc_iam_access_key_metadata_list_type access_key_metadata;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListAccountAliasesRequest */
struct awsc_iam_list_account_aliases_input {
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListAccountAliases request.
 */
struct awsc_iam_list_account_aliases_output {
    /* AccountAliases: A list of aliases associated with the account. Amazon Web
     * Services supports only one alias per account. Required. */
    struct awsc_iam_tag_key_list_type account_aliases;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListAttachedGroupPoliciesRequest */
struct awsc_iam_list_attached_group_policies_input {
    /* GroupName: The name (friendly name, not ARN) of the group to list attached
     * policies for. Required. */
    const char *group_name;
    /* PathPrefix: The path prefix for filtering the results. This parameter is
     * optional. If it is not included, it defaults to a slash (/), listing all
     * policies. */
    const char *path_prefix;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListAttachedGroupPolicies request.
 */
struct awsc_iam_list_attached_group_policies_output {
    /* AttachedPolicies: A list of the attached policies. */
    struct awsc_iam_attached_policies_list_type attached_policies;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListAttachedRolePoliciesRequest */
struct awsc_iam_list_attached_role_policies_input {
    /* RoleName: The name (friendly name, not ARN) of the role to list attached
     * policies for. Required. */
    const char *role_name;
    /* PathPrefix: The path prefix for filtering the results. This parameter is
     * optional. If it is not included, it defaults to a slash (/), listing all
     * policies. */
    const char *path_prefix;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListAttachedRolePolicies request.
 */
struct awsc_iam_list_attached_role_policies_output {
    /* AttachedPolicies: A list of the attached policies. */
    struct awsc_iam_attached_policies_list_type attached_policies;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListAttachedUserPoliciesRequest */
struct awsc_iam_list_attached_user_policies_input {
    /* UserName: The name (friendly name, not ARN) of the user to list attached
     * policies for. Required. */
    const char *user_name;
    /* PathPrefix: The path prefix for filtering the results. This parameter is
     * optional. If it is not included, it defaults to a slash (/), listing all
     * policies. */
    const char *path_prefix;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListAttachedUserPolicies request.
 */
struct awsc_iam_list_attached_user_policies_output {
    /* AttachedPolicies: A list of the attached policies. */
    struct awsc_iam_attached_policies_list_type attached_policies;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListDelegationRequestsRequest */
struct awsc_iam_list_delegation_requests_input {
    /* OwnerId: The owner ID to filter delegation requests by. */
    const char *owner_id;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListDelegationRequestsResponse */
struct awsc_iam_list_delegation_requests_output {
    /* DelegationRequests: A list of delegation requests that match the specified
     * criteria. */
    struct awsc_iam_delegation_requests_list_type delegation_requests;
    /* Marker: When isTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
    /* isTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
};

/* ListEntitiesForPolicyRequest */
struct awsc_iam_list_entities_for_policy_input {
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy for which you
     * want the versions. Required. */
    const char *policy_arn;
    /* EntityFilter: The entity type to use for filtering the results. One of enum
     * awsc_iam_entity_type's values (as its string). */
    const char *entity_filter;
    /* PathPrefix: The path prefix for filtering the results. This parameter is
     * optional. If it is not included, it defaults to a slash (/), listing all
     * entities. */
    const char *path_prefix;
    /* PolicyUsageFilter: The policy usage method to use for filtering the results.
     * One of enum awsc_iam_policy_usage_type's values (as its string). */
    const char *policy_usage_filter;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListEntitiesForPolicy request.
 */
struct awsc_iam_list_entities_for_policy_output {
    /* PolicyGroups: A list of IAM groups that the policy is attached to. */
    struct awsc_iam_policy_group_list_type policy_groups;
    /* PolicyUsers: A list of IAM users that the policy is attached to. */
    struct awsc_iam_policy_user_list_type policy_users;
    /* PolicyRoles: A list of IAM roles that the policy is attached to. */
    struct awsc_iam_policy_role_list_type policy_roles;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListGroupPoliciesRequest */
struct awsc_iam_list_group_policies_input {
    /* GroupName: The name of the group to list policies for. Required. */
    const char *group_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListGroupPolicies request.
 */
struct awsc_iam_list_group_policies_output {
    /* PolicyNames: A list of policy names. This parameter allows (through its
     * regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    struct awsc_iam_tag_key_list_type policy_names;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListGroupsForUserRequest */
struct awsc_iam_list_groups_for_user_input {
    /* UserName: The name of the user to list groups for. Required. */
    const char *user_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListGroupsForUser request.
 */
struct awsc_iam_list_groups_for_user_output {
    /* Groups: A list of groups. Required. */
    struct awsc_iam_group_list_type groups;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListGroupsRequest */
struct awsc_iam_list_groups_input {
    /* PathPrefix: The path prefix for filtering the results. For example, the
     * prefix /division_abc/subdivision_xyz/ gets all groups whose path starts with
     * /division_abc/subdivision_xyz/ . */
    const char *path_prefix;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListGroups request.
 */
struct awsc_iam_list_groups_output {
    /* Groups: A list of groups. Required. */
    struct awsc_iam_group_list_type groups;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListInstanceProfileTagsRequest */
struct awsc_iam_list_instance_profile_tags_input {
    /* InstanceProfileName: The name of the IAM instance profile whose tags you
     * want to see. Required. */
    const char *instance_profile_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListInstanceProfileTagsResponse */
struct awsc_iam_list_instance_profile_tags_output {
    /* Tags: The list of tags that are currently attached to the IAM instance
     * profile. Each tag consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListInstanceProfilesForRoleRequest */
struct awsc_iam_list_instance_profiles_for_role_input {
    /* RoleName: The name of the role to list instance profiles for. Required. */
    const char *role_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListInstanceProfilesForRole request.
 */
struct awsc_iam_list_instance_profiles_for_role_output {
    /* InstanceProfiles: A list of instance profiles. Required. */
    struct awsc_iam_instance_profile_list_type instance_profiles;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListInstanceProfilesRequest */
struct awsc_iam_list_instance_profiles_input {
    /* PathPrefix: The path prefix for filtering the results. For example, the
     * prefix /application_abc/component_xyz/ gets all instance profiles whose path
     * starts with /application_abc/component_xyz/ . */
    const char *path_prefix;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListInstanceProfiles request.
 */
struct awsc_iam_list_instance_profiles_output {
    /* InstanceProfiles: A list of instance profiles. Required. */
    struct awsc_iam_instance_profile_list_type instance_profiles;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListMFADeviceTagsRequest */
struct awsc_iam_list_mfa_device_tags_input {
    /* SerialNumber: The unique identifier for the IAM virtual MFA device whose
     * tags you want to see. For virtual MFA devices, the serial number is the same
     * as the ARN. Required. */
    const char *serial_number;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListMFADeviceTagsResponse */
struct awsc_iam_list_mfa_device_tags_output {
    /* Tags: The list of tags that are currently attached to the virtual MFA
     * device. Each tag consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListMFADevicesRequest */
struct awsc_iam_list_mfa_devices_input {
    /* UserName: The name of the user whose MFA devices you want to list. */
    const char *user_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListMFADevices request.
 */
struct awsc_iam_list_mfa_devices_output {
    /* MFADevices: A list of MFA devices. Required. */
    struct awsc_iam_mfa_device_list_type mfa_devices;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListOpenIDConnectProviderTagsRequest */
struct awsc_iam_list_open_id_connect_provider_tags_input {
    /* OpenIDConnectProviderArn: The ARN of the OpenID Connect (OIDC) identity
     * provider whose tags you want to see. Required. */
    const char *open_id_connect_provider_arn;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListOpenIDConnectProviderTagsResponse */
struct awsc_iam_list_open_id_connect_provider_tags_output {
    /* Tags: The list of tags that are currently attached to the OpenID Connect
     * (OIDC) identity provider. Each tag consists of a key name and an associated
     * value. Required. */
    struct awsc_iam_tag_list_type tags;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListOpenIDConnectProvidersRequest */
struct awsc_iam_list_open_id_connect_providers_input {
    char unused_; /* no members */
};

/*
 * Contains the response to a successful ListOpenIDConnectProviders request.
 */
struct awsc_iam_list_open_id_connect_providers_output {
    /* OpenIDConnectProviderList: The list of IAM OIDC provider resource objects
     * defined in the Amazon Web Services account. */
    struct awsc_iam_open_id_connect_provider_list_type open_id_connect_provider_list;
};

/* ListOrganizationsFeaturesRequest */
struct awsc_iam_list_organizations_features_input {
    char unused_; /* no members */
};

/* ListOrganizationsFeaturesResponse */
struct awsc_iam_list_organizations_features_output {
    /* OrganizationId: The unique identifier (ID) of an organization. */
    const char *organization_id;
    /* EnabledFeatures: Specifies the features that are currently available in your
     * organization. */
    struct awsc_iam_tag_key_list_type enabled_features;
};

/*
 * Contains details about the permissions policies that are attached to the
 * specified identity (user, group, or role).
 */
struct awsc_iam_list_policies_granting_service_access_entry {
    /* ServiceNamespace: The namespace of the service that was accessed. */
    const char *service_namespace;
    /* Policies: The PoliciesGrantingServiceAccess object that contains details
     * about the policy. */
    struct awsc_iam_policy_granting_service_access_list_type policies;
};

/* ListPoliciesGrantingServiceAccessRequest */
struct awsc_iam_list_policies_granting_service_access_input {
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* Arn: The ARN of the IAM identity (user, group, or role) whose policies you
     * want to list. Required. */
    const char *arn;
    /* ServiceNamespaces: The service namespace for the Amazon Web Services
     * services whose policies you want to list. Required. */
    struct awsc_iam_tag_key_list_type service_namespaces;
};

/* ListPoliciesGrantingServiceAccessResponse */
struct awsc_iam_list_policies_granting_service_access_output {
    /* PoliciesGrantingServiceAccess: A ListPoliciesGrantingServiceAccess object
     * that contains details about the permissions policies attached to the
     * specified identity (user, group, or role). Required. */
    struct awsc_iam_list_policy_granting_service_access_response_list_type policies_granting_service_access;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListPoliciesRequest */
struct awsc_iam_list_policies_input {
    /* Scope: The scope to use for filtering the results. One of enum
     * awsc_iam_policy_scope_type's values (as its string). */
    const char *scope;
    /* OnlyAttached: A flag to filter the results to only the attached policies. */
    bool has_only_attached;
    bool only_attached;
    /* PathPrefix: The path prefix for filtering the results. This parameter is
     * optional. If it is not included, it defaults to a slash (/), listing all
     * policies. */
    const char *path_prefix;
    /* PolicyUsageFilter: The policy usage method to use for filtering the results.
     * One of enum awsc_iam_policy_usage_type's values (as its string). */
    const char *policy_usage_filter;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListPolicies request.
 */
struct awsc_iam_list_policies_output {
    /* Policies: A list of policies. */
    struct awsc_iam_policy_list_type policies;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListPolicyTagsRequest */
struct awsc_iam_list_policy_tags_input {
    /* PolicyArn: The ARN of the IAM customer managed policy whose tags you want to
     * see. Required. */
    const char *policy_arn;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListPolicyTagsResponse */
struct awsc_iam_list_policy_tags_output {
    /* Tags: The list of tags that are currently attached to the IAM customer
     * managed policy. Each tag consists of a key name and an associated value.
     * Required. */
    struct awsc_iam_tag_list_type tags;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListPolicyVersionsRequest */
struct awsc_iam_list_policy_versions_input {
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy for which you
     * want the versions. Required. */
    const char *policy_arn;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListPolicyVersions request.
 */
struct awsc_iam_list_policy_versions_output {
    /* Versions: A list of policy versions. For more information about managed
     * policy versions, see Versioning for managed policies in the IAM User Guide . */
    struct awsc_iam_policy_document_version_list_type versions;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListRolePoliciesRequest */
struct awsc_iam_list_role_policies_input {
    /* RoleName: The name of the role to list policies for. Required. */
    const char *role_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListRolePolicies request.
 */
struct awsc_iam_list_role_policies_output {
    /* PolicyNames: A list of policy names. Required. */
    struct awsc_iam_tag_key_list_type policy_names;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListRoleTagsRequest */
struct awsc_iam_list_role_tags_input {
    /* RoleName: The name of the IAM role for which you want to see the list of
     * tags. Required. */
    const char *role_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListRoleTagsResponse */
struct awsc_iam_list_role_tags_output {
    /* Tags: The list of tags that are currently attached to the role. Each tag
     * consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListRolesRequest */
struct awsc_iam_list_roles_input {
    /* PathPrefix: The path prefix for filtering the results. For example, the
     * prefix /application_abc/component_xyz/ gets all roles whose path starts with
     * /application_abc/component_xyz/ . */
    const char *path_prefix;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListRoles request.
 */
struct awsc_iam_list_roles_output {
    /* Roles: A list of roles. Required. */
    struct awsc_iam_role_list_type roles;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListSAMLProviderTagsRequest */
struct awsc_iam_list_saml_provider_tags_input {
    /* SAMLProviderArn: The ARN of the Security Assertion Markup Language (SAML)
     * identity provider whose tags you want to see. Required. */
    const char *saml_provider_arn;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListSAMLProviderTagsResponse */
struct awsc_iam_list_saml_provider_tags_output {
    /* Tags: The list of tags that are currently attached to the Security Assertion
     * Markup Language (SAML) identity provider. Each tag consists of a key name
     * and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListSAMLProvidersRequest */
struct awsc_iam_list_saml_providers_input {
    char unused_; /* no members */
};

/*
 * Contains the response to a successful ListSAMLProviders request.
 */
struct awsc_iam_list_saml_providers_output {
    /* SAMLProviderList: The list of SAML provider resource objects defined in IAM
     * for this Amazon Web Services account. */
    struct awsc_iam_saml_provider_list_type saml_provider_list;
};

/* ListSSHPublicKeysRequest */
struct awsc_iam_list_ssh_public_keys_input {
    /* UserName: The name of the IAM user to list SSH public keys for. If none is
     * specified, the UserName field is determined implicitly based on the Amazon
     * Web Services access key used to sign the request. */
    const char *user_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListSSHPublicKeys request.
 */
struct awsc_iam_list_ssh_public_keys_output {
    /* SSHPublicKeys: A list of the SSH public keys assigned to IAM user. */
    struct awsc_iam_ssh_public_key_list_type ssh_public_keys;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListServerCertificateTagsRequest */
struct awsc_iam_list_server_certificate_tags_input {
    /* ServerCertificateName: The name of the IAM server certificate whose tags you
     * want to see. Required. */
    const char *server_certificate_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListServerCertificateTagsResponse */
struct awsc_iam_list_server_certificate_tags_output {
    /* Tags: The list of tags that are currently attached to the IAM server
     * certificate. Each tag consists of a key name and an associated value.
     * Required. */
    struct awsc_iam_tag_list_type tags;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListServerCertificatesRequest */
struct awsc_iam_list_server_certificates_input {
    /* PathPrefix: The path prefix for filtering the results. For example:
     * /company/servercerts would get all server certificates for which the path
     * starts with /company/servercerts . */
    const char *path_prefix;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListServerCertificates request.
 */
struct awsc_iam_list_server_certificates_output {
    /* ServerCertificateMetadataList: A list of server certificates. Required. */
    struct awsc_iam_server_certificate_metadata_list_type server_certificate_metadata_list;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListServiceSpecificCredentialsRequest */
struct awsc_iam_list_service_specific_credentials_input {
    /* UserName: The name of the user whose service-specific credentials you want
     * information about. */
    const char *user_name;
    /* ServiceName: Filters the returned results to only those for the specified
     * Amazon Web Services service. If not specified, then Amazon Web Services
     * returns service-specific credentials for all services. */
    const char *service_name;
    /* AllUsers: A flag indicating whether to list service specific credentials for
     * all users. This parameter cannot be specified together with UserName. */
    bool has_all_users;
    bool all_users;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListServiceSpecificCredentialsResponse */
struct awsc_iam_list_service_specific_credentials_output {
    /* ServiceSpecificCredentials: A list of structures that each contain details
     * about a service-specific credential. */
    struct awsc_iam_service_specific_credentials_list_type service_specific_credentials;
    /* Marker: When IsTruncated is true, this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
};

/* ListSigningCertificatesRequest */
struct awsc_iam_list_signing_certificates_input {
    /* UserName: The name of the IAM user whose signing certificates you want to
     * examine. */
    const char *user_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListSigningCertificates request.
 */
struct awsc_iam_list_signing_certificates_output {
    /* Certificates: A list of the user's signing certificate information.
     * Required. */
    struct awsc_iam_certificate_list_type certificates;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListUserPoliciesRequest */
struct awsc_iam_list_user_policies_input {
    /* UserName: The name of the user to list policies for. Required. */
    const char *user_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListUserPolicies request.
 */
struct awsc_iam_list_user_policies_output {
    /* PolicyNames: A list of policy names. Required. */
    struct awsc_iam_tag_key_list_type policy_names;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListUserTagsRequest */
struct awsc_iam_list_user_tags_input {
    /* UserName: The name of the IAM user whose tags you want to see. Required. */
    const char *user_name;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/* ListUserTagsResponse */
struct awsc_iam_list_user_tags_output {
    /* Tags: The list of tags that are currently attached to the user. Each tag
     * consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListUsersRequest */
struct awsc_iam_list_users_input {
    /* PathPrefix: The path prefix for filtering the results. For example:
     * /division_abc/subdivision_xyz/ , which would get all user names whose path
     * starts with /division_abc/subdivision_xyz/ . */
    const char *path_prefix;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListUsers request.
 */
struct awsc_iam_list_users_output {
    /* Users: A list of users. Required. */
    struct awsc_iam_user_list_type users;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* ListVirtualMFADevicesRequest */
struct awsc_iam_list_virtual_mfa_devices_input {
    /* AssignmentStatus: The status ( Unassigned or Assigned ) of the devices to
     * list. If you do not specify an AssignmentStatus , the operation defaults to
     * Any , which lists both assigned and unassigned virtual MFA devices., One of
     * enum awsc_iam_assignment_status_type's values (as its string). */
    const char *assignment_status;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
};

/*
 * Contains the response to a successful ListVirtualMFADevices request.
 */
struct awsc_iam_list_virtual_mfa_devices_output {
    /* VirtualMFADevices: The list of virtual MFA devices in the current account
     * that match the AssignmentStatus value that was passed in the request.
     * Required. */
    struct awsc_iam_virtual_mfa_device_list_type virtual_mfa_devices;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/*
 * Contains the user name and password create date for a user.
 */
struct awsc_iam_login_profile {
    /* UserName: The name of the user, which can be used for signing in to the
     * Amazon Web Services Management Console. Required. */
    const char *user_name;
    /* CreateDate: The date when the password for the user was created. Required. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* PasswordResetRequired: Specifies whether the user is required to set a new
     * password on next sign-in. */
    bool has_password_reset_required;
    bool password_reset_required;
};

/*
 * Contains information about an MFA device.
 */
struct awsc_iam_mfa_device {
    /* UserName: The user with whom the MFA device is associated. Required. */
    const char *user_name;
    /* SerialNumber: The serial number that uniquely identifies the MFA device. For
     * virtual MFA devices, the serial number is the device ARN. Required. */
    const char *serial_number;
    /* EnableDate: The date when the MFA device was enabled for the user. Required. */
    bool has_enable_date;
    struct awsc_timestamp enable_date;
};

/*
 * The request was rejected because the certificate was malformed or expired.
 * The error message describes the specific error.
 */
struct awsc_iam_malformed_certificate_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the policy document was malformed. The
 * error message describes the specific error.
 */
struct awsc_iam_malformed_policy_document_exception {
    /* message: */
    const char *message;
};

/*
 * Contains information about a managed policy, including the policy's ARN,
 * versions, and the number of principal entities (users, groups, and roles)
 * that the policy is attached to.
 */
struct awsc_iam_managed_policy_detail {
    /* PolicyName: The friendly name (not ARN) identifying the policy. */
    const char *policy_name;
    /* PolicyId: The stable and unique string identifying the policy. */
    const char *policy_id;
    /* Arn: */
    const char *arn;
    /* Path: The path to the policy. For more information about paths, see IAM
     * identifiers in the IAM User Guide . */
    const char *path;
    /* DefaultVersionId: The identifier for the version of the policy that is set
     * as the default (operative) version. */
    const char *default_version_id;
    /* AttachmentCount: The number of principal entities (users, groups, and roles)
     * that the policy is attached to. */
    bool has_attachment_count;
    int32_t attachment_count;
    /* PermissionsBoundaryUsageCount: The number of entities (users and roles) for
     * which the policy is used as the permissions boundary. */
    bool has_permissions_boundary_usage_count;
    int32_t permissions_boundary_usage_count;
    /* IsAttachable: Specifies whether the policy can be attached to an IAM user,
     * group, or role. */
    bool has_is_attachable;
    bool is_attachable;
    /* Description: A friendly description of the policy. */
    const char *description;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the
     * policy was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* UpdateDate: The date and time, in ISO 8601 date-time format , when the
     * policy was last updated. */
    bool has_update_date;
    struct awsc_timestamp update_date;
    /* PolicyVersionList: A list containing information about the versions of the
     * policy. */
    struct awsc_iam_policy_document_version_list_type policy_version_list;
};

/*
 * The request was rejected because it referenced a resource entity that does
 * not exist. The error message describes the resource.
 */
struct awsc_iam_no_such_entity_exception {
    /* message: */
    const char *message;
};

/*
 * Contains the Amazon Resource Name (ARN) for an IAM OpenID Connect provider.
 */
struct awsc_iam_open_id_connect_provider_list_entry {
    /* Arn: */
    const char *arn;
};

/*
 * The request failed because IAM cannot connect to the OpenID Connect identity
 * provider URL.
 */
struct awsc_iam_open_id_idp_communication_error_exception {
    /* message: */
    const char *message;
};

/*
 * Represents one level of an Organizations hierarchy—the organization root, an
 * organizational unit (OU), or an account—together with the service control
 * policies (SCPs) that apply at that level.
 */
struct awsc_iam_ordered_organization_policy_type {
    /* ServiceControlPolicyInputList: A list of SCP documents that apply at this
     * level of the Organizations hierarchy. Each document is specified as a string
     * containing the complete, valid JSON text of an SCP. */
    struct awsc_iam_tag_key_list_type service_control_policy_input_list;
};

/*
 * The request was rejected because no organization is associated with your
 * account.
 */
struct awsc_iam_organization_not_found_exception {
    char unused_; /* no members */
};

/*
 * The request was rejected because your organization does not have All
 * features enabled. For more information, see Available feature sets in the
 * Organizations User Guide .
 */
struct awsc_iam_organization_not_in_all_features_mode_exception {
    char unused_; /* no members */
};

/*
 * Contains information about the effect that Organizations has on a policy
 * simulation.
 */
struct awsc_iam_organizations_decision_detail {
    /* AllowedByOrganizations: Specifies whether the simulated operation is allowed
     * by the Organizations service control policies that impact the simulated
     * user's account. */
    bool has_allowed_by_organizations;
    bool allowed_by_organizations;
};

/*
 * Contains information about the account password policy.
 */
struct awsc_iam_password_policy {
    /* MinimumPasswordLength: Minimum length to require for IAM user passwords. */
    bool has_minimum_password_length;
    int32_t minimum_password_length;
    /* RequireSymbols: Specifies whether IAM user passwords must contain at least
     * one of the following symbols: */
    bool has_require_symbols;
    bool require_symbols;
    /* RequireNumbers: Specifies whether IAM user passwords must contain at least
     * one numeric character (0 to 9). */
    bool has_require_numbers;
    bool require_numbers;
    /* RequireUppercaseCharacters: Specifies whether IAM user passwords must
     * contain at least one uppercase character (A to Z). */
    bool has_require_uppercase_characters;
    bool require_uppercase_characters;
    /* RequireLowercaseCharacters: Specifies whether IAM user passwords must
     * contain at least one lowercase character (a to z). */
    bool has_require_lowercase_characters;
    bool require_lowercase_characters;
    /* AllowUsersToChangePassword: Specifies whether IAM users are allowed to
     * change their own password. Gives IAM users permissions to iam:ChangePassword
     * for only their user and to the iam:GetAccountPasswordPolicy action. */
    bool has_allow_users_to_change_password;
    bool allow_users_to_change_password;
    /* ExpirePasswords: Indicates whether passwords in the account expire. Returns
     * true if MaxPasswordAge contains a value greater than 0. Returns false if
     * MaxPasswordAge is 0 or not present. */
    bool has_expire_passwords;
    bool expire_passwords;
    /* MaxPasswordAge: The number of days that an IAM user password is valid. */
    bool has_max_password_age;
    int32_t max_password_age;
    /* PasswordReusePrevention: Specifies the number of previous passwords that IAM
     * users are prevented from reusing. */
    bool has_password_reuse_prevention;
    int32_t password_reuse_prevention;
    /* HardExpiry: Specifies whether IAM users are prevented from setting a new
     * password via the Amazon Web Services Management Console after their password
     * has expired. */
    bool has_hard_expiry;
    bool hard_expiry;
};

/*
 * The request was rejected because the provided password did not meet the
 * requirements imposed by the account password policy.
 */
struct awsc_iam_password_policy_violation_exception {
    /* message: */
    const char *message;
};

/*
 * Contains information about the effect that a permissions boundary has on a
 * policy simulation when the boundary is applied to an IAM entity.
 */
struct awsc_iam_permissions_boundary_decision_detail {
    /* AllowedByPermissionsBoundary: Specifies whether an action is allowed by a
     * permissions boundary that is applied to an IAM entity (user or role). A
     * value of true means that the permissions boundary does not deny the action. */
    bool has_allowed_by_permissions_boundary;
    bool allowed_by_permissions_boundary;
};

/*
 * Contains information about a managed policy.
 */
struct awsc_iam_policy {
    /* PolicyName: The friendly name (not ARN) identifying the policy. */
    const char *policy_name;
    /* PolicyId: The stable and unique string identifying the policy. */
    const char *policy_id;
    /* Arn: */
    const char *arn;
    /* Path: The path to the policy. For more information about paths, see IAM
     * identifiers in the IAM User Guide . */
    const char *path;
    /* DefaultVersionId: The identifier for the version of the policy that is set
     * as the default version. */
    const char *default_version_id;
    /* AttachmentCount: The number of entities (users, groups, and roles) that the
     * policy is attached to. */
    bool has_attachment_count;
    int32_t attachment_count;
    /* PermissionsBoundaryUsageCount: The number of entities (users and roles) for
     * which the policy is used to set the permissions boundary. */
    bool has_permissions_boundary_usage_count;
    int32_t permissions_boundary_usage_count;
    /* IsAttachable: Specifies whether the policy can be attached to an IAM user,
     * group, or role. */
    bool has_is_attachable;
    bool is_attachable;
    /* Description: A friendly description of the policy. This element is included
     * in the response to the GetPolicy operation. It is not included in the
     * response to the ListPolicies operation. */
    const char *description;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the
     * policy was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* UpdateDate: The date and time, in ISO 8601 date-time format , when the
     * policy was last updated. */
    bool has_update_date;
    struct awsc_timestamp update_date;
    /* Tags: A list of tags that are attached to the instance profile. For more
     * information about tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains information about an IAM policy, including the policy document.
 */
struct awsc_iam_policy_detail {
    /* PolicyName: The name of the policy. */
    const char *policy_name;
    /* PolicyDocument: The policy document. */
    const char *policy_document;
};

/*
 * The request failed because a provided policy could not be successfully
 * evaluated. An additional detailed message indicates the source of the
 * failure.
 */
struct awsc_iam_policy_evaluation_exception {
    /* message: */
    const char *message;
};

/*
 * Contains details about the permissions policies that are attached to the
 * specified identity (user, group, or role).
 */
struct awsc_iam_policy_granting_service_access {
    /* PolicyName: The policy name. Required. */
    const char *policy_name;
    /* PolicyType: The policy type. For more information about these policy types,
     * see Managed policies and inline policies in the IAM User Guide . Required.
     * One of enum awsc_iam_policy_type's values (as its string). */
    const char *policy_type;
    /* PolicyArn: */
    const char *policy_arn;
    /* EntityType: The type of entity (user or role) that used the policy to access
     * the service to which the inline policy is attached. One of enum
     * awsc_iam_policy_owner_entity_type's values (as its string). */
    const char *entity_type;
    /* EntityName: The name of the entity (user or role) to which the inline policy
     * is attached. */
    const char *entity_name;
};

/*
 * Contains information about a group that a managed policy is attached to.
 */
struct awsc_iam_policy_group {
    /* GroupName: The name (friendly name, not ARN) identifying the group. */
    const char *group_name;
    /* GroupId: The stable and unique string identifying the group. For more
     * information about IDs, see IAM identifiers in the IAM User Guide . */
    const char *group_id;
};

/*
 * Identifies one or more policies as a union type. Specify exactly one of
 * PolicyType , PolicyArn , or InlinePolicyIdentifier to identify policies by
 * their type, by Amazon Resource Name (ARN), or by the name of an inline
 * policy and the entity it is attached to.
 */
struct awsc_iam_policy_identifier {
    /* PolicyType: The policy type to identify. All policies of the specified type
     * are matched. One of enum awsc_iam_policy_identifier_policy_type's values (as
     * its string). */
    const char *policy_type;
    /* PolicyArn: The Amazon Resource Name (ARN) of an Amazon Web Services managed
     * policy or a customer managed policy that is attached to an IAM user, group,
     * or role. */
    const char *policy_arn;
    /* InlinePolicyIdentifier: An inline policy identifier consisting of a policy
     * name and the entity it is attached to. Wildcard characters ( * and ? ) in
     * the entity name can match multiple entities. */
    struct awsc_iam_inline_policy_identifier_type *inline_policy_identifier;
};

/*
 * The request failed because Amazon Web Services service role policies can
 * only be attached to the service-linked role for that service.
 */
struct awsc_iam_policy_not_attachable_exception {
    /* message: */
    const char *message;
};

/*
 * Contains information about a policy parameter used to customize delegated
 * permissions.
 */
struct awsc_iam_policy_parameter {
    /* Name: The name of the policy parameter. */
    const char *name;
    /* Values: The allowed values for the policy parameter. */
    struct awsc_iam_tag_key_list_type values;
    /* Type: The data type of the policy parameter value. One of enum
     * awsc_iam_policy_parameter_type_enum's values (as its string). */
    const char *type;
};

/*
 * Contains information about a role that a managed policy is attached to.
 */
struct awsc_iam_policy_role {
    /* RoleName: The name (friendly name, not ARN) identifying the role. */
    const char *role_name;
    /* RoleId: The stable and unique string identifying the role. For more
     * information about IDs, see IAM identifiers in the IAM User Guide . */
    const char *role_id;
};

/*
 * Contains information about a user that a managed policy is attached to.
 */
struct awsc_iam_policy_user {
    /* UserName: The name (friendly name, not ARN) identifying the user. */
    const char *user_name;
    /* UserId: The stable and unique string identifying the user. For more
     * information about IDs, see IAM identifiers in the IAM User Guide . */
    const char *user_id;
};

/*
 * Contains information about a version of a managed policy.
 */
struct awsc_iam_policy_version {
    /* Document: The policy document. The policy document is returned in the
     * response to the GetPolicyVersion and GetAccountAuthorizationDetails
     * operations. */
    const char *document;
    /* VersionId: The identifier for the policy version. */
    const char *version_id;
    /* IsDefaultVersion: Specifies whether the policy version is set as the
     * policy's default version. */
    bool has_is_default_version;
    bool is_default_version;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the
     * policy version was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
};

/*
 * Contains the row and column of a location of a Statement element in a policy
 * document.
 */
struct awsc_iam_position {
    /* Line: The line containing the specified position in the document. */
    bool has_line;
    int32_t line;
    /* Column: The column in the line containing the specified position in the
     * document. */
    bool has_column;
    int32_t column;
};

/* PutGroupPolicyRequest */
struct awsc_iam_put_group_policy_input {
    /* GroupName: The name of the group to associate the policy with. Required. */
    const char *group_name;
    /* PolicyName: The name of the policy document. This parameter allows (through
     * its regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *policy_name;
    /* PolicyDocument: The policy document. You must provide policies in JSON
     * format in IAM. However, for CloudFormation templates formatted in YAML, you
     * can provide the policy in JSON or YAML format. Required. */
    const char *policy_document;
};

/* PutRolePermissionsBoundaryRequest */
struct awsc_iam_put_role_permissions_boundary_input {
    /* RoleName: The name (friendly name, not ARN) of the IAM role for which you
     * want to set the permissions boundary. Required. */
    const char *role_name;
    /* PermissionsBoundary: The ARN of the managed policy that is used to set the
     * permissions boundary for the role. Required. */
    const char *permissions_boundary;
};

/* PutRolePolicyRequest */
struct awsc_iam_put_role_policy_input {
    /* RoleName: The name of the role to associate the policy with. Required. */
    const char *role_name;
    /* PolicyName: The name of the policy document. This parameter allows (through
     * its regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *policy_name;
    /* PolicyDocument: The policy document. You must provide policies in JSON
     * format in IAM. However, for CloudFormation templates formatted in YAML, you
     * can provide the policy in JSON or YAML format. Required. */
    const char *policy_document;
};

/* PutUserPermissionsBoundaryRequest */
struct awsc_iam_put_user_permissions_boundary_input {
    /* UserName: The name (friendly name, not ARN) of the IAM user for which you
     * want to set the permissions boundary. Required. */
    const char *user_name;
    /* PermissionsBoundary: The ARN of the managed policy that is used to set the
     * permissions boundary for the user. Required. */
    const char *permissions_boundary;
};

/* PutUserPolicyRequest */
struct awsc_iam_put_user_policy_input {
    /* UserName: The name of the user to associate the policy with. Required. */
    const char *user_name;
    /* PolicyName: The name of the policy document. This parameter allows (through
     * its regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *policy_name;
    /* PolicyDocument: The policy document. You must provide policies in JSON
     * format in IAM. However, for CloudFormation templates formatted in YAML, you
     * can provide the policy in JSON or YAML format. Required. */
    const char *policy_document;
};

/* RejectDelegationRequestRequest */
struct awsc_iam_reject_delegation_request_input {
    /* DelegationRequestId: The unique identifier of the delegation request to
     * reject. Required. */
    const char *delegation_request_id;
    /* Notes: Optional notes explaining the reason for rejecting the delegation
     * request. */
    const char *notes;
};

/* RemoveClientIDFromOpenIDConnectProviderRequest */
struct awsc_iam_remove_client_id_from_open_id_connect_provider_input {
    /* OpenIDConnectProviderArn: The Amazon Resource Name (ARN) of the IAM OIDC
     * provider resource to remove the client ID from. You can get a list of OIDC
     * provider ARNs by using the ListOpenIDConnectProviders operation. Required. */
    const char *open_id_connect_provider_arn;
    /* ClientID: The client ID (also known as audience) to remove from the IAM OIDC
     * provider resource. For more information about client IDs, see
     * CreateOpenIDConnectProvider . Required. */
    const char *client_id;
};

/* RemoveRoleFromInstanceProfileRequest */
struct awsc_iam_remove_role_from_instance_profile_input {
    /* InstanceProfileName: The name of the instance profile to update. Required. */
    const char *instance_profile_name;
    /* RoleName: The name of the role to remove. This parameter allows (through its
     * regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *role_name;
};

/* RemoveUserFromGroupRequest */
struct awsc_iam_remove_user_from_group_input {
    /* GroupName: The name of the group to update. This parameter allows (through
     * its regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *group_name;
    /* UserName: The name of the user to remove. This parameter allows (through its
     * regex pattern ) a string of characters consisting of upper and lowercase
     * alphanumeric characters with no spaces. Required. */
    const char *user_name;
};

/*
 * The request failed because the maximum number of concurrent requests for
 * this account are already running.
 */
struct awsc_iam_report_generation_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/* ResetServiceSpecificCredentialRequest */
struct awsc_iam_reset_service_specific_credential_input {
    /* UserName: The name of the IAM user associated with the service-specific
     * credential. If this value is not specified, then the operation assumes the
     * user whose credentials are used to call the operation. */
    const char *user_name;
    /* ServiceSpecificCredentialId: The unique identifier of the service-specific
     * credential. Required. */
    const char *service_specific_credential_id;
};

/* ResetServiceSpecificCredentialResponse */
struct awsc_iam_reset_service_specific_credential_output {
    /* ServiceSpecificCredential: A structure with details about the updated
     * service-specific credential, including the new password. This is the only
     * time that you can access the password. */
    struct awsc_iam_service_specific_credential *service_specific_credential;
};

/*
 * Contains the result of the simulation of a single API operation call on a
 * single resource.
 */
struct awsc_iam_resource_specific_result {
    /* EvalResourceName: The name of the simulated resource, in Amazon Resource
     * Name (ARN) format. Required. */
    const char *eval_resource_name;
    /* EvalResourceDecision: The result of the simulation of the simulated API
     * operation on the resource specified in EvalResourceName . Required. One of
     * enum awsc_iam_policy_evaluation_decision_type's values (as its string). */
    const char *eval_resource_decision;
    /* MatchedStatements: A list of the statements in the input policies that
     * determine the result for this part of the simulation. */
    struct awsc_iam_statement_list_type matched_statements;
    /* MissingContextValues: A list of context keys that are required by the
     * included input policies but that were not provided by one of the input
     * parameters. */
    struct awsc_iam_tag_key_list_type missing_context_values;
    /* EvalDecisionDetails: Additional details about the results of the evaluation
     * decision on a single resource. This parameter is returned only for
     * cross-account simulations. */
    struct awsc_iam_eval_decision_details_type eval_decision_details;
    /* PermissionsBoundaryDecisionDetail: Contains information about the effect
     * that a permissions boundary has on a policy simulation when that boundary is
     * applied to an IAM entity. */
    struct awsc_iam_permissions_boundary_decision_detail *permissions_boundary_decision_detail;
};

/* ResyncMFADeviceRequest */
struct awsc_iam_resync_mfa_device_input {
    /* UserName: The name of the user whose MFA device you want to resynchronize.
     * Required. */
    const char *user_name;
    /* SerialNumber: Serial number that uniquely identifies the MFA device.
     * Required. */
    const char *serial_number;
    /* AuthenticationCode1: An authentication code emitted by the device. Required. */
    const char *authentication_code1;
    /* AuthenticationCode2: A subsequent authentication code emitted by the device.
     * Required. */
    const char *authentication_code2;
};

/*
 * Contains information about an IAM role. This structure is returned as a
 * response element in several API operations that interact with roles.
 */
struct awsc_iam_role {
    /* Path: The path to the role. For more information about paths, see IAM
     * identifiers in the IAM User Guide . Required. */
    const char *path;
    /* RoleName: The friendly name that identifies the role. Required. */
    const char *role_name;
    /* RoleId: The stable and unique string identifying the role. For more
     * information about IDs, see IAM identifiers in the IAM User Guide . Required. */
    const char *role_id;
    /* Arn: The Amazon Resource Name (ARN) specifying the role. For more
     * information about ARNs and how to use them in policies, see IAM identifiers
     * in the IAM User Guide guide. Required. */
    const char *arn;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the role
     * was created. Required. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* AssumeRolePolicyDocument: The policy that grants an entity permission to
     * assume the role. */
    const char *assume_role_policy_document;
    /* Description: A description of the role that you provide. */
    const char *description;
    /* MaxSessionDuration: The maximum session duration (in seconds) for the
     * specified role. Anyone who uses the CLI, or API to assume the role can
     * specify the duration using the optional DurationSeconds API parameter or ... */
    bool has_max_session_duration;
    int32_t max_session_duration;
    /* PermissionsBoundary: The ARN of the policy used to set the permissions
     * boundary for the role. */
    struct awsc_iam_attached_permissions_boundary *permissions_boundary;
    /* Tags: A list of tags that are attached to the role. For more information
     * about tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
    /* RoleLastUsed: Contains information about the last time that an IAM role was
     * used. This includes the date and time and the Region in which the role was
     * last used. */
    struct awsc_iam_role_last_used *role_last_used;
};

/*
 * Contains information about an IAM role, including all of the role's
 * policies.
 */
struct awsc_iam_role_detail {
    /* Path: The path to the role. For more information about paths, see IAM
     * identifiers in the IAM User Guide . */
    const char *path;
    /* RoleName: The friendly name that identifies the role. */
    const char *role_name;
    /* RoleId: The stable and unique string identifying the role. For more
     * information about IDs, see IAM identifiers in the IAM User Guide . */
    const char *role_id;
    /* Arn: */
    const char *arn;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the role
     * was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* AssumeRolePolicyDocument: The trust policy that grants permission to assume
     * the role. */
    const char *assume_role_policy_document;
    /* InstanceProfileList: A list of instance profiles that contain this role. */
    struct awsc_iam_instance_profile_list_type instance_profile_list;
    /* RolePolicyList: A list of inline policies embedded in the role. These
     * policies are the role's access (permissions) policies. */
    struct awsc_iam_policy_detail_list_type role_policy_list;
    /* AttachedManagedPolicies: A list of managed policies attached to the role.
     * These policies are the role's access (permissions) policies. */
    struct awsc_iam_attached_policies_list_type attached_managed_policies;
    /* PermissionsBoundary: The ARN of the policy used to set the permissions
     * boundary for the role. */
    struct awsc_iam_attached_permissions_boundary *permissions_boundary;
    /* Tags: A list of tags that are attached to the role. For more information
     * about tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
    /* RoleLastUsed: Contains information about the last time that an IAM role was
     * used. This includes the date and time and the Region in which the role was
     * last used. */
    struct awsc_iam_role_last_used *role_last_used;
};

/*
 * Contains information about the last time that an IAM role was used. This
 * includes the date and time and the Region in which the role was last used.
 * Activity is only reported for the trailing 400 days. This period can be
 * shorter if your Region began supporting these features within the last year.
 */
struct awsc_iam_role_last_used {
    /* LastUsedDate: The date and time, in ISO 8601 date-time format that the role
     * was last used. */
    bool has_last_used_date;
    struct awsc_timestamp last_used_date;
    /* Region: The name of the Amazon Web Services Region in which the role was
     * last used. */
    const char *region;
};

/*
 * An object that contains details about how a service-linked role is used, if
 * that information is returned by the service.
 */
struct awsc_iam_role_usage_type {
    /* Region: The name of the Region where the service-linked role is being used. */
    const char *region;
    /* Resources: The name of the resource that is using the service-linked role. */
    struct awsc_iam_tag_key_list_type resources;
};

/*
 * Contains the private keys for the SAML provider.
 */
struct awsc_iam_saml_private_key {
    /* KeyId: The unique identifier for the SAML private key. */
    const char *key_id;
    /* Timestamp: The date and time, in ISO 8601 date-time format, when the private
     * key was uploaded. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
};

/*
 * Contains the list of SAML providers for this account.
 */
struct awsc_iam_saml_provider_list_entry {
    /* Arn: The Amazon Resource Name (ARN) of the SAML provider. */
    const char *arn;
    /* ValidUntil: The expiration date and time for the SAML provider. */
    bool has_valid_until;
    struct awsc_timestamp valid_until;
    /* CreateDate: The date and time when the SAML provider was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
};

/*
 * Contains information about an SSH public key.
 */
struct awsc_iam_ssh_public_key {
    /* UserName: The name of the IAM user associated with the SSH public key.
     * Required. */
    const char *user_name;
    /* SSHPublicKeyId: The unique identifier for the SSH public key. Required. */
    const char *ssh_public_key_id;
    /* Fingerprint: The MD5 message digest of the SSH public key. Required. */
    const char *fingerprint;
    /* SSHPublicKeyBody: The SSH public key. Required. */
    const char *ssh_public_key_body;
    /* Status: The status of the SSH public key. Active means that the key can be
     * used for authentication with an CodeCommit repository. Inactive means that
     * the key cannot be used. Required. One of enum awsc_iam_status_type's values
     * (as its string). */
    const char *status;
    /* UploadDate: The date and time, in ISO 8601 date-time format , when the SSH
     * public key was uploaded. */
    bool has_upload_date;
    struct awsc_timestamp upload_date;
};

/*
 * Contains information about an SSH public key, without the key's body or
 * fingerprint.
 */
struct awsc_iam_ssh_public_key_metadata {
    /* UserName: The name of the IAM user associated with the SSH public key.
     * Required. */
    const char *user_name;
    /* SSHPublicKeyId: The unique identifier for the SSH public key. Required. */
    const char *ssh_public_key_id;
    /* Status: The status of the SSH public key. Active means that the key can be
     * used for authentication with an CodeCommit repository. Inactive means that
     * the key cannot be used. Required. One of enum awsc_iam_status_type's values
     * (as its string). */
    const char *status;
    /* UploadDate: The date and time, in ISO 8601 date-time format , when the SSH
     * public key was uploaded. Required. */
    bool has_upload_date;
    struct awsc_timestamp upload_date;
};

/* SendDelegationTokenRequest */
struct awsc_iam_send_delegation_token_input {
    /* DelegationRequestId: The unique identifier of the delegation request for
     * which to send the token. Required. */
    const char *delegation_request_id;
};

/*
 * Contains information about a server certificate.
 */
struct awsc_iam_server_certificate {
    /* ServerCertificateMetadata: The meta information of the server certificate,
     * such as its name, path, ID, and ARN. Required. */
    struct awsc_iam_server_certificate_metadata *server_certificate_metadata;
    /* CertificateBody: The contents of the public key certificate. Required. */
    const char *certificate_body;
    /* CertificateChain: The contents of the public key certificate chain. */
    const char *certificate_chain;
    /* Tags: A list of tags that are attached to the server certificate. For more
     * information about tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains information about a server certificate without its certificate
 * body, certificate chain, and private key.
 */
struct awsc_iam_server_certificate_metadata {
    /* Path: The path to the server certificate. For more information about paths,
     * see IAM identifiers in the IAM User Guide . Required. */
    const char *path;
    /* ServerCertificateName: The name that identifies the server certificate.
     * Required. */
    const char *server_certificate_name;
    /* ServerCertificateId: The stable and unique string identifying the server
     * certificate. For more information about IDs, see IAM identifiers in the IAM
     * User Guide . Required. */
    const char *server_certificate_id;
    /* Arn: The Amazon Resource Name (ARN) specifying the server certificate. For
     * more information about ARNs and how to use them in policies, see IAM
     * identifiers in the IAM User Guide . Required. */
    const char *arn;
    /* UploadDate: The date when the server certificate was uploaded. */
    bool has_upload_date;
    struct awsc_timestamp upload_date;
    /* Expiration: The date on which the certificate is set to expire. */
    bool has_expiration;
    struct awsc_timestamp expiration;
};

/*
 * The request was rejected because trusted access is not enabled for IAM in
 * Organizations. For details, see IAM and Organizations in the Organizations
 * User Guide .
 */
struct awsc_iam_service_access_not_enabled_exception {
    char unused_; /* no members */
};

/*
 * The request processing has failed because of an unknown error, exception or
 * failure.
 */
struct awsc_iam_service_failure_exception {
    /* message: */
    const char *message;
};

/*
 * Contains details about the most recent attempt to access the service.
 */
struct awsc_iam_service_last_accessed {
    /* ServiceName: The name of the service in which access was attempted.
     * Required. */
    const char *service_name;
    /* LastAuthenticated: The date and time, in ISO 8601 date-time format , when an
     * authenticated entity most recently attempted to access the service. Amazon
     * Web Services does not report unauthenticated requests. */
    bool has_last_authenticated;
    struct awsc_timestamp last_authenticated;
    /* ServiceNamespace: The namespace of the service in which access was
     * attempted. Required. */
    const char *service_namespace;
    /* LastAuthenticatedEntity: The ARN of the authenticated entity (user or role)
     * that last attempted to access the service. Amazon Web Services does not
     * report unauthenticated requests. */
    const char *last_authenticated_entity;
    /* LastAuthenticatedRegion: The Region from which the authenticated entity
     * (user or role) last attempted to access the service. Amazon Web Services
     * does not report unauthenticated requests. */
    const char *last_authenticated_region;
    /* TotalAuthenticatedEntities: The total number of authenticated principals
     * (root user, IAM users, or IAM roles) that have attempted to access the
     * service. */
    bool has_total_authenticated_entities;
    int32_t total_authenticated_entities;
    /* TrackedActionsLastAccessed: An object that contains details about the most
     * recent attempt to access a tracked action within the service. */
    struct awsc_iam_tracked_actions_last_accessed tracked_actions_last_accessed;
};

/*
 * The specified service does not support service-specific credentials.
 */
struct awsc_iam_service_not_supported_exception {
    /* message: */
    const char *message;
};

/*
 * Contains the details of a service-specific credential.
 */
struct awsc_iam_service_specific_credential {
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the
     * service-specific credential were created. Required. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* ExpirationDate: The date and time when the service specific credential
     * expires. This field is only present for Bedrock API keys and CloudWatch Logs
     * API keys that were created with an expiration period. */
    bool has_expiration_date;
    struct awsc_timestamp expiration_date;
    /* ServiceName: The name of the service associated with the service-specific
     * credential. Required. */
    const char *service_name;
    /* ServiceUserName: The generated user name for the service-specific
     * credential. This value is generated by combining the IAM user's name
     * combined with the ID number of the Amazon Web Services account, as in ... */
    const char *service_user_name;
    /* ServicePassword: The generated password for the service-specific credential. */
    const char *service_password;
    /* ServiceCredentialAlias: For Bedrock API keys and CloudWatch Logs API keys,
     * this is the public portion of the credential that includes the IAM user name
     * and a suffix containing version and creation information. */
    const char *service_credential_alias;
    /* ServiceCredentialSecret: For Bedrock API keys and CloudWatch Logs API keys,
     * this is the secret portion of the credential that should be used to
     * authenticate API calls. */
    const char *service_credential_secret;
    /* ServiceSpecificCredentialId: The unique identifier for the service-specific
     * credential. Required. */
    const char *service_specific_credential_id;
    /* UserName: The name of the IAM user associated with the service-specific
     * credential. Required. */
    const char *user_name;
    /* Status: The status of the service-specific credential. Active means that the
     * key is valid for API calls, while Inactive means it is not. Required. One of
     * enum awsc_iam_status_type's values (as its string). */
    const char *status;
};

/*
 * Contains additional details about a service-specific credential.
 */
struct awsc_iam_service_specific_credential_metadata {
    /* UserName: The name of the IAM user associated with the service-specific
     * credential. Required. */
    const char *user_name;
    /* Status: The status of the service-specific credential. Active means that the
     * key is valid for API calls, while Inactive means it is not. Required. One of
     * enum awsc_iam_status_type's values (as its string). */
    const char *status;
    /* ServiceUserName: The generated user name for the service-specific
     * credential. */
    const char *service_user_name;
    /* ServiceCredentialAlias: For Bedrock API keys and CloudWatch Logs API keys,
     * this is the public portion of the credential that includes the IAM user name
     * and a suffix containing version and creation information. */
    const char *service_credential_alias;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the
     * service-specific credential were created. Required. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* ExpirationDate: The date and time when the service specific credential
     * expires. This field is only present for Bedrock API keys and CloudWatch Logs
     * API keys that were created with an expiration period. */
    bool has_expiration_date;
    struct awsc_timestamp expiration_date;
    /* ServiceSpecificCredentialId: The unique identifier for the service-specific
     * credential. Required. */
    const char *service_specific_credential_id;
    /* ServiceName: The name of the service associated with the service-specific
     * credential. Required. */
    const char *service_name;
};

/* SetDefaultPolicyVersionRequest */
struct awsc_iam_set_default_policy_version_input {
    /* PolicyArn: The Amazon Resource Name (ARN) of the IAM policy whose default
     * version you want to set. Required. */
    const char *policy_arn;
    /* VersionId: The version of the policy to set as the default (operative)
     * version. Required. */
    const char *version_id;
};

/* SetSecurityTokenServicePreferencesRequest */
struct awsc_iam_set_security_token_service_preferences_input {
    /* GlobalEndpointTokenVersion: The version of the global endpoint token.
     * Version 1 tokens are valid only in Amazon Web Services Regions that are
     * available by default. Required. One of enum
     * awsc_iam_global_endpoint_token_version's values (as its string). */
    const char *global_endpoint_token_version;
};

/*
 * Contains information about an X.509 signing certificate.
 */
struct awsc_iam_signing_certificate {
    /* UserName: The name of the user the signing certificate is associated with.
     * Required. */
    const char *user_name;
    /* CertificateId: The ID for the signing certificate. Required. */
    const char *certificate_id;
    /* CertificateBody: The contents of the signing certificate. Required. */
    const char *certificate_body;
    /* Status: The status of the signing certificate. Active means that the key is
     * valid for API calls, while Inactive means it is not. Required. One of enum
     * awsc_iam_status_type's values (as its string). */
    const char *status;
    /* UploadDate: The date when the signing certificate was uploaded. */
    bool has_upload_date;
    struct awsc_timestamp upload_date;
};

/* SimulateCustomPolicyRequest */
struct awsc_iam_simulate_custom_policy_input {
    /* PolicyInputList: A list of policy documents to include in the simulation.
     * Each document is specified as a string containing the complete, valid JSON
     * text of an IAM policy. Required. */
    struct awsc_iam_tag_key_list_type policy_input_list;
    /* PermissionsBoundaryPolicyInputList: The IAM permissions boundary policy to
     * simulate. The permissions boundary sets the maximum permissions that an IAM
     * entity can have. */
    struct awsc_iam_tag_key_list_type permissions_boundary_policy_input_list;
    /* OrderedOrganizationPolicyInputList: An ordered list of service control
     * policies (SCPs) to include in the simulation. Each element represents one
     * level of an Organizations hierarchy, from the organization root to the
     * account. */
    struct awsc_iam_organization_policy_list_type ordered_organization_policy_input_list;
    /* ActionNames: A list of names of API operations to evaluate in the
     * simulation. Each operation is evaluated against each resource. Each
     * operation must include the service identifier, such as iam:CreateUser .
     * Required. */
    struct awsc_iam_tag_key_list_type action_names;
    /* ResourceArns: A list of ARNs of Amazon Web Services resources to include in
     * the simulation. If this parameter is not provided, then the value defaults
     * to * (all resources). */
    struct awsc_iam_tag_key_list_type resource_arns;
    /* ResourcePolicy: A resource-based policy to include in the simulation
     * provided as a string. Each resource in the simulation is treated as if it
     * had this policy attached. */
    const char *resource_policy;
    /* ResourceOwner: An ARN representing the Amazon Web Services account ID that
     * specifies the owner of any simulated resource that does not identify its
     * owner in the resource ARN. */
    const char *resource_owner;
    /* CallerArn: The ARN of the IAM user, group, or role that you want to use as
     * the simulated caller of the API operations. */
    const char *caller_arn;
    /* ContextEntries: A list of context keys and corresponding values for the
     * simulation to use. Whenever a context key is evaluated in one of the
     * simulated IAM permissions policies, the corresponding value is supplied. */
    struct awsc_iam_context_entry_list_type context_entries;
    /* ResourceHandlingOption: Specifies the type of simulation to run. Different
     * API operations that support resource-based policies require different
     * combinations of resources. */
    const char *resource_handling_option;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
};

/*
 * Contains the response to a successful SimulatePrincipalPolicy or
 * SimulateCustomPolicy request.
 */
struct awsc_iam_simulate_policy_response {
    /* EvaluationResults: The results of the simulation. */
    struct awsc_iam_evaluation_results_list_type evaluation_results;
    /* IsTruncated: A flag that indicates whether there are more items to return.
     * If your results were truncated, you can make a subsequent pagination request
     * using the Marker request parameter to retrieve more items. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: When IsTruncated is true , this element is present and contains the
     * value to use for the Marker parameter in a subsequent pagination request. */
    const char *marker;
};

/* SimulatePrincipalPolicyRequest */
struct awsc_iam_simulate_principal_policy_input {
    /* PolicySourceArn: The Amazon Resource Name (ARN) of a user, group, or role
     * whose policies you want to include in the simulation. Required. */
    const char *policy_source_arn;
    /* PolicyInputList: An optional list of additional policy documents to include
     * in the simulation. Each document is specified as a string containing the
     * complete, valid JSON text of an IAM policy. */
    struct awsc_iam_tag_key_list_type policy_input_list;
    /* PermissionsBoundaryPolicyInputList: The IAM permissions boundary policy to
     * simulate. The permissions boundary sets the maximum permissions that the
     * entity can have. */
    struct awsc_iam_tag_key_list_type permissions_boundary_policy_input_list;
    /* PolicyExclusionList: A list of policies to exclude from the simulation. Use
     * this parameter to test what the simulation result would be if a policy were
     * removed, without changing which policies are actually attached to ... */
    struct awsc_iam_policy_exclusions_list_type policy_exclusion_list;
    /* ActionNames: A list of names of API operations to evaluate in the
     * simulation. Each operation is evaluated for each resource. Each operation
     * must include the service identifier, such as iam:CreateUser . Required. */
    struct awsc_iam_tag_key_list_type action_names;
    /* ResourceArns: A list of ARNs of Amazon Web Services resources to include in
     * the simulation. If this parameter is not provided, then the value defaults
     * to * (all resources). */
    struct awsc_iam_tag_key_list_type resource_arns;
    /* ResourcePolicy: A resource-based policy to include in the simulation
     * provided as a string. Each resource in the simulation is treated as if it
     * had this policy attached. */
    const char *resource_policy;
    /* ResourceOwner: An Amazon Web Services account ID that specifies the owner of
     * any simulated resource that does not identify its owner in the resource ARN.
     * Examples of resource ARNs include an S3 bucket or object. */
    const char *resource_owner;
    /* CallerArn: The ARN of the IAM user, group, or role that you want to specify
     * as the simulated caller of the API operations. */
    const char *caller_arn;
    /* ContextEntries: A list of context keys and corresponding values for the
     * simulation to use. Whenever a context key is evaluated in one of the
     * simulated IAM permissions policies, the corresponding value is supplied. */
    struct awsc_iam_context_entry_list_type context_entries;
    /* ResourceHandlingOption: Specifies the type of simulation to run. Different
     * API operations that support resource-based policies require different
     * combinations of resources. */
    const char *resource_handling_option;
    /* MaxItems: Use this only when paginating results to indicate the maximum
     * number of items you want in the response. */
    bool has_max_items;
    int32_t max_items;
    /* Marker: Use this parameter only when paginating results and only after you
     * receive a response indicating that the results are truncated. */
    const char *marker;
};

/*
 * Contains a reference to a Statement element in a policy document that
 * determines the result of the simulation.
 */
struct awsc_iam_statement {
    /* SourcePolicyId: The identifier of the policy that was provided as an input. */
    const char *source_policy_id;
    /* SourcePolicyType: The type of the policy. One of enum
     * awsc_iam_policy_source_type's values (as its string). */
    const char *source_policy_type;
    /* StartPosition: The row and column of the beginning of the Statement in an
     * IAM policy. */
    struct awsc_iam_position *start_position;
    /* EndPosition: The row and column of the end of a Statement in an IAM policy. */
    struct awsc_iam_position *end_position;
};

/*
 * A structure that represents user-provided metadata that can be associated
 * with an IAM resource. For more information about tagging, see Tagging IAM
 * resources in the IAM User Guide .
 */
struct awsc_iam_tag {
    /* Key: The key name that can be used to look up or retrieve the associated
     * value. For example, Department or Cost Center are common choices. Required. */
    const char *key;
    /* Value: The value associated with this tag. For example, tags with a key name
     * of Department could have values such as Human Resources , Accounting , and
     * Support . Required. */
    const char *value;
};

/* TagInstanceProfileRequest */
struct awsc_iam_tag_instance_profile_input {
    /* InstanceProfileName: The name of the IAM instance profile to which you want
     * to add tags. Required. */
    const char *instance_profile_name;
    /* Tags: The list of tags that you want to attach to the IAM instance profile.
     * Each tag consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
};

/* TagMFADeviceRequest */
struct awsc_iam_tag_mfa_device_input {
    /* SerialNumber: The unique identifier for the IAM virtual MFA device to which
     * you want to add tags. For virtual MFA devices, the serial number is the same
     * as the ARN. Required. */
    const char *serial_number;
    /* Tags: The list of tags that you want to attach to the IAM virtual MFA
     * device. Each tag consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
};

/* TagOpenIDConnectProviderRequest */
struct awsc_iam_tag_open_id_connect_provider_input {
    /* OpenIDConnectProviderArn: The ARN of the OIDC identity provider in IAM to
     * which you want to add tags. Required. */
    const char *open_id_connect_provider_arn;
    /* Tags: The list of tags that you want to attach to the OIDC identity provider
     * in IAM. Each tag consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
};

/* TagPolicyRequest */
struct awsc_iam_tag_policy_input {
    /* PolicyArn: The ARN of the IAM customer managed policy to which you want to
     * add tags. Required. */
    const char *policy_arn;
    /* Tags: The list of tags that you want to attach to the IAM customer managed
     * policy. Each tag consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
};

/* TagRoleRequest */
struct awsc_iam_tag_role_input {
    /* RoleName: The name of the IAM role to which you want to add tags. Required. */
    const char *role_name;
    /* Tags: The list of tags that you want to attach to the IAM role. Each tag
     * consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
};

/* TagSAMLProviderRequest */
struct awsc_iam_tag_saml_provider_input {
    /* SAMLProviderArn: The ARN of the SAML identity provider in IAM to which you
     * want to add tags. Required. */
    const char *saml_provider_arn;
    /* Tags: The list of tags that you want to attach to the SAML identity provider
     * in IAM. Each tag consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
};

/* TagServerCertificateRequest */
struct awsc_iam_tag_server_certificate_input {
    /* ServerCertificateName: The name of the IAM server certificate to which you
     * want to add tags. Required. */
    const char *server_certificate_name;
    /* Tags: The list of tags that you want to attach to the IAM server
     * certificate. Each tag consists of a key name and an associated value.
     * Required. */
    struct awsc_iam_tag_list_type tags;
};

/* TagUserRequest */
struct awsc_iam_tag_user_input {
    /* UserName: The name of the IAM user to which you want to add tags. Required. */
    const char *user_name;
    /* Tags: The list of tags that you want to attach to the IAM user. Each tag
     * consists of a key name and an associated value. Required. */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains details about the most recent attempt to access an action within
 * the service.
 */
struct awsc_iam_tracked_action_last_accessed {
    /* ActionName: The name of the tracked action to which access was attempted.
     * Tracked actions are actions that report activity to IAM. */
    const char *action_name;
    /* LastAccessedEntity: */
    const char *last_accessed_entity;
    /* LastAccessedTime: The date and time, in ISO 8601 date-time format , when an
     * authenticated entity most recently attempted to access the tracked service.
     * Amazon Web Services does not report unauthenticated requests. */
    bool has_last_accessed_time;
    struct awsc_timestamp last_accessed_time;
    /* LastAccessedRegion: The Region from which the authenticated entity (user or
     * role) last attempted to access the tracked action. Amazon Web Services does
     * not report unauthenticated requests. */
    const char *last_accessed_region;
};

/*
 * The request was rejected because service-linked roles are protected Amazon
 * Web Services resources. Only the service that depends on the service-linked
 * role can modify or delete the role on your behalf. The error message
 * includes the name of the service that depends on this service-linked role.
 */
struct awsc_iam_unmodifiable_entity_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the public key encoding format is
 * unsupported or unrecognized.
 */
struct awsc_iam_unrecognized_public_key_encoding_exception {
    /* message: */
    const char *message;
};

/* UntagInstanceProfileRequest */
struct awsc_iam_untag_instance_profile_input {
    /* InstanceProfileName: The name of the IAM instance profile from which you
     * want to remove tags. Required. */
    const char *instance_profile_name;
    /* TagKeys: A list of key names as a simple array of strings. The tags with
     * matching keys are removed from the specified instance profile. Required. */
    struct awsc_iam_tag_key_list_type tag_keys;
};

/* UntagMFADeviceRequest */
struct awsc_iam_untag_mfa_device_input {
    /* SerialNumber: The unique identifier for the IAM virtual MFA device from
     * which you want to remove tags. For virtual MFA devices, the serial number is
     * the same as the ARN. Required. */
    const char *serial_number;
    /* TagKeys: A list of key names as a simple array of strings. The tags with
     * matching keys are removed from the specified instance profile. Required. */
    struct awsc_iam_tag_key_list_type tag_keys;
};

/* UntagOpenIDConnectProviderRequest */
struct awsc_iam_untag_open_id_connect_provider_input {
    /* OpenIDConnectProviderArn: The ARN of the OIDC provider in IAM from which you
     * want to remove tags. Required. */
    const char *open_id_connect_provider_arn;
    /* TagKeys: A list of key names as a simple array of strings. The tags with
     * matching keys are removed from the specified OIDC provider. Required. */
    struct awsc_iam_tag_key_list_type tag_keys;
};

/* UntagPolicyRequest */
struct awsc_iam_untag_policy_input {
    /* PolicyArn: The ARN of the IAM customer managed policy from which you want to
     * remove tags. Required. */
    const char *policy_arn;
    /* TagKeys: A list of key names as a simple array of strings. The tags with
     * matching keys are removed from the specified policy. Required. */
    struct awsc_iam_tag_key_list_type tag_keys;
};

/* UntagRoleRequest */
struct awsc_iam_untag_role_input {
    /* RoleName: The name of the IAM role from which you want to remove tags.
     * Required. */
    const char *role_name;
    /* TagKeys: A list of key names as a simple array of strings. The tags with
     * matching keys are removed from the specified role. Required. */
    struct awsc_iam_tag_key_list_type tag_keys;
};

/* UntagSAMLProviderRequest */
struct awsc_iam_untag_saml_provider_input {
    /* SAMLProviderArn: The ARN of the SAML identity provider in IAM from which you
     * want to remove tags. Required. */
    const char *saml_provider_arn;
    /* TagKeys: A list of key names as a simple array of strings. The tags with
     * matching keys are removed from the specified SAML identity provider.
     * Required. */
    struct awsc_iam_tag_key_list_type tag_keys;
};

/* UntagServerCertificateRequest */
struct awsc_iam_untag_server_certificate_input {
    /* ServerCertificateName: The name of the IAM server certificate from which you
     * want to remove tags. Required. */
    const char *server_certificate_name;
    /* TagKeys: A list of key names as a simple array of strings. The tags with
     * matching keys are removed from the specified IAM server certificate.
     * Required. */
    struct awsc_iam_tag_key_list_type tag_keys;
};

/* UntagUserRequest */
struct awsc_iam_untag_user_input {
    /* UserName: The name of the IAM user from which you want to remove tags.
     * Required. */
    const char *user_name;
    /* TagKeys: A list of key names as a simple array of strings. The tags with
     * matching keys are removed from the specified user. Required. */
    struct awsc_iam_tag_key_list_type tag_keys;
};

/* UpdateAccessKeyRequest */
struct awsc_iam_update_access_key_input {
    /* UserName: The name of the user whose key you want to update. */
    const char *user_name;
    /* AccessKeyId: The access key ID of the secret access key you want to update.
     * Required. */
    const char *access_key_id;
    /* Status: The status you want to assign to the secret access key. Active means
     * that the key can be used for programmatic calls to Amazon Web Services,
     * while Inactive means that the key cannot be used. Required. One of enum
     * awsc_iam_status_type's values (as its string). */
    const char *status;
};

/* UpdateAccountPasswordPolicyRequest */
struct awsc_iam_update_account_password_policy_input {
    /* MinimumPasswordLength: The minimum number of characters allowed in an IAM
     * user password. */
    bool has_minimum_password_length;
    int32_t minimum_password_length;
    /* RequireSymbols: Specifies whether IAM user passwords must contain at least
     * one of the following non-alphanumeric characters: */
    bool has_require_symbols;
    bool require_symbols;
    /* RequireNumbers: Specifies whether IAM user passwords must contain at least
     * one numeric character (0 to 9). */
    bool has_require_numbers;
    bool require_numbers;
    /* RequireUppercaseCharacters: Specifies whether IAM user passwords must
     * contain at least one uppercase character from the ISO basic Latin alphabet
     * (A to Z). */
    bool has_require_uppercase_characters;
    bool require_uppercase_characters;
    /* RequireLowercaseCharacters: Specifies whether IAM user passwords must
     * contain at least one lowercase character from the ISO basic Latin alphabet
     * (a to z). */
    bool has_require_lowercase_characters;
    bool require_lowercase_characters;
    /* AllowUsersToChangePassword: Allows all IAM users in your account to use the
     * Amazon Web Services Management Console to change their own passwords. */
    bool has_allow_users_to_change_password;
    bool allow_users_to_change_password;
    /* MaxPasswordAge: The number of days that an IAM user password is valid. */
    bool has_max_password_age;
    int32_t max_password_age;
    /* PasswordReusePrevention: Specifies the number of previous passwords that IAM
     * users are prevented from reusing. */
    bool has_password_reuse_prevention;
    int32_t password_reuse_prevention;
    /* HardExpiry: Prevents IAM users who are accessing the account via the Amazon
     * Web Services Management Console from setting a new console password after
     * their password has expired. */
    bool has_hard_expiry;
    bool hard_expiry;
};

/* UpdateAssumeRolePolicyRequest */
struct awsc_iam_update_assume_role_policy_input {
    /* RoleName: The name of the role to update with the new policy. Required. */
    const char *role_name;
    /* PolicyDocument: The policy that grants an entity permission to assume the
     * role. Required. */
    const char *policy_document;
};

/* UpdateDelegationRequestRequest */
struct awsc_iam_update_delegation_request_input {
    /* DelegationRequestId: The unique identifier of the delegation request to
     * update. Required. */
    const char *delegation_request_id;
    /* Notes: Additional notes or comments to add to the delegation request. */
    const char *notes;
};

/* UpdateGroupRequest */
struct awsc_iam_update_group_input {
    /* GroupName: Name of the IAM group to update. If you're changing the name of
     * the group, this is the original name. Required. */
    const char *group_name;
    /* NewPath: New path for the IAM group. Only include this if changing the
     * group's path. */
    const char *new_path;
    /* NewGroupName: New name for the IAM group. Only include this if changing the
     * group's name. */
    const char *new_group_name;
};

/* UpdateLoginProfileRequest */
struct awsc_iam_update_login_profile_input {
    /* UserName: The name of the user whose password you want to update. Required. */
    const char *user_name;
    /* Password: The new password for the specified IAM user. */
    const char *password;
    /* PasswordResetRequired: Allows this new password to be used only once by
     * requiring the specified IAM user to set a new password on next sign-in. */
    bool has_password_reset_required;
    bool password_reset_required;
};

/* UpdateOpenIDConnectProviderThumbprintRequest */
struct awsc_iam_update_open_id_connect_provider_thumbprint_input {
    /* OpenIDConnectProviderArn: The Amazon Resource Name (ARN) of the IAM OIDC
     * provider resource object for which you want to update the thumbprint.
     * Required. */
    const char *open_id_connect_provider_arn;
    /* ThumbprintList: A list of certificate thumbprints that are associated with
     * the specified IAM OpenID Connect provider. For more information, see
     * CreateOpenIDConnectProvider . Required. */
    struct awsc_iam_tag_key_list_type thumbprint_list;
};

/* UpdateRoleDescriptionRequest */
struct awsc_iam_update_role_description_input {
    /* RoleName: The name of the role that you want to modify. Required. */
    const char *role_name;
    /* Description: The new description that you want to apply to the specified
     * role. Required. */
    const char *description;
};

/* UpdateRoleDescriptionResponse */
struct awsc_iam_update_role_description_output {
    /* Role: A structure that contains details about the modified role. */
    struct awsc_iam_role *role;
};

/* UpdateRoleRequest */
struct awsc_iam_update_role_input {
    /* RoleName: The name of the role that you want to modify. Required. */
    const char *role_name;
    /* Description: The new description that you want to apply to the specified
     * role. */
    const char *description;
    /* MaxSessionDuration: The maximum session duration (in seconds) that you want
     * to set for the specified role. If you do not specify a value for this
     * setting, the default value of one hour is applied. */
    bool has_max_session_duration;
    int32_t max_session_duration;
};

/* UpdateRoleResponse */
struct awsc_iam_update_role_output {
    char unused_; /* no members */
};

/* UpdateSAMLProviderRequest */
struct awsc_iam_update_saml_provider_input {
    /* SAMLMetadataDocument: An XML document generated by an identity provider
     * (IdP) that supports SAML 2.0. */
    const char *saml_metadata_document;
    /* SAMLProviderArn: The Amazon Resource Name (ARN) of the SAML provider to
     * update. Required. */
    const char *saml_provider_arn;
    /* AssertionEncryptionMode: Specifies the encryption setting for the SAML
     * provider. One of enum awsc_iam_assertion_encryption_mode_type's values (as
     * its string). */
    const char *assertion_encryption_mode;
    /* AddPrivateKey: Specifies the new private key from your external identity
     * provider. The private key must be a .pem file that uses AES-GCM or AES-CBC
     * encryption algorithm to decrypt SAML assertions. */
    const char *add_private_key;
    /* RemovePrivateKey: The Key ID of the private key to remove. */
    const char *remove_private_key;
};

/*
 * Contains the response to a successful UpdateSAMLProvider request.
 */
struct awsc_iam_update_saml_provider_output {
    /* SAMLProviderArn: The Amazon Resource Name (ARN) of the SAML provider that
     * was updated. */
    const char *saml_provider_arn;
};

/* UpdateSSHPublicKeyRequest */
struct awsc_iam_update_ssh_public_key_input {
    /* UserName: The name of the IAM user associated with the SSH public key.
     * Required. */
    const char *user_name;
    /* SSHPublicKeyId: The unique identifier for the SSH public key. Required. */
    const char *ssh_public_key_id;
    /* Status: The status to assign to the SSH public key. Active means that the
     * key can be used for authentication with an CodeCommit repository. Inactive
     * means that the key cannot be used. Required. One of enum
     * awsc_iam_status_type's values (as its string). */
    const char *status;
};

/* UpdateServerCertificateRequest */
struct awsc_iam_update_server_certificate_input {
    /* ServerCertificateName: The name of the server certificate that you want to
     * update. Required. */
    const char *server_certificate_name;
    /* NewPath: The new path for the server certificate. Include this only if you
     * are updating the server certificate's path. */
    const char *new_path;
    /* NewServerCertificateName: The new name for the server certificate. Include
     * this only if you are updating the server certificate's name. The name of the
     * certificate cannot contain any spaces. */
    const char *new_server_certificate_name;
};

/* UpdateServiceSpecificCredentialRequest */
struct awsc_iam_update_service_specific_credential_input {
    /* UserName: The name of the IAM user associated with the service-specific
     * credential. If you do not specify this value, then the operation assumes the
     * user whose credentials are used to call the operation. */
    const char *user_name;
    /* ServiceSpecificCredentialId: The unique identifier of the service-specific
     * credential. Required. */
    const char *service_specific_credential_id;
    /* Status: The status to be assigned to the service-specific credential.
     * Required. One of enum awsc_iam_status_type's values (as its string). */
    const char *status;
};

/* UpdateSigningCertificateRequest */
struct awsc_iam_update_signing_certificate_input {
    /* UserName: The name of the IAM user the signing certificate belongs to. */
    const char *user_name;
    /* CertificateId: The ID of the signing certificate you want to update.
     * Required. */
    const char *certificate_id;
    /* Status: The status you want to assign to the certificate. Active means that
     * the certificate can be used for programmatic calls to Amazon Web Services
     * Inactive means that the certificate cannot be used. Required. One of enum
     * awsc_iam_status_type's values (as its string). */
    const char *status;
};

/* UpdateUserRequest */
struct awsc_iam_update_user_input {
    /* UserName: Name of the user to update. If you're changing the name of the
     * user, this is the original user name. Required. */
    const char *user_name;
    /* NewPath: New path for the IAM user. Include this parameter only if you're
     * changing the user's path. */
    const char *new_path;
    /* NewUserName: New name for the user. Include this parameter only if you're
     * changing the user's name. */
    const char *new_user_name;
};

/* UploadSSHPublicKeyRequest */
struct awsc_iam_upload_ssh_public_key_input {
    /* UserName: The name of the IAM user to associate the SSH public key with.
     * Required. */
    const char *user_name;
    /* SSHPublicKeyBody: The SSH public key. The public key must be encoded in
     * ssh-rsa format or PEM format. The minimum bit-length of the public key is
     * 2048 bits. Required. */
    const char *ssh_public_key_body;
};

/*
 * Contains the response to a successful UploadSSHPublicKey request.
 */
struct awsc_iam_upload_ssh_public_key_output {
    /* SSHPublicKey: Contains information about the SSH public key. */
    struct awsc_iam_ssh_public_key *ssh_public_key;
};

/* UploadServerCertificateRequest */
struct awsc_iam_upload_server_certificate_input {
    /* Path: The path for the server certificate. For more information about paths,
     * see IAM identifiers in the IAM User Guide . */
    const char *path;
    /* ServerCertificateName: The name for the server certificate. Do not include
     * the path in this value. The name of the certificate cannot contain any
     * spaces. Required. */
    const char *server_certificate_name;
    /* CertificateBody: The contents of the public key certificate in PEM-encoded
     * format. Required. */
    const char *certificate_body;
    /* PrivateKey: The contents of the private key in PEM-encoded format. Required. */
    const char *private_key;
    /* CertificateChain: The contents of the certificate chain. This is typically a
     * concatenation of the PEM-encoded public key certificates of the chain. */
    const char *certificate_chain;
    /* Tags: A list of tags that you want to attach to the new IAM server
     * certificate resource. Each tag consists of a key name and an associated
     * value. */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains the response to a successful UploadServerCertificate request.
 */
struct awsc_iam_upload_server_certificate_output {
    /* ServerCertificateMetadata: The meta information of the uploaded server
     * certificate without its certificate body, certificate chain, and private
     * key. */
    struct awsc_iam_server_certificate_metadata *server_certificate_metadata;
    /* Tags: A list of tags that are attached to the new IAM server certificate.
     * The returned list of tags is sorted by tag key. */
    struct awsc_iam_tag_list_type tags;
};

/* UploadSigningCertificateRequest */
struct awsc_iam_upload_signing_certificate_input {
    /* UserName: The name of the user the signing certificate is for. */
    const char *user_name;
    /* CertificateBody: The contents of the signing certificate. Required. */
    const char *certificate_body;
};

/*
 * Contains the response to a successful UploadSigningCertificate request.
 */
struct awsc_iam_upload_signing_certificate_output {
    /* Certificate: Information about the certificate. Required. */
    struct awsc_iam_signing_certificate *certificate;
};

/*
 * Contains information about an IAM user entity.
 */
struct awsc_iam_user {
    /* Path: The path to the user. For more information about paths, see IAM
     * identifiers in the IAM User Guide . Required. */
    const char *path;
    /* UserName: The friendly name identifying the user. Required. */
    const char *user_name;
    /* UserId: The stable and unique string identifying the user. For more
     * information about IDs, see IAM identifiers in the IAM User Guide . Required. */
    const char *user_id;
    /* Arn: The Amazon Resource Name (ARN) that identifies the user. For more
     * information about ARNs and how to use ARNs in policies, see IAM Identifiers
     * in the IAM User Guide . Required. */
    const char *arn;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the user
     * was created. Required. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* PasswordLastUsed: The date and time, in ISO 8601 date-time format , when the
     * user's password was last used to sign in to an Amazon Web Services website. */
    bool has_password_last_used;
    struct awsc_timestamp password_last_used;
    /* PermissionsBoundary: For more information about permissions boundaries, see
     * Permissions boundaries for IAM identities in the IAM User Guide . */
    struct awsc_iam_attached_permissions_boundary *permissions_boundary;
    /* Tags: A list of tags that are associated with the user. For more information
     * about tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains information about an IAM user, including all the user's policies
 * and all the IAM groups the user is in.
 */
struct awsc_iam_user_detail {
    /* Path: The path to the user. For more information about paths, see IAM
     * identifiers in the IAM User Guide . */
    const char *path;
    /* UserName: The friendly name identifying the user. */
    const char *user_name;
    /* UserId: The stable and unique string identifying the user. For more
     * information about IDs, see IAM identifiers in the IAM User Guide . */
    const char *user_id;
    /* Arn: */
    const char *arn;
    /* CreateDate: The date and time, in ISO 8601 date-time format , when the user
     * was created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* UserPolicyList: A list of the inline policies embedded in the user. */
    struct awsc_iam_policy_detail_list_type user_policy_list;
    /* GroupList: A list of IAM groups that the user is in. */
    struct awsc_iam_tag_key_list_type group_list;
    /* AttachedManagedPolicies: A list of the managed policies attached to the
     * user. */
    struct awsc_iam_attached_policies_list_type attached_managed_policies;
    /* PermissionsBoundary: The ARN of the policy used to set the permissions
     * boundary for the user. */
    struct awsc_iam_attached_permissions_boundary *permissions_boundary;
    /* Tags: A list of tags that are associated with the user. For more information
     * about tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

/*
 * Contains information about a virtual MFA device.
 */
struct awsc_iam_virtual_mfa_device {
    /* SerialNumber: The serial number associated with VirtualMFADevice . Required. */
    const char *serial_number;
    /* Base32StringSeed: The base32 seed defined as specified in RFC3548 . The
     * Base32StringSeed is base32-encoded. */
    struct awsc_blob base32_string_seed;
    /* QRCodePNG: A QR code PNG image that encodes
     * otpauth://totp/$virtualMFADeviceName@$AccountName?secret=$Base32String where
     * $virtualMFADeviceName is one of the create call arguments. */
    struct awsc_blob qr_code_png;
    /* User: The IAM user associated with this virtual MFA device. */
    struct awsc_iam_user *user;
    /* EnableDate: The date and time on which the virtual MFA device was enabled. */
    bool has_enable_date;
    struct awsc_timestamp enable_date;
    /* Tags: A list of tags that are attached to the virtual MFA device. For more
     * information about tagging, see Tagging IAM resources in the IAM User Guide . */
    struct awsc_iam_tag_list_type tags;
};

struct awsc_iam_eval_decision_details_type_entry {
    const char *key;
    const char *value;
};

struct awsc_iam_summary_map_type_entry {
    const char *key;
    int32_t value;
};

/* ----------------------------------------------------------- operations */

/*
 * AcceptDelegationRequest
 * Accepts a delegation request, granting the requested temporary access.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_accept_delegation_request(struct awsc_client *client,
                                                const struct awsc_iam_accept_delegation_request_input *input,
                                                struct awsc_error *err);
typedef void awsc_iam_accept_delegation_request_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_accept_delegation_request_async(struct awsc_client *client,
                                                      const struct awsc_iam_accept_delegation_request_input *input,
                                                      awsc_iam_accept_delegation_request_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * AddClientIDToOpenIDConnectProvider
 * Adds a new client ID (also known as audience) to the list of client IDs
 * already registered for the specified IAM OpenID Connect (OIDC) provider
 * resource.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_add_client_id_to_open_id_connect_provider(struct awsc_client *client,
                                                                const struct awsc_iam_add_client_id_to_open_id_connect_provider_input *input,
                                                                struct awsc_error *err);
typedef void awsc_iam_add_client_id_to_open_id_connect_provider_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_error *err);
AWSC_API int awsc_iam_add_client_id_to_open_id_connect_provider_async(struct awsc_client *client,
                                                                      const struct awsc_iam_add_client_id_to_open_id_connect_provider_input *input,
                                                                      awsc_iam_add_client_id_to_open_id_connect_provider_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);

/*
 * AddRoleToInstanceProfile
 * Adds the specified IAM role to the specified instance profile. An instance
 * profile can contain only one role, and this quota cannot be increased. You
 * can remove the existing role and then add a different role to an instance
 * profile.
 * Errors: AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_add_role_to_instance_profile(struct awsc_client *client,
                                                   const struct awsc_iam_add_role_to_instance_profile_input *input,
                                                   struct awsc_error *err);
typedef void awsc_iam_add_role_to_instance_profile_cb(void *user_data,
                                                      int status,
                                                      struct awsc_error *err);
AWSC_API int awsc_iam_add_role_to_instance_profile_async(struct awsc_client *client,
                                                         const struct awsc_iam_add_role_to_instance_profile_input *input,
                                                         awsc_iam_add_role_to_instance_profile_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * AddUserToGroup
 * Adds the specified user to the specified group.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_add_user_to_group(struct awsc_client *client,
                                        const struct awsc_iam_add_user_to_group_input *input,
                                        struct awsc_error *err);
typedef void awsc_iam_add_user_to_group_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_add_user_to_group_async(struct awsc_client *client,
                                              const struct awsc_iam_add_user_to_group_input *input,
                                              awsc_iam_add_user_to_group_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * AssociateDelegationRequest
 * Associates a delegation request with the current identity.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_associate_delegation_request(struct awsc_client *client,
                                                   const struct awsc_iam_associate_delegation_request_input *input,
                                                   struct awsc_error *err);
typedef void awsc_iam_associate_delegation_request_cb(void *user_data,
                                                      int status,
                                                      struct awsc_error *err);
AWSC_API int awsc_iam_associate_delegation_request_async(struct awsc_client *client,
                                                         const struct awsc_iam_associate_delegation_request_input *input,
                                                         awsc_iam_associate_delegation_request_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * AttachGroupPolicy
 * Attaches the specified managed policy to the specified IAM group.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_POLICY_NOT_ATTACHABLE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_attach_group_policy(struct awsc_client *client,
                                          const struct awsc_iam_attach_group_policy_input *input,
                                          struct awsc_error *err);
typedef void awsc_iam_attach_group_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_attach_group_policy_async(struct awsc_client *client,
                                                const struct awsc_iam_attach_group_policy_input *input,
                                                awsc_iam_attach_group_policy_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * AttachRolePolicy
 * Attaches the specified managed policy to the specified IAM role. When you
 * attach a managed policy to a role, the managed policy becomes part of the
 * role's permission (access) policy. You cannot use a managed policy as the
 * role's trust policy.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_POLICY_NOT_ATTACHABLE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_attach_role_policy(struct awsc_client *client,
                                         const struct awsc_iam_attach_role_policy_input *input,
                                         struct awsc_error *err);
typedef void awsc_iam_attach_role_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_attach_role_policy_async(struct awsc_client *client,
                                               const struct awsc_iam_attach_role_policy_input *input,
                                               awsc_iam_attach_role_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * AttachUserPolicy
 * Attaches the specified managed policy to the specified user.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_POLICY_NOT_ATTACHABLE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_attach_user_policy(struct awsc_client *client,
                                         const struct awsc_iam_attach_user_policy_input *input,
                                         struct awsc_error *err);
typedef void awsc_iam_attach_user_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_attach_user_policy_async(struct awsc_client *client,
                                               const struct awsc_iam_attach_user_policy_input *input,
                                               awsc_iam_attach_user_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * ChangePassword
 * Changes the password of the IAM user who is calling this operation. This
 * operation can be performed using the CLI, the Amazon Web Services API, or
 * the My Security Credentials page in the Amazon Web Services Management
 * Console.
 * Errors: AWSC_IAM_ERR_ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_USER_TYPE_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_PASSWORD_POLICY_VIOLATION_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_change_password(struct awsc_client *client,
                                      const struct awsc_iam_change_password_input *input,
                                      struct awsc_error *err);
typedef void awsc_iam_change_password_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_change_password_async(struct awsc_client *client,
                                            const struct awsc_iam_change_password_input *input,
                                            awsc_iam_change_password_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * CreateAccessKey
 * Creates a new Amazon Web Services secret access key and corresponding Amazon
 * Web Services access key ID for the specified user. The default status for
 * new keys is Active .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_access_key(struct awsc_client *client,
                                        const struct awsc_iam_create_access_key_input *input,
                                        struct awsc_iam_create_access_key_output **output,
                                        struct awsc_error *err);
typedef void awsc_iam_create_access_key_cb(void *user_data,
                                           int status,
                                           struct awsc_iam_create_access_key_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_iam_create_access_key_async(struct awsc_client *client,
                                              const struct awsc_iam_create_access_key_input *input,
                                              awsc_iam_create_access_key_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * CreateAccountAlias
 * Creates an alias for your Amazon Web Services account. For information about
 * using an Amazon Web Services account alias, see Creating, deleting, and
 * listing an Amazon Web Services account alias in the Amazon Web Services
 * Sign-In User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_account_alias(struct awsc_client *client,
                                           const struct awsc_iam_create_account_alias_input *input,
                                           struct awsc_error *err);
typedef void awsc_iam_create_account_alias_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_create_account_alias_async(struct awsc_client *client,
                                                 const struct awsc_iam_create_account_alias_input *input,
                                                 awsc_iam_create_account_alias_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * CreateDelegationRequest
 * Creates an IAM delegation request for temporary access delegation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_delegation_request(struct awsc_client *client,
                                                const struct awsc_iam_create_delegation_request_input *input,
                                                struct awsc_iam_create_delegation_request_output **output,
                                                struct awsc_error *err);
typedef void awsc_iam_create_delegation_request_cb(void *user_data,
                                                   int status,
                                                   struct awsc_iam_create_delegation_request_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_create_delegation_request_async(struct awsc_client *client,
                                                      const struct awsc_iam_create_delegation_request_input *input,
                                                      awsc_iam_create_delegation_request_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * CreateGroup
 * Creates a new group. For information about the number of groups you can
 * create, see IAM and STS quotas in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_group(struct awsc_client *client,
                                   const struct awsc_iam_create_group_input *input,
                                   struct awsc_iam_create_group_output **output,
                                   struct awsc_error *err);
typedef void awsc_iam_create_group_cb(void *user_data,
                                      int status,
                                      struct awsc_iam_create_group_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_iam_create_group_async(struct awsc_client *client,
                                         const struct awsc_iam_create_group_input *input,
                                         awsc_iam_create_group_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * CreateInstanceProfile
 * Creates a new instance profile. For information about instance profiles, see
 * Using roles for applications on Amazon EC2 in the IAM User Guide , and
 * Instance profiles in the Amazon EC2 User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_instance_profile(struct awsc_client *client,
                                              const struct awsc_iam_create_instance_profile_input *input,
                                              struct awsc_iam_create_instance_profile_output **output,
                                              struct awsc_error *err);
typedef void awsc_iam_create_instance_profile_cb(void *user_data,
                                                 int status,
                                                 struct awsc_iam_create_instance_profile_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_create_instance_profile_async(struct awsc_client *client,
                                                    const struct awsc_iam_create_instance_profile_input *input,
                                                    awsc_iam_create_instance_profile_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * CreateLoginProfile
 * Creates a password for the specified IAM user. A password allows an IAM user
 * to access Amazon Web Services services through the Amazon Web Services
 * Management Console.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_PASSWORD_POLICY_VIOLATION_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_login_profile(struct awsc_client *client,
                                           const struct awsc_iam_create_login_profile_input *input,
                                           struct awsc_iam_create_login_profile_output **output,
                                           struct awsc_error *err);
typedef void awsc_iam_create_login_profile_cb(void *user_data,
                                              int status,
                                              struct awsc_iam_create_login_profile_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_create_login_profile_async(struct awsc_client *client,
                                                 const struct awsc_iam_create_login_profile_input *input,
                                                 awsc_iam_create_login_profile_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * CreateOpenIDConnectProvider
 * Creates an IAM entity to describe an identity provider (IdP) that supports
 * OpenID Connect (OIDC) .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_OPEN_ID_IDP_COMMUNICATION_ERROR_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_open_id_connect_provider(struct awsc_client *client,
                                                      const struct awsc_iam_create_open_id_connect_provider_input *input,
                                                      struct awsc_iam_create_open_id_connect_provider_output **output,
                                                      struct awsc_error *err);
typedef void awsc_iam_create_open_id_connect_provider_cb(void *user_data,
                                                         int status,
                                                         struct awsc_iam_create_open_id_connect_provider_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_create_open_id_connect_provider_async(struct awsc_client *client,
                                                            const struct awsc_iam_create_open_id_connect_provider_input *input,
                                                            awsc_iam_create_open_id_connect_provider_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * CreatePolicy
 * Creates a new managed policy for your Amazon Web Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_policy(struct awsc_client *client,
                                    const struct awsc_iam_create_policy_input *input,
                                    struct awsc_iam_create_policy_output **output,
                                    struct awsc_error *err);
typedef void awsc_iam_create_policy_cb(void *user_data,
                                       int status,
                                       struct awsc_iam_create_policy_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_iam_create_policy_async(struct awsc_client *client,
                                          const struct awsc_iam_create_policy_input *input,
                                          awsc_iam_create_policy_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * CreatePolicyVersion
 * Creates a new version of the specified managed policy. To update a managed
 * policy, you create a new policy version. A managed policy can have up to
 * five versions. If the policy has five versions, you must delete an existing
 * version using DeletePolicyVersion before you create a new version.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_policy_version(struct awsc_client *client,
                                            const struct awsc_iam_create_policy_version_input *input,
                                            struct awsc_iam_create_policy_version_output **output,
                                            struct awsc_error *err);
typedef void awsc_iam_create_policy_version_cb(void *user_data,
                                               int status,
                                               struct awsc_iam_create_policy_version_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_create_policy_version_async(struct awsc_client *client,
                                                  const struct awsc_iam_create_policy_version_input *input,
                                                  awsc_iam_create_policy_version_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * CreateRole
 * Creates a new role for your Amazon Web Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_role(struct awsc_client *client,
                                  const struct awsc_iam_create_role_input *input,
                                  struct awsc_iam_create_role_output **output,
                                  struct awsc_error *err);
typedef void awsc_iam_create_role_cb(void *user_data,
                                     int status,
                                     struct awsc_iam_create_role_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_iam_create_role_async(struct awsc_client *client,
                                        const struct awsc_iam_create_role_input *input,
                                        awsc_iam_create_role_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * CreateSAMLProvider
 * Creates an IAM resource that describes an identity provider (IdP) that
 * supports SAML 2.0.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_saml_provider(struct awsc_client *client,
                                           const struct awsc_iam_create_saml_provider_input *input,
                                           struct awsc_iam_create_saml_provider_output **output,
                                           struct awsc_error *err);
typedef void awsc_iam_create_saml_provider_cb(void *user_data,
                                              int status,
                                              struct awsc_iam_create_saml_provider_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_create_saml_provider_async(struct awsc_client *client,
                                                 const struct awsc_iam_create_saml_provider_input *input,
                                                 awsc_iam_create_saml_provider_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * CreateServiceLinkedRole
 * Creates an IAM role that is linked to a specific Amazon Web Services
 * service. The service controls the attached policies and when the role can be
 * deleted.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_service_linked_role(struct awsc_client *client,
                                                 const struct awsc_iam_create_service_linked_role_input *input,
                                                 struct awsc_iam_create_service_linked_role_output **output,
                                                 struct awsc_error *err);
typedef void awsc_iam_create_service_linked_role_cb(void *user_data,
                                                    int status,
                                                    struct awsc_iam_create_service_linked_role_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_create_service_linked_role_async(struct awsc_client *client,
                                                       const struct awsc_iam_create_service_linked_role_input *input,
                                                       awsc_iam_create_service_linked_role_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * CreateServiceSpecificCredential
 * Generates a set of credentials consisting of a user name and password that
 * can be used to access the service specified in the request. These
 * credentials are generated by IAM, and can be used only for the specified
 * service.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_NOT_SUPPORTED_EXCEPTION
 */
AWSC_API int awsc_iam_create_service_specific_credential(struct awsc_client *client,
                                                         const struct awsc_iam_create_service_specific_credential_input *input,
                                                         struct awsc_iam_create_service_specific_credential_output **output,
                                                         struct awsc_error *err);
typedef void awsc_iam_create_service_specific_credential_cb(void *user_data,
                                                            int status,
                                                            struct awsc_iam_create_service_specific_credential_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_create_service_specific_credential_async(struct awsc_client *client,
                                                               const struct awsc_iam_create_service_specific_credential_input *input,
                                                               awsc_iam_create_service_specific_credential_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * CreateUser
 * Creates a new IAM user for your Amazon Web Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_user(struct awsc_client *client,
                                  const struct awsc_iam_create_user_input *input,
                                  struct awsc_iam_create_user_output **output,
                                  struct awsc_error *err);
typedef void awsc_iam_create_user_cb(void *user_data,
                                     int status,
                                     struct awsc_iam_create_user_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_iam_create_user_async(struct awsc_client *client,
                                        const struct awsc_iam_create_user_input *input,
                                        awsc_iam_create_user_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * CreateVirtualMFADevice
 * Creates a new virtual MFA device for the Amazon Web Services account. After
 * creating the virtual MFA, use EnableMFADevice to attach the MFA device to an
 * IAM user. For more information about creating and working with virtual MFA
 * devices, see Using a virtual MFA device in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_create_virtual_mfa_device(struct awsc_client *client,
                                                const struct awsc_iam_create_virtual_mfa_device_input *input,
                                                struct awsc_iam_create_virtual_mfa_device_output **output,
                                                struct awsc_error *err);
typedef void awsc_iam_create_virtual_mfa_device_cb(void *user_data,
                                                   int status,
                                                   struct awsc_iam_create_virtual_mfa_device_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_create_virtual_mfa_device_async(struct awsc_client *client,
                                                      const struct awsc_iam_create_virtual_mfa_device_input *input,
                                                      awsc_iam_create_virtual_mfa_device_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * DeactivateMFADevice
 * Deactivates the specified MFA device and removes it from association with
 * the user name for which it was originally enabled.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_deactivate_mfa_device(struct awsc_client *client,
                                            const struct awsc_iam_deactivate_mfa_device_input *input,
                                            struct awsc_error *err);
typedef void awsc_iam_deactivate_mfa_device_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_deactivate_mfa_device_async(struct awsc_client *client,
                                                  const struct awsc_iam_deactivate_mfa_device_input *input,
                                                  awsc_iam_deactivate_mfa_device_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * DeleteAccessKey
 * Deletes the access key pair associated with the specified IAM user.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_access_key(struct awsc_client *client,
                                        const struct awsc_iam_delete_access_key_input *input,
                                        struct awsc_error *err);
typedef void awsc_iam_delete_access_key_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_access_key_async(struct awsc_client *client,
                                              const struct awsc_iam_delete_access_key_input *input,
                                              awsc_iam_delete_access_key_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DeleteAccountAlias
 * Deletes the specified Amazon Web Services account alias. For information
 * about using an Amazon Web Services account alias, see Creating, deleting,
 * and listing an Amazon Web Services account alias in the Amazon Web Services
 * Sign-In User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_account_alias(struct awsc_client *client,
                                           const struct awsc_iam_delete_account_alias_input *input,
                                           struct awsc_error *err);
typedef void awsc_iam_delete_account_alias_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_account_alias_async(struct awsc_client *client,
                                                 const struct awsc_iam_delete_account_alias_input *input,
                                                 awsc_iam_delete_account_alias_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DeleteAccountPasswordPolicy
 * Deletes the password policy for the Amazon Web Services account. There are
 * no parameters.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_account_password_policy(struct awsc_client *client,
                                                     struct awsc_error *err);
typedef void awsc_iam_delete_account_password_policy_cb(void *user_data,
                                                        int status,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_delete_account_password_policy_async(struct awsc_client *client,
                                                           awsc_iam_delete_account_password_policy_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * DeleteGroup
 * Deletes the specified IAM group. The group must not contain any users or
 * have any attached policies.
 * Errors: AWSC_IAM_ERR_DELETE_CONFLICT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_group(struct awsc_client *client,
                                   const struct awsc_iam_delete_group_input *input,
                                   struct awsc_error *err);
typedef void awsc_iam_delete_group_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_group_async(struct awsc_client *client,
                                         const struct awsc_iam_delete_group_input *input,
                                         awsc_iam_delete_group_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * DeleteGroupPolicy
 * Deletes the specified inline policy that is embedded in the specified IAM
 * group.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_group_policy(struct awsc_client *client,
                                          const struct awsc_iam_delete_group_policy_input *input,
                                          struct awsc_error *err);
typedef void awsc_iam_delete_group_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_group_policy_async(struct awsc_client *client,
                                                const struct awsc_iam_delete_group_policy_input *input,
                                                awsc_iam_delete_group_policy_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * DeleteInstanceProfile
 * Deletes the specified instance profile. The instance profile must not have
 * an associated role. Make sure that you do not have any Amazon EC2 instances
 * running with the instance profile you are about to delete.
 * Errors: AWSC_IAM_ERR_DELETE_CONFLICT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_instance_profile(struct awsc_client *client,
                                              const struct awsc_iam_delete_instance_profile_input *input,
                                              struct awsc_error *err);
typedef void awsc_iam_delete_instance_profile_cb(void *user_data,
                                                 int status,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_delete_instance_profile_async(struct awsc_client *client,
                                                    const struct awsc_iam_delete_instance_profile_input *input,
                                                    awsc_iam_delete_instance_profile_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * DeleteLoginProfile
 * Deletes the password for the specified IAM user or root user, For more
 * information, see Managing passwords for IAM users .
 * Errors: AWSC_IAM_ERR_ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_login_profile(struct awsc_client *client,
                                           const struct awsc_iam_delete_login_profile_input *input,
                                           struct awsc_error *err);
typedef void awsc_iam_delete_login_profile_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_login_profile_async(struct awsc_client *client,
                                                 const struct awsc_iam_delete_login_profile_input *input,
                                                 awsc_iam_delete_login_profile_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DeleteOpenIDConnectProvider
 * Deletes an OpenID Connect identity provider (IdP) resource object in IAM.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_open_id_connect_provider(struct awsc_client *client,
                                                      const struct awsc_iam_delete_open_id_connect_provider_input *input,
                                                      struct awsc_error *err);
typedef void awsc_iam_delete_open_id_connect_provider_cb(void *user_data,
                                                         int status,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_delete_open_id_connect_provider_async(struct awsc_client *client,
                                                            const struct awsc_iam_delete_open_id_connect_provider_input *input,
                                                            awsc_iam_delete_open_id_connect_provider_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * DeletePolicy
 * Deletes the specified managed policy. Before you can delete a managed
 * policy, you must first detach the policy from all users, groups, and roles
 * that it is attached to. In addition, you must delete all the policy's
 * versions.
 * Errors: AWSC_IAM_ERR_DELETE_CONFLICT_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_policy(struct awsc_client *client,
                                    const struct awsc_iam_delete_policy_input *input,
                                    struct awsc_error *err);
typedef void awsc_iam_delete_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_policy_async(struct awsc_client *client,
                                          const struct awsc_iam_delete_policy_input *input,
                                          awsc_iam_delete_policy_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * DeletePolicyVersion
 * Deletes the specified version from the specified managed policy.
 * Errors: AWSC_IAM_ERR_DELETE_CONFLICT_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_policy_version(struct awsc_client *client,
                                            const struct awsc_iam_delete_policy_version_input *input,
                                            struct awsc_error *err);
typedef void awsc_iam_delete_policy_version_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_policy_version_async(struct awsc_client *client,
                                                  const struct awsc_iam_delete_policy_version_input *input,
                                                  awsc_iam_delete_policy_version_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * DeleteRole
 * Deletes the specified role. Unlike the Amazon Web Services Management
 * Console, when you delete a role programmatically, you must delete the items
 * attached to the role manually, or the deletion fails. For more information,
 * see Deleting an IAM role .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_DELETE_CONFLICT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_delete_role(struct awsc_client *client,
                                  const struct awsc_iam_delete_role_input *input,
                                  struct awsc_error *err);
typedef void awsc_iam_delete_role_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_role_async(struct awsc_client *client,
                                        const struct awsc_iam_delete_role_input *input,
                                        awsc_iam_delete_role_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * DeleteRolePermissionsBoundary
 * Deletes the permissions boundary for the specified IAM role.
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_delete_role_permissions_boundary(struct awsc_client *client,
                                                       const struct awsc_iam_delete_role_permissions_boundary_input *input,
                                                       struct awsc_error *err);
typedef void awsc_iam_delete_role_permissions_boundary_cb(void *user_data,
                                                          int status,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_delete_role_permissions_boundary_async(struct awsc_client *client,
                                                             const struct awsc_iam_delete_role_permissions_boundary_input *input,
                                                             awsc_iam_delete_role_permissions_boundary_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * DeleteRolePolicy
 * Deletes the specified inline policy that is embedded in the specified IAM
 * role.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_delete_role_policy(struct awsc_client *client,
                                         const struct awsc_iam_delete_role_policy_input *input,
                                         struct awsc_error *err);
typedef void awsc_iam_delete_role_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_role_policy_async(struct awsc_client *client,
                                               const struct awsc_iam_delete_role_policy_input *input,
                                               awsc_iam_delete_role_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * DeleteSAMLProvider
 * Deletes a SAML provider resource in IAM.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_saml_provider(struct awsc_client *client,
                                           const struct awsc_iam_delete_saml_provider_input *input,
                                           struct awsc_error *err);
typedef void awsc_iam_delete_saml_provider_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_saml_provider_async(struct awsc_client *client,
                                                 const struct awsc_iam_delete_saml_provider_input *input,
                                                 awsc_iam_delete_saml_provider_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DeleteSSHPublicKey
 * Deletes the specified SSH public key. The SSH public key deleted by this
 * operation is used only for authenticating the associated IAM user to an
 * CodeCommit repository.
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_delete_ssh_public_key(struct awsc_client *client,
                                            const struct awsc_iam_delete_ssh_public_key_input *input,
                                            struct awsc_error *err);
typedef void awsc_iam_delete_ssh_public_key_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_ssh_public_key_async(struct awsc_client *client,
                                                  const struct awsc_iam_delete_ssh_public_key_input *input,
                                                  awsc_iam_delete_ssh_public_key_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * DeleteServerCertificate
 * Deletes the specified server certificate.
 * Errors: AWSC_IAM_ERR_DELETE_CONFLICT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_server_certificate(struct awsc_client *client,
                                                const struct awsc_iam_delete_server_certificate_input *input,
                                                struct awsc_error *err);
typedef void awsc_iam_delete_server_certificate_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_delete_server_certificate_async(struct awsc_client *client,
                                                      const struct awsc_iam_delete_server_certificate_input *input,
                                                      awsc_iam_delete_server_certificate_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * DeleteServiceLinkedRole
 * Submits a service-linked role deletion request and returns a DeletionTaskId
 * , which you can use to check the status of the deletion. Before you call
 * this operation, confirm that the role has no active sessions and that any
 * resources used by the role in the linked service are deleted.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_service_linked_role(struct awsc_client *client,
                                                 const struct awsc_iam_delete_service_linked_role_input *input,
                                                 struct awsc_iam_delete_service_linked_role_output **output,
                                                 struct awsc_error *err);
typedef void awsc_iam_delete_service_linked_role_cb(void *user_data,
                                                    int status,
                                                    struct awsc_iam_delete_service_linked_role_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_delete_service_linked_role_async(struct awsc_client *client,
                                                       const struct awsc_iam_delete_service_linked_role_input *input,
                                                       awsc_iam_delete_service_linked_role_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * DeleteServiceSpecificCredential
 * Deletes the specified service-specific credential.
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_delete_service_specific_credential(struct awsc_client *client,
                                                         const struct awsc_iam_delete_service_specific_credential_input *input,
                                                         struct awsc_error *err);
typedef void awsc_iam_delete_service_specific_credential_cb(void *user_data,
                                                            int status,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_delete_service_specific_credential_async(struct awsc_client *client,
                                                               const struct awsc_iam_delete_service_specific_credential_input *input,
                                                               awsc_iam_delete_service_specific_credential_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * DeleteSigningCertificate
 * Deletes a signing certificate associated with the specified IAM user.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_signing_certificate(struct awsc_client *client,
                                                 const struct awsc_iam_delete_signing_certificate_input *input,
                                                 struct awsc_error *err);
typedef void awsc_iam_delete_signing_certificate_cb(void *user_data,
                                                    int status,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_delete_signing_certificate_async(struct awsc_client *client,
                                                       const struct awsc_iam_delete_signing_certificate_input *input,
                                                       awsc_iam_delete_signing_certificate_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * DeleteUser
 * Deletes the specified IAM user. Unlike the Amazon Web Services Management
 * Console, when you delete a user programmatically, you must delete the items
 * attached to the user manually, or the deletion fails. For more information,
 * see Deleting an IAM user .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_DELETE_CONFLICT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_user(struct awsc_client *client,
                                  const struct awsc_iam_delete_user_input *input,
                                  struct awsc_error *err);
typedef void awsc_iam_delete_user_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_user_async(struct awsc_client *client,
                                        const struct awsc_iam_delete_user_input *input,
                                        awsc_iam_delete_user_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * DeleteUserPermissionsBoundary
 * Deletes the permissions boundary for the specified IAM user. Deleting the
 * permissions boundary for a user might increase its permissions by allowing
 * the user to perform all the actions granted in its permissions policies.
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_user_permissions_boundary(struct awsc_client *client,
                                                       const struct awsc_iam_delete_user_permissions_boundary_input *input,
                                                       struct awsc_error *err);
typedef void awsc_iam_delete_user_permissions_boundary_cb(void *user_data,
                                                          int status,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_delete_user_permissions_boundary_async(struct awsc_client *client,
                                                             const struct awsc_iam_delete_user_permissions_boundary_input *input,
                                                             awsc_iam_delete_user_permissions_boundary_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * DeleteUserPolicy
 * Deletes the specified inline policy that is embedded in the specified IAM
 * user.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_user_policy(struct awsc_client *client,
                                         const struct awsc_iam_delete_user_policy_input *input,
                                         struct awsc_error *err);
typedef void awsc_iam_delete_user_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_delete_user_policy_async(struct awsc_client *client,
                                               const struct awsc_iam_delete_user_policy_input *input,
                                               awsc_iam_delete_user_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * DeleteVirtualMFADevice
 * Deletes a virtual MFA device. You must deactivate a user's virtual MFA
 * device before you can delete it. For information about deactivating MFA
 * devices, see DeactivateMFADevice .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_DELETE_CONFLICT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_delete_virtual_mfa_device(struct awsc_client *client,
                                                const struct awsc_iam_delete_virtual_mfa_device_input *input,
                                                struct awsc_error *err);
typedef void awsc_iam_delete_virtual_mfa_device_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_delete_virtual_mfa_device_async(struct awsc_client *client,
                                                      const struct awsc_iam_delete_virtual_mfa_device_input *input,
                                                      awsc_iam_delete_virtual_mfa_device_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * DetachGroupPolicy
 * Removes the specified managed policy from the specified IAM group.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_detach_group_policy(struct awsc_client *client,
                                          const struct awsc_iam_detach_group_policy_input *input,
                                          struct awsc_error *err);
typedef void awsc_iam_detach_group_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_detach_group_policy_async(struct awsc_client *client,
                                                const struct awsc_iam_detach_group_policy_input *input,
                                                awsc_iam_detach_group_policy_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * DetachRolePolicy
 * Removes the specified managed policy from the specified role.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_detach_role_policy(struct awsc_client *client,
                                         const struct awsc_iam_detach_role_policy_input *input,
                                         struct awsc_error *err);
typedef void awsc_iam_detach_role_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_detach_role_policy_async(struct awsc_client *client,
                                               const struct awsc_iam_detach_role_policy_input *input,
                                               awsc_iam_detach_role_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * DetachUserPolicy
 * Removes the specified managed policy from the specified user.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_detach_user_policy(struct awsc_client *client,
                                         const struct awsc_iam_detach_user_policy_input *input,
                                         struct awsc_error *err);
typedef void awsc_iam_detach_user_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_detach_user_policy_async(struct awsc_client *client,
                                               const struct awsc_iam_detach_user_policy_input *input,
                                               awsc_iam_detach_user_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * DisableOrganizationsRootCredentialsManagement
 * Disables the management of privileged root user credentials across member
 * accounts in your organization. When you disable this feature, the management
 * account and the delegated administrator for IAM can no longer manage root
 * user credentials for member accounts in your organization.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION
 *   , AWSC_IAM_ERR_ORGANIZATION_NOT_FOUND_EXCEPTION,
 *   AWSC_IAM_ERR_ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_ACCESS_NOT_ENABLED_EXCEPTION
 */
AWSC_API int awsc_iam_disable_organizations_root_credentials_management(struct awsc_client *client,
                                                                        const struct awsc_iam_disable_organizations_root_credentials_management_input *input,
                                                                        struct awsc_iam_disable_organizations_root_credentials_management_output **output,
                                                                        struct awsc_error *err);
typedef void awsc_iam_disable_organizations_root_credentials_management_cb(void *user_data,
                                                                           int status,
                                                                           struct awsc_iam_disable_organizations_root_credentials_management_output *output,
                                                                           struct awsc_error *err);
AWSC_API int awsc_iam_disable_organizations_root_credentials_management_async(struct awsc_client *client,
                                                                              const struct awsc_iam_disable_organizations_root_credentials_management_input *input,
                                                                              awsc_iam_disable_organizations_root_credentials_management_cb *cb,
                                                                              void *user_data,
                                                                              struct awsc_error *err);

/*
 * DisableOrganizationsRootSessions
 * Disables root user sessions for privileged tasks across member accounts in
 * your organization. When you disable this feature, the management account and
 * the delegated administrator for IAM can no longer perform privileged tasks
 * on member accounts in your organization.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION
 *   , AWSC_IAM_ERR_ORGANIZATION_NOT_FOUND_EXCEPTION,
 *   AWSC_IAM_ERR_ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_ACCESS_NOT_ENABLED_EXCEPTION
 */
AWSC_API int awsc_iam_disable_organizations_root_sessions(struct awsc_client *client,
                                                          const struct awsc_iam_disable_organizations_root_sessions_input *input,
                                                          struct awsc_iam_disable_organizations_root_sessions_output **output,
                                                          struct awsc_error *err);
typedef void awsc_iam_disable_organizations_root_sessions_cb(void *user_data,
                                                             int status,
                                                             struct awsc_iam_disable_organizations_root_sessions_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_iam_disable_organizations_root_sessions_async(struct awsc_client *client,
                                                                const struct awsc_iam_disable_organizations_root_sessions_input *input,
                                                                awsc_iam_disable_organizations_root_sessions_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * DisableOutboundWebIdentityFederation
 * Disables the outbound identity federation feature for your Amazon Web
 * Services account. When disabled, IAM principals in the account cannot use
 * the GetWebIdentityToken API to obtain JSON Web Tokens (JWTs) for
 * authentication with external services.
 * Errors: AWSC_IAM_ERR_FEATURE_DISABLED_EXCEPTION
 */
AWSC_API int awsc_iam_disable_outbound_web_identity_federation(struct awsc_client *client,
                                                               struct awsc_error *err);
typedef void awsc_iam_disable_outbound_web_identity_federation_cb(void *user_data,
                                                                  int status,
                                                                  struct awsc_error *err);
AWSC_API int awsc_iam_disable_outbound_web_identity_federation_async(struct awsc_client *client,
                                                                     awsc_iam_disable_outbound_web_identity_federation_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);

/*
 * EnableMFADevice
 * Enables the specified MFA device and associates it with the specified IAM
 * user. When enabled, the MFA device is required for every subsequent login by
 * the IAM user associated with the device.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_AUTHENTICATION_CODE_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_enable_mfa_device(struct awsc_client *client,
                                        const struct awsc_iam_enable_mfa_device_input *input,
                                        struct awsc_error *err);
typedef void awsc_iam_enable_mfa_device_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_enable_mfa_device_async(struct awsc_client *client,
                                              const struct awsc_iam_enable_mfa_device_input *input,
                                              awsc_iam_enable_mfa_device_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * EnableOrganizationsRootCredentialsManagement
 * Enables the management of privileged root user credentials across member
 * accounts in your organization.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION
 *   , AWSC_IAM_ERR_CALLER_IS_NOT_MANAGEMENT_ACCOUNT_EXCEPTION,
 *   AWSC_IAM_ERR_ORGANIZATION_NOT_FOUND_EXCEPTION,
 *   AWSC_IAM_ERR_ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_ACCESS_NOT_ENABLED_EXCEPTION
 */
AWSC_API int awsc_iam_enable_organizations_root_credentials_management(struct awsc_client *client,
                                                                       const struct awsc_iam_enable_organizations_root_credentials_management_input *input,
                                                                       struct awsc_iam_enable_organizations_root_credentials_management_output **output,
                                                                       struct awsc_error *err);
typedef void awsc_iam_enable_organizations_root_credentials_management_cb(void *user_data,
                                                                          int status,
                                                                          struct awsc_iam_enable_organizations_root_credentials_management_output *output,
                                                                          struct awsc_error *err);
AWSC_API int awsc_iam_enable_organizations_root_credentials_management_async(struct awsc_client *client,
                                                                             const struct awsc_iam_enable_organizations_root_credentials_management_input *input,
                                                                             awsc_iam_enable_organizations_root_credentials_management_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);

/*
 * EnableOrganizationsRootSessions
 * Allows the management account or delegated administrator to perform
 * privileged tasks on member accounts in your organization. For more
 * information, see Centrally manage root access for member accounts in the
 * Identity and Access Management User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION
 *   , AWSC_IAM_ERR_CALLER_IS_NOT_MANAGEMENT_ACCOUNT_EXCEPTION,
 *   AWSC_IAM_ERR_ORGANIZATION_NOT_FOUND_EXCEPTION,
 *   AWSC_IAM_ERR_ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_ACCESS_NOT_ENABLED_EXCEPTION
 */
AWSC_API int awsc_iam_enable_organizations_root_sessions(struct awsc_client *client,
                                                         const struct awsc_iam_enable_organizations_root_sessions_input *input,
                                                         struct awsc_iam_enable_organizations_root_sessions_output **output,
                                                         struct awsc_error *err);
typedef void awsc_iam_enable_organizations_root_sessions_cb(void *user_data,
                                                            int status,
                                                            struct awsc_iam_enable_organizations_root_sessions_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_enable_organizations_root_sessions_async(struct awsc_client *client,
                                                               const struct awsc_iam_enable_organizations_root_sessions_input *input,
                                                               awsc_iam_enable_organizations_root_sessions_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * EnableOutboundWebIdentityFederation
 * Enables the outbound identity federation feature for your Amazon Web
 * Services account. When enabled, IAM principals in your account can use the
 * GetWebIdentityToken API to obtain JSON Web Tokens (JWTs) for secure
 * authentication with external services.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_FEATURE_ENABLED_EXCEPTION
 */
AWSC_API int awsc_iam_enable_outbound_web_identity_federation(struct awsc_client *client,
                                                              struct awsc_iam_enable_outbound_web_identity_federation_output **output,
                                                              struct awsc_error *err);
typedef void awsc_iam_enable_outbound_web_identity_federation_cb(void *user_data,
                                                                 int status,
                                                                 struct awsc_iam_enable_outbound_web_identity_federation_output *output,
                                                                 struct awsc_error *err);
AWSC_API int awsc_iam_enable_outbound_web_identity_federation_async(struct awsc_client *client,
                                                                    awsc_iam_enable_outbound_web_identity_federation_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);

/*
 * GenerateCredentialReport
 * Generates a credential report for the Amazon Web Services account. For more
 * information about the credential report, see Getting credential reports in
 * the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_generate_credential_report(struct awsc_client *client,
                                                 struct awsc_iam_generate_credential_report_output **output,
                                                 struct awsc_error *err);
typedef void awsc_iam_generate_credential_report_cb(void *user_data,
                                                    int status,
                                                    struct awsc_iam_generate_credential_report_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_generate_credential_report_async(struct awsc_client *client,
                                                       awsc_iam_generate_credential_report_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * GenerateOrganizationsAccessReport
 * Generates a report for service last accessed data for Organizations. You can
 * generate a report for any entities (organization root, organizational unit,
 * or account) or policies in your organization.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_REPORT_GENERATION_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_iam_generate_organizations_access_report(struct awsc_client *client,
                                                           const struct awsc_iam_generate_organizations_access_report_input *input,
                                                           struct awsc_iam_generate_organizations_access_report_output **output,
                                                           struct awsc_error *err);
typedef void awsc_iam_generate_organizations_access_report_cb(void *user_data,
                                                              int status,
                                                              struct awsc_iam_generate_organizations_access_report_output *output,
                                                              struct awsc_error *err);
AWSC_API int awsc_iam_generate_organizations_access_report_async(struct awsc_client *client,
                                                                 const struct awsc_iam_generate_organizations_access_report_input *input,
                                                                 awsc_iam_generate_organizations_access_report_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * GenerateServiceLastAccessedDetails
 * Generates a report that includes details about when an IAM resource (user,
 * group, role, or policy) was last used in an attempt to access Amazon Web
 * Services services. Recent activity usually appears within four hours.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_generate_service_last_accessed_details(struct awsc_client *client,
                                                             const struct awsc_iam_generate_service_last_accessed_details_input *input,
                                                             struct awsc_iam_generate_service_last_accessed_details_output **output,
                                                             struct awsc_error *err);
typedef void awsc_iam_generate_service_last_accessed_details_cb(void *user_data,
                                                                int status,
                                                                struct awsc_iam_generate_service_last_accessed_details_output *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_iam_generate_service_last_accessed_details_async(struct awsc_client *client,
                                                                   const struct awsc_iam_generate_service_last_accessed_details_input *input,
                                                                   awsc_iam_generate_service_last_accessed_details_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * GetAccessKeyLastUsed
 * Retrieves information about when the specified access key was last used. The
 * information includes the date and time of last use, along with the Amazon
 * Web Services service and Region that were specified in the last request made
 * with that key.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_iam_get_access_key_last_used(struct awsc_client *client,
                                               const struct awsc_iam_get_access_key_last_used_input *input,
                                               struct awsc_iam_get_access_key_last_used_output **output,
                                               struct awsc_error *err);
typedef void awsc_iam_get_access_key_last_used_cb(void *user_data,
                                                  int status,
                                                  struct awsc_iam_get_access_key_last_used_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_get_access_key_last_used_async(struct awsc_client *client,
                                                     const struct awsc_iam_get_access_key_last_used_input *input,
                                                     awsc_iam_get_access_key_last_used_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * GetAccountAuthorizationDetails
 * Retrieves information about all IAM users, groups, roles, and policies in
 * your Amazon Web Services account, including their relationships to one
 * another. Use this operation to obtain a snapshot of the configuration of IAM
 * permissions (users, groups, roles, and policies) in your account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_account_authorization_details(struct awsc_client *client,
                                                        const struct awsc_iam_get_account_authorization_details_input *input,
                                                        struct awsc_iam_get_account_authorization_details_output **output,
                                                        struct awsc_error *err);
typedef void awsc_iam_get_account_authorization_details_cb(void *user_data,
                                                           int status,
                                                           struct awsc_iam_get_account_authorization_details_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_get_account_authorization_details_async(struct awsc_client *client,
                                                              const struct awsc_iam_get_account_authorization_details_input *input,
                                                              awsc_iam_get_account_authorization_details_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * GetAccountPasswordPolicy
 * Retrieves the password policy for the Amazon Web Services account. This
 * tells you the complexity requirements and mandatory rotation periods for the
 * IAM user passwords in your account. For more information about using a
 * password policy, see Managing an IAM password policy .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_account_password_policy(struct awsc_client *client,
                                                  struct awsc_iam_get_account_password_policy_output **output,
                                                  struct awsc_error *err);
typedef void awsc_iam_get_account_password_policy_cb(void *user_data,
                                                     int status,
                                                     struct awsc_iam_get_account_password_policy_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_get_account_password_policy_async(struct awsc_client *client,
                                                        awsc_iam_get_account_password_policy_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * GetAccountSummary
 * Retrieves information about IAM entity usage and IAM quotas in the Amazon
 * Web Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_account_summary(struct awsc_client *client,
                                          struct awsc_iam_get_account_summary_output **output,
                                          struct awsc_error *err);
typedef void awsc_iam_get_account_summary_cb(void *user_data,
                                             int status,
                                             struct awsc_iam_get_account_summary_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_iam_get_account_summary_async(struct awsc_client *client,
                                                awsc_iam_get_account_summary_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * GetContextKeysForCustomPolicy
 * Gets a list of all of the context keys referenced in the input policies. The
 * policies are supplied as a list of one or more strings. To get the context
 * keys from policies associated with an IAM user, group, or role, use
 * GetContextKeysForPrincipalPolicy .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION
 */
AWSC_API int awsc_iam_get_context_keys_for_custom_policy(struct awsc_client *client,
                                                         const struct awsc_iam_get_context_keys_for_custom_policy_input *input,
                                                         struct awsc_iam_get_context_keys_for_policy_response **output,
                                                         struct awsc_error *err);
typedef void awsc_iam_get_context_keys_for_custom_policy_cb(void *user_data,
                                                            int status,
                                                            struct awsc_iam_get_context_keys_for_policy_response *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_get_context_keys_for_custom_policy_async(struct awsc_client *client,
                                                               const struct awsc_iam_get_context_keys_for_custom_policy_input *input,
                                                               awsc_iam_get_context_keys_for_custom_policy_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * GetContextKeysForPrincipalPolicy
 * Gets a list of all of the context keys referenced in all the IAM policies
 * that are attached to the specified IAM entity. The entity can be an IAM
 * user, group, or role. If you specify a user, then the request also includes
 * all of the policies attached to groups that the user is a member of.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_get_context_keys_for_principal_policy(struct awsc_client *client,
                                                            const struct awsc_iam_get_context_keys_for_principal_policy_input *input,
                                                            struct awsc_iam_get_context_keys_for_policy_response **output,
                                                            struct awsc_error *err);
typedef void awsc_iam_get_context_keys_for_principal_policy_cb(void *user_data,
                                                               int status,
                                                               struct awsc_iam_get_context_keys_for_policy_response *output,
                                                               struct awsc_error *err);
AWSC_API int awsc_iam_get_context_keys_for_principal_policy_async(struct awsc_client *client,
                                                                  const struct awsc_iam_get_context_keys_for_principal_policy_input *input,
                                                                  awsc_iam_get_context_keys_for_principal_policy_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);

/*
 * GetCredentialReport
 * Retrieves a credential report for the Amazon Web Services account. For more
 * information about the credential report, see Getting credential reports in
 * the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CREDENTIAL_REPORT_EXPIRED_EXCEPTION,
 *   AWSC_IAM_ERR_CREDENTIAL_REPORT_NOT_PRESENT_EXCEPTION,
 *   AWSC_IAM_ERR_CREDENTIAL_REPORT_NOT_READY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_credential_report(struct awsc_client *client,
                                            struct awsc_iam_get_credential_report_output **output,
                                            struct awsc_error *err);
typedef void awsc_iam_get_credential_report_cb(void *user_data,
                                               int status,
                                               struct awsc_iam_get_credential_report_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_get_credential_report_async(struct awsc_client *client,
                                                  awsc_iam_get_credential_report_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * GetDelegationRequest
 * Retrieves information about a specific delegation request.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_delegation_request(struct awsc_client *client,
                                             const struct awsc_iam_get_delegation_request_input *input,
                                             struct awsc_iam_get_delegation_request_output **output,
                                             struct awsc_error *err);
typedef void awsc_iam_get_delegation_request_cb(void *user_data,
                                                int status,
                                                struct awsc_iam_get_delegation_request_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_get_delegation_request_async(struct awsc_client *client,
                                                   const struct awsc_iam_get_delegation_request_input *input,
                                                   awsc_iam_get_delegation_request_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * GetGroup
 * Returns a list of IAM users that are in the specified IAM group. You can
 * paginate the results using the MaxItems and Marker parameters.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_group(struct awsc_client *client,
                                const struct awsc_iam_get_group_input *input,
                                struct awsc_iam_get_group_output **output,
                                struct awsc_error *err);
typedef void awsc_iam_get_group_cb(void *user_data,
                                   int status,
                                   struct awsc_iam_get_group_output *output,
                                   struct awsc_error *err);
AWSC_API int awsc_iam_get_group_async(struct awsc_client *client,
                                      const struct awsc_iam_get_group_input *input,
                                      awsc_iam_get_group_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err);

/*
 * GetGroupPolicy
 * Retrieves the specified inline policy document that is embedded in the
 * specified IAM group. Policies returned by this operation are URL-encoded
 * compliant with RFC 3986 . You can use a URL decoding method to convert the
 * policy back to plain JSON text.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_group_policy(struct awsc_client *client,
                                       const struct awsc_iam_get_group_policy_input *input,
                                       struct awsc_iam_get_group_policy_output **output,
                                       struct awsc_error *err);
typedef void awsc_iam_get_group_policy_cb(void *user_data,
                                          int status,
                                          struct awsc_iam_get_group_policy_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_iam_get_group_policy_async(struct awsc_client *client,
                                             const struct awsc_iam_get_group_policy_input *input,
                                             awsc_iam_get_group_policy_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * GetHumanReadableSummary
 * Retrieves a human readable summary for a given entity. At this time, the
 * only supported entity type is delegation-request
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_human_readable_summary(struct awsc_client *client,
                                                 const struct awsc_iam_get_human_readable_summary_input *input,
                                                 struct awsc_iam_get_human_readable_summary_output **output,
                                                 struct awsc_error *err);
typedef void awsc_iam_get_human_readable_summary_cb(void *user_data,
                                                    int status,
                                                    struct awsc_iam_get_human_readable_summary_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_get_human_readable_summary_async(struct awsc_client *client,
                                                       const struct awsc_iam_get_human_readable_summary_input *input,
                                                       awsc_iam_get_human_readable_summary_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * GetInstanceProfile
 * Retrieves information about the specified instance profile, including the
 * instance profile's path, GUID, ARN, and role. For more information about
 * instance profiles, see Using instance profiles in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_instance_profile(struct awsc_client *client,
                                           const struct awsc_iam_get_instance_profile_input *input,
                                           struct awsc_iam_get_instance_profile_output **output,
                                           struct awsc_error *err);
typedef void awsc_iam_get_instance_profile_cb(void *user_data,
                                              int status,
                                              struct awsc_iam_get_instance_profile_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_get_instance_profile_async(struct awsc_client *client,
                                                 const struct awsc_iam_get_instance_profile_input *input,
                                                 awsc_iam_get_instance_profile_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetLoginProfile
 * Retrieves the user name for the specified IAM user. A login profile is
 * created when you create a password for the user to access the Amazon Web
 * Services Management Console. If the user does not exist or does not have a
 * password, the operation returns a 404 ( NoSuchEntity ) error.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_login_profile(struct awsc_client *client,
                                        const struct awsc_iam_get_login_profile_input *input,
                                        struct awsc_iam_get_login_profile_output **output,
                                        struct awsc_error *err);
typedef void awsc_iam_get_login_profile_cb(void *user_data,
                                           int status,
                                           struct awsc_iam_get_login_profile_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_iam_get_login_profile_async(struct awsc_client *client,
                                              const struct awsc_iam_get_login_profile_input *input,
                                              awsc_iam_get_login_profile_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * GetMFADevice
 * Retrieves information about an MFA device for a specified user.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_mfa_device(struct awsc_client *client,
                                     const struct awsc_iam_get_mfa_device_input *input,
                                     struct awsc_iam_get_mfa_device_output **output,
                                     struct awsc_error *err);
typedef void awsc_iam_get_mfa_device_cb(void *user_data,
                                        int status,
                                        struct awsc_iam_get_mfa_device_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_iam_get_mfa_device_async(struct awsc_client *client,
                                           const struct awsc_iam_get_mfa_device_input *input,
                                           awsc_iam_get_mfa_device_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * GetOpenIDConnectProvider
 * Returns information about the specified OpenID Connect (OIDC) provider
 * resource object in IAM.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_open_id_connect_provider(struct awsc_client *client,
                                                   const struct awsc_iam_get_open_id_connect_provider_input *input,
                                                   struct awsc_iam_get_open_id_connect_provider_output **output,
                                                   struct awsc_error *err);
typedef void awsc_iam_get_open_id_connect_provider_cb(void *user_data,
                                                      int status,
                                                      struct awsc_iam_get_open_id_connect_provider_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_iam_get_open_id_connect_provider_async(struct awsc_client *client,
                                                         const struct awsc_iam_get_open_id_connect_provider_input *input,
                                                         awsc_iam_get_open_id_connect_provider_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * GetOrganizationsAccessReport
 * Retrieves the service last accessed data report for Organizations that was
 * previously generated using the GenerateOrganizationsAccessReport operation.
 * This operation retrieves the status of your report job and the report
 * contents.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_get_organizations_access_report(struct awsc_client *client,
                                                      const struct awsc_iam_get_organizations_access_report_input *input,
                                                      struct awsc_iam_get_organizations_access_report_output **output,
                                                      struct awsc_error *err);
typedef void awsc_iam_get_organizations_access_report_cb(void *user_data,
                                                         int status,
                                                         struct awsc_iam_get_organizations_access_report_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_get_organizations_access_report_async(struct awsc_client *client,
                                                            const struct awsc_iam_get_organizations_access_report_input *input,
                                                            awsc_iam_get_organizations_access_report_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * GetOutboundWebIdentityFederationInfo
 * Retrieves the configuration information for the outbound identity federation
 * feature in your Amazon Web Services account. The response includes the
 * unique issuer URL for your Amazon Web Services account and the current
 * enabled/disabled status of the feature.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_FEATURE_DISABLED_EXCEPTION
 */
AWSC_API int awsc_iam_get_outbound_web_identity_federation_info(struct awsc_client *client,
                                                                struct awsc_iam_get_outbound_web_identity_federation_info_output **output,
                                                                struct awsc_error *err);
typedef void awsc_iam_get_outbound_web_identity_federation_info_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_iam_get_outbound_web_identity_federation_info_output *output,
                                                                   struct awsc_error *err);
AWSC_API int awsc_iam_get_outbound_web_identity_federation_info_async(struct awsc_client *client,
                                                                      awsc_iam_get_outbound_web_identity_federation_info_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);

/*
 * GetPolicy
 * Retrieves information about the specified managed policy, including the
 * policy's default version and the total number of IAM users, groups, and
 * roles to which the policy is attached.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_policy(struct awsc_client *client,
                                 const struct awsc_iam_get_policy_input *input,
                                 struct awsc_iam_get_policy_output **output,
                                 struct awsc_error *err);
typedef void awsc_iam_get_policy_cb(void *user_data,
                                    int status,
                                    struct awsc_iam_get_policy_output *output,
                                    struct awsc_error *err);
AWSC_API int awsc_iam_get_policy_async(struct awsc_client *client,
                                       const struct awsc_iam_get_policy_input *input,
                                       awsc_iam_get_policy_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * GetPolicyVersion
 * Retrieves information about the specified version of the specified managed
 * policy, including the policy document. Policies returned by this operation
 * are URL-encoded compliant with RFC 3986 . You can use a URL decoding method
 * to convert the policy back to plain JSON text.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_policy_version(struct awsc_client *client,
                                         const struct awsc_iam_get_policy_version_input *input,
                                         struct awsc_iam_get_policy_version_output **output,
                                         struct awsc_error *err);
typedef void awsc_iam_get_policy_version_cb(void *user_data,
                                            int status,
                                            struct awsc_iam_get_policy_version_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_iam_get_policy_version_async(struct awsc_client *client,
                                               const struct awsc_iam_get_policy_version_input *input,
                                               awsc_iam_get_policy_version_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * GetRole
 * Retrieves information about the specified role, including the role's path,
 * GUID, ARN, and the role's trust policy that grants permission to assume the
 * role. For more information about roles, see IAM roles in the IAM User Guide
 * .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_role(struct awsc_client *client,
                               const struct awsc_iam_get_role_input *input,
                               struct awsc_iam_get_role_output **output,
                               struct awsc_error *err);
typedef void awsc_iam_get_role_cb(void *user_data,
                                  int status,
                                  struct awsc_iam_get_role_output *output,
                                  struct awsc_error *err);
AWSC_API int awsc_iam_get_role_async(struct awsc_client *client,
                                     const struct awsc_iam_get_role_input *input,
                                     awsc_iam_get_role_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err);

/*
 * GetRolePolicy
 * Retrieves the specified inline policy document that is embedded with the
 * specified IAM role. Policies returned by this operation are URL-encoded
 * compliant with RFC 3986 . You can use a URL decoding method to convert the
 * policy back to plain JSON text.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_role_policy(struct awsc_client *client,
                                      const struct awsc_iam_get_role_policy_input *input,
                                      struct awsc_iam_get_role_policy_output **output,
                                      struct awsc_error *err);
typedef void awsc_iam_get_role_policy_cb(void *user_data,
                                         int status,
                                         struct awsc_iam_get_role_policy_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_iam_get_role_policy_async(struct awsc_client *client,
                                            const struct awsc_iam_get_role_policy_input *input,
                                            awsc_iam_get_role_policy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * GetSAMLProvider
 * Returns the SAML provider metadocument that was uploaded when the IAM SAML
 * provider resource object was created or updated. This operation requires
 * Signature Version 4 .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_saml_provider(struct awsc_client *client,
                                        const struct awsc_iam_get_saml_provider_input *input,
                                        struct awsc_iam_get_saml_provider_output **output,
                                        struct awsc_error *err);
typedef void awsc_iam_get_saml_provider_cb(void *user_data,
                                           int status,
                                           struct awsc_iam_get_saml_provider_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_iam_get_saml_provider_async(struct awsc_client *client,
                                              const struct awsc_iam_get_saml_provider_input *input,
                                              awsc_iam_get_saml_provider_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * GetSSHPublicKey
 * Retrieves the specified SSH public key, including metadata about the key.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_UNRECOGNIZED_PUBLIC_KEY_ENCODING_EXCEPTION
 */
AWSC_API int awsc_iam_get_ssh_public_key(struct awsc_client *client,
                                         const struct awsc_iam_get_ssh_public_key_input *input,
                                         struct awsc_iam_get_ssh_public_key_output **output,
                                         struct awsc_error *err);
typedef void awsc_iam_get_ssh_public_key_cb(void *user_data,
                                            int status,
                                            struct awsc_iam_get_ssh_public_key_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_iam_get_ssh_public_key_async(struct awsc_client *client,
                                               const struct awsc_iam_get_ssh_public_key_input *input,
                                               awsc_iam_get_ssh_public_key_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * GetServerCertificate
 * Retrieves information about the specified server certificate stored in IAM.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_server_certificate(struct awsc_client *client,
                                             const struct awsc_iam_get_server_certificate_input *input,
                                             struct awsc_iam_get_server_certificate_output **output,
                                             struct awsc_error *err);
typedef void awsc_iam_get_server_certificate_cb(void *user_data,
                                                int status,
                                                struct awsc_iam_get_server_certificate_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_get_server_certificate_async(struct awsc_client *client,
                                                   const struct awsc_iam_get_server_certificate_input *input,
                                                   awsc_iam_get_server_certificate_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * GetServiceLastAccessedDetails
 * Retrieves a service last accessed report that was created using the
 * GenerateServiceLastAccessedDetails operation. You can use the JobId
 * parameter in GetServiceLastAccessedDetails to retrieve the status of your
 * report job. When the report is complete, you can retrieve the generated
 * report.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_get_service_last_accessed_details(struct awsc_client *client,
                                                        const struct awsc_iam_get_service_last_accessed_details_input *input,
                                                        struct awsc_iam_get_service_last_accessed_details_output **output,
                                                        struct awsc_error *err);
typedef void awsc_iam_get_service_last_accessed_details_cb(void *user_data,
                                                           int status,
                                                           struct awsc_iam_get_service_last_accessed_details_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_get_service_last_accessed_details_async(struct awsc_client *client,
                                                              const struct awsc_iam_get_service_last_accessed_details_input *input,
                                                              awsc_iam_get_service_last_accessed_details_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * GetServiceLastAccessedDetailsWithEntities
 * After you generate a group or policy report using the
 * GenerateServiceLastAccessedDetails operation, you can use the JobId
 * parameter in GetServiceLastAccessedDetailsWithEntities .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_get_service_last_accessed_details_with_entities(struct awsc_client *client,
                                                                      const struct awsc_iam_get_service_last_accessed_details_with_entities_input *input,
                                                                      struct awsc_iam_get_service_last_accessed_details_with_entities_output **output,
                                                                      struct awsc_error *err);
typedef void awsc_iam_get_service_last_accessed_details_with_entities_cb(void *user_data,
                                                                         int status,
                                                                         struct awsc_iam_get_service_last_accessed_details_with_entities_output *output,
                                                                         struct awsc_error *err);
AWSC_API int awsc_iam_get_service_last_accessed_details_with_entities_async(struct awsc_client *client,
                                                                            const struct awsc_iam_get_service_last_accessed_details_with_entities_input *input,
                                                                            awsc_iam_get_service_last_accessed_details_with_entities_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err);

/*
 * GetServiceLinkedRoleDeletionStatus
 * Retrieves the status of your service-linked role deletion. After you use
 * DeleteServiceLinkedRole to submit a service-linked role for deletion, you
 * can use the DeletionTaskId parameter in GetServiceLinkedRoleDeletionStatus
 * to check the status of the deletion.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_service_linked_role_deletion_status(struct awsc_client *client,
                                                              const struct awsc_iam_get_service_linked_role_deletion_status_input *input,
                                                              struct awsc_iam_get_service_linked_role_deletion_status_output **output,
                                                              struct awsc_error *err);
typedef void awsc_iam_get_service_linked_role_deletion_status_cb(void *user_data,
                                                                 int status,
                                                                 struct awsc_iam_get_service_linked_role_deletion_status_output *output,
                                                                 struct awsc_error *err);
AWSC_API int awsc_iam_get_service_linked_role_deletion_status_async(struct awsc_client *client,
                                                                    const struct awsc_iam_get_service_linked_role_deletion_status_input *input,
                                                                    awsc_iam_get_service_linked_role_deletion_status_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);

/*
 * GetUser
 * Retrieves information about the specified IAM user, including the user's
 * creation date, path, unique ID, and ARN.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_user(struct awsc_client *client,
                               const struct awsc_iam_get_user_input *input,
                               struct awsc_iam_get_user_output **output,
                               struct awsc_error *err);
typedef void awsc_iam_get_user_cb(void *user_data,
                                  int status,
                                  struct awsc_iam_get_user_output *output,
                                  struct awsc_error *err);
AWSC_API int awsc_iam_get_user_async(struct awsc_client *client,
                                     const struct awsc_iam_get_user_input *input,
                                     awsc_iam_get_user_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err);

/*
 * GetUserPolicy
 * Retrieves the specified inline policy document that is embedded in the
 * specified IAM user. Policies returned by this operation are URL-encoded
 * compliant with RFC 3986 . You can use a URL decoding method to convert the
 * policy back to plain JSON text.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_get_user_policy(struct awsc_client *client,
                                      const struct awsc_iam_get_user_policy_input *input,
                                      struct awsc_iam_get_user_policy_output **output,
                                      struct awsc_error *err);
typedef void awsc_iam_get_user_policy_cb(void *user_data,
                                         int status,
                                         struct awsc_iam_get_user_policy_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_iam_get_user_policy_async(struct awsc_client *client,
                                            const struct awsc_iam_get_user_policy_input *input,
                                            awsc_iam_get_user_policy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * ListAccessKeys
 * Returns information about the access key IDs associated with the specified
 * IAM user. If there is none, the operation returns an empty list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_access_keys(struct awsc_client *client,
                                       const struct awsc_iam_list_access_keys_input *input,
                                       struct awsc_iam_list_access_keys_output **output,
                                       struct awsc_error *err);
typedef void awsc_iam_list_access_keys_cb(void *user_data,
                                          int status,
                                          struct awsc_iam_list_access_keys_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_access_keys_async(struct awsc_client *client,
                                             const struct awsc_iam_list_access_keys_input *input,
                                             awsc_iam_list_access_keys_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * ListAccountAliases
 * Lists the account alias associated with the Amazon Web Services account
 * (Note: you can have only one). For information about using an Amazon Web
 * Services account alias, see Creating, deleting, and listing an Amazon Web
 * Services account alias in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_account_aliases(struct awsc_client *client,
                                           const struct awsc_iam_list_account_aliases_input *input,
                                           struct awsc_iam_list_account_aliases_output **output,
                                           struct awsc_error *err);
typedef void awsc_iam_list_account_aliases_cb(void *user_data,
                                              int status,
                                              struct awsc_iam_list_account_aliases_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_account_aliases_async(struct awsc_client *client,
                                                 const struct awsc_iam_list_account_aliases_input *input,
                                                 awsc_iam_list_account_aliases_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * ListAttachedGroupPolicies
 * Lists all managed policies that are attached to the specified IAM group.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_attached_group_policies(struct awsc_client *client,
                                                   const struct awsc_iam_list_attached_group_policies_input *input,
                                                   struct awsc_iam_list_attached_group_policies_output **output,
                                                   struct awsc_error *err);
typedef void awsc_iam_list_attached_group_policies_cb(void *user_data,
                                                      int status,
                                                      struct awsc_iam_list_attached_group_policies_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_group_policies_async(struct awsc_client *client,
                                                         const struct awsc_iam_list_attached_group_policies_input *input,
                                                         awsc_iam_list_attached_group_policies_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * ListAttachedRolePolicies
 * Lists all managed policies that are attached to the specified IAM role.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_attached_role_policies(struct awsc_client *client,
                                                  const struct awsc_iam_list_attached_role_policies_input *input,
                                                  struct awsc_iam_list_attached_role_policies_output **output,
                                                  struct awsc_error *err);
typedef void awsc_iam_list_attached_role_policies_cb(void *user_data,
                                                     int status,
                                                     struct awsc_iam_list_attached_role_policies_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_role_policies_async(struct awsc_client *client,
                                                        const struct awsc_iam_list_attached_role_policies_input *input,
                                                        awsc_iam_list_attached_role_policies_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * ListAttachedUserPolicies
 * Lists all managed policies that are attached to the specified IAM user.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_attached_user_policies(struct awsc_client *client,
                                                  const struct awsc_iam_list_attached_user_policies_input *input,
                                                  struct awsc_iam_list_attached_user_policies_output **output,
                                                  struct awsc_error *err);
typedef void awsc_iam_list_attached_user_policies_cb(void *user_data,
                                                     int status,
                                                     struct awsc_iam_list_attached_user_policies_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_user_policies_async(struct awsc_client *client,
                                                        const struct awsc_iam_list_attached_user_policies_input *input,
                                                        awsc_iam_list_attached_user_policies_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * ListDelegationRequests
 * Lists delegation requests based on the specified criteria.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_delegation_requests(struct awsc_client *client,
                                               const struct awsc_iam_list_delegation_requests_input *input,
                                               struct awsc_iam_list_delegation_requests_output **output,
                                               struct awsc_error *err);
typedef void awsc_iam_list_delegation_requests_cb(void *user_data,
                                                  int status,
                                                  struct awsc_iam_list_delegation_requests_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_delegation_requests_async(struct awsc_client *client,
                                                     const struct awsc_iam_list_delegation_requests_input *input,
                                                     awsc_iam_list_delegation_requests_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * ListEntitiesForPolicy
 * Lists all IAM users, groups, and roles that the specified managed policy is
 * attached to.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_entities_for_policy(struct awsc_client *client,
                                               const struct awsc_iam_list_entities_for_policy_input *input,
                                               struct awsc_iam_list_entities_for_policy_output **output,
                                               struct awsc_error *err);
typedef void awsc_iam_list_entities_for_policy_cb(void *user_data,
                                                  int status,
                                                  struct awsc_iam_list_entities_for_policy_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_entities_for_policy_async(struct awsc_client *client,
                                                     const struct awsc_iam_list_entities_for_policy_input *input,
                                                     awsc_iam_list_entities_for_policy_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * ListGroupPolicies
 * Lists the names of the inline policies that are embedded in the specified
 * IAM group.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_group_policies(struct awsc_client *client,
                                          const struct awsc_iam_list_group_policies_input *input,
                                          struct awsc_iam_list_group_policies_output **output,
                                          struct awsc_error *err);
typedef void awsc_iam_list_group_policies_cb(void *user_data,
                                             int status,
                                             struct awsc_iam_list_group_policies_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_group_policies_async(struct awsc_client *client,
                                                const struct awsc_iam_list_group_policies_input *input,
                                                awsc_iam_list_group_policies_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * ListGroups
 * Lists the IAM groups that have the specified path prefix.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_groups(struct awsc_client *client,
                                  const struct awsc_iam_list_groups_input *input,
                                  struct awsc_iam_list_groups_output **output,
                                  struct awsc_error *err);
typedef void awsc_iam_list_groups_cb(void *user_data,
                                     int status,
                                     struct awsc_iam_list_groups_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_async(struct awsc_client *client,
                                        const struct awsc_iam_list_groups_input *input,
                                        awsc_iam_list_groups_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * ListGroupsForUser
 * Lists the IAM groups that the specified IAM user belongs to.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_groups_for_user(struct awsc_client *client,
                                           const struct awsc_iam_list_groups_for_user_input *input,
                                           struct awsc_iam_list_groups_for_user_output **output,
                                           struct awsc_error *err);
typedef void awsc_iam_list_groups_for_user_cb(void *user_data,
                                              int status,
                                              struct awsc_iam_list_groups_for_user_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_for_user_async(struct awsc_client *client,
                                                 const struct awsc_iam_list_groups_for_user_input *input,
                                                 awsc_iam_list_groups_for_user_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * ListInstanceProfileTags
 * Lists the tags that are attached to the specified IAM instance profile. The
 * returned list of tags is sorted by tag key. For more information about
 * tagging, see Tagging IAM resources in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_instance_profile_tags(struct awsc_client *client,
                                                 const struct awsc_iam_list_instance_profile_tags_input *input,
                                                 struct awsc_iam_list_instance_profile_tags_output **output,
                                                 struct awsc_error *err);
typedef void awsc_iam_list_instance_profile_tags_cb(void *user_data,
                                                    int status,
                                                    struct awsc_iam_list_instance_profile_tags_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profile_tags_async(struct awsc_client *client,
                                                       const struct awsc_iam_list_instance_profile_tags_input *input,
                                                       awsc_iam_list_instance_profile_tags_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * ListInstanceProfiles
 * Lists the instance profiles that have the specified path prefix. If there
 * are none, the operation returns an empty list. For more information about
 * instance profiles, see Using instance profiles in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_instance_profiles(struct awsc_client *client,
                                             const struct awsc_iam_list_instance_profiles_input *input,
                                             struct awsc_iam_list_instance_profiles_output **output,
                                             struct awsc_error *err);
typedef void awsc_iam_list_instance_profiles_cb(void *user_data,
                                                int status,
                                                struct awsc_iam_list_instance_profiles_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_async(struct awsc_client *client,
                                                   const struct awsc_iam_list_instance_profiles_input *input,
                                                   awsc_iam_list_instance_profiles_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ListInstanceProfilesForRole
 * Lists the instance profiles that have the specified associated IAM role. If
 * there are none, the operation returns an empty list. For more information
 * about instance profiles, go to Using instance profiles in the IAM User Guide
 * .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_instance_profiles_for_role(struct awsc_client *client,
                                                      const struct awsc_iam_list_instance_profiles_for_role_input *input,
                                                      struct awsc_iam_list_instance_profiles_for_role_output **output,
                                                      struct awsc_error *err);
typedef void awsc_iam_list_instance_profiles_for_role_cb(void *user_data,
                                                         int status,
                                                         struct awsc_iam_list_instance_profiles_for_role_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_for_role_async(struct awsc_client *client,
                                                            const struct awsc_iam_list_instance_profiles_for_role_input *input,
                                                            awsc_iam_list_instance_profiles_for_role_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * ListMFADeviceTags
 * Lists the tags that are attached to the specified IAM virtual multi-factor
 * authentication (MFA) device. The returned list of tags is sorted by tag key.
 * For more information about tagging, see Tagging IAM resources in the IAM
 * User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_mfa_device_tags(struct awsc_client *client,
                                           const struct awsc_iam_list_mfa_device_tags_input *input,
                                           struct awsc_iam_list_mfa_device_tags_output **output,
                                           struct awsc_error *err);
typedef void awsc_iam_list_mfa_device_tags_cb(void *user_data,
                                              int status,
                                              struct awsc_iam_list_mfa_device_tags_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_device_tags_async(struct awsc_client *client,
                                                 const struct awsc_iam_list_mfa_device_tags_input *input,
                                                 awsc_iam_list_mfa_device_tags_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * ListMFADevices
 * Lists the MFA devices for an IAM user. If the request includes a IAM user
 * name, then this operation lists all the MFA devices associated with the
 * specified user.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_mfa_devices(struct awsc_client *client,
                                       const struct awsc_iam_list_mfa_devices_input *input,
                                       struct awsc_iam_list_mfa_devices_output **output,
                                       struct awsc_error *err);
typedef void awsc_iam_list_mfa_devices_cb(void *user_data,
                                          int status,
                                          struct awsc_iam_list_mfa_devices_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_devices_async(struct awsc_client *client,
                                             const struct awsc_iam_list_mfa_devices_input *input,
                                             awsc_iam_list_mfa_devices_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * ListOpenIDConnectProviderTags
 * Lists the tags that are attached to the specified OpenID Connect
 * (OIDC)-compatible identity provider. The returned list of tags is sorted by
 * tag key. For more information, see About web identity federation .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_open_id_connect_provider_tags(struct awsc_client *client,
                                                         const struct awsc_iam_list_open_id_connect_provider_tags_input *input,
                                                         struct awsc_iam_list_open_id_connect_provider_tags_output **output,
                                                         struct awsc_error *err);
typedef void awsc_iam_list_open_id_connect_provider_tags_cb(void *user_data,
                                                            int status,
                                                            struct awsc_iam_list_open_id_connect_provider_tags_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_open_id_connect_provider_tags_async(struct awsc_client *client,
                                                               const struct awsc_iam_list_open_id_connect_provider_tags_input *input,
                                                               awsc_iam_list_open_id_connect_provider_tags_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * ListOpenIDConnectProviders
 * Lists information about the IAM OpenID Connect (OIDC) provider resource
 * objects defined in the Amazon Web Services account. IAM resource-listing
 * operations return a subset of the available attributes for the resource.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_open_id_connect_providers(struct awsc_client *client,
                                                     const struct awsc_iam_list_open_id_connect_providers_input *input,
                                                     struct awsc_iam_list_open_id_connect_providers_output **output,
                                                     struct awsc_error *err);
typedef void awsc_iam_list_open_id_connect_providers_cb(void *user_data,
                                                        int status,
                                                        struct awsc_iam_list_open_id_connect_providers_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_list_open_id_connect_providers_async(struct awsc_client *client,
                                                           const struct awsc_iam_list_open_id_connect_providers_input *input,
                                                           awsc_iam_list_open_id_connect_providers_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * ListOrganizationsFeatures
 * Lists the centralized root access features enabled for your organization.
 * For more information, see Centrally manage root access for member accounts .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION
 *   , AWSC_IAM_ERR_ORGANIZATION_NOT_FOUND_EXCEPTION,
 *   AWSC_IAM_ERR_ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_ACCESS_NOT_ENABLED_EXCEPTION
 */
AWSC_API int awsc_iam_list_organizations_features(struct awsc_client *client,
                                                  const struct awsc_iam_list_organizations_features_input *input,
                                                  struct awsc_iam_list_organizations_features_output **output,
                                                  struct awsc_error *err);
typedef void awsc_iam_list_organizations_features_cb(void *user_data,
                                                     int status,
                                                     struct awsc_iam_list_organizations_features_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_organizations_features_async(struct awsc_client *client,
                                                        const struct awsc_iam_list_organizations_features_input *input,
                                                        awsc_iam_list_organizations_features_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * ListPolicies
 * Lists all the managed policies that are available in your Amazon Web
 * Services account, including your own customer-defined managed policies and
 * all Amazon Web Services managed policies.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_policies(struct awsc_client *client,
                                    const struct awsc_iam_list_policies_input *input,
                                    struct awsc_iam_list_policies_output **output,
                                    struct awsc_error *err);
typedef void awsc_iam_list_policies_cb(void *user_data,
                                       int status,
                                       struct awsc_iam_list_policies_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_policies_async(struct awsc_client *client,
                                          const struct awsc_iam_list_policies_input *input,
                                          awsc_iam_list_policies_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * ListPoliciesGrantingServiceAccess
 * Retrieves a list of policies that the IAM identity (user, group, or role)
 * can use to access each specified service. This operation does not use other
 * policy types when determining whether a resource could access a service.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_list_policies_granting_service_access(struct awsc_client *client,
                                                            const struct awsc_iam_list_policies_granting_service_access_input *input,
                                                            struct awsc_iam_list_policies_granting_service_access_output **output,
                                                            struct awsc_error *err);
typedef void awsc_iam_list_policies_granting_service_access_cb(void *user_data,
                                                               int status,
                                                               struct awsc_iam_list_policies_granting_service_access_output *output,
                                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_policies_granting_service_access_async(struct awsc_client *client,
                                                                  const struct awsc_iam_list_policies_granting_service_access_input *input,
                                                                  awsc_iam_list_policies_granting_service_access_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);

/*
 * ListPolicyTags
 * Lists the tags that are attached to the specified IAM customer managed
 * policy. The returned list of tags is sorted by tag key. For more information
 * about tagging, see Tagging IAM resources in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_policy_tags(struct awsc_client *client,
                                       const struct awsc_iam_list_policy_tags_input *input,
                                       struct awsc_iam_list_policy_tags_output **output,
                                       struct awsc_error *err);
typedef void awsc_iam_list_policy_tags_cb(void *user_data,
                                          int status,
                                          struct awsc_iam_list_policy_tags_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_tags_async(struct awsc_client *client,
                                             const struct awsc_iam_list_policy_tags_input *input,
                                             awsc_iam_list_policy_tags_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * ListPolicyVersions
 * Lists information about the versions of the specified managed policy,
 * including the version that is currently set as the policy's default version.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_policy_versions(struct awsc_client *client,
                                           const struct awsc_iam_list_policy_versions_input *input,
                                           struct awsc_iam_list_policy_versions_output **output,
                                           struct awsc_error *err);
typedef void awsc_iam_list_policy_versions_cb(void *user_data,
                                              int status,
                                              struct awsc_iam_list_policy_versions_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_versions_async(struct awsc_client *client,
                                                 const struct awsc_iam_list_policy_versions_input *input,
                                                 awsc_iam_list_policy_versions_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * ListRolePolicies
 * Lists the names of the inline policies that are embedded in the specified
 * IAM role.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_role_policies(struct awsc_client *client,
                                         const struct awsc_iam_list_role_policies_input *input,
                                         struct awsc_iam_list_role_policies_output **output,
                                         struct awsc_error *err);
typedef void awsc_iam_list_role_policies_cb(void *user_data,
                                            int status,
                                            struct awsc_iam_list_role_policies_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_role_policies_async(struct awsc_client *client,
                                               const struct awsc_iam_list_role_policies_input *input,
                                               awsc_iam_list_role_policies_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * ListRoleTags
 * Lists the tags that are attached to the specified role. The returned list of
 * tags is sorted by tag key. For more information about tagging, see Tagging
 * IAM resources in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_role_tags(struct awsc_client *client,
                                     const struct awsc_iam_list_role_tags_input *input,
                                     struct awsc_iam_list_role_tags_output **output,
                                     struct awsc_error *err);
typedef void awsc_iam_list_role_tags_cb(void *user_data,
                                        int status,
                                        struct awsc_iam_list_role_tags_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_iam_list_role_tags_async(struct awsc_client *client,
                                           const struct awsc_iam_list_role_tags_input *input,
                                           awsc_iam_list_role_tags_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * ListRoles
 * Lists the IAM roles that have the specified path prefix. If there are none,
 * the operation returns an empty list. For more information about roles, see
 * IAM roles in the IAM User Guide . IAM resource-listing operations return a
 * subset of the available attributes for the resource.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_roles(struct awsc_client *client,
                                 const struct awsc_iam_list_roles_input *input,
                                 struct awsc_iam_list_roles_output **output,
                                 struct awsc_error *err);
typedef void awsc_iam_list_roles_cb(void *user_data,
                                    int status,
                                    struct awsc_iam_list_roles_output *output,
                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_roles_async(struct awsc_client *client,
                                       const struct awsc_iam_list_roles_input *input,
                                       awsc_iam_list_roles_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * ListSAMLProviderTags
 * Lists the tags that are attached to the specified Security Assertion Markup
 * Language (SAML) identity provider. The returned list of tags is sorted by
 * tag key. For more information, see About SAML 2.0-based federation .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_saml_provider_tags(struct awsc_client *client,
                                              const struct awsc_iam_list_saml_provider_tags_input *input,
                                              struct awsc_iam_list_saml_provider_tags_output **output,
                                              struct awsc_error *err);
typedef void awsc_iam_list_saml_provider_tags_cb(void *user_data,
                                                 int status,
                                                 struct awsc_iam_list_saml_provider_tags_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_saml_provider_tags_async(struct awsc_client *client,
                                                    const struct awsc_iam_list_saml_provider_tags_input *input,
                                                    awsc_iam_list_saml_provider_tags_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * ListSAMLProviders
 * Lists the SAML provider resource objects defined in IAM in the account. IAM
 * resource-listing operations return a subset of the available attributes for
 * the resource. For example, this operation does not return tags, even though
 * they are an attribute of the returned object.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_saml_providers(struct awsc_client *client,
                                          const struct awsc_iam_list_saml_providers_input *input,
                                          struct awsc_iam_list_saml_providers_output **output,
                                          struct awsc_error *err);
typedef void awsc_iam_list_saml_providers_cb(void *user_data,
                                             int status,
                                             struct awsc_iam_list_saml_providers_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_saml_providers_async(struct awsc_client *client,
                                                const struct awsc_iam_list_saml_providers_input *input,
                                                awsc_iam_list_saml_providers_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * ListSSHPublicKeys
 * Returns information about the SSH public keys associated with the specified
 * IAM user. If none exists, the operation returns an empty list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_list_ssh_public_keys(struct awsc_client *client,
                                           const struct awsc_iam_list_ssh_public_keys_input *input,
                                           struct awsc_iam_list_ssh_public_keys_output **output,
                                           struct awsc_error *err);
typedef void awsc_iam_list_ssh_public_keys_cb(void *user_data,
                                              int status,
                                              struct awsc_iam_list_ssh_public_keys_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_ssh_public_keys_async(struct awsc_client *client,
                                                 const struct awsc_iam_list_ssh_public_keys_input *input,
                                                 awsc_iam_list_ssh_public_keys_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * ListServerCertificateTags
 * Lists the tags that are attached to the specified IAM server certificate.
 * The returned list of tags is sorted by tag key. For more information about
 * tagging, see Tagging IAM resources in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_server_certificate_tags(struct awsc_client *client,
                                                   const struct awsc_iam_list_server_certificate_tags_input *input,
                                                   struct awsc_iam_list_server_certificate_tags_output **output,
                                                   struct awsc_error *err);
typedef void awsc_iam_list_server_certificate_tags_cb(void *user_data,
                                                      int status,
                                                      struct awsc_iam_list_server_certificate_tags_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificate_tags_async(struct awsc_client *client,
                                                         const struct awsc_iam_list_server_certificate_tags_input *input,
                                                         awsc_iam_list_server_certificate_tags_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * ListServerCertificates
 * Lists the server certificates stored in IAM that have the specified path
 * prefix. If none exist, the operation returns an empty list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_server_certificates(struct awsc_client *client,
                                               const struct awsc_iam_list_server_certificates_input *input,
                                               struct awsc_iam_list_server_certificates_output **output,
                                               struct awsc_error *err);
typedef void awsc_iam_list_server_certificates_cb(void *user_data,
                                                  int status,
                                                  struct awsc_iam_list_server_certificates_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificates_async(struct awsc_client *client,
                                                     const struct awsc_iam_list_server_certificates_input *input,
                                                     awsc_iam_list_server_certificates_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * ListServiceSpecificCredentials
 * Returns information about the service-specific credentials associated with
 * the specified IAM user. If none exists, the operation returns an empty list.
 * The service-specific credentials returned by this operation are used only
 * for authenticating the IAM user to a specific service.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_NOT_SUPPORTED_EXCEPTION
 */
AWSC_API int awsc_iam_list_service_specific_credentials(struct awsc_client *client,
                                                        const struct awsc_iam_list_service_specific_credentials_input *input,
                                                        struct awsc_iam_list_service_specific_credentials_output **output,
                                                        struct awsc_error *err);
typedef void awsc_iam_list_service_specific_credentials_cb(void *user_data,
                                                           int status,
                                                           struct awsc_iam_list_service_specific_credentials_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_service_specific_credentials_async(struct awsc_client *client,
                                                              const struct awsc_iam_list_service_specific_credentials_input *input,
                                                              awsc_iam_list_service_specific_credentials_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * ListSigningCertificates
 * Returns information about the signing certificates associated with the
 * specified IAM user. If none exists, the operation returns an empty list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_signing_certificates(struct awsc_client *client,
                                                const struct awsc_iam_list_signing_certificates_input *input,
                                                struct awsc_iam_list_signing_certificates_output **output,
                                                struct awsc_error *err);
typedef void awsc_iam_list_signing_certificates_cb(void *user_data,
                                                   int status,
                                                   struct awsc_iam_list_signing_certificates_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_signing_certificates_async(struct awsc_client *client,
                                                      const struct awsc_iam_list_signing_certificates_input *input,
                                                      awsc_iam_list_signing_certificates_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * ListUserPolicies
 * Lists the names of the inline policies embedded in the specified IAM user.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_user_policies(struct awsc_client *client,
                                         const struct awsc_iam_list_user_policies_input *input,
                                         struct awsc_iam_list_user_policies_output **output,
                                         struct awsc_error *err);
typedef void awsc_iam_list_user_policies_cb(void *user_data,
                                            int status,
                                            struct awsc_iam_list_user_policies_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_user_policies_async(struct awsc_client *client,
                                               const struct awsc_iam_list_user_policies_input *input,
                                               awsc_iam_list_user_policies_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * ListUserTags
 * Lists the tags that are attached to the specified IAM user. The returned
 * list of tags is sorted by tag key. For more information about tagging, see
 * Tagging IAM resources in the IAM User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_user_tags(struct awsc_client *client,
                                     const struct awsc_iam_list_user_tags_input *input,
                                     struct awsc_iam_list_user_tags_output **output,
                                     struct awsc_error *err);
typedef void awsc_iam_list_user_tags_cb(void *user_data,
                                        int status,
                                        struct awsc_iam_list_user_tags_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_iam_list_user_tags_async(struct awsc_client *client,
                                           const struct awsc_iam_list_user_tags_input *input,
                                           awsc_iam_list_user_tags_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * ListUsers
 * Lists the IAM users that have the specified path prefix. If no path prefix
 * is specified, the operation returns all users in the Amazon Web Services
 * account. If there are none, the operation returns an empty list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_list_users(struct awsc_client *client,
                                 const struct awsc_iam_list_users_input *input,
                                 struct awsc_iam_list_users_output **output,
                                 struct awsc_error *err);
typedef void awsc_iam_list_users_cb(void *user_data,
                                    int status,
                                    struct awsc_iam_list_users_output *output,
                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_users_async(struct awsc_client *client,
                                       const struct awsc_iam_list_users_input *input,
                                       awsc_iam_list_users_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * ListVirtualMFADevices
 * Lists the virtual MFA devices defined in the Amazon Web Services account by
 * assignment status. If you do not specify an assignment status, the operation
 * returns a list of all virtual MFA devices. Assignment status can be Assigned
 * , Unassigned , or Any .
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_iam_list_virtual_mfa_devices(struct awsc_client *client,
                                               const struct awsc_iam_list_virtual_mfa_devices_input *input,
                                               struct awsc_iam_list_virtual_mfa_devices_output **output,
                                               struct awsc_error *err);
typedef void awsc_iam_list_virtual_mfa_devices_cb(void *user_data,
                                                  int status,
                                                  struct awsc_iam_list_virtual_mfa_devices_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_virtual_mfa_devices_async(struct awsc_client *client,
                                                     const struct awsc_iam_list_virtual_mfa_devices_input *input,
                                                     awsc_iam_list_virtual_mfa_devices_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * PutGroupPolicy
 * Adds or updates an inline policy document that is embedded in the specified
 * IAM group.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_put_group_policy(struct awsc_client *client,
                                       const struct awsc_iam_put_group_policy_input *input,
                                       struct awsc_error *err);
typedef void awsc_iam_put_group_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_put_group_policy_async(struct awsc_client *client,
                                             const struct awsc_iam_put_group_policy_input *input,
                                             awsc_iam_put_group_policy_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * PutRolePermissionsBoundary
 * Adds or updates the policy that is specified as the IAM role's permissions
 * boundary. You can use an Amazon Web Services managed policy or a customer
 * managed policy to set the boundary for a role. Use the boundary to control
 * the maximum permissions that the role can have.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_POLICY_NOT_ATTACHABLE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_put_role_permissions_boundary(struct awsc_client *client,
                                                    const struct awsc_iam_put_role_permissions_boundary_input *input,
                                                    struct awsc_error *err);
typedef void awsc_iam_put_role_permissions_boundary_cb(void *user_data,
                                                       int status,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_put_role_permissions_boundary_async(struct awsc_client *client,
                                                          const struct awsc_iam_put_role_permissions_boundary_input *input,
                                                          awsc_iam_put_role_permissions_boundary_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * PutRolePolicy
 * Adds or updates an inline policy document that is embedded in the specified
 * IAM role.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_put_role_policy(struct awsc_client *client,
                                      const struct awsc_iam_put_role_policy_input *input,
                                      struct awsc_error *err);
typedef void awsc_iam_put_role_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_put_role_policy_async(struct awsc_client *client,
                                            const struct awsc_iam_put_role_policy_input *input,
                                            awsc_iam_put_role_policy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * PutUserPermissionsBoundary
 * Adds or updates the policy that is specified as the IAM user's permissions
 * boundary. You can use an Amazon Web Services managed policy or a customer
 * managed policy to set the boundary for a user. Use the boundary to control
 * the maximum permissions that the user can have.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_POLICY_NOT_ATTACHABLE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_put_user_permissions_boundary(struct awsc_client *client,
                                                    const struct awsc_iam_put_user_permissions_boundary_input *input,
                                                    struct awsc_error *err);
typedef void awsc_iam_put_user_permissions_boundary_cb(void *user_data,
                                                       int status,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_put_user_permissions_boundary_async(struct awsc_client *client,
                                                          const struct awsc_iam_put_user_permissions_boundary_input *input,
                                                          awsc_iam_put_user_permissions_boundary_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * PutUserPolicy
 * Adds or updates an inline policy document that is embedded in the specified
 * IAM user.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_put_user_policy(struct awsc_client *client,
                                      const struct awsc_iam_put_user_policy_input *input,
                                      struct awsc_error *err);
typedef void awsc_iam_put_user_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_put_user_policy_async(struct awsc_client *client,
                                            const struct awsc_iam_put_user_policy_input *input,
                                            awsc_iam_put_user_policy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * RejectDelegationRequest
 * Rejects a delegation request, denying the requested temporary access.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_reject_delegation_request(struct awsc_client *client,
                                                const struct awsc_iam_reject_delegation_request_input *input,
                                                struct awsc_error *err);
typedef void awsc_iam_reject_delegation_request_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_reject_delegation_request_async(struct awsc_client *client,
                                                      const struct awsc_iam_reject_delegation_request_input *input,
                                                      awsc_iam_reject_delegation_request_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * RemoveClientIDFromOpenIDConnectProvider
 * Removes the specified client ID (also known as audience) from the list of
 * client IDs registered for the specified IAM OpenID Connect (OIDC) provider
 * resource object.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_remove_client_id_from_open_id_connect_provider(struct awsc_client *client,
                                                                     const struct awsc_iam_remove_client_id_from_open_id_connect_provider_input *input,
                                                                     struct awsc_error *err);
typedef void awsc_iam_remove_client_id_from_open_id_connect_provider_cb(void *user_data,
                                                                        int status,
                                                                        struct awsc_error *err);
AWSC_API int awsc_iam_remove_client_id_from_open_id_connect_provider_async(struct awsc_client *client,
                                                                           const struct awsc_iam_remove_client_id_from_open_id_connect_provider_input *input,
                                                                           awsc_iam_remove_client_id_from_open_id_connect_provider_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err);

/*
 * RemoveRoleFromInstanceProfile
 * Removes the specified IAM role from the specified Amazon EC2 instance
 * profile. Make sure that you do not have any Amazon EC2 instances running
 * with the role you are about to remove from the instance profile.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_remove_role_from_instance_profile(struct awsc_client *client,
                                                        const struct awsc_iam_remove_role_from_instance_profile_input *input,
                                                        struct awsc_error *err);
typedef void awsc_iam_remove_role_from_instance_profile_cb(void *user_data,
                                                           int status,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_remove_role_from_instance_profile_async(struct awsc_client *client,
                                                              const struct awsc_iam_remove_role_from_instance_profile_input *input,
                                                              awsc_iam_remove_role_from_instance_profile_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * RemoveUserFromGroup
 * Removes the specified user from the specified group.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_remove_user_from_group(struct awsc_client *client,
                                             const struct awsc_iam_remove_user_from_group_input *input,
                                             struct awsc_error *err);
typedef void awsc_iam_remove_user_from_group_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_remove_user_from_group_async(struct awsc_client *client,
                                                   const struct awsc_iam_remove_user_from_group_input *input,
                                                   awsc_iam_remove_user_from_group_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ResetServiceSpecificCredential
 * Resets the password for a service-specific credential. The new password is
 * Amazon Web Services generated and cryptographically strong. It cannot be
 * configured by the user. Resetting the password immediately invalidates the
 * previous password associated with this user.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_reset_service_specific_credential(struct awsc_client *client,
                                                        const struct awsc_iam_reset_service_specific_credential_input *input,
                                                        struct awsc_iam_reset_service_specific_credential_output **output,
                                                        struct awsc_error *err);
typedef void awsc_iam_reset_service_specific_credential_cb(void *user_data,
                                                           int status,
                                                           struct awsc_iam_reset_service_specific_credential_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_reset_service_specific_credential_async(struct awsc_client *client,
                                                              const struct awsc_iam_reset_service_specific_credential_input *input,
                                                              awsc_iam_reset_service_specific_credential_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * ResyncMFADevice
 * Synchronizes the specified MFA device with its IAM resource object on the
 * Amazon Web Services servers.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_AUTHENTICATION_CODE_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_resync_mfa_device(struct awsc_client *client,
                                        const struct awsc_iam_resync_mfa_device_input *input,
                                        struct awsc_error *err);
typedef void awsc_iam_resync_mfa_device_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_resync_mfa_device_async(struct awsc_client *client,
                                              const struct awsc_iam_resync_mfa_device_input *input,
                                              awsc_iam_resync_mfa_device_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * SendDelegationToken
 * Sends the exchange token for an accepted delegation request.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_send_delegation_token(struct awsc_client *client,
                                            const struct awsc_iam_send_delegation_token_input *input,
                                            struct awsc_error *err);
typedef void awsc_iam_send_delegation_token_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_send_delegation_token_async(struct awsc_client *client,
                                                  const struct awsc_iam_send_delegation_token_input *input,
                                                  awsc_iam_send_delegation_token_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * SetDefaultPolicyVersion
 * Sets the specified version of the specified policy as the policy's default
 * (operative) version.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_set_default_policy_version(struct awsc_client *client,
                                                 const struct awsc_iam_set_default_policy_version_input *input,
                                                 struct awsc_error *err);
typedef void awsc_iam_set_default_policy_version_cb(void *user_data,
                                                    int status,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_set_default_policy_version_async(struct awsc_client *client,
                                                       const struct awsc_iam_set_default_policy_version_input *input,
                                                       awsc_iam_set_default_policy_version_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * SetSecurityTokenServicePreferences
 * Sets the specified version of the global endpoint token as the token version
 * used for the Amazon Web Services account.
 * Errors: AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_set_security_token_service_preferences(struct awsc_client *client,
                                                             const struct awsc_iam_set_security_token_service_preferences_input *input,
                                                             struct awsc_error *err);
typedef void awsc_iam_set_security_token_service_preferences_cb(void *user_data,
                                                                int status,
                                                                struct awsc_error *err);
AWSC_API int awsc_iam_set_security_token_service_preferences_async(struct awsc_client *client,
                                                                   const struct awsc_iam_set_security_token_service_preferences_input *input,
                                                                   awsc_iam_set_security_token_service_preferences_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * SimulateCustomPolicy
 * Simulate how a set of IAM policies and optionally a resource-based policy
 * works with a list of API operations and Amazon Web Services resources to
 * determine the policies' effective permissions. The policies are provided as
 * strings.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_POLICY_EVALUATION_EXCEPTION
 */
AWSC_API int awsc_iam_simulate_custom_policy(struct awsc_client *client,
                                             const struct awsc_iam_simulate_custom_policy_input *input,
                                             struct awsc_iam_simulate_policy_response **output,
                                             struct awsc_error *err);
typedef void awsc_iam_simulate_custom_policy_cb(void *user_data,
                                                int status,
                                                struct awsc_iam_simulate_policy_response *output,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_simulate_custom_policy_async(struct awsc_client *client,
                                                   const struct awsc_iam_simulate_custom_policy_input *input,
                                                   awsc_iam_simulate_custom_policy_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * SimulatePrincipalPolicy
 * Simulate how a set of IAM policies attached to an IAM entity works with a
 * list of API operations and Amazon Web Services resources to determine the
 * policies' effective permissions. The entity can be an IAM user, group, or
 * role.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_POLICY_EVALUATION_EXCEPTION
 */
AWSC_API int awsc_iam_simulate_principal_policy(struct awsc_client *client,
                                                const struct awsc_iam_simulate_principal_policy_input *input,
                                                struct awsc_iam_simulate_policy_response **output,
                                                struct awsc_error *err);
typedef void awsc_iam_simulate_principal_policy_cb(void *user_data,
                                                   int status,
                                                   struct awsc_iam_simulate_policy_response *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_simulate_principal_policy_async(struct awsc_client *client,
                                                      const struct awsc_iam_simulate_principal_policy_input *input,
                                                      awsc_iam_simulate_principal_policy_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * TagInstanceProfile
 * Adds one or more tags to an IAM instance profile. If a tag with the same key
 * name already exists, then that tag is overwritten with the new value.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_tag_instance_profile(struct awsc_client *client,
                                           const struct awsc_iam_tag_instance_profile_input *input,
                                           struct awsc_error *err);
typedef void awsc_iam_tag_instance_profile_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_tag_instance_profile_async(struct awsc_client *client,
                                                 const struct awsc_iam_tag_instance_profile_input *input,
                                                 awsc_iam_tag_instance_profile_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * TagMFADevice
 * Adds one or more tags to an IAM virtual multi-factor authentication (MFA)
 * device. If a tag with the same key name already exists, then that tag is
 * overwritten with the new value.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_tag_mfa_device(struct awsc_client *client,
                                     const struct awsc_iam_tag_mfa_device_input *input,
                                     struct awsc_error *err);
typedef void awsc_iam_tag_mfa_device_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_tag_mfa_device_async(struct awsc_client *client,
                                           const struct awsc_iam_tag_mfa_device_input *input,
                                           awsc_iam_tag_mfa_device_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * TagOpenIDConnectProvider
 * Adds one or more tags to an OpenID Connect (OIDC)-compatible identity
 * provider. For more information about these providers, see About web identity
 * federation . If a tag with the same key name already exists, then that tag
 * is overwritten with the new value.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_tag_open_id_connect_provider(struct awsc_client *client,
                                                   const struct awsc_iam_tag_open_id_connect_provider_input *input,
                                                   struct awsc_error *err);
typedef void awsc_iam_tag_open_id_connect_provider_cb(void *user_data,
                                                      int status,
                                                      struct awsc_error *err);
AWSC_API int awsc_iam_tag_open_id_connect_provider_async(struct awsc_client *client,
                                                         const struct awsc_iam_tag_open_id_connect_provider_input *input,
                                                         awsc_iam_tag_open_id_connect_provider_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * TagPolicy
 * Adds one or more tags to an IAM customer managed policy. If a tag with the
 * same key name already exists, then that tag is overwritten with the new
 * value.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_tag_policy(struct awsc_client *client,
                                 const struct awsc_iam_tag_policy_input *input,
                                 struct awsc_error *err);
typedef void awsc_iam_tag_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_tag_policy_async(struct awsc_client *client,
                                       const struct awsc_iam_tag_policy_input *input,
                                       awsc_iam_tag_policy_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * TagRole
 * Adds one or more tags to an IAM role. The role can be a regular role or a
 * service-linked role. If a tag with the same key name already exists, then
 * that tag is overwritten with the new value.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_tag_role(struct awsc_client *client,
                               const struct awsc_iam_tag_role_input *input,
                               struct awsc_error *err);
typedef void awsc_iam_tag_role_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_tag_role_async(struct awsc_client *client,
                                     const struct awsc_iam_tag_role_input *input,
                                     awsc_iam_tag_role_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err);

/*
 * TagSAMLProvider
 * Adds one or more tags to a Security Assertion Markup Language (SAML)
 * identity provider. For more information about these providers, see About
 * SAML 2.0-based federation . If a tag with the same key name already exists,
 * then that tag is overwritten with the new value.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_tag_saml_provider(struct awsc_client *client,
                                        const struct awsc_iam_tag_saml_provider_input *input,
                                        struct awsc_error *err);
typedef void awsc_iam_tag_saml_provider_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_tag_saml_provider_async(struct awsc_client *client,
                                              const struct awsc_iam_tag_saml_provider_input *input,
                                              awsc_iam_tag_saml_provider_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * TagServerCertificate
 * Adds one or more tags to an IAM server certificate. If a tag with the same
 * key name already exists, then that tag is overwritten with the new value.
 * For certificates in a Region supported by Certificate Manager (ACM), we
 * recommend that you don't use IAM server certificates.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_tag_server_certificate(struct awsc_client *client,
                                             const struct awsc_iam_tag_server_certificate_input *input,
                                             struct awsc_error *err);
typedef void awsc_iam_tag_server_certificate_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_tag_server_certificate_async(struct awsc_client *client,
                                                   const struct awsc_iam_tag_server_certificate_input *input,
                                                   awsc_iam_tag_server_certificate_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * TagUser
 * Adds one or more tags to an IAM user. If a tag with the same key name
 * already exists, then that tag is overwritten with the new value.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_tag_user(struct awsc_client *client,
                               const struct awsc_iam_tag_user_input *input,
                               struct awsc_error *err);
typedef void awsc_iam_tag_user_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_tag_user_async(struct awsc_client *client,
                                     const struct awsc_iam_tag_user_input *input,
                                     awsc_iam_tag_user_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err);

/*
 * UntagInstanceProfile
 * Removes the specified tags from the IAM instance profile. For more
 * information about tagging, see Tagging IAM resources in the IAM User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_untag_instance_profile(struct awsc_client *client,
                                             const struct awsc_iam_untag_instance_profile_input *input,
                                             struct awsc_error *err);
typedef void awsc_iam_untag_instance_profile_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_untag_instance_profile_async(struct awsc_client *client,
                                                   const struct awsc_iam_untag_instance_profile_input *input,
                                                   awsc_iam_untag_instance_profile_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * UntagMFADevice
 * Removes the specified tags from the IAM virtual multi-factor authentication
 * (MFA) device. For more information about tagging, see Tagging IAM resources
 * in the IAM User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_untag_mfa_device(struct awsc_client *client,
                                       const struct awsc_iam_untag_mfa_device_input *input,
                                       struct awsc_error *err);
typedef void awsc_iam_untag_mfa_device_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_untag_mfa_device_async(struct awsc_client *client,
                                             const struct awsc_iam_untag_mfa_device_input *input,
                                             awsc_iam_untag_mfa_device_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * UntagOpenIDConnectProvider
 * Removes the specified tags from the specified OpenID Connect
 * (OIDC)-compatible identity provider in IAM. For more information about OIDC
 * providers, see About web identity federation . For more information about
 * tagging, see Tagging IAM resources in the IAM User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_untag_open_id_connect_provider(struct awsc_client *client,
                                                     const struct awsc_iam_untag_open_id_connect_provider_input *input,
                                                     struct awsc_error *err);
typedef void awsc_iam_untag_open_id_connect_provider_cb(void *user_data,
                                                        int status,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_untag_open_id_connect_provider_async(struct awsc_client *client,
                                                           const struct awsc_iam_untag_open_id_connect_provider_input *input,
                                                           awsc_iam_untag_open_id_connect_provider_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * UntagPolicy
 * Removes the specified tags from the customer managed policy. For more
 * information about tagging, see Tagging IAM resources in the IAM User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_untag_policy(struct awsc_client *client,
                                   const struct awsc_iam_untag_policy_input *input,
                                   struct awsc_error *err);
typedef void awsc_iam_untag_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_untag_policy_async(struct awsc_client *client,
                                         const struct awsc_iam_untag_policy_input *input,
                                         awsc_iam_untag_policy_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * UntagRole
 * Removes the specified tags from the role. For more information about
 * tagging, see Tagging IAM resources in the IAM User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_untag_role(struct awsc_client *client,
                                 const struct awsc_iam_untag_role_input *input,
                                 struct awsc_error *err);
typedef void awsc_iam_untag_role_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_untag_role_async(struct awsc_client *client,
                                       const struct awsc_iam_untag_role_input *input,
                                       awsc_iam_untag_role_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * UntagSAMLProvider
 * Removes the specified tags from the specified Security Assertion Markup
 * Language (SAML) identity provider in IAM. For more information about these
 * providers, see About web identity federation . For more information about
 * tagging, see Tagging IAM resources in the IAM User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_untag_saml_provider(struct awsc_client *client,
                                          const struct awsc_iam_untag_saml_provider_input *input,
                                          struct awsc_error *err);
typedef void awsc_iam_untag_saml_provider_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_untag_saml_provider_async(struct awsc_client *client,
                                                const struct awsc_iam_untag_saml_provider_input *input,
                                                awsc_iam_untag_saml_provider_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * UntagServerCertificate
 * Removes the specified tags from the IAM server certificate. For more
 * information about tagging, see Tagging IAM resources in the IAM User Guide .
 * For certificates in a Region supported by Certificate Manager (ACM), we
 * recommend that you don't use IAM server certificates.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_untag_server_certificate(struct awsc_client *client,
                                               const struct awsc_iam_untag_server_certificate_input *input,
                                               struct awsc_error *err);
typedef void awsc_iam_untag_server_certificate_cb(void *user_data,
                                                  int status,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_untag_server_certificate_async(struct awsc_client *client,
                                                     const struct awsc_iam_untag_server_certificate_input *input,
                                                     awsc_iam_untag_server_certificate_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * UntagUser
 * Removes the specified tags from the user. For more information about
 * tagging, see Tagging IAM resources in the IAM User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_untag_user(struct awsc_client *client,
                                 const struct awsc_iam_untag_user_input *input,
                                 struct awsc_error *err);
typedef void awsc_iam_untag_user_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_untag_user_async(struct awsc_client *client,
                                       const struct awsc_iam_untag_user_input *input,
                                       awsc_iam_untag_user_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * UpdateAccessKey
 * Changes the status of the specified access key from Active to Inactive, or
 * vice versa. This operation can be used to disable a user's key as part of a
 * key rotation workflow.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_access_key(struct awsc_client *client,
                                        const struct awsc_iam_update_access_key_input *input,
                                        struct awsc_error *err);
typedef void awsc_iam_update_access_key_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_update_access_key_async(struct awsc_client *client,
                                              const struct awsc_iam_update_access_key_input *input,
                                              awsc_iam_update_access_key_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * UpdateAccountPasswordPolicy
 * Updates the password policy settings for the Amazon Web Services account.
 * This operation does not support partial updates. No parameters are required,
 * but if you do not specify a parameter, that parameter's value reverts to its
 * default value.
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_account_password_policy(struct awsc_client *client,
                                                     const struct awsc_iam_update_account_password_policy_input *input,
                                                     struct awsc_error *err);
typedef void awsc_iam_update_account_password_policy_cb(void *user_data,
                                                        int status,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_update_account_password_policy_async(struct awsc_client *client,
                                                           const struct awsc_iam_update_account_password_policy_input *input,
                                                           awsc_iam_update_account_password_policy_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * UpdateAssumeRolePolicy
 * Updates the policy that grants an IAM entity permission to assume a role.
 * This is typically referred to as the "role trust policy". For more
 * information about roles, see Using roles to delegate permissions and
 * federate identities .
 * Errors: AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_update_assume_role_policy(struct awsc_client *client,
                                                const struct awsc_iam_update_assume_role_policy_input *input,
                                                struct awsc_error *err);
typedef void awsc_iam_update_assume_role_policy_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_update_assume_role_policy_async(struct awsc_client *client,
                                                      const struct awsc_iam_update_assume_role_policy_input *input,
                                                      awsc_iam_update_assume_role_policy_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * UpdateDelegationRequest
 * Updates an existing delegation request with additional information. When the
 * delegation request is updated, it reaches the PENDING_APPROVAL state.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_delegation_request(struct awsc_client *client,
                                                const struct awsc_iam_update_delegation_request_input *input,
                                                struct awsc_error *err);
typedef void awsc_iam_update_delegation_request_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_update_delegation_request_async(struct awsc_client *client,
                                                      const struct awsc_iam_update_delegation_request_input *input,
                                                      awsc_iam_update_delegation_request_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * UpdateGroup
 * Updates the name and/or the path of the specified IAM group. You should
 * understand the implications of changing a group's path or name. For more
 * information, see Renaming users and groups in the IAM User Guide .
 * Errors: AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_group(struct awsc_client *client,
                                   const struct awsc_iam_update_group_input *input,
                                   struct awsc_error *err);
typedef void awsc_iam_update_group_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_update_group_async(struct awsc_client *client,
                                         const struct awsc_iam_update_group_input *input,
                                         awsc_iam_update_group_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * UpdateLoginProfile
 * Changes the password for the specified IAM user. You can use the CLI, the
 * Amazon Web Services API, or the Users page in the IAM console to change the
 * password for any IAM user.
 * Errors: AWSC_IAM_ERR_ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_PASSWORD_POLICY_VIOLATION_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_login_profile(struct awsc_client *client,
                                           const struct awsc_iam_update_login_profile_input *input,
                                           struct awsc_error *err);
typedef void awsc_iam_update_login_profile_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_update_login_profile_async(struct awsc_client *client,
                                                 const struct awsc_iam_update_login_profile_input *input,
                                                 awsc_iam_update_login_profile_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * UpdateOpenIDConnectProviderThumbprint
 * Replaces the existing list of server certificate thumbprints associated with
 * an OpenID Connect (OIDC) provider resource object with a new list of
 * thumbprints.
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_open_id_connect_provider_thumbprint(struct awsc_client *client,
                                                                 const struct awsc_iam_update_open_id_connect_provider_thumbprint_input *input,
                                                                 struct awsc_error *err);
typedef void awsc_iam_update_open_id_connect_provider_thumbprint_cb(void *user_data,
                                                                    int status,
                                                                    struct awsc_error *err);
AWSC_API int awsc_iam_update_open_id_connect_provider_thumbprint_async(struct awsc_client *client,
                                                                       const struct awsc_iam_update_open_id_connect_provider_thumbprint_input *input,
                                                                       awsc_iam_update_open_id_connect_provider_thumbprint_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);

/*
 * UpdateRole
 * Updates the description or maximum session duration setting of a role.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_update_role(struct awsc_client *client,
                                  const struct awsc_iam_update_role_input *input,
                                  struct awsc_iam_update_role_output **output,
                                  struct awsc_error *err);
typedef void awsc_iam_update_role_cb(void *user_data,
                                     int status,
                                     struct awsc_iam_update_role_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_iam_update_role_async(struct awsc_client *client,
                                        const struct awsc_iam_update_role_input *input,
                                        awsc_iam_update_role_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * UpdateRoleDescription
 * Use UpdateRole instead.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION,
 *   AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_update_role_description(struct awsc_client *client,
                                              const struct awsc_iam_update_role_description_input *input,
                                              struct awsc_iam_update_role_description_output **output,
                                              struct awsc_error *err);
typedef void awsc_iam_update_role_description_cb(void *user_data,
                                                 int status,
                                                 struct awsc_iam_update_role_description_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_update_role_description_async(struct awsc_client *client,
                                                    const struct awsc_iam_update_role_description_input *input,
                                                    awsc_iam_update_role_description_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * UpdateSAMLProvider
 * Updates the metadata document, SAML encryption settings, and private keys
 * for an existing SAML provider. To rotate private keys, add your new private
 * key and then remove the old key in a separate request.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_saml_provider(struct awsc_client *client,
                                           const struct awsc_iam_update_saml_provider_input *input,
                                           struct awsc_iam_update_saml_provider_output **output,
                                           struct awsc_error *err);
typedef void awsc_iam_update_saml_provider_cb(void *user_data,
                                              int status,
                                              struct awsc_iam_update_saml_provider_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_update_saml_provider_async(struct awsc_client *client,
                                                 const struct awsc_iam_update_saml_provider_input *input,
                                                 awsc_iam_update_saml_provider_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * UpdateSSHPublicKey
 * Sets the status of an IAM user's SSH public key to active or inactive. SSH
 * public keys that are inactive cannot be used for authentication. This
 * operation can be used to disable a user's SSH public key as part of a key
 * rotation work flow.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_update_ssh_public_key(struct awsc_client *client,
                                            const struct awsc_iam_update_ssh_public_key_input *input,
                                            struct awsc_error *err);
typedef void awsc_iam_update_ssh_public_key_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_update_ssh_public_key_async(struct awsc_client *client,
                                                  const struct awsc_iam_update_ssh_public_key_input *input,
                                                  awsc_iam_update_ssh_public_key_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * UpdateServerCertificate
 * Updates the name and/or the path of the specified server certificate stored
 * in IAM.
 * Errors: AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_server_certificate(struct awsc_client *client,
                                                const struct awsc_iam_update_server_certificate_input *input,
                                                struct awsc_error *err);
typedef void awsc_iam_update_server_certificate_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_update_server_certificate_async(struct awsc_client *client,
                                                      const struct awsc_iam_update_server_certificate_input *input,
                                                      awsc_iam_update_server_certificate_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * UpdateServiceSpecificCredential
 * Sets the status of a service-specific credential to Active or Inactive .
 * Service-specific credentials that are inactive cannot be used for
 * authentication to the service. This operation can be used to disable a
 * user's service-specific credential as part of a credential rotation work
 * flow.
 * Errors: AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION
 */
AWSC_API int awsc_iam_update_service_specific_credential(struct awsc_client *client,
                                                         const struct awsc_iam_update_service_specific_credential_input *input,
                                                         struct awsc_error *err);
typedef void awsc_iam_update_service_specific_credential_cb(void *user_data,
                                                            int status,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_update_service_specific_credential_async(struct awsc_client *client,
                                                               const struct awsc_iam_update_service_specific_credential_input *input,
                                                               awsc_iam_update_service_specific_credential_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * UpdateSigningCertificate
 * Changes the status of the specified user signing certificate from active to
 * disabled, or vice versa. This operation can be used to disable an IAM user's
 * signing certificate as part of a certificate rotation work flow.
 * Errors: AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_signing_certificate(struct awsc_client *client,
                                                 const struct awsc_iam_update_signing_certificate_input *input,
                                                 struct awsc_error *err);
typedef void awsc_iam_update_signing_certificate_cb(void *user_data,
                                                    int status,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_update_signing_certificate_async(struct awsc_client *client,
                                                       const struct awsc_iam_update_signing_certificate_input *input,
                                                       awsc_iam_update_signing_certificate_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * UpdateUser
 * Updates the name and/or the path of the specified IAM user. You should
 * understand the implications of changing an IAM user's path or name. For more
 * information, see Renaming an IAM user and Renaming an IAM group in the IAM
 * User Guide .
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_update_user(struct awsc_client *client,
                                  const struct awsc_iam_update_user_input *input,
                                  struct awsc_error *err);
typedef void awsc_iam_update_user_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_iam_update_user_async(struct awsc_client *client,
                                        const struct awsc_iam_update_user_input *input,
                                        awsc_iam_update_user_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * UploadSSHPublicKey
 * Uploads an SSH public key and associates it with the specified IAM user.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_DUPLICATE_SSHPUBLIC_KEY_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_PUBLIC_KEY_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_UNRECOGNIZED_PUBLIC_KEY_ENCODING_EXCEPTION
 */
AWSC_API int awsc_iam_upload_ssh_public_key(struct awsc_client *client,
                                            const struct awsc_iam_upload_ssh_public_key_input *input,
                                            struct awsc_iam_upload_ssh_public_key_output **output,
                                            struct awsc_error *err);
typedef void awsc_iam_upload_ssh_public_key_cb(void *user_data,
                                               int status,
                                               struct awsc_iam_upload_ssh_public_key_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_upload_ssh_public_key_async(struct awsc_client *client,
                                                  const struct awsc_iam_upload_ssh_public_key_input *input,
                                                  awsc_iam_upload_ssh_public_key_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * UploadServerCertificate
 * Uploads a server certificate entity for the Amazon Web Services account. The
 * server certificate entity includes a public key certificate, a private key,
 * and an optional certificate chain, which should all be PEM-encoded.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION,
 *   AWSC_IAM_ERR_KEY_PAIR_MISMATCH_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_CERTIFICATE_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_upload_server_certificate(struct awsc_client *client,
                                                const struct awsc_iam_upload_server_certificate_input *input,
                                                struct awsc_iam_upload_server_certificate_output **output,
                                                struct awsc_error *err);
typedef void awsc_iam_upload_server_certificate_cb(void *user_data,
                                                   int status,
                                                   struct awsc_iam_upload_server_certificate_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_upload_server_certificate_async(struct awsc_client *client,
                                                      const struct awsc_iam_upload_server_certificate_input *input,
                                                      awsc_iam_upload_server_certificate_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * UploadSigningCertificate
 * Uploads an X.509 signing certificate and associates it with the specified
 * IAM user. Some Amazon Web Services services require you to use certificates
 * to validate requests that are signed with a corresponding private key. When
 * you upload the certificate, its default status is Active .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_IAM_ERR_DUPLICATE_CERTIFICATE_EXCEPTION,
 *   AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_IAM_ERR_INVALID_CERTIFICATE_EXCEPTION,
 *   AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_IAM_ERR_MALFORMED_CERTIFICATE_EXCEPTION,
 *   AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION,
 *   AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION
 */
AWSC_API int awsc_iam_upload_signing_certificate(struct awsc_client *client,
                                                 const struct awsc_iam_upload_signing_certificate_input *input,
                                                 struct awsc_iam_upload_signing_certificate_output **output,
                                                 struct awsc_error *err);
typedef void awsc_iam_upload_signing_certificate_cb(void *user_data,
                                                    int status,
                                                    struct awsc_iam_upload_signing_certificate_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_upload_signing_certificate_async(struct awsc_client *client,
                                                       const struct awsc_iam_upload_signing_certificate_input *input,
                                                       awsc_iam_upload_signing_certificate_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of IAM, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (iam_tables.c). */
struct awsc__iam_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[34];
    uint16_t input_tokens[34];
    awsc_ref expr_refs[74];
#endif
#if AWSC_WITH_WAITERS
    struct awsc_waiter waiters[4];
    struct awsc_waiter_acceptor acceptors[8];
#endif
    struct awsc_jmespath exprs[34];
    struct awsc_jmespath_node nodes[34];
    char strings[1064];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_iam_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* GetAccountAuthorizationDetails: tokens Marker; results UserDetailList, GroupDetailList, RoleDetailList, Policies. */
AWSC_API int awsc_iam_get_account_authorization_details_paginate(struct awsc_client *client,
                                                                 const struct awsc_iam_get_account_authorization_details_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err);
AWSC_API int awsc_iam_get_account_authorization_details_next_page(struct awsc_pager *pager,
                                                                  struct awsc_iam_get_account_authorization_details_output **page,
                                                                  struct awsc_error *err);
AWSC_API int awsc_iam_get_account_authorization_details_next_page_async(struct awsc_pager *pager,
                                                                        awsc_iam_get_account_authorization_details_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);
typedef void awsc_iam_get_account_authorization_details_item_cb(void *user_data,
                                                                int status,
                                                                const struct awsc_iam_user_detail *item,
                                                                struct awsc_error *err);
AWSC_API int awsc_iam_get_account_authorization_details_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_iam_user_detail **item,
                                                                  struct awsc_error *err);
AWSC_API int awsc_iam_get_account_authorization_details_next_item_async(struct awsc_pager *pager,
                                                                        awsc_iam_get_account_authorization_details_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);
AWSC_API int awsc_iam_get_account_authorization_details_collect(struct awsc_pager *pager,
                                                                struct awsc_iam_get_account_authorization_details_output **output,
                                                                struct awsc_error *err);

/* GetGroup: tokens Marker; results Users. */
AWSC_API int awsc_iam_get_group_paginate(struct awsc_client *client,
                                         const struct awsc_iam_get_group_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err);
AWSC_API int awsc_iam_get_group_next_page(struct awsc_pager *pager,
                                          struct awsc_iam_get_group_output **page,
                                          struct awsc_error *err);
AWSC_API int awsc_iam_get_group_next_page_async(struct awsc_pager *pager,
                                                awsc_iam_get_group_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);
typedef void awsc_iam_get_group_item_cb(void *user_data,
                                        int status,
                                        const struct awsc_iam_user *item,
                                        struct awsc_error *err);
AWSC_API int awsc_iam_get_group_next_item(struct awsc_pager *pager,
                                          const struct awsc_iam_user **item,
                                          struct awsc_error *err);
AWSC_API int awsc_iam_get_group_next_item_async(struct awsc_pager *pager,
                                                awsc_iam_get_group_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_get_group_collect(struct awsc_pager *pager,
                                        struct awsc_iam_get_group_output **output,
                                        struct awsc_error *err);

/* ListAccessKeys: tokens Marker; results AccessKeyMetadata. */
AWSC_API int awsc_iam_list_access_keys_paginate(struct awsc_client *client,
                                                const struct awsc_iam_list_access_keys_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_list_access_keys_next_page(struct awsc_pager *pager,
                                                 struct awsc_iam_list_access_keys_output **page,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_access_keys_next_page_async(struct awsc_pager *pager,
                                                       awsc_iam_list_access_keys_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
typedef void awsc_iam_list_access_keys_item_cb(void *user_data,
                                               int status,
                                               const struct awsc_iam_access_key_metadata *item,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_access_keys_next_item(struct awsc_pager *pager,
                                                 const struct awsc_iam_access_key_metadata **item,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_access_keys_next_item_async(struct awsc_pager *pager,
                                                       awsc_iam_list_access_keys_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_access_keys_collect(struct awsc_pager *pager,
                                               struct awsc_iam_list_access_keys_output **output,
                                               struct awsc_error *err);

/* ListAccountAliases: tokens Marker; results AccountAliases. */
AWSC_API int awsc_iam_list_account_aliases_paginate(struct awsc_client *client,
                                                    const struct awsc_iam_list_account_aliases_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_account_aliases_next_page(struct awsc_pager *pager,
                                                     struct awsc_iam_list_account_aliases_output **page,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_account_aliases_next_page_async(struct awsc_pager *pager,
                                                           awsc_iam_list_account_aliases_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
typedef void awsc_iam_list_account_aliases_item_cb(void *user_data,
                                                   int status,
                                                   const char *item,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_account_aliases_next_item(struct awsc_pager *pager,
                                                     const char **item,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_account_aliases_next_item_async(struct awsc_pager *pager,
                                                           awsc_iam_list_account_aliases_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_account_aliases_collect(struct awsc_pager *pager,
                                                   struct awsc_iam_list_account_aliases_output **output,
                                                   struct awsc_error *err);

/* ListAttachedGroupPolicies: tokens Marker; results AttachedPolicies. */
AWSC_API int awsc_iam_list_attached_group_policies_paginate(struct awsc_client *client,
                                                            const struct awsc_iam_list_attached_group_policies_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_group_policies_next_page(struct awsc_pager *pager,
                                                             struct awsc_iam_list_attached_group_policies_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_group_policies_next_page_async(struct awsc_pager *pager,
                                                                   awsc_iam_list_attached_group_policies_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_iam_list_attached_group_policies_item_cb(void *user_data,
                                                           int status,
                                                           const struct awsc_iam_attached_policy *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_group_policies_next_item(struct awsc_pager *pager,
                                                             const struct awsc_iam_attached_policy **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_group_policies_next_item_async(struct awsc_pager *pager,
                                                                   awsc_iam_list_attached_group_policies_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_group_policies_collect(struct awsc_pager *pager,
                                                           struct awsc_iam_list_attached_group_policies_output **output,
                                                           struct awsc_error *err);

/* ListAttachedRolePolicies: tokens Marker; results AttachedPolicies. */
AWSC_API int awsc_iam_list_attached_role_policies_paginate(struct awsc_client *client,
                                                           const struct awsc_iam_list_attached_role_policies_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_role_policies_next_page(struct awsc_pager *pager,
                                                            struct awsc_iam_list_attached_role_policies_output **page,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_role_policies_next_page_async(struct awsc_pager *pager,
                                                                  awsc_iam_list_attached_role_policies_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);
typedef void awsc_iam_list_attached_role_policies_item_cb(void *user_data,
                                                          int status,
                                                          const struct awsc_iam_attached_policy *item,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_role_policies_next_item(struct awsc_pager *pager,
                                                            const struct awsc_iam_attached_policy **item,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_role_policies_next_item_async(struct awsc_pager *pager,
                                                                  awsc_iam_list_attached_role_policies_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_role_policies_collect(struct awsc_pager *pager,
                                                          struct awsc_iam_list_attached_role_policies_output **output,
                                                          struct awsc_error *err);

/* ListAttachedUserPolicies: tokens Marker; results AttachedPolicies. */
AWSC_API int awsc_iam_list_attached_user_policies_paginate(struct awsc_client *client,
                                                           const struct awsc_iam_list_attached_user_policies_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_user_policies_next_page(struct awsc_pager *pager,
                                                            struct awsc_iam_list_attached_user_policies_output **page,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_user_policies_next_page_async(struct awsc_pager *pager,
                                                                  awsc_iam_list_attached_user_policies_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);
typedef void awsc_iam_list_attached_user_policies_item_cb(void *user_data,
                                                          int status,
                                                          const struct awsc_iam_attached_policy *item,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_user_policies_next_item(struct awsc_pager *pager,
                                                            const struct awsc_iam_attached_policy **item,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_user_policies_next_item_async(struct awsc_pager *pager,
                                                                  awsc_iam_list_attached_user_policies_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_attached_user_policies_collect(struct awsc_pager *pager,
                                                          struct awsc_iam_list_attached_user_policies_output **output,
                                                          struct awsc_error *err);

/* ListEntitiesForPolicy: tokens Marker; results PolicyGroups, PolicyUsers, PolicyRoles. */
AWSC_API int awsc_iam_list_entities_for_policy_paginate(struct awsc_client *client,
                                                        const struct awsc_iam_list_entities_for_policy_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_list_entities_for_policy_next_page(struct awsc_pager *pager,
                                                         struct awsc_iam_list_entities_for_policy_output **page,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_entities_for_policy_next_page_async(struct awsc_pager *pager,
                                                               awsc_iam_list_entities_for_policy_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
typedef void awsc_iam_list_entities_for_policy_item_cb(void *user_data,
                                                       int status,
                                                       const struct awsc_iam_policy_group *item,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_entities_for_policy_next_item(struct awsc_pager *pager,
                                                         const struct awsc_iam_policy_group **item,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_entities_for_policy_next_item_async(struct awsc_pager *pager,
                                                               awsc_iam_list_entities_for_policy_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_entities_for_policy_collect(struct awsc_pager *pager,
                                                       struct awsc_iam_list_entities_for_policy_output **output,
                                                       struct awsc_error *err);

/* ListGroupPolicies: tokens Marker; results PolicyNames. */
AWSC_API int awsc_iam_list_group_policies_paginate(struct awsc_client *client,
                                                   const struct awsc_iam_list_group_policies_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_group_policies_next_page(struct awsc_pager *pager,
                                                    struct awsc_iam_list_group_policies_output **page,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_group_policies_next_page_async(struct awsc_pager *pager,
                                                          awsc_iam_list_group_policies_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
typedef void awsc_iam_list_group_policies_item_cb(void *user_data,
                                                  int status,
                                                  const char *item,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_group_policies_next_item(struct awsc_pager *pager,
                                                    const char **item,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_group_policies_next_item_async(struct awsc_pager *pager,
                                                          awsc_iam_list_group_policies_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_group_policies_collect(struct awsc_pager *pager,
                                                  struct awsc_iam_list_group_policies_output **output,
                                                  struct awsc_error *err);

/* ListGroups: tokens Marker; results Groups. */
AWSC_API int awsc_iam_list_groups_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_groups_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_groups_output **page,
                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_groups_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
typedef void awsc_iam_list_groups_item_cb(void *user_data,
                                          int status,
                                          const struct awsc_iam_group *item,
                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_group **item,
                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_groups_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_groups_output **output,
                                          struct awsc_error *err);

/* ListGroupsForUser: tokens Marker; results Groups. */
AWSC_API int awsc_iam_list_groups_for_user_paginate(struct awsc_client *client,
                                                    const struct awsc_iam_list_groups_for_user_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_for_user_next_page(struct awsc_pager *pager,
                                                     struct awsc_iam_list_groups_for_user_output **page,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_for_user_next_page_async(struct awsc_pager *pager,
                                                           awsc_iam_list_groups_for_user_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
typedef void awsc_iam_list_groups_for_user_item_cb(void *user_data,
                                                   int status,
                                                   const struct awsc_iam_group *item,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_for_user_next_item(struct awsc_pager *pager,
                                                     const struct awsc_iam_group **item,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_for_user_next_item_async(struct awsc_pager *pager,
                                                           awsc_iam_list_groups_for_user_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_groups_for_user_collect(struct awsc_pager *pager,
                                                   struct awsc_iam_list_groups_for_user_output **output,
                                                   struct awsc_error *err);

/* ListInstanceProfileTags: tokens Marker; results Tags. */
AWSC_API int awsc_iam_list_instance_profile_tags_paginate(struct awsc_client *client,
                                                          const struct awsc_iam_list_instance_profile_tags_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profile_tags_next_page(struct awsc_pager *pager,
                                                           struct awsc_iam_list_instance_profile_tags_output **page,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profile_tags_next_page_async(struct awsc_pager *pager,
                                                                 awsc_iam_list_instance_profile_tags_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
typedef void awsc_iam_list_instance_profile_tags_item_cb(void *user_data,
                                                         int status,
                                                         const struct awsc_iam_tag *item,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profile_tags_next_item(struct awsc_pager *pager,
                                                           const struct awsc_iam_tag **item,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profile_tags_next_item_async(struct awsc_pager *pager,
                                                                 awsc_iam_list_instance_profile_tags_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profile_tags_collect(struct awsc_pager *pager,
                                                         struct awsc_iam_list_instance_profile_tags_output **output,
                                                         struct awsc_error *err);

/* ListInstanceProfiles: tokens Marker; results InstanceProfiles. */
AWSC_API int awsc_iam_list_instance_profiles_paginate(struct awsc_client *client,
                                                      const struct awsc_iam_list_instance_profiles_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_next_page(struct awsc_pager *pager,
                                                       struct awsc_iam_list_instance_profiles_output **page,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_next_page_async(struct awsc_pager *pager,
                                                             awsc_iam_list_instance_profiles_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
typedef void awsc_iam_list_instance_profiles_item_cb(void *user_data,
                                                     int status,
                                                     const struct awsc_iam_instance_profile *item,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_next_item(struct awsc_pager *pager,
                                                       const struct awsc_iam_instance_profile **item,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_next_item_async(struct awsc_pager *pager,
                                                             awsc_iam_list_instance_profiles_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_collect(struct awsc_pager *pager,
                                                     struct awsc_iam_list_instance_profiles_output **output,
                                                     struct awsc_error *err);

/* ListInstanceProfilesForRole: tokens Marker; results InstanceProfiles. */
AWSC_API int awsc_iam_list_instance_profiles_for_role_paginate(struct awsc_client *client,
                                                               const struct awsc_iam_list_instance_profiles_for_role_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_for_role_next_page(struct awsc_pager *pager,
                                                                struct awsc_iam_list_instance_profiles_for_role_output **page,
                                                                struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_for_role_next_page_async(struct awsc_pager *pager,
                                                                      awsc_iam_list_instance_profiles_for_role_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);
typedef void awsc_iam_list_instance_profiles_for_role_item_cb(void *user_data,
                                                              int status,
                                                              const struct awsc_iam_instance_profile *item,
                                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_for_role_next_item(struct awsc_pager *pager,
                                                                const struct awsc_iam_instance_profile **item,
                                                                struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_for_role_next_item_async(struct awsc_pager *pager,
                                                                      awsc_iam_list_instance_profiles_for_role_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);
AWSC_API int awsc_iam_list_instance_profiles_for_role_collect(struct awsc_pager *pager,
                                                              struct awsc_iam_list_instance_profiles_for_role_output **output,
                                                              struct awsc_error *err);

/* ListMFADeviceTags: tokens Marker; results Tags. */
AWSC_API int awsc_iam_list_mfa_device_tags_paginate(struct awsc_client *client,
                                                    const struct awsc_iam_list_mfa_device_tags_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_device_tags_next_page(struct awsc_pager *pager,
                                                     struct awsc_iam_list_mfa_device_tags_output **page,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_device_tags_next_page_async(struct awsc_pager *pager,
                                                           awsc_iam_list_mfa_device_tags_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
typedef void awsc_iam_list_mfa_device_tags_item_cb(void *user_data,
                                                   int status,
                                                   const struct awsc_iam_tag *item,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_device_tags_next_item(struct awsc_pager *pager,
                                                     const struct awsc_iam_tag **item,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_device_tags_next_item_async(struct awsc_pager *pager,
                                                           awsc_iam_list_mfa_device_tags_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_device_tags_collect(struct awsc_pager *pager,
                                                   struct awsc_iam_list_mfa_device_tags_output **output,
                                                   struct awsc_error *err);

/* ListMFADevices: tokens Marker; results MFADevices. */
AWSC_API int awsc_iam_list_mfa_devices_paginate(struct awsc_client *client,
                                                const struct awsc_iam_list_mfa_devices_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_devices_next_page(struct awsc_pager *pager,
                                                 struct awsc_iam_list_mfa_devices_output **page,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_devices_next_page_async(struct awsc_pager *pager,
                                                       awsc_iam_list_mfa_devices_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
typedef void awsc_iam_list_mfa_devices_item_cb(void *user_data,
                                               int status,
                                               const struct awsc_iam_mfa_device *item,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_devices_next_item(struct awsc_pager *pager,
                                                 const struct awsc_iam_mfa_device **item,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_devices_next_item_async(struct awsc_pager *pager,
                                                       awsc_iam_list_mfa_devices_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_mfa_devices_collect(struct awsc_pager *pager,
                                               struct awsc_iam_list_mfa_devices_output **output,
                                               struct awsc_error *err);

/* ListOpenIDConnectProviderTags: tokens Marker; results Tags. */
AWSC_API int awsc_iam_list_open_id_connect_provider_tags_paginate(struct awsc_client *client,
                                                                  const struct awsc_iam_list_open_id_connect_provider_tags_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_open_id_connect_provider_tags_next_page(struct awsc_pager *pager,
                                                                   struct awsc_iam_list_open_id_connect_provider_tags_output **page,
                                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_open_id_connect_provider_tags_next_page_async(struct awsc_pager *pager,
                                                                         awsc_iam_list_open_id_connect_provider_tags_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);
typedef void awsc_iam_list_open_id_connect_provider_tags_item_cb(void *user_data,
                                                                 int status,
                                                                 const struct awsc_iam_tag *item,
                                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_open_id_connect_provider_tags_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_iam_tag **item,
                                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_open_id_connect_provider_tags_next_item_async(struct awsc_pager *pager,
                                                                         awsc_iam_list_open_id_connect_provider_tags_item_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_open_id_connect_provider_tags_collect(struct awsc_pager *pager,
                                                                 struct awsc_iam_list_open_id_connect_provider_tags_output **output,
                                                                 struct awsc_error *err);

/* ListPolicies: tokens Marker; results Policies. */
AWSC_API int awsc_iam_list_policies_paginate(struct awsc_client *client,
                                             const struct awsc_iam_list_policies_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_policies_next_page(struct awsc_pager *pager,
                                              struct awsc_iam_list_policies_output **page,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_policies_next_page_async(struct awsc_pager *pager,
                                                    awsc_iam_list_policies_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);
typedef void awsc_iam_list_policies_item_cb(void *user_data,
                                            int status,
                                            const struct awsc_iam_policy *item,
                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_policies_next_item(struct awsc_pager *pager,
                                              const struct awsc_iam_policy **item,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_policies_next_item_async(struct awsc_pager *pager,
                                                    awsc_iam_list_policies_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_policies_collect(struct awsc_pager *pager,
                                            struct awsc_iam_list_policies_output **output,
                                            struct awsc_error *err);

/* ListPolicyTags: tokens Marker; results Tags. */
AWSC_API int awsc_iam_list_policy_tags_paginate(struct awsc_client *client,
                                                const struct awsc_iam_list_policy_tags_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_tags_next_page(struct awsc_pager *pager,
                                                 struct awsc_iam_list_policy_tags_output **page,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_tags_next_page_async(struct awsc_pager *pager,
                                                       awsc_iam_list_policy_tags_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
typedef void awsc_iam_list_policy_tags_item_cb(void *user_data,
                                               int status,
                                               const struct awsc_iam_tag *item,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_tags_next_item(struct awsc_pager *pager,
                                                 const struct awsc_iam_tag **item,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_tags_next_item_async(struct awsc_pager *pager,
                                                       awsc_iam_list_policy_tags_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_tags_collect(struct awsc_pager *pager,
                                               struct awsc_iam_list_policy_tags_output **output,
                                               struct awsc_error *err);

/* ListPolicyVersions: tokens Marker; results Versions. */
AWSC_API int awsc_iam_list_policy_versions_paginate(struct awsc_client *client,
                                                    const struct awsc_iam_list_policy_versions_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_versions_next_page(struct awsc_pager *pager,
                                                     struct awsc_iam_list_policy_versions_output **page,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_versions_next_page_async(struct awsc_pager *pager,
                                                           awsc_iam_list_policy_versions_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
typedef void awsc_iam_list_policy_versions_item_cb(void *user_data,
                                                   int status,
                                                   const struct awsc_iam_policy_version *item,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_versions_next_item(struct awsc_pager *pager,
                                                     const struct awsc_iam_policy_version **item,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_versions_next_item_async(struct awsc_pager *pager,
                                                           awsc_iam_list_policy_versions_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_policy_versions_collect(struct awsc_pager *pager,
                                                   struct awsc_iam_list_policy_versions_output **output,
                                                   struct awsc_error *err);

/* ListRolePolicies: tokens Marker; results PolicyNames. */
AWSC_API int awsc_iam_list_role_policies_paginate(struct awsc_client *client,
                                                  const struct awsc_iam_list_role_policies_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_role_policies_next_page(struct awsc_pager *pager,
                                                   struct awsc_iam_list_role_policies_output **page,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_role_policies_next_page_async(struct awsc_pager *pager,
                                                         awsc_iam_list_role_policies_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
typedef void awsc_iam_list_role_policies_item_cb(void *user_data,
                                                 int status,
                                                 const char *item,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_role_policies_next_item(struct awsc_pager *pager,
                                                   const char **item,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_role_policies_next_item_async(struct awsc_pager *pager,
                                                         awsc_iam_list_role_policies_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_role_policies_collect(struct awsc_pager *pager,
                                                 struct awsc_iam_list_role_policies_output **output,
                                                 struct awsc_error *err);

/* ListRoleTags: tokens Marker; results Tags. */
AWSC_API int awsc_iam_list_role_tags_paginate(struct awsc_client *client,
                                              const struct awsc_iam_list_role_tags_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_role_tags_next_page(struct awsc_pager *pager,
                                               struct awsc_iam_list_role_tags_output **page,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_role_tags_next_page_async(struct awsc_pager *pager,
                                                     awsc_iam_list_role_tags_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
typedef void awsc_iam_list_role_tags_item_cb(void *user_data,
                                             int status,
                                             const struct awsc_iam_tag *item,
                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_role_tags_next_item(struct awsc_pager *pager,
                                               const struct awsc_iam_tag **item,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_role_tags_next_item_async(struct awsc_pager *pager,
                                                     awsc_iam_list_role_tags_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_role_tags_collect(struct awsc_pager *pager,
                                             struct awsc_iam_list_role_tags_output **output,
                                             struct awsc_error *err);

/* ListRoles: tokens Marker; results Roles. */
AWSC_API int awsc_iam_list_roles_paginate(struct awsc_client *client,
                                          const struct awsc_iam_list_roles_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_roles_next_page(struct awsc_pager *pager,
                                           struct awsc_iam_list_roles_output **page,
                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_roles_next_page_async(struct awsc_pager *pager,
                                                 awsc_iam_list_roles_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);
typedef void awsc_iam_list_roles_item_cb(void *user_data,
                                         int status,
                                         const struct awsc_iam_role *item,
                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_roles_next_item(struct awsc_pager *pager,
                                           const struct awsc_iam_role **item,
                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_roles_next_item_async(struct awsc_pager *pager,
                                                 awsc_iam_list_roles_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_roles_collect(struct awsc_pager *pager,
                                         struct awsc_iam_list_roles_output **output,
                                         struct awsc_error *err);

/* ListSAMLProviderTags: tokens Marker; results Tags. */
AWSC_API int awsc_iam_list_saml_provider_tags_paginate(struct awsc_client *client,
                                                       const struct awsc_iam_list_saml_provider_tags_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_saml_provider_tags_next_page(struct awsc_pager *pager,
                                                        struct awsc_iam_list_saml_provider_tags_output **page,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_list_saml_provider_tags_next_page_async(struct awsc_pager *pager,
                                                              awsc_iam_list_saml_provider_tags_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);
typedef void awsc_iam_list_saml_provider_tags_item_cb(void *user_data,
                                                      int status,
                                                      const struct awsc_iam_tag *item,
                                                      struct awsc_error *err);
AWSC_API int awsc_iam_list_saml_provider_tags_next_item(struct awsc_pager *pager,
                                                        const struct awsc_iam_tag **item,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_list_saml_provider_tags_next_item_async(struct awsc_pager *pager,
                                                              awsc_iam_list_saml_provider_tags_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_saml_provider_tags_collect(struct awsc_pager *pager,
                                                      struct awsc_iam_list_saml_provider_tags_output **output,
                                                      struct awsc_error *err);

/* ListSSHPublicKeys: tokens Marker; results SSHPublicKeys. */
AWSC_API int awsc_iam_list_ssh_public_keys_paginate(struct awsc_client *client,
                                                    const struct awsc_iam_list_ssh_public_keys_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err);
AWSC_API int awsc_iam_list_ssh_public_keys_next_page(struct awsc_pager *pager,
                                                     struct awsc_iam_list_ssh_public_keys_output **page,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_ssh_public_keys_next_page_async(struct awsc_pager *pager,
                                                           awsc_iam_list_ssh_public_keys_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
typedef void awsc_iam_list_ssh_public_keys_item_cb(void *user_data,
                                                   int status,
                                                   const struct awsc_iam_ssh_public_key_metadata *item,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_ssh_public_keys_next_item(struct awsc_pager *pager,
                                                     const struct awsc_iam_ssh_public_key_metadata **item,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_ssh_public_keys_next_item_async(struct awsc_pager *pager,
                                                           awsc_iam_list_ssh_public_keys_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_ssh_public_keys_collect(struct awsc_pager *pager,
                                                   struct awsc_iam_list_ssh_public_keys_output **output,
                                                   struct awsc_error *err);

/* ListServerCertificateTags: tokens Marker; results Tags. */
AWSC_API int awsc_iam_list_server_certificate_tags_paginate(struct awsc_client *client,
                                                            const struct awsc_iam_list_server_certificate_tags_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificate_tags_next_page(struct awsc_pager *pager,
                                                             struct awsc_iam_list_server_certificate_tags_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificate_tags_next_page_async(struct awsc_pager *pager,
                                                                   awsc_iam_list_server_certificate_tags_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_iam_list_server_certificate_tags_item_cb(void *user_data,
                                                           int status,
                                                           const struct awsc_iam_tag *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificate_tags_next_item(struct awsc_pager *pager,
                                                             const struct awsc_iam_tag **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificate_tags_next_item_async(struct awsc_pager *pager,
                                                                   awsc_iam_list_server_certificate_tags_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificate_tags_collect(struct awsc_pager *pager,
                                                           struct awsc_iam_list_server_certificate_tags_output **output,
                                                           struct awsc_error *err);

/* ListServerCertificates: tokens Marker; results ServerCertificateMetadataList. */
AWSC_API int awsc_iam_list_server_certificates_paginate(struct awsc_client *client,
                                                        const struct awsc_iam_list_server_certificates_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificates_next_page(struct awsc_pager *pager,
                                                         struct awsc_iam_list_server_certificates_output **page,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificates_next_page_async(struct awsc_pager *pager,
                                                               awsc_iam_list_server_certificates_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
typedef void awsc_iam_list_server_certificates_item_cb(void *user_data,
                                                       int status,
                                                       const struct awsc_iam_server_certificate_metadata *item,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificates_next_item(struct awsc_pager *pager,
                                                         const struct awsc_iam_server_certificate_metadata **item,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificates_next_item_async(struct awsc_pager *pager,
                                                               awsc_iam_list_server_certificates_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_server_certificates_collect(struct awsc_pager *pager,
                                                       struct awsc_iam_list_server_certificates_output **output,
                                                       struct awsc_error *err);

/* ListSigningCertificates: tokens Marker; results Certificates. */
AWSC_API int awsc_iam_list_signing_certificates_paginate(struct awsc_client *client,
                                                         const struct awsc_iam_list_signing_certificates_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_signing_certificates_next_page(struct awsc_pager *pager,
                                                          struct awsc_iam_list_signing_certificates_output **page,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_signing_certificates_next_page_async(struct awsc_pager *pager,
                                                                awsc_iam_list_signing_certificates_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
typedef void awsc_iam_list_signing_certificates_item_cb(void *user_data,
                                                        int status,
                                                        const struct awsc_iam_signing_certificate *item,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_list_signing_certificates_next_item(struct awsc_pager *pager,
                                                          const struct awsc_iam_signing_certificate **item,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_signing_certificates_next_item_async(struct awsc_pager *pager,
                                                                awsc_iam_list_signing_certificates_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
AWSC_API int awsc_iam_list_signing_certificates_collect(struct awsc_pager *pager,
                                                        struct awsc_iam_list_signing_certificates_output **output,
                                                        struct awsc_error *err);

/* ListUserPolicies: tokens Marker; results PolicyNames. */
AWSC_API int awsc_iam_list_user_policies_paginate(struct awsc_client *client,
                                                  const struct awsc_iam_list_user_policies_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err);
AWSC_API int awsc_iam_list_user_policies_next_page(struct awsc_pager *pager,
                                                   struct awsc_iam_list_user_policies_output **page,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_user_policies_next_page_async(struct awsc_pager *pager,
                                                         awsc_iam_list_user_policies_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
typedef void awsc_iam_list_user_policies_item_cb(void *user_data,
                                                 int status,
                                                 const char *item,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_user_policies_next_item(struct awsc_pager *pager,
                                                   const char **item,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_list_user_policies_next_item_async(struct awsc_pager *pager,
                                                         awsc_iam_list_user_policies_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_user_policies_collect(struct awsc_pager *pager,
                                                 struct awsc_iam_list_user_policies_output **output,
                                                 struct awsc_error *err);

/* ListUserTags: tokens Marker; results Tags. */
AWSC_API int awsc_iam_list_user_tags_paginate(struct awsc_client *client,
                                              const struct awsc_iam_list_user_tags_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err);
AWSC_API int awsc_iam_list_user_tags_next_page(struct awsc_pager *pager,
                                               struct awsc_iam_list_user_tags_output **page,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_user_tags_next_page_async(struct awsc_pager *pager,
                                                     awsc_iam_list_user_tags_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
typedef void awsc_iam_list_user_tags_item_cb(void *user_data,
                                             int status,
                                             const struct awsc_iam_tag *item,
                                             struct awsc_error *err);
AWSC_API int awsc_iam_list_user_tags_next_item(struct awsc_pager *pager,
                                               const struct awsc_iam_tag **item,
                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_user_tags_next_item_async(struct awsc_pager *pager,
                                                     awsc_iam_list_user_tags_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_list_user_tags_collect(struct awsc_pager *pager,
                                             struct awsc_iam_list_user_tags_output **output,
                                             struct awsc_error *err);

/* ListUsers: tokens Marker; results Users. */
AWSC_API int awsc_iam_list_users_paginate(struct awsc_client *client,
                                          const struct awsc_iam_list_users_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err);
AWSC_API int awsc_iam_list_users_next_page(struct awsc_pager *pager,
                                           struct awsc_iam_list_users_output **page,
                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_users_next_page_async(struct awsc_pager *pager,
                                                 awsc_iam_list_users_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);
typedef void awsc_iam_list_users_item_cb(void *user_data,
                                         int status,
                                         const struct awsc_iam_user *item,
                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_users_next_item(struct awsc_pager *pager,
                                           const struct awsc_iam_user **item,
                                           struct awsc_error *err);
AWSC_API int awsc_iam_list_users_next_item_async(struct awsc_pager *pager,
                                                 awsc_iam_list_users_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);
AWSC_API int awsc_iam_list_users_collect(struct awsc_pager *pager,
                                         struct awsc_iam_list_users_output **output,
                                         struct awsc_error *err);

/* ListVirtualMFADevices: tokens Marker; results VirtualMFADevices. */
AWSC_API int awsc_iam_list_virtual_mfa_devices_paginate(struct awsc_client *client,
                                                        const struct awsc_iam_list_virtual_mfa_devices_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_list_virtual_mfa_devices_next_page(struct awsc_pager *pager,
                                                         struct awsc_iam_list_virtual_mfa_devices_output **page,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_virtual_mfa_devices_next_page_async(struct awsc_pager *pager,
                                                               awsc_iam_list_virtual_mfa_devices_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
typedef void awsc_iam_list_virtual_mfa_devices_item_cb(void *user_data,
                                                       int status,
                                                       const struct awsc_iam_virtual_mfa_device *item,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_list_virtual_mfa_devices_next_item(struct awsc_pager *pager,
                                                         const struct awsc_iam_virtual_mfa_device **item,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_list_virtual_mfa_devices_next_item_async(struct awsc_pager *pager,
                                                               awsc_iam_list_virtual_mfa_devices_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
AWSC_API int awsc_iam_list_virtual_mfa_devices_collect(struct awsc_pager *pager,
                                                       struct awsc_iam_list_virtual_mfa_devices_output **output,
                                                       struct awsc_error *err);

/* SimulateCustomPolicy: tokens Marker; results EvaluationResults. */
AWSC_API int awsc_iam_simulate_custom_policy_paginate(struct awsc_client *client,
                                                      const struct awsc_iam_simulate_custom_policy_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err);
AWSC_API int awsc_iam_simulate_custom_policy_next_page(struct awsc_pager *pager,
                                                       struct awsc_iam_simulate_policy_response **page,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_simulate_custom_policy_next_page_async(struct awsc_pager *pager,
                                                             awsc_iam_simulate_custom_policy_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
typedef void awsc_iam_simulate_custom_policy_item_cb(void *user_data,
                                                     int status,
                                                     const struct awsc_iam_evaluation_result *item,
                                                     struct awsc_error *err);
AWSC_API int awsc_iam_simulate_custom_policy_next_item(struct awsc_pager *pager,
                                                       const struct awsc_iam_evaluation_result **item,
                                                       struct awsc_error *err);
AWSC_API int awsc_iam_simulate_custom_policy_next_item_async(struct awsc_pager *pager,
                                                             awsc_iam_simulate_custom_policy_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
AWSC_API int awsc_iam_simulate_custom_policy_collect(struct awsc_pager *pager,
                                                     struct awsc_iam_simulate_policy_response **output,
                                                     struct awsc_error *err);

/* SimulatePrincipalPolicy: tokens Marker; results EvaluationResults. */
AWSC_API int awsc_iam_simulate_principal_policy_paginate(struct awsc_client *client,
                                                         const struct awsc_iam_simulate_principal_policy_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err);
AWSC_API int awsc_iam_simulate_principal_policy_next_page(struct awsc_pager *pager,
                                                          struct awsc_iam_simulate_policy_response **page,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_simulate_principal_policy_next_page_async(struct awsc_pager *pager,
                                                                awsc_iam_simulate_principal_policy_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
typedef void awsc_iam_simulate_principal_policy_item_cb(void *user_data,
                                                        int status,
                                                        const struct awsc_iam_evaluation_result *item,
                                                        struct awsc_error *err);
AWSC_API int awsc_iam_simulate_principal_policy_next_item(struct awsc_pager *pager,
                                                          const struct awsc_iam_evaluation_result **item,
                                                          struct awsc_error *err);
AWSC_API int awsc_iam_simulate_principal_policy_next_item_async(struct awsc_pager *pager,
                                                                awsc_iam_simulate_principal_policy_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
AWSC_API int awsc_iam_simulate_principal_policy_collect(struct awsc_pager *pager,
                                                        struct awsc_iam_simulate_policy_response **output,
                                                        struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* -------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* The waiters, sorted by name: awsc_iam_service's. Each calls
 * its operation until an acceptor ends the wait (see <awsc/wait.h>);
 * options may be NULL for the model's delay and attempts. */

/*
 * InstanceProfileExists: calls GetInstanceProfile every 1 s, at most 40 times.
 */
AWSC_API int awsc_iam_wait_instance_profile_exists(struct awsc_client *client,
                                                   const struct awsc_iam_get_instance_profile_input *input,
                                                   const struct awsc_wait_options *options,
                                                   struct awsc_error *err);
AWSC_API int awsc_iam_wait_instance_profile_exists_async(struct awsc_client *client,
                                                         const struct awsc_iam_get_instance_profile_input *input,
                                                         const struct awsc_wait_options *options,
                                                         awsc_wait_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * PolicyExists: calls GetPolicy every 1 s, at most 20 times.
 */
AWSC_API int awsc_iam_wait_policy_exists(struct awsc_client *client,
                                         const struct awsc_iam_get_policy_input *input,
                                         const struct awsc_wait_options *options,
                                         struct awsc_error *err);
AWSC_API int awsc_iam_wait_policy_exists_async(struct awsc_client *client,
                                               const struct awsc_iam_get_policy_input *input,
                                               const struct awsc_wait_options *options,
                                               awsc_wait_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * RoleExists: calls GetRole every 1 s, at most 20 times.
 */
AWSC_API int awsc_iam_wait_role_exists(struct awsc_client *client,
                                       const struct awsc_iam_get_role_input *input,
                                       const struct awsc_wait_options *options,
                                       struct awsc_error *err);
AWSC_API int awsc_iam_wait_role_exists_async(struct awsc_client *client,
                                             const struct awsc_iam_get_role_input *input,
                                             const struct awsc_wait_options *options,
                                             awsc_wait_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * UserExists: calls GetUser every 1 s, at most 20 times.
 */
AWSC_API int awsc_iam_wait_user_exists(struct awsc_client *client,
                                       const struct awsc_iam_get_user_input *input,
                                       const struct awsc_wait_options *options,
                                       struct awsc_error *err);
AWSC_API int awsc_iam_wait_user_exists_async(struct awsc_client *client,
                                             const struct awsc_iam_get_user_input *input,
                                             const struct awsc_wait_options *options,
                                             awsc_wait_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);
#endif /* AWSC_WITH_WAITERS */

/* --------------------------------------------------------------- errors */

#define AWSC_IAM_ERR_ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION "AccountNotManagementOrDelegatedAdministratorException"
#define AWSC_IAM_ERR_CALLER_IS_NOT_MANAGEMENT_ACCOUNT_EXCEPTION "CallerIsNotManagementAccountException"
#define AWSC_IAM_ERR_CONCURRENT_MODIFICATION_EXCEPTION "ConcurrentModification"
#define AWSC_IAM_ERR_DELETE_CONFLICT_EXCEPTION "DeleteConflict"
#define AWSC_IAM_ERR_DUPLICATE_CERTIFICATE_EXCEPTION "DuplicateCertificate"
#define AWSC_IAM_ERR_DUPLICATE_SSHPUBLIC_KEY_EXCEPTION "DuplicateSSHPublicKey"
#define AWSC_IAM_ERR_ENTITY_ALREADY_EXISTS_EXCEPTION "EntityAlreadyExists"
#define AWSC_IAM_ERR_ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION "EntityTemporarilyUnmodifiable"
#define AWSC_IAM_ERR_FEATURE_DISABLED_EXCEPTION "FeatureDisabled"
#define AWSC_IAM_ERR_FEATURE_ENABLED_EXCEPTION "FeatureEnabled"
#define AWSC_IAM_ERR_INVALID_AUTHENTICATION_CODE_EXCEPTION "InvalidAuthenticationCode"
#define AWSC_IAM_ERR_INVALID_CERTIFICATE_EXCEPTION "InvalidCertificate"
#define AWSC_IAM_ERR_INVALID_INPUT_EXCEPTION "InvalidInput"
#define AWSC_IAM_ERR_INVALID_PUBLIC_KEY_EXCEPTION "InvalidPublicKey"
#define AWSC_IAM_ERR_INVALID_USER_TYPE_EXCEPTION "InvalidUserType"
#define AWSC_IAM_ERR_KEY_PAIR_MISMATCH_EXCEPTION "KeyPairMismatch"
#define AWSC_IAM_ERR_LIMIT_EXCEEDED_EXCEPTION "LimitExceeded"
#define AWSC_IAM_ERR_MALFORMED_CERTIFICATE_EXCEPTION "MalformedCertificate"
#define AWSC_IAM_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION "MalformedPolicyDocument"
#define AWSC_IAM_ERR_NO_SUCH_ENTITY_EXCEPTION "NoSuchEntity"
#define AWSC_IAM_ERR_SERVICE_NOT_SUPPORTED_EXCEPTION "NotSupportedService"
#define AWSC_IAM_ERR_OPEN_ID_IDP_COMMUNICATION_ERROR_EXCEPTION "OpenIdIdpCommunicationError"
#define AWSC_IAM_ERR_ORGANIZATION_NOT_FOUND_EXCEPTION "OrganizationNotFoundException"
#define AWSC_IAM_ERR_ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION "OrganizationNotInAllFeaturesModeException"
#define AWSC_IAM_ERR_PASSWORD_POLICY_VIOLATION_EXCEPTION "PasswordPolicyViolation"
#define AWSC_IAM_ERR_POLICY_EVALUATION_EXCEPTION "PolicyEvaluation"
#define AWSC_IAM_ERR_POLICY_NOT_ATTACHABLE_EXCEPTION "PolicyNotAttachable"
#define AWSC_IAM_ERR_CREDENTIAL_REPORT_EXPIRED_EXCEPTION "ReportExpired"
#define AWSC_IAM_ERR_REPORT_GENERATION_LIMIT_EXCEEDED_EXCEPTION "ReportGenerationLimitExceeded"
#define AWSC_IAM_ERR_CREDENTIAL_REPORT_NOT_READY_EXCEPTION "ReportInProgress"
#define AWSC_IAM_ERR_CREDENTIAL_REPORT_NOT_PRESENT_EXCEPTION "ReportNotPresent"
#define AWSC_IAM_ERR_SERVICE_ACCESS_NOT_ENABLED_EXCEPTION "ServiceAccessNotEnabledException"
#define AWSC_IAM_ERR_SERVICE_FAILURE_EXCEPTION "ServiceFailure"
#define AWSC_IAM_ERR_UNMODIFIABLE_ENTITY_EXCEPTION "UnmodifiableEntity"
#define AWSC_IAM_ERR_UNRECOGNIZED_PUBLIC_KEY_ENCODING_EXCEPTION "UnrecognizedPublicKeyEncoding"

#ifdef __cplusplus
}
#endif
#endif
